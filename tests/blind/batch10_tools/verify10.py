"""Second, independent check of tests/blind/batch_10.jsonl (0 errors required).

Written apart from gen_batch10.py / truth10.py: loads the tables itself (batches.json's list for
batch_10); checks the two new tables against values typed here by hand; checks the schema; accepts a
figure only if it is a stored value of a table the question (chain) names or equals a recipe typed
here by hand; checks list members / ranking orders / yes-no answers against hand lists; checks prose
figures occur only in the goals of the named table; checks absent strings are real values.
"""

from __future__ import annotations

import json
import re
import sys
from decimal import Decimal, ROUND_HALF_UP
from pathlib import Path

HERE = Path(__file__).resolve().parent
BLIND = HERE.parent
ROOT = BLIND.parents[1]
sys.path.insert(0, str(ROOT))
CATS = {"item_money", "indicator", "overview", "prose", "filter", "count", "aggregate", "ranking",
        "compare", "structure", "yesno", "yoy", "typo", "not_found", "trap", "followup"}
FIELDS = ["id", "q", "category", "expect", "figures", "names", "yesno", "absent", "followup_of", "note"]
d = lambda v: Decimal(str(v))
r2 = lambda x: d(x).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
Y = lambda x: f"{int(d(x))}元" if d(x) == int(d(x)) else f"{d(x).normalize()}元"
W = lambda x: f"{r2(x)}万元"
PCT = lambda a, b: f"{r2(d(a) * 100 / d(b))}%"


def load():
    names = json.loads((BLIND / "batches.json").read_text(encoding="utf-8"))["batch_10.jsonl"]
    assert names[-2:] == ["tongjiju_2026", "tuiyijunren_2026"]
    from tests.fixtures.tables import FIXTURES
    tabs = {f.slug: dict(f.export) for f in FIXTURES}
    forms = json.loads((HERE.parent / "batch6_tools" / "forms6_truth.json").read_text(encoding="utf-8"))
    for n in names:
        if n.startswith("import:"):
            tabs[Path(n).stem] = forms[Path(n).stem]
        else:
            tabs[n] = json.loads((BLIND / "tables" / f"{n}.json").read_text(encoding="utf-8"))
    return tabs


def heji(t):
    b = {x["name"]: d(x["amount_wan"]) for x in t.get("budget", [])}
    return b["基本支出"] + b["项目支出"] + b.get("其他事业发展性支出", 0) if "基本支出" in b else None


def atoms(t):
    out = {Y(x["amount_yuan"]) for x in t.get("tasks", [])} | {W(x["amount_wan"]) for x in t.get("budget", [])}
    out |= {W(x["amount_wan"]) for x in t.get("funds", [])}
    if heji(t) is not None:
        out.add(W(heji(t)))
    for i in t.get("indicators", []):
        out |= {i["annual_value"], i.get("period_value") or ""}
    out |= {f"#{v}" for v in (t.get("basic_info") or {}).values()}
    return out


def goals(t):
    g = t["goals"]
    return list(g) if isinstance(g, list) else g["period"] + g["annual"]


TJ, TY = "tongjiju_2026", "tuiyijunren_2026"
ALIASES = [("统计", [TJ]), ("統計", [TJ]), ("统汁", [TJ]), ("普查", [TJ]), ("四上", [TJ]), ("住户调查", [TJ]),
           ("退役", [TY]), ("退伇", [TY]), ("軍人", [TY]), ("优抚", [TY]), ("光荣院", [TY]), ("致敬英雄", [TY]),
           ("拥军", [TY]), ("帮扶援助", [TY]), ("民政", ["minzhengju_2026"]), ("医保", ["yibaoju_2026"]),
           ("商务", ["shangwuju_2026"]), ("司法", ["sifaju_2026"]), ("总工会", ["zonggonghui_2026", "zonggonghui_2025"]),
           ("科技局", ["kejiju_2026", "kejiju_2025"]), ("卫健", ["weijianju_2026", "weijianju_2025"]),
           ("交通", ["jiaotongju_2026"]), ("高素质农民", ["nongyenongcun_2026"]), ("文化体育", ["wenguangluti_2026"])]

# ---------------------------------------------------------------- typed by hand
HAND = {TJ: {"基本支出": "2468.35", "项目支出": "6852.40", "其他事业发展性支出": "318.60", "财政拨款": "9426.18",
             "其他资金": "213.17", "财政专项资金": "4200.00", "市本级使用资金": "3650.00", "拟用于对下转移支付资金": "550.00"},
        TY: {"基本支出": "2186.54", "项目支出": "38452.76", "其他事业发展性支出": "642.30", "财政拨款": "40865.32",
             "其他资金": "416.28", "财政专项资金": "31500.00", "市本级使用资金": "24300.00", "拟用于对下转移支付资金": "7200.00"}}
TJ_T = [21360000, 18650000, 4580000, 2350000, 1286000, 865000]
TY_T = [186500000, 96800000, 12560000, 8460000, 6850000, 5230000, 4568000, 3806000, 2365000]
TJ_TOT, TY_TOT = d("9639.35"), d("41281.60")
SF_TOT, ZGH_TOT = d("9412.58") + d("31286.74") + d("1248.60"), d("1666.42") + d("2180.04") + d("352.44")
# the 19 东莞 2026 departments of batch 9 (copied from verify9.py, typed by hand there)
DG_TOTALS = {  # 预算合计 of the 19 东莞 2026 部门整体 tables, 万元 (基本 + 项目 + 其他事业发展性)
    "教育局": d("125430.18") + d("286754.62") + d("18600"),
    "人力资源和社会保障局": d("12386.54") + d("186420.73") + d("4318.60"),
    "交通运输局": d("5428.66") + d("138652.30") + d("2145.00"),
    "水务局": d("8236.54") + d("124687.38") + d("2415.60"),
    "住房和城乡建设局": d("7856.34") + d("118642.57") + d("2436.80"),
    "城市管理和综合执法局": d("15832.09") + d("97468.35") + d("2960.00"),
    "卫生健康局": d("8652.37") + d("96418.25") + d("3265.80"),
    "医疗保障局": d("4127.86") + d("97865.40") + d("926.50"),
    "自然资源局": d("9876.43") + d("84532.17") + d("1864.50"),
    "民政局": d("6824.15") + d("72368.90") + d("1587.30"),
    "农业农村局": d("6518.27") + d("68945.36") + d("1836.90"),
    "文化广电旅游体育局": d("14286.35") + d("52748.60") + d("1865.20"),
    "生态环境局": d("7245.18") + d("58930.64") + d("1372.40"),
    "商务局": d("3865.42") + d("58736.15") + d("1452.80"),
    "市场监督管理局": d("23458.63") + d("38264.95") + d("2176.40"),
    "科学技术局": d("2356.78") + d("48620.50") + d("1210"),
    "应急管理局": d("5386.72") + d("42615.48") + d("1268.30"),
    "司法局": d("9412.58") + d("31286.74") + d("1248.60"),
    "总工会": d("1666.42") + d("2180.04") + d("352.44"),
}
PEOPLE = {"教育局": 5268, "人力资源和社会保障局": 486, "交通运输局": 186, "水务局": 356, "住房和城乡建设局": 286,
          "城市管理和综合执法局": 724, "卫生健康局": 312, "医疗保障局": 168, "自然资源局": 412, "民政局": 143,
          "农业农村局": 298, "文化广电旅游体育局": 628, "生态环境局": 268, "商务局": 142, "市场监督管理局": 1026,
          "科学技术局": 68, "应急管理局": 215, "司法局": 326, "总工会": 37}
OTHERS_TOTAL_19 = sum(DG_TOTALS.values())
PEOPLE_19 = sum(PEOPLE.values())
RECIPES = {
    "b10-031": ["38452.76万元", PCT("38452.76", TY_TOT)],
    "b10-049": [Y(186500000 + 96800000 + 12560000)],
    "b10-066": [Y(sum(TJ_T))], "b10-067": [f"{r2(d(sum(TJ_T)) / 6)}元"],
    "b10-068": [Y(186500000 + 96800000)], "b10-069": [PCT(186500000, sum(TY_T))],
    "b10-070": [PCT("2468.35", TJ_TOT)], "b10-071": [W(TJ_TOT + TY_TOT)],
    "b10-072": [W(OTHERS_TOTAL_19 + TJ_TOT + TY_TOT)], "b10-073": [str(r2(d(PEOPLE_19 + 86 + 78) / 21))],
    "b10-074": [Y(298500000 + 56480000 + 9850000 + 84600000 + 6850000)],
    "b10-075": [W(d("38452.76") - d("2186.54"))],
    "b10-084": [W(SF_TOT - TY_TOT)], "b10-085": ["#" + str(326 - 78)], "b10-086": [W(d("40865.32") - d("9426.18"))],
    "b10-087": [str(r2(TJ_TOT / ZGH_TOT))], "b10-088": [Y(4580000 - 4560000)], "b10-089": [Y(4580000 - 4568000)],
    "b10-091": [PCT(6850000, 56480000)], "b10-092": [Y(1286500 - 1286000)], "b10-093": [Y(298500000 - 186500000)],
    "b10-113": ["#" + str(86 - 68)], "b10-118": ["#" + str(68 - 66)],
    "b10-119": [Y(86400000 - 79800000), PCT(86400000 - 79800000, 79800000)],
    "b10-120": [PCT(d("108336.42") - d("102624.60"), d("102624.60"))], "b10-121": [Y(1950000 - 1800000)],
    "b10-057": ["#6"], "b10-058": ["#18"], "b10-059": ["#2"], "b10-060": ["#6"], "b10-061": ["#3"], "b10-062": ["#21"],
    "b10-063": ["#5"], "b10-064": ["#19"], "b10-078": ["#19"], "b10-127": ["#9"], "b10-065": ["#2"],
}
NAMES = {
    "b10-048": ["重点优抚对象抚恤补助资金", "退役士兵安置补助资金", "退役军人就业创业扶持经费"],
    "b10-130": ["重点优抚对象抚恤补助资金", "退役士兵安置补助资金", "退役军人就业创业扶持经费"],
    "b10-050": ["退役军人服务保障信息化建设经费", "退役军人教育培训经费", "拥军优属宣传慰问经费"],
    "b10-051": ["普查小区划分及绘图", "开展统计执法检查", "统计分析报告被采用"],
    "b10-052": ["接收安置退役士兵", "组织退役军人专场招聘会", "退役军人就业率"],
    "b10-053": ["抚恤补助发放准确率", "退役士兵安置落实率"],
    "b10-054": ["自然资源法治宣传培训经费", "水务执法人员培训经费", "执法人员业务培训经费", "文化体育从业人员培训经费",
                "医保经办人员培训经费", "司法行政人员培训经费", "执法人员业务培训经费", "统计人员业务培训经费"],
    "b10-055": ["总工会", "应急管理局", "司法局", "统计局", "退役军人事务局"],
    "b10-098": ["产出指标", "质量指标"],
    "b10-056": ["统计数据使用者满意度", "调查对象满意度"],
    "b10-094": ["统计调查专项经费", "全国农业普查经费"], "b10-095": ["统计调查专项经费", "全国农业普查经费"],
    "b10-096": ["抚恤补助发放", "退役军人服务信息平台上线时间"], "b10-097": ["退役军人就业率", "退役军人信访问题化解率"],
    "b10-100": ["统计数据质量抽查合格率", "普查数据差错率", "统计调查任务完成率"],
    "b10-103": ["退役军人教育培训人均成本", "困难退役军人帮扶援助标准", "光荣院集中供养人均成本"],
    "b10-074": ["城乡低保救助资金", "特困人员救助供养资金", "自然灾害救助补助", "困难群众医疗救助资金", "困难退役军人帮扶援助资金"],
}
RANKED = {
    "b10-076": (["重点优抚对象抚恤补助资金", "退役士兵安置补助资金", "退役军人就业创业扶持经费"], ["186500000元", "96800000元", "12560000元"]),
    "b10-077": (["统计法治宣传经费"], ["865000元"]),
    "b10-079": (["总工会", "统计局", "退役军人事务局"], ["4198.90万元", "9639.35万元", "41281.60万元"]),
    "b10-080": (["总工会", "科学技术局", "退役军人事务局"], ["#37", "#68", "#78"]),
    "b10-081": (["医务人员培训经费", "高素质农民培训经费", "退役军人教育培训经费"], ["6420000元", "3860000元", "3806000元"]),
    "b10-082": (["慈善宣传活动经费", "统计法治宣传经费", "自然资源法治宣传培训经费"], ["860000元", "865000元", "1248500元"]),
    "b10-083": (["总工会"], ["0.00万元"]),
}
YESNO = {"b10-104": "否", "b10-105": "是", "b10-106": "是", "b10-107": "否", "b10-108": "否", "b10-109": "是",
         "b10-110": "否", "b10-111": "否", "b10-112": "是", "b10-114": "否", "b10-115": "是", "b10-126": "是"}
HAND_FIRST = {"b10-002": "≥3200个", "b10-013": "≥800人", "b10-014": "≥2400人", "b10-015": "≥12场", "b10-016": "≥90%",
              "b10-019": "≥60家", "b10-020": "≥20篇"}
FORMATS = [re.compile(r"^\d+(\.\d+)?元$"), re.compile(r"^\d+\.\d{2}万元$"), re.compile(r"^\d+\.\d{2}%$"),
           re.compile(r"^\d+\.\d{2}$"), re.compile(r"^#\d+$")]


def main() -> int:
    T = load()
    errs = []
    err = lambda rid, m: errs.append(f"{rid}: {m}")
    for slug, hand in HAND.items():
        b = {x["name"]: d(x["amount_wan"]) for x in T[slug]["budget"]}
        for k, v in hand.items():
            if b[k] != d(v):
                err(slug, f"{k} {b[k]} != {v}")
        if heji(T[slug]) != b["财政拨款"] + b["其他资金"] or b["财政专项资金"] != b["市本级使用资金"] + b["拟用于对下转移支付资金"]:
            err(slug, "identity")
    if [x["amount_yuan"] for x in T[TJ]["tasks"]] != TJ_T or [x["amount_yuan"] for x in T[TY]["tasks"]] != TY_T:
        err("tasks", "amounts differ from hand lists")
    dg = [t for t in T.values() if t["department"].startswith("东莞") and t["year"] == 2026
          and t.get("kind", "department") == "department" and t.get("budget")]
    if len(dg) != 21:
        err("DG", f"{len(dg)} tables")
    others = [t for t in dg if t["department"] not in ("东莞市统计局", "东莞市退役军人事务局")]
    if sum(heji(t) for t in others) != OTHERS_TOTAL_19:
        err("DG", f"sum of the 19 = {sum(heji(t) for t in others)}")
    for t in others:
        if heji(t) != DG_TOTALS[t["department"][3:]] or t["basic_info"]["财政供养人员数"] != PEOPLE[t["department"][3:]]:
            err("DG", t["department"])
    if sum(t["basic_info"]["财政供养人员数"] for t in others) != PEOPLE_19:
        err("DG", "people of the 19")
    all_atoms = set().union(*(atoms(t) for t in T.values()))
    all_text = "\n".join(json.dumps(t, ensure_ascii=False) for t in T.values())
    recs = [json.loads(x) for x in (Path(sys.argv[1]) if len(sys.argv) > 1 else BLIND / "batch_10.jsonl")
            .read_text(encoding="utf-8").splitlines()]
    if len(recs) != 150:
        err("file", f"{len(recs)} lines")
    byid = {r["id"]: r for r in recs}
    prev = None
    for n, r in enumerate(recs, 1):
        rid = r["id"]
        if list(r) != FIELDS or rid != f"b10-{n:03d}" or r["category"] not in CATS:
            err(rid, "schema")
        if (r["category"] == "followup") != (r["followup_of"] is not None) or (r["followup_of"] and r["followup_of"] != prev):
            err(rid, "followup chain")
        prev = rid
        if r["expect"] in ("not_found", "clarify") and (r["figures"] or r["yesno"]):
            err(rid, "not_found/clarify with figures")
        if (r["yesno"] is not None or rid in YESNO) and r["yesno"] != YESNO.get(rid):
            err(rid, f"yesno {r['yesno']} != hand {YESNO.get(rid)}")
        if rid in HAND_FIRST and r["figures"][:1] != [HAND_FIRST[rid]]:
            err(rid, f"first figure {r['figures'][:1]}")
        q, rr = r["q"], r
        while rr["followup_of"]:
            rr = byid[rr["followup_of"]]
            q = rr["q"] + "|" + q
        slugs = [s for k, ss in ALIASES if k in q for s in ss]
        scope = set().union(*(atoms(T[s]) for s in slugs)) if slugs else all_atoms
        for f in r["figures"]:
            if r["category"] == "prose":
                ok = [s for s in slugs if any(f in g for g in goals(T[s]))]
                if not ok:
                    err(rid, f"prose {f} not in goals of {slugs}")
                for s in ok:
                    rest = json.dumps([T[s]["tasks"], T[s]["indicators"]], ensure_ascii=False)
                    if f in rest:
                        err(rid, f"prose {f} also outside the goals")
                continue
            if not any(x.match(f) for x in FORMATS) and f not in all_atoms:
                err(rid, f"format {f}")
            if f in RECIPES.get(rid, []) or f in scope or (rid in RANKED and f in all_atoms):
                continue
            err(rid, f"figure {f} not a value of {slugs} nor a hand recipe")
        for f in RECIPES.get(rid, []):
            if f not in r["figures"]:
                err(rid, f"recipe {f} missing from {r['figures']}")
        if rid in RANKED and (r["names"], r["figures"]) != RANKED[rid]:
            err(rid, f"ranking {r['names']} {r['figures']}")
        if rid in NAMES and sorted(set(NAMES[rid])) != sorted(set(r["names"])):
            err(rid, f"names {r['names']} != hand {NAMES[rid]}")
        if r["category"] in ("filter", "structure") and not r["figures"] and len(r["names"]) > 1 and rid not in NAMES:
            err(rid, "list without hand list")
        for nm in r["names"]:
            if nm not in all_text:
                err(rid, f"name {nm} not in tables")
        for a in r["absent"]:
            if a in r["figures"] or (a not in all_atoms and a not in all_text):
                err(rid, f"absent {a}")
    for e in errs:
        print(e)
    print(f"{len(recs)} questions checked, {len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
