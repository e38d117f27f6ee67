"""Mutation test of verify32.py: single changes to copies of batch_32.jsonl under /tmp; every one must be
caught (verify32.py exits 1 on the copy)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE.parent / "batch_32.jsonl"


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
    ("flipped yes/no (社保 over 3亿)", setf("b32-114", "yesno", "否")),
    ("flipped yes/no (3个工作日)", setf("b32-116", "yesno", "是")),
    ("flipped yes/no (8月前 deadline)", setf("b32-117", "yesno", "否")),
    ("flipped yes/no (全是财政拨款)", setf("b32-118", "yesno", "是")),
    ("flipped yes/no (卫监所 vs 血站 people)", setf("b32-119", "yesno", "是")),
    ("flipped yes/no (救助站 least)", setf("b32-121", "yesno", "是")),
    ("flipped yes/no (500元 threshold)", setf("b32-125", "yesno", "是")),
    ("period value for the annual one (资格认证)", first("b32-018", "≥360万人次")),
    ("annual value for the period follow-up (公共场所)", first("b32-024", "≥24000户次")),
    ("医保局's 信息化 for 社保中心's", first("b32-001", "18570000元")),
    ("人社局's 仲裁 for 社保's 稽核", first("b32-003", "8760000元")),
    ("不动产's 窗口外包 for 社保's", first("b32-004", "15280500元")),
    ("医保局's 宣传 for 社保's", first("b32-005", "1358600元")),
    ("市监局's 执法办案 for 卫监所's", first("b32-006", "7815000元")),
    ("疾控's 职业病 for 卫监所's", first("b32-007", "7536200元")),
    ("市监局's 培训 for 卫监所's", first("b32-009", "1268500元")),
    ("民政局's 信息化 for 福利中心's", first("b32-014", "4650000元")),
    ("民政局's 床位 annual for 福利中心's", first("b32-029", "≥1200张")),
    ("民政局's 护理型床位占比 for 福利中心's", first("b32-030", "≥60%")),
    ("2026 amount for 2025 (信息系统)", first("b32-002", "18570700元")),
    ("2026 budget for 2025", first("b32-129", "30100.28万元")),
    ("growth over this year's base", first("b32-131", "5.82%")),
    ("72 东莞 tables (the new ones forgotten)", first("b32-075", "#72")),
    ("社保 36th instead of 35th", first("b32-035", "#36")),
    ("福利中心 41st", first("b32-091", "#41")),
    ("救助站 70th", first("b32-095", "#70")),
    ("ok_or_clarify → ok (新增养老床位)", setf("b32-158", "expect", "ok")),
    ("not_found → ok (社保 2024)", setf("b32-145", "expect", "ok")),
    ("not_found → ok (人社局's item asked of 社保)", setf("b32-153", "expect", "ok")),
    ("swapped order (four departments)", swap_names("b32-101")),
    ("swapped order (least five)", swap_names("b32-100")),
    ("indicator value for the prose fact (社保卡)", first("b32-044", "≥45万张")),
    ("indicator value for the prose fact (救助人次)", first("b32-053", "≥3600人次")),
    ("dropped member (卫监所 一百万–两百万)", drop_member("b32-061")),
    ("dropped member (160–180 people, 机关事务局 forgotten)", drop_member("b32-067")),
    ("broken chain", setf("b32-071", "followup_of", "b32-069")),
    ("absent equal to the figure", setf("b32-010", "absent", ["5648300元"])),
    ("dropped look-alike absent (医保局 信息化)", drop_absent("b32-001")),
    ("dropped look-alike absent (trap 城乡居民养老)", drop_absent("b32-153")),
    ("all-department sum without the four new", first("b32-083", "3696159.01万元")),
    ("the rename asked by the 2025 name, answered with 2026's", first("b32-135", "15281200元")),
    ("2026 task count for 2025", setf("b32-138", "figures", ["#10", "56593100元"])),
    ("a figure nobody holds", first("b32-079", "64595300元")),
    ("figures on a not_found line", setf("b32-151", "figures", ["5642800元"])),
    ("share over the wrong base (其他资金 over 财政拨款)", first("b32-084", "3.58%")),
    ("qualitative 2026 wording for 2025", first("b32-140", "持续提升")),
    ("两项 in the wrong order (财政拨款 / 其他资金)", swap_figures("b32-034")),
    ("a changed category", setf("b32-072", "category", "aggregate")),
    ("a changed-indicator list missing one", drop_member("b32-141")),
    ("the other year's value made absent", setf("b32-139", "absent", ["≥120万人次"])),
    ("the period value made absent", setf("b32-018", "absent", ["≥360万人次"])),
    ("2026's goal figure for 2025's", first("b32-143", "48万张")),
    ("监督 count without 卫监所's items", first("b32-076", "#8")),
    ("a counterpart goal figure asked without 目标", setf("b32-053", "q", "救助站全年救助多少人次")),
    ("difference with the wrong sign source", first("b32-110", "#-1")),
    ("监督 top led by 卫监所's item", setf("b32-098", "names", ["医疗卫生执法监督和打击非法行医经费"])),
    ("the least department named wrong (救助站 among the five)", setf("b32-100", "names",
     ["东莞市归国华侨联合会", "东莞市社会科学界联合会", "共青团东莞市委员会", "东莞市地方志办公室", "东莞市救助管理站"])),
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
        p = Path(f"/tmp/b32_mut_{n:02d}.jsonl")
        p.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in copy), encoding="utf-8")
        rc = subprocess.run([sys.executable, str(HERE / "verify32.py"), str(p)], capture_output=True, text=True, env=env)
        ok = rc.returncode != 0
        caught += ok
        print(f"{'caught' if ok else 'MISSED'}: {what}: {rc.stdout.strip().splitlines()[0] if rc.stdout.strip() else ''}")
    print(f"{caught} of {len(MUTATIONS)} caught")
    return 0 if caught == len(MUTATIONS) else 1


if __name__ == "__main__":
    sys.exit(main())
