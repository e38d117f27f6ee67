"""Write tests/blind/batch_35.jsonl (160 questions) from the tables alone (truth35.py).

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

import truth35 as T  # noqa: E402

A = T.load()
W6, W5, TX, DS, DL = T.NEW  # 网信办 2026, 网信办 2025, 特校, 广播电视台, 大岭山森林公园管理处
DG = T.dg2026(A)
BY = {t["department"]: t for t in DG}
tot = T.total
assert len(DG) == 88


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
        figure = phrase[1:]  # without 约 / 超
    assert figure in phrase
    return figure


ROWS = []


def Q(cat, q, figures=(), names=(), expect="ok", yesno=None, absent=(), fu=False, note="", scope="new"):
    n = len(ROWS) + 1
    rid = f"b35-{n:03d}"
    ROWS.append({"id": rid, "q": q, "category": "followup" if fu else cat, "expect": expect,
                 "figures": list(figures), "names": list(names), "yesno": yesno, "absent": list(absent),
                 "followup_of": ROWS[-1]["id"] if fu else None, "note": f"{note} [scope: {scope}]"})


LY, YJ, ZY, FL, ZS, XF = ("东莞市林业局", "东莞市应急管理局", "东莞职业技术学院", "东莞市社会福利中心",
                          "东莞市政务服务和数据管理局", "东莞市信访局")
WG, TSG, DX, ZR, BWG = "东莞市文化广电旅游体育局", "东莞图书馆", "中共东莞市委党校", "东莞市自然资源局", "东莞市博物馆"
KY, RY, GX, FG = "东莞市可园博物馆", "东莞市人民医院", "东莞市工业和信息化局", "东莞市发展和改革局"
YUQING, GONGFANG = "网络舆情监测和应急处置经费", "网络安全监测预警和攻防演练经费"
ZHXY = "智慧校园信息化建设经费"


def other(dname, name):
    (x,) = [x for x in dept(dname)["tasks"] if x["name"] == name]
    return x["amount"]


def other_iv(dname, name, which="annual"):
    (x,) = [x for x in dept(dname)["indicators"] if x["level3"] == name]
    return x[f"{which}_value"]


# ---------------------------------------------------------------- item_money (15) + follow-ups
Q("item_money", "网信办舆情监测那块今年给了多少钱", [amt(W6, YUQING)], [YUQING],
  absent=[T.yuan(other(XF, "信访舆情监测和分析研判经费")), amt(W5, YUQING)],
  note="网信办 2026 asked by purpose; 信访局's 信访舆情监测和分析研判经费 2365200 is the other 舆情 item")
Q("item_money", "去年呢", [amt(W5, YUQING)], [YUQING], absent=[amt(W6, YUQING)], fu=True, note="网信办 2025")
Q("item_money", "市委网信办搞网络安全攻防演练的经费有多少", [amt(W6, GONGFANG)], [GONGFANG],
  absent=[T.yuan(other(ZS, "电子政务外网和网络安全保障经费")), T.yuan(other("东莞市公安局", "反电信网络诈骗预警劝阻经费"))],
  note="政数局 电子政务外网和网络安全保障经费 8650500 (400 apart), 公安局 反诈 8650800")
n = "网络安全宣传周活动经费"
Q("item_money", "网信办办网络安全宣传周要花多少", [amt(W6, n)], [n],
  absent=[T.yuan(other(GX, "工业节能和绿色制造宣传经费")), T.yuan(other(FG, "节能降碳宣传和监察经费"))],
  note="the other 宣传周 items: 工信局 1358400, 发改局 1358000")
n = "生成式人工智能服务安全评估和备案经费"
Q("item_money", "网信办今年新搞的那个AI大模型备案，安排了多少经费", [amt(W6, n)], [n],
  note="asked by purpose (大模型备案 is in its content); 2026-only task")
n = "送教上门和随班就读巡回指导经费"
Q("item_money", "特校送教上门的经费是多少", [amt(TX, n)], [n], absent=[T.yuan(other(DX, "镇街党校分校教学补助"))],
  note="党校's 镇街党校分校教学补助 2240000 is about 送教下基层")
n = "教学康复综合楼建设经费"
Q("item_money", "特殊教育学校新盖的那栋教学康复综合楼要多少钱", [amt(TX, n)], [n],
  absent=[T.yuan(other(RY, "公共卫生和突发事件医疗救治经费"))],
  note="人民医院 公共卫生和突发事件医疗救治经费 12486300 has the same digits swapped")
n = "学生康复训练和医教结合经费"
Q("item_money", "市特校给学生做康复训练的钱有多少", [amt(TX, n)], [n],
  absent=[T.yuan(other(FL, "孤残儿童康复和特殊教育经费"))],
  note="社会福利中心's 孤残儿童康复和特殊教育经费 6892000 is another 康复 / 特殊教育 item")
Q("item_money", "特校的智慧校园信息化建设经费多少", [amt(TX, ZHXY)], [ZHXY], absent=[T.yuan(other(ZY, ZHXY))],
  note="same name as 东莞职业技术学院's (7645200)")
Q("item_money", "职院的呢", [T.yuan(other(ZY, ZHXY))], [ZHXY], absent=[amt(TX, ZHXY)], fu=True,
  note="东莞职业技术学院 2026", scope="mixed")
n = "超高清电视制播系统升级改造经费"
Q("item_money", "电视台4K超高清改造花多少钱", [amt(DS, n)], [n], note="asked by purpose")
n = "广播电视节目制作和版权购置经费"
Q("item_money", "廣播電視台節目製作和版權購置經費多少", [amt(DS, n)], [n], absent=[T.yuan(other(TSG, "文献资源采购经费"))],
  note="traditional characters; 东莞图书馆 文献资源采购经费 18652400 has the same digits swapped")
n = "镇街应急广播系统建设补助"
Q("item_money", "东莞台给镇街建应急广播的补助是多少", [amt(DS, n)], [n], note="= its 对下 388.00万元")
n = "森林防火和林区巡护经费"
Q("item_money", "大岭山森林防火巡户的钱有多少", [amt(DL, n)], [n],
  absent=[T.yuan(other(YJ, "森林防火经费")), T.yuan(other(LY, "森林防灭火基础设施建设经费"))],
  note="homophone 户 for 护; 应急局 森林防火经费 24360000, 林业局 森林防灭火基础设施建设经费 24630000")
n = "自然教育和科普活动经费"
Q("item_money", "大岭山森林公园搞自然教育的经费", [amt(DL, n)], [n], absent=[T.yuan(other(LY, "自然教育和林业宣传经费"))],
  note="林业局 自然教育和林业宣传经费 1536500 (800 apart)")
n = "护林员和巡护队伍培训经费"
Q("item_money", "大岭山管理处护林员培训给了多少", [amt(DL, n)], [n],
  absent=[T.yuan(other(LY, "护林员和林业技术人员培训经费"))], note="林业局 护林员和林业技术人员培训经费 965800 (100 apart)")
n = "松材线虫病等林业有害生物防治经费"
Q("item_money", "大岭山那边防治松材线虫病花多少", [amt(DL, n)], [n], absent=[T.yuan(other(LY, "林业有害生物防治经费"))],
  note="林业局 林业有害生物防治经费 46320500")

# ---------------------------------------------------------------- indicator (13) + follow-ups
n = "报送舆情信息"
Q("indicator", "网信办今年报送舆情信息的年度指标是多少", [iv(W6, n)], [n], absent=[iv(W5, n)],
  note="annual ≥3.6万条; 2025 ≥3.2万条; period ≥10.8万条 not absent")
Q("indicator", "实施周期的呢", [iv(W6, n, "period")], [n], fu=True, note="period")
n = "重大舆情报送时限"
Q("indicator", "网信办遇到重大舆情要多长时间内报上去", [iv(W6, n)], [n], absent=[iv(W5, n)], note="≤1小时; 2025 ≤2小时")
n = "网络举报按时办结率"
Q("indicator", "网信办网络举报按时办结率的要求", [iv(W6, n)], [n], note="≥98% (the same string as 市场监管局's 12315 rate)")
n = "送教上门服务"
Q("indicator", "特校送教上门今年要完成多少人次", [iv(TX, n)], [n], note="annual ≥4800人次; period ≥1.44万人次 not absent")
n = "送教上门单次成本"
Q("indicator", "特校送教上门一次的成本上限是多少", [iv(TX, n)], [n], note="cost 元/人次")
n = "残疾学生营养餐补助标准"
Q("indicator", "特殊教育学校的孩子营养餐一天补多少钱", [iv(TX, n)], [n], note="≤15元/生/日")
n = "巡回指导特殊教育资源教室"
Q("indicator", "特校巡回指导资源教室的指标是多少间", [iv(TX, n)], [n], absent=["≥25间"],
  note="教育局 特殊教育资源教室建设数量 ≥25间 is the look-alike")
n = "安全播出率"
Q("indicator", "电视台安全播出率定的多少", [iv(DS, n)], [n], note="≥99.99%")
n = "4K超高清频道开播时间"
Q("indicator", "东莞台4K频道开播的时间节点是什么时候", [iv(DS, n)], [n], note="date")
n = "观众满意度"
Q("indicator", "广播电视台观众满意度要求多少", [iv(DS, n)], [n], absent=[other_iv(BWG, n)],
  note="东莞市博物馆's 观众满意度 ≥96% has the same name")
n = "森林覆盖率"
Q("indicator", "大岭山森林覆盖率的指标", [iv(DL, n)], [n], absent=[other_iv(LY, n), other_iv(ZR, n)],
  note="林业局 ≥36.6%, 自然资源局 ≥36.5% (same name)")
n = "接待游客"
Q("indicator", "大岭山森林公园一年接待游客的指标定了多少", [iv(DL, n)], [n],
  absent=[other_iv(LY, "森林公园年接待游客"), other_iv(KY, n)],
  note="林业局 森林公园年接待游客 ≥1000万人次 (all forest parks), 可园 接待游客 ≥90万人次")
n = "游客满意度"
Q("indicator", "满意度要求呢", [iv(DL, n)], [n], absent=[other_iv(LY, n), other_iv(KY, n)], fu=True,
  note="大岭山 游客满意度 ≥92%; 林业局 ≥90%, 可园 ≥95%")
n = "松材线虫病疫木除治单价"
Q("indicator", "大岭山松材线虫病疫木除治单价上限是多少", [iv(DL, n)], [n], absent=[other_iv(LY, n)],
  note="林业局 ≤260元/株 (same name)")

# ---------------------------------------------------------------- overview (5) + follow-ups
Q("overview", "网信办今年部门预算一共多少", [tw(W6)], note="预算合计 = 基本 + 项目 + 其他事业发展性")
Q("overview", "基本支出和项目支出分别是多少", [bw(W6, "基本支出"), bw(W6, "项目支出")], fu=True, note="two figures in order")
Q("overview", "这个盘子在东莞各部门里排老几", [rank(tot, W6)], fu=True, note="88 东莞 2026 departments; 信访局 8974.16 ahead",
  scope="mixed")
Q("overview", "电视台财政拨款多少？自己创收的其他资金又有多少", [bw(DS, "财政拨款"), bw(DS, "其他资金")],
  note="two figures in order")
Q("overview", "特校财政供养人员多少，下属二级单位几个", [f"#{ppl(A[TX])}", f"#{A[TX]['basic_info']['下属二级单位数']}"],
  note="182, 0")
Q("overview", "大岭山森林公园管理处今年部门预算总额是多少", [tw(DL)], note="")
Q("overview", "特殊教育学校的其他事业发展性支出是多少", [bw(TX, "其他事业发展性支出")], note="")

# ---------------------------------------------------------------- structure (2)
Q("structure", "电视台的时效指标有哪些", [],
  [i["level3"] for i in A[DS]["indicators"] if i["level2"] == "时效指标"], note="时效指标, two")
Q("structure", "大岭山的效益指标都列一下", [],
  [i["level3"] for i in A[DL]["indicators"] if i["level1"] == "效益指标"], note="一级 效益指标: 社会, 生态 ×2, 可持续")

# ---------------------------------------------------------------- prose (18) + follow-up
Q("prose", "网信办今年要妥善处置多少起网络突发事件", [goal(W6, "约120起")], note="goal only; sentence with three figures")
Q("prose", "按网信办的总体目标，舆情信息全年大概报多少条", [goal(W6, "约3.8万条")],
  note="indicator ≥3.6万条 is the counterpart (总体目标)")
Q("prose", "网信办今年要通报处置多少个安全漏洞", [goal(W6, "约2600个")], note="goal only; sentence with 1900个, 2次, 2600个")
Q("prose", "网信办常态化监测的党政机关网站和政务新媒体，目标里说大概多少个", [goal(W6, "约1900个")],
  note="indicator ≥1800个 is the counterpart (目标)")
Q("prose", "网信办全年依法处置违法违规账号大概多少个", [goal(W6, "约3500个")], note="goal only; sentence with 2万件, 60家次, 3500个")
Q("prose", "网信办要指导几家企业完成大模型备案或登记", [goal(W6, "约30家")], note="goal only")
Q("prose", "电视台融媒体客户端有多少用户", [goal(DS, "约420万户")], note="goal only; sentence with four figures")
Q("prose", "东莞台新媒体矩阵粉丝大概有多少", [goal(DS, "约1800万")], note="goal only")
Q("prose", "按总体目标，电视台经营创收大概能有多少", [goal(DS, "约2.8亿元")],
  note="indicator 经营创收收入 ≥2.6亿元 is the counterpart (总体目标)")
Q("prose", "按目标电视台新建应急广播终端大概多少个？要覆盖几个镇街",
  [goal(DS, "约2200个"), goal(DS, "33个镇街", "33个")], note="two figures of one sentence; indicator ≥2000个 is the counterpart")
Q("prose", "特校一共开了多少个教学班", [goal(TX, "约58个")], note="goal only")
Q("prose", "特校要给多少名重度残疾孩子送教上门", [goal(TX, "约180名")], note="goal only; sentence with 180名, 5000人次, 60间")
Q("prose", "那大概一共送教多少人次", [goal(TX, "约5000人次")], fu=True, note="indicator ≥4800人次 is the counterpart (大概)")
Q("prose", "特校配了几名康复治疗师", [goal(TX, "约24名")], note="goal only")
Q("prose", "教学康复综合楼建好能新增多少个学位", [goal(TX, "约120个")], note="goal (and task expectation)")
Q("prose", "大岭山管护的林地面积有多大", [goal(DL, "约4.3万亩")], note="goal only; sentence with 4.3万亩, 88%, 3.8万公里")
Q("prose", "大岭山今年要清理多少株松材线虫病疫木", [goal(DL, "约6500株")], note="goal only")
Q("prose", "大岭山的自然教育活动能服务多少中小学生", [goal(DL, "约3万人次")], note="goal only")
Q("prose", "大岭山总体目标里全年大概接待多少游客", [goal(DL, "约280万人次")],
  note="indicator 接待游客 ≥260万人次 is the counterpart (总体目标)")

# ---------------------------------------------------------------- filter (8) + follow-up
big = [x for x in A[W6]["tasks"] if x["amount"] > 2000000]
Q("filter", "网信办哪些任务在两百万以上", [], [x["name"] for x in big], note="> 2,000,000 (none on the line)")
Q("filter", "这几项加起来多少", [T.yuan(sum(x["amount"] for x in big))], fu=True, note="sum of the five")
Q("filter", "特校一百万到两百万之间的任务有哪些", [],
  [x["name"] for x in A[TX]["tasks"] if 1000000 <= x["amount"] <= 2000000], note="inclusive")
Q("filter", "电视台哪些任务不到五百万", [], [x["name"] for x in A[DS]["tasks"] if x["amount"] < 5000000], note="< 5,000,000")
Q("filter", "大岭山哪个指标周期值和年度值不一样", [],
  [i["level3"] for i in A[DL]["indicators"] if i["period_value"] != i["annual_value"]], note="period ≠ annual: one")
Q("filter", "特校哪些指标是定性的，没有具体数字", [],
  [i["level3"] for i in A[TX]["indicators"] if not any(c.isdigit() for c in i["annual_value"])], note="qualitative")
Q("filter", "大岭山用千分号‰表示的指标有哪几个", [], [i["level3"] for i in A[DL]["indicators"] if "‰" in i["annual_value"]],
  note="annual value with ‰")
Q("filter", "全市财政供养人员在500到700人之间的单位有哪些", [], [t["department"] for t in DG if 500 <= ppl(t) <= 700],
  note="电视台 586, 文广旅体局 628, 社保中心 642", scope="mixed")
Q("filter", "东莞今年预算在8000万到9000万之间的部门有哪些", [],
  [t["department"] for t in DG if 8000 <= tot(t) <= 9000], note="信访局, 网信办, 科协, 殡葬管理所", scope="mixed")

# ---------------------------------------------------------------- count (8) + follow-ups
Q("count", "网信办今年的表里一共几项任务", [f"#{len(A[W6]['tasks'])}"], note="")
wk = [x for x in A[W6]["tasks"] if x["section"] == "年度重点工作任务"]
wks = sum(x["amount"] for x in wk)
wts = sum(x["amount"] for x in A[W6]["tasks"])
Q("count", "其中重点任务几项，合计多少钱", [f"#{len(wk)}", T.yuan(wks)], fu=True, note="three 年度重点工作任务, two asks")
Q("count", "重点任务的钱占所有任务多大比例", [T.pct(wks / wts * 100)], fu=True, note="key / all tasks")
Q("count", "电视台绩效指标总共几个", [f"#{len(A[DS]['indicators'])}"], note="")
Q("count", "特校数量指标有几个", [f"#{sum(i['level2'] == '数量指标' for i in A[TX]['indicators'])}"], note="")
Q("count", "大岭山列了几个成本指标", [f"#{sum(i['level1'] == '成本指标' for i in A[DL]['indicators'])}"], note="")
Q("count", "全市现在有多少个部门报了今年的整体绩效目标表", [f"#{len(DG)}"], note="88", scope="mixed")
Q("count", "全市任务名称里带“网络”两个字的有几项", [f"#{sum('网络' in x['name'] for t in DG for x in t['tasks'])}"],
  note="literal substring: 网信办 7 + 5 elsewhere", scope="mixed")
Q("count", "全市财政供养人数超过500人的单位有几家", [f"#{sum(ppl(t) > 500 for t in DG)}"], note="电视台 586 is one",
  scope="mixed")
Q("count", "全市预算不到5000万的单位有几家", [f"#{sum(tot(t) < 5000 for t in DG)}"], note="大岭山 4386.57 is one",
  scope="mixed")

# ---------------------------------------------------------------- aggregate (9) + follow-up
tsum = sum(x["amount"] for x in A[TX]["tasks"])
Q("aggregate", "特校十项任务加起来多少钱", [T.yuan(tsum)], note="ten tasks")
Q("aggregate", "占它项目支出的比例是多少", [T.pct(tsum / (bl(TX, "项目支出") * 10000) * 100)], fu=True, note="tasks / 项目支出")
Q("aggregate", "网信办和信访局今年预算加起来多少", [T.wan(tot(A[W6]) + tot(dept(XF)))], note="", scope="mixed")
Q("aggregate", "网信办、特校、广播电视台和大岭山森林公园管理处四个单位今年预算加总",
  [T.wan(sum(tot(A[s]) for s in (W6, TX, DS, DL)))], note="")
Q("aggregate", "全市今年部门预算加起来一共多少", [T.wan(sum(tot(t) for t in DG))], note="88 departments", scope="mixed")
Q("aggregate", "电视台其他资金占部门预算合计的比例", [T.pct(bl(DS, "其他资金") / tot(A[DS]) * 100)], note="")
lsum = sum(x["amount"] for x in A[DL]["tasks"])
Q("aggregate", "大岭山十个任务平均每项多少钱", [T.yuan2(Decimal(lsum) / 10)], note="average")
Q("aggregate", "全市名字里带“网络”的任务经费一共多少",
  [T.yuan(sum(x["amount"] for t in DG for x in t["tasks"] if "网络" in x["name"]))],
  note="literal substring, 12 items", scope="mixed")
Q("aggregate", "网信办对下转移支付占财政专项资金的比重", [T.pct(bl(W6, "拟用于对下转移支付资金") / bl(W6, "财政专项资金") * 100)],
  note="136 / 1260")
Q("aggregate", "电视台和文广旅体局两家财政供养人员合计多少", [f"#{ppl(A[DS]) + ppl(dept(WG))}"], note="586 + 628",
  scope="mixed")

# ---------------------------------------------------------------- ranking (11) + follow-ups
top = max(A[DS]["tasks"], key=lambda x: x["amount"])
lo = min(A[DS]["tasks"], key=lambda x: x["amount"])
Q("ranking", "电视台哪项任务钱最多", [T.yuan(top["amount"])], [top["name"]], note="")
Q("ranking", "最少的是哪项", [T.yuan(lo["amount"])], [lo["name"]], fu=True, note="")
Q("ranking", "东莞各部门按预算排，电视台排第几", [rank(tot, DS)], note="农业农村局 77300.53 > 68936.42 > 文广旅体局 68900.15",
  scope="mixed")
Q("ranking", "那文广旅体局呢", [rank(tot, dept(WG)["slug"])], fu=True, note="now one place behind the 电视台", scope="mixed")
Q("ranking", "网信办的预算全市排第几", [rank(tot, W6)], note="信访局 8974.16 > 8967.84 > 科协 8962.57", scope="mixed")
Q("ranking", "特校预算在东莞排多少名", [rank(tot, TX)], note="妇联 7245.03 > 7238.46 > 档案局 6951.48", scope="mixed")
Q("ranking", "大岭山管理处预算全市第几", [rank(tot, DL)], note="老干部局 5169.38 > 4386.57 > 总工会 4198.90", scope="mixed")
Q("ranking", "电视台的其他资金在全市排第几", [rank(lambda t: t["budget"]["其他资金"], DS)],
  note="人民医院, 中医院, 妇幼, 教育局 ahead", scope="mixed")
Q("ranking", "电视台财政供养人员全市排第几", [rank(ppl, DS)], note="文广旅体局 628 > 586 > 人社局 486", scope="mixed")
Q("ranking", "网信办基本支出全市排第几", [rank(lambda t: t["budget"]["基本支出"], W6)],
  note="金融工作局 1468.35 > 1386.75 > 档案局 1386.54 (0.21 apart)", scope="mixed")
Q("ranking", "特校基本支出在全市排第几", [rank(lambda t: t["budget"]["基本支出"], TX)],
  note="商务局 3865.42 > 3864.52 > 发改局 3842.66", scope="mixed")
second = sorted(A[DL]["tasks"], key=lambda x: -x["amount"])[1]
Q("ranking", "大岭山花钱第二多的是哪个任务", [T.yuan(second["amount"])], [second["name"]], note="second")
four = sorted((W6, TX, DS, DL), key=lambda s: tot(A[s]))
Q("ranking", "网信办、特校、电视台、大岭山按预算从低到高排一下", [tw(s) for s in four], [A[s]["department"] for s in four],
  note="ascending order as asked")


# ---------------------------------------------------------------- compare (11)
def cmp(q, x, y, unit="wan", note="", scope="mixed", names=()):
    dlt = abs(x - y)
    f = {"wan": T.wan, "yuan": T.yuan, "people": lambda v: f"#{v}"}[unit]
    Q("compare", q, [f(dlt), f(x), f(y)], list(names), note=note, scope=scope)


cmp("电视台比文广旅体局预算多多少", tot(A[DS]), tot(dept(WG)), note="36.27万元; difference, then 电视台, 文广旅体局")
cmp("网信办跟信访局预算差多少", tot(A[W6]), tot(dept(XF)), note="6.32万元")
cmp("特校和妇联的预算相差多少", tot(A[TX]), tot(dept("东莞市妇女联合会")), note="6.57万元")
cmp("大岭山管理处和总工会预算差多少", tot(A[DL]), tot(dept("东莞市总工会")), note="187.67万元")
cmp("特校的智慧校园信息化建设经费比职院的少多少", a(TX, ZHXY), other(ZY, ZHXY), "yuan", names=[ZHXY])
cmp("网信办攻防演练经费比政数局的电子政务外网和网络安全保障经费多多少", a(W6, GONGFANG),
    other(ZS, "电子政务外网和网络安全保障经费"), "yuan", names=[GONGFANG, "电子政务外网和网络安全保障经费"], note="400元")
cmp("大岭山的自然教育经费和林业局的自然教育和林业宣传经费差多少", a(DL, "自然教育和科普活动经费"),
    other(LY, "自然教育和林业宣传经费"), "yuan", names=["自然教育和科普活动经费", "自然教育和林业宣传经费"], note="800元")
cmp("网信办舆情那项比信访局的信访舆情监测和分析研判经费多多少", a(W6, YUQING), other(XF, "信访舆情监测和分析研判经费"), "yuan",
    names=[YUQING, "信访舆情监测和分析研判经费"])
cmp("电视台的基本支出比职院多还是少，差多少", bl(DS, "基本支出"), dept(ZY)["budget"]["基本支出"],
    note="less: 2187.01万元")
cmp("大岭山护林员培训经费和林业局的护林员和林业技术人员培训经费差几块钱", a(DL, "护林员和巡护队伍培训经费"),
    other(LY, "护林员和林业技术人员培训经费"), "yuan", names=["护林员和巡护队伍培训经费", "护林员和林业技术人员培训经费"],
    note="100元")
cmp("电视台和网信办财政供养人员差多少人", ppl(A[DS]), ppl(A[W6]), "people", note="533", scope="new")

# ---------------------------------------------------------------- yesno (15)
Q("yesno", "东莞台今年预算超过６个亿没有", [tw(DS)], yesno="是", note="full-width ６; 68936.42万元")
Q("yesno", "电视台的钱是不是一半以上靠财政拨款", [bw(DS, "财政拨款")], yesno="是", note="39275.18 / 68936.42 = 56.97%")
Q("yesno", "4K超高清频道年底前能开播吗", [iv(DS, "4K超高清频道开播时间")], yesno="是", note="9月30日前")
Q("yesno", "电视台安全播出率要求到99.9%了吗", [iv(DS, "安全播出率")], yesno="是", note="≥99.99% is above 99.9%")
Q("yesno", "网信办财政供养人员有没有超过50人", [f"#{ppl(A[W6])}"], yesno="是", note="53")
Q("yesno", "网信办有没有对下转移支付", [bw(W6, "拟用于对下转移支付资金")], yesno="是", note="136.00万元")
Q("yesno", "大模型备案辅导国庆前能完成吗", [iv(W6, "生成式人工智能服务备案辅导完成时间")], yesno="否",
  note="11月30日前: not promised before 国庆")
Q("yesno", "网信办的预算比信访局多吗", [tw(W6)], yesno="否", note="8967.84 < 8974.16", scope="mixed")
Q("yesno", "特校的综合楼开学前能交付吗", [iv(TX, "教学康复综合楼交付使用时间")], yesno="是", note="8月31日前; 开学 = 1 September")
Q("yesno", "特校家长满意度要求有没有到95%", [iv(TX, "家长满意度")], yesno="是", note="≥95%")
tx_top = max(A[TX]["tasks"], key=lambda x: x["amount"])
Q("yesno", "特校有没有哪项任务超过一千五百万", [T.yuan(tx_top["amount"])], yesno="否", note="largest 12468300")
Q("yesno", "大岭山有对下转移支付吗", [bw(DL, "拟用于对下转移支付资金")], yesno="否", note="0.00万元")
Q("yesno", "大岭山的森林步道上半年能修完吗", [iv(DL, "森林步道修复完工时间")], yesno="是", note="4月30日前")
Q("yesno", "大岭山森林火灾受害率的要求是不是比林业局还严", [iv(DL, "森林火灾受害率")], yesno="是",
  note="≤0.5‰ vs 林业局 ≤0.8‰", scope="mixed")
Q("yesno", "大岭山管理处预算过五千万了吗", [tw(DL)], yesno="否", note="4386.57万元")

# ---------------------------------------------------------------- yoy (15) + follow-up
Q("yoy", "网信办去年预算多少", [tw(W5)], note="2025")
Q("yoy", "网信办今年预算比去年多了多少", [T.wan(tot(A[W6]) - tot(A[W5])), tw(W6), tw(W5)], note="difference, 2026, 2025")
Q("yoy", "增幅多少", [T.pct((tot(A[W6]) - tot(A[W5])) / tot(A[W5]) * 100)], fu=True, note="over 2025")
Q("yoy", "网信办去年和今年财政供养人员各多少", [f"#{ppl(A[W5])}", f"#{ppl(A[W6])}"], note="49, 53")
Q("yoy", "网信办舆情监测经费今年比去年涨了多少", [T.yuan(a(W6, YUQING) - a(W5, YUQING)), amt(W6, YUQING), amt(W5, YUQING)],
  [YUQING], note="网信办 (the only 网络舆情 item in two years)")
n = "生成式人工智能服务安全评估和备案经费"
Q("yoy", "网信办今年比去年多出来哪项任务", [amt(W6, n)], [n], note="2026 only")
n5, n6 = "互联网信息内容执法检查经费", "网信执法和属地网站平台管理经费"
Q("yoy", "去年网信办的互联网信息内容执法检查经费多少", [amt(W5, n5)], [n5], note="2025 name")
Q("yoy", "互联网信息内容执法检查那项今年换了个名字，现在叫什么，给了多少", [amt(W6, n6)], [n6], note="renamed in 2026")
Q("yoy", "网信执法那项跟去年比增加了多少", [T.yuan(a(W6, n6) - a(W5, n5)), amt(W6, n6), amt(W5, n5)], note="across the rename")
Q("yoy", "网信办去年有几项任务，一共多少钱", [f"#{len(A[W5]['tasks'])}", T.yuan(sum(x['amount'] for x in A[W5]['tasks']))],
  note="two asks")
n = "网络生态"
Q("yoy", "去年网信办网络生态那个指标值是怎么写的", [iv(W5, n)], [n], absent=[iv(W6, n)], note="qualitative 2025")
ch = [i["level3"] for i in A[W5]["indicators"] if T.indicator(A[W6], i["level3"])["annual_value"] != i["annual_value"]]
Q("yoy", "网信办哪些指标的年度值和去年不一样", [], ch, note="eight changed, one qualitative")
n = "重大舆情报送时限"
Q("yoy", "网信办去年重大舆情报送时限是多少", [iv(W5, n)], [n], absent=[iv(W6, n)], note="2025 ≤2小时")
Q("yoy", "网信办2025年总体目标里舆情信息报多少条", [goal(W5, "约3.4万条")], note="2025 goal; indicator ≥3.2万条 (总体目标)")
n = "镇街网络综合治理工作补助"
Q("yoy", "去年网信办给镇街网络综合治理的补助多少", [amt(W5, n)], [n], absent=[amt(W6, n)], note="2025 = its 对下 116.00万元")
n = "网民满意度"
Q("yoy", "网民满意度去年定的多少", [iv(W5, n)], [n], absent=[iv(W6, n)], note="2025 ≥88%")

# ---------------------------------------------------------------- not_found (7) + follow-up
Q("not_found", "网信办2024年的预算", expect="not_found", absent=[tw(W5), tw(W6)], note="2024 not loaded")
Q("not_found", "那2025年的呢", [tw(W5)], fu=True, note="2025")
Q("not_found", "特校去年的送教上门经费", expect="not_found", absent=[amt(TX, "送教上门和随班就读巡回指导经费")],
  note="特校 2025 not loaded")
Q("not_found", "大岭山森林公园管理处2025年预算", expect="not_found", absent=[tw(DL)], note="大岭山 2025 not loaded")
Q("not_found", "广州市广播电视台今年预算多少", expect="not_found", absent=[tw(DS)], note="other city", scope="not_loaded")
Q("not_found", "市委编办今年预算多少", expect="not_found", absent=[tw(W6)],
  note="中共东莞市委机构编制委员会办公室 not loaded; not 网信办", scope="not_loaded")
Q("not_found", "电视台有线电视网络整合的经费多少", expect="not_found", note="no such item in any table")
Q("not_found", "电视台2027年预算", expect="not_found", absent=[tw(DS)], note="2027 not loaded")

# ---------------------------------------------------------------- trap (8)
Q("trap", "东莞市植物园今年预算多少", expect="not_found", absent=[tw(DL)],
  note="unit not loaded; not 大岭山森林公园管理处", scope="not_loaded")
Q("trap", "网信办的电子政务外网和网络安全保障经费多少", expect="not_found",
  absent=[T.yuan(other(ZS, "电子政务外网和网络安全保障经费"))], note="政数局's item")
Q("trap", "特校的孤残儿童康复和特殊教育经费", expect="not_found", absent=[T.yuan(other(FL, "孤残儿童康复和特殊教育经费"))],
  note="社会福利中心's item")
Q("trap", "大岭山的森林公园和湿地公园建设补助有多少", expect="not_found",
  absent=[T.yuan(other(LY, "森林公园和湿地公园建设补助"))], note="林业局's item")
Q("trap", "智慧校园信息化建设经费是多少", expect="ok_or_clarify", note="职院 and 特校 share the name", scope="mixed")
Q("trap", "森林火灾受害率定的多少", expect="ok_or_clarify", note="应急局, 林业局 and 大岭山 share the indicator",
  scope="mixed")
Q("trap", "信访局的舆情监测经费，不要网信办的", [T.yuan(other(XF, "信访舆情监测和分析研判经费"))], ["信访舆情监测和分析研判经费"],
  absent=[amt(W6, YUQING)], note="信访局 2026", scope="mixed")
Q("trap", "林业局的自然教育和林业宣传经费多少，别跟大岭山的弄混", [T.yuan(other(LY, "自然教育和林业宣传经费"))],
  ["自然教育和林业宣传经费"], absent=[amt(DL, "自然教育和科普活动经费")], note="林业局 2026; 大岭山 1537300 is 800 apart",
  scope="mixed")

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
out = HERE.parent / "batch_35.jsonl"
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
