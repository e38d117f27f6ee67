"""Scheduled digests are delivered exactly once and never lost: the outbox against a fake Bot API
that answers 500 and 429, hangs for 45 s, or loses the bot to a kill -9 mid-send.

The bot's clock runs (from a set moment, at real speed) so that retries wait real, short
times: ``JIXIAO_DIGEST_RETRY`` of 0.2, 0.4 and 0.8 s instead of 1, 5, 15 and 60 minutes, and a
0.5 s client timeout instead of 30 s.
"""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from bot.digests import JOB_PREFIX
from data import outbox
from data.clock import TIMEZONE
from data.db import Store
from data.digest import subscribe, subscriptions
from data.importing import import_file
from data.progress import import_progress_file
from nlp.engine import Engine
from tests.bot_harness import SEED, TOKEN, USER, Bot, shared_tokenizer, started_bot, unlimited
from tests.botapi import FakeBotApi, SentCall
from tests.conftest import FIXTURES, ROOT

PROGRESS_CSV = FIXTURES / "progress_zonggonghui_2026.csv"
FAST = {"digest_retry": (0.2, 0.4, 0.8), "send_timeout": 0.5}
EIGHT = datetime(2026, 7, 1, 8, 0, tzinfo=TIMEZONE)
NINE = EIGHT.replace(hour=9, second=1)


class RunningClock:
    """A clock that starts at a set moment and runs at real speed (retries wait real time)."""

    def __init__(self, start: datetime) -> None:
        self.set(start)

    def set(self, moment: datetime) -> None:
        self.start, self.started = moment, time.monotonic()

    def __call__(self) -> datetime:
        return self.start + timedelta(seconds=time.monotonic() - self.started)


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> RunningClock:
    clock = RunningClock(EIGHT)
    monkeypatch.setattr("data.digest.now_iso", lambda: clock().isoformat(timespec="seconds"))
    return clock


def seeded(path: Path) -> Store:
    store = Store(path)
    import_file(store, SEED, "test")
    import_progress_file(store, PROGRESS_CSV, "张三", today=EIGHT.date())
    return store


def run(tmp_path: Path, clock: RunningClock, scenario: Callable[[Bot], Awaitable[None]],
        **settings) -> Store:
    store = seeded(tmp_path / "jixiao.db")

    async def main() -> None:
        engine = Engine(store, today=lambda: clock().date(), tokenizer=shared_tokenizer())
        async with FakeBotApi() as api, started_bot(api, store, engine=engine,
                                                    rate_limiter=unlimited(), clock=clock,
                                                    **{**FAST, **settings}) as bot:
            await scenario(bot)

    asyncio.run(main())
    return store


async def subscribe_and_fire(bot: Bot, clock: RunningClock, fault: Callable[[FakeBotApi], None],
                             moment: datetime = NINE) -> int:
    """Subscribe USER (daily at 09:00, at 08:00), make Telegram misbehave with ``fault``, then
    fire the job at ``moment``; returns how many messages USER had before the digest."""
    await bot.say(USER, "/subscribe")
    before = len(bot.api.messages_to(USER))
    fault(bot.api)
    clock.set(moment)
    [job] = list(bot.app.job_queue.jobs(f"^{JOB_PREFIX}"))
    await job.run(bot.app)
    return before


def attempts(api: FakeBotApi, method: str) -> list[int | None]:
    """Outcomes of the digest's calls of ``method`` to USER: None for delivered, else the
    error code (the /subscribe reply is not a digest call)."""
    return [None if c.error is None else c.error.code for c in api.calls(method)
            if c.params.get("chat_id") == USER and "已订阅" not in str(c.params.get("text"))]


def rows(store: Store) -> list[tuple]:
    return [(str(m.part.kind), str(m.status), m.attempts) for m in outbox.messages(store)]


def test_a_digest_failing_with_http_500_is_retried_until_it_is_delivered_once(tmp_path, clock):
    async def scenario(bot: Bot) -> None:
        before = await subscribe_and_fire(bot, clock, lambda api: api.inject_error(
            "sendMessage", 500, "Internal Server Error", times=2))
        await bot.api.wait_for_messages(USER, before + 2, timeout=10)
        calls = [c for c in bot.api.calls("sendMessage") if c.params["chat_id"] == USER][1:]
        assert attempts(bot.api, "sendMessage") == [500, 500, None]
        assert attempts(bot.api, "sendPhoto") == [None]
        waits = [round(b.at - a.at, 1) for a, b in zip(calls, calls[1:], strict=False)]
        assert waits[0] >= 0.2 and waits[1] >= 0.4  # 1, 5, 15, 60 minutes in production
        await asyncio.sleep(1.0)  # nothing else goes out later
        assert len(bot.api.messages_to(USER)) == before + 2

    store = run(tmp_path, clock, scenario)
    assert rows(store) == [("text", "sent", 3), ("photo", "sent", 1)]


def test_a_429_waits_as_long_as_telegram_asks(tmp_path, clock):
    async def scenario(bot: Bot) -> None:
        before = await subscribe_and_fire(bot, clock, lambda api: api.inject_error(
            "sendMessage", 429, "Too Many Requests: retry after 1", retry_after=1))
        await bot.api.wait_for_messages(USER, before + 2, timeout=10)
        refused, delivered = [c for c in bot.api.calls("sendMessage")
                              if c.params["chat_id"] == USER][1:]
        assert refused.error.code == 429 and delivered.error is None
        assert delivered.at - refused.at >= 1.0  # retry_after, not the 0.2 s backoff

    store = run(tmp_path, clock, scenario)
    assert rows(store) == [("text", "sent", 2), ("photo", "sent", 1)]


def test_a_send_hanging_45_seconds_times_out_and_is_retried_once(tmp_path, clock):
    async def scenario(bot: Bot) -> None:
        started = time.monotonic()
        before = await subscribe_and_fire(bot, clock,
                                          lambda api: api.inject_delay("sendMessage", 45))
        await bot.api.wait_for_messages(USER, before + 2, timeout=10)
        assert time.monotonic() - started < 5  # the 0.5 s client timeout, not 45 s
        assert attempts(bot.api, "sendMessage") == [499, None]  # the hung one never landed
        assert bot.api.held == 0

    store = run(tmp_path, clock, scenario)
    assert rows(store) == [("text", "sent", 2), ("photo", "sent", 1)]


def test_a_chart_that_fails_is_retried_on_its_own(tmp_path, clock):
    async def scenario(bot: Bot) -> None:
        before = await subscribe_and_fire(bot, clock, lambda api: api.inject_error(
            "sendPhoto", 502, "Bad Gateway", times=2))
        await bot.api.wait_for_messages(USER, before + 2, timeout=10)
        assert attempts(bot.api, "sendMessage") == [None]  # the text went once
        assert attempts(bot.api, "sendPhoto") == [502, 502, None]
        await bot.api.wait_for(lambda: rows(bot.store)[-1][1] == "sent")
        status = await bot.say(USER, "/subscribe status")
        assert status["text"].splitlines()[2:] == [
            "  下次发送：2026-07-02（星期四）09:00", f"  上次送达：{_sent_at(bot)}（2026-07-01 的摘要）"]

    store = run(tmp_path, clock, scenario)
    assert rows(store) == [("text", "sent", 1), ("photo", "sent", 3)]


def _sent_at(bot: Bot) -> str:
    last = max(m.sent_at for m in outbox.messages(bot.store))
    return f"{last:%Y-%m-%d %H:%M}"


def test_a_digest_still_failing_when_its_period_ends_is_given_up_and_shown(tmp_path, clock):
    async def scenario(bot: Bot) -> None:
        before = await subscribe_and_fire(
            bot, clock, lambda api: api.inject_error("sendMessage", 500, times=10),
            EIGHT.replace(hour=23, minute=59, second=59))
        await bot.api.wait_for(lambda: not any(
            m.status in ("pending", "sending") for m in outbox.messages(bot.store)), timeout=10)
        tried = attempts(bot.api, "sendMessage")  # a second or two of retries, then midnight
        assert tried and set(tried) == {500}
        assert len(bot.api.messages_to(USER)) == before
        bot.api.clear_faults()
        status = await bot.say(USER, "/subscribe status")
        assert status["text"].splitlines()[3:] == [
            "  上次送达：还没有送达过",
            f"  ❌ 2026-07-01 的摘要未能送达（尝试 {len(tried)} 次）：NetworkError: Internal "
            "Server Error；本期已结束，不再重试"]

    store = run(tmp_path, clock, scenario)
    assert [(kind, status) for kind, status, _ in rows(store)] == [("text", "failed"),
                                                                  ("photo", "failed")]


def test_while_a_send_is_failing_the_status_says_when_it_is_retried(tmp_path, clock):
    async def scenario(bot: Bot) -> None:
        await subscribe_and_fire(bot, clock, lambda api: api.inject_error("sendMessage", 500))
        status = await bot.say(USER, "/subscribe status")
        [line] = [line for line in status["text"].splitlines() if "⚠️" in line]
        retry_at = outbox.messages(bot.store)[0].next_attempt_at
        assert line == (f"  ⚠️ 发送失败 1 次，将于 {retry_at:%Y-%m-%d %H:%M} 重试："
                        "NetworkError: Internal Server Error")

    run(tmp_path, clock, scenario, digest_retry=(60.0,))  # still failing when we look


def test_a_message_left_sending_by_a_crash_is_sent_at_start_up_and_a_sent_one_is_not(
        tmp_path, clock):
    store = seeded(tmp_path / "jixiao.db")
    subscription = subscribe(store, USER, "daily", "09:00")
    with store.transaction() as db:  # subscribed yesterday
        db.execute("UPDATE subscriptions SET created_at = ?", ["2026-06-30T08:00:00+08:00"])
    [subscription] = subscriptions(store)
    parts = [outbox.Part(outbox.PartKind.TEXT, "摘要正文"),
             outbox.Part(outbox.PartKind.PHOTO, "图", photo=b"\x89PNG\r\n\x1a\n" + bytes(64))]
    assert outbox.enqueue_digest(store, subscription, NINE, parts)
    text, photo = outbox.messages(store)
    outbox.start_sending(store, text.id)
    outbox.mark_sent(store, text.id, NINE, 1)  # the text went out before the crash
    outbox.start_sending(store, photo.id)  # the crash came while the chart was being sent
    clock.set(NINE + timedelta(minutes=5))

    async def main() -> None:
        async with FakeBotApi() as api:
            api.register_chat(USER)
            engine = Engine(store, today=lambda: clock().date(), tokenizer=shared_tokenizer())
            async with started_bot(api, store, engine=engine, rate_limiter=unlimited(),
                                   clock=clock, **FAST):
                await api.wait_for(lambda: api.calls("sendPhoto"), timeout=10)
                await asyncio.sleep(0.3)
            assert [c.method for c in api.sent if c.params.get("chat_id") == USER] == [
                "sendPhoto"]

    asyncio.run(main())
    assert rows(store) == [("text", "sent", 1), ("photo", "sent", 2)]


# --------------------------------------------------------------------------- kill -9


def start_bot_process(api: FakeBotApi, db: Path, log: Path) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("JIXIAO_", "TELEGRAM_"))}
    env.update({"TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_API_URL": api.base_url,
                "TELEGRAM_FILE_URL": api.base_file_url, "JIXIAO_DB": str(db),
                "JIXIAO_DIGEST_RETRY": "0.2,0.4,0.8", "JIXIAO_SEND_TIMEOUT": "60",
                "JIXIAO_LOG_LEVEL": "INFO"})
    with log.open("wb") as output:  # the child keeps its own copy of the file
        return subprocess.Popen([sys.executable, str(ROOT / "run_bot.py")], env=env, cwd=ROOT,
                                stdout=output, stderr=subprocess.STDOUT)


def stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def delivered(api: FakeBotApi, chat_id: int, method: str) -> list[SentCall]:
    return [c for c in api.calls(method) if c.params.get("chat_id") == chat_id and c.error is None]


@pytest.mark.parametrize("killed_during", ["sendMessage", "sendPhoto"])
def test_a_bot_killed_mid_send_delivers_every_digest_exactly_once_after_restart(
        tmp_path, killed_during):
    """Two chats are due at start-up; the bot is killed (SIGKILL) while Telegram holds one of
    the sends. After a restart every digest message is there exactly once."""
    db = tmp_path / "jixiao.db"
    store = seeded(db)
    chats = (USER, USER + 1)
    for chat in chats:
        subscribe(store, chat, "daily", "00:00")
    with store.transaction() as tx:  # subscribed yesterday: today's digest is due now
        tx.execute("UPDATE subscriptions SET created_at = ?",
                   [(datetime.now(TIMEZONE) - timedelta(days=1)).isoformat(timespec="seconds")])
    store.close()
    with FakeBotApi(token=TOKEN) as api:
        for chat in chats:
            api.register_chat(chat)
        api.inject_delay(killed_during, 45)
        first = start_bot_process(api, db, tmp_path / "first.log")
        try:
            api.wait_for_sync(lambda: api.held, timeout=60)  # a send is hanging: kill now
            first.kill()
            first.wait(10)
            api.wait_for_sync(lambda: api.held == 0, timeout=10)
            second = start_bot_process(api, db, tmp_path / "second.log")
            try:
                api.wait_for_sync(lambda: all(
                    len(delivered(api, chat, "sendMessage")) >= 1
                    and len(delivered(api, chat, "sendPhoto")) >= 1 for chat in chats),
                    timeout=60)
                time.sleep(1.0)  # anything sent twice would show up by now
            finally:
                stop(second)
        finally:
            stop(first)
        for chat in chats:
            assert (len(delivered(api, chat, "sendMessage")),
                    len(delivered(api, chat, "sendPhoto"))) == (1, 1), chat
        assert [c.error.code for c in api.sent if c.error] == [499]  # the one killed send
    assert ("1 digest messages interrupted mid-send are sent again"
            in (tmp_path / "second.log").read_text(encoding="utf-8"))
    store = Store(db)
    assert {str(m.status) for m in outbox.messages(store)} == {"sent"}
    store.close()
