"""Write tests/blind/batch_06.jsonl.

Every figure is computed here from the ground truth (truth6.py: the tables' JSON, the fixture
data, the forms' checked export) with Decimal and ROUND_HALF_UP; every prose phrase is asserted
to occur in the table's text.  Questions are written as staff would ask them.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from truth6 import D, dg2026, indicator, load, pct, q2, task, total, wan, yuan, yuan2  # noqa: E402

T = load()
Y, S, P = T["yingji_2026"], T["shijianju_2026"], T["yingji_xinxihua_2026"]
WJ26, WJ25 = T["weijianju_2026"], T["weijianju_2025"]
ZGH26, ZGH25 = T["zonggonghui_2026"], T["zonggonghui_2025"]
KJ26, KJ25 = T["kejiju_2026"], T["kejiju_2025"]
DG = dg2026(T)
mz = T["minzhengju_2026"]

OUT: list[dict] = []


def stem(t):
    d = t["department"]
    for c in ("东莞市", "湛江市", "广州市"):
        if d.startswith(c):
            return d[len(c):]
    return d


def Q(cat, q, expect="ok", figures=(), names=(), yesno=None, absent=(), note="", fu=False):
    n = len(OUT) + 1
    rec = {
        "id": f"b6-{n:03d}", "q": q, "category": cat, "expect": expect,
        "figures": list(figures), "names": list(names), "yesno": yesno, "absent": list(absent),
        "followup_of": OUT[-1]["id"] if fu else None, "note": note,
    }
    OUT.append(rec)
    return rec


def tm(t, name):
    """A task's amount as a figure."""
    return yuan(task(t, name)["amount"])


def iv(t, name, which="annual_value"):
    return indicator(t, name)[which]


def bl(t, name):
    return wan(t["budget"][name])


def fund(t, name):
    return wan(t["funds"][name])


def prose(t, phrase, where="goals"):
    """A prose phrase: assert it occurs in the table's text (and, for goals-only facts, in the
    goals and nowhere among the tasks and indicators)."""
    assert phrase in t["text"], (t["slug"], phrase)
    if where == "goals":
        assert any(phrase in g for g in t["goals"]), (t["slug"], phrase)
    if where == "goals_only":
        assert any(phrase in g for g in t["goals"]), (t["slug"], phrase)
        rest = [x["content"] + x["expected"] for x in t["tasks"]] + \
               [i["level3"] + i["annual_value"] + str(i["period_value"]) for i in t["indicators"]]
        assert not any(phrase in r for r in rest), (t["slug"], phrase, "not only in goals")
    return phrase


def names_where(t, cond):
    return [x["name"] for x in t["tasks"] if cond(x)]


def tsum(t, names):
    return sum((task(t, n)["amount"] for n in names), Decimal(0))


def ratio(a, b):
    return str(q2(D(a) / D(b)))


def pct_of(a, b):
    return pct(D(a) * 100 / D(b))


KEY, OTHER = "年度重点工作任务", "其他需完成的任务"

# =========================================================================== item_money
Q("item_money", "应急局森林防火今年安排了多少钱", figures=[tm(Y, "森林防火经费")], names=["森林防火经费"],
  note="应急管理局 2026 其他需完成的任务 森林防火经费")
Q("followup", "那应急物资储备呢", figures=[tm(Y, "应急物资储备经费")], names=["应急物资储备经费"],
  note="same department (应急管理局), 应急物资储备经费", fu=True)
Q("followup", "这两个加起来多少", figures=[yuan(tsum(Y, ["森林防火经费", "应急物资储备经费"]))],
  note="森林防火经费 + 应急物资储备经费 (应急管理局)", fu=True)
Q("item_money", "市监局食品抽检那块经费多少？", figures=[tm(S, "食品安全抽检监测经费")],
  names=["食品安全抽检监测经费"], note="市场监督管理局 重点任务 食品安全抽检监测经费")
RS, ZR, NY, SW, ST, CG, JT, JY = (T["renshe_2026"], T["ziranziyuan_2026"], T["nongyenongcun_2026"],
                                  T["shuiwuju_2026"], T["shengtai_2026"], T["chengguan_2026"],
                                  T["jiaotongju_2026"], T["jiaoyuju_2026"])
Q("item_money", "人社局博士后那个经费多少", figures=[tm(RS, "博士后工作资助经费")],
  names=["博士后工作资助经费"], note="partial name (博士后工作资助经费)")
Q("item_money", "市场监管局12315热线那个钱有多少", figures=[tm(S, "消费维权和12315热线运行经费")],
  names=["消费维权和12315热线运行经费"], note="partial name")
Q("item_money", "执法人员业务培训经费多少", expect="ok_or_clarify",
  figures=[tm(T["chengguan_2026"], "执法人员业务培训经费"), tm(S, "执法人员业务培训经费")],
  names=["城市管理和综合执法局", "市场监督管理局"],
  note="the same task name in 城管局 (2146500) and 市监局 (1268500); listing both or asking are right")
Q("item_money", "应急局信息化建设经费多少钱", figures=[tm(Y, "应急指挥信息化建设经费")],
  names=["应急指挥信息化建设经费"],
  note="the department task; the separate project table 应急指挥信息化平台建设项目 is a 项目支出 table, not asked")
Q("item_money", "卫健局健康宣传教育经费给了多少", figures=[tm(WJ26, "健康宣传教育经费")],
  names=["健康宣传教育经费"], note="卫生健康局 2026")
Q("item_money", "水务局的防汛防旱应急保障经费是多少", figures=[tm(T["shuiwuju_2026"], "防汛防旱应急保障经费")],
  names=["防汛防旱应急保障经费"], absent=[tm(Y, "应急物资储备经费")],
  note="水务局's task; the 应急管理局's look-alike 应急物资储备经费 must not be given")
Q("item_money", "自然资源局测绘地理信息服务经费是多少", figures=[tm(ZR, "测绘地理信息服务经费")],
  names=["测绘地理信息服务经费"], note="自然资源局 其他需完成的任务")
Q("item_money", "灾害风险监测预警经费安排了多少", figures=[tm(Y, "灾害风险监测预警经费")],
  names=["灾害风险监测预警经费"], note="no department named; only 应急管理局 has it")

# =========================================================================== indicator
Q("indicator", "应急局安全生产执法检查指标年度值是多少", figures=[iv(Y, "安全生产执法检查")],
  names=["安全生产执法检查"], note="annual value; the period value is ≥19500家次")
Q("followup", "实施周期呢", figures=[iv(Y, "安全生产执法检查", "period_value")],
  note="period value of the same indicator", fu=True)
Q("indicator", "市监局食品安全抽检监测今年的指标值", figures=[iv(S, "食品安全抽检监测")],
  names=["食品安全抽检监测"], note="annual value")
Q("indicator", "农业农村局农产品质量安全例行监测抽检样品实施周期指标值",
  figures=[iv(NY, "农产品质量安全例行监测抽检样品", "period_value")], names=["农产品质量安全例行监测抽检样品"],
  absent=[iv(S, "食品安全抽检监测", "period_value")],
  note="period value (annual ≥6000批次); 市监局's 食品安全抽检监测 (≥8.4万批次) is a look-alike")
Q("indicator", "救援队伍到场时间要求多少", figures=[iv(Y, "救援队伍到场时间")],
  names=["救援队伍到场时间"], note="应急管理局 时效指标")
Q("indicator", "城管局路灯亮灯率指标多少", figures=[iv(CG, "路灯亮灯率")], names=["路灯亮灯率"],
  note="城市管理和综合执法局 质量指标")
Q("indicator", "应急指挥信息化平台什么时候上线", figures=[iv(Y, "应急指挥信息化平台上线时间")],
  names=["应急指挥信息化平台上线时间"],
  note="应急管理局 部门表 时效指标 上线时间; the project table's 平台一期建成时间 is another indicator")
Q("indicator", "生态环境局PM2.5年均浓度今年的指标", figures=[iv(ST, "细颗粒物（PM2.5）年均浓度")],
  names=["细颗粒物（PM2.5）年均浓度"], note="annual ≤22 (period ≤20微克/立方米)")
Q("indicator", "公众防灾减灾知识知晓率年度和实施周期分别是多少",
  figures=[iv(Y, "公众防灾减灾知识知晓率"), iv(Y, "公众防灾减灾知识知晓率", "period_value")],
  names=["公众防灾减灾知识知晓率"], note="annual ≥90%, period ≥95%")
Q("indicator", "交通局公交准点率要求多少", figures=[iv(JT, "公交准点率")], names=["公交准点率"],
  note="东莞交通运输局 2026")
Q("indicator", "科技局科技特派员服务响应时间是多少", figures=[iv(KJ26, "科技特派员服务响应时间")],
  names=["科技特派员服务响应时间"], note="科学技术局 2026 时效指标")

# =========================================================================== overview
Q("overview", "应急管理局今年部门预算总共多少", figures=[wan(total(Y))], names=["应急管理局"],
  note="基本支出 + 项目支出 + 其他事业发展性支出 = 5386.72 + 42615.48 + 1268.30")
Q("overview", "市监局财政拨款多少", figures=[bl(S, "财政拨款")], names=["市场监督管理局"], note="收入来源")
Q("followup", "其他资金呢", figures=[bl(S, "其他资金")], note="same department", fu=True)
Q("followup", "应急局的呢", figures=[bl(Y, "其他资金")], names=["应急管理局"],
  note="其他资金 of 应急管理局", fu=True)
Q("overview", "应急局基本支出多少万", figures=[bl(Y, "基本支出")], names=["应急管理局"])
Q("overview", "水务局项目支出是多少", figures=[bl(SW, "项目支出")], names=["水务局"])
Q("overview", "应急局有多少财政供养人员", figures=[f"#{Y['basic_info']['财政供养人员数']}"],
  names=["应急管理局"], note="基本信息")
Q("overview", "自然资源局有多少财政供养人员", figures=[f"#{ZR['basic_info']['财政供养人员数']}"],
  names=["自然资源局"], note="基本信息")
Q("overview", "应急局拟用于对下转移支付的资金多少", figures=[bl(Y, "拟用于对下转移支付资金")],
  names=["应急管理局"])
Q("overview", "东莞农业农村局财政专项资金有多少", figures=[bl(NY, "财政专项资金")], names=["农业农村局"])
Q("overview", "人社局其他事业发展性支出多少", figures=[bl(RS, "其他事业发展性支出")],
  names=["人力资源和社会保障局"])
Q("overview", "生态环境局市本级使用资金多少", figures=[bl(T["shengtai_2026"], "市本级使用资金")],
  names=["生态环境局"])

# =========================================================================== prose
Q("prose", "应急局计划建多少公里的森林防火隔离带", figures=[prose(Y, "45公里", "goals_only")],
  note="goal 三 only")
Q("prose", "应急局专职救援队员总数要达到多少人", figures=[prose(Y, "1200人", "goals_only")],
  note="goal 二 only (不少于1200人)")
Q("prose", "水务局今年整治河道长度大概多少", figures=[prose(SW, "86公里", "goals_only")],
  note="水务局 goal 一 only (约86公里)")
Q("prose", "应急局说突发事件发生后多长时间内让受灾群众得到初步救助", figures=[prose(Y, "12小时内", "goals_only")],
  note="goal 五 only")
Q("prose", "生态环境局要淘汰改造多少台燃煤锅炉", figures=[prose(ST, "40台", "goals_only")],
  note="生态环境局 goal 一 only")
Q("prose", "城管局老旧路灯LED节能改造要改多少盏", figures=[prose(CG, "1.2万盏", "goals_only")],
  note="城管局 goal 三 only")
Q("prose", "市监局企业开办时间要压缩到多少", figures=[prose(S, "0.5个工作日", "goals_only")],
  note="goal 三 only")
Q("prose", "市场监管局今年新登记经营主体目标是多少户", figures=[prose(S, "12万户", "goals_only")],
  note="goal 三 only")
Q("prose", "卫健局检查检验结果要在多少家公立医疗机构互认", figures=[prose(WJ26, "36家", "goals_only")],
  note="卫生健康局 2026 goal 四 only")
Q("prose", "市监局全年要给消费者挽回多少经济损失", figures=[prose(S, "3500万元", "goals_only")],
  note="goal 五 only")
Q("prose", "人社局今年新招收博士后研究人员目标多少", figures=[prose(RS, "200名", "goals_only")],
  note="人社局 goal 四 only")

# =========================================================================== filter
y_over10m = names_where(Y, lambda x: x["amount"] > 10_000_000)
Q("filter", "应急局超过1000万的任务有哪些", names=y_over10m,
  note=f"tasks > 10000000元: {len(y_over10m)}")
s_under5m = names_where(S, lambda x: x["amount"] < 5_000_000)
Q("filter", "市监局500万以下的项目有哪些", names=s_under5m, note="tasks < 5000000元")
Q("followup", "它们加起来多少", figures=[yuan(tsum(S, s_under5m))], note="sum of the two", fu=True)
s_mid = names_where(S, lambda x: 10_000_000 <= x["amount"] <= 50_000_000)
Q("filter", "市监局哪些任务在1000万到5000万之间", names=s_mid, note="10000000 ≤ amount ≤ 50000000")
Q("filter", "人社局超过1个亿的任务有哪些", names=names_where(RS, lambda x: x["amount"] > 100_000_000),
  note="人社局 tasks > 100000000元")
Q("filter", "水务局哪些指标实施周期值和年度值不一样",
  names=[i["level3"] for i in SW["indicators"] if i["period_value"] != i["annual_value"]], note="period != annual")
y_diff = [i["level3"] for i in Y["indicators"] if i["period_value"] != i["annual_value"]]
Q("filter", "应急局哪些指标实施周期值和年度值不一样", names=y_diff, note="period != annual")
Q("filter", "生态环境局100万到2000万之间的任务",
  names=names_where(ST, lambda x: 1_000_000 <= x["amount"] <= 20_000_000), note="1000000 ≤ amount ≤ 20000000")
Q("filter", "应急局的时效指标都有啥", names=[i["level3"] for i in Y["indicators"] if i["level2"] == "时效指标"])
big = [t for t in sorted(DG, key=lambda t: -total(t)) if total(t) > 100000]
Q("filter", "今年东莞各部门预算超过10亿的有哪些", names=[stem(t) for t in big],
  note="预算合计 > 100000万元 over the 东莞 2026 department tables, largest first: "
       + ", ".join(f"{stem(t)} {total(t)}" for t in big))
Q("filter", "民政局超过5000万的任务", names=names_where(mz, lambda x: x["amount"] > 50_000_000),
  note="民政局 tasks > 50000000元")

# =========================================================================== count
Q("count", "应急局一共几项任务", figures=[f"#{len(Y['tasks'])}"], names=["应急管理局"])
Q("followup", "其中重点任务是哪些", names=names_where(Y, lambda x: x["section"] == KEY),
  note="年度重点工作任务", fu=True)
Q("count", "市监局有多少个绩效指标", figures=[f"#{len(S['indicators'])}"])
Q("count", "应急管理局绩效指标一共多少个", figures=[f"#{len(Y['indicators'])}"])
Q("count", "城管局一共有几项任务", figures=[f"#{len(CG['tasks'])}"])
Q("count", "应急局数量指标有几个", figures=[f"#{len([i for i in Y['indicators'] if i['level2'] == '数量指标'])}"])
Q("count", "东莞教育局绩效指标有多少个", figures=[f"#{len(JY['indicators'])}"], note="东莞市教育局 2026 (广州 has its own)")
Q("count", "今年东莞一共有几个部门报了部门整体绩效目标表", figures=[f"#{len(DG)}"],
  note="东莞 2026 部门整体 tables: " + "、".join(stem(t) for t in DG))
Q("count", "应急指挥信息化平台建设项目有几个绩效指标", figures=[f"#{len(P['indicators'])}"],
  note="project table")
Q("count", "自然资源局质量指标有几个", figures=[f"#{len([i for i in ZR['indicators'] if i['level2'] == '质量指标'])}"])
Q("count", "湛江农业农村局有几个绩效指标", figures=[f"#{len(T['zhanjiang_2024_unseen']['indicators'])}"])

# =========================================================================== aggregate
Q("aggregate", "应急局所有任务加起来多少钱", figures=[yuan(tsum(Y, [x["name"] for x in Y["tasks"]]))])
Q("aggregate", "东莞交通局今年所有任务加起来多少", figures=[yuan(tsum(JT, [x["name"] for x in JT["tasks"]]))])
y_key = names_where(Y, lambda x: x["section"] == KEY)
Q("aggregate", "应急局两个重点任务一共多少", figures=[yuan(tsum(Y, y_key))], names=y_key)
Q("aggregate", "民政局重点任务合计多少钱",
  figures=[yuan(tsum(mz, names_where(mz, lambda x: x["section"] == KEY)))])
Q("aggregate", "应急局和市监局的部门预算加起来多少", figures=[wan(total(Y) + total(S))],
  note="49270.50 + 63899.98")
Q("aggregate", "应急局任务平均每项多少钱",
  figures=[yuan2(tsum(Y, [x["name"] for x in Y["tasks"]]) / len(Y["tasks"]))], note="sum / 9")
Q("aggregate", "水务局基本支出占预算合计的比例", figures=[pct_of(SW["budget"]["基本支出"], total(SW))],
  note="基本支出 / 预算合计")
Q("aggregate", "应急局重点任务资金占全部任务资金的比重是多少",
  figures=[pct_of(tsum(Y, y_key), tsum(Y, [x["name"] for x in Y["tasks"]]))])
Q("aggregate", "生态环境局任务平均每项多少钱",
  figures=[yuan2(tsum(ST, [x["name"] for x in ST["tasks"]]) / len(ST["tasks"]))], note="sum / 7")
Q("aggregate", "今年东莞各部门预算加起来一共多少", figures=[wan(sum((total(t) for t in DG), Decimal(0)))],
  note="sum of 预算合计 over the 14 东莞 2026 department tables")

# =========================================================================== ranking
ys = sorted(Y["tasks"], key=lambda x: -x["amount"])
Q("ranking", "应急局哪项任务钱最多", figures=[yuan(ys[0]["amount"])], names=[ys[0]["name"]])
Q("followup", "第二呢", figures=[yuan(ys[1]["amount"])], names=[ys[1]["name"]], fu=True)
ss = sorted(CG["tasks"], key=lambda x: x["amount"])
Q("ranking", "城管局任务资金最少的是哪个", figures=[yuan(ss[0]["amount"])], names=[ss[0]["name"]])
ns = sorted(NY["tasks"], key=lambda x: -x["amount"])
Q("ranking", "东莞农业农村局任务金额前三是哪几个", figures=[yuan(x["amount"]) for x in ns[:3]],
  names=[x["name"] for x in ns[:3]])
low = sorted(DG, key=total)
Q("ranking", "今年东莞各部门谁的预算最少", figures=[wan(total(low[0]))], names=[stem(low[0])])
bs = sorted(DG, key=lambda t: -t["budget"]["基本支出"])[:3]
Q("ranking", "今年东莞各部门基本支出最多的前三个", figures=[bl(t, "基本支出") for t in bs],
  names=[stem(t) for t in bs])
ppl = sorted([t for t in DG if stem(t) != "教育局"], key=lambda t: -t["basic_info"]["财政供养人员数"])
Q("ranking", "除了教育局，今年东莞哪个部门财政供养人员最多", figures=[f"#{ppl[0]['basic_info']['财政供养人员数']}"],
  names=[stem(ppl[0])])
order = [stem(t) for t in sorted(DG, key=lambda t: -total(t))]
Q("ranking", "今年东莞各部门预算从多到少排，应急局排第几", figures=[f"#{order.index('应急管理局') + 1}"],
  names=["应急管理局"], note="order: " + " > ".join(order))
ps = sorted(DG, key=lambda t: t["budget"]["项目支出"])[:3]
Q("ranking", "今年东莞各部门项目支出最少的三个", figures=[bl(t, "项目支出") for t in ps],
  names=[stem(t) for t in ps], note="ascending")
alltasks = sorted(((x, t) for t in DG for x in t["tasks"]), key=lambda p: -p[0]["amount"])
Q("ranking", "今年东莞各部门里单项任务资金最大的是哪个", figures=[yuan(alltasks[0][0]["amount"])],
  names=[alltasks[0][0]["name"], stem(alltasks[0][1])])
oth = sorted(DG, key=lambda t: -t["budget"]["其他资金"])[:2]
Q("ranking", "今年东莞各部门其他资金最多的两个", figures=[bl(t, "其他资金") for t in oth],
  names=[stem(t) for t in oth])
info = sorted(((x, t) for t in DG for x in t["tasks"] if "信息化" in x["name"]), key=lambda p: -p[0]["amount"])
Q("ranking", "今年东莞各部门的信息化建设经费哪个最多", figures=[yuan(info[0][0]["amount"])],
  names=[info[0][0]["name"], stem(info[0][1])],
  note="tasks with 信息化 in their name: " + ", ".join(f"{stem(t)} {x['name']} {x['amount']}" for x, t in info))

# =========================================================================== compare
Q("compare", "应急局和市监局谁的预算多，差多少", figures=[wan(total(S) - total(Y))], names=["市场监督管理局"],
  note="63899.98 - 49270.50")
s_key = sorted((x for x in S["tasks"] if x["section"] == KEY), key=lambda x: -x["amount"])
Q("compare", "市监局两个重点任务哪个钱多", figures=[yuan(x["amount"]) for x in s_key], names=[s_key[0]["name"]])
jt = T["jiaotongju_2026"]
Q("compare", "应急局的安全生产培训经费和交通局的安全培训经费哪个多",
  figures=[tm(jt, "交通运输行业安全培训经费"), tm(Y, "安全生产培训经费")],
  names=["交通运输行业安全培训经费"], note="交通局 3280000 > 应急局 3128000 (difference 152000元)")
Q("compare", "应急局和市监局的信息化建设经费差多少",
  figures=[yuan(task(Y, "应急指挥信息化建设经费")["amount"] - task(S, "市场监管信息化建设经费")["amount"])],
  names=["应急指挥信息化建设经费", "市场监管信息化建设经费"])
zr = T["ziranziyuan_2026"]
Q("compare", "水务局和生态环境局的预算差多少", figures=[wan(total(SW) - total(ST))], names=["水务局"],
  note="135339.52 - 67548.22")
cg = T["chengguan_2026"]
Q("compare", "市监局和城管局的执法人员业务培训经费差多少",
  figures=[yuan(task(cg, "执法人员业务培训经费")["amount"] - task(S, "执法人员业务培训经费")["amount"])],
  names=["城市管理和综合执法局"], note="城管局 2146500 - 市监局 1268500")
Q("compare", "人社局和民政局谁的财政供养人员多，多多少",
  figures=[f"#{RS['basic_info']['财政供养人员数'] - mz['basic_info']['财政供养人员数']}"],
  names=["人力资源和社会保障局"], note="486 - 143")
Q("compare", "城管局生活垃圾无害化处理经费是市容环境卫生保洁经费的几倍",
  figures=[ratio(task(CG, "生活垃圾无害化处理经费")["amount"], task(CG, "市容环境卫生保洁经费")["amount"])],
  note="486300000 / 153270000")
Q("compare", "应急局的项目支出是基本支出的几倍", figures=[ratio(Y["budget"]["项目支出"], Y["budget"]["基本支出"])],
  note="42615.48 / 5386.72")
Q("compare", "卫健局基本公共卫生服务项目经费和家庭医生签约服务补助差多少",
  figures=[yuan(task(WJ26, "基本公共卫生服务项目经费")["amount"] - task(WJ26, "家庭医生签约服务补助")["amount"])],
  note="卫生健康局 2026: 412650000 - 86400000")

# =========================================================================== structure
Q("structure", "应急局的重点工作任务是哪几个", names=y_key)
Q("structure", "东莞市教育局有哪些重点工作任务", names=names_where(JY, lambda x: x["section"] == KEY),
  note="东莞市教育局 2026")
Q("structure", "应急局成本指标有哪些", names=[i["level3"] for i in Y["indicators"] if i["level1"] == "成本指标"])
Q("structure", "水务局可持续影响指标是什么", figures=[iv(SW, "防洪排涝长效机制")], names=["防洪排涝长效机制"])
Q("structure", "应急局生态效益是什么指标", figures=[iv(Y, "森林火灾受害率")], names=["森林火灾受害率"])
Q("structure", "东莞农业农村局的满意度指标有哪些",
  names=[i["level3"] for i in NY["indicators"] if i["level1"] == "满意度指标"])
Q("structure", "应急局可持续影响指标写的是什么", figures=[iv(Y, "应急管理体系和能力现代化")],
  names=["应急管理体系和能力现代化"])
Q("structure", "人社局时效指标有哪些", names=[i["level3"] for i in RS["indicators"] if i["level2"] == "时效指标"])
Q("structure", "东莞农业农村局生态效益下面有哪些指标",
  names=[i["level3"] for i in NY["indicators"] if i["level2"] == "生态效益"])
Q("structure", "应急局质量指标是哪几个", names=[i["level3"] for i in Y["indicators"] if i["level2"] == "质量指标"])

# =========================================================================== yesno
Q("yesno", "应急局有没有森林防火的经费", yesno="是", figures=[tm(Y, "森林防火经费")], names=["森林防火经费"])
Q("yesno", "交通局有没有出租车油价补贴", yesno="是", figures=[tm(JT, "出租车行业油价补贴")],
  names=["出租车行业油价补贴"])
Q("yesno", "应急局今年预算有没有超过5个亿", yesno="否", figures=[wan(total(Y))],
  note="49270.50万元 < 50000万元")
Q("yesno", "市监局的知识产权资助是重点任务吗", yesno="是", names=["知识产权资助奖励经费"],
  note="年度重点工作任务")
Q("yesno", "应急局森林防火经费算重点任务吗", yesno="否", names=["森林防火经费"], note="其他需完成的任务")
Q("yesno", "城管局预算超过10个亿了吗", yesno="是", figures=[wan(total(CG))], note="116260.44万元 > 100000万元")
Q("yesno", "民政局高龄津贴是重点任务吗", yesno="否", names=["高龄津贴"], note="其他需完成的任务")
Q("yesno", "应急局的基本支出是不是比市监局多", yesno="否",
  figures=[bl(Y, "基本支出"), bl(S, "基本支出")], note="5386.72 < 23458.63")
Q("yesno", "水务局有没有海绵城市建设经费", yesno="否",
  note="水务局's nine tasks have no 海绵城市 item")
Q("yesno", "卫健局2025年有没有健康宣传教育经费", yesno="否", note="卫生健康局 2025 lacks it (2026 has it)",
  absent=[tm(WJ26, "健康宣传教育经费")])

# =========================================================================== yoy
d = task(WJ26, "家庭医生签约服务补助")["amount"] - task(WJ25, "家庭医生签约服务补助")["amount"]
Q("yoy", "卫健局家庭医生签约服务补助比去年多了多少", figures=[yuan(d)], names=["家庭医生签约服务补助"],
  note="86400000 - 79800000")
Q("followup", "增长百分之几", figures=[pct_of(d, task(WJ25, "家庭医生签约服务补助")["amount"])],
  note="6600000 / 79800000", fu=True)
Q("yoy", "卫健局今年预算比去年增加了多少", figures=[wan(total(WJ26) - total(WJ25))],
  note="108336.42 - 102624.60")
a, b = task(ZGH26, "送温暖活动经费")["amount"], task(ZGH25, "送温暖活动经费")["amount"]
Q("yoy", "总工会送温暖活动经费同比增长百分之几", figures=[pct_of(a - b, b)], note="(1950000-1800000)/1800000")
Q("yoy", "科技局高新技术企业培育今年比去年多多少",
  figures=[yuan(task(KJ26, "高新技术企业培育")["amount"] - task(KJ25, "高新技术企业培育")["amount"])])
Q("yoy", "卫健局财政供养人员比去年多了几个",
  figures=[f"#{WJ26['basic_info']['财政供养人员数'] - WJ25['basic_info']['财政供养人员数']}"])
Q("yoy", "总工会公益培训费今年和去年分别多少",
  figures=[tm(ZGH26, "公益培训费"), tm(ZGH25, "公益培训费")], names=["公益培训费"])
Q("yoy", "卫健局应急演练的年度指标今年跟去年比怎么样",
  figures=[iv(WJ26, "开展突发公共卫生事件应急演练"), iv(WJ25, "开展突发公共卫生事件应急演练")],
  names=["开展突发公共卫生事件应急演练"])
Q("yoy", "科技局任务数量今年比去年多几个", figures=[f"#{len(KJ26['tasks']) - len(KJ25['tasks'])}"],
  note="6 - 4")
pa, pb = WJ26["budget"]["项目支出"], WJ25["budget"]["项目支出"]
Q("yoy", "卫健局项目支出同比增长率是多少", figures=[pct_of(pa - pb, pb)], note="(96418.25-91206.48)/91206.48")
Q("yoy", "总工会人均培训成本指标去年和今年各是多少",
  figures=[iv(ZGH25, "人均培训成本"), iv(ZGH26, "人均培训成本")], names=["人均培训成本"])

# =========================================================================== typo
Q("typo", "应急管里局森林防火经废多少", figures=[tm(Y, "森林防火经费")], names=["森林防火经费"],
  note="管里=管理, 经废=经费")
Q("typo", "市场监督管里局知识产权资助将励经费", figures=[tm(S, "知识产权资助奖励经费")],
  names=["知识产权资助奖励经费"], note="管里, 将励=奖励")
Q("typo", "应急局救援对伍建设经费多少钱", figures=[tm(Y, "综合应急救援队伍建设经费")],
  names=["综合应急救援队伍建设经费"], note="对伍=队伍")
Q("typo", "人设局就业创业补帖资金多少", figures=[tm(RS, "就业创业补贴资金")],
  names=["就业创业补贴资金"], note="人设=人社, 补帖=补贴")
Q("typo", "应机管理局预算总额多少", figures=[wan(total(Y))], names=["应急管理局"], note="应机=应急")
Q("typo", "水物局供水管网改造经费", figures=[tm(SW, "供水管网改造经费")],
  names=["供水管网改造经费"], note="水物=水务")
Q("typo", "城管局生活垃圾无害化处里经费", figures=[tm(CG, "生活垃圾无害化处理经费")],
  names=["生活垃圾无害化处理经费"], note="处里=处理")
Q("typo", "市监局12315热线接通律", figures=[iv(S, "12315热线接通率")], names=["12315热线接通率"],
  note="律=率")
Q("typo", "民证局高龄津贴多少", figures=[tm(mz, "高龄津贴")], names=["高龄津贴"], note="民证=民政")
Q("typo", "自燃资源局垦造水田面积年度指标", figures=[iv(ZR, "垦造水田面积")],
  names=["垦造水田面积"], note="自燃=自然")

# =========================================================================== not_found
Q("not_found", "应急局安全生产执法检查到现在完成了多少家次", expect="not_found",
  note="no progress data is loaded for batch 6; the table gives only the target ≥6500家次")
Q("not_found", "市监局今年招了多少人", expect="not_found", note="recruitment is not on the form")
Q("not_found", "交通局今年公交车票价多少钱", expect="not_found", note="fares are not on the form")
Q("not_found", "卫健局今年的三公经费是多少", expect="not_found", note="三公经费 is not on the form")
Q("not_found", "民政局养老床位建设补助具体给了哪几家养老院", expect="not_found",
  note="recipients are not on the form")
Q("not_found", "市监局去年食品安全抽检合格率实际达到多少", expect="not_found",
  note="actual results / 2025 are not on any loaded table", absent=[iv(S, "食品安全抽检合格率")])
Q("not_found", "水务局局长是谁", expect="not_found", note="not on the form")
Q("not_found", "市监局今年计划抽检多少批次药品", expect="not_found",
  note="the form speaks of 食品 (≥2.8万批次), not 药品", absent=[iv(S, "食品安全抽检监测")])
Q("not_found", "应急局森林防火经费里扑火队伍培训花多少", expect="not_found",
  note="the task content mentions 扑火队伍培训 but gives no separate amount", absent=[tm(Y, "森林防火经费")])
Q("not_found", "应急指挥信息化平台项目去年花了多少钱", expect="not_found",
  note="only the 2026 project table is loaded", absent=[fund(P, "年度资金总额")])

# =========================================================================== trap
Q("trap", "应急局的健康宣传教育经费多少", expect="not_found",
  note="健康宣传教育经费 belongs to 卫生健康局", absent=[tm(WJ26, "健康宣传教育经费")])
Q("trap", "交通局的生活垃圾无害化处理经费", expect="not_found",
  note="生活垃圾无害化处理经费 belongs to 城管局", absent=[tm(CG, "生活垃圾无害化处理经费")])
Q("trap", "应急局去年预算多少", expect="not_found", note="应急管理局 2025 is not loaded",
  absent=[wan(total(Y))])
Q("trap", "广州市应急管理局今年预算多少", expect="not_found", note="no 广州 应急管理局 table",
  absent=[wan(total(Y))])
Q("trap", "人社局2025年就业创业补贴资金多少", expect="not_found", note="人社局 2025 is not loaded",
  absent=[tm(RS, "就业创业补贴资金")])
Q("trap", "安全培训经费有多少", expect="clarify",
  names=["安全生产培训经费", "交通运输行业安全培训经费"],
  note="应急管理局 安全生产培训经费 3128000 vs 交通运输局 交通运输行业安全培训经费 3280000")
Q("trap", "市监局执法人员培训指标是多少", figures=[iv(S, "组织执法人员业务培训")], names=["组织执法人员业务培训"],
  absent=[iv(cg, "执法人员业务培训")], note="城管局's look-alike 执法人员业务培训 ≥1200人次 must not be given")
Q("trap", "应急局企业满意度多少", figures=[iv(Y, "企业满意度")], names=["企业满意度"],
  absent=[iv(KJ26, "企业满意度")], note="科技局's 企业满意度 is ≥90%")
Q("trap", "湛江市民政局低保资金多少", expect="not_found", note="no 湛江 民政局 table",
  absent=[tm(mz, "城乡低保救助资金")])
Q("trap", "生态环境局监测经费多少", figures=[tm(ST, "生态环境监测经费")], names=["生态环境监测经费"],
  absent=[tm(S, "食品安全抽检监测经费"), tm(NY, "农产品质量安全监测经费")],
  note="look-alikes: 市监局 食品安全抽检监测经费, 农业农村局 农产品质量安全监测经费")

# =========================================================================== project
Q("project", "应急指挥信息化平台建设项目今年资金多少", figures=[fund(P, "年度资金总额")],
  names=["应急指挥信息化平台建设项目"], absent=[tm(Y, "应急指挥信息化建设经费")],
  note="project table 年度资金总额; the department task 应急指挥信息化建设经费 (15940000元) is another thing")
Q("followup", "其中财政拨款多少", figures=[fund(P, "财政拨款")], fu=True)
Q("followup", "实施周期总共多少", figures=[fund(P, "实施周期资金总额")], fu=True)
Q("project", "应急指挥平台项目的实施单位是谁", names=[P["unit"][3:]], note=P["unit"])
Q("project", "基本公共卫生服务补助资金项目年度资金总额多少",
  figures=[fund(T["project_target_2025_unseen"], "年度资金总额")], names=["基本公共卫生服务补助资金"],
  note="卫生健康局 project 2025")
Q("project", "应急指挥平台项目接入视频监控点位今年要多少路", figures=[iv(P, "接入视频监控点位")],
  names=["接入视频监控点位"], note="annual (period ≥9000路)")
Q("project", "应急指挥信息化平台项目的年度目标是什么",
  figures=[prose(P, "3000路"), prose(P, "400家")], note="年度目标 一、二")
Q("project", "应急指挥平台今年先跟几个镇街的指挥系统联通", figures=[iv(P, "互联互通镇街应急指挥系统")],
  names=["互联互通镇街应急指挥系统"], note="annual 11个 (period 33个)")
Q("project", "物业管理费支出项目年度资金多少", figures=[fund(T["project_target_2026"], "年度资金总额")],
  names=["物业管理费支出"], note="机关事务管理局 project 2026")
Q("project", "基本公共卫生服务补助资金项目是哪个单位实施的", names=["疾病预防控制中心"],
  note=T["project_target_2025_unseen"]["unit"] + " (2025)")
Q("project", "东江与运河水系连通工程中期市财政预算多少",
  figures=[fund(T["project_approval_2020_unseen"], "中期市财政预算")], names=["东江与运河水系连通工程"])
Q("project", "镇际联网路升级改造工程一期本年度申请市财政预算资金多少",
  figures=[fund(T["project_approval_2019"], "本年度申请市财政预算资金")], names=["镇际联网路升级改造工程一期"],
  note="交通运输局 项目支出绩效目标批复表 2019")

# =========================================================================== city
zj25, zj24, gz = T["zhanjiang_2025"], T["zhanjiang_2024_unseen"], T["guangzhou_jiaoyuju_2026"]
Q("city", "湛江市交通运输局预算总额多少", figures=[wan(total(zj25))], names=["交通运输局"],
  note="湛江 2025: 基本支出 + 项目支出 (no 其他事业发展性支出 on the form)",
  absent=[wan(total(jt))])
Q("city", "湛江农业农村局高标准农田建设投入多少", figures=[tm(zj24, "高标准农田建设")],
  names=["高标准农田建设"], absent=[tm(T["nongyenongcun_2026"], "高标准农田建设资金")],
  note="湛江 2024 (5,200.00万元 on the form)")
Q("city", "广州市教育局今年预算多少", figures=[wan(total(gz))], names=["教育局"],
  absent=[wan(total(T["jiaoyuju_2026"]))])
Q("city", "广州教育局和东莞教育局今年预算差多少", figures=[wan(total(gz) - total(T["jiaoyuju_2026"]))],
  note="823190.17 - 430784.80")
Q("city", "湛江交通局有几项主要任务", figures=[f"#{len(zj25['tasks'])}"])
Q("city", "湛江交通局危桥改造数量指标是多少", figures=[iv(zj25, "危桥改造数量")], names=["危桥改造数量"],
  absent=[prose(jt, "12座")], note="湛江 15座; 东莞交通局 goal says 12座")
Q("city", "东莞交通局今年要改造几座危桥", figures=[prose(jt, "12座")], absent=["15座"],
  note="东莞 交通运输局 2026 goal 二; 湛江's indicator is 15座")
Q("city", "湛江有应急管理局的表吗", yesno="否", note="no 湛江 应急管理局 table is loaded")
Q("city", "广州教育局学生资助多少钱", figures=[tm(gz, "学生资助")], names=["学生资助"],
  absent=[tm(T["jiaoyuju_2026"], "学生资助")])
Q("city", "学生资助经费多少", expect="ok_or_clarify",
  figures=[tm(T["jiaoyuju_2026"], "学生资助"), tm(gz, "学生资助")], names=["东莞", "广州"],
  note="学生资助 in 东莞市教育局 and 广州市教育局 2026")
Q("city", "湛江农业农村局培训高素质农民多少人次", figures=[iv(zj24, "培训高素质农民人次")],
  names=["培训高素质农民人次"], absent=[iv(T["nongyenongcun_2026"], "培训高素质农民")],
  note="湛江 ≥3000人次; 东莞农业农村局 ≥1500人次")


def main() -> None:
    ids = [r["id"] for r in OUT]
    assert len(set(ids)) == len(ids)
    for r in OUT:
        if r["expect"] == "not_found":
            assert not r["figures"], r
        assert not (set(r["figures"]) & set(r["absent"])), r
    path = HERE.parent / "batch_06.jsonl"
    with path.open("w", encoding="utf-8") as f:
        for r in OUT:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    cats = Counter(r["category"] for r in OUT)
    print(len(OUT), "questions written to", path)
    for c, n in cats.items():
        ex = Counter(r["expect"] for r in OUT if r["category"] == c)
        print(f"  {c:11} {n:3}  {dict(ex)}")
    print("expect:", dict(Counter(r["expect"] for r in OUT)))


if __name__ == "__main__":
    main()
