"""Second, independent check of tests/blind/batch_07.jsonl (0 errors required).

Adapted from batch6_tools/verify6.py and written apart from gen_batch7.py / truth7.py: it loads
the tables itself (batches.json's list for batch_07), and
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
    names = batches["batch_07.jsonl"]
    assert names[:len(batches["batch_06.jsonl"])] == batches["batch_06.jsonl"]
    assert names[-2:] == ["wenguangluti_2026", "yibaoju_2026"]
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
W, M = "wenguangluti_2026", "yibaoju_2026"
ALIASES = [
    ("文广", [W]), ("文旅", [W]), ("文廣", [W]), ("社区体育公园", [W]), ("旅游总收入", [W]),
    ("医保", [M]), ("醫保", [M]), ("醫療保障", [M]), ("医疗保", [M]), ("住院费用", [M]), ("门诊慢特病", [M]),
    ("困难群众住院", [M]), ("定点医药", [M]),
    ("卫健", ["weijianju_2026", "weijianju_2025"]), ("卫建", ["weijianju_2026"]),
    ("人社", ["renshe_2026"]), ("民政", ["minzhengju_2026"]), ("应急", ["yingji_2026"]),
    ("水务", ["shuiwuju_2026"]), ("城管", ["chengguan_2026"]), ("生态环境", ["shengtai_2026"]),
    ("交通", ["jiaotongju_2026"]), ("市监", ["shijianju_2026"]), ("教育局", ["jiaoyuju_2026"]),
    ("总工会", ["zonggonghui_2026", "zonggonghui_2025"]), ("總工會", ["zonggonghui_2026"]),
    ("科技局", ["kejiju_2026", "kejiju_2025"]), ("农业农村", ["nongyenongcun_2026"]),
    ("自然资源", ["ziranziyuan_2026"]),
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
    W: {"基本支出": "14286.35", "财政拨款": "65432.78", "项目支出": "52748.60", "其他资金": "3467.37",
        "财政专项资金": "31500.00", "市本级使用资金": "24180.00", "其他事业发展性支出": "1865.20",
        "拟用于对下转移支付资金": "7320.00"},
    M: {"基本支出": "4127.86", "财政拨款": "101356.92", "项目支出": "97865.40", "其他资金": "1562.84",
        "财政专项资金": "86400.00", "市本级使用资金": "61250.00", "其他事业发展性支出": "926.50",
        "拟用于对下转移支付资金": "25150.00"},
}
W_TASKS = [16850000, 21600000, 22500000, 26430000, 15380000, 12860000, 9860000, 5860000, 4265000,
           3865000, 2485000, 1286500]
M_TASKS = [728600000, 84600000, 45600000, 18570000, 12450000, 9650000, 6850000, 3820000, 1358600, 956000]

DG_TOTALS = {  # 预算合计 of the 16 东莞 2026 部门整体 tables, 万元 (基本 + 项目 + 其他事业发展性)
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
    "市场监督管理局": dec("23458.63") + dec("38264.95") + dec("2176.40"),
    "科学技术局": dec("2356.78") + dec("48620.50") + dec("1210"),
    "应急管理局": dec("5386.72") + dec("42615.48") + dec("1268.30"),
    "总工会": dec("1666.42") + dec("2180.04") + dec("352.44"),
}
WJ25_TOTAL = dec("8315.62") + dec("91206.48") + dec("3102.50")
INFO_TASKS = [76450000.5, 27450000, 21650000, 18750000, 18570000, 17450000, 15940000, 15930000, 15860000,
              12860000, 12680000, 12380000, 9540000, 4650000]  # every 东莞 2026 task named …信息化…
RANK_ORDER = sorted(DG_TOTALS, key=lambda k: -DG_TOTALS[k])

RECIPES = {
    "b7-003": [fmt_yuan(16850000 - 12500000)],
    "b7-028": [pct("97865.40", DG_TOTALS["医疗保障局"])],
    "b7-054": [fmt_yuan(21600000 + 22500000 + 26430000)],
    "b7-076": [fmt_yuan(sum(W_TASKS))],
    "b7-077": [f"{r2(dec(sum(W_TASKS)) / 12)}元"],
    "b7-078": [fmt_yuan(sum(M_TASKS))],
    "b7-079": [fmt_yuan(728600000 + 84600000)],
    "b7-080": [pct(728600000, sum(M_TASKS))],
    "b7-081": [fmt_wan(DG_TOTALS["文化广电旅游体育局"] + DG_TOTALS["医疗保障局"])],
    "b7-082": [pct("14286.35", DG_TOTALS["文化广电旅游体育局"])],
    "b7-083": [fmt_wan(sum(DG_TOTALS.values()))],
    "b7-084": [fmt_wan(sum(DG_TOTALS.values()) / 16)],
    "b7-085": [pct("101356.92", DG_TOTALS["医疗保障局"])],
    "b7-086": [fmt_wan(DG_TOTALS["卫生健康局"] + DG_TOTALS["医疗保障局"])],
    "b7-087": [fmt_yuan(16850000 + 21600000 + 22500000)],
    "b7-088": [fmt_yuan(sum(dec(x) for x in INFO_TASKS))],
    "b7-093": ["#" + str(RANK_ORDER.index("医疗保障局") + 1)],
    "b7-094": ["#" + str(RANK_ORDER.index("文化广电旅游体育局") + 1)],
    "b7-100": [fmt_wan(DG_TOTALS["卫生健康局"] - DG_TOTALS["医疗保障局"])],
    "b7-101": [fmt_wan(DG_TOTALS["医疗保障局"] - WJ25_TOTAL)],
    "b7-102": ["18750000元", "18570000元", fmt_yuan(18750000 - 18570000)],
    "b7-103": [fmt_wan(DG_TOTALS["文化广电旅游体育局"] - DG_TOTALS["生态环境局"])],
    "b7-104": [str(r2(dec(728600000) / dec(463800000)))],
    "b7-105": ["#" + str(628 - 168)],
    "b7-106": [str(r2(dec("97865.40") / dec("4127.86")))],
    "b7-107": [fmt_yuan(1286500 - 1268500)],
    "b7-108": [fmt_wan(dec("97865.40") - dec("97468.35"))],
    "b7-109": ["3865000元", "2136500元"],
    "b7-110": [fmt_wan(dec("139870.51") - dec("130852.19"))],
    "b7-111": [fmt_yuan(965000 - 956000)],
    "b7-123": [fmt_wan(DG_TOTALS["医疗保障局"])],
    "b7-135": [fmt_yuan(6420000 - 5980000)],
    "b7-136": [pct(6420000 - 5980000, 5980000)],
    "b7-137": [pct(15276000 - 14652000, 14652000)],
    "b7-138": [fmt_wan(dec("8652.37") - dec("8315.62"))],
    "b7-141": [fmt_yuan(21600000 - 18000000)],
    "b7-142": [pct(26430000 - 23807500, 23807500)],
    "b7-143": ["#" + str(22 - 18)],
    "b7-144": [fmt_yuan(dec("3265480.5") - dec("3100000"))],
    "b7-145": [fmt_yuan(7200000 - 6800000)],
    "b7-148": [fmt_wan(DG_TOTALS["医疗保障局"])],
}

COUNTS = {
    "b7-034": lambda T: T[W]["basic_info"]["下属二级单位数"],
    "b7-035": lambda T: T[M]["basic_info"]["财政供养人员数"],
    "b7-065": lambda T: len(T[W]["tasks"]),
    "b7-066": lambda T: sum(1 for x in T[W]["tasks"] if x["section"] == "年度重点工作任务"),
    "b7-067": lambda T: len(T[M]["indicators"]),
    "b7-068": lambda T: sum(1 for i in T[M]["indicators"] if i["level2"] == "数量指标"),
    "b7-069": lambda T: sum(1 for i in T[W]["indicators"] if i["level1"] == "满意度指标"),
    "b7-070": lambda T: len(DG_TOTALS),
    "b7-071": lambda T: sum(1 for x in T["renshe_2026"]["tasks"] if x["section"] == "其他需完成的任务"),
    "b7-072": lambda T: sum(1 for i in T["nongyenongcun_2026"]["indicators"] if i["level2"] == "质量指标"),
    "b7-073": lambda T: len(T["weijianju_2026"]["tasks"]),
    "b7-074": lambda T: sum(1 for v in DG_TOTALS.values() if v > 100000),
    "b7-075": lambda T: sum(1 for i in T[W]["indicators"] if i["period_value"] != i["annual_value"]),
    "b7-153": lambda T: len(T[W]["tasks"]),
    "b7-177": lambda T: len(T["dongguan_approval_2023_unseen"]["tasks"]),
}

W_OVER_20M = ["社区体育公园建设经费", "文旅消费促进补助", "公共图书馆运行经费"]
NAMES = {  # typed by hand from the printed tables
    "b7-053": W_OVER_20M, "b7-156": W_OVER_20M,
    "b7-055": ["城乡居民医疗保险财政补助", "困难群众医疗救助资金", "长期护理保险试点补助", "医疗保障信息化建设经费",
               "离休人员医疗费统筹经费"],
    "b7-056": ["医保经办人员培训经费"],
    "b7-057": ["文化惠民活动场次", "公共图书馆接待读者人次", "新建改造社区体育公园", "文化市场执法检查", "带动文旅消费",
               "文化活动参与人次", "经常参加体育锻炼人数比例"],
    "b7-058": ["长期护理保险享受待遇人数", "定点医药机构现场检查", "居民医保政策范围内住院费用基金支付比例", "参保群众满意度"],
    "b7-059": ["篮球城市品牌建设经费", "文物保护修缮经费"],
    "b7-060": ["教育局", "人力资源和社会保障局", "交通运输局", "水务局", "城市管理和综合执法局", "卫生健康局", "医疗保障局"],
    "b7-061": ["医疗保障局", "城市管理和综合执法局", "卫生健康局"],
    "b7-062": ["教育信息化建设", "人社信息化建设经费", "智慧交通信息化建设经费", "卫生健康信息化建设经费",
               "医疗保障信息化建设经费", "智慧城管信息化建设经费", "应急指挥信息化建设经费", "生态环境智慧监控信息化建设经费",
               "智慧水务信息化建设经费"],
    "b7-063": ["医保基金结算准确率", "定点医药机构现场检查覆盖率", "医疗救助资金发放准确率", "困难群众参保资助覆盖率"],
    "b7-064": ["教育局", "市场监督管理局", "城市管理和综合执法局", "文化广电旅游体育局"],
    "b7-066": ["文化惠民活动经费", "社区体育公园建设经费", "文旅消费促进补助"],
    "b7-079": ["城乡居民医疗保险财政补助", "困难群众医疗救助资金"],
    "b7-087": ["文化惠民活动经费", "社区体育公园建设经费", "文旅消费促进补助"],
    "b7-112": ["城乡居民医疗保险财政补助", "困难群众医疗救助资金"],
    "b7-113": ["单场文化惠民活动成本", "社区体育公园建设补助标准"],
    "b7-116": ["其他需完成的任务"],
    "b7-117": ["效益指标", "经济效益"],
    "b7-118": ["医疗救助资金拨付", "医保信息平台升级完成时间", "医疗费用零星报销办理时限"],
    "b7-120": ["空气质量优良天数比例", "细颗粒物（PM2.5）年均浓度", "较大及以上突发环境事件"],
    "b7-121": ["产出指标", "质量指标"],
    "b7-122": ["抽检问题产品核查处置率", "特种设备定期检验率", "12315投诉举报按时办结率", "12315热线接通率"],
    "b7-169": ["城乡居民养老保险财政补贴", "城乡居民医疗保险财政补助"],
}
RANKED = {  # names and figures in order
    "b7-089": (["城乡居民医疗保险财政补助"], ["728600000元"]),
    "b7-090": (["长期护理保险试点补助"], ["45600000元"]),
    "b7-091": (["公共图书馆运行经费", "文旅消费促进补助", "社区体育公园建设经费"], ["26430000元", "22500000元", "21600000元"]),
    "b7-092": (["文化体育从业人员培训经费"], ["1286500元"]),
    "b7-095": (["教育局", "人力资源和社会保障局", "交通运输局", "水务局", "医疗保障局"],
               ["286754.62万元", "186420.73万元", "138652.30万元", "124687.38万元", "97865.40万元"]),
    "b7-096": (["公办中小学学位建设", "城乡居民医疗保险财政补助", "公交线路运营补贴"],
               ["1200000000元", "728600000元", "685000000元"]),
    "b7-097": (["总工会"], ["#37"]),
    "b7-098": (["总工会", "科学技术局", "医疗保障局"], ["1666.42万元", "2356.78万元", "4127.86万元"]),
    "b7-099": (["生活垃圾分类宣传督导经费", "城市管理和综合执法局"], ["4860000元"]),
}
ABSENT_COUNTS = {"b7-177": lambda T: [f"#{len(T[W]['tasks'])}"]}  # the 2026 task count, not asked
YESNO = {"b7-123": "是", "b7-124": "否", "b7-125": "是", "b7-126": "是", "b7-128": "是", "b7-129": "否",
         "b7-130": "是", "b7-131": "是", "b7-132": "否", "b7-133": "否", "b7-134": "是", "b7-148": "是"}

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
    if sorted(x["amount_yuan"] for x in T[W]["tasks"]) != sorted(W_TASKS):
        err(W, "task amounts differ from the hand list")
    if sorted(x["amount_yuan"] for x in T[M]["tasks"]) != sorted(M_TASKS):
        err(M, "task amounts differ from the hand list")
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

    lines = (BLIND / "batch_07.jsonl").read_text(encoding="utf-8").splitlines()
    if len(lines) != 180:
        err("file", f"{len(lines)} questions, not 180")
    recs = [json.loads(x) for x in lines]
    prev = None
    for n, r in enumerate(recs, 1):
        rid = r.get("id")
        if list(r) != FIELDS:
            err(rid, f"fields {list(r)}")
        if rid != f"b7-{n:03d}":
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
            if slugs and r["expect"] == "ok" and any(a in atoms(T[s]) for s in slugs if s != "dongguan_approval_2023_unseen"):
                err(rid, f"absent {a} is a value of the asked table itself")

    for e in errors:
        print(e)
    print(f"{len(lines)} questions checked, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
