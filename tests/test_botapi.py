"""Tests of the fake Bot API harness (tests/botapi.py) driven by the REAL PTB ``Application``.

The bot here is a trivial echo bot defined in this file; the point is to prove that PTB's
request encoding, long polling, file download/upload and callback flow all work against the
fake server, in both the in-loop (``async with``) and background-thread (``with``) modes.
"""

from __future__ import annotations

import asyncio
import json
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Awaitable, Callable, Iterator

import pytest
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.error import BadRequest, RetryAfter
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from tests.botapi import FakeBotApi, running_application

TOKEN = "123:ABC"
POLL_TIMEOUT = 1  # seconds of server-side long polling; keeps shutdown fast
XLSX_BYTES = b"PK\x03\x04" + bytes(range(256)) * 40  # fake but binary, non-UTF-8 content


# --------------------------------------------------------------------------- the echo bot
async def _start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    keyboard = InlineKeyboardMarkup(
        [[InlineKeyboardButton("2024 年度", callback_data="year:2024")]]
    )
    await update.effective_message.reply_text("请选择年度", reply_markup=keyboard)


async def _report(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await update.effective_chat.send_action("upload_document")
    await update.effective_message.reply_document(
        XLSX_BYTES, filename="绩效目标表.xlsx", caption="<b>报表</b> 已生成", parse_mode="HTML"
    )


async def _on_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    await query.answer("已收到")
    await query.edit_message_text(f"已选择 {query.data}")


async def _on_document(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    document = update.message.document
    data = await (await document.get_file()).download_as_bytearray()
    await update.message.reply_text(f"收到 {document.file_name}: {len(data)} 字节")


async def _echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await update.message.reply_text(f"echo: {update.message.text}")


async def _post_init(app: Application) -> None:
    await app.bot.set_my_commands([("start", "开始"), ("report", "生成报表")])


def build_app(api: FakeBotApi, concurrent: bool | int = False) -> Application:
    app = (
        Application.builder()
        .token(TOKEN)
        .base_url(api.base_url)
        .base_file_url(api.base_file_url)
        .concurrent_updates(concurrent)
        .post_init(_post_init)
        .build()
    )
    app.add_handler(CommandHandler("start", _start))
    app.add_handler(CommandHandler("report", _report))
    app.add_handler(CallbackQueryHandler(_on_button))
    app.add_handler(MessageHandler(filters.Document.ALL, _on_document))
    app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, _echo))
    return app


def run_scenario(scenario: Callable[[FakeBotApi, Application], Awaitable[None]]) -> None:
    """Start the server in this loop, run the bot with polling, run ``scenario``, shut down."""

    async def main() -> None:
        async with FakeBotApi() as api:
            app = build_app(api)
            async with running_application(app, poll_timeout=POLL_TIMEOUT):
                await scenario(api, app)

    asyncio.run(main())


@pytest.fixture
def fake_bot_api() -> Iterator[FakeBotApi]:
    """The server in thread mode (kept here, not in conftest.py, which other suites own)."""
    with FakeBotApi() as api:
        yield api


# --------------------------------------------------------------------------- PTB end-to-end
def test_echo_round_trip_and_startup_calls() -> None:
    async def scenario(api: FakeBotApi, app: Application) -> None:
        api.send_text(42, "2024年 项目支出 绩效目标?")
        [reply] = await api.wait_for_messages(42, 1)
        assert reply["text"] == "echo: 2024年 项目支出 绩效目标?"
        assert reply["from"]["is_bot"] and reply["from"]["username"] == api.bot_username
        assert "reply_to_message" not in reply  # PTB 22 only quotes by default in groups
        assert app.bot.username == api.bot_username
        # In a group PTB sends reply_parameters, so the reply references the user's message.
        question = api.send_text(42, "群里的问题", chat_id=-100, chat_type="group")
        [group_reply] = await api.wait_for_messages(-100, 1)
        assert group_reply["reply_to_message"]["message_id"] == question["message_id"]
        assert group_reply["chat"] == {"id": -100, "type": "group", "title": "Chat -100"}
        assert [c.method for c in api.sent][:2] == ["getMe", "setMyCommands"]

    run_scenario(scenario)


def test_command_and_set_my_commands() -> None:
    async def scenario(api: FakeBotApi, app: Application) -> None:
        api.send_text(7, "/start")
        [reply] = await api.wait_for_messages(7, 1)
        assert reply["text"] == "请选择年度"
        assert [c["command"] for c in api.commands()] == ["start", "report"]
        assert api.calls("setMyCommands")[0].params["commands"][1]["description"] == "生成报表"
        assert [c.command for c in await app.bot.get_my_commands()] == ["start", "report"]
        assert await app.bot.delete_my_commands()
        assert api.commands() == []

    run_scenario(scenario)


def test_inline_keyboard_button_press_answers_and_edits() -> None:
    async def scenario(api: FakeBotApi, app: Application) -> None:
        api.send_text(7, "/start")
        [menu] = await api.wait_for_messages(7, 1)
        assert menu["reply_markup"]["inline_keyboard"][0][0]["callback_data"] == "year:2024"
        query_id = api.press_button(7, menu, "year:2024")
        await api.wait_for(lambda: api.calls("editMessageText"))
        assert api.callback_answer(query_id)["text"] == "已收到"
        [edited] = api.messages_to(7)
        assert edited["message_id"] == menu["message_id"]
        assert edited["text"] == "已选择 year:2024"
        assert "reply_markup" not in edited and "edit_date" in edited
        with pytest.raises(ValueError):
            api.press_button(7, menu, "not-a-button")

    run_scenario(scenario)


def test_document_upload_is_downloaded_by_bot_via_get_file() -> None:
    async def scenario(api: FakeBotApi, app: Application) -> None:
        api.send_document(9, "预算表.xlsx", XLSX_BYTES, mime_type="application/vnd.ms-excel")
        [reply] = await api.wait_for_messages(9, 1)
        assert reply["text"] == f"收到 预算表.xlsx: {len(XLSX_BYTES)} 字节"
        assert [c.method for c in api.sent].count("getFile") == 1

    run_scenario(scenario)


def test_bot_sent_document_is_stored() -> None:
    async def scenario(api: FakeBotApi, app: Application) -> None:
        api.send_text(5, "/report")
        [msg] = await api.wait_for_messages(5, 1)
        assert msg["caption"] == "报表 已生成"  # HTML markup stripped like Telegram does
        [doc] = api.documents_to(5)
        assert doc.filename == "绩效目标表.xlsx" and doc.content == XLSX_BYTES
        assert api.calls("sendChatAction")[0].params["action"] == "upload_document"
        assert api.calls("sendDocument")[0].files["document"] is doc

    run_scenario(scenario)


@pytest.mark.filterwarnings("ignore:Deprecated since version v22.2")  # RetryAfter.retry_after
def test_api_errors_surface_as_ptb_exceptions() -> None:
    async def scenario(api: FakeBotApi, app: Application) -> None:
        api.send_text(3, "hi")
        await api.wait_for_messages(3, 1)
        with pytest.raises(BadRequest, match="(?i)reserved"):
            await app.bot.send_message(3, "1.5%", parse_mode="MarkdownV2")
        with pytest.raises(BadRequest, match="(?i)unsupported start tag"):
            await app.bot.send_message(3, "a<br>b", parse_mode="HTML")
        with pytest.raises(BadRequest, match="(?i)chat not found"):
            await app.bot.send_message(999, "nobody")
        api.inject_error("sendMessage", 429, "Too Many Requests: retry after 1", retry_after=1)
        with pytest.raises(RetryAfter):
            await app.bot.send_message(3, "throttled")
        ok = await app.bot.send_message(3, r"1\.5%", parse_mode="MarkdownV2")
        assert ok.text == "1.5%"

    run_scenario(scenario)


# --------------------------------------------------------------------------- thread mode
def test_burst_of_200_messages_from_20_users_thread_mode() -> None:
    """Server in a thread, bot in ``asyncio.run`` in the main thread, cross-loop waiting."""
    users = range(1000, 1020)

    async def main(api: FakeBotApi) -> None:
        app = build_app(api, concurrent=20)  # >~100 in flight: httpcore pool is O(n^2)
        async with running_application(app, poll_timeout=POLL_TIMEOUT):
            for i in range(10):
                for uid in users:
                    api.send_text(uid, f"问题 {i}")
            for uid in users:
                await api.wait_for_messages(uid, 10, timeout=10)

    with FakeBotApi() as api:
        started = time.monotonic()
        asyncio.run(main(api))
        elapsed = time.monotonic() - started
        for uid in users:
            assert sorted(api.texts_to(uid)) == sorted(f"echo: 问题 {i}" for i in range(10))
        assert len(api.calls("sendMessage")) == 200
        assert api.pending_update_count == 0  # final getUpdates confirmed everything
    assert elapsed < 10


def test_fully_synchronous_driving_with_bot_in_another_thread(fake_bot_api: FakeBotApi) -> None:
    """The benchmark style: bot runs in its own thread, the test thread only uses sync calls."""
    api = fake_bot_api
    stop = threading.Event()

    async def run_bot() -> None:
        async with running_application(build_app(api), poll_timeout=POLL_TIMEOUT):
            while not stop.is_set():
                await asyncio.sleep(0.01)

    bot_thread = threading.Thread(target=asyncio.run, args=(run_bot(),))
    bot_thread.start()
    try:
        api.send_text(11, "你好")
        assert api.wait_for_messages_sync(11, 1)[0]["text"] == "echo: 你好"
        api.send_text(11, "/start")
        menu = api.wait_for_messages_sync(11, 2)[1]
        api.press_button(11, menu, "year:2024")
        api.wait_for_sync(lambda: api.messages_to(11)[1]["text"].startswith("已选择"))
    finally:
        stop.set()
        bot_thread.join(10)
    assert not bot_thread.is_alive()


# --------------------------------------------------------------------------- raw HTTP
def _post(url: str, params: dict[str, object]) -> tuple[int, dict]:
    body = json.dumps(params).encode()
    request = urllib.request.Request(url, body, {"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=10) as resp:
            return resp.status, json.loads(resp.read())
    except urllib.error.HTTPError as err:
        return err.code, json.loads(err.read())


def test_unknown_method_and_long_polling_semantics(fake_bot_api: FakeBotApi) -> None:
    api = fake_bot_api
    base = f"{api.base_url}{TOKEN}"
    assert _post(f"{base}/fooBar", {}) == (
        404,
        {"ok": False, "error_code": 404, "description": "Not Found: method not found"},
    )

    started = time.monotonic()
    assert _post(f"{base}/getUpdates", {"timeout": 0.3}) == (200, {"ok": True, "result": []})
    assert 0.25 < time.monotonic() - started < 2  # waited for the timeout, not longer

    # A waiting poll returns as soon as an update is queued.
    threading.Timer(0.2, api.send_text, args=(1, "late")).start()
    started = time.monotonic()
    _, body = _post(f"{base}/getUpdates", {"timeout": 5})
    assert time.monotonic() - started < 2
    [update] = body["result"]
    assert update["message"]["text"] == "late"

    api.send_text(1, "second")
    _, body = _post(f"{base}/getUpdates", {"offset": update["update_id"] + 1, "limit": 1})
    assert [u["message"]["text"] for u in body["result"]] == ["second"]
    _, body = _post(f"{base}/getUpdates", {"allowed_updates": ["callback_query"]})
    assert body["result"] == []


def test_shutdown_wakes_waiting_long_poll() -> None:
    api = FakeBotApi().start_in_thread()
    result: list[tuple[int, dict]] = []
    poller = threading.Thread(
        target=lambda: result.append(_post(f"{api.base_url}{TOKEN}/getUpdates", {"timeout": 30}))
    )
    poller.start()
    time.sleep(0.2)
    started = time.monotonic()
    api.stop_thread()
    poller.join(5)
    assert time.monotonic() - started < 3
    assert result == [(200, {"ok": True, "result": []})]
