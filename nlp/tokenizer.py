"""A private jieba tokenizer: jieba's dictionary plus our domain words — never the store's
names, so that a cut depends only on the text and the fixed dictionaries (``terms`` caches it).

Built like jieba's own examples: a private ``jieba.Tokenizer`` (never the global one), the
dictionary cache in a known folder so a cold start loads it instead of rebuilding it, and
dictionary files found from ``Path(__file__).parent``.
"""

from __future__ import annotations

import logging
import os
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

    def cut(self, text: str) -> list[str]:
        """Words of ``text`` (precise mode, HMM for unknown words)."""
        return [w for w in self._jieba.lcut(text) if w.strip()]

    def cut_for_search(self, text: str) -> list[str]:
        """Words and their shorter sub-words: 送温暖活动经费 -> 送温暖, 活动, 经费, …"""
        return [w for w in self._jieba.lcut_for_search(text) if w.strip()]
