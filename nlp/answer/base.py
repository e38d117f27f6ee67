"""What every answer kind returns, and what it reads: an ``Answer`` from a ``Snapshot``.

The first line of ``Answer.text`` is the headline: the figure (or 是/否, or the name) that was
asked for. The chat shows it in bold; everything after it explains and gives the source.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from data.status import DEFAULT_THRESHOLDS, Thresholds
from nlp.index import Index


class Status(StrEnum):
    """The contract of ``ask --json``: ``ok`` = what was asked; ``ambiguous`` = choices;
    ``low_confidence`` = a best guess that says so; ``not_found``; ``empty`` = blank input."""

    OK = "ok"
    AMBIGUOUS = "ambiguous"
    LOW = "low_confidence"
    NOT_FOUND = "not_found"
    EMPTY = "empty"


@dataclass(frozen=True)
class Choice:
    """A candidate offered when the question is ambiguous; ``ref`` fits in callback data."""

    label: str
    ref: str


@dataclass
class Answer:
    question: str
    text: str
    status: Status = Status.OK
    kind: str | None = None
    items: list[str] = field(default_factory=list)
    departments: list[str] = field(default_factory=list)
    years: list[int] = field(default_factory=list)
    choices: list[Choice] = field(default_factory=list)
    score: float = 0.0

    @property
    def headline(self) -> str:
        return self.text.split("\n", 1)[0]

    @property
    def body(self) -> str:
        return self.text.split("\n", 1)[1] if "\n" in self.text else ""

    def as_json(self) -> dict:
        return {"question": self.question, "answer": self.text, "status": str(self.status),
                "kind": self.kind, "items": self.items, "departments": self.departments,
                "years": self.years, "choices": [c.label for c in self.choices]}


@dataclass(frozen=True)
class Snapshot:
    """What answers are computed from: the index of current tables, today's date, the status
    thresholds, and progress digests (read by the engine; answers never open the store)."""

    index: Index
    today: date
    thresholds: Thresholds = DEFAULT_THRESHOLDS
    digest: Callable | None = None  # (department, year, day) -> data.digest.Digest
    generation: int = 0
