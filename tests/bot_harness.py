"""What the bot's end-to-end tests share: the real application from ``build_application``
running against the fake Bot API server (tests/botapi.py) on 127.0.0.1, and a small driver
that talks to it as users do."""

from __future__ import annotations

import asyncio
import functools
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from telegram.ext import AIORateLimiter, Application

from bot.app import build_application
from bot.config import Settings
from data.db import Store
from nlp.engine import Engine
from nlp.tokenizer import Tokenizer
from tests.botapi import FakeBotApi, running_application

ROOT = Path(__file__).resolve().parent.parent
FIXTURE_DIR = ROOT / "tests" / "fixtures"
SEED = ROOT / "data" / "samples" / "dongguan_zonggonghui_2026.txt"
TOKEN = "123456:TEST-TOKEN"
ADMIN, OTHER_ADMIN, USER = 1001, 1002, 2002
GROUP = -100500
POLL_TIMEOUT = 0.5


@functools.cache
def shared_tokenizer() -> Tokenizer:
    """jieba takes most of a second to load; one tokenizer serves every test's engine."""
    return Tokenizer()


def unlimited() -> AIORateLimiter:
    """Outgoing messages not rate-limited (0 disables each of PTB's limits)."""
    return AIORateLimiter(overall_max_rate=0, group_max_rate=0)


@dataclass
class Bot:
    """What a scenario gets: the server, the application and the store behind it."""

    api: FakeBotApi
    app: Application
    store: Store

    async def say(self, user: int, text: str, **kwargs) -> dict:
        """Send ``text`` and return the bot's next new message in that chat."""
        return (await self.say_and_collect(user, text, 1, **kwargs))[0]

    async def say_and_collect(self, user: int, text: str, count: int, **kwargs) -> list[dict]:
        """Send ``text`` and return the bot's next ``count`` new messages in that chat."""
        chat = kwargs.get("chat_id", user)
        before = len(self.api.messages_to(chat))
        self.api.send_text(user, text, **kwargs)
        return (await self.api.wait_for_messages(chat, before + count))[before:]

    async def idle(self) -> None:
        """Wait until every queued update was fetched and every handler finished."""
        await self.api.wait_for(lambda: self.api.pending_update_count == 0)
        while self.app.update_queue.qsize() or self.app._update_processor.current_concurrent_updates:
            await asyncio.sleep(0.01)
        await self.api.wait_for(lambda: self.api.pending_update_count == 0)


@asynccontextmanager
async def started_bot(
    api: FakeBotApi,
    store: Store,
    *,
    engine: Engine | None = None,
    rate_limiter: AIORateLimiter | None = None,
    clock: Callable[[], datetime] | None = None,
    **settings_changes,
) -> AsyncIterator[Bot]:
    """The real application on ``store``, polling ``api`` until the block ends."""
    settings = Settings(token=TOKEN, db_path=Path(store.path), db_is_default=False,
                        api_url=api.base_url, file_url=api.base_file_url,
                        admins=frozenset({ADMIN, OTHER_ADMIN}))
    settings = replace(settings, **settings_changes)
    engine = engine or Engine(store, tokenizer=shared_tokenizer())
    extra = {"clock": clock} if clock is not None else {}
    app = build_application(settings, store, engine, rate_limiter=rate_limiter, **extra)
    async with running_application(app, poll_timeout=POLL_TIMEOUT):
        yield Bot(api, app, store)


def buttons(message: dict) -> list[tuple[str, str]]:
    """(text, callback data) of every inline button under a message."""
    rows = message.get("reply_markup", {}).get("inline_keyboard", [])
    return [(b["text"], b["callback_data"]) for row in rows for b in row]


def button_data(message: dict, label: str) -> str:
    """The callback data of the button whose label contains ``label``."""
    matches = [data for text, data in buttons(message) if label in text]
    if len(matches) != 1:
        raise AssertionError(f"{len(matches)} buttons {label!r} in {buttons(message)}")
    return matches[0]


async def press(bot: Bot, user: int, message: dict, label: str) -> dict:
    """Press the button ``label`` under ``message`` and return the message once edited."""
    edits = len(bot.api.calls("editMessageText"))
    query_id = bot.api.press_button(user, message, button_data(message, label))
    await bot.api.wait_for(lambda: bot.api.callback_answer(query_id) is not None)
    await bot.idle()
    await bot.api.wait_for(lambda: len(bot.api.calls("editMessageText")) > edits
                           or bot.api.callback_answer(query_id).get("text"))
    chat = message["chat"]["id"]
    return next(m for m in bot.api.messages_to(chat) if m["message_id"] == message["message_id"])


def bold_text(message: dict) -> list[str]:
    """The parts of a message shown in bold (UTF-16 offsets, as Telegram gives them)."""
    encoded = message["text"].encode("utf-16-le")
    return [encoded[e["offset"] * 2:(e["offset"] + e["length"]) * 2].decode("utf-16-le")
            for e in message.get("entities", []) if e["type"] == "bold"]
