"""Write tests/blind/batch_19.jsonl (160 blind questions) from the tables alone.

Every figure is computed here from truth19.load() (Decimal, ROUND_HALF_UP); none is typed by hand. Prose phrases
are asserted to occur in the goals of the named table and in none of its tasks / indicators; every `absent` is a
real value (or a goal's phrase) and not a figure of the line; thresholds are asserted not to equal a value they
filter; look-alikes are asserted close and different. Each line carries a scope (new / mixed / other), printed
with the counts table (not written to the file).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import truth19 as tr  # noqa: E402
from truth19 import D, dg2026, pct, q2, total, wan, yuan, yuan2  # noqa: E402

T = tr.load()
OUT = HERE.parent / "batch_19.jsonl"

S5, S6, P, TY = "sifaju_2025", "sifaju_2026", "shuiwu_wushui_2026", "tiyuju_2026"
WG, SW = "wenguangluti_2026", "shuiwuju_2026"
DG = dg2026(T)
assert len(DG) == 37, len(DG)


def A(slug, name):
    return tr.task(T[slug], name)["amount"]


def Y(slug, name):
    return yuan(A(slug, name))


def B(slug, line):
    return T[slug]["budget"][line]


def BW(slug, line):
    return wan(B(slug, line))


def F(slug, line):
    return T[slug]["funds"][line]


def FW(slug, line):
    return wan(F(slug, line))


def TOT(slug):
    return total(T[slug])


def IA(slug, name):
    return tr.indicator(T[slug], name)["annual_value"]


def IP(slug, name):
    return tr.indicator(T[slug], name)["period_value"]


def PEOPLE(slug):
    return T[slug]["basic_info"]["财政供养人员数"]


def N(n):
    return f"#{n}"


def R(a, b):
    return str(q2(D(a) / D(b)))


def PCT(a, b):
    return pct(D(a) * 100 / D(b))


def stem(t):
    return t["department"][3:]


def goal_phrase(slug, phrase):
    t = T[slug]
    assert any(phrase in g for g in t["goals"]), (slug, phrase)
    rest = json.dumps([[x["name"] for x in t["tasks"]], t["indicators"]], ensure_ascii=False)
    assert phrase not in rest, (slug, phrase)
    return phrase


def close(a, b, limit=1000):
    a, b = D(a), D(b)
    assert a != b and abs(a - b) <= limit, (a, b)


ALL_ATOMS = set()
for _t in T.values():
    ALL_ATOMS |= {yuan(x["amount"]) for x in _t["tasks"]}
    ALL_ATOMS |= {wan(v) for v in _t["budget"].values()} | {wan(v) for v in _t.get("funds", {}).values()}
    if _t["budget"].get("基本支出") is not None:
        ALL_ATOMS.add(wan(total(_t)))
    for _i in _t["indicators"]:
        ALL_ATOMS |= {_i["annual_value"], _i["period_value"]}
    ALL_ATOMS |= {f"#{v}" for v in _t.get("basic_info", {}).values()}
ALL_TEXT = "\n".join(_t["text"] for _t in T.values())

ROWS: list[dict] = []
SCOPE: dict[str, str] = {}


def q(cat, text, figures=(), names=(), yesno=None, absent=(), expect="ok", note="", scope="new", follow=False):
    rid = f"b19-{len(ROWS) + 1:03d}"
    figures, names, absent = list(figures), list(names), list(absent)
    for a in absent:
        assert a not in figures, (rid, a)
        assert a in ALL_ATOMS or a in ALL_TEXT, (rid, a)
    if expect != "ok":
        assert not figures and yesno is None, rid
    for nm in names:
        assert nm in ALL_TEXT or any(nm in t["department"] for t in T.values()), (rid, nm)
    assert scope in ("new", "mixed", "other")
    ROWS.append({"id": rid, "q": text, "category": cat, "expect": expect, "figures": figures, "names": names,
                 "yesno": yesno, "absent": absent, "followup_of": ROWS[-1]["id"] if follow else None, "note": note})
    SCOPE[rid] = scope
    return rid


def fu(text, figures=(), names=(), **kw):
    return q("followup", text, figures, names, follow=True, **kw)


# ---------------------------------------------------------------- look-alikes (asserted)
close(A(TY, "全民健身设施建设经费"), A(WG, "社区体育公园建设经费"))
close(A(TY, "体育赛事活动举办经费"), A(WG, "体育后备人才培养经费"))
close(A(TY, "青少年体育训练和后备人才培养经费"), A(WG, "篮球城市品牌建设经费"))
close(A(TY, "公共体育场馆免费低收费开放补助"), A(WG, "文化市场综合执法经费"))
close(A(TY, "社会体育指导员和体育社会组织培训经费"), A(WG, "文化体育从业人员培训经费"))
close(A(TY, "社会体育指导员和体育社会组织培训经费"), A("fagaiju_2026", "发展改革业务培训经费"))
close(F(P, "年度资金总额") * 10000, A(SW, "河涌综合整治工程经费"), 100000)

# ================================================================= item_money
q("item_money", "市体育局今年全民健身设施建设经费安排了多少钱？", [Y(TY, "全民健身设施建设经费")],
  ["全民健身设施建设经费"], absent=[Y(WG, "社区体育公园建设经费"), Y("linyeju_2026", "森林公园和湿地公园建设补助")],
  note="体育局 2026 年度重点工作任务; 文广旅体局 社区体育公园建设经费 is 400 元 less")
q("item_money", "体育局办比赛那块，体育赛事活动举办经费是多少", [Y(TY, "体育赛事活动举办经费")],
  absent=[Y(WG, "体育后备人才培养经费")], note="体育局 key task; 文广 体育后备人才培养经费 600 元 less")
q("item_money", "麻烦查下城镇污水管网提质增效项目今年的年度资金总额", [FW(P, "年度资金总额")],
  absent=[Y(SW, "河涌综合整治工程经费"), Y(SW, "污水管网建设与修复经费")],
  note="项目支出绩效目标表 年度资金总额; 水务局's 河涌 task 286450000元 = 28645万元 is close; the department's own 污水管网 task is another line")
q("item_money", "民政局高龄津贴今年安排多少", [Y("minzhengju_2026", "高龄津贴")], scope="other")
rid_pufa = q("item_money", "司法局去年的普法宣传教育经费是多少", [Y(S5, "普法宣传教育经费")], ["普法宣传教育经费"],
             note="2025 name of the task; 2026 calls it 法治宣传教育经费")
fu("那今年这项改叫什么了，钱是多少？", [Y(S6, "法治宣传教育经费")], ["法治宣传教育经费"],
   absent=[Y(S5, "普法宣传教育经费")], note="renamed 2025 普法宣传教育经费 → 2026 法治宣传教育经费", scope="new")
q("item_money", "体育局给镇街的全民健身工作补助有多少", [Y(TY, "镇街全民健身工作补助")],
  note="体育局 其他需完成的任务; equals its 对下转移支付 580.00万元")
fu("那司法局的司法所规范化建设补助呢？", [Y(S6, "司法所规范化建设补助")], absent=[Y(S5, "司法所规范化建设补助")],
   note="no year = 2026; 2025 amount 4600000 absent", scope="mixed")
q("item_money", "文广旅体局的社区体育公园建设经费是多少？", [Y(WG, "社区体育公园建设经费")],
  absent=[Y(TY, "全民健身设施建设经费")], note="文广旅体局 2026; 体育局's 全民健身设施 400 元 more", scope="mixed")
q("item_money", "水务局部门整体表里污水管网建设与修复经费多少（不是那个提质增效项目）", [Y(SW, "污水管网建设与修复经费")],
  absent=[FW(P, "年度资金总额")], note="水务局 部门整体 task, not the project table", scope="mixed")
q("item_money", "交通局公交候车亭建设维护经费今年多少", [Y("jiaotongju_2026", "公交候车亭建设维护经费")], scope="other",
  note="交通运输局 2026")
q("item_money", "妇联的“两癌”困难妇女救助经费安排了多少", [Y("fulian_2026", "“两癌”困难妇女救助经费")], scope="other",
  note="妇联 2026")

# ================================================================= indicator
q("indicator", "体育局承办省级以上体育赛事的指标定的多少项？", [IA(TY, "承办省级以上体育赛事")],
  absent=[IA(WG, "承办省级以上体育赛事")], note="same indicator name in 文广旅体局 (≥25项)")
q("indicator", "“经常参加体育锻炼人数比例”今年年度指标，体育局和文广旅体局各定的多少",
  [IA(TY, "经常参加体育锻炼人数比例"), IA(WG, "经常参加体育锻炼人数比例")], ["体育局", "文化广电旅游体育局"], scope="mixed",
  note="same name in both: 体育局 annual ≥44% (period ≥46%), 文广 annual ≥43% (period ≥45%)")
rid_zdy = q("indicator", "体育局培训社会体育指导员的数量指标是多少", [IA(TY, "培训社会体育指导员")])
fu("人均成本卡在多少？", [IA(TY, "社会体育指导员培训人均成本")], note="cost indicator of 体育局")
q("indicator", "提质增效项目新建污水管网单位成本控制在多少以内", [IA(P, "新建污水管网单位成本")],
  absent=[IA(SW, "污水管网建设单位成本")], note="project cost indicator ≤380; the department's 污水管网建设单位成本 ≤350")
q("indicator", "污水管网提质增效项目的进水BOD浓度，年度指标和周期指标各是多少", [IA(P, "污水处理厂进水BOD浓度"),
  IP(P, "污水处理厂进水BOD浓度")], note="annual first, then period")
q("indicator", "交通局公交准点率的指标要求", [IA("jiaotongju_2026", "公交准点率")], scope="other")
q("indicator", "司法局去年“公民法治素养”这个指标是怎么表述的", [IA(S5, "公民法治素养")], absent=[IA(S6, "公民法治素养")],
  note="qualitative: 2025 有所提高, 2026 逐步提高")
q("indicator", "水务局城市生活污水集中收集率今年年度指标多少", [IA(SW, "城市生活污水集中收集率")],
  absent=[IA(P, "项目片区污水集中收集率")], note="水务局 部门整体 indicator; the project's 片区 rate is ≥78%", scope="mixed")
q("indicator", "统计局普查小区划分及绘图，实施周期指标值是多少", [IP("tongjiju_2026", "普查小区划分及绘图")], scope="other",
  note="period ≥8000个, annual ≥3200个")
q("indicator", "审计局去年的审计发现问题整改率指标定的多少", [IA("shenjiju_2025", "审计发现问题整改率")],
  absent=[IA("shenjiju_2026", "审计发现问题整改率")], scope="other", note="审计局 2025 ≥85%")

# ================================================================= overview
q("overview", "体育局2026年部门预算合计多少万？", [wan(TOT(TY))], absent=[wan(TOT(WG))],
  note="基本 + 项目 + 其他事业发展性; 文广旅体局 68900.15 is another department")
q("overview", "城管局财政供养人员有多少", [N(PEOPLE("chengguan_2026"))], scope="other")
rid_s5tot = q("overview", "司法局2025年的部门预算总额", [wan(TOT(S5))], absent=[wan(TOT(S6))])
fu("比今年少了多少？", [wan(TOT(S6) - TOT(S5))], note="2026 预算合计 − 2025")
q("overview", "体育局财政供养多少人，下面几个二级单位？文广旅体局呢", [N(PEOPLE(TY)), N(T[TY]["basic_info"]["下属二级单位数"]),
  N(PEOPLE(WG)), N(T[WG]["basic_info"]["下属二级单位数"])], scope="mixed")
rid_pper = q("overview", "污水管网提质增效项目实施周期资金总额是多少", [FW(P, "实施周期资金总额")])
fu("年度的呢", [FW(P, "年度资金总额")], note="年度资金总额")
fu("今年这部分占整个周期的百分之多少", [PCT(F(P, "年度资金总额"), F(P, "实施周期资金总额"))],
   note="年度资金总额 / 实施周期资金总额")
q("overview", "城镇污水管网提质增效项目是哪个单位实施的？主管部门是谁", names=["东莞市水务工程建设管理中心", "水务局"])
q("overview", "文广旅体局今年项目支出是多少", [BW(WG, "项目支出")], absent=[BW(TY, "项目支出")], scope="mixed")
q("overview", "统计局基本支出多少", [BW("tongjiju_2026", "基本支出")], scope="other")
q("overview", "住建局城镇老旧小区改造项目今年年度资金总额", [FW("zhujian_jiuqu_2026", "年度资金总额")], scope="other",
  note="住建局 project table")
q("overview", "人社局的其他资金有多少", [BW("renshe_2026", "其他资金")], scope="other")

# ================================================================= prose
q("prose", "体育局说全市累计建成的智能健身驿站大概有多少个", [goal_phrase(TY, "260个")],
  absent=[IA(TY, "新建智能健身驿站"), IP(TY, "新建智能健身驿站")], note="goal: 累计建成智能健身驿站约260个; indicators are 新建")
q("prose", "体育局目标里人均体育场地面积要到多少", [goal_phrase(TY, "2.9平方米")], absent=["2.8平方米"],
  note="体育局 goal 约2.9平方米; 文广旅体局's goal says 2.8平方米")
q("prose", "档案局新馆建筑面积大概多大", [goal_phrase("danganju_2026", "4.6万平方米")], scope="other")
q("prose", "污水管网提质增效项目周期内要消除多少片管网空白区", [goal_phrase(P, "30片")],
  note="实施周期总目标 约30片 (年度目标 约10片, not absent: the other period)")
q("prose", "污水管网提质增效项目的年度目标里，排水单元达标改造要完成多少个？", [goal_phrase(P, "400个")],
  note="年度目标 约400个 (实施周期 累计约1200个)")
rid_lvshi = q("prose", "2025年司法局表里全市执业律师大概多少名", [goal_phrase(S5, "5800名")], absent=["6500名"])
fu("今年的目标呢", [goal_phrase(S6, "6500名")], absent=["5800名"], note="2026 goal: 执业律师达到6500名", scope="new")
q("prose", "民宗局说全市依法登记的宗教活动场所大概多少处", [goal_phrase("minzongju_2026", "150处")], scope="other")
q("prose", "文广旅体局目标里人均体育场地面积是多少", [goal_phrase(WG, "2.8平方米")], absent=["2.9平方米"], scope="mixed")
q("prose", "外事局一年大概处置多少宗领事保护案件", [goal_phrase("waishiju_2026", "80宗")], scope="other")
q("prose", "人防办的防空警报器总数大约多少台", [goal_phrase("renfangban_2026", "460台")], scope="other")

# ================================================================= filter
ty_tasks = T[TY]["tasks"]
over15 = [x["name"] for s in (TY, WG) for x in T[s]["tasks"] if x["amount"] > 15000000]
assert all(x["amount"] != 15000000 for s in (TY, WG) for x in T[s]["tasks"])
q("filter", "体育局和文广旅体局超过一千五百万的经费有哪些", names=over15, scope="mixed")
mid = [x["name"] for x in ty_tasks if 2000000 <= x["amount"] <= 5000000]
assert all(x["amount"] not in (2000000, 5000000) for x in ty_tasks)
q("filter", "体育局在二百万到五百万之间的经费有哪几项", names=mid)
ga = [x["name"] for x in T["gonganju_2026"]["tasks"] if x["amount"] < 10000000]
assert all(x["amount"] != 10000000 for x in T["gonganju_2026"]["tasks"])
q("filter", "公安局一千万以下的经费有哪些", names=ga, scope="other")
diffp = [i["level3"] for i in T[P]["indicators"] if i["period_value"] != i["annual_value"]]
q("filter", "污水管网提质增效项目里，周期值和年度值不一样的指标有哪些？", names=diffp)
tiyu_names = [x["name"] for t in DG for x in t["tasks"] if "体育" in x["name"]]
q("filter", "东莞今年各部门名字里带“体育”的经费，都列出来", names=tiyu_names, scope="mixed",
  note="体育局 and 文广旅体局 items whose names contain 体育 (全民健身设施建设经费 does not)")
band = [x["name"] for t in DG for x in t["tasks"] if "培训" in x["name"] and 1250000 <= x["amount"] <= 1300000]
assert not any(x["amount"] in (1250000, 1300000) for t in DG for x in t["tasks"] if "培训" in x["name"])
q("filter", "今年东莞各部门培训经费里，125万到130万之间的有哪些", names=band, scope="mixed")
b23 = [stem(t) for t in DG if 20000 <= total(t) <= 30000]
assert not any(total(t) in (20000, 30000) for t in DG)
q("filter", "东莞今年预算合计在两亿到三亿之间的部门有哪些", names=b23, scope="mixed")
q("filter", "卫健局哪些指标周期值跟年度值不同", names=[i["level3"] for i in T["weijianju_2026"]["indicators"]
                                                  if i["period_value"] != i["annual_value"]], scope="other")
q("filter", "交通局超过一个亿的经费", names=[x["name"] for x in T["jiaotongju_2026"]["tasks"] if x["amount"] > 100000000],
  scope="other")
q("filter", "住建局名字里有“补助”的经费有哪些", names=[x["name"] for x in T["zhujianju_2026"]["tasks"] if "补助" in x["name"]],
  scope="other")

# ================================================================= count
key_ty = [x for x in ty_tasks if x["section"] == "年度重点工作任务"]
rid_tycount = q("count", "体育局一共几项任务，重点的几项", [N(len(ty_tasks)), N(len(key_ty))])
fu("重点的那几项加起来多少钱", [yuan(sum(x["amount"] for x in key_ty))], names=[x["name"] for x in key_ty])
q("count", "司法局去年设了多少个绩效指标", [N(len(T[S5]["indicators"]))])
q("count", "污水管网提质增效项目一共几个绩效指标？", [N(len(T[P]["indicators"]))])
sw_proj26 = [t for t in T.values() if t["kind"] == "project" and t["department"] == "东莞市水务局" and t["year"] == 2026]
q("count", "水务局今年报了几个项目？", [N(len(sw_proj26))], [t["project"] for t in sw_proj26],
  note="2026 项目支出绩效目标表 of 水务局 (the 2020 批复表 project is another year)")
sw_proj = [t for t in T.values() if t["kind"] == "project" and t["department"] == "东莞市水务局"]
q("count", "水务局历年的项目表加起来有几个，都是什么项目", [N(len(sw_proj))], [t["project"] for t in sw_proj],
  note="城镇污水管网提质增效项目 (2026 目标表) and 东江与运河水系连通工程 (2020 批复表)", scope="mixed")
q("count", "城管局有几项重点任务", [N(sum(x["section"] == "年度重点工作任务" for x in T["chengguan_2026"]["tasks"]))],
  scope="other")
q("count", "今年东莞一共有多少个部门的整体绩效目标表", [N(len(DG))], scope="mixed")
q("count", "东莞今年财政供养人员不到一百人的部门有几个", [N(sum(t["basic_info"]["财政供养人员数"] < 100 for t in DG))],
  scope="mixed")
q("count", "民政局有几个指标", [N(len(T["minzhengju_2026"]["indicators"]))], scope="other")
q("count", "审计局2025年有几项任务", [N(len(T["shenjiju_2025"]["tasks"]))], scope="other")

# ================================================================= aggregate
q("aggregate", "体育局所有任务经费合计多少", [yuan(sum(x["amount"] for x in ty_tasks))])
q("aggregate", "司法局去年的任务总共多少钱", [yuan(sum(x["amount"] for x in T[S5]["tasks"]))])
q("aggregate", "交通局公路养护管理经费加智慧交通信息化建设经费是多少",
  [yuan(A("jiaotongju_2026", "公路养护管理经费") + A("jiaotongju_2026", "智慧交通信息化建设经费"))], scope="other")
q("aggregate", "提质增效项目周期总额扣掉今年的，后面还剩多少", [wan(F(P, "实施周期资金总额") - F(P, "年度资金总额"))],
  note="实施周期资金总额 − 年度资金总额")
q("aggregate", "体育局和文广旅体局今年预算合计加起来多少", [wan(TOT(TY) + TOT(WG))], scope="mixed")
q("aggregate", "东莞今年所有部门的预算合计加总是多少", [wan(sum(total(t) for t in DG))], scope="mixed",
  note="37 东莞 2026 部门整体 tables")
q("aggregate", "体育局跟文广旅体局的培训经费加一起多少",
  [yuan(A(TY, "社会体育指导员和体育社会组织培训经费") + A(WG, "文化体育从业人员培训经费"))], scope="mixed")
q("aggregate", "气象局镇街气象防灾减灾能力建设补助和人工影响天气作业经费合计",
  [yuan(A("qixiangju_2026", "镇街气象防灾减灾能力建设补助") + A("qixiangju_2026", "人工影响天气作业经费"))], scope="other")
q("aggregate", "司法局今年每项任务平均多少钱", [yuan2(sum(x["amount"] for x in T[S6]["tasks"]) / len(T[S6]["tasks"]))],
  absent=[], scope="mixed", note="2026: 10 tasks; 2025 (9 tasks) now loaded beside it")
q("aggregate", "科协三项重点任务一共多少", [yuan(sum(x["amount"] for x in T["kexie_2026"]["tasks"]
                                           if x["section"] == "年度重点工作任务"))], scope="other")

# ================================================================= ranking
srt = sorted(ty_tasks, key=lambda x: -x["amount"])
rid_top = q("ranking", "体育局哪项经费最多", [yuan(srt[0]["amount"])], [srt[0]["name"]])
fu("第二呢", [yuan(srt[1]["amount"])], [srt[1]["name"]])
fu("它是重点任务吗", [yuan(srt[1]["amount"])], [srt[1]["name"]],
   yesno="是" if srt[1]["section"] == "年度重点工作任务" else "否")
q("ranking", "体育局钱最少的是哪项", [yuan(srt[-1]["amount"])], [srt[-1]["name"]],
  absent=[Y(WG, "文化体育从业人员培训经费")])
by_tot = sorted(DG, key=lambda t: -total(t))
q("ranking", "体育局的预算合计在东莞今年各部门里排第几", [N([t["slug"] for t in by_tot].index(TY) + 1)], ["体育局"],
  scope="mixed")
by_ppl = sorted(DG, key=lambda t: t["basic_info"]["财政供养人员数"])
assert len({t["basic_info"]["财政供养人员数"] for t in DG}) == len(DG)
q("ranking", "按人少到人多排，体育局在东莞各部门里排第几", [N([t["slug"] for t in by_ppl].index(TY) + 1)], ["体育局"],
  scope="mixed")
tiyu = sorted(((x["amount"], x["name"]) for t in DG for x in t["tasks"] if "体育" in x["name"]), reverse=True)
q("ranking", "名字里带体育两个字的经费，哪项最多", [yuan(tiyu[0][0])], [tiyu[0][1]], absent=[Y(TY, "全民健身设施建设经费")],
  scope="mixed", note="文广旅体局 社区体育公园建设经费; 体育局's largest item has no 体育 in its name")
three = sorted([TY, WG, S6], key=lambda s: -B(s, "基本支出"))
q("ranking", "体育局、文广旅体局、司法局三家今年基本支出从高到低排一下", [BW(s, "基本支出") for s in three],
  [stem(T[s]) for s in three], scope="mixed")
projs = sorted([P, "zhujian_jiuqu_2026", "yingji_xinxihua_2026"], key=lambda s: -F(s, "年度资金总额"))
q("ranking", "污水管网提质增效、老旧小区改造、应急指挥信息化平台这三个项目，今年年度资金谁最多",
  [FW(projs[0], "年度资金总额")], [T[projs[0]]["project"]], scope="mixed")
wj = sorted(T["weijianju_2026"]["tasks"], key=lambda x: -x["amount"])
q("ranking", "卫健局今年最贵的一项任务", [yuan(wj[0]["amount"])], [wj[0]["name"]], scope="other")
ly = sorted(T["linyeju_2026"]["tasks"], key=lambda x: -x["amount"])
q("ranking", "林业局经费排第二的是哪项", [yuan(ly[1]["amount"])], [ly[1]["name"]], scope="other")
oth = sorted(DG, key=lambda t: -t["budget"]["其他资金"])[:3]
q("ranking", "东莞今年其他资金最多的三个部门", [wan(t["budget"]["其他资金"]) for t in oth], [stem(t) for t in oth],
  scope="other")

# ================================================================= compare
a, b = A(TY, "全民健身设施建设经费"), A(WG, "社区体育公园建设经费")
q("compare", "体育局全民健身设施建设经费比文广旅体局社区体育公园建设经费多多少？", [yuan(a - b), yuan(a), yuan(b)], scope="mixed")
a, b = A(TY, "体育赛事活动举办经费"), A(WG, "体育后备人才培养经费")
q("compare", "体育局的赛事经费和文广旅体局的体育后备人才培养经费，谁多，差多少", [yuan(a - b), yuan(a), yuan(b)],
  ["体育赛事活动举办经费"], scope="mixed")
q("compare", "体育局和文广旅体局谁的人多，多多少人", [N(PEOPLE(WG) - PEOPLE(TY)), N(PEOPLE(WG)), N(PEOPLE(TY))],
  ["文化广电旅游体育局"], scope="mixed")
a, b = A(SW, "污水管网建设与修复经费"), F(P, "年度资金总额") * 10000
q("compare", "水务局部门表里的污水管网建设与修复经费，跟提质增效项目的年度资金比，差多少万元",
  [wan((a - b) / 10000), yuan(a), FW(P, "年度资金总额")], scope="mixed",
  note="department task 35820.00万元 vs project 28650.00万元")
q("compare", "体育局项目支出是基本支出的几倍", [R(B(TY, "项目支出"), B(TY, "基本支出"))])
q("compare", "体育局预算合计占文广旅体局的百分之多少", [PCT(TOT(TY), TOT(WG))], scope="mixed")
a, b = A(TY, "青少年体育训练和后备人才培养经费"), A(WG, "篮球城市品牌建设经费")
q("compare", "体育局青少年体育训练和后备人才培养经费和文广旅体局篮球城市品牌建设经费相差多少",
  [yuan(a - b), yuan(a), yuan(b)], scope="mixed")
q("compare", "民政局财政拨款占预算合计的比例", [PCT(B("minzhengju_2026", "财政拨款"), TOT("minzhengju_2026"))],
  scope="other")
q("compare", "统计局和气象局人数差几个", [N(PEOPLE("qixiangju_2026") - PEOPLE("tongjiju_2026")), N(PEOPLE("qixiangju_2026")),
                                    N(PEOPLE("tongjiju_2026"))], scope="other")
q("compare", "财政局比审计局预算合计多多少", [wan(TOT("caizhengju_2026") - TOT("shenjiju_2026"))], scope="other")

# ================================================================= structure
q("structure", "体育局的年度重点工作任务是哪几项", names=[x["name"] for x in key_ty])
q("structure", "体育局和文广旅体局各有哪些满意度指标",
  names=[i["level3"] for s in (TY, WG) for i in T[s]["indicators"] if i["level1"] == "满意度指标"], scope="mixed")
(tx,) = [i for i in T[P]["indicators"] if i["level2"] == "时效指标"]
q("structure", "污水管网提质增效项目的时效指标是哪个，时间定在什么时候", [tx["annual_value"]], [tx["level3"]])
q("structure", "提质增效项目有哪些效益指标", names=[i["level3"] for i in T[P]["indicators"] if i["level1"] == "效益指标"])
q("structure", "医保局有哪些满意度指标", names=[i["level3"] for i in T["yibaoju_2026"]["indicators"]
                                          if i["level1"] == "满意度指标"], scope="other")
q("structure", "生态环境局的时效指标有哪些", names=[i["level3"] for i in T["shengtai_2026"]["indicators"]
                                            if i["level2"] == "时效指标"], scope="other")
q("structure", "体育局的镇街全民健身工作补助算重点任务还是其他任务", [Y(TY, "镇街全民健身工作补助")], ["其他需完成的任务"])
q("structure", "体育局和文广旅体局的时效指标分别有哪些",
  names=[i["level3"] for s in (TY, WG) for i in T[s]["indicators"] if i["level2"] == "时效指标"], scope="mixed")
q("structure", "林业局有哪些可持续影响指标", names=[i["level3"] for i in T["linyeju_2026"]["indicators"]
                                             if i["level2"] == "可持续影响"], scope="other")
q("structure", "统计局其他需完成的任务有哪些", names=[x["name"] for x in T["tongjiju_2026"]["tasks"]
                                             if x["section"] == "其他需完成的任务"], scope="other")

# ================================================================= yesno
q("yesno", "体育局的智慧体育服务平台是不是9月底前上线？", [IA(TY, "智慧体育服务平台上线时间")], yesno="是")
q("yesno", "体育局全民健身设施建设经费超没超过两千万", [Y(TY, "全民健身设施建设经费")], yesno="是")
q("yesno", "体育局预算比文广旅体局多吧？", [wan(TOT(TY)), wan(TOT(WG))], yesno="否", scope="mixed")
q("yesno", "司法局2025年有没有智慧司法信息化建设经费", yesno="否", names=["智慧司法信息化建设经费"],
  absent=[Y(S6, "智慧司法信息化建设经费")], note="a 2026-only task")
q("yesno", "人防办今年财政供养人员超过60人了吗", [N(PEOPLE("renfangban_2026"))], yesno="是", scope="other")
q("yesno", "提质增效项目雨污分流改造今年年度目标是150个，对不对", [IA(P, "完成住宅小区雨污分流改造")], yesno="是")
assert PEOPLE(TY) > PEOPLE("tongjiju_2026")
q("yesno", "体育局的人是不是比统计局多", [N(PEOPLE(TY)), N(PEOPLE("tongjiju_2026"))], yesno="是", scope="mixed")
q("yesno", "体育局镇街全民健身工作补助和它的对下转移支付资金是不是一样多",
  [Y(TY, "镇街全民健身工作补助"), BW(TY, "拟用于对下转移支付资金")], yesno="是")
assert A(TY, "镇街全民健身工作补助") == B(TY, "拟用于对下转移支付资金") * 10000
q("yesno", "卫健局2025年有没有健康宣传教育经费", yesno="否", names=["健康宣传教育经费"], scope="other")
q("yesno", "审计局的大数据审计分析平台是11月底前建成吗", [IA("shenjiju_2026", "大数据审计分析平台建成时间")], yesno="是",
  scope="other")

# ================================================================= yoy (司法局 2025 → 2026)
d = TOT(S6) - TOT(S5)
q("yoy", "司法局今年预算合计比去年涨了多少，涨幅多大", [wan(d), PCT(d, TOT(S5))])
d = A(S6, "法律援助经费") - A(S5, "法律援助经费")
q("yoy", "法律援助经费司法局今年比去年多了多少钱", [yuan(d), Y(S6, "法律援助经费"), Y(S5, "法律援助经费")])
d = A(S6, "法治宣传教育经费") - A(S5, "普法宣传教育经费")
q("yoy", "司法局法治宣传教育经费跟去年比增加了多少", [yuan(d), Y(S6, "法治宣传教育经费"), Y(S5, "普法宣传教育经费")],
  ["法治宣传教育经费", "普法宣传教育经费"], note="across the rename: 2025 普法宣传教育经费")
q("yoy", "司法局人数今年比去年多几个", [N(PEOPLE(S6) - PEOPLE(S5)), N(PEOPLE(S6)), N(PEOPLE(S5))])
new_t = sorted({x["name"] for x in T[S6]["tasks"]} - {x["name"] for x in T[S5]["tasks"]} - {"法治宣传教育经费"})
q("yoy", "司法局今年比去年新增了哪项任务", names=new_t, note="法治宣传教育经费 is the renamed 普法宣传教育经费, not new")
q("yoy", "司法局办理法律援助案件的年度指标，今年和去年分别是多少",
  [IA(S6, "办理法律援助案件"), IA(S5, "办理法律援助案件")])
q("yoy", "气象局人员今年比去年多几个", [N(PEOPLE("qixiangju_2026") - PEOPLE("qixiangju_2025")), N(PEOPLE("qixiangju_2026")),
                                  N(PEOPLE("qixiangju_2025"))], scope="other")
d = B(S6, "财政拨款") - B(S5, "财政拨款")
q("yoy", "司法局财政拨款同比增长率是多少", [PCT(d, B(S5, "财政拨款"))])
q("yoy", "司法局2024年预算多少", expect="not_found", absent=[wan(TOT(S5)), wan(TOT(S6))], scope="other",
  note="司法局 2024 not loaded")
d = A("weijianju_2026", "基本公共卫生服务项目经费") - A("weijianju_2025", "基本公共卫生服务项目经费")
q("yoy", "卫健局基本公共卫生服务项目经费同比增长多少", [yuan(d), PCT(d, A("weijianju_2025", "基本公共卫生服务项目经费"))],
  scope="other")

# ================================================================= typo
q("typo", "體育局全民健身設施建設經費多少", [Y(TY, "全民健身设施建设经费")], absent=[Y(WG, "社区体育公园建设经费")],
  note="traditional characters")
q("typo", "司法侷2025年預算合計", [wan(TOT(S5))], absent=[wan(TOT(S6))], note="侷 / traditional")
q("typo", "城镇污水管网提值增效项目的财政拨款", [FW(P, "财政拨款")], note="提值 for 提质 (homophone)")
q("typo", "氣象局今年智慧氣象信息化建設經費", [Y("qixiangju_2026", "智慧气象信息化建设经费")], scope="other")
q("typo", "司法局２０２５年人民调解工作经费", [Y(S5, "人民调解工作经费")], absent=[Y(S6, "人民调解工作经费")],
  note="full-width digits")
q("typo", "審計局2025年審計業務培訓經費", [Y("shenjiju_2025", "审计业务培训经费")], absent=[Y("shenjiju_2026", "审计业务培训经费")],
  scope="other", note="traditional")
q("typo", "污水管網提質增效項目實施週期資金總額", [FW(P, "实施周期资金总额")], note="traditional")
q("typo", "文廣旅體局的篮球城市品牌建设经费", [Y(WG, "篮球城市品牌建设经费")],
  absent=[Y(TY, "青少年体育训练和后备人才培养经费")], scope="mixed", note="traditional; 体育局's 9860300 is 300 元 more")
q("typo", "水勿局供水管网改造经费", [Y(SW, "供水管网改造经费")], scope="other", note="勿 for 务")
q("typo", "衛健局2026年醫務人員培訓經費", [Y("weijianju_2026", "医务人员培训经费")], scope="other")

# ================================================================= not_found
q("not_found", "体育局2025年预算合计多少", expect="not_found", absent=[wan(TOT(TY))], note="体育局 2025 not loaded")
q("not_found", "污水管网提质增效项目2025年度资金多少", expect="not_found", absent=[FW(P, "年度资金总额")],
  note="only the 2026 project table is loaded")
q("not_found", "深圳市体育局2026年预算合计", expect="not_found", absent=[wan(TOT(TY))], scope="other")
q("not_found", "东莞市司法局2023年法律援助经费", expect="not_found",
  absent=[Y(S5, "法律援助经费"), Y(S6, "法律援助经费")], scope="other")
q("not_found", "体育局的体育场馆建设贷款贴息有多少", expect="not_found", note="no such item")
q("not_found", "水务局排水防涝项目的年度资金", expect="not_found", absent=[FW(P, "年度资金总额")], scope="mixed",
  note="水务局's only 2026 project is 城镇污水管网提质增效项目")
q("not_found", "广州市体育局今年全民健身经费", expect="not_found", absent=[Y(TY, "全民健身设施建设经费")], scope="other")
q("not_found", "机关事务管理局2025年物业管理费支出项目多少钱", expect="not_found", absent=[FW("project_target_2026", "年度资金总额")],
  scope="other", note="only its 2026 project table is loaded")
q("not_found", "东莞市城市更新局今年预算合计", expect="not_found", scope="other")
q("not_found", "湛江市体育局的人员数", expect="not_found", absent=[N(PEOPLE(TY))], scope="other")

# ================================================================= trap
q("trap", "体育局的体育后备人才培养经费多少", [Y(TY, "青少年体育训练和后备人才培养经费")],
  ["青少年体育训练和后备人才培养经费"], absent=[Y(WG, "体育后备人才培养经费")], scope="mixed",
  note="the exact name is 文广旅体局's (15380000); 体育局's own item is 青少年体育训练和后备人才培养经费")
q("trap", "体育局篮球城市品牌建设经费是多少", expect="not_found",
  absent=[Y(WG, "篮球城市品牌建设经费"), Y(TY, "青少年体育训练和后备人才培养经费")], scope="mixed",
  note="a 文广旅体局 item; 体育局 has none")
q("trap", "承办省级以上体育赛事这个指标定的多少", expect="ok_or_clarify", names=["东莞市体育局", "东莞市文化广电旅游体育局"],
  scope="mixed", note="both 体育局 (≥30项) and 文广旅体局 (≥25项) have it")
q("trap", "水务局污水管网今年安排了多少钱", expect="ok_or_clarify",
  names=["污水管网建设与修复经费", "城镇污水管网提质增效项目"], scope="mixed",
  note="the department's task 358200000元 and the project's 年度资金总额 28650.00万元 both fit")
q("trap", "司法局去年的智慧司法平台上线时间", expect="not_found", absent=[IA(S6, "智慧司法平台上线时间")],
  note="2026-only indicator")
q("trap", "提质增效项目今年要新建污水管网320公里，对吗", [IA(P, "新建城镇污水管网")], yesno="否",
  note="320公里 is the department's goal (新建及修复); the project's annual indicator is ≥180公里")
q("trap", "体育局累计建成智能健身驿站260个，那今年新建的指标也是260个？", [IA(TY, "新建智能健身驿站")], yesno="否",
  note="约260个 is cumulative (goal); the annual indicator is ≥50个")
q("trap", "司法局的法律援助经费多少", [Y(S6, "法律援助经费")], absent=[Y(S5, "法律援助经费")], scope="mixed",
  note="no year = 2026; 2025 now loaded beside it")
q("trap", "体育局智慧文旅服务平台什么时候上线", expect="not_found", absent=[IA(WG, "智慧文旅服务平台上线时间")],
  scope="mixed", note="a 文广旅体局 indicator; 体育局's platform is 智慧体育服务平台 (2026年9月30日前)")
q("trap", "体育局的游客满意度是多少", expect="not_found", absent=[IA(WG, "游客满意度")], scope="mixed",
  note="文广旅体局's indicator")


# ---------------------------------------------------------------- write
def main():
    assert len(ROWS) == 160 or "-n" in sys.argv, len(ROWS)
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in ROWS), encoding="utf-8")
    cats = list(dict.fromkeys(r["category"] for r in ROWS))
    print(f"{len(ROWS)} questions; scope {Counter(SCOPE.values())}")
    print("| category | total | ok | not_found | clarify | ok_or_clarify |")
    print("| --- | --- | --- | --- | --- | --- |")
    for c in cats:
        rs = [r for r in ROWS if r["category"] == c]
        e = Counter(r["expect"] for r in rs)
        print(f"| {c} | {len(rs)} | {e['ok']} | {e['not_found']} | {e['clarify']} | {e['ok_or_clarify']} |")
    e = Counter(r["expect"] for r in ROWS)
    print(f"| **total** | **{len(ROWS)}** | {e['ok']} | {e['not_found']} | {e['clarify']} | {e['ok_or_clarify']} |")
    proj = [r["id"] for r in ROWS if "提质增效" in r["q"] or "提值增效" in r["q"] or "提質增效" in r["q"]
            or "几个项目" in r["q"] or "项目表" in r["q"]]
    print("project lines:", len(proj))


if __name__ == "__main__":
    main()
