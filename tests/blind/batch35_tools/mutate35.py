"""Mutation test of verify35.py: single changes to copies of batch_35.jsonl under /tmp; every one must be
caught (verify35.py exits 1 on the copy)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE.parent / "batch_35.jsonl"


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
    ("flipped yes/no (电视台 over 6亿)", setf("b35-114", "yesno", "否")),
    ("flipped yes/no (一半以上 财政拨款)", setf("b35-115", "yesno", "否")),
    ("flipped yes/no (4K 年底前)", setf("b35-116", "yesno", "否")),
    ("flipped yes/no (99.9%)", setf("b35-117", "yesno", "否")),
    ("flipped yes/no (网信办 50人)", setf("b35-118", "yesno", "否")),
    ("flipped yes/no (大模型 国庆前)", setf("b35-120", "yesno", "是")),
    ("flipped yes/no (网信办 vs 信访局)", setf("b35-121", "yesno", "是")),
    ("flipped yes/no (特校 开学前)", setf("b35-122", "yesno", "否")),
    ("flipped yes/no (特校 一千五百万)", setf("b35-124", "yesno", "是")),
    ("flipped yes/no (大岭山 对下)", setf("b35-125", "yesno", "是")),
    ("flipped yes/no (大岭山 五千万)", setf("b35-128", "yesno", "是")),
    ("period value for the annual one (舆情信息)", first("b35-018", "≥10.8万条")),
    ("annual value for the period follow-up (舆情信息)", first("b35-019", "≥3.6万条")),
    ("period value for the annual one (送教上门)", first("b35-022", "≥1.44万人次")),
    ("信访局's 舆情 item for 网信办's", first("b35-001", "2365200元")),
    ("政数局's 网络安全 item for 网信办's 攻防演练", first("b35-003", "8650500元")),
    ("工信局's 宣传周-like item for 网信办's", first("b35-004", "1358400元")),
    ("人民医院's swapped-digit amount for 特校's 综合楼", first("b35-007", "12486300元")),
    ("福利中心's 特殊教育 item for 特校's 康复", first("b35-008", "6892000元")),
    ("职院's same-name 智慧校园 for 特校's", first("b35-009", "7645200元")),
    ("特校's 智慧校园 on the 职院 follow-up", first("b35-010", "1264500元")),
    ("图书馆's swapped-digit amount for 电视台's 版权", first("b35-012", "18652400元")),
    ("应急局's 森林防火 for 大岭山's", first("b35-014", "24360000元")),
    ("林业局's 自然教育 for 大岭山's", first("b35-015", "1536500元")),
    ("林业局's 护林员培训 for 大岭山's", first("b35-016", "965800元")),
    ("教育局's 资源教室 for 特校's", first("b35-025", "≥25间")),
    ("博物馆's 观众满意度 for 电视台's", first("b35-028", "≥96%")),
    ("林业局's 森林覆盖率 for 大岭山's", first("b35-029", "≥36.6%")),
    ("林业局's 森林公园年接待游客 for 大岭山's", first("b35-030", "≥1000万人次")),
    ("可园's 游客满意度 on the follow-up", first("b35-031", "≥95%")),
    ("林业局's 疫木除治单价 for 大岭山's", first("b35-032", "≤260元/株")),
    ("2026 amount for 2025 (舆情)", first("b35-002", "18643200元")),
    ("2026 budget for 2025", first("b35-129", "8967.84万元")),
    ("growth over this year's base", first("b35-131", "8.37%")),
    ("84 东莞 tables (the new ones forgotten)", first("b35-076", "#84")),
    ("电视台 19th", first("b35-092", "#19")),
    ("文广旅体局 still 18th", first("b35-093", "#18")),
    ("网信办 66th", first("b35-094", "#66")),
    ("特校 70th", first("b35-095", "#70")),
    ("大岭山 79th", first("b35-096", "#79")),
    ("网信办 基本支出 77th (档案局 thought ahead)", first("b35-099", "#77")),
    ("ok_or_clarify → ok (智慧校园)", setf("b35-157", "expect", "ok")),
    ("ok_or_clarify → ok (森林火灾受害率)", setf("b35-158", "expect", "ok")),
    ("not_found → ok (网信办 2024)", setf("b35-145", "expect", "ok")),
    ("not_found → ok (编办)", setf("b35-150", "expect", "ok")),
    ("not_found → ok (植物园)", setf("b35-153", "expect", "ok")),
    ("not_found → ok (政数局's item asked of 网信办)", setf("b35-154", "expect", "ok")),
    ("swapped order (four ascending)", swap_names("b35-102")),
    ("descending figures for ascending", swap_figures("b35-102")),
    ("indicator value for the prose fact (舆情信息)", first("b35-043", "≥3.6万条")),
    ("indicator value for the prose fact (经营创收)", first("b35-050", "≥2.6亿元")),
    ("indicator value for the prose fact (大岭山 游客)", first("b35-060", "≥260万人次")),
    ("indicator value for the prose follow-up (送教 ≥4800人次)", first("b35-054", "≥4800人次")),
    ("dropped member (特校 100万–200万)", drop_member("b35-063")),
    ("dropped member (8000万–9000万, 网信办 forgotten)", drop_member("b35-069")),
    ("dropped member (500–700人)", drop_member("b35-068")),
    ("broken chain", setf("b35-072", "followup_of", "b35-070")),
    ("absent equal to the figure", setf("b35-005", "absent", ["1486300元"])),
    ("dropped look-alike absent (政数局 网络安全)", drop_absent("b35-003")),
    ("dropped look-alike absent (trap 森林公园补助)", drop_absent("b35-156")),
    ("all-department sum without the four new", first("b35-084", "4462334.57万元")),
    ("the rename asked by the 2025 name, answered with 2026's", first("b35-135", "2135600元")),
    ("2026 task count for 2025", setf("b35-138", "figures", ["#10", "39878300元"])),
    ("a figure nobody holds", first("b35-080", "27066800元")),
    ("figures on a not_found line", setf("b35-151", "figures", ["86452300元"])),
    ("share over the wrong base (其他资金 over 财政拨款)", first("b35-085", "75.52%")),
    ("qualitative 2026 wording for 2025", first("b35-139", "持续向好")),
    ("两项 in the wrong order (财政拨款 / 其他资金)", swap_figures("b35-036")),
    ("两项 in the wrong order (2025 / 2026 people)", swap_figures("b35-132")),
    ("a changed category", setf("b35-073", "category", "aggregate")),
    ("a changed-indicator list missing one", drop_member("b35-140")),
    ("2026's goal figure for 2025's", first("b35-142", "3.8万条")),
    ("网络 count without 网信办's 评论员 item", first("b35-077", "#11")),
    ("a counterpart goal figure asked without 目标", setf("b35-043", "q", "网信办舆情信息全年报多少条")),
    ("largest task for the second", setf("b35-101", "names", ["森林防火和林区巡护经费"])),
    ("the 对下 share over 市本级", first("b35-088", "12.10%")),
    ("网络 sum without 网信办", first("b35-087", "24298300元")),
    ("people 过500 without 电视台", first("b35-078", "#10")),
    ("2026's 镇街 subsidy for 2025's", first("b35-143", "1360000元")),
    ("the 2026 absent dropped on the 2025 line", drop_absent("b35-144")),
    ("the period value made absent", setf("b35-018", "absent", ["≥3.2万条", "≥10.8万条"])),
    ("电视台 people 12th", first("b35-098", "#12")),
    ("a wrong 基本支出 difference (电视台 / 职院)", first("b35-111", "2187.10万元")),
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
        p = Path(f"/tmp/b35_mut_{n:02d}.jsonl")
        p.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in copy), encoding="utf-8")
        rc = subprocess.run([sys.executable, str(HERE / "verify35.py"), str(p)], capture_output=True, text=True, env=env)
        ok = rc.returncode != 0
        caught += ok
        print(f"{'caught' if ok else 'MISSED'}: {what}: {rc.stdout.strip().splitlines()[0] if rc.stdout.strip() else ''}")
    print(f"{caught} of {len(MUTATIONS)} caught")
    return 0 if caught == len(MUTATIONS) else 1


if __name__ == "__main__":
    sys.exit(main())
