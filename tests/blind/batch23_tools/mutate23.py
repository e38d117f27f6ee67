"""Mutation test of verify23.py: single changes to copies of batch_23.jsonl under /tmp; every one must be
caught (verify23.py exits 1 on the copy)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE.parent / "batch_23.jsonl"


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
    ("flipped yes/no (国资委 over 1.2亿)", setf("b23-111", "yesno", "是")),
    ("flipped yes/no (智慧港口 is a key task)", setf("b23-081", "yesno", "否")),
    ("flipped yes/no (3200人次 trap)", setf("b23-153", "yesno", "是")),
    ("period value for the annual one (集装箱吞吐量)", first("b23-013", "≥1300万标箱")),
    ("金融局's look-alike for 国资委's 在线监管 item", first("b23-001", "4568800元")),
    ("投促局's look-alike for 港务局's 航道疏浚", first("b23-003", "68450300元")),
    ("2026 amount for the 2025 follow-up", first("b23-004", "68450600元")),
    ("2026 budget for 2025", first("b23-030", "29015.36万元")),
    ("growth over this year's base", first("b23-122", "8.71%")),
    ("44 东莞 tables (the new ones forgotten)", first("b23-062", "#44")),
    ("港务局 27th instead of 26th", first("b23-082", "#27")),
    ("ok_or_clarify -> ok (航道 task or project)", setf("b23-151", "expect", "ok")),
    ("not_found -> ok (国资委 2025 not loaded)", setf("b23-141", "expect", "ok")),
    ("not_found -> ok (2026-only indicator asked of 2025)", setf("b23-129", "expect", "ok")),
    ("swapped ranking (党校 / 港务局)", setf("b23-087", "names", ["中共东莞市委党校", "港务管理局", "国有资产监督管理委员会"])),
    ("indicator value for a prose fact (岸电 15套 → ≥12套)", first("b23-042", "≥12套")),
    ("2026 goal for the 2025 line", first("b23-130", "98条")),
    ("dropped list member (安全生产 items across departments)", setf("b23-055", "names", [
        "安全生产监管执法经费", "安全生产培训经费", "国有企业安全生产监督检查经费", "港口安全生产和危险货物作业监管经费"])),
    ("broken follow-up chain", setf("b23-015", "followup_of", "b23-013")),
    ("absent = the asked figure", setf("b23-009", "absent", ["6700000元"])),
    ("task − project difference in 元 instead of 万元", first("b23-094", "600元")),
    ("look-alike absents dropped", setf("b23-010", "absent", [])),
    ("2026 wording for 2025 (qualitative)", first("b23-127", "持续提升")),
    ("红会's 培训 item as the largest", setf("b23-085", "figures", ["6420800元"])),
    ("all-department sum without the three new departments", first("b23-073", "2895507.33万元")),
    ("1亿–1.5亿 list without 国资委", setf("b23-053", "names", ["中共东莞市委党校", "审计局", "气象局", "外事局"])),
    ("the rename by its 2025 name", setf("b23-124", "names", ["港口危险货物安全监管经费"])),
    ("港务局's 企业满意度 for 国资委's 监管企业满意度", first("b23-152", "≥94%")),
    ("信访局's 时限 for 港务局's", first("b23-022", "≤10个工作日")),
    ("港务局 其他资金 rank 22nd", first("b23-088", "#22")),
    ("2026 task count for 2025", first("b23-061", "#10")),
    ("department's 疏浚 cost for the project's", first("b23-019", "≤38元/立方米")),
    ("a figure that is nobody's value", first("b23-069", "53911100元")),
    ("figures on a not_found line", setf("b23-148", "figures", ["68450600元"])),
    ("project share over the wrong base", first("b23-116", "25.50%")),
    ("under-100 count without the two new small departments", first("b23-063", "#19")),
]


def main() -> int:
    rows = [json.loads(x) for x in SRC.read_text(encoding="utf-8").splitlines()]
    caught = 0
    for n, (what, f) in enumerate(MUTATIONS, 1):
        copy = [json.loads(json.dumps(r)) for r in rows]
        for r in copy:
            f(r)
        assert copy != rows, what
        p = Path(f"/tmp/b23_mut_{n:02d}.jsonl")
        p.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in copy), encoding="utf-8")
        rc = subprocess.run([sys.executable, str(HERE / "verify23.py"), str(p)], capture_output=True, text=True)
        ok = rc.returncode != 0
        caught += ok
        print(f"{'caught' if ok else 'MISSED'}: {what}: {rc.stdout.strip().splitlines()[0] if rc.stdout.strip() else ''}")
    print(f"{caught} of {len(MUTATIONS)} caught")
    return 0 if caught == len(MUTATIONS) else 1


if __name__ == "__main__":
    sys.exit(main())
