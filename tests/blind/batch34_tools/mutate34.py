"""Mutation test of verify34.py: single changes to copies of batch_34.jsonl under /tmp; every one must be
caught (verify34.py exits 1 on the copy)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE.parent / "batch_34.jsonl"


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
    ("flipped yes/no (中医院 over 15亿)", setf("b34-114", "yesno", "否")),
    ("flipped yes/no (财政拨款 under 一成)", setf("b34-115", "yesno", "是")),
    ("flipped yes/no (治未病 年底前)", setf("b34-116", "yesno", "否")),
    ("flipped yes/no (门诊满意度 95%)", setf("b34-118", "yesno", "是")),
    ("flipped yes/no (可园 上半年上线)", setf("b34-119", "yesno", "否")),
    ("flipped yes/no (可园 50人)", setf("b34-120", "yesno", "是")),
    ("flipped yes/no (可园 对下)", setf("b34-121", "yesno", "是")),
    ("flipped yes/no (治超 国庆前)", setf("b34-123", "yesno", "是")),
    ("flipped yes/no (管护 五千万)", setf("b34-125", "yesno", "是")),
    ("flipped yes/no (管护 年中前)", setf("b34-127", "yesno", "是")),
    ("period value for the annual one (门急诊)", first("b34-018", "≥720万人次")),
    ("annual value for the period follow-up (门急诊)", first("b34-019", "≥240万人次")),
    ("妇幼's 医疗设备 for 中医院's", first("b34-001", "65386400元")),
    ("人民医院's 医疗设备 for 中医院's", first("b34-001", "186452700元")),
    ("人民医院's 规培 for 中医院's", first("b34-005", "6423800元")),
    ("人民医院's 义诊 for 中医院's", first("b34-006", "1387500元")),
    ("博物馆's 文物保护修复 for 可园's 修缮", first("b34-008", "5860400元")),
    ("博物馆's same-name 馆舍物业 for 可园's", first("b34-009", "3865700元")),
    ("可园's 馆舍物业 on the 市博物馆 follow-up", first("b34-010", "1865200元")),
    ("公路's 超限治理 for 支队's 治超", first("b34-012", "12386200元")),
    ("城管局's same-name 培训 for 支队's", first("b34-013", "2146500元")),
    ("公路's 危桥 for 管护中心's 桥梁隧道", first("b34-015", "42860300元")),
    ("人民医院's 门诊次均费用 for 中医院's", first("b34-020", "≤320元/人次")),
    ("人民医院's 平均住院日 for 中医院's", first("b34-021", "≤7天")),
    ("博物馆's 社会教育活动 for 可园's", first("b34-024", "≥500场")),
    ("城管局's 执法人员业务培训 for 支队's", first("b34-028", "≥1200人次")),
    ("公路's 桥梁占比 for 管护中心's", first("b34-030", "≥96%")),
    ("2026 amount for 2025 (医疗设备)", first("b34-002", "65386900元")),
    ("2026 budget for 2025", first("b34-129", "168601.27万元")),
    ("growth over this year's base", first("b34-131", "7.71%")),
    ("80 东莞 tables (the new ones forgotten)", first("b34-075", "#80")),
    ("中医院 missing from the top five", setf("b34-091", "names", ["东莞市人民医院", "东莞市教育局", "东莞市公安局",
                                                               "东莞市人力资源和社会保障局", "东莞市交通运输局"])),
    ("管护中心 41st", first("b34-093", "#41")),
    ("支队 51st", first("b34-095", "#51")),
    ("可园 80th", first("b34-097", "#80")),
    ("中医院 基本支出 4th (教育局 thought ahead)", first("b34-092", "#4")),
    ("ok_or_clarify → ok (后勤物业)", setf("b34-157", "expect", "ok")),
    ("ok_or_clarify → ok (执法培训)", setf("b34-158", "expect", "ok")),
    ("not_found → ok (中医院 2024)", setf("b34-145", "expect", "ok")),
    ("not_found → ok (城市管理综合执法支队)", setf("b34-153", "expect", "ok")),
    ("not_found → ok (博物馆's item asked of 可园)", setf("b34-154", "expect", "ok")),
    ("swapped order (top five)", swap_names("b34-091")),
    ("swapped order (four descending)", swap_names("b34-102")),
    ("indicator value for the prose fact (非药物疗法)", first("b34-042", "≥85万人次")),
    ("indicator value for the prose fact (可园 社教)", first("b34-052", "≥360场")),
    ("indicator value for the prose fact (治超检测点)", first("b34-055", "≥28个")),
    ("dropped member (可园 under 100万)", drop_member("b34-061")),
    ("dropped member (1.7–1.8亿, 支队 forgotten)", drop_member("b34-068")),
    ("broken chain", setf("b34-071", "followup_of", "b34-069")),
    ("absent equal to the figure", setf("b34-003", "absent", ["128465200元"])),
    ("dropped look-alike absent (妇幼 设备)", drop_absent("b34-001")),
    ("dropped look-alike absent (trap 公交补贴)", drop_absent("b34-155")),
    ("all-department sum without the four new", first("b34-083", "4249792.47万元")),
    ("the rename asked by the 2025 name, answered with 2026's", first("b34-135", "4286700元")),
    ("2026 task count for 2025", setf("b34-138", "figures", ["#10", "230793200元"])),
    ("a figure nobody holds", first("b34-079", "15997500元")),
    ("figures on a not_found line", setf("b34-151", "figures", ["7826400元"])),
    ("share over the wrong base (其他资金 over 财政拨款)", first("b34-084", "814.50%")),
    ("qualitative 2026 wording for 2025", first("b34-140", "明显提升")),
    ("两项 in the wrong order (财政拨款 / 其他资金)", swap_figures("b34-034")),
    ("两项 in the wrong order (annual / period)", swap_figures("b34-027")),
    ("a changed category", setf("b34-072", "category", "aggregate")),
    ("a changed-indicator list missing one", drop_member("b34-141")),
    ("2026's goal figure for 2025's", first("b34-142", "250万人次")),
    ("执法 count without 支队's items", first("b34-076", "#13")),
    ("a counterpart goal figure asked without 目标", setf("b34-045", "q", "中医院院内中药制剂品种要达到多少种")),
    ("second-largest task is the largest", setf("b34-101", "names", ["治超非现场执法系统建设和运维经费"])),
    ("the 对下 share with 240", first("b34-087", "11.43%")),
    ("执法 sum without 市场监管局's items", first("b34-086", "110523600元")),
    ("people 过千 without 中医院", first("b34-077", "#5")),
    ("difference of 支队 / 机关事务局 其他资金 as 0", first("b34-113", "0.00万元")),
    ("2026's 镇街 subsidy for 2025's", first("b34-143", "3720000元")),
    ("the 2026 absent dropped on the 2025 line", drop_absent("b34-139")),
    ("the period value made absent", setf("b34-018", "absent", ["≥225万人次", "≥350万人次", "≥720万人次"])),
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
        p = Path(f"/tmp/b34_mut_{n:02d}.jsonl")
        p.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in copy), encoding="utf-8")
        rc = subprocess.run([sys.executable, str(HERE / "verify34.py"), str(p)], capture_output=True, text=True, env=env)
        ok = rc.returncode != 0
        caught += ok
        print(f"{'caught' if ok else 'MISSED'}: {what}: {rc.stdout.strip().splitlines()[0] if rc.stdout.strip() else ''}")
    print(f"{caught} of {len(MUTATIONS)} caught")
    return 0 if caught == len(MUTATIONS) else 1


if __name__ == "__main__":
    sys.exit(main())
