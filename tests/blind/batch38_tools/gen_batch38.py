"""Write tests/blind/batch_38.jsonl (160 questions) from the tables alone (truth38.py).

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

import truth38 as T  # noqa: E402

A = T.load()
ZY6, ZY5, JC, ZX, RB = T.NEW  # 中院 2026, 中院 2025, 市检察院, 市政协办公室, 东莞日报社
DG = T.dg2026(A)
BY = {t["department"]: t for t in DG}
tot = T.total
assert len(DG) == 100


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
    assert g.count(phrase) == 1, (slug, phrase)
    if figure is None:
        figure = phrase[1:]  # without 约
    assert figure in phrase
    return figure


ROWS = []


def Q(cat, q, figures=(), names=(), expect="ok", yesno=None, absent=(), fu=False, note="", scope="new"):
    n = len(ROWS) + 1
    rid = f"b38-{n:03d}"
    ROWS.append({"id": rid, "q": q, "category": "followup" if fu else cat, "expect": expect,
                 "figures": list(figures), "names": list(names), "yesno": yesno, "absent": list(absent),
                 "followup_of": ROWS[-1]["id"] if fu else None, "note": f"{note} [scope: {scope}]"})


SFJ, XFJ, ZFW, ZCY, DST = "东莞市司法局", "东莞市信访局", "中共东莞市委政法委员会", "东莞市劳动人事争议仲裁院", "东莞市广播电视台"
TSG, QL, GSL, GZC, ZY = "东莞图书馆", "东莞市归国华侨联合会", "东莞市工商业联合会", "东莞市公证处", "东莞职业技术学院"
CZJ, DFZ, JTZF = "东莞市财政局", "东莞市地方志办公室", "东莞市交通运输综合行政执法支队"
SY6, SY5 = "诉源治理和多元解纷经费", "诉调对接和多元化解经费"
JZ, SZ, GJ, SP = "国家司法救助经费", "数字法院建设经费", "执行案件攻坚经费", "审判执行办案经费"
RM = "融媒体客户端和新媒体矩阵运营经费"


def other(dname, name):
    (x,) = [x for x in dept(dname)["tasks"] if x["name"] == name]
    return x["amount"]


def other_iv(dname, name, which="annual"):
    (x,) = [x for x in dept(dname)["indicators"] if x["level3"] == name]
    return x[f"{which}_value"]


# ---------------------------------------------------------------- item_money (15) + follow-ups
n = "审判辅助和司法送达服务外包经费"
Q("item_money", "东莞中院审判辅助和送达外包的钱多少", [amt(ZY6, n)], [n],
  absent=[T.yuan(other(ZCY, "仲裁庭审辅助和案件送达服务外包经费")), amt(ZY5, n)],
  note="中院 = 东莞市中级人民法院; 仲裁院 仲裁庭审辅助和案件送达服务外包经费 4286300 (digits swapped)")
Q("item_money", "那去年呢", [amt(ZY5, n)], [n], absent=[amt(ZY6, n)], fu=True, note="中院 2025")
Q("item_money", "中院诉前调解、多元解纷那块今年安排了多少", [amt(ZY6, SY6)], [SY6],
  absent=[T.yuan(other(SFJ, "人民调解工作经费")), T.yuan(other(ZFW, "矛盾纠纷排查化解经费")),
          T.yuan(other(XFJ, "信访矛盾纠纷多元化解经费"))],
  note="asked by use; 司法局 8650000, 政法委 8650200, 信访局 8650700 (look-alikes)")
Q("item_money", "市中院的国家司法救助经费是多少", [amt(ZY6, JZ)], [JZ], absent=[amt(JC, JZ), amt(ZY5, JZ)],
  note="same name as 检察院 1624800")
Q("item_money", "市检察院的呢", [amt(JC, JZ)], [JZ], absent=[amt(ZY6, JZ)], fu=True, note="检察院 2026")
n = "人民陪审员工作经费"
Q("item_money", "中院人民陪审员那块的经费", [amt(ZY6, n)], [n], absent=[amt(ZY5, n)], note="partial name")
n = "公益诉讼检察经费"
Q("item_money", "检察院搞公益诉讼的经费多少", [amt(JC, n)], [n], note="asked by use")
n = "12309检察服务中心和控告申诉经费"
Q("item_money", "市检察院12309检察服务中心那项多少钱", [amt(JC, n)], [n],
  absent=[T.yuan(other(SFJ, "法治宣传教育经费")), T.yuan(other(XFJ, "律师参与信访和法律服务购买经费"))],
  note="司法局 法治宣传教育经费 2356800, 信访局 2356400 (100 / 300 apart)")
n = "案件质量评查和检务督察经费"
Q("item_money", "东莞检察院案件质量评查的经费", [amt(JC, n)], [n],
  absent=[T.yuan(other(ZFW, "执法监督和案件评查经费")), T.yuan(other(JTZF, "执法案件法制审核和法律顾问服务经费"))],
  note="政法委 执法监督和案件评查经费 968300, 交通执法支队 968400")
n = "政协全体会议和常委会议经费"
Q("item_money", "市政协开全会和常委会的会议经费多少", [amt(ZX, n)], [n], note="市政协 = 政协东莞市委员会办公室")
n = "港澳台侨和海外委员联谊经费"
Q("item_money", "政协办港澳台桥和海外委员联谊经费多少", [amt(ZX, n)], [n],
  absent=[T.yuan(other(QL, "海外华侨华人联谊交流活动经费"))], note="homophone 桥 for 侨; 侨联 965300 (200 apart)")
n = "文史资料征集和出版经费"
Q("item_money", "市政协文史资料那项经费", [amt(ZX, n)], [n], note="partial name")
n = "新闻采编和重大主题报道经费"
Q("item_money", "东莞日报社新闻采编和重大主题报道经费多少", [amt(RB, n)], [n],
  absent=[T.yuan(other(DST, "新闻宣传和重大主题报道经费"))], note="电视台 新闻宣传和重大主题报道经费 38654200 (1800 apart)")
Q("item_money", "日报社的融媒体客户端和新媒体矩阵运营经费", [amt(RB, RM)], [RM], absent=[T.yuan(other(DST, RM))],
  note="same name as 电视台 26438500")
Q("item_money", "电视台的呢", [T.yuan(other(DST, RM))], [RM], absent=[amt(RB, RM)], fu=True, note="电视台 2026",
  scope="mixed")
n = "新闻纸采购和报纸印刷经费"
Q("item_money", "报社新闻纸采够和报纸印刷经费多少", [amt(RB, n)], [n], note="homophone 够 for 购; 报社 = 东莞日报社")
n = "采编人员业务培训经费"
Q("item_money", "东莞日报采编人员培训經費多少", [amt(RB, n)], [n], absent=[T.yuan(other(DST, "采编播人员业务培训经费"))],
  note="traditional 經費; 电视台 采编播人员业务培训经费 1276300 (digits)")
n = "历史报刊数字化和报史资料保护经费"
Q("item_money", "日报社历史报刊数字化那项多少", [amt(RB, n)], [n],
  absent=[T.yuan(other(DST, "媒资库数字化和历史音像资料抢救经费"))], note="电视台 媒资库数字化 4862300 (digits)")

# ---------------------------------------------------------------- indicator (13) + follow-up
n = "审结各类案件"
Q("indicator", "中院今年审结案件的年度指标", [iv(ZY6, n)], [n], absent=[iv(ZY5, n)],
  note="annual ≥3.6万件; 2025 ≥3.4万件; period ≥10.8万件 not absent")
Q("indicator", "实施周期指标值呢", [iv(ZY6, n, "period")], [n], fu=True, note="period ≥10.8万件")
n = "法定审限内结案率"
Q("indicator", "中院法定审限内结案率要求多少", [iv(ZY6, n)], [n], note="≥95%")
n = "司法救助申请审查办结时限"
Q("indicator", "中院司法救助申请几个工作日内审查办结", [iv(ZY6, n)], [n],
  absent=[other_iv(SFJ, "法律援助申请审查办结时限"), iv(ZY5, n)], note="≤10个工作日; 司法局 法律援助 ≤7; 2025 ≤15")
n = "执行到位金额"
Q("indicator", "中院执行到位金额今年的年度目标", [iv(ZY6, n)], [n], absent=[iv(ZY5, n)],
  note="annual ≥45亿元; 2025 ≥40亿元; period ≥120亿元 not absent")
n = "司法救助人均救助金额"
Q("indicator", "市检察院司法救助人均救助金额上限", [iv(JC, n)], [n], absent=[iv(ZY6, n)], note="中院 ≤3万元/人 (same name)")
n = "办理公益诉讼案件"
Q("indicator", "检察院办理公益诉讼案件指标多少件", [iv(JC, n)], [n], note="≥320件")
n = "群众来信7日内程序回复率"
Q("indicator", "检察院群众来信7日内程序回复率要求多少", [iv(JC, n)], [n], note="100%")
n = "立案提案"
Q("indicator", "政协立案提案年度指标", [iv(ZX, n)], [n], note="≥420件")
n = "提案交办时限"
Q("indicator", "市政协提案交办时限是几个工作日", [iv(ZX, n)], [n], note="≤15个工作日")
n = "文史资料出版单册成本"
Q("indicator", "政协文史资料出一册成本上限", [iv(ZX, n)], [n], absent=[other_iv(DFZ, "志书出版印刷单册成本")],
  note="地方志 志书出版印刷单册成本 ≤150元/册")
n = "见报差错率"
Q("indicator", "日报社见报差错率控制在多少", [iv(RB, n)], [n], note="≤0.02%")
n = "制作发布新媒体作品"
Q("indicator", "东莞日报社制作发布新媒体作品多少条", [iv(RB, n)], [n], absent=[other_iv(DST, n)],
  note="电视台 ≥3.6万条 (same name)")
n = "读者满意度"
Q("indicator", "日报社读者满意度定的多少", [iv(RB, n)], [n], absent=[other_iv(TSG, n)], note="东莞图书馆 ≥96% (same name)")

# ---------------------------------------------------------------- overview (5) + follow-ups
Q("overview", "东莞中院今年部门预算合计多少", [tw(ZY6)], note="预算合计 = 基本 + 项目 + 其他事业发展性")
Q("overview", "财政拨款和其他资金各多少", [bw(ZY6, "财政拨款"), bw(ZY6, "其他资金")], fu=True, note="two figures in order")
Q("overview", "在全市排第几", [rank(tot, ZY6)], fu=True, note="职院 60236.94 > 58463.27 > 城市更新局 56842.63",
  scope="mixed")
Q("overview", "检察院财政供养多少人，有几个下属二级单位", [f"#{ppl(A[JC])}", f"#{A[JC]['basic_info']['下属二级单位数']}"],
  note="436, 0")
Q("overview", "日报社今年预算总额", [tw(RB)], note="")
Q("overview", "市政协办公室项目支出多少", [bw(ZX, "项目支出")], note="")
Q("overview", "日报社的其他资金有多少", [bw(RB, "其他资金")], note="")

# ---------------------------------------------------------------- structure (2)
Q("structure", "日报社有哪些时效指标", [], [i["level3"] for i in A[RB]["indicators"] if i["level2"] == "时效指标"],
  note="时效指标, two")
Q("structure", "政协办满意度指标有哪几个", [], [i["level3"] for i in A[ZX]["indicators"] if i["level1"] == "满意度指标"],
  note="一级 满意度指标, two")

# ---------------------------------------------------------------- prose (18) + follow-up
Q("prose", "中院今年大概受理多少案件", [goal(ZY6, "约3.9万件")], note="goal only (受理; 审结 is the indicator)")
Q("prose", "中院依托多少个镇街诉讼服务站搞诉前调解", [goal(ZY6, "约33个")], note="goal only")
Q("prose", "中院委托的特邀调解员大概多少名", [goal(ZY6, "约460名")], note="goal only")
Q("prose", "中院网上立案大概多少件", [goal(ZY6, "约2.6万件")], note="goal only")
Q("prose", "按总体目标，中院执行到位金额大概多少", [goal(ZY6, "约48亿元")], note="indicator ≥45亿元 is the counterpart (总体目标)")
Q("prose", "中院今年搞几次集中执行行动", [goal(ZY6, "约12次")], note="goal only")
Q("prose", "检察院今年审查逮捕大概多少人", [goal(JC, "约4200人")], note="goal only")
Q("prose", "市检察院要建几个法律监督模型", [goal(JC, "约25个")], note="goal only")
Q("prose", "检察院办理群众来信来访大概多少件，法治进校园覆盖多少师生", [goal(JC, "约5200件"), goal(JC, "约12万人次")],
  note="goal only; two figures in order")
Q("prose", "按目标检察院督促挽回国有财产损失大概多少", [goal(JC, "约1.8亿元")], note="indicator ≥1.5亿元 is the counterpart (目标)")
Q("prose", "市政协今年重点提案督办几件", [goal(ZX, "约15件")], note="goal only")
Q("prose", "政协办编辑出版文史资料大概几册", [goal(ZX, "约4册")], note="goal only")
Q("prose", "市政协联系港澳台侨和海外委员大概多少人", [goal(ZX, "约260人")], note="goal only")
Q("prose", "按总体目标，政协今年立案提案大概多少件", [goal(ZX, "约450件")], note="indicator ≥420件 is the counterpart")
Q("prose", "日报社今年推出重大主题报道专栏大概多少个", [goal(RB, "约60个")], note="goal only")
Q("prose", "全网阅读量大概多少", [goal(RB, "约25亿次")], fu=True, note="goal only")
Q("prose", "日报社培训通讯员大概多少人次", [goal(RB, "约800人次")], note="goal only")
Q("prose", "按目标东莞日报全年出版大概多少期", [goal(RB, "约360期")], note="indicator ≥350期 is the counterpart (目标)")
Q("prose", "中院2025年总体目标里委托特邀调解员多少名", [goal(ZY5, "约400名")], note="2025 goal only")

# ---------------------------------------------------------------- filter (8) + follow-up
big = [x for x in A[RB]["tasks"] if x["amount"] > 10000000]
Q("filter", "日报社哪些任务超过一千万", [], [x["name"] for x in big], note="> 10,000,000 (none on the line)")
Q("filter", "这几项加起来多少", [T.yuan(sum(x["amount"] for x in big))], fu=True, note="sum of the four")
Q("filter", "中院一百万到五百万之间的任务有哪些", [],
  [x["name"] for x in A[ZY6]["tasks"] if 1000000 <= x["amount"] <= 5000000], note="inclusive")
Q("filter", "政协办哪些任务不到一百万", [], [x["name"] for x in A[ZX]["tasks"] if x["amount"] < 1000000], note="< 1,000,000")
Q("filter", "中院哪些指标周期值跟年度值不一样", [],
  [i["level3"] for i in A[ZY6]["indicators"] if i["period_value"] != i["annual_value"]], note="period ≠ annual: two")
Q("filter", "检察院哪些指标是定性的", [],
  [i["level3"] for i in A[JC]["indicators"] if not any(c.isdigit() for c in i["annual_value"])], note="qualitative")
Q("filter", "日报社按百分比考核的指标有哪些", [], [i["level3"] for i in A[RB]["indicators"] if "%" in i["annual_value"]],
  note="annual value in %")
Q("filter", "全市财政供养人员在500到700人之间的单位", [], [t["department"] for t in DG if 500 <= ppl(t) <= 700],
  note="文广旅体局 628, 社保 642, 电视台 586, 中院 682, 日报社 518", scope="mixed")
Q("filter", "东莞今年预算在2.5亿到3亿之间的部门有哪些", [],
  [t["department"] for t in DG if 25000 <= tot(t) <= 30000], note="four, 检察院 among them", scope="mixed")

# ---------------------------------------------------------------- count (8) + follow-ups
Q("count", "中院今年表里有几项任务", [f"#{len(A[ZY6]['tasks'])}"], note="ten")
zk = [x for x in A[ZY6]["tasks"] if x["section"] == "年度重点工作任务"]
zks = sum(x["amount"] for x in zk)
zts = sum(x["amount"] for x in A[ZY6]["tasks"])
Q("count", "重点任务几项，合计多少", [f"#{len(zk)}", T.yuan(zks)], fu=True, note="three 年度重点工作任务, two asks")
Q("count", "重点任务占全部任务经费百分之几", [T.pct(zks / zts * 100)], fu=True, note="key / all tasks")
Q("count", "日报社绩效指标一共几个", [f"#{len(A[RB]['indicators'])}"], note="")
Q("count", "政协办数量指标有几个", [f"#{sum(i['level2'] == '数量指标' for i in A[ZX]['indicators'])}"], note="")
Q("count", "检察院成本指标几个", [f"#{sum(i['level1'] == '成本指标' for i in A[JC]['indicators'])}"], note="")
Q("count", "东莞今年一共有多少个部门报了整体绩效目标表", [f"#{len(DG)}"], note="100", scope="mixed")
Q("count", "全市任务名称里带“司法”的有几项", [f"#{sum('司法' in x['name'] for t in DG for x in t['tasks'])}"],
  note="literal substring; 司法局 4, 中院 3, 检察院 2", scope="mixed")
Q("count", "东莞财政供养人员超过五百人的单位几家", [f"#{sum(ppl(t) > 500 for t in DG)}"], note="中院 682, 日报社 518 among them",
  scope="mixed")
Q("count", "东莞今年预算不到一个亿的部门有几个", [f"#{sum(tot(t) < 10000 for t in DG)}"], note="市政协 5847.26 among them",
  scope="mixed")

# ---------------------------------------------------------------- aggregate (9) + follow-up
jsum = sum(x["amount"] for x in A[JC]["tasks"])
Q("aggregate", "检察院十项任务加起来多少", [T.yuan(jsum)], note="ten tasks")
Q("aggregate", "占项目支出的比例", [T.pct(jsum / (bl(JC, "项目支出") * 10000) * 100)], fu=True, note="tasks / 项目支出")
Q("aggregate", "中院和检察院今年预算合起来多少", [T.wan(tot(A[ZY6]) + tot(A[JC]))], note="")
Q("aggregate", "中院、检察院、市政协、日报社四家预算加总", [T.wan(sum(tot(A[s]) for s in (ZY6, JC, ZX, RB)))], note="")
Q("aggregate", "东莞今年各部门预算加起来一共多少", [T.wan(sum(tot(t) for t in DG))], note="100 departments", scope="mixed")
Q("aggregate", "日报社其他资金占预算合计的比例", [T.pct(bl(RB, "其他资金") / tot(A[RB]) * 100)], note="")
zsum = sum(x["amount"] for x in A[ZX]["tasks"])
Q("aggregate", "政协办十个任务平均一项多少钱", [T.yuan2(Decimal(zsum) / 10)], note="average")
Q("aggregate", "全市名字里有“司法救助”的任务一共多少钱",
  [T.yuan(sum(x["amount"] for t in DG for x in t["tasks"] if "司法救助" in x["name"]))],
  note="literal substring: 中院 and 检察院", scope="mixed")
Q("aggregate", "日报社对下转移支付占财政专项资金的比重", [T.pct(bl(RB, "拟用于对下转移支付资金") / bl(RB, "财政专项资金") * 100)],
  note="344 / 2460")
Q("aggregate", "中院和司法局财政供养人员一共多少", [f"#{ppl(A[ZY6]) + ppl(dept(SFJ))}"], note="682 + 326", scope="mixed")

# ---------------------------------------------------------------- ranking (11) + follow-ups
top = max(A[RB]["tasks"], key=lambda x: x["amount"])
lo = min(A[RB]["tasks"], key=lambda x: x["amount"])
Q("ranking", "日报社哪个任务钱最多", [T.yuan(top["amount"])], [top["name"]], note="")
Q("ranking", "最少的是哪个", [T.yuan(lo["amount"])], [lo["name"]], fu=True, note="")
Q("ranking", "东莞各部门按预算排，市检察院第几", [rank(tot, JC)], note="财政局 29001.97 > 27463.58 > 照明处 25836.47",
  scope="mixed")
Q("ranking", "市政协预算全市排第几", [rank(tot, ZX)], note="工商联 6218.57 > 5847.26 > 红十字会 5200.30", scope="mixed")
Q("ranking", "日报社预算在东莞排多少名", [rank(tot, RB)], note="退役军人事务局 41281.60 > 37946.83 > 技师学院 35862.47",
  scope="mixed")
Q("ranking", "中院财政供养人员全市第几", [rank(ppl, ZY6)], note="职院 716 > 682 > 社保 642", scope="mixed")
Q("ranking", "日报社的其他资金全市排老几", [rank(lambda t: t["budget"]["其他资金"], RB)],
  note="电视台 29661.24 > 22564.37 > 职院 13718.68", scope="mixed")
Q("ranking", "市政协办基本支出全市排第几", [rank(lambda t: t["budget"]["基本支出"], ZX)],
  note="公证处 2386.54 > 2386.45 > 科技局 2356.78 (0.09 apart)", scope="mixed")
Q("ranking", "那公证处呢", [rank(lambda t: t["budget"]["基本支出"], dept(GZC)["slug"])], fu=True,
  note="one place ahead of 市政协", scope="mixed")
Q("ranking", "检察院财政供养人员在全市排第几", [rank(ppl, JC)], note="技师学院 468 > 436 > 自然资源局 412", scope="mixed")
Q("ranking", "中院基本支出全市排第几", [rank(lambda t: t["budget"]["基本支出"], ZY6)],
  note="电视台 24658.36 > 24386.52 > 市场监管局 23458.63", scope="mixed")
second = sorted(A[JC]["tasks"], key=lambda x: -x["amount"])[1]
Q("ranking", "检察院花钱第二多的任务", [T.yuan(second["amount"])], [second["name"]], note="second")
four = sorted((ZY6, JC, ZX, RB), key=lambda s: -tot(A[s]))
Q("ranking", "中院、检察院、市政协、日报社按预算从高到低排", [tw(s) for s in four], [A[s]["department"] for s in four],
  note="descending order as asked")


# ---------------------------------------------------------------- compare (11)
def cmp(q, x, y, unit="wan", note="", scope="mixed", names=()):
    dlt = abs(x - y)
    f = {"wan": T.wan, "yuan": T.yuan, "people": lambda v: f"#{v}"}[unit]
    Q("compare", q, [f(dlt), f(x), f(y)], list(names), note=note, scope=scope)


cmp("中院比职院预算少多少", tot(A[ZY6]), tot(dept(ZY)), note="difference, then 中院, 职院")
cmp("检察院和财政局预算差多少", tot(A[JC]), tot(dept(CZJ)), note="财政局 larger")
cmp("日报社跟电视台预算相差多少", tot(A[RB]), tot(dept(DST)), note="电视台 larger")
cmp("市政协和工商联预算差多少", tot(A[ZX]), tot(dept(GSL)), note="工商联 larger")
cmp("中院诉源治理和多元解纷经费和司法局人民调解工作经费差多少", a(ZY6, SY6), other(SFJ, "人民调解工作经费"), "yuan",
    names=[SY6, "人民调解工作经费"], note="100元")
cmp("检察院案件质量评查和检务督察经费比政法委执法监督和案件评查经费多多少", a(JC, "案件质量评查和检务督察经费"),
    other(ZFW, "执法监督和案件评查经费"), "yuan", names=["案件质量评查和检务督察经费", "执法监督和案件评查经费"], note="300元")
cmp("日报社新闻采编和重大主题报道经费比电视台新闻宣传和重大主题报道经费少多少", a(RB, "新闻采编和重大主题报道经费"),
    other(DST, "新闻宣传和重大主题报道经费"), "yuan", names=["新闻采编和重大主题报道经费", "新闻宣传和重大主题报道经费"],
    note="1800元")
cmp("日报社和电视台的融媒体客户端和新媒体矩阵运营经费差多少", a(RB, RM), other(DST, RM), "yuan", names=[RM],
    note="8192200元; 电视台 larger")
cmp("中院和检察院的国家司法救助经费差多少", a(ZY6, JZ), a(JC, JZ), "yuan", names=[JZ], note="2221700元", scope="new")
cmp("政协港澳台侨和海外委员联谊经费跟侨联海外华侨华人联谊交流活动经费差几块钱", a(ZX, "港澳台侨和海外委员联谊经费"),
    other(QL, "海外华侨华人联谊交流活动经费"), "yuan", names=["港澳台侨和海外委员联谊经费", "海外华侨华人联谊交流活动经费"],
    note="200元; 侨联 larger")
cmp("日报社和电视台财政供养人员差多少人", ppl(A[RB]), ppl(dept(DST)), "people", note="68")

# ---------------------------------------------------------------- yesno (15)
Q("yesno", "中院今年预算超过５个亿没有", [tw(ZY6)], yesno="是", note="full-width ５; 58463.27万元")
Q("yesno", "日报社是不是一半以上靠其他资金", [bw(RB, "其他资金")], yesno="是", note="22564.37 / 37946.83 = 59.46%")
Q("yesno", "数字法院平台国庆前能上线吗", [iv(ZY6, "数字法院平台上线时间")], yesno="是", note="2026年9月30日前")
Q("yesno", "日报社重大突发事件网络首发要求半小时以内吗", [iv(RB, "重大突发事件网络首发时限")], yesno="是",
  note="≤20分钟 is within 30")
Q("yesno", "市政协财政供养人员超过70人没有", [f"#{ppl(A[ZX])}"], yesno="否", note="67")
Q("yesno", "市政协有没有对下转移支付", [bw(ZX, "拟用于对下转移支付资金")], yesno="是", note="94.00万元")
Q("yesno", "智慧政协平台上半年能上线吗", [iv(ZX, "智慧政协平台上线时间")], yesno="是", note="2026年6月30日前")
Q("yesno", "中院有对下转移支付吗", [bw(ZY6, "拟用于对下转移支付资金")], yesno="否", note="0.00万元")
Q("yesno", "检察院预算排得进全市前五十吗", [tw(JC)], yesno="是", note="47th", scope="mixed")
Q("yesno", "大数据法律监督平台九月份之前能上线吗", [iv(JC, "大数据法律监督平台上线时间")], yesno="是",
  note="2026年8月31日前: before September")
Q("yesno", "检察建议采纳率要求到九成五了吗", [iv(JC, "检察建议采纳率")], yesno="是", note="≥95%")
rb_top = max(A[RB]["tasks"], key=lambda x: x["amount"])
Q("yesno", "日报社有没有哪项任务超过四千万", [T.yuan(rb_top["amount"])], yesno="否", note="largest 38652400")
Q("yesno", "全媒体采编指挥中心能在五一前建成吗", [iv(RB, "全媒体采编指挥中心建成时间")], yesno="否",
  note="2026年5月31日前: not by 1 May")
Q("yesno", "中院一审服判息诉率要求九成以上吗", [iv(ZY6, "一审服判息诉率")], yesno="是", note="≥90%")
Q("yesno", "日报社预算过四个亿了吗", [tw(RB)], yesno="否", note="37946.83万元")

# ---------------------------------------------------------------- yoy (15) + follow-up
Q("yoy", "中院去年预算多少", [tw(ZY5)], note="2025")
Q("yoy", "中院今年预算比去年多多少", [T.wan(tot(A[ZY6]) - tot(A[ZY5])), tw(ZY6), tw(ZY5)], note="difference, 2026, 2025")
Q("yoy", "增幅是多少", [T.pct((tot(A[ZY6]) - tot(A[ZY5])) / tot(A[ZY5]) * 100)], fu=True, note="over 2025")
Q("yoy", "中院去年和今年财政供养人员各多少", [f"#{ppl(A[ZY5])}", f"#{ppl(A[ZY6])}"], note="664, 682")
Q("yoy", "中院审判执行办案经费今年比去年涨了多少", [T.yuan(a(ZY6, SP) - a(ZY5, SP)), amt(ZY6, SP), amt(ZY5, SP)], [SP],
  note="difference, 2026, 2025")
Q("yoy", "中院今年新增了哪项任务", [amt(ZY6, SZ)], [SZ], note="2026 only")
Q("yoy", "去年中院的诉调对接和多元化解经费多少", [amt(ZY5, SY5)], [SY5], absent=[amt(ZY6, SY6)], note="2025 name")
Q("yoy", "中院诉调对接那项今年换了名字吧？新名字叫啥、给了多少", [amt(ZY6, SY6)], [SY6], note="renamed in 2026")
Q("yoy", "诉源治理这项比去年的诉调对接多了多少", [T.yuan(a(ZY6, SY6) - a(ZY5, SY5)), amt(ZY6, SY6), amt(ZY5, SY5)],
  note="across the rename")
Q("yoy", "去年中院一共几项任务、总共多少钱", [f"#{len(A[ZY5]['tasks'])}", T.yuan(sum(x['amount'] for x in A[ZY5]['tasks']))],
  note="two asks")
n = "司法公信力"
Q("yoy", "去年中院司法公信力那个指标怎么写的", [iv(ZY5, n)], [n], absent=[iv(ZY6, n)], note="qualitative 2025")
ch = [i["level3"] for i in A[ZY5]["indicators"] if T.indicator(A[ZY6], i["level3"])["annual_value"] != i["annual_value"]]
Q("yoy", "中院今年哪些绩效指标年度值和去年不一样", [], ch, note="ten changed, one qualitative")
n = "诉前调解成功案件"
Q("yoy", "中院去年诉前调解成功案件定的多少", [iv(ZY5, n)], [n], absent=[iv(ZY6, n)], note="2025 ≥2万件")
Q("yoy", "中院2025年总体目标里执行到位金额大概多少", [goal(ZY5, "约42亿元")], note="2025 goal; indicator ≥40亿元")
Q("yoy", "中院执行案件攻坚经费今年比去年多了多少", [T.yuan(a(ZY6, GJ) - a(ZY5, GJ)), amt(ZY6, GJ), amt(ZY5, GJ)], [GJ],
  note="increase; 重点 in 2025, 其他 in 2026")
Q("yoy", "去年中院国家司法救助经费多少", [amt(ZY5, JZ)], [JZ], absent=[amt(ZY6, JZ), amt(JC, JZ)], note="2025")

# ---------------------------------------------------------------- not_found (7) + follow-up
Q("not_found", "中院2024年的预算", expect="not_found", absent=[tw(ZY5), tw(ZY6)], note="2024 not loaded")
Q("not_found", "那2025年的呢", [tw(ZY5)], fu=True, note="2025")
Q("not_found", "检察院去年的公益诉讼检察经费", expect="not_found", absent=[amt(JC, "公益诉讼检察经费")],
  note="检察院 2025 not loaded")
Q("not_found", "日报社2025年预算多少", expect="not_found", absent=[tw(RB)], note="日报社 2025 not loaded")
Q("not_found", "广州日报社今年预算多少", expect="not_found", absent=[tw(RB)], note="other city, not loaded",
  scope="not_loaded")
Q("not_found", "市人大常委会办公室今年预算多少", expect="not_found", absent=[tw(ZX)],
  note="东莞市人大常委会办公室 not loaded; not 市政协", scope="not_loaded")
Q("not_found", "中院少年法庭建设经费多少", expect="not_found", note="no such item in any table")
Q("not_found", "市政协2027年预算", expect="not_found", absent=[tw(ZX)], note="2027 not loaded")

# ---------------------------------------------------------------- trap (8)
Q("trap", "东莞市第一人民法院今年预算多少", expect="not_found", absent=[tw(ZY6)],
  note="unit not loaded; not 中院", scope="not_loaded")
Q("trap", "中院的法律援助经费多少", expect="not_found", absent=[T.yuan(other(SFJ, "法律援助经费"))], note="司法局's item")
Q("trap", "检察院的信访事项受理办理和督查督办经费", expect="not_found",
  absent=[T.yuan(other(XFJ, "信访事项受理办理和督查督办经费"))], note="信访局's item")
Q("trap", "日报社的超高清电视制播系统升级改造经费", expect="not_found",
  absent=[T.yuan(other(DST, "超高清电视制播系统升级改造经费"))], note="电视台's item")
Q("trap", "国家司法救助经费是多少", expect="ok_or_clarify", note="中院 and 检察院 share the name")
Q("trap", "读者满意度指标定的多少", expect="ok_or_clarify", note="日报社 and 东莞图书馆 share the indicator", scope="mixed")
Q("trap", "电视台的新闻宣传和重大主题报道经费，别跟日报社那个搞混", [T.yuan(other(DST, "新闻宣传和重大主题报道经费"))],
  ["新闻宣传和重大主题报道经费"], absent=[amt(RB, "新闻采编和重大主题报道经费")], note="电视台 2026", scope="mixed")
Q("trap", "侨联海外华侨华人联谊交流活动经费多少，不是政协那个", [T.yuan(other(QL, "海外华侨华人联谊交流活动经费"))],
  ["海外华侨华人联谊交流活动经费"], absent=[amt(ZX, "港澳台侨和海外委员联谊经费")], note="侨联 2026 965300; 政协 965100",
  scope="mixed")

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
out = HERE.parent / "batch_38.jsonl"
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
