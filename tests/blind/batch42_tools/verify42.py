"""Independent check of batch_42.jsonl, written for this batch (it imports neither truth42 nor gen_batch42 nor the
batch-41 checker).

It reads the tables itself (the JSON files of batches.json's batch 42 list and the five fixture tables), checks the
hand-typed budget lines, people and task amounts of the five new tables, their identities, the year-to-year changes
of 组织部, the uniqueness of the new amounts, ranks and city-wide counts counted here, and then every row against a hand
table worked out on paper (expect, first figure, yes/no) for 149 lines, second figures, list members and their
order, the follow-up chain, required absents, prose phrases, shares and averages recomputed from the hand-typed
amounts, and the arithmetic of the compare and year-on-year lines.
`verify(rows, tabs)` returns the errors; `python verify42.py` prints them (0 required)."""

from __future__ import annotations

import json
import sys
from collections import Counter
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

BLIND = Path(__file__).resolve().parent.parent
ROOT = BLIND.parents[1]
sys.path.insert(0, str(ROOT))

FIVE = ["zuzhibu_2026", "zuzhibu_2025", "jiwei_2026", "renda_2026", "sanyuan_2026"]
B40_NEW = ["liuyuan_2026", "liuyuan_2025", "shiyanzhongxue_2026", "wenhuaguan_2026", "meishuguan_2026"]

# (基本, 项目, 其他事业发展性, 财政拨款, 其他资金, 专项, 市本级, 对下, 合计) 万元 and (人员, 二级单位) — typed by hand
BUDGETS = {
    "zuzhibu_2026": ("2316.48 9843.27 426.99 12498.62 88.12 1842.00 1264.00 578.00 12586.74", 121, 2),
    "zuzhibu_2025": ("2184.36 9026.85 398.62 11527.45 82.38 1702.00 1160.00 542.00 11609.83", 116, 2),
    "jiwei_2026": ("6386.42 7926.58 549.57 14738.26 124.31 1274.00 940.00 334.00 14862.57", 271, 1),
    "renda_2026": ("2238.46 3562.84 347.63 6086.57 62.36 642.00 534.00 108.00 6148.93", 79, 1),
    "sanyuan_2026": ("58264.37 25873.46 3318.52 24386.71 63069.64 1530.00 1238.00 292.00 87456.35", 1642, 2),
}
LINES = ["基本支出", "项目支出", "其他事业发展性支出", "财政拨款", "其他资金", "财政专项资金", "市本级使用资金",
         "拟用于对下转移支付资金"]
# task amounts in table order; a leading * marks a 年度重点工作任务
TASKS = {
    "zuzhibu_2026": "*13864200 *9472600 *16385400 *6247800 *3586200 5780000 2174300 1748300 2936400 1957300 864700",
    "zuzhibu_2025": "*12658300 *8346900 *15027600 5420000 3148700 1975800 1563800 2718600 1842500 796300",
    "jiwei_2026": "*18426700 *7851600 *5394700 3340000 6237400 2473600 1384500 2816300 1137600 426800",
    "renda_2026": "*4263800 *2175600 *2647500 1080000 1046200 624300 1374800 1196700 734600 1317200",
    "sanyuan_2026": "*31287400 *27386500 *12648300 2920000 14375200 8463700 3142600 6538400 3847900 1275300",
}
CHANGED = {"干部培训人均成本", "举办干部培训班", "调训处级以上领导干部", "完成村（社区）党组织标准化规范化建设",
           "新建两新组织党组织", "举办招才引智活动", "干部人事档案数字化", "两新组织党组织覆盖率",
           "基层党组织政治功能和组织功能", "高层次人才服务满意度"}

# line -> (expect, first figure or None, yes/no), worked out on paper from the tables
E = "ok"
NF = ("not_found", None, None)
HAND = {
    1: (E, "13864200元", None), 2: (E, "12658300元", None), 3: (E, "6247800元", None), 4: (E, "5780000元", None),
    5: (E, "3586200元", None), 6: (E, "18426700元", None), 7: (E, "7851600元", None), 8: (E, "5394700元", None),
    9: (E, "6237400元", None), 10: (E, "1384500元", None), 11: (E, "4263800元", None), 12: (E, "2175600元", None),
    13: (E, "1374800元", None), 14: (E, "31287400元", None), 15: (E, "26483700元", None), 16: (E, "27386500元", None),
    17: (E, "12648300元", None),
    18: (E, "≥6000人次", None), 19: (E, "≥560个", None), 20: (E, "≥1600个", None), 21: (E, "≤2200元/人次", None),
    22: (E, "≤7个工作日", None), 23: (E, "≥32个", None), 24: (E, "≥98%", None), 25: (E, "≥8次", None),
    26: (E, "≤10个工作日", None), 27: (E, "≥1200人次", None), 28: (E, "≥180万人次", None), 29: (E, "≤7.5天", None),
    30: (E, "≤90分钟", None), 31: (E, "≥1600人次", None),
    32: (E, "14862.57万元", None), 33: (E, "14738.26万元", None), 34: (E, "#73", None), 35: (E, "#79", None),
    36: (E, "87456.35万元", None), 37: (E, "9843.27万元", None), 38: (E, "58264.37万元", None),
    41: (E, "150名", None), 42: (E, "2600名", None), 43: (E, "6800人次", None), 44: (E, "3500人次", None),
    45: (E, "1.2万卷", None), 46: (E, "680名", None), 47: (E, "900件", None), 48: (E, "50个", None),
    49: (E, "2600件", None), 50: (E, "4.8万人次", None), 51: (E, "180场", None), 52: (E, "24次", None),
    53: (E, "12个", None), 54: (E, "14项", None), 55: (E, "120个", None), 56: (E, "360个", None),
    57: (E, "1500张", None), 58: (E, "300张", None), 59: (E, "6个", None),
    61: (E, "37910400元", None), 69: (E, "#11", None), 70: (E, "#5", None), 71: (E, "76.22%", None), 72: (E, "#15", None),
    73: (E, "#5", None), 74: (E, "#2", None), 75: (E, "#116", None), 76: (E, "#5", None), 77: (E, "#27", None),
    78: (E, "#11", None),
    79: (E, "111885300元", None), 80: (E, "43.24%", None), 81: (E, "27449.31万元", None), 82: (E, "121054.59万元", None),
    83: (E, "5495523.66万元", None), 84: (E, "42.97%", None), 85: (E, "1646070.00元", None), 86: (E, "166897600元", None),
    87: (E, "19.08%", None), 88: (E, "#545", None),
    89: (E, "31287400元", None), 90: (E, "1275300元", None), 91: (E, "#18", None), 92: (E, "#77", None),
    93: (E, "#73", None), 94: (E, "#100", None), 95: (E, "#6", None), 96: (E, "#36", None), 97: (E, "#35", None),
    98: (E, "#6", None), 99: (E, "#82", None), 100: (E, "7851600元", None), 101: (E, "87456.35万元", None),
    102: (E, "12.88万元", None), 103: (E, "301.67万元", None), 104: (E, "25108.77万元", None), 105: (E, "373.09万元", None),
    106: (E, "399100元", None), 107: (E, "4803700元", None), 108: (E, "736700元", None), 109: (E, "4786400元", None),
    110: (E, "2746800元", None), 111: (E, "#4", None), 112: (E, "#214", None),
    113: (E, "87456.35万元", "是"), 114: (E, "63069.64万元", "是"), 115: (E, "2026年9月30日前", "是"),
    116: (E, "#79", "否"), 117: (E, "334.00万元", "是"), 118: (E, "2026年6月30日前", "是"),
    119: (E, "2026年11月30日前", "否"), 120: (E, "14862.57万元", "否"), 121: (E, "≤90分钟", "是"),
    122: (E, "≥90%", "是"), 123: (E, "≥92%", "否"), 124: (E, "6148.93万元", "是"), 125: (E, "#271", "是"),
    126: (E, "≥98%", "否"), 127: (E, "4263800元", "否"),
    128: (E, "11609.83万元", None), 129: (E, "976.91万元", None), 130: (E, "8.41%", None), 131: (E, "#116", None),
    132: (E, "1205900元", None), 133: (E, "6247800元", None), 134: (E, "1563800元", None), 135: (E, "1748300元", None),
    136: (E, "184500元", None), 137: (E, "#10", None), 138: (E, "不断增强", None), 140: (E, "≥220个", None),
    141: (E, "2400名", None), 142: (E, "5420000元", None), 143: (E, "437500元", None), 144: (E, "≤2200元/人次", None),
    145: NF, 146: (E, "11609.83万元", None), 147: NF, 148: NF, 149: NF, 150: NF, 151: NF, 152: NF, 153: NF, 154: NF,
    155: NF, 156: NF, 157: ("ok_or_clarify", None, None), 158: ("ok_or_clarify", None, None),
    159: (E, "≥1500人次", None), 160: (E, "≥6次", None),
}
SECOND = {33: "124.31万元", 35: "#1", 70: "49556200元", 101: "14862.57万元", 102: "12586.74万元", 104: "87456.35万元",
          105: "14862.57万元", 107: "31287400元", 109: "13864200元", 111: "#79", 112: "#1642", 129: "12586.74万元",
          131: "#121", 137: "53498500元", 144: "≤2300元/人次"}
FOLLOWUPS = {2, 15, 20, 33, 34, 58, 61, 70, 71, 80, 90, 97, 130, 136, 146}
MEMBERS = {  # names in this order
    1: ["干部教育培训和异地调训经费"], 5: ["两新组织党建工作经费"], 14: ["医疗设备购置和更新经费"],
    15: ["医疗设备购置和更新经费"], 19: ["完成村（社区）党组织标准化规范化建设"], 28: ["门急诊人次"],
    39: ["大数据监督平台建成时间", "问题线索分办时限"],
    40: ["代表议案建议办复率", "代表联络站规范运行率"],
    60: ["审查调查和案件审理经费", "市委巡察工作经费", "纪检监察大数据监督平台建设经费", "留置场所运行保障经费"],
    62: ["镇街人大工作补助", "执法检查和专题调研经费", "预算联网监督系统运维经费", "人大代表培训经费", "机关会议服务和后勤运行经费"],
    63: ["镇街医联体帮扶补助", "医务人员培训和进修经费", "血液透析中心运行经费", "公共卫生和健康教育服务经费"],
    64: ["培训人大代表"], 65: ["不敢腐不能腐不想腐一体推进成效", "政治生态"],
    66: ["三四级手术占比", "医院感染发生率", "患者满意度", "医务人员满意度"],
    89: ["医疗设备购置和更新经费"], 90: ["公共卫生和健康教育服务经费"], 100: ["市委巡察工作经费"],
    101: ["东莞市第三人民医院", "中共东莞市纪律检查委员会", "中共东莞市委组织部", "东莞市人民代表大会常务委员会办公室"],
    106: ["人民代表大会会议和常委会会议经费", "政协全体会议和常委会议经费"],
    108: ["纪检监察大数据监督平台建设经费", "大数据审计信息化建设经费"],
    133: ["智慧组工信息系统建设经费"], 134: ["干部人事档案管理经费"], 135: ["干部人事档案数字化和专项审核经费"],
    138: ["基层党组织政治功能和组织功能"], 143: ["两新组织党建工作经费"], 159: ["培训基层医务人员"], 160: ["召开常委会议"],
}
SETS = {  # lists in table order, checked as sets
    67: {"东莞市工业和信息化局", "东莞市政务服务和数据管理局", "中共东莞市委党校", "东莞市农业科学研究中心", "中共东莞市委组织部"},
    68: {"东莞市审计局", "东莞市气象局", "中共东莞市委党校", "中共东莞市委政法委员会", "东莞市生态环境监测站",
         "中共东莞市委组织部", "中共东莞市纪律检查委员会"},
    139: CHANGED,
}
REQUIRED_ABSENT = {1: "18650600元", 2: "13864200元", 5: "586700元", 8: "4658000元", 10: "962800元", 11: "3864700元",
                   14: "26483700元", 15: "31287400元", 18: "≥5600人次", 21: "≤3800元/人", 25: "≥6次", 26: "≤15个工作日",
                   28: "≥72万人次", 29: "≤7天", 31: "≥1500人次", 36: "62347.58万元", 41: "120名", 138: "持续增强",
                   140: "≥240个", 141: "2600名", 142: "5780000元", 145: "11609.83万元", 147: "7851600元",
                   150: "12586.74万元", 153: "87456.35万元", 154: "≥90%", 155: "2865500元", 156: "42867300元",
                   159: "≥1600人次", 160: "≥8次"}
PROSE = {41: ("zuzhibu_2026", "约150名"), 42: ("zuzhibu_2026", "约2600名"), 43: ("zuzhibu_2026", "约6800人次"),
         44: ("zuzhibu_2026", "约3500人次"), 45: ("zuzhibu_2026", "约1.2万卷"), 46: ("zuzhibu_2026", "约680名"),
         47: ("jiwei_2026", "约900件"), 48: ("jiwei_2026", "约50个"), 49: ("jiwei_2026", "约2600件"),
         50: ("jiwei_2026", "约4.8万人次"), 51: ("jiwei_2026", "约180场"), 52: ("renda_2026", "约24次"),
         53: ("renda_2026", "约12个"), 54: ("renda_2026", "约14项"), 55: ("renda_2026", "约120个"),
         56: ("renda_2026", "约360个"), 57: ("sanyuan_2026", "约1500张"), 58: ("sanyuan_2026", "约300张"),
         59: ("sanyuan_2026", "约6个"), 141: ("zuzhibu_2025", "约2400名")}
CATS = {"item_money": 15, "indicator": 13, "overview": 5, "structure": 2, "prose": 18, "filter": 8, "count": 8,
        "aggregate": 9, "ranking": 11, "compare": 11, "yesno": 15, "yoy": 15, "not_found": 7, "trap": 8, "followup": 15}
EXPECTS = {"ok": 147, "not_found": 11, "ok_or_clarify": 2}
RANKS = {  # (measure, slug) -> rank among the 116 东莞 2026 tables, counted on paper from the sorted lists
    ("合计", "sanyuan_2026"): 18, ("合计", "zuzhibu_2026"): 77, ("合计", "jiwei_2026"): 73, ("合计", "renda_2026"): 100,
    ("人员", "sanyuan_2026"): 6, ("人员", "jiwei_2026"): 36, ("人员", "jikong_2026"): 35,
    ("其他资金", "sanyuan_2026"): 6, ("基本支出", "renda_2026"): 82,
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
    b40, b41 = lists["batch_40.jsonl"], lists["batch_41.jsonl"]
    b42 = lists.get("batch_42.jsonl", [])
    if [s for s in b40 if s not in b41] != B40_NEW:
        errs.append("batches.json: batch 40's new slugs are not the five expected")
    if b42 != b41 + B40_NEW + FIVE or len(set(b42)) != len(b42):
        errs.append("batches.json: batch 42's list is not batch 41's + batch 40's five + the five, without duplicates")
    tabs = {f.slug: f.export for f in FIXTURES}
    for s in b42:
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
        if len(towns) != 1 or dec(towns[0]["amount_yuan"]) != want[7] * 10000:
            errs.append(f"{s}: 镇街 subsidy is not the 对下 line")
        if not 14 <= len(tabs[s]["indicators"]) <= 16 or len(tabs[s]["goals"]) != 5:
            errs.append(f"{s}: shape")
    # 组织部 2025 → 2026: one new task, one renamed, one moved (其他 → 重点); one new indicator; ten annual values changed
    n6 = {x["name"]: x["section"] for x in tabs["zuzhibu_2026"]["tasks"]}
    n5 = {x["name"]: x["section"] for x in tabs["zuzhibu_2025"]["tasks"]}
    if set(n6) - set(n5) != {"智慧组工信息系统建设经费", "干部人事档案数字化和专项审核经费"} or set(n5) - set(n6) != {"干部人事档案管理经费"}:
        errs.append("组织部 task names")
    if [n for n in n5 if n in n6 and n5[n] != n6[n]] != ["两新组织党建工作经费"] or n5["两新组织党建工作经费"] != "其他需完成的任务":
        errs.append("组织部 moved task")
    i6 = {i["level3"]: i for i in tabs["zuzhibu_2026"]["indicators"]}
    i5 = {i["level3"]: i for i in tabs["zuzhibu_2025"]["indicators"]}
    if set(i6) - set(i5) != {"智慧组工信息系统建成时间"} or set(i5) - set(i6):
        errs.append("组织部 indicator names")
    if {n for n in i5 if i5[n]["annual_value"] != i6[n]["annual_value"]} != CHANGED:
        errs.append("组织部 changed indicators")
    if i5["完成村（社区）党组织标准化规范化建设"]["period_value"] != i6["完成村（社区）党组织标准化规范化建设"]["period_value"]:
        errs.append("组织部: the period value printed apart changed")
    # every new task amount is held by no other table (tasks or a budget line read in 元), nor twice among the five
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
    if len(dg) != 116:
        errs.append(f"东莞 2026 tables: {len(dg)}")
    f = {"合计": total, "人员": lambda t: t["basic_info"]["财政供养人员数"],
         "基本支出": lambda t: lines(t)["基本支出"], "其他资金": lambda t: lines(t)["其他资金"]}
    for (m, s), want in RANKS.items():
        v = f[m](dg[s])
        if [f[m](t) for t in dg.values()].count(v) != 1:
            errs.append(f"rank tie {m} {s}")
        if 1 + sum(f[m](t) > v for t in dg.values()) != want:
            errs.append(f"rank {m} {s} != {want}")
    # city-wide counts, sums and lists, counted here
    if sum(t["basic_info"]["下属二级单位数"] == 2 for t in dg.values()) != 27:
        errs.append("二级单位 2 count")
    if sum(t["basic_info"]["财政供养人员数"] > 1000 for t in dg.values()) != 11:
        errs.append("people > 1000 count")
    if sum("党建" in x["name"] for t in dg.values() for x in t["tasks"]) != 5:
        errs.append("党建 task count")
    if sum(dec(x["amount_yuan"]) for t in dg.values() for x in t["tasks"] if "医院" in x["name"]) != 166897600:
        errs.append("医院 task sum")
    if sum(total(t) for t in dg.values()) != Decimal("5495523.66"):
        errs.append("all-department 预算合计")
    if {t["department"] for t in dg.values() if 110 <= t["basic_info"]["财政供养人员数"] <= 130} != SETS[67]:
        errs.append("110–130 people set")
    if {t["department"] for t in dg.values() if 12000 <= total(t) <= 15000} != SETS[68]:
        errs.append("1.2亿–1.5亿 set")
    if any(t["basic_info"]["财政供养人员数"] in (110, 130) or total(t) in (12000, 15000) for t in dg.values()):
        errs.append("a city-wide filter value on a boundary")
    ppl = {s: dg[s]["basic_info"]["财政供养人员数"] for s in ("jiwei_2026", "jikong_2026", "shengtai_2026",
                                                           "renda_2026", "guoziwei_2026", "zhongyiyuan_2026")}
    if (ppl["jiwei_2026"] + ppl["jikong_2026"] != 545 or not ppl["jiwei_2026"] > ppl["shengtai_2026"]
            or ppl["guoziwei_2026"] - ppl["renda_2026"] != 4 or ppl["zhongyiyuan_2026"] - 1642 != 214):
        errs.append("people arithmetic")
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
        rid = f"b42-{k:03d}"
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
        if k in SECOND and r["figures"][1:2] != [SECOND[k]]:
            errs.append(f"{rid}: second figure {r['figures'][1:2]} != {SECOND[k]}")
        want_fu = f"b42-{k - 1:03d}" if k in FOLLOWUPS else None
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
            errs.append(f"b42-{k:03d}: year-on-year difference")
    if len(rows) >= 130:
        d, _, base = (rows[128]["figures"] + [None, None, None])[:3]
        if base is None or not rows[129]["figures"] or n(rows[129]["figures"][0]) != q2(n(d) / n(base) * 100):
            errs.append("b42-130: growth rate")
    if len(rows) >= 101:  # the descending list is descending
        fs = [n(x) for x in rows[100]["figures"]]
        if fs != sorted(fs, reverse=True) or len(fs) != 4:
            errs.append("b42-101: not descending")
    # shares and averages recomputed from the hand-typed amounts (the hand table holds the same figures)
    zz = TASKS["zuzhibu_2026"].split()
    key = sum(Decimal(x[1:]) for x in zz if x.startswith("*"))
    shares = {
        61: (sum(v for v in hand_tasks("jiwei_2026") if v > 5000000), "元"),
        70: (key, "元", 1),
        71: (q2(key / sum(hand_tasks("zuzhibu_2026")) * 100), "%"),
        79: (sum(hand_tasks("sanyuan_2026")), "元"),
        80: (q2(sum(hand_tasks("sanyuan_2026")) / (Decimal("25873.46") * 10000) * 100), "%"),
        84: (q2(Decimal("6386.42") / Decimal("14862.57") * 100), "%"),
        85: (q2(sum(hand_tasks("renda_2026")) / 10), "元"),
        87: (q2(Decimal("292") / Decimal("1530") * 100), "%"),
    }
    for k, spec in shares.items():
        want, i = spec[0], (spec[2] if len(spec) > 2 else 0)
        fs = rows[k - 1]["figures"] if k <= len(rows) else []
        if len(fs) <= i or n(fs[i]) != want:
            errs.append(f"b42-{k:03d}: recomputed figure {want}")
    if len(rows) >= 82:
        want = sum(Decimal(BUDGETS[s][0].split()[8]) for s in ("zuzhibu_2026", "jiwei_2026", "renda_2026", "sanyuan_2026"))
        if rows[81]["figures"][:1] != [f"{want}万元"]:
            errs.append("b42-082: four-unit sum")
    return errs


def main():
    tabs, errs = load_tables()
    errs += check_tables(tabs)
    rows = [json.loads(x) for x in (BLIND / "batch_42.jsonl").read_text(encoding="utf-8").splitlines()]
    errs += verify(rows, tabs)
    for e in errs:
        print(e)
    print(f"{len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
