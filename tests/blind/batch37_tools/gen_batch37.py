"""Write tests/blind/batch_37.jsonl (160 questions) from the tables alone (truth37.py).

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

import truth37 as T  # noqa: E402

A = T.load()
BB6, BB5, KD, SSH, ZJ = T.NEW  # 编办 2026, 编办 2025, 开放大学, 松山湖中心医院, 质量监督检测中心
DG = T.dg2026(A)
BY = {t["department"]: t for t in DG}
tot = T.total
assert len(DG) == 96


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
    rid = f"b37-{n:03d}"
    ROWS.append({"id": rid, "q": q, "category": "followup" if fu else cat, "expect": expect,
                 "figures": list(figures), "names": list(names), "yesno": yesno, "absent": list(absent),
                 "followup_of": ROWS[-1]["id"] if fu else None, "note": f"{note} [scope: {scope}]"})


RM, ZY_, FY, BY8, JSX = "东莞市人民医院", "东莞市中医院", "东莞市妇幼保健院", "东莞市第八人民医院", "东莞市技师学院"
ZY, SJ, ZJJ, GJJ, JK = "东莞职业技术学院", "东莞市市场监督管理局", "东莞市住房和城乡建设局", "东莞市住房公积金管理中心", "东莞市疾病预防控制中心"
SW, SKL, QL, JGSW, GJJZ = "东莞市水务局", "东莞市社会科学界联合会", "东莞市归国华侨联合会", "东莞市机关事务管理局", "东莞市住房公积金管理中心"
SBGX, HQ, DA5, SMZ = "医疗设备购置和更新经费", "后勤保障和物业服务经费", "机构编制档案数字化经费", "实名制管理系统升级改造经费"
JC5, JC6 = "机构编制监督检查经费", "机构编制核查和执行评估经费"


def other(dname, name):
    (x,) = [x for x in dept(dname)["tasks"] if x["name"] == name]
    return x["amount"]


def other_iv(dname, name, which="annual"):
    (x,) = [x for x in dept(dname)["indicators"] if x["level3"] == name]
    return x[f"{which}_value"]


# ---------------------------------------------------------------- item_money (15) + follow-ups
Q("item_money", "编办今年机构编制档案数字化安排了多少", [amt(BB6, DA5)], [DA5],
  absent=[T.yuan(other(ZJJ, "城建档案数字化经费")), T.yuan(other(GJJ, "住房公积金业务档案数字化经费")), amt(BB5, DA5)],
  note="住建局 城建档案数字化经费 2458000, 公积金 2458100 (look-alikes)")
Q("item_money", "那去年呢", [amt(BB5, DA5)], [DA5], absent=[amt(BB6, DA5)], fu=True, note="编办 2025")
Q("item_money", "市委编办做事业单位改革评估的钱多少", [amt(BB6, "事业单位改革评估经费")], ["事业单位改革评估经费"],
  absent=[amt(BB5, "事业单位改革评估经费")], note="asked by use")
n = "党政机关和事业单位网上名称管理经费"
Q("item_money", "编办管.政务网上名称那块一年给多少", [amt(BB6, n)], [n], note="asked by use")
n = "镇街机构编制工作业务补助"
Q("item_money", "编办给镇街的机构编制业务补助是多少", [amt(BB6, n)], [n], absent=[amt(BB5, n)], note="= its 对下 46.00万元")
n = "镇街社区教育学习中心建设补助"
Q("item_money", "开大的镇街社区教育学习中心建设补助多少", [amt(KD, n)], [n], absent=[T.yuan(other(ZY, n))],
  note="开大 = 东莞开放大学; same name as 职院 4340000")
Q("item_money", "职院的呢", [T.yuan(other(ZY, n))], [n], absent=[amt(KD, n)], fu=True, note="职院 2026", scope="mixed")
n = "老年大学办学经费"
Q("item_money", "东莞电大办老年大学今年花多少钱", [amt(KD, n)], [n], note="电大 = 开放大学 (old name)")
n = "校园安全和后勤保障经费"
Q("item_money", "开放大学校园安全和后勤保障经费多少", [amt(KD, n)], [n], absent=[T.yuan(other(JSX, n))],
  note="same name as 技师学院 5184300 (digits)")
n = "智慧学习平台和数字化资源建设经费"
Q("item_money", "开大建智慧学习平台、做网课资源的经费", [amt(KD, n)], [n], note="asked by use")
Q("item_money", "松山湖中心医院医疗设备购置和更新经费是多少", [amt(SSH, SBGX)], [SBGX],
  absent=[T.yuan(other(BY8, SBGX)), T.yuan(other(RM, SBGX))],
  note="same name as 八院 36586400, 人民医院, 中医院, 妇幼")
Q("item_money", "八院的呢", [T.yuan(other(BY8, SBGX))], [SBGX], absent=[amt(SSH, SBGX)], fu=True, note="八院 2026", scope="mixed")
Q("item_money", "松山湖医院后勤保障和物业服务经费多少", [amt(SSH, HQ)], [HQ], absent=[T.yuan(other(BY8, HQ))],
  note="same name as 八院 7968200 (digits swapped)")
n = "智慧医院建设经费"
Q("item_money", "松医搞智慧医院的钱有多少", [amt(SSH, n)], [n], absent=[T.yuan(other(RM, "智慧医院信息化建设经费"))],
  note="松医 = 松山湖中心医院; 人民医院 智慧医院信息化建设经费 18753600 (300 apart)")
n = "住院医师规范化培训经费"
Q("item_money", "松山湖中心医院住院醫師規範化培訓經費", [amt(SSH, n)], [n],
  absent=[T.yuan(other(ZY_, "中医住院医师规范化培训经费"))], note="traditional; 中医院 中医住院医师规范化培训经费 6426800")
n = "产品质量监督抽查检验经费"
Q("item_money", "质检中心产品质量监督抽查检验经费多少", [amt(ZJ, n)], [n], absent=[T.yuan(other(SJ, "食品安全抽检监测经费"))],
  note="市场监管局 食品安全抽检监测经费 46820000 (same digits ×10)")
n = "计量器具强制检定经费"
Q("item_money", "市质检所做计量器具强检的经费", [amt(ZJ, n)], [n], note="强检 = 强制检定; 质检所 = the 中心")
n = "纤维制品质量检验经费"
Q("item_money", "质检中心检纺织服装纤维制品那项多少钱", [amt(ZJ, n)], [n], note="asked by use")

# ---------------------------------------------------------------- indicator (13) + follow-ups
n = "办理事业单位登记事项"
Q("indicator", "编办今年办理事业单位登记事项年度指标多少", [iv(BB6, n)], [n], absent=[iv(BB5, n)],
  note="annual ≥1800件; 2025 ≥1600件; period ≥5400件 not absent")
Q("indicator", "实施周期的值呢", [iv(BB6, n, "period")], [n], fu=True, note="period ≥5400件")
n = "实名制信息准确率"
Q("indicator", "编办实名制信息准确率要求多少", [iv(BB6, n)], [n], absent=[iv(BB5, n)], note="≥99%; 2025 ≥98%")
n = "登记事项办理时限"
Q("indicator", "编办登记事项几个工作日办完", [iv(BB6, n)], [n], absent=[iv(BB5, n)], note="≤5个工作日; 2025 ≤7")
n = "老年大学生均办学成本"
Q("indicator", "开大老年大学生均办学成本上限", [iv(KD, n)], [n], note="cost 元/人")
n = "建设数字化课程资源"
Q("indicator", "开放大学今年建设数字化课程资源指标多少门", [iv(KD, n)], [n], note="annual ≥120门; period ≥360门")
n = "在籍学生满意度"
Q("indicator", "开大在籍学生满意度定多少", [iv(KD, n)], [n], absent=[other_iv(JSX, "在校生满意度"), other_iv(ZY, "在校生满意度")],
  note="技师学院 / 职院 在校生满意度 ≥91% / ≥92% are other items")
n = "门急诊人次"
Q("indicator", "松山湖中心医院门急诊人次指标", [iv(SSH, n)], [n], absent=[other_iv(BY8, n)], note="八院 ≥160万人次 (same name)")
n = "医疗设备完好率"
Q("indicator", "松山湖医院医疗设备完好率要求", [iv(SSH, n)], [n], absent=[other_iv(BY8, n)], note="八院 ≥95% (same name)")
n = "急诊分诊时间"
Q("indicator", "松医急诊分诊要在几分钟内", [iv(SSH, n)], [n], note="≤10分钟")
n = "职业健康检查"
Q("indicator", "松山湖中心医院今年职业健康检查做多少人次", [iv(SSH, n)], [n],
  absent=[other_iv(JK, "开展职业健康检查和职业病筛查")], note="annual ≥8万人次; period ≥24万人次; 疾控 ≥6万人次")
n = "计量器具强制检定"
Q("indicator", "质检中心计量器具强制检定年度指标", [iv(ZJ, n)], [n], absent=[other_iv(SJ, n)],
  note="市场监管局 ≥12万台件 (same name)")
n = "产品监督抽查单批次检验成本"
Q("indicator", "质检中心抽查一批次检验成本上限", [iv(ZJ, n)], [n], note="cost 元/批次")
n = "国家质检中心验收时间"
Q("indicator", "国家质检中心什么时候验收", [iv(ZJ, n)], [n], note="date; one table only")

# ---------------------------------------------------------------- overview (5) + follow-ups
Q("overview", "松山湖中心医院今年部门预算合计多少", [tw(SSH)], note="预算合计 = 基本 + 项目 + 其他事业发展性")
Q("overview", "财政拨款和其他资金分别多少", [bw(SSH, "财政拨款"), bw(SSH, "其他资金")], fu=True, note="two figures in order")
Q("overview", "在全市排第几", [rank(tot, SSH)], fu=True, note="水务局 135339.52 > 132468.53 > 妇幼 128941.26", scope="mixed")
Q("overview", "编办财政供养几个人，下面几个二级单位", [f"#{ppl(A[BB6])}", f"#{A[BB6]['basic_info']['下属二级单位数']}"],
  note="34, 1")
Q("overview", "开放大学今年预算总额", [tw(KD)], note="")
Q("overview", "质检中心项目支出多少", [bw(ZJ, "项目支出")], note="")
Q("overview", "编办的其他事业发展性支出多少", [bw(BB6, "其他事业发展性支出")], note="")

# ---------------------------------------------------------------- structure (2)
Q("structure", "质检中心有哪些时效指标", [], [i["level3"] for i in A[ZJ]["indicators"] if i["level2"] == "时效指标"],
  note="时效指标, two")
Q("structure", "开大的满意度指标有哪几个", [], [i["level3"] for i in A[KD]["indicators"] if i["level1"] == "满意度指标"],
  note="一级 满意度指标, two")

# ---------------------------------------------------------------- prose (18) + follow-up
Q("prose", "编办今年要指导多少家事业单位完成年度报告公示", [goal(BB6, "约1100家")], note="goal only; sentence with 2000件, 1100家")
Q("prose", "编办建市级周转编制大概多少名", [goal(BB6, "约300名")], note="goal only; sentence with 300名, 3.8万页")
Q("prose", "按总体目标，编办对多少个单位开展机构编制核查", [goal(BB6, "约130个")], note="indicator ≥120个 is the counterpart (总体目标)")
Q("prose", "编办今年开展专题调研大概几项", [goal(BB6, "约8项")], note="goal only; sentence with 650人次, 8项")
Q("prose", "按目标编办全年办登记事项大概多少件", [goal(BB6, "约2000件")], note="indicator ≥1800件 is the counterpart (目标)")
Q("prose", "开大开放教育在籍学生大概多少人，全年毕业多少", [goal(KD, "约3万人"), goal(KD, "约7500人")],
  note="two figures of one sentence; indicator ≥2.8万人 is the counterpart (大概)")
Q("prose", "东莞老年大学开了多少个班", [goal(KD, "约420个班")], note="goal only; sentence with 1万人, 420个班")
Q("prose", "开放大学依托多少个镇街社区教育学习中心", [goal(KD, "约33个")], note="goal only; sentence with 33个, 6.5万人次")
Q("prose", "开大按目标今年资助困难学生大概多少人次", [goal(KD, "约1600人次")], note="indicator ≥1500人次 is the counterpart (目标)")
Q("prose", "松山湖中心医院出院患者按目标大概多少人次", [goal(SSH, "约9.6万人次")], note="indicator ≥9.2万人次 is the counterpart")
Q("prose", "松山湖医院为多少家企业提供职业病防治指导", [goal(SSH, "约260家")], note="goal only; sentence with 8.5万人次, 260家")
Q("prose", "松山湖中心医院帮扶几个镇街社卫中心", [goal(SSH, "约9个")], note="goal only; sentence with 9个, 330人")
Q("prose", "松医今年新增省级临床重点专科几个，科研立项多少", [goal(SSH, "约3个"), goal(SSH, "约120项")],
  note="goal only; two figures in order")
Q("prose", "按目标松山湖中心医院三四级手术大概做多少台次", [goal(SSH, "约3.8万台次")], note="indicator ≥3.6万台次 is the counterpart")
Q("prose", "质检中心总体目标里产品质量监督抽查大概多少批次", [goal(ZJ, "约6800批次")], note="indicator ≥6500批次 is the counterpart")
Q("prose", "质检中心给多少家企业提供标准化技术服务，按目标说", [goal(ZJ, "约180家")], note="indicator ≥150家 is the counterpart (目标)")
Q("prose", "那新增检测能力参数大概多少项", [goal(ZJ, "约320项")], fu=True, note="indicator ≥300项 is the counterpart (大概)")
Q("prose", "质检中心参加能力验证和实验室比对大概多少项", [goal(ZJ, "约45项")], note="indicator ≥40项 is the counterpart (大概)")
Q("prose", "编办2025年总体目标里建立周转编制多少名", [goal(BB5, "约260名")], note="2025 goal only")

# ---------------------------------------------------------------- filter (8) + follow-up
big = [x for x in A[SSH]["tasks"] if x["amount"] > 9000000]
Q("filter", "松山湖中心医院哪些任务超过九百万", [], [x["name"] for x in big], note="> 9,000,000 (none on the line)")
Q("filter", "这几项加起来多少", [T.yuan(sum(x["amount"] for x in big))], fu=True, note="sum of the four")
Q("filter", "编办一百万到两百五十万之间的任务有哪些", [],
  [x["name"] for x in A[BB6]["tasks"] if 1000000 <= x["amount"] <= 2500000], note="inclusive")
Q("filter", "质检中心哪些任务不到一百五十万", [], [x["name"] for x in A[ZJ]["tasks"] if x["amount"] < 1500000], note="< 1,500,000")
Q("filter", "开大哪个指标周期值跟年度值不一样", [],
  [i["level3"] for i in A[KD]["indicators"] if i["period_value"] != i["annual_value"]], note="period ≠ annual: one")
Q("filter", "松山湖中心医院哪些指标是定性的", [],
  [i["level3"] for i in A[SSH]["indicators"] if not any(c.isdigit() for c in i["annual_value"])], note="qualitative")
Q("filter", "质检中心按百分比考核的指标有哪些", [], [i["level3"] for i in A[ZJ]["indicators"] if "%" in i["annual_value"]],
  note="annual value in %")
Q("filter", "全市财政供养人员在300到350人之间的单位", [], [t["department"] for t in DG if 300 <= ppl(t) <= 350],
  note="卫健局 312, 司法局 326, 质检中心 334", scope="mixed")
Q("filter", "东莞今年预算在1.5亿到2亿之间的部门有哪些", [],
  [t["department"] for t in DG if 15000 <= tot(t) <= 20000], note="nine, 质检中心 among them", scope="mixed")

# ---------------------------------------------------------------- count (8) + follow-ups
Q("count", "编办今年表里有几项任务", [f"#{len(A[BB6]['tasks'])}"], note="nine")
zk = [x for x in A[BB6]["tasks"] if x["section"] == "年度重点工作任务"]
zks = sum(x["amount"] for x in zk)
zts = sum(x["amount"] for x in A[BB6]["tasks"])
Q("count", "重点任务几项，合计多少", [f"#{len(zk)}", T.yuan(zks)], fu=True, note="three 年度重点工作任务, two asks")
Q("count", "重点任务占全部任务经费百分之几", [T.pct(zks / zts * 100)], fu=True, note="key / all tasks")
Q("count", "松山湖中心医院的绩效指标一共几个", [f"#{len(A[SSH]['indicators'])}"], note="")
Q("count", "开大数量指标有几个", [f"#{sum(i['level2'] == '数量指标' for i in A[KD]['indicators'])}"], note="")
Q("count", "质检中心成本指标几个", [f"#{sum(i['level1'] == '成本指标' for i in A[ZJ]['indicators'])}"], note="")
Q("count", "全市今年交了部门整体绩效目标表的单位有几家", [f"#{len(DG)}"], note="96", scope="mixed")
Q("count", "全市任务名称里带“档案”的有几项", [f"#{sum('档案' in x['name'] for t in DG for x in t['tasks'])}"],
  note="literal substring", scope="mixed")
Q("count", "东莞财政供养人员超过两千人的单位几家", [f"#{sum(ppl(t) > 2000 for t in DG)}"], note="松山湖 2146 is one",
  scope="mixed")
Q("count", "东莞今年预算过10亿的部门有几个", [f"#{sum(tot(t) > 100000 for t in DG)}"],
  note="松山湖 132468.53 is one; 八院 just under", scope="mixed")

# ---------------------------------------------------------------- aggregate (9) + follow-up
zsum = sum(x["amount"] for x in A[ZJ]["tasks"])
Q("aggregate", "质检中心十项任务加起来多少", [T.yuan(zsum)], note="ten tasks")
Q("aggregate", "占项目支出的比例", [T.pct(zsum / (bl(ZJ, "项目支出") * 10000) * 100)], fu=True, note="tasks / 项目支出")
Q("aggregate", "开大和职院今年预算合起来多少", [T.wan(tot(A[KD]) + tot(dept(ZY)))], note="", scope="mixed")
Q("aggregate", "编办、开大、松山湖医院、质检中心四家预算加总", [T.wan(sum(tot(A[s]) for s in (BB6, KD, SSH, ZJ)))], note="")
Q("aggregate", "东莞今年各部门预算总盘子", [T.wan(sum(tot(t) for t in DG))], note="96 departments", scope="mixed")
Q("aggregate", "松山湖中心医院其他资金占预算合计的比例", [T.pct(bl(SSH, "其他资金") / tot(A[SSH]) * 100)], note="")
ksum = sum(x["amount"] for x in A[KD]["tasks"])
Q("aggregate", "开大十个任务平均一项多少钱", [T.yuan2(Decimal(ksum) / 10)], note="average")
Q("aggregate", "全市名称带“医疗设备”的任务经费合计", [T.yuan(sum(x["amount"] for t in DG for x in t["tasks"] if "医疗设备" in x["name"]))],
  note="literal substring", scope="mixed")
Q("aggregate", "编办对下转移支付占财政专项资金的比重", [T.pct(bl(BB6, "拟用于对下转移支付资金") / bl(BB6, "财政专项资金") * 100)],
  note="46 / 268")
Q("aggregate", "松山湖医院和人民医院财政供养人员一共多少", [f"#{ppl(A[SSH]) + ppl(dept(RM))}"], note="2146 + 4386", scope="mixed")

# ---------------------------------------------------------------- ranking (11) + follow-ups
top = max(A[KD]["tasks"], key=lambda x: x["amount"])
lo = min(A[KD]["tasks"], key=lambda x: x["amount"])
Q("ranking", "开大哪个任务钱最多", [T.yuan(top["amount"])], [top["name"]], note="")
Q("ranking", "最少的是哪个", [T.yuan(lo["amount"])], [lo["name"]], fu=True, note="")
Q("ranking", "东莞各部门按预算排，开放大学第几", [rank(tot, KD)], note="疾控 32290.36 > 31986.45 > 机关事务局 31642.12",
  scope="mixed")
Q("ranking", "编办预算全市排第几", [rank(tot, BB6)], note="社科联 2687.35 > 2486.73 > 侨联 2318.47 (second from the bottom)",
  scope="mixed")
Q("ranking", "质检中心预算在东莞排多少名", [rank(tot, ZJ)], note="公积金中心 20364.58 > 18642.37 > 金融工作局 17295.48",
  scope="mixed")
Q("ranking", "松山湖中心医院财政供养人员全市第几", [rank(ppl, SSH)], note="人民医院 4386 > 2146 > 中医院 1856", scope="mixed")
Q("ranking", "松山湖医院的其他资金全市排老几", [rank(lambda t: t["budget"]["其他资金"], SSH)],
  note="人民医院, 中医院, 妇幼 ahead", scope="mixed")
Q("ranking", "开大基本支出全市排第几", [rank(lambda t: t["budget"]["基本支出"], KD)],
  note="城管局 15832.09 > 14286.53 > 文广旅体局 14286.35 (0.18 apart)", scope="mixed")
Q("ranking", "那文广旅体局呢", [rank(lambda t: t["budget"]["基本支出"], dept("东莞市文化广电旅游体育局")["slug"])], fu=True,
  note="one place behind 开大", scope="mixed")
Q("ranking", "质检中心财政供养人员在全市排第几", [rank(ppl, ZJ)], note="财政局 352 > 334 > 司法局 326", scope="mixed")
Q("ranking", "质检中心基本支出全市排第几", [rank(lambda t: t["budget"]["基本支出"], ZJ)],
  note="生态环境局 7245.18 > 6824.53 > 民政局 6824.15", scope="mixed")
second = sorted(A[SSH]["tasks"], key=lambda x: -x["amount"])[1]
Q("ranking", "松山湖中心医院花钱第二多的任务", [T.yuan(second["amount"])], [second["name"]], note="second")
four = sorted((BB6, KD, SSH, ZJ), key=lambda s: -tot(A[s]))
Q("ranking", "编办、开大、松山湖医院、质检中心按预算从高到低排", [tw(s) for s in four], [A[s]["department"] for s in four],
  note="descending order as asked")


# ---------------------------------------------------------------- compare (11)
def cmp(q, x, y, unit="wan", note="", scope="mixed", names=()):
    dlt = abs(x - y)
    f = {"wan": T.wan, "yuan": T.yuan, "people": lambda v: f"#{v}"}[unit]
    Q("compare", q, [f(dlt), f(x), f(y)], list(names), note=note, scope=scope)


cmp("编办比侨联预算多多少", tot(A[BB6]), tot(dept(QL)), note="difference, then 编办, 侨联")
cmp("松山湖中心医院和水务局预算差多少", tot(A[SSH]), tot(dept(SW)), note="水务局 larger")
cmp("开大跟疾控中心预算相差多少", tot(A[KD]), tot(dept(JK)), note="疾控 larger")
cmp("质检中心和公积金中心预算差多少", tot(A[ZJ]), tot(dept(GJJ)), note="公积金中心 larger")
cmp("编办机构编制档案数字化经费和住建局城建档案数字化经费差多少", a(BB6, DA5), other(ZJJ, "城建档案数字化经费"), "yuan",
    names=[DA5, "城建档案数字化经费"], note="1100元")
cmp("松山湖医院的智慧医院建设经费比人民医院智慧医院信息化建设经费多多少", a(SSH, "智慧医院建设经费"),
    other(RM, "智慧医院信息化建设经费"), "yuan", names=["智慧医院建设经费", "智慧医院信息化建设经费"], note="300元")
cmp("开大的镇街社区教育学习中心建设补助比职院的少多少", a(KD, "镇街社区教育学习中心建设补助"),
    other(ZY, "镇街社区教育学习中心建设补助"), "yuan", names=["镇街社区教育学习中心建设补助"], note="2070000元")
cmp("松山湖和八院的后勤保障和物业服务经费差几块钱", a(SSH, HQ), other(BY8, HQ), "yuan", names=[HQ], note="18000元")
cmp("开大校园安全和后勤保障经费跟技师学院的差多少", a(KD, "校园安全和后勤保障经费"), other(JSX, "校园安全和后勤保障经费"),
    "yuan", names=["校园安全和后勤保障经费"], note="36000元; 技师学院 larger")
cmp("松山湖住院医师规培经费跟中医院中医住院医师规范化培训经费差多少", a(SSH, "住院医师规范化培训经费"),
    other(ZY_, "中医住院医师规范化培训经费"), "yuan", names=["住院医师规范化培训经费", "中医住院医师规范化培训经费"], note="1800元")
cmp("松山湖中心医院和中医院财政供养人员差多少人", ppl(A[SSH]), ppl(dept(ZY_)), "people", note="290")

# ---------------------------------------------------------------- yesno (15)
Q("yesno", "松山湖中心医院今年预算超过１０个亿没有", [tw(SSH)], yesno="是", note="full-width １０; 132468.53万元")
Q("yesno", "松山湖医院是不是七成以上靠其他资金", [bw(SSH, "其他资金")], yesno="是", note="100982.24 / 132468.53 = 76.23%")
Q("yesno", "区域医疗中心主体工程今年年底前能完工吗", [iv(SSH, "区域医疗中心主体工程完工时间")], yesno="是",
  note="2026年12月31日前")
Q("yesno", "松医急诊分诊要求一刻钟以内吗", [iv(SSH, "急诊分诊时间")], yesno="是", note="≤10分钟 is within 15")
Q("yesno", "编办财政供养人员超过40人没有", [f"#{ppl(A[BB6])}"], yesno="否", note="34")
Q("yesno", "编办有没有对下转移支付", [bw(BB6, "拟用于对下转移支付资金")], yesno="是", note="46.00万元")
Q("yesno", "实名制管理系统国庆前能升级完吗", [iv(BB6, "实名制管理系统升级完成时间")], yesno="否", note="2026年11月30日前")
Q("yesno", "编办预算是不是全市倒数第二", [tw(BB6)], yesno="是", note="only 侨联 2318.47 below", scope="mixed")
Q("yesno", "开大的智慧学习平台8月份之前能上线吗", [iv(KD, "智慧学习平台上线时间")], yesno="是", note="2026年7月31日前: before August")
Q("yesno", "开大老年学员满意度要求到95%了吗", [iv(KD, "老年学员满意度")], yesno="是", note="≥95%")
kd_top = max(A[KD]["tasks"], key=lambda x: x["amount"])
Q("yesno", "开大有没有哪项任务超过一千五百万", [T.yuan(kd_top["amount"])], yesno="否", note="largest 12486400")
Q("yesno", "质检中心有对下转移支付吗", [bw(ZJ, "拟用于对下转移支付资金")], yesno="否", note="0.00万元")
Q("yesno", "国家质检中心能在十月底前验收吗", [iv(ZJ, "国家质检中心验收时间")], yesno="是", note="2026年10月31日前")
Q("yesno", "质检中心检验报告按时出具率要求到九成五以上了吗", [iv(ZJ, "检验报告按时出具率")], yesno="是", note="≥98%")
Q("yesno", "质检中心预算过两个亿了吗", [tw(ZJ)], yesno="否", note="18642.37万元")

# ---------------------------------------------------------------- yoy (15) + follow-up
Q("yoy", "编办去年预算多少", [tw(BB5)], note="2025")
Q("yoy", "编办今年预算比去年多多少", [T.wan(tot(A[BB6]) - tot(A[BB5])), tw(BB6), tw(BB5)], note="difference, 2026, 2025")
Q("yoy", "增幅是多少", [T.pct((tot(A[BB6]) - tot(A[BB5])) / tot(A[BB5]) * 100)], fu=True, note="over 2025")
Q("yoy", "编办去年和今年财政供养人员各多少", [f"#{ppl(A[BB5])}", f"#{ppl(A[BB6])}"], note="32, 34")
n = "事业单位登记管理经费"
Q("yoy", "编办事业单位登记管理经费今年比去年涨了多少", [T.yuan(a(BB6, n) - a(BB5, n)), amt(BB6, n), amt(BB5, n)], [n],
  note="difference, 2026, 2025")
Q("yoy", "编办今年新增了哪项任务", [amt(BB6, SMZ)], [SMZ], note="2026 only")
Q("yoy", "去年编办的机构编制监督检查经费多少", [amt(BB5, JC5)], [JC5], note="2025 name")
Q("yoy", "编办那个监督检查的经费今年改名了，现在叫什么，多少钱", [amt(BB6, JC6)], [JC6], note="renamed in 2026")
Q("yoy", "核查这项跟去年比多了多少", [T.yuan(a(BB6, JC6) - a(BB5, JC5)), amt(BB6, JC6), amt(BB5, JC5)], note="across the rename")
Q("yoy", "编办去年几项任务，合计多少钱", [f"#{len(A[BB5]['tasks'])}", T.yuan(sum(x['amount'] for x in A[BB5]['tasks']))],
  note="two asks")
n = "机构职能体系"
Q("yoy", "去年编办机构职能体系那个指标怎么写的", [iv(BB5, n)], [n], absent=[iv(BB6, n)], note="qualitative 2025")
ch = [i["level3"] for i in A[BB5]["indicators"] if T.indicator(A[BB6], i["level3"])["annual_value"] != i["annual_value"]]
Q("yoy", "编办哪些指标的年度值跟去年比有变化", [], ch, note="ten changed, one qualitative")
n = "培训机构编制工作人员"
Q("yoy", "编办去年培训机构编制工作人员定的多少", [iv(BB5, n)], [n], absent=[iv(BB6, n)], note="2025 ≥500人次")
Q("yoy", "编办2025年总体目标里档案数字化大概多少页", [goal(BB5, "约3.2万页")], note="2025 goal only")
n = "镇街机构编制工作业务补助"
Q("yoy", "去年编办给镇街的业务补助多少", [amt(BB5, n)], [n], absent=[amt(BB6, n)], note="2025 = its 对下 38.00万元")
Q("yoy", "编办档案数字化经费今年比去年多了多少", [T.yuan(a(BB6, DA5) - a(BB5, DA5)), amt(BB6, DA5), amt(BB5, DA5)], [DA5],
  note="increase; 重点 in 2025, 其他 in 2026")

# ---------------------------------------------------------------- not_found (7) + follow-up
Q("not_found", "编办2024年的预算", expect="not_found", absent=[tw(BB5), tw(BB6)], note="2024 not loaded")
Q("not_found", "那2025年的呢", [tw(BB5)], fu=True, note="2025")
Q("not_found", "开大去年的老年大学办学经费", expect="not_found", absent=[amt(KD, "老年大学办学经费")], note="开大 2025 not loaded")
Q("not_found", "松山湖中心医院2025年预算多少", expect="not_found", absent=[tw(SSH)], note="松山湖 2025 not loaded")
Q("not_found", "广州开放大学今年预算多少", expect="not_found", absent=[tw(KD)], note="other city, not loaded", scope="not_loaded")
Q("not_found", "市委宣传部今年预算多少", expect="not_found", absent=[tw(BB6)],
  note="中共东莞市委宣传部 not loaded; not 编办", scope="not_loaded")
Q("not_found", "开大老年大学游学经费多少", expect="not_found", note="no such item in any table")
Q("not_found", "质检中心2027年预算", expect="not_found", absent=[tw(ZJ)], note="2027 not loaded")

# ---------------------------------------------------------------- trap (8)
Q("trap", "东莞市第九人民医院今年预算多少", expect="not_found", absent=[tw(SSH)],
  note="unit not loaded; not 松山湖中心医院", scope="not_loaded")
Q("trap", "质检中心的食品安全抽检监测经费多少", expect="not_found", absent=[T.yuan(other(SJ, "食品安全抽检监测经费"))],
  note="市场监管局's item")
Q("trap", "松山湖中心医院的儿童危重症救治中心建设经费", expect="not_found",
  absent=[T.yuan(other(BY8, "儿童危重症救治中心建设经费"))], note="八院's item")
Q("trap", "开大的公共实训基地建设经费有多少", expect="not_found",
  absent=[T.yuan(other(JSX, "公共实训基地建设经费"))], note="技师学院's item")
Q("trap", "镇街社区教育学习中心建设补助是多少", expect="ok_or_clarify", note="职院 and 开大 share the name", scope="mixed")
Q("trap", "计量器具强制检定指标定的多少", expect="ok_or_clarify", note="市场监管局 and 质检中心 share the indicator", scope="mixed")
Q("trap", "住建局的城建档案数字化经费，不是编办那个", [T.yuan(other(ZJJ, "城建档案数字化经费"))], ["城建档案数字化经费"],
  absent=[amt(BB6, DA5)], note="住建局 2026", scope="mixed")
Q("trap", "市场监管局计量器具强制检定多少，别跟质检中心搞混", [other_iv(SJ, "计量器具强制检定")], ["计量器具强制检定"],
  absent=[iv(ZJ, "计量器具强制检定")], note="市场监管局 2026 ≥12万台件; 质检中心 ≥13万台件", scope="mixed")

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
out = HERE.parent / "batch_37.jsonl"
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
