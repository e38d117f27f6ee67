"""Mutation test of verify21.py: single changes to copies of batch_21.jsonl under /tmp; every one must be
caught (verify21.py exits 1 on the copy)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE.parent / "batch_21.jsonl"


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
    ("flipped yes/no (政数局 budget above 司法局)", setf("b21-111", "yesno", "否")),
    ("flipped yes/no (政数局 above 发改局)", setf("b21-112", "yesno", "是")),
    ("period value for the annual one (一网通办率)", first("b21-116", "≥98%")),
    ("科协's look-alike amount for 政数局's 12345 item", first("b21-001", "26430600元")),
    ("人防's look-alike amount for 政数局's 评审监理 item", first("b21-010", "4568500元")),
    ("the project's 年度资金 for the department's 政务云 task", first("b21-003", "9650.00万元")),
    ("the department's 政务云 task for the project's 年度资金 (follow-up)", first("b21-029", "96480000元")),
    ("2026 budget for a 2025 question", first("b21-026", "31642.12万元")),
    ("growth over this year's base", setf("b21-121", "figures", ["1663.09万元", "5.26%"])),
    ("37 东莞 tables (the new ones forgotten)", first("b21-063", "#37")),
    ("政数局 20th instead of 21st", first("b21-083", "#20")),
    ("ok_or_clarify -> ok (机关事务局 物业: task and project)", setf("b21-151", "expect", "ok")),
    ("not_found -> ok (政数局 2025 not loaded)", setf("b21-141", "expect", "ok")),
    ("not_found -> ok (the 2026-only indicator asked of 2025)", setf("b21-130", "expect", "ok")),
    ("swapped ranking (发改 / 政数)", setf("b21-085", "names", ["政务服务和数据管理局", "发展和改革局", "司法局"])),
    ("indicator value for a prose fact", first("b21-042", "≥420辆")),
    ("2026 goal for the 2025 follow-up", first("b21-043", "1650辆")),
    ("dropped list member (政务 items)", setf("b21-054", "names", [
        "政务云资源租用和运维经费", "一体化政务服务平台运营经费", "12345政务服务便民热线运行经费", "政务数据共享和开放平台建设经费",
        "电子政务外网和网络安全保障经费", "政务信息化项目评审和监理经费", "镇街政务服务中心标准化建设补助",
        "政务服务自助终端运维经费", "政务服务好差评和营商环境评估经费"])),
    ("broken follow-up chain", setf("b21-030", "followup_of", "b21-028")),
    ("absent = the asked figure", setf("b21-005", "absent", ["12860300元"])),
    ("wrong difference (物业 task vs project, 元 instead of 万元)", first("b21-093", "2400元")),
    ("look-alike absents dropped", setf("b21-006", "absent", [])),
    ("2026 wording for 2025 (qualitative)", first("b21-127", "持续提升")),
    ("机关事务局's 培训 item as the least 培训 one", setf("b21-086", "figures", ["865500元"])),
    ("all-department sum without the two new departments", first("b21-075", "2681114.21万元")),
    ("4亿–5亿 count without 政数局", first("b21-067", "#4")),
    ("renamed task named only by its 2026 name", setf("b21-123", "names", ["智慧机关事务管理平台建设经费"])),
    ("the project's share over the wrong base (预算合计 of the department)", first("b21-030", "23.00%")),
    ("other department's same-named indicator (自然资源 办事群众满意度)", first("b21-016", "≥95%")),
    ("the 物业 project's 5处 for the department's ≥12处", first("b21-155", "5处")),
    ("机关事务局 other funds rank 25th", first("b21-090", "#25")),
    ("2025 task count for 2026", first("b21-058", "#9")),
]


def main() -> int:
    rows = [json.loads(x) for x in SRC.read_text(encoding="utf-8").splitlines()]
    caught = 0
    for n, (what, f) in enumerate(MUTATIONS, 1):
        copy = [json.loads(json.dumps(r)) for r in rows]
        for r in copy:
            f(r)
        assert copy != rows, what
        p = Path(f"/tmp/b21_mut_{n:02d}.jsonl")
        p.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in copy), encoding="utf-8")
        rc = subprocess.run([sys.executable, str(HERE / "verify21.py"), str(p)], capture_output=True, text=True)
        ok = rc.returncode != 0
        caught += ok
        print(f"{'caught' if ok else 'MISSED'}: {what}: {rc.stdout.strip().splitlines()[0] if rc.stdout.strip() else ''}")
    print(f"{caught} of {len(MUTATIONS)} caught")
    return 0 if caught == len(MUTATIONS) else 1


if __name__ == "__main__":
    sys.exit(main())
