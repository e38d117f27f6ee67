"""Mutation test of verify24.py: single changes to copies of batch_24.jsonl under /tmp; every one must be
caught (verify24.py exits 1 on the copy)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE.parent / "batch_24.jsonl"


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
    ("flipped yes/no (粮储局 vs 应急局 budget)", setf("b24-113", "yesno", "是")),
    ("flipped yes/no (侨联 95% trap)", setf("b24-157", "yesno", "是")),
    ("flipped yes/no (粮储局 people up)", setf("b24-117", "yesno", "否")),
    ("period value for the annual one (获省级以上文艺奖项)", first("b24-016", "≥30项")),
    ("发改局's look-alike for 粮储局's 储备粮 item", first("b24-003", "38560000元")),
    ("应急局's look-alike for 粮储局's 应急物资", first("b24-006", "18725000元")),
    ("2026 amount for the 2025 follow-up", first("b24-004", "38560300元")),
    ("2026 budget for 2025", first("b24-034", "45863.27万元")),
    ("growth over this year's base", first("b24-122", "6.42%")),
    ("47 东莞 tables (the new ones forgotten)", first("b24-063", "#47")),
    ("粮储局 22nd instead of 21st", first("b24-082", "#22")),
    ("ok_or_clarify → ok", setf("b24-156", "expect", "ok")),
    ("not_found → ok (文联 2025)", setf("b24-141", "expect", "ok")),
    ("not_found → ok (侨联's 团干部培训 trap)", setf("b24-154", "expect", "ok")),
    ("swapped ranking order (侨联 top three)", swap_names("b24-085")),
    ("indicator value for the prose fact (抽检样品)", first("b24-043", "≥1200份")),
    ("dropped member (储备 items)", drop_member("b24-056")),
    ("broken chain", setf("b24-059", "followup_of", "b24-057")),
    ("absent equal to the figure", setf("b24-001", "absent", ["8650400元"])),
    ("dropped look-alike absents (发改局 trap)", drop_absent("b24-152")),
    ("侨联 as the least 培训 item", first("b24-088", "586500元")),
    ("all-department sum without the three new departments",
     first("b24-074", "2949550.91万元")),
    ("under-5000万 list without 侨联", setf("b24-051", "names", ["东莞市总工会", "东莞市民族宗教事务局", "共青团东莞市委员会"])),
    ("rename by its 2025 amount", first("b24-125", "2865900元")),
    ("发改局's 补贴标准 for 粮储局's", first("b24-015", "≤110元/吨·年")),
    ("党校's 培训学员满意度 for 侨联's", first("b24-020", "≥96%")),
    ("2026 task count for 2025", first("b24-062", "#10")),
    ("a figure nobody holds", first("b24-069", "21056300元")),
    ("figures on a not_found line", setf("b24-147", "figures", ["18725400元"])),
    ("share over the wrong base (文联 basic over 财政拨款)", first("b24-077", "26.79%")),
    ("under-50 count without 文联 and 侨联", first("b24-065", "#7")),
    ("qualitative 2026 wording for 2025", first("b24-127", "明显增强")),
    ("文联 fourth-smallest instead of 红会's neighbour", first("b24-083", "#45")),
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
        p = Path(f"/tmp/b24_mut_{n:02d}.jsonl")
        p.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in copy), encoding="utf-8")
        rc = subprocess.run([sys.executable, str(HERE / "verify24.py"), str(p)], capture_output=True, text=True, env=env)
        ok = rc.returncode != 0
        caught += ok
        print(f"{'caught' if ok else 'MISSED'}: {what}: {rc.stdout.strip().splitlines()[0] if rc.stdout.strip() else ''}")
    print(f"{caught} of {len(MUTATIONS)} caught")
    return 0 if caught == len(MUTATIONS) else 1


if __name__ == "__main__":
    sys.exit(main())
