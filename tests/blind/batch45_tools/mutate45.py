"""Single changes to copies of batch_45.jsonl's rows (in memory; nothing on disk is touched), each of which
verify45.verify must catch. Written for this batch. Prints each change and whether it was caught; exit 1 if any
was missed (and exit 1 too if the unchanged rows are not clean)."""

from __future__ import annotations

import copy
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import verify45 as V  # noqa: E402

ROWS = [json.loads(x) for x in (HERE.parent / "batch_45.jsonl").read_text(encoding="utf-8").splitlines()]
TABS, _ = V.load_tables()


def row(rows, k):
    return rows[k - 1]


def fig(k, v, i=0):
    def f(rows):
        row(rows, k)["figures"][i] = v
    return f


def put(k, key, v):
    def f(rows):
        row(rows, k)[key] = v
    return f


def drop_absent(k, v):
    def f(rows):
        row(rows, k)["absent"].remove(v)
    return f


def do(k, fn):
    def f(rows):
        fn(row(rows, k))
    return f


CHANGES = [
    # yes / no
    ("yes/no flipped (１７个亿)", put(113, "yesno", "否")),
    ("yes/no flipped (九成靠财政拨款)", put(114, "yesno", "否")),
    ("yes/no flipped (国庆前, 8月31日前)", put(115, "yesno", "否")),
    ("yes/no flipped (超过250人, 248)", put(116, "yesno", "是")),
    ("yes/no flipped (五一前, 4月15日前)", put(118, "yesno", "否")),
    ("yes/no flipped (年中前, target end of year)", put(119, "yesno", "是")),
    ("yes/no flipped (居民满意度 90%, ≥88%)", put(123, "yesno", "是")),
    ("yes/no flipped (比八院多)", put(125, "yesno", "否")),
    ("yes/no dropped", put(126, "yesno", None)),
    ("yes/no on a line without one", put(36, "yesno", "是")),
    # period / annual, years
    ("period for annual (碧道)", fig(19, "≥12公里")),
    ("annual for period (follow-up)", fig(20, "≥4.5公里")),
    ("period for annual (茅洲河支流)", fig(24, "≥15条")),
    ("period for annual (麻涌河涌)", fig(26, "≥30条")),
    ("2026 for 2025 (follow-up 去年)", fig(2, "16837400元")),
    ("2025 indicator for 2026 (骑楼)", fig(18, "≥90栋")),
    ("2026 subsidy for 2025", fig(142, "9380000元")),
    ("2025 name's amount for the renamed task", fig(135, "1974300元")),
    ("qualitative wording of the other year", fig(138, "稳定达标")),
    ("2026 goal for 2025's", fig(141, "4800户")),
    # look-alikes of other departments and of the other town
    ("麻涌's same-name subsidy for 石龙", fig(4, "6680000元")),
    ("住建局 老旧小区 amount for 石龙", fig(5, "265800000元")),
    ("工信局 技改 amount for 长安", fig(8, "268450000元")),
    ("政法委 网格化 amount for 长安", fig(10, "14286300元")),
    ("水务局 河涌 amount for 麻涌", fig(12, "286450000元")),
    ("投促局 推介 amount for 滨海湾", fig(17, "18650200元")),
    ("水务局 河涌整治数量 for 麻涌", fig(26, "≥25条")),
    ("水务局 水质达标率 for 麻涌", fig(27, "≥90%")),
    ("城管局 垃圾单价 for 石龙", fig(21, "≤150元/吨")),
    ("石龙's amount on the 麻涌 trap", fig(159, "6842700元")),
    ("麻涌's amount on the 水务局 trap", fig(160, "11826500元")),
    # city-wide
    ("120 departments (without this batch)", fig(75, "#120")),
    ("all-department total without this batch", fig(83, "5547874.03万元")),
    ("rank one off (长安 预算)", fig(91, "#4")),
    ("rank one off (石龙 预算, without 长安 / 滨海湾 ahead)", fig(92, "#33")),
    ("rank one off (麻涌 基本支出, 开放大学 11.08 below)", fig(99, "#21")),
    ("rank one off (follow-up 日报社)", fig(97, "#20")),
    ("count without 工信局's 公共服务 item", fig(76, "#4")),
    ("people > 1000 count without 长安", fig(78, "#11")),
    ("二级单位 > 5 count with ≥ instead of >", fig(77, "#14")),
    # expectations
    ("ok_or_clarify → ok", put(157, "expect", "ok")),
    ("not_found → ok (虎门镇)", put(150, "expect", "ok")),
    ("trap not_found → ok_or_clarify", put(154, "expect", "ok_or_clarify")),
    ("figures on a not_found line", do(148, lambda r: r["figures"].append("92267.74万元"))),
    ("names on a clarify line", do(158, lambda r: r["names"].append("企业满意度"))),
    # lists
    ("reversed names of the descending list", do(101, lambda r: r.__setitem__("names", r["names"][::-1]))),
    ("reversed figures of the descending list", do(101, lambda r: r["figures"].reverse())),
    ("dropped member (changed indicators)", do(139, lambda r: r["names"].pop())),
    ("added member (unchanged 企业服务满意度)", do(139, lambda r: r["names"].append("企业服务满意度"))),
    ("added member (350–400 people: 司法局 326)", do(67, lambda r: r["names"].append("东莞市司法局"))),
    ("dropped member (4亿–6亿: 石龙)", do(68, lambda r: r["names"].remove("东莞市石龙镇人民政府"))),
    ("added member (超过两千万: 镇属学校 18653900)", do(60, lambda r: r["names"].append("镇属学校和幼儿园办学保障经费"))),
    ("dropped member (四百万到一千万)", do(62, lambda r: r["names"].remove("乡村振兴示范村建设经费"))),
    ("added member (不到五百万: 社区补助 6040000)", do(63, lambda r: r["names"].append("社区公共服务补助"))),
    ("wrong member (定性)", do(65, lambda r: r["names"].__setitem__(0, "企业满意度"))),
    # chains
    ("broken chain", put(136, "followup_of", None)),
    ("chain to the wrong line", put(97, "followup_of", "b45-095")),
    ("follow-up tagged with its own category", put(58, "category", "prose")),
    ("new line chained", put(3, "followup_of", "b45-002")),
    # absents
    ("absent = figure", do(12, lambda r: r["absent"].append(r["figures"][0]))),
    ("dropped absent (麻涌 same-name subsidy)", drop_absent(4, "6680000元")),
    ("dropped absent (水务局 水质)", drop_absent(27, "≥90%")),
    ("dropped absent (not-loaded 塘厦镇)", drop_absent(153, "175965.36万元")),
    # arithmetic
    ("wrong difference", fig(107, "2070000元")),
    ("negative year-on-year difference", fig(129, "-3551.48万元")),
    ("growth over the wrong base (2026)", fig(130, "6.31%")),
    ("share over the wrong base (财政拨款)", fig(84, "32.33%")),
    ("compare in mixed units", fig(111, "12人")),
    ("average over eleven", fig(85, "6105227.27元")),
    ("largest for second", fig(100, "46382700元")),
    ("tasks over 预算合计 instead of 项目支出", fig(80, "11.99%")),
    ("key share over 2025's tasks", fig(71, "61.83%")),
    ("filter sum without one task", fig(61, "87021400元")),
    ("two figures in the wrong order", do(33, lambda r: r["figures"].reverse())),
    ("two asks in the wrong order", do(144, lambda r: r["figures"].reverse())),
    ("2025 task count for 2026", fig(69, "#10")),
    # prose
    ("indicator value for the prose figure", fig(43, "120栋")),
    ("another line's prose figure", fig(57, "40公顷")),
    ("the task's 不少于 for the goal's figure", fig(44, "300亩")),
    # shape
    ("changed category", put(45, "category", "indicator")),
    ("scope tag lost", put(60, "note", "> 20,000,000")),
    ("a question twice", do(152, lambda r: r.__setitem__("q", "麻涌2024年财政供养人员多少"))),
    ("a question of batch 42", do(90, lambda r: r.__setitem__("q", "最少的呢"))),
    ("not-loaded unit swapped for a loaded one", do(150, lambda r: r.__setitem__("q", "东莞市长安镇人民政府今年预算多少"))),
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
