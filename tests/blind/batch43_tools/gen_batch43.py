"""Write tests/blind/batch_43.jsonl (160 questions) from the tables alone (truth43.py).

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

import truth43 as T  # noqa: E402

A = T.load()
JY6, JY5, YJ, NJ, SG = T.NEW  # 就业中心 2026, 就业中心 2025, 药检所, 农检中心, 少年宫
DG = T.dg2026(A)
BY = {t["department"]: t for t in DG}
tot = T.total
assert len(DG) == 116


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
    rid = f"b43-{n:03d}"
    ROWS.append({"id": rid, "q": q, "category": "followup" if fu else cat, "expect": expect,
                 "figures": list(figures), "names": list(names), "yesno": yesno, "absent": list(absent),
                 "followup_of": ROWS[-1]["id"] if fu else None, "note": f"{note} [scope: {scope}]"})


RS, SJ, ZJ, NK, NY = ("东莞市人力资源和社会保障局", "东莞市市场监督管理局", "东莞市质量监督检测中心", "东莞市农业科学研究中心",
                      "东莞市农业农村局")
TSW, WHG, SBZX, TSG, TYJR = "共青团东莞市委员会", "东莞市文化馆", "东莞市社会保险基金管理中心", "东莞图书馆", "东莞市退役军人事务局"
JYZX, SJJ = "东莞市公共资源交易中心", "东莞市审计局"
ZP = "公共招聘服务和专场招聘会经费"
LG = "零工市场和就业驿站建设运营经费"
GY = "就业困难人员帮扶和公益性岗位经费"
JX = "高校毕业生就业见习服务经费"
CY = "创业孵化和创业服务经费"
ZZ = "镇街公共就业服务站点补助"
XT5, XT6 = "就业信息系统运维经费", "智慧就业服务平台运行维护经费"
XC = "就业政策宣传经费"
ZR = "实验室资质认定和能力验证经费"


def other(dname, name):
    (x,) = [x for x in dept(dname)["tasks"] if x["name"] == name]
    return x["amount"]


def other_iv(dname, name, which="annual"):
    (x,) = [x for x in dept(dname)["indicators"] if x["level3"] == name]
    return x[f"{which}_value"]


# ---------------------------------------------------------------- item_money (15) + follow-ups
Q("item_money", "就业中心今年办招聘会的钱有多少", [amt(JY6, ZP)], [ZP], absent=[amt(JY5, ZP)],
  note="asked by use; 就业中心 = 东莞市公共就业服务中心; 2025 7648200")
Q("item_money", "那去年呢", [amt(JY5, ZP)], [ZP], absent=[amt(JY6, ZP)], fu=True, note="就业中心 2025")
Q("item_money", "市就业中心建零工市场花多少钱", [amt(JY6, LG)], [LG], note="asked by use; new in 2026")
Q("item_money", "公共就业服务中心给镇街就业服务站点的补助是多少", [amt(JY6, ZZ)], [ZZ], absent=[amt(JY5, ZZ)],
  note="= its 对下 656.00万元; 2025 5940000")
Q("item_money", "就业中心公益性岗位那块经费多少", [amt(JY6, GY)], [GY], absent=[amt(JY5, GY)],
  note="partial name; 2025 88264500")
Q("item_money", "就业服务中心高校毕业生见习的经费", [amt(JY6, JX)], [JX], absent=[amt(JY5, JX)], note="2025 21347600")
Q("item_money", "就业中心的就业政策宣传经费多少", [amt(JY6, XC)], [XC],
  absent=[T.yuan(other(RS, "人社政策宣传经费")), amt(JY5, XC)],
  note="人社局 人社政策宣传经费 1385600 is another item; 2025 782600")
n = "药品质量监督抽检检验经费"
Q("item_money", "药检所今年药品抽检的经费有多少", [amt(YJ, n)], [n], note="药检所 = 东莞市食品药品检验所; partial name")
n = "食品安全监督抽检检验经费"
Q("item_money", "市药检所做食品抽检检验的钱", [amt(YJ, n)], [n], absent=[T.yuan(other(SJ, "食品安全抽检监测经费"))],
  note="asked by use; 市场监管局 食品安全抽检监测经费 46820000 is another item")
n = "检验检测仪器设备购置经费"
Q("item_money", "食药检所买检验仪器设备花多少", [amt(YJ, n)], [n], absent=[T.yuan(other(ZJ, "检验检测能力建设和设备购置经费"))],
  note="asked by use; 质检中心 检验检测能力建设和设备购置经费 12486500 is another item")
Q("item_money", "药检所的实验室资质认定和能力验证经费", [amt(YJ, ZR)], [ZR], absent=[T.yuan(other(ZJ, ZR))],
  note="same name as 质检中心 1287500 (3200 apart)")
Q("item_money", "质检中心的呢", [T.yuan(other(ZJ, ZR))], [ZR], absent=[amt(YJ, ZR)], fu=True,
  note="质检中心 = 东莞市质量监督检测中心 2026", scope="mixed")
n = "农产品质量安全例行监测和监督抽检经费"
Q("item_money", "农检中心例行监测和监督抽检的经费多少", [amt(NJ, n)], [n],
  absent=[T.yuan(other(NK, "农产品质量安全检测经费")), T.yuan(other(NY, "农产品质量安全监测经费"))],
  note="农检中心 = 东莞市农产品质量安全检测中心; 农科中心 6752000 and 农业农村局 6725000 are close look-alikes")
n = "镇街农产品快检室运行补助"
Q("item_money", "市农检中心给镇街快检室的补助多少", [amt(NJ, n)], [n], note="= its 对下 347.00万元")
n = "兽药残留和水产品药残检测经费"
Q("item_money", "農產品檢測中心獸藥殘留和水產品藥殘檢測經費多少", [amt(NJ, n)], [n], note="traditional characters")
n = "公益课程和兴趣培训经费"
Q("item_money", "少年宫公益课程的钱有多少", [amt(SG, n)], [n], absent=[T.yuan(other(WHG, "公益艺术培训经费"))],
  note="少年宫 = 东莞市少年宫; 文化馆 公益艺术培训经费 982700 is another item")
n = "暑期公益托管服务经费"
Q("item_money", "市少年宫暑期公益拖管服务经费多少", [amt(SG, n)], [n], note="typo 拖管 (托管)")

# ---------------------------------------------------------------- indicator (13) + follow-up
n = "帮扶就业困难人员就业"
Q("indicator", "就业中心帮扶就业困难人员就业年度指标多少人", [iv(JY6, n)], [n], absent=[other_iv(RS, n), iv(JY5, n)],
  note="≥5200人; 人社局 ≥4800人 (same name); 2025 ≥4600人")
n = "就业见习补贴标准"
Q("indicator", "就业中心的就业见习补贴标准多少", [iv(JY6, n)], [n], absent=[other_iv(RS, n), iv(JY5, n)],
  note="≤2000元/人/月; 人社局 ≤1900元/人/月 (same name); 2025 ≤1800元/人/月")
n = "开展职业指导"
Q("indicator", "就业中心今年职业指导年度要做多少人次", [iv(JY6, n)], [n], absent=[iv(JY5, n)],
  note="annual ≥1.2万人次; 2025 ≥1万人次; period ≥3.6万人次 not absent")
Q("indicator", "实施周期的呢", [iv(JY6, n, "period")], [n], fu=True, note="period ≥3.6万人次")
n = "招聘会单场成本"
Q("indicator", "就业中心一场招聘会成本控制在多少", [iv(JY6, n)], [n], note="≤2.8万元/场")
n = "求职登记办理时限"
Q("indicator", "就业中心求职登记多久要办好", [iv(JY6, n)], [n], absent=[iv(JY5, n)], note="≤1个工作日; 2025 ≤2个工作日")
n = "检验报告按时出具率"
Q("indicator", "药检所检验报告按时出具率要求多少", [iv(YJ, n)], [n], absent=[other_iv(ZJ, n)],
  note="≥99%; 质检中心 ≥98% (same name)")
n = "检验报告差错率"
Q("indicator", "药检所检验报告差错率控制在多少", [iv(YJ, n)], [n], absent=[other_iv(ZJ, n)],
  note="≤0.3%; 质检中心 ≤0.5% (same name)")
n = "药品抽检单批次检验成本"
Q("indicator", "药检所一批药品抽检的检验成本上限", [iv(YJ, n)], [n], note="≤2600元/批次")
n = "不合格检验结果报告时限"
Q("indicator", "药检所查出不合格结果多长时间内要报告", [iv(YJ, n)], [n], note="≤24小时")
n = "检测结果准确率"
Q("indicator", "农检中心检测结果准确率要求多少", [iv(NJ, n)], [n], absent=[other_iv(NK, n)],
  note="≥98%; 农科中心 ≥99% (same name)")
n = "农产品检测单批次成本"
Q("indicator", "农检中心农产品检测一批次成本上限多少", [iv(NJ, n)], [n], absent=[other_iv(NK, n)],
  note="≤260元/批次; 农科中心 ≤280元/批次 (same name)")
n = "公益课程培训青少年"
Q("indicator", "少年宫今年公益课程年度要培训多少人次", [iv(SG, n)], [n], note="annual ≥2.4万人次 (period ≥7.2万人次)")
n = "公益课程人均成本"
Q("indicator", "少年宫公益课程一个人次成本上限", [iv(SG, n)], [n], absent=[other_iv(WHG, "公益艺术培训人均成本")],
  note="≤380元/人次; 文化馆 公益艺术培训人均成本 ≤350元/人次")

# ---------------------------------------------------------------- overview (5) + follow-ups
Q("overview", "药检所今年部门预算合计多少", [tw(YJ)], note="预算合计 = 基本 + 项目 + 其他事业发展性")
Q("overview", "财政拨款和其他资金分别多少", [bw(YJ, "财政拨款"), bw(YJ, "其他资金")], fu=True, note="two figures in order")
Q("overview", "在全市排第几", [rank(tot, YJ)], fu=True, note="图书馆 11773.52 > 11771.86 > 外事局 11769.95", scope="mixed")
Q("overview", "就业中心财政供养多少人，下属几个二级单位", [f"#{ppl(A[JY6])}", f"#{A[JY6]['basic_info']['下属二级单位数']}"],
  note="187, 2; 2025 181")
Q("overview", "农检中心今年预算总额", [tw(NJ)], absent=[T.wan(tot(dept(NK)))],
  note="农检中心 = 农产品质量安全检测中心, not 农科中心 (8586.34万元)")
Q("overview", "少年宫项目支出多少", [bw(SG, "项目支出")], note="")
Q("overview", "就业中心今年基本支出多少", [bw(JY6, "基本支出")], absent=[bw(JY5, "基本支出")], note="2026; 2025 3652.18")

# ---------------------------------------------------------------- structure (2)
Q("structure", "少年宫有哪些时效指标", [], [i["level3"] for i in A[SG]["indicators"] if i["level2"] == "时效指标"],
  note="时效指标, two")
Q("structure", "农检中心的质量指标有哪几个", [], [i["level3"] for i in A[NJ]["indicators"] if i["level2"] == "质量指标"],
  note="质量指标, three")

# ---------------------------------------------------------------- prose (18) + follow-up
Q("prose", "就业中心今年提供就业岗位大概多少个", [goal(JY6, "约28万个")], absent=[goal(JY5, "约25万个")],
  note="goal only; 2025 约25万个")
Q("prose", "就业中心今年要建多少个镇村就业驿站", [goal(JY6, "约120个")], note="goal only")
Q("prose", "就业中心服务灵活就业和零工人员大概多少人次", [goal(JY6, "约6万人次")], note="goal only")
Q("prose", "按总体目标，就业中心今年办招聘会大概多少场", [goal(JY6, "约320场")],
  note="indicator ≥300场 is the counterpart (总体目标)")
Q("prose", "就业中心募集就业见习岗位大概多少个", [goal(JY6, "约5000个")], absent=[goal(JY5, "约4300个")],
  note="goal only; 2025 约4300个")
Q("prose", "就业中心今年创业带动就业大概多少人", [goal(JY6, "约4200人")],
  note="goal only; 2025 约3800人 (not absent: 2026's 见习 sentence says 约3800人 too)")
Q("prose", "就业中心组织劳动力来莞就业大概多少人", [goal(JY6, "约1.5万人")],
  note="goal only; 2025 约1.3万人 (not absent: the same 2026 sentence says 约1.3万人次 of 职业指导)")
Q("prose", "药检所国家和省级计划抽检任务大概多少批次", [goal(YJ, "约900批次")], note="goal only")
Q("prose", "药检所食品安全风险监测大概做多少批次", [goal(YJ, "约1500批次")], note="goal only")
Q("prose", "药检所今年购置大型仪器设备大概多少台套", [goal(YJ, "约18台（套）")], note="goal only")
Q("prose", "按总体目标药检所新增检验检测能力参数大概多少项", [goal(YJ, "约220项")],
  note="the task's expected 不少于200项 is the counterpart (总体目标)")
Q("prose", "按目标药检所化妆品检验大概做多少批次", [goal(YJ, "约850批次")], note="indicator ≥800批次 is the counterpart (目标)")
Q("prose", "农检中心蔬菜水果和畜禽水产品各检测大概多少批次", [goal(NJ, "约9000批次"), goal(NJ, "约5000批次")],
  note="goal only; two figures in order (农科中心's goal also says 约9000批次, of all its tests)")
Q("prose", "农检中心带动多少家主体开合格证，大概开多少张", [goal(NJ, "约1200家"), goal(NJ, "约50万张")],
  note="goal only; two figures in order")
Q("prose", "按目标农检中心镇街快速检测大概多少批次", [goal(NJ, "约32万批次")], note="indicator ≥30万批次 is the counterpart")
Q("prose", "少年宫改造后新增多少间功能室", [goal(SG, "约12间")], note="goal only")
Q("prose", "少年宫主题活动惠及青少年大概多少人次", [goal(SG, "约5万人次")], absent=["8万人次"],
  note="goal only; 团市委's goal: 市青少年宫 约8万人次 (another unit)")
Q("prose", "那研学实践和主题教育活动大概多少场", [goal(SG, "约130场")], fu=True,
  note="indicator ≥120场 is the counterpart (大概)")
Q("prose", "少年宫组建了几个艺术团，参加多少场展演比赛", [goal(SG, "约8个"), goal(SG, "约20场")],
  note="goal only; two figures in order")

# ---------------------------------------------------------------- filter (8) + follow-up
big = [x for x in A[JY6]["tasks"] if x["amount"] > 10000000]
Q("filter", "就业中心哪些任务超过一千万", [], [x["name"] for x in big], note="> 10,000,000 (none on the line)")
Q("filter", "这几项加起来多少", [T.yuan(sum(x["amount"] for x in big))], fu=True, note="sum of the three")
Q("filter", "药检所一百万到五百万之间的任务有哪些", [],
  [x["name"] for x in A[YJ]["tasks"] if 1000000 <= x["amount"] <= 5000000], note="inclusive; none on a boundary")
Q("filter", "农检中心哪些任务不到一百万", [], [x["name"] for x in A[NJ]["tasks"] if x["amount"] < 1000000], note="< 1,000,000")
Q("filter", "少年宫哪个指标周期值跟年度值不一样", [],
  [i["level3"] for i in A[SG]["indicators"] if i["period_value"] != i["annual_value"]], note="period ≠ annual: one")
Q("filter", "就业中心哪些指标是定性的", [],
  [i["level3"] for i in A[JY6]["indicators"] if not any(c.isdigit() for c in i["annual_value"])], note="qualitative: two")
Q("filter", "药检所按百分比考核的指标有哪些", [], [i["level3"] for i in A[YJ]["indicators"] if "%" in i["annual_value"]],
  note="annual value in %")
Q("filter", "全市财政供养人员在140到150人之间的单位", [], [t["department"] for t in DG if 140 <= ppl(t) <= 150],
  note="民政局 143, 商务局 142, 审计局 146, 药检所 148", scope="mixed")
Q("filter", "东莞今年预算在1.1亿到1.2亿之间的部门有哪些", [],
  [t["department"] for t in DG if 11000 <= tot(t) <= 12000], note="four within 6.43万元, 药检所 among them", scope="mixed")

# ---------------------------------------------------------------- count (8) + follow-ups
Q("count", "就业中心今年表里有几项任务", [f"#{len(A[JY6]['tasks'])}"], note="eleven; 2025 ten")
zk = [x for x in A[JY6]["tasks"] if x["section"] == "年度重点工作任务"]
zks = sum(x["amount"] for x in zk)
zts = sum(x["amount"] for x in A[JY6]["tasks"])
Q("count", "重点任务几项，合计多少", [f"#{len(zk)}", T.yuan(zks)], fu=True, note="five 年度重点工作任务, two asks")
Q("count", "重点任务占全部任务经费百分之几", [T.pct(zks / zts * 100)], fu=True, note="key / all tasks")
Q("count", "药检所的绩效指标一共几个", [f"#{len(A[YJ]['indicators'])}"], note="")
Q("count", "农检中心数量指标有几个", [f"#{sum(i['level2'] == '数量指标' for i in A[NJ]['indicators'])}"], note="")
Q("count", "少年宫满意度指标几个", [f"#{sum(i['level1'] == '满意度指标' for i in A[SG]['indicators'])}"], note="")
Q("count", "全市今年交了部门整体绩效目标表的单位有几家", [f"#{len(DG)}"], note="116", scope="mixed")
Q("count", "全市任务名称里带“就业”的有几项", [f"#{sum('就业' in x['name'] for t in DG for x in t['tasks'])}"],
  note="literal substring; 就业中心 6 + 人社局, 退役军人局, 残联, 妇联, 团市委, 职业技术学院, 技师学院", scope="mixed")
Q("count", "东莞今年有几个部门没有对下转移支付资金", [f"#{sum(t['budget']['拟用于对下转移支付资金'] == 0 for t in DG)}"],
  note="对下 0.00; 药检所 among them", scope="mixed")
Q("count", "全市没有下属二级单位的单位有几家", [f"#{sum(t['basic_info']['下属二级单位数'] == 0 for t in DG)}"],
  note="下属二级单位数 0; 药检所 and 少年宫 among them", scope="mixed")

# ---------------------------------------------------------------- aggregate (9) + follow-up
tsum = sum(x["amount"] for x in A[YJ]["tasks"])
Q("aggregate", "药检所十项任务加起来多少", [T.yuan(tsum)], note="ten tasks")
Q("aggregate", "占项目支出的比例", [T.pct(tsum / (bl(YJ, "项目支出") * 10000) * 100)], fu=True, note="tasks / 项目支出")
Q("aggregate", "农检中心和农科中心今年预算合起来多少", [T.wan(tot(A[NJ]) + tot(dept(NK)))], note="", scope="mixed")
Q("aggregate", "就业中心、药检所、农检中心、少年宫四家预算加总", [T.wan(sum(tot(A[s]) for s in (JY6, YJ, NJ, SG)))],
  note="")
Q("aggregate", "东莞今年各部门预算总盘子", [T.wan(sum(tot(t) for t in DG))], note="116 departments", scope="mixed")
Q("aggregate", "少年宫基本支出占预算合计的比例", [T.pct(bl(SG, "基本支出") / tot(A[SG]) * 100)], note="")
nsum = sum(x["amount"] for x in A[NJ]["tasks"])
Q("aggregate", "农检中心十个任务平均一项多少钱", [T.yuan2(Decimal(nsum) / 10)], note="average")
Q("aggregate", "全市名称带“检验”的任务经费合计",
  [T.yuan(sum(x["amount"] for t in DG for x in t["tasks"] if "检验" in x["name"]))],
  note="literal substring: 药检所 ×6, 质检中心 ×4, 粮储局 (eleven)", scope="mixed")
Q("aggregate", "就业中心对下转移支付占财政专项资金的比重",
  [T.pct(bl(JY6, "拟用于对下转移支付资金") / bl(JY6, "财政专项资金") * 100)], note="656 / 1864")
Q("aggregate", "药检所和审计局财政供养人员一共多少", [f"#{ppl(A[YJ]) + ppl(dept(SJJ))}"], note="148 + 146", scope="mixed")

# ---------------------------------------------------------------- ranking (11) + follow-ups
top = max(A[JY6]["tasks"], key=lambda x: x["amount"])
lo = min(A[JY6]["tasks"], key=lambda x: x["amount"])
Q("ranking", "就业中心哪个任务钱最多", [T.yuan(top["amount"])], [top["name"]], note="")
Q("ranking", "最少的是哪个", [T.yuan(lo["amount"])], [lo["name"]], fu=True, note="")
Q("ranking", "东莞各部门按预算排，就业中心第几", [rank(tot, JY6)], note="社保中心 30100.28 > 29684.34 > 港务局 29015.36",
  scope="mixed")
Q("ranking", "农检中心预算在东莞排多少名", [rank(tot, NJ)], note="妇联 7245.03 > 7241.69 > 特教学校 7238.46", scope="mixed")
Q("ranking", "少年宫预算全市第几", [rank(tot, SG)], note="民族宗教局 3867.45 > 3652.48 > 美术馆 3648.29", scope="mixed")
Q("ranking", "就业中心财政供养人员全市第几", [rank(ppl, JY6)], note="城市照明管理处 212 > 187 > 交通运输局 186", scope="mixed")
Q("ranking", "农检中心财政供养人员在全市排第几", [rank(ppl, NJ)], note="国动办 81 > 79 > 退役军人事务局 78", scope="mixed")
Q("ranking", "那退役军人事务局呢", [rank(ppl, dept(TYJR)["slug"])], fu=True, note="one place behind 农检中心", scope="mixed")
Q("ranking", "药检所其他资金全市排第几", [rank(lambda t: t["budget"]["其他资金"], YJ)],
  note="民政局 2674.13 > 2506.38 > 水利局 2212.96", scope="mixed")
Q("ranking", "农检中心的基本支出全市排老几", [rank(lambda t: t["budget"]["基本支出"], NJ)],
  note="退役军人事务局 2186.54 > 2148.63 > 仲裁院 2148.36 (0.27 apart)", scope="mixed")
Q("ranking", "少年宫的财政拨款在全市排第几", [rank(lambda t: t["budget"]["财政拨款"], SG)],
  note="美术馆 3526.08 > 3468.24 > 地方志办 3368.58", scope="mixed")
second = sorted(A[SG]["tasks"], key=lambda x: -x["amount"])[1]
Q("ranking", "少年宫花钱第二多的任务", [T.yuan(second["amount"])], [second["name"]], note="second")
four = sorted((JY6, YJ, NJ, SG), key=lambda s: -tot(A[s]))
Q("ranking", "就业中心、药检所、农检中心、少年宫按预算从高到低排", [tw(s) for s in four],
  [A[s]["department"] for s in four], note="descending order as asked")


# ---------------------------------------------------------------- compare (11)
def cmp(q, x, y, unit="wan", note="", scope="mixed", names=()):
    dlt = abs(x - y)
    f = {"wan": T.wan, "yuan": T.yuan, "people": lambda v: f"#{v}"}[unit]
    Q("compare", q, [f(dlt), f(x), f(y)], list(names), note=note, scope=scope)


cmp("就业中心比社保中心预算少多少", tot(A[JY6]), tot(dept(SBZX)), note="difference, then 就业中心, 社保中心")
cmp("药检所和图书馆预算差多少", tot(A[YJ]), tot(dept(TSG)), note="1.66万元; 图书馆 larger")
cmp("农检中心跟农科中心预算相差多少", tot(A[NJ]), tot(dept(NK)), note="农科中心 larger; not the same body")
cmp("就业中心和人社局预算差多少", tot(A[JY6]), tot(dept(RS)), note="人社局 larger; not the same body")
cmp("农检中心例行监测和监督抽检经费和农科中心农产品质量安全检测经费差多少", a(NJ, "农产品质量安全例行监测和监督抽检经费"),
    other(NK, "农产品质量安全检测经费"), "yuan", names=["农产品质量安全例行监测和监督抽检经费", "农产品质量安全检测经费"],
    note="13600元")
cmp("药检所食品安全监督抽检检验经费比市场监管局食品安全抽检监测经费少多少", a(YJ, "食品安全监督抽检检验经费"),
    other(SJ, "食品安全抽检监测经费"), "yuan", names=["食品安全监督抽检检验经费", "食品安全抽检监测经费"], note="32533300元")
cmp("药检所检验检测仪器设备购置经费跟质检中心检验检测能力建设和设备购置经费差多少", a(YJ, "检验检测仪器设备购置经费"),
    other(ZJ, "检验检测能力建设和设备购置经费"), "yuan", names=["检验检测仪器设备购置经费", "检验检测能力建设和设备购置经费"],
    note="838200元")
cmp("少年宫公益课程和兴趣培训经费比文化馆公益艺术培训经费多多少", a(SG, "公益课程和兴趣培训经费"),
    other(WHG, "公益艺术培训经费"), "yuan", names=["公益课程和兴趣培训经费", "公益艺术培训经费"], note="3881000元")
cmp("就业中心就业政策宣传经费和人社局人社政策宣传经费差多少", a(JY6, XC), other(RS, "人社政策宣传经费"), "yuan",
    names=[XC, "人社政策宣传经费"], note="539400元")
cmp("农检中心和退役军人事务局财政供养人员差多少人", ppl(A[NJ]), ppl(dept(TYJR)), "people", note="1")
cmp("少年宫和团市委财政供养人员差几个", ppl(A[SG]), ppl(dept(TSW)), "people", note="37; 团市委 = 共青团东莞市委员会")

# ---------------------------------------------------------------- yesno (15)
Q("yesno", "药检所今年预算过１个亿没有", [tw(YJ)], yesno="是", note="full-width １; 11771.86万元")
Q("yesno", "药检所是不是八成以上靠财政拨款", [bw(YJ, "财政拨款")], yesno="否", note="9265.48 / 11771.86 = 78.71%")
Q("yesno", "药检所有没有对下转移支付", [bw(YJ, "拟用于对下转移支付资金")], yesno="否", note="0.00万元")
Q("yesno", "药检所查出不合格结果一天之内要报告吗", [iv(YJ, "不合格检验结果报告时限")], yesno="是", note="≤24小时 = one day")
Q("yesno", "就业中心零工市场国庆前能建成吗", [iv(JY6, "市级零工市场建成时间")], yesno="是",
  note="2026年9月30日前: before 1 October")
Q("yesno", "就业中心财政供养人员超过190人没有", [f"#{ppl(A[JY6])}"], yesno="否", note="187")
Q("yesno", "就业中心预算是不是超过3个亿", [tw(JY6)], yesno="否", note="29684.34万元")
Q("yesno", "就业中心有没有对下转移支付", [bw(JY6, "拟用于对下转移支付资金")], yesno="是", note="656.00万元")
jy_top = max(A[JY6]["tasks"], key=lambda x: x["amount"])
Q("yesno", "就业中心有没有哪项任务超过一个亿", [T.yuan(jy_top["amount"])], yesno="否", note="largest 96482300")
Q("yesno", "农检中心追溯平台年底前能上线吗", [iv(NJ, "追溯平台上线时间")], yesno="是", note="2026年10月31日前")
Q("yesno", "农检中心检测结果准确率要求达到99%吗", [iv(NJ, "检测结果准确率")], yesno="否",
  note="≥98%; 99% is 农科中心's (same name)")
Q("yesno", "农检中心预算超过8000万了吗", [tw(NJ)], yesno="否", note="7241.69万元")
Q("yesno", "少年宫场馆改造开学前能完成吗", [iv(SG, "场馆改造完成时间")], yesno="是", note="2026年8月31日前: before 1 September")
Q("yesno", "少年宫课程报名审核一周内能办完吗", [iv(SG, "课程报名审核时限")], yesno="是", note="≤3个工作日 is within a week")
Q("yesno", "少年宫财政供养人员是不是比公共资源交易中心多", [f"#{ppl(A[SG])}"], yesno="否", note="65 < 66", scope="mixed")

# ---------------------------------------------------------------- yoy (15) + follow-ups
Q("yoy", "就业中心去年预算多少", [tw(JY5)], absent=[tw(JY6)], note="2025")
Q("yoy", "就业中心今年预算比去年多多少", [T.wan(tot(A[JY6]) - tot(A[JY5])), tw(JY6), tw(JY5)], note="difference, 2026, 2025")
Q("yoy", "增幅是多少", [T.pct((tot(A[JY6]) - tot(A[JY5])) / tot(A[JY5]) * 100)], fu=True, note="over 2025")
Q("yoy", "就业中心去年和今年财政供养人员各多少", [f"#{ppl(A[JY5])}", f"#{ppl(A[JY6])}"], note="181, 187")
Q("yoy", "就业困难人员帮扶和公益性岗位经费今年比去年涨了多少", [T.yuan(a(JY6, GY) - a(JY5, GY)), amt(JY6, GY), amt(JY5, GY)],
  [GY], note="difference, 2026, 2025")
Q("yoy", "就业中心今年新增了哪项任务", [amt(JY6, LG)], [LG], note="2026 only")
Q("yoy", "去年就业中心的就业信息系统运维经费多少", [amt(JY5, XT5)], [XT5], note="2025 name")
Q("yoy", "就业中心那个就业信息系统运维的经费今年改名了，现在叫什么，多少钱", [amt(JY6, XT6)], [XT6], note="renamed in 2026")
Q("yoy", "这项跟去年比多了多少", [T.yuan(a(JY6, XT6) - a(JY5, XT5)), amt(JY6, XT6), amt(JY5, XT5)], fu=True,
  note="across the rename")
Q("yoy", "就业中心去年几项任务，合计多少钱", [f"#{len(A[JY5]['tasks'])}", T.yuan(sum(x['amount'] for x in A[JY5]['tasks']))],
  note="two asks")
n = "公共就业服务体系"
Q("yoy", "去年就业中心公共就业服务体系那个指标怎么写的", [iv(JY5, n)], [n], absent=[iv(JY6, n)], note="qualitative 2025")
ch = [i["level3"] for i in A[JY5]["indicators"] if T.indicator(A[JY6], i["level3"])["annual_value"] != i["annual_value"]]
Q("yoy", "就业中心哪些指标的年度值跟去年比有变化", [], ch, note="ten changed, one qualitative")
n = "举办招聘会"
Q("yoy", "就业中心去年举办招聘会定的多少场", [iv(JY5, n)], [n], absent=[iv(JY6, n)], note="2025 ≥260场")
Q("yoy", "就业中心2025年总体目标里市级创业孵化基地大概几个", [goal(JY5, "约8个")], absent=[goal(JY6, "约9个")],
  note="2025 goal only")
Q("yoy", "去年就业中心给镇街就业服务站点的补助多少", [amt(JY5, ZZ)], [ZZ], absent=[amt(JY6, ZZ)],
  note="2025 = its 对下 594.00万元")
Q("yoy", "创业孵化和创业服务经费今年比去年多了多少", [T.yuan(a(JY6, CY) - a(JY5, CY)), amt(JY6, CY), amt(JY5, CY)], [CY],
  note="increase; 其他 in 2025, 重点 in 2026")
n = "求职登记办理时限"
Q("yoy", "就业中心求职登记办理时限今年和去年的指标各是多少", [iv(JY6, n), iv(JY5, n)], [n],
  note="2026 ≤1个工作日, 2025 ≤2个工作日, in order asked")

# ---------------------------------------------------------------- not_found (7) + follow-up
Q("not_found", "就业中心2024年的预算", expect="not_found", absent=[tw(JY5), tw(JY6)], note="2024 not loaded")
Q("not_found", "那2025年的呢", [tw(JY5)], fu=True, note="2025")
Q("not_found", "药检所去年的药品抽检经费", expect="not_found", absent=[amt(YJ, "药品质量监督抽检检验经费")],
  note="药检所 2025 not loaded")
Q("not_found", "少年宫2025年预算多少", expect="not_found", absent=[tw(SG)], note="少年宫 2025 not loaded")
Q("not_found", "东莞市职业技能鉴定指导中心今年预算多少", expect="not_found", absent=[tw(JY6), T.wan(tot(dept(RS)))],
  note="unit not loaded; not 就业中心, not 人社局", scope="not_loaded")
Q("not_found", "广州市药品检验所今年预算多少", expect="not_found", absent=[tw(YJ)],
  note="other city, not loaded; not 东莞 药检所", scope="not_loaded")
Q("not_found", "农检中心农药残留快检车购置经费多少", expect="not_found", note="no such item in any table")
Q("not_found", "少年宫2027年预算", expect="not_found", absent=[tw(SG)], note="2027 not loaded")

# ---------------------------------------------------------------- trap (8)
Q("trap", "东莞市青少年活动中心今年预算多少", expect="not_found", absent=[tw(SG), T.wan(tot(dept(TSW)))],
  note="unit not loaded; not 少年宫, not 团市委", scope="not_loaded")
Q("trap", "少年宫的市青少年宫运行经费是多少", expect="not_found", absent=[T.yuan(other(TSW, "市青少年宫运行经费"))],
  note="团市委's item (市青少年宫, 2186500)")
Q("trap", "药检所的特种设备安全监管经费", expect="not_found", absent=[T.yuan(other(SJ, "特种设备安全监管经费"))],
  note="市场监管局's item")
Q("trap", "就业中心的城乡居民养老保险财政补贴有多少", expect="not_found",
  absent=[T.yuan(other(RS, "城乡居民养老保险财政补贴"))], note="人社局's item")
Q("trap", "实验室资质认定和能力验证经费是多少", expect="ok_or_clarify", note="药检所 and 质检中心 share the name",
  scope="mixed")
Q("trap", "帮扶就业困难人员就业指标是多少", expect="ok_or_clarify",
  note="人社局 (≥4800人) and 就业中心 (≥5200人; 2025 ≥4600人) share the name", scope="mixed")
Q("trap", "农科中心的检测结果准确率，不是农检中心那个", [other_iv(NK, "检测结果准确率")], ["检测结果准确率"],
  absent=[iv(NJ, "检测结果准确率")], note="农科中心 2026 ≥99%; 农检中心 ≥98%", scope="mixed")
Q("trap", "人社局就业见习补贴标准是多少，别跟就业中心搞混", [other_iv(RS, "就业见习补贴标准")], ["就业见习补贴标准"],
  absent=[iv(JY6, "就业见习补贴标准"), iv(JY5, "就业见习补贴标准")],
  note="人社局 2026 ≤1900元/人/月; 就业中心 ≤2000元/人/月 (2025 ≤1800元/人/月)", scope="mixed")

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
out = HERE.parent / "batch_43.jsonl"
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
