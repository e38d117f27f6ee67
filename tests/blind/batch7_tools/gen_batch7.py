"""Write tests/blind/batch_07.jsonl (adapted from batch6_tools/gen_batch6.py).

Every figure is computed here from the ground truth (truth7.py: the tables' JSON, the fixture
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

from truth7 import D, dg2026, indicator, load, pct, q2, task, total, wan, yuan, yuan2  # noqa: E402

T = load()
W, M = T["wenguangluti_2026"], T["yibaoju_2026"]          # the two new tables
W23 = T["dongguan_approval_2023_unseen"]                   # 文广旅体局 2023 批复表 (form fixture)
WJ26, WJ25 = T["weijianju_2026"], T["weijianju_2025"]
ZGH26, ZGH25 = T["zonggonghui_2026"], T["zonggonghui_2025"]
KJ26, KJ25 = T["kejiju_2026"], T["kejiju_2025"]
RS, ZR, NY, SW, ST, CG, JT, JY = (T["renshe_2026"], T["ziranziyuan_2026"], T["nongyenongcun_2026"],
                                  T["shuiwuju_2026"], T["shengtai_2026"], T["chengguan_2026"],
                                  T["jiaotongju_2026"], T["jiaoyuju_2026"])
MZ, YJ, SJ = T["minzhengju_2026"], T["yingji_2026"], T["shijianju_2026"]
DG = dg2026(T)
assert len(DG) == 16

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
        "id": f"b7-{n:03d}", "q": q, "category": cat, "expect": expect,
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


# =========================================================================== item_money
Q("item_money", "文广旅体局的文化惠民活动今年安排了多少钱", figures=[tm(W, "文化惠民活动经费")],
  names=["文化惠民活动经费"], absent=[tm(W23, "文化惠民活动")],
  note="文化广电旅游体育局 2026 重点任务 文化惠民活动经费; the 2023 批复表 has 文化惠民活动 1,250.00万元")
Q("followup", "2023年批复表上这项是多少", figures=[tm(W23, "文化惠民活动")], names=["文化惠民活动"],
  note="dongguan_approval_2023_unseen: 文化惠民活动 1,250.00万元 = 12500000元", fu=True)
Q("followup", "今年比那时候多了多少",
  figures=[yuan(task(W, "文化惠民活动经费")["amount"] - task(W23, "文化惠民活动")["amount"])],
  note="16850000 - 12500000", fu=True)
Q("item_money", "医保局城乡居民医保补助多少钱", figures=[tm(M, "城乡居民医疗保险财政补助")],
  names=["城乡居民医疗保险财政补助"], absent=[tm(RS, "城乡居民养老保险财政补贴")],
  note="医疗保障局 重点任务; 人社局's look-alike 城乡居民养老保险财政补贴 (463800000) must not be given")
Q("item_money", "医保局给困难群众的医疗救助资金有多少", figures=[tm(M, "困难群众医疗救助资金")],
  names=["困难群众医疗救助资金"], note="医疗保障局 重点任务")
Q("item_money", "文旅局图书馆那块经费多少", figures=[tm(W, "公共图书馆运行经费")], names=["公共图书馆运行经费"],
  absent=[tm(W23, "公共图书馆运行")],
  note="文旅局 = 文化广电旅游体育局; 2026 其他任务 公共图书馆运行经费; 2023 批复表 公共图书馆运行 2,380.75万元")
Q("item_money", "医保局长护险试点补助多少", figures=[tm(M, "长期护理保险试点补助")],
  names=["长期护理保险试点补助"], note="长护险 = 长期护理保险")
Q("item_money", "文广旅体局篮球那个经费是多少", figures=[tm(W, "篮球城市品牌建设经费")],
  names=["篮球城市品牌建设经费"], absent=[tm(W23, "篮球联赛及群众赛事")],
  note="2026 篮球城市品牌建设经费; 2023 批复表 篮球联赛及群众赛事 650.00万元")
Q("item_money", "卫健局的卫生健康信息化建设经费是多少", figures=[tm(WJ26, "卫生健康信息化建设经费")],
  names=["卫生健康信息化建设经费"], absent=[tm(M, "医疗保障信息化建设经费")],
  note="卫健局 18750000; 医保局's 医疗保障信息化建设经费 18570000 is a digit-swap look-alike")
Q("item_money", "人社局城乡居民养老保险财政补贴多少", figures=[tm(RS, "城乡居民养老保险财政补贴")],
  names=["城乡居民养老保险财政补贴"], absent=[tm(M, "城乡居民医疗保险财政补助")],
  note="人社局; 医保局's 城乡居民医疗保险财政补助 (728600000) is a look-alike")
Q("item_money", "自然资源局不动产登记信息化建设经费多少", figures=[tm(ZR, "不动产登记信息化建设经费")],
  names=["不动产登记信息化建设经费"], absent=[tm(W, "智慧文旅信息化建设经费")],
  note="12680000; 文广旅体局 智慧文旅信息化建设经费 12860000 is a look-alike")
Q("item_money", "农业农村局高素质农民培训经费多少", figures=[tm(NY, "高素质农民培训经费")],
  names=["高素质农民培训经费"], absent=[tm(W, "文化旅游宣传推广经费")],
  note="3860000; 文广旅体局 文化旅游宣传推广经费 3865000 is a near amount")
Q("item_money", "医保政策宣传经费多少", figures=[tm(M, "医保政策宣传经费")], names=["医保政策宣传经费"],
  absent=[tm(RS, "人社政策宣传经费")],
  note="only 医保局 has it (1358600); 人社政策宣传经费 1385600 is a look-alike")

# =========================================================================== indicator
Q("indicator", "文广旅体局文化惠民活动场次年度指标多少", figures=[iv(W, "文化惠民活动场次")],
  names=["文化惠民活动场次"], absent=[iv(W23, "文化惠民活动场次")],
  note="2026 annual ≥1200场 (period ≥3600场); the 2023 批复表 gives ≥1000场")
Q("followup", "那实施周期的呢", figures=[iv(W, "文化惠民活动场次", "period_value")],
  note="period value of the same indicator", fu=True)
Q("indicator", "医保局定点医药机构现场检查今年要查多少家次", figures=[iv(M, "定点医药机构现场检查")],
  names=["定点医药机构现场检查"], note="annual ≥4000家次 (period ≥12000家次)")
Q("indicator", "医保局长期护理保险享受待遇人数实施周期指标值",
  figures=[iv(M, "长期护理保险享受待遇人数", "period_value")], names=["长期护理保险享受待遇人数"],
  note="period ≥1.2万人 (annual ≥4000人)")
Q("indicator", "住院费用基金支付比例今年的指标是多少",
  figures=[iv(M, "居民医保政策范围内住院费用基金支付比例")],
  names=["居民医保政策范围内住院费用基金支付比例"],
  note="only 医保局; annual ≥70% (period ≥72%); the name wraps on the printed form")
Q("indicator", "文广旅体局单场文化惠民活动成本控制在多少", figures=[iv(W, "单场文化惠民活动成本")],
  names=["单场文化惠民活动成本"], absent=[iv(W23, "单场文化惠民活动成本")],
  note="2026 ≤1.4万元/场; 2023 批复表 ≤1.2万元/场")
Q("indicator", "医保局零星报销要多少个工作日办完", figures=[iv(M, "医疗费用零星报销办理时限")],
  names=["医疗费用零星报销办理时限"], note="时效指标")
Q("indicator", "水务局防汛物资调拨响应时间要求多少", figures=[iv(SW, "防汛物资调拨响应时间")],
  names=["防汛物资调拨响应时间"], note="水务局 时效指标")
Q("indicator", "文旅局智慧文旅平台啥时候上线", figures=[iv(W, "智慧文旅服务平台上线时间")],
  names=["智慧文旅服务平台上线时间"], note="时效指标")
Q("indicator", "社区体育公园建设补助标准是多少", figures=[iv(W, "社区体育公园建设补助标准")],
  names=["社区体育公园建设补助标准"], note="only 文广旅体局 (经济成本指标)")
Q("indicator", "民政局新增养老床位今年的指标", figures=[iv(MZ, "新增养老床位")], names=["新增养老床位"],
  note="annual ≥1200张 (period ≥3600张)")
Q("indicator", "教育局学生体质健康达标率要求多少", figures=[iv(JY, "学生体质健康达标率")],
  names=["学生体质健康达标率"], note="东莞市教育局 only (广州 has no such indicator)")

# =========================================================================== overview
Q("overview", "医保局今年部门预算总共多少", figures=[wan(total(M))], names=["医疗保障局"],
  note="基本支出 + 项目支出 + 其他事业发展性支出 = 4127.86 + 97865.40 + 926.50")
Q("followup", "基本支出呢", figures=[bl(M, "基本支出")], note="same department", fu=True)
Q("followup", "项目支出占预算合计多少", figures=[pct_of(M["budget"]["项目支出"], total(M))],
  note="97865.40 / 102919.76", fu=True)
Q("overview", "文广旅体局财政拨款多少", figures=[bl(W, "财政拨款")], names=["文化广电旅游体育局"])
Q("overview", "文广旅体局其他资金多少万", figures=[bl(W, "其他资金")], names=["文化广电旅游体育局"])
Q("overview", "医保局财政专项资金有多少", figures=[bl(M, "财政专项资金")], names=["医疗保障局"])
Q("overview", "城管局拟用于对下转移支付的资金是多少", figures=[bl(CG, "拟用于对下转移支付资金")],
  names=["城市管理和综合执法局"])
Q("overview", "民政局市本级使用资金多少", figures=[bl(MZ, "市本级使用资金")], names=["民政局"])
Q("overview", "文广旅体局下面有几个二级单位", figures=[cnt(W["basic_info"]["下属二级单位数"])],
  names=["文化广电旅游体育局"], note="基本信息")
Q("overview", "医保局财政供养人员多少人", figures=[cnt(ppl(M))], names=["医疗保障局"], note="基本信息")
Q("overview", "文广旅体局今年预算合计多少", figures=[wan(total(W))], names=["文化广电旅游体育局"],
  note="14286.35 + 52748.60 + 1865.20")
Q("overview", "市监局其他事业发展性支出多少", figures=[bl(SJ, "其他事业发展性支出")], names=["市场监督管理局"])
Q("overview", "东莞交通局财政专项资金多少", figures=[bl(JT, "财政专项资金")], names=["交通运输局"])

# =========================================================================== prose
Q("prose", "文广旅体局说人均体育场地面积要达到多少", figures=[prose(W, "2.8平方米", "goals_only")],
  absent=[iv(W23, "人均体育场地面积"), iv(W23, "人均体育场地面积", "period_value")],
  note="2026 goal 二 only; the 2023 批复表 indicator gives 2.5/2.6平方米")
Q("prose", "文旅局今年要建多少个智能健身驿站", figures=[prose(W, "40个", "goals_only")], note="goal 二 only")
Q("prose", "文广旅体局全年接待游客目标多少", figures=[prose(W, "5500万人次", "goals_only")], note="goal 五 only")
Q("prose", "文旅消费券今年计划发多少", figures=[prose(W, "2000万元", "goals_only")],
  note="goal 五 only (不少于2000万元); the task 文旅消费促进补助 (22500000元) also covers other subsidies")
Q("prose", "应急局要创建几个全国综合减灾示范社区", figures=[prose(YJ, "8个", "goals_only")], note="应急局 goal 四 only")
Q("prose", "医保局基本医保参保人数要稳定在多少", figures=[prose(M, "1050万人", "goals_only")], note="goal 一 only")
Q("prose", "医保局集采药品要落地多少个品种", figures=[prose(M, "500个品种", "goals_only")], note="goal 三 only")
Q("prose", "医保局全年要追回多少医保基金", figures=[prose(M, "1.2亿元", "goals_only")], note="goal 四 only")
Q("followup", "那医保基金监管经费本身安排了多少", figures=[tm(M, "医保基金监管经费")],
  names=["医保基金监管经费"], note="医疗保障局 其他任务", fu=True)
Q("prose", "医保局要建成多少个镇村医保服务站点", figures=[prose(M, "600个", "goals_only")], note="goal 五 only")
Q("prose", "门诊慢特病待遇认定时限压缩到多少", figures=[prose(M, "5个工作日", "goals_only")],
  absent=[iv(KJ26, "科技特派员服务响应时间")],
  note="医保局 goal 五 only (5个工作日以内); 科技局's indicator ≤5个工作日 is another thing")
Q("prose", "困难群众住院费用个人负担部分救助比例不低于多少", figures=[prose(M, "75%", "goals_only")],
  note="医保局 goal 二 only")
Q("prose", "民政局今年要培训多少名社区社工", figures=[prose(MZ, "300名", "goals_only")], note="民政局 goal 三 only")
Q("prose", "卫健局今年新建或改造多少个社区卫生服务站", figures=[prose(WJ26, "18个", "goals_only")],
  note="卫健局 2026 goal 二 only")

# =========================================================================== filter
w_over20m = names_where(W, lambda x: x["amount"] > 20_000_000)
Q("filter", "文广旅体局超过2000万的任务有哪些", names=w_over20m, note="tasks > 20000000元")
Q("followup", "这几个加起来多少", figures=[yuan(tsum(W, w_over20m))], note="sum of the three", fu=True)
Q("filter", "医保局1000万以上的项目有哪些", names=names_where(M, lambda x: x["amount"] >= 10_000_000),
  note="tasks ≥ 10000000元")
Q("filter", "医保局100万以下的任务", names=names_where(M, lambda x: x["amount"] < 1_000_000),
  note="tasks < 1000000元")
Q("filter", "文广旅体局哪些指标实施周期值和年度值不一样",
  names=inds_where(W, lambda i: i["period_value"] != i["annual_value"]), note="period != annual")
Q("filter", "医保局哪些指标实施周期和年度指标值不同",
  names=inds_where(M, lambda i: i["period_value"] != i["annual_value"]), note="period != annual")
Q("filter", "文旅局500万到1000万之间的任务",
  names=names_where(W, lambda x: 5_000_000 <= x["amount"] <= 10_000_000), note="5000000 ≤ amount ≤ 10000000")
big = [t for t in sorted(DG, key=lambda t: -total(t)) if total(t) > 100000]
Q("filter", "今年东莞各部门预算超过10亿的有哪些", names=[stem(t) for t in big],
  note="预算合计 > 100000万元 over the 16 东莞 2026 department tables: "
       + ", ".join(f"{stem(t)} {total(t)}" for t in big))
mid = [t for t in sorted(DG, key=lambda t: -t["budget"]["项目支出"]) if 90000 <= t["budget"]["项目支出"] <= 100000]
Q("filter", "今年东莞各部门项目支出在9亿到10亿之间的是哪几个", names=[stem(t) for t in mid],
  note="90000 ≤ 项目支出 ≤ 100000万元: " + ", ".join(f"{stem(t)} {t['budget']['项目支出']}" for t in mid))
info15 = sorted(((x, t) for t in DG for x in t["tasks"] if "信息化" in x["name"] and x["amount"] > 15_000_000),
                key=lambda p: -p[0]["amount"])
Q("filter", "今年东莞各部门的信息化建设经费超过1500万的有哪些", names=[x["name"] for x, _ in info15],
  note="tasks with 信息化 in the name, > 15000000元: " + ", ".join(f"{stem(t)} {x['amount']}" for x, t in info15))
Q("filter", "医保局指标值是100%的有哪些", names=inds_where(M, lambda i: i["annual_value"] == "100%"),
  note="annual value 100%")
p500 = [t for t in sorted(DG, key=lambda t: -ppl(t)) if ppl(t) > 500]
Q("filter", "今年东莞哪些部门财政供养人员超过500人", names=[stem(t) for t in p500],
  note=", ".join(f"{stem(t)} {ppl(t)}" for t in p500))

# =========================================================================== count
Q("count", "文广旅体局一共几项任务", figures=[cnt(len(W["tasks"]))], names=["文化广电旅游体育局"])
w_key = names_where(W, lambda x: x["section"] == KEY)
Q("followup", "其中重点任务几个，是哪些", figures=[cnt(len(w_key))], names=w_key, note="年度重点工作任务", fu=True)
Q("count", "医保局绩效指标一共多少个", figures=[cnt(len(M["indicators"]))])
Q("count", "医保局数量指标有几个", figures=[cnt(len(inds_where(M, lambda i: i["level2"] == "数量指标")))])
Q("count", "文广旅体局满意度指标几个", figures=[cnt(len(inds_where(W, lambda i: i["level1"] == "满意度指标")))])
Q("count", "今年东莞一共有几个部门报了部门整体绩效目标表", figures=[cnt(len(DG))],
  note="东莞 2026 部门整体 tables: " + "、".join(stem(t) for t in DG))
Q("count", "人社局其他需完成的任务有几项", figures=[cnt(len(names_where(RS, lambda x: x["section"] == OTHER)))])
Q("count", "东莞农业农村局质量指标有几个", figures=[cnt(len(inds_where(NY, lambda i: i["level2"] == "质量指标")))])
Q("count", "卫健局今年有几项任务", figures=[cnt(len(WJ26["tasks"]))], note="卫健局 2026")
Q("count", "今年东莞预算超过10亿的部门有几个", figures=[cnt(len(big))], note=", ".join(stem(t) for t in big))
Q("count", "文广旅体局实施周期值和年度值不一样的指标有几个",
  figures=[cnt(len(inds_where(W, lambda i: i["period_value"] != i["annual_value"])))])

# =========================================================================== aggregate
Q("aggregate", "文广旅体局所有任务加起来多少钱", figures=[yuan(allsum(W))])
Q("followup", "平均每项多少", figures=[yuan2(allsum(W) / len(W["tasks"]))], note="sum / 12", fu=True)
Q("aggregate", "医保局任务资金合计多少", figures=[yuan(allsum(M))])
m_key = names_where(M, lambda x: x["section"] == KEY)
Q("aggregate", "医保局两个重点任务加起来多少", figures=[yuan(tsum(M, m_key))], names=m_key)
Q("aggregate", "城乡居民医保补助占医保局全部任务资金的比例",
  figures=[pct_of(task(M, "城乡居民医疗保险财政补助")["amount"], allsum(M))],
  note="728600000 / 912454600")
Q("aggregate", "文广旅体局和医保局的部门预算加起来多少", figures=[wan(total(W) + total(M))],
  note="68900.15 + 102919.76")
Q("aggregate", "文广旅体局基本支出占预算合计的比重", figures=[pct_of(W["budget"]["基本支出"], total(W))],
  note="14286.35 / 68900.15")
Q("aggregate", "今年东莞各部门预算加起来一共多少", figures=[wan(sum((total(t) for t in DG), Decimal(0)))],
  note="sum of 预算合计 over the 16 东莞 2026 department tables")
Q("aggregate", "今年东莞各部门平均预算多少", figures=[wan(sum((total(t) for t in DG), Decimal(0)) / len(DG))],
  note="sum / 16")
Q("aggregate", "医保局财政拨款占预算合计的百分比", figures=[pct_of(M["budget"]["财政拨款"], total(M))],
  note="101356.92 / 102919.76")
Q("aggregate", "卫健局和医保局今年预算加起来多少", figures=[wan(total(WJ26) + total(M))],
  note="108336.42 + 102919.76")
Q("aggregate", "文广旅体局三个重点任务一共多少钱", figures=[yuan(tsum(W, w_key))], names=w_key)
info_all = [(x, t) for t in DG for x in t["tasks"] if "信息化" in x["name"]]
Q("aggregate", "今年东莞各部门的信息化建设经费加起来多少",
  figures=[yuan(sum((x["amount"] for x, _ in info_all), Decimal(0)))],
  note=f"{len(info_all)} tasks with 信息化 in the name (教育信息化建设 has .5元)")

# =========================================================================== ranking
ms = sorted(M["tasks"], key=lambda x: -x["amount"])
Q("ranking", "医保局哪项任务钱最多", figures=[yuan(ms[0]["amount"])], names=[ms[0]["name"]])
Q("followup", "排第三的呢", figures=[yuan(ms[2]["amount"])], names=[ms[2]["name"]], fu=True)
ws = sorted(W["tasks"], key=lambda x: -x["amount"])
Q("ranking", "文广旅体局任务金额前三是哪几个", figures=[yuan(x["amount"]) for x in ws[:3]],
  names=[x["name"] for x in ws[:3]])
Q("ranking", "文旅局哪个任务钱最少", figures=[yuan(ws[-1]["amount"])], names=[ws[-1]["name"]])
order = [stem(t) for t in sorted(DG, key=lambda t: -total(t))]
Q("ranking", "今年东莞各部门预算从多到少排，医保局排第几", figures=[cnt(order.index("医疗保障局") + 1)],
  names=["医疗保障局"], note="order: " + " > ".join(order))
Q("ranking", "文广旅体局预算在东莞各部门里排第几", figures=[cnt(order.index("文化广电旅游体育局") + 1)],
  names=["文化广电旅游体育局"], note="descending by 预算合计 over the 16 东莞 2026 tables")
ps = sorted(DG, key=lambda t: -t["budget"]["项目支出"])[:5]
Q("ranking", "今年东莞各部门项目支出前五是谁", figures=[bl(t, "项目支出") for t in ps], names=[stem(t) for t in ps])
alltasks = sorted(((x, t) for t in DG for x in t["tasks"]), key=lambda p: -p[0]["amount"])
Q("ranking", "今年东莞各部门单项任务资金最大的前三个", figures=[yuan(x["amount"]) for x, _ in alltasks[:3]],
  names=[x["name"] for x, _ in alltasks[:3]],
  note=", ".join(f"{stem(t)} {x['name']} {x['amount']}" for x, t in alltasks[:3]))
fewest = sorted(DG, key=ppl)
Q("ranking", "今年东莞哪个部门财政供养人员最少", figures=[cnt(ppl(fewest[0]))], names=[stem(fewest[0])])
bs = sorted(DG, key=lambda t: t["budget"]["基本支出"])[:3]
Q("ranking", "今年东莞各部门基本支出最少的三个", figures=[bl(t, "基本支出") for t in bs],
  names=[stem(t) for t in bs], note="ascending")
prop = sorted(((x, t) for t in DG for x in t["tasks"] if "宣传" in x["name"]), key=lambda p: -p[0]["amount"])
Q("ranking", "今年东莞各部门的宣传经费哪个最多", figures=[yuan(prop[0][0]["amount"])],
  names=[prop[0][0]["name"], stem(prop[0][1])],
  note="tasks with 宣传 in their name: " + ", ".join(f"{stem(t)} {x['name']} {x['amount']}" for x, t in prop))

# =========================================================================== compare
Q("compare", "医保局和卫健局谁的预算多，差多少", figures=[wan(total(WJ26) - total(M))], names=["卫生健康局"],
  note="108336.42 - 102919.76")
Q("followup", "那跟卫健局去年比呢", figures=[wan(total(M) - total(WJ25))], names=["医疗保障局"],
  note="医保局 2026 102919.76 vs 卫健局 2025 102624.60: 医保局 more", fu=True)
a, b = task(WJ26, "卫生健康信息化建设经费")["amount"], task(M, "医疗保障信息化建设经费")["amount"]
Q("compare", "医保局信息化建设经费和卫健局信息化建设经费哪个多", figures=[yuan(a), yuan(b), yuan(a - b)],
  names=["卫生健康信息化建设经费"], note="卫健局 18750000 > 医保局 18570000, difference 180000元")
Q("compare", "文广旅体局和生态环境局的预算差多少", figures=[wan(total(W) - total(ST))], names=["文化广电旅游体育局"],
  note="68900.15 - 67548.22")
Q("compare", "医保局城乡居民医保补助是人社局城乡居民养老保险补贴的几倍",
  figures=[ratio(task(M, "城乡居民医疗保险财政补助")["amount"], task(RS, "城乡居民养老保险财政补贴")["amount"])],
  note="728600000 / 463800000")
Q("compare", "文广旅体局财政供养人员比医保局多多少", figures=[cnt(ppl(W) - ppl(M))], names=["文化广电旅游体育局"],
  note="628 - 168")
Q("compare", "医保局项目支出是基本支出的几倍", figures=[ratio(M["budget"]["项目支出"], M["budget"]["基本支出"])],
  note="97865.40 / 4127.86")
Q("compare", "文广旅体局从业人员培训经费和市监局执法人员业务培训经费差多少",
  figures=[yuan(task(W, "文化体育从业人员培训经费")["amount"] - task(SJ, "执法人员业务培训经费")["amount"])],
  names=["文化体育从业人员培训经费"], note="1286500 - 1268500")
Q("compare", "医保局和城管局项目支出谁多", figures=[wan(M["budget"]["项目支出"] - CG["budget"]["项目支出"])],
  names=["医疗保障局"], note="97865.40 - 97468.35")
Q("compare", "文旅宣传推广经费和农业农村局农产品品牌宣传推介经费哪个多",
  figures=[tm(W, "文化旅游宣传推广经费"), tm(NY, "农产品品牌宣传推介经费")], names=["文化旅游宣传推广经费"],
  note="3865000 > 2136500 (difference 1728500元)")
Q("compare", "水务局和交通局财政拨款差多少", figures=[wan(JT["budget"]["财政拨款"] - SW["budget"]["财政拨款"])],
  names=["交通运输局"], note="139870.51 - 130852.19")
Q("compare", "医保经办人员培训经费比水务执法人员培训经费多还是少",
  figures=[yuan(task(SW, "水务执法人员培训经费")["amount"] - task(M, "医保经办人员培训经费")["amount"])],
  names=["水务执法人员培训经费"], note="医保局 956000 < 水务局 965000: 少 9000元")

# =========================================================================== structure
Q("structure", "医保局的重点工作任务是哪几个", names=m_key)
Q("structure", "文广旅体局成本指标有哪些", names=inds_where(W, lambda i: i["level1"] == "成本指标"))
Q("structure", "医保局经济效益指标是什么", figures=[iv(M, "群众就医负担")], names=["群众就医负担"])
Q("structure", "医保局可持续影响指标写的什么", figures=[iv(M, "医保基金运行")], names=["医保基金运行"])
Q("structure", "今年公共图书馆运行经费是重点任务还是其他任务", names=["其他需完成的任务"],
  note="文广旅体局 2026: 其他需完成的任务 (in the 2023 批复表 公共图书馆运行 was a 年度主要任务)")
Q("structure", "旅游总收入增长率属于哪类指标", names=["效益指标", "经济效益"], note="文广旅体局")
m_time = inds_where(M, lambda i: i["level2"] == "时效指标")
Q("structure", "医保局时效指标有哪些", names=m_time)
Q("followup", "其中零星报销时限是多少", figures=[iv(M, "医疗费用零星报销办理时限")],
  names=["医疗费用零星报销办理时限"], fu=True)
Q("structure", "生态环境局社会效益指标有哪些", names=inds_where(ST, lambda i: i["level2"] == "社会效益"))
Q("structure", "定点医药机构现场检查覆盖率是哪一类指标", names=["产出指标", "质量指标"], note="医保局")
Q("structure", "市监局质量指标有哪些", names=inds_where(SJ, lambda i: i["level2"] == "质量指标"))

# =========================================================================== yesno
Q("yesno", "医保局今年预算超过10个亿了吗", yesno="是", figures=[wan(total(M))], note="102919.76万元 > 100000万元")
Q("yesno", "文广旅体局有没有生态效益指标", yesno="否", note="生态效益 is printed empty on the form")
Q("yesno", "文广旅体局预算是不是比生态环境局多", yesno="是", figures=[wan(total(W)), wan(total(ST))],
  note="68900.15 > 67548.22")
Q("yesno", "医保局有没有长期护理保险的经费", yesno="是", figures=[tm(M, "长期护理保险试点补助")],
  names=["长期护理保险试点补助"])
Q("followup", "长护险享受待遇人数实施周期指标是多少", figures=[iv(M, "长期护理保险享受待遇人数", "period_value")],
  names=["长期护理保险享受待遇人数"], fu=True)
Q("yesno", "文旅消费促进补助是重点任务吗", yesno="是", names=["文旅消费促进补助"], note="年度重点工作任务")
Q("yesno", "文广旅体局今年的文物保护修缮经费算重点任务吗", yesno="否", names=["文物保护修缮经费"],
  note="2026: 其他需完成的任务 (the 2023 批复表 lists 文物保护修缮 among 年度主要任务)")
Q("yesno", "医保局有没有药品集采方面的经费", yesno="是", figures=[tm(M, "药品耗材集中带量采购工作经费")],
  names=["药品耗材集中带量采购工作经费"])
Q("yesno", "医保局的基本支出是不是比应急局少", yesno="是", figures=[bl(M, "基本支出"), bl(YJ, "基本支出")],
  note="4127.86 < 5386.72")
Q("yesno", "文广旅体局有没有博物馆建设经费", yesno="否",
  note="goal 四 mentions 博物馆基本陈列提升改造 but there is no such task")
Q("yesno", "卫健局有没有医疗救助的经费", yesno="否", absent=[tm(M, "困难群众医疗救助资金")],
  note="医疗救助 belongs to 医疗保障局 (困难群众医疗救助资金)")
Q("yesno", "医保局的项目支出比城管局多吗", yesno="是",
  figures=[bl(M, "项目支出"), bl(CG, "项目支出")], note="97865.40 > 97468.35")

# =========================================================================== yoy
d = task(WJ26, "医务人员培训经费")["amount"] - task(WJ25, "医务人员培训经费")["amount"]
Q("yoy", "卫健局医务人员培训经费比去年多多少", figures=[yuan(d)], names=["医务人员培训经费"],
  note="6420000 - 5980000")
Q("followup", "增长了百分之几", figures=[pct_of(d, task(WJ25, "医务人员培训经费")["amount"])],
  note="440000 / 5980000", fu=True)
a, b = task(WJ26, "计划生育家庭特别扶助金")["amount"], task(WJ25, "计划生育家庭特别扶助金")["amount"]
Q("yoy", "卫健局计划生育家庭特别扶助金同比增长率", figures=[pct_of(a - b, b)], note="(15276000-14652000)/14652000")
Q("yoy", "卫健局今年基本支出比去年多多少", figures=[wan(WJ26["budget"]["基本支出"] - WJ25["budget"]["基本支出"])],
  note="8652.37 - 8315.62")
Q("yoy", "卫健局妇幼健康服务项目经费今年和去年分别多少",
  figures=[tm(WJ26, "妇幼健康服务项目经费"), tm(WJ25, "妇幼健康服务项目经费")], names=["妇幼健康服务项目经费"])
Q("yoy", "卫健局重点人群家庭医生签约率去年和今年的指标各是多少",
  figures=[iv(WJ25, "重点人群家庭医生签约率"), iv(WJ26, "重点人群家庭医生签约率")], names=["重点人群家庭医生签约率"])
Q("yoy", "文广旅体局今年社区体育公园建设经费比2023年多了多少",
  figures=[yuan(task(W, "社区体育公园建设经费")["amount"] - task(W23, "社区体育公园建设")["amount"])],
  note="2026 21600000 - 2023 批复表 社区体育公园建设 1,800.00万元")
a, b = task(W, "公共图书馆运行经费")["amount"], task(W23, "公共图书馆运行")["amount"]
Q("yoy", "文广旅体局公共图书馆经费跟2023年比增长了百分之几", figures=[pct_of(a - b, b)],
  note="(26430000 - 23807500) / 23807500")
Q("yoy", "卫健局绩效指标数量比去年多几个", figures=[cnt(len(WJ26["indicators"]) - len(WJ25["indicators"]))],
  note="22 - 18")
Q("yoy", "科技局科普活动经费比去年增加多少",
  figures=[yuan(task(KJ26, "科普活动经费")["amount"] - task(KJ25, "科普活动经费")["amount"])],
  note="3265480.5 - 3100000")
Q("yoy", "总工会产业工人建设经费同比多了多少",
  figures=[yuan(task(ZGH26, "产业工人建设经费")["amount"] - task(ZGH25, "产业工人建设经费")["amount"])],
  note="7200000 - 6800000")

# =========================================================================== typo (typos, traditional characters, full-width digits)
Q("typo", "醫保局城鄉居民醫療保險財政補助多少", figures=[tm(M, "城乡居民医疗保险财政补助")],
  names=["城乡居民医疗保险财政补助"], note="traditional characters")
Q("typo", "文廣旅體局圖書館經費多少", figures=[tm(W, "公共图书馆运行经费")], names=["公共图书馆运行经费"],
  note="traditional characters")
Q("typo", "医保局预算超过１０亿了吗", yesno="是", figures=[wan(total(M))], note="full-width digits")
Q("typo", "文广旅休局文化惠民活动经废", figures=[tm(W, "文化惠民活动经费")], names=["文化惠民活动经费"],
  note="休=体, 废=费")
Q("typo", "医疗保账局长期护理保险试点补助", figures=[tm(M, "长期护理保险试点补助")],
  names=["长期护理保险试点补助"], note="保账=保障")
Q("typo", "文广旅体局社区体育公圆建设经费", figures=[tm(W, "社区体育公园建设经费")],
  names=["社区体育公园建设经费"], note="公圆=公园")
Q("typo", "水务局节水宣传教育经废多少", figures=[tm(SW, "节水宣传教育经费")], names=["节水宣传教育经费"],
  note="经废=经费")
Q("typo", "文广旅体局２０２６年任务一共几项", figures=[cnt(len(W["tasks"]))], note="full-width digits")
Q("typo", "医保局定點醫藥機構現場檢查今年多少家次", figures=[iv(M, "定点医药机构现场检查")],
  names=["定点医药机构现场检查"], note="traditional characters; annual ≥4000家次")
Q("typo", "總工會今年預算合計多少", figures=[wan(total(ZGH26))], names=["总工会"], note="traditional characters")
Q("typo", "文广旅体局超过２０００万的任务", names=w_over20m, note="full-width digits; tasks > 20000000元")
Q("typo", "卫建局家庭医生签约服务补助多少", figures=[tm(WJ26, "家庭医生签约服务补助")],
  names=["家庭医生签约服务补助"], note="卫建=卫健")

# =========================================================================== not_found
Q("not_found", "广州市医保局今年预算多少", expect="not_found", absent=[wan(total(M))],
  note="no 广州 医疗保障局 table (广州 has only 教育局)")
Q("not_found", "医保局去年预算多少", expect="not_found", absent=[wan(total(M))],
  note="医疗保障局 2025 is not loaded")
Q("not_found", "文广旅体局2025年的预算是多少", expect="not_found", absent=[wan(total(W))],
  note="文广旅体局: 2026 部门整体表 and the 2023 批复表 only")
Q("not_found", "医保局今年医保基金收入多少", expect="not_found", note="fund revenue is not on the form")
Q("not_found", "文广旅体局局长是谁", expect="not_found", note="not on the form")
Q("not_found", "医保局长期护理保险试点补助现在花了多少", expect="not_found",
  absent=[tm(M, "长期护理保险试点补助")], note="no progress data is loaded")
Q("not_found", "湛江市文化广电旅游体育局今年预算多少", expect="not_found", absent=[wan(total(W))],
  note="no 湛江 文广旅体局 table")
Q("not_found", "东莞市公安局今年部门预算多少", expect="not_found", note="no 公安局 table")
Q("not_found", "医保局职工医保个人账户划入标准是多少", expect="not_found", note="not on the form")
Q("not_found", "文广旅体局体育彩票公益金安排了多少", expect="not_found", note="no such task or line")
Q("not_found", "医保局给每家定点医院拨了多少钱", expect="not_found", note="allocations per hospital are not on the form")

# =========================================================================== trap
Q("trap", "城乡居民保险财政补贴多少", expect="clarify",
  names=["城乡居民养老保险财政补贴", "城乡居民医疗保险财政补助"],
  note="人社局 城乡居民养老保险财政补贴 463800000 vs 医保局 城乡居民医疗保险财政补助 728600000")
Q("trap", "医保局的家庭医生签约服务补助多少", expect="not_found", absent=[tm(WJ26, "家庭医生签约服务补助")],
  note="家庭医生签约服务补助 belongs to 卫生健康局")
Q("trap", "文广旅体局今年新建社区体育公园多少个", figures=[iv(W, "新建改造社区体育公园")],
  names=["新建改造社区体育公园"], absent=[iv(W23, "新建社区体育公园数量")],
  note="2026 indicator 新建改造社区体育公园 annual ≥12个 (period ≥36个); the 2023 批复表 新建社区体育公园数量 10个")
Q("trap", "文广旅体局今年公共图书馆接待读者多少人次", figures=[iv(W, "公共图书馆接待读者人次")],
  names=["公共图书馆接待读者人次"], absent=[iv(W23, "图书馆年接待读者人次")],
  note="2026 indicator ≥600万人次; the 2023 批复表 ≥500万人次")
Q("trap", "医保局医疗救助资金多少", figures=[tm(M, "困难群众医疗救助资金")], names=["困难群众医疗救助资金"],
  absent=[tm(MZ, "城乡低保救助资金"), tm(MZ, "特困人员救助供养资金")],
  note="民政局's 救助 tasks are look-alikes")
Q("trap", "文广旅体局执法检查指标多少", figures=[iv(W, "文化市场执法检查")], names=["文化市场执法检查"],
  absent=[iv(YJ, "安全生产执法检查"), iv(ST, "生态环境执法检查")],
  note="≥3000家次; 应急局 ≥6500家次 and 生态环境局 ≥8000家次 are look-alikes")
Q("trap", "医保局消费券发了多少", expect="not_found", absent=[tm(W, "文旅消费促进补助"), "2000万元"],
  note="消费券 belongs to 文广旅体局")
Q("trap", "文广旅体局今年文化活动参与人次目标多少", figures=[iv(W, "文化活动参与人次")], names=["文化活动参与人次"],
  absent=[iv(W23, "文化活动参与人次")], note="2026 annual ≥300万人次 (period ≥900万人次); the 2023 批复表 ≥200万人次")
Q("trap", "文广旅体局2023年有几项任务", figures=[cnt(len(W23["tasks"]))], absent=[cnt(len(W["tasks"]))],
  note="2023 批复表: 5 年度主要任务 (2026 has 12)")
Q("trap", "应急局的文物保护修缮经费多少", expect="not_found", absent=[tm(W, "文物保护修缮经费")],
  note="文物保护修缮经费 belongs to 文广旅体局")
Q("trap", "广州市文化广电旅游体育局文化惠民活动经费多少", expect="not_found",
  absent=[tm(W, "文化惠民活动经费")], note="no 广州 文广旅体局 table")
Q("trap", "医保局服务站点建设补助标准多少", figures=[iv(M, "镇村医保服务站点建设补助标准")],
  names=["镇村医保服务站点建设补助标准"], absent=[iv(W, "社区体育公园建设补助标准")],
  note="≤2万元/个; 文广旅体局's ≤180万元/个 is a look-alike")


def main() -> None:
    ids = [r["id"] for r in OUT]
    assert len(set(ids)) == len(ids)
    for r in OUT:
        if r["expect"] == "not_found":
            assert not r["figures"], r
        assert not (set(r["figures"]) & set(r["absent"])), r
    path = HERE.parent / "batch_07.jsonl"
    with path.open("w", encoding="utf-8") as f:
        for r in OUT:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    cats = Counter(r["category"] for r in OUT)
    print(len(OUT), "questions written to", path)
    for c, n in cats.items():
        ex = Counter(r["expect"] for r in OUT if r["category"] == c)
        print(f"  {c:11} {n:3}  {dict(ex)}")
    print("expect:", dict(Counter(r["expect"] for r in OUT)))
    NEWK = ("文广", "文旅", "文廣", "医保", "醫", "医疗保")
    OLDK = ("卫健", "卫建", "人社", "民政", "应急", "水务", "城管", "生态", "交通", "市监", "教育", "总工会", "總工會",
            "科技", "农业", "自然资源", "广州", "湛江", "公安", "东莞各部门", "东莞一共", "东莞哪", "东莞预算", "城乡居民保险")
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
