"""Second, independent check of batch_02.jsonl.

Every figure is classified: a value printed in some table (task amount, budget line,
indicator value, basic-info count, prose phrase) or a derived value. Derived values are
recomputed here a second way (integer arithmetic on cents/元, not Decimal helpers) from a
table of expected derivations keyed by question id.
"""
import json
import os
from pathlib import Path

from facts2 import T, text

HERE = os.path.dirname(os.path.abspath(__file__))
Q = [json.loads(line) for line in Path(HERE, "..", "batch_02.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]

direct = set()
for _s, t in T.items():
    for x in t["tasks"]:
        a = x["amount_yuan"]
        direct.add(f"{int(a)}元" if a == int(a) else f"{a}元")
    for b in t["budget"]:
        direct.add(f"{b['amount_wan']:.2f}万元")
    for i in t["indicators"]:
        direct |= {i["annual_value"], i["period_value"]}
    for v in t["basic_info"].values():
        direct.add(f"#{v}")
prose_all = "\n".join(text(s) for s in T)


def cents(s, line):
    return round(next(b["amount_wan"] for b in T[s]["budget"] if b["name"] == line) * 100)


def tot(s):
    return sum(cents(s, name) for name in ("基本支出", "项目支出", "其他事业发展性支出"))


def yuan_(s, name):
    return next(x["amount_yuan"] for x in T[s]["tasks"] if x["name"] == name)


def w(c):
    return f"{c // 100}.{c % 100:02d}万元" if c >= 0 else "-" + w(-c)


def p(num, den):  # half-up percentage with two decimals from integers
    q, r = divmod(num * 10000 * 2 + den, den * 2)
    return f"{q // 100}.{q % 100:02d}%"


Y26 = [s for s in T if s.endswith("2026")]
R, C, M, J, E = "renshe_2026", "chengguan_2026", "minzhengju_2026", "jiaotongju_2026", "jiaoyuju_2026"
sumC = sum(x["amount_yuan"] for x in T[C]["tasks"])
sumR = sum(x["amount_yuan"] for x in T[R]["tasks"])
keyR = sum(x["amount_yuan"] for x in T[R]["tasks"] if x["section"] == "年度重点工作任务")
DERIVED = {
    "110650000元": 41730000 + 68920000,
    "440000元": 6420000 - 5980000,
    "584100000元": keyR,
    "46.00%": p(keyR, sumR),
    "115956500元": sum(x["amount_yuan"] for x in T[C]["tasks"] if x["section"] != "年度重点工作任务"),
    "755526500元": sumC,
    "6.10%": p(cents(R, "基本支出"), tot(R)),
    "81636.26万元": w(cents(C, "项目支出") - cents(C, "基本支出")),
    "319386.31万元": w(tot(R) + tot(C)),
    "83947388.89元": f"{sumC * 100 // 9 // 100}.{(sumC * 100 * 2 + 9) // 18 % 100:02d}元",
    "64.37%": p(yuan_(C, "生活垃圾无害化处理经费"), sumC),
    "66550000元": 27450000 + 17450000 + 21650000,
    "96.86%": p(cents(R, "财政拨款"), tot(R)),
    "5340000元": 36540000 - 31200000,
    "1141900.02万元": w(sum(tot(s) for s in Y26)),
    "2271.85万元": w(cents(R, "其他资金") - cents(C, "其他资金")),
    "22800000元": yuan_(R, "人社信息化建设经费") - yuan_(M, "民政信息化建设经费"),
    "133420000元": yuan_(E, "学生资助") - yuan_(R, "技工院校学生资助经费"),
    "217.24万元": w(tot("zonggonghui_2026") - tot("zonggonghui_2025")),
    "13000000元": yuan_("kejiju_2026", "高新技术企业培育") - yuan_("kejiju_2025", "高新技术企业培育"),
    "6.03%": p(yuan_("weijianju_2026", "基本公共卫生服务项目经费") - yuan_("weijianju_2025", "基本公共卫生服务项目经费"),
               yuan_("weijianju_2025", "基本公共卫生服务项目经费")),
    "5.71%": p(cents("weijianju_2026", "项目支出") - cents("weijianju_2025", "项目支出"), cents("weijianju_2025", "项目支出")),
}
TOTALS = {w(tot(s)) for s in T}

bad = 0
for q in Q:
    for f in q["figures"]:
        if f in direct or f in TOTALS:
            continue
        if f in prose_all:
            continue
        if f.startswith("#"):
            continue  # counts: checked in gen_batch2 by construction; listed below
        v = DERIVED.get(f)
        if v is None:
            print("UNEXPLAINED", q["id"], f, q["q"])
            bad += 1
            continue
        v = v if isinstance(v, str) else f"{v}元"
        if v != f:
            print("MISMATCH", q["id"], f, "recomputed", v)
            bad += 1
print("counts:", [(q["id"], q["figures"]) for q in Q if any(f.startswith("#") and f not in direct for f in q["figures"])])
print("problems:", bad)
