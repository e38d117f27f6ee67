"""Write tests/blind/tables/<slug>.json and <slug>.txt for the batch-17 tables, in the layout of
tests/blind/batch_shared_tools/layout.py (which checks the budget identities). The shared layout titles
every department table 东莞市部门整体预算绩效目标表; a table of another city (TITLE_CITY) gets its own
city in the title, as the real 广州 form prints it (as tables/guangzhou_jiaoyuju_2026.txt).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent / "batch_shared_tools")]

from layout import TABLES, write_tables  # noqa: E402
from tables17_def import DEPARTMENT_TABLES, PROJECT_TABLES, TITLE_CITY  # noqa: E402

if __name__ == "__main__":
    write_tables(DEPARTMENT_TABLES, PROJECT_TABLES)
    for slug, city in TITLE_CITY.items():
        p = TABLES / f"{slug}.txt"
        text = p.read_text(encoding="utf-8")
        assert text.count("东莞市部门整体预算绩效目标表") == 1 and DEPARTMENT_TABLES[slug]["department"].startswith(city)
        p.write_text(text.replace("东莞市部门整体预算绩效目标表", f"{city}部门整体预算绩效目标表"), encoding="utf-8")
        print(f"{slug}: title {city}部门整体预算绩效目标表")
