"""Write tests/blind/batch_24.jsonl (160 questions) from the truth (truth24.py), written from scratch.

Every figure is computed from the tables (Decimal, ROUND_HALF_UP); prose phrases are asserted to be in the
goals of their table and in none of its tasks / indicators; every `absent` is a real value of another
table (or year) and not a figure of its line; look-alikes are asserted close (≤ 1000 元) and different;
every new task amount is asserted unique over all tables. Scope (new / mixed / other) is appended to each
note and printed with the counts. Re-running gives a byte-identical file.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import truth24 as T  # noqa: E402
from truth24 import D, dg2026, indicator, pct, task, total, wan, yuan, yuan2  # noqa: E402

OUT = HERE.parent / "batch_24.jsonl"
TB = T.load()
W, Q, L, L5 = TB["wenlian_2026"], TB["qiaolian_2026"], TB["liangchu_2026"], TB["liangchu_2025"]
FAGAI, YINGJI, HONG, TUAN = TB["fagaiju_2026"], TB["yingji_2026"], TB["hongshizihui_2026"], TB["tuanshiwei_2026"]
DG = dg2026(TB)
assert len(DG) == 50
WS, QS, LS = "文学艺术界联合会", "归国华侨联合会", "粮食和物资储备局"
CATS = ["item_money", "indicator", "overview", "prose", "filter", "count", "aggregate", "ranking",
        "compare", "structure", "yesno", "yoy", "typo", "not_found", "trap", "followup"]

ALL_VALUES: set[str] = set()
for t in TB.values():
    for x in t["tasks"]:
        ALL_VALUES.add(yuan(x["amount"]))
    for v in t["budget"].values():
        ALL_VALUES.add(wan(v))
    if t["kind"] == "department" and t["budget"]:
        ALL_VALUES.add(wan(total(t)))
    ALL_VALUES.add(f"#{len(t['tasks'])}")
    for i in t["indicators"]:
        ALL_VALUES.update(v for v in (i["period_value"], i["annual_value"]) if v)


def a(t, name):
    return yuan(task(t, name)["amount"])


def b(t, line):
    return wan(t["budget"][line])


def iv(t, name, period=False):
    i = indicator(t, name)
    return i["period_value"] if period else i["annual_value"]


def goal(t, phrase):
    assert any(phrase in g for g in t["goals"]), phrase
    assert not any(phrase in x["name"] + x["content"] + x["expected"] for x in t["tasks"]), phrase
    assert not any(phrase in (i["period_value"] or "") + i["annual_value"] for i in t["indicators"]), phrase
    return phrase


def near(x, y):
    dx = abs(D(x.rstrip("元")) - D(y.rstrip("元")))
    assert 0 < dx <= 1000, (x, y)
    return y


def tsum(t, pred=lambda x: True):
    return sum((x["amount"] for x in t["tasks"] if pred(x)), Decimal(0))


def rank(key, dept, reverse=True):
    rows = sorted(DG, key=key, reverse=reverse)
    vals = [key(t) for t in rows]
    assert len(set(vals)) == len(vals)
    return [t["department"] for t in rows].index(dept) + 1


def people(t):
    return t["basic_info"]["财政供养人员数"]


ROWS: list[dict] = []


def q(cat, text, expect="ok", figures=(), names=(), yesno=None, absent=(), fu=False, note="", scope="new"):
    ROWS.append({"category": cat, "q": text, "expect": expect, "figures": list(figures), "names": list(names),
                 "yesno": yesno, "absent": list(absent), "fu": fu, "note": f"{note} [scope: {scope}]"})


KEY, OTHER = "年度重点工作任务", "其他需完成的任务"

# ---------------------------------------------------------------- item_money
q("item_money", "文联今年的文艺精品创作扶持资金安排了多少？", figures=[a(W, "文艺精品创作生产扶持资金")],
  names=["文艺精品创作生产扶持资金"], absent=[near(a(W, "文艺精品创作生产扶持资金"), a(TB["waishiju_2026"], "重大外事活动和来访接待经费"))],
  note="文联 key task; 外事局's 重大外事活动 is 100元 away")
q("item_money", "侨联困难归侨侨眷帮扶慰问那笔钱是多少", figures=[a(Q, "困难归侨侨眷帮扶慰问经费")],
  names=["困难归侨侨眷帮扶慰问经费"], note="侨联 key task")
q("item_money", "粮储局储备粮轮换和保管费用补贴多少钱？", figures=[a(L, "市级储备粮轮换和保管费用补贴")],
  names=["市级储备粮轮换和保管费用补贴"], absent=[near(a(L, "市级储备粮轮换和保管费用补贴"), a(FAGAI, "市级储备粮管理补贴资金"))],
  note="chain head; 发改局's 市级储备粮管理补贴资金 is 300元 away")
q("followup", "那去年呢", figures=[a(L5, "市级储备粮轮换和保管费用补贴")], names=["市级储备粮轮换和保管费用补贴"], fu=True,
  note="2025 amount of the same task")
q("followup", "涨了多少", figures=[yuan(task(L, "市级储备粮轮换和保管费用补贴")["amount"] - task(L5, "市级储备粮轮换和保管费用补贴")["amount"]),
                                  a(L, "市级储备粮轮换和保管费用补贴"), a(L5, "市级储备粮轮换和保管费用补贴")], fu=True,
  note="2026 − 2025, then both")
q("item_money", "粮食局应急物资储备那块今年放了多少钱", figures=[a(L, "市级应急物资储备和补充更新经费")],
  names=["市级应急物资储备和补充更新经费"], absent=[near(a(L, "市级应急物资储备和补充更新经费"), a(YINGJI, "应急物资储备经费"))],
  note="粮食局 = 粮食和物资储备局; 应急局's 应急物资储备经费 400元 away")
q("item_money", "侨联搞海外华裔青少年寻根夏令营的钱有多少？", figures=[a(Q, "海外华裔青少年寻根夏令营活动经费")],
  names=["海外华裔青少年寻根夏令营活动经费"], note="item described")
SW = [x for x in TB["shangwuju_2026"]["tasks"] if x["amount"] == 2136000]
q("item_money", "文联给各个文艺家协会的补助是多少钱", figures=[a(W, "文艺家协会工作经费补助")],
  names=["文艺家协会工作经费补助"], absent=[near(a(W, "文艺家协会工作经费补助"), yuan(SW[0]["amount"]))],
  note="item described; 商务局's 2136000元 item 100元 away")
q("item_money", "侨联培训侨界青年骨干花多少？团市委团干部培训那笔又是多少？",
  figures=[a(Q, "侨界青年骨干培训经费"), near(a(Q, "侨界青年骨干培训经费"), a(TUAN, "团干部和青年骨干培训经费"))],
  names=["侨界青年骨干培训经费", "团干部和青年骨干培训经费"], note="two asks, two look-alike amounts 100元 apart", scope="mixed")
q("item_money", "粮储局智慧粮库那个信息化平台建设要花多少钱", figures=[a(L, "智慧粮库和物资储备信息化平台建设经费")],
  names=["智慧粮库和物资储备信息化平台建设经费"],
  absent=[near(a(L, "智慧粮库和物资储备信息化平台建设经费"), a(TB["jinrongju_2026"], [x["name"] for x in TB["jinrongju_2026"]["tasks"] if x["amount"] == 6472300][0]))],
  note="2026-only task; 金融局 6472300元 100元 away")
q("item_money", "《东莞文艺》那个刊物编辑出版一年多少钱？", figures=[a(W, "《东莞文艺》刊物编辑出版经费")],
  names=["《东莞文艺》刊物编辑出版经费"], absent=[near(a(W, "《东莞文艺》刊物编辑出版经费"), a(TB["dangxiao_2026"], "科研成果出版和学术交流经费"))],
  note="no department named, only 文联 publishes 《东莞文艺》; 党校's 出版 item 200元 away")
q("item_money", "粮储局去年节粮减损宣传经费多少", figures=[a(L5, "粮食安全和节粮减损宣传经费")],
  names=["粮食安全和节粮减损宣传经费"], note="2025 table")

# ---------------------------------------------------------------- indicator
q("indicator", "文联今年扶持文艺精品创作项目的指标是多少个", figures=[iv(W, "扶持文艺精品创作项目")], names=["扶持文艺精品创作项目"])
q("indicator", "侨联走访慰问困难归侨侨眷的指标定了多少户？", figures=[iv(Q, "走访慰问困难归侨侨眷")], names=["走访慰问困难归侨侨眷"],
  note="indicator ≥800户, goal says 约850户")
q("indicator", "粮储局储备粮保管费用补贴标准是多少", figures=[iv(L, "市级储备粮保管费用补贴标准")],
  names=["市级储备粮保管费用补贴标准"], absent=[iv(FAGAI, "市级储备粮保管费用补贴标准")],
  note="same indicator name at 发改局 with ≤110元/吨·年")
q("indicator", "文联获省级以上文艺奖项今年的指标是多少", figures=[iv(W, "获省级以上文艺奖项")], names=["获省级以上文艺奖项"],
  note="chain head; annual ≠ period")
q("followup", "整个实施周期呢？", figures=[iv(W, "获省级以上文艺奖项", True)], names=["获省级以上文艺奖项"], fu=True,
  note="period value")
q("indicator", "侨联今年要联系多少个海外侨团（指标）", figures=[iv(Q, "联系海外侨团")], names=["联系海外侨团"],
  note="annual ≥30个 (period ≥90个); goal says 约35个")
q("indicator", "粮储局应急物资调运到位时间要求多久", figures=[iv(L, "应急物资调运到位时间")], names=["应急物资调运到位时间"],
  note="2026 ≤12小时 (2025 ≤24小时)")
q("indicator", "侨联的培训学员满意度是多少", figures=[iv(Q, "培训学员满意度")], names=["培训学员满意度"],
  absent=[iv(TB["dangxiao_2026"], "培训学员满意度"), iv(TUAN, "培训学员满意度")],
  note="same indicator name at 党校 ≥96%, 团市委 ≥95%")
q("indicator", "文联群众文化活动满意度定的多少", figures=[iv(W, "群众文化活动满意度")], names=["群众文化活动满意度"],
  absent=[iv(TB["wenguangluti_2026"], "群众文化活动满意度")], note="文广旅体局 has the same name at ≥92%")
q("indicator", "粮食局智慧粮库平台什么时候要上线", figures=[iv(L, "智慧粮库平台上线时间")], names=["智慧粮库平台上线时间"])
q("indicator", "粮储局社会公众满意度指标多少？", figures=[iv(L, "社会公众满意度")], names=["社会公众满意度"],
  absent=[iv(TB["shenjiju_2026"], "社会公众满意度")], note="审计局 / 教育局 have ≥85%")

# ---------------------------------------------------------------- overview
q("overview", "文联今年预算总共多少？", figures=[wan(total(W))], names=[WS], note="chain head")
q("followup", "财政拨款和其他资金各是多少", figures=[b(W, "财政拨款"), b(W, "其他资金")], fu=True)
q("followup", "市本级使用资金呢", figures=[b(W, "市本级使用资金")], fu=True)
q("overview", "侨联今年部门预算合计多少", figures=[wan(total(Q))], names=[QS])
q("overview", "粮储局2026年预算合计是多少？", figures=[wan(total(L))], names=[LS], note="2026, not 2025")
q("overview", "粮储局基本支出、项目支出分别多少", figures=[b(L, "基本支出"), b(L, "项目支出")])
q("overview", "侨联有多少财政供养人员", figures=[f"#{people(Q)}"])
q("overview", "文联下属二级单位有几个？", figures=[f"#{W['basic_info']['下属二级单位数']}"])
q("overview", "粮储局财政专项资金多少，其中拟用于对下转移支付的有多少", figures=[b(L, "财政专项资金"), b(L, "拟用于对下转移支付资金")],
  note="two asks")
q("overview", "侨联其他事业发展性支出是多少", figures=[b(Q, "其他事业发展性支出")])
q("overview", "粮储局2025年的预算合计", figures=[wan(total(L5))], note="2025 table")
q("overview", "文联财政拨款多少钱", figures=[b(W, "财政拨款")])

# ---------------------------------------------------------------- prose
q("prose", "文联联系指导几个市级文艺家协会？", figures=[goal(W, "16个")], note="goal only")
q("prose", "文联各协会会员大概有多少人", figures=[goal(W, "5800人")], note="goal only")
q("prose", "侨联说东莞籍海外侨胞有多少人？港澳同胞呢？", figures=[goal(Q, "100万人"), goal(Q, "70万人")], note="two asks, goal only")
q("prose", "侨联的寻根夏令营接待多少营员", figures=[goal(Q, "200名")], note="goal only")
q("prose", "华侨历史馆一年大概接待多少人参观", figures=[goal(Q, "5万人次")], note="goal only, 侨联")
q("prose", "粮储局全市粮食储备仓容能到多少", figures=[goal(L, "75万吨")], note="goal only; 2025 约70万吨")
q("prose", "粮储局粮食应急供应网点布局了多少个", figures=[goal(L, "260个")],
  note="goal only; the indicator 建设改造 ≥40个 is a different thing")
q("prose", "粮食局目标里说今年抽检粮食样品多少份", figures=[goal(L, "1300份")], note="goal 约1300份 (indicator ≥1200份)")
q("prose", "文联组织了多少文艺志愿者", figures=[goal(W, "3000名")], note="goal only")
q("prose", "粮储局落实了多少家粮食应急加工企业", figures=[goal(L, "28家")], note="goal only")

# ---------------------------------------------------------------- filter
over2m = [x["name"] for x in W["tasks"] if x["amount"] > 2000000]
assert all(x["amount"] != 2000000 for x in W["tasks"])
q("filter", "文联哪些任务超过200万？", names=over2m, note=f"{len(over2m)} tasks")
under1m = [x["name"] for x in Q["tasks"] if x["amount"] < 1000000]
q("filter", "侨联一百万以下的任务有哪些", names=under1m, note=f"{len(under1m)} tasks")
q("filter", "粮储局今年的重点任务是哪几项", names=[x["name"] for x in L["tasks"] if x["section"] == KEY], note="chain head")
kmin = min((x for x in L["tasks"] if x["section"] == KEY), key=lambda x: x["amount"])
q("followup", "其中钱最少的是哪个？", figures=[yuan(kmin["amount"])], names=[kmin["name"]], fu=True)
liang = [x["name"] for x in L["tasks"] if "粮食" in x["name"]]
q("filter", "粮储局名字带“粮食”的任务有哪些", names=liang, note=f"{len(liang)} tasks")
small = [t["department"] for t in DG if total(t) < 5000]
assert all(total(t) != 5000 for t in DG)
q("filter", "今年预算不到5000万的部门有哪些？", names=small, note=f"{len(small)} departments", scope="mixed")
few = [t["department"] for t in DG if people(t) < 40]
q("filter", "全市哪些部门财政供养人员不到40人", names=few, note=f"{len(few)} departments", scope="mixed")
q("filter", "文联的满意度指标有哪些", names=[i["level3"] for i in W["indicators"] if i["level1"] == "满意度指标"])
q("filter", "粮储局有哪些时效指标？", names=[i["level3"] for i in L["indicators"] if i["level2"] == "时效指标"])
q("filter", "侨联的数量指标都有哪些", names=[i["level3"] for i in Q["indicators"] if i["level2"] == "数量指标"])
chubei = [(t["department"], x["name"]) for t in DG for x in t["tasks"] if "储备" in x["name"]]
q("filter", "今年全市名字里带“储备”的任务有哪些", names=[n for _, n in chubei], note=f"{len(chubei)} tasks", scope="mixed")

# ---------------------------------------------------------------- count
q("count", "文联今年有几项任务？", figures=[f"#{len(W['tasks'])}"], note="chain head")
key_w = tsum(W, lambda x: x["section"] == KEY)
q("followup", "重点任务的加起来多少", figures=[yuan(key_w)], fu=True)
q("followup", "占全部任务的百分之几？", figures=[pct(key_w / tsum(W) * 100)], fu=True)
q("count", "侨联有几个绩效指标", figures=[f"#{len(Q['indicators'])}"])
q("count", "粮储局今年重点任务几项", figures=[f"#{sum(x['section'] == KEY for x in L['tasks'])}"])
q("count", "粮储局去年一共几项任务？", figures=[f"#{len(L5['tasks'])}"])
q("count", "今年东莞一共有多少个部门的部门整体绩效目标表", figures=[f"#{len(DG)}"], scope="mixed")
px = [x for t in DG for x in t["tasks"] if "培训" in x["name"]]
q("count", "全市名字带培训的任务有多少项", figures=[f"#{len(px)}"], scope="mixed")
u50 = [t for t in DG if people(t) < 50]
q("count", "全市有几个部门人数不到50人", figures=[f"#{len(u50)}"], scope="mixed")
diffp = [i for i in L["indicators"] if i["period_value"] != i["annual_value"]]
q("count", "粮储局有几个指标的实施周期值跟年度值不一样", figures=[f"#{len(diffp)}"], names=[i["level3"] for i in diffp])
q("count", "文联其他需完成的任务有几项", figures=[f"#{sum(x['section'] == OTHER for x in W['tasks'])}"])
u1y = [t for t in DG if total(t) < 10000]
assert all(total(t) != 10000 for t in DG)
q("count", "今年全市有几个部门预算不到一个亿", figures=[f"#{len(u1y)}"], scope="mixed")

# ---------------------------------------------------------------- aggregate
q("aggregate", "文联所有任务加起来多少钱", figures=[yuan(tsum(W))])
q("aggregate", "侨联重点任务加起来多少？", figures=[yuan(tsum(Q, lambda x: x["section"] == KEY))])
q("aggregate", "粮储局今年任务总额", figures=[yuan(tsum(L))])
q("aggregate", "文联和侨联两家今年预算合计加起来多少", figures=[wan(total(W) + total(Q))])
q("aggregate", "粮储局今年去年两年预算一共多少？", figures=[wan(total(L) + total(L5))])
q("aggregate", "全市今年所有部门预算加起来是多少", figures=[wan(sum(total(t) for t in DG))], note="50 东莞 2026 departments",
  scope="mixed")
q("aggregate", "侨联任务平均每项多少钱", figures=[yuan2(tsum(Q) / len(Q["tasks"]))])
q("aggregate", "粮储局储备粮那笔补贴占它任务总额的百分之几",
  figures=[pct(task(L, "市级储备粮轮换和保管费用补贴")["amount"] / tsum(L) * 100)])
q("aggregate", "文联基本支出占预算合计百分之几？", figures=[pct(W["budget"]["基本支出"] / total(W) * 100)])
q("aggregate", "全市带“培训”两个字的任务总共多少钱", figures=[yuan(sum(x["amount"] for x in px))], note=f"{len(px)} items",
  scope="mixed")

# ---------------------------------------------------------------- ranking
asc = sorted(DG, key=total)
q("ranking", "今年全市预算最少的是哪个部门？", figures=[wan(total(asc[0]))], names=[QS], note="chain head", scope="mixed")
q("followup", "倒数第二呢", figures=[wan(total(asc[1]))], names=[asc[1]["department"]], fu=True, scope="mixed")
q("followup", "倒数第三是谁？", figures=[wan(total(asc[2]))], names=[asc[2]["department"].replace("东莞市", "")], fu=True,
  scope="mixed")
q("ranking", "粮储局预算在全市排第几", figures=[f"#{rank(total, L['department'])}"], scope="mixed")
q("ranking", "文联预算排全市第几？", figures=[f"#{rank(total, W['department'])}"], scope="mixed")
top = max(L["tasks"], key=lambda x: x["amount"])
q("ranking", "粮储局哪项任务钱最多", figures=[yuan(top["amount"])], names=[top["name"]])
top3 = sorted(Q["tasks"], key=lambda x: -x["amount"])[:3]
q("ranking", "侨联任务按金额从多到少排前三", figures=[yuan(x["amount"]) for x in top3], names=[x["name"] for x in top3])
fewest = min(DG, key=people)
q("ranking", "全市财政供养人员最少的部门是哪个", figures=[f"#{people(fewest)}"], names=[QS], scope="mixed")
cb = sorted(((x["amount"], d, x["name"]) for d, n in chubei for t in DG if t["department"] == d for x in t["tasks"]
             if x["name"] == n), reverse=True)
q("ranking", "名字带储备的任务里哪一项钱最多？", figures=[yuan(cb[0][0])], names=[cb[0][2]],
  note=f"粮储局 {cb[0][0]} vs 发改局 {cb[1][0]}", scope="mixed")
pmin = min(px, key=lambda x: x["amount"])
q("ranking", "全市培训经费最少的任务是哪个", figures=[yuan(pmin["amount"])], names=[pmin["name"]],
  note="团市委's 586400 stays the least; 侨联 586500 is second", scope="mixed")
wmin = min(W["tasks"], key=lambda x: x["amount"])
q("ranking", "文联任务里最少的是哪项", figures=[yuan(wmin["amount"])], names=[wmin["name"]])
q("ranking", "粮储局的其他资金在全市排第几？", figures=[f"#{rank(lambda t: t['budget']['其他资金'], L['department'])}"],
  scope="mixed")

# ---------------------------------------------------------------- compare
q("compare", "文联和红十字会今年预算谁多，差多少", figures=[wan(total(HONG) - total(W)), wan(total(HONG)), wan(total(W))],
  names=["红十字会"], scope="mixed")
fg = task(FAGAI, "市级储备粮管理补贴资金")["amount"]
lg = task(L, "市级储备粮轮换和保管费用补贴")["amount"]
q("compare", "粮储局的储备粮补贴和发改局的储备粮管理补贴差多少？", figures=[yuan(lg - fg), yuan(lg), yuan(fg)], scope="mixed")
yj = task(YINGJI, "应急物资储备经费")["amount"]
lj = task(L, "市级应急物资储备和补充更新经费")["amount"]
q("compare", "粮储局和应急局应急物资储备那两笔钱差多少", figures=[yuan(lj - yj), yuan(lj), yuan(yj)], scope="mixed")
q("compare", "侨联和团市委预算差多少？", figures=[wan(total(TUAN) - total(Q)), wan(total(TUAN)), wan(total(Q))], scope="mixed")
q("compare", "文联跟侨联人数差几个", figures=[f"#{people(W) - people(Q)}", f"#{people(W)}", f"#{people(Q)}"])
q("compare", "粮储局和发改局今年预算哪个高？高多少", figures=[wan(total(L) - total(FAGAI)), wan(total(L)), wan(total(FAGAI))],
  names=[LS], scope="mixed")
tq = task(Q, "侨界青年骨干培训经费")["amount"]
tt = task(TUAN, "团干部和青年骨干培训经费")["amount"]
q("compare", "侨联的青年骨干培训和团市委团干部培训差多少钱", figures=[yuan(tq - tt), yuan(tq), yuan(tt)], scope="mixed")
kq = tsum(Q, lambda x: x["section"] == KEY)
q("compare", "文联和侨联重点任务的钱比一下，差多少？", figures=[yuan(key_w - kq), yuan(key_w), yuan(kq)])
q("compare", "粮储局基本支出和项目支出差多少", figures=[wan(L["budget"]["项目支出"] - L["budget"]["基本支出"]),
                                                   b(L, "项目支出"), b(L, "基本支出")])
q("compare", "群众文化活动满意度，文联和文广旅体局哪个定得高", figures=[iv(W, "群众文化活动满意度"),
                                                             iv(TB["wenguangluti_2026"], "群众文化活动满意度")],
  names=[WS], scope="mixed")

# ---------------------------------------------------------------- structure
q("structure", "粮储局市级储备粮规模属于什么指标", names=["产出指标", "数量指标"])
q("structure", "侨联归侨侨眷满意度算哪一类指标？", names=["满意度指标", "服务对象满意度"])
q("structure", "文联“东莞文艺影响力”是哪一类指标", names=["效益指标", "可持续影响"])
q("structure", "粮储局粮食储存损耗率属于哪类指标", names=["效益指标", "生态效益"])
q("structure", "侨联镇街侨联工作补助是重点任务还是其他任务？", names=[OTHER])
q("structure", "文联文艺人才培训那项属于哪个部分", names=[KEY])
q("structure", "粮储局的成本指标有哪些", names=[i["level3"] for i in L["indicators"] if i["level1"] == "成本指标"])
ben_q = [i["level3"] for i in Q["indicators"] if i["level1"] == "效益指标"]
q("structure", "侨联的效益指标有几个？", figures=[f"#{len(ben_q)}"], names=ben_q)
l1 = []
for i in W["indicators"]:
    if i["level1"] not in l1:
        l1.append(i["level1"])
q("structure", "文联的指标分了哪几个一级类别", names=l1)
q("structure", "粮储局智慧粮库平台上线时间是什么类型的指标", names=["产出指标", "时效指标"])

# ---------------------------------------------------------------- yesno
assert asc[0] is Q
q("yesno", "侨联是不是全市预算最少的部门？", yesno="是", figures=[wan(total(Q))], scope="mixed")
q("yesno", "文联今年预算超过5000万了吗", yesno="是", figures=[wan(total(W))])
assert total(L) < total(YINGJI)
q("yesno", "粮储局预算比应急局多吗？", yesno="否", figures=[wan(total(L)), wan(total(YINGJI))], scope="mixed")
assert task(L, "市级储备粮轮换和保管费用补贴")["section"] == KEY
q("yesno", "粮储局储备粮轮换补贴是重点任务吗", yesno="是")
assert max(x["amount"] for x in Q["tasks"]) < 3000000
q("yesno", "侨联有没有超过300万的任务？", yesno="否")
assert task(W, "文艺精品创作生产扶持资金")["amount"] > 8000000
q("yesno", "文联精品创作扶持资金超过800万吗", yesno="是", figures=[a(W, "文艺精品创作生产扶持资金")])
assert people(L) > people(L5)
q("yesno", "粮储局今年人数比去年多吗", yesno="是", figures=[f"#{people(L)}", f"#{people(L5)}"])
q("yesno", "侨联培训学员满意度是不是比党校高？", yesno="否",
  figures=[iv(Q, "培训学员满意度"), iv(TB["dangxiao_2026"], "培训学员满意度")], scope="mixed")
assert all(x["amount"] < 10000000 for x in W["tasks"])
q("yesno", "文联的任务是不是都在一千万以下", yesno="是")
q("yesno", "粮储局今年有没有对下转移支付资金", yesno="是", figures=[b(L, "拟用于对下转移支付资金")])

# ---------------------------------------------------------------- yoy
q("yoy", "粮储局预算比去年增加了多少？", figures=[wan(total(L) - total(L5)), wan(total(L)), wan(total(L5))])
q("yoy", "粮储局预算增长率是多少", figures=[pct((total(L) - total(L5)) / total(L5) * 100)])
q("yoy", "粮储局应急物资储备经费比去年多了多少",
  figures=[yuan(lj - task(L5, "市级应急物资储备和补充更新经费")["amount"]), yuan(lj), a(L5, "市级应急物资储备和补充更新经费")])
new_t = [x for x in L["tasks"] if x["name"] not in {y["name"] for y in L5["tasks"]}]
assert [x["name"] for x in new_t] == ["智慧粮库和物资储备信息化平台建设经费", "粮油市场监测预警和信息化经费"]
q("yoy", "粮储局今年新增了什么任务？", figures=[a(L, "智慧粮库和物资储备信息化平台建设经费")],
  names=["智慧粮库和物资储备信息化平台建设经费"], note="the other new name is the rename of 粮油市场监测预警经费")
q("yoy", "粮储局去年的粮油市场监测预警经费今年叫什么？多少钱？", figures=[a(L, "粮油市场监测预警和信息化经费")],
  names=["粮油市场监测预警和信息化经费"], note="rename; two asks")
q("yoy", "市级储备粮规模这个指标今年和去年各是多少", figures=[iv(L, "市级储备粮规模"), iv(L5, "市级储备粮规模")])
q("yoy", "粮食应急供应保障能力去年怎么写的，今年呢？", figures=[iv(L5, "粮食应急供应保障能力"), iv(L, "粮食应急供应保障能力")],
  note="qualitative changed; asked 去年 first")
q("yoy", "粮储局今年任务总额比去年多多少", figures=[yuan(tsum(L) - tsum(L5)), yuan(tsum(L)), yuan(tsum(L5))])
q("yoy", "文联去年预算多少？", expect="not_found", note="文联 2025 not loaded")
q("yoy", "粮储局承储企业满意度去年是多少", figures=[iv(L5, "承储企业满意度")])

# ---------------------------------------------------------------- typo
q("typo", "文连今年预算多少", figures=[wan(total(W))], names=[WS], note="文连 for 文联")
q("typo", "侨连的任务有几项？", figures=[f"#{len(Q['tasks'])}"], note="侨连 for 侨联")
q("typo", "粮储局储备梁轮换补贴多少", figures=[a(L, "市级储备粮轮换和保管费用补贴")], absent=[a(FAGAI, "市级储备粮管理补贴资金")],
  note="梁 for 粮")
q("typo", "東莞市文學藝術界聯合會預算合計多少", figures=[wan(total(W))], note="traditional")
q("typo", "粮食和物资储被局基本支出", figures=[b(L, "基本支出")], note="被 for 备")
q("typo", "桥联有多少人", figures=[f"#{people(Q)}"], note="桥联 for 侨联")
q("typo", "文联文艺惠明活动的指标是多少场", figures=[iv(W, "开展文艺惠民活动")], note="惠明 for 惠民")
q("typo", "粮储局２０２５年预算合计", figures=[wan(total(L5))], note="full-width digits")
q("typo", "归国华桥联合会其他资金多少？", figures=[b(Q, "其他资金")], note="华桥 for 华侨")
q("typo", "粮储局智慧梁库什么时候上线", figures=[iv(L, "智慧粮库平台上线时间")], note="梁 for 粮")

# ---------------------------------------------------------------- not_found
q("not_found", "文联2025年预算合计是多少", expect="not_found", note="文联 2025 not loaded")
q("not_found", "侨联去年的帮扶慰问经费多少？", expect="not_found", note="侨联 2025 not loaded")
q("not_found", "粮储局2024年预算多少", expect="not_found", note="粮储局 2024 not loaded")
q("not_found", "深圳市文联今年预算多少", expect="not_found", note="深圳 not loaded", scope="other")
q("not_found", "文联的电影拍摄补助有多少钱", expect="not_found", note="no such item")
q("not_found", "侨联侨资企业投资额指标定了多少？", expect="not_found", note="no such indicator")
q("not_found", "粮储局成品油储备经费多少", expect="not_found", note="no such item")
q("not_found", "粮储局粮食收购价格指标是多少", expect="not_found", note="no such indicator")
q("not_found", "广州市侨联今年预算合计多少？", expect="not_found", note="广州 侨联 not loaded", scope="other")
q("not_found", "文联的网站访问量指标是多少", expect="not_found", note="no such indicator (东莞文艺网 only has a 改版上线时间)")

# ---------------------------------------------------------------- trap
q("trap", "粮食局的储备粮管理补贴资金是多少？", figures=[a(L, "市级储备粮轮换和保管费用补贴")],
  names=["市级储备粮轮换和保管费用补贴"], absent=[a(FAGAI, "市级储备粮管理补贴资金")],
  note="the exact name is 发改局's; 粮食局's own item is 市级储备粮轮换和保管费用补贴", scope="mixed")
q("trap", "发改局市级储备粮管理补贴资金多少", figures=[a(FAGAI, "市级储备粮管理补贴资金")],
  absent=[a(L, "市级储备粮轮换和保管费用补贴")], note="not 粮储局's look-alike", scope="mixed")
q("trap", "应急局应急物资储备经费多少？", figures=[yuan(yj)], absent=[yuan(lj)], note="not 粮储局's look-alike", scope="mixed")
q("trap", "侨联的团干部培训经费多少", expect="not_found", absent=[a(TUAN, "团干部和青年骨干培训经费")],
  note="团干部培训 is 团市委's; 侨联 has 侨界青年骨干培训经费", scope="mixed")
q("trap", "文联宣传方面的钱有多少", figures=[a(W, "文艺宣传和网络文艺阵地建设经费")], names=["文艺宣传和网络文艺阵地建设经费"],
  absent=[near(a(W, "文艺宣传和网络文艺阵地建设经费"), a(HONG, "人道传播和红十字宣传经费"))], note="红会's 宣传 item 100元 away",
  scope="mixed")
q("trap", "储备粮保管费用补贴标准是多少", expect="ok_or_clarify",
  note="发改局 ≤110元/吨·年 and 粮储局 ≤105元/吨·年: list both or ask", scope="mixed")
q("trap", "侨联培训学员满意度是95%吧？", yesno="否", figures=[iv(Q, "培训学员满意度")],
  absent=[iv(TUAN, "培训学员满意度")], note="≥95% is 团市委's", scope="mixed")
q("trap", "文联今年获省级以上奖项的目标是30项吗", yesno="否", figures=[iv(W, "获省级以上文艺奖项")],
  note="30项 is the period value; the goal says 约15项")
q("trap", "储备粮补贴一年多少钱", expect="ok_or_clarify", note="发改局 and 粮储局 both have a 储备粮 subsidy", scope="mixed")
q("trap", "侨联联谊交流活动经费多少？", figures=[a(Q, "海外华侨华人联谊交流活动经费")],
  absent=[near(a(Q, "海外华侨华人联谊交流活动经费"), a(TUAN, "青年人才联谊交流活动经费"))],
  note="团市委's 青年人才联谊交流活动经费 100元 away", scope="mixed")

# ================================================================ checks and output
cnt = Counter(r["category"] for r in ROWS)
assert all(cnt[c] == 10 for c in CATS) and len(ROWS) == 160, cnt
out, last = [], None
for n, r in enumerate(ROWS, 1):
    rid = f"b24-{n:03d}"
    fu = last if r["fu"] else None
    assert not r["fu"] or last
    for x in r["absent"]:
        assert x not in r["figures"], (rid, x)
        assert x in ALL_VALUES or any(x in g for t in (W, Q, L, L5) for g in t["goals"]), (rid, x)
    if r["expect"] in ("not_found", "ok_or_clarify"):
        assert not r["figures"], rid
    if r["yesno"]:
        assert r["yesno"] in ("是", "否")
    out.append({"id": rid, "q": r["q"], "category": r["category"], "expect": r["expect"], "figures": r["figures"],
                "names": r["names"], "yesno": r["yesno"], "absent": r["absent"], "followup_of": fu, "note": r["note"]})
    last = rid
assert len({r["q"] for r in out}) == 160

# every new amount unique over all tables
amounts = Counter(x["amount"] for t in TB.values() for x in t["tasks"])
for t in (W, Q, L, L5):
    for x in t["tasks"]:
        assert amounts[x["amount"]] == 1, x

OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in out), encoding="utf-8")
print(f"wrote {OUT.name}: {len(out)} lines")
print("scope:", dict(Counter(r["note"].rsplit("[scope: ", 1)[1].rstrip("]") for r in out)))
print("| category | total | ok | not_found | clarify | ok_or_clarify |")
for c in CATS + ["total"]:
    rows = [r for r in out if c in (r["category"], "total")]
    e = Counter(r["expect"] for r in rows)
    print(f"| {c} | {len(rows)} | {e['ok']} | {e['not_found']} | {e['clarify']} | {e['ok_or_clarify']} |")
