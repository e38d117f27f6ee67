"""End-to-end: the REAL application from ``build_application`` against the fake Bot API
server (tests/botapi.py) over HTTP on 127.0.0.1, with a real SQLite store and the real engine.

Each test is a plain function running ``asyncio.run``; the server runs in the same loop.
"""

from __future__ import annotations

import asyncio
import io
import re
import time
from collections.abc import Awaitable, Callable
from dataclasses import replace
from pathlib import Path

import openpyxl
import pytest
from telegram.ext import AIORateLimiter

from bot.handlers.commands import ADMIN_COMMANDS, PUBLIC_COMMANDS, REPORTER_COMMANDS
from bot.handlers.errors import APOLOGY
from data.db import Store
from data.importers import MAX_FILE_BYTES
from data.importers.xlsx import read_xlsx
from data.importing import import_file
from nlp.engine import Engine
from tests.bot_harness import (
    ADMIN,
    FIXTURE_DIR,
    GROUP,
    OTHER_ADMIN,
    ROOT,
    SEED,
    USER,
    Bot,
    bold_text,
    buttons,
    press,
    shared_tokenizer,
    started_bot,
    unlimited,
)
from tests.botapi import FakeBotApi
from tests.fixtures.tables import FIXTURES, to_table

SONGWENNUAN = "送温暖活动经费：1,950,000 元（195.00 万元）"


def make_store(path: Path, *, all_departments: bool = False) -> Store:
    store = Store(path)
    import_file(store, SEED, "test")
    if all_departments:
        for fixture in FIXTURES:
            if fixture.slug != "zonggonghui_2026":
                store.import_table(to_table(fixture), source_name=f"{fixture.slug}.xlsx",
                                   sha256="x", imported_by="t")
    return store


def run_bot(
    tmp_path: Path,
    scenario: Callable[[Bot], Awaitable[None]],
    *,
    all_departments: bool = False,
    engine_factory: Callable[[Store], Engine] | None = None,
    rate_limiter: AIORateLimiter | None = None,
    **settings_changes,
) -> Store:
    store = make_store(tmp_path / "jixiao.db", all_departments=all_departments)

    async def main() -> None:
        engine = engine_factory(store) if engine_factory else None
        async with FakeBotApi() as api, started_bot(
            api, store, engine=engine, rate_limiter=rate_limiter, **settings_changes
        ) as bot:
            await scenario(bot)

    asyncio.run(main())
    return store


def versions_snapshot(store: Store) -> list[tuple]:
    return [(v.department, v.year, v.version, v.is_current) for v in store.versions()]


# --------------------------------------------------------------------------- questions


def test_a_question_gets_the_exact_figure_and_its_source(tmp_path: Path) -> None:
    async def scenario(bot: Bot) -> None:
        reply = await bot.say(USER, "送温暖活动经费是多少？")
        assert reply["text"].splitlines()[0] == SONGWENNUAN
        assert "来源：东莞市总工会 2026 年 · 其他需完成的任务 · 第 1 版" in reply["text"]
        call = bot.api.calls("sendMessage")[-1]
        assert call.params["parse_mode"] == "HTML"

    run_bot(tmp_path, scenario)


def test_follow_up_question_uses_the_chats_context(tmp_path: Path) -> None:
    async def scenario(bot: Bot) -> None:
        await bot.say(USER, "送温暖活动经费是多少？")
        reply = await bot.say(USER, "那去年呢？")
        assert reply["text"].startswith("送温暖活动经费：1,800,000 元（180.00 万元）")

    run_bot(tmp_path, scenario, all_departments=True)


def test_ambiguous_question_offers_buttons_and_a_press_answers_in_place(tmp_path: Path) -> None:
    async def scenario(bot: Bot) -> None:
        offer = await bot.say(USER, "学历提升补贴")
        assert "可能指以下几项" in offer["text"]
        choices = buttons(offer)
        assert [label for label, _ in choices] == ["职工提升学历人数（指标 · 东莞市总工会）", "产业工人建设经费（任务 · 东莞市总工会）"]
        assert all(data.startswith("pick:") and len(data.encode()) <= 64 for _, data in choices)
        query_id = bot.api.press_button(USER, offer, choices[0][1])
        await bot.api.wait_for(lambda: bot.api.calls("editMessageText"))
        assert bot.api.callback_answer(query_id) is not None
        [edited] = bot.api.messages_to(USER)
        assert edited["text"].startswith("您选择了：职工提升学历人数（指标 · 东莞市总工会）")
        assert "职工提升学历人数：年度指标值 ≥6000人（不少于 6,000 人）" in edited["text"]
        assert "reply_markup" not in edited

    run_bot(tmp_path, scenario, all_departments=True)


def test_answers_with_html_special_characters_are_escaped(tmp_path: Path) -> None:
    async def scenario(bot: Bot) -> None:
        await bot.say(ADMIN, "/alias <b>劳模 & 津贴</b> = 劳模专项工作经费")
        reply = await bot.say(USER, "<b>劳模 & 津贴</b>是多少")
        assert reply["text"].startswith("劳模专项工作经费：2,094,000 元")
        assert "&lt;" in bot.api.calls("sendMessage")[0].params["text"]  # echoed alias

    run_bot(tmp_path, scenario)


def test_questions_beyond_the_per_minute_limit_get_one_friendly_refusal(tmp_path: Path) -> None:
    async def scenario(bot: Bot) -> None:
        for _ in range(2):
            assert (await bot.say(USER, "送温暖活动经费是多少？"))["text"].startswith(SONGWENNUAN)
        refusal = await bot.say(USER, "送温暖活动经费是多少？")
        assert re.fullmatch(r"您提问太频繁了：每分钟最多 2 个问题，请 \d+ 秒后再问。", refusal["text"])
        bot.api.send_text(USER, "还在吗？")  # refused again, silently this time
        await bot.idle()
        assert len(bot.api.messages_to(USER)) == 3
        other = await bot.say(USER + 1, "送温暖活动经费是多少？")  # limits are per user
        assert other["text"].startswith(SONGWENNUAN)

    run_bot(tmp_path, scenario, questions_per_minute=2)


def test_slow_answer_shows_typing(tmp_path: Path) -> None:
    class SlowEngine(Engine):
        """An index being rebuilt: not ready at once, and slow to answer in the thread."""

        def ask_if_ready(self, question: str, chat_id: str = "default"):
            return None

        def ask(self, question: str, chat_id: str = "default", user_id: str = ""):
            time.sleep(0.5)
            return super().ask(question, chat_id, user_id)

    async def scenario(bot: Bot) -> None:
        reply = await bot.say(USER, "送温暖活动经费是多少？")
        assert reply["text"].startswith(SONGWENNUAN)
        [action] = bot.api.calls("sendChatAction")
        assert action.params == {"chat_id": USER, "action": "typing"}
        await bot.say(USER, "/start")
        assert len(bot.api.calls("sendChatAction")) == 1  # fast replies: no chat action

    run_bot(tmp_path, scenario,
            engine_factory=lambda store: SlowEngine(store, tokenizer=shared_tokenizer()))


@pytest.mark.filterwarnings("ignore:Deprecated since version v22.2")  # PTB reads RetryAfter.retry_after
def test_flood_wait_429_is_waited_out_and_the_answer_arrives(tmp_path: Path) -> None:
    async def scenario(bot: Bot) -> None:
        bot.api.inject_error("sendMessage", 429, "Too Many Requests: retry after 1", retry_after=1)
        reply = await bot.say(USER, "送温暖活动经费是多少？")
        assert reply["text"].startswith(SONGWENNUAN)
        assert [c.error.code if c.error else 200 for c in bot.api.calls("sendMessage")] == [429, 200]

    run_bot(tmp_path, scenario)  # the production rate limiter


def test_an_exception_in_a_handler_apologises_and_the_bot_keeps_answering(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    class BrokenEngine(Engine):
        """Fails inside the answering itself, whichever path (at once or threaded) runs it."""

        def _answer(self, question: str, chat_id: str):
            if "爆炸" in question:
                raise RuntimeError("boom")
            return super()._answer(question, chat_id)

    async def scenario(bot: Bot) -> None:
        assert (await bot.say(USER, "爆炸了吗")) ["text"] == APOLOGY
        assert (await bot.say(USER, "送温暖活动经费是多少？"))["text"].startswith(SONGWENNUAN)

    run_bot(tmp_path, scenario,
            engine_factory=lambda store: BrokenEngine(store, tokenizer=shared_tokenizer()))
    [record] = [r for r in caplog.records if r.name == "bot.handlers.errors"]
    assert record.levelname == "ERROR" and "RuntimeError: boom" in caplog.text
    assert record.exc_info is not None


def test_burst_of_200_questions_from_20_users_all_answered(tmp_path: Path) -> None:
    users = range(3000, 3020)
    questions = ["送温暖活动经费是多少？", "今年要表彰多少名劳模？", "公益培训费是多少", "职工满意度",
                 "产业工人建设经费"]
    expected_first_lines = {}

    async def scenario(bot: Bot) -> None:
        for number in range(10):
            for user in users:
                bot.api.send_text(user, questions[(user + number) % len(questions)])
        for user in users:
            await bot.api.wait_for_messages(user, 10, timeout=20)
        await bot.idle()
        engine = bot.app.bot_data["services"].engine
        for question in questions:
            expected_first_lines[question] = engine.ask(question, "x").text.splitlines()[0]
        for user in users:
            texts = bot.api.texts_to(user)
            assert len(texts) == 10
            wanted = sorted(expected_first_lines[questions[(user + n) % len(questions)]]
                            for n in range(10))
            assert sorted(t.splitlines()[0] for t in texts) == wanted

    run_bot(tmp_path, scenario, rate_limiter=unlimited())


# --------------------------------------------------------------------------- groups


def test_group_answers_only_mentions_replies_and_ask(tmp_path: Path) -> None:
    async def scenario(bot: Bot) -> None:
        group = {"chat_id": GROUP, "chat_type": "supergroup"}
        bot.api.send_text(USER, "送温暖活动经费是多少？", **group)  # chatter: ignored
        await bot.idle()
        assert bot.api.messages_to(GROUP) == []
        at_bot = f"@{bot.api.bot_username}"
        entity = {"type": "mention", "offset": 0, "length": len(at_bot)}
        mention = await bot.say(USER, f"{at_bot} 送温暖活动经费是多少？", entities=[entity], **group)
        assert mention["text"].startswith(SONGWENNUAN)
        assert mention["reply_to_message"]["from"]["id"] == USER  # quotes the question
        reply = await bot.say(USER, "公益培训费呢", reply_to=mention, **group)
        assert reply["text"].startswith("公益培训费：3,597,700 元")
        asked = await bot.say(USER, "/ask 送温暖活动经费是多少？", **group)
        assert asked["text"].startswith(SONGWENNUAN)
        addressed = await bot.say(USER, f"/ask@{bot.api.bot_username} 公益培训费", **group)
        assert addressed["text"].startswith("公益培训费：3,597,700 元")
        usage = await bot.say(USER, "/ask", **group)
        assert usage["text"].startswith("用法：/ask 问题")
        bot.api.send_text(USER, "/ask@another_bot 公益培训费", **group)
        bot.api.send_text(USER, "/nonsense", **group)
        await bot.idle()
        assert len(bot.api.messages_to(GROUP)) == 5

    run_bot(tmp_path, scenario)


def test_allowed_chats_limit_who_may_use_the_bot(tmp_path: Path) -> None:
    async def scenario(bot: Bot) -> None:
        refusal = await bot.say(USER, "送温暖活动经费是多少？")
        assert refusal["text"] == (f"抱歉，这个机器人只在指定的会话和群组中使用。如需开通，"
                                   f"请把本会话编号 {USER} 告诉管理员。")
        other_group = {"chat_id": -42, "chat_type": "group"}
        bot.api.send_text(USER, "随便聊聊", **other_group)
        await bot.idle()
        assert bot.api.messages_to(-42) == []  # chatter in other groups: ignored
        group = {"chat_id": GROUP, "chat_type": "group"}
        assert (await bot.say(USER, "/ask 送温暖活动经费是多少？", **group))["text"].startswith(
            SONGWENNUAN)
        assert (await bot.say(ADMIN, "送温暖活动经费是多少？"))["text"].startswith(SONGWENNUAN)

    run_bot(tmp_path, scenario, allowed_chats=frozenset({GROUP}))


# --------------------------------------------------------------------------- public commands


def test_start_says_what_is_loaded_and_gives_three_examples(tmp_path: Path) -> None:
    async def scenario(bot: Bot) -> None:
        text = (await bot.say(USER, "/start"))["text"]
        assert "目前已载入：东莞市总工会（2026 年）。" in text
        for example in ("送温暖活动经费是多少？", "今年要表彰多少名劳模？", "成本指标有哪些？"):
            assert f"• {example}" in text

    run_bot(tmp_path, scenario)


def test_every_registered_command_is_in_help_and_the_readme(tmp_path: Path) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")

    async def scenario(bot: Bot) -> None:
        public = [c["command"] for c in bot.api.commands()]
        for_admin = [c["command"] for c in bot.api.commands({"type": "chat", "chat_id": ADMIN})]
        assert public == [c.command for c in PUBLIC_COMMANDS]
        assert for_admin == public + [c.command for c in ADMIN_COMMANDS + REPORTER_COMMANDS]
        admin_help = (await bot.say(ADMIN, "/help"))["text"]
        user_help = (await bot.say(USER, "/help"))["text"]
        for command in for_admin:
            assert f"/{command} — " in admin_help
            assert f"`/{command}" in readme, f"/{command} missing from README.md"
        for command in public:
            assert f"/{command} — " in user_help
        assert "/rollback" not in user_help

    run_bot(tmp_path, scenario)


def test_every_command_replies(tmp_path: Path) -> None:
    async def scenario(bot: Bot) -> None:
        for command in PUBLIC_COMMANDS + ADMIN_COMMANDS + REPORTER_COMMANDS:
            reply = await bot.say(ADMIN, f"/{command.command}")
            assert reply.get("text") or reply.get("document"), command.command
            await bot.idle()  # /digest follows its text with a chart photo
        reply = await bot.say(USER, "/nonsense")
        assert reply["text"] == "没有这个命令。发送 /help 查看可用的命令。"

    run_bot(tmp_path, scenario)


def test_departments_lists_years_and_version_dates(tmp_path: Path) -> None:
    async def scenario(bot: Bot) -> None:
        text = (await bot.say(USER, "/departments"))["text"]
        day = bot.store.current_versions()[0].date
        assert f"• 东莞市总工会：2025 年（第 1 版，{day} 导入）；2026 年（第 1 版，{day} 导入）" in text
        assert f"• 东莞市科学技术局：2025 年（第 1 版，{day} 导入）" in text
        assert f"• 东莞市教育局：2026 年（第 1 版，{day} 导入）" in text

    run_bot(tmp_path, scenario, all_departments=True)


def test_items_takes_everyday_department_names(tmp_path: Path) -> None:
    async def scenario(bot: Bot) -> None:
        first = await bot.say(USER, "/items 科技局")
        assert first["text"].startswith(
            "【东莞市科学技术局 2026 年】任务 6 项，资金合计 33,476.55 万元\n任务：\n"
            "年度重点工作任务：\n1. 高新技术企业培育 185,000,000 元")
        assert bold_text(first) == ["【东莞市科学技术局 2026 年】任务 6 项，资金合计 33,476.55 万元"]
        assert "送温暖" not in first["text"]
        second = await press(bot, USER, first, "下一页")
        assert "• 基本支出：2,356.78 万元（23,567,800 元）" in first["text"] + second["text"]
        assert second["text"].endswith("（第 2/2 页）")
        older = (await bot.say(USER, "/items 科技局 2025"))["text"]
        assert older.startswith("【东莞市科学技术局 2025 年】")
        unknown = (await bot.say(USER, "/items 水务局"))["text"]
        assert unknown.startswith("没有找到部门“水务局”。已载入的部门：")

    run_bot(tmp_path, scenario, all_departments=True)


def test_items_without_a_department_offers_a_button_per_department(tmp_path: Path) -> None:
    async def scenario(bot: Bot) -> None:
        index = await bot.say(USER, "/items")
        assert index["text"].splitlines()[:2] == ["3 个部门的任务和预算（2026 年）", "选择部门查看："]
        assert [label for label, _ in buttons(index)] == ["总工会", "教育局", "科学技术局"]
        chapter = await press(bot, USER, index, "科学技术局")
        assert chapter["message_id"] == index["message_id"]  # the same message, edited
        assert chapter["text"].startswith("【东莞市科学技术局 2026 年】任务 6 项")
        assert [label for label, _ in buttons(chapter)] == ["↩ 全部部门", "下一页 ›"]
        back = await press(bot, USER, chapter, "全部部门")
        assert back["text"] == index["text"]
        assert len(bot.api.messages_to(USER)) == 1

    run_bot(tmp_path, scenario, all_departments=True)


def test_indicators_grouped_by_category_or_one_category(tmp_path: Path) -> None:
    async def scenario(bot: Bot) -> None:
        first = await bot.say(USER, "/indicators")
        assert first["text"].startswith(
            "【东莞市总工会 2026 年】绩效指标共 20 项\n成本指标 / 经济成本指标：\n"
            "1. 求学圆梦行动补贴标准：≤1000元/人")
        last = await press(bot, USER, first, "下一页")
        assert "满意度指标 / 服务对象满意度：\n20. 职工满意度：≥90%" in last["text"]
        cost = (await bot.say(USER, "/indicators 成本指标"))["text"]
        assert cost.startswith("成本指标（东莞市总工会 2026 年）共 3 项：")
        satisfaction = (await bot.say(USER, "/indicators 满意度"))["text"]
        assert "1. 职工满意度：≥90%" in satisfaction and "求学圆梦" not in satisfaction

    run_bot(tmp_path, scenario)


def test_a_long_list_is_one_message_whose_pages_show_every_line(tmp_path: Path) -> None:
    async def scenario(bot: Bot) -> None:
        big = to_table(next(f for f in FIXTURES if f.slug == "jiaoyuju_2026"))
        big.department = "东莞市测试局"
        big.indicators = [replace(i, level3=f"{i.level3}（第 {n} 组）")
                          for n in range(4) for i in big.indicators]
        bot.store.import_table(big, source_name="big.xlsx", sha256="x", imported_by="t")
        page = await bot.say(USER, "/indicators 测试局")
        texts = [page["text"]]
        while any("下一页" in label for label, _ in buttons(page)):
            page = await press(bot, USER, page, "下一页")
            texts.append(page["text"])
        assert len(bot.api.messages_to(USER)) == 1  # 204 indicators, one message
        assert all(len(t) <= 1500 for t in texts)
        assert texts[-1].endswith(f"（第 {len(texts)}/{len(texts)} 页）")
        lines = "\n".join(texts).splitlines()
        assert lines[0] == f"【东莞市测试局 2026 年】绩效指标共 {len(big.indicators)} 项"
        numbered = [line for line in lines if line[0].isdigit()]
        assert [int(line.split(".")[0]) for line in numbered] == list(range(1, len(big.indicators) + 1))

    run_bot(tmp_path, scenario)


# --------------------------------------------------------------------------- admin commands


def test_admin_commands_are_refused_to_others(tmp_path: Path) -> None:
    async def scenario(bot: Bot) -> None:
        for command in ADMIN_COMMANDS:
            reply = await bot.say(USER, f"/{command.command}")
            assert reply["text"] == "抱歉，这个命令仅限管理员使用。如需使用，请联系本机器人的管理员。"
        assert bot.api.documents_to(USER) == []

    store = run_bot(tmp_path, scenario)
    assert store.aliases() == {}


def test_versions_rollback_alias_and_unanswered(tmp_path: Path) -> None:
    async def scenario(bot: Bot) -> None:
        import_file(bot.store, SEED, "second")
        versions = (await bot.say(ADMIN, "/versions 总工会"))["text"]
        assert versions.startswith("【东莞市总工会 2026 年】\n第 1 版 ")
        assert "第 2 版（当前）" in versions and "导入人 second" in versions
        rolled = (await bot.say(ADMIN, "/rollback 总工会 2026"))["text"]
        assert rolled.startswith("已恢复：东莞市总工会 2026 年第 1 版（")
        assert [v.is_current for v in bot.store.versions()] == [True, False]
        again = (await bot.say(ADMIN, "/rollback 总工会 2026"))["text"]
        assert again.startswith("东莞市总工会 2026 年的当前版本是第 1 版，没有更早的版本可恢复")
        usage = (await bot.say(ADMIN, "/rollback 总工会"))["text"]
        assert usage.startswith("用法：/rollback 部门 年度")

        missed = (await bot.say(USER, "年终奖有多少"))["text"]
        assert missed.startswith("没有找到")
        listed = (await bot.say(ADMIN, "/unanswered"))["text"]
        assert "年终奖有多少（没找到，1 次）" in listed
        added = (await bot.say(ADMIN, "/alias 年终奖 = 劳模专项工作经费"))["text"]
        assert added == "已添加别名：“年终奖” → “劳模专项工作经费”。"
        answer = (await bot.say(USER, "年终奖有多少"))["text"]
        assert answer.startswith("劳模专项工作经费：2,094,000 元")
        assert (await bot.say(ADMIN, "/alias 年终奖"))["text"].startswith("用法：/alias")

    run_bot(tmp_path, scenario)


def test_template_and_export_send_workbooks_that_read_back(tmp_path: Path) -> None:
    async def scenario(bot: Bot) -> None:
        await bot.say(ADMIN, "/template")
        await bot.say(ADMIN, "/export")
        template, export = bot.api.documents_to(ADMIN)
        assert template.filename.endswith(".xlsx")
        blank = openpyxl.load_workbook(io.BytesIO(template.content))
        assert blank.sheetnames == ["部门整体预算绩效目标表"]
        workbook = openpyxl.load_workbook(io.BytesIO(export.content))
        current = bot.store.current_tables()
        assert workbook.sheetnames == [f"{s.table.department} {s.table.year}" for s in current]
        for stored, name in zip(current, workbook.sheetnames, strict=True):
            single = openpyxl.load_workbook(io.BytesIO(export.content))
            for other in [n for n in single.sheetnames if n != name]:
                single.remove(single[other])
            buffer = io.BytesIO()
            single.save(buffer)
            assert read_xlsx(buffer.getvalue()).to_export() == stored.table.to_export()

    run_bot(tmp_path, scenario, all_departments=True)


# --------------------------------------------------------------------------- uploads


async def upload(bot: Bot, user: int, path_or_name: Path | str, content: bytes | None = None) -> dict:
    """Send a document and return the bot's reply once it is final (not 正在解析…)."""
    name = path_or_name.name if isinstance(path_or_name, Path) else path_or_name
    data = content if content is not None else Path(path_or_name).read_bytes()
    before = len(bot.api.messages_to(user))
    bot.api.send_document(user, name, data)
    await bot.api.wait_for_messages(user, before + 1)
    # the parse runs in a worker process: its first start (imports of the readers, OCR) can take
    # seconds on a busy two-core machine; the wait ends as soon as the reply is final
    return await bot.api.wait_for(
        lambda: (m := bot.api.messages_to(user)[before]) and m["text"] != "正在解析…" and m,
        timeout=30)


def test_admin_upload_preview_confirm_and_the_new_data_answers(tmp_path: Path) -> None:
    async def scenario(bot: Bot) -> None:
        preview = await upload(bot, ADMIN, FIXTURE_DIR / "zonggonghui_2025.xlsx")
        assert preview["text"].startswith(
            "导入预览：zonggonghui_2025.xlsx\n部门：东莞市总工会\n年度：2025 年\n"
            "内容：预算金额 7 项，总体目标 4 项，任务 5 项，绩效指标 18 项\n"
            "新年度：东莞市总工会已有 2026 年的数据，还没有 2025 年的。")
        assert [label for label, _ in buttons(preview)] == ["确认导入", "取消"]
        assert len(bot.store.versions()) == 1  # nothing imported yet
        confirm = buttons(preview)[0][1]
        bot.api.press_button(ADMIN, preview, confirm)
        await bot.api.wait_for(lambda: bot.api.messages_to(ADMIN)[0]["text"].startswith("已导入"))
        done = bot.api.messages_to(ADMIN)[0]
        info = bot.store.current_versions()[0]
        assert (info.department, info.year, info.version) == ("东莞市总工会", 2025, 1)
        assert done["text"].startswith(
            f"已导入：东莞市总工会 2025 年，第 1 版（{info.imported_at[:16].replace('T', ' ')} 导入）")
        assert info.imported_by == f"telegram:{ADMIN}"
        assert "reply_markup" not in done
        answer = await bot.say(USER, "2025年送温暖活动经费")
        assert answer["text"].startswith("送温暖活动经费：1,800,000 元（180.00 万元）")
        with pytest.raises(ValueError):  # the buttons are gone: no second import possible
            bot.api.press_button(ADMIN, preview, confirm)

    run_bot(tmp_path, scenario)


def test_upload_preview_shows_changes_and_cancel_imports_nothing(tmp_path: Path) -> None:
    changed = SEED.read_bytes().replace(b"1950000", b"2050000")

    async def scenario(bot: Bot) -> None:
        before = versions_snapshot(bot.store)
        preview = await upload(bot, ADMIN, "总工会2026修订.txt", changed)
        assert "与当前版本（第 1 版，" in preview["text"]
        assert "• 任务 送温暖活动经费 金额：1,950,000 元 → 2,050,000 元" in preview["text"]
        bot.api.press_button(ADMIN, preview, buttons(preview)[1][1])
        await bot.api.wait_for(lambda: bot.api.messages_to(ADMIN)[0]["text"].startswith("已取消"))
        assert bot.api.messages_to(ADMIN)[0]["text"] == "已取消，未导入任何数据。"
        assert versions_snapshot(bot.store) == before
        assert (await bot.say(USER, "送温暖活动经费是多少？"))["text"].startswith(SONGWENNUAN)

    run_bot(tmp_path, scenario)


def test_only_the_uploading_admin_can_confirm(tmp_path: Path) -> None:
    async def scenario(bot: Bot) -> None:
        preview = await upload(bot, ADMIN, FIXTURE_DIR / "zonggonghui_2025.xlsx")
        confirm = buttons(preview)[0][1]
        query_id = bot.api.press_button(OTHER_ADMIN, preview, confirm)
        await bot.api.wait_for(lambda: bot.api.callback_answer(query_id))
        answer = bot.api.callback_answer(query_id)
        assert answer["text"] == "只有上传这个文件的管理员可以确认或取消导入。"
        assert answer["show_alert"] is True
        assert len(bot.store.versions()) == 1
        bot.api.press_button(ADMIN, preview, confirm)  # still pending for the uploader
        await bot.api.wait_for(lambda: bot.api.messages_to(ADMIN)[0]["text"].startswith("已导入"))

    run_bot(tmp_path, scenario)


def test_non_admin_upload_is_refused_and_nothing_changes(tmp_path: Path) -> None:
    async def scenario(bot: Bot) -> None:
        before = versions_snapshot(bot.store)
        bot.api.send_document(USER, "zonggonghui_2025.xlsx",
                              (FIXTURE_DIR / "zonggonghui_2025.xlsx").read_bytes())
        [reply] = await bot.api.wait_for_messages(USER, 1)
        assert reply["text"].startswith("抱歉，只有管理员可以导入绩效目标表，文件没有被导入。")
        assert bot.api.calls("getFile") == []
        assert versions_snapshot(bot.store) == before

    run_bot(tmp_path, scenario)


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("corrupt.xlsx", (FIXTURE_DIR / "corrupt.xlsx").read_bytes(),
         "无法读取 Excel 文件：文件已损坏或不是 .xlsx 格式。"),
        ("照片.png", b"\x89PNG\r\n\x1a\n" + bytes(64),
         "不支持 .png 格式的文件：请发送 PDF、XLSX 或 TXT 格式的绩效目标表。"),
        ("not_a_table.pdf", (FIXTURE_DIR / "not_a_table.pdf").read_bytes(),
         "没有找到“部门名称”，这不是部门整体预算绩效目标表。"),
    ],
)
def test_broken_or_unsupported_file_gets_the_importers_message(
    tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    async def scenario(bot: Bot) -> None:
        before = versions_snapshot(bot.store)
        reply = await upload(bot, ADMIN, name, content)
        assert reply["text"] == (f"{message}\n未导入任何数据。\n可以发送 /template 获取空白的绩效目标表"
                                 "（XLSX），填好后再发给我。")
        assert "reply_markup" not in reply
        assert versions_snapshot(bot.store) == before

    run_bot(tmp_path, scenario)


def test_oversized_document_is_refused_before_download(tmp_path: Path) -> None:
    async def scenario(bot: Bot) -> None:
        bot.api.send_document(ADMIN, "巨大.pdf", b"%PDF" + bytes(MAX_FILE_BYTES + 1))
        [reply] = await bot.api.wait_for_messages(ADMIN, 1)
        assert reply["text"] == ("文件“巨大.pdf”太大（20.0 MB）：单个文件不能超过 20 MB，"
                                 "未导入任何数据。")
        assert bot.api.calls("getFile") == []

    run_bot(tmp_path, scenario)


def test_unconfirmed_preview_expires(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("bot.pending.PendingImports.__init__.__defaults__",
                        (0.3, time.monotonic))

    async def scenario(bot: Bot) -> None:
        await upload(bot, ADMIN, FIXTURE_DIR / "zonggonghui_2025.xlsx")
        expired = await bot.api.wait_for(
            lambda: (m := bot.api.messages_to(ADMIN)[0])["text"].startswith("导入预览已过期") and m)
        assert expired["text"] == ("导入预览已过期（1 分钟内没有确认），未导入任何数据。"
                                   "如需导入，请重新发送文件。")
        assert "reply_markup" not in expired
        assert len(bot.store.versions()) == 1

    run_bot(tmp_path, scenario)


def test_a_double_press_imports_once(tmp_path: Path) -> None:
    async def scenario(bot: Bot) -> None:
        preview = await upload(bot, ADMIN, FIXTURE_DIR / "zonggonghui_2025.xlsx")
        confirm = buttons(preview)[0][1]
        first = bot.api.press_button(ADMIN, preview, confirm)
        second = bot.api.press_button(ADMIN, preview, confirm)
        await bot.api.wait_for(lambda: bot.api.callback_answer(first)
                               and bot.api.callback_answer(second))
        await bot.idle()
        answers = sorted(bot.api.callback_answer(q)["text"] for q in (first, second))
        assert answers == ["正在导入…", "这个导入预览已失效（已处理或已过期），请重新发送文件。"]
        assert [(v.year, v.version) for v in bot.store.versions()] == [(2025, 1), (2026, 1)]

    run_bot(tmp_path, scenario)
