"""Single changes to copies of batch_42.jsonl's rows (in memory; nothing on disk is touched), each of which
verify42.verify must catch. Written for this batch. Prints each change and whether it was caught; exit 1 if any
was missed (and exit 1 too if the unchanged rows are not clean)."""

from __future__ import annotations

import copy
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import verify42 as V  # noqa: E402

ROWS = [json.loads(x) for x in (HERE.parent / "batch_42.jsonl").read_text(encoding="utf-8").splitlines()]
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
    ("yes/no flipped (８个亿)", field(113, "yesno", "否")),
    ("yes/no flipped (国庆前)", field(115, "yesno", "否")),
    ("yes/no flipped (超过80人, 79)", field(116, "yesno", "是")),
    ("yes/no flipped (十月底前, target end of November)", field(119, "yesno", "是")),
    ("yes/no flipped (一个半小时 = 90分钟)", field(121, "yesno", "否")),
    ("yes/no flipped (满意度 95%)", field(123, "yesno", "是")),
    ("yes/no flipped (比生态环境局多)", field(125, "yesno", "否")),
    ("yes/no dropped", field(126, "yesno", None)),
    ("yes/no on a line without one", field(32, "yesno", "是")),
    # period / annual, other years
    ("period for annual (村社区党组织)", figure(19, "≥1600个")),
    ("annual for period (follow-up)", figure(20, "≥560个")),
    ("period for annual (巡察)", figure(23, "≥96个")),
    ("2026 for 2025 (follow-up 去年)", figure(2, "13864200元")),
    ("2025 indicator for 2026", figure(18, "≥5600人次")),
    ("2026 对下 subsidy for 2025", figure(142, "5780000元")),
    ("2025 name's amount for the renamed task", figure(135, "1563800元")),
    ("qualitative wording of the other year", figure(138, "持续增强")),
    ("2026 goal for 2025's", figure(141, "2600名")),
    # look-alikes of other departments
    ("党校 look-alike amount for 组织部", figure(1, "18650600元")),
    ("六院 same-name amount for 三院", figure(14, "26483700元")),
    ("三院 amount on the 六院 follow-up", figure(15, "31287400元")),
    ("审计局 大数据 amount for 纪委", figure(8, "4658000元")),
    ("政协 会议经费 for 人大办", figure(11, "3864700元")),
    ("政协 常委会议 ≥6次 for 人大办", figure(25, "≥6次")),
    ("六院 培训基层医务人员 for 三院", figure(31, "≥1500人次")),
    ("人民医院 平均住院日 for 三院", figure(29, "≤7天")),
    ("六院 budget for 三院", figure(36, "62347.58万元")),
    ("三院 value on the 六院 trap", figure(159, "≥1600人次")),
    # city-wide
    ("112 departments (without this batch)", figure(75, "#112")),
    ("rank one off (组织部 预算, 政法委 12.88 below)", figure(92, "#78")),
    ("rank one off (三院 预算)", figure(91, "#17")),
    ("rank one off (人大办 基本支出)", figure(99, "#83")),
    ("rank one off (follow-up 疾控中心)", figure(97, "#36")),
    ("二级单位 2 count without the batch", figure(77, "#25")),
    ("all-department total without batch 40", figure(83, "5403688.53万元")),
    # expectations
    ("ok_or_clarify → ok", field(157, "expect", "ok")),
    ("not_found → ok", field(150, "expect", "ok")),
    ("trap not_found → ok_or_clarify", field(153, "expect", "ok_or_clarify")),
    ("figures on a not_found line", edit(148, lambda r: r["figures"].append("87456.35万元"))),
    ("names on a clarify line", edit(158, lambda r: r["names"].append("门急诊人次"))),
    # lists
    ("swapped order of the descending list", edit(101, lambda r: r.__setitem__("names", r["names"][::-1]))),
    ("descending figures out of order", edit(101, lambda r: r["figures"].reverse())),
    ("dropped member (changed indicators)", edit(139, lambda r: r["names"].pop())),
    ("added member (110–130 people: 城市更新局 104)", edit(67, lambda r: r["names"].append("东莞市城市更新局"))),
    ("dropped member (1.2亿–1.5亿)", edit(68, lambda r: r["names"].remove("中共东莞市纪律检查委员会"))),
    ("added member (不到五百万: 重点专科 6538400)", edit(63, lambda r: r["names"].append("重点专科建设经费"))),
    ("dropped member (超过五百万)", edit(60, lambda r: r["names"].remove("留置场所运行保障经费"))),
    ("added member (一百万到两百万: 代表履职 2647500)", edit(62, lambda r: r["names"].append("人大代表履职服务和代表联络站建设经费"))),
    # chains
    ("broken chain", field(136, "followup_of", None)),
    ("chain to the wrong line", field(97, "followup_of", "b42-095")),
    ("follow-up tagged with its own category", field(58, "category", "prose")),
    ("new line chained", field(3, "followup_of", "b42-002")),
    # absents
    ("absent = figure", edit(14, lambda r: r["absent"].append(r["figures"][0]))),
    ("dropped absent (六院)", unabsent(14, "26483700元")),
    ("dropped absent (政协 常委会议)", unabsent(25, "≥6次")),
    ("dropped absent (not-loaded 第五人民医院)", unabsent(153, "87456.35万元")),
    # arithmetic
    ("wrong difference", figure(107, "4830700元")),
    ("negative year-on-year difference", figure(129, "-976.91万元")),
    ("growth over the wrong base (2026)", figure(130, "7.76%")),
    ("share over the wrong base (财政拨款)", figure(84, "43.33%")),
    ("compare in mixed units", figure(111, "4人")),
    ("average over eleven", figure(85, "1496427.27元")),
    ("largest for second", figure(100, "18426700元")),
    ("tasks over 项目支出 with the wrong base (预算合计)", figure(80, "12.79%")),
    ("key share over the wrong base (2025)", figure(71, "92.63%")),
    ("filter sum without one task", figure(61, "31673000元")),
    ("two figures in the wrong order", edit(33, lambda r: r["figures"].reverse())),
    ("two asks in the wrong order", edit(144, lambda r: r["figures"].reverse())),
    # prose
    ("indicator value for the prose figure", figure(43, "6000人次")),
    ("another line's prose figure", figure(48, "36个")),
    # shape
    ("changed category", field(45, "category", "indicator")),
    ("scope tag lost", field(60, "note", "> 5,000,000")),
    ("2025's task count", figure(69, "#10")),
    ("a question twice", edit(152, lambda r: r.__setitem__("q", "人大办2024年财政供养人员多少"))),
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
