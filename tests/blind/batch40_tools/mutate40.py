"""Single changes to copies of batch_40.jsonl's rows (in memory; nothing on disk is touched), each of which
verify40.verify must catch. Written for this batch. Prints each mutation and whether it was caught; exit 1 if any
was missed (and exit 1 too if the unchanged rows are not clean)."""

from __future__ import annotations

import copy
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import verify40 as V  # noqa: E402

ROWS = [json.loads(x) for x in (HERE.parent / "batch_40.jsonl").read_text(encoding="utf-8").splitlines()]
TABS, _ = V.load_tables()


def row(rows, k):
    return rows[k - 1]


def fig(k, v, i=0):
    return lambda rows: row(rows, k)["figures"].__setitem__(i, v)


def put(k, key, v):
    return lambda rows: row(rows, k).__setitem__(key, v)


def drop_absent(k, v):
    return lambda rows: row(rows, k)["absent"].remove(v)


def swap_figures(k, i=0, j=1):
    def f(rows):
        fs = row(rows, k)["figures"]
        fs[i], fs[j] = fs[j], fs[i]
    return f


def names(k, v):
    return lambda rows: row(rows, k).__setitem__("names", v)


MUTATIONS = [
    ("yes/no flipped (６个亿)", put(113, "yesno", "否")),
    ("yes/no flipped (国庆前: 10月31日)", put(115, "yesno", "是")),
    ("yes/no flipped (1200人)", put(117, "yesno", "是")),
    ("yes/no flipped (实验中学 对下 0)", put(119, "yesno", "是")),
    ("yes/no flipped (比人防办多)", put(124, "yesno", "是")),
    ("yes/no flipped (八月份之前)", put(125, "yesno", "否")),
    ("yes/no dropped", put(126, "yesno", None)),
    ("yes/no on a line without one", put(36, "yesno", "是")),
    ("period for annual (负压病床)", fig(19, "≥120张")),
    ("annual for period (负压病床)", fig(20, "≥40张")),
    ("annual for period (美术馆 接待观众)", fig(30, "≥150万人次")),
    ("八院 same-name amount for 六院", fig(1, "36586400元")),
    ("人民医院 same-name amount for 六院 后勤", fig(6, "32684500元")),
    ("莞中 same-name amount for 实验中学", fig(8, "2146300元")),
    ("文联 look-alike for 文化馆 惠民演出", fig(12, "3265700元")),
    ("文广旅体局 same-name amount for 文化馆 非遗", fig(13, "2485000元")),
    ("可园 same-name amount for 美术馆", fig(15, "1865200元")),
    ("疾控中心 rate for 六院", fig(18, "≥90%")),
    ("莞中 上线率 for 实验中学", fig(24, "≥98%")),
    ("博物馆 cost for 美术馆", fig(31, "≤1.8万元/件")),
    ("2026 for 2025 (follow-up)", fig(2, "26483700元")),
    ("104 departments (the count before this batch)", fig(75, "#104")),
    ("100 departments (batch 39's count)", fig(75, "#100")),
    ("rank one off (六院 预算)", fig(91, "#28")),
    ("rank one off (美术馆 基本支出, 0.07 apart)", fig(99, "#104")),
    ("rank one off (实验中学 people)", fig(96, "#28")),
    ("ok_or_clarify→ok", put(157, "expect", "ok")),
    ("not_found→ok", put(150, "expect", "ok")),
    ("swapped order of the descending list", lambda r: row(r, 101).__setitem__("names", row(r, 101)["names"][::-1])),
    ("descending figures swapped", swap_figures(101, 1, 2)),
    ("dropped member (changed indicators)", lambda r: row(r, 139)["names"].pop()),
    ("added member (changed indicators: the 2026-only one)",
     lambda r: row(r, 139)["names"].append("感染性疾病精准诊断实验室建成时间")),
    ("dropped member (1000–1200人)", lambda r: row(r, 67)["names"].remove("东莞市第六人民医院")),
    ("boundary member added (6亿–6.5亿)", lambda r: row(r, 68)["names"].append("东莞市轨道交通局")),
    ("broken chain", put(136, "followup_of", None)),
    ("chain to the wrong line", put(97, "followup_of", "b40-095")),
    ("absent = figure", lambda r: row(r, 3)["absent"].append(row(r, 3)["figures"][0])),
    ("dropped absent (博物馆 观众)", drop_absent(30, "≥115万人次")),
    ("dropped absent (qualitative other year)", drop_absent(138, "明显提升")),
    ("rename: 2025 name's amount for 2026", fig(135, "2468300元")),
    ("rename: 2025 name for 2026", names(135, ["院感防控经费"])),
    ("moved task: 2025 amount", fig(143, "6843200元")),
    ("figures on a not_found line", lambda r: row(r, 148)["figures"].append("3648.29万元")),
    ("names on an ok_or_clarify line", names(158, ["学生资助经费"])),
    ("wrong difference", fig(109, "10102600元")),
    ("negative difference", fig(129, "-5336.14万元")),
    ("growth over the wrong base", fig(130, "8.56%")),
    ("qualitative wording of the other year", fig(138, "明显提升")),
    ("changed category", put(45, "category", "indicator")),
    ("largest for second", fig(100, "4857900元")),
    ("2026 对下 for 2025", fig(142, "3240000元")),
    ("share over the wrong base (基本 for 合计)", fig(84, "102.66%")),
    ("indicator value for the prose figure", fig(52, "380场")),
    ("2025 goal for 2026", fig(46, "18万人次")),
    ("two figures in the wrong order", swap_figures(33)),
    ("two asks in the wrong order (今年和去年)", swap_figures(144)),
    ("compare in mixed units", fig(111, "44人")),
    ("scope tag lost", put(60, "note", "> 10,000,000")),
    ("count with the 2025 tasks", fig(69, "#10")),
    ("average over ten", fig(85, "1465950.00元")),
    ("all-city sum of batch 39's list", fig(83, "5076784.84万元")),
    ("count of 物业 without the new units", fig(76, "#23")),
    ("question text duplicated", lambda r: row(r, 2).__setitem__("q", row(r, 1)["q"])),
    ("id renumbered", put(10, "id", "b40-100")),
    ("members in the wrong order (时效指标)", lambda r: row(r, 39).__setitem__("names", row(r, 39)["names"][::-1])),
    ("second figure wrong (美术馆 青年艺术家)", fig(58, "2场", 1)),
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
