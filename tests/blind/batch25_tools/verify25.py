"""Second, independent check of tests/blind/batch_25.jsonl (0 errors required).

Written apart from gen_batch25.py / truth25.py: loads the tables itself (batches.json's list for batch_25, which must be
batch 24's list + the four new slugs, and the five fixture tables); checks the four new tables against values typed
here by hand (budget lines, 预算合计, people, 二级单位, every task amount and section; the 地方志办 2025/2026
differences — one 2026-only task, one rename, one 2026-only indicator, eight changed annual values, one of them
qualitative —; the shape the brief asks for; the look-alike amounts; every new amount unique; shared indicator names
with other values); recomputes the 53 东莞 2026 departments' ranks, sums and counts and checks them against values
worked out on paper; checks the schema and the chains; accepts a figure only if it is a stored value, a goal phrase
of a new table, or a recipe computed here; checks every line's expect / yes-no / first figure / chain against a hand
table, list members and ranking orders against hand lists, and required absents.

`verify25.py FILE` checks a copy.
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
CATS = {"item_money": 16, "indicator": 14, "overview": 4, "prose": 15, "filter": 8, "count": 8, "aggregate": 9,
        "ranking": 11, "compare": 11, "structure": 4, "yesno": 11, "yoy": 11, "typo": 5, "not_found": 8, "trap": 10,
        "followup": 15}
FIELDS = ["id", "q", "category", "expect", "figures", "names", "yesno", "absent", "followup_of", "note"]
NEW = ["gongshanglian_2026", "gongjijin_2026", "difangzhi_2026", "difangzhi_2025"]
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
if lists.get("batch_25.jsonl") != lists["batch_24.jsonl"] + NEW:
    err("batches.json: batch_25 list is not batch 24's + the four new slugs")
if len(set(lists.get("batch_25.jsonl", []))) != len(lists.get("batch_25.jsonl", [])):
    err("batches.json: duplicates in batch_25")
TABLES = {}
for slug in lists["batch_25.jsonl"]:
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
if len(DG) != 53:
    err(f"东莞 2026 departments: {len(DG)} (53 expected)")
BYNAME = {t["department"]: t for t in DG}
peo = lambda t: t["basic_info"]["财政供养人员数"]  # noqa: E731

# ------------------------------------------------------------------ hand values of the new tables
# dept, people, units, 基本, 项目, 其他事业发展性, 财政拨款, 其他资金, 专项, 市本级, 对下, 预算合计, tasks
HAND = {
    "gongshanglian_2026": ("东莞市工商业联合会", 46, 1, "1986.37", "3826.45", "405.75", "6106.39", "112.18", "1400.00", "1240.00",
                           "160.00", "6218.57", [
        ("民营企业服务和营商环境评价经费", 4658500, "K"), ("商会组织建设和规范化发展经费", 2865700, "K"),
        ("民营企业家和商会骨干培训经费", 2136100, "K"), ("镇街工商联（商会）工作补助", 1600000, "O"),
        ("“万企兴万村”结对帮扶经费", 1968300, "O"), ("民营经济宣传和非公经济人士思想政治教育经费", 1365400, "O"),
        ("工商联信息化和会员服务平台建设经费", 2458900, "O"), ("商会商事调解和民营企业法律服务经费", 956900, "O"),
        ("参政议政和民营经济调研经费", 1268100, "O"), ("非公有制经济组织党建工作经费", 586700, "O")]),
    "gongjijin_2026": ("东莞市住房公积金管理中心", 236, 1, "9846.52", "9683.27", "834.79", "19786.43", "578.15", "2600.00",
                       "2600.00", "0.00", "20364.58", [
        ("住房公积金委托银行业务手续费", 31200600, "K"), ("住房公积金管理信息系统升级和运维经费", 18570500, "K"),
        ("住房公积金归集扩面和缴存服务经费", 6420600, "K"), ("住房公积金贷款风险防控和资金安全管理经费", 4586800, "K"),
        ("服务网点标准化建设和运行经费", 4200500, "O"), ("12329服务热线运营经费", 3182300, "O"),
        ("住房公积金业务档案数字化经费", 2458100, "O"), ("住房公积金政策宣传经费", 1365900, "O"),
        ("住房公积金缴存稽核和专项审计经费", 1268900, "O"), ("公积金业务人员培训经费", 956100, "O")]),
    "difangzhi_2026": ("东莞市地方志办公室", 29, 1, "1186.72", "2048.36", "177.68", "3368.58", "44.18", "480.00", "416.00",
                       "64.00", "3412.76", [
        ("《东莞市志》续修编纂出版经费", 6380700, "K"), ("数字方志馆和地情资料库信息化建设经费", 4580600, "K"),
        ("东莞地方史研究和专题志编纂经费", 1537100, "K"), ("镇街（园区）志编修补助", 640000, "O"),
        ("方志文化宣传和方志馆开放经费", 1285800, "O"), ("旧志整理和地方文献征集经费", 1860500, "O"),
        ("地方志档案资料整理和数字化经费", 2485900, "O"), ("《东莞史志》期刊编辑出版经费", 758300, "O"),
        ("地方志业务培训经费", 865900, "O")]),
    "difangzhi_2025": ("东莞市地方志办公室", 27, 1, "1142.36", "1876.54", "165.27", "3142.99", "41.18", "440.00", "384.00",
                       "56.00", "3184.17", [
        ("《东莞市志》续修编纂出版经费", 5864300, "K"), ("东莞地方史研究和专题志编纂经费", 1426800, "K"),
        ("镇街（园区）志编修补助", 560000, "O"), ("方志文化宣传经费", 1180600, "O"),
        ("旧志整理和地方文献征集经费", 1580700, "O"), ("地方志档案资料整理和数字化经费", 2230500, "O"),
        ("《东莞史志》期刊编辑出版经费", 712300, "O"), ("地方志业务培训经费", 792600, "O")]),
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
    if zj != ([int(d(vals[7]) * 10000)] if d(vals[7]) else []):
        err(f"{slug}: 镇街 item != 对下 line")
    inds = t["indicators"]
    if not 4 <= len(t["goals"]) <= 5:
        err(f"{slug}: goals {len(t['goals'])}")
    if not any(i["period_value"] != i["annual_value"] for i in inds):
        err(f"{slug}: no period ≠ annual")
    if not any(i["level1"] == "成本指标" and "元/" in i["annual_value"] for i in inds):
        err(f"{slug}: no cost in 元/…")
    if slug != "difangzhi_2025" and not any("日前" in i["annual_value"] for i in inds):
        err(f"{slug}: no date")
    if not any(not any(c.isdigit() for c in i["annual_value"]) for i in inds):
        err(f"{slug}: no qualitative")
    if not any(w in n for n, _, _ in vals[9] for w in ("培训", "补助", "信息化", "宣传", "档案")):
        err(f"{slug}: no shared word in task names")

IND = {s: {i["level3"]: i for i in TABLES[s]["indicators"]} for s in TABLES}
F6, F5 = IND["difangzhi_2026"], IND["difangzhi_2025"]
if set(F6) - set(F5) != {"数字方志馆上线时间"} or set(F5) - set(F6):
    err("地方志办: 2026-only indicator")
changed = {n for n in F5 if F5[n]["annual_value"] != F6[n]["annual_value"]}
if changed != {"志书出版印刷单册成本", "完成市志分卷初稿", "出版镇村志", "征集地方文献资料", "举办方志文化宣传活动", "方志馆接待读者",
               "地方志资源开发利用水平", "方志读者满意度"}:
    err(f"地方志办 changed indicators {changed}")
if (F5["地方志资源开发利用水平"]["annual_value"], F6["地方志资源开发利用水平"]["annual_value"]) != ("稳步提升", "明显提升"):
    err("qualitative change")
n6 = {n for n, _, _ in HAND["difangzhi_2026"][-1]}
n5 = {n for n, _, _ in HAND["difangzhi_2025"][-1]}
if n6 - n5 != {"数字方志馆和地情资料库信息化建设经费", "方志文化宣传和方志馆开放经费"} or n5 - n6 != {"方志文化宣传经费"}:
    err("地方志办: 2026-only task / rename")

# look-alikes (new amount, other table, its amount)
ALL = {}
for s, t in TABLES.items():
    for x in t.get("tasks", []):
        ALL.setdefault(d(x["amount_yuan"]), []).append((s, x["name"]))
LOOK = [(2136100, "shangwuju_2026", 2136000), (2136100, "gongxinju_2026", 2136300), (1365400, "canlian_2026", 1365300),
        (2458900, "minzongju_2026", 2458600), (956900, "qixiangju_2026", 956800), (1268100, "danganju_2026", 1268200),
        (586700, "xinfangju_2026", 586600), (2865700, "qiaolian_2026", 2865300), (31200600, "chengguan_2026", 31200000),
        (18570500, "yibaoju_2026", 18570000), (2458100, "zhujianju_2026", 2458000), (1365900, "zhujianju_2026", 1365800),
        (1268900, "shenjiju_2026", 1268800), (956100, "yibaoju_2026", 956000), (956100, "zhengshuju_2026", 956200),
        (3182300, "zhujianju_2026", 3182000), (4200500, "zhengshuju_2026", 4200000), (6380700, "danganju_2026", 6380500),
        (4580600, "danganju_2026", 4580000), (1860500, "danganju_2026", 1860800), (2485900, "danganju_2026", 2485800),
        (758300, "wenlian_2026", 758400), (758300, "dangxiao_2026", 758200), (865900, "shenjiju_2026", 865800),
        (1580700, "danganju_2025", 1580000)]
for mine, slug, other in LOOK:
    if not (0 < abs(mine - other) <= 1000) or slug not in [s for s, _ in ALL.get(d(other), [])]:
        err(f"look-alike {mine} / {slug} {other}")
for s in NEW:
    for x in TABLES[s]["tasks"]:
        if len(ALL[d(x["amount_yuan"])]) != 1:
            err(f"amount not unique: {x}")
for s_new, s_old, name in [("gongshanglian_2026", "dangxiao_2026", "培训学员满意度"),
                           ("gongshanglian_2026", "guoziwei_2026", "培训学员满意度"),
                           ("gongshanglian_2026", "tuanshiwei_2026", "培训学员满意度")]:
    if IND[s_new][name]["annual_value"] == IND[s_old][name]["annual_value"]:
        err(f"shared indicator {name} same value")
if {IND["gongjijin_2026"]["12329热线接通率"]["annual_value"], IND["zhengshuju_2026"]["12345热线接通率"]["annual_value"],
        IND["shijianju_2026"]["12315热线接通率"]["annual_value"]} != {"≥96%", "≥93%", "≥95%"}:
    err("hotline indicators")

# ------------------------------------------------------------------ recipes from hand values
H = {s: {n: a for n, a, _ in v[-1]} for s, v in HAND.items()}
KS = {s: sum(a for _, a, k in v[-1] if k == "K") for s, v in HAND.items()}
TS = {s: sum(a for _, a, _ in v[-1]) for s, v in HAND.items()}
TOT = {s: d(v[11]) for s, v in HAND.items()}
G6, J6, D6, D5 = NEW
desc = [t["department"] for t in sorted(DG, key=tot, reverse=True)]
by_ppl = sorted(DG, key=peo)
archive = [x["amount_yuan"] for t in DG for x in t["tasks"] if "档案" in x["name"]]
RECIPES = {
    "b25-005": Y(H[J6]["住房公积金委托银行业务手续费"] + H[J6]["住房公积金管理信息系统升级和运维经费"]),
    "b25-011": Y(H[D6]["《东莞市志》续修编纂出版经费"] - H[D5]["《东莞市志》续修编纂出版经费"]),
    "b25-073": Y(KS[G6]), "b25-074": P(d(KS[G6]) / TS[G6] * 100),
    "b25-082": Y(TS[G6]), "b25-083": Y(TS[J6]), "b25-084": Y(TS[D6]),
    "b25-085": W(TOT[G6] + TOT[J6] + TOT[D6]), "b25-086": W(sum(tot(t) for t in DG)),
    "b25-087": P(d("9846.52") / TOT[J6] * 100), "b25-088": f"{r2(d(TS[D6]) / 9)}元", "b25-089": Y(sum(archive)),
    "b25-090": P(d(H[J6]["住房公积金委托银行业务手续费"]) / TS[J6] * 100),
    "b25-104": W(tot(BYNAME["东莞市档案局"]) - TOT[G6]), "b25-105": W(tot(BYNAME["东莞市体育局"]) - TOT[J6]),
    "b25-106": Y(2458100 - 2458000), "b25-107": Y(4580600 - 4580000), "b25-108": Y(2136300 - 2136100),
    "b25-109": f"#{peo(BYNAME['东莞市民族宗教事务局']) - 29}", "b25-110": Y(758400 - 758300),
    "b25-111": W(d("9846.52") - d("9683.27")), "b25-112": W(TOT[G6] - tot(BYNAME["东莞市红十字会"])),
    "b25-113": W(TOT[D6] - tot(BYNAME["共青团东莞市委员会"])),
    "b25-114": Y(sum(x["amount_yuan"] for x in BYNAME["东莞市文学艺术界联合会"]["tasks"]) - TS[G6]),
    "b25-126": W(TOT[D6] - TOT[D5]), "b25-127": P((TOT[D6] - TOT[D5]) / TOT[D5] * 100),
    "b25-136": "#2", "b25-137": Y(TS[D6] - TS[D5]),
    "b25-077": f"#{len(DG)}", "b25-078": f"#{sum('培训' in x['name'] for t in DG for x in t['tasks'])}",
    "b25-079": f"#{sum(peo(t) < 50 for t in DG)}", "b25-080": f"#{len(archive)}",
    "b25-081": f"#{sum(tot(t) < 10000 for t in DG)}",
    "b25-091": f"#{peo(by_ppl[0])}", "b25-092": f"#{peo(by_ppl[1])}", "b25-093": f"#{peo(by_ppl[2])}",
    "b25-094": f"#{desc.index('东莞市工商业联合会') + 1}", "b25-095": f"#{desc.index('东莞市住房公积金管理中心') + 1}",
    "b25-096": f"#{len(desc) - desc.index('东莞市地方志办公室')}",
    "b25-101": f"#{[t['department'] for t in sorted(DG, key=peo, reverse=True)].index('东莞市住房公积金管理中心') + 1}",
    "b25-102": f"#{[t['department'] for t in sorted(DG, key=lambda t: bud(t, '其他资金'), reverse=True)].index('东莞市住房公积金管理中心') + 1}",
    "b25-103": W(min(bud(t, "项目支出") for t in DG)),
}
# hand-typed expectations of the recipes (what the writer worked out on paper)
PAPER = {"b25-005": "49771100元", "b25-011": "516400元", "b25-073": "9660300元", "b25-074": "48.63%", "b25-082": "19864600元",
         "b25-083": "74210300元", "b25-084": "20394800元", "b25-085": "29995.91万元", "b25-086": "3032925.40万元",
         "b25-087": "48.35%", "b25-088": "2266088.89元", "b25-089": "46619600元", "b25-090": "42.04%",
         "b25-104": "732.91万元", "b25-105": "2539.14万元", "b25-106": "100元", "b25-107": "600元", "b25-108": "200元",
         "b25-109": "#2", "b25-110": "100元", "b25-111": "163.25万元", "b25-112": "1018.27万元", "b25-113": "465.93万元",
         "b25-114": "1191600元", "b25-126": "228.59万元", "b25-127": "7.18%", "b25-136": "#2", "b25-137": "6047000元",
         "b25-077": "#53", "b25-078": "#50", "b25-079": "#11", "b25-080": "#13", "b25-081": "#13", "b25-091": "#24",
         "b25-092": "#28", "b25-093": "#29", "b25-094": "#46", "b25-095": "#31", "b25-096": "#3", "b25-101": "#16",
         "b25-102": "#23", "b25-103": "1385.66万元"}
for k, v in PAPER.items():
    if RECIPES[k] != v:
        err(f"recipe {k}: computed {RECIPES[k]} != paper {v}")
if set(PAPER) != set(RECIPES):
    err("recipes without a paper value")

# ------------------------------------------------------------------ hand table: id expect yesno first-figure followup_of
HT = """
001 ok - 4658500元 -|002 ok - 2136100元 -|003 ok - 31200600元 -|004 ok - 18570500元 003|005 ok - 49771100元 004|006 ok - 2458100元 -
007 ok - 1365900元 -|008 ok - 3182300元 -|009 ok - 6380700元 -|010 ok - 5864300元 009|011 ok - 516400元 010|012 ok - 4580600元 -
013 ok - 1860500元 -|014 ok - 758300元 -|015 ok - 1600000元 -|016 ok - 1968300元 -|017 ok - 792600元 -|018 ok - 956900元 -
019 ok - 956100元 -|020 ok - 1268100元 -|021 ok - ≥30个 -|022 ok - ≥90个 021|023 ok - ≥94% -|024 ok - 2026年8月31日前 -
025 ok - ≥1500万元 -|026 ok - ≥460亿元 -|027 ok - ≤0.03% -|028 ok - ≥96% -|029 ok - ≥30万卷 -|030 ok - ≥90万卷 029
031 ok - ≤6元/卷 030|032 ok - ≥12卷 -|033 ok - 2026年10月31日前 -|034 ok - ≥92% -|035 ok - ≤150元/册 -|036 ok - ≥10部 -
037 ok - ≥95% -|038 ok - 6218.57万元 -|039 ok - 1986.37万元 038|040 ok - 160.00万元 039|041 ok - 20364.58万元 -|042 ok - 3368.58万元 -
043 ok - #29 -|044 ok - 0.00万元 -|045 ok - #1 -|046 ok - - -|047 ok - - -|048 ok - 1.2万家 -
049 ok - 150个 -|050 ok - 260家 -|051 ok - 20期 -|052 ok - 25个 -|053 ok - 18.6万家 -|054 ok - 1.3万笔 -
055 ok - 36个 -|056 ok - 60万人次 -|057 ok - 2.2万人 -|058 ok - 40个 -|059 ok - 3500册 -|060 ok - 3.6万人次 -
061 ok - 5种 -|062 ok - 2.8亿字 -|063 ok - - -|064 ok - - -|065 ok - - -|066 ok - 1537100元 065
067 ok - - -|068 ok - - -|069 ok - - -|070 ok - - -|071 ok - - -|072 ok - #10 -
073 ok - 9660300元 072|074 ok - 48.63% 073|075 ok - #14 -|076 ok - #9 -|077 ok - #53 -|078 ok - #50 -
079 ok - #11 -|080 ok - #13 -|081 ok - #13 -|082 ok - 19864600元 -|083 ok - 74210300元 -|084 ok - 20394800元 -
085 ok - 29995.91万元 -|086 ok - 3032925.40万元 -|087 ok - 48.35% -|088 ok - 2266088.89元 -|089 ok - 46619600元 -|090 ok - 42.04% -
091 ok - #24 -|092 ok - #28 091|093 ok - #29 092|094 ok - #46 -|095 ok - #31 -|096 ok - #3 -
097 ok - 4658500元 -|098 ok - 31200600元 -|099 ok - 6380700元 -|100 ok - 62450300元 -|101 ok - #16 -|102 ok - #23 -
103 ok - 1385.66万元 -|104 ok - 732.91万元 -|105 ok - 2539.14万元 -|106 ok - 100元 -|107 ok - 600元 -|108 ok - 200元 -
109 ok - #2 -|110 ok - 100元 -|111 ok - 163.25万元 -|112 ok - 1018.27万元 -|113 ok - 465.93万元 -|114 ok - 1191600元 -
115 ok 是 6218.57万元 -|116 ok 是 20364.58万元 -|117 ok 是 #29 -|118 ok 否 0.00万元 -|119 ok 否 ≥93% -|120 ok 是 4期 -
121 ok 否 ≥94% -|122 ok 是 18570500元 -|123 ok 是 - -|124 ok 否 3182300元 -|125 ok 否 19864600元 -|126 ok - 228.59万元 -
127 ok - 7.18% 126|128 ok - 3184.17万元 -|129 ok 否 4580600元 -|130 ok - 1285800元 -|131 ok - 1180600元 -|132 ok - ≥10部 -
133 ok - 稳步提升 -|134 ok - 2.9万人次 -|135 ok - - -|136 ok - #2 -|137 ok - 6047000元 -|138 ok - 2865700元 -
139 ok - 1268900元 -|140 ok - 100% -|141 ok - 1580700元 -|142 ok - 1186.72万元 -|143 not_found - - -|144 not_found - - -
145 not_found - - -|146 not_found - - -|147 not_found - - -|148 not_found - - -|149 not_found - - -|150 not_found - - -
151 ok - ≥96% -|152 ok 否 2136100元 -|153 not_found - - -|154 not_found - - -|155 ok 否 ≥94% -|156 ok 否 ≥12卷 -
157 ok 否 1268200元 -|158 ok_or_clarify - - -|159 ok_or_clarify - - -|160 ok_or_clarify - - -
"""
HAND_TABLE = {}
for cell in HT.replace("\n", "|").split("|"):
    if cell.strip():
        n, e, yn, f1, fu = cell.split()
        HAND_TABLE[f"b25-{n}"] = (e, None if yn == "-" else yn, None if f1 == "-" else f1, None if fu == "-" else f"b25-{fu}")
if len(HAND_TABLE) != 160:
    err(f"hand table has {len(HAND_TABLE)} lines")

# hand member lists / orders
MEMBERS = {
    "b25-046": {"方志读者满意度", "修志单位满意度"},
    "b25-047": {"个人住房贷款逾期率", "12329热线接通率"},
    "b25-063": {x for x, a, _ in HAND[G6][-1] if a > 2000000},
    "b25-064": {"住房公积金政策宣传经费", "住房公积金缴存稽核和专项审计经费", "公积金业务人员培训经费"},
    "b25-065": {"《东莞市志》续修编纂出版经费", "数字方志馆和地情资料库信息化建设经费", "东莞地方史研究和专题志编纂经费"},
    "b25-067": {"完成市志分卷初稿"},
    "b25-068": {"开展商会规范化建设", "带动帮扶村集体经济增收"},
    "b25-069": {t["department"] for t in DG if 3000 <= tot(t) <= 4000},
    "b25-070": {"东莞年鉴编纂出版经费", "《东莞市志》续修编纂出版经费", "东莞地方史研究和专题志编纂经费"},
    "b25-071": {t["department"] for t in DG if peo(t) < 30},
    "b25-135": changed,
    "b25-085": {"工商业联合会", "住房公积金管理中心", "地方志办公室"},
}
if MEMBERS["b25-063"] != {"民营企业服务和营商环境评价经费", "商会组织建设和规范化发展经费", "民营企业家和商会骨干培训经费",
                          "工商联信息化和会员服务平台建设经费"}:
    err("b25-063 hand list")
if MEMBERS["b25-069"] != {"东莞市民族宗教事务局", "东莞市地方志办公室"}:
    err("b25-069 hand list")
if MEMBERS["b25-071"] != {"东莞市归国华侨联合会", "共青团东莞市委员会", "东莞市地方志办公室"}:
    err("b25-071 hand list")
if {x["name"] for t in DG for x in t["tasks"] if "编纂" in x["name"]} != MEMBERS["b25-070"]:
    err("b25-070 编纂 items")
ORDER = {
    "b25-097": ["民营企业服务和营商环境评价经费", "商会组织建设和规范化发展经费", "工商联信息化和会员服务平台建设经费"],
    "b25-100": ["工业互联网和数字化转型补助", "馆藏档案数字化加工经费", "地方志档案资料整理和数字化经费", "住房公积金业务档案数字化经费",
                "城建档案数字化经费"],
    "b25-103": ["归国华侨联合会", "共青团东莞市委员会", "地方志办公室"],
    "b25-091": ["归国华侨联合会"], "b25-092": ["共青团东莞市委员会"], "b25-093": ["地方志办公室"],
    "b25-157": ["档案局"],
}
dig = [x["name"] for _, x in sorted(((x["amount_yuan"], x) for t in DG for x in t["tasks"] if "数字化" in x["name"]),
                                    key=lambda p: -p[0])]
if dig != ORDER["b25-100"]:
    err(f"数字化 order {dig}")
# every figure of the lines with more than one, in the order asked (hand-typed)
FULL = {
    "020": "1268100元 586700元", "037": "≥95% ≥92%", "039": "1986.37万元 3826.45万元", "045": "#1 #3", "050": "260家 95个",
    "052": "25个 600宗", "053": "18.6万家 420万人", "054": "1.3万笔 85亿元", "058": "40个 1200万字", "076": "#9 #8",
    "104": "732.91万元 6218.57万元 6951.48万元", "105": "2539.14万元 20364.58万元 22903.72万元", "106": "100元 2458100元 2458000元",
    "107": "600元 4580600元 4580000元", "108": "200元 2136100元 2136300元", "109": "#2 #29 #31", "110": "100元 758300元 758400元",
    "111": "163.25万元 9846.52万元 9683.27万元", "112": "1018.27万元 6218.57万元 5200.30万元",
    "113": "465.93万元 3412.76万元 2946.83万元", "114": "1191600元 19864600元 21056200元", "117": "#29 #28",
    "121": "≥94% ≥96%", "122": "18570500元 18570000元", "126": "228.59万元 3412.76万元 3184.17万元", "132": "≥10部 ≥8部",
    "136": "#2 #29 #27", "137": "6047000元 20394800元 14347800元", "155": "≥94% ≥93%", "156": "≥12卷 ≥36卷",
}
FULL = {f"b25-{k}": v.split() for k, v in FULL.items()}
REQ_ABSENT = {"b25-002": "2136000元", "b25-004": "18570000元", "b25-006": "2458000元", "b25-007": "1365800元",
              "b25-009": "6380500元", "b25-012": "4580000元", "b25-013": "1860800元", "b25-014": "758400元",
              "b25-019": "956000元", "b25-023": "≥96%", "b25-028": "≥93%", "b25-138": "2865300元", "b25-139": "1268800元",
              "b25-141": "1580000元", "b25-147": "1268200元", "b25-148": "≥6000户", "b25-149": "14600000元",
              "b25-150": "15936400元", "b25-151": "≥93%", "b25-153": "6380700元", "b25-154": "1365900元"}

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
GOALS = "".join(g for s in NEW for g in TABLES[s]["goals"])
SUMS = {Y(v) for v in list(KS.values()) + list(TS.values())}
SUMS |= {Y(sum(x["amount_yuan"] for x in t["tasks"])) for t in DG}  # a department's task total

path = Path(sys.argv[1]) if len(sys.argv) > 1 else BLIND / "batch_25.jsonl"
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
        if x not in STORED and x not in GOALS:
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
