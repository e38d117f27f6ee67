"""Write tests/blind/tables/<slug>.json and <slug>.txt for the batch-20 tables, in the layout of
tests/blind/batch_shared_tools/layout.py (which checks the budget identities). All three are 东莞 部门整体 tables,
so the shared title 东莞市部门整体预算绩效目标表 is kept (共青团东莞市委员会 included).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent / "batch_shared_tools")]

from layout import write_tables  # noqa: E402
from tables20_def import DEPARTMENT_TABLES, PROJECT_TABLES  # noqa: E402

if __name__ == "__main__":
    write_tables(DEPARTMENT_TABLES, PROJECT_TABLES)
