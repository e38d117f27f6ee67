"""Import previews (target tables and progress files) waiting for the uploading admin's
确认导入 / 取消, each with an expiry."""

from __future__ import annotations

import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from data.importing import Preview
from data.progress import ProgressPreview

PENDING_TTL_SECONDS = 30 * 60
MAX_PENDING = 100  # previews hold whole tables; an admin never needs more than a few at once


@dataclass
class PendingImport:
    preview: Preview | ProgressPreview
    user_id: int
    chat_id: int
    message_id: int
    expires_at: float
    # Pictures of flagged cells sent under the preview: message id -> flag index.
    cell_messages: dict[int, int] = field(default_factory=dict)


class PendingImports:
    """Previews by a short random token (it goes into the buttons' callback data).

    >>> pending = PendingImports(ttl=60, clock=lambda: 0.0)
    >>> token = pending.add(preview=None, user_id=1, chat_id=1, message_id=5)
    >>> pending.get(token).message_id, pending.pop(token) is not None, pending.get(token)
    (5, True, None)
    """

    def __init__(
        self, ttl: float = PENDING_TTL_SECONDS, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.ttl = ttl
        self.clock = clock
        self._items: dict[str, PendingImport] = {}

    def add(self, preview: Preview | ProgressPreview, user_id: int, chat_id: int, message_id: int) -> str:
        self._drop_stale()
        token = secrets.token_urlsafe(8)
        self._items[token] = PendingImport(
            preview, user_id, chat_id, message_id, self.clock() + self.ttl
        )
        return token

    def get(self, token: str) -> PendingImport | None:
        """The pending import, unless it has expired."""
        item = self._items.get(token)
        if item is None or self.clock() >= item.expires_at:
            return None
        return item

    def pop(self, token: str) -> PendingImport | None:
        """Remove and return it, expired or not (the expiry job still edits its message)."""
        return self._items.pop(token, None)

    def flagged_cell(self, chat_id: int, message_id: int) -> tuple[str, int] | None:
        """(token, flag index) of the flagged cell whose picture is ``message_id``."""
        for token, item in self._items.items():
            if (item.chat_id == chat_id and message_id in item.cell_messages
                    and self.get(token) is not None):
                return token, item.cell_messages[message_id]
        return None

    def latest_flagged(self, user_id: int, chat_id: int) -> str | None:
        """The token of the user's newest preview in this chat that still has open cells."""
        for token, item in reversed(self._items.items()):
            if (item.user_id == user_id and item.chat_id == chat_id and self.get(token)
                    and getattr(item.preview, "unresolved", list)()):
                return token
        return None

    def __len__(self) -> int:
        return len(self._items)

    def _drop_stale(self) -> None:
        # Without a job queue nothing else removes expired previews; also caps memory.
        now = self.clock()
        for token in [t for t, item in self._items.items() if now >= item.expires_at + self.ttl]:
            del self._items[token]
        while len(self._items) >= MAX_PENDING:
            del self._items[next(iter(self._items))]
