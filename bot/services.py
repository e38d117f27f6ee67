"""The long-lived services every handler needs, kept in ``bot_data`` behind one typed accessor."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime

from telegram.ext import CallbackContext

from bot.config import Settings
from bot.expiring import ExpiringStore
from bot.paging import MAX_LISTINGS, PAGES_TTL_SECONDS, Listing
from bot.pending import PendingImports
from bot.ratelimit import SlidingWindowLimiter
from data import clock
from data.db import Store
from data.workers import ParsePool
from nlp.engine import Engine

SERVICES_KEY = "services"
SUGGESTIONS_TTL_SECONDS = 30 * 60
MAX_SUGGESTIONS = 200


@dataclass
class Services:
    settings: Settings
    store: Store
    engine: Engine
    question_limiter: SlidingWindowLimiter
    pending_imports: PendingImports
    # Every date and time the handlers and digest jobs reason about comes from here, so tests
    # can set the clock (APScheduler itself still fires on real time).
    now: Callable[[], datetime] = field(default=clock.now)
    # Lists shown page by page (bot.paging), and what a refused /report offers instead.
    pages: ExpiringStore[Listing] = field(
        default_factory=lambda: ExpiringStore(PAGES_TTL_SECONDS, MAX_LISTINGS))
    suggestions: ExpiringStore[object] = field(
        default_factory=lambda: ExpiringStore(SUGGESTIONS_TTL_SECONDS, MAX_SUGGESTIONS))
    # Admins' display names as last seen (getChat at start-up, then their own messages), for
    # refusals that say whom to ask.
    admin_names: dict[int, str] = field(default_factory=dict)
    # Uploads are parsed in worker processes, under the settings' time and memory limits
    # (started at the first upload, stopped with the application).
    parser: ParsePool = field(default_factory=ParsePool)

    def today(self) -> date:
        return self.now().date()

    def is_admin(self, user_id: int | None) -> bool:
        return user_id is not None and user_id in self.settings.admins


def services(context: CallbackContext) -> Services:
    """``services(context).engine`` etc. in any handler or job."""
    return context.bot_data[SERVICES_KEY]
