"""Single changes to copies of batch_41.jsonl's rows (in memory; nothing on disk is touched), each of which
verify41.verify must catch. Written for this batch. Prints each change and whether it was caught; exit 1 if any
was missed (and exit 1 too if the unchanged rows are not clean)."""

from __future__ import annotations

import copy
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import verify41 as V  # noqa: E402

ROWS = [json.loads(x) for x in (HERE.parent / "batch_41.jsonl").read_text(encoding="utf-8").splitlines()]
TABS, _ = V.load_tables()


def at(rows, k):
    return rows[k - 1]


def figure(k, v, i=0):
    def f(rows):
        at(rows, k)["figures"][i] = v
    return f


def field(k, key, v):
    def f(rows):
        at(rows, k)[key] = v
    return f


def unabsent(k, v):
    def f(rows):
        at(rows, k)["absent"].remove(v)
    return f


def edit(k, fn):
    def f(rows):
        fn(at(rows, k))
    return f


CHANGES = [
    # yes/no
    ("yes/no flipped (３个亿)", field(113, "yesno", "否")),
    ("yes/no flipped (七一前)", field(115, "yesno", "否")),
    ("yes/no flipped (超过90人)", field(116, "yesno", "是")),
    ("yes/no flipped (水库中心 对下 0)", field(118, "yesno", "是")),
    ("yes/no flipped (抗体合格率九成)", field(123, "yesno", "是")),
    ("yes/no flipped (比公证处多)", field(125, "yesno", "否")),
    ("yes/no dropped", field(126, "yesno", None)),
    ("yes/no on a line without one", field(36, "yesno", "是")),
    # period / annual, other years
    ("period for annual", figure(19, "≥4800家次")),
    ("annual for period", figure(20, "≥1600家次")),
    ("2026 for 2025 (follow-up 去年)", figure(2, "12863400元")),
    ("2025 indicator for 2026", figure(18, "≥92%")),
    ("2026 对下 subsidy for 2025", figure(142, "2000000元")),
    ("2025 name's amount for the renamed task", figure(135, "8624500元")),
    ("qualitative wording of the other year", figure(138, "持续提升")),
    # look-alikes of other departments
    ("生态环境局 same-name indicator for 监测站", figure(18, "≥90%")),
    ("水利局 same-name amount for 水库中心", figure(11, "46320700元")),
    ("水库中心 amount on the 水利局 follow-up", figure(12, "32640700元")),
    ("农业农村局 close amount for 动物疫控", figure(15, "12380000元")),
    ("疾控中心 budget for 动物疾控", figure(36, "32290.36万元")),
    ("农业农村局 免疫密度 for 动物疫控", figure(29, "≥90%")),
    ("水利局 演练 for 水库中心", figure(26, "≥24场")),
    ("电视台 宣传片 amount for 宣传部", figure(8, "2384600元")),
    ("农科中心's 32 镇街 for 动物疫控's 33", figure(57, "32个")),
    # city-wide
    ("104 departments (without this batch)", figure(75, "#104")),
    ("rank one off (宣传部 预算)", figure(91, "#44")),
    ("rank one off (动物疫控 预算, 公证处 3.92 below)", figure(94, "#92")),
    ("rank one off (基本支出, 体育局 0.15 above)", figure(98, "#65")),
    ("rank one off (follow-up 统计局)", figure(97, "#69")),
    ("对下 0 count without 水库中心", figure(77, "#13")),
    ("all-department total without batch 38", figure(83, "5152913.00万元")),
    # expectations
    ("ok_or_clarify → ok", field(157, "expect", "ok")),
    ("not_found → ok", field(150, "expect", "ok")),
    ("trap not_found → ok_or_clarify", field(153, "expect", "ok_or_clarify")),
    ("figures on a not_found line", edit(149, lambda r: r["figures"].append("14389.03万元"))),
    ("names on a clarify line", edit(158, lambda r: r["names"].append("应免畜禽免疫密度"))),
    # lists
    ("swapped order of the descending list", edit(101, lambda r: r.__setitem__("names", r["names"][::-1]))),
    ("descending figures out of order", edit(101, lambda r: r["figures"].reverse())),
    ("dropped member (changed indicators)", edit(139, lambda r: r["names"].pop(0))),
    ("added member (90–100 people: 统计局 86)", edit(67, lambda r: r["names"].append("东莞市统计局"))),
    ("dropped member (不到两百万)", edit(63, lambda r: r["names"].remove("水库管理人员业务培训经费"))),
    ("added boundary-outside member (一百万到五百万)", edit(62, lambda r: r["names"].append("文艺精品创作扶持经费"))),
    # chains
    ("broken chain", field(136, "followup_of", None)),
    ("chain to the wrong line", field(97, "followup_of", "b41-095")),
    ("follow-up tagged with its own category", field(58, "category", "prose")),
    # absents
    ("absent = figure", edit(1, lambda r: r["absent"].append(r["figures"][0]))),
    ("dropped absent (水利局)", unabsent(11, "46320700元")),
    ("dropped absent (疾控中心 budget)", unabsent(36, "32290.36万元")),
    ("dropped absent (not-loaded 统战部)", unabsent(150, "32893.08万元")),
    # arithmetic
    ("wrong difference", figure(107, "13860000元")),
    ("negative year-on-year difference", figure(129, "-1181.85万元")),
    ("growth over the wrong base (2026)", figure(130, "8.21%")),
    ("share over the wrong base (财政拨款)", figure(84, "30.21%")),
    ("compare in mixed units", figure(111, "1人")),
    ("average over nine", figure(85, "3805666.67元")),
    ("largest for second", figure(100, "15248600元")),
    ("two figures in the wrong order", edit(33, lambda r: r["figures"].reverse())),
    ("two asks in the wrong order", edit(144, lambda r: r["figures"].reverse())),
    # prose
    ("indicator value for the prose figure", figure(44, "1600家次")),
    ("2026 goal for 2025's", figure(141, "60口")),
    # shape
    ("changed category", field(45, "category", "indicator")),
    ("scope tag lost", field(60, "note", "> 5,000,000")),
    ("2025's task count", figure(69, "#10")),
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
