"""Write tests/blind/batch_45.jsonl (160 questions) from the tables alone (truth45.py).

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

import truth45 as T  # noqa: E402

A = T.load()
SL6, SL5, CA, MY, BH = T.NEW  # 石龙镇 2026, 石龙镇 2025, 长安镇, 麻涌镇, 滨海湾新区管理委员会
DG = T.dg2026(A)
BY = {t["department"]: t for t in DG}
tot = T.total
assert len(DG) == 124


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
    rid = f"b45-{n:03d}"
    ROWS.append({"id": rid, "q": q, "category": "followup" if fu else cat, "expect": expect,
                 "figures": list(figures), "names": list(names), "yesno": yesno, "absent": list(absent),
                 "followup_of": ROWS[-1]["id"] if fu else None, "note": f"{note} [scope: {scope}]"})


SWJ, CGJ, ZJJ, GXJ, ZFW, TCJ = ("东莞市水务局", "东莞市城市管理和综合执法局", "东莞市住房和城乡建设局", "东莞市工业和信息化局",
                              "中共东莞市委政法委员会", "东莞市投资促进局")
LYJ, ZYJ, XCZX, ZYY, BY8, XF, RB = ("东莞市林业局", "东莞市自然资源局", "东莞市乡村振兴局", "东莞市中医院", "东莞市第八人民医院",
                                  "东莞市消防救援支队", "东莞日报社")
CSGX = "东莞市城市更新局"
QL = "中山路骑楼街区活化提升工程经费"
ZH = "镇级智慧城市运行管理中心建设经费"
CS = "村（社区）公共服务补助"
WH5, WH6 = "镇文化中心运行经费", "镇文化服务中心和分馆运行经费"
ZA = "治安巡防和视频监控运维经费"
HY = "水乡河涌整治和水系连通经费"


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
Q("item_money", "石龙今年骑楼街区改造花多少钱", [amt(SL6, QL)], [QL], absent=[amt(SL5, QL)],
  note="asked by use; 石龙 = 东莞市石龙镇人民政府; 2025 15296400")
Q("item_money", "去年呢", [amt(SL5, QL)], [QL], absent=[amt(SL6, QL)], fu=True, note="石龙 2025")
Q("item_money", "石龙镇政府建智慧城市运行管理中心要多少钱", [amt(SL6, ZH)], [ZH], note="asked by use; new in 2026")
Q("item_money", "石龙镇给村（社区）的公共服务补助是多少", [amt(SL6, CS)], [CS], absent=[amt(SL5, CS), amt(MY, CS)],
  note="= its 对下 938.00万元; 2025 8740000; 麻涌 has the same name (6680000)")
n = "老旧小区改造和市政设施维护经费"
Q("item_money", "石龙镇老旧小区改造那笔钱有多少", [amt(SL6, n)], [n], absent=[T.yuan(other(ZJJ, "城镇老旧小区改造补助资金"))],
  note="partial name; 住建局 城镇老旧小区改造补助资金 265800000 is another item")
n = "环境卫生清扫保洁和垃圾转运经费"
Q("item_money", "石龙垃圾转运和清扫保洁的经费多少", [amt(SL6, n)], [n], absent=[T.yuan(other(CGJ, "市容环境卫生保洁经费"))],
  note="asked by use; 城管局 市容环境卫生保洁经费 153270000 is another item")
n = "长安新区基础设施建设经费"
Q("item_money", "長安鎮新區基礎設施建設經費多少", [amt(CA, n)], [n], note="traditional 長 / 鎮 / 區 / 礎 / 設 / 經 / 費")
n = "智能制造产业园配套和企业技改扶持经费"
Q("item_money", "长安镇扶持企业技改的钱有多少", [amt(CA, n)], [n], absent=[T.yuan(other(GXJ, "工业企业技术改造资助经费"))],
  note="asked by use; 长安 = 东莞市长安镇人民政府; 工信局 工业企业技术改造资助经费 268450000 is another item")
n = "茅洲河长安段水环境综合整治经费"
Q("item_money", "长安整治茅洲河的经费是多少", [amt(CA, n)], [n], note="partial name")
n = "综治中心和网格化管理经费"
Q("item_money", "长安镇网格化管理经费多少", [amt(CA, n)], [n], absent=[T.yuan(other(ZFW, "网格化服务管理经费"))],
  note="partial name; 政法委 网格化服务管理经费 14286300 is another item")
n = "华阳湖国家湿地公园提升和运营经费"
Q("item_money", "麻涌华阳湖湿地公园的经费有多少", [amt(MY, n)], [n], absent=[T.yuan(other(LYJ, "森林公园和湿地公园建设补助"))],
  note="麻涌 = 东莞市麻涌镇人民政府; 林业局 森林公园和湿地公园建设补助 21600800 is another item")
Q("item_money", "麻涌镇整治河涌花了多少钱", [amt(MY, HY)], [HY], absent=[T.yuan(other(SWJ, "河涌综合整治工程经费"))],
  note="asked by use; 水务局 河涌综合整治工程经费 286450000 is another item")
n = "麻涌香蕉产业发展扶持经费"
Q("item_money", "麻涌香焦产业扶持经费多少", [amt(MY, n)], [n],
  note="typo 香焦 (香蕉); 麻涌香蕉 also stands in 农业农村局's goal (no amount)")
n = "交椅湾板块道路和市政配套建设经费"
Q("item_money", "滨海湾交椅湾修路和市政配套的钱多少", [amt(BH, n)], [n], note="滨海湾 = 东莞滨海湾新区管理委员会; asked by use")
n = "威远岛生态修复和海岸带整治经费"
Q("item_money", "那威远岛生态修复呢", [amt(BH, n)], [n], fu=True, note="same department")
n = "人才公寓和人才服务经费"
Q("item_money", "滨海湾管委会人才公寓经费多少", [amt(BH, n)], [n], note="partial name")
n = "港澳合作交流和招商推介经费"
Q("item_money", "滨海湾新区港澳合作交流和招商推介经费", [amt(BH, n)], [n], absent=[T.yuan(other(TCJ, "境内外招商推介活动经费"))],
  note="投促局 境内外招商推介活动经费 18650200 is another item")

# ---------------------------------------------------------------- indicator (13) + follow-up
n = "完成骑楼立面修缮"
Q("indicator", "石龙今年骑楼立面修缮指标是多少栋", [iv(SL6, n)], [n], absent=[iv(SL5, n)],
  note="≥120栋; 2025 ≥90栋 (goal 约130栋)")
n = "新建改造碧道"
Q("indicator", "石龙镇新建改造碧道年度指标多少公里", [iv(SL6, n)], [n], absent=[iv(SL5, n)],
  note="annual ≥4.5公里; 2025 ≥3公里; period ≥12公里 not absent")
Q("indicator", "实施周期的呢", [iv(SL6, n, "period")], [n], fu=True, note="period ≥12公里")
n = "生活垃圾转运单位成本"
Q("indicator", "石龙生活垃圾转运单位成本上限多少", [iv(SL6, n)], [n],
  absent=[iv(SL5, n), other_iv(CGJ, "生活垃圾焚烧处理服务单价")],
  note="≤210元/吨; 2025 ≤220元/吨; 城管局 生活垃圾焚烧处理服务单价 ≤150元/吨")
n = "刑事治安警情同比下降率"
Q("indicator", "石龙刑事治安警情要求同比下降多少", [iv(SL6, n)], [n], absent=[iv(SL5, n)], note="≥5%; 2025 ≥3%")
n = "技改扶持资金兑现时限"
Q("indicator", "长安镇技改扶持资金多久兑现", [iv(CA, n)], [n], note="≤30个工作日")
n = "整治茅洲河支流"
Q("indicator", "长安今年茅洲河支流年度要整治几条", [iv(CA, n)], [n], note="annual ≥6条; period ≥15条")
n = "适龄儿童公办学位保障率"
Q("indicator", "长安镇适龄儿童公办学位保障率要求多少", [iv(CA, n)], [n], note="≥55%")
n = "整治河涌"
Q("indicator", "麻涌整治河涌年度指标几条", [iv(MY, n)], [n], absent=[other_iv(SWJ, "河涌综合整治数量")],
  note="annual ≥12条 (period ≥30条); 水务局 河涌综合整治数量 ≥25条")
n = "河涌水质达标率"
Q("indicator", "麻涌河涌水质达标率要求多少", [iv(MY, n)], [n], absent=[other_iv(SWJ, "整治河涌水质达标率")],
  note="≥85%; 水务局 整治河涌水质达标率 ≥90%")
n = "汛前水闸泵站检修完成时间"
Q("indicator", "麻涌汛前水闸泵站检修什么时候完成", [iv(MY, n)], [n], note="2026年4月15日前")
n = "新建市政道路"
Q("indicator", "滨海湾新建市政道路年度指标多少公里", [iv(BH, n)], [n], note="annual ≥8公里; period ≥20公里")
n = "重大项目服务响应时限"
Q("indicator", "滨海湾重大项目服务响应时限是多久", [iv(BH, n)], [n], note="≤3个工作日")
n = "企业满意度"
Q("indicator", "滨海湾新区企业满意度要求多少", [iv(BH, n)], [n], absent=[other_iv(TCJ, n)],
  note="≥92%; the name is shared (长安 ≥90%, 投促局 ≥93% …)")

# ---------------------------------------------------------------- overview (5) + follow-ups
Q("overview", "长安镇今年预算合计多少", [tw(CA)], note="预算合计 = 基本 + 项目 + 其他事业发展性")
Q("overview", "里面财政拨款多少，其他资金多少", [bw(CA, "财政拨款"), bw(CA, "其他资金")], fu=True, note="two figures in order")
Q("overview", "其中基本支出多少", [bw(CA, "基本支出")], fu=True, note="长安")
Q("overview", "滨海湾管委会财政供养多少人，下属几个二级单位", [f"#{ppl(A[BH])}", f"#{A[BH]['basic_info']['下属二级单位数']}"],
  note="248, 4")
Q("overview", "麻涌镇今年预算总额", [tw(MY)], note="")
Q("overview", "石龙镇项目支出多少", [bw(SL6, "项目支出")], absent=[bw(SL5, "项目支出")], note="2026; 2025 33726.58")
Q("overview", "滨海湾基本支出多少", [bw(BH, "基本支出")], note="")

# ---------------------------------------------------------------- structure (2)
Q("structure", "麻涌有哪些时效指标", [], [i["level3"] for i in A[MY]["indicators"] if i["level2"] == "时效指标"],
  note="时效指标, two")
Q("structure", "滨海湾的质量指标有哪几个", [], [i["level3"] for i in A[BH]["indicators"] if i["level2"] == "质量指标"],
  note="质量指标, two")

# ---------------------------------------------------------------- prose (18) + follow-up
Q("prose", "石龙今年大概接待多少游客", [goal(SL6, "约180万人次")], absent=[goal(SL5, "约160万人次")],
  note="goal only; 2025 约160万人次")
Q("prose", "石龙骑楼街区今年要引进多少家文创商户", [goal(SL6, "约40家")], absent=[goal(SL5, "约30家")],
  note="goal only; 2025 约30家")
Q("prose", "按总体目标，石龙修缮骑楼立面大概多少栋", [goal(SL6, "约130栋")], note="indicator ≥120栋 is the counterpart (总体目标)")
Q("prose", "石龙站片区土地整备大概多少亩", [goal(SL6, "约320亩")],
  note="goal; the task's expected outcome says 不少于300亩 (大概 asks the goal)")
Q("prose", "石龙镇日均清运生活垃圾多少吨", [goal(SL6, "约260吨")], note="goal only")
Q("prose", "石龙改造老旧小区惠及多少户居民", [goal(SL6, "约4800户")], note="goal only")
Q("prose", "长安新区土地平整大概多少亩", [goal(CA, "约1200亩")], note="goal only")
Q("prose", "长安镇今年新增规上工业企业大概多少家", [goal(CA, "约120家")], note="goal only")
Q("prose", "长安规上工业增加值计划增长多少", [goal(CA, "增长6%左右", "6%")], note="goal only (6%左右)")
Q("prose", "长安新建截污管网大概多少公里", [goal(CA, "约26公里")], note="goal only")
Q("prose", "长安镇今年新增公办学位大概多少个", [goal(CA, "约3000个")], note="goal only")
Q("prose", "长安服务来莞人员大概多少万人", [goal(CA, "约65万人")], note="goal only")
Q("prose", "麻涌华阳湖湿地公园全年大概接待多少游客", [goal(MY, "约320万人次")], note="goal only")
Q("prose", "按目标麻涌河涌清淤大概多少立方米", [goal(MY, "约9.5万立方米")],
  note="indicator ≥8万立方米 is the counterpart (目标)")
Q("prose", "麻涌维护水闸泵站大概多少座", [goal(MY, "约80座")], note="goal only")
Q("prose", "滨海湾引进的重大产业项目计划总投资多少", [goal(BH, "约320亿元")], note="goal only")
Q("prose", "滨海湾今年新增红树林多少公顷", [goal(BH, "约25公顷")], note="goal only")
Q("prose", "那修复海岸线大概多少公里", [goal(BH, "约4公里")], fu=True,
  note="indicator ≥3.5公里 is the counterpart (大概)")
Q("prose", "滨海湾引进港澳青年创新创业团队大概多少个", [goal(BH, "约50个")], note="goal only")

# ---------------------------------------------------------------- filter (8) + follow-up
big = [x for x in A[CA]["tasks"] if x["amount"] > 20000000]
assert all(x["amount"] != 20000000 for x in A[CA]["tasks"])
Q("filter", "长安镇哪些任务超过两千万", [], [x["name"] for x in big], note="> 20,000,000 (none on the line)")
Q("filter", "这几项加起来多少钱", [T.yuan(sum(x["amount"] for x in big))], fu=True, note="sum of the four")
assert all(x["amount"] not in (4000000, 10000000) for x in A[MY]["tasks"])
Q("filter", "麻涌四百万到一千万之间的任务有哪些", [],
  [x["name"] for x in A[MY]["tasks"] if 4000000 <= x["amount"] <= 10000000], note="inclusive; none on a boundary")
Q("filter", "滨海湾哪些任务不到五百万", [], [x["name"] for x in A[BH]["tasks"] if x["amount"] < 5000000], note="< 5,000,000")
Q("filter", "滨海湾哪个指标周期值和年度值不一样", [],
  [i["level3"] for i in A[BH]["indicators"] if i["period_value"] != i["annual_value"]], note="period ≠ annual: one")
Q("filter", "长安镇哪些指标是定性的", [],
  [i["level3"] for i in A[CA]["indicators"] if not any(c.isdigit() for c in i["annual_value"])], note="qualitative")
Q("filter", "麻涌按百分比考核的指标有哪些", [], [i["level3"] for i in A[MY]["indicators"] if "%" in i["annual_value"]],
  note="annual value in %")
assert all(ppl(t) not in (350, 400) for t in DG)
Q("filter", "全市财政供养人员在350到400人之间的单位", [], [t["department"] for t in DG if 350 <= ppl(t) <= 400],
  note="麻涌 368 among them; no value on a boundary", scope="mixed")
assert all(tot(t) not in (40000, 60000) for t in DG)
Q("filter", "东莞今年预算在4亿到6亿之间的部门有哪些", [],
  [t["department"] for t in DG if 40000 <= tot(t) <= 60000], note="石龙 and 麻涌 among them", scope="mixed")

# ---------------------------------------------------------------- count (8) + follow-ups
Q("count", "石龙镇今年表里列了几项任务", [f"#{len(A[SL6]['tasks'])}"], note="eleven")
sk = [x for x in A[SL6]["tasks"] if x["section"] == "年度重点工作任务"]
sks = sum(x["amount"] for x in sk)
sts = sum(x["amount"] for x in A[SL6]["tasks"])
Q("count", "重点工作任务有几项，一共多少钱", [f"#{len(sk)}", T.yuan(sks)], fu=True, note="four 年度重点工作任务, two asks")
Q("count", "重点任务占全部任务经费的比例", [T.pct(sks / sts * 100)], fu=True, note="key / all tasks")
Q("count", "滨海湾的绩效指标一共几个", [f"#{len(A[BH]['indicators'])}"], note="")
Q("count", "长安数量指标有几个", [f"#{sum(i['level2'] == '数量指标' for i in A[CA]['indicators'])}"], note="")
Q("count", "麻涌满意度指标几个", [f"#{sum(i['level1'] == '满意度指标' for i in A[MY]['indicators'])}"], note="")
Q("count", "今年全市报了部门整体绩效目标表的单位一共多少家", [f"#{len(DG)}"],
  note="124 (a town or a zone counts as one of 东莞's departments)", scope="mixed")
Q("count", "全市任务名称里带“公共服务”的有几项", [f"#{sum('公共服务' in x['name'] for t in DG for x in t['tasks'])}"],
  note="literal substring; 石龙, 长安, 麻涌, 滨海湾 and 工信局 中小企业公共服务体系建设经费", scope="mixed")
Q("count", "全市下属二级单位超过5个的单位有几家", [f"#{sum(t['basic_info']['下属二级单位数'] > 5 for t in DG)}"],
  note="strict; 石龙 6 and 长安 8 among them", scope="mixed")
Q("count", "全市财政供养人员过千的单位有几家", [f"#{sum(ppl(t) > 1000 for t in DG)}"],
  note="> 1000; 长安 1327 among them", scope="mixed")

# ---------------------------------------------------------------- aggregate (9) + follow-up
tsum = sum(x["amount"] for x in A[BH]["tasks"])
Q("aggregate", "滨海湾十项任务加起来多少", [T.yuan(tsum)], note="ten tasks")
Q("aggregate", "占项目支出的比例是多少", [T.pct(tsum / (bl(BH, "项目支出") * 10000) * 100)], fu=True, note="tasks / 项目支出")
Q("aggregate", "石龙和麻涌今年预算合起来多少", [T.wan(tot(A[SL6]) + tot(A[MY]))], note="")
Q("aggregate", "石龙、长安、麻涌、滨海湾四家预算加总", [T.wan(sum(tot(A[s]) for s in (SL6, CA, MY, BH)))], note="")
Q("aggregate", "全市今年所有部门预算合计加起来是多少", [T.wan(sum(tot(t) for t in DG))], note="124 departments", scope="mixed")
Q("aggregate", "长安基本支出占预算合计的比例", [T.pct(bl(CA, "基本支出") / tot(A[CA]) * 100)], note="")
msum = sum(x["amount"] for x in A[MY]["tasks"])
Q("aggregate", "麻涌十个任务平均每项多少钱", [T.yuan2(Decimal(msum) / 10)], note="average")
Q("aggregate", "全市名称里带“招商”的任务经费合计",
  [T.yuan(sum(x["amount"] for t in DG for x in t["tasks"] if "招商" in x["name"]))],
  note="literal substring: 商务局, 金融局, 投促局 and 滨海湾's two", scope="mixed")
Q("aggregate", "滨海湾对下转移支付占财政专项资金的比重",
  [T.pct(bl(BH, "拟用于对下转移支付资金") / bl(BH, "财政专项资金") * 100)], note="604 / 3920")
Q("aggregate", "长安和消防救援支队财政供养人员一共多少", [f"#{ppl(A[CA]) + ppl(dept(XF))}"], note="1327 + 1486",
  scope="mixed")

# ---------------------------------------------------------------- ranking (11) + follow-ups
top = max(A[CA]["tasks"], key=lambda x: x["amount"])
lo = min(A[CA]["tasks"], key=lambda x: x["amount"])
Q("ranking", "长安镇哪个任务钱最多", [T.yuan(top["amount"])], [top["name"]], note="")
Q("ranking", "那哪个最少", [T.yuan(lo["amount"])], [lo["name"]], fu=True, note="")
Q("ranking", "东莞各部门按预算排，长安镇第几", [rank(tot, CA)], note="人社局 203125.87 > 175965.36 > 中医院 168601.27",
  scope="mixed")
Q("ranking", "石龙镇预算全市排第几", [rank(tot, SL6)], note="城市更新局 56842.63 > 56325.84 > 土地储备中心 54618.37",
  scope="mixed")
Q("ranking", "麻涌预算在东莞排多少名", [rank(tot, MY)], note="乡村振兴局 44680.38 > 43744.35 > 发改局 41974.29", scope="mixed")
Q("ranking", "滨海湾管委会预算全市第几", [rank(tot, BH)], note="自然资源局 96273.10 > 92267.74 > 消防救援支队 91846.27",
  scope="mixed")
Q("ranking", "长安镇财政供养人员全市第几", [rank(ppl, CA)], note="消防救援支队 1486 > 1327 > 八院 1268", scope="mixed")
Q("ranking", "石龙财政供养人员在全市排第几", [rank(ppl, SL6)], note="日报社 518 > 493 > 人社局 486", scope="mixed")
Q("ranking", "那东莞日报社呢", [rank(ppl, dept(RB)["slug"])], fu=True, note="one place ahead of 石龙", scope="mixed")
Q("ranking", "滨海湾的项目支出全市排老几", [rank(lambda t: t["budget"]["项目支出"], BH)],
  note="自然资源局 84532.17 > 84376.52 > 工信局 82964.30", scope="mixed")
Q("ranking", "麻涌的基本支出全市排第几", [rank(lambda t: t["budget"]["基本支出"], MY)],
  note="城管局 15832.09 > 14297.61 > 开放大学 14286.53 (11.08 apart)", scope="mixed")
second = sorted(A[BH]["tasks"], key=lambda x: -x["amount"])[1]
Q("ranking", "滨海湾花钱第二多的任务", [T.yuan(second["amount"])], [second["name"]], note="second")
four = sorted((SL6, CA, MY, BH), key=lambda s: -tot(A[s]))
Q("ranking", "石龙、长安、麻涌、滨海湾按预算从高到低排", [tw(s) for s in four],
  [A[s]["department"] for s in four], note="descending order as asked")


# ---------------------------------------------------------------- compare (11)
def cmp(q, x, y, unit="wan", note="", scope="mixed", names=()):
    dlt = abs(x - y)
    f = {"wan": T.wan, "yuan": T.yuan, "people": lambda v: f"#{v}"}[unit]
    Q("compare", q, [f(dlt), f(x), f(y)], list(names), note=note, scope=scope)


cmp("长安镇比中医院预算多多少", tot(A[CA]), tot(dept(ZYY)), note="7364.09万元; difference, then 长安, 中医院")
cmp("石龙和城市更新局预算差多少", tot(A[SL6]), tot(dept(CSGX)), note="城市更新局 larger")
cmp("滨海湾跟自然资源局预算相差多少", tot(A[BH]), tot(dept(ZYJ)), note="自然资源局 larger")
cmp("麻涌和乡村振兴局预算差多少", tot(A[MY]), tot(dept(XCZX)), note="乡村振兴局 larger")
cmp("麻涌水乡河涌整治和水系连通经费比水务局河涌综合整治工程经费少多少", a(MY, HY), other(SWJ, "河涌综合整治工程经费"), "yuan",
    names=[HY, "河涌综合整治工程经费"], note="水务局 larger")
cmp("石龙的村（社区）公共服务补助比麻涌的多多少", a(SL6, CS), a(MY, CS), "yuan", names=[CS], note="2700000元", scope="new")
cmp("长安企业技改扶持经费跟工信局工业企业技术改造资助经费差多少", a(CA, "智能制造产业园配套和企业技改扶持经费"),
    other(GXJ, "工业企业技术改造资助经费"), "yuan", names=["智能制造产业园配套和企业技改扶持经费", "工业企业技术改造资助经费"],
    note="工信局 larger")
cmp("滨海湾港澳合作交流和招商推介经费和投促局境内外招商推介活动经费差多少", a(BH, "港澳合作交流和招商推介经费"),
    other(TCJ, "境内外招商推介活动经费"), "yuan", names=["港澳合作交流和招商推介经费", "境内外招商推介活动经费"],
    note="投促局 larger")
cmp("石龙和麻涌的治安巡防和视频监控运维经费差多少", a(SL6, ZA), a(MY, ZA), "yuan", names=[ZA], note="1916400元", scope="new")
cmp("麻涌和水务局财政供养人员差多少人", ppl(A[MY]), ppl(dept(SWJ)), "people", note="12; 麻涌 larger")
cmp("长安和八院财政供养人员差几个", ppl(A[CA]), ppl(dept(BY8)), "people", note="59; 长安 larger")

# ---------------------------------------------------------------- yesno (15)
Q("yesno", "长安镇今年预算过１７个亿没有", [tw(CA)], yesno="是", note="full-width １７; 175965.36万元")
Q("yesno", "长安是不是九成以上靠财政拨款", [bw(CA, "财政拨款")], yesno="是", note="162348.57 / 175965.36 = 92.26%")
Q("yesno", "石龙智慧城市运行管理中心国庆前能建成吗", [iv(SL6, "镇级智慧城市运行管理中心建成时间")], yesno="是",
  note="2026年8月31日前: before 1 October")
Q("yesno", "滨海湾财政供养人员超过250人没有", [f"#{ppl(A[BH])}"], yesno="否", note="248")
Q("yesno", "麻涌有没有对下转移支付", [bw(MY, "拟用于对下转移支付资金")], yesno="是", note="668.00万元")
Q("yesno", "麻涌汛前水闸泵站检修五一前能完成吗", [iv(MY, "汛前水闸泵站检修完成时间")], yesno="是",
  note="2026年4月15日前: before 1 May")
Q("yesno", "滨海湾交椅湾主干道要求年中前建成吗", [iv(BH, "交椅湾主干道建成时间")], yesno="否",
  note="2026年12月31日前: the target is the end of the year, not 30 June")
Q("yesno", "石龙预算是不是超过六个亿", [tw(SL6)], yesno="否", note="56325.84万元")
Q("yesno", "滨海湾红树林种植成活率要求九成以上吗", [iv(BH, "红树林种植成活率")], yesno="是", note="≥90%")
Q("yesno", "石龙企业服务满意度要求达到九成吗", [iv(SL6, "企业服务满意度")], yesno="是", note="≥90%")
Q("yesno", "长安居民满意度要求达到90%吗", [iv(CA, "居民满意度")], yesno="否", note="≥88%")
Q("yesno", "麻涌预算超过四个亿了吗", [tw(MY)], yesno="是", note="43744.35万元")
Q("yesno", "长安镇财政供养人员是不是比八院多", [f"#{ppl(A[CA])}"], yesno="是", note="1327 > 1268", scope="mixed")
Q("yesno", "麻涌河涌水质达标率要求百分之百吗", [iv(MY, "河涌水质达标率")], yesno="否", note="≥85%")
bh_top = max(A[BH]["tasks"], key=lambda x: x["amount"])
Q("yesno", "滨海湾有没有哪项任务超过五千万", [T.yuan(bh_top["amount"])], yesno="否", note="largest 46382700")

# ---------------------------------------------------------------- yoy (15) + follow-ups
Q("yoy", "石龙镇去年预算多少", [tw(SL5)], absent=[tw(SL6)], note="2025")
Q("yoy", "石龙今年预算比去年多多少", [T.wan(tot(A[SL6]) - tot(A[SL5])), tw(SL6), tw(SL5)], note="difference, 2026, 2025")
Q("yoy", "涨幅是多少", [T.pct((tot(A[SL6]) - tot(A[SL5])) / tot(A[SL5]) * 100)], fu=True, note="over 2025")
Q("yoy", "石龙去年和今年财政供养人员各多少", [f"#{ppl(A[SL5])}", f"#{ppl(A[SL6])}"], note="478, 493")
n = "石龙站片区城市更新经费"
Q("yoy", "石龙站片区城市更新经费今年比去年涨了多少", [T.yuan(a(SL6, n) - a(SL5, n)), amt(SL6, n), amt(SL5, n)],
  [n], note="difference, 2026, 2025")
Q("yoy", "石龙镇今年新增了哪项任务", [amt(SL6, ZH)], [ZH], note="2026 only")
Q("yoy", "去年石龙的镇文化中心运行经费多少", [amt(SL5, WH5)], [WH5], note="2025 name")
Q("yoy", "石龙镇文化中心那项经费今年改了名，现在叫什么，预算多少", [amt(SL6, WH6)], [WH6], note="renamed in 2026")
Q("yoy", "和去年那个比多了多少", [T.yuan(a(SL6, WH6) - a(SL5, WH5)), amt(SL6, WH6), amt(SL5, WH5)], fu=True,
  note="across the rename")
Q("yoy", "石龙2025年一共列了几项任务，总共多少钱",
  [f"#{len(A[SL5]['tasks'])}", T.yuan(sum(x['amount'] for x in A[SL5]['tasks']))], note="two asks")
n = "东江石龙段断面水质"
Q("yoy", "石龙2025年东江石龙段断面水质的指标值是什么", [iv(SL5, n)], [n], absent=[iv(SL6, n)],
  note="qualitative 2025")
ch = [i["level3"] for i in A[SL5]["indicators"] if T.indicator(A[SL6], i["level3"])["annual_value"] != i["annual_value"]]
Q("yoy", "石龙哪些指标的年度值今年和去年不一样", [], ch, note="ten changed, one qualitative")
n = "新增视频监控点位"
Q("yoy", "石龙去年新增视频监控点位定的多少个", [iv(SL5, n)], [n], absent=[iv(SL6, n)], note="2025 ≥500个")
Q("yoy", "石龙2025年总体目标里改造老旧小区惠及多少户", [goal(SL5, "约3600户")], absent=[goal(SL6, "约4800户")],
  note="2025 goal only")
Q("yoy", "去年石龙给村（社区）的公共服务补助多少", [amt(SL5, CS)], [CS], absent=[amt(SL6, CS)],
  note="2025 = its 对下 874.00万元")
Q("yoy", "治安巡防和视频监控运维经费石龙今年比去年多了多少", [T.yuan(a(SL6, ZA) - a(SL5, ZA)), amt(SL6, ZA), amt(SL5, ZA)],
  [ZA], note="increase; 重点 in 2025, 其他 in 2026; 麻涌 has the same name")
n = "群众满意度"
Q("yoy", "石龙群众满意度今年和去年的指标各是多少", [iv(SL6, n), iv(SL5, n)], [n],
  note="2026 ≥92%, 2025 ≥90%, in order asked")

# ---------------------------------------------------------------- not_found (7) + follow-up
Q("not_found", "石龙镇2024年的预算", expect="not_found", absent=[tw(SL5), tw(SL6)], note="2024 not loaded")
Q("not_found", "那2025年的呢", [tw(SL5)], fu=True, note="2025")
Q("not_found", "长安镇去年的茅洲河整治经费", expect="not_found", absent=[amt(CA, "茅洲河长安段水环境综合整治经费")],
  note="长安 2025 not loaded")
Q("not_found", "滨海湾2025年预算多少", expect="not_found", absent=[tw(BH)], note="滨海湾 2025 not loaded")
Q("not_found", "麻涌2024年财政供养人员多少", expect="not_found", note="麻涌 2024 not loaded")
Q("not_found", "东莞市虎门镇人民政府今年预算多少", expect="not_found", absent=[tw(BH)],
  note="虎门镇 not loaded; not 滨海湾 (which lies beside it)", scope="not_loaded")
Q("not_found", "麻涌镇游艇码头建设经费多少", expect="not_found", note="no such item in any table")
Q("not_found", "长安镇2027年预算", expect="not_found", absent=[tw(CA)], note="2027 not loaded")

# ---------------------------------------------------------------- trap (8)
Q("trap", "塘厦镇今年预算多少", expect="not_found", absent=[tw(CA), tw(SL6), tw(MY)],
  note="unit not loaded; not 长安, 石龙 or 麻涌", scope="not_loaded")
Q("trap", "麻涌的国考断面水质达标率是多少", expect="not_found", absent=[iv(CA, "国考断面水质达标率")],
  note="长安's indicator (100%); 麻涌 has 河涌水质达标率 only")
Q("trap", "长安镇的乡村振兴示范村建设经费多少", expect="not_found", absent=[amt(MY, "乡村振兴示范村建设经费")],
  note="麻涌's item")
Q("trap", "滨海湾的华阳湖国家湿地公园经费", expect="not_found", absent=[amt(MY, "华阳湖国家湿地公园提升和运营经费")],
  note="麻涌's item")
Q("trap", "村（社区）公共服务补助是多少", expect="ok_or_clarify",
  note="石龙 (9380000; 2025 8740000) and 麻涌 (6680000) share the name")
Q("trap", "企业满意度要求多少", expect="ok_or_clarify",
  note="many 东莞 departments share the name (长安 ≥90%, 滨海湾 ≥92%, 投促局 ≥93% …)", scope="mixed")
Q("trap", "麻涌的治安巡防和视频监控运维经费，不是石龙那个", [amt(MY, ZA)], [ZA], absent=[amt(SL6, ZA), amt(SL5, ZA)],
  note="麻涌 4926300; 石龙 6842700 (2025 6275300)")
Q("trap", "水务局的河涌综合整治工程经费多少，别跟麻涌搞混", [T.yuan(other(SWJ, "河涌综合整治工程经费"))],
  ["河涌综合整治工程经费"], absent=[amt(MY, HY)], note="水务局 286450000; 麻涌 11826500", scope="mixed")

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
out = HERE.parent / "batch_45.jsonl"
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
