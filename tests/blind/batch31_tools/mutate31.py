"""Mutation test of verify31.py: single changes to copies of batch_31.jsonl under /tmp; every one must be
caught (verify31.py exits 1 on the copy)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE.parent / "batch_31.jsonl"


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
    ("flipped yes/no (妇幼 over 12亿)", setf("b31-114", "yesno", "否")),
    ("flipped yes/no (7月前 deadline)", setf("b31-117", "yesno", "否")),
    ("flipped yes/no (8月15号 trap)", setf("b31-119", "yesno", "是")),
    ("flipped yes/no (职院 vs 林业局, 2.87万元 apart)", setf("b31-121", "yesno", "是")),
    ("flipped yes/no (5块钱 threshold)", setf("b31-125", "yesno", "是")),
    ("flipped yes/no (全是财政拨款)", setf("b31-120", "yesno", "是")),
    ("flipped yes/no (双证书 90%)", setf("b31-126", "yesno", "是")),
    ("period value for the annual one (产前筛查例数)", first("b31-019", "≥18万例")),
    ("annual value for the period follow-up (产前筛查例数)", first("b31-020", "≥6.2万例")),
    ("卫健局's look-alike for 妇幼's 产前筛查 item", first("b31-003", "31560000元")),
    ("卫健局's 信息化 for 妇幼's", first("b31-004", "18750000元")),
    ("妇联's 两癌 for 妇幼's", first("b31-005", "1950600元")),
    ("人社局's 技工院校资助 for 职院's", first("b31-006", "18960000元")),
    ("教育局's 产教融合 for 职院's", first("b31-008", "64200000元")),
    ("教育局's 教师队伍建设 for 职院's", first("b31-009", "98600000元")),
    ("自然资源局's 不动产登记信息化 for 不动产中心's", first("b31-011", "12680000元")),
    ("档案局's 新馆布展 for 博物馆's 陈列", first("b31-015", "15936400元")),
    ("文广旅体局's 文物保护 for 博物馆's", first("b31-016", "5860000元")),
    ("血站's 血液库 for 妇幼's 母乳库", first("b31-018", "2864300元")),
    ("卫健局's 婴儿死亡率 for 妇幼's", first("b31-021", "≤3‰")),
    ("教育局's 本地就业率 for 职院's", first("b31-023", "≥70%")),
    ("自然资源局's 办理时限 for 不动产中心's", first("b31-027", "≤3个工作日")),
    ("公积金's 单卷成本 for 不动产中心's", first("b31-028", "≤6元/卷")),
    ("科协's 科技馆观众 for 博物馆's", first("b31-030", "≥120万人次")),
    ("2026 amount for 2025 (医疗设备)", first("b31-002", "65386400元")),
    ("2026 budget for 2025", first("b31-129", "128941.26万元")),
    ("growth over this year's base", first("b31-131", "6.39%")),
    ("68 东莞 tables (the new ones forgotten)", first("b31-075", "#68")),
    ("70 东莞 tables (东莞职业技术学院 and 东莞图书馆 missed by a 东莞市 filter)", first("b31-075", "#70")),
    ("71 东莞 tables (职院 missed)", first("b31-075", "#71")),
    ("妇幼 7th instead of 6th", first("b31-035", "#7")),
    ("职院 21st instead of 22nd", first("b31-090", "#21")),
    ("不动产 46th", first("b31-091", "#46")),
    ("博物馆 61st", first("b31-093", "#61")),
    ("ok_or_clarify → ok (婴儿死亡率)", setf("b31-159", "expect", "ok")),
    ("not_found → ok (妇幼 2024)", setf("b31-145", "expect", "ok")),
    ("not_found → ok (妇幼 asked for 卫健局's item)", setf("b31-153", "expect", "ok")),
    ("swapped ranking order (four departments)", swap_names("b31-097")),
    ("swapped ranking order (基本支出 top three)", swap_names("b31-101")),
    ("indicator value for the prose fact (在校生)", first("b31-047", "≥2.4万人")),
    ("indicator value for the prose fact (登记业务)", first("b31-053", "≥42万件")),
    ("the year's 数字化 for the 累计 (prose)", first("b31-055", "55万卷")),
    ("indicator value for the prose fact (博物馆观众)", first("b31-058", "≥115万人次")),
    ("dropped member (妇幼 over 三千万)", drop_member("b31-061")),
    ("dropped member (600–1200 people)", drop_member("b31-069")),
    ("broken chain", setf("b31-072", "followup_of", "b31-070")),
    ("absent equal to the figure", setf("b31-014", "absent", ["15280500元"])),
    ("dropped look-alike absent (卫健局 产前筛查)", drop_absent("b31-003")),
    ("dropped look-alike absent (trap 家庭医生)", drop_absent("b31-153")),
    ("all-department sum without the four new departments", first("b31-085", "3484129.02万元")),
    ("12亿–13亿 list without 妇幼", setf("b31-068", "names", ["东莞市住房和城乡建设局"])),
    ("the rename asked by the 2025 name, answered with the 2026 amount", first("b31-135", "48653200元")),
    ("2026 task count for 2025", setf("b31-138", "figures", ["#10", "170839500元"])),
    ("a figure nobody holds", first("b31-080", "193538500元")),
    ("figures on a not_found line", setf("b31-152", "figures", ["5860400元"])),
    ("share over the wrong base (其他资金 over 财政拨款)", first("b31-086", "502.90%")),
    ("qualitative 2026 wording for 2025", first("b31-140", "持续提升")),
    ("培训 ranking with 职院's first", setf("b31-096", "names", ["教师队伍建设和师资培训经费"])),
    ("数字化 ranking with 不动产's first", setf("b31-100", "names", ["不动产权籍调查和登记档案数字化经费"])),
    ("two asks answered in the wrong order (年度 / 实施周期)", swap_figures("b31-024")),
    ("两项 in the wrong order (财政拨款 / 其他资金)", swap_figures("b31-034")),
    ("住建局's budget swapped with 妇幼's in a comparison", setf("b31-103", "figures", ["5.55万元", "128935.71万元",
                                                                               "128941.26万元"])),
    ("a changed category (count → aggregate)", setf("b31-073", "category", "aggregate")),
    ("2025 people for 2026 in the yes/no", setf("b31-122", "figures", ["#1152"])),
    ("a changed-indicator list missing one (满意度)", drop_member("b31-141")),
    ("the other year's value made absent (2026 产前筛查 on the 2025 line)", setf("b31-139", "absent", ["≥6.2万例"])),
    ("the period value made absent", setf("b31-019", "absent", ["≥18万例"])),
    ("2026's goal figure for 2025's", first("b31-143", "6.8万例")),
    ("档案 count without the new two", first("b31-076", "#14")),
    ("登记 sum without 国资委's item", first("b31-088", "62539200元")),
    ("the 对下 share over 市本级", first("b31-089", "3.57%")),
    ("a goal figure with an indicator counterpart asked without 目标", setf("b31-053", "q", "不动产登记中心一年要办多少件登记业务")),
    ("人数 difference with 城管局 swapped sign source", first("b31-110", "#-8")),
    ("教师队伍 difference against 教育局's amount misread as 10x smaller", first("b31-113", "1000元")),
    ("least department named wrong", setf("b31-127", "figures", ["6947.52万元", "2687.35万元"])),
    ("其他资金 top named wrong", setf("b31-094", "names", ["东莞市教育局"])),
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
        p = Path(f"/tmp/b31_mut_{n:02d}.jsonl")
        p.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in copy), encoding="utf-8")
        rc = subprocess.run([sys.executable, str(HERE / "verify31.py"), str(p)], capture_output=True, text=True, env=env)
        ok = rc.returncode != 0
        caught += ok
        print(f"{'caught' if ok else 'MISSED'}: {what}: {rc.stdout.strip().splitlines()[0] if rc.stdout.strip() else ''}")
    print(f"{caught} of {len(MUTATIONS)} caught")
    return 0 if caught == len(MUTATIONS) else 1


if __name__ == "__main__":
    sys.exit(main())
