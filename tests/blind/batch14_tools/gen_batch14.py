"""Write tests/blind/batch_14.jsonl: 160 blind questions over batch 14's tables (batches.json).

Every figure is computed here from the tables (truth14.load(), Decimal, ROUND_HALF_UP); prose phrases are
asserted to occur in the goals of the named table and in none of its tasks or indicators; every `absent`
string is asserted to be a real value of some table and not one of the line's figures. Each line carries
a scope (new: only batch 14's tables; mixed: new and other tables; other: older tables or tables not
loaded), kept in SCOPE and printed with the counts.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from truth14 import D, dg2026, indicator, load, pct, q2, task, total, wan, yuan, yuan2  # noqa: E402

T = load()
CL, CL5, FL = "canlian_2026", "canlian_2025", "fulian_2026"
DG = dg2026(T)
assert len(DG) == 29

ATOMS: set[str] = set()
for _t in T.values():
    ATOMS |= {yuan(x["amount"]) for x in _t["tasks"]}
    ATOMS |= {wan(v) for v in _t["budget"].values()} | {wan(v) for v in (_t.get("funds") or {}).values()}
    if _t["budget"]:
        ATOMS.add(wan(total(_t)))
    for _i in _t["indicators"]:
        ATOMS |= {_i["annual_value"], _i["period_value"]}
    ATOMS |= {f"#{v}" for v in (_t.get("basic_info") or {}).values()}


def amt(slug: str, name: str) -> Decimal:
    return task(T[slug], name)["amount"]


def Y(slug: str, name: str) -> str:
    return yuan(amt(slug, name))


def IV(slug: str, name: str, which: str = "annual") -> str:
    return indicator(T[slug], name)[f"{which}_value"]


def B(slug: str, line: str) -> Decimal:
    return T[slug]["budget"][line]


def BW(slug: str, line: str) -> str:
    return wan(B(slug, line))


def TW(slug: str) -> str:
    return wan(total(T[slug]))


def P(slug: str, key: str = "财政供养人员数") -> int:
    return T[slug]["basic_info"][key]


def N(n: int) -> str:
    return f"#{n}"


def tsum(slug: str, names=None, section=None) -> Decimal:
    return sum(x["amount"] for x in T[slug]["tasks"]
               if (names is None or x["name"] in names) and (section is None or x["section"] == section))


def names_of(slug: str, cond) -> list[str]:
    return [x["name"] for x in T[slug]["tasks"] if cond(x)]


def ratio(a, b) -> str:
    return str(q2(D(a) / D(b)))


def share(a, b) -> str:
    return pct(D(a) * 100 / D(b))


def prose(slug: str, phrase: str) -> str:
    t = T[slug]
    assert any(phrase in g for g in t["goals"]), (slug, phrase)
    rest = json.dumps([[x["name"], x["content"], x["expected"]] for x in t["tasks"]]
                      + [[i["level3"], i["annual_value"], i["period_value"]] for i in t["indicators"]], ensure_ascii=False)
    assert phrase not in rest, (slug, phrase, "also outside the goals")
    return phrase


def dept(slug: str) -> str:
    return T[slug]["department"][3:]


def by_stem(stem: str) -> dict:
    (t,) = [t for t in DG if t["department"] == "东莞市" + stem]
    return t


KEY, OTHER = "年度重点工作任务", "其他需完成的任务"
ROWS: list[dict] = []
SCOPE: dict[str, str] = {}


def Q(q, cat, scope, figures=(), names=(), yesno=None, expect="ok", absent=(), follow=False, note=""):
    n = len(ROWS) + 1
    rid = f"b14-{n:03d}"
    for a in absent:
        assert a in ATOMS and a not in figures, (rid, a)
    if expect != "ok":
        assert not figures and yesno is None, rid
    ROWS.append({"id": rid, "q": q, "category": "followup" if follow else cat, "expect": expect,
                 "figures": list(figures), "names": list(names), "yesno": yesno, "absent": list(absent),
                 "followup_of": ROWS[-1]["id"] if follow else None, "note": note})
    SCOPE[rid] = scope
    return rid


# ======================================================================== item_money
Q("残联的康复救助那笔钱今年安排了多少？", "item_money", "new", [Y(CL, "残疾儿童康复救助经费")], ["残疾儿童康复救助经费"],
  absent=[Y("yingji_2026", "安全生产监管执法经费")], note="残联 2026 残疾儿童康复救助经费; 应急 安全生产监管执法经费 38650000 is 600元 away")
Q("那培训那块呢", "followup", "new", [Y(CL, "残疾人职业技能培训经费")], ["残疾人职业技能培训经费"],
  absent=[Y("tuiyijunren_2026", "退役军人教育培训经费")], follow=True, note="still 残联 2026; 退役 3806000 is 400元 away")
Q("这两项加起来呢", "followup", "new", [yuan(amt(CL, "残疾儿童康复救助经费") + amt(CL, "残疾人职业技能培训经费"))],
  follow=True, note="sum of the two 残联 items just asked")
Q("市残联给残疾人配轮椅、助听器那个补贴，预算是多少钱", "item_money", "new", [Y(CL, "残疾人辅助器具适配补贴")],
  ["残疾人辅助器具适配补贴"], absent=[Y("yibaoju_2026", "医保经办服务能力建设经费")],
  note="辅助器具 = 轮椅/助听器 (task content); 医保 9650000 is 400元 away")
Q("妇联做家庭教育指导的钱有多少", "item_money", "new", [Y(FL, "家庭教育指导服务经费")], ["家庭教育指导服务经费"],
  absent=[Y("tuiyijunren_2026", "烈士纪念设施维护和褒扬纪念经费")], note="退役 5230000 is 600元 away")
Q("妇联两癌那个救助经费今年多少", "item_money", "new", [Y(FL, "“两癌”困难妇女救助经费")], ["“两癌”困难妇女救助经费"],
  absent=[Y("zonggonghui_2026", "送温暖活动经费")], note="总工会 送温暖 1950000 is 600元 away")
Q("残联托养那个专项经费给了多少", "item_money", "new", [Y(CL, "残疾人托养服务专项经费")], ["残疾人托养服务专项经费"],
  absent=[Y("yibaoju_2026", "离休人员医疗费统筹经费")], note="医保 12450000 is 300元 away")
Q("医保局那个基金监管的经费是多少啊", "item_money", "other", [Y("yibaoju_2026", "医保基金监管经费")], ["医保基金监管经费"],
  absent=[Y(FL, "妇女儿童维权和信访服务经费")], note="妇联 维权 6850400 is 400元 away")
Q("湛江交通局城乡客运补贴多少", "item_money", "other", [Y("zhanjiang_2025", "城乡客运补贴")], ["城乡客运补贴"],
  note="湛江市交通运输局 2025 (form fixture); the only 湛江交通 table")
Q("残联搞技能培训的钱，还有退役军人局搞教育培训的钱，各是多少", "item_money", "mixed",
  [Y(CL, "残疾人职业技能培训经费"), Y("tuiyijunren_2026", "退役军人教育培训经费")],
  ["残疾人职业技能培训经费", "退役军人教育培训经费"], note="two figures at once; 400元 apart")
Q("残联无障碍改造补助和司法局社区矫正那笔钱，分别多少", "item_money", "mixed",
  [Y(CL, "无障碍环境建设改造补助"), Y("sifaju_2026", "社区矫正和安置帮教经费")],
  ["无障碍环境建设改造补助", "社区矫正和安置帮教经费"], note="two figures at once; 200元 apart")
Q("生态环境局宣传教育那笔钱是多少", "item_money", "other", [Y("shengtai_2026", "生态环境宣传教育经费")],
  ["生态环境宣传教育经费"], absent=[Y("linyeju_2026", "自然教育和林业宣传经费"), Y("gonganju_2026", "禁毒宣传教育经费")],
  note="林业 1536500 / 公安 1536000 are look-alikes")

# ======================================================================== indicator
Q("残联今年残疾儿童康复救助要救多少人，指标怎么定的", "indicator", "new", [IV(CL, "残疾儿童康复救助人数")],
  ["残疾儿童康复救助人数"], note="年度指标值 ≥3200人 (实施周期 ≥9600人)")
Q("整个实施周期呢", "followup", "new", [IV(CL, "残疾儿童康复救助人数", "period")], ["残疾儿童康复救助人数"],
  follow=True, note="实施周期指标值")
Q("残联无障碍设施改造点位，实施周期目标值是多少", "indicator", "new", [IV(CL, "无障碍设施改造点位", "period")],
  ["无障碍设施改造点位"], note="实施周期 ≥360个 (年度 ≥120个)")
Q("妇联信访件要在多长时间内回复", "indicator", "new", [IV(FL, "信访件受理回复时限")], ["信访件受理回复时限"],
  note="时效指标")
Q("妇联培训妇女干部，人均成本控制在多少以内", "indicator", "new", [IV(FL, "妇女干部培训人均成本")],
  ["妇女干部培训人均成本"], note="经济成本指标 ≤650元/人")
Q("那残联的培训人均成本呢", "followup", "new", [IV(CL, "残疾人职业技能培训人均成本")], ["残疾人职业技能培训人均成本"],
  follow=True, note="≤1500元/人")
Q("残联那个儿童康复救助标准是每人每年多少钱", "indicator", "new", [IV(CL, "残疾儿童康复救助标准")],
  ["残疾儿童康复救助标准"], note="≤2.4万元/人·年")
Q("卫健局家庭医生签约服务补助标准是多少", "indicator", "other", [IV("weijianju_2026", "家庭医生签约服务补助标准")],
  ["家庭医生签约服务补助标准"])
Q("残联的助残服务体系和财政局的预算绩效管理体系，指标值各写的啥", "indicator", "mixed",
  [IV(CL, "助残服务体系")], ["助残服务体系", "预算绩效管理体系"],
  note="qualitative 可持续影响 指标, both 持续健全")
Q("服务对象满意度，妇联和司法局分别定的多少", "indicator", "mixed", [IV(FL, "服务对象满意度")],
  ["妇女联合会", "司法局"], note="both ≥90%")
Q("农业农村局高素质农民培训人均成本是多少", "indicator", "other", [IV("nongyenongcun_2026", "高素质农民培训人均成本")],
  ["高素质农民培训人均成本"], note="≤2600元/人")
Q("司法局今年法治宣传活动要搞多少场", "indicator", "other", [IV("sifaju_2026", "开展法治宣传活动")],
  ["开展法治宣传活动"], note="≥500场")

# ======================================================================== overview
Q("妇联今年部门预算总盘子多大", "overview", "new", [TW(FL)], ["妇女联合会"],
  absent=[BW("shengtai_2026", "基本支出")], note="预算合计 7245.03; 生态 基本支出 7245.18 is the look-alike")
Q("那残联呢", "followup", "new", [TW(CL)], ["残疾人联合会"], follow=True, note="残联 2026 预算合计")
Q("去年呢", "followup", "new", [TW(CL5)], ["残疾人联合会"], follow=True, note="残联 2025 预算合计")
Q("人呢", "followup", "new", [N(P(CL5))], follow=True, note="残联 2025 财政供养人员数")
Q("司法局财政供养多少人？下面有几个二级单位", "overview", "other",
  [N(P("sifaju_2026")), N(P("sifaju_2026", "下属二级单位数"))], note="two figures at once")
Q("残联和司法局今年基本支出各多少", "overview", "mixed", [BW(CL, "基本支出"), BW("sifaju_2026", "基本支出")])
Q("妇联今年财政拨款多少万", "overview", "new", [BW(FL, "财政拨款")])
Q("占预算合计的比例呢", "followup", "new", [share(B(FL, "财政拨款"), total(T[FL]))], follow=True,
  note="财政拨款 / 预算合计")
Q("残联和卫健局拟用于对下转移支付的资金各安排了多少", "overview", "mixed",
  [BW(CL, "拟用于对下转移支付资金"), BW("weijianju_2026", "拟用于对下转移支付资金")])
Q("残联和气象局的财政专项资金各多少", "overview", "mixed", [BW(CL, "财政专项资金"), BW("qixiangju_2026", "财政专项资金")])
Q("医保局财政供养人员有多少", "overview", "other", [N(P("yibaoju_2026"))])
Q("商务局其他资金是多少", "overview", "other", [BW("shangwuju_2026", "其他资金")])
Q("东莞教育局有多少财政供养人员", "overview", "other", [N(P("jiaoyuju_2026"))])

# ======================================================================== prose
Q("残联总体目标里讲全市持证残疾人大概有多少", "prose", "new", [prose(CL, "5.6万人")], note="goal 一")
Q("残联今年要给多少户困难重度残疾人家庭做无障碍改造", "prose", "new", [prose(CL, "1500户")],
  absent=[IV(CL, "无障碍设施改造点位")], note="goal 三; the indicator 无障碍设施改造点位 ≥120个 is a different measure")
Q("精神障碍患者社区康复站点残联打算搞到多少个", "prose", "new", [prose(CL, "18个")], note="goal 四")
Q("残联要推动多少家用人单位按比例安排残疾人就业", "prose", "new", [prose(CL, "3200家")],
  absent=[IV(CL, "残疾儿童康复救助人数")], note="goal 二; 3200 also the 康复救助人数 indicator (≥3200人)")
Q("妇联要建多少所家长学校", "prose", "new", [prose(FL, "2100所")], note="goal 二")
Q("妇联的巾帼志愿者有多少人", "prose", "new", [prose(FL, "3.5万名")], note="goal 四: 约3.5万名")
Q("那创业担保贷款呢", "followup", "new", [prose(FL, "2亿元")], follow=True, note="goal 三: 约2亿元")
Q("气象局今年要建几个科普教育基地", "prose", "other", [prose("qixiangju_2026", "8个")], note="气象 2026 goal 五")
Q("卫健局要新建或改造多少个社区卫生服务站", "prose", "other", [prose("weijianju_2026", "18个")], note="卫健 2026 goal 二")
Q("交通局农村公路危桥今年改造几座", "prose", "other", [prose("jiaotongju_2026", "12座")], note="交通 goal 二")
Q("林业局聘了多少专职护林员", "prose", "other", [prose("linyeju_2026", "850名")],
  absent=[IV("linyeju_2026", "培训护林员和林业技术人员")], note="goal 一 约850名; 培训 ≥1200人次 is an indicator")

# ======================================================================== filter
over = lambda s, v: names_of(s, lambda x: x["amount"] > v)
under = lambda s, v: names_of(s, lambda x: x["amount"] < v)
Q("残联今年超过一千万的任务有哪些", "filter", "new", names=over(CL, 10000000), note="strictly above 10000000")
Q("妇联不到200万的经费有哪几项", "filter", "new", names=under(FL, 2000000), note="strictly below 2000000")
Q("东莞各部门名字带“救助”的经费里，不到300万的有哪些", "filter", "mixed",
  names=[x["name"] for t in DG for x in t["tasks"] if "救助" in x["name"] and x["amount"] < 3000000])
Q("林业局哪些指标实施周期和年度的值不一样", "filter", "other",
  names=[i["level3"] for i in T["linyeju_2026"]["indicators"] if i["period_value"] != i["annual_value"]])
Q("今年东莞预算合计不到1亿的部门有哪些", "filter", "mixed",
  names=[dept(t["slug"]) for t in sorted(DG, key=total) if total(t) < 10000]),
Q("东莞哪些部门财政供养人员不到60人", "filter", "mixed",
  names=[dept(t["slug"]) for t in DG if t["basic_info"]["财政供养人员数"] < 60])
Q("东莞预算合计在1亿到2亿之间的部门", "filter", "mixed",
  names=[dept(t["slug"]) for t in DG if 10000 <= total(t) <= 20000], note="inclusive; no total on a boundary")
Q("东莞各部门名字带信息化的经费里，不到200万的有哪些", "filter", "mixed",
  names=[x["name"] for t in DG for x in t["tasks"] if "信息化" in x["name"] and x["amount"] < 2000000])
Q("应急局100万到500万之间的任务", "filter", "other",
  names=names_of("yingji_2026", lambda x: 1000000 <= x["amount"] <= 5000000), note="inclusive")
Q("林业局其他任务里超过2000万的", "filter", "other",
  names=names_of("linyeju_2026", lambda x: x["section"] == OTHER and x["amount"] > 20000000))

# ======================================================================== count
Q("残联今年一共几项任务", "count", "new", [N(len(T[CL]["tasks"]))])
Q("妇联和总工会的绩效指标各多少个", "count", "mixed", [N(len(T[FL]["indicators"])),
  N(len(T["zonggonghui_2026"]["indicators"]))])
Q("残联的任务比住建局少几项", "count", "mixed", [N(len(T["zhujianju_2026"]["tasks"]) - len(T[CL]["tasks"]))])
Q("气象局2025年有几项任务", "count", "other", [N(len(T["qixiangju_2025"]["tasks"]))])
nq = lambda s: N(sum(1 for i in T[s]["indicators"] if i["level2"] == "数量指标"))
Q("残联和财政局的数量指标各有几个", "count", "mixed", [nq(CL), nq("caizhengju_2026")])
Q("东莞今年一共有多少个部门的整体绩效目标表", "count", "mixed", [N(len(DG))], note="29 东莞 2026 部门整体 tables")
Q("东莞各部门里预算合计比残联少的有几个", "count", "mixed", [N(sum(1 for t in DG if total(t) < total(T[CL])))],
  note="审计, 气象, 统计, 妇联, 总工会")
Q("公安局的任务有多少项", "count", "other", [N(len(T["gonganju_2026"]["tasks"]))])
Q("住建局一共几项任务", "count", "other", [N(len(T["zhujianju_2026"]["tasks"]))])
Q("文广旅体局重点任务几个", "count", "other",
  [N(len(names_of("wenguangluti_2026", lambda x: x["section"] == KEY)))])

# ======================================================================== aggregate
Q("残联所有任务加起来多少钱", "aggregate", "new", [yuan(tsum(CL))])
K3 = names_of(FL, lambda x: x["section"] == KEY)
Q("妇联三项重点任务合计多少", "aggregate", "new", [yuan(tsum(FL, K3))], K3)
Q("占全部任务的比例呢", "followup", "new", [share(tsum(FL, K3), tsum(FL))], follow=True, note="重点任务 / all tasks")
Q("残联基本支出占部门预算的比例", "aggregate", "new", [share(B(CL, "基本支出"), total(T[CL]))])
Q("妇联和总工会的任务平均每项多少钱", "aggregate", "mixed", [yuan2(tsum(FL) / len(T[FL]["tasks"])),
  yuan2(tsum("zonggonghui_2026") / len(T["zonggonghui_2026"]["tasks"]))])
Q("气象局对下转移支付占财政专项资金多少", "aggregate", "other",
  [share(B("qixiangju_2026", "拟用于对下转移支付资金"), B("qixiangju_2026", "财政专项资金"))])
Q("残联和妇联今年预算合计加起来多少", "aggregate", "mixed", [wan(total(T[CL]) + total(T[FL]))])
Q("残联、妇联、总工会三家群团今年预算一共多少", "aggregate", "mixed",
  [wan(total(T[CL]) + total(T[FL]) + total(T["zonggonghui_2026"]))])
Q("残联占东莞各部门预算合计总和的比重是多少", "aggregate", "mixed",
  [share(total(T[CL]), sum(total(t) for t in DG))], note="over the 29 东莞 2026 departments")
Q("民政局的残疾人两项补贴占民政局任务总额的比重", "aggregate", "other",
  [share(amt("minzhengju_2026", "残疾人两项补贴"), tsum("minzhengju_2026"))])
Q("城管局所有任务合计多少", "aggregate", "other", [yuan(tsum("chengguan_2026"))])

# ======================================================================== ranking
top = lambda s, k=1, rev=True: sorted(T[s]["tasks"], key=lambda x: x["amount"], reverse=rev)[:k]
r = sorted((x for t in DG for x in t["tasks"] if "康复" in x["name"]), key=lambda x: -x["amount"])
Q("东莞各部门名字里带“康复”的经费，按金额从大到小排一下", "ranking", "mixed", [yuan(x["amount"]) for x in r],
  [x["name"] for x in r])
r = top(CL, 3)
Q("残联排前三的任务是哪几个", "ranking", "new", [yuan(x["amount"]) for x in r], [x["name"] for x in r])
r = sorted(DG, key=total)[:3]
Q("东莞各部门预算合计最少的三个是谁", "ranking", "mixed", [wan(total(t)) for t in r], [dept(t["slug"]) for t in r])
r = min(((x, t) for t in DG for x in t["tasks"] if "培训" in x["name"]), key=lambda p: p[0]["amount"])
Q("今年东莞各部门带“培训”的经费里，哪个最少", "ranking", "mixed", [yuan(r[0]["amount"])], [r[0]["name"]],
  note="妇联 妇女干部和执委培训经费; the smallest is required, other departments may be named")
r = sorted(DG, key=lambda t: t["basic_info"]["财政供养人员数"])[:2]
Q("东莞财政供养人员最少的两个部门", "ranking", "mixed", [N(P(t["slug"])) for t in r], [dept(t["slug"]) for t in r])
r = min(((x, t) for t in DG for x in t["tasks"] if "宣传" in x["name"]), key=lambda p: p[0]["amount"])
Q("今年东莞各部门宣传类的经费里最少的是哪个", "ranking", "mixed", [yuan(r[0]["amount"])], [r[0]["name"]],
  note="topic word 宣传: 民政 慈善宣传活动经费; the new tables' 宣传 items are larger")
r = sorted([T[CL], T[FL], T["zonggonghui_2026"]], key=lambda t: -t["basic_info"]["财政供养人员数"])
Q("残联、妇联、总工会三家按人数从多到少排一下", "ranking", "mixed", [N(P(t["slug"])) for t in r],
  [dept(t["slug"]) for t in r])
rank = sorted(DG, key=lambda t: -total(t)).index(T[CL]) + 1
Q("残联的预算在东莞各部门里排第几", "ranking", "mixed", [N(rank), TW(CL)], ["残疾人联合会"], note="by 预算合计, largest first")
r = top("shangwuju_2026")
Q("商务局最大的一笔任务是什么", "ranking", "other", [yuan(r[0]["amount"])], [r[0]["name"]])
r = top("gonganju_2026", 1, False)
Q("公安局哪项经费最少", "ranking", "other", [yuan(r[0]["amount"])], [r[0]["name"]])

# ======================================================================== compare
Q("残联和审计局谁的预算多", "compare", "mixed", [TW(CL), TW("shenjiju_2026")], ["残疾人联合会"])
Q("妇联比总工会多几个人", "compare", "mixed", [N(P(FL) - P("zonggonghui_2026"))], note="45 - 37")
Q("残联的信息化经费跟退役军人局的信息化经费差多少", "compare", "mixed",
  [yuan(amt(CL, "残疾人智慧服务信息化建设经费") - amt("tuiyijunren_2026", "退役军人服务保障信息化建设经费"))],
  ["残疾人智慧服务信息化建设经费", "退役军人服务保障信息化建设经费"])
Q("妇联的预算合计和生态环境局的基本支出，哪个大", "compare", "mixed", [BW("shengtai_2026", "基本支出"), TW(FL)],
  ["生态环境局"], note="7245.18 > 7245.03")
Q("残联就业扶持资金跟应急局森林防火经费差多少钱", "compare", "mixed",
  [yuan(amt(CL, "残疾人就业补贴和创业扶持资金") - amt("yingji_2026", "森林防火经费"))])
Q("残联和妇联的项目支出分别多少？差多少", "compare", "new",
  [BW(CL, "项目支出"), BW(FL, "项目支出"), wan(B(CL, "项目支出") - B(FL, "项目支出"))])
Q("妇联和气象局的培训人均成本，谁定得低", "compare", "mixed",
  [IV(FL, "妇女干部培训人均成本"), IV("qixiangju_2026", "气象业务培训人均成本")], ["妇女联合会"])
Q("残联托养经费跟医保局离休人员医疗费比，哪个多", "compare", "mixed",
  [Y(CL, "残疾人托养服务专项经费"), Y("yibaoju_2026", "离休人员医疗费统筹经费")], ["残疾人托养服务专项经费"])
Q("司法局跟发改局预算合计谁大", "compare", "other", [TW("fagaiju_2026"), TW("sifaju_2026")], ["发展和改革局"])
Q("住建局和水务局哪个人多", "compare", "other", [N(P("shuiwuju_2026")), N(P("zhujianju_2026"))], ["水务局"])

# ======================================================================== structure
Q("残联的托养服务专项经费是重点任务还是其他任务", "structure", "new", names=["其他需完成的任务"])
Q("妇联“带动妇女就业”这个指标属于哪一类", "structure", "new", names=["效益指标", "经济效益"])
Q("交通局运营补贴资金拨付属于哪类指标", "structure", "other", names=["产出指标", "时效指标"])
Q("妇联的成本指标都有哪些", "structure", "new",
  names=[i["level3"] for i in T[FL]["indicators"] if i["level1"] == "成本指标"])
Q("残联康复救助资金拨付算什么指标", "structure", "new", [IV(CL, "康复救助资金拨付")], ["产出指标", "时效指标"])
Q("妇联今年的重点任务是哪几个", "structure", "new", names=K3)
Q("残联的效益指标有哪些", "structure", "new",
  names=[i["level3"] for i in T[CL]["indicators"] if i["level1"] == "效益指标"])
Q("无障碍环境建设改造补助是哪个部门的，算哪类任务", "structure", "mixed", names=["残疾人联合会", "其他需完成的任务"])
Q("气象局的防雷安全监管经费放在哪个部分", "structure", "other", names=["其他需完成的任务"])
Q("森林火灾受害率在林业局是哪一类指标", "structure", "other", names=["效益指标", "社会效益"])

# ======================================================================== yesno
Q("林业局预算是不是超过6个亿了", "yesno", "other", [TW("linyeju_2026")], yesno="是")
Q("妇联的家庭教育经费是不是比司法局司法所规范化建设补助多", "yesno", "mixed",
  [Y(FL, "家庭教育指导服务经费"), Y("sifaju_2026", "司法所规范化建设补助")], yesno="是")
Q("残联有没有专门搞精神康复的经费", "yesno", "new", [Y(CL, "精神障碍患者社区康复服务经费")],
  ["精神障碍患者社区康复服务经费"], yesno="是")
Q("妇联培训经费是不是86.5万", "yesno", "new", [Y(FL, "妇女干部和执委培训经费")], yesno="否",
  note="865300元 = 86.53万; 统计局 法治宣传 is 865000")
Q("残联的人是不是比统计局少", "yesno", "mixed", [N(P(CL)), N(P("tongjiju_2026"))], yesno="是")
Q("妇联是不是东莞预算最少的部门", "yesno", "mixed", [TW(FL), TW("zonggonghui_2026")], ["总工会"], yesno="否")
Q("残联重点任务的钱占全部任务一半以上了吗", "yesno", "new",
  [share(tsum(CL, section=KEY), tsum(CL))], yesno="是")
Q("残联的培训人均成本跟退役军人事务局是一样的吗", "yesno", "mixed", [IV(CL, "残疾人职业技能培训人均成本")],
  yesno="是", note="both ≤1500元/人")
Q("人社局今年预算合计超过20亿没有", "yesno", "other", [TW("renshe_2026")], yesno="是")
Q("市监局的食品安全宣传经费是重点任务吗", "yesno", "other", names=["其他需完成的任务"], yesno="否")

# ======================================================================== yoy
Q("残联今年预算比去年多了多少，涨了百分之几", "yoy", "new",
  [wan(total(T[CL]) - total(T[CL5])), share(total(T[CL]) - total(T[CL5]), total(T[CL5]))])
Q("残联残疾儿童康复救助经费去年多少，今年多少", "yoy", "new",
  [Y(CL5, "残疾儿童康复救助经费"), Y(CL, "残疾儿童康复救助经费")])
Q("残联信息化那项今年比去年涨了多少", "yoy", "new",
  [yuan(amt(CL, "残疾人智慧服务信息化建设经费") - amt(CL5, "残疾人信息化管理系统建设经费"))],
  ["残疾人智慧服务信息化建设经费"], note="renamed: 2025 残疾人信息化管理系统建设经费")
Q("去年残联的残疾人信息化管理系统建设经费是多少", "yoy", "new", [Y(CL5, "残疾人信息化管理系统建设经费")],
  ["残疾人信息化管理系统建设经费"], note="the 2025 name")
Q("残联去年有没有精神障碍患者社区康复服务经费，多少钱", "yoy", "new", expect="not_found",
  note="the item is new in 2026; 2025 has none")
Q("残联辅具适配人均补贴今年跟去年比变了没有", "yoy", "new", [IV(CL, "辅助器具适配人均补贴")], yesno="否",
  note="≤3000元/人 both years")
Q("气象局基本支出今年增长了百分之几", "yoy", "other",
  [share(B("qixiangju_2026", "基本支出") - B("qixiangju_2025", "基本支出"), B("qixiangju_2025", "基本支出"))])
Q("妇联去年预算多少", "yoy", "other", expect="not_found", note="妇联 2025 is not loaded")
Q("审计局今年预算比去年多多少", "yoy", "other", [wan(total(T["shenjiju_2026"]) - total(T["shenjiju_2025"]))])
Q("发改局去年节能宣传那项多少", "yoy", "other", [Y("fagaiju_2025", "节能宣传和监察经费")], ["节能宣传和监察经费"],
  note="2025 name; renamed 节能降碳宣传和监察经费 in 2026")

# ======================================================================== typo
Q("殘聯今年的預算總額是多少", "typo", "new", [TW(CL)], note="traditional characters")
Q("婦聯家庭教育指導服務經費多少", "typo", "new", [Y(FL, "家庭教育指导服务经费")])
Q("残连的托养经费多少", "typo", "new", [Y(CL, "残疾人托养服务专项经费")], note="残连 for 残联")
Q("妇连跟统计局加起来一共多少人", "typo", "mixed", [N(P(FL) + P("tongjiju_2026"))], note="妇连 for 妇联")
Q("残联２０２５年的任务总额", "typo", "new", [yuan(tsum(CL5))], note="full-width digits")
Q("妇联巾帼创业就业扶特资金多少", "typo", "new", [Y(FL, "巾帼创业就业扶持资金")],
  absent=[Y("tuiyijunren_2026", "退役军人就业创业扶持经费")], note="扶特 for 扶持; 退役 12560000 is 500元 away")
Q("水务局节水宣传教肓经费多少", "typo", "other", [Y("shuiwuju_2026", "节水宣传教育经费")], note="教肓 for 教育")
Q("東莞市殘疾人聯合會和婦女聯合會的人員加起來多少", "typo", "new", [N(P(CL) + P(FL))])
Q("衛健局健康宣傳教育經費多少", "typo", "other", [Y("weijianju_2026", "健康宣传教育经费")])
Q("科技局科普活動經費是多少", "typo", "other", [Y("kejiju_2026", "科普活动经费")])

# ======================================================================== not_found
Q("广州市残联今年预算多少", "not_found", "other", expect="not_found", note="广州市残疾人联合会 not loaded")
Q("东莞市残疾人康复中心的预算有多少", "not_found", "other", expect="not_found", note="a unit under 残联, no table")
Q("残联2024年有哪些任务", "not_found", "other", expect="not_found", note="残联 2024 not loaded")
Q("妇联有没有残疾儿童康复救助的钱", "not_found", "new", expect="not_found", note="only 残联 has it")
Q("团市委今年预算多少", "not_found", "other", expect="not_found", note="not loaded")
Q("残联和财政局的政府采购预算各多少", "not_found", "mixed", expect="not_found", note="not in the tables")
Q("妇联2027年的绩效目标", "not_found", "other", expect="not_found", note="not loaded")
Q("残联今年的钱花了多少了，执行进度怎么样", "not_found", "new", expect="not_found", note="no progress in the tables")
Q("东莞市工商联今年项目支出多少", "not_found", "other", expect="not_found", note="not loaded")
Q("妇联的公车运行维护费多少", "not_found", "new", expect="not_found", note="not in the table")

# ======================================================================== trap
Q("妇联的维权经费是不是685万", "trap", "new", [Y(FL, "妇女儿童维权和信访服务经费")], yesno="否",
  note="6850400元 = 685.04万; 6850000 is 医保 / 退役")
Q("残疾人两项补贴今年多少钱", "trap", "mixed", [Y("minzhengju_2026", "残疾人两项补贴")], ["民政局"],
  note="民政局's item, not 残联's")
Q("残联的残疾人两项补贴多少", "trap", "mixed", expect="not_found", note="民政局's item; 残联 has none")
Q("残联康复那笔钱多少", "trap", "new", expect="ok_or_clarify",
  names=names_of(CL, lambda x: "康复" in x["name"]), note="three 残联 items carry 康复")
Q("东莞哪个部门的培训人均成本是≤1500元/人", "trap", "mixed", expect="ok_or_clarify",
  names=[dept(t["slug"]) for t in DG if any("培训人均成本" in i["level3"] and i["annual_value"] == "≤1500元/人"
                                           for i in t["indicators"])])
Q("残联的满意度目标是多少", "trap", "new", expect="ok_or_clarify",
  names=[i["level3"] for i in T[CL]["indicators"] if i["level1"] == "满意度指标"], note="three 满意度 indicators")
Q("智慧妇联信息化建设经费多少", "trap", "new", [Y(FL, "智慧妇联信息化建设经费")],
  absent=[Y("gonganju_2026", "道路交通安全宣传经费"), Y("qixiangju_2026", "防雷安全监管经费")],
  note="公安 1806000 / 气象 1806500 look-alikes")
Q("统计局法治宣传经费多少", "trap", "other", [Y("tongjiju_2026", "统计法治宣传经费")],
  absent=[Y(FL, "妇女干部和执委培训经费"), Y("shenjiju_2026", "审计法治宣传经费")], note="妇联 865300 / 审计 865800")
Q("今年哪个部门安排了380万的镇街补助", "trap", "mixed", [Y(FL, "镇街妇女儿童之家建设补助")],
  ["妇女联合会", "镇街妇女儿童之家建设补助"], absent=[Y("shenjiju_2026", "镇街审计能力建设补助")],
  note="3800000 only 妇联; 审计 350万")
Q("残联年度康复救助人数和定点康复机构数量分别是多少", "trap", "new",
  [IV(CL, "残疾儿童康复救助人数"), prose(CL, "42家")], note="an indicator and a prose fact in one question")
Q("妇联困难妇女儿童救助资金比司法局法治宣传教育经费少多少", "trap", "mixed",
  [yuan(amt("sifaju_2026", "法治宣传教育经费") - amt(FL, "困难妇女儿童救助资金"))], note="300元")

# ------------------------------------------------------------------------------------------------------------
if __name__ == "__main__":
    out = HERE.parent / "batch_14.jsonl"
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in ROWS), encoding="utf-8")
    print(len(ROWS), "questions ->", out)
    print(Counter(SCOPE.values()))
    cats = Counter(r["category"] for r in ROWS)
    for c in cats:
        ex = Counter(r["expect"] for r in ROWS if r["category"] == c)
        print(f"{c:12} {cats[c]:3} {dict(ex)}")
    print(Counter(r["expect"] for r in ROWS))
