"""What "now" and "today" mean everywhere: Chinese time (Asia/Shanghai).

Digest dates, 今年/去年 in questions, progress dates and schedules all read the clock here, so
there is one definition and tests can pass their own ``today``.

>>> today().year >= 2026
True
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

TIMEZONE_NAME = "Asia/Shanghai"
TIMEZONE = ZoneInfo(TIMEZONE_NAME)


def now() -> datetime:
    """The current moment, aware, in Asia/Shanghai."""
    return datetime.now(TIMEZONE)


def today() -> date:
    """Today's date in Asia/Shanghai."""
    return now().date()


def now_iso() -> str:
    """``2026-12-01T09:30:00+08:00``: how the store records when something happened."""
    return now().isoformat(timespec="seconds")
