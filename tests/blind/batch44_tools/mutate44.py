"""Single changes to in-memory copies of batch_44.jsonl's rows (nothing on disk is touched), each of which
verify44.verify must catch. Written for this batch. Prints each change and whether it was caught; exit 1 if any was
missed, or if the unchanged rows are not clean."""

from __future__ import annotations

import copy
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import verify44 as V  # noqa: E402

ROWS = [json.loads(x) for x in (HERE.parent / "batch_44.jsonl").read_text(encoding="utf-8").splitlines()]
TABS, _ = V.load_tables()


def row(rows, k):
    return rows[k - 1]


def fig(k, v, i=0):
    def change(rows):
        row(rows, k)["figures"][i] = v
    return change


def setf(k, key, v):
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


CHANGES = [
    # yes / no
    ("yes/no flipped (１.５亿, 17968.45)", setf(113, "yesno", "否")),
    ("yes/no flipped (三成以上, 30.14%)", setf(114, "yesno", "否")),
    ("yes/no flipped (暑假结束前, 8月31日前)", setf(115, "yesno", "否")),
    ("yes/no flipped (no 对下 line)", setf(117, "yesno", "是")),
    ("yes/no flipped (九月底前, target end of October)", setf(119, "yesno", "是")),
    ("yes/no flipped (95%, target 93%)", setf(123, "yesno", "是")),
    ("yes/no flipped (183 > 182)", setf(125, "yesno", "否")),
    ("yes/no dropped", setf(127, "yesno", None)),
    ("yes/no added to a plain line", setf(36, "yesno", "是")),
    # years, period / annual
    ("period for annual (安居补贴)", fig(19, "≥18000人")),
    ("annual for period (follow-up)", fig(20, "≥6000人")),
    ("period for annual (检查用人单位)", fig(23, "≥5.4万户")),
    ("period for annual (执法检查企业)", fig(26, "≥7200家次")),
    ("2026 for 2025 (去年 follow-up)", fig(2, "36485200元")),
    ("2025 indicator for 2026", fig(18, "≥1500人")),
    ("2025 时限 when no year is given", fig(22, "≤15个工作日")),
    ("2026 对下 subsidy for 2025", fig(142, "4460000元")),
    ("2025 name's amount for the renamed task", fig(135, "1684200元")),
    ("qualitative wording of the other year", fig(138, "持续增强")),
    ("2026 goal for 2025's", fig(141, "2000人")),
    ("2025 budget for 2026", fig(36, "16219.56万元")),
    # look-alikes in other departments
    ("组织部 人才 item for 人才中心", fig(5, "9472600元")),
    ("特教 amount for 机关幼儿园 (same name)", fig(14, "1326700元")),
    ("机关幼儿园 amount on the 特教 follow-up", fig(15, "1148300元")),
    ("应急局 安全生产监管执法经费 for 应急执法支队", fig(11, "38650000元")),
    ("纪委 信访举报 amount for 劳动监察支队", fig(9, "1384500元")),
    ("交通执法支队 执法车辆 amount for 劳动监察支队", fig(10, "6842100元")),
    ("人社局 按期结案率 for 劳动监察支队", fig(24, "100%")),
    ("就业中心 招聘会单场成本 for 人才中心", fig(21, "≤2.8万元/场")),
    ("特教 家长满意度 for 机关幼儿园", fig(31, "≥95%")),
    ("应急局 budget for 应急执法支队", fig(32, "49270.50万元")),
    ("人才中心 value on the 就业中心 trap", fig(160, "≤3.5万元/场")),
    # city-wide
    ("120 departments (without this batch)", fig(75, "#120")),
    ("rank one off (人才中心 预算)", fig(91, "#65")),
    ("rank one off (机关幼儿园 预算)", fig(94, "#119")),
    ("rank one off (劳动监察支队 people, 应急局 215 ahead)", fig(95, "#44")),
    ("rank one off (follow-up 特教)", fig(97, "#49")),
    ("二级单位 0 count without 机关幼儿园", fig(77, "#17")),
    ("people > 200 counted with ≥", fig(78, "#47")),
    ("all-department total without this batch", fig(83, "5547874.03万元")),
    # expectations
    ("ok_or_clarify → ok", setf(157, "expect", "ok")),
    ("not_found → ok", setf(151, "expect", "ok")),
    ("trap not_found → ok_or_clarify", setf(156, "expect", "ok_or_clarify")),
    ("figure on a not_found line", apply(148, lambda r: r["figures"].append("10486.53万元"))),
    ("name on a clarify line", apply(158, lambda r: r["names"].append("家长满意度"))),
    # lists
    ("descending names reversed", apply(101, lambda r: r.__setitem__("names", r["names"][::-1]))),
    ("descending figures reversed", apply(101, lambda r: r["figures"].reverse())),
    ("dropped member (changed indicators)", apply(139, lambda r: r["names"].pop())),
    ("added member (180–220 people: 公路事务中心 224)", apply(67, lambda r: r["names"].append("东莞市公路事务中心"))),
    ("dropped member (3000万–4000万)", apply(68, lambda r: r["names"].remove("东莞市机关幼儿园"))),
    ("added member (超过三百万: 人才服务大厅 2654100)", apply(60, lambda r: r["names"].append("人才服务大厅运行和物业管理经费"))),
    ("dropped member (不到一百万)", apply(63, lambda r: r["names"].pop())),
    ("added member (定性 indicators)", apply(65, lambda r: r["names"].append("执法文书规范率"))),
    # chains
    ("broken chain", setf(136, "followup_of", None)),
    ("chain to the wrong line", setf(97, "followup_of", "b44-095")),
    ("follow-up tagged with its own category", setf(58, "category", "prose")),
    ("new line chained", setf(3, "followup_of", "b44-002")),
    # absents
    ("absent = figure", apply(14, lambda r: r["absent"].append(r["figures"][0]))),
    ("dropped absent (特教)", drop_absent(14, "1326700元")),
    ("dropped absent (人社局 100%)", drop_absent(24, "100%")),
    ("dropped absent (not-loaded 第一幼儿园)", drop_absent(153, "3126.48万元")),
    # arithmetic
    ("wrong difference", fig(107, "34286400元")),
    ("negative year-on-year difference", fig(129, "-1748.89万元")),
    ("growth over the wrong base (2026)", fig(130, "9.73%")),
    ("share over the wrong base (财政拨款)", fig(84, "43.14%")),
    ("compare in mixed units", fig(111, "145人")),
    ("average over eleven", fig(85, "1621663.64元")),
    ("largest for second", fig(100, "5863900元")),
    ("tasks over 预算合计 instead of 项目支出", fig(80, "27.62%")),
    ("key share over 2025's tasks", fig(71, "93.24%")),
    ("filter sum without one task", fig(61, "60779500元")),
    ("two figures in the wrong order", apply(33, lambda r: r["figures"].reverse())),
    ("two asks in the wrong order", apply(144, lambda r: r["figures"].reverse())),
    ("2025's task count", fig(69, "#10")),
    ("two-unit sum off", fig(81, "28454.89万元")),
    # prose
    ("indicator value for the prose figure", fig(43, "1800人")),
    ("another line's prose figure", fig(49, "33个")),
    ("2025 prose figure for 2026", fig(41, "4200名")),
    # shape
    ("changed category", setf(45, "category", "indicator")),
    ("scope tag lost", setf(60, "note", "> 3,000,000")),
    ("a question twice", apply(152, lambda r: r.__setitem__("q", "应急执法支队2025年预算多少"))),
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
