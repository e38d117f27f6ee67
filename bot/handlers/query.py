"""Questions: text in a private chat, @mentions and replies in groups, /ask, and the buttons
offered when a question is ambiguous."""

from __future__ import annotations

import asyncio
import logging
import re

from telegram import Message, MessageEntity, Update
from telegram.constants import ChatType
from telegram.ext import ContextTypes, filters

from bot.handlers import errors
from bot.paging import Listing, show_listing
from bot.replies import reply_text, with_chat_action
from bot.services import services
from data.errors import StoreBusy
from nlp.engine import OK, Choice

logger = logging.getLogger(__name__)

PICK_PREFIX = "pick:"
CALLBACK_DATA_LIMIT = 64  # bytes, Telegram's limit
ASK_USAGE = "用法：/ask 问题，例如 /ask 送温暖活动经费是多少？"


class _AddressedToBot(filters.MessageFilter):
    """Every message in a private chat; in a group only a reply to the bot or an @mention of
    it. The bot's username is known only after ``getMe``, so it is read at filter time."""

    def filter(self, message: Message) -> bool:
        if message.chat.type == ChatType.PRIVATE:
            return True
        bot = message.get_bot()
        replied = message.reply_to_message
        if replied is not None and replied.from_user is not None and replied.from_user.id == bot.id:
            return True
        return mentions(message, bot.username)


ADDRESSED_TO_BOT = _AddressedToBot(name="addressed_to_bot")


def mentions(message: Message, username: str) -> bool:
    """``@username`` in the text: Telegram marks it as an entity; plain text counts as well."""
    mentioned = message.parse_entities([MessageEntity.MENTION]).values()
    if any(text[1:].lower() == username.lower() for text in mentioned):
        return True
    return _mention_pattern(username).search(message.text or "") is not None


def _mention_pattern(username: str) -> re.Pattern[str]:
    return re.compile(rf"@{re.escape(username)}(?![A-Za-z0-9_])", re.IGNORECASE)


def without_mention(text: str, username: str) -> str:
    return _mention_pattern(username).sub(" ", text).strip()


def command_argument(message: Message) -> str:
    """Everything after the command (``/ask@bot  问题`` -> ``问题``), spaces kept inside."""
    parts = (message.text or "").split(maxsplit=1)
    return parts[1].strip() if len(parts) > 1 else ""


def choice_rows(choices: list[Choice]) -> list[list[tuple[str, str]]]:
    """One button per choice, as rows of (label, callback data)."""
    return [
        [(choice.label, PICK_PREFIX + choice.ref)]
        for choice in choices
        if len((PICK_PREFIX + choice.ref).encode()) <= CALLBACK_DATA_LIMIT
    ]


async def answer_question(update: Update, context: ContextTypes.DEFAULT_TYPE, question: str) -> None:
    """The one path from a question to its answer: rate limit, engine (off the loop), reply."""
    svc = services(context)
    message, user, chat = update.effective_message, update.effective_user, update.effective_chat
    verdict = svc.question_limiter.acquire(user.id)
    if not verdict.allowed:
        if verdict.first_refusal:  # once per burst; later refused messages stay unanswered
            await message.reply_text(
                f"您提问太频繁了：每分钟最多 {svc.settings.questions_per_minute} 个问题，"
                f"请 {max(1, round(verdict.retry_after))} 秒后再问。"
            )
        return
    engine = svc.engine
    # Measured with `run_bot.py bench telegram`: an answer from a current index takes well
    # under a millisecond, while a worker-thread hop under load costs more than that in GIL
    # hand-offs (about 160 instead of 270 questions/s). So a question is answered on the loop
    # when the index is ready; index rebuilds and database writes go to a worker thread.
    answer = engine.ask_if_ready(question, str(chat.id))
    if answer is None:  # the index is being rebuilt: wait for it in a worker thread
        answer = await with_chat_action(
            context.bot, chat.id, asyncio.to_thread(engine.ask, question, str(chat.id), str(user.id))
        )
    elif answer.status != OK:  # logged before the reply, so /unanswered always has it
        try:
            await asyncio.to_thread(engine.log_if_unanswered, answer, str(chat.id), str(user.id))
        except StoreBusy:  # the answer matters more than its line in /unanswered
            logger.info("question not logged for /unanswered: the database is busy")
    await reply_text(message, context, answer.text, extra_rows=choice_rows(answer.choices))


async def text_question(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Private text, or a group message addressed to the bot (the mention is dropped)."""
    text = without_mention(update.effective_message.text, context.bot.username)
    await answer_question(update, context, text)


async def ask(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    question = command_argument(update.effective_message)
    if not question:
        await update.effective_message.reply_text(ASK_USAGE)
        return
    await answer_question(update, context, question)


async def pick_choice(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A button under an ambiguous answer: the list of choices becomes the chosen answer."""
    query = update.callback_query
    ref = query.data.removeprefix(PICK_PREFIX)
    if not isinstance(query.message, Message):  # too old for Telegram to give us the message
        await query.answer("这条消息已过期，请重新提问。", show_alert=True)
        return
    label = _button_label(query.message, query.data)
    if not label:  # not one of this message's buttons: data the bot did not issue
        await errors.stale_button(update, context)
        return
    await query.answer()
    engine = services(context).engine
    answer = await asyncio.to_thread(engine.choose, ref, str(query.message.chat.id))
    preface = f"您选择了：{label}\n" if label else ""
    await show_listing(query.message, context, Listing.from_text(answer.text, preface=preface))


def _button_label(message: Message, data: str) -> str:
    markup = message.reply_markup
    rows = markup.inline_keyboard if markup else ()
    return next((b.text for row in rows for b in row if b.callback_data == data), "")
