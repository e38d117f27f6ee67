"""Second, independent check of tests/blind/batch_35.jsonl (0 errors required).

Written apart from gen_batch35.py / truth35.py: loads the tables itself (batches.json's list for batch_35, which must be
batch 34's list + the five new slugs, and the five fixture tables); checks the five new tables against values typed here
by hand (budget lines, 预算合计, people, every task amount and section; 镇街 subsidy = 对下 line (大岭山: no subsidy, 对下
0.00); tasks within 项目支出; the 2025/2026 differences of 网信办; every new amount unique; look-alike amounts, names and
indicators); recomputes ranks, sums and counts of the 88 东莞 2026 departments and compares them with values worked out
on paper; checks every line's expect / yes-no / first figure / chain against a hand table; members and orders of lists;
required absents; figures accounted for; category counts.

`verify35.py FILE` checks a copy.
"""

from __future__ import annotations

import json
import sys
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
BLIND = HERE.parent
ROOT = BLIND.parents[1]
sys.path.insert(0, str(ROOT))
CATS = {"item_money": 15, "indicator": 13, "overview": 5, "structure": 2, "prose": 18, "filter": 8, "count": 8,
        "aggregate": 9, "ranking": 11, "compare": 11, "yesno": 15, "yoy": 15, "not_found": 7, "trap": 8,
        "followup": 15}
FIELDS = ["id", "q", "category", "expect", "figures", "names", "yesno", "absent", "followup_of", "note"]
NEW = ["wangxinban_2026", "wangxinban_2025", "teshujiaoyu_2026", "dianshitai_2026", "dalingshan_2026"]
d = lambda v: Decimal(str(v))  # noqa: E731
ERR: list[str] = []
err = ERR.append


def r2(x):
    return x.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def W(x):
    return f"{r2(d(x))}万元"


def Y(x):
    return f"{int(x)}元"


def P(x):
    return f"{r2(x)}%"


lists = json.loads((BLIND / "batches.json").read_text(encoding="utf-8"))
if lists.get("batch_35.jsonl") != lists["batch_34.jsonl"] + NEW:
    err("batches.json: batch_35 list is not batch 34's + the five new slugs")
if len(set(lists["batch_35.jsonl"])) != len(lists["batch_35.jsonl"]):
    err("batches.json: duplicates")
TABLES = {}
for slug in lists["batch_35.jsonl"]:
    if not slug.startswith("import:"):
        TABLES[slug] = json.loads((BLIND / "tables" / f"{slug}.json").read_text(encoding="utf-8"))
from tests.fixtures.tables import FIXTURES  # noqa: E402

for f in FIXTURES:
    TABLES[f.slug] = f.export


def bl(t):
    return {x["name"]: d(x["amount_wan"]) for x in t["budget"]}


def tot(t):
    b = bl(t)
    return b["基本支出"] + b["项目支出"] + b.get("其他事业发展性支出", Decimal(0))


DG = [t for t in TABLES.values() if t.get("kind") != "project" and t["year"] == 2026
      and (t["department"].startswith("东莞") or "东莞市" in t["department"]) and t.get("budget")]
if len(DG) != 88:
    err(f"东莞 2026 departments: {len(DG)}")
BY = {t["department"]: t for t in DG}
peo = lambda t: t["basic_info"]["财政供养人员数"]  # noqa: E731

WX = "中共东莞市委网络安全和信息化委员会办公室"
TXN, DSN, DLN = "东莞市特殊教育学校", "东莞市广播电视台", "东莞市大岭山森林公园管理处"
# dept, people, 基本, 项目, 其他事业发展性, 财政拨款, 其他资金, 专项, 市本级, 对下, 预算合计, tasks (K first three)
HAND = {
    "wangxinban_2026": (WX, 53, "1386.75", "7124.63", "456.46", "8912.36", "55.48", "1260.00", "1124.00", "136.00",
                        "8967.84",
                        [18643200, 8650900, 6486500, 1360000, 1357600, 962800, 1486300, 2135600, 3864200, 587300]),
    "wangxinban_2025": (WX, 49, "1312.58", "6486.27", "418.36", "8165.84", "51.37", "1140.00", "1024.00", "116.00",
                        "8217.21",
                        [16852400, 7964300, 5863200, 1160000, 1247300, 886400, 1865300, 3526800, 512600]),
    "teshujiaoyu_2026": (TXN, 182, "3864.52", "3126.85", "247.09", "7186.27", "52.19", "480.00", "398.00", "82.00",
                         "7238.46",
                         [12468300, 3642800, 2385600, 820000, 1965300, 1486700, 1264500, 1138600, 568400, 1326700]),
    "dianshitai_2026": (DSN, 586, "24658.36", "41862.57", "2415.49", "39275.18", "29661.24", "3800.00", "3412.00",
                        "388.00", "68936.42",
                        [86452300, 38654200, 26438500, 3880000, 18625400, 12368400, 4862300, 1276300, 6245800,
                         2384600]),
    "dalingshan_2026": (DLN, 62, "1286.43", "2938.65", "161.49", "4318.26", "68.31", "620.00", "620.00", "0.00",
                        "4386.57",
                        [6486200, 5864900, 4328600, 2364500, 1537300, 2184600, 1265300, 965900, 862400, 1086200]),
}
LINES = ["基本支出", "项目支出", "其他事业发展性支出", "财政拨款", "其他资金", "财政专项资金", "市本级使用资金", "拟用于对下转移支付资金"]
for slug, (dept, ppl, *v) in HAND.items():
    t = TABLES[slug]
    if t["department"] != dept or peo(t) != ppl:
        err(f"{slug}: name / people")
    for line, x in zip(LINES, v[:8], strict=True):
        if bl(t)[line] != d(x):
            err(f"{slug}: {line}")
    if tot(t) != d(v[8]) or d(v[3]) + d(v[4]) != d(v[8]) or d(v[5]) != d(v[6]) + d(v[7]):
        err(f"{slug}: identities")
    if [x["amount_yuan"] for x in t["tasks"]] != v[9]:
        err(f"{slug}: task amounts")
    if [x["section"] for x in t["tasks"]][:3] != ["年度重点工作任务"] * 3 or \
            any(x["section"] != "其他需完成的任务" for x in t["tasks"][3:]):
        err(f"{slug}: sections")
    if sum(v[9]) > d(v[1]) * 10000:
        err(f"{slug}: tasks exceed 项目支出")
    down = [x["amount_yuan"] for x in t["tasks"] if x["name"].startswith("镇街")]
    if down != ([int(d(v[7]) * 10000)] if d(v[7]) else []):
        err(f"{slug}: 镇街 != 对下")
    inds = t["indicators"]
    if not (any(i["period_value"] != i["annual_value"] for i in inds) and any("%" in i["annual_value"] for i in inds)
            and any(not any(c.isdigit() for c in i["annual_value"]) for i in inds)
            and any("元/" in i["annual_value"] for i in inds) and 4 <= len(t["goals"]) <= 5
            and 14 <= len(inds) <= 16):
        err(f"{slug}: shape")
    if slug != "wangxinban_2025" and not any("日前" in i["annual_value"] for i in inds):
        err(f"{slug}: no date")
IND = {s: {i["level3"]: i for i in TABLES[s]["indicators"]} for s in TABLES}
X6, X5 = IND["wangxinban_2026"], IND["wangxinban_2025"]
CHANGED = {"网信干部人均培训成本", "监测党政机关网站和政务新媒体", "报送舆情信息", "受理网络违法和不良信息举报",
           "培训网信干部和网络评论员", "重大舆情报送时限", "网络生态", "网民满意度"}
if set(X6) - set(X5) != {"生成式人工智能服务备案辅导完成时间"} or set(X5) - set(X6) or \
        {n for n in X5 if X5[n]["annual_value"] != X6[n]["annual_value"]} != CHANGED or \
        any(X5[n]["period_value"] != X6[n]["period_value"] for n in X5 if X5[n]["period_value"] != X5[n]["annual_value"]):
    err("网信办 indicator changes")
if (X5["网络生态"]["annual_value"], X6["网络生态"]["annual_value"]) != ("明显改善", "持续向好"):
    err("网信办 qualitative wording")
n6 = {x["name"] for x in TABLES["wangxinban_2026"]["tasks"]}
n5 = {x["name"] for x in TABLES["wangxinban_2025"]["tasks"]}
if n6 - n5 != {"生成式人工智能服务安全评估和备案经费", "网信执法和属地网站平台管理经费"} or n5 - n6 != {"互联网信息内容执法检查经费"}:
    err("网信办 task changes")
ALL = {}
for s, t in TABLES.items():
    for x in t.get("tasks", []):
        ALL.setdefault(d(x["amount_yuan"]), []).append(s)
for s in NEW:
    for x in TABLES[s]["tasks"]:
        if len(ALL[d(x["amount_yuan"])]) != 1:
            err(f"amount not unique {s} {x['amount_yuan']} {ALL[d(x['amount_yuan'])]}")
# look-alike amounts: (mine, holder, theirs, how far at most)
for mine, slug, other, far in [(8650900, "zhengshuju_2026", 8650500, 400), (8650900, "gonganju_2026", 8650800, 100),
                               (1357600, "gongxinju_2026", 1358400, 800), (1357600, "fagaiju_2026", 1358000, 400),
                               (1537300, "linyeju_2026", 1536500, 800), (965900, "linyeju_2026", 965800, 100),
                               (12468300, "renminyiyuan_2026", 12486300, 18000),
                               (18625400, "tushuguan_2026", 18652400, 27000)]:
    if not 0 < abs(mine - other) <= far or slug not in ALL.get(d(other), []):
        err(f"look-alike {mine} / {other}")
SAME_NAME = [("智慧校园信息化建设经费", {"teshujiaoyu_2026": 1264500, "zhiyuan_2026": 7645200})]
for name, want in SAME_NAME:
    got = {s: x["amount_yuan"] for s, t in TABLES.items() if s in want for x in t.get("tasks", []) if x["name"] == name}
    holders26 = {t["department"] for t in DG for x in t["tasks"] if x["name"] == name}
    if got != want or len(holders26) != len(want):
        err(f"same-name task {name}: {got} {holders26}")
FIRE = {t["department"] for t in DG for i in t["indicators"] if i["level3"] == "森林火灾受害率"}
if FIRE != {"东莞市应急管理局", "东莞市林业局", DLN}:
    err(f"森林火灾受害率 holders {FIRE}")
for s, name, want in [("dalingshan_2026", "森林火灾受害率", "≤0.5‰"), ("linyeju_2026", "森林火灾受害率", "≤0.8‰"),
                      ("yingji_2026", "森林火灾受害率", "≤0.9‰"), ("dalingshan_2026", "森林覆盖率", "≥88%"),
                      ("linyeju_2026", "森林覆盖率", "≥36.6%"), ("ziranziyuan_2026", "森林覆盖率", "≥36.5%"),
                      ("dalingshan_2026", "游客满意度", "≥92%"), ("linyeju_2026", "游客满意度", "≥90%"),
                      ("keyuan_2026", "游客满意度", "≥95%"), ("dalingshan_2026", "接待游客", "≥260万人次"),
                      ("keyuan_2026", "接待游客", "≥90万人次"), ("linyeju_2026", "森林公园年接待游客", "≥1000万人次"),
                      ("dalingshan_2026", "松材线虫病疫木除治单价", "≤240元/株"),
                      ("linyeju_2026", "松材线虫病疫木除治单价", "≤260元/株"),
                      ("dianshitai_2026", "观众满意度", "≥90%"), ("bowuguan_2026", "观众满意度", "≥96%"),
                      ("jiaoyuju_2026", "特殊教育资源教室建设数量", "≥25间"),
                      ("teshujiaoyu_2026", "巡回指导特殊教育资源教室", "≥60间")]:
    if IND[s].get(name, {}).get("annual_value") != want:
        err(f"look-alike indicator {s} {name}")

# ---------------------------------------------------------------- recipes vs paper
H = {s: v[-1] for s, v in HAND.items()}
TOT = {s: d(v[10]) for s, v in HAND.items()}


def rk(key, name):
    o = sorted(DG, key=key, reverse=True)
    ks = [key(t) for t in o]
    i = [t["department"] for t in o].index(name)
    if ks.count(ks[i]) != 1:
        err(f"tie at {name}")
    return f"#{i + 1}"


WG = "东莞市文化广电旅游体育局"
base = lambda t: bl(t)["基本支出"]  # noqa: E731
oth = lambda t: bl(t)["其他资金"]  # noqa: E731
nw = "网络"
RECIPES = {
    "035": rk(tot, WX), "062": Y(sum(a for a in H["wangxinban_2026"] if a > 2000000)),
    "071s": Y(sum(H["wangxinban_2026"][:3])),  # second figure of b35-071
    "072": P(d(sum(H["wangxinban_2026"][:3])) / sum(H["wangxinban_2026"]) * 100),
    "076": f"#{len(DG)}", "077": f"#{sum(nw in x['name'] for t in DG for x in t['tasks'])}",
    "078": f"#{sum(peo(t) > 500 for t in DG)}", "079": f"#{sum(tot(t) < 5000 for t in DG)}",
    "080": Y(sum(H["teshujiaoyu_2026"])), "081": P(d(sum(H["teshujiaoyu_2026"])) / d("31268500") * 100),
    "082": W(TOT["wangxinban_2026"] + tot(BY["东莞市信访局"])),
    "083": W(sum(TOT[s] for s in NEW if s != "wangxinban_2025")), "084": W(sum(tot(t) for t in DG)),
    "085": P(d("29661.24") / TOT["dianshitai_2026"] * 100), "086": f"{r2(d(sum(H['dalingshan_2026'])) / 10)}元",
    "087": Y(sum(x["amount_yuan"] for t in DG for x in t["tasks"] if nw in x["name"])), "088": P(d(136) / d(1260) * 100),
    "089": f"#{586 + peo(BY[WG])}", "092": rk(tot, DSN), "093": rk(tot, WG), "094": rk(tot, WX), "095": rk(tot, TXN),
    "096": rk(tot, DLN), "097": rk(oth, DSN), "098": rk(peo, DSN), "099": rk(base, WX), "100": rk(base, TXN),
    "103": W(TOT["dianshitai_2026"] - tot(BY[WG])), "104": W(tot(BY["东莞市信访局"]) - TOT["wangxinban_2026"]),
    "105": W(tot(BY["东莞市妇女联合会"]) - TOT["teshujiaoyu_2026"]),
    "106": W(TOT["dalingshan_2026"] - tot(BY["东莞市总工会"])),
    "107": Y(7645200 - 1264500), "108": Y(8650900 - 8650500), "109": Y(1537300 - 1536500), "110": Y(18643200 - 2365200),
    "111": W(bl(BY["东莞职业技术学院"])["基本支出"] - d("24658.36")), "112": Y(965900 - 965800), "113": f"#{586 - 53}",
    "130": W(TOT["wangxinban_2026"] - TOT["wangxinban_2025"]),
    "131": P((TOT["wangxinban_2026"] - TOT["wangxinban_2025"]) / TOT["wangxinban_2025"] * 100),
    "133": Y(18643200 - 16852400), "137": Y(2135600 - 1865300),
}
EXTRA = {Y(sum(H["wangxinban_2025"]))}  # second figure of b35-138 (2025 task total)
PAPER = {"035": "#67", "062": "39780400元", "071s": "33780600元", "072": "74.19%", "076": "#88", "077": "#12",
         "078": "#11", "079": "#9", "080": "27066900元", "081": "86.56%", "082": "17942.00万元", "083": "89529.29万元",
         "084": "4551863.86万元", "085": "43.03%", "086": "2694590.00元", "087": "65248000元", "088": "10.79%",
         "089": "#1214", "092": "#18", "093": "#19", "094": "#67", "095": "#71", "096": "#80", "097": "#5", "098": "#11",
         "099": "#76", "100": "#40", "103": "36.27万元", "104": "6.32万元", "105": "6.57万元", "106": "187.67万元",
         "107": "6380700元", "108": "400元", "109": "800元", "110": "16278000元", "111": "2187.01万元", "112": "100元",
         "113": "#533", "130": "750.63万元", "131": "9.13%", "133": "1790800元", "137": "270300元"}
if {"39878300元"} != EXTRA:
    err("2025 task total")
for k in PAPER:
    if RECIPES.get(k) != PAPER[k]:
        err(f"recipe {k}: {RECIPES.get(k)} != paper {PAPER[k]}")
# yes/no thresholds worked out on paper
if not (d("39275.18") / TOT["dianshitai_2026"] > d("0.5")):  # 115: 56.97 %
    err("115 threshold")
if not (TOT["dianshitai_2026"] > 60000 and max(H["teshujiaoyu_2026"]) < 15000000 and peo(BY[WX]) > 50
        and TOT["dalingshan_2026"] < 5000 and TOT["wangxinban_2026"] < tot(BY["东莞市信访局"])):  # 114, 124, 118, 128, 121
    err("114 / 118 / 121 / 124 / 128 threshold")

# ---------------------------------------------------------------- hand table: id expect yesno first-figure followup_of
HT = """
001 ok - 18643200元 -|002 ok - 16852400元 001|003 ok - 8650900元 -|004 ok - 1357600元 -|005 ok - 1486300元 -
006 ok - 2385600元 -|007 ok - 12468300元 -|008 ok - 3642800元 -|009 ok - 1264500元 -|010 ok - 7645200元 009
011 ok - 86452300元 -|012 ok - 18625400元 -|013 ok - 3880000元 -|014 ok - 6486200元 -|015 ok - 1537300元 -
016 ok - 965900元 -|017 ok - 2364500元 -|018 ok - ≥3.6万条 -|019 ok - ≥10.8万条 018|020 ok - ≤1小时 -
021 ok - ≥98% -|022 ok - ≥4800人次 -|023 ok - ≤320元/人次 -|024 ok - ≤15元/生/日 -|025 ok - ≥60间 -
026 ok - ≥99.99% -|027 ok - 2026年9月30日前 -|028 ok - ≥90% -|029 ok - ≥88% -|030 ok - ≥260万人次 -
031 ok - ≥92% 030|032 ok - ≤240元/株 -|033 ok - 8967.84万元 -|034 ok - 1386.75万元 033|035 ok - #67 034
036 ok - 39275.18万元 -|037 ok - #182 -|038 ok - 4386.57万元 -|039 ok - 247.09万元 -|040 ok - - -
041 ok - - -|042 ok - 120起 -|043 ok - 3.8万条 -|044 ok - 2600个 -|045 ok - 1900个 -
046 ok - 3500个 -|047 ok - 30家 -|048 ok - 420万户 -|049 ok - 1800万 -|050 ok - 2.8亿元 -
051 ok - 2200个 -|052 ok - 58个 -|053 ok - 180名 -|054 ok - 5000人次 053|055 ok - 24名 -
056 ok - 120个 -|057 ok - 4.3万亩 -|058 ok - 6500株 -|059 ok - 3万人次 -|060 ok - 280万人次 -
061 ok - - -|062 ok - 39780400元 061|063 ok - - -|064 ok - - -|065 ok - - -
066 ok - - -|067 ok - - -|068 ok - - -|069 ok - - -|070 ok - #10 -
071 ok - #3 070|072 ok - 74.19% 071|073 ok - #15 -|074 ok - #5 -|075 ok - #2 -
076 ok - #88 -|077 ok - #12 -|078 ok - #11 -|079 ok - #9 -|080 ok - 27066900元 -
081 ok - 86.56% 080|082 ok - 17942.00万元 -|083 ok - 89529.29万元 -|084 ok - 4551863.86万元 -|085 ok - 43.03% -
086 ok - 2694590.00元 -|087 ok - 65248000元 -|088 ok - 10.79% -|089 ok - #1214 -|090 ok - 86452300元 -
091 ok - 1276300元 090|092 ok - #18 -|093 ok - #19 092|094 ok - #67 -|095 ok - #71 -
096 ok - #80 -|097 ok - #5 -|098 ok - #11 -|099 ok - #76 -|100 ok - #40 -
101 ok - 5864900元 -|102 ok - 4386.57万元 -|103 ok - 36.27万元 -|104 ok - 6.32万元 -|105 ok - 6.57万元 -
106 ok - 187.67万元 -|107 ok - 6380700元 -|108 ok - 400元 -|109 ok - 800元 -|110 ok - 16278000元 -
111 ok - 2187.01万元 -|112 ok - 100元 -|113 ok - #533 -|114 ok 是 68936.42万元 -|115 ok 是 39275.18万元 -
116 ok 是 2026年9月30日前 -|117 ok 是 ≥99.99% -|118 ok 是 #53 -|119 ok 是 136.00万元 -|120 ok 否 2026年11月30日前 -
121 ok 否 8967.84万元 -|122 ok 是 2026年8月31日前 -|123 ok 是 ≥95% -|124 ok 否 12468300元 -|125 ok 否 0.00万元 -
126 ok 是 2026年4月30日前 -|127 ok 是 ≤0.5‰ -|128 ok 否 4386.57万元 -|129 ok - 8217.21万元 -|130 ok - 750.63万元 -
131 ok - 9.13% 130|132 ok - #49 -|133 ok - 1790800元 -|134 ok - 1486300元 -|135 ok - 1865300元 -
136 ok - 2135600元 -|137 ok - 270300元 -|138 ok - #9 -|139 ok - 明显改善 -|140 ok - - -
141 ok - ≤2小时 -|142 ok - 3.4万条 -|143 ok - 1160000元 -|144 ok - ≥88% -|145 not_found - - -
146 ok - 8217.21万元 145|147 not_found - - -|148 not_found - - -|149 not_found - - -|150 not_found - - -
151 not_found - - -|152 not_found - - -|153 not_found - - -|154 not_found - - -|155 not_found - - -
156 not_found - - -|157 ok_or_clarify - - -|158 ok_or_clarify - - -|159 ok - 2365200元 -|160 ok - 1536500元 -
"""
HAND_TABLE = {}
for cell in HT.replace("\n", "|").split("|"):
    if cell.strip():
        n, e, yn, f1, fu = cell.split()
        HAND_TABLE[f"b35-{n}"] = (e, None if yn == "-" else yn, None if f1 == "-" else f1, None if fu == "-" else f"b35-{fu}")
MEMBERS = {
    "040": {"4K超高清频道开播时间", "突发事件新闻首发时限"},
    "041": {"生态休闲服务水平", "森林火灾受害率", "林业有害生物成灾率", "森林生态系统稳定性"},
    "061": {"网络舆情监测和应急处置经费", "网络安全监测预警和攻防演练经费", "网络文明建设和正能量传播经费",
            "网信执法和属地网站平台管理经费", "网络安全应急指挥中心运行维护经费"},
    "063": {"残疾学生生活补助和营养餐经费", "残疾学生职业教育和实训基地经费", "智慧校园信息化建设经费", "学生校车接送服务经费",
            "校园安保和物业管理经费"},
    "064": {"镇街应急广播系统建设补助", "媒资库数字化和历史音像资料抢救经费", "采编播人员业务培训经费",
            "公益广告和城市形象宣传片制作经费"},
    "065": {"林区巡护里程"},
    "066": {"残疾学生融合教育水平", "特殊教育服务体系"},
    "067": {"森林火灾受害率", "林业有害生物成灾率"},
    "068": {WG, "东莞市社会保险基金管理中心", DSN},
    "069": {"东莞市信访局", WX, "东莞市科学技术协会", "东莞市殡葬管理所"},
    "140": CHANGED,
}
if {t["department"] for t in DG if 500 <= peo(t) <= 700} != MEMBERS["068"]:
    err("068 vs tables")
if {t["department"] for t in DG if 8000 <= tot(t) <= 9000} != MEMBERS["069"]:
    err("069 vs tables")
ORDER = {"102": [DLN, TXN, WX, DSN], "090": ["超高清电视制播系统升级改造经费"], "091": ["采编播人员业务培训经费"],
         "101": ["林分优化和生态修复经费"], "134": ["生成式人工智能服务安全评估和备案经费"],
         "136": ["网信执法和属地网站平台管理经费"], "135": ["互联网信息内容执法检查经费"]}
if any(peo(t) in (50, 500, 700) for t in DG) or any(tot(t) in (d(5000), d(8000), d(9000), d(60000)) for t in DG) or \
        any(x["amount_yuan"] in (1000000, 2000000, 5000000, 15000000) for s in NEW for x in TABLES[s]["tasks"]):
    err("a value on a threshold")
FULL = {"034": "1386.75万元 7124.63万元", "036": "39275.18万元 29661.24万元", "037": "#182 #0", "051": "2200个 33个",
        "071": "#3 33780600元", "102": "4386.57万元 7238.46万元 8967.84万元 68936.42万元",
        "103": "36.27万元 68936.42万元 68900.15万元", "104": "6.32万元 8967.84万元 8974.16万元",
        "105": "6.57万元 7238.46万元 7245.03万元", "106": "187.67万元 4386.57万元 4198.90万元",
        "107": "6380700元 1264500元 7645200元", "108": "400元 8650900元 8650500元", "109": "800元 1537300元 1536500元",
        "110": "16278000元 18643200元 2365200元", "111": "2187.01万元 24658.36万元 26845.37万元",
        "112": "100元 965900元 965800元", "113": "#533 #586 #53", "130": "750.63万元 8967.84万元 8217.21万元",
        "132": "#49 #53", "133": "1790800元 18643200元 16852400元", "137": "270300元 2135600元 1865300元",
        "138": "#9 39878300元"}
REQ_ABSENT = {"001": "2365200元", "002": "18643200元", "003": "8650500元", "004": "1358400元", "006": "2240000元",
              "007": "12486300元", "008": "6892000元", "009": "7645200元", "010": "1264500元", "012": "18652400元",
              "014": "24360000元", "015": "1536500元", "016": "965800元", "017": "46320500元", "018": "≥3.2万条",
              "020": "≤2小时", "025": "≥25间", "028": "≥96%", "029": "≥36.6%", "030": "≥1000万人次", "031": "≥90%",
              "032": "≤260元/株", "139": "持续向好", "141": "≤1小时", "143": "1360000元", "144": "≥90%",
              "145": "8217.21万元", "147": "2385600元", "148": "4386.57万元", "149": "68936.42万元", "150": "8967.84万元",
              "152": "68936.42万元", "153": "4386.57万元", "154": "8650500元", "155": "6892000元", "156": "21600800元",
              "159": "18643200元", "160": "1537300元"}
NOT_ABSENT = {"018": ["≥10.8万条"], "022": ["≥1.44万人次"], "043": ["≥3.6万条"], "045": ["≥1800个"],
              "050": ["≥2.6亿元"], "051": ["≥2000个"], "054": ["≥4800人次"], "060": ["≥260万人次"], "142": ["≥3.2万条"],
              "129": ["8967.84万元"], "002": ["16852400元"]}
COUNTERPART = {"043", "045", "050", "051", "054", "060", "142"}
STORED = set()
for t in TABLES.values():
    for x in t.get("tasks", []):
        STORED.add(Y(x["amount_yuan"]) if float(x["amount_yuan"]).is_integer() else f"{x['amount_yuan']}元")
    for x in t.get("budget", []):
        STORED.add(W(x["amount_wan"]))
    if t.get("budget"):
        STORED.update({W(tot(t)), f"#{peo(t)}", f"#{t['basic_info'].get('下属二级单位数')}"})
    for i in t.get("indicators", []):
        STORED.update(v for v in (i["period_value"], i["annual_value"]) if v)
    STORED.update({f"#{len(t.get('tasks', []))}", f"#{len(t.get('indicators', []))}"})
    for lv2 in ("数量指标", "时效指标"):
        STORED.add(f"#{sum(1 for i in t.get('indicators', []) if i['level2'] == lv2)}")
    STORED.add(f"#{sum(1 for i in t.get('indicators', []) if i['level1'] == '成本指标')}")
GOALS = "".join(g for s in NEW for g in TABLES[s]["goals"])
ALLGOALS = "".join(g for t in TABLES.values() for g in t.get("goals", []) if isinstance(g, str))

path = Path(sys.argv[1]) if len(sys.argv) > 1 else BLIND / "batch_35.jsonl"
rows = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
if len(rows) != 160:
    err(f"{len(rows)} lines")
cnt = {c: 0 for c in CATS}
prev = None
for r in rows:
    rid = r["id"]
    k = rid[4:]
    if list(r) != FIELDS:
        err(f"{rid}: fields")
    cnt[r["category"]] = cnt.get(r["category"], 0) + 1
    e, yn, f1, fu = HAND_TABLE.get(rid, (None,) * 4)
    if r["expect"] != e or r["yesno"] != yn or (r["figures"][0] if r["figures"] else None) != f1:
        err(f"{rid}: expect / yesno / first figure")
    if r["followup_of"] != fu or (fu and fu != prev) or (r["category"] == "followup") != bool(fu):
        err(f"{rid}: chain")
    if r["expect"] in ("not_found", "ok_or_clarify") and (r["figures"] or r["names"]):
        err(f"{rid}: figures on a {r['expect']} line")
    for f in r["figures"]:
        if not (f in STORED or (f in GOALS and not f.startswith("#")) or f in PAPER.values() or f in EXTRA):
            err(f"{rid}: figure {f} unaccounted for")
    if (len(r["figures"]) > 1 or k in FULL) and r["figures"] != FULL.get(k, "").split():
        err(f"{rid}: figures {r['figures']}")
    if k in PAPER and r["figures"][0] != PAPER[k]:
        err(f"{rid}: recipe")
    if k in COUNTERPART and not any(w in r["q"] for w in ("目标", "大概")):
        err(f"{rid}: counterpart goal figure without 目标 / 大概")
    for x in r["absent"]:
        if x in r["figures"] or (x not in STORED and x not in ALLGOALS):
            err(f"{rid}: absent {x}")
    if k in REQ_ABSENT and REQ_ABSENT[k] not in r["absent"]:
        err(f"{rid}: required absent missing")
    for v in NOT_ABSENT.get(k, []):
        if v in r["absent"]:
            err(f"{rid}: {v} must not be absent")
    if k in MEMBERS and set(r["names"]) != MEMBERS[k]:
        err(f"{rid}: members")
    if k in ORDER and r["names"][:len(ORDER[k])] != ORDER[k]:
        err(f"{rid}: order")
    if "[scope: " not in r["note"]:
        err(f"{rid}: no scope")
    prev = rid
if cnt != CATS:
    err(f"category counts {cnt}")
for m in ERR:
    print("ERROR", m)
print(f"{len(ERR)} errors")
sys.exit(1 if ERR else 0)
