"""Independent check of batch_40.jsonl, written for this batch (it does not import truth40 or gen_batch40).

It loads the tables itself (the JSON files named in batches.json's batch 40 list and the five fixture tables), checks
the list (batch 39's, then batch 38's five, then the five new ones, no duplicates), hand-typed budget lines, people and
every task amount of the five new tables, the identities, the year-to-year changes of 六院, the uniqueness of the new
amounts, hand-counted ranks and city-wide counts, and then the rows against a hand table (expect, first figure,
yes/no) of all 160 lines worked out on paper, second figures, list members and their order, the follow-up chain, required
absents, prose phrases, and the arithmetic of every compare and year-on-year line. `verify(rows)` returns the errors;
`python verify40.py` prints them (0 required)."""

from __future__ import annotations

import json
import sys
from collections import Counter
from decimal import ROUND_HALF_UP
from decimal import Decimal as Dm
from pathlib import Path

BLIND = Path(__file__).resolve().parent.parent
ROOT = BLIND.parents[1]
sys.path.insert(0, str(ROOT))
NEW = ["liuyuan_2026", "liuyuan_2025", "shiyanzhongxue_2026", "wenhuaguan_2026", "meishuguan_2026"]
B38_NEW = ["zhongyuan_2026", "zhongyuan_2025", "jianchayuan_2026", "zhengxie_2026", "ribaoshe_2026"]

# 基本, 项目, 其他事业发展性, 财政拨款, 其他资金, 专项, 市本级, 对下, 合计 (万元), 人员, 二级单位 — typed by hand
HAND_BUDGET = {
    "liuyuan_2026": ("41386.27", "18624.85", "2336.46", "19862.34", "42485.24", "2186.00", "1862.00", "324.00",
                     "62347.58", 1124, 0),
    "liuyuan_2025": ("38624.35", "16238.47", "2148.62", "17936.58", "39074.86", "1946.00", "1658.00", "288.00",
                     "57011.44", 1086, 0),
    "shiyanzhongxue_2026": ("9864.37", "7836.48", "1785.67", "16238.65", "3247.87", "1126.00", "1126.00", "0.00",
                            "19486.52", 348, 1),
    "wenhuaguan_2026": ("1486.35", "4238.62", "627.77", "6186.29", "166.45", "1128.00", "860.00", "268.00", "6352.74", 63, 0),
    "meishuguan_2026": ("986.47", "2318.56", "343.26", "3526.08", "122.21", "564.00", "564.00", "0.00", "3648.29", 35, 0),
}
HAND_TASKS = {  # in table order; (section letter K/O, amount)
    "liuyuan_2026": [("K", 48365200), ("K", 26483700), ("K", 14862300), ("K", 9684500), ("O", 3240000), ("O", 7386400),
                     ("O", 2964800), ("O", 11628400), ("O", 2397300), ("O", 4271800), ("O", 3857200)],
    "liuyuan_2025": [("K", 42186700), ("K", 23648100), ("K", 13624800), ("K", 6843200), ("O", 2880000), ("O", 2468300),
                     ("O", 10864900), ("O", 2153900), ("O", 3869500), ("O", 3517900)],
    "shiyanzhongxue_2026": [("K", 5836400), ("K", 4628500), ("K", 3271900), ("O", 3572600), ("O", 1683700),
                            ("O", 1432700), ("O", 1158600), ("O", 2853100), ("O", 1972600), ("O", 3137400)],
    "wenhuaguan_2026": [("K", 3286500), ("K", 4857900), ("K", 1864700), ("O", 2680000), ("O", 1273500), ("O", 1541700),
                        ("O", 982700), ("O", 1124600), ("O", 1653900), ("O", 568300)],
    "meishuguan_2026": [("K", 5286400), ("K", 2648300), ("K", 1386900), ("O", 1573800), ("O", 1241900), ("O", 871300),
                        ("O", 285600), ("O", 736400), ("O", 628900)],
}
HAND_TASK_SUMS = {"liuyuan_2026": 135141600, "liuyuan_2025": 112057300, "shiyanzhongxue_2026": 29547500,
                  "wenhuaguan_2026": 19833800, "meishuguan_2026": 14659500}
CHANGED = ["结核病患者人均诊疗补助标准", "门急诊人次", "出院患者人次", "收治传染病住院患者", "新增负压隔离病床",
           "结核病患者规范管理", "肺结核患者成功治疗率", "医院感染发生率", "传染病救治能力", "患者满意度"]

# line -> (expect, first figure or None, yes/no), worked out on paper from the tables
HAND = {
    1: ("ok", "26483700元", None), 2: ("ok", "23648100元", None), 3: ("ok", "14862300元", None),
    4: ("ok", "3240000元", None), 5: ("ok", "48365200元", None), 6: ("ok", "11628400元", None),
    7: ("ok", "4271800元", None), 8: ("ok", "1683700元", None), 9: ("ok", "2146300元", None),
    10: ("ok", "4628500元", None), 11: ("ok", "3137400元", None), 12: ("ok", "3286500元", None),
    13: ("ok", "1864700元", None), 14: ("ok", "982700元", None), 15: ("ok", "1573800元", None),
    16: ("ok", "2648300元", None), 17: ("ok", "285600元", None),
    18: ("ok", "≥92%", None), 19: ("ok", "≥40张", None), 20: ("ok", "≥120张", None), 21: ("ok", "≥72万人次", None),
    22: ("ok", "≤3%", None), 23: ("ok", "≤2小时", None), 24: ("ok", "≥95%", None), 25: ("ok", "≥3500人", None),
    26: ("ok", "≤800元/人次", None), 27: ("ok", "≥30间", None), 28: ("ok", "≥120万人次", None),
    29: ("ok", "≤2.5万元/场", None), 30: ("ok", "≥50万人次", None), 31: ("ok", "≤6000元/件", None),
    32: ("ok", "62347.58万元", None), 33: ("ok", "19862.34万元", None), 34: ("ok", "#27", None),
    35: ("ok", "#348", None), 36: ("ok", "6352.74万元", None), 37: ("ok", "2318.56万元", None),
    38: ("ok", "1486.35万元", None), 39: ("ok", None, None), 40: ("ok", None, None),
    41: ("ok", "860张", None), 42: ("ok", "180人", None), 43: ("ok", "35项", None), 44: ("ok", "33个", None),
    45: ("ok", "1万人次", None), 46: ("ok", "20万人次", None), 47: ("ok", "78个", None), 48: ("ok", "1150人", None),
    49: ("ok", "8个", None), 50: ("ok", "28名", None), 51: ("ok", "1.2万平方米", None), 52: ("ok", "400场", None),
    53: ("ok", "520个", None), 54: ("ok", "15名", None), 55: ("ok", "130支", None), 56: ("ok", "6场", None),
    57: ("ok", "55万人次", None), 58: ("ok", "12个", None), 59: ("ok", "820张", None),
    60: ("ok", None, None), 61: ("ok", "101339600元", None), 62: ("ok", None, None), 63: ("ok", None, None),
    64: ("ok", None, None), 65: ("ok", None, None), 66: ("ok", None, None), 67: ("ok", None, None),
    68: ("ok", None, None),
    69: ("ok", "#11", None), 70: ("ok", "#7", None), 71: ("ok", "26.45%", None), 72: ("ok", "#16", None),
    73: ("ok", "#6", None), 74: ("ok", "#2", None), 75: ("ok", "#108", None), 76: ("ok", "#27", None),
    77: ("ok", "#46", None), 78: ("ok", "#32", None),
    79: ("ok", "29547500元", None), 80: ("ok", "37.71%", None), 81: ("ok", "94637.94万元", None),
    82: ("ok", "91835.13万元", None), 83: ("ok", "5298340.91万元", None), 84: ("ok", "68.14%", None),
    85: ("ok", "1628833.33元", None), 86: ("ok", "4349700元", None), 87: ("ok", "23.76%", None), 88: ("ok", "#98", None),
    89: ("ok", "5836400元", None), 90: ("ok", "1158600元", None), 91: ("ok", "#27", None), 92: ("ok", "#102", None),
    93: ("ok", "#60", None), 94: ("ok", "#91", None), 95: ("ok", "#9", None), 96: ("ok", "#27", None),
    97: ("ok", "#26", None), 98: ("ok", "#6", None), 99: ("ok", "#105", None), 100: ("ok", "3286500元", None),
    101: ("ok", "62347.58万元", None),
    102: ("ok", "30057.22万元", None), 103: ("ok", "37138.79万元", None), 104: ("ok", "7348.06万元", None),
    105: ("ok", "5420.78万元", None), 106: ("ok", "20800元", None), 107: ("ok", "620300元", None),
    108: ("ok", "758400元", None), 109: ("ok", "10102700元", None), 110: ("ok", "291400元", None),
    111: ("ok", "#44", None), 112: ("ok", "#2", None),
    113: ("ok", "62347.58万元", "是"), 114: ("ok", "42485.24万元", "是"), 115: ("ok", "2026年10月31日前", "否"),
    116: ("ok", "≤2小时", "是"), 117: ("ok", "#1124", "否"), 118: ("ok", "324.00万元", "是"),
    119: ("ok", "0.00万元", "否"), 120: ("ok", "2026年8月25日前", "是"), 121: ("ok", "≥95%", "是"),
    122: ("ok", "5836400元", "否"), 123: ("ok", "6352.74万元", "是"), 124: ("ok", "#63", "否"),
    125: ("ok", "2026年7月31日前", "是"), 126: ("ok", "100%", "是"), 127: ("ok", "3648.29万元", "否"),
    128: ("ok", "57011.44万元", None), 129: ("ok", "5336.14万元", None), 130: ("ok", "9.36%", None),
    131: ("ok", "#1086", None), 132: ("ok", "543200元", None), 133: ("ok", "9684500元", None),
    134: ("ok", "2468300元", None), 135: ("ok", "2964800元", None), 136: ("ok", "496500元", None),
    137: ("ok", "#10", None), 138: ("ok", "逐步提升", None), 139: ("ok", None, None), 140: ("ok", "≥68万人次", None),
    141: ("ok", "9500人次", None), 142: ("ok", "2880000元", None), 143: ("ok", "7386400元", None),
    144: ("ok", "≥93%", None),
    145: ("not_found", None, None), 146: ("ok", "57011.44万元", None), 147: ("not_found", None, None),
    148: ("not_found", None, None), 149: ("not_found", None, None), 150: ("not_found", None, None),
    151: ("not_found", None, None), 152: ("not_found", None, None), 153: ("not_found", None, None),
    154: ("not_found", None, None), 155: ("not_found", None, None), 156: ("not_found", None, None),
    157: ("ok_or_clarify", None, None), 158: ("ok_or_clarify", None, None), 159: ("ok", "≥90%", None),
    160: ("ok", "2026年5月31日前", None),
}
SECOND = {33: "42485.24万元", 35: "#1", 58: "20名", 70: "35745900元", 101: "19486.52万元", 129: "62347.58万元",
          131: "#1124", 137: "112057300元", 144: "≥91%", 132: "7386400元", 136: "2964800元"}
FOLLOWUPS = {2, 9, 20, 33, 34, 57, 61, 70, 71, 80, 90, 97, 130, 136, 146}
MEMBERS = {
    1: ["医疗设备购置和更新经费"], 2: ["医疗设备购置和更新经费"], 3: ["结核病防治和耐药结核诊疗经费"],
    4: ["镇街结核病防治和传染病防控指导补助"], 5: ["传染病救治能力提升工程经费"], 6: ["医院后勤保障和物业管理经费"],
    7: ["结核病患者诊疗补助经费"], 8: ["学生资助经费"], 9: ["学生资助经费"], 10: ["智慧校园建设经费"],
    11: ["校舍维修改造经费"], 12: ["群众文化活动和文化惠民演出经费"], 13: ["非物质文化遗产保护传承经费"],
    14: ["公益艺术培训经费"], 15: ["馆舍安全保卫和物业管理经费"], 16: ["美术藏品征集和修复经费"],
    17: ["讲解员和文博人员培训经费"],
    39: ["感染性疾病精准诊断实验室建成时间", "传染病疫情报告时间"],
    40: ["观众满意度", "美育活动参与者满意度"],
    60: ["传染病救治能力提升工程经费", "医疗设备购置和更新经费", "结核病防治和耐药结核诊疗经费", "医院后勤保障和物业管理经费"],
    62: ["教育教学质量提升经费", "智慧校园建设经费", "科技创新教育和创客空间建设经费", "校园安保和物业管理经费", "校舍维修改造经费"],
    63: ["群众文艺团队培训和辅导经费", "公益艺术培训经费", "数字文化馆建设和运维经费", "文化志愿服务经费"],
    64: ["新增负压隔离病床", "培训基层医务人员"], 65: ["城市美术文化影响力", "美术藏品体系"],
    66: ["公共文化设施免费开放率", "群众文化活动满意度", "培训学员满意度"],
    89: ["教育教学质量提升经费"], 90: ["体育艺术教育和学生社团经费"], 100: ["群众文化活动和文化惠民演出经费"],
    101: ["东莞市第六人民医院", "东莞市实验中学", "东莞市文化馆", "东莞市美术馆"],
    133: ["感染性疾病精准诊断实验室建设经费"], 134: ["院感防控经费"], 135: ["医院感染防控和职业防护经费"],
    139: CHANGED, 143: ["艾滋病和病毒性肝炎防治经费"],
}
SETS = {  # lists whose order is the table's, checked as sets of department names
    67: {"东莞市妇幼保健院", "东莞市第六人民医院", "东莞市市场监督管理局"},
    68: {"东莞市商务局", "东莞市市场监督管理局", "东莞市第六人民医院", "东莞市林业局", "东莞职业技术学院"},
}
REQUIRED_ABSENT = {1: "23648100元", 2: "26483700元", 6: "32684500元", 8: "2146300元", 9: "1683700元", 10: "5386900元",
                   12: "3265700元", 13: "2485000元", 14: "3597700元", 15: "3865700元", 17: "326800元", 18: "≥90%",
                   19: "≥30张", 21: "≥68万人次", 24: "≥98%", 25: "≥4200人", 26: "≤600元/人次", 27: "≥50间",
                   28: "≥50万人次", 29: "≤1.4万元/场", 30: "≥115万人次", 31: "≤1.8万元/件", 138: "明显提升",
                   140: "≥72万人次", 142: "3240000元", 143: "6843200元", 150: "3648.29万元", 153: "19486.52万元",
                   154: "48650700元", 155: "15936800元", 156: "26430000元", 159: "≥92%", 160: "2026年11月30日前"}
PROSE = {41: "约860张", 42: "约180人", 43: "约35项", 44: "约33个", 45: "约1万人次", 46: "约20万人次", 47: "约78个",
         48: "约1150人", 49: "约8个", 50: "约28名", 51: "约1.2万平方米", 52: "约400场", 53: "约520个", 54: "约15名",
         55: "约130支", 56: "约6场", 57: "约55万人次", 58: "约12个", 59: "约820张", 141: "约9500人次"}
PROSE_SLUG = {**{k: "liuyuan_2026" for k in range(41, 47)}, **{k: "shiyanzhongxue_2026" for k in range(47, 52)},
              **{k: "wenhuaguan_2026" for k in range(52, 56)}, **{k: "meishuguan_2026" for k in (56, 57, 58)},
              59: "liuyuan_2025", 141: "liuyuan_2025"}
CATS = {"item_money": 15, "indicator": 13, "overview": 5, "structure": 2, "prose": 18, "filter": 8, "count": 8,
        "aggregate": 9, "ranking": 11, "compare": 11, "yesno": 15, "yoy": 15, "not_found": 7, "trap": 8, "followup": 15}
HAND_RANKS = {  # (measure, slug) -> rank among the 108 东莞 2026 tables, counted on paper from the sorted lists
    ("total", "liuyuan_2026"): 27, ("total", "meishuguan_2026"): 102, ("total", "shiyanzhongxue_2026"): 60,
    ("total", "wenhuaguan_2026"): 91, ("people", "liuyuan_2026"): 9, ("people", "shiyanzhongxue_2026"): 27,
    ("people", "caizhengju_2026"): 26, ("其他资金", "liuyuan_2026"): 6, ("基本支出", "meishuguan_2026"): 105,
}
RANK_LINES = {34: ("total", "liuyuan_2026"), 91: ("total", "liuyuan_2026"), 92: ("total", "meishuguan_2026"),
              93: ("total", "shiyanzhongxue_2026"), 94: ("total", "wenhuaguan_2026"), 95: ("people", "liuyuan_2026"),
              96: ("people", "shiyanzhongxue_2026"), 97: ("people", "caizhengju_2026"), 98: ("其他资金", "liuyuan_2026"),
              99: ("基本支出", "meishuguan_2026")}
# other departments' figures used on mixed lines, typed by hand from their tables
OTHERS = {("jikong_2026", "total"): "32290.36", ("bayuan_2026", "total"): "99486.37",
          ("guanzhong_2026", "total"): "26834.58", ("tushuguan_2026", "total"): "11773.52",
          ("fuyou_2026", "people"): 1168, ("zonggonghui_2026", "people"): 37, ("renfangban_2026", "people"): 64}
NOT_LOADED = ["第五人民医院", "广东美术馆", "光明中学", "广场舞"]


def load_tables():
    from tests.fixtures.tables import FIXTURES
    lists = json.loads((BLIND / "batches.json").read_text(encoding="utf-8"))
    errs = []
    b37, b38, b39 = lists["batch_37.jsonl"], lists["batch_38.jsonl"], lists["batch_39.jsonl"]
    b40 = lists.get("batch_40.jsonl", [])
    if [s for s in b38 if s not in b37] != B38_NEW:
        errs.append("batches.json: batch 38's five are not the hand-typed ones")
    if b40 != b39 + B38_NEW + NEW or len(set(b40)) != len(b40):
        errs.append("batches.json: batch 40's list is not batch 39's, then batch 38's five, then the five")
    tabs = {f.slug: f.export for f in FIXTURES}
    for s in b40:
        if not s.startswith("import:"):
            tabs[s] = json.loads((BLIND / "tables" / f"{s}.json").read_text(encoding="utf-8"))
    return tabs, errs


def dm(x):
    return Dm(str(x))


def budget(t):
    return {x["name"]: dm(x["amount_wan"]) for x in t["budget"]}


def total(t):
    b = budget(t)
    return b["基本支出"] + b["项目支出"] + b.get("其他事业发展性支出", Dm(0))


def dongguan_2026(tabs):
    return {s: t for s, t in tabs.items() if t.get("kind", "department") == "department" and t.get("year") == 2026
            and "东莞" in t["department"] and t.get("budget")}


def measure(m):
    return {"total": total, "people": lambda t: t["basic_info"]["财政供养人员数"],
            "其他资金": lambda t: budget(t)["其他资金"], "基本支出": lambda t: budget(t)["基本支出"]}[m]


def check_tables(tabs):
    errs = []
    names = ["基本支出", "项目支出", "其他事业发展性支出", "财政拨款", "其他资金", "财政专项资金", "市本级使用资金",
             "拟用于对下转移支付资金"]
    for s, h in HAND_BUDGET.items():
        b = budget(tabs[s])
        v = [Dm(x) for x in h[:9]]
        for n, x in zip(names, v):
            if b[n] != x:
                errs.append(f"{s}: {n} {b[n]} != {x}")
        if v[0] + v[1] + v[2] != v[8] or v[3] + v[4] != v[8] or v[6] + v[7] != v[5]:
            errs.append(f"{s}: identity")
        bi = tabs[s]["basic_info"]
        if (bi["财政供养人员数"], bi["下属二级单位数"]) != (h[9], h[10]):
            errs.append(f"{s}: people / units")
        got = [("K" if x["section"] == "年度重点工作任务" else "O", int(dm(x["amount_yuan"]))) for x in tabs[s]["tasks"]]
        if got != HAND_TASKS[s]:
            errs.append(f"{s}: tasks {got}")
        if sum(a for _, a in got) != HAND_TASK_SUMS[s]:
            errs.append(f"{s}: task sum")
        if sum(a for _, a in got) > v[1] * 10000:
            errs.append(f"{s}: tasks over 项目支出")
        town = [x for x in tabs[s]["tasks"] if x["name"].startswith("镇街")]
        if (town and dm(town[0]["amount_yuan"]) != v[7] * 10000) or (not town and v[7] != 0):
            errs.append(f"{s}: 镇街 subsidy != 对下")
        if not (14 <= len(tabs[s]["indicators"]) <= 16) or not (4 <= len(tabs[s]["goals"]) <= 5):
            errs.append(f"{s}: shape")
    # 六院: one task new, one renamed, one moved (重点 → 其他); one indicator new; ten annual values changed
    t6 = {x["name"]: x for x in tabs["liuyuan_2026"]["tasks"]}
    t5 = {x["name"]: x for x in tabs["liuyuan_2025"]["tasks"]}
    if set(t6) - set(t5) != {"感染性疾病精准诊断实验室建设经费", "医院感染防控和职业防护经费"} or set(t5) - set(t6) != {"院感防控经费"}:
        errs.append("liuyuan task sets")
    moved = sorted(n for n in set(t6) & set(t5) if t6[n]["section"] != t5[n]["section"])
    if moved != ["艾滋病和病毒性肝炎防治经费"] or t5["艾滋病和病毒性肝炎防治经费"]["section"] != "年度重点工作任务":
        errs.append(f"liuyuan moved {moved}")
    i6 = {i["level3"]: i for i in tabs["liuyuan_2026"]["indicators"]}
    i5 = {i["level3"]: i for i in tabs["liuyuan_2025"]["indicators"]}
    if set(i6) - set(i5) != {"感染性疾病精准诊断实验室建成时间"} or set(i5) - set(i6):
        errs.append("liuyuan indicator sets")
    if [n for n in i5 if i5[n]["annual_value"] != i6[n]["annual_value"]] != CHANGED:
        errs.append("liuyuan changed indicators")
    if [n for n in i5 if i5[n]["period_value"] != i6[n]["period_value"] and i6[n]["period_value"] != i6[n]["annual_value"]]:
        errs.append("liuyuan period value changed")
    # uniqueness of every new amount among the tasks of all other tables
    held = Counter()
    for s, t in tabs.items():
        if s in NEW:
            continue
        for x in t.get("tasks", []):
            held[int(dm(x["amount_yuan"]))] += 1
    for s in NEW:
        for x in tabs[s]["tasks"]:
            if held[int(dm(x["amount_yuan"]))]:
                errs.append(f"{s}: {x['name']} amount held elsewhere")
    dg = dongguan_2026(tabs)
    if len(dg) != 108:
        errs.append(f"东莞 2026 tables: {len(dg)}")
    for (m, s), want in HAND_RANKS.items():
        f = measure(m)
        v = f(dg[s])
        if sum(f(t) == v for t in dg.values()) != 1:
            errs.append(f"rank tie {m} {s}")
        if 1 + sum(f(t) > v for t in dg.values()) != want:
            errs.append(f"rank {m} {s} != {want}")
    for (s, m), want in OTHERS.items():
        got = measure(m)(tabs[s])
        if (Dm(want) if isinstance(want, str) else want) != got:
            errs.append(f"other {s} {m} {got} != {want}")
    # the city-wide counts of the count lines, counted again here
    counts = {75: len(dg), 76: sum("物业" in x["name"] for t in dg.values() for x in t["tasks"]),
              77: sum(t["basic_info"]["财政供养人员数"] < 100 for t in dg.values()),
              78: sum(total(t) < 10000 for t in dg.values())}
    for k, c in counts.items():
        if f"#{c}" != HAND[k][1]:
            errs.append(f"b40-{k:03d}: hand count {HAND[k][1]} != counted {c}")
    all_sum = sum(total(t) for t in dg.values())
    if f"{all_sum}万元" != HAND[83][1]:
        errs.append(f"all-city sum {all_sum}")
    for k, want in SETS.items():
        lo, hi, f = {67: (1000, 1200, measure("people")), 68: (60000, 65000, total)}[k]
        got = {t["department"] for t in dg.values() if lo <= f(t) <= hi}
        if got != want or any(f(t) in (lo, hi) for t in dg.values()):
            errs.append(f"b40-{k:03d}: set by hand {sorted(want)} != {sorted(got)}")
    text = json.dumps(tabs, ensure_ascii=False)
    for w in NOT_LOADED:
        if w in text:
            errs.append(f"not-loaded word {w} is in a table")
    return errs


def num(s):
    return Dm(s.replace("万元", "").replace("元", "").replace("#", "").replace("%", ""))


def unit(s):
    return "万元" if s.endswith("万元") else "元" if s.endswith("元") else "#" if s.startswith("#") else "?"


def verify(rows, tabs=None):
    errs = []
    if len(rows) != 160:
        errs.append(f"{len(rows)} rows")
    if dict(Counter(r["category"] for r in rows)) != CATS:
        errs.append(f"categories {dict(Counter(r['category'] for r in rows))}")
    if len({r["q"] for r in rows}) != len(rows):
        errs.append("a question repeated")
    for k, r in enumerate(rows, 1):
        rid = f"b40-{k:03d}"
        if r["id"] != rid:
            errs.append(f"{rid}: id {r['id']}")
        if k in HAND:
            e, f, yn = HAND[k]
            if r["expect"] != e:
                errs.append(f"{rid}: expect {r['expect']} != {e}")
            if (r["figures"][0] if r["figures"] else None) != f:
                errs.append(f"{rid}: first figure {r['figures'][:1]} != {f}")
            if r["yesno"] != yn:
                errs.append(f"{rid}: yes/no {r['yesno']} != {yn}")
        elif r["yesno"] is not None:
            errs.append(f"{rid}: yes/no on a line without one")
        if k in SECOND and (len(r["figures"]) < 2 or r["figures"][1] != SECOND[k]):
            errs.append(f"{rid}: second figure {r['figures'][1:2]} != {SECOND[k]}")
        fu = r["followup_of"]
        if (k in FOLLOWUPS) != (fu is not None) or (fu is not None and fu != f"b40-{k - 1:03d}"):
            errs.append(f"{rid}: chain {fu}")
        if (r["category"] == "followup") != (k in FOLLOWUPS):
            errs.append(f"{rid}: followup category")
        if k in MEMBERS and r["names"] != MEMBERS[k]:
            errs.append(f"{rid}: members / order {r['names']}")
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
                if len({unit(d), unit(x), unit(y)}) != 1 or "?" in {unit(d)}:
                    errs.append(f"{rid}: compare units")
                elif num(d) != abs(num(x) - num(y)) or num(d) <= 0:
                    errs.append(f"{rid}: difference")
        if k in PROSE and tabs is not None:
            goals = "".join(tabs[PROSE_SLUG[k]]["goals"])
            if goals.count(PROSE[k]) != 1 or r["figures"][:1] != [PROSE[k][1:]]:
                errs.append(f"{rid}: prose phrase {PROSE[k]}")
        if "[scope: " not in r["note"]:
            errs.append(f"{rid}: scope")
        if k in RANK_LINES and tabs is not None:
            m, s = RANK_LINES[k]
            if r["figures"][:1] != [f"#{HAND_RANKS[(m, s)]}"]:
                errs.append(f"{rid}: rank")
    # the second prose figure of line 58
    if len(rows) >= 58 and tabs is not None and "约" + (rows[57]["figures"][1:2] or [""])[0] not in "".join(
            tabs["meishuguan_2026"]["goals"]):
        errs.append("b40-058: second prose figure")
    # the yoy lines re-derived: 2026 − 2025 equals the first figure
    for k in (129, 132, 136):
        if k <= len(rows) and len(rows[k - 1]["figures"]) == 3:
            d, x, y = rows[k - 1]["figures"]
            if num(d) != num(x) - num(y) or num(d) <= 0:
                errs.append(f"b40-{k:03d}: year-on-year difference")
        else:
            errs.append(f"b40-{k:03d}: year-on-year shape")
    if len(rows) >= 130 and rows[129]["figures"] and len(rows[128]["figures"]) == 3:
        d, _, base = rows[128]["figures"]
        want = (num(d) / num(base) * 100).quantize(Dm("0.01"), rounding=ROUND_HALF_UP)
        if num(rows[129]["figures"][0]) != want:
            errs.append("b40-130: growth rate base")
    # shares re-derived from hand-typed figures
    shares = {71: (Dm(35745900), Dm(135141600)), 80: (Dm(29547500), Dm("7836.48") * 10000),
              84: (Dm("42485.24"), Dm("62347.58")), 87: (Dm(268), Dm(1128))}
    for k, (x, y) in shares.items():
        want = f"{(x / y * 100).quantize(Dm('0.01'), rounding=ROUND_HALF_UP)}%"
        if len(rows) >= k and rows[k - 1]["figures"][:1] != [want]:
            errs.append(f"b40-{k:03d}: share {rows[k - 1]['figures'][:1]} != {want}")
    # the descending list of line 101
    if len(rows) >= 101:
        v = [num(x) for x in rows[100]["figures"]]
        if v != sorted(v, reverse=True) or len(v) != 4:
            errs.append("b40-101: not descending")
    return errs


def main():
    tabs, errs = load_tables()
    errs += check_tables(tabs)
    rows = [json.loads(x) for x in (BLIND / "batch_40.jsonl").read_text(encoding="utf-8").splitlines()]
    errs += verify(rows, tabs)
    for e in errs:
        print(e)
    print(f"{len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
