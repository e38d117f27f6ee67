"""Mutation test of verify16.py: single changes to copies of batch_16.jsonl under /tmp; every one must be
caught (verify16.py exits 1 on the copy)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE.parent / "batch_16.jsonl"


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
    ("flipped yes/no (科协 has no 科技特派员 item)", setf("b16-112", "yesno", "是")),
    ("period value for the annual one", first("b16-014", "≥240处")),
    ("look-alike amount of another department", first("b16-001", "4860300元")),
    ("wrong percentage", first("b16-003", "36.53%")),
    ("wrong count (31 tables, before this batch)", first("b16-061", "#31")),
    ("ok_or_clarify -> ok", setf("b16-157", "expect", "ok")),
    ("not_found -> ok (科协 2025 not loaded)", setf("b16-141", "expect", "ok")),
    ("swapped ranking", setf("b16-083", "names", ["总工会", "民族宗教事务局", "红十字会"])),
    ("indicator value for a prose fact", first("b16-039", "≥120万人次")),
    ("2025 budget for a 2026 question", first("b16-024", "3571.57万元")),
    ("dropped list member", setf("b16-048", "names", ["民族团结进步创建工作经费", "宗教活动场所安全隐患整治补助",
                                                    "少数民族流动人口服务管理经费", "镇街民族宗教工作补助"])),
    ("broken follow-up chain", setf("b16-026", "followup_of", "b16-024")),
    ("absent = the asked figure", setf("b16-012", "absent", ["≥200场", "≥300场"])),
    ("科技局's 科普活动经费 for 科协's item", first("b16-151", "3265480.5元")),
    ("wrong difference", first("b16-095", "300元")),
    ("look-alike absent dropped", setf("b16-153", "absent", [])),
    ("dropped task asked for 2026 -> ok", setf("b16-126", "expect", "ok")),
    ("科技局's people for 科协", first("b16-154", "#68")),
    ("the added task named as the dropped one", setf("b16-124", "names", ["宗教活动场所安全隐患整治补助"])),
    ("all-department sum without the two new 2026 tables", first("b16-073", "2610750.40万元")),
    ("least 培训 item: 民宗局 865400 for 妇联 865300", setf("b16-087", "names", ["宗教界人士教育培训经费"])),
    ("科协 28th instead of 29th", first("b16-085", "#28")),
]


def main() -> int:
    rows = [json.loads(x) for x in SRC.read_text(encoding="utf-8").splitlines()]
    caught = 0
    for n, (what, f) in enumerate(MUTATIONS, 1):
        copy = [json.loads(json.dumps(r)) for r in rows]
        for r in copy:
            f(r)
        assert copy != rows, what
        p = Path(f"/tmp/b16_mut_{n:02d}.jsonl")
        p.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in copy), encoding="utf-8")
        rc = subprocess.run([sys.executable, str(HERE / "verify16.py"), str(p)], capture_output=True, text=True)
        ok = rc.returncode != 0
        caught += ok
        print(f"{'caught' if ok else 'MISSED'}: {what}: {rc.stdout.strip().splitlines()[0] if rc.stdout.strip() else ''}")
    print(f"{caught} of {len(MUTATIONS)} caught")
    return 0 if caught == len(MUTATIONS) else 1


if __name__ == "__main__":
    sys.exit(main())
