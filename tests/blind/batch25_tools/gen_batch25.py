"""Write tests/blind/batch_25.jsonl: 160 blind questions over batch 25's tables (batch 24's list + 工商联 2026,
公积金中心 2026, 地方志办 2026 and 2025), in the voice of finance-bureau and department staff.

Every figure is computed here from the tables' JSON (truth25.load; Decimal, ROUND_HALF_UP). Checks (assertions):
prose phrases occur in the goals of their table and in none of its tasks or indicators; every `absent` is a value
some table holds (or a goal phrase) and is not a figure of its line; no threshold equals a value it filters; the
look-alike amounts are within 1000 元 of the new ones and different; every new amount is unique over all tables;
follow-ups continue the line before; not_found / ok_or_clarify lines carry no figures. The scope of each line
(new: only the four new tables; mixed: new with other 东莞 departments; other: tables not loaded) is appended to
its note and printed with the counts. Re-running gives a byte-identical file.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from truth25 import NEW, dg2026, load, pct, q2, total, wan, yuan  # noqa: E402

T = load()
OUTFILE = HERE.parent / "batch_25.jsonl"
GSL, GJJ, FZ, FZ5 = "gongshanglian_2026", "gongjijin_2026", "difangzhi_2026", "difangzhi_2025"
DG = dg2026(T)
BYDEPT = {t["department"]: t for t in DG}
assert len(DG) == 53, len(DG)


# ------------------------------------------------------------------ helpers
def amt(slug: str, name: str) -> Decimal:
    (x,) = [x for x in T[slug]["tasks"] if x["name"] == name]
    return x["amount"]


def Y(slug: str, name: str) -> str:
    return yuan(amt(slug, name))


def ann(slug: str, name: str) -> str:
    (i,) = [i for i in T[slug]["indicators"] if i["level3"] == name]
    return i["annual_value"]


def per(slug: str, name: str) -> str:
    (i,) = [i for i in T[slug]["indicators"] if i["level3"] == name]
    return i["period_value"]


def B(slug: str, line: str) -> Decimal:
    return T[slug]["budget"][line]


def tot(slug: str) -> Decimal:
    return total(T[slug])


def ppl(t: dict) -> int:
    return t["basic_info"]["财政供养人员数"]


def slug_of(dept: str) -> str:
    return BYDEPT[dept]["slug"]


def stem(dept: str) -> str:
    return dept if dept.startswith(("中共", "共青团")) else dept.removeprefix("东莞市").removeprefix("人民政府")


def tasks(slug: str, section: str | None = None) -> list[dict]:
    return [x for x in T[slug]["tasks"] if section is None or x["section"] == section]


def tsum(slug: str, section: str | None = None) -> Decimal:
    return sum((x["amount"] for x in tasks(slug, section)), Decimal(0))


def count(n: int) -> str:
    return f"#{n}"


KEY, OTHER = "年度重点工作任务", "其他需完成的任务"
ALL_AMOUNTS = Counter(x["amount"] for t in T.values() for x in t["tasks"])
ALL_VALUES: set[str] = set()
for _t in T.values():
    for _x in _t["tasks"]:
        ALL_VALUES.add(yuan(_x["amount"]))
    for _n, _v in _t["budget"].items():
        ALL_VALUES.add(wan(_v))
    if _t["kind"] == "department" and _t["budget"]:
        ALL_VALUES.add(wan(total(_t)))
    for _i in _t["indicators"]:
        ALL_VALUES.update(v for v in (_i["period_value"], _i["annual_value"]) if v)

# every new amount unique over all tables
for s in NEW:
    for x in T[s]["tasks"]:
        assert ALL_AMOUNTS[x["amount"]] == 1, (s, x)


def close(mine: tuple[str, str], other: tuple[str, str]) -> None:
    a, b = amt(*mine), amt(*other)
    assert a != b and abs(a - b) <= 1000, (mine, other)


LOOKALIKES = [
    ((GSL, "民营企业家和商会骨干培训经费"), ("shangwuju_2026", "外经贸企业培训经费")),
    ((GSL, "民营企业家和商会骨干培训经费"), ("gongxinju_2026", "企业经营管理人才培训经费")),
    ((GSL, "民营经济宣传和非公经济人士思想政治教育经费"), ("canlian_2026", "助残宣传和文体活动经费")),
    ((GSL, "工商联信息化和会员服务平台建设经费"), ("minzongju_2026", "民族宗教事务信息化建设经费")),
    ((GSL, "商会商事调解和民营企业法律服务经费"), ("qixiangju_2026", "气象业务人员培训经费")),
    ((GSL, "参政议政和民营经济调研经费"), ("danganju_2026", "东莞年鉴编纂出版经费")),
    ((GSL, "非公有制经济组织党建工作经费"), ("xinfangju_2026", "信访干部业务培训经费")),
    ((GJJ, "住房公积金委托银行业务手续费"), ("chengguan_2026", "公共厕所建设改造补助")),
    ((GJJ, "住房公积金管理信息系统升级和运维经费"), ("yibaoju_2026", "医疗保障信息化建设经费")),
    ((GJJ, "住房公积金业务档案数字化经费"), ("zhujianju_2026", "城建档案数字化经费")),
    ((GJJ, "住房公积金政策宣传经费"), ("zhujianju_2026", "住房保障政策宣传经费")),
    ((GJJ, "住房公积金缴存稽核和专项审计经费"), ("shenjiju_2026", "审计业务培训经费")),
    ((GJJ, "公积金业务人员培训经费"), ("yibaoju_2026", "医保经办人员培训经费")),
    ((GJJ, "公积金业务人员培训经费"), ("zhengshuju_2026", "政务服务窗口人员培训经费")),
    ((GJJ, "12329服务热线运营经费"), ("zhujianju_2026", "建筑施工安全培训经费")),
    ((GJJ, "服务网点标准化建设和运行经费"), ("zhengshuju_2026", "镇街政务服务中心标准化建设补助")),
    ((FZ, "《东莞市志》续修编纂出版经费"), ("danganju_2026", "馆藏档案数字化加工经费")),
    ((FZ, "数字方志馆和地情资料库信息化建设经费"), ("danganju_2026", "数字档案馆信息化建设经费")),
    ((FZ, "旧志整理和地方文献征集经费"), ("danganju_2026", "档案资源征集和抢救保护经费")),
    ((FZ, "地方志档案资料整理和数字化经费"), ("danganju_2026", "档案安全保管和库房运行维护经费")),
    ((FZ, "《东莞史志》期刊编辑出版经费"), ("wenlian_2026", "《东莞文艺》刊物编辑出版经费")),
    ((FZ, "《东莞史志》期刊编辑出版经费"), ("dangxiao_2026", "科研成果出版和学术交流经费")),
    ((FZ, "地方志业务培训经费"), ("shenjiju_2026", "审计法治宣传经费")),
    ((FZ5, "旧志整理和地方文献征集经费"), ("danganju_2025", "档案资源征集和抢救保护经费")),
]
for _m, _o in LOOKALIKES:
    close(_m, _o)


def goal_phrase(slug: str, phrase: str) -> str:
    t = T[slug]
    assert any(phrase in g for g in t["goals"]), (slug, phrase)
    for x in t["tasks"]:
        assert phrase not in x["name"] + x["content"] + x["expected"], (slug, phrase, x["name"])
    for i in t["indicators"]:
        assert phrase not in i["level3"] + i["period_value"] + i["annual_value"], (slug, phrase, i["level3"])
    return phrase


def cut(values, threshold, below: bool) -> list:
    """Strict filter; asserts no value sits on the threshold."""
    assert all(v != threshold for v, _ in values), threshold
    return [n for v, n in values if (v < threshold if below else v > threshold)]


# ------------------------------------------------------------------ question list
ROWS: list[dict] = []


def Q(cat, q, expect="ok", figures=(), names=(), yesno=None, absent=(), follow=False, note="", scope="new"):
    rid = f"b25-{len(ROWS) + 1:03d}"
    prev = ROWS[-1]["id"] if ROWS else None
    ROWS.append({"id": rid, "q": q, "category": cat, "expect": expect, "figures": list(figures), "names": list(names),
                 "yesno": yesno, "absent": list(absent), "followup_of": prev if follow else None,
                 "note": f"{note} [scope: {scope}]"})
    return rid


G, J, F = "工商业联合会", "住房公积金管理中心", "地方志办公室"

# ---------------------------------------------------------------- item_money (16)
Q("item_money", "帮我查一下工商联今年营商环境评价那块经费安排了多少？", figures=[Y(GSL, "民营企业服务和营商环境评价经费")],
  names=["民营企业服务和营商环境评价经费"], note="工商联 2026 重点任务")
Q("item_money", "市工商联培训民营企业家那块钱是多少啊", figures=[Y(GSL, "民营企业家和商会骨干培训经费")],
  names=["民营企业家和商会骨干培训经费"],
  absent=[Y("shangwuju_2026", "外经贸企业培训经费"), Y("gongxinju_2026", "企业经营管理人才培训经费")],
  note="described by use; 商务局 外经贸企业培训 (100 元 less) and 工信局 企业经营管理人才培训 (200 元 more) are look-alikes")
Q("item_money", "公积金中心付给银行的委托业务手续费一年多少？", figures=[Y(GJJ, "住房公积金委托银行业务手续费")],
  names=["住房公积金委托银行业务手续费"], absent=[Y("chengguan_2026", "公共厕所建设改造补助")],
  note="chain head; 城管局 31200000 is 600 元 off")
Q("followup", "那信息系统升级运维呢", figures=[Y(GJJ, "住房公积金管理信息系统升级和运维经费")],
  names=["住房公积金管理信息系统升级和运维经费"], absent=[Y("yibaoju_2026", "医疗保障信息化建设经费")], follow=True,
  note="公积金中心 (from the chain); 医保局 医疗保障信息化建设经费 18570000 is the look-alike")
Q("followup", "两项加起来多少", follow=True,
  figures=[yuan(amt(GJJ, "住房公积金委托银行业务手续费") + amt(GJJ, "住房公积金管理信息系统升级和运维经费"))],
  note="31200600 + 18570500")
Q("item_money", "公积金中心搞业务档案数字化花多少钱", figures=[Y(GJJ, "住房公积金业务档案数字化经费")],
  names=["住房公积金业务档案数字化经费"], absent=[Y("zhujianju_2026", "城建档案数字化经费")],
  note="住建局 城建档案数字化经费 2458000 is 100 元 less")
Q("item_money", "住房公积金政策宣传经费今年多少", figures=[Y(GJJ, "住房公积金政策宣传经费")],
  names=["住房公积金政策宣传经费"], absent=[Y("zhujianju_2026", "住房保障政策宣传经费")],
  note="no department named, only 公积金中心 has it; 住建局 住房保障政策宣传经费 1365800 is the look-alike")
Q("item_money", "12329热线运营一年要多少钱？", figures=[Y(GJJ, "12329服务热线运营经费")], names=["12329服务热线运营经费"],
  absent=[Y("zhujianju_2026", "建筑施工安全培训经费")], note="公积金中心, named by the hotline's number")
Q("item_money", "史志办今年修市志的钱有多少？", figures=[Y(FZ, "《东莞市志》续修编纂出版经费")],
  names=["《东莞市志》续修编纂出版经费"], absent=[Y("danganju_2026", "馆藏档案数字化加工经费")],
  note="chain head; 史志办 = 地方志办; 档案局 馆藏档案数字化加工 6380500 is 200 元 less")
Q("followup", "去年呢", figures=[Y(FZ5, "《东莞市志》续修编纂出版经费")], names=["《东莞市志》续修编纂出版经费"], follow=True,
  note="地方志办 2025")
Q("followup", "今年比去年多了多少", follow=True,
  figures=[yuan(amt(FZ, "《东莞市志》续修编纂出版经费") - amt(FZ5, "《东莞市志》续修编纂出版经费"))],
  note="6380700 − 5864300")
Q("item_money", "地方志办数字方志馆那个项目多少钱", figures=[Y(FZ, "数字方志馆和地情资料库信息化建设经费")],
  names=["数字方志馆和地情资料库信息化建设经费"], absent=[Y("danganju_2026", "数字档案馆信息化建设经费")],
  note="档案局 数字档案馆信息化建设经费 (and 统计局 统计信息化建设经费) 4580000 is 600 元 less")
Q("item_money", "地方志办旧志整理和文献征集这块经费多少？", figures=[Y(FZ, "旧志整理和地方文献征集经费")],
  names=["旧志整理和地方文献征集经费"], absent=[Y("danganju_2026", "档案资源征集和抢救保护经费")],
  note="档案局 档案资源征集和抢救保护经费 1860800 is the look-alike")
Q("item_money", "《东莞史志》期刊编辑出版经费是多少", figures=[Y(FZ, "《东莞史志》期刊编辑出版经费")],
  names=["《东莞史志》期刊编辑出版经费"],
  absent=[Y("wenlian_2026", "《东莞文艺》刊物编辑出版经费"), Y("dangxiao_2026", "科研成果出版和学术交流经费")],
  note="only 地方志办; 文联 《东莞文艺》 758400 and 党校 758200 are 100 元 either side")
Q("item_money", "工商联给镇街工商联的补助多少钱？", figures=[Y(GSL, "镇街工商联（商会）工作补助")],
  names=["镇街工商联（商会）工作补助"], note=f"equals its 对下 line {wan(B(GSL, '拟用于对下转移支付资金'))}")
Q("item_money", "万企兴万村那个结对帮扶经费多少", figures=[Y(GSL, "“万企兴万村”结对帮扶经费")],
  names=["“万企兴万村”结对帮扶经费"], note="工商联, name in quotation marks typed without them")
Q("item_money", "地方志办去年的业务培训经费是多少", figures=[Y(FZ5, "地方志业务培训经费")], names=["地方志业务培训经费"],
  note="2025 (the 2026 amount is not absent: a year slip is caught by the first figure)")
Q("item_money", "工商联搞商事调解那笔钱多少", figures=[Y(GSL, "商会商事调解和民营企业法律服务经费")],
  names=["商会商事调解和民营企业法律服务经费"], absent=[Y("sifaju_2026", "人民调解工作经费")],
  note="司法局 人民调解工作经费 8650000 shares 调解")
Q("item_money", "公积金中心的业务人员培训经费多少？", figures=[Y(GJJ, "公积金业务人员培训经费")],
  names=["公积金业务人员培训经费"],
  absent=[Y("yibaoju_2026", "医保经办人员培训经费"), Y("zhengshuju_2026", "政务服务窗口人员培训经费")],
  note="医保局 956000 / 政数局 956200 are 100 元 either side")
Q("item_money", "工商联参政议政调研的经费多少，非公党建经费又是多少", names=["参政议政和民营经济调研经费", "非公有制经济组织党建工作经费"],
  figures=[Y(GSL, "参政议政和民营经济调研经费"), Y(GSL, "非公有制经济组织党建工作经费")],
  absent=[Y("danganju_2026", "东莞年鉴编纂出版经费"), Y("xinfangju_2026", "信访干部业务培训经费")],
  note="two asks in order; 档案局 1268200 and 信访局 586600 are 100 元 off")

# ---------------------------------------------------------------- indicator (14)
Q("indicator", "工商联今年商会规范化建设的指标是多少个", figures=[ann(GSL, "开展商会规范化建设")], names=["开展商会规范化建设"],
  note=f"annual value; chain head (period {per(GSL, '开展商会规范化建设')})")
Q("followup", "整个实施周期呢", figures=[per(GSL, "开展商会规范化建设")], follow=True, note="period value")
Q("indicator", "工商联培训学员满意度要求多少", figures=[ann(GSL, "培训学员满意度")], names=["培训学员满意度"],
  absent=[ann("dangxiao_2026", "培训学员满意度"), ann("tuanshiwei_2026", "培训学员满意度"),
          ann("qiaolian_2026", "培训学员满意度")],
  note="same indicator name: 党校 ≥96%, 团市委 ≥95%, 侨联 ≥91%")
Q("indicator", "民营企业服务平台什么时候上线？", figures=[ann(GSL, "民营企业服务平台上线时间")],
  names=["民营企业服务平台上线时间"], note="工商联's date indicator")
Q("indicator", "工商联带动帮扶村集体经济增收今年目标是多少", figures=[ann(GSL, "带动帮扶村集体经济增收")],
  names=["带动帮扶村集体经济增收"], note=f"annual (period {per(GSL, '带动帮扶村集体经济增收')})")
Q("indicator", "公积金今年归集住房公积金的绩效指标定的多少", figures=[ann(GJJ, "归集住房公积金")], names=["归集住房公积金"],
  note=f"indicator; the goals say 约{goal_phrase(GJJ, '480亿元')}")
Q("indicator", "公积金个贷逾期率要控制在多少以内", figures=[ann(GJJ, "个人住房贷款逾期率")], names=["个人住房贷款逾期率"],
  note="个贷 = 个人住房贷款")
Q("indicator", "12329热线接通率指标多少？", figures=[ann(GJJ, "12329热线接通率")], names=["12329热线接通率"],
  absent=[ann("zhengshuju_2026", "12345热线接通率"), ann("shijianju_2026", "12315热线接通率")],
  note="政数局 12345 ≥93%, 市监局 12315 ≥95%")
Q("indicator", "公积金中心业务档案数字化今年要完成多少卷", figures=[ann(GJJ, "完成业务档案数字化")],
  names=["完成业务档案数字化"], note="annual; chain head")
Q("followup", "实施周期呢", figures=[per(GJJ, "完成业务档案数字化")], follow=True, note="period value")
Q("followup", "单卷成本控制在多少", figures=[ann(GJJ, "业务档案数字化单卷成本")], names=["业务档案数字化单卷成本"],
  absent=[ann("danganju_2026", "档案数字化加工单位成本")], follow=True,
  note="公积金中心's cost indicator; 档案局's 档案数字化加工单位成本 ≤1.2元/画幅 is another department's")
Q("indicator", "地方志办完成市志分卷初稿今年的指标是多少", figures=[ann(FZ, "完成市志分卷初稿")], names=["完成市志分卷初稿"],
  note=f"annual (period {per(FZ, '完成市志分卷初稿')}; goals 约14卷)")
Q("indicator", "数字方志馆上线时间定在什么时候", figures=[ann(FZ, "数字方志馆上线时间")], names=["数字方志馆上线时间"],
  note="2026-only date indicator")
Q("indicator", "方志读者满意度今年多少", figures=[ann(FZ, "方志读者满意度")], names=["方志读者满意度"],
  note="2026 (2025 ≥90%)")
Q("indicator", "史志办志书出版印刷单册成本控制在多少？", figures=[ann(FZ, "志书出版印刷单册成本")], names=["志书出版印刷单册成本"],
  note="cost indicator with a unit per 册 (2025 ≤160元/册)")
Q("indicator", "地方志办今年出版镇村志的指标几部", figures=[ann(FZ, "出版镇村志")], names=["出版镇村志"],
  note=f"indicator; the goals say 约{goal_phrase(FZ, '12部')}")
Q("indicator", "公积金中心缴存职工满意度和缴存单位满意度分别要求多少", names=["缴存职工满意度", "缴存单位满意度"],
  figures=[ann(GJJ, "缴存职工满意度"), ann(GJJ, "缴存单位满意度")], note="two asks in order")

# ---------------------------------------------------------------- overview (4)
Q("overview", "工商联今年预算总共多少", figures=[wan(tot(GSL))], names=[G], note="预算合计; chain head")
Q("followup", "基本支出和项目支出各多少", figures=[wan(B(GSL, "基本支出")), wan(B(GSL, "项目支出"))], follow=True,
  note="工商联 (from the chain), in the order asked")
Q("followup", "财政专项里面对下转移支付的有多少", figures=[wan(B(GSL, "拟用于对下转移支付资金"))], follow=True,
  note="拟用于对下转移支付资金")
Q("overview", "住房公积金管理中心2026年部门预算合计是多少？", figures=[wan(tot(GJJ))], names=[J])
Q("overview", "地方志办今年财政拨款多少", figures=[wan(B(FZ, "财政拨款"))], names=[F])
Q("overview", "史志办有多少财政供养人员？", figures=[count(ppl(T[FZ]))], names=[F], note="2026")

# ---------------------------------------------------------------- structure (4)
Q("structure", "公积金中心拟用于对下转移支付的资金是多少", figures=[wan(B(GJJ, "拟用于对下转移支付资金"))], names=[J],
  note="0.00: 财政专项资金 all 市本级")
Q("structure", "工商联有几个下属二级单位？重点任务有几项？",
  figures=[count(T[GSL]["basic_info"]["下属二级单位数"]), count(len(tasks(GSL, KEY)))], note="two asks in order")
Q("structure", "地方志办的满意度指标有哪些", names=[i["level3"] for i in T[FZ]["indicators"] if i["level1"] == "满意度指标"],
  note="2026")
Q("structure", "公积金中心产出指标里的质量指标是哪几个",
  names=[i["level3"] for i in T[GJJ]["indicators"] if i["level2"] == "质量指标"])

# ---------------------------------------------------------------- prose (15)
Q("prose", "工商联联系服务的会员企业大概有多少家", figures=[goal_phrase(GSL, "1.2万家")], note="goal 一")
Q("prose", "工商联所属商会一共有多少个？", figures=[goal_phrase(GSL, "150个")],
  note="goal 一 (not the indicator 开展商会规范化建设 ≥30个 / ≥90个)")
Q("prose", "万企兴万村组织了多少家民企，结对了多少个村", figures=[goal_phrase(GSL, "260家"), goal_phrase(GSL, "95个")],
  note="goal 二, two asks (the indicator 结对帮扶村（社区） is ≥80个)")
Q("prose", "工商联今年办民营企业家培训班办多少期？", figures=[goal_phrase(GSL, "20期")], note="goal 三")
Q("prose", "商会人民调解组织建了几个，一年化解商事纠纷多少宗", figures=[goal_phrase(GSL, "25个"), goal_phrase(GSL, "600宗")],
  note="goal 五 (indicator 化解商事纠纷 ≥500宗)")
Q("prose", "全市住房公积金缴存单位和缴存职工大概各有多少", figures=[goal_phrase(GJJ, "18.6万家"), goal_phrase(GJJ, "420万人")],
  note="公积金中心 goal 一")
Q("prose", "公积金今年个人住房贷款大概发多少笔，金额多少", figures=[goal_phrase(GJJ, "1.3万笔"), goal_phrase(GJJ, "85亿元")],
  note="goal 二 (indicator ≥1.2万笔)")
Q("prose", "公积金中心在全市设了多少个服务网点", figures=[goal_phrase(GJJ, "36个")], note="goal 四")
Q("prose", "12329热线一年大概接听多少人次", figures=[goal_phrase(GJJ, "60万人次")], note="公积金中心 goal 四")
Q("prose", "今年新增灵活就业人员缴存公积金大概多少人", figures=[goal_phrase(GJJ, "2.2万人")],
  note="goal 三 (indicator ≥2万人 annual, ≥6万人 period)")
Q("prose", "市志续修一共设了多少个分卷，大概多少字", figures=[goal_phrase(FZ, "40个"), goal_phrase(FZ, "1200万字")],
  note="地方志办 goal 一")
Q("prose", "地方志办今年征集地方文献资料大概多少册", figures=[goal_phrase(FZ, "3500册")], note="goal 三 (indicator ≥3000册)")
Q("prose", "方志馆今年全年接待读者大概多少人次？", figures=[goal_phrase(FZ, "3.6万人次")],
  note="goal 四 of 2026 (indicator ≥3万人次)")
Q("prose", "史志办今年要点校整理几种明清旧志", figures=[goal_phrase(FZ, "5种")], note="goal 三")
Q("prose", "数字方志馆录入的志书和地情资料有多少字", figures=[goal_phrase(FZ, "2.8亿字")], note="goal 四")

# ---------------------------------------------------------------- filter (8)
_g = [(x["amount"], x["name"]) for x in tasks(GSL)]
Q("filter", "工商联有哪些任务超过200万的？", names=cut(_g, Decimal(2000000), below=False), note="strict, 元")
_j = [(x["amount"], x["name"]) for x in tasks(GJJ)]
Q("filter", "公积金中心不到200万的任务有哪些", names=cut(_j, Decimal(2000000), below=True))
Q("filter", "史志办今年的重点任务有哪些？", names=[x["name"] for x in tasks(FZ, KEY)], note="chain head")
_least = min(tasks(FZ, KEY), key=lambda x: x["amount"])
Q("followup", "其中最少的是哪个，多少钱", figures=[yuan(_least["amount"])], names=[_least["name"]], follow=True,
  note="least of 地方志办's three 重点任务")
Q("filter", "地方志办年度指标跟实施周期指标不一样的有哪些",
  names=[i["level3"] for i in T[FZ]["indicators"] if i["period_value"] != i["annual_value"]], note="2026: one")
Q("filter", "工商联哪些指标的实施周期值和年度值不同",
  names=[i["level3"] for i in T[GSL]["indicators"] if i["period_value"] != i["annual_value"]])
_b = [(total(t), t["department"]) for t in DG]
assert all(v not in (Decimal(3000), Decimal(4000)) for v, _ in _b)
Q("filter", "全市今年预算在3000万到4000万之间的部门有哪些",
  names=sorted(n for v, n in _b if Decimal(3000) <= v <= Decimal(4000)), scope="mixed",
  note="inclusive; the 53 东莞 2026 departments")
Q("filter", "各部门名字里带“编纂”的任务有哪些", scope="mixed",
  names=[x["name"] for t in DG for x in t["tasks"] if "编纂" in x["name"]],
  note="档案局's 东莞年鉴编纂出版经费 and 地方志办's two")
_p = [(ppl(t), t["department"]) for t in DG]
Q("filter", "全市财政供养人员不到30人的部门", names=cut(_p, 30, below=True), scope="mixed", note="strict")

# ---------------------------------------------------------------- count (8)
Q("count", "工商联今年一共几项任务", figures=[count(len(tasks(GSL)))], note="chain head")
Q("followup", "重点任务加起来多少钱", figures=[yuan(tsum(GSL, KEY))], follow=True, note="工商联's three 重点任务")
Q("followup", "占全部任务的百分之几", figures=[pct(tsum(GSL, KEY) / tsum(GSL) * 100)], follow=True,
  note="重点 over all ten tasks")
Q("count", "公积金中心有几个绩效指标？", figures=[count(len(T[GJJ]["indicators"]))])
Q("count", "地方志办今年和去年各有几项任务", figures=[count(len(tasks(FZ))), count(len(tasks(FZ5)))], note="two asks in order")
Q("count", "今年东莞一共有多少个部门的绩效目标表", figures=[count(len(DG))], scope="mixed",
  note="the 53 东莞 2026 部门整体 tables (projects and 广州 not counted)")
_train = [x for t in DG for x in t["tasks"] if "培训" in x["name"]]
Q("count", "全市名字带培训的任务有多少项", figures=[count(len(_train))], scope="mixed", note="东莞 2026 departments")
Q("count", "全市人员少于50人的部门有几个", figures=[count(len(cut(_p, 50, below=True)))], scope="mixed", note="strict")
_arch = [x for t in DG for x in t["tasks"] if "档案" in x["name"]]
Q("count", "各部门任务里带“档案”两个字的有几项", figures=[count(len(_arch))], scope="mixed",
  note="档案局 9, 财政局, 住建局, 公积金中心, 地方志办")
_small = cut(_b, Decimal(10000), below=True)
Q("count", "今年预算不到一个亿的部门有几个", figures=[count(len(_small))], scope="mixed", note="strict, 万元")

# ---------------------------------------------------------------- aggregate (9)
Q("aggregate", "工商联全部任务的钱加起来多少", figures=[yuan(tsum(GSL))])
Q("aggregate", "公积金中心所有任务合计多少钱", figures=[yuan(tsum(GJJ))])
Q("aggregate", "地方志办今年任务总额", figures=[yuan(tsum(FZ))])
Q("aggregate", "工商联、公积金中心、地方志办三家今年预算加起来多少", figures=[wan(tot(GSL) + tot(GJJ) + tot(FZ))],
  names=[G, J, F])
Q("aggregate", "全市所有部门今年预算加起来一共多少，麻烦算一下", figures=[wan(sum((total(t) for t in DG), Decimal(0)))], scope="mixed",
  note="53 departments")
Q("aggregate", "公积金中心基本支出占预算合计的比例是多少", figures=[pct(B(GJJ, "基本支出") / tot(GJJ) * 100)])
Q("aggregate", "地方志办平均每项任务多少钱", figures=[f"{q2(tsum(FZ) / len(tasks(FZ)))}元"], note="2026, nine tasks")
Q("aggregate", "全市名字里有“档案”的任务一共多少钱", figures=[yuan(sum((x["amount"] for x in _arch), Decimal(0)))],
  scope="mixed")
Q("aggregate", "委托银行手续费占公积金中心全部任务的百分比",
  figures=[pct(amt(GJJ, "住房公积金委托银行业务手续费") / tsum(GJJ) * 100)])

# ---------------------------------------------------------------- ranking (11)
by_ppl = sorted(DG, key=ppl)
Q("ranking", "全市财政供养人员最少的部门是哪个", figures=[count(ppl(by_ppl[0]))], names=[stem(by_ppl[0]["department"])],
  scope="mixed", note="chain head")
Q("followup", "第二少呢", figures=[count(ppl(by_ppl[1]))], names=[stem(by_ppl[1]["department"])], follow=True, scope="mixed")
Q("followup", "第三少的呢", figures=[count(ppl(by_ppl[2]))], names=[stem(by_ppl[2]["department"])], follow=True,
  scope="mixed", note="地方志办 29 (团市委 28, 民宗局 31)")
desc = [t["department"] for t in sorted(DG, key=total, reverse=True)]
Q("ranking", "工商联今年预算在全市排第几啊", figures=[count(desc.index("东莞市工商业联合会") + 1)], names=[G], scope="mixed",
  note="from the top, 53 departments (档案局 above, 红十字会 below)")
Q("ranking", "公积金中心预算全市排第几？", figures=[count(desc.index("东莞市住房公积金管理中心") + 1)], names=[J],
  scope="mixed", note="体育局 above, 金融工作局 below")
Q("ranking", "地方志办预算在全市排倒数第几", figures=[count(len(desc) - desc.index("东莞市地方志办公室"))], names=[F],
  scope="mixed", note="侨联, 团市委 below")
_top3 = sorted(tasks(GSL), key=lambda x: -x["amount"])[:3]
Q("ranking", "工商联金额最大的三项任务是哪些", names=[x["name"] for x in _top3], figures=[yuan(_top3[0]["amount"])],
  note="in order")
_big = max(tasks(GJJ), key=lambda x: x["amount"])
Q("ranking", "公积金中心哪项任务钱最多", figures=[yuan(_big["amount"])], names=[_big["name"]])
_pub = sorted([(x["amount"], t["department"], x["name"]) for t in DG for x in t["tasks"] if "出版" in x["name"]], reverse=True)
Q("ranking", "各部门名字带“出版”的任务里哪个最多", figures=[yuan(_pub[0][0])], names=[_pub[0][2], stem(_pub[0][1])],
  scope="mixed", note=f"{len(_pub)} items")
_dig = sorted([(x["amount"], t["department"], x["name"]) for t in DG for x in t["tasks"] if "数字化" in x["name"]], reverse=True)
Q("ranking", "全市带“数字化”的任务按金额从多到少排一下", names=[n for _, _, n in _dig], figures=[yuan(_dig[0][0])],
  scope="mixed", note="order required")
by_ppl_desc = [t["department"] for t in sorted(DG, key=ppl, reverse=True)]
Q("ranking", "公积金中心的财政供养人员在全市排第几（从多到少）",
  figures=[count(by_ppl_desc.index("东莞市住房公积金管理中心") + 1)], names=[J], scope="mixed")

by_other = [t["department"] for t in sorted(DG, key=lambda t: t["budget"]["其他资金"], reverse=True)]
Q("ranking", "公积金中心的其他资金在全市排第几", figures=[count(by_other.index("东莞市住房公积金管理中心") + 1)], names=[J],
  scope="mixed", note="港务局 above, 体育局 below")
_lp = sorted(DG, key=lambda t: t["budget"]["项目支出"])[:3]
Q("ranking", "项目支出最少的三个部门是哪几个", names=[stem(t["department"]) for t in _lp],
  figures=[wan(_lp[0]["budget"]["项目支出"])], scope="mixed", note="in order, least first")

# ---------------------------------------------------------------- compare (11)
d1 = tot(slug_of("东莞市档案局")) - tot(GSL)
Q("compare", "工商联和档案局今年预算差多少", figures=[wan(d1), wan(tot(GSL)), wan(tot(slug_of("东莞市档案局")))],
  names=[G, "档案局"], scope="mixed", note="difference first, then both")
d2 = tot(slug_of("东莞市体育局")) - tot(GJJ)
Q("compare", "公积金中心比体育局预算少多少", figures=[wan(d2), wan(tot(GJJ)), wan(tot(slug_of("东莞市体育局")))],
  names=[J, "体育局"], scope="mixed")
Q("compare", "公积金中心的档案数字化经费和住建局城建档案数字化经费差多少",
  figures=[yuan(amt(GJJ, "住房公积金业务档案数字化经费") - amt("zhujianju_2026", "城建档案数字化经费")),
           Y(GJJ, "住房公积金业务档案数字化经费"), Y("zhujianju_2026", "城建档案数字化经费")], scope="mixed")
Q("compare", "史志办的数字方志馆和档案局的数字档案馆信息化建设，哪个钱多？差多少",
  figures=[yuan(amt(FZ, "数字方志馆和地情资料库信息化建设经费") - amt("danganju_2026", "数字档案馆信息化建设经费")),
           Y(FZ, "数字方志馆和地情资料库信息化建设经费"), Y("danganju_2026", "数字档案馆信息化建设经费")],
  names=[F], scope="mixed", note="地方志办's is larger")
Q("compare", "工商联的民营企业家培训跟工信局企业经营管理人才培训，差多少",
  figures=[yuan(amt("gongxinju_2026", "企业经营管理人才培训经费") - amt(GSL, "民营企业家和商会骨干培训经费")),
           Y(GSL, "民营企业家和商会骨干培训经费"), Y("gongxinju_2026", "企业经营管理人才培训经费")],
  names=["工业和信息化局"], scope="mixed", note="工信局's is larger")
Q("compare", "地方志办比民宗局少几个人", figures=[count(ppl(BYDEPT["东莞市民族宗教事务局"]) - ppl(T[FZ])),
                                           count(ppl(T[FZ])), count(ppl(BYDEPT["东莞市民族宗教事务局"]))],
  scope="mixed", note="people, 2026")
Q("compare", "《东莞史志》和文联《东莞文艺》的编辑出版经费差多少",
  figures=[yuan(amt("wenlian_2026", "《东莞文艺》刊物编辑出版经费") - amt(FZ, "《东莞史志》期刊编辑出版经费")),
           Y(FZ, "《东莞史志》期刊编辑出版经费"), Y("wenlian_2026", "《东莞文艺》刊物编辑出版经费")],
  names=["文学艺术界联合会"], scope="mixed", note="文联's is larger")
Q("compare", "公积金中心基本支出和项目支出哪个多，差多少",
  figures=[wan(B(GJJ, "基本支出") - B(GJJ, "项目支出")), wan(B(GJJ, "基本支出")), wan(B(GJJ, "项目支出"))],
  names=["基本支出"], note="基本支出 is larger")
d9 = tot(GSL) - tot(slug_of("东莞市红十字会"))
Q("compare", "工商联和红十字会谁的预算高，高多少", figures=[wan(d9), wan(tot(GSL)), wan(tot(slug_of("东莞市红十字会")))],
  names=[G], scope="mixed")
d10 = tot(FZ) - tot(slug_of("共青团东莞市委员会"))
Q("compare", "地方志办跟团市委比预算多多少", figures=[wan(d10), wan(tot(FZ)), wan(tot(slug_of("共青团东莞市委员会")))],
  scope="mixed")
Q("compare", "工商联任务总额和文联任务总额差多少",
  figures=[yuan(tsum("wenlian_2026") - tsum(GSL)), yuan(tsum(GSL)), yuan(tsum("wenlian_2026"))],
  names=["文学艺术界联合会"], scope="mixed", note="文联's is larger")

# ---------------------------------------------------------------- yesno (11)
assert tot(GSL) > 6000
Q("yesno", "工商联预算是不是超过了6000万", yesno="是", figures=[wan(tot(GSL))])
assert tot(GJJ) > 20000
Q("yesno", "公积金中心预算有没有超过两个亿？", yesno="是", figures=[wan(tot(GJJ))])
assert ppl(T[FZ]) > ppl(BYDEPT["共青团东莞市委员会"])
Q("yesno", "地方志办人数比团市委多吗", yesno="是", figures=[count(ppl(T[FZ])), count(ppl(BYDEPT["共青团东莞市委员会"]))],
  scope="mixed")
assert B(GJJ, "拟用于对下转移支付资金") == 0
Q("yesno", "公积金中心有没有对下转移支付资金", yesno="否", figures=[wan(B(GJJ, "拟用于对下转移支付资金"))])
Q("yesno", "工商联的会员企业满意度要求是不是95%以上", yesno="否", figures=[ann(GSL, "会员企业满意度")],
  names=["会员企业满意度"])
Q("yesno", "地方志办今年有没有出版《东莞史志》期刊的指标？出几期", yesno="是", figures=[ann(FZ, "出版《东莞史志》期刊")])
Q("yesno", "工商联的培训学员满意度比党校高吗", yesno="否",
  figures=[ann(GSL, "培训学员满意度"), ann("dangxiao_2026", "培训学员满意度")], scope="mixed")
assert amt(GJJ, "住房公积金管理信息系统升级和运维经费") > amt("yibaoju_2026", "医疗保障信息化建设经费")
Q("yesno", "公积金中心的信息系统升级经费是不是比医保局信息化建设经费还多", yesno="是",
  figures=[Y(GJJ, "住房公积金管理信息系统升级和运维经费"), Y("yibaoju_2026", "医疗保障信息化建设经费")], scope="mixed")
assert all(x["amount"] > 1500000 for x in tasks(FZ, KEY)) and all(x["amount"] != 1500000 for x in tasks(FZ))
Q("yesno", "地方志办的重点任务是不是都超过150万", yesno="是", note="6380700, 4580600, 1537100")
Q("yesno", "12329服务热线运营经费算重点任务吗", yesno="否", figures=[Y(GJJ, "12329服务热线运营经费")],
  note="其他需完成的任务")
assert tsum(GSL) < 20000000
Q("yesno", "工商联所有任务加起来有没有超过2000万", yesno="否", figures=[yuan(tsum(GSL))])

# ---------------------------------------------------------------- yoy (11)
Q("yoy", "地方志办今年预算比去年增加了多少", figures=[wan(tot(FZ) - tot(FZ5)), wan(tot(FZ)), wan(tot(FZ5))],
  names=[F], note="chain head; difference first")
Q("followup", "增长了百分之多少", figures=[pct((tot(FZ) - tot(FZ5)) / tot(FZ5) * 100)], follow=True,
  note="over 2025's base")
Q("yoy", "地方志办2025年预算合计多少", figures=[wan(tot(FZ5))], names=[F])
assert "数字方志馆和地情资料库信息化建设经费" not in [x["name"] for x in tasks(FZ5)]
Q("yoy", "数字方志馆那个项目去年有没有？今年安排多少", yesno="否", figures=[Y(FZ, "数字方志馆和地情资料库信息化建设经费")],
  names=["数字方志馆和地情资料库信息化建设经费"], note="2026-only task")
assert "方志文化宣传经费" in [x["name"] for x in tasks(FZ5)] and "方志文化宣传经费" not in [x["name"] for x in tasks(FZ)]
Q("yoy", "地方志办去年的方志文化宣传经费，今年叫什么名字？多少钱", figures=[Y(FZ, "方志文化宣传和方志馆开放经费")],
  names=["方志文化宣传和方志馆开放经费"], note="the rename; 2026 amount")
Q("yoy", "方志文化宣传和方志馆开放经费去年是多少", figures=[Y(FZ5, "方志文化宣传经费")], names=["方志文化宣传经费"],
  note="under its 2025 name")
Q("yoy", "地方志办出版镇村志的指标今年和去年分别是多少", figures=[ann(FZ, "出版镇村志"), ann(FZ5, "出版镇村志")],
  names=["出版镇村志"], note="in the order asked")
Q("yoy", "地方志资源开发利用水平去年的目标是怎么写的", figures=[ann(FZ5, "地方志资源开发利用水平")],
  names=["地方志资源开发利用水平"], note="qualitative, 2025 (2026 明显提升)")
Q("yoy", "方志馆去年接待读者大概多少人次", figures=[goal_phrase(FZ5, "2.9万人次")], note="goal 四 of 2025 (indicator ≥2.5万人次)")
_i5 = {i["level3"]: i for i in T[FZ5]["indicators"]}
_changed = [i["level3"] for i in T[FZ]["indicators"]
            if i["level3"] in _i5 and _i5[i["level3"]]["annual_value"] != i["annual_value"]]
Q("yoy", "地方志办哪些指标今年的年度值跟去年不一样", names=_changed, note=f"{len(_changed)} indicators (the 2026-only date not counted)")
Q("yoy", "史志办人员今年比去年多几个", figures=[count(ppl(T[FZ]) - ppl(T[FZ5])), count(ppl(T[FZ])), count(ppl(T[FZ5]))])

Q("yoy", "地方志办任务总额今年比去年多多少", figures=[yuan(tsum(FZ) - tsum(FZ5)), yuan(tsum(FZ)), yuan(tsum(FZ5))])

# ---------------------------------------------------------------- typo (5)
Q("typo", "工商連的商會組織建設經費多少", figures=[Y(GSL, "商会组织建设和规范化发展经费")], names=["商会组织建设和规范化发展经费"],
  absent=[Y("qiaolian_2026", "侨资企业和侨界人才服务经费")], note="traditional characters")
Q("typo", "公机金的缴存稽核和专项审计经费多少", figures=[Y(GJJ, "住房公积金缴存稽核和专项审计经费")],
  names=["住房公积金缴存稽核和专项审计经费"], absent=[Y("shenjiju_2026", "审计业务培训经费")],
  note="公机金 for 公积金; 审计局 审计业务培训经费 1268800 is 100 元 less")
Q("typo", "地方治办的志书质量审查合格率是多少", figures=[ann(FZ, "志书质量审查合格率")], names=["志书质量审查合格率"],
  note="地方治办 for 地方志办")
Q("typo", "史志办旧志整理那块钱２０２５年是多少", figures=[Y(FZ5, "旧志整理和地方文献征集经费")],
  names=["旧志整理和地方文献征集经费"], absent=[Y("danganju_2025", "档案资源征集和抢救保护经费")],
  note="full-width year; 档案局 2025 档案资源征集和抢救保护经费 1580000 is 700 元 less")
Q("typo", "東莞市地方誌辦公室今年基本支出多少", figures=[wan(B(FZ, "基本支出"))], names=[F], note="traditional 誌 / 辦")

# ---------------------------------------------------------------- not_found (8)
assert not any(t["department"] == "东莞市工商业联合会" and t["year"] == 2025 for t in T.values())
Q("not_found", "工商联去年预算多少", expect="not_found", absent=[wan(tot(GSL))], note="工商联 2025 not loaded", scope="other")
Q("not_found", "公积金中心去年付给银行的手续费是多少", expect="not_found",
  absent=[Y(GJJ, "住房公积金委托银行业务手续费")], note="公积金中心 2025 not loaded", scope="other")
assert not any(t["year"] == 2024 and "地方志" in t["department"] for t in T.values())
Q("not_found", "地方志办2024年的预算合计是多少", expect="not_found", absent=[wan(tot(FZ5)), wan(tot(FZ))],
  note="2024 not loaded", scope="other")
Q("not_found", "深圳市住房公积金管理中心今年预算多少", expect="not_found", absent=[wan(tot(GJJ))], note="another city",
  scope="other")
assert not any("年鉴" in x["name"] for x in tasks(FZ))
Q("not_found", "地方志办的东莞年鉴编纂经费是多少", expect="not_found", absent=[Y("danganju_2026", "东莞年鉴编纂出版经费")],
  note="the 年鉴 item is 档案局's; 地方志办 has none", scope="mixed")
Q("not_found", "公积金中心今年住房租赁补贴发放多少户", expect="not_found",
  absent=[ann("zhujianju_2026", "发放住房租赁补贴"), per("zhujianju_2026", "发放住房租赁补贴")],
  note="住建局's indicator, not 公积金中心's", scope="mixed")
Q("not_found", "工商联的镇街招商引资补助有多少", expect="not_found",
  absent=[Y("touchuju_2026", "镇街招商引资工作补助")],
  note="投促局's item; 工商联's 镇街 subsidy is not for 招商引资", scope="mixed")
assert not any("新馆" in x["name"] for x in tasks(FZ))
Q("not_found", "地方志办今年有档案馆新馆布展的钱吗，多少", expect="not_found",
  absent=[Y("danganju_2026", "档案馆新馆布展和配套设施建设经费")], note="档案局's item", scope="mixed")

# ---------------------------------------------------------------- trap (10)
Q("trap", "公积金中心的热线接通率要求多少", figures=[ann(GJJ, "12329热线接通率")], names=["12329热线接通率"],
  absent=[ann("zhengshuju_2026", "12345热线接通率"), ann("shijianju_2026", "12315热线接通率")],
  note="its hotline is 12329; 政数局 12345 ≥93%, 市监局 12315 ≥95%", scope="mixed")
Q("trap", "工商联那个企业家培训经费是不是213万6千？", yesno="否", figures=[Y(GSL, "民营企业家和商会骨干培训经费")],
  names=["民营企业家和商会骨干培训经费"], note="2136000 is 商务局's 外经贸企业培训经费; 工商联's is 100 元 more", scope="mixed")
Q("trap", "档案局的《东莞市志》续修经费多少", expect="not_found", absent=[Y(FZ, "《东莞市志》续修编纂出版经费")],
  note="the 市志 item is 地方志办's, 档案局 has none", scope="mixed")
Q("trap", "住建局的住房公积金政策宣传经费多少", expect="not_found",
  absent=[Y(GJJ, "住房公积金政策宣传经费"), Y("zhujianju_2026", "住房保障政策宣传经费")],
  note="公积金中心's item; 住建局's own is 住房保障政策宣传经费", scope="mixed")
Q("trap", "市工商联培训学员满意度是不是跟国资委一样", yesno="否",
  figures=[ann(GSL, "培训学员满意度"), ann("guoziwei_2026", "培训学员满意度")], scope="mixed", note="≥94% vs ≥93%")
Q("trap", "史志办今年要完成36卷市志初稿对吧", yesno="否", figures=[ann(FZ, "完成市志分卷初稿"), per(FZ, "完成市志分卷初稿")],
  names=["完成市志分卷初稿"], note="36 卷 is the 实施周期 value; this year's is ≥12卷")
Q("trap", "东莞年鉴编纂是地方志办负责的吧？花了多少", yesno="否", figures=[Y("danganju_2026", "东莞年鉴编纂出版经费")],
  names=["档案局", "东莞年鉴编纂出版经费"], note="in the tables the 年鉴 item is 档案局's", scope="mixed")
_dd = [(t["department"], x["name"]) for t in DG for x in t["tasks"] if "档案" in x["name"] and "数字化" in x["name"]]
assert len({d for d, _ in _dd}) == 4, _dd
Q("trap", "档案数字化经费多少", expect="ok_or_clarify",
  note="no department: 档案局 馆藏档案数字化加工, 住建局 城建档案数字化, 公积金中心 业务档案数字化, 地方志办 档案资料整理和数字化",
  scope="mixed")
Q("trap", "期刊编辑出版经费是多少钱", expect="ok_or_clarify",
  note="no department: 地方志办 《东莞史志》期刊 758300, 文联 《东莞文艺》刊物 758400", scope="mixed")
_unions = [t["department"] for t in DG if t["department"].endswith("联合会")]
assert len(_unions) >= 5, _unions
Q("trap", "我们联合会今年的预算合计多少？", expect="ok_or_clarify",
  note=f"which 联合会: {', '.join(stem(d) for d in _unions)}", scope="mixed")


# ------------------------------------------------------------------ checks and output
def check_rows() -> None:
    assert len(ROWS) == 160, len(ROWS)
    prev = None
    for r in ROWS:
        if r["followup_of"]:
            assert r["followup_of"] == prev and r["category"] == "followup", r["id"]
        else:
            assert r["category"] != "followup", r["id"]
        if r["expect"] in ("not_found", "ok_or_clarify"):
            assert not r["figures"], r["id"]
        for a in r["absent"]:
            assert a not in r["figures"], (r["id"], a)
            assert a in ALL_VALUES or any(a in g for t in T.values() for g in t["goals"]), (r["id"], a)
        assert r["yesno"] in (None, "是", "否")
        prev = r["id"]


check_rows()
OUTFILE.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in ROWS), encoding="utf-8")

cats = ["item_money", "indicator", "overview", "prose", "filter", "count", "aggregate", "ranking", "compare", "structure",
        "yesno", "yoy", "typo", "not_found", "trap", "followup"]
print(f"wrote {OUTFILE} ({len(ROWS)} lines)")
scope = Counter(r["note"].rsplit("[scope: ", 1)[1].rstrip("]") for r in ROWS)
print("scope:", dict(scope))
print("| category | total | ok | not_found | clarify | ok_or_clarify |")
print("| --- | --- | --- | --- | --- | --- |")
tot_c = Counter()
for c in cats:
    rs = [r for r in ROWS if r["category"] == c]
    e = Counter(r["expect"] for r in rs)
    tot_c.update(e)
    print(f"| {c} | {len(rs)} | {e['ok']} | {e['not_found']} | {e['clarify']} | {e['ok_or_clarify']} |")
print(f"| **total** | **{len(ROWS)}** | {tot_c['ok']} | {tot_c['not_found']} | {tot_c['clarify']} | {tot_c['ok_or_clarify']} |")
print("yes/no lines:", sum(1 for r in ROWS if r["yesno"]), "follow-ups:", sum(1 for r in ROWS if r["followup_of"]))
