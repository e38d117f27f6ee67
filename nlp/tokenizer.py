"""A private jieba tokenizer: jieba's dictionary plus our domain words plus every name in the
store (and its useful sub-terms), refreshed when the store's data changes.

Built like jieba's own examples: a private ``jieba.Tokenizer`` (never the global one), the
dictionary cache in a known folder so a cold start loads it instead of rebuilding it, and
dictionary files found from ``Path(__file__).parent``.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable
from pathlib import Path

import jieba

DICTIONARY_DIR = Path(__file__).resolve().parent / "dictionaries"
DOMAIN_DICTIONARY = DICTIONARY_DIR / "domain.txt"
CACHE_DIR = Path(os.environ.get("JIXIAO_CACHE_DIR") or
                 Path(__file__).resolve().parent.parent / "data" / ".cache")

jieba.setLogLevel(logging.WARNING)


class Tokenizer:
    """Cuts questions into words; knows our names as whole words."""

    def __init__(self) -> None:
        CACHE_DIR.mkdir(parents=True, exist_ok=True)
        self._jieba = jieba.Tokenizer()
        self._jieba.tmp_dir = str(CACHE_DIR)
        self._jieba.cache_file = "jieba.cache"
        self._jieba.initialize()
        self._jieba.load_userdict(str(DOMAIN_DICTIONARY))
        self._data_words: set[str] = set()

    def set_data_words(self, words: Iterable[str]) -> None:
        """Replace the words that come from the store (names, sub-terms, aliases)."""
        new_words = {w for w in words if len(w) >= 2}
        for word in self._data_words - new_words:
            self._jieba.del_word(word)
        for word in new_words - self._data_words:
            self._jieba.add_word(word, freq=2000)
        self._data_words = new_words

    def cut(self, text: str) -> list[str]:
        """Words of ``text`` (precise mode, HMM for unknown words)."""
        return [w for w in self._jieba.lcut(text) if w.strip()]

    def cut_for_search(self, text: str) -> list[str]:
        """Words and their shorter sub-words: 送温暖活动经费 -> 送温暖, 活动, 经费, …"""
        return [w for w in self._jieba.lcut_for_search(text) if w.strip()]
