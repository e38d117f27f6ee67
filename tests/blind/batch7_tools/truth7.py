"""Ground truth of every table batch 7 is written against: the shared loader
(tests/blind/batch_shared_tools/truth.py, once copied into each batch's tools) over the five fixture
tables, the blind tables of batches 5–7 and the form fixtures. `python truth7.py` prints them."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "batch_shared_tools"))

import truth as _shared  # noqa: E402
from truth import (  # noqa: E402, F401
    BATCH5, BATCH6, BATCH7, D, dg2026, indicator, pct, q2, task, total, wan, yuan, yuan2,
)

NEW = BATCH7


def load() -> dict[str, dict]:
    return _shared.load(BATCH5 + BATCH6 + NEW)


if __name__ == "__main__":
    _shared.report(load())
