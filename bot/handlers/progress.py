"""Progress in chat: /digest, /subscribe, /unsubscribe, /report, and the progress side of an
upload (preview text, row errors, import).

Who may do what is decided by filters in ``bot.app``: /digest is for everyone; /subscribe and
/unsubscribe change the subscriptions of the chat they are sent in — anyone in a private chat,
only the bot's admins in a group; /report and progress uploads are for admins (any department)
and reporters (their own departments, ``bot.reporters``).
"""

from __future__ import annotations

import asyncio
import logging
import re
from datetime import date, datetime

from telegram import Update, User
from telegram.constants import ChatAction
from telegram.error import BadRequest
from telegram.ext import ContextTypes

from bot.digests import (
    moment_text,
    next_send,
    parse_callback,
    render_department_by_key,
    render_digest,
    render_overview_page,
    send_parts,
    sync_chat_jobs,
)
from bot.formatting import escape
from bot.handlers import suggestions
from bot.handlers.query import command_argument
from bot.people import Person, ask_admin, person
from bot.replies import reply_chunks, with_chat_action
from bot.reporters import no_department_text, reporter_scope
from bot.services import Services, services
from data import outbox
from data.actors import chat_identifier
from data.digest import (
    Subscription,
    SubscriptionError,
    build_digest,
    digest_for,
    parse_frequency,
    subscribe,
    subscriptions,
    unsubscribe,
)
from data.digest_xlsx import digest_workbook
from data.errors import JixiaoError, NotFoundError
from data.importing import ProgressRows
from data.progress import (
    INDICATOR,
    ProgressFileError,
    ProgressImportResult,
    ProgressPreview,
    ProgressReport,
    UnknownItem,
    commit_progress,
    preview_progress,
    report_value,
    resolve_department,
)
from data.progress_forms import ProgressForm
from data.status import GRADES

logger = logging.getLogger(__name__)

SUBSCRIBE_USAGE = ("用法：/subscribe [daily|weekly|monthly] [HH:MM] [部门]，例如 /subscribe、"
                   "/subscribe weekly 08:30 总工会 或 /subscribe 每月 09:00"
                   "（默认每天 09:00、全部部门；每周为周一，每月为 1 日，北京时间）；"
                   "/subscribe status 查看送达情况")
REPORT_USAGE = ("用法：/report [部门] 名称 完成值 [截至日期]，例如 /report 开展技能培训 320人、"
                "/report 送温暖活动经费 800000 或 /report 总工会 开展技能培训 320人 2026-06-30"
                "（截至日期默认今天）")
REPORT_REFUSED = "抱歉，只有管理员和登记的填报人可以填报进度。"  # + whom to ask
REPORTER_TABLE_REFUSED = ("填报人只能上传进度文件（CSV 或 XLSX，列：部门、年度、名称、截至日期、"
                          "完成值、备注）或项目支出绩效运行监控表、自评表；绩效目标表请交给管理员导入。")
GROUP_SUBSCRIPTION_ADMIN_ONLY = ("抱歉，在群组中只有管理员可以订阅或退订定时摘要。"
                                 "您可以在私聊中向我发送 /subscribe，把摘要订阅给自己。")
STATUS_WORDS = ("status", "状态", "查看", "送达")
PREVIEW_EXAMPLES = 5  # rows shown in a progress preview
MAX_ROW_ERRORS = 20  # row errors listed for a refused file
MAX_WARNINGS = 10
_TIME_LIKE = re.compile(r"\d{1,2}[:：]\d{1,2}")
_DATE_LIKE = re.compile(r"(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?")
_BARE_NUMBER = re.compile(r"[+-]?[\d,，.]+")


def author(user: User) -> str:
    """How imports, reports, aliases and subscriptions record who made them."""
    return chat_identifier(user.id, user.username)


# --------------------------------------------------------------------------- /digest


async def digest_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """``/digest [部门]``: today's overview of every department (text with department buttons,
    and a chart), or one department's detail and chart."""
    svc, message = services(context), update.effective_message
    department = command_argument(message) or None
    work = asyncio.to_thread(render_digest, svc.store, svc.today(), department,
                             svc.settings.thresholds)
    try:
        parts = await with_chat_action(context.bot, message.chat_id, work,
                                       ChatAction.UPLOAD_PHOTO)
    except JixiaoError as error:  # no tables, or no such department
        await reply_chunks(message, str(error))
        return
    await send_parts(context.bot, message.chat_id, parts)


async def digest_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A button under an overview: another page of departments (the message is edited), or a
    department's detail and chart (sent below), as of the overview's date."""
    query, svc = update.callback_query, services(context)
    parsed = parse_callback(query.data or "")
    if parsed is None:
        logger.info("digest button with unknown data %r", query.data)
        await query.answer("按钮已失效，请重新发送 /digest。")
        return
    kind, day, value = parsed
    thresholds = svc.settings.thresholds
    try:
        if kind == "p":
            await query.answer()
            text, markup = await asyncio.to_thread(render_overview_page, svc.store, day,
                                                   int(value) if value.isdigit() else 0,
                                                   thresholds)
            try:
                await query.edit_message_text(text, reply_markup=markup)
            except BadRequest as error:  # pressed twice: "message is not modified"
                logger.info("overview page not changed: %s", error)
            return
        await query.answer("正在生成部门详情…")
        work = asyncio.to_thread(render_department_by_key, svc.store, day, value, thresholds)
        parts = await with_chat_action(context.bot, query.message.chat_id, work,
                                       ChatAction.UPLOAD_PHOTO)
    except JixiaoError as error:
        await context.bot.send_message(query.message.chat_id, escape(str(error)))
        return
    await send_parts(context.bot, query.message.chat_id, parts)


async def export_progress(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """``/export progress``: today's digest of every department as a flat XLSX."""
    svc, message = services(context), update.effective_message
    day = svc.today()
    work = asyncio.to_thread(_progress_workbook, svc, day)
    try:
        content, rows = await with_chat_action(context.bot, message.chat_id, work,
                                               ChatAction.UPLOAD_DOCUMENT)
    except JixiaoError as error:
        await reply_chunks(message, str(error))
        return
    await message.reply_document(
        content, filename=f"绩效进度_{day:%Y%m%d}.xlsx",
        caption=f"进度摘要（{day.isoformat()}）：{rows} 项，每行一项（部门、项目、名称、目标、实际、单位、"
                f"比率、状态、截至日期、填报人）。")


def _progress_workbook(svc: Services, day: date) -> tuple[bytes, int]:
    digests = build_digest(svc.store, day, None, svc.settings.thresholds)
    return digest_workbook(digests), sum(len(d.items) for d in digests)


# --------------------------------------------------------------------------- subscriptions


async def subscribe_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """``/subscribe [daily|weekly|monthly] [HH:MM] [部门]`` for the chat it is sent in;
    ``/subscribe status`` shows its subscriptions, their last delivery and any failure."""
    svc, message = services(context), update.effective_message
    argument, who = command_argument(message), author(update.effective_user)
    if argument.strip().lower() in STATUS_WORDS:
        text = await asyncio.to_thread(status_text, svc, message.chat_id)
        await reply_chunks(message, text)
        return
    try:
        text, active = await asyncio.to_thread(_subscribe, svc, message.chat_id, argument, who)
    except JixiaoError as error:
        await reply_chunks(message, f"{error}\n{SUBSCRIBE_USAGE}")
        return
    sync_chat_jobs(context.job_queue, message.chat_id, active)
    await reply_chunks(message, text)


def parse_subscribe_arguments(text: str) -> tuple[str, str, str | None]:
    """``weekly 08:30 总工会`` → ``("weekly", "08:30", "总工会")``; words in any order,
    defaults ``daily``, ``09:00`` and every department. A malformed time is left for
    ``parse_time`` to explain; an unknown word is taken as (part of) a department name."""
    frequency, at, words = None, None, []
    for word in text.split():
        if frequency is None and _is_frequency(word):
            frequency = word
        elif at is None and _TIME_LIKE.fullmatch(word):
            at = word
        else:
            words.append(word)
    return frequency or "daily", at or "09:00", " ".join(words) or None


def _is_frequency(word: str) -> bool:
    try:
        parse_frequency(word)
    except SubscriptionError:
        return False
    return True


def _subscribe(svc: Services, chat_id: int, argument: str, who: str
               ) -> tuple[str, list[Subscription]]:
    frequency, at, department = parse_subscribe_arguments(argument)
    subscription = subscribe(svc.store, chat_id, frequency, at, department, created_by=who)
    active = subscriptions(svc.store, chat_id)
    lines = [f"已订阅：{subscription.describe()}（北京时间）。",
             f"下次发送：{moment_text(next_send(subscription, svc.now()))}。"]
    if len(active) > 1:
        lines += _subscription_list(active)
    lines.append("退订：/unsubscribe（全部）或 /unsubscribe 部门")
    return "\n".join(lines), active


async def unsubscribe_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """``/unsubscribe [部门]``: stop the chat's subscriptions (all, or one department's)."""
    svc, message = services(context), update.effective_message
    department = command_argument(message) or None
    try:
        text, active = await asyncio.to_thread(_unsubscribe, svc, message.chat_id, department)
    except JixiaoError as error:
        await reply_chunks(message, str(error))
        return
    sync_chat_jobs(context.job_queue, message.chat_id, active)
    await reply_chunks(message, text)


def _unsubscribe(svc: Services, chat_id: int, department: str | None
                 ) -> tuple[str, list[Subscription]]:
    before = subscriptions(svc.store, chat_id)
    unsubscribe(svc.store, chat_id, department)
    active = subscriptions(svc.store, chat_id)
    remaining = {subscription.id for subscription in active}
    stopped = [subscription for subscription in before if subscription.id not in remaining]
    if stopped:
        lines = ["已退订：", *(f"• {s.describe()}" for s in stopped)]
    elif department:
        full = resolve_department(svc.store, department)
        lines = [f"本会话没有单独订阅{full}的进度摘要。"]
    else:
        lines = ["本会话没有订阅定时摘要。订阅：/subscribe"]
    if active:
        lines += _subscription_list(active)
    return "\n".join(lines), active


def status_text(svc: Services, chat_id: int) -> str:
    """Each of the chat's subscriptions with its next send, last delivery and any failure."""
    active = subscriptions(svc.store, chat_id)
    if not active:
        return "本会话没有订阅定时摘要。订阅：/subscribe"
    lines = [f"本会话的订阅（{len(active)} 个）："]
    for subscription in active:
        lines.append(f"• {subscription.describe()}")
        lines.append(f"  下次发送：{moment_text(next_send(subscription, svc.now()))}")
        delivery = outbox.delivery(svc.store, subscription.id)
        if delivery.last_sent_at is not None:
            lines.append(f"  上次送达：{_when(delivery.last_sent_at)}"
                         f"（{delivery.last_period} 的摘要）")
        else:
            lines.append("  上次送达：还没有送达过")
        if delivery.retrying is not None:
            retry = delivery.retrying
            lines.append(f"  ⚠️ 发送失败 {retry.attempts} 次，将于 {_when(retry.next_attempt_at)}"
                         f" 重试：{retry.last_error}")
        if delivery.failed is not None and (delivery.last_sent_at is None or
                                            delivery.failed.created_at >= delivery.last_sent_at):
            failed = delivery.failed
            lines.append(f"  ❌ {failed.period} 的摘要未能送达（尝试 {failed.attempts} 次）："
                         f"{failed.last_error}")
    return "\n".join(lines)


def _when(moment: datetime) -> str:
    return f"{moment:%Y-%m-%d %H:%M}"


def _subscription_list(active: list[Subscription]) -> list[str]:
    return [f"本会话的订阅（{len(active)} 个）：", *(f"• {s.describe()}" for s in active)]


async def refuse_group_subscription(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await update.effective_message.reply_text(GROUP_SUBSCRIPTION_ADMIN_ONLY)


# --------------------------------------------------------------------------- /report


async def report_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """``/report [部门] 名称 完成值 [截至日期]``: store one value and say the item's status
    (admins: any department; reporters: their own)."""
    svc, message = services(context), update.effective_message
    try:
        words, value, as_of = parse_report_arguments(command_argument(message))
    except ValueError as error:
        await reply_chunks(message, f"{error}\n{REPORT_USAGE}" if str(error) else REPORT_USAGE)
        return
    who = person(update.effective_user, svc)
    scope = reporter_scope(svc, update.effective_user.id)
    if scope is not None and not scope:
        await reply_chunks(message, no_department_text(svc, update.effective_user.id))
        return
    try:
        text = await asyncio.to_thread(_report, svc, words, value, as_of, who, scope)
    except UnknownItem as error:  # offer the closest items as buttons
        html, buttons = await asyncio.to_thread(suggestions.offer_text_and_buttons, svc, error,
                                                update.effective_user.id, value, as_of)
        await message.reply_text(html, reply_markup=buttons)
        return
    except JixiaoError as error:
        text = str(error)
    await reply_chunks(message, text)


async def refuse_report(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    contact = await asyncio.to_thread(ask_admin, services(context))
    await update.effective_message.reply_text(escape(f"{REPORT_REFUSED}{contact}"))


def parse_report_arguments(text: str) -> tuple[list[str], str, date | None]:
    """``总工会 开展技能培训 320 人 2026-06-30`` → ``(["总工会", "开展技能培训"], "320人",
    date(2026, 6, 30))``. Raises ``ValueError`` (empty message: just show the usage)."""
    words = text.split()
    as_of = None
    if words and (match := _DATE_LIKE.fullmatch(words[-1])):
        try:
            as_of = date(*(int(part) for part in match.groups()))
        except ValueError:
            raise ValueError(f"无法识别截至日期“{words[-1]}”，请写成 2026-06-30 这样。") from None
        words = words[:-1]
    # "320 人": a number and its unit typed apart
    if (len(words) >= 3 and _BARE_NUMBER.fullmatch(words[-2])
            and not words[-1][0].isdigit() and words[-1] not in GRADES):
        words = [*words[:-2], words[-2] + words[-1]]
    if len(words) < 2:
        raise ValueError("")
    return words[:-1], words[-1], as_of


def _report(svc: Services, words: list[str], value: str, as_of: date | None, who: Person,
            scope: frozenset[str] | None = None) -> str:
    """Store one value for ``who``; ``scope`` are a reporter's departments (``None``: an
    admin, any department)."""
    department = None
    if len(words) > 1:  # a leading department, if the first word is one
        try:
            department = resolve_department(svc.store, words[0])
            words = words[1:]
        except NotFoundError:
            pass
    today = svc.today()
    report = report_value(svc.store, " ".join(words), value, who.identifier,
                          department=department, as_of=as_of, today=today,
                          departments=scope, reporter_name=who.name)
    return (f"已记录：{report.describe()}\n填报人：{who.name}\n"
            f"{_status_text(svc, report, today)}")


def report_item(svc: Services, department: str, name: str, value: str, as_of: date | None,
                who: Person, scope: frozenset[str] | None = None) -> str:
    """``_report`` for an item chosen from the did-you-mean buttons (department known)."""
    return _report(svc, [department, name], value, as_of, who, scope)


def _status_text(svc: Services, report: ProgressReport, today: date) -> str:
    digest = digest_for(svc.store, report.department, report.year, today,
                        svc.settings.thresholds)
    status = next((item for item in digest.items
                   if item.name == report.name and item.kind == report.kind), None)
    if status is None:  # cannot happen: the item was just found in the same table
        return ""
    return f"当前状态：{status.status.label}\n{status.brief()}"


# --------------------------------------------------------------------------- uploads


def read_progress_upload(svc: Services, content: bytes, filename: str, user: User,
                         read: ProgressRows | ProgressForm | None = None
                         ) -> tuple[ProgressPreview, str]:
    """A progress file or form checked for ``user`` (a reporter's rows must all be their own
    departments') and its preview text (HTML); ``read``: what the file holds when already read
    (in a parse worker). Raises ``ProgressFileError``."""
    scope = reporter_scope(svc, user.id)
    if scope is not None and not scope:
        raise ProgressFileError(no_department_text(svc, user.id))
    preview = preview_progress(svc.store, content, filename, today=svc.today(),
                               departments=scope,
                               rows=read.rows if isinstance(read, ProgressRows) else None,
                               form=read if isinstance(read, ProgressForm) else None)
    return preview, preview_text(preview, person(user).name)


def preview_text(preview: ProgressPreview, reporter: str) -> str:
    """The preview of a progress file (HTML): counts per department-year, who is recorded as
    reporter, a few rows, warnings."""
    lines = [f"<b>进度导入预览</b>：{escape(preview.source_name)}",
             *(escape(line) for line in preview.header),  # a 运行监控表 or 自评表: which project
             f"填报人：{escape(reporter)}（记入每条进度）",
             f"共 {len(preview.reports)} 条进度："]
    lines += [f"• {escape(department)} {year} 年：{count} 条"
              for (department, year), count in preview.counts().items()]
    lines.append("示例：")
    for report in preview.reports[:PREVIEW_EXAMPLES]:
        note = f"；{report.note}" if report.note else ""
        lines.append(f"• {escape(report.name)}：{escape(report.display)}"
                     f"（截至 {report.as_of.isoformat()}）{escape(note)}")
    if len(preview.reports) > PREVIEW_EXAMPLES:
        lines.append(f"• ……另有 {len(preview.reports) - PREVIEW_EXAMPLES} 条")
    if preview.warnings:
        lines.append("请注意：")
        lines += [f"• {escape(warning)}" for warning in preview.warnings[:MAX_WARNINGS]]
        if len(preview.warnings) > MAX_WARNINGS:
            lines.append(f"• ……另有 {len(preview.warnings) - MAX_WARNINGS} 条提示")
    lines.append("确认导入后记入进度：以前填报的记录保留，每项以截至日期最新的一条为准。")
    return "\n".join(lines)


def refusal_text(error: ProgressFileError) -> str:
    """A refused progress file (plain text): the first row errors, then how many more."""
    message = str(error)
    if not error.errors:
        return message if "未导入" in message else f"{message}\n未导入任何数据。"
    shown = error.errors[:MAX_ROW_ERRORS]
    lines = [message.split("\n", 1)[0], *shown]
    if len(error.errors) > len(shown):
        lines.append(f"……另有 {len(error.errors) - len(shown)} 处错误未列出。")
    lines.append("请改正后重新发送整个文件。")
    return "\n".join(lines)


def commit_upload(svc: Services, preview: ProgressPreview, who: Person) -> str:
    """Store a confirmed progress file (plain-text reply), recorded as reported by ``who``.
    Rows are checked again: a table replaced since the preview refuses the whole file."""
    try:
        result = commit_progress(svc.store, preview, who.identifier, today=svc.today(),
                                 reporter_name=who.name)
    except ProgressFileError as error:
        return refusal_text(error)
    return imported_text(result)


def imported_text(result: ProgressImportResult) -> str:
    reports = result.reports
    counts: dict[tuple[str, int], int] = {}
    for report in reports:
        counts[(report.department, report.year)] = counts.get((report.department, report.year),
                                                              0) + 1
    scope = "；".join(f"{department} {year} 年 {count} 条"
                     for (department, year), count in counts.items())
    example = next((r for r in reports if r.kind == INDICATOR), reports[0] if reports else None)
    ask = f"例如“{example.name}完成了多少”，" if example else ""
    return (f"已导入进度：{result.preview.source_name}，共 {len(reports)} 条（{scope}）。\n"
            f"现在就可以提问，{ask}或发送 /digest 查看进度摘要。")
