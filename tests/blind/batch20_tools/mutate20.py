"""Mutation test of verify20.py: single changes to copies of batch_20.jsonl under /tmp; every one must be
caught (verify20.py exits 1 on the copy)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE.parent / "batch_20.jsonl"


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
    ("flipped yes/no (团市委 over 30 people)", setf("b20-112", "yesno", "是")),
    ("flipped yes/no (the 2026-only task in 2025)", setf("b20-113", "yesno", "是")),
    ("flipped yes/no (210万 is not the year's indicator)", setf("b20-156", "yesno", "是")),
    ("period value for the annual one (新增注册志愿者)", first("b20-013", "≥9万人")),
    ("科技局's look-alike amount for 工信局's 专精特新 item", first("b20-003", "185000000元")),
    ("发改局's look-alike for 团市委's 创业 item", first("b20-002", "3480600元")),
    ("2026 amount for a 2025 question (食品抽检)", first("b20-004", "46820000元")),
    ("2025 amount for the 今年 follow-up (renamed 12315 task)", first("b20-010", "4986000元")),
    ("2026 budget for a 2025 question", first("b20-027", "63899.98万元")),
    ("growth over this year's base", setf("b20-120", "figures", ["3849.70万元", "6.02%"])),
    ("38 东莞 tables (团市委 forgotten)", first("b20-061", "#38")),
    ("工信局 12th instead of 11th", first("b20-082", "#12")),
    ("ok_or_clarify -> ok (企业满意度 without a department)", setf("b20-152", "expect", "ok")),
    ("not_found -> ok (工信局 2025 not loaded)", setf("b20-142", "expect", "ok")),
    ("not_found -> ok (the 2026-only indicator asked of 2025)", setf("b20-150", "expect", "ok")),
    ("swapped ranking (商务 and 市监 are 154.39万元 apart)", setf("b20-086", "names", ["工业和信息化局", "市场监督管理局", "商务局"])),
    ("indicator value for a prose fact", first("b20-036", "≥3万人")),
    ("2025 goal for the 2026 follow-up", first("b20-042", "1个工作日")),
    ("dropped list member (科协's 青少年 item)", setf("b20-051", "names", [
        "市青少年宫运行经费", "红十字志愿服务和青少年工作经费", "青少年体育训练和后备人才培养经费",
        "青少年思想引领和宣传教育经费", "青少年权益保护和心理健康服务经费"])),
    ("broken follow-up chain", setf("b20-080", "followup_of", "b20-078")),
    ("absent = the asked figure", setf("b20-005", "absent", ["1806700元"])),
    ("wrong difference", first("b20-093", "4000元")),
    ("look-alike absents dropped", setf("b20-006", "absent", [])),
    ("2026 wording for 2025 (qualitative)", first("b20-127", "总体平稳")),
    ("档案局's item as the least 培训 one", setf("b20-085", "figures", ["865200元"])),
    ("all-department sum without 团市委", first("b20-072", "2769766.68万元")),
    ("under-100 count without 团市委", first("b20-062", "#15")),
    ("renamed task named only by its 2026 name", setf("b20-124", "names", ["消费维权和12315热线运行经费"])),
    ("商务局's 100% for 工信局's same-named indicator", first("b20-151", "100%")),
    ("other departments' 培训学员满意度 absent dropped", setf("b20-153", "absent", [])),
    ("团市委 under 5000万 list without 团市委", setf("b20-054", "names", ["总工会", "民族宗教事务局"])),
    ("the goal's 620亿 for the indicator", first("b20-159", "620亿元")),
]


def main() -> int:
    rows = [json.loads(x) for x in SRC.read_text(encoding="utf-8").splitlines()]
    caught = 0
    for n, (what, f) in enumerate(MUTATIONS, 1):
        copy = [json.loads(json.dumps(r)) for r in rows]
        for r in copy:
            f(r)
        assert copy != rows, what
        p = Path(f"/tmp/b20_mut_{n:02d}.jsonl")
        p.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in copy), encoding="utf-8")
        rc = subprocess.run([sys.executable, str(HERE / "verify20.py"), str(p)], capture_output=True, text=True)
        ok = rc.returncode != 0
        caught += ok
        print(f"{'caught' if ok else 'MISSED'}: {what}: {rc.stdout.strip().splitlines()[0] if rc.stdout.strip() else ''}")
    print(f"{caught} of {len(MUTATIONS)} caught")
    return 0 if caught == len(MUTATIONS) else 1


if __name__ == "__main__":
    sys.exit(main())
