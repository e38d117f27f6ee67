"""Mutation test of verify29.py: single changes to copies of batch_29.jsonl under /tmp; every one must be
caught (verify29.py exits 1 on the copy)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE.parent / "batch_29.jsonl"


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
    ("flipped yes/no (疾控 over 3亿)", setf("b29-114", "yesno", "否")),
    ("flipped yes/no (9月底 deadline)", setf("b29-115", "yesno", "否")),
    ("flipped yes/no (接种率 95% trap)", setf("b29-117", "yesno", "是")),
    ("flipped yes/no (公路中心 vs 应急局 budget)", setf("b29-123", "yesno", "是")),
    ("flipped yes/no (400块 threshold)", setf("b29-121", "yesno", "是")),
    ("period value for the annual one (接种剂次)", first("b29-021", "≥540万剂次")),
    ("annual value for the period follow-up (接种剂次)", first("b29-022", "≥180万剂次")),
    ("卫健局's look-alike for 疾控's 实验室", first("b29-003", "23800000元")),
    ("卫健局's 信息化 for 疾控's", first("b29-004", "18750000元")),
    ("交通局's 智慧交通 for 轨道局's", first("b29-009", "21650000元")),
    ("港务局's 智慧港口 for 轨道局's", first("b29-009", "21650300元")),
    ("交通局's 公路养护管理经费 for 公路中心's 日常养护", first("b29-012", "58300000元")),
    ("交通局's 农村公路 for 公路中心's 大中修", first("b29-014", "126800000元")),
    ("卫健局's 接种率 for 疾控's", first("b29-019", "≥95%")),
    ("交通局's 养护里程 indicator for 公路中心's", first("b29-029", "≥460公里")),
    ("交通局's 沿线群众满意度 for 轨道局's", first("b29-027", "≥90%")),
    ("卫健局's 健康素养 annual for 疾控's", first("b29-023", "≥35%")),
    ("2026 amount for 2025 (免疫规划)", first("b29-132", "48650700元")),
    ("2026 budget for 2025", first("b29-129", "32290.36万元")),
    ("growth over this year's base", first("b29-131", "6.14%")),
    ("62 东莞 tables (the new ones forgotten)", first("b29-077", "#62")),
    ("轨道局 18th instead of 17th", first("b29-091", "#18")),
    ("疾控 30th instead of 31st", first("b29-036", "#30")),
    ("倒数 counted from the top", first("b29-100", "#49")),
    ("ok_or_clarify → ok (公共卫生信息化)", setf("b29-158", "expect", "ok")),
    ("not_found → ok (轨道局 2025)", setf("b29-147", "expect", "ok")),
    ("not_found → ok (卫健局 asked for 疾控's item)", setf("b29-156", "expect", "ok")),
    ("swapped ranking order (安全培训)", swap_names("b29-096")),
    ("indicator value for the prose fact (接种剂次)", first("b29-045", "≥180万剂次")),
    ("交通局's goal figure for 公路中心's 养护里程", first("b29-058", "460公里")),
    ("交通局's goal figure for 公路中心's 危桥", first("b29-059", "12座")),
    ("indicator value for the prose fact (日均客运量)", first("b29-053", "≥22万人次")),
    ("dropped member (疾控 over 2000万)", drop_member("b29-063")),
    ("broken chain", setf("b29-074", "followup_of", "b29-072")),
    ("absent equal to the figure", setf("b29-016", "absent", ["42860300元"])),
    ("dropped look-alike absent (交通局 公交补贴 trap)", drop_absent("b29-153")),
    ("dropped look-alike absent (卫健局 实验室)", drop_absent("b29-003")),
    ("all-department sum without the three new departments", first("b29-085", "3283108.54万元")),
    ("4亿–5亿 list without 公路中心", setf("b29-070", "names", ["东莞市应急管理局", "东莞市粮食和物资储备局", "东莞市乡村振兴局",
                                                          "东莞市发展和改革局", "东莞市政务服务和数据管理局", "东莞市司法局",
                                                          "东莞市退役军人事务局"])),
    ("the rename asked by 2026 name, answered with the 2026 amount", first("b29-136", "7536200元")),
    ("2026 task count for 2025", setf("b29-138", "figures", ["#10", "155187900元"])),
    ("a figure nobody holds", first("b29-082", "357874700元")),
    ("figures on a not_found line", setf("b29-152", "figures", ["42860300元"])),
    ("share over the wrong base (基本 over 财政拨款)", first("b29-087", "31.83%")),
    ("200–300 people without 疾控", setf("b29-071", "names", ["东莞市应急管理局", "东莞市公路事务中心", "东莞市住房公积金管理中心",
                                                          "东莞市水利局", "东莞市林业局", "东莞市生态环境局",
                                                          "东莞市住房和城乡建设局", "东莞市农业农村局"])),
    ("qualitative 2026 wording for 2025", first("b29-140", "持续完善")),
    ("公路 ranking with 交通局 first", setf("b29-095", "names", ["农村公路提质改造工程", "公路路面大中修工程经费",
                                                          "国省道和市管公路日常养护经费"])),
    ("two asks answered in the wrong order (年度 / 实施周期)", swap_figures("b29-028")),
    ("卫健局's budget swapped with 疾控's in a comparison", setf("b29-103", "figures", ["76046.06万元", "108336.42万元",
                                                                                "32290.36万元"])),
    ("a changed category (count → aggregate)", setf("b29-075", "category", "aggregate")),
    ("2025 people for 2026 in the difference", setf("b29-112", "figures", ["#38", "#266", "#312"])),
    ("a changed-indicator list missing one (满意度)", drop_member("b29-141")),
    ("the other year's value made absent (2026 接种率 on the 2025 line)", setf("b29-139", "absent", ["≥98%"])),
    ("the period value made absent", setf("b29-021", "absent", ["≥540万剂次"])),
    ("2026's 健康教育 goal figure for 2025's", first("b29-143", "300场")),
    ("培训 count without the new three", first("b29-078", "#59")),
    ("养护 sum without 公路中心's 镇街 subsidy", first("b29-089", "214046600元")),
    ("the 对下 share over 市本级", first("b29-086", "29.53%")),
    ("三家 ranking with 公路中心 first", swap_names("b29-102")),
    ("period value of 卫健局 in the trap made not absent", setf("b29-160", "absent", ["≥35%"])),
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
        p = Path(f"/tmp/b29_mut_{n:02d}.jsonl")
        p.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in copy), encoding="utf-8")
        rc = subprocess.run([sys.executable, str(HERE / "verify29.py"), str(p)], capture_output=True, text=True, env=env)
        ok = rc.returncode != 0
        caught += ok
        print(f"{'caught' if ok else 'MISSED'}: {what}: {rc.stdout.strip().splitlines()[0] if rc.stdout.strip() else ''}")
    print(f"{caught} of {len(MUTATIONS)} caught")
    return 0 if caught == len(MUTATIONS) else 1


if __name__ == "__main__":
    sys.exit(main())
