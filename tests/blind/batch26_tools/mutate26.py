"""Mutation test of verify26.py: single changes to copies of batch_26.jsonl under /tmp; every one must be
caught (verify26.py exits 1 on the copy)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE.parent / "batch_26.jsonl"


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
    ("flipped yes/no (城市更新局 over 5亿)", setf("b26-115", "yesno", "否")),
    ("flipped yes/no (社科联 fewest people)", setf("b26-117", "yesno", "是")),
    ("flipped yes/no (13500亩 period trap)", setf("b26-160", "yesno", "是")),
    ("flipped yes/no (智慧水利 in 2025 follow-up)", setf("b26-008", "yesno", "是")),
    ("period value for the annual one (小型水库除险加固)", first("b26-020", "≥36座")),
    ("annual value for the period follow-up (社会投资)", first("b26-027", "≥400亿元")),
    ("水务局's look-alike for 水利局's 水库和水闸运行维护", first("b26-005", "46320000元")),
    ("水务局's look-alike for 水利局's 防汛抢险", first("b26-006", "18750000元")),
    ("自然资源局's look-alike for 城市更新局's 规划编制", first("b26-004", "48760000元")),
    ("团市委's 培训 for 社科联's", first("b26-013", "586400元")),
    ("水务局's 防汛应急演练 for 水利局's", first("b26-019", "≥30场")),
    ("住建局's 城市更新长效机制 for 城市更新局's", first("b26-024", "逐步健全")),
    ("2026 amount for 2025 (小型水库除险加固)", first("b26-133", "68450000元")),
    ("2026 budget for 2025", first("b26-130", "84349.48万元")),
    ("growth over this year's base", first("b26-132", "7.06%")),
    ("53 东莞 tables (the new ones forgotten)", first("b26-076", "#53")),
    ("水利局 11th instead of 12th", first("b26-090", "#11")),
    ("城市更新局 19th instead of 20th", first("b26-091", "#19")),
    ("ok_or_clarify → ok (防汛应急演练)", setf("b26-156", "expect", "ok")),
    ("not_found → ok (城市更新局 2025)", setf("b26-146", "expect", "ok")),
    ("not_found → ok (节水宣传 trap)", setf("b26-153", "expect", "ok")),
    ("swapped ranking order (people fewest three)", swap_names("b26-095")),
    ("indicator value for the prose fact (灌溉面积)", first("b26-051", "≥2.4万亩")),
    ("dropped member (水利局 under 1000万)", drop_member("b26-064")),
    ("broken chain", setf("b26-073", "followup_of", "b26-071")),
    ("absent equal to the figure", setf("b26-010", "absent", ["2860500元"])),
    ("dropped look-alike absent (水务局 执法培训 trap)", drop_absent("b26-155")),
    ("all-department sum without the three new departments", first("b26-084", "3032925.40万元")),
    ("2000万–3000万 list without 社科联", setf("b26-069", "names", ["共青团东莞市委员会", "东莞市归国华侨联合会"])),
    ("the rename asked by 2026 name, answered with the 2026 amount", first("b26-137", "1285500元")),
    ("2026 task count for 2025", setf("b26-080", "figures", ["#11", "#17"])),
    ("a figure nobody holds", first("b26-081", "239981900元")),
    ("figures on a not_found line", setf("b26-151", "figures", ["265800000元"])),
    ("share over the wrong base (基本 over 财政拨款)", first("b26-085", "36.57%")),
    ("under-30 count without 社科联", first("b26-078", "#3")),
    ("qualitative 2026 wording for 2025", first("b26-139", "明显提升")),
    ("团市委 as 倒数第二", setf("b26-093", "names", ["共青团东莞市委员会"])),
    ("防汛 ranking reversed", setf("b26-098", "names", ["港口防台防汛和应急处置经费", "防汛防旱应急保障经费",
                                                   "水旱灾害防御和防汛抢险经费"])),
    ("two asks answered in the wrong order (满意度 / 度汛率)", swap_figures("b26-032")),
    ("林业局's budget for 住建局's in a comparison", setf("b26-110", "figures", ["72093.08万元", "56842.63万元",
                                                                            "60239.81万元"])),
    ("a changed category (count → aggregate)", setf("b26-074", "category", "aggregate")),
    ("平方公里 counted as 公里", setf("b26-070", "names", ["堤防达标加固", "新建和改造灌排渠道", "治理水土流失面积"])),
    ("2025 people for 2026 in the difference", setf("b26-104", "figures", ["#125", "#231", "#356"])),
    ("科协's amount dropped from the task-total comparison", setf("b26-113", "figures", ["46377100元", "12305200元"])),
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
        p = Path(f"/tmp/b26_mut_{n:02d}.jsonl")
        p.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in copy), encoding="utf-8")
        rc = subprocess.run([sys.executable, str(HERE / "verify26.py"), str(p)], capture_output=True, text=True, env=env)
        ok = rc.returncode != 0
        caught += ok
        print(f"{'caught' if ok else 'MISSED'}: {what}: {rc.stdout.strip().splitlines()[0] if rc.stdout.strip() else ''}")
    print(f"{caught} of {len(MUTATIONS)} caught")
    return 0 if caught == len(MUTATIONS) else 1


if __name__ == "__main__":
    sys.exit(main())
