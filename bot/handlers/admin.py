"""Admin commands and the upload flow: document -> 正在解析… -> preview with 确认导入 / 取消 ->
import. A document is a progress file when its header has 名称 and 完成值 (its preview and
import texts are in ``bot.handlers.progress``), else a target table. Who is an admin is decided
by filters in ``bot.app``; these handlers assume it.

A scan or photo is read with OCR (``正在识别第 2/3 页…`` while it works). When cells are
flagged, the preview comes without 确认导入: the list of flagged cells follows, then each cell's
picture; the admin replies to a picture with the right value (or “对”), sends ``/fix 单元格 值``,
or presses 全部无误, and only then gets a preview with 确认导入."""

from __future__ import annotations

import asyncio
import logging
import re

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update, User
from telegram.constants import ChatAction
from telegram.error import TelegramError
from telegram.ext import ContextTypes, filters

from bot import views
from bot.formatting import (
    escape,
    flagged_caption,
    flagged_text,
    imported_text,
    preview_text,
    unchanged_text,
)
from bot.handlers import errors, progress
from bot.handlers.query import command_argument
from bot.paging import Listing, reply_listing
from bot.pending import PendingImport, PendingImports
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
from data.importers import MAX_FILE_BYTES, ReadResult
from data.importing import (
    ImportResult,
    Preview,
    ProgressRows,
    commit_import,
    confirm_flag,
    correct_flag,
    is_unchanged,
    preview_of,
    read_upload,
)
from data.model import TableKind
from data.progress import ProgressFileError, ProgressPreview
from data.progress_forms import ProgressForm
from data.xlsx_form import write_form, write_workbook

logger = logging.getLogger(__name__)

IMPORT_PREFIX = "imp:"
CONFIRM, CANCEL, ALL_RIGHT = "ok", "no", "all"
_IMPORT_DATA = re.compile(rf"{IMPORT_PREFIX}({CONFIRM}|{CANCEL}|{ALL_RIGHT}):([A-Za-z0-9_-]{{6,32}})")
MAX_CELL_PICTURES = 20  # pictures of flagged cells sent under one preview; the rest: /fix
CONFIRM_WORDS = {"对", "对的", "正确", "无误", "没错", "是", "确认", "ok", "√", "✓", "✔"}
FIX_USAGE = ("用法：/fix 序号 值，例如 /fix 1 ≥90人（序号见待核对清单，也可写位置，如 "
             "/fix 帮扶困难职工数 年度指标值 ≥90人；值无误可写“对”）。")
NOTHING_TO_FIX = "没有待核对的单元格（预览已确认、取消或过期）。"
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
    document = update.effective_message.document
    await _receive(update, context, document, document.file_name or "未命名文件")


async def receive_photo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """An admin's photo (sent as a picture, so Telegram made it smaller: a file reads better)."""
    photo = update.effective_message.photo[-1]  # the largest size
    await _receive(update, context, photo, "照片.jpg")


async def _receive(update: Update, context: ContextTypes.DEFAULT_TYPE, document, filename: str
                   ) -> None:
    message, svc = update.effective_message, services(context)
    person(update.effective_user, svc)
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
    on_page, shown = _progress_reporter(parsing)
    try:
        # Read in a worker process (time and memory limits; a scan's 正在识别第 i/n 页… comes
        # back from it), checked against the store in a thread: the event loop waits on neither.
        upload = await svc.parser.arun(read_upload, content, filename,
                                       svc.is_admin(update.effective_user.id), progress=on_page)
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
    finally:
        await asyncio.gather(*shown, return_exceptions=True)  # no progress edit after this
    if preview is None:  # the same content as the current version: nothing to confirm
        await parsing.edit_text(text)
        return
    token = svc.pending_imports.add(preview, update.effective_user.id, message.chat.id,
                                    parsing.message_id)
    if context.job_queue is not None:
        context.job_queue.run_once(expire_import, svc.pending_imports.ttl, data=token,
                                   name=f"import:{token}")
    if isinstance(preview, Preview) and preview.unresolved():
        await parsing.edit_text(text)
        await _ask_for_checks(message, svc.pending_imports, token)
        return
    await parsing.edit_text(text, reply_markup=_decision_buttons(token))


def _decision_buttons(token: str) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([[
        InlineKeyboardButton("确认导入", callback_data=f"{IMPORT_PREFIX}{CONFIRM}:{token}"),
        InlineKeyboardButton("取消", callback_data=f"{IMPORT_PREFIX}{CANCEL}:{token}"),
    ]])


def _progress_reporter(parsing):
    """A thread-safe ``progress(page, pages)`` that edits the 正在解析… message, and the list of
    edits under way (awaited before the preview replaces that message)."""
    loop = asyncio.get_running_loop()
    shown: list[asyncio.Future] = []

    async def show(page: int, pages: int) -> None:
        try:
            await parsing.edit_text(f"正在识别第 {page}/{pages} 页…")
        except TelegramError:  # cosmetic
            logger.debug("progress edit failed", exc_info=True)

    def on_page(page: int, pages: int) -> None:
        future = asyncio.run_coroutine_threadsafe(show(page, pages), loop)
        loop.call_soon_threadsafe(shown.append, asyncio.wrap_future(future, loop=loop))

    return on_page, shown


async def _ask_for_checks(message, pending_imports: PendingImports, token: str) -> None:
    """The list of flagged cells (with 全部无误 / 取消), then each cell's picture."""
    pending = pending_imports.get(token)
    preview = pending.preview
    buttons = InlineKeyboardMarkup([[
        InlineKeyboardButton("全部无误", callback_data=f"{IMPORT_PREFIX}{ALL_RIGHT}:{token}"),
        InlineKeyboardButton("取消", callback_data=f"{IMPORT_PREFIX}{CANCEL}:{token}"),
    ]])
    listing = await message.reply_text(flagged_text(preview)[:4000], reply_markup=buttons)
    pending.message_id = listing.message_id  # expiry and decisions edit this message now
    total = len(preview.flagged)
    for index, flag in enumerate(preview.flagged[:MAX_CELL_PICTURES]):
        caption = flagged_caption(index + 1, total, flag.where, flag.read, flag.reason)
        sent = None
        if flag.image:
            try:
                sent = await message.reply_photo(flag.image, caption=caption)
            except TelegramError as error:  # a picture Telegram will not take: the text alone
                logger.info("picture of flagged cell %s not sent: %s", index + 1, error)
        if sent is None:
            sent = await message.reply_text(caption)
        pending.cell_messages[sent.message_id] = index


def _preview_upload(svc: Services, upload: ReadResult | ProgressRows | ProgressForm | None,
                    content: bytes, filename: str, user: User
                    ) -> tuple[Preview | ProgressPreview | None, str]:
    """The preview of a progress file or form or of a target table (read in a worker), and its
    text (HTML); no preview (None) for a table whose content equals the current version's.
    Reporters (not admins) may only send progress files: their tables are not even read
    (``upload`` None)."""
    if isinstance(upload, ProgressRows | ProgressForm):
        return progress.read_progress_upload(svc, content, filename, user, read=upload)
    if upload is None or not svc.is_admin(user.id):
        raise ProgressFileError(progress.REPORTER_TABLE_REFUSED)
    preview = preview_of(svc.store, upload, content, filename)
    if is_unchanged(svc.store, preview):
        return None, unchanged_text(preview)
    return preview, preview_text(preview, _known_years(svc.store, preview))


def _known_years(store: Store, preview: Preview) -> list[int]:
    table = preview.table
    return [v.year for v in store.current_versions(table.kind)
            if v.department == table.department and v.project == table.project]


# --------------------------------------------------------------------------- flagged cells


class FlaggedCellReply(filters.MessageFilter):
    """A reply to the picture of a flagged cell of a pending import."""

    def __init__(self, pending_imports: PendingImports) -> None:
        super().__init__(name="flagged_cell_reply")
        self.pending_imports = pending_imports

    def filter(self, message) -> bool:
        replied = message.reply_to_message
        return replied is not None and self.pending_imports.flagged_cell(
            message.chat.id, replied.message_id) is not None


async def fix_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """``/fix 单元格 值``: the flagged cell (its number in the list, or words of its place such as
    ``帮扶困难职工数 年度指标值``) of the admin's pending import holds 值 (“对”: as read)."""
    message, svc = update.effective_message, services(context)
    words = command_argument(message).split()
    if len(words) < 2:
        await message.reply_text(FIX_USAGE)
        return
    token = svc.pending_imports.latest_flagged(update.effective_user.id, message.chat.id)
    if token is None:
        await message.reply_text(NOTHING_TO_FIX)
        return
    *cell, value = words
    flagged = svc.pending_imports.get(token).preview.flagged
    if len(cell) == 1 and cell[0].isdigit():
        index = int(cell[0]) - 1
    else:
        matches = [i for i, flag in enumerate(flagged)
                   if not flag.resolved and all(word in flag.where for word in cell)]
        if len(matches) != 1:
            await message.reply_text(escape(
                f"“{' '.join(cell)}”对应 {len(matches)} 处待核对的单元格，请用序号：{FIX_USAGE}"))
            return
        index = matches[0]
    await _settle(message, svc, token, index, value)


async def fix_by_reply(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A reply to a flagged cell's picture: the right value, or “对” when it was read right."""
    message, svc = update.effective_message, services(context)
    found = svc.pending_imports.flagged_cell(message.chat.id, message.reply_to_message.message_id)
    if found is None:
        await message.reply_text(NOTHING_TO_FIX)
        return
    token, index = found
    if svc.pending_imports.get(token).user_id != update.effective_user.id:
        await message.reply_text("只有上传这个文件的管理员可以核对。")
        return
    await _settle(message, svc, token, index, (message.text or "").strip())


async def _settle(message, svc: Services, token: str, index: int, value: str) -> None:
    """Confirm or correct one flagged cell; when none is left open, offer 确认导入."""
    pending = svc.pending_imports.get(token)
    preview: Preview = pending.preview
    if not 0 <= index < len(preview.flagged):
        await message.reply_text(f"没有第 {index + 1} 处待核对的单元格（共 "
                                 f"{len(preview.flagged)} 处）。")
        return
    flag = preview.flagged[index]
    try:
        if value.lower() in CONFIRM_WORDS:
            confirm_flag(preview, index)
            done = f"已确认第 {index + 1} 处：{flag.where}“{flag.read}”。"
        else:
            await asyncio.to_thread(correct_flag, svc.store, preview, index, value)
            done = f"已改正第 {index + 1} 处：{flag.where} 改为“{value}”。"
    except JixiaoError as error:
        await message.reply_text(escape(str(error)))
        return
    left = len(preview.unresolved())
    if left:
        await message.reply_text(escape(f"{done}还有 {left} 处待核对。"))
        return
    await message.reply_text(escape(f"{done}全部核对完毕。"))
    await _offer_import(message, svc, token, pending)


async def _offer_import(message, svc: Services, token: str, pending: PendingImport) -> None:
    """The checked preview, now with 确认导入; the list's buttons go."""
    try:
        await message.get_bot().edit_message_reply_markup(
            chat_id=pending.chat_id, message_id=pending.message_id, reply_markup=None)
    except TelegramError:
        logger.info("could not remove the buttons of %s", pending.message_id)
    known = await asyncio.to_thread(_known_years, svc.store, pending.preview)
    text = "（已核对）" + preview_text(pending.preview, known)
    sent = await message.get_bot().send_message(pending.chat_id, text,
                                                reply_markup=_decision_buttons(token))
    pending.message_id = sent.message_id



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
    if decision == ALL_RIGHT:
        if not isinstance(pending.preview, Preview) or not pending.preview.unresolved():
            await query.answer()
            return
        for index in range(len(pending.preview.flagged)):
            confirm_flag(pending.preview, index)
        await query.answer("已确认全部识别结果")
        await _offer_import(query.message, svc, token, pending)
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

