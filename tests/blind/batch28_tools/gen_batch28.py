"""Write tests/blind/batch_28.jsonl: 160 blind questions over batch 28's list (batch 27's + 园林绿化中心 2026,
国防动员办公室 2026 / 2025, 殡葬管理所 2026).

Every figure is computed here from the tables (truth28.py; Decimal, ROUND_HALF_UP), never typed. Checks made while
writing: prose phrases occur in the goals of the table asked and in none of its tasks / indicators; every `absent` is a
value some table holds (or a goal phrase of some table) and is not a figure of its line; look-alike pairs are close
(≤ 1000 元) and different; every new amount is unique over all tables; each 镇街 subsidy equals its 对下 line; task
totals stay within 项目支出; no threshold equals a value it filters; every rank asked is tie-free; not_found /
ok_or_clarify lines carry no figures or names. The scope of each line is appended to its note and counted.
Re-running gives a byte-identical file.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import truth28 as T  # noqa: E402

OUT = HERE.parent / "batch_28.jsonl"
TAB = T.load()
DG = T.dg2026(TAB)
YL, GD, GD5, BZ = (TAB[s] for s in T.NEW)
LN, MZ, RF, RF5 = (TAB[s] for s in ("linyeju_2026", "minzhengju_2026", "renfangban_2026", "renfangban_2025"))
JT, TY, CG, GX, GXS = (TAB[s] for s in ("jiaotongju_2026", "tuiyijunren_2026", "chengguan_2026", "gongxinju_2026",
                                        "gongxiaoshe_2026"))
KX, WS, TC = (TAB[s] for s in ("kexie_2026", "waishiju_2026", "touchuju_2026"))
SK, WG = TAB["sheke_2026"], TAB["wenguangluti_2026"]
NEWD = [YL, GD, BZ]
assert len(DG) == 62, len(DG)
KEY = "年度重点工作任务"


# ------------------------------------------------------------------ small helpers
def amt(t, name):
    return T.task(t, name)["amount"]


def Y(t, name):
    return T.yuan(amt(t, name))


def ann(t, name):
    return T.indicator(t, name)["annual_value"]


def per(t, name):
    return T.indicator(t, name)["period_value"]


def bud(t, line):
    return t["budget"][line]


def W(x):
    return T.wan(x)


def ppl(t):
    return t["basic_info"]["财政供养人员数"]


def n(x):
    return f"#{x}"


def dept(name):
    (t,) = [t for t in DG if t["department"] == name]
    return t


def rank(key, t, reverse=True):
    """1-based rank of t among the 东莞 2026 departments; the value must be tie-free."""
    vals = [key(x) for x in DG]
    assert vals.count(key(t)) == 1, (t["department"], key(t))
    return sum((v > key(t)) if reverse else (v < key(t)) for v in vals) + 1


def named(word, tables=None):
    return [(x, t) for t in (tables or DG) for x in t["tasks"] if word in x["name"]]


def stem(t):
    return t["department"].replace("东莞市", "")


def goal_phrase(t, phrase):
    goals = "".join(t["goals"])
    assert phrase in goals, (t["department"], phrase)
    for x in t["tasks"]:
        assert phrase not in x["name"] + x["content"] + x["expected"], (phrase, x["name"])
    for i in t["indicators"]:
        assert phrase not in i["level3"] + i["period_value"] + i["annual_value"], (phrase, i["level3"])
    return phrase


def close(a, b):
    """A look-alike pair: different amounts at most 1000 元 apart."""
    assert a != b and abs(a - b) <= 1000, (a, b)


# ------------------------------------------------------------------ checks of the tables themselves
ALL_AMOUNTS = Counter(x["amount"] for t in TAB.values() for x in t["tasks"])
for t in (YL, GD, GD5, BZ):
    for x in t["tasks"]:
        assert ALL_AMOUNTS[x["amount"]] == 1, ("amount not unique", x["name"])
    assert sum(x["amount"] for x in t["tasks"]) <= bud(t, "项目支出") * 10000, t["department"]
    (zj,) = [x for x in t["tasks"] if x["name"].startswith("镇街")]
    assert zj["amount"] == bud(t, "拟用于对下转移支付资金") * 10000, t["department"]
    assert bud(t, "财政专项资金") == bud(t, "市本级使用资金") + bud(t, "拟用于对下转移支付资金")
    assert T.total(t) == bud(t, "财政拨款") + bud(t, "其他资金")

LOOKALIKES = [
    (amt(YL, "市属公园和城市绿地养护管理经费"), amt(JT, "公路养护管理经费")),
    (amt(YL, "城市绿道和口袋公园建设经费"), amt(LN, "森林公园和湿地公园建设补助")),
    (amt(YL, "城市绿道和口袋公园建设经费"), amt(WG, "社区体育公园建设经费")),
    (amt(YL, "古树名木和行道树保护经费"), amt(LN, "古树名木保护经费")),
    (amt(YL, "智慧园林信息化管理平台建设经费"), amt(LN, "智慧林业信息化建设经费")),
    (amt(YL, "园林绿化从业人员技能培训经费"), amt(LN, "护林员和林业技术人员培训经费")),
    (amt(YL, "园林绿化宣传和花卉展览经费"), amt(TAB["xiangcunzhenxing_2026"], "乡村振兴宣传和典型推介经费")),
    (amt(YL, "苗圃基地运行和苗木储备经费"), amt(LN, "野生动植物保护专项经费")),
    (amt(GD, "国防动员指挥信息系统建设经费"), amt(RF, "人防指挥信息系统建设经费")),
    (amt(GD, "国防动员演练和拉动演习经费"), amt(RF, "人防专业队伍训练和演练经费")),
    (amt(GD, "全民国防教育和国防动员宣传经费"), amt(RF, "人民防空宣传教育经费")),
    (amt(GD, "国防动员干部和专业队伍培训经费"), amt(RF, "人防干部和专业人员培训经费")),
    (amt(GD, "交通战备和重要经济目标防护经费"), amt(RF, "人民防空警报设施建设和维护经费")),
    (amt(GD, "征兵宣传和兵员体检政审经费"), amt(TY, "拥军优属宣传慰问经费")),
    (amt(GD, "经济动员和民用资源征用储备经费"), amt(GXS, "农资商品储备和保供稳价补贴")),
    (amt(GD, "国防动员潜力统计调查经费"), amt(GX, "工业和信息化统计监测经费")),
    (amt(GD5, "国防动员指挥信息系统建设经费"), amt(RF5, "人防指挥信息系统建设经费")),
    (amt(GD5, "国防动员干部培训经费"), amt(RF5, "人防干部和专业人员培训经费")),
    (amt(BZ, "惠民殡葬服务减免经费"), amt(MZ, "基本殡葬服务免费补助")),
    (amt(BZ, "文明祭扫和殡葬改革宣传经费"), amt(MZ, "慈善宣传活动经费")),
    (amt(BZ, "殡仪车辆更新和遗体接运经费"), amt(TAB["jiguanshiwu_2026"], "公务用车新能源更新经费")),
    (amt(BZ, "殡葬服务人员职业技能培训经费"), amt(SK, "社科人才培训经费")),
    (amt(BZ, "殡仪馆和骨灰堂设施维护经费"), amt(TAB["jiguanshiwu_2026"], "市直机关集中办公区物业管理经费")),
    (amt(BZ, "殡葬服务信息化和网上祭扫平台建设经费"), amt(TAB["tuiyijunren_2026"], "退役军人服务保障信息化建设经费")),
]
for a, b in LOOKALIKES:
    close(a, b)

# every value a table holds, for the absent check
HELD = set()
for t in TAB.values():
    for x in t["tasks"]:
        HELD.add(T.yuan(x["amount"]))
    for v in t.get("budget", {}).values():
        HELD.add(W(v))
    if t["kind"] == "department" and t["budget"]:
        HELD.add(W(T.total(t)))
    for i in t["indicators"]:
        HELD.update((i["period_value"], i["annual_value"]))
ALLGOALS = "".join(g for t in TAB.values() for g in t["goals"])
# every value of the four new tables (either year of 国动办): never `absent` on an ok line
NEW_HELD = set()
for t in (YL, GD, GD5, BZ):
    NEW_HELD.update(T.yuan(x["amount"]) for x in t["tasks"])
    NEW_HELD.update(W(v) for v in t["budget"].values())
    NEW_HELD.add(W(T.total(t)))
    for i in t["indicators"]:
        NEW_HELD.update((i["period_value"], i["annual_value"]))

# ------------------------------------------------------------------ the lines
ROWS: list[dict] = []
SCOPES: Counter = Counter()
SCOPE_TEXT = {"new": "the new tables only", "mixed": "new tables with other 东莞 departments",
              "absent": "a table not loaded"}


def add(cat, q, figures=(), names=(), expect="ok", yesno=None, absent=(), fu=False, note="", scope="new"):
    rid = f"b28-{len(ROWS) + 1:03d}"
    figures, names, absent = list(figures), list(names), list(absent)
    if expect in ("not_found", "ok_or_clarify"):
        assert not figures and not names, rid
    for a in absent:
        assert a not in figures, (rid, a)
        assert a in HELD or a in ALLGOALS, (rid, a)
        assert expect != "ok" or a not in NEW_HELD, (rid, a)
    assert (cat == "followup") == fu, rid
    ROWS.append({"id": rid, "q": q, "category": cat, "expect": expect, "figures": figures, "names": names,
                 "yesno": yesno, "absent": absent, "followup_of": ROWS[-1]["id"] if fu else None,
                 "note": f"{note} [scope: {SCOPE_TEXT[scope]}]"})
    SCOPES[scope] += 1


def between(vals, lo, hi):
    for v in vals:
        assert v not in (lo, hi), (v, lo, hi)
    return [v for v in vals if lo <= v <= hi]


# ================================================================== item_money (15)
add("item_money", "园林中心今年公园绿地养护那块经费安排了多少？", [Y(YL, "市属公园和城市绿地养护管理经费")],
    ["市属公园和城市绿地养护管理经费"], absent=[Y(JT, "公路养护管理经费")],
    note="园林绿化中心 重点任务; 交通局 公路养护管理经费 600 元 apart")
add("followup", "跟交通局公路养护那笔比，差多少钱？",
    [T.yuan(amt(YL, "市属公园和城市绿地养护管理经费") - amt(JT, "公路养护管理经费")),
     Y(YL, "市属公园和城市绿地养护管理经费"), Y(JT, "公路养护管理经费")], ["公路养护管理经费"], fu=True,
    note="difference first, then both in the order asked", scope="mixed")
add("item_money", "绿化中心建口袋公园的钱是多少", [Y(YL, "城市绿道和口袋公园建设经费")], ["城市绿道和口袋公园建设经费"],
    absent=[Y(LN, "森林公园和湿地公园建设补助"), Y(WG, "社区体育公园建设经费")],
    note="林业局 森林公园和湿地公园建设补助 200 元 apart, 文广旅体局 社区体育公园 600 元 apart")
add("item_money", "园林绿化中心道路绿化品质提升工程今年投多少钱？", [Y(YL, "城市道路绿化品质提升工程经费")],
    ["城市道路绿化品质提升工程经费"], note="重点任务")
add("item_money", "园林中心古树名木保护经费多少？", [Y(YL, "古树名木和行道树保护经费")], ["古树名木和行道树保护经费"],
    absent=[Y(LN, "古树名木保护经费")], note="林业局's 古树名木保护经费 is 100 元 less; asked of 园林中心")
add("item_money", "園林中心智慧园林平台建设花多少钱", [Y(YL, "智慧园林信息化管理平台建设经费")],
    ["智慧园林信息化管理平台建设经费"], absent=[Y(LN, "智慧林业信息化建设经费")],
    note="traditional 園; 林业局 智慧林业 200 元 apart")
add("item_money", "园林中心办花展那个钱有多少", [Y(YL, "园林绿化宣传和花卉展览经费")], ["园林绿化宣传和花卉展览经费"],
    absent=[Y(TAB["xiangcunzhenxing_2026"], "乡村振兴宣传和典型推介经费")], note="item described by use")
add("item_money", "国动办指挥信息系统建设经费是多少", [Y(GD, "国防动员指挥信息系统建设经费")],
    ["国防动员指挥信息系统建设经费"], absent=[Y(RF, "人防指挥信息系统建设经费")],
    note="人防办's 人防指挥信息系统建设经费 500 元 apart")
add("item_money", "国防动员办搞演练和拉动演习的经费有多少", [Y(GD, "国防动员演练和拉动演习经费")],
    ["国防动员演练和拉动演习经费"], absent=[Y(RF, "人防专业队伍训练和演练经费")], note="人防办 训练和演练 200 元 apart")
add("item_money", "国动办征兵体检政审那笔钱多少？", [Y(GD, "征兵宣传和兵员体检政审经费")], ["征兵宣传和兵员体检政审经费"],
    absent=[Y(TY, "拥军优属宣传慰问经费")], note="退役军人事务局 拥军优属宣传慰问经费 100 元 apart")
add("item_money", "国动办经济动员和民用资源征用储备经费是多少", [Y(GD, "经济动员和民用资源征用储备经费")],
    ["经济动员和民用资源征用储备经费"], absent=[Y(GXS, "农资商品储备和保供稳价补贴")], note="供销社 储备 200 元 apart")
add("item_money", "国动办潜力统计调查的经费多少钱", [Y(GD, "国防动员潜力统计调查经费")], ["国防动员潜力统计调查经费"],
    absent=[Y(GX, "工业和信息化统计监测经费")], note="new in 2026; 工信局 统计监测 100 元 apart")
add("item_money", "殡葬所惠民殡葬减免的钱今年安排多少", [Y(BZ, "惠民殡葬服务减免经费")], ["惠民殡葬服务减免经费"],
    absent=[Y(MZ, "基本殡葬服务免费补助")], note="民政局 基本殡葬服务免费补助 600 元 apart")
add("followup", "那民政局的基本殡葬服务免费补助呢？", [Y(MZ, "基本殡葬服务免费补助")], ["基本殡葬服务免费补助"],
    fu=True, note="now 民政局's item, asked by its own name", scope="mixed")
add("item_money", "殡管所殡仪车更新的经费", [Y(BZ, "殡仪车辆更新和遗体接运经费")], ["殡仪车辆更新和遗体接运经费"],
    absent=[Y(TAB["jiguanshiwu_2026"], "公务用车新能源更新经费")], note="殡管所 = 殡葬管理所; 机关事务局 公务用车 100 元 apart")
add("item_money", "殡葬所火化设备更新和尾气治理多少钱？", [Y(BZ, "火化设备更新和尾气治理经费")], ["火化设备更新和尾气治理经费"],
    note="重点任务")
add("item_money", "殡葬所网上祭扫平台建设经费多少", [Y(BZ, "殡葬服务信息化和网上祭扫平台建设经费")],
    ["殡葬服务信息化和网上祭扫平台建设经费"], note="partial name")

# ================================================================== indicator (13)
add("indicator", "园林中心新建口袋公园，今年的年度指标是多少个？", [ann(YL, "新建口袋公园")], ["新建口袋公园"],
    note="annual ≥45个 (period ≥135个)")
add("followup", "实施周期的呢", [per(YL, "新建口袋公园")], fu=True, note="period value")
add("indicator", "园林中心公园绿地养护单价的标准是多少", [ann(YL, "公园绿地养护单价")], ["公园绿地养护单价"], note="cost")
add("indicator", "绿化中心口袋公园建设补助标准定的多少", [ann(YL, "口袋公园建设补助标准")], ["口袋公园建设补助标准"],
    absent=[ann(LN, "森林公园和湿地公园建设补助标准")], note="林业局's 森林公园和湿地公园建设补助标准 ≤150万元/个")
add("indicator", "园林中心城市建成区绿化覆盖率，年度指标和实施周期指标分别是多少？",
    [ann(YL, "城市建成区绿化覆盖率"), per(YL, "城市建成区绿化覆盖率")], ["城市建成区绿化覆盖率"],
    absent=[ann(LN, "森林覆盖率")], note="two asks in order: annual, period; 林业局 森林覆盖率 ≥36.6% is another indicator")
add("indicator", "园林中心的园林从业人员培训人均成本定的多少", [ann(YL, "园林从业人员培训人均成本")],
    ["园林从业人员培训人均成本"], absent=[ann(LN, "林业培训人均成本")], note="林业局 林业培训人均成本 ≤650元/人")
add("indicator", "国动办专业保障队伍训练人均成本是多少", [ann(GD, "专业保障队伍训练人均成本")], ["专业保障队伍训练人均成本"],
    absent=[ann(RF, "人防专业队伍训练人均成本")], note="人防办 人防专业队伍训练人均成本 ≤800元/人; 2025 ≤850 not absent")
add("indicator", "国动办一年要搞几次演练和拉动演习？整个实施周期一共多少次？",
    [ann(GD, "组织国防动员演练和拉动演习"), per(GD, "组织国防动员演练和拉动演习")], ["组织国防动员演练和拉动演习"],
    note="two asks: annual then period")
add("indicator", "国防动员指挥信息系统运行完好率的指标要求是多少", [ann(GD, "国防动员指挥信息系统运行完好率")],
    ["国防动员指挥信息系统运行完好率"], note="2026 ≥99.5% (2025 and 人防办's 人防指挥信息系统运行完好率 ≥99%)")
add("indicator", "国动办的国防动员体制机制这个指标写的啥", [ann(GD, "国防动员体制机制")], ["国防动员体制机制"],
    note="qualitative (2025 逐步健全)")
add("indicator", "国动办重要经济目标防护方案编制成本是多少", [ann(GD, "重要经济目标防护方案编制成本")],
    ["重要经济目标防护方案编制成本"], note="cost 万元/个")
add("indicator", "殡葬所网上祭扫平台什么时候上线", [ann(BZ, "网上祭扫平台上线时间")], ["网上祭扫平台上线时间"], note="date")
add("indicator", "宾葬所遗体接运响应时间要求多久", [ann(BZ, "遗体接运响应时间")], ["遗体接运响应时间"],
    note="typo 宾 for 殡")
add("indicator", "殡葬所生态葬位建设成本控制在多少以内", [ann(BZ, "生态葬位建设成本")], ["生态葬位建设成本"], note="cost 元/个")

# ================================================================== overview (5)
add("overview", "园林绿化中心今年部门预算合计多少？", [W(T.total(YL))], note="基本 + 项目 + 其他事业发展性")
add("followup", "财政拨款和其他资金分别是多少", [W(bud(YL, "财政拨款")), W(bud(YL, "其他资金"))], fu=True,
    note="two values in the order asked")
add("followup", "在全市各部门里排第几？", [n(rank(T.total, YL))], ["园林绿化中心"], fu=True,
    note=f"of the 62 东莞 2026 departments (财政局 {T.total(dept('东莞市财政局'))} > {T.total(YL)} > 投促局 "
         f"{T.total(TC)})", scope="mixed")
add("overview", "国动办2026年预算多少？基本支出、项目支出各多少",
    [W(T.total(GD)), W(bud(GD, "基本支出")), W(bud(GD, "项目支出"))], note="three asks in order")
add("overview", "殡葬所有多少财政供养人员，下属几个二级单位？", [n(ppl(BZ)), n(BZ["basic_info"]["下属二级单位数"])],
    note="people, units")
add("overview", "殡葬管理所今年预算总额", [W(T.total(BZ))], note="预算合计")
add("followup", "基本支出占了多大比例", [T.pct(bud(BZ, "基本支出") / T.total(BZ) * 100)], fu=True,
    note="基本支出 / 预算合计")
add("overview", "国动办财政专项资金多少？其中对下转移支付呢", [W(bud(GD, "财政专项资金")), W(bud(GD, "拟用于对下转移支付资金"))],
    note="专项, 对下")

# ================================================================== structure (2)
add("structure", "殡葬所满意度指标都有哪些", [], [i["level3"] for i in BZ["indicators"] if i["level2"] == "服务对象满意度"],
    note="服务对象满意度: two")
add("structure", "国动办的时效指标有哪几个", [], [i["level3"] for i in GD["indicators"] if i["level2"] == "时效指标"],
    note="时效指标: two")

# ================================================================== prose (18)
add("prose", "园林中心目标里说全年养护公园绿地面积大概多少？", [goal_phrase(YL, "1860万平方米")],
    note="goal 一 (indicator ≥1800万平方米)")
add("prose", "园林中心管的市属公园有多少个", [goal_phrase(YL, "42个")], note="goal 一 only")
add("prose", "园林中心总体目标里今年新建绿道多少公里", [goal_phrase(YL, "65公里")], absent=["60公里"],
    note="goal 二 (indicator ≥62公里); 林业局's goal 新建森林步道60公里")
assert "60公里" in "".join(LN["goals"])
add("prose", "园林中心目标里古树名木巡查养护大概多少株", [goal_phrase(YL, "1930株")], absent=[ann(LN, "古树名木挂牌保护")],
    note="goal 四; 林业局 indicator 古树名木挂牌保护 ≥1850株")
add("prose", "园林中心总体目标说新增城市绿地面积是多少", [goal_phrase(YL, "120公顷")],
    note="goal 二 超120公顷 (indicator ≥100公顷)")
add("prose", "园林中心今年办几场花展？科普活动搞多少场？", [goal_phrase(YL, "6场"), goal_phrase(YL, "80场")],
    note="goal 五, two asks")
add("prose", "园林中心行道树新植补植，目标里写的大概多少株", [goal_phrase(YL, "1.2万株")], note="goal 三 (indicator ≥1万株)")
add("prose", "国动办指挥中心要接入多少个指挥节点", [goal_phrase(GD, "40个")], absent=["32个"],
    note="goal 一; 人防办's goal 接入镇街人防指挥节点32个")
assert "32个" in "".join(RF["goals"])
add("followup", "那升级改造在绩效指标里要求啥时候完成", [ann(GD, "国防动员指挥中心升级改造完成时间")],
    ["国防动员指挥中心升级改造完成时间"], fu=True, note="date indicator")
add("prose", "国动办目标里潜力数据采集覆盖多少家重点企业", [goal_phrase(GD, "2800家")], note="goal 二 (indicator ≥2500家)")
add("prose", "国动办专业保障队伍组建多少支，队员多少人？总体目标里的", [goal_phrase(GD, "58支"), goal_phrase(GD, "4200人")],
    note="goal 三 (indicator ≥55支)")
add("prose", "国动办总体目标里民用资源征用储备企业要建多少家", [goal_phrase(GD, "90家")], note="goal 四 超90家 (indicator ≥80家)")
add("prose", "国动办国防教育覆盖群众大概多少人次，目标里怎么写的", [goal_phrase(GD, "30万人次")], absent=["45万人次"],
    note="goal 五 (indicator ≥25万人次); 人防办's goal 受教育群众约45万人次")
assert "45万人次" in "".join(RF["goals"])
add("prose", "殡葬所全年火化遗体大概多少具", [goal_phrase(BZ, "1.15万具")], note="goal 一")
add("followup", "绩效指标里年度定的多少", [ann(BZ, "火化遗体")], ["火化遗体"], fu=True, note="indicator ≥1.1万具")
add("prose", "殡葬所惠民殡葬政策惠及多少户家属", [goal_phrase(BZ, "1.08万户")], note="goal 二 only")
add("prose", "殡葬所今年新建生态节地葬区几处？总体目标里的", [goal_phrase(BZ, "4处")], absent=["2处"],
    note="goal 三 (indicator ≥3处); 民政局's goal 生态节地葬区不少于2处")
assert "2处" in "".join(MZ["goals"])
add("prose", "殯葬所清明冬至服务祭扫群众大概多少人次", [goal_phrase(BZ, "85万人次")], note="traditional 殯; goal 五")
add("prose", "殡葬所总体目标里整治违规墓地多少处", [goal_phrase(BZ, "260处")], note="goal 五 (indicator ≥240处)")
add("prose", "殡管所更新殡仪车辆多少辆？网上祭扫访问量有多少？", [goal_phrase(BZ, "15辆"), goal_phrase(BZ, "18万人次")],
    note="goals 四 and 五, two asks")

# ================================================================== filter (8)
big = [x["name"] for x in YL["tasks"] if x["amount"] > 20000000]
assert all(x["amount"] != 20000000 for x in YL["tasks"])
add("filter", "园林中心有哪些任务超过2000万", [], big, note=f"{len(big)} items over 20000000元")
small = [x["name"] for x in GD["tasks"] if x["amount"] < 2000000]
assert all(x["amount"] != 2000000 for x in GD["tasks"])
add("filter", "国动办200万以下的任务有哪些", [], small, note=f"{len(small)} items under 2000000元")
mid = [x for x in BZ["tasks"] if x["amount"] in between([y["amount"] for y in BZ["tasks"]], 3000000, 6000000)]
add("filter", "殡葬所３００万到６００万之间的任务有哪些", [], [x["name"] for x in mid],
    note=f"inclusive, none on a boundary; full-width digits; {len(mid)} items")
add("followup", "这几项加起来多少钱", [T.yuan(sum(x["amount"] for x in mid))], fu=True, note="sum of the listed items")
add("filter", "园林中心哪些指标实施周期和年度值不一样？", [],
    [i["level3"] for i in YL["indicators"] if i["period_value"] != i["annual_value"]], note="period ≠ annual")
add("filter", "殡葬所成本指标有哪些", [], [i["level3"] for i in BZ["indicators"] if i["level1"] == "成本指标"],
    note="three cost indicators")
add("filter", "殡葬所指标里要求100%的有哪几个", [], [i["level3"] for i in BZ["indicators"] if i["annual_value"] == "100%"],
    note="annual 100%")
bz_items = named("殡葬")
add("filter", "东莞各部门今年名字里带“殡葬”的任务有哪些", [], [x["name"] for x, _ in bz_items],
    note="民政局's one + 殡葬所's five", scope="mixed")
band = [t for t in DG if T.total(t) in between([T.total(x) for x in DG], Decimal(15000), Decimal(18000))]
add("filter", "全市部门今年预算在1.5亿到1.8亿之间的有哪些", [], [t["department"] for t in sorted(band, key=T.total)],
    note="15000–18000万元 inclusive, none on a boundary", scope="mixed")

# ================================================================== count (8)
add("count", "国动办今年一共几项任务", [n(len(GD["tasks"]))], note="3 重点 + 7 其他")
gd_key = sum(x["amount"] for x in GD["tasks"] if x["section"] == KEY)
gd_sum = sum(x["amount"] for x in GD["tasks"])
add("followup", "重点任务加起来多少钱", [T.yuan(gd_key)], fu=True, note="three 年度重点工作任务")
add("followup", "占全部任务金额的百分之几", [T.pct(Decimal(gd_key) / gd_sum * 100)], fu=True, note="key / all tasks")
add("count", "园林中心绩效指标一共多少个", [n(len(YL["indicators"]))], note="18")
add("count", "殡葬所数量指标有几个", [n(sum(i["level2"] == "数量指标" for i in BZ["indicators"]))], note="数量指标")
add("count", "东莞今年一共有多少个部门的部门整体绩效目标表？", [n(len(DG))],
    note="59 of batch 27 + 园林绿化中心, 国防动员办公室, 殡葬管理所", scope="mixed")
add("count", "全市各部门名字带“培训”的任务有多少项", [n(len(named("培训")))], note="东莞 2026", scope="mixed")
add("count", "东莞各部门名字里有“宣传”的任务一共几项", [n(len(named("宣传")))], note="东莞 2026", scope="mixed")
assert all(ppl(t) != 60 for t in DG)
add("count", "全市财政供养人员不到60人的部门有几个", [n(sum(ppl(t) < 60 for t in DG))], note="殡葬所 54 among them",
    scope="mixed")
assert all(T.total(t) != 20000 for t in DG)
add("count", "全市今年预算超过2个亿的部门有几个", [n(sum(T.total(t) > 20000 for t in DG))], note="园林中心 among them",
    scope="mixed")

# ================================================================== aggregate (9)
add("aggregate", "园林中心所有任务加起来多少钱", [T.yuan(sum(x["amount"] for x in YL["tasks"]))], note="ten tasks")
add("aggregate", "殡葬所任务总额多少", [T.yuan(sum(x["amount"] for x in BZ["tasks"]))], note="ten tasks")
add("aggregate", "园林中心、国动办、殡葬所三家今年预算加起来多少？", [W(sum(T.total(t) for t in NEWD))], note="three 预算合计")
add("aggregate", "东莞各部门今年预算合计加总是多少", [W(sum(T.total(t) for t in DG))], note="62 departments",
    scope="mixed")
add("aggregate", "园林中心基本支出占预算合计的百分比", [T.pct(bud(YL, "基本支出") / T.total(YL) * 100)], note="基本 / 合计")
add("aggregate", "殡葬所对下转移支付占财政专项资金的比例是多少",
    [T.pct(bud(BZ, "拟用于对下转移支付资金") / bud(BZ, "财政专项资金") * 100)], note="对下 / 专项")
add("aggregate", "国动办平均每项任务多少钱", [T.yuan2(Decimal(gd_sum) / len(GD["tasks"]))], note="average, two decimals")
add("aggregate", "全市名字带“殡葬”的任务金额加起来是多少", [T.yuan(sum(x["amount"] for x, _ in bz_items))],
    note="six items incl. 民政局's", scope="mixed")
bz_sum = sum(x["amount"] for x in BZ["tasks"])
add("aggregate", "殡葬所任务总额占项目支出的百分之几", [T.pct(Decimal(bz_sum) / (bud(BZ, "项目支出") * 10000) * 100)],
    note="tasks / 项目支出 in 元")

# ================================================================== ranking (11)
add("ranking", "国动办今年预算在全市排第几", [n(rank(T.total, GD))], ["国防动员办公室"],
    note="人防办 15908.64 > 国动办 > 党校 13251.84", scope="mixed")
add("ranking", "殡葬所预算全市倒数第几", [n(rank(T.total, BZ, reverse=False))], ["殡葬管理所"],
    note="from the smallest", scope="mixed")
train = sorted(named("培训"), key=lambda p: p[0]["amount"])
assert len({p[0]["amount"] for p in train[:3]}) == 3
add("ranking", "全市各部门名字里带“培训”的任务，钱最少的是哪个？", [T.yuan(train[0][0]["amount"])], [train[0][0]["name"]],
    note="殡葬所's 586200 (社科联 586300 next)", scope="mixed")
add("followup", "第二少的呢", [T.yuan(train[1][0]["amount"])], [train[1][0]["name"]], fu=True, scope="mixed",
    note="社科联")
xc = sorted(named("宣传"), key=lambda p: p[0]["amount"])
assert len({p[0]["amount"] for p in xc[:4]}) == 4
add("ranking", "东莞各部门带“宣传”的任务，金额最少的三个是哪些？", [T.yuan(p[0]["amount"]) for p in xc[:3]],
    [p[0]["name"] for p in xc[:3]], note="ascending: 老干部局, 民政局, 殡葬所", scope="mixed")
park = sorted(named("公园"), key=lambda p: -p[0]["amount"])
assert len({p[0]["amount"] for p in park}) == len(park)
add("ranking", "全市名字带“公园”的任务从高到低排一下", [T.yuan(p[0]["amount"]) for p in park], [p[0]["name"] for p in park],
    note="园林 58300600 > 林业 21600800 > 园林 21600600 > 文广旅体 21600000", scope="mixed")
add("ranking", "国动办财政供养人员数在全市排第几？从多到少", [n(rank(ppl, GD))], note="国资委 83 > 81 > 退役 78",
    scope="mixed")
add("ranking", "园林中心项目支出全市排第几", [n(rank(lambda t: bud(t, "项目支出"), YL))], note="体育局 > 园林 > 金融局",
    scope="mixed")
add("ranking", "殡葬所其他资金在全市排第几", [n(rank(lambda t: bud(t, "其他资金"), BZ))], note="港务局 688.22 > 653.22",
    scope="mixed")
fz = sorted(named("防治"), key=lambda p: p[0]["amount"])
add("ranking", "全市名字带“防治”的任务里金额最少的两个", [T.yuan(p[0]["amount"]) for p in fz[:2]],
    [p[0]["name"] for p in fz[:2]], note="ascending", scope="mixed")
add("ranking", "园林中心基本支出在全市排第几", [n(rank(lambda t: bud(t, "基本支出"), YL))], note="党校 5386.27 > 5337.14",
    scope="mixed")
add("ranking", "国动办对下转移支付全市排第几", [n(rank(lambda t: bud(t, "拟用于对下转移支付资金"), GD))],
    note="供销社 1680 > 1640 > 投促局 1460", scope="mixed")

# ================================================================== compare (11)
add("compare", "国动办和人防办今年预算差多少", [W(T.total(RF) - T.total(GD)), W(T.total(GD)), W(T.total(RF))],
    note="difference, then 国动办, 人防办", scope="mixed")
add("followup", "人数差多少", [n(ppl(GD) - ppl(RF)), n(ppl(GD)), n(ppl(RF))], fu=True, note="81 − 64", scope="mixed")
add("compare", "国动办指挥信息系统建设经费和人防办的人防指挥信息系统建设经费差多少",
    [T.yuan(amt(GD, "国防动员指挥信息系统建设经费") - amt(RF, "人防指挥信息系统建设经费")),
     Y(GD, "国防动员指挥信息系统建设经费"), Y(RF, "人防指挥信息系统建设经费")], scope="mixed", note="look-alike pair")
add("compare", "园林中心古树名木那笔和林业局古树名木保护经费差多少",
    [T.yuan(amt(YL, "古树名木和行道树保护经费") - amt(LN, "古树名木保护经费")), Y(YL, "古树名木和行道树保护经费"),
     Y(LN, "古树名木保护经费")], scope="mixed", note="look-alike pair")
add("compare", "园林中心跟林业局财政供养人员差多少人", [n(ppl(LN) - ppl(YL)), n(ppl(YL)), n(ppl(LN))], scope="mixed",
    note="264 − 152")
add("compare", "殡葬所惠民殡葬减免和民政局基本殡葬服务免费补助差多少",
    [T.yuan(amt(BZ, "惠民殡葬服务减免经费") - amt(MZ, "基本殡葬服务免费补助")), Y(BZ, "惠民殡葬服务减免经费"),
     Y(MZ, "基本殡葬服务免费补助")], scope="mixed", note="look-alike pair")
add("compare", "殡葬所和科协今年预算相差多少", [W(T.total(KX) - T.total(BZ)), W(T.total(BZ)), W(T.total(KX))],
    scope="mixed", note="科协 is the next above")
add("compare", "园林中心和投促局预算谁多？多多少", [W(T.total(YL) - T.total(TC)), W(T.total(YL)), W(T.total(TC))],
    ["园林绿化中心"], scope="mixed", note="园林中心 more")
add("compare", "国动办演练经费和人防办训练演练经费哪个多，差多少",
    [T.yuan(amt(RF, "人防专业队伍训练和演练经费") - amt(GD, "国防动员演练和拉动演习经费")),
     Y(GD, "国防动员演练和拉动演习经费"), Y(RF, "人防专业队伍训练和演练经费")], ["人防专业队伍训练和演练经费"],
    scope="mixed", note="人防办's is the larger")
add("compare", "国动办培训经费和人防办培训经费差多少",
    [T.yuan(amt(GD, "国防动员干部和专业队伍培训经费") - amt(RF, "人防干部和专业人员培训经费")),
     Y(GD, "国防动员干部和专业队伍培训经费"), Y(RF, "人防干部和专业人员培训经费")], scope="mixed", note="look-alike pair")
add("compare", "园林中心口袋公园那笔和林业局森林公园湿地公园建设补助差多少",
    [T.yuan(amt(LN, "森林公园和湿地公园建设补助") - amt(YL, "城市绿道和口袋公园建设经费")),
     Y(YL, "城市绿道和口袋公园建设经费"), Y(LN, "森林公园和湿地公园建设补助")], scope="mixed", note="look-alike pair")
add("compare", "殡葬所和外事局人数差几个", [n(ppl(WS) - ppl(BZ)), n(ppl(BZ)), n(ppl(WS))], scope="mixed", note="56 − 54")

# ================================================================== yesno (15)
add("yesno", "园林中心预算有没有超过2个亿", [W(T.total(YL))], yesno="是" if T.total(YL) > 20000 else "否",
    note="23486.17万元 > 20000")
add("yesno", "智慧园林平台8月份之前能上线吗", [ann(YL, "智慧园林管理平台上线时间")], yesno="是", note="7月31日前")
add("yesno", "国动办指挥中心升级改造9月底前能完成吗", [ann(GD, "国防动员指挥中心升级改造完成时间")], yesno="否",
    note="10月15日前 is after 9月底")
add("yesno", "殡葬所网上祭扫平台清明节前能上线不", [ann(BZ, "网上祭扫平台上线时间")], yesno="是",
    note="3月20日前, 清明 4月5日")
add("yesno", "殡葬所培训人均成本控制在500以内吗", [ann(BZ, "殡葬服务人员培训人均成本")], yesno="是", note="≤480元/人")
add("yesno", "国动办专业保障队伍训练人均成本是不是控制在800元以内", [ann(GD, "专业保障队伍训练人均成本")], yesno="否",
    absent=[ann(RF, "人防专业队伍训练人均成本")], note="≤900元/人; ≤800元/人 is 人防办's")
add("yesno", "国动办今年预算比人防办多吗", [W(T.total(GD)), W(T.total(RF))],
    yesno="是" if T.total(GD) > T.total(RF) else "否", scope="mixed", note="15235.66 < 15908.64")
add("yesno", "殡葬所人数比科协多吗", [n(ppl(BZ)), n(ppl(KX))], yesno="是" if ppl(BZ) > ppl(KX) else "否", scope="mixed",
    note="54 > 52")
add("yesno", "园林中心古树名木那笔经费比林业局的多吗", [Y(YL, "古树名木和行道树保护经费"), Y(LN, "古树名木保护经费")],
    yesno="是" if amt(YL, "古树名木和行道树保护经费") > amt(LN, "古树名木保护经费") else "否", scope="mixed",
    note="100 元 more")
add("yesno", "殡葬所有没有对下转移支付资金？", [W(bud(BZ, "拟用于对下转移支付资金"))], yesno="是", note="390.00万元")
add("yesno", "园林中心新植苗木成活率要求95%以上吗", [ann(YL, "新植苗木成活率")], yesno="是", note="≥96%")
add("yesno", "国动辦征兵那笔超过250万没有", [Y(GD, "征兵宣传和兵员体检政审经费")],
    yesno="是" if amt(GD, "征兵宣传和兵员体检政审经费") > 2500000 else "否", note="traditional 辦; 2365100 < 2500000")
add("yesno", "园林中心财政专项资金超过1.5亿了吗", [W(bud(YL, "财政专项资金"))],
    yesno="是" if bud(YL, "财政专项资金") > 15000 else "否", note="13400.00万元")
add("yesno", "殡葬所的宣传经费是不是全市宣传类任务里最少的？", [Y(BZ, "文明祭扫和殡葬改革宣传经费"), T.yuan(xc[0][0]["amount"])],
    [xc[0][0]["name"]], yesno="否", scope="mixed", note="老干部局's 758600 is the least (民政局 860000 second)")
add("yesno", "殡葬所新建生态节地葬区今年的指标是不是不少于4处", [ann(BZ, "新建生态节地葬区")], yesno="否",
    note="≥3处 (goal says 约4处)")

# ================================================================== yoy (15)
add("yoy", "国动办去年预算多少", [W(T.total(GD5))], note="2025")
add("yoy", "国动办今年预算比去年多了多少", [W(T.total(GD) - T.total(GD5)), W(T.total(GD)), W(T.total(GD5))],
    note="difference, this year, last year")
add("followup", "增长了百分之几", [T.pct((T.total(GD) - T.total(GD5)) / T.total(GD5) * 100)], fu=True,
    note="over 2025's base")
add("yoy", "国动办２０２５年指挥信息系统建设经费多少", [Y(GD5, "国防动员指挥信息系统建设经费")],
    ["国防动员指挥信息系统建设经费"], absent=[Y(RF5, "人防指挥信息系统建设经费")],
    note="full-width year; 人防办 2025 24650000 600 元 apart")
add("yoy", "国动办应急应战队伍建设经费今年比去年多多少",
    [T.yuan(amt(GD, "国防动员应急应战专业保障队伍建设经费") - amt(GD5, "国防动员应急应战专业保障队伍建设经费")),
     Y(GD, "国防动员应急应战专业保障队伍建设经费"), Y(GD5, "国防动员应急应战专业保障队伍建设经费")], note="partial name")
new_tasks = [x for x in GD["tasks"] if x["name"] not in {y["name"] for y in GD5["tasks"]}
             and x["name"] != "国防动员干部和专业队伍培训经费"]
assert [x["name"] for x in new_tasks] == ["国防动员潜力统计调查经费"]
add("yoy", "国动办今年新增了哪个任务，多少钱？", [T.yuan(new_tasks[0]["amount"])], [new_tasks[0]["name"]],
    note="the 2026-only task (the rename is not new)")
add("yoy", "国动办去年的国防动员干部培训经费多少", [Y(GD5, "国防动员干部培训经费")], ["国防动员干部培训经费"],
    absent=[Y(RF5, "人防干部和专业人员培训经费")], note="2025 name; 人防办 2025 830000")
add("yoy", "国防动员干部和专业队伍培训经费，2025年是多少", [Y(GD5, "国防动员干部培训经费")], ["国防动员干部培训经费"],
    note="2026 name asked of 2025: the rename, 2025's 国防动员干部培训经费")
add("yoy", "国动办培训经费今年比去年多了多少",
    [T.yuan(amt(GD, "国防动员干部和专业队伍培训经费") - amt(GD5, "国防动员干部培训经费")),
     Y(GD, "国防动员干部和专业队伍培训经费"), Y(GD5, "国防动员干部培训经费")], note="across the rename")
add("yoy", "国动办去年有几项任务？任务总额多少？", [n(len(GD5["tasks"])), T.yuan(sum(x["amount"] for x in GD5["tasks"]))],
    note="2025: nine tasks")
add("yoy", "组建应急应战专业保障队伍，国动办去年年度指标多少，今年多少？",
    [ann(GD5, "组建应急应战专业保障队伍"), ann(GD, "组建应急应战专业保障队伍")], ["组建应急应战专业保障队伍"],
    note="two asks: 2025 then 2026")
add("yoy", "国动办去年国防动员体制机制指标怎么写的", [ann(GD5, "国防动员体制机制")], ["国防动员体制机制"],
    note="qualitative 2025")
changed = [i["level3"] for i in GD["indicators"]
           if any(j["level3"] == i["level3"] and j["annual_value"] != i["annual_value"] for j in GD5["indicators"])]
add("yoy", "国动办今年哪些指标年度值跟去年不一样", [], changed, note=f"{len(changed)} changed annual values")
add("yoy", "国动办去年多少人，今年多少人", [n(ppl(GD5)), n(ppl(GD))], note="two asks")
add("yoy", "国动办去年总体目标里演练和拉动演习搞几次", [goal_phrase(GD5, "9次")], note="2025 goal 二 (indicator ≥8次)")
add("yoy", "国动办去年镇街国防动员工作补助多少", [Y(GD5, "镇街国防动员工作补助")], ["镇街国防动员工作补助"], note="2025")

# ================================================================== not_found (7)
add("not_found", "国动办2024年预算多少", expect="not_found", note="2024 not loaded", scope="absent")
add("followup", "那2025年的呢", [W(T.total(GD5))], fu=True, note="2025 loaded")
add("not_found", "园林中心2025年预算多少", expect="not_found", absent=[W(T.total(YL))], note="2025 not loaded",
    scope="absent")
add("not_found", "殡葬所去年惠民殡葬减免经费多少", expect="not_found", absent=[Y(BZ, "惠民殡葬服务减免经费")],
    note="殡葬所 2025 not loaded", scope="absent")
add("not_found", "广州市国防动员办公室今年预算多少", expect="not_found", absent=[W(T.total(GD))],
    note="another city, not loaded", scope="absent")
add("not_found", "国动办的人防工程易地建设费征收管理经费多少", expect="not_found",
    absent=[Y(RF, "人防工程易地建设费征收管理经费")], note="人防办's item", scope="mixed")
add("not_found", "园林中心的城市照明设施维护经费是多少", expect="not_found", absent=[Y(CG, "城市照明设施维护经费")],
    note="城管局's item", scope="mixed")
assert not named("民兵", list(TAB.values()))
add("not_found", "国动办民兵装备采购经费多少", expect="not_found", note="no such item anywhere")

# ================================================================== trap (8)
add("trap", "园林中心森林公园和湿地公园建设补助多少", expect="not_found", absent=[Y(LN, "森林公园和湿地公园建设补助")],
    note="林业局's item (园林中心's own 城市绿道和口袋公园建设经费 21600600 is 200 元 apart)", scope="mixed")
add("trap", "国动办退役士兵安置补助资金多少", expect="not_found", absent=[Y(TY, "退役士兵安置补助资金")],
    note="退役军人事务局's item", scope="mixed")
add("trap", "殡葬所的基本殡葬服务免费补助有多少", expect="not_found", absent=[Y(MZ, "基本殡葬服务免费补助")],
    note="民政局's item (殡葬所's own 惠民殡葬服务减免经费 12800600)", scope="mixed")
fit = named("指挥信息系统建设经费", DG)
assert {t["department"] for _, t in fit} == {"东莞市国防动员办公室", "东莞市人民防空办公室"}
add("trap", "指挥信息系统建设经费是多少", expect="ok_or_clarify", note="国动办 and 人防办 both; list both or ask",
    scope="mixed")
fit = named("古树名木", DG)
assert {t["department"] for _, t in fit} == {"东莞市园林绿化中心", "东莞市林业局"}
add("trap", "古树名木保护这块，今年安排了多少钱？", expect="ok_or_clarify",
    note="林业局 古树名木保护经费 2485600 and 园林中心 古树名木和行道树保护经费 2485700", scope="mixed")
add("trap", "人防办的国防动员指挥信息系统建设经费多少", expect="not_found", absent=[Y(GD, "国防动员指挥信息系统建设经费")],
    note="国动办's item asked of 人防办", scope="mixed")
add("trap", "国动办的宣传经费多少？别给我人防办那个", [Y(GD, "全民国防教育和国防动员宣传经费")],
    ["全民国防教育和国防动员宣传经费"], absent=[Y(RF, "人民防空宣传教育经费")], note="国动办's own; 人防办's 500 元 apart",
    scope="mixed")
add("trap", "深圳市园林绿化中心今年预算", expect="not_found", absent=[W(T.total(YL))], note="another city, not loaded",
    scope="absent")

# ------------------------------------------------------------------ write and report
assert len(ROWS) == 160, len(ROWS)

if __name__ == "__main__":
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in ROWS), encoding="utf-8")
    cats = Counter(r["category"] for r in ROWS)
    print(f"{len(ROWS)} lines -> {OUT}")
    print("scope:", dict(SCOPES))
    print("| category | total | ok | not_found | clarify | ok_or_clarify |")
    for c in cats:
        e = Counter(r["expect"] for r in ROWS if r["category"] == c)
        print(f"| {c} | {cats[c]} | {e['ok']} | {e['not_found']} | {e['clarify']} | {e['ok_or_clarify']} |")
    e = Counter(r["expect"] for r in ROWS)
    print(f"| **total** | **{len(ROWS)}** | {e['ok']} | {e['not_found']} | {e['clarify']} | {e['ok_or_clarify']} |")
