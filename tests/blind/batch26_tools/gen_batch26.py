"""Write tests/blind/batch_26.jsonl: 160 blind questions over batch 26's list (batch 25's + 城市更新局 2026,
水利局 2026 / 2025, 社科联 2026), in the voice of finance-bureau and department staff.

Every figure is computed here from the tables (truth26.py, Decimal, ROUND_HALF_UP); a goal phrase is typed as
the phrase and asserted to stand in the table's goals and in no task or indicator of that table. Checks made while
writing: every absent is a real value or a goal phrase and not a figure of its line; no threshold of a filter or
count equals a value it filters; the look-alike pairs are close (≤ 1000 元) and different; every new amount is
unique over all tables. Each line's scope (new tables only / mixed with other departments / tables not loaded)
is appended to its note; the scope and the counts by category are printed. Re-running gives the same file.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import truth26 as T  # noqa: E402
from truth26 import D, dg2026, pct, total, wan, yuan, yuan2  # noqa: E402

OUT = HERE.parent / "batch_26.jsonl"
TB = T.load()
CG, SL, SL5, SK = "chengshigengxin_2026", "shuiliju_2026", "shuiliju_2025", "sheke_2026"
NEW = [CG, SL, SL5, SK]
SW = "shuiwuju_2026"
DG = dg2026(TB)
assert len(DG) == 56, len(DG)
BY = {t["department"]: t for t in DG}
STEM = {CG: "城市更新局", SL: "水利局", SL5: "水利局", SK: "社会科学界联合会"}


# ------------------------------------------------------------------ lookups
def tk(slug, name):
    return T.task(TB[slug], name)["amount"]


def Y(slug, name):
    return yuan(tk(slug, name))


def B(slug, line):
    return wan(TB[slug]["budget"][line])


def TOT(slug):
    return total(TB[slug])


def IV(slug, name, period=False):
    i = T.indicator(TB[slug], name)
    return i["period_value"] if period else i["annual_value"]


def ppl(t):
    return t["basic_info"]["财政供养人员数"]


def tsum(slug, pred=lambda x: True):
    return sum((x["amount"] for x in TB[slug]["tasks"] if pred(x)), Decimal(0))


def goal(slug, phrase):
    """A goal-only fact: in the goals, in no task / indicator of the table."""
    t = TB[slug]
    assert phrase in "".join(t["goals"]), (slug, phrase)
    other = [x["name"] + x["content"] + x["expected"] for x in t["tasks"]]
    other += [i["level3"] + i["period_value"] + i["annual_value"] for i in t["indicators"]]
    assert not any(phrase in o for o in other), (slug, phrase)
    return phrase


def count(n):
    return f"#{n}"


# every value any table holds (for absents), and every goal phrase
STORED = set()
GOALTEXT = "".join(g for t in TB.values() for g in t["goals"])
for t in TB.values():
    for x in t["tasks"]:
        STORED.add(yuan(x["amount"]))
    for v in t["budget"].values():
        STORED.add(wan(v))
    if t["budget"]:
        STORED.add(wan(total(t)))
    for i in t["indicators"]:
        STORED.update((i["period_value"], i["annual_value"]))

# ------------------------------------------------------------------ checks on the new tables
ALLAMT = Counter(x["amount"] for t in TB.values() for x in t["tasks"])
for s in NEW:
    for x in TB[s]["tasks"]:
        assert ALLAMT[x["amount"]] == 1, (s, x["name"], x["amount"])
LOOK = [  # (new slug, new item, other slug, other item)
    (CG, "城中村改造前期工作经费", "ziranziyuan_2026", "土地储备前期工作经费"),
    (CG, "城市更新单元规划编制和审查经费", "ziranziyuan_2026", "国土空间规划编制经费"),
    (CG, "“工改工”产业用地拆除整理经费", "gongxinju_2026", "镇街工业园区升级改造补助"),
    (CG, "城市更新信息化和“一张图”平台建设经费", "ziranziyuan_2026", "不动产登记信息化建设经费"),
    (CG, "城市更新政策研究和专题课题经费", "fagaiju_2026", "发展规划研究编制经费"),
    (CG, "城市更新政策宣传和公众参与经费", "zhujianju_2026", "住房保障政策宣传经费"),
    (CG, "城市更新业务培训经费", "fagaiju_2026", "发展改革业务培训经费"),
    (CG, "城市更新项目全过程监管和第三方评估经费", "zhujianju_2026", "建筑施工安全监管经费"),
    (CG, "旧厂房旧村庄土地权属核查和测绘经费", "ziranziyuan_2026", "测绘地理信息服务经费"),
    (SL, "水库和水闸运行维护经费", SW, "水闸泵站运行维护经费"),
    (SL, "水旱灾害防御和防汛抢险经费", SW, "防汛防旱应急保障经费"),
    (SL, "智慧水利信息化建设经费", SW, "智慧水务信息化建设经费"),
    (SL, "水情教育和水利科普宣传经费", SW, "节水宣传教育经费"),
    (SL, "水利工程管理人员培训经费", SW, "水务执法人员培训经费"),
    (SL, "水利发展规划和水资源研究经费", "gangwuju_2025", "港口航运发展规划研究经费"),
    (SK, "哲学社会科学规划课题研究经费", "touchuju_2026", "招商项目评估和产业研究经费"),
    (SK, "决策咨询研究和社科智库建设经费", "guoziwei_2026", "国资国企改革政策研究和咨询经费"),
    (SK, "社会科学普及宣传和普及基地建设经费", "tiyuju_2026", "体育彩票公益宣传和销售管理经费"),
    (SK, "社科类社会组织学术活动补助", "kexie_2026", "学会能力提升和学术交流经费"),
    (SK, "《东莞社会科学》刊物编辑出版经费", "wenlian_2026", "《东莞文艺》刊物编辑出版经费"),
    (SK, "《东莞社会科学》刊物编辑出版经费", "difangzhi_2026", "《东莞史志》期刊编辑出版经费"),
    (SK, "社科学术年会和学术论坛经费", "jinrongju_2026", "金融研究和政策评估经费"),
    (SK, "社科人才培训经费", "tuanshiwei_2026", "团干部和青年骨干培训经费"),
    (SK, "社科信息化和网上社科馆建设经费", "fulian_2026", "智慧妇联信息化建设经费"),
]
for s1, n1, s2, n2 in LOOK:
    a, b = tk(s1, n1), tk(s2, n2)
    assert 0 < abs(a - b) <= 1000, (n1, n2)
for s in (CG, SL, SL5, SK):  # 镇街 subsidy = 对下 line
    zj = [x["amount"] for x in TB[s]["tasks"] if x["name"].startswith("镇街")]
    assert zj == [TB[s]["budget"]["拟用于对下转移支付资金"] * 10000], s

ROWS: list[dict] = []
CAT_SCOPE: list[tuple[str, str]] = []


def add(cat, q, figures=(), names=(), expect="ok", yesno=None, absent=(), fu=False, note="", scope="new"):
    rid = f"b26-{len(ROWS) + 1:03d}"
    figures, absent = list(figures), list(absent)
    for a in absent:
        assert a not in figures, (rid, a)
        assert a in STORED or a in GOALTEXT, (rid, a)
    if expect in ("not_found", "ok_or_clarify"):
        assert not figures, rid
    if fu:
        assert ROWS, rid
    ROWS.append({"id": rid, "q": q, "category": "followup" if fu else cat, "expect": expect, "figures": figures,
                 "names": list(names), "yesno": yesno, "absent": absent,
                 "followup_of": ROWS[-1]["id"] if fu else None, "note": f"{note} [scope: {scope}]"})
    CAT_SCOPE.append((ROWS[-1]["category"], scope))
    return rid


def filt(values, threshold):
    assert all(D(v) != D(threshold) for v in values), threshold


# ================================================================== item_money
n1, n2 = "城中村改造前期工作经费", "“工改工”产业用地拆除整理经费"
add("item_money", "更新局今年城中村改造前期工作经费安排了多少？", [Y(CG, n1)], [n1],
    absent=[Y("ziranziyuan_2026", "土地储备前期工作经费")],
    note="城市更新局 task; 自然资源局's 土地储备前期工作经费 is 800 元 less")
add("item_money", "那“工改工”拆除整理那项呢", [Y(CG, n2)], [n2], fu=True, note="城市更新局 task")
add("item_money", "这两项一共多少钱", [yuan(tk(CG, n1) + tk(CG, n2))], fu=True, note="sum of the two items")
add("item_money", "城市更新局做单元规划编制和审查的钱有多少", [Y(CG, "城市更新单元规划编制和审查经费")],
    ["城市更新单元规划编制和审查经费"], absent=[Y("ziranziyuan_2026", "国土空间规划编制经费")],
    note="自然资源局's 国土空间规划编制经费 is 700 元 less")
add("item_money", "水利局水库和水闸运行维护经费是多少？", [Y(SL, "水库和水闸运行维护经费")], ["水库和水闸运行维护经费"],
    absent=[Y(SW, "水闸泵站运行维护经费")], note="水务局's 水闸泵站运行维护经费 is 700 元 less")
add("item_money", "水利局今年防讯抢险那笔钱多少（水旱灾害防御那个）", [Y(SL, "水旱灾害防御和防汛抢险经费")],
    ["水旱灾害防御和防汛抢险经费"], absent=[Y(SW, "防汛防旱应急保障经费")],
    note="typo 防讯; 水务局's 防汛防旱应急保障经费 (and 卫健局's 信息化) is 600 元 less")
add("item_money", "水利局智慧水利信息化建设经费有多少", [Y(SL, "智慧水利信息化建设经费")], ["智慧水利信息化建设经费"],
    absent=[Y(SW, "智慧水务信息化建设经费")], note="水务局's 智慧水务 item is 400 元 less")
assert "智慧水利信息化建设经费" not in [x["name"] for x in TB[SL5]["tasks"]]
add("item_money", "这个去年也有吗？", [], yesno="否", fu=True,
    note="new in 2026: 水利局 2025 has no such task")
add("item_money", "水利局给镇街农田水利设施管护的补助是多少", [Y(SL, "镇街农田水利设施管护补助")],
    ["镇街农田水利设施管护补助"], note="equals the 对下 line 1424.00万元")
add("item_money", "社科联规划课题研究经费今年多少钱", [Y(SK, "哲学社会科学规划课题研究经费")],
    ["哲学社会科学规划课题研究经费"], absent=[Y("touchuju_2026", "招商项目评估和产业研究经费")],
    note="投促局's 研究经费 is 200 元 more")
add("item_money", "社科联出《东莞社会科学》那个刊物花多少", [Y(SK, "《东莞社会科学》刊物编辑出版经费")],
    ["《东莞社会科学》刊物编辑出版经费"],
    absent=[Y("wenlian_2026", "《东莞文艺》刊物编辑出版经费"), Y("difangzhi_2026", "《东莞史志》期刊编辑出版经费")],
    note="文联's 《东莞文艺》 758400, 地方志办's 《东莞史志》 758300")
add("item_money", "市社科联搞学术年会和学术论坛的经费是多少？", [Y(SK, "社科学术年会和学术论坛经费")],
    ["社科学术年会和学术论坛经费"], note="社科联 task")
add("item_money", "社科连的社科人才培训经费多少", [Y(SK, "社科人才培训经费")], ["社科人才培训经费"],
    absent=[Y("tuanshiwei_2026", "团干部和青年骨干培训经费")], note="typo 社科连; 团市委's 培训 586400")
add("item_money", "城市更薪局政策宣传和公众参与的经费", [Y(CG, "城市更新政策宣传和公众参与经费")],
    ["城市更新政策宣传和公众参与经费"], absent=[Y("zhujianju_2026", "住房保障政策宣传经费")],
    note="typo 更薪; 住建局's 住房保障政策宣传经费 1365800")
add("item_money", "城市更新局项目全过程监管和第三方评估那块预算多少", [Y(CG, "城市更新项目全过程监管和第三方评估经费")],
    ["城市更新项目全过程监管和第三方评估经费"], absent=[Y("zhujianju_2026", "建筑施工安全监管经费")],
    note="住建局's 建筑施工安全监管经费 9680000")
add("item_money", "水利局水土保持监测和监督检察经费多少钱", [Y(SL, "水土保持监测和监督检查经费")],
    ["水土保持监测和监督检查经费"], note="typo 检察 for 检查")
add("item_money", "社科联给社科类社会组织的学术活动补助有多少", [Y(SK, "社科类社会组织学术活动补助")],
    ["社科类社会组织学术活动补助"], absent=[Y("kexie_2026", "学会能力提升和学术交流经费")],
    note="科协's 学会能力提升和学术交流经费 1860400")
add("item_money", "更新局旧厂房旧村庄土地权属核查和测绘的钱", [Y(CG, "旧厂房旧村庄土地权属核查和测绘经费")],
    ["旧厂房旧村庄土地权属核查和测绘经费"], absent=[Y("ziranziyuan_2026", "测绘地理信息服务经费")],
    note="自然资源局's 测绘地理信息服务经费 7925000")

# ================================================================== indicator
add("indicator", "水利局防汛应急演练的指标是多少场？", [IV(SL, "防汛应急演练")], ["防汛应急演练"],
    absent=[IV(SW, "防汛应急演练")], note="水务局's indicator of the same name is ≥30场")
add("indicator", "水利局小型水库除险加固的年度指标值是多少", [IV(SL, "小型水库除险加固")], ["小型水库除险加固"],
    note="annual ≥12座 (period ≥36座; goals 约14座)")
add("indicator", "整个实施周期的指标值呢", [IV(SL, "小型水库除险加固", period=True)], fu=True, note="period value")
add("indicator", "水利局堤防达标加固单位成本控制在多少以内", [IV(SL, "堤防达标加固单位成本")], ["堤防达标加固单位成本"],
    absent=[IV(SW, "污水管网建设单位成本")], note="水务局's 污水管网建设单位成本 ≤350万元/公里")
add("indicator", "更新局城市更新“一张图”管理平台啥时候上线", [IV(CG, "城市更新“一张图”管理平台上线时间")],
    ["城市更新“一张图”管理平台上线时间"], note="date indicator")
add("indicator", "城市更新局那个城市更新长效机制指标写的是什么", [IV(CG, "城市更新长效机制")], ["城市更新长效机制"],
    absent=[IV("zhujianju_2026", "城市更新长效机制")], note="住建局's indicator of the same name is 逐步健全")
add("indicator", "城市更新业务培训人均成本上限是多少？", [IV(CG, "城市更新业务培训人均成本")], ["城市更新业务培训人均成本"],
    note="only 城市更新局 has it")
add("indicator", "更新局带动城市更新社会投资今年的指标是多少", [IV(CG, "带动城市更新社会投资")], ["带动城市更新社会投资"],
    note="annual ≥400亿元 (period ≥1200亿元)")
add("indicator", "实施周期呢", [IV(CG, "带动城市更新社会投资", period=True)], fu=True, note="period value")
add("indicator", "社科联培训学员满意度目标是多少", [IV(SK, "培训学员满意度")], ["培训学员满意度"],
    absent=[IV("dangxiao_2026", "培训学员满意度")], note="党校's ≥96%, 团市委 ≥95%, 工商联 ≥94%")
add("indicator", "社科联决策咨询成果获批示采纳要多少篇", [IV(SK, "决策咨询成果获批示采纳")], ["决策咨询成果获批示采纳"],
    note="not 形成决策咨询成果 ≥18篇")
add("indicator", "社科联网上社科馆什么时候上线", [IV(SK, "网上社科馆上线时间")], ["网上社科馆上线时间"], note="date")
add("indicator", "水力局水土保持率要达到多少", [IV(SL, "水土保持率")], ["水土保持率"], note="typo 水力局 for 水利局")
add("indicator", "水利局受益群众满意度和水库安全度汛率分别定的多少", [IV(SL, "受益群众满意度"), IV(SL, "水库安全度汛率")],
    ["受益群众满意度", "水库安全度汛率"], note="two asks, in the order asked")

# ================================================================== overview
add("overview", "城市更新局2026年部门预算合计多少？", [wan(TOT(CG))], ["城市更新局"], note="基本 + 项目 + 其他事业发展性")
add("overview", "财政拨款和其他资金各是多少", [B(CG, "财政拨款"), B(CG, "其他资金")], fu=True, note="城市更新局's two income lines")
add("overview", "拟用于对下转移支付的资金呢", [B(CG, "拟用于对下转移支付资金")], fu=True, note="城市更新局 对下 line")
add("overview", "水利局今年项目支出多少万", [B(SL, "项目支出")], ["水利局"], note="2026")
add("overview", "東莞市社會科學界聯合會今年預算總額是多少", [wan(TOT(SK))], ["社会科学界联合会"], note="traditional characters")
desc = [t["department"] for t in sorted(DG, key=total, reverse=True)]
add("overview", "在全市各部门里从大到小排第几", [count(desc.index("东莞市社会科学界联合会") + 1)], fu=True,
    note="55th of the 56 东莞 2026 departments (倒数第二)", scope="mixed")
add("overview", "市社科联财政供养人员多少人，下属二级单位几个",
    [count(ppl(TB[SK])), count(TB[SK]["basic_info"]["下属二级单位数"])], note="two asks")
add("overview", "水利局的财政专项资金多少", [B(SL, "财政专项资金")], note="= 市本级 56976.00 + 对下 1424.00")

# ================================================================== structure
sat = [i["level3"] for i in TB[SK]["indicators"] if i["level1"] == "满意度指标"]
add("structure", "社科联绩效指标里满意度指标有哪几个", [], sat, note="满意度指标 / 服务对象满意度")
cost = [i["level3"] for i in TB[SL]["indicators"] if i["level1"] == "成本指标"]
add("structure", "水利局的成本指标有哪些", [], cost, note="经济成本指标 three")
key = [x["name"] for x in TB[CG]["tasks"] if x["section"] == "年度重点工作任务"]
add("structure", "城市更新局年度重点工作任务有几个，都是哪些", [count(len(key))], key, note="年度重点工作任务")

# ================================================================== prose
add("prose", "更新局总体目标里说今年推动多少个城市更新单元立项", [goal(CG, "28个")], note="goal 一 (indicator ≥25个)")
add("prose", "更新局今年计划启动几个城中村改造项目？目标里写的那个数", [goal(CG, "9个")],
    note="goal 二 约9个 (indicator ≥8个; 住建局's goal says 8个)")
add("prose", "城市更新局工改工今年拆除整理多少亩", [goal(CG, "4200亩")], absent=["6000亩"],
    note="goal 二; 自然资源局's goal says “工改工”拆除整理土地6000亩")
add("prose", "更新局今年建高标准厂房大概多少", [goal(CG, "180万平方米")], note="goal 二")
add("prose", "城市更新一张图平台要归集多少条项目数据", [goal(CG, "1.6万条")], note="goal 五")
add("prose", "按城市更新局总体目标的说法，今年供应改造用地多少亩？拆除整理用地又是多少亩", [goal(CG, "3600亩"), goal(CG, "5200亩")],
    note="goal 一, two asks (拆除整理 indicator ≥4500亩)")
add("prose", "水利局管的水库有多少座，堤防多少公里", [goal(SL, "120座"), goal(SL, "680公里")], ["水利局"], note="goal 一")
add("prose", "水利局总体目标里改善灌溉面积大约多少", [goal(SL, "2.6万亩")], note="goal 二 (indicator ≥2.4万亩)")
add("prose", "水利局大坝安全监测点要接入多少个", [goal(SL, "2800个")], note="goal 五")
add("prose", "水利局今年搞多少场水情教育和水利科普宣传活动", [goal(SL, "45场")], absent=[IV(SW, "节水宣传活动")],
    note="goal 五; 水务局's 节水宣传活动 ≥40场")
add("prose", "水利局目标里今年治理水土流失面积是多少", [goal(SL, "12平方公里")], note="goal 三 (indicator ≥10平方公里)")
add("prose", "水利局今年培训水库巡查管护人员大概多少人次（总体目标里）", [goal(SL, "1500人次")],
    note="goal 四 (indicator ≥1200人次)")
add("prose", "社科联总体目标里说今年立项课题大概多少项", [goal(SK, "60项")], note="goal 一")
add("prose", "绩效指标里年度定的是多少", [IV(SK, "社科规划课题立项")], ["社科规划课题立项"], fu=True,
    note="annual ≥50项 (period ≥150项)")
add("prose", "社科专家库入库专家有多少名", [goal(SK, "350名")], note="goal 一")
add("prose", "社科联指导的社科类社会组织有多少个", [goal(SK, "68个")], note="goal 二")
add("prose", "社科联今年结项多少项", [goal(SK, "45项")], note="goal 一")
add("prose", "社科联总体目标里，社科普及基地认定多少个？普及活动办多少场？", [goal(SK, "30个"), goal(SK, "120场")],
    note="goal 三, two asks (indicators ≥25个, ≥100场)")
add("prose", "社科普及活动受众大概多少人次（总体目标）", [goal(SK, "8万人次")], note="goal 三 (indicator ≥7万人次)")

# ================================================================== filter
big = [x for x in TB[CG]["tasks"] if x["amount"] > 50000000]
filt([x["amount"] for x in TB[CG]["tasks"]], 50000000)
add("filter", "更新局哪些任务超过5000万？", [], [x["name"] for x in big], note="> 50000000元")
small = [x for x in TB[SL]["tasks"] if x["amount"] < 10000000]
filt([x["amount"] for x in TB[SL]["tasks"]], 10000000)
add("filter", "水利局一千万以下的任务有哪些", [], [x["name"] for x in small], note="< 10000000元")
mid = [x for x in TB[SK]["tasks"] if x["amount"] > 1000000]
filt([x["amount"] for x in TB[SK]["tasks"]], 1000000)
add("filter", "社科联100万以上的事项列一下", [], [x["name"] for x in mid], note="> 1000000元")
diffp = [i["level3"] for i in TB[SL]["indicators"] if i["period_value"] != i["annual_value"]]
add("filter", "水利局哪些指标实施周期值和年度值不一样", [], diffp, note="period ≠ annual")
qual = [i["level3"] for i in TB[CG]["indicators"] if not any(c.isdigit() for c in i["annual_value"])]
add("filter", "城市更新局不是数字的定性指标有哪些", [], qual, note="qualitative values")
topic = [x["name"] for t in DG for x in t["tasks"] if "课题" in x["name"]]
add("filter", "全市名字带“课题”的任务有哪些", [], topic, note="all 56 东莞 2026 departments", scope="mixed")
band = [t["department"] for t in DG if 2000 <= total(t) <= 3000]
filt([total(t) for t in DG], 2000)
filt([total(t) for t in DG], 3000)
add("filter", "今年预算在2000万到3000万之间的部门有哪些", [], band, note="inclusive; 团市委, 社科联, 侨联", scope="mixed")
km = [i["level3"] for i in TB[SL]["indicators"] if i["level2"] == "数量指标" and i["annual_value"].endswith("公里") and "平方公里" not in i["annual_value"]]
add("filter", "水利局数量指标里以公里为单位的有哪些", [], km, note="数量指标 in 公里 (not 平方公里)")

# ================================================================== count
add("count", "水利局今年一共有几项任务？", [count(len(TB[SL]["tasks"]))], note="3 重点 + 8 其他")
ks = tsum(SL, lambda x: x["section"] == "年度重点工作任务")
add("count", "其中重点任务加起来多少钱", [yuan(ks)], fu=True, note="three 年度重点工作任务")
add("count", "占全部任务金额的百分之几", [pct(ks / tsum(SL) * 100)], fu=True, note="重点 / all tasks")
add("count", "城市更新局有多少个绩效指标", [count(len(TB[CG]["indicators"]))])
add("count", "社科联其他需完成的任务有几项", [count(sum(x["section"] == "其他需完成的任务" for x in TB[SK]["tasks"]))])
add("count", "今年东莞一共有多少个部门的部门整体预算表", [count(len(DG))], note="53 + 3 new", scope="mixed")
add("count", "全市名字带培训的任务一共有多少个", [count(sum("培训" in x["name"] for t in DG for x in t["tasks"]))],
    note="56 东莞 2026 departments", scope="mixed")
filt([ppl(t) for t in DG], 30)
few = [t for t in DG if ppl(t) < 30]
add("count", "财政供养人员不到30人的部门有几个", [count(len(few))], [t["department"] for t in few],
    note="侨联 24, 社科联 26, 团市委 28, 地方志办 29", scope="mixed")
filt([total(t) for t in DG], 100000)
add("count", "部门预算合计超过10亿的部门有几个", [count(sum(total(t) > 100000 for t in DG))], note="> 100000万元",
    scope="mixed")
add("count", "水利局２０２５年有几项任务、几个绩效指标", [count(len(TB[SL5]["tasks"])), count(len(TB[SL5]["indicators"]))],
    note="full-width year; 2025 table")

# ================================================================== aggregate
add("aggregate", "城市更新局所有任务加起来多少钱", [yuan(tsum(CG))])
add("aggregate", "社科联全部任务合计多少", [yuan(tsum(SK))])
add("aggregate", "水利局和水务局今年预算加起来多少", [wan(TOT(SL) + TOT(SW))], ["水利局", "水务局"], scope="mixed")
add("aggregate", "今年全市所有部门预算合计加起来是多少", [wan(sum(total(t) for t in DG))], note="56 departments",
    scope="mixed")
add("aggregate", "社科联基本支出占预算合计的比例", [pct(TB[SK]["budget"]["基本支出"] / TOT(SK) * 100)])
add("aggregate", "城市更新局平均每项任务多少钱", [yuan2(tsum(CG) / len(TB[CG]["tasks"]))], note="10 tasks")
research = [x["amount"] for t in DG for x in t["tasks"] if "研究" in x["name"]]
add("aggregate", "全市名字带“研究”的任务加起来多少钱", [yuan(sum(research))], note=f"{len(research)} items",
    scope="mixed")
add("aggregate", "城市更新局对下转移支付资金占财政专项资金的百分之几",
    [pct(TB[CG]["budget"]["拟用于对下转移支付资金"] / TB[CG]["budget"]["财政专项资金"] * 100)])
add("aggregate", "城市更新局、水利局、社科联三家今年预算合计加起来", [wan(TOT(CG) + TOT(SL) + TOT(SK))])

# ================================================================== ranking
add("ranking", "水利局预算在全市排第几", [count(desc.index("东莞市水利局") + 1)], note="工信 88652.47 > 水利 > 民政 80780.35",
    scope="mixed")
add("ranking", "城市更新局预算全市排第几？", [count(desc.index("东莞市城市更新局") + 1)],
    note="林业 60239.81 > 城市更新 > 应急 49270.50", scope="mixed")
asc = sorted(DG, key=total)
add("ranking", "全市预算最少的部门是哪个", [wan(total(asc[0]))], ["归国华侨联合会"], scope="mixed")
assert asc[0]["department"] == "东莞市归国华侨联合会"
add("ranking", "倒数第二呢", [wan(total(asc[1]))], ["社会科学界联合会"], fu=True, scope="mixed")
assert asc[1]["department"] == "东莞市社会科学界联合会" and asc[2]["department"] == "共青团东莞市委员会"
add("ranking", "倒数第三", [wan(total(asc[2]))], ["共青团东莞市委员会"], fu=True, scope="mixed")
byp = sorted(DG, key=ppl)
assert ppl(byp[2]) < ppl(byp[3])
add("ranking", "财政供养人员最少的三个部门", [count(ppl(t)) for t in byp[:3]], ["归国华侨联合会", "社会科学界联合会",
    "共青团东莞市委员会"], note="in order", scope="mixed")
assert [t["department"] for t in byp[:3]] == ["东莞市归国华侨联合会", "东莞市社会科学界联合会", "共青团东莞市委员会"]
train = sorted((x["amount"], x["name"]) for t in DG for x in t["tasks"] if "培训" in x["name"])
add("ranking", "全市带培训的任务里钱最少的是哪个", [yuan(train[0][0])], [train[0][1]], absent=[yuan(train[1][0])],
    note="社科联 586300 < 团市委 586400", scope="mixed")
proj = sorted(DG, key=lambda t: t["budget"]["项目支出"])
add("ranking", "项目支出最少的三个部门是哪几个", [wan(t["budget"]["项目支出"]) for t in proj[:3]],
    ["归国华侨联合会", "社会科学界联合会", "共青团东莞市委员会"], note="in order", scope="mixed")
assert [t["department"] for t in proj[:3]] == ["东莞市归国华侨联合会", "东莞市社会科学界联合会", "共青团东莞市委员会"]
flood = sorted(((x["amount"], x["name"]) for t in DG for x in t["tasks"] if "防汛" in x["name"]), reverse=True)
add("ranking", "全市名字带防汛的任务按金额从高到低排一下", [yuan(a) for a, _ in flood], [n for _, n in flood],
    note="水利局 > 水务局 (600 元) > 港务局", scope="mixed")
pdesc = [t["department"] for t in sorted(DG, key=ppl, reverse=True)]
add("ranking", "水利局财政供养人员全市从多到少排第几", [count(pdesc.index("东莞市水利局") + 1)],
    note="林业 264 > 水利 238 > 公积金 236", scope="mixed")
plan = sorted(((x["amount"], x["name"]) for t in DG for x in t["tasks"] if "规划" in x["name"]), reverse=True)
add("ranking", "全市名字带“规划”的任务里哪个钱最多", [yuan(plan[0][0])], [plan[0][1]], absent=[yuan(plan[1][0])],
    note="城市更新局 48760700 > 自然资源局 48760000", scope="mixed")
sat_all = sorted(((D(i["annual_value"].strip("≥%")), t["department"]) for t in DG for i in t["indicators"]
                  if i["level3"] == "培训学员满意度"), reverse=True)
assert sat_all[0][1] == "东莞市社会科学界联合会" and sat_all[0][0] > sat_all[1][0]
add("ranking", "全市哪个部门的培训学员满意度目标最高", [IV(SK, "培训学员满意度")], ["社会科学界联合会"],
    note="社科联 ≥97% > 党校 ≥96%", scope="mixed")
zx = [t["department"] for t in sorted(DG, key=lambda t: t["budget"]["财政专项资金"], reverse=True)]
add("ranking", "水利局的财政专项资金在全市排第几", [count(zx.index("东莞市水利局") + 1)],
    note="工信 62000 > 水利 58400 > 自然资源 56800", scope="mixed")

# ================================================================== compare
add("compare", "水利局和水务局今年预算差多少", [wan(TOT(SW) - TOT(SL)), wan(TOT(SL)), wan(TOT(SW))], ["水利局", "水务局"],
    note="difference, then both in the order asked", scope="mixed")
add("compare", "那财政供养人员差多少人", [count(ppl(TB[SW]) - ppl(TB[SL])), count(ppl(TB[SL])), count(ppl(TB[SW]))],
    fu=True, scope="mixed")
a, b = tk(SL, "水库和水闸运行维护经费"), tk(SW, "水闸泵站运行维护经费")
add("compare", "水利局水库和水闸运行维护经费比水务局水闸泵站运行维护经费多多少", [yuan(a - b), yuan(a), yuan(b)],
    scope="mixed")
a, b = tk(SL, "水旱灾害防御和防汛抢险经费"), tk(SW, "防汛防旱应急保障经费")
add("compare", "水利局防汛抢险的钱和水务局防汛防旱的钱差多少", [yuan(a - b), yuan(a), yuan(b)], scope="mixed")
a, b = tk(CG, "城市更新单元规划编制和审查经费"), tk("ziranziyuan_2026", "国土空间规划编制经费")
add("compare", "更新局的单元规划编制经费跟自然资源局国土空间规划编制经费哪个多？差多少", [yuan(a - b), yuan(a), yuan(b)],
    ["城市更新局"], scope="mixed")
tw = BY["共青团东莞市委员会"]
add("compare", "社科联跟团市委预算差多少", [wan(total(tw) - TOT(SK)), wan(TOT(SK)), wan(total(tw))], scope="mixed")
ql = BY["东莞市归国华侨联合会"]
add("compare", "社科联和侨联谁人多？多几个", [count(ppl(TB[SK]) - ppl(ql)), count(ppl(TB[SK])), count(ppl(ql))],
    ["社会科学界联合会"], scope="mixed")
zj = BY["东莞市住房和城乡建设局"]
add("compare", "城市更新局和住建局预算差多少", [wan(total(zj) - TOT(CG)), wan(TOT(CG)), wan(total(zj))], scope="mixed")
a, b = tk(SK, "《东莞社会科学》刊物编辑出版经费"), tk("wenlian_2026", "《东莞文艺》刊物编辑出版经费")
add("compare", "社科联《东莞社会科学》的钱和文联《东莞文艺》的钱差多少", [yuan(a - b), yuan(a), yuan(b)], scope="mixed")
ly = BY["东莞市林业局"]
add("compare", "城市更新局和林业局预算差多少", [wan(total(ly) - TOT(CG)), wan(TOT(CG)), wan(total(ly))], scope="mixed")
kx = sum(x["amount"] for x in BY["东莞市科学技术协会"]["tasks"])
add("compare", "社科联和科协的任务总额差多少", [yuan(kx - tsum(SK)), yuan(tsum(SK)), yuan(kx)],
    ["社会科学界联合会", "科学技术协会"], scope="mixed")
a, b = TB[SL]["budget"]["项目支出"], TB[CG]["budget"]["项目支出"]
add("compare", "水利局项目支出比城市更新局多多少", [wan(a - b), wan(a), wan(b)])

# ================================================================== yesno
add("yesno", "城市更新局预算超过5亿了吗", [wan(TOT(CG))], yesno="是" if TOT(CG) > 50000 else "否")
add("yesno", "水利局有没有对下转移支付资金", [B(SL, "拟用于对下转移支付资金")], yesno="是")
add("yesno", "社科联是不是全市人最少的部门", [count(ppl(TB[SK])), count(ppl(ql))], ["归国华侨联合会"], yesno="否",
    note="侨联 24 < 社科联 26", scope="mixed")
add("yesno", "水利局防汛应急演练的指标是30场吗", [IV(SL, "防汛应急演练")], yesno="否", note="≥30场 is 水务局's")
dx = IV("dangxiao_2026", "培训学员满意度")
add("yesno", "社科联培训学员满意度目标比党校高吗", [IV(SK, "培训学员满意度"), dx], yesno="是", scope="mixed")
add("yesno", "更新局有没有超过6000万的任务", [yuan(max(x["amount"] for x in TB[CG]["tasks"]))],
    ["“工改工”产业用地拆除整理经费"], yesno="是")
add("yesno", "水利局基本支出是不是比项目支出多", [B(SL, "基本支出"), B(SL, "项目支出")], yesno="否")
add("yesno", "社科联有没有信息化方面的经费", [Y(SK, "社科信息化和网上社科馆建设经费")], ["社科信息化和网上社科馆建设经费"],
    yesno="是")
add("yesno", "更新局“一张图”平台是不是年底前上线", [IV(CG, "城市更新“一张图”管理平台上线时间")], yesno="是")
add("yesno", "社科联预算有没有超过3000万", [wan(TOT(SK))], yesno="否")
add("yesno", "水利局任务总额有没有超过3个亿", [yuan(tsum(SL))], yesno="是")
add("yesno", "城市更新局的人是不是比水利局少", [count(ppl(TB[CG])), count(ppl(TB[SL]))], yesno="是")
add("yesno", "社科联编印《东莞社会科学》是不是6期", [IV(SK, "编印《东莞社会科学》")], yesno="是")
add("yesno", "水利局小型水库除险加固每座平均投入上限是不是500万", [IV(SL, "小型水库除险加固平均投入")], yesno="否")
add("yesno", "社科联基本支出是不是不到1000万", [B(SK, "基本支出")], yesno="是")

# ================================================================== yoy
add("yoy", "水利局去年部门预算合计多少", [wan(TOT(SL5))], note="2025")
add("yoy", "水利局今年预算比去年增加了多少", [wan(TOT(SL) - TOT(SL5)), wan(TOT(SL)), wan(TOT(SL5))])
add("yoy", "增长了百分之几", [pct((TOT(SL) - TOT(SL5)) / TOT(SL5) * 100)], fu=True, note="over 2025")
add("yoy", "水利局去年小型水库除险加固工程经费多少", [Y(SL5, "小型水库除险加固工程经费")], note="2025")
a, b = tk(SL, "堤防达标加固工程经费"), tk(SL5, "堤防达标加固工程经费")
add("yoy", "堤防达标加固工程经费今年比去年多多少", [yuan(a - b), yuan(a), yuan(b)], note="水利局 2026 − 2025")
new_tasks = sorted({x["name"] for x in TB[SL]["tasks"]} - {x["name"] for x in TB[SL5]["tasks"]}
                   - {"水情教育和水利科普宣传经费"})
assert new_tasks == ["智慧水利信息化建设经费"]
add("yoy", "水利局今年新增了哪项任务，去年没有的", [Y(SL, new_tasks[0])], new_tasks,
    note="水情教育和水利科普宣传经费 is a rename of 2025's 水利科普宣传经费, not new")
add("yoy", "去年水利局的水利科普宣传经费多少？今年这项改叫什么名字了", [Y(SL5, "水利科普宣传经费")],
    ["水情教育和水利科普宣传经费"], note="the rename")
add("yoy", "水情教育和水利科普宣传经费2025年是多少", [Y(SL5, "水利科普宣传经费")], ["水利科普宣传经费"],
    note="2026 name asked for 2025: 2025's 水利科普宣传经费")
add("yoy", "水利局防汛应急演练指标去年和今年分别多少场", [IV(SL5, "防汛应急演练"), IV(SL, "防汛应急演练")])
add("yoy", "水利工程运行管护水平去年的指标值是啥", [IV(SL5, "水利工程运行管护水平")], note="qualitative, 2025")
add("yoy", "水利局去年财政供养人员多少，今年多少", [count(ppl(TB[SL5])), count(ppl(TB[SL]))])
add("yoy", "水利局去年拟用于对下转移支付资金是多少", [B(SL5, "拟用于对下转移支付资金")])
add("yoy", "水利局去年水土保持率目标多少", [IV(SL5, "水土保持率")])
add("yoy", "水利局2025年任务一共多少钱", [yuan(tsum(SL5))])
I5 = {i["level3"]: i["annual_value"] for i in TB[SL5]["indicators"]}
I6 = {i["level3"]: i["annual_value"] for i in TB[SL]["indicators"]}
changed = [n for n in I6 if n in I5 and I5[n] != I6[n]]
add("yoy", "水利局两年都有的指标里，哪些年度指标值变了", [], changed, note=f"{len(changed)} indicators")
add("yoy", "水利局去年堤防达标加固单位成本是多少", [IV(SL5, "堤防达标加固单位成本")])

# ================================================================== not_found
add("not_found", "城市更新局2025年的部门预算是多少", expect="not_found", note="城市更新局 2025 not loaded",
    scope="not loaded")
add("not_found", "社科联去年有哪些任务", expect="not_found", note="社科联 2025 not loaded", scope="not loaded")
add("not_found", "水利局2024年预算合计", expect="not_found", note="水利局 2024 not loaded", scope="not loaded")
add("not_found", "深圳市水利局今年预算多少", expect="not_found", absent=[wan(TOT(SL))],
    note="another city; 东莞's 水利局 must not be given", scope="not loaded")
add("not_found", "广州市社科联课题研究经费多少", expect="not_found", absent=[Y(SK, "哲学社会科学规划课题研究经费")],
    note="广州 社科联 not loaded", scope="not loaded")
add("not_found", "城市更新局的城镇老旧小区改造补助资金是多少", expect="not_found",
    absent=[Y("zhujianju_2026", "城镇老旧小区改造补助资金")], note="住建局's item", scope="mixed")
add("not_found", "社科联科普信息化和数字科技馆建设经费多少", expect="not_found",
    absent=[Y("kexie_2026", "科普信息化和数字科技馆建设经费")], note="科协's item", scope="mixed")

# ================================================================== trap
add("trap", "水利局的节水宣传教育经费多少", expect="not_found", absent=[Y(SW, "节水宣传教育经费")],
    note="水务局's item; 水利局's 宣传 item is 水情教育和水利科普宣传经费", scope="mixed")
add("trap", "水务局的水库大坝安全监测预警平台什么时候上线", expect="not_found",
    absent=[IV(SL, "水库大坝安全监测预警平台上线时间")], note="水利局's indicator, not 水务局's", scope="mixed")
add("trap", "水利局水务执法人员培训经费是多少", expect="not_found", absent=[Y(SW, "水务执法人员培训经费")],
    note="水务局's item", scope="mixed")
add("trap", "防汛应急演练的指标是多少场", expect="ok_or_clarify",
    note="水利局 ≥24场, 水务局 ≥30场; no department named", scope="mixed")
add("trap", "城市更新长效机制这个指标值是什么", expect="ok_or_clarify",
    note="城市更新局 持续完善, 住建局 逐步健全", scope="mixed")
add("trap", "《东莞社会科学》刊物编辑出版经费是多少", [Y(SK, "《东莞社会科学》刊物编辑出版经费")], ["社会科学界联合会"],
    absent=[Y("wenlian_2026", "《东莞文艺》刊物编辑出版经费"), Y("difangzhi_2026", "《东莞史志》期刊编辑出版经费")],
    note="only 社科联 has it (文联 / 地方志办 have look-alikes)", scope="mixed")
add("trap", "水利局的水闸泵站除险加固指标是多少座", expect="not_found", absent=[IV(SW, "水闸泵站除险加固")],
    note="水务局's indicator; 水利局 has 小型水库除险加固", scope="mixed")
add("trap", "城市更新局今年完成拆除整理用地的指标是13500亩吗",
    [IV(CG, "完成拆除整理用地"), IV(CG, "完成拆除整理用地", period=True)], yesno="否",
    note="≥13500亩 is the 实施周期 value; the year's is ≥4500亩")

# ------------------------------------------------------------------ write + report
assert len(ROWS) == 160, len(ROWS)
OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in ROWS), encoding="utf-8")
cats = Counter(r["category"] for r in ROWS)
print(f"wrote {OUT} ({len(ROWS)} lines)")
print("scope:", dict(Counter(s for _, s in CAT_SCOPE)))
print("| category | total | ok | not_found | clarify | ok_or_clarify |")
print("| --- | --- | --- | --- | --- | --- |")
order = ["item_money", "indicator", "overview", "structure", "prose", "filter", "count", "aggregate", "ranking",
         "compare", "yesno", "yoy", "not_found", "trap", "followup"]
for c in order:
    rs = [r for r in ROWS if r["category"] == c]
    e = Counter(r["expect"] for r in rs)
    print(f"| {c} | {len(rs)} | {e['ok']} | {e['not_found']} | {e['clarify']} | {e['ok_or_clarify']} |")
e = Counter(r["expect"] for r in ROWS)
print(f"| **total** | **{len(ROWS)}** | {e['ok']} | {e['not_found']} | {e['clarify']} | {e['ok_or_clarify']} |")
assert set(cats) <= set(order)
