"""Mutation test of verify28.py: single changes to copies of batch_28.jsonl under /tmp; every one must be
caught (verify28.py exits 1 on the copy)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE.parent / "batch_28.jsonl"


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
    ("flipped yes/no (园林中心 over 2亿)", setf("b28-114", "yesno", "否")),
    ("flipped yes/no (指挥中心 9月底 deadline)", setf("b28-116", "yesno", "是")),
    ("flipped yes/no (清明前 deadline)", setf("b28-117", "yesno", "否")),
    ("flipped yes/no (4处 threshold trap)", setf("b28-128", "yesno", "是")),
    ("flipped yes/no (国动办 vs 人防办 budget)", setf("b28-120", "yesno", "是")),
    ("period value for the annual one (口袋公园)", first("b28-018", "≥135个")),
    ("annual value for the period follow-up (口袋公园)", first("b28-019", "≥45个")),
    ("交通局's look-alike for 园林中心's 养护", first("b28-001", "58300000元")),
    ("林业局's look-alike for 园林中心's 口袋公园", first("b28-003", "21600800元")),
    ("林业局's 古树名木 for 园林中心's", first("b28-005", "2485600元")),
    ("人防办's 指挥信息系统 for 国动办's", first("b28-008", "28460300元")),
    ("人防办's 演练 for 国动办's", first("b28-009", "3265600元")),
    ("民政局's 殡葬 item for 殡葬所's", first("b28-013", "12800000元")),
    ("人防办's 训练人均成本 for 国动办's", first("b28-024", "≤800元/人")),
    ("林业局's 补助标准 for 园林中心's", first("b28-021", "≤150万元/个")),
    ("2026 amount for 2025 (指挥信息系统)", first("b28-132", "28460800元")),
    ("人防办 2025 look-alike for 国动办 2025", first("b28-132", "24650000元")),
    ("2026 budget for 2025", first("b28-129", "15235.66万元")),
    ("growth over this year's base", first("b28-131", "8.25%")),
    ("59 东莞 tables (the new ones forgotten)", first("b28-076", "#59")),
    ("国动办 41st instead of 40th", first("b28-090", "#41")),
    ("园林中心 31st instead of 32nd", first("b28-034", "#31")),
    ("殡葬所 倒数 from the top", first("b28-091", "#50")),
    ("ok_or_clarify → ok (指挥信息系统)", setf("b28-156", "expect", "ok")),
    ("not_found → ok (园林中心 2025)", setf("b28-147", "expect", "ok")),
    ("not_found → ok (殡葬所 基本殡葬服务免费补助 trap)", setf("b28-155", "expect", "ok")),
    ("swapped ranking order (公园)", swap_names("b28-095")),
    ("indicator value for the prose fact (火化遗体)", first("b28-055", "≥1.1万具")),
    ("林业局's goal figure for 园林中心's 绿道", first("b28-044", "60公里")),
    ("民政局's goal figure for 殡葬所's 葬区", first("b28-058", "2处")),
    ("人防办's goal figure for 国动办's 节点", first("b28-049", "32个")),
    ("dropped member (园林中心 over 2000万)", drop_member("b28-062")),
    ("broken chain", setf("b28-073", "followup_of", "b28-071")),
    ("absent equal to the figure", setf("b28-016", "absent", ["6850600元"])),
    ("dropped look-alike absent (人防办 宣传 trap)", drop_absent("b28-159")),
    ("dropped look-alike absent (人防办 指挥信息系统)", drop_absent("b28-008")),
    ("all-department sum without the three new departments", first("b28-084", "3236171.34万元")),
    ("1.5亿–1.8亿 list without 国动办", setf("b28-070", "names", ["东莞市人民防空办公室", "东莞市供销合作社",
                                                              "东莞市残疾人联合会", "东莞市金融工作局"])),
    ("the rename asked by 2026 name, answered with the 2026 amount", first("b28-136", "957200元")),
    ("2026 task count for 2025", setf("b28-138", "figures", ["#10", "99398500元"])),
    ("a figure nobody holds", first("b28-081", "160660100元")),
    ("figures on a not_found line", setf("b28-152", "figures", ["3265400元"])),
    ("share over the wrong base (基本 over 财政拨款)", first("b28-085", "23.26%")),
    ("under-60 count without 殡葬所", first("b28-079", "#16")),
    ("qualitative 2026 wording for 2025", first("b28-140", "持续健全")),
    ("宣传 ranking with 民政局 first", setf("b28-094", "names", ["慈善宣传活动经费", "《东莞老干部》刊物编印和老干部工作宣传经费",
                                                           "文明祭扫和殡葬改革宣传经费"])),
    ("two asks answered in the wrong order (年度 / 实施周期)", swap_figures("b28-022")),
    ("人防办's budget swapped with 国动办's in a comparison", setf("b28-102", "figures", ["672.98万元", "15908.64万元",
                                                                                "15235.66万元"])),
    ("a changed category (count → aggregate)", setf("b28-074", "category", "aggregate")),
    ("2025 people for 2026 in the difference", setf("b28-103", "figures", ["#17", "#79", "#64"])),
    ("a changed-indicator list missing one (国动办 满意度)", drop_member("b28-141")),
    ("社科联's 培训 as the least", first("b28-092", "586300元")),
    ("the other year's value made absent (2025 体制机制)", setf("b28-027", "absent", ["逐步健全"])),
    ("the period value made absent", setf("b28-018", "absent", ["≥135个"])),
    ("林业局 people for 园林中心's in a comparison", setf("b28-106", "figures", ["#112", "#264", "#152"])),
    ("2025's 演练 goal figure as 2026's", first("b28-143", "12次")),
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
        p = Path(f"/tmp/b28_mut_{n:02d}.jsonl")
        p.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in copy), encoding="utf-8")
        rc = subprocess.run([sys.executable, str(HERE / "verify28.py"), str(p)], capture_output=True, text=True, env=env)
        ok = rc.returncode != 0
        caught += ok
        print(f"{'caught' if ok else 'MISSED'}: {what}: {rc.stdout.strip().splitlines()[0] if rc.stdout.strip() else ''}")
    print(f"{caught} of {len(MUTATIONS)} caught")
    return 0 if caught == len(MUTATIONS) else 1


if __name__ == "__main__":
    sys.exit(main())
