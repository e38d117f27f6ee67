"""Second, independent check of tests/blind/batch_32.jsonl (0 errors required).

Written apart from gen_batch32.py / truth32.py: loads the tables itself (batches.json's list for batch_32, which must be
batch 31's list + the five new slugs, and the five fixture tables); checks the five new tables against values typed here
by hand (budget lines, 预算合计, people, every task amount; 镇街 subsidy = 对下 line; tasks within 项目支出; the 2025/2026
differences of 社保中心; every new amount unique; look-alike amounts); recomputes ranks, sums and counts of the 76 东莞 2026
departments and compares them with values worked out on paper; checks every line's expect / yes-no / first figure / chain
against a hand table; members of lists; required absents; figures accounted for; category counts.

`verify32.py FILE` checks a copy.
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
NEW = ["shebao_2026", "shebao_2025", "weijiansuo_2026", "jiuzhuzhan_2026", "fulizhongxin_2026"]
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
if lists.get("batch_32.jsonl") != lists["batch_31.jsonl"] + NEW:
    err("batches.json: batch_32 list is not batch 31's + the five new slugs")
TABLES = {}
for slug in lists["batch_32.jsonl"]:
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
if len(DG) != 76:
    err(f"东莞 2026 departments: {len(DG)}")
BY = {t["department"]: t for t in DG}
peo = lambda t: t["basic_info"]["财政供养人员数"]  # noqa: E731

# dept, people, 基本, 项目, 其他事业发展性, 财政拨款, 其他资金, 专项, 市本级, 对下, 预算合计, tasks (K first three)
HAND = {
    "shebao_2026": ("东莞市社会保险基金管理中心", 642, "21486.37", "7365.28", "1248.63", "29652.41", "447.87", "5200.00",
                    "4774.00", "426.00", "30100.28",
                    [18570700, 8760400, 15281200, 4260000, 3946200, 1356400, 955800, 2846300, 5642800, 2975400]),
    "shebao_2025": ("东莞市社会保险基金管理中心", 635, "20318.46", "6842.57", "1186.35", "27912.64", "434.74", "4800.00",
                    "4399.00", "401.00", "28347.38",
                    [16845300, 7962500, 14236800, 4010000, 3512600, 1246700, 864300, 5128400, 2786500]),
    "weijiansuo_2026": ("东莞市卫生监督所", 172, "4862.37", "4528.64", "256.27", "9598.46", "48.82", "1800.00", "1613.00",
                        "187.00", "9647.28",
                        [5862100, 7815600, 7536900, 1870000, 2745300, 1269300, 1426700, 1648200, 1157400, 1035800]),
    "jiuzhuzhan_2026": ("东莞市救助管理站", 48, "1186.54", "2542.36", "163.27", "3861.35", "30.82", "650.00", "596.00",
                        "54.00", "3892.17",
                        [5648300, 1963400, 3542700, 540000, 4126800, 885600, 312400, 412700, 1346900, 736200]),
    "fulizhongxin_2026": ("东莞市社会福利中心", 386, "6248.73", "13286.45", "1051.25", "19874.16", "712.27", "3600.00",
                          "3274.00", "326.00", "20586.43",
                          [36852400, 42165800, 6892000, 3260000, 4650700, 842600, 3687200, 6174800, 860700, 9218600]),
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
    if [x["amount_yuan"] for x in t["tasks"] if x["name"].startswith("镇街")] != [int(d(v[7]) * 10000)]:
        err(f"{slug}: 镇街 != 对下")
    inds = t["indicators"]
    if not (any(i["period_value"] != i["annual_value"] for i in inds) and any("%" in i["annual_value"] for i in inds)
            and any(not any(c.isdigit() for c in i["annual_value"]) for i in inds)
            and any("元/" in i["annual_value"] for i in inds) and 4 <= len(t["goals"]) <= 5):
        err(f"{slug}: shape")
    if slug != "shebao_2025" and not any("日前" in i["annual_value"] for i in inds):
        err(f"{slug}: no date")
IND = {s: {i["level3"]: i for i in TABLES[s]["indicators"]} for s in TABLES}
S6, S5 = IND["shebao_2026"], IND["shebao_2025"]
CHANGED = {"开展待遇领取资格认证", "开展社保基金稽核检查", "新发放社会保障卡", "完成社保业务档案数字化",
           "企业职工养老保险待遇核定办理时限", "社保经办服务便利度", "参保群众满意度"}
if set(S6) - set(S5) != {"基金风险防控系统上线时间"} or {n for n in S5 if S5[n]["annual_value"] != S6[n]["annual_value"]} != CHANGED:
    err("社保 indicator changes")
n6 = {x["name"] for x in TABLES["shebao_2026"]["tasks"]}
n5 = {x["name"] for x in TABLES["shebao_2025"]["tasks"]}
if n6 - n5 != {"社保基金风险防控和内控审计经费", "社会保险经办大厅运行和窗口服务外包经费"} or n5 - n6 != {"社会保险经办大厅窗口服务外包经费"}:
    err("社保 task changes")
ALL = {}
for s, t in TABLES.items():
    for x in t.get("tasks", []):
        ALL.setdefault(d(x["amount_yuan"]), []).append(s)
for s in NEW:
    for x in TABLES[s]["tasks"]:
        if len(ALL[d(x["amount_yuan"])]) != 1:
            err(f"amount not unique {x['amount_yuan']}")
for mine, slug, other in [(18570700, "yibaoju_2026", 18570000), (8760400, "renshe_2026", 8760000),
                          (15281200, "budongchan_2026", 15280500), (1356400, "yibaoju_2026", 1358600),
                          (7815600, "shijianju_2026", 7815000), (7536900, "jikong_2026", 7536200),
                          (5862100, "jikong_2026", 5862700), (1269300, "shijianju_2026", 1268500),
                          (4650700, "minzhengju_2026", 4650000), (860700, "minzhengju_2026", 860000)]:
    if not 0 < abs(mine - other) <= 3000 or slug not in ALL.get(d(other), []):
        err(f"look-alike {mine}")

# ---------------------------------------------------------------- recipes vs paper
H = {s: v[-1] for s, v in HAND.items()}
TOT = {s: d(v[10]) for s, v in HAND.items()}


def rk(key, name):
    o = sorted(DG, key=key, reverse=True)
    return f"#{[t['department'] for t in o].index(name) + 1}"


RECIPES = {
    "035": rk(tot, "东莞市社会保险基金管理中心"), "062": Y(sum(a for a in H["weijiansuo_2026"] if 1000000 <= a <= 2000000)),
    "070": Y(sum(H["weijiansuo_2026"][:3])), "071": P(d(sum(H["weijiansuo_2026"][:3])) / sum(H["weijiansuo_2026"]) * 100),
    "075": f"#{len(DG)}", "076": f"#{sum('监督' in x['name'] for t in DG for x in t['tasks'])}",
    "077": f"#{sum(peo(t) > 600 for t in DG)}", "078": f"#{sum(tot(t) > 10000 for t in DG)}",
    "079": Y(sum(H["shebao_2026"])), "080": P(d(sum(H["shebao_2026"])) / d("73652800") * 100),
    "081": W(TOT["jiuzhuzhan_2026"] + TOT["weijiansuo_2026"]),
    "082": W(sum(TOT[s] for s in NEW if s != "shebao_2025")), "083": W(sum(tot(t) for t in DG)),
    "084": P(d("712.27") / TOT["fulizhongxin_2026"] * 100), "085": f"{r2(d(sum(H['jiuzhuzhan_2026'])) / 10)}元",
    "086": Y(sum(x["amount_yuan"] for t in DG for x in t["tasks"] if "物业" in x["name"])), "087": P(d(426) / d(5200) * 100),
    "088": "#220", "091": rk(tot, "东莞市社会福利中心"), "092": rk(peo, "东莞市社会福利中心"),
    "093": rk(tot, "东莞市卫生监督所"), "094": rk(peo, "东莞市卫生监督所"), "095": rk(tot, "东莞市救助管理站"),
    "096": rk(lambda t: bl(t)["基本支出"], "东莞市社会保险基金管理中心"), "097": rk(peo, "东莞市社会保险基金管理中心"),
    "102": rk(lambda t: bl(t)["项目支出"], "东莞市社会福利中心"),
    "103": W(tot(BY["东莞市机关事务管理局"]) - TOT["shebao_2026"]), "104": W(TOT["weijiansuo_2026"] - tot(BY["东莞市统计局"])),
    "105": W(TOT["jiuzhuzhan_2026"] - tot(BY["东莞市民族宗教事务局"])),
    "106": W(TOT["fulizhongxin_2026"] - tot(BY["东莞市住房公积金管理中心"])),
    "112": Y(1356400 - 412700), "113": W(TOT["fulizhongxin_2026"] - TOT["jiuzhuzhan_2026"]),
    "130": W(TOT["shebao_2026"] - TOT["shebao_2025"]),
    "131": P((TOT["shebao_2026"] - TOT["shebao_2025"]) / TOT["shebao_2025"] * 100),
    "133": Y(5642800 - 5128400), "137": Y(15281200 - 14236800),
    "107": Y(18570700 - 18570000), "108": Y(1269300 - 1268500), "109": Y(4650700 - 4650000),
    "110": f"#{peo(BY['东莞市中心血站']) - 172}", "111": Y(15281200 - 15280500),
}
EXTRA = {Y(sum(H["shebao_2025"]))}  # second figure of b32-138 (2025 task total)
PAPER = {"035": "#35", "062": "8407400元", "070": "21214600元", "071": "65.54%", "075": "#76", "076": "#13", "077": "#8",
         "078": "#56", "079": "64595200元", "080": "87.70%", "081": "13539.45万元", "082": "64226.16万元",
         "083": "3760385.17万元", "084": "3.46%", "085": "1951500.00元", "086": "46555800元", "087": "8.19%",
         "088": "#220", "091": "#42", "092": "#11", "093": "#57", "094": "#28", "095": "#71", "096": "#6", "097": "#7",
         "102": "#45", "103": "1541.84万元", "104": "7.93万元", "105": "24.72万元", "106": "221.85万元", "112": "943700元",
         "113": "16694.26万元", "130": "1752.90万元", "131": "6.18%", "133": "514400元", "137": "1044400元",
         "107": "700元", "108": "800元", "109": "700元", "110": "#1", "111": "700元"}
if EXTRA != {"56593100元"}:
    err("2025 task total")
for k in PAPER:
    if RECIPES.get(k) != PAPER[k]:
        err(f"recipe {k}: {RECIPES.get(k)} != paper {PAPER[k]}")

# ---------------------------------------------------------------- hand table: id expect yesno first-figure followup_of
HT = """
001 ok - 18570700元 -|002 ok - 16845300元 001|003 ok - 8760400元 -|004 ok - 15281200元 -|005 ok - 1356400元 -
006 ok - 7815600元 -|007 ok - 7536900元 -|008 ok - 5862100元 -|009 ok - 1269300元 -|010 ok - 5648300元 -
011 ok - 1963400元 -|012 ok - 4126800元 -|013 ok - 42165800元 -|014 ok - 4650700元 -|015 ok - 4650000元 014
016 ok - 860700元 -|017 ok - 1870000元 -|018 ok - ≥120万人次 -|019 ok - ≥360万人次 018|020 ok - ≤18元/张 -
021 ok - ≤5个工作日 -|022 ok - ≥93% -|023 ok - ≥24000户次 -|024 ok - ≥72000户次 023|025 ok - ≤3个工作日 -
026 ok - 2026年11月30日前 -|027 ok - ≤24小时 -|028 ok - ≤85元/人/天 -|029 ok - ≥600张 -|030 ok - ≥75% -
031 ok - 2026年12月15日前 -|032 ok - ≥2.4万人次 -|033 ok - 30100.28万元 -|034 ok - 29652.41万元 033|035 ok - #35 034
036 ok - 9647.28万元 -|037 ok - #48 -|038 ok - 3600.00万元 -|039 ok - 1051.25万元 -|040 ok - - -
041 ok - - -|042 ok - 780万人 -|043 ok - 62万名 -|044 ok - 48万张 -|045 ok - 2300万元 -
046 ok - 90% -|047 ok - 35个 -|048 ok - 1600户次 -|049 ok - 450宗 -|050 ok - 1100家 -
051 ok - 7000户次 -|052 ok - 1500所 -|053 ok - 4000人次 -|054 ok - 120人次 -|055 ok - 3200平方米 -
056 ok - 1200人 -|057 ok - 80户 -|058 ok - 3.5万人次 -|059 ok - 1.8万名 -|060 ok - - -
061 ok - - -|062 ok - 8407400元 061|063 ok - - -|064 ok - - -|065 ok - - -
066 ok - - -|067 ok - - -|068 ok - - -|069 ok - #10 -|070 ok - 21214600元 069
071 ok - 65.54% 070|072 ok - #16 -|073 ok - #4 -|074 ok - #5 -|075 ok - #76 -
076 ok - #13 -|077 ok - #8 -|078 ok - #56 -|079 ok - 64595200元 -|080 ok - 87.70% 079
081 ok - 13539.45万元 -|082 ok - 64226.16万元 -|083 ok - 3760385.17万元 -|084 ok - 3.46% -|085 ok - 1951500.00元 -
086 ok - 46555800元 -|087 ok - 8.19% -|088 ok - #220 -|089 ok - 18570700元 -|090 ok - 955800元 089
091 ok - #42 -|092 ok - #11 091|093 ok - #57 -|094 ok - #28 093|095 ok - #71 -
096 ok - #6 -|097 ok - #7 -|098 ok - 9680700元 -|099 ok - 9540900元 -|100 ok - 2318.47万元 -
101 ok - 30100.28万元 -|102 ok - #45 -|103 ok - 1541.84万元 -|104 ok - 7.93万元 -|105 ok - 24.72万元 -
106 ok - 221.85万元 -|107 ok - 700元 -|108 ok - 800元 -|109 ok - 700元 -|110 ok - #1 -
111 ok - 700元 -|112 ok - 943700元 -|113 ok - 16694.26万元 -|114 ok 是 30100.28万元 -|115 ok 是 ≤18元/张 -
116 ok 否 ≤5个工作日 -|117 ok 是 2026年7月31日前 -|118 ok 否 48.82万元 -|119 ok 否 #172 -|120 ok 是 2026年11月30日前 -
121 ok 否 3892.17万元 -|122 ok 是 2026年10月31日前 -|123 ok 否 ≤85元/人/天 -|124 ok 是 2026年12月15日前 -|125 ok 否 ≤700元/人 -
126 ok 是 20586.43万元 -|127 ok 是 #642 -|128 ok 否 42165800元 -|129 ok - 28347.38万元 -|130 ok - 1752.90万元 -
131 ok - 6.18% 130|132 ok - 16845300元 -|133 ok - 514400元 -|134 ok - 2846300元 -|135 ok - 14236800元 -
136 ok - 15281200元 -|137 ok - 1044400元 -|138 ok - #9 -|139 ok - ≥110万人次 -|140 ok - 逐步提升 -
141 ok - - -|142 ok - #635 -|143 ok - 43万张 -|144 ok - 4010000元 -|145 not_found - - -
146 ok - 28347.38万元 145|147 not_found - - -|148 not_found - - -|149 not_found - - -|150 not_found - - -
151 not_found - - -|152 not_found - - -|153 not_found - - -|154 not_found - - -|155 not_found - - -
156 ok - 4650700元 -|157 not_found - - -|158 ok_or_clarify - - -|159 ok_or_clarify - - -|160 ok - 1268500元 -
"""
HAND_TABLE = {}
for cell in HT.replace("\n", "|").split("|"):
    if cell.strip():
        n, e, yn, f1, fu = cell.split()
        HAND_TABLE[f"b32-{n}"] = (e, None if yn == "-" else yn, None if f1 == "-" else f1, None if fu == "-" else f"b32-{fu}")
MEMBERS = {
    "060": {"社会保险信息系统建设和运维经费", "社会保险经办大厅运行和窗口服务外包经费"},
    "061": {"镇街卫生监督协管补助", "卫生监督执法人员培训经费", "卫生监督法治宣传经费", "执法车辆和快检设备运行维护经费",
            "学校和托育机构卫生监督经费", "医疗废物和消毒产品监督抽检经费"},
    "063": {"救助工作人员和社工培训经费", "救助宣传和街面巡查经费"},
    "064": {"集中供养特困人员和孤残儿童生活保障经费", "养老护理院改扩建工程经费"},
    "065": {"开展待遇领取资格认证", "完成社保业务档案数字化"},
    "066": {"非法行医行为", "卫生监督执法体系"},
    "067": {"东莞市医疗保障局", "东莞市机关事务管理局", "东莞市中心血站", "东莞市卫生监督所"},
    "068": {"救助流浪乞讨人员", "护送受助人员返乡"},
    "040": {"被监督单位满意度", "投诉群众满意度"}, "041": {"入站寻亲信息发布时限", "站舍维修改造完工时间"},
    "141": CHANGED,
}
if {t["department"] for t in DG if 160 <= peo(t) <= 180} != MEMBERS["067"]:
    err("067 vs tables")
ORDER = {"100": ["东莞市归国华侨联合会", "东莞市社会科学界联合会", "共青团东莞市委员会", "东莞市地方志办公室", "东莞市民族宗教事务局"],
         "101": ["东莞市社会保险基金管理中心", "东莞市社会福利中心", "东莞市卫生监督所", "东莞市救助管理站"],
         "099": ["医院后勤保障和物业管理经费", "校园安全保卫和物业管理经费", "院区安保保洁和物业管理经费"],
         "098": ["轨道交通建设安全质量监督经费"]}
if [t["department"] for t in sorted(DG, key=tot)[:5]] != ORDER["100"]:
    err("100 vs tables")
if any(peo(t) in (160, 180, 600) for t in DG) or any(tot(t) in (d(10000), d(30000), d(20000)) for t in DG):
    err("a value on a threshold")
FULL = {"029": "≥600张 ≥1500张", "034": "29652.41万元 447.87万元", "036": "9647.28万元 4862.37万元 4528.64万元",
        "038": "3600.00万元 326.00万元", "101": "30100.28万元 20586.43万元 9647.28万元 3892.17万元",
        "103": "1541.84万元 30100.28万元 31642.12万元", "104": "7.93万元 9647.28万元 9639.35万元",
        "105": "24.72万元 3892.17万元 3867.45万元", "106": "221.85万元 20586.43万元 20364.58万元",
        "107": "700元 18570700元 18570000元", "108": "800元 1269300元 1268500元", "109": "700元 4650700元 4650000元",
        "110": "#1 #172 #173", "111": "700元 15281200元 15280500元", "112": "943700元 1356400元 412700元",
        "113": "16694.26万元 20586.43万元 3892.17万元", "130": "1752.90万元 30100.28万元 28347.38万元",
        "133": "514400元 5642800元 5128400元", "137": "1044400元 15281200元 14236800元", "138": "#9 56593100元",
        "142": "#635 #642"}
REQ_ABSENT = {"001": "18570000元", "003": "8760000元", "004": "15280500元", "005": "1358600元", "006": "7815000元",
              "007": "7536200元", "008": "5862700元", "009": "1268500元", "014": "4650000元", "016": "860000元",
              "029": "≥1200张", "030": "≥60%", "153": "463800000元", "154": "412650000元", "155": "42165800元",
              "156": "4650000元", "157": "5862700元", "160": "1269300元", "148": "3892.17万元", "150": "42165800元"}
NOT_ABSENT = {"018": ["≥360万人次"], "023": ["≥72000户次"], "032": ["≥7.2万人次"], "139": ["≥120万人次"],
              "140": ["持续提升"], "129": ["30100.28万元"], "002": ["18570700元"], "044": ["≥45万张"]}
COUNTERPART = {"044", "048", "051", "053", "056", "143"}
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
GOALS = "".join(g for s in NEW for g in TABLES[s]["goals"])
ALLGOALS = "".join(g for t in TABLES.values() for g in t.get("goals", []) if isinstance(g, str))

path = Path(sys.argv[1]) if len(sys.argv) > 1 else BLIND / "batch_32.jsonl"
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
