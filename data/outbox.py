"""The outbox of scheduled digests: delivered exactly once, never lost.

A digest that falls due is rendered and stored here, one row per message (its text, then its
chart: an *envelope*), in the same transaction that claims the subscription's period — so a
period is either claimed with its messages queued, or not at all. Then each row goes

    pending ──start_sending──▶ sending ──mark_sent──▶ sent
       ▲                          │
       └──────mark_retry──────────┘   (an HTTP error or a timeout: try again later)
                                  └──▶ failed  (the chat refuses the bot, Telegram refuses the
                                                message, or the period ended first)

with its attempts, last error and the time of the next attempt. The rows of an envelope go out
in order, each on its own: a chart that fails is retried alone, and a text already ``sent`` is
never sent again. A row left ``sending`` by a crash is put back to ``pending`` at start-up
(``recover``) and sent then.

What "exactly once" cannot cover: a process killed after Telegram accepted a message but before
its ``sent`` mark was committed (a few milliseconds) sends that message again at start-up; and a
timeout after which Telegram did deliver is retried like any other timeout. The Bot API has no
idempotency key to tell these apart.

Times are aware datetimes (Asia/Shanghai), stored as ISO text that compares in order.

>>> enqueue_digest(store, subscription, now, [Part(PartKind.TEXT, "…"), Part(PartKind.PHOTO, photo=png)])
True
>>> [message] = due(store, now)
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from data.clock import TIMEZONE
from data.db import Store
from data.digest import Subscription, claim_send, period_end, period_key


class OutboxStatus(StrEnum):
    PENDING = "pending"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"


class PartKind(StrEnum):
    TEXT = "text"
    PHOTO = "photo"


@dataclass(frozen=True)
class Part:
    """One message of a digest: a text (HTML) with optional inline buttons (Telegram's JSON),
    or a photo with its caption in ``text``."""

    kind: PartKind
    text: str = ""
    markup: dict | None = None
    photo: bytes | None = None
    filename: str = ""


@dataclass(frozen=True)
class OutboxMessage:
    id: int
    envelope: str
    subscription_id: int | None
    chat_id: int
    period: str
    position: int
    part: Part
    status: OutboxStatus
    attempts: int
    last_error: str
    created_at: datetime
    next_attempt_at: datetime
    expires_at: datetime
    sent_at: datetime | None
    message_id: int | None


def stamp(moment: datetime) -> str:
    """A moment as stored: ISO text in Asia/Shanghai, to the microsecond (so text order is
    time order)."""
    return moment.astimezone(TIMEZONE).isoformat(timespec="microseconds")


def _moment(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text)


def envelope_key(subscription: Subscription, period: str) -> str:
    return f"subscription:{subscription.id}:{period}"


# ---------------------------------------------------------------- queueing


def enqueue_digest(store: Store, subscription: Subscription, now: datetime,
                   parts: list[Part]) -> bool:
    """Claim the subscription's current period and queue ``parts`` for it, in one
    transaction; ``False`` (nothing queued) when the period was claimed already."""
    period = period_key(subscription.frequency, now)
    expires = stamp(period_end(subscription.frequency, now))
    with store.transaction() as db:
        if not claim_send(store, subscription, now):
            return False
        db["outbox"].insert_all(
            {"envelope": envelope_key(subscription, period), "subscription_id": subscription.id,
             "chat_id": subscription.chat_id, "period": period, "position": position,
             "kind": str(part.kind), "text": part.text,
             "markup": None if part.markup is None else json.dumps(part.markup,
                                                                   ensure_ascii=False),
             "photo": part.photo, "filename": part.filename,
             "status": str(OutboxStatus.PENDING), "attempts": 0, "last_error": None,
             "created_at": stamp(now), "next_attempt_at": stamp(now), "expires_at": expires,
             "sent_at": None, "message_id": None}
            for position, part in enumerate(parts))
    return True


def recover(store: Store) -> int:
    """At start-up: rows a crash left ``sending`` go back to ``pending`` (sent again)."""
    with store.transaction() as db:
        return db.execute("UPDATE outbox SET status = ? WHERE status = ?",
                          [str(OutboxStatus.PENDING), str(OutboxStatus.SENDING)]).rowcount


def due(store: Store, now: datetime) -> list[OutboxMessage]:
    """The next message of each envelope that may go now: pending, its time has come, every
    earlier message of its envelope sent. Messages whose period is over are failed first."""
    with store.transaction() as db:
        db.execute("UPDATE outbox SET status = ?, last_error = COALESCE(last_error || '；', '') "
                   "|| '本期已结束，不再重试' WHERE status = ? AND expires_at <= ?",
                   [str(OutboxStatus.FAILED), str(OutboxStatus.PENDING), stamp(now)])
    return _select(store, f"status = ? AND next_attempt_at <= ? AND {_FIRST_UNSENT} "
                   "ORDER BY next_attempt_at, id",
                   [str(OutboxStatus.PENDING), stamp(now), str(OutboxStatus.SENT)])


_FIRST_UNSENT = ("NOT EXISTS (SELECT 1 FROM outbox earlier WHERE earlier.envelope = "
                 "outbox.envelope AND earlier.position < outbox.position AND earlier.status != ?)")


def next_attempt(store: Store) -> datetime | None:
    """When the earliest message that could go is due (``None``: nothing is waiting). A chart
    waiting behind its text does not count: it goes when the text has."""
    row = store.db.execute(f"SELECT MIN(next_attempt_at) FROM outbox WHERE status = ? AND "
                           f"{_FIRST_UNSENT}",
                           [str(OutboxStatus.PENDING), str(OutboxStatus.SENT)]).fetchone()
    return _moment(row[0])


# ---------------------------------------------------------------- one attempt


def start_sending(store: Store, message_id: int) -> bool:
    """``pending → sending`` (one more attempt); ``False`` if another worker took it."""
    with store.transaction() as db:
        return db.execute(
            "UPDATE outbox SET status = ?, attempts = attempts + 1 WHERE id = ? AND status = ?",
            [str(OutboxStatus.SENDING), message_id, str(OutboxStatus.PENDING)]).rowcount == 1


def mark_sent(store: Store, message_id: int, now: datetime, telegram_id: int | None) -> None:
    with store.transaction() as db:
        db.execute("UPDATE outbox SET status = ?, sent_at = ?, message_id = ?, photo = NULL "
                   "WHERE id = ?",
                   [str(OutboxStatus.SENT), stamp(now), telegram_id, message_id])


def mark_retry(store: Store, message_id: int, now: datetime, error: str, delay: float
               ) -> datetime | None:
    """Back to ``pending``, to be tried ``delay`` seconds from ``now``; ``failed`` instead when
    that is after the period's end. Returns the time of the next attempt, if any."""
    retry_at = now + timedelta(seconds=delay)
    with store.transaction() as db:
        expires = db.execute("SELECT expires_at FROM outbox WHERE id = ?",
                             [message_id]).fetchone()[0]
        if stamp(retry_at) >= expires:
            _give_up(db, message_id, f"{error}；本期已结束，不再重试")
            return None
        db.execute("UPDATE outbox SET status = ?, last_error = ?, next_attempt_at = ? "
                   "WHERE id = ?",
                   [str(OutboxStatus.PENDING), error, stamp(retry_at), message_id])
    return retry_at


def mark_failed(store: Store, message_id: int, error: str) -> None:
    """Given up for good (Telegram refuses this message)."""
    with store.transaction() as db:
        _give_up(db, message_id, error)


def _give_up(db, message_id: int, error: str) -> None:
    """A message failed for good, and the rest of its digest with it (a chart never goes
    without its text)."""
    db.execute("UPDATE outbox SET status = ?, last_error = ? WHERE id = ?",
               [str(OutboxStatus.FAILED), error, message_id])
    db.execute("UPDATE outbox SET status = ?, last_error = ? WHERE status = ? AND "
               "envelope = (SELECT envelope FROM outbox WHERE id = ?) AND "
               "position > (SELECT position FROM outbox WHERE id = ?)",
               [str(OutboxStatus.FAILED), "前一条消息未能送达", str(OutboxStatus.PENDING),
                message_id, message_id])


def fail_chat(store: Store, chat_id: int, error: str) -> int:
    """Every unsent message to a chat that refuses the bot is given up."""
    with store.transaction() as db:
        return db.execute(
            "UPDATE outbox SET status = ?, last_error = ? WHERE chat_id = ? AND status IN (?, ?)",
            [str(OutboxStatus.FAILED), error, chat_id, str(OutboxStatus.PENDING),
             str(OutboxStatus.SENDING)]).rowcount


def retry_delay(attempts: int, delays: tuple[float, ...]) -> float:
    """The wait after the ``attempts``-th failed attempt: 1, 5, 15, 60 minutes by default, the
    last repeating."""
    return delays[min(max(attempts, 1), len(delays)) - 1]


# ---------------------------------------------------------------- reading


def messages(store: Store, subscription_id: int | None = None, chat_id: int | None = None
             ) -> list[OutboxMessage]:
    """Every queued message (of one subscription or chat), oldest first."""
    where, params = [], []
    if subscription_id is not None:
        where.append("subscription_id = ?")
        params.append(subscription_id)
    if chat_id is not None:
        where.append("chat_id = ?")
        params.append(chat_id)
    return _select(store, (" AND ".join(where) or "1") + " ORDER BY id", params)


@dataclass(frozen=True)
class Delivery:
    """What ``/subscribe status`` says of one subscription: its last delivery and any trouble."""

    last_sent_at: datetime | None
    last_period: str | None
    retrying: OutboxMessage | None  # a message failing and waiting for its next attempt
    failed: OutboxMessage | None  # the latest message given up


def delivery(store: Store, subscription_id: int) -> Delivery:
    rows = messages(store, subscription_id=subscription_id)
    sent = [m for m in rows if m.status == OutboxStatus.SENT]
    last = max(sent, key=lambda m: m.sent_at) if sent else None
    retrying = next((m for m in reversed(rows)
                     if m.status == OutboxStatus.PENDING and m.attempts), None)
    failures = [m for m in rows if m.status == OutboxStatus.FAILED]
    # The latest digest that failed, by the first of its messages that did (its text, usually;
    # the chart behind it expires untried).
    failed = min((m for m in failures if m.envelope == failures[-1].envelope),
                 key=lambda m: m.position) if failures else None
    return Delivery(last.sent_at if last else None, last.period if last else None, retrying,
                    failed)


def _select(store: Store, where: str, params: list) -> list[OutboxMessage]:
    cursor = store.db.execute(f"SELECT * FROM outbox WHERE {where}", params)
    columns = [d[0] for d in cursor.description]
    return [_message(dict(zip(columns, row, strict=True))) for row in cursor]


def _message(row: dict) -> OutboxMessage:
    part = Part(PartKind(row["kind"]), row["text"] or "",
                None if row["markup"] is None else json.loads(row["markup"]), row["photo"],
                row["filename"] or "")
    return OutboxMessage(
        id=row["id"], envelope=row["envelope"], subscription_id=row["subscription_id"],
        chat_id=row["chat_id"], period=row["period"], position=row["position"], part=part,
        status=OutboxStatus(row["status"]), attempts=row["attempts"],
        last_error=row["last_error"] or "", created_at=_moment(row["created_at"]),
        next_attempt_at=_moment(row["next_attempt_at"]), expires_at=_moment(row["expires_at"]),
        sent_at=_moment(row["sent_at"]), message_id=row["message_id"])
