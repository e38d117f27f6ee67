"""The one error handler: log with traceback, apologise, keep running."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.error import TelegramError
from telegram.ext import ContextTypes

logger = logging.getLogger(__name__)

APOLOGY = "抱歉，处理时出错了，请稍后再试。"


async def report_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Every exception a handler or job did not expect ends here (PTB keeps polling after)."""
    summary = update.to_dict() if isinstance(update, Update) else update
    logger.error("unexpected error while handling %s", summary, exc_info=context.error)
    if not isinstance(update, Update) or update.effective_chat is None:
        return  # e.g. a network error while polling: nobody to tell
    try:
        if update.callback_query is not None:
            await update.callback_query.answer()  # stop the button's spinner
    except TelegramError:
        pass  # already answered by the handler
    try:
        await context.bot.send_message(update.effective_chat.id, APOLOGY)
    except TelegramError:
        logger.warning("could not send the apology to chat %s", update.effective_chat.id)
