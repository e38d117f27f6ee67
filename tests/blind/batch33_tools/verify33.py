"""Second, independent check of tests/blind/batch_33.jsonl (0 errors required).

Written apart from gen_batch33.py / truth33.py: loads the tables itself (batches.json's list for batch_33, which must be
batch 32's list + the five new slugs, and the five fixture tables); checks the five new tables against values typed here
by hand (budget lines, 预算合计, people, every task amount and section; 镇街 subsidy = 对下 line (公证处: no subsidy, 对下
0.00); tasks within 项目支出; the 2025/2026 differences of 仲裁院; every new amount unique; look-alike amounts and
indicators); recomputes ranks, sums and counts of the 80 东莞 2026 departments and compares them with values worked out
on paper; checks every line's expect / yes-no / first figure / chain against a hand table; members and orders of lists;
required absents; figures accounted for; category counts.

`verify33.py FILE` checks a copy.
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
NEW = ["zhongcaiyuan_2026", "zhongcaiyuan_2025", "zhaoming_2026", "gongzhengchu_2026", "renminyiyuan_2026"]
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
if lists.get("batch_33.jsonl") != lists["batch_32.jsonl"] + NEW:
    err("batches.json: batch_33 list is not batch 32's + the five new slugs")
if len(set(lists["batch_33.jsonl"])) != len(lists["batch_33.jsonl"]):
    err("batches.json: duplicates")
TABLES = {}
for slug in lists["batch_33.jsonl"]:
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
if len(DG) != 80:
    err(f"东莞 2026 departments: {len(DG)}")
BY = {t["department"]: t for t in DG}
peo = lambda t: t["basic_info"]["财政供养人员数"]  # noqa: E731

# dept, people, 基本, 项目, 其他事业发展性, 财政拨款, 其他资金, 专项, 市本级, 对下, 预算合计, tasks (K first three)
HAND = {
    "zhongcaiyuan_2026": ("东莞市劳动人事争议仲裁院", 69, "2148.36", "2836.47", "213.43", "5172.04", "26.22", "600.00",
                          "547.00", "53.00", "5198.26",
                          [8763500, 4286300, 3127600, 530000, 2465800, 1269600, 1386200, 642700, 1578400, 1136500]),
    "zhongcaiyuan_2025": ("东莞市劳动人事争议仲裁院", 65, "2065.18", "2614.29", "197.05", "4851.37", "25.15", "560.00",
                          "512.00", "48.00", "4876.52",
                          [8125400, 3968700, 2854300, 480000, 1186500, 1295400, 598600, 1427900, 1084200]),
    "zhaoming_2026": ("东莞市城市照明管理处", 212, "3264.85", "21528.36", "1043.26", "25412.09", "424.38", "4200.00",
                      "3770.00", "430.00", "25836.47",
                      [36542800, 48273600, 52318600, 4300000, 8736400, 6482500, 3267400, 1846200, 428600, 1528300]),
    "gongzhengchu_2026": ("东莞市公证处", 95, "2386.54", "3642.18", "453.63", "3296.48", "3185.87", "380.00", "380.00",
                          "0.00", "6482.35",
                          [5864200, 4356200, 1683200, 1247600, 987100, 523600, 368400, 1874200, 642800, 286500]),
    "renminyiyuan_2026": ("东莞市人民医院", 4386, "342586.27", "96438.52", "12865.43", "46218.65", "405671.57",
                          "18600.00", "17780.00", "820.00", "451890.22",
                          [186452700, 236854300, 48265900, 8200000, 18753600, 6423800, 32684500, 12486300, 9865400,
                           1387500]),
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
    if slug != "zhongcaiyuan_2025" and not any("日前" in i["annual_value"] for i in inds):
        err(f"{slug}: no date")
IND = {s: {i["level3"]: i for i in TABLES[s]["indicators"]} for s in TABLES}
Z6, Z5 = IND["zhongcaiyuan_2026"], IND["zhongcaiyuan_2025"]
CHANGED = {"受理劳动人事争议仲裁案件", "调解成功案件", "培训仲裁员和调解员", "劳动人事争议仲裁结案率", "仲裁调解率",
           "劳动人事争议化解能力", "仲裁当事人满意度"}
if set(Z6) - set(Z5) != {"智慧仲裁庭上线时间"} or set(Z5) - set(Z6) or \
        {n for n in Z5 if Z5[n]["annual_value"] != Z6[n]["annual_value"]} != CHANGED:
    err("仲裁院 indicator changes")
if (Z5["劳动人事争议化解能力"]["annual_value"], Z6["劳动人事争议化解能力"]["annual_value"]) != ("逐步增强", "明显增强"):
    err("仲裁院 qualitative wording")
n6 = {x["name"] for x in TABLES["zhongcaiyuan_2026"]["tasks"]}
n5 = {x["name"] for x in TABLES["zhongcaiyuan_2025"]["tasks"]}
if n6 - n5 != {"智慧仲裁庭建设经费", "劳动争议调解中心运行和驻点调解经费"} or n5 - n6 != {"劳动争议调解中心运行经费"}:
    err("仲裁院 task changes")
ALL = {}
for s, t in TABLES.items():
    for x in t.get("tasks", []):
        ALL.setdefault(d(x["amount_yuan"]), []).append(s)
for s in NEW:
    for x in TABLES[s]["tasks"]:
        if len(ALL[d(x["amount_yuan"])]) != 1:
            err(f"amount not unique {s} {x['amount_yuan']} {ALL[d(x['amount_yuan'])]}")
for mine, slug, other in [(8763500, "renshe_2026", 8760000), (1386200, "renshe_2026", 1385600),
                          (1269600, "sifaju_2026", 1268000), (36542800, "chengguan_2026", 36540000),
                          (1683200, "sifaju_2026", 1680000), (18753600, "fuyou_2026", 18750300),
                          (18753600, "weijianju_2026", 18750000), (6423800, "weijianju_2026", 6420000),
                          (6423800, "fuyou_2026", 6420300)]:
    if not 0 < abs(mine - other) <= 4000 or slug not in ALL.get(d(other), []):
        err(f"look-alike {mine} / {other}")
SAME_NAME = [("renminyiyuan_2026", "fuyou_2026", "task", "医疗设备购置和更新经费", 186452700, 65386400),
             ("renminyiyuan_2026", "fuyou_2026", "task", "医院后勤保障和物业管理经费", 32684500, 9540900)]
for mine, other, _, name, x, y in SAME_NAME:
    for s, want in ((mine, x), (other, y)):
        if [t["amount_yuan"] for t in TABLES[s]["tasks"] if t["name"] == name] != [want]:
            err(f"same-name task {name} in {s}")
for s, name, want in [("renminyiyuan_2026", "大型医疗设备购置单价", "≤1200万元/台"), ("fuyou_2026", "大型医疗设备购置单价", "≤450万元/台"),
                      ("zhaoming_2026", "路灯亮灯率", "≥98.5%"), ("chengguan_2026", "路灯亮灯率", "≥98%"),
                      ("zhongcaiyuan_2026", "劳动人事争议仲裁结案率", "≥96%"), ("renshe_2026", "劳动人事争议仲裁结案率", "≥95%"),
                      ("zhongcaiyuan_2025", "劳动人事争议仲裁结案率", "≥94%"),
                      ("chengguan_2026", "垃圾焚烧发电上网电量", "≥18亿千瓦时")]:
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


ZM, GZ, RY, ZC = "东莞市城市照明管理处", "东莞市公证处", "东莞市人民医院", "东莞市劳动人事争议仲裁院"
proj = lambda t: bl(t)["项目支出"]  # noqa: E731
RECIPES = {
    "035": rk(tot, RY), "062": Y(sum(a for a in H["zhaoming_2026"] if a < 5000000)),
    "070": Y(sum(H["zhaoming_2026"][:3])), "071": P(d(sum(H["zhaoming_2026"][:3])) / sum(H["zhaoming_2026"]) * 100),
    "075": f"#{len(DG)}", "076": f"#{sum('照明' in x['name'] for t in DG for x in t['tasks'])}",
    "077": f"#{sum(peo(t) > 1000 for t in DG)}", "078": f"#{sum(bl(t)['其他资金'] > 10000 for t in DG)}",
    "079": Y(sum(H["gongzhengchu_2026"])), "080": P(d(sum(H["gongzhengchu_2026"])) / d("36421800") * 100),
    "081": W(TOT["zhongcaiyuan_2026"] + TOT["gongzhengchu_2026"]),
    "082": W(sum(TOT[s] for s in NEW if s != "zhongcaiyuan_2025")), "083": W(sum(tot(t) for t in DG)),
    "084": P(d("3185.87") / TOT["gongzhengchu_2026"] * 100), "085": f"{r2(d(sum(H['zhaoming_2026'])) / 10)}元",
    "086": Y(sum(x["amount_yuan"] for t in DG for x in t["tasks"] if "公证" in x["name"])), "087": P(d(820) / d(18600) * 100),
    "088": f"#{69 + 95}", "092": rk(tot, ZM), "093": rk(peo, ZM), "094": rk(tot, GZ),
    "095": rk(lambda t: bl(t)["其他资金"], GZ), "096": rk(tot, ZC), "097": rk(proj, ZM), "098": rk(peo, RY),
    "099": rk(proj, RY),
    "103": W(tot(BY["东莞市红十字会"]) - TOT["zhongcaiyuan_2026"]),
    "104": W(TOT["zhaoming_2026"] - tot(BY["东莞市紧急医疗救援指挥中心"])),
    "105": W(tot(BY["东莞市博物馆"]) - TOT["gongzhengchu_2026"]), "106": W(TOT["renminyiyuan_2026"] - tot(BY["东莞市教育局"])),
    "107": Y(36542800 - 36540000), "108": Y(8763500 - 8760000), "109": Y(186452700 - 65386400),
    "110": f"#{4386 - peo(BY['东莞市妇幼保健院'])}", "111": Y(18753600 - 18750300),
    "112": W(d("3642.18") - proj(BY["东莞市文学艺术界联合会"])), "113": W(TOT["gongzhengchu_2026"] - TOT["zhongcaiyuan_2026"]),
    "130": W(TOT["zhongcaiyuan_2026"] - TOT["zhongcaiyuan_2025"]),
    "131": P((TOT["zhongcaiyuan_2026"] - TOT["zhongcaiyuan_2025"]) / TOT["zhongcaiyuan_2025"] * 100),
    "133": Y(4286300 - 3968700), "137": Y(3127600 - 2854300),
}
EXTRA = {Y(sum(H["zhongcaiyuan_2025"]))}  # second figure of b33-138 (2025 task total)
PAPER = {"035": "#1", "062": "11370500元", "070": "137135000元", "071": "83.76%", "075": "#80", "076": "#9", "077": "#5",
         "078": "#4", "079": "17833800元", "080": "48.96%", "081": "11680.61万元", "082": "489407.30万元",
         "083": "4249792.47万元", "084": "49.15%", "085": "16372440.00元", "086": "19513800元", "087": "4.41%",
         "088": "#164", "092": "#39", "093": "#27", "094": "#68", "095": "#16", "096": "#71", "097": "#36", "098": "#3",
         "099": "#9", "103": "2.04万元", "104": "2343.83万元", "105": "465.17万元", "106": "21105.42万元",
         "107": "2800元", "108": "3500元", "109": "121066300元", "110": "#3218", "111": "3300元", "112": "0.01万元",
         "113": "1284.09万元", "130": "321.74万元", "131": "6.60%", "133": "317600元", "137": "273300元"}
if EXTRA != {"21021000元"}:
    err("2025 task total")
for k in PAPER:
    if RECIPES.get(k) != PAPER[k]:
        err(f"recipe {k}: {RECIPES.get(k)} != paper {PAPER[k]}")
# yes/no thresholds worked out on paper
if not (d("46218.65") / TOT["renminyiyuan_2026"] > d("0.10")):  # 115: 10.23 %, not under 10 %
    err("115 threshold")
if not (d("3296.48") / TOT["gongzhengchu_2026"] > d("0.5")):  # 121: 50.85 %
    err("121 threshold")
if not (TOT["renminyiyuan_2026"] > 450000 and max(H["renminyiyuan_2026"]) < 300000000):  # 114, 127
    err("114 / 127 threshold")

# ---------------------------------------------------------------- hand table: id expect yesno first-figure followup_of
HT = """
001 ok - 8763500元 -|002 ok - 8125400元 001|003 ok - 1386200元 -|004 ok - 1269600元 -|005 ok - 36542800元 -
006 ok - 52318600元 -|007 ok - 48273600元 -|008 ok - 4300000元 -|009 ok - 4356200元 -|010 ok - 1683200元 -
011 ok - 1874200元 -|012 ok - 236854300元 -|013 ok - 18753600元 -|014 ok - 18750300元 013|015 ok - 6423800元 -
016 ok - 32684500元 -|017 ok - 9865400元 -|018 ok - ≥1.8万件 -|019 ok - ≥5.4万件 018|020 ok - ≤480元/件 -
021 ok - ≥96% -|022 ok - 2026年9月30日前 -|023 ok - ≥98.5% -|024 ok - ≥1.5万盏 -|025 ok - ≥1800万千瓦时 -
026 ok - ≤5个工作日 -|027 ok - ≤0.1% -|028 ok - ≤320元/人次 -|029 ok - ≤1.25万元/人次 028|030 ok - ≤1200万元/台 -
031 ok - 2026年12月20日前 -|032 ok - ≤24小时 -|033 ok - 451890.22万元 -|034 ok - 46218.65万元 033|035 ok - #1 034
036 ok - 25836.47万元 -|037 ok - #95 -|038 ok - 600.00万元 -|039 ok - 0.00万元 -|040 ok - - -
041 ok - - -|042 ok - 12亿元 -|043 ok - 33个 -|044 ok - 12个 -|045 ok - 8万人次 -
046 ok - 1.9万件 -|047 ok - 8.5万盏 -|048 ok - 1.6万盏 -|049 ok - 32个 -|050 ok - 60项 -
051 ok - 40个 -|052 ok - 1.5万名 -|053 ok - 12万卷 -|054 ok - 12.6万平方米 -|055 ok - 1000张 -
056 ok - 28个 -|057 ok - 6级 -|058 ok - 45万人次 -|059 ok - 15家 -|060 ok - - -
061 ok - - -|062 ok - 11370500元 061|063 ok - - -|064 ok - - -|065 ok - - -
066 ok - - -|067 ok - - -|068 ok - - -|069 ok - #10 -|070 ok - 137135000元 069
071 ok - 83.76% 070|072 ok - #16 -|073 ok - #4 -|074 ok - #2 -|075 ok - #80 -
076 ok - #9 -|077 ok - #5 -|078 ok - #4 -|079 ok - 17833800元 -|080 ok - 48.96% 079
081 ok - 11680.61万元 -|082 ok - 489407.30万元 -|083 ok - 4249792.47万元 -|084 ok - 49.15% -|085 ok - 16372440.00元 -
086 ok - 19513800元 -|087 ok - 4.41% -|088 ok - #164 -|089 ok - 52318600元 -|090 ok - 428600元 089
091 ok - 451890.22万元 -|092 ok - #39 -|093 ok - #27 092|094 ok - #68 -|095 ok - #16 094
096 ok - #71 -|097 ok - #36 -|098 ok - #3 -|099 ok - #9 -|100 ok - 8763500元 -
101 ok - 451890.22万元 -|102 ok - 5198.26万元 -|103 ok - 2.04万元 -|104 ok - 2343.83万元 -|105 ok - 465.17万元 -
106 ok - 21105.42万元 -|107 ok - 2800元 -|108 ok - 3500元 -|109 ok - 121066300元 -|110 ok - #3218 -
111 ok - 3300元 -|112 ok - 0.01万元 -|113 ok - 1284.09万元 -|114 ok 是 451890.22万元 -|115 ok 否 46218.65万元 -
116 ok 是 2026年9月30日前 -|117 ok 是 ≥96% -|118 ok 否 ≥98.5% -|119 ok 否 2026年8月31日前 -|120 ok 是 #212 -
121 ok 是 3296.48万元 -|122 ok 否 0.00万元 -|123 ok 是 ≤0.1% -|124 ok 是 2026年6月30日前 -|125 ok 是 2026年12月20日前 -
126 ok 否 ≤320元/人次 -|127 ok 否 236854300元 -|128 ok 是 5198.26万元 -|129 ok - 4876.52万元 -|130 ok - 321.74万元 -
131 ok - 6.60% 130|132 ok - #65 -|133 ok - 317600元 -|134 ok - 2465800元 -|135 ok - 2854300元 -
136 ok - 3127600元 -|137 ok - 273300元 -|138 ok - #9 -|139 ok - ≥94% -|140 ok - 逐步增强 -
141 ok - - -|142 ok - 10亿元 -|143 ok - 480000元 -|144 ok - 560.00万元 -|145 not_found - - -
146 ok - 4876.52万元 145|147 not_found - - -|148 not_found - - -|149 not_found - - -|150 not_found - - -
151 not_found - - -|152 not_found - - -|153 not_found - - -|154 not_found - - -|155 not_found - - -
156 not_found - - -|157 ok_or_clarify - - -|158 ok_or_clarify - - -|159 ok - 36540000元 -|160 ok - 9540900元 -
"""
HAND_TABLE = {}
for cell in HT.replace("\n", "|").split("|"):
    if cell.strip():
        n, e, yn, f1, fu = cell.split()
        HAND_TABLE[f"b33-{n}"] = (e, None if yn == "-" else yn, None if f1 == "-" else f1, None if fu == "-" else f"b33-{fu}")
MEMBERS = {
    "040": {"一般公证事项办理时限", "智慧公证平台上线时间"},
    "041": {"年节约照明用电量", "城市照明节能水平", "城市照明长效管养机制"},
    "060": {"医疗设备购置和更新经费", "国家区域医疗中心建设经费"},
    "061": {"镇街照明设施改造补助", "照明设施巡查和应急抢修经费", "照明设施安全检测经费", "照明维护人员安全培训经费",
            "办公场所和仓库物业管理经费"},
    "063": {"公益公证服务进企业进社区经费", "涉外公证和远程视频公证经费", "公证大厅物业管理和安保经费"},
    "064": {"受理劳动人事争议仲裁案件", "调解成功案件"},
    "065": {"公证服务便利度", "公证公信力"},
    "066": {"三四级手术占比", "基本药物使用金额占比", "门诊患者满意度", "住院患者满意度"},
    "067": {"东莞市气象局", "东莞市体育局", "东莞市公证处", "东莞市港务管理局"},
    "068": {"东莞市红十字会", "东莞市文学艺术界联合会", "东莞市老干部局", "东莞市劳动人事争议仲裁院"},
    "141": CHANGED,
}
if {t["department"] for t in DG if 90 <= peo(t) <= 100} != MEMBERS["067"]:
    err("067 vs tables")
if {t["department"] for t in DG if 5000 <= tot(t) <= 6000} != MEMBERS["068"]:
    err("068 vs tables")
ORDER = {"101": ["东莞市人民医院", "东莞市教育局", "东莞市公安局", "东莞市人力资源和社会保障局", "东莞市交通运输局"],
         "102": ["东莞市劳动人事争议仲裁院", "东莞市公证处", "东莞市城市照明管理处", "东莞市人民医院"],
         "089": ["城市公共照明电费"], "090": ["照明维护人员安全培训经费"], "091": ["东莞市人民医院"],
         "100": ["劳动人事争议仲裁办案经费"]}
if [t["department"] for t in sorted(DG, key=tot, reverse=True)[:5]] != ORDER["101"]:
    err("101 vs tables")
if any(peo(t) in (90, 100, 200, 1000) for t in DG) or any(tot(t) in (d(5000), d(6000), d(450000)) for t in DG) or \
        any(bl(t)["其他资金"] == 10000 for t in DG):
    err("a value on a threshold")
FULL = {"024": "≥1.5万盏 ≥4.5万盏", "034": "46218.65万元 405671.57万元", "036": "25836.47万元 3264.85万元 21528.36万元",
        "038": "600.00万元 547.00万元", "102": "5198.26万元 6482.35万元 25836.47万元 451890.22万元",
        "103": "2.04万元 5198.26万元 5200.30万元", "104": "2343.83万元 25836.47万元 23492.64万元",
        "105": "465.17万元 6482.35万元 6947.52万元", "106": "21105.42万元 451890.22万元 430784.80万元",
        "107": "2800元 36542800元 36540000元", "108": "3500元 8763500元 8760000元",
        "109": "121066300元 186452700元 65386400元", "110": "#3218 #4386 #1168", "111": "3300元 18753600元 18750300元",
        "112": "0.01万元 3642.18万元 3642.17万元", "113": "1284.09万元 6482.35万元 5198.26万元",
        "130": "321.74万元 5198.26万元 4876.52万元", "133": "317600元 4286300元 3968700元",
        "137": "273300元 3127600元 2854300元", "138": "#9 21021000元", "132": "#65 #69"}
REQ_ABSENT = {"001": "8760000元", "003": "1385600元", "004": "1268000元", "005": "36540000元", "010": "1680000元",
              "013": "18750300元", "014": "18753600元", "015": "6420000元", "016": "9540900元", "021": "≥94%",
              "023": "≥98%", "025": "≥18亿千瓦时", "030": "≤450万元/台", "139": "≥96%", "140": "明显增强",
              "145": "4876.52万元", "147": "52318600元", "148": "6482.35万元", "152": "451890.22万元",
              "153": "368500000元", "154": "486300000元", "155": "5864200元", "156": "2864800元",
              "159": "36542800元", "160": "32684500元"}
NOT_ABSENT = {"018": ["≥5.4万件"], "024": ["≥4.5万盏"], "029": ["≤320元/人次"], "100": ["8760000元"],
              "002": ["8763500元"], "046": ["≥1.8万件"], "129": ["5198.26万元"], "021": ["≥95%"]}
COUNTERPART = {"046", "048", "049"}
STORED = set()
for t in TABLES.values():
    for x in t.get("tasks", []):
        STORED.add(Y(x["amount_yuan"]) if float(x["amount_yuan"]).is_integer() else f"{x['amount_yuan']}元")
    for x in t.get("budget", []):
        STORED.add(W(x["amount_wan"]))
    if t.get("budget"):
        STORED.update({W(tot(t)), f"#{peo(t)}"})
    for i in t.get("indicators", []):
        STORED.update(v for v in (i["period_value"], i["annual_value"]) if v)
    STORED.update({f"#{len(t.get('tasks', []))}", f"#{len(t.get('indicators', []))}"})
    STORED.add(f"#{sum(1 for i in t.get('indicators', []) if i['level2'] == '数量指标')}")
    STORED.add(f"#{sum(1 for i in t.get('indicators', []) if i['level1'] == '满意度指标')}")
GOALS = "".join(g for s in NEW for g in TABLES[s]["goals"])
ALLGOALS = "".join(g for t in TABLES.values() for g in t.get("goals", []) if isinstance(g, str))

path = Path(sys.argv[1]) if len(sys.argv) > 1 else BLIND / "batch_33.jsonl"
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
