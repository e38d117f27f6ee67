"""Second, independent check of tests/blind/batch_34.jsonl (0 errors required).

Written apart from gen_batch34.py / truth34.py: loads the tables itself (batches.json's list for batch_34, which must be
batch 33's list + the five new slugs, and the five fixture tables); checks the five new tables against values typed here
by hand (budget lines, 预算合计, people, every task amount and section; 镇街 subsidy = 对下 line (可园: no subsidy, 对下
0.00); tasks within 项目支出; the 2025/2026 differences of 中医院; every new amount unique; look-alike amounts, names and
indicators); recomputes ranks, sums and counts of the 84 东莞 2026 departments and compares them with values worked out
on paper; checks every line's expect / yes-no / first figure / chain against a hand table; members and orders of lists;
required absents; figures accounted for; category counts.

`verify34.py FILE` checks a copy.
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
NEW = ["zhongyiyuan_2026", "zhongyiyuan_2025", "keyuan_2026", "jiaotongzhifa_2026", "shizhengguanhu_2026"]
d = lambda v: Decimal(str(v))  # noqa: E731
ERR: list[str] = []
err = ERR.append


def r2(x):
    return x.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def W(x):
    return f"{r2(d(x))}万元"


def Y(x):
    return f"{int(x)}元"


def P(x):
    return f"{r2(x)}%"


lists = json.loads((BLIND / "batches.json").read_text(encoding="utf-8"))
if lists.get("batch_34.jsonl") != lists["batch_33.jsonl"] + NEW:
    err("batches.json: batch_34 list is not batch 33's + the five new slugs")
if len(set(lists["batch_34.jsonl"])) != len(lists["batch_34.jsonl"]):
    err("batches.json: duplicates")
TABLES = {}
for slug in lists["batch_34.jsonl"]:
    if not slug.startswith("import:"):
        TABLES[slug] = json.loads((BLIND / "tables" / f"{slug}.json").read_text(encoding="utf-8"))
from tests.fixtures.tables import FIXTURES  # noqa: E402

for f in FIXTURES:
    TABLES[f.slug] = f.export


def bl(t):
    return {x["name"]: d(x["amount_wan"]) for x in t["budget"]}


def tot(t):
    b = bl(t)
    return b["基本支出"] + b["项目支出"] + b.get("其他事业发展性支出", Decimal(0))


DG = [t for t in TABLES.values() if t.get("kind") != "project" and t["year"] == 2026
      and (t["department"].startswith("东莞") or "东莞市" in t["department"]) and t.get("budget")]
if len(DG) != 84:
    err(f"东莞 2026 departments: {len(DG)}")
BY = {t["department"]: t for t in DG}
peo = lambda t: t["basic_info"]["财政供养人员数"]  # noqa: E731

# dept, people, 基本, 项目, 其他事业发展性, 财政拨款, 其他资金, 专项, 市本级, 对下, 预算合计, tasks (K first three)
HAND = {
    "zhongyiyuan_2026": ("东莞市中医院", 1856, "128642.35", "34586.74", "5372.18", "18436.52", "150164.75", "7600.00",
                         "7228.00", "372.00", "168601.27",
                         [65386900, 128465200, 36258400, 3720000, 4286700, 7826400, 9654800, 21386500, 6426800,
                          1387900]),
    "zhongyiyuan_2025": ("东莞市中医院", 1782, "119386.52", "31245.38", "4968.25", "16854.27", "138745.88", "7000.00",
                         "6664.00", "336.00", "155600.15",
                         [58463200, 96325800, 32864500, 3360000, 3856200, 8965400, 19854600, 5846700, 1256800]),
    "keyuan_2026": ("东莞市可园博物馆", 43, "1186.42", "1942.37", "156.85", "3168.29", "117.35", "860.00", "860.00",
                    "0.00", "3285.64",
                    [5862300, 2386500, 1534600, 1865200, 648300, 1289600, 936500, 326800, 465200, 682400]),
    "jiaotongzhifa_2026": ("东莞市交通运输综合行政执法支队", 392, "10286.45", "6312.84", "566.54", "16732.61", "433.22",
                           "2100.00", "1854.00", "246.00", "17165.83",
                           [8654300, 12863500, 6842100, 2460000, 2146800, 968400, 1862400, 1538600, 2654300, 1724500]),
    "shizhengguanhu_2026": ("东莞市市政设施管护中心", 176, "2864.73", "19842.56", "782.07", "23086.19", "403.17",
                            "5200.00", "4664.00", "536.00", "23489.36",
                            [48263500, 42863700, 12654300, 5360000, 9548200, 6238900, 7563200, 4236200, 386400,
                             1462500]),
}
LINES = ["基本支出", "项目支出", "其他事业发展性支出", "财政拨款", "其他资金", "财政专项资金", "市本级使用资金", "拟用于对下转移支付资金"]
for slug, (dept, ppl, *v) in HAND.items():
    t = TABLES[slug]
    if t["department"] != dept or peo(t) != ppl:
        err(f"{slug}: name / people")
    for line, x in zip(LINES, v[:8], strict=True):
        if bl(t)[line] != d(x):
            err(f"{slug}: {line}")
    if tot(t) != d(v[8]) or d(v[3]) + d(v[4]) != d(v[8]) or d(v[5]) != d(v[6]) + d(v[7]):
        err(f"{slug}: identities")
    if [x["amount_yuan"] for x in t["tasks"]] != v[9]:
        err(f"{slug}: task amounts")
    if [x["section"] for x in t["tasks"]][:3] != ["年度重点工作任务"] * 3 or \
            any(x["section"] != "其他需完成的任务" for x in t["tasks"][3:]):
        err(f"{slug}: sections")
    if sum(v[9]) > d(v[1]) * 10000:
        err(f"{slug}: tasks exceed 项目支出")
    down = [x["amount_yuan"] for x in t["tasks"] if x["name"].startswith("镇街")]
    if down != ([int(d(v[7]) * 10000)] if d(v[7]) else []):
        err(f"{slug}: 镇街 != 对下")
    inds = t["indicators"]
    if not (any(i["period_value"] != i["annual_value"] for i in inds) and any("%" in i["annual_value"] for i in inds)
            and any(not any(c.isdigit() for c in i["annual_value"]) for i in inds)
            and any("元/" in i["annual_value"] for i in inds) and 4 <= len(t["goals"]) <= 5
            and 14 <= len(inds) <= 16):
        err(f"{slug}: shape")
    if slug != "zhongyiyuan_2025" and not any("日前" in i["annual_value"] for i in inds):
        err(f"{slug}: no date")
IND = {s: {i["level3"]: i for i in TABLES[s]["indicators"]} for s in TABLES}
Y6, Y5 = IND["zhongyiyuan_2026"], IND["zhongyiyuan_2025"]
CHANGED = {"门急诊服务人次", "出院患者人次", "中医非药物疗法服务人次", "院内中药制剂品种", "门诊中医药服务占比",
           "中医药服务能力", "门诊患者满意度"}
if set(Y6) - set(Y5) != {"治未病和中医康复中心投入使用时间"} or set(Y5) - set(Y6) or \
        {n for n in Y5 if Y5[n]["annual_value"] != Y6[n]["annual_value"]} != CHANGED or \
        any(Y5[n]["period_value"] != Y6[n]["period_value"] for n in Y5 if Y5[n]["period_value"] != Y5[n]["annual_value"]):
    err("中医院 indicator changes")
if (Y5["中医药服务能力"]["annual_value"], Y6["中医药服务能力"]["annual_value"]) != ("稳步提升", "明显提升"):
    err("中医院 qualitative wording")
n6 = {x["name"] for x in TABLES["zhongyiyuan_2026"]["tasks"]}
n5 = {x["name"] for x in TABLES["zhongyiyuan_2025"]["tasks"]}
if n6 - n5 != {"治未病和中医康复中心建设经费", "名中医传承工作室和师承教育经费"} or n5 - n6 != {"名老中医传承工作室建设经费"}:
    err("中医院 task changes")
ALL = {}
for s, t in TABLES.items():
    for x in t.get("tasks", []):
        ALL.setdefault(d(x["amount_yuan"]), []).append(s)
for s in NEW:
    for x in TABLES[s]["tasks"]:
        if len(ALL[d(x["amount_yuan"])]) != 1:
            err(f"amount not unique {s} {x['amount_yuan']} {ALL[d(x['amount_yuan'])]}")
for mine, slug, other in [(65386900, "fuyou_2026", 65386400), (6426800, "renminyiyuan_2026", 6423800),
                          (6426800, "weijianju_2026", 6420000), (1387900, "renminyiyuan_2026", 1387500),
                          (5862300, "bowuguan_2026", 5860400), (5862300, "wenguangluti_2026", 5860000),
                          (2146800, "chengguan_2026", 2146500), (1862400, "jiaotongju_2026", 1860000),
                          (42863700, "gonglu_2026", 42860300), (6238900, "gonglu_2026", 6238600),
                          (4236200, "gonglu_2026", 4236500)]:
    if not 0 < abs(mine - other) <= 7000 or slug not in ALL.get(d(other), []):
        err(f"look-alike {mine} / {other}")
SAME_NAME = [("医疗设备购置和更新经费", {"zhongyiyuan_2026": 65386900, "fuyou_2026": 65386400, "renminyiyuan_2026": 186452700}),
             ("医院后勤保障和物业管理经费", {"zhongyiyuan_2026": 21386500, "fuyou_2026": 9540900, "renminyiyuan_2026": 32684500}),
             ("馆舍安全保卫和物业管理经费", {"keyuan_2026": 1865200, "bowuguan_2026": 3865700}),
             ("讲解员和文博人员培训经费", {"keyuan_2026": 326800, "bowuguan_2026": 758700}),
             ("执法人员业务培训经费", {"jiaotongzhifa_2026": 2146800, "chengguan_2026": 2146500, "shijianju_2026": 1268500})]
for name, want in SAME_NAME:
    got = {s: x["amount_yuan"] for s, t in TABLES.items() if s in want for x in t.get("tasks", []) if x["name"] == name}
    holders26 = {t["department"] for t in DG for x in t["tasks"] if x["name"] == name}
    if got != want or len(holders26) != len(want):
        err(f"same-name task {name}: {got} {holders26}")
for s, name, want in [("zhongyiyuan_2026", "门诊次均费用", "≤260元/人次"), ("renminyiyuan_2026", "门诊次均费用", "≤320元/人次"),
                      ("zhongyiyuan_2026", "平均住院日", "≤8.5天"), ("renminyiyuan_2026", "平均住院日", "≤7天"),
                      ("renminyiyuan_2026", "门急诊服务人次", "≥350万人次"),
                      ("keyuan_2026", "开展社会教育活动", "≥360场"), ("bowuguan_2026", "开展社会教育活动", "≥500场"),
                      ("bowuguan_2026", "接待观众", "≥115万人次"),
                      ("jiaotongzhifa_2026", "执法人员业务培训", "≥1000人次"), ("chengguan_2026", "执法人员业务培训", "≥1200人次"),
                      ("shizhengguanhu_2026", "一、二类桥梁占比", "≥97%"), ("gonglu_2026", "一、二类桥梁占比", "≥96%"),
                      ("wenguangluti_2026", "游客满意度", "≥88%"), ("keyuan_2026", "游客满意度", "≥95%")]:
    if IND[s].get(name, {}).get("annual_value") != want:
        err(f"look-alike indicator {s} {name}")

# ---------------------------------------------------------------- recipes vs paper
H = {s: v[-1] for s, v in HAND.items()}
TOT = {s: d(v[10]) for s, v in HAND.items()}


def rk(key, name):
    o = sorted(DG, key=key, reverse=True)
    ks = [key(t) for t in o]
    i = [t["department"] for t in o].index(name)
    if ks.count(ks[i]) != 1:
        err(f"tie at {name}")
    return f"#{i + 1}"


ZY, KY, ZF, GH = "东莞市中医院", "东莞市可园博物馆", "东莞市交通运输综合行政执法支队", "东莞市市政设施管护中心"
proj = lambda t: bl(t)["项目支出"]  # noqa: E731
oth = lambda t: bl(t)["其他资金"]  # noqa: E731
zf = "执法"
RECIPES = {
    "035": rk(tot, ZY), "062": Y(sum(a for a in H["keyuan_2026"] if a < 1000000)),
    "070": Y(sum(H["zhongyiyuan_2026"][:3])), "071": P(d(sum(H["zhongyiyuan_2026"][:3])) / sum(H["zhongyiyuan_2026"]) * 100),
    "075": f"#{len(DG)}", "076": f"#{sum(zf in x['name'] for t in DG for x in t['tasks'])}",
    "077": f"#{sum(peo(t) > 1000 for t in DG)}", "078": f"#{sum(bl(t)['基本支出'] > 100000 for t in DG)}",
    "079": Y(sum(H["keyuan_2026"])), "080": P(d(sum(H["keyuan_2026"])) / d("19423700") * 100),
    "081": W(TOT["zhongyiyuan_2026"] + tot(BY["东莞市人民医院"])),
    "082": W(sum(TOT[s] for s in NEW if s != "zhongyiyuan_2025")), "083": W(sum(tot(t) for t in DG)),
    "084": P(d("150164.75") / TOT["zhongyiyuan_2026"] * 100), "085": f"{r2(d(sum(H['shizhengguanhu_2026'])) / 10)}元",
    "086": Y(sum(x["amount_yuan"] for t in DG for x in t["tasks"] if zf in x["name"])), "087": P(d(246) / d(2100) * 100),
    "088": f"#{43 + 392}", "092": rk(lambda t: bl(t)["基本支出"], ZY), "093": rk(tot, GH), "094": rk(peo, GH),
    "095": rk(tot, ZF), "096": rk(oth, ZF), "097": rk(tot, KY), "098": rk(peo, ZY), "099": rk(oth, ZY),
    "100": rk(proj, GH),
    "103": W(tot(BY["东莞市紧急医疗救援指挥中心"]) - TOT["shizhengguanhu_2026"]),
    "104": W(TOT["jiaotongzhifa_2026"] - TOT["keyuan_2026"]),
    "105": W(tot(BY["东莞市供销合作社"]) - TOT["jiaotongzhifa_2026"]),
    "106": W(TOT["zhongyiyuan_2026"] - tot(BY["东莞市交通运输局"])),
    "107": W(tot(BY["东莞市人民医院"]) - TOT["zhongyiyuan_2026"]),
    "108": Y(2146800 - 2146500), "109": Y(42863700 - 42860300), "110": Y(65386900 - 65386400),
    "111": Y(3865700 - 1865200), "112": Y(6426800 - 6423800),
    "113": W(oth(BY["东莞市机关事务管理局"]) - d("433.22")),
    "130": W(TOT["zhongyiyuan_2026"] - TOT["zhongyiyuan_2025"]),
    "131": P((TOT["zhongyiyuan_2026"] - TOT["zhongyiyuan_2025"]) / TOT["zhongyiyuan_2025"] * 100),
    "133": Y(128465200 - 96325800), "137": Y(4286700 - 3856200),
}
EXTRA = {Y(sum(H["zhongyiyuan_2025"]))}  # second figure of b34-138 (2025 task total)
PAPER = {"035": "#5", "062": "3059200元", "070": "230110500元", "071": "80.80%", "075": "#84", "076": "#22", "077": "#6",
         "078": "#4", "079": "15997400元", "080": "82.36%", "081": "620491.49万元", "082": "212542.10万元",
         "083": "4462334.57万元", "084": "89.07%", "085": "13857690.00元", "086": "119607100元", "087": "11.71%",
         "088": "#435", "092": "#3", "093": "#42", "094": "#31", "095": "#52", "096": "#48", "097": "#81", "098": "#4",
         "099": "#2", "100": "#41", "103": "3.28万元", "104": "13880.19万元", "105": "3.59万元", "106": "22375.31万元",
         "107": "283288.95万元", "108": "300元", "109": "3400元", "110": "500元", "111": "2000500元", "112": "3000元",
         "113": "0.45万元", "130": "13001.12万元", "131": "8.36%", "133": "32139400元", "137": "430500元"}
if {"230793200元"} != EXTRA:
    err("2025 task total")
for k in PAPER:
    if RECIPES.get(k) != PAPER[k]:
        err(f"recipe {k}: {RECIPES.get(k)} != paper {PAPER[k]}")
# yes/no thresholds worked out on paper
if not (d("18436.52") / TOT["zhongyiyuan_2026"] > d("0.10")):  # 115: 10.93 %, not under 一成
    err("115 threshold")
if not (d("23086.19") / TOT["shizhengguanhu_2026"] > d("0.90")):  # 126: 98.28 %
    err("126 threshold")
if not (TOT["zhongyiyuan_2026"] > 150000 and max(H["shizhengguanhu_2026"]) < 50000000 and peo(BY[KY]) < 50
        and TOT["zhongyiyuan_2026"] > TOT["zhongyiyuan_2025"]):  # 114, 125, 120, 128
    err("114 / 120 / 125 / 128 threshold")

# ---------------------------------------------------------------- hand table: id expect yesno first-figure followup_of
HT = """
001 ok - 65386900元 -|002 ok - 58463200元 001|003 ok - 128465200元 -|004 ok - 7826400元 -|005 ok - 6426800元 -
006 ok - 1387900元 -|007 ok - 9654800元 -|008 ok - 5862300元 -|009 ok - 1865200元 -|010 ok - 3865700元 009
011 ok - 682400元 -|012 ok - 12863500元 -|013 ok - 2146800元 -|014 ok - 2654300元 -|015 ok - 42863700元 -
016 ok - 9548200元 -|017 ok - 6238900元 -|018 ok - ≥240万人次 -|019 ok - ≥720万人次 018|020 ok - ≤260元/人次 -
021 ok - ≤8.5天 -|022 ok - 2026年11月30日前 -|023 ok - ≥90万人次 -|024 ok - ≥360场 -|025 ok - ≤3800元/平方米 -
026 ok - 2026年5月31日前 -|027 ok - ≥1.2万次 -|028 ok - ≥1000人次 -|029 ok - ≤25元/辆/日 -|030 ok - ≥97% -
031 ok - ≤48小时 -|032 ok - ≥95% 031|033 ok - 168601.27万元 -|034 ok - 18436.52万元 033|035 ok - #5 034
036 ok - 2864.73万元 -|037 ok - #4 -|038 ok - 3285.64万元 -|039 ok - 2100.00万元 -|040 ok - - -
041 ok - - -|042 ok - 88万人次 -|043 ok - 800张 -|044 ok - 36个 -|045 ok - 126种 -
046 ok - 6万人次 -|047 ok - 25家 -|048 ok - 200场 -|049 ok - 95万人次 -|050 ok - 4.5万人次 -
051 ok - 50万人次 -|052 ok - 400场 -|053 ok - 2.6万宗 -|054 ok - 0.5% -|055 ok - 30个 -
056 ok - 2000宗 -|057 ok - 240台 -|058 ok - 2小时 -|059 ok - 45处 -|060 ok - - -
061 ok - - -|062 ok - 3059200元 061|063 ok - - -|064 ok - - -|065 ok - - -
066 ok - - -|067 ok - - -|068 ok - - -|069 ok - #10 -|070 ok - 230110500元 069
071 ok - 80.80% 070|072 ok - #15 -|073 ok - #4 -|074 ok - #2 -|075 ok - #84 -
076 ok - #22 -|077 ok - #6 -|078 ok - #4 -|079 ok - 15997400元 -|080 ok - 82.36% 079
081 ok - 620491.49万元 -|082 ok - 212542.10万元 -|083 ok - 4462334.57万元 -|084 ok - 89.07% -|085 ok - 13857690.00元 -
086 ok - 119607100元 -|087 ok - 11.71% -|088 ok - #435 -|089 ok - 48263500元 -|090 ok - 386400元 089
091 ok - 451890.22万元 -|092 ok - #3 -|093 ok - #42 -|094 ok - #31 093|095 ok - #52 -
096 ok - #48 095|097 ok - #81 -|098 ok - #4 -|099 ok - #2 -|100 ok - #41 -
101 ok - 8654300元 -|102 ok - 168601.27万元 -|103 ok - 3.28万元 -|104 ok - 13880.19万元 -|105 ok - 3.59万元 -
106 ok - 22375.31万元 -|107 ok - 283288.95万元 -|108 ok - 300元 -|109 ok - 3400元 -|110 ok - 500元 -
111 ok - 2000500元 -|112 ok - 3000元 -|113 ok - 0.45万元 -|114 ok 是 168601.27万元 -|115 ok 否 18436.52万元 -
116 ok 是 2026年11月30日前 -|117 ok 是 ≤260元/人次 -|118 ok 否 ≥92% -|119 ok 是 2026年5月31日前 -|120 ok 否 #43 -
121 ok 否 0.00万元 -|122 ok 是 ≥95% -|123 ok 否 2026年10月31日前 -|124 ok 是 ≤2% -|125 ok 否 48263500元 -
126 ok 是 23086.19万元 -|127 ok 否 2026年7月31日前 -|128 ok 是 168601.27万元 -|129 ok - 155600.15万元 -|130 ok - 13001.12万元 -
131 ok - 8.36% 130|132 ok - #1782 -|133 ok - 32139400元 -|134 ok - 7826400元 -|135 ok - 3856200元 -
136 ok - 4286700元 -|137 ok - 430500元 -|138 ok - #9 -|139 ok - ≥90% -|140 ok - 稳步提升 -
141 ok - - -|142 ok - 235万人次 -|143 ok - 3360000元 -|144 ok - 336.00万元 -|145 not_found - - -
146 ok - 155600.15万元 145|147 not_found - - -|148 not_found - - -|149 not_found - - -|150 not_found - - -
151 not_found - - -|152 not_found - - -|153 not_found - - -|154 not_found - - -|155 not_found - - -
156 not_found - - -|157 ok_or_clarify - - -|158 ok_or_clarify - - -|159 ok - 758700元 -|160 ok - 4236500元 -
"""
HAND_TABLE = {}
for cell in HT.replace("\n", "|").split("|"):
    if cell.strip():
        n, e, yn, f1, fu = cell.split()
        HAND_TABLE[f"b34-{n}"] = (e, None if yn == "-" else yn, None if f1 == "-" else f1, None if fu == "-" else f"b34-{fu}")
MEMBERS = {
    "040": {"接待游客", "举办专题展览", "开展社会教育活动", "修缮古建筑面积", "养护古树名木", "数字化采集书画藏品"},
    "041": {"门诊平均候诊时间", "治未病和中医康复中心投入使用时间"},
    "060": {"医疗设备购置和更新经费", "新院区二期工程建设经费", "中医重点专科建设经费"},
    "061": {"古建筑消防安全和白蚁防治经费", "书画藏品征集和修复经费", "讲解员和文博人员培训经费", "可园文化宣传推广经费",
            "岭南画派研究和学术交流经费"},
    "063": {"镇街交通执法协管工作补助", "执法人员业务培训经费", "非法营运车辆暂扣场运行管理经费"},
    "064": {"定期检测桥梁隧道"},
    "065": {"中医药服务能力", "中医药传承创新体系"},
    "066": {"古建筑修缮工程验收合格率", "古建筑完好率", "游客满意度"},
    "067": {"东莞市财政局", "东莞市水务局", "东莞市社会福利中心", "东莞市交通运输综合行政执法支队"},
    "068": {"东莞市金融工作局", "东莞市中心血站", "东莞市残疾人联合会", "东莞市供销合作社", "东莞市交通运输综合行政执法支队"},
    "141": CHANGED,
}
if {t["department"] for t in DG if 350 <= peo(t) <= 400} != MEMBERS["067"]:
    err("067 vs tables")
if {t["department"] for t in DG if 17000 <= tot(t) <= 18000} != MEMBERS["068"]:
    err("068 vs tables")
ORDER = {"091": ["东莞市人民医院", "东莞市教育局", "东莞市公安局", "东莞市人力资源和社会保障局", "东莞市中医院"],
         "102": ["东莞市中医院", "东莞市市政设施管护中心", "东莞市交通运输综合行政执法支队", "东莞市可园博物馆"],
         "089": ["市政道路日常养护经费"], "090": ["养护作业人员安全培训经费"], "101": ["道路运输市场执法检查经费"],
         "134": ["治未病和中医康复中心建设经费"], "136": ["名中医传承工作室和师承教育经费"]}
if [t["department"] for t in sorted(DG, key=tot, reverse=True)[:5]] != ORDER["091"]:
    err("091 vs tables")
if any(peo(t) in (50, 350, 400, 1000) for t in DG) or any(tot(t) in (d(17000), d(18000), d(150000)) for t in DG) or \
        any(bl(t)["基本支出"] == 100000 for t in DG) or any(x["amount_yuan"] in (1000000, 2000000, 3000000, 30000000)
                                                         for s in NEW for x in TABLES[s]["tasks"]):
    err("a value on a threshold")
FULL = {"027": "≥1.2万次 ≥3.6万次", "034": "18436.52万元 150164.75万元", "036": "2864.73万元 19842.56万元 782.07万元",
        "037": "#4 #392", "039": "2100.00万元 246.00万元",
        "102": "168601.27万元 23489.36万元 17165.83万元 3285.64万元",
        "103": "3.28万元 23489.36万元 23492.64万元", "104": "13880.19万元 3285.64万元 17165.83万元",
        "105": "3.59万元 17165.83万元 17169.42万元", "106": "22375.31万元 168601.27万元 146225.96万元",
        "107": "283288.95万元 168601.27万元 451890.22万元", "108": "300元 2146800元 2146500元",
        "109": "3400元 42863700元 42860300元", "110": "500元 65386900元 65386400元", "111": "2000500元 1865200元 3865700元",
        "112": "3000元 6426800元 6423800元", "113": "0.45万元 433.22万元 433.67万元",
        "130": "13001.12万元 168601.27万元 155600.15万元", "133": "32139400元 128465200元 96325800元",
        "137": "430500元 4286700元 3856200元", "138": "#9 230793200元", "132": "#1782 #1856"}
REQ_ABSENT = {"001": "65386400元", "002": "65386900元", "005": "6423800元", "006": "1387500元", "008": "5860400元",
              "009": "3865700元", "010": "1865200元", "012": "12386200元", "013": "2146500元", "015": "42860300元",
              "017": "6238600元", "018": "≥225万人次", "020": "≤320元/人次", "021": "≤7天", "023": "≥115万人次",
              "024": "≥500场", "028": "≥1200人次", "030": "≥96%", "139": "≥92%", "140": "明显提升", "143": "3720000元",
              "145": "155600.15万元", "147": "5862300元", "148": "17165.83万元", "149": "168601.27万元",
              "152": "23489.36万元", "153": "17165.83万元", "154": "5860400元", "155": "685000000元",
              "156": "126800600元", "159": "326800元", "160": "4236200元", "151": "18753600元"}
NOT_ABSENT = {"018": ["≥720万人次"], "023": ["≥270万人次"], "027": ["≥3.6万次"], "139": ["≥94%"],
              "002": ["58463200元"], "042": ["≥85万人次"], "049": ["≥90万人次"], "129": ["168601.27万元"]}
COUNTERPART = {"042", "045", "049", "052", "055", "056", "059", "142"}
STORED = set()
for t in TABLES.values():
    for x in t.get("tasks", []):
        STORED.add(Y(x["amount_yuan"]) if float(x["amount_yuan"]).is_integer() else f"{x['amount_yuan']}元")
    for x in t.get("budget", []):
        STORED.add(W(x["amount_wan"]))
    if t.get("budget"):
        STORED.update({W(tot(t)), f"#{peo(t)}", f"#{t['basic_info'].get('下属二级单位数')}"})
    for i in t.get("indicators", []):
        STORED.update(v for v in (i["period_value"], i["annual_value"]) if v)
    STORED.update({f"#{len(t.get('tasks', []))}", f"#{len(t.get('indicators', []))}"})
    for lv2 in ("数量指标", "时效指标"):
        STORED.add(f"#{sum(1 for i in t.get('indicators', []) if i['level2'] == lv2)}")
GOALS = "".join(g for s in NEW for g in TABLES[s]["goals"])
ALLGOALS = "".join(g for t in TABLES.values() for g in t.get("goals", []) if isinstance(g, str))

path = Path(sys.argv[1]) if len(sys.argv) > 1 else BLIND / "batch_34.jsonl"
rows = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
if len(rows) != 160:
    err(f"{len(rows)} lines")
cnt = {c: 0 for c in CATS}
prev = None
for r in rows:
    rid = r["id"]
    k = rid[4:]
    if list(r) != FIELDS:
        err(f"{rid}: fields")
    cnt[r["category"]] = cnt.get(r["category"], 0) + 1
    e, yn, f1, fu = HAND_TABLE.get(rid, (None,) * 4)
    if r["expect"] != e or r["yesno"] != yn or (r["figures"][0] if r["figures"] else None) != f1:
        err(f"{rid}: expect / yesno / first figure")
    if r["followup_of"] != fu or (fu and fu != prev) or (r["category"] == "followup") != bool(fu):
        err(f"{rid}: chain")
    if r["expect"] in ("not_found", "ok_or_clarify") and (r["figures"] or r["names"]):
        err(f"{rid}: figures on a {r['expect']} line")
    for f in r["figures"]:
        if not (f in STORED or (f in GOALS and not f.startswith("#")) or f in PAPER.values() or f in EXTRA):
            err(f"{rid}: figure {f} unaccounted for")
    if (len(r["figures"]) > 1 or k in FULL) and r["figures"] != FULL.get(k, "").split():
        err(f"{rid}: figures {r['figures']}")
    if k in PAPER and r["figures"][0] != PAPER[k]:
        err(f"{rid}: recipe")
    if k in COUNTERPART and not any(w in r["q"] for w in ("目标", "大概")):
        err(f"{rid}: counterpart goal figure without 目标 / 大概")
    for x in r["absent"]:
        if x in r["figures"] or (x not in STORED and x not in ALLGOALS):
            err(f"{rid}: absent {x}")
    if k in REQ_ABSENT and REQ_ABSENT[k] not in r["absent"]:
        err(f"{rid}: required absent missing")
    for v in NOT_ABSENT.get(k, []):
        if v in r["absent"]:
            err(f"{rid}: {v} must not be absent")
    if k in MEMBERS and set(r["names"]) != MEMBERS[k]:
        err(f"{rid}: members")
    if k in ORDER and r["names"][:len(ORDER[k])] != ORDER[k]:
        err(f"{rid}: order")
    if "[scope: " not in r["note"]:
        err(f"{rid}: no scope")
    prev = rid
if cnt != CATS:
    err(f"category counts {cnt}")
for m in ERR:
    print("ERROR", m)
print(f"{len(ERR)} errors")
sys.exit(1 if ERR else 0)
