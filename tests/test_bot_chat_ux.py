"""Chat that respects a phone screen, end to end over the Bot API (tests/botapi.py): one message
per request with 上一页 / 下一页, bold figures, no internal names, errors that say what to do
next, and the same upload twice leaving one version. The 28-department test measures the
targets: every command in at most 2 messages, none over 1,500 characters."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from bot.handlers.commands import ADMIN_COMMANDS, PUBLIC_COMMANDS
from bot.paging import EXPIRED, PAGE_CHARS
from data.clock import TIMEZONE
from data.db import Store
from data.importing import import_file
from tests.bot_harness import (
    ADMIN,
    SEED,
    USER,
    Bot,
    bold_text,
    button_data,
    buttons,
    press,
    started_bot,
)
from tests.botapi import FakeBotApi
from tests.fixtures.tables import FIXTURES, to_table

JULY_1 = datetime(2026, 7, 1, 10, 0, tzinfo=TIMEZONE)
DEPARTMENTS_28 = (
    "发展和改革局", "教育局", "科学技术局", "工业和信息化局", "公安局", "民政局", "司法局", "财政局",
    "人力资源和社会保障局", "自然资源局", "生态环境局", "住房和城乡建设局", "交通运输局", "水务局",
    "农业农村局", "商务局", "文化广电旅游体育局", "卫生健康委员会", "退役军人事务局", "应急管理局",
    "审计局", "市场监督管理局", "统计局", "医疗保障局", "城市管理和综合执法局", "林业局", "总工会",
    "妇女联合会",
)


def seeded_store(path: Path, departments: int = 0) -> Store:
    """The 总工会 seed, and ``departments`` more tables (fixture contents, other names)."""
    store = Store(path)
    import_file(store, SEED, "cli")
    sources = [f for f in FIXTURES if f.slug.endswith("2026")]
    for number, name in enumerate(DEPARTMENTS_28[:departments]):
        if name == "总工会":
            continue
        table = replace(to_table(sources[number % len(sources)]), department=f"东莞市{name}")
        store.import_table(table, source_name=f"{number}.xlsx", sha256=f"x{number}",
                           imported_by="cli")
    return store


def run(tmp_path: Path, scenario, departments: int = 0, **settings) -> Store:
    store = seeded_store(tmp_path / "jixiao.db", departments)

    async def main() -> None:
        async with FakeBotApi() as api, started_bot(api, store, clock=lambda: JULY_1,
                                                    **settings) as bot:
            await scenario(bot)

    asyncio.run(main())
    return store


async def upload(bot: Bot, user: int, name: str, content: bytes) -> dict:
    before = len(bot.api.messages_to(user))
    bot.api.send_document(user, name, content)
    await bot.api.wait_for_messages(user, before + 1)
    return await bot.api.wait_for(
        lambda: (m := bot.api.messages_to(user)[before]) and m["text"] != "正在解析…" and m)


# --------------------------------------------------------------------------- layout


def test_the_figure_asked_for_is_bold_and_the_source_is_not(tmp_path: Path) -> None:
    async def scenario(bot: Bot) -> None:
        reply = await bot.say(USER, "送温暖活动经费是多少？")
        assert bold_text(reply) == ["送温暖活动经费：1,950,000 元（195.00 万元）"]
        assert reply["text"].splitlines()[-1].startswith("来源：东莞市总工会 2026 年")
        sent = bot.api.calls("sendMessage")[-1].params["text"]
        assert sent.startswith("<b>送温暖活动经费：1,950,000 元（195.00 万元）</b>\n")

    run(tmp_path, scenario)


def test_a_long_answer_is_one_message_with_pages(tmp_path: Path) -> None:
    async def scenario(bot: Bot) -> None:
        first = await bot.say(USER, "总工会有哪些指标")
        assert [label for label, _ in buttons(first)] == ["下一页 ›"]
        headline = first["text"].splitlines()[0]
        assert bold_text(first) == [headline]
        second = await press(bot, USER, first, "下一页")
        assert bold_text(second) == [headline]  # the headline heads every page
        assert second["text"].endswith("（第 2/2 页）")
        assert [label for label, _ in buttons(second)] == ["‹ 上一页"]
        again = await press(bot, USER, second, "上一页")
        assert again["text"] == first["text"]
        assert len(bot.api.messages_to(USER)) == 1

    run(tmp_path, scenario)


def test_a_button_of_a_forgotten_list_says_it_has_expired(tmp_path: Path) -> None:
    async def scenario(bot: Bot) -> None:
        first = await bot.say(USER, "/indicators")
        bot.app.bot_data["services"].pages._items.clear()  # as after a restart
        query_id = bot.api.press_button(USER, first, button_data(first, "下一页"))
        answer = await bot.api.wait_for(lambda: bot.api.callback_answer(query_id))
        assert (answer["text"], answer["show_alert"]) == (EXPIRED, True)
        await bot.api.wait_for(lambda: "reply_markup" not in bot.api.messages_to(USER)[0])

    run(tmp_path, scenario)


# --------------------------------------------------------------------------- no internal names


def test_versions_show_names_and_sources_never_identifiers(tmp_path: Path) -> None:
    changed = SEED.read_bytes().replace(b"1950000", b"2050000")

    async def scenario(bot: Bot) -> None:
        preview = await upload(bot, ADMIN, "总工会2026修订.txt", changed)
        bot.api.press_button(ADMIN, preview, button_data(preview, "确认导入"))
        await bot.api.wait_for(lambda: bot.api.messages_to(ADMIN)[0]["text"].startswith("已导入"))
        text = (await bot.say(ADMIN, "/versions"))["text"]
        lines = text.splitlines()
        assert lines[0] == "【东莞市总工会 2026 年】"
        assert lines[1].endswith("· dongguan_zonggonghui_2026.txt · 命令行导入")
        assert lines[2].endswith(f"· 总工会2026修订.txt · 导入人 User{ADMIN}（聊天上传）")
        assert "telegram:" not in text
        rolled = await bot.say(ADMIN, "/rollback 总工会 2026")
        assert rolled["text"].startswith("已恢复：东莞市总工会 2026 年第 1 版")
        again = (await bot.say(ADMIN, "/rollback 总工会 2026"))["text"]
        assert again == ("东莞市总工会 2026 年的当前版本是第 1 版，没有更早的版本可恢复。\n"
                         "恢复旧版本：/rollback 总工会 2026（恢复上一版），"
                         "或在后面写版本号，如 /rollback 总工会 2026 1")
        assert "--to" not in again

    run(tmp_path, scenario)


# --------------------------------------------------------------------------- what to do next


def test_a_refusal_names_whom_to_ask(tmp_path: Path) -> None:
    async def scenario(bot: Bot) -> None:
        await bot.say(ADMIN, "/help")  # the bot learns the admin's display name
        refusal = await bot.say(USER, "/versions")
        assert refusal["text"] == f"抱歉，这个命令仅限管理员使用。如需使用，请联系管理员：User{ADMIN}。"

    run(tmp_path, scenario)


def test_the_admin_contact_setting_is_what_refusals_name(tmp_path: Path) -> None:
    async def scenario(bot: Bot) -> None:
        refusal = await bot.say(USER, "/export")
        assert refusal["text"].endswith("请联系管理员：办公室 李工（电话 22220000）。")
        bot.api.send_document(USER, "表.xlsx", b"PK")
        [_, upload_refusal] = await bot.api.wait_for_messages(USER, 2)
        assert upload_refusal["text"].endswith("请联系管理员：办公室 李工（电话 22220000）。")

    run(tmp_path, scenario, admin_contact="办公室 李工（电话 22220000）")


def test_an_unknown_report_name_offers_the_three_closest_items(tmp_path: Path) -> None:
    async def scenario(bot: Bot) -> None:
        offer = await bot.say(ADMIN, "/report 总工会 技能培训人数 320人")
        assert offer["text"].startswith("找不到指标或任务“技能培训人数”（东莞市总工会 2026 年）。\n"
                                        "您是不是要填报下面的某一项？")
        labels = [label for label, _ in buttons(offer)]
        assert len(labels) == 3 and labels[0] == "开展技能培训"
        stored = await press(bot, ADMIN, offer, "开展技能培训")
        assert stored["text"].startswith(
            "已记录：东莞市总工会 2026 年 · 开展技能培训：320人（截至 2026-07-01）")
        assert "reply_markup" not in stored

    store = run(tmp_path, scenario)
    [row] = store.db.execute("SELECT name, reporter_name FROM progress_reports").fetchall()
    assert row == ("开展技能培训", f"User{ADMIN}")


# --------------------------------------------------------------------------- idempotent uploads


def test_the_same_upload_twice_leaves_one_version(tmp_path: Path) -> None:
    async def scenario(bot: Bot) -> None:
        same = await upload(bot, ADMIN, "again.txt", SEED.read_bytes())
        assert same["text"].startswith("没有变化，未导入：again.txt\n与东莞市总工会 2026 年的当前版本"
                                       "（第 1 版，")
        assert bold_text(same) == ["没有变化，未导入"]
        assert "reply_markup" not in same  # nothing to confirm
        resaved = SEED.read_bytes().replace(b"\n", b"\r\n")  # another file, the same data
        also_same = await upload(bot, ADMIN, "resaved.txt", resaved)
        assert also_same["text"].startswith("没有变化，未导入：resaved.txt")

    store = run(tmp_path, scenario)
    assert [(v.version, v.is_current) for v in store.versions()] == [(1, True)]


def test_two_previews_of_one_file_confirmed_import_it_once(tmp_path: Path) -> None:
    changed = SEED.read_bytes().replace(b"1950000", b"2050000")

    async def scenario(bot: Bot) -> None:
        first = await upload(bot, ADMIN, "a.txt", changed)
        second = await upload(bot, ADMIN, "b.txt", changed)
        for preview, expected in ((first, "已导入"), (second, "内容与当前版本相同")):
            bot.api.press_button(ADMIN, preview, button_data(preview, "确认导入"))
            message_id = preview["message_id"]
            await bot.api.wait_for(lambda m=message_id, e=expected: next(
                x for x in bot.api.messages_to(ADMIN) if x["message_id"] == m
            )["text"].startswith(e))

    store = run(tmp_path, scenario)
    assert [v.version for v in store.versions()] == [1, 2]


# --------------------------------------------------------------------------- 28 departments


def test_with_28_departments_every_command_is_at_most_two_short_messages(tmp_path: Path) -> None:
    sizes: dict[str, tuple[int, int]] = {}

    async def scenario(bot: Bot) -> None:
        requests = [f"/{c.command}" for c in PUBLIC_COMMANDS + ADMIN_COMMANDS]
        requests += ["/items 科技局", "/indicators 教育局", "/indicators 成本指标", "/versions 总工会",
                     "/digest 总工会", "成本指标有哪些？", "送温暖活动经费是多少？", "各部门有哪些任务"]
        for request in requests:
            before = len(bot.api.messages_to(ADMIN))
            bot.api.send_text(ADMIN, request)
            await bot.api.wait_for_messages(ADMIN, before + 1, timeout=20)
            await bot.idle()
            new = bot.api.messages_to(ADMIN)[before:]
            sizes[request] = (len(new), max(len(m.get("text") or m.get("caption") or "")
                                            for m in new))

    run(tmp_path, scenario, departments=28)
    print("\n".join(f"{r}: {n} messages, longest {c}" for r, (n, c) in sizes.items()))
    too_many = {r: s for r, s in sizes.items() if s[0] > 2}
    too_long = {r: s for r, s in sizes.items() if s[1] > PAGE_CHARS}
    assert (too_many, too_long) == ({}, {})
