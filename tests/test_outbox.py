"""The outbox on its own: a period is claimed and queued in one step, messages go in order,
failures wait and end with the period, a crash mid-send is resumed."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from data import outbox
from data.clock import TIMEZONE
from data.db import Store
from data.digest import period_end, subscribe, subscriptions
from data.outbox import Part, PartKind

NINE = datetime(2026, 7, 1, 9, 0, tzinfo=TIMEZONE)
PARTS = [Part(PartKind.TEXT, "总览", {"inline_keyboard": []}),
         Part(PartKind.PHOTO, "图", photo=b"png", filename="a.png")]


@pytest.fixture
def subscription(store: Store):
    subscribe(store, 42, "daily", "09:00")
    return subscriptions(store)[0]


def states(store: Store) -> list[tuple]:
    return [(str(m.part.kind), str(m.status), m.attempts) for m in outbox.messages(store)]


def test_a_period_is_claimed_and_queued_once(store, subscription):
    assert outbox.enqueue_digest(store, subscription, NINE, PARTS) is True
    assert outbox.enqueue_digest(store, subscription, NINE + timedelta(hours=1), PARTS) is False
    assert states(store) == [("text", "pending", 0), ("photo", "pending", 0)]
    [text, photo] = outbox.messages(store)
    assert (text.part, text.period, text.expires_at) == (
        PARTS[0], "2026-07-01", datetime(2026, 7, 2, tzinfo=TIMEZONE))
    assert photo.part.photo == b"png"


def test_the_chart_waits_for_its_text_and_a_sent_message_is_never_due_again(store, subscription):
    outbox.enqueue_digest(store, subscription, NINE, PARTS)
    [text] = outbox.due(store, NINE)
    assert outbox.start_sending(store, text.id) is True
    assert outbox.start_sending(store, text.id) is False  # a second worker gets nothing
    assert outbox.due(store, NINE) == []  # the chart waits while its text is being sent
    outbox.mark_sent(store, text.id, NINE, 7)
    [photo] = outbox.due(store, NINE)
    assert photo.part.kind == PartKind.PHOTO
    outbox.start_sending(store, photo.id)
    outbox.mark_sent(store, photo.id, NINE, 8)
    assert outbox.due(store, NINE + timedelta(hours=1)) == []
    assert states(store) == [("text", "sent", 1), ("photo", "sent", 1)]


def test_a_failure_waits_and_is_given_up_when_the_period_ends(store, subscription):
    outbox.enqueue_digest(store, subscription, NINE, PARTS)
    [text] = outbox.due(store, NINE)
    outbox.start_sending(store, text.id)
    retry_at = outbox.mark_retry(store, text.id, NINE, "NetworkError: Bad Gateway", 60)
    assert retry_at == NINE + timedelta(minutes=1)
    assert outbox.due(store, NINE + timedelta(seconds=59)) == []
    assert outbox.next_attempt(store) == retry_at
    [again] = outbox.due(store, retry_at)
    outbox.start_sending(store, again.id)
    late = datetime(2026, 7, 1, 23, 30, tzinfo=TIMEZONE)
    assert outbox.mark_retry(store, again.id, late, "TimedOut: Timed out", 3600) is None
    assert outbox.due(store, datetime(2026, 7, 2, 0, 1, tzinfo=TIMEZONE)) == []
    assert states(store) == [("text", "failed", 2), ("photo", "failed", 0)]
    status = outbox.delivery(store, subscription.id)
    assert (status.last_sent_at, status.failed.last_error) == (
        None, "TimedOut: Timed out；本期已结束，不再重试")


def test_a_message_left_sending_is_pending_again_after_a_restart(store, subscription):
    outbox.enqueue_digest(store, subscription, NINE, PARTS)
    [text] = outbox.due(store, NINE)
    outbox.start_sending(store, text.id)  # and then the process died
    assert outbox.recover(store) == 1
    assert [m.id for m in outbox.due(store, NINE)] == [text.id]


@pytest.mark.parametrize(("attempts", "expected"), [(1, 60), (2, 300), (3, 900), (4, 3600),
                                                     (9, 3600)])
def test_retries_wait_1_5_15_then_60_minutes(attempts, expected):
    assert outbox.retry_delay(attempts, (60, 300, 900, 3600)) == expected


@pytest.mark.parametrize(("frequency", "moment", "end"), [
    ("daily", "2026-07-01 09:00", "2026-07-02 00:00"),
    ("weekly", "2026-07-01 09:00", "2026-07-06 00:00"),
    ("monthly", "2026-12-01 09:00", "2027-01-01 00:00"),
])
def test_a_period_ends_when_the_next_one_starts(frequency, moment, end):
    def at(text: str) -> datetime:
        return datetime.fromisoformat(text).replace(tzinfo=TIMEZONE)

    assert period_end(frequency, at(moment)) == at(end)
