"""Independent check of batch_45.jsonl, written for this batch (it imports neither truth45 nor gen_batch45 nor an
earlier batch's checker).

It reads the tables itself (the JSON files of batches.json's batch 45 list and the five fixture tables), checks the
hand-typed budget lines, people and task amounts of the five new tables, their identities, the year-to-year changes
of 石龙镇, the uniqueness of the new amounts, ranks and city-wide counts counted here, and then every row against a hand
table worked out on paper (expect, first figure, yes/no) for 149 lines, second figures, list members and their
order, the follow-up chain, required absents, prose phrases, shares and averages recomputed from the hand-typed
amounts, and the arithmetic of the compare and year-on-year lines.
`verify(rows, tabs)` returns the errors; `python verify45.py` prints them (0 required)."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

BLIND = Path(__file__).resolve().parent.parent
ROOT = BLIND.parents[1]
sys.path.insert(0, str(ROOT))

FIVE = ["shilong_2026", "shilong_2025", "changan_2026", "mayong_2026", "binhaiwan_2026"]
B43_NEW = ["jiuyezhongxin_2026", "jiuyezhongxin_2025", "yaojiansuo_2026", "nongjian_2026", "shaoniangong_2026"]

# (基本, 项目, 其他事业发展性, 财政拨款, 其他资金, 专项, 市本级, 对下, 合计) 万元 and (人员, 二级单位) — typed by hand
BUDGETS = {
    "shilong_2026": ("18563.74 36485.26 1276.84 52318.65 4007.19 2496.00 1558.00 938.00 56325.84", 493, 6),
    "shilong_2025": ("17863.42 33726.58 1184.36 48936.27 3838.09 2318.00 1444.00 874.00 52774.36", 478, 6),
    "changan_2026": ("52486.73 118652.48 4826.15 162348.57 13616.79 6840.00 4360.00 2480.00 175965.36", 1327, 8),
    "mayong_2026": ("14297.61 28463.17 983.57 41568.93 2175.42 1874.00 1206.00 668.00 43744.35", 368, 5),
    "binhaiwan_2026": ("6248.37 84376.52 1642.85 89634.16 2633.58 3920.00 3316.00 604.00 92267.74", 248, 4),
}
LINES = ["基本支出", "项目支出", "其他事业发展性支出", "财政拨款", "其他资金", "财政专项资金", "市本级使用资金",
         "拟用于对下转移支付资金"]
# task amounts in table order; a leading * marks a 年度重点工作任务
TASKS = {
    "shilong_2026": "*16837400 *24586300 *12364800 *5473600 9380000 14265700 6842700 2391800 3158200 4726900 7613500",
    "shilong_2025": "*15296400 *21937400 *13852600 *6275300 8740000 13648200 1974300 2846500 4318600 6954800",
    "changan_2026": "*38426500 *26874300 *21358600 24800000 18653900 6394700 5146800 1863400 3426900 12537600",
    "mayong_2026": "*9638400 *15274300 *11826500 6680000 2163700 1472600 7538200 4385900 4926300 3251600",
    "binhaiwan_2026": "*46382700 *18265400 *12738600 6040000 7438500 3964200 4683500 2375800 1852700 6913700",
}
CHANGED = {"骑楼立面修缮单位成本", "生活垃圾转运单位成本", "完成骑楼立面修缮", "新建改造碧道", "改造老旧小区",
           "新增视频监控点位", "开展安全生产检查", "东江石龙段断面水质", "刑事治安警情同比下降率", "群众满意度"}

E = "ok"
NF = ("not_found", None, None)
HAND = {
    1: (E, "16837400元", None), 2: (E, "15296400元", None), 3: (E, "5473600元", None), 4: (E, "9380000元", None),
    5: (E, "7613500元", None), 6: (E, "14265700元", None), 7: (E, "38426500元", None), 8: (E, "26874300元", None),
    9: (E, "21358600元", None), 10: (E, "5146800元", None), 11: (E, "9638400元", None), 12: (E, "11826500元", None),
    13: (E, "2163700元", None), 14: (E, "46382700元", None), 15: (E, "18265400元", None), 16: (E, "7438500元", None),
    17: (E, "2375800元", None),
    18: (E, "≥120栋", None), 19: (E, "≥4.5公里", None), 20: (E, "≥12公里", None), 21: (E, "≤210元/吨", None),
    22: (E, "≥5%", None), 23: (E, "≤30个工作日", None), 24: (E, "≥6条", None), 25: (E, "≥55%", None),
    26: (E, "≥12条", None), 27: (E, "≥85%", None), 28: (E, "2026年4月15日前", None), 29: (E, "≥8公里", None),
    30: (E, "≤3个工作日", None), 31: (E, "≥92%", None),
    32: (E, "175965.36万元", None), 33: (E, "162348.57万元", None), 34: (E, "52486.73万元", None), 35: (E, "#248", None),
    36: (E, "43744.35万元", None), 37: (E, "36485.26万元", None), 38: (E, "6248.37万元", None),
    41: (E, "180万人次", None), 42: (E, "40家", None), 43: (E, "130栋", None), 44: (E, "320亩", None),
    45: (E, "260吨", None), 46: (E, "4800户", None), 47: (E, "1200亩", None), 48: (E, "120家", None),
    49: (E, "6%", None), 50: (E, "26公里", None), 51: (E, "3000个", None), 52: (E, "65万人", None),
    53: (E, "320万人次", None), 54: (E, "9.5万立方米", None), 55: (E, "80座", None), 56: (E, "320亿元", None),
    57: (E, "25公顷", None), 58: (E, "4公里", None), 59: (E, "50个", None),
    61: (E, "111459400元", None), 69: (E, "#11", None), 70: (E, "#4", None), 71: (E, "55.06%", None),
    72: (E, "#16", None), 73: (E, "#4", None), 74: (E, "#2", None), 75: (E, "#124", None), 76: (E, "#5", None),
    77: (E, "#13", None), 78: (E, "#12", None),
    79: (E, "110655100元", None), 80: (E, "13.11%", None), 81: (E, "100070.19万元", None), 82: (E, "368303.29万元", None),
    83: (E, "5916177.32万元", None), 84: (E, "29.83%", None), 85: (E, "6715750.00元", None), 86: (E, "213007300元", None),
    87: (E, "15.41%", None), 88: (E, "#2813", None),
    89: (E, "38426500元", None), 90: (E, "1863400元", None), 91: (E, "#5", None), 92: (E, "#35", None),
    93: (E, "#42", None), 94: (E, "#17", None), 95: (E, "#8", None), 96: (E, "#20", None), 97: (E, "#19", None),
    98: (E, "#13", None), 99: (E, "#20", None), 100: (E, "18265400元", None), 101: (E, "175965.36万元", None),
    102: (E, "7364.09万元", None), 103: (E, "516.79万元", None), 104: (E, "4005.36万元", None), 105: (E, "936.03万元", None),
    106: (E, "274623500元", None), 107: (E, "2700000元", None), 108: (E, "241575700元", None), 109: (E, "16274400元", None),
    110: (E, "1916400元", None), 111: (E, "#12", None), 112: (E, "#59", None),
    113: (E, "175965.36万元", "是"), 114: (E, "162348.57万元", "是"), 115: (E, "2026年8月31日前", "是"),
    116: (E, "#248", "否"), 117: (E, "668.00万元", "是"), 118: (E, "2026年4月15日前", "是"),
    119: (E, "2026年12月31日前", "否"), 120: (E, "56325.84万元", "否"), 121: (E, "≥90%", "是"), 122: (E, "≥90%", "是"),
    123: (E, "≥88%", "否"), 124: (E, "43744.35万元", "是"), 125: (E, "#1327", "是"), 126: (E, "≥85%", "否"),
    127: (E, "46382700元", "否"),
    128: (E, "52774.36万元", None), 129: (E, "3551.48万元", None), 130: (E, "6.73%", None), 131: (E, "#478", None),
    132: (E, "2648900元", None), 133: (E, "5473600元", None), 134: (E, "1974300元", None), 135: (E, "2391800元", None),
    136: (E, "417500元", None), 137: (E, "#10", None), 138: (E, "基本达标", None), 140: (E, "≥500个", None),
    141: (E, "3600户", None), 142: (E, "8740000元", None), 143: (E, "567400元", None), 144: (E, "≥92%", None),
    145: NF, 146: (E, "52774.36万元", None), 147: NF, 148: NF, 149: NF, 150: NF, 151: NF, 152: NF, 153: NF, 154: NF,
    155: NF, 156: NF, 157: ("ok_or_clarify", None, None), 158: ("ok_or_clarify", None, None),
    159: (E, "4926300元", None), 160: (E, "286450000元", None),
}
SECOND = {33: "13616.79万元", 35: "#4", 70: "59262100元", 101: "92267.74万元", 102: "175965.36万元",
          103: "56325.84万元", 106: "11826500元", 107: "9380000元", 110: "6842700元", 111: "#368", 112: "#1327",
          129: "56325.84万元", 131: "#493", 137: "95844100元", 144: "≥90%"}
FOLLOWUPS = {2, 15, 20, 33, 34, 58, 61, 70, 71, 80, 90, 97, 130, 136, 146}
MEMBERS = {  # names in this order
    1: ["中山路骑楼街区活化提升工程经费"], 4: ["村（社区）公共服务补助"], 8: ["智能制造产业园配套和企业技改扶持经费"],
    12: ["水乡河涌整治和水系连通经费"], 13: ["麻涌香蕉产业发展扶持经费"], 15: ["威远岛生态修复和海岸带整治经费"],
    19: ["新建改造碧道"], 20: ["新建改造碧道"], 26: ["整治河涌"], 31: ["企业满意度"],
    39: ["新沙港临港配套道路完工时间", "汛前水闸泵站检修完成时间"],
    40: ["红树林种植成活率", "规划编制成果通过率"],
    60: ["长安新区基础设施建设经费", "智能制造产业园配套和企业技改扶持经费", "茅洲河长安段水环境综合整治经费", "社区公共服务和基层治理补助"],
    62: ["华阳湖国家湿地公园提升和运营经费", "村（社区）公共服务补助", "环境卫生保洁和河面保洁经费", "乡村振兴示范村建设经费",
         "治安巡防和视频监控运维经费"],
    63: ["海战博物馆片区文旅提升经费", "新区规划编制和城市设计经费", "港澳合作交流和招商推介经费", "新区智慧管理平台运维经费"],
    64: ["新建市政道路"], 65: ["营商环境", "河湖水环境质量", "先进制造业集聚效应"],
    66: ["河涌水质达标率", "湿地公园植被覆盖率", "游客满意度", "村民满意度"],
    89: ["长安新区基础设施建设经费"], 90: ["莲花山森林防火和护林经费"], 100: ["威远岛生态修复和海岸带整治经费"],
    101: ["东莞市长安镇人民政府", "东莞滨海湾新区管理委员会", "东莞市石龙镇人民政府", "东莞市麻涌镇人民政府"],
    106: ["水乡河涌整治和水系连通经费", "河涌综合整治工程经费"],
    108: ["智能制造产业园配套和企业技改扶持经费", "工业企业技术改造资助经费"],
    109: ["港澳合作交流和招商推介经费", "境内外招商推介活动经费"],
    133: ["镇级智慧城市运行管理中心建设经费"], 134: ["镇文化中心运行经费"], 135: ["镇文化服务中心和分馆运行经费"],
    138: ["东江石龙段断面水质"], 143: ["治安巡防和视频监控运维经费"], 159: ["治安巡防和视频监控运维经费"],
    160: ["河涌综合整治工程经费"],
}
SETS = {  # lists in table order, checked as sets
    67: {"东莞市水务局", "东莞市财政局", "东莞市社会福利中心", "东莞市交通运输综合行政执法支队", "东莞市麻涌镇人民政府"},
    68: {"东莞市科学技术局", "东莞市应急管理局", "东莞市司法局", "东莞市退役军人事务局", "东莞市发展和改革局",
         "东莞市政务服务和数据管理局", "东莞市粮食和物资储备局", "东莞市城市更新局", "东莞市乡村振兴局", "东莞市公路事务中心",
         "东莞市土地储备中心", "东莞市中级人民法院", "东莞市石龙镇人民政府", "东莞市麻涌镇人民政府"},
    139: CHANGED,
}
REQUIRED_ABSENT = {1: "15296400元", 2: "16837400元", 4: "6680000元", 5: "265800000元", 6: "153270000元",
                   8: "268450000元", 10: "14286300元", 11: "21600800元", 12: "286450000元", 17: "18650200元",
                   18: "≥90栋", 19: "≥3公里", 21: "≤150元/吨", 22: "≥3%", 26: "≥25条", 27: "≥90%", 37: "33726.58万元",
                   41: "160万人次", 128: "56325.84万元", 138: "稳定达标", 140: "≥600个", 141: "4800户",
                   142: "9380000元", 145: "52774.36万元", 147: "21358600元", 150: "92267.74万元", 153: "175965.36万元",
                   154: "100%", 155: "4385900元", 156: "9638400元", 159: "6842700元", 160: "11826500元"}
PROSE = {41: ("shilong_2026", "约180万人次"), 42: ("shilong_2026", "约40家"), 43: ("shilong_2026", "约130栋"),
         44: ("shilong_2026", "约320亩"), 45: ("shilong_2026", "约260吨"), 46: ("shilong_2026", "约4800户"),
         47: ("changan_2026", "约1200亩"), 48: ("changan_2026", "约120家"), 49: ("changan_2026", "增长6%左右"),
         50: ("changan_2026", "约26公里"), 51: ("changan_2026", "约3000个"), 52: ("changan_2026", "约65万人"),
         53: ("mayong_2026", "约320万人次"), 54: ("mayong_2026", "约9.5万立方米"), 55: ("mayong_2026", "约80座"),
         56: ("binhaiwan_2026", "约320亿元"), 57: ("binhaiwan_2026", "约25公顷"), 58: ("binhaiwan_2026", "约4公里"),
         59: ("binhaiwan_2026", "约50个"), 141: ("shilong_2025", "约3600户")}
CATS = {"item_money": 15, "indicator": 13, "overview": 5, "structure": 2, "prose": 18, "filter": 8, "count": 8,
        "aggregate": 9, "ranking": 11, "compare": 11, "yesno": 15, "yoy": 15, "not_found": 7, "trap": 8, "followup": 15}
EXPECTS = {"ok": 147, "not_found": 11, "ok_or_clarify": 2}
RANKS = {  # (measure, slug) -> rank among the 124 东莞 2026 tables, counted on paper from the sorted lists
    ("合计", "changan_2026"): 5, ("合计", "shilong_2026"): 35, ("合计", "mayong_2026"): 42, ("合计", "binhaiwan_2026"): 17,
    ("人员", "changan_2026"): 8, ("人员", "shilong_2026"): 20, ("人员", "ribaoshe_2026"): 19,
    ("项目支出", "binhaiwan_2026"): 13, ("基本支出", "mayong_2026"): 20,
}
YEAR_PAIRS = {129: "万元", 132: "元", 136: "元", 143: "元"}  # 2026 − 2025 = first figure
NOT_FOUND_NAMES = {150: "虎门", 153: "塘厦"}  # units asked that no table of the list holds


def dec(x) -> Decimal:
    return Decimal(str(x))


def q2(x: Decimal) -> Decimal:
    return x.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def load_tables():
    from tests.fixtures.tables import FIXTURES

    errs = []
    lists = json.loads((BLIND / "batches.json").read_text(encoding="utf-8"))
    b42, b43 = lists["batch_42.jsonl"], lists["batch_43.jsonl"]
    b45 = lists.get("batch_45.jsonl", [])
    if [s for s in b43 if s not in b42] != B43_NEW:
        errs.append("batches.json: batch 43's new slugs are not the five expected")
    if b45 != b42 + B43_NEW + FIVE or len(set(b45)) != len(b45):
        errs.append("batches.json: batch 45's list is not batch 42's + batch 43's five + the five, without duplicates")
    tabs = {f.slug: f.export for f in FIXTURES}
    for s in b45:
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
        sub = [x for x in tabs[s]["tasks"] if "公共服务" in x["name"] and x["name"].endswith("补助")]
        if len(sub) != 1 or dec(sub[0]["amount_yuan"]) != want[7] * 10000:
            errs.append(f"{s}: the village / community subsidy is not the 对下 line")
        if not 14 <= len(tabs[s]["indicators"]) <= 16 or len(tabs[s]["goals"]) != 5:
            errs.append(f"{s}: shape")
        if not tabs[s]["department"].startswith("东莞"):
            errs.append(f"{s}: name does not begin with 东莞")
    # 石龙 2025 → 2026: one new task, one renamed, one moved (重点 → 其他); one new indicator; ten annual values changed
    n6 = {x["name"]: x["section"] for x in tabs["shilong_2026"]["tasks"]}
    n5 = {x["name"]: x["section"] for x in tabs["shilong_2025"]["tasks"]}
    if set(n6) - set(n5) != {"镇级智慧城市运行管理中心建设经费", "镇文化服务中心和分馆运行经费"} or set(n5) - set(n6) != {"镇文化中心运行经费"}:
        errs.append("石龙 task names")
    if [n for n in n5 if n in n6 and n5[n] != n6[n]] != ["治安巡防和视频监控运维经费"] or n5["治安巡防和视频监控运维经费"] != "年度重点工作任务":
        errs.append("石龙 moved task")
    i6 = {i["level3"]: i for i in tabs["shilong_2026"]["indicators"]}
    i5 = {i["level3"]: i for i in tabs["shilong_2025"]["indicators"]}
    if set(i6) - set(i5) != {"镇级智慧城市运行管理中心建成时间"} or set(i5) - set(i6):
        errs.append("石龙 indicator names")
    if {n for n in i5 if i5[n]["annual_value"] != i6[n]["annual_value"]} != CHANGED:
        errs.append("石龙 changed indicators")
    if i5["新建改造碧道"]["period_value"] != i6["新建改造碧道"]["period_value"] or i6["新建改造碧道"]["period_value"] != "≥12公里":
        errs.append("石龙: the period value printed apart changed")
    # every new amount (tasks; budget lines and totals read in 元) is held by no other table, nor twice among the five
    elsewhere = Counter()
    for s, t in tabs.items():
        if s in FIVE:
            continue
        elsewhere.update(int(dec(x["amount_yuan"])) for x in t.get("tasks", []))
        elsewhere.update(int(v * 10000) for v in lines(t).values())
        if t.get("budget"):
            elsewhere[int(total(t) * 10000)] += 1
    mine = [int(v) for s in FIVE for v in hand_tasks(s)]
    mine += [int(Decimal(x) * 10000) for s in FIVE for n, x in enumerate(BUDGETS[s][0].split()) if n != 7]
    for v in mine:
        if elsewhere[v] or mine.count(v) > 1:
            errs.append(f"amount {v} not unique")
    dg = dg26(tabs)
    if len(dg) != 124:
        errs.append(f"东莞 2026 tables: {len(dg)}")
    for name in ("虎门", "塘厦", "游艇"):
        if any(name in json.dumps(t, ensure_ascii=False) for t in tabs.values()):
            errs.append(f"{name} stands in a loaded table")
    f = {"合计": total, "人员": lambda t: t["basic_info"]["财政供养人员数"],
         "基本支出": lambda t: lines(t)["基本支出"], "项目支出": lambda t: lines(t)["项目支出"]}
    for (m, s), want in RANKS.items():
        v = f[m](dg[s])
        if [f[m](t) for t in dg.values()].count(v) != 1:
            errs.append(f"rank tie {m} {s}")
        if 1 + sum(f[m](t) > v for t in dg.values()) != want:
            errs.append(f"rank {m} {s} != {want}")
    # city-wide counts, sums and lists, counted here
    if sum(t["basic_info"]["下属二级单位数"] > 5 for t in dg.values()) != 13:
        errs.append("二级单位 > 5 count")
    if sum(t["basic_info"]["财政供养人员数"] > 1000 for t in dg.values()) != 12:
        errs.append("people > 1000 count")
    if sum("公共服务" in x["name"] for t in dg.values() for x in t["tasks"]) != 5:
        errs.append("公共服务 task count")
    if sum(dec(x["amount_yuan"]) for t in dg.values() for x in t["tasks"] if "招商" in x["name"]) != 213007300:
        errs.append("招商 task sum")
    if sum(total(t) for t in dg.values()) != Decimal("5916177.32"):
        errs.append("all-department 预算合计")
    if {t["department"] for t in dg.values() if 350 <= t["basic_info"]["财政供养人员数"] <= 400} != SETS[67]:
        errs.append("350–400 people set")
    if {t["department"] for t in dg.values() if 40000 <= total(t) <= 60000} != SETS[68]:
        errs.append("4亿–6亿 set")
    if any(t["basic_info"]["财政供养人员数"] in (350, 400) or total(t) in (40000, 60000) for t in dg.values()):
        errs.append("a city-wide filter value on a boundary")
    ppl = {s: dg[s]["basic_info"]["财政供养人员数"] for s in ("xiaofang_2026", "shuiwuju_2026", "bayuan_2026")}
    if ppl["xiaofang_2026"] + 1327 != 2813 or 368 - ppl["shuiwuju_2026"] != 12 or 1327 - ppl["bayuan_2026"] != 59:
        errs.append("people arithmetic")
    return errs


def n(s):
    for u in ("万元", "元", "#", "%"):
        s = s.replace(u, "")
    return Decimal(s)


def unit(s):
    return "万元" if s.endswith("万元") else "元" if s.endswith("元") else "#" if s.startswith("#") else "?"


def old_questions():
    """Question strings of batch 42's generator (none may be repeated)."""
    src = (BLIND / "batch42_tools" / "gen_batch42.py").read_text(encoding="utf-8")
    return set(re.findall(r'"([^"]*[\u4e00-\u9fff][^"]*)"', src))


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
    old = old_questions()
    for k, r in enumerate(rows, 1):
        rid = f"b45-{k:03d}"
        if r["id"] != rid:
            errs.append(f"{rid}: id {r['id']}")
        if r["q"] in old:
            errs.append(f"{rid}: question of batch 42")
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
        want_fu = f"b45-{k - 1:03d}" if k in FOLLOWUPS else None
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
        if k in NOT_FOUND_NAMES and NOT_FOUND_NAMES[k] not in r["q"]:
            errs.append(f"{rid}: the not-loaded unit is not asked")
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
            fig = "6%" if phrase == "增长6%左右" else phrase[1:]
            if g.count(phrase) != 1 or fig not in r["figures"]:
                errs.append(f"{rid}: prose phrase {phrase}")
        if not r["note"].endswith(("[scope: new]", "[scope: mixed]", "[scope: not_loaded]")):
            errs.append(f"{rid}: scope")
    for k, u in YEAR_PAIRS.items():
        fs = rows[k - 1]["figures"] if k <= len(rows) else []
        if len(fs) != 3 or {unit(x) for x in fs} != {u} or n(fs[0]) != n(fs[1]) - n(fs[2]) or n(fs[0]) <= 0:
            errs.append(f"b45-{k:03d}: year-on-year difference")
    if len(rows) >= 130:
        d, _, base = (rows[128]["figures"] + [None, None, None])[:3]
        if base is None or not rows[129]["figures"] or n(rows[129]["figures"][0]) != q2(n(d) / n(base) * 100):
            errs.append("b45-130: growth rate")
    if len(rows) >= 101:  # the descending list is descending
        fs = [n(x) for x in rows[100]["figures"]]
        if fs != sorted(fs, reverse=True) or len(fs) != 4:
            errs.append("b45-101: not descending")
    # shares, sums and averages recomputed from the hand-typed amounts (the hand table holds the same figures)
    sl = TASKS["shilong_2026"].split()
    key = sum(Decimal(x[1:]) for x in sl if x.startswith("*"))
    shares = {
        61: (sum(v for v in hand_tasks("changan_2026") if v > 20000000), 0),
        70: (key, 1),
        71: (q2(key / sum(hand_tasks("shilong_2026")) * 100), 0),
        79: (sum(hand_tasks("binhaiwan_2026")), 0),
        80: (q2(sum(hand_tasks("binhaiwan_2026")) / (Decimal("84376.52") * 10000) * 100), 0),
        84: (q2(Decimal("52486.73") / Decimal("175965.36") * 100), 0),
        85: (q2(sum(hand_tasks("mayong_2026")) / 10), 0),
        87: (q2(Decimal("604") / Decimal("3920") * 100), 0),
        137: (sum(hand_tasks("shilong_2025")), 1),
    }
    for k, (want, i) in shares.items():
        fs = rows[k - 1]["figures"] if k <= len(rows) else []
        if len(fs) <= i or n(fs[i]) != want:
            errs.append(f"b45-{k:03d}: recomputed figure {want}")
    if len(rows) >= 82:
        want = sum(Decimal(BUDGETS[s][0].split()[8]) for s in ("shilong_2026", "changan_2026", "mayong_2026", "binhaiwan_2026"))
        if rows[81]["figures"][:1] != [f"{want}万元"]:
            errs.append("b45-082: four-unit sum")
        want = Decimal("56325.84") + Decimal("43744.35")
        if rows[80]["figures"][:1] != [f"{want}万元"]:
            errs.append("b45-081: two-unit sum")
    return errs


def main():
    tabs, errs = load_tables()
    errs += check_tables(tabs)
    rows = [json.loads(x) for x in (BLIND / "batch_45.jsonl").read_text(encoding="utf-8").splitlines()]
    errs += verify(rows, tabs)
    for e in errs:
        print(e)
    print(f"{len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
