"""Write tests/blind/batch_22.jsonl: 160 blind questions over batch 22's list (batch 20's + batch 21's tables + the
four new ones). Every figure is computed here from the truth (truth22.py; Decimal, ROUND_HALF_UP), never typed;
prose phrases are asserted to be in the goals of their table and in none of its tasks / indicators; every absent
is a real value (or a goal's phrase) of some table and not a figure of the line; look-alikes are asserted close
(≤ 1000 元) and different; thresholds are asserted not to equal a value they filter; every new amount is unique.

Written from scratch for this batch (no other gen_batch*.py was read)."""

from __future__ import annotations

import json
import sys
from collections import Counter
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import truth22 as T  # noqa: E402
from truth22 import pct, q2, total, wan, yuan, yuan2  # noqa: E402

TABS = T.load()
X, J6, J5, TC = (TABS[s] for s in T.NEW)
SW, KJ, TY, CL, KX, FL, TW, GX, ZS, J26 = (TABS[s] for s in (
    "shangwuju_2026", "kejiju_2026", "tiyuju_2026", "canlian_2026", "kexie_2026", "fulian_2026", "tuanshiwei_2026",
    "gongxinju_2026", "zhengshuju_2026", "jiguanshiwu_2026"))
DG = sorted(T.dg2026(TABS), key=lambda t: -total(t))
assert len(DG) == 44
NEWSLUGS = set(T.NEW)


def stem(t):
    d = t["department"]
    return d[3:] if d.startswith("东莞市") else d


def amt(t, name):
    return yuan(T.task(t, name)["amount"])


def A(t, name):
    return T.task(t, name)["amount"]


def iv(t, name, period=False):
    i = T.indicator(t, name)
    return i["period_value"] if period else i["annual_value"]


def bl(t, line):
    return wan(t["budget"][line])


def people(t):
    return t["basic_info"]["财政供养人员数"]


def goal_phrase(t, p):
    g = "\n".join(t["goals"])
    assert p in g, (t["slug"], p)
    for x in t["tasks"]:
        assert p not in x["name"] + x["content"] + x["expected"], (t["slug"], p, x["name"])
    for i in t["indicators"]:
        assert p not in i["level3"] + i["annual_value"] + i["period_value"], (t["slug"], p, i["level3"])
    return p


def close(a, b):
    assert a != b and abs(a - b) <= 1000, (a, b)


# every value a table holds (for absent checks)
ALL = set()
for t in TABS.values():
    ALL |= {yuan(x["amount"]) for x in t["tasks"]} | {wan(v) for v in t["budget"].values()}
    ALL |= {wan(v) for v in t.get("funds", {}).values()}
    if t["kind"] == "department" and t["budget"]:
        ALL.add(wan(total(t)))
    for i in t["indicators"]:
        ALL |= {v for v in (i["annual_value"], i["period_value"]) if v}
    ALL.add("\n".join(t["goals"]))
    ALL |= {f"#{len(t['tasks'])}", f"#{len(t['indicators'])}"} | {f"#{v}" for v in t.get("basic_info", {}).values()}
ALL.discard("")

# every new amount unique over all tables
cnt = Counter(x["amount"] for t in TABS.values() for x in t["tasks"])
for s in T.NEW:
    for x in TABS[s]["tasks"]:
        assert cnt[x["amount"]] == 1, (s, x)

ROWS: list[dict] = []


def Q(cat, q, figures=(), names=(), expect="ok", yesno=None, absent=(), follow=False, note="", scope="new"):
    for a in absent:
        assert a not in figures, (q, a)
        assert a in ALL or any(a in v for v in ALL if len(v) > 40), (q, a)
    ROWS.append({"category": cat, "q": q, "expect": expect, "figures": list(figures), "names": list(names),
                 "yesno": yesno, "absent": list(absent), "follow": follow, "note": note, "scope": scope})


def nonkey_sum(t, names):
    return sum(A(t, n) for n in names)


# ================================================================ item_money
n1 = "信访事项受理办理和督查督办经费"
close(A(X, n1), A(TABS["caizhengju_2026"], "财政投资评审经费"))
Q("item_money", "信访局今年信访事项受理办理那块经费是多少？", [amt(X, n1)], [n1],
  absent=[amt(TABS["caizhengju_2026"], "财政投资评审经费")], note="信访局 2026 key task; 财政局 财政投资评审经费 is 400元 off")
n2 = "信访矛盾纠纷多元化解经费"
close(A(X, n2), A(TABS["sifaju_2026"], "人民调解工作经费"))
Q("followup", "那化解矛盾纠纷的那个呢", [amt(X, n2)], [n2], absent=[amt(TABS["sifaju_2026"], "人民调解工作经费")],
  follow=True, note="continues: 信访局 2026; 司法局 人民调解工作经费 is 700元 off")
n = "产业链精准招商和重大项目引进经费"
close(A(TC, n), A(SW, "招商引资专项经费"))
Q("item_money", "投促局产业链招商那个经费多少钱", [amt(TC, n)], [n], absent=[amt(SW, "招商引资专项经费")],
  note="商务局 招商引资专项经费 is 500元 below")
n = "普惠金融和科技金融贴息资金"
close(A(J6, n), A(KJ, "科技金融贴息"))
Q("item_money", "金融局今年普惠金融、科技金融贴息安排了多少？", [amt(J6, n)], [n],
  absent=[amt(KJ, "科技金融贴息"), amt(J5, n)], note="not 科技局's 科技金融贴息, not 2025's")
n = "企业上市和挂牌奖励资金"
Q("item_money", "金融办去年企业上市和挂牌奖励资金是多少", [amt(J5, n)], [n], absent=[amt(J6, n)],
  note="2025 (金融办 = 东莞市金融工作局)")
n = "律师参与信访和法律服务购买经费"
Q("item_money", "信访局请律师参与信访的钱大概多少？", [amt(X, n)], [n], note="信访局 2026")
n = "驻外招商联络处运行经费"
close(A(TC, n), A(TABS["wenguangluti_2026"], "文化旅游宣传推广经费"))
close(A(TC, n), A(TABS["waishiju_2026"], "国际传播和城市形象推介经费"))
Q("item_money", "投促局驻外招商联络处的运行经费", [amt(TC, n)], [n],
  absent=[amt(TABS["wenguangluti_2026"], "文化旅游宣传推广经费"), amt(TABS["waishiju_2026"], "国际传播和城市形象推介经费")],
  note="文广 3865000 / 外事 3865400 look alike")
n = "防范非法集资宣传教育经费"
close(A(J6, n), A(TABS["gonganju_2026"], "禁毒宣传教育经费"))
close(A(J6, n), A(TABS["linyeju_2026"], "自然教育和林业宣传经费"))
Q("item_money", "金融局防范非法集资宣传那笔钱有多少", [amt(J6, n)], [n],
  absent=[amt(TABS["gonganju_2026"], "禁毒宣传教育经费"), amt(TABS["linyeju_2026"], "自然教育和林业宣传经费"), amt(J5, n)],
  note="2026; 公安 禁毒宣传教育 / 林业 宣传 look alike")
n = "镇街招商引资工作补助"
Q("item_money", "投促局给镇街的招商引资补助是多少？", [amt(TC, n)], [n], note="= 对下 1460.00万元")
n = "信访舆情监测和分析研判经费"
close(A(X, n), A(TABS["caizhengju_2026"], "政府债务风险监测经费"))
Q("item_money", "信访局舆情监测的经费是多少啊", [amt(X, n)], [n], absent=[amt(TABS["caizhengju_2026"], "政府债务风险监测经费")],
  note="财政局 政府债务风险监测经费 400元 above")
n = "金融信息化和地方金融监管平台建设经费"
Q("item_money", "金融局金融信息化和监管平台建设经费今年多少，去年多少？", [amt(J6, n), amt(J5, n)], [n],
  note="2026 first, then 2025")

# ================================================================ indicator
n = "律师参与接访"
Q("indicator", "信访局律师参与接访今年的指标值是多少", [iv(X, n)], [n], note="annual value (period differs)")
Q("followup", "那整个实施周期的呢？", [iv(X, n, True)], [n], follow=True, note="period value")
others_sat = [iv(GX, "企业满意度"), iv(TC, "企业满意度")]
Q("indicator", "金融局的企业满意度目标定的多少？", [iv(J6, "企业满意度")], ["企业满意度"], absent=others_sat,
  note="2026 ≥91%; 工信/政数 ≥92%, 投促 ≥93%")
Q("indicator", "投促局新引进亿元以上项目年度指标是多少个", [iv(TC, "新引进亿元以上项目")], ["新引进亿元以上项目"],
  absent=[iv(SW, "新引进亿元以上项目")], note="商务局 has the same indicator at ≥200个")
Q("indicator", "信访局信访件受理回复时限是多少天", [iv(X, "信访件受理回复时限")], ["信访件受理回复时限"],
  absent=[iv(FL, "信访件受理回复时限")], note="妇联's same-named indicator ≤15个工作日")
Q("indicator", "投促局招商推介活动单场成本控制在多少", [iv(TC, "招商推介活动单场成本")], ["招商推介活动单场成本"],
  note="cost indicator")
Q("indicator", "金融局地方金融监管平台什么时候升级完？", [iv(J6, "地方金融监管平台升级完成时间")],
  ["地方金融监管平台升级完成时间"], absent=[iv(J5, "地方金融监管平台升级完成时间")], note="date 2026 (2025's absent)")
Q("indicator", "投促局实际使用外资的指标是多少", [iv(TC, "实际使用外资")], ["实际使用外资"],
  absent=[iv(SW, "实际使用外资"), iv(SW, "实际使用外资", True)], note="商务局 ≥100亿元 (period ≥300亿元)")
Q("indicator", "信访局今年信访积案化解率要达到多少？", [iv(X, "信访积案化解率")], ["信访积案化解率"],
  note="annual ≥80% (period ≥85%)")
Q("indicator", "金融局去年金融人才培训人均成本是多少", [iv(J5, "金融人才培训人均成本")], ["金融人才培训人均成本"],
  absent=[iv(J6, "金融人才培训人均成本")], note="2025 ≤600元/人, 2026 ≤650")
Q("indicator", "投促局重大项目落地奖励上限多少万", [iv(TC, "重大项目落地奖励上限")], ["重大项目落地奖励上限"],
  note="cost ≤500万元/个")

# ================================================================ overview
Q("overview", "信访局2026年部门预算合计多少？", [wan(total(X))], ["信访局"], absent=[wan(total(KX))],
  note="科协 8962.57 is 11.59万 below")
Q("followup", "其中财政拨款多少，其他资金呢", [bl(X, "财政拨款"), bl(X, "其他资金")], follow=True, note="信访局 2026")
Q("overview", "金融局今年预算总额是多少", [wan(total(J6))], ["金融工作局"], absent=[wan(total(CL)), wan(total(J5))],
  note="残联 17287.72 is 7.76万 below")
Q("followup", "跟去年比多了多少？", [wan(total(J6) - total(J5)), wan(total(J6)), wan(total(J5))], follow=True,
  note="difference first")
Q("overview", "投促局今年一共多少预算", [wan(total(TC))], ["投资促进局"], absent=[wan(total(TY))],
  note="体育局 22903.72 is 14.93万 below")
Q("overview", "金融办去年的预算合计多少", [wan(total(J5))], ["金融工作局"], absent=[wan(total(J6))], note="2025")
Q("overview", "投促局财政供养人员多少人？下属几个二级单位？", [f"#{people(TC)}", f"#{TC['basic_info']['下属二级单位数']}"],
  note="61 / 2")
Q("overview", "信访局项目支出是多少", [bl(X, "项目支出")], note="信访局 2026")
Q("overview", "金融局今年拟用于对下转移支付的资金", [bl(J6, "拟用于对下转移支付资金")], absent=[bl(J5, "拟用于对下转移支付资金")],
  note="2026 735.00 (2025 627.00)")
Q("overview", "投促局基本支出多少", [bl(TC, "基本支出")], note="")
Q("overview", "信访局财政专项资金多少，市本级用的是多少", [bl(X, "财政专项资金"), bl(X, "市本级使用资金")], note="")
Q("overview", "金融工作局今年其他事业发展性支出是多少", [bl(J6, "其他事业发展性支出")], absent=[bl(J5, "其他事业发展性支出")],
  note="2026")

# ================================================================ prose
Q("prose", "信访局今年网上信访占比要提高到多少？", [goal_phrase(X, "75%")], note="goal 一 only")
Q("prose", "信访局打算聘请多少律师参与接待来访？", [goal_phrase(X, "120名")], absent=[iv(X, "律师参与接访")],
  note="goal 二 (people), not the 人次 indicator")
Q("prose", "信访局说要发展多少村（社区）信访代理员", [goal_phrase(X, "1200名")], note="goal 三")
Q("prose", "金融局目标是全市境内外上市企业累计到多少家", [goal_phrase(J6, "70家")], absent=[goal_phrase(J5, "65家")],
  note="goal 一 2026")
Q("followup", "去年定的是多少", [goal_phrase(J5, "65家")], follow=True, absent=["70家"], note="goal 一 2025")
Q("prose", "金融局普惠小微贷款余额要达到多少？", [goal_phrase(J6, "4800亿元")], absent=[iv(J6, "普惠小微贷款余额增长率")],
  note="goal 二; the indicator is a growth rate")
Q("prose", "金融局今年金融业增加值大概多少", [goal_phrase(J6, "760亿元")], note="goal 三")
Q("prose", "投促局总体目标里全年新引进亿元以上项目大概多少个", [goal_phrase(TC, "180个")],
  note="goal 一 约180个 (the indicator says ≥150个)")
Q("prose", "投促局在国外设了多少个驻外招商联络处？", [goal_phrase(TC, "8个")], note="goal 二")
Q("prose", "投促局今年要服务多少家外商投资企业", [goal_phrase(TC, "3200家")], note="goal 四")
Q("prose", "投促局投资促进平台入库招商项目线索有多少条", [goal_phrase(TC, "2500条")], note="goal 五")

# ================================================================ filter
th = Decimal(5000000)
big = [x["name"] for x in X["tasks"] if x["amount"] > th]
assert all(x["amount"] != th for x in X["tasks"])
Q("filter", "信访局有哪些任务超过500万元？", [yuan(A(X, n)) for n in big], big, note="strict >")
th = Decimal(1500000)
small = [x["name"] for x in J6["tasks"] if x["amount"] < th]
assert all(x["amount"] != th for x in J6["tasks"])
Q("filter", "金融局今年哪些任务不到150万", [yuan(A(J6, n)) for n in small], small, note="strict <")
zs = [x["name"] for x in TC["tasks"] if "招商" in x["name"]]
Q("filter", "投促局名字带“招商”的任务有哪些", [], zs, note=f"{len(zs)} items")
jr = [(t, x["name"]) for t in DG for x in t["tasks"] if "金融" in x["name"]]
Q("filter", "全市今年名字里有“金融”的任务都有哪些", [], [n for _, n in jr], scope="mixed",
  note=f"{len(jr)} items: 金融局's eight and 科技局's 科技金融贴息")
diff = [i["level3"] for i in X["indicators"] if i["period_value"] != i["annual_value"]]
Q("filter", "信访局哪些指标的实施周期值和年度值不一样", [], diff, note="period ≠ annual")
qual = [i["level3"] for i in J6["indicators"] if not any(c.isdigit() for c in i["annual_value"])]
Q("filter", "金融局哪些指标是定性的，没有具体数字那种", [iv(J6, n) for n in qual], qual, note="qualitative")
cost = [i["level3"] for i in TC["indicators"] if i["level1"] == "成本指标"]
Q("filter", "投促局的成本指标有哪些？", [iv(TC, n) for n in cost], cost, note="")
lo, hi = Decimal(10000), Decimal(20000)
band = [t for t in DG if lo <= total(t) <= hi]
assert all(total(t) not in (lo, hi) for t in DG)
Q("filter", "今年预算在1亿到2亿之间的部门有哪些", [wan(total(t)) for t in band], [stem(t) for t in band], scope="mixed",
  note=f"{len(band)} departments, inclusive (none on a boundary)")
key = [x["name"] for x in X["tasks"] if x["section"] == T.task(X, n1)["section"]]
Q("filter", "信访局的重点任务是哪几项", [yuan(A(X, n)) for n in key], key, note="年度重点工作任务")
sat = [i["level3"] for i in TC["indicators"] if i["level1"] == "满意度指标"]
Q("filter", "投促局的满意度指标有哪些，分别多少", [iv(TC, n) for n in sat], sat, note="")

# ================================================================ count
Q("count", "信访局今年一共几项任务？", [f"#{len(X['tasks'])}"], note="")
Q("followup", "重点的那几项加起来多少钱", [yuan(sum(A(X, n) for n in key))], key, follow=True, note="3 key tasks")
Q("count", "金融局今年有多少个绩效指标", [f"#{len(J6['indicators'])}"], absent=[f"#{len(J5['indicators'])}"], note="2026")
Q("count", "金融办去年有几项任务", [f"#{len(J5['tasks'])}"], absent=[f"#{len(J6['tasks'])}"], note="2025")
outn = [i for i in TC["indicators"] if i["level1"] == "产出指标"]
Q("count", "投促局产出指标有几个", [f"#{len(outn)}"], note="")
Q("count", "今年东莞一共有多少个部门报了部门整体绩效目标表？", [f"#{len(DG)}"], scope="mixed",
  note="44 东莞 2026 部门整体 tables (广州's two not counted; project tables are not departments)")
u100 = [t for t in DG if people(t) < 100]
assert all(people(t) != 100 for t in DG)
Q("count", "全市今年财政供养人员不到100人的部门有几个", [f"#{len(u100)}"], scope="mixed", note="strict <")
tr = [(t, x) for t in DG for x in t["tasks"] if "培训" in x["name"]]
Q("count", "今年全市名字里带“培训”的任务一共多少项", [f"#{len(tr)}"], scope="mixed", note="东莞 2026 departments")
ben = [i for i in X["indicators"] if i["level1"] == "效益指标"]
Q("count", "信访局效益指标有几个", [f"#{len(ben)}"], [i["level3"] for i in ben], note="")
lo, hi = Decimal(20000), Decimal(30000)
b23 = [t for t in DG if lo <= total(t) <= hi]
assert all(total(t) not in (lo, hi) for t in DG)
Q("count", "全市预算在2亿到3亿之间的部门有几个？", [f"#{len(b23)}"], [stem(t) for t in b23], scope="mixed",
  note="投促 / 体育 / 财政")
Q("count", "投促局任务里面有几项是重点任务", [f"#{sum(x['section'] == '年度重点工作任务' for x in TC['tasks'])}"], note="")

# ================================================================ aggregate
Q("aggregate", "信访局所有任务加起来多少钱", [yuan(sum(x["amount"] for x in X["tasks"]))], note="")
tkey = [x["name"] for x in TC["tasks"] if x["section"] == "年度重点工作任务"]
Q("aggregate", "投促局重点任务合计多少", [yuan(sum(A(TC, n) for n in tkey))], tkey, note="")
Q("aggregate", "金融局今年和去年的预算合计加起来是多少", [wan(total(J6) + total(J5))], note="2026 + 2025")
three = total(X) + total(J6) + total(TC)
Q("aggregate", "信访局、金融局、投促局三家今年预算加一起多少？", [wan(three)], note="three new departments")
Q("followup", "那再加上商务局呢", [wan(three + total(SW))], follow=True, scope="mixed", note="adds 商务局 64054.37")
Q("aggregate", "今年东莞所有部门的预算合计加起来是多少", [wan(sum(total(t) for t in DG))], scope="mixed",
  note="44 东莞 2026 departments")
Q("aggregate", "金融局今年任务平均每项多少钱", [yuan2(sum(x["amount"] for x in J6["tasks"]) / len(J6["tasks"]))],
  note="average of 10")
Q("aggregate", "投促局名字带招商的任务加起来多少", [yuan(sum(A(TC, n) for n in zs))], zs, note="8 items")
Q("aggregate", "信访局的基本支出加项目支出是多少", [wan(X["budget"]["基本支出"] + X["budget"]["项目支出"])], note="")
Q("aggregate", "信访局、金融局、投促局三家财政供养人员一共多少人", [f"#{people(X) + people(J6) + people(TC)}"], note="2026")
tsum = sum(x["amount"] for x in J6["tasks"])
Q("aggregate", "金融局今年列出来的任务金额占项目支出的百分之多少？",
  [pct(tsum / (J6["budget"]["项目支出"] * 10000) * 100), yuan(tsum), bl(J6, "项目支出")], note="tasks / 项目支出")

# ================================================================ ranking
xs = sorted(X["tasks"], key=lambda x: -x["amount"])
Q("ranking", "信访局哪项任务钱最多", [yuan(xs[0]["amount"])], [xs[0]["name"]], note="")
Q("followup", "第二呢？", [yuan(xs[1]["amount"])], [xs[1]["name"]], follow=True, note="")
assert xs[1]["section"] == "年度重点工作任务"
Q("followup", "它是重点任务吗", [], [xs[1]["name"]], yesno="是", follow=True, note="信访矛盾纠纷多元化解经费 is key")
rank = {t["slug"]: i for i, t in enumerate(DG, 1)}
Q("ranking", "投促局今年预算在全市各部门排第几？", [f"#{rank[TC['slug']]}", wan(total(TC))], scope="mixed",
  note="above 体育局 by 14.93万")
Q("ranking", "金融局预算在全市排第几", [f"#{rank[J6['slug']]}", wan(total(J6))], scope="mixed", note="above 残联 by 7.76万")
least = min(tr, key=lambda p: p[1]["amount"])
assert least[0] is TW
close(least[1]["amount"], A(X, "信访干部业务培训经费"))
Q("ranking", "全市名字带“培训”的任务里哪个钱最少", [yuan(least[1]["amount"])], [least[1]["name"]], scope="mixed",
  absent=[amt(X, "信访干部业务培训经费")], note="团市委's, 200元 below 信访局's")
js = sorted(J6["tasks"], key=lambda x: x["amount"])[:3]
Q("ranking", "金融局任务金额最少的三项是哪些", [yuan(x["amount"]) for x in js], [x["name"] for x in js], note="ascending")
pp = sorted(DG, key=lambda t: people(t))
assert len({people(t) for t in pp[:6]}) == 6  # no tie among the six fewest (政数 / 工信 tie at 118, far above)
Q("ranking", "全市财政供养人员最少的五个部门", [f"#{people(t)}" for t in pp[:5]], [stem(t) for t in pp[:5]],
  scope="mixed", note="ascending")
oth = sorted(DG, key=lambda t: -t["budget"]["其他资金"])
orank = {t["slug"]: i for i, t in enumerate(oth, 1)}
assert len({t["budget"]["其他资金"] for t in DG}) == len(DG)
Q("ranking", "信访局的其他资金在全市从多到少排第几", [f"#{orank[X['slug']]}", bl(X, "其他资金")], scope="mixed", note="")
zsall = max(((t, x) for t in DG for x in t["tasks"] if "招商" in x["name"]), key=lambda p: p[1]["amount"])
assert zsall[0] is TC
Q("ranking", "全市带“招商”两个字的任务里哪个钱最多", [yuan(zsall[1]["amount"])], [zsall[1]["name"]], scope="mixed",
  absent=[amt(SW, "招商引资专项经费")], note="投促局's, not 商务局's")
tri = sorted([X, J6, TC], key=lambda t: -total(t))
Q("ranking", "投促局、金融局、信访局三家按今年预算从高到低排一下", [wan(total(t)) for t in tri], [stem(t) for t in tri],
  note="")
low3 = DG[-3:][::-1]
Q("ranking", "全市今年预算最少的三个部门是哪几个", [wan(total(t)) for t in low3],
  ["共青团东莞市委员会" if t is TW else stem(t) for t in low3], scope="mixed", note="ascending")

# ================================================================ compare
a, b = A(TC, "产业链精准招商和重大项目引进经费"), A(SW, "招商引资专项经费")
Q("compare", "投促局的产业链招商经费和商务局的招商引资专项经费差多少？", [yuan(a - b), yuan(a), yuan(b)],
  ["投资促进局", "商务局"], scope="mixed", note="difference first")
Q("compare", "金融局和残联今年预算谁多，多多少", [wan(total(J6) - total(CL)), wan(total(J6)), wan(total(CL))],
  ["金融工作局"], scope="mixed", note="")
Q("compare", "投促局比体育局预算多多少", [wan(total(TC) - total(TY)), wan(total(TC)), wan(total(TY))], scope="mixed", note="")
Q("compare", "信访局和科协预算差多少？", [wan(total(X) - total(KX)), wan(total(X)), wan(total(KX))], scope="mixed", note="")
a, b = A(J6, "普惠金融和科技金融贴息资金"), A(KJ, "科技金融贴息")
Q("compare", "金融局的贴息资金跟科技局的科技金融贴息差多少钱", [yuan(a - b), yuan(a), yuan(b)], scope="mixed", note="")
Q("compare", "新引进亿元以上项目，投促局和商务局的年度目标各是多少？",
  [iv(TC, "新引进亿元以上项目"), iv(SW, "新引进亿元以上项目")], ["投资促进局", "商务局"], scope="mixed", note="")
assert iv(GX, "企业满意度") == "≥92%" and iv(J6, "企业满意度") == "≥91%"
Q("compare", "企业满意度金融局和工信局比，哪个定得高", [iv(GX, "企业满意度"), iv(J6, "企业满意度")], ["工业和信息化局"],
  scope="mixed", note="工信 ≥92% > 金融 ≥91%")
a, b = A(X, "信访干部业务培训经费"), A(TW, "团干部和青年骨干培训经费")
Q("compare", "信访局的干部培训经费跟团市委的培训经费差多少", [yuan(a - b), yuan(a), yuan(b)], scope="mixed", note="200元")
Q("compare", "投促局项目支出是基本支出的几倍？", [str(q2(TC["budget"]["项目支出"] / TC["budget"]["基本支出"]))], note="ratio")
Q("compare", "信访件受理回复时限，信访局和妇联各是多少", [iv(X, "信访件受理回复时限"), iv(FL, "信访件受理回复时限")],
  ["信访局", "妇女联合会"], scope="mixed", note="same-named indicator")

# ================================================================ structure
Q("structure", "信访局的绩效指标分哪几大类", [], ["成本指标", "产出指标", "效益指标", "满意度指标"], note="level1")
i = T.indicator(J6, "金融生态环境")
Q("structure", "金融局的“金融生态环境”属于什么指标？", [i["annual_value"]], [i["level1"], i["level2"]], note="")
i = T.indicator(TC, "实际使用外资")
Q("structure", "投促局实际使用外资是哪一类指标", [i["annual_value"]], [i["level1"], i["level2"]], note="")
Q("structure", "信访局的镇街信访工作补助是重点任务还是其他任务", [amt(X, "镇街信访工作补助")],
  [T.task(X, "镇街信访工作补助")["section"]], note="其他需完成的任务")
n = "地方金融风险监测预警和防范处置经费"
Q("structure", "金融局地方金融风险监测预警那项放在哪个部分", [amt(J6, n)], [T.task(J6, n)["section"]], note="key")
qi = [i["level3"] for i in TC["indicators"] if i["level2"] == "质量指标"]
Q("structure", "投促局的质量指标有哪些", [iv(TC, n) for n in qi], qi, note="")
ti = [i["level3"] for i in X["indicators"] if i["level2"] == "时效指标"]
Q("structure", "信访局时效指标有几个，分别是什么？", [f"#{len(ti)}"] + [iv(X, n) for n in ti], ti, note="")
ei = [i["level3"] for i in J6["indicators"] if i["level2"] == "经济效益"]
Q("structure", "金融局有哪些经济效益指标", [iv(J6, n) for n in ei], ei, note="annual value")
assert A(TC, "镇街招商引资工作补助") == TC["budget"]["拟用于对下转移支付资金"] * 10000
Q("structure", "投促局拟用于对下转移支付的资金有多少，对应的是哪项任务", [bl(TC, "拟用于对下转移支付资金")],
  ["镇街招商引资工作补助"], note="1460.00万元 = 14600000元")
si = [i["level3"] for i in J6["indicators"] if i["level1"] == "满意度指标"]
Q("structure", "金融局的满意度指标是哪几个", [iv(J6, n) for n in si], si, note="")

# ================================================================ yesno
assert total(X) < 9000
Q("yesno", "信访局今年预算是不是超过9000万了？", [wan(total(X))], yesno="否", note="8974.16")
assert total(TC) > total(TY)
Q("yesno", "投促局预算比体育局多吗", [wan(total(TC)), wan(total(TY))], yesno="是", scope="mixed", note="")
Q("yesno", "金融局今年的企业满意度目标是不是比去年高", [iv(J6, "企业满意度"), iv(J5, "企业满意度")], yesno="是",
  note="≥91% vs ≥90%")
Q("yesno", "信访局有没有对下转移支付的钱", [bl(X, "拟用于对下转移支付资金")], yesno="是", note="")
Q("yesno", "投促局产业链招商的经费是不是比商务局招商引资专项经费多？",
  [yuan(A(TC, "产业链精准招商和重大项目引进经费") - A(SW, "招商引资专项经费"))], yesno="是", scope="mixed", note="by 500元")
Q("yesno", "金融局今年新增上市企业的目标是不是比去年多", [iv(J6, "新增境内外上市企业"), iv(J5, "新增境内外上市企业")],
  yesno="否", note="≥5家 vs ≥6家")
Q("yesno", "信访局的干部培训经费是不是全市培训经费里最少的？", [yuan(least[1]["amount"])], [least[1]["name"]], yesno="否",
  scope="mixed", note="团市委's is 200元 less")
Q("yesno", "投促局的钱是不是全是财政拨款", [bl(TC, "其他资金")], yesno="否", note="其他资金 412.53")
assert max(x["amount"] for x in J6["tasks"]) < 100000000
Q("yesno", "金融局今年有没有超过1个亿的任务", [], yesno="否", note="largest 56845300")
Q("yesno", "信访局“受理信访事项”的指标是不是≥3.6万件", [iv(X, "受理信访事项")], yesno="否",
  note="≥3.2万件; 3.6万件次 is the goal's")

# ================================================================ yoy
Q("yoy", "金融局今年预算比去年多多少", [wan(total(J6) - total(J5)), wan(total(J6)), wan(total(J5))], note="")
Q("yoy", "金融局预算同比增长了百分之几？", [pct((total(J6) - total(J5)) / total(J5) * 100)], note="over 2025")
new_t = [x["name"] for x in J6["tasks"] if x["name"] not in {y["name"] for y in J5["tasks"]}
         and x["name"] != "地方金融风险监测预警和防范处置经费"]
assert new_t == ["金融招商和金融机构引进奖励经费"]
Q("yoy", "金融局今年比去年多了哪项任务", [amt(J6, new_t[0])], new_t, note="the 2026-only task")
n = "企业上市和挂牌奖励资金"
Q("yoy", "金融局企业上市挂牌奖励资金今年比去年多了多少", [yuan(A(J6, n) - A(J5, n)), amt(J6, n), amt(J5, n)], [n], note="")
Q("yoy", "金融局去年那个金融风险防范和处置经费，今年叫什么，多少钱？", [amt(J6, "地方金融风险监测预警和防范处置经费")],
  ["地方金融风险监测预警和防范处置经费"], absent=[amt(J5, "金融风险防范和处置经费")], note="renamed")
Q("yoy", "金融局新增境内外上市企业指标今年和去年分别是多少", [iv(J6, "新增境内外上市企业"), iv(J5, "新增境内外上市企业")],
  note="")
Q("yoy", "金融生态环境这个指标去年和今年分别怎么写的", [iv(J5, "金融生态环境"), iv(J6, "金融生态环境")], ["金融生态环境"],
  note="qualitative, 2025 first as asked")
Q("yoy", "金融局财政供养人员今年比去年多几个", [f"#{people(J6) - people(J5)}", f"#{people(J6)}", f"#{people(J5)}"], note="")
Q("yoy", "信访局今年预算比去年增长多少？", [], expect="not_found", absent=[wan(total(X))], note="信访局 2025 not loaded")
Q("yoy", "金融局贴息支持中小微企业今年目标比去年多多少家", ["200家", iv(J6, "贴息支持中小微企业"), iv(J5, "贴息支持中小微企业")],
  note="≥1200家 vs ≥1000家")
assert iv(J6, "贴息支持中小微企业") == "≥1200家" and iv(J5, "贴息支持中小微企业") == "≥1000家"

# ================================================================ typo
Q("typo", "信訪局今年預算合計多少", [wan(total(X))], note="traditional")
Q("typo", "金融工作侷去年任務幾項", [f"#{len(J5['tasks'])}"], note="traditional / 侷")
Q("typo", "投促侷的驻外招商聯絡處經費", [amt(TC, "驻外招商联络处运行经费")], ["驻外招商联络处运行经费"], note="")
Q("typo", "信仿局的律师参与接访补贴标准是多少", [iv(X, "律师参与接访补贴标准")], ["律师参与接访补贴标准"], note="信仿")
Q("typo", "金融办普会金融贴息多少钱", [amt(J6, "普惠金融和科技金融贴息资金")], ["普惠金融和科技金融贴息资金"], note="普会")
Q("typo", "头促局今年预算合计", [wan(total(TC))], note="头促 for 投促")
Q("typo", "信访局２０２６年项目支出", [bl(X, "项目支出")], note="full-width year")
Q("typo", "金融局企页满意度多少", [iv(J6, "企业满意度")], ["企业满意度"], note="企页")
Q("typo", "投促局招商推界活动单场成本", [iv(TC, "招商推介活动单场成本")], ["招商推介活动单场成本"], note="推界")
Q("typo", "金融局防范非法集姿宣传经费多少", [amt(J6, "防范非法集资宣传教育经费")], ["防范非法集资宣传教育经费"], note="集姿")

# ================================================================ not_found
Q("not_found", "信访局去年预算合计是多少？", [], expect="not_found", absent=[wan(total(X))], note="信访局 2025 not loaded")
Q("followup", "那今年的呢", [wan(total(X))], follow=True, note="信访局 2026")
Q("not_found", "投促局2025年有哪些任务", [], expect="not_found", note="投促局 2025 not loaded")
Q("not_found", "深圳市金融工作局今年预算多少", [], expect="not_found", absent=[wan(total(J6))], scope="other", note="")
Q("not_found", "信访局的信访督查专员补贴经费多少", [], expect="not_found", note="no such item")
Q("not_found", "金融局2024年预算", [], expect="not_found", absent=[wan(total(J5))], note="2024 not loaded")
Q("not_found", "投促局招商大使聘任经费是多少？", [], expect="not_found", note="no such item")
Q("not_found", "金融局去年引进金融机构的指标是多少", [], expect="not_found", absent=[iv(J6, "引进金融机构")],
  note="2026-only indicator")
Q("not_found", "金融办去年的金融招商和金融机构引进奖励经费多少", [], expect="not_found",
  absent=[amt(J6, "金融招商和金融机构引进奖励经费")], note="2026-only task")
Q("not_found", "东莞市港澳事务局今年预算多少", [], expect="not_found", scope="other", note="not loaded")
Q("not_found", "广州市投资促进局今年的预算", [], expect="not_found", absent=[wan(total(TC))], scope="other", note="")

# ================================================================ trap
Q("trap", "投促局的招商引资专项经费是多少", [], expect="not_found", absent=[amt(SW, "招商引资专项经费")], scope="mixed",
  note="that item is 商务局's; 投促局 has 产业链精准招商和重大项目引进经费")
Q("trap", "投促局和金融局的企业满意度都是91%吧", [iv(TC, "企业满意度"), iv(J6, "企业满意度")], ["投资促进局"], yesno="否",
  note="投促 ≥93%")
Q("trap", "信访局2025年的干部培训经费多少", [], expect="not_found", absent=[amt(X, "信访干部业务培训经费")],
  note="2025 not loaded")
Q("trap", "金融局的实际使用外资指标是多少", [], expect="not_found", absent=[iv(TC, "实际使用外资"), iv(SW, "实际使用外资")],
  scope="mixed", note="投促 / 商务 have it, 金融局 not")
Q("trap", "投促局新引进亿元以上项目年度目标是≥200个对吧", [iv(TC, "新引进亿元以上项目")], yesno="否", scope="mixed",
  note="≥200个 is 商务局's")
Q("trap", "科技金融贴息多少钱", [], expect="ok_or_clarify", scope="mixed",
  note="科技局 科技金融贴息 12000000 vs 金融局 普惠金融和科技金融贴息资金 12000600")
Q("trap", "金融局今年预算合计是不是17287.72万", [wan(total(J6))], yesno="否", scope="mixed", note="17287.72 is 残联's")
Q("trap", "信访局的12345热线经费多少", [], expect="not_found", absent=[amt(ZS, "12345政务服务便民热线运行经费")], scope="mixed",
  note="the 12345 item is 政数局's")
Q("trap", "信访局的服务对象满意度是多少", [iv(X, "服务对象满意度")], ["服务对象满意度"], absent=[iv(J26, "服务对象满意度")],
  scope="mixed", note="≥91%; 机关事务局 ≥92%")
Q("trap", "全市带招商的任务里最多的是商务局的招商引资专项经费吧？", [yuan(zsall[1]["amount"])], [zsall[1]["name"]], yesno="否",
  scope="mixed", note="投促局 重大招商项目落地奖励资金")

# ================================================================ write
# every chain: followup rows right after their head; assign ids
out = []
for n, r in enumerate(ROWS, 1):
    rid = f"b22-{n:03d}"
    fo = out[-1]["id"] if r["follow"] else None
    out.append({"id": rid, "q": r["q"], "category": r["category"], "expect": r["expect"], "figures": r["figures"],
                "names": r["names"], "yesno": r["yesno"], "absent": r["absent"], "followup_of": fo,
                "note": r["note"] + f" [scope: {r['scope']}]"})
assert len(out) == 160, len(out)
cats = Counter(r["category"] for r in out)
assert all(v == 10 for v in cats.values()) and len(cats) == 16, cats
for r in out:
    if r["expect"] == "ok" and not r["yesno"]:
        assert r["figures"] or r["names"], r
(HERE.parent / "batch_22.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in out), encoding="utf-8")

sc = Counter(r["note"].rsplit("[scope: ", 1)[1][:-1] for r in out)
print("scope:", dict(sc))
order = ["item_money", "indicator", "overview", "prose", "filter", "count", "aggregate", "ranking", "compare", "structure",
         "yesno", "yoy", "typo", "not_found", "trap", "followup"]
ex = ["ok", "not_found", "clarify", "ok_or_clarify"]
print("| category | total | " + " | ".join(ex) + " |")
for c in order + ["**total**"]:
    rs = out if c == "**total**" else [r for r in out if r["category"] == c]
    print(f"| {c} | {len(rs)} | " + " | ".join(str(sum(r['expect'] == e for r in rs)) for e in ex) + " |")
