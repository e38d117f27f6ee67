"""Every occurrence of known words in a text, by dictionary lookups.

An Aho-Corasick automaton must be rebuilt whole after a change; this finder keeps, per first
character, the lengths of the words that start with it, so a word can be added or removed in
O(1) and a question of n characters costs n × (lengths per first character) lookups.

>>> finder = Finder()
>>> finder.add("送温暖", 1)
>>> [(m.start, m.end, m.word) for m in finder.find("送温暖活动")]
[(0, 3, '送温暖')]
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Match(Generic[T]):
    start: int
    end: int  # exclusive
    word: str
    value: T


class Finder(Generic[T]):
    """A dictionary of words with a value each, searchable inside a text."""

    def __init__(self) -> None:
        self._values: dict[str, T] = {}
        self._lengths: dict[str, Counter[int]] = {}
        self._sorted: dict[str, tuple[int, ...]] = {}

    def __len__(self) -> int:
        return len(self._values)

    def __contains__(self, word: str) -> bool:
        return word in self._values

    def get(self, word: str) -> T | None:
        return self._values.get(word)

    def items(self):
        return self._values.items()

    def add(self, word: str, value: T) -> None:
        """Add ``word`` (or replace its value)."""
        if not word:
            return
        if word not in self._values:
            self._lengths.setdefault(word[0], Counter())[len(word)] += 1
            self._sorted.pop(word[0], None)
        self._values[word] = value

    def remove(self, word: str) -> None:
        if word not in self._values:
            return
        del self._values[word]
        lengths = self._lengths[word[0]]
        lengths[len(word)] -= 1
        if not lengths[len(word)]:
            del lengths[len(word)]
        self._sorted.pop(word[0], None)

    def _lengths_of(self, first: str) -> tuple[int, ...]:
        lengths = self._sorted.get(first)
        if lengths is None:
            counter = self._lengths.get(first)
            lengths = tuple(sorted(counter, reverse=True)) if counter else ()
            self._sorted[first] = lengths
        return lengths

    def find(self, text: str, around: tuple[int, int] | None = None) -> Iterator[Match[T]]:
        """Every occurrence, overlaps included, by start then longest first; with ``around``
        (start, end), only those overlapping that stretch."""
        size = len(text)
        values = self._values
        known = self._sorted
        first, last = (0, size) if around is None else (0, around[1])
        for start in range(first, last):
            lengths = known.get(text[start])
            if lengths is None:
                lengths = self._lengths_of(text[start])
            for length in lengths:
                end = start + length
                if end <= size and (around is None or end > around[0]):
                    value = values.get(text[start:end])
                    if value is not None:
                        yield Match(start, end, text[start:end], value)
