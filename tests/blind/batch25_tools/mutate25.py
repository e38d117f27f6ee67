"""Mutation test of verify25.py: single changes to copies of batch_25.jsonl under /tmp; every one must be
caught (verify25.py exits 1 on the copy)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE.parent / "batch_25.jsonl"


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
    ("flipped yes/no (工商联 over 6000万)", setf("b25-115", "yesno", "否")),
    ("flipped yes/no (公积金中心 对下 funds)", setf("b25-118", "yesno", "是")),
    ("flipped yes/no (36卷 period trap)", setf("b25-156", "yesno", "是")),
    ("period value for the annual one (商会规范化建设)", first("b25-021", "≥90个")),
    ("annual value for the period follow-up (档案数字化)", first("b25-030", "≥30万卷")),
    ("商务局's look-alike for 工商联's 培训", first("b25-002", "2136000元")),
    ("档案局's look-alike for 地方志办's 数字方志馆", first("b25-012", "4580000元")),
    ("住建局's look-alike for 公积金中心's 档案数字化", first("b25-006", "2458000元")),
    ("2026 amount for the 2025 follow-up (市志)", first("b25-010", "6380700元")),
    ("2026 budget for 2025", first("b25-128", "3412.76万元")),
    ("growth over this year's base", first("b25-127", "6.70%")),
    ("50 东莞 tables (the new ones forgotten)", first("b25-077", "#50")),
    ("工商联 45th instead of 46th", first("b25-094", "#45")),
    ("公积金中心 30th instead of 31st", first("b25-095", "#30")),
    ("ok_or_clarify → ok (档案数字化)", setf("b25-158", "expect", "ok")),
    ("not_found → ok (工商联 2025)", setf("b25-143", "expect", "ok")),
    ("not_found → ok (档案局's 市志 trap)", setf("b25-153", "expect", "ok")),
    ("swapped ranking order (工商联 top three)", swap_names("b25-097")),
    ("indicator value for the prose fact (文献资料)", first("b25-059", "≥3000册")),
    ("dropped member (编纂 items)", drop_member("b25-070")),
    ("broken chain", setf("b25-074", "followup_of", "b25-072")),
    ("absent equal to the figure", setf("b25-001", "absent", ["4658500元"])),
    ("dropped look-alike absents (住建局 trap)", drop_absent("b25-154")),
    ("政数局's 12345 接通率 for 公积金中心's 12329", first("b25-028", "≥93%")),
    ("党校's 培训学员满意度 for 工商联's", first("b25-023", "≥96%")),
    ("all-department sum without the three new departments", first("b25-086", "3002929.49万元")),
    ("3000万–4000万 list without 地方志办", setf("b25-069", "names", ["东莞市民族宗教事务局"])),
    ("the rename asked by 2026 name, answered with the 2026 amount", first("b25-131", "1285800元")),
    ("2026 task count for 2025", setf("b25-076", "figures", ["#9", "#9"])),
    ("a figure nobody holds", first("b25-082", "19864700元")),
    ("figures on a not_found line", setf("b25-147", "figures", ["1268200元"])),
    ("share over the wrong base (基本 over 财政拨款)", first("b25-087", "49.76%")),
    ("under-50 count without 工商联 and 地方志办", first("b25-079", "#9")),
    ("qualitative 2026 wording for 2025", first("b25-133", "明显提升")),
    ("团市委 as the third fewest people", setf("b25-093", "names", ["共青团东莞市委员会"])),
    ("数字化 ranking reversed", setf("b25-100", "names", ["城建档案数字化经费", "住房公积金业务档案数字化经费",
                                                      "地方志档案资料整理和数字化经费", "馆藏档案数字化加工经费",
                                                      "工业互联网和数字化转型补助"])),
    ("two asks answered in the wrong order (满意度)", swap_figures("b25-037")),
    ("文联's budget for 红会's in a comparison", setf("b25-112", "figures", ["1018.27万元", "6218.57万元", "5196.84万元"])),
    ("category changed (count → aggregate)", setf("b25-075", "category", "aggregate")),
    ("年鉴 trap: 档案局's item attributed to 地方志办 (是)", setf("b25-157", "yesno", "是")),
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
        p = Path(f"/tmp/b25_mut_{n:02d}.jsonl")
        p.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in copy), encoding="utf-8")
        rc = subprocess.run([sys.executable, str(HERE / "verify25.py"), str(p)], capture_output=True, text=True, env=env)
        ok = rc.returncode != 0
        caught += ok
        print(f"{'caught' if ok else 'MISSED'}: {what}: {rc.stdout.strip().splitlines()[0] if rc.stdout.strip() else ''}")
    print(f"{caught} of {len(MUTATIONS)} caught")
    return 0 if caught == len(MUTATIONS) else 1


if __name__ == "__main__":
    sys.exit(main())
