"""Second, independent check of tests/blind/batch_26.jsonl (0 errors required).

Written apart from gen_batch26.py / truth26.py: loads the tables itself (batches.json's list for batch_26, which must be
batch 25's list + the four new slugs, and the five fixture tables); checks the four new tables against values typed
here by hand (budget lines, 预算合计, 专项 = 市本级 + 对下, people, 二级单位, every task amount and section; the 水利局
2025/2026 differences — one 2026-only task, one rename, one 2026-only indicator, ten changed annual values, one of
them qualitative —; the shape the brief asks for; the look-alike amounts; every new amount unique; shared indicator
names with other values); recomputes the 56 东莞 2026 departments' ranks, sums and counts and checks them against
values worked out on paper; checks the schema and the chains; accepts a figure only if it is a stored value, a goal
phrase of a new table, or a recipe computed here; checks every line's expect / yes-no / first figure / chain against a
hand table, every figure of the multi-figure lines, list members and ranking orders against hand lists, and required
absents.

`verify26.py FILE` checks a copy.
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
CATS = {"item_money": 15, "indicator": 12, "overview": 5, "structure": 3, "prose": 18, "filter": 8, "count": 8,
        "aggregate": 9, "ranking": 11, "compare": 11, "yesno": 15, "yoy": 15, "not_found": 7, "trap": 8,
        "followup": 15}
FIELDS = ["id", "q", "category", "expect", "figures", "names", "yesno", "absent", "followup_of", "note"]
NEW = ["chengshigengxin_2026", "shuiliju_2026", "shuiliju_2025", "sheke_2026"]
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
if lists.get("batch_26.jsonl") != lists["batch_25.jsonl"] + NEW:
    err("batches.json: batch_26 list is not batch 25's + the four new slugs")
if len(set(lists.get("batch_26.jsonl", []))) != len(lists.get("batch_26.jsonl", [])):
    err("batches.json: duplicates in batch_26")
TABLES = {}
for slug in lists["batch_26.jsonl"]:
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
if len(DG) != 56:
    err(f"东莞 2026 departments: {len(DG)} (56 expected)")
BYNAME = {t["department"]: t for t in DG}
peo = lambda t: t["basic_info"]["财政供养人员数"]  # noqa: E731

# ------------------------------------------------------------------ hand values of the new tables
# dept, people, units, 基本, 项目, 其他事业发展性, 财政拨款, 其他资金, 专项, 市本级, 对下, 预算合计, tasks
HAND = {
    "chengshigengxin_2026": ("东莞市城市更新局", 104, 3, "3286.74", "52968.15", "587.74", "55916.29", "926.34", "42600.00",
                             "36800.00", "5800.00", "56842.63", [
        ("城市更新单元规划编制和审查经费", 48760700, "K"), ("城中村改造前期工作经费", 35600800, "K"),
        ("“工改工”产业用地拆除整理经费", 61200500, "K"), ("镇街城市更新项目前期工作补助", 58000000, "O"),
        ("城市更新信息化和“一张图”平台建设经费", 12680400, "O"), ("城市更新政策研究和专题课题经费", 3480900, "O"),
        ("城市更新政策宣传和公众参与经费", 1365700, "O"), ("城市更新业务培训经费", 1286900, "O"),
        ("城市更新项目全过程监管和第三方评估经费", 9680600, "O"), ("旧厂房旧村庄土地权属核查和测绘经费", 7925300, "O")]),
    "shuiliju_2026": ("东莞市水利局", 238, 5, "5648.27", "77214.86", "1486.35", "82136.52", "2212.96", "58400.00",
                      "56976.00", "1424.00", "84349.48", [
        ("小型水库除险加固工程经费", 68450000, "K"), ("堤防达标加固工程经费", 128650000, "K"),
        ("农田水利灌排渠道建设改造经费", 36580000, "K"), ("水库和水闸运行维护经费", 46320700, "O"),
        ("镇街农田水利设施管护补助", 14240000, "O"), ("水旱灾害防御和防汛抢险经费", 18750600, "O"),
        ("智慧水利信息化建设经费", 15860400, "O"), ("水土保持监测和监督检查经费", 6238400, "O"),
        ("水利发展规划和水资源研究经费", 2754900, "O"), ("水情教育和水利科普宣传经费", 1285500, "O"),
        ("水利工程管理人员培训经费", 965200, "O")]),
    "shuiliju_2025": ("东莞市水利局", 231, 5, "5412.63", "71586.42", "1398.07", "76318.45", "2078.67", "54200.00",
                      "52910.00", "1290.00", "78397.12", [
        ("小型水库除险加固工程经费", 62380000, "K"), ("堤防达标加固工程经费", 118460000, "K"),
        ("农田水利灌排渠道建设改造经费", 33260000, "K"), ("水库和水闸运行维护经费", 43680000, "O"),
        ("镇街农田水利设施管护补助", 12900000, "O"), ("水旱灾害防御和防汛抢险经费", 17368000, "O"),
        ("水土保持监测和监督检查经费", 5746000, "O"), ("水利发展规划和水资源研究经费", 2538000, "O"),
        ("水利科普宣传经费", 1168000, "O"), ("水利工程管理人员培训经费", 876000, "O")]),
    "sheke_2026": ("东莞市社会科学界联合会", 26, 1, "968.47", "1584.26", "134.62", "2648.17", "39.18", "520.00", "468.00",
                   "52.00", "2687.35", [
        ("哲学社会科学规划课题研究经费", 2860500, "K"), ("决策咨询研究和社科智库建设经费", 1357900, "K"),
        ("社会科学普及宣传和普及基地建设经费", 1568600, "K"), ("镇街社科普及工作补助", 520000, "O"),
        ("社科类社会组织学术活动补助", 1860700, "O"), ("《东莞社会科学》刊物编辑出版经费", 758500, "O"),
        ("社科学术年会和学术论坛经费", 986600, "O"), ("社科人才培训经费", 586300, "O"),
        ("社科信息化和网上社科馆建设经费", 1806100, "O")]),
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
    if slug != "shuiliju_2025" and not any("日前" in i["annual_value"] for i in inds):
        err(f"{slug}: no date")
    if not any(not any(c.isdigit() for c in i["annual_value"]) for i in inds):
        err(f"{slug}: no qualitative")
    if not any(w in n for n, _, _ in vals[9] for w in ("培训", "补助", "信息化", "宣传", "研究")):
        err(f"{slug}: no shared word in task names")
    if "约" not in "".join(t["goals"]):
        err(f"{slug}: no rough (约) goal figure")
cost_units = {i["annual_value"] for s in NEW for i in TABLES[s]["indicators"] if i["level1"] == "成本指标"}
if not any(v.endswith("元/人") for v in cost_units) or not any(v.endswith("万元/公里") for v in cost_units):
    err("cost indicators: no 元/人 or no 万元/公里")

IND = {s: {i["level3"]: i for i in TABLES[s]["indicators"]} for s in TABLES}
S6, S5 = IND["shuiliju_2026"], IND["shuiliju_2025"]
if set(S6) - set(S5) != {"水库大坝安全监测预警平台上线时间"} or set(S5) - set(S6):
    err("水利局: 2026-only indicator")
changed = {n for n in S5 if S5[n]["annual_value"] != S6[n]["annual_value"]}
CHANGED = {"堤防达标加固单位成本", "小型水库除险加固", "堤防达标加固", "新建和改造灌排渠道", "生产建设项目水土保持监督检查",
           "防汛应急演练", "改善灌溉面积", "水土保持率", "水利工程运行管护水平", "受益群众满意度"}
if changed != CHANGED:
    err(f"水利局 changed indicators {changed}")
if (S5["水利工程运行管护水平"]["annual_value"], S6["水利工程运行管护水平"]["annual_value"]) != ("稳步提升", "明显提升"):
    err("qualitative change")
n6 = {n for n, _, _ in HAND["shuiliju_2026"][-1]}
n5 = {n for n, _, _ in HAND["shuiliju_2025"][-1]}
if n6 - n5 != {"智慧水利信息化建设经费", "水情教育和水利科普宣传经费"} or n5 - n6 != {"水利科普宣传经费"}:
    err("水利局: 2026-only task / rename")

# look-alikes (new amount, other table, its amount)
ALL = {}
for s, t in TABLES.items():
    for x in t.get("tasks", []):
        ALL.setdefault(d(x["amount_yuan"]), []).append((s, x["name"]))
LOOK = [(35600800, "ziranziyuan_2026", 35600000), (48760700, "ziranziyuan_2026", 48760000),
        (61200500, "gongxinju_2026", 61200000), (12680400, "ziranziyuan_2026", 12680000),
        (3480900, "fagaiju_2026", 3480600), (1365700, "zhujianju_2026", 1365800), (1365700, "gongxiaoshe_2026", 1365600),
        (1286900, "fagaiju_2026", 1286800), (9680600, "zhujianju_2026", 9680000), (7925300, "ziranziyuan_2026", 7925000),
        (46320700, "shuiwuju_2026", 46320000), (18750600, "shuiwuju_2026", 18750000), (15860400, "shuiwuju_2026", 15860000),
        (1285500, "shuiwuju_2026", 1285600), (965200, "shuiwuju_2026", 965000), (2754900, "gangwuju_2025", 2754600),
        (2860500, "touchuju_2026", 2860700), (1357900, "guoziwei_2026", 1358100), (1568600, "tiyuju_2026", 1568400),
        (1860700, "kexie_2026", 1860400), (758500, "wenlian_2026", 758400), (758500, "difangzhi_2026", 758300),
        (986600, "jinrongju_2026", 986700), (586300, "tuanshiwei_2026", 586400), (1806100, "fulian_2026", 1806300)]
for mine, slug, other in LOOK:
    if not (0 < abs(mine - other) <= 1000) or slug not in [s for s, _ in ALL.get(d(other), [])]:
        err(f"look-alike {mine} / {slug} {other}")
for s in NEW:
    for x in TABLES[s]["tasks"]:
        if len(ALL[d(x["amount_yuan"])]) != 1:
            err(f"amount not unique: {x}")
for s_new, s_old, name in [("shuiliju_2026", "shuiwuju_2026", "防汛应急演练"),
                           ("chengshigengxin_2026", "zhujianju_2026", "城市更新长效机制"),
                           ("sheke_2026", "dangxiao_2026", "培训学员满意度"),
                           ("sheke_2026", "tuanshiwei_2026", "培训学员满意度")]:
    if IND[s_new][name]["annual_value"] == IND[s_old][name]["annual_value"]:
        err(f"shared indicator {name} same value")
if (IND["shuiliju_2026"]["防汛应急演练"]["annual_value"], IND["shuiwuju_2026"]["防汛应急演练"]["annual_value"]) != ("≥24场",
                                                                                                         "≥30场"):
    err("防汛应急演练 values")

# ------------------------------------------------------------------ recipes from hand values
H = {s: {n: a for n, a, _ in v[-1]} for s, v in HAND.items()}
KS = {s: sum(a for _, a, k in v[-1] if k == "K") for s, v in HAND.items()}
TS = {s: sum(a for _, a, _ in v[-1]) for s, v in HAND.items()}
TOT = {s: d(v[11]) for s, v in HAND.items()}
C6, L6, L5, K6 = NEW
desc = [t["department"] for t in sorted(DG, key=tot, reverse=True)]
by_ppl = sorted(DG, key=peo)
research = [x["amount_yuan"] for t in DG for x in t["tasks"] if "研究" in x["name"]]
kx = sum(x["amount_yuan"] for x in BYNAME["东莞市科学技术协会"]["tasks"])
RECIPES = {
    "b26-003": Y(H[C6]["城中村改造前期工作经费"] + H[C6]["“工改工”产业用地拆除整理经费"]),
    "b26-038": f"#{desc.index('东莞市社会科学界联合会') + 1}",
    "b26-072": Y(KS[L6]), "b26-073": P(d(KS[L6]) / TS[L6] * 100),
    "b26-076": f"#{len(DG)}", "b26-077": f"#{sum('培训' in x['name'] for t in DG for x in t['tasks'])}",
    "b26-078": f"#{sum(peo(t) < 30 for t in DG)}", "b26-079": f"#{sum(tot(t) > 100000 for t in DG)}",
    "b26-081": Y(TS[C6]), "b26-082": Y(TS[K6]), "b26-083": W(TOT[L6] + tot(BYNAME["东莞市水务局"])),
    "b26-084": W(sum(tot(t) for t in DG)), "b26-085": P(d("968.47") / TOT[K6] * 100),
    "b26-086": f"{r2(d(TS[C6]) / 10)}元", "b26-087": Y(sum(research)),
    "b26-088": P(d("5800.00") / d("42600.00") * 100), "b26-089": W(TOT[C6] + TOT[L6] + TOT[K6]),
    "b26-090": f"#{desc.index('东莞市水利局') + 1}", "b26-091": f"#{desc.index('东莞市城市更新局') + 1}",
    "b26-092": W(tot(sorted(DG, key=tot)[0])), "b26-093": W(tot(sorted(DG, key=tot)[1])),
    "b26-094": W(tot(sorted(DG, key=tot)[2])),
    "b26-099": f"#{[t['department'] for t in sorted(DG, key=peo, reverse=True)].index('东莞市水利局') + 1}",
    "b26-102": f"#{[t['department'] for t in sorted(DG, key=lambda t: bud(t, '财政专项资金'), reverse=True)].index('东莞市水利局') + 1}",
    "b26-103": W(tot(BYNAME["东莞市水务局"]) - TOT[L6]), "b26-104": f"#{peo(BYNAME['东莞市水务局']) - 238}",
    "b26-105": Y(46320700 - 46320000), "b26-106": Y(18750600 - 18750000), "b26-107": Y(48760700 - 48760000),
    "b26-108": W(tot(BYNAME["共青团东莞市委员会"]) - TOT[K6]),
    "b26-109": f"#{26 - peo(BYNAME['东莞市归国华侨联合会'])}",
    "b26-110": W(tot(BYNAME["东莞市住房和城乡建设局"]) - TOT[C6]), "b26-111": Y(758500 - 758400),
    "b26-112": W(tot(BYNAME["东莞市林业局"]) - TOT[C6]), "b26-113": Y(kx - TS[K6]),
    "b26-114": W(d("77214.86") - d("52968.15")),
    "b26-125": Y(TS[L6]), "b26-131": W(TOT[L6] - TOT[L5]), "b26-132": P((TOT[L6] - TOT[L5]) / TOT[L5] * 100),
    "b26-134": Y(H[L6]["堤防达标加固工程经费"] - H[L5]["堤防达标加固工程经费"]), "b26-143": Y(TS[L5]),
}
# hand-typed expectations of the recipes (what the writer worked out on paper)
PAPER = {"b26-003": "96801300元", "b26-038": "#55", "b26-072": "233680000元", "b26-073": "68.71%", "b26-076": "#56",
         "b26-077": "#53", "b26-078": "#4", "b26-079": "#9", "b26-081": "239981800元", "b26-082": "12305200元",
         "b26-083": "219689.00万元", "b26-084": "3176804.86万元", "b26-085": "36.04%", "b26-086": "23998180.00元",
         "b26-087": "31495300元", "b26-088": "13.62%", "b26-089": "143879.46万元", "b26-090": "#12", "b26-091": "#20",
         "b26-092": "2318.47万元", "b26-093": "2687.35万元", "b26-094": "2946.83万元", "b26-099": "#16", "b26-102": "#11",
         "b26-103": "50990.04万元", "b26-104": "#118", "b26-105": "700元", "b26-106": "600元", "b26-107": "700元",
         "b26-108": "259.48万元", "b26-109": "#2", "b26-110": "72093.08万元", "b26-111": "100元",
         "b26-112": "3397.18万元", "b26-113": "46377100元", "b26-114": "24246.71万元", "b26-125": "340095700元",
         "b26-131": "5952.36万元", "b26-132": "7.59%", "b26-134": "10190000元", "b26-143": "298376000元"}
for k, v in PAPER.items():
    if RECIPES[k] != v:
        err(f"recipe {k}: computed {RECIPES[k]} != paper {v}")
if set(PAPER) != set(RECIPES):
    err("recipes without a paper value")

# ------------------------------------------------------------------ hand table: id expect yesno first-figure followup_of
HT = """
001 ok - 35600800元 -|002 ok - 61200500元 001|003 ok - 96801300元 002|004 ok - 48760700元 -|005 ok - 46320700元 -
006 ok - 18750600元 -|007 ok - 15860400元 -|008 ok 否 - 007|009 ok - 14240000元 -|010 ok - 2860500元 -
011 ok - 758500元 -|012 ok - 986600元 -|013 ok - 586300元 -|014 ok - 1365700元 -|015 ok - 9680600元 -
016 ok - 6238400元 -|017 ok - 1860700元 -|018 ok - 7925300元 -|019 ok - ≥24场 -|020 ok - ≥12座 -
021 ok - ≥36座 020|022 ok - ≤320万元/公里 -|023 ok - 2026年9月30日前 -|024 ok - 持续完善 -|025 ok - ≤400元/人 -
026 ok - ≥400亿元 -|027 ok - ≥1200亿元 026|028 ok - ≥97% -|029 ok - ≥8篇 -|030 ok - 2026年7月31日前 -
031 ok - ≥95.5% -|032 ok - ≥90% -|033 ok - 56842.63万元 -|034 ok - 55916.29万元 033|035 ok - 5800.00万元 034
036 ok - 77214.86万元 -|037 ok - 2687.35万元 -|038 ok - #55 037|039 ok - #26 -|040 ok - 58400.00万元 -
041 ok - - -|042 ok - - -|043 ok - #3 -|044 ok - 28个 -|045 ok - 9个 -
046 ok - 4200亩 -|047 ok - 180万平方米 -|048 ok - 1.6万条 -|049 ok - 3600亩 -|050 ok - 120座 -
051 ok - 2.6万亩 -|052 ok - 2800个 -|053 ok - 45场 -|054 ok - 12平方公里 -|055 ok - 1500人次 -
056 ok - 60项 -|057 ok - ≥50项 056|058 ok - 350名 -|059 ok - 68个 -|060 ok - 45项 -
061 ok - 30个 -|062 ok - 8万人次 -|063 ok - - -|064 ok - - -|065 ok - - -
066 ok - - -|067 ok - - -|068 ok - - -|069 ok - - -|070 ok - - -
071 ok - #11 -|072 ok - 233680000元 071|073 ok - 68.71% 072|074 ok - #17 -|075 ok - #6 -
076 ok - #56 -|077 ok - #53 -|078 ok - #4 -|079 ok - #9 -|080 ok - #10 -
081 ok - 239981800元 -|082 ok - 12305200元 -|083 ok - 219689.00万元 -|084 ok - 3176804.86万元 -|085 ok - 36.04% -
086 ok - 23998180.00元 -|087 ok - 31495300元 -|088 ok - 13.62% -|089 ok - 143879.46万元 -|090 ok - #12 -
091 ok - #20 -|092 ok - 2318.47万元 -|093 ok - 2687.35万元 092|094 ok - 2946.83万元 093|095 ok - #24 -
096 ok - 586300元 -|097 ok - 1385.66万元 -|098 ok - 18750600元 -|099 ok - #16 -|100 ok - 48760700元 -
101 ok - ≥97% -|102 ok - #11 -|103 ok - 50990.04万元 -|104 ok - #118 103|105 ok - 700元 -
106 ok - 600元 -|107 ok - 700元 -|108 ok - 259.48万元 -|109 ok - #2 -|110 ok - 72093.08万元 -
111 ok - 100元 -|112 ok - 3397.18万元 -|113 ok - 46377100元 -|114 ok - 24246.71万元 -|115 ok 是 56842.63万元 -
116 ok 是 1424.00万元 -|117 ok 否 #26 -|118 ok 否 ≥24场 -|119 ok 是 ≥97% -|120 ok 是 61200500元 -
121 ok 否 5648.27万元 -|122 ok 是 1806100元 -|123 ok 是 2026年9月30日前 -|124 ok 否 2687.35万元 -|125 ok 是 340095700元 -
126 ok 是 #104 -|127 ok 是 6期 -|128 ok 否 ≤480万元/座 -|129 ok 是 968.47万元 -|130 ok - 78397.12万元 -
131 ok - 5952.36万元 -|132 ok - 7.59% 131|133 ok - 62380000元 -|134 ok - 10190000元 -|135 ok - 15860400元 -
136 ok - 1168000元 -|137 ok - 1168000元 -|138 ok - ≥20场 -|139 ok - 稳步提升 -|140 ok - #231 -
141 ok - 1290.00万元 -|142 ok - ≥95.2% -|143 ok - 298376000元 -|144 ok - - -|145 ok - ≤300万元/公里 -
146 not_found - - -|147 not_found - - -|148 not_found - - -|149 not_found - - -|150 not_found - - -
151 not_found - - -|152 not_found - - -|153 not_found - - -|154 not_found - - -|155 not_found - - -
156 ok_or_clarify - - -|157 ok_or_clarify - - -|158 ok - 758500元 -|159 not_found - - -|160 ok 否 ≥4500亩 -
"""
HAND_TABLE = {}
for cell in HT.replace("\n", "|").split("|"):
    if cell.strip():
        n, e, yn, f1, fu = cell.split()
        HAND_TABLE[f"b26-{n}"] = (e, None if yn == "-" else yn, None if f1 == "-" else f1, None if fu == "-" else f"b26-{fu}")
if len(HAND_TABLE) != 160:
    err(f"hand table has {len(HAND_TABLE)} lines")

# hand member lists / orders
MEMBERS = {
    "b26-041": {"社科工作者满意度", "培训学员满意度"},
    "b26-042": {"小型水库除险加固平均投入", "堤防达标加固单位成本", "水库巡查管护人员培训人均成本"},
    "b26-043": {"城市更新单元规划编制和审查经费", "城中村改造前期工作经费", "“工改工”产业用地拆除整理经费"},
    "b26-063": {x for x, a, _ in HAND[C6][-1] if a > 50000000},
    "b26-064": {x for x, a, _ in HAND[L6][-1] if a < 10000000},
    "b26-065": {x for x, a, _ in HAND[K6][-1] if a > 1000000},
    "b26-066": {"小型水库除险加固", "堤防达标加固"},
    "b26-067": {"城市更新长效机制", "城市空间品质"},
    "b26-068": {x["name"] for t in DG for x in t["tasks"] if "课题" in x["name"]},
    "b26-069": {t["department"] for t in DG if 2000 <= tot(t) <= 3000},
    "b26-070": {"堤防达标加固", "新建和改造灌排渠道"},
    "b26-078": {t["department"] for t in DG if peo(t) < 30},
    "b26-144": CHANGED,
}
if MEMBERS["b26-063"] != {"“工改工”产业用地拆除整理经费", "镇街城市更新项目前期工作补助"}:
    err("b26-063 hand list")
if MEMBERS["b26-064"] != {"水土保持监测和监督检查经费", "水利发展规划和水资源研究经费", "水情教育和水利科普宣传经费",
                          "水利工程管理人员培训经费"}:
    err("b26-064 hand list")
if len(MEMBERS["b26-065"]) != 5 or "社科学术年会和学术论坛经费" in MEMBERS["b26-065"]:
    err("b26-065 hand list")
if MEMBERS["b26-068"] != {"城市更新政策研究和专题课题经费", "哲学社会科学规划课题研究经费"}:
    err("b26-068 hand list")
if MEMBERS["b26-069"] != {"共青团东莞市委员会", "东莞市社会科学界联合会", "东莞市归国华侨联合会"}:
    err("b26-069 hand list")
if MEMBERS["b26-078"] != {"东莞市归国华侨联合会", "东莞市社会科学界联合会", "共青团东莞市委员会", "东莞市地方志办公室"}:
    err("b26-078 hand list")
ORDER = {
    "b26-092": ["归国华侨联合会"], "b26-093": ["社会科学界联合会"], "b26-094": ["共青团东莞市委员会"],
    "b26-095": ["归国华侨联合会", "社会科学界联合会", "共青团东莞市委员会"],
    "b26-096": ["社科人才培训经费"],
    "b26-097": ["归国华侨联合会", "社会科学界联合会", "共青团东莞市委员会"],
    "b26-098": ["水旱灾害防御和防汛抢险经费", "防汛防旱应急保障经费", "港口防台防汛和应急处置经费"],
    "b26-100": ["城市更新单元规划编制和审查经费"],
    "b26-101": ["社会科学界联合会"],
    "b26-117": ["归国华侨联合会"],
}
flood = [x["name"] for _, x in sorted(((x["amount_yuan"], x) for t in DG for x in t["tasks"] if "防汛" in x["name"]),
                                      key=lambda p: -p[0])]
if flood != ORDER["b26-098"]:
    err(f"防汛 order {flood}")
tr = sorted((x["amount_yuan"], x["name"]) for t in DG for x in t["tasks"] if "培训" in x["name"])
if tr[0] != (586300, "社科人才培训经费") or tr[1][0] != 586400:
    err("least 培训 item")
pl = sorted(((x["amount_yuan"], x["name"]) for t in DG for x in t["tasks"] if "规划" in x["name"]), reverse=True)
if pl[0] != (48760700, "城市更新单元规划编制和审查经费") or pl[1][0] != 48760000:
    err("largest 规划 item")
proj = [t["department"] for t in sorted(DG, key=lambda t: bud(t, "项目支出"))][:3]
if proj != ["东莞市归国华侨联合会", "东莞市社会科学界联合会", "共青团东莞市委员会"]:
    err(f"项目支出 order {proj}")
if [t["department"] for t in by_ppl[:3]] != ["东莞市归国华侨联合会", "东莞市社会科学界联合会", "共青团东莞市委员会"]:
    err("people order")
sat = sorted((d(i["annual_value"].strip("≥%")), t["department"]) for t in DG for i in t["indicators"]
             if i["level3"] == "培训学员满意度")
if sat[-1] != (d(97), "东莞市社会科学界联合会") or sat[-2][0] != d(96):
    err("培训学员满意度 ranking")
# every figure of the lines with more than one, in the order asked (hand-typed)
FULL = {
    "032": "≥90% 100%", "034": "55916.29万元 926.34万元", "039": "#26 #1", "049": "3600亩 5200亩", "050": "120座 680公里",
    "061": "30个 120场", "080": "#10 #17", "095": "#24 #26 #28", "097": "1385.66万元 1584.26万元 1745.36万元",
    "098": "18750600元 18750000元 1860300元", "103": "50990.04万元 84349.48万元 135339.52万元", "104": "#118 #238 #356",
    "105": "700元 46320700元 46320000元", "106": "600元 18750600元 18750000元", "107": "700元 48760700元 48760000元",
    "108": "259.48万元 2687.35万元 2946.83万元", "109": "#2 #26 #24", "110": "72093.08万元 56842.63万元 128935.71万元",
    "111": "100元 758500元 758400元", "112": "3397.18万元 56842.63万元 60239.81万元",
    "113": "46377100元 12305200元 58682300元", "114": "24246.71万元 77214.86万元 52968.15万元", "117": "#26 #24",
    "119": "≥97% ≥96%", "121": "5648.27万元 77214.86万元", "126": "#104 #238",
    "131": "5952.36万元 84349.48万元 78397.12万元", "134": "10190000元 128650000元 118460000元", "138": "≥20场 ≥24场",
    "140": "#231 #238", "160": "≥4500亩 ≥13500亩",
}
FULL = {f"b26-{k}": v.split() for k, v in FULL.items()}
REQ_ABSENT = {"b26-001": "35600000元", "b26-004": "48760000元", "b26-005": "46320000元", "b26-006": "18750000元",
              "b26-007": "15860000元", "b26-011": "758400元", "b26-013": "586400元", "b26-014": "1365800元",
              "b26-015": "9680000元", "b26-017": "1860400元", "b26-018": "7925000元", "b26-019": "≥30场",
              "b26-022": "≤350万元/公里", "b26-024": "逐步健全", "b26-028": "≥96%", "b26-053": "≥40场",
              "b26-096": "586400元", "b26-100": "48760000元", "b26-149": "84349.48万元", "b26-151": "265800000元",
              "b26-152": "4568600元", "b26-153": "1285600元", "b26-154": "2026年10月15日前", "b26-155": "965000元",
              "b26-158": "758400元", "b26-159": "≥18座"}

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
    STORED.add(f"#{sum(1 for x in t.get('tasks', []) if x['section'] == '年度重点工作任务')}")
    STORED.add(f"#{sum(1 for x in t.get('tasks', []) if x['section'] == '其他需完成的任务')}")
GOALS = "".join(g for s in NEW for g in TABLES[s]["goals"])
ALLGOALS = "".join(g for t in TABLES.values() for g in t.get("goals", []) if isinstance(g, str))
SUMS = {Y(v) for v in list(KS.values()) + list(TS.values())}
SUMS |= {Y(sum(x["amount_yuan"] for x in t["tasks"])) for t in DG}  # a department's task total

path = Path(sys.argv[1]) if len(sys.argv) > 1 else BLIND / "batch_26.jsonl"
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
    if r["expect"] in ("not_found", "ok_or_clarify") and r["figures"]:
        err(f"{rid}: figures on a {r['expect']} line")
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
