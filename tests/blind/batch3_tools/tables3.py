"""Load the 19 tables of batch 3 (scratch/blind3/*.json) and give small helpers.

Every figure of batch_03.jsonl is computed through these helpers; nothing is typed by hand
except the question text and the names/phrases, which gen_batch3.py checks against the tables.
"""
import glob
import json
import os
import pathlib
from decimal import ROUND_HALF_UP, Decimal

SRC = os.environ.get("BLIND3_SRC", "/work/scratch/blind3")

KEYS = {
    "东莞市总工会_整体_2025.json": "zgh25",
    "东莞市总工会_整体_2026.json": "zgh26",
    "东莞市科学技术局_整体_2025.json": "kj25",
    "东莞市科学技术局_整体_2026.json": "kj26",
    "东莞市教育局_整体_2026.json": "jy26",
    "东莞市卫生健康局_整体_2025.json": "wj25",
    "东莞市卫生健康局_整体_2026.json": "wj26",
    "东莞市交通运输局_整体_2022.json": "jt22",
    "东莞市交通运输局_整体_2026.json": "jt26",
    "东莞市民政局_整体_2026.json": "mz26",
    "东莞市人力资源和社会保障局_整体_2026.json": "rs26",
    "东莞市城市管理和综合执法局_整体_2026.json": "cg26",
    "东莞市文化广电旅游体育局_整体_2023.json": "wl23",
    "湛江市交通运输局_整体_2025.json": "zjjt25",
    "湛江市农业农村局_整体_2024.json": "zjny24",
    "东莞市交通运输局_镇际联网路升级改造工程一期_2019.json": "p_lwl",
    "东莞市水务局_东江与运河水系连通工程_2020.json": "p_sx",
    "东莞市卫生健康局_基本公共卫生服务补助资金_2025.json": "p_gw",
    "东莞市机关事务管理局_物业管理费支出_2026.json": "p_wy",
}

T = {}
for path in sorted(glob.glob(os.path.join(SRC, "*.json"))):
    name = os.path.basename(path)
    T[KEYS[name]] = json.loads(pathlib.Path(path).read_text(encoding="utf-8"))
assert len(T) == 19, len(T)

def D(x):
    return Decimal(str(x))
Q2 = Decimal("0.01")


def q2(x):
    return D(x).quantize(Q2, rounding=ROUND_HALF_UP)


def fmt_yuan(x):
    x = D(x)
    if x == x.to_integral_value():
        return f"{int(x)}元"
    return f"{x.normalize()}元"


def fmt_wan(x):
    return f"{q2(x)}万元"


def fmt_pct(a, b):
    return f"{q2(D(a) / D(b) * 100)}%"


def fmt_avg_yuan(total, n):
    return f"{q2(D(total) / D(n))}元"


def cnt(n):
    return f"#{n}"


# ---------------------------------------------------------------- department tables
def task(k, name):
    hits = [t for t in T[k]["tasks"] if t["name"] == name]
    assert len(hits) == 1, (k, name)
    return hits[0]


def task_amt(k, name):
    return D(task(k, name)["amount_yuan"])


def ty(k, name):
    """task money as the answer prints it"""
    return fmt_yuan(task_amt(k, name))


def tasks(k, section=None):
    return [t for t in T[k]["tasks"] if section is None or t["section"].startswith(section)]


def task_sum(k, names=None):
    return sum((D(t["amount_yuan"]) for t in T[k]["tasks"] if names is None or t["name"] in names), D(0))


def bl(k, name):
    hits = [b for b in T[k]["budget"] if b["name"] == name]
    assert len(hits) == 1, (k, name)
    return D(hits[0]["amount_wan"])


def bw(k, name):
    return fmt_wan(bl(k, name))


def has_bl(k, name):
    return any(b["name"] == name for b in T[k]["budget"])


IDENTITY_EXCEPTIONS = {"kj25"}


def total(k):
    """部门预算合计 = 基本支出 + 项目支出 + 其他事业发展性支出 (checked = 财政拨款 + 其他资金)"""
    t = bl(k, "基本支出") + bl(k, "项目支出") + (bl(k, "其他事业发展性支出") if has_bl(k, "其他事业发展性支出") else 0)
    if t != bl(k, "财政拨款") + bl(k, "其他资金"):
        # 科学技术局 2025: 2298.40+45310.00+1150.00 = 48758.40 but 财政拨款+其他资金 = 48759.40.
        # The brief defines 部门预算合计 as the sum of the expenditure lines, so that is what counts.
        assert k in IDENTITY_EXCEPTIONS, (k, t)
    return t


def ind(k, name):
    hits = [i for i in T[k]["indicators"] if i["level3"] == name]
    assert len(hits) == 1, (k, name)
    return hits[0]


def ia(k, name):
    return ind(k, name)["annual_value"]


def ip(k, name):
    v = ind(k, name)["period_value"]
    assert v is not None
    return v


def inds(k, level1=None, level2=None):
    return [i for i in T[k]["indicators"]
            if (level1 is None or i["level1"] == level1) and (level2 is None or i["level2"] == level2)]


def fund(k, name):
    hits = [f for f in T[k]["funds"] if f["name"] == name]
    assert len(hits) == 1, (k, name)
    return D(hits[0]["amount_wan"])


def fw(k, name):
    return fmt_wan(fund(k, name))


def text_of(k):
    """all the text of one table (for checking that prose phrases and names occur)"""
    return json.dumps(T[k], ensure_ascii=False)


def goals_text(k):
    d = T[k]
    g = d["goals"]
    if isinstance(g, dict):
        parts = g.get("period", []) + g.get("annual", [])
    else:
        parts = list(g) + list(d.get("period_goals", []))
    return "\n".join(parts)


def dept_latest():
    """latest department table per department (key list)"""
    best = {}
    for k, d in T.items():
        if d["kind"] != "department":
            continue
        dep = d["department"]
        if dep not in best or T[best[dep]]["year"] < d["year"]:
            best[dep] = k
    return best


if __name__ == "__main__":
    for k, d in T.items():
        if d["kind"] == "department":
            tot = total(k) if d["budget"] else None
            print(k, d["department"], d["year"], "合计", tot, "任务", len(d["tasks"]), "指标", len(d["indicators"]),
                  "任务和", task_sum(k))
        else:
            print(k, d["department"], d["project"], d["year"], [(f["name"], f["amount_wan"]) for f in d["funds"]])
