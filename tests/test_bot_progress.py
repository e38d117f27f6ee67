"""Progress and digests in chat, end to end: the REAL application from ``build_application``
against the fake Bot API server (tests/botapi.py), a real SQLite store seeded with the 总工会
table and its progress file, and a clock the test sets (``Services.now``; APScheduler itself
runs on real time, so jobs are run by hand with ``job.run``).

Each scenario is a plain function running ``asyncio.run``; the server runs in the same loop.
"""

from __future__ import annotations

import asyncio
import io
import logging
import struct
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from datetime import date, datetime, timedelta
from pathlib import Path

import openpyxl
import pytest

from bot.digests import JOB_PREFIX, department_key, job_name, next_send
from bot.handlers.progress import (
    GROUP_SUBSCRIPTION_ADMIN_ONLY,
    REPORT_REFUSED,
    REPORT_USAGE,
    REPORTER_TABLE_REFUSED,
    SUBSCRIBE_USAGE,
    parse_report_arguments,
    parse_subscribe_arguments,
)
from data import outbox
from data.clock import TIMEZONE
from data.db import Store
from data.digest import Subscription, subscriptions
from data.importing import import_file
from data.progress import import_progress_file
from nlp.engine import Engine
from tests.bot_harness import (
    ADMIN,
    FIXTURE_DIR,
    GROUP,
    SEED,
    USER,
    Bot,
    buttons,
    shared_tokenizer,
    started_bot,
    unlimited,
)
from tests.botapi import FakeBotApi
from tests.fixtures import departments28
from tests.fixtures.tables import BY_SLUG, to_table

PROGRESS_CSV = FIXTURE_DIR / "progress_zonggonghui_2026.csv"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
JULY_1_MORNING = datetime(2026, 7, 1, 8, 0, tzinfo=TIMEZONE)  # a Wednesday
ADMIN_ONLY = "抱歉，这个命令仅限管理员使用。如需使用，请联系本机器人的管理员。"
REPORT_REFUSED_TEXT = f"{REPORT_REFUSED}如需使用，请联系本机器人的管理员。"
REPORTER = 3003  # reports for 科技局 (JIXIAO_REPORTERS=3003:科技局)
DIGEST_HEAD = "东莞市总工会 2026 年绩效进度（2026-07-01）\n时间进度 49.9%（全年第 182 天）"
SONGWENNUAN_RED = "🔴 送温暖活动经费：已支出 50万元 / 195万元（26%）"
OVERVIEW = [
    "绩效进度总览（2026-07-01）· 时间进度 49.9%（全年第 182 天）",
    "1 个部门：🔴 4 项落后 · 🟡 3 项偏慢 · 预算执行 34.6%（时间进度 49.9%）",
    "",
    "🔴 东莞市总工会：落后 4 · 偏慢 3 · 执行 34.6%",
    "点部门名称查看详情",
]
ZGH_BUTTON = ("东莞市总工会", f"dg:d:20260701:{department_key('东莞市总工会')}")
DAILY_HEADER = "📬 定时摘要（每天 09:00 发送全部部门的进度摘要；退订：/unsubscribe）"


class Clock:
    """The bot's clock in a test: read by the handlers and jobs, moved by the test."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    clock = Clock(JULY_1_MORNING)
    # A subscription's created_at decides its first period; it must be on the test's clock too.
    monkeypatch.setattr("data.digest.now_iso",
                        lambda: clock().isoformat(timespec="seconds"))
    return clock


def make_store(path: Path, *, progress: bool = True) -> Store:
    store = Store(path)
    import_file(store, SEED, "test")
    if progress:
        import_progress_file(store, PROGRESS_CSV, "张三", today=date(2026, 7, 1))
    return store


def digest_jobs(bot: Bot) -> list:
    return list(bot.app.job_queue.jobs(f"^{JOB_PREFIX}"))


@asynccontextmanager
async def running_bot(api: FakeBotApi, store: Store, clock: Clock, **settings
                      ) -> AsyncIterator[Bot]:
    engine = Engine(store, today=lambda: clock().date(), tokenizer=shared_tokenizer())
    async with started_bot(api, store, engine=engine, rate_limiter=unlimited(),
                           clock=clock, **settings) as bot:
        yield bot


def run_bot(tmp_path: Path, clock: Clock, scenario: Callable[[Bot], Awaitable[None]], *,
            progress: bool = True, store: Store | None = None, **settings) -> Store:
    store = store or make_store(tmp_path / "jixiao.db", progress=progress)

    async def main() -> None:
        async with FakeBotApi() as api, running_bot(api, store, clock, **settings) as bot:
            await scenario(bot)

    asyncio.run(main())
    return store


async def until(predicate: Callable[[], object], timeout: float = 5.0) -> None:
    deadline = asyncio.get_running_loop().time() + timeout
    while not predicate():
        if asyncio.get_running_loop().time() > deadline:
            raise TimeoutError("condition not met")
        await asyncio.sleep(0.01)


def next_real(hour: int, minute: int, weekday: int | None = None, monthday: int | None = None
              ) -> datetime:
    """The next real moment (Asia/Shanghai) at HH:MM on a weekday / day of the month: what
    APScheduler, which runs on real time, must have computed."""
    now = datetime.now(TIMEZONE)
    moment = now.replace(hour=hour, minute=minute, second=0, microsecond=0)
    while (moment <= now or (weekday is not None and moment.weekday() != weekday)
           or (monthday is not None and moment.day != monthday)):
        moment += timedelta(days=1)
    return moment


def photos_to(api: FakeBotApi, chat_id: int) -> list[bytes]:
    return [call.files["photo"].content for call in api.calls("sendPhoto")
            if call.params["chat_id"] == chat_id and call.error is None]


def report_count(store: Store) -> int:
    return store.db.execute("SELECT count(*) FROM progress_reports").fetchone()[0]


def subscription_rows(store: Store) -> list[tuple]:
    return [tuple(row) for row in store.db.execute(
        "SELECT chat_id, frequency, time, department, active FROM subscriptions ORDER BY id")]


async def upload(bot: Bot, user: int, name: str, content: bytes) -> dict:
    """Send a document and return the bot's reply once it is final (not 正在解析…)."""
    before = len(bot.api.messages_to(user))
    bot.api.send_document(user, name, content)
    await bot.api.wait_for_messages(user, before + 1)
    return await bot.api.wait_for(
        lambda: (m := bot.api.messages_to(user)[before]) and m["text"] != "正在解析…" and m)


# --------------------------------------------------------------------------- argument parsing


@pytest.mark.parametrize(("text", "expected"), [
    ("", ("daily", "09:00", None)),
    ("weekly 08:30 总工会", ("weekly", "08:30", "总工会")),
    ("总工会 每月", ("每月", "09:00", "总工会")),
    ("7:05 daily", ("daily", "7:05", None)),
    ("25:00", ("daily", "25:00", None)),  # left for parse_time to explain
    ("每年", ("daily", "09:00", "每年")),  # an unknown word is a department name
])
def test_subscribe_arguments_come_in_any_order_with_defaults(text, expected) -> None:
    assert parse_subscribe_arguments(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("开展技能培训 320人", (["开展技能培训"], "320人", None)),
    ("送温暖活动经费 800000", (["送温暖活动经费"], "800000", None)),
    ("总工会 开展技能培训 320 人 2026-06-30", (["总工会", "开展技能培训"], "320人",
                                          date(2026, 6, 30))),
    ("资金拨付 部分达成 2026/6/1", (["资金拨付"], "部分达成", date(2026, 6, 1))),
])
def test_report_arguments_are_name_value_and_an_optional_date(text, expected) -> None:
    assert parse_report_arguments(text) == expected


@pytest.mark.parametrize("text", ["", "开展技能培训", "开展技能培训 320人 2026-02-30"])
def test_report_arguments_without_a_value_or_with_a_bad_date_are_refused(text) -> None:
    with pytest.raises(ValueError):
        parse_report_arguments(text)


@pytest.mark.parametrize(("frequency", "now", "expected"), [
    ("daily", datetime(2026, 7, 1, 8, 0), datetime(2026, 7, 1, 9, 0)),
    ("daily", datetime(2026, 7, 1, 9, 0), datetime(2026, 7, 2, 9, 0)),
    ("weekly", datetime(2026, 7, 1, 8, 0), datetime(2026, 7, 6, 9, 0)),
    ("weekly", datetime(2026, 6, 29, 8, 0), datetime(2026, 6, 29, 9, 0)),
    ("monthly", datetime(2026, 7, 1, 8, 0), datetime(2026, 7, 1, 9, 0)),
    ("monthly", datetime(2026, 12, 15, 8, 0), datetime(2027, 1, 1, 9, 0)),
])
def test_the_next_send_is_this_periods_moment_until_it_has_passed(frequency, now, expected
                                                                   ) -> None:
    subscription = Subscription(1, 1, frequency, "09:00", None, "", "", None, None, True)
    now, expected = now.replace(tzinfo=TIMEZONE), expected.replace(tzinfo=TIMEZONE)
    assert next_send(subscription, now) == expected


# --------------------------------------------------------------------------- /digest


def test_digest_sends_the_overview_with_department_buttons_then_a_chart(tmp_path, clock
                                                                        ) -> None:
    async def scenario(bot: Bot) -> None:
        text, photo = await bot.say_and_collect(USER, "/digest", 2)
        assert text["text"] == "\n".join(OVERVIEW)
        assert buttons(text) == [ZGH_BUTTON]
        assert bot.api.calls("sendMessage")[-1].params["text"].splitlines()[1] == (
            "<b>1 个部门：🔴 4 项落后 · 🟡 3 项偏慢 · 预算执行 34.6%（时间进度 49.9%）</b>")
        assert photo["caption"] == "各部门预算执行与时间进度（2026-07-01）"
        [png] = photos_to(bot.api, USER)
        assert png.startswith(PNG_SIGNATURE)

        bot.api.press_button(USER, text, ZGH_BUTTON[1])
        detail, chart = (await bot.api.wait_for_messages(USER, 4))[2:]
        assert detail["text"].startswith(f"{DIGEST_HEAD}\n🔴 落后 4 项 · 🟡 偏慢 3 项 · 预算执行 34.6%\n"
                                         f"🔴 帮扶困难职工数：20人 / 目标 ≥90人（完成 22%）")
        assert SONGWENNUAN_RED in detail["text"]
        assert chart["caption"] == "东莞市总工会 2026 年绩效进度图（2026-07-01）"

    run_bot(tmp_path, clock, scenario)


def test_digest_takes_a_short_department_name_and_explains_an_unknown_one(tmp_path, clock
                                                                          ) -> None:
    async def scenario(bot: Bot) -> None:
        text, photo = await bot.say_and_collect(USER, "/digest 总工会", 2)
        assert text["text"].startswith(DIGEST_HEAD)
        assert "🔴 人均培训成本：650元/人，超过上限 600元/人" in text["text"]
        assert "photo" in photo
        unknown = await bot.say(USER, "/digest 水务局")
        assert unknown["text"] == "找不到部门“水务局”。已有的部门：东莞市总工会。"

    run_bot(tmp_path, clock, scenario)


def test_with_28_departments_digest_is_two_messages_paged_by_buttons(tmp_path, clock) -> None:
    store = Store(tmp_path / "jixiao.db")
    departments28.load(store)
    clock.now = datetime(2026, 12, 1, 9, 0, tzinfo=TIMEZONE)

    async def scenario(bot: Bot) -> None:
        text, photo = await bot.say_and_collect(USER, "/digest", 2)
        await bot.idle()
        assert len(bot.api.messages_to(USER)) == 2  # the overview and its chart, nothing more
        lines = text["text"].splitlines()
        assert lines[:3] == [
            "绩效进度总览（2026-12-01）· 时间进度 91.8%（全年第 335 天）",
            "28 个部门：🔴 28 项落后 · 🟡 24 项偏慢 · 预算执行 52.1%（时间进度 91.8%）",
            "⚠️ 4 个部门未填报 · 8 个部门资金执行严重滞后"]
        assert lines[4:6] == ["🔴 东莞市农业农村局：未填报", "🔴 东莞市发展和改革局：未填报"]
        assert lines[-1] == "第 1/3 页 · 点部门名称查看详情"
        assert len(lines) == 4 + 10 + 1 and len(text["text"]) < 1500
        labels = [label for label, _ in buttons(text)]
        assert labels[:2] == ["东莞市农业农村局", "东莞市发展和改革局"] and labels[-1] == "下一页 ›"
        assert struct.unpack(">II", photos_to(bot.api, USER)[0][16:24])[0] == 1080

        bot.api.press_button(USER, text, buttons(text)[-1][1])
        page = await bot.api.wait_for(
            lambda: (m := bot.api.messages_to(USER)[0])["text"].endswith("第 2/3 页 · 点部门名称查看详情")
            and m)
        assert [label for label, _ in buttons(page)][-2:] == ["‹ 上一页", "下一页 ›"]
        idle = next(data for label, data in buttons(page) if label == "东莞市教育局")
        bot.api.press_button(USER, page, idle)
        detail, chart = (await bot.api.wait_for_messages(USER, 4))[2:]
        assert detail["text"].splitlines()[:4] == [
            "东莞市教育局 2026 年绩效进度（2026-12-01）", "时间进度 91.8%（全年第 335 天）",
            "🔴 落后 0 项 · 🟡 偏慢 0 项 · 预算执行 0.0%",
            "⚠️ 资金执行严重滞后：已支出 0元，仅占 170万元的 0.0%"]
        assert "photo" in chart

    run_bot(tmp_path, clock, scenario, store=store)


# --------------------------------------------------------------------------- /subscribe


def test_subscribe_stores_a_row_and_registers_a_daily_job_at_nine(tmp_path, clock) -> None:
    async def scenario(bot: Bot) -> None:
        reply = await bot.say(USER, "/subscribe")
        assert reply["text"] == ("已订阅：每天 09:00 发送全部部门的进度摘要（北京时间）。\n"
                                 "下次发送：2026-07-01（星期三）09:00。\n"
                                 "退订：/unsubscribe（全部）或 /unsubscribe 部门")
        [subscription] = subscriptions(bot.store)
        assert (subscription.chat_id, subscription.frequency, subscription.time,
                subscription.department) == (USER, "daily", "09:00", None)
        assert subscription.created_by == f"telegram:{USER}"
        [job] = digest_jobs(bot)
        assert (job.name, job.chat_id, job.data) == (job_name(subscription.id), USER,
                                                     subscription.id)
        assert job.next_t == next_real(9, 0)
        assert job.job.misfire_grace_time == 3600 and job.job.coalesce is True

    run_bot(tmp_path, clock, scenario)


def test_weekly_jobs_run_on_mondays_and_monthly_ones_on_the_first(tmp_path, clock) -> None:
    async def scenario(bot: Bot) -> None:
        weekly = await bot.say(USER, "/subscribe weekly 08:30 总工会")
        assert weekly["text"].startswith("已订阅：每周一 08:30 发送东莞市总工会的进度摘要（北京时间）。\n"
                                         "下次发送：2026-07-06（星期一）08:30。")
        monthly = await bot.say(USER, "/subscribe 每月 07:00")
        assert monthly["text"] == (
            "已订阅：每月 1 日 07:00 发送全部部门的进度摘要（北京时间）。\n"
            "下次发送：2026-08-01（星期六）07:00。\n"
            "本会话的订阅（2 个）：\n"
            "• 每周一 08:30 发送东莞市总工会的进度摘要\n"
            "• 每月 1 日 07:00 发送全部部门的进度摘要\n"
            "退订：/unsubscribe（全部）或 /unsubscribe 部门")
        by_frequency = {s.frequency: s.id for s in subscriptions(bot.store)}
        jobs = {job.data: job for job in digest_jobs(bot)}
        assert jobs.keys() == set(by_frequency.values())
        assert jobs[by_frequency["weekly"]].next_t == next_real(8, 30, weekday=0)
        assert jobs[by_frequency["monthly"]].next_t == next_real(7, 0, monthday=1)

    run_bot(tmp_path, clock, scenario)


def test_subscribing_again_replaces_the_chats_job_for_that_department(tmp_path, clock) -> None:
    async def scenario(bot: Bot) -> None:
        await bot.say(USER, "/subscribe")
        await bot.say(USER, "/subscribe weekly 10:00")
        [subscription] = subscriptions(bot.store)
        [job] = digest_jobs(bot)
        assert job.data == subscription.id and job.next_t == next_real(10, 0, weekday=0)
        assert subscription_rows(bot.store) == [(USER, "daily", "09:00", None, 0),
                                                (USER, "weekly", "10:00", None, 1)]

    run_bot(tmp_path, clock, scenario)


def test_bad_subscribe_arguments_get_the_reason_and_the_usage(tmp_path, clock) -> None:
    async def scenario(bot: Bot) -> None:
        bad_time = await bot.say(USER, "/subscribe daily 25:00")
        assert bad_time["text"] == ("无法识别时间“25:00”：请用 24 小时制 HH:MM，例如 09:00。\n"
                                    f"{SUBSCRIBE_USAGE}")
        bad_word = await bot.say(USER, "/subscribe 每年")
        assert bad_word["text"] == f"找不到部门“每年”。已有的部门：东莞市总工会。\n{SUBSCRIBE_USAGE}"
        assert subscriptions(bot.store) == [] and digest_jobs(bot) == []

    run_bot(tmp_path, clock, scenario)


def test_in_groups_only_admins_may_subscribe_for_the_group(tmp_path, clock) -> None:
    group = {"chat_id": GROUP, "chat_type": "supergroup"}

    async def scenario(bot: Bot) -> None:
        refused = await bot.say(USER, "/subscribe", **group)
        assert refused["text"] == GROUP_SUBSCRIPTION_ADMIN_ONLY
        assert (await bot.say(USER, "/unsubscribe", **group))["text"] == \
            GROUP_SUBSCRIPTION_ADMIN_ONLY
        assert subscriptions(bot.store) == []
        done = await bot.say(ADMIN, "/subscribe weekly", **group)
        assert done["text"].startswith("已订阅：每周一 09:00 发送全部部门的进度摘要")
        [job] = digest_jobs(bot)
        assert job.chat_id == GROUP
        assert [s.chat_id for s in subscriptions(bot.store)] == [GROUP]

    run_bot(tmp_path, clock, scenario)


def test_unsubscribe_removes_the_job_and_deactivates_the_row(tmp_path, clock) -> None:
    async def scenario(bot: Bot) -> None:
        await bot.say(USER, "/subscribe")
        await bot.say(USER, "/subscribe weekly 总工会")
        one = await bot.say(USER, "/unsubscribe 总工会")
        assert one["text"] == ("已退订：\n• 每周一 09:00 发送东莞市总工会的进度摘要\n"
                               "本会话的订阅（1 个）：\n• 每天 09:00 发送全部部门的进度摘要")
        assert [job.data for job in digest_jobs(bot)] == [s.id for s in subscriptions(bot.store)]
        rest = await bot.say(USER, "/unsubscribe")
        assert rest["text"] == "已退订：\n• 每天 09:00 发送全部部门的进度摘要"
        assert digest_jobs(bot) == []
        assert [row[-1] for row in subscription_rows(bot.store)] == [0, 0]
        again = await bot.say(USER, "/unsubscribe")
        assert again["text"] == "本会话没有订阅定时摘要。订阅：/subscribe"

    run_bot(tmp_path, clock, scenario)


# --------------------------------------------------------------------------- scheduled sends


def test_a_scheduled_digest_is_sent_once_per_period(tmp_path, clock) -> None:
    async def scenario(bot: Bot) -> None:
        await bot.say(USER, "/subscribe")
        [job] = digest_jobs(bot)
        before = len(bot.api.messages_to(USER))
        await job.run(bot.app)  # fired early (08:00): not due yet
        assert len(bot.api.messages_to(USER)) == before

        clock.now = JULY_1_MORNING.replace(hour=9, minute=0, second=3)
        await job.run(bot.app)
        text, photo = bot.api.messages_to(USER)[before:]
        assert text["text"] == "\n".join([DAILY_HEADER, *OVERVIEW])
        assert buttons(text) == [ZGH_BUTTON]
        assert photos_to(bot.api, USER)[0].startswith(PNG_SIGNATURE)

        clock.now += timedelta(hours=3)
        await job.run(bot.app)  # the same day: already sent
        await job.run(bot.app)
        assert len(bot.api.messages_to(USER)) == before + 2

        clock.now += timedelta(days=1)
        await job.run(bot.app)  # the next day: a new period
        assert len(bot.api.messages_to(USER)) == before + 4
        assert "（2026-07-02）" in bot.api.messages_to(USER)[before + 2]["text"]
        assert [(m.period, m.part.kind, m.status, m.attempts) for m in outbox.messages(bot.store)
                ] == [("2026-07-01", "text", "sent", 1), ("2026-07-01", "photo", "sent", 1),
                      ("2026-07-02", "text", "sent", 1), ("2026-07-02", "photo", "sent", 1)]

    run_bot(tmp_path, clock, scenario)


def test_a_subscription_for_all_28_departments_sends_two_messages(tmp_path, clock) -> None:
    store = Store(tmp_path / "jixiao.db")
    departments28.load(store)
    clock.now = datetime(2026, 12, 1, 8, 0, tzinfo=TIMEZONE)

    async def scenario(bot: Bot) -> None:
        await bot.say(USER, "/subscribe")
        clock.now = clock.now.replace(hour=9, minute=0, second=1)
        await digest_jobs(bot)[0].run(bot.app)
        await bot.idle()
        text, photo = bot.api.messages_to(USER)[1:]
        assert text["text"].splitlines()[:2] == [
            DAILY_HEADER, "绩效进度总览（2026-12-01）· 时间进度 91.8%（全年第 335 天）"]
        assert "photo" in photo and len(bot.api.messages_to(USER)) == 3

    run_bot(tmp_path, clock, scenario, store=store)


def test_a_restart_sends_one_catch_up_and_the_next_restart_none(
    tmp_path, clock, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="bot.digests")
    store = make_store(tmp_path / "jixiao.db")

    def catch_ups() -> list[str]:
        return [r.getMessage() for r in caplog.records if "start-up catch-up" in r.getMessage()]

    async def main() -> None:
        async with FakeBotApi() as api:
            async with running_bot(api, store, clock) as bot:  # 08:00: subscribes, stops
                await bot.say(USER, "/subscribe")
                await until(lambda: len(catch_ups()) == 1)
            assert catch_ups() == ["start-up catch-up: 0 digests due and queued"]
            sent_before = len(api.messages_to(USER))

            clock.now = JULY_1_MORNING.replace(hour=12)  # down at 09:00; back at noon
            async with running_bot(api, store, clock) as bot:
                messages = await api.wait_for_messages(USER, sent_before + 2)
                text, photo = messages[sent_before:]
                await until(lambda: len(catch_ups()) == 2)
                assert text["text"] == "\n".join([DAILY_HEADER, *OVERVIEW])
                assert "photo" in photo
                [subscription] = subscriptions(store)
                assert [job.data for job in digest_jobs(bot)] == [subscription.id]
                assert subscription.last_sent_for == "2026-07-01"
                await digest_jobs(bot)[0].run(bot.app)  # its own job finds it sent
            assert catch_ups()[-1] == "start-up catch-up: 1 digests due and queued"
            assert len(api.messages_to(USER)) == sent_before + 2

            clock.now = JULY_1_MORNING.replace(hour=13)
            async with running_bot(api, store, clock):
                await until(lambda: len(catch_ups()) == 3)
            assert catch_ups()[-1] == "start-up catch-up: 0 digests due and queued"
            assert len(api.messages_to(USER)) == sent_before + 2

    asyncio.run(main())


def test_a_chat_that_blocked_the_bot_loses_its_subscriptions(tmp_path, clock) -> None:
    async def scenario(bot: Bot) -> None:
        await bot.say(USER, "/subscribe")
        await bot.say(USER, "/subscribe weekly 总工会")
        clock.now = JULY_1_MORNING.replace(hour=9, minute=30)
        bot.api.inject_error("sendMessage", 403, "Forbidden: bot was blocked by the user")
        daily = next(job for job in digest_jobs(bot)
                     if job.data == subscriptions(bot.store)[0].id)
        await daily.run(bot.app)
        assert subscriptions(bot.store) == [] and digest_jobs(bot) == []
        assert [row[-1] for row in subscription_rows(bot.store)] == [0, 0]

    run_bot(tmp_path, clock, scenario)


# --------------------------------------------------------------------------- progress uploads


def test_admin_progress_upload_previews_then_imports_and_answers(tmp_path, clock) -> None:
    async def scenario(bot: Bot) -> None:
        preview = await upload(bot, ADMIN, PROGRESS_CSV.name, PROGRESS_CSV.read_bytes())
        assert preview["text"] == "\n".join([
            "进度导入预览：progress_zonggonghui_2026.csv",
            "填报人：User1001（记入每条进度）",
            "共 16 条进度：",
            "• 东莞市总工会 2026 年：16 条",
            "示例：",
            "• 产业工人建设经费：3,600,000 元（截至 2026-06-30）；上半年拨付",
            "• 劳模专项工作经费：700,000 元（截至 2026-06-30）",
            "• 送温暖活动经费：500,000 元（截至 2026-06-30）；春节慰问已支出",
            "• 工会服务职工推广项目：1,200,000 元（截至 2026-06-30）",
            "• 开展技能培训：150人（截至 2026-03-31）；第一季度",
            "• ……另有 11 条",
            "确认导入后记入进度：以前填报的记录保留，每项以截至日期最新的一条为准。",
        ])
        assert [label for label, _ in buttons(preview)] == ["确认导入", "取消"]
        assert report_count(bot.store) == 0
        bot.api.press_button(ADMIN, preview, buttons(preview)[0][1])
        await bot.api.wait_for(
            lambda: bot.api.messages_to(ADMIN)[0]["text"].startswith("已导入进度"))
        done = bot.api.messages_to(ADMIN)[0]
        assert done["text"] == (
            "已导入进度：progress_zonggonghui_2026.csv，共 16 条（东莞市总工会 2026 年 16 条）。\n"
            "现在就可以提问，例如“开展技能培训完成了多少”，或发送 /digest 查看进度摘要。")
        assert "reply_markup" not in done
        assert report_count(bot.store) == 16
        answer = await bot.say(USER, "开展技能培训完成了多少")
        assert answer["text"].splitlines()[0] == (
            "开展技能培训：目标 ≥660人，已完成 200人（截至 2026-06-15），完成年度目标 30.3%，"
            "进度比 60.8%")
        assert f"进度来源：User{ADMIN}（聊天上传）" in answer["text"]

    run_bot(tmp_path, clock, scenario, progress=False)


def test_an_xlsx_progress_file_is_told_apart_by_its_header_and_can_be_cancelled(tmp_path, clock
                                                                               ) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["2026 年上半年进度"])  # a title row above the header is fine
    sheet.append(["部门", "年度", "名称", "截至日期", "完成值", "备注"])
    sheet.append(["总工会", 2026, "开展技能培训", "2026-06-30", "300人", ""])
    sheet.append(["总工会", 2026, "送温暖活动经费", "2026-06-30", 2000000, "超支"])
    buffer = io.BytesIO()
    workbook.save(buffer)

    async def scenario(bot: Bot) -> None:
        preview = await upload(bot, ADMIN, "进度.xlsx", buffer.getvalue())
        assert preview["text"] == "\n".join([
            "进度导入预览：进度.xlsx",
            "填报人：User1001（记入每条进度）",
            "共 2 条进度：",
            "• 东莞市总工会 2026 年：2 条",
            "示例：",
            "• 开展技能培训：300人（截至 2026-06-30）",
            "• 送温暖活动经费：2,000,000 元（截至 2026-06-30）；超支",
            "请注意：",
            "• 第 4 行：送温暖活动经费已支出 2,000,000 元，超过拟投入资金 1,950,000 元",
            "确认导入后记入进度：以前填报的记录保留，每项以截至日期最新的一条为准。",
        ])
        bot.api.press_button(ADMIN, preview, buttons(preview)[1][1])
        await bot.api.wait_for(lambda: bot.api.messages_to(ADMIN)[0]["text"].startswith("已取消"))
        assert report_count(bot.store) == 0

    run_bot(tmp_path, clock, scenario, progress=False)


def test_a_bad_progress_file_lists_its_rows_and_stores_nothing(tmp_path, clock) -> None:
    bad = "\n".join([
        "部门,年度,名称,截至日期,完成值,备注",
        "东莞市总工会,2026,开展技能培训,2026-06-30,200人,",
        "东莞市总工会,2026,年终奖,2026-06-30,5人,",
        "东莞市总工会,2026,开展技能培训,2026-06-31,200人,",
        "水务局,2026,开展技能培训,2026-06-30,200人,",
    ]).encode()
    many = ("部门,年度,名称,截至日期,完成值\n"
            + "".join(f"总工会,2026,不存在的指标{n},2026-06-30,1人\n" for n in range(25))).encode()

    async def scenario(bot: Bot) -> None:
        reply = await upload(bot, ADMIN, "进度.csv", bad)
        lines = reply["text"].splitlines()
        assert lines[0] == "进度文件“进度.csv”有 3 处错误，未导入任何数据："
        assert lines[1] == "第 3 行：找不到指标或任务“年终奖”（东莞市总工会 2026 年）"
        assert lines[2].startswith("第 4 行：") and lines[3].startswith("第 5 行：找不到部门“水务局”")
        assert lines[-1] == "请改正后重新发送整个文件。"
        assert "reply_markup" not in reply
        long = await upload(bot, ADMIN, "进度.csv", many)
        lines = long["text"].splitlines()
        assert lines[0] == "进度文件“进度.csv”有 25 处错误，未导入任何数据："
        assert lines[1:21] == [f"第 {n + 2} 行：找不到指标或任务“不存在的指标{n}”（东莞市总工会 2026 年）"
                               for n in range(20)]
        assert lines[21:] == ["……另有 5 处错误未列出。", "请改正后重新发送整个文件。"]
        assert report_count(bot.store) == 0

    run_bot(tmp_path, clock, scenario, progress=False)


def test_non_admins_may_neither_report_nor_upload_progress(tmp_path, clock) -> None:
    async def scenario(bot: Bot) -> None:
        assert (await bot.say(USER, "/report 开展技能培训 320人"))["text"] == REPORT_REFUSED_TEXT
        bot.api.send_document(USER, PROGRESS_CSV.name, PROGRESS_CSV.read_bytes())
        refusal = (await bot.api.wait_for_messages(USER, 2))[1]
        assert refusal["text"].startswith("抱歉，只有管理员可以导入绩效目标表，文件没有被导入。")
        assert bot.api.calls("getFile") == []
        assert report_count(bot.store) == 0

    run_bot(tmp_path, clock, scenario, progress=False)


def test_report_by_an_admin_is_stored_and_answered(tmp_path, clock) -> None:
    async def scenario(bot: Bot) -> None:
        reply = await bot.say(ADMIN, "/report 开展技能培训 320人")
        assert reply["text"] == (
            "已记录：东莞市总工会 2026 年 · 开展技能培训：320人（截至 2026-07-01）\n"
            "填报人：User1001\n"
            "当前状态：正常\n"
            "🟢 开展技能培训：320人 / 目标 ≥660人（完成 48%）")
        money = await bot.say(ADMIN, "/report 总工会 送温暖活动经费 800000 2026-06-30")
        assert money["text"] == (
            "已记录：东莞市总工会 2026 年 · 送温暖活动经费：800,000 元（截至 2026-06-30）\n"
            "填报人：User1001\n"
            "当前状态：正常\n"
            "🟢 送温暖活动经费：已支出 80万元 / 195万元（41%）")
        answer = await bot.say(USER, "开展技能培训完成了多少")
        assert "已完成 320人（截至 2026-07-01）" in answer["text"]
        assert f"进度来源：User{ADMIN}（聊天上传）" in answer["text"]
        assert (await bot.say(ADMIN, "/report"))["text"] == REPORT_USAGE
        wrong = await bot.say(ADMIN, "/report 开展技能培训 很多")
        assert wrong["text"].startswith("无法识别完成值“很多”")
        assert report_count(bot.store) == 2

    run_bot(tmp_path, clock, scenario, progress=False)


# --------------------------------------------------------------------------- reporters


def two_departments(path: Path) -> Store:
    """总工会 (the seed) and 科学技术局 2026."""
    store = make_store(path, progress=False)
    table = to_table(BY_SLUG["kejiju_2026"])
    store.import_table(table, source_name="kejiju_2026.xlsx", sha256="k", imported_by="t")
    return store


def test_a_reporter_reports_for_their_own_department_only(tmp_path, clock) -> None:
    store = two_departments(tmp_path / "jixiao.db")

    async def scenario(bot: Bot) -> None:
        own = await bot.say(REPORTER, "/report 科技创新券补助 300万元")
        assert own["text"].splitlines()[:2] == [
            "已记录：东莞市科学技术局 2026 年 · 科技创新券补助：3,000,000 元（截至 2026-07-01）",
            "填报人：User3003"]
        named = await bot.say(REPORTER, "/report 总工会 开展技能培训 320人")
        assert named["text"] == "您只能填报东莞市科学技术局的进度，不能填报东莞市总工会的。"
        unnamed = await bot.say(REPORTER, "/report 开展技能培训 320人")
        assert unnamed["text"] == ("“开展技能培训”是东莞市总工会的指标或任务；"
                                   "您只能填报东莞市科学技术局的进度，不能填报东莞市总工会的。")
        assert (await bot.say(USER, "/report 开展技能培训 320人"))["text"] == REPORT_REFUSED_TEXT
        by_admin = await bot.say(ADMIN, "/report 开展技能培训 320人")
        assert by_admin["text"].startswith("已记录：东莞市总工会 2026 年 · 开展技能培训：320人")
        help_text = (await bot.say(REPORTER, "/help"))["text"]
        assert "/report — 填报进度" in help_text and "/rollback" not in help_text
        menu = [c["command"] for c in bot.api.commands({"type": "chat", "chat_id": REPORTER})]
        assert menu[-1] == "report"

    run_bot(tmp_path, clock, scenario, store=store, reporters={REPORTER: ("科技局",)})
    assert [(r[0], r[1]) for r in store.db.execute(
        "SELECT name, reporter_name FROM progress_reports ORDER BY id")] == [
        ("科技创新券补助", "User3003"), ("开展技能培训", "User1001")]


def test_a_reporters_upload_is_checked_row_by_row_against_their_departments(tmp_path, clock
                                                                             ) -> None:
    store = two_departments(tmp_path / "jixiao.db")
    mixed = "\n".join([
        "部门,年度,名称,截至日期,完成值",
        "科技局,2026,科技创新券补助,2026-06-30,300万元",
        "总工会,2026,开展技能培训,2026-06-30,200人",
    ]).encode()
    own = "部门,年度,名称,截至日期,完成值\n科技局,2026,科技创新券补助,2026-06-30,300万元\n".encode()

    async def scenario(bot: Bot) -> None:
        refused = await upload(bot, REPORTER, "进度.csv", mixed)
        assert refused["text"].splitlines()[:2] == [
            "进度文件“进度.csv”有 1 处错误，未导入任何数据：",
            "第 3 行：您只能填报东莞市科学技术局的进度，不能填报东莞市总工会的"]
        preview = await upload(bot, REPORTER, "进度.csv", own)
        assert preview["text"].splitlines()[:3] == [
            "进度导入预览：进度.csv", "填报人：User3003（记入每条进度）", "共 1 条进度："]
        bot.api.press_button(REPORTER, preview, buttons(preview)[0][1])
        await bot.api.wait_for(
            lambda: bot.api.messages_to(REPORTER)[1]["text"].startswith("已导入进度"))
        table = await upload(bot, REPORTER, "kejiju.xlsx",
                             (FIXTURE_DIR / "kejiju_2026.xlsx").read_bytes())
        assert table["text"] == f"{REPORTER_TABLE_REFUSED}\n未导入任何数据。"

    run_bot(tmp_path, clock, scenario, store=store, reporters={REPORTER: ("科技局",)})
    assert [tuple(r) for r in store.db.execute(
        "SELECT department, name, reporter, reporter_name FROM progress_reports")] == [
        ("东莞市科学技术局", "科技创新券补助", f"telegram:{REPORTER}", "User3003")]


# --------------------------------------------------------------------------- exports


def test_export_progress_gives_everyone_the_digest_as_a_flat_xlsx(tmp_path, clock) -> None:
    async def scenario(bot: Bot) -> None:
        reply = await bot.say(USER, "/export progress")
        assert reply["caption"].startswith("进度摘要（2026-07-01）：25 项，每行一项")
        [document] = bot.api.documents_to(USER)
        assert document.filename == "绩效进度_20260701.xlsx"
        sheet = openpyxl.load_workbook(io.BytesIO(document.content)).active
        assert [cell.value for cell in sheet[1]] == [
            "部门", "名称", "目标", "实际", "单位", "比率", "状态", "截至日期", "填报人"]
        assert [cell.value for cell in sheet[2]][:4] == ["东莞市总工会", "帮扶困难职工数", "≥90人", 20]
        assert sheet.max_row == 26
        refused = await bot.say(USER, "/export")  # the tables themselves stay for admins
        assert refused["text"] == ADMIN_ONLY

    run_bot(tmp_path, clock, scenario)


def test_subscribe_status_lists_each_subscription_with_its_last_delivery(tmp_path, clock
                                                                        ) -> None:
    async def scenario(bot: Bot) -> None:
        assert (await bot.say(USER, "/subscribe status"))["text"] == (
            "本会话没有订阅定时摘要。订阅：/subscribe")
        await bot.say(USER, "/subscribe")
        clock.now = JULY_1_MORNING.replace(hour=9, minute=0, second=3)
        await digest_jobs(bot)[0].run(bot.app)
        status = await bot.say(USER, "/subscribe 状态")
        assert status["text"] == "\n".join([
            "本会话的订阅（1 个）：",
            "• 每天 09:00 发送全部部门的进度摘要",
            "  下次发送：2026-07-02（星期四）09:00",
            "  上次送达：2026-07-01 09:00（2026-07-01 的摘要）"])

    run_bot(tmp_path, clock, scenario)
