"""Independent check of batch_43.jsonl, written for this batch (it imports neither truth43 nor gen_batch43, nor the
shared loader).

It reads the tables itself (the JSON files of batches.json's batch 43 list and the five fixture tables), checks the
hand-typed budget lines, people, task amounts and sections of the five new tables and their identities, the
year-to-year changes of 就业中心, the uniqueness of the new amounts, ranks and city-wide counts counted here, and then
every row against a hand table worked out on paper (expect, first figure, yes/no) for all 160 lines, second figures,
list members and their order, sets, the follow-up chain, required absents, prose phrases, and the arithmetic of the
compare, share and year-on-year lines. `verify(rows, tabs)` returns the errors; `python verify43.py` prints them
(0 required)."""

from __future__ import annotations

import json
import sys
from collections import Counter
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

BLIND = Path(__file__).resolve().parent.parent
ROOT = BLIND.parents[1]
sys.path.insert(0, str(ROOT))

FIVE = ["jiuyezhongxin_2026", "jiuyezhongxin_2025", "yaojiansuo_2026", "nongjian_2026", "shaoniangong_2026"]
B40_NEW = ["liuyuan_2026", "liuyuan_2025", "shiyanzhongxue_2026", "wenhuaguan_2026", "meishuguan_2026"]
N_DG = 116  # 东莞 2026 部门整体 tables: batch 41's 108 + batch 40's four 2026 tables + the four here

# 基本 项目 其他事业发展性 财政拨款 其他资金 专项 市本级 对下 合计 (万元), people, 二级单位 — typed by hand
BUDGETS = {
    "jiuyezhongxin_2026": ("3864.29 24683.57 1136.48 29326.15 358.19 1864.00 1208.00 656.00 29684.34", 187, 2),
    "jiuyezhongxin_2025": ("3652.18 22468.35 1048.62 26834.27 334.88 1726.00 1132.00 594.00 27169.15", 181, 2),
    "yaojiansuo_2026": ("4186.37 6842.53 742.96 9265.48 2506.38 682.00 682.00 0.00 11771.86", 148, 0),
    "nongjian_2026": ("2148.63 4718.24 374.82 7086.42 155.27 786.00 439.00 347.00 7241.69", 79, 1),
    "shaoniangong_2026": ("1324.56 2086.35 241.57 3468.24 184.24 292.00 199.00 93.00 3652.48", 65, 0),
}
LINES = ["基本支出", "项目支出", "其他事业发展性支出", "财政拨款", "其他资金", "财政专项资金", "市本级使用资金",
         "拟用于对下转移支付资金"]
# task amounts in table order; K = 年度重点工作任务
TASKS = {
    "jiuyezhongxin_2026": "K16473800 K8364700 K96482300 K23684900 K7286400 6560000 3186400 2364800 1487300 1965700 846200",
    "jiuyezhongxin_2025": "K7648200 K88264500 K21347600 5940000 6542300 3048600 2173400 1364900 1748300 782600",
    "yaojiansuo_2026": "K8763400 K14286700 K11648300 3852600 1973600 1284300 3426800 957300 1347200 431800",
    "nongjian_2026": "K6738400 K5286700 K2947300 3470000 2168400 1392600 864700 2473600 396800 468200",
    "shaoniangong_2026": "K4863700 K3742600 K1868400 930000 1293700 973400 1436800 2317400 426800 384600",
}
TASK_SUMS = {"jiuyezhongxin_2026": 168702500, "jiuyezhongxin_2025": 138860400, "yaojiansuo_2026": 47972000,
             "nongjian_2026": 26206700, "shaoniangong_2026": 18237400}
CHANGED = {"就业见习补贴标准", "举办招聘会", "帮扶就业困难人员就业", "开发公益性岗位", "组织青年参加就业见习", "扶持创业孵化项目",
           "开展职业指导", "创业孵化项目成功率", "求职登记办理时限", "公共就业服务体系"}

# line -> (expect, first figure or None, yes/no), worked out on paper from the tables
E, NF, OC = "ok", "not_found", "ok_or_clarify"
HAND = {
    1: (E, "8364700元", None), 2: (E, "7648200元", None), 3: (E, "16473800元", None), 4: (E, "6560000元", None),
    5: (E, "96482300元", None), 6: (E, "23684900元", None), 7: (E, "846200元", None), 8: (E, "8763400元", None),
    9: (E, "14286700元", None), 10: (E, "11648300元", None), 11: (E, "1284300元", None), 12: (E, "1287500元", None),
    13: (E, "6738400元", None), 14: (E, "3470000元", None), 15: (E, "2168400元", None), 16: (E, "4863700元", None),
    17: (E, "1436800元", None),
    18: (E, "≥5200人", None), 19: (E, "≤2000元/人/月", None), 20: (E, "≥1.2万人次", None), 21: (E, "≥3.6万人次", None),
    22: (E, "≤2.8万元/场", None), 23: (E, "≤1个工作日", None), 24: (E, "≥99%", None), 25: (E, "≤0.3%", None),
    26: (E, "≤2600元/批次", None), 27: (E, "≤24小时", None), 28: (E, "≥98%", None), 29: (E, "≤260元/批次", None),
    30: (E, "≥2.4万人次", None), 31: (E, "≤380元/人次", None),
    32: (E, "11771.86万元", None), 33: (E, "9265.48万元", None), 34: (E, "#80", None), 35: (E, "#187", None),
    36: (E, "7241.69万元", None), 37: (E, "2086.35万元", None), 38: (E, "3864.29万元", None),
    39: (E, None, None), 40: (E, None, None),
    41: (E, "28万个", None), 42: (E, "120个", None), 43: (E, "6万人次", None), 44: (E, "320场", None),
    45: (E, "5000个", None), 46: (E, "4200人", None), 47: (E, "1.5万人", None), 48: (E, "900批次", None),
    49: (E, "1500批次", None), 50: (E, "18台（套）", None), 51: (E, "220项", None), 52: (E, "850批次", None),
    53: (E, "9000批次", None), 54: (E, "1200家", None), 55: (E, "32万批次", None), 56: (E, "12间", None),
    57: (E, "5万人次", None), 58: (E, "130场", None), 59: (E, "8个", None),
    60: (E, None, None), 61: (E, "136641000元", None), 62: (E, None, None), 63: (E, None, None), 64: (E, None, None),
    65: (E, None, None), 66: (E, None, None), 67: (E, None, None), 68: (E, None, None),
    69: (E, "#11", None), 70: (E, "#5", None), 71: (E, "90.27%", None), 72: (E, "#15", None), 73: (E, "#4", None),
    74: (E, "#2", None), 75: (E, "#116", None), 76: (E, "#13", None), 77: (E, "#17", None), 78: (E, "#17", None),
    79: (E, "47972000元", None), 80: (E, "70.11%", None), 81: (E, "15828.03万元", None), 82: (E, "52350.37万元", None),
    83: (E, "5426819.44万元", None), 84: (E, "36.26%", None), 85: (E, "2620670.00元", None), 86: (E, "74018500元", None),
    87: (E, "35.19%", None), 88: (E, "#294", None),
    89: (E, "96482300元", None), 90: (E, "846200元", None), 91: (E, "#49", None), 92: (E, "#92", None),
    93: (E, "#109", None), 94: (E, "#44", None), 95: (E, "#78", None), 96: (E, "#79", None), 97: (E, "#30", None),
    98: (E, "#83", None), 99: (E, "#109", None), 100: (E, "3742600元", None), 101: (E, "29684.34万元", None),
    102: (E, "415.94万元", None), 103: (E, "1.66万元", None), 104: (E, "1344.65万元", None),
    105: (E, "173441.53万元", None), 106: (E, "13600元", None), 107: (E, "32533300元", None), 108: (E, "838200元", None),
    109: (E, "3881000元", None), 110: (E, "539400元", None), 111: (E, "#1", None), 112: (E, "#37", None),
    113: (E, "11771.86万元", "是"), 114: (E, "9265.48万元", "否"), 115: (E, "0.00万元", "否"), 116: (E, "≤24小时", "是"),
    117: (E, "2026年9月30日前", "是"), 118: (E, "#187", "否"), 119: (E, "29684.34万元", "否"), 120: (E, "656.00万元", "是"),
    121: (E, "96482300元", "否"), 122: (E, "2026年10月31日前", "是"), 123: (E, "≥98%", "否"),
    124: (E, "7241.69万元", "否"), 125: (E, "2026年8月31日前", "是"), 126: (E, "≤3个工作日", "是"), 127: (E, "#65", "否"),
    128: (E, "27169.15万元", None), 129: (E, "2515.19万元", None), 130: (E, "9.26%", None), 131: (E, "#181", None),
    132: (E, "8217800元", None), 133: (E, "16473800元", None), 134: (E, "2173400元", None), 135: (E, "2364800元", None),
    136: (E, "191400元", None), 137: (E, "#10", None), 138: (E, "逐步完善", None), 139: (E, None, None),
    140: (E, "≥260场", None), 141: (E, "8个", None), 142: (E, "5940000元", None), 143: (E, "744100元", None),
    144: (E, "≤1个工作日", None),
    145: (NF, None, None), 146: (E, "27169.15万元", None), 147: (NF, None, None), 148: (NF, None, None),
    149: (NF, None, None), 150: (NF, None, None), 151: (NF, None, None), 152: (NF, None, None), 153: (NF, None, None),
    154: (NF, None, None), 155: (NF, None, None), 156: (NF, None, None), 157: (OC, None, None), 158: (OC, None, None),
    159: (E, "≥99%", None), 160: (E, "≤1900元/人/月", None),
}
SECOND = {33: "2506.38万元", 35: "#2", 53: "5000批次", 54: "50万张", 59: "20场", 70: "152292100元", 101: "11771.86万元",
          102: "29684.34万元", 103: "11771.86万元", 111: "#79", 112: "#65", 129: "29684.34万元", 131: "#187",
          137: "138860400元", 144: "≤2个工作日"}
FOLLOWUPS = {2, 12, 21, 33, 34, 58, 61, 70, 71, 80, 90, 96, 130, 136, 146}
MEMBERS = {  # names in this order
    1: ["公共招聘服务和专场招聘会经费"], 2: ["公共招聘服务和专场招聘会经费"], 3: ["零工市场和就业驿站建设运营经费"],
    11: ["实验室资质认定和能力验证经费"], 12: ["实验室资质认定和能力验证经费"],
    13: ["农产品质量安全例行监测和监督抽检经费"], 17: ["暑期公益托管服务经费"],
    18: ["帮扶就业困难人员就业"], 30: ["公益课程培训青少年"],
    39: ["场馆改造完成时间", "课程报名审核时限"],
    40: ["检测结果准确率", "不合格样品核查处置率", "能力验证合格率"],
    60: ["零工市场和就业驿站建设运营经费", "就业困难人员帮扶和公益性岗位经费", "高校毕业生就业见习服务经费"],
    62: ["化妆品和医疗器械检验经费", "中药材和中药饮片质量检验经费", "实验室资质认定和能力验证经费", "标准物质和试剂耗材采购经费",
         "实验室危险废物处置和安全运行经费"],
    63: ["农产品检测机构考核和能力验证经费", "快检人员技术培训经费", "农产品质量安全宣传和科普经费"],
    64: ["公益课程培训青少年"], 65: ["就业困难人员就业稳定性", "公共就业服务体系"],
    66: ["检验报告差错率", "能力验证结果满意率", "检验报告按时出具率", "委托单位满意度", "监管部门满意度"],
    89: ["就业困难人员帮扶和公益性岗位经费"], 90: ["就业政策宣传经费"], 100: ["场馆改造提升工程经费"],
    101: ["东莞市公共就业服务中心", "东莞市食品药品检验所", "东莞市农产品质量安全检测中心", "东莞市少年宫"],
    106: ["农产品质量安全例行监测和监督抽检经费", "农产品质量安全检测经费"],
    132: ["就业困难人员帮扶和公益性岗位经费"], 133: ["零工市场和就业驿站建设运营经费"], 134: ["就业信息系统运维经费"],
    135: ["智慧就业服务平台运行维护经费"], 138: ["公共就业服务体系"], 143: ["创业孵化和创业服务经费"],
    159: ["检测结果准确率"], 160: ["就业见习补贴标准"],
}
SETS = {  # lists in table order, checked as sets
    67: {"东莞市民政局", "东莞市商务局", "东莞市审计局", "东莞市食品药品检验所"},
    68: {"东莞市外事局", "东莞市人民政府国有资产监督管理委员会", "东莞图书馆", "东莞市食品药品检验所"},
    139: CHANGED,
}
REQUIRED_ABSENT = {1: "7648200元", 2: "8364700元", 7: "1385600元", 9: "46820000元", 10: "12486500元", 11: "1287500元",
                   12: "1284300元", 13: "6752000元", 16: "982700元", 18: "≥4800人", 19: "≤1900元/人/月", 24: "≥98%",
                   25: "≤0.5%", 28: "≥99%", 29: "≤280元/批次", 31: "≤350元/人次", 36: "8586.34万元", 57: "8万人次",
                   128: "29684.34万元", 138: "持续完善", 140: "≥300场", 141: "9个", 142: "6560000元",
                   149: "29684.34万元", 150: "11771.86万元", 153: "3652.48万元", 154: "2186500元", 155: "14650000元",
                   156: "463800000元", 159: "≥98%", 160: "≤2000元/人/月"}
PROSE = {41: ("jiuyezhongxin_2026", "约28万个"), 42: ("jiuyezhongxin_2026", "约120个"),
         43: ("jiuyezhongxin_2026", "约6万人次"), 44: ("jiuyezhongxin_2026", "约320场"),
         45: ("jiuyezhongxin_2026", "约5000个"), 46: ("jiuyezhongxin_2026", "约4200人"),
         47: ("jiuyezhongxin_2026", "约1.5万人"), 48: ("yaojiansuo_2026", "约900批次"),
         49: ("yaojiansuo_2026", "约1500批次"), 50: ("yaojiansuo_2026", "约18台（套）"), 51: ("yaojiansuo_2026", "约220项"),
         52: ("yaojiansuo_2026", "约850批次"), 53: ("nongjian_2026", "约9000批次"), 54: ("nongjian_2026", "约1200家"),
         55: ("nongjian_2026", "约32万批次"), 56: ("shaoniangong_2026", "约12间"), 57: ("shaoniangong_2026", "约5万人次"),
         58: ("shaoniangong_2026", "约130场"), 59: ("shaoniangong_2026", "约8个"), 141: ("jiuyezhongxin_2025", "约8个")}
CATS = {"item_money": 15, "indicator": 13, "overview": 5, "structure": 2, "prose": 18, "filter": 8, "count": 8,
        "aggregate": 9, "ranking": 11, "compare": 11, "yesno": 15, "yoy": 15, "not_found": 7, "trap": 8, "followup": 15}
EXPECTS = {"ok": 147, "not_found": 11, "ok_or_clarify": 2}
RANKS = {  # (measure, slug) -> rank among the 116 东莞 2026 tables, read off the sorted lists by hand
    ("合计", "yaojiansuo_2026"): 80, ("合计", "jiuyezhongxin_2026"): 49, ("合计", "nongjian_2026"): 92,
    ("合计", "shaoniangong_2026"): 109, ("人员", "jiuyezhongxin_2026"): 44, ("人员", "nongjian_2026"): 78,
    ("人员", "tuiyijunren_2026"): 79, ("其他资金", "yaojiansuo_2026"): 30, ("基本支出", "nongjian_2026"): 83,
    ("财政拨款", "shaoniangong_2026"): 109,
}
RANK_LINES = {34: ("合计", "yaojiansuo_2026"), 91: ("合计", "jiuyezhongxin_2026"), 92: ("合计", "nongjian_2026"),
              93: ("合计", "shaoniangong_2026"), 94: ("人员", "jiuyezhongxin_2026"), 95: ("人员", "nongjian_2026"),
              96: ("人员", "tuiyijunren_2026"), 97: ("其他资金", "yaojiansuo_2026"), 98: ("基本支出", "nongjian_2026"),
              99: ("财政拨款", "shaoniangong_2026")}
YEAR_PAIRS = {129: "万元", 132: "元", 136: "元", 143: "元"}  # 2026 − 2025 = first figure
SHARES = {71: (Decimal(152292100), Decimal(168702500)), 80: (Decimal(47972000), Decimal(68425300)),
          84: (Decimal("1324.56"), Decimal("3652.48")), 87: (Decimal(656), Decimal(1864))}


def dec(x) -> Decimal:
    return Decimal(str(x))


def load_tables():
    from tests.fixtures.tables import FIXTURES

    errs = []
    lists = json.loads((BLIND / "batches.json").read_text(encoding="utf-8"))
    b40, b41, b43 = lists["batch_40.jsonl"], lists["batch_41.jsonl"], lists.get("batch_43.jsonl", [])
    if [s for s in b40 if s not in b41] != B40_NEW:
        errs.append("batches.json: batch 40's new slugs are not the five expected")
    if b43 != b41 + B40_NEW + FIVE or len(set(b43)) != len(b43):
        errs.append("batches.json: batch 43's list is not batch 41's + batch 40's five + the five, without duplicates")
    tabs = {f.slug: f.export for f in FIXTURES}
    for s in b43:
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


MEASURES = {"合计": total, "人员": lambda t: t["basic_info"]["财政供养人员数"],
            "基本支出": lambda t: lines(t)["基本支出"], "其他资金": lambda t: lines(t)["其他资金"],
            "财政拨款": lambda t: lines(t)["财政拨款"]}


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
        got = [("K" if x["section"] == "年度重点工作任务" else "") + str(int(dec(x["amount_yuan"]))) for x in tabs[s]["tasks"]]
        if got != TASKS[s].split():
            errs.append(f"{s}: tasks {got}")
        ts = sum(int(x.lstrip("K")) for x in TASKS[s].split())
        if ts != TASK_SUMS[s] or ts > want[1] * 10000:
            errs.append(f"{s}: task sum {ts}")
        towns = [x for x in tabs[s]["tasks"] if x["name"].startswith(("镇街", "乡村学校"))]
        if towns and dec(towns[0]["amount_yuan"]) != want[7] * 10000 or not towns and want[7] != 0:
            errs.append(f"{s}: 镇街 subsidy is not the 对下 line")
        if not 14 <= len(tabs[s]["indicators"]) <= 16 or not 4 <= len(tabs[s]["goals"]) <= 5:
            errs.append(f"{s}: shape")
    # 就业中心 2025 → 2026: one new task, one renamed, one moved (其他 → 重点); one new indicator; ten annual values changed
    n6 = {x["name"]: x["section"] for x in tabs["jiuyezhongxin_2026"]["tasks"]}
    n5 = {x["name"]: x["section"] for x in tabs["jiuyezhongxin_2025"]["tasks"]}
    if set(n6) - set(n5) != {"零工市场和就业驿站建设运营经费", "智慧就业服务平台运行维护经费"} or set(n5) - set(n6) != {"就业信息系统运维经费"}:
        errs.append("就业中心 task names")
    if [n for n in n5 if n in n6 and n5[n] != n6[n]] != ["创业孵化和创业服务经费"] or n5["创业孵化和创业服务经费"] != "其他需完成的任务":
        errs.append("就业中心 moved task")
    i6 = {i["level3"]: i for i in tabs["jiuyezhongxin_2026"]["indicators"]}
    i5 = {i["level3"]: i for i in tabs["jiuyezhongxin_2025"]["indicators"]}
    if set(i6) - set(i5) != {"市级零工市场建成时间"} or set(i5) - set(i6):
        errs.append("就业中心 indicator names")
    if {n for n in i5 if i5[n]["annual_value"] != i6[n]["annual_value"]} != CHANGED:
        errs.append("就业中心 changed indicators")
    if not i5["开展职业指导"]["period_value"] == i6["开展职业指导"]["period_value"] == "≥3.6万人次":
        errs.append("就业中心: the period value printed apart changed")
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
    if len(dg) != N_DG:
        errs.append(f"东莞 2026 tables: {len(dg)}")
    for (m, s), want in RANKS.items():
        f = MEASURES[m]
        v = f(dg[s])
        if [f(t) for t in dg.values()].count(v) != 1:
            errs.append(f"rank tie {m} {s}")
        if 1 + sum(f(t) > v for t in dg.values()) != want:
            errs.append(f"rank {m} {s} != {want}")
    # city-wide counts and sums, counted here
    if sum(lines(t)["拟用于对下转移支付资金"] == 0 for t in dg.values()) != 17:
        errs.append("对下 0 count")
    if sum(t["basic_info"]["下属二级单位数"] == 0 for t in dg.values()) != 17:
        errs.append("二级单位 0 count")
    if sum("就业" in x["name"] for t in dg.values() for x in t["tasks"]) != 13:
        errs.append("就业 task count")
    if sum(dec(x["amount_yuan"]) for t in dg.values() for x in t["tasks"] if "检验" in x["name"]) != 74018500:
        errs.append("检验 task sum")
    if sum(total(t) for t in dg.values()) != Decimal("5426819.44"):
        errs.append("all-department 预算合计")
    if {t["department"] for t in dg.values() if 140 <= t["basic_info"]["财政供养人员数"] <= 150} != SETS[67]:
        errs.append("140–150 people set")
    if {t["department"] for t in dg.values() if 11000 <= total(t) <= 12000} != SETS[68]:
        errs.append("1.1亿–1.2亿 set")
    return errs


def n(s):
    for u in ("万元", "元", "#", "%"):
        s = s.replace(u, "")
    return Decimal(s)


def unit(s):
    return "万元" if s.endswith("万元") else "元" if s.endswith("元") else "#" if s.startswith("#") else "?"


def q2(x):
    return x.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def verify(rows, tabs=None):
    errs = []
    if len(rows) != 160:
        errs.append(f"{len(rows)} rows")
    if Counter(r["category"] for r in rows) != Counter(CATS):
        errs.append(f"categories {dict(Counter(r['category'] for r in rows))}")
    if Counter(r["expect"] for r in rows) != Counter(EXPECTS):
        errs.append(f"expects {dict(Counter(r['expect'] for r in rows))}")
    for k, r in enumerate(rows, 1):
        rid = f"b43-{k:03d}"
        if r["id"] != rid:
            errs.append(f"{rid}: id {r['id']}")
        e, first, yn = HAND[k] if k in HAND else ("?", None, None)
        if r["expect"] != e:
            errs.append(f"{rid}: expect {r['expect']} != {e}")
        if (r["figures"] or [None])[0] != first:
            errs.append(f"{rid}: first figure {r['figures'][:1]} != {first}")
        if r["yesno"] != yn:
            errs.append(f"{rid}: yes/no {r['yesno']} != {yn}")
        if k in SECOND and r["figures"][1:2] != [SECOND[k]]:
            errs.append(f"{rid}: second figure {r['figures'][1:2]} != {SECOND[k]}")
        want_fu = f"b43-{k - 1:03d}" if k in FOLLOWUPS else None
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
        if k in RANK_LINES and tabs is not None:
            m, s = RANK_LINES[k]
            dg = dg26(tabs)
            f = MEASURES[m]
            if (r["figures"] or [None])[0] != f"#{1 + sum(f(t) > f(dg[s]) for t in dg.values())}":
                errs.append(f"{rid}: rank counted here differs")
        if not r["note"].endswith(("[scope: new]", "[scope: mixed]", "[scope: not_loaded]")):
            errs.append(f"{rid}: scope")
    for k, u in YEAR_PAIRS.items():
        fs = rows[k - 1]["figures"] if k <= len(rows) else []
        if len(fs) != 3 or {unit(x) for x in fs} != {u} or n(fs[0]) != n(fs[1]) - n(fs[2]) or n(fs[0]) <= 0:
            errs.append(f"b43-{k:03d}: year-on-year difference")
    for k, (num, den) in SHARES.items():
        fs = rows[k - 1]["figures"] if k <= len(rows) else []
        if fs[:1] != [f"{q2(num / den * 100)}%"]:
            errs.append(f"b43-{k:03d}: share")
    if len(rows) >= 130:
        d, _, base = (rows[128]["figures"] + [None, None, None])[:3]
        if base is None or not rows[129]["figures"] or n(rows[129]["figures"][0]) != q2(n(d) / n(base) * 100):
            errs.append("b43-130: growth rate")
    if len(rows) >= 101:  # the descending list is descending
        fs = [n(x) for x in rows[100]["figures"]]
        if fs != sorted(fs, reverse=True) or len(fs) != 4:
            errs.append("b43-101: not descending")
    if len(rows) >= 85 and rows[84]["figures"][:1] != [f"{q2(Decimal(TASK_SUMS['nongjian_2026']) / 10)}元"]:
        errs.append("b43-085: average")
    if len(rows) >= 137 and rows[136]["figures"][1:2] != [f"{TASK_SUMS['jiuyezhongxin_2025']}元"]:
        errs.append("b43-137: 2025 task sum")
    return errs


def main():
    tabs, errs = load_tables()
    errs += check_tables(tabs)
    rows = [json.loads(x) for x in (BLIND / "batch_43.jsonl").read_text(encoding="utf-8").splitlines()]
    errs += verify(rows, tabs)
    for e in errs:
        print(e)
    print(f"{len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
