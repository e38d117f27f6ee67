"""Load all eleven tables of batch 2 and give exact helpers for the expected figures.

python3 facts2.py   prints budgets, totals, tasks and counts of every table.
"""
import glob
import json
import os
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

HERE = os.path.dirname(os.path.abspath(__file__))
DIRS = ["/work/scratch/blind/existing_tables", os.path.join(HERE, "..", "tables")]

T = {}
for d in DIRS:
    for f in sorted(glob.glob(os.path.join(d, "*.json"))):
        slug = os.path.basename(f)[:-5]
        T[slug] = json.loads(Path(f).read_text(encoding="utf-8"))

assert len(T) == 11, sorted(T)

STEM = {
    "zonggonghui": "总工会", "kejiju": "科学技术局", "jiaoyuju": "教育局", "weijianju": "卫生健康局",
    "jiaotongju": "交通运输局", "minzhengju": "民政局", "renshe": "人力资源和社会保障局",
    "chengguan": "城市管理和综合执法局",
}
DEPTS = list(STEM)


def slug(dept, year=2026):
    return f"{dept}_{year}"


def stem(s):
    return STEM[s.rsplit("_", 1)[0]]


def D(x):
    return Decimal(str(x))


def q2(x):
    return D(x).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


# ---- lookups -------------------------------------------------------------

def budget(s, line):
    for b in T[s]["budget"]:
        if b["name"] == line:
            return D(b["amount_wan"])
    raise KeyError((s, line))


def total(s):
    return budget(s, "基本支出") + budget(s, "项目支出") + budget(s, "其他事业发展性支出")


def tasks(s, section=None):
    return [t for t in T[s]["tasks"] if section is None or t["section"] == section]


def task(s, name):
    m = [t for t in T[s]["tasks"] if t["name"] == name]
    assert len(m) == 1, (s, name)
    return D(m[0]["amount_yuan"])


def has_task(s, name):
    return any(t["name"] == name for t in T[s]["tasks"])


def ind(s, name):
    m = [i for i in T[s]["indicators"] if i["level3"] == name]
    assert len(m) == 1, (s, name)
    return m[0]


def has_ind(s, name):
    return any(i["level3"] == name for i in T[s]["indicators"])


def text(s):
    t = T[s]
    parts = list(t["goals"])
    for x in t["tasks"]:
        parts += [x["content"], x["expected"]]
    return "\n".join(parts)


def in_prose(s, phrase):
    return phrase in "\n".join(T[s]["goals"]) or any(
        phrase in x["content"] or phrase in x["expected"] for x in T[s]["tasks"])


def in_goals(s, phrase):
    return phrase in "\n".join(T[s]["goals"])


# ---- formats -------------------------------------------------------------

def yuan(x):
    x = D(x)
    if x == x.to_integral_value():
        return f"{int(x)}元"
    return f"{x.normalize()}元"


def yuan2(x):
    return f"{q2(x)}元"


def wan(x):
    return f"{q2(x)}万元"


def pct(num, den):
    return f"{q2(D(num) * 100 / D(den))}%"


def cnt(n):
    return f"#{n}"


if __name__ == "__main__":
    for s, t in T.items():
        print(f"== {s} {t['department']} {t['year']} {t['basic_info']}")
        print("   budget", {b['name']: b['amount_wan'] for b in t['budget']}, "合计", total(s))
        for x in t["tasks"]:
            print("   T", x["section"][:2], x["name"], yuan(x["amount_yuan"]))
        print("   tasks", len(t["tasks"]), "key", len(tasks(s, "年度重点工作任务")), "indicators", len(t["indicators"]))
