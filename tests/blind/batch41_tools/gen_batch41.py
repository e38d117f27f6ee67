"""Write tests/blind/batch_41.jsonl (160 questions) from the tables alone (truth41.py).

Figures are computed here (Decimal, ROUND_HALF_UP); prose figures are checked to stand in their goals; every `absent`
must be a value some table holds; rank values are asserted tie-free; not_found / ok_or_clarify lines carry no figures
or names; the category counts are printed. Re-running gives a byte-identical file.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import truth41 as T  # noqa: E402

A = T.load()
JC6, JC5, XC, SK, DY = T.NEW  # 监测站 2026, 监测站 2025, 宣传部, 水库管理中心, 动物疫病预防控制中心
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
    rid = f"b41-{n:03d}"
    ROWS.append({"id": rid, "q": q, "category": "followup" if fu else cat, "expect": expect,
                 "figures": list(figures), "names": list(names), "yesno": yesno, "absent": list(absent),
                 "followup_of": ROWS[-1]["id"] if fu else None, "note": f"{note} [scope: {scope}]"})


STJ, SLJ, SWJ, NYNC, JK = "东莞市生态环境局", "东莞市水利局", "东莞市水务局", "东莞市农业农村局", "东莞市疾病预防控制中心"
DST, WL, WXB, RBS, GZC = "东莞市广播电视台", "东莞市文学艺术界联合会", "中共东莞市委网络安全和信息化委员会办公室", "东莞日报社", "东莞市公证处"
TYJ, YJ, TJ, YBJ, JGSW = "东莞市体育局", "东莞市应急管理局", "东莞市统计局", "东莞市医疗保障局", "东莞市机关事务管理局"
KQ = "环境空气质量自动监测运行维护经费"
SZ5, SZ6 = "水质自动监测站运维经费", "地表水水质自动监测站运行维护经费"
XWR, ZZ, TR = "新污染物监测能力建设经费", "镇街环境监测站点运维补助", "土壤和地下水环境监测经费"
SZY = "水库和水闸运行维护经费"
SL = "水利局"


def other(dname, name):
    (x,) = [x for x in dept(dname)["tasks"] if x["name"] == name]
    return x["amount"]


def other_iv(dname, name, which="annual"):
    (x,) = [x for x in dept(dname)["indicators"] if x["level3"] == name]
    return x[f"{which}_value"]


def held(slug, name):
    """An amount of a table outside the 东莞 2026 set (a 2025 table), by slug."""
    return T.yuan(T.task(A[slug], name)["amount"])


# ---------------------------------------------------------------- item_money (15) + follow-ups
Q("item_money", "监测站今年空气自动站运维的钱有多少", [amt(JC6, KQ)], [KQ], absent=[amt(JC5, KQ)],
  note="asked by use; 监测站 = 东莞市生态环境监测站; 2025 11746200")
Q("item_money", "那去年呢", [amt(JC5, KQ)], [KQ], absent=[amt(JC6, KQ)], fu=True, note="监测站 2025")
Q("item_money", "环境监测站建新污染物实验室花多少钱", [amt(JC6, XWR)], [XWR], note="asked by use; new in 2026")
Q("item_money", "市监测站给镇街监测站点的运维补助是多少", [amt(JC6, ZZ)], [ZZ], absent=[amt(JC5, ZZ)],
  note="= its 对下 200.00万元; 2025 1820000")
n = "监测仪器设备购置和更新经费"
Q("item_money", "监测站买监测仪器设备的经费", [amt(JC6, n)], [n], absent=[amt(JC5, n)], note="asked by use; 2025 4863200")
n = "噪声和辐射环境监测经费"
Q("item_money", "生态环境监测站做噪声和辐射监测的钱多少", [amt(JC6, n)], [n], absent=[amt(JC5, n)],
  note="2025 1253900")
n = "全国文明城市常态化创建经费"
Q("item_money", "宣传部今年文明城市创建经费多少", [amt(XC, n)], [n], note="宣传部 = 中共东莞市委宣传部; partial name")
n = "城市形象宣传片制作推广经费"
Q("item_money", "市委宣传部拍城市形象宣传片的钱", [amt(XC, n)], [n],
  absent=[T.yuan(other(DST, "公益广告和城市形象宣传片制作经费"))],
  note="asked by use; 广播电视台 公益广告和城市形象宣传片制作经费 2384600 is another item")
n = "文艺精品创作扶持经费"
Q("item_money", "宣傳部文藝精品創作扶持經費多少", [amt(XC, n)], [n], absent=[T.yuan(other(WL, "文艺精品创作生产扶持资金"))],
  note="traditional; 文联 文艺精品创作生产扶持资金 8650400 is another item")
n = "公益文化活动和“文化周末”经费"
Q("item_money", "宣传部搞文化周末的经费有多少", [amt(XC, n)], [n], note="partial name, without the quotation marks")
Q("item_money", "水库中心的水库和水闸运行维护经费多少", [amt(SK, SZY)], [SZY],
  absent=[T.yuan(other(SLJ, SZY)), held("shuiliju_2025", SZY)],
  note="水库中心 = 东莞市水库管理中心; same name as 水利局 46320700 (2025 43680000)")
Q("item_money", "水利局的呢", [T.yuan(other(SLJ, SZY))], [SZY], absent=[amt(SK, SZY), held("shuiliju_2025", SZY)], fu=True,
  note="水利局 2026 (its latest year)", scope="mixed")
n = "大坝白蚁防治经费"
Q("item_money", "市水库中心大坝白蚁防治花多少", [amt(SK, n)], [n], note="partial name")
n = "水库大坝安全提升工程经费"
Q("item_money", "水库管理中心给病险大坝做防渗加固那笔工程款多少", [amt(SK, n)], [n],
  absent=[T.yuan(other(SLJ, "小型水库除险加固工程经费"))],
  note="asked by use (content); 水利局 小型水库除险加固工程经费 68450000 is another item")
n = "重大动物疫病强制免疫疫苗采购经费"
Q("item_money", "动物疫控中心买强制免疫疫苗的钱", [amt(DY, n)], [n], absent=[T.yuan(other(NYNC, "动物疫病防控经费"))],
  note="动物疫控中心 = 东莞市动物疫病预防控制中心; 农业农村局 动物疫病防控经费 12380000 (close)")
n = "犬只狂犬病免疫经费"
Q("item_money", "动物疫控中心犬只狂犬病免役经费是多少", [amt(DY, n)], [n], note="typo 免役 (免疫)")
n = "兽医实验室能力提升经费"
Q("item_money", "市动物疫控中心兽医实验室能力提升经费", [amt(DY, n)], [n],
  absent=[T.yuan(other(JK, "公共卫生实验室检测能力提升经费"))],
  note="疾控中心 公共卫生实验室检测能力提升经费 23800600 is another department's")

# ---------------------------------------------------------------- indicator (13) + follow-up
n = "自动监测数据有效传输率"
Q("indicator", "监测站自动监测数据有效传输率要求多少", [iv(JC6, n)], [n], absent=[other_iv(STJ, n), iv(JC5, n)],
  note="≥95%; 生态环境局 ≥90% (same name); 2025 ≥92%")
n = "开展污染源监督性监测"
Q("indicator", "环境监测站今年污染源监督性监测年度指标多少家次", [iv(JC6, n)], [n], absent=[iv(JC5, n)],
  note="annual ≥1600家次; 2025 ≥1400家次; period ≥4800家次 not absent")
Q("indicator", "实施周期的呢", [iv(JC6, n, "period")], [n], fu=True, note="period ≥4800家次")
n = "突发环境事件应急监测到场时间"
Q("indicator", "监测站突发环境事件应急监测多久要到现场", [iv(JC6, n)], [n], absent=[iv(JC5, n)], note="≤1小时; 2025 ≤1.5小时")
n = "空气自动监测站单站年运维成本"
Q("indicator", "监测站空气自动监测站一个站一年运维成本上限", [iv(JC6, n)], [n], absent=[iv(JC5, n)],
  note="≤28万元/个; 2025 ≤30万元/个")
n = "组织理论宣讲"
Q("indicator", "宣传部今年理论宣讲要搞多少场", [iv(XC, n)], [n], note="indicator ≥1800场 (goal 约2000场)")
n = "开展文明城市常态化测评"
Q("indicator", "宣传部文明城市常态化测评年度指标几轮", [iv(XC, n)], [n], note="annual ≥4轮; period ≥12轮")
n = "城市形象宣传片单部制作成本"
Q("indicator", "城市形象宣传片单部制作成本上限是多少", [iv(XC, n)], [n], note="one table only; ≤300万元/部")
n = "开展水库防汛应急演练"
Q("indicator", "水库中心一年搞几场防汛应急演练", [iv(SK, n)], [n],
  absent=[other_iv(SLJ, "防汛应急演练"), other_iv(SWJ, "防汛应急演练")],
  note="≥10场; 水利局 防汛应急演练 ≥24场, 水务局 ≥30场 (look-alikes)")
n = "培训水库管理人员"
Q("indicator", "水库中心培训水库管理人员多少人次", [iv(SK, n)], [n], absent=[other_iv(SLJ, "培训水库巡查管护人员")],
  note="≥800人次; 水利局 培训水库巡查管护人员 ≥1200人次")
n = "水库管理人员培训人均成本"
Q("indicator", "水库中心管理人员培训人均成本上限", [iv(SK, n)], [n], absent=[other_iv(SLJ, "水库巡查管护人员培训人均成本")],
  note="≤350元/人; 水利局 水库巡查管护人员培训人均成本 ≤300元/人")
n = "应免畜禽免疫密度"
Q("indicator", "动物疫控中心应免畜禽免疫密度要求多少", [iv(DY, n)], [n], absent=[other_iv(NYNC, n)],
  note="≥95%; 农业农村局 ≥90% (same name)")
n = "犬只狂犬病免疫"
Q("indicator", "动物疫控中心今年给多少只狗打狂犬疫苗", [iv(DY, n)], [n], note="≥8万只 (goal 约8.5万只)")
n = "动物疫病样品检测单份成本"
Q("indicator", "动物疫病样品检测一份成本上限多少", [iv(DY, n)], [n], note="one table only; ≤45元/份")

# ---------------------------------------------------------------- overview (5) + follow-ups
Q("overview", "水库中心今年部门预算合计多少", [tw(SK)], note="预算合计 = 基本 + 项目 + 其他事业发展性")
Q("overview", "财政拨款和其他资金分别多少", [bw(SK, "财政拨款"), bw(SK, "其他资金")], fu=True, note="two figures in order")
Q("overview", "在全市排第几", [rank(tot, SK)], fu=True, note="体育局 22903.72 > 22359.78 > 社会福利中心 20586.43",
  scope="mixed")
Q("overview", "宣传部财政供养几个人，下面几个二级单位", [f"#{ppl(A[XC])}", f"#{A[XC]['basic_info']['下属二级单位数']}"],
  note="87, 2")
Q("overview", "动物疾控中心今年预算总额", [tw(DY)], absent=[T.wan(tot(dept(JK)))],
  note="动物疾控 = 动物疫病预防控制中心, not 疾控中心 (32290.36万元)")
Q("overview", "监测站项目支出多少", [bw(JC6, "项目支出")], absent=[bw(JC5, "项目支出")], note="2026; 2025 8124.58")
Q("overview", "宣传部基本支出多少", [bw(XC, "基本支出")], note="")

# ---------------------------------------------------------------- structure (2)
Q("structure", "水库中心有哪些时效指标", [], [i["level3"] for i in A[SK]["indicators"] if i["level2"] == "时效指标"],
  note="时效指标, two")
Q("structure", "动物疫控中心的质量指标有哪几个", [], [i["level3"] for i in A[DY]["indicators"] if i["level2"] == "质量指标"],
  note="质量指标, three")

# ---------------------------------------------------------------- prose (18) + follow-up
Q("prose", "监测站今年全年要获取多少有效监测数据", [goal(JC6, "约260万组")], note="goal only")
Q("prose", "监测站新污染物调查监测点位大概多少个", [goal(JC6, "约40个")], note="goal only")
Q("prose", "环境监测站今年地下水监测井大概多少口", [goal(JC6, "约60口")], absent=[goal(JC5, "约45口")],
  note="goal only; 2025 约45口")
Q("prose", "按总体目标，监测站污染源监督性监测大概多少家次", [goal(JC6, "约1800家次")],
  note="indicator ≥1600家次 is the counterpart (总体目标)")
Q("prose", "按目标监测站土壤环境监测点位大概多少个", [goal(JC6, "约320个")], note="indicator ≥300个 is the counterpart")
Q("prose", "宣传部理论宣讲覆盖多少党员群众", [goal(XC, "约25万人次")], note="goal only; sentence with 2000场, 25万人次")
Q("prose", "市委宣传部今年开多少场新闻发布会", [goal(XC, "约60场")], note="goal only")
Q("prose", "按总体目标宣传部在中央和省级主流媒体刊发东莞正面报道大概多少篇", [goal(XC, "约3500篇")],
  note="indicator ≥3000篇 is the counterpart (总体目标)")
Q("prose", "宣传部文化周末这类公益文化活动大概办多少场", [goal(XC, "约300场")], note="goal only")
Q("prose", "宣传部今年开展重大主题宣传活动大概几项", [goal(XC, "约12项")], note="goal only")
Q("prose", "按总体目标宣传部建设新时代文明实践中心所站大概多少个", [goal(XC, "约620个")],
  note="indicator 建成新时代文明实践所站 ≥600个 is the counterpart")
Q("prose", "水库中心管的大中型水库大概几座", [goal(SK, "约11座")], note="goal only")
Q("prose", "水库中心库区水质监测大概做多少批次", [goal(SK, "约520批次")], note="goal only")
Q("prose", "水库中心清理库区违法建设和非法养殖大概多少宗", [goal(SK, "约30宗")], note="goal only")
Q("prose", "按目标水库中心培训水库管理人员大概多少人次", [goal(SK, "约900人次")],
  note="indicator ≥800人次 is the counterpart (目标)")
Q("prose", "动物疫控中心参加实验室能力比对大概几项，新增检测项目多少", [goal(DY, "约8项"), goal(DY, "约15项")],
  note="goal only; two figures in order")
Q("prose", "动物疫控中心对多少个镇街开展动物防疫技术指导", [goal(DY, "约33个")],
  note="goal only; 农科中心's goal has 约32个 镇街 (another department)")
Q("prose", "那培训基层动物防疫人员大概多少人次", [goal(DY, "约1500人次")], fu=True,
  note="indicator ≥1400人次 is the counterpart (大概)")
Q("prose", "按目标动物疫控中心免疫犬只大概多少只", [goal(DY, "约8.5万只")], note="indicator ≥8万只 is the counterpart (目标)")

# ---------------------------------------------------------------- filter (8) + follow-up
big = [x for x in A[JC6]["tasks"] if x["amount"] > 5000000]
Q("filter", "监测站哪些任务超过五百万", [], [x["name"] for x in big], note="> 5,000,000 (none on the line)")
Q("filter", "这几项加起来多少", [T.yuan(sum(x["amount"] for x in big))], fu=True, note="sum of the five")
Q("filter", "宣传部一百万到五百万之间的任务有哪些", [],
  [x["name"] for x in A[XC]["tasks"] if 1000000 <= x["amount"] <= 5000000], note="inclusive; none on a boundary")
Q("filter", "水库中心哪些任务不到两百万", [], [x["name"] for x in A[SK]["tasks"] if x["amount"] < 2000000], note="< 2,000,000")
Q("filter", "动物疫控中心哪个指标周期值跟年度值不一样", [],
  [i["level3"] for i in A[DY]["indicators"] if i["period_value"] != i["annual_value"]], note="period ≠ annual: one")
Q("filter", "宣传部哪些指标是定性的", [],
  [i["level3"] for i in A[XC]["indicators"] if not any(c.isdigit() for c in i["annual_value"])], note="qualitative")
Q("filter", "水库中心按百分比考核的指标有哪些", [], [i["level3"] for i in A[SK]["indicators"] if "%" in i["annual_value"]],
  note="annual value in %")
Q("filter", "全市财政供养人员在90到100人之间的单位", [], [t["department"] for t in DG if 90 <= ppl(t) <= 100],
  note="气象局 92, 体育局 94, 港务局 97, 公证处 95, 动物疫控中心 96", scope="mixed")
Q("filter", "东莞今年预算在3亿到4亿之间的部门有哪些", [],
  [t["department"] for t in DG if 30000 <= tot(t) <= 40000], note="seven, 宣传部 among them", scope="mixed")

# ---------------------------------------------------------------- count (8) + follow-ups
Q("count", "监测站今年表里有几项任务", [f"#{len(A[JC6]['tasks'])}"], note="eleven")
zk = [x for x in A[JC6]["tasks"] if x["section"] == "年度重点工作任务"]
zks = sum(x["amount"] for x in zk)
zts = sum(x["amount"] for x in A[JC6]["tasks"])
Q("count", "重点任务几项，合计多少", [f"#{len(zk)}", T.yuan(zks)], fu=True, note="four 年度重点工作任务, two asks")
Q("count", "重点任务占全部任务经费百分之几", [T.pct(zks / zts * 100)], fu=True, note="key / all tasks")
Q("count", "宣传部的绩效指标一共几个", [f"#{len(A[XC]['indicators'])}"], note="")
Q("count", "水库中心数量指标有几个", [f"#{sum(i['level2'] == '数量指标' for i in A[SK]['indicators'])}"], note="")
Q("count", "动物疫控中心满意度指标几个", [f"#{sum(i['level1'] == '满意度指标' for i in A[DY]['indicators'])}"], note="")
Q("count", "全市今年交了部门整体绩效目标表的单位有几家", [f"#{len(DG)}"], note="108", scope="mixed")
Q("count", "全市任务名称里带“水库”的有几项", [f"#{sum('水库' in x['name'] for t in DG for x in t['tasks'])}"],
  note="literal substring; 水库中心 5 + 水利局 2", scope="mixed")
Q("count", "东莞今年有几个部门没有对下转移支付资金", [f"#{sum(t['budget']['拟用于对下转移支付资金'] == 0 for t in DG)}"],
  note="对下 0.00; 水库中心 among them", scope="mixed")
Q("count", "全市没有下属二级单位的单位有几家", [f"#{sum(t['basic_info']['下属二级单位数'] == 0 for t in DG)}"],
  note="下属二级单位数 0; 监测站 among them", scope="mixed")

# ---------------------------------------------------------------- aggregate (9) + follow-up
tsum = sum(x["amount"] for x in A[SK]["tasks"])
Q("aggregate", "水库中心十项任务加起来多少", [T.yuan(tsum)], note="ten tasks")
Q("aggregate", "占项目支出的比例", [T.pct(tsum / (bl(SK, "项目支出") * 10000) * 100)], fu=True, note="tasks / 项目支出")
Q("aggregate", "宣传部和网信办今年预算合起来多少", [T.wan(tot(A[XC]) + tot(dept(WXB)))], note="", scope="mixed")
Q("aggregate", "监测站、宣传部、水库中心、动物疫控中心四家预算加总", [T.wan(sum(tot(A[s]) for s in (JC6, XC, SK, DY)))],
  note="")
Q("aggregate", "东莞今年各部门预算总盘子", [T.wan(sum(tot(t) for t in DG))], note="108 departments", scope="mixed")
Q("aggregate", "监测站基本支出占预算合计的比例", [T.pct(bl(JC6, "基本支出") / tot(A[JC6]) * 100)], note="")
dsum = sum(x["amount"] for x in A[DY]["tasks"])
Q("aggregate", "动物疫控中心十个任务平均一项多少钱", [T.yuan2(Decimal(dsum) / 10)], note="average")
Q("aggregate", "全市名称带“文明”的任务经费合计",
  [T.yuan(sum(x["amount"] for t in DG for x in t["tasks"] if "文明" in x["name"]))],
  note="literal substring: 宣传部 ×4, 网信办, 殡葬管理所 (six)", scope="mixed")
Q("aggregate", "宣传部对下转移支付占财政专项资金的比重",
  [T.pct(bl(XC, "拟用于对下转移支付资金") / bl(XC, "财政专项资金") * 100)], note="738 / 3680")
Q("aggregate", "监测站和机关事务局财政供养人员一共多少", [f"#{ppl(A[JC6]) + ppl(dept(JGSW))}"], note="163 + 162",
  scope="mixed")

# ---------------------------------------------------------------- ranking (11) + follow-ups
top = max(A[XC]["tasks"], key=lambda x: x["amount"])
lo = min(A[XC]["tasks"], key=lambda x: x["amount"])
Q("ranking", "宣传部哪个任务钱最多", [T.yuan(top["amount"])], [top["name"]], note="")
Q("ranking", "最少的是哪个", [T.yuan(lo["amount"])], [lo["name"]], fu=True, note="")
Q("ranking", "东莞各部门按预算排，宣传部第几", [rank(tot, XC)], note="技师学院 35862.47 > 32893.08 > 疾控中心 32290.36",
  scope="mixed")
Q("ranking", "监测站预算全市排第几", [rank(tot, JC6)], note="国动办 15235.66 > 14389.03 > 党校 13251.84", scope="mixed")
Q("ranking", "水库中心预算在东莞排多少名", [rank(tot, SK)], note="体育局 22903.72 > 22359.78 > 社会福利中心 20586.43",
  scope="mixed")
Q("ranking", "动物疫控中心预算全市第几", [rank(tot, DY)], note="博物馆 6947.52 > 6486.27 > 公证处 6482.35 (3.92 apart)",
  scope="mixed")
Q("ranking", "水库中心财政供养人员全市第几", [rank(ppl, SK)], note="公路事务中心 224 > 216 > 应急管理局 215", scope="mixed")
Q("ranking", "宣传部财政供养人员在全市排第几", [rank(ppl, XC)], note="乡村振兴局 88 > 87 > 统计局 86", scope="mixed")
Q("ranking", "那统计局呢", [rank(ppl, dept(TJ)["slug"])], fu=True, note="one place behind 宣传部", scope="mixed")
Q("ranking", "宣传部的基本支出全市排老几", [rank(lambda t: t["budget"]["基本支出"], XC)],
  note="体育局 2864.52 > 2864.37 > 乡村振兴局 2735.48 (0.15 apart)", scope="mixed")
Q("ranking", "动物疫控中心其他资金全市排第几", [rank(lambda t: t["budget"]["其他资金"], DY)],
  note="国资委 238.23 > 237.62 > 残联 235.36", scope="mixed")
second = sorted(A[JC6]["tasks"], key=lambda x: -x["amount"])[1]
Q("ranking", "监测站花钱第二多的任务", [T.yuan(second["amount"])], [second["name"]], note="second")
four = sorted((JC6, XC, SK, DY), key=lambda s: -tot(A[s]))
Q("ranking", "监测站、宣传部、水库中心、动物疫控中心按预算从高到低排", [tw(s) for s in four],
  [A[s]["department"] for s in four], note="descending order as asked")


# ---------------------------------------------------------------- compare (11)
def cmp(q, x, y, unit="wan", note="", scope="mixed", names=()):
    dlt = abs(x - y)
    f = {"wan": T.wan, "yuan": T.yuan, "people": lambda v: f"#{v}"}[unit]
    Q("compare", q, [f(dlt), f(x), f(y)], list(names), note=note, scope=scope)


cmp("宣传部比疾控中心预算多多少", tot(A[XC]), tot(dept(JK)), note="difference, then 宣传部, 疾控中心")
cmp("水库中心和体育局预算差多少", tot(A[SK]), tot(dept(TYJ)), note="体育局 larger")
cmp("动物疫控中心跟公证处预算相差多少", tot(A[DY]), tot(dept(GZC)), note="3.92万元")
cmp("监测站和生态环境局预算差多少", tot(A[JC6]), tot(dept(STJ)), note="生态环境局 larger; not the same body")
cmp("动物疫控中心强制免疫疫苗采购经费和农业农村局动物疫病防控经费差多少", a(DY, "重大动物疫病强制免疫疫苗采购经费"),
    other(NYNC, "动物疫病防控经费"), "yuan", names=["重大动物疫病强制免疫疫苗采购经费", "动物疫病防控经费"], note="456000元")
cmp("水库中心的水库和水闸运行维护经费比水利局的少多少", a(SK, SZY), other(SLJ, SZY), "yuan", names=[SZY],
    note="13680000元; 水利局 2026")
cmp("宣传部城市形象宣传片制作推广经费跟电视台公益广告和城市形象宣传片制作经费差多少", a(XC, "城市形象宣传片制作推广经费"),
    other(DST, "公益广告和城市形象宣传片制作经费"), "yuan",
    names=["城市形象宣传片制作推广经费", "公益广告和城市形象宣传片制作经费"], note="810100元")
cmp("宣传部文艺精品创作扶持经费比文联文艺精品创作生产扶持资金少多少", a(XC, "文艺精品创作扶持经费"),
    other(WL, "文艺精品创作生产扶持资金"), "yuan", names=["文艺精品创作扶持经费", "文艺精品创作生产扶持资金"], note="2932000元")
cmp("动物疫控中心兽医实验室能力提升经费跟疾控中心公共卫生实验室检测能力提升经费差多少", a(DY, "兽医实验室能力提升经费"),
    other(JK, "公共卫生实验室检测能力提升经费"), "yuan", names=["兽医实验室能力提升经费", "公共卫生实验室检测能力提升经费"],
    note="19414400元; 疾控中心 2026")
cmp("水库中心和应急管理局财政供养人员差多少人", ppl(A[SK]), ppl(dept(YJ)), "people", note="1")
cmp("监测站和医保局财政供养人员差几个", ppl(A[JC6]), ppl(dept(YBJ)), "people", note="5; 医保局 larger")

# ---------------------------------------------------------------- yesno (15)
Q("yesno", "宣传部今年预算过３个亿没有", [tw(XC)], yesno="是", note="full-width ３; 32893.08万元")
Q("yesno", "宣传部是不是九成以上靠财政拨款", [bw(XC, "财政拨款")], yesno="是", note="32716.45 / 32893.08 = 99.46%")
Q("yesno", "宣传部新版城市形象宣传片七一前能上线吗", [iv(XC, "城市形象宣传片上线时间")], yesno="是",
  note="2026年6月30日前: before 1 July")
Q("yesno", "宣传部财政供养人员超过90人没有", [f"#{ppl(A[XC])}"], yesno="否", note="87")
Q("yesno", "宣传部有没有对下转移支付", [bw(XC, "拟用于对下转移支付资金")], yesno="是", note="738.00万元")
Q("yesno", "水库中心有对下转移支付吗", [bw(SK, "拟用于对下转移支付资金")], yesno="否", note="0.00万元")
Q("yesno", "水库中心雨水情测报系统五一前能升级完吗", [iv(SK, "雨水情测报和安全监测系统升级完成时间")], yesno="是",
  note="2026年4月30日前: before 1 May")
Q("yesno", "水库中心预算是不是超过两个亿", [tw(SK)], yesno="是", note="22359.78万元")
Q("yesno", "水库中心险情报告要求半小时以内吗", [iv(SK, "险情报告时限")], yesno="是", note="≤30分钟 = half an hour")
Q("yesno", "动物疫控中心春季集中免疫六一前能完成吗", [iv(DY, "春季集中免疫完成时间")], yesno="是",
  note="2026年5月31日前: before 1 June")
Q("yesno", "动物疫控中心免疫抗体合格率要求达到九成吗", [iv(DY, "免疫抗体合格率")], yesno="否", note="≥80%, not 90%")
Q("yesno", "动物疫控中心预算超过一个亿了吗", [tw(DY)], yesno="否", note="6486.27万元")
Q("yesno", "动物疫控中心财政供养人员是不是比公证处多", [f"#{ppl(A[DY])}"], yesno="是", note="96 > 95", scope="mixed")
Q("yesno", "监测站应急监测到场时间要求在两小时以内吗", [iv(JC6, "突发环境事件应急监测到场时间")], yesno="是",
  note="≤1小时 is within two hours")
jc_top = max(A[JC6]["tasks"], key=lambda x: x["amount"])
Q("yesno", "监测站有没有哪项任务超过两千万", [T.yuan(jc_top["amount"])], yesno="否", note="largest 15248600")

# ---------------------------------------------------------------- yoy (15) + follow-ups
Q("yoy", "监测站去年预算多少", [tw(JC5)], absent=[tw(JC6)], note="2025")
Q("yoy", "监测站今年预算比去年多多少", [T.wan(tot(A[JC6]) - tot(A[JC5])), tw(JC6), tw(JC5)], note="difference, 2026, 2025")
Q("yoy", "增幅是多少", [T.pct((tot(A[JC6]) - tot(A[JC5])) / tot(A[JC5]) * 100)], fu=True, note="over 2025")
Q("yoy", "监测站去年和今年财政供养人员各多少", [f"#{ppl(A[JC5])}", f"#{ppl(A[JC6])}"], note="159, 163")
Q("yoy", "环境空气质量自动监测运行维护经费今年比去年涨了多少", [T.yuan(a(JC6, KQ) - a(JC5, KQ)), amt(JC6, KQ), amt(JC5, KQ)],
  [KQ], note="difference, 2026, 2025")
Q("yoy", "监测站今年新增了哪项任务", [amt(JC6, XWR)], [XWR], note="2026 only")
Q("yoy", "去年监测站的水质自动监测站运维经费多少", [amt(JC5, SZ5)], [SZ5], note="2025 name")
Q("yoy", "监测站那个水质自动监测站运维的经费今年改名了，现在叫什么，多少钱", [amt(JC6, SZ6)], [SZ6], note="renamed in 2026")
Q("yoy", "这项跟去年比多了多少", [T.yuan(a(JC6, SZ6) - a(JC5, SZ5)), amt(JC6, SZ6), amt(JC5, SZ5)], fu=True,
  note="across the rename")
Q("yoy", "监测站去年几项任务，合计多少钱", [f"#{len(A[JC5]['tasks'])}", T.yuan(sum(x['amount'] for x in A[JC5]['tasks']))],
  note="two asks")
n = "生态环境监测能力"
Q("yoy", "去年监测站生态环境监测能力那个指标怎么写的", [iv(JC5, n)], [n], absent=[iv(JC6, n)], note="qualitative 2025")
ch = [i["level3"] for i in A[JC5]["indicators"] if T.indicator(A[JC6], i["level3"])["annual_value"] != i["annual_value"]]
Q("yoy", "监测站哪些指标的年度值跟去年比有变化", [], ch, note="ten changed, one qualitative")
n = "运行维护空气自动监测站"
Q("yoy", "监测站去年运行维护空气自动监测站定的多少个", [iv(JC5, n)], [n], absent=[iv(JC6, n)], note="2025 ≥34个")
Q("yoy", "监测站2025年总体目标里地下水监测井大概多少口", [goal(JC5, "约45口")], absent=[goal(JC6, "约60口")],
  note="2025 goal only")
Q("yoy", "去年监测站给镇街监测站点的补助多少", [amt(JC5, ZZ)], [ZZ], absent=[amt(JC6, ZZ)], note="2025 = its 对下 182.00万元")
Q("yoy", "土壤和地下水环境监测经费今年比去年多了多少", [T.yuan(a(JC6, TR) - a(JC5, TR)), amt(JC6, TR), amt(JC5, TR)], [TR],
  note="increase; 重点 in 2025, 其他 in 2026")
n = "突发环境事件应急监测到场时间"
Q("yoy", "监测站应急监测到场时间今年和去年的指标各是多少", [iv(JC6, n), iv(JC5, n)], [n],
  note="2026 ≤1小时, 2025 ≤1.5小时, in order asked")

# ---------------------------------------------------------------- not_found (7) + follow-up
Q("not_found", "监测站2024年的预算", expect="not_found", absent=[tw(JC5), tw(JC6)], note="2024 not loaded")
Q("not_found", "那2025年的呢", [tw(JC5)], fu=True, note="2025")
Q("not_found", "宣传部去年的理论宣讲经费", expect="not_found", absent=[amt(XC, "理论宣讲和学习教育经费")],
  note="宣传部 2025 not loaded")
Q("not_found", "水库中心2025年预算多少", expect="not_found", absent=[tw(SK)], note="水库中心 2025 not loaded")
Q("not_found", "深圳市生态环境监测站今年预算多少", expect="not_found", absent=[tw(JC6)], note="other city, not loaded",
  scope="not_loaded")
Q("not_found", "中共东莞市委统一战线工作部今年预算多少", expect="not_found", absent=[tw(XC)],
  note="统战部 not loaded; not 宣传部", scope="not_loaded")
Q("not_found", "动物疫控中心禽流感疫苗储备库建设经费多少", expect="not_found", note="no such item in any table")
Q("not_found", "动物疫控中心2027年预算", expect="not_found", absent=[tw(DY)], note="2027 not loaded")

# ---------------------------------------------------------------- trap (8)
Q("trap", "东莞市动物卫生监督所今年预算多少", expect="not_found", absent=[tw(DY)],
  note="unit not loaded; not 动物疫病预防控制中心", scope="not_loaded")
Q("trap", "监测站的空气质量优良天数比例是多少", expect="not_found",
  absent=[other_iv(STJ, "空气质量优良天数比例"), other_iv(STJ, "空气质量优良天数比例", "period")],
  note="生态环境局's indicator (≥92%, period ≥93%)")
Q("trap", "水库中心的小型水库除险加固工程经费", expect="not_found",
  absent=[T.yuan(other(SLJ, "小型水库除险加固工程经费"))], note="水利局's item")
Q("trap", "宣传部的新闻纸采购和报纸印刷经费有多少", expect="not_found", absent=[T.yuan(other(RBS, "新闻纸采购和报纸印刷经费"))],
  note="日报社's item")
Q("trap", "水库和水闸运行维护经费是多少", expect="ok_or_clarify", note="水利局 and 水库中心 share the name", scope="mixed")
Q("trap", "应免畜禽免疫密度是多少", expect="ok_or_clarify",
  note="农业农村局 (≥90%) and 动物疫控中心 (≥95%) share the name (湛江 2024 too)", scope="mixed")
Q("trap", "生态环境局的自动监测数据有效传输率，不是监测站那个", [other_iv(STJ, "自动监测数据有效传输率")],
  ["自动监测数据有效传输率"], absent=[iv(JC6, "自动监测数据有效传输率")],
  note="生态环境局 2026 ≥90%; 监测站 ≥95%", scope="mixed")
Q("trap", "水利局防汛应急演练年度指标多少，别跟水库中心搞混", [other_iv(SLJ, "防汛应急演练")], ["防汛应急演练"],
  absent=[iv(SK, "开展水库防汛应急演练"), other_iv(SWJ, "防汛应急演练")],
  note="水利局 2026 ≥24场 (2025 ≥20场); 水库中心 ≥10场; 水务局 ≥30场", scope="mixed")

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
out = HERE.parent / "batch_41.jsonl"
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
