"""Write tests/blind/batch_11.jsonl (adapted from batch10_tools/gen_batch10.py).

Every figure is computed here from the ground truth (truth11.py: the tables' JSON, the fixture
data, the forms' checked export) with Decimal and ROUND_HALF_UP; every prose phrase is asserted
to occur in the table's goals and in none of its tasks or indicators. Questions are written as
finance-bureau and department staff type them in a chat.

Each question also carries a scope (new / mix / old) kept here only, for the counts of README_11.md.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from truth11 import D, dg2026, indicator, load, pct, q2, task, total, wan, yuan, yuan2  # noqa: E402

T = load()
FG, FG5, GA = T["fagaiju_2026"], T["fagaiju_2025"], T["gonganju_2026"]   # the three new tables
TJ, TY = T["tongjiju_2026"], T["tuiyijunren_2026"]                      # batch 10
Z, S, C = T["zhujianju_2026"], T["sifaju_2026"], T["shangwuju_2026"]
W, M = T["wenguangluti_2026"], T["yibaoju_2026"]
WJ26, WJ25 = T["weijianju_2026"], T["weijianju_2025"]
ZGH26, ZGH25 = T["zonggonghui_2026"], T["zonggonghui_2025"]
KJ26, KJ25 = T["kejiju_2026"], T["kejiju_2025"]
RS, ZR, NY, SW, ST, CG, JT, JY = (T["renshe_2026"], T["ziranziyuan_2026"], T["nongyenongcun_2026"],
                                  T["shuiwuju_2026"], T["shengtai_2026"], T["chengguan_2026"],
                                  T["jiaotongju_2026"], T["jiaoyuju_2026"])
MZ, YJ, SJ = T["minzhengju_2026"], T["yingji_2026"], T["shijianju_2026"]
GZJY, ZJ25 = T["guangzhou_jiaoyuju_2026"], T["zhanjiang_2025"]
DG = dg2026(T)
assert len(DG) == 23
FGN, GAN = "发展和改革局", "公安局"

OUT: list[dict] = []
SCOPE: dict[str, str] = {}
KEY, OTHER = "年度重点工作任务", "其他需完成的任务"


def stem(t):
    d = t["department"]
    for c in ("东莞市", "湛江市", "广州市"):
        if d.startswith(c):
            return d[len(c):]
    return d


def Q(cat, q, expect="ok", figures=(), names=(), yesno=None, absent=(), note="", fu=False, scope="new"):
    n = len(OUT) + 1
    rec = {
        "id": f"b11-{n:03d}", "q": q, "category": cat, "expect": expect,
        "figures": list(figures), "names": list(names), "yesno": yesno, "absent": list(absent),
        "followup_of": OUT[-1]["id"] if fu else None, "note": note,
    }
    OUT.append(rec)
    SCOPE[rec["id"]] = SCOPE[OUT[-2]["id"]] if fu else scope
    return rec


def tm(t, name):
    return yuan(task(t, name)["amount"])


def ta(t, name):
    return task(t, name)["amount"]


def iv(t, name, which="annual_value"):
    return indicator(t, name)[which]


def bl(t, name):
    return wan(t["budget"][name])


def prose(t, phrase):
    """A fact of the 总体绩效目标 only: in the goals, in no task and no indicator of the table."""
    assert any(phrase in g for g in t["goals"]), (t["slug"], phrase)
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


def units(t):
    return t["basic_info"]["下属二级单位数"]


def dept_tasks(cond):
    """(task, table) of every 东莞 2026 department whose task satisfies cond."""
    return [(x, t) for t in DG for x in t["tasks"] if cond(x)]


FGK = names_where(FG, lambda x: x["section"] == KEY)
GAK = names_where(GA, lambda x: x["section"] == KEY)
assert len(FGK) == 3 and len(GAK) == 2

# =========================================================================== item_money
Q("item_money", "发改那边对口帮扶的钱今年是多少", figures=[tm(FG, "对口帮扶协作专项资金")], names=["对口帮扶协作专项资金"],
  absent=[tm(NY, "乡村振兴示范带建设资金")], note="152060000; 农业农村局 乡村振兴示范带建设资金 152600000 is close")
Q("followup", "去年呢", figures=[tm(FG5, "对口帮扶协作专项资金")], names=["对口帮扶协作专项资金"],
  note="发改局 2025: 138400000", fu=True)
Q("item_money", "储备粮那块补贴安排了多少", figures=[tm(FG, "市级储备粮管理补贴资金")], names=["市级储备粮管理补贴资金"],
  absent=[tm(YJ, "安全生产监管执法经费"), tm(FG5, "市级储备粮管理补贴资金")],
  note="only 发改局 has 储备粮 (应急局 has 应急物资储备经费, 自然资源局 土地储备前期工作经费); 38560000 vs 应急 38650000; "
       "no year = 2026")
Q("item_money", "公安辅警的经费一年多少", figures=[tm(GA, "警务辅助人员经费")], names=["警务辅助人员经费"],
  absent=[tm(SW, "河涌综合整治工程经费")], note="辅警 = 警务辅助人员; 286540000 vs 水务局 286450000")
Q("item_money", "麻烦帮我查一下公安局看守所、拘留所这些监管场所的运行经费今年安排了多少，我们这边要对一下数",
  figures=[tm(GA, "监管场所运行保障经费")], names=["监管场所运行保障经费"], absent=[tm(MZ, "社会工作服务项目经费")],
  note="24300500 vs 民政局 社会工作服务项目经费 24300000")
Q("item_money", "反诈经费", figures=[tm(GA, "反电信网络诈骗预警劝阻经费")], names=["反电信网络诈骗预警劝阻经费"],
  absent=[tm(S, "人民调解工作经费")], note="only 公安局; 8650800 vs 司法局 人民调解工作经费 8650000")
Q("item_money", "发改局搞价格监测花多少钱", figures=[tm(FG, "价格监测和成本调查经费")], names=["价格监测和成本调查经费"],
  absent=[tm(KJ26, "科普活动经费")], note="3265000 vs 科技局 科普活动经费 3265480.5")
Q("item_money", "发改局规划研究那个经费", figures=[tm(FG, "发展规划研究编制经费")], names=["发展规划研究编制经费"],
  absent=[tm(S, "行政复议和行政应诉工作经费"), tm(ZR, "国土空间规划编制经费")],
  note="3480600 vs 司法局 3480000; 自然资源局 国土空间规划编制经费 is another department's")
Q("item_money", "自然资源局不动产登记信息化那笔钱多少", figures=[tm(ZR, "不动产登记信息化建设经费")],
  names=["不动产登记信息化建设经费"], scope="old")
Q("item_money", "科技局今年给科技特派员的工作经费有多少", figures=[tm(KJ26, "科技特派员工作经费")], names=["科技特派员工作经费"],
  absent=[tm(KJ25, "科技特派员工作经费")], note="2026: 8500000 (2025: 7800000)", scope="old")

# =========================================================================== indicator
Q("indicator", "公安局今年要新装或者改造多少个监控点", figures=[iv(GA, "新建改造视频监控点位")], names=["新建改造视频监控点位"],
  note="annual ≥6000个 (period ≥18000个)")
Q("followup", "整个实施周期下来呢", figures=[iv(GA, "新建改造视频监控点位", "period_value")], note="period ≥18000个", fu=True)
Q("indicator", "城区报警以后警察多久要赶到", figures=[iv(GA, "城区110警情平均到场时间")], names=["城区110警情平均到场时间"])
Q("indicator", "电诈案子今年要求降多少", figures=[iv(GA, "电信网络诈骗发案数同比下降")], names=["电信网络诈骗发案数同比下降"],
  note="annual ≥10% (period ≥30%)")
Q("indicator", "看守所里在押人员一天伙食费标准是多少", figures=[iv(GA, "被监管人员伙食费标准")], names=["被监管人员伙食费标准"])
Q("indicator", "发改局今年做多少个重大项目的前期研究", figures=[iv(FG, "开展重大项目前期研究")], names=["开展重大项目前期研究"],
  absent=[prose(FG, "420个")], note="annual ≥60个 (period ≥180个); the goal's 市重大项目420个 is another thing")
Q("indicator", "储备粮每吨每年给多少保管费补贴", figures=[iv(FG, "市级储备粮保管费用补贴标准")],
  names=["市级储备粮保管费用补贴标准"], absent=[iv(FG5, "市级储备粮保管费用补贴标准")], note="2026 ≤110元/吨·年 (2025 ≤100)")
Q("indicator", "发改局带动社会投资今年的目标值", figures=[iv(FG, "带动社会投资")], names=["带动社会投资"],
  absent=[prose(FG, "1350亿元")], note="annual ≥800亿元 (period ≥2400亿元); 年度计划投资1350亿元 is the goal's")
Q("indicator", "对口帮扶那边满意度要达到多少", figures=[iv(FG, "对口帮扶地区满意度")], names=["对口帮扶地区满意度"])
Q("indicator", "市监局食品抽检一个批次成本控制在多少", figures=[iv(SJ, "食品安全抽检单批次成本")],
  names=["食品安全抽检单批次成本"], scope="old")
Q("indicator", "医保局参保群众满意度今年要求多少", figures=[iv(M, "参保群众满意度")], names=["参保群众满意度"],
  note="annual ≥90% (period ≥92%)", scope="old")
Q("indicator", "医保局长护险每人每月支付标准上限多少", figures=[iv(M, "长期护理保险护理服务支付标准")],
  names=["长期护理保险护理服务支付标准"], scope="old")

# =========================================================================== overview
Q("overview", "公安局一年预算总共多少钱", figures=[wan(total(GA))], names=[GAN], note="186452.37 + 124836.58 + 6318.40")
Q("followup", "其中财政拨款呢", figures=[bl(GA, "财政拨款")], fu=True)
Q("overview", "公安局财政供养的人数", figures=[cnt(ppl(GA))], names=[GAN], absent=[prose(GA, "1.3万名")],
  note="7316; the goal's 辅警约1.3万名 is not 财政供养人员")
Q("overview", "发改局下面有几个二级单位", figures=[cnt(units(FG))], names=[FGN])
Q("followup", "那公安局呢", figures=[cnt(units(GA))], names=[GAN], fu=True)
Q("overview", "发改局拟用于对下转移支付的资金是多少", figures=[bl(FG, "拟用于对下转移支付资金")], names=[FGN])
Q("overview", "发改局其他事业发展性支出多少", figures=[bl(FG, "其他事业发展性支出")], names=[FGN],
  absent=[bl(YJ, "其他事业发展性支出")], note="1263.80 vs 应急局 1268.30")
Q("overview", "公安局财政专项资金多少，其中市本级自己用的多少", figures=[bl(GA, "财政专项资金"), bl(GA, "市本级使用资金")],
  names=[GAN])
Q("overview", "发改委2026年部门预算总额", figures=[wan(total(FG))], names=[FGN], absent=[wan(total(S))],
  note="发改委 = 发展和改革局; 41974.29 vs 司法局 41947.92")
Q("overview", "水务局其他资金是多少", figures=[bl(SW, "其他资金")], names=["水务局"], scope="old")
Q("overview", "城管局下属单位有几个", figures=[cnt(units(CG))], names=["城市管理和综合执法局"], scope="old")

# =========================================================================== prose
Q("prose", "发改今年一共安排了多少个市重大项目", figures=[prose(FG, "420个")], absent=[iv(FG, "开展重大项目前期研究")],
  note="发改局 goal 一 only")
Q("prose", "重大项目今年计划投资是多少亿", figures=[prose(FG, "1350亿元")], absent=[iv(FG, "带动社会投资"), prose(FG5, "1280亿元")],
  note="发改局 2026 goal 一 only (2025: 1280亿元)")
Q("prose", "十五五规划实施开局，今年要做多少项重大课题研究", figures=[prose(FG, "25项")], absent=[iv(FG, "完成定价成本监审")],
  note="发改局 goal 二 only")
Q("prose", "市级储备粮规模现在是多少万吨", figures=[prose(FG, "38万吨")], absent=[prose(NY, "8.6万吨")],
  note="发改局 goal 四 only; 农业农村局 粮食总产量8.6万吨 is another thing")
Q("prose", "单位GDP能耗今年要下降多少", figures=[prose(FG, "3.2%")], note="发改局 goal 五 only (2025: 3.0%)")
Q("prose", "公安局辅警队伍大概多少人", figures=[prose(GA, "1.3万名")], absent=[cnt(ppl(GA))], note="公安局 goal 四 only")
Q("prose", "智慧新警务要接入多少路社会视频", figures=[prose(GA, "12万路")], absent=[iv(GA, "新建改造视频监控点位")],
  note="公安局 goal 二 only")
Q("prose", "枫桥式派出所今年创建几个", figures=[prose(GA, "8个")], absent=[iv(GA, "规范化建设派出所")],
  note="公安局 goal 四 only; ≥12个 is the 规范化建设派出所 indicator")
Q("prose", "司法局执业律师要达到多少名", figures=[prose(S, "6500名")], note="司法局 goal 五 only", scope="old")
Q("prose", "应急局森林防火隔离带要建多少公里", figures=[prose(YJ, "45公里")], note="应急局 goal 三 only", scope="old")
Q("prose", "商务局今年新增外贸备案企业多少家", figures=[prose(C, "2000家")], note="商务局 goal 一 only", scope="old")

# =========================================================================== filter
ga_over1e = names_where(GA, lambda x: x["amount"] > 100_000_000)
Q("filter", "麻烦列一下公安局超过一个亿的事项", names=ga_over1e)
Q("followup", "这两项占公安局全部任务资金多大比例", figures=[pct_of(tsum(GA, ga_over1e), allsum(GA))],
  note=f"{tsum(GA, ga_over1e)} / {allsum(GA)}", fu=True)
fg_under5m = names_where(FG, lambda x: x["amount"] < 5_000_000)
Q("filter", "发改局500万以下的任务列一下", names=fg_under5m)
ga_pct = inds_where(GA, lambda i: i["annual_value"].endswith("%"))
Q("filter", "公安局单位是%的指标有哪些", names=ga_pct)
fg_cost = inds_where(FG, lambda i: i["level1"] == "成本指标")
Q("filter", "发改局成本类的指标都有哪些，标准多少", names=fg_cost, figures=[iv(FG, n) for n in fg_cost])
fg_diff = inds_where(FG, lambda i: i["period_value"] != i["annual_value"])
Q("filter", "发改局哪些指标一年的跟整个周期的数不一样", names=fg_diff)
ga_pub = names_where(GA, lambda x: "宣传" in x["name"])
Q("filter", "公安局带宣传两个字的经费", names=ga_pub, figures=[tm(GA, n) for n in ga_pub])
basic_gt = [t for t in DG if t["budget"]["基本支出"] > t["budget"]["项目支出"]]
Q("filter", "今年东莞有哪些部门基本支出比项目支出还多", names=[stem(t) for t in basic_gt],
  note=", ".join(f"{stem(t)} {t['budget']['基本支出']} > {t['budget']['项目支出']}" for t in basic_gt), scope="mix")
big = [t for t in DG if ppl(t) > 1000]
Q("filter", "东莞今年财政供养人员过千的部门有哪些", names=[stem(t) for t in big],
  note=", ".join(f"{stem(t)} {ppl(t)}" for t in big), scope="mix")
fg_sub = names_where(FG, lambda x: "补贴" in x["name"] or "补助" in x["name"])
mz_big = names_where(MZ, lambda x: x["amount"] > 50_000_000)
Q("filter", "民政局超过5000万的任务", names=mz_big, scope="old")

# =========================================================================== count
Q("count", "发改局今年有几项任务", figures=[cnt(len(FG["tasks"]))])
Q("followup", "去年呢", figures=[cnt(len(FG5["tasks"]))], fu=True)
Q("count", "公安局的绩效指标一共多少条？我这边数出来好像是20条", figures=[cnt(len(GA["indicators"]))],
  note="19; the 20 in the question is the asker's miscount")
Q("count", "发改局重点工作任务几项", figures=[cnt(len(FGK))], names=FGK)
Q("count", "系统里今年东莞一共录了多少个部门的整体绩效目标表", figures=[cnt(len(DG))],
  note="23 东莞 2026 部门整体 tables (the two 东莞 2026 project tables are not departments)", scope="mix")
Q("count", "发改局数量指标有多少个", figures=[cnt(len(inds_where(FG, lambda i: i["level2"] == "数量指标")))])
Q("count", "发改局满意度指标有几个", figures=[cnt(len(inds_where(FG, lambda i: i["level1"] == "满意度指标")))])
info = dept_tasks(lambda x: "信息化" in x["name"])
Q("count", "今年东莞各单位任务名称里含信息化字样的有多少项", figures=[cnt(len(info))],
  note="19 of batch 10 + 投资审批监管信息化建设经费 + 智慧新警务信息化建设经费", scope="mix")
Q("count", "生态环境局一共有几项任务", figures=[cnt(len(ST["tasks"]))], scope="old")
Q("count", "文广旅体局满意度指标有几个", figures=[cnt(len(inds_where(W, lambda i: i["level1"] == "满意度指标")))], scope="old")

# =========================================================================== aggregate
Q("aggregate", "公安局所有任务的钱加总是多少", figures=[yuan(allsum(GA))])
Q("followup", "平均下来一项多少", figures=[yuan2(allsum(GA) / len(GA["tasks"]))], note="sum / 10", fu=True)
Q("aggregate", "发改局三个重点任务一共多少钱", figures=[yuan(tsum(FG, FGK))], names=FGK)
Q("aggregate", "对口帮扶协作专项资金占发改局全部任务资金的比重", figures=[pct_of(ta(FG, "对口帮扶协作专项资金"), allsum(FG))])
Q("aggregate", "公安局基本支出占预算合计的比例", figures=[pct_of(GA["budget"]["基本支出"], total(GA))])
Q("aggregate", "领导要今年东莞所有部门的预算总盘子，帮我算下一共多少", figures=[wan(sum((total(t) for t in DG), Decimal(0)))],
  note="sum over the 23 东莞 2026 department tables", scope="mix")
Q("aggregate", "发改局财政专项资金里对下转移支付占几成", figures=[pct_of(FG["budget"]["拟用于对下转移支付资金"],
                                                             FG["budget"]["财政专项资金"])], note="8150 / 30800")
help_ = dept_tasks(lambda x: "救助" in x["name"] or "帮扶" in x["name"])
Q("aggregate", "救助、帮扶这类资金今年东莞各部门一共安排了多少", figures=[yuan(sum((x["amount"] for x, _ in help_), Decimal(0)))],
  names=[x["name"] for x, _ in help_], note=" + ".join(f"{x['name']} {x['amount']}" for x, _ in help_), scope="mix")
swk = names_where(C, lambda x: x["section"] == KEY)
Q("aggregate", "商务局几个重点任务加起来多少钱", figures=[yuan(tsum(C, swk))], names=swk, scope="old")
ny_sub = names_where(NY, lambda x: "补贴" in x["name"])
Q("aggregate", "农业农村局带补贴的几项加起来多少", figures=[yuan(tsum(NY, ny_sub))], names=ny_sub, scope="old")

# =========================================================================== ranking
gas = sorted(GA["tasks"], key=lambda x: -x["amount"])
Q("ranking", "公安局哪项任务钱最多", figures=[yuan(gas[0]["amount"])], names=[gas[0]["name"]])
fgs = sorted(FG["tasks"], key=lambda x: x["amount"])
Q("ranking", "发改局金额最小的两项是啥", figures=[yuan(x["amount"]) for x in fgs[:2]], names=[x["name"] for x in fgs[:2]],
  note="ascending")
top3 = sorted(DG, key=lambda t: -total(t))[:3]
Q("ranking", "今年东莞预算排前三的部门", figures=[wan(total(t)) for t in top3], names=[stem(t) for t in top3], scope="mix")
ppl_order = [stem(t) for t in sorted(DG, key=lambda t: -ppl(t))]
Q("ranking", "公安局人数在东莞各部门里排第几", figures=[cnt(ppl_order.index(GAN) + 1)], names=[GAN],
  note="descending: " + " > ".join(ppl_order[:4]), scope="mix")
order = [stem(t) for t in sorted(DG, key=lambda t: -total(t))]
tr3 = sorted(dept_tasks(lambda x: "培训" in x["name"]), key=lambda p: -p[0]["amount"])[:3]
Q("ranking", "东莞各部门培训经费哪三项最多", figures=[yuan(x["amount"]) for x, _ in tr3], names=[x["name"] for x, _ in tr3],
  note=", ".join(f"{stem(t)} {x['name']} {x['amount']}" for x, t in tr3) + " (6420500 vs 6420000)", scope="mix")
dz = sorted(DG, key=lambda t: -t["budget"]["拟用于对下转移支付资金"])
# No city named: every loaded 2026 部门整体 table counts, 广州市教育局 included (review after the
# first run: the question was first written for 东莞 only, with 教育局's 42060 as "absent" — but the
# ranking names every department, and 广州市教育局 is loaded and leads).
assert GZJY["budget"]["拟用于对下转移支付资金"] > dz[0]["budget"]["拟用于对下转移支付资金"]
Q("ranking", "今年哪个部门拟用于对下转移支付的资金最多",
  figures=[bl(GZJY, "拟用于对下转移支付资金"), bl(dz[0], "拟用于对下转移支付资金")],
  names=["广州市教育局", stem(dz[0])],
  note="no city named: 广州市教育局 67200.00 leads; 东莞's first 人社局 42150.00 vs 教育局 42060.00", scope="mix")
four = sorted([GA, FG, S, TY], key=lambda t: -total(t))
sts = sorted(ST["tasks"], key=lambda x: x["amount"])
Q("ranking", "生态环境局钱最少的一项任务", figures=[yuan(sts[0]["amount"])], names=[sts[0]["name"]],
  absent=[tm(GA, "禁毒宣传教育经费")], note="1536800 vs 公安局 禁毒宣传教育经费 1536000", scope="old")
sf = sorted(S["tasks"], key=lambda x: -x["amount"])
Q("ranking", "司法局哪项经费最多", figures=[yuan(sf[0]["amount"])], names=[sf[0]["name"]], scope="old")

# =========================================================================== compare
Q("compare", "我在写个材料要比较一下发改局和司法局，两家今年谁的预算高，高多少", figures=[wan(total(FG) - total(S))], names=[FGN],
  note="41974.29 - 41947.92", scope="mix")
Q("followup", "人呢", figures=[cnt(ppl(S) - ppl(FG))], names=["司法局"], note="326 - 132", fu=True)
Q("compare", "公安局和教育局哪个人多，多多少", figures=[cnt(ppl(GA) - ppl(JY))], names=[GAN], note="7316 - 5268", scope="mix")
Q("compare", "公安局的信息化经费是发改局信息化经费的多少倍",
  figures=[ratio(ta(GA, "智慧新警务信息化建设经费"), ta(FG, "投资审批监管信息化建设经费"))], note="168050000 / 4586000")
Q("compare", "发改的投资审批信息化经费和统计局信息化经费哪个多",
  figures=[tm(FG, "投资审批监管信息化建设经费"), tm(TJ, "统计信息化建设经费")], names=["投资审批监管信息化建设经费"],
  note="4586000 > 4580000", scope="mix")
Q("compare", "发改局项目支出比基本支出多出多少", figures=[wan(FG["budget"]["项目支出"] - FG["budget"]["基本支出"])],
  note="36867.83 - 3842.66")
Q("compare", "公安局预算是发改局的几倍", figures=[ratio(total(GA), total(FG))], note="317607.35 / 41974.29")
Q("compare", "交通局和水务局项目支出差多少", figures=[wan(JT["budget"]["项目支出"] - SW["budget"]["项目支出"])],
  note="138652.30 - 124687.38", scope="old")
Q("compare", "医保局和卫健局的预算相差多少", figures=[wan(total(WJ26) - total(M))], names=["卫生健康局"],
  note="108336.42 - 102919.76", scope="old")

# =========================================================================== structure
Q("structure", "电信网络诈骗发案数同比下降属于哪一类指标", names=["效益指标", "社会效益"], note="公安局")
Q("structure", "发改局的重点工作任务有哪些", names=FGK)
Q("followup", "分别多少钱", figures=[tm(FG, n) for n in FGK], names=FGK, fu=True)
Q("structure", "公安局时效方面的指标", names=inds_where(GA, lambda i: i["level2"] == "时效指标"))
Q("structure", "带动社会投资放在哪个二级指标下面", names=["经济效益"],
  note="发改局 (and 住建局, same category): 效益指标 / 经济效益")
Q("structure", "见义勇为那个资金是重点任务还是其他任务", names=["其他需完成的任务"], note="公安局")
Q("structure", "发改局生态效益指标写的什么", figures=[iv(FG, "重点用能单位节能目标完成率")], names=["重点用能单位节能目标完成率"])
Q("structure", "公安局质量指标有哪几个", names=inds_where(GA, lambda i: i["level2"] == "质量指标"))
Q("followup", "监管场所安全事故定的是多少", figures=[iv(GA, "监管场所安全事故")], names=["监管场所安全事故"], fu=True)
Q("structure", "发改局可持续影响方面定了什么指标", figures=[iv(FG, "重大项目储备机制")], names=["重大项目储备机制"])
Q("structure", "住建局成本指标有哪些", names=inds_where(Z, lambda i: i["level1"] == "成本指标"), scope="old")

# =========================================================================== yesno
Q("yesno", "公安局预算有没有超过30个亿", yesno="是", figures=[wan(total(GA))], note="317607.35万元 > 300000万元")
Q("yesno", "发改局有没有安排信用方面的经费", yesno="是", figures=[tm(FG, "社会信用体系建设经费")], names=["社会信用体系建设经费"])
Q("yesno", "公安局有生态效益指标吗", yesno="否", note="no 生态效益 indicator")
Q("yesno", "见义勇为奖励和救助资金是不是重点任务", yesno="否", names=["见义勇为人员奖励和救助资金"], note="其他需完成的任务")
Q("yesno", "发改局今年的人是不是比去年多", yesno="是", figures=[cnt(ppl(FG)), cnt(ppl(FG5))], note="132 (2026) > 128 (2025)")
Q("followup", "多几个", figures=[cnt(ppl(FG) - ppl(FG5))], note="132 - 128", fu=True)
Q("yesno", "发改局有没有哪项任务超过2个亿", yesno="否", figures=[tm(FG, "对口帮扶协作专项资金")],
  note="largest 152060000元 < 200000000元")
Q("yesno", "公安局财政拨款是不是占到预算的95%以上", yesno="是", figures=[pct_of(GA["budget"]["财政拨款"], total(GA))],
  note="309181.20 / 317607.35")
Q("yesno", "公安局预算是不是东莞各部门里最高的", yesno="否", figures=[wan(total(GA)), wan(total(JY))], names=["教育局"],
  note="教育局 430784.80 > 公安局 317607.35", scope="mix")
Q("yesno", "公安局财政供养人员是不是超过一万人了", yesno="否", figures=[cnt(ppl(GA))],
  note="7316; 辅警约1.3万名 is the goal's, not 财政供养人员")
Q("yesno", "应急局有没有森林防火的经费", yesno="是", figures=[tm(YJ, "森林防火经费")], names=["森林防火经费"], scope="old")
Q("yesno", "医保局人是不是比商务局多", yesno="是", figures=[cnt(ppl(M)), cnt(ppl(C))], note="168 > 142", scope="old")

# =========================================================================== yoy
Q("yoy", "帮我看下发改局今年部门预算比去年多了多少，领导开会要用", figures=[wan(total(FG) - total(FG5))], note="41974.29 - 38070.42")
Q("followup", "增长了百分之几", figures=[pct_of(total(FG) - total(FG5), total(FG5))], fu=True)
a, b = ta(FG, "对口帮扶协作专项资金"), ta(FG5, "对口帮扶协作专项资金")
Q("yoy", "对口帮扶协作专项资金同比增长多少", figures=[yuan(a - b), pct_of(a - b, b)], names=["对口帮扶协作专项资金"],
  note=f"{a} - {b}")
a, b = ta(FG, "投资审批监管信息化建设经费"), ta(FG5, "投资审批监管信息化建设经费")
Q("yoy", "发改局信息化的经费今年是多了还是少了，差多少", figures=[yuan(b - a)], names=["投资审批监管信息化建设经费"],
  note=f"减少: {a} (2026) < {b} (2025)")
a, b = ta(FG, "节能降碳宣传和监察经费"), ta(FG5, "节能宣传和监察经费")
Q("yoy", "发改局节能宣传监察这块经费比去年增加了多少", figures=[yuan(a - b)],
  names=["节能降碳宣传和监察经费"], note=f"renamed: 2026 节能降碳宣传和监察经费 {a} - 2025 节能宣传和监察经费 {b}")
Q("yoy", "发改局储备粮管理补贴这两年加起来多少",
  figures=[yuan(ta(FG, "市级储备粮管理补贴资金") + ta(FG5, "市级储备粮管理补贴资金"))], note="2026 + 2025")
Q("yoy", "发改局财政拨款同比增长率是多少",
  figures=[pct_of(FG["budget"]["财政拨款"] - FG5["budget"]["财政拨款"], FG5["budget"]["财政拨款"])],
  note="(41445.83 - 37584.22) / 37584.22")
Q("yoy", "去年发改局社会信用体系建设经费多少", expect="not_found", absent=[tm(FG, "社会信用体系建设经费")],
  note="发改局 2025 has no 社会信用体系建设经费 (added in 2026)")
Q("yoy", "公安局去年预算是多少", expect="not_found", absent=[wan(total(GA))], note="公安局 2025 not loaded")
Q("yoy", "发改局2024年对口帮扶资金有多少", expect="not_found",
  absent=[tm(FG, "对口帮扶协作专项资金"), tm(FG5, "对口帮扶协作专项资金")], note="2024 not loaded")
a, b = ta(KJ26, "科技创新券补助"), ta(KJ25, "科技创新券补助")
Q("yoy", "科技创新券补助今年比去年多了多少", figures=[yuan(a - b)], names=["科技创新券补助"], note=f"{a} - {b}", scope="old")
Q("followup", "涨了百分之多少", figures=[pct_of(a - b, b)], note=f"({a} - {b}) / {b}", fu=True)
Q("yoy", "总工会财政供养人员跟去年比多了几个", figures=[cnt(ppl(ZGH26) - ppl(ZGH25))], note="37 - 36", scope="old")

# =========================================================================== typo
Q("typo", "發改局對口幫扶協作專項資金", figures=[tm(FG, "对口帮扶协作专项资金")], names=["对口帮扶协作专项资金"], note="traditional")
Q("typo", "公安局警務輔助人員經費", figures=[tm(GA, "警务辅助人员经费")], names=["警务辅助人员经费"], note="traditional")
Q("typo", "发该局重大项目前期工作经费", figures=[tm(FG, "重大项目前期工作经费")], names=["重大项目前期工作经费"],
  absent=[tm(ZR, "国土空间规划编制经费"), tm(Z, "房屋安全隐患排查整治经费")], note="该=改; 48670000 vs 48760000 / 48600000")
Q("typo", "公按局反电信网络诈骗预警劝阻经费", figures=[tm(GA, "反电信网络诈骗预警劝阻经费")],
  names=["反电信网络诈骗预警劝阻经费"], note="按=安")
Q("typo", "公安局預算合計", figures=[wan(total(GA))], names=[GAN], note="traditional")
Q("typo", "发改局２０２５年预算总额", figures=[wan(total(FG5))], names=[FGN], absent=[wan(total(FG))], note="full-width")
Q("typo", "公安局超过１亿的任务", names=ga_over1e, note="full-width")
Q("typo", "发改局市级储备粮管理补帖资金", figures=[tm(FG, "市级储备粮管理补贴资金")], names=["市级储备粮管理补贴资金"],
  note="帖=贴")
Q("typo", "东莞市发展改革局财政供养人员", figures=[cnt(ppl(FG))], names=[FGN], note="发展改革局 without 和")
Q("typo", "衛健局家庭醫生簽約服務補助", figures=[tm(WJ26, "家庭医生签约服务补助")], names=["家庭医生签约服务补助"],
  absent=[tm(WJ25, "家庭医生签约服务补助")], note="traditional; 2026", scope="old")
Q("typo", "文广旅体局篮球城事品牌建设经费", figures=[tm(W, "篮球城市品牌建设经费")], names=["篮球城市品牌建设经费"],
  note="事=市", scope="old")

# =========================================================================== not_found
Q("not_found", "广州市公安局今年预算多少", expect="not_found", absent=[wan(total(GA))], note="no 广州 公安局 table")
Q("not_found", "东莞市公安局交警支队的部门预算", expect="not_found", absent=[wan(total(GA))],
  note="a second-level unit; only 公安局 as a whole is loaded")
Q("not_found", "公安局2025年警务辅助人员经费", expect="not_found", absent=[tm(GA, "警务辅助人员经费")],
  note="公安局 2025 not loaded")
Q("not_found", "发改局今年GDP增长目标是多少", expect="not_found", absent=[prose(FG, "3.2%")],
  note="not on the form; 单位地区生产总值能耗下降3.2% is not a growth target")
Q("not_found", "东莞市消防救援支队预算", expect="not_found", note="no such table")
Q("not_found", "公安局买警车的钱有多少", expect="not_found", absent=[tm(GA, "社会治安防控体系建设经费")],
  note="no 警车 task")
Q("not_found", "对口帮扶资金现在拨出去多少了", expect="not_found", absent=[tm(FG, "对口帮扶协作专项资金")],
  note="no progress data is loaded")
Q("not_found", "广东省发展和改革委员会的部门预算", expect="not_found", absent=[wan(total(FG))],
  note="provincial, not loaded")
Q("not_found", "广州市教育局2025年预算合计", expect="not_found", absent=[wan(total(GZJY))],
  note="only 广州市教育局 2026 is loaded", scope="old")
Q("not_found", "湛江市交通运输局2026年的基本支出", expect="not_found", absent=[bl(ZJ25, "基本支出")],
  note="only 湛江 交通局 2025 is loaded", scope="old")

# =========================================================================== trap
Q("trap", "信息化那块今年给了多少", expect="clarify",
  names=["投资审批监管信息化建设经费", "智慧新警务信息化建设经费", "统计信息化建设经费"],
  note="no department; 21 东莞 信息化 tasks")
Q("trap", "公安局的安全生产培训经费", expect="not_found", absent=[tm(YJ, "安全生产培训经费")], note="应急局's")
Q("trap", "统计局价格监测经费", expect="not_found", absent=[tm(FG, "价格监测和成本调查经费")], note="发改局's", scope="mix")
Q("trap", "交通安全宣传经费是多少", expect="ok_or_clarify", names=["交通安全宣传经费", "道路交通安全宣传经费"],
  note="交通局 交通安全宣传经费 1860000, 公安局 道路交通安全宣传经费 1806000: listing both or asking", scope="mix")
Q("trap", "公安局宣传经费多少", expect="ok_or_clarify", names=ga_pub,
  note="two 宣传 tasks in 公安局 (1806000, 1536000): listing both or asking")
Q("trap", "帮扶的资金多少", expect="ok_or_clarify", names=["对口帮扶协作专项资金", "困难退役军人帮扶援助资金"],
  note="发改局 152060000, 退役军人局 6850000", scope="mix")
Q("trap", "挽回经济损失的目标定的多少", expect="ok_or_clarify", names=[GAN, "市场监督管理局"],
  note=f"公安局 goal {prose(GA, '3亿元')}, 市监局 goal {prose(SJ, '3500万元')}", scope="mix")
Q("trap", "群众安全感目标多少", expect="ok_or_clarify", names=["群众安全感", "群众安全感满意度"],
  note="公安局 群众安全感 ≥95%, 应急局 群众安全感满意度 ≥90%", scope="mix")
Q("trap", "公安局是不是有一笔96万的任务", yesno="否", note="社会治安防控体系建设经费 is 9608万 (96080000元); none at 96万")
Q("trap", "民警培训人均成本", figures=[iv(GA, "民警教育训练人均成本")], names=["民警教育训练人均成本"],
  absent=[iv(TJ, "统计人员培训人均成本"), iv(FG, "发展改革业务培训人均成本")], note="≤1800元/人")
Q("trap", "发改局今年节能宣传和监察经费多少", figures=[tm(FG, "节能降碳宣传和监察经费")], names=["节能降碳宣传和监察经费"],
  note="2025's name; in 2026 the task is 节能降碳宣传和监察经费 1358000 (2025 节能宣传和监察经费 1245000)")
Q("trap", "卫健局的慈善宣传活动经费", expect="not_found", absent=[tm(MZ, "慈善宣传活动经费")], note="民政局's", scope="old")


def main() -> None:
    ids = [r["id"] for r in OUT]
    assert len(set(ids)) == len(ids)
    for r in OUT:
        if r["expect"] in ("not_found", "clarify", "ok_or_clarify"):
            assert not r["figures"] and r["yesno"] is None, r
        assert not (set(r["figures"]) & set(r["absent"])), r
        if r["followup_of"]:
            assert r["category"] == "followup"
    path = HERE.parent / "batch_11.jsonl"
    with path.open("w", encoding="utf-8") as f:
        for r in OUT:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(OUT), "questions written to", path)
    cats = list(dict.fromkeys(r["category"] for r in OUT))
    for c in cats:
        ex = Counter(r["expect"] for r in OUT if r["category"] == c)
        print(f"  {c:11} {sum(ex.values()):3}  {dict(ex)}")
    print("expect:", dict(Counter(r["expect"] for r in OUT)))
    print("scope:", dict(Counter(SCOPE.values())))
    print("followups:", sum(1 for r in OUT if r["followup_of"]))


if __name__ == "__main__":
    main()
