"""Mutation test of verify14.py: single changes to copies of batch_14.jsonl under /tmp; every one must be
caught (verify14.py exits 1 on the copy)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE.parent / "batch_14.jsonl"


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


MUTATIONS = [
    ("flipped yes/no", setf("b14-113", "yesno", "是")),
    ("period value for the annual one", first("b14-013", "≥9600人")),
    ("look-alike amount of another department", first("b14-001", "38650000元")),
    ("wrong percentage", first("b14-071", "67.14%")),
    ("wrong count", first("b14-059", "#9")),
    ("ok_or_clarify -> ok", setf("b14-153", "expect", "ok")),
    ("not_found -> ok", setf("b14-127", "expect", "ok")),
    ("swapped ranking", setf("b14-082", "names", ["妇女联合会", "总工会", "统计局"])),
    ("indicator value for a prose fact", first("b14-041", "≥3200人")),
    ("2025 budget for a 2026 question", first("b14-026", "15911.11万元")),
    ("dropped list member", setf("b14-049", "names", ["残疾儿童康复救助经费", "残疾人就业补贴和创业扶持资金",
                                                    "镇街残疾人康复服务补助"])),
    ("broken follow-up chain", setf("b14-028", "followup_of", "b14-026")),
    ("absent = the asked figure", setf("b14-025", "absent", ["7245.03万元"])),
    ("the 2026 name's amount for the 2025 item", first("b14-123", "4568300元")),
    ("wrong difference", first("b14-094", "600元")),
    ("look-alike absent dropped", setf("b14-025", "absent", [])),
]


def main() -> int:
    rows = [json.loads(x) for x in SRC.read_text(encoding="utf-8").splitlines()]
    caught = 0
    for n, (what, f) in enumerate(MUTATIONS, 1):
        copy = [json.loads(json.dumps(r)) for r in rows]
        for r in copy:
            f(r)
        assert copy != rows, what
        p = Path(f"/tmp/b14_mut_{n:02d}.jsonl")
        p.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in copy), encoding="utf-8")
        rc = subprocess.run([sys.executable, str(HERE / "verify14.py"), str(p)], capture_output=True, text=True)
        ok = rc.returncode != 0
        caught += ok
        print(f"{'caught' if ok else 'MISSED'}: {what}: {rc.stdout.strip().splitlines()[0] if rc.stdout.strip() else ''}")
    print(f"{caught} of {len(MUTATIONS)} caught")
    return 0 if caught == len(MUTATIONS) else 1


if __name__ == "__main__":
    sys.exit(main())
