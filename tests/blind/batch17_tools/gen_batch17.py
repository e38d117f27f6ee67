"""Write tests/blind/batch_17.jsonl: 160 blind questions over the tables of batches.json's batch_17 list.

Written from the tables alone (truth17.py). Every figure is computed here from the tables (Decimal,
ROUND_HALF_UP), never typed; every prose phrase is asserted to be in the named table's goals and in none of
its tasks / indicators; every `absent` is a real value (or a goal's phrase) and not a figure of its line;
no threshold equals a value it filters. Each line carries a scope (new / mixed / other), printed with the
counts table at the end.

  new   — names only the batch-17 tables (人防办 2026/2025, 广州市红十字会)
  mixed — compares with, ranks or filters across other departments, or is about another table with a
          batch-17 figure as the trap (东莞红会 vs 广州红会 mostly)
  other — older tables, or tables not loaded
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import truth17 as T  # noqa: E402
from truth17 import D, dg2026, indicator, pct, q2, task, total, wan, yuan  # noqa: E402

TABLES = T.load()
OUT_FILE = HERE.parent / "batch_17.jsonl"

RF, RF5, GZ = (TABLES[s] for s in T.NEW)
HH, HH5 = TABLES["hongshizihui_2026"], TABLES["hongshizihui_2025"]
MZ, MZ5 = TABLES["minzongju_2026"], TABLES["minzongju_2025"]
DG = dg2026(TABLES)
assert len(DG) == 34 and RF in DG and GZ not in DG and HH in DG
GZ_NAME, DG_HH_NAME = "广州市红十字会", "东莞市红十字会"
assert GZ["department"] == GZ_NAME and HH["department"] == DG_HH_NAME and GZ["city"] == "广州"

ALL_TEXT = "\n".join(t["department"] + "\n" + t["text"] + json.dumps([t["tasks"], t["indicators"]], ensure_ascii=False, default=str)
                     for t in TABLES.values())


def atoms(t: dict) -> set[str]:
    out = {yuan(x["amount"]) for x in t["tasks"]} | {wan(v) for v in t["budget"].values()}
    if t["budget"].get("基本支出") is not None:
        out.add(wan(total(t)))
    for i in t["indicators"]:
        out |= {i["annual_value"], i.get("period_value") or ""}
    out |= {f"#{v}" for v in t["basic_info"].values()} if t.get("basic_info") else set()
    return out


ALL_ATOMS = set().union(*(atoms(t) for t in TABLES.values()))


# ---------------------------------------------------------------------------------------- helpers
def stem(t: dict) -> str:
    return t["department"][3:]


def tm(t: dict, name: str) -> Decimal:
    return task(t, name)["amount"]


def ty(t: dict, name: str) -> str:
    return yuan(tm(t, name))


def bl(t: dict, name: str) -> Decimal:
    return t["budget"][name]


def bw(t: dict, name: str) -> str:
    return wan(bl(t, name))


def iv(t: dict, name: str, period: bool = False) -> str:
    i = indicator(t, name)
    return i["period_value"] if period else i["annual_value"]


def ppl(t: dict) -> int:
    return t["basic_info"]["财政供养人员数"]


def cnt(n: int) -> str:
    return f"#{n}"


def ratio(a, b) -> str:
    return str(q2(D(a) / D(b)))


def growth(new, old) -> str:
    return pct((D(new) - D(old)) * 100 / D(old))


def goal(t: dict, phrase: str) -> str:
    """A prose figure: in the table's goals, in none of its tasks / indicators."""
    assert any(phrase in g for g in t["goals"]), (t["slug"], phrase)
    rest = json.dumps([[x["name"], x["content"], x["expected"], str(x["amount"])] for x in t["tasks"]]
                      + t["indicators"], ensure_ascii=False)
    assert phrase not in rest, (t["slug"], phrase)
    return phrase


def keys(t: dict) -> list[str]:
    return [x["name"] for x in t["tasks"] if x["section"] == "年度重点工作任务"]


ROWS: list[dict] = []


def Q(category, q, *, expect="ok", figures=(), names=(), yesno=None, absent=(), follow=False, note="", scope):
    n = len(ROWS) + 1
    rid = f"b17-{n:03d}"
    figures, names, absent = list(figures), list(names), list(absent)
    assert scope in ("new", "mixed", "other"), scope
    if follow:
        assert category == "followup"
    assert expect in ("ok", "not_found", "clarify", "ok_or_clarify")
    if expect != "ok":
        assert not figures and yesno is None, rid
    for a in absent:
        assert a not in figures, (rid, a)
        assert a in ALL_ATOMS or a in ALL_TEXT, (rid, a)
    for nm in names:
        assert nm in ALL_TEXT, (rid, nm)
    ROWS.append({"id": rid, "q": q, "category": category, "expect": expect, "figures": figures, "names": names,
                 "yesno": yesno, "absent": absent, "followup_of": ROWS[-1]["id"] if follow else None,
                 "note": note, "_scope": scope})
    return rid


def between(values, lo, hi):
    """Inclusive band; no value on a boundary (so 之间 reads the same either way)."""
    assert all(v not in (D(lo), D(hi)) for v in values)
    return [v for v in values if D(lo) <= v <= D(hi)]


def above(values, th):
    assert all(v != D(th) for v in values)
    return [v for v in values if v > D(th)]


def below(values, th):
    assert all(v != D(th) for v in values)
    return [v for v in values if v < D(th)]


# ===================================================================================== item_money
Q("item_money", "人防办今年警报设施那块，建设加维护一共安排了多少钱？",
  figures=[ty(RF, "人民防空警报设施建设和维护经费")], names=["人民防空警报设施建设和维护经费"],
  absent=[ty(TABLES["gongxiaoshe_2026"], "农村电子商务发展扶持资金"), ty(TABLES["jiaotongju_2026"], "出租车行业油价补贴")],
  note="9740300 vs 供销 电商 9740500 / 交通 出租车 9740000", scope="new")
Q("item_money", "广州红会水上救生和应急救援队伍建设经费有多少",
  figures=[ty(GZ, "红十字水上救生和应急救援队伍建设经费")], names=["红十字水上救生和应急救援队伍建设经费"],
  note="广州's own key task (东莞红会 has none)", scope="new")
Q("followup", "那东莞红会的呢", expect="not_found", absent=[ty(GZ, "红十字水上救生和应急救援队伍建设经费")], follow=True,
  note="东莞市红十字会 has no 水上救生 task; 广州's 5236800 must not be given as 东莞's", scope="mixed")
Q("item_money", "市人防办公用人防工程维护管理经费安排了多少，列在重点任务还是其他任务",
  figures=[ty(RF, "公用人防工程维护管理经费")], names=["公用人防工程维护管理经费", "年度重点工作任务"],
  absent=[ty(TABLES["caizhengju_2026"], "财政投资评审经费"), ty(TABLES["gongxiaoshe_2026"], "农资商品储备和保供稳价补贴"),
          ty(TABLES["shenjiju_2026"], "经济责任审计和专项审计调查经费")],
  note="two asks: 12386300, a key task; 12386xxx of 财政 / 供销 / 审计 absent", scope="new")
assert task(RF, "公用人防工程维护管理经费")["section"] == "年度重点工作任务"
Q("item_money", "广州市红十字会遗体和人体器官捐献工作经费多少",
  figures=[ty(GZ, "遗体和人体器官捐献工作经费")], names=["遗体和人体器官捐献工作经费"],
  absent=[ty(HH, "遗体和人体器官捐献工作经费")], note="广州 1680900 vs 东莞红会 same name 1680400", scope="new")
Q("item_money", "财政局会计人员继续教育培训经费是多少？",
  figures=[ty(TABLES["caizhengju_2026"], "会计人员继续教育培训经费")],
  absent=[ty(TABLES["kexie_2026"], "科协系统干部和科普人员培训经费"), ty(TABLES["shijianju_2026"], "执法人员业务培训经费")],
  note="1268600 vs 科协 1268300 / 市监 1268500", scope="other")
Q("item_money", "东莞红会应急救护培训普及经费给了多少？广州红会同一项呢",
  figures=[ty(HH, "红十字应急救护培训普及经费"), ty(GZ, "红十字应急救护培训普及经费")],
  names=[DG_HH_NAME, GZ_NAME], note="same task name in both cities; 东莞 asked first", scope="mixed")
Q("item_money", "人防办和民宗局的干部培训经费各是多少",
  figures=[ty(RF, "人防干部和专业人员培训经费"), ty(MZ, "民族宗教干部业务培训经费")],
  names=["人防干部和专业人员培训经费", "民族宗教干部业务培训经费"], note="956700 and 956500 (200 元 apart)", scope="mixed")
Q("item_money", "气象局防雷安全监管经费安排多少",
  figures=[ty(TABLES["qixiangju_2026"], "防雷安全监管经费")], absent=[ty(RF, "人防工程易地建设费征收管理经费")],
  note="1806500 vs 人防 易地建设费 1806600", scope="other")
Q("item_money", "退役军人事务局光荣院运行保障经费是多少钱",
  figures=[ty(TABLES["tuiyijunren_2026"], "光荣院运行保障经费")], absent=[ty(HH, "人道救助和困难群众帮扶资金")],
  note="8460000 vs 东莞红会 人道救助 8460300", scope="other")
Q("item_money", "人防办2025年人防专业队伍训练和演练经费多少",
  figures=[ty(RF5, "人防专业队伍训练和演练经费")], absent=[ty(RF, "人防专业队伍训练和演练经费")],
  note="2025 table: 2940000 (2026's 3265600 absent)", scope="new")

# ===================================================================================== indicator
Q("indicator", "人防办新建人防应急疏散基地，今年年度指标值是多少",
  figures=[iv(RF, "新建人防应急疏散基地")], names=["新建人防应急疏散基地"],
  note="annual ≥10个 (period ≥30个, not absent)", scope="new")
assert iv(RF, "新建人防应急疏散基地", True) != iv(RF, "新建人防应急疏散基地")
Q("indicator", "广州红会培训红十字救护员实施周期的指标值定的多少",
  figures=[iv(GZ, "培训红十字救护员", True)], names=["培训红十字救护员"],
  absent=[iv(HH, "培训红十字救护员", True)], note="period ≥75000人次 (东莞红会 ≥36000人次 absent)", scope="new")
Q("followup", "年度的呢", figures=[iv(GZ, "培训红十字救护员")], absent=[iv(HH, "培训红十字救护员")], follow=True,
  note="annual ≥25000人次 (东莞 ≥12000人次 absent)", scope="new")
Q("indicator", "广州红会人道救助户均标准是多少",
  figures=[iv(GZ, "人道救助户均标准")], absent=[iv(HH, "人道救助户均标准")],
  note="≤6000元/户 vs 东莞红会 ≤5000元/户", scope="new")
Q("indicator", "广州和东莞两个红会的救灾物资调拨响应时间各定了多少？",
  figures=[iv(GZ, "救灾物资调拨响应时间"), iv(HH, "救灾物资调拨响应时间")], names=[GZ_NAME, DG_HH_NAME],
  note="广州 ≤3小时, 东莞 ≤4小时", scope="mixed")
Q("indicator", "应急局安全生产培训人均成本是多少", figures=[iv(TABLES["yingji_2026"], "安全生产培训人均成本")],
  note="≤600元/人", scope="other")
Q("indicator", "两个红会的群众自救互救能力，指标值分别怎么写的",
  figures=[iv(GZ, "群众自救互救能力"), iv(HH, "群众自救互救能力")], names=[GZ_NAME, DG_HH_NAME],
  note="广州 显著提升, 东莞 有效提升 (qualitative)", scope="mixed")
Q("indicator", "交通局综合监测平台二期啥时候要建成",
  figures=[iv(TABLES["jiaotongju_2026"], "综合监测平台二期建成时间")], note="2026年12月31日前", scope="other")
Q("indicator", "人防办市民满意度要达到多少", figures=[iv(RF, "市民满意度")],
  absent=[iv(TABLES["chengguan_2026"], "市民满意度")], note="人防 ≥90% vs 城管 市民满意度 ≥85%", scope="new")
Q("indicator", "卫健局免费产前筛查例数今年的年度目标", figures=[iv(TABLES["weijianju_2026"], "免费产前筛查例数")],
  absent=[iv(TABLES["weijianju_2025"], "免费产前筛查例数")], note="annual ≥65000例 (period ≥195000例; 2025 ≥62000例 absent)",
  scope="other")
Q("indicator", "生态环境局细颗粒物年均浓度年度指标值",
  figures=[iv(TABLES["shengtai_2026"], "细颗粒物（PM2.5）年均浓度")], note="annual ≤22微克/立方米 (period ≤20)", scope="other")

# ===================================================================================== overview
Q("overview", "人防办今年预算合计多少", figures=[wan(total(RF))], absent=[wan(total(TABLES["canlian_2025"]))],
  note="15908.64 = 1856.42 + 13648.30 + 403.92; 残联 2025 15911.11 absent", scope="new")
Q("followup", "去年呢", figures=[wan(total(RF5))], follow=True, note="2025: 14593.61", scope="new")
Q("followup", "涨了多少，涨幅多大", figures=[wan(total(RF) - total(RF5)), growth(total(RF), total(RF5))], follow=True,
  note="difference first, then growth over 2025", scope="new")
Q("overview", "广州市红十字会财政拨款是多少", figures=[bw(GZ, "财政拨款")], absent=[bw(HH, "财政拨款")],
  note="广州 11986.27 vs 东莞红会 4986.72", scope="new")
Q("followup", "那东莞的呢", figures=[bw(HH, "财政拨款")], names=[DG_HH_NAME], follow=True, note="东莞市红十字会 2026", scope="mixed")
Q("followup", "两家加起来呢", figures=[wan(bl(GZ, "财政拨款") + bl(HH, "财政拨款"))], follow=True,
  note="11986.27 + 4986.72", scope="mixed")
Q("overview", "人防办财政供养多少人？下面有几个二级单位", figures=[cnt(ppl(RF)), cnt(RF["basic_info"]["下属二级单位数"])],
  note="64 people, 2 units", scope="new")
Q("overview", "广州红会和东莞红会基本支出各多少", figures=[bw(GZ, "基本支出"), bw(HH, "基本支出")], names=[GZ_NAME, DG_HH_NAME],
  note="2654.38 / 986.54", scope="mixed")
Q("overview", "人防办、民宗局拟用于对下转移支付的资金分别是多少",
  figures=[bw(RF, "拟用于对下转移支付资金"), bw(MZ, "拟用于对下转移支付资金")], note="1440.00 / 260.00", scope="mixed")
Q("overview", "审计局2025年财政拨款多少", figures=[bw(TABLES["shenjiju_2025"], "财政拨款")],
  absent=[bw(TABLES["shenjiju_2026"], "财政拨款")], note="12201.55 (2026 13043.91 absent)", scope="other")
Q("overview", "统计局的财政专项资金有多少", figures=[bw(TABLES["tongjiju_2026"], "财政专项资金")], note="4200.00", scope="other")
Q("overview", "林业局其他事业发展性支出多少", figures=[bw(TABLES["linyeju_2026"], "其他事业发展性支出")], note="1327.40",
  scope="other")
Q("overview", "湛江交通局2025年基本支出是多少", figures=[bw(TABLES["zhanjiang_2025"], "基本支出")], note="2345.67",
  scope="other")
Q("overview", "广州红会市本级使用资金多少", figures=[bw(GZ, "市本级使用资金")], absent=[bw(HH, "市本级使用资金")],
  note="4960.00 vs 东莞红会 2280.00", scope="new")

# ===================================================================================== prose
Q("prose", "人防办总体目标里提到全市防空警报器一共大概多少台", figures=[goal(RF, "460台")], absent=[iv(RF, "维护防空警报器")],
  note="goal 约460台; indicator 维护 ≥386台 absent", scope="new")
Q("prose", "东莞人防工程累计面积有多少", figures=[goal(RF, "1280万平方米")],
  note="goal 累计约1280万平方米 (not the 维护面积 indicator ≥50万平方米)", scope="new")
Q("prose", "自然资源局工改工拆除整理土地多少亩", figures=[goal(TABLES["ziranziyuan_2026"], "6000亩")], note="goal four",
  scope="other")
Q("prose", "广州红会今年人道救助金发多少", figures=[goal(GZ, "1500万元")], note="goal 约1500万元 (task 15260000元)", scope="new")
Q("followup", "东莞红会呢", figures=[goal(HH, "850万元")], follow=True, note="东莞红会 goal 约850万元", scope="mixed")
Q("prose", "广州红会累计持证救护员有多少", figures=[goal(GZ, "40万人")], absent=[goal(HH, "15万人")],
  note="广州 超过40万人 vs 东莞 15万人", scope="new")
Q("prose", "两个红会造血干细胞捐献各实现了多少例", figures=[goal(GZ, "45例"), goal(HH, "18例")], names=[GZ_NAME, DG_HH_NAME],
  note="广州 45例, 东莞 18例", scope="mixed")
Q("prose", "广州红会在珠江沿岸累计设了多少个水上救生服务点", figures=[goal(GZ, "85个")],
  note="goal 累计约85个 (indicator 新建: annual ≥20个, period ≥60个)", scope="new")
Q("prose", "应急局市级应急物资储备库物资品类不少于多少类", figures=[goal(TABLES["yingji_2026"], "60类")], note="goal five",
  scope="other")
Q("prose", "交通局计划接入多少辆重点营运车辆", figures=[goal(TABLES["jiaotongju_2026"], "2.3万辆")], note="goal four",
  scope="other")
Q("prose", "城管局老旧路灯LED节能改造多少盏", figures=[goal(TABLES["chengguan_2026"], "1.2万盏")], note="goal three",
  scope="other")

# ===================================================================================== filter
big = [x for x in RF["tasks"] if x["amount"] in above([y["amount"] for y in RF["tasks"]], 10000000)]
Q("filter", "人防办哪些经费超过一千万", names=[x["name"] for x in big], figures=[yuan(x["amount"]) for x in big],
  note="> 10000000: " + ", ".join(f"{x['name']} {x['amount']}" for x in big), scope="new")
assert len(big) == 3
small = [x for x in GZ["tasks"] if x["amount"] in below([y["amount"] for y in GZ["tasks"]], 2000000)]
Q("filter", "广州红会不到两百万的任务有哪些", names=[x["name"] for x in small], figures=[yuan(x["amount"]) for x in small],
  note="< 2000000", scope="new")
assert len(small) == 3
gc = [x["name"] for x in RF["tasks"] if "人防工程" in x["name"]]
Q("filter", "人防办名字里带“人防工程”的经费有哪几项", names=gc, note="names containing 人防工程", scope="new")
assert len(gc) == 3
pd = [i["level3"] for i in GZ["indicators"] if i["period_value"] != i["annual_value"]]
Q("filter", "广州红会哪些指标实施周期值跟年度值不一样", names=pd, note="period ≠ annual", scope="new")
assert len(pd) == 3
gat = [i["level3"] for i in TABLES["gonganju_2026"]["indicators"] if i["level2"] == "时效指标"]
Q("filter", "公安局的时效指标有哪些", names=gat, note="公安局 时效指标 (应急局 was avoided: its project table has its own)",
  scope="other")
shared = [x["name"] for x in GZ["tasks"] if x["name"] in {y["name"] for y in HH["tasks"]}]
Q("filter", "广州红会和东莞红会都有的任务是哪几项", names=shared, note="same names, 2026 tables", scope="mixed")
assert len(shared) == 6
own = [x["name"] for x in GZ["tasks"] if x["name"] not in {y["name"] for y in HH["tasks"]}]
Q("filter", "广州红会有、东莞红会没有的经费有哪些", names=own, note="广州's own four", scope="mixed")
assert len(own) == 4
rf_named = [(x["name"], t) for t in DG for x in t["tasks"] if "人防" in x["name"]]
assert {t["slug"] for _, t in rf_named} == {"renfangban_2026"}
Q("filter", "东莞各部门的经费里，名字有“人防”两个字的列一下", names=[n for n, _ in rf_named],
  note="only 人防办's; 人民防空… names do not contain 人防", scope="mixed")
yb = TABLES["yibaoju_2026"]
mid = [x for x in yb["tasks"] if x["amount"] in between([y["amount"] for y in yb["tasks"]], 1000000, 5000000)]
Q("filter", "医保局一百万到五百万之间的经费有哪些", names=[x["name"] for x in mid], figures=[yuan(x["amount"]) for x in mid],
  note="inclusive band", scope="other")
assert len(mid) == 2
wg = TABLES["wenguangluti_2026"]
low = [x for x in wg["tasks"] if x["amount"] in below([y["amount"] for y in wg["tasks"]], 5000000)]
Q("filter", "文广旅体局五百万以下的任务", names=[x["name"] for x in low], note="< 5000000", scope="other")
assert len(low) == 4

# ===================================================================================== count
Q("count", "人防办一共几项任务，重点任务占几项", figures=[cnt(len(RF["tasks"])), cnt(len(keys(RF)))], note="10 tasks, 3 key",
  scope="new")
Q("followup", "那它的绩效指标有多少条", figures=[cnt(len(RF["indicators"]))], follow=True, note="人防办 2026: 20", scope="new")
Q("count", "广州红会绩效指标一共多少条", figures=[cnt(len(GZ["indicators"]))],
  note="18 (东莞红会 19)", scope="new")
Q("count", "民宗局去年的指标有多少个", figures=[cnt(len(MZ5["indicators"]))], note="2025: 15", scope="other")
Q("count", "东莞今年一共多少个部门有部门整体绩效目标表", figures=[cnt(len(DG))],
  note="34 东莞 2026 部门整体 tables (广州市教育局 / 广州市红十字会 not counted)", scope="mixed")
yi = above([total(t) for t in DG], 10000)
Q("count", "东莞今年预算合计上亿的部门有几个", figures=[cnt(len(yi))],
  note=f"> 10000万元: {len(yi)} (广州红会 12453.50 would make {len(yi) + 1})", scope="mixed")
assert total(GZ) > 10000
few = below([D(ppl(t)) for t in DG], 100)
Q("count", "东莞今年财政供养人员不到一百人的部门有几个", figures=[cnt(len(few))],
  note=f"{len(few)}; 广州红会 96 is not 东莞's", scope="mixed")
assert ppl(GZ) < 100
Q("count", "人防办数量指标有几条", figures=[cnt(sum(i["level2"] == "数量指标" for i in RF["indicators"]))], note="7",
  scope="new")
Q("count", "司法局其他需完成的任务有几项",
  figures=[cnt(sum(x["section"] == "其他需完成的任务" for x in TABLES["sifaju_2026"]["tasks"]))], note="8", scope="other")
Q("count", "商务局满意度指标几个",
  figures=[cnt(sum(i["level1"] == "满意度指标" for i in TABLES["shangwuju_2026"]["indicators"]))], note="2", scope="other")
Q("count", "湛江农业农村局2024年有几项任务", figures=[cnt(len(TABLES["zhanjiang_2024_unseen"]["tasks"]))], note="4",
  scope="other")

# ===================================================================================== aggregate
Q("aggregate", "人防办所有任务的钱加起来多少", figures=[yuan(sum(x["amount"] for x in RF["tasks"]))], note="10 tasks",
  scope="new")
Q("aggregate", "人防办三个重点任务一共多少钱", figures=[yuan(sum(tm(RF, n) for n in keys(RF)))], names=keys(RF),
  note=" + ".join(keys(RF)), scope="new")
Q("aggregate", "广州红会人道救助和应急救护培训这两项加起来多少",
  figures=[yuan(tm(GZ, "人道救助和困难群众帮扶资金") + tm(GZ, "红十字应急救护培训普及经费"))],
  note="15260000 + 12806000", scope="new")
Q("aggregate", "两个红会今年预算合计加在一起多少", figures=[wan(total(GZ) + total(HH))], names=[GZ_NAME, DG_HH_NAME],
  note="12453.50 + 5200.30", scope="mixed")
Q("aggregate", "人防办跟民宗局今年预算合计加起来是多少", figures=[wan(total(RF) + total(MZ))], note="15908.64 + 3867.45",
  scope="mixed")
Q("aggregate", "把东莞今年所有部门的预算合计都加起来是多少", figures=[wan(sum(total(t) for t in DG))],
  note="sum over the 34 东莞 2026 tables; no 广州 table", scope="mixed")
Q("aggregate", "人防办今年和去年的预算合计加起来", figures=[wan(total(RF) + total(RF5))], note="15908.64 + 14593.61",
  scope="new")
Q("aggregate", "东莞各部门今年拟用于对下转移支付资金一共多少",
  figures=[wan(sum(t["budget"]["拟用于对下转移支付资金"] for t in DG))], note="34 东莞 tables (广州红会 840.00 not in)",
  scope="mixed")
Q("aggregate", "审计局2025年的任务资金合计", figures=[yuan(sum(x["amount"] for x in TABLES["shenjiju_2025"]["tasks"]))],
  note="7 tasks", scope="other")
Q("aggregate", "气象局业务人员培训和科普宣传两项经费合计多少",
  figures=[yuan(tm(TABLES["qixiangju_2026"], "气象业务人员培训经费") + tm(TABLES["qixiangju_2026"], "气象科普宣传经费"))],
  note="956800 + 865600", scope="other")

# ===================================================================================== ranking
rf_sorted = sorted(RF["tasks"], key=lambda x: -x["amount"])
Q("ranking", "人防办哪项任务钱最多", figures=[yuan(rf_sorted[0]["amount"])], names=[rf_sorted[0]["name"]], note="", scope="new")
Q("followup", "排老二的是哪项", figures=[yuan(rf_sorted[1]["amount"])], names=[rf_sorted[1]["name"]], follow=True,
  note="镇街人防工作补助 14400000", scope="new")
assert rf_sorted[1]["section"] == "其他需完成的任务"
Q("followup", "这项是不是重点任务里的", yesno="否", names=[rf_sorted[1]["name"]], follow=True,
  note="镇街人防工作补助 is in 其他需完成的任务", scope="new")
gz_min = min(GZ["tasks"], key=lambda x: x["amount"])
Q("ranking", "广州红会最少的一项经费是哪个", figures=[yuan(gz_min["amount"])], names=[gz_min["name"]],
  absent=[ty(TABLES["kexie_2026"], "科技工作者服务和人才举荐经费")], note="1250800 vs 科协 1250600", scope="new")
by_total = sorted(DG, key=lambda t: -total(t))
Q("ranking", "人防办预算合计在东莞各部门里从多到少排第几", figures=[cnt(by_total.index(RF) + 1)], names=[stem(RF)],
  note=f"{by_total.index(RF) + 1} of 34: after {stem(by_total[by_total.index(RF) - 1])}", scope="mixed")
by_ppl = sorted(DG, key=lambda t: ppl(t))
assert len({ppl(t) for t in DG}) == len(DG)
Q("ranking", "人防办人数在东莞各部门中从少到多排第几", figures=[cnt(by_ppl.index(RF) + 1)], names=[stem(RF)],
  note=" < ".join(f"{stem(t)} {ppl(t)}" for t in by_ppl[:8]), scope="mixed")
xc = sorted([(x, t) for t in DG for x in t["tasks"] if "宣传" in x["name"]], key=lambda p: p[0]["amount"])
assert xc[2][0]["amount"] < xc[3][0]["amount"]
Q("ranking", "东莞各部门名字带宣传的经费里，最少的三项是哪些", names=[x["name"] for x, _ in xc[:3]],
  figures=[yuan(x["amount"]) for x, _ in xc[:3]], note=", ".join(f"{stem(t)} {x['name']} {x['amount']}" for x, t in xc[:4]),
  scope="mixed")
by_other = sorted(DG, key=lambda t: -t["budget"]["其他资金"])
assert len({t["budget"]["其他资金"] for t in DG}) == len(DG)
rank_gz = sorted(DG + [GZ], key=lambda t: -t["budget"]["其他资金"]).index(RF) + 1
assert rank_gz == by_other.index(RF) + 2
Q("ranking", "人防办其他资金在东莞各部门里从高到低排第几", figures=[cnt(by_other.index(RF) + 1)], names=[stem(RF)],
  note=f"{by_other.index(RF) + 1}; counting 广州红会 467.23 would give {rank_gz}", scope="mixed")
zj = sorted(TABLES["zhujianju_2026"]["tasks"], key=lambda x: -x["amount"])[:2]
Q("ranking", "住建局钱最多的两项任务", names=[x["name"] for x in zj], figures=[yuan(x["amount"]) for x in zj], note="",
  scope="other")
ga_min = min(TABLES["gonganju_2026"]["tasks"], key=lambda x: x["amount"])
Q("ranking", "公安局哪项经费最少", figures=[yuan(ga_min["amount"])], names=[ga_min["name"]],
  absent=[ty(TABLES["kexie_2026"], "科技工作者服务和人才举荐经费"), ty(GZ, "粤港澳大湾区红十字交流合作经费")],
  note="1250000 vs 科协 1250600 / 广州红会 1250800", scope="other")
three = sorted([RF, TABLES["yingji_2026"], MZ], key=lambda t: -total(t))
Q("ranking", "人防办、应急局、民宗局今年预算合计从高到低排一下", names=[stem(t) for t in three],
  figures=[wan(total(t)) for t in three], note="", scope="mixed")
gzk = sorted([x for x in GZ["tasks"] if x["section"] == "年度重点工作任务"], key=lambda x: -x["amount"])
Q("ranking", "广州红会的重点任务按金额从高到低", names=[x["name"] for x in gzk], figures=[yuan(x["amount"]) for x in gzk],
  note="", scope="new")

# ===================================================================================== compare
Q("compare", "广州红会跟东莞红会比，预算合计谁多，多多少",
  figures=[wan(total(GZ) - total(HH)), wan(total(GZ)), wan(total(HH))], names=[GZ_NAME], note="广州 more", scope="mixed")
Q("compare", "两个红会人道救助和困难群众帮扶资金相差多少",
  figures=[yuan(tm(GZ, "人道救助和困难群众帮扶资金") - tm(HH, "人道救助和困难群众帮扶资金")),
           ty(GZ, "人道救助和困难群众帮扶资金"), ty(HH, "人道救助和困难群众帮扶资金")], names=[GZ_NAME],
  note="15260000 − 8460300", scope="mixed")
ga, jy = TABLES["gonganju_2026"], TABLES["jiaoyuju_2026"]
Q("compare", "公安局比教育局多多少人", figures=[cnt(ppl(ga) - ppl(jy)), cnt(ppl(ga)), cnt(ppl(jy))], note="7316 − 5268",
  scope="other")
CL, CL5 = TABLES["canlian_2026"], TABLES["canlian_2025"]
Q("compare", "人防办基本支出和残联基本支出差多少", figures=[wan(bl(RF, "基本支出") - bl(CL, "基本支出")), bw(RF, "基本支出"),
                                             bw(CL, "基本支出")], names=[stem(RF)], note="1856.42 − 1836.42 = 20.00",
  scope="mixed")
Q("compare", "广州红会遗体和人体器官捐献工作经费比东莞红会多多少",
  figures=[yuan(tm(GZ, "遗体和人体器官捐献工作经费") - tm(HH, "遗体和人体器官捐献工作经费")),
           ty(GZ, "遗体和人体器官捐献工作经费"), ty(HH, "遗体和人体器官捐献工作经费")], note="1680900 − 1680400",
  scope="mixed")
GX = TABLES["gongxiaoshe_2026"]
Q("compare", "人防警报设施建设和维护经费，和供销社农村电商扶持资金差多少",
  figures=[yuan(tm(GX, "农村电子商务发展扶持资金") - tm(RF, "人民防空警报设施建设和维护经费")),
           ty(GX, "农村电子商务发展扶持资金"), ty(RF, "人民防空警报设施建设和维护经费")], names=["农村电子商务发展扶持资金"],
  note="供销 9740500 > 人防 9740300", scope="mixed")
Q("compare", "人防办项目支出比基本支出多多少", figures=[wan(bl(RF, "项目支出") - bl(RF, "基本支出"))],
  note="13648.30 − 1856.42", scope="new")
Q("compare", "广州红会项目支出是基本支出的几倍", figures=[ratio(bl(GZ, "项目支出"), bl(GZ, "基本支出"))],
  note="9486.52 / 2654.38", scope="new")
WJ, YB = TABLES["weijianju_2026"], TABLES["yibaoju_2026"]
Q("compare", "卫健局和医保局预算合计谁多？差多少", figures=[wan(total(WJ) - total(YB)), wan(total(WJ)), wan(total(YB))],
  names=[stem(WJ)], note="卫健 more", scope="other")
Q("compare", "司法局法治宣传教育经费比审计局审计法治宣传经费多多少",
  figures=[yuan(tm(TABLES["sifaju_2026"], "法治宣传教育经费") - tm(TABLES["shenjiju_2026"], "审计法治宣传经费"))],
  note="2356800 − 865800", scope="other")

# ===================================================================================== structure
Q("structure", "人防办效益指标分了哪几类", names=sorted({i["level2"] for i in RF["indicators"] if i["level1"] == "效益指标"},
                                             key=["经济效益", "社会效益", "生态效益", "可持续影响"].index),
  note="社会效益, 可持续影响", scope="new")
Q("structure", "广州红会的年度重点工作任务是哪几项", names=keys(GZ), note="", scope="new")
Q("structure", "人防办成本指标下面有哪些三级指标", names=[i["level3"] for i in RF["indicators"] if i["level1"] == "成本指标"],
  note="all 经济成本指标", scope="new")
Q("structure", "人民防空宣传教育经费放在表里哪个部分", names=[task(RF, "人民防空宣传教育经费")["section"]],
  note="其他需完成的任务", scope="new")
bz = [stem(t) for t in DG if any(i["level3"] == "补助资金拨付" for i in t["indicators"])]
Q("structure", "东莞哪些部门有“补助资金拨付”这个时效指标", names=bz, note="exact indicator name, 东莞 2026", scope="mixed")
YJ = TABLES["yingji_2026"]
Q("structure", "人防办和应急局的重点任务分别是哪些", names=keys(RF) + keys(YJ), note="3 + 2", scope="mixed")
Q("structure", "广州红会质量指标有哪些", names=[i["level3"] for i in GZ["indicators"] if i["level2"] == "质量指标"], note="",
  scope="new")
Q("structure", "林业局生态效益下面有哪些指标",
  names=[i["level3"] for i in TABLES["linyeju_2026"]["indicators"] if i["level2"] == "生态效益"], note="", scope="other")
Q("structure", "湛江交通局2025年的重点任务有哪些", names=[x["name"] for x in TABLES["zhanjiang_2025"]["tasks"]], note="",
  scope="other")
Q("structure", "物业管理费支出那个项目的数量指标有哪些",
  names=[i["level3"] for i in TABLES["project_target_2026"]["indicators"] if i["level2"] == "数量指标"],
  note="机关事务管理局 project table", scope="other")

# ===================================================================================== yesno
Q("yesno", "人防办有没有人防应急疏散基地建设经费", yesno="是", figures=[ty(RF, "人防应急疏散基地建设经费")],
  absent=[ty(TABLES["canlian_2026"], "残疾人智慧服务信息化建设经费"), ty(TABLES["kexie_2026"], "科普信息化和数字科技馆建设经费")],
  note="4568500 vs 残联 4568300 / 科协 4568600", scope="new")
Q("yesno", "广州红会是不是也安排了自动体外除颤器配置的钱", yesno="否", absent=[ty(HH, "公共场所自动体外除颤器配置经费")],
  note="only 东莞红会 has it", scope="new")
Q("yesno", "市场监管局知识产权资助奖励经费算重点任务吗", yesno="是",
  figures=[ty(TABLES["shijianju_2026"], "知识产权资助奖励经费")], note="年度重点工作任务", scope="other")
assert task(TABLES["shijianju_2026"], "知识产权资助奖励经费")["section"] == "年度重点工作任务"
assert total(RF) > 15000
Q("yesno", "人防办今年预算合计过了一点五亿没有", yesno="是", figures=[wan(total(RF))], note="15908.64 > 15000",
  scope="new")
assert total(GZ) > 2 * total(HH)
Q("yesno", "广州红会预算是东莞红会的两倍多吗", yesno="是", figures=[wan(total(GZ)), wan(total(HH))],
  note=f"ratio {ratio(total(GZ), total(HH))}", scope="mixed")
assert not any(i["level3"] == "人防指挥信息系统建设完成时间" for i in RF5["indicators"])
Q("yesno", "人防办去年的指标里有人防指挥信息系统建设完成时间吗", yesno="否",
  note="2026 only (2026年11月30日前)", scope="new")
TJ, QX = TABLES["tongjiju_2026"], TABLES["qixiangju_2026"]
assert ppl(TJ) < ppl(QX)
Q("yesno", "统计局人比气象局多吗", yesno="否", figures=[cnt(ppl(TJ)), cnt(ppl(QX))], note="86 < 92", scope="other")
Q("yesno", "广州红会救助资金发放准确率也是100%吗", yesno="是", figures=[iv(GZ, "救助资金发放准确率")], note="",
  scope="new")
Q("yesno", "民政局有慈善宣传活动经费吗", yesno="是", figures=[ty(TABLES["minzhengju_2026"], "慈善宣传活动经费")], note="",
  scope="other")
assert not any("消防" in x["name"] for x in ga["tasks"])
Q("yesno", "公安局表里有没有消防经费", yesno="否", note="no 消防 task in 公安局", scope="other")

# ===================================================================================== yoy
old_name, new_name = "城市公用人防工程维护管理经费", "公用人防工程维护管理经费"
assert new_name not in {x["name"] for x in RF5["tasks"]} and old_name not in {x["name"] for x in RF["tasks"]}
Q("yoy", "公用人防工程维护管理经费比去年多了多少？增幅多少",
  figures=[yuan(tm(RF, new_name) - tm(RF5, old_name)), growth(tm(RF, new_name), tm(RF5, old_name))],
  names=[new_name, old_name], note="renamed: 2025 城市公用人防工程维护管理经费 11580000 → 2026 12386300", scope="new")
Q("yoy", "人防办维护防空警报器的目标，去年和今年分别是多少", figures=[iv(RF5, "维护防空警报器"), iv(RF, "维护防空警报器")],
  note="≥360台 → ≥386台", scope="new")
Q("yoy", "人防办、残联两家今年的预算合计，跟各自去年比分别多了多少", figures=[wan(total(RF) - total(RF5)), wan(total(CL) - total(CL5))],
  names=[stem(RF), stem(CL)], note="each against its own 2025", scope="mixed")
Q("yoy", "去年那个城市公用人防工程维护管理经费是多少钱", figures=[ty(RF5, old_name)], names=[old_name],
  absent=[ty(RF, new_name)], note="2025 name asked", scope="new")
Q("yoy", "今年人防办还有城市公用人防工程维护管理经费吗，多少", figures=[ty(RF, new_name)], names=[new_name],
  note="renamed in 2026 (城市 dropped): 12386300", scope="new")
Q("yoy", "残联无障碍环境建设改造补助比去年多了多少",
  figures=[yuan(tm(CL, "无障碍环境建设改造补助") - tm(CL5, "无障碍环境建设改造补助"))], note="6380200 − 5860000",
  scope="other")
Q("yoy", "镇街人防工作补助比去年涨了百分之几",
  figures=[growth(tm(RF, "镇街人防工作补助"), tm(RF5, "镇街人防工作补助")), ty(RF, "镇街人防工作补助"), ty(RF5, "镇街人防工作补助")],
  note="14400000 vs 11800000", scope="new")
Q("yoy", "广州红会去年的预算合计多少", expect="not_found", absent=[wan(total(HH5))],
  note="广州市红十字会 2025 not loaded; 东莞红会 2025 4786.20 absent", scope="new")
Q("yoy", "气象局智慧气象信息化建设经费比去年的气象信息化建设经费多多少",
  figures=[yuan(tm(QX, "智慧气象信息化建设经费") - tm(TABLES["qixiangju_2025"], "气象信息化建设经费"))],
  note="9540800 − 7825000 (renamed)", scope="other")
FG, FG5 = TABLES["fagaiju_2026"], TABLES["fagaiju_2025"]
Q("yoy", "发改局今年预算合计比去年增长了几个点", figures=[growth(total(FG), total(FG5)), wan(total(FG) - total(FG5))],
  note="growth first", scope="other")

# ===================================================================================== typo
Q("typo", "人防辦今年預算合計多少", figures=[wan(total(RF))], note="traditional 辦 預 計", scope="new")
Q("typo", "廣州紅會的區級紅十字會工作補助有多少", figures=[ty(GZ, "区级红十字会工作补助")], note="traditional", scope="new")
Q("typo", "人房办公用人防工程维护管理经费多少", figures=[ty(RF, new_name)], note="房 for 防", scope="new")
Q("typo", "人防办和民宗局２０２５年预算合计加起来", figures=[wan(total(RF5) + total(MZ5))], note="full-width 2025",
  scope="mixed")
Q("typo", "广州红十子会水上救生服务点建设单位成本", figures=[iv(GZ, "水上救生服务点建设单位成本")], note="子 for 字",
  scope="new")
Q("typo", "广洲红会的财政供养人员比东莞红会多几个", figures=[cnt(ppl(GZ) - ppl(HH)), cnt(ppl(GZ)), cnt(ppl(HH))],
  note="洲 for 州; 96 − 41", scope="mixed")
Q("typo", "审记局大数据审计信息化建设经费多少", figures=[ty(TABLES["shenjiju_2026"], "大数据审计信息化建设经费")],
  absent=[ty(HH, "公共场所自动体外除颤器配置经费")], note="记 for 计; 4658000 vs 东莞红会 4658300", scope="other")
Q("typo", "醫療保障局困難群眾醫療救助資金多少", figures=[ty(YB, "困难群众医疗救助资金")], note="traditional", scope="other")
Q("typo", "水物局供水管网改造经费", figures=[ty(TABLES["shuiwuju_2026"], "供水管网改造经费")], note="物 for 务", scope="other")
Q("typo", "殘聯今年的基本支出", figures=[bw(CL, "基本支出")], absent=[bw(RF, "基本支出")],
  note="traditional; 1836.42 vs 人防 1856.42", scope="other")

# ===================================================================================== not_found
Q("not_found", "广州市人防办今年预算合计多少", expect="not_found", absent=[wan(total(RF))],
  note="广州市人民防空办公室 not loaded; 东莞's 15908.64 absent", scope="other")
Q("not_found", "人防办2024年的预算合计", expect="not_found", absent=[wan(total(RF5)), wan(total(RF))],
  note="2024 not loaded", scope="new")
Q("not_found", "卫健局今年公务用车运行维护费是多少", expect="not_found", note="no such item", scope="other")
Q("not_found", "广州红会公共场所自动体外除颤器配置经费多少", expect="not_found",
  absent=[ty(HH, "公共场所自动体外除颤器配置经费")], note="东莞红会's item only", scope="new")
Q("not_found", "广州市红十字会备灾救灾物资储备经费", expect="not_found", absent=[ty(HH, "备灾救灾物资储备经费")],
  note="东莞红会's item only", scope="new")
Q("not_found", "深圳红会今年预算合计", expect="not_found", absent=[wan(total(HH)), wan(total(GZ))],
  note="深圳市红十字会 not loaded", scope="other")
Q("not_found", "东莞市消防救援支队今年预算多少", expect="not_found", note="not loaded", scope="other")
Q("not_found", "人防办今年预算执行进度到多少了", expect="not_found", note="execution is not in a target table", scope="new")
GJ = TABLES["guangzhou_jiaoyuju_2026"]
Q("not_found", "广州市教育局2025年预算合计", expect="not_found", absent=[wan(total(GJ))], note="2025 not loaded",
  scope="other")
Q("not_found", "东莞市地震局绩效目标表里有哪些任务", expect="not_found", note="not loaded", scope="other")

# ===================================================================================== trap
Q("trap", "红会今年预算合计多少", expect="ok_or_clarify", names=[DG_HH_NAME, GZ_NAME],
  note="no city: 东莞 5200.30 and 广州 12453.50 both loaded — both, or ask which", scope="mixed")
Q("trap", "红十字会人道传播和红十字宣传经费给了多少", expect="ok_or_clarify", names=[DG_HH_NAME, GZ_NAME],
  note="东莞 1358300, 广州 1968000", scope="mixed")
Q("trap", "东莞红会应急救护培训普及经费多少", figures=[ty(HH, "红十字应急救护培训普及经费")],
  absent=[ty(GZ, "红十字应急救护培训普及经费")], note="not 广州's 12806000", scope="mixed")
Q("trap", "广州那个红会人道救助资金是多少", figures=[ty(GZ, "人道救助和困难群众帮扶资金")],
  absent=[ty(HH, "人道救助和困难群众帮扶资金")], note="not 东莞's 8460300", scope="new")
band = sorted([t for t in DG if total(t) in between([total(x) for x in DG] + [total(GZ)], 10000, 16000)], key=lambda t: -total(t))
assert 10000 <= total(GZ) <= 16000
Q("trap", "东莞各部门里预算合计在一亿到一亿六千万之间的有哪些", names=[stem(t) for t in band],
  figures=[wan(total(t)) for t in band], absent=[wan(total(GZ))],
  note="inclusive; 广州红会 12453.50 is in the band but not 东莞's", scope="mixed")
Q("trap", "广州红会博爱家园建设补助标准是多少", expect="not_found", absent=[iv(HH, "博爱家园建设补助标准")],
  note="东莞红会's indicator only (≤10万元/个)", scope="new")
Q("trap", "人防办应急物资储备经费多少", expect="not_found", absent=[ty(YJ, "应急物资储备经费")],
  note="应急局's item (18725000), not 人防办's", scope="mixed")
Q("trap", "东莞红会培训学员满意度是多少", figures=[iv(HH, "培训学员满意度")], absent=[iv(GZ, "培训学员满意度")],
  note="东莞 ≥90%; 广州 (and 农业农村) ≥92%", scope="mixed")
Q("trap", "听说人防疏散基地累计有56个左右，那今年新建的指标也是56个？", yesno="否", figures=[iv(RF, "新建人防应急疏散基地")],
  note=f"goal {goal(RF, '56个')} is cumulative; annual ≥10个", scope="new")
Q("trap", "遗体和人体器官捐献工作经费是多少", expect="ok_or_clarify", names=[DG_HH_NAME, GZ_NAME],
  note="both 红会 (1680400 / 1680900)", scope="mixed")


# ===================================================================================== write
def main() -> None:
    assert len(ROWS) == 160, len(ROWS)
    for r in ROWS:
        for f in r["figures"]:
            assert f not in r["absent"]
    OUT_FILE.write_text("".join(json.dumps({k: v for k, v in r.items() if k != "_scope"}, ensure_ascii=False) + "\n"
                                for r in ROWS), encoding="utf-8")
    scope = Counter(r["_scope"] for r in ROWS)
    print(f"{len(ROWS)} questions -> {OUT_FILE.name}; scope: new {scope['new']}, mixed {scope['mixed']}, other {scope['other']}")
    cats = ["item_money", "indicator", "overview", "prose", "filter", "count", "aggregate", "ranking", "compare",
            "structure", "yesno", "yoy", "typo", "not_found", "trap", "followup"]
    print("| category | total | ok | not_found | clarify | ok_or_clarify |")
    print("| --- | --- | --- | --- | --- | --- |")
    ex = ["ok", "not_found", "clarify", "ok_or_clarify"]
    for c in cats:
        rs = [r for r in ROWS if r["category"] == c]
        print(f"| {c} | {len(rs)} | " + " | ".join(str(sum(r["expect"] == e for r in rs)) for e in ex) + " |")
    print(f"| **total** | **{len(ROWS)}** | " + " | ".join(str(sum(r["expect"] == e for r in ROWS)) for e in ex) + " |")


if __name__ == "__main__":
    main()
