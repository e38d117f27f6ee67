"""Write tests/blind/batch_29.jsonl: 160 questions in the voice of finance-bureau and department staff about the
four batch-29 tables (东莞市疾病预防控制中心 2025/2026, 东莞市轨道交通局 2026, 东莞市公路事务中心 2026) and the 东莞
departments already loaded. Written from the tables alone; every figure computed here from truth29 (Decimal,
ROUND_HALF_UP), with assertions on what each question relies on. Prints the scope of each line and the counts table.
Re-running gives a byte-identical file.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import truth29 as T  # noqa: E402
from truth29 import D, indicator, pct, q2, task, total, wan, yuan, yuan2  # noqa: E402

OUT = HERE.parent / "batch_29.jsonl"
TB = T.load()
DG = T.dg2026(TB)
JK, JK5, GD, GL = (TB[s] for s in T.NEW)
WJ, WJ5, JT = TB["weijianju_2026"], TB["weijianju_2025"], TB["jiaotongju_2026"]
BYNAME = {t["department"]: t for t in DG}
assert len(DG) == 65, len(DG)

ROWS: list[dict] = []
SCOPE = {"new": "new tables only", "mixed": "new tables with other 东莞 departments", "none": "tables not loaded"}


def Q(cat, q, figures=(), names=(), *, expect="ok", yesno=None, absent=(), fu=False, note="", scope="new"):
    n = len(ROWS) + 1
    rid = f"b29-{n:03d}"
    ROWS.append({"id": rid, "q": q, "category": "followup" if fu else cat, "expect": expect,
                 "figures": list(figures), "names": list(names), "yesno": yesno, "absent": list(absent),
                 "followup_of": f"b29-{n - 1:03d}" if fu else None,
                 "note": f"{note} [scope: {SCOPE[scope]}]".strip()})
    return rid


def ty(t, name):
    return yuan(task(t, name)["amount"])


def iv(t, name, which="annual_value"):
    return indicator(t, name)[which]


def b(t, line):
    return wan(t["budget"][line])


def ppl(t):
    return t["basic_info"]["财政供养人员数"]


def rank(key, t, pool=None):
    pool = pool or DG
    vals = sorted((key(x) for x in pool), reverse=True)
    v = key(t)
    assert vals.count(v) == 1, ("tie", t["department"], v)
    return vals.index(v) + 1


def named(word, pool=None):
    return [(x["amount"], x["name"], t["department"]) for t in (pool or DG) for x in t["tasks"] if word in x["name"]]


def goal_phrase(t, phrase):
    """A prose fact: in the goals, and in no task or indicator of the table."""
    goals = "".join(t["goals"])
    assert phrase in goals, (t["department"], phrase)
    for x in t["tasks"]:
        assert phrase not in x["name"] + x["content"] + x["expected"], (phrase, x["name"])
    for i in t["indicators"]:
        assert phrase not in i["level3"] + i["period_value"] + i["annual_value"], (phrase, i["level3"])
    return phrase


def close(a, b_):
    assert 0 < abs(D(a) - D(b_)) <= 1000, (a, b_)


# ---------------------------------------------------------------------------------------------- item_money
Q("item_money", "疾控中心打疫苗那块的钱今年安排了多少？", [ty(JK, "免疫规划和预防接种服务经费")], ["免疫规划和预防接种服务经费"],
  note="免疫规划和预防接种服务经费 (2026); 2025's 45280300 is asked next")
Q("item_money", "那去年呢？", [ty(JK5, "免疫规划和预防接种服务经费")], ["免疫规划和预防接种服务经费"], fu=True,
  note="the same item, 疾控中心 2025")
close(task(JK, "公共卫生实验室检测能力提升经费")["amount"], task(WJ, "公共卫生应急能力建设经费")["amount"])
Q("item_money", "市疾控实验室检测能力提升给了多少钱", [ty(JK, "公共卫生实验室检测能力提升经费")], ["公共卫生实验室检测能力提升经费"],
  absent=[ty(WJ, "公共卫生应急能力建设经费")], note="look-alike: 卫健局 公共卫生应急能力建设经费 23800000")
close(task(JK, "公共卫生信息化和传染病监测预警平台建设经费")["amount"], task(WJ, "卫生健康信息化建设经费")["amount"])
Q("item_money", "疾控搞传染病监测预警平台，那个信息化的钱是多少？",
  [ty(JK, "公共卫生信息化和传染病监测预警平台建设经费")], ["公共卫生信息化和传染病监测预警平台建设经费"],
  absent=[ty(WJ, "卫生健康信息化建设经费")], note="look-alike: 卫健局 卫生健康信息化建设经费 18750000")
close(task(JK, "健康教育和健康素养促进经费")["amount"], task(WJ, "健康宣传教育经费")["amount"])
Q("item_money", "疾控中心做健康教育、健康素养那块经费有多少", [ty(JK, "健康教育和健康素养促进经费")],
  ["健康教育和健康素养促进经费"], absent=[ty(WJ, "健康宣传教育经费")],
  note="look-alike: 卫健局 健康宣传教育经费 2980000")
Q("item_money", "疾控灭蚊防登革熱那笔钱多少？", [ty(JK, "病媒生物监测和登革热防控经费")], ["病媒生物监测和登革热防控经费"],
  note="described by use (蚊媒监测和登革热消杀); traditional 熱")
Q("item_money", "轨道局2号线的运营补贴今年给多少", [ty(GD, "轨道交通2号线运营补贴")], ["轨道交通2号线运营补贴"],
  absent=[ty(JT, "公交线路运营补贴")], note="not 交通局's 公交线路运营补贴 685000000")
Q("item_money", "轨道交通局征地拆迁要花多少钱？", [ty(GD, "轨道交通建设项目征地拆迁补偿经费")],
  ["轨道交通建设项目征地拆迁补偿经费"])
close(task(GD, "智慧轨道信息化和线网运营监管平台建设经费")["amount"], task(JT, "智慧交通信息化建设经费")["amount"])
close(task(GD, "智慧轨道信息化和线网运营监管平台建设经费")["amount"], task(TB["gangwuju_2026"], "智慧港口信息化建设经费")["amount"])
Q("item_money", "轨道局做线网运营监管平台的信息化经费是多少", [ty(GD, "智慧轨道信息化和线网运营监管平台建设经费")],
  ["智慧轨道信息化和线网运营监管平台建设经费"], absent=["21650000元", "21650300元"],
  note="look-alikes: 交通局 智慧交通信息化建设经费 21650000, 港务局 智慧港口信息化建设经费 21650300")
close(task(GD, "轨道交通安全宣传和乘客服务经费")["amount"], task(JT, "交通安全宣传经费")["amount"])
Q("item_money", "軌道局安全宣传的钱有多少？", [ty(GD, "轨道交通安全宣传和乘客服务经费")], ["轨道交通安全宣传和乘客服务经费"],
  absent=[ty(JT, "交通安全宣传经费")], note="traditional 軌; look-alike: 交通局 交通安全宣传经费 1860000")
close(task(GD, "轨道交通行业从业人员安全培训经费")["amount"], task(JT, "交通运输行业安全培训经费")["amount"])
Q("item_money", "轨道局给从业人员搞安全培训，预算多少", [ty(GD, "轨道交通行业从业人员安全培训经费")],
  ["轨道交通行业从业人员安全培训经费"], absent=[ty(JT, "交通运输行业安全培训经费"), "3280400元"],
  note="look-alikes: 交通局 3280000, 港务局 港航从业人员安全培训经费 3280400")
Q("item_money", "公路中心日常养护经费多少钱", [ty(GL, "国省道和市管公路日常养护经费")], ["国省道和市管公路日常养护经费"],
  absent=[ty(JT, "公路养护管理经费")],
  note="国省道和市管公路日常养护经费; not 交通局 公路养护管理经费 58300000, not the towns' subsidy")
Q("item_money", "那交通局的公路养护管理经费是多少？", [ty(JT, "公路养护管理经费")], ["公路养护管理经费"], fu=True,
  scope="mixed", note="交通局's own item, asked after 公路中心's")
close(task(GL, "公路路面大中修工程经费")["amount"], task(JT, "农村公路提质改造工程")["amount"])
Q("item_money", "公路事务中心路面大中修工程安排了多少", [ty(GL, "公路路面大中修工程经费")], ["公路路面大中修工程经费"],
  absent=[ty(JT, "农村公路提质改造工程")], note="look-alike: 交通局 农村公路提质改造工程 126800000")
Q("item_money", "跟交通局那个农村公路提质改造工程比，差多少？",
  [yuan(task(GL, "公路路面大中修工程经费")["amount"] - task(JT, "农村公路提质改造工程")["amount"]),
   ty(GL, "公路路面大中修工程经费"), ty(JT, "农村公路提质改造工程")], fu=True, scope="mixed",
  note="difference first, then both in the order asked")
Q("item_money", "公路中心危桥改造那块经费是多少？", [ty(GL, "公路危桥改造和桥梁隧道安全提升经费")],
  ["公路危桥改造和桥梁隧道安全提升经费"])
assert task(GL, "镇街公路养护补助")["amount"] == GL["budget"]["拟用于对下转移支付资金"] * 10000
Q("item_money", "公路中心给镇街的公路养护补助有多少", [ty(GL, "镇街公路养护补助")], ["镇街公路养护补助"],
  note="= the 对下 line 4940.00万元")
Q("item_money", "公路中心路政巡查、治超那笔钱", [ty(GL, "公路路政巡查和超限治理经费")], ["公路路政巡查和超限治理经费"])

# ---------------------------------------------------------------------------------------------- indicator
assert iv(WJ, "适龄儿童免疫规划疫苗接种率") == "≥95%"
Q("indicator", "疾控中心的疫苗接种率目标定的多少？", [iv(JK, "适龄儿童免疫规划疫苗接种率")], ["适龄儿童免疫规划疫苗接种率"],
  absent=["≥95%"], note="疾控 ≥98%; 卫健局's indicator of the same name is ≥95% (asked next)")
Q("indicator", "卫健局定的是多少？", [iv(WJ, "适龄儿童免疫规划疫苗接种率")], ["适龄儿童免疫规划疫苗接种率"], fu=True,
  scope="mixed", note="卫健局 2026's indicator of the same name")
Q("indicator", "疾控今年疫苗要接种多少剂次，年度指标怎么定的", [iv(JK, "接种免疫规划疫苗")], ["接种免疫规划疫苗"],
  note="annual ≥180万剂次 (period ≥540万剂次, asked next; 2025 ≥170万剂次)")
Q("indicator", "实施周期的呢？", [iv(JK, "接种免疫规划疫苗", "period_value")], ["接种免疫规划疫苗"], fu=True,
  note="the period value")
Q("indicator", "疾控的居民健康素养水平，年度指标是多少", [iv(JK, "居民健康素养水平")], ["居民健康素养水平"],
  absent=[iv(WJ, "居民健康素养水平"), iv(WJ, "居民健康素养水平", "period_value")],
  note="疾控 annual ≥40% (period ≥43%); 卫健局's same-name indicator ≥35% / ≥38%")
Q("indicator", "疾控专业人员培训人均成本控制在多少", [iv(JK, "疾控专业人员培训人均成本")], ["疾控专业人员培训人均成本"],
  absent=[iv(WJ, "医务人员人均培训成本")], note="not 卫健局 医务人员人均培训成本 ≤3000元/人")
Q("indicator", "轨道局列车正点率指标多少？", [iv(GD, "列车运营正点率")], ["列车运营正点率"],
  absent=[iv(JT, "公交准点率")], note="not 交通局 公交准点率 ≥90%")
Q("indicator", "轨道局运营补贴标准是每人次多少钱", [iv(GD, "轨道交通运营补贴标准")], ["轨道交通运营补贴标准"],
  absent=[iv(JT, "公交线路运营补贴标准")], note="not 交通局 ≤3.5元/车公里")
assert iv(JT, "沿线群众满意度") == "≥90%"
Q("indicator", "轨道交通局的沿线群众满意度定了多少", [iv(GD, "沿线群众满意度")], ["沿线群众满意度"], absent=["≥90%"],
  note="轨道局 ≥88%; 交通局's same-name indicator ≥90%")
Q("indicator", "轨道局安全质量检查，年度指标和实施周期指标分别是多少？",
  [iv(GD, "开展安全质量检查"), iv(GD, "开展安全质量检查", "period_value")], ["开展安全质量检查"],
  note="two asks: annual, then period")
assert iv(JT, "市管公路养护里程") == "≥460公里"
Q("indicator", "公路中心市管公路养护里程的指标是多少公里", [iv(GL, "市管公路养护里程")], ["市管公路养护里程"],
  absent=["≥460公里"], note="公路中心 ≥468公里; 交通局's same-name indicator ≥460公里")
Q("indicator", "公路中心路面大中修每公里成本上限是多少", [iv(GL, "路面大中修单位成本")], ["路面大中修单位成本"],
  absent=[iv(JT, "农村公路提质改造单位成本")], note="not 交通局 农村公路提质改造单位成本 ≤150万元/公里")
Q("indicator", "公路中心PQI指标要求多少？", [iv(GL, "国省道路面技术状况指数（PQI）")], ["国省道路面技术状况指数（PQI）"],
  note="≥91 (交通局 has only a goal phrase 90以上)")
Q("indicator", "公路突发事件应急抢通时间，公路中心定的是几个小时", [iv(GL, "公路突发事件应急抢通时间")],
  ["公路突发事件应急抢通时间"])
Q("indicator", "公路事务中心的智慧管养平台计划什么时候上线", [iv(GL, "公路智慧管养平台上线时间")], ["公路智慧管养平台上线时间"])

# ---------------------------------------------------------------------------------------------- overview
Q("overview", "疾控中心今年预算总共多少？", [wan(total(JK))], note="预算合计 = 基本 + 项目 + 其他事业发展性")
Q("overview", "其中财政拨款和其他资金各是多少", [b(JK, "财政拨款"), b(JK, "其他资金")], fu=True, note="two asks in order")
r_jk = rank(total, JK)
Q("overview", "那总预算在全市排第几？", [f"#{r_jk}"], fu=True, scope="mixed", note="预算合计 among the 65 东莞 2026 departments")
Q("overview", "轨道局预算多少，基本支出和项目支出分别多少？", [wan(total(GD)), b(GD, "基本支出"), b(GD, "项目支出")],
  note="three figures in the order asked")
Q("overview", "公路中心有多少人，下面几个二级单位", [f"#{ppl(GL)}", f"#{GL['basic_info']['下属二级单位数']}"],
  note="财政供养人员数 224, 下属二级单位数 3 (交通局 186 people)")
Q("overview", "公路事物中心2026年部门预算是多少", [wan(total(GL))], note="typo 事物 for 事务")
share_gl = pct(GL["budget"]["项目支出"] / total(GL) * 100)
Q("overview", "项目支出占了多大比例？", [share_gl, b(GL, "项目支出")], fu=True, note="项目支出 / 预算合计")
Q("overview", "疾控的财政专项资金有多少，其中给镇街转移支付多少", [b(JK, "财政专项资金"), b(JK, "拟用于对下转移支付资金")],
  note="专项 = 市本级 + 对下")

# ---------------------------------------------------------------------------------------------- structure
sat = [i["level3"] for i in JK["indicators"] if i["level2"] == "服务对象满意度"]
Q("structure", "疾控中心有哪些满意度指标？", [], sat, note="服务对象满意度: 2 indicators")
tim = [i["level3"] for i in GL["indicators"] if i["level2"] == "时效指标"]
Q("structure", "公路中心的时效指标都有哪些", [], tim, note="时效指标: 2 indicators")

# ---------------------------------------------------------------------------------------------- prose
Q("prose", "疾控中心总体目标里，规范管理的预防接种门诊有多少个？", [goal_phrase(JK, "310个")], note="goal 一")
Q("prose", "疾控目标里说全年大概接种多少剂次疫苗？", [goal_phrase(JK, "186万剂次")],
  note="goal 一 约186万剂次 (indicator ≥180万剂次 asked next; 2025's goal 175万剂次)")
Q("prose", "那绩效指标里年度定的是多少？", [iv(JK, "接种免疫规划疫苗")], ["接种免疫规划疫苗"], fu=True,
  note="the indicator behind the goal figure")
Q("prose", "疾控中心目标里病媒生物监测点要布多少个", [goal_phrase(JK, "450个")],
  note="goal 二 超450个 (indicator ≥420个; 2025's goal 超400个)")
Q("prose", "今年疾控要建成几间生物安全二级实验室？", [goal_phrase(JK, "4间")], note="goal 三 (2025: 约2间)")
Q("prose", "污水病原监测点，疾控总体目标里写的是多少个", [goal_phrase(JK, "28个")], note="goal 三 约28个 (indicator ≥24个)")
Q("prose", "疾控职业健康检查和职业病筛查，目标里大概多少人次？", [goal_phrase(JK, "6.5万人次")],
  note="goal 四 约6.5万人次 (indicator ≥6万人次)")
Q("prose", "疾控要建成几个慢性病综合防控示范镇街", [goal_phrase(JK, "12个")], note="goal 四")
Q("prose", "疾控全年健康教育活动搞多少场？培训专业技术人员多少人次？（总体目标里的）",
  [goal_phrase(JK, "300场"), goal_phrase(JK, "2000人次")], note="goal 五, two asks (indicators ≥260场 / ≥1800人次)")
Q("prose", "轨道局目标里2号线日均客运量大概多少", [goal_phrase(GD, "24万人次")], note="goal 一 约24万人次 (indicator ≥22万人次)")
Q("prose", "轨道局总体目标说要完成多少项前期研究？", [goal_phrase(GD, "8项")], note="goal 二 约8项 (indicator ≥6项)")
Q("prose", "轨道交通征地拆迁涉及几个镇街", [goal_phrase(GD, "16个")], note="goal 三")
Q("prose", "轨道局站点接驳设施要建多少个，能带动周边投资多少？",
  [iv(GD, "建成站点接驳设施"), iv(GD, "带动站点周边综合开发投资")],
  note="two asks, the indicators (the goals' 四 says 约35个 / 约85亿元; changed after the first run: the question "
       "says neither 目标里 nor 大概, so by this batch's convention it asks the indicators, as b18-017 did)")
Q("prose", "轨道局全年安全质量检查，目标里说超过多少次", [goal_phrase(GD, "500次")], note="goal 五 超500次 (indicator ≥480次)")
Q("prose", "公路中心总体目标里养护里程大概多少公里？", [goal_phrase(GL, "470公里")], absent=["460公里"],
  note="goal 一 约470公里 (indicator ≥468公里); 交通局's goal 460公里")
Q("prose", "公路中心目标里今年改造危桥多少座", [goal_phrase(GL, "16座")], absent=["12座"],
  note="goal 三 约16座 (indicator ≥15座); 交通局's goal 危桥改造12座")
Q("prose", "公路中心要对多少座桥梁做定期检测？", [goal_phrase(GL, "1280座")], note="goal 三")
Q("prose", "公路中心路政巡查目标是超过多少次", [goal_phrase(GL, "3800次")], note="goal 四 超3800次 (indicator ≥3600次)")
Q("prose", "公路养护从业人员培训，公路中心目标里大概是多少人次", [goal_phrase(GL, "2600人次")],
  note="goal 五 约2600人次 (indicator ≥2500人次)")

# ---------------------------------------------------------------------------------------------- filter
f1 = [x["name"] for x in JK["tasks"] if x["amount"] > 20000000]
Q("filter", "疾控中心哪些项目超过两千万？", [], f1, note="> 20000000元: 4 items")
f2 = [x["name"] for x in GD["tasks"] if x["amount"] < 5000000]
Q("filter", "轨道局不到五百万的任务有哪些", [], f2, note="< 5000000元: 3 items")
f3 = [x for x in GL["tasks"] if 5000000 <= x["amount"] <= 10000000]
Q("filter", "公路中心500万到1000万之间的项目有哪些？", [], [x["name"] for x in f3], note="inclusive, no value on a boundary")
Q("filter", "这几项加起来多少钱", [yuan(sum(x["amount"] for x in f3))], fu=True, note="sum of the three")
pv = [i["level3"] for i in JK["indicators"] if i["period_value"] != i["annual_value"]]
Q("filter", "疾控中心哪些指标的年度值跟实施周期值不一样", [], pv, note="period ≠ annual: 3 indicators")
cost = [i["level3"] for i in GL["indicators"] if i["level1"] == "成本指标"]
Q("filter", "公路中心有哪些成本指标", [], cost, note="成本指标: 3")
qual = [i["level3"] for i in GD["indicators"] if not any(c.isdigit() for c in i["annual_value"])]
Q("filter", "轨道局哪些指标是定性的，不是数字的？", [], qual, note="annual value without a digit: 2")
f4 = [t["department"] for t in sorted(DG, key=total, reverse=True) if 40000 <= total(t) <= 50000]
assert all(total(t) not in (40000, 50000) for t in DG)
Q("filter", "全市预算在4个亿到5个亿之间的部门有哪些？", [], f4, scope="mixed", note="40000–50000万元 inclusive: 8 departments")
f5 = [t["department"] for t in DG if 200 <= ppl(t) <= 300]
assert all(ppl(t) not in (200, 300) for t in DG)
Q("filter", "财政供养人员在200到300人之间的部门有哪几个", [], f5, scope="mixed", note="9 departments")

# ---------------------------------------------------------------------------------------------- count
Q("count", "疾控中心今年一共几项任务？", [f"#{len(JK['tasks'])}"], note="3 重点 + 7 其他")
ks = sum(x["amount"] for x in JK["tasks"] if x["section"] == "年度重点工作任务")
Q("count", "其中重点任务加起来多少钱", [yuan(ks)], fu=True, note="年度重点工作任务 sum")
ts = sum(x["amount"] for x in JK["tasks"])
Q("count", "占全部任务的百分之几？", [pct(D(ks) / ts * 100)], fu=True, note="重点 / all tasks")
Q("count", "公路中心有多少个绩效指标", [f"#{len(GL['indicators'])}"])
Q("count", "轨道局数量指标有几个？", [f"#{sum(i['level2'] == '数量指标' for i in GD['indicators'])}"])
Q("count", "今年东莞一共有多少个部门的绩效目标表？", [f"#{len(DG)}"], scope="mixed", note="65 东莞 2026 部门整体 tables")
Q("count", "全市名字里带“培训”的项目有多少个", [f"#{len(named('培训'))}"], scope="mixed",
  note="东莞 2026 task names containing 培训 (literal)")
Q("count", "人数超过200的部门有几个？", [f"#{sum(ppl(t) > 200 for t in DG)}"], scope="mixed")
Q("count", "全市预算超过3个亿的部门有几家", [f"#{sum(total(t) > 30000 for t in DG)}"], scope="mixed")
Q("count", "全市带“信息化”三个字的项目有几个？", [f"#{len(named('信息化'))}"], scope="mixed")

# ---------------------------------------------------------------------------------------------- aggregate
Q("aggregate", "公路中心所有任务加起来多少钱？", [yuan(sum(x["amount"] for x in GL["tasks"]))])
Q("aggregate", "轨道局全部任务资金合计", [yuan(sum(x["amount"] for x in GD["tasks"]))])
Q("aggregate", "疾控中心、轨道局、公路中心三家预算加起来多少", [wan(total(JK) + total(GD) + total(GL))], scope="new")
Q("aggregate", "全市所有部门今年预算加起来是多少？", [wan(sum(total(t) for t in DG))], scope="mixed", note="65 departments")
Q("aggregate", "轨道局对下转移支付占财政专项资金的比例",
  [pct(GD["budget"]["拟用于对下转移支付资金"] / GD["budget"]["财政专项资金"] * 100)])
Q("aggregate", "疾控基本支出占预算合计百分之多少？", [pct(JK["budget"]["基本支出"] / total(JK) * 100)])
Q("aggregate", "公路中心的任务平均每项多少钱", [yuan2(D(sum(x["amount"] for x in GL["tasks"])) / len(GL["tasks"]))])
yh = named("养护")
Q("aggregate", "全市名字带“养护”的项目加起来多少钱？", [yuan(sum(a for a, _, _ in yh))], [n for _, n, _ in yh],
  scope="mixed", note="5 items (公路中心 three, 交通局, 园林中心)")
Q("aggregate", "轨道局的任务资金占项目支出的百分之几", [pct(D(sum(x["amount"] for x in GD["tasks"])) / (GD["budget"]["项目支出"] * 10000) * 100)])

# ---------------------------------------------------------------------------------------------- ranking
r_gd = rank(total, GD)
Q("ranking", "轨道局预算在全市排第几？", [f"#{r_gd}"], scope="mixed")
Q("ranking", "那人数呢，排第几", [f"#{rank(ppl, GD)}"], fu=True, scope="mixed", note="people rank of 轨道局")
Q("ranking", "公路中心预算全市排老几", [f"#{rank(total, GL)}"], scope="mixed")
Q("ranking", "疾控中心人数在全市各部门里排第几", [f"#{rank(ppl, JK)}"], scope="mixed")
gl_top = sorted(named("公路"), reverse=True)[:3]
Q("ranking", "全市名字带“公路”的项目，金额最大的前三个是哪些", [yuan(a) for a, _, _ in gl_top], [n for _, n, _ in gl_top],
  scope="mixed", note="公路中心 126800600 > 交通局 126800000 > 公路中心 96480300")
aq = sorted(named("安全培训"), reverse=True)
Q("ranking", "带“安全培训”的项目从高到低排一下", [yuan(a) for a, _, _ in aq], [n for _, n, _ in aq], scope="mixed",
  note="4 items, 轨道局 3280700 > 港务局 3280400 > 交通局 3280000 > 住建局 3182000")
Q("ranking", "轨道局项目支出全市排第几", [f"#{rank(lambda t: t['budget']['项目支出'], GD)}"], scope="mixed")
Q("ranking", "公路中心基本支出在全市排第几？", [f"#{rank(lambda t: t['budget']['基本支出'], GL)}"], scope="mixed")
Q("ranking", "疾控中心基本支出排第几", [f"#{rank(lambda t: t['budget']['基本支出'], JK)}"], scope="mixed")
Q("ranking", "轨道局人数倒数第几？", [f"#{len(DG) + 1 - rank(ppl, GD)}"], scope="mixed", note="counted from the fewest")
Q("ranking", "疾控中心其他资金在全市排第几", [f"#{rank(lambda t: t['budget']['其他资金'], JK)}"], scope="mixed")
three = sorted([JK, GD, GL], key=total, reverse=True)
Q("ranking", "疾控中心、轨道局、公路中心三家按预算从高到低排", [wan(total(t)) for t in three], [t["department"] for t in three],
  note="轨道局 > 公路中心 > 疾控中心")

# ---------------------------------------------------------------------------------------------- compare
Q("compare", "疾控中心和卫健局预算差多少？", [wan(total(WJ) - total(JK)), wan(total(JK)), wan(total(WJ))], scope="mixed",
  note="difference, then both in the order asked")
YJ = BYNAME["东莞市应急管理局"]
Q("compare", "公路中心跟应急管理局比，预算谁多？差多少", [wan(total(YJ) - total(GL)), wan(total(GL)), wan(total(YJ))],
  ["应急管理局"], scope="mixed", note="应急管理局 more by 42.72万元")
Q("compare", "轨道局和交通局人数差多少", [f"#{ppl(JT) - ppl(GD)}", f"#{ppl(GD)}", f"#{ppl(JT)}"], scope="mixed")
Q("compare", "疾控实验室检测能力提升经费比卫健局公共卫生应急能力建设经费多多少？",
  [yuan(task(JK, "公共卫生实验室检测能力提升经费")["amount"] - task(WJ, "公共卫生应急能力建设经费")["amount"]),
   ty(JK, "公共卫生实验室检测能力提升经费"), ty(WJ, "公共卫生应急能力建设经费")], scope="mixed")
Q("compare", "轨道局智慧轨道平台的钱和交通局智慧交通信息化比差多少",
  [yuan(task(GD, "智慧轨道信息化和线网运营监管平台建设经费")["amount"] - task(JT, "智慧交通信息化建设经费")["amount"]),
   ty(GD, "智慧轨道信息化和线网运营监管平台建设经费"), ty(JT, "智慧交通信息化建设经费")], scope="mixed")
Q("compare", "公路中心日常养护比交通局公路养护管理经费多多少？",
  [yuan(task(GL, "国省道和市管公路日常养护经费")["amount"] - task(JT, "公路养护管理经费")["amount"]),
   ty(GL, "国省道和市管公路日常养护经费"), ty(JT, "公路养护管理经费")], scope="mixed")
Q("compare", "疾控健康教育经费和卫健局健康宣传教育经费相差多少",
  [yuan(task(JK, "健康教育和健康素养促进经费")["amount"] - task(WJ, "健康宣传教育经费")["amount"]),
   ty(JK, "健康教育和健康素养促进经费"), ty(WJ, "健康宣传教育经费")], scope="mixed")
ST = BYNAME["东莞市生态环境局"]
Q("compare", "轨道局预算和生态环境局差多少？", [wan(total(ST) - total(GD)), wan(total(GD)), wan(total(ST))], scope="mixed")
YL = BYNAME["东莞市园林绿化中心"]
Q("compare", "公路中心的培训经费比园林中心的多多少",
  [yuan(task(GL, "公路养护从业人员技能培训经费")["amount"] - task(YL, "园林绿化从业人员技能培训经费")["amount"]),
   ty(GL, "公路养护从业人员技能培训经费"), ty(YL, "园林绿化从业人员技能培训经费")], scope="mixed")
Q("compare", "疾控中心比卫健局少多少人？", [f"#{ppl(WJ) - ppl(JK)}", f"#{ppl(JK)}", f"#{ppl(WJ)}"], scope="mixed")
GW = BYNAME["东莞市港务管理局"]
Q("compare", "轨道局的安全培训经费跟港务局港航从业人员安全培训比，多多少？",
  [yuan(task(GD, "轨道交通行业从业人员安全培训经费")["amount"] - task(GW, "港航从业人员安全培训经费")["amount"]),
   ty(GD, "轨道交通行业从业人员安全培训经费"), ty(GW, "港航从业人员安全培训经费")], scope="mixed")

# ---------------------------------------------------------------------------------------------- yesno
assert total(JK) > 30000
Q("yesno", "疾控中心今年预算超过3个亿了吗？", [wan(total(JK))], yesno="是")
Q("yesno", "疾控的传染病监测预警平台能在9月底前上线吗", [iv(JK, "传染病智能监测预警平台上线时间")], yesno="是",
  note="2026年9月15日前 is before the end of September")
Q("yesno", "疾控中心突发公共卫生事件到达现场是不是要求2小时以内？", [iv(JK, "突发公共卫生事件到达现场时间")], yesno="是",
  note="≤1.5小时 is within 2 hours")
Q("yesno", "疾控的疫苗接种率指标是95%吗", [iv(JK, "适龄儿童免疫规划疫苗接种率")], yesno="否", absent=["≥95%"],
  note="≥98% (95% is 卫健局's)")
Q("yesno", "轨道局线网运营监管平台9月份之前能上线吗？", [iv(GD, "线网运营监管平台上线时间")], yesno="是",
  note="2026年8月31日前")
Q("yesno", "轨道局的预算比交通局多吗", [wan(total(GD)), wan(total(JT))], yesno="否", scope="mixed")
assert task(GD, "轨道交通2号线运营补贴")["amount"] < 150000000
Q("yesno", "轨道局2号线运营补贴超过1.5亿没有？", [ty(GD, "轨道交通2号线运营补贴")], yesno="否")
Q("yesno", "轨道局从业人员培训人均成本是不是不超过400块", [iv(GD, "从业人员安全培训人均成本")], yesno="否",
  note="≤420元/人 allows more than 400")
Q("yesno", "公路中心智慧管养平台上半年能上线吗？", [iv(GL, "公路智慧管养平台上线时间")], yesno="是", note="2026年6月30日前")
Q("yesno", "公路中心预算比应急管理局多吗", [wan(total(GL)), wan(total(YJ))], yesno="否", scope="mixed",
  note="49227.78 < 49270.50")
Q("yesno", "公路中心的人比交通局还多？", [f"#{ppl(GL)}", f"#{ppl(JT)}"], yesno="是", scope="mixed")
Q("yesno", "公路中心路面大中修单位成本控制在150万一公里以内吗", [iv(GL, "路面大中修单位成本")], yesno="否",
  absent=[iv(JT, "农村公路提质改造单位成本")], note="≤160万元/公里")
Q("yesno", "公路中心危桥改造指标是不是不少于15座？", [iv(GL, "改造危桥")], yesno="是")
Q("yesno", "疾控今年有没有污水监测方面的项目", [ty(JK, "城市污水病原监测经费")], ["城市污水病原监测经费"], yesno="是")
assert task(GD, "镇街轨道交通站点周边配套建设补助")["amount"] == GD["budget"]["拟用于对下转移支付资金"] * 10000
Q("yesno", "轨道局有没有给镇街的补助？", [ty(GD, "镇街轨道交通站点周边配套建设补助")], ["镇街轨道交通站点周边配套建设补助"],
  yesno="是")

# ---------------------------------------------------------------------------------------------- yoy
Q("yoy", "疾控中心去年预算多少", [wan(total(JK5))], note="2025")
Q("yoy", "疾控中心预算今年比去年增加了多少？", [wan(total(JK) - total(JK5)), wan(total(JK)), wan(total(JK5))])
Q("yoy", "增长了百分之几", [pct((total(JK) - total(JK5)) / total(JK5) * 100)], fu=True, note="over 2025")
Q("yoy", "疾控免疫规划经费２０２５年是多少", [ty(JK5, "免疫规划和预防接种服务经费")], ["免疫规划和预防接种服务经费"],
  note="full-width digits")
Q("yoy", "疾控实验室检测能力提升经费比去年多了多少",
  [yuan(task(JK, "公共卫生实验室检测能力提升经费")["amount"] - task(JK5, "公共卫生实验室检测能力提升经费")["amount"]),
   ty(JK, "公共卫生实验室检测能力提升经费"), ty(JK5, "公共卫生实验室检测能力提升经费")])
new_tasks = [x["name"] for x in JK["tasks"] if x["name"] not in {y["name"] for y in JK5["tasks"]}]
assert new_tasks == ["慢性病和职业病防治经费", "城市污水病原监测经费"], new_tasks
Q("yoy", "疾控中心今年新增了哪个项目？多少钱", [ty(JK, "城市污水病原监测经费")], ["城市污水病原监测经费"],
  note="new in 2026 (慢性病和职业病防治经费 is a renamed 慢性病防治经费)")
Q("yoy", "2025年疾控慢性病防治经费是多少", [ty(JK5, "慢性病防治经费")], ["慢性病防治经费"])
Q("yoy", "慢性病和职业病防治经费去年是多少？疾控中心的", [ty(JK5, "慢性病防治经费")],
  note="read as the rename: 2025's 慢性病防治经费")
Q("yoy", "疾控慢性病这块今年比去年多多少钱", [yuan(task(JK, "慢性病和职业病防治经费")["amount"] - task(JK5, "慢性病防治经费")["amount"]),
                                  ty(JK, "慢性病和职业病防治经费"), ty(JK5, "慢性病防治经费")], note="across the rename")
Q("yoy", "疾控去年有几项任务，合计多少钱？", [f"#{len(JK5['tasks'])}", yuan(sum(x["amount"] for x in JK5["tasks"]))],
  note="2025: 9 tasks")
Q("yoy", "疾控接种率指标去年定的多少", [iv(JK5, "适龄儿童免疫规划疫苗接种率")], ["适龄儿童免疫规划疫苗接种率"], absent=["≥95%"])
Q("yoy", "疾病预防控制体系这个指标，去年怎么写的？", [iv(JK5, "疾病预防控制体系")], ["疾病预防控制体系"],
  note="qualitative 逐步完善 (2026 持续完善)")
I5 = {i["level3"]: i for i in JK5["indicators"]}
changed = [i["level3"] for i in JK["indicators"] if i["level3"] in I5 and I5[i["level3"]]["annual_value"] != i["annual_value"]]
Q("yoy", "疾控中心哪些指标的年度值跟去年不一样？", [], changed, note=f"{len(changed)} indicators present both years")
Q("yoy", "疾控中心去年和今年各多少人", [f"#{ppl(JK5)}", f"#{ppl(JK)}"], note="two asks in order")
Q("yoy", "2025年疾控目标里健康教育活动超过多少场？", [goal_phrase(JK5, "240场")], note="2025 goal 四")
Q("yoy", "疾控２０２５年给镇街的疾控工作补助是多少", [ty(JK5, "镇街疾病预防控制工作补助")], ["镇街疾病预防控制工作补助"],
  note="2025 = its 对下 line 2450.00万元; full-width digits")

# ---------------------------------------------------------------------------------------------- not_found
Q("not_found", "疾控中心2024年预算多少", expect="not_found", absent=[wan(total(JK5)), wan(total(JK))], note="2024 not loaded")
Q("not_found", "那2025年的呢？", [wan(total(JK5))], fu=True, note="2025 is loaded")
Q("not_found", "轨道局2025年的预算是多少", expect="not_found", absent=[wan(total(GD))], note="轨道局 2025 not loaded")
Q("not_found", "公路中心去年的日常养护经费多少？", expect="not_found", absent=[ty(GL, "国省道和市管公路日常养护经费")],
  note="公路中心 2025 not loaded")
Q("not_found", "深圳市轨道交通局今年预算多少", expect="not_found", absent=[wan(total(GD))], scope="none", note="深圳 not loaded")
Q("not_found", "广州疾控中心的免疫规划经费是多少？", expect="not_found", absent=[ty(JK, "免疫规划和预防接种服务经费")],
  scope="none", note="广州 has only 教育局 and 红十字会")
Q("not_found", "东莞市地震局今年预算多少", expect="not_found", scope="none", note="no such department loaded")
assert not any("收费站" in x["name"] for t in TB.values() for x in t["tasks"])
Q("not_found", "公路中心收费站改造经费多少钱？", expect="not_found", note="no such item")

# ---------------------------------------------------------------------------------------------- trap
Q("trap", "轨道局的公交线路运营补贴是多少", expect="not_found", absent=[ty(JT, "公交线路运营补贴")], scope="mixed",
  note="交通局's item; 轨道局 has 轨道交通2号线运营补贴")
Q("trap", "公路中心的农村公路提质改造工程多少钱？", expect="not_found", absent=[ty(JT, "农村公路提质改造工程")], scope="mixed",
  note="交通局's item; 公路中心 has 公路路面大中修工程经费 (126800600)")
Q("trap", "疾控中心计划生育家庭特别扶助金有多少", expect="not_found", absent=[ty(WJ, "计划生育家庭特别扶助金")],
  scope="mixed", note="卫健局's item")
Q("trap", "卫健局的公共卫生实验室检测能力提升经费是多少？", expect="not_found",
  absent=[ty(JK, "公共卫生实验室检测能力提升经费")], scope="mixed", note="疾控中心's item asked of 卫健局")
Q("trap", "交通局的列车运营正点率定的多少", expect="not_found", absent=[iv(GD, "列车运营正点率")], scope="mixed",
  note="轨道局's indicator asked of 交通局")
Q("trap", "公共卫生信息化这块今年安排了多少钱？", expect="ok_or_clarify", scope="mixed",
  note="疾控 公共卫生信息化和传染病监测预警平台建设经费 18750800 / 卫健局 卫生健康信息化建设经费 18750000")
Q("trap", "市管公路养护里程的指标是多少？", expect="ok_or_clarify", scope="mixed",
  note="公路中心 ≥468公里 / 交通局 ≥460公里 (same name)")
Q("trap", "疾控中心居民健康素养水平的实施周期指标是多少", [iv(JK, "居民健康素养水平", "period_value")], ["居民健康素养水平"],
  absent=[iv(WJ, "居民健康素养水平", "period_value"), iv(WJ, "居民健康素养水平")],
  note="≥43%; 卫健局's same-name indicator ≥38% / ≥35%")

# ---------------------------------------------------------------------------------------------- checks
assert len(ROWS) == 160, len(ROWS)
NEWVALS = set()
for t in (JK, JK5, GD, GL):
    NEWVALS |= {yuan(x["amount"]) for x in t["tasks"]}
    NEWVALS |= {v for i in t["indicators"] for v in (i["period_value"], i["annual_value"])}
    NEWVALS |= {wan(v) for v in t["budget"].values()} | {wan(total(t))}
ALL_STORED = set()
for t in TB.values():
    ALL_STORED |= {yuan(x["amount"]) for x in t["tasks"]}
    ALL_STORED |= {v for i in t["indicators"] for v in (i.get("period_value"), i.get("annual_value")) if v}
    ALL_STORED |= {wan(v) for v in t["budget"].values()}
    if t["budget"]:
        ALL_STORED.add(wan(total(t)))
ALLGOALS = "".join(g for t in TB.values() for g in t["goals"])
for r in ROWS:
    if r["expect"] in ("not_found", "ok_or_clarify"):
        assert not r["figures"] and not r["names"], r["id"]
    for a in r["absent"]:
        assert a not in r["figures"], (r["id"], a)
        assert a in ALL_STORED or a in ALLGOALS or a.startswith("#"), (r["id"], a)
    if r["expect"] == "ok":
        assert r["figures"] or r["names"], r["id"]
# a new table's every task amount is unique over all tables
cnt = Counter(x["amount"] for t in TB.values() for x in t["tasks"])
for t in (JK, JK5, GD, GL):
    for x in t["tasks"]:
        assert cnt[x["amount"]] == 1, x
    assert sum(x["amount"] for x in t["tasks"]) <= t["budget"]["项目支出"] * 10000
    zj = [x["amount"] for x in t["tasks"] if x["name"].startswith("镇街")]
    assert zj == [t["budget"]["拟用于对下转移支付资金"] * 10000], t["department"]

OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in ROWS), encoding="utf-8")

scope = Counter(r["note"].rsplit("[scope: ", 1)[1][:-1] for r in ROWS)
print(dict(scope))
cats = ["item_money", "indicator", "overview", "structure", "prose", "filter", "count", "aggregate", "ranking", "compare",
        "yesno", "yoy", "not_found", "trap", "followup"]
print("| category | total | ok | not_found | clarify | ok_or_clarify |")
print("| --- | --- | --- | --- | --- | --- |")
tot = Counter()
for c in cats:
    rs = [r for r in ROWS if r["category"] == c]
    e = Counter(r["expect"] for r in rs)
    tot.update(e)
    print(f"| {c} | {len(rs)} | {e['ok']} | {e['not_found']} | {e['clarify']} | {e['ok_or_clarify']} |")
print(f"| **total** | **{len(ROWS)}** | {tot['ok']} | {tot['not_found']} | {tot['clarify']} | {tot['ok_or_clarify']} |")
