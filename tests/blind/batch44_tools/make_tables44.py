"""Write tests/blind/tables/<slug>.json and <slug>.txt for the batch-44 tables, in the layout of
tests/blind/batch_shared_tools/layout.py (which checks the budget identities and a project's
年度资金总额 = 财政拨款 + 其他资金): five 部门整体 tables (four units, 人才中心 in two years).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent / "batch_shared_tools")]

from layout import write_tables  # noqa: E402
from tables44_def import DEPARTMENT_TABLES, PROJECT_TABLES  # noqa: E402

if __name__ == "__main__":
    write_tables(DEPARTMENT_TABLES, PROJECT_TABLES)
