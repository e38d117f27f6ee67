"""Second, independent check of tests/blind/batch_29.jsonl (0 errors required).

Written apart from gen_batch29.py / truth29.py: loads the tables itself (batches.json's list for batch_29, which must be
batch 28's list + the four new slugs, and the five fixture tables); checks the four new tables against values typed
here by hand (budget lines, 预算合计, 专项 = 市本级 + 对下, people, 二级单位, every task amount and section; the 疾控中心
2025/2026 differences — one 2026-only task, one rename, two 2026-only indicators, nine changed annual values, one of
them qualitative —; the shape the brief asks for; the look-alike amounts; every new amount unique; look-alike indicators
with other values); recomputes the 65 东莞 2026 departments' ranks, sums and counts and checks them against values
worked out on paper; checks the schema and the chains; accepts a figure only if it is a stored value, a goal phrase of
a new table, or a recipe computed here; checks every line's expect / yes-no / first figure / chain against a hand
table, every figure of the multi-figure lines, list members and ranking orders against hand lists, and required
absents.

`verify29.py FILE` checks a copy.
"""

from __future__ import annotations

import json
import sys
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
BLIND = HERE.parent
ROOT = BLIND.parents[1]
sys.path.insert(0, str(ROOT))
CATS = {"item_money": 15, "indicator": 13, "overview": 5, "structure": 2, "prose": 18, "filter": 8, "count": 8,
        "aggregate": 9, "ranking": 11, "compare": 11, "yesno": 15, "yoy": 15, "not_found": 7, "trap": 8,
        "followup": 15}
FIELDS = ["id", "q", "category", "expect", "figures", "names", "yesno", "absent", "followup_of", "note"]
NEW = ["jikong_2026", "jikong_2025", "guidaoju_2026", "gonglu_2026"]
d = lambda v: Decimal(str(v))  # noqa: E731
ERR: list[str] = []


def err(msg):
    ERR.append(msg)


def r2(x):
    return x.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def W(x):
    return f"{r2(d(x))}万元"


def Y(x):
    return f"{int(x)}元"


def P(x):
    return f"{r2(x)}%"


# ------------------------------------------------------------------ loading (own)
lists = json.loads((BLIND / "batches.json").read_text(encoding="utf-8"))
if lists.get("batch_29.jsonl") != lists["batch_28.jsonl"] + NEW:
    err("batches.json: batch_29 list is not batch 28's + the four new slugs")
if len(set(lists.get("batch_29.jsonl", []))) != len(lists.get("batch_29.jsonl", [])):
    err("batches.json: duplicates in batch_29")
TABLES = {}
for slug in lists["batch_29.jsonl"]:
    if not slug.startswith("import:"):
        TABLES[slug] = json.loads((BLIND / "tables" / f"{slug}.json").read_text(encoding="utf-8"))
from tests.fixtures.tables import FIXTURES  # noqa: E402

for f in FIXTURES:
    TABLES[f.slug] = f.export


def bud(t, name):
    return {x["name"]: d(x["amount_wan"]) for x in t["budget"]}[name]


def tot(t):
    return bud(t, "基本支出") + bud(t, "项目支出") + {x["name"]: d(x["amount_wan"]) for x in t["budget"]}.get(
        "其他事业发展性支出", Decimal(0))


DG = [t for t in TABLES.values() if t.get("kind") != "project" and t["year"] == 2026 and "东莞市" in t["department"]
      and t.get("budget")]
if len(DG) != 65:
    err(f"东莞 2026 departments: {len(DG)} (65 expected)")
BYNAME = {t["department"]: t for t in DG}
peo = lambda t: t["basic_info"]["财政供养人员数"]  # noqa: E731

# ------------------------------------------------------------------ hand values of the new tables
# dept, people, units, 基本, 项目, 其他事业发展性, 财政拨款, 其他资金, 专项, 市本级, 对下, 预算合计, tasks
HAND = {
    "jikong_2026": ("东莞市疾病预防控制中心", 274, 2, "9684.37", "21358.46", "1247.53", "30425.84", "1864.52", "14600.00",
                    "11980.00", "2620.00", "32290.36", [
        ("免疫规划和预防接种服务经费", 48650700, "K"), ("重大传染病监测和防控经费", 36520800, "K"),
        ("公共卫生实验室检测能力提升经费", 23800600, "K"), ("镇街疾病预防控制工作补助", 26200000, "O"),
        ("公共卫生信息化和传染病监测预警平台建设经费", 18750800, "O"), ("病媒生物监测和登革热防控经费", 5862700, "O"),
        ("慢性病和职业病防治经费", 7536200, "O"), ("健康教育和健康素养促进经费", 2980400, "O"),
        ("疾控专业技术人员培训经费", 1286200, "O"), ("城市污水病原监测经费", 3128700, "O")]),
    "jikong_2025": ("东莞市疾病预防控制中心", 266, 2, "9326.18", "19842.67", "1138.42", "28604.92", "1702.35", "13200.00",
                    "10750.00", "2450.00", "30307.27", [
        ("免疫规划和预防接种服务经费", 45280300, "K"), ("重大传染病监测和防控经费", 33960500, "K"),
        ("公共卫生实验室检测能力提升经费", 19860400, "K"), ("镇街疾病预防控制工作补助", 24500000, "O"),
        ("公共卫生信息化和传染病监测预警平台建设经费", 16300600, "O"), ("病媒生物监测和登革热防控经费", 5248600, "O"),
        ("慢性病防治经费", 6250300, "O"), ("健康教育和健康素养促进经费", 2650800, "O"),
        ("疾控专业技术人员培训经费", 1136400, "O")]),
    "guidaoju_2026": ("东莞市轨道交通局", 57, 1, "1726.48", "64382.15", "836.29", "64757.28", "2187.64", "38600.00",
                      "29800.00", "8800.00", "66944.92", [
        ("轨道交通线网前期工作和规划研究经费", 42650300, "K"), ("轨道交通建设项目征地拆迁补偿经费", 286540600, "K"),
        ("轨道交通2号线运营补贴", 136580400, "K"), ("镇街轨道交通站点周边配套建设补助", 88000000, "O"),
        ("轨道交通建设安全质量监督经费", 9680700, "O"), ("智慧轨道信息化和线网运营监管平台建设经费", 21650600, "O"),
        ("轨道交通TOD综合开发研究经费", 4586900, "O"), ("轨道交通安全宣传和乘客服务经费", 1860600, "O"),
        ("轨道交通行业从业人员安全培训经费", 3280700, "O"), ("轨道站点接驳公交和慢行设施建设经费", 7420600, "O")]),
    "gonglu_2026": ("东莞市公路事务中心", 224, 3, "4236.58", "43862.74", "1128.46", "47841.33", "1386.45", "26800.00",
                    "21860.00", "4940.00", "49227.78", [
        ("国省道和市管公路日常养护经费", 96480300, "K"), ("公路路面大中修工程经费", 126800600, "K"),
        ("公路危桥改造和桥梁隧道安全提升经费", 42860300, "K"), ("镇街公路养护补助", 49400000, "O"),
        ("公路智慧管养信息化平台建设经费", 9540700, "O"), ("公路路政巡查和超限治理经费", 12386200, "O"),
        ("公路交通安全设施完善经费", 8965700, "O"), ("公路应急抢通和防汛物资储备经费", 4236500, "O"),
        ("公路养护从业人员技能培训经费", 965700, "O"), ("公路沿线绿化和环境整治经费", 6238600, "O")]),
}
LINES = ["基本支出", "项目支出", "其他事业发展性支出", "财政拨款", "其他资金", "财政专项资金", "市本级使用资金", "拟用于对下转移支付资金"]
SEC = {"K": "年度重点工作任务", "O": "其他需完成的任务"}
for slug, (dept, ppl, units, *vals) in HAND.items():
    t = TABLES[slug]
    if t["department"] != dept:
        err(f"{slug}: department {t['department']}")
    if t["basic_info"] != {"财政供养人员数": ppl, "下属二级单位数": units}:
        err(f"{slug}: basic_info {t['basic_info']}")
    for line, v in zip(LINES, vals[:8], strict=True):
        if bud(t, line) != d(v):
            err(f"{slug}: {line} {bud(t, line)} != {v}")
    if tot(t) != d(vals[8]) or d(vals[3]) + d(vals[4]) != d(vals[8]) or d(vals[5]) != d(vals[6]) + d(vals[7]):
        err(f"{slug}: 预算合计 / 专项")
    got = [(x["name"], x["amount_yuan"], x["section"]) for x in t["tasks"]]
    if got != [(n, a, SEC[s]) for n, a, s in vals[9]]:
        err(f"{slug}: tasks differ from hand list")
    if sum(a for _, a, _ in vals[9]) > d(vals[1]) * 10000:
        err(f"{slug}: tasks exceed 项目支出")
    zj = [a for n, a, _ in vals[9] if n.startswith("镇街")]
    if zj != [int(d(vals[7]) * 10000)]:
        err(f"{slug}: 镇街 item != 对下 line")
    inds = t["indicators"]
    if not 4 <= len(t["goals"]) <= 5:
        err(f"{slug}: goals {len(t['goals'])}")
    if not any(i["period_value"] != i["annual_value"] for i in inds):
        err(f"{slug}: no period ≠ annual")
    if not any(i["level1"] == "成本指标" and "元/" in i["annual_value"] for i in inds):
        err(f"{slug}: no cost in 元/…")
    if slug != "jikong_2025" and not any("日前" in i["annual_value"] for i in inds):
        err(f"{slug}: no date")
    if not any(not any(c.isdigit() for c in i["annual_value"]) for i in inds):
        err(f"{slug}: no qualitative")
    if not any(w in i["annual_value"] for i in inds for w in ("%",)):
        err(f"{slug}: no percentage")
    if not any(w in n for n, _, _ in vals[9] for w in ("培训", "补助", "信息化", "宣传", "养护", "监测")):
        err(f"{slug}: no shared word in task names")
    goals = "".join(t["goals"])
    if "约" not in goals or "超" not in goals:
        err(f"{slug}: no rough (约 / 超) goal figure")
cost_units = {i["annual_value"] for s in NEW for i in TABLES[s]["indicators"] if i["level1"] == "成本指标"}
for unit in ("元/人", "元/个", "万元/台", "元/人次", "万元/项", "万元/公里", "万元/公里/年"):
    if not any(v.endswith(unit) for v in cost_units):
        err(f"cost indicators: no {unit}")

IND = {s: {i["level3"]: i for i in TABLES[s]["indicators"]} for s in TABLES}
J6, J5 = IND["jikong_2026"], IND["jikong_2025"]
if set(J6) - set(J5) != {"设置城市污水病原监测点", "传染病智能监测预警平台上线时间"} or set(J5) - set(J6):
    err("疾控: 2026-only indicators")
changed = {n for n in J5 if J5[n]["annual_value"] != J6[n]["annual_value"]}
CHANGED = {"接种免疫规划疫苗", "新增实验室检测项目", "布设病媒生物监测点", "开展健康教育活动", "培训疾控专业技术人员",
           "适龄儿童免疫规划疫苗接种率", "居民健康素养水平", "疾病预防控制体系", "接种群众满意度"}
if changed != CHANGED:
    err(f"疾控 changed indicators {changed}")
if (J5["疾病预防控制体系"]["annual_value"], J6["疾病预防控制体系"]["annual_value"]) != ("逐步完善", "持续完善"):
    err("qualitative change")
n6 = {n for n, _, _ in HAND["jikong_2026"][-1]}
n5 = {n for n, _, _ in HAND["jikong_2025"][-1]}
if n6 - n5 != {"城市污水病原监测经费", "慢性病和职业病防治经费"} or n5 - n6 != {"慢性病防治经费"}:
    err("疾控: 2026-only task / rename")

# look-alikes (new amount, other table, its amount)
ALL = {}
for s, t in TABLES.items():
    for x in t.get("tasks", []):
        ALL.setdefault(d(x["amount_yuan"]), []).append((s, x["name"]))
LOOK = [(23800600, "weijianju_2026", 23800000), (18750800, "weijianju_2026", 18750000),
        (2980400, "weijianju_2026", 2980000), (16300600, "weijianju_2025", 16300000),
        (21650600, "jiaotongju_2026", 21650000), (21650600, "gangwuju_2026", 21650300),
        (1860600, "jiaotongju_2026", 1860000), (3280700, "jiaotongju_2026", 3280000), (3280700, "gangwuju_2026", 3280400),
        (7420600, "jiaotongju_2026", 7420000), (9680700, "gangwuju_2026", 9680400),
        (126800600, "jiaotongju_2026", 126800000), (965700, "yuanlin_2026", 965600), (965700, "linyeju_2026", 965800),
        (8965700, "guodongban_2025", 8965300), (6238600, "shuiliju_2026", 6238400),
        (3128700, "linyeju_2026", 3128600), (9540700, "qixiangju_2026", 9540800)]
for mine, slug, other in LOOK:
    if not (0 < abs(mine - other) <= 1000) or slug not in [s for s, _ in ALL.get(d(other), [])]:
        err(f"look-alike {mine} / {slug} {other}")
for s in NEW:
    for x in TABLES[s]["tasks"]:
        if len(ALL[d(x["amount_yuan"])]) != 1:
            err(f"amount not unique: {x}")
# look-alike indicators of the neighbours: same or similar name, other value
for (s_new, n_new), (s_old, n_old) in [
        (("jikong_2026", "适龄儿童免疫规划疫苗接种率"), ("weijianju_2026", "适龄儿童免疫规划疫苗接种率")),
        (("jikong_2026", "居民健康素养水平"), ("weijianju_2026", "居民健康素养水平")),
        (("guidaoju_2026", "沿线群众满意度"), ("jiaotongju_2026", "沿线群众满意度")),
        (("guidaoju_2026", "轨道交通运营补贴标准"), ("jiaotongju_2026", "公交线路运营补贴标准")),
        (("gonglu_2026", "市管公路养护里程"), ("jiaotongju_2026", "市管公路养护里程")),
        (("gonglu_2026", "路面大中修单位成本"), ("jiaotongju_2026", "农村公路提质改造单位成本"))]:
    a, b_ = IND[s_new][n_new], IND[s_old][n_old]
    if a["annual_value"] == b_["annual_value"] or a["period_value"] == b_["period_value"]:
        err(f"look-alike indicator {n_new} same value")

# ------------------------------------------------------------------ recipes from hand values
H = {s: {n: a for n, a, _ in v[-1]} for s, v in HAND.items()}
KS = {s: sum(a for _, a, k in v[-1] if k == "K") for s, v in HAND.items()}
TS = {s: sum(a for _, a, _ in v[-1]) for s, v in HAND.items()}
TOT = {s: d(v[11]) for s, v in HAND.items()}
JK, JK5, GD, GL = NEW
WJ, JT = BYNAME["东莞市卫生健康局"], BYNAME["东莞市交通运输局"]
desc = [t["department"] for t in sorted(DG, key=tot, reverse=True)]


def rk(key, name):
    order = sorted(DG, key=key, reverse=True)
    vals = [key(t) for t in order]
    i = [t["department"] for t in order].index(name)
    if vals.count(vals[i]) != 1:
        err(f"rank of {name}: tie")
    return f"#{i + 1}"


def named(word):
    return [x for t in DG for x in t["tasks"] if word in x["name"]]


def wj(name):
    return {x["name"]: x["amount_yuan"] for x in WJ["tasks"]}[name]


def jt(name):
    return {x["name"]: x["amount_yuan"] for x in JT["tasks"]}[name]


mid = [a for a in H[GL].values() if 5000000 <= a <= 10000000]
RECIPES = {
    "b29-015": Y(H[GL]["公路路面大中修工程经费"] - jt("农村公路提质改造工程")),
    "b29-036": rk(tot, "东莞市疾病预防控制中心"),
    "b29-040": P(d("43862.74") / TOT[GL] * 100),
    "b29-066": Y(sum(mid)),
    "b29-073": Y(KS[JK]), "b29-074": P(d(KS[JK]) / TS[JK] * 100),
    "b29-077": f"#{len(DG)}", "b29-078": f"#{len(named('培训'))}", "b29-079": f"#{sum(peo(t) > 200 for t in DG)}",
    "b29-080": f"#{sum(tot(t) > 30000 for t in DG)}", "b29-081": f"#{len(named('信息化'))}",
    "b29-082": Y(TS[GL]), "b29-083": Y(TS[GD]), "b29-084": W(TOT[JK] + TOT[GD] + TOT[GL]),
    "b29-085": W(sum(tot(t) for t in DG)), "b29-086": P(d("8800.00") / d("38600.00") * 100),
    "b29-087": P(d("9684.37") / TOT[JK] * 100), "b29-088": f"{r2(d(TS[GL]) / 10)}元",
    "b29-089": Y(sum(x["amount_yuan"] for x in named("养护"))), "b29-090": P(d(TS[GD]) / (d("64382.15") * 10000) * 100),
    "b29-091": rk(tot, "东莞市轨道交通局"), "b29-092": rk(peo, "东莞市轨道交通局"),
    "b29-093": rk(tot, "东莞市公路事务中心"), "b29-094": rk(peo, "东莞市疾病预防控制中心"),
    "b29-097": rk(lambda t: bud(t, "项目支出"), "东莞市轨道交通局"),
    "b29-098": rk(lambda t: bud(t, "基本支出"), "东莞市公路事务中心"),
    "b29-099": rk(lambda t: bud(t, "基本支出"), "东莞市疾病预防控制中心"),
    "b29-100": f"#{len(DG) + 1 - int(rk(peo, '东莞市轨道交通局')[1:])}",
    "b29-101": rk(lambda t: bud(t, "其他资金"), "东莞市疾病预防控制中心"),
    "b29-103": W(tot(WJ) - TOT[JK]), "b29-104": W(tot(BYNAME["东莞市应急管理局"]) - TOT[GL]),
    "b29-105": f"#{peo(JT) - 57}", "b29-106": Y(H[JK]["公共卫生实验室检测能力提升经费"] - wj("公共卫生应急能力建设经费")),
    "b29-107": Y(H[GD]["智慧轨道信息化和线网运营监管平台建设经费"] - jt("智慧交通信息化建设经费")),
    "b29-108": Y(H[GL]["国省道和市管公路日常养护经费"] - jt("公路养护管理经费")),
    "b29-109": Y(H[JK]["健康教育和健康素养促进经费"] - wj("健康宣传教育经费")),
    "b29-110": W(tot(BYNAME["东莞市生态环境局"]) - TOT[GD]), "b29-111": Y(H[GL]["公路养护从业人员技能培训经费"] - 965600),
    "b29-112": f"#{peo(WJ) - 274}", "b29-113": Y(H[GD]["轨道交通行业从业人员安全培训经费"] - 3280400),
    "b29-130": W(TOT[JK] - TOT[JK5]), "b29-131": P((TOT[JK] - TOT[JK5]) / TOT[JK5] * 100),
    "b29-133": Y(H[JK]["公共卫生实验室检测能力提升经费"] - H[JK5]["公共卫生实验室检测能力提升经费"]),
    "b29-137": Y(H[JK]["慢性病和职业病防治经费"] - H[JK5]["慢性病防治经费"]),
}
# hand-typed expectations of the recipes (what the writer worked out on paper)
PAPER = {"b29-015": "600元", "b29-036": "#31", "b29-040": "89.10%", "b29-066": "24745000元", "b29-073": "108972100元",
         "b29-074": "62.37%", "b29-077": "#65", "b29-078": "#62", "b29-079": "#20", "b29-080": "#32", "b29-081": "#55",
         "b29-082": "357874600元", "b29-083": "602251400元", "b29-084": "148463.06万元", "b29-085": "3431571.60万元",
         "b29-086": "22.80%", "b29-087": "29.99%", "b29-088": "35787460.00元", "b29-089": "263446600元",
         "b29-090": "93.54%", "b29-091": "#17", "b29-092": "#49", "b29-093": "#24", "b29-094": "#14", "b29-097": "#15",
         "b29-098": "#26", "b29-099": "#9", "b29-100": "#17", "b29-101": "#18", "b29-103": "76046.06万元",
         "b29-104": "42.72万元", "b29-105": "#129", "b29-106": "600元", "b29-107": "600元", "b29-108": "38180300元",
         "b29-109": "400元", "b29-110": "603.30万元", "b29-111": "100元", "b29-112": "#38", "b29-113": "300元",
         "b29-130": "1983.09万元", "b29-131": "6.54%", "b29-133": "3940200元", "b29-137": "1285900元"}
for k, v in PAPER.items():
    if RECIPES[k] != v:
        err(f"recipe {k}: computed {RECIPES[k]} != paper {v}")
if set(PAPER) != set(RECIPES):
    err("recipes without a paper value")

# ------------------------------------------------------------------ hand table: id expect yesno first-figure followup_of
HT = """
001 ok - 48650700元 -|002 ok - 45280300元 001|003 ok - 23800600元 -|004 ok - 18750800元 -|005 ok - 2980400元 -
006 ok - 5862700元 -|007 ok - 136580400元 -|008 ok - 286540600元 -|009 ok - 21650600元 -|010 ok - 1860600元 -
011 ok - 3280700元 -|012 ok - 96480300元 -|013 ok - 58300000元 012|014 ok - 126800600元 -|015 ok - 600元 014
016 ok - 42860300元 -|017 ok - 49400000元 -|018 ok - 12386200元 -|019 ok - ≥98% -|020 ok - ≥95% 019
021 ok - ≥180万剂次 -|022 ok - ≥540万剂次 021|023 ok - ≥40% -|024 ok - ≤980元/人 -|025 ok - ≥99.8% -
026 ok - ≤2.8元/人次 -|027 ok - ≥88% -|028 ok - ≥480次 -|029 ok - ≥468公里 -|030 ok - ≤160万元/公里 -
031 ok - ≥91 -|032 ok - ≤6小时 -|033 ok - 2026年6月30日前 -|034 ok - 32290.36万元 -|035 ok - 30425.84万元 034
036 ok - #31 035|037 ok - 66944.92万元 -|038 ok - #224 -|039 ok - 49227.78万元 -|040 ok - 89.10% 039
041 ok - 14600.00万元 -|042 ok - - -|043 ok - - -|044 ok - 310个 -|045 ok - 186万剂次 -
046 ok - ≥180万剂次 045|047 ok - 450个 -|048 ok - 4间 -|049 ok - 28个 -|050 ok - 6.5万人次 -
051 ok - 12个 -|052 ok - 300场 -|053 ok - 24万人次 -|054 ok - 8项 -|055 ok - 16个 -
056 ok - ≥30个 -|057 ok - 500次 -|058 ok - 470公里 -|059 ok - 16座 -|060 ok - 1280座 -
061 ok - 3800次 -|062 ok - 2600人次 -|063 ok - - -|064 ok - - -|065 ok - - -
066 ok - 24745000元 065|067 ok - - -|068 ok - - -|069 ok - - -|070 ok - - -
071 ok - - -|072 ok - #10 -|073 ok - 108972100元 072|074 ok - 62.37% 073|075 ok - #18 -
076 ok - #5 -|077 ok - #65 -|078 ok - #62 -|079 ok - #20 -|080 ok - #32 -
081 ok - #55 -|082 ok - 357874600元 -|083 ok - 602251400元 -|084 ok - 148463.06万元 -|085 ok - 3431571.60万元 -
086 ok - 22.80% -|087 ok - 29.99% -|088 ok - 35787460.00元 -|089 ok - 263446600元 -|090 ok - 93.54% -
091 ok - #17 -|092 ok - #49 091|093 ok - #24 -|094 ok - #14 -|095 ok - 126800600元 -
096 ok - 3280700元 -|097 ok - #15 -|098 ok - #26 -|099 ok - #9 -|100 ok - #17 -
101 ok - #18 -|102 ok - 66944.92万元 -|103 ok - 76046.06万元 -|104 ok - 42.72万元 -|105 ok - #129 -
106 ok - 600元 -|107 ok - 600元 -|108 ok - 38180300元 -|109 ok - 400元 -|110 ok - 603.30万元 -
111 ok - 100元 -|112 ok - #38 -|113 ok - 300元 -|114 ok 是 32290.36万元 -|115 ok 是 2026年9月15日前 -
116 ok 是 ≤1.5小时 -|117 ok 否 ≥98% -|118 ok 是 2026年8月31日前 -|119 ok 否 66944.92万元 -|120 ok 否 136580400元 -
121 ok 否 ≤420元/人 -|122 ok 是 2026年6月30日前 -|123 ok 否 49227.78万元 -|124 ok 是 #224 -|125 ok 否 ≤160万元/公里 -
126 ok 是 ≥15座 -|127 ok 是 3128700元 -|128 ok 是 88000000元 -|129 ok - 30307.27万元 -|130 ok - 1983.09万元 -
131 ok - 6.54% 130|132 ok - 45280300元 -|133 ok - 3940200元 -|134 ok - 3128700元 -|135 ok - 6250300元 -
136 ok - 6250300元 -|137 ok - 1285900元 -|138 ok - #9 -|139 ok - ≥97% -|140 ok - 逐步完善 -
141 ok - - -|142 ok - #266 -|143 ok - 240场 -|144 ok - 24500000元 -|145 not_found - - -
146 ok - 30307.27万元 145|147 not_found - - -|148 not_found - - -|149 not_found - - -|150 not_found - - -
151 not_found - - -|152 not_found - - -|153 not_found - - -|154 not_found - - -|155 not_found - - -
156 not_found - - -|157 not_found - - -|158 ok_or_clarify - - -|159 ok_or_clarify - - -|160 ok - ≥43% -
"""
HAND_TABLE = {}
for cell in HT.replace("\n", "|").split("|"):
    if cell.strip():
        n, e, yn, f1, fu = cell.split()
        HAND_TABLE[f"b29-{n}"] = (e, None if yn == "-" else yn, None if f1 == "-" else f1, None if fu == "-" else f"b29-{fu}")
if len(HAND_TABLE) != 160:
    err(f"hand table has {len(HAND_TABLE)} lines")

# hand member lists / orders
MEMBERS = {
    "b29-042": {"接种群众满意度", "镇街疾控工作人员满意度"},
    "b29-043": {"公路智慧管养平台上线时间", "公路突发事件应急抢通时间"},
    "b29-063": {x for x, a, _ in HAND[JK][-1] if a > 20000000},
    "b29-064": {x for x, a, _ in HAND[GD][-1] if a < 5000000},
    "b29-065": {x for x, a, _ in HAND[GL][-1] if 5000000 <= a <= 10000000},
    "b29-067": {"接种免疫规划疫苗", "开展职业健康检查和职业病筛查", "居民健康素养水平"},
    "b29-068": {"公路日常养护单位成本", "路面大中修单位成本", "养护从业人员培训人均成本"},
    "b29-069": {"运营补贴资金拨付", "轨道交通线网规划体系"},
    "b29-070": {t["department"] for t in DG if 40000 <= tot(t) <= 50000},
    "b29-071": {t["department"] for t in DG if 200 <= peo(t) <= 300},
    "b29-089": {x["name"] for x in named("养护")},
    "b29-141": CHANGED,
}
if MEMBERS["b29-063"] != {"免疫规划和预防接种服务经费", "重大传染病监测和防控经费", "公共卫生实验室检测能力提升经费",
                          "镇街疾病预防控制工作补助"}:
    err("b29-063 hand list")
if MEMBERS["b29-064"] != {"轨道交通TOD综合开发研究经费", "轨道交通安全宣传和乘客服务经费", "轨道交通行业从业人员安全培训经费"}:
    err("b29-064 hand list")
if MEMBERS["b29-065"] != {"公路智慧管养信息化平台建设经费", "公路交通安全设施完善经费", "公路沿线绿化和环境整治经费"}:
    err("b29-065 hand list")
if MEMBERS["b29-070"] != {"东莞市应急管理局", "东莞市公路事务中心", "东莞市粮食和物资储备局", "东莞市乡村振兴局",
                          "东莞市发展和改革局", "东莞市政务服务和数据管理局", "东莞市司法局", "东莞市退役军人事务局"}:
    err("b29-070 hand list")
if MEMBERS["b29-071"] != {"东莞市应急管理局", "东莞市公路事务中心", "东莞市住房公积金管理中心", "东莞市水利局", "东莞市林业局",
                          "东莞市生态环境局", "东莞市疾病预防控制中心", "东莞市住房和城乡建设局", "东莞市农业农村局"}:
    err("b29-071 hand list")
if MEMBERS["b29-089"] != {"国省道和市管公路日常养护经费", "市属公园和城市绿地养护管理经费", "公路养护管理经费", "镇街公路养护补助",
                          "公路养护从业人员技能培训经费"}:
    err("b29-089 hand list")
for rid, slug, key, val in [("b29-042", JK, "level2", "服务对象满意度"), ("b29-043", GL, "level2", "时效指标"),
                            ("b29-068", GL, "level1", "成本指标")]:
    if {i["level3"] for i in TABLES[slug]["indicators"] if i[key] == val} != MEMBERS[rid]:
        err(f"{rid} hand list vs table")
if {i["level3"] for i in TABLES[JK]["indicators"] if i["period_value"] != i["annual_value"]} != MEMBERS["b29-067"]:
    err("b29-067 hand list vs table")
if {i["level3"] for i in TABLES[GD]["indicators"] if not any(c.isdigit() for c in i["annual_value"])} != MEMBERS["b29-069"]:
    err("b29-069 hand list vs table")
ORDER = {
    "b29-095": ["公路路面大中修工程经费", "农村公路提质改造工程", "国省道和市管公路日常养护经费"],
    "b29-096": ["轨道交通行业从业人员安全培训经费", "港航从业人员安全培训经费", "交通运输行业安全培训经费", "建筑施工安全培训经费"],
    "b29-102": ["东莞市轨道交通局", "东莞市公路事务中心", "东莞市疾病预防控制中心"],
}
gl = sorted(((x["amount_yuan"], x["name"]) for x in named("公路")), reverse=True)
if [n for _, n in gl[:3]] != ORDER["b29-095"] or [a for a, _ in gl[:4]] != [126800600, 126800000, 96480300, 58300000]:
    err(f"公路 order {gl[:4]}")
aq = sorted(((x["amount_yuan"], x["name"]) for x in named("安全培训")), reverse=True)
if [n for _, n in aq] != ORDER["b29-096"] or [a for a, _ in aq] != [3280700, 3280400, 3280000, 3182000]:
    err(f"安全培训 order {aq}")
# the two clarify sets
if sorted((x["name"], x["amount_yuan"]) for x in named("信息化") if "卫生" in x["name"]) != [
        ("公共卫生信息化和传染病监测预警平台建设经费", 18750800), ("卫生健康信息化建设经费", 18750000)]:
    err("公共卫生信息化 clarify members")
if sorted(i["annual_value"] for t in DG for i in t["indicators"] if i["level3"] == "市管公路养护里程") != ["≥460公里", "≥468公里"]:
    err("市管公路养护里程 clarify members")
for word in ("收费站",):
    if any(word in x["name"] for t in TABLES.values() for x in t.get("tasks", [])):
        err(f"{word} item exists")
if any(t["department"] in ("东莞市地震局",) or t["department"].startswith(("深圳",)) for t in TABLES.values()):
    err("a not-loaded department is loaded")
if any("疾病预防" in t["department"] and t["year"] == 2024 for t in TABLES.values()):
    err("疾控 2024 loaded")

# every figure of the lines with more than one, in the order asked (hand-typed)
FULL = {
    "015": "600元 126800600元 126800000元", "028": "≥480次 ≥1440次", "035": "30425.84万元 1864.52万元",
    "037": "66944.92万元 1726.48万元 64382.15万元", "038": "#224 #3", "040": "89.10% 43862.74万元",
    "041": "14600.00万元 2620.00万元", "052": "300场 2000人次", "056": "≥30个 ≥80亿元",
    "095": "126800600元 126800000元 96480300元", "096": "3280700元 3280400元 3280000元 3182000元",
    "102": "66944.92万元 49227.78万元 32290.36万元", "103": "76046.06万元 32290.36万元 108336.42万元",
    "104": "42.72万元 49227.78万元 49270.50万元", "105": "#129 #57 #186", "106": "600元 23800600元 23800000元",
    "107": "600元 21650600元 21650000元", "108": "38180300元 96480300元 58300000元", "109": "400元 2980400元 2980000元",
    "110": "603.30万元 66944.92万元 67548.22万元", "111": "100元 965700元 965600元", "112": "#38 #274 #312",
    "113": "300元 3280700元 3280400元", "119": "66944.92万元 146225.96万元", "123": "49227.78万元 49270.50万元",
    "124": "#224 #186", "130": "1983.09万元 32290.36万元 30307.27万元", "133": "3940200元 23800600元 19860400元",
    "137": "1285900元 7536200元 6250300元", "138": "#9 155187900元", "142": "#266 #274",
}
FULL = {f"b29-{k}": v.split() for k, v in FULL.items()}
REQ_ABSENT = {"b29-003": "23800000元", "b29-004": "18750000元", "b29-005": "2980000元", "b29-007": "685000000元",
              "b29-009": "21650000元", "b29-010": "1860000元", "b29-011": "3280000元", "b29-012": "58300000元",
              "b29-014": "126800000元", "b29-019": "≥95%", "b29-023": "≥35%", "b29-026": "≤3.5元/车公里",
              "b29-027": "≥90%", "b29-029": "≥460公里", "b29-030": "≤150万元/公里", "b29-058": "460公里",
              "b29-059": "12座", "b29-117": "≥95%", "b29-125": "≤150万元/公里", "b29-145": "30307.27万元",
              "b29-147": "66944.92万元", "b29-148": "96480300元", "b29-149": "66944.92万元", "b29-150": "48650700元",
              "b29-153": "685000000元", "b29-154": "126800000元", "b29-155": "15276000元", "b29-156": "23800600元",
              "b29-157": "≥99.8%", "b29-160": "≥38%"}
# values that must NOT be absent on their line (the other period / the other year of an ok line)
NOT_ABSENT = {"b29-021": ["≥540万剂次", "≥170万剂次"], "b29-022": ["≥180万剂次"], "b29-019": ["≥97%"],
              "b29-139": ["≥98%"], "b29-140": ["持续完善"], "b29-129": ["32290.36万元"], "b29-001": ["45280300元"],
              "b29-034": ["30307.27万元"], "b29-023": ["≥43%"], "b29-160": ["≥40%"], "b29-132": ["48650700元"],
              "b29-005": ["2650800元"], "b29-045": ["≥180万剂次"]}

# ------------------------------------------------------------------ accepted figures
STORED = set()
for t in TABLES.values():
    for x in t.get("tasks", []):
        STORED.add(Y(x["amount_yuan"]) if float(x["amount_yuan"]).is_integer() else f"{x['amount_yuan']}元")
    for x in t.get("budget", []):
        STORED.add(W(x["amount_wan"]))
    if t.get("budget"):
        STORED.add(W(tot(t)))
        STORED.add(f"#{t['basic_info'].get('财政供养人员数')}")
        STORED.add(f"#{t['basic_info'].get('下属二级单位数')}")
    for i in t.get("indicators", []):
        STORED.update(v for v in (i["period_value"], i["annual_value"]) if v)
    STORED.add(f"#{len(t.get('tasks', []))}")
    STORED.add(f"#{len(t.get('indicators', []))}")
    STORED.add(f"#{sum(1 for i in t.get('indicators', []) if i['level2'] == '数量指标')}")
GOALS = "".join(g for s in NEW for g in TABLES[s]["goals"])
ALLGOALS = "".join(g for t in TABLES.values() for g in t.get("goals", []) if isinstance(g, str))
SUMS = {Y(v) for v in list(KS.values()) + list(TS.values())}

path = Path(sys.argv[1]) if len(sys.argv) > 1 else BLIND / "batch_29.jsonl"
rows = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
if len(rows) != 160:
    err(f"{len(rows)} lines")
cnt = {c: 0 for c in CATS}
prev = None
seen = set()
for r in rows:
    rid = r["id"]
    if rid in seen:
        err(f"{rid}: duplicate id")
    seen.add(rid)
    if list(r) != FIELDS:
        err(f"{rid}: fields {list(r)}")
    cnt[r["category"]] = cnt.get(r["category"], 0) + 1
    e, yn, f1, fu = HAND_TABLE.get(rid, (None,) * 4)
    if r["expect"] != e:
        err(f"{rid}: expect {r['expect']} != {e}")
    if r["yesno"] != yn:
        err(f"{rid}: yesno {r['yesno']} != {yn}")
    if (r["figures"][0] if r["figures"] else None) != f1:
        err(f"{rid}: first figure {r['figures'][:1]} != {f1}")
    if r["followup_of"] != fu or (fu and fu != prev):
        err(f"{rid}: followup_of {r['followup_of']} != {fu}")
    if (r["category"] == "followup") != bool(r["followup_of"]):
        err(f"{rid}: followup category / chain")
    if r["expect"] in ("not_found", "ok_or_clarify") and (r["figures"] or r["names"]):
        err(f"{rid}: figures or names on a {r['expect']} line")
    for f in r["figures"]:
        if not (f in STORED or (f in GOALS and not f.startswith("#")) or f == RECIPES.get(rid) or f in SUMS
                or f in PAPER.values()):
            err(f"{rid}: figure {f} unaccounted for")
    if (len(r["figures"]) > 1 or rid in FULL) and r["figures"] != FULL.get(rid):
        err(f"{rid}: figures {r['figures']} != hand {FULL.get(rid)}")
    if rid in RECIPES and RECIPES[rid] != r["figures"][0]:
        err(f"{rid}: recipe {RECIPES[rid]} != {r['figures'][0]}")
    for x in r["absent"]:
        if x in r["figures"]:
            err(f"{rid}: absent {x} is a figure")
        if x not in STORED and x not in ALLGOALS:
            err(f"{rid}: absent {x} nobody holds")
    if rid in REQ_ABSENT and REQ_ABSENT[rid] not in r["absent"]:
        err(f"{rid}: required absent {REQ_ABSENT[rid]} missing")
    for v in NOT_ABSENT.get(rid, []):
        if v in r["absent"]:
            err(f"{rid}: {v} must not be absent")
    if rid in MEMBERS and set(r["names"]) != MEMBERS[rid]:
        err(f"{rid}: members {r['names']}")
    if rid in ORDER and r["names"][:len(ORDER[rid])] != ORDER[rid]:
        err(f"{rid}: order {r['names']}")
    if "[scope: " not in r["note"]:
        err(f"{rid}: no scope in note")
    prev = rid
if cnt != CATS:
    err(f"category counts {cnt}")

for m in ERR:
    print("ERROR", m)
print(f"{len(ERR)} errors")
sys.exit(1 if ERR else 0)
