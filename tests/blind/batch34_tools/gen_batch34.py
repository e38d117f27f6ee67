"""Write tests/blind/batch_34.jsonl (160 questions) from the tables alone (truth34.py).

Figures are computed here (Decimal, ROUND_HALF_UP); prose figures are checked to stand in their goals; every `absent`
must be a value some table holds; rank values are asserted tie-free; not_found / ok_or_clarify lines carry no figures
or names; the category counts are printed. Re-running gives a byte-identical file.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import truth34 as T  # noqa: E402

A = T.load()
Y6, Y5, K, Z, S = T.NEW  # 中医院 2026, 中医院 2025, 可园博物馆, 交通执法支队, 市政管护中心
DG = T.dg2026(A)
BY = {t["department"]: t for t in DG}
tot = T.total
assert len(DG) == 84


def amt(slug, name):
    return T.yuan(T.task(A[slug], name)["amount"])


def a(slug, name):
    return T.task(A[slug], name)["amount"]


def iv(slug, name, which="annual"):
    return T.indicator(A[slug], name)[f"{which}_value"]


def bl(slug, line):
    return A[slug]["budget"][line]


def bw(slug, line):
    return T.wan(bl(slug, line))


def tw(slug):
    return T.wan(tot(A[slug]))


def dept(name):
    return BY[name]


def ppl(t):
    return t["basic_info"]["财政供养人员数"]


def rank(key, slug):
    order = sorted(DG, key=key, reverse=True)
    vals = [key(t) for t in order]
    i = [t["slug"] for t in order].index(slug)
    assert vals.count(vals[i]) == 1, slug
    return f"#{i + 1}"


def goal(slug, phrase, figure=None):
    g = "".join(A[slug]["goals"])
    assert phrase in g, (slug, phrase)
    if figure is None:
        figure = phrase[1:]  # without 约 / 超
    assert figure in phrase
    return figure


ROWS = []


def Q(cat, q, figures=(), names=(), expect="ok", yesno=None, absent=(), fu=False, note="", scope="new"):
    n = len(ROWS) + 1
    rid = f"b34-{n:03d}"
    ROWS.append({"id": rid, "q": q, "category": "followup" if fu else cat, "expect": expect,
                 "figures": list(figures), "names": list(names), "yesno": yesno, "absent": list(absent),
                 "followup_of": ROWS[-1]["id"] if fu else None, "note": f"{note} [scope: {scope}]"})


FY, RY, BWG = "东莞市妇幼保健院", "东莞市人民医院", "东莞市博物馆"
CG, GL = "东莞市城市管理和综合执法局", "东莞市公路事务中心"
EQUIP, HOUQIN, PEIXUN = "医疗设备购置和更新经费", "医院后勤保障和物业管理经费", "执法人员业务培训经费"
GUANSHE, JIANGJIE = "馆舍安全保卫和物业管理经费", "讲解员和文博人员培训经费"


def other(dname, name):
    (x,) = [x for x in dept(dname)["tasks"] if x["name"] == name]
    return x["amount"]


def other_iv(dname, name):
    (x,) = [x for x in dept(dname)["indicators"] if x["level3"] == name]
    return x["annual_value"]


# ---------------------------------------------------------------- item_money (15) + follow-ups
Q("item_money", "中医院今年买医疗设备的钱批了多少", [amt(Y6, EQUIP)], [EQUIP],
  absent=[T.yuan(other(FY, EQUIP)), T.yuan(other(RY, EQUIP))],
  note="中医院 2026, asked by purpose; 妇幼 65386400 (500 apart) and 人民医院 186452700 hold the same name")
Q("item_money", "那去年呢", [amt(Y5, EQUIP)], [EQUIP], absent=[amt(Y6, EQUIP)], fu=True, note="中医院 2025")
n = "新院区二期工程建设经费"
Q("item_money", "市中医院新院区二期今年要投多少钱", [amt(Y6, n)], [n], note="")
n = "治未病和中医康复中心建设经费"
Q("item_money", "中医院搞治未病那个中心，经费给了多少", [amt(Y6, n)], [n], note="2026-only task")
n = "中医住院医师规范化培训经费"
Q("item_money", "帮我查下中医院规培的钱", [amt(Y6, n)], [n],
  absent=[T.yuan(other(RY, "医务人员规范化培训经费")), "6420000元", "6420300元"],
  note="人民医院 6423800, 卫健局 6420000, 妇幼 6420300 are close")
n = "中医药文化宣传和义诊经费"
Q("item_money", "中醫院中医药文化宣传和义诊经费多少", [amt(Y6, n)], [n],
  absent=[T.yuan(other(RY, "健康宣传和义诊服务经费"))],
  note="traditional 醫; 人民医院 健康宣传和义诊服务经费 1387500 (400 apart)")
n = "院内中药制剂研发和制剂室运行经费"
Q("item_money", "中医院自己做中药制剂那块一年多少钱", [amt(Y6, n)], [n], absent=[amt(Y5, n)], note="2026")
n = "可园古建筑群保护修缮经费"
Q("item_money", "可园古建筑修膳今年预算多少", [amt(K, n)], [n],
  absent=[T.yuan(other(BWG, "藏品征集和文物保护修复经费")), "5860000元"],
  note="homophone 膳 for 缮; 博物馆 5860400 and 文广旅体局 文物保护修缮经费 5860000 are close")
Q("item_money", "可园的馆舍安全保卫和物业管理经费是多少", [amt(K, GUANSHE)], [GUANSHE],
  absent=[T.yuan(other(BWG, GUANSHE))], note="same name as 东莞市博物馆's (3865700)")
Q("item_money", "市博物馆的呢", [T.yuan(other(BWG, GUANSHE))], [GUANSHE], absent=[amt(K, GUANSHE)], fu=True,
  note="东莞市博物馆 2026", scope="mixed")
n = "岭南画派研究和学术交流经费"
Q("item_money", "可园研究岭南画派花多少钱", [amt(K, n)], [n], note="asked by purpose")
n = "治超非现场执法系统建设和运维经费"
Q("item_money", "交通执法支队治超那套非现场执法系统，建设加运维多少钱", [amt(Z, n)], [n],
  absent=[T.yuan(other(GL, "公路路政巡查和超限治理经费"))], note="公路事务中心 公路路政巡查和超限治理经费 12386200")
Q("item_money", "执法支队执法人员业务培训经费多少", [amt(Z, PEIXUN)], [PEIXUN],
  absent=[T.yuan(other(CG, PEIXUN)), "1268500元"],
  note="same name in 城管局 (2146500, 300 apart) and 市场监管局 (1268500)")
n = "非法营运车辆暂扣场运行管理经费"
Q("item_money", "交通执法扣下来的车停的那个场子一年花多少", [amt(Z, n)], [n], note="asked by purpose")
n = "市政桥梁和隧道安全检测维护经费"
Q("item_money", "市政管护中心桥梁隧道检测维护的经费", [amt(S, n)], [n],
  absent=[T.yuan(other(GL, "公路危桥改造和桥梁隧道安全提升经费"))], note="公路事务中心 42860300 (3400 apart)")
n = "人行天桥和地下通道电梯运维经费"
Q("item_money", "管护中心天桥电梯维护要多少钱", [amt(S, n)], [n], note="")
n = "市政道路井盖和附属设施整治经费"
Q("item_money", "市政管护中心整治井盖的钱有多少", [amt(S, n)], [n],
  absent=[T.yuan(other(GL, "公路沿线绿化和环境整治经费"))], note="公路事务中心 6238600 (300 apart)")

# ---------------------------------------------------------------- indicator (13) + follow-ups
n = "门急诊服务人次"
Q("indicator", "中医院今年门急诊人次年度指标定了多少", [iv(Y6, n)], [n],
  absent=[iv(Y5, n), other_iv(RY, n)], note="annual; period ≥720万人次 not absent; 2025 ≥225万, 人民医院 ≥350万")
Q("indicator", "整个周期呢", [iv(Y6, n, "period")], [n], fu=True, note="period")
n = "门诊次均费用"
Q("indicator", "中医院门诊次均费用控制在多少以内", [iv(Y6, n)], [n], absent=[other_iv(RY, n)],
  note="人民医院 ≤320元/人次 same name")
n = "平均住院日"
Q("indicator", "中医院平均住院日要求几天", [iv(Y6, n)], [n], absent=[other_iv(RY, n)], note="人民医院 ≤7天")
n = "治未病和中医康复中心投入使用时间"
Q("indicator", "治未病中心哪天之前要投入使用", [iv(Y6, n)], [n], note="date; only 中医院 2026")
n = "接待游客"
Q("indicator", "可园今年接待游客的指标是多少", [iv(K, n)], [n], absent=["≥115万人次"],
  note="annual ≥90万人次; period ≥270万人次 not absent; 博物馆 接待观众 ≥115万人次")
n = "开展社会教育活动"
Q("indicator", "可园一年要开展多少场社会教育活动", [iv(K, n)], [n], absent=["≥500场"],
  note="博物馆's same-named indicator ≥500场 (annual)")
n = "古建筑修缮单位成本"
Q("indicator", "可园修古建筑每平方米成本上限多少", [iv(K, n)], [n], note="cost 元/平方米")
n = "智慧导览系统上线时间"
Q("indicator", "可园智慧导览系统什么时候上线", [iv(K, n)], [n], note="date")
n = "开展道路运输执法检查"
Q("indicator", "交通执法支队今年要开展多少次道路运输执法检查？整个周期又是多少", [iv(Z, n), iv(Z, n, "period")], [n],
  note="two asks in order: annual, period")
n = "执法人员业务培训"
Q("indicator", "执法支队执法人员培训要培训多少人次", [iv(Z, n)], [n], absent=[other_iv(CG, n)], note="城管局 ≥1200人次")
n = "暂扣车辆保管成本"
Q("indicator", "暂扣车辆一天的保管成本不能超过多少", [iv(Z, n)], [n], note="only 支队 has it")
n = "一、二类桥梁占比"
Q("indicator", "市政管护中心一二类桥梁占比指标多少", [iv(S, n)], [n], absent=[other_iv(GL, n)],
  note="公路事务中心 ≥96% same name")
n = "道路坑槽修补时限"
Q("indicator", "管护中心路面坑槽要多久补好", [iv(S, n)], [n], note="≤48小时")
Q("indicator", "那市政道路完好率呢", [iv(S, "市政道路完好率")], ["市政道路完好率"], fu=True, note="")

# ---------------------------------------------------------------- overview (5) + follow-ups
Q("overview", "中医院今年总预算多少啊", [tw(Y6)], note="预算合计 = 基本 + 项目 + 其他事业发展性")
Q("overview", "财政拨款多少，其他资金多少", [bw(Y6, "财政拨款"), bw(Y6, "其他资金")], fu=True, note="two figures in order")
Q("overview", "那总预算在东莞排第几", [rank(tot, Y6)], fu=True, note="84 东莞 2026 departments", scope="mixed")
Q("overview", "市政管护中心基本支出、项目支出、其他事业发展性支出各多少",
  [bw(S, "基本支出"), bw(S, "项目支出"), bw(S, "其他事业发展性支出")], note="three figures in order")
Q("overview", "交通执法支队下面有几个二级单位，财政供养多少人", [f"#{A[Z]['basic_info']['下属二级单位数']}", f"#{ppl(A[Z])}"],
  note="two figures in order")
Q("overview", "可园一年预算多少钱", [tw(K)], note="")
Q("overview", "执法支队财政专项资金多少？拟对下转移支付多少", [bw(Z, "财政专项资金"), bw(Z, "拟用于对下转移支付资金")],
  note="two figures")

# ---------------------------------------------------------------- structure (2)
Q("structure", "可园的数量指标都有哪些", [],
  [i["level3"] for i in A[K]["indicators"] if i["level2"] == "数量指标"], note="数量指标, six")
Q("structure", "中医院时效指标有什么", [],
  [i["level3"] for i in A[Y6]["indicators"] if i["level2"] == "时效指标"], note="时效指标")

# ---------------------------------------------------------------- prose (18)
Q("prose", "中医院针灸推拿这些非药物疗法一年大概服务多少人次", [goal(Y6, "约88万人次")],
  note="indicator ≥85万人次 is the counterpart (大概)")
Q("prose", "中医院新院区二期建好能多出多少张床位", [goal(Y6, "约800张")], note="goal only")
Q("prose", "中医院名中医传承工作室要建几个", [goal(Y6, "约36个")], note="goal only")
Q("prose", "按中医院总体目标，院内中药制剂品种要达到多少种", [goal(Y6, "约126种")],
  note="indicator ≥120种 is the counterpart (目标)")
Q("prose", "治未病中心今年大概能服务多少人次", [goal(Y6, "约6万人次")], note="goal only")
Q("prose", "中医院对口帮扶多少家镇街中医馆", [goal(Y6, "约25家")], note="goal only")
Q("prose", "中医药文化进社区进校园活动中医院要搞多少场", [goal(Y6, "超200场")], note="goal only")
Q("prose", "可园目标里全年大概接待多少游客", [goal(K, "约95万人次")], note="indicator ≥90万人次 is the counterpart (目标)")
Q("prose", "可园的社会教育活动能服务多少中小学生", [goal(K, "约4.5万人次")], note="goal only")
Q("prose", "可园线上观展人次大概有多少", [goal(K, "约50万人次")], note="goal only")
Q("prose", "可园总体目标里社会教育活动大概搞多少场", [goal(K, "约400场")],
  note="indicator ≥360场 is the counterpart (目标)")
Q("prose", "交通执法今年大概要办多少宗投诉举报", [goal(Z, "约2.6万宗")], note="goal only")
Q("prose", "货运源头企业的超限超载率要压到多少以内", [goal(Z, "0.5%以内", "0.5%")], note="goal only")
Q("prose", "执法支队目标里治超检测点大概建多少个", [goal(Z, "约30个")], note="indicator ≥28个 is the counterpart (目标)")
Q("prose", "按总体目标，交通执法今年查处非法营运车辆大概多少宗", [goal(Z, "约2000宗")],
  note="indicator ≥1800宗 is the counterpart (总体目标)")
Q("prose", "管护中心要管多少台天桥电梯", [goal(S, "约240台")], note="goal only")
Q("prose", "天桥电梯坏了管护中心多长时间内要响应", [goal(S, "2小时内响应", "2小时")], note="goal only")
Q("prose", "市政管护中心大概要整治多少处内涝点", [goal(S, "约45处")], note="indicator ≥40处 is the counterpart (大概)")

# ---------------------------------------------------------------- filter (8) + follow-up
Q("filter", "中医院哪些任务超过三千万", [], [x["name"] for x in A[Y6]["tasks"] if x["amount"] > 30000000],
  note="> 30,000,000")
low = [x for x in A[K]["tasks"] if x["amount"] < 1000000]
Q("filter", "可园一百万以下的任务有哪些", [], [x["name"] for x in low], note="< 1,000,000")
Q("filter", "加起来多少", [T.yuan(sum(x["amount"] for x in low))], fu=True, note="sum of the five")
Q("filter", "执法支队两百万到三百万之间的任务", [],
  [x["name"] for x in A[Z]["tasks"] if 2000000 <= x["amount"] <= 3000000], note="inclusive")
Q("filter", "管护中心哪个指标实施周期值和年度值不一样", [],
  [i["level3"] for i in A[S]["indicators"] if i["period_value"] != i["annual_value"]], note="period ≠ annual: one")
Q("filter", "中医院哪些指标是文字描述的，没数字", [],
  [i["level3"] for i in A[Y6]["indicators"] if not any(c.isdigit() for c in i["annual_value"])], note="qualitative")
Q("filter", "可园用百分比表示的指标有哪几个", [], [i["level3"] for i in A[K]["indicators"] if "%" in i["annual_value"]],
  note="annual value with %")
Q("filter", "全市财政供养人员在350到400人之间的有哪些单位", [], [t["department"] for t in DG if 350 <= ppl(t) <= 400],
  note="财政局 352, 水务局 356, 社会福利中心 386, 支队 392", scope="mixed")
Q("filter", "东莞今年预算在1.7亿到1.8亿之间的部门有哪些", [], [t["department"] for t in DG if 17000 <= tot(t) <= 18000],
  note="金融工作局, 中心血站, 残联, 供销社, 支队", scope="mixed")

# ---------------------------------------------------------------- count (8) + follow-ups
Q("count", "中医院表里一共列了几项任务", [f"#{len(A[Y6]['tasks'])}"], note="")
ks = sum(x["amount"] for x in A[Y6]["tasks"] if x["section"] == "年度重点工作任务")
ts = sum(x["amount"] for x in A[Y6]["tasks"])
Q("count", "重点任务那几项加起来多少钱", [T.yuan(ks)], fu=True, note="three 年度重点工作任务")
Q("count", "在全部任务里占多大比重", [T.pct(ks / ts * 100)], fu=True, note="key / all tasks")
Q("count", "可园那张表绩效指标一共几个", [f"#{len(A[K]['indicators'])}"], note="")
Q("count", "执法支队有几个数量指标", [f"#{sum(i['level2'] == '数量指标' for i in A[Z]['indicators'])}"], note="")
Q("count", "管护中心时效指标几个", [f"#{sum(i['level2'] == '时效指标' for i in A[S]['indicators'])}"], note="")
Q("count", "东莞今年一共收上来多少家单位的部门整体绩效目标表", [f"#{len(DG)}"], note="84", scope="mixed")
Q("count", "全市任务名字里有“执法”两个字的一共几项", [f"#{sum('执法' in x['name'] for t in DG for x in t['tasks'])}"],
  note="literal substring: 支队 9 + 13 elsewhere", scope="mixed")
Q("count", "全市财政供养人数上千的单位有几家", [f"#{sum(ppl(t) > 1000 for t in DG)}"],
  note="教育局, 市场监管局, 公安局, 妇幼, 人民医院, 中医院", scope="mixed")
Q("count", "基本支出超过十个亿的单位全市有几个", [f"#{sum(t['budget']['基本支出'] > 100000 for t in DG)}"],
  note="公安局, 人民医院, 中医院, 教育局", scope="mixed")

# ---------------------------------------------------------------- aggregate (9) + follow-up
ksum = sum(x["amount"] for x in A[K]["tasks"])
Q("aggregate", "可园那十项任务加总是多少", [T.yuan(ksum)], note="ten tasks")
Q("aggregate", "相当于项目支出的百分之多少", [T.pct(ksum / (bl(K, "项目支出") * 10000) * 100)], fu=True, note="tasks / 项目支出")
Q("aggregate", "中医院跟人民医院今年预算加一起多少", [T.wan(tot(A[Y6]) + tot(dept(RY)))], note="", scope="mixed")
Q("aggregate", "中医院、可园、交通执法支队、市政管护中心这四家今年预算一共多少",
  [T.wan(sum(tot(A[s]) for s in (Y6, K, Z, S)))], note="")
Q("aggregate", "全市今年部门预算总盘子多大", [T.wan(sum(tot(t) for t in DG))], note="84 departments", scope="mixed")
Q("aggregate", "中医院的其他资金占预算合计多少比例", [T.pct(bl(Y6, "其他资金") / tot(A[Y6]) * 100)], note="")
ssum = sum(x["amount"] for x in A[S]["tasks"])
Q("aggregate", "管护中心十项任务平均一项多少钱", [T.yuan2(Decimal(ssum) / 10)], note="average")
Q("aggregate", "全市名字带“执法”的任务经费一共多少",
  [T.yuan(sum(x["amount"] for t in DG for x in t["tasks"] if "执法" in x["name"]))],
  note="literal substring, 22 items", scope="mixed")
Q("aggregate", "执法支队对下转移支付占财政专项资金的比例",
  [T.pct(bl(Z, "拟用于对下转移支付资金") / bl(Z, "财政专项资金") * 100)], note="246 / 2100")
Q("aggregate", "可园和交通执法支队财政供养人数合计", [f"#{ppl(A[K]) + ppl(A[Z])}"], note="43 + 392")

# ---------------------------------------------------------------- ranking (11) + follow-ups
top = max(A[S]["tasks"], key=lambda x: x["amount"])
lo = min(A[S]["tasks"], key=lambda x: x["amount"])
Q("ranking", "管护中心钱花得最多的是哪一项", [T.yuan(top["amount"])], [top["name"]], note="")
Q("ranking", "那花得最少的呢", [T.yuan(lo["amount"])], [lo["name"]], fu=True, note="")
big = sorted(DG, key=tot, reverse=True)[:5]
Q("ranking", "全市预算排前五的是哪几个单位", [T.wan(tot(big[0]))], [t["department"] for t in big],
  note="in order; 中医院 now fifth", scope="mixed")
Q("ranking", "中医院基本支出全市排第几", [rank(lambda t: t["budget"]["基本支出"], Y6)],
  note="公安局 186452.37, 人民医院 342586.27 ahead; 教育局 125430.18 behind", scope="mixed")
Q("ranking", "市政管护中心预算在全市排第几", [rank(tot, S)],
  note="急救中心 23492.64 > 23489.36 > 园林绿化中心 23486.17", scope="mixed")
Q("ranking", "按人头排呢", [rank(ppl, S)], fu=True, note="people rank", scope="mixed")
Q("ranking", "交通执法支队预算全市第几", [rank(tot, Z)], note="供销社 17169.42 > 17165.83", scope="mixed")
Q("ranking", "其他资金那一项排多少名", [rank(lambda t: t["budget"]["其他资金"], Z)], fu=True,
  note="机关事务局 433.67 > 433.22 > 照明处 424.38", scope="mixed")
Q("ranking", "可园的预算在东莞各部门里算第几", [rank(tot, K)], note="", scope="mixed")
Q("ranking", "中医院财政供养人数全市第几", [rank(ppl, Y6)], note="公安, 教育, 人民医院 ahead", scope="mixed")
Q("ranking", "中医院其他资金在全市排第几", [rank(lambda t: t["budget"]["其他资金"], Y6)], note="behind 人民医院",
  scope="mixed")
Q("ranking", "管护中心项目支出全市排第几", [rank(lambda t: t["budget"]["项目支出"], S)], note="", scope="mixed")
second = sorted(A[Z]["tasks"], key=lambda x: -x["amount"])[1]
Q("ranking", "交通执法支队花钱第二多的是哪项任务", [T.yuan(second["amount"])], [second["name"]], note="second")
four = sorted((Y6, K, Z, S), key=lambda s: -tot(A[s]))
Q("ranking", "中医院、可园、执法支队、管护中心按预算从高到低排一下", [tw(s) for s in four], [A[s]["department"] for s in four],
  note="descending order as asked")


# ---------------------------------------------------------------- compare (11)
def cmp(q, x, y, unit_wan=True, note="", scope="mixed", names=()):
    dlt = abs(x - y)
    f = T.wan if unit_wan else T.yuan
    Q("compare", q, [f(dlt), f(x), f(y)], list(names), note=note, scope=scope)


cmp("市政管护中心和紧急医疗救援指挥中心预算差多少", tot(A[S]), tot(dept("东莞市紧急医疗救援指挥中心")),
    note="difference, then 管护中心, 急救中心")
cmp("可园跟交通执法支队预算差多少", tot(A[K]), tot(A[Z]), scope="new")
cmp("交通执法支队比供销社预算少多少", tot(A[Z]), tot(dept("东莞市供销合作社")), note="3.59")
cmp("中医院预算比交通运输局多多少", tot(A[Y6]), tot(dept("东莞市交通运输局")), note="")
cmp("中医院比人民医院少多少预算", tot(A[Y6]), tot(dept(RY)), note="")
cmp("执法支队的执法人员业务培训经费跟城管局的差几块钱", a(Z, PEIXUN), other(CG, PEIXUN), False, names=[PEIXUN],
    note="300元")
cmp("管护中心桥梁隧道检测维护经费比公路事务中心的危桥改造和桥梁隧道安全提升经费多多少",
    a(S, "市政桥梁和隧道安全检测维护经费"), other(GL, "公路危桥改造和桥梁隧道安全提升经费"), False,
    names=["市政桥梁和隧道安全检测维护经费", "公路危桥改造和桥梁隧道安全提升经费"])
cmp("中医院的医疗设备购置和更新经费比妇幼保健院的多多少", a(Y6, EQUIP), other(FY, EQUIP), False, names=[EQUIP],
    note="500元")
cmp("可园馆舍安全保卫和物业管理经费比市博物馆少多少", a(K, GUANSHE), other(BWG, GUANSHE), False, names=[GUANSHE])
cmp("中医院规培经费比人民医院的医务人员规范化培训经费多多少", a(Y6, "中医住院医师规范化培训经费"),
    other(RY, "医务人员规范化培训经费"), False, names=["中医住院医师规范化培训经费", "医务人员规范化培训经费"])
cmp("执法支队其他资金比机关事务管理局少多少", bl(Z, "其他资金"), dept("东莞市机关事务管理局")["budget"]["其他资金"],
    note="0.45万元")

# ---------------------------------------------------------------- yesno (15)
Q("yesno", "中医院预算过１５个亿没有", [tw(Y6)], yesno="是", note="full-width １５; 168601.27万元")
Q("yesno", "中医院财政拨款是不是不到一成", [bw(Y6, "财政拨款")], yesno="否", note="18436.52 / 168601.27 = 10.93%")
Q("yesno", "治未病中心年底前能用上吗", [iv(Y6, "治未病和中医康复中心投入使用时间")], yesno="是", note="11月30日前")
Q("yesno", "中医院门诊次均费用是不是比人民医院低", [iv(Y6, "门诊次均费用")], yesno="是",
  note="≤260 vs 人民医院 ≤320元/人次", scope="mixed")
Q("yesno", "中医院门诊患者满意度要求到95%了吗", [iv(Y6, "门诊患者满意度")], yesno="否", note="≥92%")
Q("yesno", "可园智慧导览是不是上半年就能上线", [iv(K, "智慧导览系统上线时间")], yesno="是", note="5月31日前")
Q("yesno", "可园财政供养的人有没有超过50个", [f"#{ppl(A[K])}"], yesno="否", note="43")
Q("yesno", "可园有对下转移支付吗", [bw(K, "拟用于对下转移支付资金")], yesno="否", note="0.00万元")
Q("yesno", "可园游客满意度要求是不是比文广旅体局的高", [iv(K, "游客满意度")], yesno="是",
  note="≥95% vs 文广旅体局 ≥88%", scope="mixed")
Q("yesno", "治超系统二期国庆前能上线吗", [iv(Z, "治超非现场执法系统二期上线时间")], yesno="否",
  note="10月31日前: not promised before 国庆 (1 October)")
Q("yesno", "执法支队行政复议和诉讼败诉率是不是控制在3%以内", [iv(Z, "行政复议和行政诉讼败诉率")], yesno="是", note="≤2%")
Q("yesno", "管护中心有没有哪项任务超过五千万", [T.yuan(top["amount"])], yesno="否", note="largest 48263500")
Q("yesno", "市政管护中心的钱九成以上是财政拨款吗", [bw(S, "财政拨款")], yesno="是", note="23086.19 / 23489.36 = 98.28%")
Q("yesno", "管护中心智慧管养平台年中前能上线吗", [iv(S, "市政设施智慧管养平台上线时间")], yesno="否",
  note="7月31日前; 年中 = 30 June")
Q("yesno", "中医院预算比去年多吗", [tw(Y6)], yesno="是", note="168601.27 vs 155600.15")

# ---------------------------------------------------------------- yoy (15) + follow-up
Q("yoy", "中医院去年一共报了多少预算", [tw(Y5)], note="2025")
Q("yoy", "中医院预算比去年增加了多少", [T.wan(tot(A[Y6]) - tot(A[Y5])), tw(Y6), tw(Y5)], note="difference, 2026, 2025")
Q("yoy", "增长了百分之几", [T.pct((tot(A[Y6]) - tot(A[Y5])) / tot(A[Y5]) * 100)], fu=True, note="over 2025")
Q("yoy", "中医院去年和今年财政供养人员分别多少", [f"#{ppl(A[Y5])}", f"#{ppl(A[Y6])}"], note="1782, 1856")
n = "新院区二期工程建设经费"
Q("yoy", "新院区二期经费比去年多了多少", [T.yuan(a(Y6, n) - a(Y5, n)), amt(Y6, n), amt(Y5, n)], [n], note="")
n = "治未病和中医康复中心建设经费"
Q("yoy", "中医院今年新增了什么任务", [amt(Y6, n)], [n], note="2026 only")
n5, n6 = "名老中医传承工作室建设经费", "名中医传承工作室和师承教育经费"
Q("yoy", "去年名老中医传承工作室建设经费多少", [amt(Y5, n5)], [n5], note="2025 name")
Q("yoy", "传承工作室那项今年改叫什么了，多少钱", [amt(Y6, n6)], [n6], note="renamed in 2026")
Q("yoy", "传承工作室经费同比涨了多少", [T.yuan(a(Y6, n6) - a(Y5, n5)), amt(Y6, n6), amt(Y5, n5)], note="across the rename")
Q("yoy", "中医院去年有几项任务，合计多少", [f"#{len(A[Y5]['tasks'])}", T.yuan(sum(x['amount'] for x in A[Y5]['tasks']))],
  note="two asks")
n = "门诊患者满意度"
Q("yoy", "中医院去年门诊患者满意度的指标是多少", [iv(Y5, n)], [n], absent=[iv(Y6, n)], note="2025 ≥90%")
n = "中医药服务能力"
Q("yoy", "中医药服务能力去年的指标值是怎么写的", [iv(Y5, n)], [n], absent=[iv(Y6, n)], note="qualitative 2025")
ch = [i["level3"] for i in A[Y5]["indicators"] if T.indicator(A[Y6], i["level3"])["annual_value"] != i["annual_value"]]
Q("yoy", "中医院哪些指标的年度值跟去年比有变化", [], ch, note="seven changed, one qualitative")
Q("yoy", "去年中医院总体目标里门急诊大概多少人次", [goal(Y5, "约235万人次")], note="2025 goal")
n = "镇街中医馆建设和基层帮扶补助"
Q("yoy", "去年中医院给镇街中医馆的补助多少", [amt(Y5, n)], [n], absent=[amt(Y6, n)], note="2025 = its 对下 336.00万元")
Q("yoy", "中医院去年拟对下转移支付的资金多少", [bw(Y5, "拟用于对下转移支付资金")], note="2025")

# ---------------------------------------------------------------- not_found (7) + follow-up
Q("not_found", "中医院2024年预算多少", expect="not_found", absent=[tw(Y5), tw(Y6)], note="2024 not loaded")
Q("not_found", "25年的有吗", [tw(Y5)], fu=True, note="2025")
Q("not_found", "可园去年的古建筑修缮经费", expect="not_found", absent=[amt(K, "可园古建筑群保护修缮经费")],
  note="可园 2025 not loaded")
Q("not_found", "交通执法支队2025年预算", expect="not_found", absent=[tw(Z)], note="支队 2025 not loaded")
Q("not_found", "广州市中医院今年预算", expect="not_found", absent=[tw(Y6)], note="other city", scope="not_loaded")
Q("not_found", "东莞市青少年活动中心今年预算多少", expect="not_found", note="not loaded", scope="not_loaded")
Q("not_found", "中医院互联网医院建设经费多少", expect="not_found", absent=[T.yuan(other(RY, "智慧医院信息化建设经费"))],
  note="no such item; 人民医院's 智慧医院信息化建设经费 names 互联网医院 in its content")
Q("not_found", "管护中心2027年的预算", expect="not_found", absent=[tw(S)], note="2027 not loaded")

# ---------------------------------------------------------------- trap (8)
Q("trap", "东莞市城市管理综合执法支队今年预算多少", expect="not_found", absent=[tw(Z), T.wan(tot(dept(CG)))],
  note="unit not loaded; neither 交通执法支队 nor 城管局", scope="not_loaded")
Q("trap", "可园的藏品征集和文物保护修复经费", expect="not_found", absent=[T.yuan(other(BWG, "藏品征集和文物保护修复经费"))],
  note="东莞市博物馆's item")
Q("trap", "交通执法支队的公交线路运营补贴多少", expect="not_found",
  absent=[T.yuan(other("东莞市交通运输局", "公交线路运营补贴"))], note="交通运输局's item")
Q("trap", "管护中心的公路路面大中修工程经费", expect="not_found", absent=[T.yuan(other(GL, "公路路面大中修工程经费"))],
  note="公路事务中心's item")
Q("trap", "医院后勤保障和物业管理经费多少", expect="ok_or_clarify", note="人民医院, 妇幼保健院 and 中医院 share the name",
  scope="mixed")
Q("trap", "执法人员业务培训经费是多少", expect="ok_or_clarify", note="城管局, 市场监管局 and 支队 share the name",
  scope="mixed")
Q("trap", "市博物馆的讲解员和文博人员培训经费，不要可园的", [T.yuan(other(BWG, JIANGJIE))], [JIANGJIE],
  absent=[amt(K, JIANGJIE)], note="东莞市博物馆 2026", scope="mixed")
Q("trap", "公路事务中心的应急抢通和防汛物资储备经费，别跟管护中心的搞混", [T.yuan(other(GL, "公路应急抢通和防汛物资储备经费"))],
  ["公路应急抢通和防汛物资储备经费"], absent=[amt(S, "市政设施应急抢修和防汛物资储备经费")],
  note="公路事务中心 2026; 管护中心 4236200 is 300 apart", scope="mixed")

# ---------------------------------------------------------------- checks and output
assert len(ROWS) == 160, len(ROWS)
STORED = set()
for t in A.values():
    for x in t.get("tasks", []):
        STORED.add(T.yuan(x["amount"]))
    for v in t.get("budget", {}).values():
        STORED.add(T.wan(v))
    if t.get("budget"):
        STORED.add(T.wan(tot(t)))
    for i in t.get("indicators", []):
        STORED.update(v for v in (i.get("period_value"), i.get("annual_value")) if v)
ALLG = "".join(g for t in A.values() for g in t["goals"])
for r in ROWS:
    for x in r["absent"]:
        assert x in STORED or x in ALLG, (r["id"], x)
        assert x not in r["figures"], r["id"]
    if r["expect"] in ("not_found", "ok_or_clarify"):
        assert not r["figures"] and not r["names"], r["id"]
out = HERE.parent / "batch_34.jsonl"
out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in ROWS), encoding="utf-8")
cats = ["item_money", "indicator", "overview", "structure", "prose", "filter", "count", "aggregate", "ranking",
        "compare", "yesno", "yoy", "not_found", "trap", "followup"]
print("| category | total | ok | not_found | clarify | ok_or_clarify |")
for c in cats:
    rs = [r for r in ROWS if r["category"] == c]
    e = Counter(r["expect"] for r in rs)
    print(f"| {c} | {len(rs)} | {e['ok']} | {e['not_found']} | {e['clarify']} | {e['ok_or_clarify']} |")
e = Counter(r["expect"] for r in ROWS)
print(f"| total | {len(ROWS)} | {e['ok']} | {e['not_found']} | {e['clarify']} | {e['ok_or_clarify']} |")
print("scope:", Counter(r["note"].rsplit("[scope: ", 1)[1][:-1] for r in ROWS))
