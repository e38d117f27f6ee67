"""Mutation test of verify15.py: single changes to copies of batch_15.jsonl under /tmp; every one must be
caught (verify15.py exits 1 on the copy)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE.parent / "batch_15.jsonl"


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


def nth(rid, n, value):
    def f(r):
        if r["id"] == rid:
            r["figures"][n] = value
    return f


MUTATIONS = [
    ("flipped yes/no", setf("b15-112", "yesno", "是")),
    ("period value for the annual one", first("b15-012", "≥36000人次")),
    ("look-alike amount of another department", first("b15-001", "6420000元")),
    ("wrong percentage", first("b15-009", "11.78%")),
    ("wrong count (29 tables, before this batch)", first("b15-061", "#29")),
    ("ok_or_clarify -> ok", setf("b15-151", "expect", "ok")),
    ("not_found -> ok", setf("b15-128", "expect", "ok")),
    ("swapped ranking", setf("b15-084", "names", ["红十字会", "总工会", "妇女联合会"])),
    ("indicator value for a prose fact", first("b15-040", "≥12亿元")),
    ("2025 budget for a 2026 question", first("b15-023", "4786.20万元")),
    ("dropped list member", setf("b15-050", "names", ["土地储备前期工作经费", "应急物资储备经费", "市级储备粮管理补贴资金",
                                                    "备灾救灾物资储备经费"])),
    ("broken follow-up chain", setf("b15-035", "followup_of", "b15-033")),
    ("absent = the asked figure", setf("b15-032", "absent", ["17287.72万元", "17169.42万元"])),
    ("the 2026 name's amount for the 2025 item", first("b15-123", "1536200元")),
    ("wrong difference", first("b15-093", "500元")),
    ("look-alike absent dropped", setf("b15-156", "absent", [])),
    ("growth across the rename on the wrong base", nth("b15-122", 1, "14.07%")),
    ("second-fewest people: 妇联 for 红会", setf("b15-085", "names", ["总工会", "妇女联合会"])),
    ("the 2026 amount for a 2025 question", first("b15-007", "1680400元")),
    ("all-department sum without the two new tables", first("b15-075", "2588380.68万元")),
]


def main() -> int:
    rows = [json.loads(x) for x in SRC.read_text(encoding="utf-8").splitlines()]
    caught = 0
    for n, (what, f) in enumerate(MUTATIONS, 1):
        copy = [json.loads(json.dumps(r)) for r in rows]
        for r in copy:
            f(r)
        assert copy != rows, what
        p = Path(f"/tmp/b15_mut_{n:02d}.jsonl")
        p.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in copy), encoding="utf-8")
        rc = subprocess.run([sys.executable, str(HERE / "verify15.py"), str(p)], capture_output=True, text=True)
        ok = rc.returncode != 0
        caught += ok
        print(f"{'caught' if ok else 'MISSED'}: {what}: {rc.stdout.strip().splitlines()[0] if rc.stdout.strip() else ''}")
    print(f"{caught} of {len(MUTATIONS)} caught")
    return 0 if caught == len(MUTATIONS) else 1


if __name__ == "__main__":
    sys.exit(main())
