"""Second, independent check of tests/blind/batch_28.jsonl (0 errors required).

Written apart from gen_batch28.py / truth28.py: loads the tables itself (batches.json's list for batch_28, which must be
batch 27's list + the four new slugs, and the five fixture tables); checks the four new tables against values typed
here by hand (budget lines, 预算合计, 专项 = 市本级 + 对下, people, 二级单位, every task amount and section; the 国动办
2025/2026 differences — one 2026-only task, one rename, two 2026-only indicators, eleven changed annual values, one of
them qualitative —; the shape the brief asks for; the look-alike amounts; every new amount unique; look-alike indicators
with other values); recomputes the 62 东莞 2026 departments' ranks, sums and counts and checks them against values
worked out on paper; checks the schema and the chains; accepts a figure only if it is a stored value, a goal phrase of
a new table, or a recipe computed here; checks every line's expect / yes-no / first figure / chain against a hand
table, every figure of the multi-figure lines, list members and ranking orders against hand lists, and required
absents.

`verify28.py FILE` checks a copy.
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
NEW = ["yuanlin_2026", "guodongban_2026", "guodongban_2025", "binzang_2026"]
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
if lists.get("batch_28.jsonl") != lists["batch_27.jsonl"] + NEW:
    err("batches.json: batch_28 list is not batch 27's + the four new slugs")
if len(set(lists.get("batch_28.jsonl", []))) != len(lists.get("batch_28.jsonl", [])):
    err("batches.json: duplicates in batch_28")
TABLES = {}
for slug in lists["batch_28.jsonl"]:
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
if len(DG) != 62:
    err(f"东莞 2026 departments: {len(DG)} (62 expected)")
BYNAME = {t["department"]: t for t in DG}
peo = lambda t: t["basic_info"]["财政供养人员数"]  # noqa: E731

# ------------------------------------------------------------------ hand values of the new tables
# dept, people, units, 基本, 项目, 其他事业发展性, 财政拨款, 其他资金, 专项, 市本级, 对下, 预算合计, tasks
HAND = {
    "yuanlin_2026": ("东莞市园林绿化中心", 152, 4, "5337.14", "17436.58", "712.45", "22948.35", "537.82", "13400.00",
                     "10980.00", "2420.00", "23486.17", [
        ("市属公园和城市绿地养护管理经费", 58300600, "K"), ("城市绿道和口袋公园建设经费", 21600600, "K"),
        ("城市道路绿化品质提升工程经费", 32600800, "K"), ("镇街园林绿化管养补助", 24200000, "O"),
        ("古树名木和行道树保护经费", 2485700, "O"), ("园林有害生物防治经费", 6472700, "O"),
        ("智慧园林信息化管理平台建设经费", 9540400, "O"), ("园林绿化从业人员技能培训经费", 965600, "O"),
        ("园林绿化宣传和花卉展览经费", 1365100, "O"), ("苗圃基地运行和苗木储备经费", 3128500, "O")]),
    "guodongban_2026": ("东莞市国防动员办公室", 81, 1, "2236.48", "12486.52", "512.66", "14816.35", "419.31",
                        "8200.00", "6560.00", "1640.00", "15235.66", [
        ("国防动员指挥信息系统建设经费", 28460800, "K"), ("国防动员应急应战专业保障队伍建设经费", 36580400, "K"),
        ("交通战备和重要经济目标防护经费", 9740600, "K"), ("镇街国防动员工作补助", 16400000, "O"),
        ("国防动员潜力统计调查经费", 4580400, "O"), ("全民国防教育和国防动员宣传经费", 1359200, "O"),
        ("国防动员干部和专业队伍培训经费", 957200, "O"), ("国防动员演练和拉动演习经费", 3265400, "O"),
        ("经济动员和民用资源征用储备经费", 12386600, "O"), ("征兵宣传和兵员体检政审经费", 2365100, "O")]),
    "guodongban_2025": ("东莞市国防动员办公室", 79, 1, "2148.36", "11352.84", "478.25", "13587.62", "391.83",
                        "7400.00", "5920.00", "1480.00", "13979.45", [
        ("国防动员指挥信息系统建设经费", 24650600, "K"), ("国防动员应急应战专业保障队伍建设经费", 32480600, "K"),
        ("交通战备和重要经济目标防护经费", 8965300, "K"), ("镇街国防动员工作补助", 14800000, "O"),
        ("全民国防教育和国防动员宣传经费", 1246800, "O"), ("国防动员干部培训经费", 830600, "O"),
        ("国防动员演练和拉动演习经费", 2986700, "O"), ("经济动员和民用资源征用储备经费", 11253600, "O"),
        ("征兵宣传和兵员体检政审经费", 2184300, "O")]),
    "binzang_2026": ("东莞市殡葬管理所", 54, 2, "1868.54", "6132.47", "214.36", "7562.15", "653.22", "2800.00",
                     "2410.00", "390.00", "8215.37", [
        ("火化设备更新和尾气治理经费", 6850600, "K"), ("惠民殡葬服务减免经费", 12800600, "K"),
        ("生态节地葬区和公益性公墓建设经费", 15936200, "K"), ("镇街公益性骨灰楼建设补助", 3900000, "O"),
        ("殡葬执法和违规墓地整治经费", 2356600, "O"), ("殡葬服务信息化和网上祭扫平台建设经费", 4568100, "O"),
        ("文明祭扫和殡葬改革宣传经费", 860500, "O"), ("殡葬服务人员职业技能培训经费", 586200, "O"),
        ("殡仪车辆更新和遗体接运经费", 5264200, "O"), ("殡仪馆和骨灰堂设施维护经费", 3602100, "O")]),
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
    if slug != "guodongban_2025" and not any("日前" in i["annual_value"] for i in inds):
        err(f"{slug}: no date")
    if not any(not any(c.isdigit() for c in i["annual_value"]) for i in inds):
        err(f"{slug}: no qualitative")
    if not any(w in n for n, _, _ in vals[9] for w in ("培训", "补助", "信息化", "宣传", "维护", "养护")):
        err(f"{slug}: no shared word in task names")
    goals = "".join(t["goals"])
    if "约" not in goals or "超" not in goals:
        err(f"{slug}: no rough (约 / 超) goal figure")
cost_units = {i["annual_value"] for s in NEW for i in TABLES[s]["indicators"] if i["level1"] == "成本指标"}
for unit in ("元/人", "元/个", "万元/个", "万元/台", "元/平方米/年"):
    if not any(v.endswith(unit) for v in cost_units):
        err(f"cost indicators: no {unit}")

IND = {s: {i["level3"]: i for i in TABLES[s]["indicators"]} for s in TABLES}
G6, G5 = IND["guodongban_2026"], IND["guodongban_2025"]
if set(G6) - set(G5) != {"完成重点企业潜力数据采集", "国防动员指挥中心升级改造完成时间"} or set(G5) - set(G6):
    err("国动办: 2026-only indicators")
changed = {n for n in G5 if G5[n]["annual_value"] != G6[n]["annual_value"]}
CHANGED = {"专业保障队伍训练人均成本", "组建应急应战专业保障队伍", "组织国防动员演练和拉动演习", "修订重要经济目标防护方案",
           "培训国防动员干部和专业队伍骨干", "开展全民国防教育活动", "建立民用资源征用储备企业", "国防动员指挥信息系统运行完好率",
           "国防教育覆盖群众", "国防动员体制机制", "镇街国防动员部门满意度"}
if changed != CHANGED:
    err(f"国动办 changed indicators {changed}")
if (G5["国防动员体制机制"]["annual_value"], G6["国防动员体制机制"]["annual_value"]) != ("逐步健全", "持续健全"):
    err("qualitative change")
n6 = {n for n, _, _ in HAND["guodongban_2026"][-1]}
n5 = {n for n, _, _ in HAND["guodongban_2025"][-1]}
if n6 - n5 != {"国防动员潜力统计调查经费", "国防动员干部和专业队伍培训经费"} or n5 - n6 != {"国防动员干部培训经费"}:
    err("国动办: 2026-only task / rename")

# look-alikes (new amount, other table, its amount)
ALL = {}
for s, t in TABLES.items():
    for x in t.get("tasks", []):
        ALL.setdefault(d(x["amount_yuan"]), []).append((s, x["name"]))
LOOK = [(58300600, "jiaotongju_2026", 58300000), (21600600, "linyeju_2026", 21600800),
        (21600600, "wenguangluti_2026", 21600000), (2485700, "linyeju_2026", 2485600), (9540400, "linyeju_2026", 9540600),
        (965600, "linyeju_2026", 965800), (1365100, "xiangcunzhenxing_2026", 1365200), (3128500, "linyeju_2026", 3128600),
        (28460800, "renfangban_2026", 28460300), (3265400, "renfangban_2026", 3265600),
        (1359200, "renfangban_2026", 1358700), (957200, "renfangban_2026", 956700), (9740600, "renfangban_2026", 9740300),
        (2365100, "tuiyijunren_2026", 2365000), (12386600, "gongxiaoshe_2026", 12386800),
        (4580400, "gongxinju_2026", 4580300), (24650600, "renfangban_2025", 24650000), (830600, "renfangban_2025", 830000),
        (12800600, "minzhengju_2026", 12800000), (860500, "minzhengju_2026", 860000),
        (5264200, "jiguanshiwu_2026", 5264300), (586200, "sheke_2026", 586300), (3602100, "jiguanshiwu_2026", 3602400),
        (4568100, "tuiyijunren_2026", 4568000)]
for mine, slug, other in LOOK:
    if not (0 < abs(mine - other) <= 1000) or slug not in [s for s, _ in ALL.get(d(other), [])]:
        err(f"look-alike {mine} / {slug} {other}")
for s in NEW:
    for x in TABLES[s]["tasks"]:
        if len(ALL[d(x["amount_yuan"])]) != 1:
            err(f"amount not unique: {x}")
# look-alike indicators of the neighbours, other values
for (s_new, n_new), (s_old, n_old) in [
        (("guodongban_2026", "专业保障队伍训练人均成本"), ("renfangban_2026", "人防专业队伍训练人均成本")),
        (("yuanlin_2026", "园林从业人员培训人均成本"), ("linyeju_2026", "林业培训人均成本")),
        (("yuanlin_2026", "口袋公园建设补助标准"), ("linyeju_2026", "森林公园和湿地公园建设补助标准")),
        (("guodongban_2026", "国防动员指挥信息系统运行完好率"), ("renfangban_2026", "人防指挥信息系统运行完好率")),
        (("guodongban_2026", "镇街国防动员部门满意度"), ("renfangban_2026", "镇街人防部门满意度"))]:
    if IND[s_new][n_new]["annual_value"] == IND[s_old][n_old]["annual_value"]:
        err(f"look-alike indicator {n_new} same value")

# ------------------------------------------------------------------ recipes from hand values
H = {s: {n: a for n, a, _ in v[-1]} for s, v in HAND.items()}
KS = {s: sum(a for _, a, k in v[-1] if k == "K") for s, v in HAND.items()}
TS = {s: sum(a for _, a, _ in v[-1]) for s, v in HAND.items()}
TOT = {s: d(v[11]) for s, v in HAND.items()}
YL, GD, GD5, BZ = NEW
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


mid = [a for a in H[BZ].values() if 3000000 <= a <= 6000000]
RECIPES = {
    "b28-002": Y(H[YL]["市属公园和城市绿地养护管理经费"] - 58300000),
    "b28-034": rk(tot, "东莞市园林绿化中心"),
    "b28-038": P(d("1868.54") / TOT[BZ] * 100),
    "b28-065": Y(sum(mid)),
    "b28-072": Y(KS[GD]), "b28-073": P(d(KS[GD]) / TS[GD] * 100),
    "b28-076": f"#{len(DG)}", "b28-077": f"#{len(named('培训'))}", "b28-078": f"#{len(named('宣传'))}",
    "b28-079": f"#{sum(peo(t) < 60 for t in DG)}", "b28-080": f"#{sum(tot(t) > 20000 for t in DG)}",
    "b28-081": Y(TS[YL]), "b28-082": Y(TS[BZ]), "b28-083": W(TOT[YL] + TOT[GD] + TOT[BZ]),
    "b28-084": W(sum(tot(t) for t in DG)), "b28-085": P(d("5337.14") / TOT[YL] * 100),
    "b28-086": P(d("390.00") / d("2800.00") * 100), "b28-087": f"{r2(d(TS[GD]) / 10)}元",
    "b28-088": Y(sum(x["amount_yuan"] for x in named("殡葬"))), "b28-089": P(d(TS[BZ]) / (d("6132.47") * 10000) * 100),
    "b28-090": rk(tot, "东莞市国防动员办公室"), "b28-091": f"#{len(desc) - desc.index('东莞市殡葬管理所')}",
    "b28-096": rk(peo, "东莞市国防动员办公室"),
    "b28-097": rk(lambda t: bud(t, "项目支出"), "东莞市园林绿化中心"),
    "b28-098": rk(lambda t: bud(t, "其他资金"), "东莞市殡葬管理所"),
    "b28-100": rk(lambda t: bud(t, "基本支出"), "东莞市园林绿化中心"),
    "b28-101": rk(lambda t: bud(t, "拟用于对下转移支付资金"), "东莞市国防动员办公室"),
    "b28-102": W(tot(BYNAME["东莞市人民防空办公室"]) - TOT[GD]), "b28-103": f"#{81 - peo(BYNAME['东莞市人民防空办公室'])}",
    "b28-104": Y(H[GD]["国防动员指挥信息系统建设经费"] - 28460300), "b28-105": Y(H[YL]["古树名木和行道树保护经费"] - 2485600),
    "b28-106": f"#{peo(BYNAME['东莞市林业局']) - 152}", "b28-107": Y(H[BZ]["惠民殡葬服务减免经费"] - 12800000),
    "b28-108": W(tot(BYNAME["东莞市科学技术协会"]) - TOT[BZ]), "b28-109": W(TOT[YL] - tot(BYNAME["东莞市投资促进局"])),
    "b28-110": Y(3265600 - H[GD]["国防动员演练和拉动演习经费"]), "b28-111": Y(H[GD]["国防动员干部和专业队伍培训经费"] - 956700),
    "b28-112": Y(21600800 - H[YL]["城市绿道和口袋公园建设经费"]), "b28-113": f"#{peo(BYNAME['东莞市外事局']) - 54}",
    "b28-130": W(TOT[GD] - TOT[GD5]), "b28-131": P((TOT[GD] - TOT[GD5]) / TOT[GD5] * 100),
    "b28-133": Y(H[GD]["国防动员应急应战专业保障队伍建设经费"] - H[GD5]["国防动员应急应战专业保障队伍建设经费"]),
    "b28-137": Y(H[GD]["国防动员干部和专业队伍培训经费"] - H[GD5]["国防动员干部培训经费"]),
}
# hand-typed expectations of the recipes (what the writer worked out on paper)
PAPER = {"b28-002": "600元", "b28-034": "#32", "b28-038": "22.74%", "b28-065": "17334400元", "b28-072": "74781800元",
         "b28-073": "64.41%", "b28-076": "#62", "b28-077": "#59", "b28-078": "#54", "b28-079": "#17", "b28-080": "#35",
         "b28-081": "160660000元", "b28-082": "56725100元", "b28-083": "46937.20万元", "b28-084": "3283108.54万元",
         "b28-085": "22.72%", "b28-086": "13.93%", "b28-087": "11609570.00元", "b28-088": "33972000元",
         "b28-089": "92.50%", "b28-090": "#40", "b28-091": "#13", "b28-096": "#37", "b28-097": "#34", "b28-098": "#25",
         "b28-100": "#23", "b28-101": "#31", "b28-102": "672.98万元", "b28-103": "#17", "b28-104": "500元",
         "b28-105": "100元", "b28-106": "#112", "b28-107": "600元", "b28-108": "747.20万元", "b28-109": "567.52万元",
         "b28-110": "200元", "b28-111": "500元", "b28-112": "200元", "b28-113": "#2", "b28-130": "1256.21万元",
         "b28-131": "8.99%", "b28-133": "4099800元", "b28-137": "126600元"}
for k, v in PAPER.items():
    if RECIPES[k] != v:
        err(f"recipe {k}: computed {RECIPES[k]} != paper {v}")
if set(PAPER) != set(RECIPES):
    err("recipes without a paper value")

# ------------------------------------------------------------------ hand table: id expect yesno first-figure followup_of
HT = """
001 ok - 58300600元 -|002 ok - 600元 001|003 ok - 21600600元 -|004 ok - 32600800元 -|005 ok - 2485700元 -
006 ok - 9540400元 -|007 ok - 1365100元 -|008 ok - 28460800元 -|009 ok - 3265400元 -|010 ok - 2365100元 -
011 ok - 12386600元 -|012 ok - 4580400元 -|013 ok - 12800600元 -|014 ok - 12800000元 013|015 ok - 5264200元 -
016 ok - 6850600元 -|017 ok - 4568100元 -|018 ok - ≥45个 -|019 ok - ≥135个 018|020 ok - ≤6.8元/平方米/年 -
021 ok - ≤45万元/个 -|022 ok - ≥45% -|023 ok - ≤550元/人 -|024 ok - ≤900元/人 -|025 ok - ≥10次 -
026 ok - ≥99.5% -|027 ok - 持续健全 -|028 ok - ≤3万元/个 -|029 ok - 2026年3月20日前 -|030 ok - ≤2小时 -
031 ok - ≤3500元/个 -|032 ok - 23486.17万元 -|033 ok - 22948.35万元 032|034 ok - #32 033|035 ok - 15235.66万元 -
036 ok - #54 -|037 ok - 8215.37万元 -|038 ok - 22.74% 037|039 ok - 8200.00万元 -|040 ok - - -
041 ok - - -|042 ok - 1860万平方米 -|043 ok - 42个 -|044 ok - 65公里 -|045 ok - 1930株 -
046 ok - 120公顷 -|047 ok - 6场 -|048 ok - 1.2万株 -|049 ok - 40个 -|050 ok - 2026年10月15日前 049
051 ok - 2800家 -|052 ok - 58支 -|053 ok - 90家 -|054 ok - 30万人次 -|055 ok - 1.15万具 -
056 ok - ≥1.1万具 055|057 ok - 1.08万户 -|058 ok - 4处 -|059 ok - 85万人次 -|060 ok - 260处 -
061 ok - 15辆 -|062 ok - - -|063 ok - - -|064 ok - - -|065 ok - 17334400元 064
066 ok - - -|067 ok - - -|068 ok - - -|069 ok - - -|070 ok - - -
071 ok - #10 -|072 ok - 74781800元 071|073 ok - 64.41% 072|074 ok - #18 -|075 ok - #6 -
076 ok - #62 -|077 ok - #59 -|078 ok - #54 -|079 ok - #17 -|080 ok - #35 -
081 ok - 160660000元 -|082 ok - 56725100元 -|083 ok - 46937.20万元 -|084 ok - 3283108.54万元 -|085 ok - 22.72% -
086 ok - 13.93% -|087 ok - 11609570.00元 -|088 ok - 33972000元 -|089 ok - 92.50% -|090 ok - #40 -
091 ok - #13 -|092 ok - 586200元 -|093 ok - 586300元 092|094 ok - 758600元 -|095 ok - 58300600元 -
096 ok - #37 -|097 ok - #34 -|098 ok - #25 -|099 ok - 6472700元 -|100 ok - #23 -
101 ok - #31 -|102 ok - 672.98万元 -|103 ok - #17 102|104 ok - 500元 -|105 ok - 100元 -
106 ok - #112 -|107 ok - 600元 -|108 ok - 747.20万元 -|109 ok - 567.52万元 -|110 ok - 200元 -
111 ok - 500元 -|112 ok - 200元 -|113 ok - #2 -|114 ok 是 23486.17万元 -|115 ok 是 2026年7月31日前 -
116 ok 否 2026年10月15日前 -|117 ok 是 2026年3月20日前 -|118 ok 是 ≤480元/人 -|119 ok 否 ≤900元/人 -|120 ok 否 15235.66万元 -
121 ok 是 #54 -|122 ok 是 2485700元 -|123 ok 是 390.00万元 -|124 ok 是 ≥96% -|125 ok 否 2365100元 -
126 ok 否 13400.00万元 -|127 ok 否 860500元 -|128 ok 否 ≥3处 -|129 ok - 13979.45万元 -|130 ok - 1256.21万元 -
131 ok - 8.99% 130|132 ok - 24650600元 -|133 ok - 4099800元 -|134 ok - 4580400元 -|135 ok - 830600元 -
136 ok - 830600元 -|137 ok - 126600元 -|138 ok - #9 -|139 ok - ≥48支 -|140 ok - 逐步健全 -
141 ok - - -|142 ok - #79 -|143 ok - 9次 -|144 ok - 14800000元 -|145 not_found - - -
146 ok - 13979.45万元 145|147 not_found - - -|148 not_found - - -|149 not_found - - -|150 not_found - - -
151 not_found - - -|152 not_found - - -|153 not_found - - -|154 not_found - - -|155 not_found - - -
156 ok_or_clarify - - -|157 ok_or_clarify - - -|158 not_found - - -|159 ok - 1359200元 -|160 not_found - - -
"""
HAND_TABLE = {}
for cell in HT.replace("\n", "|").split("|"):
    if cell.strip():
        n, e, yn, f1, fu = cell.split()
        HAND_TABLE[f"b28-{n}"] = (e, None if yn == "-" else yn, None if f1 == "-" else f1, None if fu == "-" else f"b28-{fu}")
if len(HAND_TABLE) != 160:
    err(f"hand table has {len(HAND_TABLE)} lines")

# hand member lists / orders
MEMBERS = {
    "b28-040": {"治丧群众满意度", "祭扫群众满意度"},
    "b28-041": {"国防动员指挥中心升级改造完成时间", "补助资金拨付"},
    "b28-062": {x for x, a, _ in HAND[YL][-1] if a > 20000000},
    "b28-063": {x for x, a, _ in HAND[GD][-1] if a < 2000000},
    "b28-064": {x for x, a, _ in HAND[BZ][-1] if 3000000 <= a <= 6000000},
    "b28-066": {"新建口袋公园", "新建城市绿道", "新增城市绿地面积", "城市建成区绿化覆盖率"},
    "b28-067": {"环保型火化机更新单价", "生态葬位建设成本", "殡葬服务人员培训人均成本"},
    "b28-068": {"火化尾气排放达标率", "惠民殡葬减免资金发放准确率"},
    "b28-069": {x["name"] for x in named("殡葬")},
    "b28-070": {t["department"] for t in DG if 15000 <= tot(t) <= 18000},
    "b28-141": CHANGED,
}
if MEMBERS["b28-062"] != {"市属公园和城市绿地养护管理经费", "城市绿道和口袋公园建设经费", "城市道路绿化品质提升工程经费",
                          "镇街园林绿化管养补助"}:
    err("b28-062 hand list")
if MEMBERS["b28-063"] != {"全民国防教育和国防动员宣传经费", "国防动员干部和专业队伍培训经费"}:
    err("b28-063 hand list")
if MEMBERS["b28-064"] != {"镇街公益性骨灰楼建设补助", "殡葬服务信息化和网上祭扫平台建设经费", "殡仪车辆更新和遗体接运经费",
                          "殡仪馆和骨灰堂设施维护经费"}:
    err("b28-064 hand list")
if MEMBERS["b28-069"] != {"基本殡葬服务免费补助", "惠民殡葬服务减免经费", "殡葬执法和违规墓地整治经费",
                          "殡葬服务信息化和网上祭扫平台建设经费", "文明祭扫和殡葬改革宣传经费", "殡葬服务人员职业技能培训经费"}:
    err("b28-069 hand list")
if MEMBERS["b28-070"] != {"东莞市国防动员办公室", "东莞市人民防空办公室", "东莞市供销合作社", "东莞市残疾人联合会",
                          "东莞市金融工作局"}:
    err("b28-070 hand list")
for rid, slug, key, val in [("b28-040", BZ, "level2", "服务对象满意度"), ("b28-041", GD, "level2", "时效指标"),
                            ("b28-067", BZ, "level1", "成本指标"), ("b28-068", BZ, "annual_value", "100%")]:
    if {i["level3"] for i in TABLES[slug]["indicators"] if i[key] == val} != MEMBERS[rid]:
        err(f"{rid} hand list vs table")
if {i["level3"] for i in TABLES[YL]["indicators"] if i["period_value"] != i["annual_value"]} != MEMBERS["b28-066"]:
    err("b28-066 hand list vs table")
ORDER = {
    "b28-092": ["殡葬服务人员职业技能培训经费"], "b28-093": ["社科人才培训经费"],
    "b28-094": ["《东莞老干部》刊物编印和老干部工作宣传经费", "慈善宣传活动经费", "文明祭扫和殡葬改革宣传经费"],
    "b28-095": ["市属公园和城市绿地养护管理经费", "森林公园和湿地公园建设补助", "城市绿道和口袋公园建设经费", "社区体育公园建设经费"],
    "b28-099": ["园林有害生物防治经费", "地质灾害防治经费"],
    "b28-127": ["《东莞老干部》刊物编印和老干部工作宣传经费"],
}
tr = sorted((x["amount_yuan"], x["name"]) for x in named("培训"))
if [n for _, n in tr[:2]] != ORDER["b28-092"] + ORDER["b28-093"] or [a for a, _ in tr[:3]] != [586200, 586300, 586400]:
    err(f"培训 least {tr[:3]}")
xc = sorted((x["amount_yuan"], x["name"]) for x in named("宣传"))
if [n for _, n in xc[:3]] != ORDER["b28-094"] or [a for a, _ in xc[:4]] != [758600, 860000, 860500, 865000]:
    err(f"宣传 least {xc[:4]}")
pk = sorted(((x["amount_yuan"], x["name"]) for x in named("公园")), reverse=True)
if [n for _, n in pk] != ORDER["b28-095"] or [a for a, _ in pk] != [58300600, 21600800, 21600600, 21600000]:
    err(f"公园 order {pk}")
fz = sorted((x["amount_yuan"], x["name"]) for x in named("防治"))
if [n for _, n in fz[:2]] != ORDER["b28-099"] or [a for a, _ in fz[:3]] != [6472700, 26840000, 28460000]:
    err(f"防治 order {fz[:3]}")
if {x["name"] for x in named("指挥信息系统建设经费")} != {"国防动员指挥信息系统建设经费", "人防指挥信息系统建设经费"}:
    err("指挥信息系统 clarify members")
if {x["name"] for x in named("古树名木")} != {"古树名木和行道树保护经费", "古树名木保护经费"}:
    err("古树名木 clarify members")
if any("民兵" in x["name"] for t in TABLES.values() for x in t.get("tasks", [])):
    err("民兵 item exists")

# every figure of the lines with more than one, in the order asked (hand-typed)
FULL = {
    "002": "600元 58300600元 58300000元", "022": "≥45% ≥45.5%", "025": "≥10次 ≥30次",
    "033": "22948.35万元 537.82万元", "035": "15235.66万元 2236.48万元 12486.52万元", "036": "#54 #2",
    "039": "8200.00万元 1640.00万元", "047": "6场 80场", "052": "58支 4200人", "061": "15辆 18万人次",
    "094": "758600元 860000元 860500元", "095": "58300600元 21600800元 21600600元 21600000元", "099": "6472700元 26840000元",
    "102": "672.98万元 15235.66万元 15908.64万元", "103": "#17 #81 #64", "104": "500元 28460800元 28460300元",
    "105": "100元 2485700元 2485600元", "106": "#112 #152 #264", "107": "600元 12800600元 12800000元",
    "108": "747.20万元 8215.37万元 8962.57万元", "109": "567.52万元 23486.17万元 22918.65万元",
    "110": "200元 3265400元 3265600元", "111": "500元 957200元 956700元", "112": "200元 21600600元 21600800元",
    "113": "#2 #54 #56", "120": "15235.66万元 15908.64万元", "121": "#54 #52", "122": "2485700元 2485600元",
    "127": "860500元 758600元", "130": "1256.21万元 15235.66万元 13979.45万元", "133": "4099800元 36580400元 32480600元",
    "137": "126600元 957200元 830600元", "138": "#9 99398500元", "139": "≥48支 ≥55支", "142": "#79 #81",
}
FULL = {f"b28-{k}": v.split() for k, v in FULL.items()}
REQ_ABSENT = {"b28-001": "58300000元", "b28-003": "21600800元", "b28-005": "2485600元", "b28-006": "9540600元",
              "b28-008": "28460300元", "b28-009": "3265600元", "b28-010": "2365000元", "b28-013": "12800000元",
              "b28-015": "5264300元", "b28-021": "≤150万元/个", "b28-023": "≤650元/人", "b28-024": "≤800元/人",
              "b28-044": "60公里", "b28-045": "≥1850株", "b28-049": "32个", "b28-054": "45万人次", "b28-058": "2处",
              "b28-119": "≤800元/人", "b28-132": "24650000元", "b28-135": "830000元", "b28-147": "23486.17万元",
              "b28-148": "12800600元", "b28-149": "15235.66万元", "b28-150": "1806600元", "b28-151": "36540000元",
              "b28-153": "21600800元", "b28-154": "96800000元", "b28-155": "12800000元", "b28-158": "28460800元",
              "b28-159": "1358700元", "b28-160": "23486.17万元"}
# values that must NOT be absent on their line (the other period / the other year of an ok line)
NOT_ABSENT = {"b28-018": "≥135个", "b28-019": "≥45个", "b28-024": "≤850元/人", "b28-026": "≥99%", "b28-027": "逐步健全",
              "b28-140": "持续健全", "b28-129": "15235.66万元", "b28-132": "28460800元"}

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

path = Path(sys.argv[1]) if len(sys.argv) > 1 else BLIND / "batch_28.jsonl"
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
    if rid in NOT_ABSENT and NOT_ABSENT[rid] in r["absent"]:
        err(f"{rid}: {NOT_ABSENT[rid]} must not be absent")
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
