"""The one error handler (log with traceback, apologise, keep running), and the answer to
buttons the bot does not know."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.error import TelegramError
from telegram.ext import ContextTypes

from data.errors import StoreBusy

logger = logging.getLogger(__name__)

APOLOGY = "抱歉，处理时出错了，请稍后再试。"
STALE_BUTTON = "按钮已失效"


async def report_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Every exception a handler or job did not expect ends here (PTB keeps polling after).
    A busy database is not a fault: the user is told to try again, nothing is logged as an
    error."""
    busy = isinstance(context.error, StoreBusy)
    summary = update.to_dict() if isinstance(update, Update) else update
    if busy:
        logger.info("database busy while handling an update: %s", context.error)
    else:
        logger.error("unexpected error while handling %s", summary, exc_info=context.error)
    if not isinstance(update, Update) or update.effective_chat is None:
        return  # e.g. a network error while polling: nobody to tell
    try:
        if update.callback_query is not None:
            await update.callback_query.answer()  # stop the button's spinner
    except TelegramError:
        pass  # already answered by the handler
    try:
        await context.bot.send_message(update.effective_chat.id,
                                       str(context.error) if busy else APOLOGY)
    except TelegramError:
        logger.warning("could not send the apology to chat %s", update.effective_chat.id)


async def stale_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Callback data the bot did not issue (forged, truncated, or from an older version):
    a short answer, and a line in the log without a traceback."""
    query = update.callback_query
    logger.info("callback data not issued by this bot: %r from user %s", query.data,
                query.from_user.id if query.from_user else None)
    try:
        await query.answer(STALE_BUTTON)
    except TelegramError:
        logger.info("could not answer the stale button %r", query.data)
