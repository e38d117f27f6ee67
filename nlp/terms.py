"""Sub-terms of names and content words of texts, cut once and remembered.

Cutting with jieba is the expensive part of indexing. A cut depends only on the text and on the
fixed dictionaries (jieba's own and ``dictionaries/domain.txt``), never on what else is loaded,
so it is cached in memory and persisted next to the data (table ``term_cache``, invalidated by a
stamp of the dictionaries): a restart with 20,000 tables re-cuts nothing, and jieba is not even
loaded unless a text is new.
"""

from __future__ import annotations

import hashlib
import logging
import sqlite3
import threading
from collections.abc import Iterable

from nlp.lexicon import DICTIONARIES
from nlp.normalize import normalize
from nlp.tokenizer import DOMAIN_DICTIONARY, Tokenizer

logger = logging.getLogger(__name__)

NAME, TEXT = "n", "t"  # cut_for_search of a name / precise cut of a text


def _stamp() -> str:
    import jieba

    digest = hashlib.sha256(DOMAIN_DICTIONARY.read_bytes())
    digest.update((DICTIONARIES / "name_words.txt").read_bytes())
    digest.update(jieba.__version__.encode())
    return digest.hexdigest()[:16]


def _name_words() -> tuple[frozenset[str], frozenset[str]]:
    generic: set[str] = set()
    stop: set[str] = set()
    for line in (DICTIONARIES / "name_words.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            kind, words = (part.strip() for part in line.split("|", 1))
            (generic if kind == "generic" else stop).update(normalize(w) for w in words.split())
    return frozenset(generic), frozenset(stop)


GENERIC_WORDS, STOP_WORDS = _name_words()
# The money words an item's name ends with (宣传经费 → 宣传; 博物馆建设经费 → 博物馆建设).
MONEY_ENDINGS = ("经费", "资金", "费用", "支出", "项目")


def without_ending(word: str, endings=GENERIC_WORDS, keep: int = 1) -> str:
    """``word`` with the ``endings`` at its end taken off, as long as ``keep`` characters are
    left: 文化惠民活动经费 → 文化惠民 (generic words), 宣传经费 → 宣传 (money words)."""
    ordered = sorted(endings, key=len, reverse=True)
    while True:
        ending = next((e for e in ordered if word.endswith(e) and len(word) >= len(e) + keep),
                      None)
        if ending is None:
            return word
        word = word[:-len(ending)]


class TermCutter:
    """``terms(name)`` and ``content_words(text)``, cached; ``save(conn)`` persists new cuts."""

    def __init__(self, tokenizer: Tokenizer | None = None) -> None:
        self._tokenizer = tokenizer
        self._cache: dict[tuple[str, str], tuple[str, ...]] = {}
        self._new: dict[tuple[str, str], tuple[str, ...]] = {}
        self._lock = threading.Lock()
        self._loading = threading.Lock()
        self._stamp: str | None = None
        self._pruned = False

    @property
    def stamp(self) -> str:
        if self._stamp is None:
            self._stamp = _stamp()
        return self._stamp

    def _jieba(self) -> Tokenizer:
        if self._tokenizer is None:
            with self._loading:
                if self._tokenizer is None:
                    self._tokenizer = Tokenizer()
        return self._tokenizer

    def warm(self) -> None:
        """Load jieba now (its dictionary load holds the interpreter for a few hundred ms: better
        once at start-up than in the middle of an upload's index update)."""
        self._jieba()

    def terms(self, name: str) -> tuple[str, ...]:
        """Sub-terms of a normalized name: 送温暖活动经费 -> 送温暖, 活动, 经费."""
        found = self._cache.get((NAME, name))
        if found is None:
            cut = self._jieba().cut_for_search(name)
            found = tuple(dict.fromkeys(
                t for t in cut if len(t) >= 2 and t != name and t not in STOP_WORDS))
            self._remember((NAME, name), found)
        return found

    def content_words(self, text: str) -> tuple[str, ...]:
        """Words of a normalized text worth matching (粤工惠, 送清凉): no stop words or numbers."""
        found = self._cache.get((TEXT, text))
        if found is None:
            cut = self._jieba().cut(text)
            found = tuple(dict.fromkeys(
                t for t in cut if len(t) >= 2 and t not in STOP_WORDS and not _is_number(t)))
            self._remember((TEXT, text), found)
        return found

    def _remember(self, key: tuple[str, str], value: tuple[str, ...]) -> None:
        with self._lock:
            self._cache[key] = value
            self._new[key] = value

    # ------------------------------------------------------------ persistence

    def load(self, conn: sqlite3.Connection, texts: Iterable[tuple[str, str]] | None = None) -> None:
        """Read remembered cuts (all of them, or only ``texts``) made with today's dictionaries."""
        try:
            _ensure_table(conn)
            if texts is None:
                rows = conn.execute("SELECT kind, text, terms FROM term_cache WHERE stamp = ?",
                                    [self.stamp]).fetchall()
            else:
                wanted = [t for t in texts if t not in self._cache]
                rows = []
                for start in range(0, len(wanted), 400):
                    chunk = wanted[start:start + 400]
                    marks = ",".join("(?, ?)" for _ in chunk)
                    params = [self.stamp] + [v for pair in chunk for v in pair]
                    rows += conn.execute(
                        "SELECT kind, text, terms FROM term_cache WHERE stamp = ? AND "
                        f"(kind, text) IN (VALUES {marks})", params).fetchall()
        except sqlite3.Error:  # an older database without the cache: cut again
            logger.info("term cache not readable", exc_info=True)
            return
        with self._lock:
            for kind, text, terms in rows:
                self._cache.setdefault((kind, text), tuple(terms.split(" ")) if terms else ())

    def save(self, conn: sqlite3.Connection) -> int:
        """Persist the cuts made since the last save; returns how many. A busy or read-only
        database only means the cuts are made again next time."""
        with self._lock:
            new, self._new = self._new, {}
        if not new:
            return 0
        try:
            _ensure_table(conn)
            with conn:
                if not self._pruned:  # cuts made with other dictionaries are of no use
                    conn.execute("DELETE FROM term_cache WHERE stamp != ?", [self.stamp])
                    self._pruned = True
                conn.executemany(
                    "INSERT OR REPLACE INTO term_cache (kind, text, stamp, terms) VALUES (?, ?, ?, ?)",
                    [(kind, text, self.stamp, " ".join(terms)) for (kind, text), terms in new.items()])
        except sqlite3.Error:
            logger.info("term cache not written", exc_info=True)
            return 0
        return len(new)


def _ensure_table(conn: sqlite3.Connection) -> None:
    # A cache derived from the data, not data: created where it is used, dropped freely.
    conn.execute("CREATE TABLE IF NOT EXISTS term_cache (kind TEXT NOT NULL, text TEXT NOT NULL, "
                 "stamp TEXT NOT NULL, terms TEXT NOT NULL, PRIMARY KEY (kind, text))")


def _is_number(text: str) -> bool:
    return text.replace(".", "", 1).replace(",", "").isdigit()
