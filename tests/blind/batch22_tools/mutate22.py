"""Mutation test of verify22.py: single changes to copies of batch_22.jsonl under /tmp; every one must be
caught (verify22.py exits 1 on the copy)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE.parent / "batch_22.jsonl"


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
    ("flipped yes/no (信访局 over 9000万)", setf("b22-110", "yesno", "是")),
    ("flipped yes/no (it is a key task)", setf("b22-080", "yesno", "否")),
    ("flipped yes/no (≥200个 trap)", setf("b22-155", "yesno", "是")),
    ("period value for the annual one (律师参与接访)", first("b22-012", "≥4500人次")),
    ("商务局's look-alike for 投促局's 招商 item", first("b22-003", "32600000元")),
    ("科技局's 科技金融贴息 for 金融局's 贴息", first("b22-004", "12000000元")),
    ("2026 amount for the 2025 question", first("b22-005", "56845300元")),
    ("2026 budget for 2025", first("b22-028", "17295.48万元")),
    ("growth over this year's base", first("b22-121", "8.44%")),
    ("41 东莞 tables (the new ones forgotten)", first("b22-061", "#41")),
    ("投促局 26th instead of 27th", first("b22-081", "#26")),
    ("ok_or_clarify -> ok (科技金融贴息)", setf("b22-156", "expect", "ok")),
    ("not_found -> ok (信访局 2025 not loaded)", setf("b22-140", "expect", "ok")),
    ("not_found -> ok (2026-only indicator asked of 2025)", setf("b22-147", "expect", "ok")),
    ("swapped ranking (投促 / 金融)", setf("b22-088", "names", ["金融工作局", "投资促进局", "信访局"])),
    ("indicator value for a prose fact", first("b22-042", "≥150个")),
    ("2026 goal for the 2025 follow-up", first("b22-039", "70家")),
    ("dropped list member (金融 items across departments)", setf("b22-049", "names", [
        "普惠金融和科技金融贴息资金", "地方金融风险监测预警和防范处置经费", "金融招商和金融机构引进奖励经费", "镇街金融工作补助",
        "金融信息化和地方金融监管平台建设经费", "金融服务实体经济对接活动经费", "金融人才培训和交流经费", "金融研究和政策评估经费"])),
    ("broken follow-up chain", setf("b22-080", "followup_of", "b22-078")),
    ("absent = the asked figure", setf("b22-010", "absent", ["2365200元"])),
    ("wrong difference (元 read as 万元)", first("b22-090", "0.05万元")),
    ("look-alike absents dropped", setf("b22-001", "absent", [])),
    ("2026 wording for 2025 (qualitative)", first("b22-126", "持续优化")),
    ("信访局's 培训 item as the least 培训 one", setf("b22-083", "figures", ["586600元"])),
    ("all-department sum without the three new departments", first("b22-072", "2846319.04万元")),
    ("1亿–2亿 list without 金融局", setf("b22-053", "names", ["残疾人联合会", "供销合作社", "人民防空办公室", "审计局", "气象局",
                                                       "外事局"])),
    ("renamed task by its 2025 name", setf("b22-124", "names", ["金融风险防范和处置经费"])),
    ("商务局's same-named indicator for 投促局's", first("b22-019", "≥100亿元")),
    ("妇联's 信访件受理回复时限 for 信访局's", first("b22-016", "≤15个工作日")),
    ("信访局 其他资金 rank 38th", first("b22-086", "#38")),
    ("2025 task count for 2026", first("b22-056", "#9")),
    ("a figure that is nobody's value", first("b22-067", "44318100元")),
    ("figures on a not_found line", setf("b22-158", "figures", ["26430800元"])),
]


def main() -> int:
    rows = [json.loads(x) for x in SRC.read_text(encoding="utf-8").splitlines()]
    caught = 0
    for n, (what, f) in enumerate(MUTATIONS, 1):
        copy = [json.loads(json.dumps(r)) for r in rows]
        for r in copy:
            f(r)
        assert copy != rows, what
        p = Path(f"/tmp/b22_mut_{n:02d}.jsonl")
        p.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in copy), encoding="utf-8")
        rc = subprocess.run([sys.executable, str(HERE / "verify22.py"), str(p)], capture_output=True, text=True)
        ok = rc.returncode != 0
        caught += ok
        print(f"{'caught' if ok else 'MISSED'}: {what}: {rc.stdout.strip().splitlines()[0] if rc.stdout.strip() else ''}")
    print(f"{caught} of {len(MUTATIONS)} caught")
    return 0 if caught == len(MUTATIONS) else 1


if __name__ == "__main__":
    sys.exit(main())
