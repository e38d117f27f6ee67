"""Write tests/blind/batch_36.jsonl (160 questions) from the tables alone (truth36.py).

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

import truth36 as T  # noqa: E402

A = T.load()
ZF6, ZF5, HY, BY8, JS = T.NEW  # 政法委 2026, 政法委 2025, 海洋综合执法支队, 第八人民医院, 技师学院
DG = T.dg2026(A)
BY = {t["department"]: t for t in DG}
tot = T.total
assert len(DG) == 92


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
    rid = f"b36-{n:03d}"
    ROWS.append({"id": rid, "q": q, "category": "followup" if fu else cat, "expect": expect,
                 "figures": list(figures), "names": list(names), "yesno": yesno, "absent": list(absent),
                 "followup_of": ROWS[-1]["id"] if fu else None, "note": f"{note} [scope: {scope}]"})


GA, SF, XF, GW, JZ = ("东莞市公安局", "东莞市司法局", "东莞市信访局", "东莞市港务管理局", "东莞市交通运输综合行政执法支队")
FY, ZY, RS, QX, SJ = "东莞市妇幼保健院", "东莞职业技术学院", "东莞市人力资源和社会保障局", "东莞市气象局", "东莞市审计局"
YB, TJ, TY = "东莞市医疗保障局", "东莞市统计局", "东莞市退役军人事务局"
MAO, WANGGE, PINGAN5, PINGAN6 = "矛盾纠纷排查化解经费", "网格化服务管理经费", "平安建设宣传和群防群治经费", "平安东莞建设宣传经费"
ZZPT, CHUAN, SBGX, ZIZHU = "综治中心数字化平台建设经费", "海上执法船艇运行维护经费", "医疗设备购置和更新经费", "学生资助和奖助学金经费"


def other(dname, name):
    (x,) = [x for x in dept(dname)["tasks"] if x["name"] == name]
    return x["amount"]


def other_iv(dname, name, which="annual"):
    (x,) = [x for x in dept(dname)["indicators"] if x["level3"] == name]
    return x[f"{which}_value"]


# ---------------------------------------------------------------- item_money (15) + follow-ups
Q("item_money", "政法委今年矛盾纠纷排查化解安排了多少钱", [amt(ZF6, MAO)], [MAO],
  absent=[T.yuan(other(XF, "信访矛盾纠纷多元化解经费")), T.yuan(other(SF, "人民调解工作经费")), amt(ZF5, MAO)],
  note="信访局 信访矛盾纠纷多元化解经费 8650700 (500 apart), 司法局 人民调解工作经费 8650000")
Q("item_money", "去年的呢", [amt(ZF5, MAO)], [MAO], absent=[amt(ZF6, MAO)], fu=True, note="政法委 2025")
Q("item_money", "市委政法委网格员那块，网格化管理一年给多少", [amt(ZF6, WANGGE)], [WANGGE], absent=[amt(ZF5, WANGGE)],
  note="asked by purpose")
Q("item_money", "政法委搞平安东莞宣传的经费是多少", [amt(ZF6, PINGAN6)], [PINGAN6],
  absent=[T.yuan(other(GA, "禁毒宣传教育经费"))], note="公安局 禁毒宣传教育经费 1536000 (1400 apart)")
n = "见义勇为专项基金补助"
Q("item_money", "政法委那边见义勇为基金今年补了多少", [amt(ZF6, n)], [n],
  absent=[T.yuan(other(GA, "见义勇为人员奖励和救助资金"))], note="公安局 见义勇为人员奖励和救助资金 1250000 (digits)")
Q("item_money", "海洋支队执法船一年的运行维护要花多少", [amt(HY, CHUAN)], [CHUAN],
  absent=[T.yuan(other(GW, "港口行政执法和执法船艇运行经费"))], note="港务局 港口行政执法和执法船艇运行经费 5680300 (2700 apart)")
n = "伏季休渔和渔业资源保护执法经费"
Q("item_money", "海洋执法支队休鱼期执法那项经费多少", [amt(HY, n)], [n], note="homophone 鱼 for 渔; asked by use")
n = "海洋执法宣传经费"
Q("item_money", "海洋支队的执法宣传经费", [amt(HY, n)], [n], absent=[T.yuan(other(JZ, "交通运输执法宣传经费"))],
  note="交通执法支队 交通运输执法宣传经费 1862400 (300 apart)")
n = "儿童危重症救治中心建设经费"
Q("item_money", "八院建儿童危重症救治中心要多少钱", [amt(BY8, n)], [n],
  absent=[T.yuan(other(FY, "孕产妇和新生儿危急重症救治中心建设经费"))], note="妇幼 孕产妇和新生儿危急重症救治中心 48653200")
Q("item_money", "儿童医院的医疗设备购置和更新经费多少", [amt(BY8, SBGX)], [SBGX], absent=[T.yuan(other(FY, SBGX))],
  note="儿童医院 = 第八人民医院; same name as 妇幼 65386400 (digits), 中医院, 人民医院")
Q("item_money", "妇幼保健院的呢", [T.yuan(other(FY, SBGX))], [SBGX], absent=[amt(BY8, SBGX)], fu=True,
  note="妇幼 2026", scope="mixed")
n = "儿童保健和早期发展服务经费"
Q("item_money", "市八院做儿童保健和早期干预的钱有多少", [amt(BY8, n)], [n],
  absent=[T.yuan(other(FY, "儿童早期发展和儿童保健服务经费"))], note="妇幼 儿童早期发展和儿童保健服务经费 5230900 (8100 apart)")
n = "镇街社区卫生服务中心儿科医联体建设补助"
Q("item_money", "八院给镇街社卫中心搞儿科医联体的补助是多少", [amt(BY8, n)], [n], note="= its 对下 247.00万元")
n = "公共实训基地建设经费"
Q("item_money", "技师学院建公共实训基地的钱", [amt(JS, n)], [n],
  absent=[T.yuan(other(ZY, "现代产业学院和产教融合实训基地建设经费"))], note="职院's 实训基地 item 64200700")
Q("item_money", "技師學院學生資助和獎助學金經費多少", [amt(JS, ZIZHU)], [ZIZHU],
  absent=[T.yuan(other(ZY, ZIZHU)), T.yuan(other(RS, "技工院校学生资助经费"))],
  note="traditional characters; same name as 职院 18960400; 人社局 技工院校学生资助经费 18960000")
n = "职业技能等级认定和社会培训经费"
Q("item_money", "技师学院的职业技能等级认定和社会培训经费多少", [amt(JS, n)], [n], absent=[T.yuan(other(ZY, n))],
  note="same name as 职院 2156800 (digits swapped); not 职业技能培训和等级认定经费 9548300")
n = "技能竞赛集训和参赛经费"
Q("item_money", "技院带学生去打技能大赛，集训参赛的经费多少", [amt(JS, n)], [n], note="asked by use; 技院 = 技师学院")

# ---------------------------------------------------------------- indicator (13) + follow-ups
n = "排查化解矛盾纠纷"
Q("indicator", "政法委今年排查化解矛盾纠纷的年度指标多少", [iv(ZF6, n)], [n], absent=[iv(ZF5, n)],
  note="annual ≥4万宗; 2025 ≥3.6万宗; period ≥12万宗 not absent")
Q("indicator", "实施周期那个数呢", [iv(ZF6, n, "period")], [n], fu=True, note="period")
n = "矛盾纠纷化解率"
Q("indicator", "政法委矛盾纠纷化解率定的多少", [iv(ZF6, n)], [n], absent=[other_iv(SF, n)], note="司法局 ≥96% (same name)")
n = "群众安全感"
Q("indicator", "政法委群众安全感指标是多少", [iv(ZF6, n)], [n], absent=[other_iv(GA, n), iv(ZF5, n)],
  note="公安局 ≥95% (same name); 2025 ≥94%")
n = "综治中心数字化平台上线时间"
Q("indicator", "政法委综治中心数字化平台什么时候上线", [iv(ZF6, n)], [n], note="date")
n = "海上巡航里程"
Q("indicator", "海洋支队今年海上巡航里程要跑多少", [iv(HY, n)], [n], note="annual ≥4.2万海里; period ≥13万海里 not absent")
n = "执法船艇单位里程运行成本"
Q("indicator", "海洋执法支队执法船每海里运行成本上限", [iv(HY, n)], [n], note="cost 元/海里")
n = "海上违法线索核查时限"
Q("indicator", "海洋支队接到违法线索几天内要核查完", [iv(HY, n)], [n], note="≤3个工作日")
n = "危重患儿转运响应时间"
Q("indicator", "八院危重患儿转运响应时间要求多少", [iv(BY8, n)], [n], note="≤30分钟")
n = "患儿家长满意度"
Q("indicator", "市八院患儿家长满意度定了多少", [iv(BY8, n)], [n], absent=[other_iv(FY, n), iv(BY8, "住院患儿家长满意度")],
  note="妇幼 ≥92% (same name); 八院's 住院患儿家长满意度 ≥95%")
n = "培训基层儿科医护人员"
Q("indicator", "儿童医院今年培训基层儿科医护人员多少人次", [iv(BY8, n)], [n], note="annual ≥1400人次; period ≥4200人次")
n = "儿童心理行为发育评估单例成本"
Q("indicator", "八院做一例儿童心理行为发育评估的成本上限", [iv(BY8, n)], [n], note="cost 元/例")
n = "毕业生就业率"
Q("indicator", "技师学院毕业生就业率要求多少", [iv(JS, n)], [n], absent=[other_iv(ZY, "毕业生就业去向落实率")],
  note="职院 毕业生就业去向落实率 ≥95%")
n = "全日制在校生"
Q("indicator", "技师学院全日制在校生的指标", [iv(JS, n)], [n], absent=[other_iv(ZY, n)], note="职院 ≥2.4万人 (same name)")
n = "在校生满意度"
Q("indicator", "在校生满意度呢", [iv(JS, n)], [n], absent=[other_iv(ZY, n)], fu=True, note="技师学院 ≥91%; 职院 ≥92%")

# ---------------------------------------------------------------- overview (5) + follow-ups
Q("overview", "八院今年部门预算合计多少", [tw(BY8)], note="预算合计 = 基本 + 项目 + 其他事业发展性")
Q("overview", "其中财政拨款和其他资金各占多少", [bw(BY8, "财政拨款"), bw(BY8, "其他资金")], fu=True, note="two figures in order")
Q("overview", "放在全市各部门里排第几", [rank(tot, BY8)], fu=True, note="医保局 102919.76 > 99486.37 > 自然资源局 96273.10",
  scope="mixed")
Q("overview", "技师学院财政供养多少人？下面有几个二级单位", [f"#{ppl(A[JS])}", f"#{A[JS]['basic_info']['下属二级单位数']}"],
  note="468, 0")
Q("overview", "海洋综合执法支队今年预算总额", [tw(HY)], note="")
Q("overview", "政法委项目支出多少", [bw(ZF6, "项目支出")], note="")
Q("overview", "技师学院的其他事业发展性支出有多少", [bw(JS, "其他事业发展性支出")], note="")

# ---------------------------------------------------------------- structure (2)
Q("structure", "海洋支队有哪些时效指标", [], [i["level3"] for i in A[HY]["indicators"] if i["level2"] == "时效指标"],
  note="时效指标, two")
Q("structure", "八院的满意度指标都有哪些", [], [i["level3"] for i in A[BY8]["indicators"] if i["level1"] == "满意度指标"],
  note="一级 满意度指标, two")

# ---------------------------------------------------------------- prose (18) + follow-up
Q("prose", "政法委今年要推动多少个村（社区）综治中心规范化运行", [goal(ZF6, "约590个")], note="goal only")
Q("prose", "按政法委的说法，全市基础网格划了大概多少个", [goal(ZF6, "约4100个")],
  note="goal only; sentence with 4100个, 1.3万人次")
Q("prose", "政法委对多少名重点人员落实动态管控", [goal(ZF6, "约1.1万名")], note="goal only; sentence with 1.1万名, 80人")
Q("prose", "政法委总体目标里全年排查化解矛盾纠纷大概多少宗", [goal(ZF6, "约4.2万宗")],
  note="indicator ≥4万宗 is the counterpart (总体目标)")
Q("prose", "政法委今年表彰慰问见义勇为人员大概多少人", [goal(ZF6, "约80人")], absent=[other_iv(GA, "表彰奖励见义勇为人员")],
  note="goal only; 公安局's 表彰奖励见义勇为人员 ≥60人 is another department's")
Q("prose", "按目标，海洋支队全年大概出动多少艘次执法船艇，巡航多少海里", [goal(HY, "约1600艘次"), goal(HY, "约4.5万海里")],
  note="two figures of one sentence; indicators ≥1500艘次 / ≥4.2万海里 are the counterparts (按目标)")
Q("prose", "海洋支队今年要清理取缔多少艘涉渔三无船舶", [goal(HY, "约120艘")], note="goal only; sentence with 90次, 120艘")
Q("prose", "海洋执法支队要对多少个用海项目开展监督检查", [goal(HY, "约70个")], note="goal only; sentence with 70个, 36公里")
Q("prose", "海洋支队配合巡护的岸线有多长", [goal(HY, "约36公里")], note="goal only")
Q("prose", "按总体目标海洋支队建多少个岸基视频监控点", [goal(HY, "约24个")],
  note="indicator ≥22个 is the counterpart (总体目标)")
Q("prose", "八院全年门急诊大概多少人次，按目标说", [goal(BY8, "约168万人次")],
  note="indicator ≥160万人次 is the counterpart (目标)")
Q("prose", "八院儿童保健门诊一年看多少人次", [goal(BY8, "约9万人次")], note="goal only; sentence with 2.4万人次, 9万人次")
Q("prose", "八院要帮扶多少个镇街社区卫生服务中心", [goal(BY8, "约33个")], note="goal only; sentence with 33个, 1500人次")
Q("prose", "儿童医院互联网诊疗平台上线后线上复诊大概多少人次", [goal(BY8, "约12万人次")], note="goal only")
Q("prose", "技师学院按总体目标今年招多少新生", [goal(JS, "约4200人")], note="indicator ≥4000人 is the counterpart (总体目标)")
Q("prose", "技师学院一年做多少人次技能等级认定", [goal(JS, "约1.8万人次")],
  note="goal only; sentence with 2.6万人次, 1.8万人次, 85%")
Q("prose", "那职业技能培训大概多少人次", [goal(JS, "约2.6万人次")], fu=True,
  note="indicator ≥2.5万人次 is the counterpart (大概)")
Q("prose", "技师学院目标里省级以上技能大赛获奖多少项", [goal(JS, "约60项")], note="indicator ≥55项 is the counterpart (目标)")
Q("prose", "技师学院培训一体化教师多少人次", [goal(JS, "约300人次")], note="goal only; sentence with 60项, 300人次")

# ---------------------------------------------------------------- filter (8) + follow-up
big = [x for x in A[ZF6]["tasks"] if x["amount"] > 3000000]
Q("filter", "政法委哪些任务超过三百万", [], [x["name"] for x in big], note="> 3,000,000 (none on the line)")
Q("filter", "这些加一块多少钱", [T.yuan(sum(x["amount"] for x in big))], fu=True, note="sum of the four")
Q("filter", "八院两百万到五百万之间的任务有哪些", [],
  [x["name"] for x in A[BY8]["tasks"] if 2000000 <= x["amount"] <= 5000000], note="inclusive")
Q("filter", "海洋支队哪些任务不到一百五十万", [], [x["name"] for x in A[HY]["tasks"] if x["amount"] < 1500000],
  note="< 1,500,000")
Q("filter", "技师学院哪个指标周期值跟年度值不同", [],
  [i["level3"] for i in A[JS]["indicators"] if i["period_value"] != i["annual_value"]], note="period ≠ annual: one")
Q("filter", "海洋支队哪些指标是定性的", [],
  [i["level3"] for i in A[HY]["indicators"] if not any(c.isdigit() for c in i["annual_value"])], note="qualitative")
Q("filter", "八院年度值按人次算的指标有哪些", [], [i["level3"] for i in A[BY8]["indicators"] if "人次" in i["annual_value"]],
  note="annual value in 人次")
Q("filter", "全市财政供养人员在1000到2000人之间的单位", [], [t["department"] for t in DG if 1000 <= ppl(t) <= 2000],
  note="中医院 1856, 八院 1268, 妇幼 1168, 市场监管局 1026", scope="mixed")
Q("filter", "东莞今年预算在9500万到1亿之间的部门有哪些", [],
  [t["department"] for t in DG if 9500 <= tot(t) <= 10000], note="卫生监督所, 统计局, 海洋支队, 交易中心", scope="mixed")

# ---------------------------------------------------------------- count (8) + follow-ups
Q("count", "政法委今年表里有几项任务", [f"#{len(A[ZF6]['tasks'])}"], note="")
zk = [x for x in A[ZF6]["tasks"] if x["section"] == "年度重点工作任务"]
zks = sum(x["amount"] for x in zk)
zts = sum(x["amount"] for x in A[ZF6]["tasks"])
Q("count", "重点任务是几项，一共多少钱", [f"#{len(zk)}", T.yuan(zks)], fu=True, note="three 年度重点工作任务, two asks")
Q("count", "重点任务占全部任务经费的百分之几", [T.pct(zks / zts * 100)], fu=True, note="key / all tasks")
Q("count", "八院的绩效指标一共多少个", [f"#{len(A[BY8]['indicators'])}"], note="")
Q("count", "技师学院数量指标几个", [f"#{sum(i['level2'] == '数量指标' for i in A[JS]['indicators'])}"], note="")
Q("count", "海洋支队成本指标列了几个", [f"#{sum(i['level1'] == '成本指标' for i in A[HY]['indicators'])}"], note="")
Q("count", "全市报了今年部门整体绩效目标表的单位现在有多少家", [f"#{len(DG)}"], note="92", scope="mixed")
Q("count", "全市任务名字里带“执法”两个字的有几项", [f"#{sum('执法' in x['name'] for t in DG for x in t['tasks'])}"],
  note="literal substring", scope="mixed")
Q("count", "全市财政供养人数过千的单位有几家", [f"#{sum(ppl(t) > 1000 for t in DG)}"], note="八院 1268 is one", scope="mixed")
Q("count", "东莞今年预算超过10亿的部门几个", [f"#{sum(tot(t) > 100000 for t in DG)}"],
  note="八院 99486.37 is just under", scope="mixed")

# ---------------------------------------------------------------- aggregate (9) + follow-up
hsum = sum(x["amount"] for x in A[HY]["tasks"])
Q("aggregate", "海洋支队十项任务加起来多少", [T.yuan(hsum)], note="ten tasks")
Q("aggregate", "占项目支出多少比例", [T.pct(hsum / (bl(HY, "项目支出") * 10000) * 100)], fu=True, note="tasks / 项目支出")
Q("aggregate", "政法委和司法局今年预算合起来多少", [T.wan(tot(A[ZF6]) + tot(dept(SF)))], note="", scope="mixed")
Q("aggregate", "政法委、海洋支队、八院、技师学院四家今年预算加总", [T.wan(sum(tot(A[s]) for s in (ZF6, HY, BY8, JS)))],
  note="")
Q("aggregate", "东莞今年各部门预算总盘子多大", [T.wan(sum(tot(t) for t in DG))], note="92 departments", scope="mixed")
Q("aggregate", "八院其他资金占预算合计的比例", [T.pct(bl(BY8, "其他资金") / tot(A[BY8]) * 100)], note="")
jsum = sum(x["amount"] for x in A[JS]["tasks"])
Q("aggregate", "技师学院十个任务平均一项多少钱", [T.yuan2(Decimal(jsum) / 10)], note="average")
Q("aggregate", "全市名字里带“儿童”的任务经费合计多少",
  [T.yuan(sum(x["amount"] for t in DG for x in t["tasks"] if "儿童" in x["name"]))],
  note="literal substring", scope="mixed")
Q("aggregate", "政法委对下转移支付占财政专项资金的比重", [T.pct(bl(ZF6, "拟用于对下转移支付资金") / bl(ZF6, "财政专项资金") * 100)],
  note="284 / 1580")
Q("aggregate", "八院和妇幼两家财政供养人员一共多少", [f"#{ppl(A[BY8]) + ppl(dept(FY))}"], note="1268 + 1168", scope="mixed")

# ---------------------------------------------------------------- ranking (11) + follow-ups
top = max(A[BY8]["tasks"], key=lambda x: x["amount"])
lo = min(A[BY8]["tasks"], key=lambda x: x["amount"])
Q("ranking", "八院哪个任务钱最多", [T.yuan(top["amount"])], [top["name"]], note="")
Q("ranking", "最少的呢", [T.yuan(lo["amount"])], [lo["name"]], fu=True, note="")
Q("ranking", "东莞各部门按预算排，技师学院第几", [rank(tot, JS)], note="退役军人事务局 41281.60 > 35862.47 > 疾控 32290.36",
  scope="mixed")
Q("ranking", "政法委预算全市排第几", [rank(tot, ZF6)], note="审计局 13247.29 > 12573.86 > 气象局 12566.49", scope="mixed")
Q("ranking", "那气象局呢", [rank(tot, dept(QX)["slug"])], fu=True, note="one place behind 政法委 (7.37 apart)", scope="mixed")
Q("ranking", "海洋执法支队预算在东莞排多少名", [rank(tot, HY)], note="统计局 9639.35 > 9528.64 > 交易中心 9516.72",
  scope="mixed")
Q("ranking", "八院财政供养人员全市第几", [rank(ppl, BY8)], note="中医院 1856 > 1268 > 妇幼 1168", scope="mixed")
Q("ranking", "八院的其他资金在全市排老几", [rank(lambda t: t["budget"]["其他资金"], BY8)],
  note="人民医院, 中医院, 妇幼 ahead", scope="mixed")
Q("ranking", "技师学院基本支出全市排第几", [rank(lambda t: t["budget"]["基本支出"], JS)], note="", scope="mixed")
Q("ranking", "技师学院财政供养人员在全市排第几", [rank(ppl, JS)], note="人社局 486 > 468 > 自然资源局 412", scope="mixed")
Q("ranking", "海洋支队基本支出全市排第几", [rank(lambda t: t["budget"]["基本支出"], HY)], note="", scope="mixed")
second = sorted(A[ZF6]["tasks"], key=lambda x: -x["amount"])[1]
Q("ranking", "政法委花钱第二多的任务是哪个", [T.yuan(second["amount"])], [second["name"]], note="second")
four = sorted((ZF6, HY, BY8, JS), key=lambda s: -tot(A[s]))
Q("ranking", "政法委、海洋支队、八院、技师学院按预算从高到低排", [tw(s) for s in four], [A[s]["department"] for s in four],
  note="descending order as asked")


# ---------------------------------------------------------------- compare (11)
def cmp(q, x, y, unit="wan", note="", scope="mixed", names=()):
    dlt = abs(x - y)
    f = {"wan": T.wan, "yuan": T.yuan, "people": lambda v: f"#{v}"}[unit]
    Q("compare", q, [f(dlt), f(x), f(y)], list(names), note=note, scope=scope)


cmp("政法委比气象局预算多多少", tot(A[ZF6]), tot(dept(QX)), note="7.37万元; difference, then 政法委, 气象局")
cmp("八院和医保局预算差多少", tot(A[BY8]), tot(dept(YB)), note="医保局 larger")
cmp("海洋支队跟统计局预算相差多少", tot(A[HY]), tot(dept(TJ)), note="统计局 larger")
cmp("技师学院和退役军人事务局预算差多少", tot(A[JS]), tot(dept(TY)), note="退役军人事务局 larger")
cmp("政法委矛盾纠纷排查化解经费比信访局的信访矛盾纠纷多元化解经费少多少", a(ZF6, MAO),
    other(XF, "信访矛盾纠纷多元化解经费"), "yuan", names=[MAO, "信访矛盾纠纷多元化解经费"], note="500元")
cmp("海洋支队船艇运行维护经费和港务局的港口行政执法和执法船艇运行经费差多少", a(HY, CHUAN),
    other(GW, "港口行政执法和执法船艇运行经费"), "yuan", names=[CHUAN, "港口行政执法和执法船艇运行经费"], note="2700元")
cmp("技师学院学生资助和奖助学金经费比职院的少多少", a(JS, ZIZHU), other(ZY, ZIZHU), "yuan", names=[ZIZHU], note="1000万元 exactly")
cmp("八院儿童保健那项比妇幼的儿童早期发展和儿童保健服务经费多多少", a(BY8, "儿童保健和早期发展服务经费"),
    other(FY, "儿童早期发展和儿童保健服务经费"), "yuan",
    names=["儿童保健和早期发展服务经费", "儿童早期发展和儿童保健服务经费"], note="8100元")
cmp("政法委平安东莞建设宣传经费跟公安局禁毒宣传教育经费差多少", a(ZF6, PINGAN6), other(GA, "禁毒宣传教育经费"), "yuan",
    names=[PINGAN6, "禁毒宣传教育经费"], note="1400元")
cmp("海洋支队的执法宣传经费和交通执法支队的交通运输执法宣传经费差几块钱", a(HY, "海洋执法宣传经费"),
    other(JZ, "交通运输执法宣传经费"), "yuan", names=["海洋执法宣传经费", "交通运输执法宣传经费"], note="300元")
cmp("八院和妇幼财政供养人员差多少人", ppl(A[BY8]), ppl(dept(FY)), "people", note="100")

# ---------------------------------------------------------------- yesno (15)
Q("yesno", "八院今年预算超过１０个亿没有", [tw(BY8)], yesno="否", note="full-width １０; 99486.37万元 is just under")
Q("yesno", "八院的钱是不是七成以上靠其他资金", [bw(BY8, "其他资金")], yesno="是", note="78138.52 / 99486.37 = 78.54%")
Q("yesno", "八院互联网诊疗平台国庆前能上线吗", [iv(BY8, "互联网诊疗平台上线时间")], yesno="是", note="9月30日前")
Q("yesno", "八院危重患儿转运响应要求在半小时以内吗", [iv(BY8, "危重患儿转运响应时间")], yesno="是", note="≤30分钟")
Q("yesno", "政法委财政供养人员超过80人没有", [f"#{ppl(A[ZF6])}"], yesno="否", note="76")
Q("yesno", "政法委有没有对下转移支付", [bw(ZF6, "拟用于对下转移支付资金")], yesno="是", note="284.00万元")
Q("yesno", "综治中心数字化平台九月底前能上线吗", [iv(ZF6, "综治中心数字化平台上线时间")], yesno="否",
  note="2026年10月15日前: not promised by 30 September")
Q("yesno", "政法委的预算比审计局多吗", [tw(ZF6)], yesno="否", note="12573.86 < 13247.29", scope="mixed")
Q("yesno", "技师学院的实训大楼开学前能交付吗", [iv(JS, "实训大楼交付使用时间")], yesno="是", note="8月15日前")
Q("yesno", "技师学院用人单位满意度要求有没有到95%", [iv(JS, "用人单位满意度")], yesno="否", note="≥93%")
js_top = max(A[JS]["tasks"], key=lambda x: x["amount"])
Q("yesno", "技师学院有没有哪项任务超过五千万", [T.yuan(js_top["amount"])], yesno="否", note="largest 48652700")
Q("yesno", "技师学院有对下转移支付吗", [bw(JS, "拟用于对下转移支付资金")], yesno="否", note="0.00万元")
Q("yesno", "海洋执法监控系统上半年能升级完吗", [iv(HY, "海上执法监控系统升级完成时间")], yesno="是", note="6月30日前")
Q("yesno", "海洋支队执法船艇完好率要求到九成以上了吗", [iv(HY, "执法船艇完好率")], yesno="是", note="≥95%")
Q("yesno", "海洋支队预算过一个亿了吗", [tw(HY)], yesno="否", note="9528.64万元")

# ---------------------------------------------------------------- yoy (15) + follow-up
Q("yoy", "政法委去年预算多少", [tw(ZF5)], note="2025")
Q("yoy", "政法委今年预算比去年多多少", [T.wan(tot(A[ZF6]) - tot(A[ZF5])), tw(ZF6), tw(ZF5)], note="difference, 2026, 2025")
Q("yoy", "增长了百分之几", [T.pct((tot(A[ZF6]) - tot(A[ZF5])) / tot(A[ZF5]) * 100)], fu=True, note="over 2025")
Q("yoy", "政法委去年和今年财政供养人员各多少", [f"#{ppl(A[ZF5])}", f"#{ppl(A[ZF6])}"], note="72, 76")
Q("yoy", "政法委网格化经费今年比去年涨了多少", [T.yuan(a(ZF6, WANGGE) - a(ZF5, WANGGE)), amt(ZF6, WANGGE), amt(ZF5, WANGGE)],
  [WANGGE], note="difference, 2026, 2025")
Q("yoy", "政法委今年新增了哪项任务", [amt(ZF6, ZZPT)], [ZZPT], note="2026 only")
Q("yoy", "去年政法委的平安建设宣传和群防群治经费多少", [amt(ZF5, PINGAN5)], [PINGAN5], note="2025 name")
Q("yoy", "平安建设宣传那项今年改名了，现在叫啥，给多少", [amt(ZF6, PINGAN6)], [PINGAN6], note="renamed in 2026")
Q("yoy", "平安宣传这项跟去年比多了多少", [T.yuan(a(ZF6, PINGAN6) - a(ZF5, PINGAN5)), amt(ZF6, PINGAN6), amt(ZF5, PINGAN5)],
  note="across the rename")
Q("yoy", "政法委去年几项任务，合计多少钱", [f"#{len(A[ZF5]['tasks'])}", T.yuan(sum(x['amount'] for x in A[ZF5]['tasks']))],
  note="two asks")
n = "社会治安环境"
Q("yoy", "去年政法委社会治安环境那个指标怎么写的", [iv(ZF5, n)], [n], absent=[iv(ZF6, n)], note="qualitative 2025")
ch = [i["level3"] for i in A[ZF5]["indicators"] if T.indicator(A[ZF6], i["level3"])["annual_value"] != i["annual_value"]]
Q("yoy", "政法委哪些指标的年度值跟去年比变了", [], ch, note="eleven changed, one qualitative")
n = "群众安全感"
Q("yoy", "政法委去年群众安全感定的多少", [iv(ZF5, n)], [n], absent=[iv(ZF6, n)], note="2025 ≥94%")
Q("yoy", "政法委2025年总体目标里基础网格大概多少个", [goal(ZF5, "约3900个")], note="2025 goal only")
n = "镇街综治中心规范化建设补助"
Q("yoy", "去年政法委给镇街综治中心的补助多少", [amt(ZF5, n)], [n], absent=[amt(ZF6, n)], note="2025 = its 对下 252.00万元")
n = "扫黑除恶常态化工作经费"
Q("yoy", "政法委扫黑除恶经费今年比去年少了多少", [T.yuan(a(ZF5, n) - a(ZF6, n)), amt(ZF6, n), amt(ZF5, n)], [n],
  note="decrease; difference, 2026, 2025 (重点 in 2025, 其他 in 2026)")

# ---------------------------------------------------------------- not_found (7) + follow-up
Q("not_found", "政法委2024年的预算", expect="not_found", absent=[tw(ZF5), tw(ZF6)], note="2024 not loaded")
Q("not_found", "那2025年的呢", [tw(ZF5)], fu=True, note="2025")
Q("not_found", "八院去年的儿童危重症救治中心建设经费", expect="not_found", absent=[amt(BY8, "儿童危重症救治中心建设经费")],
  note="八院 2025 not loaded")
Q("not_found", "技师学院2025年预算多少", expect="not_found", absent=[tw(JS)], note="技师学院 2025 not loaded")
Q("not_found", "广州市技师学院今年预算多少", expect="not_found", absent=[tw(JS)], note="other city, not loaded",
  scope="not_loaded")
Q("not_found", "市委组织部今年预算多少", expect="not_found", absent=[tw(ZF6)],
  note="中共东莞市委组织部 not loaded; not 政法委", scope="not_loaded")
Q("not_found", "海洋支队渔船更新改造补贴多少", expect="not_found", note="no such item in any table")
Q("not_found", "海洋执法支队2027年预算", expect="not_found", absent=[tw(HY)], note="2027 not loaded")

# ---------------------------------------------------------------- trap (8)
Q("trap", "东莞市精神卫生中心今年预算多少", expect="not_found", absent=[tw(BY8)],
  note="unit not loaded; not 第八人民医院", scope="not_loaded")
Q("trap", "政法委的社区矫正和安置帮教经费多少", expect="not_found", absent=[T.yuan(other(SF, "社区矫正和安置帮教经费"))],
  note="司法局's item")
Q("trap", "八院的出生缺陷综合防治和产前筛查经费", expect="not_found",
  absent=[T.yuan(other(FY, "出生缺陷综合防治和产前筛查经费"))], note="妇幼's item")
Q("trap", "技师学院的现代产业学院和产教融合实训基地建设经费有多少", expect="not_found",
  absent=[T.yuan(other(ZY, "现代产业学院和产教融合实训基地建设经费"))], note="职院's item")
Q("trap", "学生资助和奖助学金经费是多少", expect="ok_or_clarify", note="职院 and 技师学院 share the name", scope="mixed")
Q("trap", "患儿家长满意度定的多少", expect="ok_or_clarify", note="妇幼 and 八院 share the indicator", scope="mixed")
Q("trap", "港务局的执法船艇经费，不是海洋支队那个", [T.yuan(other(GW, "港口行政执法和执法船艇运行经费"))],
  ["港口行政执法和执法船艇运行经费"], absent=[amt(HY, CHUAN)], note="港务局 2026", scope="mixed")
Q("trap", "公安局见义勇为的钱多少，别跟政法委的搞混", [T.yuan(other(GA, "见义勇为人员奖励和救助资金"))],
  ["见义勇为人员奖励和救助资金"], absent=[amt(ZF6, "见义勇为专项基金补助")], note="公安局 2026; 政法委 1205000",
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
out = HERE.parent / "batch_36.jsonl"
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
