"""Write tests/blind/batch_33.jsonl (160 questions) from the tables alone (truth33.py).

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

import truth33 as T  # noqa: E402

A = T.load()
Z, Z5, M, G, R = T.NEW  # 仲裁院 2026, 仲裁院 2025, 照明处, 公证处, 人民医院
DG = T.dg2026(A)
BY = {t["department"]: t for t in DG}
tot = T.total
assert len(DG) == 80


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
    rid = f"b33-{n:03d}"
    ROWS.append({"id": rid, "q": q, "category": "followup" if fu else cat, "expect": expect,
                 "figures": list(figures), "names": list(names), "yesno": yesno, "absent": list(absent),
                 "followup_of": ROWS[-1]["id"] if fu else None, "note": f"{note} [scope: {scope}]"})


FY, WJ, RS = "东莞市妇幼保健院", "东莞市卫生健康局", "东莞市人力资源和社会保障局"

# ---------------------------------------------------------------- item_money (15) + follow-ups
n = "劳动人事争议仲裁办案经费"
Q("item_money", "仲裁院今年办案经费报了多少", [amt(Z, n)], [n], absent=["8760000元"],
  note="仲裁院 2026; 人社局 劳动人事争议仲裁经费 8760000 is the look-alike")
Q("item_money", "去年的呢？", [amt(Z5, n)], [n], fu=True, note="仲裁院 2025")
n = "劳动法律政策宣传经费"
Q("item_money", "仲裁院勞動法律政策宣傳經費是多少", [amt(Z, n)], [n], absent=["1385600元"],
  note="traditional characters; 人社局 人社政策宣传经费 1385600 close")
n = "仲裁员和调解员业务培训经费"
Q("item_money", "劳动仲裁院培训仲裁员调解员的钱多少", [amt(Z, n)], [n], absent=["1268000元"],
  note="司法局 司法行政人员培训经费 1268000 close")
n = "城市道路照明设施运行维护经费"
Q("item_money", "照明处路灯日常维护一年预算多少钱", [amt(M, n)], [n], absent=["36540000元"],
  note="城管局 城市照明设施维护经费 36540000 is the look-alike")
n = "城市公共照明电费"
Q("item_money", "照明处一年路灯电费要交多少", [amt(M, n)], [n], note="")
n = "路灯LED节能改造工程经费"
Q("item_money", "照明处路灯LED节能该造工程的钱", [amt(M, n)], [n], note="typo 该 for 改")
n = "镇街照明设施改造补助"
Q("item_money", "照明处补给镇街改路灯的钱有多少", [amt(M, n)], [n], note="= its 对下 line 430.00万元")
n = "智慧公证平台建设和运维经费"
Q("item_money", "公证处搞智慧公证平台那块经费是多少", [amt(G, n)], [n], note="")
n = "公益公证服务进企业进社区经费"
Q("item_money", "公证处公益公证进企业进社区的经费", [amt(G, n)], [n], absent=["1680000元"],
  note="司法局 司法鉴定和公证管理经费 1680000 close")
n = "公证大厅物业管理和安保经费"
Q("item_money", "公证处大厅物业加安保一年多少钱", [amt(G, n)], [n], note="")
n = "国家区域医疗中心建设经费"
Q("item_money", "市人医区域医疗中心建设经费多少", [amt(R, n)], [n], note="市人医 = 东莞市人民医院")
n = "智慧医院信息化建设经费"
Q("item_money", "人民医院智慧医院信息化建设预算多少", [amt(R, n)], [n], absent=["18750300元", "18750000元"],
  note="妇幼 妇幼健康信息化建设经费 18750300, 卫健局 卫生健康信息化建设经费 18750000")
Q("item_money", "妇幼保健院的信息化呢？", ["18750300元"], ["妇幼健康信息化建设经费"], absent=[amt(R, n)], fu=True,
  note="妇幼保健院 2026", scope="mixed")
n = "医务人员规范化培训经费"
Q("item_money", "市人民医院医务人员规培的经费", [amt(R, n)], [n], absent=["6420000元", "6420300元"],
  note="卫健局 医务人员培训经费 6420000, 妇幼 6420300")
n = "医院后勤保障和物业管理经费"
Q("item_money", "人民医院的医院后勤保障和物业管理经费", [amt(R, n)], [n], absent=["9540900元"],
  note="same name as 妇幼保健院's (9540900)")
n = "临床科研和成果转化经费"
Q("item_money", "人民医院搞临床科研和成果转化给了多少钱", [amt(R, n)], [n], note="")

# ---------------------------------------------------------------- indicator (13) + follow-ups
n = "受理劳动人事争议仲裁案件"
Q("indicator", "仲裁院今年受理案件的年度指标定的多少", [iv(Z, n)], [n], note="annual; period ≥5.4万件 not absent")
Q("indicator", "实施周期的呢", [iv(Z, n, "period")], [n], fu=True, note="period")
n = "仲裁案件平均办案成本"
Q("indicator", "仲裁院平均一个案子的办案成本控制在多少", [iv(Z, n)], [n], note="cost 元/件")
n = "劳动人事争议仲裁结案率"
Q("indicator", "仲裁院的仲裁结案率要达到多少", [iv(Z, n)], [n], absent=["≥94%"],
  note="2026 ≥96%; 2025 ≥94% absent; 人社局's ≥95% not made absent (held by many tables)")
n = "智慧仲裁庭上线时间"
Q("indicator", "智慧仲裁庭哪天之前要上线", [iv(Z, n)], [n], note="date")
n = "路灯亮灯率"
Q("indicator", "照明处的路灯亮灯率指标是多少", [iv(M, n)], [n], absent=["≥98%"], note="城管局 路灯亮灯率 ≥98%")
n = "LED节能改造路灯"
Q("indicator", "照明处LED改造今年要改多少盏，整个周期一共多少盏", [iv(M, n), iv(M, n, "period")], [n],
  note="two asks in order: annual, period")
n = "年节约照明用电量"
Q("indicator", "照明处一年能省下多少电", [iv(M, n)], [n], absent=["≥18亿千瓦时"],
  note="城管局 垃圾焚烧发电上网电量 ≥18亿千瓦时")
n = "一般公证事项办理时限"
Q("indicator", "公证处一般的公证几个工作日能办好", [iv(G, n)], [n], note="")
n = "公证书差错率"
Q("indicator", "公证书差错率要控制在多少以内", [iv(G, n)], [n], note="only 公证处 has it")
n = "门诊次均费用"
Q("indicator", "人民医院门诊次均费用控制在多少", [iv(R, n)], [n], note="cost 元/人次")
Q("indicator", "住院的呢", [iv(R, "住院次均费用")], ["住院次均费用"], fu=True, note="住院次均费用")
n = "大型医疗设备购置单价"
Q("indicator", "市人民医院大型设备单价上限是多少", [iv(R, n)], [n], absent=["≤450万元/台"],
  note="妇幼 has the same indicator at ≤450万元/台")
n = "区域医疗中心主体工程完工时间"
Q("indicator", "区域医疗中心主体工程什么时候完工", [iv(R, n)], [n], note="date; only 人民医院 has it")
n = "故障路灯修复时限"
Q("indicator", "路灯坏了照明处要多长时间修好", [iv(M, n)], [n], note="≤24小时")

# ---------------------------------------------------------------- overview (5) + follow-ups
Q("overview", "人民医院今年预算合计是多少", [tw(R)], note="预算合计 = 基本 + 项目 + 其他事业发展性")
Q("overview", "里面财政拨款多少，其他资金多少", [bw(R, "财政拨款"), bw(R, "其他资金")], fu=True, note="two figures in order")
Q("overview", "这个数在全市排第几", [rank(tot, R)], fu=True, note="80 东莞 2026 departments; first", scope="mixed")
Q("overview", "照明处预算合计、基本支出、项目支出分别是多少", [tw(M), bw(M, "基本支出"), bw(M, "项目支出")],
  note="three figures in order")
Q("overview", "公证处财政供养多少人", [f"#{ppl(A[G])}"], note="")
Q("overview", "仲裁院财政专项资金多少？市本级用多少", [bw(Z, "财政专项资金"), bw(Z, "市本级使用资金")], note="two figures")
Q("overview", "公证处拟用于对下转移支付的资金有多少", [bw(G, "拟用于对下转移支付资金")], note="0.00万元")

# ---------------------------------------------------------------- structure (2)
Q("structure", "公证处的时效指标有哪些", [], ["一般公证事项办理时限", "智慧公证平台上线时间"], note="时效指标")
Q("structure", "照明处效益指标都有啥", [], ["年节约照明用电量", "城市照明节能水平", "城市照明长效管养机制"],
  note="经济效益, 生态效益, 可持续影响")

# ---------------------------------------------------------------- prose (18)
Q("prose", "仲裁院今年的案子涉案金额大概多少", [goal(Z, "约12亿元")], note="goal only")
Q("prose", "仲裁院要在多少个镇街设劳动争议调解工作站", [goal(Z, "约33个")], note="goal only")
Q("prose", "智慧仲裁庭要建几个", [goal(Z, "约12个")], note="goal only")
Q("prose", "仲裁院一年服务企业和劳动者大概多少人次", [goal(Z, "约8万人次")], note="goal only")
Q("prose", "仲裁院总体目标里全年大概受理多少件仲裁案", [goal(Z, "约1.9万件")],
  note="indicator ≥1.8万件 is the counterpart (目标)")
Q("prose", "照明处要对多少盏路灯做单灯远程监控", [goal(M, "约8.5万盏")], note="goal only")
Q("prose", "照明处目标里今年大概改造多少盏LED路灯", [goal(M, "约1.6万盏")],
  note="indicator ≥1.5万盏 is the counterpart (目标)")
Q("prose", "景观照明节点大概新建改造多少个", [goal(M, "约32个")], note="indicator ≥30个 is the counterpart (大概)")
Q("prose", "公证处网上办、掌上办的公证事项有多少项", [goal(G, "约60项")], note="goal only")
Q("prose", "远程视频公证能覆盖多少个国家和地区", [goal(G, "约40个国家和地区", "40个")], note="goal only")
Q("prose", "公证处给老年人残疾人减免公证费大概惠及多少人", [goal(G, "约1.5万名")], note="goal only")
Q("prose", "公证处历史卷宗数字化要做多少卷", [goal(G, "约12万卷")], note="goal only")
Q("prose", "人民医院区域医疗中心新增建筑面积多少", [goal(R, "约12.6万平方米")], note="goal only")
Q("prose", "区域医疗中心建好能新增多少张床", [goal(R, "约1000张")], note="goal only")
Q("prose", "人民医院要建成多少个临床重点专科", [goal(R, "约28个")], note="goal only")
Q("prose", "人民医院电子病历应用水平要达到几级", [goal(R, "达到6级", "6级")], note="goal only")
Q("prose", "市人民医院互联网医院线上诊疗大概多少人次", [goal(R, "约45万人次")], note="goal only")
Q("prose", "人民医院对口帮扶多少家镇街医院", [goal(R, "约15家")], note="goal only")

# ---------------------------------------------------------------- filter (8) + follow-up
Q("filter", "人民医院哪些任务超过一个亿", [], [x["name"] for x in A[R]["tasks"] if x["amount"] > 100000000],
  note="> 100,000,000")
low = [x for x in A[M]["tasks"] if x["amount"] < 5000000]
Q("filter", "照明处五百万以下的任务有哪些", [], [x["name"] for x in low], note="< 5,000,000")
Q("filter", "这几项一共多少钱", [T.yuan(sum(x["amount"] for x in low))], fu=True, note="sum of the five")
Q("filter", "公证处一百万到两百万之间的任务", [], [x["name"] for x in A[G]["tasks"] if 1000000 <= x["amount"] <= 2000000],
  note="inclusive")
Q("filter", "仲裁院哪些指标实施周期值和年度值不一样", [],
  [i["level3"] for i in A[Z]["indicators"] if i["period_value"] != i["annual_value"]], note="period ≠ annual")
Q("filter", "公证处哪些指标是文字的，没有具体数字", [],
  [i["level3"] for i in A[G]["indicators"] if not any(c.isdigit() for c in i["annual_value"])], note="qualitative")
Q("filter", "人民医院用百分比表示的指标有哪些", [], [i["level3"] for i in A[R]["indicators"] if "%" in i["annual_value"]],
  note="annual value with %")
Q("filter", "全市财政供养人员在90到100人之间的部门", [], [t["department"] for t in DG if 90 <= ppl(t) <= 100],
  note="气象局 92, 体育局 94, 公证处 95, 港务局 97", scope="mixed")
Q("filter", "今年预算合计在5000万到6000万之间的有哪几个单位", [],
  [t["department"] for t in DG if 5000 <= tot(t) <= 6000], note="红十字会, 文联, 老干部局, 仲裁院", scope="mixed")

# ---------------------------------------------------------------- count (8) + follow-ups
Q("count", "照明处一共几项任务", [f"#{len(A[M]['tasks'])}"], note="")
ks = sum(x["amount"] for x in A[M]["tasks"] if x["section"] == "年度重点工作任务")
ts = sum(x["amount"] for x in A[M]["tasks"])
Q("count", "重点任务合计多少钱", [T.yuan(ks)], fu=True, note="three 年度重点工作任务")
Q("count", "占全部任务经费多少比例", [T.pct(ks / ts * 100)], fu=True, note="key / all tasks")
Q("count", "人民医院绩效指标一共几个", [f"#{len(A[R]['indicators'])}"], note="")
Q("count", "仲裁院数量指标有几个", [f"#{sum(i['level2'] == '数量指标' for i in A[Z]['indicators'])}"], note="")
Q("count", "公证处有几个满意度指标", [f"#{sum(i['level1'] == '满意度指标' for i in A[G]['indicators'])}"], note="")
Q("count", "今年东莞一共几个部门交了整体绩效目标表", [f"#{len(DG)}"], note="80", scope="mixed")
Q("count", "全市任务名字里带“照明”的有几项", [f"#{sum('照明' in x['name'] for t in DG for x in t['tasks'])}"],
  note="literal substring: 照明处 8 + 城管局 1", scope="mixed")
Q("count", "全市财政供养人员超过1000人的单位有几个", [f"#{sum(ppl(t) > 1000 for t in DG)}"], note="", scope="mixed")
Q("count", "全市其他资金超过一个亿的部门有几个", [f"#{sum(t['budget']['其他资金'] > 10000 for t in DG)}"],
  note="教育局, 妇幼, 职院, 人民医院", scope="mixed")

# ---------------------------------------------------------------- aggregate (9) + follow-up
gs = sum(x["amount"] for x in A[G]["tasks"])
Q("aggregate", "公证处十项任务加起来多少钱", [T.yuan(gs)], note="ten tasks")
Q("aggregate", "占它项目支出的百分之几", [T.pct(gs / (A[G]["budget"]["项目支出"] * 10000) * 100)], fu=True,
  note="tasks / 项目支出")
Q("aggregate", "仲裁院和公证处预算合计加一起多少", [T.wan(tot(A[Z]) + tot(A[G]))], note="")
Q("aggregate", "人民医院、照明处、公证处、仲裁院四家今年预算一共多少", [T.wan(sum(tot(A[s]) for s in (R, M, G, Z)))],
  note="")
Q("aggregate", "全市今年各部门预算合计总共多少", [T.wan(sum(tot(t) for t in DG))], note="80 departments", scope="mixed")
Q("aggregate", "公证处其他资金占预算合计的比例", [T.pct(A[G]["budget"]["其他资金"] / tot(A[G]) * 100)], note="")
Q("aggregate", "照明处十项任务平均每项多少钱", [T.yuan2(Decimal(ts) / 10)], note="average")
Q("aggregate", "全市名字里带“公证”的任务经费一共多少",
  [T.yuan(sum(x["amount"] for t in DG for x in t["tasks"] if "公证" in x["name"]))],
  note="literal substring: 公证处's ten + 司法局's 司法鉴定和公证管理经费", scope="mixed")
Q("aggregate", "人民医院对下转移支付占财政专项资金的比例",
  [T.pct(A[R]["budget"]["拟用于对下转移支付资金"] / A[R]["budget"]["财政专项资金"] * 100)], note="820 / 18600")
Q("aggregate", "仲裁院和公证处的财政供养人员加起来多少人", [f"#{ppl(A[Z]) + ppl(A[G])}"], note="69 + 95")

# ---------------------------------------------------------------- ranking (11) + follow-ups
top = max(A[M]["tasks"], key=lambda x: x["amount"])
lo = min(A[M]["tasks"], key=lambda x: x["amount"])
Q("ranking", "照明处哪项任务花钱最多", [T.yuan(top["amount"])], [top["name"]], note="")
Q("ranking", "最少的是哪个", [T.yuan(lo["amount"])], [lo["name"]], fu=True, note="")
first = max(DG, key=tot)
Q("ranking", "今年全市预算最多的是哪个单位", [T.wan(tot(first))], [first["department"]],
  note="人民医院 now ahead of 教育局", scope="mixed")
Q("ranking", "照明处预算全市排第几", [rank(tot, M)], note="", scope="mixed")
Q("ranking", "人数呢？", [rank(ppl, M)], fu=True, note="people rank", scope="mixed")
Q("ranking", "公证处预算在全市排老几", [rank(tot, G)], note="", scope="mixed")
Q("ranking", "那其他资金排第几", [rank(lambda t: t["budget"]["其他资金"], G)], fu=True, note="", scope="mixed")
Q("ranking", "仲裁院的预算全市排第几", [rank(tot, Z)], note="", scope="mixed")
Q("ranking", "照明处项目支出在全市排第几", [rank(lambda t: t["budget"]["项目支出"], M)], note="机关事务局 24316.58 > 21528.36 > 财政局 21468.72",
  scope="mixed")
Q("ranking", "人民医院财政供养人数全市排第几", [rank(ppl, R)], note="公安局, 教育局 ahead", scope="mixed")
Q("ranking", "人民医院项目支出在全市排第几", [rank(lambda t: t["budget"]["项目支出"], R)], note="", scope="mixed")
zc = sorted([(x["amount"], x["name"]) for t in DG for x in t["tasks"] if "仲裁" in x["name"]], reverse=True)
Q("ranking", "全市名字带“仲裁”的任务哪个钱最多", [T.yuan(zc[0][0])], [zc[0][1]],
  note="仲裁院's 8763500 over 人社局's 8760000 (second, not absent)", scope="mixed")
big = sorted(DG, key=tot, reverse=True)[:5]
Q("ranking", "预算最多的五个部门是哪些", [T.wan(tot(big[0]))], [t["department"] for t in big], note="in order",
  scope="mixed")
four = sorted((R, M, G, Z), key=lambda s: -tot(A[s]))
Q("ranking", "人民医院、照明处、公证处、仲裁院按预算从低到高排", [tw(s) for s in reversed(four)],
  [A[s]["department"] for s in reversed(four)], note="ascending order as asked")


# ---------------------------------------------------------------- compare (11)
def cmp(q, x, y, unit_wan=True, note="", scope="mixed", names=()):
    dlt = abs(x - y)
    f = T.wan if unit_wan else T.yuan
    Q("compare", q, [f(dlt), f(x), f(y)], list(names), note=note, scope=scope)


cmp("仲裁院比红十字会预算少多少", tot(A[Z]), tot(dept("东莞市红十字会")), note="difference, then 仲裁院, 红十字会")
cmp("照明处预算比紧急医疗救援指挥中心多多少", tot(A[M]), tot(dept("东莞市紧急医疗救援指挥中心")), note="")
cmp("公证处和博物馆预算相差多少", tot(A[G]), tot(dept("东莞市博物馆")), note="")
cmp("人民医院预算比教育局多多少", tot(A[R]), tot(dept("东莞市教育局")), note="")
cmp("照明处路灯维护经费比城管局的城市照明设施维护经费多多少", a(M, "城市道路照明设施运行维护经费"), Decimal(36540000), False,
    names=["城市道路照明设施运行维护经费", "城市照明设施维护经费"])
cmp("仲裁院的办案经费跟人社局的仲裁经费差多少", a(Z, "劳动人事争议仲裁办案经费"), Decimal(8760000), False,
    names=["劳动人事争议仲裁办案经费", "劳动人事争议仲裁经费"])
cmp("人民医院医疗设备购置和更新经费比妇幼保健院的多多少", a(R, "医疗设备购置和更新经费"), Decimal(65386400), False,
    names=["医疗设备购置和更新经费"])
Q("compare", "人民医院财政供养人员比妇幼保健院多多少人", [f"#{ppl(A[R]) - ppl(dept(FY))}", f"#{ppl(A[R])}", f"#{ppl(dept(FY))}"],
  note="4386 vs 1168", scope="mixed")
cmp("人民医院智慧医院信息化和妇幼的信息化经费差几块钱", a(R, "智慧医院信息化建设经费"), Decimal(18750300), False,
    names=["智慧医院信息化建设经费", "妇幼健康信息化建设经费"])
cmp("公证处和文联的项目支出差多少", A[G]["budget"]["项目支出"], dept("东莞市文学艺术界联合会")["budget"]["项目支出"],
    note="3642.18 vs 3642.17")
cmp("公证处跟仲裁院预算合计差多少", tot(A[G]), tot(A[Z]), scope="new")

# ---------------------------------------------------------------- yesno (15)
Q("yesno", "人民医院预算超过４５个亿了吗", [tw(R)], yesno="是", note="full-width ４５; 451890.22万元")
Q("yesno", "人民医院财政拨款占预算合计是不是不到10%", [bw(R, "财政拨款")], yesno="否",
  note="46218.65 / 451890.22 = 10.23%")
Q("yesno", "智慧仲裁庭国庆前能上线吗", [iv(Z, "智慧仲裁庭上线时间")], yesno="是", note="9月30日前")
Q("yesno", "仲裁院的仲裁结案率要求是不是比人社局的高", [iv(Z, "劳动人事争议仲裁结案率")], yesno="是",
  note="≥96% vs 人社局 ≥95%", scope="mixed")
Q("yesno", "照明处路灯亮灯率是不是要求99%以上", [iv(M, "路灯亮灯率")], yesno="否", note="≥98.5%")
Q("yesno", "智慧照明平台是不是上半年就上线", [iv(M, "智慧照明管理平台上线时间")], yesno="否", note="8月31日前")
Q("yesno", "照明处人数是不是超过两百人", [f"#{ppl(A[M])}"], yesno="是", note="212")
Q("yesno", "公证处的钱一半以上是财政拨款吗", [bw(G, "财政拨款")], yesno="是", note="3296.48 / 6482.35 = 50.85%")
Q("yesno", "公正处有没有对下转移支付", [bw(G, "拟用于对下转移支付资金")], yesno="否", note="typo 正 for 证; 0.00万元")
Q("yesno", "公证书差错率是不是控制在千分之一以内", [iv(G, "公证书差错率")], yesno="是", note="≤0.1%")
Q("yesno", "智慧公证平台年中前能上线吗", [iv(G, "智慧公证平台上线时间")], yesno="是", note="6月30日前")
Q("yesno", "区域医疗中心主体工程年底前能完工吗", [iv(R, "区域医疗中心主体工程完工时间")], yesno="是", note="12月20日前")
Q("yesno", "人民医院门诊次均费用是不是在300元以内", [iv(R, "门诊次均费用")], yesno="否", note="≤320元/人次")
Q("yesno", "人民医院有没有哪项任务超过三个亿", [amt(R, "国家区域医疗中心建设经费")], yesno="否", note="largest 236854300")
Q("yesno", "仲裁院预算比去年多吗", [tw(Z)], yesno="是", note="5198.26 vs 4876.52")

# ---------------------------------------------------------------- yoy (15) + follow-up
Q("yoy", "仲裁院去年预算是多少", [tw(Z5)], note="2025")
Q("yoy", "仲裁院预算比去年多了多少", [T.wan(tot(A[Z]) - tot(A[Z5])), tw(Z), tw(Z5)], note="difference, 2026, 2025")
Q("yoy", "增幅多少", [T.pct((tot(A[Z]) - tot(A[Z5])) / tot(A[Z5]) * 100)], fu=True, note="over 2025")
Q("yoy", "仲裁院去年和今年的财政供养人员分别多少", [f"#{ppl(A[Z5])}", f"#{ppl(A[Z])}"], note="65, 69")
n = "仲裁庭审辅助和案件送达服务外包经费"
Q("yoy", "仲裁院庭审辅助和送达外包的钱比去年多了多少", [T.yuan(a(Z, n) - a(Z5, n)), amt(Z, n), amt(Z5, n)], [n], note="")
n = "智慧仲裁庭建设经费"
Q("yoy", "仲裁院今年多了哪个新任务", [amt(Z, n)], [n], note="2026 only")
n5, n6 = "劳动争议调解中心运行经费", "劳动争议调解中心运行和驻点调解经费"
Q("yoy", "去年的劳动争议调解中心运行经费是多少", [amt(Z5, n5)], [n5], note="2025 name")
Q("yoy", "调解中心那项经费今年叫什么名字，多少钱", [amt(Z, n6)], [n6], note="renamed in 2026")
Q("yoy", "调解中心经费比去年涨了多少", [T.yuan(a(Z, n6) - a(Z5, n5)), amt(Z, n6), amt(Z5, n5)], note="across the rename")
Q("yoy", "仲裁院去年有几项任务，一共多少钱", [f"#{len(A[Z5]['tasks'])}", T.yuan(sum(x['amount'] for x in A[Z5]['tasks']))],
  note="two asks")
Q("yoy", "去年仲裁结案率的指标是多少", [iv(Z5, "劳动人事争议仲裁结案率")], ["劳动人事争议仲裁结案率"], absent=["≥96%"],
  note="仲裁院 2025 ≥94%")
Q("yoy", "劳动人事争议化解能力去年指标值怎么写的", [iv(Z5, "劳动人事争议化解能力")], ["劳动人事争议化解能力"],
  absent=["明显增强"], note="qualitative 2025")
ch = [i["level3"] for i in A[Z5]["indicators"] if T.indicator(A[Z], i["level3"])["annual_value"] != i["annual_value"]]
Q("yoy", "仲裁院哪些指标的年度值和去年比变了", [], ch, note="seven changed, one qualitative")
Q("yoy", "去年目标里仲裁案子涉案金额大概多少", [goal(Z5, "约10亿元")], note="2025 goal")
Q("yoy", "去年给镇街调解组织的补助多少", [amt(Z5, "镇街劳动争议调解组织建设补助")], ["镇街劳动争议调解组织建设补助"],
  note="2025; only 仲裁院 has this item")
Q("yoy", "仲裁院去年的财政专项资金多少", [bw(Z5, "财政专项资金")], note="2025")

# ---------------------------------------------------------------- not_found (7) + follow-up
Q("not_found", "仲裁院２０２４年预算", expect="not_found", absent=[tw(Z5), tw(Z)], note="2024 not loaded")
Q("not_found", "那2025年的呢", [tw(Z5)], fu=True, note="2025")
Q("not_found", "照明处去年的电费预算", expect="not_found", absent=[amt(M, "城市公共照明电费")], note="照明处 2025 not loaded")
Q("not_found", "公证处2025年预算多少", expect="not_found", absent=[tw(G)], note="公证处 2025 not loaded")
Q("not_found", "广州市公证处的预算", expect="not_found", absent=[tw(G)], note="other city", scope="not_loaded")
Q("not_found", "东莞市中医院今年预算多少", expect="not_found", note="not loaded", scope="not_loaded")
Q("not_found", "人民医院药品采购的经费多少", expect="not_found", note="no such item")
Q("not_found", "深圳市人民医院预算多少", expect="not_found", absent=[tw(R)], note="other city", scope="not_loaded")

# ---------------------------------------------------------------- trap (8)
Q("trap", "仲裁院的就业创业补贴资金多少", expect="not_found", absent=["368500000元"], note="人社局's item")
Q("trap", "照明处的生活垃圾无害化处理经费", expect="not_found", absent=["486300000元"], note="城管局's item")
Q("trap", "司法局的公证业务办理和质量管理经费", expect="not_found", absent=[amt(G, "公证业务办理和质量管理经费")],
  note="公证处's item asked of 司法局")
Q("trap", "人民医院的人类母乳库建设经费", expect="not_found", absent=["2864800元"], note="妇幼保健院's item")
Q("trap", "医疗设备购置和更新经费是多少", expect="ok_or_clarify", note="妇幼保健院 and 人民医院 share the name",
  scope="mixed")
Q("trap", "路灯亮灯率指标要求多少", expect="ok_or_clarify", note="城管局 ≥98% and 照明处 ≥98.5%", scope="mixed")
Q("trap", "城管局的城市照明设施维护经费，不是照明处那个", ["36540000元"], ["城市照明设施维护经费"],
  absent=[amt(M, "城市道路照明设施运行维护经费")], note="城管局 2026", scope="mixed")
Q("trap", "妇幼保健院的后勤保障和物业管理经费，别给我人民医院的", ["9540900元"], ["医院后勤保障和物业管理经费"],
  absent=[amt(R, "医院后勤保障和物业管理经费")], note="妇幼保健院 2026", scope="mixed")

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
out = HERE.parent / "batch_33.jsonl"
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
