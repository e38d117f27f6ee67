"""Second, independent check of tests/blind/batch_12.jsonl (0 errors required).

Written apart from gen_batch12.py / truth12.py: loads the tables itself (batches.json's list for
batch_12); checks the three new tables against values typed here by hand (budget lines, 预算合计, people,
task amounts and sections, the 2025/2026 task differences, the shape the brief asks for); checks 预算合计
and 人员 of the 22 other 东莞 2026 departments against hand values; checks the schema; accepts a figure
only if it is a stored value of a table the question (chain) names or equals a recipe typed here by hand;
checks list members / ranking orders / yes-no answers / expectations against hand lists; checks prose
figures occur only in the goals of the named table; checks absent strings are real values.

`verify12.py FILE` checks a copy (used by mutate12.py).
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
    names = bj["batch_12.jsonl"]
    assert names == bj["batch_11.jsonl"] + ["shenjiju_2026", "shenjiju_2025", "linyeju_2026"], "batches.json"
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
ALIASES = [
    ("审计", [SJ, SJ5]), ("審計", [SJ, SJ5]), ("审记", [SJ, SJ5]), ("林业", [LY]), ("林業", [LY]), ("林叶", [LY]),
    ("公益林", [LY]), ("护林员", [LY]), ("森林", [LY]),
    ("应急", ["yingji_2026"]), ("自然资源", ["ziranziyuan_2026"]), ("水务", ["shuiwuju_2026"]),
    ("司法", ["sifaju_2026"]), ("住建", ["zhujianju_2026"]), ("文广旅体", ["wenguangluti_2026"]),
    ("统计", ["tongjiju_2026"]), ("民政", ["minzhengju_2026"]), ("交通局", ["jiaotongju_2026"]),
    ("农业农村", ["nongyenongcun_2026"]), ("高素质农民", ["nongyenongcun_2026"]), ("退役军人", ["tuiyijunren_2026"]),
    ("生态环境", ["shengtai_2026"]), ("教育局", ["jiaoyuju_2026"]), ("科技", ["kejiju_2026"]),
    ("城管", ["chengguan_2026"]), ("市监", ["shijianju_2026"]), ("医保", ["yibaoju_2026"]),
    ("卫健", ["weijianju_2026", "weijianju_2025"]), ("衛健", ["weijianju_2026"]), ("人社", ["renshe_2026"]),
    ("总工会", ["zonggonghui_2026", "zonggonghui_2025"]), ("商务", ["shangwuju_2026"]),
]

# ---------------------------------------------------------------- typed by hand
HAND = {SJ: {"基本支出": "4286.53", "项目支出": "8642.70", "其他事业发展性支出": "318.06", "财政拨款": "13043.91",
             "其他资金": "203.38", "财政专项资金": "5200.00", "市本级使用资金": "4850.00", "拟用于对下转移支付资金": "350.00"},
        SJ5: {"基本支出": "4105.26", "项目支出": "7986.35", "其他事业发展性支出": "296.80", "财政拨款": "12201.55",
              "其他资金": "186.86", "财政专项资金": "4800.00", "市本级使用资金": "4500.00", "拟用于对下转移支付资金": "300.00"},
        LY: {"基本支出": "6725.48", "项目支出": "52186.93", "其他事业发展性支出": "1327.40", "财政拨款": "58216.35",
             "其他资金": "2023.46", "财政专项资金": "38600.00", "市本级使用资金": "30250.00", "拟用于对下转移支付资金": "8350.00"}}
SJ_T = [18560000, 12386000, 4658000, 6805000, 3500000, 2356000, 1268800, 865800]
SJ5_T = [17200000, 11650000, 3960000, 6200000, 3000000, 1186000, 780000]
LY_T = [168400000, 46320500, 24630000, 21600800, 9540600, 6472000, 3128600, 2485600, 1536500, 965800]
SJ_K = ["政府投资审计专项经费", "经济责任审计和专项审计调查经费", "大数据审计信息化建设经费"]
LY_K = ["生态公益林效益补偿资金", "林业有害生物防治经费", "森林防灭火基础设施建设经费"]
PEOPLE_NEW = {SJ: 146, SJ5: 142, LY: 264}
SJ_TOT, SJ5_TOT, LY_TOT = d("13247.29"), d("12388.41"), d("60239.81")
SJ_SUM, SJ5_SUM, LY_SUM = 50399600, 43976000, 285080400
# the 25 东莞 2026 departments: verify11.py's 21 + 发改局, 公安局 (batch 11) + the two new ones
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
    "审计局": SJ_TOT,
    "林业局": LY_TOT,
}
PEOPLE = {"教育局": 5268, "人力资源和社会保障局": 486, "交通运输局": 186, "水务局": 356, "住房和城乡建设局": 286,
          "城市管理和综合执法局": 724, "卫生健康局": 312, "医疗保障局": 168, "自然资源局": 412, "民政局": 143,
          "农业农村局": 298, "文化广电旅游体育局": 628, "生态环境局": 268, "商务局": 142, "市场监督管理局": 1026,
          "科学技术局": 68, "应急管理局": 215, "司法局": 326, "总工会": 37, "统计局": 86, "退役军人事务局": 78,
          "发展和改革局": 132, "公安局": 7316, "审计局": 146, "林业局": 264}
ALL25 = sum(DG_TOTALS.values())

RECIPES = {
    "b12-010": [Y(24630000 - 24360000)], "b12-029": [PCT(SJ_TOT - SJ5_TOT, SJ5_TOT)],
    "b12-032": [N(264), N(6)], "b12-037": [N(5)],
    "b12-060": [N(10)], "b12-061": [N(3)], "b12-062": [N(19)], "b12-063": [N(7)], "b12-064": [N(6)],
    "b12-065": [N(25)], "b12-066": [N(5)], "b12-067": [N(23)], "b12-068": [N(3)], "b12-069": [N(5)],
    "b12-070": [Y(1268800 + 865800)], "b12-071": [PCT(1268800 + 865800, SJ_SUM)], "b12-072": [Y(LY_SUM)],
    "b12-073": [Y(168400000 + 46320500 + 24630000)], "b12-074": [PCT("4286.53", SJ_TOT)],
    "b12-075": [PCT("8350", "38600")], "b12-076": [W(SJ_TOT + LY_TOT)], "b12-077": [f"{r2(d(LY_SUM) / 10)}元"],
    "b12-078": [W(ALL25)], "b12-079": [Y(486300000 + 153270000)],
    "b12-080": [N(37)], "b12-081": [N(8), N(146)], "b12-089": [N(146), N(86)], "b12-090": [N(146 - 86)],
    "b12-091": [Y(4658000 - 4580000)], "b12-092": [R("8642.70", "4286.53")], "b12-093": [N(1026), N(724)],
    "b12-094": [W(d("2468.35") - d("2356.78"))], "b12-109": [Y(LY_SUM)], "b12-110": [PCT("13043.91", SJ_TOT)],
    "b12-111": [N(264), N(268)], "b12-118": [W(SJ_TOT - SJ5_TOT)],
    "b12-119": [Y(18560000 - 17200000), PCT(18560000 - 17200000, 17200000)], "b12-120": [N(142), N(146 - 142)],
    "b12-122": [Y(4658000 - 3960000)], "b12-124": [Y(SJ_SUM), Y(SJ5_SUM)], "b12-126": [Y(86400000 - 79800000)],
    "b12-127": [PCT(d("4198.90") - d("3981.66"), d("3981.66"))], "b12-132": [N(146)], "b12-137": [N(264)],
    "b12-115": [Y(865800), Y(860000)],  # the least 宣传 task of the 25: 民政局 慈善宣传活动经费
}
NAMES = {
    "b12-051": SJ_K, "b12-073": LY_K,
    "b12-052": ["野生动植物保护专项经费", "古树名木保护经费", "自然教育和林业宣传经费", "护林员和林业技术人员培训经费"],
    "b12-053": ["除治松材线虫病疫木", "新建改造森林防火通道", "新建改造森林公园和湿地公园", "森林公园年接待游客", "森林覆盖率"],
    "b12-054": ["审计业务培训人均成本", "委托社会中介机构审计单项费用", "镇街审计能力建设补助标准"],
    "b12-055": ["审计发现问题线索移送", "审计结果公告", "审计整改长效机制"],
    "b12-056": ["森林防灭火基础设施建设经费", "森林公园和湿地公园建设补助", "森林资源监测经费"],
    "b12-057": ["文化广电旅游体育局", "生态环境局", "商务局", "市场监督管理局", "林业局", "科学技术局"],
    "b12-058": ["民政信息化建设经费", "慈善宣传活动经费"], "b12-059": ["公交乘客满意度", "沿线群众满意度"],
    "b12-068": ["大气污染防治专项资金", "水污染防治专项资金", "土壤与固体废物污染防治经费"],
    "b12-070": ["审计业务培训经费", "审计法治宣传经费"], "b12-079": ["生活垃圾无害化处理经费", "市容环境卫生保洁经费"],
    "b12-098": ["产出指标", "时效指标"], "b12-099": ["社会效益"], "b12-100": ["其他需完成的任务"],
    "b12-101": ["成本指标", "经济成本指标"], "b12-102": ["满意度指标", "服务对象满意度"], "b12-103": ["年度重点工作任务"],
    "b12-104": ["森林覆盖率", "林业有害生物成灾率"], "b12-105": ["效益指标", "经济效益"], "b12-106": ["年度重点工作任务"],
    "b12-006": ["镇街审计能力建设补助", "其他需完成的任务"], "b12-012": ["审计信息化建设经费"],
    "b12-011": ["大数据审计信息化建设经费"], "b12-154": ["大数据审计信息化建设经费"],
    "b12-089": ["审计局"], "b12-093": ["市场监督管理局"], "b12-095": ["高素质农民培训经费"], "b12-096": ["住房和城乡建设局"],
    "b12-097": ["应急管理局"], "b12-115": ["慈善宣传活动经费"], "b12-112": ["审计整改跟踪督查经费"],
    "b12-149": ["森林防火经费", "森林防灭火基础设施建设经费"], "b12-150": ["自然资源局", "林业局"],
}
RANKED = {
    "b12-080": (["总工会"], ["#37"]),
    "b12-082": (["生态公益林效益补偿资金"], ["168400000元"]),
    "b12-083": (["政府投资审计专项经费", "经济责任审计和专项审计调查经费", "购买社会审计服务经费"],
                ["18560000元", "12386000元", "6805000元"]),
    "b12-084": (["总工会", "统计局", "审计局"], ["4198.90万元", "9639.35万元", "13247.29万元"]),
    "b12-085": (["护林员和林业技术人员培训经费"], ["965800元"]),
    "b12-086": (["医保经办人员培训经费", "水务执法人员培训经费", "护林员和林业技术人员培训经费"],
                ["956000元", "965000元", "965800元"]),
    "b12-087": (["交通安全宣传经费"], ["1860000元"]),
    "b12-088": (["法律援助经费", "公共法律服务体系建设经费"], ["23650000元", "18460000元"]),
}
YESNO = {"b12-107": "是", "b12-108": "是", "b12-109": "是", "b12-110": "是", "b12-111": "否", "b12-112": "是",
         "b12-113": "否", "b12-114": "否", "b12-115": "否", "b12-116": "是", "b12-117": "是", "b12-132": "是",
         "b12-153": "否", "b12-159": "否", "b12-160": "否"}
HAND_FIRST = {"b12-001": "18560000元", "b12-008": "24630000元", "b12-009": "24360000元", "b12-011": "4658000元",
              "b12-012": "3960000元", "b12-015": "≥3万株", "b12-016": "≥195个", "b12-017": "≥40人",
              "b12-018": "≥30公里", "b12-022": "≥1000万人次", "b12-023": "≥36.6%", "b12-024": "≥36.5%",
              "b12-027": "13247.29万元", "b12-028": "12388.41万元", "b12-036": "60239.81万元", "b12-039": "9亿元",
              "b12-042": "1.2亿条", "b12-045": "60公里", "b12-113": "≥36.6%", "b12-125": "≥10亿元",
              "b12-128": "8642.70万元", "b12-136": "3960000元", "b12-154": "4658000元", "b12-155": "46320500元",
              "b12-153": "865800元", "b12-159": "965800元", "b12-160": "18570000元"}
NOT_FOUND = {"b12-121", "b12-123", "b12-139", "b12-140", "b12-141", "b12-142", "b12-143", "b12-144", "b12-145",
             "b12-146", "b12-147", "b12-148", "b12-151", "b12-152", "b12-158"}
CLARIFY = {"b12-157"}
OK_OR_CLARIFY = {"b12-149", "b12-150", "b12-156"}  # 156: each department listed is right too
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
    if (heji(T[SJ]), heji(T[SJ5]), heji(T[LY])) != (SJ_TOT, SJ5_TOT, LY_TOT):
        err("tables", "预算合计")
    for slug, hand, total, key in ((SJ, SJ_T, SJ_SUM, SJ_K), (SJ5, SJ5_T, SJ5_SUM, None), (LY, LY_T, LY_SUM, LY_K)):
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
    n26 = {x["name"] for x in T[SJ]["tasks"]}
    n25 = {x["name"] for x in T[SJ5]["tasks"]}
    if n26 - n25 != {"审计整改跟踪督查经费", "大数据审计信息化建设经费"} or n25 - n26 != {"审计信息化建设经费"}:
        err("shenjiju", f"2026/2025 task differences {n26 - n25} / {n25 - n26}")
    shared = ["培训", "信息化", "宣传", "补助", "建设", "专项", "监测"]
    names_new = " ".join(x["name"] for s in (SJ, LY) for x in T[s]["tasks"])
    if [w for w in shared if w not in names_new]:
        err("tables", f"shared words missing {[w for w in shared if w not in names_new]}")
    dg = [t for t in T.values() if t["department"].startswith("东莞") and t["year"] == 2026
          and t.get("kind", "department") == "department" and t.get("budget")]
    if len(dg) != 25:
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
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else BLIND / "batch_12.jsonl"
    recs = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]
    if len(recs) != 160:
        err("file", f"{len(recs)} lines")
    byid = {r["id"]: r for r in recs}
    prev = None
    for n, r in enumerate(recs, 1):
        rid = r["id"]
        if list(r) != FIELDS or rid != f"b12-{n:03d}" or r["category"] not in CATS or r["expect"] not in EXPECTS:
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
