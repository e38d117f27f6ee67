"""Second, independent check of tests/blind/batch_09.jsonl (0 errors required).

Adapted from batch8_tools/verify8.py and written apart from gen_batch9.py / truth9.py: it loads
the tables itself (batches.json's list for batch_09), and
- checks the two new tables against budget lines, project funds and task amounts typed here by hand,
  and their identities;
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
    names = batches["batch_09.jsonl"]
    assert names[:len(batches["batch_08.jsonl"])] == batches["batch_08.jsonl"]
    assert names[-2:] == ["zhujianju_2026", "zhujian_jiuqu_2026"]
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
Z, P = "zhujianju_2026", "zhujian_jiuqu_2026"
S, C = "sifaju_2026", "shangwuju_2026"
W, M = "wenguangluti_2026", "yibaoju_2026"
ALIASES = [
    ("住建", [Z]), ("主建", [Z]), ("住房和城", [Z]), ("智慧住建", [Z]), ("城中村", [Z]), ("完整社区", [Z]),
    ("保障性租赁住房", [Z]), ("配售型", [Z]), ("燃气", [Z]), ("瓶改管", [Z]), ("建筑业", [Z]), ("装配式", [Z]),
    ("城建档案", [Z]), ("保障性安居", [Z]), ("住房保障政策", [Z]), ("既有住宅", [Z]),
    ("老旧小区改造项目", [P]), ("老舊小區改造項目", [P]),
    ("应急指挥信息化平台建设项目", ["yingji_xinxihua_2026"]),
    ("司法", [S]), ("商务", [C]),
    ("文广", [W]), ("医保", [M]),
    ("卫健", ["weijianju_2026", "weijianju_2025"]),
    ("人社", ["renshe_2026"]), ("民政", ["minzhengju_2026"]), ("应急", ["yingji_2026"]),
    ("水务", ["shuiwuju_2026"]), ("城管", ["chengguan_2026"]), ("生态环境", ["shengtai_2026"]),
    ("交通", ["jiaotongju_2026"]), ("市监", ["shijianju_2026"]), ("农业农村", ["nongyenongcun_2026"]),
    ("教育局", ["jiaoyuju_2026"]),
    ("总工会", ["zonggonghui_2026", "zonggonghui_2025"]),
    ("科技局", ["kejiju_2026", "kejiju_2025"]),
]


def named(q: str) -> list[str]:
    out = []
    for key, slugs in ALIASES:
        if key in q:
            out += [s for s in slugs if s not in out]
    return out


# ------------------------------------------------------------------ hand-typed from the printed tables
HAND_BUDGET = {  # 万元, as printed on the new department form
    Z: {"基本支出": "7856.34", "财政拨款": "124518.26", "项目支出": "118642.57", "其他资金": "4417.45",
        "财政专项资金": "86500.00", "市本级使用资金": "71300.00", "其他事业发展性支出": "2436.80",
        "拟用于对下转移支付资金": "15200.00"},
}
HAND_FUNDS = {P: {"实施周期资金总额": "38650.00", "年度资金总额": "12880.00", "财政拨款": "11650.00", "其他资金": "1230.00"}}
Z_TASKS = [265800000, 186400000, 48600000, 56300000, 24680000, 15960000, 12650000, 9680000, 3680000, 3182000,
           2458000, 1365800]
Z_KEY = ["城镇老旧小区改造补助资金", "保障性安居工程专项资金", "房屋安全隐患排查整治经费"]
Z_OVER_10M = Z_KEY + ["燃气管网安全改造经费", "既有住宅加装电梯补助", "智慧住建信息化建设经费", "建筑节能与绿色建筑补助"]

DG_TOTALS = {  # 预算合计 of the 19 东莞 2026 部门整体 tables, 万元 (基本 + 项目 + 其他事业发展性)
    "教育局": dec("125430.18") + dec("286754.62") + dec("18600"),
    "人力资源和社会保障局": dec("12386.54") + dec("186420.73") + dec("4318.60"),
    "交通运输局": dec("5428.66") + dec("138652.30") + dec("2145.00"),
    "水务局": dec("8236.54") + dec("124687.38") + dec("2415.60"),
    "住房和城乡建设局": dec("7856.34") + dec("118642.57") + dec("2436.80"),
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
PEOPLE = {"教育局": 5268, "人力资源和社会保障局": 486, "交通运输局": 186, "水务局": 356, "住房和城乡建设局": 286,
          "城市管理和综合执法局": 724, "卫生健康局": 312, "医疗保障局": 168, "自然资源局": 412, "民政局": 143,
          "农业农村局": 298, "文化广电旅游体育局": 628, "生态环境局": 268, "商务局": 142, "市场监督管理局": 1026,
          "科学技术局": 68, "应急管理局": 215, "司法局": 326, "总工会": 37}
INFO_TASKS = [76450000.5, 27450000, 21650000, 18750000, 18570000, 17450000, 15960000, 15940000, 15930000,
              15860000, 12860000, 12830000, 12680000, 12380000, 9540000, 4650000, 4560000]  # every 东莞 2026 …信息化… task
RANK_ORDER = sorted(DG_TOTALS, key=lambda k: -DG_TOTALS[k])
Z_TOTAL = DG_TOTALS["住房和城乡建设局"]
KJ25_TOTAL = dec("2298.4") + dec("45310") + dec("1150")
ZGH25_TOTAL = dec("1598.36") + dec("2045.2") + dec("338.1")

RECIPES = {
    "b9-030": [pct("7856.34", Z_TOTAL)],
    "b9-077": [fmt_yuan(sum(Z_TASKS))],
    "b9-078": [f"{r2(dec(sum(Z_TASKS)) / 12)}元"],
    "b9-079": [fmt_yuan(265800000 + 186400000 + 48600000)],
    "b9-080": [pct(265800000, sum(Z_TASKS))],
    "b9-081": [pct("118642.57", Z_TOTAL)],
    "b9-082": [fmt_wan(sum(DG_TOTALS.values()))],
    "b9-083": [fmt_wan(sum(DG_TOTALS.values()) / 19)],
    "b9-084": ["#" + str(sum(PEOPLE.values()))],
    "b9-085": [fmt_wan(Z_TOTAL + DG_TOTALS["水务局"])],
    "b9-086": [fmt_yuan(358200000 + 92680000 + 56300000)],
    "b9-087": [pct("11650", "12880")],
    "b9-088": [fmt_yuan(298500000 + 132600000)],
    "b9-092": ["#" + str(RANK_ORDER.index("住房和城乡建设局") + 1)],
    "b9-100": [fmt_wan(DG_TOTALS["水务局"] - Z_TOTAL)],
    "b9-101": [fmt_wan(Z_TOTAL - DG_TOTALS["城市管理和综合执法局"])],
    "b9-102": [fmt_yuan(15960000 - 15860000)],
    "b9-103": [fmt_yuan(3182000 - 3128000)],
    "b9-104": [str(r2(dec(92680000) / dec(56300000)))],
    "b9-105": ["#" + str(298 - 286)],
    "b9-106": [str(r2(dec(265800000) / dec(186400000)))],
    "b9-107": [fmt_wan(dec("12880") - dec("1620"))],
    "b9-108": [pct("12880", "118642.57")],
    "b9-109": ["1365800元", "1356800元"],
    "b9-110": [fmt_wan(dec("124518.26") - dec("112148.57"))],
    "b9-111": [fmt_wan(DG_TOTALS["教育局"] - DG_TOTALS["人力资源和社会保障局"])],
    "b9-123": [fmt_wan(Z_TOTAL)],
    "b9-124": [fmt_wan(Z_TOTAL), fmt_wan(DG_TOTALS["水务局"])],
    "b9-134": ["#286", "#326"],
    "b9-138": [fmt_yuan(412650000 - 389200000)],
    "b9-139": [pct(412650000 - 389200000, 389200000)],
    "b9-140": [fmt_wan(DG_TOTALS["科学技术局"] - KJ25_TOTAL)],
    "b9-141": [pct(1950000 - 1800000, 1800000)],
    "b9-142": ["#" + str(312 - 305)],
    "b9-143": ["#" + str(6 - 4)],
    "b9-145": [pct(DG_TOTALS["总工会"] - ZGH25_TOTAL, ZGH25_TOTAL)],
    "b9-149": [fmt_wan(Z_TOTAL)],
}

COUNTS = {
    "b9-034": lambda T: T[Z]["basic_info"]["财政供养人员数"],
    "b9-035": lambda T: T[Z]["basic_info"]["下属二级单位数"],
    "b9-066": lambda T: len(T[Z]["tasks"]),
    "b9-067": lambda T: sum(1 for x in T[Z]["tasks"] if x["section"] == "年度重点工作任务"),
    "b9-068": lambda T: len(T[Z]["indicators"]),
    "b9-069": lambda T: sum(1 for i in T[Z]["indicators"] if i["level2"] == "数量指标"),
    "b9-070": lambda T: sum(1 for i in T[Z]["indicators"] if i["level1"] == "效益指标"),
    "b9-071": lambda T: len(T[P]["indicators"]),
    "b9-072": lambda T: len(DG_TOTALS),
    "b9-073": lambda T: sum(1 for v in DG_TOTALS.values() if v > 100000),
    "b9-074": lambda T: len(INFO_TASKS),
    "b9-075": lambda T: sum(1 for i in T[S]["indicators"] if i["level2"] == "质量指标"),
    "b9-076": lambda T: len(T[W]["tasks"]),
    "b9-150": lambda T: len(T[Z]["tasks"]),
}

NAMES = {  # typed by hand from the printed tables
    "b9-039": ["东莞市住房保障和城市更新服务中心"],
    "b9-056": Z_OVER_10M, "b9-155": Z_OVER_10M,
    "b9-057": ["物业管理行业监管经费", "建筑施工安全培训经费", "城建档案数字化经费", "住房保障政策宣传经费"],
    "b9-058": ["改造城镇老旧小区", "发放住房租赁补贴", "既有住宅加装电梯", "建筑施工安全监督检查", "带动社会投资",
               "住房困难家庭保障率"],
    "b9-059": ["改造城镇老旧小区数量", "同步加装电梯", "改造建筑面积"],
    "b9-060": ["老旧小区改造工程竣工验收合格率", "燃气安全隐患整改率", "住房租赁补贴发放准确率", "城镇新建民用建筑绿色建筑占比"],
    "b9-061": ["污水管网建设与修复经费", "供水管网改造经费", "燃气管网安全改造经费"],
    "b9-062": ["水务局", "住房和城乡建设局"],
    "b9-063": ["较大及以上建筑施工安全事故", "较大及以上燃气安全事故"],
    "b9-064": ["河涌综合整治工程经费", "污水管网建设与修复经费", "供水管网改造经费"],
    "b9-065": ["安全生产执法检查", "开展应急救援联合演练", "安全生产培训", "公众防灾减灾知识知晓率"],
    "b9-067": Z_KEY, "b9-079": Z_KEY, "b9-112": Z_KEY, "b9-156": Z_KEY,
    "b9-088": ["城乡低保救助资金", "养老服务体系建设资金"],
    "b9-113": ["智慧住建综合监管平台上线时间", "住房租赁补贴发放"],
    "b9-115": ["产出指标", "质量指标"],
    "b9-116": ["其他需完成的任务"],
    "b9-117": ["改造小区居民满意度", "保障对象满意度"],
    "b9-118": ["老旧小区改造户均投入", "加装电梯单台补助标准"],
    "b9-120": ["住房困难家庭保障率", "较大及以上建筑施工安全事故", "较大及以上燃气安全事故"],
    "b9-121": ["住房和城乡建设局"],
    "b9-122": ["城市建成区黑臭水体", "重点河涌水质达标率"],
    "b9-169": ["既有住宅加装电梯补助标准", "加装电梯单台补助标准"],
    "b9-170": ["城镇老旧小区改造补助资金", "城镇老旧小区改造项目"],
    "b9-173": ["燃气管网安全改造经费", "供水管网改造经费"],
    "b9-174": ["建筑施工安全培训经费", "安全生产培训经费", "交通运输行业安全培训经费"],
}
RANKED = {  # names and figures in order
    "b9-089": (["城镇老旧小区改造补助资金"], ["265800000元"]),
    "b9-090": (["保障性安居工程专项资金"], ["186400000元"]),
    "b9-091": (["住房保障政策宣传经费", "城建档案数字化经费", "建筑施工安全培训经费"], ["1365800元", "2458000元", "3182000元"]),
    "b9-093": (["教育局", "人力资源和社会保障局", "交通运输局", "水务局", "住房和城乡建设局"],
               ["430784.80万元", "203125.87万元", "146225.96万元", "135339.52万元", "128935.71万元"]),
    "b9-094": (["教育信息化建设", "人社信息化建设经费", "智慧交通信息化建设经费"], ["76450000.5元", "27450000元", "21650000元"]),
    "b9-095": (["交通运输行业安全培训经费", "建筑施工安全培训经费", "安全生产培训经费"], ["3280000元", "3182000元", "3128000元"]),
    "b9-096": (["教育局", "市场监督管理局", "城市管理和综合执法局"], ["#5268", "#1026", "#724"]),
    "b9-097": (["水务局"], ["124687.38万元"]),
    "b9-098": (["污水管网建设与修复经费"], ["358200000元"]),
    "b9-099": (["教育局", "市场监督管理局", "城市管理和综合执法局"], ["125430.18万元", "23458.63万元", "15832.09万元"]),
}
ABSENT_COUNTS = {}
HAND_FIRST = {  # first figure of questions on indicators whose 实施周期 and 年度 values differ, typed by hand
    "b9-014": "≥120个", "b9-015": "≥360个", "b9-016": "≥6000户", "b9-020": "≥3000项次", "b9-021": "≥92%",
    "b9-022": "≥20亿元", "b9-171": "≥150台",
}
ABSENT_OWN = {}
YESNO = {"b9-123": "是", "b9-124": "否", "b9-125": "是", "b9-127": "否", "b9-128": "否", "b9-129": "是",
         "b9-130": "否", "b9-131": "否", "b9-132": "是", "b9-133": "是", "b9-134": "否", "b9-135": "是",
         "b9-149": "否"}

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

    # the two new tables: hand-typed budget lines, project funds, task amounts, identities
    for slug, hand in HAND_BUDGET.items():
        b = {x["name"]: dec(x["amount_wan"]) for x in T[slug]["budget"]}
        for k, v in hand.items():
            if b.get(k) != dec(v):
                err(slug, f"budget {k}: {b.get(k)} != hand {v}")
        if b["基本支出"] + b["项目支出"] + b["其他事业发展性支出"] != b["财政拨款"] + b["其他资金"]:
            err(slug, "预算合计 != 财政拨款 + 其他资金")
        if b["财政专项资金"] != b["市本级使用资金"] + b["拟用于对下转移支付资金"]:
            err(slug, "财政专项资金 != 市本级 + 对下")
    for slug, hand in HAND_FUNDS.items():
        f = {x["name"]: dec(x["amount_wan"]) for x in T[slug]["funds"]}
        for k, v in hand.items():
            if f.get(k) != dec(v):
                err(slug, f"fund {k}: {f.get(k)} != hand {v}")
        if f["年度资金总额"] != f["财政拨款"] + f["其他资金"]:
            err(slug, "年度资金总额 != 财政拨款 + 其他资金")
    if sorted(x["amount_yuan"] for x in T[Z]["tasks"]) != sorted(Z_TASKS):
        err(Z, "task amounts differ from the hand list")
    if [x["name"] for x in T[Z]["tasks"] if x["section"] == "年度重点工作任务"] != Z_KEY:
        err(Z, "key tasks differ from the hand list")
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

    path = Path(sys.argv[1]) if len(sys.argv) > 1 else BLIND / "batch_09.jsonl"  # a copy, for mutation tests
    lines = path.read_text(encoding="utf-8").splitlines()
    if len(lines) != 180:
        err("file", f"{len(lines)} questions, not 180")
    recs = [json.loads(x) for x in lines]
    prev = None
    for n, r in enumerate(recs, 1):
        rid = r.get("id")
        if list(r) != FIELDS:
            err(rid, f"fields {list(r)}")
        if rid != f"b9-{n:03d}":
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
