"""Mutation test of verify36.py: single changes to copies of batch_36.jsonl under /tmp; every one must be
caught (verify36.py exits 1 on the copy)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE.parent / "batch_36.jsonl"


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


def drop_absent(rid):
    def f(r):
        if r["id"] == rid:
            r["absent"] = []
    return f


def swap_figures(rid):
    def f(r):
        if r["id"] == rid:
            r["figures"][0], r["figures"][1] = r["figures"][1], r["figures"][0]
    return f


def swap_names(rid):
    def f(r):
        if r["id"] == rid:
            r["names"][0], r["names"][1] = r["names"][1], r["names"][0]
    return f


def drop_member(rid):
    def f(r):
        if r["id"] == rid:
            r["names"] = r["names"][:-1]
    return f


MUTATIONS = [
    ("flipped yes/no 114", setf("b36-114", "yesno", "是")),
    ("flipped yes/no 115", setf("b36-115", "yesno", "否")),
    ("flipped yes/no 120", setf("b36-120", "yesno", "是")),
    ("flipped yes/no 122", setf("b36-122", "yesno", "否")),
    ("flipped yes/no 123", setf("b36-123", "yesno", "是")),
    ("flipped yes/no 125", setf("b36-125", "yesno", "是")),
    ("flipped yes/no 126", setf("b36-126", "yesno", "否")),
    ("period for annual (排查化解)", first("b36-018", "≥12万宗")),
    ("annual for period", first("b36-019", "≥4万宗")),
    ("信访局's amount for 政法委's", first("b36-001", "8650700元")),
    ("公安局 禁毒 for 平安宣传", first("b36-004", "1536000元")),
    ("公安局 见义勇为 for 政法委's", first("b36-005", "1250000元")),
    ("港务局 船艇 for 海洋支队's", first("b36-006", "5680300元")),
    ("妇幼 设备 for 八院's", first("b36-010", "65386400元")),
    ("妇幼 儿保 for 八院's", first("b36-012", "5230900元")),
    ("职院 资助 for 技师学院's", first("b36-015", "18960400元")),
    ("职院 认定 for 技师学院's", first("b36-016", "2156800元")),
    ("司法局 化解率", first("b36-020", "≥96%")),
    ("公安局 安全感", first("b36-021", "≥95%")),
    ("妇幼 家长满意度", first("b36-027", "≥92%")),
    ("职院 在校生", first("b36-031", "≥2.4万人")),
    ("2026 for 2025 (plan 矛盾)", first("b36-002", "8650200元")),
    ("2026 group sum without new", first("b36-084", "4551863.86万元")),
    ("88 tables", first("b36-076", "#88")),
    ("rank 八院 one off", first("b36-035", "#14")),
    ("rank 技师 one off", first("b36-092", "#38")),
    ("rank 政法委 one off", first("b36-093", "#60")),
    ("气象局 still 61st", first("b36-094", "#61")),
    ("rank 海洋 one off", first("b36-095", "#67")),
    ("people rank 八院", first("b36-096", "#6")),
    ("ok_or_clarify→ok", setf("b36-157", "expect", "ok")),
    ("not_found→ok", setf("b36-153", "expect", "ok")),
    ("swapped order of the descending list", swap_names("b36-102")),
    ("swapped figures of the descending list", swap_figures("b36-102")),
    ("indicator for prose (4.2万宗)", first("b36-045", "≥4万宗")),
    ("indicator for prose (168万人次)", first("b36-052", "≥160万人次")),
    ("indicator for prose (4200人)", first("b36-056", "≥4000人")),
    ("indicator for prose (60项)", first("b36-059", "≥55项")),
    ("dropped member (filter 061)", lambda r: r["names"].pop() if r["id"] == "b36-061" else None),
    ("dropped member (changed indicators)", lambda r: r["names"].pop(0) if r["id"] == "b36-140" else None),
    ("broken chain", setf("b36-094", "followup_of", "b36-092")),
    ("absent = figure", lambda r: r["absent"].append(r["figures"][0]) if r["id"] == "b36-003" else None),
    ("dropped absents 001", drop_absent("b36-001")),
    ("dropped absents 159", drop_absent("b36-159")),
    ("sum without the new tables", first("b36-083", "58979.11万元")),
    ("the rename: old name's amount as the new", first("b36-136", "1418600元")),
    ("a figure nobody holds", first("b36-133", "1331500元")),
    ("figures on a not_found line", setf("b36-150", "figures", ["12573.86万元"])),
    ("wrong share base (预算合计 for 财政专项)", first("b36-088", "2.26%")),
    ("2026 对下 figure for 2025", first("b36-143", "2840000元")),
    ("qualitative wording of the other year", first("b36-139", "稳定向好")),
    ("changed category", setf("b36-030", "category", "yesno")),
    ("period value made absent", lambda r: r["absent"].append("≥4万宗") if r["id"] == "b36-045" else None),
    ("counterpart goal figure asked without 目标", setf("b36-059", "q", "技师学院省级以上技能大赛获奖多少项")),
    ("largest for second", first("b36-101", "14286300元")),
    ("growth over the wrong base", first("b36-131", "8.12%")),
    ("wrong yoy difference sign", first("b36-144", "-212600元")),
    ("ascending for descending", lambda r: r.update(figures=r["figures"][::-1], names=r["names"][::-1])
     if r["id"] == "b36-102" else None),
]


def main() -> int:
    rows = [json.loads(x) for x in SRC.read_text(encoding="utf-8").splitlines()]
    caught = 0
    env = dict(os.environ, PYTHONPATH=str(HERE.parents[2]))
    for n, (what, f) in enumerate(MUTATIONS, 1):
        copy = [json.loads(json.dumps(r)) for r in rows]
        for r in copy:
            f(r)
        assert copy != rows, what
        p = Path(f"/tmp/b36_mut_{n:02d}.jsonl")
        p.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in copy), encoding="utf-8")
        rc = subprocess.run([sys.executable, str(HERE / "verify36.py"), str(p)], capture_output=True, text=True, env=env)
        ok = rc.returncode != 0
        caught += ok
        print(f"{'caught' if ok else 'MISSED'}: {what}: {rc.stdout.strip().splitlines()[0] if rc.stdout.strip() else ''}")
    print(f"{caught} of {len(MUTATIONS)} caught")
    return 0 if caught == len(MUTATIONS) else 1


if __name__ == "__main__":
    sys.exit(main())
