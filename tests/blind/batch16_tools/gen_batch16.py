"""Write tests/blind/batch_16.jsonl: 160 blind questions over the batch-16 tables (民宗局 2026 / 2025,
市科协 2026) mixed with the tables loaded before.

Every figure is computed here from the tables (Decimal, ROUND_HALF_UP), never typed; every prose figure is
asserted to occur in the named table's goals and in none of its tasks / indicators; every `absent` is a real
value of some table and not a figure of its line; no filter threshold equals a value it filters. Each line
also carries a scope (new: the new tables only; mixed: new tables with others or all departments; other:
older tables or tables not loaded), printed with the counts table at the end (not written to the file).

Today is 2026-12-01: 今年 = 2026, 去年 = 2025, no year = 2026.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import truth16 as T  # noqa: E402
from truth16 import D, dg2026, pct, q2, total, wan, yuan, yuan2  # noqa: E402

TB = T.load()
OUT = HERE.parent / "batch_16.jsonl"

MZ, MZ5, KX = "minzongju_2026", "minzongju_2025", "kexie_2026"
KJ, KJ5 = "kejiju_2026", "kejiju_2025"
KEY, OTHER = "年度重点工作任务", "其他需完成的任务"


# ---------------------------------------------------------------- look-ups
def tk(slug, name):
    return T.task(TB[slug], name)


def amt(slug, name) -> Decimal:
    return tk(slug, name)["amount"]


def Y(slug, name) -> str:
    return yuan(amt(slug, name))


def B(slug, line) -> Decimal:
    return TB[slug]["budget"][line]


def BW(slug, line) -> str:
    return wan(B(slug, line))


def TOT(slug) -> str:
    return wan(total(TB[slug]))


def IA(slug, name) -> str:
    return T.indicator(TB[slug], name)["annual_value"]


def IP(slug, name) -> str:
    return T.indicator(TB[slug], name)["period_value"]


def people(slug) -> int:
    return TB[slug]["basic_info"]["财政供养人员数"]


def units(slug) -> int:
    return TB[slug]["basic_info"]["下属二级单位数"]


def N(n) -> str:
    return f"#{n}"


def ratio(a, b) -> str:
    return str(q2(D(a) / D(b)))


def names_of(slug, section=None):
    return [x["name"] for x in TB[slug]["tasks"] if section is None or x["section"] == section]


def stem(dept: str) -> str:
    return dept[3:] if dept.startswith("东莞市") else dept


def prose(slug, phrase) -> str:
    """A goal-only fact: in the goals of ``slug`` and in none of its tasks / indicators."""
    t = TB[slug]
    assert any(phrase in g for g in t["goals"]), (slug, phrase)
    rest = json.dumps([[x["name"], x["content"], x["expected"]] for x in t["tasks"]]
                      + [[i["level3"], i["period_value"], i["annual_value"]] for i in t["indicators"]],
                      ensure_ascii=False)
    assert phrase not in rest, (slug, phrase, "also outside the goals")
    return phrase


DG = sorted(dg2026(TB), key=lambda t: -total(t))
assert len(DG) == 33, len(DG)


def dg_tasks():
    return [(t, x) for t in DG for x in t["tasks"]]


def filt_amount(rows, lo=None, hi=None, lo_incl=False, hi_incl=False):
    """Rows with lo < a < hi (or inclusive); asserts no amount sits on a bound."""
    out = []
    for t, x in rows:
        a = x["amount"]
        for bound in (lo, hi):
            assert bound is None or a != bound, ("threshold equals a value", x["name"], a)
        if lo is not None and not (a >= lo if lo_incl else a > lo):
            continue
        if hi is not None and not (a <= hi if hi_incl else a < hi):
            continue
        out.append((t, x))
    return out


def real_value(v: str) -> bool:
    for t in TB.values():
        vals = {yuan(x["amount"]) for x in t["tasks"]} | {wan(v2) for v2 in t["budget"].values()}
        vals |= {wan(v2) for v2 in t.get("funds", {}).values()}
        if t["budget"] and "基本支出" in t["budget"]:
            vals.add(wan(total(t)))
        vals |= {i["annual_value"] for i in t["indicators"]} | {i["period_value"] for i in t["indicators"]}
        vals |= {f"#{n}" for n in t.get("basic_info", {}).values()}
        if v in vals or (not v[0].isdigit() or "万" in v or "亿" in v) and any(v in g for g in t["goals"]):
            return True  # a stored value, or a goal's phrase
    return False


# ---------------------------------------------------------------- the questions
ROWS: list[dict] = []


def Q(cat, q, figures=(), names=(), yesno=None, absent=(), expect="ok", note="", scope="new", follow=False):
    n = len(ROWS) + 1
    rid = f"b16-{n:03d}"
    if follow:
        assert ROWS, "a follow-up needs a line before it"
        cat = "followup"
    figures, names, absent = list(figures), list(names), list(absent)
    assert expect == "ok" or not figures and yesno is None, rid
    for a in absent:
        assert a not in figures, (rid, a)
        assert real_value(a), (rid, "absent is no value of any table", a)
    ROWS.append({"id": rid, "q": q, "category": cat, "expect": expect, "figures": figures, "names": names,
                 "yesno": yesno, "absent": absent, "followup_of": ROWS[-1]["id"] if follow else None,
                 "note": note, "_scope": scope})
    return rid


# ============================================================== item_money
Q("item_money", "民宗局今年搞民族团结进步创建那块，钱批了多少？",
  [Y(MZ, "民族团结进步创建工作经费")], ["民族团结进步创建工作经费"],
  absent=[Y("gongxiaoshe_2026", "农民专业合作社培育扶持经费"), Y("chengguan_2026", "生活垃圾分类宣传督导经费")],
  note="民宗局 2026 key task; 供销 4860300 / 城管 4860000 are look-alikes")
Q("item_money", "市科协的科技馆运行经费是多少啊", [Y(KX, "东莞科技馆运行和展教经费")], ["东莞科技馆运行和展教经费"],
  absent=[Y("wenguangluti_2026", "公共图书馆运行经费")], note="科协 key task; 文广 公共图书馆运行经费 26430000 look-alike")
Q("followup", "占它项目支出多大比例",
  [pct(amt(KX, "东莞科技馆运行和展教经费") * 100 / (B(KX, "项目支出") * 10000))],
  follow=True, note="26430600 元 / 项目支出 7236.84 万元 (72368400 元)")
Q("item_money", "科协院士工作站那个项目安排了多少钱", [Y(KX, "院士工作站和学会创新驱动服务经费")],
  ["院士工作站和学会创新驱动服务经费"], absent=[Y(KJ, "科技特派员工作经费")],
  note="科协; 科技局 科技特派员工作经费 8500000 is 700 元 away")
Q("item_money", "想问下民宗局宗教活动场所安全整治的补助有多少，算重点任务吗",
  [Y(MZ, "宗教活动场所安全隐患整治补助")], ["宗教活动场所安全隐患整治补助", KEY],
  absent=[Y("gongxiaoshe_2026", "再生资源回收体系建设补助")], note="two asks: amount and section (key task)")
Q("item_money", "那个宗教界人士的培训费，民宗局的，多少钱？", [Y(MZ, "宗教界人士教育培训经费")],
  ["宗教界人士教育培训经费"], absent=[Y("fulian_2026", "妇女干部和执委培训经费"), Y("qixiangju_2026", "气象科普宣传经费")],
  note="865400; 妇联 865300 / 气象 865600 look-alikes")
Q("item_money", "湛江交通局2025年农村公路建设投了多少", [Y("zhanjiang_2025", "农村公路建设")], ["农村公路建设"],
  scope="other")
Q("item_money", "医保局离休人员医疗费统筹那笔钱多少", [Y("yibaoju_2026", "离休人员医疗费统筹经费")],
  ["离休人员医疗费统筹经费"], absent=[Y("canlian_2026", "残疾人托养服务专项经费")], scope="other")
Q("item_money", "人社局劳动人事争议仲裁那块经费是多少呀", [Y("renshe_2026", "劳动人事争议仲裁经费")],
  ["劳动人事争议仲裁经费"], scope="other")
Q("item_money", "住建局既有住宅加装电梯补助今年安排多少", [Y("zhujianju_2026", "既有住宅加装电梯补助")],
  ["既有住宅加装电梯补助"], scope="other")
Q("item_money", "民宗局和科协的信息化经费分别是多少",
  [Y(MZ, "民族宗教事务信息化建设经费"), Y(KX, "科普信息化和数字科技馆建设经费")],
  ["民族宗教事务信息化建设经费", "科普信息化和数字科技馆建设经费"],
  absent=[Y("gongxiaoshe_2026", "供销合作社信息化建设经费"), Y("canlian_2026", "残疾人智慧服务信息化建设经费")],
  note="民宗局 first; 供销 2458300 / 残联 4568300 look-alikes")

# ============================================================== indicator
Q("indicator", "科协今年举办科普活动的指标定的多少场", [IA(KX, "举办科普活动")], ["举办科普活动"],
  absent=[IA(KJ, "举办科普活动")], note="科协 ≥300场; 科技局 has the same indicator name with ≥200场")
Q("followup", "科技局的呢", [IA(KJ, "举办科普活动")], ["举办科普活动"], absent=[IA(KX, "举办科普活动")],
  follow=True, scope="mixed", note="科技局 2026 ≥200场")
Q("indicator", "民宗局整治宗教活动场所安全隐患，今年的年度指标是多少处", [IA(MZ, "整治宗教活动场所安全隐患")],
  ["整治宗教活动场所安全隐患"], note="annual ≥80处 (period ≥240处)")
Q("indicator", "民宗局创建民族团结进步示范单位，整个实施周期的目标值是多少", [IP(MZ, "创建民族团结进步示范单位")],
  ["创建民族团结进步示范单位"], note="period ≥45个 (annual ≥15个)")
Q("indicator", "科技馆一年要接待多少观众，科协定的年度指标", [IA(KX, "科技馆接待观众")], ["科技馆接待观众"],
  note="annual ≥120万人次 (period ≥360万人次); the goal's 累计1500万人次 is another thing")
Q("indicator", "民宗局矛盾纠纷处置的响应时间要求多久", [IA(MZ, "矛盾纠纷处置响应时间")], ["矛盾纠纷处置响应时间"],
  absent=[IA(MZ5, "矛盾纠纷处置响应时间")], note="2026 ≤24小时 (2025 ≤48小时)")
assert IA(KX, "科普阵地建设补助标准") == IA("sifaju_2026", "司法所规范化建设补助标准")
Q("indicator", "科协的科普阵地建设补助标准，跟司法局司法所规范化建设的补助标准是一样的吗",
  [IA(KX, "科普阵地建设补助标准")], ["科普阵地建设补助标准"], yesno="是", scope="mixed",
  note="both ≤20万元/个")
Q("indicator", "公安局监管场所安全事故指标定的是多少", [IA("gonganju_2026", "监管场所安全事故")], ["监管场所安全事故"],
  scope="other")
Q("indicator", "应急指挥信息化平台建设项目，使用单位满意度目标", [IA("yingji_xinxihua_2026", "使用单位满意度")],
  ["使用单位满意度"], scope="other", note="project table")
Q("indicator", "水务局防汛物资调拨要多长时间响应", [IA("shuiwuju_2026", "防汛物资调拨响应时间")],
  ["防汛物资调拨响应时间"], scope="other")
sat = [i["level3"] for i in TB["weijianju_2026"]["indicators"] if i["level1"] == "满意度指标"]
Q("count", "卫健局今年的满意度指标有几个，分别叫什么", [N(len(sat))], sat, scope="other")
Q("indicator", "科技局科技特派员服务响应时间是怎么要求的", [IA(KJ, "科技特派员服务响应时间")],
  ["科技特派员服务响应时间"], scope="other")

# ============================================================== overview
Q("overview", "民宗局今年预算总共多少", [TOT(MZ)], note="预算合计 = 基本 + 项目 + 其他事业发展性")
Q("followup", "去年呢", [TOT(MZ5)], follow=True)
Q("followup", "涨了多少", [wan(total(TB[MZ]) - total(TB[MZ5])), pct((total(TB[MZ]) - total(TB[MZ5])) * 100 / total(TB[MZ5]))],
  follow=True, note="difference first, then the growth rate")
Q("overview", "科协的基本支出和项目支出各是多少", [BW(KX, "基本支出"), BW(KX, "项目支出")],
  absent=[BW(KJ, "基本支出"), BW(KJ, "项目支出")], note="科协, not 科技局")
Q("overview", "科协财政拨款多少？其他资金呢", [BW(KX, "财政拨款"), BW(KX, "其他资金")],
  absent=[BW(KJ, "财政拨款"), BW(KJ, "其他资金")])
Q("overview", "民宗局下面有几个二级单位，财政供养多少人", [N(units(MZ)), N(people(MZ))])
Q("overview", "城管局下属二级单位有几个", [N(units("chengguan_2026"))], scope="other")
Q("overview", "民宗局、总工会、红会三家的财政供养人员各多少",
  [N(people(MZ)), N(people("zonggonghui_2026")), N(people("hongshizihui_2026"))], ["总工会", "红十字会"], scope="mixed")
Q("overview", "民宗局2025年市本级使用资金是多少", [BW(MZ5, "市本级使用资金")], absent=[BW(MZ, "市本级使用资金")])
Q("overview", "统计局的财政专项资金多少万", [BW("tongjiju_2026", "财政专项资金")], scope="other")
Q("overview", "气象局去年预算合计多少", [TOT("qixiangju_2025")], absent=[TOT("qixiangju_2026")], scope="other")
Q("structure", "交通局的生态效益指标是哪个", [],
  [i["level3"] for i in TB["jiaotongju_2026"]["indicators"] if i["level2"] == "生态效益"], scope="other")
Q("overview", "科技局去年的财政拨款是多少", [BW(KJ5, "财政拨款")], scope="other")

# ============================================================== prose
Q("prose", "民宗局的材料里说全市累计命名了多少个民族团结进步示范单位", [prose(MZ, "260个")],
  absent=[IA(MZ, "创建民族团结进步示范单位")], note="goal: 累计约260个; the indicator ≥15个 is the yearly creation")
Q("followup", "去年那张表里写的是多少", [prose(MZ5, "230个")], follow=True, note="2025 goal: 约230个")
Q("prose", "科协科技馆开馆到现在一共接待了多少观众", [prose(KX, "1500万人次")],
  absent=[IA(KX, "科技馆接待观众")], note="goal: 累计超过1500万人次; the indicator ≥120万人次 is one year")
Q("prose", "东莞常住少数民族人口大概有多少", [prose(MZ, "52万人")], note="民宗局 2026 goal (2025: 约50万人)")
Q("prose", "民宗局今年安全隐患整治资金，目标里写的约多少万", [prose(MZ, "368万元")],
  note="goal 约368万元; the task amount is 3680700元 (368.07万元)")
Q("prose", "住建局今年要筹集建设多少保障性租赁住房", [prose("zhujianju_2026", "1.5万套")], scope="other")
Q("prose", "审计局大数据审计要归集多少条业务数据", [prose("shenjiju_2026", "1.2亿条")],
  absent=[prose("shenjiju_2025", "8000万条")], scope="other", note="2026 goal (2025: 约8000万条)")
Q("prose", "科协那边科普教育基地累计建成多少个", [prose(KX, "138个")],
  note="goal 138个; the indicator 建设镇街科普阵地 (≥32个 a year) is another count")
Q("prose", "应急管理局专职救援队员总数要达到多少人", [prose("yingji_2026", "1200人")], scope="other")
Q("prose", "文广旅体局今年新建城市阅读空间几个", [prose("wenguangluti_2026", "15个")], scope="other")
Q("prose", "总工会今年公益培训项目投入的工会资金是多少", [prose("zonggonghui_2026", "264.9万元")], scope="other", note="goal: 工会资金264.9万元 (财政资金94.87万元)")

# ============================================================== filter
rows = filt_amount([(TB[MZ], x) for x in TB[MZ]["tasks"]], lo=D(2000000))
Q("filter", "民宗局哪些经费超过两百万", [], [x["name"] for _, x in rows], note="> 2000000 元, strict")
rows = filt_amount([(TB[KX], x) for x in TB[KX]["tasks"]], hi=D(1500000))
Q("filter", "科协里面不到一百五十万的项目有哪几个", [], [x["name"] for _, x in rows], note="< 1500000 元")
Q("filter", "科协名字里带“科普”的经费帮我列一下", [], [x for x in names_of(KX) if "科普" in x])
Q("filter", "民宗局哪几个指标年度值和实施周期值不一样",
  [], [i["level3"] for i in TB[MZ]["indicators"] if i["annual_value"] != i["period_value"]])
rows = filt_amount(dg_tasks(), lo=D(850000), hi=D(900000), lo_incl=True, hi_incl=True)
Q("filter", "今年东莞各部门，金额在八十五万到九十万之间的经费有哪些", [], [x["name"] for _, x in rows],
  scope="mixed", note="850000 ≤ a ≤ 900000 over the 33 东莞 2026 tables")
Q("filter", "预算合计不到五千万的部门有哪些", [],
  [stem(t["department"]) for t in DG if total(t) < 5000], scope="mixed", note="< 5000 万元")
rows = filt_amount([(TB["weijianju_2026"], x) for x in TB["weijianju_2026"]["tasks"]], lo=D(50000000))
Q("filter", "卫健局今年哪些经费超过五千万", [], [x["name"] for _, x in rows], scope="other")
rows = filt_amount([(TB["wenguangluti_2026"], x) for x in TB["wenguangluti_2026"]["tasks"]],
                   lo=D(10000000), hi=D(20000000), lo_incl=True, hi_incl=True)
Q("filter", "文广旅体局哪些经费在一千万到两千万之间", [], [x["name"] for _, x in rows], scope="other")
Q("filter", "科协和科技局的满意度指标都有哪些",
  [], [i["level3"] for s in (KX, KJ) for i in TB[s]["indicators"] if i["level1"] == "满意度指标"], scope="mixed")
rows = filt_amount([(TB[KJ], x) for x in TB[KJ]["tasks"]], hi=D(10000000))
Q("filter", "科技局哪些任务不到一千万", [], [x["name"] for _, x in rows], scope="other")

# ============================================================== count
Q("count", "民宗局今年一共几项任务？重点的有几项",
  [N(len(TB[MZ]["tasks"])), N(len(names_of(MZ, KEY)))])
Q("followup", "其中钱最少的是哪个", [Y(MZ, "宗教界人士教育培训经费")], ["宗教界人士教育培训经费"], follow=True,
  absent=[Y("fulian_2026", "妇女干部和执委培训经费")])
assert min(x["amount"] for x in TB[MZ]["tasks"]) == amt(MZ, "宗教界人士教育培训经费")
Q("count", "科协的绩效指标总共多少条", [N(len(TB[KX]["indicators"]))])
Q("count", "今年东莞一共有多少个部门报了部门整体绩效目标表", [N(len(DG))], scope="mixed")
few = [t for t in DG if people(t["slug"]) < 50]
Q("count", "今年财政供养人员不到五十人的部门有几个", [N(len(few))], [stem(t["department"]) for t in few], scope="mixed")
small = [t for t in DG if total(t) < 10000]
Q("count", "预算合计在一个亿以下的部门有多少个", [N(len(small))], scope="mixed", note="< 10000 万元")
Q("count", "湛江市农业农村局2024年有几项任务", [N(len(TB["zhanjiang_2024_unseen"]["tasks"]))], scope="other")
Q("count", "应急局的数量指标有几个",
  [N(sum(1 for i in TB["yingji_2026"]["indicators"] if i["level2"] == "数量指标"))], scope="other")
Q("count", "科技局和科协加一起有多少项任务", [N(len(TB[KJ]["tasks"]) + len(TB[KX]["tasks"]))], scope="mixed")
Q("count", "广州市教育局有多少个绩效指标", [N(len(TB["guangzhou_jiaoyuju_2026"]["indicators"]))], scope="other")

# ============================================================== aggregate
SUM = {s: sum(x["amount"] for x in TB[s]["tasks"]) for s in (MZ, MZ5, KX)}
Q("aggregate", "民宗局今年所有任务加起来多少钱", [yuan(SUM[MZ])])
Q("followup", "那科协的呢", [yuan(SUM[KX])], follow=True)
Q("aggregate", "科协三个重点任务合计多少", [yuan(sum(amt(KX, n) for n in names_of(KX, KEY)))], names_of(KX, KEY))
Q("aggregate", "民宗局两个培训经费，再加上妇联的干部培训费，一共多少",
  [yuan(amt(MZ, "民族宗教干部业务培训经费") + amt(MZ, "宗教界人士教育培训经费")
        + amt("fulian_2026", "妇女干部和执委培训经费"))],
  ["民族宗教干部业务培训经费", "宗教界人士教育培训经费", "妇女干部和执委培训经费"], scope="mixed")
Q("aggregate", "民宗局和科协两家的预算合计加起来", [wan(total(TB[MZ]) + total(TB[KX]))], scope="new")
Q("aggregate", "今年东莞所有部门预算合计总数是多少", [wan(sum(total(t) for t in DG))], scope="mixed",
  note="the 33 东莞 2026 部门整体 tables")
Q("aggregate", "民宗局、科协、红会三家拟用于对下转移支付的资金加起来",
  [wan(sum(B(s, "拟用于对下转移支付资金") for s in (MZ, KX, "hongshizihui_2026")))], scope="mixed")
Q("aggregate", "交通局公交线路运营补贴和出租车油价补贴合起来多少",
  [yuan(amt("jiaotongju_2026", "公交线路运营补贴") + amt("jiaotongju_2026", "出租车行业油价补贴"))], scope="other")
Q("aggregate", "科协的科普日和科技活动周经费，加上科技局的科普活动经费，一共多少",
  [yuan(amt(KX, "全国科普日和科技活动周经费") + amt(KJ, "科普活动经费"))], scope="mixed")
Q("aggregate", "气象局两年的业务人员培训经费合计",
  [yuan(amt("qixiangju_2026", "气象业务人员培训经费") + amt("qixiangju_2025", "气象业务人员培训经费"))], scope="other")
Q("aggregate", "总工会两年送温暖经费一共多少",
  [yuan(amt("zonggonghui_2026", "送温暖活动经费") + amt("zonggonghui_2025", "送温暖活动经费"))], scope="other")

# ============================================================== ranking
mz_sorted = sorted(TB[MZ]["tasks"], key=lambda x: -x["amount"])
Q("ranking", "民宗局哪项经费最多", [yuan(mz_sorted[0]["amount"])], [mz_sorted[0]["name"]])
Q("followup", "第二个呢", [yuan(mz_sorted[1]["amount"])], [mz_sorted[1]["name"]], follow=True)
Q("followup", "它属于重点任务吗", [], [KEY], yesno="是" if mz_sorted[1]["section"] == KEY else "否", follow=True)
kx_min = min(TB[KX]["tasks"], key=lambda x: x["amount"])
Q("ranking", "科协最少的一项任务是哪个", [yuan(kx_min["amount"])], [kx_min["name"]])
low3 = sorted(DG, key=total)[:3]
Q("ranking", "今年预算合计最少的三个部门，从少到多排一下", [wan(total(t)) for t in low3],
  [stem(t["department"]) for t in low3], scope="mixed")
fewest = min(DG, key=lambda t: people(t["slug"]))
Q("ranking", "财政供养人员最少的是哪个部门", [N(people(fewest["slug"]))], [stem(fewest["department"])], scope="mixed")
pos = [t["slug"] for t in DG].index(KX) + 1
Q("ranking", "科协的预算在东莞各部门里从多到少排第几", [N(pos)], ["科学技术协会"], scope="mixed",
  note=f"of {len(DG)}")
xc = [(t, x) for t, x in dg_tasks() if "宣传" in x["name"]]
t0, x0 = min(xc, key=lambda p: p[1]["amount"])
Q("ranking", "各部门名字带“宣传”的经费，今年最少的是哪个", [yuan(x0["amount"])], [x0["name"]],
  absent=[Y(MZ, "民族宗教政策法规宣传经费")], scope="mixed")
pc = [(t, x) for t, x in dg_tasks() if "培训" in x["name"]]
t0, x0 = min(pc, key=lambda p: p[1]["amount"])
assert t0["slug"] == "fulian_2026"
Q("ranking", "今年所有部门的培训经费里哪个最少", [yuan(x0["amount"])], [x0["name"]],
  absent=[Y(MZ, "宗教界人士教育培训经费")], scope="mixed", note="妇联 865300, 100 元 below 民宗局 865400")
sw = sorted(TB["shuiwuju_2026"]["tasks"], key=lambda x: -x["amount"])[:3]
Q("ranking", "水务局经费从多到少前三是哪些", [yuan(x["amount"]) for x in sw], [x["name"] for x in sw], scope="other")
of3 = sorted(DG, key=lambda t: t["budget"]["其他资金"])[:3]
Q("ranking", "其他资金最少的三个部门", [wan(t["budget"]["其他资金"]) for t in of3],
  [stem(t["department"]) for t in of3], scope="mixed")
kjmax = max(TB[KJ]["tasks"], key=lambda x: x["amount"])
Q("ranking", "科技局经费最多的一项", [yuan(kjmax["amount"])], [kjmax["name"]], scope="other")

# ============================================================== compare
Q("compare", "科协和科技局今年预算谁多，差多少", [wan(total(TB[KJ]) - total(TB[KX])), TOT(KJ), TOT(KX)],
  ["科学技术局"], scope="mixed")
Q("followup", "人数呢", [N(people(KJ) - people(KX)), N(people(KJ)), N(people(KX))], ["科学技术局"], follow=True,
  scope="mixed")
Q("compare", "民宗局跟总工会比，哪个预算合计大？差额多少",
  [wan(total(TB["zonggonghui_2026"]) - total(TB[MZ])), TOT("zonggonghui_2026"), TOT(MZ)], ["总工会"], scope="mixed")
Q("compare", "科协科技馆运行经费和文广局公共图书馆运行经费差多少",
  [yuan(amt(KX, "东莞科技馆运行和展教经费") - amt("wenguangluti_2026", "公共图书馆运行经费")),
   Y(KX, "东莞科技馆运行和展教经费"), Y("wenguangluti_2026", "公共图书馆运行经费")], scope="mixed")
Q("compare", "民宗局的宗教界人士培训费和妇联的干部培训费差多少",
  [yuan(amt(MZ, "宗教界人士教育培训经费") - amt("fulian_2026", "妇女干部和执委培训经费")),
   Y(MZ, "宗教界人士教育培训经费"), Y("fulian_2026", "妇女干部和执委培训经费")], scope="mixed")
Q("compare", "科协院士工作站经费和科技局科技特派员经费哪个高，高多少",
  [yuan(amt(KX, "院士工作站和学会创新驱动服务经费") - amt(KJ, "科技特派员工作经费")),
   Y(KX, "院士工作站和学会创新驱动服务经费"), Y(KJ, "科技特派员工作经费")],
  ["院士工作站和学会创新驱动服务经费"], scope="mixed")
Q("compare", "民宗局的预算合计和商务局的基本支出差多少", [wan(total(TB[MZ]) - B("shangwuju_2026", "基本支出")),
                                          TOT(MZ), BW("shangwuju_2026", "基本支出")], scope="mixed")
Q("compare", "民宗局和红会的其他资金，谁多", [wan(B("hongshizihui_2026", "其他资金") - B(MZ, "其他资金")),
                                   BW("hongshizihui_2026", "其他资金"), BW(MZ, "其他资金")],
  ["红十字会"], scope="mixed")
Q("compare", "卫健局和民政局今年项目支出相差多少",
  [wan(B("weijianju_2026", "项目支出") - B("minzhengju_2026", "项目支出"))], scope="other")
Q("compare", "人社局就业创业补贴是职业技能提升行动经费的多少倍",
  [ratio(amt("renshe_2026", "就业创业补贴资金"), amt("renshe_2026", "职业技能提升行动经费"))], scope="other")
Q("compare", "科协的财政拨款和统计局比哪个多", [wan(B("tongjiju_2026", "财政拨款") - B(KX, "财政拨款")),
                                    BW("tongjiju_2026", "财政拨款"), BW(KX, "财政拨款")], ["统计局"], scope="mixed")

# ============================================================== structure
Q("structure", "民宗局的效益指标下面分了哪几类",
  [], list(dict.fromkeys(i["level2"] for i in TB[MZ]["indicators"] if i["level1"] == "效益指标")))
Q("structure", "科协的重点工作任务是哪几个", [], names_of(KX, KEY))
Q("structure", "民宗局的时效指标有哪些", [], [i["level3"] for i in TB[MZ]["indicators"] if i["level2"] == "时效指标"])
ii = T.indicator(TB["qixiangju_2026"], "暴雨预警提前量")
Q("structure", "“暴雨预警提前量”在气象局表里属于哪一类指标", [], [ii["level1"], ii["level2"]], scope="other")
Q("structure", "医保局药品耗材集中带量采购工作经费是重点任务还是其他任务",
  [], [tk("yibaoju_2026", "药品耗材集中带量采购工作经费")["section"]], scope="other")
Q("structure", "民宗局2025年的重点任务有哪些", [], names_of(MZ5, KEY))
Q("structure", "“补助资金拨付”这个指标，今年哪些部门有",
  [], [stem(t["department"]) for t in DG if any(i["level3"] == "补助资金拨付" for i in t["indicators"])],
  scope="mixed")
Q("structure", "统计局质量指标有哪几个", [],
  [i["level3"] for i in TB["tongjiju_2026"]["indicators"] if i["level2"] == "质量指标"], scope="other")
Q("structure", "气象局2025年效益指标下是哪几个二级指标", [],
  list(dict.fromkeys(i["level2"] for i in TB["qixiangju_2025"]["indicators"] if i["level1"] == "效益指标")),
  scope="other")

# ============================================================== yesno
Q("yesno", "民宗局今年是不是有宗教活动场所安全隐患整治补助？", [Y(MZ, "宗教活动场所安全隐患整治补助")],
  ["宗教活动场所安全隐患整治补助"], yesno="是")
Q("yesno", "科协有没有科技特派员工作经费", [], [], yesno="否", absent=[Y(KJ, "科技特派员工作经费")],
  note="科技特派员工作经费 is 科技局's; 科协 has no such item")
assert total(TB[KX]) < total(TB["tongjiju_2026"])
Q("yesno", "科协预算合计超过统计局了吗", [TOT(KX), TOT("tongjiju_2026")], ["统计局"], yesno="否", scope="mixed")
Q("yesno", "财政局预算单位满意度是不是90%以上", [IA("caizhengju_2026", "预算单位满意度")], ["预算单位满意度"],
  yesno="是", scope="other")
assert min(DG, key=total)["slug"] == MZ
Q("yesno", "民宗局是不是今年东莞预算最少的部门", [TOT(MZ)], yesno="是", scope="mixed")
assert amt(MZ, "宗教界人士教育培训经费") != 865000
Q("yesno", "民宗局宗教界人士教育培训经费是86.5万吗", [Y(MZ, "宗教界人士教育培训经费")], yesno="否",
  absent=[Y("tongjiju_2026", "统计法治宣传经费")], note="865400 元 = 86.54 万; 865000 is 统计局's 统计法治宣传经费")
Q("yesno", "公安局有没有禁毒宣传教育经费", [Y("gonganju_2026", "禁毒宣传教育经费")], ["禁毒宣传教育经费"], yesno="是",
  absent=[Y(MZ, "少数民族传统节庆和文化交流活动经费")], scope="other")
assert people(KX) > people("fulian_2026")
Q("yesno", "科协的人是不是比妇联多", [N(people(KX)), N(people("fulian_2026"))], ["妇女联合会"], yesno="是",
  scope="mixed")
Q("yesno", "交通局公交准点率指标是不是90%以上", [IA("jiaotongju_2026", "公交准点率")], ["公交准点率"], yesno="是",
  scope="other")
Q("yesno", "科技局有没有科普活动经费", [Y(KJ, "科普活动经费")], ["科普活动经费"], yesno="是",
  absent=[Y(KX, "全国科普日和科技活动周经费")], scope="mixed")

# ============================================================== yoy
a6, a5 = amt(MZ, "民族团结进步创建工作经费"), amt(MZ5, "民族团结进步创建工作经费")
Q("yoy", "民宗局民族团结进步创建经费比去年涨了多少，增幅多少", [yuan(a6 - a5), pct((a6 - a5) * 100 / a5)],
  ["民族团结进步创建工作经费"])
Q("yoy", "发改局市级储备粮保管费用补贴标准去年和今年分别多少",
  [IA("fagaiju_2025", "市级储备粮保管费用补贴标准"), IA("fagaiju_2026", "市级储备粮保管费用补贴标准")],
  ["市级储备粮保管费用补贴标准"], scope="other")
Q("yoy", "民宗局今年任务里哪个是新加的", [], sorted(set(names_of(MZ)) - set(names_of(MZ5))))
Q("yoy", "民宗局今年去掉了哪项去年的经费", [], sorted(set(names_of(MZ5)) - set(names_of(MZ))))
Q("yoy", "去年民宗局宗教场所安全整治补助安排了多少", expect="not_found",
  absent=[Y(MZ, "宗教活动场所安全隐患整治补助")], note="the item is new in 2026; 2025 has none")
Q("yoy", "民宗局民族宗教理论政策研究经费今年多少", expect="not_found",
  absent=[Y(MZ5, "民族宗教理论政策研究经费")], note="dropped in 2026")
Q("yoy", "民宗局矛盾纠纷处置响应时间去年是多少小时，今年呢",
  [IA(MZ5, "矛盾纠纷处置响应时间"), IA(MZ, "矛盾纠纷处置响应时间")], ["矛盾纠纷处置响应时间"])
HS, HS5 = "hongshizihui_2026", "hongshizihui_2025"
Q("yoy", "红会和民宗局的预算合计，今年各比去年涨了多少",
  [wan(total(TB[HS]) - total(TB[HS5])), wan(total(TB[MZ]) - total(TB[MZ5]))], ["红十字会", "民族宗教事务局"],
  scope="mixed", note="红会 first, as asked")
k6, k5 = amt(KJ, "科普活动经费"), amt(KJ5, "科普活动经费")
Q("yoy", "科技局科普活动经费今年比去年增加多少", [yuan(k6 - k5), pct((k6 - k5) * 100 / k5)],
  absent=[Y(KX, "全国科普日和科技活动周经费")], scope="other")
Q("yoy", "审计局今年人比去年多几个", [N(people("shenjiju_2026") - people("shenjiju_2025"))], scope="other")

# ============================================================== typo
Q("typo", "民宗局今年的宗敎團體管理經費多少", [Y(MZ, "宗教团体和宗教院校规范管理经费")],
  ["宗教团体和宗教院校规范管理经费"],
  absent=[Y("qixiangju_2026", "防雷安全监管经费"), Y("fulian_2026", "智慧妇联信息化建设经费")],
  note="traditional characters; 1806800 vs 气象 1806500 / 妇联 1806300")
Q("typo", "市科協的預算合計", [TOT(KX)], absent=[TOT(KJ)], note="traditional 協")
Q("typo", "民棕局今年预算多少", [TOT(MZ)], note="棕 for 宗")
Q("typo", "科谐今年财政拨款多少", [BW(KX, "财政拨款")], absent=[BW(KJ, "财政拨款")], note="谐 for 协 (homophone)")
Q("typo", "民宗局２０２５年的预算合计", [TOT(MZ5)], absent=[TOT(MZ)], note="full-width digits")
Q("typo", "科技侷今年的科普活動經費", [Y(KJ, "科普活动经费")], ["科普活动经费"],
  absent=[Y(KX, "全国科普日和科技活动周经费")], scope="mixed", note="侷 / 動 / 經 / 費; 科技局, not 科协")
Q("typo", "少数名族流动人口服务管理经费是多少", [Y(MZ, "少数民族流动人口服务管理经费")],
  ["少数民族流动人口服务管理经费"],
  absent=[Y("fulian_2026", "困难妇女儿童救助资金"), Y("shenjiju_2026", "审计整改跟踪督查经费")],
  note="名 for 民; 2356300 vs 妇联 2356500 / 审计 2356000")
Q("typo", "醫保局醫保基金監管經費多少", [Y("yibaoju_2026", "医保基金监管经费")], ["医保基金监管经费"],
  absent=[Y("fulian_2026", "妇女儿童维权和信访服务经费")], scope="other")
Q("typo", "統計局全國農業普查經費", [Y("tongjiju_2026", "全国农业普查经费")], ["全国农业普查经费"], scope="other")
Q("typo", "水務局節水宣傳教育經費是多少", [Y("shuiwuju_2026", "节水宣传教育经费")], ["节水宣传教育经费"], scope="other")

# ============================================================== not_found
Q("not_found", "科协2025年的预算合计是多少", expect="not_found", absent=[TOT(KJ5)],
  note="科协 2025 not loaded; 科技局 2025 is another department")
Q("not_found", "民宗局2024年的任务清单发我看看", expect="not_found", note="2024 not loaded")
Q("not_found", "广州市民族宗教事务局今年预算多少", expect="not_found", absent=[TOT(MZ)], scope="other")
Q("not_found", "东莞市台港澳事务局的预算是多少", expect="not_found", scope="other")
Q("not_found", "东莞市公安局2025年预算总额", expect="not_found", absent=[TOT("gonganju_2026")], scope="other")
Q("not_found", "科协下属科技馆门票收入有多少", expect="not_found", note="revenue not in the table")
Q("not_found", "民宗局今年整治补助已经花了多少，执行进度怎么样", expect="not_found", note="execution not in the table")
Q("not_found", "东莞市科学技术局2024年预算", expect="not_found", scope="other")
Q("not_found", "深圳市科协今年的科普经费", expect="not_found", scope="other")
Q("not_found", "民宗局今年办公楼维修改造费是多少", expect="not_found", note="no such item")

# ============================================================== trap
Q("trap", "市科协今年科普日、科技周的钱有多少，别跟科技局那个科普活动经费搞混了",
  [Y(KX, "全国科普日和科技活动周经费")], ["全国科普日和科技活动周经费"], absent=[Y(KJ, "科普活动经费")],
  scope="mixed", note="科协 3265800 vs 科技局 科普活动经费 3265480.5")
Q("trap", "科协的高新技术企业培育经费多少", expect="not_found", absent=[Y(KJ, "高新技术企业培育")], scope="mixed",
  note="科技局's item, not 科协's")
Q("trap", "科技局的院士工作站经费是多少", expect="not_found", absent=[Y(KX, "院士工作站和学会创新驱动服务经费")],
  scope="mixed", note="科协's item, not 科技局's")
Q("trap", "科协有多少财政供养人员？不是科技局哈", [N(people(KX))], absent=[N(people(KJ))], scope="mixed")
six = [t for t in DG if any(i["annual_value"] == "≤600元/人" for i in t["indicators"])]
Q("trap", "人均培训成本不超过600元/人，这个标准是哪个部门定的", [], [stem(t["department"]) for t in six],
  expect="ok_or_clarify", scope="mixed", note="≤600元/人 in several 2026 tables")
Q("trap", "民宗局培训经费多少", [], ["民族宗教干部业务培训经费", "宗教界人士教育培训经费"], expect="ok_or_clarify",
  note="two 培训 items")
Q("trap", "举办科普活动指标是多少场", [], ["科学技术局", "科学技术协会"], expect="ok_or_clarify", scope="mixed",
  note="no department: 科技局 ≥200场, 科协 ≥300场")
assert IA(MZ, "整治宗教活动场所安全隐患") != "≥150处"
Q("trap", "民宗局说登记的宗教活动场所有150处，今年整治目标也是150处吗", [IA(MZ, "整治宗教活动场所安全隐患")],
  ["整治宗教活动场所安全隐患"], yesno="否", note="150处 is the goal's count of registered places; target ≥80处")
Q("trap", "科协的预算合计是不是52187万", [TOT(KX)], yesno="否", absent=[TOT(KJ)], scope="mixed",
  note="52187.28 is 科技局's")
Q("trap", "民政局的少数民族流动人口服务经费", expect="not_found", absent=[Y(MZ, "少数民族流动人口服务管理经费")],
  scope="mixed", note="民宗局's item, not 民政局's")


# ---------------------------------------------------------------- write and report
def main() -> None:
    assert len(ROWS) == 160, len(ROWS)
    for r in ROWS:
        assert r["expect"] != "ok" or r["figures"] or r["names"] or r["yesno"], r["id"]
    OUT.write_text("".join(json.dumps({k: v for k, v in r.items() if k != "_scope"}, ensure_ascii=False) + "\n"
                           for r in ROWS), encoding="utf-8")
    print(f"written {OUT.name}: {len(ROWS)} questions")
    print("scope:", dict(Counter(r["_scope"] for r in ROWS)))
    cats = list(dict.fromkeys(r["category"] for r in ROWS))
    print("| category | total | ok | not_found | clarify | ok_or_clarify |")
    print("| --- | --- | --- | --- | --- | --- |")
    for c in cats:
        rs = [r for r in ROWS if r["category"] == c]
        e = Counter(r["expect"] for r in rs)
        print(f"| {c} | {len(rs)} | {e['ok']} | {e['not_found']} | {e['clarify']} | {e['ok_or_clarify']} |")
    e = Counter(r["expect"] for r in ROWS)
    print(f"| **total** | **{len(ROWS)}** | {e['ok']} | {e['not_found']} | {e['clarify']} | {e['ok_or_clarify']} |")


if __name__ == "__main__":
    main()
