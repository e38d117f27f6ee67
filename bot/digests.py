"""Progress digests in chat: the overview and department messages, their buttons, and the
scheduled subscriptions — PTB ``JobQueue`` jobs (APScheduler inside), in Asia/Shanghai, whose
digests go out through the SQLite outbox (``data.outbox``), exactly once and never lost.

**What is sent.** Every department: one overview message (date, time progress, the bold
headline, the departments worst first, one line each, with a button per department and
上一页 / 下一页 when there are more than ``PAGE_SIZE``) and one chart of the departments'
budget execution. One department (named, or pressed): its detail (red and yellow items first,
one line each) and its chart. So a digest is two messages, however many departments.

**Schedules.** One job per active subscription, named ``digest:<id>``: daily at HH:MM, weekly on
Mondays, monthly on the 1st. The job does not trust its own firing: it re-reads the
subscription and, when ``due_subscriptions`` says the current period is due, renders the digest
and queues its messages in the outbox in the same transaction that claims the period — a
period is claimed once, whatever fires twice (a restart, the catch-up, a duplicate job). The
outbox is then flushed: each message is marked sent once Telegram took it; an HTTP error or a
timeout puts it back with a wait (``Settings.digest_retry``: 1, 5, 15, 60 minutes, the last
repeating) until the period ends. At start-up every subscription is registered again, messages
a crash left half-sent are put back, and a catch-up queues what fell due while the bot was down.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Generic, TypeVar

from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, Message
from telegram.error import BadRequest, Forbidden, RetryAfter, TelegramError
from telegram.ext import Application, ContextTypes, Job, JobQueue
from telegram.warnings import PTBDeprecationWarning

from bot.formatting import escape, split_text
from bot.paging import NEXT, PREVIOUS
from bot.services import SERVICES_KEY, Services, services
from data import outbox
from data.chart import digest_chart_png, overview_chart_png
from data.clock import TIMEZONE
from data.db import Store
from data.digest import (
    Digest,
    Overview,
    Subscription,
    build_digest,
    due_subscriptions,
    scheduled_moment,
    subscriptions,
    unsubscribe,
)
from data.errors import JixiaoError, NotFoundError
from data.outbox import OutboxMessage, Part, PartKind
from data.status import DEFAULT_THRESHOLDS, Thresholds

logger = logging.getLogger(__name__)

JOB_PREFIX = "digest:"
CATCH_UP_JOB = "digest-catch-up"
OUTBOX_JOB = "digest-outbox"  # the one timer for the outbox's next attempt
OUTBOX_SWEEP_JOB = "digest-outbox-sweep"
OUTBOX_SWEEP_SECONDS = 300  # a safety net besides the timer
OUTBOX_LOCK = "digest-outbox-lock"  # bot_data key: one flush at a time
# A run delayed by a busy event loop or a suspended host still goes out within the hour; longer
# gaps (the bot was down) are the start-up catch-up's job. Coalescing turns several missed runs
# into one, and the period claim would refuse the others anyway.
MISFIRE_GRACE_SECONDS = 60 * 60
JOB_KWARGS = {"misfire_grace_time": MISFIRE_GRACE_SECONDS, "coalesce": True}
MONDAY = 1  # PTB >= 20 numbers weekdays like cron: 0 = Sunday, 1 = Monday
WEEKDAYS = "一二三四五六日"

DIGEST_PREFIX = "dg:"  # callback data: dg:p:<yyyymmdd>:<page>, dg:d:<yyyymmdd>:<department key>
PAGE_SIZE = 10  # departments per overview page
BUTTONS_PER_ROW = 2

T = TypeVar("T")


# --------------------------------------------------------------------------- paging
# The overview pages by itself, with the shared pager's button labels: bot/paging.py keeps each
# list in memory under a token for a day, while an overview sent by a subscription must still
# page (and open departments) after days and restarts — so its buttons carry the date and the
# page or department, and every press rebuilds the page from the database.


@dataclass(frozen=True)
class Page(Generic[T]):
    items: list[T]
    number: int  # from 0
    count: int

    @property
    def label(self) -> str:
        return f"第 {self.number + 1}/{self.count} 页"


def paginate(items: Sequence[T], number: int, size: int = PAGE_SIZE) -> Page[T]:
    """Page ``number`` of ``items`` (clamped to the pages there are)."""
    count = max(1, -(-len(items) // size))
    number = min(max(number, 0), count - 1)
    return Page(list(items[number * size:(number + 1) * size]), number, count)


def page_buttons(page: Page, callback_data: Callable[[int], str]) -> list[InlineKeyboardButton]:
    """``‹ 上一页`` / ``下一页 ›`` for a page that has neighbours."""
    buttons = []
    if page.number > 0:
        buttons.append(InlineKeyboardButton(PREVIOUS, callback_data=callback_data(
            page.number - 1)))
    if page.number < page.count - 1:
        buttons.append(InlineKeyboardButton(NEXT, callback_data=callback_data(
            page.number + 1)))
    return buttons


# --------------------------------------------------------------------------- rendering


def department_key(department: str) -> str:
    """A short stable key for a department in callback data (Telegram allows 64 bytes)."""
    return hashlib.sha1(department.encode()).hexdigest()[:10]


def _day_code(day: date) -> str:
    return day.strftime("%Y%m%d")


def page_callback(day: date) -> Callable[[int], str]:
    return lambda number: f"{DIGEST_PREFIX}p:{_day_code(day)}:{number}"


def department_callback(day: date, department: str) -> str:
    return f"{DIGEST_PREFIX}d:{_day_code(day)}:{department_key(department)}"


def parse_callback(data: str) -> tuple[str, date, str] | None:
    """``("p", day, "2")`` / ``("d", day, key)``; ``None`` for data the bot did not issue."""
    try:
        prefix, kind, day, value = data.split(":", 3)
        return (kind, datetime.strptime(day, "%Y%m%d").date(), value) if (
            prefix + ":" == DIGEST_PREFIX and kind in ("p", "d") and value) else None
    except ValueError:
        return None


def overview_message(overview: Overview, page_number: int = 0, header: str = ""
                     ) -> tuple[str, InlineKeyboardMarkup]:
    """The overview (HTML) at one page of departments, with their buttons."""
    page = paginate(overview.digests, page_number)
    lines = [escape(header)] if header else []
    lines.append(escape(overview.title()))
    lines += [f"<b>{escape(line)}</b>" for line in overview.headline()]
    lines.append("")
    lines += [escape(line) for line in overview.department_lines(page.items)]
    hint = "点部门名称查看详情"
    lines.append(f"{page.label} · {hint}" if page.count > 1 else hint)
    buttons = [InlineKeyboardButton(digest.department,
                                    callback_data=department_callback(overview.date,
                                                                      digest.department))
               for digest in page.items]
    rows = [buttons[i:i + BUTTONS_PER_ROW] for i in range(0, len(buttons), BUTTONS_PER_ROW)]
    navigation = page_buttons(page, page_callback(overview.date))
    return "\n".join(lines), InlineKeyboardMarkup([*rows, navigation] if navigation else rows)


def department_messages(digest: Digest, header: str = "") -> list[str]:
    """A department's detail (HTML), split under Telegram's limit when it is very long."""
    plain = [header] if header else []
    plain += [digest.title(), digest.time_line()]
    bold_from, bold_to = len(plain), len(plain) + len(digest.headline())
    plain += [*digest.headline(), *digest.item_lines()]
    pieces = split_text("\n".join(plain), 3800)  # room for the <b> tags
    html, line_number = [], 0
    for piece in pieces:
        lines = []
        for line in piece.split("\n"):
            text = escape(line)
            lines.append(f"<b>{text}</b>" if bold_from <= line_number < bold_to else text)
            line_number += 1
        html.append("\n".join(lines))
    return html


def overview_parts(overview: Overview, header: str = "") -> list[Part]:
    text, markup = overview_message(overview, 0, header)
    caption = f"各部门预算执行与时间进度（{overview.date.isoformat()}）"
    return [Part(PartKind.TEXT, text, markup.to_dict()),
            Part(PartKind.PHOTO, escape(caption), photo=overview_chart_png(overview),
                 filename=f"绩效进度总览_{overview.date.isoformat()}.png")]


def department_parts(digest: Digest, header: str = "") -> list[Part]:
    caption = f"{digest.department} {digest.year} 年绩效进度图（{digest.date.isoformat()}）"
    return [*(Part(PartKind.TEXT, text) for text in department_messages(digest, header)),
            Part(PartKind.PHOTO, escape(caption), photo=digest_chart_png(digest),
                 filename=f"{digest.department}_{digest.year}_进度图.png")]


def render_digest(store: Store, day: date, department: str | None = None,
                  thresholds: Thresholds = DEFAULT_THRESHOLDS, header: str = "") -> list[Part]:
    """The messages of a digest at ``day``: the overview of every department, or one
    department's detail (``department`` may be short: 总工会, 科技局). Raises ``JixiaoError``
    (``NotFoundError``) with a Chinese message. Synchronous: call it with
    ``asyncio.to_thread``."""
    digests = build_digest(store, day, department, thresholds)
    if department:
        return department_parts(digests[0], header)
    return overview_parts(Overview.of(digests), header)


def render_department_by_key(store: Store, day: date, key: str,
                             thresholds: Thresholds = DEFAULT_THRESHOLDS) -> list[Part]:
    """A pressed department button's detail and chart; ``NotFoundError`` when the department
    is no longer loaded."""
    for digest in build_digest(store, day, None, thresholds):
        if department_key(digest.department) == key:
            return department_parts(digest)
    raise NotFoundError("这个部门已不在数据中，请重新发送 /digest。")


def render_overview_page(store: Store, day: date, page: int,
                         thresholds: Thresholds = DEFAULT_THRESHOLDS
                         ) -> tuple[str, InlineKeyboardMarkup]:
    return overview_message(Overview.of(build_digest(store, day, None, thresholds)), page)


async def send_part(bot: Bot, chat_id: int, part: Part, timeout: float | None = None
                    ) -> Message:
    """One message; a chart Telegram refuses as a photo (too tall) goes as a file."""
    timeouts = {} if timeout is None else {
        "read_timeout": timeout, "write_timeout": timeout, "connect_timeout": timeout,
        "pool_timeout": timeout}
    if part.kind == PartKind.TEXT:
        markup = None if part.markup is None else InlineKeyboardMarkup.de_json(part.markup, bot)
        return await bot.send_message(chat_id, part.text, reply_markup=markup, **timeouts)
    try:
        return await bot.send_photo(chat_id, part.photo, caption=part.text or None, **timeouts)
    except BadRequest as error:
        # A very tall chart (hundreds of items) breaks Telegram's photo size rules; the
        # same PNG as a file always goes through.
        logger.info("chart not accepted as a photo (%s); sending it as a file", error)
        return await bot.send_document(chat_id, part.photo, caption=part.text or None,
                                       filename=part.filename or "进度图.png", **timeouts)


async def send_parts(bot: Bot, chat_id: int, parts: list[Part]) -> None:
    """The messages of a digest, in order (an interactive /digest: errors reach the error
    handler, the user asks again)."""
    for part in parts:
        await send_part(bot, chat_id, part)


# --------------------------------------------------------------------------- schedules


def job_name(subscription_id: int) -> str:
    return f"{JOB_PREFIX}{subscription_id}"


def schedule(job_queue: JobQueue, subscription: Subscription) -> Job:
    """Register (or replace) the job of one subscription."""
    name = job_name(subscription.id)
    for old in job_queue.get_jobs_by_name(name):
        old.schedule_removal()
    hour, minute = (int(part) for part in subscription.time.split(":"))
    when = time(hour, minute, tzinfo=TIMEZONE)
    options = {"data": subscription.id, "name": name, "chat_id": subscription.chat_id,
               "job_kwargs": JOB_KWARGS}
    if subscription.frequency == "weekly":
        return job_queue.run_daily(send_scheduled_digest, when, days=(MONDAY,), **options)
    if subscription.frequency == "monthly":
        return job_queue.run_monthly(send_scheduled_digest, when, day=1, **options)
    return job_queue.run_daily(send_scheduled_digest, when, **options)


def sync_chat_jobs(job_queue: JobQueue | None, chat_id: int, active: list[Subscription]) -> None:
    """Make the chat's jobs match its ``active`` subscriptions (after /subscribe, /unsubscribe)."""
    if job_queue is None:
        return
    wanted = {subscription.id for subscription in active}
    for job in job_queue.jobs(f"^{JOB_PREFIX}"):
        if job.chat_id == chat_id and job.data not in wanted:
            job.schedule_removal()
    for subscription in active:
        if not job_queue.get_jobs_by_name(job_name(subscription.id)):
            schedule(job_queue, subscription)


def next_send(subscription: Subscription, now: datetime) -> datetime:
    """When the subscription's next digest goes out, seen at ``now`` (for the /subscribe reply;
    a subscription made after this period's moment starts with the next period)."""
    moment = scheduled_moment(subscription, now)
    if now < moment:
        return moment
    if subscription.frequency == "daily":
        return moment + timedelta(days=1)
    if subscription.frequency == "weekly":
        return moment + timedelta(days=7)
    first = moment.replace(day=28) + timedelta(days=4)  # always in the next month
    return first.replace(day=1)


def moment_text(moment: datetime) -> str:
    """``2026-07-06（星期一）09:00``"""
    return f"{moment:%Y-%m-%d}（星期{WEEKDAYS[moment.weekday()]}）{moment:%H:%M}"


async def start_schedules(application: Application) -> None:
    """At start-up: messages a crash left half-sent go back to the outbox, one job per active
    subscription, then the catch-up (run as soon as the job queue starts, so that polling is
    not held up by sending) and the outbox's safety sweep."""
    job_queue = application.job_queue
    if job_queue is None:
        logger.warning("no job queue (install python-telegram-bot[job-queue]): "
                       "scheduled digests are not sent")
        return
    svc: Services = application.bot_data[SERVICES_KEY]
    resumed = await asyncio.to_thread(outbox.recover, svc.store)
    if resumed:
        logger.info("%d digest messages interrupted mid-send are sent again", resumed)
    active = await asyncio.to_thread(subscriptions, svc.store)
    for subscription in active:
        schedule(job_queue, subscription)
    # No misfire limit: however long start-up takes, the catch-up runs.
    job_queue.run_once(catch_up, 0, name=CATCH_UP_JOB, job_kwargs={"misfire_grace_time": None})
    job_queue.run_repeating(flush_outbox, OUTBOX_SWEEP_SECONDS, first=OUTBOX_SWEEP_SECONDS,
                            name=OUTBOX_SWEEP_JOB)
    logger.info("%d digest subscriptions scheduled", len(active))


async def send_scheduled_digest(context: ContextTypes.DEFAULT_TYPE) -> None:
    """Job: the digest of one subscription, if its period is due and not yet claimed."""
    svc, job = services(context), context.job
    active = await asyncio.to_thread(subscriptions, svc.store)
    if not any(subscription.id == job.data for subscription in active):
        job.schedule_removal()  # stopped or replaced while its job was still registered
        return
    await queue_due(context, job.data)
    await flush_outbox(context)


async def catch_up(context: ContextTypes.DEFAULT_TYPE) -> None:
    """Job, once at start-up: what fell due while the bot was down is queued now, once, and
    the outbox (with anything a crash interrupted) is flushed."""
    queued = await queue_due(context)
    await flush_outbox(context)
    logger.info("start-up catch-up: %d digests due and queued", queued)


async def queue_due(context: ContextTypes.DEFAULT_TYPE, subscription_id: int | None = None
                    ) -> int:
    """Render and queue the digest of every due subscription (or of one); returns how many
    were queued (a period another run claimed is left out)."""
    svc = services(context)
    now = svc.now()
    due = [s for s in await asyncio.to_thread(due_subscriptions, svc.store, now)
           if subscription_id in (None, s.id)]
    queued = 0
    for subscription in due:
        if not _chat_allowed(svc, subscription.chat_id):
            logger.info("subscription %s: chat %s is no longer allowed; not sent",
                        subscription.id, subscription.chat_id)
            continue
        parts = await asyncio.to_thread(_subscription_parts, svc, subscription, now)
        if await asyncio.to_thread(outbox.enqueue_digest, svc.store, subscription, now, parts):
            queued += 1
    return queued


def _subscription_parts(svc: Services, subscription: Subscription, now: datetime) -> list[Part]:
    header = f"📬 定时摘要（{subscription.describe()}；退订：/unsubscribe）"
    try:
        return render_digest(svc.store, now.date(), subscription.department,
                             svc.settings.thresholds, header)
    except JixiaoError as error:  # e.g. the department's tables were removed
        return [Part(PartKind.TEXT, escape(f"{header}\n{error}"))]


async def flush_outbox(context: ContextTypes.DEFAULT_TYPE) -> None:
    """Job (and after queueing): send every outbox message that is due, in order per digest,
    then set the timer for the next attempt."""
    svc = services(context)
    lock = context.bot_data.setdefault(OUTBOX_LOCK, asyncio.Lock())
    async with lock:
        while batch := await asyncio.to_thread(outbox.due, svc.store, svc.now()):
            for message in batch:
                await _send_queued(context, message)
        next_at = await asyncio.to_thread(outbox.next_attempt, svc.store)
    _arm_outbox(context.job_queue, next_at, svc.now())


def _arm_outbox(job_queue: JobQueue | None, when: datetime | None, now: datetime) -> None:
    """One timer for the outbox's next attempt (replacing the previous one)."""
    if job_queue is None or when is None:
        return
    delay = max((when - now).total_seconds(), 0.0)
    # The timer is re-armed from inside a running flush: the next run may start before this
    # one has returned (the lock in flush_outbox keeps them apart), so APScheduler must not
    # skip it as a second instance of the same job.
    job_queue.run_once(flush_outbox, delay, name=OUTBOX_JOB, job_kwargs={
        "id": OUTBOX_JOB, "replace_existing": True, "misfire_grace_time": None,
        "max_instances": 4})


async def _send_queued(context: ContextTypes.DEFAULT_TYPE, message: OutboxMessage) -> None:
    """One attempt at one queued message, and its outcome recorded."""
    svc, store = services(context), services(context).store
    if not await asyncio.to_thread(outbox.start_sending, store, message.id):
        return  # another flush took it
    try:
        sent = await send_part(context.bot, message.chat_id, message.part,
                               svc.settings.send_timeout)
    except Forbidden as error:
        # Blocked by the user, or removed from the group: stop sending there for good.
        logger.info("chat %s refuses messages (%s): its subscriptions are stopped",
                    message.chat_id, error)
        await asyncio.to_thread(outbox.fail_chat, store, message.chat_id, f"会话拒收：{error}")
        await asyncio.to_thread(unsubscribe, store, message.chat_id)
        sync_chat_jobs(context.job_queue, message.chat_id, [])
    except BadRequest as error:  # this message can never go (Telegram refuses its content)
        logger.warning("digest message %s refused by Telegram: %s", message.id, error)
        await asyncio.to_thread(outbox.mark_failed, store, message.id, f"Telegram 拒收：{error}")
    except (TelegramError, OSError) as error:  # HTTP errors, 429, timeouts: try again later
        await _retry_later(svc, message, error)
    except Exception as error:  # a bug: logged with its traceback, and tried again later
        logger.exception("digest message %s failed", message.id)
        await _retry_later(svc, message, error)
    else:
        await asyncio.to_thread(outbox.mark_sent, store, message.id, svc.now(),
                                sent.message_id)


async def _retry_later(svc: Services, message: OutboxMessage, error: Exception) -> None:
    attempts = message.attempts + 1
    delay = outbox.retry_delay(attempts, svc.settings.digest_retry)
    if isinstance(error, RetryAfter):
        delay = max(delay, _retry_after_seconds(error))
    text = f"{type(error).__name__}: {error}"
    retry_at = await asyncio.to_thread(outbox.mark_retry, svc.store, message.id, svc.now(), text,
                                       delay)
    logger.warning("digest message %s to chat %s failed (attempt %d: %s); %s", message.id,
                   message.chat_id, attempts, text,
                   f"retry at {retry_at:%H:%M:%S}" if retry_at else "given up: the period is over")


def _retry_after_seconds(error: RetryAfter) -> float:
    """How long Telegram asks to wait: seconds today, a ``timedelta`` in PTB's next major
    version (reading it as a number warns of that change meanwhile)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", PTBDeprecationWarning)
        wait = error.retry_after
    return wait.total_seconds() if isinstance(wait, timedelta) else float(wait)


def _chat_allowed(svc: Services, chat_id: int) -> bool:
    """JIXIAO_ALLOWED_CHATS applies to scheduled digests too (a private chat's id is the
    user's, so admins' own chats always are)."""
    allowed = svc.settings.allowed_chats
    return not allowed or chat_id in allowed or chat_id in svc.settings.admins
