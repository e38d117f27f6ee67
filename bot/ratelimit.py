"""Per-user question limits: a sliding window, so a burst cannot slip through at a minute's edge."""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Hashable
from dataclasses import dataclass


@dataclass(frozen=True)
class Verdict:
    """Whether one more event is allowed now; when not, for how long and whether to say so."""

    allowed: bool
    retry_after: float = 0.0
    # True only for the first refusal in a row: the user is told once, not on every message.
    first_refusal: bool = False


class SlidingWindowLimiter:
    """At most ``max_events`` per ``window`` seconds per key; ``max_events <= 0`` means no limit.

    >>> limiter = SlidingWindowLimiter(2, 60.0, clock=lambda: 0.0)
    >>> [limiter.acquire("u").allowed for _ in range(3)]
    [True, True, False]
    """

    def __init__(
        self, max_events: int, window: float = 60.0, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.max_events = max_events
        self.window = window
        self.clock = clock
        self._events: dict[Hashable, deque[float]] = {}
        self._refused: set[Hashable] = set()

    def acquire(self, key: Hashable) -> Verdict:
        """Record one event for ``key`` if allowed (refused events are not recorded)."""
        if self.max_events <= 0:
            return Verdict(True)
        now = self.clock()
        events = self._events.setdefault(key, deque())
        while events and now - events[0] >= self.window:
            events.popleft()
        if len(events) < self.max_events:
            events.append(now)
            self._refused.discard(key)
            self._forget_idle(now)
            return Verdict(True)
        first = key not in self._refused
        self._refused.add(key)
        return Verdict(False, retry_after=self.window - (now - events[0]), first_refusal=first)

    def _forget_idle(self, now: float) -> None:
        # Keeps memory bounded on a long-running bot with many occasional users.
        if len(self._events) <= 10_000:
            return
        for key in [k for k, ev in self._events.items() if not ev or now - ev[-1] >= self.window]:
            del self._events[key]
            self._refused.discard(key)
