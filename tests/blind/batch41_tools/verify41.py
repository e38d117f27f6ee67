"""Independent check of batch_41.jsonl, written for this batch (it imports neither truth41 nor gen_batch41).

It reads the tables itself (the JSON files of batches.json's batch 41 list and the five fixture tables), checks the
hand-typed budget lines, people and task amounts of the five new tables, their identities, the year-to-year changes
of 监测站, the uniqueness of the new amounts, ranks and city-wide counts counted here, and then every row against a hand
table worked out on paper (expect, first figure, yes/no) for 151 lines, second figures, list members and their
order, the follow-up chain, required absents, prose phrases, and the arithmetic of the compare and year-on-year lines.
`verify(rows, tabs)` returns the errors; `python verify41.py` prints them (0 required)."""

from __future__ import annotations

import json
import sys
from collections import Counter
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

BLIND = Path(__file__).resolve().parent.parent
ROOT = BLIND.parents[1]
sys.path.insert(0, str(ROOT))

FIVE = ["jiancezhan_2026", "jiancezhan_2025", "xuanchuanbu_2026", "shuiku_2026", "dongyikong_2026"]
B38_NEW = ["zhongyuan_2026", "zhongyuan_2025", "jianchayuan_2026", "zhengxie_2026", "ribaoshe_2026"]

# (基本, 项目, 其他事业发展性, 财政拨款, 其他资金, 专项, 市本级, 对下, 合计) 万元 and (人员, 二级单位) — typed by hand
BUDGETS = {
    "jiancezhan_2026": ("4268.35 8936.42 1184.26 14126.57 262.46 1286.00 1086.00 200.00 14389.03", 163, 0),
    "jiancezhan_2025": ("3986.17 8124.58 1096.43 12958.64 248.54 1158.00 976.00 182.00 13207.18", 159, 0),
    "xuanchuanbu_2026": ("2864.37 28642.19 1386.52 32716.45 176.63 3680.00 2942.00 738.00 32893.08", 87, 2),
    "shuiku_2026": ("3624.86 17248.63 1486.29 21873.46 486.32 2460.00 2460.00 0.00 22359.78", 216, 4),
    "dongyikong_2026": ("2386.74 3864.52 235.01 6248.65 237.62 1026.00 612.00 414.00 6486.27", 96, 1),
}
LINES = ["基本支出", "项目支出", "其他事业发展性支出", "财政拨款", "其他资金", "财政专项资金", "市本级使用资金",
         "拟用于对下转移支付资金"]
# task amounts in table order; a leading * marks a 年度重点工作任务
TASKS = {
    "jiancezhan_2026": "*12863400 *9486300 *15248600 *6387200 2000000 4576300 1863500 3248700 5637400 1574800 1386900",
    "jiancezhan_2025": "*11746200 *8624500 *5816400 *4238600 1820000 1645300 2986400 4863200 1486200 1253900",
    "xuanchuanbu_2026": "*4173800 *36874200 *18642700 *12947600 7380000 5718400 1687400 3194700 2683500 1548300 917600",
    "shuiku_2026": "*58642300 *32640700 *9738600 4157900 3058300 1864700 2436800 573800 1719400 1342700",
    "dongyikong_2026": "*12836000 *5267300 *4386200 4140000 2368400 1986300 1274600 486300 868700 637200",
}
CHANGED = {"空气自动监测站单站年运维成本", "运行维护空气自动监测站", "运行维护地表水水质自动监测站", "开展污染源监督性监测",
           "完成土壤环境监测点位", "出具监测报告", "自动监测数据有效传输率", "监测数据质控合格率",
           "突发环境事件应急监测到场时间", "生态环境监测能力"}

# line -> (expect, first figure or None, yes/no), worked out on paper from the tables
E = "ok"
HAND = {
    1: (E, "12863400元", None), 2: (E, "11746200元", None), 3: (E, "15248600元", None), 4: (E, "2000000元", None),
    5: (E, "5637400元", None), 6: (E, "1386900元", None), 7: (E, "36874200元", None), 8: (E, "3194700元", None),
    9: (E, "5718400元", None), 10: (E, "2683500元", None), 11: (E, "32640700元", None), 12: (E, "46320700元", None),
    13: (E, "1864700元", None), 14: (E, "58642300元", None), 15: (E, "12836000元", None), 16: (E, "2368400元", None),
    17: (E, "4386200元", None),
    18: (E, "≥95%", None), 19: (E, "≥1600家次", None), 20: (E, "≥4800家次", None), 21: (E, "≤1小时", None),
    22: (E, "≤28万元/个", None), 23: (E, "≥1800场", None), 24: (E, "≥4轮", None), 25: (E, "≤300万元/部", None),
    26: (E, "≥10场", None), 27: (E, "≥800人次", None), 28: (E, "≤350元/人", None), 29: (E, "≥95%", None),
    30: (E, "≥8万只", None), 31: (E, "≤45元/份", None),
    32: (E, "22359.78万元", None), 33: (E, "21873.46万元", None), 34: (E, "#58", None), 35: (E, "#87", None),
    36: (E, "6486.27万元", None), 37: (E, "8936.42万元", None), 38: (E, "2864.37万元", None),
    41: (E, "260万组", None), 42: (E, "40个", None), 43: (E, "60口", None), 44: (E, "1800家次", None),
    45: (E, "320个", None), 46: (E, "25万人次", None), 47: (E, "60场", None), 48: (E, "3500篇", None),
    49: (E, "300场", None), 50: (E, "12项", None), 51: (E, "620个", None), 52: (E, "11座", None), 53: (E, "520批次", None),
    54: (E, "30宗", None), 55: (E, "900人次", None), 56: (E, "8项", None), 57: (E, "33个", None), 58: (E, "1500人次", None),
    59: (E, "8.5万只", None),
    61: (E, "49622900元", None), 69: (E, "#11", None), 70: (E, "#4", None), 71: (E, "68.44%", None), 72: (E, "#15", None),
    73: (E, "#5", None), 74: (E, "#2", None), 75: (E, "#108", None), 76: (E, "#7", None), 77: (E, "#14", None),
    78: (E, "#12", None),
    79: (E, "116175200元", None), 80: (E, "67.35%", None), 81: (E, "41860.92万元", None), 82: (E, "76128.16万元", None),
    83: (E, "5282633.94万元", None), 84: (E, "29.66%", None), 85: (E, "3425100.00元", None), 86: (E, "71792200元", None),
    87: (E, "20.05%", None), 88: (E, "#325", None),
    89: (E, "36874200元", None), 90: (E, "917600元", None), 91: (E, "#43", None), 92: (E, "#70", None),
    93: (E, "#58", None), 94: (E, "#91", None), 95: (E, "#39", None), 96: (E, "#69", None), 97: (E, "#70", None),
    98: (E, "#66", None), 99: (E, "#73", None), 100: (E, "12863400元", None), 101: (E, "32893.08万元", None),
    102: (E, "602.72万元", None), 103: (E, "543.94万元", None), 104: (E, "3.92万元", None), 105: (E, "53159.19万元", None),
    106: (E, "456000元", None), 107: (E, "13680000元", None), 108: (E, "810100元", None), 109: (E, "2932000元", None),
    110: (E, "19414400元", None), 111: (E, "#1", None), 112: (E, "#5", None),
    113: (E, "32893.08万元", "是"), 114: (E, "32716.45万元", "是"), 115: (E, "2026年6月30日前", "是"),
    116: (E, "#87", "否"), 117: (E, "738.00万元", "是"), 118: (E, "0.00万元", "否"), 119: (E, "2026年4月30日前", "是"),
    120: (E, "22359.78万元", "是"), 121: (E, "≤30分钟", "是"), 122: (E, "2026年5月31日前", "是"), 123: (E, "≥80%", "否"),
    124: (E, "6486.27万元", "否"), 125: (E, "#96", "是"), 126: (E, "≤1小时", "是"), 127: (E, "15248600元", "否"),
    128: (E, "13207.18万元", None), 129: (E, "1181.85万元", None), 130: (E, "8.95%", None), 131: (E, "#159", None),
    132: (E, "1117200元", None), 133: (E, "15248600元", None), 134: (E, "8624500元", None), 135: (E, "9486300元", None),
    136: (E, "861800元", None), 137: (E, "#10", None), 138: (E, "稳步提升", None), 140: (E, "≥34个", None),
    141: (E, "45口", None), 142: (E, "1820000元", None), 143: (E, "337700元", None), 144: (E, "≤1小时", None),
    145: ("not_found", None, None), 146: (E, "13207.18万元", None), 147: ("not_found", None, None),
    148: ("not_found", None, None), 149: ("not_found", None, None), 150: ("not_found", None, None),
    151: ("not_found", None, None), 152: ("not_found", None, None), 153: ("not_found", None, None),
    154: ("not_found", None, None), 155: ("not_found", None, None), 156: ("not_found", None, None),
    157: ("ok_or_clarify", None, None), 158: ("ok_or_clarify", None, None), 159: (E, "≥90%", None), 160: (E, "≥24场", None),
}
SECOND = {33: "486.32万元", 35: "#2", 56: "15项", 70: "43985500元", 101: "22359.78万元", 102: "32893.08万元",
          107: "32640700元", 129: "14389.03万元", 131: "#163", 137: "44480700元", 144: "≤1.5小时"}
FOLLOWUPS = {2, 12, 20, 33, 34, 58, 61, 70, 71, 80, 90, 97, 130, 136, 146}
MEMBERS = {  # names in this order
    1: ["环境空气质量自动监测运行维护经费"], 11: ["水库和水闸运行维护经费"], 15: ["重大动物疫病强制免疫疫苗采购经费"],
    39: ["雨水情测报和安全监测系统升级完成时间", "险情报告时限"],
    40: ["应免畜禽免疫密度", "免疫抗体合格率", "实验室能力比对合格率"],
    60: ["环境空气质量自动监测运行维护经费", "地表水水质自动监测站运行维护经费", "新污染物监测能力建设经费", "污染源监督性监测经费",
         "监测仪器设备购置和更新经费"],
    62: ["理论宣讲和学习教育经费", "新闻发布和舆论引导经费", "城市形象宣传片制作推广经费", "公益文化活动和“文化周末”经费",
         "意识形态工作和网络文明建设经费"],
    63: ["大坝白蚁防治经费", "水库管理人员业务培训经费", "库区林木抚育和水土保持经费", "水库工程标准化管理创建经费"],
    64: ["培训基层动物防疫人员"], 65: ["市民文明素养", "主流舆论传播力影响力", "东莞城市形象和影响力"],
    66: ["市管水库安全度汛率", "库区水质达标率", "大坝安全监测设施完好率", "库区周边群众满意度", "供水单位满意度"],
    89: ["全国文明城市常态化创建经费"], 90: ["宣传思想文化干部培训经费"], 100: ["环境空气质量自动监测运行维护经费"],
    101: ["中共东莞市委宣传部", "东莞市水库管理中心", "东莞市生态环境监测站", "东莞市动物疫病预防控制中心"],
    133: ["新污染物监测能力建设经费"], 134: ["水质自动监测站运维经费"], 135: ["地表水水质自动监测站运行维护经费"],
    138: ["生态环境监测能力"], 143: ["土壤和地下水环境监测经费"],
}
SETS = {  # lists in table order, checked as sets
    67: {"东莞市气象局", "东莞市体育局", "东莞市港务管理局", "东莞市公证处", "东莞市动物疫病预防控制中心"},
    68: {"东莞市机关事务管理局", "东莞市疾病预防控制中心", "东莞市社会保险基金管理中心", "东莞市技师学院", "东莞开放大学",
         "东莞日报社", "中共东莞市委宣传部"},
    139: CHANGED,
}
REQUIRED_ABSENT = {1: "11746200元", 8: "2384600元", 9: "8650400元", 11: "46320700元", 12: "32640700元", 14: "68450000元",
                   15: "12380000元", 17: "23800600元", 18: "≥90%", 26: "≥24场", 27: "≥1200人次", 28: "≤300元/人",
                   29: "≥90%", 36: "32290.36万元", 138: "持续提升", 140: "≥38个", 142: "2000000元", 150: "32893.08万元",
                   153: "6486.27万元", 155: "68450000元", 156: "14638200元", 159: "≥95%", 160: "≥10场"}
PROSE = {41: ("jiancezhan_2026", "约260万组"), 42: ("jiancezhan_2026", "约40个"), 43: ("jiancezhan_2026", "约60口"),
         44: ("jiancezhan_2026", "约1800家次"), 45: ("jiancezhan_2026", "约320个"), 46: ("xuanchuanbu_2026", "约25万人次"),
         47: ("xuanchuanbu_2026", "约60场"), 48: ("xuanchuanbu_2026", "约3500篇"), 49: ("xuanchuanbu_2026", "约300场"),
         50: ("xuanchuanbu_2026", "约12项"), 51: ("xuanchuanbu_2026", "约620个"), 52: ("shuiku_2026", "约11座"),
         53: ("shuiku_2026", "约520批次"), 54: ("shuiku_2026", "约30宗"), 55: ("shuiku_2026", "约900人次"),
         56: ("dongyikong_2026", "约8项"), 57: ("dongyikong_2026", "约33个"), 58: ("dongyikong_2026", "约1500人次"),
         59: ("dongyikong_2026", "约8.5万只"), 141: ("jiancezhan_2025", "约45口")}
CATS = {"item_money": 15, "indicator": 13, "overview": 5, "structure": 2, "prose": 18, "filter": 8, "count": 8,
        "aggregate": 9, "ranking": 11, "compare": 11, "yesno": 15, "yoy": 15, "not_found": 7, "trap": 8, "followup": 15}
EXPECTS = {"ok": 147, "not_found": 11, "ok_or_clarify": 2}
RANKS = {  # (measure, slug) -> rank among the 108 东莞 2026 tables, counted on paper from the sorted lists
    ("合计", "xuanchuanbu_2026"): 43, ("合计", "jiancezhan_2026"): 70, ("合计", "shuiku_2026"): 58,
    ("合计", "dongyikong_2026"): 91, ("人员", "shuiku_2026"): 39, ("人员", "xuanchuanbu_2026"): 69,
    ("人员", "tongjiju_2026"): 70, ("基本支出", "xuanchuanbu_2026"): 66, ("其他资金", "dongyikong_2026"): 73,
}
YEAR_PAIRS = {129: ("万元", 1), 132: ("元", 1), 136: ("元", 1), 143: ("元", 1)}  # 2026 − 2025 = first figure


def dec(x) -> Decimal:
    return Decimal(str(x))


def load_tables():
    from tests.fixtures.tables import FIXTURES

    errs = []
    lists = json.loads((BLIND / "batches.json").read_text(encoding="utf-8"))
    b37, b38, b39 = lists["batch_37.jsonl"], lists["batch_38.jsonl"], lists["batch_39.jsonl"]
    b41 = lists.get("batch_41.jsonl", [])
    if [s for s in b38 if s not in b37] != B38_NEW:
        errs.append("batches.json: batch 38's new slugs are not the five expected")
    if b41 != b39 + B38_NEW + FIVE or len(set(b41)) != len(b41):
        errs.append("batches.json: batch 41's list is not batch 39's + batch 38's five + the five, without duplicates")
    tabs = {f.slug: f.export for f in FIXTURES}
    for s in b41:
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
        if sum(dec(x["amount_yuan"]) for x in tabs[s]["tasks"]) > want[1] * 10000:
            errs.append(f"{s}: tasks over 项目支出")
        towns = [x for x in tabs[s]["tasks"] if x["name"].startswith("镇街")]
        if towns and dec(towns[0]["amount_yuan"]) != want[7] * 10000 or not towns and want[7] != 0:
            errs.append(f"{s}: 镇街 subsidy is not the 对下 line")
        if not 14 <= len(tabs[s]["indicators"]) <= 16 or not 4 <= len(tabs[s]["goals"]) <= 5:
            errs.append(f"{s}: shape")
    # 监测站 2025 → 2026: one new task, one renamed, one moved (重点 → 其他); one new indicator; ten annual values changed
    n6 = {x["name"]: x["section"] for x in tabs["jiancezhan_2026"]["tasks"]}
    n5 = {x["name"]: x["section"] for x in tabs["jiancezhan_2025"]["tasks"]}
    if set(n6) - set(n5) != {"新污染物监测能力建设经费", "地表水水质自动监测站运行维护经费"} or set(n5) - set(n6) != {"水质自动监测站运维经费"}:
        errs.append("监测站 task names")
    if [n for n in n5 if n in n6 and n5[n] != n6[n]] != ["土壤和地下水环境监测经费"] or n5["土壤和地下水环境监测经费"] != "年度重点工作任务":
        errs.append("监测站 moved task")
    i6 = {i["level3"]: i for i in tabs["jiancezhan_2026"]["indicators"]}
    i5 = {i["level3"]: i for i in tabs["jiancezhan_2025"]["indicators"]}
    if set(i6) - set(i5) != {"新污染物监测实验室建成时间"} or set(i5) - set(i6):
        errs.append("监测站 indicator names")
    if {n for n in i5 if i5[n]["annual_value"] != i6[n]["annual_value"]} != CHANGED:
        errs.append("监测站 changed indicators")
    if any(i5[n]["period_value"] != i6[n]["period_value"] for n in i5 if i6[n]["period_value"] != i6[n]["annual_value"]):
        errs.append("监测站: a period value printed apart changed")
    # every new task amount is held by no other table (tasks or a budget line read in 元)
    elsewhere = Counter()
    for s, t in tabs.items():
        if s in FIVE:
            continue
        elsewhere.update(int(dec(x["amount_yuan"])) for x in t.get("tasks", []))
        elsewhere.update(int(v * 10000) for v in lines(t).values())
    mine = [int(dec(x["amount_yuan"])) for s in FIVE for x in tabs[s]["tasks"]]
    for v in mine:
        if elsewhere[v] or mine.count(v) > 1:
            errs.append(f"amount {v} not unique")
    dg = dg26(tabs)
    if len(dg) != 108:
        errs.append(f"东莞 2026 tables: {len(dg)}")
    f = {"合计": total, "人员": lambda t: t["basic_info"]["财政供养人员数"],
         "基本支出": lambda t: lines(t)["基本支出"], "其他资金": lambda t: lines(t)["其他资金"]}
    for (m, s), want in RANKS.items():
        v = f[m](dg[s])
        if [f[m](t) for t in dg.values()].count(v) != 1:
            errs.append(f"rank tie {m} {s}")
        if 1 + sum(f[m](t) > v for t in dg.values()) != want:
            errs.append(f"rank {m} {s} != {want}")
    # city-wide counts and sums, counted here
    if sum(lines(t)["拟用于对下转移支付资金"] == 0 for t in dg.values()) != 14:
        errs.append("对下 0 count")
    if sum(t["basic_info"]["下属二级单位数"] == 0 for t in dg.values()) != 12:
        errs.append("二级单位 0 count")
    if sum("水库" in x["name"] for t in dg.values() for x in t["tasks"]) != 7:
        errs.append("水库 task count")
    if sum(dec(x["amount_yuan"]) for t in dg.values() for x in t["tasks"] if "文明" in x["name"]) != 71792200:
        errs.append("文明 task sum")
    if sum(total(t) for t in dg.values()) != Decimal("5282633.94"):
        errs.append("all-department 预算合计")
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
    for k, r in enumerate(rows, 1):
        rid = f"b41-{k:03d}"
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
        want_fu = f"b41-{k - 1:03d}" if k in FOLLOWUPS else None
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
    for k, (u, _) in YEAR_PAIRS.items():
        fs = rows[k - 1]["figures"] if k <= len(rows) else []
        if len(fs) != 3 or {unit(x) for x in fs} != {u} or n(fs[0]) != n(fs[1]) - n(fs[2]):
            errs.append(f"b41-{k:03d}: year-on-year difference")
    if len(rows) >= 130:
        d, _, base = (rows[128]["figures"] + [None, None, None])[:3]
        if base is None or not rows[129]["figures"] or n(rows[129]["figures"][0]) != (
                n(d) / n(base) * 100).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP):
            errs.append("b41-130: growth rate")
    if len(rows) >= 101:  # the descending list is descending
        fs = [n(x) for x in rows[100]["figures"]]
        if fs != sorted(fs, reverse=True) or len(fs) != 4:
            errs.append("b41-101: not descending")
    return errs


def main():
    tabs, errs = load_tables()
    errs += check_tables(tabs)
    rows = [json.loads(x) for x in (BLIND / "batch_41.jsonl").read_text(encoding="utf-8").splitlines()]
    errs += verify(rows, tabs)
    for e in errs:
        print(e)
    print(f"{len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
