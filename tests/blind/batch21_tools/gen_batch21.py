"""Write tests/blind/batch_21.jsonl: 160 blind questions over batch 21's tables (and every table of its
list for the cross-department lines). Written from scratch from the tables alone.

Every figure is computed here from the truth (truth21.py; Decimal, ROUND_HALF_UP), never typed. Checks:
prose phrases occur in the goals of the table named and in no task / indicator of it; every `absent` is a
real value (or a goal's phrase) and not a figure of the line; a filter's threshold equals no value it
filters; look-alikes are close (≤ 1000 元) and different. Prints the scope (new / mixed / other) and the
counts table.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import truth21  # noqa: E402
from truth21 import D, dg2026, indicator, pct, q2, task, total, wan, yuan, yuan2  # noqa: E402

T = truth21.load()
ZS, DZ = T["zhengshuju_2026"], T["zhengshu_dizuo_2026"]
J6, J5 = T["jiguanshiwu_2026"], T["jiguanshiwu_2025"]
WY = T["project_target_2026"]  # 机关事务管理局's 物业管理费支出 project (form fixture)
DG = dg2026(T)
BY = {t["department"][3:]: t for t in DG}
ALL_TEXT = "\n".join(json.dumps(t, ensure_ascii=False, default=str) for t in T.values())
ALL_VALUES = set()
for t in T.values():
    ALL_VALUES |= {yuan(x["amount"]) for x in t["tasks"]}
    ALL_VALUES |= {wan(v) for v in t["budget"].values()} | {wan(v) for v in t.get("funds", {}).values() if v is not None}
    if t["budget"].get("基本支出") is not None:
        ALL_VALUES.add(wan(total(t)))
    for i in t["indicators"]:
        ALL_VALUES |= {i["annual_value"] or "", i.get("period_value") or ""}

ROWS: list[dict] = []
SCOPE: dict[str, str] = {}


def A(t, name):  # a task's amount in 元
    return task(t, name)["amount"]


def V(t, name, which="annual_value"):
    return indicator(t, name)[which]


def Y(t, name):
    return yuan(A(t, name))


def B(t, line):
    return t["budget"][line]


def F(t, line):
    return t["funds"][line]


def N(n):
    return f"#{n}"


def q(text, cat, expect="ok", figures=(), names=(), yesno=None, absent=(), followup=False, note="", scope="new"):
    rid = f"b21-{len(ROWS) + 1:03d}"
    ROWS.append({"id": rid, "q": text, "category": cat, "expect": expect, "figures": list(figures),
                 "names": list(names), "yesno": yesno, "absent": list(absent),
                 "followup_of": ROWS[-1]["id"] if followup else None, "note": note})
    SCOPE[rid] = scope
    return rid


def prose(t, phrase):
    assert any(phrase in g for g in t["goals"]), (t["slug"], phrase)
    rest = json.dumps([t.get("tasks", []), t["indicators"]], ensure_ascii=False, default=str)
    assert phrase not in rest, (t["slug"], phrase)
    return phrase


def close(a, b):
    assert a != b and abs(D(a) - D(b)) <= 1000, (a, b)


def names_over(t, pred):
    return [x["name"] for x in t["tasks"] if pred(x)]


def threshold_ok(values, th):
    assert all(D(v) != D(th) for v in values), th


# look-alikes asserted
for a, (t, n) in [(26430600, (BY["科学技术协会"], "东莞科技馆运行和展教经费")), (26430000, (BY["文化广电旅游体育局"], "公共图书馆运行经费")),
                  (38650000, (BY["应急管理局"], "安全生产监管执法经费")), (8650600, (BY["财政局"], "预算绩效管理第三方评价经费")),
                  (2458300, (BY["供销合作社"], "供销合作社信息化建设经费")), (4568500, (BY["人民防空办公室"], "人防应急疏散基地建设经费"))]:
    assert A(t, n) == a
close(A(ZS, "12345政务服务便民热线运行经费"), 26430600)
close(A(ZS, "一体化政务服务平台运营经费"), 38650000)
close(A(ZS, "电子政务外网和网络安全保障经费"), 8650600)
close(A(ZS, "政务信息化项目评审和监理经费"), 4568500)
close(A(J6, "公务用车运行维护和保障经费"), A(BY["气象局"], "智慧气象信息化建设经费"))
close(A(J6, "机关食堂运营和膳食保障经费"), A(BY["文化广电旅游体育局"], "智慧文旅信息化建设经费"))
close(A(J6, "市直机关安全保卫和消防管理经费"), A(BY["档案局"], "馆藏档案数字化加工经费"))
close(A(J6, "公共机构节能降耗和能耗监测经费"), A(BY["发展和改革局"], "节能降碳宣传和监察经费"))
assert 0 < A(J6, "市直机关集中办公区物业管理经费") - F(WY, "年度资金总额") * 10000 <= 10000
assert abs(A(ZS, "政务云资源租用和运维经费") - F(DZ, "年度资金总额") * 10000) <= 100000

ZS_TOT, J6_TOT, J5_TOT = total(ZS), total(J6), total(J5)
FG_TOT, SF_TOT = total(BY["发展和改革局"]), total(BY["司法局"])
ZS_SUM = sum(x["amount"] for x in ZS["tasks"])
J6_SUM = sum(x["amount"] for x in J6["tasks"])
J5_SUM = sum(x["amount"] for x in J5["tasks"])
BY_TOTAL = sorted(DG, key=lambda t: -total(t))
BY_PEOPLE = sorted(DG, key=lambda t: t["basic_info"]["财政供养人员数"])
assert len({t["basic_info"]["财政供养人员数"] for t in DG}) == len(DG)
KEY = "年度重点工作任务"
OTH = "其他需完成的任务"

# ================================================================== item_money
q("政数局12345热线今年安排了多少钱？", "item_money", figures=[Y(ZS, "12345政务服务便民热线运行经费")],
  names=["12345政务服务便民热线运行经费"], absent=[yuan(26430600), yuan(26430000)],
  note="政数局 2026 task; 科协 科技馆 26430600 and 文广 图书馆 26430000 are the look-alikes; head of a chain")
q("那一体化政务服务平台呢？", "followup", figures=[Y(ZS, "一体化政务服务平台运营经费")],
  names=["一体化政务服务平台运营经费"], absent=[yuan(38650000)], followup=True,
  note="same department; 应急 安全生产监管执法经费 38650000 is 400元 away")
q("政务服务数据局那个政务云租用运维的经费是多少", "item_money", figures=[Y(ZS, "政务云资源租用和运维经费")],
  names=["政务云资源租用和运维经费"], absent=[wan(F(DZ, "年度资金总额"))],
  note="the department's task, not the 城市数字底座与政务云扩容项目's 年度资金总额 9650.00万元")
q("机关事务局公务用车运行维护这块今年多少钱", "item_money", figures=[Y(J6, "公务用车运行维护和保障经费")],
  names=["公务用车运行维护和保障经费"],
  absent=[Y(J5, "公务用车运行维护和保障经费"), yuan(9540800), yuan(9540600), yuan(9540000)],
  note="2026 amount; 2025 was 9326000; 气象/林业/农业 信息化 items are 9540800/9540600/9540000", scope="new")
q("机关事务管理局食堂那块经费多少？", "item_money", figures=[Y(J6, "机关食堂运营和膳食保障经费")],
  names=["机关食堂运营和膳食保障经费"], absent=[yuan(12860000), Y(J5, "机关食堂运营和膳食保障经费")],
  note="文广 智慧文旅信息化 12860000 is 300元 away; 2025 12150000")
q("政数局网络安全那项经费多少钱", "item_money", figures=[Y(ZS, "电子政务外网和网络安全保障经费")],
  names=["电子政务外网和网络安全保障经费"], absent=[yuan(8650600), yuan(8650300), yuan(8650800)],
  note="partial name; 财政 8650600, 外事 8650300, 公安 8650800 are look-alikes")
q("政数局自助终端运维给了多少", "item_money", figures=[Y(ZS, "政务服务自助终端运维经费")],
  names=["政务服务自助终端运维经费"], absent=[yuan(2458300), yuan(2458500)],
  note="供销 2458300, 人防 2458500")
q("机关事务局去年办公用房维修改造花了多少", "item_money", figures=[Y(J5, "市直机关办公用房维修改造经费")],
  names=["市直机关办公用房维修改造经费"], absent=[Y(J6, "市直机关办公用房维修改造经费")],
  note="去年 = 2025; 2026 is 18460400")
q("机关事务局节能降耗的经费是多少？", "item_money", figures=[Y(J6, "公共机构节能降耗和能耗监测经费")],
  names=["公共机构节能降耗和能耗监测经费"], absent=[yuan(1358000), Y(J5, "公共机构节能降耗和能耗监测经费")],
  note="发改 节能降碳宣传和监察经费 1358000; 2025 1265000")
q("政数局信息化项目评审监理那个经费大概多少", "item_money", figures=[Y(ZS, "政务信息化项目评审和监理经费")],
  names=["政务信息化项目评审和监理经费"], absent=[yuan(4568500), yuan(4568300), yuan(4568600)],
  note="人防 4568500, 残联 4568300, 科协 4568600")
q("机关事务局安全保卫消防那项钱多少", "item_money", figures=[Y(J6, "市直机关安全保卫和消防管理经费")],
  names=["市直机关安全保卫和消防管理经费"], absent=[yuan(6380000), yuan(6380200), yuan(6380500)],
  note="司法 6380000, 残联 6380200, 档案 6380500")

# ================================================================== indicator
q("政数局12345热线接通率指标定的多少", "indicator", figures=[V(ZS, "12345热线接通率")], names=["12345热线接通率"],
  absent=[V(BY["市场监督管理局"], "12315热线接通率")], note="市监's 12315热线接通率 is ≥95%")
q("政数局窗口人员培训人次的指标是多少？", "indicator", figures=[V(ZS, "培训政务服务窗口人员")],
  names=["培训政务服务窗口人员"], note="head of a chain")
q("人均成本卡在多少？", "followup", figures=[V(ZS, "政务服务窗口人员培训人均成本")],
  names=["政务服务窗口人员培训人均成本"], followup=True, note="政数局's 培训 cost indicator")
q("政数局开放公共数据集今年要求多少个", "indicator", figures=[V(ZS, "开放公共数据集")], names=["开放公共数据集"],
  absent=[prose(ZS, "4200个")], note="annual ≥500个 (period ≥1500个); the goals' 累计约4200个 is not the indicator")
q("政数局办事群众满意度多少", "indicator", figures=[V(ZS, "办事群众满意度")], names=["办事群众满意度"],
  absent=[V(BY["自然资源局"], "办事群众满意度")], note="自然资源局's indicator of the same name is ≥95%", scope="mixed")
q("机关事务局公务用车派车响应时间要求多少分钟", "indicator", figures=[V(J6, "公务用车派车响应时间")],
  names=["公务用车派车响应时间"], note="2026")
q("机关事务局今年维修改造办公用房面积指标是多少", "indicator", figures=[V(J6, "维修改造办公用房面积")],
  names=["维修改造办公用房面积"], absent=[V(J5, "维修改造办公用房面积")],
  note="annual ≥8万平方米 (period ≥24万); 2025 annual ≥6万平方米")
q("机关事务局后勤人员培训人均成本今年是多少", "indicator", figures=[V(J6, "后勤服务人员培训人均成本")],
  names=["后勤服务人员培训人均成本"], absent=[V(J5, "后勤服务人员培训人均成本")], note="2025 ≤450元/人")
q("数字底座那个项目政务云平台可用率要求多少", "indicator", figures=[V(DZ, "政务云平台可用率")],
  names=["政务云平台可用率"], absent=[V(ZS, "政务云资源可用率")],
  note="the project's indicator; the department's 政务云资源可用率 is ≥99.9%")
q("城市数字底座项目今年要迁移多少个业务系统上云", "indicator", figures=[V(DZ, "迁移上云业务系统")],
  names=["迁移上云业务系统"], absent=[V(ZS, "上云部门业务系统")],
  note="annual ≥140个 (period ≥420个); the department's 上云部门业务系统 annual is ≥120个")
q("机关事务局公共机构人均综合能耗下降率是多少", "indicator", figures=[V(J6, "公共机构人均综合能耗下降率")],
  names=["公共机构人均综合能耗下降率"], absent=[V(J5, "公共机构人均综合能耗下降率")], note="2025 ≥1.2%")

# ================================================================== overview
q("政数局今年部门预算合计多少？", "overview", figures=[wan(ZS_TOT)], names=["政务服务和数据管理局"],
  absent=[wan(FG_TOT), wan(SF_TOT)], note="基本 + 项目 + 其他事业发展性; 发改 41974.29 and 司法 41947.92 are within 20万元",
  scope="new")
q("政务服务和数据管理局财政供养人员多少人，下属几个二级单位", "overview",
  figures=[N(ZS["basic_info"]["财政供养人员数"]), N(ZS["basic_info"]["下属二级单位数"])], note="two asks")
q("机关事务局今年财政拨款多少", "overview", figures=[wan(B(J6, "财政拨款"))], absent=[wan(B(J5, "财政拨款"))],
  note="2026; 2025 29562.41")
q("机关事务局去年部门预算总额是多少", "overview", figures=[wan(J5_TOT)], absent=[wan(J6_TOT)],
  note="2025 预算合计; head of a chain")
q("比今年少多少？", "followup", figures=[wan(J6_TOT - J5_TOT)], followup=True, note="2026 − 2025 预算合计")
q("政数局那个城市数字底座项目实施周期总共多少钱", "overview", figures=[wan(F(DZ, "实施周期资金总额"))],
  names=["城市数字底座与政务云扩容项目"], absent=[wan(F(DZ, "年度资金总额"))], note="项目表 实施周期资金总额; head of a chain")
q("那今年安排多少？", "followup", figures=[wan(F(DZ, "年度资金总额"))], followup=True,
  absent=[Y(ZS, "政务云资源租用和运维经费")], note="年度资金总额; not the department's 政务云 task")
q("今年这部分占整个周期的百分之多少", "followup",
  figures=[pct(F(DZ, "年度资金总额") * 100 / F(DZ, "实施周期资金总额"))], followup=True, note="9650 / 28960")
q("政数局的项目支出是多少", "overview", figures=[wan(B(ZS, "项目支出"))], absent=[wan(F(DZ, "年度资金总额"))],
  note="the department's 项目支出 budget line, not the project table's money")
q("机关事务局今年基本支出和其他资金各多少", "overview", figures=[wan(B(J6, "基本支出")), wan(B(J6, "其他资金"))],
  absent=[wan(B(J5, "基本支出"))], note="two lines")
q("政数局拟用于对下转移支付资金多少", "overview", figures=[wan(B(ZS, "拟用于对下转移支付资金"))],
  note="= 镇街政务服务中心标准化建设补助 4200000元")
assert B(ZS, "拟用于对下转移支付资金") * 10000 == A(ZS, "镇街政务服务中心标准化建设补助")
q("机关事务局有没有对下转移支付的钱？", "overview", figures=[wan(B(J6, "拟用于对下转移支付资金"))], yesno="否",
  note="拟用于对下转移支付资金 0.00万元")
assert B(J6, "拟用于对下转移支付资金") == 0
q("数字底座项目今年资金里财政拨款和其他资金各多少", "overview", figures=[wan(F(DZ, "财政拨款")), wan(F(DZ, "其他资金"))],
  absent=[wan(B(ZS, "财政拨款")), wan(B(ZS, "其他资金"))], note="the project's funds, not the department's budget lines")

# ================================================================== prose
q("政数局“一件事一次办”主题服务累计上线了多少项", "prose", figures=[prose(ZS, "120项")], note="goal 一")
q("政数局跨城通办要推多少项？", "prose", figures=[prose(ZS, "260项")], note="goal 一")
q("政数局说政务服务事项承诺办理时限压缩多少来着", "prose", figures=[prose(ZS, "65%")], note="goal 一, 约65%")
q("12345热线工单按时办结率政数局要求达到多少", "prose", figures=[prose(ZS, "97%")], note="goal 二 only")
q("政数局政务云累计承载了多少个部门业务系统", "prose", figures=[prose(ZS, "860个")], absent=[V(ZS, "上云部门业务系统")],
  note="goal 三; the indicator ≥120个 is the year's new ones")
q("政数局累计开放的公共数据集大概多少个", "prose", figures=[prose(ZS, "4200个")], absent=[V(ZS, "开放公共数据集")],
  note="goal 四; indicator ≥500个 a year")
q("机关事务局公务用车平台纳入多少辆车", "prose", figures=[prose(J6, "1650辆")],
  absent=[prose(J5, "1700辆"), V(J6, "保障公务用车")], note="goal 二 (2026); indicator 保障公务用车 ≥420辆; head of a chain")
q("去年呢？", "followup", figures=[prose(J5, "1700辆")], absent=["1650辆"], followup=True, note="2025 goal 二")
q("机关事务局机关食堂日均供餐多少人次", "prose", figures=[prose(J6, "1.1万人次")], absent=[V(J6, "提供机关食堂就餐服务")],
  note="goal 三; indicator ≥150万人次 a year")
q("数字底座项目整个周期政务云计算资源总规模要到多少核", "prose", figures=[prose(DZ, "12万核")],
  absent=[V(DZ, "政务云计算资源扩容", "period_value")], note="period goal 一; the indicator is the expansion ≥9万核")
q("机关事务局今年节约型机关创建比例要达到多少", "prose", figures=[prose(J6, "93%")], absent=[prose(J5, "85%")],
  note="goal 四 (2026); 2025 said 85%")

# ================================================================== filter
th = 10_000_000
threshold_ok([x["amount"] for x in ZS["tasks"]], th)
q("政数局超过1000万的任务有哪些", "filter", names=names_over(ZS, lambda x: x["amount"] > th), note="strict >")
th = 5_000_000
threshold_ok([x["amount"] for x in J6["tasks"]], th)
q("机关事务局今年500万以上的任务都列一下", "filter", names=names_over(J6, lambda x: x["amount"] > th), note="2026")
th = 2_000_000
threshold_ok([x["amount"] for x in J6["tasks"]], th)
q("机关事务局不到200万的任务有哪些", "filter", names=names_over(J6, lambda x: x["amount"] < th), note="2026, strict <")
threshold_ok([x["amount"] for x in ZS["tasks"]], 2_000_000)
threshold_ok([x["amount"] for x in ZS["tasks"]], 5_000_000)
q("政数局其他需完成的任务里200万到500万之间的有哪些", "filter",
  names=names_over(ZS, lambda x: x["section"] == OTH and 2_000_000 <= x["amount"] <= 5_000_000), note="inclusive, no boundary value")
q("政数局哪些指标实施周期值和年度值不一样", "filter",
  names=[i["level3"] for i in ZS["indicators"] if i["period_value"] != i["annual_value"]], note="five")
q("数字底座项目哪些指标周期值跟年度值不同", "filter",
  names=[i["level3"] for i in DZ["indicators"] if i["period_value"] != i["annual_value"]], note="five")
q("机关事务局今年哪些指标是定性的，没有数字的那种", "filter",
  names=[i["level3"] for i in J6["indicators"] if not any(c.isdigit() for c in i["annual_value"])], note="two")
zw = [x["name"] for t in DG for x in t["tasks"] if "政务" in x["name"]]
assert all(x in [y["name"] for y in ZS["tasks"]] for x in zw)
q("今年全市各部门名字里带“政务”的任务有哪些", "filter", names=zw, note="all ten are 政数局's", scope="mixed")
q("今年东莞各部门里名字带“物业”的任务有哪些，各多少钱", "filter",
  figures=[yuan(x["amount"]) for t in DG for x in t["tasks"] if "物业" in x["name"]],
  names=[x["name"] for t in DG for x in t["tasks"] if "物业" in x["name"]],
  absent=[wan(F(WY, "年度资金总额"))], note="机关事务局 and 住建局; the 物业管理费支出 project is not a task", scope="mixed")
q("政数局的满意度指标有哪些", "filter", names=[i["level3"] for i in ZS["indicators"] if i["level1"] == "满意度指标"],
  note="two")

# ================================================================== count
q("政数局今年一共多少项任务？重点任务几项", "count",
  figures=[N(len(ZS["tasks"])), N(sum(x["section"] == KEY for x in ZS["tasks"]))], note="10 (3 key)")
q("机关事务局今年几项任务，其中重点的几项", "count",
  figures=[N(len(J6["tasks"])), N(sum(x["section"] == KEY for x in J6["tasks"]))], note="head of a chain")
q("重点的加起来多少钱？", "followup", figures=[yuan(sum(x["amount"] for x in J6["tasks"] if x["section"] == KEY))],
  names=[x["name"] for x in J6["tasks"] if x["section"] == KEY], followup=True, note="sum of the 3 key tasks 2026")
q("机关事务局去年有几项任务", "count", figures=[N(len(J5["tasks"]))], note="2025: 9")
q("政数局绩效指标一共多少个", "count", figures=[N(len(ZS["indicators"]))],
  note="the department table's 19 (the project has 11)")
q("数字底座项目有几个绩效指标", "count", figures=[N(len(DZ["indicators"]))], note="11")
q("今年东莞一共多少个部门报了部门整体绩效目标表", "count", figures=[N(len(DG))],
  note="37 before this batch + 政数局 + 机关事务局 (project tables are not departments)", scope="mixed")
band = [t for t in DG if 100 <= t["basic_info"]["财政供养人员数"] <= 200]
threshold_ok([t["basic_info"]["财政供养人员数"] for t in DG], 100)
threshold_ok([t["basic_info"]["财政供养人员数"] for t in DG], 200)
q("今年财政供养人员在100到200人之间的部门有几个", "count", figures=[N(len(band))],
  names=[t["department"][3:] for t in band], note="inclusive; 政数局 118 and 机关事务局 162 among them", scope="mixed")
zs_projects = [t for t in T.values() if t["kind"] == "project" and t["department"] == ZS["department"] and t["year"] == 2026]
q("政数局今年报了几个项目支出绩效目标表", "count", figures=[N(len(zs_projects))], names=[t["project"] for t in zs_projects],
  note="城市数字底座与政务云扩容项目")
jg_projects = [t for t in T.values() if t["kind"] == "project" and t["department"] == J6["department"] and t["year"] == 2026]
q("机关事务局今年有几个项目表", "count", figures=[N(len(jg_projects))], names=[t["project"] for t in jg_projects],
  note="the loaded form fixture 物业管理费支出 (project_target_2026)", scope="mixed")
b45 = [t for t in DG if 40000 <= total(t) <= 50000]
q("今年东莞预算合计在4亿到5亿之间的部门有几个", "count", figures=[N(len(b45))], names=[t["department"][3:] for t in b45],
  note="inclusive; 应急, 发改, 政数, 司法, 退役", scope="mixed")

# ================================================================== aggregate
q("政数局所有任务加起来多少钱", "aggregate", figures=[yuan(ZS_SUM)], note="ten tasks")
q("机关事务局今年任务资金合计是多少", "aggregate", figures=[yuan(J6_SUM)], note="2026")
q("政数局和机关事务局今年预算加起来多少", "aggregate", figures=[wan(ZS_TOT + J6_TOT)], note="head of a chain")
q("那再加上司法局呢？", "followup", figures=[wan(ZS_TOT + J6_TOT + SF_TOT)], followup=True, note="+ 司法局 2026",
  scope="mixed")
q("政数局财政拨款占预算合计的比例是多少", "aggregate", figures=[pct(B(ZS, "财政拨款") * 100 / ZS_TOT)], note="41512.08 / 41963.41")
q("政数局窗口培训和好差评两项加一起多少", "aggregate",
  figures=[yuan(A(ZS, "政务服务窗口人员培训经费") + A(ZS, "政务服务好差评和营商环境评估经费"))], note="two tasks by part name")
q("数字底座项目周期总额扣掉今年的，后面几年还剩多少", "aggregate",
  figures=[wan(F(DZ, "实施周期资金总额") - F(DZ, "年度资金总额"))], note="28960 − 9650")
q("今年东莞所有部门的预算合计加起来是多少", "aggregate", figures=[wan(sum(total(t) for t in DG))],
  note="39 departments", scope="mixed")
q("机关事务局今年任务平均每项多少钱", "aggregate", figures=[yuan2(J6_SUM / len(J6["tasks"]))], note="65055000 / 10")
q("政数局12345热线经费占它所有任务资金的百分之几", "aggregate",
  figures=[pct(A(ZS, "12345政务服务便民热线运行经费") * 100 / ZS_SUM)], note="over the task sum")
q("机关事务局今年和去年的预算合计加起来是多少", "aggregate", figures=[wan(J6_TOT + J5_TOT)], note="2026 + 2025")

# ================================================================== ranking
zs_sorted = sorted(ZS["tasks"], key=lambda x: -x["amount"])
q("政数局哪项任务钱最多", "ranking", figures=[yuan(zs_sorted[0]["amount"])], names=[zs_sorted[0]["name"]],
  note="head of a chain")
q("第二呢", "followup", figures=[yuan(zs_sorted[1]["amount"])], names=[zs_sorted[1]["name"]], followup=True)
assert zs_sorted[1]["section"] == KEY
q("它是重点任务吗", "followup", names=[zs_sorted[1]["name"]], yesno="是", followup=True, note="年度重点工作任务")
j6_sorted = sorted(J6["tasks"], key=lambda x: x["amount"])
q("机关事务局今年任务里钱最少的是哪项", "ranking", figures=[yuan(j6_sorted[0]["amount"])], names=[j6_sorted[0]["name"]])
q("今年东莞各部门按预算合计排，政数局排第几", "ranking", figures=[N(BY_TOTAL.index(ZS) + 1)],
  names=["政务服务和数据管理局"], note="39 departments", scope="mixed")
q("机关事务局预算在全市各部门里排第几位", "ranking", figures=[N(BY_TOTAL.index(J6) + 1)], names=["机关事务管理局"],
  scope="mixed")
three = sorted([BY["发展和改革局"], ZS, BY["司法局"]], key=lambda t: -total(t))
q("发改局、政数局、司法局三家预算从高到低排一下", "ranking", figures=[wan(total(t)) for t in three],
  names=[t["department"][3:] for t in three], note="within 27万元 of each other", scope="mixed")
px = sorted([(x["amount"], x["name"]) for t in DG for x in t["tasks"] if "培训" in x["name"]])
q("今年全市名字带“培训”的任务哪个钱最少", "ranking", figures=[yuan(px[0][0])], names=[px[0][1]],
  absent=[Y(J6, "机关后勤服务人员培训经费")], note="档案局 865200; 机关事务局's 865500 is fourth", scope="mixed")
q("财政供养人员从少到多排，政数局排第几", "ranking", figures=[N(BY_PEOPLE.index(ZS) + 1)], names=["政务服务和数据管理局"],
  scope="mixed")
pl = sorted([(x["amount"], x["name"]) for t in DG for x in t["tasks"] if "平台" in x["name"]], reverse=True)
q("各部门名字带“平台”的任务里哪个钱最多", "ranking", figures=[yuan(pl[0][0])], names=[pl[0][1]], scope="mixed")
pj = sorted([t for t in T.values() if t["kind"] == "project" and t["city"] == "东莞" and t["year"] == 2026],
            key=lambda t: -F(t, "年度资金总额"))
q("今年东莞的项目支出绩效目标表按年度资金从多到少排一下", "ranking", figures=[wan(F(t, "年度资金总额")) for t in pj],
  names=[t["project"] for t in pj], note="five 2026 project tables", scope="mixed")
of = sorted(DG, key=lambda t: -B(t, "其他资金"))
q("机关事务局今年其他资金在东莞各部门里排第几", "ranking", figures=[N(of.index(J6) + 1)], names=["机关事务管理局"],
  note="供销 434.24 > 机关事务 433.67 > 退役 416.28", scope="mixed")

# ================================================================== compare
q("政数局和发改局谁的预算多，差多少", "compare", figures=[wan(FG_TOT - ZS_TOT), wan(FG_TOT), wan(ZS_TOT)],
  names=["发展和改革局"], scope="mixed")
q("政数局的12345热线和科协的科技馆运行经费哪个多，多多少", "compare",
  figures=[yuan(A(ZS, "12345政务服务便民热线运行经费") - 26430600), Y(ZS, "12345政务服务便民热线运行经费"), yuan(26430600)],
  names=["12345政务服务便民热线运行经费"], scope="mixed")
q("机关事务局物业管理经费和它那个物业管理费支出项目的年度资金比，哪个多，差多少", "compare",
  figures=[wan(A(J6, "市直机关集中办公区物业管理经费") / 10000 - F(WY, "年度资金总额")), Y(J6, "市直机关集中办公区物业管理经费"),
           wan(F(WY, "年度资金总额"))],
  names=["市直机关集中办公区物业管理经费"], note="the task is 0.24万元 more; the project's money is in 万元", scope="mixed")
q("政数局政务云租用运维经费和数字底座项目今年的钱差多少", "compare",
  figures=[wan(F(DZ, "年度资金总额") - A(ZS, "政务云资源租用和运维经费") / 10000), wan(F(DZ, "年度资金总额")),
           Y(ZS, "政务云资源租用和运维经费")], names=["城市数字底座与政务云扩容项目"], note="project 2.00万元 more")
q("机关事务局和财政局，谁的人多？多几个", "compare",
  figures=[N(BY["财政局"]["basic_info"]["财政供养人员数"] - J6["basic_info"]["财政供养人员数"]),
           N(BY["财政局"]["basic_info"]["财政供养人员数"]), N(J6["basic_info"]["财政供养人员数"])], names=["财政局"], scope="mixed")
q("政数局培训人均成本和机关事务局的比谁高", "compare",
  figures=[V(ZS, "政务服务窗口人员培训人均成本"), V(J6, "后勤服务人员培训人均成本")], names=["政务服务和数据管理局"],
  absent=[V(J5, "后勤服务人员培训人均成本")], note="≤600 vs ≤500元/人 (2026)")
q("机关事务局的项目支出是基本支出的几倍", "compare", figures=[str(q2(B(J6, "项目支出") / B(J6, "基本支出")))])
q("政数局的预算大概是机关事务局的几倍", "compare", figures=[str(q2(ZS_TOT / J6_TOT))])
q("政数局网络安全经费跟财政局的预算绩效第三方评价经费差多少", "compare",
  figures=[yuan(8650600 - A(ZS, "电子政务外网和网络安全保障经费")), Y(ZS, "电子政务外网和网络安全保障经费"), yuan(8650600)],
  names=["预算绩效管理第三方评价经费"], note="财政 100元 more", scope="mixed")
q("机关事务局公务用车运维和气象局智慧气象信息化谁多？", "compare",
  figures=[yuan(A(BY["气象局"], "智慧气象信息化建设经费") - A(J6, "公务用车运行维护和保障经费")),
           Y(BY["气象局"], "智慧气象信息化建设经费"), Y(J6, "公务用车运行维护和保障经费")],
  names=["智慧气象信息化建设经费"], note="气象 300元 more", scope="mixed")

# ================================================================== structure
q("政数局的镇街政务服务中心标准化建设补助是重点任务还是其他任务", "structure", figures=[Y(ZS, "镇街政务服务中心标准化建设补助")],
  names=[OTH], note=task(ZS, "镇街政务服务中心标准化建设补助")["section"])
assert task(ZS, "镇街政务服务中心标准化建设补助")["section"] == OTH
q("政数局的年度重点工作任务有哪些", "structure", names=[x["name"] for x in ZS["tasks"] if x["section"] == KEY])
q("机关事务局今年的重点任务是哪几项", "structure", names=[x["name"] for x in J6["tasks"] if x["section"] == KEY])
assert indicator(J6, "公务用车派车响应时间")["level2"] == "时效指标"
q("公务用车派车响应时间在机关事务局表里属于哪类指标", "structure", names=["时效指标"], note="产出指标 / 时效指标")
assert indicator(ZS, "政务服务差评整改率")["level2"] == "质量指标"
q("政务服务差评整改率是什么类型的指标", "structure", names=["质量指标"], note="政数局 产出指标 / 质量指标")
cost = [i for i in DZ["indicators"] if i["level1"] == "成本指标"]
q("数字底座项目的成本指标是什么，值多少", "structure", figures=[c["annual_value"] for c in cost],
  names=[c["level3"] for c in cost])
q("机关事务局的效益指标都有哪些", "structure", names=[i["level3"] for i in J6["indicators"] if i["level1"] == "效益指标"],
  note="2026: three")
q("政数局的时效指标有哪些", "structure", names=[i["level3"] for i in ZS["indicators"] if i["level2"] == "时效指标"])
i = indicator(J6, "公共机构人均综合能耗下降率")
q("公共机构人均综合能耗下降率在机关事务局的表里挂在哪个一级、二级指标下面", "structure", names=[i["level1"], i["level2"]])
q("数字底座项目是哪个单位实施的，主管部门是谁", "structure", names=[DZ["unit"], "政务服务和数据管理局"])

# ================================================================== yesno
q("政数局预算是不是比司法局多", "yesno", figures=[wan(ZS_TOT), wan(SF_TOT)], yesno="是" if ZS_TOT > SF_TOT else "否",
  scope="mixed")
q("政数局预算比发改局多吧？", "yesno", figures=[wan(ZS_TOT), wan(FG_TOT)], yesno="是" if ZS_TOT > FG_TOT else "否",
  scope="mixed")
q("机关事务局今年的预算超没超过3亿", "yesno", figures=[wan(J6_TOT)], yesno="是" if J6_TOT > 30000 else "否")
q("政数局的12345热线经费超过2500万了吗", "yesno", figures=[Y(ZS, "12345政务服务便民热线运行经费")],
  yesno="是" if A(ZS, "12345政务服务便民热线运行经费") > 25_000_000 else "否")
q("机关事务局今年培训后勤人员的指标是850人次，对吧", "yesno", figures=[V(J6, "培训后勤服务人员")], yesno="否",
  note="850人次 is the goal's 约850人次; the indicator is ≥800人次")
prose(J6, "850人次")
q("政数局一网通办率今年要求是≥98%吗", "yesno", figures=[V(ZS, "政务服务事项“一网通办”率")], yesno="否",
  note="≥98% is the period value; annual ≥95%")
assert V(ZS, "政务服务事项“一网通办”率", "period_value") == "≥98%"
q("机关事务局2026年有没有安排公务用车新能源更新的钱", "yesno", figures=[Y(J6, "公务用车新能源更新经费")], yesno="是")
q("数字底座项目今年的钱是不是全是财政拨款", "yesno", figures=[wan(F(DZ, "其他资金"))],
  yesno="是" if F(DZ, "其他资金") == 0 else "否", note="其他资金 530.00万元")
q("政数局企业满意度要求是不是92%以上", "yesno", figures=[V(ZS, "企业满意度")], yesno="是")
q("机关事务局的人比政数局多吧", "yesno",
  figures=[N(J6["basic_info"]["财政供养人员数"]), N(ZS["basic_info"]["财政供养人员数"])],
  yesno="是" if J6["basic_info"]["财政供养人员数"] > ZS["basic_info"]["财政供养人员数"] else "否")

# ================================================================== yoy
q("机关事务局预算今年比去年增长了多少，增幅多少", "yoy", figures=[wan(J6_TOT - J5_TOT), pct((J6_TOT - J5_TOT) * 100 / J5_TOT)],
  note="over 2025")
q("机关事务局食堂经费今年比去年多多少", "yoy",
  figures=[yuan(A(J6, "机关食堂运营和膳食保障经费") - A(J5, "机关食堂运营和膳食保障经费"))])
q("机关事务局去年那个信息化建设经费今年改名了吗？钱变了多少", "yoy",
  figures=[yuan(A(J6, "智慧机关事务管理平台建设经费") - A(J5, "机关事务信息化建设经费"))],
  names=["机关事务信息化建设经费", "智慧机关事务管理平台建设经费"], note="renamed; 4586300 − 3748000")
new_tasks = sorted(set(x["name"] for x in J6["tasks"]) - set(x["name"] for x in J5["tasks"]) - {"智慧机关事务管理平台建设经费"})
q("机关事务局今年新增了什么任务？多少钱", "yoy", figures=[Y(J6, n) for n in new_tasks], names=new_tasks,
  note="new in 2026 (besides the renamed one)")
q("机关事务局人员今年比去年多几个", "yoy",
  figures=[N(J6["basic_info"]["财政供养人员数"] - J5["basic_info"]["财政供养人员数"]), N(J6["basic_info"]["财政供养人员数"]),
           N(J5["basic_info"]["财政供养人员数"])])
q("机关事务局服务对象满意度今年比去年提高了吗", "yoy", figures=[V(J6, "服务对象满意度"), V(J5, "服务对象满意度")], yesno="是")
q("机关运行保障水平那个指标去年怎么写的，今年呢", "yoy",
  figures=[V(J5, "机关运行保障水平"), V(J6, "机关运行保障水平")], names=["机关运行保障水平"], note="qualitative, changed")
q("机关事务局去年物业管理那项多少钱", "yoy", figures=[Y(J5, "市直机关集中办公区物业管理经费")],
  absent=[Y(J6, "市直机关集中办公区物业管理经费"), wan(F(WY, "年度资金总额"))], note="2025 task")
q("机关事务局财政拨款比去年增长了百分之几", "yoy",
  figures=[pct((B(J6, "财政拨款") - B(J5, "财政拨款")) * 100 / B(J5, "财政拨款"))], note="over 2025")
assert not [x for x in J5["indicators"] if x["level3"] == "更新新能源公务用车"]
q("机关事务局更新新能源公务用车这个指标去年定的多少", "yoy", expect="not_found", absent=[V(J6, "更新新能源公务用车")],
  note="the indicator is new in 2026")

# ================================================================== typo
q("政數局12345熱線經費多少", "typo", figures=[Y(ZS, "12345政务服务便民热线运行经费")], note="traditional")
q("機關事務局今年預算合計", "typo", figures=[wan(J6_TOT)], absent=[wan(J5_TOT)], note="traditional")
q("正数局政务云租用运维经费多少", "typo", figures=[Y(ZS, "政务云资源租用和运维经费")], note="正数局 for 政数局 (homophone)")
q("机关事物局公务用车运行维护经费", "typo", figures=[Y(J6, "公务用车运行维护和保障经费")], note="事物 for 事务")
q("政数局城市数字底坐项目年度资金多少", "typo", figures=[wan(F(DZ, "年度资金总额"))], note="底坐 for 底座")
q("机关事务局２０２５年任务一共多少钱", "typo", figures=[yuan(J5_SUM)], note="full-width year")
q("政务服务和数椐管理局财政供养人员数", "typo", figures=[N(ZS["basic_info"]["财政供养人员数"])], note="椐 for 据")
q("政数局一体化政务服务平台运营經費", "typo", figures=[Y(ZS, "一体化政务服务平台运营经费")], note="經費")
q("机关事务局食唐经费多少", "typo", figures=[Y(J6, "机关食堂运营和膳食保障经费")], note="食唐 for 食堂")
q("政數局的辦事群眾滿意度", "typo", figures=[V(ZS, "办事群众满意度")], absent=[V(BY["自然资源局"], "办事群众满意度")],
  note="traditional")

# ================================================================== not_found
q("政数局2025年预算是多少", "not_found", expect="not_found", absent=[wan(ZS_TOT)], note="政数局 2025 not loaded")
q("深圳市政务服务数据管理局今年预算多少", "not_found", expect="not_found", absent=[wan(ZS_TOT)], scope="other")
q("东莞市国资委今年预算多少", "not_found", expect="not_found", scope="other")
q("机关事务局2024年的预算总额", "not_found", expect="not_found", absent=[wan(J5_TOT), wan(J6_TOT)], note="2024 not loaded")
q("政数局有没有数据要素市场培育补贴这项经费，多少钱", "not_found", expect="not_found", note="no such task")
q("机关事务局公务接待经费多少", "not_found", expect="not_found", note="no such task")
q("数字底座项目2025年度资金多少", "not_found", expect="not_found", absent=[wan(F(DZ, "年度资金总额"))],
  note="only the 2026 project table is loaded")
q("广州市机关事务管理局2026年预算", "not_found", expect="not_found", absent=[wan(J6_TOT)], scope="other")
q("政数局电子证照应用的指标是多少", "not_found", expect="not_found", note="no such indicator")
q("机关事务局公务用车那个项目支出表今年年度资金多少", "not_found", expect="not_found",
  absent=[wan(F(WY, "年度资金总额"))], note="its only project table is 物业管理费支出", scope="mixed")

# ================================================================== trap
q("机关事务局物业管理费多少钱", "trap", expect="ok_or_clarify",
  names=["市直机关集中办公区物业管理经费", "物业管理费支出"],
  note="the department's task 3602400元 and the project 物业管理费支出 360.00万元 both fit", scope="mixed")
q("政数局政务云今年多少钱", "trap", expect="ok_or_clarify", names=["政务云资源租用和运维经费", "城市数字底座与政务云扩容项目"],
  note="task 96480000元 or the project's 9650.00万元")
q("办事群众满意度是多少", "trap", expect="ok_or_clarify", names=["政务服务和数据管理局", "自然资源局"],
  note="≥96% (政数局) vs ≥95% (自然资源局)", scope="mixed")
q("政数局的使用单位满意度要求多少", "trap", figures=[V(DZ, "使用单位满意度")], names=["城市数字底座与政务云扩容项目"],
  absent=[V(T["yingji_xinxihua_2026"], "使用单位满意度")],
  note="only in 政数局's project; 应急指挥信息化 project's is ≥90%")
q("机关事务局部门整体表里物业服务办公区是几处", "trap", figures=[V(J6, "物业服务办公区")],
  absent=[V(WY, "物业服务办公区数量")], note="≥12处; the 物业管理费支出 project's 物业服务办公区数量 is 5处", scope="mixed")
q("机关事务局统一物业服务面积大概多少", "trap", figures=[prose(J6, "42万平方米")],
  absent=[V(WY, "物业服务面积"), prose(J5, "38万平方米")],
  note="goal 三 (2026); the project's indicator 物业服务面积 ≥18万平方米; 2025 38万", scope="mixed")
q("政数局的企业满意度是多少", "trap", figures=[V(ZS, "企业满意度")],
  absent=[V(BY["应急管理局"], "企业满意度"), V(BY["商务局"], "企业满意度")], note="应急 ≥85%, 商务/科技 ≥90%",
  scope="mixed")
q("机关事务局2025年的公务用车新能源更新经费多少", "trap", expect="not_found", absent=[Y(J6, "公务用车新能源更新经费")],
  note="new in 2026")
q("数字底座项目今年上云系统指标是不是≥120个", "trap", figures=[V(DZ, "迁移上云业务系统")], yesno="否",
  absent=[], note="the project's annual ≥140个; ≥120个 is the department's 上云部门业务系统")
q("机关事务局今年12345热线经费多少", "trap", expect="not_found", absent=[Y(ZS, "12345政务服务便民热线运行经费")],
  note="政数局's task, not 机关事务局's")

# ================================================================== checks and output
assert len(ROWS) == 160, len(ROWS)
for r in ROWS:
    for a in r["absent"]:
        assert a not in r["figures"], (r["id"], a)
        assert a in ALL_VALUES or a in ALL_TEXT, (r["id"], a)
    for n in r["names"]:
        assert n in ALL_TEXT, (r["id"], n)
    if r["expect"] != "ok":
        assert not r["figures"] and not r["yesno"], r["id"]
out = HERE.parent / "batch_21.jsonl"
out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in ROWS), encoding="utf-8")
print(f"wrote {out} ({len(ROWS)} lines)")
print("scope:", dict(Counter(SCOPE.values())))
cats = list(dict.fromkeys(r["category"] for r in ROWS))
order = ["item_money", "indicator", "overview", "prose", "filter", "count", "aggregate", "ranking", "compare",
         "structure", "yesno", "yoy", "typo", "not_found", "trap", "followup"]
print("| category | total | ok | not_found | clarify | ok_or_clarify |\n| --- | --- | --- | --- | --- | --- |")
for c in order:
    rs = [r for r in ROWS if r["category"] == c]
    e = Counter(r["expect"] for r in rs)
    print(f"| {c} | {len(rs)} | {e['ok']} | {e['not_found']} | {e['clarify']} | {e['ok_or_clarify']} |")
e = Counter(r["expect"] for r in ROWS)
print(f"| **total** | **{len(ROWS)}** | {e['ok']} | {e['not_found']} | {e['clarify']} | {e['ok_or_clarify']} |")
