"""Write tests/blind/batch_32.jsonl (160 questions) from the tables alone (truth32.py).

Figures are computed here (Decimal, ROUND_HALF_UP); prose figures are checked to stand in their goals; every `absent`
must be a value some table holds; the category counts are printed. Re-running gives a byte-identical file.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import truth32 as T  # noqa: E402

A = T.load()
S, S5, W, J, F = T.NEW
DG = T.dg2026(A)
BY = {t["department"]: t for t in DG}
tot = T.total


def amt(slug, name):
    return T.yuan(T.task(A[slug], name)["amount"])


def a(slug, name):
    return T.task(A[slug], name)["amount"]


def iv(slug, name, which="annual"):
    return T.indicator(A[slug], name)[f"{which}_value"]


def bw(slug, line):
    return T.wan(A[slug]["budget"][line])


def tw(slug):
    return T.wan(tot(A[slug]))


def dept(name):
    return BY[name]


def rank(key, slug):
    order = sorted(DG, key=key, reverse=True)
    vals = [key(t) for t in order]
    i = [t["slug"] for t in order].index(slug)
    assert vals.count(vals[i]) == 1, slug
    return f"#{i + 1}"


def ppl(t):
    return t["basic_info"]["财政供养人员数"]


def goal(slug, phrase):
    g = "".join(A[slug]["goals"])
    assert phrase in g, (slug, phrase)
    return phrase[1:]  # without 约 / 超


ROWS = []


def Q(cat, q, figures=(), names=(), expect="ok", yesno=None, absent=(), fu=False, note="", scope="new"):
    n = len(ROWS) + 1
    rid = f"b32-{n:03d}"
    ROWS.append({"id": rid, "q": q, "category": "followup" if fu else cat, "expect": expect,
                 "figures": list(figures), "names": list(names), "yesno": yesno, "absent": list(absent),
                 "followup_of": ROWS[-1]["id"] if fu else None, "note": f"{note} [scope: {scope}]"})


SB, WJ, JZ, FL = "社会保险基金管理中心", "卫生监督所", "救助管理站", "社会福利中心"

# ---------------------------------------------------------------- item_money (15) + follow-ups
n = "社会保险信息系统建设和运维经费"
Q("item_money", "社保中心信息系统建设和运维一年花多少钱？", [amt(S, n)], [n], absent=["18570000元"],
  note="社保中心 2026; 医保局 医疗保障信息化建设经费 18570000 is the look-alike")
Q("item_money", "那去年呢？", [amt(S5, n)], [n], fu=True, note="社保中心 2025")
n = "社会保险待遇资格认证和基金稽核经费"
Q("item_money", "市社保資格認證和基金稽核經費多少", [amt(S, n)], [n], absent=["8760000元"],
  note="traditional characters; 人社局 劳动人事争议仲裁经费 8760000 close")
n = "社会保险经办大厅运行和窗口服务外包经费"
Q("item_money", "社保中心经办大厅窗口外包请人的钱是多少", [amt(S, n)], [n], absent=["15280500元"],
  note="不动产登记中心 登记窗口服务外包和人员劳务经费 15280500 close")
n = "社保政策宣传和12333热线运行经费"
Q("item_money", "社保中心做政策宣传和12333热线的经费多少，别跟医保局的宣传费搞混", [amt(S, n)], [n],
  absent=["1358600元"], note="医保局 医保政策宣传经费 1358600")
n = "医疗卫生执法监督和打击非法行医经费"
Q("item_money", "卫监所打击非法行医那块经费有多少", [amt(W, n)], [n], absent=["7815000元"],
  note="市监局 市场监管执法办案经费 7815000 close")
n = "职业卫生和放射卫生监督检测经费"
Q("item_money", "卫生监督所查职业卫生、放射卫生的钱", [amt(W, n)], [n], absent=["7536200元"],
  note="疾控 慢性病和职业病防治经费 7536200 close")
n = "公共场所和生活饮用水卫生监督抽检经费"
Q("item_money", "卫监所抽检公共场所和饮用水的经费", [amt(W, n)], [n], absent=["5862700元"],
  note="疾控 病媒生物监测和登革热防控经费 5862700 close")
n = "卫生监督执法人员培训经费"
Q("item_money", "卫生监督所给执法人员搞培训的钱是多少", [amt(W, n)], [n], absent=["1268500元"],
  note="市监局 执法人员业务培训经费 1268500 close")
n = "流浪乞讨人员生活救助经费"
Q("item_money", "救助站给流浪人员管吃管住的救助经费多少", [amt(J, n)], [n], note="救助站")
n = "受助人员寻亲送返经费"
Q("item_money", "救助站帮人寻亲、送人回家的经费", [amt(J, n)], [n], note="救助站")
n = "受助人员医疗救治和护理经费"
Q("item_money", "救助管里站给受助人员看病和护理精神障碍病人的钱", [amt(J, n)], [n], note="typo 管里 for 管理")
n = "养老护理院改扩建工程经费"
Q("item_money", "福利中心护理院改扩建工程多少钱", [amt(F, n)], [n], note="社会福利中心")
n = "智慧养老和福利信息化建设经费"
Q("item_money", "社会福利中心智慧养老信息化的经费", [amt(F, n)], [n], absent=["4650000元"],
  note="民政局 民政信息化建设经费 4650000 close")
Q("item_money", "民政局的那个信息化呢？", ["4650000元"], ["民政信息化建设经费"], absent=[amt(F, n)], fu=True,
  note="民政局 2026", scope="mixed")
n = "慈善和志愿服务宣传经费"
Q("item_money", "福利中心搞慈善宣传花多少？", [amt(F, n)], [n], absent=["860000元"],
  note="民政局 慈善宣传活动经费 860000 close")
n = "镇街卫生监督协管补助"
Q("item_money", "卫监所给镇街协管的补助是多少", [amt(W, n)], [n], note="= its 对下 line 187.00万元")

# ---------------------------------------------------------------- indicator (13) + follow-ups
Q("indicator", "社保中心今年待遇资格认证的年度指标是多少", [iv(S, "开展待遇领取资格认证")], ["开展待遇领取资格认证"],
  note="annual; period ≥360万人次 not absent")
Q("indicator", "实施周期的呢", [iv(S, "开展待遇领取资格认证", "period")], ["开展待遇领取资格认证"], fu=True, note="period")
Q("indicator", "社保卡做一张卡成本控制在多少", [iv(S, "社会保障卡制发单卡成本")], ["社会保障卡制发单卡成本"], note="cost")
Q("indicator", "社保中心养老待遇核定要在几个工作日内办完", [iv(S, "企业职工养老保险待遇核定办理时限")],
  ["企业职工养老保险待遇核定办理时限"], note="2025 was ≤7个工作日")
Q("indicator", "社保中心的参保群众满意度要达到多少", [iv(S, "参保群众满意度")], ["参保群众满意度"],
  note="医保局 has 参保群众满意度 ≥92% / ≥90% (not made absent: ≥92% is also 社保中心 2025's value)")
Q("indicator", "卫监所公共场所监督检查今年要查多少户次", [iv(W, "监督检查公共场所")], ["监督检查公共场所"],
  note="annual ≥24000户次")
Q("indicator", "整个实施周期呢？", [iv(W, "监督检查公共场所", "period")], ["监督检查公共场所"], fu=True, note="period")
Q("indicator", "卫生监督所投诉举报多长时间内要处置完", [iv(W, "投诉举报处置时限")], ["投诉举报处置时限"], note="")
Q("indicator", "智慧卫监平台什么时候上线", [iv(W, "智慧卫监平台上线时间")], ["智慧卫监平台上线时间"], note="date")
Q("indicator", "救助站人进站以后寻亲信息多久要发出去", [iv(J, "入站寻亲信息发布时限")], ["入站寻亲信息发布时限"], note="")
Q("indicator", "救助站每人每天的生活救助成本上限", [iv(J, "受助人员日均生活救助成本")], ["受助人员日均生活救助成本"],
  note="cost 元/人/天")
Q("indicator", "福利中心新增养老床位今年指标多少，整个实施周期又是多少",
  [iv(F, "新增养老床位"), iv(F, "新增养老床位", "period")], ["新增养老床位"], absent=["≥1200张", "≥3600张"],
  note="two asks in order; 民政局 新增养老床位 ≥3600张 / ≥1200张 are the look-alike")
Q("indicator", "福利中心护理型床位占比要求多少", [iv(F, "护理型床位占比")], ["护理型床位占比"],
  absent=["≥60%", "≥65%"], note="民政局 养老机构护理型床位占比 ≥65% / ≥60%")
Q("indicator", "福利中心养老护理院改扩建什么时候完工", [iv(F, "养老护理院改扩建完工时间")], ["养老护理院改扩建完工时间"],
  note="date")
Q("indicator", "孤残儿童康复训练今年的指标", [iv(F, "孤残儿童康复训练")], ["孤残儿童康复训练"],
  note="annual; period ≥7.2万人次 not absent")

# ---------------------------------------------------------------- overview (5) + follow-ups
Q("overview", "社保中心今年部门预算总共多少", [tw(S)], note="预算合计 = 基本 + 项目 + 其他事业发展性")
Q("overview", "其中财政拨款和其他资金各多少", [bw(S, "财政拨款"), bw(S, "其他资金")], fu=True, note="two figures in order")
Q("overview", "那这个总预算在全市各部门排第几", [rank(tot, S)], fu=True, note="76 东莞 2026 departments", scope="mixed")
Q("overview", "卫监所预算合计多少？基本支出和项目支出各是多少", [tw(W), bw(W, "基本支出"), bw(W, "项目支出")],
  note="three figures in order")
Q("overview", "救助站有多少财政供养人员", [f"#{ppl(A[J])}"], note="")
Q("overview", "福利中心财政专项资金多少，对下转移支付多少", [bw(F, "财政专项资金"), bw(F, "拟用于对下转移支付资金")],
  note="two figures")
Q("overview", "社会福利中新的其他事业发展性支出", [bw(F, "其他事业发展性支出")], note="typo 中新 for 中心")

# ---------------------------------------------------------------- structure (2)
Q("structure", "卫生监督所的满意度指标有哪些", [], ["被监督单位满意度", "投诉群众满意度"], note="服务对象满意度")
Q("structure", "救助站的时效指标有哪几个", [], ["入站寻亲信息发布时限", "站舍维修改造完工时间"], note="时效指标")

# ---------------------------------------------------------------- prose (18)
Q("prose", "全市企业职工养老保险参保人数大概多少？社保中心表里有写", [goal(S, "约780万人")], note="goal only")
Q("prose", "社保中心今年要给多少离退休人员发养老金", [goal(S, "约62万名")], note="goal only")
Q("prose", "社保中心目标里今年大概发多少张社保卡", [goal(S, "约48万张")], absent=[],
  note="goal 约48万张; indicator 新发放社会保障卡 ≥45万张 is the counterpart (目标里)")
Q("prose", "社保中心追回违规领取的社保待遇大概多少钱", [goal(S, "约2300万元")], note="goal only")
Q("prose", "社保业务网上办的比例要到多少", [goal(S, "超90%")], note="goal 超90%")
Q("prose", "镇街社保经办服务网点要建多少个", [goal(S, "约35个")], note="goal only")
Q("prose", "总体目标里社保中心稽核检查大概多少户次", [goal(S, "约1600户次")],
  note="indicator ≥1500户次 is the counterpart")
Q("prose", "卫监所今年大概要查处多少宗违法案件", [goal(W, "约450宗")], note="goal only")
Q("prose", "全市大概有多少家放射诊疗机构要卫生监督全覆盖", [goal(W, "约1100家")], note="goal only")
Q("prose", "卫监所目标里监督检查医疗机构大概多少户次", [goal(W, "约7000户次")],
  note="indicator 医疗机构监督检查 ≥6500户次 is the counterpart")
Q("prose", "卫生监督要覆盖多少所学校和托育机构", [goal(W, "约1500所")], note="goal only")
Q("prose", "救助站总体目标里全年大概救助多少人次", [goal(J, "约4000人次")],
  note="indicator ≥3600人次 is the counterpart")
Q("prose", "救助站救助流浪未成年人大概多少人次", [goal(J, "约120人次")], note="goal only")
Q("prose", "救助站站舍维修改造多大面积", [goal(J, "约3200平方米")], note="goal only")
Q("prose", "福利中心目标里大概集中供养多少人", [goal(F, "约1200人")], note="indicator ≥1150人 is the counterpart")
Q("prose", "福利中心孤残儿童家庭寄养搞多少户", [goal(F, "约80户")], note="goal only")
Q("prose", "福利中心医养结合门诊服务大概多少人次", [goal(F, "约3.5万人次")], note="goal only")
Q("prose", "智慧养老平台要给多少居家老人提供呼叫看护", [goal(F, "约1.8万名")], note="goal only")

# ---------------------------------------------------------------- filter (8) + follow-up
names_ = [x["name"] for x in A[S]["tasks"] if x["amount"] > 10000000]
Q("filter", "社保中心哪些任务经费超过一千万", [], names_, note="> 10,000,000")
mid = [x for x in A[W]["tasks"] if 1000000 <= x["amount"] <= 2000000]
Q("filter", "卫监所一百万到两百万之间的任务有哪些", [], [x["name"] for x in mid], note="inclusive")
Q("filter", "这几项加起来多少", [T.yuan(sum(x["amount"] for x in mid))], fu=True, note="sum of the six")
Q("filter", "救助站不到五十万的任务", [], [x["name"] for x in A[J]["tasks"] if x["amount"] < 500000], note="< 500,000")
Q("filter", "福利中心超过三千万的项目", [], [x["name"] for x in A[F]["tasks"] if x["amount"] > 30000000], note="> 30,000,000")
Q("filter", "社保中心哪些指标实施周期值和年度值不一样", [],
  [i["level3"] for i in A[S]["indicators"] if i["period_value"] != i["annual_value"]], note="period ≠ annual")
Q("filter", "卫监所有哪些指标是文字描述、没有数字的", [],
  [i["level3"] for i in A[W]["indicators"] if not any(c.isdigit() for c in i["annual_value"])], note="qualitative")
Q("filter", "财政供养人员在160到180人之间的部门有哪些", [],
  [t["department"] for t in DG if 160 <= ppl(t) <= 180], note="医保局 168, 机关事务局 162, 卫监所 172, 血站 173", scope="mixed")
Q("filter", "救助站数量指标里要求超过1000人次的是哪几个", [], ["救助流浪乞讨人员", "护送受助人员返乡"],
  note="≥3600人次, ≥1200人次")

# ---------------------------------------------------------------- count (8) + follow-ups
Q("count", "卫监所一共有几项任务", [f"#{len(A[W]['tasks'])}"], note="")
ks = sum(x["amount"] for x in A[W]["tasks"] if x["section"] == "年度重点工作任务")
ts = sum(x["amount"] for x in A[W]["tasks"])
Q("count", "重点任务加起来多少钱", [T.yuan(ks)], fu=True, note="three 年度重点工作任务")
Q("count", "占全部任务经费的百分之几", [T.pct(ks / ts * 100)], fu=True, note="key / all tasks")
Q("count", "社保中心有多少个绩效指标", [f"#{len(A[S]['indicators'])}"], note="")
Q("count", "福利中心数量指标有几个", [f"#{sum(i['level2'] == '数量指标' for i in A[F]['indicators'])}"], note="")
Q("count", "救助站有几个数量指标", [f"#{sum(i['level2'] == '数量指标' for i in A[J]['indicators'])}"], note="")
Q("count", "今年东莞一共有多少个部门报了整体绩效目标表", [f"#{len(DG)}"], note="76", scope="mixed")
Q("count", "全市任务名称里带“监督”的有几项", [f"#{sum('监督' in x['name'] for t in DG for x in t['tasks'])}"],
  note="literal substring", scope="mixed")
Q("count", "全市财政供养人员超过600人的部门有几个", [f"#{sum(ppl(t) > 600 for t in DG)}"], note="", scope="mixed")
Q("count", "全市预算合计超过1个亿的部门有几个", [f"#{sum(tot(t) > 10000 for t in DG)}"], note="", scope="mixed")

# ---------------------------------------------------------------- aggregate (9) + follow-up
ss = sum(x["amount"] for x in A[S]["tasks"])
Q("aggregate", "社保中心所有任务加起来多少钱", [T.yuan(ss)], note="ten tasks")
Q("aggregate", "占它项目支出的比例是多少", [T.pct(ss / (A[S]["budget"]["项目支出"] * 10000) * 100)], fu=True,
  note="tasks / 项目支出")
Q("aggregate", "救助站和卫监所预算合计加起来多少", [T.wan(tot(A[J]) + tot(A[W]))], note="")
Q("aggregate", "社保中心、卫监所、救助站、福利中心这四家预算一共多少", [T.wan(sum(tot(A[s]) for s in (S, W, J, F)))],
  note="")
Q("aggregate", "全市今年各部门预算合计一共多少", [T.wan(sum(tot(t) for t in DG))], note="76 departments", scope="mixed")
Q("aggregate", "福利中心其他资金占预算合计的比例", [T.pct(A[F]["budget"]["其他资金"] / tot(A[F]) * 100)], note="")
Q("aggregate", "救助站十项任务平均每项多少钱", [T.yuan2(Decimal(sum(x["amount"] for x in A[J]["tasks"])) / 10)],
  note="average")
Q("aggregate", "全市名字里有“物业”的任务经费总共多少", [T.yuan(sum(x["amount"] for t in DG for x in t["tasks"] if "物业" in x["name"]))],
  note="literal substring, 10 items", scope="mixed")
Q("aggregate", "社保中心对下转移支付占财政专项资金的比例",
  [T.pct(A[S]["budget"]["拟用于对下转移支付资金"] / A[S]["budget"]["财政专项资金"] * 100)], note="426 / 5200")
Q("aggregate", "卫监所和救助站的财政供养人员加起来多少人", [f"#{ppl(A[W]) + ppl(A[J])}"], note="172 + 48")

# ---------------------------------------------------------------- ranking (11) + follow-ups
top = max(A[S]["tasks"], key=lambda x: x["amount"])
low = min(A[S]["tasks"], key=lambda x: x["amount"])
Q("ranking", "社保中心任务里哪个最贵", [T.yuan(top["amount"])], [top["name"]], note="")
Q("ranking", "最少的呢？", [T.yuan(low["amount"])], [low["name"]], fu=True, note="")
Q("ranking", "福利中心预算在全市排第几", [rank(tot, F)], note="", scope="mixed")
Q("ranking", "人数呢？", [rank(ppl, F)], fu=True, note="people rank", scope="mixed")
Q("ranking", "卫监所预算全市排第几", [rank(tot, W)], note="", scope="mixed")
Q("ranking", "那人数排第几", [rank(ppl, W)], fu=True, note="", scope="mixed")
Q("ranking", "救助站的预算在全市排老几", [rank(tot, J)], note="", scope="mixed")
Q("ranking", "社保中心基本支出在全市排第几", [rank(lambda t: t["budget"]["基本支出"], S)], note="", scope="mixed")
Q("ranking", "社保中心人数全市排第几", [rank(ppl, S)], note="", scope="mixed")
mon = sorted([x for t in DG for x in t["tasks"] if "监督" in x["name"]], key=lambda x: -x["amount"])
Q("ranking", "全市名字带“监督”的任务哪个钱最多", [T.yuan(mon[0]["amount"])], [mon[0]["name"]],
  note="轨道交通局's; 卫监所's is second", scope="mixed")
wy = sorted([(x["amount"], x["name"]) for t in DG for x in t["tasks"] if "物业" in x["name"]], reverse=True)[:3]
Q("ranking", "全市带“物业”的任务经费前三是哪几个", [T.yuan(wy[0][0])], [n for _, n in wy], note="in order",
  scope="mixed")
least = sorted(DG, key=tot)[:5]
Q("ranking", "预算最少的五个部门是哪些", [T.wan(tot(least[0]))], [t["department"] for t in least],
  absent=[tw(J)], note="救助站 is sixth from the bottom", scope="mixed")
four = sorted((S, W, J, F), key=lambda s: -tot(A[s]))
Q("ranking", "社保中心、卫监所、救助站、福利中心按预算从高到低排一下", [tw(s) for s in four],
  [A[s]["department"] for s in four], note="order")
Q("ranking", "福利中心项目支出全市排第几", [rank(lambda t: t["budget"]["项目支出"], F)], note="", scope="mixed")

# ---------------------------------------------------------------- compare (11)
def cmp(q, x, y, unit_wan=True, note="", scope="mixed", names=()):
    dlt = abs(x - y)
    f = T.wan if unit_wan else T.yuan
    Q("compare", q, [f(dlt), f(x), f(y)], list(names), note=note, scope=scope)


cmp("社保中心比机关事务局预算少多少", tot(A[S]), tot(dept("东莞市机关事务管理局")), note="difference, then 社保, 机关")
cmp("卫监所预算比统计局多多少", tot(A[W]), tot(dept("东莞市统计局")), note="")
cmp("救助站和民宗局预算差多少", tot(A[J]), tot(dept("东莞市民族宗教事务局")), note="")
cmp("福利中心和公积金中心预算差多少", tot(A[F]), tot(dept("东莞市住房公积金管理中心")), note="")
cmp("社保中心的信息系统经费比医保局的信息化经费多多少", a(S, "社会保险信息系统建设和运维经费"), Decimal(18570000), False,
    names=["社会保险信息系统建设和运维经费", "医疗保障信息化建设经费"])
cmp("卫监所执法人员培训比市监局执法人员培训多多少", a(W, "卫生监督执法人员培训经费"), Decimal(1268500), False,
    names=["卫生监督执法人员培训经费", "执法人员业务培训经费"])
cmp("福利中心信息化跟民政局的信息化差多少钱", a(F, "智慧养老和福利信息化建设经费"), Decimal(4650000), False,
    names=["智慧养老和福利信息化建设经费", "民政信息化建设经费"])
Q("compare", "卫监所人数比血站少几个", ["#1", f"#{ppl(A[W])}", f"#{ppl(dept('东莞市中心血站'))}"], note="172 vs 173",
  scope="mixed")
cmp("社保中心窗口外包和不动产登记中心窗口外包差多少", a(S, "社会保险经办大厅运行和窗口服务外包经费"), Decimal(15280500), False,
    names=["社会保险经办大厅运行和窗口服务外包经费", "登记窗口服务外包和人员劳务经费"])
cmp("社保中心的宣传热线经费比救助站的宣传巡查经费多多少", a(S, "社保政策宣传和12333热线运行经费"), a(J, "救助宣传和街面巡查经费"),
    False, scope="new")
cmp("福利中心和救助站的预算合计差多少", tot(A[F]), tot(A[J]), scope="new")

# ---------------------------------------------------------------- yesno (15)
Q("yesno", "社保中心预算超过３个亿了吗", [tw(S)], yesno="是", note="full-width ３; 30100.28万元")
Q("yesno", "社保卡制卡成本是不是控制在20元以内", [iv(S, "社会保障卡制发单卡成本")], yesno="是", note="≤18元/张")
Q("yesno", "社保待遇核定是不是3个工作日就能办完", [iv(S, "企业职工养老保险待遇核定办理时限")], yesno="否", note="≤5个工作日")
Q("yesno", "基金风险防控系统是不是8月前上线", [iv(S, "基金风险防控系统上线时间")], yesno="是", note="7月31日前")
Q("yesno", "卫监所的经费全是财政拨款吗", [bw(W, "其他资金")], yesno="否", note="其他资金 48.82万元")
Q("yesno", "卫监所人数是不是比血站多", [f"#{ppl(A[W])}"], yesno="否", note="172 < 173", scope="mixed")
Q("yesno", "智慧卫监平台能在11月底前上线吗", [iv(W, "智慧卫监平台上线时间")], yesno="是", note="11月30日前 = 11月底")
Q("yesno", "救助站预算是不是全市最少的", [tw(J)], yesno="否", note="侨联 2318.47 is least", scope="mixed")
Q("yesno", "救助站站舍维修改造10月底前能完工吗", [iv(J, "站舍维修改造完工时间")], yesno="是", note="10月31日前")
Q("yesno", "救助站每天每人的救助成本超过100块吗", [iv(J, "受助人员日均生活救助成本")], yesno="否", note="≤85元/人/天")
Q("yesno", "福利中心护理院改扩建是不是年底前完工", [iv(F, "养老护理院改扩建完工时间")], yesno="是", note="12月15日前")
Q("yesno", "福利中心护理员培训人均成本是不是在500元以内", [iv(F, "护理员培训人均成本")], yesno="否", note="≤700元/人")
Q("yesno", "福利中心预算有没有超过两个亿", [tw(F)], yesno="是", note="20586.43万元")
Q("yesno", "社保中心人数是不是超过六百人", [f"#{ppl(A[S])}"], yesno="是", note="642")
Q("yesno", "福利中心有没有哪项任务超过五千万", [amt(F, "养老护理院改扩建工程经费")], yesno="否", note="largest 42165800")

# ---------------------------------------------------------------- yoy (15) + follow-up
Q("yoy", "社保中心去年预算多少", [tw(S5)], note="2025")
Q("yoy", "社保中心预算比去年增加了多少", [T.wan(tot(A[S]) - tot(A[S5])), tw(S), tw(S5)], note="difference, 2026, 2025")
Q("yoy", "增长了百分之几", [T.pct((tot(A[S]) - tot(A[S5])) / tot(A[S5]) * 100)], fu=True, note="over 2025")
Q("yoy", "社保信息系统运维经费去年是多少", [amt(S5, "社会保险信息系统建设和运维经费")], ["社会保险信息系统建设和运维经费"],
  note="2025")
n = "社会保障卡发放和服务网点运维经费"
Q("yoy", "社保卡发放的经费比去年多了多少", [T.yuan(a(S, n) - a(S5, n)), amt(S, n), amt(S5, n)], [n], note="")
n = "社保基金风险防控和内控审计经费"
Q("yoy", "社保中心今年新增了哪项任务", [amt(S, n)], [n], note="2026 only")
n5 = "社会保险经办大厅窗口服务外包经费"
n6 = "社会保险经办大厅运行和窗口服务外包经费"
Q("yoy", "去年的社会保险经办大厅窗口服务外包经费是多少", [amt(S5, n5)], [n5], note="2025 name")
Q("yoy", "那个经办大厅外包的经费今年改名了吗？今年多少", [amt(S, n6)], [n6], note="renamed in 2026")
Q("yoy", "经办大厅外包经费比去年涨了多少", [T.yuan(a(S, n6) - a(S5, n5)), amt(S, n6), amt(S5, n5)], note="across the rename")
Q("yoy", "社保中心去年有几项任务，一共多少钱", [f"#{len(A[S5]['tasks'])}", T.yuan(sum(x['amount'] for x in A[S5]['tasks']))],
  note="two asks")
Q("yoy", "去年资格认证的年度指标是多少", [iv(S5, "开展待遇领取资格认证")], ["开展待遇领取资格认证"], note="2025 annual")
Q("yoy", "社保经办服务便利度去年的指标值", [iv(S5, "社保经办服务便利度")], ["社保经办服务便利度"], note="qualitative 2025")
ch = [i["level3"] for i in A[S5]["indicators"]
      if T.indicator(A[S], i["level3"])["annual_value"] != i["annual_value"]]
Q("yoy", "社保中心哪些指标的年度值跟去年不一样", [], ch, note="seven changed, one qualitative")
Q("yoy", "社保中心去年和今年的人数分别多少", [f"#{ppl(A[S5])}", f"#{ppl(A[S])}"], note="635, 642")
Q("yoy", "去年目标里社保卡大概发多少张", [goal(S5, "约43万张")], note="2025 goal; indicator ≥40万张 counterpart")
Q("yoy", "去年镇街社保经办网点补助多少", [amt(S5, "镇街社保经办服务网点建设补助")], ["镇街社保经办服务网点建设补助"], note="2025")

# ---------------------------------------------------------------- not_found (7) + follow-up
Q("not_found", "社保中心２０２４年预算多少", expect="not_found", absent=[tw(S5), tw(S)], note="2024 not loaded")
Q("not_found", "那2025年的呢", [tw(S5)], fu=True, note="2025")
Q("not_found", "卫监所去年的预算是多少", expect="not_found", absent=[tw(W)], note="卫监所 2025 not loaded")
Q("not_found", "广州市救助管理站的预算", expect="not_found", absent=[tw(J)], note="other city", scope="not_loaded")
Q("not_found", "东莞市第七人民医院今年预算多少", expect="not_found", note="not loaded", scope="not_loaded")
Q("not_found", "福利中心2025年的护理院改扩建经费", expect="not_found", absent=[amt(F, "养老护理院改扩建工程经费")],
  note="福利中心 2025 not loaded")
Q("not_found", "社保中心发失业保险金的经费多少", expect="not_found", note="no such item")
Q("not_found", "深圳市社会保险基金管理局的预算", expect="not_found", absent=[tw(S)], note="other city", scope="not_loaded")

# ---------------------------------------------------------------- trap (8)
Q("trap", "社保中心的城乡居民养老保险财政补贴多少", expect="not_found", absent=["463800000元"], note="人社局's item")
Q("trap", "卫监所的基本公共卫生服务项目经费", expect="not_found", absent=["412650000元"], note="卫健局's item")
Q("trap", "民政局的养老护理院改扩建工程经费多少", expect="not_found", absent=[amt(F, "养老护理院改扩建工程经费")],
  note="福利中心's item asked of 民政局")
Q("trap", "福利中心的信息化经费，不是民政局那个", [amt(F, "智慧养老和福利信息化建设经费")], ["智慧养老和福利信息化建设经费"],
  absent=["4650000元"], note="")
Q("trap", "卫监所的病媒生物监测经费", expect="not_found", absent=["5862700元"], note="疾控's item")
Q("trap", "新增养老床位指标是多少", expect="ok_or_clarify", note="民政局 and 福利中心", scope="mixed")
Q("trap", "参保群众满意度指标要求多少", expect="ok_or_clarify", note="医保局 and 社保中心", scope="mixed")
Q("trap", "市监局的执法人员业务培训经费，不是卫监所的", ["1268500元"], ["执法人员业务培训经费"],
  absent=[amt(W, "卫生监督执法人员培训经费")], note="市监局 2026", scope="mixed")

# ---------------------------------------------------------------- checks and output
assert len(ROWS) == 160, len(ROWS)
STORED = set()
for t in A.values():
    for x in t.get("tasks", []):
        STORED.add(T.yuan(x["amount"]))
    for k, v in t.get("budget", {}).items():
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
out = HERE.parent / "batch_32.jsonl"
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
