"""Mutation test of verify12.py: each change below is made by hand to a copy of batch_12.jsonl
under /tmp, one at a time, and verify12.py must report at least one error for every copy.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE.parent / "batch_12.jsonl"


def setf(field, value):
    def f(r):
        r[field] = value
    return f


MUTATIONS = [
    ("flipped yes/no", "b12-107", setf("yesno", "否")),
    ("period value for the annual one", "b12-015", setf("figures", ["≥9万株"])),
    ("mistyped sum", "b12-072", setf("figures", ["285080000元"])),
    ("swapped ranking", "b12-084", lambda r: r["names"].__setitem__(slice(0, 2), r["names"][1::-1])),
    ("indicator value for a prose fact", "b12-045", setf("figures", ["≥30公里"])),
    ("absent equal to the figure", "b12-002", setf("absent", ["168400000元"])),
    ("wrong difference", "b12-118", setf("figures", ["858.80万元"])),
    ("dropped list member", "b12-053", lambda r: r["names"].pop()),
    ("2025 value for 2026", "b12-001", setf("figures", ["17200000元"])),
    ("not_found turned ok", "b12-121", setf("expect", "ok")),
    ("broken follow-up chain", "b12-029", setf("followup_of", "b12-027")),
    ("look-alike amount of another department", "b12-003", setf("figures", ["46320000元"])),
    ("another table's prose fact", "b12-047", setf("figures", ["80个"])),
    ("growth over the wrong base", "b12-029", setf("figures", [f"{(13247.29 - 12388.41) * 100 / 13247.29:.2f}%"])),
    ("clarify with a figure", "b12-157", setf("figures", ["21600800元"])),
    ("2026 budget for the 2025 question", "b12-028", setf("figures", ["13247.29万元"])),
    ("ok_or_clarify turned ok", "b12-149", setf("expect", "ok")),
    ("wrong count", "b12-060", setf("figures", ["#9"])),
    ("look-alike order in a ranking", "b12-086",
     lambda r: (r["names"].__setitem__(slice(1, 3), r["names"][2:0:-1]), r["figures"].__setitem__(slice(1, 3), r["figures"][2:0:-1]))),
    ("2025 name's amount for the renamed 2026 item", "b12-154", setf("figures", ["3960000元"])),
]


def main() -> int:
    recs = [json.loads(x) for x in SRC.read_text(encoding="utf-8").splitlines()]
    missed = 0
    for n, (what, rid, change) in enumerate(MUTATIONS, 1):
        copy = [json.loads(json.dumps(r, ensure_ascii=False)) for r in recs]
        (r,) = [r for r in copy if r["id"] == rid]
        change(r)
        path = Path(f"/tmp/b12_mutant_{n:02d}.jsonl")
        path.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in copy), encoding="utf-8")
        out = subprocess.run([sys.executable, str(HERE / "verify12.py"), str(path)], capture_output=True, text=True)
        errs = [line for line in out.stdout.splitlines() if line.startswith(rid + ":")]
        caught = out.returncode == 1 and errs
        missed += not caught
        print(f"{'caught' if caught else 'MISSED'}  {rid} {what}: {errs[0] if errs else out.stdout.strip()[-80:]}")
    print(f"{len(MUTATIONS)} mutations, {len(MUTATIONS) - missed} caught, {missed} missed")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
