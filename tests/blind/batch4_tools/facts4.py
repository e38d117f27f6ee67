"""Load the 21 tables of /work/scratch/blind4 and give helpers (Decimal arithmetic)."""
import glob, json, os
from decimal import Decimal, ROUND_HALF_UP

DIR = "/work/scratch/blind4"
TABLES = []
for p in sorted(glob.glob(os.path.join(DIR, "*.json"))):
    d = json.load(open(p, encoding="utf-8"))
    d["_file"] = os.path.basename(p)
    TABLES.append(d)

ALIAS = {
    "自然资源": "东莞市自然资源局", "生态环境": "东莞市生态环境局", "总工会": "东莞市总工会",
    "科技": "东莞市科学技术局", "卫健": "东莞市卫生健康局", "教育": "东莞市教育局",
    "交通": "东莞市交通运输局", "湛江交通": "湛江市交通运输局", "人社": "东莞市人力资源和社会保障局",
    "城管": "东莞市城市管理和综合执法局", "民政": "东莞市民政局", "文广旅体": "东莞市文化广电旅游体育局",
    "湛江农业": "湛江市农业农村局", "机关事务": "东莞市机关事务管理局", "水务": "东莞市水务局",
}


def dept(key, year=None):
    name = ALIAS.get(key, key)
    c = [t for t in TABLES if t["kind"] == "department" and t["department"] == name
         and (year is None or t["year"] == year)]
    assert c, (key, year)
    return max(c, key=lambda t: t["year"])


def proj(name):
    c = [t for t in TABLES if t["kind"] == "project" and name in t["project"]]
    assert len(c) == 1, name
    return c[0]


def dec(x):
    return Decimal(str(x))


def bud(t, name):
    for b in t["budget"]:
        if b["name"] == name:
            return dec(b["amount_wan"])
    raise KeyError((t["department"], name))


def fund(t, name):
    for b in t["funds"]:
        if b["name"] == name:
            return dec(b["amount_wan"])
    raise KeyError(name)


def total(t):
    return bud(t, "基本支出") + bud(t, "项目支出") + (
        bud(t, "其他事业发展性支出") if any(b["name"] == "其他事业发展性支出" for b in t["budget"]) else 0)


def task(t, name):
    c = [x for x in t["tasks"] if x["name"] == name]
    assert len(c) == 1, (t["department"], name)
    return dec(c[0]["amount_yuan"])


def ind(t, name):
    c = [x for x in t["indicators"] if x["level3"] == name]
    assert len(c) == 1, (t.get("department"), name)
    return c[0]


def yuan(x):
    x = dec(x)
    if x == x.to_integral_value():
        return f"{int(x)}元"
    s = format(x.normalize(), "f")
    return s + "元"


def yuan2(x):
    """averages of 元: two decimals"""
    return f"{dec(x).quantize(Decimal('0.01'), ROUND_HALF_UP)}元"


def wan(x):
    return f"{dec(x).quantize(Decimal('0.01'), ROUND_HALF_UP)}万元"


def pct(a, b):
    return f"{(dec(a) * 100 / dec(b)).quantize(Decimal('0.01'), ROUND_HALF_UP)}%"


def ratio(a, b):
    return f"{(dec(a) / dec(b)).quantize(Decimal('0.01'), ROUND_HALF_UP)}"


def cnt(n):
    return f"#{n}"


def latest_departments(city="东莞市", year=None):
    """latest department table per department (optionally of one city / one year)"""
    by = {}
    for t in TABLES:
        if t["kind"] != "department":
            continue
        if city and not t["department"].startswith(city):
            continue
        if year is not None and t["year"] != year:
            continue
        if t["department"] not in by or t["year"] > by[t["department"]]["year"]:
            by[t["department"]] = t
    return list(by.values())


def stem(dep):
    return dep.replace("东莞市", "").replace("湛江市", "")


def all_text(t):
    parts = []
    for k in ("goals", "period_goals"):
        v = t.get(k)
        if isinstance(v, dict):
            for vv in v.values():
                parts += vv
        elif v:
            parts += v
    for x in t.get("tasks", []):
        parts += [x["name"], x["content"], x["expected"]]
    return "\n".join(parts)


if __name__ == "__main__":
    for t in TABLES:
        print(t["_file"], t["kind"], t["department"], t["year"],
              "total" if t["kind"] == "department" and t.get("budget") else "", 
              total(t) if t["kind"] == "department" and t.get("budget") else "")
