"""Write tests/blind/batch_23.jsonl: 160 blind questions over batch 23's list (batch 22's tables + 国资委 2026,
市委党校 2026, 港务局 2025/2026 and the 港务局 project 东莞港沙田港区进港航道扩建工程).

Every figure is computed here from the truth (truth23.py; Decimal, ROUND_HALF_UP), never typed. Checks: every prose
phrase is in the table's goals and in none of its tasks / indicators; every `absent` is a real value (or a goal's
phrase) and not a figure of the line; no filter threshold equals a value it filters; look-alikes are close (≤ 1000 元)
and different; every new amount is unique over all tables. Each line's scope (new / mixed / other) is appended to its
note and counted. Re-running gives a byte-identical file.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import truth23 as T  # noqa: E402
from truth23 import dg2026, indicator, pct, q2, task, total, wan, yuan, yuan2  # noqa: E402

OUT = HERE.parent / "batch_23.jsonl"
TB = T.load()
GZ, DX, G6, G5, HD = (TB[s] for s in T.NEW)
DG = dg2026(TB)
BYNAME = {t["department"]: t for t in DG}
CATS = ["item_money", "indicator", "overview", "prose", "filter", "count", "aggregate", "ranking",
        "compare", "structure", "yesno", "yoy", "typo", "not_found", "trap", "followup"]
STEM = {GZ["department"]: "国有资产监督管理委员会", DX["department"]: "中共东莞市委党校", G6["department"]: "港务管理局"}

# ------------------------------------------------------------------ values of the tables


def amt(t, name):
    return task(t, name)["amount"]


def A(t, name):
    return yuan(amt(t, name))


def IA(t, name):
    return indicator(t, name)["annual_value"]


def IP(t, name):
    return indicator(t, name)["period_value"]


def B(t, line):
    return wan(t["budget"][line])


def TOT(t):
    return wan(total(t))


def FU(t, name):
    return wan(t["funds"][name])


def stem(t):
    d = t["department"]
    return STEM.get(d) or (d[3:] if d.startswith("东莞市") else d)


def dept(stem):
    (t,) = [t for t in DG if t["department"].endswith(stem) or t["department"] == stem]
    return t


def all_values():
    out = set()
    for t in TB.values():
        out |= {yuan(x["amount"]) for x in t["tasks"]}
        out |= {wan(v) for v in t["budget"].values()}
        if t["kind"] == "project":
            out |= {wan(v) for v in t["funds"].values()}
        if t["kind"] == "department" and t["budget"]:
            out.add(wan(total(t)))
        for i in t["indicators"]:
            out |= {i.get("annual_value") or "", i.get("period_value") or ""}
    return out - {""}


VALUES = all_values()


def goal_phrase(t, p):
    g = "\n".join(t["goals"])
    inner = "\n".join([x["name"] + x["content"] + x["expected"] for x in t["tasks"]]
                      + [i["level3"] + str(i.get("period_value")) + str(i.get("annual_value")) for i in t["indicators"]])
    assert p in g, (t["slug"], p)
    assert p not in inner, (t["slug"], p)
    return p


def close(a, b):
    a, b = Decimal(a), Decimal(b)
    assert a != b and abs(a - b) <= 1000, (a, b)


def lookalike(t, name, other_stem, other_name):
    a, b = amt(t, name), amt(dept(other_stem), other_name)
    close(a, b)
    return yuan(b)


def rank_desc(key, t, pool=None):
    pool = pool or DG
    vals = sorted((key(x) for x in pool), reverse=True)
    assert vals.count(key(t)) == 1
    return vals.index(key(t)) + 1


def no_boundary(values, *bounds):
    for b in bounds:
        assert all(v != b for v in values), b


# unique new amounts
_seen = Counter()
for t in TB.values():
    for x in t["tasks"]:
        _seen[x["amount"]] += 1
for t in (GZ, DX, G6, G5):
    for x in t["tasks"]:
        assert _seen[x["amount"]] == 1, (t["slug"], x["name"])
_funds = [v for t in TB.values() if t["kind"] == "project" for v in t["funds"].values()]
for v in HD["funds"].values():
    assert _funds.count(v) == 1, v

# ------------------------------------------------------------------ rows
ROWS: list[dict] = []


def Q(cat, q, expect="ok", fig=(), names=(), yn=None, absent=(), fu=False, note="", scope="new"):
    rid = f"b23-{len(ROWS) + 1:03d}"
    fig, absent = list(fig), list(absent)
    for a in absent:
        assert a in VALUES or any(a in "\n".join(t["goals"]) for t in TB.values()), (rid, a)
        assert a not in fig, (rid, a)
    if expect in ("not_found", "ok_or_clarify"):
        assert not fig, rid
    ROWS.append({"id": rid, "q": q, "category": "followup" if fu else cat, "expect": expect, "figures": fig,
                 "names": list(names), "yesno": yn, "absent": absent,
                 "followup_of": ROWS[-1]["id"] if fu else None, "note": f"{note} [scope: {scope}]"})


GZN, DXN, G6N = GZ["department"], DX["department"], G6["department"]

# ================================================================== item_money
Q("item_money", "国资委今年在线监管系统那块安排了多少钱？", fig=[A(GZ, "国资国企在线监管系统建设和运维经费")],
  names=["国资国企在线监管系统建设和运维经费"],
  absent=[lookalike(GZ, "国资国企在线监管系统建设和运维经费", "金融工作局", "金融信息化和地方金融监管平台建设经费"),
          lookalike(GZ, "国资国企在线监管系统建设和运维经费", "科学技术协会", "科普信息化和数字科技馆建设经费")],
  note="国资委's 在线监管系统 item; 金融局 4568800 / 科协 4568600 look-alikes")
Q("item_money", "市委党校给学员吃住、搞后勤用的那笔钱是多少", fig=[A(DX, "学员食宿和教学后勤保障经费")],
  names=["学员食宿和教学后勤保障经费"],
  absent=[lookalike(DX, "学员食宿和教学后勤保障经费", "机关事务管理局", "公务用车运行维护和保障经费")],
  note="described by its use; 机关事务局 9540500 look-alike")
Q("item_money", "港务局航道疏浚维护今年拨了多少？", fig=[A(G6, "港口航道疏浚和维护经费")],
  names=["港口航道疏浚和维护经费"],
  absent=[lookalike(G6, "港口航道疏浚和维护经费", "投资促进局", "重大招商项目落地奖励资金")],
  note="head of a 3-step chain; the department task, not the 航道扩建 project (6845.00万元); 投促局 68450300 look-alike")
Q("item_money", "那去年呢", fig=[A(G5, "港口航道疏浚和维护经费")], names=["港口航道疏浚和维护经费"],
  absent=[A(G6, "港口航道疏浚和维护经费")], fu=True, note="2025's amount of the same task")
Q("item_money", "涨了多少", fig=[yuan(amt(G6, "港口航道疏浚和维护经费") - amt(G5, "港口航道疏浚和维护经费"))],
  fu=True, note="2026 − 2025 of the task, in 元")
Q("item_money", "党校主体班次那笔钱多少？放在哪一栏的", fig=[A(DX, "干部教育培训主体班次经费")],
  names=["干部教育培训主体班次经费", "年度重点工作任务"],
  absent=[lookalike(DX, "干部教育培训主体班次经费", "金融工作局", "金融招商和金融机构引进奖励经费"),
          lookalike(DX, "干部教育培训主体班次经费", "工业和信息化局", "中小企业公共服务体系建设经费")],
  note="two asks: amount and section; 金融局 18650700 / 工信局 18650400 look-alikes")
Q("item_money", "国资委给国企负责人做业绩考核、审核薪酬用的钱有多少", fig=[A(GZ, "国有企业负责人经营业绩考核和薪酬审核经费")],
  names=["国有企业负责人经营业绩考核和薪酬审核经费"],
  absent=[lookalike(GZ, "国有企业负责人经营业绩考核和薪酬审核经费", "金融工作局", "金融研究和政策评估经费"),
          lookalike(GZ, "国有企业负责人经营业绩考核和薪酬审核经费", "红十字会", "红十字信息化建设经费")],
  note="described by its use; 金融局 986700 / 红会 986300 look-alikes")
Q("item_money", "港务局去年那个危险货物安全监管的经费多少", fig=[A(G5, "港口危险货物安全监管经费")],
  names=["港口危险货物安全监管经费"], absent=[A(G6, "港口安全生产和危险货物作业监管经费")],
  note="2025 name and amount (renamed in 2026)")
Q("item_money", "港务局给沿江镇街的补助今年多少？去年多少？",
  fig=[A(G6, "沿江镇街港口安全监管工作补助"), A(G5, "沿江镇街港口安全监管工作补助")],
  names=["沿江镇街港口安全监管工作补助"], note="two years in one message")
Q("item_money", "国资委请专家去国企查安全隐患的那笔钱多少", fig=[A(GZ, "国有企业安全生产监督检查经费")],
  names=["国有企业安全生产监督检查经费"],
  absent=[lookalike(GZ, "国有企业安全生产监督检查经费", "工业和信息化局", "工业领域安全生产检查经费"),
          lookalike(GZ, "国有企业安全生产监督检查经费", "应急管理局", "安全生产培训经费")],
  note="described by its content; 工信局 3128400 / 应急局 3128000 look-alikes")
Q("item_money", "国资委产权交易监管和资产统计登记这两块各多少钱",
  fig=[A(GZ, "国有产权交易和资产处置监管经费"), A(GZ, "国有资产统计和产权登记经费")],
  names=["国有产权交易和资产处置监管经费", "国有资产统计和产权登记经费"],
  absent=[lookalike(GZ, "国有产权交易和资产处置监管经费", "信访局", "信访舆情监测和分析研判经费"),
          lookalike(GZ, "国有资产统计和产权登记经费", "财政局", "会计人员继续教育培训经费")],
  note="two items by part of their names; 信访局 2365200 / 财政局 1268600 look-alikes")
Q("item_money", "港务局管执法船那笔钱今年多少", fig=[A(G6, "港口行政执法和执法船艇运行经费")],
  names=["港口行政执法和执法船艇运行经费"],
  absent=[lookalike(G6, "港口行政执法和执法船艇运行经费", "生态环境局", "生态环境执法能力建设经费"),
          A(G5, "港口行政执法和执法船艇运行经费")],
  note="described by its use; 生态环境局 5680000 look-alike; 2025's 5236400 absent")

# ================================================================== indicator
Q("indicator", "港务局今年集装箱吞吐量指标定的多少", fig=[IA(G6, "集装箱吞吐量")], names=["集装箱吞吐量"],
  note="head of a 3-step chain; annual value (period ≥1300万标箱 not absent)")
Q("indicator", "整个实施周期呢", fig=[IP(G6, "集装箱吞吐量")], fu=True, note="period value")
Q("indicator", "去年年度定的多少", fig=[IA(G5, "集装箱吞吐量")], absent=[IA(G6, "集装箱吞吐量")], fu=True,
  note="2025 annual value")
Q("indicator", "党校的培训学员满意度目标多少", fig=[IA(DX, "培训学员满意度")], names=["培训学员满意度"],
  absent=[IA(dept("共青团东莞市委员会"), "培训学员满意度"), IA(GZ, "培训学员满意度")],
  note="shared indicator name: 团市委 ≥95%, 国资委 ≥93%, 农业 ≥92%")
Q("indicator", "国资委国有资本保值增值率今年要求多少", fig=[IA(GZ, "国有资本保值增值率")],
  names=["国有资本保值增值率"], note="annual ≥102% (period ≥105%)")
Q("indicator", "港务局的企业满意度多少", fig=[IA(G6, "企业满意度")], names=["企业满意度"],
  absent=[IA(dept("金融工作局"), "企业满意度"), IA(dept("投资促进局"), "企业满意度")],
  note="shared name: 金融 ≥91%, 投促 ≥93%, 工信/政数 ≥92%")
Q("indicator", "沙田那个航道项目，疏浚单位成本卡在多少", fig=[IA(HD, "航道疏浚单位成本")],
  names=["航道疏浚单位成本"], absent=[IA(G6, "航道疏浚维护单位成本")],
  note="project named by part; the department's 航道疏浚维护单位成本 ≤38元/立方米 absent")
Q("indicator", "党校决策咨询课题一项最多给多少钱？今年要完成几项课题？",
  fig=[IA(DX, "决策咨询课题单项经费上限"), IA(DX, "完成决策咨询研究课题")],
  names=["决策咨询课题单项经费上限", "完成决策咨询研究课题"], note="two asks; annual ≥30项 (period ≥90项)")
Q("indicator", "国资委在线监管系统二期什么时候上线", fig=[IA(GZ, "在线监管系统二期上线时间")],
  names=["在线监管系统二期上线时间"], note="date indicator")
Q("indicator", "港务局港口经营许可多少个工作日要办完", fig=[IA(G6, "港口经营许可办结时限")],
  names=["港口经营许可办结时限"], absent=[IA(dept("信访局"), "信访件受理回复时限")],
  note="信访局's ≤10个工作日 absent")
Q("indicator", "航道扩建工程今年疏浚里程多少公里", fig=[IA(HD, "航道扩建疏浚里程")], names=["航道扩建疏浚里程"],
  note="project by part of its name; annual ≥6公里 (period ≥18公里)")
Q("indicator", "国资委财务审计每户平均成本多少，要审几户", fig=[IA(GZ, "国有企业财务审计单户平均成本"), IA(GZ, "财务决算审计企业")],
  names=["国有企业财务审计单户平均成本", "财务决算审计企业"], note="two asks")

# ================================================================== overview
Q("overview", "国资委今年预算总共多少", fig=[TOT(GZ)], absent=[TOT(dept("外事局"))],
  names=[STEM[GZN]], note="head of a 3-step chain; 外事局 11769.95 absent")
Q("overview", "其中财政拨款多少，其他资金呢", fig=[B(GZ, "财政拨款"), B(GZ, "其他资金")], fu=True, note="two income lines")
Q("overview", "那财政专项资金里市本级用多少", fig=[B(GZ, "市本级使用资金")], fu=True, note="市本级使用资金 (all of 7600.00)")
Q("overview", "党校预算合计多少", fig=[TOT(DX)], names=[STEM[DXN]], absent=[TOT(dept("审计局"))],
  note="审计局 13247.29 absent")
Q("overview", "港务局今年部门预算多少？项目支出多少？", fig=[TOT(G6), B(G6, "项目支出")], names=[STEM[G6N]],
  absent=[TOT(G5)], note="two asks")
Q("overview", "港务局去年预算总额", fig=[TOT(G5)], absent=[TOT(G6)], note="2025")
Q("overview", "党校财政供养多少人，下属单位几个",
  fig=[f"#{DX['basic_info']['财政供养人员数']}", f"#{DX['basic_info']['下属二级单位数']}"], note="basic info")
Q("overview", "国资委基本支出多少", fig=[B(GZ, "基本支出")], note="budget line")
Q("overview", "沙田港区进港航道扩建工程实施周期总共多少钱，今年安排多少",
  fig=[FU(HD, "实施周期资金总额"), FU(HD, "年度资金总额")], absent=[A(G6, "港口航道疏浚和维护经费")],
  note="project funds; the department's 航道疏浚 task absent")
Q("overview", "港务局财政专项资金多少，其中市本级用多少", fig=[B(G6, "财政专项资金"), B(G6, "市本级使用资金")],
  note="two asks")
Q("overview", "航道扩建那个项目是哪个单位实施的", names=[HD["unit"]], note="project's 实施单位")
Q("overview", "党校其他事业发展性支出多少", fig=[B(DX, "其他事业发展性支出")], note="budget line")

# ================================================================== prose
Q("prose", "国资委说市属国企资产总额要到多少", fig=[goal_phrase(GZ, "5200亿元")], note="goal only")
Q("prose", "国资委打算清理退出多少户非主业的企业", fig=[goal_phrase(GZ, "40户")], note="goal only")
Q("prose", "党校总体目标里说全年培训多少人次", fig=[goal_phrase(DX, "7200人次")],
  note="goal 约7200人次 (the indicator 培训各级领导干部 is ≥6500人次)")
Q("prose", "党校网络学院注册学员有多少", fig=[goal_phrase(DX, "4.6万人")], note="goal only")
Q("prose", "港务局今年集装箱班轮航线要达到多少条", fig=[goal_phrase(G6, "98条")], absent=[goal_phrase(G5, "90条")],
  note="goal only; 2025's 约90条 absent")
Q("prose", "港务局说今年新建多少套岸电设施，跟指标一样吗", fig=[goal_phrase(G6, "15套"), IA(G6, "建成港口岸电设施")],
  note="goal 约15套 vs indicator ≥12套")
Q("prose", "沙田航道扩建完航道有多长？能走多大的船？", fig=[goal_phrase(HD, "27公里"), goal_phrase(HD, "5万吨级")],
  note="project period goal; two asks")
Q("prose", "航道项目今年疏浚土方大概多少", fig=[goal_phrase(HD, "350万立方米")],
  note="project annual goal 约350万立方米 (indicator ≥320万立方米)")
Q("prose", "国资委的在线监管系统要接入多少户企业", fig=[goal_phrase(GZ, "260户")], note="goal only")
Q("prose", "党校的咨询报告拿到市领导批示的有多少项", fig=[goal_phrase(DX, "22项")], note="goal only")

# ================================================================== filter
_g6 = [x["amount"] for x in G6["tasks"]]
no_boundary(_g6, 10000000)
Q("filter", "港务局一千万以上的任务有哪些", names=[x["name"] for x in G6["tasks"] if x["amount"] > 10000000],
  fig=[yuan(x["amount"]) for x in G6["tasks"] if x["amount"] > 10000000], note="> 10000000元")
_gz = [x["amount"] for x in GZ["tasks"]]
no_boundary(_gz, 1000000, 3000000, 5000000)
Q("filter", "国资委一百万以下的任务", names=[x["name"] for x in GZ["tasks"] if x["amount"] < 1000000],
  fig=[yuan(x["amount"]) for x in GZ["tasks"] if x["amount"] < 1000000], note="< 1000000元")
Q("filter", "党校名字带“维护”的任务", names=[x["name"] for x in DX["tasks"] if "维护" in x["name"]], note="name contains 维护")
Q("filter", "港务局周期值和年度值不一样的指标有哪些",
  names=[i["level3"] for i in G6["indicators"] if i["period_value"] != i["annual_value"]], note="period ≠ annual")
Q("filter", "国资委哪些指标是定性的，没有数字的",
  names=[i["level3"] for i in GZ["indicators"] if not any(c.isdigit() for c in i["annual_value"])], note="qualitative")
Q("filter", "党校的成本指标有哪些，各是多少",
  names=[i["level3"] for i in DX["indicators"] if i["level1"] == "成本指标"],
  fig=[i["annual_value"] for i in DX["indicators"] if i["level1"] == "成本指标"], note="成本指标")
_band = sorted([t for t in DG if Decimal(10000) <= total(t) <= Decimal(15000)], key=lambda t: -total(t))
no_boundary([total(t) for t in DG], Decimal(10000), Decimal(15000))
Q("filter", "全市今年预算在一个亿到一亿五千万之间的部门有哪些",
  names=[stem(t) for t in _band],
  note="10000–15000万元 inclusive over the 47 东莞 2026 departments", scope="mixed")
Q("filter", "港务局效益指标有哪些", names=[i["level3"] for i in G6["indicators"] if i["level1"] == "效益指标"],
  note="效益指标")
Q("filter", "全市今年名字里有“安全生产”的任务有哪些",
  names=[x["name"] for t in DG for x in t["tasks"] if "安全生产" in x["name"]],
  note="东莞 2026 departments' tasks containing 安全生产", scope="mixed")
Q("filter", "国资委三百万到五百万之间的任务",
  names=[x["name"] for x in GZ["tasks"] if 3000000 <= x["amount"] <= 5000000],
  fig=[yuan(x["amount"]) for x in GZ["tasks"] if 3000000 <= x["amount"] <= 5000000], note="3000000–5000000元 inclusive")

# ================================================================== count
_gzkey = [x for x in GZ["tasks"] if x["section"] == "年度重点工作任务"]
Q("count", "国资委几项任务？重点的几项？", fig=[f"#{len(GZ['tasks'])}", f"#{len(_gzkey)}"],
  note="head of a 3-step chain; two counts")
Q("count", "重点的加起来多少", fig=[yuan(sum(x["amount"] for x in _gzkey))], names=[x["name"] for x in _gzkey], fu=True,
  note="sum of the three key tasks")
Q("count", "占全部任务的百分之多少",
  fig=[pct(sum(x["amount"] for x in _gzkey) / sum(x["amount"] for x in GZ["tasks"]) * 100)], fu=True,
  note="key tasks over all tasks")
Q("count", "党校一共多少个绩效指标", fig=[f"#{len(DX['indicators'])}"], note="indicator count")
Q("count", "港务局去年几项任务", fig=[f"#{len(G5['tasks'])}"], note="2025 (2026 has 10)")
Q("count", "今年东莞有多少个部门报了部门整体绩效目标表", fig=[f"#{len(DG)}"],
  note="47 东莞 2026 部门整体 tables (广州's two and project tables not counted)", scope="mixed")
Q("count", "全市财政供养人员不到一百人的部门有几个",
  fig=[f"#{sum(t['basic_info']['财政供养人员数'] < 100 for t in DG)}"], note="< 100 people", scope="mixed")
Q("count", "航道扩建项目有几个指标？周期值跟年度值不一样的几个？",
  fig=[f"#{len(HD['indicators'])}", f"#{sum(i['period_value'] != i['annual_value'] for i in HD['indicators'])}"],
  note="project by part of its name; two counts")
Q("count", "全市名字带培训的任务一共几项", fig=[f"#{sum('培训' in x['name'] for t in DG for x in t['tasks'])}"],
  note="东莞 2026 departments' tasks containing 培训", scope="mixed")
Q("count", "港务局产出指标几个", fig=[f"#{sum(i['level1'] == '产出指标' for i in G6['indicators'])}"], note="产出指标")
Q("count", "港务局今年有几个项目支出绩效目标表", fig=["#1"], names=[HD["project"]],
  note="its one loaded project table")
Q("count", "国资委、党校、港务局三家一共多少财政供养人员",
  fig=[f"#{sum(t['basic_info']['财政供养人员数'] for t in (GZ, DX, G6))}"], note="sum of people")

# ================================================================== aggregate
Q("aggregate", "党校所有任务加起来多少钱", fig=[yuan(sum(x["amount"] for x in DX["tasks"]))], note="task sum")
Q("aggregate", "港务局智慧港口信息化和岸线码头管理两项加一起多少",
  fig=[yuan(amt(G6, "智慧港口信息化建设经费") + amt(G6, "港口岸线和码头管理经费"))], note="two items by part")
Q("aggregate", "国资委跟党校两家预算加起来多少，再算上港务局呢",
  fig=[wan(total(GZ) + total(DX)), wan(total(GZ) + total(DX) + total(G6))], note="two sums in one message")
Q("aggregate", "港务局今年去年两年预算一共多少", fig=[wan(total(G6) + total(G5))], note="2026 + 2025")
Q("aggregate", "今年东莞所有部门预算加起来多少", fig=[wan(sum(total(t) for t in DG))],
  note="47 东莞 2026 departments' 预算合计", scope="mixed")
Q("aggregate", "国资委的任务平均每项多少钱", fig=[yuan2(sum(x["amount"] for x in GZ["tasks"]) / len(GZ["tasks"]))],
  note="average, two decimals")
Q("aggregate", "港务局任务金额占项目支出的比例",
  fig=[pct(sum(x["amount"] for x in G6["tasks"]) / (G6["budget"]["项目支出"] * 10000) * 100)],
  note="tasks' sum over 项目支出")
Q("aggregate", "党校基本支出加其他事业发展性支出多少",
  fig=[wan(DX["budget"]["基本支出"] + DX["budget"]["其他事业发展性支出"])], note="two lines")
Q("aggregate", "航道项目周期总额扣掉今年的，后面几年还要多少",
  fig=[wan(HD["funds"]["实施周期资金总额"] - HD["funds"]["年度资金总额"])], note="period − year (project by part)")
Q("aggregate", "港务局和交通局两家今年预算合计", fig=[wan(total(G6) + total(dept("交通运输局")))],
  note="with 交通运输局", scope="mixed")

# ================================================================== ranking
_g6s = sorted(G6["tasks"], key=lambda x: -x["amount"])
Q("ranking", "港务局哪项任务钱最多", fig=[yuan(_g6s[0]["amount"])], names=[_g6s[0]["name"]],
  note="head of a 3-step chain")
Q("ranking", "第二呢", fig=[yuan(_g6s[1]["amount"])], names=[_g6s[1]["name"]], fu=True, note="second largest")
assert _g6s[1]["section"] == "年度重点工作任务"
Q("ranking", "它是重点任务吗", yn="是", names=["年度重点工作任务"], fu=True, note="智慧港口信息化建设经费 is a key task")
Q("ranking", "港务局今年预算在全市排第几", fig=[f"#{rank_desc(total, G6)}"],
  note="by 预算合计 over the 47 东莞 departments (机关事务 31642.12 > 港务 > 财政 29001.97)", scope="mixed")
Q("ranking", "党校预算排全市第几", fig=[f"#{rank_desc(total, DX)}"], note="人防 > 党校 > 审计", scope="mixed")
Q("ranking", "国资委预算排第几", fig=[f"#{rank_desc(total, GZ)}"], note="气象 > 国资委 > 外事", scope="mixed")
_tr = sorted([(x["amount"], x["name"]) for t in DG for x in t["tasks"] if "培训" in x["name"]], reverse=True)
Q("ranking", "全市名字带培训的经费里最多的是哪项", fig=[yuan(_tr[0][0])], names=[_tr[0][1]],
  absent=[yuan(_tr[1][0])], note="the largest 培训 item is 党校's (next 红会 6420800)", scope="mixed")
_gza = sorted(GZ["tasks"], key=lambda x: x["amount"])[:3]
Q("ranking", "国资委钱最少的三项任务", names=[x["name"] for x in _gza], fig=[yuan(x["amount"]) for x in _gza],
  note="ascending")
_three = sorted((GZ, DX, G6), key=lambda t: -total(t))
Q("ranking", "国资委、党校、港务局按预算从高到低排一下", names=[STEM[t["department"]] for t in _three],
  fig=[TOT(t) for t in _three], note="three new departments")
Q("ranking", "港务局其他资金在全市排第几",
  fig=[f"#{rank_desc(lambda t: t['budget']['其他资金'], G6)}"], note="by 其他资金, descending", scope="mixed")
_dxs = sorted(DX["tasks"], key=lambda x: -x["amount"])
Q("ranking", "党校的任务里第三多的是哪个", fig=[yuan(_dxs[2]["amount"])], names=[_dxs[2]["name"]], note="third largest")
_pp = sorted(t["basic_info"]["财政供养人员数"] for t in DG)
assert _pp.count(126) == 1
Q("ranking", "财政供养人员从少到多排，党校在全市第几", fig=[f"#{_pp.index(DX['basic_info']['财政供养人员数']) + 1}"],
  note="ascending by people", scope="mixed")

# ================================================================== compare
_wsj = dept("外事局")
Q("compare", "国资委和外事局谁预算多，差多少", fig=[wan(total(GZ) - total(_wsj)), TOT(GZ), TOT(_wsj)],
  names=[STEM[GZN]], note="国资委 more", scope="mixed")
_sj = dept("审计局")
Q("compare", "党校跟审计局预算差多少", fig=[wan(total(DX) - total(_sj)), TOT(DX), TOT(_sj)], names=[STEM[DXN]],
  note="党校 more", scope="mixed")
_cz = dept("财政局")
Q("compare", "港务局和财政局预算比一下", fig=[wan(total(G6) - total(_cz)), TOT(G6), TOT(_cz)], names=[STEM[G6N]],
  note="港务局 more", scope="mixed")
_t = amt(G6, "港口航道疏浚和维护经费")
_p = HD["funds"]["年度资金总额"]
Q("compare", "港务局航道疏浚维护经费和航道扩建项目今年的钱，哪个多？差多少？",
  fig=[wan((_t - _p * 10000) / 10000), yuan(_t), wan(_p)], names=["港口航道疏浚和维护经费"],
  note="the task is 600元 (0.06万元) above the project's 年度资金总额; difference in 万元 as README_21")
Q("compare", "国资委在线监管系统经费比金融局监管平台那项少多少",
  fig=[yuan(amt(dept("金融工作局"), "金融信息化和地方金融监管平台建设经费") - amt(GZ, "国资国企在线监管系统建设和运维经费")),
       A(GZ, "国资国企在线监管系统建设和运维经费"), A(dept("金融工作局"), "金融信息化和地方金融监管平台建设经费")],
  note="100元 apart", scope="mixed")
Q("compare", "港务局的企业满意度跟金融局比谁高", fig=[IA(G6, "企业满意度"), IA(dept("金融工作局"), "企业满意度")],
  names=[STEM[G6N]], note="≥94% vs ≥91%", scope="mixed")
Q("compare", "党校和团市委的培训学员满意度分别多少",
  fig=[IA(DX, "培训学员满意度"), IA(dept("共青团东莞市委员会"), "培训学员满意度")], note="shared name", scope="mixed")
Q("compare", "港务局智慧港口信息化经费跟交通局智慧交通信息化差多少",
  fig=[yuan(amt(G6, "智慧港口信息化建设经费") - amt(dept("交通运输局"), "智慧交通信息化建设经费")),
       A(G6, "智慧港口信息化建设经费"), A(dept("交通运输局"), "智慧交通信息化建设经费")],
  note="300元 apart", scope="mixed")
_sgz, _sdx = sum(x["amount"] for x in GZ["tasks"]), sum(x["amount"] for x in DX["tasks"])
Q("compare", "党校任务总额和国资委任务总额差多少", fig=[yuan(_sgz - _sdx), yuan(_sdx), yuan(_sgz)],
  names=[STEM[GZN]], note="国资委's tasks more")
Q("compare", "港务局项目支出是基本支出的几倍",
  fig=[str(q2(G6["budget"]["项目支出"] / G6["budget"]["基本支出"]))], note="ratio, two decimals")

# ================================================================== structure
Q("structure", "港务局的指标分哪几大类", names=["成本指标", "产出指标", "效益指标", "满意度指标"], note="level-1 classes")
Q("structure", "靠港船舶岸电使用率属于什么指标", fig=[IA(G6, "靠港船舶岸电使用率")], names=["效益指标", "生态效益"],
  note="class of an indicator")
Q("structure", "党校镇街分校那个补助放在重点任务还是其他任务里", fig=[A(DX, "镇街党校分校教学补助")],
  names=["其他需完成的任务"], note="section")
Q("structure", "国资委财务审计和资产评估那项是哪一栏的", fig=[A(GZ, "市属国有企业财务审计和资产评估监管经费")],
  names=["年度重点工作任务"], note="section")
Q("structure", "港务局时效指标有哪些", names=[i["level3"] for i in G6["indicators"] if i["level2"] == "时效指标"],
  fig=[i["annual_value"] for i in G6["indicators"] if i["level2"] == "时效指标"], note="时效指标")
Q("structure", "党校满意度指标是哪几个", names=[i["level3"] for i in DX["indicators"] if i["level1"] == "满意度指标"],
  fig=[i["annual_value"] for i in DX["indicators"] if i["level1"] == "满意度指标"], note="满意度指标")
Q("structure", "港务局3865300元那笔是干什么用的，算重点任务吗", fig=[A(G6, "绿色港口和岸电设施建设补助")],
  names=["绿色港口和岸电设施建设补助", "其他需完成的任务"], note="item asked by its amount; its section")
Q("structure", "航道扩建项目的主管部门是谁", names=[STEM[G6N]], note="project's 主管部门")
Q("structure", "国资委财政专项资金怎么划分的", fig=[B(GZ, "市本级使用资金"), B(GZ, "拟用于对下转移支付资金")],
  note="市本级 7600.00 + 对下 0.00 (财政专项资金 is 7600.00 too)")
Q("structure", "港务局“建成港口岸电设施”是哪类指标，定了多少", fig=[IA(G6, "建成港口岸电设施")],
  names=["产出指标", "数量指标"], note="class and value")

# ================================================================== yesno
assert total(GZ) < 12000
Q("yesno", "国资委预算超过一点二个亿了吗", yn="否", fig=[TOT(GZ)], note="11776.38 < 12000")
_pxy = {t["department"]: IA(t, "培训学员满意度") for t in DG if any(i["level3"] == "培训学员满意度" for i in t["indicators"])}
assert max(_pxy.values(), key=lambda v: Decimal(v.strip("≥%"))) == IA(DX, "培训学员满意度")
assert sorted(_pxy.values()).count(IA(DX, "培训学员满意度")) == 1
Q("yesno", "党校的培训学员满意度是不是全市最高的", yn="是", fig=[IA(DX, "培训学员满意度")],
  absent=[IA(dept("共青团东莞市委员会"), "培训学员满意度")], note="highest over the 东莞 2026 departments", scope="mixed")
_dxk = sum(x["amount"] for x in DX["tasks"] if x["section"] == "年度重点工作任务")
_dxshare = _dxk / sum(x["amount"] for x in DX["tasks"]) * 100
assert _dxshare > 50
Q("yesno", "党校重点任务的钱占全部任务超过五成了吗", yn="是", fig=[pct(_dxshare)], note="key tasks' share")
Q("yesno", "航道扩建项目今年的钱是不是全是财政拨款", yn="否", fig=[FU(HD, "其他资金")], note="其他资金 325.00万元")
Q("yesno", "党校有没有对下转移支付的钱", yn="是", fig=[B(DX, "拟用于对下转移支付资金")], note="224.00万元")
_hs = HD["funds"]["年度资金总额"] / HD["funds"]["实施周期资金总额"] * 100
assert _hs < 30
Q("yesno", "沙田航道那个项目，今年的钱占整个周期有三成吗", yn="否", fig=[pct(_hs)],
  note="年度资金总额 over 实施周期资金总额 (project by part of its name)")
Q("yesno", "国资委安全生产督查的钱是不是比工信局安全生产检查的多", yn="否",
  fig=[A(GZ, "国有企业安全生产监督检查经费"), A(dept("工业和信息化局"), "工业领域安全生产检查经费")],
  note="3128200 < 3128400", scope="mixed")
Q("yesno", "党校人数是不是超过一百二了", yn="是", fig=[f"#{DX['basic_info']['财政供养人员数']}"], note="126 > 120")
Q("yesno", "港务局集装箱吞吐量今年是不是定了1300万标箱", yn="否", fig=[IA(G6, "集装箱吞吐量")],
  note="≥1300万标箱 is the period value; annual ≥420万标箱")
Q("yesno", "国资委是不是所有任务都在一千万以下", yn="否", fig=[A(GZ, "市属国有企业改革发展专项资金")],
  names=["市属国有企业改革发展专项资金"], note="38650200 > 10000000")

# ================================================================== yoy
Q("yoy", "港务局预算今年比去年多多少", fig=[wan(total(G6) - total(G5)), TOT(G6), TOT(G5)], note="difference")
Q("yoy", "港务局预算同比增长百分之几", fig=[pct((total(G6) - total(G5)) / total(G5) * 100)], note="over 2025")
_new = [x for x in G6["tasks"] if x["name"] not in {y["name"] for y in G5["tasks"]}
        and x["name"] != "港口安全生产和危险货物作业监管经费"]
assert len(_new) == 1
Q("yoy", "港务局今年新增了哪项任务，多少钱", fig=[yuan(_new[0]["amount"])], names=[_new[0]["name"]], note="2026-only task")
Q("yoy", "港务局去年的危险货物安全监管经费今年叫什么？多少钱？", fig=[A(G6, "港口安全生产和危险货物作业监管经费")],
  names=["港口安全生产和危险货物作业监管经费"], absent=[A(G5, "港口危险货物安全监管经费")], note="the rename")
Q("yoy", "港务局智慧港口信息化今年比去年多了多少",
  fig=[yuan(amt(G6, "智慧港口信息化建设经费") - amt(G5, "智慧港口信息化建设经费"))], note="difference in 元")
Q("yoy", "港务局企业满意度去年多少，今年多少", fig=[IA(G5, "企业满意度"), IA(G6, "企业满意度")], note="changed indicator")
Q("yoy", "港务局“港口安全发展水平”去年和今年的说法有啥不一样", fig=[IA(G5, "港口安全发展水平"), IA(G6, "港口安全发展水平")],
  note="qualitative change")
Q("yoy", "港务局人比去年多了几个",
  fig=[f"#{G6['basic_info']['财政供养人员数'] - G5['basic_info']['财政供养人员数']}"], note="97 − 93")
Q("yoy", "港务局去年建成港口岸电设施的指标是多少", expect="not_found", absent=[IA(G6, "建成港口岸电设施")],
  note="2026-only indicator asked of 2025")
Q("yoy", "港务局去年集装箱班轮航线定的多少条", fig=[goal_phrase(G5, "90条")], absent=[goal_phrase(G6, "98条")],
  note="2025 goal")

# ================================================================== typo
Q("typo", "國資委今年預算合計多少", fig=[TOT(GZ)], note="traditional")
Q("typo", "港務局航道疏浚經費多少", fig=[A(G6, "港口航道疏浚和维护经费")], note="traditional")
Q("typo", "市委档校今年预算多少", fig=[TOT(DX)], absent=[TOT(dept("档案局"))], note="档 for 党 (档案局 absent)")
Q("typo", "港物局今年预算", fig=[TOT(G6)], note="物 for 务")
Q("typo", "国资伟在线监管系统多少钱", fig=[A(GZ, "国资国企在线监管系统建设和运维经费")], note="伟 for 委")
Q("typo", "沙田港区进港航到扩建工程今年多少钱", fig=[FU(HD, "年度资金总额")], note="到 for 道 (project)")
Q("typo", "党校培训学院满意度", fig=[IA(DX, "培训学员满意度")], note="学院 for 学员")
Q("typo", "港务局集装箱吞土量指标", fig=[IA(G6, "集装箱吞吐量")], note="土 for 吐")
Q("typo", "国资委２０２６年任务几项", fig=[f"#{len(GZ['tasks'])}"], note="full-width year")
Q("typo", "港务局绿色港口和按电设施补助多少", fig=[A(G6, "绿色港口和岸电设施建设补助")], note="按 for 岸")

# ================================================================== not_found
Q("not_found", "国资委去年预算多少", expect="not_found", absent=[TOT(GZ)], note="国资委 2025 not loaded", scope="other")
Q("not_found", "党校2025年的主体班次培训经费", expect="not_found", absent=[A(DX, "干部教育培训主体班次经费")],
  note="党校 2025 not loaded", scope="other")
Q("not_found", "深圳市国资委今年预算多少", expect="not_found", absent=[TOT(GZ)], note="深圳 not loaded", scope="other")
Q("not_found", "港务局今年的邮轮码头建设经费多少", expect="not_found", note="no such item")
Q("not_found", "国资委国企党建工作经费多少", expect="not_found", note="no such item")
Q("not_found", "党校图书馆新馆建设工程的项目绩效目标表", expect="not_found", note="no such project", scope="other")
Q("not_found", "港务局2024年预算", expect="not_found", absent=[TOT(G5)], note="2024 not loaded", scope="other")
assert not [x for x in dept("交通运输局")["tasks"] if "航道" in x["name"] or "港" in x["name"]]
Q("not_found", "交通运输局港口航道那项经费多少", expect="not_found", absent=[A(G6, "港口航道疏浚和维护经费")],
  note="交通局 has no 港口/航道 item (港务局 has)", scope="mixed")
Q("not_found", "广州港务局今年预算", expect="not_found", absent=[TOT(G6)], note="广州 港务 not loaded", scope="other")
Q("not_found", "国资委的国有企业资产负债率指标", expect="not_found", note="no such indicator")

# ================================================================== trap
Q("trap", "港务局航道那笔钱今年多少", expect="ok_or_clarify",
  note="航道 fits the task 港口航道疏浚和维护经费 68450600元 and the project 东莞港沙田港区进港航道扩建工程 6845.00万元")
Q("trap", "国资委的企业满意度多少", fig=[IA(GZ, "监管企业满意度")], names=["监管企业满意度"],
  absent=[IA(G6, "企业满意度"), IA(dept("金融工作局"), "企业满意度")],
  note="国资委's is named 监管企业满意度; 港务局 ≥94% / 金融局 ≥91% are other departments' 企业满意度")
Q("trap", "港务局培训港航从业人员的指标是3200人次吧", yn="否", fig=[IA(G6, "培训港航从业人员")],
  note="3200人次 is the goal's 约3200人次; the indicator is ≥3000人次")
assert _tr[0][1] == "干部教育培训主体班次经费" and "红十字" in [t["department"] for t in DG for x in t["tasks"]
                                                       if x["amount"] == _tr[1][0]][0]
Q("trap", "全市培训经费最多的是红十字会那个应急救护培训吧", yn="否", fig=[yuan(_tr[0][0])], names=[_tr[0][1]],
  note="the largest 培训 item is 党校's 干部教育培训主体班次经费; 红会's 6420800 is second", scope="mixed")
Q("trap", "国资委的安全生产培训经费多少", expect="not_found",
  absent=[A(dept("应急管理局"), "安全生产培训经费")],
  note="应急局 has 安全生产培训经费 3128000; 国资委 has 安全生产监督检查 (3128200) and a 干部培训 item, no 安全生产培训", scope="mixed")
Q("trap", "港务局的智慧交通信息化建设经费", expect="not_found",
  absent=[A(dept("交通运输局"), "智慧交通信息化建设经费")], note="交通局's item; 港务局 has 智慧港口信息化", scope="mixed")
Q("trap", "党校今年干部培训人均成本是不是3800块", yn="是", fig=[IA(DX, "主体班次学员人均培训成本")],
  names=["主体班次学员人均培训成本"], note="≤3800元/人")
Q("trap", "港务局去年绿色港口补助多少", expect="not_found", absent=[A(G6, "绿色港口和岸电设施建设补助")],
  note="2026-only task asked of 2025")
assert total(GZ) > total(_wsj)
Q("trap", "国资委预算是不是比外事局少", yn="否", fig=[TOT(GZ)], absent=[], note="11776.38 > 11769.95", scope="mixed")
Q("trap", "培训学员满意度是多少", expect="ok_or_clarify",
  note="no department: 党校 ≥96%, 团市委 ≥95%, 国资委 ≥93%, 农业 ≥92%, 红会 / 档案 ≥90%", scope="mixed")

# ------------------------------------------------------------------ order: by category, chains after their heads
assert len(ROWS) == 160, len(ROWS)
cnt = Counter(r["category"] for r in ROWS)
assert all(cnt[c] == 10 for c in CATS), cnt


def main():
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in ROWS), encoding="utf-8")
    scope = Counter(r["note"].rsplit("[scope: ", 1)[1].rstrip("]") for r in ROWS)
    print(f"wrote {len(ROWS)} lines to {OUT.name}; scope {dict(scope)}")
    print("| category | total | ok | not_found | clarify | ok_or_clarify |")
    print("| --- | --- | --- | --- | --- | --- |")
    kinds = ["ok", "not_found", "clarify", "ok_or_clarify"]
    for c in CATS:
        rs = [r for r in ROWS if r["category"] == c]
        print(f"| {c} | {len(rs)} | " + " | ".join(str(sum(r["expect"] == k for r in rs)) for k in kinds) + " |")
    print("| **total** | **160** | " + " | ".join(str(sum(r["expect"] == k for r in ROWS)) for k in kinds) + " |")


if __name__ == "__main__":
    main()
