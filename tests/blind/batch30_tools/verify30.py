"""Second, independent check of tests/blind/batch_30.jsonl (0 errors required).

Written apart from gen_batch30.py / truth30.py: loads the tables itself (batches.json's list for batch_30, which must be
batch 29's list + the four new slugs, and the five fixture tables); checks the four new tables against values typed
here by hand (budget lines, 预算合计, 专项 = 市本级 + 对下, people, 二级单位, every task amount and section; the 血站
2025/2026 differences — one 2026-only task, one rename, one 2026-only indicator, seven changed annual values, one of
them qualitative —; the shape the brief asks for; the look-alike amounts; every new amount unique; look-alike indicators
with other values); recomputes the 68 东莞 2026 departments' ranks, sums and counts and checks them against values
worked out on paper; checks the schema and the chains; accepts a figure only if it is a stored value, a goal phrase of
a new table, or a recipe computed here; checks every line's expect / yes-no / first figure / chain against a hand
table, every figure of the multi-figure lines, list members and ranking orders against hand lists, and required
absents.

东莞图书馆 is the first loaded 东莞 department whose name has no 市: the 东莞 2026 set is every department table of 2026
whose name starts with 东莞 or holds 东莞市 (共青团东莞市委员会, 中共东莞市委党校), not "东莞市 in the name".

`verify30.py FILE` checks a copy.
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
NEW = ["xuezhan_2026", "xuezhan_2025", "jijiu_2026", "tushuguan_2026"]
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
if lists.get("batch_30.jsonl") != lists["batch_29.jsonl"] + NEW:
    err("batches.json: batch_30 list is not batch 29's + the four new slugs")
if len(set(lists.get("batch_30.jsonl", []))) != len(lists.get("batch_30.jsonl", [])):
    err("batches.json: duplicates in batch_30")
TABLES = {}
for slug in lists["batch_30.jsonl"]:
    if not slug.startswith("import:"):
        TABLES[slug] = json.loads((BLIND / "tables" / f"{slug}.json").read_text(encoding="utf-8"))
from tests.fixtures.tables import FIXTURES  # noqa: E402

for f in FIXTURES:
    TABLES[f.slug] = f.export


def bl(t):
    return {x["name"]: d(x["amount_wan"]) for x in t["budget"]}


def bud(t, name):
    return bl(t)[name]


def tot(t):
    return bud(t, "基本支出") + bud(t, "项目支出") + bl(t).get("其他事业发展性支出", Decimal(0))


def dongguan(name):
    return name.startswith("东莞") or "东莞市" in name


DG = [t for t in TABLES.values() if t.get("kind") != "project" and t["year"] == 2026 and dongguan(t["department"])
      and t.get("budget")]
if len(DG) != 68:
    err(f"东莞 2026 departments: {len(DG)} (68 expected)")
if len([t for t in DG if "东莞市" in t["department"]]) != 67:
    err("东莞图书馆 should be the only 东莞 2026 name without 东莞市")
BYNAME = {t["department"]: t for t in DG}
peo = lambda t: t["basic_info"]["财政供养人员数"]  # noqa: E731

# ------------------------------------------------------------------ hand values of the new tables
# dept, people, units, 基本, 项目, 其他事业发展性, 财政拨款, 其他资金, 专项, 市本级, 对下, 预算合计, tasks
HAND = {
    "xuezhan_2026": ("东莞市中心血站", 173, 1, "4386.52", "12392.36", "512.38", "13642.51", "3648.75", "8600.00",
                     "7740.00", "860.00", "17291.26", [
        ("血液采集和无偿献血招募经费", 23586400, "K"), ("血液核酸检测和质量控制经费", 31264800, "K"),
        ("血液成分制备和储存配送经费", 18352600, "K"), ("镇街无偿献血工作补助", 8600000, "O"),
        ("献血屋建设和采血车更新经费", 6385200, "O"), ("血液管理信息化系统运维经费", 986800, "O"),
        ("无偿献血宣传和献血者关爱经费", 1537000, "O"), ("采供血业务人员培训经费", 864900, "O"),
        ("献血者用血费用减免报销经费", 3246500, "O"), ("稀有血型血液库建设经费", 2864300, "O")]),
    "xuezhan_2025": ("东莞市中心血站", 169, 1, "4152.36", "11664.32", "468.25", "12835.61", "3449.32", "8000.00",
                     "7200.00", "800.00", "16284.93", [
        ("血液采集和无偿献血招募经费", 21958300, "K"), ("血液检测和质量控制经费", 28470600, "K"),
        ("血液成分制备和储存配送经费", 17206400, "K"), ("镇街无偿献血工作补助", 8000000, "O"),
        ("献血屋建设和采血车更新经费", 5762800, "O"), ("血液管理信息化系统运维经费", 912500, "O"),
        ("无偿献血宣传和献血者关爱经费", 1426300, "O"), ("采供血业务人员培训经费", 786400, "O"),
        ("献血者用血费用减免报销经费", 2985600, "O")]),
    "jijiu_2026": ("东莞市紧急医疗救援指挥中心", 134, 1, "3268.45", "19637.46", "586.73", "22846.29", "646.35",
                   "12500.00", "9860.00", "2640.00", "23492.64", [
        ("急救车辆购置和车载设备更新经费", 38650700, "K"), ("120调度指挥信息化系统升级经费", 15940700, "K"),
        ("院前急救医护人员派驻和绩效补助经费", 52386400, "K"), ("镇街院前急救站点运行补助", 26400000, "O"),
        ("社会急救培训和急救知识普及经费", 6420400, "O"), ("公共场所自动体外除颤器运维经费", 1468300, "O"),
        ("重大活动和突发事件医疗保障经费", 3286700, "O"), ("紧急医学救援物资储备经费", 4236900, "O"),
        ("院前急救人员规范化培训经费", 2158600, "O"), ("急救车辆运行维护和油料经费", 7865300, "O")]),
    "tushuguan_2026": ("东莞图书馆", 158, 2, "3196.47", "8164.19", "412.86", "11386.27", "387.25", "4800.00",
                       "3650.00", "1150.00", "11773.52", [
        ("图书馆总分馆运行和读者服务经费", 26430300, "K"), ("文献资源采购经费", 18652400, "K"),
        ("数字图书馆和智慧服务平台建设经费", 6473100, "K"), ("镇街分馆和城市阅读空间建设补助", 11500000, "O"),
        ("全民阅读推广活动经费", 3865600, "O"), ("古籍和地方文献保护修复经费", 1860900, "O"),
        ("馆舍运行维护和物业管理经费", 5386400, "O"), ("图书馆从业人员业务培训经费", 1287100, "O"),
        ("少儿和视障读者阅读服务经费", 2137300, "O"), ("流动图书车和24小时自助图书馆运维经费", 2457800, "O")]),
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
    if slug != "xuezhan_2025" and not any("日前" in i["annual_value"] for i in inds):
        err(f"{slug}: no date")
    if not any(not any(c.isdigit() for c in i["annual_value"]) for i in inds):
        err(f"{slug}: no qualitative")
    if not any("%" in i["annual_value"] for i in inds):
        err(f"{slug}: no percentage")
    if not any(w in n for n, _, _ in vals[9] for w in ("培训", "补助", "信息化", "宣传", "运维", "储备")):
        err(f"{slug}: no shared word in task names")
    goals = "".join(t["goals"])
    if "约" not in goals or "超" not in goals:
        err(f"{slug}: no rough (约 / 超) goal figure")
cost_units = {i["annual_value"] for s in NEW for i in TABLES[s]["indicators"] if i["level1"] == "成本指标"}
for unit in ("元/单位", "元/人次", "万元/台", "万元/辆/年", "万元/辆", "元/人", "元/册", "万元/个", "元/页"):
    if not any(v.endswith(unit) for v in cost_units):
        err(f"cost indicators: no {unit}")

IND = {s: {i["level3"]: i for i in TABLES[s]["indicators"]} for s in TABLES}
X6, X5 = IND["xuezhan_2026"], IND["xuezhan_2025"]
if set(X6) - set(X5) != {"稀有血型血液库建成时间"} or set(X5) - set(X6):
    err("血站: 2026-only indicators")
changed = {n for n in X5 if X5[n]["annual_value"] != X6[n]["annual_value"]}
CHANGED = {"采集全血", "无偿献血人次", "新建献血屋", "开展无偿献血宣传活动", "千人口献血率", "无偿献血长效机制", "献血者满意度"}
if changed != CHANGED:
    err(f"血站 changed indicators {changed}")
if (X5["无偿献血长效机制"]["annual_value"], X6["无偿献血长效机制"]["annual_value"]) != ("逐步健全", "持续健全"):
    err("qualitative change")
n6 = {n for n, _, _ in HAND["xuezhan_2026"][-1]}
n5 = {n for n, _, _ in HAND["xuezhan_2025"][-1]}
if n6 - n5 != {"稀有血型血液库建设经费", "血液核酸检测和质量控制经费"} or n5 - n6 != {"血液检测和质量控制经费"}:
    err("血站: 2026-only task / rename")

# look-alikes (new amount, other table, its amount)
ALL = {}
for s, t in TABLES.items():
    for x in t.get("tasks", []):
        ALL.setdefault(d(x["amount_yuan"]), []).append((s, x["name"]))
LOOK = [(1537000, "hongshizihui_2026", 1536200), (986800, "hongshizihui_2026", 986300),
        (864900, "danganju_2026", 865200), (38650700, "yingji_2026", 38650000), (15940700, "yingji_2026", 15940000),
        (6420400, "hongshizihui_2026", 6420800), (6420400, "weijianju_2026", 6420000), (4236900, "gonglu_2026", 4236500),
        (26430300, "wenguangluti_2026", 26430000), (26430300, "kexie_2026", 26430600),
        (3865600, "wenguangluti_2026", 3865000), (1860900, "danganju_2026", 1860800),
        (1287100, "wenguangluti_2026", 1286500)]
for mine, slug, other in LOOK:
    if not (0 < abs(mine - other) <= 1000) or slug not in [s for s, _ in ALL.get(d(other), [])]:
        err(f"look-alike {mine} / {slug} {other}")
for s in NEW:
    for x in TABLES[s]["tasks"]:
        if len(ALL[d(x["amount_yuan"])]) != 1:
            err(f"amount not unique: {x}")
for (s_new, n_new), (s_old, n_old) in [
        (("jijiu_2026", "城区平均急救反应时间"), ("yingji_2026", "救援队伍到场时间")),
        (("jijiu_2026", "社会急救培训人均成本"), ("hongshizihui_2026", "应急救护培训人均成本")),
        (("jijiu_2026", "开展社会急救培训"), ("hongshizihui_2026", "培训红十字救护员")),
        (("tushuguan_2026", "接待到馆读者"), ("wenguangluti_2026", "公共图书馆接待读者人次")),
        (("tushuguan_2026", "智慧图书馆服务平台上线时间"), ("wenguangluti_2026", "智慧文旅服务平台上线时间")),
        (("xuezhan_2026", "开展无偿献血宣传活动"), ("hongshizihui_2026", "开展无偿献血和捐献宣传活动"))]:
    a, b_ = IND[s_new][n_new], IND[s_old][n_old]
    if a["annual_value"] == b_["annual_value"]:
        err(f"look-alike indicator {n_new} same value")

# ------------------------------------------------------------------ recipes from hand values
H = {s: {n: a for n, a, _ in v[-1]} for s, v in HAND.items()}
KS = {s: sum(a for _, a, k in v[-1] if k == "K") for s, v in HAND.items()}
TS = {s: sum(a for _, a, _ in v[-1]) for s, v in HAND.items()}
TOT = {s: d(v[11]) for s, v in HAND.items()}
XZ, XZ5, JJ, TG = NEW


def rk(key, name):
    order = sorted(DG, key=key, reverse=True)
    vals = [key(t) for t in order]
    i = [t["department"] for t in order].index(name)
    if vals.count(vals[i]) != 1:
        err(f"rank of {name}: tie")
    return f"#{i + 1}"


def named(word):
    return [x for t in DG for x in t["tasks"] if word in x["name"]]


def other(dept, name):
    return {x["name"]: x["amount_yuan"] for x in BYNAME[dept]["tasks"]}[name]


mid = [a for a in H[TG].values() if 2000000 <= a <= 6000000]
RECIPES = {
    "b30-036": rk(tot, "东莞市中心血站"), "b30-065": Y(sum(mid)),
    "b30-072": Y(KS[JJ]), "b30-073": P(d(KS[JJ]) / TS[JJ] * 100),
    "b30-076": f"#{len(DG)}", "b30-077": f"#{len(named('运维'))}", "b30-078": f"#{sum(peo(t) > 150 for t in DG)}",
    "b30-079": f"#{sum(tot(t) > 10000 for t in DG)}", "b30-080": f"#{len(named('献血'))}",
    "b30-081": Y(TS[XZ]), "b30-082": Y(TS[JJ]), "b30-083": P(d(TS[JJ]) / (d("19637.46") * 10000) * 100),
    "b30-084": W(TOT[XZ] + TOT[JJ] + TOT[TG]), "b30-085": W(sum(tot(t) for t in DG)),
    "b30-086": P(d("2640.00") / d("12500.00") * 100), "b30-087": P(d("3196.47") / TOT[TG] * 100),
    "b30-088": f"{r2(d(TS[XZ]) / 10)}元", "b30-089": Y(sum(x["amount_yuan"] for x in named("图书馆"))),
    "b30-090": P(d("3648.75") / TOT[XZ] * 100),
    "b30-091": rk(tot, "东莞市中心血站"), "b30-092": rk(peo, "东莞市中心血站"),
    "b30-093": rk(tot, "东莞市紧急医疗救援指挥中心"), "b30-094": rk(tot, "东莞图书馆"),
    "b30-097": rk(lambda t: bud(t, "其他资金"), "东莞市中心血站"),
    "b30-098": rk(lambda t: bud(t, "项目支出"), "东莞市紧急医疗救援指挥中心"),
    "b30-099": rk(peo, "东莞图书馆"),
    "b30-100": f"#{len(DG) + 1 - int(rk(peo, '东莞市紧急医疗救援指挥中心')[1:])}",
    "b30-103": W(TOT[XZ] - tot(BYNAME["东莞市红十字会"])), "b30-104": W(TOT[JJ] - tot(BYNAME["东莞市园林绿化中心"])),
    "b30-105": W(tot(BYNAME["东莞市人民政府国有资产监督管理委员会"]) - TOT[TG]),
    "b30-106": Y(H[XZ]["无偿献血宣传和献血者关爱经费"] - other("东莞市红十字会", "造血干细胞捐献和无偿献血动员经费")),
    "b30-107": Y(H[JJ]["120调度指挥信息化系统升级经费"] - other("东莞市应急管理局", "应急指挥信息化建设经费")),
    "b30-108": Y(other("东莞市红十字会", "红十字应急救护培训普及经费") - H[JJ]["社会急救培训和急救知识普及经费"]),
    "b30-109": Y(H[TG]["图书馆总分馆运行和读者服务经费"] - other("东莞市文化广电旅游体育局", "公共图书馆运行经费")),
    "b30-110": Y(H[TG]["图书馆从业人员业务培训经费"] - other("东莞市文化广电旅游体育局", "文化体育从业人员培训经费")),
    "b30-111": W(tot(BYNAME["东莞市金融工作局"]) - TOT[XZ]),
    "b30-112": f"#{peo(BYNAME['东莞市卫生健康局']) - 134}",
    "b30-113": Y(H[JJ]["紧急医学救援物资储备经费"] - other("东莞市公路事务中心", "公路应急抢通和防汛物资储备经费")),
    "b30-130": W(TOT[XZ] - TOT[XZ5]), "b30-131": P((TOT[XZ] - TOT[XZ5]) / TOT[XZ5] * 100),
    "b30-133": Y(H[XZ]["血液成分制备和储存配送经费"] - H[XZ5]["血液成分制备和储存配送经费"]),
    "b30-137": Y(H[XZ]["血液核酸检测和质量控制经费"] - H[XZ5]["血液检测和质量控制经费"]),
}
# hand-typed expectations of the recipes (what the writer worked out on paper)
PAPER = {"b30-036": "#41", "b30-065": "13847100元", "b30-072": "106977800元", "b30-073": "67.36%", "b30-076": "#68",
         "b30-077": "#9", "b30-078": "#26", "b30-079": "#51", "b30-080": "#6", "b30-081": "97688500元",
         "b30-082": "158814000元", "b30-083": "80.87%", "b30-084": "52557.42万元", "b30-085": "3484129.02万元",
         "b30-086": "21.12%", "b30-087": "27.15%", "b30-088": "9768850.00元", "b30-089": "64615200元",
         "b30-090": "21.10%", "b30-091": "#41", "b30-092": "#22", "b30-093": "#35", "b30-094": "#50", "b30-097": "#9",
         "b30-098": "#36", "b30-099": "#25", "b30-100": "#39", "b30-103": "12090.96万元", "b30-104": "6.47万元",
         "b30-105": "2.86万元", "b30-106": "800元", "b30-107": "700元", "b30-108": "400元", "b30-109": "300元",
         "b30-110": "600元", "b30-111": "4.22万元", "b30-112": "#178", "b30-113": "400元", "b30-130": "1006.33万元",
         "b30-131": "6.18%", "b30-133": "1146200元", "b30-137": "2794200元"}
for k, v in PAPER.items():
    if RECIPES[k] != v:
        err(f"recipe {k}: computed {RECIPES[k]} != paper {v}")
if set(PAPER) != set(RECIPES):
    err("recipes without a paper value")

# ------------------------------------------------------------------ hand table: id expect yesno first-figure followup_of
HT = """
001 ok - 23586400元 -|002 ok - 21958300元 001|003 ok - 31264800元 -|004 ok - 8600000元 -|005 ok - 1537000元 -
006 ok - 986800元 -|007 ok - 38650700元 -|008 ok - 15940700元 -|009 ok - 6420400元 -|010 ok - 4236900元 -
011 ok - 26400000元 -|012 ok - 26430300元 -|013 ok - 26430000元 012|014 ok - 18652400元 -|015 ok - 3865600元 014
016 ok - 1860900元 -|017 ok - 1287100元 -|018 ok - 1468300元 -|019 ok - ≥14.5万单位 -|020 ok - ≥43.5万单位 019
021 ok - ≤12分钟 -|022 ok - ≥99% -|023 ok - ≤300元/人 -|024 ok - ≥16万车次 -|025 ok - ≥420万人次 -
026 ok - ≥600万人次 025|027 ok - ≤52元/册 -|028 ok - 2026年9月30日前 -|029 ok - ≤0.5% -|030 ok - ≥11.2‰ -
031 ok - 2026年10月31日前 -|032 ok - ≤15个工作日 -|033 ok - ≤65万元/辆 -|034 ok - 17291.26万元 -|035 ok - 13642.51万元 034
036 ok - #41 035|037 ok - 23492.64万元 -|038 ok - #158 -|039 ok - 4800.00万元 -|040 ok - 586.73万元 -
041 ok - - -|042 ok - - -|043 ok - 36个 -|044 ok - 120家 -|045 ok - 600单位 -
046 ok - 8200人次 -|047 ok - 12万人次 -|048 ok - ≥11.8万人次 047|049 ok - 14.8万单位 -|050 ok - 80个 -
051 ok - 12辆 -|052 ok - 1500台 -|053 ok - 120场 -|054 ok - 1.6万人次 -|055 ok - 17万车次 -
056 ok - 760个 -|057 ok - 680万册 -|058 ok - 260TB -|059 ok - 22个 -|060 ok - 4200页 -
061 ok - 450万人次 -|062 ok - - -|063 ok - - -|064 ok - - -|065 ok - 13847100元 064
066 ok - - -|067 ok - - -|068 ok - - -|069 ok - - -|070 ok - - -
071 ok - #10 -|072 ok - 106977800元 071|073 ok - 67.36% 072|074 ok - #19 -|075 ok - #6 -
076 ok - #68 -|077 ok - #9 -|078 ok - #26 -|079 ok - #51 -|080 ok - #6 -
081 ok - 97688500元 -|082 ok - 158814000元 -|083 ok - 80.87% 082|084 ok - 52557.42万元 -|085 ok - 3484129.02万元 -
086 ok - 21.12% -|087 ok - 27.15% -|088 ok - 9768850.00元 -|089 ok - 64615200元 -|090 ok - 21.10% -
091 ok - #41 -|092 ok - #22 091|093 ok - #35 -|094 ok - #50 -|095 ok - 18725400元 -
096 ok - 986800元 -|097 ok - #9 -|098 ok - #36 -|099 ok - #25 -|100 ok - #39 -
101 ok - 23492.64万元 -|102 ok - 26430300元 -|103 ok - 12090.96万元 -|104 ok - 6.47万元 -|105 ok - 2.86万元 -
106 ok - 800元 -|107 ok - 700元 -|108 ok - 400元 -|109 ok - 300元 -|110 ok - 600元 -
111 ok - 4.22万元 -|112 ok - #178 -|113 ok - 400元 -|114 ok 是 17291.26万元 -|115 ok 是 ≤12分钟 -
116 ok 否 ≥99% -|117 ok 是 2026年9月30日前 -|118 ok 是 2026年10月31日前 -|119 ok 是 23492.64万元 -|120 ok 是 11773.52万元 -
121 ok 否 ≤265元/单位 -|122 ok 否 ≤52元/册 -|123 ok 是 #173 -|124 ok 否 38650700元 -|125 ok 否 387.25万元 -
126 ok 是 52386400元 -|127 ok 是 2864300元 -|128 ok 是 8600000元 -|129 ok - 16284.93万元 -|130 ok - 1006.33万元 -
131 ok - 6.18% 130|132 ok - 5762800元 -|133 ok - 1146200元 -|134 ok - 2864300元 -|135 ok - 31264800元 -
136 ok - 28470600元 -|137 ok - 2794200元 -|138 ok - #9 -|139 ok - ≥11.2万人次 -|140 ok - 逐步健全 -
141 ok - - -|142 ok - #169 -|143 ok - 11.5万人次 -|144 ok - 8000000元 -|145 not_found - - -
146 ok - 16284.93万元 145|147 not_found - - -|148 not_found - - -|149 not_found - - -|150 not_found - - -
151 not_found - - -|152 not_found - - -|153 not_found - - -|154 not_found - - -|155 not_found - - -
156 not_found - - -|157 not_found - - -|158 ok_or_clarify - - -|159 ok_or_clarify - - -|160 ok - ≥15000人次 -
"""
HAND_TABLE = {}
for cell in HT.replace("\n", "|").split("|"):
    if cell.strip():
        n, e, yn, f1, fu = cell.split()
        HAND_TABLE[f"b30-{n}"] = (e, None if yn == "-" else yn, None if f1 == "-" else f1, None if fu == "-" else f"b30-{fu}")
if len(HAND_TABLE) != 160:
    err(f"hand table has {len(HAND_TABLE)} lines")

# hand member lists / orders
MEMBERS = {
    "b30-041": {"献血者满意度", "用血医疗机构满意度"},
    "b30-042": {"城区平均急救反应时间", "120调度指挥系统升级完成时间"},
    "b30-062": {x for x, a, _ in HAND[XZ][-1] if a > 20000000},
    "b30-063": {x for x, a, _ in HAND[JJ][-1] if a < 3000000},
    "b30-064": {x for x, a, _ in HAND[TG][-1] if 2000000 <= a <= 6000000},
    "b30-066": {"采集全血", "采集机采血小板"},
    "b30-067": {"急救车辆单车年运行成本", "负压救护车购置单价", "社会急救培训人均成本"},
    "b30-068": {"全民阅读氛围", "城市阅读服务体系"},
    "b30-069": {t["department"] for t in DG if 20000 <= tot(t) <= 30000},
    "b30-070": {t["department"] for t in DG if 150 <= peo(t) <= 200},
    "b30-141": CHANGED,
}
if MEMBERS["b30-062"] != {"血液采集和无偿献血招募经费", "血液核酸检测和质量控制经费"}:
    err("b30-062 hand list")
if MEMBERS["b30-063"] != {"公共场所自动体外除颤器运维经费", "院前急救人员规范化培训经费"}:
    err("b30-063 hand list")
if MEMBERS["b30-064"] != {"全民阅读推广活动经费", "馆舍运行维护和物业管理经费", "少儿和视障读者阅读服务经费",
                          "流动图书车和24小时自助图书馆运维经费"}:
    err("b30-064 hand list")
if MEMBERS["b30-069"] != {"东莞市港务管理局", "东莞市财政局", "东莞市紧急医疗救援指挥中心", "东莞市园林绿化中心",
                          "东莞市投资促进局", "东莞市体育局", "东莞市住房公积金管理中心"}:
    err("b30-069 hand list")
if MEMBERS["b30-070"] != {"东莞市交通运输局", "东莞市中心血站", "东莞市医疗保障局", "东莞市机关事务管理局", "东莞图书馆",
                          "东莞市园林绿化中心"}:
    err("b30-070 hand list")
for rid, slug, key, val in [("b30-041", XZ, "level2", "服务对象满意度"), ("b30-042", JJ, "level2", "时效指标"),
                            ("b30-067", JJ, "level1", "成本指标")]:
    if {i["level3"] for i in TABLES[slug]["indicators"] if i[key] == val} != MEMBERS[rid]:
        err(f"{rid} hand list vs table")
if {i["level3"] for i in TABLES[XZ]["indicators"] if i["period_value"] != i["annual_value"]} != MEMBERS["b30-066"]:
    err("b30-066 hand list vs table")
if {i["level3"] for i in TABLES[TG]["indicators"] if not any(c.isdigit() for c in i["annual_value"])} != MEMBERS["b30-068"]:
    err("b30-068 hand list vs table")
ORDER = {
    "b30-095": ["市级应急物资储备和补充更新经费", "应急物资储备经费", "智慧粮库和物资储备信息化平台建设经费",
                "紧急医学救援物资储备经费", "公路应急抢通和防汛物资储备经费"],
    "b30-096": ["血液管理信息化系统运维经费"],
    "b30-101": ["东莞市紧急医疗救援指挥中心", "东莞市中心血站", "东莞图书馆"],
    "b30-102": ["图书馆总分馆运行和读者服务经费"],
}
wz = sorted(((x["amount_yuan"], x["name"]) for x in named("物资储备")), reverse=True)
if [n for _, n in wz[:5]] != ORDER["b30-095"] or [a for a, _ in wz[:6]] != [18725400, 18725000, 6472400, 4236900,
                                                                           4236500, 2485300]:
    err(f"物资储备 order {wz}")
yw = sorted((x["amount_yuan"], x["name"]) for x in named("运维"))
if yw[0] != (986800, "血液管理信息化系统运维经费") or len(yw) != 9:
    err(f"运维 order {yw}")
tg = sorted(((x["amount_yuan"], x["name"]) for x in named("图书馆")), reverse=True)
if tg[:2] != [(26430300, "图书馆总分馆运行和读者服务经费"), (26430000, "公共图书馆运行经费")] or len(tg) != 6:
    err(f"图书馆 order {tg}")
# the two clarify sets
if sorted(x["amount_yuan"] for x in named("除颤器")) != [1468300, 4658300]:
    err("AED clarify members")
if sorted(x["amount_yuan"] for x in named("图书馆") if "运行" in x["name"]) != [26430000, 26430300]:
    err("图书馆运行 clarify members")
for word in ("航空", "直升机"):
    if any(word in x["name"] for t in TABLES.values() for x in t.get("tasks", [])):
        err(f"{word} item exists")
if any("博物馆" in t["department"] or t["department"].startswith(("深圳", "广州市中心血站")) for t in TABLES.values()):
    err("a not-loaded department is loaded")
if any(t["department"] == "东莞市中心血站" and t["year"] == 2024 for t in TABLES.values()):
    err("血站 2024 loaded")
if any(t["department"] in ("东莞市紧急医疗救援指挥中心", "东莞图书馆") and t["year"] != 2026 for t in TABLES.values()):
    err("急救中心 / 图书馆 other year loaded")
for dept, item in [("东莞市紧急医疗救援指挥中心", "安全生产监管执法经费"), ("东莞图书馆", "文化惠民活动经费"),
                   ("东莞市中心血站", "造血干细胞捐献和无偿献血动员经费"), ("东莞市红十字会", "血液核酸检测和质量控制经费")]:
    if item in {x["name"] for x in BYNAME[dept]["tasks"]}:
        err(f"trap item {item} is {dept}'s own")
if "城区平均急救反应时间" in IND["yingji_2026"]:
    err("trap indicator is 应急管理局's own")

# every figure of the lines with more than one, in the order asked (hand-typed)
FULL = {
    "024": "≥16万车次 ≥48万车次", "035": "13642.51万元 3648.75万元", "037": "23492.64万元 3268.45万元 19637.46万元",
    "038": "#158 #2", "039": "4800.00万元 1150.00万元", "053": "120场 3.5万件", "061": "450万人次 950万册次",
    "101": "23492.64万元 17291.26万元 11773.52万元", "103": "12090.96万元 17291.26万元 5200.30万元",
    "104": "6.47万元 23492.64万元 23486.17万元", "105": "2.86万元 11773.52万元 11776.38万元",
    "106": "800元 1537000元 1536200元", "107": "700元 15940700元 15940000元", "108": "400元 6420400元 6420800元",
    "109": "300元 26430300元 26430000元", "110": "600元 1287100元 1286500元", "111": "4.22万元 17291.26万元 17295.48万元",
    "112": "#178 #134 #312", "113": "400元 4236900元 4236500元", "119": "23492.64万元 23486.17万元",
    "120": "11773.52万元 11769.95万元", "123": "#173 #168", "128": "8600000元 860.00万元",
    "130": "1006.33万元 17291.26万元 16284.93万元", "133": "1146200元 18352600元 17206400元",
    "137": "2794200元 31264800元 28470600元", "138": "#9 87508900元", "142": "#169 #173",
}
FULL = {f"b30-{k}": v.split() for k, v in FULL.items()}
REQ_ABSENT = {"b30-005": "1536200元", "b30-006": "986300元", "b30-007": "38650000元", "b30-008": "15940000元",
              "b30-009": "6420800元", "b30-010": "4236500元", "b30-012": "26430000元", "b30-013": "26430300元",
              "b30-015": "3865000元", "b30-016": "1860800元", "b30-017": "1286500元", "b30-018": "4658300元",
              "b30-021": "≤30分钟", "b30-023": "≤350元/人", "b30-025": "≥600万人次", "b30-026": "≥420万人次",
              "b30-028": "2026年10月31日前", "b30-053": "≥2.5万件", "b30-058": "85TB", "b30-059": "15个",
              "b30-060": "3600页", "b30-102": "26430000元", "b30-145": "16284.93万元", "b30-147": "23492.64万元",
              "b30-148": "18652400元", "b30-149": "17291.26万元", "b30-150": "26430300元", "b30-153": "38650000元",
              "b30-154": "16850000元", "b30-155": "1536200元", "b30-156": "31264800元", "b30-157": "≤12分钟",
              "b30-160": "≥12000人次"}
# values that must NOT be absent on their line (the other period / the other year of an ok line)
NOT_ABSENT = {"b30-019": ["≥43.5万单位", "≥13.8万单位"], "b30-020": ["≥14.5万单位"], "b30-024": ["≥48万车次"],
              "b30-025": ["≥1260万人次"], "b30-001": ["21958300元"], "b30-002": ["23586400元"],
              "b30-003": ["28470600元"], "b30-034": ["16284.93万元"], "b30-129": ["17291.26万元"],
              "b30-139": ["≥11.8万人次"], "b30-140": ["持续健全"], "b30-136": ["31264800元"],
              "b30-047": ["≥11.8万人次"], "b30-143": ["≥11.2万人次", "12万人次"], "b30-160": ["≥15000人次"],
              "b30-030": ["11‰"]}

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
# goal phrases asked (prose lines), each with 约 / 超 / 以上 before or after it in its table's goals
PROSE = {"b30-043": ("xuezhan_2026", "约36个"), "b30-044": ("xuezhan_2026", "约120家"),
         "b30-045": ("xuezhan_2026", "约600单位"), "b30-046": ("xuezhan_2026", "约8200人次"),
         "b30-047": ("xuezhan_2026", "约12万人次"), "b30-049": ("xuezhan_2026", "约14.8万单位"),
         "b30-050": ("jijiu_2026", "约80个"), "b30-051": ("jijiu_2026", "约12辆"), "b30-052": ("jijiu_2026", "约1500台"),
         "b30-053": ("jijiu_2026", "约120场"), "b30-054": ("jijiu_2026", "超1.6万人次"),
         "b30-055": ("jijiu_2026", "约17万车次"), "b30-056": ("tushuguan_2026", "约760个"),
         "b30-057": ("tushuguan_2026", "约680万册"), "b30-058": ("tushuguan_2026", "约260TB"),
         "b30-059": ("tushuguan_2026", "约22个"), "b30-060": ("tushuguan_2026", "约4200页"),
         "b30-061": ("tushuguan_2026", "约450万人次"), "b30-143": ("xuezhan_2025", "约11.5万人次")}
# prose lines whose figure has an indicator counterpart must say 目标 / 大概 (the batch's convention)
COUNTERPART = {"b30-047", "b30-049", "b30-050", "b30-054", "b30-055", "b30-059", "b30-060", "b30-061", "b30-143"}
for rid, (slug, phrase) in PROSE.items():
    if phrase not in "".join(TABLES[slug]["goals"]):
        err(f"{rid}: {phrase} not in {slug}'s goals")

path = Path(sys.argv[1]) if len(sys.argv) > 1 else BLIND / "batch_30.jsonl"
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
    if rid in PROSE and not PROSE[rid][1].endswith(r["figures"][0]):
        err(f"{rid}: prose figure {r['figures'][0]} is not the goal's {PROSE[rid][1]}")
    if rid in COUNTERPART and not any(w in r["q"] for w in ("目标", "大概")):
        err(f"{rid}: a goal figure with an indicator counterpart asked without 目标 / 大概")
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
