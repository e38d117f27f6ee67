"""A small, realistic fake of the Telegram Bot API server for end-to-end tests and benchmarks.

The real python-telegram-bot ``Application`` talks to it over HTTP on 127.0.0.1 through
``ApplicationBuilder().base_url(api.base_url).base_file_url(api.base_file_url)``, so the
whole PTB stack (request encoding, long polling, update dispatch, file download) is exercised
without touching the internet.

Two ways to run it:

* ``async with FakeBotApi() as api:`` -- server runs in the current event loop.
* ``with FakeBotApi() as api:`` -- server runs in a background thread with its own loop, so a
  plain synchronous test can ``asyncio.run(...)`` the bot in the main thread and drive/inspect
  the server with the ``*_sync`` helpers.

All state lives behind one re-entrant lock and every mutation broadcasts a change signal that
wakes long-polling ``getUpdates`` requests as well as sync and async waiters in any thread/loop.
Only stdlib + aiohttp are used so ``benchmarks/`` can import this module too.
"""

from __future__ import annotations

import asyncio
import contextlib
import copy
import itertools
import json
import re
import threading
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any, TypeVar

from aiohttp import web

__all__ = ["ApiError", "FakeBotApi", "SentCall", "StoredFile", "running_application"]

T = TypeVar("T")
Json = dict[str, Any]

#: Params PTB sends verbatim as strings; everything else is JSON-encoded (ints, bools, dicts).
# fmt: off
_STRING_PARAMS = frozenset({
    "text", "caption", "parse_mode", "callback_query_id", "file_id", "action",
    "inline_message_id", "url", "language_code", "business_connection_id",
    "message_effect_id", "emoji", "secret_token", "ip_address", "document", "photo", "video",
    "audio", "animation", "voice", "sticker", "thumbnail",
})
# fmt: on
_ALL_UPDATE_TYPES = ("message", "edited_message", "callback_query")
_MAX_TEXT = 4096
_MAX_DOWNLOAD = 20 * 1024 * 1024
_COMMAND_RE = re.compile(r"^/[A-Za-z0-9_]{1,32}(@\w+)?")
_BOT_COMMAND_RE = re.compile(r"^[a-z0-9_]{1,32}$")


class ApiError(Exception):
    """A Bot API error; rendered as ``{"ok": false, "error_code": ..., "description": ...}``."""

    def __init__(self, code: int, description: str, retry_after: int | None = None) -> None:
        super().__init__(description)
        self.code, self.description, self.retry_after = code, description, retry_after

    def payload(self) -> Json:
        body: Json = {"ok": False, "error_code": self.code, "description": self.description}
        if self.retry_after is not None:
            body["parameters"] = {"retry_after": self.retry_after}
        return body


@dataclass
class StoredFile:
    """A file known to the server: uploaded by a test user or by the bot."""

    file_id: str
    file_unique_id: str
    file_path: str
    content: bytes
    filename: str
    mime_type: str

    @property
    def size(self) -> int:
        return len(self.content)


@dataclass
class SentCall:
    """One bot-side API call, recorded for assertions (``getUpdates`` is not recorded)."""

    method: str
    params: Json
    files: dict[str, StoredFile] = field(default_factory=dict)
    result: Any = None
    error: ApiError | None = None
    at: float = field(default_factory=time.time)

    @property
    def message(self) -> Json | None:
        """The message returned by the call (a snapshot at call time), if any."""
        return (
            self.result if isinstance(self.result, dict) and "message_id" in self.result else None
        )


# --------------------------------------------------------------------------- text formatting
class _EntityError(Exception):
    pass


class _HtmlText(HTMLParser):
    """Strips Telegram-HTML to plain text, rejecting what Telegram rejects (e.g. ``<br>``)."""

    # fmt: off
    TAGS = frozenset({
        "b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span", "tg-spoiler",
        "a", "code", "pre", "blockquote", "tg-emoji",
    })
    # fmt: on

    ENTITY_TYPES = {"b": "bold", "strong": "bold", "i": "italic", "em": "italic",
                    "u": "underline", "ins": "underline", "s": "strikethrough",
                    "strike": "strikethrough", "del": "strikethrough", "code": "code",
                    "pre": "pre", "tg-spoiler": "spoiler", "blockquote": "blockquote"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.stack: list[tuple[str, int]] = []
        self.entities: list[Json] = []  # as Telegram reports them: UTF-16 offsets

    def _offset(self) -> int:
        return sum(_utf16_len(part) for part in self.parts)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in self.TAGS:
            raise _EntityError(f'Unsupported start tag "{tag}"')
        self.stack.append((tag, self._offset()))

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1][0] != tag:
            raise _EntityError(f'Unexpected end tag "{tag}"')
        _, start = self.stack.pop()
        length = self._offset() - start
        if length and tag in self.ENTITY_TYPES:
            self.entities.append({"type": self.ENTITY_TYPES[tag], "offset": start,
                                  "length": length})

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def _markdown_v2_text(text: str) -> str:
    """Validate MarkdownV2 the way Telegram does (reserved chars must be escaped)."""
    out: list[str] = []
    open_marks: list[str] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch == "\\" and i + 1 < n:
            out.append(text[i + 1])
            i += 2
            continue
        if ch == "`":
            fence = "```" if text.startswith("```", i) else "`"
            end = text.find(fence, i + len(fence))
            if end < 0:
                raise _EntityError(f"Can't find end of Pre entity at byte offset {i}")
            out.append(text[i + len(fence) : end])
            i = end + len(fence)
            continue
        mark = "||" if text.startswith("||", i) else "__" if text.startswith("__", i) else ch
        if mark in ("*", "_", "~", "||", "__"):
            if open_marks and open_marks[-1] == mark:
                open_marks.pop()
            else:
                open_marks.append(mark)
            i += len(mark)
            continue
        if ch == "[":
            m = re.match(r"\[([^\]]*)\]\(([^)]*)\)", text[i:])
            if not m:
                raise _EntityError(f"Can't find end of TextUrl entity at byte offset {i}")
            out.append(m.group(1).replace("\\", ""))
            i += m.end()
            continue
        if ch == ">" and (i == 0 or text[i - 1] == "\n"):
            i += 1
            continue
        if ch in "_*[]()~`>#+-=|{}.!":
            raise _EntityError(
                f"Character '{ch}' is reserved and must be escaped with the preceding '\\'"
            )
        out.append(ch)
        i += 1
    if open_marks:
        raise _EntityError(f"Can't find end of the entity starting with '{open_marks[-1]}'")
    return "".join(out)


def _visible_text(text: str, parse_mode: str | None) -> str:
    """What the user would see: formatting markup removed, invalid markup -> 400 like Telegram."""
    return _formatted_text(text, parse_mode)[0]


def _formatted_text(text: str, parse_mode: str | None) -> tuple[str, list[Json]]:
    """The visible text and, for HTML, its formatting entities (bold, …) as Telegram gives
    them in a Message."""
    try:
        mode = (parse_mode or "").lower()
        if mode == "html":
            parser = _HtmlText()
            parser.feed(text)
            parser.close()
            if parser.stack:
                raise _EntityError(
                    f'Can\'t find end tag corresponding to start tag "{parser.stack[-1][0]}"'
                )
            entities = sorted(parser.entities, key=lambda e: (e["offset"], -e["length"]))
            return "".join(parser.parts), entities
        if mode == "markdownv2":
            return _markdown_v2_text(text), []
        if mode == "markdown":
            return re.sub(r"[*_`]", "", text), []
        return text, []
    except _EntityError as exc:
        raise ApiError(400, f"Bad Request: can't parse entities: {exc}") from None


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _decode_params(raw: dict[str, Any]) -> Json:
    """Undo PTB's form encoding: non-string values arrive JSON-encoded (``"5"``, ``"true"``)."""
    out: Json = {}
    for key, value in raw.items():
        if isinstance(value, str) and key not in _STRING_PARAMS:
            with contextlib.suppress(ValueError):
                value = json.loads(value)
        out[key] = value
    return out


# --------------------------------------------------------------------------- the server
class FakeBotApi:
    """Bot-API-compatible HTTP server plus a test-side API to play users and inspect the bot.

    Args:
        token: if given, requests with any other token get ``401 Unauthorized``.
        latency: seconds added to every bot call except ``getUpdates`` (to mimic network RTT).
        bot_username: username reported by ``getMe``.
    """

    def __init__(
        self,
        token: str | None = None,
        *,
        latency: float = 0.0,
        bot_username: str = "jixiao_test_bot",
    ) -> None:
        self.token, self.latency, self.bot_username = token, latency, bot_username
        self._lock = threading.RLock()
        self._cond = threading.Condition(self._lock)
        self._async_waiters: list[tuple[asyncio.AbstractEventLoop, asyncio.Future[None]]] = []
        self._update_ids = itertools.count(1000)
        self._file_ids = itertools.count(1)
        self._query_ids = itertools.count(1)
        self._updates: list[Json] = []  # queued, not yet confirmed via offset
        self._msg_ids: dict[int, itertools.count[int]] = {}
        self._messages: dict[tuple[int, int], Json] = {}  # (chat_id, message_id) -> message
        self._chats: dict[int, Json] = {}
        self._users: dict[int, Json] = {}
        self._files: dict[str, StoredFile] = {}
        self._sent: list[SentCall] = []
        self._commands: dict[str, list[Json]] = {}
        self._callback_answers: dict[str, Json | None] = {}
        self._errors: dict[str, list[ApiError]] = {}
        self._delays: dict[str, list[float]] = {}
        self.held = 0  # requests being held by inject_delay right now
        self._poll_generation = 0
        self._webhook_url = ""
        self._closing = False
        self.get_updates_calls = 0
        self._runner: web.AppRunner | None = None
        self._port = 0
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None

    # ---------------------------------------------------------------- lifecycle
    @property
    def base_url(self) -> str:
        """Pass to ``ApplicationBuilder.base_url``; PTB appends ``{token}/{method}``."""
        return f"http://127.0.0.1:{self._port}/bot"

    @property
    def base_file_url(self) -> str:
        """Pass to ``ApplicationBuilder.base_file_url``; PTB appends ``{token}/{file_path}``."""
        return f"http://127.0.0.1:{self._port}/file/bot"

    async def start(self) -> None:
        """Bind a free port on 127.0.0.1 in the running loop."""
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._handle_method)
        app.router.add_get("/file/bot{token}/{file_path:.+}", self._handle_file)
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=1.0)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0, backlog=1024)
        await site.start()
        self._port = self._runner.addresses[0][1]
        self._loop = asyncio.get_running_loop()

    async def stop(self) -> None:
        """Wake pending long polls (they return ``[]``) and close the server."""
        with self._lock:
            self._closing = True
        self._notify()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> FakeBotApi:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    def start_in_thread(self) -> FakeBotApi:
        """Run the server in a daemon thread with its own event loop; returns once listening."""
        ready = threading.Event()
        failure: list[BaseException] = []

        def run() -> None:
            loop = asyncio.new_event_loop()
            try:
                loop.run_until_complete(self.start())
            except BaseException as exc:  # surface bind errors to the caller
                failure.append(exc)
                ready.set()
                loop.close()
                return
            ready.set()
            loop.run_forever()
            loop.close()

        self._thread = threading.Thread(target=run, name="FakeBotApi", daemon=True)
        self._thread.start()
        ready.wait(10)
        if failure:
            raise failure[0]
        return self

    def stop_thread(self) -> None:
        """Stop a server started with :meth:`start_in_thread`."""
        loop, thread = self._loop, self._thread
        if loop is None or thread is None:
            return
        asyncio.run_coroutine_threadsafe(self.stop(), loop).result(10)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(10)
        self._thread = None

    def __enter__(self) -> FakeBotApi:
        return self.start_in_thread()

    def __exit__(self, *exc: object) -> None:
        self.stop_thread()

    # ---------------------------------------------------------------- change signal / waiting
    def _notify(self) -> None:
        """Wake every sync waiter and every async waiter (whatever loop it lives in)."""
        with self._cond:
            self._cond.notify_all()
            waiters, self._async_waiters = self._async_waiters, []
        for loop, fut in waiters:
            with contextlib.suppress(RuntimeError):  # loop already closed
                loop.call_soon_threadsafe(lambda f=fut: f.done() or f.set_result(None))

    async def wait_for(self, predicate: Callable[[], T], timeout: float = 5.0) -> T:
        """Await until ``predicate()`` is truthy (re-checked on every state change)."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            with self._lock:
                result = predicate()
                if result:
                    return result
                fut: asyncio.Future[None] = loop.create_future()
                self._async_waiters.append((loop, fut))
            remaining = deadline - loop.time()
            if remaining <= 0:
                raise TimeoutError(self._timeout_message(timeout))
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(fut, remaining)

    def wait_for_sync(self, predicate: Callable[[], T], timeout: float = 5.0) -> T:
        """Thread-safe blocking twin of :meth:`wait_for` (for thread mode)."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                result = predicate()
                if result:
                    return result
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise TimeoutError(self._timeout_message(timeout))
                self._cond.wait(remaining)

    async def wait_for_messages(self, chat_id: int, count: int, timeout: float = 5.0) -> list[Json]:
        """Await until the bot has at least ``count`` messages in ``chat_id``; return them all."""
        return await self.wait_for(lambda: self._enough(chat_id, count), timeout)

    def wait_for_messages_sync(self, chat_id: int, count: int, timeout: float = 5.0) -> list[Json]:
        return self.wait_for_sync(lambda: self._enough(chat_id, count), timeout)

    def _enough(self, chat_id: int, count: int) -> list[Json] | None:
        messages = self.messages_to(chat_id)
        return messages if len(messages) >= count else None

    def _timeout_message(self, timeout: float) -> str:
        tail = [f"{c.method}({c.params})" for c in self.sent[-5:]]
        return f"condition not met within {timeout}s; last bot calls: {tail}"

    # ---------------------------------------------------------------- test side: users act
    def send_text(
        self,
        user_id: int,
        text: str,
        chat_id: int | None = None,
        chat_type: str = "private",
        username: str | None = None,
        reply_to: Json | int | None = None,
        entities: list[Json] | None = None,
    ) -> Json:
        """Queue a user's text message; a leading ``/command`` gets a ``bot_command`` entity."""
        if entities is None and (m := _COMMAND_RE.match(text)):
            entities = [{"type": "bot_command", "offset": 0, "length": _utf16_len(m.group())}]
        extra: Json = {"text": text}
        if entities:
            extra["entities"] = entities
        return self._user_message(user_id, chat_id, chat_type, username, reply_to, extra)

    def send_document(
        self,
        user_id: int,
        filename: str,
        content: bytes,
        mime_type: str = "application/octet-stream",
        caption: str | None = None,
        chat_id: int | None = None,
        chat_type: str = "private",
        username: str | None = None,
    ) -> Json:
        """Queue a user's document message; the file is downloadable through getFile."""
        stored = self.add_file(content, filename, mime_type)
        extra: Json = {"document": self._document_json(stored)}
        if caption is not None:
            extra["caption"] = caption
        return self._user_message(user_id, chat_id, chat_type, username, None, extra)

    def press_button(self, user_id: int, message: Json, callback_data: str) -> str:
        """Queue a callback_query for an inline button on a bot message; return the query id.

        The message is looked up in its *current* (possibly edited) state and the button must
        exist, as only Telegram clients can produce callback data.
        """
        with self._lock:
            key = (message["chat"]["id"], message["message_id"])
            current = self._messages.get(key)
            if current is None:
                raise ValueError(f"no such message {key}")
            rows = current.get("reply_markup", {}).get("inline_keyboard", [])
            if callback_data not in [b.get("callback_data") for row in rows for b in row]:
                raise ValueError(f"{callback_data!r} is not a button of message {key}")
            query_id = str(next(self._query_ids))
            self._callback_answers[query_id] = None
            self._queue_update(
                "callback_query",
                {
                    "id": query_id,
                    "from": self._user(user_id, None),
                    "message": copy.deepcopy(current),
                    "chat_instance": str(abs(hash(key[0]))),
                    "data": callback_data,
                },
            )
        return query_id

    def press_forged_button(self, user_id: int, message: Json, callback_data: str) -> str:
        """Queue a callback_query with any ``callback_data`` for a bot message, button or not:
        what a modified client or a replayed request can send. Returns the query id."""
        with self._lock:
            key = (message["chat"]["id"], message["message_id"])
            current = self._messages.get(key, message)
            query_id = str(next(self._query_ids))
            self._callback_answers[query_id] = None
            self._queue_update(
                "callback_query",
                {
                    "id": query_id,
                    "from": self._user(user_id, None),
                    "message": copy.deepcopy(current),
                    "chat_instance": str(abs(hash(key[0]))),
                    "data": callback_data,
                },
            )
        return query_id

    def add_file(
        self, content: bytes, filename: str, mime_type: str = "application/octet-stream"
    ) -> StoredFile:
        """Register a file so ``getFile`` and the download route can serve it."""
        with self._lock:
            n = next(self._file_ids)
            ext = filename.rsplit(".", 1)[-1] if "." in filename else "bin"
            stored = StoredFile(
                file_id=f"BQACAgIAAx{n:06d}",
                file_unique_id=f"AgAD{n:06d}",
                file_path=f"documents/file_{n}.{ext}",
                content=bytes(content),
                filename=filename,
                mime_type=mime_type,
            )
            self._files[stored.file_id] = stored
            return stored

    def inject_error(
        self,
        method: str,
        error_code: int = 500,
        description: str = "Internal Server Error",
        retry_after: int | None = None,
        times: int = 1,
    ) -> None:
        """Make the next ``times`` calls of ``method`` fail (e.g. 429 with ``retry_after``)."""
        with self._lock:
            errors = self._errors.setdefault(method.lower(), [])
            errors.extend(ApiError(error_code, description, retry_after) for _ in range(times))

    def inject_delay(self, method: str, seconds: float, times: int = 1) -> None:
        """Hold the next ``times`` calls of ``method`` for ``seconds`` before answering, like
        a server that hangs. A call whose client gives up meanwhile (a timeout, a killed
        process) is recorded with error 499 and never carried out, as an unanswered request
        is not; the hold ends as soon as the client is gone."""
        with self._lock:
            self._delays.setdefault(method.lower(), []).extend([seconds] * times)

    def clear_faults(self) -> None:
        """Forget injected errors and delays not used yet."""
        with self._lock:
            self._errors.clear()
            self._delays.clear()

    def register_chat(self, chat_id: int, chat_type: str = "private") -> None:
        """Make a chat known (as if its user had written to the bot before)."""
        with self._lock:
            self._chat(chat_id, chat_type, self._user(chat_id, None))

    # ---------------------------------------------------------------- test side: inspection
    @property
    def sent(self) -> list[SentCall]:
        """Snapshot of all recorded bot calls, oldest first."""
        with self._lock:
            return list(self._sent)

    def calls(self, method: str) -> list[SentCall]:
        return [c for c in self.sent if c.method.lower() == method.lower()]

    def messages_to(self, chat_id: int) -> list[Json]:
        """Current state (edits applied) of all bot messages in a chat, by message_id."""
        with self._lock:
            msgs = [
                copy.deepcopy(m)
                for (cid, _), m in sorted(self._messages.items())
                if cid == chat_id and m["from"]["is_bot"]
            ]
        return msgs

    def texts_to(self, chat_id: int) -> list[str]:
        return [m.get("text") or m.get("caption") or "" for m in self.messages_to(chat_id)]

    def documents_to(self, chat_id: int) -> list[StoredFile]:
        """Files the bot sent to a chat as documents (bytes + filename), oldest first."""
        with self._lock:
            return [
                self._files[m["document"]["file_id"]]
                for m in self.messages_to(chat_id)
                if "document" in m
            ]

    def file(self, file_id: str) -> StoredFile:
        with self._lock:
            return self._files[file_id]

    def callback_answer(self, query_id: str) -> Json | None:
        """Params of ``answerCallbackQuery`` for a query, or None if not answered yet."""
        with self._lock:
            return self._callback_answers.get(query_id)

    def commands(self, scope: Json | None = None, language_code: str = "") -> list[Json]:
        with self._lock:
            return list(self._commands.get(self._commands_key(scope, language_code), []))

    @property
    def pending_update_count(self) -> int:
        """Updates queued but not yet confirmed by the bot (via a later ``offset``)."""
        with self._lock:
            return len(self._updates)

    # ---------------------------------------------------------------- internals: state
    def _user(self, user_id: int, username: str | None) -> Json:
        user = self._users.setdefault(
            user_id,
            {
                "id": user_id,
                "is_bot": False,
                "first_name": f"User{user_id}",
                "language_code": "zh-hans",
            },
        )
        if username:
            user["username"] = username
        return dict(user)

    def _bot_user(self, token: str) -> Json:
        bot_id = int(token.split(":", 1)[0]) if token.split(":", 1)[0].isdigit() else 1
        return {
            "id": bot_id,
            "is_bot": True,
            "first_name": "Jixiao Test Bot",
            "username": self.bot_username,
        }

    def _chat(self, chat_id: int, chat_type: str, user: Json) -> Json:
        if chat_type == "private":
            chat = {"id": chat_id, "type": "private", "first_name": user["first_name"]}
            if "username" in user:
                chat["username"] = user["username"]
        else:
            chat = {"id": chat_id, "type": chat_type, "title": f"Chat {chat_id}"}
        self._chats[chat_id] = chat
        return dict(chat)

    def _new_message(
        self, chat: Json, sender: Json, extra: Json, reply_to: Json | int | None
    ) -> Json:
        counter = self._msg_ids.setdefault(chat["id"], itertools.count(1))
        msg: Json = {
            "message_id": next(counter),
            "from": sender,
            "chat": chat,
            "date": int(time.time()),
        }
        if reply_to is not None:
            reply_id = reply_to if isinstance(reply_to, int) else reply_to["message_id"]
            replied = self._messages.get((chat["id"], reply_id))
            if replied is None:
                raise ApiError(400, "Bad Request: message to be replied not found")
            msg["reply_to_message"] = {k: v for k, v in replied.items() if k != "reply_to_message"}
        msg.update(extra)
        self._messages[(chat["id"], msg["message_id"])] = msg
        return copy.deepcopy(msg)

    def _user_message(
        self,
        user_id: int,
        chat_id: int | None,
        chat_type: str,
        username: str | None,
        reply_to: Json | int | None,
        extra: Json,
    ) -> Json:
        with self._lock:
            user = self._user(user_id, username)
            chat = self._chat(user_id if chat_id is None else chat_id, chat_type, user)
            msg = self._new_message(chat, user, extra, reply_to)
            self._queue_update("message", msg)
        return msg

    def _queue_update(self, kind: str, payload: Json) -> None:
        with self._lock:
            self._updates.append({"update_id": next(self._update_ids), kind: payload})
        self._notify()

    def _record(self, call: SentCall) -> None:
        with self._lock:
            self._sent.append(call)
        self._notify()

    @staticmethod
    def _document_json(stored: StoredFile) -> Json:
        return {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "file_name": stored.filename,
            "mime_type": stored.mime_type,
            "file_size": stored.size,
        }

    @staticmethod
    def _commands_key(scope: Json | None, language_code: str | None) -> str:
        return json.dumps([scope or {"type": "default"}, language_code or ""], sort_keys=True)

    # ---------------------------------------------------------------- HTTP layer
    async def _handle_method(self, request: web.Request) -> web.Response:
        token, method = request.match_info["token"], request.match_info["method"]
        if self.token is not None and token != self.token:
            return web.json_response(ApiError(401, "Unauthorized").payload(), status=401)
        raw: dict[str, Any] = dict(request.query)
        files: dict[str, tuple[str, bytes, str]] = {}
        if request.content_type == "application/json":
            raw.update(await request.json())
            params = raw
        else:
            for key, value in (await request.post()).items():
                if isinstance(value, web.FileField):
                    files[key] = (value.filename, value.file.read(), value.content_type)
                else:
                    raw[key] = value if isinstance(value, str) else value.decode()
            params = _decode_params(raw)
        name = method.lower()
        call = SentCall(method=method, params=params)
        with self._lock:
            delays = self._delays.get(name)
            delay = delays.pop(0) if delays else 0.0
        if delay and not await self._hold(request, delay):
            call.error = ApiError(499, "Client Closed Request: the bot gave up waiting")
            self._record(call)
            return web.json_response(call.error.payload(), status=499)
        try:
            with self._lock:
                errors = self._errors.get(name)
                if errors:
                    raise errors.pop(0)
            if name == "getupdates":
                result = await self._get_updates(params)
            else:
                if self.latency:
                    await asyncio.sleep(self.latency)
                handler = getattr(self, f"_api_{name}", None)
                if handler is None:
                    raise ApiError(404, "Not Found: method not found")
                with self._lock:
                    result = handler(token, params, files, call)
        except ApiError as exc:
            call.error = exc
            if name != "getupdates":
                self._record(call)
            return web.json_response(exc.payload(), status=exc.code)
        if name != "getupdates":
            call.result = copy.deepcopy(result)
            self._record(call)
        return web.json_response({"ok": True, "result": result})

    async def _hold(self, request: web.Request, seconds: float) -> bool:
        """Wait ``seconds``; ``False`` as soon as the client has closed the connection."""
        with self._lock:
            self.held += 1
        self._notify()
        try:
            deadline = time.monotonic() + seconds
            while time.monotonic() < deadline:
                transport = request.transport
                if transport is None or transport.is_closing():
                    return False
                await asyncio.sleep(0.02)
            return True
        finally:
            with self._lock:
                self.held -= 1
            self._notify()

    async def _handle_file(self, request: web.Request) -> web.Response:
        path = request.match_info["file_path"]
        with self._lock:
            found = next((f for f in self._files.values() if f.file_path == path), None)
        if found is None:
            return web.json_response(ApiError(404, "Not Found").payload(), status=404)
        return web.Response(body=found.content, content_type="application/octet-stream")

    async def _get_updates(self, params: Json) -> list[Json]:
        """Real long polling: confirm by offset, return at once if anything is queued."""
        offset = int(params.get("offset") or 0)
        limit = max(1, min(100, int(params.get("limit") or 100)))
        timeout = max(0.0, min(50.0, float(params.get("timeout") or 0)))
        allowed = params.get("allowed_updates") or list(_ALL_UPDATE_TYPES)
        with self._lock:
            self.get_updates_calls += 1
            if self._webhook_url:
                raise ApiError(
                    409,
                    "Conflict: can't use getUpdates method while webhook is "
                    "active; use deleteWebhook to delete the webhook first",
                )
            if offset:
                self._updates = [u for u in self._updates if u["update_id"] >= offset]
            self._poll_generation += 1
            generation = self._poll_generation
        self._notify()  # terminate an older, still waiting poll (Telegram answers it with 409)

        def ready() -> list[Json] | str | None:
            if self._poll_generation != generation:
                return "conflict"
            batch = [u for u in self._updates if any(k in u for k in allowed)][:limit]
            return batch or ("closing" if self._closing else None)

        try:
            if timeout:
                outcome = await self.wait_for(ready, timeout)
            else:
                with self._lock:
                    outcome = ready()
        except TimeoutError:
            return []
        if outcome == "conflict":
            raise ApiError(
                409,
                "Conflict: terminated by other getUpdates request; make sure "
                "that only one bot instance is running",
            )
        return copy.deepcopy(outcome) if isinstance(outcome, list) else []

    # ---------------------------------------------------------------- Bot API methods
    # Each runs under the lock: (token, params, uploaded files, call record) -> result.
    def _api_getme(self, token: str, p: Json, f: Any, call: SentCall) -> Json:
        return {
            **self._bot_user(token),
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
        }

    def _api_deletewebhook(self, token: str, p: Json, f: Any, call: SentCall) -> bool:
        self._webhook_url = ""
        if p.get("drop_pending_updates"):
            self._updates.clear()
        return True

    def _api_setwebhook(self, token: str, p: Json, f: Any, call: SentCall) -> bool:
        self._webhook_url = str(p.get("url") or "")
        return True

    def _api_getwebhookinfo(self, token: str, p: Json, f: Any, call: SentCall) -> Json:
        return {
            "url": self._webhook_url,
            "has_custom_certificate": False,
            "pending_update_count": len(self._updates),
        }

    def _api_logout(self, token: str, p: Json, f: Any, call: SentCall) -> bool:
        return True

    _api_close = _api_logout

    def _target_chat(self, p: Json) -> Json:
        chat = self._chats.get(p.get("chat_id"))  # type: ignore[arg-type]
        if chat is None:
            raise ApiError(400, "Bad Request: chat not found")
        return dict(chat)

    def _bot_message(self, token: str, p: Json, extra: Json) -> Json:
        if isinstance(p.get("reply_markup"), dict) and "inline_keyboard" in p["reply_markup"]:
            extra["reply_markup"] = p["reply_markup"]
        reply = (p.get("reply_parameters") or {}).get("message_id") or p.get("reply_to_message_id")
        try:
            return self._new_message(self._target_chat(p), self._bot_user(token), extra, reply)
        except ApiError:
            if reply and (p.get("reply_parameters") or {}).get("allow_sending_without_reply"):
                return self._new_message(self._target_chat(p), self._bot_user(token), extra, None)
            raise

    def _api_sendmessage(self, token: str, p: Json, f: Any, call: SentCall) -> Json:
        text, entities = _formatted_text(str(p.get("text") or ""), p.get("parse_mode"))
        if not text.strip():
            raise ApiError(400, "Bad Request: message text is empty")
        if _utf16_len(text) > _MAX_TEXT:
            raise ApiError(400, "Bad Request: message is too long")
        return self._bot_message(token, p, {"text": text, **({"entities": entities}
                                                              if entities else {})})

    def _upload(
        self, p: Json, files: dict[str, tuple[str, bytes, str]], field_name: str, call: SentCall
    ) -> StoredFile:
        value = p.get(field_name)
        if field_name in files or (isinstance(value, str) and value.startswith("attach://")):
            part = files.get(field_name) or files.get(str(value)[len("attach://") :])
            if part is None:
                raise ApiError(400, f"Bad Request: there is no {field_name} in the request")
            stored = self.add_file(
                part[1], part[0] or field_name, part[2] or "application/octet-stream"
            )
        elif isinstance(value, str) and value in self._files:
            stored = self._files[value]
        else:
            raise ApiError(400, "Bad Request: wrong file identifier/HTTP URL specified")
        call.files[field_name] = stored
        return stored

    def _caption(self, p: Json) -> Json:
        if p.get("caption") is None:
            return {}
        return {"caption": _visible_text(str(p["caption"]), p.get("parse_mode"))}

    def _api_senddocument(self, token: str, p: Json, f: Any, call: SentCall) -> Json:
        self._target_chat(p)
        stored = self._upload(p, f, "document", call)
        return self._bot_message(
            token, p, {"document": self._document_json(stored), **self._caption(p)}
        )

    def _api_sendphoto(self, token: str, p: Json, f: Any, call: SentCall) -> Json:
        self._target_chat(p)
        stored = self._upload(p, f, "photo", call)
        width, height = 1280, 720
        if stored.content[:8] == b"\x89PNG\r\n\x1a\n":  # real size from the IHDR chunk
            width = int.from_bytes(stored.content[16:20], "big")
            height = int.from_bytes(stored.content[20:24], "big")
        photo = [
            {
                "file_id": stored.file_id,
                "file_unique_id": stored.file_unique_id,
                "width": width,
                "height": height,
                "file_size": stored.size,
            }
        ]
        return self._bot_message(token, p, {"photo": photo, **self._caption(p)})

    def _api_getchat(self, token: str, p: Json, f: Any, call: SentCall) -> Json:
        """A ChatFullInfo for chats the server has seen (users who have written to the bot)."""
        chat = self._target_chat(p)
        return {**chat, "accent_color_id": 0, "max_reaction_count": 11,
                "accepted_gift_types": {"unlimited_gifts": False, "limited_gifts": False,
                                        "unique_gifts": False, "premium_subscription": False}}

    def _api_sendchataction(self, token: str, p: Json, f: Any, call: SentCall) -> bool:
        self._target_chat(p)
        return True

    def _editable(self, p: Json) -> Json:
        if p.get("inline_message_id"):
            raise ApiError(400, "Bad Request: inline messages are not supported by the fake")
        msg = self._messages.get((p.get("chat_id"), p.get("message_id")))  # type: ignore[arg-type]
        if msg is None or not msg["from"]["is_bot"]:
            raise ApiError(400, "Bad Request: message to edit not found")
        return msg

    def _api_editmessagetext(self, token: str, p: Json, f: Any, call: SentCall) -> Json:
        msg = self._editable(p)
        text, entities = _formatted_text(str(p.get("text") or ""), p.get("parse_mode"))
        if not text.strip():
            raise ApiError(400, "Bad Request: message text is empty")
        if _utf16_len(text) > _MAX_TEXT:
            raise ApiError(400, "Bad Request: message is too long")
        markup = p.get("reply_markup") if isinstance(p.get("reply_markup"), dict) else None
        if (text == msg.get("text") and entities == msg.get("entities", [])
                and markup == msg.get("reply_markup")):
            raise ApiError(
                400,
                "Bad Request: message is not modified: specified new message "
                "content and reply markup are exactly the same as a current "
                "content and reply markup of the message",
            )
        msg["text"] = text
        if entities:
            msg["entities"] = entities
        else:
            msg.pop("entities", None)
        self._set_markup(msg, markup)
        return copy.deepcopy(msg)

    def _api_editmessagereplymarkup(self, token: str, p: Json, f: Any, call: SentCall) -> Json:
        msg = self._editable(p)
        markup = p.get("reply_markup") if isinstance(p.get("reply_markup"), dict) else None
        if markup == msg.get("reply_markup"):
            raise ApiError(400, "Bad Request: message is not modified")
        self._set_markup(msg, markup)
        return copy.deepcopy(msg)

    @staticmethod
    def _set_markup(msg: Json, markup: Json | None) -> None:
        msg["edit_date"] = int(time.time())
        if markup and markup.get("inline_keyboard"):
            msg["reply_markup"] = markup
        else:
            msg.pop("reply_markup", None)

    def _api_answercallbackquery(self, token: str, p: Json, f: Any, call: SentCall) -> bool:
        query_id = str(p.get("callback_query_id"))
        if query_id not in self._callback_answers or self._callback_answers[query_id] is not None:
            raise ApiError(
                400,
                "Bad Request: query is too old and response timeout expired or query ID is invalid",
            )
        self._callback_answers[query_id] = dict(p)
        return True

    def _api_setmycommands(self, token: str, p: Json, f: Any, call: SentCall) -> bool:
        commands = p.get("commands") or []
        for cmd in commands:
            if not _BOT_COMMAND_RE.match(str(cmd.get("command", ""))) or not cmd.get("description"):
                raise ApiError(400, "Bad Request: BOT_COMMAND_INVALID")
        self._commands[self._commands_key(p.get("scope"), p.get("language_code"))] = commands
        return True

    def _api_getmycommands(self, token: str, p: Json, f: Any, call: SentCall) -> list[Json]:
        return self._commands.get(self._commands_key(p.get("scope"), p.get("language_code")), [])

    def _api_deletemycommands(self, token: str, p: Json, f: Any, call: SentCall) -> bool:
        self._commands.pop(self._commands_key(p.get("scope"), p.get("language_code")), None)
        return True

    def _api_getfile(self, token: str, p: Json, f: Any, call: SentCall) -> Json:
        stored = self._files.get(str(p.get("file_id")))
        if stored is None:
            raise ApiError(400, "Bad Request: invalid file_id")
        if stored.size > _MAX_DOWNLOAD:
            raise ApiError(400, "Bad Request: file is too big")
        return {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "file_size": stored.size,
            "file_path": stored.file_path,
        }


@contextlib.asynccontextmanager
async def running_application(
    app: Any, poll_timeout: float = 1.0, allowed_updates: list[str] | None = None
) -> AsyncIterator[Any]:
    """Run a PTB ``Application`` with polling for the duration of the block, then stop cleanly.

    Mirrors ``Application.run_polling`` (initialize, ``post_init``, start_polling, start; then
    updater.stop, stop, ``post_stop``, shutdown, ``post_shutdown``) but inside the caller's
    loop, because ``async with app`` alone never calls the ``post_*`` hooks. Duck-typed (no
    telegram import) so this module stays stdlib + aiohttp only. A small ``poll_timeout`` keeps
    shutdown fast: PTB cancels the pending long poll, then confirms the offset with a final
    ``getUpdates(timeout=0)``.
    """
    await app.initialize()
    try:
        if app.post_init:
            await app.post_init(app)
        await app.updater.start_polling(
            poll_interval=0, timeout=poll_timeout, allowed_updates=allowed_updates
        )
        await app.start()
        try:
            yield app
        finally:
            if app.updater.running:
                await app.updater.stop()
            if app.running:
                await app.stop()
                if app.post_stop:
                    await app.post_stop(app)
    finally:
        await app.shutdown()
        if app.post_shutdown:
            await app.post_shutdown(app)
