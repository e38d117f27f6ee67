"""Single changes to copies of batch_43.jsonl's rows (in memory; nothing on disk is touched), each of which
verify43.verify must catch. Written for this batch. Prints each change and whether it was caught; exit 1 if any
was missed (and exit 1 too if the unchanged rows are not clean)."""

from __future__ import annotations

import copy
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import verify43 as V  # noqa: E402

ROWS = [json.loads(x) for x in (HERE.parent / "batch_43.jsonl").read_text(encoding="utf-8").splitlines()]
TABS, _ = V.load_tables()


def row(rows, k):
    return rows[k - 1]


def fig(k, v, i=0):
    def change(rows):
        row(rows, k)["figures"][i] = v
    return change


def put(k, key, v):
    def change(rows):
        row(rows, k)[key] = v
    return change


def drop_absent(k, v):
    def change(rows):
        row(rows, k)["absent"].remove(v)
    return change


def apply(k, fn):
    def change(rows):
        fn(row(rows, k))
    return change


def swap_lines(i, j):
    def change(rows):
        rows[i - 1], rows[j - 1] = rows[j - 1], rows[i - 1]
    return change


CHANGES = [
    # yes / no
    ("yes/no flipped (１个亿)", put(113, "yesno", "否")),
    ("yes/no flipped (八成以上 78.71%)", put(114, "yesno", "是")),
    ("yes/no flipped (药检所 对下 0)", put(115, "yesno", "是")),
    ("yes/no flipped (国庆前)", put(117, "yesno", "否")),
    ("yes/no flipped (99%: 农科中心's value)", put(123, "yesno", "是")),
    ("yes/no flipped (65 vs 66)", put(127, "yesno", "是")),
    ("yes/no dropped (开学前)", put(125, "yesno", None)),
    ("yes/no on a line without one", put(32, "yesno", "是")),
    # period / annual, years
    ("period for annual (职业指导)", fig(20, "≥3.6万人次")),
    ("annual for period (follow-up)", fig(21, "≥1.2万人次")),
    ("2026 for 2025 on 那去年呢", fig(2, "8364700元")),
    ("2025 indicator for 2026 (帮扶)", fig(18, "≥4600人")),
    ("2026 对下 subsidy for 2025", fig(142, "6560000元")),
    ("2025 name's amount for the renamed task", fig(135, "2173400元")),
    ("2026 qualitative wording for 2025", fig(138, "持续完善")),
    ("2026 goal figure for 2025's", fig(141, "9个")),
    # look-alikes of other departments
    ("人社局 same-name indicator for 就业中心", fig(18, "≥4800人")),
    ("人社局 见习补贴标准 for 就业中心", fig(19, "≤1900元/人/月")),
    ("质检中心 same-name amount for 药检所", fig(11, "1287500元")),
    ("药检所 amount on the 质检中心 follow-up", fig(12, "1284300元")),
    ("农科中心 close amount for 农检中心", fig(13, "6752000元")),
    ("农业农村局 close amount for 农检中心", fig(13, "6725000元")),
    ("市场监管局 食品抽检 for 药检所", fig(9, "46820000元")),
    ("质检中心 设备 for 药检所", fig(10, "12486500元")),
    ("质检中心 出具率 for 药检所", fig(24, "≥98%")),
    ("农科中心 准确率 for 农检中心", fig(28, "≥99%")),
    ("农科中心 budget for 农检中心", fig(36, "8586.34万元")),
    ("文化馆 培训 amount for 少年宫", fig(16, "982700元")),
    ("团市委's 8万人次 for 少年宫's 5万人次", fig(57, "8万人次")),
    ("人社局 宣传 for 就业中心", fig(7, "1385600元")),
    # city-wide
    ("112 departments (without this batch)", fig(75, "#112")),
    ("108 departments (without batch 40)", fig(75, "#108")),
    ("rank one off (药检所 预算, 图书馆 1.66 above)", fig(34, "#81")),
    ("rank one off (农检中心 预算)", fig(92, "#91")),
    ("rank one off (基本支出, 仲裁院 0.27 below)", fig(98, "#84")),
    ("rank one off (follow-up 退役军人事务局)", fig(96, "#78")),
    ("对下 0 count without batch 40", fig(77, "#15")),
    ("二级单位 0 count without 少年宫", fig(78, "#16")),
    ("就业 count without 就业中心's six", fig(76, "#7")),
    ("all-department total without batch 40", fig(83, "5334984.31万元")),
    ("检验 sum without 粮储局", fig(86, "69450300元")),
    # expectations
    ("ok_or_clarify → ok", put(157, "expect", "ok")),
    ("not_found → ok", put(149, "expect", "ok")),
    ("trap not_found → ok_or_clarify", put(154, "expect", "ok_or_clarify")),
    ("figures on a not_found line", apply(150, lambda r: r["figures"].append("11771.86万元"))),
    ("names on a clarify line", apply(158, lambda r: r["names"].append("帮扶就业困难人员就业"))),
    # lists
    ("reversed names of the descending list", apply(101, lambda r: r.__setitem__("names", r["names"][::-1]))),
    ("descending figures out of order", apply(101, lambda r: r["figures"].reverse())),
    ("dropped member (changed indicators)", apply(139, lambda r: r["names"].pop())),
    ("added member (新增 indicator among the changed)", apply(139, lambda r: r["names"].append("市级零工市场建成时间"))),
    ("added member (140–150 people: 交通局 186)", apply(67, lambda r: r["names"].append("东莞市交通运输局"))),
    ("dropped member (1.1亿–1.2亿)", apply(68, lambda r: r["names"].remove("东莞图书馆"))),
    ("added boundary-outside member (一百万到五百万)", apply(62, lambda r: r["names"].append("实验室信息管理系统运维经费"))),
    ("dropped member (不到一百万)", apply(63, lambda r: r["names"].pop(0))),
    ("time indicator counted as qualitative", apply(65, lambda r: r["names"].append("市级零工市场建成时间"))),
    # chains
    ("broken chain", put(136, "followup_of", None)),
    ("chain to the wrong line", put(96, "followup_of", "b43-094")),
    ("follow-up tagged with its own category", put(58, "category", "prose")),
    ("two lines swapped", swap_lines(41, 42)),
    # absents
    ("absent = figure", apply(1, lambda r: r["absent"].append(r["figures"][0]))),
    ("dropped absent (质检中心)", drop_absent(11, "1287500元")),
    ("dropped absent (农科中心 budget)", drop_absent(36, "8586.34万元")),
    ("dropped absent (not-loaded 职业技能鉴定指导中心)", drop_absent(149, "29684.34万元")),
    ("dropped absent (团市委's item)", drop_absent(154, "2186500元")),
    # arithmetic
    ("wrong difference", fig(106, "14600元")),
    ("negative year-on-year difference", fig(129, "-2515.19万元")),
    ("year-on-year difference reversed base", fig(143, "744000元")),
    ("growth over the wrong base (2026)", fig(130, "8.47%")),
    ("share over the wrong base (财政拨款)", fig(84, "38.19%")),
    ("key share over the wrong base (项目支出)", fig(71, "61.70%")),
    ("compare in mixed units", fig(111, "1人")),
    ("average over eleven", fig(85, "2382427.27元")),
    ("largest for second", fig(100, "4863700元")),
    ("two figures in the wrong order", apply(33, lambda r: r["figures"].reverse())),
    ("two asks in the wrong order", apply(144, lambda r: r["figures"].reverse())),
    # prose
    ("indicator value for the prose figure", fig(44, "300场")),
    ("task expected figure for the prose figure", fig(51, "200项")),
    # shape
    ("changed category", put(45, "category", "indicator")),
    ("scope tag lost", put(60, "note", "> 10,000,000")),
    ("2025's task count", fig(69, "#10")),
    ("line dropped", lambda rows: rows.pop()),
]


def main():
    if V.verify(copy.deepcopy(ROWS), TABS):
        print("the unchanged rows are not clean")
        return 1
    missed = 0
    for name, change in CHANGES:
        rows = copy.deepcopy(ROWS)
        change(rows)
        caught = bool(V.verify(rows, TABS))
        missed += not caught
        print(("caught  " if caught else "MISSED  ") + name)
    print(f"{len(CHANGES) - missed} of {len(CHANGES)} caught")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
