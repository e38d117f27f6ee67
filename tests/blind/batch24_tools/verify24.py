"""Second, independent check of tests/blind/batch_24.jsonl (0 errors required).

Written apart from gen_batch24.py / truth24.py: loads the tables itself (batches.json's list for batch_24, which must be
batch 23's list + the four new slugs, and the five fixture tables); checks the four new tables against values typed
here by hand (budget lines, 预算合计, people, every task amount and section; the 粮储局 2025/2026 differences — one
2026-only task, one rename, one 2026-only indicator, changed annual values, one of them qualitative —; the shape the
brief asks for; the look-alike amounts; every new amount unique); recomputes the 50 东莞 2026 departments' ranks and
sums; checks the schema and the chains; accepts a figure only if it is a stored value, a goal phrase of a new table,
or a recipe computed here from the hand values; checks every line's expect / yes-no / first figure / chain against a
hand table, list members and ranking orders against hand lists, and required absents.

`verify24.py FILE` checks a copy.
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
CATS = ["item_money", "indicator", "overview", "prose", "filter", "count", "aggregate", "ranking",
        "compare", "structure", "yesno", "yoy", "typo", "not_found", "trap", "followup"]
FIELDS = ["id", "q", "category", "expect", "figures", "names", "yesno", "absent", "followup_of", "note"]
NEW = ["wenlian_2026", "qiaolian_2026", "liangchu_2026", "liangchu_2025"]
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


# ------------------------------------------------------------------ loading (own)
lists = json.loads((BLIND / "batches.json").read_text(encoding="utf-8"))
if lists.get("batch_24.jsonl") != lists["batch_23.jsonl"] + NEW:
    err("batches.json: batch_24 list is not batch 23's + the four new slugs")
TABLES = {}
for slug in lists["batch_24.jsonl"]:
    if not slug.startswith("import:"):
        TABLES[slug] = json.loads((BLIND / "tables" / f"{slug}.json").read_text(encoding="utf-8"))
from tests.fixtures.tables import FIXTURES  # noqa: E402

for f in FIXTURES:
    TABLES[f.slug] = f.export


def tot(t):
    b = {x["name"]: d(x["amount_wan"]) for x in t["budget"]}
    return b["基本支出"] + b["项目支出"] + b.get("其他事业发展性支出", Decimal(0))


def bud(t, name):
    return {x["name"]: d(x["amount_wan"]) for x in t["budget"]}[name]


DG = [t for t in TABLES.values() if t.get("kind") != "project" and t["year"] == 2026 and "东莞市" in t["department"]
      and t.get("budget")]
if len(DG) != 50:
    err(f"东莞 2026 departments: {len(DG)} (50 expected)")
BYNAME = {t["department"]: t for t in DG}

# ------------------------------------------------------------------ hand values of the new tables
HAND = {
    "wenlian_2026": ("东莞市文学艺术界联合会", 38, 1, "1368.45", "3642.17", "186.22", "5108.66", "88.18", "1200.00", "1080.00", "120.00", "5196.84", [
        ("文艺精品创作生产扶持资金", 8650400, "K"), ("文艺志愿服务和文艺惠民活动经费", 3265700, "K"),
        ("文艺人才培训和青年文艺家扶持经费", 1286400, "K"), ("文艺家协会工作经费补助", 2135900, "O"),
        ("文艺宣传和网络文艺阵地建设经费", 1358200, "O"), ("对外和港澳台文艺交流经费", 1536100, "O"),
        ("镇街文联文艺活动补助", 1200000, "O"), ("文艺评论和理论研究经费", 865100, "O"),
        ("《东莞文艺》刊物编辑出版经费", 758400, "O")]),
    "qiaolian_2026": ("东莞市归国华侨联合会", 24, 1, "842.36", "1385.66", "90.45", "2286.29", "32.18", "600.00", "540.00", "60.00", "2318.47", [
        ("侨资企业和侨界人才服务经费", 2865300, "K"), ("侨乡文化和华侨历史馆建设经费", 1858600, "K"),
        ("困难归侨侨眷帮扶慰问经费", 1236800, "K"), ("侨法宣传和为侨服务经费", 1356500, "O"),
        ("海外华侨华人联谊交流活动经费", 965300, "O"), ("海外华裔青少年寻根夏令营活动经费", 624500, "O"),
        ("镇街侨联工作补助", 600000, "O"), ("侨界青年骨干培训经费", 586500, "O")]),
    "liangchu_2026": ("东莞市粮食和物资储备局", 71, 2, "2865.43", "42316.58", "681.26", "45076.95", "786.32", "36500.00", "33840.00", "2660.00", "45863.27", [
        ("市级储备粮轮换和保管费用补贴", 38560300, "K"), ("市级应急物资储备和补充更新经费", 18725400, "K"),
        ("粮食仓储设施维修改造补助", 12386400, "K"), ("智慧粮库和物资储备信息化平台建设经费", 6472400, "K"),
        ("镇街粮食应急保障网点建设补助", 26600000, "O"), ("粮食质量安全检验监测经费", 4568200, "O"),
        ("粮油市场监测预警和信息化经费", 3128300, "O"), ("粮食流通监督检查经费", 2365700, "O"),
        ("粮食安全和节粮减损宣传经费", 1535800, "O"), ("粮食行业从业人员培训经费", 648600, "O")]),
    "liangchu_2025": ("东莞市粮食和物资储备局", 69, 2, "2716.85", "39547.62", "654.07", "42187.40", "731.14", "33900.00", "31400.00", "2500.00", "42918.54", [
        ("市级储备粮轮换和保管费用补贴", 36480600, "K"), ("市级应急物资储备和补充更新经费", 17536200, "K"),
        ("粮食仓储设施维修改造补助", 10865300, "K"), ("镇街粮食应急保障网点建设补助", 25000000, "O"),
        ("粮食质量安全检验监测经费", 4236800, "O"), ("粮油市场监测预警经费", 2865900, "O"),
        ("粮食流通监督检查经费", 2186700, "O"), ("粮食安全和节粮减损宣传经费", 1426500, "O"),
        ("粮食行业从业人员培训经费", 612400, "O")]),
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
    if tot(t) != d(vals[8]) or d(vals[3]) + d(vals[4]) != d(vals[8]):
        err(f"{slug}: 预算合计")
    got = [(x["name"], x["amount_yuan"], x["section"]) for x in t["tasks"]]
    if got != [(n, a, SEC[s]) for n, a, s in vals[9]]:
        err(f"{slug}: tasks differ from hand list")
    if sum(a for _, a, _ in vals[9]) > d(vals[1]) * 10000:
        err(f"{slug}: tasks exceed 项目支出")
    # 对下 subsidy line equals the 镇街 item
    zj = [a for n, a, _ in vals[9] if n.startswith("镇街")]
    if zj != [int(d(vals[7]) * 10000)]:
        err(f"{slug}: 镇街 item != 对下 line")
    # shape
    inds = t["indicators"]
    if not 4 <= len(t["goals"]) <= 5:
        err(f"{slug}: goals {len(t['goals'])}")
    if not any(i["period_value"] != i["annual_value"] for i in inds) and slug != "x":
        err(f"{slug}: no period ≠ annual")
    if not any(i["level1"] == "成本指标" and "/" in i["annual_value"] for i in inds):
        err(f"{slug}: no cost with /")
    if slug != "liangchu_2025" and not any("日前" in i["annual_value"] for i in inds):  # 2025: the date is 2026-only
        err(f"{slug}: no date")
    if not any(not any(c.isdigit() for c in i["annual_value"]) for i in inds):
        err(f"{slug}: no qualitative")

IND = {s: {i["level3"]: i for i in TABLES[s]["indicators"]} for s in TABLES}
L6, L5 = IND["liangchu_2026"], IND["liangchu_2025"]
if set(L6) - set(L5) != {"智慧粮库平台上线时间"} or set(L5) - set(L6):
    err("粮储局: 2026-only indicator")
changed = {n for n in L5 if L5[n]["annual_value"] != L6[n]["annual_value"]}
if changed != {"市级储备粮保管费用补贴标准", "市级储备粮规模", "轮换市级储备粮", "抽检粮食样品", "维修改造仓容", "应急物资调运到位时间",
               "粮食应急供应保障能力", "粮食储存损耗率", "承储企业满意度", "社会公众满意度"}:
    err(f"粮储局 changed indicators {changed}")
if (L5["粮食应急供应保障能力"]["annual_value"], L6["粮食应急供应保障能力"]["annual_value"]) != ("稳步提升", "明显增强"):
    err("qualitative change")

# look-alikes (new amount, other table, its amount)
ALL = {}
for s, t in TABLES.items():
    for x in t.get("tasks", []):
        ALL.setdefault(d(x["amount_yuan"]), []).append((s, x["name"]))
LOOK = [(8650400, "waishiju_2026", 8650300), (2135900, "shangwuju_2026", 2136000), (586500, "tuanshiwei_2026", 586400),
        (6472400, "jinrongju_2026", 6472300), (758400, "dangxiao_2026", 758200), (38560300, "fagaiju_2026", 38560000),
        (18725400, "yingji_2026", 18725000), (1358200, "hongshizihui_2026", 1358300), (965300, "tuanshiwei_2026", 965400),
        (3265700, "kexie_2026", 3265800), (1286400, "wenguangluti_2026", 1286500), (3128300, "gongxinju_2026", 3128400),
        (4568200, "canlian_2026", 4568300), (2365700, "yingji_2026", 2365800), (12386400, "renfangban_2026", 12386300)]
for mine, slug, other in LOOK:
    if not (0 < abs(mine - other) <= 1000) or slug not in [s for s, _ in ALL.get(d(other), [])]:
        err(f"look-alike {mine} / {slug} {other}")
for s in NEW:
    for x in TABLES[s]["tasks"]:
        if len(ALL[d(x["amount_yuan"])]) != 1:
            err(f"amount not unique: {x}")
# shared indicator names with other values
for s_new, s_old, name in [("liangchu_2026", "fagaiju_2026", "市级储备粮保管费用补贴标准"), ("qiaolian_2026", "dangxiao_2026", "培训学员满意度"),
                           ("wenlian_2026", "wenguangluti_2026", "群众文化活动满意度"), ("liangchu_2026", "shenjiju_2026", "社会公众满意度")]:
    if IND[s_new][name]["annual_value"] == IND[s_old][name]["annual_value"]:
        err(f"shared indicator {name} same value")

# ------------------------------------------------------------------ recipes from hand values
H = {s: {n: a for n, a, _ in v[-1]} for s, v in HAND.items()}
KS = {s: sum(a for _, a, k in v[-1] if k == "K") for s, v in HAND.items()}
TS = {s: sum(a for _, a, _ in v[-1]) for s, v in HAND.items()}
TOT = {s: d(v[11]) for s, v in HAND.items()}
asc = sorted(DG, key=tot)
peo = lambda t: t["basic_info"]["财政供养人员数"]  # noqa: E731
px = [x["amount_yuan"] for t in DG for x in t["tasks"] if "培训" in x["name"]]
fg, yj = 38560000, 18725000
RECIPES = {
    "b24-005": Y(38560300 - 36480600), "b24-058": Y(KS["wenlian_2026"]), "b24-059": f"{r2(d(KS['wenlian_2026']) / TS['wenlian_2026'] * 100)}%",
    "b24-069": Y(TS["wenlian_2026"]), "b24-070": Y(KS["qiaolian_2026"]), "b24-071": Y(TS["liangchu_2026"]),
    "b24-072": W(TOT["wenlian_2026"] + TOT["qiaolian_2026"]), "b24-073": W(TOT["liangchu_2026"] + TOT["liangchu_2025"]),
    "b24-074": W(sum(tot(t) for t in DG)), "b24-075": f"{r2(d(TS['qiaolian_2026']) / 8)}元",
    "b24-076": f"{r2(d(38560300) / TS['liangchu_2026'] * 100)}%", "b24-077": f"{r2(d('1368.45') / d('5196.84') * 100)}%",
    "b24-078": Y(sum(px)), "b24-091": W(tot(BYNAME["东莞市红十字会"]) - TOT["wenlian_2026"]), "b24-092": Y(38560300 - fg),
    "b24-093": Y(18725400 - yj), "b24-094": W(tot(BYNAME["共青团东莞市委员会"]) - TOT["qiaolian_2026"]), "b24-095": "#14",
    "b24-096": W(TOT["liangchu_2026"] - tot(BYNAME["东莞市发展和改革局"])), "b24-097": Y(100),
    "b24-098": Y(KS["wenlian_2026"] - KS["qiaolian_2026"]), "b24-099": W(d("42316.58") - d("2865.43")),
    "b24-121": W(TOT["liangchu_2026"] - TOT["liangchu_2025"]),
    "b24-122": f"{r2((TOT['liangchu_2026'] - TOT['liangchu_2025']) / TOT['liangchu_2025'] * 100)}%",
    "b24-123": Y(18725400 - 17536200), "b24-128": Y(TS["liangchu_2026"] - TS["liangchu_2025"]),
    "b24-063": f"#{len(DG)}", "b24-064": f"#{len(px)}", "b24-065": f"#{sum(peo(t) < 50 for t in DG)}",
    "b24-068": f"#{sum(tot(t) < 10000 for t in DG)}", "b24-079": W(tot(asc[0])), "b24-080": W(tot(asc[1])), "b24-081": W(tot(asc[2])),
    "b24-082": f"#{[t['department'] for t in sorted(DG, key=tot, reverse=True)].index('东莞市粮食和物资储备局') + 1}",
    "b24-083": f"#{[t['department'] for t in sorted(DG, key=tot, reverse=True)].index('东莞市文学艺术界联合会') + 1}",
    "b24-090": f"#{[t['department'] for t in sorted(DG, key=lambda t: bud(t, '其他资金'), reverse=True)].index('东莞市粮食和物资储备局') + 1}",
    "b24-088": Y(min(px)), "b24-086": f"#{min(peo(t) for t in DG)}",
}
# hand-typed expectations of the recipes (what the writer worked out on paper)
PAPER = {"b24-005": "2079700元", "b24-058": "13202500元", "b24-059": "62.70%", "b24-069": "21056200元", "b24-070": "5960700元",
         "b24-071": "114991100元", "b24-072": "7515.31万元", "b24-073": "88781.81万元", "b24-075": "1261687.50元",
         "b24-076": "33.53%", "b24-077": "26.33%", "b24-091": "3.46万元", "b24-092": "300元", "b24-093": "400元",
         "b24-094": "628.36万元", "b24-096": "3888.98万元", "b24-098": "7241800元", "b24-099": "39451.15万元",
         "b24-121": "2944.73万元", "b24-122": "6.86%", "b24-123": "1189200元", "b24-128": "13780700元", "b24-063": "#50",
         "b24-065": "#9", "b24-068": "#11", "b24-079": "2318.47万元", "b24-080": "2946.83万元", "b24-081": "3867.45万元",
         "b24-082": "#21", "b24-083": "#46", "b24-090": "#21", "b24-088": "586400元", "b24-086": "#24"}
for k, v in PAPER.items():
    if RECIPES[k] != v:
        err(f"recipe {k}: computed {RECIPES[k]} != paper {v}")

# ------------------------------------------------------------------ hand table: id expect yesno first-figure followup_of
HT = """
001 ok - 8650400元 -|002 ok - 1236800元 -|003 ok - 38560300元 -|004 ok - 36480600元 003|005 ok - 2079700元 004
006 ok - 18725400元 -|007 ok - 624500元 -|008 ok - 2135900元 -|009 ok - 586500元 -|010 ok - 6472400元 -|011 ok - 758400元 -
012 ok - 1426500元 -|013 ok - ≥40个 -|014 ok - ≥800户 -|015 ok - ≤105元/吨·年 -|016 ok - ≥12项 -|017 ok - ≥30项 016
018 ok - ≥30个 -|019 ok - ≤12小时 -|020 ok - ≥91% -|021 ok - ≥94% -|022 ok - 2026年11月30日前 -|023 ok - ≥88% -
024 ok - 5196.84万元 -|025 ok - 5108.66万元 024|026 ok - 1080.00万元 025|027 ok - 2318.47万元 -|028 ok - 45863.27万元 -
029 ok - 2865.43万元 -|030 ok - #24 -|031 ok - #1 -|032 ok - 36500.00万元 -|033 ok - 90.45万元 -|034 ok - 42918.54万元 -
035 ok - 5108.66万元 -|036 ok - 16个 -|037 ok - 5800人 -|038 ok - 100万人 -|039 ok - 200名 -|040 ok - 5万人次 -
041 ok - 75万吨 -|042 ok - 260个 -|043 ok - 1300份 -|044 ok - 3000名 -|045 ok - 28家 -|046 ok - - -|047 ok - - -
048 ok - - -|049 ok - 6472400元 048|050 ok - - -|051 ok - - -|052 ok - - -|053 ok - - -|054 ok - - -|055 ok - - -|056 ok - - -
057 ok - #9 -|058 ok - 13202500元 057|059 ok - 62.70% 058|060 ok - #12 -|061 ok - #4 -|062 ok - #9 -|063 ok - #50 -
064 ok - #47 -|065 ok - #9 -|066 ok - #2 -|067 ok - #6 -|068 ok - #11 -|069 ok - 21056200元 -|070 ok - 5960700元 -
071 ok - 114991100元 -|072 ok - 7515.31万元 -|073 ok - 88781.81万元 -|074 ok - 3002929.49万元 -|075 ok - 1261687.50元 -
076 ok - 33.53% -|077 ok - 26.33% -|078 ok - 105166800元 -|079 ok - 2318.47万元 -|080 ok - 2946.83万元 079
081 ok - 3867.45万元 080|082 ok - #21 -|083 ok - #46 -|084 ok - 38560300元 -|085 ok - 2865300元 -|086 ok - #24 -
087 ok - 38560300元 -|088 ok - 586400元 -|089 ok - 758400元 -|090 ok - #21 -|091 ok - 3.46万元 -|092 ok - 300元 -
093 ok - 400元 -|094 ok - 628.36万元 -|095 ok - #14 -|096 ok - 3888.98万元 -|097 ok - 100元 -|098 ok - 7241800元 -
099 ok - 39451.15万元 -|100 ok - ≥94% -|101 ok - - -|102 ok - - -|103 ok - - -|104 ok - - -|105 ok - - -|106 ok - - -
107 ok - - -|108 ok - #3 -|109 ok - - -|110 ok - - -|111 ok 是 2318.47万元 -|112 ok 是 5196.84万元 -|113 ok 否 45863.27万元 -
114 ok 是 - -|115 ok 否 - -|116 ok 是 8650400元 -|117 ok 是 #71 -|118 ok 否 ≥91% -|119 ok 是 - -|120 ok 是 2660.00万元 -
121 ok - 2944.73万元 -|122 ok - 6.86% -|123 ok - 1189200元 -|124 ok - 6472400元 -|125 ok - 3128300元 -|126 ok - ≥40万吨 -
127 ok - 稳步提升 -|128 ok - 13780700元 -|129 not_found - - -|130 ok - ≥90% -|131 ok - 5196.84万元 -|132 ok - #8 -
133 ok - 38560300元 -|134 ok - 5196.84万元 -|135 ok - 2865.43万元 -|136 ok - #24 -|137 ok - ≥150场 -|138 ok - 42918.54万元 -
139 ok - 32.18万元 -|140 ok - 2026年11月30日前 -|141 not_found - - -|142 not_found - - -|143 not_found - - -
144 not_found - - -|145 not_found - - -|146 not_found - - -|147 not_found - - -|148 not_found - - -|149 not_found - - -
150 not_found - - -|151 ok - 38560300元 -|152 ok - 38560000元 -|153 ok - 18725000元 -|154 not_found - - -|155 ok - 1358200元 -
156 ok_or_clarify - - -|157 ok 否 ≥91% -|158 ok 否 ≥12项 -|159 ok_or_clarify - - -|160 ok - 965300元 -
"""
HAND_TABLE = {}
for cell in HT.replace("\n", "|").split("|"):
    if cell.strip():
        n, e, yn, f1, fu = cell.split()
        HAND_TABLE[f"b24-{n}"] = (e, None if yn == "-" else yn, None if f1 == "-" else f1, None if fu == "-" else f"b24-{fu}")
if len(HAND_TABLE) != 160:
    err(f"hand table has {len(HAND_TABLE)} lines")

# hand member lists / orders
MEMBERS = {
    "b24-046": {"文艺精品创作生产扶持资金", "文艺志愿服务和文艺惠民活动经费", "文艺家协会工作经费补助"},
    "b24-047": {"海外华侨华人联谊交流活动经费", "海外华裔青少年寻根夏令营活动经费", "镇街侨联工作补助", "侨界青年骨干培训经费"},
    "b24-048": {"市级储备粮轮换和保管费用补贴", "市级应急物资储备和补充更新经费", "粮食仓储设施维修改造补助", "智慧粮库和物资储备信息化平台建设经费"},
    "b24-050": {"粮食仓储设施维修改造补助", "镇街粮食应急保障网点建设补助", "粮食质量安全检验监测经费", "粮食流通监督检查经费",
                "粮食安全和节粮减损宣传经费", "粮食行业从业人员培训经费"},
    "b24-051": {t["department"] for t in DG if tot(t) < 5000},
    "b24-052": {t["department"] for t in DG if peo(t) < 40},
    "b24-053": {"群众文化活动满意度", "文艺工作者满意度"},
    "b24-054": {"应急物资调运到位时间", "智慧粮库平台上线时间"},
    "b24-055": {"走访慰问困难归侨侨眷", "服务侨资企业", "举办联谊交流活动", "培训侨界青年骨干"},
    "b24-056": {x["name"] for t in DG for x in t["tasks"] if "储备" in x["name"]},
    "b24-107": {"市级储备粮保管费用补贴标准", "粮食质量检验单样成本"},
    "b24-108": {"联系海外侨团", "侨乡文化活动参与人次", "侨联组织凝聚力"},
}
if MEMBERS["b24-051"] != {"东莞市总工会", "东莞市民族宗教事务局", "共青团东莞市委员会", "东莞市归国华侨联合会"}:
    err("b24-051 hand list")
if MEMBERS["b24-052"] != {"东莞市总工会", "东莞市民族宗教事务局", "共青团东莞市委员会", "东莞市文学艺术界联合会", "东莞市归国华侨联合会"}:
    err("b24-052 hand list")
if len(MEMBERS["b24-056"]) != 8:
    err("b24-056: 8 储备 items expected")
ORDER = {"b24-085": ["侨资企业和侨界人才服务经费", "侨乡文化和华侨历史馆建设经费", "侨法宣传和为侨服务经费"]}
REQ_ABSENT = {"b24-001": "8650300元", "b24-003": "38560000元", "b24-006": "18725000元", "b24-015": "≤110元/吨·年",
              "b24-020": "≥96%", "b24-021": "≥92%", "b24-023": "≥85%", "b24-133": "38560000元", "b24-151": "38560000元",
              "b24-152": "38560300元", "b24-153": "18725400元", "b24-154": "586400元", "b24-157": "≥95%", "b24-160": "965400元",
              "b24-010": "6472300元", "b24-155": "1358300元"}

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
GOALS = "".join(g for s in NEW for g in TABLES[s]["goals"])
SUMS = {Y(v) for v in list(KS.values()) + list(TS.values())}
SMALL = {"#2", "#3", "#4", "#6", "#9", "#11", "#14", "#21", "#46", "#47", "#50"}

path = Path(sys.argv[1]) if len(sys.argv) > 1 else BLIND / "batch_24.jsonl"
rows = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
if len(rows) != 160:
    err(f"{len(rows)} lines")
cnt = {c: 0 for c in CATS}
prev = None
for r in rows:
    rid = r["id"]
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
    if r["expect"] in ("not_found", "ok_or_clarify") and r["figures"]:
        err(f"{rid}: figures on a {r['expect']} line")
    for f in r["figures"]:
        if not (f in STORED or f in GOALS or f == RECIPES.get(rid) or f in SMALL or f in SUMS):
            err(f"{rid}: figure {f} unaccounted for")
    if rid in RECIPES and RECIPES[rid] != r["figures"][0]:
        err(f"{rid}: recipe {RECIPES[rid]} != {r['figures'][0]}")
    for x in r["absent"]:
        if x in r["figures"]:
            err(f"{rid}: absent {x} is a figure")
        if x not in STORED and x not in GOALS:
            err(f"{rid}: absent {x} nobody holds")
    if rid in REQ_ABSENT and REQ_ABSENT[rid] not in r["absent"]:
        err(f"{rid}: required absent {REQ_ABSENT[rid]} missing")
    if rid in MEMBERS and set(r["names"]) != MEMBERS[rid]:
        err(f"{rid}: members {r['names']}")
    if rid in ORDER and r["names"][:len(ORDER[rid])] != ORDER[rid]:
        err(f"{rid}: order {r['names']}")
    prev = rid
if any(v != 10 for v in cnt.values()):
    err(f"category counts {cnt}")

for m in ERR:
    print("ERROR", m)
print(f"{len(ERR)} errors")
sys.exit(1 if ERR else 0)
