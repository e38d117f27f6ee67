"""Things the bot keeps for a while under a short random token that goes into callback data
(pages of a list, the suggestions under a refused /report): bounded in number and in time."""

from __future__ import annotations

import secrets
import time
from collections import OrderedDict
from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")


class ExpiringStore(Generic[T]):
    """Values by token; a value older than ``ttl`` seconds, or pushed out by ``capacity``
    newer ones, is gone (its buttons then answer "按钮已失效").

    >>> store = ExpiringStore(ttl=60, capacity=2, clock=lambda: 0.0)
    >>> token = store.add("pages")
    >>> store.get(token), store.get("forged")
    ('pages', None)
    """

    def __init__(self, ttl: float, capacity: int,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.ttl, self.capacity, self.clock = ttl, capacity, clock
        self._items: OrderedDict[str, tuple[float, T]] = OrderedDict()

    def add(self, value: T) -> str:
        now = self.clock()
        while self._items and (len(self._items) >= self.capacity
                               or next(iter(self._items.values()))[0] <= now):
            self._items.popitem(last=False)  # oldest first: insertion order is expiry order
        token = secrets.token_urlsafe(6)  # 8 characters
        self._items[token] = (now + self.ttl, value)
        return token

    def get(self, token: str) -> T | None:
        item = self._items.get(token)
        if item is None or self.clock() >= item[0]:
            return None
        return item[1]

    def pop(self, token: str) -> T | None:
        value = self.get(token)
        self._items.pop(token, None)
        return value

    def __len__(self) -> int:
        return len(self._items)
