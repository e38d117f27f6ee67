"""Mutation test of verify18.py: single changes to copies of batch_18.jsonl under /tmp; every one must be
caught (verify18.py exits 1 on the copy)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE.parent / "batch_18.jsonl"


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
    ("flipped yes/no (外事局 under 1.2亿)", setf("b18-113", "yesno", "是")),
    ("flipped yes/no (the tie: equal amounts)", setf("b18-114", "yesno", "否")),
    ("period value for the annual one", first("b18-012", "≥3000万画幅")),
    ("look-alike amount of another department (司法 6380000)", first("b18-001", "6380000元")),
    ("商务局's amount for 外办's 翻译 item (400 元 away)", first("b18-003", "2136000元")),
    ("档案局's 数字化 amount for 住建's 城建档案数字化", first("b18-009", "6380500元")),
    ("tie broken: only 档案局's item the top", setf("b18-085", "names", ["数字档案馆信息化建设经费"])),
    ("2025 budget for a 2026 question", first("b18-023", "6397.91万元")),
    ("growth over this year's base", setf("b18-121", "figures", ["553.57万元", "7.96%"])),
    ("35 东莞 tables (外事局 forgotten)", first("b18-061", "#35")),
    ("档案局 32nd instead of 33rd", first("b18-083", "#32")),
    ("ok_or_clarify -> ok (档案数字化 without a department)", setf("b18-151", "expect", "ok")),
    ("not_found -> ok (外事局 2025 not loaded)", setf("b18-127", "expect", "ok")),
    ("not_found -> ok (the 2026-only task asked of 2025)", setf("b18-144", "expect", "ok")),
    ("swapped ranking", setf("b18-087", "names", ["人民防空办公室", "审计局", "档案局", "外事局"])),
    ("indicator value for a prose fact", first("b18-038", "≥120批次")),
    ("2026 goal for the 2025 follow-up", first("b18-042", "7万人次")),
    ("dropped list member (住建's 档案 item)", setf("b18-055", "names", [
        "财政票据和会计档案管理经费", "档案馆新馆布展和配套设施建设经费", "馆藏档案数字化加工经费", "数字档案馆信息化建设经费",
        "镇街档案规范化建设补助", "档案安全保管和库房运行维护经费", "档案资源征集和抢救保护经费", "档案开放利用和编研展览经费",
        "档案业务人员培训经费", "档案执法检查和宣传经费"])),
    ("broken follow-up chain", setf("b18-025", "followup_of", "b18-023")),
    ("absent = the asked figure", setf("b18-009", "absent", ["6380500元", "2458200元", "2458000元"])),
    ("wrong difference", first("b18-094", "500元")),
    ("look-alike absents dropped", setf("b18-002", "absent", [])),
    ("qualitative wording of 2026 for 2025", first("b18-124", "更加完善")),
    ("妇联 as the least 培训 item (档案局 forgotten)", setf("b18-088", "figures", ["865300元"])),
    ("all-department sum without 外事局", first("b18-073", "2646440.54万元")),
    ("under 50 people counted without 档案局", first("b18-062", "#4")),
]


def main() -> int:
    rows = [json.loads(x) for x in SRC.read_text(encoding="utf-8").splitlines()]
    caught = 0
    for n, (what, f) in enumerate(MUTATIONS, 1):
        copy = [json.loads(json.dumps(r)) for r in rows]
        for r in copy:
            f(r)
        assert copy != rows, what
        p = Path(f"/tmp/b18_mut_{n:02d}.jsonl")
        p.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in copy), encoding="utf-8")
        rc = subprocess.run([sys.executable, str(HERE / "verify18.py"), str(p)], capture_output=True, text=True)
        ok = rc.returncode != 0
        caught += ok
        print(f"{'caught' if ok else 'MISSED'}: {what}: {rc.stdout.strip().splitlines()[0] if rc.stdout.strip() else ''}")
    print(f"{caught} of {len(MUTATIONS)} caught")
    return 0 if caught == len(MUTATIONS) else 1


if __name__ == "__main__":
    sys.exit(main())
