"""Second, independent check of tests/blind/batch_13.jsonl (0 errors required).

Written apart from gen_batch13.py / truth13.py: loads the tables itself (batches.json's list for
batch_13); checks the three new tables against values typed here by hand (budget lines, 预算合计, people,
task amounts and sections, the 2025/2026 task differences, the shape the brief asks for); checks 预算合计
and 人员 of the 25 other 东莞 2026 departments against hand values; checks the schema; accepts a figure
only if it is a stored value of a table the question (chain) names or equals a recipe typed here by hand;
checks list members / ranking orders / yes-no answers / expectations against hand lists; checks prose
figures occur only in the goals of the named table; checks absent strings are real values.

`verify13.py FILE` checks a copy.
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
EXPECTS = {"ok", "not_found", "clarify", "ok_or_clarify"}
FIELDS = ["id", "q", "category", "expect", "figures", "names", "yesno", "absent", "followup_of", "note"]
d = lambda v: Decimal(str(v))
r2 = lambda x: d(x).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
Y = lambda x: f"{int(d(x))}元" if d(x) == int(d(x)) else f"{d(x).normalize()}元"
W = lambda x: f"{r2(x)}万元"
PCT = lambda a, b: f"{r2(d(a) * 100 / d(b))}%"
R = lambda a, b: str(r2(d(a) / d(b)))
N = lambda n: f"#{n}"


def load():
    bj = json.loads((BLIND / "batches.json").read_text(encoding="utf-8"))
    names = bj["batch_13.jsonl"]
    assert names == bj["batch_12.jsonl"] + ["caizhengju_2026", "qixiangju_2026", "qixiangju_2025"], "batches.json"
    from tests.fixtures.tables import FIXTURES
    tabs = {f.slug: dict(f.export) for f in FIXTURES}
    forms = json.loads((BLIND / "batch6_tools" / "forms6_truth.json").read_text(encoding="utf-8"))
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


SJ, SJ5, LY = "shenjiju_2026", "shenjiju_2025", "linyeju_2026"
CZ, QX, QX5 = "caizhengju_2026", "qixiangju_2026", "qixiangju_2025"
ALIASES = [
    ("财政", [CZ]), ("財政", [CZ]), ("气象", [QX, QX5]), ("氣象", [QX, QX5]), ("气像", [QX, QX5]),
    ("审计", [SJ, SJ5]), ("林业", [LY]), ("应急", ["yingji_2026"]), ("水务", ["shuiwuju_2026"]),
    ("司法", ["sifaju_2026"]), ("统计", ["tongjiju_2026"]), ("民政", ["minzhengju_2026"]),
    ("生态环境", ["shengtai_2026"]), ("市监", ["shijianju_2026"]), ("医保", ["yibaoju_2026"]),
    ("卫健", ["weijianju_2026", "weijianju_2025"]), ("总工会", ["zonggonghui_2026", "zonggonghui_2025"]),
    ("商务", ["shangwuju_2026"]), ("公安", ["gonganju_2026"]), ("发改", ["fagaiju_2026", "fagaiju_2025"]),
]

# ---------------------------------------------------------------- typed by hand
HAND = {CZ: {"基本支出": "6286.45", "项目支出": "21468.72", "其他事业发展性支出": "1246.80", "财政拨款": "28536.21",
             "其他资金": "465.76", "财政专项资金": "12800.00", "市本级使用资金": "9600.00", "拟用于对下转移支付资金": "3200.00"},
        QX: {"基本支出": "2486.37", "项目支出": "9864.52", "其他事业发展性支出": "215.60", "财政拨款": "12352.78",
             "其他资金": "213.71", "财政专项资金": "6800.00", "市本级使用资金": "6150.00", "拟用于对下转移支付资金": "650.00"},
        QX5: {"基本支出": "2398.64", "项目支出": "8937.15", "其他事业发展性支出": "198.40", "财政拨款": "11347.89",
              "其他资金": "186.30", "财政专项资金": "6100.00", "市本级使用资金": "5550.00", "拟用于对下转移支付资金": "550.00"}}
CZ_T = [15936000, 12386500, 8650600, 32000000, 2365600, 1358800, 1268600, 986000]
QX_T = [24365000, 9540800, 6472800, 6500000, 3482000, 1806500, 956800, 865600]
QX5_T = [21680000, 7825000, 5986000, 5500000, 3126000, 892000, 786000]
CZ_K = ["数字财政信息化建设经费", "财政投资评审经费", "预算绩效管理第三方评价经费"]
QX_K = ["气象综合监测站网建设经费", "智慧气象信息化建设经费", "气象灾害监测预警经费"]
PEOPLE_NEW = {CZ: 352, QX: 92, QX5: 89}
CZ_TOT, QX_TOT, QX5_TOT = d("29001.97"), d("12566.49"), d("11534.19")
CZ_SUM, QX_SUM, QX5_SUM = 74952100, 53989500, 45795000
DG_TOTALS = {
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
    "统计局": d("2468.35") + d("6852.40") + d("318.60"),
    "退役军人事务局": d("2186.54") + d("38452.76") + d("642.30"),
    "发展和改革局": d("3842.66") + d("36867.83") + d("1263.80"),
    "公安局": d("186452.37") + d("124836.58") + d("6318.40"),
    "审计局": d("13247.29"),
    "林业局": d("60239.81"),
    "财政局": CZ_TOT,
    "气象局": QX_TOT,
}
PEOPLE = {"教育局": 5268, "人力资源和社会保障局": 486, "交通运输局": 186, "水务局": 356, "住房和城乡建设局": 286,
          "城市管理和综合执法局": 724, "卫生健康局": 312, "医疗保障局": 168, "自然资源局": 412, "民政局": 143,
          "农业农村局": 298, "文化广电旅游体育局": 628, "生态环境局": 268, "商务局": 142, "市场监督管理局": 1026,
          "科学技术局": 68, "应急管理局": 215, "司法局": 326, "总工会": 37, "统计局": 86, "退役军人事务局": 78,
          "发展和改革局": 132, "公安局": 7316, "审计局": 146, "林业局": 264, "财政局": 352, "气象局": 92}
ALL27 = sum(DG_TOTALS.values())

RECIPES = {
    "b13-013": [N(92), N(4)], "b13-028": [N(8)], "b13-029": [N(19)], "b13-030": [N(7)], "b13-031": [N(27)],
    "b13-032": [Y(QX_SUM)], "b13-033": [PCT("6286.45", CZ_TOT)], "b13-034": [PCT("650", "6800")],
    "b13-035": [Y(24365000 + 9540800 + 6472800)], "b13-036": [f"{r2(d(CZ_SUM) / 8)}元"],
    "b13-037": [R("9864.52", "2486.37")], "b13-044": [W(CZ_TOT - d("13247.29"))], "b13-045": [Y(6472800 - 6472500)],
    "b13-046": [Y(1268800 - 1268600)], "b13-047": [W(d("2486.37") - d("2468.35"))], "b13-048": [N(356), N(352)],
    "b13-049": [Y(865600 - 865000)], "b13-055": [W(d("4198.90"))], "b13-057": [PCT(32000000, CZ_SUM)],
    "b13-061": [W(QX_TOT - QX5_TOT), PCT(QX_TOT - QX5_TOT, QX5_TOT)], "b13-062": [Y(24365000 - 21680000)],
    "b13-064": [PCT(9540800 - 7825000, 7825000)], "b13-095": [W(d("9864.52") - d("8937.15"))],
    "b13-098": [Y(12386500 + 8650600)], "b13-102": [PCT(CZ_TOT, ALL27)], "b13-110": [Y(3265000 - 3120000)],
    "b13-112": [N(356)],
}
NAMES = {
    "b13-022": ["数字财政信息化建设经费", "财政投资评审经费", "镇街财政运行保障补助"],
    "b13-023": ["气象业务人员培训经费", "气象科普宣传经费"],
    "b13-024": ["开展重点项目绩效评价", "完成财政投资评审项目", "财政投资评审审减金额"],
    "b13-025": ["自动气象站单站建设成本", "人工增雨作业单次成本", "气象业务培训人均成本"],
    "b13-026": ["预算绩效管理第三方评价经费"], "b13-027": ["气象防灾减灾第一道防线作用"],
    "b13-035": QX_K, "b13-053": CZ_K, "b13-050": ["其他需完成的任务"], "b13-051": ["产出指标", "时效指标"],
    "b13-052": ["效益指标", "生态效益"], "b13-063": ["气象信息化建设经费"],
    "b13-083": ["应急管理局", "灾害风险监测预警经费"], "b13-086": ["气象灾害监测预警经费", "灾害风险监测预警经费"],
    "b13-089": ["发展和改革局", "气象局"], "b13-090": ["预算单位满意度", "会计人员培训满意度"],
    "b13-120": ["城市管理和综合执法局", "市场监督管理局"], "b13-055": ["总工会"], "b13-048": ["水务局"],
    "b13-046": ["审计业务培训经费"],
}
RANKED = {
    "b13-038": (["镇街财政运行保障补助"], ["32000000元"]),
    "b13-039": (["气象科普宣传经费"], ["865600元"]),
    "b13-040": (["总工会", "统计局", "气象局"], ["4198.90万元", "9639.35万元", "12566.49万元"]),
    "b13-041": (["气象综合监测站网建设经费", "智慧气象信息化建设经费", "镇街气象防灾减灾能力建设补助"],
                ["24365000元", "9540800元", "6500000元"]),
    "b13-042": (["医保经办人员培训经费"], ["956000元"]),
    "b13-043": (["总工会", "科学技术局", "退役军人事务局", "统计局", "气象局"], ["#37", "#68", "#78", "#86", "#92"]),
}
YESNO = {"b13-054": "否", "b13-055": "否", "b13-056": "是", "b13-057": "是", "b13-058": "是", "b13-059": "是",
         "b13-060": "是", "b13-084": "否", "b13-088": "是"}
HAND_FIRST = {"b13-001": "15936000元", "b13-002": "6472800元", "b13-003": "24365000元", "b13-004": "≥60个",
              "b13-005": "≥30个", "b13-006": "≥60次", "b13-009": "≥5000万立方米", "b13-011": "29001.97万元",
              "b13-012": "12352.78万元", "b13-016": "1120亿元", "b13-020": "420个", "b13-021": "10分钟",
              "b13-054": "29001.97万元", "b13-063": "7825000元", "b13-067": "≥75%", "b13-068": "786000元",
              "b13-084": "865600元", "b13-087": "9540800元", "b13-088": "32000000元", "b13-092": "6472800元",
              "b13-094": "8937.15万元", "b13-097": "8650600元", "b13-100": "1268600元", "b13-103": "1268800元",
              "b13-106": "6472500元", "b13-107": "956000元", "b13-113": "21600800元", "b13-114": "15940000元"}
NOT_FOUND = {"b13-065", "b13-066", "b13-075", "b13-076", "b13-077", "b13-078", "b13-079", "b13-080", "b13-081",
             "b13-082", "b13-085", "b13-117"}
CLARIFY = set()
OK_OR_CLARIFY = {"b13-086", "b13-089", "b13-090", "b13-120"}
FORMATS = [re.compile(r"^\d+(\.\d+)?元$"), re.compile(r"^\d+\.\d{2}万元$"), re.compile(r"^\d+\.\d{2}%$"),
           re.compile(r"^\d+\.\d{2}$"), re.compile(r"^#\d+$")]


def check_tables(T, err):
    for slug, hand in HAND.items():
        b = {x["name"]: d(x["amount_wan"]) for x in T[slug]["budget"]}
        for k, v in hand.items():
            if b[k] != d(v):
                err(slug, f"{k} {b[k]} != {v}")
        if heji(T[slug]) != b["财政拨款"] + b["其他资金"] or b["财政专项资金"] != b["市本级使用资金"] + b["拟用于对下转移支付资金"]:
            err(slug, "identity")
        if T[slug]["basic_info"]["财政供养人员数"] != PEOPLE_NEW[slug]:
            err(slug, "people")
    if (heji(T[CZ]), heji(T[QX]), heji(T[QX5])) != (CZ_TOT, QX_TOT, QX5_TOT):
        err("tables", "预算合计")
    for slug, hand, total, key in ((CZ, CZ_T, CZ_SUM, CZ_K), (QX, QX_T, QX_SUM, QX_K), (QX5, QX5_T, QX5_SUM, None)):
        if [x["amount_yuan"] for x in T[slug]["tasks"]] != hand or sum(hand) != total:
            err(slug, "task amounts differ from the hand list")
        if key and [x["name"] for x in T[slug]["tasks"] if x["section"] == "年度重点工作任务"] != key:
            err(slug, "key tasks")
        if not 4 <= len(goals(T[slug])) <= 5:
            err(slug, "goal paragraphs")
        ind = T[slug]["indicators"]
        if not any(i["period_value"] != i["annual_value"] for i in ind):
            err(slug, "no period≠annual indicator")
        if not any(i["level2"] == "经济成本指标" and i["annual_value"].startswith("≤") and "/" in i["annual_value"]
                   for i in ind):
            err(slug, "no cost indicator")
        if not any(not re.search(r"\d", i["annual_value"]) for i in ind):
            err(slug, "no qualitative indicator")
    n26 = {x["name"] for x in T[QX]["tasks"]}
    n25 = {x["name"] for x in T[QX5]["tasks"]}
    if n26 - n25 != {"防雷安全监管经费", "智慧气象信息化建设经费"} or n25 - n26 != {"气象信息化建设经费"}:
        err("qixiangju", f"2026/2025 task differences {n26 - n25} / {n25 - n26}")
    shared = ["培训", "信息化", "宣传", "补助", "建设", "监测"]
    names_new = " ".join(x["name"] for s in (CZ, QX) for x in T[s]["tasks"])
    if [w for w in shared if w not in names_new]:
        err("tables", f"shared words missing {[w for w in shared if w not in names_new]}")
    dg = [t for t in T.values() if t["department"].startswith("东莞") and t["year"] == 2026
          and t.get("kind", "department") == "department" and t.get("budget")]
    if len(dg) != 27:
        err("DG", f"{len(dg)} tables")
    for t in dg:
        s = t["department"][3:]
        if s not in DG_TOTALS or heji(t) != DG_TOTALS[s] or t["basic_info"]["财政供养人员数"] != PEOPLE[s]:
            err("DG", t["department"])


def main() -> int:
    T = load()
    errs = []
    err = lambda rid, m: errs.append(f"{rid}: {m}")
    check_tables(T, err)
    all_atoms = set().union(*(atoms(t) for t in T.values()))
    all_text = "\n".join(json.dumps(t, ensure_ascii=False) for t in T.values())
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else BLIND / "batch_13.jsonl"
    recs = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]
    if len(recs) != 120:
        err("file", f"{len(recs)} lines")
    byid = {r["id"]: r for r in recs}
    prev = None
    for n, r in enumerate(recs, 1):
        rid = r["id"]
        if list(r) != FIELDS or rid != f"b13-{n:03d}" or r["category"] not in CATS or r["expect"] not in EXPECTS:
            err(rid, "schema")
        if (r["category"] == "followup") != (r["followup_of"] is not None) or (r["followup_of"] and r["followup_of"] != prev):
            err(rid, "followup chain")
        prev = rid
        if r["expect"] != "ok" and (r["figures"] or r["yesno"]):
            err(rid, "not ok with figures")
        hand_expect = ("not_found" if rid in NOT_FOUND else "clarify" if rid in CLARIFY
                       else "ok_or_clarify" if rid in OK_OR_CLARIFY else "ok")
        if r["expect"] != hand_expect:
            err(rid, f"expect {r['expect']} (hand: {hand_expect})")
        if r["expect"] == "ok" and not (r["figures"] or r["names"] or r["yesno"]):
            err(rid, "ok without anything to check")
        if (r["yesno"] is not None or rid in YESNO) and r["yesno"] != YESNO.get(rid):
            err(rid, f"yesno {r['yesno']} != hand {YESNO.get(rid)}")
        if rid in HAND_FIRST and r["figures"][:1] != [HAND_FIRST[rid]]:
            err(rid, f"first figure {r['figures'][:1]} != hand {HAND_FIRST[rid]}")
        q, rr = r["q"], r
        while rr["followup_of"]:
            rr = byid[rr["followup_of"]]
            q = rr["q"] + "|" + q
        slugs = list(dict.fromkeys(s for k, ss in ALIASES if k in q for s in ss))
        scope = set().union(*(atoms(T[s]) for s in slugs)) if slugs else all_atoms
        for f in r["figures"]:
            if r["category"] == "prose" or (r["category"] == "followup" and byid[r["followup_of"]]["category"] == "prose"):
                ok = [s for s in slugs if any(f in g for g in goals(T[s]))]
                if not ok:
                    err(rid, f"prose {f} not in goals of {slugs}")
                for s in ok:
                    rest = json.dumps([T[s]["tasks"], T[s]["indicators"]], ensure_ascii=False)
                    if f in rest:
                        err(rid, f"prose {f} also outside the goals of {s}")
                continue
            if not any(x.match(f) for x in FORMATS) and f not in all_atoms:
                err(rid, f"format {f}")
            if f in RECIPES.get(rid, []) or (not f.startswith("#") and f in scope) or (rid in RANKED and f in all_atoms):
                continue
            err(rid, f"figure {f} not a value of {slugs} nor a hand recipe")
        for f in RECIPES.get(rid, []):
            if f not in r["figures"]:
                err(rid, f"recipe {f} missing from {r['figures']}")
        if rid in RANKED and (r["names"], r["figures"]) != RANKED[rid]:
            err(rid, f"ranking {r['names']} {r['figures']}")
        if rid in NAMES and sorted(set(NAMES[rid])) != sorted(set(r["names"])):
            err(rid, f"names {r['names']} != hand {NAMES[rid]}")
        if r["category"] in ("filter", "structure") and r["names"] and rid not in NAMES:
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
