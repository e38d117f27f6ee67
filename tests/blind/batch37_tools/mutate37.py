"""Single changes to copies of batch_37.jsonl's rows (in memory; nothing on disk is touched), each of which
verify37.verify must catch. Prints each mutation and whether it was caught; exit 1 if any was missed."""

from __future__ import annotations

import copy
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import verify37 as V  # noqa: E402

ROWS = [json.loads(x) for x in (HERE.parent / "batch_37.jsonl").read_text(encoding="utf-8").splitlines()]


def fig(k, v, i=0):
    def f(rows):
        rows[k - 1]["figures"][i] = v
    return f


def setk(k, key, v):
    def f(rows):
        rows[k - 1][key] = v
    return f


def drop_absent(k, v):
    def f(rows):
        rows[k - 1]["absent"].remove(v)
    return f


MUTATIONS = [
    ("yes/no flipped (１０个亿)", setk(114, "yesno", "否")),
    ("yes/no flipped (国庆前)", setk(120, "yesno", "是")),
    ("yes/no flipped (倒数第二)", setk(121, "yesno", "否")),
    ("yes/no flipped (8月份之前)", setk(122, "yesno", "否")),
    ("yes/no flipped (对下 0)", setk(125, "yesno", "是")),
    ("period for annual", fig(19, "≥5400件")),
    ("annual for period", fig(20, "≥1800件")),
    ("住建局 look-alike for 编办", fig(1, "2458000元")),
    ("职院 same-name amount for 开大", fig(6, "4340000元")),
    ("八院 same-name amount for 松山湖", fig(11, "36586400元")),
    ("八院 digits for 松山湖 后勤", fig(13, "7968200元")),
    ("人民医院 look-alike", fig(14, "18753600元")),
    ("市场监管局 indicator for 质检中心", fig(30, "≥12万台件")),
    ("2026 for 2025", fig(2, "2459100元")),
    ("92+... total without the new tables", fig(76, "#92")),
    ("rank one off", fig(35, "#9")),
    ("rank one off (编办)", fig(93, "#94")),
    ("rank one off (文广旅体)", fig(98, "#14")),
    ("ok_or_clarify→ok", setk(157, "expect", "ok")),
    ("not_found→ok", setk(153, "expect", "ok")),
    ("swapped order of the descending list", lambda r: r[101].__setitem__("names", r[101]["names"][::-1])),
    ("dropped member", lambda r: r[139]["names"].pop()),
    ("broken chain", setk(131, "followup_of", None)),
    ("absent = figure", lambda r: r[0]["absent"].append(r[0]["figures"][0])),
    ("dropped absent (住建局)", drop_absent(1, "2458000元")),
    ("dropped absent (qualitative other year)", drop_absent(139, "更加优化")),
    ("rename: 2025 name's amount for 2026", fig(136, "1054800元")),
    ("figures on a not_found line", lambda r: r[148]["figures"].append("31986.45万元")),
    ("wrong difference", fig(109, "2080000元")),
    ("negative difference", fig(130, "-323.51万元")),
    ("growth over the wrong base", fig(131, "13.01%")),
    ("qualitative wording of the other year", fig(139, "更加优化")),
    ("changed category", setk(50, "category", "indicator")),
    ("largest for second", fig(101, "46852300元")),
    ("2026 对下 for 2025", fig(143, "460000元")),
    ("share over the wrong base", fig(88, "20.72%")),
]


def main():
    missed = 0
    for name, m in MUTATIONS:
        rows = copy.deepcopy(ROWS)
        m(rows)
        caught = bool(V.verify(rows))
        missed += not caught
        print(("caught  " if caught else "MISSED  ") + name)
    print(f"{len(MUTATIONS) - missed} of {len(MUTATIONS)} caught")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
