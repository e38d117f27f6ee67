"""Mutation test of verify11.py: each change below is made by hand to a copy of batch_11.jsonl
under /tmp, one at a time, and verify11.py must report at least one error for every copy.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE.parent / "batch_11.jsonl"


def setf(field, value):
    def f(r):
        r[field] = value
    return f


MUTATIONS = [
    ("flipped yes/no", "b11-103", setf("yesno", "否")),
    ("period value for the annual one", "b11-011", setf("figures", ["≥18000个"])),
    ("mistyped sum", "b11-065", setf("figures", ["599481800元"])),
    ("swapped ranking", "b11-077", lambda r: r["names"].__setitem__(slice(0, 2), r["names"][1::-1])),
    ("indicator value for a prose fact", "b11-041", setf("figures", ["≥12个"])),
    ("absent equal to the figure", "b11-004", setf("absent", ["286540000元"])),
    ("wrong difference", "b11-083", setf("figures", ["26.73万元"])),
    ("dropped list member", "b11-048", lambda r: r["names"].pop()),
    ("2025 value for 2026", "b11-001", setf("figures", ["138400000元"])),
    ("not_found turned ok", "b11-122", setf("expect", "ok")),
    ("broken follow-up chain", "b11-002", setf("followup_of", "b11-003")),
    ("look-alike amount of another department", "b11-006", setf("figures", ["8650000元"])),
    ("another table's prose fact", "b11-037", setf("figures", ["8.6万吨"])),
    ("growth over the wrong base", "b11-116", setf("figures", [f"{(41974.29 - 38070.42) * 100 / 41974.29:.2f}%"])),
    ("clarify with a figure", "b11-149", setf("figures", ["4586000元"])),
    ("2026 budget for the 2025 question", "b11-133", setf("figures", ["41974.29万元"])),
]


def main() -> int:
    recs = [json.loads(x) for x in SRC.read_text(encoding="utf-8").splitlines()]
    missed = 0
    for n, (what, rid, change) in enumerate(MUTATIONS, 1):
        copy = [json.loads(json.dumps(r, ensure_ascii=False)) for r in recs]
        (r,) = [r for r in copy if r["id"] == rid]
        change(r)
        path = Path(f"/tmp/b11_mutant_{n:02d}.jsonl")
        path.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in copy), encoding="utf-8")
        out = subprocess.run([sys.executable, str(HERE / "verify11.py"), str(path)], capture_output=True, text=True)
        errs = [line for line in out.stdout.splitlines() if line.startswith(rid + ":")]
        caught = out.returncode == 1 and errs
        missed += not caught
        print(f"{'caught' if caught else 'MISSED'}  {rid} {what}: {errs[0] if errs else out.stdout.strip()[-80:]}")
    print(f"{len(MUTATIONS)} mutations, {len(MUTATIONS) - missed} caught, {missed} missed")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
