"""Mutation test of verify30.py: single changes to copies of batch_30.jsonl under /tmp; every one must be
caught (verify30.py exits 1 on the copy)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE.parent / "batch_30.jsonl"


def setf(rid, key, value):
    def f(r):
        if r["id"] == rid:
            r[key] = value
    return f


def first(rid, value):
    def f(r):
        if r["id"] == rid:
            r["figures"][0] = value
    return f


def drop_absent(rid):
    def f(r):
        if r["id"] == rid:
            r["absent"] = []
    return f


def swap_figures(rid):
    def f(r):
        if r["id"] == rid:
            r["figures"][0], r["figures"][1] = r["figures"][1], r["figures"][0]
    return f


def swap_names(rid):
    def f(r):
        if r["id"] == rid:
            r["names"][0], r["names"][1] = r["names"][1], r["names"][0]
    return f


def drop_member(rid):
    def f(r):
        if r["id"] == rid:
            r["names"] = r["names"][:-1]
    return f


MUTATIONS = [
    ("flipped yes/no (血站 over 1.5亿)", setf("b30-114", "yesno", "否")),
    ("flipped yes/no (10月底 deadline)", setf("b30-117", "yesno", "否")),
    ("flipped yes/no (接听率 100% trap)", setf("b30-116", "yesno", "是")),
    ("flipped yes/no (图书馆 vs 外事局 budget, 3.57万元 apart)", setf("b30-120", "yesno", "否")),
    ("flipped yes/no (250块 threshold)", setf("b30-121", "yesno", "是")),
    ("flipped yes/no (全是财政拨款)", setf("b30-125", "yesno", "是")),
    ("period value for the annual one (采集全血)", first("b30-019", "≥43.5万单位")),
    ("annual value for the period follow-up (采集全血)", first("b30-020", "≥14.5万单位")),
    ("红会's look-alike for 血站's 无偿献血宣传", first("b30-005", "1536200元")),
    ("红会's 信息化 for 血站's 运维", first("b30-006", "986300元")),
    ("应急局's 执法 amount for 急救中心's 救护车", first("b30-007", "38650000元")),
    ("应急局's 指挥信息化 for 120 系统", first("b30-008", "15940000元")),
    ("红会's 救护培训 for 急救中心's 社会急救培训", first("b30-009", "6420800元")),
    ("公路中心's 物资储备 for 急救中心's", first("b30-010", "4236500元")),
    ("文广旅体局's 公共图书馆运行 for 图书馆's own", first("b30-012", "26430000元")),
    ("科协's 科技馆运行 for 图书馆's own", first("b30-012", "26430600元")),
    ("档案局's 抢救保护 for 图书馆's 古籍", first("b30-016", "1860800元")),
    ("红会's AED 配置 for 急救中心's 运维", first("b30-018", "4658300元")),
    ("应急局's 到场时间 for 急救 反应时间", first("b30-021", "≤30分钟")),
    ("文广旅体局's 读者人次 for 图书馆's", first("b30-025", "≥600万人次")),
    ("文广旅体局's platform date for 图书馆's", first("b30-028", "2026年10月31日前")),
    ("2026 amount for 2025 (采血招募)", first("b30-002", "23586400元")),
    ("2026 budget for 2025", first("b30-129", "17291.26万元")),
    ("growth over this year's base", first("b30-131", "5.82%")),
    ("65 东莞 tables (the new ones forgotten)", first("b30-076", "#65")),
    ("67 东莞 tables (东莞图书馆 missed by a 东莞市 filter)", first("b30-076", "#67")),
    ("血站 40th instead of 41st", first("b30-091", "#40")),
    ("图书馆 49th instead of 50th", first("b30-094", "#49")),
    ("倒数 counted from the top", first("b30-100", "#30")),
    ("ok_or_clarify → ok (AED)", setf("b30-158", "expect", "ok")),
    ("not_found → ok (急救中心 2025)", setf("b30-147", "expect", "ok")),
    ("not_found → ok (急救中心 asked for 应急局's item)", setf("b30-153", "expect", "ok")),
    ("swapped ranking order (物资储备, two 18725… items)", swap_names("b30-095")),
    ("indicator value for the prose fact (无偿献血人次)", first("b30-047", "≥11.8万人次")),
    ("indicator value for the prose fact (急救站点)", first("b30-050", "≥78个")),
    ("档案局's goal figure for 图书馆's 古籍页数", first("b30-060", "3600页")),
    ("文广旅体局's goal figure for 图书馆's 阅读空间", first("b30-059", "15个")),
    ("dropped member (血站 over 2000万)", drop_member("b30-062")),
    ("broken chain", setf("b30-073", "followup_of", "b30-071")),
    ("absent equal to the figure", setf("b30-014", "absent", ["18652400元"])),
    ("dropped look-alike absent (文广旅体局 图书馆运行)", drop_absent("b30-012")),
    ("dropped look-alike absent (应急局 trap)", drop_absent("b30-153")),
    ("all-department sum without the three new departments", first("b30-085", "3431571.60万元")),
    ("2亿–3亿 list without 急救中心", setf("b30-069", "names", ["东莞市港务管理局", "东莞市财政局", "东莞市园林绿化中心",
                                                          "东莞市投资促进局", "东莞市体育局", "东莞市住房公积金管理中心"])),
    ("150–200 list without 东莞图书馆", setf("b30-070", "names", ["东莞市交通运输局", "东莞市中心血站", "东莞市医疗保障局",
                                                              "东莞市机关事务管理局", "东莞市园林绿化中心"])),
    ("the rename asked by the 2026 name, answered with the 2026 amount", first("b30-136", "31264800元")),
    ("2026 task count for 2025", setf("b30-138", "figures", ["#10", "87508900元"])),
    ("a figure nobody holds", first("b30-081", "97688600元")),
    ("figures on a not_found line", setf("b30-152", "figures", ["38650700元"])),
    ("share over the wrong base (基本 over 财政拨款)", first("b30-087", "28.07%")),
    ("qualitative 2026 wording for 2025", first("b30-140", "持续健全")),
    ("图书馆 ranking with 文广旅体局's first", setf("b30-102", "names", ["公共图书馆运行经费"])),
    ("two asks answered in the wrong order (年度 / 实施周期)", swap_figures("b30-024")),
    ("国资委's budget swapped with 图书馆's in a comparison", setf("b30-105", "figures", ["2.86万元", "11776.38万元",
                                                                                  "11773.52万元"])),
    ("a changed category (count → aggregate)", setf("b30-074", "category", "aggregate")),
    ("2025 people for 2026 in the yes/no", setf("b30-123", "figures", ["#169", "#168"])),
    ("a changed-indicator list missing one (满意度)", drop_member("b30-141")),
    ("the other year's value made absent (2026 献血人次 on the 2025 line)", setf("b30-139", "absent", ["≥11.8万人次"])),
    ("the period value made absent", setf("b30-019", "absent", ["≥43.5万单位"])),
    ("2026's goal figure for 2025's", first("b30-143", "12万人次")),
    ("运维 count without the new three", first("b30-077", "#6")),
    ("图书馆 sum without 党校's item", first("b30-089", "63078300元")),
    ("the 对下 share over 市本级", first("b30-086", "26.77%")),
    ("三家 ranking with 血站 first", swap_names("b30-101")),
    ("红会's 培训 indicator in the trap made not absent", setf("b30-160", "absent", ["≥36000人次"])),
    ("a goal figure with an indicator counterpart asked without 目标", setf("b30-054", "q", "急救中心社会急救培训要超过多少人次")),
    ("人数 difference with 卫健局 2025", first("b30-112", "#171")),
]


def main() -> int:
    rows = [json.loads(x) for x in SRC.read_text(encoding="utf-8").splitlines()]
    caught = 0
    env = dict(os.environ, PYTHONPATH=str(HERE.parents[2]))
    for n, (what, f) in enumerate(MUTATIONS, 1):
        copy = [json.loads(json.dumps(r)) for r in rows]
        for r in copy:
            f(r)
        assert copy != rows, what
        p = Path(f"/tmp/b30_mut_{n:02d}.jsonl")
        p.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in copy), encoding="utf-8")
        rc = subprocess.run([sys.executable, str(HERE / "verify30.py"), str(p)], capture_output=True, text=True, env=env)
        ok = rc.returncode != 0
        caught += ok
        print(f"{'caught' if ok else 'MISSED'}: {what}: {rc.stdout.strip().splitlines()[0] if rc.stdout.strip() else ''}")
    print(f"{caught} of {len(MUTATIONS)} caught")
    return 0 if caught == len(MUTATIONS) else 1


if __name__ == "__main__":
    sys.exit(main())
