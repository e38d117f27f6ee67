"""Write tests/blind/batch_42.jsonl (160 questions) from the tables alone (truth42.py).

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

import truth42 as T  # noqa: E402

A = T.load()
ZZ6, ZZ5, JW, RD, SY = T.NEW  # 组织部 2026, 组织部 2025, 纪委, 人大常委会办公室, 第三人民医院
DG = T.dg2026(A)
BY = {t["department"]: t for t in DG}
tot = T.total
assert len(DG) == 116


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
    rid = f"b42-{n:03d}"
    ROWS.append({"id": rid, "q": q, "category": "followup" if fu else cat, "expect": expect,
                 "figures": list(figures), "names": list(names), "yesno": yesno, "absent": list(absent),
                 "followup_of": ROWS[-1]["id"] if fu else None, "note": f"{note} [scope: {scope}]"})


DX, GSL, SJJ, XFJ, WXB = "中共东莞市委党校", "东莞市工商业联合会", "东莞市审计局", "东莞市信访局", "中共东莞市委网络安全和信息化委员会办公室"
ZX, LY, BY8, ZYY, RMYY = "政协东莞市委员会办公室", "东莞市第六人民医院", "东莞市第八人民医院", "东莞市中医院", "东莞市人民医院"
ZFW, GDB, GZW, JK, STJ, LGB = ("中共东莞市委政法委员会", "东莞市国防动员办公室", "东莞市人民政府国有资产监督管理委员会",
                               "东莞市疾病预防控制中心", "东莞市生态环境局", "东莞市老干部局")
PX = "干部教育培训和异地调训经费"
ZG = "智慧组工信息系统建设经费"
ZJ = "镇街基层党建工作补助"
LX = "两新组织党建工作经费"
DA5, DA6 = "干部人事档案管理经费", "干部人事档案数字化和专项审核经费"
SB = "医疗设备购置和更新经费"
HQ = "医院后勤保障和物业管理经费"


def other(dname, name):
    (x,) = [x for x in dept(dname)["tasks"] if x["name"] == name]
    return x["amount"]


def other_iv(dname, name, which="annual"):
    (x,) = [x for x in dept(dname)["indicators"] if x["level3"] == name]
    return x[f"{which}_value"]


def held(slug, name):
    """An amount of a table outside the 东莞 2026 set (a 2025 table), by slug."""
    return T.yuan(T.task(A[slug], name)["amount"])


# ---------------------------------------------------------------- item_money (15) + follow-ups
Q("item_money", "组织部今年干部调训的钱有多少", [amt(ZZ6, PX)], [PX],
  absent=[amt(ZZ5, PX), T.yuan(other(DX, "干部教育培训主体班次经费"))],
  note="asked by use; 组织部 = 中共东莞市委组织部; 2025 12658300; 党校 干部教育培训主体班次经费 18650600 is another item")
Q("item_money", "去年的是多少", [amt(ZZ5, PX)], [PX], absent=[amt(ZZ6, PX)], fu=True, note="组织部 2025")
Q("item_money", "市委组织部建智慧组工系统花多少钱", [amt(ZZ6, ZG)], [ZG], note="asked by use; new in 2026")
Q("item_money", "组织部给镇街的基层党建补助是多少", [amt(ZZ6, ZJ)], [ZJ], absent=[amt(ZZ5, ZJ)],
  note="= its 对下 578.00万元; 2025 5420000")
Q("item_money", "组织部两新党建经费多少", [amt(ZZ6, LX)], [LX],
  absent=[amt(ZZ5, LX), T.yuan(other(GSL, "非公有制经济组织党建工作经费"))],
  note="partial name; 2025 3148700; 工商联 非公有制经济组织党建工作经费 586700 is another item")
n = "审查调查和案件审理经费"
Q("item_money", "纪委审查调查办案的经费有多少", [amt(JW, n)], [n], note="纪委 = 中共东莞市纪律检查委员会; asked by use")
n = "市委巡察工作经费"
Q("item_money", "市紀委巡察工作經費多少", [amt(JW, n)], [n], note="traditional 紀 / 經 / 費")
n = "纪检监察大数据监督平台建设经费"
Q("item_money", "纪委监委搞大数据监督平台要花多少钱", [amt(JW, n)], [n],
  absent=[T.yuan(other(SJJ, "大数据审计信息化建设经费"))],
  note="纪委监委 = 纪委; 审计局 大数据审计信息化建设经费 4658000 is another item")
n = "留置场所运行保障经费"
Q("item_money", "纪委留置场所运行保章经费", [amt(JW, n)], [n], note="typo 保章 (保障)")
n = "信访举报受理和问题线索处置经费"
Q("item_money", "市纪委受理信访举报那块的经费", [amt(JW, n)], [n],
  absent=[T.yuan(other(WXB, "互联网违法和不良信息举报受理经费")), T.yuan(other(XFJ, "信访事项受理办理和督查督办经费"))],
  note="partial name; 网信办 举报受理 962800 and 信访局 信访事项受理办理和督查督办经费 12386900 are other items")
n = "人民代表大会会议和常委会会议经费"
Q("item_money", "人大办开人代会和常委会会议的经费多少", [amt(RD, n)], [n],
  absent=[T.yuan(other(ZX, "政协全体会议和常委会议经费"))],
  note="人大办 = 东莞市人民代表大会常务委员会办公室; 政协办 政协全体会议和常委会议经费 3864700 is another item")
n = "地方立法和立法评估经费"
Q("item_money", "市人大常委会办公室立法经费", [amt(RD, n)], [n], note="partial name")
n = "预算联网监督系统运维经费"
Q("item_money", "人大办预算联网监督系统运维多少钱", [amt(RD, n)], [n], note="")
Q("item_money", "三院医疗设备购置和更新经费多少", [amt(SY, SB)], [SB],
  absent=[T.yuan(other(LY, SB)), T.yuan(other(BY8, SB))],
  note="三院 = 东莞市第三人民医院; same name in 六院 26483700, 八院 36586400, 人民医院, 中医院, 妇幼, 松山湖")
Q("item_money", "六院的呢", [T.yuan(other(LY, SB))], [SB], absent=[amt(SY, SB), held("liuyuan_2025", SB)], fu=True,
  note="六院 = 东莞市第六人民医院 2026 (its latest year); 2025 23648100", scope="mixed")
n = "住院综合楼改扩建工程经费"
Q("item_money", "市三院住院综合楼改扩建那笔工程款多少", [amt(SY, n)], [n], note="asked by use")
n = "胸痛卒中创伤救治中心建设经费"
Q("item_money", "第三人民医院胸痛卒中创伤中心的建设经费", [amt(SY, n)], [n], note="partial name")

# ---------------------------------------------------------------- indicator (13) + follow-up
n = "调训处级以上领导干部"
Q("indicator", "组织部今年调训处级以上领导干部指标多少人次", [iv(ZZ6, n)], [n], absent=[iv(ZZ5, n)],
  note="≥6000人次; 2025 ≥5600人次 (goal 约6800人次)")
n = "完成村（社区）党组织标准化规范化建设"
Q("indicator", "组织部村社区党组织标准化规范化建设年度指标多少个", [iv(ZZ6, n)], [n], absent=[iv(ZZ5, n)],
  note="annual ≥560个; 2025 ≥520个; period ≥1600个 not absent")
Q("indicator", "实施周期指标值呢", [iv(ZZ6, n, "period")], [n], fu=True, note="period ≥1600个")
n = "干部培训人均成本"
Q("indicator", "组织部干部培训人均成本上限是多少", [iv(ZZ6, n)], [n],
  absent=[iv(ZZ5, n), other_iv(DX, "主体班次学员人均培训成本")],
  note="≤2200元/人次; 2025 ≤2300元/人次; 党校 主体班次学员人均培训成本 ≤3800元/人")
n = "问题线索分办时限"
Q("indicator", "纪委问题线索分办时限是几天", [iv(JW, n)], [n], note="≤7个工作日")
n = "完成市委常规巡察党组织"
Q("indicator", "纪委今年常规巡察年度要完成多少个党组织", [iv(JW, n)], [n], note="annual ≥32个; period ≥96个")
n = "信访举报办结率"
Q("indicator", "纪委信访举报办结率要求多少", [iv(JW, n)], [n], note="≥98%")
n = "召开常委会会议"
Q("indicator", "人大办今年开几次常委会会议", [iv(RD, n)], [n], absent=[other_iv(ZX, "召开常委会议")],
  note="≥8次; 政协办 召开常委会议 ≥6次 (look-alike)")
n = "代表建议交办时限"
Q("indicator", "人大代表建议交办时限是多少", [iv(RD, n)], [n], absent=[other_iv(ZX, "提案交办时限")],
  note="one table only; ≤10个工作日; 政协办 提案交办时限 ≤15个工作日")
n = "培训人大代表"
Q("indicator", "人大办培训人大代表年度指标多少人次", [iv(RD, n)], [n], note="annual ≥1200人次; period ≥3600人次")
n = "门急诊人次"
Q("indicator", "三院门急诊人次指标是多少", [iv(SY, n)], [n], absent=[other_iv(LY, n), other_iv(BY8, n)],
  note="≥180万人次; same name 六院 ≥72万人次, 八院 ≥160万人次 (goal 约185万人次)")
n = "平均住院日"
Q("indicator", "三院平均住院日要求多少天", [iv(SY, n)], [n], absent=[other_iv(RMYY, n)], note="≤7.5天; 人民医院 ≤7天")
n = "胸痛中心进门至球囊扩张时间"
Q("indicator", "三院胸痛中心进门到球囊扩张时间要求多少分钟以内", [iv(SY, n)], [n], note="≤90分钟")
n = "培训基层医务人员"
Q("indicator", "三院今年培训基层医务人员多少人次", [iv(SY, n)], [n],
  absent=[other_iv(LY, n), other_iv(LY, n, "period")],
  note="≥1600人次; 六院 same name ≥1500人次 (period ≥4500人次); goal 约1800人次")

# ---------------------------------------------------------------- overview (5) + follow-ups
Q("overview", "纪委今年部门预算合计多少", [tw(JW)], note="预算合计 = 基本 + 项目 + 其他事业发展性")
Q("overview", "财政拨款和其他资金各多少", [bw(JW, "财政拨款"), bw(JW, "其他资金")], fu=True, note="two figures in order")
Q("overview", "这个预算在全市排名多少", [rank(tot, JW)], fu=True, note="国动办 15235.66 > 14862.57 > 监测站 14389.03", scope="mixed")
Q("overview", "人大办财政供养多少人，有几个二级单位", [f"#{ppl(A[RD])}", f"#{A[RD]['basic_info']['下属二级单位数']}"],
  note="79, 1")
Q("overview", "市三院今年预算总额", [tw(SY)], absent=[T.wan(tot(dept(LY))), T.wan(tot(dept(RMYY)))],
  note="三院, not 六院 (62347.58万元) or 人民医院 (451890.22万元)")
Q("overview", "组织部项目支出多少", [bw(ZZ6, "项目支出")], absent=[bw(ZZ5, "项目支出")], note="2026; 2025 9026.85")
Q("overview", "三院基本支出多少", [bw(SY, "基本支出")], note="")

# ---------------------------------------------------------------- structure (2)
Q("structure", "纪委有哪些时效指标", [], [i["level3"] for i in A[JW]["indicators"] if i["level2"] == "时效指标"],
  note="时效指标, two")
Q("structure", "人大办的质量指标有哪几个", [], [i["level3"] for i in A[RD]["indicators"] if i["level2"] == "质量指标"],
  note="质量指标, two")

# ---------------------------------------------------------------- prose (18) + follow-up
Q("prose", "组织部今年大概选派多少名年轻干部去基层锻炼", [goal(ZZ6, "约150名")], absent=[goal(ZZ5, "约120名")],
  note="goal only; 2025 约120名")
Q("prose", "组织部今年大概发展多少党员", [goal(ZZ6, "约2600名")], absent=[goal(ZZ5, "约2400名")],
  note="goal only; 2025 约2400名")
Q("prose", "按总体目标，组织部调训处级以上领导干部大概多少人次", [goal(ZZ6, "约6800人次")],
  note="indicator ≥6000人次 is the counterpart (总体目标)")
Q("prose", "组织部服务高层次人才大概多少人次", [goal(ZZ6, "约3500人次")], note="goal only")
Q("prose", "按目标组织部干部人事档案数字化大概多少卷", [goal(ZZ6, "约1.2万卷")],
  note="indicator ≥10000卷 is the counterpart (目标)")
Q("prose", "组织部公务员考录和选调生招录大概多少名", [goal(ZZ6, "约680名")], note="goal only")
Q("prose", "纪委今年大概立案多少件", [goal(JW, "约900件")], note="goal only")
Q("prose", "纪委对多少个市直单位开展专项监督检查", [goal(JW, "约50个")], note="goal only")
Q("prose", "按总体目标纪委处置问题线索大概多少件", [goal(JW, "约2600件")],
  note="indicator ≥2400件 is the counterpart (总体目标)")
Q("prose", "纪委廉政教育基地全年大概接待多少人次参观", [goal(JW, "约4.8万人次")],
  note="indicator ≥4万人次 is the counterpart (大概)")
Q("prose", "按目标纪委警示教育大概开展多少场", [goal(JW, "约180场")], note="indicator ≥160场 is the counterpart (目标)")
Q("prose", "人大办今年主任会议大概开多少次", [goal(RD, "约24次")], note="goal only")
Q("prose", "市人大今年要建多少个基层立法联系点", [goal(RD, "约12个")], note="goal only; 市人大 = 人大常委会办公室's table")
Q("prose", "按总体目标人大办听取审议专项工作报告大概多少项", [goal(RD, "约14项")],
  note="indicator ≥12项 is the counterpart (总体目标)")
Q("prose", "人大预算联网监督系统覆盖多少个预算单位", [goal(RD, "约120个")], note="goal only")
Q("prose", "人大办的人大代表联络站大概有多少个", [goal(RD, "约360个")], note="goal only")
Q("prose", "三院全院开放床位要达到多少张", [goal(SY, "约1500张")], note="goal only")
Q("prose", "那新增开放床位大概多少张", [goal(SY, "约300张")], fu=True,
  note="indicator ≥280张 (period ≥500张) is the counterpart (大概)")
Q("prose", "三院今年要建成几个省级临床重点专科", [goal(SY, "约6个")], note="goal only")

# ---------------------------------------------------------------- filter (8) + follow-up
big = [x for x in A[JW]["tasks"] if x["amount"] > 5000000]
Q("filter", "纪委哪些任务超过五百万", [], [x["name"] for x in big], note="> 5,000,000 (none on the line)")
Q("filter", "这几项一共多少钱", [T.yuan(sum(x["amount"] for x in big))], fu=True, note="sum of the four")
Q("filter", "人大办一百万到两百万之间的任务有哪些", [],
  [x["name"] for x in A[RD]["tasks"] if 1000000 <= x["amount"] <= 2000000], note="inclusive; none on a boundary")
Q("filter", "三院哪些任务不到五百万", [], [x["name"] for x in A[SY]["tasks"] if x["amount"] < 5000000], note="< 5,000,000")
Q("filter", "人大办哪个指标周期值和年度值不一样", [],
  [i["level3"] for i in A[RD]["indicators"] if i["period_value"] != i["annual_value"]], note="period ≠ annual: one")
Q("filter", "纪委哪些指标是定性的", [],
  [i["level3"] for i in A[JW]["indicators"] if not any(c.isdigit() for c in i["annual_value"])], note="qualitative")
Q("filter", "三院按百分比考核的指标有哪些", [], [i["level3"] for i in A[SY]["indicators"] if "%" in i["annual_value"]],
  note="annual value in %")
Q("filter", "全市财政供养人员在110到130人之间的单位", [], [t["department"] for t in DG if 110 <= ppl(t) <= 130],
  note="工信局 118, 政数局 118, 党校 126, 农科中心 127, 组织部 121", scope="mixed")
Q("filter", "东莞今年预算在1.2亿到1.5亿之间的部门有哪些", [],
  [t["department"] for t in DG if 12000 <= tot(t) <= 15000], note="seven, 组织部 and 纪委 among them", scope="mixed")

# ---------------------------------------------------------------- count (8) + follow-ups
Q("count", "组织部今年表里列了几项任务", [f"#{len(A[ZZ6]['tasks'])}"], note="eleven")
zk = [x for x in A[ZZ6]["tasks"] if x["section"] == "年度重点工作任务"]
zks = sum(x["amount"] for x in zk)
zts = sum(x["amount"] for x in A[ZZ6]["tasks"])
Q("count", "其中重点任务几项，合计多少", [f"#{len(zk)}", T.yuan(zks)], fu=True, note="five 年度重点工作任务, two asks")
Q("count", "重点任务占所有任务经费的比例", [T.pct(zks / zts * 100)], fu=True, note="key / all tasks")
Q("count", "纪委的绩效指标一共几个", [f"#{len(A[JW]['indicators'])}"], note="")
Q("count", "三院数量指标有几个", [f"#{sum(i['level2'] == '数量指标' for i in A[SY]['indicators'])}"], note="")
Q("count", "人大办满意度指标几个", [f"#{sum(i['level1'] == '满意度指标' for i in A[RD]['indicators'])}"], note="")
Q("count", "东莞今年一共有多少个部门报了整体绩效目标表", [f"#{len(DG)}"], note="116", scope="mixed")
Q("count", "全市任务名称里带“党建”的有几项", [f"#{sum('党建' in x['name'] for t in DG for x in t['tasks'])}"],
  note="literal substring; 组织部 3 + 工商联 + 老干部局", scope="mixed")
Q("count", "全市下属二级单位是2个的单位有几家",
  [f"#{sum(t['basic_info']['下属二级单位数'] == 2 for t in DG)}"], note="组织部 and 三院 among them", scope="mixed")
Q("count", "全市财政供养人员超过1000人的单位有几家", [f"#{sum(ppl(t) > 1000 for t in DG)}"],
  note="strict; 三院 among them", scope="mixed")

# ---------------------------------------------------------------- aggregate (9) + follow-up
tsum = sum(x["amount"] for x in A[SY]["tasks"])
Q("aggregate", "三院十项任务加起来多少", [T.yuan(tsum)], note="ten tasks")
Q("aggregate", "占项目支出的多少", [T.pct(tsum / (bl(SY, "项目支出") * 10000) * 100)], fu=True, note="tasks / 项目支出")
Q("aggregate", "纪委和组织部今年预算合起来多少", [T.wan(tot(A[JW]) + tot(A[ZZ6]))], note="")
Q("aggregate", "组织部、纪委、人大办、三院四家预算加总", [T.wan(sum(tot(A[s]) for s in (ZZ6, JW, RD, SY)))], note="")
Q("aggregate", "东莞今年各部门预算加起来一共多少", [T.wan(sum(tot(t) for t in DG))], note="116 departments", scope="mixed")
Q("aggregate", "纪委基本支出占预算合计的比例", [T.pct(bl(JW, "基本支出") / tot(A[JW]) * 100)], note="")
rsum = sum(x["amount"] for x in A[RD]["tasks"])
Q("aggregate", "人大办十个任务平均每项多少钱", [T.yuan2(Decimal(rsum) / 10)], note="average")
Q("aggregate", "全市名称里带“医院”的任务经费合计",
  [T.yuan(sum(x["amount"] for t in DG for x in t["tasks"] if "医院" in x["name"]))],
  note="literal substring: twelve tasks of seven hospitals (智慧医院…, 公立医院…)", scope="mixed")
Q("aggregate", "三院对下转移支付占财政专项资金的比重",
  [T.pct(bl(SY, "拟用于对下转移支付资金") / bl(SY, "财政专项资金") * 100)], note="292 / 1530")
Q("aggregate", "纪委和疾控中心财政供养人员一共多少", [f"#{ppl(A[JW]) + ppl(dept(JK))}"], note="271 + 274", scope="mixed")

# ---------------------------------------------------------------- ranking (11) + follow-ups
top = max(A[SY]["tasks"], key=lambda x: x["amount"])
lo = min(A[SY]["tasks"], key=lambda x: x["amount"])
Q("ranking", "三院哪个任务钱最多", [T.yuan(top["amount"])], [top["name"]], note="")
Q("ranking", "最少的呢", [T.yuan(lo["amount"])], [lo["name"]], fu=True, note="")
Q("ranking", "东莞各部门按预算排，三院第几", [rank(tot, SY)], note="工信局 88652.47 > 87456.35 > 水利局 84349.48",
  scope="mixed")
Q("ranking", "组织部预算全市排第几", [rank(tot, ZZ6)], note="审计局 13247.29 > 12586.74 > 政法委 12573.86 (12.88 apart)",
  scope="mixed")
Q("ranking", "纪委预算在东莞排多少名", [rank(tot, JW)], note="国动办 15235.66 > 14862.57 > 监测站 14389.03", scope="mixed")
Q("ranking", "人大办预算全市第几", [rank(tot, RD)], note="工商联 6218.57 > 6148.93 > 政协办 5847.26", scope="mixed")
Q("ranking", "三院财政供养人员全市第几", [rank(ppl, SY)], note="中医院 1856 > 1642 > 消防救援支队 1486", scope="mixed")
Q("ranking", "纪委财政供养人员在全市排第几", [rank(ppl, JW)], note="疾控中心 274 > 271 > 生态环境局 268", scope="mixed")
Q("ranking", "那疾控中心呢", [rank(ppl, dept(JK)["slug"])], fu=True, note="one place ahead of 纪委", scope="mixed")
Q("ranking", "三院的其他资金全市排老几", [rank(lambda t: t["budget"]["其他资金"], SY)],
  note="八院 78138.52 > 63069.64 > 六院 42485.24", scope="mixed")
Q("ranking", "人大办的基本支出全市排第几", [rank(lambda t: t["budget"]["基本支出"], RD)],
  note="国资委 2286.54 > 2238.46 > 国动办 2236.48 (1.98 apart)", scope="mixed")
second = sorted(A[JW]["tasks"], key=lambda x: -x["amount"])[1]
Q("ranking", "纪委花钱第二多的任务", [T.yuan(second["amount"])], [second["name"]], note="second")
four = sorted((ZZ6, JW, RD, SY), key=lambda s: -tot(A[s]))
Q("ranking", "组织部、纪委、人大办、三院按预算从高到低排", [tw(s) for s in four],
  [A[s]["department"] for s in four], note="descending order as asked")


# ---------------------------------------------------------------- compare (11)
def cmp(q, x, y, unit="wan", note="", scope="mixed", names=()):
    dlt = abs(x - y)
    f = {"wan": T.wan, "yuan": T.yuan, "people": lambda v: f"#{v}"}[unit]
    Q("compare", q, [f(dlt), f(x), f(y)], list(names), note=note, scope=scope)


cmp("组织部比政法委预算多多少", tot(A[ZZ6]), tot(dept(ZFW)), note="12.88万元; difference, then 组织部, 政法委")
cmp("人大办和政协办预算差多少", tot(A[RD]), tot(dept(ZX)), note="人大办 larger")
cmp("三院跟六院预算相差多少", tot(A[SY]), tot(dept(LY)), note="三院 larger")
cmp("纪委和国动办预算差多少", tot(A[JW]), tot(dept(GDB)), note="国动办 larger")
cmp("人大办人代会和常委会会议经费比政协全体会议和常委会议经费多多少", a(RD, "人民代表大会会议和常委会会议经费"),
    other(ZX, "政协全体会议和常委会议经费"), "yuan", names=["人民代表大会会议和常委会会议经费", "政协全体会议和常委会议经费"],
    note="399100元")
cmp("三院医疗设备购置和更新经费比六院多多少", a(SY, SB), other(LY, SB), "yuan", names=[SB], note="4803700元; 六院 2026")
cmp("纪委大数据监督平台建设经费跟审计局大数据审计信息化建设经费差多少", a(JW, "纪检监察大数据监督平台建设经费"),
    other(SJJ, "大数据审计信息化建设经费"), "yuan", names=["纪检监察大数据监督平台建设经费", "大数据审计信息化建设经费"],
    note="736700元")
cmp("组织部干部教育培训和异地调训经费和党校干部教育培训主体班次经费差多少", a(ZZ6, PX),
    other(DX, "干部教育培训主体班次经费"), "yuan", names=[PX, "干部教育培训主体班次经费"], note="4786400元; 党校 larger")
cmp("三院医院后勤保障和物业管理经费比六院的多多少", a(SY, HQ), other(LY, HQ), "yuan", names=[HQ], note="2746800元")
cmp("人大办和国资委财政供养人员差多少人", ppl(A[RD]), ppl(dept(GZW)), "people", note="4; 国资委 larger")
cmp("三院和中医院财政供养人员差几个", ppl(A[SY]), ppl(dept(ZYY)), "people", note="214; 中医院 larger")

# ---------------------------------------------------------------- yesno (15)
Q("yesno", "三院今年预算过８个亿没有", [tw(SY)], yesno="是", note="full-width ８; 87456.35万元")
Q("yesno", "三院是不是七成以上靠其他资金", [bw(SY, "其他资金")], yesno="是", note="63069.64 / 87456.35 = 72.12%")
Q("yesno", "组织部智慧组工系统国庆前能建成吗", [iv(ZZ6, "智慧组工信息系统建成时间")], yesno="是",
  note="2026年9月30日前: before 1 October")
Q("yesno", "人大办财政供养人员超过80人没有", [f"#{ppl(A[RD])}"], yesno="否", note="79")
Q("yesno", "纪委有没有对下转移支付", [bw(JW, "拟用于对下转移支付资金")], yesno="是", note="334.00万元")
Q("yesno", "人大办代表履职平台上半年能升级完吗", [iv(RD, "代表履职平台升级完成时间")], yesno="是",
  note="2026年6月30日前: within the first half-year")
Q("yesno", "三院卒中中心认证要求十月底前完成吗", [iv(SY, "卒中中心认证完成时间")], yesno="否",
  note="2026年11月30日前: the target is end of November")
Q("yesno", "纪委预算是不是超过一点五个亿", [tw(JW)], yesno="否", note="14862.57万元")
Q("yesno", "三院胸痛中心进门到球囊扩张要求一个半小时以内吗", [iv(SY, "胸痛中心进门至球囊扩张时间")], yesno="是",
  note="≤90分钟 = an hour and a half")
Q("yesno", "组织部两新组织党组织覆盖率要求达到九成吗", [iv(ZZ6, "两新组织党组织覆盖率")], yesno="是", note="≥90%")
Q("yesno", "三院患者满意度要求达到95%吗", [iv(SY, "患者满意度")], yesno="否", note="≥92%")
Q("yesno", "人大办预算超过六千万了吗", [tw(RD)], yesno="是", note="6148.93万元")
Q("yesno", "纪委财政供养人员是不是比生态环境局多", [f"#{ppl(A[JW])}"], yesno="是", note="271 > 268", scope="mixed")
Q("yesno", "纪委信访举报办结率要求百分之百吗", [iv(JW, "信访举报办结率")], yesno="否", note="≥98%")
rd_top = max(A[RD]["tasks"], key=lambda x: x["amount"])
Q("yesno", "人大办有没有哪项任务超过五百万", [T.yuan(rd_top["amount"])], yesno="否", note="largest 4263800")

# ---------------------------------------------------------------- yoy (15) + follow-ups
Q("yoy", "组织部去年预算多少", [tw(ZZ5)], absent=[tw(ZZ6)], note="2025")
Q("yoy", "组织部今年预算比去年多多少", [T.wan(tot(A[ZZ6]) - tot(A[ZZ5])), tw(ZZ6), tw(ZZ5)], note="difference, 2026, 2025")
Q("yoy", "增长了百分之几", [T.pct((tot(A[ZZ6]) - tot(A[ZZ5])) / tot(A[ZZ5]) * 100)], fu=True, note="over 2025")
Q("yoy", "组织部去年和今年财政供养人员各多少", [f"#{ppl(A[ZZ5])}", f"#{ppl(A[ZZ6])}"], note="116, 121")
Q("yoy", "干部教育培训和异地调训经费今年比去年涨了多少", [T.yuan(a(ZZ6, PX) - a(ZZ5, PX)), amt(ZZ6, PX), amt(ZZ5, PX)],
  [PX], note="difference, 2026, 2025")
Q("yoy", "组织部今年新增了哪项任务", [amt(ZZ6, ZG)], [ZG], note="2026 only")
Q("yoy", "去年组织部的干部人事档案管理经费多少", [amt(ZZ5, DA5)], [DA5], note="2025 name")
Q("yoy", "组织部干部人事档案那项经费今年换了个名字，新名字是什么，预算多少", [amt(ZZ6, DA6)], [DA6],
  note="renamed in 2026")
Q("yoy", "比去年多了多少", [T.yuan(a(ZZ6, DA6) - a(ZZ5, DA5)), amt(ZZ6, DA6), amt(ZZ5, DA5)], fu=True,
  note="across the rename")
Q("yoy", "组织部2025年一共列了几项任务，总共多少钱",
  [f"#{len(A[ZZ5]['tasks'])}", T.yuan(sum(x['amount'] for x in A[ZZ5]['tasks']))], note="two asks")
n = "基层党组织政治功能和组织功能"
Q("yoy", "组织部2025年基层党组织政治功能和组织功能的指标值是什么", [iv(ZZ5, n)], [n], absent=[iv(ZZ6, n)],
  note="qualitative 2025")
ch = [i["level3"] for i in A[ZZ5]["indicators"] if T.indicator(A[ZZ6], i["level3"])["annual_value"] != i["annual_value"]]
Q("yoy", "组织部哪些指标的年度值今年和去年不一样", [], ch, note="ten changed, one qualitative")
n = "新建两新组织党组织"
Q("yoy", "组织部去年新建两新组织党组织定的多少个", [iv(ZZ5, n)], [n], absent=[iv(ZZ6, n)], note="2025 ≥220个")
Q("yoy", "组织部2025年总体目标里发展党员大概多少名", [goal(ZZ5, "约2400名")], absent=[goal(ZZ6, "约2600名")],
  note="2025 goal only")
Q("yoy", "去年组织部给镇街的党建补助多少", [amt(ZZ5, ZJ)], [ZJ], absent=[amt(ZZ6, ZJ)], note="2025 = its 对下 542.00万元")
Q("yoy", "两新组织党建工作经费今年比去年多了多少", [T.yuan(a(ZZ6, LX) - a(ZZ5, LX)), amt(ZZ6, LX), amt(ZZ5, LX)], [LX],
  note="increase; 其他 in 2025, 重点 in 2026")
n = "干部培训人均成本"
Q("yoy", "组织部干部培训人均成本今年和去年的指标各是多少", [iv(ZZ6, n), iv(ZZ5, n)], [n],
  note="2026 ≤2200元/人次, 2025 ≤2300元/人次, in order asked")

# ---------------------------------------------------------------- not_found (7) + follow-up
Q("not_found", "组织部2024年的预算", expect="not_found", absent=[tw(ZZ5), tw(ZZ6)], note="2024 not loaded")
Q("not_found", "换成2025年呢", [tw(ZZ5)], fu=True, note="2025")
Q("not_found", "纪委去年的巡察工作经费", expect="not_found", absent=[amt(JW, "市委巡察工作经费")],
  note="纪委 2025 not loaded")
Q("not_found", "三院2025年预算多少", expect="not_found", absent=[tw(SY)], note="三院 2025 not loaded")
Q("not_found", "人大办2024年财政供养人员多少", expect="not_found", note="人大办 2024 not loaded")
Q("not_found", "中共东莞市委政策研究室今年预算多少", expect="not_found", absent=[tw(ZZ6)],
  note="政研室 not loaded; not 组织部", scope="not_loaded")
Q("not_found", "三院直升机停机坪建设经费多少", expect="not_found", note="no such item in any table")
Q("not_found", "人大办2027年预算", expect="not_found", absent=[tw(RD)], note="2027 not loaded")

# ---------------------------------------------------------------- trap (8)
Q("trap", "东莞市第五人民医院今年预算多少", expect="not_found", absent=[tw(SY), T.wan(tot(dept(LY)))],
  note="unit not loaded; not 三院 or 六院", scope="not_loaded")
Q("trap", "纪委的审计发现问题整改率是多少", expect="not_found", absent=[other_iv(SJJ, "审计发现问题整改率")],
  note="审计局's indicator (≥90%)")
Q("trap", "组织部的老干部大学办学经费多少", expect="not_found", absent=[T.yuan(other(LGB, "老干部大学办学经费"))],
  note="老干部局's item")
Q("trap", "三院的儿童危重症救治中心建设经费", expect="not_found", absent=[T.yuan(other(BY8, "儿童危重症救治中心建设经费"))],
  note="八院's item")
Q("trap", "医疗设备购置和更新经费是多少", expect="ok_or_clarify",
  note="seven 东莞 hospitals share the name (人民医院, 中医院, 松山湖, 妇幼, 八院, 六院, 三院)", scope="mixed")
Q("trap", "门急诊人次是多少", expect="ok_or_clarify", note="六院 (≥72万人次), 八院 (≥160万人次), 松山湖 (≥230万人次) and 三院 (≥180万人次) share the name", scope="mixed")
Q("trap", "六院的培训基层医务人员年度指标，不是三院那个", [other_iv(LY, "培训基层医务人员")], ["培训基层医务人员"],
  absent=[iv(SY, "培训基层医务人员")], note="六院 2026 ≥1500人次 (period ≥4500人次); 三院 ≥1600人次", scope="mixed")
Q("trap", "政协的召开常委会议年度指标多少，别跟人大搞混", [other_iv(ZX, "召开常委会议")], ["召开常委会议"],
  absent=[iv(RD, "召开常委会会议")], note="政协办 ≥6次; 人大办 召开常委会会议 ≥8次", scope="mixed")

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
out = HERE.parent / "batch_42.jsonl"
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
