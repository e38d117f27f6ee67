"""Write tests/blind/batch_09.jsonl (adapted from batch8_tools/gen_batch8.py).

Every figure is computed here from the ground truth (truth9.py: the tables' JSON, the fixture
data, the forms' checked export) with Decimal and ROUND_HALF_UP; every prose phrase is asserted
to occur in the table's text (goal-only facts asserted absent from tasks and indicators).
Questions are written as finance-bureau and department staff would ask them.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from truth9 import D, dg2026, indicator, load, pct, q2, task, total, wan, yuan, yuan2  # noqa: E402

T = load()
Z, P = T["zhujianju_2026"], T["zhujian_jiuqu_2026"]      # the two new tables (住建局, 老旧小区改造项目)
S, C = T["sifaju_2026"], T["shangwuju_2026"]             # batch 8 tables (司法局, 商务局)
YX = T["yingji_xinxihua_2026"]                            # 应急指挥信息化平台建设项目 (batch 6)
W, M = T["wenguangluti_2026"], T["yibaoju_2026"]          # batch 7 tables
W23 = T["dongguan_approval_2023_unseen"]                   # 文广旅体局 2023 批复表 (form fixture)
WJ26, WJ25 = T["weijianju_2026"], T["weijianju_2025"]
ZGH26, ZGH25 = T["zonggonghui_2026"], T["zonggonghui_2025"]
KJ26, KJ25 = T["kejiju_2026"], T["kejiju_2025"]
RS, ZR, NY, SW, ST, CG, JT, JY = (T["renshe_2026"], T["ziranziyuan_2026"], T["nongyenongcun_2026"],
                                  T["shuiwuju_2026"], T["shengtai_2026"], T["chengguan_2026"],
                                  T["jiaotongju_2026"], T["jiaoyuju_2026"])
MZ, YJ, SJ = T["minzhengju_2026"], T["yingji_2026"], T["shijianju_2026"]
DG = dg2026(T)
assert len(DG) == 19
ZGJ = T["zhanjiang_2025"]

OUT: list[dict] = []
KEY, OTHER = "年度重点工作任务", "其他需完成的任务"


def stem(t):
    d = t["department"]
    for c in ("东莞市", "湛江市", "广州市"):
        if d.startswith(c):
            return d[len(c):]
    return d


def Q(cat, q, expect="ok", figures=(), names=(), yesno=None, absent=(), note="", fu=False):
    n = len(OUT) + 1
    rec = {
        "id": f"b9-{n:03d}", "q": q, "category": cat, "expect": expect,
        "figures": list(figures), "names": list(names), "yesno": yesno, "absent": list(absent),
        "followup_of": OUT[-1]["id"] if fu else None, "note": note,
    }
    OUT.append(rec)
    return rec


def tm(t, name):
    return yuan(task(t, name)["amount"])


def iv(t, name, which="annual_value"):
    return indicator(t, name)[which]


def bl(t, name):
    return wan(t["budget"][name])


def prose(t, phrase, where="goals"):
    assert phrase in t["text"], (t["slug"], phrase)
    if where in ("goals", "goals_only"):
        assert any(phrase in g for g in t["goals"]), (t["slug"], phrase)
    if where == "goals_only":
        rest = [x["name"] + x["content"] + x["expected"] for x in t["tasks"]] + \
               [i["level3"] + i["annual_value"] + str(i["period_value"]) for i in t["indicators"]]
        assert not any(phrase in r for r in rest), (t["slug"], phrase, "not only in goals")
    return phrase


def names_where(t, cond):
    return [x["name"] for x in t["tasks"] if cond(x)]


def inds_where(t, cond):
    return [i["level3"] for i in t["indicators"] if cond(i)]


def tsum(t, names):
    return sum((task(t, n)["amount"] for n in names), Decimal(0))


def allsum(t):
    return tsum(t, [x["name"] for x in t["tasks"]])


def ratio(a, b):
    return str(q2(D(a) / D(b)))


def pct_of(a, b):
    return pct(D(a) * 100 / D(b))


def cnt(n):
    return f"#{n}"


def ppl(t):
    return t["basic_info"]["财政供养人员数"]


def fd(t, name):
    return wan(t["funds"][name])


ZK = names_where(Z, lambda x: x["section"] == KEY)
ZN = "住房和城乡建设局"

# =========================================================================== item_money
Q("item_money", "住建局老旧小区改造补助今年给了多少", figures=[tm(Z, "城镇老旧小区改造补助资金")],
  names=["城镇老旧小区改造补助资金"], note="住建局 重点任务 (not the project table's 年度资金总额 12880.00万元)")
Q("followup", "那每户补助标准呢", figures=[iv(Z, "老旧小区改造户均补助标准")], names=["老旧小区改造户均补助标准"],
  note="经济成本指标 ≤1.2万元/户", fu=True)
Q("item_money", "请问住建局保障房那一块今年安排了多少钱？", figures=[tm(Z, "保障性安居工程专项资金")],
  names=["保障性安居工程专项资金"], note="保障房 = 保障性安居工程专项资金")
Q("item_money", "住建局危房排查整治安排了多少钱", figures=[tm(Z, "房屋安全隐患排查整治经费")],
  names=["房屋安全隐患排查整治经费"], note="危房排查 = 房屋安全隐患排查整治经费 (重点任务)")
Q("item_money", "住建局燃气管道改造的经费", figures=[tm(Z, "燃气管网安全改造经费")], names=["燃气管网安全改造经费"],
  absent=[tm(SW, "供水管网改造经费"), tm(SW, "污水管网建设与修复经费")], note="水务局 供水/污水管网 are look-alikes")
Q("item_money", "住建局老楼加装电梯的补助资金一共安排了多少", figures=[tm(Z, "既有住宅加装电梯补助")], names=["既有住宅加装电梯补助"],
  note="colloquial 老楼加装电梯")
Q("item_money", "住建局工地安全检查那笔钱是多少", figures=[tm(Z, "建筑施工安全监管经费")], names=["建筑施工安全监管经费"],
  absent=[tm(YJ, "安全生产监管执法经费")], note="应急局 安全生产监管执法经费 38650000 is another department")
Q("item_money", "我这边核对一下，住建局绿色建筑那块补助是多少", figures=[tm(Z, "建筑节能与绿色建筑补助")],
  names=["建筑节能与绿色建筑补助"])
Q("item_money", "住建局物业监管经费", figures=[tm(Z, "物业管理行业监管经费")], names=["物业管理行业监管经费"], note="terse")
Q("item_money", "住建局城建档案数字化有多少钱", figures=[tm(Z, "城建档案数字化经费")], names=["城建档案数字化经费"],
  absent=[tm(W, "非物质文化遗产保护传承经费")], note="2458000; 文广旅体局 非遗 2485000 is a digit swap")
Q("item_money", "水务局节水宣传教育经费多少", figures=[tm(SW, "节水宣传教育经费")], names=["节水宣传教育经费"])
Q("item_money", "城管局公共厕所建设改造补助是多少", figures=[tm(CG, "公共厕所建设改造补助")], names=["公共厕所建设改造补助"])
Q("item_money", "民政局高龄津贴今年多少", figures=[tm(MZ, "高龄津贴")], names=["高龄津贴"])

# =========================================================================== indicator
Q("indicator", "住建局今年要改造多少个老旧小区", figures=[iv(Z, "改造城镇老旧小区")], names=["改造城镇老旧小区"],
  note="annual ≥120个 (period ≥360个); the project table carries the same values")
Q("followup", "整个实施周期呢", figures=[iv(Z, "改造城镇老旧小区", "period_value")], note="period ≥360个", fu=True)
Q("indicator", "住房租赁补贴今年要发给多少户", figures=[iv(Z, "发放住房租赁补贴")], names=["发放住房租赁补贴"],
  note="annual ≥6000户 (period ≥18000户)")
Q("indicator", "既有住宅加装电梯补助标准是多少", figures=[iv(Z, "既有住宅加装电梯补助标准")],
  names=["既有住宅加装电梯补助标准"], absent=[iv(P, "加装电梯单台补助标准")],
  note="住建局 ≤20万元/台; the project's 加装电梯单台补助标准 ≤15万元/台 is another indicator")
Q("indicator", "住建局经营性自建房要排查多少栋", figures=[iv(Z, "排查经营性自建房")], names=["排查经营性自建房"])
Q("indicator", "燃气用户安全检查的指标值", figures=[iv(Z, "燃气用户安全检查")], names=["燃气用户安全检查"], note="only 住建局")
Q("indicator", "住建局建筑施工安全监督检查今年多少项次", figures=[iv(Z, "建筑施工安全监督检查")],
  names=["建筑施工安全监督检查"], note="annual ≥3000项次 (period ≥9000项次)")
Q("indicator", "住建局住房困难家庭保障率年度目标", figures=[iv(Z, "住房困难家庭保障率")], names=["住房困难家庭保障率"],
  note="annual ≥92% (period ≥95%)")
Q("indicator", "住建局带动社会投资今年的指标", figures=[iv(Z, "带动社会投资")], names=["带动社会投资"],
  note="annual ≥20亿元 (period ≥60亿元)")
Q("indicator", "智慧住建综合监管平台什么时候上线", figures=[iv(Z, "智慧住建综合监管平台上线时间")],
  names=["智慧住建综合监管平台上线时间"])
Q("indicator", "住建局保障对象满意度要求多少", figures=[iv(Z, "保障对象满意度")], names=["保障对象满意度"])
Q("indicator", "市监局电梯维保质量抽查多少台", figures=[iv(SJ, "电梯维保质量抽查")], names=["电梯维保质量抽查"])
Q("indicator", "民政局居家适老化改造补助标准", figures=[iv(MZ, "居家适老化改造补助标准")], names=["居家适老化改造补助标准"],
  absent=[iv(Z, "老旧小区改造户均补助标准")], note="≤3000元/户; 住建局 老旧小区改造户均补助标准 ≤1.2万元/户 is a look-alike")
Q("indicator", "交通局公交准点率要求多少", figures=[iv(JT, "公交准点率")], names=["公交准点率"])

# =========================================================================== overview (incl. the project table's funds)
Q("overview", "住建局今年部门预算一共多少", figures=[wan(total(Z))], names=[ZN], note="7856.34 + 118642.57 + 2436.80")
Q("followup", "其中基本支出多少", figures=[bl(Z, "基本支出")], fu=True)
Q("followup", "占预算合计的比例呢", figures=[pct_of(Z["budget"]["基本支出"], total(Z))], note="7856.34 / 128935.71", fu=True)
Q("overview", "住建局财政拨款是多少", figures=[bl(Z, "财政拨款")], names=[ZN], absent=[fd(P, "财政拨款")],
  note="部门 财政拨款 124518.26; the project's 财政拨款 11650.00 is another line")
Q("overview", "住建局的财政专项资金多少万", figures=[bl(Z, "财政专项资金")], names=[ZN])
Q("overview", "住建局拟用于对下转移支付的资金", figures=[bl(Z, "拟用于对下转移支付资金")], names=[ZN])
Q("overview", "住建局有多少财政供养人员", figures=[cnt(ppl(Z))], names=[ZN], absent=[cnt(ppl(NY))], note="286; 农业农村局 298")
Q("overview", "住建局下属几个二级单位", figures=[cnt(Z["basic_info"]["下属二级单位数"])], names=[ZN])
Q("overview", "老旧小区改造项目今年的年度资金总额是多少", figures=[fd(P, "年度资金总额")], names=["城镇老旧小区改造项目"],
  note="project table 12880.00万元")
Q("followup", "其中财政拨款多少", figures=[fd(P, "财政拨款")], absent=[bl(Z, "财政拨款")],
  note="the project's 财政拨款 11650.00, not the department's 124518.26", fu=True)
Q("overview", "城镇老旧小区改造项目实施周期资金总额", figures=[fd(P, "实施周期资金总额")], names=["城镇老旧小区改造项目"])
Q("overview", "老旧小区改造项目是哪个单位实施的", names=["东莞市住房保障和城市更新服务中心"], note="实施单位")
Q("overview", "司法局其他事业发展性支出多少", figures=[bl(S, "其他事业发展性支出")], names=["司法局"])
Q("overview", "医保局财政拨款是多少", figures=[bl(M, "财政拨款")], names=["医疗保障局"])

# =========================================================================== prose (facts only in the goals)
Q("prose", "住建局今年启动几个城中村改造项目", figures=[prose(Z, "8个", "goals_only")], note="goal 一 only")
Q("prose", "完整社区试点要打造几个", figures=[prose(Z, "15个", "goals_only")], note="住建局 goal 一 only")
Q("prose", "今年保障性租赁住房要筹集建设多少套", figures=[prose(Z, "1.5万套", "goals_only")], note="住建局 goal 二 only")
Q("prose", "住建局配售型保障性住房新开工多少套", figures=[prose(Z, "2000套", "goals_only")], note="goal 二 only")
Q("prose", "老化燃气管道今年要更新改造多少公里", figures=[prose(Z, "350公里", "goals_only")],
  note="住建局 goal 三 only (水务局 污水管网建设单位成本 ≤350万元/公里 is another thing)")
Q("prose", "瓶改管要完成多少户", figures=[prose(Z, "3万户", "goals_only")], note="住建局 goal 三 only")
Q("prose", "住建局的目标里全市建筑业总产值要达到多少", figures=[prose(Z, "1800亿元", "goals_only")], note="goal 四 only")
Q("prose", "新增装配式建筑面积的目标是多少", figures=[prose(Z, "300万平方米", "goals_only")], note="住建局 goal 四 only")
Q("prose", "城建档案数字化率要达到多少", figures=[prose(Z, "96.5%", "goals_only")],
  note="住建局 goal 五 only (the task 城建档案数字化经费 carries no rate)")
Q("prose", "老旧小区改造项目今年惠及多少户居民", figures=[prose(P, "1.4万户", "goals_only")], note="project 年度目标 一 only")
Q("prose", "老旧小区改造项目今年改造老化管线多少公里", figures=[prose(P, "85公里", "goals_only")],
  note="project 年度目标 一 only (交通局 农村公路提质改造里程 ≥85公里 is another thing)")
Q("prose", "老旧小区改造项目新增停车位多少个", figures=[prose(P, "3000个", "goals_only")], note="project 年度目标 二 only")
Q("prose", "老旧小区改造项目今年先改哪些镇街", figures=[prose(P, "南城", "goals_only"), prose(P, "东城", "goals_only"),
  prose(P, "万江", "goals_only")], note="project 年度目标 一: 南城、东城、万江等镇街")
Q("prose", "这个老旧小区改造项目三年要基本完成哪一年之前建成的小区", figures=[prose(P, "2000年底前", "goals_only")],
  note="project 实施周期总目标 一")

# =========================================================================== filter
z_over10m = names_where(Z, lambda x: x["amount"] >= 10_000_000)
Q("filter", "住建局1000万以上的任务有哪些", names=z_over10m, note="≥ 10000000元: 7 tasks")
z_under5m = names_where(Z, lambda x: x["amount"] < 5_000_000)
Q("filter", "住建局哪些任务不到500万", names=z_under5m)
z_diff = inds_where(Z, lambda i: i["period_value"] != i["annual_value"])
Q("filter", "住建局有哪些指标实施周期值和年度值不一样", names=z_diff)
p_diff = inds_where(P, lambda i: i["period_value"] != i["annual_value"])
Q("filter", "老旧小区改造项目里哪些指标周期值跟年度值不同", names=p_diff)
z_100 = inds_where(Z, lambda i: i["annual_value"] == "100%")
Q("filter", "住建局哪些指标要求100%", names=z_100)
pipe = [(x, t) for t in DG for x in t["tasks"] if "管网" in x["name"]]
Q("filter", "今年东莞各部门名称里带“管网”的经费有哪些", names=[x["name"] for x, _ in pipe],
  note=", ".join(f"{stem(t)} {x['name']} {x['amount']}" for x, t in pipe))
mid = [t for t in DG if Decimal("120000") <= total(t) <= Decimal("140000")]
Q("filter", "今年东莞哪些部门预算在12亿到14亿之间", names=[stem(t) for t in mid],
  note=", ".join(f"{stem(t)} {total(t)}" for t in mid))
z_zero = inds_where(Z, lambda i: i["annual_value"] == "0起")
Q("filter", "住建局哪些指标是0起", names=z_zero)
sw_big = names_where(SW, lambda x: x["amount"] >= 50_000_000)
Q("filter", "水务局5000万以上的任务", names=sw_big)
yj_diff = inds_where(YJ, lambda i: i["period_value"] != i["annual_value"])
Q("filter", "应急局周期值和年度值不一样的指标有哪些", names=yj_diff)

# =========================================================================== count
Q("count", "住建局一共几项任务", figures=[cnt(len(Z["tasks"]))])
Q("followup", "其中重点任务几项", figures=[cnt(len(ZK))], names=ZK, fu=True)
Q("count", "住建局绩效指标总共多少个", figures=[cnt(len(Z["indicators"]))])
Q("count", "住建局数量指标有几个", figures=[cnt(len(inds_where(Z, lambda i: i["level2"] == "数量指标")))])
Q("count", "住建局效益指标一共几个", figures=[cnt(len(inds_where(Z, lambda i: i["level1"] == "效益指标")))],
  note="经济 1 + 社会 3 + 生态 1 + 可持续 1")
Q("count", "老旧小区改造项目有几个绩效指标", figures=[cnt(len(P["indicators"]))])
Q("count", "今年东莞一共有几个部门报了部门整体绩效目标表", figures=[cnt(len(DG))], note="19 东莞 2026 部门整体 tables")
Q("count", "今年东莞预算超过10亿的部门有几个", figures=[cnt(sum(1 for t in DG if total(t) > 100000))],
  note=", ".join(stem(t) for t in DG if total(t) > 100000))
info_all = [(x, t) for t in DG for x in t["tasks"] if "信息化" in x["name"]]
Q("count", "东莞各部门名称里带信息化的任务现在一共有几个", figures=[cnt(len(info_all))],
  note="16 of batch 8 + 智慧住建信息化建设经费")
Q("count", "司法局质量指标几个", figures=[cnt(len(inds_where(S, lambda i: i["level2"] == "质量指标")))])
Q("count", "文广旅体局今年有几项任务", figures=[cnt(len(W["tasks"]))], note="2026 table (not the 2023 批复表)")

# =========================================================================== aggregate
Q("aggregate", "住建局所有任务资金加起来多少", figures=[yuan(allsum(Z))])
Q("followup", "平均一项多少", figures=[yuan2(allsum(Z) / len(Z["tasks"]))], note="sum / 12", fu=True)
Q("aggregate", "住建局三个重点任务合计多少钱", figures=[yuan(tsum(Z, ZK))], names=ZK)
Q("aggregate", "城镇老旧小区改造补助资金占住建局全部任务资金的比例",
  figures=[pct_of(task(Z, "城镇老旧小区改造补助资金")["amount"], allsum(Z))], note="265800000 / 630755800")
Q("aggregate", "住建局项目支出占预算合计的百分比", figures=[pct_of(Z["budget"]["项目支出"], total(Z))],
  note="118642.57 / 128935.71")
Q("aggregate", "今年东莞各部门预算加起来一共多少", figures=[wan(sum((total(t) for t in DG), Decimal(0)))],
  note="sum of 预算合计 over the 19 东莞 2026 department tables")
Q("aggregate", "今年东莞各部门平均预算是多少", figures=[wan(sum((total(t) for t in DG), Decimal(0)) / len(DG))],
  note="sum / 19")
Q("aggregate", "今年东莞各部门财政供养人员加起来多少人", figures=[cnt(sum(ppl(t) for t in DG))])
Q("aggregate", "住建局和水务局的部门预算加起来", figures=[wan(total(Z) + total(SW))], note="128935.71 + 135339.52")
Q("aggregate", "今年东莞各部门带“管网”的经费一共多少", figures=[yuan(sum((x["amount"] for x, _ in pipe), Decimal(0)))],
  note=" + ".join(str(x["amount"]) for x, _ in pipe))
Q("aggregate", "老旧小区改造项目年度资金里财政拨款占多少比例",
  figures=[pct_of(P["funds"]["财政拨款"], P["funds"]["年度资金总额"])], note="11650.00 / 12880.00")
mz_key = names_where(MZ, lambda x: x["section"] == KEY)
Q("aggregate", "民政局两个重点任务一共多少钱", figures=[yuan(tsum(MZ, mz_key))], names=mz_key)

# =========================================================================== ranking
zs = sorted(Z["tasks"], key=lambda x: -x["amount"])
Q("ranking", "住建局哪项任务钱最多", figures=[yuan(zs[0]["amount"])], names=[zs[0]["name"]])
Q("followup", "排第二的呢", figures=[yuan(zs[1]["amount"])], names=[zs[1]["name"]], fu=True)
Q("ranking", "住建局任务金额最少的三项", figures=[yuan(x["amount"]) for x in zs[::-1][:3]],
  names=[x["name"] for x in zs[::-1][:3]], note="ascending")
order = [stem(t) for t in sorted(DG, key=lambda t: -total(t))]
Q("ranking", "住建局的预算在今年东莞各部门里排第几", figures=[cnt(order.index(ZN) + 1)], names=[ZN],
  note="descending: " + " > ".join(order))
top5 = sorted(DG, key=lambda t: -total(t))[:5]
Q("ranking", "今年东莞预算最多的五个部门", figures=[wan(total(t)) for t in top5], names=[stem(t) for t in top5])
inf3 = sorted(info_all, key=lambda p: -p[0]["amount"])[:3]
Q("ranking", "今年东莞各部门信息化建设经费最多的三个", figures=[yuan(x["amount"]) for x, _ in inf3],
  names=[x["name"] for x, _ in inf3])
saf = sorted(((x, t) for t in DG for x in t["tasks"] if "安全" in x["name"] and "培训" in x["name"]),
             key=lambda p: -p[0]["amount"])
Q("ranking", "东莞各部门的安全培训经费从高到低排一下", figures=[yuan(x["amount"]) for x, _ in saf],
  names=[x["name"] for x, _ in saf], note="tasks with 安全 and 培训 in the name: " +
  ", ".join(f"{stem(t)} {x['name']} {x['amount']}" for x, t in saf))
pp3 = sorted(DG, key=lambda t: -ppl(t))[:3]
Q("ranking", "今年东莞财政供养人员最多的三个部门", figures=[cnt(ppl(t)) for t in pp3], names=[stem(t) for t in pp3])
xm = sorted(DG, key=lambda t: -t["budget"]["项目支出"])
Q("ranking", "今年东莞项目支出第四多的是哪个部门", figures=[bl(xm[3], "项目支出")], names=[stem(xm[3])],
  note="descending: " + ", ".join(f"{stem(t)} {t['budget']['项目支出']}" for t in xm[:6]))
ss = sorted(SW["tasks"], key=lambda x: -x["amount"])
Q("ranking", "水务局钱最多的任务是哪个", figures=[yuan(ss[0]["amount"])], names=[ss[0]["name"]])
jb = sorted(DG, key=lambda t: -t["budget"]["基本支出"])[:3]
Q("ranking", "今年东莞各部门基本支出最多的三个", figures=[bl(t, "基本支出") for t in jb], names=[stem(t) for t in jb])

# =========================================================================== compare
Q("compare", "住建局和水务局谁的预算多，差多少", figures=[wan(total(SW) - total(Z))], names=["水务局"],
  note="135339.52 - 128935.71")
Q("followup", "那跟城管局比呢", figures=[wan(total(Z) - total(CG))], names=[ZN], note="128935.71 - 116260.44: 住建局 more",
  fu=True)
Q("compare", "智慧住建信息化建设经费和智慧水务信息化建设经费差多少",
  figures=[yuan(task(Z, "智慧住建信息化建设经费")["amount"] - task(SW, "智慧水务信息化建设经费")["amount"])],
  note="15960000 - 15860000")
a, b = task(Z, "建筑施工安全培训经费")["amount"], task(YJ, "安全生产培训经费")["amount"]
Q("compare", "住建局建筑施工安全培训经费比应急局安全生产培训经费多多少", figures=[yuan(a - b)], note="3182000 - 3128000")
Q("compare", "水务局供水管网改造经费是住建局燃气管网安全改造经费的多少倍",
  figures=[ratio(task(SW, "供水管网改造经费")["amount"], task(Z, "燃气管网安全改造经费")["amount"])],
  note="92680000 / 56300000")
Q("compare", "住建局财政供养人员比农业农村局少几个", figures=[cnt(ppl(NY) - ppl(Z))], note="298 - 286")
Q("compare", "老旧小区改造补助资金是保障性安居工程专项资金的几倍",
  figures=[ratio(task(Z, "城镇老旧小区改造补助资金")["amount"], task(Z, "保障性安居工程专项资金")["amount"])],
  note="265800000 / 186400000")
Q("compare", "老旧小区改造项目和应急指挥信息化平台建设项目，哪个年度资金多，多多少",
  figures=[wan(P["funds"]["年度资金总额"] - YX["funds"]["年度资金总额"])], names=["城镇老旧小区改造项目"],
  note="12880.00 - 1620.00")
Q("compare", "老旧小区改造项目的年度资金占住建局项目支出的百分之多少",
  figures=[pct_of(P["funds"]["年度资金总额"], Z["budget"]["项目支出"])], note="12880.00 / 118642.57")
Q("compare", "住房保障政策宣传经费和商务政策宣传经费哪个多", figures=[tm(Z, "住房保障政策宣传经费"), tm(C, "商务政策宣传经费")],
  names=["住房保障政策宣传经费"], note="1365800 > 1356800")
Q("compare", "住建局和城管局财政拨款差多少", figures=[wan(Z["budget"]["财政拨款"] - CG["budget"]["财政拨款"])],
  names=[ZN], note="124518.26 - 112148.57")
Q("compare", "教育局预算比人社局多多少", figures=[wan(total(JY) - total(RS))], names=["教育局"], note="430784.80 - 203125.87")

# =========================================================================== structure
Q("structure", "住建局的重点工作任务有哪些", names=ZK)
z_time = inds_where(Z, lambda i: i["level2"] == "时效指标")
Q("structure", "住建局时效指标都有哪些", names=z_time)
Q("structure", "住建局生态效益指标写的什么", figures=[iv(Z, "城镇新建民用建筑绿色建筑占比")],
  names=["城镇新建民用建筑绿色建筑占比"])
Q("structure", "燃气安全隐患整改率属于哪一类指标", names=["产出指标", "质量指标"], note="住建局")
Q("structure", "既有住宅加装电梯补助是重点任务还是其他任务", names=["其他需完成的任务"], note="住建局")
Q("structure", "住建局满意度指标有哪些", names=inds_where(Z, lambda i: i["level1"] == "满意度指标"))
p_cost = inds_where(P, lambda i: i["level1"] == "成本指标")
Q("structure", "老旧小区改造项目的成本指标有哪些", names=p_cost)
Q("followup", "户均投入多少", figures=[iv(P, "老旧小区改造户均投入")], names=["老旧小区改造户均投入"],
  absent=[iv(Z, "老旧小区改造户均补助标准")], note="project ≤3.5万元/户; 住建局 户均补助标准 ≤1.2万元/户", fu=True)
Q("structure", "住建局社会效益指标有哪些", names=inds_where(Z, lambda i: i["level2"] == "社会效益"))
Q("structure", "老旧小区改造项目的主管部门是哪个", names=[ZN])
Q("structure", "水务局生态效益指标有哪些", names=inds_where(SW, lambda i: i["level2"] == "生态效益"))

# =========================================================================== yesno
Q("yesno", "住建局预算超过12个亿了吗", yesno="是", figures=[wan(total(Z))], note="128935.71万元 > 120000万元")
Q("yesno", "住建局预算是不是比水务局多", yesno="否", figures=[wan(total(Z)), wan(total(SW))], note="128935.71 < 135339.52")
Q("yesno", "住建局有没有加装电梯的补助", yesno="是", figures=[tm(Z, "既有住宅加装电梯补助")], names=["既有住宅加装电梯补助"])
Q("followup", "补助标准每台多少", figures=[iv(Z, "既有住宅加装电梯补助标准")], names=["既有住宅加装电梯补助标准"],
  absent=[iv(P, "加装电梯单台补助标准")], note="住建局 ≤20万元/台 (project ≤15万元/台)", fu=True)
Q("yesno", "住建局有没有住房公积金方面的经费", yesno="否", note="no such task")
Q("yesno", "住建局有没有安排城中村改造的专项经费", yesno="否",
  note="no task; 城中村改造 is only mentioned in goal 一 (启动城中村改造项目8个)")
Q("yesno", "保障性安居工程专项资金是重点任务吗", yesno="是", names=["保障性安居工程专项资金"])
Q("yesno", "燃气管网安全改造经费算不算重点任务", yesno="否", names=["燃气管网安全改造经费"], note="其他需完成的任务")
Q("yesno", "住建局有社会成本指标吗", yesno="否", note="社会成本指标 printed empty")
Q("yesno", "住建局有没有生态效益指标", yesno="是", names=["城镇新建民用建筑绿色建筑占比"])
Q("yesno", "老旧小区改造项目的其他资金超过1000万了吗", yesno="是", figures=[fd(P, "其他资金")], note="1230.00万元")
Q("yesno", "住建局人是不是比司法局多", yesno="否", figures=[cnt(ppl(Z)), cnt(ppl(S))], note="286 < 326")
Q("yesno", "生态环境局有没有大气污染防治的经费", yesno="是", figures=[tm(ST, "大气污染防治专项资金")], names=["大气污染防治专项资金"])

# =========================================================================== yoy
Q("yoy", "住建局今年预算比去年多了多少", expect="not_found", absent=[wan(total(Z))], note="住建局 2025 not loaded")
Q("yoy", "老旧小区改造项目去年的年度资金是多少", expect="not_found", absent=[fd(P, "年度资金总额")],
  note="only the 2026 project table is loaded")
a, b = task(WJ26, "基本公共卫生服务项目经费")["amount"], task(WJ25, "基本公共卫生服务项目经费")["amount"]
Q("yoy", "卫健局基本公共卫生服务项目经费比去年增加了多少", figures=[yuan(a - b)], names=["基本公共卫生服务项目经费"],
  note="412650000 - 389200000")
Q("followup", "增长了百分之几", figures=[pct_of(a - b, b)], fu=True)
Q("yoy", "科技局今年部门预算比去年多多少", figures=[wan(total(KJ26) - total(KJ25))], note="52187.28 - 48758.40")
Q("yoy", "总工会送温暖活动经费同比增长率", figures=[pct_of(task(ZGH26, "送温暖活动经费")["amount"] - task(ZGH25, "送温暖活动经费")["amount"],
  task(ZGH25, "送温暖活动经费")["amount"])], note="(1950000-1800000)/1800000")
Q("yoy", "卫健局财政供养人员今年比去年多几个", figures=[cnt(ppl(WJ26) - ppl(WJ25))], note="312 - 305")
Q("yoy", "科技局任务今年比去年多了几项", figures=[cnt(len(KJ26["tasks"]) - len(KJ25["tasks"]))], note="6 - 4")
Q("yoy", "卫健局家庭医生签约服务补助标准去年和今年分别是多少",
  figures=[iv(WJ25, "家庭医生签约服务补助标准"), iv(WJ26, "家庭医生签约服务补助标准")], names=["家庭医生签约服务补助标准"])
Q("yoy", "总工会预算今年比去年增长了百分之几", figures=[pct_of(total(ZGH26) - total(ZGH25), total(ZGH25))],
  note="(4198.90 - 3981.66) / 3981.66")

# =========================================================================== typo (typos, traditional characters, full-width digits)
Q("typo", "住建局城鎮老舊小區改造補助資金", figures=[tm(Z, "城镇老旧小区改造补助资金")], names=["城镇老旧小区改造补助资金"],
  note="traditional characters")
Q("typo", "主建局燃气管网安全改造经费多少", figures=[tm(Z, "燃气管网安全改造经费")], names=["燃气管网安全改造经费"],
  note="主=住")
Q("typo", "住建局既有住宅加装电悌补助", figures=[tm(Z, "既有住宅加装电梯补助")], names=["既有住宅加装电梯补助"], note="悌=梯")
Q("typo", "住建局预算超过１３亿了吗", yesno="否", figures=[wan(total(Z))], note="full-width digits; 128935.71 < 130000")
Q("typo", "住建局２０２６年一共有几项任务", figures=[cnt(len(Z["tasks"]))], note="full-width digits")
Q("typo", "智慧住建信息化见设经费是多少", figures=[tm(Z, "智慧住建信息化建设经费")], names=["智慧住建信息化建设经费"],
  absent=[tm(SW, "智慧水务信息化建设经费"), tm(YJ, "应急指挥信息化建设经费")], note="见设=建设; 15960000 vs 15860000 / 15940000")
Q("typo", "老舊小區改造項目年度資金總額", figures=[fd(P, "年度资金总额")], names=["城镇老旧小区改造项目"],
  note="traditional characters")
Q("typo", "住建局房屋安全隐患排查整治经废", figures=[tm(Z, "房屋安全隐患排查整治经费")], names=["房屋安全隐患排查整治经费"],
  note="废=费")
Q("typo", "住建局建筑施工安全培训經費", figures=[tm(Z, "建筑施工安全培训经费")], names=["建筑施工安全培训经费"],
  absent=[tm(YJ, "安全生产培训经费"), tm(JT, "交通运输行业安全培训经费")], note="traditional 經費; 3182000 vs 3128000 / 3280000")
Q("typo", "住建局１０００万以上的任务有哪些", names=z_over10m, note="full-width digits; ≥ 10000000元")
Q("followup", "这里面哪些是重点任务", names=ZK, note="the three 年度重点工作任务", fu=True)
Q("typo", "住房和城鄉建設局財政撥款多少", figures=[bl(Z, "财政拨款")], names=[ZN], note="traditional characters")

# =========================================================================== not_found
Q("not_found", "广州市住房和城乡建设局今年预算多少", expect="not_found", absent=[wan(total(Z))], note="no 广州 住建局 table")
Q("not_found", "深圳住建局的老旧小区改造资金", expect="not_found", absent=[tm(Z, "城镇老旧小区改造补助资金")],
  note="no 深圳 table")
Q("not_found", "住建局住房公积金贷款今年发放多少", expect="not_found", note="not on the form (公积金 is not a task)")
Q("not_found", "老旧小区改造项目现在完成了多少个小区", expect="not_found", absent=[iv(P, "改造城镇老旧小区数量")],
  note="no progress data is loaded")
Q("not_found", "住建局加装电梯补助已经发出去多少了", expect="not_found", absent=[tm(Z, "既有住宅加装电梯补助")],
  note="no progress data is loaded")
Q("not_found", "住建局局长是谁", expect="not_found", note="not on the form")
Q("not_found", "湛江市住建局2025年预算", expect="not_found", note="湛江 has only 农业农村局 2024 and 交通运输局 2025")
Q("not_found", "东莞市公安局今年部门预算多少", expect="not_found", note="no 公安局 table")
Q("not_found", "保障性住房建设项目的项目支出绩效目标表里年度资金多少", expect="not_found",
  absent=[fd(P, "年度资金总额")], note="the only 住建 project table loaded is 城镇老旧小区改造项目")
Q("not_found", "住建局2025年城镇老旧小区改造补助资金是多少", expect="not_found",
  absent=[tm(Z, "城镇老旧小区改造补助资金")], note="住建局 2025 not loaded")
Q("not_found", "东莞市城市更新局的预算", expect="not_found", note="no such table")

# =========================================================================== trap
Q("trap", "加装电梯补助标准是多少", expect="ok_or_clarify",
  names=["既有住宅加装电梯补助标准", "加装电梯单台补助标准"],
  note="住建局 ≤20万元/台 vs the project's ≤15万元/台: listing both or asking are right")
Q("trap", "老旧小区改造今年安排了多少钱", expect="ok_or_clarify",
  names=["城镇老旧小区改造补助资金", "城镇老旧小区改造项目"],
  note="住建局 task 265800000元 vs the project table's 年度资金总额 12880.00万元")
Q("trap", "老旧小区改造项目今年同步加装电梯多少台", figures=[iv(P, "同步加装电梯")], names=["同步加装电梯"],
  absent=[iv(Z, "既有住宅加装电梯")], note="project ≥150台; 住建局 既有住宅加装电梯 ≥300台")
Q("trap", "住建局的其他资金有多少", figures=[bl(Z, "其他资金")], names=[ZN], absent=[fd(P, "其他资金")],
  note="部门 其他资金 4417.45; the project's 其他资金 1230.00 is another line")
Q("trap", "管网改造经费是多少", expect="clarify",
  names=["燃气管网安全改造经费", "供水管网改造经费"],
  note="住建局 燃气管网安全改造经费 56300000 vs 水务局 供水管网改造经费 92680000 (and 污水管网建设与修复经费)")
Q("trap", "安全培训经费有多少", expect="clarify",
  names=["建筑施工安全培训经费", "安全生产培训经费", "交通运输行业安全培训经费"],
  note="住建局 3182000, 应急局 3128000, 交通局 3280000")
Q("trap", "水务局的燃气管网安全改造经费", expect="not_found", absent=[tm(Z, "燃气管网安全改造经费")],
  note="燃气管网安全改造经费 belongs to 住建局")
Q("trap", "住建局违法建设治理经费多少", expect="not_found", absent=[tm(CG, "违法建设治理经费")],
  note="违法建设治理经费 belongs to 城管局")
Q("trap", "住建局电梯维保质量抽查要多少台", expect="not_found", absent=[iv(SJ, "电梯维保质量抽查")],
  note="电梯维保质量抽查 ≥1500台 belongs to 市监局")
Q("trap", "改造小区居民满意度要达到多少", figures=[iv(Z, "改造小区居民满意度")], names=["改造小区居民满意度"],
  note="住建局 and the project both print ≥90%: one answer")
Q("trap", "住建局住房保障政策宣传经费", figures=[tm(Z, "住房保障政策宣传经费")], names=["住房保障政策宣传经费"],
  absent=[tm(C, "商务政策宣传经费"), tm(RS, "人社政策宣传经费")], note="1365800 vs 1356800 / 1385600")
Q("trap", "住建局建筑施工安全培训人均成本多少", figures=[iv(Z, "建筑施工安全培训人均成本")],
  names=["建筑施工安全培训人均成本"], absent=[iv(YJ, "安全生产培训人均成本")], note="≤450元/人; 应急局 ≤600元/人")

def main() -> None:
    ids = [r["id"] for r in OUT]
    assert len(set(ids)) == len(ids)
    for r in OUT:
        if r["expect"] == "not_found":
            assert not r["figures"], r
        assert not (set(r["figures"]) & set(r["absent"])), r
    path = HERE.parent / "batch_09.jsonl"
    with path.open("w", encoding="utf-8") as f:
        for r in OUT:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    cats = Counter(r["category"] for r in OUT)
    print(len(OUT), "questions written to", path)
    for c, n in cats.items():
        ex = Counter(r["expect"] for r in OUT if r["category"] == c)
        print(f"  {c:11} {n:3}  {dict(ex)}")
    print("expect:", dict(Counter(r["expect"] for r in OUT)))
    NEWK = ("住建", "住房和城", "主建", "老旧小区", "老舊小區", "舊小區", "城鎮老舊", "加装电梯", "燃气", "电悌", "智慧住建",
            "保障房", "危房", "城建档案", "物业", "工地", "绿色建筑", "城中村", "完整社区", "保障性", "瓶改管", "建筑业",
            "装配式", "管线", "停车位", "镇街", "住房", "电梯")
    OLDK = ("卫健", "人社", "民政", "应急", "水务", "城管", "生态", "交通", "市监", "教育", "总工会", "科技", "农业",
            "自然资源", "广州", "湛江", "公安", "东莞各部门", "东莞一共", "东莞哪", "东莞预算", "东莞财政", "东莞项目", "东莞报",
            "文广", "文旅", "医保", "司法", "商务", "深圳", "安全培训经费有多少", "管网改造经费是多少", "城市更新局")
    kind = {}
    for r in OUT:
        q = r["q"] if not r["followup_of"] else None
        if q is None:
            kind[r["id"]] = kind[r["followup_of"]]
            continue
        n, o = any(k in q for k in NEWK), any(k in q for k in OLDK)
        kind[r["id"]] = "new only" if n and not o else ("others only" if o and not n else "both")
    print("questions by tables:", dict(Counter(kind.values())))


if __name__ == "__main__":
    main()
