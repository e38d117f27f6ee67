"""Write tests/blind/batch_05.jsonl.

Every figure is computed here from the ground truth (facts.py: the table JSON / fixture dicts,
Decimal, ROUND_HALF_UP); every prose phrase is asserted to occur in the table's goals; every
indicator value is looked up by name.

    .venv/bin/python tests/blind/batch5_tools/gen_batch.py
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from facts import (  # noqa: E402
    FORMS,
    KEY,
    OTHER,
    D,
    amount,
    avg_yuan,
    count,
    dongguan_2026,
    form_text,
    indicator,
    load,
    pct,
    ratio,
    stem,
    task,
    total,
    wan,
    yuan,
)

OUT = HERE.parent / "batch_05.jsonl"
T = load()
sw, ny, gz = T["shuiwuju_2026"], T["nongyenongcun_2026"], T["guangzhou_jiaoyuju_2026"]
jy, wj, wj5 = T["jiaoyuju_2026"], T["weijianju_2026"], T["weijianju_2025"]
zgh, zgh5, kj, kj5 = (
    T["zonggonghui_2026"],
    T["zonggonghui_2025"],
    T["kejiju_2026"],
    T["kejiju_2025"],
)
mz, rs, cg, zr, st, jt = (
    T[s]
    for s in (
        "minzhengju_2026",
        "renshe_2026",
        "chengguan_2026",
        "ziranziyuan_2026",
        "shengtai_2026",
        "jiaotongju_2026",
    )
)
DG = dongguan_2026(T)
ZJNY, ZJJT = FORMS["zhanjiang_2024_unseen"], FORMS["zhanjiang_2025"]
P20, P19 = FORMS["project_approval_2020_unseen"], FORMS["project_approval_2019"]
P25, P26 = FORMS["project_target_2025_unseen"], FORMS["project_target_2026"]

ROWS: list[dict] = []


def Q(
    q, category, expect="ok", figures=(), names=(), yesno=None, absent=(), followup=False, note=""
):
    n = len(ROWS) + 1
    row = {
        "id": f"b5-{n:03d}",
        "q": q,
        "category": category,
        "expect": expect,
        "figures": list(figures),
        "names": list(names),
        "yesno": yesno,
        "absent": list(absent),
        "followup_of": ROWS[-1]["id"] if followup else None,
        "note": note,
    }
    if expect == "not_found":
        assert not row["figures"], q
    ROWS.append(row)
    return row


def iv(t, name, which="annual_value"):
    return indicator(t, name)[which]


def goal_phrase(t, phrase, only_goals=True):
    text = "".join(t["goals"])
    assert phrase in text, (t["slug"], phrase)
    if only_goals:
        rest = json.dumps([t["tasks"], t["indicators"]], ensure_ascii=False, default=str)
        assert phrase not in rest, (t["slug"], phrase, "also outside the goals")
    return phrase


def tasks_where(t, pred):
    return [x for x in t["tasks"] if pred(x["amount"])]


def by_amount(xs):
    return sorted(xs, key=lambda x: x["amount"], reverse=True)


def fwan(s):
    return wan(D(s))


def fyuan_wan(s):
    """a form amount printed in 万元, in 元"""
    return yuan(D(s) * 10000)


SW = "水务局"
NY = "农业农村局"

# =============================================================================================
# item_money
h = Q(
    "水务局河涌整治今年安排了多少钱",
    "item_money",
    figures=[yuan(amount(sw, "河涌综合整治工程经费"))],
    names=["河涌综合整治工程经费"],
    note="水务局 2026 年度重点工作任务 河涌综合整治工程经费",
)
Q(
    "那污水管网呢",
    "followup",
    figures=[yuan(amount(sw, "污水管网建设与修复经费"))],
    names=["污水管网建设与修复经费"],
    followup=True,
    note="same department: 污水管网建设与修复经费",
)
Q(
    "两个加起来多少",
    "followup",
    figures=[yuan(amount(sw, "河涌综合整治工程经费") + amount(sw, "污水管网建设与修复经费"))],
    followup=True,
    note="河涌综合整治工程经费 + 污水管网建设与修复经费",
)
Q(
    "人社局博士后那块资助有多少",
    "item_money",
    figures=[yuan(amount(rs, "博士后工作资助经费"))],
    names=["博士后工作资助经费"],
    note="人社局 2026 博士后工作资助经费",
)
Q(
    "广州教育局学生资助多少钱",
    "item_money",
    figures=[yuan(amount(gz, "学生资助"))],
    names=["学生资助"],
    absent=[yuan(amount(jy, "学生资助"))],
    note="广州市教育局 2026; 东莞市教育局's 学生资助 must not be given",
)
Q(
    "农农局那个农机补贴给了多少",
    "item_money",
    figures=[yuan(amount(ny, "农机购置补贴"))],
    names=["农机购置补贴"],
    note="农农局 = 东莞市农业农村局 (湛江's has no 农机 item)",
)
Q(
    "总工会送温暖那个钱今年多少",
    "item_money",
    figures=[yuan(amount(zgh, "送温暖活动经费"))],
    names=["送温暖活动经费"],
    absent=[yuan(amount(zgh5, "送温暖活动经费"))],
    note="总工会 2026 送温暖活动经费",
)
Q(
    "城管局慰问环卫工人的钱有多少",
    "item_money",
    figures=[yuan(amount(cg, "环卫工人关爱慰问经费"))],
    names=["环卫工人关爱慰问经费"],
    note="城管局 环卫工人关爱慰问经费",
)
Q(
    "信息化建设经费是多少",
    "item_money",
    expect="clarify",
    names=[],
    note="many departments have an 信息化建设经费 task (民政、卫健、人社、农业农村、智慧水务、智慧城管、不动产登记…): ask which",
)
Q(
    "执法人员培训经费安排了多少",
    "item_money",
    expect="ok_or_clarify",
    figures=[yuan(amount(cg, "执法人员业务培训经费")), yuan(amount(sw, "水务执法人员培训经费"))],
    names=["城市管理和综合执法局", "水务局"],
    note="城管局 执法人员业务培训经费 and 水务局 水务执法人员培训经费 both fit: list both or ask",
)
Q(
    "自然资源局测绘那个经费多少",
    "item_money",
    figures=[yuan(amount(zr, "测绘地理信息服务经费"))],
    names=["测绘地理信息服务经费"],
    note="自然资源局 测绘地理信息服务经费",
)
Q(
    "广州教育局教师队伍建设多少钱",
    "item_money",
    figures=[yuan(amount(gz, "教师队伍建设"))],
    names=["教师队伍建设"],
    absent=[yuan(amount(jy, "教师队伍建设"))],
    note="广州 其他需完成的任务",
)
Q(
    "东莞的呢",
    "followup",
    figures=[yuan(amount(jy, "教师队伍建设"))],
    names=["教师队伍建设"],
    followup=True,
    note="东莞市教育局 教师队伍建设 (重点)",
)
Q(
    "东莞教育局学前教育提质扩容多少钱",
    "item_money",
    figures=[yuan(amount(jy, "学前教育提质扩容"))],
    names=["学前教育提质扩容"],
    absent=[yuan(amount(gz, "学前教育提质扩容"))],
    note="东莞市教育局 2026 (fixture); 广州's same-named task differs",
)

# =============================================================================================
# indicator
Q(
    "水务局公共供水管网漏损率年度指标值是多少",
    "indicator",
    figures=[iv(sw, "公共供水管网漏损率")],
    names=["公共供水管网漏损率"],
    note="年度 ≤9%, 实施周期 ≤8%",
)
h = Q(
    "东莞农农局建设高标准农田面积的年度指标",
    "indicator",
    figures=[iv(ny, "建设高标准农田面积")],
    names=["建设高标准农田面积"],
    note="年度 ≥1.2万亩 (实施周期 ≥3.6万亩)",
)
Q(
    "实施周期呢",
    "followup",
    figures=[iv(ny, "建设高标准农田面积", "period_value")],
    names=["建设高标准农田面积"],
    followup=True,
    note="实施周期指标值",
)
Q(
    "卫健局免费产前筛查例数实施周期指标是多少",
    "indicator",
    figures=[iv(wj, "免费产前筛查例数", "period_value")],
    names=["免费产前筛查例数"],
    absent=[iv(wj5, "免费产前筛查例数", "period_value")],
    note="2026: 实施周期 ≥195000例, 年度 ≥65000例",
)
Q(
    "广州教育局教师培训人均成本是多少",
    "indicator",
    figures=[iv(gz, "教师培训人均成本")],
    names=["教师培训人均成本"],
    absent=[iv(jy, "教师培训人均成本")],
    note="广州 ≤3000元/人; 东莞 ≤2500元/人",
)
Q(
    "水务局雨污分流改造小区平均补助标准",
    "indicator",
    figures=[iv(sw, "雨污分流改造小区平均补助")],
    names=["雨污分流改造小区平均补助"],
    note="cost indicator in 万元/个",
)
Q(
    "科技局发放科技创新券年度指标多少张",
    "indicator",
    figures=[iv(kj, "发放科技创新券")],
    names=["发放科技创新券"],
    absent=[iv(kj5, "发放科技创新券")],
    note="2026: 年度 ≥1000张, 周期 ≥3000张",
)
Q(
    "交通局公交准点率指标是多少",
    "indicator",
    figures=[iv(jt, "公交准点率")],
    names=["公交准点率"],
    note="交通局 质量指标",
)
Q(
    "生态环境局智慧监测监控平台什么时候要建成",
    "indicator",
    figures=[iv(st, "智慧监测监控平台建成时间")],
    names=["智慧监测监控平台建成时间"],
    note="生态环境局 时效指标",
)
Q(
    "民政局养老机构护理型床位占比年度指标",
    "indicator",
    figures=[iv(mz, "养老机构护理型床位占比")],
    names=["养老机构护理型床位占比"],
    note="年度 ≥60%, 实施周期 ≥65%",
)
Q(
    "广州教育局建设智慧校园实验校年度指标",
    "indicator",
    figures=[iv(gz, "建设智慧校园实验校")],
    names=["建设智慧校园实验校"],
    absent=[iv(jy, "建设智慧校园示范学校")],
    note="广州 年度 ≥50所 (周期 ≥150所); 东莞's 示范学校 ≥10所 is another item",
)

# =============================================================================================
# overview
h = Q(
    "广州教育局预算合计多少",
    "overview",
    figures=[wan(total(gz))],
    names=["广州"],
    note="基本支出 + 项目支出 + 其他事业发展性支出",
)
Q(
    "那东莞的呢",
    "followup",
    figures=[wan(total(jy))],
    names=["东莞"],
    followup=True,
    note="东莞市教育局 2026 预算合计",
)
Q(
    "两个差多少",
    "followup",
    figures=[wan(total(gz) - total(jy))],
    followup=True,
    note="广州 - 东莞 教育局 预算合计",
)
Q("水务局今年预算总共多少", "overview", figures=[wan(total(sw))], names=[SW], note="预算合计")
Q(
    "东莞农业农村局部门预算合计",
    "overview",
    figures=[wan(total(ny))],
    names=[NY],
    absent=[wan(D(ZJNY["budget"]["基本支出"]) + D(ZJNY["budget"]["项目支出"]))],
    note="东莞 2026, not 湛江 2024",
)
Q(
    "广州市教育局财政拨款多少",
    "overview",
    figures=[wan(gz["budget"]["财政拨款"])],
    names=["财政拨款"],
    absent=[wan(jy["budget"]["财政拨款"])],
    note="收入来源 财政拨款",
)
Q(
    "城管局财政供养人员多少人",
    "overview",
    figures=[count(cg["basic_info"]["财政供养人员数"])],
    note="基本信息",
)
Q(
    "自然资源局基本支出多少",
    "overview",
    figures=[wan(zr["budget"]["基本支出"])],
    names=["基本支出"],
    note="部门预算支出 基本支出",
)
Q(
    "水务局项目支出和基本支出各是多少",
    "overview",
    figures=[wan(sw["budget"]["项目支出"]), wan(sw["budget"]["基本支出"])],
    names=["项目支出", "基本支出"],
    note="two budget lines, 项目支出 first as asked",
)
Q(
    "交通局其他资金有多少",
    "overview",
    figures=[wan(jt["budget"]["其他资金"])],
    names=["其他资金"],
    note="收入来源 其他资金",
)
Q(
    "人社局财政专项资金多少",
    "overview",
    figures=[wan(rs["budget"]["财政专项资金"])],
    names=["财政专项资金"],
    note="事业发展性支出 财政专项资金",
)

# =============================================================================================
# prose (facts found only in the goals)
Q(
    "水务局今年整治的河道长度大概多少",
    "prose",
    figures=[goal_phrase(sw, "86公里")],
    names=[],
    note="goal 一: 整治河道长度约86公里 (goals only)",
)
Q(
    "人社局今年新招收博士后研究人员多少名",
    "prose",
    figures=[goal_phrase(rs, "200名")],
    note="goal 四 (goals only)",
)
Q(
    "民政局要建几处生态节地葬区",
    "prose",
    figures=[goal_phrase(mz, "2处")],
    note="goal 五 (goals only)",
)
Q(
    "卫健局检查检验结果互认覆盖多少家公立医疗机构",
    "prose",
    figures=[goal_phrase(wj, "36家")],
    note="卫健局 2026 goal 四 (goals only)",
)
Q(
    "水务局要接入多少个水位雨量监测站点",
    "prose",
    figures=[goal_phrase(sw, "1200个")],
    note="goal 五; the copied text wraps it as 12/00个",
)
Q(
    "农业局粮食总产量目标多少",
    "prose",
    figures=[goal_phrase(ny, "8.6万吨")],
    note="goal 一 (goals only)",
)
Q(
    "东莞交通局今年危桥改造多少座",
    "prose",
    figures=[goal_phrase(jt, "12座")],
    absent=[ZJJT["indicators"]["危桥改造数量"]],
    note="东莞交通局 goal 二 (goals only); 湛江 2025 危桥改造数量 15座",
)
Q(
    "东莞农业农村局要擦亮哪些特色农产品品牌",
    "prose",
    names=[goal_phrase(ny, "莞香"), goal_phrase(ny, "麻涌香蕉"), goal_phrase(ny, "厚街荔枝")],
    note="goal 三",
)
Q(
    "总工会公益培训项目今年工会资金投了多少",
    "prose",
    figures=[goal_phrase(zgh, "264.9万元")],
    absent=["250.6万元"],
    note="总工会 2026 goal 四 (goals only); 2025 said 250.6万元",
)
Q(
    "城管局路灯节能改造一年能省多少电",
    "prose",
    figures=[goal_phrase(cg, "860万千瓦时")],
    note="城管局 goal 三: 年节约用电约860万千瓦时 (goals only)",
)
Q(
    "广州教育局搞的校园安全专项行动叫什么",
    "prose",
    names=[goal_phrase(gz, "护校安园", only_goals=False)],
    note="goal 五: 开展校园安全“护校安园”专项行动 (the task 校园安全保障经费 names it too)",
)

# =============================================================================================
# filter
xs = by_amount(tasks_where(sw, lambda a: a > 50_000_000))
Q(
    "水务局超过5000万的任务有哪些",
    "filter",
    figures=[yuan(x["amount"]) for x in xs],
    names=[x["name"] for x in xs],
    note="amount > 50000000元",
)
xs = by_amount(tasks_where(cg, lambda a: a < 5_000_000))
Q(
    "城管局低于500万的项目有哪几个",
    "filter",
    figures=[yuan(x["amount"]) for x in xs],
    names=[x["name"] for x in xs],
    note="amount < 5000000元",
)
xs = by_amount(tasks_where(gz, lambda a: a >= 100_000_000))
Q(
    "广州教育局1个亿以上的任务",
    "filter",
    figures=[yuan(x["amount"]) for x in xs],
    names=[x["name"] for x in xs],
    note="amount ≥ 100000000元 (none is exactly 1亿)",
)
xs = by_amount(
    [x | {"dept": t["department"]} for t in DG for x in t["tasks"] if x["amount"] > 300_000_000]
)
Q(
    "今年东莞各部门超过3亿的任务有哪些",
    "filter",
    figures=[yuan(x["amount"]) for x in xs],
    names=[x["name"] for x in xs],
    note="over the 12 东莞 2026 部门整体 tables: "
    + "; ".join(f"{stem(x['dept'])} {x['name']}" for x in xs),
)
xs = [x for x in rs["tasks"] if "补贴" in x["name"]]
Q(
    "人社局名字里带补贴的任务有哪些",
    "filter",
    figures=[yuan(x["amount"]) for x in xs],
    names=[x["name"] for x in xs],
    note="task names containing 补贴",
)
xs = [i for i in sw["indicators"] if i["period_value"] != i["annual_value"]]
Q(
    "水务局哪些指标年度值和实施周期值不一样",
    "filter",
    names=[i["level3"] for i in xs],
    figures=[i["annual_value"] for i in xs],
    note="period != annual",
)
xs = [i for i in wj["indicators"] if i["period_value"] != i["annual_value"]]
Q(
    "卫健局哪些指标实施周期跟年度的值不同",
    "filter",
    names=[i["level3"] for i in xs],
    note="卫健局 2026: period != annual",
)
h = Q(
    "东莞农业农村局超过1000万的任务",
    "filter",
    figures=[yuan(x["amount"]) for x in by_amount(tasks_where(ny, lambda a: a > 10_000_000))],
    names=[x["name"] for x in by_amount(tasks_where(ny, lambda a: a > 10_000_000))],
    note="amount > 10000000元",
)
Q(
    "它们加起来多少",
    "followup",
    figures=[yuan(sum(x["amount"] for x in tasks_where(ny, lambda a: a > 10_000_000)))],
    followup=True,
    note="sum of the previous list",
)
xs = by_amount(tasks_where(zr, lambda a: 10_000_000 <= a <= 30_000_000))
Q(
    "自然资源局1000万到3000万之间的任务",
    "filter",
    figures=[yuan(x["amount"]) for x in xs],
    names=[x["name"] for x in xs],
    note="10000000 ≤ amount ≤ 30000000",
)
xs = by_amount(tasks_where(mz, lambda a: a > 50_000_000))
Q(
    "民政局超过5000万的任务",
    "filter",
    figures=[yuan(x["amount"]) for x in xs],
    names=[x["name"] for x in xs],
    note="amount > 50000000元",
)

# =============================================================================================
# count
Q("水务局一共有几项任务", "count", figures=[count(len(sw["tasks"]))], note="2 重点 + 7 其他")
h = Q(
    "水务局有多少个绩效指标",
    "count",
    figures=[count(len(sw["indicators"]))],
    note="all indicator rows",
)
Q(
    "其中满意度的是哪几个",
    "followup",
    names=[i["level3"] for i in sw["indicators"] if i["level1"] == "满意度指标"],
    followup=True,
    note="满意度指标 rows of 水务局",
)
Q("科技局今年有多少个绩效指标", "count", figures=[count(len(kj["indicators"]))], note="科技局 2026")
Q(
    "东莞农业农村局绩效指标一共几个",
    "count",
    figures=[count(len(ny["indicators"]))],
    note="all rows",
)
Q(
    "东莞教育局数量指标有几个",
    "count",
    figures=[count(sum(1 for i in jy["indicators"] if i["level2"] == "数量指标"))],
    note="产出指标/数量指标",
)
Q(
    "民政局其他需完成的任务有几项",
    "count",
    figures=[count(sum(1 for x in mz["tasks"] if x["section"] == OTHER))],
    note="section 其他需完成的任务",
)
Q(
    "今年东莞一共有多少个部门有部门整体绩效目标表",
    "count",
    figures=[count(len(DG))],
    names=[stem(t["department"]) for t in DG],
    note="东莞 2026 部门整体 tables (the 机关事务管理局 2026 form is a 项目 table, not counted)",
)
Q(
    "人社局效益指标有几个",
    "count",
    figures=[count(sum(1 for i in rs["indicators"] if i["level1"] == "效益指标"))],
    note="一级 效益指标",
)
Q(
    "生态环境局成本指标有几条",
    "count",
    figures=[count(sum(1 for i in st["indicators"] if i["level1"] == "成本指标"))],
    note="一级 成本指标",
)
Q(
    "水务局任务里面超过1亿的有几个",
    "count",
    figures=[count(len(tasks_where(sw, lambda a: a > 100_000_000)))],
    names=[x["name"] for x in by_amount(tasks_where(sw, lambda a: a > 100_000_000))],
    note="amount > 1亿",
)

# =============================================================================================
# aggregate
Q(
    "水务局所有任务加起来多少钱",
    "aggregate",
    figures=[yuan(sum(x["amount"] for x in sw["tasks"]))],
    note="sum of the 9 tasks",
)
Q(
    "东莞农业农村局两个重点任务合计多少",
    "aggregate",
    figures=[yuan(sum(x["amount"] for x in ny["tasks"] if x["section"] == KEY))],
    names=[x["name"] for x in ny["tasks"] if x["section"] == KEY],
    note="年度重点工作任务 sum",
)
Q(
    "广州教育局其他需完成的任务总共多少钱",
    "aggregate",
    figures=[yuan(sum(x["amount"] for x in gz["tasks"] if x["section"] == OTHER))],
    note="其他需完成的任务 sum",
)
Q(
    "民政局高龄津贴和残疾人两项补贴一共多少",
    "aggregate",
    figures=[yuan(amount(mz, "高龄津贴") + amount(mz, "残疾人两项补贴"))],
    note="two tasks",
)
Q(
    "城管局任务平均每项多少钱",
    "aggregate",
    figures=[avg_yuan(sum(x["amount"] for x in cg["tasks"]), len(cg["tasks"]))],
    note="sum / 9",
)
Q(
    "卫健局项目支出占预算合计的比例",
    "aggregate",
    figures=[pct(wj["budget"]["项目支出"], total(wj))],
    note="卫健局 2026 项目支出 / 预算合计",
)
Q(
    "交通局基本支出加其他事业发展性支出是多少",
    "aggregate",
    figures=[wan(jt["budget"]["基本支出"] + jt["budget"]["其他事业发展性支出"])],
    note="two budget lines",
)
Q(
    "今年东莞各部门预算合计加起来一共多少",
    "aggregate",
    figures=[wan(sum(total(t) for t in DG))],
    note="sum of 预算合计 over the 12 东莞 2026 部门整体 tables",
)
Q(
    "科技局今年财政拨款占收入的百分之多少",
    "aggregate",
    figures=[pct(kj["budget"]["财政拨款"], kj["budget"]["财政拨款"] + kj["budget"]["其他资金"])],
    note="财政拨款 / (财政拨款 + 其他资金), 2026",
)
Q(
    "水务局和东莞农业农村局的项目支出合计",
    "aggregate",
    figures=[wan(sw["budget"]["项目支出"] + ny["budget"]["项目支出"])],
    note="two 东莞 2026 项目支出",
)

# =============================================================================================
# ranking
xs = sorted(DG, key=total, reverse=True)[:3]
Q(
    "今年东莞各部门预算合计排名前三是哪几个",
    "ranking",
    figures=[wan(total(t)) for t in xs],
    names=[stem(t["department"]) for t in xs],
    note="12 东莞 2026 部门整体 tables",
)
x = by_amount(sw["tasks"])[0]
Q(
    "水务局哪个任务钱最多",
    "ranking",
    figures=[yuan(x["amount"])],
    names=[x["name"]],
    note="max task",
)
xs = by_amount(ny["tasks"])
Q(
    "东莞农业农村局任务金额从高到低排一下",
    "ranking",
    figures=[yuan(x["amount"]) for x in xs],
    names=[x["name"] for x in xs],
    note="all 9 tasks by amount",
)
x = by_amount(gz["tasks"])[-1]
Q(
    "广州教育局金额最少的任务是哪个",
    "ranking",
    figures=[yuan(x["amount"])],
    names=[x["name"]],
    note="min task",
)
t = max(DG, key=lambda t: t["budget"]["项目支出"])
Q(
    "今年东莞各部门里项目支出最多的是哪个部门",
    "ranking",
    figures=[wan(t["budget"]["项目支出"])],
    names=[stem(t["department"])],
    note="max 项目支出",
)
xs = sorted(DG, key=lambda t: t["basic_info"]["财政供养人员数"], reverse=True)[:3]
Q(
    "东莞各部门财政供养人员最多的前三",
    "ranking",
    figures=[count(t["basic_info"]["财政供养人员数"]) for t in xs],
    names=[stem(t["department"]) for t in xs],
    note="财政供养人员数, 东莞 2026",
)
t = min(DG, key=lambda t: t["budget"]["基本支出"])
Q(
    "今年东莞哪个部门基本支出最少",
    "ranking",
    figures=[wan(t["budget"]["基本支出"])],
    names=[stem(t["department"])],
    note="min 基本支出",
)
xs = by_amount(mz["tasks"])[:3]
Q(
    "民政局前三大任务",
    "ranking",
    figures=[yuan(x["amount"]) for x in xs],
    names=[x["name"] for x in xs],
    note="top 3 tasks",
)
xs = by_amount([x | {"dept": t["department"]} for t in DG for x in t["tasks"]])
Q(
    "今年东莞各部门所有任务里单项金额最大的是哪个",
    "ranking",
    figures=[yuan(xs[0]["amount"])],
    names=[xs[0]["name"], stem(xs[0]["dept"])],
    note="max task over the 东莞 2026 tables",
)
t = max(DG, key=lambda t: t["budget"]["其他资金"])
t2 = sorted(DG, key=lambda t: t["budget"]["其他资金"], reverse=True)[1]
Q(
    "今年东莞各部门其他资金最多的两个部门",
    "ranking",
    figures=[wan(t["budget"]["其他资金"]), wan(t2["budget"]["其他资金"])],
    names=[stem(t["department"]), stem(t2["department"])],
    note="其他资金: 人社局 6383.72 just above 交通局 6355.45",
)
# =============================================================================================
# compare
Q(
    "水务局和农业农村局今年预算哪个多，多多少",
    "compare",
    figures=[wan(total(sw) - total(ny))],
    names=[SW],
    note="东莞 2026 预算合计: 水务局 larger",
)
Q(
    "广州和东莞教育局学生资助差多少",
    "compare",
    figures=[
        yuan(amount(gz, "学生资助") - amount(jy, "学生资助")),
        yuan(amount(gz, "学生资助")),
        yuan(amount(jy, "学生资助")),
    ],
    names=["广州"],
    note="广州 - 东莞",
)
Q(
    "城管局垃圾无害化处理经费比保洁经费多多少",
    "compare",
    figures=[yuan(amount(cg, "生活垃圾无害化处理经费") - amount(cg, "市容环境卫生保洁经费"))],
    note="生活垃圾无害化处理经费 - 市容环境卫生保洁经费",
)
Q(
    "人社局就业创业补贴是技能提升行动经费的几倍",
    "compare",
    figures=[ratio(amount(rs, "就业创业补贴资金"), amount(rs, "职业技能提升行动经费"))],
    note="ratio, two decimals",
)
Q(
    "水务局和生态环境局的项目支出差多少",
    "compare",
    figures=[wan(sw["budget"]["项目支出"] - st["budget"]["项目支出"])],
    names=[SW],
    note="水务局 larger",
)
Q(
    "东莞教育局和广州教育局的教师培训人均成本分别是多少",
    "compare",
    figures=[iv(jy, "教师培训人均成本"), iv(gz, "教师培训人均成本")],
    names=["东莞", "广州"],
    note="indicator values as printed",
)
Q(
    "水务局节水宣传经费跟生态环境局的宣传教育经费比哪个多",
    "compare",
    figures=[yuan(amount(st, "生态环境宣传教育经费") - amount(sw, "节水宣传教育经费"))],
    names=["生态环境局"],
    note="生态环境宣传教育经费 1536800 > 节水宣传教育经费 1285600",
)
Q(
    "交通局和卫健局的项目支出差多少",
    "compare",
    figures=[wan(jt["budget"]["项目支出"] - wj["budget"]["项目支出"])],
    names=["交通运输局"],
    note="交通局 larger",
)
Q(
    "广州教育局财政供养人员是东莞教育局的几倍",
    "compare",
    figures=[ratio(gz["basic_info"]["财政供养人员数"], jy["basic_info"]["财政供养人员数"])],
    note="8946 / 5268",
)
Q(
    "自然资源局和生态环境局财政拨款哪个多，差多少",
    "compare",
    figures=[wan(zr["budget"]["财政拨款"] - st["budget"]["财政拨款"])],
    names=["自然资源局"],
    note="自然资源局 larger",
)

# =============================================================================================
# structure
h = Q(
    "水务局的重点任务是哪两个",
    "structure",
    names=[x["name"] for x in sw["tasks"] if x["section"] == KEY],
    note="年度重点工作任务",
)
Q(
    "第一个的期望目标是什么",
    "followup",
    figures=["25条"],
    names=["河涌综合整治工程经费"],
    followup=True,
    note="河涌综合整治工程经费 expected: " + task(sw, "河涌综合整治工程经费")["expected"],
)
assert "25条" in task(sw, "河涌综合整治工程经费")["expected"]
Q(
    "东莞农业农村局的生态效益指标有哪些",
    "structure",
    names=[i["level3"] for i in ny["indicators"] if i["level2"] == "生态效益"],
    note="效益指标/生态效益",
)
Q(
    "交通局时效指标有哪些",
    "structure",
    names=[i["level3"] for i in jt["indicators"] if i["level2"] == "时效指标"],
    figures=[i["annual_value"] for i in jt["indicators"] if i["level2"] == "时效指标"],
    note="产出指标/时效指标",
)
assert "68000人次" in gz["goals"][2]
Q(
    "广州教育局总体绩效目标第三条讲的什么",
    "structure",
    figures=["68000人次"],
    names=["学生资助"],
    note="goal 三: " + gz["goals"][2],
)
Q(
    "城管局总体目标有几条",
    "structure",
    figures=[count(len(cg["goals"]))],
    note="总体绩效目标 paragraphs",
)
i = indicator(sw, "防洪排涝长效机制")
Q(
    "水务局防洪排涝长效机制属于哪类指标",
    "structure",
    names=[i["level1"], i["level2"]],
    figures=[i["annual_value"]],
    note="效益指标/可持续影响",
)
i = indicator(zr, "土地节约集约利用水平")
Q(
    "自然资源局的经济效益指标是什么",
    "structure",
    names=[i["level3"]],
    figures=[i["annual_value"]],
    note="效益指标/经济效益 has one row",
)
x = task(ny, "高标准农田建设资金")
Q(
    "东莞农业农村局的高标准农田建设资金是重点任务还是其他任务",
    "structure",
    names=[x["section"]],
    figures=[yuan(x["amount"])],
    note="年度重点工作任务",
)
Q(
    "民政局的重点任务有哪些",
    "structure",
    names=[x["name"] for x in mz["tasks"] if x["section"] == KEY],
    note="年度重点工作任务",
)
Q(
    "科技局今年的可持续影响指标有哪些",
    "structure",
    names=[i["level3"] for i in kj["indicators"] if i["level2"] == "可持续影响"],
    note="效益指标/可持续影响, 2026",
)

# =============================================================================================
# yesno
Q(
    "水务局有没有防汛的经费",
    "yesno",
    yesno="是",
    figures=[yuan(amount(sw, "防汛防旱应急保障经费"))],
    names=["防汛防旱应急保障经费"],
    note="task exists",
)
Q(
    "民政局有没有高龄津贴",
    "yesno",
    yesno="是",
    figures=[yuan(amount(mz, "高龄津贴"))],
    names=["高龄津贴"],
    note="task exists",
)
assert not [i for i in sw["indicators"] if i["level2"] == "社会成本指标"]
Q(
    "水务局有没有社会成本指标",
    "yesno",
    yesno="否",
    note="社会成本指标 is printed on the form but has no row",
)
assert not [x for x in gz["tasks"] if "民办" in x["name"]]
Q(
    "广州教育局有民办教育扶持经费吗",
    "yesno",
    yesno="否",
    absent=[yuan(amount(jy, "民办教育扶持经费"))],
    note="only 东莞市教育局 has 民办教育扶持经费",
)
Q(
    "城管局路灯亮灯率是不是要98%以上",
    "yesno",
    yesno="是",
    figures=[iv(cg, "路灯亮灯率")],
    note="≥98%",
)
assert total(sw) > 100000
Q(
    "水务局今年预算超过10个亿了吗",
    "yesno",
    yesno="是",
    figures=[wan(total(sw))],
    note="135339.52万元 = 13.5亿元",
)
assert iv(jt, "公交运营线路数") == "≥320条"
Q(
    "交通局公交运营线路目标是不是300条以上",
    "yesno",
    yesno="是",
    figures=[iv(jt, "公交运营线路数")],
    note="≥320条",
)
assert task(gz, "学生资助")["section"] == OTHER and task(jy, "学生资助")["section"] == KEY
Q(
    "广州教育局的学生资助算重点任务吗",
    "yesno",
    yesno="否",
    names=["其他需完成的任务"],
    note="广州: 其他需完成的任务 (东莞's 学生资助 is 重点)",
)
Q(
    "卫健局今年有健康宣传教育经费吗",
    "yesno",
    yesno="是",
    figures=[yuan(amount(wj, "健康宣传教育经费"))],
    names=["健康宣传教育经费"],
    note="2026 has it (2025 did not)",
)
Q(
    "人社局有没有技工院校学生资助经费",
    "yesno",
    yesno="是",
    figures=[yuan(amount(rs, "技工院校学生资助经费"))],
    names=["技工院校学生资助经费"],
    note="task exists",
)

# =============================================================================================
# yoy
h = Q(
    "卫健局今年预算合计多少",
    "overview",
    figures=[wan(total(wj))],
    names=["卫生健康局"],
    note="2026",
)
Q(
    "比去年多多少",
    "followup",
    figures=[wan(total(wj) - total(wj5))],
    followup=True,
    note="2026 - 2025",
)
Q(
    "总工会送温暖活动经费今年比去年增加了多少",
    "yoy",
    figures=[
        yuan(amount(zgh, "送温暖活动经费") - amount(zgh5, "送温暖活动经费")),
        pct(
            amount(zgh, "送温暖活动经费") - amount(zgh5, "送温暖活动经费"),
            amount(zgh5, "送温暖活动经费"),
        ),
    ],
    names=["送温暖活动经费"],
    note="2026 - 2025, growth rate",
)
Q(
    "科技局科技创新券补助同比增长多少",
    "yoy",
    figures=[
        yuan(amount(kj, "科技创新券补助") - amount(kj5, "科技创新券补助")),
        pct(
            amount(kj, "科技创新券补助") - amount(kj5, "科技创新券补助"),
            amount(kj5, "科技创新券补助"),
        ),
    ],
    names=["科技创新券补助"],
    note="2026 vs 2025",
)
Q(
    "水务局今年预算比去年增长了多少",
    "yoy",
    expect="not_found",
    note="no 水务局 2025 table (the 2020 水务局 form is a 项目 table)",
)
Q(
    "东莞农业农村局去年的预算是多少",
    "yoy",
    expect="not_found",
    note="no 农业农村局 2025 table; 湛江 2024 is another city and year",
)
Q(
    "卫健局家庭医生签约服务补助今年比去年多多少",
    "yoy",
    figures=[yuan(amount(wj, "家庭医生签约服务补助") - amount(wj5, "家庭医生签约服务补助"))],
    names=["家庭医生签约服务补助"],
    note="2026 - 2025",
)
Q(
    "总工会预算合计同比增长百分之几",
    "yoy",
    figures=[pct(total(zgh) - total(zgh5), total(zgh5))],
    note="(4198.90 - 3981.66) / 3981.66",
)
new = [x["name"] for x in wj["tasks"] if x["name"] not in {y["name"] for y in wj5["tasks"]}]
Q("卫健局今年比去年多了哪项任务", "yoy", names=new, note="task in 2026 but not in 2025")
Q(
    "科技局预算合计今年比去年增加了多少",
    "yoy",
    figures=[wan(total(kj) - total(kj5))],
    note="expenditure side: 52187.28 - 48758.40 (2025's income side is off by 1.00万元)",
)
Q(
    "卫健局居民健康素养水平年度指标，去年和今年各是多少",
    "yoy",
    figures=[iv(wj5, "居民健康素养水平"), iv(wj, "居民健康素养水平")],
    names=["居民健康素养水平"],
    note="2025 ≥32%, 2026 ≥35%",
)
Q(
    "广州教育局去年学生资助多少",
    "yoy",
    expect="not_found",
    absent=[yuan(amount(gz, "学生资助"))],
    note="no 广州市教育局 2025 table",
)

# =============================================================================================
# typo
Q(
    "水物局河涌整治多少钱",
    "typo",
    figures=[yuan(amount(sw, "河涌综合整治工程经费"))],
    names=["河涌综合整治工程经费"],
    note="水物局 = 水务局",
)
Q(
    "东莞农业农村据高标准农田建设资金多少",
    "typo",
    figures=[yuan(amount(ny, "高标准农田建设资金"))],
    names=["高标准农田建设资金"],
    note="据 = 局",
)
Q(
    "广州教肓局学生资助",
    "typo",
    figures=[yuan(amount(gz, "学生资助"))],
    names=["学生资助"],
    absent=[yuan(amount(jy, "学生资助"))],
    note="教肓 = 教育",
)
Q(
    "水务局污水管往建设多少钱",
    "typo",
    figures=[yuan(amount(sw, "污水管网建设与修复经费"))],
    names=["污水管网建设与修复经费"],
    note="管往 = 管网",
)
Q(
    "人射局就业创业补贴多少",
    "typo",
    figures=[yuan(amount(rs, "就业创业补贴资金"))],
    names=["就业创业补贴资金"],
    note="人射局 = 人社局",
)
Q(
    "自然资圆局地质灾害防治经费",
    "typo",
    figures=[yuan(amount(zr, "地质灾害防治经费"))],
    names=["地质灾害防治经费"],
    note="资圆 = 资源",
)
Q(
    "城管局生活垃圾无害化处里经费",
    "typo",
    figures=[yuan(amount(cg, "生活垃圾无害化处理经费"))],
    names=["生活垃圾无害化处理经费"],
    note="处里 = 处理",
)
Q(
    "卫建局家庭医生签约服务补助",
    "typo",
    figures=[yuan(amount(wj, "家庭医生签约服务补助"))],
    names=["家庭医生签约服务补助"],
    absent=[yuan(amount(wj5, "家庭医生签约服务补助"))],
    note="卫建局 = 卫健局, 2026",
)
Q(
    "民证局高龄津贴多少",
    "typo",
    figures=[yuan(amount(mz, "高龄津贴"))],
    names=["高龄津贴"],
    note="民证局 = 民政局",
)
Q(
    "科技据科普活动经费多少",
    "typo",
    figures=[yuan(amount(kj, "科普活动经费"))],
    names=["科普活动经费"],
    note="科技据 = 科技局; 2026 amount has decimals",
)

# =============================================================================================
# not_found
Q("水务局海绵城市建设经费多少", "not_found", expect="not_found", note="no such task")
Q(
    "农业农村局的渔业补贴多少钱",
    "not_found",
    expect="not_found",
    note="neither 东莞 2026 nor 湛江 2024 has a 渔业 item",
)
Q("卫健局医院床位数指标是多少", "not_found", expect="not_found", note="no such indicator")
Q("交通局地铁建设经费多少", "not_found", expect="not_found", note="no such task")
Q(
    "东莞农业农村局高标准农田建设资金里财政拨款占多少",
    "not_found",
    expect="not_found",
    note="the 部门整体 table does not split a task by source",
)
Q("总工会办公楼维修改造经费多少", "not_found", expect="not_found", note="no such task")
Q("城管局垃圾清运车辆有多少台", "not_found", expect="not_found", note="not stated")
assert not [i for i in sw["indicators"] if "供水管网改造" in i["level3"] and "成本" in i["level3"]]
Q(
    "水务局供水管网改造的单位成本是多少",
    "not_found",
    expect="not_found",
    note="水务局 has 污水管网建设单位成本 but no 供水管网 cost indicator",
)
Q(
    "东莞教育局市属高校建设发展专项多少钱",
    "not_found",
    expect="not_found",
    absent=[yuan(amount(gz, "市属高校建设发展专项"))],
    note="only 广州市教育局 has this task",
)
Q("民政局养老院一共有几家", "not_found", expect="not_found", note="not stated")

# =============================================================================================
# trap
Q(
    "北京市教育局学生资助多少钱",
    "trap",
    expect="not_found",
    absent=[yuan(amount(gz, "学生资助")), yuan(amount(jy, "学生资助"))],
    note="北京 not loaded",
)
Q(
    "水务局2019年的预算",
    "trap",
    expect="not_found",
    absent=[wan(total(sw))],
    note="no 水务局 2019 table (2019 form is 交通局's project)",
)
Q(
    "民政局的河涌综合整治经费",
    "trap",
    expect="not_found",
    absent=[yuan(amount(sw, "河涌综合整治工程经费"))],
    note="item of 水务局",
)
Q(
    "农业农村局的节水宣传教育经费是多少",
    "trap",
    expect="not_found",
    absent=[yuan(amount(sw, "节水宣传教育经费"))],
    note="item of 水务局",
)
Q(
    "广州教育局乡村教师生活补助发放人数",
    "trap",
    expect="not_found",
    absent=[iv(jy, "乡村教师生活补助发放人数")],
    note="indicator of 东莞市教育局 only",
)
Q(
    "深圳交通局公交线路运营补贴多少",
    "trap",
    expect="not_found",
    absent=[yuan(amount(jt, "公交线路运营补贴"))],
    note="深圳 not loaded",
)
Q(
    "卫健局2019年的预算合计",
    "trap",
    expect="not_found",
    absent=[wan(total(wj)), wan(total(wj5))],
    note="卫健局 tables: 2025, 2026 (and a 2025 项目 table) only",
)
Q(
    "湛江水务局今年预算",
    "trap",
    expect="not_found",
    absent=[wan(total(sw))],
    note="湛江 tables: 农业农村局 2024, 交通运输局 2025 only",
)
Q(
    "总工会的农机购置补贴",
    "trap",
    expect="not_found",
    absent=[yuan(amount(ny, "农机购置补贴"))],
    note="item of 农业农村局",
)
Q(
    "东莞教育局建设智慧校园学校的年度指标",
    "trap",
    figures=[iv(jy, "建设智慧校园示范学校")],
    names=["建设智慧校园示范学校"],
    absent=[iv(gz, "建设智慧校园实验校"), iv(gz, "建设智慧校园实验校", "period_value")],
    note="东莞's 示范学校 ≥10所, not 广州's 实验校 ≥50所",
)

# =============================================================================================
# project
Q(
    "东江与运河水系连通工程本年度申请了多少市财政资金",
    "project",
    figures=[fwan(P20["funds"]["本年度申请市财政预算资金"])],
    names=[P20["project"]],
    note="2020 项目 批复表",
)
Q(
    "水系连通工程中期市财政预算多少",
    "project",
    figures=[fwan(P20["funds"]["中期市财政预算"])],
    names=[P20["project"]],
    note="中期市财政预算",
)
Q(
    "水系连通工程新建截污管网年度指标值",
    "project",
    figures=[P20["indicators"]["新建截污管网长度"][1]],
    names=["新建截污管网长度"],
    note="年度 12公里, 中期 45公里",
)
Q(
    "物业管理费支出项目年度资金总额多少",
    "project",
    figures=[fwan(P26["funds"]["年度资金总额"])],
    names=[P26["project"]],
    note="机关事务管理局 2026 项目表",
)
Q(
    "机关事务管理局物业服务单价标准",
    "project",
    figures=[P26["indicators"]["物业服务单价"][1]],
    names=["物业服务单价"],
    note="成本指标",
)
Q(
    "基本公共卫生服务补助资金这个项目的实施单位是哪个",
    "project",
    names=[P25["unit"]],
    note="卫健局 2025 项目表",
)
Q(
    "基本公共卫生服务补助资金项目里65岁及以上老年人健康管理率年度指标",
    "project",
    figures=[P25["indicators"]["65岁及以上老年人健康管理率"][1]],
    names=["65岁及以上老年人健康管理率"],
    note="project 2025: 年度 ≥62% (the 卫健局 部门 tables have ≥65% / ≥68%)",
)
Q(
    "镇际联网路升级改造工程一期2019年申请了多少",
    "project",
    figures=[fwan(P19["funds"]["本年度申请市财政预算资金"])],
    names=[P19["project"]],
    note="2019 项目 批复表",
)
Q(
    "水务局2020年那个项目的受益人口目标",
    "project",
    figures=[P20["indicators"]["受益人口"][1]],
    names=["受益人口"],
    note="年度 ≥40万人, 中期 ≥120万人",
)
Q(
    "基本公共卫生服务补助资金年度资金里财政拨款多少",
    "project",
    figures=[fwan(P25["funds"]["财政拨款"])],
    names=[P25["project"]],
    note="项目资金 其中财政拨款",
)

# =============================================================================================
# city
Q(
    "教育局学生资助多少钱",
    "city",
    expect="ok_or_clarify",
    figures=[yuan(amount(jy, "学生资助")), yuan(amount(gz, "学生资助"))],
    names=["东莞", "广州"],
    note="东莞市教育局 and 广州市教育局 both have 学生资助: list both or ask",
)
Q(
    "广州和东莞教育局哪个预算大",
    "city",
    figures=[wan(total(gz)), wan(total(jy))],
    names=["广州"],
    note="广州 823190.17 > 东莞 430784.80",
)
Q(
    "农业农村局高标准农田建设花多少钱",
    "city",
    expect="ok_or_clarify",
    figures=[
        yuan(amount(ny, "高标准农田建设资金")),
        fyuan_wan(ZJNY["tasks_wan"]["高标准农田建设"]),
    ],
    names=["东莞", "湛江"],
    note="东莞 2026 高标准农田建设资金 vs 湛江 2024 高标准农田建设 (5,200.00万元)",
)
Q(
    "湛江农业农村局动物疫病防控多少钱",
    "city",
    figures=[fyuan_wan(ZJNY["tasks_wan"]["动物疫病防控"])],
    names=["动物疫病防控"],
    absent=[yuan(amount(ny, "动物疫病防控经费"))],
    note="湛江 2024: 980.00万元; 东莞's 动物疫病防控经费 must not be given",
)
Q(
    "东莞农业农村局高标准农田亩均投入标准",
    "city",
    figures=[iv(ny, "高标准农田亩均投入")],
    names=["高标准农田亩均投入"],
    absent=[ZJNY["indicators"]["高标准农田亩均投入"]],
    note="东莞 ≤8000元/亩",
)
Q(
    "湛江的高标准农田亩均投入是多少",
    "city",
    figures=[ZJNY["indicators"]["高标准农田亩均投入"]],
    names=["高标准农田亩均投入"],
    absent=[iv(ny, "高标准农田亩均投入")],
    note="湛江 2024 ≤3000元/亩",
)
Q(
    "东莞教育局普惠性幼儿园覆盖率",
    "city",
    figures=[iv(jy, "普惠性幼儿园覆盖率")],
    names=["普惠性幼儿园覆盖率"],
    absent=[iv(gz, "普惠性幼儿园覆盖率")],
    note="东莞 ≥90%, 广州 ≥92%",
)
Q(
    "广州教育局新增公办幼儿园学位数年度指标",
    "city",
    figures=[iv(gz, "新增公办幼儿园学位数")],
    names=["新增公办幼儿园学位数"],
    absent=[iv(jy, "新增公办幼儿园学位数")],
    note="广州 年度 ≥6000个",
)
Q(
    "培训高素质农民的指标，湛江和东莞各是多少",
    "city",
    figures=[ZJNY["indicators"]["培训高素质农民人次"], iv(ny, "培训高素质农民")],
    names=["湛江", "东莞"],
    note="湛江 2024 培训高素质农民人次 ≥3000人次; 东莞 2026 培训高素质农民 ≥1500人次",
)
Q(
    "教育局财政供养人员数是多少",
    "city",
    expect="ok_or_clarify",
    figures=[count(jy["basic_info"]["财政供养人员数"]), count(gz["basic_info"]["财政供养人员数"])],
    names=["东莞", "广州"],
    note="东莞 5268, 广州 8946: list both or ask",
)
Q(
    "湛江交通运输局新改建农村公路里程指标",
    "city",
    figures=[ZJJT["indicators"]["新改建农村公路里程"]],
    names=["新改建农村公路里程"],
    note="湛江 2025",
)


# =============================================================================================
def main() -> None:
    # form facts occur in the form text
    for name, f in FORMS.items():
        text = form_text(name)
        vals = (
            list(f.get("tasks_wan", {}).values())
            + list(f.get("budget", {}).values())
            + list(f.get("funds", {}).values())
        )
        for v in vals:
            printed = f"{D(v):,.2f}"
            assert printed in text, (name, printed)
        for k, v in f.get("indicators", {}).items():
            for vv in v if isinstance(v, tuple) else (v,):
                assert vv in text, (name, k, vv)
            assert k in text, (name, k)
    with OUT.open("w", encoding="utf-8") as fh:
        for r in ROWS:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    cats = Counter(r["category"] for r in ROWS)
    exps = Counter(r["expect"] for r in ROWS)
    print(len(ROWS), "questions ->", OUT)
    print(dict(cats))
    print(dict(exps))


if __name__ == "__main__":
    main()
