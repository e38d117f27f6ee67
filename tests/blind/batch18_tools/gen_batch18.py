"""Write tests/blind/batch_18.jsonl (160 blind questions) from the tables alone.

Every figure is computed here from the truth loader (truth18.py; Decimal, ROUND_HALF_UP), never typed.
Checks made while writing: prose phrases occur in the goals of the named table and in none of its tasks /
indicators; every `absent` is a real value (task, budget line, indicator value) or a goal phrase, and is not a
figure of the line; no threshold equals a value it filters; look-alikes are asserted close and different.
Scope of each line: "new" (only the three new tables), "mixed" (new tables with other 东莞 departments or all of
them), "other" (older tables, or tables not loaded); the scope and the counts table are printed.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from truth18 import D, dg2026, indicator, load, pct, q2, task, total, wan, yuan, yuan2  # noqa: E402

T = load()
DA, DA5, WS = "danganju_2026", "danganju_2025", "waishiju_2026"
OUT = HERE.parent / "batch_18.jsonl"
ROWS: list[dict] = []
SCOPE: list[str] = []
ATOMS: set[str] = set()
for _t in T.values():
    ATOMS |= {yuan(x["amount"]) for x in _t["tasks"]} | {wan(v) for v in _t["budget"].values()}
    if _t["kind"] == "department" and _t["budget"].get("基本支出") is not None:
        ATOMS.add(wan(total(_t)))
    ATOMS |= {i["annual_value"] for i in _t["indicators"]} | {i["period_value"] or "" for i in _t["indicators"]}
GOALTEXT = "\n".join(g for _t in T.values() for g in _t["goals"])


# ------------------------------------------------------------------ value helpers
def A(slug, name):  # a task's amount, Decimal 元
    return task(T[slug], name)["amount"]


def Y(slug, name):
    return yuan(A(slug, name))


def B(slug, line):  # a budget line, Decimal 万元
    return total(T[slug]) if line == "预算合计" else T[slug]["budget"][line]


def W(slug, line):
    return wan(B(slug, line))


def IV(slug, name, period=False):
    i = indicator(T[slug], name)
    return i["period_value"] if period else i["annual_value"]


def P(slug, key="财政供养人员数"):
    return T[slug]["basic_info"][key]


def N(n):
    return f"#{n}"


def R(a, b):
    return str(q2(D(a) / D(b)))


def PCT(a, b):
    return pct(D(a) * 100 / D(b))


def prose(slug, phrase):
    t = T[slug]
    assert any(phrase in g for g in t["goals"]), (slug, phrase)
    rest = json.dumps([[x["name"], str(x["amount"]), x["content"], x["expected"]] for x in t["tasks"]]
                      + [[i["level3"], i["annual_value"], i["period_value"]] for i in t["indicators"]], ensure_ascii=False)
    assert phrase not in rest, (slug, phrase)
    return phrase


def close(a, b, limit=1000):
    a, b = D(a), D(b)
    assert a != b and abs(a - b) <= limit, (a, b)


def stem(slug):
    return T[slug]["department"][3:]


def tasks(slug, pred=lambda x: True):
    return [x for x in T[slug]["tasks"] if pred(x)]


def names(xs):
    return [x["name"] for x in xs]


DG = dg2026(T)
BY_TOTAL = sorted(DG, key=lambda t: -total(t))
BY_PEOPLE = sorted(DG, key=lambda t: t["basic_info"]["财政供养人员数"])


def add(cat, q, figures=(), names=(), yesno=None, absent=(), expect="ok", follow=False, note="", scope="new"):
    n = len(ROWS) + 1
    rid = f"b18-{n:03d}"
    figures, absent = list(figures), list(absent)
    for a in absent:
        assert a not in figures, (rid, a)
        assert a in ATOMS or a in GOALTEXT, (rid, a)
    if expect != "ok":
        assert not figures and yesno is None, rid
    if follow:
        assert ROWS, rid
    ROWS.append({"id": rid, "q": q, "category": "followup" if follow else cat, "expect": expect,
                 "figures": figures, "names": list(names), "yesno": yesno, "absent": absent,
                 "followup_of": ROWS[-1]["id"] if follow else None, "note": note})
    SCOPE.append(scope)
    return rid


# ================================================================== item_money
close(A(DA, "馆藏档案数字化加工经费"), A("sifaju_2026", "社区矫正和安置帮教经费"))
close(A(DA, "馆藏档案数字化加工经费"), A("canlian_2026", "无障碍环境建设改造补助"))
add("item_money", "档案馆那个馆藏档案数字化加工，今年预算放了多少钱？",
    [Y(DA, "馆藏档案数字化加工经费")],
    absent=[Y("sifaju_2026", "社区矫正和安置帮教经费"), Y("canlian_2026", "无障碍环境建设改造补助"),
            Y(DA5, "馆藏档案数字化加工经费")],
    note="档案局 2026 key task; its 2025 amount and two amounts ≤500 元 away (司法, 残联) are absent")
close(A(WS, "重大外事活动和来访接待经费"), A("caizhengju_2026", "预算绩效管理第三方评价经费"))
add("item_money", "市外办的重大外事活动和来访接待经费，跟财政局那个预算绩效管理第三方评价经费，各是多少？",
    [Y(WS, "重大外事活动和来访接待经费"), Y("caizhengju_2026", "预算绩效管理第三方评价经费")],
    absent=[Y("sifaju_2026", "人民调解工作经费"), Y("gonganju_2026", "反电信网络诈骗预警劝阻经费")],
    note="two asks; the two amounts are 300 元 apart; 司法 8650000 / 公安 8650800 are absent", scope="mixed")
close(A(WS, "外事翻译和国际会议服务经费"), A("shangwuju_2026", "外经贸企业培训经费"))
add("item_money", "外事局翻译和国际会议那块经费多少？顺便把商务局外经贸企业培训经费也报一下",
    [Y(WS, "外事翻译和国际会议服务经费"), Y("shangwuju_2026", "外经贸企业培训经费")],
    note="two asks, amounts 400 元 apart", scope="mixed")
add("item_money", "档案局新馆布展那个经费安排了多少，算不算重点任务？",
    [Y(DA, "档案馆新馆布展和配套设施建设经费")], names=["档案馆新馆布展和配套设施建设经费", "年度重点工作任务"],
    absent=[Y("caizhengju_2026", "数字财政信息化建设经费")],
    note="15936400 vs 财政 数字财政 15936000 (400 元)")
close(A(DA, "档案馆新馆布展和配套设施建设经费"), A("caizhengju_2026", "数字财政信息化建设经费"))
add("item_money", "外办涉外安全和领事保护经费是多少",
    [Y(WS, "涉外安全和领事保护经费")],
    absent=[Y("shenjiju_2026", "审计整改跟踪督查经费"), Y("minzongju_2026", "少数民族流动人口服务管理经费"),
            Y("fulian_2026", "困难妇女儿童救助资金"), Y("sifaju_2026", "法治宣传教育经费")],
    note="2356200; four amounts within 600 元 in other departments")
add("item_money", "那外事信息化那个呢", [Y(WS, "外事信息化和涉外数据库建设经费")],
    absent=[Y("zhujianju_2026", "城建档案数字化经费"), Y("gongxiaoshe_2026", "供销合作社信息化建设经费")],
    follow=True, note="外事信息化和涉外数据库建设经费 2458200; 住建 2458000 / 供销 2458300 absent")
add("item_money", "外事局APEC商务旅行卡那个管理经费多少钱",
    [Y(WS, "外国人来华邀请和APEC商务旅行卡管理经费")],
    absent=[Y("qixiangju_2026", "防雷安全监管经费"), Y("fulian_2026", "智慧妇联信息化建设经费"),
            Y("renfangban_2026", "人防工程易地建设费征收管理经费")])
add("item_money", "退役军人事务局困难退役军人帮扶援助资金多少", [Y("tuiyijunren_2026", "困难退役军人帮扶援助资金")],
    note="6850000, equal to 医保 医保基金监管经费 (an older tie)", scope="other")
add("item_money", "住建局城建档案数字化经费多少钱", [Y("zhujianju_2026", "城建档案数字化经费")],
    absent=[Y(DA, "馆藏档案数字化加工经费"), Y(WS, "外事信息化和涉外数据库建设经费")],
    note="档案 in the name is not 档案局's; 档案局 数字化 6380500 and 外事 2458200 (200 元 away) absent", scope="other")
add("item_money", "司法局的人民调解工作经费安排了多少", [Y("sifaju_2026", "人民调解工作经费")],
    absent=[Y(WS, "重大外事活动和来访接待经费")], scope="other")
add("item_money", "气象局防雷安全监管经费多少", [Y("qixiangju_2026", "防雷安全监管经费")],
    absent=[Y(WS, "外国人来华邀请和APEC商务旅行卡管理经费")], scope="other")

# ================================================================== indicator
add("indicator", "档案馆今年馆藏档案数字化要做多少画幅？说年度的",
    [IV(DA, "完成馆藏档案数字化")], note="年度 ≥1000万画幅 (实施周期 ≥3000万画幅 is not the asked one)")
add("indicator", "外办新缔结国际友好城市，整个实施周期的目标是几个", [IV(WS, "新缔结国际友好城市", True)],
    note="period ≥6个, annual ≥2个")
add("indicator", "查档群众满意度和外事局服务企业满意度，两个指标各是多少", [IV(DA, "查档群众满意度"), IV(WS, "服务企业满意度")],
    absent=[IV(DA5, "查档群众满意度")], note="2026 values; 档案局 2025 ≥93% absent")
add("indicator", "外事局领事保护案件多久要响应？供销社储备化肥应急投放呢",
    [IV(WS, "领事保护案件响应时间"), IV("gongxiaoshe_2026", "储备化肥应急投放时间")], scope="mixed")
add("indicator", "外办和统计局，培训人均成本分别控制在多少？",
    [IV(WS, "外事干部培训人均成本"), IV("tongjiju_2026", "统计人员培训人均成本")], scope="mixed")
add("indicator", "外事局办理APEC商务旅行卡的指标是多少张", [IV(WS, "办理APEC商务旅行卡")],
    absent=[prose(WS, "600张")], note="indicator ≥500张; the goal's 约600张 is absent")
add("indicator", "来华邀请呢", [IV(WS, "办理外国人来华邀请")], follow=True)
add("indicator", "财政局会计人员继续教育人均成本上限多少", [IV("caizhengju_2026", "会计人员继续教育人均成本")], scope="other")
add("indicator", "住建局智慧住建综合监管平台要求啥时候上线", [IV("zhujianju_2026", "智慧住建综合监管平台上线时间")],
    scope="other")
add("indicator", "商务局进口整体通关时间的指标", [IV("shangwuju_2026", "进口整体通关时间")], scope="other")
add("indicator", "统计局普查小区划分及绘图，年度指标值多少", [IV("tongjiju_2026", "普查小区划分及绘图")],
    note="annual ≥3200个 (period ≥8000个)", scope="other")

# ================================================================== overview (+ chains)
add("overview", "档案局今年预算总共多少", [W(DA, "预算合计")], absent=[W(DA5, "预算合计")])
add("overview", "那外办呢", [W(WS, "预算合计")], follow=True)
add("overview", "两家加起来呢", [wan(B(DA, "预算合计") + B(WS, "预算合计"))], follow=True)
add("overview", "外事局2026年财政拨款多少，占部门预算合计百分之几？",
    [W(WS, "财政拨款"), PCT(B(WS, "财政拨款"), B(WS, "预算合计"))])
add("overview", "那它的其他资金呢", [W(WS, "其他资金")], follow=True)
add("overview", "档案局和妇联的对下转移支付资金分别是多少",
    [W(DA, "拟用于对下转移支付资金"), W("fulian_2026", "拟用于对下转移支付资金")], scope="mixed")
add("overview", "档案局和科协的市本级使用资金各多少", [W(DA, "市本级使用资金"), W("kexie_2026", "市本级使用资金")],
    scope="mixed")
add("overview", "档案局去年部门预算合计是多少", [W(DA5, "预算合计")], absent=[W(DA, "预算合计")])
add("overview", "比今年少多少", [wan(B(DA, "预算合计") - B(DA5, "预算合计"))], follow=True)
add("overview", "司法局财政供养人员多少，下属几个二级单位", [N(P("sifaju_2026")), N(P("sifaju_2026", "下属二级单位数"))],
    scope="other")
add("overview", "妇联基本支出和项目支出各多少", [W("fulian_2026", "基本支出"), W("fulian_2026", "项目支出")], scope="other")
add("overview", "总工会今年预算合计多少", [W("zonggonghui_2026", "预算合计")], scope="other")
add("overview", "科技局2025年财政拨款", [W("kejiju_2025", "财政拨款")], absent=[W("kejiju_2026", "财政拨款")], scope="other")
add("overview", "供销社财政专项资金多少", [W("gongxiaoshe_2026", "财政专项资金")], scope="other")

# ================================================================== prose
add("prose", "市档案馆新馆建筑面积有多大", [prose(DA, "4.6万平方米")])
add("prose", "外办总体目标里写的，全年接待来访外国团组大概多少批次", [prose(WS, "150批次")],
    absent=[IV(WS, "接待来访外国团组")], note="goal 约150批次; indicator ≥120批次 absent")
add("prose", "外事局说全市累计缔结了多少个友好城市", [prose(WS, "36个")],
    absent=[IV(WS, "新缔结国际友好城市", True)], note="累计约36个 (goal) vs 新缔结 ≥6个 / ≥2个")
add("prose", "档案局累计数字化了多少画幅", [prose(DA, "1.2亿画幅")], absent=[IV(DA, "完成馆藏档案数字化")])
add("prose", "档案馆今年预计接待查档群众多少人次", [prose(DA, "7万人次")], absent=[IV(DA, "档案查阅利用服务人次")],
    note="goal 约7万人次; indicator ≥6万人次 absent")
add("prose", "去年呢", [prose(DA5, "6.2万人次")], absent=[IV(DA5, "档案查阅利用服务人次")], follow=True)
add("prose", "在东莞的外籍人士，外办目标里说服务大概多少人", [prose(WS, "3.2万人")])
add("prose", "财政局总体目标里一般公共预算支出安排大约多少", [prose("caizhengju_2026", "1120亿元")], scope="other")
add("prose", "供销社春耕备耕投放化肥约多少吨", [prose("gongxiaoshe_2026", "8万吨")], absent=[IV("gongxiaoshe_2026", "储备化肥")],
    scope="other")
add("prose", "住建局的城建档案数字化率目标是多少", [prose("zhujianju_2026", "96.5%")], scope="other")
add("prose", "统计局农业普查要选聘普查员和普查指导员约多少名", [prose("tongjiju_2026", "4200名")], scope="other")

# ================================================================== filter
th = D(2000000)
f = tasks(DA, lambda x: x["amount"] > th)
assert all(x["amount"] != th for x in T[DA]["tasks"])
add("filter", "档案局哪些任务超过两百万", names=names(f), figures=[yuan(x["amount"]) for x in f])
th = D(1500000)
f = tasks(WS, lambda x: x["amount"] < th)
assert all(x["amount"] != th for x in T[WS]["tasks"])
add("filter", "外办一百五十万以下的经费有哪些", names=names(f), figures=[yuan(x["amount"]) for x in f])
f = tasks(DA, lambda x: D(3000000) <= x["amount"] < D(4000000))
assert len(f) == 1
add("filter", "档案局那个三百来万的是哪一项", names=names(f), figures=[yuan(f[0]["amount"])],
    note="the only 档案局 2026 item between 300万 and 400万 (镇街档案规范化建设补助 3600000)")
f = [i for i in T[WS]["indicators"] if i["annual_value"].endswith("%")]
add("filter", "外办有哪些指标是用百分比考核的", names=[i["level3"] for i in f])
f = [i for i in T[DA]["indicators"] if i["period_value"] != i["annual_value"]]
add("filter", "档案局哪些指标实施周期值和年度值不一样", names=[i["level3"] for i in f])
th = D(900000)
f = [(t, x) for t in DG for x in t["tasks"] if "培训" in x["name"] and x["amount"] < th]
assert all(x["amount"] != th for t in DG for x in t["tasks"])
add("filter", "东莞各部门名字带培训的经费里，不到九十万的有哪些", names=[x["name"] for _, x in sorted(f, key=lambda p: p[1]["amount"])],
    figures=[yuan(x["amount"]) for _, x in sorted(f, key=lambda p: p[1]["amount"])], scope="mixed",
    note="档案 865200, 妇联 865300, 民宗 865400")
f = [x for t in DG for x in t["tasks"] if "外事" in x["name"]]
assert all(t["slug"] == WS for t in DG for x in t["tasks"] if "外事" in x["name"])
add("filter", "今年东莞哪些部门的任务名称里有“外事”两个字？列出来", names=names(f), scope="mixed",
    note="all are 外事局's; 商务局's 外经贸 / 外贸 items are not 外事")
f = [x for t in DG for x in t["tasks"] if "档案" in x["name"]]
assert {t["slug"] for t in DG for x in t["tasks"] if "档案" in x["name"]} == {DA, "zhujianju_2026", "caizhengju_2026"}
add("filter", "全市各部门带“档案”的经费都有哪些", names=names(f), scope="mixed",
    note="档案局 nine + 住建 城建档案数字化经费 + 财政 财政票据和会计档案管理经费")
add("filter", "统计局有哪些时效指标",
    names=[i["level3"] for i in T["tongjiju_2026"]["indicators"] if i["level2"] == "时效指标"], scope="other")
th = D(150000000)
f = tasks("shangwuju_2026", lambda x: x["amount"] > th)
add("filter", "商务局超过一点五亿的任务有哪些", names=names(f), figures=[yuan(x["amount"]) for x in f], scope="other")

# ================================================================== count
add("count", "档案局今年一共几项任务，重点的占几项", [N(len(T[DA]["tasks"])), N(len(tasks(DA, lambda x: x["section"] == "年度重点工作任务")))])
add("count", "外办和人防办的绩效指标各多少条", [N(len(T[WS]["indicators"])), N(len(T["renfangban_2026"]["indicators"]))],
    scope="mixed")
add("count", "外事局和统计局的数量指标各有几个", [N(sum(i["level2"] == "数量指标" for i in T[s]["indicators"]))
                                          for s in (WS, "tongjiju_2026")], scope="mixed")
add("count", "今年东莞一共有多少个部门的整体绩效目标表", [N(len(DG))], scope="mixed")
add("count", "东莞各部门里财政供养人员不到五十人的有几家",
    [N(sum(t["basic_info"]["财政供养人员数"] < 50 for t in DG))], scope="mixed",
    note="民宗 31, 总工会 37, 红会 41, 妇联 45, 档案 47")
assert all(t["basic_info"]["财政供养人员数"] != 50 for t in DG)
add("count", "东莞部门里预算合计不到一个亿的有几家", [N(sum(total(t) < 10000 for t in DG))], scope="mixed",
    note="外事局 11769.95 is above 1亿")
add("count", "科技局2025年有几项任务", [N(len(T["kejiju_2025"]["tasks"]))], scope="other")
add("count", "商务局不到两百万的经费有几项", [N(len(tasks("shangwuju_2026", lambda x: x["amount"] < 2000000)))], scope="other")
add("count", "司法局有几个质量指标", [N(sum(i["level2"] == "质量指标" for i in T["sifaju_2026"]["indicators"]))], scope="other")
add("count", "总工会有几项任务", [N(len(T["zonggonghui_2026"]["tasks"]))], scope="other")

# ================================================================== aggregate
add("aggregate", "档案局所有任务加起来多少钱", [yuan(sum(x["amount"] for x in T[DA]["tasks"]))])
k = tasks(WS, lambda x: x["section"] == "年度重点工作任务")
add("aggregate", "外办三项重点任务合计多少", [yuan(sum(x["amount"] for x in k))], names=names(k))
add("aggregate", "加上镇街外事工作补助呢", [yuan(sum(x["amount"] for x in k) + A(WS, "镇街外事工作补助"))], follow=True)
add("aggregate", "外办平均一项任务多少钱", [yuan2(sum(x["amount"] for x in T[WS]["tasks"]) / len(T[WS]["tasks"]))])
add("aggregate", "档案局和人防办的财政拨款加起来", [wan(B(DA, "财政拨款") + B("renfangban_2026", "财政拨款"))], scope="mixed")
add("aggregate", "东莞所有部门今年预算合计总数是多少", [wan(sum(total(t) for t in DG))], scope="mixed")
add("aggregate", "档案局、统计局、民宗局三家财政供养人员一共多少人",
    [N(P(DA) + P("tongjiju_2026") + P("minzongju_2026"))], scope="mixed")
add("aggregate", "外事局和档案局的培训经费加起来多少",
    [yuan(A(WS, "外事干部和涉外人员培训经费") + A(DA, "档案业务人员培训经费"))], scope="mixed")
add("aggregate", "住建局城建档案数字化经费和物业管理行业监管经费加一块",
    [yuan(A("zhujianju_2026", "城建档案数字化经费") + A("zhujianju_2026", "物业管理行业监管经费"))], scope="other")
add("aggregate", "审计局两年预算合计加起来多少", [wan(B("shenjiju_2026", "预算合计") + B("shenjiju_2025", "预算合计"))],
    scope="other")
add("aggregate", "科技局两年的科技创新券补助加起来",
    [yuan(A("kejiju_2026", "科技创新券补助") + A("kejiju_2025", "科技创新券补助"))], scope="other")

# ================================================================== ranking
srt = sorted(T[DA]["tasks"], key=lambda x: -x["amount"])
add("ranking", "档案局今年哪项任务钱最多", [yuan(srt[0]["amount"])], names=[srt[0]["name"]])
add("ranking", "第三个呢", [yuan(srt[2]["amount"])], names=[srt[2]["name"]], follow=True)
assert srt[2]["section"] == "年度重点工作任务"
add("ranking", "它是重点任务吗", [yuan(srt[2]["amount"])], names=[srt[2]["name"]], yesno="是", follow=True)
low = min(T[WS]["tasks"], key=lambda x: x["amount"])
add("ranking", "外办经费最少的是哪项", [yuan(low["amount"])], names=[low["name"]])
rk = [t["slug"] for t in BY_TOTAL].index(DA) + 1
add("ranking", "档案局预算合计在东莞各部门里排第几（从多到少）", [N(rk)], names=["档案局"], scope="mixed",
    note=f"{rk}th of {len(DG)}")
rk = [t["slug"] for t in BY_PEOPLE].index(WS) + 1
add("ranking", "外事局的人数在东莞各部门里从少到多排第几", [N(rk)], names=["外事局"], scope="mixed")
tie = [(DA, "数字档案馆信息化建设经费"), ("tongjiju_2026", "统计信息化建设经费"), ("shangwuju_2026", "商务信息化建设经费")]
assert A(*tie[0]) == A(*tie[1]) > A(*tie[2])
add("ranking", "档案局、统计局、商务局三家的信息化建设经费，哪家的最多？", [Y(*tie[0])],
    names=[tie[0][1], tie[1][1]], absent=[Y(*tie[2])],
    note="tie: 档案局 and 统计局 both 4580000 (并列最多, either order); 商务 4560000 is not the top", scope="mixed")
b3 = BY_TOTAL[-3:][::-1]
add("ranking", "预算合计最少的三个东莞部门是哪几个", [wan(total(t)) for t in b3], names=[stem(t["slug"]) for t in b3],
    scope="mixed", note="档案局 is fourth from the bottom")
four = sorted([DA, WS, "renfangban_2026", "shenjiju_2026"], key=lambda s: -total(T[s]))
add("ranking", "外事局、档案局、人防办、审计局按预算合计从高到低排一下", [wan(total(T[s])) for s in four],
    names=[stem(s) for s in four], scope="mixed")
tr = sorted([x for t in DG for x in t["tasks"] if "培训" in x["name"]], key=lambda x: x["amount"])
assert tr[0]["name"] == "档案业务人员培训经费" and tr[1]["name"] == "妇女干部和执委培训经费"
add("ranking", "东莞各部门带培训的经费里，哪项最少", [yuan(tr[0]["amount"])], names=[tr[0]["name"]],
    absent=[yuan(tr[1]["amount"])], scope="mixed", note="档案局 865200 is below 妇联 865300 (the least before this batch)")
top = max(T["weijianju_2026"]["tasks"], key=lambda x: x["amount"])
add("ranking", "卫健局今年哪项任务最大", [yuan(top["amount"])], names=[top["name"]], scope="other")
low = min(T["shangwuju_2026"]["tasks"], key=lambda x: x["amount"])
add("ranking", "商务局经费最少的那项是啥", [yuan(low["amount"])], names=[low["name"]], scope="other")

# ================================================================== compare
add("compare", "统计局的统计信息化建设经费和档案局的数字档案馆信息化建设经费，哪个多？",
    [Y(*tie[0])], names=[tie[0][1], tie[1][1]], scope="mixed", note="一样多 (4580000 both, difference 0)")
add("compare", "外事局和档案局谁的预算多，多多少",
    [wan(B(WS, "预算合计") - B(DA, "预算合计")), W(WS, "预算合计"), W(DA, "预算合计")], scope="mixed")
add("compare", "档案局项目支出是基本支出的几倍？统计局呢",
    [R(B(DA, "项目支出"), B(DA, "基本支出")), R(B("tongjiju_2026", "项目支出"), B("tongjiju_2026", "基本支出"))], scope="mixed")
add("compare", "外办的重大外事活动经费比司法局人民调解经费多多少",
    [yuan(A(WS, "重大外事活动和来访接待经费") - A("sifaju_2026", "人民调解工作经费")),
     Y(WS, "重大外事活动和来访接待经费"), Y("sifaju_2026", "人民调解工作经费")], scope="mixed")
add("compare", "外办翻译和国际会议服务经费比商务局外经贸企业培训经费多多少",
    [yuan(A(WS, "外事翻译和国际会议服务经费") - A("shangwuju_2026", "外经贸企业培训经费")),
     Y(WS, "外事翻译和国际会议服务经费"), Y("shangwuju_2026", "外经贸企业培训经费")], scope="mixed")
add("compare", "档案局人数比科协少几个", [N(P("kexie_2026") - P(DA)), N(P(DA)), N(P("kexie_2026"))], scope="mixed")
add("compare", "外办项目支出占预算合计多大比例", [PCT(B(WS, "项目支出"), B(WS, "预算合计"))])
add("compare", "统计局统计调查专项经费比全国农业普查经费多多少",
    [yuan(A("tongjiju_2026", "统计调查专项经费") - A("tongjiju_2026", "全国农业普查经费")),
     Y("tongjiju_2026", "统计调查专项经费"), Y("tongjiju_2026", "全国农业普查经费")], scope="other")
add("compare", "卫健局和交通局预算合计差多少",
    [wan(B("jiaotongju_2026", "预算合计") - B("weijianju_2026", "预算合计")), W("jiaotongju_2026", "预算合计"),
     W("weijianju_2026", "预算合计")], scope="other")
add("compare", "总工会和妇联谁的人多，差几个",
    [N(P("fulian_2026") - P("zonggonghui_2026")), N(P("fulian_2026")), N(P("zonggonghui_2026"))], scope="other")

# ================================================================== structure
add("structure", "档案局的重点工作任务是哪几个", names=names(tasks(DA, lambda x: x["section"] == "年度重点工作任务")))
add("structure", "外办和财政局的成本指标各有哪些",
    names=[i["level3"] for s in (WS, "caizhengju_2026") for i in T[s]["indicators"] if i["level1"] == "成本指标"],
    scope="mixed")
add("structure", "外事局和医保局的满意度指标都有啥",
    names=[i["level3"] for s in (WS, "yibaoju_2026") for i in T[s]["indicators"] if i["level2"] == "服务对象满意度"],
    scope="mixed")
add("structure", "档案局的时效指标有哪些",
    names=[i["level3"] for i in T[DA]["indicators"] if i["level2"] == "时效指标"])
add("structure", "镇街外事工作补助属于重点任务还是其他任务", names=["其他需完成的任务"],
    figures=[Y(WS, "镇街外事工作补助")])
add("structure", "外事局可持续影响指标是哪个，值多少",
    [i["annual_value"] for i in T[WS]["indicators"] if i["level2"] == "可持续影响"],
    names=[i["level3"] for i in T[WS]["indicators"] if i["level2"] == "可持续影响"])
add("structure", "档案局和外事局的质量指标分别是啥",
    names=[i["level3"] for s in (DA, WS) for i in T[s]["indicators"] if i["level2"] == "质量指标"])
add("structure", "司法局效益指标分哪几类",
    names=list(dict.fromkeys(i["level2"] for i in T["sifaju_2026"]["indicators"] if i["level1"] == "效益指标")),
    scope="other")
add("structure", "商务局时效指标有哪些",
    names=[i["level3"] for i in T["shangwuju_2026"]["indicators"] if i["level2"] == "时效指标"], scope="other")
add("structure", "湛江交通局2025年有哪些任务", names=names(T["zhanjiang_2025"]["tasks"]), scope="other")

# ================================================================== yesno
add("yesno", "档案局今年有没有新馆布展的经费", [Y(DA, "档案馆新馆布展和配套设施建设经费")], yesno="是")
th = D(15000000)
assert A(DA, "档案馆新馆布展和配套设施建设经费") > th
add("yesno", "档案馆新馆布展经费超过一千五百万了吗", [Y(DA, "档案馆新馆布展和配套设施建设经费")], yesno="是")
add("yesno", "外事局预算有没有过一点二亿", [W(WS, "预算合计")], yesno="否", scope="mixed",
    note="11769.95万元 < 1.2亿; 外事 is below 审计 / 气象")
assert B(WS, "预算合计") < 12000
add("yesno", "档案局的数字档案馆信息化建设经费和统计局统计信息化建设经费是不是一样多", [Y(*tie[0])], yesno="是",
    names=[tie[0][1], tie[1][1]], scope="mixed")
add("yesno", "外办APEC商务旅行卡指标是不是600张", [IV(WS, "办理APEC商务旅行卡")], yesno="否",
    note="≥500张; 约600张 is the goal's figure")
add("yesno", "档案局的培训经费是不是比妇联的还少",
    [Y(DA, "档案业务人员培训经费"), Y("fulian_2026", "妇女干部和执委培训经费")], yesno="是", scope="mixed")
add("yesno", "外事局的人比人防办多吗", [N(P(WS)), N(P("renfangban_2026"))], yesno="否", scope="mixed")
assert P(WS) < P("renfangban_2026")
add("yesno", "商务局有没有外事接待经费", yesno="否", scope="other",
    note="no such item in 商务局 (外事 items are 外事局's)")
add("yesno", "统计局培训人均成本是不是控制在500元以内", [IV("tongjiju_2026", "统计人员培训人均成本")], yesno="是",
    scope="other")
add("yesno", "统计局普查登记是不是年底前完成", [IV("tongjiju_2026", "普查登记完成时间")], yesno="是", scope="other")

# ================================================================== yoy
d_ = B(DA, "预算合计") - B(DA5, "预算合计")
add("yoy", "档案局预算合计比去年涨了多少，涨幅多少", [wan(d_), PCT(d_, B(DA5, "预算合计"))])
add("yoy", "馆藏档案数字化加工经费今年比去年增加多少",
    [yuan(A(DA, "馆藏档案数字化加工经费") - A(DA5, "馆藏档案数字化加工经费"))])
add("yoy", "档案局去年有新馆布展经费吗", yesno="否", names=["档案馆新馆布展和配套设施建设经费"],
    note="the item is new in 2026 (not in 2025's table)")
add("yoy", "档案资源体系这个指标去年和今年的值有啥不一样", [IV(DA5, "档案资源体系"), IV(DA, "档案资源体系")],
    note="2025 逐步完善, 2026 更加完善 (qualitative wording changed; asked 去年 first)")
add("yoy", "查档群众满意度去年定的是多少", [IV(DA5, "查档群众满意度")])
add("yoy", "档案局和人防办今年预算各比去年涨了多少",
    [wan(d_), wan(B("renfangban_2026", "预算合计") - B("renfangban_2025", "预算合计"))], scope="mixed")
add("yoy", "外事局预算比去年增长了多少", expect="not_found", absent=[W(DA5, "预算合计")],
    note="外事局 2025 is not loaded")
add("yoy", "审计局人数比去年多了几个", [N(P("shenjiju_2026") - P("shenjiju_2025")), N(P("shenjiju_2026")), N(P("shenjiju_2025"))],
    scope="other")
d2 = B("qixiangju_2026", "预算合计") - B("qixiangju_2025", "预算合计")
add("yoy", "气象局预算合计同比增长百分之几", [PCT(d2, B("qixiangju_2025", "预算合计")), wan(d2)], scope="other")
d3 = B("fagaiju_2026", "预算合计") - B("fagaiju_2025", "预算合计")
add("yoy", "发改局预算合计比去年多了多少", [wan(d3), PCT(d3, B("fagaiju_2025", "预算合计"))], scope="other")

# ================================================================== typo
add("typo", "檔案館今年預算合計多少", [W(DA, "预算合计")], note="traditional characters")
add("typo", "外事侷的國際友好城市交流合作經費", [Y(WS, "国际友好城市交流合作经费")],
    absent=[Y("hongshizihui_2025", "红十字应急救护培训普及经费")], note="traditional; 红会 2025 5862000 absent")
add("typo", "当案局的馆藏档案数字化加工经费", [Y(DA, "馆藏档案数字化加工经费")], note="homophone 当案")
add("typo", "档案局２０２５年预算合计", [W(DA5, "预算合计")], absent=[W(DA, "预算合计")], note="full-width digits")
add("typo", "外办镇街外事工作补组多少钱", [Y(WS, "镇街外事工作补助")], note="补组 for 补助")
add("typo", "档案局东莞年签编纂出版经费", [Y(DA, "东莞年鉴编纂出版经费")],
    absent=[Y("kexie_2026", "科协系统干部和科普人员培训经费")], note="年签 for 年鉴")
add("typo", "應急局安全生產監管執法經費", [Y("yingji_2026", "安全生产监管执法经费")], note="traditional", scope="other")
add("typo", "統計局統計調查專項經費", [Y("tongjiju_2026", "统计调查专项经费")], scope="other")
add("typo", "商物局促进消费专项资金", [Y("shangwuju_2026", "促进消费专项资金")], note="商物 for 商务", scope="other")
add("typo", "司法局法律援组经费多少", [Y("sifaju_2026", "法律援助经费")], note="援组 for 援助", scope="other")

# ================================================================== not_found
add("not_found", "档案局2024年预算合计多少", expect="not_found", absent=[W(DA5, "预算合计"), W(DA, "预算合计")])
add("not_found", "外办今年因公出国团组数量指标定了多少", expect="not_found",
    note="no such count indicator (因公出国（境）审批合规率 is a rate)")
add("not_found", "档案局办公楼维修改造费安排了多少", expect="not_found")
add("not_found", "档案局去年新馆布展和配套设施建设经费多少钱", expect="not_found",
    absent=[Y(DA, "档案馆新馆布展和配套设施建设经费")], note="2026 only")
add("not_found", "外事局新馆布展完成时间是哪天", expect="not_found", absent=[IV(DA, "新馆布展完成时间")],
    note="档案局's indicator, not 外事局's")
add("not_found", "广州市外办2026年部门预算合计", expect="not_found", absent=[W(WS, "预算合计")], scope="other")
add("not_found", "深圳市档案馆今年的档案数字化经费", expect="not_found", absent=[Y(DA, "馆藏档案数字化加工经费")],
    scope="other")
add("not_found", "东莞市信访局今年预算合计", expect="not_found", scope="other")
add("not_found", "东莞市侨务局的项目支出是多少", expect="not_found", absent=[W(WS, "项目支出")], scope="other")
add("not_found", "湛江市档案局2025年预算多少", expect="not_found", absent=[W(DA5, "预算合计")], scope="other")

# ================================================================== trap
add("trap", "档案数字化经费是多少", expect="ok_or_clarify", names=["馆藏档案数字化加工经费", "城建档案数字化经费"],
    scope="mixed", note="no department named: 档案局 6380500 and 住建 2458000 both fit")
add("trap", "外办的外经贸企业培训经费多少", expect="not_found", absent=[Y("shangwuju_2026", "外经贸企业培训经费")],
    scope="mixed", note="商务局's item, not 外办's")
add("trap", "财政局的档案管理经费", [Y("caizhengju_2026", "财政票据和会计档案管理经费")],
    names=["财政票据和会计档案管理经费"], absent=[Y(DA, "档案执法检查和宣传经费")], scope="mixed",
    note="986000; 档案局 档案执法检查和宣传经费 986500 absent")
add("trap", "档案馆累计数字化1.2亿画幅，那今年年度指标是不是也是1.2亿", [IV(DA, "完成馆藏档案数字化")], yesno="否")
six = [t for t in DG if any(i["level2"] == "经济成本指标" and i["annual_value"] == "≤500元/人" for i in t["indicators"])]
add("trap", "培训人均成本≤500元/人的是哪个部门", names=[stem(t["slug"]) for t in six], scope="mixed",
    note="two departments: list both")
add("trap", "外办年度指标要接待150批次外国团组，对吧", [IV(WS, "接待来访外国团组")], yesno="否",
    note="indicator ≥120批次; 约150批次 is the goal")
sat = [t for t in T.values() if t["year"] == 2026 and any(i["level3"] == "培训学员满意度" for i in t["indicators"])]
add("trap", "培训学员满意度是多少", expect="ok_or_clarify", names=[t["department"] for t in sat], scope="mixed",
    note="four 2026 tables carry it (档案, 农业农村, 东莞红会, 广州红会)")
close(A(WS, "粤港澳大湾区对外交流合作经费"), A("guangzhou_hongshizihui_2026", "粤港澳大湾区红十字交流合作经费"))
add("trap", "外事局的粤港澳大湾区交流合作经费", [Y(WS, "粤港澳大湾区对外交流合作经费")],
    absent=[Y("guangzhou_hongshizihui_2026", "粤港澳大湾区红十字交流合作经费"), Y("kexie_2026", "科技工作者服务和人才举荐经费")],
    scope="mixed", note="广州红会 has a 粤港澳大湾区…交流合作经费 of 1250800")
assert A(DA, "镇街档案规范化建设补助") == B(DA, "拟用于对下转移支付资金") * 10000
add("trap", "档案局镇街档案规范化建设补助是不是就是对下转移支付那360万", [Y(DA, "镇街档案规范化建设补助"), W(DA, "拟用于对下转移支付资金")],
    yesno="是")
add("trap", "统计局的数字档案馆信息化建设经费多少", expect="not_found", scope="mixed",
    note="档案局's item; 统计局's own 统计信息化建设经费 has the same amount")

# ------------------------------------------------------------------ write
assert len(ROWS) == 160, len(ROWS)
OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in ROWS), encoding="utf-8")
print(f"wrote {OUT} ({len(ROWS)} questions)")
print("scope:", dict(Counter(SCOPE)))
cats = ["item_money", "indicator", "overview", "prose", "filter", "count", "aggregate", "ranking", "compare", "structure",
        "yesno", "yoy", "typo", "not_found", "trap", "followup"]
print("| category | total | ok | not_found | clarify | ok_or_clarify |")
print("| --- | --- | --- | --- | --- | --- |")
for c in cats + ["**total**"]:
    rs = [r for r in ROWS if r["category"] == c or c == "**total**"]
    e = Counter(r["expect"] for r in rs)
    print(f"| {c} | {len(rs)} | {e['ok']} | {e['not_found']} | {e['clarify']} | {e['ok_or_clarify']} |")
