"""Who may use the bot (JIXIAO_ALLOWED_CHATS), checked before every other handler."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.constants import ChatType
from telegram.ext import ApplicationHandlerStop, ContextTypes

from bot.handlers.query import ADDRESSED_TO_BOT
from bot.services import services

logger = logging.getLogger(__name__)


def refusal_text(chat_id: int) -> str:
    return ("抱歉，这个机器人只在指定的会话和群组中使用。"
            f"如需开通，请把本会话编号 <code>{chat_id}</code> 告诉管理员。")


def is_allowed(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    """No list means everyone; admins are always allowed (so they can never lock themselves
    out); otherwise the chat must be listed (a private chat's id is the user's id)."""
    settings = services(context).settings
    if not settings.allowed_chats:
        return True
    user, chat = update.effective_user, update.effective_chat
    if user is not None and user.id in settings.admins:
        return True
    return chat is not None and chat.id in settings.allowed_chats


async def guard_allowed_chats(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Runs first (group -1) for every update. Outside the allowed chats, anything addressed to
    the bot gets one polite refusal and nothing else runs; other group chatter is ignored.

    A ``TypeHandler`` rather than a filter on each handler: it also covers button presses,
    which message filters never see."""
    if is_allowed(update, context):
        return
    chat = update.effective_chat
    logger.info("refused update from chat %s", chat.id if chat else None)
    if update.callback_query is not None:
        await update.callback_query.answer("抱歉，您没有使用这个机器人的权限。", show_alert=True)
    elif update.message is not None and chat is not None and (
        chat.type == ChatType.PRIVATE or ADDRESSED_TO_BOT.check_update(update)
        or _is_command_for_us(update)
    ):
        await update.message.reply_text(refusal_text(chat.id))
    raise ApplicationHandlerStop


def _is_command_for_us(update: Update) -> bool:
    text = update.message.text or ""
    if not text.startswith("/"):
        return False
    command = text.split()[0]
    return "@" not in command or command.split("@", 1)[1].lower() == update.get_bot().username.lower()
