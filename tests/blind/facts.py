"""Load the nine ground-truth tables and print the facts the questions are computed from."""
import json
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
EXISTING = Path("/work/scratch/blind/existing_tables")
SLUGS = ["zonggonghui_2025", "zonggonghui_2026", "kejiju_2025", "kejiju_2026", "jiaoyuju_2026",
         "weijianju_2025", "weijianju_2026", "jiaotongju_2026", "minzhengju_2026"]


def load(slug):
    p = HERE / "tables" / f"{slug}.json"
    if not p.exists():
        p = EXISTING / f"{slug}.json"
    return json.loads(p.read_text("utf-8"))


T = {s: load(s) for s in SLUGS}


def D(x):
    return Decimal(str(x))


def r2(x):
    return D(x).quantize(Decimal("0.01"), ROUND_HALF_UP)


def wan(x):
    return f"{r2(x)}万元"


def yuan(x):
    d = D(x)
    if d == d.to_integral_value():
        return f"{int(d)}元"
    return f"{d.normalize()}元"


def pct(a, b):
    return f"{r2(D(a) * 100 / D(b))}%"


def budget(slug, name):
    for b in T[slug]["budget"]:
        if b["name"] == name:
            return D(b["amount_wan"])
    return None


def total(slug):
    return budget(slug, "基本支出") + budget(slug, "项目支出") + budget(slug, "其他事业发展性支出")


def task(slug, name):
    for t in T[slug]["tasks"]:
        if t["name"] == name:
            return t
    raise KeyError((slug, name))


def amt(slug, name):
    return D(task(slug, name)["amount_yuan"])


if __name__ == "__main__":
    for s, t in T.items():
        print("=====", s, t["department"], t["year"], t["basic_info"])
        for b in t["budget"]:
            print(f"   {b['name']}: {r2(b['amount_wan'])}")
        print("   合计(基本+项目+其他事业):", r2(total(s)), " 财政拨款+其他资金:",
              r2(budget(s, "财政拨款") + budget(s, "其他资金")))
        ks = [x for x in t["tasks"] if x["section"] == "年度重点工作任务"]
        os_ = [x for x in t["tasks"] if x["section"] != "年度重点工作任务"]
        print(f"   tasks {len(t['tasks'])} (key {len(ks)}, other {len(os_)}), sum {yuan(sum(D(x['amount_yuan']) for x in t['tasks']))}"
              f" key sum {yuan(sum(D(x['amount_yuan']) for x in ks))} other sum {yuan(sum(D(x['amount_yuan']) for x in os_))}")
        for x in t["tasks"]:
            print(f"     [{x['section'][:2]}] {x['name']}: {yuan(x['amount_yuan'])}")
        print(f"   indicators {len(t['indicators'])}")
        from collections import Counter
        print("    by level1", dict(Counter(i['level1'] for i in t['indicators'])))
        print("    by level2", dict(Counter(i['level2'] for i in t['indicators'])))


def ind(slug, level3, which="annual_value"):
    for i in T[slug]["indicators"]:
        if i["level3"] == level3:
            return i[which]
    raise KeyError((slug, level3))


def ind_row(slug, level3):
    for i in T[slug]["indicators"]:
        if i["level3"] == level3:
            return i
    raise KeyError((slug, level3))


def tasks(slug, section=None):
    return [t for t in T[slug]["tasks"] if section is None or t["section"] == section]


def goals_text(slug):
    return "".join(T[slug]["goals"])
