"""Write tests/blind/batch_30.jsonl: 160 questions about batch 30's four new tables (东莞市中心血站 2026 and 2025,
东莞市紧急医疗救援指挥中心 2026, 东莞图书馆 2026) and the other 东莞 departments, in staff's own words.

Every figure is computed from the tables (truth30.py; Decimal, ROUND_HALF_UP). Checks made here: prose phrases are in
the goals of their table and in no task or indicator of it; every `absent` is a real value (a stored value or a goal
phrase of some table) and not a figure of its line; look-alike pairs are close (≤ 1000 元) and different; every new
amount is unique over all tables; each 镇街 subsidy equals its 对下 line; tasks stay within 项目支出; ranks asked are
tie-free; thresholds never equal a value they filter. Re-running gives a byte-identical file; the scope of each line
is appended to its note and the counts are printed.
"""

from __future__ import annotations

import json
import sys
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import truth30 as T  # noqa: E402
from truth30 import indicator, pct, q2, total, wan, yuan, yuan2  # noqa: E402

A = T.load()
XZ, XZ5, JJ, TS = (A[s] for s in T.NEW)
DG = T.dg2026(A)
assert len(DG) == 68, len(DG)
BY = {t["department"]: t for t in DG}
WG, HS, YJ, GL = (BY[n] for n in ("东莞市文化广电旅游体育局", "东莞市红十字会", "东莞市应急管理局", "东莞市公路事务中心"))
WJ, DA, YL = (BY[n] for n in ("东莞市卫生健康局", "东莞市档案局", "东莞市园林绿化中心"))
peo = lambda t: t["basic_info"]["财政供养人员数"]  # noqa: E731
bud = lambda t, n: t["budget"][n]  # noqa: E731


def amt(t, name):
    return T.task(t, name)["amount"]


def iv(t, name, which="annual_value"):
    return indicator(t, name)[which]


def Y(x):
    return yuan(x)


def cnt(n):
    return f"#{n}"


def rank(key, name, reverse=True):
    order = sorted(DG, key=key, reverse=reverse)
    vals = [key(t) for t in order]
    i = [t["department"] for t in order].index(name)
    assert vals.count(vals[i]) == 1, ("tie", name)
    return cnt(i + 1)


def named(word):
    return [(x, t) for t in DG for x in t["tasks"] if word in x["name"]]


# ------------------------------------------------------------------ table-level checks
ALLAMT = {}
for s, t in A.items():
    for x in t.get("tasks", []):
        ALLAMT.setdefault(x["amount"], []).append(s)
for t in (XZ, XZ5, JJ, TS):
    for x in t["tasks"]:
        assert len(ALLAMT[x["amount"]]) == 1, ("amount not unique", x["name"])
    assert sum(x["amount"] for x in t["tasks"]) <= t["budget"]["项目支出"] * 10000
    zj = [x["amount"] for x in t["tasks"] if x["name"].startswith("镇街")]
    assert zj == [t["budget"]["拟用于对下转移支付资金"] * 10000], t["department"]
LOOK = [(amt(XZ, "无偿献血宣传和献血者关爱经费"), amt(HS, "造血干细胞捐献和无偿献血动员经费")),
        (amt(XZ, "血液管理信息化系统运维经费"), amt(HS, "红十字信息化建设经费")),
        (amt(XZ, "采供血业务人员培训经费"), amt(DA, "档案业务人员培训经费")),
        (amt(JJ, "急救车辆购置和车载设备更新经费"), amt(YJ, "安全生产监管执法经费")),
        (amt(JJ, "120调度指挥信息化系统升级经费"), amt(YJ, "应急指挥信息化建设经费")),
        (amt(JJ, "社会急救培训和急救知识普及经费"), amt(HS, "红十字应急救护培训普及经费")),
        (amt(JJ, "社会急救培训和急救知识普及经费"), amt(WJ, "医务人员培训经费")),
        (amt(JJ, "紧急医学救援物资储备经费"), amt(GL, "公路应急抢通和防汛物资储备经费")),
        (amt(TS, "图书馆总分馆运行和读者服务经费"), amt(WG, "公共图书馆运行经费")),
        (amt(TS, "图书馆总分馆运行和读者服务经费"), amt(BY["东莞市科学技术协会"], "东莞科技馆运行和展教经费")),
        (amt(TS, "全民阅读推广活动经费"), amt(WG, "文化旅游宣传推广经费")),
        (amt(TS, "古籍和地方文献保护修复经费"), amt(DA, "档案资源征集和抢救保护经费")),
        (amt(TS, "图书馆从业人员业务培训经费"), amt(WG, "文化体育从业人员培训经费"))]
for a, b in LOOK:
    assert 0 < abs(a - b) <= 1000, (a, b)

STORED = set()
for t in A.values():
    for x in t.get("tasks", []):
        STORED.add(Y(x["amount"]))
    for v in t.get("budget", {}).values():
        STORED.add(wan(v))
    if t.get("budget"):
        STORED.add(wan(total(t)))
    for i in t["indicators"]:
        STORED.update(v for v in (i.get("period_value"), i.get("annual_value")) if v)
ALLGOALS = "".join(g for t in A.values() for g in t["goals"])

ROWS: list[dict] = []


def Q(q, cat, figures=(), names=(), expect="ok", yesno=None, absent=(), fu=False, note="", scope="new", prose=None):
    rid = f"b30-{len(ROWS) + 1:03d}"
    figures, absent = list(figures), list(absent)
    for a in absent:
        assert a in STORED or a in ALLGOALS, (rid, a)
        assert a not in figures, (rid, a)
    if prose:
        t, phrases = prose
        items = "".join(x["name"] + x["content"] + x["expected"] for x in t["tasks"])
        items += "".join(i["level3"] + i["period_value"] + i["annual_value"] for i in t["indicators"])
        for p in phrases:
            assert p in "".join(t["goals"]), (rid, p)
            assert p not in items, (rid, p)
    if expect in ("not_found", "ok_or_clarify"):
        assert not figures and not names, rid
    ROWS.append({"id": rid, "q": q, "category": "followup" if fu else cat, "expect": expect, "figures": figures,
                 "names": list(names), "yesno": yesno, "absent": absent,
                 "followup_of": ROWS[-1]["id"] if fu else None, "note": f"{note} [scope: {scope}]"})


# ================================================================== item_money (15 + 3 follow-ups)
Q("血站采血和献血招募那块今年安排了多少钱？", "item_money", [Y(amt(XZ, "血液采集和无偿献血招募经费"))],
  ["血液采集和无偿献血招募经费"], note="中心血站 2026, key task described by use")
Q("那去年呢？", "item_money", [Y(amt(XZ5, "血液采集和无偿献血招募经费"))], ["血液采集和无偿献血招募经费"], fu=True,
  note="the same task, 2025")
Q("中心血站的核酸检测经费有多少", "item_money", [Y(amt(XZ, "血液核酸检测和质量控制经费"))],
  ["血液核酸检测和质量控制经费"], note="2026 name; 2025's 血液检测和质量控制经费 is the same task renamed")
Q("市血站给镇街的献血补助是多少？", "item_money", [Y(amt(XZ, "镇街无偿献血工作补助"))], ["镇街无偿献血工作补助"],
  note="= 对下 860.00万元")
Q("血站无偿献血宣传那笔钱是多少，别跟红会那个搞混了", "item_money", [Y(amt(XZ, "无偿献血宣传和献血者关爱经费"))],
  ["无偿献血宣传和献血者关爱经费"], absent=[Y(amt(HS, "造血干细胞捐献和无偿献血动员经费"))],
  note="红十字会's 造血干细胞捐献和无偿献血动员经费 is 800 元 less", scope="mixed")
Q("血站的信息系统运维一年花多少？", "item_money", [Y(amt(XZ, "血液管理信息化系统运维经费"))],
  ["血液管理信息化系统运维经费"], absent=[Y(amt(HS, "红十字信息化建设经费"))], note="红会 986300 is the look-alike",
  scope="mixed")
Q("急救中心买救护车的钱有多少", "item_money", [Y(amt(JJ, "急救车辆购置和车载设备更新经费"))],
  ["急救车辆购置和车载设备更新经费"], absent=[Y(amt(YJ, "安全生产监管执法经费"))],
  note="应急管理局 38650000 is 700 元 less", scope="mixed")
Q("１２０调度系统升级要花多少钱？", "item_money", [Y(amt(JJ, "120调度指挥信息化系统升级经费"))],
  ["120调度指挥信息化系统升级经费"], absent=[Y(amt(YJ, "应急指挥信息化建设经费"))],
  note="full-width digits; 应急管理局's 应急指挥信息化建设经费 15940000 is the look-alike", scope="mixed")
Q("急救中心搞社会急救培训的经费多少", "item_money", [Y(amt(JJ, "社会急救培训和急救知识普及经费"))],
  ["社会急救培训和急救知识普及经费"],
  absent=[Y(amt(HS, "红十字应急救护培训普及经费")), Y(amt(WJ, "医务人员培训经费"))],
  note="红会 6420800 and 卫健局 6420000 are the look-alikes", scope="mixed")
Q("急救中心储备医疗救援物资的钱是多少？", "item_money", [Y(amt(JJ, "紧急医学救援物资储备经费"))],
  ["紧急医学救援物资储备经费"], absent=[Y(amt(GL, "公路应急抢通和防汛物资储备经费"))],
  note="公路中心 4236500 is the look-alike", scope="mixed")
Q("120急救中心给镇街急救站点的补助多少钱", "item_money", [Y(amt(JJ, "镇街院前急救站点运行补助"))],
  ["镇街院前急救站点运行补助"], note="= 对下 2640.00万元")
Q("东莞图书馆自己的运行经费是多少？", "item_money", [Y(amt(TS, "图书馆总分馆运行和读者服务经费"))],
  ["图书馆总分馆运行和读者服务经费"],
  absent=[Y(amt(WG, "公共图书馆运行经费")), Y(amt(BY["东莞市科学技术协会"], "东莞科技馆运行和展教经费"))],
  note="文广旅体局's 公共图书馆运行经费 26430000 and 科协's 科技馆运行 26430600 are the look-alikes", scope="mixed")
Q("那文广旅体局那个公共图书馆运行经费呢？", "item_money", [Y(amt(WG, "公共图书馆运行经费"))], ["公共图书馆运行经费"],
  absent=[Y(amt(TS, "图书馆总分馆运行和读者服务经费"))], fu=True, note="the other department's item, asked by name",
  scope="mixed")
Q("莞图今年买书的钱有多少", "item_money", [Y(amt(TS, "文献资源采购经费"))], ["文献资源采购经费"],
  note="莞图 = 东莞图书馆; 买书 = 文献资源采购经费")
Q("那阅读推广活动呢", "item_money", [Y(amt(TS, "全民阅读推广活动经费"))], ["全民阅读推广活动经费"],
  absent=[Y(amt(WG, "文化旅游宣传推广经费"))], fu=True, note="文广旅体局 3865000 is the look-alike", scope="mixed")
Q("图书馆修古籍的钱是多少？", "item_money", [Y(amt(TS, "古籍和地方文献保护修复经费"))], ["古籍和地方文献保护修复经费"],
  absent=[Y(amt(DA, "档案资源征集和抢救保护经费"))], note="档案局 1860800 is the look-alike", scope="mixed")
Q("圖書館館員培訓經費多少", "item_money", [Y(amt(TS, "图书馆从业人员业务培训经费"))], ["图书馆从业人员业务培训经费"],
  absent=[Y(amt(WG, "文化体育从业人员培训经费"))],
  note="traditional characters; 文广旅体局's 文化体育从业人员培训经费 1286500 is the look-alike", scope="mixed")
Q("急救中心AED运维那笔是多少钱", "item_money", [Y(amt(JJ, "公共场所自动体外除颤器运维经费"))],
  ["公共场所自动体外除颤器运维经费"], absent=[Y(amt(HS, "公共场所自动体外除颤器配置经费"))],
  note="红会's 配置经费 4658300 is the other AED item", scope="mixed")

# ================================================================== indicator (13 + 2 follow-ups)
Q("血站今年采集全血的年度指标是多少", "indicator", [iv(XZ, "采集全血")], ["采集全血"],
  note="annual ≥14.5万单位; period ≥43.5万单位 (never absent)")
Q("实施周期的呢？", "indicator", [iv(XZ, "采集全血", "period_value")], ["采集全血"], fu=True, note="period value")
Q("急救中心的平均急救反应时间要求多少分钟以内", "indicator", [iv(JJ, "城区平均急救反应时间")],
  ["城区平均急救反应时间"], absent=[iv(YJ, "救援队伍到场时间")],
  note="应急管理局's 救援队伍到场时间 ≤30分钟 is the look-alike", scope="mixed")
Q("120呼救电话接听率的指标定的多少？", "indicator", [iv(JJ, "120呼救电话10秒内接听率")], ["120呼救电话10秒内接听率"])
Q("急救中心社会急救培训人均成本上限多少", "indicator", [iv(JJ, "社会急救培训人均成本")], ["社会急救培训人均成本"],
  absent=[iv(HS, "应急救护培训人均成本")], note="红会's 应急救护培训人均成本 ≤350元/人 is the look-alike", scope="mixed")
Q("院前急救出车，年度指标和实施周期指标分别是多少？", "indicator",
  [iv(JJ, "院前急救出车"), iv(JJ, "院前急救出车", "period_value")], ["院前急救出车"],
  note="two asks: the year's first, as asked")
Q("图书馆到馆读者年度指标是多少人次", "indicator", [iv(TS, "接待到馆读者")], ["接待到馆读者"],
  absent=[iv(WG, "公共图书馆接待读者人次")],
  note="文广旅体局's 公共图书馆接待读者人次 ≥600万人次 is the look-alike; period ≥1260万人次 not absent", scope="mixed")
Q("那文广旅体局的公共图书馆接待读者人次呢？", "indicator", [iv(WG, "公共图书馆接待读者人次")],
  ["公共图书馆接待读者人次"], absent=[iv(TS, "接待到馆读者")], fu=True, note="the other department's indicator",
  scope="mixed")
Q("莞图中文图书一本的采购成本上限是多少", "indicator", [iv(TS, "中文图书单册采购成本")], ["中文图书单册采购成本"])
Q("图书馆智慧服务平台什么时候上线？", "indicator", [iv(TS, "智慧图书馆服务平台上线时间")],
  ["智慧图书馆服务平台上线时间"], absent=[iv(WG, "智慧文旅服务平台上线时间")],
  note="文广旅体局's 智慧文旅服务平台上线时间 2026年10月31日前 is the look-alike", scope="mixed")
Q("血站献血不良反应发生率要控制在多少", "indicator", [iv(XZ, "献血不良反应发生率")], ["献血不良反应发生率"])
Q("中心血站千人口献血率的指标是多少？", "indicator", [iv(XZ, "千人口献血率")], ["千人口献血率"],
  note="indicator asked (指标); the goal's 11‰以上 is the rough figure")
Q("血站稀有血型血液库要求什么时候建成", "indicator", [iv(XZ, "稀有血型血液库建成时间")], ["稀有血型血液库建成时间"],
  note="2026-only indicator")
Q("图书馆新书多久要上架？", "indicator", [iv(TS, "新书上架周期")], ["新书上架周期"])
Q("急救中心买负压救护车单价上限多少", "indicator", [iv(JJ, "负压救护车购置单价")], ["负压救护车购置单价"])

# ================================================================== overview (5 + 2 follow-ups)
Q("血站今年预算总共多少", "overview", [wan(total(XZ))], ["中心血站"], note="预算合计 2026")
Q("其中财政拨款和其他资金各多少？", "overview", [wan(bud(XZ, "财政拨款")), wan(bud(XZ, "其他资金"))],
  ["财政拨款", "其他资金"], fu=True, note="two lines in the order asked")
Q("那总预算在全市各部门里排第几？", "overview", [rank(total, "东莞市中心血站")], ["中心血站"], fu=True,
  note="预算合计 rank among the 68 东莞 2026 tables: 金融工作局 17295.48 > 17291.26 > 残联 17287.72", scope="mixed")
Q("急救中心部门预算合计、基本支出、项目支出分别是多少", "overview",
  [wan(total(JJ)), wan(bud(JJ, "基本支出")), wan(bud(JJ, "项目支出"))], ["紧急医疗救援指挥中心"],
  note="three lines in the order asked")
Q("图书馆有多少财政供养人员？下面有几个二级单位？", "overview",
  [cnt(peo(TS)), cnt(TS["basic_info"]["下属二级单位数"])], ["东莞图书馆"], note="two asks")
Q("市图书馆财政专项资金多少，其中对下转移支付多少", "overview",
  [wan(bud(TS, "财政专项资金")), wan(bud(TS, "拟用于对下转移支付资金"))], ["财政专项资金"], note="A多少，其中B多少")
Q("急救中心其他事业发展性支出有多少？", "overview", [wan(bud(JJ, "其他事业发展性支出"))], ["其他事业发展性支出"])

# ================================================================== structure (2)
Q("血站有哪些满意度指标", "structure", [], ["献血者满意度", "用血医疗机构满意度"], note="服务对象满意度, two")
Q("急救中心的时效指标都有啥", "structure", [], ["城区平均急救反应时间", "120调度指挥系统升级完成时间"],
  note="时效指标, two")

# ================================================================== prose (18 + 1 follow-up)
Q("血站全市的献血屋和固定采血点一共有多少个？", "prose", ["36个"], prose=(XZ, ["约36个"]),
  note="goal 二 only (新建献血屋 ≥4个 is another figure)")
Q("血站今年要保障多少家医疗机构的临床用血", "prose", ["120家"], prose=(XZ, ["约120家医疗机构"]), note="goal 四 only")
Q("稀有血型血液准备储备多少单位？", "prose", ["600单位"], prose=(XZ, ["约600单位"]), note="血站 goal 四 only")
Q("献血者和家属用血费用减免，今年大概有多少人次", "prose", ["8200人次"], prose=(XZ, ["约8200人次"]),
  note="血站 goal 五 only")
Q("总体目标里血站今年无偿献血约多少人次？", "prose", ["12万人次"], prose=(XZ, ["约12万人次"]),
  note="goal figure; the indicator 无偿献血人次 is ≥11.8万人次")
Q("那绩效指标里定的是多少", "prose", [iv(XZ, "无偿献血人次")], ["无偿献血人次"], fu=True,
  note="now the indicator")
Q("目标里说血站今年大概采集多少单位全血", "prose", ["14.8万单位"], prose=(XZ, ["约14.8万单位"]),
  note="goal figure; the indicator is ≥14.5万单位")
Q("急救中心目标里网络急救站点要达到多少个", "prose", ["80个"], prose=(JJ, ["约80个"]),
  note="goal figure; the indicator 网络急救站点 is ≥78个")
Q("急救中心今年更新的车里负压救护车有几辆？", "prose", ["12辆"], prose=(JJ, ["约12辆"]), note="goal 三 only")
Q("急救中心说接入调度平台的AED有多少台", "prose", ["1500台"], prose=(JJ, ["约1500台"]), note="goal 四 only")
Q("急救中心今年重大活动医疗保障大概多少场？医学救援物资储备多少件？", "prose", ["120场", "3.5万件"],
  absent=["≥2.5万件"], prose=(JJ, ["约120场", "约3.5万件"]),
  note="two goal-only figures; 应急管理局's indicator 轮换更新应急救灾物资 ≥2.5万件 is the look-alike", scope="mixed")
Q("总体目标里急救中心社会急救培训要超过多少人次", "prose", ["1.6万人次"], prose=(JJ, ["超1.6万人次"]),
  note="goal figure; the indicator is ≥15000人次")
Q("急救中心总体目标里院前急救出车大概多少车次？", "prose", ["17万车次"], prose=(JJ, ["约17万车次"]),
  note="goal figure; the indicator is ≥16万车次 (year)")
Q("图书馆全市的总分馆服务点有多少个", "prose", ["760个"], prose=(TS, ["约760个"]), note="goal 一 only")
Q("莞图馆藏文献总量累计有多少册？", "prose", ["680万册"], prose=(TS, ["约680万册"]),
  note="goal 二 only (新增馆藏文献 ≥35万册 is another figure)")
Q("图书馆数字资源总量有多少TB", "prose", ["260TB"], absent=["85TB"], prose=(TS, ["约260TB"]),
  note="党校's goal 数字图书馆电子资源总量约85TB is the look-alike", scope="mixed")
Q("目标里图书馆今年新建城市阅读空间大概多少个？", "prose", ["22个"], absent=["15个"], prose=(TS, ["约22个"]),
  note="goal figure (indicator ≥20个); 文广旅体局's goal 城市阅读空间15个 is the look-alike", scope="mixed")
Q("图书馆总体目标里今年修复古籍和地方文献约多少页", "prose", ["4200页"], absent=["3600页"],
  prose=(TS, ["约4200页"]), note="goal figure (indicator ≥4000页); 档案局's goal 约3600页 is the look-alike",
  scope="mixed")
Q("总体目标里图书馆今年到馆读者和文献外借各是多少？", "prose", ["450万人次", "950万册次"],
  prose=(TS, ["约450万人次", "超950万册次"]), note="two goal figures (indicators ≥420万人次 / ≥900万册次)")

# ================================================================== filter (8 + 1 follow-up)
XZ_OVER = [x["name"] for x in XZ["tasks"] if x["amount"] > 20000000]
JJ_UNDER = [x["name"] for x in JJ["tasks"] if x["amount"] < 3000000]
TS_MID = [x for x in TS["tasks"] if 2000000 <= x["amount"] <= 6000000]
for lim, t in ((20000000, XZ), (3000000, JJ), (2000000, TS), (6000000, TS)):
    assert all(x["amount"] != lim for x in t["tasks"])
Q("血站哪些任务超过两千万？", "filter", [], XZ_OVER, note="two key tasks")
Q("急救中心有哪些经费不到三百万", "filter", [], JJ_UNDER, note="two items")
Q("图书馆二百万到六百万之间的经费有哪些？", "filter", [], [x["name"] for x in TS_MID], note="four items, inclusive")
Q("这几项加起来多少", "filter", [Y(sum(x["amount"] for x in TS_MID))], fu=True, note="sum of the four")
Q("血站哪些指标实施周期和年度的值不一样", "filter", [],
  [i["level3"] for i in XZ["indicators"] if i["period_value"] != i["annual_value"]], note="two")
Q("急救中心的成本指标都有哪些？", "filter", [], [i["level3"] for i in JJ["indicators"] if i["level1"] == "成本指标"],
  note="three")
Q("图书馆哪些指标是定性的，不是数字？", "filter", [],
  [i["level3"] for i in TS["indicators"] if not any(c.isdigit() for c in i["annual_value"])], note="two")
MID_DEPTS = [t["department"] for t in sorted(DG, key=total, reverse=True) if 20000 <= total(t) <= 30000]
assert all(total(t) not in (20000, 30000) for t in DG)
Q("全市预算在2个亿到3个亿之间的部门有哪些", "filter", [], MID_DEPTS, note="seven, 急救中心 among them", scope="mixed")
PEO_MID = [t["department"] for t in sorted(DG, key=peo, reverse=True) if 150 <= peo(t) <= 200]
assert all(peo(t) not in (150, 200) for t in DG)
Q("财政供养人员在150到200人之间的单位有哪些？", "filter", [], PEO_MID, note="six, 血站 and 图书馆 among them",
  scope="mixed")

# ================================================================== count (8 + 2 follow-ups)
JJ_KEY = sum(x["amount"] for x in JJ["tasks"] if x["section"] == "年度重点工作任务")
JJ_ALL = sum(x["amount"] for x in JJ["tasks"])
Q("急救中心有几项任务？", "count", [cnt(len(JJ["tasks"]))], note="10 (3 key + 7 other)")
Q("其中重点任务加起来多少钱", "count", [Y(JJ_KEY)], fu=True, note="three key tasks")
Q("占全部任务资金的百分之几？", "count", [pct(Decimal(JJ_KEY) / Decimal(JJ_ALL) * 100)], fu=True,
  note="key over all tasks")
Q("血站一共有多少个绩效指标", "count", [cnt(len(XZ["indicators"]))], note="2026: 19")
Q("图书馆数量指标有几个？", "count", [cnt(sum(1 for i in TS["indicators"] if i["level2"] == "数量指标"))])
Q("今年东莞一共有多少个部门报了整体绩效目标表？", "count", [cnt(len(DG))],
  note="65 + 血站, 急救中心, 图书馆", scope="mixed")
Q("全市经费名称里带“运维”的有几项", "count", [cnt(len(named("运维")))], note="literal 运维 in task names",
  scope="mixed")
Q("全市财政供养人员超过150人的部门有几个？", "count", [cnt(sum(1 for t in DG if peo(t) > 150))], scope="mixed")
Q("东莞各部门里今年预算超过一个亿的有几家", "count", [cnt(sum(1 for t in DG if total(t) > 10000))], scope="mixed")
Q("名字里有“献血”的经费全市有几笔？", "count", [cnt(len(named("献血")))],
  note="five of 血站's and 红会's 造血干细胞捐献和无偿献血动员经费", scope="mixed")

# ================================================================== aggregate (9 + 1 follow-up)
XZ_ALL = sum(x["amount"] for x in XZ["tasks"])
Q("血站所有任务加起来多少钱？", "aggregate", [Y(XZ_ALL)])
Q("急救中心的任务一共多少", "aggregate", [Y(JJ_ALL)])
Q("那占它项目支出多大比例", "aggregate", [pct(Decimal(JJ_ALL) / (bud(JJ, "项目支出") * 10000) * 100)], fu=True,
  note="tasks over 项目支出 (元 / 万元×10000)")
Q("血站、急救中心、图书馆三家预算加起来多少", "aggregate", [wan(total(XZ) + total(JJ) + total(TS))])
Q("东莞所有部门今年预算加起来是多少？", "aggregate", [wan(sum(total(t) for t in DG))], note="68 tables",
  scope="mixed")
Q("急救中心的对下转移支付占财政专项资金的比例是多少", "aggregate",
  [pct(bud(JJ, "拟用于对下转移支付资金") / bud(JJ, "财政专项资金") * 100)])
Q("图书馆基本支出占预算合计的比例", "aggregate", [pct(bud(TS, "基本支出") / total(TS) * 100)])
Q("血站十项任务平均每项多少钱？", "aggregate", [yuan2(Decimal(XZ_ALL) / 10)])
Q("全市名字带“图书馆”的经费加起来多少", "aggregate", [Y(sum(x["amount"] for x, _ in named("图书馆")))],
  note="six items: 图书馆 four, 文广旅体局, 党校", scope="mixed")
Q("血站其他资金占预算合计的比重是多少？", "aggregate", [pct(bud(XZ, "其他资金") / total(XZ) * 100)])

# ================================================================== ranking (11 + 1 follow-up)
Q("血站预算在全市排第几？", "ranking", [rank(total, "东莞市中心血站")], ["中心血站"], scope="mixed")
Q("那人数呢", "ranking", [rank(peo, "东莞市中心血站")], ["中心血站"], fu=True, note="财政供养人员 rank",
  scope="mixed")
Q("急救中心今年预算在东莞各部门里排第几", "ranking", [rank(total, "东莞市紧急医疗救援指挥中心")],
  ["紧急医疗救援指挥中心"], note="财政局 29001.97 > 23492.64 > 园林绿化中心 23486.17", scope="mixed")
Q("图书馆预算全市排第几？", "ranking", [rank(total, "东莞图书馆")], ["东莞图书馆"],
  note="国资委 11776.38 > 11773.52 > 外事局 11769.95", scope="mixed")
WZ = sorted(named("物资储备"), key=lambda p: -p[0]["amount"])
Q("全市名字带“物资储备”的经费，从多到少排前五", "ranking", [Y(WZ[0][0]["amount"])],
  [x["name"] for x, _ in WZ[:5]], note="粮储 18725400 > 应急 18725000 > 粮储 6472400 > 急救 4236900 > 公路 4236500",
  scope="mixed")
YW = sorted(named("运维"), key=lambda p: p[0]["amount"])
Q("全市带“运维”两个字的经费里哪笔最少？", "ranking", [Y(YW[0][0]["amount"])], [YW[0][0]["name"]],
  note="血站's 血液管理信息化系统运维经费", scope="mixed")
Q("血站的其他资金在全市排第几", "ranking", [rank(lambda t: bud(t, "其他资金"), "东莞市中心血站")], ["中心血站"],
  scope="mixed")
Q("急救中心项目支出全市排第几？", "ranking", [rank(lambda t: bud(t, "项目支出"), "东莞市紧急医疗救援指挥中心")],
  ["紧急医疗救援指挥中心"], scope="mixed")
Q("图书馆人数在全市排第几", "ranking", [rank(peo, "东莞图书馆")], ["东莞图书馆"], scope="mixed")
N_JJ = int(rank(peo, "东莞市紧急医疗救援指挥中心")[1:])
Q("急救中心的人数全市倒数第几？", "ranking", [cnt(len(DG) + 1 - N_JJ)], ["紧急医疗救援指挥中心"],
  note="counted from the smallest", scope="mixed")
THREE = sorted((XZ, JJ, TS), key=total, reverse=True)
Q("血站、急救中心、图书馆三家按预算从高到低排一下", "ranking", [wan(total(t)) for t in THREE],
  [t["department"] for t in THREE])
TSG = sorted(named("图书馆"), key=lambda p: -p[0]["amount"])
assert TSG[0][0]["amount"] - TSG[1][0]["amount"] == 300
Q("全市名字带“图书馆”的经费，最多的是哪一笔？", "ranking", [Y(TSG[0][0]["amount"])], [TSG[0][0]["name"]],
  absent=[Y(TSG[1][0]["amount"])], note="东莞图书馆's, 300 元 above 文广旅体局's 公共图书馆运行经费", scope="mixed")

# ================================================================== compare (11)
HSZ = BY["东莞市红十字会"]
Q("血站和红十字会的预算差多少？", "compare", [wan(total(XZ) - total(HSZ)), wan(total(XZ)), wan(total(HSZ))],
  ["中心血站", "红十字会"], scope="mixed")
Q("急救中心和园林绿化中心预算哪个多，多多少", "compare", [wan(total(JJ) - total(YL)), wan(total(JJ)), wan(total(YL))],
  ["紧急医疗救援指挥中心"], note="6.47万元 apart", scope="mixed")
GZW = BY["东莞市人民政府国有资产监督管理委员会"]
Q("图书馆和国资委谁的预算多？差多少", "compare", [wan(total(GZW) - total(TS)), wan(total(TS)), wan(total(GZW))],
  ["国有资产监督管理委员会"], note="国资委 by 2.86万元", scope="mixed")
Q("血站的无偿献血宣传经费比红会的造血干细胞捐献和无偿献血动员经费多多少？", "compare",
  [Y(amt(XZ, "无偿献血宣传和献血者关爱经费") - amt(HS, "造血干细胞捐献和无偿献血动员经费")),
   Y(amt(XZ, "无偿献血宣传和献血者关爱经费")), Y(amt(HS, "造血干细胞捐献和无偿献血动员经费"))], scope="mixed")
Q("急救中心120系统升级比应急局的应急指挥信息化建设经费多多少", "compare",
  [Y(amt(JJ, "120调度指挥信息化系统升级经费") - amt(YJ, "应急指挥信息化建设经费")),
   Y(amt(JJ, "120调度指挥信息化系统升级经费")), Y(amt(YJ, "应急指挥信息化建设经费"))], scope="mixed")
Q("急救中心的社会急救培训经费和红会的应急救护培训经费差多少？", "compare",
  [Y(amt(HS, "红十字应急救护培训普及经费") - amt(JJ, "社会急救培训和急救知识普及经费")),
   Y(amt(JJ, "社会急救培训和急救知识普及经费")), Y(amt(HS, "红十字应急救护培训普及经费"))], scope="mixed")
Q("图书馆的总分馆运行经费跟文广旅体局的公共图书馆运行经费差多少", "compare",
  [Y(amt(TS, "图书馆总分馆运行和读者服务经费") - amt(WG, "公共图书馆运行经费")),
   Y(amt(TS, "图书馆总分馆运行和读者服务经费")), Y(amt(WG, "公共图书馆运行经费"))], scope="mixed")
Q("图书馆馆员培训经费比文广旅体局文化体育从业人员培训经费多多少？", "compare",
  [Y(amt(TS, "图书馆从业人员业务培训经费") - amt(WG, "文化体育从业人员培训经费")),
   Y(amt(TS, "图书馆从业人员业务培训经费")), Y(amt(WG, "文化体育从业人员培训经费"))], scope="mixed")
JRJ = BY["东莞市金融工作局"]
Q("血站比金融局预算少多少", "compare", [wan(total(JRJ) - total(XZ)), wan(total(XZ)), wan(total(JRJ))],
  ["金融工作局"], scope="mixed")
Q("急救中心和卫健局人数差多少？", "compare", [cnt(peo(WJ) - peo(JJ)), cnt(peo(JJ)), cnt(peo(WJ))], scope="mixed")
Q("急救中心的医学救援物资储备经费和公路中心应急抢通物资储备那笔差多少", "compare",
  [Y(amt(JJ, "紧急医学救援物资储备经费") - amt(GL, "公路应急抢通和防汛物资储备经费")),
   Y(amt(JJ, "紧急医学救援物资储备经费")), Y(amt(GL, "公路应急抢通和防汛物资储备经费"))], scope="mixed")

# ================================================================== yesno (15)
Q("血站预算有没有超过1.5亿？", "yesno", [wan(total(XZ))], yesno="是")
Q("急救中心平均急救反应时间要求是不是15分钟以内", "yesno", [iv(JJ, "城区平均急救反应时间")], yesno="是")
Q("120呼救电话10秒接听率是不是要求100%？", "yesno", [iv(JJ, "120呼救电话10秒内接听率")], yesno="否")
Q("图书馆智慧服务平台是不是10月底前上线", "yesno", [iv(TS, "智慧图书馆服务平台上线时间")], yesno="是",
  note="9月30日前 is before the end of October")
Q("血站的稀有血型血液库能在11月之前建成吗？", "yesno", [iv(XZ, "稀有血型血液库建成时间")], yesno="是")
Q("急救中心预算是不是比园林绿化中心多", "yesno", [wan(total(JJ)), wan(total(YL))], yesno="是", scope="mixed")
Q("图书馆预算比外事局多吗？", "yesno", [wan(total(TS)), wan(total(BY["东莞市外事局"]))], yesno="是", scope="mixed")
Q("血站单位全血采集成本是不是控制在250块以内", "yesno", [iv(XZ, "单位全血采集成本")], yesno="否")
Q("图书馆中文图书单册采购成本上限是50元吗？", "yesno", [iv(TS, "中文图书单册采购成本")], yesno="否")
Q("血站的人是不是比医保局多", "yesno", [cnt(peo(XZ)), cnt(peo(BY["东莞市医疗保障局"]))], yesno="是", scope="mixed")
Q("急救中心买救护车那笔钱超过四千万没有？", "yesno", [Y(amt(JJ, "急救车辆购置和车载设备更新经费"))], yesno="否")
Q("图书馆的钱是不是全是财政拨款", "yesno", [wan(bud(TS, "其他资金"))], yesno="否", note="其他资金 387.25万元")
Q("急救中心有没有单笔超过五千万的经费？", "yesno", [Y(amt(JJ, "院前急救医护人员派驻和绩效补助经费"))],
  ["院前急救医护人员派驻和绩效补助经费"], yesno="是")
Q("血站今年是不是新增了稀有血型血液库的经费", "yesno", [Y(amt(XZ, "稀有血型血液库建设经费"))],
  ["稀有血型血液库建设经费"], yesno="是", note="not in 2025")
Q("血站给镇街的献血补助是不是就等于对下转移支付资金？", "yesno",
  [Y(amt(XZ, "镇街无偿献血工作补助")), wan(bud(XZ, "拟用于对下转移支付资金"))], yesno="是")

# ================================================================== yoy (15 + 1 follow-up)
Q("血站去年预算多少", "yoy", [wan(total(XZ5))], ["中心血站"])
Q("血站今年预算比去年增加了多少？", "yoy", [wan(total(XZ) - total(XZ5)), wan(total(XZ)), wan(total(XZ5))])
Q("增长了百分之几", "yoy", [pct((total(XZ) - total(XZ5)) / total(XZ5) * 100)], fu=True, note="over 2025")
Q("血站去年献血屋和采血车的钱是多少", "yoy", [Y(amt(XZ5, "献血屋建设和采血车更新经费"))],
  ["献血屋建设和采血车更新经费"])
Q("血液成分制备和配送经费比去年多了多少？", "yoy",
  [Y(amt(XZ, "血液成分制备和储存配送经费") - amt(XZ5, "血液成分制备和储存配送经费")),
   Y(amt(XZ, "血液成分制备和储存配送经费")), Y(amt(XZ5, "血液成分制备和储存配送经费"))])
Q("血站今年新增了哪项任务？", "yoy", [Y(amt(XZ, "稀有血型血液库建设经费"))], ["稀有血型血液库建设经费"])
Q("血站去年那个血液检测和质量控制经费，今年叫什么、多少钱？", "yoy", [Y(amt(XZ, "血液核酸检测和质量控制经费"))],
  ["血液核酸检测和质量控制经费"], note="renamed")
Q("血站核酸检测经费去年是多少", "yoy", [Y(amt(XZ5, "血液检测和质量控制经费"))], ["血液检测和质量控制经费"],
  note="the 2025 name of the renamed task (see Doubts)")
Q("血液检测这块今年比去年多多少？", "yoy",
  [Y(amt(XZ, "血液核酸检测和质量控制经费") - amt(XZ5, "血液检测和质量控制经费")),
   Y(amt(XZ, "血液核酸检测和质量控制经费")), Y(amt(XZ5, "血液检测和质量控制经费"))], note="across the rename")
Q("血站去年有几项任务，总共多少钱", "yoy", [cnt(len(XZ5["tasks"])), Y(sum(x["amount"] for x in XZ5["tasks"]))])
Q("血站去年无偿献血人次的年度指标是多少？", "yoy", [iv(XZ5, "无偿献血人次")], ["无偿献血人次"],
  note="2025 ≥11.2万人次; 2026's ≥11.8万人次 not absent")
Q("无偿献血长效机制去年的指标值是什么", "yoy", [iv(XZ5, "无偿献血长效机制")], ["无偿献血长效机制"],
  note="qualitative, 2025")
CHANGED = [i["level3"] for i in XZ5["indicators"]
           if any(j["level3"] == i["level3"] and j["annual_value"] != i["annual_value"] for j in XZ["indicators"])]
Q("血站哪些指标的年度值跟去年不一样？", "yoy", [], CHANGED, note="seven, one qualitative")
Q("血站去年和今年财政供养人员各多少", "yoy", [cnt(peo(XZ5)), cnt(peo(XZ))], note="the years in the order asked")
Q("血站去年目标里无偿献血约多少人次", "yoy", ["11.5万人次"], prose=(XZ5, ["约11.5万人次"]),
  note="2025 goal; 2025 indicator ≥11.2万人次")
Q("雪站去年给镇街的献血补助多少", "yoy", [Y(amt(XZ5, "镇街无偿献血工作补助"))], ["镇街无偿献血工作补助"],
  note="typo 雪 for 血 (same sound)")

# ================================================================== not_found (7 + 1 follow-up)
Q("血站２０２４年的预算是多少？", "not_found", expect="not_found", absent=[wan(total(XZ5))],
  note="2024 not loaded; full-width digits", scope="notloaded")
Q("那2025年的呢", "not_found", [wan(total(XZ5))], ["中心血站"], fu=True, note="2025 is loaded")
Q("急救中心去年预算多少", "not_found", expect="not_found", absent=[wan(total(JJ))], note="急救中心 2025 not loaded",
  scope="notloaded")
Q("图书馆2025年买书花了多少", "not_found", expect="not_found", absent=[Y(amt(TS, "文献资源采购经费"))],
  note="图书馆 2025 not loaded", scope="notloaded")
Q("广州市中心血站今年预算多少？", "not_found", expect="not_found", absent=[wan(total(XZ))],
  note="another city's blood centre", scope="notloaded")
Q("深圳图书馆今年的运行经费有多少", "not_found", expect="not_found",
  absent=[Y(amt(TS, "图书馆总分馆运行和读者服务经费"))], note="another city's library", scope="notloaded")
Q("东莞市博物馆的预算是多少", "not_found", expect="not_found", absent=[wan(total(WG))],
  note="博物馆 is no loaded department (文广旅体局's goal names 东莞市博物馆; its budget 68900.15万元 is not the answer)", scope="notloaded")
assert not any("航空" in x["name"] or "直升机" in x["name"] for t in A.values() for x in t.get("tasks", []))
Q("急救中心直升机航空医疗救援的经费多少？", "not_found", expect="not_found",
  absent=[Y(amt(JJ, "急救车辆购置和车载设备更新经费"))], note="no such item anywhere")

# ================================================================== trap (8)
Q("急救中心的安全生产监管执法经费是多少", "trap", expect="not_found", absent=[Y(amt(YJ, "安全生产监管执法经费"))],
  note="应急管理局's item, asked of 急救中心", scope="mixed")
Q("图书馆的文化惠民活动经费有多少？", "trap", expect="not_found", absent=[Y(amt(WG, "文化惠民活动经费"))],
  note="文广旅体局's item, asked of 图书馆", scope="mixed")
Q("血站的造血干细胞捐献和无偿献血动员经费多少", "trap", expect="not_found",
  absent=[Y(amt(HS, "造血干细胞捐献和无偿献血动员经费"))], note="红十字会's item, asked of 血站", scope="mixed")
Q("红十字会的血液核酸检测经费是多少？", "trap", expect="not_found", absent=[Y(amt(XZ, "血液核酸检测和质量控制经费"))],
  note="血站's item, asked of 红会", scope="mixed")
Q("应急管理局城区平均急救反应时间的指标是多少", "trap", expect="not_found", absent=[iv(JJ, "城区平均急救反应时间")],
  note="急救中心's indicator, asked of 应急管理局", scope="mixed")
Q("AED那笔经费今年多少钱？", "trap", expect="ok_or_clarify",
  note="红会 公共场所自动体外除颤器配置经费 4658300 and 急救中心 …运维经费 1468300", scope="mixed")
Q("公共图书馆运行这块今年安排了多少？", "trap", expect="ok_or_clarify",
  note="文广旅体局 公共图书馆运行经费 26430000 and 东莞图书馆 图书馆总分馆运行和读者服务经费 26430300", scope="mixed")
Q("急救中心今年社会急救培训要培训多少人次", "trap", [iv(JJ, "开展社会急救培训")], ["开展社会急救培训"],
  absent=[iv(HS, "培训红十字救护员"), iv(HS, "培训红十字救护员", "period_value")],
  note="indicator (≥15000人次); 红会's 培训红十字救护员 ≥12000 / ≥36000人次 are the look-alikes", scope="mixed")

# ------------------------------------------------------------------ write and report
assert len(ROWS) == 160, len(ROWS)
OUT = HERE.parent / "batch_30.jsonl"
OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in ROWS), encoding="utf-8")
cats = {}
for r in ROWS:
    c = cats.setdefault(r["category"], {"total": 0, "ok": 0, "not_found": 0, "clarify": 0, "ok_or_clarify": 0})
    c["total"] += 1
    c[r["expect"]] += 1
scopes = {}
for r in ROWS:
    s = r["note"].rsplit("[scope: ", 1)[1][:-1]
    scopes[s] = scopes.get(s, 0) + 1
print("scope:", scopes)
print("| category | total | ok | not_found | clarify | ok_or_clarify |")
for c, v in cats.items():
    print(f"| {c} | {v['total']} | {v['ok']} | {v['not_found']} | {v['clarify']} | {v['ok_or_clarify']} |")
print("total", len(ROWS), {k: sum(v[k] for v in cats.values()) for k in ("ok", "not_found", "clarify", "ok_or_clarify")})
