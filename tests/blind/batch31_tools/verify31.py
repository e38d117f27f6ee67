"""Second, independent check of tests/blind/batch_31.jsonl (0 errors required).

Written apart from gen_batch31.py / truth31.py: loads the tables itself (batches.json's list for batch_31, which must be
batch 30's list + the five new slugs, and the five fixture tables); checks the five new tables against values typed
here by hand (budget lines, 预算合计, 专项 = 市本级 + 对下, people, 二级单位, every task amount and section; the 妇幼保健院
2025/2026 differences — one 2026-only task, one rename, one 2026-only indicator, six changed annual values, one of them
qualitative —; the shape the brief asks for; the look-alike amounts; every new amount unique; look-alike indicators with
other values); recomputes the 72 东莞 2026 departments' ranks, sums and counts and checks them against values worked out
on paper; checks the schema and the chains; accepts a figure only if it is a stored value, a goal phrase of a new table,
or a recipe computed here; checks every line's expect / yes-no / first figure / chain against a hand table, every figure
of the multi-figure lines, list members and ranking orders against hand lists, and required absents.

Two loaded 东莞 names have no 市 (东莞图书馆, batch 30, and 东莞职业技术学院, this batch): the 东莞 2026 set is every
department table of 2026 whose name starts with 东莞 or holds 东莞市 (共青团东莞市委员会, 中共东莞市委党校).

`verify31.py FILE` checks a copy.
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
NEW = ["fuyou_2026", "fuyou_2025", "zhiyuan_2026", "budongchan_2026", "bowuguan_2026"]
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
if lists.get("batch_31.jsonl") != lists["batch_30.jsonl"] + NEW:
    err("batches.json: batch_31 list is not batch 30's + the five new slugs")
if len(set(lists.get("batch_31.jsonl", []))) != len(lists.get("batch_31.jsonl", [])):
    err("batches.json: duplicates in batch_31")
TABLES = {}
for slug in lists["batch_31.jsonl"]:
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
if len(DG) != 72:
    err(f"东莞 2026 departments: {len(DG)} (72 expected)")
if sorted(t["department"] for t in DG if "东莞市" not in t["department"]) != ["东莞图书馆", "东莞职业技术学院"]:
    err("东莞图书馆 and 东莞职业技术学院 should be the only 东莞 2026 names without 东莞市")
BYNAME = {t["department"]: t for t in DG}
peo = lambda t: t["basic_info"]["财政供养人员数"]  # noqa: E731

# ------------------------------------------------------------------ hand values of the new tables
# dept, people, units, 基本, 项目, 其他事业发展性, 财政拨款, 其他资金, 专项, 市本级, 对下, 预算合计, tasks
HAND = {
    "fuyou_2026": ("东莞市妇幼保健院", 1168, 2, "86452.38", "38216.45", "4272.43", "21386.54", "107554.72", "9200.00",
                   "8882.00", "318.00", "128941.26", [
        ("孕产妇和新生儿危急重症救治中心建设经费", 48653200, "K"), ("出生缺陷综合防治和产前筛查经费", 31560700, "K"),
        ("医疗设备购置和更新经费", 65386400, "K"), ("镇街妇幼健康服务网络建设补助", 3180000, "O"),
        ("妇幼健康信息化建设经费", 18750300, "O"), ("儿童早期发展和儿童保健服务经费", 5230900, "O"),
        ("妇幼专科人才培养和医务人员培训经费", 6420300, "O"), ("“两癌”筛查和妇女保健服务经费", 1950900, "O"),
        ("医院后勤保障和物业管理经费", 9540900, "O"), ("人类母乳库建设经费", 2864800, "O")]),
    "fuyou_2025": ("东莞市妇幼保健院", 1152, 2, "81236.45", "35482.16", "3986.27", "19842.36", "100862.52", "8500.00",
                   "8204.00", "296.00", "120704.88", [
        ("危重孕产妇和新生儿救治中心建设经费", 42386500, "K"), ("出生缺陷综合防治和产前筛查经费", 28640300, "K"),
        ("医疗设备购置和更新经费", 58912600, "K"), ("镇街妇幼健康服务网络建设补助", 2960000, "O"),
        ("妇幼健康信息化建设经费", 16438200, "O"), ("儿童早期发展和儿童保健服务经费", 4786500, "O"),
        ("妇幼专科人才培养和医务人员培训经费", 5864700, "O"), ("“两癌”筛查和妇女保健服务经费", 1724300, "O"),
        ("医院后勤保障和物业管理经费", 9126400, "O")]),
    "zhiyuan_2026": ("东莞职业技术学院", 716, 3, "26845.37", "31286.15", "2105.42", "46518.26", "13718.68", "12600.00",
                     "12166.00", "434.00", "60236.94", [
        ("现代产业学院和产教融合实训基地建设经费", 64200700, "K"), ("“双高”专业群建设经费", 27384600, "K"),
        ("新校区二期工程配套设施建设经费", 86450300, "K"), ("镇街社区教育学习中心建设补助", 4340000, "O"),
        ("学生资助和奖助学金经费", 18960400, "O"), ("智慧校园信息化建设经费", 7645200, "O"),
        ("职业技能等级认定和社会培训经费", 2156800, "O"), ("教师队伍建设和师资培训经费", 9860700, "O"),
        ("实验实训设备和图书馆运行维护经费", 3286900, "O"), ("招生就业和校企合作经费", 1385900, "O")]),
    "budongchan_2026": ("东莞市不动产登记中心", 246, 1, "4986.52", "10436.28", "481.47", "15536.85", "367.42", "5800.00",
                        "5413.00", "387.00", "15904.27", [
        ("不动产登记信息平台升级和运维经费", 12680600, "K"), ("不动产权籍调查和登记档案数字化经费", 6380900, "K"),
        ("“交房即交证”和登记便民服务经费", 4586400, "K"), ("镇街不动产登记服务窗口建设补助", 3870000, "O"),
        ("登记窗口服务外包和人员劳务经费", 15280500, "O"), ("不动产登记电子证照和“一网通办”运维经费", 2459300, "O"),
        ("地籍测绘和权属调查外业经费", 7925600, "O"), ("登记业务人员培训经费", 866300, "O"),
        ("不动产登记档案库房运行维护经费", 2486300, "O"), ("不动产登记政策宣传经费", 1248900, "O")]),
    "bowuguan_2026": ("东莞市博物馆", 59, 1, "1528.46", "5126.83", "292.23", "6758.31", "189.21", "2600.00", "2364.00",
                      "236.00", "6947.52", [
        ("基本陈列提升改造和临时展览经费", 15936800, "K"), ("藏品征集和文物保护修复经费", 5860400, "K"),
        ("智慧博物馆和藏品数字化建设经费", 4580900, "K"), ("镇街博物馆和村史馆建设补助", 2360000, "O"),
        ("社会教育和研学活动经费", 1535900, "O"), ("馆舍安全保卫和物业管理经费", 3865700, "O"),
        ("文物安全防范和消防设施运维经费", 985900, "O"), ("讲解员和文博人员培训经费", 758700, "O"),
        ("文创产品开发和宣传推广经费", 1287300, "O"), ("流动博物馆和非遗展示进基层经费", 2485400, "O")]),
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
    if slug != "fuyou_2025" and not any("日前" in i["annual_value"] for i in inds):
        err(f"{slug}: no date")
    if not any(not any(c.isdigit() for c in i["annual_value"]) for i in inds):
        err(f"{slug}: no qualitative")
    if not any("%" in i["annual_value"] for i in inds):
        err(f"{slug}: no percentage")
    if not any(w in n for n, _, _ in vals[9] for w in ("培训", "补助", "信息化", "宣传", "运维", "数字化")):
        err(f"{slug}: no shared word in task names")
    goals = "".join(t["goals"])
    if "约" not in goals or "超" not in goals:
        err(f"{slug}: no rough (约 / 超) goal figure")
cost_units = {i["annual_value"] for s in NEW for i in TABLES[s]["indicators"] if i["level1"] == "成本指标"}
for unit in ("元/例", "万元/台", "元/生/年", "元/平方米", "元/人", "元/卷", "元/宗", "万元/人/年", "万元/件", "万元/场"):
    if not any(v.endswith(unit) for v in cost_units):
        err(f"cost indicators: no {unit}")

IND = {s: {i["level3"]: i for i in TABLES[s]["indicators"]} for s in TABLES}
F6, F5 = IND["fuyou_2026"], IND["fuyou_2025"]
if set(F6) - set(F5) != {"人类母乳库建成时间"} or set(F5) - set(F6):
    err("妇幼: 2026-only indicators")
changed = {n for n in F5 if F5[n]["annual_value"] != F6[n]["annual_value"]}
CHANGED = {"产前筛查例数", "新生儿疾病筛查", "适龄妇女“两癌”筛查", "孕产妇死亡率", "出生缺陷防治能力", "孕产妇满意度"}
if changed != CHANGED:
    err(f"妇幼 changed indicators {changed}")
if (F5["出生缺陷防治能力"]["annual_value"], F6["出生缺陷防治能力"]["annual_value"]) != ("逐步提升", "持续提升"):
    err("qualitative change")
n6 = {n for n, _, _ in HAND["fuyou_2026"][-1]}
n5 = {n for n, _, _ in HAND["fuyou_2025"][-1]}
if n6 - n5 != {"人类母乳库建设经费", "孕产妇和新生儿危急重症救治中心建设经费"} or n5 - n6 != {"危重孕产妇和新生儿救治中心建设经费"}:
    err("妇幼: 2026-only task / rename")

# look-alikes (new amount, other table, its amount)
ALL = {}
for s, t in TABLES.items():
    for x in t.get("tasks", []):
        ALL.setdefault(d(x["amount_yuan"]), []).append((s, x["name"]))
LOOK = [(31560700, "weijianju_2026", 31560000), (18750300, "weijianju_2026", 18750000),
        (1950900, "fulian_2026", 1950600), (2864800, "xuezhan_2026", 2864300), (18960400, "renshe_2026", 18960000),
        (64200700, "jiaoyuju_2026", 64200000), (12680600, "ziranziyuan_2026", 12680000),
        (7925600, "ziranziyuan_2026", 7925000), (15936800, "danganju_2026", 15936400),
        (5860400, "wenguangluti_2026", 5860000), (2485400, "wenguangluti_2026", 2485000),
        (1248900, "ziranziyuan_2026", 1248500), (1385900, "renshe_2026", 1385600), (6420300, "weijianju_2026", 6420000)]
for mine, slug, other in LOOK:
    if not (0 < abs(mine - other) <= 1000) or slug not in [s for s, _ in ALL.get(d(other), [])]:
        err(f"look-alike {mine} / {slug} {other}")
for s in NEW:
    for x in TABLES[s]["tasks"]:
        if len(ALL[d(x["amount_yuan"])]) != 1:
            err(f"amount not unique: {x}")
for (s_new, n_new), (s_old, n_old) in [
        (("fuyou_2026", "婴儿死亡率"), ("weijianju_2026", "婴儿死亡率")),
        (("fuyou_2026", "产前筛查例数"), ("weijianju_2026", "免费产前筛查例数")),
        (("zhiyuan_2026", "毕业生本地就业率"), ("jiaoyuju_2026", "职业院校毕业生本地就业率")),
        (("zhiyuan_2026", "毕业生“双证书”获取率"), ("jiaoyuju_2026", "中职学校毕业生“双证书”获取率")),
        (("budongchan_2026", "一般登记办理时限"), ("ziranziyuan_2026", "不动产一般登记办理时限")),
        (("budongchan_2026", "登记档案数字化单卷成本"), ("gongjijin_2026", "业务档案数字化单卷成本")),
        (("budongchan_2026", "办事群众满意度"), ("ziranziyuan_2026", "办事群众满意度")),
        (("budongchan_2026", "办事群众满意度"), ("zhengshuju_2026", "办事群众满意度")),
        (("bowuguan_2026", "接待观众"), ("kexie_2026", "科技馆接待观众"))]:
    a, b_ = IND[s_new][n_new], IND[s_old][n_old]
    if a["annual_value"] == b_["annual_value"]:
        err(f"look-alike indicator {n_new} same value")

# ------------------------------------------------------------------ recipes from hand values
H = {s: {n: a for n, a, _ in v[-1]} for s, v in HAND.items()}
KS = {s: sum(a for _, a, k in v[-1] if k == "K") for s, v in HAND.items()}
TS = {s: sum(a for _, a, _ in v[-1]) for s, v in HAND.items()}
TOT = {s: d(v[11]) for s, v in HAND.items()}
FY, FY5, ZY, BDC, BWG = NEW


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


mid = [a for a in H[BDC].values() if 2000000 <= a <= 5000000]
RECIPES = {
    "b31-035": rk(tot, "东莞市妇幼保健院"), "b31-064": Y(sum(mid)),
    "b31-071": Y(KS[FY]), "b31-072": P(d(KS[FY]) / TS[FY] * 100),
    "b31-075": f"#{len(DG)}", "b31-076": f"#{len(named('档案'))}", "b31-077": f"#{sum(peo(t) > 1000 for t in DG)}",
    "b31-078": f"#{sum(tot(t) > 50000 for t in DG)}",
    "b31-080": Y(TS[FY]), "b31-081": P(d(TS[FY]) / (d("38216.45") * 10000) * 100), "b31-082": Y(KS[ZY]),
    "b31-083": W(TOT[BDC] + TOT[BWG]), "b31-084": W(TOT[FY] + TOT[ZY] + TOT[BDC] + TOT[BWG]),
    "b31-085": W(sum(tot(t) for t in DG)), "b31-086": P(d("107554.72") / TOT[FY] * 100),
    "b31-087": f"{r2(d(TS[BWG]) / 10)}元", "b31-088": Y(sum(x["amount_yuan"] for x in named("登记"))),
    "b31-089": P(d("434.00") / d("12600.00") * 100),
    "b31-090": rk(tot, "东莞职业技术学院"), "b31-091": rk(tot, "东莞市不动产登记中心"),
    "b31-092": rk(peo, "东莞市不动产登记中心"), "b31-093": rk(tot, "东莞市博物馆"),
    "b31-095": rk(peo, "东莞职业技术学院"), "b31-102": rk(lambda t: bud(t, "项目支出"), "东莞职业技术学院"),
    "b31-103": W(TOT[FY] - tot(BYNAME["东莞市住房和城乡建设局"])), "b31-104": W(tot(BYNAME["东莞市林业局"]) - TOT[ZY]),
    "b31-105": W(tot(BYNAME["东莞市人民防空办公室"]) - TOT[BDC]), "b31-106": W(tot(BYNAME["东莞市档案局"]) - TOT[BWG]),
    "b31-107": Y(H[FY]["出生缺陷综合防治和产前筛查经费"] - other("东莞市卫生健康局", "妇幼健康服务项目经费")),
    "b31-108": Y(H[BDC]["不动产登记信息平台升级和运维经费"] - other("东莞市自然资源局", "不动产登记信息化建设经费")),
    "b31-109": Y(H[BWG]["藏品征集和文物保护修复经费"] - other("东莞市文化广电旅游体育局", "文物保护修缮经费")),
    "b31-110": f"#{peo(BYNAME['东莞市城市管理和综合执法局']) - 716}",
    "b31-111": Y(H[FY]["“两癌”筛查和妇女保健服务经费"] - other("东莞市妇女联合会", "“两癌”困难妇女救助经费")),
    "b31-112": W(tot(BYNAME["东莞图书馆"]) - TOT[BWG]),
    "b31-113": Y(other("东莞市教育局", "教师队伍建设") - H[ZY]["教师队伍建设和师资培训经费"]),
    "b31-130": W(TOT[FY] - TOT[FY5]), "b31-131": P((TOT[FY] - TOT[FY5]) / TOT[FY5] * 100),
    "b31-133": Y(H[FY]["医疗设备购置和更新经费"] - H[FY5]["医疗设备购置和更新经费"]),
    "b31-137": Y(H[FY]["孕产妇和新生儿危急重症救治中心建设经费"] - H[FY5]["危重孕产妇和新生儿救治中心建设经费"]),
}
# hand-typed expectations of the recipes (what the writer worked out on paper)
PAPER = {"b31-035": "#6", "b31-064": "13402000元", "b31-071": "145600300元", "b31-072": "75.23%", "b31-075": "#72",
         "b31-076": "#16", "b31-077": "#4", "b31-078": "#24", "b31-080": "193538400元", "b31-081": "50.64%",
         "b31-082": "178035600元", "b31-083": "22851.79万元", "b31-084": "212029.99万元", "b31-085": "3696159.01万元",
         "b31-086": "83.41%", "b31-087": "3965700.00元", "b31-088": "63807900元", "b31-089": "3.44%", "b31-090": "#22",
         "b31-091": "#47", "b31-092": "#19", "b31-093": "#62", "b31-095": "#6", "b31-102": "#32",
         "b31-103": "5.55万元", "b31-104": "2.87万元", "b31-105": "4.37万元", "b31-106": "3.96万元", "b31-107": "700元",
         "b31-108": "600元", "b31-109": "400元", "b31-110": "#8", "b31-111": "300元", "b31-112": "4826.00万元",
         "b31-113": "88739300元", "b31-130": "8236.38万元", "b31-131": "6.82%", "b31-133": "6473800元",
         "b31-137": "6266700元"}
for k, v in PAPER.items():
    if RECIPES[k] != v:
        err(f"recipe {k}: computed {RECIPES[k]} != paper {v}")
if set(PAPER) != set(RECIPES):
    err("recipes without a paper value")

# ------------------------------------------------------------------ hand table: id expect yesno first-figure followup_of
HT = """
001 ok - 65386400元 -|002 ok - 58912600元 001|003 ok - 31560700元 -|004 ok - 18750300元 -|005 ok - 1950900元 -
006 ok - 18960400元 -|007 ok - 18960000元 006|008 ok - 64200700元 -|009 ok - 9860700元 -|010 ok - 86450300元 -
011 ok - 12680600元 -|012 ok - 12680000元 011|013 ok - 7925600元 -|014 ok - 15280500元 -|015 ok - 15936800元 -
016 ok - 5860400元 -|017 ok - 2360000元 -|018 ok - 2864800元 -|019 ok - ≥6.2万例 -|020 ok - ≥18万例 019
021 ok - ≤2.5‰ -|022 ok - ≤30分钟 -|023 ok - ≥65% -|024 ok - ≥3万人次 -|025 ok - ≤3300元/生/年 -
026 ok - 2026年8月20日前 -|027 ok - ≤2个工作日 -|028 ok - ≤8元/卷 -|029 ok - ≥97% -|030 ok - ≥115万人次 -
031 ok - 2026年9月28日前 -|032 ok - ≤1.8万元/件 -|033 ok - 128941.26万元 -|034 ok - 21386.54万元 033|035 ok - #6 034
036 ok - 60236.94万元 -|037 ok - #246 -|038 ok - 2600.00万元 -|039 ok - 2105.42万元 -|040 ok - - -
041 ok - - -|042 ok - 2600例 -|043 ok - 210万人次 -|044 ok - 1200升 -|045 ok - 6.8万例 -
046 ok - 30张 -|047 ok - 2.5万人 -|048 ok - ≥2.4万人 047|049 ok - 520家 -|050 ok - 5200人 -
051 ok - 8.6万平方米 -|052 ok - 3.2万人次 -|053 ok - 45万件 -|054 ok - 16万件 -|055 ok - 380万卷 -
056 ok - 210个 -|057 ok - 2.3万件 -|058 ok - 128万人次 -|059 ok - 8万人次 -|060 ok - 36个 -
061 ok - - -|062 ok - - -|063 ok - - -|064 ok - 13402000元 063|065 ok - - -
066 ok - - -|067 ok - - -|068 ok - - -|069 ok - - -|070 ok - #10 -
071 ok - 145600300元 070|072 ok - 75.23% 071|073 ok - #16 -|074 ok - #5 -|075 ok - #72 -
076 ok - #16 -|077 ok - #4 -|078 ok - #24 -|079 ok - #6 -|080 ok - 193538400元 -
081 ok - 50.64% 080|082 ok - 178035600元 -|083 ok - 22851.79万元 -|084 ok - 212029.99万元 -|085 ok - 3696159.01万元 -
086 ok - 83.41% -|087 ok - 3965700.00元 -|088 ok - 63807900元 -|089 ok - 3.44% -|090 ok - #22 -
091 ok - #47 -|092 ok - #19 091|093 ok - #62 -|094 ok - 107554.72万元 -|095 ok - #6 -
096 ok - 18650600元 -|097 ok - 128941.26万元 -|098 ok - 15936800元 -|099 ok - 758700元 098|100 ok - 62450300元 -
101 ok - 186452.37万元 -|102 ok - #32 -|103 ok - 5.55万元 -|104 ok - 2.87万元 -|105 ok - 4.37万元 -
106 ok - 3.96万元 -|107 ok - 700元 -|108 ok - 600元 -|109 ok - 400元 -|110 ok - #8 -
111 ok - 300元 -|112 ok - 4826.00万元 -|113 ok - 88739300元 -|114 ok 是 128941.26万元 -|115 ok 是 ≥95% -
116 ok 是 ≤2个工作日 -|117 ok 是 2026年6月15日前 -|118 ok 是 2026年9月28日前 -|119 ok 否 2026年8月20日前 -|120 ok 否 367.42万元 -
121 ok 否 60236.94万元 -|122 ok 是 #1168 -|123 ok 否 15936800元 -|124 ok 是 ≤180元/例 -|125 ok 否 ≤8元/卷 -
126 ok 否 ≥92% -|127 ok 否 6947.52万元 -|128 ok 是 107554.72万元 -|129 ok - 120704.88万元 -|130 ok - 8236.38万元 -
131 ok - 6.82% 130|132 ok - 1724300元 -|133 ok - 6473800元 -|134 ok - 2864800元 -|135 ok - 42386500元 -
136 ok - 48653200元 -|137 ok - 6266700元 -|138 ok - #9 -|139 ok - ≥5.6万例 -|140 ok - 逐步提升 -
141 ok - - -|142 ok - #1152 -|143 ok - 6.1万例 -|144 ok - 2960000元 -|145 not_found - - -
146 ok - 120704.88万元 145|147 not_found - - -|148 not_found - - -|149 not_found - - -|150 not_found - - -
151 not_found - - -|152 not_found - - -|153 not_found - - -|154 not_found - - -|155 not_found - - -
156 ok - 2485000元 -|157 ok - ≤3‰ -|158 ok - ≤3个工作日 -|159 ok_or_clarify - - -|160 ok_or_clarify - - -
"""
HAND_TABLE = {}
for cell in HT.replace("\n", "|").split("|"):
    if cell.strip():
        n, e, yn, f1, fu = cell.split()
        HAND_TABLE[f"b31-{n}"] = (e, None if yn == "-" else yn, None if f1 == "-" else f1, None if fu == "-" else f"b31-{fu}")
if len(HAND_TABLE) != 160:
    err(f"hand table has {len(HAND_TABLE)} lines")

# hand member lists / orders
MEMBERS = {
    "b31-040": {"孕产妇满意度", "患儿家长满意度"},
    "b31-041": {"一般登记办理时限", "登记信息平台升级完成时间"},
    "b31-061": {"孕产妇和新生儿危急重症救治中心建设经费", "出生缺陷综合防治和产前筛查经费", "医疗设备购置和更新经费"},
    "b31-062": {"职业技能等级认定和社会培训经费", "招生就业和校企合作经费"},
    "b31-063": {"“交房即交证”和登记便民服务经费", "镇街不动产登记服务窗口建设补助", "不动产登记电子证照和“一网通办”运维经费",
                "不动产登记档案库房运行维护经费"},
    "b31-065": {"文物安全防范和消防设施运维经费", "讲解员和文博人员培训经费"},
    "b31-066": {"建设现代产业学院", "开展社会培训"},
    "b31-067": {"登记财产营商环境", "不动产登记便民服务机制"},
    "b31-068": {"东莞市妇幼保健院", "东莞市住房和城乡建设局"},
    "b31-069": {"东莞市妇幼保健院", "东莞市市场监督管理局", "东莞市城市管理和综合执法局", "东莞职业技术学院",
                "东莞市文化广电旅游体育局"},
    "b31-141": CHANGED,
}
if {x for x, a, _ in HAND[FY][-1] if a > 30000000} != MEMBERS["b31-061"]:
    err("b31-061 hand list vs hand values")
if {x for x, a, _ in HAND[ZY][-1] if a < 3000000} != MEMBERS["b31-062"]:
    err("b31-062 hand list vs hand values")
if {x for x, a, _ in HAND[BDC][-1] if 2000000 <= a <= 5000000} != MEMBERS["b31-063"]:
    err("b31-063 hand list vs hand values")
if {x for x, a, _ in HAND[BWG][-1] if a < 1000000} != MEMBERS["b31-065"]:
    err("b31-065 hand list vs hand values")
if {t["department"] for t in DG if 120000 <= tot(t) <= 130000} != MEMBERS["b31-068"]:
    err("b31-068 hand list vs tables")
if {t["department"] for t in DG if 600 <= peo(t) <= 1200} != MEMBERS["b31-069"]:
    err("b31-069 hand list vs tables")
for rid, slug, key, val in [("b31-040", FY, "level2", "服务对象满意度"), ("b31-041", BDC, "level2", "时效指标")]:
    if {i["level3"] for i in TABLES[slug]["indicators"] if i[key] == val} != MEMBERS[rid]:
        err(f"{rid} hand list vs table")
if {i["level3"] for i in TABLES[ZY]["indicators"] if i["period_value"] != i["annual_value"]} != MEMBERS["b31-066"]:
    err("b31-066 hand list vs table")
if {i["level3"] for i in TABLES[BDC]["indicators"] if not any(c.isdigit() for c in i["annual_value"])} != MEMBERS["b31-067"]:
    err("b31-067 hand list vs table")
for v in (tot(t) for t in DG):
    if v in (d(120000), d(130000)):
        err("a budget on the 12亿 / 13亿 boundary")
if any(peo(t) in (600, 1200, 1000) for t in DG) or any(tot(t) == d(50000) for t in DG):
    err("a value on a threshold")
ORDER = {
    "b31-094": ["东莞市妇幼保健院"],
    "b31-096": ["干部教育培训主体班次经费"],
    "b31-097": ["东莞市妇幼保健院", "东莞职业技术学院", "东莞市不动产登记中心", "东莞市博物馆"],
    "b31-098": ["基本陈列提升改造和临时展览经费"],
    "b31-099": ["讲解员和文博人员培训经费"],
    "b31-100": ["工业互联网和数字化转型补助"],
    "b31-101": ["东莞市公安局", "东莞市教育局", "东莞市妇幼保健院"],
}
px = sorted((x["amount_yuan"] for x in named("培训")), reverse=True)
if px[:2] != [18650600, 9860700]:
    err(f"培训 order {px[:3]}")
sz = sorted(((x["amount_yuan"], x["name"]) for x in named("数字化")), reverse=True)
if sz[0] != (62450300, "工业互联网和数字化转型补助") or sz[1] != (6380900, "不动产权籍调查和登记档案数字化经费"):
    err(f"数字化 order {sz[:2]}")
oz = sorted(DG, key=lambda t: bud(t, "其他资金"), reverse=True)
if oz[0]["department"] != "东莞市妇幼保健院" or bud(oz[1], "其他资金") >= d("107554.72"):
    err("其他资金 top")
if min(DG, key=tot)["department"] != "东莞市归国华侨联合会":
    err("least budget")
if max(H[BWG].values()) >= 20000000:
    err("博物馆 has an item over 两千万")
# the two clarify sets
if sorted(IND[s]["婴儿死亡率"]["annual_value"] for s in ("weijianju_2026", "fuyou_2026")) != ["≤2.5‰", "≤3‰"]:
    err("婴儿死亡率 clarify members")
if sorted(IND[s]["办事群众满意度"]["annual_value"] for s in ("ziranziyuan_2026", "zhengshuju_2026", "budongchan_2026")) != \
        ["≥95%", "≥96%", "≥97%"]:
    err("办事群众满意度 clarify members")
if any("进出境" in x["name"] for t in TABLES.values() for x in t.get("tasks", [])):
    err("进出境 item exists")
if any(t["department"].startswith(("广州市妇幼", "深圳")) or "理工学院" in t["department"] for t in TABLES.values()):
    err("a not-loaded department is loaded")
if any(t["department"] == "东莞市妇幼保健院" and t["year"] == 2024 for t in TABLES.values()):
    err("妇幼 2024 loaded")
if any(t["department"] in ("东莞职业技术学院", "东莞市不动产登记中心", "东莞市博物馆") and t["year"] != 2026
       for t in TABLES.values()):
    err("职院 / 不动产 / 博物馆 other year loaded")
for dept, item in [("东莞市妇幼保健院", "家庭医生签约服务补助"), ("东莞市不动产登记中心", "耕地保护与垦造水田项目经费"),
                   ("东莞市卫生健康局", "人类母乳库建设经费")]:
    if item in {x["name"] for x in BYNAME[dept]["tasks"]} or not any(
            item in {x["name"] for x in t["tasks"]} for t in DG if t["department"] != dept):
        err(f"trap item {item}")

# every figure of the lines with more than one, in the order asked (hand-typed)
FULL = {
    "024": "≥3万人次 ≥9万人次", "034": "21386.54万元 107554.72万元", "036": "60236.94万元 26845.37万元 31286.15万元",
    "037": "#246 #1", "038": "2600.00万元 236.00万元", "070": "#10 #3",
    "097": "128941.26万元 60236.94万元 15904.27万元 6947.52万元", "101": "186452.37万元 125430.18万元 86452.38万元",
    "103": "5.55万元 128941.26万元 128935.71万元", "104": "2.87万元 60236.94万元 60239.81万元",
    "105": "4.37万元 15904.27万元 15908.64万元", "106": "3.96万元 6947.52万元 6951.48万元",
    "107": "700元 31560700元 31560000元", "108": "600元 12680600元 12680000元", "109": "400元 5860400元 5860000元",
    "110": "#8 #716 #724", "111": "300元 1950900元 1950600元", "112": "4826.00万元 6947.52万元 11773.52万元",
    "113": "88739300元 9860700元 98600000元", "121": "60236.94万元 60239.81万元", "127": "6947.52万元 2318.47万元",
    "130": "8236.38万元 128941.26万元 120704.88万元", "133": "6473800元 65386400元 58912600元",
    "137": "6266700元 48653200元 42386500元", "138": "#9 170839500元", "142": "#1152 #1168",
}
FULL = {f"b31-{k}": v.split() for k, v in FULL.items()}
REQ_ABSENT = {"b31-003": "31560000元", "b31-004": "18750000元", "b31-005": "1950600元", "b31-006": "18960000元",
              "b31-007": "18960400元", "b31-008": "64200000元", "b31-009": "98600000元", "b31-011": "12680000元",
              "b31-012": "12680600元", "b31-013": "7925000元", "b31-015": "15936400元", "b31-016": "5860000元",
              "b31-018": "2864300元", "b31-019": "≥65000例", "b31-021": "≤3‰", "b31-023": "≥70%", "b31-027": "≤3个工作日",
              "b31-028": "≤6元/卷", "b31-029": "≥95%", "b31-030": "≥120万人次", "b31-058": "≥120万人次",
              "b31-145": "120704.88万元", "b31-147": "18960400元", "b31-148": "15904.27万元", "b31-149": "128941.26万元",
              "b31-150": "60236.94万元", "b31-151": "15904.27万元", "b31-153": "86400000元", "b31-154": "186500000元",
              "b31-155": "2864800元", "b31-156": "2485400元", "b31-157": "≤2.5‰", "b31-158": "≤2个工作日"}
# values that must NOT be absent on their line (the other period / the other year of an ok line)
NOT_ABSENT = {"b31-019": ["≥18万例", "≥5.6万例"], "b31-020": ["≥6.2万例"], "b31-024": ["≥9万人次"],
              "b31-030": ["≥345万人次"], "b31-001": ["58912600元"], "b31-002": ["65386400元"],
              "b31-033": ["120704.88万元"], "b31-129": ["128941.26万元"], "b31-139": ["≥6.2万例"],
              "b31-140": ["持续提升"], "b31-135": ["48653200元"], "b31-045": ["≥6.2万例"], "b31-047": ["≥2.4万人"],
              "b31-143": ["≥5.6万例", "6.8万例"], "b31-055": ["≥150万卷"]}

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
    STORED.add(f"#{sum(1 for x in t.get('tasks', []) if x['section'] == '年度重点工作任务')}")
GOALS = "".join(g for s in NEW for g in TABLES[s]["goals"])
ALLGOALS = "".join(g for t in TABLES.values() for g in t.get("goals", []) if isinstance(g, str))
SUMS = {Y(v) for v in list(KS.values()) + list(TS.values())}
# goal phrases asked (prose lines), each with 约 / 超 before it in its table's goals
PROSE = {"b31-042": ("fuyou_2026", "约2600例"), "b31-043": ("fuyou_2026", "约210万人次"),
         "b31-044": ("fuyou_2026", "约1200升"), "b31-045": ("fuyou_2026", "约6.8万例"),
         "b31-046": ("fuyou_2026", "约30张"), "b31-047": ("zhiyuan_2026", "约2.5万人"),
         "b31-049": ("zhiyuan_2026", "约520家"), "b31-050": ("zhiyuan_2026", "约5200人"),
         "b31-051": ("zhiyuan_2026", "约8.6万平方米"), "b31-052": ("zhiyuan_2026", "超3.2万人次"),
         "b31-053": ("budongchan_2026", "约45万件"), "b31-054": ("budongchan_2026", "约16万件"),
         "b31-055": ("budongchan_2026", "约380万卷"), "b31-056": ("budongchan_2026", "约210个"),
         "b31-057": ("bowuguan_2026", "约2.3万件"), "b31-058": ("bowuguan_2026", "约128万人次"),
         "b31-059": ("bowuguan_2026", "约8万人次"), "b31-060": ("bowuguan_2026", "约36个"),
         "b31-143": ("fuyou_2025", "约6.1万例")}
# prose lines whose figure has an indicator counterpart must say 目标 / 大概 (the batch's convention)
COUNTERPART = {"b31-045", "b31-046", "b31-047", "b31-052", "b31-053", "b31-058", "b31-143"}
for rid, (slug, phrase) in PROSE.items():
    if phrase not in "".join(TABLES[slug]["goals"]):
        err(f"{rid}: {phrase} not in {slug}'s goals")

path = Path(sys.argv[1]) if len(sys.argv) > 1 else BLIND / "batch_31.jsonl"
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
