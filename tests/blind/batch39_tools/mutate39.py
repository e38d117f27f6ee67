"""Single changes to copies of batch_39.jsonl's rows (in memory; nothing on disk is touched), each of which
verify39.verify must catch. Written for this batch. Prints each mutation and whether it was caught; exit 1 if any
was missed (and exit 1 too if the unchanged rows are not clean)."""

from __future__ import annotations

import copy
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import verify39 as V  # noqa: E402

ROWS = [json.loads(x) for x in (HERE.parent / "batch_39.jsonl").read_text(encoding="utf-8").splitlines()]
TABS, _ = V.load_tables()


def row(rows, k):
    return rows[k - 1]


def fig(k, v, i=0):
    return lambda rows: row(rows, k)["figures"].__setitem__(i, v)


def put(k, key, v):
    return lambda rows: row(rows, k).__setitem__(key, v)


def drop_absent(k, v):
    return lambda rows: row(rows, k)["absent"].remove(v)


def swap_figures(k):
    def f(rows):
        fs = row(rows, k)["figures"]
        fs[0], fs[1] = fs[1], fs[0]
    return f


MUTATIONS = [
    ("yes/no flipped (９个亿)", put(113, "yesno", "否")),
    ("yes/no flipped (国庆前)", put(115, "yesno", "否")),
    ("yes/no flipped (1500人)", put(117, "yesno", "是")),
    ("yes/no flipped (莞中 对下 0)", put(119, "yesno", "是")),
    ("yes/no flipped (准确率百分之百)", put(126, "yesno", "是")),
    ("yes/no dropped", put(124, "yesno", None)),
    ("yes/no on a line without one", put(32, "yesno", "是")),
    ("period for annual", fig(19, "≥12个")),
    ("annual for period", fig(20, "≥4个")),
    ("农业农村局 look-alike for 农科中心", fig(15, "6725000元")),
    ("自然资源局 same-name amount for 土储中心", fig(12, "35600000元")),
    ("开大 same-name amount for 莞中", fig(7, "5148300元")),
    ("教育局 学生资助 for 莞中", fig(9, "152380000元")),
    ("应急管理局 演练 for 消防", fig(21, "≥12场")),
    ("教育局 达标率 for 莞中", fig(24, "≥92%")),
    ("质检中心 cost for 农科中心", fig(31, "≤2800元/批次")),
    ("2026 for 2025", fig(2, "62384700元")),
    ("96 departments (batch 37's count)", fig(75, "#96")),
    ("rank one off (消防 预算)", fig(34, "#17")),
    ("rank one off (农科中心)", fig(92, "#78")),
    ("rank one off (其他资金)", fig(98, "#34")),
    ("ok_or_clarify→ok", put(157, "expect", "ok")),
    ("not_found→ok", put(153, "expect", "ok")),
    ("swapped order of the descending list", lambda r: row(r, 101).__setitem__("names", row(r, 101)["names"][::-1])),
    ("dropped member (changed indicators)", lambda r: row(r, 139)["names"].pop()),
    ("dropped member (people 400–500)", lambda r: row(r, 67)["names"].remove("东莞中学")),
    ("broken chain", put(136, "followup_of", None)),
    ("chain to the wrong line", put(97, "followup_of", "b39-095")),
    ("absent = figure", lambda r: row(r, 1)["absent"].append(row(r, 1)["figures"][0])),
    ("dropped absent (自然资源局)", drop_absent(12, "35600000元")),
    ("dropped absent (qualitative other year)", drop_absent(138, "持续提升")),
    ("rename: 2025 name's amount for 2026", fig(135, "4218600元")),
    ("figures on a not_found line", lambda r: row(r, 149)["figures"].append("91846.27万元")),
    ("wrong difference", fig(107, "32004000元")),
    ("negative difference", fig(129, "-10032.69万元")),
    ("growth over the wrong base", fig(130, "10.92%")),
    ("qualitative wording of the other year", fig(138, "持续提升")),
    ("changed category", put(45, "category", "indicator")),
    ("largest for second", fig(100, "8647200元")),
    ("2026 对下 for 2025", fig(142, "6340000元")),
    ("share over the wrong base (项目支出)", fig(84, "79.31%")),
    ("indicator value for the prose figure", fig(42, "1300人")),
    ("two figures in the wrong order", swap_figures(33)),
    ("compare in mixed units", fig(111, "370人")),
    ("scope tag lost", put(60, "note", "> 10,000,000")),
    ("count with the 2025 tasks", fig(69, "#10")),
]


def main():
    if V.verify(copy.deepcopy(ROWS), TABS):
        print("the unchanged rows are not clean")
        return 1
    missed = 0
    for name, m in MUTATIONS:
        rows = copy.deepcopy(ROWS)
        m(rows)
        caught = bool(V.verify(rows, TABS))
        missed += not caught
        print(("caught  " if caught else "MISSED  ") + name)
    print(f"{len(MUTATIONS) - missed} of {len(MUTATIONS)} caught")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
