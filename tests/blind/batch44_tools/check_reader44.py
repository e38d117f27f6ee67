"""Import each batch-44 .txt with `run_bot.py import`, export, and diff against the JSON, then all
of the batch's tables together (tests/blind/batch_shared_tools/reader_check.py).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "batch_shared_tools"))

from reader_check import check  # noqa: E402

if __name__ == "__main__":
    sys.exit(check(["rencai_2026", "rencai_2025", "laodongjiancha_2026", "yingjizhifa_2026", "youeryuan_2026"], 44))
