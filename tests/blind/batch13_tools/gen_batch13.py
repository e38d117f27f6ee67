"""Write tests/blind/batch_13.jsonl: 120 blind questions, figures computed from the JSON truth
(Decimal, ROUND_HALF_UP) in the formats of tests/blind/README.md. Prose phrases are asserted to
occur in the goals of their table and nowhere in its tasks or indicators; every `absent` string is
asserted to be a real value of some table. SCOPE keeps, per line, whether it is about the new
tables only ("new"), mixes them with others ("mixed"), or is about other tables ("other").
"""

from __future__ import annotations

import json
import sys
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from truth13 import D, dg2026, indicator, load, pct, q2, task, total, wan, yuan, yuan2  # noqa: E402

T = load()
CZ, QX, Q5 = T["caizhengju_2026"], T["qixiangju_2026"], T["qixiangju_2025"]
SLUG = {"审计": "shenjiju_2026", "林业": "linyeju_2026", "统计": "tongjiju_2026", "应急": "yingji_2026",
        "医保": "yibaoju_2026", "公安": "gonganju_2026", "发改": "fagaiju_2026", "生态": "shengtai_2026",
        "水务": "shuiwuju_2026", "司法": "sifaju_2026", "总工会": "zonggonghui_2026", "民政": "minzhengju_2026",
        "商务": "shangwuju_2026", "市监": "shijianju_2026", "城管": "chengguan_2026"}
DG = dg2026(T)
assert len(DG) == 27, len(DG)


def ty(t, name):
    return yuan(task(t, name)["amount"])


def amt(t, name):
    return task(t, name)["amount"]


def iv(t, name, which="annual_value"):
    return indicator(t, name)[which]


def bw(t, key):
    return wan(t["budget"][key])


def stem(t):
    return t["department"][3:]


ALL_TEXT = "\n".join(json.dumps(t, ensure_ascii=False, default=str) for t in T.values())
ATOMS = set()
for _t in T.values():
    ATOMS |= {yuan(x["amount"]) for x in _t["tasks"]} | {wan(v) for v in _t["budget"].values()}
    ATOMS |= {i["annual_value"] for i in _t["indicators"]} | {i.get("period_value") or "" for i in _t["indicators"]}
    ATOMS |= {f"#{v}" for v in (_t.get("basic_info") or {}).values()}


def prose(t, phrase):
    assert any(phrase in g for g in t["goals"]), (t["slug"], phrase)
    rest = json.dumps([[x["name"], x["content"], x["expected"]] for x in t["tasks"]] + t["indicators"], ensure_ascii=False)
    assert phrase not in rest, (t["slug"], phrase)
    return phrase


ROWS, SCOPE = [], {}


def Q(cat, expect, q, figures=(), names=(), yesno=None, absent=(), note="", scope="new", fu=False):
    n = len(ROWS) + 1
    rid = f"b13-{n:03d}"
    for a in absent:
        assert a not in figures and (a in ATOMS or a in ALL_TEXT), (rid, a)
    if expect != "ok":
        assert not figures and yesno is None, rid
    ROWS.append({"id": rid, "q": q, "category": cat, "expect": expect, "figures": list(figures),
                 "names": list(names), "yesno": yesno, "absent": list(absent),
                 "followup_of": ROWS[-1]["id"] if fu else None, "note": note})
    SCOPE[rid] = scope
    return rid


Z = lambda name: ty(CZ, name)  # noqa: E731
X = lambda name: ty(QX, name)  # noqa: E731
S = lambda k: T[SLUG[k]]  # noqa: E731

# ------------------------------------------------------------------ item money (new)
Q("item_money", "ok", "财政局今年搞数字财政那块的信息化经费安排了多少？", [Z("数字财政信息化建设经费")],
  ["数字财政信息化建设经费"], absent=["15930000元", "15940000元"], note="财政局 KEY; 生态/应急 look-alikes")
Q("item_money", "ok", "东莞气象局2026年气象灾害监测预警经费预算多少", [X("气象灾害监测预警经费")],
  absent=["6472500元", "6472000元"], note="应急 灾害风险监测预警 6472500, 林业 森林资源监测 6472000")
Q("item_money", "ok", "东莞气象局建自动站和雷达的那笔经费多少", [X("气象综合监测站网建设经费")],
  ["气象综合监测站网建设经费"], absent=["24360000元"], note="应急 森林防火经费 24360000")

# ------------------------------------------------------------------ indicators (new)
Q("indicator", "ok", "财政局今年要做多少个重点项目的绩效评价？", [iv(CZ, "开展重点项目绩效评价")],
  ["开展重点项目绩效评价"], note="年度 ≥60个 (实施周期 ≥180个 shown too, labelled)")
Q("indicator", "ok", "气象局今年新建改造自动气象站的目标是多少个", [iv(QX, "新建改造自动气象站")],
  ["新建改造自动气象站"], absent=["420个"], note="年度 ≥30个; goal says 总数达到420个 (prose, not the indicator)")
Q("indicator", "ok", "气象局人工增雨作业整个实施周期一共要做多少次", [iv(QX, "开展人工增雨作业", "period_value")],
  ["开展人工增雨作业"], note="实施周期 asked: ≥60次 (年度 ≥20次)")
Q("indicator", "ok", "财政局会计人员继续教育的人均成本控制在多少以内", [iv(CZ, "会计人员继续教育人均成本")],
  absent=["≤500元/人"], note="cost indicator; 统计 ≤500元/人 look-alike")
Q("indicator", "ok", "气象局对天气预报准不准有没有指标，晴雨预报准确率要到多少", [iv(QX, "24小时晴雨预报准确率")],
  ["24小时晴雨预报准确率"], note="described by what it measures")
Q("indicator", "ok", "气象局今年人工增雨能多增加多少降水", [iv(QX, "人工增雨增加降水量")],
  ["人工增雨增加降水量"], note="年度 ≥5000万立方米 (实施周期 ≥1.5亿立方米)")
Q("indicator", "ok", "财政局对预决算信息公开提的指标要求是什么", [iv(CZ, "预决算信息公开")],
  ["预决算信息公开"], note="qualitative indicator")

# ------------------------------------------------------------------ overview (new)
Q("overview", "ok", "东莞市财政局2026年部门预算一共多少钱", [wan(total(CZ))], note="预算合计")
Q("overview", "ok", "气象局今年财政拨款有多少", [bw(QX, "财政拨款")], note="收入来源")
Q("overview", "ok", "气象局有多少财政供养人员，下面有几个二级单位", ["#92", "#4"], note="基本信息")
Q("overview", "ok", "东莞气象局2026年其他资金有多少", [bw(QX, "其他资金")], absent=["213.17万元"],
  note="统计局 其他资金 213.17")
Q("overview", "ok", "财政局其他事业发展性支出是多少", [bw(CZ, "其他事业发展性支出")], absent=["1248.60万元"],
  note="司法局 1248.60")

# ------------------------------------------------------------------ prose (new)
Q("prose", "ok", "财政局今年全市一般公共预算支出大概安排多少", [prose(CZ, "1120亿元")], note="goal 1")
Q("prose", "ok", "财政局准备把多少家市直预算单位纳入全过程绩效管理", [prose(CZ, "460家")], note="goal 2")
Q("prose", "ok", "今年东莞财政局打算争取多少新增政府专项债券额度", [prose(CZ, "185亿元")], note="goal 4")
Q("prose", "ok", "财政局目标里说全市有多少会计人员要完成继续教育", [prose(CZ, "9.8万名")],
  absent=["≥30000人次"], note="goal 5; the indicator 培训会计人员 ≥30000人次 is another thing")
Q("prose", "ok", "气象局说全市地面自动气象站总数要达到多少个", [prose(QX, "420个")], note="goal 1")
Q("prose", "ok", "气象局预警信息要在几分钟内发到防灾责任人手上", [prose(QX, "10分钟")], absent=["≥45分钟"],
  note="goal 2; 暴雨预警提前量 ≥45分钟 is an indicator, not this")

# ------------------------------------------------------------------ filter (new)
over10m = [x["name"] for x in CZ["tasks"] if x["amount"] > 10000000]
Q("filter", "ok", "财政局哪些经费超过1000万元？", [yuan(amt(CZ, n)) for n in over10m], over10m, note="3 items")
under1m = [x["name"] for x in QX["tasks"] if x["amount"] < 1000000]
Q("filter", "ok", "气象局不到100万的经费有哪几项", [yuan(amt(QX, n)) for n in under1m], under1m, note="")
diff_ind = [i["level3"] for i in CZ["indicators"] if i["period_value"] != i["annual_value"]]
Q("filter", "ok", "财政局有哪些指标实施周期和年度的指标值不一样", [], diff_ind, note="3 indicators")
cost_q = [i["level3"] for i in QX["indicators"] if i["level2"] == "经济成本指标"]
Q("filter", "ok", "气象局的成本指标有哪些", [], cost_q, note="经济成本指标, 3")
mid = [x["name"] for x in CZ["tasks"] if 5000000 <= x["amount"] <= 10000000]
Q("filter", "ok", "财政局500万到1000万之间的经费有哪些", [yuan(amt(CZ, n)) for n in mid], mid, note="only one")
qual = [i["level3"] for i in QX["indicators"] if not any(c.isdigit() for c in i["annual_value"])]
Q("filter", "ok", "气象局有哪些指标是用文字描述、没有具体数字的", [iv(QX, qual[0])], qual, note="qualitative")
oth3m = [x["name"] for x in QX["tasks"] if x["section"] == "其他需完成的任务" and x["amount"] > 3000000]

# ------------------------------------------------------------------ count
Q("count", "ok", "财政局一共列了几项任务", [f"#{len(CZ['tasks'])}"], note="")
Q("count", "ok", "气象局今年有多少个绩效指标", [f"#{len(QX['indicators'])}"], note="")
Q("count", "ok", "气象局2025年有几项任务", [f"#{len(Q5['tasks'])}"], note="2025 lacks 防雷安全监管经费")
Q("count", "ok", "东莞今年一共有多少个部门报了部门整体绩效目标", [f"#{len(DG)}"], note="27 东莞 2026 department tables",
  scope="mixed")

# ------------------------------------------------------------------ aggregate
czsum = sum(x["amount"] for x in CZ["tasks"])
qxsum = sum(x["amount"] for x in QX["tasks"])
Q("aggregate", "ok", "气象局所有任务的钱加起来是多少", [yuan(qxsum)], note="8 tasks")
Q("aggregate", "ok", "财政局基本支出占预算合计的比例是多少", [pct(CZ["budget"]["基本支出"] * 100 / total(CZ))], note="")
Q("aggregate", "ok", "气象局对下转移支付资金占财政专项资金的百分之几",
  [pct(QX["budget"]["拟用于对下转移支付资金"] * 100 / QX["budget"]["财政专项资金"])], note="650/6800")
qxkey = [x for x in QX["tasks"] if x["section"] == "年度重点工作任务"]
Q("aggregate", "ok", "气象局三项重点任务一共多少钱", [yuan(sum(x["amount"] for x in qxkey))], [x["name"] for x in qxkey])
Q("aggregate", "ok", "财政局的任务平均每项多少钱", [yuan2(czsum / 8)], note="average of 8 tasks")
Q("aggregate", "ok", "气象局项目支出是基本支出的几倍", [str(q2(QX["budget"]["项目支出"] / QX["budget"]["基本支出"]))])

# ------------------------------------------------------------------ ranking
top = max(CZ["tasks"], key=lambda x: x["amount"])
Q("ranking", "ok", "财政局哪一项经费最多", [yuan(top["amount"])], [top["name"]], note="an other task, not a key one")
low = min(QX["tasks"], key=lambda x: x["amount"])
Q("ranking", "ok", "气象局哪项经费最少", [yuan(low["amount"])], [low["name"]], absent=["865000元"], note="")
low3 = sorted(DG, key=total)[:3]
Q("ranking", "ok", "东莞今年预算合计最少的三个部门是哪几个", [wan(total(t)) for t in low3], [stem(t) for t in low3],
  note="气象局 third, 审计局 fourth", scope="mixed")
top3 = sorted(QX["tasks"], key=lambda x: -x["amount"])[:3]
Q("ranking", "ok", "气象局钱最多的前三项经费", [yuan(x["amount"]) for x in top3], [x["name"] for x in top3],
  note="third 6500000 just above 预警 6472800")
trains = sorted([(x["amount"], x["name"], t) for t in DG for x in t["tasks"] if "培训" in x["name"]])
# Review after the first run: 气象's 956800 is not "absent" — a ranking across departments names
# every department it compared (the rule), the smallest first; the headline is still checked.
Q("ranking", "ok", "东莞各部门带“培训”的经费里哪个最少", [yuan(trains[0][0])], [trains[0][1]],
  note="医保 956000 < 气象 956800", scope="mixed")
few5 = sorted(DG, key=lambda t: t["basic_info"]["财政供养人员数"])[:5]
Q("ranking", "ok", "东莞今年财政供养人员最少的五个部门", [f"#{t['basic_info']['财政供养人员数']}" for t in few5],
  [stem(t) for t in few5], note="", scope="mixed")

# ------------------------------------------------------------------ compare
SJ = S("审计")
Q("compare", "ok", "东莞财政局和审计局今年预算合计差多少", [wan(total(CZ) - total(SJ))], scope="mixed")
a, b = amt(QX, "气象灾害监测预警经费"), amt(S("应急"), "灾害风险监测预警经费")
Q("compare", "ok", "气象局的气象灾害监测预警经费和东莞应急局的灾害风险监测预警经费哪个多，差多少",
  [yuan(a), yuan(b), yuan(a - b)], ["气象灾害监测预警经费"], scope="mixed")
a, b = amt(SJ, "审计业务培训经费"), amt(CZ, "会计人员继续教育培训经费")
Q("compare", "ok", "财政局会计人员继续教育培训经费跟审计局的审计业务培训经费比，谁高？", [yuan(a), yuan(b), yuan(a - b)],
  ["审计业务培训经费"], note="审计 higher by 200元", scope="mixed")
Q("compare", "ok", "气象局的基本支出比东莞统计局多多少",
  [wan(QX["budget"]["基本支出"] - S("统计")["budget"]["基本支出"])], scope="mixed")
Q("compare", "ok", "东莞财政局和水务局哪个财政供养人员多", ["#356", "#352"], ["水务局"], note="水务 356 > 财政 352",
  scope="mixed")
a, b = amt(QX, "气象科普宣传经费"), amt(S("统计"), "统计法治宣传经费")
Q("compare", "ok", "气象科普宣传经费和东莞统计局的统计法治宣传经费差多少", [yuan(a - b)], scope="mixed")

# ------------------------------------------------------------------ structure
Q("structure", "ok", "财政局的镇街财政运行保障补助是算重点任务还是其他任务", [], ["其他需完成的任务"])
Q("structure", "ok", "气象局的暴雨预警提前量属于哪一类指标", [], ["产出指标", "时效指标"])
Q("structure", "ok", "东莞气象局人工增雨增加降水量归在哪类指标下", [], ["效益指标", "生态效益"])
czkey = [x["name"] for x in CZ["tasks"] if x["section"] == "年度重点工作任务"]
Q("structure", "ok", "财政局今年的重点工作任务有哪些", [], czkey)

# ------------------------------------------------------------------ yes/no
Q("yesno", "ok", "财政局今年预算有没有超过3个亿", [wan(total(CZ))], yesno="否", note="29001.97万元 < 30000万元")
Q("yesno", "ok", "气象局是不是东莞今年预算最少的部门？", [wan(total(QX)), wan(total(T["zonggonghui_2026"]))], ["总工会"],
  yesno="否", note="总工会 least; 气象局 third least", scope="mixed")
Q("yesno", "ok", "气象局对下转移支付资金是不是跟镇街防灾减灾补助一样多",
  [bw(QX, "拟用于对下转移支付资金"), X("镇街气象防灾减灾能力建设补助")], yesno="是", note="650万 = 6500000元")
share = amt(CZ, "镇街财政运行保障补助") * 100 / czsum
assert share > 40
Q("yesno", "ok", "财政局镇街财政运行保障补助占全部任务资金40%以上吗", [pct(share)], yesno="是")
Q("yesno", "ok", "财政局项目支出有没有超过两个亿", [bw(CZ, "项目支出")], yesno="是")
assert amt(QX, "气象灾害监测预警经费") == min(x["amount"] for x in qxkey)
Q("yesno", "ok", "气象局的预警经费是不是三项重点任务里最少的", [X("气象灾害监测预警经费")], yesno="是")
Q("yesno", "ok", "气象局今年预算比去年多吗", [wan(total(QX)), wan(total(Q5))], yesno="是")

# ------------------------------------------------------------------ yoy
Q("yoy", "ok", "气象局今年预算合计比去年增加了多少，增长百分之几",
  [wan(total(QX) - total(Q5)), pct((total(QX) - total(Q5)) * 100 / total(Q5))])
Q("yoy", "ok", "气象局站网建设经费比去年多了多少", [yuan(amt(QX, "气象综合监测站网建设经费") - amt(Q5, "气象综合监测站网建设经费"))])
Q("yoy", "ok", "气象局去年的信息化建设经费是多少", [ty(Q5, "气象信息化建设经费")], ["气象信息化建设经费"],
  note="2025 name; 2026 renamed 智慧气象信息化建设经费")
a, b = amt(QX, "智慧气象信息化建设经费"), amt(Q5, "气象信息化建设经费")
Q("yoy", "ok", "智慧气象信息化经费比去年涨了百分之多少（气象局）", [pct((a - b) * 100 / b)], note="across the rename")
Q("yoy", "not_found", "气象局2025年的防雷安全监管经费是多少", note="2025 lacks it")
Q("yoy", "not_found", "东莞财政局2025年的部门预算是多少", note="财政局 2025 not loaded")
Q("yoy", "ok", "气象局暴雨预警准确率去年定的多少，今年又提到多少",
  [iv(Q5, "暴雨预警准确率"), iv(QX, "暴雨预警准确率")])
Q("yoy", "ok", "去年气象局的科普宣传经费有多少", [ty(Q5, "气象科普宣传经费")])

# ------------------------------------------------------------------ typos / traditional / full-width
Q("typo", "ok", "氣象局今年的財政撥款是多少", [bw(QX, "财政拨款")], note="traditional")
Q("typo", "ok", "财政句的数字财政信息化建设经费", [Z("数字财政信息化建设经费")], note="句 for 局")
Q("typo", "ok", "东莞气像局人工影响天气作业经费多少", [X("人工影响天气作业经费")], note="像 for 象")
Q("typo", "ok", "财政局２０２６年预算合计多少", [wan(total(CZ))], note="full-width digits")
Q("typo", "ok", "气象局人工增雨作业单词成本是多少", [iv(QX, "人工增雨作业单次成本")],
  note="词 for 次; 2025 ≤1万元/次")
Q("typo", "ok", "财政局会记人员继续教育培训经费多少钱", [Z("会计人员继续教育培训经费")], absent=["1268800元"],
  note="记 for 计")

# ------------------------------------------------------------------ not found
Q("not_found", "not_found", "广东省气象局今年预算多少", note="省气象局 not loaded")
Q("not_found", "not_found", "广州市财政局的项目支出是多少", note="not loaded", scope="other")
Q("not_found", "not_found", "东莞市气象台的基本支出有多少", note="a sub-unit, not the department")
Q("not_found", "not_found", "气象局2024年的预算合计是多少", note="year not loaded")
Q("not_found", "not_found", "财政局有没有列政府采购监管经费，多少钱", note="no such task")
Q("not_found", "not_found", "气象局的森林防火经费是多少", note="应急局's item")
Q("not_found", "not_found", "东莞财政局的审计业务培训经费", note="审计局's item")
Q("not_found", "not_found", "东莞市税务局今年的部门预算", note="not loaded", scope="other")

# ------------------------------------------------------------------ traps
Q("trap", "ok", "东莞哪个部门有一项经费是6472500元", [yuan(b := amt(S("应急"), "灾害风险监测预警经费"))],
  ["应急管理局", "灾害风险监测预警经费"], absent=["6472800元"], note="not 气象局 6472800", scope="mixed")
Q("trap", "ok", "气象局有没有一项经费是865万", [X("气象科普宣传经费")], yesno="否", note="865600元 = 86.56万")
Q("trap", "not_found", "财政局的社会公众满意度目标是多少", note="财政局 has 预算单位满意度, not 社会公众满意度")
Q("trap", "ok_or_clarify", "东莞管灾害监测预警的那笔经费是多少", names=["气象灾害监测预警经费", "灾害风险监测预警经费"],
  note="气象 and 应急", scope="mixed")
Q("trap", "ok", "东莞气象局的信息化经费多少", [X("智慧气象信息化建设经费")], absent=["9540600元", "9540000元"],
  note="one 信息化 task in 气象局")
Q("trap", "ok", "财政局对下转移支付是3200万，那镇街财政运行保障补助是不是正好3200万",
  [Z("镇街财政运行保障补助")], yesno="是")
Q("trap", "ok_or_clarify", "东莞哪个部门的培训人均成本是≤700元/人", names=["发展和改革局", "气象局"],
  note="发改 and 气象 both ≤700元/人", scope="mixed")
Q("trap", "ok_or_clarify", "财政局的满意度要求是多少", names=["预算单位满意度", "会计人员培训满意度"],
  note="two satisfaction indicators")

# ------------------------------------------------------------------ follow-ups
Q("item_money", "ok", "财政局的政府债务风险监测经费多少", [Z("政府债务风险监测经费")])
Q("followup", "ok", "那气象局的监测预警呢", [X("气象灾害监测预警经费")], fu=True)
Q("overview", "ok", "气象局今年项目支出多少", [bw(QX, "项目支出")])
Q("followup", "ok", "去年呢", [bw(Q5, "项目支出")], fu=True)
Q("followup", "ok", "差多少", [wan(QX["budget"]["项目支出"] - Q5["budget"]["项目支出"])], fu=True)
Q("item_money", "ok", "财政局的财政投资评审经费多少", [Z("财政投资评审经费")])
Q("followup", "ok", "还有请第三方做绩效评价那项呢", [Z("预算绩效管理第三方评价经费")], ["预算绩效管理第三方评价经费"],
  absent=["8650800元"], fu=True, note="公安 反诈 8650800")
Q("followup", "ok", "这两项加起来", [yuan(amt(CZ, "财政投资评审经费") + amt(CZ, "预算绩效管理第三方评价经费"))], fu=True)
Q("item_money", "ok", "气象局的培训经费多少", [X("气象业务人员培训经费")])
Q("followup", "ok", "那财政局呢", [Z("会计人员继续教育培训经费")], fu=True)
all27 = sum(total(t) for t in DG)
Q("overview", "ok", "东莞财政局预算合计多少", [wan(total(CZ))])
Q("followup", "ok", "占东莞今年全部部门预算的比例是多少", [pct(total(CZ) * 100 / all27)], fu=True, scope="mixed")

# ------------------------------------------------------------------ other tables
Q("item_money", "ok", "东莞审计局的审计业务培训经费多少", [ty(SJ, "审计业务培训经费")], absent=["1268600元"], scope="other")
Q("indicator", "ok", "林业局今年森林覆盖率目标", [iv(S("林业"), "森林覆盖率")], absent=["≥36.5%"], scope="other")
Q("item_money", "ok", "东莞统计局的统计法治宣传经费是多少", [ty(S("统计"), "统计法治宣传经费")], absent=["865600元"],
  scope="other")
Q("item_money", "ok", "东莞应急管理局灾害风险监测预警经费", [ty(S("应急"), "灾害风险监测预警经费")], absent=["6472800元"],
  scope="other")
Q("item_money", "ok", "东莞医保局的经办人员培训经费", [ty(S("医保"), "医保经办人员培训经费")], absent=["956800元"],
  scope="other")
Q("item_money", "ok", "东莞公安局道路交通安全宣传经费多少", [ty(S("公安"), "道路交通安全宣传经费")], absent=["1806500元"],
  scope="other")
Q("overview", "ok", "东莞审计局去年的预算合计", [wan(total(T["shenjiju_2025"]))], scope="other")
a, b = amt(S("发改"), "价格监测和成本调查经费"), amt(T["fagaiju_2025"], "价格监测和成本调查经费")
Q("yoy", "ok", "东莞发改局价格监测和成本调查经费比去年多多少", [yuan(a - b)], scope="other")
Q("item_money", "ok", "东莞生态环境局的生态环境监测经费", [ty(S("生态"), "生态环境监测经费")], scope="other")
Q("overview", "ok", "东莞水务局有多少财政供养人员", [f"#{S('水务')['basic_info']['财政供养人员数']}"], absent=["#352"],
  scope="other")
Q("item_money", "ok", "林业局森林公园和湿地公园建设补助多少", [ty(S("林业"), "森林公园和湿地公园建设补助")],
  absent=["21600000元"], scope="other")
Q("item_money", "ok", "东莞应急管理局应急指挥信息化建设经费", [ty(S("应急"), "应急指挥信息化建设经费")],
  absent=["15936000元"], scope="other")
Q("item_money", "ok", "东莞司法局的司法行政人员培训经费", [ty(S("司法"), "司法行政人员培训经费")], absent=["1268600元"],
  scope="other")
Q("overview", "ok", "东莞总工会今年预算合计", [wan(total(S("总工会")))], scope="other")
Q("yoy", "not_found", "东莞卫健局去年的健康宣传教育经费是多少", note="卫健局 2025 lacks it", scope="other")
Q("item_money", "ok", "东莞商务局企业参展补助经费有多少", [ty(S("商务"), "企业参展补助经费")], scope="other")
Q("item_money", "ok", "东莞市监局的执法人员业务培训经费", [ty(S("市监"), "执法人员业务培训经费")], absent=["2146500元"],
  note="城管 has the same name, 2146500", scope="other")
Q("trap", "ok_or_clarify", "东莞执法人员业务培训经费多少", names=["城市管理和综合执法局", "市场监督管理局"],
  note="same task name in two departments", scope="other")

assert len(ROWS) == 120 or "--draft" in sys.argv, len(ROWS)
out = HERE.parent / "batch_13.jsonl"
out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in ROWS), encoding="utf-8")
from collections import Counter  # noqa: E402

print(len(ROWS), Counter(SCOPE.values()))
c = Counter((r["category"], r["expect"]) for r in ROWS)
for cat in dict.fromkeys(r["category"] for r in ROWS):
    print(cat, sum(v for (k, e), v in c.items() if k == cat), {e: v for (k, e), v in c.items() if k == cat})
print(Counter(r["expect"] for r in ROWS))
