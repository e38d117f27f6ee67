"""Write tests/blind/batch_20.jsonl: 160 blind questions over the tables of batches.json's batch_20 list.

Every figure is computed from the truth (truth20.py) with Decimal ROUND_HALF_UP, never typed; prose phrases are
asserted to occur in the named table's goals and in none of its tasks / indicators; every `absent` is asserted to be
a real value (or a goal's phrase) and not a figure of its line; thresholds are asserted not to equal a value they
filter; look-alikes are asserted close (≤ 1000 元) and different. Prints the scope (new / mixed / other) and the
counts by category × expect.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from truth20 import dg2026, load, pct, q2, total, wan, yuan, yuan2  # noqa: E402

T = load()
SJ5, SJ6, GX, TW = (T[s] for s in ("shijianju_2025", "shijianju_2026", "gongxinju_2026", "tuanshiwei_2026"))
DG = dg2026(T)
assert len(DG) == 39
KEY, OTHER = "年度重点工作任务", "其他需完成的任务"


def stem(t):
    n = t["department"]
    return n if n.startswith("共青团") else n[3:]


def by_stem(s):
    (t,) = [t for t in DG if stem(t) == s]
    return t


def amt(t, name):
    (x,) = [x for x in t["tasks"] if x["name"] == name]
    return x["amount"]


def iv(t, name, period=False):
    (x,) = [x for x in t["indicators"] if x["level3"] == name]
    return x["period_value"] if period else x["annual_value"]


def b(t, name):
    return t["budget"][name]


def people(t):
    return t["basic_info"]["财政供养人员数"]


def N(n):
    return f"#{n}"


def close(a, b_):
    assert a != b_ and abs(a - b_) <= 1000, (a, b_)


def prose(t, phrase):
    assert any(phrase in g for g in t["goals"]), phrase
    rest = json.dumps([t["tasks"], t["indicators"]], ensure_ascii=False, default=str)
    assert phrase not in rest, phrase
    return phrase


ALL_ATOMS = set()
for t in T.values():
    ALL_ATOMS |= {yuan(x["amount"]) for x in t["tasks"]} | {wan(v) for v in t["budget"].values()}
    ALL_ATOMS |= {wan(v) for v in t.get("funds", {}).values()}
    for i in t["indicators"]:
        ALL_ATOMS |= {i["annual_value"], i["period_value"]}
    if t["budget"]:
        ALL_ATOMS.add(wan(total(t)))
ALL_TEXT = "\n".join(t["text"] for t in T.values())

ROWS: list[dict] = []
SCOPE: dict[str, str] = {}
LAST_HEAD = [None]


def Q(cat, q, figures=(), names=(), yesno=None, absent=(), expect="ok", note="", scope="new", follow=False):
    rid = f"b20-{len(ROWS) + 1:03d}"
    figures, absent = [str(f) for f in figures], list(absent)
    for a in absent:
        assert a not in figures, (rid, a)
        assert a in ALL_ATOMS or a in ALL_TEXT, (rid, a)
    if expect != "ok":
        assert not figures and yesno is None, rid
    ROWS.append({"id": rid, "q": q, "category": "followup" if follow else cat, "expect": expect,
                 "figures": figures, "names": list(names), "yesno": yesno, "absent": absent,
                 "followup_of": ROWS[-1]["id"] if follow else None, "note": note})
    SCOPE[rid] = scope
    return rid


# ------------------------------------------------------------------ shortcuts
GX_TECH, GX_ZJTX, GX_JQ = "工业企业技术改造资助经费", "专精特新企业培育奖励经费", "先进制造业集群培育专项资金"
GX_STAT, GX_TRAIN, GX_ZXQY = "工业和信息化统计监测经费", "企业经营管理人才培训经费", "中小企业公共服务体系建设经费"
TW_YX, TW_JY, TW_ZY = "青少年思想引领和宣传教育经费", "青年就业创业扶持经费", "志愿服务体系建设经费"
TW_GONG, TW_ZH, TW_TRAIN, TW_ZJ = "市青少年宫运行经费", "智慧团建信息化平台建设经费", "团干部和青年骨干培训经费", "镇街共青团工作补助"
SJ_HOT5, SJ_HOT6, SJ_NEW = "消费者权益保护和12315热线运行经费", "消费维权和12315热线运行经费", "市场监管信息化建设经费"
KJ, SW, SF, TJ = by_stem("科学技术局"), by_stem("商务局"), T["sifaju_2026"], by_stem("统计局")
HH, RF, GZHH, TY = by_stem("红十字会"), by_stem("人民防空办公室"), T["guangzhou_hongshizihui_2026"], by_stem("退役军人事务局")
FG = by_stem("发展和改革局")
TWN, GXN, SJN = "共青团东莞市委员会", "工业和信息化局", "市场监督管理局"

close(amt(GX, GX_ZJTX), amt(KJ, "高新技术企业培育"))
close(amt(GX, GX_STAT), amt(TJ, "统计信息化建设经费"))
close(amt(GX, GX_TRAIN), amt(SW, "外经贸企业培训经费"))
close(amt(GX, GX_ZXQY), amt(SW, "企业参展补助经费"))
close(amt(TW, TW_JY), amt(SF, "行政复议和行政应诉工作经费"))
close(amt(TW, TW_JY), amt(FG, [x["name"] for x in FG["tasks"] if x["amount"] == 3480600][0]))
close(amt(TW, TW_ZY), amt(HH, "红十字志愿服务和青少年工作经费"))
close(amt(TW, TW_ZH), [x["amount"] for x in RF["tasks"] if x["amount"] == 1806600][0])
close(amt(TW, TW_YX), [x["amount"] for x in TY["tasks"] if x["amount"] == 2365000][0])
close(amt(TW, TW_GONG), [x["amount"] for x in GZHH["tasks"] if x["amount"] == 2186400][0])
for t in (SJ5, GX, TW):
    am = [x["amount"] for x in t["tasks"]]
    for a in am:
        assert sum(a == x["amount"] for u in T.values() for x in u["tasks"]) == 1, a

# ================================================================== item_money
Q("item_money", "工信局今年技改那块的资助经费安排了多少钱？", [yuan(amt(GX, GX_TECH))], [GX_TECH])
Q("item_money", "团市委青年创业那个扶持经费是多少", [yuan(amt(TW, TW_JY))], [TW_JY],
  absent=[yuan(amt(SF, "行政复议和行政应诉工作经费")), yuan(Decimal(3480600))], scope="mixed",
  note="司法局 3480000 and 发改局 3480600 are a few hundred 元 away")
Q("item_money", "工信局专精特新那个奖励经费多少？", [yuan(amt(GX, GX_ZJTX))], [GX_ZJTX],
  absent=[yuan(amt(KJ, "高新技术企业培育"))], scope="mixed", note="科技局 高新技术企业培育 185000000 is 400 元 less")
Q("item_money", "市监局去年食品抽检的经费报了多少", [yuan(amt(SJ5, "食品安全抽检监测经费"))], ["食品安全抽检监测经费"],
  absent=[yuan(amt(SJ6, "食品安全抽检监测经费"))], note="去年 = 2025; 2026's 46820000 is the wrong year")
Q("item_money", "团市委智慧团建平台那个经费多少钱", [yuan(amt(TW, TW_ZH))], [TW_ZH], absent=["1806600元"], scope="mixed",
  note="人防办 1806600")
Q("item_money", "工信局统计监测的经费大概多少", [yuan(amt(GX, GX_STAT))], [GX_STAT],
  absent=[yuan(amt(TJ, "统计信息化建设经费"))], scope="mixed", note="统计局 / 档案局 4580000")
Q("item_money", "团市委青少年宫一年运行要多少钱？", [yuan(amt(TW, TW_GONG))], [TW_GONG], absent=["2186400元"], scope="mixed",
  note="广州红会 2186400")
Q("item_money", "工信局中小企业公共服务那个经费是多少", [yuan(amt(GX, GX_ZXQY))], [GX_ZXQY],
  absent=[yuan(amt(SW, "企业参展补助经费"))], scope="mixed", note="商务局 企业参展补助经费 18650000")
Q("item_money", "市场监管局2025年12315热线那块经费多少", [yuan(amt(SJ5, SJ_HOT5))], [SJ_HOT5],
  absent=[yuan(amt(SJ6, SJ_HOT6))], note="2025's name; 2026 renamed it")
Q("item_money", "那今年呢？", [yuan(amt(SJ6, SJ_HOT6))], [SJ_HOT6], absent=[yuan(amt(SJ5, SJ_HOT5))], follow=True,
  note="2026: the renamed task")
Q("item_money", "团市委培训团干部的钱是多少", [yuan(amt(TW, TW_TRAIN))], [TW_TRAIN])

# ================================================================== indicator
Q("indicator", "工信局技改项目今年要支持多少个？", [iv(GX, "支持工业企业技术改造项目")], ["支持工业企业技术改造项目"],
  note="annual value; the period value ≥3600个 is not absent")
Q("indicator", "团市委新增注册志愿者的指标定的多少", [iv(TW, "新增注册志愿者")], ["新增注册志愿者"])
Q("indicator", "整个实施周期呢？", [iv(TW, "新增注册志愿者", True)], ["新增注册志愿者"], follow=True)
Q("indicator", "工信局的企业满意度要求达到多少", [iv(GX, "企业满意度")], ["企业满意度"], absent=["≥85%"], scope="mixed",
  note="应急局 企业满意度 ≥85%; 科技 / 商务 ≥90%")
Q("indicator", "市监局去年食品抽检合格率指标是多少", [iv(SJ5, "食品安全抽检合格率")], ["食品安全抽检合格率"],
  absent=[iv(SJ6, "食品安全抽检合格率")], note="2026 ≥97%")
Q("indicator", "团市委团干部培训人均成本控制在多少", [iv(TW, "团干部培训人均成本")], ["团干部培训人均成本"])
Q("indicator", "工信局数字化转型诊断的单位成本上限是多少", [iv(GX, "数字化转型诊断服务单位成本")], ["数字化转型诊断服务单位成本"])
Q("indicator", "工信局工业互联网平台要求什么时候上线", [iv(GX, "工业互联网服务平台上线时间")], ["工业互联网服务平台上线时间"],
  absent=[iv(SJ6, "智慧市场监管平台上线时间")], scope="mixed")
Q("indicator", "团市委青少年心理健康服务覆盖率今年要到多少", [iv(TW, "青少年心理健康服务覆盖率")], ["青少年心理健康服务覆盖率"])
Q("indicator", "工信局规上工业增加值增长的目标是多少", [iv(GX, "规模以上工业增加值增长")], ["规模以上工业增加值增长"])
Q("indicator", "市监局2025年消费者满意度指标多少", [iv(SJ5, "消费者满意度")], ["消费者满意度"],
  absent=[iv(SJ6, "消费者满意度"), "≥88%"], note="2026 ≥85%; 商务局's 消费者满意度 ≥88%")

# ================================================================== overview
Q("overview", "工信局今年预算总共多少？", [wan(total(GX))], [GXN])
Q("overview", "那团市委呢", [wan(total(TW))], [TWN], follow=True)
Q("overview", "两家加起来呢", [wan(total(GX) + total(TW))], follow=True)
Q("overview", "团市委财政供养人员有多少人", [N(people(TW))])
Q("overview", "市监局2025年的部门预算合计是多少", [wan(total(SJ5))], absent=[wan(total(SJ6))])
Q("overview", "团市委财政拨款多少", [wan(b(TW, "财政拨款"))])
Q("overview", "工信局项目支出是多少万", [wan(b(GX, "项目支出"))])
Q("overview", "团市委预算合计多少？基本支出又是多少？", [wan(total(TW)), wan(b(TW, "基本支出"))])
Q("overview", "工信局下面有几个二级单位", [N(GX["basic_info"]["下属二级单位数"])])
Q("overview", "市场监管局去年财政供养人员多少人", [N(people(SJ5))], note="2026 has 1026")
Q("overview", "工信局拟用于对下转移支付的资金多少", [wan(b(GX, "拟用于对下转移支付资金"))])
Q("overview", "团市委的其他资金有多少", [wan(b(TW, "其他资金"))])
Q("overview", "占它预算合计的比例呢", [pct(b(TW, "其他资金") * 100 / total(TW))], follow=True)

# ================================================================== prose
Q("prose", "团市委那边注册志愿者累计有多少人了", [prose(TW, "210万人")], absent=[iv(TW, "新增注册志愿者")],
  note="goal only; the indicator ≥3万人 is the year's new volunteers")
Q("prose", "工信局5G基站累计建了多少个", [prose(GX, "3.2万个")])
Q("prose", "工信局今年技改投资大概要完成多少", [prose(GX, "620亿元")], absent=[iv(GX, "带动工业投资")],
  note="goal; the indicator 带动工业投资 ≥500亿元 is another thing")
Q("prose", "团市委建成了多少个青年之家", [prose(TW, "220个")])
Q("prose", "12355热线团市委全年大概接听多少咨询", [prose(TW, "1.8万人次")])
Q("prose", "市监局2025年企业开办时间要压缩到多少", [prose(SJ5, "1个工作日")], absent=["0.5个工作日"])
Q("prose", "今年呢", [prose(SJ6, "0.5个工作日")], follow=True)
Q("prose", "工信局累计培育了多少家专精特新小巨人", [prose(GX, "160家")], absent=[iv(GX, "新增国家级专精特新“小巨人”企业")],
  note="goal: 累计约160家; the indicator ≥30家 is the year's new ones")
Q("prose", "团市委今年计划发展新团员多少名", [prose(TW, "6000名")])
Q("prose", "市监局去年的表里全市在用电梯大概多少台", [prose(SJ5, "15.6万台")])
Q("prose", "工信局说全市规上工业企业有多少家", [prose(GX, "1.45万家")])

# ================================================================== filter
def over(t, lo=None, hi=None, section=None):
    xs = [x for x in t["tasks"] if section in (None, x["section"])]
    for x in xs:
        assert x["amount"] not in (lo, hi)
    return [x["name"] for x in xs if (lo is None or x["amount"] > lo) and (hi is None or x["amount"] < hi)]


Q("filter", "工信局超过1个亿的任务有哪些", names=over(GX, lo=100000000),
  figures=[yuan(amt(GX, n)) for n in over(GX, lo=100000000)])
Q("filter", "团市委超过200万的项目都列一下", names=over(TW, lo=2000000))
Q("filter", "团市委不到100万的任务有哪几项", names=over(TW, hi=1000000))
Q("filter", "工信局其他需完成的任务里面低于500万的有哪些", names=over(GX, hi=5000000, section=OTHER))
qsn = sorted(x["name"] for t in DG for x in t["tasks"] if "青少年" in x["name"])
Q("filter", "今年各部门任务名字里带“青少年”的有哪些", names=qsn, scope="mixed")
Q("filter", "工信局哪些指标实施周期的值和年度值不一样",
  names=[i["level3"] for i in GX["indicators"] if i["period_value"] != i["annual_value"]])
Q("filter", "团市委有哪些满意度指标", names=[i["level3"] for i in TW["indicators"] if i["level1"] == "满意度指标"])
small = [t for t in DG if total(t) < 5000]
Q("filter", "今年预算在5000万以下的部门有哪些", names=[stem(t) for t in small], scope="mixed")
Q("filter", "工信局哪些指标是没有数字的，定性的那种",
  names=[i["level3"] for i in GX["indicators"] if not any(c.isdigit() for c in i["annual_value"])])
Q("filter", "市监局2025年的成本指标有哪些", names=[i["level3"] for i in SJ5["indicators"] if i["level1"] == "成本指标"])

# ================================================================== count
Q("count", "工信局一共几项任务？重点任务几项？", [N(len(GX["tasks"])), N(sum(x["section"] == KEY for x in GX["tasks"]))])
Q("count", "重点的那几项加起来多少钱", [yuan(sum(x["amount"] for x in GX["tasks"] if x["section"] == KEY))],
  [x["name"] for x in GX["tasks"] if x["section"] == KEY], follow=True)
Q("count", "团市委有多少个绩效指标", [N(len(TW["indicators"]))])
Q("count", "市监局2025年有几项任务", [N(len(SJ5["tasks"]))], absent=[], note="2026 has 9")
Q("count", "今年东莞一共多少个部门报了部门整体绩效目标表", [N(len(DG))], scope="mixed")
Q("count", "今年财政供养人员不到100人的部门有几个", [N(sum(people(t) < 100 for t in DG))], scope="mixed")
Q("count", "工信局的产出指标有几个", [N(sum(i["level1"] == "产出指标" for i in GX["indicators"]))])
Q("count", "团市委其他需完成的任务有几项", [N(sum(x["section"] == OTHER for x in TW["tasks"]))])
Q("count", "今年全市名字里带培训的任务一共几个", [N(sum("培训" in x["name"] for t in DG for x in t["tasks"]))], scope="mixed")
Q("count", "市场监管局去年一共多少个绩效指标", [N(len(SJ5["indicators"]))])
n5000 = over(GX, lo=50000000)
Q("count", "工信局超过5000万的任务有几个", [N(len(n5000))], n5000)

# ================================================================== aggregate
Q("aggregate", "工信局所有任务的钱加起来是多少", [yuan(sum(x["amount"] for x in GX["tasks"]))])
Q("aggregate", "团市委的任务总金额多少", [yuan(sum(x["amount"] for x in TW["tasks"]))])
Q("aggregate", "团市委的预算大概是工信局的百分之几", [pct(total(TW) * 100 / total(GX))], scope="new")
Q("aggregate", "工信局技改资助和专精特新奖励两项合计多少", [yuan(amt(GX, GX_TECH) + amt(GX, GX_ZJTX))])
Q("aggregate", "今年东莞各部门的预算加起来一共多少", [wan(sum(total(t) for t in DG))], scope="mixed")
Q("aggregate", "团市委平均每项任务多少钱", [yuan2(sum(x["amount"] for x in TW["tasks"]) / len(TW["tasks"]))])
Q("aggregate", "工信局项目支出占预算合计的比例是多少", [pct(b(GX, "项目支出") * 100 / total(GX))])
Q("aggregate", "市监局去年和今年的预算加一起多少", [wan(total(SJ5) + total(SJ6))])
Q("aggregate", "团市委市本级使用资金和对下转移支付加起来多少",
  [wan(b(TW, "市本级使用资金") + b(TW, "拟用于对下转移支付资金"))])
Q("aggregate", "工信局和团市委两家的培训经费合计多少", [yuan(amt(GX, GX_TRAIN) + amt(TW, TW_TRAIN))], [GX_TRAIN, TW_TRAIN])

# ================================================================== ranking
rk = sorted(GX["tasks"], key=lambda x: -x["amount"])
Q("ranking", "工信局哪项任务钱最多", [yuan(rk[0]["amount"])], [rk[0]["name"]])
Q("ranking", "第二呢", [yuan(rk[1]["amount"])], [rk[1]["name"]], follow=True)
Q("ranking", "它是重点任务吗", [yuan(rk[1]["amount"])], [rk[1]["name"]], yesno="是" if rk[1]["section"] == KEY else "否",
  follow=True)
tmin = min(TW["tasks"], key=lambda x: x["amount"])
Q("ranking", "团市委钱最少的是哪项任务", [yuan(tmin["amount"])], [tmin["name"]])
by_tot = sorted(DG, key=lambda t: -total(t))
Q("ranking", "今年工信局的预算在全市各部门里排第几", [N(by_tot.index(GX) + 1)], [GXN], scope="mixed")
Q("ranking", "今年哪个部门预算最少", [wan(total(by_tot[-1]))], [stem(by_tot[-1])], scope="mixed")
by_p = sorted(DG, key=people)
assert people(by_p[0]) < people(by_p[1])
Q("ranking", "今年哪个部门人最少", [N(people(by_p[0]))], [stem(by_p[0])], scope="mixed")
tr = sorted((x["amount"], x["name"]) for t in DG for x in t["tasks"] if "培训" in x["name"])
assert tr[0][0] < tr[1][0]
Q("ranking", "今年全市名字带培训的任务里哪个钱最少", [yuan(tr[0][0])], [tr[0][1]], scope="mixed")
three = sorted((GX, SW, SJ6), key=lambda t: -total(t))
Q("ranking", "工信、市监、商务三家今年预算从多到少排一下", [wan(total(t)) for t in three], [stem(t) for t in three],
  scope="mixed")
by_xm = sorted(DG, key=lambda t: -b(t, "项目支出"))
Q("ranking", "工信局的项目支出在全市排第几", [N(by_xm.index(GX) + 1)], [GXN], scope="mixed")
assert len({people(t) for t in DG}) == len(DG)
Q("ranking", "按人数从少到多排，工信局排第几", [N(by_p.index(GX) + 1)], [GXN], scope="mixed")
key3 = sorted((x for x in TW["tasks"] if x["section"] == KEY), key=lambda x: -x["amount"])
Q("ranking", "团市委三项重点任务按金额从高到低排", [yuan(x["amount"]) for x in key3], [x["name"] for x in key3])

# ================================================================== compare
Q("compare", "工信局和市监局今年预算谁多，多多少", [wan(total(GX) - total(SJ6)), wan(total(GX)), wan(total(SJ6))],
  [GXN], scope="mixed")
Q("compare", "工信局的企业经营管理人才培训经费跟商务局外经贸企业培训经费差多少",
  [yuan(amt(GX, GX_TRAIN) - amt(SW, "外经贸企业培训经费")), yuan(amt(GX, GX_TRAIN)), yuan(amt(SW, "外经贸企业培训经费"))],
  scope="mixed")
Q("compare", "团市委青年就业创业扶持经费和司法局行政复议那个经费哪个多",
  [yuan(amt(TW, TW_JY) - amt(SF, "行政复议和行政应诉工作经费")), yuan(amt(TW, TW_JY)),
   yuan(amt(SF, "行政复议和行政应诉工作经费"))], [TW_JY], scope="mixed")
Q("compare", "工信局专精特新奖励和科技局高新技术企业培育，差多少钱",
  [yuan(amt(GX, GX_ZJTX) - amt(KJ, "高新技术企业培育")), yuan(amt(GX, GX_ZJTX)), yuan(amt(KJ, "高新技术企业培育"))],
  scope="mixed")
FL = by_stem("妇女联合会")
Q("compare", "团市委和妇联预算差多少", [wan(total(FL) - total(TW)), wan(total(FL)), wan(total(TW))], scope="mixed")
MZ = by_stem("民族宗教事务局")
Q("compare", "团市委和民宗局哪家人少，少几个", [N(people(MZ) - people(TW)), N(people(TW)), N(people(MZ))], [TWN],
  scope="mixed")
Q("compare", "工信局财政拨款是团市委的多少倍", [str(q2(b(GX, "财政拨款") / b(TW, "财政拨款")))])
Q("compare", "团市委志愿服务体系建设经费和红十字会那个志愿服务的经费差多少",
  [yuan(amt(TW, TW_ZY) - amt(HH, "红十字志愿服务和青少年工作经费")), yuan(amt(TW, TW_ZY)),
   yuan(amt(HH, "红十字志愿服务和青少年工作经费"))], scope="mixed")
Q("compare", "工信局统计监测经费比统计局的统计信息化建设经费多多少",
  [yuan(amt(GX, GX_STAT) - amt(TJ, "统计信息化建设经费")), yuan(amt(GX, GX_STAT)), yuan(amt(TJ, "统计信息化建设经费"))],
  scope="mixed")
Q("compare", "工信局和科技局今年预算比一下", [wan(total(GX) - total(KJ)), wan(total(GX)), wan(total(KJ))], [GXN],
  scope="mixed")

# ================================================================== structure
def sec(t, name):
    (x,) = [x for x in t["tasks"] if x["name"] == name]
    return x["section"]


def cat(t, name):
    (x,) = [x for x in t["indicators"] if x["level3"] == name]
    return [x["level1"], x["level2"]]


Q("structure", "工信局先进制造业集群培育专项资金算重点任务还是其他任务", names=[sec(GX, GX_JQ)])
Q("structure", "团市委镇街共青团工作补助是属于哪一类", names=[sec(TW, TW_ZJ)])
Q("structure", "工信局企业满意度是哪一类指标", names=cat(GX, "企业满意度"))
Q("structure", "规上工业单位增加值能耗下降属于什么指标", names=cat(GX, "规上工业单位增加值能耗下降"))
Q("structure", "团市委青少年心理健康服务覆盖率算哪类指标", names=cat(TW, "青少年心理健康服务覆盖率"))
Q("structure", "工信局带动工业投资放在哪个二级指标下面", names=cat(GX, "带动工业投资")[1:])
Q("structure", "市监局去年特种设备安全形势那个指标归哪类", names=cat(SJ5, "特种设备安全形势"))
Q("structure", "团市委智慧团建平台升级完成时间是什么指标", names=cat(TW, "智慧团建平台升级完成时间"))
Q("structure", "团市委的重点任务有哪些", names=[x["name"] for x in TW["tasks"] if x["section"] == KEY])
Q("structure", "工信局有哪些成本指标", names=[i["level3"] for i in GX["indicators"] if i["level1"] == "成本指标"])

# ================================================================== yesno
assert total(GX) > 80000
Q("yesno", "工信局预算是不是超过8个亿了？", [wan(total(GX))], yesno="是")
assert by_tot[-1] is TW
Q("yesno", "团市委的预算是不是全市最少的", [wan(total(TW))], yesno="是", scope="mixed")
Q("yesno", "团市委财政供养人员有没有超过30人", [N(people(TW))], yesno="是" if people(TW) > 30 else "否")
assert SJ_NEW not in [x["name"] for x in SJ5["tasks"]]
Q("yesno", "市监局去年有没有市场监管信息化建设经费这项", yesno="否", names=[SJ_NEW], absent=[yuan(amt(SJ6, SJ_NEW))],
  note="new in 2026")
Q("yesno", "工信局企业满意度要求92%以上对吧", [iv(GX, "企业满意度")], yesno="是")
assert amt(GX, "镇街工业园区升级改造补助") == 61200000
Q("yesno", "工信局镇街工业园区升级改造补助是不是6120万", [yuan(amt(GX, "镇街工业园区升级改造补助"))], yesno="是")
Q("yesno", "团市委培训学员满意度是不是要求95%", [iv(TW, "培训学员满意度")], yesno="是")
Q("yesno", "工信局专精特新奖励比科技局高新技术企业培育多吧", [yuan(amt(GX, GX_ZJTX)), yuan(amt(KJ, "高新技术企业培育"))],
  yesno="是", scope="mixed")
Q("yesno", "市监局今年预算比去年多吗", [wan(total(SJ6)), wan(total(SJ5))], yesno="是" if total(SJ6) > total(SJ5) else "否")
Q("yesno", "团市委智慧团建平台是不是9月底之前完成升级", [iv(TW, "智慧团建平台升级完成时间")], yesno="是",
  note="2026年8月31日前")

# ================================================================== yoy
dt = total(SJ6) - total(SJ5)
Q("yoy", "市监局今年预算比去年多了多少，增长百分之几", [wan(dt), pct(dt * 100 / total(SJ5))])
Q("yoy", "市场监管局人员比去年多了几个", [N(people(SJ6) - people(SJ5)), N(people(SJ6)), N(people(SJ5))])
Q("yoy", "市监局食品抽检经费今年比去年增加多少",
  [yuan(amt(SJ6, "食品安全抽检监测经费") - amt(SJ5, "食品安全抽检监测经费"))])
k5, k6 = amt(SJ5, "知识产权资助奖励经费"), amt(SJ6, "知识产权资助奖励经费")
Q("yoy", "市监局知识产权资助奖励经费同比增长了百分之几", [pct((k6 - k5) * 100 / k5)])
Q("yoy", "市监局12315热线的经费，今年跟去年比差多少", [yuan(amt(SJ6, SJ_HOT6) - amt(SJ5, SJ_HOT5))], [SJ_HOT5, SJ_HOT6],
  note="renamed: 2025 消费者权益保护和…, 2026 消费维权和…")
Q("yoy", "市监局今年比去年新增了哪项任务", [yuan(amt(SJ6, SJ_NEW))], [SJ_NEW])
Q("yoy", "市监局发明专利授权量指标去年多少，今年多少", [iv(SJ5, "发明专利授权量"), iv(SJ6, "发明专利授权量")])
Q("yoy", "特种设备安全形势这个指标，市监局去年和今年分别怎么写的",
  [iv(SJ5, "特种设备安全形势"), iv(SJ6, "特种设备安全形势")])
Q("yoy", "工信局去年预算多少，今年涨了多少", expect="not_found", absent=[wan(total(GX))], note="工信局 2025 not loaded")
f5, f6 = b(SJ5, "财政拨款"), b(SJ6, "财政拨款")
Q("yoy", "市监局财政拨款同比增长多少", [wan(f6 - f5), pct((f6 - f5) * 100 / f5)])

# ================================================================== typo
Q("typo", "工信侷今年預算合計多少", [wan(total(GX))])
Q("typo", "團市委的青年就業創業扶持經費", [yuan(amt(TW, TW_JY))], absent=["3480600元"])
Q("typo", "市場監管局２０２５年預算合計", [wan(total(SJ5))], absent=[wan(total(SJ6))])
Q("typo", "共青团东筦市委财政供养人员多少", [N(people(TW))])
Q("typo", "工性局技改资助经费多少", [yuan(amt(GX, GX_TECH))])
Q("typo", "团市伟志愿服务体系建设经费是多少", [yuan(amt(TW, TW_ZY))], absent=[yuan(amt(HH, "红十字志愿服务和青少年工作经费"))])
Q("typo", "工信局专精特心企业培育奖励经费", [yuan(amt(GX, GX_ZJTX))], absent=[yuan(amt(KJ, "高新技术企业培育"))])
Q("typo", "市监局２０２６年执法人员业务培训经费", [yuan(amt(SJ6, "执法人员业务培训经费"))],
  absent=[yuan(amt(SJ5, "执法人员业务培训经费"))], scope="other")
Q("typo", "團市委培訓學員滿意度要求多少", [iv(TW, "培训学员满意度")], absent=["≥92%"])
Q("typo", "工信局５Ｇ基站累计建了多少", [prose(GX, "3.2万个")], note="full-width 5G; goal only")

# ================================================================== not_found
Q("not_found", "团市委2025年预算是多少", expect="not_found", absent=[wan(total(TW))], note="团市委 2025 not loaded")
Q("not_found", "那今年的呢", [wan(total(TW))], [TWN], follow=True)
Q("not_found", "工信局2025年技改资助经费多少", expect="not_found", absent=[yuan(amt(GX, GX_TECH))])
Q("not_found", "市监局2024年预算合计", expect="not_found", absent=[wan(total(SJ5)), wan(total(SJ6))], scope="other")
Q("not_found", "深圳市工业和信息化局今年预算多少", expect="not_found", absent=[wan(total(GX))], scope="other")
Q("not_found", "广州团市委今年预算多少", expect="not_found", absent=[wan(total(TW))], scope="other")
Q("not_found", "东莞市青年联合会今年的预算", expect="not_found", scope="other")
Q("not_found", "工信局电力保障经费多少", expect="not_found")
Q("not_found", "团市委少先队活动经费是多少", expect="not_found")
Q("not_found", "东莞市国资委2026年预算合计", expect="not_found", scope="other")
Q("not_found", "市监局2025年智慧市场监管平台什么时候上线", expect="not_found",
  absent=[iv(SJ6, "智慧市场监管平台上线时间")], note="2026-only indicator")

# ================================================================== trap
Q("trap", "工信局补助资金审核准确率要求多少", [iv(GX, "补助资金审核准确率")], ["补助资金审核准确率"],
  absent=[iv(SW, "补助资金审核准确率")], scope="mixed", note="商务局's indicator of the same name is 100%")
qy = sorted(stem(t) for t in DG if any(i["level3"] == "企业满意度" for i in t["indicators"]))
Q("trap", "企业满意度的指标要求是多少", names=qy, expect="ok_or_clarify", scope="mixed",
  note="four departments hold 企业满意度 with different values")
Q("trap", "团市委培训学员满意度多少", [iv(TW, "培训学员满意度")], absent=["≥92%"], scope="mixed",
  note="农业农村局 ≥92%, 红会 / 档案局 ≥90%")
Q("trap", "工信局的外经贸企业培训经费多少", expect="not_found", absent=[yuan(amt(SW, "外经贸企业培训经费"))], scope="mixed",
  note="商务局's item; 工信局 has 企业经营管理人才培训经费")
Q("trap", "团市委的红十字志愿服务和青少年工作经费", expect="not_found",
  absent=[yuan(amt(HH, "红十字志愿服务和青少年工作经费"))], scope="mixed", note="红会's item")
Q("trap", "团市委注册志愿者210万是今年新增的指标吗", [iv(TW, "新增注册志愿者")], yesno="否",
  note="210万 is the cumulative goal; the year's indicator is ≥3万人")
Q("trap", "市监局执法人员业务培训经费多少", [yuan(amt(SJ6, "执法人员业务培训经费"))],
  absent=[yuan(amt(SJ5, "执法人员业务培训经费")), yuan(amt(SF, "司法行政人员培训经费"))], scope="other",
  note="no year = 2026; 2025 1152000; 司法局 1268000")
Q("trap", "团市委宣传那块经费多少", [yuan(amt(TW, TW_YX))], [TW_YX], absent=["2365000元", "2365800元"], scope="mixed",
  note="退役军人 2365000, 应急 2365800")
Q("trap", "工信局指标里技改带动工业投资是620亿吧", [iv(GX, "带动工业投资")], yesno="否",
  note="620亿元 is the goal's 技改投资; the indicator is ≥500亿元")
Q("trap", "市监局2025年的信息化建设经费多少", expect="not_found", absent=[yuan(amt(SJ6, SJ_NEW))],
  note="2025 has no 信息化 task")

# ------------------------------------------------------------------ write
assert len(ROWS) == 160, len(ROWS)
for r in ROWS:
    for f in r["figures"]:
        for a in r["absent"]:
            assert a != f
(HERE.parent / "batch_20.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in ROWS),
                                            encoding="utf-8")
print("scope:", dict(Counter(SCOPE.values())))
cats = list(dict.fromkeys(r["category"] for r in ROWS))
exps = ["ok", "not_found", "clarify", "ok_or_clarify"]
print("| category | total | " + " | ".join(exps) + " |")
for c in sorted(cats, key=lambda c: list(dict.fromkeys(["item_money", "indicator", "overview", "prose", "filter", "count",
                                                        "aggregate", "ranking", "compare", "structure", "yesno", "yoy",
                                                        "typo", "not_found", "trap", "followup"])).index(c)):
    rs = [r for r in ROWS if r["category"] == c]
    print(f"| {c} | {len(rs)} | " + " | ".join(str(sum(r['expect'] == e for r in rs)) for e in exps) + " |")
print(f"| total | {len(ROWS)} | " + " | ".join(str(sum(r['expect'] == e for r in ROWS)) for e in exps) + " |")
