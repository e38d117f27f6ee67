"""Write tests/blind/batch_15.jsonl: 160 blind questions over the batch-15 tables (东莞市红十字会 2026 / 2025,
东莞市供销合作社 2026) and the tables before them, in the voice of finance-bureau and department staff.

Every figure is computed here from the tables (truth15.load(), Decimal, ROUND_HALF_UP); nothing is typed by
hand except the question text and the item / indicator names it looks up. Checks on the way: a prose phrase
must occur in the goals of its table and in none of that table's tasks or indicators; every `absent` string
must be a real value of some table and not a figure of the line; a threshold must not equal any value it
filters; the lines of each follow-up chain follow their head. Each line carries a scope (new: the batch-15
tables only; mixed: with other 东莞 departments or all of them; other: older tables or tables not loaded),
kept here and counted, not written to the jsonl.

Today is 2026-12-01: 今年 = 2026, 去年 = 2025, no year = 2026.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from decimal import Decimal, ROUND_HALF_UP
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import truth15 as tr  # noqa: E402

T = tr.load()
OUT = HERE.parent / "batch_15.jsonl"
HH, HH5, GX = "hongshizihui_2026", "hongshizihui_2025", "gongxiaoshe_2026"
DG = tr.dg2026(T)
assert len(DG) == 31, len(DG)
STEM = {t["slug"]: t["department"][3:] for t in T.values() if t["kind"] == "department"}


# ------------------------------------------------------------------ look-ups and formats
def amt(slug: str, name: str) -> Decimal:
    return tr.task(T[slug], name)["amount"]


def Y(x) -> str:
    return tr.yuan(x)


def Y2(x) -> str:
    return tr.yuan2(x)


def W(x) -> str:
    return tr.wan(x)


def P(a, b) -> str:
    return tr.pct(Decimal(a) * 100 / Decimal(b))


def RATIO(a, b) -> str:
    return str(tr.q2(Decimal(a) / Decimal(b)))


def N(n) -> str:
    return f"#{n}"


def A(slug: str, name: str) -> str:
    return Y(amt(slug, name))


def B(slug: str, line: str) -> Decimal:
    return T[slug]["budget"][line]


def BW(slug: str, line: str) -> str:
    return W(B(slug, line))


def TOT(slug: str) -> Decimal:
    return tr.total(T[slug])


def people(slug: str) -> int:
    return T[slug]["basic_info"]["财政供养人员数"]


def iv(slug: str, name: str, which: str = "annual") -> str:
    return tr.indicator(T[slug], name)[f"{which}_value"]


def tsum(slug: str, section: str | None = None) -> Decimal:
    return sum((x["amount"] for x in T[slug]["tasks"] if section is None or x["section"] == section), Decimal(0))


def names_where(slug: str, pred) -> list[str]:
    return [x["name"] for x in T[slug]["tasks"] if pred(x["amount"])]


def no_boundary(values, *limits) -> None:
    for v in values:
        assert v not in limits, (v, limits)


def prose(slug: str, phrase: str) -> str:
    t = T[slug]
    assert any(phrase in g for g in t["goals"]), (slug, phrase)
    rest = json.dumps([[x["name"] + x["content"] + x["expected"] for x in t["tasks"]], t["indicators"]],
                      ensure_ascii=False)
    assert phrase not in rest, (slug, phrase)
    return phrase


def dept_by(key) -> list[dict]:
    return sorted(DG, key=key)


# every value of every table (for the absent check)
ATOMS = set()
for _t in T.values():
    ATOMS |= {Y(x["amount"]) for x in _t["tasks"]} | {W(v) for v in _t["budget"].values()}
    if _t["kind"] == "department" and _t["budget"]:
        ATOMS.add(W(tr.total(_t)))
    for _i in _t["indicators"]:
        ATOMS |= {_i["annual_value"], _i.get("period_value") or ""}
    ATOMS |= set(_t["goals"])
ALLTEXT = "\n".join(_t["text"] for _t in T.values())

LINES: list[dict] = []
SCOPE: dict[str, str] = {}


def add(cat, q, *, expect="ok", figures=(), names=(), yesno=None, absent=(), scope, note, follow=False):
    rid = f"b15-{len(LINES) + 1:03d}"
    assert scope in ("new", "mixed", "other"), scope
    if follow:
        assert LINES, q
    figures, absent = list(figures), list(absent)
    for a in absent:
        assert a not in figures, (rid, a)
        assert a in ATOMS or a in ALLTEXT, (rid, a)
    for n in names:
        assert n in ALLTEXT, (rid, n)
    if expect != "ok":
        assert not figures and yesno is None, rid
    LINES.append({"id": rid, "q": q, "category": "followup" if follow else cat, "expect": expect,
                  "figures": figures, "names": list(names), "yesno": yesno, "absent": absent,
                  "followup_of": LINES[-1]["id"] if follow else None, "note": note})
    SCOPE[rid] = scope
    return rid


KEY, OTHER = "年度重点工作任务", "其他需完成的任务"
DEPT_OF = lambda t: STEM[t["slug"]]  # noqa: E731

# ================================================================== item_money
add("item_money", "红会今年应急救护培训那块安排了多少钱？",
    figures=[A(HH, "红十字应急救护培训普及经费")], names=["红十字应急救护培训普及经费"],
    absent=[A("weijianju_2026", "医务人员培训经费"), A("gonganju_2026", "公安民警业务培训经费")], scope="new",
    note="红十字会 2026 红十字应急救护培训普及经费; 卫健 医务人员培训 6420000 and 公安 民警培训 6420500 are look-alikes")
add("item_money", "供销社和农业农村局的信息化经费各多少",
    figures=[A(GX, "供销合作社信息化建设经费"), A("nongyenongcun_2026", "农业农村信息化建设经费")],
    names=["供销合作社信息化建设经费", "农业农村信息化建设经费"], absent=[A("zhujianju_2026", "城建档案数字化经费")],
    scope="mixed", note="two asks; 住建 城建档案数字化经费 2458000 is a look-alike of 2458300")
add("item_money", "供销社那个消费帮扶、产销对接的经费有多少钱，麻烦查一下",
    figures=[A(GX, "消费帮扶和农产品产销对接经费")], names=["消费帮扶和农产品产销对接经费"],
    absent=[A("fagaiju_2026", "重要民生商品保供稳价补助"), A("wenguangluti_2026", "文物保护修缮经费")], scope="new",
    note="partial name; 发改 保供稳价补助 5860500 and 文广 文物 / 残联 2025 无障碍 5860000 are look-alikes")
add("item_money", "红十字会的人道救助资金，还有退役军人局的光荣院运行保障经费，各是多少？",
    figures=[A(HH, "人道救助和困难群众帮扶资金"), A("tuiyijunren_2026", "光荣院运行保障经费")],
    names=["人道救助和困难群众帮扶资金", "光荣院运行保障经费"], scope="mixed",
    note="two asks in one line; 8460300 vs 8460000 (300 元 apart), each must go with its own item")
add("item_money", "商务局企业参展补助经费多少", figures=[A("shangwuju_2026", "企业参展补助经费")], scope="other",
    note="older table (商务局 2026)")
add("item_money", "林业局古树名木保护经费安排了多少？", figures=[A("linyeju_2026", "古树名木保护经费")],
    absent=[A(HH, "备灾救灾物资储备经费")], scope="other",
    note="older table; 红会 备灾救灾物资储备经费 2485300 is 300 元 less")
add("item_money", "红会2025年遗体和人体器官捐献工作经费是多少",
    figures=[A(HH5, "遗体和人体器官捐献工作经费")], absent=[A(HH, "遗体和人体器官捐献工作经费")], scope="new",
    note="the 2025 table; the 2026 amount 1680400 must not be given")
add("item_money", "供销社农村电商那个扶持资金多少钱",
    figures=[A(GX, "农村电子商务发展扶持资金")], names=["农村电子商务发展扶持资金"],
    absent=[A("jiaotongju_2026", "出租车行业油价补贴")], scope="new",
    note="电商 for 电子商务; 交通 出租车行业油价补贴 9740000 is a look-alike; head of a chain")
add("item_money", "占它全部任务资金的比例呢？", follow=True,
    figures=[P(amt(GX, "农村电子商务发展扶持资金"), tsum(GX))], scope="new",
    note="continues the 电商 question: 9740500 / 供销社 task total 82739000")
add("item_money", "医保局药品耗材集中带量采购工作经费有多少", figures=[A("yibaoju_2026", "药品耗材集中带量采购工作经费")],
    scope="other", note="older table (医保局)")
add("item_money", "司法局人民调解工作经费是多少？", figures=[A("sifaju_2026", "人民调解工作经费")],
    absent=[A("caizhengju_2026", "预算绩效管理第三方评价经费"), A("gonganju_2026", "反电信网络诈骗预警劝阻经费")],
    scope="other", note="older table; 财政 8650600 and 公安 8650800 are look-alikes")

# ================================================================== indicator
add("indicator", "红会今年培训红十字救护员，年度指标是多少人次", figures=[iv(HH, "培训红十字救护员")],
    names=["培训红十字救护员"], scope="new",
    note=f"annual {iv(HH, '培训红十字救护员')}; the period value {iv(HH, '培训红十字救护员', 'period')} is not the asked one")
add("indicator", "供销社新增冷库库容，实施周期指标值写的多少？", figures=[iv(GX, "新增冷库库容", "period")],
    scope="new", note=f"period value first; annual {iv(GX, '新增冷库库容')}")
add("indicator", "教育局教师培训人均成本是多少", figures=[iv("jiaoyuju_2026", "教师培训人均成本")], scope="other",
    note="older table (fixture), cost indicator")
add("indicator", "红会救灾物资调拨响应时间是多少", figures=[iv(HH, "救灾物资调拨响应时间")],
    absent=[iv("shuiwuju_2026", "防汛物资调拨响应时间"), iv(HH5, "救灾物资调拨响应时间")], scope="new",
    note="≤4小时 (2026); 水务 防汛物资调拨响应时间 ≤2小时 and the 2025 value ≤6小时 must not be given")
add("indicator", "审计局2025年培训审计干部的指标多少人次", figures=[iv("shenjiju_2025", "培训审计干部")],
    absent=[iv("shenjiju_2026", "培训审计干部")], scope="other", note="older table, 2025; 2026 says ≥1400人次")
add("indicator", "红会跟残联的培训人均成本指标分别是多少",
    figures=[iv(HH, "应急救护培训人均成本"), iv("canlian_2026", "残疾人职业技能培训人均成本")],
    absent=[iv(HH5, "应急救护培训人均成本")], scope="mixed", note="two departments' cost indicators; 红会 2025 ≤320元/人")
add("indicator", "供销社和农业农村局的农户满意度指标分别是多少", figures=[iv(GX, "农户满意度"),
    iv("nongyenongcun_2026", "农户满意度")], names=["供销合作社", "农业农村局"], scope="mixed",
    note="same indicator name and value in both tables; both departments named")
add("indicator", "统计局住户调查记账补助标准多少", figures=[iv("tongjiju_2026", "住户调查记账补助标准")], scope="other",
    note="older table, cost indicator")
add("indicator", "公安局城区110警情平均到场时间的指标？", figures=[iv("gonganju_2026", "城区110警情平均到场时间")],
    scope="other", note="older table")
add("indicator", "红会配置自动体外除颤器，年度指标多少台", figures=[iv(HH, "配置自动体外除颤器")], scope="new",
    note="annual first; head of a chain")
add("indicator", "实施周期呢", follow=True, figures=[iv(HH, "配置自动体外除颤器", "period")], scope="new",
    note="the period value of the same indicator")

# ================================================================== overview
add("overview", "红十字会今年部门预算合计多少", figures=[W(TOT(HH))], scope="new", note="基本 + 项目 + 其他事业发展性")
add("overview", "自然资源局2026年财政拨款多少万", figures=[BW("ziranziyuan_2026", "财政拨款")], scope="other",
    note="older table")
add("overview", "红会去年其他资金多少", figures=[BW(HH5, "其他资金")], absent=[BW(HH, "其他资金")], scope="new",
    note="2025; the 2026 value 213.58 must not be given")
add("overview", "住建局今年其他资金多少", figures=[BW("zhujianju_2026", "其他资金")], scope="other", note="older table")
add("overview", "红十字会财政供养人员数和下属二级单位数分别是多少", figures=[N(people(HH)),
    N(T[HH]["basic_info"]["下属二级单位数"])], scope="new", note="两个基本信息")
add("overview", "红会和统计局的其他资金各是多少", figures=[BW(HH, "其他资金"), BW("tongjiju_2026", "其他资金")],
    absent=[BW("qixiangju_2026", "其他资金")], scope="mixed",
    note="213.58 and 213.17; 气象 213.71 is a third look-alike")
add("overview", "审计局2025年项目支出多少万元", figures=[BW("shenjiju_2025", "项目支出")],
    absent=[BW("shenjiju_2026", "项目支出")], scope="other", note="older table, 2025")
add("overview", "商务局今年的基本支出", figures=[BW("shangwuju_2026", "基本支出")], scope="other", note="older table")
add("overview", "气象局去年财政专项资金多少", figures=[BW("qixiangju_2025", "财政专项资金")], scope="other",
    note="older table, 2025")
add("overview", "供销社预算合计是多少啊", figures=[W(TOT(GX))], absent=[W(TOT("canlian_2026"))], scope="new",
    note="17169.42; 残联 17287.72 is close; head of a chain")
add("overview", "那红会呢", follow=True, figures=[W(TOT(HH))], scope="new", note="红十字会 2026 预算合计")
add("overview", "去年呢", follow=True, figures=[W(TOT(HH5))], scope="new", note="红十字会 2025 预算合计")
add("overview", "两年加起来呢", follow=True, figures=[W(TOT(HH) + TOT(HH5))], scope="new",
    note="红十字会 2026 + 2025 预算合计")

# ================================================================== prose
add("prose", "红会今年计划新建几个应急救护培训基地", figures=[prose(HH, "6个")], scope="new", note="goal 一 only")
add("prose", "红会说今年人道救助金大概发多少", figures=[prose(HH, "850万元")], scope="new",
    note="goal 二 (约850万元); the task 人道救助和困难群众帮扶资金 8460300元 is a different figure — the goal's is the asked one")
add("prose", "财政局目标里说全市大概有多少名会计人员要完成继续教育", figures=[prose("caizhengju_2026", "9.8万名")],
    absent=[iv("caizhengju_2026", "培训会计人员")], scope="other",
    note="older table's goal; the indicator 培训会计人员 ≥30000人次 is another thing")
add("prose", "妇联目标里家长学校要建多少所", figures=[prose("fulian_2026", "2100所")], scope="other",
    note="older table's goal")
add("prose", "供销社今年销售对口帮扶地区农产品的目标是多少", figures=[prose(GX, "3.2亿元")],
    absent=[iv(GX, "农产品网络零售额")], scope="new",
    note="goal 四; the indicator 农产品网络零售额 ≥12亿元 is another thing")
add("prose", "供销系统农资连锁经营网点大概有多少个", figures=[prose(GX, "420个")], scope="new",
    note="goal 一; 气象局's goal also has 420个 (自动气象站) but the question names 供销")
add("prose", "红会去年无偿献血目标多少人次", figures=[prose(HH5, "10万人次")], absent=[prose(HH, "11万人次")],
    scope="new", note="2025 goal 三; 2026 says 约11万人次")
add("prose", "残联目标里定点康复机构要新增到多少家", figures=[prose("canlian_2026", "42家")], scope="other",
    note="older table's goal")
add("prose", "气象局今年自动气象站总数要达到多少个", figures=[prose("qixiangju_2026", "420个")], scope="other",
    note="older table's goal; same phrase 420个 as 供销社's 网点")
add("prose", "红会遗体和器官捐献志愿登记累计大概多少人了", figures=[prose(HH, "4.2万人")],
    absent=[iv(HH, "遗体和器官捐献志愿登记人数")], scope="new",
    note="goal 三 累计约4.2万人; the indicator's annual ≥2000人 is a different thing; head of a chain")
add("prose", "去年呢", follow=True, figures=[prose(HH5, "3.6万人")], scope="new", note="2025 goal 三")

# ================================================================== filter
big = names_where(GX, lambda a: a > 10000000)
no_boundary([x["amount"] for x in T[GX]["tasks"]], 10000000)
add("filter", "供销社哪些任务资金超过一千万？", names=big, figures=[Y(amt(GX, n)) for n in big], scope="new",
    note="> 10000000 元, strict")
small = names_where(HH, lambda a: a < 2000000)
no_boundary([x["amount"] for x in T[HH]["tasks"]], 2000000)
small = [x["name"] for s_ in (HH, "fulian_2026") for x in T[s_]["tasks"] if x["amount"] < 2000000]
no_boundary([x["amount"] for s_ in (HH, "fulian_2026") for x in T[s_]["tasks"]], 2000000)
add("filter", "红会和妇联两家，不到两百万的经费都有哪些", names=small, scope="mixed", note="< 2000000 元, both tables")
hz = [x["name"] for x in T[HH]["tasks"] if "红十字" in x["name"]]
add("filter", "红会名字里带“红十字”三个字的经费都有哪几项", names=hz, scope="new", note="names containing 红十字")
cb = [(t, x) for t in DG for x in t["tasks"] if "储备" in x["name"]]
add("filter", "东莞各部门今年名字里带“储备”的经费有哪些", names=[x["name"] for _, x in cb], scope="mixed",
    note="names containing 储备 over the 31 东莞 2026 tables: " + ", ".join(f"{DEPT_OF(t)} {x['name']}" for t, x in cb))
band = [(t, x) for t in DG for x in t["tasks"] if 1500000 <= x["amount"] <= 1600000]
no_boundary([x["amount"] for t in DG for x in t["tasks"]], 1500000, 1600000)
add("filter", "今年东莞各部门的经费里，在一百五十万到一百六十万之间的有哪些", names=[x["name"] for _, x in band],
    scope="mixed", note="inclusive band 1500000–1600000 元 over the 31 tables: "
    + ", ".join(f"{DEPT_OF(t)} {x['amount']}" for t, x in band))
full = [i["level3"] for i in T[GX]["indicators"] if i["annual_value"] == "100%"]
full = [i["level3"] for i in T["yibaoju_2026"]["indicators"] if i["annual_value"] == "100%"]
add("filter", "医保局哪些指标定的是100%", names=full, scope="other", note="older table, annual value 100%")
big5 = names_where(HH5, lambda a: a > 2000000)
no_boundary([x["amount"] for x in T[HH5]["tasks"]], 2000000)
add("filter", "红会2025年哪些任务在200万以上", names=big5, scope="new", note="2025, > 2000000 元")
zj = names_where("zhujianju_2026", lambda a: a > 50000000)
no_boundary([x["amount"] for x in T["zhujianju_2026"]["tasks"]], 50000000)
add("filter", "住建局哪些经费超过五千万", names=zj, scope="other", note="older table, > 50000000 元")
tj = names_where("tongjiju_2026", lambda a: a < 5000000)
add("filter", "统计局有哪些任务不到五百万", names=tj, scope="other", note="older table, < 5000000 元")
mid = [t for t in DG if Decimal(12000) < tr.total(t) < Decimal(20000)]
no_boundary([tr.total(t) for t in DG], Decimal(12000), Decimal(20000))
add("filter", "东莞今年哪些部门预算合计超过1.2亿、又不到2亿", names=[DEPT_OF(t) for t in mid],
    figures=[W(tr.total(t)) for t in mid], scope="mixed",
    note="12000 < 预算合计 < 20000 万元 over the 31 tables")

# ================================================================== count
add("count", "红会今年一共几项任务", figures=[N(len(T[HH]["tasks"]))], scope="new", note="重点 + 其他")
add("count", "交通局有几个绩效指标", figures=[N(len(T["jiaotongju_2026"]["indicators"]))], scope="other",
    note="older table")
add("count", "总工会和红会去年各有几项重点工作任务",
    figures=[N(len([x for x in T["zonggonghui_2025"]["tasks"] if x["section"] == KEY])),
             N(len([x for x in T[HH5]["tasks"] if x["section"] == KEY]))], names=["总工会", "红十字会"], scope="mixed",
    note="2025: 总工会 1, 红会 2 (红会 2026 has 3)")
add("count", "残联2025年数量指标有几个",
    figures=[N(len([i for i in T["canlian_2025"]["indicators"] if i["level2"] == "数量指标"]))], scope="other",
    note="older table, 2025")
add("count", "今年东莞一共有多少个部门的整体绩效目标表", figures=[N(len(DG))], scope="mixed",
    note="东莞 2026 部门整体 tables (projects and approvals not counted)")
small_dept = [t for t in DG if tr.total(t) < Decimal(10000)]
add("count", "东莞今年有几个部门预算合计不到一个亿", figures=[N(len(small_dept))],
    names=[DEPT_OF(t) for t in small_dept], scope="mixed", note="< 10000 万元")
few = [t for t in DG if people(t["slug"]) < 50]
add("count", "东莞今年财政供养人员不到50人的部门有几个", figures=[N(len(few))], names=[DEPT_OF(t) for t in few],
    scope="mixed", note="< 50 people")
GA_OTHER = [x for x in T["gonganju_2026"]["tasks"] if x["section"] == OTHER]
add("count", "公安局有几项其他需完成的任务", figures=[N(len(GA_OTHER))], scope="other",
    note="older table; head of a chain")
add("count", "那这几项加起来多少钱", follow=True, figures=[Y(sum(x["amount"] for x in GA_OTHER))], scope="other",
    note="sum of 公安局's 其他需完成的任务")
add("count", "林业局效益指标一共几条",
    figures=[N(len([i for i in T["linyeju_2026"]["indicators"] if i["level1"] == "效益指标"]))], scope="other",
    note="older table, level1 效益指标")
add("count", "红会、妇联、残联三家一共有多少条绩效指标",
    figures=[N(sum(len(T[s_]["indicators"]) for s_ in (HH, "fulian_2026", "canlian_2026")))], scope="mixed",
    note="19 + 17 + 19")

# ================================================================== aggregate
hk = [x for x in T[HH]["tasks"] if x["section"] == KEY]
add("aggregate", "交通局两项重点任务合计多少",
    figures=[Y(tsum("jiaotongju_2026", KEY))], scope="other", note="older table, the two key tasks")
add("aggregate", "供销社全部任务资金合计", figures=[Y(tsum(GX))], scope="new", note="all ten tasks")
add("aggregate", "红会今年的任务资金总共多少", figures=[Y(tsum(HH))], scope="new", note="head of a chain")
add("aggregate", "去年呢", follow=True, figures=[Y(tsum(HH5))], scope="new", note="2025 task total")
add("aggregate", "那增长了多少", follow=True, figures=[Y(tsum(HH) - tsum(HH5))], scope="new",
    note="2026 task total − 2025 task total")
add("aggregate", "教育局基本支出占预算合计多少", figures=[P(B("jiaoyuju_2026", "基本支出"), TOT("jiaoyuju_2026"))],
    scope="other", note="older table (fixture)")
add("aggregate", "红会和供销社预算合计加起来多少", figures=[W(TOT(HH) + TOT(GX))], scope="new",
    note="both new 2026 tables")
ALL31 = sum(tr.total(t) for t in DG)
add("aggregate", "东莞各部门今年预算合计总共多少", figures=[W(ALL31)], scope="mixed",
    note=f"sum over the {len(DG)} 东莞 2026 tables")
add("aggregate", "红十字会的备灾物资储备经费加上应急局的应急物资储备经费，一共多少",
    figures=[Y(amt(HH, "备灾救灾物资储备经费") + amt("yingji_2026", "应急物资储备经费"))], scope="mixed",
    note="sum of two named items of two departments")
add("aggregate", "供销社平均每项任务多少钱", figures=[Y2(tsum(GX) / len(T[GX]["tasks"]))], scope="new",
    note="task total / 10")
add("aggregate", "民政局城乡低保和特困供养两项资金合计",
    figures=[Y(amt("minzhengju_2026", "城乡低保救助资金") + amt("minzhengju_2026", "特困人员救助供养资金"))],
    scope="other", note="older table")
add("aggregate", "水务局所有任务平均多少钱", figures=[Y2(tsum("shuiwuju_2026") / len(T["shuiwuju_2026"]["tasks"]))],
    scope="other", note="older table, nine tasks")

# ================================================================== ranking
gtop = max(T[GX]["tasks"], key=lambda x: x["amount"])
gsec = sorted(T[GX]["tasks"], key=lambda x: -x["amount"])[1]
add("ranking", "供销社哪个项目钱最多", names=[gtop["name"]], figures=[Y(gtop["amount"])], scope="new",
    note="largest task; head of a chain")
add("ranking", "第二多的呢", follow=True, names=[gsec["name"]], figures=[Y(gsec["amount"])], scope="new",
    note="second largest")
hmin = min(T[HH]["tasks"], key=lambda x: x["amount"])
add("ranking", "红会今年经费最少的是哪项", names=[hmin["name"]], figures=[Y(hmin["amount"])],
    absent=[A("caizhengju_2026", "财政票据和会计档案管理经费")], scope="new",
    note="smallest task; 财政 986000 is a look-alike")
h3 = sorted(T[HH]["tasks"], key=lambda x: -x["amount"])[:3]
four = sorted((HH, "fulian_2026", "canlian_2026", "zonggonghui_2026"), key=lambda s_: -tsum(s_))
add("ranking", "红会、妇联、残联、总工会这四家，哪家任务资金总额最多", names=[STEM[four[0]]], figures=[Y(tsum(four[0]))],
    scope="mixed", note="task totals: " + ", ".join(f"{STEM[s_]} {tsum(s_)}" for s_ in four))
b3 = dept_by(lambda t: tr.total(t))[:3]
add("ranking", "东莞各部门今年预算合计最小的三个是哪几个", names=[DEPT_OF(t) for t in b3],
    figures=[W(tr.total(t)) for t in b3], scope="mixed", note="smallest three of the 31, in order")
p2 = dept_by(lambda t: people(t["slug"]))[:2]
add("ranking", "今年东莞哪个部门的人最少？第二少的呢", names=[DEPT_OF(t) for t in p2],
    figures=[N(people(t["slug"])) for t in p2], scope="mixed", note="two asks: fewest and second fewest people")
xx = sorted(((t, x) for t in DG for x in t["tasks"] if "信息化" in x["name"]), key=lambda p: p[1]["amount"])
add("ranking", "东莞各部门带“信息化”的经费里最少的是哪个", names=[xx[0][1]["name"]], figures=[Y(xx[0][1]["amount"])],
    scope="mixed", note=f"least of {len(xx)} 信息化 items; next {DEPT_OF(xx[1][0])} {xx[1][1]['amount']}")
o5 = dept_by(lambda t: t["budget"]["其他资金"])[:5]
add("ranking", "今年东莞各部门里其他资金最少的五个，按从少到多", names=[DEPT_OF(t) for t in o5],
    figures=[BW(t["slug"], "其他资金") for t in o5], scope="mixed",
    note="审计 203.38, 统计 213.17, 红会 213.58 (then 气象 213.71): look-alikes in the order")
rank_gx = [t["slug"] for t in dept_by(lambda t: -tr.total(t))].index(GX) + 1
add("ranking", "按预算合计从大到小排，供销社在东莞今年各部门里排第几", figures=[N(rank_gx)], names=["供销合作社"],
    scope="mixed", note=f"position {rank_gx} of {len(DG)}; 残联 17287.72 just above, 审计 13247.29 just below")
wg = max(T["wenguangluti_2026"]["tasks"], key=lambda x: x["amount"])
add("ranking", "文广旅体局哪项经费最多", names=[wg["name"]], figures=[Y(wg["amount"])], scope="other",
    note="older table")
fg = min(T["fagaiju_2025"]["tasks"], key=lambda x: x["amount"])
add("ranking", "发改局2025年最少的一项任务是啥", names=[fg["name"]], figures=[Y(fg["amount"])], scope="other",
    note="older table, 2025")

# ================================================================== compare
cl = TOT("canlian_2026")
add("compare", "供销社和残联谁的预算合计多？差多少", names=["残疾人联合会"],
    figures=[W(cl - TOT(GX)), W(cl), W(TOT(GX))], scope="mixed",
    note="残联 17287.72 > 供销社 17169.42; difference first")
add("compare", "红会的应急救护培训普及经费比卫健局医务人员培训经费多多少",
    figures=[Y(amt(HH, "红十字应急救护培训普及经费") - amt("weijianju_2026", "医务人员培训经费"))], scope="mixed",
    note="6420800 − 6420000")
add("compare", "供销社的农资储备保供稳价补贴和财政局财政投资评审经费差多少",
    figures=[Y(amt(GX, "农资商品储备和保供稳价补贴") - amt("caizhengju_2026", "财政投资评审经费"))], scope="mixed",
    note="12386800 − 12386500")
add("compare", "供销社项目支出是妇联项目支出的几倍", figures=[RATIO(B(GX, "项目支出"), B("fulian_2026", "项目支出"))],
    scope="mixed", note="14862.47 / 5862.48, two decimals")
fl = "fulian_2026"
add("compare", "红十字会和妇联哪个财政拨款多，多多少", names=["妇女联合会"],
    figures=[W(B(fl, "财政拨款") - B(HH, "财政拨款")), BW(fl, "财政拨款"), BW(HH, "财政拨款")], scope="mixed",
    note="妇联 7160.85 > 红会 4986.72")
add("compare", "城管局生活垃圾无害化处理经费比市容环境卫生保洁经费多多少",
    figures=[Y(amt("chengguan_2026", "生活垃圾无害化处理经费") - amt("chengguan_2026", "市容环境卫生保洁经费"))],
    scope="other", note="older table")
add("compare", "供销社跟农业农村局的财政供养人员数比较一下", names=["供销合作社", "农业农村局"],
    figures=[N(people(GX)), N(people("nongyenongcun_2026"))], scope="mixed", note="74 vs 298")
add("compare", "卫健局跟医保局今年预算合计哪个大", names=["卫生健康局"],
    figures=[W(TOT("weijianju_2026")), W(TOT("yibaoju_2026"))], scope="other", note="older tables")
add("compare", "交通局的公路养护管理经费和水务局的供水管网改造经费哪个多", names=["供水管网改造经费"],
    figures=[A("shuiwuju_2026", "供水管网改造经费"), A("jiaotongju_2026", "公路养护管理经费")], scope="other",
    note="older tables")
add("compare", "供销社的再生资源回收补助比住建局物业管理行业监管经费多多少",
    figures=[Y(amt(GX, "再生资源回收体系建设补助") - amt("zhujianju_2026", "物业管理行业监管经费"))], scope="mixed",
    note="3680400 − 3680000")

# ================================================================== structure
add("structure", "红会的绩效指标分了哪几个一级指标",
    names=list(dict.fromkeys(i["level1"] for i in T[HH]["indicators"])), scope="new", note="level 1")
add("structure", "供销社效益指标下面有哪些二级指标",
    names=list(dict.fromkeys(i["level2"] for i in T[GX]["indicators"] if i["level1"] == "效益指标")), scope="new",
    note="level 2 under 效益指标")
add("structure", "生态环境局的时效指标有哪些",
    names=[i["level3"] for i in T["shengtai_2026"]["indicators"] if i["level2"] == "时效指标"], scope="other",
    note="older table")
add("structure", "供销社年度重点工作任务是哪几项",
    names=[x["name"] for x in T[GX]["tasks"] if x["section"] == KEY], scope="new", note="key tasks")
add("structure", "供销社“镇街基层供销社和为农服务中心建设补助”跟残联“镇街残疾人康复服务补助”分别属于哪类任务",
    names=[tr.task(T[GX], "镇街基层供销社和为农服务中心建设补助")["section"],
           tr.task(T["canlian_2026"], "镇街残疾人康复服务补助")["section"]], scope="mixed",
    note="the first is a key task, the second an other task")
i_cat = tr.indicator(T[HH], "人道救助户均标准")
i_cat = tr.indicator(T["fulian_2026"], "带动妇女就业")
add("structure", "妇联的“带动妇女就业”属于哪类指标", names=[i_cat["level1"], i_cat["level2"]], scope="other",
    note="older table, category of an indicator")
eco = [i for i in T[GX]["indicators"] if i["level2"] == "生态效益"]
add("structure", "供销社生态效益下面有什么指标", names=[i["level3"] for i in eco],
    figures=[i["annual_value"] for i in eco], scope="new", note="the only 生态效益 indicator")
add("structure", "司法局的质量指标有哪些",
    names=[i["level3"] for i in T["sifaju_2026"]["indicators"] if i["level2"] == "质量指标"], scope="other",
    note="older table")
add("structure", "红会2025年哪些任务属于年度重点工作任务",
    names=[x["name"] for x in T[HH5]["tasks"] if x["section"] == KEY], scope="new", note="2025 key tasks")
add("structure", "财政局的可持续影响指标是哪个",
    names=[i["level3"] for i in T["caizhengju_2026"]["indicators"] if i["level2"] == "可持续影响"], scope="other",
    note="older table")

# ================================================================== yesno
add("yesno", "红会今年有没有安排除颤器的钱？", yesno="是", figures=[A(HH, "公共场所自动体外除颤器配置经费")],
    names=["公共场所自动体外除颤器配置经费"], scope="new", note="除颤器 → 公共场所自动体外除颤器配置经费")
tr_items = sorted(((t, x) for t in DG for x in t["tasks"] if "培训" in x["name"]), key=lambda p: p[1]["amount"])
assert tr_items[0][0]["slug"] != GX
add("yesno", "供销社的培训经费是不是东莞各部门培训经费里最少的", yesno="否",
    names=[tr_items[0][1]["name"]], figures=[Y(tr_items[0][1]["amount"])], scope="mixed",
    note=f"least 培训 item is {DEPT_OF(tr_items[0][0])}'s; 供销社 956300 is not")
add("yesno", "红会预算合计是不是比总工会多", yesno="是", figures=[W(TOT(HH)), W(TOT("zonggonghui_2026"))],
    scope="mixed", note="5200.30 > 4198.90")
add("yesno", "红会的博爱家园建设补助标准跟妇联的妇女儿童之家建设补助标准是不是一样", yesno="是",
    figures=[iv(HH, "博爱家园建设补助标准")], scope="mixed", note="both ≤10万元/个 (红会 2025 was ≤8万元/个)")
add("yesno", "红会去年是不是也有除颤器配置这笔经费", yesno="否", scope="new",
    note="2025 has no 公共场所自动体外除颤器配置经费")
add("yesno", "供销社的人是不是比科技局多", yesno="是", figures=[N(people(GX)), N(people("kejiju_2026"))],
    scope="mixed", note="74 vs 68")
add("yesno", "红十字会的受助群众满意度有没有达到92%", yesno="是", figures=[iv(HH, "受助群众满意度")], scope="new",
    note="≥92%")
add("yesno", "统计局预算合计有没有超过一个亿", yesno="否", figures=[W(TOT("tongjiju_2026"))], scope="other",
    note="9639.35 万元")
add("yesno", "气象局今年有没有防雷安全监管经费", yesno="是", figures=[A("qixiangju_2026", "防雷安全监管经费")],
    scope="other", note="older table")
add("yesno", "供销社的冷链物流骨干网建设资金是不是比林业局森林防灭火基础设施建设经费多", yesno="是",
    figures=[A(GX, "农产品冷链物流骨干网建设资金"), A("linyeju_2026", "森林防灭火基础设施建设经费")], scope="mixed",
    note="24630500 > 24630000 (by 500 元)")

# ================================================================== yoy
add("yoy", "红会预算合计比去年增长了多少？增长率呢",
    figures=[W(TOT(HH) - TOT(HH5)), P(TOT(HH) - TOT(HH5), TOT(HH5))], scope="new", note="two asks")
OLDN, NEWN = "无偿献血和造血干细胞捐献宣传动员经费", "造血干细胞捐献和无偿献血动员经费"
assert OLDN not in {x["name"] for x in T[HH]["tasks"]} and NEWN not in {x["name"] for x in T[HH5]["tasks"]}
add("yoy", "红十字会造血干细胞那项经费跟去年比增长了多少，百分之几",
    figures=[Y(amt(HH, NEWN) - amt(HH5, OLDN)), P(amt(HH, NEWN) - amt(HH5, OLDN), amt(HH5, OLDN))], scope="new",
    note=f"across the rename: 2025 {OLDN} → 2026 {NEWN}")
add("yoy", f"红会去年“{OLDN}”是多少", figures=[A(HH5, OLDN)], absent=[A(HH, NEWN)], scope="new",
    note="the 2025 name, asked by its full name")
add("yoy", "红会去年公共场所自动体外除颤器配置经费多少", expect="not_found", scope="new",
    note="the item is new in 2026; the 2025 table has no such task")
add("yoy", "气象局人员今年比去年多几个", figures=[N(people("qixiangju_2026") - people("qixiangju_2025"))],
    scope="other", note="older tables")
e26, e25 = amt(HH, "红十字应急救护培训普及经费"), amt(HH5, "红十字应急救护培训普及经费")
add("yoy", "红会应急救护培训普及经费今年比去年增加了多少", figures=[Y(e26 - e25), P(e26 - e25, e25)], scope="new",
    note="difference, then growth rate")
add("yoy", "红会的博爱家园建设补助今年是不是比去年多", yesno="是",
    figures=[A(HH, "镇街红十字博爱家园建设补助"), A(HH5, "镇街红十字博爱家园建设补助")], scope="new",
    note="3200000 vs 2800000")
add("yoy", "供销社去年预算合计多少", expect="not_found", scope="new", note="no 供销合作社 2025 table is loaded")
add("yoy", "发改局项目支出今年比去年增加了多少",
    figures=[W(B("fagaiju_2026", "项目支出") - B("fagaiju_2025", "项目支出"))], scope="other", note="older tables")
z26, z25 = amt("zonggonghui_2026", "送温暖活动经费"), amt("zonggonghui_2025", "送温暖活动经费")
add("yoy", "总工会送温暖活动经费比去年增长百分之几", figures=[P(z26 - z25, z25)], scope="other", note="older tables")

# ================================================================== typo
add("typo", "紅十字會今年預算合計多少", figures=[W(TOT(HH))], scope="new", note="traditional characters")
add("typo", "供消社冷链物流那个钱多少", figures=[A(GX, "农产品冷链物流骨干网建设资金")], scope="new",
    note="消 for 销 (homophone)")
add("typo", "红会２０２５年的财政供养人员数", figures=[N(people(HH5))], scope="new", note="full-width digits")
add("typo", "红十子会除颤器配置经费", figures=[A(HH, "公共场所自动体外除颤器配置经费")], scope="new",
    note="子 for 字")
add("typo", "供销社农资打假和质量安全宣转经费", figures=[A(GX, "农资打假和质量安全宣传经费")],
    absent=[A("zhujianju_2026", "住房保障政策宣传经费"), A("canlian_2026", "助残宣传和文体活动经费")], scope="new",
    note="转 for 传; 住建 1365800 and 残联 1365300 are look-alikes")
add("typo", "紅會和應急局的物資儲備經費各多少", figures=[A(HH, "备灾救灾物资储备经费"), A("yingji_2026", "应急物资储备经费")],
    scope="mixed", note="traditional characters; two departments")
add("typo", "衛健局家庭醫生簽約服務補助多少", figures=[A("weijianju_2026", "家庭医生签约服务补助")], scope="other",
    note="traditional characters; older table")
add("typo", "林叶局智慧林业信息化建设经费", figures=[A("linyeju_2026", "智慧林业信息化建设经费")],
    absent=[A("qixiangju_2026", "智慧气象信息化建设经费")], scope="other", note="叶 for 业; 气象 9540800 is a look-alike")
add("typo", "医宝局离休人员医疗费统筹经费", figures=[A("yibaoju_2026", "离休人员医疗费统筹经费")],
    absent=[A("canlian_2026", "残疾人托养服务专项经费")], scope="other", note="宝 for 保; 残联 12450300 is a look-alike")
add("typo", "退役军人事务局光荣院集中供养人均成本指摽", figures=[iv("tuiyijunren_2026", "光荣院集中供养人均成本")],
    scope="other", note="摽 for 标; older table")

# ================================================================== not_found
add("not_found", "红会今年的公务接待费是多少", expect="not_found", scope="new", note="not in the table")
add("not_found", "供销社2024年的预算合计", expect="not_found", scope="new", note="only 2026 is loaded")
add("not_found", "广东省红十字会预算合计多少", expect="not_found", scope="new", note="province, not loaded")
add("not_found", "东莞市总工会2024年预算合计", expect="not_found", scope="other", note="总工会 2024 not loaded")
add("not_found", "供销社下属农资公司今年营业收入多少", expect="not_found", scope="new",
    note="a subordinate company's revenue is in no table")
assert "科学技术协会" not in ALLTEXT and "科协" not in ALLTEXT
add("not_found", "科协今年预算合计多少", expect="not_found", scope="other",
    note="东莞市科学技术协会: no table (科学技术局 is another department)")
assert "侨联" not in ALLTEXT and "归国华侨" not in ALLTEXT
add("not_found", "侨联的绩效目标表有吗？预算多少", expect="not_found", scope="other", note="no 侨联 table")
add("not_found", "红会今年的钱执行了多少，进度怎么样", expect="not_found", scope="new",
    note="progress / execution is not in a target table")
add("not_found", "供销社的土地储备前期工作经费多少", expect="not_found", scope="mixed",
    note="自然资源局's item, not 供销社's (shares the word 储备)")
add("not_found", "深圳市供销合作社今年预算", expect="not_found", scope="other", note="深圳 not loaded")

# ================================================================== trap
both100 = [DEPT_OF(t) for t in DG if any(i["level3"] == "救助资金发放准确率" for i in t["indicators"])]
add("trap", "救助资金发放准确率这个指标是多少", expect="ok_or_clarify", names=both100, scope="mixed",
    note="two departments carry this exact indicator: " + ", ".join(both100))
px = [(t, i) for t in DG for i in t["indicators"] if i["level3"] == "培训学员满意度"]
add("trap", "培训学员满意度多少", expect="ok_or_clarify", names=[DEPT_OF(t) for t, _ in px], scope="mixed",
    note="same indicator name, different values: " + ", ".join(f"{DEPT_OF(t)} {i['annual_value']}" for t, i in px))
c110 = [(t, i) for t in DG for i in t["indicators"] if i["annual_value"] == "≤110元/吨·年"]
add("trap", "≤110元/吨·年这个标准是哪个部门的", expect="ok_or_clarify", names=[DEPT_OF(t) for t, _ in c110],
    scope="mixed", note="two 2026 departments: " + ", ".join(f"{DEPT_OF(t)} {i['level3']}" for t, i in c110))
add("trap", "供销社的保供稳价补助多少钱", figures=[A(GX, "农资商品储备和保供稳价补贴")],
    names=["农资商品储备和保供稳价补贴"], absent=[A("fagaiju_2026", "重要民生商品保供稳价补助")], scope="mixed",
    note="发改 has 重要民生商品保供稳价补助 (5860500); 供销社's item with 保供稳价 is 12386800")
add("trap", "发改局保供稳价那笔钱多少", figures=[A("fagaiju_2026", "重要民生商品保供稳价补助")],
    absent=[A(GX, "农资商品储备和保供稳价补贴"), A(GX, "消费帮扶和农产品产销对接经费")], scope="mixed",
    note="发改 2026; 供销社 12386800 (same words) and 5860300 (look-alike amount) must not be given")
add("trap", "红会的应急物资储备经费多少", figures=[A(HH, "备灾救灾物资储备经费")], names=["备灾救灾物资储备经费"],
    absent=[A("yingji_2026", "应急物资储备经费")], scope="mixed",
    note="红会's stockpile item is 备灾救灾物资储备经费; 应急局's 应急物资储备经费 18725000 is not 红会's")
add("trap", "防汛物资调拨响应时间是多少", figures=[iv("shuiwuju_2026", "防汛物资调拨响应时间")],
    names=["水务局"], absent=[iv(HH, "救灾物资调拨响应时间")], scope="mixed",
    note="水务局's indicator; 红会 救灾物资调拨响应时间 ≤4小时 is another one")
add("trap", "供销社“农产品网络零售额”年度目标是3.2亿吗", yesno="否", figures=[iv(GX, "农产品网络零售额")],
    scope="new", note="annual ≥12亿元; 3.2亿元 is the goal's 对口帮扶 sales, not this indicator")
add("trap", "残联的人道救助资金多少", expect="not_found", scope="mixed",
    note="人道救助和困难群众帮扶资金 is 红十字会's; 残联 has no such item")
add("trap", "红会遗体和器官捐献志愿登记人数今年指标多少", figures=[iv(HH, "遗体和器官捐献志愿登记人数")],
    absent=[prose(HH, "4.2万人")], scope="new",
    note="annual ≥2000人; the goal's 累计约4.2万人 is not the indicator")


# ------------------------------------------------------------------ write and count
def main() -> None:
    ids = [x["id"] for x in LINES]
    assert len(LINES) == 160, len(LINES)
    assert ids == [f"b15-{n:03d}" for n in range(1, 161)]
    for n, x in enumerate(LINES):
        if x["followup_of"]:
            assert x["followup_of"] == LINES[n - 1]["id"]
        if x["expect"] == "ok":
            assert x["figures"] or x["names"] or x["yesno"], x["id"]
    OUT.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in LINES), encoding="utf-8")
    print(f"written {OUT} ({len(LINES)} lines)")
    sc = Counter(SCOPE.values())
    print("scope:", dict(sc))
    cats = ["item_money", "indicator", "overview", "prose", "filter", "count", "aggregate", "ranking", "compare",
            "structure", "yesno", "yoy", "typo", "not_found", "trap", "followup"]
    print("| category | total | ok | not_found | clarify | ok_or_clarify |")
    print("| --- | --- | --- | --- | --- | --- |")
    for c in cats + ["total"]:
        xs = [x for x in LINES if c in ("total", x["category"])]
        e = Counter(x["expect"] for x in xs)
        print(f"| {c} | {len(xs)} | {e['ok']} | {e['not_found']} | {e['clarify']} | {e['ok_or_clarify']} |")


if __name__ == "__main__":
    main()
