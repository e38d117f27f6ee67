"""Mutation test of verify33.py: single changes to copies of batch_33.jsonl under /tmp; every one must be
caught (verify33.py exits 1 on the copy)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE.parent / "batch_33.jsonl"


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
    ("flipped yes/no (人民医院 over 45亿)", setf("b33-114", "yesno", "否")),
    ("flipped yes/no (财政拨款 under 10%)", setf("b33-115", "yesno", "是")),
    ("flipped yes/no (国庆前 deadline)", setf("b33-116", "yesno", "否")),
    ("flipped yes/no (亮灯率 99%)", setf("b33-118", "yesno", "是")),
    ("flipped yes/no (上半年上线)", setf("b33-119", "yesno", "是")),
    ("flipped yes/no (公证处 half 财政拨款)", setf("b33-121", "yesno", "否")),
    ("flipped yes/no (公证处 对下)", setf("b33-122", "yesno", "是")),
    ("flipped yes/no (300元 threshold)", setf("b33-126", "yesno", "是")),
    ("period value for the annual one (受理)", first("b33-018", "≥5.4万件")),
    ("annual value for the period follow-up (受理)", first("b33-019", "≥1.8万件")),
    ("人社局's 仲裁经费 for 仲裁院's", first("b33-001", "8760000元")),
    ("人社局's 宣传 for 仲裁院's", first("b33-003", "1385600元")),
    ("司法局's 培训 for 仲裁院's", first("b33-004", "1268000元")),
    ("城管局's 照明维护 for 照明处's", first("b33-005", "36540000元")),
    ("司法局's 公证管理 for 公证处's 公益公证", first("b33-010", "1680000元")),
    ("妇幼's 信息化 for 人民医院's", first("b33-013", "18750300元")),
    ("卫健局's 培训 for 人民医院's 规培", first("b33-015", "6420000元")),
    ("妇幼's same-name 后勤物业 for 人民医院's", first("b33-016", "9540900元")),
    ("城管局's 亮灯率 for 照明处's", first("b33-023", "≥98%")),
    ("妇幼's 设备单价 for 人民医院's", first("b33-030", "≤450万元/台")),
    ("人社局's 结案率 for 仲裁院's", first("b33-021", "≥95%")),
    ("2026 amount for 2025 (办案经费)", first("b33-002", "8763500元")),
    ("2026 budget for 2025", first("b33-129", "5198.26万元")),
    ("growth over this year's base", first("b33-131", "6.19%")),
    ("76 东莞 tables (the new ones forgotten)", first("b33-075", "#76")),
    ("教育局 still first", setf("b33-091", "names", ["东莞市教育局"])),
    ("照明处 38th", first("b33-092", "#38")),
    ("公证处 67th", first("b33-094", "#67")),
    ("仲裁院 70th", first("b33-096", "#70")),
    ("ok_or_clarify → ok (医疗设备)", setf("b33-157", "expect", "ok")),
    ("ok_or_clarify → ok (亮灯率)", setf("b33-158", "expect", "ok")),
    ("not_found → ok (仲裁院 2024)", setf("b33-145", "expect", "ok")),
    ("not_found → ok (公证处's item asked of 司法局)", setf("b33-155", "expect", "ok")),
    ("swapped order (top five)", swap_names("b33-101")),
    ("swapped order (four ascending)", swap_names("b33-102")),
    ("indicator value for the prose fact (受理)", first("b33-046", "≥1.8万件")),
    ("indicator value for the prose fact (LED)", first("b33-048", "≥1.5万盏")),
    ("dropped member (照明处 under 500万)", drop_member("b33-061")),
    ("dropped member (5000–6000万, 仲裁院 forgotten)", drop_member("b33-068")),
    ("broken chain", setf("b33-071", "followup_of", "b33-069")),
    ("absent equal to the figure", setf("b33-006", "absent", ["52318600元"])),
    ("dropped look-alike absent (人社局 仲裁)", drop_absent("b33-001")),
    ("dropped look-alike absent (trap 就业创业)", drop_absent("b33-153")),
    ("all-department sum without the four new", first("b33-083", "3760385.17万元")),
    ("the rename asked by the 2025 name, answered with 2026's", first("b33-135", "3127600元")),
    ("2026 task count for 2025", setf("b33-138", "figures", ["#10", "21021000元"])),
    ("a figure nobody holds", first("b33-079", "17833900元")),
    ("figures on a not_found line", setf("b33-151", "figures", ["186452700元"])),
    ("share over the wrong base (其他资金 over 财政拨款)", first("b33-084", "96.64%")),
    ("qualitative 2026 wording for 2025", first("b33-140", "明显增强")),
    ("两项 in the wrong order (财政拨款 / 其他资金)", swap_figures("b33-034")),
    ("两项 in the wrong order (annual / period)", swap_figures("b33-024")),
    ("a changed category", setf("b33-072", "category", "aggregate")),
    ("a changed-indicator list missing one", drop_member("b33-141")),
    ("人社局's ≥95% made absent (held by many tables)", setf("b33-021", "absent", ["≥94%", "≥95%"])),
    ("dropped the 2026 value absent on the 2025 line", drop_absent("b33-139")),
    ("the period value made absent", setf("b33-018", "absent", ["≥5.4万件"])),
    ("2026's goal figure for 2025's", first("b33-142", "12亿元")),
    ("照明 count without 城管局's item", first("b33-076", "#8")),
    ("a counterpart goal figure asked without 目标", setf("b33-046", "q", "仲裁院全年受理多少件仲裁案")),
    ("仲裁 top led by 人社局's item", setf("b33-100", "names", ["劳动人事争议仲裁经费"])),
    ("the 对下 share with the old 800", first("b33-087", "4.30%")),
    ("公证 sum without 司法局's item", first("b33-086", "17833800元")),
    ("people difference reversed", first("b33-110", "#-3218")),
    ("项目支出 difference of 公证处 / 文联 as 0", first("b33-112", "0.00万元")),
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
        p = Path(f"/tmp/b33_mut_{n:02d}.jsonl")
        p.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in copy), encoding="utf-8")
        rc = subprocess.run([sys.executable, str(HERE / "verify33.py"), str(p)], capture_output=True, text=True, env=env)
        ok = rc.returncode != 0
        caught += ok
        print(f"{'caught' if ok else 'MISSED'}: {what}: {rc.stdout.strip().splitlines()[0] if rc.stdout.strip() else ''}")
    print(f"{caught} of {len(MUTATIONS)} caught")
    return 0 if caught == len(MUTATIONS) else 1


if __name__ == "__main__":
    sys.exit(main())
