"""Independent check of batch_44.jsonl, written for this batch: it imports neither truth44 nor gen_batch44 (nor any
earlier batch's checker) and reads the tables itself — the JSON files of batches.json's batch 44 list and the five
fixture tables.

Checked here: the hand-typed budget lines, people, 二级单位 and task amounts (with their sections) of the five new
tables and their identities; 人才中心's year-to-year changes (one new task, one rename, one move, one new indicator,
ten changed annual values, an unchanged period value); the uniqueness of every new task amount; ranks and city-wide
counts counted here against figures worked out by hand; then every row against a hand table (expect, first figure,
yes/no) for 150 lines, second figures, list members and their order, sets, the follow-up chain, required absents,
prose phrases, no figures on not_found / clarify lines, the arithmetic of the compare and year-on-year lines, and
shares / averages / sums recomputed from the hand-typed amounts.
`verify(rows, tabs)` returns the errors; `python verify44.py` prints them (0 required)."""

from __future__ import annotations

import json
import sys
from collections import Counter
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

BLIND = Path(__file__).resolve().parent.parent
ROOT = BLIND.parents[1]
sys.path.insert(0, str(ROOT))

FIVE = ["rencai_2026", "rencai_2025", "laodongjiancha_2026", "yingjizhifa_2026", "youeryuan_2026"]
B43_NEW = ["jiuyezhongxin_2026", "jiuyezhongxin_2025", "yaojiansuo_2026", "nongjian_2026", "shaoniangong_2026"]

# 基本 项目 其他事业发展性 财政拨款 其他资金 专项 市本级 对下 合计 (万元), people, 二级单位 — typed by hand
BUDGETS = {
    "rencai_2026": ("2874.36 14562.83 531.26 17642.18 326.27 1860.00 1414.00 446.00 17968.45", 98, 1),
    "rencai_2025": ("2736.58 12984.65 498.33 15928.47 291.09 1720.00 1314.00 406.00 16219.56", 93, 1),
    "laodongjiancha_2026": ("4628.35 2986.47 237.82 7794.18 58.46 550.00 422.00 128.00 7852.64", 214, 3),
    "yingjizhifa_2026": ("4753.28 5318.64 414.61 10392.17 94.36 724.00 590.00 134.00 10486.53", 183, 2),
    "youeryuan_2026": ("1864.37 1038.56 223.55 2184.26 942.22 180.00 180.00 0.00 3126.48", 91, 0),
}
LINES = ["基本支出", "项目支出", "其他事业发展性支出", "财政拨款", "其他资金", "财政专项资金", "市本级使用资金",
         "拟用于对下转移支付资金"]
# task amounts in table order; * = 年度重点工作任务
TASKS = {
    "rencai_2026": "*8642300 *36485200 *2386700 *6318400 *4873600 4460000 1963700 3147800 2654100 1287600 1738600",
    "rencai_2025": "*7936500 *33672800 *2148900 4060000 5476900 1684200 2863400 2518700 1174300 1429600",
    "laodongjiancha_2026": "*5863900 *3962700 *2748600 1280000 1863400 1427500 2185600 684200 1136900 536800",
    "yingjizhifa_2026": "*4381600 *2937400 *3274800 1340000 1586200 726300 842700 1093600 468300 1187400",
    "youeryuan_2026": "*2861700 *963800 *486700 1283700 374600 1148300 436200 268400 524800 213600",
}
CHANGED = {"认定高层次人才", "发放人才安居补贴", "举办校园招聘活动", "人才驿站提供免费住宿", "组织职称评审",
           "流动人员人事档案数字化", "档案数字化合格率", "人才认定办理时限", "人才吸引力", "高层次人才满意度"}

E = "ok"
NF = ("not_found", None, None)
HAND = {  # line -> (expect, first figure, yes/no), worked out on paper
    1: (E, "36485200元", None), 2: (E, "33672800元", None), 3: (E, "4873600元", None), 4: (E, "4460000元", None),
    5: (E, "8642300元", None), 6: (E, "5863900元", None), 7: (E, "3962700元", None), 8: (E, "2748600元", None),
    9: (E, "1427500元", None), 10: (E, "1136900元", None), 11: (E, "4381600元", None), 12: (E, "1586200元", None),
    13: (E, "2937400元", None), 14: (E, "1148300元", None), 15: (E, "1326700元", None), 16: (E, "2861700元", None),
    17: (E, "1283700元", None),
    18: (E, "≥1800人", None), 19: (E, "≥6000人", None), 20: (E, "≥18000人", None), 21: (E, "≤3.5万元/场", None),
    22: (E, "≤10个工作日", None), 23: (E, "≥1.8万户", None), 24: (E, "≥99%", None), 25: (E, "≥1.5亿元", None),
    26: (E, "≥2400家次", None), 27: (E, "≥180家", None), 28: (E, "≤20个工作日", None), 29: (E, "≥720人", None),
    30: (E, "≤18元/生/日", None), 31: (E, "≥96%", None),
    32: (E, "10486.53万元", None), 33: (E, "10392.17万元", None), 34: (E, "#86", None), 35: (E, "#214", None),
    36: (E, "17968.45万元", None), 37: (E, "942.22万元", None), 38: (E, "4628.35万元", None),
    41: (E, "5000名", None), 42: (E, "15个", None), 43: (E, "2000人", None), 44: (E, "60所", None),
    45: (E, "3.5万人", None), 46: (E, "42万份", None), 47: (E, "2.6万名", None), 48: (E, "1.8亿元", None),
    49: (E, "300家", None), 50: (E, "80场", None), 51: (E, "33个", None), 52: (E, "680宗", None), 53: (E, "950宗", None),
    54: (E, "320项", None), 55: (E, "120台", None), 56: (E, "68名", None), 57: (E, "3500平方米", None),
    58: (E, "1200平方米", None), 59: (E, "16所", None),
    61: (E, "63927300元", None), 69: (E, "#11", None), 70: (E, "#5", None), 71: (E, "79.38%", None), 72: (E, "#15", None),
    73: (E, "#5", None), 74: (E, "#1", None), 75: (E, "#124", None), 76: (E, "#24", None), 77: (E, "#18", None),
    78: (E, "#46", None),
    79: (E, "21689600元", None), 80: (E, "72.63%", None), 81: (E, "28454.98万元", None), 82: (E, "39434.10万元", None),
    83: (E, "5587308.13万元", None), 84: (E, "30.14%", None), 85: (E, "1783830.00元", None), 86: (E, "170718200元", None),
    87: (E, "23.98%", None), 88: (E, "#429", None),
    89: (E, "36485200元", None), 90: (E, "1287600元", None), 91: (E, "#66", None), 92: (E, "#86", None),
    93: (E, "#96", None), 94: (E, "#120", None), 95: (E, "#45", None), 96: (E, "#49", None), 97: (E, "#50", None),
    98: (E, "#45", None), 99: (E, "#62", None), 100: (E, "3962700元", None), 101: (E, "17968.45万元", None),
    102: (E, "672.97万元", None), 103: (E, "1283.42万元", None), 104: (E, "362.73万元", None), 105: (E, "179.65万元", None),
    106: (E, "2046300元", None), 107: (E, "34268400元", None), 108: (E, "43000元", None), 109: (E, "178400元", None),
    110: (E, "35352200元", None), 111: (E, "#145", None), 112: (E, "#209", None),
    113: (E, "17968.45万元", "是"), 114: (E, "942.22万元", "是"), 115: (E, "2026年8月31日前", "是"),
    116: (E, "#214", "否"), 117: (E, "0.00万元", "否"), 118: (E, "2026年9月30日前", "是"),
    119: (E, "2026年10月31日前", "否"), 120: (E, "10486.53万元", "是"), 121: (E, "≤5个工作日", "是"),
    122: (E, "≥98%", "是"), 123: (E, "≥93%", "否"), 124: (E, "3126.48万元", "是"), 125: (E, "#183", "是"),
    126: (E, "100%", "是"), 127: (E, "5863900元", "否"),
    128: (E, "16219.56万元", None), 129: (E, "1748.89万元", None), 130: (E, "10.78%", None), 131: (E, "#93", None),
    132: (E, "2812400元", None), 133: (E, "4873600元", None), 134: (E, "1684200元", None), 135: (E, "1963700元", None),
    136: (E, "279500元", None), 137: (E, "#10", None), 138: (E, "不断提升", None), 140: (E, "≥100场", None),
    141: (E, "1600人", None), 142: (E, "4060000元", None), 143: (E, "841500元", None), 144: (E, "≤10个工作日", None),
    145: NF, 146: (E, "16219.56万元", None), 147: NF, 148: NF, 149: NF, 150: NF, 151: NF, 152: NF, 153: NF, 154: NF,
    155: NF, 156: NF, 157: ("ok_or_clarify", None, None), 158: ("ok_or_clarify", None, None),
    159: (E, "100%", None), 160: (E, "≤2.8万元/场", None),
}
SECOND = {33: "94.36万元", 35: "#3", 70: "58706200元", 101: "10486.53万元", 102: "17968.45万元", 103: "10486.53万元",
          106: "6318400元", 109: "1148300元", 111: "#214", 112: "#183", 129: "17968.45万元", 131: "#98",
          132: "36485200元", 136: "1963700元", 137: "62965300元", 143: "6318400元", 144: "≤15个工作日"}
FOLLOWUPS = {2, 15, 20, 33, 34, 58, 61, 70, 71, 80, 90, 97, 130, 136, 146}
MEMBERS = {  # names, in this order
    1: ["人才安居补贴和人才驿站运营经费"], 2: ["人才安居补贴和人才驿站运营经费"], 5: ["高层次人才认定和服务保障经费"],
    9: ["举报投诉受理和调解处置经费"], 11: ["安全生产行政执法检查经费"], 14: ["校园安保和物业管理经费"],
    15: ["校园安保和物业管理经费"], 20: ["发放人才安居补贴"], 24: ["举报投诉案件按期结案率"], 31: ["家长满意度"],
    39: ["欠薪案件结案率", "举报投诉案件按期结案率", "工资专用账户开设率"],
    40: ["幼儿生均膳食成本", "园舍改造单位成本"],
    60: ["高层次人才认定和服务保障经费", "人才安居补贴和人才驿站运营经费", "校园引才和招聘活动经费", "人才大数据平台建设经费",
         "镇街人才服务站点补助", "博士和博士后人才服务经费"],
    62: ["镇街应急执法协作补助", "安全生产技术服务和专家咨询经费", "事故调查和行政处罚案件办理经费", "办公场所和执法站点运行经费"],
    63: ["劳动保障监察员培训经费", "劳动保障法律法规宣传经费"], 64: ["检查用人单位"],
    65: ["企业安全生产主体责任落实", "应急管理执法规范化水平"],
    66: ["幼儿健康检查覆盖率", "专任教师持证上岗率", "家长满意度"],
    89: ["人才安居补贴和人才驿站运营经费"], 90: ["人才政策宣传和品牌活动经费"], 100: ["劳动保障监察智慧监管平台建设经费"],
    101: ["东莞市人才发展服务中心", "东莞市应急管理综合行政执法支队", "东莞市劳动保障监察支队", "东莞市机关幼儿园"],
    106: ["校园引才和招聘活动经费", "公共招聘服务和专场招聘会经费"], 107: ["安全生产行政执法检查经费", "安全生产监管执法经费"],
    108: ["举报投诉受理和调解处置经费", "信访举报受理和问题线索处置经费"], 110: ["博士和博士后人才服务经费", "博士后工作资助经费"],
    133: ["人才大数据平台建设经费"], 134: ["流动人员人事档案管理经费"], 135: ["流动人员人事档案数字化和托管服务经费"],
    138: ["人才吸引力"], 143: ["校园引才和招聘活动经费"], 159: ["劳动保障监察举报投诉案件按期结案率"], 160: ["招聘会单场成本"],
}
SETS = {
    67: {"东莞市交通运输局", "东莞市应急管理局", "东莞市城市照明管理处", "东莞市特殊教育学校", "东莞市水库管理中心",
         "东莞市公共就业服务中心", "东莞市劳动保障监察支队", "东莞市应急管理综合行政执法支队"},
    68: {"东莞市民族宗教事务局", "东莞市地方志办公室", "东莞市救助管理站", "东莞市可园博物馆", "东莞市美术馆", "东莞市少年宫",
         "东莞市机关幼儿园"},
    139: CHANGED,
}
REQUIRED_ABSENT = {1: "33672800元", 2: "36485200元", 4: "4060000元", 5: "9472600元", 9: "1384500元", 10: "6842100元",
                   11: "38650000元", 14: "1326700元", 15: "1148300元", 18: "≥1500人", 19: "≥5200人", 21: "≤2.8万元/场",
                   22: "≤15个工作日", 24: "100%", 30: "≤15元/生/日", 31: "≥95%", 32: "49270.50万元", 36: "16219.56万元",
                   41: "4200名", 128: "17968.45万元", 138: "持续增强", 140: "≥120场", 141: "2000人", 142: "4460000元",
                   145: "16219.56万元", 147: "5863900元", 148: "10486.53万元", 150: "10486.53万元", 153: "3126.48万元",
                   154: "≥96%", 155: "24360000元", 156: "1138600元", 159: "≥99%", 160: "≤3.5万元/场"}
PROSE = {41: ("rencai_2026", "约5000名"), 42: ("rencai_2026", "约15个"), 43: ("rencai_2026", "约2000人"),
         44: ("rencai_2026", "约60所"), 45: ("rencai_2026", "约3.5万人"), 46: ("rencai_2026", "约42万份"),
         47: ("laodongjiancha_2026", "约2.6万名"), 48: ("laodongjiancha_2026", "约1.8亿元"),
         49: ("laodongjiancha_2026", "约300家"), 50: ("laodongjiancha_2026", "约80场"),
         51: ("laodongjiancha_2026", "约33个"), 52: ("yingjizhifa_2026", "约680宗"), 53: ("yingjizhifa_2026", "约950宗"),
         54: ("yingjizhifa_2026", "约320项"), 55: ("yingjizhifa_2026", "约120台"), 56: ("youeryuan_2026", "约68名"),
         57: ("youeryuan_2026", "约3500平方米"), 58: ("youeryuan_2026", "约1200平方米"), 59: ("youeryuan_2026", "约16所"),
         141: ("rencai_2025", "约1600人")}
CATS = {"item_money": 15, "indicator": 13, "overview": 5, "structure": 2, "prose": 18, "filter": 8, "count": 8,
        "aggregate": 9, "ranking": 11, "compare": 11, "yesno": 15, "yoy": 15, "not_found": 7, "trap": 8, "followup": 15}
EXPECTS = {"ok": 147, "not_found": 11, "ok_or_clarify": 2}
RANKS = {  # (measure, slug) -> rank among the 124 东莞 2026 tables, counted by hand from the sorted lists
    ("合计", "rencai_2026"): 66, ("合计", "yingjizhifa_2026"): 86, ("合计", "laodongjiancha_2026"): 96,
    ("合计", "youeryuan_2026"): 120, ("人员", "laodongjiancha_2026"): 45, ("人员", "yingjizhifa_2026"): 49,
    ("人员", "teshujiaoyu_2026"): 50, ("其他资金", "youeryuan_2026"): 45, ("项目支出", "rencai_2026"): 62,
}
YEAR_PAIRS = {129: "万元", 132: "元", 136: "元", 143: "元"}  # 2026 − 2025 = first figure


def dec(x) -> Decimal:
    return Decimal(str(x))


def q2(x: Decimal) -> Decimal:
    return x.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def load_tables():
    from tests.fixtures.tables import FIXTURES

    errs = []
    lists = json.loads((BLIND / "batches.json").read_text(encoding="utf-8"))
    b42, b43 = lists["batch_42.jsonl"], lists["batch_43.jsonl"]
    b44 = lists.get("batch_44.jsonl", [])
    if [s for s in b43 if s not in b42] != B43_NEW:
        errs.append("batches.json: batch 43's new slugs are not the five expected")
    if b44 != b42 + B43_NEW + FIVE or len(set(b44)) != len(b44):
        errs.append("batches.json: batch 44's list is not batch 42's + batch 43's five + the five, without duplicates")
    tabs = {f.slug: f.export for f in FIXTURES}
    for s in b44:
        if not s.startswith("import:"):
            tabs[s] = json.loads((BLIND / "tables" / f"{s}.json").read_text(encoding="utf-8"))
    return tabs, errs


def lines(t):
    return {b["name"]: dec(b["amount_wan"]) for b in t.get("budget", [])}


def total(t):
    b = lines(t)
    return b["基本支出"] + b["项目支出"] + b.get("其他事业发展性支出", Decimal(0))


def dg26(tabs):
    return {s: t for s, t in tabs.items() if t.get("kind", "department") == "department" and t.get("year") == 2026
            and "东莞" in t["department"] and t.get("budget")}


def hand_tasks(slug):
    return [Decimal(x.lstrip("*")) for x in TASKS[slug].split()]


def ppl(t):
    return t["basic_info"]["财政供养人员数"]


def check_tables(tabs):
    errs = []
    for s, (txt, people, units) in BUDGETS.items():
        want = [Decimal(x) for x in txt.split()]
        b = lines(tabs[s])
        for name, w in zip(LINES, want):
            if b.get(name) != w:
                errs.append(f"{s}: {name} {b.get(name)} != {w}")
        if want[0] + want[1] + want[2] != want[8] or want[3] + want[4] != want[8] or want[6] + want[7] != want[5]:
            errs.append(f"{s}: hand identities")
        if total(tabs[s]) != want[8]:
            errs.append(f"{s}: 合计")
        bi = tabs[s]["basic_info"]
        if bi["财政供养人员数"] != people or bi["下属二级单位数"] != units:
            errs.append(f"{s}: people / units")
        got = [("*" if x["section"] == "年度重点工作任务" else "") + str(int(dec(x["amount_yuan"]))) for x in tabs[s]["tasks"]]
        if got != TASKS[s].split():
            errs.append(f"{s}: tasks {got}")
        if sum(hand_tasks(s)) > want[1] * 10000:
            errs.append(f"{s}: tasks over 项目支出")
        towns = [x for x in tabs[s]["tasks"] if x["name"].startswith("镇街")]
        if want[7] == 0:
            if towns:
                errs.append(f"{s}: a 镇街 task without a 对下 line")
        elif len(towns) != 1 or dec(towns[0]["amount_yuan"]) != want[7] * 10000:
            errs.append(f"{s}: 镇街 subsidy is not the 对下 line")
        if not 14 <= len(tabs[s]["indicators"]) <= 16 or len(tabs[s]["goals"]) != 5:
            errs.append(f"{s}: shape")
    # 人才中心 2025 → 2026
    n6 = {x["name"]: x["section"] for x in tabs["rencai_2026"]["tasks"]}
    n5 = {x["name"]: x["section"] for x in tabs["rencai_2025"]["tasks"]}
    if set(n6) - set(n5) != {"人才大数据平台建设经费", "流动人员人事档案数字化和托管服务经费"} or set(n5) - set(n6) != {"流动人员人事档案管理经费"}:
        errs.append("人才中心 task names")
    moved = [n for n in n5 if n in n6 and n5[n] != n6[n]]
    if moved != ["校园引才和招聘活动经费"] or n5["校园引才和招聘活动经费"] != "其他需完成的任务":
        errs.append("人才中心 moved task")
    i6 = {i["level3"]: i for i in tabs["rencai_2026"]["indicators"]}
    i5 = {i["level3"]: i for i in tabs["rencai_2025"]["indicators"]}
    if set(i6) - set(i5) != {"人才大数据平台上线时间"} or set(i5) - set(i6):
        errs.append("人才中心 indicator names")
    if {n for n in i5 if i5[n]["annual_value"] != i6[n]["annual_value"]} != CHANGED:
        errs.append("人才中心 changed indicators")
    if not i5["发放人才安居补贴"]["period_value"] == i6["发放人才安居补贴"]["period_value"] == "≥18000人":
        errs.append("人才中心: the period value printed apart changed")
    # uniqueness of every new task amount (against tasks and budget lines read in 元 of every other table)
    elsewhere = Counter()
    for s, t in tabs.items():
        if s in FIVE:
            continue
        elsewhere.update(int(dec(x["amount_yuan"])) for x in t.get("tasks", []))
        elsewhere.update(int(v * 10000) for v in lines(t).values())
    mine = [int(v) for s in FIVE for v in hand_tasks(s)]
    for v in mine:
        if elsewhere[v] or mine.count(v) > 1:
            errs.append(f"amount {v} not unique")
    dg = dg26(tabs)
    if len(dg) != 124:
        errs.append(f"东莞 2026 tables: {len(dg)}")
    f = {"合计": total, "人员": ppl, "其他资金": lambda t: lines(t)["其他资金"], "项目支出": lambda t: lines(t)["项目支出"]}
    for (m, s), want in RANKS.items():
        v = f[m](dg[s])
        if [f[m](t) for t in dg.values()].count(v) != 1:
            errs.append(f"rank tie {m} {s}")
        if 1 + sum(f[m](t) > v for t in dg.values()) != want:
            errs.append(f"rank {m} {s} != {want}")
    if sum(t["basic_info"]["下属二级单位数"] == 0 for t in dg.values()) != 18:
        errs.append("二级单位 0 count")
    if sum(ppl(t) > 200 for t in dg.values()) != 46 or any(ppl(t) == 200 for t in dg.values()):
        errs.append("people > 200 count")
    if sum("人才" in x["name"] for t in dg.values() for x in t["tasks"]) != 24:
        errs.append("人才 task count")
    if sum(dec(x["amount_yuan"]) for t in dg.values() for x in t["tasks"] if "执法" in x["name"]) != 170718200:
        errs.append("执法 task sum")
    if sum(total(t) for t in dg.values()) != Decimal("5587308.13"):
        errs.append("all-department 预算合计")
    if {t["department"] for t in dg.values() if 180 <= ppl(t) <= 220} != SETS[67]:
        errs.append("180–220 people set")
    if {t["department"] for t in dg.values() if 3000 <= total(t) <= 4000} != SETS[68]:
        errs.append("3000万–4000万 set")
    if any(ppl(t) in (180, 220) or total(t) in (3000, 4000) for t in dg.values()):
        errs.append("a city-wide filter value on a boundary")
    by = {t["department"]: t for t in dg.values()}
    if (ppl(by["东莞市应急管理局"]) != 215 or ppl(by["东莞市劳动人事争议仲裁院"]) != 69
            or ppl(by["东莞市交通运输综合行政执法支队"]) != 392 or ppl(by["东莞市特殊教育学校"]) != 182):
        errs.append("people of the departments compared")
    if (total(by["东莞市金融工作局"]) != Decimal("17295.48") or total(by["东莞市外事局"]) != Decimal("11769.95")
            or total(by["东莞市殡葬管理所"]) != Decimal("8215.37") or total(by["共青团东莞市委员会"]) != Decimal("2946.83")):
        errs.append("budgets of the departments compared")
    return errs


def n(s):
    for u in ("万元", "元", "#", "%"):
        s = s.replace(u, "")
    return Decimal(s)


def unit(s):
    return "万元" if s.endswith("万元") else "元" if s.endswith("元") else "#" if s.startswith("#") else "?"


def verify(rows, tabs=None):
    errs = []
    if len(rows) != 160:
        errs.append(f"{len(rows)} rows")
    if Counter(r["category"] for r in rows) != Counter(CATS):
        errs.append(f"categories {dict(Counter(r['category'] for r in rows))}")
    if Counter(r["expect"] for r in rows) != Counter(EXPECTS):
        errs.append(f"expects {dict(Counter(r['expect'] for r in rows))}")
    if len({r["q"] for r in rows}) != len(rows):
        errs.append("a question twice")
    for k, r in enumerate(rows, 1):
        rid = f"b44-{k:03d}"
        if r["id"] != rid:
            errs.append(f"{rid}: id {r['id']}")
        if k in HAND:
            e, first, yn = HAND[k]
            if r["expect"] != e:
                errs.append(f"{rid}: expect {r['expect']} != {e}")
            if (r["figures"] or [None])[0] != first:
                errs.append(f"{rid}: first figure {r['figures'][:1]} != {first}")
            if r["yesno"] != yn:
                errs.append(f"{rid}: yes/no {r['yesno']} != {yn}")
        elif r["yesno"] is not None:
            errs.append(f"{rid}: yes/no on a line without one")
        elif r["expect"] != "ok" or r["figures"]:
            errs.append(f"{rid}: a list line with figures or not ok")
        if k in SECOND and r["figures"][1:2] != [SECOND[k]]:
            errs.append(f"{rid}: second figure {r['figures'][1:2]} != {SECOND[k]}")
        want_fu = f"b44-{k - 1:03d}" if k in FOLLOWUPS else None
        if r["followup_of"] != want_fu:
            errs.append(f"{rid}: follow-up of {r['followup_of']} != {want_fu}")
        if (r["category"] == "followup") != (k in FOLLOWUPS):
            errs.append(f"{rid}: followup category")
        if k in MEMBERS and r["names"] != MEMBERS[k]:
            errs.append(f"{rid}: names {r['names']}")
        if k in SETS and (set(r["names"]) != SETS[k] or len(r["names"]) != len(SETS[k])):
            errs.append(f"{rid}: members {r['names']}")
        if k in REQUIRED_ABSENT and REQUIRED_ABSENT[k] not in r["absent"]:
            errs.append(f"{rid}: absent {REQUIRED_ABSENT[k]} missing")
        if set(r["absent"]) & set(r["figures"]):
            errs.append(f"{rid}: a figure is also absent")
        if r["expect"] in ("not_found", "ok_or_clarify") and (r["figures"] or r["names"]):
            errs.append(f"{rid}: figures or names on a {r['expect']} line")
        if r["category"] == "compare":
            if len(r["figures"]) != 3:
                errs.append(f"{rid}: compare shape")
            else:
                d, x, y = r["figures"]
                if len({unit(d), unit(x), unit(y)}) != 1 or unit(d) == "?":
                    errs.append(f"{rid}: compare units")
                elif n(d) != abs(n(x) - n(y)) or n(d) <= 0:
                    errs.append(f"{rid}: difference")
        if k in PROSE and tabs is not None:
            slug, phrase = PROSE[k]
            g = "".join(tabs[slug]["goals"])
            if g.count(phrase) != 1 or phrase[1:] not in r["figures"]:
                errs.append(f"{rid}: prose phrase {phrase}")
        if not r["note"].endswith(("[scope: new]", "[scope: mixed]", "[scope: not_loaded]")):
            errs.append(f"{rid}: scope")
    for k, u in YEAR_PAIRS.items():
        fs = rows[k - 1]["figures"] if k <= len(rows) else []
        if len(fs) != 3 or {unit(x) for x in fs} != {u} or n(fs[0]) != n(fs[1]) - n(fs[2]) or n(fs[0]) <= 0:
            errs.append(f"b44-{k:03d}: year-on-year difference")
    if len(rows) >= 130:
        d, _, base = (rows[128]["figures"] + [None, None, None])[:3]
        if base is None or not rows[129]["figures"] or n(rows[129]["figures"][0]) != q2(n(d) / n(base) * 100):
            errs.append("b44-130: growth rate")
    if len(rows) >= 101:
        fs = [n(x) for x in rows[100]["figures"]]
        if fs != sorted(fs, reverse=True) or len(fs) != 4:
            errs.append("b44-101: not descending")
    # sums, shares and averages recomputed from the hand-typed amounts
    rc = TASKS["rencai_2026"].split()
    key = sum(Decimal(x[1:]) for x in rc if x.startswith("*"))
    ld = hand_tasks("laodongjiancha_2026")
    recomputed = {
        61: (sum(v for v in hand_tasks("rencai_2026") if v > 3000000), 0),
        70: (key, 1),
        71: (q2(key / sum(hand_tasks("rencai_2026")) * 100), 0),
        79: (sum(ld), 0),
        80: (q2(sum(ld) / (Decimal("2986.47") * 10000) * 100), 0),
        84: (q2(Decimal("942.22") / Decimal("3126.48") * 100), 0),
        85: (q2(sum(hand_tasks("yingjizhifa_2026")) / 10), 0),
        87: (q2(Decimal("446") / Decimal("1860") * 100), 0),
        89: (max(hand_tasks("rencai_2026")), 0),
        90: (min(hand_tasks("rencai_2026")), 0),
        100: (sorted(ld, reverse=True)[1], 0),
        127: (max(ld), 0),
        137: (sum(hand_tasks("rencai_2025")), 1),
    }
    for k, (want, i) in recomputed.items():
        fs = rows[k - 1]["figures"] if k <= len(rows) else []
        if len(fs) <= i or n(fs[i]) != want:
            errs.append(f"b44-{k:03d}: recomputed figure {want}")
    if len(rows) >= 82:
        tot = {s: Decimal(BUDGETS[s][0].split()[8]) for s in BUDGETS}
        if rows[80]["figures"][:1] != [f"{tot['rencai_2026'] + tot['yingjizhifa_2026']}万元"]:
            errs.append("b44-081: two-unit sum")
        four = sum(tot[s] for s in ("rencai_2026", "laodongjiancha_2026", "yingjizhifa_2026", "youeryuan_2026"))
        if rows[81]["figures"][:1] != [f"{four}万元"]:
            errs.append("b44-082: four-unit sum")
    return errs


def main():
    tabs, errs = load_tables()
    errs += check_tables(tabs)
    rows = [json.loads(x) for x in (BLIND / "batch_44.jsonl").read_text(encoding="utf-8").splitlines()]
    errs += verify(rows, tabs)
    for e in errs:
        print(e)
    print(f"{len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
