"""Mutation test of verify17.py: single changes to copies of batch_17.jsonl under /tmp; every one must be
caught (verify17.py exits 1 on the copy)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE.parent / "batch_17.jsonl"


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
    ("flipped yes/no (广州红会 has no 除颤器 item)", setf("b17-112", "yesno", "是")),
    ("period value for the annual one", first("b17-012", "≥30个")),
    ("look-alike amount of another department", first("b17-001", "9740500元")),
    ("东莞红会's amount for 广州红会's same-named item", first("b17-005", "1680400元")),
    ("广州红会's amount for 东莞红会's (the other city)", first("b17-153", "12806000元")),
    ("wrong percentage across the rename", setf("b17-121", "figures", ["806300元", "6.53%"])),
    ("东莞各部门 counted with 广州红会 (35 tables)", first("b17-062", "#35")),
    ("people under 100 counted with 广州红会 (96)", first("b17-064", "#13")),
    ("其他资金 rank counted with 广州红会", first("b17-086", "#23")),
    ("ok_or_clarify -> ok (红会 without a city)", setf("b17-151", "expect", "ok")),
    ("not_found -> ok (广州红会 2025 not loaded)", setf("b17-128", "expect", "ok")),
    ("广州市人防办 not loaded -> ok", setf("b17-141", "expect", "ok")),
    ("swapped ranking", setf("b17-089", "names", ["人民防空办公室", "应急管理局", "民族宗教事务局"])),
    ("indicator value for a prose fact", first("b17-037", "≥386台")),
    ("2025 budget for a 2026 question", first("b17-023", "14593.61万元")),
    ("dropped list member (shared task names)", setf("b17-053", "names", ["红十字应急救护培训普及经费", "人道救助和困难群众帮扶资金",
                                                                 "造血干细胞捐献和无偿献血动员经费", "遗体和人体器官捐献工作经费",
                                                                 "红十字志愿服务和青少年工作经费"])),
    ("band trap: 广州红会 added to 东莞's 1亿–1.6亿", setf("b17-155", "names", ["人民防空办公室", "审计局", "广州市红十字会", "气象局"])),
    ("broken follow-up chain", setf("b17-025", "followup_of", "b17-023")),
    ("absent = the asked figure", setf("b17-015", "absent", ["≤5000元/户", "≤6000元/户"])),
    ("wrong difference", first("b17-095", "400元")),
    ("other city's absent dropped", setf("b17-154", "absent", [])),
    ("the 2025 name answered with the 2026 amount", first("b17-124", "12386300元")),
    ("renamed task: 2026 name only", setf("b17-121", "names", ["公用人防工程维护管理经费"])),
    ("all-department sum with 广州红会", first("b17-074", "2651942.56万元")),
    ("人防办 25th instead of 26th", first("b17-083", "#25")),
    ("东莞红会's goal for 广州's (prose)", first("b17-040", "850万元")),
]


def main() -> int:
    rows = [json.loads(x) for x in SRC.read_text(encoding="utf-8").splitlines()]
    caught = 0
    for n, (what, f) in enumerate(MUTATIONS, 1):
        copy = [json.loads(json.dumps(r)) for r in rows]
        for r in copy:
            f(r)
        assert copy != rows, what
        p = Path(f"/tmp/b17_mut_{n:02d}.jsonl")
        p.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in copy), encoding="utf-8")
        rc = subprocess.run([sys.executable, str(HERE / "verify17.py"), str(p)], capture_output=True, text=True)
        ok = rc.returncode != 0
        caught += ok
        print(f"{'caught' if ok else 'MISSED'}: {what}: {rc.stdout.strip().splitlines()[0] if rc.stdout.strip() else ''}")
    print(f"{caught} of {len(MUTATIONS)} caught")
    return 0 if caught == len(MUTATIONS) else 1


if __name__ == "__main__":
    sys.exit(main())
