"""Write tests/blind/batch_40.jsonl (160 questions) from the tables alone (truth40.py).

Figures are computed here (Decimal, ROUND_HALF_UP); prose figures are checked to stand in their goals; every `absent`
must be a value some table holds; rank values are asserted tie-free; not_found / ok_or_clarify lines carry no figures
or names; the items asked as not loaded are asserted to be in no table's text; no question repeats one of batch 39's
(read from gen_batch39.py); the category counts are printed. Re-running gives a byte-identical file.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import truth40 as T  # noqa: E402

A = T.load()
LY6, LY5, SY, WH, MS = T.NEW  # 六院 2026, 六院 2025, 实验中学, 文化馆, 美术馆
DG = T.dg2026(A)
BY = {t["department"]: t for t in DG}
tot = T.total
assert len(DG) == 108


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
    rid = f"b40-{n:03d}"
    ROWS.append({"id": rid, "q": q, "category": "followup" if fu else cat, "expect": expect,
                 "figures": list(figures), "names": list(names), "yesno": yesno, "absent": list(absent),
                 "followup_of": ROWS[-1]["id"] if fu else None, "note": f"{note} [scope: {scope}]"})


RMYY, ZYY, FY, BY8, SSH = "东莞市人民医院", "东莞市中医院", "东莞市妇幼保健院", "东莞市第八人民医院", "东莞市松山湖中心医院"
JK, GZ, JYJ, TJX, WGLT = "东莞市疾病预防控制中心", "东莞中学", "东莞市教育局", "东莞市特殊教育学校", "东莞市文化广电旅游体育局"
WL, TSG, BWG, KY, ZGH = "东莞市文学艺术界联合会", "东莞图书馆", "东莞市博物馆", "东莞市可园博物馆", "东莞市总工会"
CZJ, RFB = "东莞市财政局", "东莞市人民防空办公室"
SB, HQ, JH, ZZ = "医疗设备购置和更新经费", "医院后勤保障和物业管理经费", "结核病防治和耐药结核诊疗经费", \
    "镇街结核病防治和传染病防控指导补助"
AZ, YG5, YG6, SYS = "艾滋病和病毒性肝炎防治经费", "院感防控经费", "医院感染防控和职业防护经费", "感染性疾病精准诊断实验室建设经费"
XZ, ZH, FY_, WY = "学生资助经费", "智慧校园建设经费", "非物质文化遗产保护传承经费", "群众文化活动和文化惠民演出经费"
GS, JJ = "馆舍安全保卫和物业管理经费", "讲解员和文博人员培训经费"


def other(dname, name):
    (x,) = [x for x in dept(dname)["tasks"] if x["name"] == name]
    return x["amount"]


def other_iv(dname, name, which="annual"):
    (x,) = [x for x in dept(dname)["indicators"] if x["level3"] == name]
    return x[f"{which}_value"]


# ---------------------------------------------------------------- item_money (15) + follow-ups
Q("item_money", "六院今年买设备的钱有多少", [amt(LY6, SB)], [SB],
  absent=[amt(LY5, SB), T.yuan(other(RMYY, SB)), T.yuan(other(BY8, SB)), T.yuan(other(SSH, SB))],
  note="asked by use; 六院 = 东莞市第六人民医院; 2025 23648100; the same name in 人民医院, 中医院, 妇幼, 八院, 松山湖")
Q("item_money", "去年是多少", [amt(LY5, SB)], [SB], absent=[amt(LY6, SB)], fu=True, note="六院 2025")
Q("item_money", "市六院耐药结核诊疗的经费多少", [amt(LY6, JH)], [JH], absent=[amt(LY5, JH)], note="partial name")
Q("item_money", "六院给镇街结核病防治的补助是多少", [amt(LY6, ZZ)], [ZZ], absent=[amt(LY5, ZZ)], note="= its 对下 324.00万元")
n = "传染病救治能力提升工程经费"
Q("item_money", "第六人民医院建负压隔离病房、改扩建感染楼的钱", [amt(LY6, n)], [n], absent=[amt(LY5, n)],
  note="asked by use (content)")
Q("item_money", "六院医院后勤保障和物业管理经费", [amt(LY6, HQ)], [HQ],
  absent=[T.yuan(other(RMYY, HQ)), T.yuan(other(ZYY, HQ)), T.yuan(other(FY, HQ)), amt(LY5, HQ)],
  note="the same name in 人民医院 32684500, 中医院 21386500, 妇幼 9540900")
n = "结核病患者诊疗补助经费"
Q("item_money", "六院给结核病人的诊疗补助安排多少", [amt(LY6, n)], [n], absent=[amt(LY5, n)], note="asked by use")
Q("item_money", "實驗中學學生資助經費多少", [amt(SY, XZ)], [XZ],
  absent=[T.yuan(other(GZ, XZ)), T.yuan(other(JYJ, "学生资助"))],
  note="traditional; 实验中学 = 东莞市实验中学; same name as 莞中 2146300; 教育局's task 学生资助 152380000")
Q("item_money", "莞中的呢", [T.yuan(other(GZ, XZ))], [XZ], absent=[amt(SY, XZ)], fu=True, note="东莞中学 2026",
  scope="mixed")
Q("item_money", "市实验中学智慧教室改造那笔钱", [amt(SY, ZH)], [ZH], absent=[T.yuan(other(GZ, ZH))],
  note="asked by use; same name as 莞中 5386900")
n = "校舍维修改造经费"
Q("item_money", "实验中学修教学楼、宿舍防水的钱", [amt(SY, n)], [n], note="asked by use (content)")
Q("item_money", "文化馆送戏下基层、搞惠民演出的经费", [amt(WH, WY)], [WY],
  absent=[T.yuan(other(WL, "文艺志愿服务和文艺惠民活动经费")), T.yuan(other(WGLT, "文化惠民活动经费"))],
  note="asked by use; 文联 文艺志愿服务和文艺惠民活动经费 3265700 (20800 apart), 文广旅体局 文化惠民活动经费 16850000")
Q("item_money", "市文化馆非遗保护传承经费多少", [amt(WH, FY_)], [FY_], absent=[T.yuan(other(WGLT, FY_))],
  note="非遗 = 非物质文化遗产; same name as 文广旅体局 2485000")
n = "公益艺术培训经费"
Q("item_money", "文化馆公益艺术陪训经费多少", [amt(WH, n)], [n], absent=[T.yuan(other(ZGH, "公益培训费"))],
  note="typo 陪训 (培训); 总工会 公益培训费 3597700 is another item")
Q("item_money", "美术馆馆舍安全保卫和物业管理经费", [amt(MS, GS)], [GS],
  absent=[T.yuan(other(BWG, GS)), T.yuan(other(KY, GS))], note="same name as 博物馆 3865700 and 可园 1865200")
n = "美术藏品征集和修复经费"
Q("item_money", "市美术馆征集藏品和修复的钱", [amt(MS, n)], [n],
  absent=[T.yuan(other(KY, "书画藏品征集和修复经费")), T.yuan(other(BWG, "藏品征集和文物保护修复经费"))],
  note="可园 书画藏品征集和修复经费 936500, 博物馆 藏品征集和文物保护修复经费 5860400")
Q("item_money", "美术馆讲解员培训的经费", [amt(MS, JJ)], [JJ], absent=[T.yuan(other(BWG, JJ)), T.yuan(other(KY, JJ))],
  note="partial name; same name as 博物馆 758700 and 可园 326800")

# ---------------------------------------------------------------- indicator (13) + follow-up
n = "肺结核患者成功治疗率"
Q("indicator", "六院肺结核患者成功治疗率定的多少", [iv(LY6, n)], [n], absent=[other_iv(JK, n)],
  note="≥92%; 疾控中心 ≥90% (same name; also 六院 2025)")
n = "新增负压隔离病床"
Q("indicator", "六院今年新增负压隔离病床年度指标多少张", [iv(LY6, n)], [n], absent=[iv(LY5, n)],
  note="annual ≥40张; 2025 ≥30张; period ≥120张 not absent")
Q("indicator", "那整个实施周期的指标呢", [iv(LY6, n, "period")], [n], fu=True, note="period ≥120张")
n = "门急诊人次"
Q("indicator", "六院门急诊人次指标多少", [iv(LY6, n)], [n], absent=[iv(LY5, n), other_iv(BY8, n), other_iv(SSH, n)],
  note="≥72万人次; 2025 ≥68万人次; 八院 ≥160万人次, 松山湖 ≥230万人次 (same name)")
n = "医院感染发生率"
Q("indicator", "六院医院感染发生率控制在多少", [iv(LY6, n)], [n], absent=[iv(LY5, n)], note="≤3%; 2025 ≤3.5%")
n = "传染病疫情报告时间"
Q("indicator", "传染病疫情报告时间要求几小时", [iv(LY6, n)], [n], note="六院 only (both years ≤2小时)")
n = "高考本科上线率"
Q("indicator", "实验中学高考本科上线率要求多少", [iv(SY, n)], [n], absent=[other_iv(GZ, n)], note="≥95%; 莞中 ≥98%")
n = "在校学生"
Q("indicator", "实验中学在校学生指标多少人", [iv(SY, n)], [n], absent=[other_iv(GZ, n)], note="≥3500人; 莞中 ≥4200人")
n = "教师培训人均成本"
Q("indicator", "市实验中学教师培训人均成本上限", [iv(SY, n)], [n], absent=[other_iv(GZ, n), other_iv(JYJ, n)],
  note="≤800元/人次; 莞中 ≤600元/人次, 教育局 ≤2500元/人")
n = "建成智慧教室"
Q("indicator", "实验中学今年建成智慧教室年度指标几间", [iv(SY, n)], [n], absent=[other_iv(GZ, n)],
  note="annual ≥30间 (period ≥90间); 莞中 ≥50间")
n = "群众文化活动参与人次"
Q("indicator", "文化馆群众文化活动参与人次指标", [iv(WH, n)], [n],
  absent=[other_iv(WL, n), other_iv(WGLT, "文化活动参与人次")], note="≥120万人次; 文联 ≥50万人次 (same name)")
n = "单场文化惠民演出成本"
Q("indicator", "文化馆单场惠民演出成本上限多少", [iv(WH, n)], [n], absent=[other_iv(WGLT, "单场文化惠民活动成本")],
  note="≤2.5万元/场; 文广旅体局 单场文化惠民活动成本 ≤1.4万元/场")
n = "接待观众"
Q("indicator", "美术馆接待观众年度指标多少", [iv(MS, n)], [n], absent=[other_iv(BWG, n)],
  note="annual ≥50万人次 (period ≥150万人次); 博物馆 ≥115万人次 (same name)")
n = "藏品修复单件成本"
Q("indicator", "美术馆藏品修复一件成本上限", [iv(MS, n)], [n], absent=[other_iv(BWG, n)],
  note="≤6000元/件; 博物馆 ≤1.8万元/件 (same name)")

# ---------------------------------------------------------------- overview (5) + follow-ups
Q("overview", "六院今年部门预算合计多少", [tw(LY6)], note="预算合计 = 基本 + 项目 + 其他事业发展性")
Q("overview", "里面财政拨款多少，其他资金多少", [bw(LY6, "财政拨款"), bw(LY6, "其他资金")], fu=True,
  note="two figures in order")
Q("overview", "全市能排第几", [rank(tot, LY6)], fu=True, note="市场监管局 63899.98 > 62347.58 > 林业局 60239.81",
  scope="mixed")
Q("overview", "实验中学财政供养多少人，有几个二级单位", [f"#{ppl(A[SY])}", f"#{A[SY]['basic_info']['下属二级单位数']}"],
  note="348, 1")
Q("overview", "文化馆今年预算总额", [tw(WH)], note="")
Q("overview", "美术馆项目支出多少", [bw(MS, "项目支出")], note="")
Q("overview", "市文化馆基本支出多少", [bw(WH, "基本支出")], note="")

# ---------------------------------------------------------------- structure (2)
Q("structure", "六院有哪些时效指标", [], [i["level3"] for i in A[LY6]["indicators"] if i["level2"] == "时效指标"],
  note="时效指标, two")
Q("structure", "美术馆的满意度指标有哪几个", [], [i["level3"] for i in A[MS]["indicators"] if i["level1"] == "满意度指标"],
  note="一级 满意度指标, two")

# ---------------------------------------------------------------- prose (18) + follow-up
Q("prose", "六院开放床位要达到多少张", [goal(LY6, "约860张")], note="goal only; sentence with 40张, 860张, 1万人次")
Q("prose", "六院耐药结核病患者纳入治疗大概多少人", [goal(LY6, "约180人")], note="goal only")
Q("prose", "六院新增病原检测项目多少项", [goal(LY6, "约35项")], note="goal only")
Q("prose", "六院指导多少个镇街开展结核病和传染病防控", [goal(LY6, "约33个")], note="goal only")
Q("prose", "按总体目标六院全年收治传染病住院患者大概多少", [goal(LY6, "约1万人次")],
  note="indicator ≥9800人次 is the counterpart (总体目标)")
Q("prose", "六院艾滋病和病毒性肝炎筛查今年大概做多少人次", [goal(LY6, "约20万人次")], absent=["18万人次"],
  note="2026 goal only; 2025 goal 约18万人次")
Q("prose", "实验中学大概有多少个教学班", [goal(SY, "约78个")], note="goal only; sentence with 3600人, 78个, 1150人")
Q("prose", "实验中学今年本科上线大概多少人", [goal(SY, "约1150人")], note="goal only")
Q("prose", "实验中学建几个创客空间", [goal(SY, "约8个")], note="goal only")
Q("prose", "实验中学要培养多少名骨干教师和学科带头人", [goal(SY, "约28名")], note="goal only")
Q("prose", "按目标实验中学校舍维修改造多大面积", [goal(SY, "约1.2万平方米")], note="goal only")
Q("prose", "按总体目标文化馆今年办多少场惠民演出", [goal(WH, "约400场")], note="indicator ≥380场 is the counterpart (总体目标)")
Q("prose", "文化馆开设公益培训班大概多少个", [goal(WH, "约520个")], note="goal only")
Q("prose", "文化馆新增市级非遗代表性传承人多少名", [goal(WH, "约15名")], note="goal only")
Q("prose", "文化馆扶持群众文艺团队大概多少支", [goal(WH, "约130支")], note="indicator ≥120支 is the counterpart (大概)")
Q("prose", "美术馆今年引进国内外高水平展览几场", [goal(MS, "约6场")], note="goal only; sentence with 30场, 6场, 55万人次")
Q("prose", "全年接待观众大概多少", [goal(MS, "约55万人次")], fu=True, note="indicator ≥50万人次 is the counterpart (大概)")
Q("prose", "美术馆建设美育实践基地多少个，扶持青年艺术家多少名", [goal(MS, "约12个"), goal(MS, "约20名")],
  note="goal only; two figures in order")
Q("prose", "六院2025年总体目标里开放床位约多少张", [goal(LY5, "约820张")], note="2025 goal only")

# ---------------------------------------------------------------- filter (8) + follow-up
big = [x for x in A[LY6]["tasks"] if x["amount"] > 10000000]
Q("filter", "六院哪些任务超过一千万", [], [x["name"] for x in big], note="> 10,000,000 (none on the line)")
Q("filter", "这几项合计多少钱", [T.yuan(sum(x["amount"] for x in big))], fu=True, note="sum of the four")
Q("filter", "实验中学三百万以上的任务有哪些", [], [x["name"] for x in A[SY]["tasks"] if x["amount"] >= 3000000],
  note=">= 3,000,000 (none on the line)")
Q("filter", "文化馆哪些任务不到一百五十万", [], [x["name"] for x in A[WH]["tasks"] if x["amount"] < 1500000],
  note="< 1,500,000")
Q("filter", "六院哪些指标实施周期值跟年度值不一样", [],
  [i["level3"] for i in A[LY6]["indicators"] if i["period_value"] != i["annual_value"]], note="period ≠ annual: two")
Q("filter", "美术馆哪些指标是定性的", [],
  [i["level3"] for i in A[MS]["indicators"] if not any(c.isdigit() for c in i["annual_value"])], note="qualitative")
Q("filter", "文化馆以百分比考核的指标有哪些", [], [i["level3"] for i in A[WH]["indicators"] if "%" in i["annual_value"]],
  note="annual value in %")
Q("filter", "全市财政供养人员在1000到1200人之间的单位", [], [t["department"] for t in DG if 1000 <= ppl(t) <= 1200],
  note="妇幼 1168, 六院 1124, 市场监管局 1026", scope="mixed")
Q("filter", "东莞今年预算在6亿到6.5亿之间的部门有哪些", [],
  [t["department"] for t in DG if 60000 <= tot(t) <= 65000], note="five, 六院 among them", scope="mixed")

# ---------------------------------------------------------------- count (8) + follow-ups
Q("count", "六院今年表里几项任务", [f"#{len(A[LY6]['tasks'])}"], note="eleven")
ot = [x for x in A[LY6]["tasks"] if x["section"] == "其他需完成的任务"]
ots = sum(x["amount"] for x in ot)
lts = sum(x["amount"] for x in A[LY6]["tasks"])
Q("count", "其他任务几项，合计多少", [f"#{len(ot)}", T.yuan(ots)], fu=True, note="seven 其他需完成的任务, two asks")
Q("count", "其他任务占全部任务经费百分之几", [T.pct(ots / lts * 100)], fu=True, note="other / all tasks")
Q("count", "实验中学的绩效指标一共几个", [f"#{len(A[SY]['indicators'])}"], note="")
Q("count", "文化馆数量指标有几个", [f"#{sum(i['level2'] == '数量指标' for i in A[WH]['indicators'])}"], note="")
Q("count", "美术馆成本指标几个", [f"#{sum(i['level1'] == '成本指标' for i in A[MS]['indicators'])}"], note="")
Q("count", "东莞今年一共多少个部门报了整体绩效目标", [f"#{len(DG)}"], note="108", scope="mixed")
Q("count", "全市任务名称里带“物业”的有几项", [f"#{sum('物业' in x['name'] for t in DG for x in t['tasks'])}"],
  note="literal substring; the four new units one each", scope="mixed")
Q("count", "东莞有几家单位财政供养人员在100人以下", [f"#{sum(ppl(t) < 100 for t in DG)}"],
  note="< 100; 文化馆 63 and 美术馆 35 among them", scope="mixed")
Q("count", "东莞今年有几个部门预算不到一个亿", [f"#{sum(tot(t) < 10000 for t in DG)}"],
  note="< 10000万元; 文化馆 and 美术馆 among them", scope="mixed")

# ---------------------------------------------------------------- aggregate (9) + follow-up
ssum = sum(x["amount"] for x in A[SY]["tasks"])
Q("aggregate", "实验中学十项任务加起来多少", [T.yuan(ssum)], note="ten tasks")
Q("aggregate", "占它项目支出的百分之几", [T.pct(ssum / (bl(SY, "项目支出") * 10000) * 100)], fu=True,
  note="tasks / 项目支出")
Q("aggregate", "六院和疾控中心今年预算合起来多少", [T.wan(tot(A[LY6]) + tot(dept(JK)))], note="", scope="mixed")
Q("aggregate", "六院、实验中学、文化馆、美术馆四家预算加总", [T.wan(sum(tot(A[s]) for s in (LY6, SY, WH, MS)))], note="")
Q("aggregate", "东莞今年各部门预算加起来一共多少", [T.wan(sum(tot(t) for t in DG))], note="108 departments", scope="mixed")
Q("aggregate", "六院其他资金占预算合计的比例", [T.pct(bl(LY6, "其他资金") / tot(A[LY6]) * 100)], note="")
msum = sum(x["amount"] for x in A[MS]["tasks"])
Q("aggregate", "美术馆九个任务平均一项多少钱", [T.yuan2(Decimal(msum) / 9)], note="average")
Q("aggregate", "全市名称带“非物质文化遗产”的任务经费合计",
  [T.yuan(sum(x["amount"] for t in DG for x in t["tasks"] if "非物质文化遗产" in x["name"]))],
  note="literal substring: 文广旅体局, 文化馆 (two)", scope="mixed")
Q("aggregate", "文化馆对下转移支付占财政专项资金的比重",
  [T.pct(bl(WH, "拟用于对下转移支付资金") / bl(WH, "财政专项资金") * 100)], note="268 / 1128")
Q("aggregate", "美术馆和文化馆财政供养人员一共多少", [f"#{ppl(A[MS]) + ppl(A[WH])}"], note="35 + 63")

# ---------------------------------------------------------------- ranking (11) + follow-ups
top = max(A[SY]["tasks"], key=lambda x: x["amount"])
lo = min(A[SY]["tasks"], key=lambda x: x["amount"])
Q("ranking", "实验中学哪个任务钱最多", [T.yuan(top["amount"])], [top["name"]], note="")
Q("ranking", "哪个最少", [T.yuan(lo["amount"])], [lo["name"]], fu=True, note="")
Q("ranking", "东莞各部门按预算排，六院排第几", [rank(tot, LY6)], note="市场监管局 63899.98 > 62347.58 > 林业局 60239.81",
  scope="mixed")
Q("ranking", "美术馆预算全市排第几", [rank(tot, MS)], note="民宗局 3867.45 > 3648.29 > 地方志办 3412.76", scope="mixed")
Q("ranking", "实验中学预算在东莞排多少名", [rank(tot, SY)], note="公积金中心 20364.58 > 19486.52 > 质检中心 18642.37",
  scope="mixed")
Q("ranking", "文化馆预算全市第几", [rank(tot, WH)], note="公证处 6482.35 > 6352.74 > 工商联 6218.57", scope="mixed")
Q("ranking", "六院财政供养人员全市第几", [rank(ppl, LY6)], note="妇幼 1168 > 1124 > 市场监管局 1026", scope="mixed")
Q("ranking", "实验中学财政供养人员在全市排第几", [rank(ppl, SY)], note="财政局 352 > 348 > 质检中心 334", scope="mixed")
Q("ranking", "那财政局呢", [rank(ppl, dept(CZJ)["slug"])], fu=True, note="one place ahead of 实验中学", scope="mixed")
Q("ranking", "六院的其他资金全市排老几", [rank(lambda t: t["budget"]["其他资金"], LY6)],
  note="八院 78138.52 > 42485.24 > 教育局 32272.44", scope="mixed")
Q("ranking", "美术馆基本支出全市排第几", [rank(lambda t: t["budget"]["基本支出"], MS)],
  note="红十字会 986.54 > 986.47 > 团市委 986.42 (0.07 and 0.05 apart)", scope="mixed")
second = sorted(A[WH]["tasks"], key=lambda x: -x["amount"])[1]
Q("ranking", "文化馆花钱第二多的任务", [T.yuan(second["amount"])], [second["name"]], note="second")
four = sorted((LY6, SY, WH, MS), key=lambda s: -tot(A[s]))
Q("ranking", "六院、实验中学、文化馆、美术馆按预算从高到低排", [tw(s) for s in four], [A[s]["department"] for s in four],
  note="descending order as asked")


# ---------------------------------------------------------------- compare (11)
def cmp(q, x, y, unit="wan", note="", scope="mixed", names=()):
    dlt = abs(x - y)
    f = {"wan": T.wan, "yuan": T.yuan, "people": lambda v: f"#{v}"}[unit]
    Q("compare", q, [f(dlt), f(x), f(y)], list(names), note=note, scope=scope)


cmp("六院比疾控中心预算多多少", tot(A[LY6]), tot(dept(JK)), note="difference, then 六院, 疾控中心")
cmp("六院和八院预算差多少", tot(A[LY6]), tot(dept(BY8)), note="八院 larger")
cmp("实验中学跟东莞中学预算相差多少", tot(A[SY]), tot(dept(GZ)), note="东莞中学 larger")
cmp("文化馆和图书馆预算差多少", tot(A[WH]), tot(dept(TSG)), note="东莞图书馆 larger")
cmp("文化馆惠民演出经费和文联文艺志愿服务和文艺惠民活动经费差多少", a(WH, WY),
    other(WL, "文艺志愿服务和文艺惠民活动经费"), "yuan", names=[WY, "文艺志愿服务和文艺惠民活动经费"], note="20800元")
cmp("文化馆的非物质文化遗产保护传承经费比文广旅体局的少多少", a(WH, FY_), other(WGLT, FY_), "yuan", names=[FY_],
    note="620300元")
cmp("实验中学智慧校园建设经费跟莞中的差多少", a(SY, ZH), other(GZ, ZH), "yuan", names=[ZH], note="758400元; 莞中 larger")
cmp("六院医疗设备购置和更新经费比八院的少多少", a(LY6, SB), other(BY8, SB), "yuan", names=[SB], note="10102700元")
cmp("美术馆馆舍安全保卫和物业管理经费跟可园的差多少", a(MS, GS), other(KY, GS), "yuan", names=[GS], note="291400元")
cmp("六院和妇幼保健院财政供养人员差多少人", ppl(A[LY6]), ppl(dept(FY)), "people", note="44")
cmp("美术馆和总工会财政供养人员差几个", ppl(A[MS]), ppl(dept(ZGH)), "people", note="2")

# ---------------------------------------------------------------- yesno (15)
Q("yesno", "六院今年预算过６个亿没有", [tw(LY6)], yesno="是", note="full-width ６; 62347.58万元")
Q("yesno", "六院是不是一半以上的钱来自其他资金", [bw(LY6, "其他资金")], yesno="是", note="42485.24 / 62347.58 = 68.14%")
Q("yesno", "六院精准诊断实验室要求国庆前建成吗", [iv(LY6, "感染性疾病精准诊断实验室建成时间")], yesno="否",
  note="2026年10月31日前: a month after 1 October")
Q("yesno", "六院传染病疫情报告时间要求在半天以内吗", [iv(LY6, "传染病疫情报告时间")], yesno="是", note="≤2小时")
Q("yesno", "六院财政供养人员有1200人吗", [f"#{ppl(A[LY6])}"], yesno="否", note="1124")
Q("yesno", "六院有没有对下转移支付", [bw(LY6, "拟用于对下转移支付资金")], yesno="是", note="324.00万元")
Q("yesno", "实验中学有对下转移支付吗", [bw(SY, "拟用于对下转移支付资金")], yesno="否", note="0.00万元")
Q("yesno", "实验中学智慧教室改造开学前能完成吗", [iv(SY, "智慧教室改造完成时间")], yesno="是",
  note="2026年8月25日前: before 1 September")
Q("yesno", "实验中学高考本科上线率要求九成以上吗", [iv(SY, "高考本科上线率")], yesno="是", note="≥95%")
sy_top = max(A[SY]["tasks"], key=lambda x: x["amount"])
Q("yesno", "实验中学有没有哪项任务超过六百万", [T.yuan(sy_top["amount"])], yesno="否", note="largest 5836400")
Q("yesno", "文化馆预算是不是超过六千万", [tw(WH)], yesno="是", note="6352.74万元")
Q("yesno", "文化馆财政供养人员是不是比人防办多", [f"#{ppl(A[WH])}"], yesno="否", note="63 < 64", scope="mixed")
Q("yesno", "数字文化馆平台八月份之前能上线吗", [iv(WH, "数字文化馆平台上线时间")], yesno="是", note="2026年7月31日前")
Q("yesno", "美术馆藏品安全率要求百分之百吗", [iv(MS, "藏品安全率")], yesno="是", note="100%")
Q("yesno", "美术馆预算超过五千万了吗", [tw(MS)], yesno="否", note="3648.29万元")

# ---------------------------------------------------------------- yoy (15) + follow-ups
Q("yoy", "六院去年预算多少", [tw(LY5)], note="2025")
Q("yoy", "六院今年预算比去年多多少", [T.wan(tot(A[LY6]) - tot(A[LY5])), tw(LY6), tw(LY5)], note="difference, 2026, 2025")
Q("yoy", "增长了百分之几", [T.pct((tot(A[LY6]) - tot(A[LY5])) / tot(A[LY5]) * 100)], fu=True, note="over 2025")
Q("yoy", "六院去年和今年财政供养人员各多少", [f"#{ppl(A[LY5])}", f"#{ppl(A[LY6])}"], note="1086, 1124")
Q("yoy", "六院艾滋病和病毒性肝炎防治经费今年比去年涨了多少", [T.yuan(a(LY6, AZ) - a(LY5, AZ)), amt(LY6, AZ), amt(LY5, AZ)],
  [AZ], note="difference, 2026, 2025; 重点 in 2025, 其他 in 2026")
Q("yoy", "六院今年新增了哪项任务", [amt(LY6, SYS)], [SYS], note="2026 only")
Q("yoy", "去年六院的院感防控经费多少", [amt(LY5, YG5)], [YG5], note="2025 name")
Q("yoy", "六院的院感防控经费今年换了个名字吧？新名字叫啥，安排多少", [amt(LY6, YG6)], [YG6], note="renamed in 2026")
Q("yoy", "比去年多了多少", [T.yuan(a(LY6, YG6) - a(LY5, YG5)), amt(LY6, YG6), amt(LY5, YG5)], fu=True,
  note="across the rename")
Q("yoy", "六院2025年表里有几项任务，一共多少钱",
  [f"#{len(A[LY5]['tasks'])}", T.yuan(sum(x['amount'] for x in A[LY5]['tasks']))], note="two asks")
n = "传染病救治能力"
Q("yoy", "去年六院传染病救治能力那个指标怎么写的", [iv(LY5, n)], [n], absent=[iv(LY6, n)], note="qualitative 2025")
ch = [i["level3"] for i in A[LY5]["indicators"] if T.indicator(A[LY6], i["level3"])["annual_value"] != i["annual_value"]]
Q("yoy", "六院哪些指标的年度值跟去年不一样", [], ch, note="ten changed, one qualitative")
n = "门急诊人次"
Q("yoy", "六院去年门急诊人次定的多少", [iv(LY5, n)], [n], absent=[iv(LY6, n)], note="2025 ≥68万人次")
Q("yoy", "六院2025年总体目标里收治传染病住院患者约多少人次", [goal(LY5, "约9500人次")], note="2025 goal only")
Q("yoy", "去年六院给镇街结核病防治的补助多少", [amt(LY5, ZZ)], [ZZ], absent=[amt(LY6, ZZ)], note="2025 = its 对下 288.00万元")
mv = [x["name"] for x in A[LY5]["tasks"] if x["section"] == "年度重点工作任务"
      and T.task(A[LY6], x["name"])["section"] == "其他需完成的任务"]
assert len(mv) == 1
Q("yoy", "六院哪项任务去年是重点任务、今年放到其他任务里了", [amt(LY6, mv[0])], mv, absent=[amt(LY5, mv[0])],
  note="the one moved from 重点 (2025) to 其他 (2026); its 2026 amount")
n = "患者满意度"
Q("yoy", "六院患者满意度今年和去年的指标各是多少", [iv(LY6, n), iv(LY5, n)], [n], absent=[other_iv(SSH, n)],
  note="2026 ≥93%, 2025 ≥91%, in order asked; 松山湖 ≥92%")

# ---------------------------------------------------------------- not_found (7) + follow-up
Q("not_found", "六院2024年的预算", expect="not_found", absent=[tw(LY5), tw(LY6)], note="2024 not loaded")
Q("not_found", "换成2025年呢", [tw(LY5)], fu=True, note="2025")
Q("not_found", "实验中学去年的学生资助经费", expect="not_found", absent=[amt(SY, XZ)], note="实验中学 2025 not loaded")
Q("not_found", "美术馆2025年预算多少", expect="not_found", absent=[tw(MS)], note="美术馆 2025 not loaded")
Q("not_found", "东莞市第五人民医院今年预算多少", expect="not_found", absent=[tw(LY6)], note="not loaded; not 六院",
  scope="not_loaded")
Q("not_found", "广东美术馆今年预算多少", expect="not_found", absent=[tw(MS)], note="provincial, not loaded; not 东莞市美术馆",
  scope="not_loaded")
Q("not_found", "文化馆广场舞大赛经费多少", expect="not_found", note="no such item in any table")
Q("not_found", "文化馆2027年预算", expect="not_found", absent=[tw(WH)], note="2027 not loaded")

# ---------------------------------------------------------------- trap (8)
Q("trap", "东莞市光明中学今年预算多少", expect="not_found", absent=[tw(SY), T.wan(tot(dept(GZ)))],
  note="school not loaded; not 实验中学, not 东莞中学", scope="not_loaded")
Q("trap", "六院的免疫规划和预防接种服务经费多少", expect="not_found",
  absent=[T.yuan(other(JK, "免疫规划和预防接种服务经费"))], note="疾控中心's item")
Q("trap", "美术馆的基本陈列提升改造和临时展览经费", expect="not_found",
  absent=[T.yuan(other(BWG, "基本陈列提升改造和临时展览经费"))], note="博物馆's item")
Q("trap", "文化馆的公共图书馆运行经费有多少", expect="not_found", absent=[T.yuan(other(WGLT, "公共图书馆运行经费"))],
  note="文广旅体局's item")
Q("trap", "非物质文化遗产保护传承经费是多少", expect="ok_or_clarify", note="文广旅体局 and 文化馆 share the name",
  scope="mixed")
Q("trap", "学生资助经费是多少", expect="ok_or_clarify",
  note="东莞中学 and 实验中学 share the name (教育局's task is 学生资助)", scope="mixed")
Q("trap", "疾控中心肺结核患者成功治疗率指标多少，别跟六院的搞混", [other_iv(JK, "肺结核患者成功治疗率")],
  ["肺结核患者成功治疗率"], absent=[iv(LY6, "肺结核患者成功治疗率")],
  note="疾控中心 2026 ≥90%; 六院 ≥92%", scope="mixed")
Q("trap", "可园的智慧导览系统什么时候上线，不是美术馆那个", [other_iv(KY, "智慧导览系统上线时间")], ["智慧导览系统上线时间"],
  absent=[iv(MS, "智慧导览系统上线时间")], note="可园 2026年5月31日前; 美术馆 2026年11月30日前", scope="mixed")

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
ALLTEXT = "".join(t["text"] + t["department"] for t in A.values())
for word in ("第五人民医院", "广东美术馆", "光明中学", "广场舞"):
    assert word not in ALLTEXT, word
# every question new: none repeats one of batch 39's (read from its generator's source), none repeats within the batch
B39 = set(re.findall(r'Q\("[a-z_]+", "([^"]+)"', (HERE.parent / "batch39_tools" / "gen_batch39.py").read_text(encoding="utf-8")))
B39 |= set(re.findall(r'cmp\("([^"]+)"', (HERE.parent / "batch39_tools" / "gen_batch39.py").read_text(encoding="utf-8")))
assert len(B39) > 150, len(B39)
for r in ROWS:
    assert r["q"] not in B39, (r["id"], r["q"])
assert len({r["q"] for r in ROWS}) == len(ROWS)
out = HERE.parent / "batch_40.jsonl"
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
