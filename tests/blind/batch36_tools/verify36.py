"""Second, independent check of tests/blind/batch_36.jsonl (0 errors required).

Written apart from gen_batch36.py / truth36.py: loads the tables itself (batches.json's list for batch_36, which must be
batch 35's list + the five new slugs, and the five fixture tables); checks the five new tables against values typed here
by hand (budget lines, 预算合计, people, every task amount; 镇街 subsidy = 对下 line (技师学院: none, 对下 0.00); tasks
within 项目支出; the 2025/2026 differences of 政法委; every new amount unique; look-alike amounts); recomputes ranks, sums
and counts of the 92 东莞 2026 departments and compares them with values worked out on paper; checks every line's
expect / yes-no / first figure / chain against a hand table; required absents; figures on not_found lines; category
counts.

`verify36.py FILE` checks a copy.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
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
NEW = ["zhengfawei_2026", "zhengfawei_2025", "haiyangzhifa_2026", "bayuan_2026", "jishixueyuan_2026"]
d = lambda v: Decimal(str(v))  # noqa: E731
ERR: list[str] = []
err = ERR.append


def r2(x):
    return x.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


lists = json.loads((BLIND / "batches.json").read_text(encoding="utf-8"))
if lists.get("batch_36.jsonl") != lists["batch_35.jsonl"] + NEW:
    err("batches.json: batch_36 list is not batch 35's + the five new slugs")
if len(set(lists["batch_36.jsonl"])) != len(lists["batch_36.jsonl"]):
    err("batches.json: duplicates")
TABLES = {}
for slug in lists["batch_36.jsonl"]:
    if not slug.startswith("import:"):
        TABLES[slug] = json.loads((BLIND / "tables" / f"{slug}.json").read_text(encoding="utf-8"))
from tests.fixtures.tables import FIXTURES  # noqa: E402

for f in FIXTURES:
    TABLES[f.slug] = f.export


def bl(t):
    return {b["name"]: d(b["amount_wan"]) for b in t.get("budget", [])}


def tot(t):
    b = bl(t)
    return b["基本支出"] + b["项目支出"] + b.get("其他事业发展性支出", Decimal(0))


def is_dg(t):
    n = t.get("department", "")
    return t.get("kind") != "project" and t.get("year") == 2026 and (n.startswith("东莞") or (
        n.startswith(("中共", "共青团")) and "东莞市" in n)) and bool(t.get("budget"))


DG = [t for t in TABLES.values() if is_dg(t)]
if len(DG) != 92:
    err(f"东莞 2026 set: {len(DG)} != 92")
BYN = {t["department"]: t for t in DG}

# ---------------------------------------------------------------- hand-typed tables
HAND = {
    "zhengfawei_2026": ("中共东莞市委政法委员会", 76, "2468.53 9586.24 519.09 12486.55 87.31 1580.00 1296.00 284.00", "12573.86",
                        [8650200, 14286300, 6847500, 2840000, 1537400, 3268400, 1205000, 1487600, 968300, 2374800], 15),
    "zhengfawei_2025": ("中共东莞市委政法委员会", 72, "2352.16 8724.35 476.28 11471.92 80.87 1420.00 1168.00 252.00", "11552.79",
                        [7863500, 12954700, 2587400, 2520000, 1418600, 2986900, 1126000, 1324800, 876400], 14),
    "haiyangzhifa_2026": ("东莞市海洋综合执法支队", 138, "3186.27 5962.48 379.89 9475.36 53.28 987.00 873.00 114.00", "9528.64",
                          [5683000, 4362800, 9847200, 1140000, 1284600, 2453900, 1862700, 846900, 1637400, 2137600], 15),
    "bayuan_2026": ("东莞市第八人民医院", 1268, "62458.36 33864.27 3163.74 21347.85 78138.52 2651.00 2404.00 247.00", "99486.37",
                    [42867300, 36586400, 15864200, 2470000, 5239000, 4386500, 8624700, 7968200, 2647300, 1357400], 15),
    "jishixueyuan_2026": ("东莞市技师学院", 468, "17456.82 15836.49 2569.16 27643.85 8218.62 1868.00 1868.00 0.00", "35862.47",
                          [48652700, 12638400, 9548300, 8960400, 2165800, 3486200, 2746800, 1528600, 4263500, 5184300], 15),
}
LINES = ["基本支出", "项目支出", "其他事业发展性支出", "财政拨款", "其他资金", "财政专项资金", "市本级使用资金", "拟用于对下转移支付资金"]
for slug, (name, people, lines, total, tasks, nind) in HAND.items():
    t = TABLES[slug]
    b = bl(t)
    if t["department"] != name:
        err(f"{slug}: name")
    if t["basic_info"]["财政供养人员数"] != people:
        err(f"{slug}: people")
    for k, v in zip(LINES, lines.split()):
        if b[k] != d(v):
            err(f"{slug}: {k} {b[k]} != {v}")
    if tot(t) != d(total) or b["财政拨款"] + b["其他资金"] != d(total):
        err(f"{slug}: total")
    if b["市本级使用资金"] + b["拟用于对下转移支付资金"] != b["财政专项资金"]:
        err(f"{slug}: 专项")
    if [x["amount_yuan"] for x in t["tasks"]] != tasks:
        err(f"{slug}: task amounts")
    if sum(tasks) > b["项目支出"] * 10000:
        err(f"{slug}: tasks above 项目支出")
    if len(t["indicators"]) != nind or not 4 <= len(t["goals"]) <= 5:
        err(f"{slug}: shape")
    sub = [x["amount_yuan"] for x in t["tasks"] if x["name"].startswith(("镇街", "沿海镇街"))]
    if sub != ([int(b["拟用于对下转移支付资金"] * 10000)] if b["拟用于对下转移支付资金"] else []):
        err(f"{slug}: 镇街 subsidy != 对下")
    inds = t["indicators"]
    if not any(i["period_value"] != i["annual_value"] for i in inds):
        err(f"{slug}: no period ≠ annual")
    if not any("元/" in i["annual_value"] for i in inds):
        err(f"{slug}: no cost")
    if not any("%" in i["annual_value"] for i in inds) or not any(
            not any(c.isdigit() for c in i["annual_value"]) for i in inds):
        err(f"{slug}: no % or qualitative")
    if t["year"] == 2026 and not any("2026年" in i["annual_value"] for i in inds):
        err(f"{slug}: no date")
# 2025 → 2026 of 政法委
z6 = {x["name"]: x for x in TABLES["zhengfawei_2026"]["tasks"]}
z5 = {x["name"]: x for x in TABLES["zhengfawei_2025"]["tasks"]}
if set(z6) - set(z5) != {"综治中心数字化平台建设经费", "平安东莞建设宣传经费"} or set(z5) - set(z6) != {"平安建设宣传和群防群治经费"}:
    err("政法委: new / renamed tasks")
i6 = {i["level3"]: i for i in TABLES["zhengfawei_2026"]["indicators"]}
i5 = {i["level3"]: i for i in TABLES["zhengfawei_2025"]["indicators"]}
CHANGED = ["专职网格员人均培训成本", "排查化解矛盾纠纷", "开展平安建设宣传活动", "培训专职网格员", "培训政法干警", "开展执法监督案件评查",
           "矛盾纠纷化解率", "网格事件按时办结率", "群众安全感", "社会治安环境", "群众对平安建设满意度"]
if [k for k in i5 if i5[k]["annual_value"] != i6[k]["annual_value"]] != CHANGED:
    err("政法委: changed indicators")
if set(i6) - set(i5) != {"综治中心数字化平台上线时间"}:
    err("政法委: 2026-only indicator")
if (i5["社会治安环境"]["annual_value"], i6["社会治安环境"]["annual_value"]) != ("基本稳定", "稳定向好"):
    err("政法委: qualitative wording")
if any(i5[k]["period_value"] != i6[k]["period_value"] for k in i5 if k not in CHANGED):
    err("政法委: a period value changed")
# every new amount unique among all loaded tables
held = Counter()
for slug, t in TABLES.items():
    if slug in NEW:
        continue
    for x in t.get("tasks", []):
        held[int(d(x["amount_yuan"]))] += 1
    for b in t.get("budget", []):
        held[int(d(b["amount_wan"]) * 10000)] += 1
for slug in NEW:
    for x in TABLES[slug]["tasks"]:
        if held[x["amount_yuan"]]:
            err(f"{slug}: {x['amount_yuan']} held elsewhere")


def other_task(dname, name):
    (x,) = [x for x in BYN[dname]["tasks"] if x["name"] == name]
    return int(d(x["amount_yuan"]))


LOOK = [("东莞市信访局", "信访矛盾纠纷多元化解经费", 8650700), ("东莞市司法局", "人民调解工作经费", 8650000),
        ("东莞市公安局", "禁毒宣传教育经费", 1536000), ("东莞市公安局", "见义勇为人员奖励和救助资金", 1250000),
        ("东莞市港务管理局", "港口行政执法和执法船艇运行经费", 5680300), ("东莞市交通运输综合行政执法支队", "交通运输执法宣传经费", 1862400),
        ("东莞市妇幼保健院", "医疗设备购置和更新经费", 65386400), ("东莞市妇幼保健院", "儿童早期发展和儿童保健服务经费", 5230900),
        ("东莞职业技术学院", "学生资助和奖助学金经费", 18960400), ("东莞职业技术学院", "职业技能等级认定和社会培训经费", 2156800),
        ("东莞市人力资源和社会保障局", "技工院校学生资助经费", 18960000)]
for dn, n, v in LOOK:
    if other_task(dn, n) != v:
        err(f"look-alike {dn} {n}")

# ---------------------------------------------------------------- recipes vs paper


def rk(key, name):
    order = sorted(DG, key=key, reverse=True)
    vals = [key(t) for t in order]
    i = [t["department"] for t in order].index(name)
    if vals.count(vals[i]) != 1:
        err(f"tie at {name}")
    return i + 1


ppl = lambda t: t["basic_info"]["财政供养人员数"]  # noqa: E731
PAPER = {
    "rank 八院": (rk(tot, "东莞市第八人民医院"), 13), "rank 技师": (rk(tot, "东莞市技师学院"), 37),
    "rank 政法委": (rk(tot, "中共东莞市委政法委员会"), 61), "rank 气象局": (rk(tot, "东莞市气象局"), 62),
    "rank 海洋": (rk(tot, "东莞市海洋综合执法支队"), 68), "people 八院": (rk(ppl, "东莞市第八人民医院"), 5),
    "people 技师": (rk(ppl, "东莞市技师学院"), 14),
    "其他资金 八院": (rk(lambda t: bl(t)["其他资金"], "东莞市第八人民医院"), 4),
    "基本 技师": (rk(lambda t: bl(t)["基本支出"], "东莞市技师学院"), 11),
    "基本 海洋": (rk(lambda t: bl(t)["基本支出"], "东莞市海洋综合执法支队"), 51),
    "all total": (sum(tot(t) for t in DG), d("4709315.20")),
    ">1000 people": (sum(ppl(t) > 1000 for t in DG), 7), ">10亿": (sum(tot(t) > 100000 for t in DG), 12),
    "1000-2000 people": (sorted(ppl(t) for t in DG if 1000 <= ppl(t) <= 2000), [1026, 1168, 1268, 1856]),
    "9500-10000": (sorted(str(tot(t)) for t in DG if 9500 <= tot(t) <= 10000), ["9516.72", "9528.64", "9639.35", "9647.28"]),
    "four sum": (sum(d(HAND[s][3]) for s in NEW if s != "zhengfawei_2025"), d("157451.34")),
    "政法委+司法局": (tot(TABLES["zhengfawei_2026"]) + tot(BYN["东莞市司法局"]), d("54521.78")),
    "yoy": (tot(TABLES["zhengfawei_2026"]) - tot(TABLES["zhengfawei_2025"]), d("1021.07")),
    "yoy pct": (r2((d("12573.86") - d("11552.79")) / d("11552.79") * 100), d("8.84")),
    "八院 其他资金 share": (r2(d("78138.52") / d("99486.37") * 100), d("78.54")),
    "对下 share": (r2(d("284") / d("1580") * 100), d("17.97")),
}
for k, (got, want) in PAPER.items():
    if got != want:
        err(f"paper {k}: {got} != {want}")

# ---------------------------------------------------------------- the file
path = Path(sys.argv[1]) if len(sys.argv) > 1 else BLIND / "batch_36.jsonl"
ROWS = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]
if len(ROWS) != 160:
    err("not 160 lines")
R = {r["id"]: r for r in ROWS}
for i, r in enumerate(ROWS, 1):
    if list(r) != FIELDS or r["id"] != f"b36-{i:03d}":
        err(f"{r['id']}: fields / id")
c = Counter(r["category"] for r in ROWS)
if dict(c) != CATS:
    err(f"categories {dict(c)}")
# hand table: id -> (expect, yesno, first figure or '-', followup_of or '')
HT = """
001 ok - 8650200元 | 002 ok - 7863500元 001 | 003 ok - 14286300元 | 004 ok - 1537400元 | 005 ok - 1205000元
006 ok - 5683000元 | 007 ok - 4362800元 | 008 ok - 1862700元 | 009 ok - 42867300元 | 010 ok - 36586400元
011 ok - 65386400元 010 | 012 ok - 5239000元 | 013 ok - 2470000元 | 014 ok - 48652700元 | 015 ok - 8960400元
016 ok - 2165800元 | 017 ok - 3486200元 | 018 ok - ≥4万宗 | 019 ok - ≥12万宗 018 | 020 ok - ≥97%
021 ok - ≥96% | 022 ok - 2026年10月15日前 | 023 ok - ≥4.2万海里 | 024 ok - ≤320元/海里 | 025 ok - ≤3个工作日
026 ok - ≤30分钟 | 027 ok - ≥93% | 028 ok - ≥1400人次 | 029 ok - ≤160元/例 | 030 ok - ≥97%
031 ok - ≥1.15万人 | 032 ok - ≥91% 031 | 033 ok - 99486.37万元 | 034 ok - 21347.85万元 033 | 035 ok - #13 034
036 ok - #468 | 037 ok - 9528.64万元 | 038 ok - 9586.24万元 | 039 ok - 2569.16万元 | 040 ok - -
041 ok - - | 042 ok - 590个 | 043 ok - 4100个 | 044 ok - 1.1万名 | 045 ok - 4.2万宗
046 ok - 80人 | 047 ok - 1600艘次 | 048 ok - 120艘 | 049 ok - 70个 | 050 ok - 36公里
051 ok - 24个 | 052 ok - 168万人次 | 053 ok - 9万人次 | 054 ok - 33个 | 055 ok - 12万人次
056 ok - 4200人 | 057 ok - 1.8万人次 | 058 ok - 2.6万人次 057 | 059 ok - 60项 | 060 ok - 300人次
061 ok - - | 062 ok - 33052400元 061 | 063 ok - - | 064 ok - - | 065 ok - -
066 ok - - | 067 ok - - | 068 ok - - | 069 ok - - | 070 ok - #10
071 ok - #3 070 | 072 ok - 68.52% 071 | 073 ok - #15 | 074 ok - #5 | 075 ok - #2
076 ok - #92 | 077 ok - #33 | 078 ok - #7 | 079 ok - #12 | 080 ok - 31256100元
081 ok - 52.42% 080 | 082 ok - 54521.78万元 | 083 ok - 157451.34万元 | 084 ok - 4709315.20万元 | 085 ok - 78.54%
086 ok - 9917500.00元 | 087 ok - 148739100元 | 088 ok - 17.97% | 089 ok - #2436 | 090 ok - 42867300元
091 ok - 1357400元 090 | 092 ok - #37 | 093 ok - #61 | 094 ok - #62 093 | 095 ok - #68
096 ok - #5 | 097 ok - #4 | 098 ok - #11 | 099 ok - #14 | 100 ok - #51
101 ok - 8650200元 | 102 ok - 99486.37万元 | 103 ok - 7.37万元 | 104 ok - 3433.39万元 | 105 ok - 110.71万元
106 ok - 5419.13万元 | 107 ok - 500元 | 108 ok - 2700元 | 109 ok - 10000000元 | 110 ok - 8100元
111 ok - 1400元 | 112 ok - 300元 | 113 ok - #100 | 114 ok 否 99486.37万元 | 115 ok 是 78138.52万元
116 ok 是 2026年9月30日前 | 117 ok 是 ≤30分钟 | 118 ok 否 #76 | 119 ok 是 284.00万元 | 120 ok 否 2026年10月15日前
121 ok 否 12573.86万元 | 122 ok 是 2026年8月15日前 | 123 ok 否 ≥93% | 124 ok 否 48652700元 | 125 ok 否 0.00万元
126 ok 是 2026年6月30日前 | 127 ok 是 ≥95% | 128 ok 否 9528.64万元 | 129 ok - 11552.79万元 | 130 ok - 1021.07万元
131 ok - 8.84% 130 | 132 ok - #72 | 133 ok - 1331600元 | 134 ok - 6847500元 | 135 ok - 1418600元
136 ok - 1537400元 | 137 ok - 118800元 | 138 ok - #9 | 139 ok - 基本稳定 | 140 ok - -
141 ok - ≥94% | 142 ok - 3900个 | 143 ok - 2520000元 | 144 ok - 212600元 | 145 not_found - -
146 ok - 11552.79万元 145 | 147 not_found - - | 148 not_found - - | 149 not_found - - | 150 not_found - -
151 not_found - - | 152 not_found - - | 153 not_found - - | 154 not_found - - | 155 not_found - -
156 not_found - - | 157 ok_or_clarify - - | 158 ok_or_clarify - - | 159 ok - 5680300元 | 160 ok - 1250000元
"""
for cell in HT.replace("\n", "|").split("|"):
    p = cell.split()
    if not p:
        continue
    rid = f"b36-{p[0]}"
    r = R.get(rid)
    if r is None:
        err(f"{rid}: missing")
        continue
    yn = None if p[2] == "-" else p[2]
    fig = r["figures"][0] if r["figures"] else "-"
    fu = f"b36-{p[4]}" if len(p) > 4 else None
    if (r["expect"], r["yesno"], fig, r["followup_of"]) != (p[1], yn, p[3], fu):
        err(f"{rid}: hand table {(r['expect'], r['yesno'], fig, r['followup_of'])} != {(p[1], yn, p[3], fu)}")
    if (fu is not None) != (r["category"] == "followup"):
        err(f"{rid}: followup category")
# all figures of the multi-figure lines
MULTI = {"b36-034": ["21347.85万元", "78138.52万元"], "b36-036": ["#468", "#0"], "b36-047": ["1600艘次", "4.5万海里"],
         "b36-071": ["#3", "29784000元"], "b36-102": ["99486.37万元", "35862.47万元", "12573.86万元", "9528.64万元"],
         "b36-103": ["7.37万元", "12573.86万元", "12566.49万元"], "b36-109": ["10000000元", "8960400元", "18960400元"],
         "b36-130": ["1021.07万元", "12573.86万元", "11552.79万元"], "b36-132": ["#72", "#76"],
         "b36-133": ["1331600元", "14286300元", "12954700元"], "b36-137": ["118800元", "1537400元", "1418600元"],
         "b36-138": ["#9", "33658300元"], "b36-144": ["212600元", "2374800元", "2587400元"]}
for rid, figs in MULTI.items():
    if R[rid]["figures"] != figs:
        err(f"{rid}: figures {R[rid]['figures']}")
# members
MEM = {"b36-061": {"矛盾纠纷排查化解经费", "网格化服务管理经费", "综治中心数字化平台建设经费", "重点人群服务管理经费"},
       "b36-063": {"镇街社区卫生服务中心儿科医联体建设补助", "儿科人才培养和医务人员培训经费", "院感防控和公共卫生服务经费"},
       "b36-064": {"沿海镇街海上综合执法协管补助", "海域海岛使用执法检查经费", "执法人员培训和船员适任培训经费"},
       "b36-065": {"开展职业技能培训"}, "b36-066": {"海上执法秩序", "海洋综合执法能力"},
       "b36-068": {"东莞市市场监督管理局", "东莞市妇幼保健院", "东莞市中医院", "东莞市第八人民医院"},
       "b36-069": {"东莞市统计局", "东莞市公共资源交易中心", "东莞市卫生监督所", "东莞市海洋综合执法支队"},
       "b36-140": set(CHANGED), "b36-040": {"海上执法监控系统升级完成时间", "海上违法线索核查时限"},
       "b36-041": {"患儿家长满意度", "住院患儿家长满意度"}}
for rid, m in MEM.items():
    if set(R[rid]["names"]) != m or len(R[rid]["names"]) != len(m):
        err(f"{rid}: members")
if R["b36-102"]["names"] != ["东莞市第八人民医院", "东莞市技师学院", "中共东莞市委政法委员会", "东莞市海洋综合执法支队"]:
    err("b36-102: order")
# required absents
ABS = {"b36-001": "8650700元", "b36-004": "1536000元", "b36-005": "1250000元", "b36-006": "5680300元",
       "b36-008": "1862400元", "b36-010": "65386400元", "b36-011": "36586400元", "b36-012": "5230900元",
       "b36-015": "18960400元", "b36-016": "2156800元", "b36-018": "≥3.6万宗", "b36-020": "≥96%", "b36-021": "≥95%",
       "b36-027": "≥92%", "b36-031": "≥2.4万人", "b36-032": "≥92%", "b36-046": "≥60人", "b36-139": "稳定向好",
       "b36-141": "≥96%", "b36-143": "2840000元", "b36-147": "42867300元", "b36-150": "12573.86万元",
       "b36-153": "99486.37万元", "b36-154": "6380000元", "b36-159": "5683000元", "b36-160": "1205000元"}
for rid, v in ABS.items():
    if v not in R[rid]["absent"]:
        err(f"{rid}: absent {v} missing")
for r in ROWS:
    if set(r["absent"]) & set(r["figures"]):
        err(f"{r['id']}: absent = figure")
    if r["expect"] in ("not_found", "ok_or_clarify") and (r["figures"] or r["names"]):
        err(f"{r['id']}: figures on a {r['expect']} line")
# values that must not be absent: period values and goal counterparts
for rid, v in {"b36-019": "≥4万宗", "b36-023": "≥13万海里", "b36-028": "≥4200人次", "b36-045": "≥4万宗",
               "b36-052": "≥160万人次", "b36-058": "≥2.5万人次"}.items():
    if v in R[rid]["absent"]:
        err(f"{rid}: {v} made absent")
# goal counterparts are asked with 目标 / 大概
for rid in ("b36-045", "b36-047", "b36-051", "b36-052", "b36-056", "b36-058", "b36-059"):
    if not any(w in R[rid]["q"] for w in ("目标", "大概")):
        err(f"{rid}: counterpart without 目标 / 大概")

for e in ERR:
    print("ERROR", e)
print(f"{len(ERR)} errors")
sys.exit(1 if ERR else 0)
