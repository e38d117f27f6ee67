"""Write tests/blind/batch_08.jsonl (adapted from batch7_tools/gen_batch7.py).

Every figure is computed here from the ground truth (truth8.py: the tables' JSON, the fixture
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

from truth8 import D, dg2026, indicator, load, pct, q2, task, total, wan, yuan, yuan2  # noqa: E402

T = load()
S, C = T["sifaju_2026"], T["shangwuju_2026"]             # the two new tables (司法局, 商务局)
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
assert len(DG) == 18
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
        "id": f"b8-{n:03d}", "q": q, "category": cat, "expect": expect,
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


# =========================================================================== item_money
Q("item_money", "司法局法律援助今年安排了多少钱？", figures=[tm(S, "法律援助经费")], names=["法律援助经费"],
  note="司法局 重点任务 法律援助经费")
Q("followup", "那办案补贴标准是多少", figures=[iv(S, "法律援助案件办案补贴标准")], names=["法律援助案件办案补贴标准"],
  note="经济成本指标 ≤0.3万元/件", fu=True)
Q("item_money", "请问一下，商务局外贸稳增长那笔专项资金今年是多少", figures=[tm(C, "外贸稳增长专项资金")],
  names=["外贸稳增长专项资金"], note="商务局 重点任务")
Q("item_money", "商务局搞促消费的钱有多少", figures=[tm(C, "促进消费专项资金")], names=["促进消费专项资金"],
  absent=[tm(W, "文旅消费促进补助")], note="商务局 促进消费专项资金; 文广旅体局 文旅消费促进补助 22500000 is a look-alike")
Q("item_money", "司法局人民调解经费", figures=[tm(S, "人民调解工作经费")], names=["人民调解工作经费"],
  note="terse; 司法局 其他任务")
Q("item_money", "商务局给企业参展的补助多少钱", figures=[tm(C, "企业参展补助经费")], names=["企业参展补助经费"])
Q("item_money", "我在核对司法局的预算，社区矫正那一块给了多少经费？", figures=[tm(S, "社区矫正和安置帮教经费")],
  names=["社区矫正和安置帮教经费"])
Q("item_money", "商务局跨境电商扶持资金多少", figures=[tm(C, "跨境电商发展扶持资金")], names=["跨境电商发展扶持资金"],
  absent=[tm(ZR, "地质灾害防治经费")], note="26800000; 自然资源局 地质灾害防治经费 26840000 is a near amount")
Q("item_money", "司法局给镇街司法所的补助有多少", figures=[tm(S, "司法所规范化建设补助")], names=["司法所规范化建设补助"])
Q("item_money", "麻烦查下商务局口岸通关便利化经费", figures=[tm(C, "口岸通关便利化经费")], names=["口岸通关便利化经费"])
Q("item_money", "民政局慈善宣传活动经费多少", figures=[tm(MZ, "慈善宣传活动经费")], names=["慈善宣传活动经费"])
Q("item_money", "应急局防灾减灾宣传教育经费是多少", figures=[tm(YJ, "防灾减灾宣传教育经费")], names=["防灾减灾宣传教育经费"],
  absent=[tm(S, "法治宣传教育经费")], note="2365800; 司法局 法治宣传教育经费 2356800 is a digit-swap look-alike")
Q("item_money", "城管局环卫工人关爱慰问经费多少", figures=[tm(CG, "环卫工人关爱慰问经费")], names=["环卫工人关爱慰问经费"],
  absent=[tm(M, "医保经办人员培训经费")], note="960000; 医保局 956000 is a near amount")

# =========================================================================== indicator
Q("indicator", "司法局今年要办多少件法律援助案件", figures=[iv(S, "办理法律援助案件")], names=["办理法律援助案件"],
  note="annual ≥1.6万件 (period ≥4.8万件)")
Q("followup", "整个实施周期呢", figures=[iv(S, "办理法律援助案件", "period_value")], note="period value", fu=True)
Q("indicator", "商务局新引进亿元以上项目年度目标是多少个", figures=[iv(C, "新引进亿元以上项目")],
  names=["新引进亿元以上项目"], note="annual ≥200个 (period ≥600个)")
Q("indicator", "商务局进口整体通关时间要压到多少", figures=[iv(C, "进口整体通关时间")], names=["进口整体通关时间"])
Q("indicator", "人民调解个案补贴标准是多少？", figures=[iv(S, "人民调解个案补贴标准")], names=["人民调解个案补贴标准"],
  note="only 司法局")
Q("indicator", "法律援助申请审查几个工作日内要办结", figures=[iv(S, "法律援助申请审查办结时限")],
  names=["法律援助申请审查办结时限"], note="司法局 时效指标")
Q("indicator", "商务局跨境电商进出口额增长率今年的指标值", figures=[iv(C, "跨境电商进出口额增长率")],
  names=["跨境电商进出口额增长率"], note="annual ≥10% (period ≥15%)")
Q("indicator", "司法局社区矫正对象再犯罪率控制在多少", figures=[iv(S, "社区矫正对象再犯罪率")],
  names=["社区矫正对象再犯罪率"])
Q("indicator", "外贸进出口总额的指标定的多少", figures=[iv(C, "外贸进出口总额")], names=["外贸进出口总额"],
  note="only 商务局 (经济效益)")
Q("indicator", "应急局救援队伍到场时间要求", figures=[iv(YJ, "救援队伍到场时间")], names=["救援队伍到场时间"],
  absent=[iv(C, "进口整体通关时间")], note="≤30分钟; 商务局 进口整体通关时间 ≤30小时 is a look-alike")
Q("indicator", "卫健局婴儿死亡率指标多少", figures=[iv(WJ26, "婴儿死亡率")], names=["婴儿死亡率"])
Q("indicator", "城管局生活垃圾焚烧处理服务单价", figures=[iv(CG, "生活垃圾焚烧处理服务单价")],
  names=["生活垃圾焚烧处理服务单价"])

# =========================================================================== overview
Q("overview", "司法局今年部门预算一共多少", figures=[wan(total(S))], names=["司法局"],
  note="9412.58 + 31286.74 + 1248.60")
Q("followup", "其中项目支出多少", figures=[bl(S, "项目支出")], fu=True)
Q("followup", "基本支出占预算合计的比例呢", figures=[pct_of(S["budget"]["基本支出"], total(S))],
  note="9412.58 / 41947.92", fu=True)
Q("overview", "商务局财政拨款多少", figures=[bl(C, "财政拨款")], names=["商务局"])
Q("overview", "商务局其他资金是多少万元", figures=[bl(C, "其他资金")], names=["商务局"])
Q("overview", "司法局的财政专项资金有多少", figures=[bl(S, "财政专项资金")], names=["司法局"])
Q("overview", "商务局市本级使用资金多少", figures=[bl(C, "市本级使用资金")], names=["商务局"])
Q("overview", "司法局和城管局拟用于对下转移支付的资金分别是多少",
  figures=[bl(S, "拟用于对下转移支付资金"), bl(CG, "拟用于对下转移支付资金")], names=["司法局", "城市管理和综合执法局"])
Q("overview", "应急局财政拨款多少", figures=[bl(YJ, "财政拨款")], names=["应急管理局"])
Q("overview", "生态环境局其他资金有多少", figures=[bl(ST, "其他资金")], names=["生态环境局"])
Q("overview", "商务局有多少财政供养人员", figures=[cnt(ppl(C))], names=["商务局"], absent=[cnt(ppl(MZ))],
  note="142; 民政局 143")
Q("overview", "司法局下面几个二级单位", figures=[cnt(S["basic_info"]["下属二级单位数"])], names=["司法局"])
Q("overview", "领导问商务局今年预算合计是多少万元，帮我看一下", figures=[wan(total(C))], names=["商务局"],
  absent=[wan(total(SJ))], note="3865.42 + 58736.15 + 1452.80 = 64054.37; 市监局 63899.98 is close")

# =========================================================================== prose
Q("prose", "司法局今年合法性审核要完成多少件", figures=[prose(S, "260件", "goals_only")], note="goal 一 only")
Q("prose", "12348热线接通率要达到多少", figures=[prose(S, "92%", "goals_only")], note="司法局 goal 二 only")
Q("prose", "司法局全年提供法律咨询多少人次", figures=[prose(S, "30万人次", "goals_only")], note="goal 二 only")
Q("prose", "司法局要新建几个个人品牌调解工作室", figures=[prose(S, "20个", "goals_only")], note="goal 三 only")
Q("prose", "金牌调解员今年要培育多少名", figures=[prose(S, "100名", "goals_only")], note="司法局 goal 三 only")
Q("prose", "社区矫正社会工作者队伍要组建多少人", figures=[prose(S, "120人", "goals_only")], note="司法局 goal 四 only")
Q("prose", "司法局说全市执业律师要达到多少名", figures=[prose(S, "6500名", "goals_only")], note="goal 五 only")
Q("prose", "公证办理平均时限要压缩到多少", figures=[prose(S, "3个工作日", "goals_only")],
  note="司法局 goal 五 only (自然资源局 不动产一般登记办理时限 ≤3个工作日 is another thing)")
Q("prose", "商务局新增外贸备案企业目标是多少家", figures=[prose(C, "2000家", "goals_only")], note="goal 一 only")
Q("prose", "商务局数字消费券计划发多少", figures=[prose(C, "1亿元", "goals_only")], absent=[prose(W, "2000万元", "goals_only")],
  note="商务局 goal 二 only; 文广旅体局's 文旅消费券 2000万元 is another department's")
Q("prose", "商务局要引进几个世界500强企业投资项目", figures=[prose(C, "8个", "goals_only")], note="goal 三 only")
Q("prose", "跨境电商产业园今年要建几个", figures=[prose(C, "5个", "goals_only")], note="商务局 goal 四 only")
Q("prose", "商务局改造提升农贸市场多少个", figures=[prose(C, "40个", "goals_only")], note="goal 五 only")
Q("followup", "这个事情的钱从哪个任务里出，有多少", figures=[tm(C, "商贸流通体系建设补助")], names=["商贸流通体系建设补助"],
  note="task content: 支持农贸市场改造提升", fu=True)
Q("prose", "交通局今年要改造几座危桥", figures=[prose(JT, "12座", "goals_only")], absent=[iv(ZGJ, "危桥改造数量")],
  note="交通局 goal 二 only; 湛江市交通运输局 2025 indicator 危桥改造数量 15座 must not be given")

# =========================================================================== filter
s_over10m = names_where(S, lambda x: x["amount"] >= 10_000_000)
Q("filter", "司法局1000万以上的任务有哪些", names=s_over10m, note="tasks ≥ 10000000元")
Q("followup", "这几个合计多少", figures=[yuan(tsum(S, s_over10m))], fu=True)
Q("filter", "商务局超过2000万的项目", names=names_where(C, lambda x: x["amount"] > 20_000_000), note="> 20000000元")
Q("filter", "商务局300万以下的任务都有哪些", names=names_where(C, lambda x: x["amount"] < 3_000_000), note="< 3000000元")
Q("filter", "司法局哪些指标实施周期值跟年度值不一样",
  names=inds_where(S, lambda i: i["period_value"] != i["annual_value"]), note="period != annual")
Q("filter", "商务局周期指标值和年度指标值不同的有哪些",
  names=inds_where(C, lambda i: i["period_value"] != i["annual_value"]), note="period != annual")
six7 = [t for t in sorted(DG, key=lambda t: -total(t)) if 60000 <= total(t) <= 70000]
Q("filter", "今年东莞各部门预算在6亿到7亿之间的有哪几个", names=[stem(t) for t in six7],
  note="60000 ≤ 预算合计 ≤ 70000万元: " + ", ".join(f"{stem(t)} {total(t)}" for t in six7))
p200 = [t for t in sorted(DG, key=ppl) if ppl(t) < 200]
Q("filter", "今年东莞各部门里财政供养人员不到200人的有哪些", names=[stem(t) for t in p200],
  note=", ".join(f"{stem(t)} {ppl(t)}" for t in p200))
train3 = sorted(((x, t) for t in DG for x in t["tasks"] if "培训" in x["name"] and x["amount"] > 3_000_000),
                key=lambda p: -p[0]["amount"])
Q("filter", "今年东莞各部门名字里带培训的经费，超过300万的有哪些", names=[x["name"] for x, _ in train3],
  note=", ".join(f"{stem(t)} {x['name']} {x['amount']}" for x, t in train3))
Q("filter", "司法局哪些指标是带小于等于号的", names=inds_where(S, lambda i: i["annual_value"].startswith("≤")),
  note="annual values starting with ≤")
prop2 = sorted(((x, t) for t in DG for x in t["tasks"] if "宣传" in x["name"] and x["amount"] >= 2_000_000),
               key=lambda p: -p[0]["amount"])
Q("filter", "今年东莞各部门宣传类经费200万以上的有哪些", names=[x["name"] for x, _ in prop2],
  note="tasks with 宣传 in the name ≥ 2000000元: " + ", ".join(f"{stem(t)} {x['name']} {x['amount']}" for x, t in prop2))

# =========================================================================== count
Q("count", "司法局一共几项任务", figures=[cnt(len(S["tasks"]))], names=["司法局"])
s_key = names_where(S, lambda x: x["section"] == KEY)
Q("followup", "重点任务是哪几个", figures=[cnt(len(s_key))], names=s_key, fu=True)
Q("count", "商务局绩效指标一共多少个", figures=[cnt(len(C["indicators"]))])
Q("count", "商务局数量指标几个", figures=[cnt(len(inds_where(C, lambda i: i["level2"] == "数量指标")))])
Q("count", "司法局质量指标有几个", figures=[cnt(len(inds_where(S, lambda i: i["level2"] == "质量指标")))])
Q("count", "今年东莞报了部门整体绩效目标表的部门有几个", figures=[cnt(len(DG))],
  note="东莞 2026 部门整体 tables: " + "、".join(stem(t) for t in DG))
Q("count", "商务局其他需完成的任务有几项", figures=[cnt(len(names_where(C, lambda x: x["section"] == OTHER)))])
lt5 = [t for t in DG if total(t) < 50000]
Q("count", "今年东莞预算不到5亿的部门有几个", figures=[cnt(len(lt5))], names=[stem(t) for t in lt5],
  note=", ".join(f"{stem(t)} {total(t)}" for t in lt5))
Q("count", "司法局效益指标几个", figures=[cnt(len(inds_where(S, lambda i: i["level1"] == "效益指标")))])
Q("count", "水务局总共有几项任务", figures=[cnt(len(SW["tasks"]))])
info_all = [(x, t) for t in DG for x in t["tasks"] if "信息化" in x["name"]]
Q("count", "今年东莞各部门任务名字里带信息化的有几个", figures=[cnt(len(info_all))],
  note=", ".join(f"{stem(t)} {x['name']}" for x, t in info_all))

# =========================================================================== aggregate
Q("aggregate", "司法局所有任务资金加起来多少", figures=[yuan(allsum(S))])
Q("followup", "平均每项多少钱", figures=[yuan2(allsum(S) / len(S["tasks"]))], note="sum / 10", fu=True)
Q("aggregate", "商务局任务资金合计", figures=[yuan(allsum(C))])
c_key = names_where(C, lambda x: x["section"] == KEY)
Q("aggregate", "商务局三个重点任务一共多少钱", figures=[yuan(tsum(C, c_key))], names=c_key)
Q("aggregate", "外贸稳增长专项资金占商务局全部任务资金的比例是多少",
  figures=[pct_of(task(C, "外贸稳增长专项资金")["amount"], allsum(C))], note="168500000 / 326742800")
Q("aggregate", "司法局和商务局的部门预算加起来是多少", figures=[wan(total(S) + total(C))], note="41947.92 + 64054.37")
Q("aggregate", "商务局项目支出占预算合计的百分比", figures=[pct_of(C["budget"]["项目支出"], total(C))],
  note="58736.15 / 64054.37")
Q("aggregate", "今年东莞各部门预算加起来一共多少", figures=[wan(sum((total(t) for t in DG), Decimal(0)))],
  note="sum of 预算合计 over the 18 东莞 2026 department tables")
Q("aggregate", "今年东莞各部门平均预算多少", figures=[wan(sum((total(t) for t in DG), Decimal(0)) / len(DG))],
  note="sum / 18")
Q("aggregate", "商务局财政拨款占预算合计多少", figures=[pct_of(C["budget"]["财政拨款"], total(C))],
  note="62318.56 / 64054.37")
Q("aggregate", "今年东莞各部门财政供养人员一共多少人", figures=[cnt(sum(ppl(t) for t in DG))],
  note="sum over the 18 东莞 2026 tables")
Q("aggregate", "今年东莞各部门的信息化建设经费加起来多少",
  figures=[yuan(sum((x["amount"] for x, _ in info_all), Decimal(0)))],
  note=f"{len(info_all)} tasks with 信息化 in the name (教育信息化建设 has .5元)")

# =========================================================================== ranking
cs = sorted(C["tasks"], key=lambda x: -x["amount"])
Q("ranking", "商务局哪项任务钱最多", figures=[yuan(cs[0]["amount"])], names=[cs[0]["name"]])
Q("followup", "第二多的是哪个", figures=[yuan(cs[1]["amount"])], names=[cs[1]["name"]], fu=True)
ss = sorted(S["tasks"], key=lambda x: -x["amount"])
Q("ranking", "司法局任务金额前三名", figures=[yuan(x["amount"]) for x in ss[:3]], names=[x["name"] for x in ss[:3]])
Q("ranking", "司法局哪个任务钱最少", figures=[yuan(ss[-1]["amount"])], names=[ss[-1]["name"]])
asc = sorted(DG, key=total)[:3]
Q("ranking", "今年东莞各部门预算最少的三个是谁", figures=[wan(total(t)) for t in asc], names=[stem(t) for t in asc],
  note="ascending by 预算合计")
order = [stem(t) for t in sorted(DG, key=lambda t: -total(t))]
Q("ranking", "商务局预算在东莞各部门里排第几", figures=[cnt(order.index("商务局") + 1)], names=["商务局"],
  note="descending: " + " > ".join(order))
fp = sorted(DG, key=ppl)[:3]
Q("ranking", "今年东莞财政供养人员最少的三个部门", figures=[cnt(ppl(t)) for t in fp], names=[stem(t) for t in fp])
bs = sorted(DG, key=lambda t: t["budget"]["基本支出"])[:3]
Q("ranking", "今年东莞各部门基本支出最少的三个", figures=[bl(t, "基本支出") for t in bs], names=[stem(t) for t in bs],
  note="ascending")
ps = sorted(DG, key=lambda t: t["budget"]["项目支出"])[:3]
Q("ranking", "今年东莞各部门项目支出倒数三名", figures=[bl(t, "项目支出") for t in ps], names=[stem(t) for t in ps],
  note="ascending")
om = sorted(DG, key=lambda t: -t["budget"]["其他资金"])
Q("ranking", "今年东莞各部门其他资金最多的是哪个", figures=[bl(om[0], "其他资金")], names=[stem(om[0])],
  note="descending: " + ", ".join(f"{stem(t)} {t['budget']['其他资金']}" for t in om[:3]))
tr = sorted(((x, t) for t in DG for x in t["tasks"] if "培训" in x["name"]), key=lambda p: -p[0]["amount"])
Q("ranking", "今年东莞各部门名称里带“培训”的经费哪个最多", figures=[yuan(tr[0][0]["amount"])], names=[tr[0][0]["name"], stem(tr[0][1])],
  note="tasks with 培训 in their name: " + ", ".join(f"{stem(t)} {x['name']} {x['amount']}" for x, t in tr))

# =========================================================================== compare
Q("compare", "商务局和市监局谁的预算多，差多少", figures=[wan(total(C) - total(SJ))], names=["商务局"],
  note="64054.37 - 63899.98")
Q("followup", "那跟生态环境局比呢", figures=[wan(total(ST) - total(C))], names=["生态环境局"],
  note="67548.22 - 64054.37: 生态环境局 more", fu=True)
a, b = task(YJ, "防灾减灾宣传教育经费")["amount"], task(S, "法治宣传教育经费")["amount"]
Q("compare", "司法局法治宣传教育经费和应急局防灾减灾宣传教育经费哪个多", figures=[yuan(a), yuan(b), yuan(a - b)],
  names=["防灾减灾宣传教育经费"], note="应急局 2365800 > 司法局 2356800, difference 9000元")
Q("compare", "商务局信息化建设经费和民政局的差多少",
  figures=[yuan(task(MZ, "民政信息化建设经费")["amount"] - task(C, "商务信息化建设经费")["amount"])],
  names=["民政信息化建设经费"], note="4650000 - 4560000")
Q("compare", "司法局的预算是应急局的百分之多少", figures=[pct_of(total(S), total(YJ))], note="41947.92 / 49270.50")
Q("compare", "商务局财政供养人员比民政局少几个", figures=[cnt(ppl(MZ) - ppl(C))], note="143 - 142")
Q("compare", "外贸稳增长专项资金是招商引资专项经费的几倍",
  figures=[ratio(task(C, "外贸稳增长专项资金")["amount"], task(C, "招商引资专项经费")["amount"])],
  note="168500000 / 32600000")
Q("compare", "司法局和商务局谁的基本支出多，多多少",
  figures=[wan(S["budget"]["基本支出"] - C["budget"]["基本支出"])], names=["司法局"], note="9412.58 - 3865.42")
Q("compare", "司法行政人员培训经费比市监局执法人员业务培训经费少多少",
  figures=[yuan(task(SJ, "执法人员业务培训经费")["amount"] - task(S, "司法行政人员培训经费")["amount"])],
  names=["执法人员业务培训经费"], note="1268500 - 1268000")
Q("compare", "商务政策宣传经费、医保政策宣传经费、人社政策宣传经费哪个最多",
  figures=[tm(RS, "人社政策宣传经费"), tm(M, "医保政策宣传经费"), tm(C, "商务政策宣传经费")],
  names=["人社政策宣传经费"], note="1385600 > 1358600 > 1356800")
Q("compare", "水务局和城管局项目支出差多少", figures=[wan(SW["budget"]["项目支出"] - CG["budget"]["项目支出"])],
  names=["水务局"], note="124687.38 - 97468.35")
Q("compare", "科技局财政供养人员比总工会多几个", figures=[cnt(ppl(KJ26) - ppl(ZGH26))], note="68 - 37")

# =========================================================================== structure
Q("structure", "司法局的重点工作任务有哪些", names=s_key)
Q("structure", "商务局经济效益指标有哪些", names=inds_where(C, lambda i: i["level2"] == "经济效益"))
Q("structure", "商务局可持续影响指标写的啥", figures=[iv(C, "开放型经济新体制")], names=["开放型经济新体制"])
s_time = inds_where(S, lambda i: i["level2"] == "时效指标")
Q("structure", "司法局时效指标有哪些", names=s_time)
Q("followup", "智慧司法平台什么时候上线", figures=[iv(S, "智慧司法平台上线时间")], names=["智慧司法平台上线时间"], fu=True)
Q("structure", "人民调解成功率属于哪一类指标", names=["产出指标", "质量指标"], note="司法局")
Q("structure", "外贸企业出口信用保险覆盖率是哪个一级、二级指标下面的", names=["产出指标", "质量指标"], note="商务局")
Q("structure", "司法所规范化建设补助是重点任务还是其他任务", names=["其他需完成的任务"], note="司法局")
Q("structure", "商务局满意度指标有哪些", names=inds_where(C, lambda i: i["level1"] == "满意度指标"))
Q("structure", "应急局成本指标有哪些", names=inds_where(YJ, lambda i: i["level1"] == "成本指标"))
Q("structure", "司法局社会效益指标有哪些", names=inds_where(S, lambda i: i["level2"] == "社会效益"))

# =========================================================================== yesno
Q("yesno", "司法局预算超过5个亿了吗", yesno="否", figures=[wan(total(S))], note="41947.92万元 < 50000万元")
Q("yesno", "商务局预算是不是比市监局多", yesno="是", figures=[wan(total(C)), wan(total(SJ))], note="64054.37 > 63899.98")
Q("yesno", "司法局有没有法律援助方面的经费", yesno="是", figures=[tm(S, "法律援助经费")], names=["法律援助经费"])
Q("followup", "受援人满意度要求多少", figures=[iv(S, "法律援助受援人满意度")], names=["法律援助受援人满意度"], fu=True)
Q("yesno", "商务局有没有会展中心建设经费", yesno="否", note="no such task (only 企业参展补助经费, a subsidy to firms)")
Q("yesno", "司法局有没有戒毒经费", yesno="否", note="no such task")
Q("yesno", "招商引资专项经费是重点任务吗", yesno="是", names=["招商引资专项经费"], note="商务局 年度重点工作任务")
Q("yesno", "商务信息化建设经费算不算重点任务", yesno="否", names=["商务信息化建设经费"], note="其他需完成的任务")
Q("yesno", "司法局有生态效益指标吗", yesno="否", note="生态效益 printed empty")
Q("yesno", "商务局财政供养人员是不是比医保局少", yesno="是", figures=[cnt(ppl(C)), cnt(ppl(M))], note="142 < 168")
Q("yesno", "交通局有没有出租车油价补贴", yesno="是", figures=[tm(JT, "出租车行业油价补贴")], names=["出租车行业油价补贴"])
Q("yesno", "司法局的项目支出比应急局多吗", yesno="否", figures=[bl(S, "项目支出"), bl(YJ, "项目支出")],
  note="31286.74 < 42615.48")

# =========================================================================== yoy
a, b = task(WJ26, "公共卫生应急能力建设经费")["amount"], task(WJ25, "公共卫生应急能力建设经费")["amount"]
Q("yoy", "卫健局公共卫生应急能力建设经费比去年多多少", figures=[yuan(a - b)], names=["公共卫生应急能力建设经费"],
  note="23800000 - 21500000")
Q("followup", "增幅是多少", figures=[pct_of(a - b, b)], note="2300000 / 21500000", fu=True)
a, b = task(WJ26, "家庭医生签约服务补助")["amount"], task(WJ25, "家庭医生签约服务补助")["amount"]
Q("yoy", "卫健局家庭医生签约服务补助同比增长率", figures=[pct_of(a - b, b)], note="(86400000-79800000)/79800000")
Q("yoy", "卫健局今年部门预算比去年多多少", figures=[wan(total(WJ26) - total(WJ25))], note="108336.42 - 102624.60")
Q("yoy", "卫健局项目支出同比增长了百分之几",
  figures=[pct_of(WJ26["budget"]["项目支出"] - WJ25["budget"]["项目支出"], WJ25["budget"]["项目支出"])],
  note="(96418.25 - 91206.48) / 91206.48")
Q("yoy", "卫健局培训基层卫生人员的指标去年和今年各是多少",
  figures=[iv(WJ25, "培训基层卫生人员"), iv(WJ26, "培训基层卫生人员")], names=["培训基层卫生人员"])
Q("yoy", "卫健局去年有健康宣传教育经费吗", yesno="否", note="卫健局 2025 lacks 健康宣传教育经费 (2026: 2980000)")
Q("yoy", "文广旅体局文物保护修缮经费跟2023年比多了多少",
  figures=[yuan(task(W, "文物保护修缮经费")["amount"] - task(W23, "文物保护修缮")["amount"])],
  note="2026 5860000 - 2023 批复表 文物保护修缮 330.20万元")
Q("yoy", "文广旅体局任务资金总额2026年比2023年多多少", figures=[yuan(allsum(W) - allsum(W23))],
  note="143241500 - 2023 批复表 金额合计 6410.95万元")
Q("yoy", "文广旅体局群众文化活动满意度2023年和今年的指标各是多少",
  figures=[iv(W23, "群众文化活动满意度"), iv(W, "群众文化活动满意度")], names=["群众文化活动满意度"])
Q("yoy", "总工会人均培训成本今年和去年的指标", figures=[iv(ZGH26, "人均培训成本"), iv(ZGH25, "人均培训成本")],
  names=["人均培训成本"])

# =========================================================================== typo (typos, traditional characters, full-width digits)
Q("typo", "司法局法律援助經費多少", figures=[tm(S, "法律援助经费")], names=["法律援助经费"], note="traditional 經費")
Q("typo", "商務局外貿穩增長專項資金", figures=[tm(C, "外贸稳增长专项资金")], names=["外贸稳增长专项资金"],
  note="traditional characters")
Q("typo", "商务局预算超过６亿了吗", yesno="是", figures=[wan(total(C))], note="full-width digit; 64054.37 > 60000")
Q("typo", "司发局人民调解工作经废", figures=[tm(S, "人民调解工作经费")], names=["人民调解工作经费"], note="发=法, 废=费")
Q("typo", "商物局企业参展补助经费多少", figures=[tm(C, "企业参展补助经费")], names=["企业参展补助经费"], note="物=务")
Q("typo", "司法局２０２６年一共几项任务", figures=[cnt(len(S["tasks"]))], note="full-width digits")
Q("typo", "商务局新引进亿元以上项目年度指標", figures=[iv(C, "新引进亿元以上项目")], names=["新引进亿元以上项目"],
  note="traditional 標")
Q("typo", "司法局社區矯正和安置幫教經費", figures=[tm(S, "社区矫正和安置帮教经费")], names=["社区矫正和安置帮教经费"],
  note="traditional characters")
Q("typo", "醫保局醫保政策宣傳經費", figures=[tm(M, "医保政策宣传经费")], names=["医保政策宣传经费"],
  absent=[tm(C, "商务政策宣传经费")], note="traditional; 商务政策宣传经费 1356800 is a look-alike")
c_over10m = names_where(C, lambda x: x["amount"] >= 10_000_000)
Q("typo", "商务局１０００万以上的任务有哪些", names=c_over10m, note="full-width digits; ≥ 10000000元")
Q("followup", "这里面哪些是重点任务", names=c_key, note="the three 年度重点工作任务", fu=True)
Q("typo", "智慧司法信息化见设经费多少", figures=[tm(S, "智慧司法信息化建设经费")], names=["智慧司法信息化建设经费"],
  absent=[tm(W, "智慧文旅信息化建设经费")], note="见设=建设; 12830000 vs 智慧文旅 12860000")
Q("typo", "文廣旅體局文物保護修繕經費", figures=[tm(W, "文物保护修缮经费")], names=["文物保护修缮经费"],
  absent=[tm(W23, "文物保护修缮")], note="traditional; 2026 table, not the 2023 批复表 (3302000)")

# =========================================================================== not_found
Q("not_found", "广州市商务局今年预算多少", expect="not_found", absent=[wan(total(C))], note="no 广州 商务局 table")
Q("not_found", "司法局去年预算是多少", expect="not_found", absent=[wan(total(S))], note="司法局 2025 not loaded")
Q("not_found", "商务局2025年外贸稳增长专项资金多少", expect="not_found", absent=[tm(C, "外贸稳增长专项资金")],
  note="商务局 2025 not loaded")
Q("not_found", "深圳市司法局的法律援助经费", expect="not_found", absent=[tm(S, "法律援助经费")], note="no 深圳 table")
Q("not_found", "商务局消费券目前已经发出去多少了", expect="not_found", note="no progress data is loaded")
Q("not_found", "司法局法律援助经费执行进度怎么样，花了多少", expect="not_found", absent=[tm(S, "法律援助经费")],
  note="no progress data is loaded")
Q("not_found", "东莞市中级人民法院部门预算多少", expect="not_found", note="no 法院 table")
Q("not_found", "商务局局长叫什么", expect="not_found", note="not on the form")
Q("not_found", "东莞市税务局今年预算", expect="not_found", note="no 税务局 table")
Q("not_found", "湛江市司法局2025年预算多少", expect="not_found", absent=[wan(total(S))],
  note="湛江 has only 农业农村局 2024 and 交通运输局 2025")
Q("not_found", "商务局今年外贸进出口实际完成了多少", expect="not_found", note="no progress data (the target is an indicator)")

# =========================================================================== trap
Q("trap", "法治宣传经费是多少", expect="clarify", names=["法治宣传教育经费", "自然资源法治宣传培训经费"],
  note="司法局 法治宣传教育经费 2356800 vs 自然资源局 自然资源法治宣传培训经费 1248500")
Q("trap", "消费券计划发多少", expect="clarify", names=["文化广电旅游体育局", "商务局"],
  note="文广旅体局 goal: 文旅消费券不少于2000万元; 商务局 goal: 数字消费券不少于1亿元")
Q("trap", "商务局社会消费品零售总额要达到多少", figures=[prose(C, "5000亿元", "goals_only")],
  note="商务局 goal 二 (5000亿元); the indicator 社会消费品零售总额增长率 ≥5% is a rate, not the level")
Q("trap", "商务局政策宣传经费", figures=[tm(C, "商务政策宣传经费")], names=["商务政策宣传经费"],
  absent=[tm(M, "医保政策宣传经费"), tm(RS, "人社政策宣传经费")], note="1356800 vs 1358600 / 1385600")
Q("trap", "商务局信息化经费", figures=[tm(C, "商务信息化建设经费")], names=["商务信息化建设经费"],
  absent=[tm(MZ, "民政信息化建设经费")], note="4560000 vs 民政 4650000")
Q("trap", "司法局培训经费多少", figures=[tm(S, "司法行政人员培训经费")], names=["司法行政人员培训经费"],
  absent=[tm(SJ, "执法人员业务培训经费"), tm(W, "文化体育从业人员培训经费")], note="1268000 vs 1268500 / 1286500")
Q("trap", "商务局消费者满意度要求多少", figures=[iv(C, "消费者满意度")], names=["消费者满意度"],
  absent=[iv(SJ, "消费者满意度")], note="≥88%; 市监局 消费者满意度 ≥85%")
Q("trap", "商务局招商推介活动要办多少场", figures=[prose(C, "60场", "goals_only")],
  absent=[iv(C, "商务政策宣传活动")], note="goal 三 (60场); the indicator 商务政策宣传活动 ≥50场 is another thing")
Q("trap", "医保局的法律援助经费有多少", expect="not_found", absent=[tm(S, "法律援助经费")],
  note="法律援助经费 belongs to 司法局")
Q("trap", "商务局文旅消费促进补助多少", expect="not_found", absent=[tm(W, "文旅消费促进补助")],
  note="文旅消费促进补助 belongs to 文广旅体局")
Q("trap", "司法局热线接通率要求多少", figures=[prose(S, "92%", "goals_only")], absent=[iv(SJ, "12315热线接通率")],
  note="12348热线 92% (goal 二); 市监局 12315热线接通率 ≥95% is a look-alike")
Q("trap", "司法局今年调解矛盾纠纷多少宗", figures=[iv(S, "调解矛盾纠纷")], names=["调解矛盾纠纷"],
  absent=[iv(ZGH26, "化解或调处劳资纠纷事件")], note="≥3.5万宗 annual; 总工会 化解或调处劳资纠纷事件 ≥3000宗")


def main() -> None:
    ids = [r["id"] for r in OUT]
    assert len(set(ids)) == len(ids)
    for r in OUT:
        if r["expect"] == "not_found":
            assert not r["figures"], r
        assert not (set(r["figures"]) & set(r["absent"])), r
    path = HERE.parent / "batch_08.jsonl"
    with path.open("w", encoding="utf-8") as f:
        for r in OUT:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    cats = Counter(r["category"] for r in OUT)
    print(len(OUT), "questions written to", path)
    for c, n in cats.items():
        ex = Counter(r["expect"] for r in OUT if r["category"] == c)
        print(f"  {c:11} {n:3}  {dict(ex)}")
    print("expect:", dict(Counter(r["expect"] for r in OUT)))
    NEWK = ("司法", "司发", "商务", "商務", "商物", "法律援助", "12348", "金牌调解", "社区矫正", "执业律师", "公证", "外贸", "跨境电商", "农贸市场", "合法性审核", "数字消费券", "通关", "单用途", "调解工作室", "500强")
    OLDK = ("卫健", "卫建", "人社", "民政", "应急", "水务", "城管", "生态", "交通", "市监", "教育", "总工会", "總工會",
            "科技", "农业", "自然资源", "广州", "湛江", "公安", "东莞各部门", "东莞一共", "东莞哪", "东莞预算", "东莞报",
            "文广", "文旅", "文廣", "医保", "醫保", "法治宣传经费是多少", "消费券计划", "深圳", "法院", "税务")
    kind = {}
    for r in OUT:
        q = r["q"] if not r["followup_of"] else None
        if q is None:
            kind[r["id"]] = kind[r["followup_of"]]
            continue
        n, o = any(k in q for k in NEWK), any(k in q for k in OLDK)
        kind[r["id"]] = "new only" if n and not o else ("others only" if o and not n else "both")
    print("questions by tables:", dict(Counter(kind.values())))


if __name__ == "__main__":
    main()
