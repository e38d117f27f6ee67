"""The long-lived services every handler needs, kept in ``bot_data`` behind one typed accessor."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime

from telegram.ext import CallbackContext

from bot.config import Settings
from bot.pending import PendingImports
from bot.ratelimit import SlidingWindowLimiter
from data.db import TIMEZONE, Store
from nlp.engine import Engine

SERVICES_KEY = "services"


def now_in_china() -> datetime:
    """The bot's clock: aware, Asia/Shanghai (digest dates and schedules are Chinese time)."""
    return datetime.now(TIMEZONE)


@dataclass
class Services:
    settings: Settings
    store: Store
    engine: Engine
    question_limiter: SlidingWindowLimiter
    pending_imports: PendingImports
    # Every date and time the handlers and digest jobs reason about comes from here, so tests
    # can set the clock (APScheduler itself still fires on real time).
    now: Callable[[], datetime] = field(default=now_in_china)

    def today(self) -> date:
        return self.now().date()

    def is_admin(self, user_id: int | None) -> bool:
        return user_id is not None and user_id in self.settings.admins


def services(context: CallbackContext) -> Services:
    """``services(context).engine`` etc. in any handler or job."""
    return context.bot_data[SERVICES_KEY]
