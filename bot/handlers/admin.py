"""Admin commands and the upload flow: document -> 正在解析… -> preview with 确认导入 / 取消 ->
import. A document is a progress file when its header has 名称 and 完成值 (its preview and
import texts are in ``bot.handlers.progress``), else a target table. Who is an admin is decided
by filters in ``bot.app``; these handlers assume it."""

from __future__ import annotations

import asyncio
import logging

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update, User
from telegram.constants import ChatAction
from telegram.error import TelegramError
from telegram.ext import ContextTypes

from bot import views
from bot.formatting import escape, imported_text, preview_text
from bot.handlers import progress
from bot.handlers.progress import author
from bot.handlers.query import command_argument
from bot.replies import edit_or_reply, reply_chunks, with_chat_action
from bot.services import Services, services
from data.db import Store
from data.errors import ImportRefused, JixiaoError
from data.importers import MAX_FILE_BYTES
from data.importing import Preview, commit_import, prepare_import
from data.progress import ProgressFileError, ProgressPreview, looks_like_progress_file
from data.xlsx_form import write_form, write_workbook

logger = logging.getLogger(__name__)

IMPORT_PREFIX = "imp:"
CONFIRM, CANCEL = "ok", "no"
ADMIN_ONLY = "抱歉，这个命令仅限管理员使用。"
UPLOAD_ADMIN_ONLY = ("抱歉，只有管理员可以导入绩效目标表，文件没有被导入。"
                     "如有新表需要导入，请联系管理员。")
ROLLBACK_USAGE = "用法：/rollback 部门 年度 [版本号]，例如 /rollback 总工会 2026 或 /rollback 总工会 2026 1"
ALIAS_USAGE = "用法：/alias 别名 = 名称，例如 /alias 送温暖 = 送温暖活动经费"
PARSE_FAILED = "解析文件时出错了，未导入任何数据。"


# --------------------------------------------------------------------------- refusals


async def refuse_admin_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await update.effective_message.reply_text(ADMIN_ONLY)


async def refuse_upload(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await update.effective_message.reply_text(UPLOAD_ADMIN_ONLY)


# --------------------------------------------------------------------------- commands


async def versions(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """``/versions [部门] [年度]``"""
    name, year = views.split_year(command_argument(update.effective_message))
    text = await asyncio.to_thread(_versions, services(context), name, year)
    await reply_chunks(update.effective_message, text)


def _versions(svc: Services, name: str, year: int | None) -> str:
    department = None
    if name:
        department = _stored_department(svc, name)
        if department is None:
            return views.unknown_department_text(name, svc.engine.catalog)
    return views.versions_text(svc.store, department, year)


def _stored_department(svc: Services, name: str) -> str | None:
    """A department name as stored; exact names of departments not loaded also count."""
    if name in {v.department for v in svc.store.versions()}:
        return name
    return views.resolve_department(name, svc.engine.catalog)


async def rollback(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """``/rollback 部门 年度 [版本号]``: make an earlier version current (reversible)."""
    words = command_argument(update.effective_message).split()
    numbers = [w for w in words if w.isdigit()]
    name = " ".join(w for w in words if not w.isdigit())
    if not name or not 1 <= len(numbers) <= 2 or len(numbers[0]) != 4:
        await update.effective_message.reply_text(ROLLBACK_USAGE)
        return
    year, to_version = int(numbers[0]), int(numbers[1]) if len(numbers) == 2 else None
    text = await asyncio.to_thread(_rollback, services(context), name, year, to_version)
    await reply_chunks(update.effective_message, text)


def _rollback(svc: Services, name: str, year: int, to_version: int | None) -> str:
    department = _stored_department(svc, name)
    if department is None:
        return views.unknown_department_text(name, svc.engine.catalog)
    try:
        info = svc.store.rollback(department, year, to_version)
    except JixiaoError as error:
        return str(error)
    return (f"已恢复：{info.department} {info.year} 年第 {info.version} 版"
            f"（{info.date} 导入，{info.source_name}）为当前版本，回答立即按此版本。")


async def alias(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """``/alias 别名 = 名称``"""
    alias_name, equals, target = command_argument(update.effective_message).partition("=")
    if not equals or not alias_name.strip() or not target.strip():
        await update.effective_message.reply_text(ALIAS_USAGE)
        return
    engine, user = services(context).engine, update.effective_user
    text = await asyncio.to_thread(engine.add_alias, alias_name, target, author(user))
    await reply_chunks(update.effective_message, text)


async def unanswered(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    text = await asyncio.to_thread(views.unanswered_text, services(context).store)
    await reply_chunks(update.effective_message, text)


async def template(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    content = await asyncio.to_thread(write_form, None)
    await update.effective_message.reply_document(
        content,
        filename="部门整体预算绩效目标表_空白模板.xlsx",
        caption="空白的部门整体预算绩效目标表。填好后把文件发给我，即可预览并导入。",
    )


async def export(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """All current tables in one workbook, one sheet per department-year."""
    store = services(context).store
    chat_id = update.effective_chat.id
    content, count = await with_chat_action(
        context.bot, chat_id, asyncio.to_thread(_export_workbook, store), ChatAction.UPLOAD_DOCUMENT
    )
    if not count:
        await update.effective_message.reply_text(escape(views.NO_DATA))
        return
    stamp = services(context).now().strftime("%Y%m%d")
    await update.effective_message.reply_document(
        content,
        filename=f"绩效目标表_导出_{stamp}.xlsx",
        caption=f"当前数据：{count} 张表（每个部门年度一个工作表，均为当前版本）。",
    )


def _export_workbook(store: Store) -> tuple[bytes, int]:
    tables = [stored.table for stored in store.current_tables()]
    return (write_workbook(tables) if tables else b""), len(tables)


# --------------------------------------------------------------------------- upload flow


async def receive_document(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """An admin's file: size check, download, read and check (a progress file or a target
    table), then a preview with buttons."""
    message, svc = update.effective_message, services(context)
    document = message.document
    filename = document.file_name or "未命名文件"
    if document.file_size and document.file_size > MAX_FILE_BYTES:
        # Checked before downloading: Telegram refuses bigger files to bots anyway.
        await message.reply_text(escape(
            f"文件“{filename}”太大（{document.file_size / 1024 / 1024:.1f} MB）："
            f"单个文件不能超过 {MAX_FILE_BYTES // 1024 // 1024} MB，未导入任何数据。"))
        return
    parsing = await message.reply_text("正在解析…")
    try:
        telegram_file = await document.get_file()
        content = bytes(await telegram_file.download_as_bytearray())
    except TelegramError as error:
        logger.warning("download of %s failed: %s", filename, error)
        await parsing.edit_text("无法从 Telegram 下载这个文件，未导入任何数据。请稍后重新发送。")
        return
    try:
        preview, text = await asyncio.to_thread(_read_upload, svc, content, filename,
                                                update.effective_user)
    except ProgressFileError as error:  # every bad row listed (the first ones)
        await edit_or_reply(parsing, progress.refusal_text(error))
        return
    except ImportRefused as error:
        await parsing.edit_text(escape(f"{error}\n未导入任何数据。"))
        return
    except Exception:
        await parsing.edit_text(PARSE_FAILED)
        raise  # to the error handler, which logs it
    token = svc.pending_imports.add(preview, update.effective_user.id, message.chat.id,
                                    parsing.message_id)
    if context.job_queue is not None:
        context.job_queue.run_once(expire_import, svc.pending_imports.ttl, data=token,
                                   name=f"import:{token}")
    buttons = InlineKeyboardMarkup([[
        InlineKeyboardButton("确认导入", callback_data=f"{IMPORT_PREFIX}{CONFIRM}:{token}"),
        InlineKeyboardButton("取消", callback_data=f"{IMPORT_PREFIX}{CANCEL}:{token}"),
    ]])
    await parsing.edit_text(text, reply_markup=buttons)


def _read_upload(svc: Services, content: bytes, filename: str, user: User
                 ) -> tuple[Preview | ProgressPreview, str]:
    """The preview of a progress file or of a target table, and its text (HTML). Reporters
    (not admins) may only send progress files."""
    if looks_like_progress_file(content, filename):
        return progress.read_progress_upload(svc, content, filename, user)
    if not svc.is_admin(user.id):
        raise ImportRefused(progress.REPORTER_TABLE_REFUSED)
    preview, known_years = _prepare(svc.store, content, filename)
    return preview, preview_text(preview, known_years)


def _prepare(store: Store, content: bytes, filename: str) -> tuple[Preview, list[int]]:
    preview = prepare_import(store, content, filename)
    known_years = [v.year for v in store.current_versions()
                   if v.department == preview.table.department]
    return preview, known_years


async def decide_import(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """确认导入 / 取消 under a preview; only the admin who uploaded the file decides."""
    query, svc = update.callback_query, services(context)
    _, decision, token = query.data.split(":", 2)
    pending = svc.pending_imports.get(token)
    if pending is None:
        await query.answer("这个导入预览已失效（已处理或已过期），请重新发送文件。", show_alert=True)
        return
    if query.from_user.id != pending.user_id:
        await query.answer("只有上传这个文件的管理员可以确认或取消导入。", show_alert=True)
        return
    svc.pending_imports.pop(token)  # before any await: a double press cannot import twice
    for job in context.job_queue.get_jobs_by_name(f"import:{token}") if context.job_queue else ():
        job.schedule_removal()
    if decision != CONFIRM:
        await query.answer("已取消")
        await query.edit_message_text("已取消，未导入任何数据。")
        return
    await query.answer("正在导入…")
    who = author(query.from_user)
    if isinstance(pending.preview, ProgressPreview):
        text = await asyncio.to_thread(progress.commit_upload, svc, pending.preview,
                                       query.from_user)
        await edit_or_reply(query.message, text)
        return
    result = await asyncio.to_thread(commit_import, svc.store, pending.preview, who)
    await query.edit_message_text(imported_text(result.version))


async def expire_import(context: ContextTypes.DEFAULT_TYPE) -> None:
    """Job: a preview nobody confirmed in time is dropped and its buttons removed."""
    pending = services(context).pending_imports.pop(context.job.data)
    if pending is None:
        return
    minutes = max(1, round(services(context).pending_imports.ttl / 60))
    try:
        await context.bot.edit_message_text(
            f"导入预览已过期（{minutes} 分钟内没有确认），未导入任何数据。如需导入，请重新发送文件。",
            chat_id=pending.chat_id, message_id=pending.message_id, reply_markup=None)
    except TelegramError:
        logger.info("could not mark expired import preview %s", pending.message_id)

