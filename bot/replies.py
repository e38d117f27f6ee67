"""Sending helpers shared by the handlers: long answers in several messages, and a chat action
shown only while the user is actually waiting."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable
from typing import TypeVar

from telegram import Bot, InlineKeyboardMarkup, Message
from telegram.constants import ChatAction
from telegram.error import TelegramError
from telegram.ext import ContextTypes

from bot.formatting import html_chunks
from bot.paging import Listing, reply_listing

logger = logging.getLogger(__name__)
T = TypeVar("T")

# Telegram: use a chat action "only when a response from the bot will take a noticeable amount
# of time". Most answers take a few milliseconds; sending "typing" for those would double the
# API calls (and count against the flood limit) while the user never sees it.
CHAT_ACTION_DELAY = 0.3
CHAT_ACTION_RENEW = 4.5  # an action shows for 5 s


async def with_chat_action(
    bot: Bot, chat_id: int, work: Awaitable[T], action: str = ChatAction.TYPING
) -> T:
    """Await ``work``; if it takes longer than a moment, show ``action`` until it is done.

    A timer rather than a watcher task: the usual fast answer costs one cancelled timer."""
    loop = asyncio.get_running_loop()
    shown: list[asyncio.Task[None]] = []
    timer = loop.call_later(
        CHAT_ACTION_DELAY, lambda: shown.append(loop.create_task(_keep_showing(bot, chat_id, action)))
    )
    try:
        return await work
    finally:
        timer.cancel()
        for task in shown:
            task.cancel()


async def _keep_showing(bot: Bot, chat_id: int, action: str) -> None:
    while True:
        try:
            await bot.send_chat_action(chat_id, action)
        except TelegramError:  # cosmetic; the answer matters
            logger.debug("send_chat_action failed", exc_info=True)
        await asyncio.sleep(CHAT_ACTION_RENEW)


async def reply_text(message: Message, context: ContextTypes.DEFAULT_TYPE, text: str,
                     extra_rows=()) -> Message:
    """Answer with a plain ``text``: its first line bold (the headline), paged when longer
    than a screen — always one message. ``extra_rows``: buttons as rows of (label, data)."""
    return await reply_listing(message, context, Listing.from_text(text, extra_rows=extra_rows))


async def reply_chunks(
    message: Message, text: str, reply_markup: InlineKeyboardMarkup | None = None
) -> list[Message]:
    """Reply with plain ``text`` (escaped, split under 4096); buttons go on the last piece."""
    chunks = html_chunks(text)
    sent = []
    for number, chunk in enumerate(chunks, 1):
        markup = reply_markup if number == len(chunks) else None
        sent.append(await message.reply_text(chunk, reply_markup=markup))
    return sent


async def edit_or_reply(message: Message, text: str) -> None:
    """Replace a bot message's text (and buttons) with plain ``text``; extra pieces follow it."""
    first, *rest = html_chunks(text)
    try:
        await message.edit_text(first, reply_markup=None)
    except TelegramError:  # the message can no longer be edited (deleted, too old)
        logger.info("could not edit message %s; replying instead", message.message_id)
        await message.reply_text(first)
    for chunk in rest:
        await message.reply_text(chunk)
