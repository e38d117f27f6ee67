"""Write tests/blind/batch_31.jsonl (160 questions) from the tables alone (truth31.py).

Figures are computed from the stored values (Decimal, ROUND_HALF_UP); prose figures are asserted to be in their
table's goals; every absent is asserted to be a value somebody holds and not a figure of the line; look-alike pairs
are asserted close (≤ 1000 元) and different; thresholds are asserted not to sit on a value they filter; the scope
of each line is appended to its note. Re-running gives a byte-identical file.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import truth31 as T  # noqa: E402
from truth31 import D, pct, q2, total, wan, yuan  # noqa: E402

A = T.load()
DG = T.dg2026(A)
FY, FY5, ZY, BDC, BWG = (A[s] for s in T.NEW)
BY = {t["department"]: t for t in DG}
OUT = HERE.parent / "batch_31.jsonl"


def amt(t, name):
    return T.task(t, name)["amount"]


def Y(t, name):
    return yuan(amt(t, name))


def IV(t, name, period=False):
    return T.indicator(t, name)["period_value" if period else "annual_value"]


def B(t, line):
    return wan(t["budget"][line])


def ppl(t):
    return t["basic_info"]["财政供养人员数"]


def goal(t, phrase):
    g = "".join(t["goals"])
    assert phrase in g, phrase
    for x in t["tasks"]:
        assert phrase not in x["name"], phrase
    return phrase.lstrip("约超")


def rank(key, dept, among=None):
    rows = sorted(among or DG, key=key, reverse=True)
    vals = [key(t) for t in rows]
    i = [t["department"] for t in rows].index(dept)
    assert vals.count(vals[i]) == 1, dept
    return f"#{i + 1}"


def named(word):
    return [(x, t) for t in DG for x in t["tasks"] if word in x["name"]]


ALLSTORED = set()
for t in A.values():
    for x in t["tasks"]:
        ALLSTORED.add(yuan(x["amount"]))
    for v in t["budget"].values():
        ALLSTORED.add(wan(v))
    if t["kind"] == "department" and t["budget"]:
        ALLSTORED.add(wan(total(t)))
    for i in t["indicators"]:
        ALLSTORED.update([i["period_value"], i["annual_value"]])
ALLGOALS = "".join(g for t in A.values() for g in t["goals"])

ROWS = []
SCOPE = Counter()


def Q(cat, q, expect="ok", figures=(), names=(), yesno=None, absent=(), fu=False, note="", scope="new"):
    n = len(ROWS) + 1
    rid = f"b31-{n:03d}"
    figures, names, absent = list(figures), list(names), list(absent)
    for x in absent:
        assert x not in figures, (rid, x)
        assert x in ALLSTORED or x in ALLGOALS, (rid, x)
    if expect in ("not_found", "ok_or_clarify"):
        assert not figures and not names, rid
    SCOPE[scope] += 1
    ROWS.append({"id": rid, "q": q, "category": "followup" if fu else cat, "expect": expect, "figures": figures,
                 "names": names, "yesno": yesno, "absent": absent,
                 "followup_of": f"b31-{n - 1:03d}" if fu else None, "note": f"{note} [scope: {scope}]"})
    return rid


def close(a, b):
    assert 0 < abs(D(a) - D(b)) <= 1000, (a, b)


WJ = BY["东莞市卫生健康局"]
ZR = BY["东莞市自然资源局"]
WG = BY["东莞市文化广电旅游体育局"]
JY = BY["东莞市教育局"]
RS = BY["东莞市人力资源和社会保障局"]
FL = BY["东莞市妇女联合会"]
DA = BY["东莞市档案局"]
GJJ = BY["东莞市住房公积金管理中心"]
KX = BY["东莞市科学技术协会"]
XZ = BY["东莞市中心血站"]
ZS = BY["东莞市政务服务和数据管理局"]
for a, b in [(amt(FY, "出生缺陷综合防治和产前筛查经费"), amt(WJ, "妇幼健康服务项目经费")),
             (amt(FY, "妇幼健康信息化建设经费"), amt(WJ, "卫生健康信息化建设经费")),
             (amt(FY, "“两癌”筛查和妇女保健服务经费"), amt(FL, "“两癌”困难妇女救助经费")),
             (amt(FY, "人类母乳库建设经费"), amt(XZ, "稀有血型血液库建设经费")),
             (amt(ZY, "学生资助和奖助学金经费"), amt(RS, "技工院校学生资助经费")),
             (amt(ZY, "现代产业学院和产教融合实训基地建设经费"), amt(JY, "职业教育产教融合专项")),
             (amt(BDC, "不动产登记信息平台升级和运维经费"), amt(ZR, "不动产登记信息化建设经费")),
             (amt(BDC, "地籍测绘和权属调查外业经费"), amt(ZR, "测绘地理信息服务经费")),
             (amt(BWG, "基本陈列提升改造和临时展览经费"), amt(DA, "档案馆新馆布展和配套设施建设经费")),
             (amt(BWG, "藏品征集和文物保护修复经费"), amt(WG, "文物保护修缮经费")),
             (amt(BWG, "流动博物馆和非遗展示进基层经费"), amt(WG, "非物质文化遗产保护传承经费")),
             (amt(BDC, "不动产登记政策宣传经费"), amt(ZR, "自然资源法治宣传培训经费")),
             (amt(ZY, "招生就业和校企合作经费"), amt(RS, "人社政策宣传经费"))]:
    close(a, b)
counts = Counter(x["amount"] for t in A.values() for x in t["tasks"])
for s in T.NEW:
    for x in A[s]["tasks"]:
        assert counts[x["amount"]] == 1, x
    zj = [x["amount"] for x in A[s]["tasks"] if x["name"].startswith("镇街")]
    assert zj == [A[s]["budget"]["拟用于对下转移支付资金"] * 10000], s
    assert sum(x["amount"] for x in A[s]["tasks"]) <= A[s]["budget"]["项目支出"] * 10000, s

# ============================================================== item_money (15) + follow-ups
Q("item_money", "妇幼保健院今年买医疗设备的钱安排了多少？", figures=[Y(FY, "医疗设备购置和更新经费")],
  names=["医疗设备购置和更新经费"], note="妇幼 2026 医疗设备购置和更新经费 (2025's is the follow-up)")
Q("item_money", "那去年呢？", figures=[Y(FY5, "医疗设备购置和更新经费")], fu=True, note="2025 same item")
Q("item_money", "市妇幼做产前筛查、出生缺陷防治那块的经费是多少钱", figures=[Y(FY, "出生缺陷综合防治和产前筛查经费")],
  names=["出生缺陷综合防治和产前筛查经费"], absent=[Y(WJ, "妇幼健康服务项目经费")],
  note="look-alike 卫健局 妇幼健康服务项目经费 700 元 apart")
Q("item_money", "妇幼保健院搞信息化一年花多少", figures=[Y(FY, "妇幼健康信息化建设经费")],
  names=["妇幼健康信息化建设经费"], absent=[Y(WJ, "卫生健康信息化建设经费")], note="look-alike 卫健局 18750000")
Q("item_money", "妇幼院“两癌”筛查那笔钱有多少？别跟妇联的两癌救助搞混了", figures=[Y(FY, "“两癌”筛查和妇女保健服务经费")],
  names=["“两癌”筛查和妇女保健服务经费"], absent=[Y(FL, "“两癌”困难妇女救助经费")], note="look-alike 妇联 1950600")
Q("item_money", "东莞职院给学生发的资助和奖助学金一年多少钱", figures=[Y(ZY, "学生资助和奖助学金经费")],
  names=["学生资助和奖助学金经费"], absent=[Y(RS, "技工院校学生资助经费")], note="look-alike 人社局 技工院校学生资助经费")
Q("item_money", "人社局技工院校那个学生资助呢？", figures=[Y(RS, "技工院校学生资助经费")], names=["技工院校学生资助经费"],
  absent=[Y(ZY, "学生资助和奖助学金经费")], fu=True, note="人社局's item", scope="mixed")
Q("item_money", "职院产教融合实训基地那笔钱多少", figures=[Y(ZY, "现代产业学院和产教融合实训基地建设经费")],
  names=["现代产业学院和产教融合实训基地建设经费"], absent=[Y(JY, "职业教育产教融合专项")],
  note="look-alike 教育局 职业教育产教融合专项 64200000")
Q("item_money", "职业技术学院老师培训、师资队伍建设的经费有多少", figures=[Y(ZY, "教师队伍建设和师资培训经费")],
  names=["教师队伍建设和师资培训经费"], absent=[Y(JY, "教师队伍建设")], note="教育局 教师队伍建设 98600000 (10x)")
Q("item_money", "职院新校区二期的配套设施要投多少钱", figures=[Y(ZY, "新校区二期工程配套设施建设经费")],
  names=["新校区二期工程配套设施建设经费"], note="")
Q("item_money", "不动产登记中心信息平台升级和运维的钱是多少", figures=[Y(BDC, "不动产登记信息平台升级和运维经费")],
  names=["不动产登记信息平台升级和运维经费"], absent=[Y(ZR, "不动产登记信息化建设经费")], note="look-alike 自然资源局 12680000")
Q("item_money", "自然资源局那个不动产登记信息化的呢", figures=[Y(ZR, "不动产登记信息化建设经费")],
  names=["不动产登记信息化建设经费"], absent=[Y(BDC, "不动产登记信息平台升级和运维经费")], fu=True,
  note="自然资源局's item", scope="mixed")
Q("item_money", "不动产中心地籍测绘和权属调查的外业费多少", figures=[Y(BDC, "地籍测绘和权属调查外业经费")],
  names=["地籍测绘和权属调查外业经费"], absent=[Y(ZR, "测绘地理信息服务经费")], note="look-alike 自然资源局 7925000")
Q("item_money", "登记中心窗口外包请人的钱一年要多少", figures=[Y(BDC, "登记窗口服务外包和人员劳务经费")],
  names=["登记窗口服务外包和人员劳务经费"], note="described by use")
Q("item_money", "市博物馆基本陈列改造加临时展览的经费是多少", figures=[Y(BWG, "基本陈列提升改造和临时展览经费")],
  names=["基本陈列提升改造和临时展览经费"], absent=[Y(DA, "档案馆新馆布展和配套设施建设经费")],
  note="look-alike 档案局 新馆布展 15936400")
Q("item_money", "博物馆征集藏品、修文物的钱有多少", figures=[Y(BWG, "藏品征集和文物保护修复经费")],
  names=["藏品征集和文物保护修复经费"], absent=[Y(WG, "文物保护修缮经费")], note="look-alike 文广旅体局 5860000")
Q("item_money", "博物馆给镇街博物馆和村史馆的补助有多少", figures=[Y(BWG, "镇街博物馆和村史馆建设补助")],
  names=["镇街博物馆和村史馆建设补助"], note="= 对下 236.00万元")
Q("item_money", "妇幼保健院建母乳库要花多少钱", figures=[Y(FY, "人类母乳库建设经费")], names=["人类母乳库建设经费"],
  absent=[Y(XZ, "稀有血型血液库建设经费")], note="look-alike 血站 稀有血型血液库建设经费 2864300")

# ============================================================== indicator (13) + follow-ups
Q("indicator", "妇幼保健院产前筛查例数今年的年度指标是多少", figures=[IV(FY, "产前筛查例数")], names=["产前筛查例数"],
  absent=[IV(WJ, "免费产前筛查例数")], note="annual; period ≥18万例; 卫健局 免费产前筛查例数 ≥65000例")
Q("indicator", "实施周期的呢？", figures=[IV(FY, "产前筛查例数", True)], fu=True, note="period value")
Q("indicator", "市妇幼的婴儿死亡率指标定的多少", figures=[IV(FY, "婴儿死亡率")], names=["婴儿死亡率"],
  absent=[IV(WJ, "婴儿死亡率")], note="卫健局 has the same name ≤3‰")
Q("indicator", "妇幼院危重孕产妇转诊接诊，响应时间要求多久", figures=[IV(FY, "危重孕产妇转诊接诊响应时间")],
  names=["危重孕产妇转诊接诊响应时间"])
Q("indicator", "职院毕业生本地就业率的指标是多少", figures=[IV(ZY, "毕业生本地就业率")], names=["毕业生本地就业率"],
  absent=[IV(JY, "职业院校毕业生本地就业率")], note="教育局 职业院校毕业生本地就业率 ≥70%")
Q("indicator", "职院社会培训今年要做多少人次？整个实施周期呢？",
  figures=[IV(ZY, "开展社会培训"), IV(ZY, "开展社会培训", True)], names=["开展社会培训"], note="two asks: annual, period")
Q("indicator", "东莞职院国家助学金平均资助标准是多少", figures=[IV(ZY, "国家助学金平均资助标准")],
  names=["国家助学金平均资助标准"])
Q("indicator", "职院新校区二期配套设施什么时候交付使用", figures=[IV(ZY, "新校区二期配套设施交付使用时间")],
  names=["新校区二期配套设施交付使用时间"])
Q("indicator", "不动产登记中心一般登记的办理时限是多少", figures=[IV(BDC, "一般登记办理时限")], names=["一般登记办理时限"],
  absent=[IV(ZR, "不动产一般登记办理时限")], note="自然资源局 不动产一般登记办理时限 ≤3个工作日")
Q("indicator", "登记中心档案数字化每卷成本控制在多少", figures=[IV(BDC, "登记档案数字化单卷成本")],
  names=["登记档案数字化单卷成本"], absent=[IV(GJJ, "业务档案数字化单卷成本")], note="公积金中心 ≤6元/卷")
Q("indicator", "不动产中心办事群众满意度的目标值是多少", figures=[IV(BDC, "办事群众满意度")], names=["办事群众满意度"],
  absent=[IV(ZR, "办事群众满意度"), IV(ZS, "办事群众满意度")], note="自然资源局 ≥95%, 政数局 ≥96%")
Q("indicator", "博物馆今年接待观众的年度指标是多少", figures=[IV(BWG, "接待观众")], names=["接待观众"],
  absent=[IV(KX, "科技馆接待观众")], note="period ≥345万人次; 科协 科技馆接待观众 ≥120万人次")
Q("indicator", "市博物馆基本陈列什么时候重新开放", figures=[IV(BWG, "基本陈列重新开放时间")], names=["基本陈列重新开放时间"])
Q("indicator", "博物馆藏品修复单件成本多少", figures=[IV(BWG, "藏品修复单件成本")], names=["藏品修复单件成本"])

# ============================================================== overview (5) + follow-ups, structure (2)
Q("overview", "妇幼保健院今年部门预算总共多少", figures=[wan(total(FY))], note="预算合计 2026")
Q("overview", "其中财政拨款多少，其他资金多少？", figures=[B(FY, "财政拨款"), B(FY, "其他资金")], fu=True)
Q("overview", "那总预算在全市各部门里排第几", figures=[rank(total, "东莞市妇幼保健院")], fu=True,
  note="of the 72 东莞 2026 tables; 住建局 128935.71 next", scope="mixed")
Q("overview", "东莞职院部门预算多少？基本支出、项目支出各多少？",
  figures=[wan(total(ZY)), B(ZY, "基本支出"), B(ZY, "项目支出")], note="three asks")
Q("overview", "不动产登记中心财政供养的有多少人，下面有几个二级单位",
  figures=[f"#{ppl(BDC)}", f"#{BDC['basic_info']['下属二级单位数']}"])
Q("overview", "博物馆财政专项资金多少，其中拿去对下转移支付的多少",
  figures=[B(BWG, "财政专项资金"), B(BWG, "拟用于对下转移支付资金")])
Q("overview", "職業技術學院其他事業發展性支出是多少", figures=[B(ZY, "其他事业发展性支出")], note="traditional characters")
Q("structure", "妇幼保健院的满意度指标有哪几个",
  names=[i["level3"] for i in FY["indicators"] if i["level2"] == "服务对象满意度"])
Q("structure", "不动产登记中心的时效指标都有哪些", names=[i["level3"] for i in BDC["indicators"] if i["level2"] == "时效指标"])

# ============================================================== prose (18) + follow-up
Q("prose", "妇幼保健院一年救治危重孕产妇和新生儿大概多少例", figures=[goal(FY, "约2600例")], note="goal only")
Q("prose", "市妇幼全年门诊量大概多少人次", figures=[goal(FY, "约210万人次")], note="goal only")
Q("prose", "母乳库建好以后，妇幼保健院一年能收到多少捐赠母乳", figures=[goal(FY, "约1200升")], note="goal only")
Q("prose", "妇幼院总体目标里今年产前筛查要做多少例", figures=[goal(FY, "约6.8万例")],
  note="goal; indicator counterpart 产前筛查例数 ≥6.2万例")
Q("prose", "目标里说妇幼保健院NICU床位新增多少张", figures=[goal(FY, "约30张")],
  note="goal; indicator 新增新生儿重症监护床位 ≥20张")
Q("prose", "东莞职院在校生大概有多少人", figures=[goal(ZY, "约2.5万人")], note="goal; indicator 全日制在校生 ≥2.4万人")
Q("prose", "那绩效指标里写的是多少", figures=[IV(ZY, "全日制在校生")], names=["全日制在校生"], fu=True, note="indicator")
Q("prose", "职院跟多少家企业搞了校企合作", figures=[goal(ZY, "约520家")], note="goal only")
Q("prose", "职院毕业生留在东莞就业的大概有多少人", figures=[goal(ZY, "约5200人")], note="goal only (留莞)")
Q("prose", "新校区二期建完新增多少校舍面积", figures=[goal(ZY, "约8.6万平方米")], note="goal only")
Q("prose", "职院总体目标里社会培训要超过多少人次", figures=[goal(ZY, "超3.2万人次")],
  note="goal; indicator 开展社会培训 ≥3万人次")
Q("prose", "不动产登记中心目标里一年要办多少件登记业务", figures=[goal(BDC, "约45万件")],
  note="goal; indicator 办理不动产登记业务 ≥42万件")
Q("prose", "不动产登记中心抵押登记一年大概多少件", figures=[goal(BDC, "约16万件")], note="goal only")
Q("prose", "不动产登记档案累计数字化了多少卷", figures=[goal(BDC, "约380万卷")],
  note="goal only; not the year's 约55万卷 nor the indicator ≥50万卷")
Q("prose", "不动产登记中心把登记服务延伸到了多少个银行网点", figures=[goal(BDC, "约210个")], note="goal only")
Q("prose", "市博物馆馆藏文物一共有多少件", figures=[goal(BWG, "约2.3万件")], note="goal only (约2.3万件（套）)")
Q("prose", "博物馆目标里今年接待观众多少人次", figures=[goal(BWG, "约128万人次")], absent=[IV(KX, "科技馆接待观众")],
  note="goal; indicator 接待观众 ≥115万人次")
Q("prose", "博物馆搞社教活动，参与的青少年大概多少人次", figures=[goal(BWG, "约8万人次")], note="goal only")
Q("prose", "博物馆指导的镇街博物馆和村史馆有多少个", figures=[goal(BWG, "约36个")], note="goal only")

# ============================================================== filter (8) + follow-up
big = [x["name"] for x in FY["tasks"] if x["amount"] > 30000000]
assert all(x["amount"] != 30000000 for x in FY["tasks"])
Q("filter", "妇幼保健院哪些经费超过三千万", names=big)
Q("filter", "职院不到三百万的经费有哪几笔", names=[x["name"] for x in ZY["tasks"] if x["amount"] < 3000000])
mid = [x for x in BDC["tasks"] if 2000000 <= x["amount"] <= 5000000]
Q("filter", "不动产登记中心两百万到五百万之间的经费有哪些", names=[x["name"] for x in mid])
Q("filter", "这几项加起来多少", figures=[yuan(sum(x["amount"] for x in mid))], fu=True)
Q("filter", "博物馆一百万以下的支出项目", names=[x["name"] for x in BWG["tasks"] if x["amount"] < 1000000])
Q("filter", "职院哪些指标实施周期和年度值不一样",
  names=[i["level3"] for i in ZY["indicators"] if i["period_value"] != i["annual_value"]])
Q("filter", "不动产登记中心哪些指标没有数字、只是文字描述的",
  names=[i["level3"] for i in BDC["indicators"] if not any(c.isdigit() for c in i["annual_value"])])
Q("filter", "全市预算在12个亿到13个亿之间的部门有哪些",
  names=[t["department"] for t in sorted(DG, key=total, reverse=True) if 120000 <= total(t) <= 130000], scope="mixed")
Q("filter", "财政供养人员在600到1200人之间的部门有哪些",
  names=[t["department"] for t in sorted(DG, key=ppl, reverse=True) if 600 <= ppl(t) <= 1200], scope="mixed")

# ============================================================== count (8) + follow-ups
key = [x for x in FY["tasks"] if x["section"] == "年度重点工作任务"]
Q("count", "妇幼保健院今年几项任务？重点任务几项？", figures=[f"#{len(FY['tasks'])}", f"#{len(key)}"])
Q("count", "重点任务加起来多少钱", figures=[yuan(sum(x["amount"] for x in key))], fu=True)
Q("count", "占全部任务的百分之几", figures=[pct(sum(x["amount"] for x in key) / sum(x["amount"] for x in FY["tasks"]) * 100)],
  fu=True)
Q("count", "职院一共多少个绩效指标", figures=[f"#{len(ZY['indicators'])}"])
Q("count", "不动产登记中心数量指标有几个", figures=[f"#{sum(i['level2'] == '数量指标' for i in BDC['indicators'])}"])
Q("count", "全市今年报了部门整体绩效目标表的一共有几个部门", figures=[f"#{len(DG)}"], scope="mixed",
  note="72 东莞 2026 tables")
Q("count", "全市名字里带“档案”的经费有几笔", figures=[f"#{len(named('档案'))}"], scope="mixed", note="literal substring")
Q("count", "全市财政供养人员超过一千人的部门有几家", figures=[f"#{sum(ppl(t) > 1000 for t in DG)}"], scope="mixed")
Q("count", "全市预算超过5个亿的部门有几个", figures=[f"#{sum(total(t) > 50000 for t in DG)}"], scope="mixed")
Q("count", "博物馆数量指标几个", figures=[f"#{sum(i['level2'] == '数量指标' for i in BWG['indicators'])}"])

# ============================================================== aggregate (9) + follow-up
fsum = sum(x["amount"] for x in FY["tasks"])
Q("aggregate", "妇幼保健院所有任务加起来多少钱", figures=[yuan(fsum)])
Q("aggregate", "占它项目支出多大比例", figures=[pct(fsum / (FY["budget"]["项目支出"] * 10000) * 100)], fu=True)
Q("aggregate", "职院三项重点任务合计多少",
  figures=[yuan(sum(x["amount"] for x in ZY["tasks"] if x["section"] == "年度重点工作任务"))])
Q("aggregate", "不动产登记中心和博物馆的预算加起来是多少", figures=[wan(total(BDC) + total(BWG))])
Q("aggregate", "妇幼保健院、职院、不动产登记中心、博物馆这四家预算一共多少",
  figures=[wan(total(FY) + total(ZY) + total(BDC) + total(BWG))])
Q("aggregate", "全市各部门预算加起来一共多少", figures=[wan(sum(total(t) for t in DG))], scope="mixed")
Q("aggregate", "妇幼保健院其他资金占预算合计的比例是多少", figures=[pct(FY["budget"]["其他资金"] / total(FY) * 100)])
Q("aggregate", "博物馆平均每项任务多少钱", figures=[f"{q2(sum(x['amount'] for x in BWG['tasks']) / len(BWG['tasks']))}元"])
Q("aggregate", "全市名字里带“登记”的经费一共多少", figures=[yuan(sum(x["amount"] for x, _ in named("登记")))],
  scope="mixed", note="literal substring (国资委 国有资产统计和产权登记经费 included)")
Q("aggregate", "职院对下转移支付占财政专项资金的比例",
  figures=[pct(ZY["budget"]["拟用于对下转移支付资金"] / ZY["budget"]["财政专项资金"] * 100)])

# ============================================================== ranking (11) + follow-ups
Q("ranking", "职院的预算在全市各部门排第几", figures=[rank(total, "东莞职业技术学院")], scope="mixed",
  note="林业局 60239.81 just above")
Q("ranking", "不动产登记中心预算排第几", figures=[rank(total, "东莞市不动产登记中心")], scope="mixed",
  note="人防办 15908.64 just above")
Q("ranking", "那人数呢", figures=[rank(ppl, "东莞市不动产登记中心")], fu=True, scope="mixed")
Q("ranking", "博物舘预算在全市排老几", figures=[rank(total, "东莞市博物馆")], scope="mixed", note="舘 for 馆; 档案局 just above")
oz = sorted(DG, key=lambda t: t["budget"]["其他资金"], reverse=True)
Q("ranking", "全市其他资金最多的是哪个部门", figures=[B(oz[0], "其他资金")], names=[oz[0]["department"]], scope="mixed")
Q("ranking", "全市财政供养人员职院排第几", figures=[rank(ppl, "东莞职业技术学院")], scope="mixed")
px = sorted(named("培训"), key=lambda p: p[0]["amount"], reverse=True)
assert px[0][0]["amount"] != px[1][0]["amount"]
Q("ranking", "全市名字带“培训”的经费里哪笔最多", figures=[yuan(px[0][0]["amount"])], names=[px[0][0]["name"]],
  scope="mixed", note="党校's; second 职院 9860700")
four = sorted([FY, ZY, BDC, BWG], key=total, reverse=True)
Q("ranking", "妇幼保健院、职院、不动产中心、博物馆四家按预算从高到低排一下",
  figures=[wan(total(t)) for t in four], names=[t["department"] for t in four])
bw = sorted(BWG["tasks"], key=lambda x: x["amount"], reverse=True)
Q("ranking", "博物馆哪项经费最多", figures=[yuan(bw[0]["amount"])], names=[bw[0]["name"]])
Q("ranking", "最少的呢", figures=[yuan(bw[-1]["amount"])], names=[bw[-1]["name"]], fu=True)
sz = sorted(named("数字化"), key=lambda p: p[0]["amount"], reverse=True)
Q("ranking", "全市名字里带“数字化”的经费哪个最多", figures=[yuan(sz[0][0]["amount"])], names=[sz[0][0]["name"]],
  scope="mixed",
  note="工信局's; 不动产 6380900 is the largest of the new tables")
jb = sorted(DG, key=lambda t: t["budget"]["基本支出"], reverse=True)[:3]
Q("ranking", "全市基本支出排前三的是哪几个部门", figures=[B(t, "基本支出") for t in jb], names=[t["department"] for t in jb],
  scope="mixed")
Q("ranking", "职院项目支出在全市排第几", figures=[rank(lambda t: t["budget"]["项目支出"], "东莞职业技术学院")], scope="mixed")

# ============================================================== compare (11)
ZJ, LY, RF, TG, CG = (BY[n] for n in ("东莞市住房和城乡建设局", "东莞市林业局", "东莞市人民防空办公室", "东莞图书馆",
                                      "东莞市城市管理和综合执法局"))
Q("compare", "妇幼保健院比住建局预算多多少", figures=[wan(total(FY) - total(ZJ)), wan(total(FY)), wan(total(ZJ))],
  scope="mixed")
Q("compare", "职院和林业局预算差多少", figures=[wan(total(LY) - total(ZY)), wan(total(ZY)), wan(total(LY))], scope="mixed")
Q("compare", "不动产登记中心和人防办哪个预算多，差多少",
  figures=[wan(total(RF) - total(BDC)), wan(total(BDC)), wan(total(RF))], names=["人民防空办公室"], scope="mixed")
Q("compare", "博物馆和档案局预算差多少", figures=[wan(total(DA) - total(BWG)), wan(total(BWG)), wan(total(DA))],
  scope="mixed")
Q("compare", "妇幼的产前筛查经费比卫健局妇幼健康服务项目经费多多少",
  figures=[yuan(amt(FY, "出生缺陷综合防治和产前筛查经费") - amt(WJ, "妇幼健康服务项目经费")),
           Y(FY, "出生缺陷综合防治和产前筛查经费"), Y(WJ, "妇幼健康服务项目经费")], scope="mixed")
Q("compare", "不动产中心平台升级运维经费跟自然资源局不动产登记信息化经费差多少",
  figures=[yuan(amt(BDC, "不动产登记信息平台升级和运维经费") - amt(ZR, "不动产登记信息化建设经费")),
           Y(BDC, "不动产登记信息平台升级和运维经费"), Y(ZR, "不动产登记信息化建设经费")], scope="mixed")
Q("compare", "博物馆征集修复文物的经费比文广旅体局文物保护修缮经费多多少",
  figures=[yuan(amt(BWG, "藏品征集和文物保护修复经费") - amt(WG, "文物保护修缮经费")),
           Y(BWG, "藏品征集和文物保护修复经费"), Y(WG, "文物保护修缮经费")], scope="mixed")
Q("compare", "职院人数比城管局少多少人", figures=[f"#{ppl(CG) - ppl(ZY)}", f"#{ppl(ZY)}", f"#{ppl(CG)}"], scope="mixed")
Q("compare", "妇幼两癌筛查经费和妇联两癌救助经费差多少",
  figures=[yuan(amt(FY, "“两癌”筛查和妇女保健服务经费") - amt(FL, "“两癌”困难妇女救助经费")),
           Y(FY, "“两癌”筛查和妇女保健服务经费"), Y(FL, "“两癌”困难妇女救助经费")], scope="mixed")
Q("compare", "博物馆跟图书馆比，预算差多少", figures=[wan(total(TG) - total(BWG)), wan(total(BWG)), wan(total(TG))],
  scope="mixed")
Q("compare", "职院的教师队伍建设经费和教育局的教师队伍建设差多少",
  figures=[yuan(amt(JY, "教师队伍建设") - amt(ZY, "教师队伍建设和师资培训经费")), Y(ZY, "教师队伍建设和师资培训经费"),
           Y(JY, "教师队伍建设")], scope="mixed")

# ============================================================== yesno (15)
assert total(FY) > 120000
Q("yesno", "妇幼保健院预算是不是超过１２亿了", yesno="是", figures=[wan(total(FY))], note="full-width digits")
Q("yesno", "职院毕业生就业去向落实率要求是不是95%以上", yesno="是", figures=[IV(ZY, "毕业生就业去向落实率")])
Q("yesno", "不动产一般登记是不是3个工作日以内就能办完", yesno="是", figures=[IV(BDC, "一般登记办理时限")],
  note="≤2个工作日 is within 3")
Q("yesno", "妇幼保健院的母乳库7月前能建成吗", yesno="是", figures=[IV(FY, "人类母乳库建成时间")])
Q("yesno", "博物馆基本陈列9月底前能重新开放吗", yesno="是", figures=[IV(BWG, "基本陈列重新开放时间")])
Q("yesno", "职院新校区二期是不是8月15号前就交付", yesno="否", figures=[IV(ZY, "新校区二期配套设施交付使用时间")])
Q("yesno", "不动产登记中心的钱是不是全是财政拨款", yesno="否", figures=[B(BDC, "其他资金")])
Q("yesno", "职院预算是不是比林业局多", yesno="否", figures=[wan(total(ZY)), wan(total(LY))], scope="mixed")
Q("yesno", "妇幼保健院财政供养人员是不是超过一千人", yesno="是", figures=[f"#{ppl(FY)}"])
assert max(x["amount"] for x in BWG["tasks"]) < 20000000
Q("yesno", "博物馆有没有哪笔经费超过两千万", yesno="否", figures=[yuan(bw[0]["amount"])])
Q("yesno", "妇幼保健院产前筛查人均成本是不是控制在200元以内", yesno="是", figures=[IV(FY, "产前筛查人均成本")])
Q("yesno", "登记档案数字化每卷成本是不是不超过5块钱", yesno="否", figures=[IV(BDC, "登记档案数字化单卷成本")])
Q("yesno", "职院毕业生双证书获取率的指标值是90%吗", yesno="否", figures=[IV(ZY, "毕业生“双证书”获取率")],
  note="the printed value is ≥92%; 教育局's 中职学校毕业生“双证书”获取率 is ≥90%")
least = min(DG, key=total)
Q("yesno", "博物馆是不是全市预算最少的部门", yesno="否", figures=[wan(total(BWG)), wan(total(least))],
  names=[least["department"]], scope="mixed")
Q("yesno", "妇幼保健院是不是全市其他资金最多的", yesno="是", figures=[B(FY, "其他资金")], scope="mixed")

# ============================================================== yoy (15) + follow-up
Q("yoy", "妇幼保健院去年预算多少", figures=[wan(total(FY5))])
Q("yoy", "妇幼保健院今年预算比去年多了多少", figures=[wan(total(FY) - total(FY5)), wan(total(FY)), wan(total(FY5))])
Q("yoy", "增长了百分之几", figures=[pct((total(FY) - total(FY5)) / total(FY5) * 100)], fu=True)
Q("yoy", "妇幼去年两癌筛查经费多少", figures=[Y(FY5, "“两癌”筛查和妇女保健服务经费")], names=["“两癌”筛查和妇女保健服务经费"])
Q("yoy", "婦幼保健院醫療設備購置經費比去年多多少",
  figures=[yuan(amt(FY, "医疗设备购置和更新经费") - amt(FY5, "医疗设备购置和更新经费")), Y(FY, "医疗设备购置和更新经费"),
           Y(FY5, "医疗设备购置和更新经费")], note="traditional characters")
new = [x for x in FY["tasks"] if x["name"] not in {y["name"] for y in FY5["tasks"]}]
Q("yoy", "妇幼保健院今年新增了哪项任务", figures=[yuan(amt(FY, "人类母乳库建设经费"))], names=["人类母乳库建设经费"],
  note="the rename (危重… → 孕产妇和新生儿危急重症…) is not new")
Q("yoy", "危重孕产妇和新生儿救治中心那笔去年安排了多少", figures=[Y(FY5, "危重孕产妇和新生儿救治中心建设经费")],
  names=["危重孕产妇和新生儿救治中心建设经费"], note="2025 name")
Q("yoy", "那个救治中心建设经费今年改名了吗？今年多少", figures=[Y(FY, "孕产妇和新生儿危急重症救治中心建设经费")],
  names=["孕产妇和新生儿危急重症救治中心建设经费"], note="renamed")
Q("yoy", "救治中心建设经费今年比去年多多少",
  figures=[yuan(amt(FY, "孕产妇和新生儿危急重症救治中心建设经费") - amt(FY5, "危重孕产妇和新生儿救治中心建设经费")),
           Y(FY, "孕产妇和新生儿危急重症救治中心建设经费"), Y(FY5, "危重孕产妇和新生儿救治中心建设经费")], note="across the rename")
Q("yoy", "妇幼保健院去年有几项任务，一共多少钱", figures=[f"#{len(FY5['tasks'])}", yuan(sum(x["amount"] for x in FY5["tasks"]))])
Q("yoy", "妇幼保健院产前筛查例数去年的年度指标是多少", figures=[IV(FY5, "产前筛查例数")], names=["产前筛查例数"])
Q("yoy", "出生缺陷防治能力这个指标去年是怎么写的", figures=[IV(FY5, "出生缺陷防治能力")], names=["出生缺陷防治能力"])
changed = [i["level3"] for i in FY5["indicators"] if i["annual_value"] != IV(FY, i["level3"])]
Q("yoy", "妇幼保健院哪些指标的年度值跟去年不一样", names=changed)
Q("yoy", "妇幼保建院去年财政供养人员多少，今年多少", figures=[f"#{ppl(FY5)}", f"#{ppl(FY)}"], note="建 for 健")
Q("yoy", "去年目标里妇幼保健院产前筛查是多少例", figures=[goal(FY5, "约6.1万例")], note="2025 goal; indicator ≥5.6万例")
Q("yoy", "妇幼保健院给镇街的妇幼补助去年是多少", figures=[Y(FY5, "镇街妇幼健康服务网络建设补助")],
  names=["镇街妇幼健康服务网络建设补助"])

# ============================================================== not_found (7) + follow-up
Q("not_found", "妇幼保健院２０２４年的预算是多少", expect="not_found", absent=[wan(total(FY5)), wan(total(FY))],
  note="2024 not loaded; full-width digits")
Q("not_found", "那2025年的呢", figures=[wan(total(FY5))], fu=True)
Q("not_found", "职院2025年的学生资助经费是多少", expect="not_found", absent=[Y(ZY, "学生资助和奖助学金经费")],
  note="职院 2025 not loaded")
Q("not_found", "不动产登记中心去年的预算多少", expect="not_found", absent=[wan(total(BDC))], note="2025 not loaded")
Q("not_found", "广州市妇幼保健院今年预算多少", expect="not_found", absent=[wan(total(FY))], scope="not loaded")
Q("not_found", "东莞理工学院部门预算是多少", expect="not_found", absent=[wan(total(ZY))], scope="not loaded")
Q("not_found", "深圳市不动产登记中心今年的预算", expect="not_found", absent=[wan(total(BDC))], scope="not loaded")
assert not any("进出境" in x["name"] for t in A.values() for x in t["tasks"])
Q("not_found", "博物馆文物进出境审核的经费有多少", expect="not_found", note="no such item anywhere")

# ============================================================== trap (8)
Q("trap", "妇幼保健院的家庭医生签约服务补助是多少", expect="not_found", absent=[Y(WJ, "家庭医生签约服务补助")],
  note="卫健局's item", scope="mixed")
Q("trap", "不动产登记中心的耕地保护经费有多少", expect="not_found", absent=[Y(ZR, "耕地保护与垦造水田项目经费")],
  note="自然资源局's item", scope="mixed")
Q("trap", "卫健局的母乳库建设经费多少", expect="not_found", absent=[Y(FY, "人类母乳库建设经费")], note="妇幼's item",
  scope="mixed")
Q("trap", "文广旅体局的非遗保护传承经费多少？别跟博物馆那个非遗进基层的搞混", figures=[Y(WG, "非物质文化遗产保护传承经费")],
  names=["非物质文化遗产保护传承经费"], absent=[Y(BWG, "流动博物馆和非遗展示进基层经费")], scope="mixed",
  note="博物馆 2485400 is 400 元 away")
Q("trap", "卫健局的婴儿死亡率指标是多少", figures=[IV(WJ, "婴儿死亡率")], names=["婴儿死亡率"], absent=[IV(FY, "婴儿死亡率")],
  scope="mixed")
Q("trap", "自然资源局的不动产一般登记办理时限是多少", figures=[IV(ZR, "不动产一般登记办理时限")],
  names=["不动产一般登记办理时限"], absent=[IV(BDC, "一般登记办理时限")], scope="mixed")
Q("trap", "婴儿死亡率指标是多少", expect="ok_or_clarify", note="卫健局 ≤3‰ and 妇幼保健院 ≤2.5‰", scope="mixed")
Q("trap", "办事群众满意度要求多少", expect="ok_or_clarify", note="自然资源局 ≥95%, 政数局 ≥96%, 不动产登记中心 ≥97%",
  scope="mixed")

# ============================================================== write
assert len(ROWS) == 160, len(ROWS)
cats = Counter(r["category"] for r in ROWS)
OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in ROWS), encoding="utf-8")
print(f"{len(ROWS)} questions → {OUT}")
print("scope:", dict(SCOPE))
order = ["item_money", "indicator", "overview", "structure", "prose", "filter", "count", "aggregate", "ranking",
         "compare", "yesno", "yoy", "not_found", "trap", "followup"]
print("| category | total | ok | not_found | clarify | ok_or_clarify |")
print("| --- | --- | --- | --- | --- | --- |")
for c in order:
    rs = [r for r in ROWS if r["category"] == c]
    e = Counter(r["expect"] for r in rs)
    print(f"| {c} | {len(rs)} | {e['ok']} | {e['not_found']} | {e['clarify']} | {e['ok_or_clarify']} |")
e = Counter(r["expect"] for r in ROWS)
print(f"| **total** | **{len(ROWS)}** | {e['ok']} | {e['not_found']} | {e['clarify']} | {e['ok_or_clarify']} |")
