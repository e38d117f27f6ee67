"""Import each batch-45 .txt with `run_bot.py import`, export, and diff against the JSON, then all
of the batch's tables together (tests/blind/batch_shared_tools/reader_check.py).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "batch_shared_tools"))

from reader_check import check  # noqa: E402

if __name__ == "__main__":
    sys.exit(check(["shilong_2026", "shilong_2025", "changan_2026", "mayong_2026", "binhaiwan_2026"], 45))
