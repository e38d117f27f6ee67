"""Write tests/blind/batch_10.jsonl (adapted from batch8_tools/gen_batch9.py).

Every figure is computed here from the ground truth (truth10.py: the tables' JSON, the fixture
data, the forms' checked export) with Decimal and ROUND_HALF_UP; every prose phrase is asserted
to occur in the table's text (goal-only facts asserted absent from tasks and indicators).
Questions are written as finance-bureau and department staff would ask them.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from truth10 import D, dg2026, indicator, load, pct, q2, task, total, wan, yuan, yuan2  # noqa: E402

T = load()
Z, P = T["zhujianju_2026"], T["zhujian_jiuqu_2026"]      # the two new tables (住建局, 老旧小区改造项目)
S, C = T["sifaju_2026"], T["shangwuju_2026"]             # batch 8 tables (司法局, 商务局)
YX = T["yingji_xinxihua_2026"]                            # 应急指挥信息化平台建设项目 (batch 6)
W, M = T["wenguangluti_2026"], T["yibaoju_2026"]          # batch 7 tables
W23 = T["dongguan_approval_2023_unseen"]                   # 文广旅体局 2023 批复表 (form fixture)
WJ26, WJ25 = T["weijianju_2026"], T["weijianju_2025"]
ZGH26, ZGH25 = T["zonggonghui_2026"], T["zonggonghui_2025"]
KJ26, KJ25 = T["kejiju_2026"], T["kejiju_2025"]
RS, ZR, NY, SW, ST, CG, JT, JY = (T["renshe_2026"], T["ziranziyuan_2026"], T["nongyenongcun_2026"],
                                  T["shuiwuju_2026"], T["shengtai_2026"], T["chengguan_2026"],
                                  T["jiaotongju_2026"], T["jiaoyuju_2026"])
MZ, YJ, SJ = T["minzhengju_2026"], T["yingji_2026"], T["shijianju_2026"]
DG = dg2026(T)
assert len(DG) == 21
ZGJ = T["zhanjiang_2025"]

OUT: list[dict] = []
KEY, OTHER = "年度重点工作任务", "其他需完成的任务"


def stem(t):
    d = t["department"]
    for c in ("东莞市", "湛江市", "广州市"):
        if d.startswith(c):
            return d[len(c):]
    return d


def Q(cat, q, expect="ok", figures=(), names=(), yesno=None, absent=(), note="", fu=False):
    n = len(OUT) + 1
    rec = {
        "id": f"b10-{n:03d}", "q": q, "category": cat, "expect": expect,
        "figures": list(figures), "names": list(names), "yesno": yesno, "absent": list(absent),
        "followup_of": OUT[-1]["id"] if fu else None, "note": note,
    }
    OUT.append(rec)
    return rec


def tm(t, name):
    return yuan(task(t, name)["amount"])


def iv(t, name, which="annual_value"):
    return indicator(t, name)[which]


def bl(t, name):
    return wan(t["budget"][name])


def prose(t, phrase, where="goals"):
    assert phrase in t["text"], (t["slug"], phrase)
    if where in ("goals", "goals_only"):
        assert any(phrase in g for g in t["goals"]), (t["slug"], phrase)
    if where == "goals_only":
        rest = [x["name"] + x["content"] + x["expected"] for x in t["tasks"]] + \
               [i["level3"] + i["annual_value"] + str(i["period_value"]) for i in t["indicators"]]
        assert not any(phrase in r for r in rest), (t["slug"], phrase, "not only in goals")
    return phrase


def names_where(t, cond):
    return [x["name"] for x in t["tasks"] if cond(x)]


def inds_where(t, cond):
    return [i["level3"] for i in t["indicators"] if cond(i)]


def tsum(t, names):
    return sum((task(t, n)["amount"] for n in names), Decimal(0))


def allsum(t):
    return tsum(t, [x["name"] for x in t["tasks"]])


def ratio(a, b):
    return str(q2(D(a) / D(b)))


def pct_of(a, b):
    return pct(D(a) * 100 / D(b))


def cnt(n):
    return f"#{n}"


def ppl(t):
    return t["basic_info"]["财政供养人员数"]


def fd(t, name):
    return wan(t["funds"][name])


TJ, TY = T["tongjiju_2026"], T["tuiyijunren_2026"]        # the two new tables (统计局, 退役军人事务局)
TJN, TYN = "统计局", "退役军人事务局"
TJK = names_where(TJ, lambda x: x["section"] == KEY)
TYK = names_where(TY, lambda x: x["section"] == KEY)

# =========================================================================== item_money
Q("item_money", "统计局农业普查今年安排了多少钱", figures=[tm(TJ, "全国农业普查经费")], names=["全国农业普查经费"])
Q("followup", "普查小区今年要划多少个", figures=[iv(TJ, "普查小区划分及绘图")], names=["普查小区划分及绘图"],
  note="annual ≥3200个 (period ≥8000个)", fu=True)
Q("item_money", "统计局常规统计调查那笔经费多少", figures=[tm(TJ, "统计调查专项经费")], names=["统计调查专项经费"])
Q("item_money", "你好，想问下统计局的信息化建设经费是多少？", figures=[tm(TJ, "统计信息化建设经费")], names=["统计信息化建设经费"],
  absent=[tm(C, "商务信息化建设经费"), tm(MZ, "民政信息化建设经费"), tm(TY, "退役军人服务保障信息化建设经费")],
  note="4580000 vs 商务局 4560000 / 民政局 4650000 / 退役军人 4568000")
Q("item_money", "统计局数据核查的钱", figures=[tm(TJ, "统计数据质量核查经费")], names=["统计数据质量核查经费"], note="terse, colloquial")
Q("item_money", "退役军人事务局优抚对象的抚恤补助一年多少", figures=[tm(TY, "重点优抚对象抚恤补助资金")],
  names=["重点优抚对象抚恤补助资金"])
Q("item_money", "退役军人局退役士兵安置的钱安排了多少", figures=[tm(TY, "退役士兵安置补助资金")], names=["退役士兵安置补助资金"])
Q("item_money", "退役军人局光荣院运行经费", figures=[tm(TY, "光荣院运行保障经费")], names=["光荣院运行保障经费"])
Q("item_money", "我们在核对双拥经费，退役军人局拥军优属宣传慰问经费是多少", figures=[tm(TY, "拥军优属宣传慰问经费")],
  names=["拥军优属宣传慰问经费"], absent=[tm(YJ, "防灾减灾宣传教育经费")], note="2365000; 应急局 防灾减灾宣传教育经费 2365800")
Q("item_money", "退役军人局烈士陵园维护的经费多少", figures=[tm(TY, "烈士纪念设施维护和褒扬纪念经费")],
  names=["烈士纪念设施维护和褒扬纪念经费"], note="烈士陵园 = 烈士纪念设施")
Q("item_money", "退役军人就业创业扶持经费", figures=[tm(TY, "退役军人就业创业扶持经费")], names=["退役军人就业创业扶持经费"],
  absent=[tm(Z, "建筑节能与绿色建筑补助")], note="12560000; 住建局 12650000 digit swap")
Q("item_money", "医保局困难群众医疗救助资金多少", figures=[tm(M, "困难群众医疗救助资金")], names=["困难群众医疗救助资金"])

# =========================================================================== indicator
Q("indicator", "退役军人局今年接收安置退役士兵多少人", figures=[iv(TY, "接收安置退役士兵")], names=["接收安置退役士兵"],
  note="annual ≥800人 (period ≥2400人)")
Q("followup", "那整个周期呢", figures=[iv(TY, "接收安置退役士兵", "period_value")], note="period ≥2400人", fu=True)
Q("indicator", "退役军人专场招聘会今年要办几场", figures=[iv(TY, "组织退役军人专场招聘会")], names=["组织退役军人专场招聘会"],
  note="annual ≥12场 (period ≥36场)")
Q("indicator", "退役军人就业率年度目标是多少", figures=[iv(TY, "退役军人就业率")], names=["退役军人就业率"],
  note="annual ≥90% (period ≥95%)")
Q("indicator", "光荣院集中供养人均成本标准", figures=[iv(TY, "光荣院集中供养人均成本")], names=["光荣院集中供养人均成本"])
Q("indicator", "退役军人服务信息平台什么时候上线", figures=[iv(TY, "退役军人服务信息平台上线时间")],
  names=["退役军人服务信息平台上线时间"], absent=[iv(Z, "智慧住建综合监管平台上线时间")])
Q("indicator", "统计局今年开展统计执法检查多少家", figures=[iv(TJ, "开展统计执法检查")], names=["开展统计执法检查"],
  note="annual ≥60家 (period ≥180家)")
Q("indicator", "统计分析报告被采用的年度指标", figures=[iv(TJ, "统计分析报告被采用")], names=["统计分析报告被采用"],
  absent=[prose(TJ, "80篇", "goals_only")], note="annual ≥20篇 (period ≥60篇); the goal's 撰写…80篇 is another thing")
Q("indicator", "住户调查记账补助标准是多少", figures=[iv(TJ, "住户调查记账补助标准")], names=["住户调查记账补助标准"])
Q("indicator", "统计局普查数据差错率要控制在多少", figures=[iv(TJ, "普查数据差错率")], names=["普查数据差错率"])
Q("indicator", "统计人员培训人均成本多少", figures=[iv(TJ, "统计人员培训人均成本")], names=["统计人员培训人均成本"],
  absent=[iv(TY, "退役军人教育培训人均成本")], note="≤500元/人; 退役军人 ≤1500元/人")
Q("indicator", "民政局城乡低保标准是多少", figures=[iv(MZ, "城乡低保标准")], names=["城乡低保标准"])

# =========================================================================== overview
Q("overview", "统计局今年部门预算多少", figures=[wan(total(TJ))], names=[TJN], note="2468.35 + 6852.40 + 318.60")
Q("followup", "财政拨款呢", figures=[bl(TJ, "财政拨款")], fu=True)
Q("overview", "统计局有多少财政供养人员", figures=[cnt(ppl(TJ))], names=[TJN])
Q("overview", "统计局下属二级单位几个", figures=[cnt(TJ["basic_info"]["下属二级单位数"])], names=[TJN])
Q("overview", "统计局的财政专项资金里拟用于对下转移支付的多少", figures=[bl(TJ, "拟用于对下转移支付资金")], names=[TJN])
Q("overview", "退役军人事务局2026年预算总额", figures=[wan(total(TY))], names=[TYN], absent=[wan(total(S))],
  note="41281.60; 司法局 41947.92 is close")
Q("followup", "项目支出占多少", figures=[bl(TY, "项目支出"), pct_of(TY["budget"]["项目支出"], total(TY))],
  note="38452.76万元, 93.15% of 预算合计", fu=True)
Q("overview", "退役军人局下属几个二级单位", figures=[cnt(TY["basic_info"]["下属二级单位数"])], names=[TYN])
Q("overview", "退役军人局其他资金", figures=[bl(TY, "其他资金")], names=[TYN])
Q("overview", "退役军人局市本级使用资金多少", figures=[bl(TY, "市本级使用资金")], names=[TYN])
Q("overview", "麻烦查一下商务局的基本支出", figures=[bl(C, "基本支出")], names=["商务局"])

# =========================================================================== prose
Q("prose", "农业普查要选聘多少普查员和普查指导员", figures=[prose(TJ, "4200名", "goals_only")], note="统计局 goal 一 only")
Q("prose", "统计局说“四上”企业联网直报单位要达到多少家", figures=[prose(TJ, "1.6万家", "goals_only")], note="goal 二 only")
Q("prose", "企业统计电子台账覆盖率目标是多少", figures=[prose(TJ, "88%", "goals_only")],
  absent=[iv(TJ, "调查对象满意度")], note="统计局 goal 三 only; 调查对象满意度 ≥85% is another thing")
Q("prose", "统计法治宣传进企业活动搞多少场", figures=[prose(TJ, "50场", "goals_only")], note="统计局 goal 四 only")
Q("prose", "统计局全年撰写统计分析报告多少篇", figures=[prose(TJ, "80篇", "goals_only")],
  absent=[iv(TJ, "统计分析报告被采用")], note="goal 五 only (≥20篇 is the 被采用 indicator)")
Q("prose", "统计年鉴这些资料印多少册", figures=[prose(TJ, "3000册", "goals_only")], note="统计局 goal 五 only")
Q("prose", "退役军人局走访慰问重点优抚对象和困难退役军人多少户", figures=[prose(TY, "3500户", "goals_only")], note="goal 一 only")
Q("prose", "今年妥善安置符合政府安排工作条件的退役军人多少名", figures=[prose(TY, "85名", "goals_only")],
  absent=[iv(TY, "接收安置退役士兵")], note="退役军人局 goal 二 only (≥800人 is 接收安置退役士兵)")
Q("prose", "退役军人就业创业孵化基地建几个", figures=[prose(TY, "5个", "goals_only")], note="goal 三 only")
Q("prose", "致敬英雄主题教育活动要覆盖多少中小学生", figures=[prose(TY, "10万人次", "goals_only")], note="goal 四 only")
Q("prose", "退役军人局要创建多少个示范型服务站", figures=[prose(TY, "30个", "goals_only")], note="goal 五 only")
Q("prose", "光荣院集中供养床位要达到多少张", figures=[prose(TY, "120张", "goals_only")], note="退役军人局 goal 五 only")

# =========================================================================== filter
ty_over10m = names_where(TY, lambda x: x["amount"] >= 10_000_000)
Q("filter", "退役军人局1000万以上的任务有哪些", names=ty_over10m)
Q("followup", "这几项加起来多少", figures=[yuan(tsum(TY, ty_over10m))], note=" + ".join(ty_over10m), fu=True)
ty_under5m = names_where(TY, lambda x: x["amount"] < 5_000_000)
Q("filter", "退役军人局不到500万的事项", names=ty_under5m)
tj_diff = inds_where(TJ, lambda i: i["period_value"] != i["annual_value"])
Q("filter", "统计局哪些指标周期值和年度值不一样", names=tj_diff)
ty_diff = inds_where(TY, lambda i: i["period_value"] != i["annual_value"])
Q("filter", "退役军人局实施周期指标值跟年度指标值不同的有哪些", names=ty_diff)
ty_100 = inds_where(TY, lambda i: i["annual_value"] == "100%")
Q("filter", "退役军人局哪些指标要求100%", names=ty_100)
train = [(x, t) for t in DG for x in t["tasks"] if "培训" in x["name"] and x["amount"] < 2_000_000]
Q("filter", "今年东莞各部门200万以下的培训经费有哪些", names=[x["name"] for x, _ in train],
  note=", ".join(f"{stem(t)} {x['name']} {x['amount']}" for x, t in train))
small = [t for t in DG if total(t) < 50000]
Q("filter", "今年东莞哪些部门预算不到5个亿", names=[stem(t) for t in small],
  note=", ".join(f"{stem(t)} {total(t)}" for t in small))
tj_sat = inds_where(TJ, lambda i: i["level1"] == "满意度指标")
Q("filter", "统计局的满意度指标", names=tj_sat)

# =========================================================================== count
Q("count", "统计局一共几项任务", figures=[cnt(len(TJ["tasks"]))])
Q("followup", "指标呢", figures=[cnt(len(TJ["indicators"]))], fu=True)
Q("count", "退役军人局有几个重点任务", figures=[cnt(len(TYK))], names=TYK)
Q("count", "退役军人局数量指标几个", figures=[cnt(len(inds_where(TY, lambda i: i["level2"] == "数量指标")))])
Q("count", "退役军人局成本指标有几个", figures=[cnt(len(inds_where(TY, lambda i: i["level1"] == "成本指标")))])
Q("count", "今年东莞现在有多少个部门的部门整体绩效目标表", figures=[cnt(len(DG))], note="21 东莞 2026 部门整体 tables")
Q("count", "今年东莞预算不到5亿的部门几个", figures=[cnt(len(small))], note=", ".join(stem(t) for t in small))
info_all = [(x, t) for t in DG for x in t["tasks"] if "信息化" in x["name"]]
Q("count", "东莞各部门名字带信息化的任务一共几个", figures=[cnt(len(info_all))],
  note="17 of batch 9 + 统计信息化建设经费 + 退役军人服务保障信息化建设经费")
Q("count", "交通局时效指标几个", figures=[cnt(len(inds_where(JT, lambda i: i["level2"] == "时效指标")))])

# =========================================================================== aggregate
Q("aggregate", "统计局所有任务加起来多少钱", figures=[yuan(allsum(TJ))])
Q("followup", "平均每项多少", figures=[yuan2(allsum(TJ) / len(TJ["tasks"]))], note="sum / 6", fu=True)
Q("aggregate", "退役军人局两个重点任务合计", figures=[yuan(tsum(TY, TYK))], names=TYK)
Q("aggregate", "重点优抚对象抚恤补助资金占退役军人局全部任务资金的比例",
  figures=[pct_of(task(TY, "重点优抚对象抚恤补助资金")["amount"], allsum(TY))])
Q("aggregate", "统计局基本支出占预算合计百分之几", figures=[pct_of(TJ["budget"]["基本支出"], total(TJ))])
Q("aggregate", "统计局和退役军人局的预算加起来多少", figures=[wan(total(TJ) + total(TY))])
Q("aggregate", "今年东莞各部门预算合计一共多少", figures=[wan(sum((total(t) for t in DG), Decimal(0)))],
  note="sum over the 21 东莞 2026 department tables")
Q("aggregate", "今年东莞各部门平均财政供养人员多少人", figures=[ratio(sum(ppl(t) for t in DG), len(DG))], note="sum / 21")
help_ = [(x, t) for t in DG for x in t["tasks"] if "救助" in x["name"] or "帮扶" in x["name"]]
Q("aggregate", "今年东莞各部门名称里带救助或帮扶的资金一共多少", figures=[yuan(sum((x["amount"] for x, _ in help_), Decimal(0)))],
  names=[x["name"] for x, _ in help_], note=" + ".join(f"{x['name']} {x['amount']}" for x, _ in help_))
Q("aggregate", "退役军人局项目支出比基本支出多多少", figures=[wan(TY["budget"]["项目支出"] - TY["budget"]["基本支出"])])

# =========================================================================== ranking
tys = sorted(TY["tasks"], key=lambda x: -x["amount"])
Q("ranking", "退役军人局钱最多的前三项", figures=[yuan(x["amount"]) for x in tys[:3]], names=[x["name"] for x in tys[:3]])
tjs = sorted(TJ["tasks"], key=lambda x: -x["amount"])
Q("ranking", "统计局任务金额最少的是哪项", figures=[yuan(tjs[-1]["amount"])], names=[tjs[-1]["name"]])
order = [stem(t) for t in sorted(DG, key=lambda t: -total(t))]
Q("ranking", "退役军人局预算在今年东莞各部门排第几", figures=[cnt(order.index(TYN) + 1)], names=[TYN],
  note="descending: " + " > ".join(order))
low3 = sorted(DG, key=lambda t: total(t))[:3]
Q("ranking", "今年东莞预算最少的三个部门", figures=[wan(total(t)) for t in low3], names=[stem(t) for t in low3], note="ascending")
pl3 = sorted(DG, key=lambda t: ppl(t))[:3]
Q("ranking", "今年东莞财政供养人员最少的三个部门", figures=[cnt(ppl(t)) for t in pl3], names=[stem(t) for t in pl3],
  note="ascending")
tr3 = sorted(((x, t) for t in DG for x in t["tasks"] if "培训" in x["name"]), key=lambda p: -p[0]["amount"])[:3]
Q("ranking", "今年东莞各部门培训经费最高的三项", figures=[yuan(x["amount"]) for x, _ in tr3], names=[x["name"] for x, _ in tr3])
pub = sorted(((x, t) for t in DG for x in t["tasks"] if "宣传" in x["name"]), key=lambda p: p[0]["amount"])[:3]
Q("ranking", "今年东莞各部门宣传经费最少的三项", figures=[yuan(x["amount"]) for x, _ in pub], names=[x["name"] for x, _ in pub],
  note="ascending: " + ", ".join(f"{stem(t)} {x['name']} {x['amount']}" for x, t in pub))
ot = sorted(DG, key=lambda t: -t["budget"]["其他资金"])
Q("ranking", "今年东莞其他资金最少的部门", figures=[bl(ot[-1], "其他资金")], names=[stem(ot[-1])])

# =========================================================================== compare
Q("compare", "退役军人局和司法局谁预算多，差多少", figures=[wan(total(S) - total(TY))], names=["司法局"],
  note="41947.92 - 41281.60")
Q("followup", "人数呢", figures=[cnt(ppl(S) - ppl(TY))], names=["司法局"], note="326 - 78", fu=True)
Q("compare", "统计局和退役军人局财政拨款差多少", figures=[wan(TY["budget"]["财政拨款"] - TJ["budget"]["财政拨款"])],
  names=[TYN], note="40865.32 - 9426.18")
Q("compare", "统计局的预算是总工会的几倍", figures=[ratio(total(TJ), total(ZGH26))], note="9639.35 / 4198.90")
Q("compare", "统计信息化建设经费比商务信息化建设经费多多少",
  figures=[yuan(task(TJ, "统计信息化建设经费")["amount"] - task(C, "商务信息化建设经费")["amount"])], note="4580000 - 4560000")
Q("compare", "退役军人服务保障信息化建设经费和统计信息化建设经费差多少",
  figures=[yuan(task(TJ, "统计信息化建设经费")["amount"] - task(TY, "退役军人服务保障信息化建设经费")["amount"])],
  names=["统计信息化建设经费"], note="4580000 - 4568000")
Q("compare", "退役军人教育培训经费和高素质农民培训经费哪个多", figures=[tm(NY, "高素质农民培训经费"), tm(TY, "退役军人教育培训经费")],
  names=["高素质农民培训经费"], note="3860000 > 3806000")
Q("compare", "困难退役军人帮扶援助资金是民政局特困人员救助供养资金的百分之多少",
  figures=[pct_of(task(TY, "困难退役军人帮扶援助资金")["amount"], task(MZ, "特困人员救助供养资金")["amount"])],
  note="6850000 / 56480000")
Q("compare", "统计人员业务培训经费和文化体育从业人员培训经费差多少",
  figures=[yuan(task(W, "文化体育从业人员培训经费")["amount"] - task(TJ, "统计人员业务培训经费")["amount"])],
  names=["文化体育从业人员培训经费"], note="1286500 - 1286000")
Q("compare", "重点优抚对象抚恤补助资金比民政局城乡低保救助资金少多少",
  figures=[yuan(task(MZ, "城乡低保救助资金")["amount"] - task(TY, "重点优抚对象抚恤补助资金")["amount"])],
  note="298500000 - 186500000")

# =========================================================================== structure
Q("structure", "统计局的重点工作任务有哪些", names=TJK)
Q("followup", "各安排了多少钱", figures=[tm(TJ, n) for n in TJK], names=TJK, fu=True)
Q("structure", "退役军人局时效指标有哪些", names=inds_where(TY, lambda i: i["level2"] == "时效指标"))
Q("structure", "退役军人局社会效益指标都有啥", names=inds_where(TY, lambda i: i["level2"] == "社会效益"))
Q("structure", "退役士兵安置落实率是哪一类指标", names=["产出指标", "质量指标"], note="退役军人局")
Q("structure", "光荣院运行保障经费是重点任务还是其他任务", names=["其他需完成的任务"], note="退役军人局")
Q("structure", "统计局质量指标有哪些", names=inds_where(TJ, lambda i: i["level2"] == "质量指标"))
Q("followup", "普查数据差错率是多少", figures=[iv(TJ, "普查数据差错率")], names=["普查数据差错率"], fu=True)
Q("structure", "统计局可持续影响指标写的什么", figures=[iv(TJ, "统计数据质量保障机制")], names=["统计数据质量保障机制"])
Q("structure", "退役军人局的成本指标有哪些", names=inds_where(TY, lambda i: i["level1"] == "成本指标"))

# =========================================================================== yesno
Q("yesno", "统计局预算有没有超过1个亿", yesno="否", figures=[wan(total(TJ))], note="9639.35万元 < 10000万元")
Q("yesno", "退役军人局预算是不是比司法局少", yesno="是", figures=[wan(total(TY)), wan(total(S))], note="41281.60 < 41947.92")
Q("yesno", "统计局有没有普查的经费", yesno="是", figures=[tm(TJ, "全国农业普查经费")], names=["全国农业普查经费"])
Q("yesno", "统计局有没有经济普查经费", yesno="否", note="only 全国农业普查经费 (第四次全国农业普查); no 经济普查 task")
Q("yesno", "退役军人局有没有安排军休干部的经费", yesno="否", note="no 军休 task")
Q("yesno", "退役士兵安置补助资金是重点任务吗", yesno="是", names=["退役士兵安置补助资金"])
Q("yesno", "困难退役军人帮扶援助资金算重点任务吗", yesno="否", names=["困难退役军人帮扶援助资金"], note="其他需完成的任务")
Q("yesno", "退役军人局有生态效益指标吗", yesno="否", note="no 生态效益 indicator")
Q("yesno", "统计局人是不是比科技局多", yesno="是", figures=[cnt(ppl(TJ)), cnt(ppl(KJ26))], note="86 > 68")
Q("followup", "比科技局多几个", figures=[cnt(ppl(TJ) - ppl(KJ26))], note="86 - 68", fu=True)
Q("yesno", "退役军人局有没有社会成本指标", yesno="否", note="社会成本指标 printed empty")
Q("yesno", "统计局的其他资金超过200万了吗", yesno="是", figures=[bl(TJ, "其他资金")], note="213.17万元")

# =========================================================================== yoy
Q("yoy", "统计局今年预算比去年增加多少", expect="not_found", absent=[wan(total(TJ))], note="统计局 2025 not loaded")
Q("yoy", "退役军人局去年的抚恤补助资金是多少", expect="not_found", absent=[tm(TY, "重点优抚对象抚恤补助资金")],
  note="退役军人局 2025 not loaded")
a, b = ppl(KJ26), ppl(KJ25)
Q("yoy", "科技局财政供养人员今年比去年多几个", figures=[cnt(a - b)], note=f"{a} - {b}")
a, b = task(WJ26, "家庭医生签约服务补助")["amount"], task(WJ25, "家庭医生签约服务补助")["amount"]
Q("yoy", "卫健局家庭医生签约服务补助同比增长多少", figures=[yuan(a - b), pct_of(a - b, b)], names=["家庭医生签约服务补助"],
  note=f"{a} - {b}")
Q("yoy", "卫健局今年预算比去年增长百分之几", figures=[pct_of(total(WJ26) - total(WJ25), total(WJ25))],
  note="(108336.42 - 102624.60) / 102624.60")
a, b = task(ZGH26, "送温暖活动经费")["amount"], task(ZGH25, "送温暖活动经费")["amount"]
Q("yoy", "总工会送温暖活动经费今年比去年多多少", figures=[yuan(a - b)], names=["送温暖活动经费"], note=f"{a} - {b}")

# =========================================================================== typo
Q("typo", "統計局全國農業普查經費", figures=[tm(TJ, "全国农业普查经费")], names=["全国农业普查经费"], note="traditional")
Q("typo", "退役軍人事務局重點優撫對象撫恤補助資金", figures=[tm(TY, "重点优抚对象抚恤补助资金")],
  names=["重点优抚对象抚恤补助资金"], note="traditional")
Q("typo", "退伇军人局光荣院运行保障经费", figures=[tm(TY, "光荣院运行保障经费")], names=["光荣院运行保障经费"], note="伇=役")
Q("typo", "统计局统计法制宣传经费", figures=[tm(TJ, "统计法治宣传经费")], names=["统计法治宣传经费"],
  absent=[tm(MZ, "慈善宣传活动经费")], note="法制=法治; 865000 vs 民政 慈善宣传活动经费 860000")
Q("typo", "统计局预算超过９０００万了吗", yesno="是", figures=[wan(total(TJ))], note="full-width; 9639.35 > 9000")
Q("typo", "退役军人局２０２６年任务一共几项", figures=[cnt(len(TY["tasks"]))], note="full-width")
Q("typo", "统汁局统计调查专项经费", figures=[tm(TJ, "统计调查专项经费")], names=["统计调查专项经费"], note="汁=计")
Q("typo", "退役军人局退役士兵安至补助资金", figures=[tm(TY, "退役士兵安置补助资金")], names=["退役士兵安置补助资金"], note="至=置")
Q("typo", "退役军人局１０００万以上的任务", names=ty_over10m, note="full-width")
Q("typo", "統計局財政撥款多少", figures=[bl(TJ, "财政拨款")], names=[TJN], note="traditional")

# =========================================================================== not_found
Q("not_found", "广州市统计局今年预算多少", expect="not_found", absent=[wan(total(TJ))], note="no 广州 统计局 table")
Q("not_found", "湛江市退役军人事务局的优抚资金", expect="not_found", absent=[tm(TY, "重点优抚对象抚恤补助资金")],
  note="no 湛江 退役军人 table")
Q("not_found", "统计局今年GDP增速目标是多少", expect="not_found", note="not on the form")
Q("not_found", "农业普查现在登记完成了多少", expect="not_found", absent=[iv(TJ, "普查小区划分及绘图")],
  note="no progress data is loaded")
Q("not_found", "退役军人局抚恤补助已经发了多少", expect="not_found", absent=[tm(TY, "重点优抚对象抚恤补助资金")],
  note="no progress data is loaded")
Q("not_found", "退役军人局局长叫什么", expect="not_found", note="not on the form")
Q("not_found", "东莞市税务局部门预算", expect="not_found", note="no 税务局 table")
Q("not_found", "退役军人服务信息平台建设项目的项目支出绩效目标表年度资金多少", expect="not_found",
  absent=[tm(TY, "退役军人服务保障信息化建设经费")], note="no such project table")
Q("not_found", "统计局2025年统计调查专项经费", expect="not_found", absent=[tm(TJ, "统计调查专项经费")],
  note="统计局 2025 not loaded")

# =========================================================================== trap
Q("trap", "退役军人局信息化那块多少钱", figures=[tm(TY, "退役军人服务保障信息化建设经费")],
  names=["退役军人服务保障信息化建设经费"], absent=[tm(TJ, "统计信息化建设经费"), tm(C, "商务信息化建设经费")],
  note="4568000 vs 统计局 4580000 / 商务局 4560000")
Q("trap", "信息化建设经费是多少", expect="clarify",
  names=["统计信息化建设经费", "退役军人服务保障信息化建设经费", "商务信息化建设经费"],
  note="every 东莞 department has one; must ask which")
Q("trap", "帮扶援助资金多少", figures=[tm(TY, "困难退役军人帮扶援助资金")], names=["困难退役军人帮扶援助资金"],
  absent=[tm(MZ, "城乡低保救助资金"), tm(MZ, "特困人员救助供养资金")],
  note="only 退役军人局 has 帮扶援助资金 (6850000); 民政 救助 tasks are something else")
Q("trap", "民政局的重点优抚对象抚恤补助资金", expect="not_found", absent=[tm(TY, "重点优抚对象抚恤补助资金")],
  note="优抚 belongs to 退役军人事务局, not 民政局")
Q("trap", "退役军人局城乡低保救助资金多少", expect="not_found", absent=[tm(MZ, "城乡低保救助资金")],
  note="城乡低保救助资金 belongs to 民政局")
Q("trap", "统计局的节水宣传教育经费", expect="not_found", absent=[tm(SW, "节水宣传教育经费")], note="水务局's")
Q("trap", "宣传经费有多少", expect="clarify",
  names=["统计法治宣传经费", "拥军优属宣传慰问经费", "商务政策宣传经费"], note="many departments")
Q("trap", "培训人均成本是多少", expect="ok_or_clarify",
  names=["统计人员培训人均成本", "退役军人教育培训人均成本"],
  note="统计局 ≤500元/人, 退役军人 ≤1500元/人 and others (应急局, 住建局, 总工会): listing or asking")
Q("trap", "退役军人局的安全生产培训经费", expect="not_found", absent=[tm(YJ, "安全生产培训经费")], note="应急局's")
Q("trap", "退役军人教育培训经费", figures=[tm(TY, "退役军人教育培训经费")], names=["退役军人教育培训经费"],
  absent=[tm(NY, "高素质农民培训经费"), tm(Z, "物业管理行业监管经费")], note="3806000 vs 3860000 / 3680000")


def main() -> None:
    ids = [r["id"] for r in OUT]
    assert len(set(ids)) == len(ids)
    for r in OUT:
        if r["expect"] in ("not_found", "clarify"):
            assert not r["figures"], r
        assert not (set(r["figures"]) & set(r["absent"])), r
    path = HERE.parent / "batch_10.jsonl"
    with path.open("w", encoding="utf-8") as f:
        for r in OUT:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    cats = Counter(r["category"] for r in OUT)
    print(len(OUT), "questions written to", path)
    for c, n in cats.items():
        ex = Counter(r["expect"] for r in OUT if r["category"] == c)
        print(f"  {c:11} {n:3}  {dict(ex)}")
    print("expect:", dict(Counter(r["expect"] for r in OUT)))
    NEWK = ("统计", "統計", "统汁", "退役", "退伇", "軍人", "优抚", "光荣院", "普查", "四上", "烈士", "拥军", "致敬英雄",
            "帮扶援助", "住户调查", "服务站", "孵化基地")
    OLDK = ("卫健", "民政", "应急", "医保", "商务", "司法", "总工会", "科技", "农民", "文化体育", "交通", "东莞各部门", "东莞预算",
            "东莞现在", "东莞哪些", "东莞财政", "东莞其他", "税务", "节水", "信息化建设经费是多少", "宣传经费有多少", "培训人均成本是多少")
    kind = {}
    for r in OUT:
        if r["followup_of"]:
            kind[r["id"]] = kind[r["followup_of"]]
            continue
        n, o = any(k in r["q"] for k in NEWK), any(k in r["q"] for k in OLDK)
        kind[r["id"]] = "new only" if n and not o else ("others only" if o and not n else "both")
    print("questions by tables:", dict(Counter(kind.values())))


if __name__ == "__main__":
    main()
