"""Who did something, as stored and as shown to people.

Imports, progress reports, aliases and subscriptions record an *identifier*: ``telegram:1001
@name`` for someone in chat, the ``--by`` value of a command-line import (default ``cli``), or
``sample``. Identifiers are for the logs; people see a display name (stored next to the
identifier at the time, e.g. a Telegram user's full name) and where the data came from
(``聊天上传`` / ``命令行导入``). Nothing shown to a user ever contains ``telegram:1001``.

>>> source_text("telegram:1001 @wang", "王小明")
'王小明（聊天上传）'
>>> source_text("cli")
'命令行导入'
>>> source_text("张三")
'张三（命令行导入）'
"""

from __future__ import annotations

from enum import StrEnum

CHAT_PREFIX = "telegram:"
CLI_DEFAULT = "cli"
SAMPLE = "sample"


class Channel(StrEnum):
    """How data came in."""

    CHAT = "chat"
    CLI = "cli"
    SAMPLE = "sample"

    @property
    def label(self) -> str:
        return {Channel.CHAT: "聊天上传", Channel.CLI: "命令行导入",
                Channel.SAMPLE: "示例数据"}[self]


def chat_identifier(user_id: int, username: str | None = None) -> str:
    """``telegram:1001 @wang``: how a chat user is recorded (stable across name changes)."""
    return f"{CHAT_PREFIX}{user_id}" + (f" @{username}" if username else "")


def channel_of(identifier: str) -> Channel:
    if identifier.startswith(CHAT_PREFIX):
        return Channel.CHAT
    if identifier == SAMPLE:
        return Channel.SAMPLE
    return Channel.CLI


def shown_name(identifier: str, name: str = "") -> str:
    """The name to show: the stored display name, else a name given on the command line
    (``--by 张三``), else nothing (never an internal identifier such as ``telegram:1001``)."""
    if name.strip():
        return name.strip()
    if channel_of(identifier) != Channel.CLI or identifier in ("", CLI_DEFAULT):
        return ""
    return identifier


def source_text(identifier: str, name: str = "") -> str:
    """``王小明（聊天上传）``, ``命令行导入``: who and how, for people."""
    who = shown_name(identifier, name)
    label = channel_of(identifier).label
    return f"{who}（{label}）" if who else label
