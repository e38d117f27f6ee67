"""Admin commands and the upload flow: document -> 正在解析… -> preview with 确认导入 / 取消 ->
import. A document is a progress file when its header has 名称 and 完成值 (its preview and
import texts are in ``bot.handlers.progress``), else a target table. Who is an admin is decided
by filters in ``bot.app``; these handlers assume it."""

from __future__ import annotations

import asyncio
import logging
import re

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update, User
from telegram.constants import ChatAction
from telegram.error import TelegramError
from telegram.ext import ContextTypes

from bot import views
from bot.formatting import escape, imported_text, preview_text, unchanged_text
from bot.handlers import errors, progress
from bot.handlers.query import command_argument
from bot.paging import Listing, reply_listing
from bot.people import ask_admin, person
from bot.replies import edit_or_reply, reply_chunks, with_chat_action
from bot.services import Services, services
from data.db import NothingToRollBack, Store
from data.errors import (
    FileTooComplex,
    FileTooLarge,
    ImportRefused,
    JixiaoError,
    ParseLimitExceeded,
    ValueOutOfRange,
)
from data.importers import MAX_FILE_BYTES
from data.importing import (
    ImportResult,
    Preview,
    ProgressRows,
    commit_import,
    is_unchanged,
    preview_table,
    read_upload,
)
from data.model import PerformanceTable, TableKind
from data.progress import ProgressFileError, ProgressPreview
from data.xlsx_form import write_form, write_workbook

logger = logging.getLogger(__name__)

IMPORT_PREFIX = "imp:"
CONFIRM, CANCEL = "ok", "no"
_IMPORT_DATA = re.compile(rf"{IMPORT_PREFIX}({CONFIRM}|{CANCEL}):([A-Za-z0-9_-]{{6,32}})")
ADMIN_ONLY = "抱歉，这个命令仅限管理员使用。"
UPLOAD_ADMIN_ONLY = "抱歉，只有管理员可以导入绩效目标表，文件没有被导入。"
ROLLBACK_USAGE = "用法：/rollback 部门 年度 [版本号]，例如 /rollback 总工会 2026 或 /rollback 总工会 2026 1"
TEMPLATE_HINT = "可以发送 /template 获取空白的绩效目标表（XLSX），填好后再发给我。"
UNCHANGED_AT_CONFIRM = "内容与当前版本相同（预览之后已有人导入了同样的数据），未导入，没有新增版本。"
ALIAS_USAGE = "用法：/alias 别名 = 名称，例如 /alias 送温暖 = 送温暖活动经费"
PARSE_FAILED = "解析文件时出错了，未导入任何数据。"


# --------------------------------------------------------------------------- refusals


async def refuse_admin_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    contact = await asyncio.to_thread(ask_admin, services(context))
    await update.effective_message.reply_text(escape(f"{ADMIN_ONLY}{contact}"))


async def refuse_upload(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    contact = await asyncio.to_thread(ask_admin, services(context))
    await update.effective_message.reply_text(escape(f"{UPLOAD_ADMIN_ONLY}{contact}"))


# --------------------------------------------------------------------------- commands


async def versions(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """``/versions [部门] [年度]``"""
    name, year = views.split_year(command_argument(update.effective_message))
    person(update.effective_user, services(context))
    listing = await asyncio.to_thread(_versions, services(context), name, year)
    await reply_listing(update.effective_message, context, listing)


def _versions(svc: Services, name: str, year: int | None) -> Listing:
    department = None
    if name:
        department = _stored_department(svc, name)
        if department is None:
            return Listing.from_text(views.unknown_department_text(name, svc.engine.index))
    return views.versions_listing(svc.store, svc.engine.index, department, year)


def _stored_department(svc: Services, name: str) -> str | None:
    """A department name as stored; exact names of departments not loaded also count."""
    if name in {v.department for v in svc.store.versions()}:
        return name
    return views.resolve_department(name, svc.engine.index)


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
        return views.unknown_department_text(name, svc.engine.index)
    try:
        info = svc.store.rollback(department, year, to_version)
    except NothingToRollBack as error:
        return f"{error}\n{views.rollback_hint(views.short_name(department, svc.engine.index), year)}"
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
    who = person(user, services(context))
    text = await asyncio.to_thread(engine.add_alias, alias_name, target, who.identifier)
    await reply_chunks(update.effective_message, text)


async def unanswered(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    listing = await asyncio.to_thread(views.unanswered_listing, services(context).store)
    await reply_listing(update.effective_message, context, listing)


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
    # The workbook holds 部门整体 forms only; project tables are in run_bot.py export.
    tables = [stored.table for stored in store.current_tables(TableKind.DEPARTMENT)]
    return (write_workbook(tables) if tables else b""), len(tables)


# --------------------------------------------------------------------------- upload flow


async def receive_document(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """An admin's file: size check, download, read and check (a progress file or a target
    table), then a preview with buttons."""
    message, svc = update.effective_message, services(context)
    person(update.effective_user, svc)
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
        # Parsed in a worker process (time and memory limits), checked against the store in
        # a thread: the event loop never waits on either.
        upload = await svc.parser.arun(read_upload, content, filename)
        preview, text = await asyncio.to_thread(_preview_upload, svc, upload, content, filename,
                                                update.effective_user)
    except ProgressFileError as error:  # every bad row listed (the first ones)
        await edit_or_reply(parsing, progress.refusal_text(error))
        return
    except ImportRefused as error:  # not a form (or not readable): point to the blank form
        # A form that is too big, too complex or out of range is not helped by a blank form.
        beyond = FileTooLarge | FileTooComplex | ParseLimitExceeded | ValueOutOfRange
        hint = "" if isinstance(error, beyond) else f"\n{TEMPLATE_HINT}"
        await parsing.edit_text(escape(f"{error}\n未导入任何数据。{hint}"))
        return
    except Exception:
        await parsing.edit_text(PARSE_FAILED)
        raise  # to the error handler, which logs it
    if preview is None:  # the same content as the current version: nothing to confirm
        await parsing.edit_text(text)
        return
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


def _preview_upload(svc: Services, upload: PerformanceTable | ProgressRows, content: bytes,
                    filename: str, user: User) -> tuple[Preview | ProgressPreview | None, str]:
    """The preview of a progress file or of a target table (read in a worker), and its text
    (HTML); no preview (None) for a table whose content equals the current version's.
    Reporters (not admins) may only send progress files."""
    if isinstance(upload, ProgressRows):
        return progress.read_progress_upload(svc, content, filename, user, rows=upload.rows)
    if not svc.is_admin(user.id):
        raise ProgressFileError(progress.REPORTER_TABLE_REFUSED)
    preview = preview_table(svc.store, upload, content, filename)
    if is_unchanged(svc.store, preview):
        return None, unchanged_text(preview)
    table = preview.table
    known_years = [v.year for v in svc.store.current_versions(table.kind)
                   if v.department == table.department and v.project == table.project]
    return preview, preview_text(preview, known_years)


async def decide_import(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """确认导入 / 取消 under a preview; only the admin who uploaded the file decides."""
    query, svc = update.callback_query, services(context)
    match = _IMPORT_DATA.fullmatch(query.data or "")
    if match is None:  # not a button this bot made (imp:ok, imp:, …)
        await errors.stale_button(update, context)
        return
    decision, token = match.groups()
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
    who = person(query.from_user, svc)
    if isinstance(pending.preview, ProgressPreview):
        text = await asyncio.to_thread(progress.commit_upload, svc, pending.preview, who)
        await edit_or_reply(query.message, text)
        return
    result = await asyncio.to_thread(_commit_table, svc.store, pending.preview, who)
    await query.edit_message_text(UNCHANGED_AT_CONFIRM if result is None
                                  else imported_text(result.version))


def _commit_table(store: Store, preview: Preview, who) -> ImportResult | None:
    """Import a confirmed preview, unless the same content became current meanwhile (two
    admins uploading the same file, or one confirming twice from two previews)."""
    with store.transaction():  # the check and the import see the same current version
        if is_unchanged(store, preview):
            return None
        return commit_import(store, preview, who.identifier, importer_name=who.name)


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

