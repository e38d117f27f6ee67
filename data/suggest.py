"""Did-you-mean: the stored names closest to one that was not found.

>>> closest("技能培训人数", ["开展技能培训", "送温暖活动经费", "职工满意度"], limit=1)
['开展技能培训']
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from difflib import SequenceMatcher

_NOISE = re.compile(r"[\s，。、；：,.;:（）()“”\"'《》<>\-—_/]+")


def _key(text: str) -> str:
    return _NOISE.sub("", text).lower()


def similarity(wanted: str, name: str) -> float:
    """0…1: shared characters in order (difflib), with a bonus when one contains the other."""
    a, b = _key(wanted), _key(name)
    if not a or not b:
        return 0.0
    score = SequenceMatcher(None, a, b, autojunk=False).ratio()
    shared = len(set(a) & set(b)) / len(set(a))
    return max(score, 0.8 * shared) + (0.2 if a in b or b in a else 0.0)


def closest(wanted: str, names: Iterable[str], limit: int = 3) -> list[str]:
    """Up to ``limit`` of ``names``, closest first; names sharing nothing are left out."""
    scored = [(similarity(wanted, name), position, name)
              for position, name in enumerate(dict.fromkeys(names))]
    scored = [item for item in scored if item[0] > 0.2]
    scored.sort(key=lambda item: (-item[0], item[1]))
    return [name for _, _, name in scored[:limit]]
