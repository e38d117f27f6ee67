"""Mutation test of verify27.py: single changes to copies of batch_27.jsonl under /tmp; every one must be
caught (verify27.py exits 1 on the copy)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE.parent / "batch_27.jsonl"


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
    ("flipped yes/no (乡振局 over 4亿)", setf("b27-114", "yesno", "否")),
    ("flipped yes/no (智慧监管 9月底前 deadline)", setf("b27-116", "yesno", "是")),
    ("flipped yes/no (45支 threshold trap)", setf("b27-124", "yesno", "是")),
    ("flipped yes/no (老干局 vs 妇联 people)", setf("b27-119", "yesno", "是")),
    ("period value for the annual one (示范村)", first("b27-018", "≥90个")),
    ("annual value for the period follow-up (示范村)", first("b27-019", "≥30个")),
    ("农业农村局's look-alike for 乡振局's 示范村", first("b27-001", "152600000元")),
    ("发改局's look-alike for 乡振局's 东西部协作", first("b27-002", "152060000元")),
    ("医保局's look-alike for 老干局's 离休干部医疗费", first("b27-013", "12450000元")),
    ("社科联's journal for 老干局's", first("b27-015", "758500元")),
    ("发改局's 对口帮扶地区满意度 for 乡振局's", first("b27-020", "≥92%")),
    ("农业农村局's 农户满意度 for 乡振局's", first("b27-021", "≥90%")),
    ("2026 amount for 2025 (电子交易平台)", first("b27-132", "18570300元")),
    ("2026 budget for 2025", first("b27-129", "9516.72万元")),
    ("growth over this year's base", first("b27-131", "6.87%")),
    ("56 东莞 tables (the new ones forgotten)", first("b27-073", "#56")),
    ("乡振局 23rd instead of 24th", first("b27-087", "#23")),
    ("交易中心 46th instead of 45th", first("b27-088", "#46")),
    ("ok_or_clarify → ok (农户满意度)", setf("b27-155", "expect", "ok")),
    ("not_found → ok (乡振局 2025)", setf("b27-145", "expect", "ok")),
    ("not_found → ok (示范带 trap)", setf("b27-153", "expect", "ok")),
    ("swapped ranking order (专项 least two)", swap_names("b27-095")),
    ("indicator value for the prose fact (转移就业)", first("b27-044", "≥1万人")),
    ("dropped member (乡振局 over 1000万)", drop_member("b27-060")),
    ("broken chain", setf("b27-070", "followup_of", "b27-068")),
    ("absent equal to the figure", setf("b27-009", "absent", ["6380800元"])),
    ("dropped look-alike absent (高素质农民培训 trap)", drop_absent("b27-151")),
    ("all-department sum without the three new departments", first("b27-081", "3176804.86万元")),
    ("5000万–6000万 list without 老干局", setf("b27-065", "names", ["东莞市红十字会", "东莞市文学艺术界联合会"])),
    ("the rename asked by 2026 name, answered with the 2026 amount", first("b27-136", "4586200元")),
    ("2026 task count for 2025", setf("b27-138", "figures", ["#10", "37347800元"])),
    ("a figure nobody holds", first("b27-079", "45635900元")),
    ("figures on a not_found line", setf("b27-158", "figures", ["26430800元"])),
    ("share over the wrong base (基本 over 财政拨款)", first("b27-082", "31.19%")),
    ("under-50 count without 老干局", first("b27-076", "#12")),
    ("qualitative 2026 wording for 2025", first("b27-140", "持续提升")),
    ("帮扶 ranking reversed", setf("b27-096", "names", ["人道救助和困难群众帮扶资金", "东西部协作产业帮扶资金",
                                                   "对口帮扶协作专项资金"])),
    ("two asks answered in the wrong order (年度 / 实施周期)", swap_figures("b27-024")),
    ("文联's budget swapped with 老干局's in a comparison", setf("b27-106", "figures", ["27.46万元", "5196.84万元",
                                                                              "5169.38万元"])),
    ("a changed category (count → aggregate)", setf("b27-071", "category", "aggregate")),
    ("2025 people for 2026 in the difference", setf("b27-105", "figures", ["#23", "#63", "#86"])),
    ("侨联's goal figure for 乡振局's 慰问金", first("b27-048", "120万元")),
    ("发改局's goal figure for 乡振局's 新引进企业", first("b27-043", "45个")),
    ("期刊 ranking with 文联 first", setf("b27-097", "names", ["《东莞文艺》刊物编辑出版经费", "《东莞社会科学》刊物编辑出版经费",
                                                          "《东莞老干部》刊物编印和老干部工作宣传经费"])),
    ("宣传 least: 民政局's for 老干局's", setf("b27-090", "names", ["慈善宣传活动经费"])),
    ("红会 as the least 信息化 item", first("b27-092", "986300元")),
    ("a changed-indicator list missing one (市场主体满意度)", drop_member("b27-141")),
    ("党校's 培训学员满意度 for 老干部大学学员满意度", first("b27-160", "≥96%")),
    ("红会's people changed in a comparison's second value", setf("b27-108", "figures", ["#1", "#42", "#40"])),
    ("dropped the 850户 absent (侨联's goal)", drop_absent("b27-047")),
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
        p = Path(f"/tmp/b27_mut_{n:02d}.jsonl")
        p.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in copy), encoding="utf-8")
        rc = subprocess.run([sys.executable, str(HERE / "verify27.py"), str(p)], capture_output=True, text=True, env=env)
        ok = rc.returncode != 0
        caught += ok
        print(f"{'caught' if ok else 'MISSED'}: {what}: {rc.stdout.strip().splitlines()[0] if rc.stdout.strip() else ''}")
    print(f"{caught} of {len(MUTATIONS)} caught")
    return 0 if caught == len(MUTATIONS) else 1


if __name__ == "__main__":
    sys.exit(main())
