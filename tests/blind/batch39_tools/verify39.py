"""Independent check of batch_39.jsonl, written for this batch (it does not import truth39 or gen_batch39).

It loads the tables itself (the JSON files named in batches.json's batch 39 list and the five fixture tables), checks
hand-typed budget lines, people and every task amount of the five new tables, the identities, the year-to-year
differences of 消防, the uniqueness of the new amounts, and then the rows against a hand table (expect, first figure,
yes/no) of 149 lines worked out on paper, list members and their order, the follow-up chain, required absents, and the
arithmetic of every compare line. `verify(rows)` returns the errors; `python verify39.py` prints them (0 required)."""

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
NEW = ["xiaofang_2026", "xiaofang_2025", "guanzhong_2026", "tuchu_2026", "nongke_2026"]

# 基本, 项目, 其他事业发展性, 财政拨款, 其他资金, 专项, 市本级, 对下, 合计 (万元), 人员, 二级单位 — typed from the def file by hand
HAND_BUDGET = {
    "xiaofang_2026": ("38642.57", "48726.35", "4477.35", "90416.85", "1429.42", "2846.00", "2212.00", "634.00",
                      "91846.27", 1486, 3),
    "xiaofang_2025": ("35264.18", "42386.57", "4162.83", "80486.25", "1327.33", "2486.00", "1914.00", "572.00",
                      "81813.58", 1452, 3),
    "guanzhong_2026": ("11864.27", "12486.35", "2483.96", "22486.37", "4348.21", "1368.00", "1368.00", "0.00",
                       "26834.58", 462, 2),
    "tuchu_2026": ("1536.84", "51263.47", "1818.06", "54386.15", "232.22", "1826.00", "1826.00", "0.00", "54618.37", 84, 1),
    "nongke_2026": ("3246.58", "4628.37", "711.39", "8143.12", "443.22", "986.00", "812.00", "174.00", "8586.34", 127, 1),
}
HAND_TASKS = {  # in table order; (section letter K/O, amount)
    "xiaofang_2026": [("K", 168452600), ("K", 86537400), ("K", 62384700), ("K", 12653800), ("K", 18647300),
                      ("O", 6340000), ("O", 8426300), ("O", 4853600), ("O", 3874600), ("O", 4286500), ("O", 7538600)],
    "xiaofang_2025": [("K", 152386400), ("K", 73648200), ("K", 10846500), ("O", 5720000), ("O", 54263800),
                      ("O", 7864300), ("O", 4218600), ("O", 3486700), ("O", 3958400), ("O", 6847300)],
    "guanzhong_2026": [("K", 8647200), ("K", 6238700), ("K", 5386900), ("O", 5418300), ("O", 2146300), ("O", 1864300),
                       ("O", 1568900), ("O", 1297500), ("O", 2375900), ("O", 3946800)],
    "tuchu_2026": [("K", 386452700), ("K", 68543200), ("K", 12846300), ("O", 3560000), ("O", 2148600), ("O", 4638500),
                   ("O", 1278600), ("O", 968500), ("O", 1154300)],
    "nongke_2026": [("K", 9864700), ("K", 7426300), ("K", 5863700), ("O", 1740000), ("O", 6752000), ("O", 1386400),
                    ("O", 1648700), ("O", 2864100), ("O", 2139700), ("O", 1243900)],
}
CHANGED = ["政府专职消防员人均保障成本", "新建城市消防站", "配备政府专职消防员", "购置消防车辆", "开展消防安全检查",
           "火灾隐患整改率", "城区接警到场时间", "亡人火灾起数", "城市消防综合救援能力", "群众满意度"]

# line -> (expect, first figure or None, yes/no), worked out on paper from the tables
HAND = {
    1: ("ok", "62384700元", None), 2: ("ok", "54263800元", None), 3: ("ok", "168452600元", None),
    4: ("ok", "6340000元", None), 5: ("ok", "86537400元", None), 6: ("ok", "7538600元", None),
    7: ("ok", "5418300元", None), 8: ("ok", "5184300元", None), 9: ("ok", "2146300元", None),
    10: ("ok", "8647200元", None), 11: ("ok", "3946800元", None), 12: ("ok", "3560000元", None),
    13: ("ok", "386452700元", None), 14: ("ok", "968500元", None), 15: ("ok", "6752000元", None),
    16: ("ok", "9864700元", None), 17: ("ok", "1243900元", None),
    18: ("ok", "≤8分钟", None), 19: ("ok", "≥4个", None), 20: ("ok", "≥12个", None), 21: ("ok", "≥24场", None),
    22: ("ok", "≤2800万元/个", None), 23: ("ok", "≥98%", None), 24: ("ok", "≥95%", None), 25: ("ok", "≤600元/人次", None),
    26: ("ok", "≥500人次", None), 27: ("ok", "≥3000亩", None), 28: ("ok", "≤15个工作日", None), 29: ("ok", "≥2次/月", None),
    30: ("ok", "≥8000批次", None), 31: ("ok", "≤280元/批次", None),
    32: ("ok", "91846.27万元", None), 33: ("ok", "90416.85万元", None), 34: ("ok", "#16", None), 35: ("ok", "#84", None),
    36: ("ok", "26834.58万元", None), 37: ("ok", "4628.37万元", None), 38: ("ok", "1536.84万元", None),
    41: ("ok", "6支", None), 42: ("ok", "1350人", None), 43: ("ok", "1200家", None), 44: ("ok", "5个", None),
    45: ("ok", "2.8万家次", None), 46: ("ok", "96个", None), 47: ("ok", "900人", None), 48: ("ok", "4300人", None),
    49: ("ok", "35名", None), 50: ("ok", "60间", None), 51: ("ok", "45个", None), 52: ("ok", "20宗", None),
    53: ("ok", "1.9万亩", None), 54: ("ok", "28项", None), 55: ("ok", "32个", None), 56: ("ok", "650份", None),
    57: ("ok", "4个", None), 58: ("ok", "9000批次", None), 59: ("ok", "1250人", None),
    61: ("ok", "348675800元", None), 69: ("ok", "#11", None), 70: ("ok", "#5", None), 71: ("ok", "90.80%", None),
    72: ("ok", "#16", None), 73: ("ok", "#5", None), 74: ("ok", "#2", None), 75: ("ok", "#100", None),
    76: ("ok", "#11", None), 77: ("ok", "#9", None), 78: ("ok", "#11", None),
    79: ("ok", "481590700元", None), 80: ("ok", "93.94%", None), 81: ("ok", "141116.77万元", None),
    82: ("ok", "181885.56万元", None), 83: ("ok", "5076784.84万元", None), 84: ("ok", "42.07%", None),
    85: ("ok", "4092950.00元", None), 86: ("ok", "203371300元", None), 87: ("ok", "17.65%", None), 88: ("ok", "#930", None),
    89: ("ok", "386452700元", None), 90: ("ok", "968500元", None), 91: ("ok", "#16", None), 92: ("ok", "#79", None),
    93: ("ok", "#47", None), 94: ("ok", "#30", None), 95: ("ok", "#6", None), 96: ("ok", "#17", None),
    97: ("ok", "#16", None), 98: ("ok", "#35", None), 99: ("ok", "#83", None), 100: ("ok", "6238700元", None),
    101: ("ok", "91846.27万元", None),
    102: ("ok", "42575.77万元", None), 103: ("ok", "2224.26万元", None), 104: ("ok", "2167.39万元", None),
    105: ("ok", "376.23万元", None), 106: ("ok", "27000元", None), 107: ("ok", "32040000元", None),
    108: ("ok", "270000元", None), 109: ("ok", "182100元", None), 110: ("ok", "1158300元", None),
    111: ("ok", "#370", None), 112: ("ok", "#2", None),
    113: ("ok", "91846.27万元", "是"), 114: ("ok", "90416.85万元", "是"), 115: ("ok", "2026年9月30日前", "是"),
    116: ("ok", "≤8分钟", "是"), 117: ("ok", "#1486", "否"), 118: ("ok", "634.00万元", "是"), 119: ("ok", "0.00万元", "否"),
    120: ("ok", "2026年8月31日前", "是"), 121: ("ok", "≥98%", "是"), 122: ("ok", "8647200元", "否"),
    123: ("ok", "54618.37万元", "是"), 124: ("ok", "#84", "是"), 125: ("ok", "2026年10月31日前", "是"),
    126: ("ok", "≥99%", "否"), 127: ("ok", "8586.34万元", "否"),
    128: ("ok", "81813.58万元", None), 129: ("ok", "10032.69万元", None), 130: ("ok", "12.26%", None),
    131: ("ok", "#1452", None), 132: ("ok", "387900元", None), 133: ("ok", "18647300元", None),
    134: ("ok", "4218600元", None), 135: ("ok", "4853600元", None), 136: ("ok", "635000元", None),
    137: ("ok", "#10", None), 138: ("ok", "稳步提升", None), 140: ("ok", "≥45辆", None), 141: ("ok", "2个", None),
    142: ("ok", "5720000元", None), 143: ("ok", "8120900元", None), 144: ("ok", "≤8起", None),
    145: ("not_found", None, None), 146: ("ok", "81813.58万元", None), 147: ("not_found", None, None),
    148: ("not_found", None, None), 149: ("not_found", None, None), 150: ("not_found", None, None),
    151: ("not_found", None, None), 152: ("not_found", None, None), 153: ("not_found", None, None),
    154: ("not_found", None, None), 155: ("not_found", None, None), 156: ("not_found", None, None),
    157: ("ok_or_clarify", None, None), 158: ("ok_or_clarify", None, None), 159: ("ok", "≥12场", None),
    160: ("ok", "≥1500人次", None),
}
SECOND = {33: "1429.42万元", 35: "#1", 54: "12项", 70: "348675800元", 129: "91846.27万元", 131: "#1486",
          137: "323240200元", 144: "≤10起", 101: "54618.37万元"}
FOLLOWUPS = {2, 8, 20, 33, 34, 57, 61, 70, 71, 80, 90, 97, 130, 136, 146}
MEMBERS = {
    39: ["收储补偿款支付准确率", "违法占用储备土地查处率", "土地储备信息入库率"],
    40: ["种质资源单份保存成本", "农产品检测单批次成本"],
    60: ["政府专职消防队伍建设经费", "城市消防站建设经费", "消防车辆和装备购置经费", "高层建筑和石化火灾处置能力建设经费",
         "智慧消防物联网监测平台建设经费"],
    62: ["智慧校园建设经费", "校园安全和后勤保障经费", "学生资助经费", "图书馆和实验室设备购置经费", "学生宿舍和食堂维修改造经费"],
    63: ["镇街农业技术推广补助", "农业实用技术培训经费", "病虫害监测和绿色防控技术研究经费", "莞香和岭南特色作物研究经费"],
    64: ["完成土地收储"], 65: ["优质高中教育辐射带动作用", "拔尖创新人才培养体系"],
    66: ["检测结果准确率", "科研项目按期结题率", "农户满意度", "合作企业满意度"],
    89: ["土地收储补偿经费"], 90: ["征收补偿法律服务和诉讼经费"], 100: ["高中教学质量提升和课程改革经费"],
    101: ["东莞市消防救援支队", "东莞市土地储备中心", "东莞中学", "东莞市农业科学研究中心"],
    133: ["智慧消防物联网监测平台建设经费"], 135: ["火灾隐患排查整治和消防监督经费"], 139: CHANGED,
}
SETS = {  # lists whose order is the table's, checked as sets of department names
    67: {"东莞市人力资源和社会保障局", "东莞市技师学院", "东莞中学", "东莞市自然资源局"},
    68: {"东莞市城市更新局", "东莞市土地储备中心", "东莞市科学技术局"},
}
REQUIRED_ABSENT = {1: "54263800元", 6: "6380300元", 7: "5148300元", 9: "152380000元", 12: "35600000元",
                   15: "6725000元", 18: "≤10分钟", 21: "≥12场", 24: "≥92%", 25: "≤2500元/人", 26: "≥1500人次",
                   30: "≥6000批次", 31: "≤2800元/批次", 138: "持续提升", 140: "≥60辆", 142: "6340000元",
                   154: "126480000元", 159: "≥24场", 160: "≥500人次"}
PROSE = {41: "约6支", 42: "约1350人", 43: "约1200家", 44: "约5个", 45: "约2.8万家次", 46: "约96个", 47: "约900人",
         48: "约4300人", 49: "约35名", 50: "约60间", 51: "约45个", 52: "约20宗", 53: "约1.9万亩", 54: "约28项",
         55: "约32个", 56: "约650份", 57: "约4个", 58: "约9000批次", 59: "约1250人", 141: "约2个"}
PROSE_SLUG = {**{k: "xiaofang_2026" for k in (41, 42, 43, 44, 45)}, **{k: "guanzhong_2026" for k in range(46, 51)},
              **{k: "tuchu_2026" for k in (51, 52, 53)}, **{k: "nongke_2026" for k in range(54, 59)},
              59: "xiaofang_2025", 141: "xiaofang_2025"}
CATS = {"item_money": 15, "indicator": 13, "overview": 5, "structure": 2, "prose": 18, "filter": 8, "count": 8,
        "aggregate": 9, "ranking": 11, "compare": 11, "yesno": 15, "yoy": 15, "not_found": 7, "trap": 8, "followup": 15}
HAND_RANKS = {  # (measure, slug) -> rank among the 100 东莞 2026 tables, counted on paper from the sorted lists
    ("total", "xiaofang_2026"): 16, ("total", "nongke_2026"): 79, ("total", "guanzhong_2026"): 47,
    ("total", "tuchu_2026"): 30, ("people", "xiaofang_2026"): 6, ("people", "guanzhong_2026"): 17,
    ("其他资金", "xiaofang_2026"): 35, ("基本支出", "tuchu_2026"): 83,
}


def load_tables():
    from tests.fixtures.tables import FIXTURES
    lists = json.loads((BLIND / "batches.json").read_text(encoding="utf-8"))
    errs = []
    b37, b39 = lists["batch_37.jsonl"], lists.get("batch_39.jsonl", [])
    if b39 != b37 + NEW or len(set(b39)) != len(b39):
        errs.append("batches.json: batch 39's list is not batch 37's followed by the five")
    tabs = {f.slug: f.export for f in FIXTURES}
    for s in b39:
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
        if sum(a for _, a in got) > v[1] * 10000:
            errs.append(f"{s}: tasks over 项目支出")
        town = [x for x in tabs[s]["tasks"] if x["name"].startswith("镇街")]
        if (town and dm(town[0]["amount_yuan"]) != v[7] * 10000) or (not town and v[7] != 0):
            errs.append(f"{s}: 镇街 subsidy != 对下")
        if not (14 <= len(tabs[s]["indicators"]) <= 16) or not (4 <= len(tabs[s]["goals"]) <= 5):
            errs.append(f"{s}: shape")
    # 消防: one task new, one renamed, one moved; one indicator new; ten annual values changed, no period value
    t6 = {x["name"]: x for x in tabs["xiaofang_2026"]["tasks"]}
    t5 = {x["name"]: x for x in tabs["xiaofang_2025"]["tasks"]}
    if set(t6) - set(t5) != {"智慧消防物联网监测平台建设经费", "火灾隐患排查整治和消防监督经费"} or set(t5) - set(t6) != {"防火监督检查经费"}:
        errs.append("xiaofang task sets")
    moved = sorted(n for n in set(t6) & set(t5) if t6[n]["section"] != t5[n]["section"])
    if moved != ["消防车辆和装备购置经费"] or t5["消防车辆和装备购置经费"]["section"] != "其他需完成的任务":
        errs.append(f"xiaofang moved {moved}")
    i6 = {i["level3"]: i for i in tabs["xiaofang_2026"]["indicators"]}
    i5 = {i["level3"]: i for i in tabs["xiaofang_2025"]["indicators"]}
    if set(i6) - set(i5) != {"智慧消防物联网监测平台上线时间"} or set(i5) - set(i6):
        errs.append("xiaofang indicator sets")
    if sorted(n for n in i5 if i5[n]["annual_value"] != i6[n]["annual_value"]) != sorted(CHANGED):
        errs.append("xiaofang changed indicators")
    # a period value printed apart from its annual value is the same in both years
    if [n for n in i5 if i6[n]["period_value"] != i6[n]["annual_value"] and i5[n]["period_value"] != i6[n]["period_value"]]:
        errs.append("xiaofang period value changed")
    # uniqueness of every new amount among the tasks and budget lines of all other tables
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
    if len(dg) != 100:
        errs.append(f"东莞 2026 tables: {len(dg)}")
    measures = {"total": total, "people": lambda t: t["basic_info"]["财政供养人员数"],
                "其他资金": lambda t: budget(t)["其他资金"], "基本支出": lambda t: budget(t)["基本支出"]}
    for (m, s), want in HAND_RANKS.items():
        f = measures[m]
        v = f(dg[s])
        if sum(f(t) == v for t in dg.values()) != 1:
            errs.append(f"rank tie {m} {s}")
        if 1 + sum(f(t) > v for t in dg.values()) != want:
            errs.append(f"rank {m} {s} != {want}")
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
    for k, r in enumerate(rows, 1):
        rid = f"b39-{k:03d}"
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
        if (k in FOLLOWUPS) != (fu is not None) or (fu is not None and fu != f"b39-{k - 1:03d}"):
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
            if goals.count(PROSE[k]) != 1 or r["figures"][0] != PROSE[k][1:]:
                errs.append(f"{rid}: prose phrase {PROSE[k]}")
        if "[scope: " not in r["note"]:
            errs.append(f"{rid}: scope")
    # the yoy lines re-derived: 2026 − 2025 equals the first figure
    for k in (129, 132, 136, 143):
        if k <= len(rows) and len(rows[k - 1]["figures"]) == 3:
            d, x, y = rows[k - 1]["figures"]
            if num(d) != num(x) - num(y):
                errs.append(f"b39-{k:03d}: year-on-year difference")
    if len(rows) >= 130 and rows[129]["figures"] and len(rows[128]["figures"]) == 3:
        d, _, base = rows[128]["figures"]
        want = (num(d) / num(base) * 100).quantize(Dm("0.01"), rounding=ROUND_HALF_UP)
        if num(rows[129]["figures"][0]) != want:
            errs.append("b39-130: growth rate base")
    return errs


def main():
    tabs, errs = load_tables()
    errs += check_tables(tabs)
    rows = [json.loads(x) for x in (BLIND / "batch_39.jsonl").read_text(encoding="utf-8").splitlines()]
    errs += verify(rows, tabs)
    for e in errs:
        print(e)
    print(f"{len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
