"""Progress digests in chat: rendering one (text and chart), sending it, and the scheduled
subscriptions as PTB ``JobQueue`` jobs (APScheduler inside), in Asia/Shanghai.

One job per active subscription, named ``digest:<id>``: daily at HH:MM, weekly on Mondays,
monthly on the 1st. The job does not trust its own firing: it re-reads the subscription and
sends only when ``due_subscriptions`` says the current period is due, after ``claim_send`` has
marked the period as sent — so a digest goes out at most once per period, whatever fires twice
(a restart, the catch-up, a duplicate job). At start-up every subscription is re-registered
from SQLite and a catch-up job sends, once, what fell due while the bot was down.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from telegram import Bot
from telegram.error import BadRequest, Forbidden, TelegramError
from telegram.ext import Application, ContextTypes, Job, JobQueue

from bot.formatting import escape, html_chunks
from bot.services import SERVICES_KEY, Services, services
from data.chart import digest_chart_png
from data.clock import TIMEZONE
from data.db import Store
from data.digest import (
    Subscription,
    build_digest,
    claim_send,
    due_subscriptions,
    scheduled_moment,
    subscriptions,
    unsubscribe,
)
from data.errors import JixiaoError
from data.status import DEFAULT_THRESHOLDS, Thresholds

logger = logging.getLogger(__name__)

JOB_PREFIX = "digest:"
CATCH_UP_JOB = "digest-catch-up"
# A run delayed by a busy event loop or a suspended host still goes out within the hour; longer
# gaps (the bot was down) are the start-up catch-up's job. Coalescing turns several missed runs
# into one, and claim_send would refuse the others anyway.
MISFIRE_GRACE_SECONDS = 60 * 60
JOB_KWARGS = {"misfire_grace_time": MISFIRE_GRACE_SECONDS, "coalesce": True}
MONDAY = 1  # PTB >= 20 numbers weekdays like cron: 0 = Sunday, 1 = Monday
WEEKDAYS = "一二三四五六日"


@dataclass(frozen=True)
class RenderedDigest:
    """One department's digest, ready to send."""

    department: str
    year: int
    day: date
    text: str
    chart: bytes

    @property
    def caption(self) -> str:
        return f"{self.department} {self.year} 年绩效进度图（{self.day.isoformat()}）"


def render_digests(store: Store, day: date, department: str | None = None,
                   thresholds: Thresholds = DEFAULT_THRESHOLDS) -> list[RenderedDigest]:
    """Text and PNG chart of each department's digest at ``day`` (all departments, or the one
    ``department`` names — short names work). Raises ``JixiaoError`` (NotFoundError) with a
    Chinese message. Synchronous: call it with ``asyncio.to_thread``."""
    return [RenderedDigest(d.department, d.year, day, d.text(), digest_chart_png(d))
            for d in build_digest(store, day, department, thresholds)]


async def send_digests(bot: Bot, chat_id: int, rendered: list[RenderedDigest],
                       header: str = "") -> None:
    """Each department's text (split under Telegram's limit), then its chart as a photo."""
    for number, digest in enumerate(rendered):
        text = f"{header}\n{digest.text}" if header and number == 0 else digest.text
        for chunk in html_chunks(text):
            await bot.send_message(chat_id, chunk)
        try:
            await bot.send_photo(chat_id, digest.chart, caption=escape(digest.caption))
        except BadRequest as error:
            # A very tall chart (hundreds of items) breaks Telegram's photo size rules; the
            # same PNG as a file always goes through.
            logger.info("chart not accepted as a photo (%s); sending it as a file", error)
            await bot.send_document(chat_id, digest.chart, caption=escape(digest.caption),
                                    filename=f"{digest.department}_{digest.year}_进度图.png")


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
    """At start-up: one job per active subscription, then the catch-up (run as soon as the job
    queue starts, so that polling is not held up by sending)."""
    job_queue = application.job_queue
    if job_queue is None:
        logger.warning("no job queue (install python-telegram-bot[job-queue]): "
                       "scheduled digests are not sent")
        return
    svc: Services = application.bot_data[SERVICES_KEY]
    active = await asyncio.to_thread(subscriptions, svc.store)
    for subscription in active:
        schedule(job_queue, subscription)
    # No misfire limit: however long start-up takes, the catch-up runs.
    job_queue.run_once(catch_up, 0, name=CATCH_UP_JOB, job_kwargs={"misfire_grace_time": None})
    logger.info("%d digest subscriptions scheduled", len(active))


async def send_scheduled_digest(context: ContextTypes.DEFAULT_TYPE) -> None:
    """Job: the digest of one subscription, if its period is due and not yet sent."""
    svc, job = services(context), context.job
    now = svc.now()
    claimed, active = await asyncio.to_thread(_claim_one, svc.store, job.data, now)
    if not active:  # stopped or replaced while its job was still registered
        job.schedule_removal()
        return
    for subscription in claimed:
        await deliver(context, subscription, now)


async def catch_up(context: ContextTypes.DEFAULT_TYPE) -> None:
    """Job, once at start-up: what fell due while the bot was down is sent now, once."""
    svc = services(context)
    now = svc.now()
    claimed = await asyncio.to_thread(_claim_due, svc.store, now)
    for subscription in claimed:
        await deliver(context, subscription, now)
    logger.info("start-up catch-up: %d digests due and sent", len(claimed))


def _claim_due(store: Store, now: datetime, subscription_id: int | None = None
               ) -> list[Subscription]:
    """The subscriptions due at ``now`` (all, or one), each claimed for its period; those another
    run has claimed already are left out."""
    return [subscription for subscription in due_subscriptions(store, now)
            if subscription_id in (None, subscription.id) and claim_send(store, subscription, now)]


def _claim_one(store: Store, subscription_id: int, now: datetime
               ) -> tuple[list[Subscription], bool]:
    """``(claimed, still active)`` for one subscription's job."""
    active = any(s.id == subscription_id for s in subscriptions(store))
    return (_claim_due(store, now, subscription_id) if active else []), active


async def deliver(context: ContextTypes.DEFAULT_TYPE, subscription: Subscription,
                  now: datetime) -> None:
    """Send a claimed subscription's digest. Its period is already marked as sent: a failure
    here is logged, never retried (at most once per period)."""
    svc, chat_id = services(context), subscription.chat_id
    if not _chat_allowed(svc, chat_id):
        logger.info("subscription %s: chat %s is no longer allowed; not sent",
                    subscription.id, chat_id)
        return
    header = f"📬 定时摘要（{subscription.describe()}；退订：/unsubscribe）"
    try:
        rendered = await asyncio.to_thread(render_digests, svc.store, now.date(),
                                           subscription.department, svc.settings.thresholds)
    except JixiaoError as error:  # e.g. the department's tables were removed
        rendered, header = [], f"{header}\n{error}"
    try:
        if rendered:
            await send_digests(context.bot, chat_id, rendered, header)
        else:
            await context.bot.send_message(chat_id, escape(header))
    except Forbidden as error:
        # Blocked by the user, or removed from the group: stop sending there for good.
        logger.info("chat %s refuses messages (%s): its subscriptions are stopped", chat_id, error)
        await asyncio.to_thread(unsubscribe, svc.store, chat_id)
        sync_chat_jobs(context.job_queue, chat_id, [])
    except TelegramError as error:
        logger.warning("digest of subscription %s not delivered to chat %s: %s",
                       subscription.id, chat_id, error)


def _chat_allowed(svc: Services, chat_id: int) -> bool:
    """JIXIAO_ALLOWED_CHATS applies to scheduled digests too (a private chat's id is the
    user's, so admins' own chats always are)."""
    allowed = svc.settings.allowed_chats
    return not allowed or chat_id in allowed or chat_id in svc.settings.admins
