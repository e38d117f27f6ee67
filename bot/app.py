"""The Telegram bot: ``build_application`` wires everything, ``run_telegram`` runs it.

Polling by default; a webhook when ``JIXIAO_WEBHOOK_URL`` is set. Handlers are thin: they parse
the message, call the plain engine/store code in a worker thread, and reply.
"""

from __future__ import annotations

import asyncio
import hashlib
import importlib.util
import logging
from collections.abc import Callable
from datetime import datetime

from telegram import BotCommandScopeChat, Update
from telegram.constants import ParseMode
from telegram.error import InvalidToken, NetworkError, TelegramError
from telegram.ext import (
    AIORateLimiter,
    Application,
    BaseRateLimiter,
    CallbackQueryHandler,
    CommandHandler,
    Defaults,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot import digests, paging, people
from bot.config import Settings
from bot.handlers import access, admin, commands, errors, progress, query, suggestions
from bot.pending import PendingImports
from bot.ratelimit import SlidingWindowLimiter
from bot.services import SERVICES_KEY, Services
from data import clock as china_clock
from data.db import Store
from data.workers import ParsePool
from nlp.engine import Engine

logger = logging.getLogger(__name__)

# Updates handled at once. Answers take milliseconds, so a bounded number keeps every user
# served without one slow question holding others; far more in flight only slows the HTTP
# connection pool down.
CONCURRENT_UPDATES = 32
CONNECTION_POOL_SIZE = 64  # handlers plus their side calls (chat actions, button answers)
POLL_TIMEOUT_SECONDS = 30  # server-side long polling
BOOTSTRAP_RETRIES = 10  # getting started (deleteWebhook / setWebhook) survives network blips
ALLOWED_UPDATES = [Update.MESSAGE, Update.CALLBACK_QUERY]
WEBHOOK_LISTEN = "0.0.0.0"


def default_rate_limiter() -> AIORateLimiter:
    """Telegram's flood limits (30 messages/s overall, 20/min per group); a 429 is waited out
    and retried up to 3 times instead of failing the reply."""
    return AIORateLimiter(max_retries=3)


def build_application(
    settings: Settings,
    store: Store,
    engine: Engine | None = None,
    *,
    rate_limiter: BaseRateLimiter | None = None,
    clock: Callable[[], datetime] = china_clock.now,
) -> Application:
    """The bot, ready for ``run_polling`` / ``run_webhook`` (or a test's polling loop).

    ``rate_limiter`` defaults to :func:`default_rate_limiter`; tests and benchmarks pass
    ``AIORateLimiter(overall_max_rate=0, group_max_rate=0)``, which limits nothing. ``clock``
    (aware, Asia/Shanghai) is what "today" and "now" mean to digests, reports and schedules;
    tests set it (the default engine follows it too).
    """
    if not settings.token:
        raise ValueError("TELEGRAM_BOT_TOKEN is not set")
    application = (
        Application.builder()
        .token(settings.token)
        .base_url(settings.api_url)  # PTB appends the token
        .base_file_url(settings.file_url)
        .defaults(Defaults(tzinfo=china_clock.TIMEZONE, parse_mode=ParseMode.HTML))
        .rate_limiter(rate_limiter or default_rate_limiter())
        .concurrent_updates(CONCURRENT_UPDATES)
        .connection_pool_size(CONNECTION_POOL_SIZE)
        .connect_timeout(10)
        .read_timeout(30)
        .write_timeout(60)  # sending an exported workbook
        .pool_timeout(10)
        .get_updates_connect_timeout(10)
        .get_updates_read_timeout(10)  # added to the long-poll timeout by PTB
        .post_init(_post_init)
        .post_shutdown(_post_shutdown)
        .build()
    )
    application.bot_data[SERVICES_KEY] = Services(
        settings=settings,
        store=store,
        engine=engine or Engine(store, today=lambda: clock().date(),
                                thresholds=settings.thresholds),
        question_limiter=SlidingWindowLimiter(settings.questions_per_minute, 60.0),
        pending_imports=PendingImports(),
        now=clock,
        parser=ParsePool(settings.parse_limits),
    )

    is_admin = filters.User(user_id=settings.admins)  # empty set: nobody is an admin
    # Reporters report progress for their own departments (bot.reporters checks which).
    may_report = is_admin | filters.User(user_id=settings.reporters.keys())
    private = filters.ChatType.PRIVATE
    text = filters.TEXT & ~filters.COMMAND
    admin_handlers = {
        "versions": admin.versions,
        "rollback": admin.rollback,
        "alias": admin.alias,
        "unanswered": admin.unanswered,
        "template": admin.template,
        "export": admin.export,
        "fix": admin.fix_command,
    }

    # Group -1: outside JIXIAO_ALLOWED_CHATS, a polite refusal and nothing else (no list: no
    # check at all, which saves a handler call on every update).
    if settings.allowed_chats:
        application.add_handler(TypeHandler(Update, access.guard_allowed_chats), group=-1)

    # Public commands.
    application.add_handler(CommandHandler("start", commands.start))
    application.add_handler(CommandHandler("help", commands.help_command))
    application.add_handler(CommandHandler("departments", commands.departments))
    application.add_handler(CommandHandler("items", commands.items))
    application.add_handler(CommandHandler("indicators", commands.indicators))
    application.add_handler(CommandHandler("ask", query.ask))

    # Progress digests: /digest and /export progress for everyone; /subscribe and /unsubscribe
    # act on the chat they are sent in — any user in a private chat, only admins in a group
    # (others get a refusal).
    application.add_handler(CommandHandler("digest", progress.digest_command))
    application.add_handler(CommandHandler(
        "export", progress.export_progress,
        filters=filters.Regex(r"^/export(@\w+)?\s+(progress|进度)\s*$")))
    may_subscribe = private | is_admin
    application.add_handler(
        CommandHandler("subscribe", progress.subscribe_command, filters=may_subscribe))
    application.add_handler(
        CommandHandler("unsubscribe", progress.unsubscribe_command, filters=may_subscribe))
    application.add_handler(
        CommandHandler(["subscribe", "unsubscribe"], progress.refuse_group_subscription))

    # Progress reports: admins for any department, reporters for their own; others a refusal.
    application.add_handler(CommandHandler("report", progress.report_command, filters=may_report))
    application.add_handler(CommandHandler("report", progress.refuse_report))

    # Admin commands; the same commands from anyone else get a refusal.
    for name, callback in admin_handlers.items():
        application.add_handler(CommandHandler(name, callback, filters=is_admin))
    application.add_handler(CommandHandler(list(admin_handlers), admin.refuse_admin_command))

    # Uploads (private chats only): admins get a preview — of a progress file or a target
    # table, told apart by the header — reporters of their progress files, others a refusal.
    application.add_handler(
        MessageHandler(private & filters.Document.ALL & may_report, admin.receive_document)
    )
    application.add_handler(MessageHandler(private & filters.PHOTO & is_admin, admin.receive_photo))
    application.add_handler(MessageHandler(private & filters.Document.ALL, admin.refuse_upload))

    # Buttons: a choice under an ambiguous answer; 确认导入 / 取消 under a preview; pages of a
    # list (上一页 / 下一页 / a department); an item offered under a refused /report.
    application.add_handler(CallbackQueryHandler(query.pick_choice, pattern=f"^{query.PICK_PREFIX}"))
    application.add_handler(
        CallbackQueryHandler(admin.decide_import, pattern=f"^{admin.IMPORT_PREFIX}")
    )
    application.add_handler(CallbackQueryHandler(paging.turn_page, pattern=f"^{paging.PREFIX}"))
    application.add_handler(
        CallbackQueryHandler(suggestions.pick_report_item, pattern=f"^{suggestions.PREFIX}"))
    # Buttons under a digest overview: another page, or a department's detail.
    application.add_handler(
        CallbackQueryHandler(progress.digest_button, pattern=f"^{digests.DIGEST_PREFIX}")
    )
    # Any other callback data (forged, or from an older version of the bot): 按钮已失效.
    application.add_handler(CallbackQueryHandler(errors.stale_button))

    # A reply to the picture of a flagged cell of a scan: the admin's check, not a question.
    flagged_reply = admin.FlaggedCellReply(application.bot_data[SERVICES_KEY].pending_imports)
    application.add_handler(
        MessageHandler(private & is_admin & text & filters.REPLY & flagged_reply,
                       admin.fix_by_reply))

    # Questions: any text in a private chat; in groups only when addressed to the bot.
    application.add_handler(MessageHandler(text & query.ADDRESSED_TO_BOT, query.text_question))

    # Never silent in a private chat: unknown commands and other kinds of messages.
    application.add_handler(MessageHandler(private & filters.COMMAND, commands.unknown_command))
    application.add_handler(MessageHandler(private & ~filters.COMMAND, commands.not_a_question))

    application.add_error_handler(errors.report_error)
    return application


async def _post_init(application: Application) -> None:
    """Build the engine's index before the first question, publish the command menus, and
    schedule the digest subscriptions (with a catch-up of those missed while down)."""
    svc: Services = application.bot_data[SERVICES_KEY]
    await asyncio.to_thread(lambda: svc.engine.index)
    await application.bot.set_my_commands(list(commands.PUBLIC_COMMANDS))
    admin_menu = list(commands.PUBLIC_COMMANDS + commands.ADMIN_COMMANDS
                      + commands.REPORTER_COMMANDS)
    reporter_menu = list(commands.PUBLIC_COMMANDS + commands.REPORTER_COMMANDS)
    menus = {user_id: reporter_menu for user_id in svc.settings.reporters}
    menus.update({user_id: admin_menu for user_id in svc.settings.admins})
    for user_id, menu in sorted(menus.items()):
        try:  # fails for a user who has never opened a chat with the bot; not fatal
            await application.bot.set_my_commands(menu, scope=BotCommandScopeChat(user_id))
        except TelegramError as error:
            logger.warning("command menu not set for %s: %s", user_id, error)
    await people.learn_admin_names(application)
    await digests.start_schedules(application)
    logger.info("bot @%s ready: %s", application.bot.username,
                svc.engine.index.loaded_summary() or "no data")


async def _post_shutdown(application: Application) -> None:
    """Stop the parse workers (a parse under way is killed)."""
    await asyncio.to_thread(application.bot_data[SERVICES_KEY].parser.close)


def webhook_path(token: str) -> str:
    """A secret URL path derived from the token (the token itself never appears in URLs)."""
    return hashlib.sha256(f"path:{token}".encode()).hexdigest()[:32]


def webhook_secret(token: str) -> str:
    """Sent by Telegram in a header with every update; PTB rejects requests without it."""
    return hashlib.sha256(f"secret:{token}".encode()).hexdigest()


def run_telegram(settings: Settings, store: Store) -> int:
    """Run until Ctrl+C; 0 on a clean stop, 1 when the bot could not start."""
    application = build_application(settings, store)
    try:
        if settings.webhook_url:
            if importlib.util.find_spec("tornado") is None:
                print("错误：webhook 模式需要安装 python-telegram-bot[webhooks]（tornado）。"
                      "未设置 JIXIAO_WEBHOOK_URL 时使用长轮询，无需安装。")
                return 1
            path = webhook_path(settings.token)
            print(f"绩效问答机器人已启动（webhook，端口 {settings.webhook_port}），按 Ctrl+C 退出。")
            application.run_webhook(
                listen=WEBHOOK_LISTEN,
                port=settings.webhook_port,
                url_path=path,
                webhook_url=f"{settings.webhook_url.rstrip('/')}/{path}",
                secret_token=webhook_secret(settings.token),
                allowed_updates=ALLOWED_UPDATES,
                bootstrap_retries=BOOTSTRAP_RETRIES,
            )
        else:
            print("绩效问答机器人已启动（长轮询），按 Ctrl+C 退出。")
            application.run_polling(
                timeout=POLL_TIMEOUT_SECONDS,
                allowed_updates=ALLOWED_UPDATES,
                bootstrap_retries=BOOTSTRAP_RETRIES,
            )
    except InvalidToken:
        print("错误：TELEGRAM_BOT_TOKEN 无效。请核对 @BotFather 给出的令牌。")
        return 1
    except NetworkError as error:
        print(f"错误：无法连接 Telegram（{error}）。请检查网络或 TELEGRAM_API_URL。")
        return 1
    finally:
        store.close()
    return 0
