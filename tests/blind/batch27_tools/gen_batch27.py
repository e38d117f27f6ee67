"""Write tests/blind/batch_27.jsonl: 160 blind questions over batch 27's list of tables (batch 26's list + 东莞市乡村振兴局
2026, 东莞市公共资源交易中心 2026 and 2025, 东莞市老干部局 2026).

Every figure is computed here from the tables' JSON (truth27.py; Decimal, ROUND_HALF_UP); none is typed. Checks made
while writing: a prose phrase is in the goals of its table and in no task or indicator of that table; every `absent` is a
real value of some table (or a goal phrase of some table) and not a figure of its line; no threshold equals a value it
filters; the look-alike pairs are close (≤ 1000 元) and different; every new amount is unique over all tables; each 镇街
subsidy equals its table's 对下 line. Each line's note ends with its scope ([scope: new] — the four new tables only;
[scope: mixed] — with other 东莞 departments; [scope: not loaded] — a table that is not loaded); the scope and the
category counts are printed. Re-running gives a byte-identical file.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import truth27 as T  # noqa: E402

OUT = HERE.parent / "batch_27.jsonl"
A = T.load()
X = A["xiangcunzhenxing_2026"]
J6 = A["jiaoyizhongxin_2026"]
J5 = A["jiaoyizhongxin_2025"]
L = A["laoganbu_2026"]
NEW = [X, J6, J5, L]
DG = T.dg2026(A)
BY = {t["department"]: t for t in DG}
assert len(DG) == 59, len(DG)

Y, W, P = T.yuan, T.wan, T.pct


def N(n) -> str:
    return f"#{n}"


def amt(t, name) -> Decimal:
    return T.task(t, name)["amount"]


def ann(t, name) -> str:
    return T.indicator(t, name)["annual_value"]


def per(t, name) -> str:
    return T.indicator(t, name)["period_value"]


def bud(t, line) -> Decimal:
    return t["budget"][line]


def ppl(t) -> int:
    return t["basic_info"]["财政供养人员数"]


def tasks_sum(t) -> Decimal:
    return sum(x["amount"] for x in t["tasks"])


def key_sum(t) -> Decimal:
    return sum(x["amount"] for x in t["tasks"] if x["section"] == "年度重点工作任务")


def phrase(t, p) -> str:
    """A goal-only fact: in the goals, in no task or indicator of the same table."""
    assert p in "".join(t["goals"]), (t["slug"], p)
    for x in t["tasks"]:
        assert p not in x["name"] + x["content"] + x["expected"], (t["slug"], p, x["name"])
    for i in t["indicators"]:
        assert p not in i["level3"] + str(i["period_value"]) + str(i["annual_value"]), (t["slug"], p, i["level3"])
    return p


def rank_desc(key, dept) -> int:
    order = sorted(DG, key=key, reverse=True)
    vals = [key(t) for t in order]
    v = key(BY[dept])
    assert vals.count(v) == 1, (dept, v)
    return vals.index(v) + 1


def rank_asc(key, dept) -> int:
    order = sorted(DG, key=key)
    vals = [key(t) for t in order]
    v = key(BY[dept])
    assert vals.count(v) == 1, (dept, v)
    return vals.index(v) + 1


def items_with(word):
    return [(x["amount"], x["name"], t["department"]) for t in DG for x in t["tasks"] if word in x["name"]]


# ------------------------------------------------------------------ what an `absent` may be
STORED = set()
for t in A.values():
    for x in t["tasks"]:
        STORED.add(Y(x["amount"]))
    for v in t["budget"].values():
        STORED.add(W(v))
    if t["budget"]:
        STORED.add(W(T.total(t)))
    for i in t["indicators"]:
        STORED.update(str(v) for v in (i["period_value"], i["annual_value"]) if v)
ALLGOALS = "".join(g for t in A.values() for g in t["goals"])

# ------------------------------------------------------------------ look-alikes, uniqueness, 镇街 = 对下
LOOK = [  # (new table, new item, other slug, other item)
    (X, "乡村振兴示范村创建奖补资金", "nongyenongcun_2026", "乡村振兴示范带建设资金"),
    (X, "东西部协作产业帮扶资金", "fagaiju_2025", "对口帮扶协作专项资金"),
    (X, "驻镇帮镇扶村工作经费", "minzhengju_2026", "残疾人两项补贴"),
    (X, "防返贫动态监测和信息化平台建设经费", "nongyenongcun_2026", "农业农村信息化建设经费"),
    (X, "消费帮扶和农产品展销活动经费", "gongxiaoshe_2026", "消费帮扶和农产品产销对接经费"),
    (X, "乡村振兴人才培训经费", "nongyenongcun_2026", "高素质农民培训经费"),
    (X, "社会力量参与乡村振兴结对帮扶经费", "gongshanglian_2026", "“万企兴万村”结对帮扶经费"),
    (X, "乡村振兴宣传和典型推介经费", "canlian_2026", "助残宣传和文体活动经费"),
    (X, "农村困难群众走访慰问经费", "chengguan_2026", "环卫工人关爱慰问经费"),
    (J6, "公共资源电子交易平台升级和运维经费", "yibaoju_2026", "医疗保障信息化建设经费"),
    (J6, "公共资源电子交易平台升级和运维经费", "gongjijin_2026", "住房公积金管理信息系统升级和运维经费"),
    (J6, "交易现场见证和远程异地评标经费", "difangzhi_2026", "《东莞市志》续修编纂出版经费"),
    (J6, "评标专家管理和专家库建设经费", "jiguanshiwu_2026", "智慧机关事务管理平台建设经费"),
    (J6, "交易智慧监管系统建设经费", "jinrongju_2026", "金融信息化和地方金融监管平台建设经费"),
    (J6, "网络安全等级保护和数据安全经费", "gongshanglian_2026", "工商联信息化和会员服务平台建设经费"),
    (J6, "交易业务人员培训经费", "difangzhi_2026", "地方志业务培训经费"),
    (J6, "公共资源交易政策宣传和市场主体服务经费", "shijianju_2026", "食品安全宣传经费"),
    (J6, "交易场所物业管理和安全保障经费", "jiguanshiwu_2026", "市直机关集中办公区物业管理经费"),
    (J5, "交易现场见证和远程异地评标经费", "hongshizihui_2025", "红十字应急救护培训普及经费"),
    (J5, "交易场所物业管理和安全保障经费", "fagaiju_2026", "发展规划研究编制经费"),
    (L, "离休干部医疗费和健康体检经费", "yibaoju_2026", "离休人员医疗费统筹经费"),
    (L, "老干部大学办学经费", "gongshanglian_2026", "商会组织建设和规范化发展经费"),
    (L, "离退休干部走访慰问和困难帮扶经费", "qiaolian_2026", "困难归侨侨眷帮扶慰问经费"),
    (L, "《东莞老干部》刊物编印和老干部工作宣传经费", "sheke_2026", "《东莞社会科学》刊物编辑出版经费"),
    (L, "《东莞老干部》刊物编印和老干部工作宣传经费", "wenlian_2026", "《东莞文艺》刊物编辑出版经费"),
    (L, "老干部信息化和智慧服务平台建设经费", "hongshizihui_2026", "红十字信息化建设经费"),
    (L, "老干部工作人员培训经费", "gongshanglian_2026", "非公有制经济组织党建工作经费"),
    (L, "老干部活动中心运行和文体活动经费", "kexie_2026", "全国科普日和科技活动周经费"),
]
for t, mine, slug, other in LOOK:
    a, b = amt(t, mine), amt(A[slug], other)
    assert 0 < abs(a - b) <= 1000, (mine, a, other, b)
ALL_AMOUNTS = Counter(x["amount"] for t in A.values() for x in t["tasks"])
for t in NEW:
    for x in t["tasks"]:
        assert ALL_AMOUNTS[x["amount"]] == 1, x
    zj = [x["amount"] for x in t["tasks"] if x["name"].startswith("镇街")]
    assert zj == [bud(t, "拟用于对下转移支付资金") * 10000], t["slug"]
    assert tasks_sum(t) <= bud(t, "项目支出") * 10000, t["slug"]

# ------------------------------------------------------------------ lines
ROWS: list[dict] = []
SCOPE: Counter = Counter()


def add(cat, q, figures=(), names=(), *, expect="ok", yesno=None, absent=(), fu=False, note="", scope="new"):
    figures, names, absent = list(figures), list(names), list(absent)
    rid = f"b27-{len(ROWS) + 1:03d}"
    for a in absent:
        assert a not in figures, (rid, a)
        assert a in STORED or a in ALLGOALS, (rid, a)
    if expect in ("not_found", "ok_or_clarify"):
        assert not figures and not names, rid
    assert (cat == "followup") == fu, rid
    SCOPE[scope] += 1
    ROWS.append({"id": rid, "q": q, "category": cat, "expect": expect, "figures": figures, "names": names,
                 "yesno": yesno, "absent": absent, "followup_of": ROWS[-1]["id"] if fu else None,
                 "note": f"{note} [scope: {scope}]"})
    return rid


XN, JN, LN = "乡村振兴局", "公共资源交易中心", "老干部局"

# ================================================================== item_money (14)
a1, a2 = amt(X, "乡村振兴示范村创建奖补资金"), amt(X, "东西部协作产业帮扶资金")
add("item_money", "乡振局示范村创建奖补资金多少钱", [Y(a1)], ["乡村振兴示范村创建奖补资金"],
    absent=[Y(amt(A["nongyenongcun_2026"], "乡村振兴示范带建设资金"))],
    note="乡村振兴局 task (农业农村局's 乡村振兴示范带建设资金 is 800元 less)")
add("followup", "那东西部协做那块呢", [Y(a2)], ["东西部协作产业帮扶资金"], fu=True,
    absent=[Y(amt(A["fagaiju_2026"], "对口帮扶协作专项资金")), Y(amt(A["fagaiju_2025"], "对口帮扶协作专项资金"))],
    note="typo 协做; 发改局's 对口帮扶协作专项资金 (2025: 600元 less) is not it")
add("followup", "两项加起来", [Y(a1 + a2)], fu=True, note="sum of the two preceding items")
add("item_money", "驻镇帮镇扶村工作经费安排了多少", [Y(amt(X, "驻镇帮镇扶村工作经费"))], ["驻镇帮镇扶村工作经费"],
    absent=[Y(amt(A["minzhengju_2026"], "残疾人两项补贴"))], note="乡村振兴局 key task (the only 驻镇 item)")
add("item_money", "乡村振兴据防返贫监测平台那笔钱是多少", [Y(amt(X, "防返贫动态监测和信息化平台建设经费"))],
    ["防返贫动态监测和信息化平台建设经费"], absent=[Y(amt(A["nongyenongcun_2026"], "农业农村信息化建设经费"))],
    note="typo 据 for 局; 农业农村信息化 is 200元 less")
add("item_money", "乡振局人才培训经费多少", [Y(amt(X, "乡村振兴人才培训经费"))], ["乡村振兴人才培训经费"],
    absent=[Y(amt(A["nongyenongcun_2026"], "高素质农民培训经费"))], note="农业农村局's 高素质农民培训 is 400元 less")
add("item_money", "乡振局搞消费帮扶的钱", [Y(amt(X, "消费帮扶和农产品展销活动经费"))], ["消费帮扶和农产品展销活动经费"],
    absent=[Y(amt(A["gongxiaoshe_2026"], "消费帮扶和农产品产销对接经费"))],
    note="described by use; 供销社's 消费帮扶和农产品产销对接经费 is 400元 less")
add("item_money", "交易中心电子交易平台运维多少钱", [Y(amt(J6, "公共资源电子交易平台升级和运维经费"))],
    ["公共资源电子交易平台升级和运维经费"],
    absent=[Y(amt(A["yibaoju_2026"], "医疗保障信息化建设经费")),
            Y(amt(A["gongjijin_2026"], "住房公积金管理信息系统升级和运维经费"))],
    note="2026; 医保 18570000 / 公积金 18570500 are the look-alikes")
add("item_money", "远程异地评标那项经费交易中心今年给了多少", [Y(amt(J6, "交易现场见证和远程异地评标经费"))],
    ["交易现场见证和远程异地评标经费"], note="2026 (the 2025 amount is not absent: a year slip is caught by the first figure)")
add("item_money", "公共资源交易中心评标专家那块多少", [Y(amt(J6, "评标专家管理和专家库建设经费"))],
    ["评标专家管理和专家库建设经费"], note="2026 name of the renamed task")
add("item_money", "交易中心物业管理和安全保障花多少", [Y(amt(J6, "交易场所物业管理和安全保障经费"))],
    ["交易场所物业管理和安全保障经费"], absent=[Y(amt(A["jiguanshiwu_2026"], "市直机关集中办公区物业管理经费"))],
    note="机关事务局's 物业 item is 300元 less")
add("item_money", "交易中心业务人员培训的钱", [Y(amt(J6, "交易业务人员培训经费"))], ["交易业务人员培训经费"],
    absent=[Y(amt(A["difangzhi_2026"], "地方志业务培训经费"))], note="地方志办's 培训 is 100元 less")
add("item_money", "老干局离休干部医疗费和体检经费", [Y(amt(L, "离休干部医疗费和健康体检经费"))],
    ["离休干部医疗费和健康体检经费"], absent=[Y(amt(A["yibaoju_2026"], "离休人员医疗费统筹经费"))],
    note="医保局's 离休人员医疗费统筹经费 is 600元 less")
add("item_money", "老干部大学办学经费多少", [Y(amt(L, "老干部大学办学经费"))], ["老干部大学办学经费"],
    absent=[Y(amt(A["gongshanglian_2026"], "商会组织建设和规范化发展经费")),
            Y(amt(A["qiaolian_2026"], "侨资企业和侨界人才服务经费"))], note="老干部局 key task")
add("item_money", "市委老干部局出《东莞老干部》那个刊物的钱", [Y(amt(L, "《东莞老干部》刊物编印和老干部工作宣传经费"))],
    ["《东莞老干部》刊物编印和老干部工作宣传经费"],
    absent=[Y(amt(A["sheke_2026"], "《东莞社会科学》刊物编辑出版经费")), Y(amt(A["wenlian_2026"], "《东莞文艺》刊物编辑出版经费"))],
    note="市委老干部局 = 东莞市老干部局; 社科联 / 文联 journals are 100 / 200元 less")
w1, w2 = amt(L, "离退休干部走访慰问和困难帮扶经费"), amt(A["qiaolian_2026"], "困难归侨侨眷帮扶慰问经费")
add("item_money", "老干局走访慰问和困难帮扶经费", [Y(w1)], ["离退休干部走访慰问和困难帮扶经费"], absent=[Y(w2)],
    note="侨联's 困难归侨侨眷帮扶慰问经费 is 300元 more")
add("followup", "比侨联那个帮扶慰问经费少多少", [Y(w2 - w1), Y(w1), Y(w2)], ["归国华侨联合会"], fu=True,
    note="difference first, then 老干部局's and 侨联's", scope="mixed")

# ================================================================== indicator (12)
add("indicator", "乡振局今年创建示范村的指标是多少", [ann(X, "创建市级乡村振兴示范村")], ["创建市级乡村振兴示范村"],
    note="annual value (the period value is ≥90个)")
add("followup", "整个实施周期呢", [per(X, "创建市级乡村振兴示范村")], ["创建市级乡村振兴示范村"], fu=True,
    note="period value")
add("indicator", "乡振局对口帮扶地区满意度", [ann(X, "对口帮扶地区满意度")], ["对口帮扶地区满意度"],
    absent=[ann(A["fagaiju_2026"], "对口帮扶地区满意度")], note="发改局's indicator of the same name ≥92%")
add("indicator", "乡村振兴局农户满意度定的多少", [ann(X, "农户满意度")], ["农户满意度"],
    absent=[ann(A["nongyenongcun_2026"], "农户满意度")], note="农业农村局 / 供销社 ≥90%")
add("indicator", "防返贫监测平台什么时候上线", [ann(X, "防返贫动态监测平台上线时间")], ["防返贫动态监测平台上线时间"],
    note="乡村振兴局's only platform date")
add("indicator", "乡振局培训人均成本上限多少", [ann(X, "乡村振兴人才培训人均成本")], ["乡村振兴人才培训人均成本"],
    absent=[ann(A["nongyenongcun_2026"], "高素质农民培训人均成本")], note="农业农村局's 高素质农民培训人均成本 ≤2600元/人")
add("indicator", "交易中心节约财政资金指标，年度和实施周期各多少",
    [ann(J6, "节约财政资金"), per(J6, "节约财政资金")], ["节约财政资金"], note="two asks: annual then period")
add("indicator", "交易中心远程异地评标单宗成本控制在多少以内", [ann(J6, "远程异地评标单宗平均成本")],
    ["远程异地评标单宗平均成本"], note="cost indicator in 元/宗")
add("indicator", "交易中心投标保证金多久退", [ann(J6, "投标保证金退还时限")], ["投标保证金退还时限"],
    note="时效 indicator in 工作日")
add("indicator", "交易智慧监管系统啥时候上线", [ann(J6, "交易智慧监管系统上线时间")], ["交易智慧监管系统上线时间"],
    note="2026 only")
add("indicator", "交易中心服务水平那个指标怎么写的", [ann(J6, "公共资源交易服务水平")], ["公共资源交易服务水平"],
    note="qualitative, 2026 wording")
add("indicator", "老干局老干部大学今年招生指标", [ann(L, "老干部大学招收学员")], ["老干部大学招收学员"],
    note="annual value (period ≥12000人次); the goals say 约4300人次")
add("indicator", "老干局走访慰问标准是多少", [ann(L, "离退休干部走访慰问标准")], ["离退休干部走访慰问标准"],
    note="cost indicator in 元/人次")

# ================================================================== overview (4) + structure (2)
add("overview", "乡振局今年预算多少", [W(T.total(X))], [XN], note="预算合计 = 基本 + 项目 + 其他事业发展性")
add("followup", "其中财政拨款和其他资金各多少", [W(bud(X, "财政拨款")), W(bud(X, "其他资金"))], fu=True,
    note="two lines in the order asked")
add("followup", "对下转移支付呢", [W(bud(X, "拟用于对下转移支付资金"))], fu=True, note="拟用于对下转移支付资金")
add("overview", "交易中心2026年部门预算总额，基本支出和项目支出分别多少",
    [W(T.total(J6)), W(bud(J6, "基本支出")), W(bud(J6, "项目支出"))], [JN], note="three asks in order")
add("overview", "老干局多少财政供养人员，几个二级单位", [N(ppl(L)), N(L["basic_info"]["下属二级单位数"])], [LN],
    note="people then 下属二级单位数")
add("overview", "老幹部局预算合计多少", [W(T.total(L))], [LN], note="traditional 幹 for 干")
add("followup", "在全市排第几", [N(rank_desc(T.total, "东莞市老干部局"))], [LN], fu=True, scope="mixed",
    note="rank of 预算合计 among the 59 东莞 2026 departments, from the largest")
keys = [x["name"] for x in X["tasks"] if x["section"] == "年度重点工作任务"]
add("structure", "乡振局重点工作任务有哪几项", [N(len(keys))], keys, note="the three 年度重点工作任务")
sat = [i["level3"] for i in L["indicators"] if i["level2"] == "服务对象满意度"]
add("structure", "老干局满意度指标有哪几个", [], sat, note="服务对象满意度 indicators")

# ================================================================== prose (18)
add("prose", "乡振局驻镇帮镇扶工作队大概派了多少支，队员多少人", [phrase(X, "45支"), phrase(X, "180名")],
    note="goals 一 (indicator ≥40支); 大概 asks the goals' figure")
add("prose", "乡振局驻镇帮镇扶全年大概实施多少个帮扶项目", [phrase(X, "320个")], note="goals 一")
add("prose", "帮扶镇村集体经济收入增长多少（乡振局目标）", [phrase(X, "10%")], note="goals 一: 超10%")
add("prose", "乡振局共建产业园新引进多少家企业", [phrase(X, "38家")], absent=["45个"],
    note="goals 二; 发改局's goal says 新引进项目45个", scope="mixed")
add("prose", "乡振局目标里帮助协作地区转移就业多少人", [phrase(X, "1.2万人")], absent=["1.5万人"],
    note="goals 二: 超1.2万人 (indicator ≥1万人); 发改局's goal says 1.5万人", scope="mixed")
assert [t["slug"] for t in A.values() if "销售协作地区农产品" in "".join(t["goals"])] == ["xiangcunzhenxing_2026"]
add("prose", "帮助销售协作地区农产品大概多少钱", [phrase(X, "18亿元")], note="goals 二 (indicator ≥15亿元); only 乡村振兴局")
add("prose", "按总体目标，乡振局今年创建示范村多少个", [phrase(X, "32个")], note="goals 三 (indicator ≥30个)")
add("prose", "目标里防返贫监测对象纳入多少户，走访慰问多少户", [phrase(X, "2600户"), phrase(X, "5200户")], absent=["850户"],
    scope="mixed", note="goals 四 (indicator 走访慰问 ≥5000户); 侨联's goal 走访慰问困难归侨侨眷约850户")
add("prose", "乡振局慰问金发多少", [phrase(X, "780万元")], absent=["120万元"],
    note="goals 四; 侨联's goal says 帮扶慰问金约120万元", scope="mixed")
add("prose", "乡振局目标里培训镇村干部多少人次", [phrase(X, "3500人次")], note="goals 五 (indicator ≥3000人次)")
add("prose", "交易中心今年进场交易项目大概多少宗", [phrase(J6, "9600宗")], note="goals 一 2026 (indicator ≥9000宗)")
add("followup", "绩效指标里年度定的多少", [ann(J6, "完成公共资源进场交易项目")], ["完成公共资源进场交易项目"], fu=True,
    note="annual value of the indicator")
add("prose", "交易中心目标里交易金额大约多少，节约财政资金大概多少", [phrase(J6, "1680亿元"), phrase(J6, "27亿元")],
    note="goals 一 2026 (indicator 节约财政资金 ≥25亿元)")
add("prose", "评标专家库有多少专家（目标）", [phrase(J6, "8600名")], note="交易中心 goals 三 2026 (indicator ≥8000名)")
add("prose", "交易中心不见面开标项目占比", [phrase(J6, "96%")], note="goals 二 2026: 超96%")
add("prose", "交易中心目标里减免交易服务费多少", [phrase(J6, "3800万元")], note="goals 五 2026 (indicator ≥3000万元)")
add("prose", "老干局服务管理多少离退休干部，其中离休的多少", [phrase(L, "5800人"), phrase(L, "160人")], [LN],
    note="goals 一")
add("followup", "目标里健康体检组织多少人", [phrase(L, "2400人")], fu=True, note="goals 三 (indicator ≥2200人)")
add("prose", "老干部大学大概开了多少个专业、多少个班", [phrase(L, "28个"), phrase(L, "130个")], note="goals 二 (indicator 班级 ≥120个)")
add("prose", "老干局目标里银发先锋志愿服务活动搞多少场", [phrase(L, "220场")], note="老干部局 goals 四: 超220场 (indicator ≥200场)")

# ================================================================== filter (8)
big = [x["name"] for x in X["tasks"] if x["amount"] > 10000000]
assert all(x["amount"] != 10000000 for x in X["tasks"])
add("filter", "乡振局哪些任务超过一千万", [], big, note="strictly over 10000000元")
small = [x["name"] for x in J6["tasks"] if x["amount"] < 1000000]
add("filter", "交易中心一百万以下的任务有哪些", [], small, note="strictly under 1000000元")
mid = [x["name"] for x in L["tasks"] if 1000000 <= x["amount"] <= 3000000]
assert all(x["amount"] not in (1000000, 3000000) for x in L["tasks"])
add("filter", "老干局100万到300万之间的项目", [], mid, note="inclusive; no amount on a boundary")
diff_p = [i["level3"] for i in X["indicators"] if i["period_value"] != i["annual_value"]]
add("filter", "乡振局哪些指标实施周期和年度不一样", [], diff_p, note="period ≠ annual")
wen = [n for _, n, _ in sorted(items_with("慰问"), reverse=True)]
add("filter", "全市名字带慰问的项目有哪些", [], wen, scope="mixed", note="东莞 2026 task names containing 慰问")
band = [t["department"] for t in sorted(DG, key=T.total, reverse=True) if 5000 <= T.total(t) <= 6000]
assert all(T.total(t) not in (5000, 6000) for t in DG)
add("filter", "预算在5000万到6000万之间的部门", [], band, scope="mixed", note="预算合计 between 5000 and 6000万元, inclusive")
tx = [i["level3"] for i in L["indicators"] if i["level2"] == "时效指标"]
add("filter", "老干局的时效指标", [], tx, note="时效指标 rows")
hund = [i["level3"] for i in J6["indicators"] if i["annual_value"] == "100%"]
add("filter", "交易中心哪些指标要求100%", [], hund, note="annual value exactly 100%")

# ================================================================== count (8)
add("count", "乡振局几项任务", [N(len(X["tasks"]))], note="3 key + 7 other")
add("followup", "重点的加起来多少", [Y(key_sum(X))], fu=True, note="sum of the three 年度重点工作任务")
add("followup", "占全部任务的百分之几", [P(key_sum(X) / tasks_sum(X) * 100)], fu=True, note="key sum / task total")
add("count", "交易中心今年多少个绩效指标", [N(len(J6["indicators"]))], note="2026")
add("count", "老干局有几个数量指标", [N(sum(i["level2"] == "数量指标" for i in L["indicators"]))], note="数量指标 rows")
add("count", "全市今年多少个部门", [N(len(DG))], scope="mixed", note="东莞 2026 部门整体 tables (56 + the three new)")
add("count", "全市名字带培训的任务有多少项", [N(len(items_with("培训")))], scope="mixed", note="东莞 2026")
add("count", "名字里有帮扶的任务全市有几项", [N(len(items_with("帮扶")))], scope="mixed",
    note="东莞 2026 (驻镇帮镇扶村 does not contain 帮扶)")
under50 = [t for t in DG if ppl(t) < 50]
assert all(ppl(t) != 50 for t in DG)
add("count", "财政供养人员不到50人的部门有几个", [N(len(under50))], scope="mixed", note="strictly under 50")
over4 = [t for t in DG if T.total(t) > 40000]
assert all(T.total(t) != 40000 for t in DG)
add("count", "预算超过4个亿的部门有几个", [N(len(over4))], scope="mixed", note="预算合计 strictly over 40000万元")

# ================================================================== aggregate (9)
add("aggregate", "老干局所有任务加起来多少", [Y(tasks_sum(L))], note="task total")
add("aggregate", "交易中心十个任务合计", [Y(tasks_sum(J6))], note="2026 task total")
add("aggregate", "乡振局、交易中心、老干局三家预算加起来", [W(T.total(X) + T.total(J6) + T.total(L))],
    note="2026 预算合计 of the three")
add("aggregate", "全市各部门预算总和", [W(sum(T.total(t) for t in DG))], scope="mixed", note="59 东莞 2026 departments")
add("aggregate", "老干局基本支出占预算合计多少", [P(bud(L, "基本支出") / T.total(L) * 100)], note="基本 / 合计")
add("aggregate", "乡振局对下转移支付占财政专项资金的比例",
    [P(bud(X, "拟用于对下转移支付资金") / bud(X, "财政专项资金") * 100)], note="对下 / 专项")
add("aggregate", "交易中心任务平均每项多少", [T.yuan2(tasks_sum(J6) / len(J6["tasks"]))], note="2026, ten tasks")
add("aggregate", "全市带慰问的项目加起来多少", [Y(sum(a for a, _, _ in items_with("慰问")))], scope="mixed",
    note="东莞 2026 items containing 慰问")
add("aggregate", "乡振局任务金额占项目支出多少", [P(tasks_sum(X) / (bud(X, "项目支出") * 10000) * 100)],
    note="task total (元) / 项目支出 (万元 × 10000)")

# ================================================================== ranking (13)
add("ranking", "乡振局预算全市排第几", [N(rank_desc(T.total, "东莞市乡村振兴局"))], [XN], scope="mixed",
    note="from the largest, 59 departments")
add("ranking", "交易中心预算排第几", [N(rank_desc(T.total, "东莞市公共资源交易中心"))], [JN], scope="mixed",
    note="from the largest")
add("ranking", "预算从少往多数，老干局倒数第几", [N(rank_asc(T.total, "东莞市老干部局"))], [LN], scope="mixed",
    note="from the smallest (侨联, 社科联, 团市委, 地方志办, 民宗局, 总工会, 老干部局)")
xc = sorted(items_with("宣传"))
add("ranking", "全市带宣传的项目哪个钱最少", [Y(xc[0][0])], [xc[0][1]], scope="mixed", note="东莞 2026 宣传 items")
add("followup", "第二少的呢", [Y(xc[1][0])], [xc[1][1]], fu=True, scope="mixed", note="second least 宣传 item")
xh = sorted(items_with("信息化"))
add("ranking", "名字带信息化的项目里最少的是哪个", [Y(xh[0][0])], [xh[0][1]], scope="mixed",
    note="东莞 2026; 红会's 红十字信息化建设经费 is 100元 more")
px = sorted(items_with("培训"))
pos = [n for _, n, _ in px].index("老干部工作人员培训经费") + 1
add("ranking", "老干部工作人员培训经费在全市培训项目里从少到多排第几", [N(pos)], ["老干部工作人员培训经费"],
    scope="mixed", note="ascending among 东莞 2026 培训 items")
add("ranking", "老干局人数从少到多全市第几", [N(rank_asc(ppl, "东莞市老干部局"))], [LN], scope="mixed",
    note="ascending 财政供养人员数")
zx = sorted(DG, key=lambda t: bud(t, "财政专项资金"))[:2]
assert bud(zx[1], "财政专项资金") < bud(sorted(DG, key=lambda t: bud(t, "财政专项资金"))[2], "财政专项资金")
add("ranking", "财政专项资金最少的两个部门", [W(bud(t, "财政专项资金")) for t in zx], [t["department"] for t in zx],
    scope="mixed", note="ascending; 总工会 0.00")
bf = sorted(items_with("帮扶"), reverse=True)[:3]
add("ranking", "名字里带帮扶两个字的项目，金额前三", [Y(a) for a, _, _ in bf], [n for _, n, _ in bf], scope="mixed",
    note="东莞 2026 items containing 帮扶 (驻镇帮镇扶村 does not), descending")
kw = sorted(items_with("刊物"), reverse=True)
add("ranking", "几个刊物经费从高到低排一下", [Y(a) for a, _, _ in kw], [n for _, n, _ in kw], scope="mixed",
    note="东莞 2026 items containing 刊物")
xz = sorted(items_with("乡村振兴"), reverse=True)
add("ranking", "名字带乡村振兴的项目哪个最多", [Y(xz[0][0])], [xz[0][1]], scope="mixed",
    note="乡振局's 示范村 800元 over 农业农村局's 示范带")
dx = [rank_desc(lambda t: bud(t, "拟用于对下转移支付资金"), d) for d in ("东莞市公共资源交易中心", "东莞市老干部局")]
add("ranking", "对下转移支付，交易中心和老干局各排第几", [N(v) for v in dx], [JN, LN], scope="mixed",
    note="descending 拟用于对下转移支付资金; two asks in order")
add("ranking", "乡振局项目支出全市第几", [N(rank_desc(lambda t: bud(t, "项目支出"), "东莞市乡村振兴局"))], [XN],
    scope="mixed", note="descending 项目支出")

# ================================================================== compare (12)
b1 = amt(A["nongyenongcun_2026"], "乡村振兴示范带建设资金")
add("compare", "乡振局示范村奖补比农业农村局示范带资金多多少", [Y(a1 - b1), Y(a1), Y(b1)], ["农业农村局"], scope="mixed",
    note="difference, then both in the order asked")
c1 = amt(A["fagaiju_2026"], "对口帮扶协作专项资金")
add("compare", "乡振局东西部协作产业帮扶资金和发改局对口帮扶协作专项资金差多少", [Y(c1 - a2), Y(a2), Y(c1)],
    ["发展和改革局"], scope="mixed", note="2026 both")
l1, m1 = amt(L, "离休干部医疗费和健康体检经费"), amt(A["yibaoju_2026"], "离休人员医疗费统筹经费")
add("compare", "老干局离休干部医疗费跟医保局离休人员医疗费统筹差多少", [Y(l1 - m1), Y(l1), Y(m1)], ["医疗保障局"],
    scope="mixed", note="600元 apart")
tj = BY["东莞市统计局"]
add("compare", "交易中心和统计局预算差多少", [W(T.total(tj) - T.total(J6)), W(T.total(J6)), W(T.total(tj))],
    ["统计局"], scope="mixed", note="difference, then 交易中心, 统计局")
add("followup", "人数呢", [N(ppl(tj) - ppl(J6)), N(ppl(J6)), N(ppl(tj))], fu=True, scope="mixed",
    note="people difference, then 交易中心, 统计局")
wl = BY["东莞市文学艺术界联合会"]
add("compare", "老干局和文联预算谁多，差多少", [W(T.total(wl) - T.total(L)), W(T.total(L)), W(T.total(wl))],
    ["文学艺术界联合会"], scope="mixed", note="文联 more")
lc = BY["东莞市粮食和物资储备局"]
add("compare", "乡振局和粮储局预算差多少", [W(T.total(lc) - T.total(X)), W(T.total(X)), W(T.total(lc))],
    ["粮食和物资储备局"], scope="mixed", note="粮储局 more")
hh = BY["东莞市红十字会"]
add("compare", "老干局比红会多几个人", [N(ppl(L) - ppl(hh)), N(ppl(L)), N(ppl(hh))], ["红十字会"], scope="mixed",
    note="财政供养人员数")
kj = BY["东莞市科学技术局"]
add("compare", "交易中心跟科技局谁人多", [N(ppl(kj) - ppl(J6)), N(ppl(J6)), N(ppl(kj))], ["科学技术局"], scope="mixed",
    note="科技局 2026 (68) more")
add("compare", "乡振局农户满意度跟农业农村局比", [ann(X, "农户满意度"), ann(A["nongyenongcun_2026"], "农户满意度")],
    ["农业农村局"], scope="mixed", note="the two values in the order asked")
zs = amt(A["zhengshuju_2026"], "一体化政务服务平台运营经费")
jp = amt(J6, "公共资源电子交易平台升级和运维经费")
add("compare", "交易中心电子交易平台经费和政数局一体化政务服务平台运营经费差多少", [Y(zs - jp), Y(jp), Y(zs)],
    ["政务服务和数据管理局"], scope="mixed", note="政数局 more")
add("compare", "老干局和交易中心的项目支出差多少",
    [W(bud(J6, "项目支出") - bud(L, "项目支出")), W(bud(L, "项目支出")), W(bud(J6, "项目支出"))],
    note="2026 both; 交易中心 more")
add("compare", "乡振局培训人均成本和农业农村局高素质农民培训人均成本比一下",
    [ann(X, "乡村振兴人才培训人均成本"), ann(A["nongyenongcun_2026"], "高素质农民培训人均成本")], ["农业农村局"],
    scope="mixed", note="the two values in the order asked")

# ================================================================== yesno (15)
assert T.total(X) > 40000
add("yesno", "乡振局预算超过4个亿了吗", [W(T.total(X))], yesno="是", note="44680.38 > 40000")
add("yesno", "乡振局防返贫监测平台9月底前能上线吗", [ann(X, "防返贫动态监测平台上线时间")], yesno="是",
    note="2026年8月15日前 is before 9月30日")
add("yesno", "交易智慧监管系统是不是9月底前上线", [ann(J6, "交易智慧监管系统上线时间")], yesno="否",
    note="2026年10月31日前 is after 9月30日")
add("yesno", "老干部智慧服务平台7月前能上线不", [ann(L, "老干部智慧服务平台上线时间")], yesno="是",
    note="2026年6月30日前 is before 7月1日")
add("yesno", "交易中心全流程电子化交易率今年要求100%吗", [ann(J6, "全流程电子化交易率")], yesno="是",
    note="2026 (2025 was ≥98%)")
fl = BY["东莞市妇女联合会"]
add("yesno", "老干局人比妇联多吗", [N(ppl(L)), N(ppl(fl))], yesno="否", scope="mixed", note="42 < 45")
add("yesno", "乡振局对口帮扶地区满意度比发改局定得高吧",
    [ann(X, "对口帮扶地区满意度"), ann(A["fagaiju_2026"], "对口帮扶地区满意度")], yesno="是", scope="mixed",
    note="≥94% vs ≥92%")
add("yesno", "老干局《东莞老干部》经费比社科联的刊物经费多吗",
    [Y(amt(L, "《东莞老干部》刊物编印和老干部工作宣传经费")), Y(amt(A["sheke_2026"], "《东莞社会科学》刊物编辑出版经费"))],
    yesno="是", scope="mixed", note="100元 more")
assert bud(J6, "项目支出") > 6000
add("yesno", "交易中心项目支出过6000万了吗", [W(bud(J6, "项目支出"))], yesno="是", note="6382.17 > 6000")
add("yesno", "老干局有没有对下转移支付资金", [W(bud(L, "拟用于对下转移支付资金"))], yesno="是", note="66.00万元")
add("yesno", "驻镇帮镇扶工作队指标是不是不少于45支", [ann(X, "选派驻镇帮镇扶工作队")], yesno="否",
    note="indicator ≥40支; 45支 is the goals' figure")
add("yesno", "交易中心培训人均成本控制在400元以内吗", [ann(J6, "交易业务人员培训人均成本")], yesno="否",
    note="≤420元/人 allows more than 400")
zg = BY["东莞市总工会"]
add("yesno", "老干局预算比总工会多吗", [W(T.total(L)), W(T.total(zg))], yesno="是", scope="mixed", note="5169.38 > 4198.90")
add("yesno", "乡振局基本支出是不是比交易中心多", [W(bud(X, "基本支出")), W(bud(J6, "基本支出"))], yesno="是",
    note="2735.48 > 2648.35 (2026)")
assert xh[0][1] == "老干部信息化和智慧服务平台建设经费"
add("yesno", "老干局的信息化经费是不是全市带信息化的项目里最少的", [Y(xh[0][0])], yesno="是", scope="mixed",
    note="least of the 东莞 2026 信息化 items")

# ================================================================== yoy (15)
add("yoy", "交易中心去年预算多少", [W(T.total(J5))], [JN], note="2025 预算合计")
add("yoy", "交易中心预算比去年增加多少", [W(T.total(J6) - T.total(J5)), W(T.total(J6)), W(T.total(J5))],
    note="difference, then 2026, 2025")
add("followup", "增长百分之几", [P((T.total(J6) - T.total(J5)) / T.total(J5) * 100)], fu=True, note="over the 2025 base")
add("yoy", "电子交易平台经费去年多少", [Y(amt(J5, "公共资源电子交易平台升级和运维经费"))],
    ["公共资源电子交易平台升级和运维经费"], note="交易中心 2025 (the only 电子交易平台 item)")
r6, r5 = amt(J6, "交易现场见证和远程异地评标经费"), amt(J5, "交易现场见证和远程异地评标经费")
add("yoy", "远程异地评标经费今年比去年多多少", [Y(r6 - r5), Y(r6), Y(r5)], note="交易中心 2026 − 2025")
new_task = sorted({x["name"] for x in J6["tasks"]} - {x["name"] for x in J5["tasks"]} - {"评标专家管理和专家库建设经费"})
assert new_task == ["交易智慧监管系统建设经费"]
add("yoy", "交易中心今年新增了哪个任务", [Y(amt(J6, new_task[0]))], new_task, note="2026-only task (besides the rename)")
add("yoy", "评标专家管理经费去年多少", [Y(amt(J5, "评标专家管理经费"))], ["评标专家管理经费"], note="2025 name")
add("yoy", "评标专家管理和专家库建设经费２０２５年是多少", [Y(amt(J5, "评标专家管理经费"))], ["评标专家管理经费"],
    note="2026 name asked of 2025: the renamed task (2025 评标专家管理经费); full-width digits")
e6, e5 = amt(J6, "评标专家管理和专家库建设经费"), amt(J5, "评标专家管理经费")
add("yoy", "评标专家那项今年比去年多多少", [Y(e6 - e5), Y(e6), Y(e5)], note="rename: 2026 − 2025")
add("yoy", "交易中心去年几个任务，合计多少", [N(len(J5["tasks"])), Y(tasks_sum(J5))], note="2025")
add("yoy", "进场交易项目年度指标去年和今年各多少",
    [ann(J5, "完成公共资源进场交易项目"), ann(J6, "完成公共资源进场交易项目")], ["完成公共资源进场交易项目"],
    note="2025 then 2026, as asked")
add("yoy", "公共资源交易服务水平去年怎么写的", [ann(J5, "公共资源交易服务水平")], ["公共资源交易服务水平"],
    note="qualitative, 2025 wording")
i5 = {i["level3"]: i["annual_value"] for i in J5["indicators"]}
changed = [i["level3"] for i in J6["indicators"] if i["level3"] in i5 and i5[i["level3"]] != i["annual_value"]]
add("yoy", "交易中心哪些年度指标跟去年不一样", [], changed, note="annual value changed 2025 → 2026 (10)")
add("yoy", "交易中心去年和今年人员各多少", [N(ppl(J5)), N(ppl(J6))], note="2025 then 2026")
add("yoy", "交易中心2025年目标里远程异地评标大概多少宗", [phrase(J5, "480宗")], note="goals 二 2025")
add("yoy", "交易中心市场主体满意度去年定的多少", [ann(J5, "市场主体满意度")], ["市场主体满意度"], note="2025")

# ================================================================== not_found (7)
add("not_found", "乡振局2025年预算", expect="not_found", absent=[W(T.total(X))], scope="not loaded",
    note="乡村振兴局 2025 not loaded")
add("not_found", "老干局去年预算多少", expect="not_found", absent=[W(T.total(L))], scope="not loaded",
    note="老干部局 2025 not loaded")
add("not_found", "交易中心2024年预算多少", expect="not_found", absent=[W(T.total(J5)), W(T.total(J6))],
    scope="not loaded", note="交易中心 2024 not loaded")
add("followup", "那2025年呢", [W(T.total(J5))], [JN], fu=True, note="交易中心 2025 预算合计")
add("not_found", "深圳市公共资源交易中心今年预算", expect="not_found", absent=[W(T.total(J6))], scope="not loaded",
    note="another city")
add("not_found", "广州老干部局预算多少", expect="not_found", absent=[W(T.total(L))], scope="not loaded",
    note="another city")
add("not_found", "乡振局高素质农民培训经费", expect="not_found",
    absent=[Y(amt(A["nongyenongcun_2026"], "高素质农民培训经费"))], scope="mixed",
    note="农业农村局's item; 乡村振兴局 has 乡村振兴人才培训经费 of its own")
add("not_found", "老干局《东莞社会科学》刊物经费", expect="not_found",
    absent=[Y(amt(A["sheke_2026"], "《东莞社会科学》刊物编辑出版经费"))], scope="mixed", note="社科联's journal")

# ================================================================== trap (8)
add("trap", "乡振局乡村振兴示范带建设资金多少", expect="not_found", absent=[Y(b1)], scope="mixed",
    note="农业农村局's item; 乡村振兴局's own is 示范村创建奖补资金")
add("trap", "乡振局对口帮扶协作专项资金多少", expect="not_found", absent=[Y(c1)], scope="mixed",
    note="发改局's item; 乡村振兴局's own is 东西部协作产业帮扶资金")
add("trap", "农户满意度多少", expect="ok_or_clarify", scope="mixed",
    note="no department: 农业农村局 / 供销社 ≥90%, 乡村振兴局 ≥92%")
add("trap", "对口帮扶地区满意度是多少", expect="ok_or_clarify", scope="mixed",
    note="no department: 发改局 ≥92% (2025 ≥90%), 乡村振兴局 ≥94%")
add("trap", "《东莞老干部》刊物多少钱", [Y(amt(L, "《东莞老干部》刊物编印和老干部工作宣传经费"))],
    ["《东莞老干部》刊物编印和老干部工作宣传经费"], scope="mixed",
    absent=[Y(amt(A["sheke_2026"], "《东莞社会科学》刊物编辑出版经费"))], note="one department only")
add("trap", "交易中心12345热线运行经费多少", expect="not_found",
    absent=[Y(amt(A["zhengshuju_2026"], "12345政务服务便民热线运行经费"))], scope="mixed", note="政数局's item")
add("trap", "乡振局建成乡村振兴示范带的指标", expect="not_found",
    absent=[ann(A["nongyenongcun_2026"], "建成乡村振兴示范带")], scope="mixed",
    note="农业农村局's indicator; 乡村振兴局's is 创建市级乡村振兴示范村")
add("trap", "老干部大学学员满意度", [ann(L, "老干部大学学员满意度")], ["老干部大学学员满意度"], scope="mixed",
    absent=[ann(A["dangxiao_2026"], "培训学员满意度")], note="one department only; 党校's 培训学员满意度 ≥96% is not it")

# ------------------------------------------------------------------ write, count
assert len(ROWS) == 160, len(ROWS)
for r in ROWS:
    assert "" not in r["figures"] and len(set(r["figures"])) == len(r["figures"]), r["id"]
OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in ROWS), encoding="utf-8")
cats = Counter(r["category"] for r in ROWS)
print(f"written {OUT.name}: {len(ROWS)} lines; scope {dict(SCOPE)}")
print("| category | total | ok | not_found | clarify | ok_or_clarify |")
print("| --- | --- | --- | --- | --- | --- |")
order = ["item_money", "indicator", "overview", "structure", "prose", "filter", "count", "aggregate", "ranking",
         "compare", "yesno", "yoy", "not_found", "trap", "followup"]
for c in order:
    e = Counter(r["expect"] for r in ROWS if r["category"] == c)
    print(f"| {c} | {cats[c]} | {e['ok']} | {e['not_found']} | {e['clarify']} | {e['ok_or_clarify']} |")
e = Counter(r["expect"] for r in ROWS)
print(f"| **total** | **{len(ROWS)}** | {e['ok']} | {e['not_found']} | {e['clarify']} | {e['ok_or_clarify']} |")
