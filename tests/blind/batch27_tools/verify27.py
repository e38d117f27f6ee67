"""Second, independent check of tests/blind/batch_27.jsonl (0 errors required).

Written apart from gen_batch27.py / truth27.py: loads the tables itself (batches.json's list for batch_27, which must be
batch 26's list + the four new slugs, and the five fixture tables); checks the four new tables against values typed
here by hand (budget lines, 预算合计, 专项 = 市本级 + 对下, people, 二级单位, every task amount and section; the 交易中心
2025/2026 differences — one 2026-only task, one rename, one 2026-only indicator, ten changed annual values, one of
them qualitative —; the shape the brief asks for; the look-alike amounts; every new amount unique; shared indicator
names with other values); recomputes the 59 东莞 2026 departments' ranks, sums and counts and checks them against
values worked out on paper; checks the schema and the chains; accepts a figure only if it is a stored value, a goal
phrase of a new table, or a recipe computed here; checks every line's expect / yes-no / first figure / chain against a
hand table, every figure of the multi-figure lines, list members and ranking orders against hand lists, and required
absents.

`verify27.py FILE` checks a copy.
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
CATS = {"item_money": 14, "indicator": 12, "overview": 4, "structure": 2, "prose": 18, "filter": 8, "count": 8,
        "aggregate": 9, "ranking": 13, "compare": 12, "yesno": 15, "yoy": 15, "not_found": 7, "trap": 8,
        "followup": 15}
FIELDS = ["id", "q", "category", "expect", "figures", "names", "yesno", "absent", "followup_of", "note"]
NEW = ["xiangcunzhenxing_2026", "jiaoyizhongxin_2026", "jiaoyizhongxin_2025", "laoganbu_2026"]
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
if lists.get("batch_27.jsonl") != lists["batch_26.jsonl"] + NEW:
    err("batches.json: batch_27 list is not batch 26's + the four new slugs")
if len(set(lists.get("batch_27.jsonl", []))) != len(lists.get("batch_27.jsonl", [])):
    err("batches.json: duplicates in batch_27")
TABLES = {}
for slug in lists["batch_27.jsonl"]:
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
if len(DG) != 59:
    err(f"东莞 2026 departments: {len(DG)} (59 expected)")
BYNAME = {t["department"]: t for t in DG}
peo = lambda t: t["basic_info"]["财政供养人员数"]  # noqa: E731

# ------------------------------------------------------------------ hand values of the new tables
# dept, people, units, 基本, 项目, 其他事业发展性, 财政拨款, 其他资金, 专项, 市本级, 对下, 预算合计, tasks
HAND = {
    "xiangcunzhenxing_2026": ("东莞市乡村振兴局", 88, 2, "2735.48", "41286.53", "658.37", "44128.16", "552.22",
                              "32000.00", "30160.00", "1840.00", "44680.38", [
        ("乡村振兴示范村创建奖补资金", 152600800, "K"), ("东西部协作产业帮扶资金", 138400600, "K"),
        ("驻镇帮镇扶村工作经费", 68920500, "K"), ("镇街乡村振兴工作补助", 18400000, "O"),
        ("防返贫动态监测和信息化平台建设经费", 9540200, "O"), ("消费帮扶和农产品展销活动经费", 5860700, "O"),
        ("乡村振兴人才培训经费", 3860400, "O"), ("社会力量参与乡村振兴结对帮扶经费", 1968500, "O"),
        ("乡村振兴宣传和典型推介经费", 1365200, "O"), ("农村困难群众走访慰问经费", 960500, "O")]),
    "jiaoyizhongxin_2026": ("东莞市公共资源交易中心", 66, 1, "2648.35", "6382.17", "486.20", "9372.54", "144.18",
                            "800.00", "731.00", "69.00", "9516.72", [
        ("公共资源电子交易平台升级和运维经费", 18570300, "K"), ("交易现场见证和远程异地评标经费", 6380800, "K"),
        ("评标专家管理和专家库建设经费", 4586200, "K"), ("交易智慧监管系统建设经费", 4568900, "O"),
        ("镇街公共资源交易分中心运行补助", 690000, "O"), ("网络安全等级保护和数据安全经费", 2458800, "O"),
        ("交易业务人员培训经费", 866000, "O"), ("公共资源交易政策宣传和市场主体服务经费", 1426600, "O"),
        ("交易档案数字化和归档管理经费", 2485500, "O"), ("交易场所物业管理和安全保障经费", 3602700, "O")]),
    "jiaoyizhongxin_2025": ("东莞市公共资源交易中心", 63, 1, "2536.18", "5874.36", "452.65", "8726.83", "136.36",
                            "720.00", "658.00", "62.00", "8863.19", [
        ("公共资源电子交易平台升级和运维经费", 16850600, "K"), ("交易现场见证和远程异地评标经费", 5862600, "K"),
        ("评标专家管理经费", 3920500, "K"), ("镇街公共资源交易分中心运行补助", 620000, "O"),
        ("网络安全等级保护和数据安全经费", 2137000, "O"), ("交易业务人员培训经费", 792300, "O"),
        ("公共资源交易政策宣传和市场主体服务经费", 1318600, "O"), ("交易档案数字化和归档管理经费", 2365900, "O"),
        ("交易场所物业管理和安全保障经费", 3480300, "O")]),
    "laoganbu_2026": ("东莞市老干部局", 42, 2, "1586.34", "3264.58", "318.46", "5086.20", "83.18", "380.00", "314.00",
                      "66.00", "5169.38", [
        ("离休干部医疗费和健康体检经费", 12450600, "K"), ("老干部大学办学经费", 2865500, "K"),
        ("离退休干部走访慰问和困难帮扶经费", 1236500, "K"), ("镇街老干部活动站建设补助", 660000, "O"),
        ("老干部活动中心运行和文体活动经费", 3265900, "O"), ("离退休干部党建和“银发先锋”志愿服务经费", 1807000, "O"),
        ("《东莞老干部》刊物编印和老干部工作宣传经费", 758600, "O"), ("老干部信息化和智慧服务平台建设经费", 986200, "O"),
        ("老干部工作人员培训经费", 586800, "O"), ("离休干部生活困难补助", 2137100, "O")]),
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
    if slug != "jiaoyizhongxin_2025" and not any("日前" in i["annual_value"] for i in inds):
        err(f"{slug}: no date")
    if not any(not any(c.isdigit() for c in i["annual_value"]) for i in inds):
        err(f"{slug}: no qualitative")
    if not any(w in n for n, _, _ in vals[9] for w in ("培训", "补助", "信息化", "宣传", "慰问", "帮扶")):
        err(f"{slug}: no shared word in task names")
    goals = "".join(t["goals"])
    if "约" not in goals:
        err(f"{slug}: no rough (约) goal figure")
cost_units = {i["annual_value"] for s in NEW for i in TABLES[s]["indicators"] if i["level1"] == "成本指标"}
for unit in ("元/人", "元/宗", "元/人次", "万元/个"):
    if not any(v.endswith(unit) for v in cost_units):
        err(f"cost indicators: no {unit}")
if not any("超" in g for s in NEW for g in TABLES[s]["goals"]):
    err("no 超… goal figure")

IND = {s: {i["level3"]: i for i in TABLES[s]["indicators"]} for s in TABLES}
J6, J5 = IND["jiaoyizhongxin_2026"], IND["jiaoyizhongxin_2025"]
if set(J6) - set(J5) != {"交易智慧监管系统上线时间"} or set(J5) - set(J6):
    err("交易中心: 2026-only indicator")
changed = {n for n in J5 if J5[n]["annual_value"] != J6[n]["annual_value"]}
CHANGED = {"交易业务人员培训人均成本", "完成公共资源进场交易项目", "开展远程异地评标", "评标专家库入库专家", "培训交易业务人员",
           "全流程电子化交易率", "节约财政资金", "为市场主体减免交易服务费", "公共资源交易服务水平", "市场主体满意度"}
if changed != CHANGED:
    err(f"交易中心 changed indicators {changed}")
if (J5["公共资源交易服务水平"]["annual_value"], J6["公共资源交易服务水平"]["annual_value"]) != ("逐步提升", "持续提升"):
    err("qualitative change")
n6 = {n for n, _, _ in HAND["jiaoyizhongxin_2026"][-1]}
n5 = {n for n, _, _ in HAND["jiaoyizhongxin_2025"][-1]}
if n6 - n5 != {"交易智慧监管系统建设经费", "评标专家管理和专家库建设经费"} or n5 - n6 != {"评标专家管理经费"}:
    err("交易中心: 2026-only task / rename")

# look-alikes (new amount, other table, its amount)
ALL = {}
for s, t in TABLES.items():
    for x in t.get("tasks", []):
        ALL.setdefault(d(x["amount_yuan"]), []).append((s, x["name"]))
LOOK = [(152600800, "nongyenongcun_2026", 152600000), (138400600, "fagaiju_2025", 138400000),
        (68920500, "minzhengju_2026", 68920000), (9540200, "nongyenongcun_2026", 9540000),
        (5860700, "gongxiaoshe_2026", 5860300), (3860400, "nongyenongcun_2026", 3860000),
        (1968500, "gongshanglian_2026", 1968300), (1365200, "canlian_2026", 1365300), (960500, "chengguan_2026", 960000),
        (18570300, "yibaoju_2026", 18570000), (18570300, "gongjijin_2026", 18570500),
        (6380800, "difangzhi_2026", 6380700), (4586200, "jiguanshiwu_2026", 4586300),
        (4568900, "jinrongju_2026", 4568800), (2458800, "gongshanglian_2026", 2458900), (866000, "difangzhi_2026", 865900),
        (1426600, "shijianju_2026", 1426000), (3602700, "jiguanshiwu_2026", 3602400),
        (5862600, "hongshizihui_2025", 5862000), (3480300, "fagaiju_2026", 3480600),
        (12450600, "yibaoju_2026", 12450000), (2865500, "gongshanglian_2026", 2865700), (2865500, "qiaolian_2026", 2865300),
        (1236500, "qiaolian_2026", 1236800), (758600, "sheke_2026", 758500), (758600, "wenlian_2026", 758400),
        (986200, "hongshizihui_2026", 986300), (586800, "gongshanglian_2026", 586700), (3265900, "kexie_2026", 3265800)]
for mine, slug, other in LOOK:
    if not (0 < abs(mine - other) <= 1000) or slug not in [s for s, _ in ALL.get(d(other), [])]:
        err(f"look-alike {mine} / {slug} {other}")
for s in NEW:
    for x in TABLES[s]["tasks"]:
        if len(ALL[d(x["amount_yuan"])]) != 1:
            err(f"amount not unique: {x}")
for s_new, s_old, name in [("xiangcunzhenxing_2026", "nongyenongcun_2026", "农户满意度"),
                           ("xiangcunzhenxing_2026", "gongxiaoshe_2026", "农户满意度"),
                           ("xiangcunzhenxing_2026", "fagaiju_2026", "对口帮扶地区满意度")]:
    if IND[s_new][name]["annual_value"] == IND[s_old][name]["annual_value"]:
        err(f"shared indicator {name} same value")
if (IND["xiangcunzhenxing_2026"]["对口帮扶地区满意度"]["annual_value"],
        IND["fagaiju_2026"]["对口帮扶地区满意度"]["annual_value"]) != ("≥94%", "≥92%"):
    err("对口帮扶地区满意度 values")

# ------------------------------------------------------------------ recipes from hand values
H = {s: {n: a for n, a, _ in v[-1]} for s, v in HAND.items()}
KS = {s: sum(a for _, a, k in v[-1] if k == "K") for s, v in HAND.items()}
TS = {s: sum(a for _, a, _ in v[-1]) for s, v in HAND.items()}
TOT = {s: d(v[11]) for s, v in HAND.items()}
XZ, J26, J25, LG = NEW
desc = [t["department"] for t in sorted(DG, key=tot, reverse=True)]
asc_ppl = [t["department"] for t in sorted(DG, key=peo)]


def named(word):
    return [x for t in DG for x in t["tasks"] if word in x["name"]]


train = sorted(x["amount_yuan"] for x in named("培训"))
RECIPES = {
    "b27-003": Y(H[XZ]["乡村振兴示范村创建奖补资金"] + H[XZ]["东西部协作产业帮扶资金"]),
    "b27-017": Y(1236800 - H[LG]["离退休干部走访慰问和困难帮扶经费"]),
    "b27-037": f"#{desc.index('东莞市老干部局') + 1}",
    "b27-069": Y(KS[XZ]), "b27-070": P(d(KS[XZ]) / TS[XZ] * 100),
    "b27-073": f"#{len(DG)}", "b27-074": f"#{len(named('培训'))}", "b27-075": f"#{len(named('帮扶'))}",
    "b27-076": f"#{sum(peo(t) < 50 for t in DG)}", "b27-077": f"#{sum(tot(t) > 40000 for t in DG)}",
    "b27-078": Y(TS[LG]), "b27-079": Y(TS[J26]), "b27-080": W(TOT[XZ] + TOT[J26] + TOT[LG]),
    "b27-081": W(sum(tot(t) for t in DG)), "b27-082": P(d("1586.34") / TOT[LG] * 100),
    "b27-083": P(d("1840.00") / d("32000.00") * 100), "b27-084": f"{r2(d(TS[J26]) / 10)}元",
    "b27-085": Y(sum(x["amount_yuan"] for x in named("慰问"))), "b27-086": P(d(TS[XZ]) / (d("41286.53") * 10000) * 100),
    "b27-087": f"#{desc.index('东莞市乡村振兴局') + 1}", "b27-088": f"#{desc.index('东莞市公共资源交易中心') + 1}",
    "b27-089": f"#{len(desc) - desc.index('东莞市老干部局')}",
    "b27-093": f"#{train.index(586800) + 1}", "b27-094": f"#{asc_ppl.index('东莞市老干部局') + 1}",
    "b27-099": f"#{[t['department'] for t in sorted(DG, key=lambda t: bud(t, '拟用于对下转移支付资金'), reverse=True)].index('东莞市公共资源交易中心') + 1}",
    "b27-100": f"#{[t['department'] for t in sorted(DG, key=lambda t: bud(t, '项目支出'), reverse=True)].index('东莞市乡村振兴局') + 1}",
    "b27-101": Y(152600800 - 152600000), "b27-102": Y(152060000 - 138400600), "b27-103": Y(12450600 - 12450000),
    "b27-104": W(tot(BYNAME["东莞市统计局"]) - TOT[J26]), "b27-105": f"#{peo(BYNAME['东莞市统计局']) - 66}",
    "b27-106": W(tot(BYNAME["东莞市文学艺术界联合会"]) - TOT[LG]),
    "b27-107": W(tot(BYNAME["东莞市粮食和物资储备局"]) - TOT[XZ]),
    "b27-108": f"#{42 - peo(BYNAME['东莞市红十字会'])}", "b27-109": f"#{peo(BYNAME['东莞市科学技术局']) - 66}",
    "b27-111": Y(38650400 - H[J26]["公共资源电子交易平台升级和运维经费"]),
    "b27-112": W(d("6382.17") - d("3264.58")),
    "b27-130": W(TOT[J26] - TOT[J25]), "b27-131": P((TOT[J26] - TOT[J25]) / TOT[J25] * 100),
    "b27-133": Y(H[J26]["交易现场见证和远程异地评标经费"] - H[J25]["交易现场见证和远程异地评标经费"]),
    "b27-137": Y(H[J26]["评标专家管理和专家库建设经费"] - H[J25]["评标专家管理经费"]),
}
# hand-typed expectations of the recipes (what the writer worked out on paper)
PAPER = {"b27-003": "291001400元", "b27-017": "300元", "b27-037": "#53", "b27-069": "359921900元", "b27-070": "89.56%",
         "b27-073": "#59", "b27-074": "#56", "b27-075": "#11", "b27-076": "#13", "b27-077": "#28",
         "b27-078": "26754200元", "b27-079": "45635800元", "b27-080": "59366.48万元", "b27-081": "3236171.34万元",
         "b27-082": "30.69%", "b27-083": "5.75%", "b27-084": "4563580.00元", "b27-085": "6758800元", "b27-086": "97.34%",
         "b27-087": "#24", "b27-088": "#45", "b27-089": "#7", "b27-093": "#5", "b27-094": "#9", "b27-099": "#51",
         "b27-100": "#23", "b27-101": "800元", "b27-102": "13659400元", "b27-103": "600元", "b27-104": "122.63万元",
         "b27-105": "#20", "b27-106": "27.46万元", "b27-107": "1182.89万元", "b27-108": "#1", "b27-109": "#2",
         "b27-111": "20080100元", "b27-112": "3117.59万元", "b27-130": "653.53万元", "b27-131": "7.37%",
         "b27-133": "518200元", "b27-137": "665700元"}
for k, v in PAPER.items():
    if RECIPES[k] != v:
        err(f"recipe {k}: computed {RECIPES[k]} != paper {v}")
if set(PAPER) != set(RECIPES):
    err("recipes without a paper value")

# ------------------------------------------------------------------ hand table: id expect yesno first-figure followup_of
HT = """
001 ok - 152600800元 -|002 ok - 138400600元 001|003 ok - 291001400元 002|004 ok - 68920500元 -|005 ok - 9540200元 -
006 ok - 3860400元 -|007 ok - 5860700元 -|008 ok - 18570300元 -|009 ok - 6380800元 -|010 ok - 4586200元 -
011 ok - 3602700元 -|012 ok - 866000元 -|013 ok - 12450600元 -|014 ok - 2865500元 -|015 ok - 758600元 -
016 ok - 1236500元 -|017 ok - 300元 016|018 ok - ≥30个 -|019 ok - ≥90个 018|020 ok - ≥94% -
021 ok - ≥92% -|022 ok - 2026年8月15日前 -|023 ok - ≤1200元/人 -|024 ok - ≥25亿元 -|025 ok - ≤2000元/宗 -
026 ok - ≤5个工作日 -|027 ok - 2026年10月31日前 -|028 ok - 持续提升 -|029 ok - ≥4000人次 -|030 ok - ≤1000元/人次 -
031 ok - 44680.38万元 -|032 ok - 44128.16万元 031|033 ok - 1840.00万元 032|034 ok - 9516.72万元 -|035 ok - #42 -
036 ok - 5169.38万元 -|037 ok - #53 036|038 ok - #3 -|039 ok - - -|040 ok - 45支 -
041 ok - 320个 -|042 ok - 10% -|043 ok - 38家 -|044 ok - 1.2万人 -|045 ok - 18亿元 -
046 ok - 32个 -|047 ok - 2600户 -|048 ok - 780万元 -|049 ok - 3500人次 -|050 ok - 9600宗 -
051 ok - ≥9000宗 050|052 ok - 1680亿元 -|053 ok - 8600名 -|054 ok - 96% -|055 ok - 3800万元 -
056 ok - 5800人 -|057 ok - 2400人 056|058 ok - 28个 -|059 ok - 220场 -|060 ok - - -
061 ok - - -|062 ok - - -|063 ok - - -|064 ok - - -|065 ok - - -
066 ok - - -|067 ok - - -|068 ok - #10 -|069 ok - 359921900元 068|070 ok - 89.56% 069
071 ok - #17 -|072 ok - #7 -|073 ok - #59 -|074 ok - #56 -|075 ok - #11 -
076 ok - #13 -|077 ok - #28 -|078 ok - 26754200元 -|079 ok - 45635800元 -|080 ok - 59366.48万元 -
081 ok - 3236171.34万元 -|082 ok - 30.69% -|083 ok - 5.75% -|084 ok - 4563580.00元 -|085 ok - 6758800元 -
086 ok - 97.34% -|087 ok - #24 -|088 ok - #45 -|089 ok - #7 -|090 ok - 758600元 -
091 ok - 860000元 090|092 ok - 986200元 -|093 ok - #5 -|094 ok - #9 -|095 ok - 0.00万元 -
096 ok - 152060000元 -|097 ok - 758600元 -|098 ok - 152600800元 -|099 ok - #51 -|100 ok - #23 -
101 ok - 800元 -|102 ok - 13659400元 -|103 ok - 600元 -|104 ok - 122.63万元 -|105 ok - #20 104
106 ok - 27.46万元 -|107 ok - 1182.89万元 -|108 ok - #1 -|109 ok - #2 -|110 ok - ≥92% -
111 ok - 20080100元 -|112 ok - 3117.59万元 -|113 ok - ≤1200元/人 -|114 ok 是 44680.38万元 -|115 ok 是 2026年8月15日前 -
116 ok 否 2026年10月31日前 -|117 ok 是 2026年6月30日前 -|118 ok 是 100% -|119 ok 否 #42 -|120 ok 是 ≥94% -
121 ok 是 758600元 -|122 ok 是 6382.17万元 -|123 ok 是 66.00万元 -|124 ok 否 ≥40支 -|125 ok 否 ≤420元/人 -
126 ok 是 5169.38万元 -|127 ok 是 2735.48万元 -|128 ok 是 986200元 -|129 ok - 8863.19万元 -|130 ok - 653.53万元 -
131 ok - 7.37% 130|132 ok - 16850600元 -|133 ok - 518200元 -|134 ok - 4568900元 -|135 ok - 3920500元 -
136 ok - 3920500元 -|137 ok - 665700元 -|138 ok - #9 -|139 ok - ≥8500宗 -|140 ok - 逐步提升 -
141 ok - - -|142 ok - #63 -|143 ok - 480宗 -|144 ok - ≥93% -|145 not_found - - -
146 not_found - - -|147 not_found - - -|148 ok - 8863.19万元 147|149 not_found - - -|150 not_found - - -
151 not_found - - -|152 not_found - - -|153 not_found - - -|154 not_found - - -|155 ok_or_clarify - - -
156 ok_or_clarify - - -|157 ok - 758600元 -|158 not_found - - -|159 not_found - - -|160 ok - ≥98% -
"""
HAND_TABLE = {}
for cell in HT.replace("\n", "|").split("|"):
    if cell.strip():
        n, e, yn, f1, fu = cell.split()
        HAND_TABLE[f"b27-{n}"] = (e, None if yn == "-" else yn, None if f1 == "-" else f1, None if fu == "-" else f"b27-{fu}")
if len(HAND_TABLE) != 160:
    err(f"hand table has {len(HAND_TABLE)} lines")

# hand member lists / orders
MEMBERS = {
    "b27-038": {"乡村振兴示范村创建奖补资金", "东西部协作产业帮扶资金", "驻镇帮镇扶村工作经费"},
    "b27-039": {"离退休干部满意度", "老干部大学学员满意度"},
    "b27-060": {x for x, a, _ in HAND[XZ][-1] if a > 10000000},
    "b27-061": {x for x, a, _ in HAND[J26][-1] if a < 1000000},
    "b27-062": {x for x, a, _ in HAND[LG][-1] if 1000000 <= a <= 3000000},
    "b27-063": {"创建市级乡村振兴示范村", "实施东西部协作产业帮扶项目", "采购和帮助销售协作地区农产品"},
    "b27-064": {x["name"] for x in named("慰问")},
    "b27-065": {t["department"] for t in DG if 5000 <= tot(t) <= 6000},
    "b27-066": {"老干部智慧服务平台上线时间", "慰问金发放"},
    "b27-067": {"全流程电子化交易率", "交易信息公开率"},
    "b27-141": CHANGED,
}
if MEMBERS["b27-060"] != {"乡村振兴示范村创建奖补资金", "东西部协作产业帮扶资金", "驻镇帮镇扶村工作经费", "镇街乡村振兴工作补助"}:
    err("b27-060 hand list")
if MEMBERS["b27-061"] != {"镇街公共资源交易分中心运行补助", "交易业务人员培训经费"}:
    err("b27-061 hand list")
if MEMBERS["b27-062"] != {"老干部大学办学经费", "离退休干部走访慰问和困难帮扶经费", "离退休干部党建和“银发先锋”志愿服务经费",
                          "离休干部生活困难补助"}:
    err("b27-062 hand list")
if MEMBERS["b27-064"] != {"拥军优属宣传慰问经费", "困难归侨侨眷帮扶慰问经费", "离退休干部走访慰问和困难帮扶经费",
                          "农村困难群众走访慰问经费", "环卫工人关爱慰问经费"}:
    err("b27-064 hand list")
if MEMBERS["b27-065"] != {"东莞市红十字会", "东莞市文学艺术界联合会", "东莞市老干部局"}:
    err("b27-065 hand list")
for rid, slug, cat in [("b27-066", LG, "时效指标"), ("b27-039", LG, "服务对象满意度")]:
    if {i["level3"] for i in TABLES[slug]["indicators"] if i["level2"] == cat} != MEMBERS[rid]:
        err(f"{rid} hand list vs table")
if {i["level3"] for i in TABLES[XZ]["indicators"] if i["period_value"] != i["annual_value"]} != MEMBERS["b27-063"]:
    err("b27-063 hand list vs table")
if {i["level3"] for i in TABLES[J26]["indicators"] if i["annual_value"] == "100%"} != MEMBERS["b27-067"]:
    err("b27-067 hand list vs table")
ORDER = {
    "b27-090": ["《东莞老干部》刊物编印和老干部工作宣传经费"], "b27-091": ["慈善宣传活动经费"],
    "b27-092": ["老干部信息化和智慧服务平台建设经费"],
    "b27-095": ["东莞市总工会", "东莞市老干部局"],
    "b27-096": ["对口帮扶协作专项资金", "东西部协作产业帮扶资金", "人道救助和困难群众帮扶资金"],
    "b27-097": ["《东莞老干部》刊物编印和老干部工作宣传经费", "《东莞社会科学》刊物编辑出版经费", "《东莞文艺》刊物编辑出版经费"],
    "b27-098": ["乡村振兴示范村创建奖补资金"],
    "b27-099": ["公共资源交易中心", "老干部局"],
}
xc = sorted((x["amount_yuan"], x["name"]) for x in named("宣传"))
if [n for _, n in xc[:2]] != ORDER["b27-090"] + ORDER["b27-091"] or [a for a, _ in xc[:2]] != [758600, 860000]:
    err(f"宣传 least {xc[:2]}")
xh = sorted((x["amount_yuan"], x["name"]) for x in named("信息化"))
if xh[0] != (986200, "老干部信息化和智慧服务平台建设经费") or xh[1][0] != 986300:
    err("信息化 least")
zx = sorted(DG, key=lambda t: bud(t, "财政专项资金"))
if [t["department"] for t in zx[:2]] != ORDER["b27-095"] or bud(zx[2], "财政专项资金") <= d("380"):
    err("专项 least two")
bf = sorted(((x["amount_yuan"], x["name"]) for x in named("帮扶")), reverse=True)
if [n for _, n in bf[:3]] != ORDER["b27-096"] or [a for a, _ in bf[:3]] != [152060000, 138400600, 8460300]:
    err(f"帮扶 order {bf[:3]}")
kw = sorted(((x["amount_yuan"], x["name"]) for x in named("刊物")), reverse=True)
if [n for _, n in kw] != ORDER["b27-097"]:
    err("刊物 order")
xz = sorted(((x["amount_yuan"], x["name"]) for x in named("乡村振兴")), reverse=True)
if xz[0] != (152600800, "乡村振兴示范村创建奖补资金") or xz[1][0] != 152600000:
    err("乡村振兴 largest")
dxs = [t["department"] for t in sorted(DG, key=lambda t: bud(t, "拟用于对下转移支付资金"), reverse=True)]
if dxs.index("东莞市老干部局") != dxs.index("东莞市公共资源交易中心") + 1:
    err("对下 order")
if train[:5] != [586300, 586400, 586500, 586600, 586800]:
    err(f"培训 least five {train[:5]}")
# every figure of the lines with more than one, in the order asked (hand-typed)
FULL = {
    "017": "300元 1236500元 1236800元", "024": "≥25亿元 ≥75亿元", "032": "44128.16万元 552.22万元",
    "034": "9516.72万元 2648.35万元 6382.17万元", "035": "#42 #2", "040": "45支 180名", "047": "2600户 5200户",
    "052": "1680亿元 27亿元", "056": "5800人 160人", "058": "28个 130个", "095": "0.00万元 380.00万元",
    "096": "152060000元 138400600元 8460300元", "097": "758600元 758500元 758400元", "099": "#51 #52",
    "101": "800元 152600800元 152600000元", "102": "13659400元 138400600元 152060000元",
    "103": "600元 12450600元 12450000元", "104": "122.63万元 9516.72万元 9639.35万元", "105": "#20 #66 #86",
    "106": "27.46万元 5169.38万元 5196.84万元", "107": "1182.89万元 44680.38万元 45863.27万元", "108": "#1 #42 #41",
    "109": "#2 #66 #68", "110": "≥92% ≥90%", "111": "20080100元 18570300元 38650400元",
    "112": "3117.59万元 3264.58万元 6382.17万元", "113": "≤1200元/人 ≤2600元/人", "119": "#42 #45",
    "120": "≥94% ≥92%", "121": "758600元 758500元", "126": "5169.38万元 4198.90万元", "127": "2735.48万元 2648.35万元",
    "130": "653.53万元 9516.72万元 8863.19万元", "133": "518200元 6380800元 5862600元",
    "137": "665700元 4586200元 3920500元", "138": "#9 37347800元", "139": "≥8500宗 ≥9000宗", "142": "#63 #66",
}
FULL = {f"b27-{k}": v.split() for k, v in FULL.items()}
REQ_ABSENT = {"b27-001": "152600000元", "b27-002": "152060000元", "b27-004": "68920000元", "b27-005": "9540000元",
              "b27-006": "3860000元", "b27-007": "5860300元", "b27-008": "18570000元", "b27-011": "3602400元",
              "b27-012": "865900元", "b27-013": "12450000元", "b27-014": "2865700元", "b27-015": "758500元",
              "b27-016": "1236800元", "b27-020": "≥92%", "b27-021": "≥90%", "b27-023": "≤2600元/人",
              "b27-043": "45个", "b27-044": "1.5万人", "b27-047": "850户", "b27-048": "120万元",
              "b27-145": "44680.38万元", "b27-149": "9516.72万元", "b27-151": "3860000元", "b27-152": "758500元",
              "b27-153": "152600000元", "b27-154": "152060000元", "b27-157": "758500元", "b27-158": "26430800元",
              "b27-159": "≥5条", "b27-160": "≥96%"}

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
    STORED.add(f"#{sum(1 for i in t.get('indicators', []) if i['level2'] == '数量指标')}")
GOALS = "".join(g for s in NEW for g in TABLES[s]["goals"])
ALLGOALS = "".join(g for t in TABLES.values() for g in t.get("goals", []) if isinstance(g, str))
SUMS = {Y(v) for v in list(KS.values()) + list(TS.values())}
SUMS |= {Y(sum(x["amount_yuan"] for x in t["tasks"])) for t in DG}  # a department's task total

path = Path(sys.argv[1]) if len(sys.argv) > 1 else BLIND / "batch_27.jsonl"
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
