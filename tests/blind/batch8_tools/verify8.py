"""Second, independent check of tests/blind/batch_08.jsonl (0 errors required).

Adapted from batch7_tools/verify7.py and written apart from gen_batch8.py / truth8.py: it loads
the tables itself (batches.json's list for batch_08), and
- checks the two new tables against budget lines typed here by hand, and their identities;
- checks the schema (fields, ids, categories, expect, follow-up chains, figure formats);
- accepts a figure only if it is a stored value of a table the question (or its chain) names
  (task amount, budget line or 预算合计, indicator value, basic-info count) or equals a recipe
  typed here by hand from the printed tables (sums, differences, ratios, percentages, counts);
- checks the member lists of list questions against lists typed here by hand (order for rankings);
- checks every prose figure occurs in the goals of a named table and in none of its tasks or
  indicators (a fact that lives only in the prose);
- checks every name occurs among the tables' words and every absent string is a real value or
  phrase of some table and is not among the question's figures.
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


def dec(v) -> Decimal:
    return Decimal(str(v))


def load_tables() -> dict:
    batches = json.loads((BLIND / "batches.json").read_text(encoding="utf-8"))
    names = batches["batch_08.jsonl"]
    assert names[:len(batches["batch_07.jsonl"])] == batches["batch_07.jsonl"]
    assert names[-2:] == ["sifaju_2026", "shangwuju_2026"]
    tabs = {}
    from tests.fixtures.tables import FIXTURES
    for f in FIXTURES:
        tabs[f.slug] = dict(f.export, _text="")
    forms = json.loads((HERE.parent / "batch6_tools" / "forms6_truth.json").read_text(encoding="utf-8"))
    for n in names:
        if n.startswith("import:"):
            rel = n[len("import:"):]
            slug = Path(rel).stem
            text = (ROOT / "tests" / "fixtures" / rel).read_text(encoding="utf-8")
            tabs[slug] = dict(forms[slug], _text=text.replace("\n", ""))
        else:
            d = json.loads((BLIND / "tables" / f"{n}.json").read_text(encoding="utf-8"))
            text = (BLIND / "tables" / f"{n}.txt").read_text(encoding="utf-8")
            tabs[n] = dict(d, _text=text.replace("\n", ""))
    return tabs


def fmt_yuan(x) -> str:
    x = dec(x)
    return f"{int(x)}元" if x == int(x) else f"{x.normalize()}元"


def r2(x) -> Decimal:
    return dec(x).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def fmt_wan(x) -> str:
    return f"{r2(x)}万元"


def pct(a, b) -> str:
    return f"{r2(dec(a) * 100 / dec(b))}%"


def heji(t):
    b = {x["name"]: dec(x["amount_wan"]) for x in t.get("budget", [])}
    if "基本支出" not in b:
        return None
    return b["基本支出"] + b["项目支出"] + b.get("其他事业发展性支出", Decimal(0))


def atoms(t) -> set[str]:
    out = set()
    for x in t.get("tasks", []):
        out.add(fmt_yuan(x["amount_yuan"]))
    for x in t.get("budget", []):
        out.add(fmt_wan(x["amount_wan"]))
    for x in t.get("funds", []):
        out.add(fmt_wan(x["amount_wan"]))
    if heji(t) is not None:
        out.add(fmt_wan(heji(t)))
    for i in t.get("indicators", []):
        out.add(i["annual_value"])
        if i.get("period_value"):
            out.add(i["period_value"])
    for v in (t.get("basic_info") or {}).values():
        out.add(f"#{v}")
    return out


def vocab(t) -> set[str]:
    out = {t["department"], t["department"][3:], t.get("project", ""), t.get("unit", "")}
    for x in t.get("tasks", []):
        out.add(x["name"])
        out.add(x["section"])
    for i in t.get("indicators", []):
        out.update([i["level1"], i["level2"], i["level3"]])
    return {w for w in out if w}


def goals_of(t) -> list[str]:
    g = t["goals"]
    g = list(g) if isinstance(g, list) else list(g["period"]) + list(g["annual"])
    return g + list(t.get("period_goals") or [])


# which tables a question (chain) names, as staff write them (typos and traditional characters)
S, C = "sifaju_2026", "shangwuju_2026"
W, M = "wenguangluti_2026", "yibaoju_2026"
ALIASES = [
    ("司法", [S]), ("司发", [S]), ("12348", [S]), ("金牌调解", [S]), ("社区矫正", [S]), ("公证", [S]),
    ("法律援助", [S]), ("人民调解", [S]), ("执业律师", [S]),
    ("商务", [C]), ("商務", [C]), ("商物", [C]), ("外贸", [C]), ("外貿", [C]), ("跨境电商", [C]), ("招商", [C]),
    ("外贸进出口", [C]), ("单用途", [C]),
    ("文广", [W]), ("文旅", [W]), ("文廣", [W]),
    ("医保", [M]), ("醫保", [M]),
    ("卫健", ["weijianju_2026", "weijianju_2025"]),
    ("人社", ["renshe_2026"]), ("民政", ["minzhengju_2026"]), ("应急", ["yingji_2026"]),
    ("水务", ["shuiwuju_2026"]), ("城管", ["chengguan_2026"]), ("生态环境", ["shengtai_2026"]),
    ("交通", ["jiaotongju_2026"]), ("市监", ["shijianju_2026"]),
    ("总工会", ["zonggonghui_2026", "zonggonghui_2025"]),
    ("科技局", ["kejiju_2026", "kejiju_2025"]),
]


def named(q: str) -> list[str]:
    out = []
    for key, slugs in ALIASES:
        if key in q:
            out += slugs
    if W in out and "2023" in q:
        out.append("dongguan_approval_2023_unseen")
    return out


# ------------------------------------------------------------------ hand-typed from the printed tables
HAND_BUDGET = {  # 万元, as printed on the two new forms
    S: {"基本支出": "9412.58", "财政拨款": "40563.18", "项目支出": "31286.74", "其他资金": "1384.74",
        "财政专项资金": "12600.00", "市本级使用资金": "9850.00", "其他事业发展性支出": "1248.60",
        "拟用于对下转移支付资金": "2750.00"},
    C: {"基本支出": "3865.42", "财政拨款": "62318.56", "项目支出": "58736.15", "其他资金": "1735.81",
        "财政专项资金": "45800.00", "市本级使用资金": "38600.00", "其他事业发展性支出": "1452.80",
        "拟用于对下转移支付资金": "7200.00"},
}
S_TASKS = [23650000, 18460000, 8650000, 6380000, 12830000, 5200000, 3480000, 2356800, 1680000, 1268000]
C_TASKS = [168500000, 45800000, 32600000, 26800000, 18650000, 15830000, 7650000, 4560000, 2860000, 2136000,
           1356800]
W_TASKS = [16850000, 21600000, 22500000, 26430000, 15380000, 12860000, 9860000, 5860000, 4265000,
           3865000, 2485000, 1286500]
W23_TASKS = [12500000, 23807500, 18000000, 6500000, 3302000]

DG_TOTALS = {  # 预算合计 of the 18 东莞 2026 部门整体 tables, 万元 (基本 + 项目 + 其他事业发展性)
    "教育局": dec("125430.18") + dec("286754.62") + dec("18600"),
    "人力资源和社会保障局": dec("12386.54") + dec("186420.73") + dec("4318.60"),
    "交通运输局": dec("5428.66") + dec("138652.30") + dec("2145.00"),
    "水务局": dec("8236.54") + dec("124687.38") + dec("2415.60"),
    "城市管理和综合执法局": dec("15832.09") + dec("97468.35") + dec("2960.00"),
    "卫生健康局": dec("8652.37") + dec("96418.25") + dec("3265.80"),
    "医疗保障局": dec("4127.86") + dec("97865.40") + dec("926.50"),
    "自然资源局": dec("9876.43") + dec("84532.17") + dec("1864.50"),
    "民政局": dec("6824.15") + dec("72368.90") + dec("1587.30"),
    "农业农村局": dec("6518.27") + dec("68945.36") + dec("1836.90"),
    "文化广电旅游体育局": dec("14286.35") + dec("52748.60") + dec("1865.20"),
    "生态环境局": dec("7245.18") + dec("58930.64") + dec("1372.40"),
    "商务局": dec("3865.42") + dec("58736.15") + dec("1452.80"),
    "市场监督管理局": dec("23458.63") + dec("38264.95") + dec("2176.40"),
    "科学技术局": dec("2356.78") + dec("48620.50") + dec("1210"),
    "应急管理局": dec("5386.72") + dec("42615.48") + dec("1268.30"),
    "司法局": dec("9412.58") + dec("31286.74") + dec("1248.60"),
    "总工会": dec("1666.42") + dec("2180.04") + dec("352.44"),
}
PEOPLE = {"教育局": 5268, "人力资源和社会保障局": 486, "交通运输局": 186, "水务局": 356, "城市管理和综合执法局": 724,
          "卫生健康局": 312, "医疗保障局": 168, "自然资源局": 412, "民政局": 143, "农业农村局": 298,
          "文化广电旅游体育局": 628, "生态环境局": 268, "商务局": 142, "市场监督管理局": 1026, "科学技术局": 68,
          "应急管理局": 215, "司法局": 326, "总工会": 37}
WJ25_TOTAL = dec("8315.62") + dec("91206.48") + dec("3102.50")
INFO_TASKS = [76450000.5, 27450000, 21650000, 18750000, 18570000, 17450000, 15940000, 15930000, 15860000,
              12860000, 12830000, 12680000, 12380000, 9540000, 4650000, 4560000]  # every 东莞 2026 task named …信息化…
RANK_ORDER = sorted(DG_TOTALS, key=lambda k: -DG_TOTALS[k])

RECIPES = {
    "b8-028": [pct("9412.58", DG_TOTALS["司法局"])],
    "b8-055": [fmt_yuan(23650000 + 18460000 + 12830000)],
    "b8-076": [fmt_yuan(sum(S_TASKS))],
    "b8-077": [f"{r2(dec(sum(S_TASKS)) / 10)}元"],
    "b8-078": [fmt_yuan(sum(C_TASKS))],
    "b8-079": [fmt_yuan(168500000 + 45800000 + 32600000)],
    "b8-080": [pct(168500000, sum(C_TASKS))],
    "b8-081": [fmt_wan(DG_TOTALS["司法局"] + DG_TOTALS["商务局"])],
    "b8-082": [pct("58736.15", DG_TOTALS["商务局"])],
    "b8-083": [fmt_wan(sum(DG_TOTALS.values()))],
    "b8-084": [fmt_wan(sum(DG_TOTALS.values()) / 18)],
    "b8-085": [pct("62318.56", DG_TOTALS["商务局"])],
    "b8-086": ["#" + str(sum(PEOPLE.values()))],
    "b8-087": [fmt_yuan(sum(dec(x) for x in INFO_TASKS))],
    "b8-093": ["#" + str(RANK_ORDER.index("商务局") + 1)],
    "b8-099": [fmt_wan(DG_TOTALS["商务局"] - DG_TOTALS["市场监督管理局"])],
    "b8-100": [fmt_wan(DG_TOTALS["生态环境局"] - DG_TOTALS["商务局"])],
    "b8-101": ["2365800元", "2356800元", fmt_yuan(2365800 - 2356800)],
    "b8-102": [fmt_yuan(4650000 - 4560000)],
    "b8-103": [pct(DG_TOTALS["司法局"], DG_TOTALS["应急管理局"])],
    "b8-104": ["#" + str(143 - 142)],
    "b8-105": [str(r2(dec(168500000) / dec(32600000)))],
    "b8-106": [fmt_wan(dec("9412.58") - dec("3865.42"))],
    "b8-107": [fmt_yuan(1268500 - 1268000)],
    "b8-108": ["1385600元", "1358600元", "1356800元"],
    "b8-109": [fmt_wan(dec("124687.38") - dec("97468.35"))],
    "b8-110": ["#" + str(68 - 37)],
    "b8-122": [fmt_wan(DG_TOTALS["司法局"])],
    "b8-123": [fmt_wan(DG_TOTALS["商务局"]), fmt_wan(DG_TOTALS["市场监督管理局"])],
    "b8-131": ["#142", "#168"],
    "b8-134": [fmt_yuan(23800000 - 21500000)],
    "b8-135": [pct(23800000 - 21500000, 21500000)],
    "b8-136": [pct(86400000 - 79800000, 79800000)],
    "b8-137": [fmt_wan(DG_TOTALS["卫生健康局"] - WJ25_TOTAL)],
    "b8-138": [pct(dec("96418.25") - dec("91206.48"), "91206.48")],
    "b8-141": [fmt_yuan(5860000 - 3302000)],
    "b8-142": [fmt_yuan(sum(W_TASKS) - sum(W23_TASKS))],
    "b8-147": [fmt_wan(DG_TOTALS["商务局"])],
}

COUNTS = {
    "b8-036": lambda T: T[C]["basic_info"]["财政供养人员数"],
    "b8-037": lambda T: T[S]["basic_info"]["下属二级单位数"],
    "b8-065": lambda T: len(T[S]["tasks"]),
    "b8-066": lambda T: sum(1 for x in T[S]["tasks"] if x["section"] == "年度重点工作任务"),
    "b8-067": lambda T: len(T[C]["indicators"]),
    "b8-068": lambda T: sum(1 for i in T[C]["indicators"] if i["level2"] == "数量指标"),
    "b8-069": lambda T: sum(1 for i in T[S]["indicators"] if i["level2"] == "质量指标"),
    "b8-070": lambda T: len(DG_TOTALS),
    "b8-071": lambda T: sum(1 for x in T[C]["tasks"] if x["section"] == "其他需完成的任务"),
    "b8-072": lambda T: sum(1 for v in DG_TOTALS.values() if v < 50000),
    "b8-073": lambda T: sum(1 for i in T[S]["indicators"] if i["level1"] == "效益指标"),
    "b8-074": lambda T: len(T["shuiwuju_2026"]["tasks"]),
    "b8-075": lambda T: len(INFO_TASKS),
    "b8-150": lambda T: len(T[S]["tasks"]),
}

C_OVER_10M = ["外贸稳增长专项资金", "促进消费专项资金", "招商引资专项经费", "跨境电商发展扶持资金", "企业参展补助经费",
              "商贸流通体系建设补助"]
C_KEY = ["外贸稳增长专项资金", "促进消费专项资金", "招商引资专项经费"]
S_KEY = ["法律援助经费", "公共法律服务体系建设经费"]
NAMES = {  # typed by hand from the printed tables
    "b8-054": ["法律援助经费", "公共法律服务体系建设经费", "智慧司法信息化建设经费"],
    "b8-056": ["外贸稳增长专项资金", "促进消费专项资金", "招商引资专项经费", "跨境电商发展扶持资金"],
    "b8-057": ["市场运行监测和行业监管经费", "外经贸企业培训经费", "商务政策宣传经费"],
    "b8-058": ["办理法律援助案件", "调解矛盾纠纷", "规范化建设司法所", "为受援人挽回经济损失", "矛盾纠纷化解率"],
    "b8-059": ["支持企业参加境内外展会", "新引进亿元以上项目", "建设一刻钟便民生活圈", "实际使用外资", "跨境电商进出口额增长率"],
    "b8-060": ["文化广电旅游体育局", "生态环境局", "商务局", "市场监督管理局"],
    "b8-061": ["总工会", "科学技术局", "商务局", "民政局", "医疗保障局", "交通运输局"],
    "b8-062": ["医务人员培训经费", "高素质农民培训经费", "公益培训费", "交通运输行业安全培训经费", "安全生产培训经费"],
    "b8-063": ["法律援助案件办案补贴标准", "人民调解个案补贴标准", "司法所规范化建设补助标准", "社区矫正对象再犯罪率",
               "法律援助申请审查办结时限"],
    "b8-064": ["生活垃圾分类宣传督导经费", "文化旅游宣传推广经费", "健康宣传教育经费", "防灾减灾宣传教育经费", "法治宣传教育经费",
               "农产品品牌宣传推介经费"],
    "b8-066": S_KEY, "b8-111": S_KEY,
    "b8-072": ["总工会", "司法局", "应急管理局"],
    "b8-079": C_KEY, "b8-155": C_KEY,
    "b8-112": ["社会消费品零售总额增长率", "实际使用外资", "外贸进出口总额"],
    "b8-114": ["法律援助申请审查办结时限", "智慧司法平台上线时间"],
    "b8-116": ["产出指标", "质量指标"], "b8-117": ["产出指标", "质量指标"],
    "b8-118": ["其他需完成的任务"],
    "b8-119": ["企业满意度", "消费者满意度"],
    "b8-120": ["安全生产培训人均成本", "应急救援队伍建设补助标准"],
    "b8-121": ["矛盾纠纷化解率", "公民法治素养"],
    "b8-154": C_OVER_10M,
    "b8-169": ["法治宣传教育经费", "自然资源法治宣传培训经费"],
    "b8-170": ["文化广电旅游体育局", "商务局"],
}
RANKED = {  # names and figures in order
    "b8-088": (["外贸稳增长专项资金"], ["168500000元"]),
    "b8-089": (["促进消费专项资金"], ["45800000元"]),
    "b8-090": (["法律援助经费", "公共法律服务体系建设经费", "智慧司法信息化建设经费"], ["23650000元", "18460000元", "12830000元"]),
    "b8-091": (["司法行政人员培训经费"], ["1268000元"]),
    "b8-092": (["总工会", "司法局", "应急管理局"], ["4198.90万元", "41947.92万元", "49270.50万元"]),
    "b8-094": (["总工会", "科学技术局", "商务局"], ["#37", "#68", "#142"]),
    "b8-095": (["总工会", "科学技术局", "商务局"], ["1666.42万元", "2356.78万元", "3865.42万元"]),
    "b8-096": (["总工会", "司法局", "市场监督管理局"], ["2180.04万元", "31286.74万元", "38264.95万元"]),
    "b8-097": (["教育局"], ["32272.44万元"]),
    "b8-098": (["医务人员培训经费", "卫生健康局"], ["6420000元"]),
}
ABSENT_COUNTS = {}
HAND_FIRST = {  # first figure of questions on indicators whose 实施周期 and 年度 values differ, typed by hand
    "b8-014": "≥1.6万件", "b8-015": "≥4.8万件", "b8-016": "≥200个", "b8-020": "≥10%", "b8-151": "≥200个",
    "b8-180": "≥3.5万宗", "b8-139": "≥1300人次",
}
ABSENT_OWN = {  # traps whose wrong answer is another value of the asked table itself
    "b8-176": "商务政策宣传活动 ≥50场 vs the goal's 招商推介活动 60场",
    "b8-179": "≥95% is 市监局's 12315热线接通率 and also 司法局's 法律援助受援人满意度",
}
YESNO = {"b8-122": "否", "b8-123": "是", "b8-124": "是", "b8-126": "否", "b8-127": "否", "b8-128": "是",
         "b8-129": "否", "b8-130": "否", "b8-131": "是", "b8-132": "是", "b8-133": "否", "b8-140": "否",
         "b8-147": "是"}

FORMATS = [
    ("yuan", re.compile(r"^\d+(\.\d+)?元$")),
    ("wan", re.compile(r"^\d+\.\d{2}万元$")),
    ("pct", re.compile(r"^\d+\.\d{2}%$")),
    ("ratio", re.compile(r"^\d+\.\d{2}$")),
    ("count", re.compile(r"^#\d+$")),
]


def main() -> int:
    T = load_tables()
    errors: list[str] = []

    def err(rid, msg):
        errors.append(f"{rid}: {msg}")

    # the two new tables: hand-typed budget lines, identities, text
    for slug, hand in HAND_BUDGET.items():
        b = {x["name"]: dec(x["amount_wan"]) for x in T[slug]["budget"]}
        for k, v in hand.items():
            if b.get(k) != dec(v):
                err(slug, f"budget {k}: {b.get(k)} != hand {v}")
        if b["基本支出"] + b["项目支出"] + b["其他事业发展性支出"] != b["财政拨款"] + b["其他资金"]:
            err(slug, "预算合计 != 财政拨款 + 其他资金")
        if b["财政专项资金"] != b["市本级使用资金"] + b["拟用于对下转移支付资金"]:
            err(slug, "财政专项资金 != 市本级 + 对下")
    if sorted(x["amount_yuan"] for x in T[S]["tasks"]) != sorted(S_TASKS):
        err(S, "task amounts differ from the hand list")
    if sorted(x["amount_yuan"] for x in T[C]["tasks"]) != sorted(C_TASKS):
        err(C, "task amounts differ from the hand list")
    dg = [t for t in T.values() if t["department"].startswith("东莞") and t["year"] == 2026
          and t.get("kind", "department") == "department" and t.get("budget")]
    if sorted(t["department"][3:] for t in dg) != sorted(DG_TOTALS):
        err("DG", f"东莞 2026 department tables {sorted(t['department'][3:] for t in dg)}")
    for t in dg:
        if heji(t) != DG_TOTALS[t["department"][3:]]:
            err("DG", f"{t['department']} 预算合计 {heji(t)} != hand {DG_TOTALS[t['department'][3:]]}")
    info = sorted((dec(x["amount_yuan"]) for t in dg for x in t["tasks"] if "信息化" in x["name"]), reverse=True)
    if info != [dec(x) for x in INFO_TASKS]:
        err("DG", f"信息化 tasks {info}")
    for t in dg:
        if t["basic_info"]["财政供养人员数"] != PEOPLE[t["department"][3:]]:
            err("DG", f"{t['department']} 人员 {t['basic_info']['财政供养人员数']} != hand")

    for slug, t in T.items():
        txt = t.get("_text")
        if not txt:
            continue
        for x in t.get("tasks", []):
            if x["name"] not in txt:
                err(slug, f"task {x['name']} not in text")
        for i in t.get("indicators", []):
            if i["level3"] not in txt:
                err(slug, f"indicator {i['level3']} not in text")
            if i["annual_value"] not in txt:
                err(slug, f"value {i['annual_value']} not in text")
        for g in goals_of(t):
            if g not in txt:
                err(slug, f"goal not in text: {g[:20]}")

    all_atoms = set().union(*(atoms(t) for t in T.values()))
    all_vocab = set().union(*(vocab(t) for t in T.values()))
    all_text = "\n".join(t.get("_text", "") for t in T.values()) + "\n" + "\n".join(
        g for t in T.values() for g in goals_of(t))

    lines = (BLIND / "batch_08.jsonl").read_text(encoding="utf-8").splitlines()
    if len(lines) != 180:
        err("file", f"{len(lines)} questions, not 180")
    recs = [json.loads(x) for x in lines]
    prev = None
    for n, r in enumerate(recs, 1):
        rid = r.get("id")
        if list(r) != FIELDS:
            err(rid, f"fields {list(r)}")
        if rid != f"b8-{n:03d}":
            err(rid, "id out of sequence")
        if r["category"] not in CATS:
            err(rid, "category")
        if r["expect"] not in EXPECTS:
            err(rid, "expect")
        if (r["category"] == "followup") != (r["followup_of"] is not None):
            err(rid, "followup category / followup_of mismatch")
        if r["followup_of"] is not None and r["followup_of"] != prev:
            err(rid, "followup_of is not the preceding line")
        if r["expect"] in ("not_found", "clarify") and (r["figures"] or r["yesno"]):
            err(rid, "not_found/clarify with figures or yes/no")
        if r["category"] == "yesno" and r["yesno"] not in ("是", "否"):
            err(rid, "yesno missing")
        if rid in HAND_FIRST and (not r["figures"] or r["figures"][0] != HAND_FIRST[rid]):
            err(rid, f"first figure {r['figures'][:1]} != hand {HAND_FIRST[rid]}")
        if rid in YESNO and r["yesno"] != YESNO[rid]:
            err(rid, f"yesno {r['yesno']} != hand {YESNO[rid]}")
        if r["yesno"] is not None and rid not in YESNO:
            err(rid, "yes/no answer not typed by hand")
        if not r["note"] and r["category"] in ("not_found", "trap"):
            err(rid, "trap without note")
        prev = rid

        chain_q, rr = r["q"], r
        while rr["followup_of"]:
            rr = recs[int(rr["followup_of"][3:]) - 1]
            chain_q = rr["q"] + "|" + chain_q
        slugs = named(chain_q)
        scope_atoms = set().union(*(atoms(T[s]) for s in slugs)) if slugs else all_atoms
        recipe = list(RECIPES.get(rid, []))
        if rid in COUNTS:
            recipe.append(f"#{COUNTS[rid](T)}")

        for f in r["figures"]:
            kinds = [k for k, rx in FORMATS if rx.match(f)]
            if r["category"] == "prose" or (not kinds and f not in all_atoms):
                tabs = [T[s] for s in slugs] or list(T.values())
                if not any(f in g for t in tabs for g in goals_of(t)):
                    err(rid, f"prose {f} not in the goals of {slugs}")
                for t in tabs:
                    if any(f in g for g in goals_of(t)):
                        rest = [x["name"] + x.get("content", "") + x.get("expected", "") for x in t.get("tasks", [])] \
                            + [i["level3"] + i["annual_value"] + str(i.get("period_value")) for i in t["indicators"]]
                        if any(f in x for x in rest):
                            err(rid, f"prose {f} also occurs outside the goals of {t['department']}")
                continue
            is_value = f in all_atoms
            if not kinds and not is_value:
                err(rid, f"figure format {f!r}")
            if f in scope_atoms or f in recipe:
                continue
            if rid in RANKED and f in RANKED[rid][1] and f in all_atoms:
                continue
            err(rid, f"figure {f} neither a value of {slugs or 'any table'} nor a hand recipe")
        scoped = [T[s] for s in slugs] if slugs else list(T.values())
        if r["figures"] and r["names"] and not r["figures"][0].startswith("#") \
                and r["category"] not in ("prose", "ranking", "compare", "aggregate", "yoy"):
            own = set()
            for t in scoped:
                for x in t.get("tasks", []):
                    if x["name"] in r["names"]:
                        own.add(fmt_yuan(x["amount_yuan"]))
                for i in t.get("indicators", []):
                    if i["level3"] in r["names"]:
                        own.update([i["annual_value"], i.get("period_value")])
            if own and r["expect"] == "ok" and r["figures"][0] not in own:
                err(rid, f"first figure {r['figures'][0]} is no value of the named {r['names']}")
        for f in RECIPES.get(rid, []):
            if f not in r["figures"]:
                err(rid, f"hand recipe {f} missing from figures {r['figures']}")
        if rid in COUNTS and f"#{COUNTS[rid](T)}" != r["figures"][0]:
            err(rid, f"count {r['figures'][0]} != #{COUNTS[rid](T)}")
        if rid in RANKED and (RANKED[rid][0] != r["names"] or RANKED[rid][1] != r["figures"]):
            err(rid, f"ranking {r['names']} {r['figures']} != hand {RANKED[rid]}")
        if rid in NAMES and sorted(NAMES[rid]) != sorted(r["names"]):
            err(rid, f"names {r['names']} != hand list {NAMES[rid]}")
        if r["category"] in ("filter", "structure") and not r["figures"] and rid not in NAMES and r["names"]:
            err(rid, "list question without a hand list")
        for nm in r["names"]:
            if nm not in all_vocab and not any(nm in v for v in all_vocab):
                err(rid, f"name {nm} not a word of the tables")
        for a in r["absent"]:
            if a in r["figures"]:
                err(rid, f"absent {a} among figures")
            if a not in all_atoms and a not in all_text and a not in ABSENT_COUNTS.get(rid, lambda T: [])(T):
                err(rid, f"absent {a} is no value of any table")
            if slugs and r["expect"] == "ok" and rid not in ABSENT_OWN \
                    and any(a in atoms(T[s]) for s in slugs if s != "dongguan_approval_2023_unseen"):
                err(rid, f"absent {a} is a value of the asked table itself")

    for e in errors:
        print(e)
    print(f"{len(lines)} questions checked, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
