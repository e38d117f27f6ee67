"""Mutation test of verify19.py: single changes to copies of batch_19.jsonl under /tmp; every one must be
caught (verify19.py exits 1 on the copy)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE.parent / "batch_19.jsonl"


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
    ("flipped yes/no (体育局 budget above 文广旅体局)", setf("b19-113", "yesno", "是")),
    ("flipped yes/no (the 2026-only task in 2025)", setf("b19-114", "yesno", "是")),
    ("period value for the annual one (体育 锻炼比例)", first("b19-014", "≥46%")),
    ("文广旅体局's look-alike amount for 体育局's item", first("b19-001", "21600000元")),
    ("文广's exact-name item for 体育局's own (后备人才)", first("b19-151", "15380000元")),
    ("the department's 河涌 item for the project's 年度资金总额", first("b19-003", "286450000元")),
    ("the department's 污水管网 task for the project (item asked of the department)", first("b19-010", "28650.00万元")),
    ("2026 budget for a 2025 question", first("b19-026", "41947.92万元")),
    ("growth over this year's base", setf("b19-121", "figures", ["2920.55万元", "6.96%"])),
    ("36 东莞 tables (体育局 forgotten)", first("b19-065", "#36")),
    ("体育局 23rd instead of 24th", first("b19-083", "#23")),
    ("ok_or_clarify -> ok (水务局 污水管网: task and project)", setf("b19-154", "expect", "ok")),
    ("not_found -> ok (体育局 2025 not loaded)", setf("b19-141", "expect", "ok")),
    ("not_found -> ok (the 2026-only indicator asked of 2025)", setf("b19-155", "expect", "ok")),
    ("swapped ranking", setf("b19-086", "names", ["文化广电旅游体育局", "体育局", "司法局"])),
    ("indicator value for a prose fact", first("b19-037", "≥50个")),
    ("2025 goal for the 2026 follow-up", first("b19-043", "5800名")),
    ("dropped list member (文广's 体育 item)", setf("b19-052", "names", [
        "体育后备人才培养经费", "文化体育从业人员培训经费", "体育赛事活动举办经费", "青少年体育训练和后备人才培养经费",
        "市体育中心场馆运行维护经费", "公共体育场馆免费低收费开放补助", "智慧体育服务平台建设经费", "体育彩票公益宣传和销售管理经费",
        "社会体育指导员和体育社会组织培训经费"])),
    ("broken follow-up chain", setf("b19-031", "followup_of", "b19-029")),
    ("absent = the asked figure", setf("b19-009", "absent", ["21600000元"])),
    ("wrong difference", first("b19-091", "600元")),
    ("look-alike absents dropped", setf("b19-002", "absent", [])),
    ("2026 wording for 2025 (qualitative)", first("b19-020", "逐步提高")),
    ("体育局's item as the largest 体育-named one", setf("b19-085", "figures", ["21600400元"])),
    ("all-department sum without 体育局", first("b19-074", "2658210.49万元")),
    ("under-100 count without 体育局", first("b19-066", "#14")),
    ("renamed task named only by its 2026 name", setf("b19-123", "names", ["法治宣传教育经费"])),
    ("水务局 projects counted over all years for 今年", first("b19-062", "#2")),
    ("project's annual share over the wrong base", first("b19-031", "49.79%")),
]


def main() -> int:
    rows = [json.loads(x) for x in SRC.read_text(encoding="utf-8").splitlines()]
    caught = 0
    for n, (what, f) in enumerate(MUTATIONS, 1):
        copy = [json.loads(json.dumps(r)) for r in rows]
        for r in copy:
            f(r)
        assert copy != rows, what
        p = Path(f"/tmp/b19_mut_{n:02d}.jsonl")
        p.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in copy), encoding="utf-8")
        rc = subprocess.run([sys.executable, str(HERE / "verify19.py"), str(p)], capture_output=True, text=True)
        ok = rc.returncode != 0
        caught += ok
        print(f"{'caught' if ok else 'MISSED'}: {what}: {rc.stdout.strip().splitlines()[0] if rc.stdout.strip() else ''}")
    print(f"{caught} of {len(MUTATIONS)} caught")
    return 0 if caught == len(MUTATIONS) else 1


if __name__ == "__main__":
    sys.exit(main())
