"""Write tests/blind/batch_39.jsonl (160 questions) from the tables alone (truth39.py).

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

import truth39 as T  # noqa: E402

A = T.load()
XF6, XF5, GZ, TC, NK = T.NEW  # 消防 2026, 消防 2025, 东莞中学, 土地储备中心, 农业科学研究中心
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
    rid = f"b39-{n:03d}"
    ROWS.append({"id": rid, "q": q, "category": "followup" if fu else cat, "expect": expect,
                 "figures": list(figures), "names": list(names), "yesno": yesno, "absent": list(absent),
                 "followup_of": ROWS[-1]["id"] if fu else None, "note": f"{note} [scope: {scope}]"})


YJ, JGSW, ZRZY, NYNC, JYJ = "东莞市应急管理局", "东莞市机关事务管理局", "东莞市自然资源局", "东莞市农业农村局", "东莞市教育局"
KD, JSX, ZJZX, ZYY, TJ = "东莞开放大学", "东莞市技师学院", "东莞市质量监督检测中心", "东莞市中医院", "东莞市统计局"
CZJ, KX, GXJ, CSGX, GA = "东莞市财政局", "东莞市科学技术协会", "东莞市城市更新局", "东莞市城市更新局", "东莞市公安局"
CL, XQ, ZZ, SM = "消防车辆和装备购置经费", "校园安全和后勤保障经费", "镇街消防队站建设补助", "智慧消防物联网监测平台建设经费"
JD5, JD6, XC = "防火监督检查经费", "火灾隐患排查整治和消防监督经费", "消防宣传教育和培训经费"
TQ, NJ = "土地储备前期工作经费", "农产品质量安全检测经费"


def other(dname, name):
    (x,) = [x for x in dept(dname)["tasks"] if x["name"] == name]
    return x["amount"]


def other_iv(dname, name, which="annual"):
    (x,) = [x for x in dept(dname)["indicators"] if x["level3"] == name]
    return x[f"{which}_value"]


# ---------------------------------------------------------------- item_money (15) + follow-ups
Q("item_money", "消防支队今年买消防车和装备的钱有多少", [amt(XF6, CL)], [CL], absent=[amt(XF5, CL)],
  note="asked by use; 2025 54263800 (then an 其他 task)")
Q("item_money", "那去年呢", [amt(XF5, CL)], [CL], absent=[amt(XF6, CL)], fu=True, note="消防 2025")
n = "政府专职消防队伍建设经费"
Q("item_money", "市消防支队养政府专职消防员的那笔钱多少", [amt(XF6, n)], [n], absent=[amt(XF5, n)], note="asked by use")
Q("item_money", "消防给镇街消防队站的补助是多少", [amt(XF6, ZZ)], [ZZ], absent=[amt(XF5, ZZ)], note="= its 对下 634.00万元")
n = "城市消防站建设经费"
Q("item_money", "消防救援支队今年建消防站安排了多少钱", [amt(XF6, n)], [n], absent=[amt(XF5, n)], note="asked by use")
n = "营房维修和后勤保障经费"
Q("item_money", "消防支队营房维修和后勤保障经费", [amt(XF6, n)], [n], absent=[T.yuan(other(JGSW, "市直机关安全保卫和消防管理经费"))],
  note="机关事务局 市直机关安全保卫和消防管理经费 6380300 is another item")
Q("item_money", "莞中校園安全和後勤保障經費多少", [amt(GZ, XQ)], [XQ],
  absent=[T.yuan(other(KD, XQ)), T.yuan(other(JSX, XQ))],
  note="traditional; 莞中 = 东莞中学; same name as 开大 5148300 and 技师学院 5184300 (same digits)")
Q("item_money", "技师学院的呢", [T.yuan(other(JSX, XQ))], [XQ], absent=[amt(GZ, XQ)], fu=True, note="技师学院 2026",
  scope="mixed")
n = "学生资助经费"
Q("item_money", "东莞中学学生资助花多少钱", [amt(GZ, n)], [n],
  absent=[T.yuan(other(JYJ, "学生资助")), T.yuan(other(KD, "学生资助和奖学金经费"))],
  note="教育局's task 学生资助 152380000 and 开大's 学生资助和奖学金经费 1964200 are other items")
n = "拔尖创新人才培养经费"
Q("item_money", "莞中搞强基计划、竞赛培训那块的经费", [amt(GZ, n)], [n], note="asked by use (content)")
n = "学生宿舍和食堂维修改造经费"
Q("item_money", "东莞中学宿舍食堂维修要花多少", [amt(GZ, n)], [n], note="partial name")
Q("item_money", "土储中心的土地储备前期工作经费多少", [amt(TC, TQ)], [TQ], absent=[T.yuan(other(ZRZY, TQ))],
  note="土储中心 = 东莞市土地储备中心; same name as 自然资源局 35600000 (×10)")
n = "土地收储补偿经费"
Q("item_money", "市土储中心今年收储补偿款安排多少", [amt(TC, n)], [n], note="asked by use")
n = "征收补偿法律服务和诉讼经费"
Q("item_money", "土储中心征收补尝法律服务和打官司的钱", [amt(TC, n)], [n], note="typo 补尝 (补偿); 打官司 = 诉讼")
Q("item_money", "农科中心农产品质量安全检测经费是多少", [amt(NK, NJ)], [NJ],
  absent=[T.yuan(other(NYNC, "农产品质量安全监测经费"))],
  note="农科中心 = 东莞市农业科学研究中心; 农业农村局 农产品质量安全监测经费 6725000 (digits swapped)")
n = "农业种质资源圃建设经费"
Q("item_money", "市农科所扩建荔枝龙眼种质资源圃的钱", [amt(NK, n)], [n], note="asked by use")
n = "莞香和岭南特色作物研究经费"
Q("item_money", "农科所研究莞香的经费多少", [amt(NK, n)], [n], note="partial name")

# ---------------------------------------------------------------- indicator (13) + follow-up
n = "城区接警到场时间"
Q("indicator", "消防支队城区接警到场时间要求几分钟", [iv(XF6, n)], [n], absent=[iv(XF5, n)], note="≤8分钟; 2025 ≤10分钟")
n = "新建城市消防站"
Q("indicator", "消防支队今年新建城市消防站年度指标多少", [iv(XF6, n)], [n], absent=[iv(XF5, n)],
  note="annual ≥4个; 2025 ≥3个; period ≥12个 not absent")
Q("indicator", "实施周期的值呢", [iv(XF6, n, "period")], [n], fu=True, note="period ≥12个")
n = "开展灭火救援联合演练"
Q("indicator", "消防今年开展灭火救援联合演练多少场", [iv(XF6, n)], [n], absent=[other_iv(YJ, "开展应急救援联合演练")],
  note="应急管理局 开展应急救援联合演练 ≥12场 (look-alike)")
n = "消防站单站建设成本"
Q("indicator", "消防站单站建设成本上限是多少", [iv(XF6, n)], [n], note="one table only; ≤2800万元/个")
n = "高考本科上线率"
Q("indicator", "莞中高考本科上线率要求多少", [iv(GZ, n)], [n], note="≥98%")
n = "学生体质健康达标率"
Q("indicator", "东莞中学学生体质健康达标率定的多少", [iv(GZ, n)], [n], absent=[other_iv(JYJ, n)],
  note="教育局 ≥92% (same name)")
n = "教师培训人均成本"
Q("indicator", "莞中教师培训人均成本上限", [iv(GZ, n)], [n], absent=[other_iv(JYJ, n)], note="教育局 ≤2500元/人 (same name)")
n = "资助家庭经济困难学生"
Q("indicator", "东莞中学资助家庭经济困难学生多少人次", [iv(GZ, n)], [n], absent=[other_iv(KD, n), other_iv(JYJ, "资助家庭经济困难学生人次")],
  note="开大 ≥1500人次 (same name); 教育局 资助家庭经济困难学生人次 ≥52000人次")
n = "完成土地收储"
Q("indicator", "土储中心今年完成土地收储指标多少亩", [iv(TC, n)], [n], note="annual ≥3000亩; period ≥9000亩")
n = "收储补偿款支付时限"
Q("indicator", "土储中心收储补偿款多少个工作日内付", [iv(TC, n)], [n], note="≤15个工作日")
n = "储备土地巡查频次"
Q("indicator", "储备土地一个月巡查几次", [iv(TC, n)], [n], note="one table only; ≥2次/月")
n = "开展农产品质量安全检测"
Q("indicator", "农科中心开展农产品质量安全检测年度指标多少批次", [iv(NK, n)], [n],
  absent=[other_iv(NYNC, "农产品质量安全例行监测抽检样品")], note="annual ≥8000批次; period ≥24000批次; 农业农村局 ≥6000批次")
n = "农产品检测单批次成本"
Q("indicator", "农科中心农产品检测一批次成本上限", [iv(NK, n)], [n], absent=[other_iv(ZJZX, "产品监督抽查单批次检验成本")],
  note="≤280元/批次; 质检中心 ≤2800元/批次 (digits)")

# ---------------------------------------------------------------- overview (5) + follow-ups
Q("overview", "消防救援支队今年部门预算合计多少", [tw(XF6)], note="预算合计 = 基本 + 项目 + 其他事业发展性")
Q("overview", "财政拨款和其他资金分别多少", [bw(XF6, "财政拨款"), bw(XF6, "其他资金")], fu=True, note="two figures in order")
Q("overview", "在全市排第几", [rank(tot, XF6)], fu=True, note="自然资源局 96273.10 > 91846.27 > 工信局 88652.47",
  scope="mixed")
Q("overview", "土储中心财政供养几个人，下面几个二级单位", [f"#{ppl(A[TC])}", f"#{A[TC]['basic_info']['下属二级单位数']}"],
  note="84, 1")
Q("overview", "东莞中学今年预算总额", [tw(GZ)], note="")
Q("overview", "农科中心项目支出多少", [bw(NK, "项目支出")], note="")
Q("overview", "土储中心基本支出多少", [bw(TC, "基本支出")], note="")

# ---------------------------------------------------------------- structure (2)
Q("structure", "土储中心有哪些质量指标", [], [i["level3"] for i in A[TC]["indicators"] if i["level2"] == "质量指标"],
  note="质量指标, three")
Q("structure", "农科中心的成本指标有哪几个", [], [i["level3"] for i in A[NK]["indicators"] if i["level1"] == "成本指标"],
  note="一级 成本指标, two")

# ---------------------------------------------------------------- prose (18) + follow-up
Q("prose", "消防支队今年要建几支镇街专职消防队", [goal(XF6, "约6支")], note="goal only; sentence with 1350人, 4个, 6支")
Q("prose", "按总体目标，消防支队政府专职消防员要达到多少人", [goal(XF6, "约1350人")],
  note="indicator ≥1300人 is the counterpart (总体目标)")
Q("prose", "智慧消防平台要接入多少家高层建筑和重点单位", [goal(XF6, "约1200家")], note="goal only")
Q("prose", "消防今年建几个消防科普教育基地", [goal(XF6, "约5个")], note="goal only; sentence with 32万人次, 5个")
Q("prose", "按目标消防全年检查社会单位大概多少家次", [goal(XF6, "约2.8万家次")], note="indicator ≥2.6万家次 is the counterpart")
Q("prose", "莞中今年大概多少个教学班", [goal(GZ, "约96个")], note="goal only; sentence with 4300人, 96个, 900人")
Q("prose", "东莞中学特控线上线大概多少人", [goal(GZ, "约900人")], note="goal only; 特控线 = 特殊类型招生控制线")
Q("prose", "按总体目标莞中在校学生大概多少人", [goal(GZ, "约4300人")], note="indicator ≥4200人 is the counterpart (总体目标)")
Q("prose", "莞中要培养多少名市级以上骨干教师和名师", [goal(GZ, "约35名")], note="goal only; sentence with 2600人次, 35名")
Q("prose", "按目标莞中建成智慧教室大概多少间", [goal(GZ, "约60间")], note="annual indicator ≥50间 is the counterpart (目标)")
Q("prose", "土储中心今年推进收储项目大概多少个", [goal(TC, "约45个")], note="goal only; sentence with 3200亩, 45个")
Q("prose", "土储中心为重大项目供地大概几宗", [goal(TC, "约20宗")], note="goal only; sentence with 1300亩, 20宗")
Q("prose", "按总体目标土储中心管护储备土地大概多少亩", [goal(TC, "约1.9万亩")], note="indicator ≥1.8万亩 is the counterpart")
Q("prose", "农科中心承担省市科研项目大概多少项，获授权专利多少", [goal(NK, "约28项"), goal(NK, "约12项")],
  note="goal only; two figures in order")
Q("prose", "农科中心对多少个镇街开展农业技术推广", [goal(NK, "约32个")], note="goal only")
Q("prose", "按目标农科中心保存种质资源大概多少份", [goal(NK, "约650份")], note="indicator ≥600份 is the counterpart (目标)")
Q("prose", "那选育新品种大概几个", [goal(NK, "约4个")], fu=True, note="indicator ≥3个 is the counterpart (大概)")
Q("prose", "农科所按目标农产品质量安全检测大概多少批次", [goal(NK, "约9000批次")], note="indicator ≥8000批次 is the counterpart")
Q("prose", "消防支队2025年总体目标里政府专职消防员约多少人", [goal(XF5, "约1250人")], note="2025 goal only")

# ---------------------------------------------------------------- filter (8) + follow-up
big = [x for x in A[XF6]["tasks"] if x["amount"] > 10000000]
Q("filter", "消防支队哪些任务超过一千万", [], [x["name"] for x in big], note="> 10,000,000 (none on the line)")
Q("filter", "这几项加起来多少", [T.yuan(sum(x["amount"] for x in big))], fu=True, note="sum of the five")
Q("filter", "莞中两百万到六百万之间的任务有哪些", [],
  [x["name"] for x in A[GZ]["tasks"] if 2000000 <= x["amount"] <= 6000000], note="inclusive")
Q("filter", "农科中心哪些任务不到两百万", [], [x["name"] for x in A[NK]["tasks"] if x["amount"] < 2000000], note="< 2,000,000")
Q("filter", "土储中心哪个指标周期值跟年度值不一样", [],
  [i["level3"] for i in A[TC]["indicators"] if i["period_value"] != i["annual_value"]], note="period ≠ annual: one")
Q("filter", "东莞中学哪些指标是定性的", [],
  [i["level3"] for i in A[GZ]["indicators"] if not any(c.isdigit() for c in i["annual_value"])], note="qualitative")
Q("filter", "农科中心按百分比考核的指标有哪些", [], [i["level3"] for i in A[NK]["indicators"] if "%" in i["annual_value"]],
  note="annual value in %")
Q("filter", "全市财政供养人员在400到500人之间的单位", [], [t["department"] for t in DG if 400 <= ppl(t) <= 500],
  note="人社局 486, 技师学院 468, 莞中 462, 自然资源局 412", scope="mixed")
Q("filter", "东莞今年预算在5亿到6亿之间的部门有哪些", [],
  [t["department"] for t in DG if 50000 <= tot(t) <= 60000], note="three, 土储中心 among them", scope="mixed")

# ---------------------------------------------------------------- count (8) + follow-ups
Q("count", "消防支队今年表里有几项任务", [f"#{len(A[XF6]['tasks'])}"], note="eleven")
zk = [x for x in A[XF6]["tasks"] if x["section"] == "年度重点工作任务"]
zks = sum(x["amount"] for x in zk)
zts = sum(x["amount"] for x in A[XF6]["tasks"])
Q("count", "重点任务几项，合计多少", [f"#{len(zk)}", T.yuan(zks)], fu=True, note="five 年度重点工作任务, two asks")
Q("count", "重点任务占全部任务经费百分之几", [T.pct(zks / zts * 100)], fu=True, note="key / all tasks")
Q("count", "东莞中学的绩效指标一共几个", [f"#{len(A[GZ]['indicators'])}"], note="")
Q("count", "土储中心数量指标有几个", [f"#{sum(i['level2'] == '数量指标' for i in A[TC]['indicators'])}"], note="")
Q("count", "农科中心满意度指标几个", [f"#{sum(i['level1'] == '满意度指标' for i in A[NK]['indicators'])}"], note="")
Q("count", "全市今年交了部门整体绩效目标表的单位有几家", [f"#{len(DG)}"], note="100", scope="mixed")
Q("count", "全市任务名称里带“消防”的有几项", [f"#{sum('消防' in x['name'] for t in DG for x in t['tasks'])}"],
  note="literal substring; 消防支队 8 + 机关事务局, 博物馆, 可园", scope="mixed")
Q("count", "东莞财政供养人员超过一千人的单位几家", [f"#{sum(ppl(t) > 1000 for t in DG)}"], note="消防支队 1486 is one",
  scope="mixed")
Q("count", "东莞今年有几个部门没有对下转移支付资金", [f"#{sum(t['budget']['拟用于对下转移支付资金'] == 0 for t in DG)}"],
  note="对下 0.00; 莞中 and 土储中心 among them", scope="mixed")

# ---------------------------------------------------------------- aggregate (9) + follow-up
tsum = sum(x["amount"] for x in A[TC]["tasks"])
Q("aggregate", "土储中心九项任务加起来多少", [T.yuan(tsum)], note="nine tasks")
Q("aggregate", "占项目支出的比例", [T.pct(tsum / (bl(TC, "项目支出") * 10000) * 100)], fu=True, note="tasks / 项目支出")
Q("aggregate", "消防支队和应急管理局今年预算合起来多少", [T.wan(tot(A[XF6]) + tot(dept(YJ)))], note="", scope="mixed")
Q("aggregate", "消防支队、莞中、土储中心、农科中心四家预算加总", [T.wan(sum(tot(A[s]) for s in (XF6, GZ, TC, NK)))], note="")
Q("aggregate", "东莞今年各部门预算总盘子", [T.wan(sum(tot(t) for t in DG))], note="100 departments", scope="mixed")
Q("aggregate", "消防支队基本支出占预算合计的比例", [T.pct(bl(XF6, "基本支出") / tot(A[XF6]) * 100)], note="")
nsum = sum(x["amount"] for x in A[NK]["tasks"])
Q("aggregate", "农科中心十个任务平均一项多少钱", [T.yuan2(Decimal(nsum) / 10)], note="average")
Q("aggregate", "全市名称带“学生资助”的任务经费合计",
  [T.yuan(sum(x["amount"] for t in DG for x in t["tasks"] if "学生资助" in x["name"]))],
  note="literal substring: 教育局, 人社局, 职院, 技师学院, 开大, 莞中 (six)", scope="mixed")
Q("aggregate", "农科中心对下转移支付占财政专项资金的比重",
  [T.pct(bl(NK, "拟用于对下转移支付资金") / bl(NK, "财政专项资金") * 100)], note="174 / 986")
Q("aggregate", "东莞中学和技师学院财政供养人员一共多少", [f"#{ppl(A[GZ]) + ppl(dept(JSX))}"], note="462 + 468", scope="mixed")

# ---------------------------------------------------------------- ranking (11) + follow-ups
top = max(A[TC]["tasks"], key=lambda x: x["amount"])
lo = min(A[TC]["tasks"], key=lambda x: x["amount"])
Q("ranking", "土储中心哪个任务钱最多", [T.yuan(top["amount"])], [top["name"]], note="")
Q("ranking", "最少的是哪个", [T.yuan(lo["amount"])], [lo["name"]], fu=True, note="")
Q("ranking", "东莞各部门按预算排，消防支队第几", [rank(tot, XF6)], note="自然资源局 96273.10 > 91846.27 > 工信局 88652.47",
  scope="mixed")
Q("ranking", "农科中心预算全市排第几", [rank(tot, NK)], note="科协 8962.57 > 8586.34 > 殡葬管理所 8215.37", scope="mixed")
Q("ranking", "莞中预算在东莞排多少名", [rank(tot, GZ)], note="财政局 29001.97 > 26834.58 > 城市照明 25836.47", scope="mixed")
Q("ranking", "土储中心预算全市第几", [rank(tot, TC)], note="城市更新局 56842.63 > 54618.37 > 科技局 52187.28", scope="mixed")
Q("ranking", "消防支队财政供养人员全市第几", [rank(ppl, XF6)], note="中医院 1856 > 1486 > 八院 1268", scope="mixed")
Q("ranking", "莞中财政供养人员在全市排第几", [rank(ppl, GZ)], note="技师学院 468 > 462 > 自然资源局 412", scope="mixed")
Q("ranking", "那技师学院呢", [rank(ppl, dept(JSX)["slug"])], fu=True, note="one place ahead of 莞中", scope="mixed")
Q("ranking", "消防支队的其他资金全市排老几", [rank(lambda t: t["budget"]["其他资金"], XF6)],
  note="应急管理局 1435.24 > 1429.42 > 公路事务中心 1386.45 (5.82 apart)", scope="mixed")
Q("ranking", "土储中心基本支出全市排第几", [rank(lambda t: t["budget"]["基本支出"], TC)],
  note="老干部局 1586.34 > 1536.84 > 博物馆 1528.46", scope="mixed")
second = sorted(A[GZ]["tasks"], key=lambda x: -x["amount"])[1]
Q("ranking", "东莞中学花钱第二多的任务", [T.yuan(second["amount"])], [second["name"]], note="second")
four = sorted((XF6, GZ, TC, NK), key=lambda s: -tot(A[s]))
Q("ranking", "消防支队、莞中、土储中心、农科中心按预算从高到低排", [tw(s) for s in four], [A[s]["department"] for s in four],
  note="descending order as asked")


# ---------------------------------------------------------------- compare (11)
def cmp(q, x, y, unit="wan", note="", scope="mixed", names=()):
    dlt = abs(x - y)
    f = {"wan": T.wan, "yuan": T.yuan, "people": lambda v: f"#{v}"}[unit]
    Q("compare", q, [f(dlt), f(x), f(y)], list(names), note=note, scope=scope)


cmp("消防支队比应急管理局预算多多少", tot(A[XF6]), tot(dept(YJ)), note="difference, then 消防, 应急管理局")
cmp("土储中心和城市更新局预算差多少", tot(A[TC]), tot(dept(CSGX)), note="城市更新局 larger")
cmp("莞中跟财政局预算相差多少", tot(A[GZ]), tot(dept(CZJ)), note="财政局 larger")
cmp("农科中心和科协预算差多少", tot(A[NK]), tot(dept(KX)), note="科协 larger")
cmp("农科中心农产品质量安全检测经费和农业农村局农产品质量安全监测经费差多少", a(NK, NJ),
    other(NYNC, "农产品质量安全监测经费"), "yuan", names=[NJ, "农产品质量安全监测经费"], note="27000元")
cmp("土储中心的土地储备前期工作经费比自然资源局的少多少", a(TC, TQ), other(ZRZY, TQ), "yuan", names=[TQ],
    note="32040000元")
cmp("莞中校园安全和后勤保障经费跟开大的差多少", a(GZ, XQ), other(KD, XQ), "yuan", names=[XQ], note="270000元; 莞中 larger")
cmp("东莞中学的学生资助经费比开大学生资助和奖学金经费多多少", a(GZ, "学生资助经费"), other(KD, "学生资助和奖学金经费"),
    "yuan", names=["学生资助经费", "学生资助和奖学金经费"], note="182100元")
cmp("消防营房维修和后勤保障经费跟机关事务局市直机关安全保卫和消防管理经费差多少", a(XF6, "营房维修和后勤保障经费"),
    other(JGSW, "市直机关安全保卫和消防管理经费"), "yuan", names=["营房维修和后勤保障经费", "市直机关安全保卫和消防管理经费"],
    note="1158300元")
cmp("消防支队和中医院财政供养人员差多少人", ppl(A[XF6]), ppl(dept(ZYY)), "people", note="370")
cmp("土储中心和统计局财政供养人员差几个", ppl(A[TC]), ppl(dept(TJ)), "people", note="2")

# ---------------------------------------------------------------- yesno (15)
Q("yesno", "消防支队今年预算过９个亿没有", [tw(XF6)], yesno="是", note="full-width ９; 91846.27万元")
Q("yesno", "消防支队是不是九成以上靠财政拨款", [bw(XF6, "财政拨款")], yesno="是", note="90416.85 / 91846.27 = 98.44%")
Q("yesno", "智慧消防物联网监测平台国庆前能上线吗", [iv(XF6, "智慧消防物联网监测平台上线时间")], yesno="是",
  note="2026年9月30日前: before 1 October")
Q("yesno", "消防城区接警到场时间要求在一刻钟以内吗", [iv(XF6, "城区接警到场时间")], yesno="是", note="≤8分钟 is within 15")
Q("yesno", "消防支队财政供养人员超过1500人没有", [f"#{ppl(A[XF6])}"], yesno="否", note="1486")
Q("yesno", "消防支队有没有对下转移支付", [bw(XF6, "拟用于对下转移支付资金")], yesno="是", note="634.00万元")
Q("yesno", "东莞中学有对下转移支付吗", [bw(GZ, "拟用于对下转移支付资金")], yesno="否", note="0.00万元")
Q("yesno", "莞中智慧校园升级改造秋季开学前能完成吗", [iv(GZ, "智慧校园升级改造完成时间")], yesno="是",
  note="2026年8月31日前: before 1 September")
Q("yesno", "莞中高考本科上线率要求到九成五以上了吗", [iv(GZ, "高考本科上线率")], yesno="是", note="≥98%")
gz_top = max(A[GZ]["tasks"], key=lambda x: x["amount"])
Q("yesno", "莞中有没有哪项任务超过一千万", [T.yuan(gz_top["amount"])], yesno="否", note="largest 8647200")
Q("yesno", "土储中心预算是不是超过五个亿", [tw(TC)], yesno="是", note="54618.37万元")
Q("yesno", "土储中心财政供养人员是不是比统计局少", [f"#{ppl(A[TC])}"], yesno="是", note="84 < 86", scope="mixed")
Q("yesno", "农科中心的种质资源圃年底前能扩建完吗", [iv(NK, "种质资源圃扩建完成时间")], yesno="是", note="2026年10月31日前")
Q("yesno", "农科中心检测结果准确率要求达到百分之百吗", [iv(NK, "检测结果准确率")], yesno="否", note="≥99%, not 100%")
Q("yesno", "农科中心预算超过一个亿了吗", [tw(NK)], yesno="否", note="8586.34万元")

# ---------------------------------------------------------------- yoy (15) + follow-ups
Q("yoy", "消防支队去年预算多少", [tw(XF5)], note="2025")
Q("yoy", "消防支队今年预算比去年多多少", [T.wan(tot(A[XF6]) - tot(A[XF5])), tw(XF6), tw(XF5)], note="difference, 2026, 2025")
Q("yoy", "增幅是多少", [T.pct((tot(A[XF6]) - tot(A[XF5])) / tot(A[XF5]) * 100)], fu=True, note="over 2025")
Q("yoy", "消防支队去年和今年财政供养人员各多少", [f"#{ppl(A[XF5])}", f"#{ppl(A[XF6])}"], note="1452, 1486")
Q("yoy", "消防宣传教育和培训经费今年比去年涨了多少", [T.yuan(a(XF6, XC) - a(XF5, XC)), amt(XF6, XC), amt(XF5, XC)], [XC],
  note="difference, 2026, 2025")
Q("yoy", "消防支队今年新增了哪项任务", [amt(XF6, SM)], [SM], note="2026 only")
Q("yoy", "去年消防支队的防火监督检查经费多少", [amt(XF5, JD5)], [JD5], note="2025 name")
Q("yoy", "消防那个防火监督检查的经费今年改名了，现在叫什么，多少钱", [amt(XF6, JD6)], [JD6], note="renamed in 2026")
Q("yoy", "这项跟去年比多了多少", [T.yuan(a(XF6, JD6) - a(XF5, JD5)), amt(XF6, JD6), amt(XF5, JD5)], fu=True,
  note="across the rename")
Q("yoy", "消防支队去年几项任务，合计多少钱", [f"#{len(A[XF5]['tasks'])}", T.yuan(sum(x['amount'] for x in A[XF5]['tasks']))],
  note="two asks")
n = "城市消防综合救援能力"
Q("yoy", "去年消防城市消防综合救援能力那个指标怎么写的", [iv(XF5, n)], [n], absent=[iv(XF6, n)], note="qualitative 2025")
ch = [i["level3"] for i in A[XF5]["indicators"] if T.indicator(A[XF6], i["level3"])["annual_value"] != i["annual_value"]]
Q("yoy", "消防支队哪些指标的年度值跟去年比有变化", [], ch, note="ten changed, one qualitative")
n = "购置消防车辆"
Q("yoy", "消防支队去年购置消防车辆定的多少辆", [iv(XF5, n)], [n], absent=[iv(XF6, n)], note="2025 ≥45辆")
Q("yoy", "消防2025年总体目标里消防科普教育基地建几个", [goal(XF5, "约2个")], note="2025 goal only")
Q("yoy", "去年消防给镇街消防队站的补助多少", [amt(XF5, ZZ)], [ZZ], absent=[amt(XF6, ZZ)], note="2025 = its 对下 572.00万元")
Q("yoy", "消防车辆和装备购置经费今年比去年多了多少", [T.yuan(a(XF6, CL) - a(XF5, CL)), amt(XF6, CL), amt(XF5, CL)], [CL],
  note="increase; 其他 in 2025, 重点 in 2026")
n = "亡人火灾起数"
Q("yoy", "消防亡人火灾起数今年和去年的指标各是多少", [iv(XF6, n), iv(XF5, n)], [n], note="2026 ≤8起, 2025 ≤10起, in order asked")

# ---------------------------------------------------------------- not_found (7) + follow-up
Q("not_found", "消防支队2024年的预算", expect="not_found", absent=[tw(XF5), tw(XF6)], note="2024 not loaded")
Q("not_found", "那2025年的呢", [tw(XF5)], fu=True, note="2025")
Q("not_found", "莞中去年的学生资助经费", expect="not_found", absent=[amt(GZ, "学生资助经费")], note="莞中 2025 not loaded")
Q("not_found", "土储中心2025年预算多少", expect="not_found", absent=[tw(TC)], note="土储 2025 not loaded")
Q("not_found", "广州市消防救援支队今年预算多少", expect="not_found", absent=[tw(XF6)], note="other city, not loaded",
  scope="not_loaded")
Q("not_found", "东莞市第七人民医院今年预算多少", expect="not_found", note="not loaded", scope="not_loaded")
Q("not_found", "农科中心水稻育种基地建设经费多少", expect="not_found", note="no such item in any table")
Q("not_found", "农科中心2027年预算", expect="not_found", absent=[tw(NK)], note="2027 not loaded")

# ---------------------------------------------------------------- trap (8)
Q("trap", "东华高级中学今年预算多少", expect="not_found", absent=[tw(GZ)],
  note="unit not loaded; not 东莞中学", scope="not_loaded")
Q("trap", "消防支队的综合应急救援队伍建设经费多少", expect="not_found",
  absent=[T.yuan(other(YJ, "综合应急救援队伍建设经费"))], note="应急管理局's item")
Q("trap", "土储中心的耕地保护与垦造水田项目经费", expect="not_found",
  absent=[T.yuan(other(ZRZY, "耕地保护与垦造水田项目经费"))], note="自然资源局's item")
Q("trap", "农科中心的农机购置补贴有多少", expect="not_found", absent=[T.yuan(other(NYNC, "农机购置补贴"))],
  note="农业农村局's item")
Q("trap", "土地储备前期工作经费是多少", expect="ok_or_clarify", note="自然资源局 and 土储中心 share the name", scope="mixed")
Q("trap", "校园安全和后勤保障经费是多少", expect="ok_or_clarify", note="开大, 技师学院 and 莞中 share the name", scope="mixed")
Q("trap", "应急管理局开展应急救援联合演练年度指标多少，别跟消防搞混", [other_iv(YJ, "开展应急救援联合演练")],
  ["开展应急救援联合演练"], absent=[iv(XF6, "开展灭火救援联合演练")],
  note="应急管理局 2026 ≥12场 (period ≥36场); 消防 开展灭火救援联合演练 ≥24场", scope="mixed")
Q("trap", "开大的资助家庭经济困难学生指标，不是莞中那个", [other_iv(KD, "资助家庭经济困难学生")], ["资助家庭经济困难学生"],
  absent=[iv(GZ, "资助家庭经济困难学生")], note="开大 2026 ≥1500人次; 莞中 ≥500人次", scope="mixed")

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
out = HERE.parent / "batch_39.jsonl"
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
