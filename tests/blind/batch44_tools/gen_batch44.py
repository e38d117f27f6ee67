"""Write tests/blind/batch_44.jsonl (160 questions) from the tables alone (truth44.py).

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

import truth44 as T  # noqa: E402

A = T.load()
RC6, RC5, LD, YZ, YE = T.NEW  # 人才中心 2026, 人才中心 2025, 劳动监察支队, 应急执法支队, 机关幼儿园
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
    rid = f"b44-{n:03d}"
    ROWS.append({"id": rid, "q": q, "category": "followup" if fu else cat, "expect": expect,
                 "figures": list(figures), "names": list(names), "yesno": yesno, "absent": list(absent),
                 "followup_of": ROWS[-1]["id"] if fu else None, "note": f"{note} [scope: {scope}]"})


RSJ, ZZB, JYZX, YJJ, JTZF = ("东莞市人力资源和社会保障局", "中共东莞市委组织部", "东莞市公共就业服务中心", "东莞市应急管理局",
                             "东莞市交通运输综合行政执法支队")
TJ, JW, ZCY, JRJ, WSJ, BZS, TSW = ("东莞市特殊教育学校", "中共东莞市纪律检查委员会", "东莞市劳动人事争议仲裁院", "东莞市金融工作局",
                                  "东莞市外事局", "东莞市殡葬管理所", "共青团东莞市委员会")
AJ = "人才安居补贴和人才驿站运营经费"
DSJ = "人才大数据平台建设经费"
ZJ = "镇街人才服务站点补助"
RD = "高层次人才认定和服务保障经费"
XY = "校园引才和招聘活动经费"
DA5, DA6 = "流动人员人事档案管理经费", "流动人员人事档案数字化和托管服务经费"
AB = "校园安保和物业管理经费"


def other(dname, name):
    (x,) = [x for x in dept(dname)["tasks"] if x["name"] == name]
    return x["amount"]


def other_iv(dname, name, which="annual"):
    (x,) = [x for x in dept(dname)["indicators"] if x["level3"] == name]
    return x[f"{which}_value"]


# ---------------------------------------------------------------- item_money (15) + follow-ups
Q("item_money", "人才中心今年给新引进人才发安居补贴的钱有多少", [amt(RC6, AJ)], [AJ], absent=[amt(RC5, AJ)],
  note="asked by use; 人才中心 = 东莞市人才发展服务中心; 2025 33672800")
Q("item_money", "那去年呢", [amt(RC5, AJ)], [AJ], absent=[amt(RC6, AJ)], fu=True, note="人才中心 2025")
Q("item_money", "市人才中心建人才大数据平台要多少钱", [amt(RC6, DSJ)], [DSJ], note="asked by use; new in 2026")
Q("item_money", "人才发展中心给镇街人才服务站的补助多少", [amt(RC6, ZJ)], [ZJ], absent=[amt(RC5, ZJ)],
  note="= its 对下 446.00万元; 2025 4060000")
Q("item_money", "人才中心高层次人才认定那块经费", [amt(RC6, RD)], [RD],
  absent=[amt(RC5, RD), T.yuan(other(ZZB, "高层次人才服务和引才活动经费")), T.yuan(other(RSJ, "高层次人才引进培养经费"))],
  note="partial name; 2025 7936500; 组织部 高层次人才服务和引才活动经费 9472600 and 人社局 高层次人才引进培养经费 126800000 "
       "are other items")
n = "根治欠薪专项行动经费"
Q("item_money", "劳动监察支队根治欠薪专项行动的经费有多少", [amt(LD, n)], [n], note="劳动监察支队 = 东莞市劳动保障监察支队")
n = "劳动保障监察智慧监管平台建设经费"
Q("item_money", "劳動監察支隊智慧監管平台建設經費多少", [amt(LD, n)], [n], note="traditional 動 / 隊 / 監 / 設 / 經 / 費")
n = "工程建设领域工资支付监管经费"
Q("item_money", "劳动监察查工地农民工工资支付那块的钱", [amt(LD, n)], [n], note="asked by use")
n = "举报投诉受理和调解处置经费"
Q("item_money", "劳动监察支队举报投诉受理和调解处制经费", [amt(LD, n)], [n],
  absent=[T.yuan(other(JW, "信访举报受理和问题线索处置经费"))],
  note="typo 处制 (处置); 纪委 信访举报受理和问题线索处置经费 1384500 is another item")
n = "执法车辆和执法装备运行经费"
Q("item_money", "劳动监察支队的执法车辆和装备运行费", [amt(LD, n)], [n],
  absent=[T.yuan(other(JTZF, "执法执勤车辆和执法装备运行经费"))],
  note="partial name; 交通执法支队 执法执勤车辆和执法装备运行经费 6842100 is another item")
n = "安全生产行政执法检查经费"
Q("item_money", "应急执法支队安全生产执法检查经费多少", [amt(YZ, n)], [n],
  absent=[T.yuan(other(YJJ, "安全生产监管执法经费"))],
  note="应急执法支队 = 东莞市应急管理综合行政执法支队; 应急管理局 安全生产监管执法经费 38650000 is another item")
n = "安全生产技术服务和专家咨询经费"
Q("item_money", "应急执法支队请专家参与执法的钱是多少", [amt(YZ, n)], [n], note="asked by use")
n = "危险化学品安全执法专项经费"
Q("item_money", "市应急执法支队危化品专项执法经费", [amt(YZ, n)], [n], note="危化品 = 危险化学品")
Q("item_money", "机关幼儿园校园安保和物业管理经费多少", [amt(YE, AB)], [AB],
  absent=[T.yuan(other(TJ, AB)), T.yuan(other("东莞市实验中学", AB))],
  note="机关幼儿园 = 东莞市机关幼儿园; same name in 特殊教育学校 1326700 and 实验中学")
Q("item_money", "特殊教育学校的呢", [T.yuan(other(TJ, AB))], [AB], absent=[amt(YE, AB)], fu=True,
  note="特殊教育学校 2026", scope="mixed")
n = "园舍改造和户外活动场地提升经费"
Q("item_money", "机关幼改造园舍和户外场地花多少钱", [amt(YE, n)], [n], note="机关幼 = 机关幼儿园; asked by use")
n = "幼儿膳食和营养保健经费"
Q("item_money", "机关幼儿园孩子吃饭营养那块的经费", [amt(YE, n)], [n], note="asked by use")

# ---------------------------------------------------------------- indicator (13) + follow-up
n = "认定高层次人才"
Q("indicator", "人才中心今年认定高层次人才的指标是多少人", [iv(RC6, n)], [n], absent=[iv(RC5, n)],
  note="≥1800人; 2025 ≥1500人 (goal 约2000人)")
n = "发放人才安居补贴"
Q("indicator", "人才中心发放人才安居补贴年度指标多少人", [iv(RC6, n)], [n], absent=[iv(RC5, n)],
  note="annual ≥6000人; 2025 ≥5200人; period ≥18000人 not absent")
Q("indicator", "实施周期的呢", [iv(RC6, n, "period")], [n], fu=True, note="period ≥18000人")
n = "校园招聘会单场成本"
Q("indicator", "人才中心校园招聘会每场成本控制在多少", [iv(RC6, n)], [n], absent=[other_iv(JYZX, "招聘会单场成本")],
  note="≤3.5万元/场; 就业中心 招聘会单场成本 ≤2.8万元/场")
n = "人才认定办理时限"
Q("indicator", "人才认定办理时限是几个工作日", [iv(RC6, n)], [n], absent=[iv(RC5, n)],
  note="one department (人才中心); no year = 2026 ≤10个工作日; 2025 ≤15个工作日")
n = "检查用人单位"
Q("indicator", "劳动监察支队今年检查用人单位年度指标多少户", [iv(LD, n)], [n], note="annual ≥1.8万户; period ≥5.4万户")
n = "举报投诉案件按期结案率"
Q("indicator", "劳动监察支队举报投诉案件按期结案率要求多少", [iv(LD, n)], [n],
  absent=[other_iv(RSJ, "劳动保障监察举报投诉案件按期结案率")],
  note="≥99%; 人社局 劳动保障监察举报投诉案件按期结案率 100% (look-alike)")
n = "追发拖欠工资"
Q("indicator", "劳动监察支队追发拖欠工资指标是多少", [iv(LD, n)], [n], note="≥1.5亿元 (goal 约1.8亿元)")
n = "执法检查企业"
Q("indicator", "应急执法支队执法检查企业年度要查多少家次", [iv(YZ, n)], [n], note="annual ≥2400家次; period ≥7200家次")
n = "重大危险源企业执法检查"
Q("indicator", "应急执法支队重大危险源企业执法检查指标", [iv(YZ, n)], [n], note="≥180家 (goal 约190家)")
n = "事故隐患整改复查时限"
Q("indicator", "应急执法支队事故隐患整改复查时限多少天", [iv(YZ, n)], [n], note="≤20个工作日")
n = "在园幼儿"
Q("indicator", "机关幼儿园在园幼儿指标多少人", [iv(YE, n)], [n], note="≥720人 (goal 约750人)")
n = "幼儿生均膳食成本"
Q("indicator", "机关幼儿园生均膳食成本多少", [iv(YE, n)], [n], absent=[other_iv(TJ, "残疾学生营养餐补助标准")],
  note="≤18元/生/日; 特教 残疾学生营养餐补助标准 ≤15元/生/日")
n = "家长满意度"
Q("indicator", "机关幼儿园家长满意度要求多少", [iv(YE, n)], [n], absent=[other_iv(TJ, n), other_iv("东莞中学", n)],
  note="≥96%; same name 特教 ≥95%, 少年宫 ≥95%, 东莞中学 ≥92%, 实验中学 ≥93%")

# ---------------------------------------------------------------- overview (5) + follow-ups
Q("overview", "应急执法支队今年部门预算合计多少", [tw(YZ)], absent=[T.wan(tot(dept(YJJ)))],
  note="预算合计 = 基本 + 项目 + 其他事业发展性; not 应急管理局 (49270.50万元)")
Q("overview", "其中财政拨款、其他资金分别是多少", [bw(YZ, "财政拨款"), bw(YZ, "其他资金")], fu=True, note="two figures in order")
Q("overview", "这个预算在全市排第几", [rank(tot, YZ)], fu=True, note="外事局 11769.95 > 10486.53 > 卫生监督所 9647.28",
  scope="mixed")
Q("overview", "劳动监察支队财政供养多少人，下面有几个二级单位",
  [f"#{ppl(A[LD])}", f"#{A[LD]['basic_info']['下属二级单位数']}"], note="214, 3")
Q("overview", "人才中心今年预算总额", [tw(RC6)], absent=[tw(RC5)], note="2026; 2025 16219.56万元")
Q("overview", "机关幼儿园其他资金多少", [bw(YE, "其他资金")], note="")
Q("overview", "劳动监察支队基本支出多少", [bw(LD, "基本支出")], note="")

# ---------------------------------------------------------------- structure (2)
Q("structure", "劳动监察支队有哪些质量指标", [], [i["level3"] for i in A[LD]["indicators"] if i["level2"] == "质量指标"],
  note="质量指标, three")
Q("structure", "机关幼儿园的成本指标有哪几个", [], [i["level3"] for i in A[YE]["indicators"] if i["level1"] == "成本指标"],
  note="成本指标, two")

# ---------------------------------------------------------------- prose (18) + follow-up
Q("prose", "人才中心今年大概为多少名高层次人才提供一站式服务", [goal(RC6, "约5000名")], absent=[goal(RC5, "约4200名")],
  note="goal only; 2025 约4200名")
Q("prose", "人才中心今年青年人才驿站大概运营多少个", [goal(RC6, "约15个")], absent=[goal(RC5, "约12个")],
  note="goal only; 2025 约12个")
Q("prose", "按总体目标，人才中心今年认定高层次人才大概多少人", [goal(RC6, "约2000人")],
  note="indicator ≥1800人 is the counterpart (总体目标)")
Q("prose", "人才中心今年赴多少所高校搞校园招聘", [goal(RC6, "约60所")], note="goal only")
Q("prose", "人才中心大概吸引多少高校毕业生来莞就业", [goal(RC6, "约3.5万人")], note="goal only")
Q("prose", "人才中心托管的流动人员人事档案大概多少份", [goal(RC6, "约42万份")], note="goal only")
Q("prose", "劳动监察支队今年大概为多少名劳动者追发拖欠工资", [goal(LD, "约2.6万名")], note="goal only")
Q("prose", "按总体目标劳动监察支队追发拖欠工资大概多少钱", [goal(LD, "约1.8亿元")],
  note="indicator ≥1.5亿元 is the counterpart (总体目标)")
Q("prose", "劳动监察对多少家重点建筑企业开展工资支付信用评价", [goal(LD, "约300家")], note="goal only")
Q("prose", "劳动监察支队普法宣传活动大概开展多少场", [goal(LD, "约80场")], note="goal only")
Q("prose", "劳动监察智慧监管平台要接入多少个镇街的数据", [goal(LD, "约33个")], note="goal only")
Q("prose", "应急执法支队今年大概实施多少宗行政处罚", [goal(YZ, "约680宗")], note="goal only")
Q("prose", "按目标应急执法支队查处安全生产违法行为大概多少宗", [goal(YZ, "约950宗")],
  note="indicator ≥900宗 is the counterpart (目标)")
Q("prose", "应急执法支队要督促整改多少项重大事故隐患", [goal(YZ, "约320项")], note="goal only")
Q("prose", "应急执法支队配备多少台防爆执法记录仪", [goal(YZ, "约120台")], note="goal only")
Q("prose", "机关幼儿园专任教师大概多少名", [goal(YE, "约68名")], note="goal only")
Q("prose", "按总体目标机关幼儿园园舍改造大概多大面积", [goal(YE, "约3500平方米")],
  note="indicator ≥3200平方米 is the counterpart (总体目标)")
Q("prose", "新铺设塑胶场地呢", [goal(YE, "约1200平方米")], fu=True, note="goal only")
Q("prose", "机关幼儿园大概和多少所镇街幼儿园结对帮扶", [goal(YE, "约16所")],
  note="indicator ≥15所 is the counterpart (大概)")

# ---------------------------------------------------------------- filter (8) + follow-up
big = [x for x in A[RC6]["tasks"] if x["amount"] > 3000000]
Q("filter", "人才中心哪些任务超过三百万", [], [x["name"] for x in big], note="> 3,000,000 (none on the line)")
Q("filter", "这些加起来多少", [T.yuan(sum(x["amount"] for x in big))], fu=True, note="sum of the six")
Q("filter", "应急执法支队一百万到两百万之间的任务有哪些", [],
  [x["name"] for x in A[YZ]["tasks"] if 1000000 <= x["amount"] <= 2000000], note="inclusive; none on a boundary")
Q("filter", "劳动监察支队哪些任务不到一百万", [], [x["name"] for x in A[LD]["tasks"] if x["amount"] < 1000000],
  note="< 1,000,000")
Q("filter", "劳动监察支队哪个指标周期值和年度值不一样", [],
  [i["level3"] for i in A[LD]["indicators"] if i["period_value"] != i["annual_value"]], note="period ≠ annual: one")
Q("filter", "应急执法支队哪些指标是定性的", [],
  [i["level3"] for i in A[YZ]["indicators"] if not any(c.isdigit() for c in i["annual_value"])], note="qualitative")
Q("filter", "机关幼儿园按百分比考核的指标有哪些", [], [i["level3"] for i in A[YE]["indicators"] if "%" in i["annual_value"]],
  note="annual value in %")
Q("filter", "全市财政供养人员在180到220人之间的单位", [], [t["department"] for t in DG if 180 <= ppl(t) <= 220],
  note="eight: 交通局 186, 应急局 215, 照明处 212, 特教 182, 水库中心 216, 就业中心 187, 劳动监察支队 214, 应急执法支队 183",
  scope="mixed")
Q("filter", "东莞今年预算在3000万到4000万之间的部门有哪些", [],
  [t["department"] for t in DG if 3000 <= tot(t) <= 4000], note="seven, 机关幼儿园 among them", scope="mixed")

# ---------------------------------------------------------------- count (8) + follow-ups
Q("count", "人才中心今年表里列了几项任务", [f"#{len(A[RC6]['tasks'])}"], note="eleven")
rk = [x for x in A[RC6]["tasks"] if x["section"] == "年度重点工作任务"]
rks = sum(x["amount"] for x in rk)
rts = sum(x["amount"] for x in A[RC6]["tasks"])
Q("count", "重点任务有几项，一共多少钱", [f"#{len(rk)}", T.yuan(rks)], fu=True, note="five 年度重点工作任务, two asks")
Q("count", "重点任务经费占全部任务的比例", [T.pct(rks / rts * 100)], fu=True, note="key / all tasks")
Q("count", "应急执法支队的绩效指标一共几个", [f"#{len(A[YZ]['indicators'])}"], note="")
Q("count", "劳动监察支队数量指标有几个", [f"#{sum(i['level2'] == '数量指标' for i in A[LD]['indicators'])}"], note="")
Q("count", "机关幼儿园满意度指标几个", [f"#{sum(i['level1'] == '满意度指标' for i in A[YE]['indicators'])}"], note="")
Q("count", "今年东莞共有几家单位的整体绩效目标表", [f"#{len(DG)}"], note="124", scope="mixed")
Q("count", "全市任务名称里带“人才”的有几项", [f"#{sum('人才' in x['name'] for t in DG for x in t['tasks'])}"],
  note="literal substring; 人才中心 7 among them", scope="mixed")
Q("count", "全市下属二级单位数为0的单位有几家",
  [f"#{sum(t['basic_info']['下属二级单位数'] == 0 for t in DG)}"], note="机关幼儿园 among them", scope="mixed")
Q("count", "全市财政供养人员超过200人的单位有几家", [f"#{sum(ppl(t) > 200 for t in DG)}"],
  note="strict; 劳动监察支队 among them, 应急执法支队 not", scope="mixed")

# ---------------------------------------------------------------- aggregate (9) + follow-up
tsum = sum(x["amount"] for x in A[LD]["tasks"])
Q("aggregate", "劳动监察支队十项任务加起来多少", [T.yuan(tsum)], note="ten tasks")
Q("aggregate", "占项目支出的百分之几", [T.pct(tsum / (bl(LD, "项目支出") * 10000) * 100)], fu=True, note="tasks / 项目支出")
Q("aggregate", "人才中心和应急执法支队今年预算合起来多少", [T.wan(tot(A[RC6]) + tot(A[YZ]))], note="")
Q("aggregate", "人才中心、劳动监察支队、应急执法支队、机关幼儿园四家预算加总",
  [T.wan(sum(tot(A[s]) for s in (RC6, LD, YZ, YE)))], note="")
Q("aggregate", "全市今年所有部门的部门预算合计", [T.wan(sum(tot(t) for t in DG))], note="124 departments", scope="mixed")
Q("aggregate", "机关幼儿园其他资金占预算合计的比例", [T.pct(bl(YE, "其他资金") / tot(A[YE]) * 100)], note="")
ysum = sum(x["amount"] for x in A[YZ]["tasks"])
Q("aggregate", "应急执法支队十个任务平均每项多少钱", [T.yuan2(Decimal(ysum) / 10)], note="average")
Q("aggregate", "全市名称里带“执法”的任务经费合计",
  [T.yuan(sum(x["amount"] for t in DG for x in t["tasks"] if "执法" in x["name"]))],
  note="literal substring: 44 tasks (应急执法支队, 劳动监察支队, 交通执法支队, 海洋执法支队, 城管, 应急局 and others)", scope="mixed")
Q("aggregate", "人才中心对下转移支付占财政专项资金的比重",
  [T.pct(bl(RC6, "拟用于对下转移支付资金") / bl(RC6, "财政专项资金") * 100)], note="446 / 1860")
Q("aggregate", "劳动监察支队和应急管理局财政供养人员一共多少", [f"#{ppl(A[LD]) + ppl(dept(YJJ))}"], note="214 + 215",
  scope="mixed")

# ---------------------------------------------------------------- ranking (11) + follow-ups
top = max(A[RC6]["tasks"], key=lambda x: x["amount"])
lo = min(A[RC6]["tasks"], key=lambda x: x["amount"])
Q("ranking", "人才中心哪个任务钱最多", [T.yuan(top["amount"])], [top["name"]], note="")
Q("ranking", "哪个最少", [T.yuan(lo["amount"])], [lo["name"]], fu=True, note="")
Q("ranking", "东莞各部门按预算排，人才中心排第几", [rank(tot, RC6)],
  note="质检中心 18642.37 > 17968.45 > 金融局 17295.48", scope="mixed")
Q("ranking", "应急执法支队预算全市排第几", [rank(tot, YZ)], note="外事局 11769.95 > 10486.53 > 卫生监督所 9647.28", scope="mixed")
Q("ranking", "劳动监察支队预算在东莞排多少名", [rank(tot, LD)], note="殡葬所 8215.37 > 7852.64 > 妇联 7245.03",
  scope="mixed")
Q("ranking", "机关幼儿园预算全市第几", [rank(tot, YE)], note="可园 3285.64 > 3126.48 > 团市委 2946.83", scope="mixed")
Q("ranking", "劳动监察支队财政供养人员全市第几", [rank(ppl, LD)], note="应急局 215 > 214 > 照明处 212", scope="mixed")
Q("ranking", "应急执法支队财政供养人员在全市排第几", [rank(ppl, YZ)], note="交通局 186 > 183 > 特教 182", scope="mixed")
Q("ranking", "那特殊教育学校呢", [rank(ppl, dept(TJ)["slug"])], fu=True, note="one place behind 应急执法支队", scope="mixed")
Q("ranking", "机关幼儿园的其他资金全市排老几", [rank(lambda t: t["budget"]["其他资金"], YE)],
  note="工信局 1216.22 > 942.22 > 城市更新局 926.34", scope="mixed")
Q("ranking", "人才中心的项目支出全市排第几", [rank(lambda t: t["budget"]["项目支出"], RC6)],
  note="供销社 14862.47 > 14562.83 > 人防办 13648.30", scope="mixed")
second = sorted(A[LD]["tasks"], key=lambda x: -x["amount"])[1]
Q("ranking", "劳动监察支队花钱第二多的任务", [T.yuan(second["amount"])], [second["name"]], note="second")
four = sorted((RC6, LD, YZ, YE), key=lambda s: -tot(A[s]))
Q("ranking", "人才中心、劳动监察支队、应急执法支队、机关幼儿园按预算从高到低排", [tw(s) for s in four],
  [A[s]["department"] for s in four], note="descending order as asked")


# ---------------------------------------------------------------- compare (11)
def cmp(q, x, y, unit="wan", note="", scope="mixed", names=()):
    dlt = abs(x - y)
    f = {"wan": T.wan, "yuan": T.yuan, "people": lambda v: f"#{v}"}[unit]
    Q("compare", q, [f(dlt), f(x), f(y)], list(names), note=note, scope=scope)


cmp("人才中心比金融工作局预算多多少", tot(A[RC6]), tot(dept(JRJ)), note="672.97万元; difference, then 人才中心, 金融局")
cmp("应急执法支队和外事局预算差多少", tot(A[YZ]), tot(dept(WSJ)), note="外事局 larger")
cmp("劳动监察支队跟殡葬管理所预算相差多少", tot(A[LD]), tot(dept(BZS)), note="殡葬所 larger")
cmp("机关幼儿园和团市委预算差多少", tot(A[YE]), tot(dept(TSW)), note="机关幼儿园 larger; 团市委 = 共青团东莞市委员会")
cmp("人才中心校园引才和招聘活动经费比就业中心公共招聘服务和专场招聘会经费少多少", a(RC6, XY),
    other(JYZX, "公共招聘服务和专场招聘会经费"), "yuan", names=[XY, "公共招聘服务和专场招聘会经费"],
    note="2046300元; 就业中心 = 东莞市公共就业服务中心")
cmp("应急执法支队安全生产行政执法检查经费和应急管理局安全生产监管执法经费差多少", a(YZ, "安全生产行政执法检查经费"),
    other(YJJ, "安全生产监管执法经费"), "yuan", names=["安全生产行政执法检查经费", "安全生产监管执法经费"], note="34268400元")
cmp("劳动监察支队举报投诉受理和调解处置经费比纪委信访举报受理和问题线索处置经费多多少", a(LD, "举报投诉受理和调解处置经费"),
    other(JW, "信访举报受理和问题线索处置经费"), "yuan",
    names=["举报投诉受理和调解处置经费", "信访举报受理和问题线索处置经费"], note="43000元")
cmp("机关幼儿园校园安保和物业管理经费和特殊教育学校的差多少", a(YE, AB), other(TJ, AB), "yuan", names=[AB],
    note="178400元; 特教 larger")
cmp("人才中心博士和博士后人才服务经费跟人社局博士后工作资助经费差多少", a(RC6, "博士和博士后人才服务经费"),
    other(RSJ, "博士后工作资助经费"), "yuan", names=["博士和博士后人才服务经费", "博士后工作资助经费"], note="35352200元")
cmp("劳动监察支队和劳动人事争议仲裁院财政供养人员差多少人", ppl(A[LD]), ppl(dept(ZCY)), "people", note="145; 劳动监察支队 larger")
cmp("应急执法支队和交通执法支队财政供养人员差几个", ppl(A[YZ]), ppl(dept(JTZF)), "people",
    note="209; 交通执法支队 (交通运输综合行政执法支队) larger")

# ---------------------------------------------------------------- yesno (15)
Q("yesno", "人才中心今年预算有没有超过１.５亿", [tw(RC6)], yesno="是", note="full-width １ / ５; 17968.45万元")
Q("yesno", "机关幼儿园是不是三成以上靠其他资金", [bw(YE, "其他资金")], yesno="是", note="942.22 / 3126.48 = 30.14%")
Q("yesno", "人才大数据平台暑假结束前能上线吗", [iv(RC6, "人才大数据平台上线时间")], yesno="是",
  note="2026年8月31日前: by the end of the summer holiday")
Q("yesno", "劳动监察支队财政供养人员超过220人没有", [f"#{ppl(A[LD])}"], yesno="否", note="214")
Q("yesno", "机关幼儿园有没有对下转移支付", [bw(YE, "拟用于对下转移支付资金")], yesno="否", note="0.00万元")
Q("yesno", "劳动监察智慧监管平台国庆前能上线吗", [iv(LD, "智慧监管平台上线时间")], yesno="是",
  note="2026年9月30日前: before 1 October")
Q("yesno", "应急执法支队执法记录管理系统要求九月底前建成吗", [iv(YZ, "执法记录管理系统建成时间")], yesno="否",
  note="2026年10月31日前: the target is end of October")
Q("yesno", "应急执法支队预算是不是超过一个亿", [tw(YZ)], yesno="是", note="10486.53万元")
Q("yesno", "劳动监察支队举报投诉受理时限是一周以内吗", [iv(LD, "举报投诉受理时限")], yesno="是",
  note="≤5个工作日: within a week")
Q("yesno", "劳动监察支队欠薪案件结案率要求达到九成八吗", [iv(LD, "欠薪案件结案率")], yesno="是", note="≥98%")
Q("yesno", "人才中心高层次人才满意度要求95%吗", [iv(RC6, "高层次人才满意度")], yesno="否", note="≥93%")
Q("yesno", "机关幼儿园预算超过三千万了吗", [tw(YE)], yesno="是", note="3126.48万元")
Q("yesno", "应急执法支队财政供养人员是不是比特殊教育学校多", [f"#{ppl(A[YZ])}"], yesno="是", note="183 > 182",
  scope="mixed")
Q("yesno", "应急执法支队行政处罚案件法制审核率要求百分之百吗", [iv(YZ, "行政处罚案件法制审核率")], yesno="是",
  note="100%")
ld_top = max(A[LD]["tasks"], key=lambda x: x["amount"])
Q("yesno", "劳动监察支队有没有哪项任务超过六百万", [T.yuan(ld_top["amount"])], yesno="否", note="largest 5863900")

# ---------------------------------------------------------------- yoy (15) + follow-ups
Q("yoy", "人才中心去年预算多少", [tw(RC5)], absent=[tw(RC6)], note="2025")
Q("yoy", "人才中心今年预算比去年多多少", [T.wan(tot(A[RC6]) - tot(A[RC5])), tw(RC6), tw(RC5)],
  note="difference, 2026, 2025")
Q("yoy", "增幅是多少", [T.pct((tot(A[RC6]) - tot(A[RC5])) / tot(A[RC5]) * 100)], fu=True, note="over 2025")
Q("yoy", "人才中心去年和今年财政供养人员各多少", [f"#{ppl(A[RC5])}", f"#{ppl(A[RC6])}"], note="93, 98")
Q("yoy", "人才安居补贴和人才驿站运营经费今年比去年涨了多少", [T.yuan(a(RC6, AJ) - a(RC5, AJ)), amt(RC6, AJ), amt(RC5, AJ)],
  [AJ], note="difference, 2026, 2025")
Q("yoy", "人才中心今年新增了哪项任务", [amt(RC6, DSJ)], [DSJ], note="2026 only")
Q("yoy", "去年人才中心的流动人员人事档案管理经费多少", [amt(RC5, DA5)], [DA5], note="2025 name")
Q("yoy", "人才中心流动人员档案那项经费今年改了名，现在叫什么，预算多少", [amt(RC6, DA6)], [DA6], note="renamed in 2026")
Q("yoy", "跟去年旧名称那项比多了多少", [T.yuan(a(RC6, DA6) - a(RC5, DA5)), amt(RC6, DA6), amt(RC5, DA5)], fu=True,
  note="across the rename")
Q("yoy", "人才中心2025年一共列了几项任务，总共多少钱",
  [f"#{len(A[RC5]['tasks'])}", T.yuan(sum(x['amount'] for x in A[RC5]['tasks']))], note="two asks")
n = "人才吸引力"
Q("yoy", "人才中心2025年人才吸引力指标值是什么", [iv(RC5, n)], [n], absent=[iv(RC6, n)], note="qualitative 2025")
ch = [i["level3"] for i in A[RC5]["indicators"] if T.indicator(A[RC6], i["level3"])["annual_value"] != i["annual_value"]]
Q("yoy", "人才中心哪些指标的年度值今年和去年不一样", [], ch, note="ten changed, one qualitative")
n = "举办校园招聘活动"
Q("yoy", "人才中心去年举办校园招聘活动定的多少场", [iv(RC5, n)], [n], absent=[iv(RC6, n)], note="2025 ≥100场")
Q("yoy", "人才中心2025年总体目标里认定高层次人才大概多少人", [goal(RC5, "约1600人")], absent=[goal(RC6, "约2000人")],
  note="2025 goal only")
Q("yoy", "去年人才中心给镇街人才服务站点的补助多少", [amt(RC5, ZJ)], [ZJ], absent=[amt(RC6, ZJ)],
  note="2025 = its 对下 406.00万元")
Q("yoy", "校园引才和招聘活动经费今年比去年多了多少", [T.yuan(a(RC6, XY) - a(RC5, XY)), amt(RC6, XY), amt(RC5, XY)], [XY],
  note="increase; 其他 in 2025, 重点 in 2026")
n = "人才认定办理时限"
Q("yoy", "人才中心人才认定办理时限今年和去年各是多少", [iv(RC6, n), iv(RC5, n)], [n],
  note="2026 ≤10个工作日, 2025 ≤15个工作日, in order asked")

# ---------------------------------------------------------------- not_found (7) + follow-up
Q("not_found", "人才中心2024年的预算", expect="not_found", absent=[tw(RC5), tw(RC6)], note="2024 not loaded")
Q("not_found", "那2025年的呢", [tw(RC5)], fu=True, note="2025")
Q("not_found", "劳动监察支队去年根治欠薪经费多少", expect="not_found", absent=[amt(LD, "根治欠薪专项行动经费")],
  note="劳动监察支队 2025 not loaded")
Q("not_found", "应急执法支队2025年预算多少", expect="not_found", absent=[tw(YZ)], note="应急执法支队 2025 not loaded")
Q("not_found", "机关幼儿园2024年财政供养人员多少", expect="not_found", note="机关幼儿园 2024 not loaded")
Q("not_found", "东莞市安全生产宣传教育中心今年预算多少", expect="not_found", absent=[tw(YZ), T.wan(tot(dept(YJJ)))],
  note="unit not loaded; not 应急执法支队 or 应急管理局", scope="not_loaded")
Q("not_found", "人才中心人才公寓装修经费多少", expect="not_found", note="no such item in any table")
Q("not_found", "应急执法支队2027年预算", expect="not_found", absent=[tw(YZ)], note="2027 not loaded")

# ---------------------------------------------------------------- trap (8)
Q("trap", "东莞市第一幼儿园今年预算多少", expect="not_found", absent=[tw(YE)],
  note="unit not loaded; not 机关幼儿园", scope="not_loaded")
Q("trap", "劳动监察支队的劳动人事争议仲裁结案率是多少", expect="not_found",
  absent=[other_iv(ZCY, "劳动人事争议仲裁结案率"), other_iv(RSJ, "劳动人事争议仲裁结案率")],
  note="仲裁院's (≥96%) and 人社局's (≥95%) indicator")
Q("trap", "应急执法支队的森林防火经费多少", expect="not_found", absent=[T.yuan(other(YJJ, "森林防火经费"))],
  note="应急管理局's item")
Q("trap", "机关幼儿园的学生校车接送服务经费", expect="not_found", absent=[T.yuan(other(TJ, "学生校车接送服务经费"))],
  note="特殊教育学校's item")
Q("trap", "校园安保和物业管理经费是多少", expect="ok_or_clarify",
  note="three 东莞 schools share the name (机关幼儿园, 特殊教育学校, 实验中学)", scope="mixed")
Q("trap", "家长满意度要求多少", expect="ok_or_clarify",
  note="机关幼儿园 (≥96%), 特教 (≥95%), 少年宫 (≥95%), 东莞中学 (≥92%), 实验中学 (≥93%) share the name", scope="mixed")
n = "劳动保障监察举报投诉案件按期结案率"
Q("trap", "人社局的劳动保障监察举报投诉案件按期结案率是多少，别跟劳动监察支队的搞混", [other_iv(RSJ, n)], [n],
  absent=[iv(LD, "举报投诉案件按期结案率")], note="人社局 100%; 劳动监察支队 举报投诉案件按期结案率 ≥99%", scope="mixed")
Q("trap", "就业中心的招聘会单场成本多少，不是人才中心那个", [other_iv(JYZX, "招聘会单场成本")], ["招聘会单场成本"],
  absent=[iv(RC6, "校园招聘会单场成本")], note="就业中心 ≤2.8万元/场; 人才中心 校园招聘会单场成本 ≤3.5万元/场",
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
out = HERE.parent / "batch_44.jsonl"
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
