"""Second, independent check of tests/blind/batch_22.jsonl (0 errors required).

Written apart from gen_batch22.py / truth22.py: loads the tables itself (batches.json's list for batch_22, which must be
batch 20's list + batch 21's new slugs + the four new ones); checks the four new tables against values typed here by hand
(budget lines, 预算合计, people, task amounts and sections; the 金融局 2025/2026 differences — one 2026-only task, one
rename, one 2026-only indicator, nine changed annual values, one of them qualitative —; the shape the brief asks for;
the look-alike amounts; every new amount unique); checks 预算合计, 人员 and 其他资金 of all 44 东莞 2026 departments
against a typed table (the 41 older ones as printed in batches 20/21's READMEs and verify21.py, the three new typed from
the definitions); checks the schema and the chains; accepts a figure only if it is a stored value of some table, a goal
phrase of a new table, or a recipe computed here from the hand values; checks every line's expect / yes-no / first figure
against a hand table, list members and ranking orders against hand lists, and required absents.

`verify22.py FILE` checks a copy.
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
CATS = ["item_money", "indicator", "overview", "prose", "filter", "count", "aggregate", "ranking",
        "compare", "structure", "yesno", "yoy", "typo", "not_found", "trap", "followup"]
FIELDS = ["id", "q", "category", "expect", "figures", "names", "yesno", "absent", "followup_of", "note"]
d = lambda v: Decimal(str(v))  # noqa: E731
r2 = lambda x: d(x).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)  # noqa: E731
Y = lambda x: f"{int(d(x))}元" if d(x) == int(d(x)) else f"{d(x).normalize()}元"  # noqa: E731
W = lambda x: f"{r2(x)}万元"  # noqa: E731
N = lambda n: f"#{n}"  # noqa: E731
NEW = ["xinfangju_2026", "jinrongju_2026", "jinrongju_2025", "touchuju_2026"]
XF, J6, J5, TC = NEW
ERR: list[str] = []


def err(m):
    ERR.append(m)


def load():
    bj = json.loads((BLIND / "batches.json").read_text(encoding="utf-8"))
    names = bj["batch_22.jsonl"]
    b20, b21 = bj["batch_20.jsonl"], bj["batch_21.jsonl"]
    want = b20 + [x for x in b21 if x not in b20] + NEW
    if names != want or len(set(names)) != len(names):
        err("batches.json: batch_22 is not batch 20 + batch 21's new + the four")
    from tests.fixtures.tables import FIXTURES
    tabs = {f.slug: dict(f.export) for f in FIXTURES}
    forms = json.loads((BLIND / "batch6_tools" / "forms6_truth.json").read_text(encoding="utf-8"))
    for n in names:
        if n.startswith("import:"):
            tabs[Path(n).stem] = forms[Path(n).stem]
        else:
            tabs[n] = json.loads((BLIND / "tables" / f"{n}.json").read_text(encoding="utf-8"))
    return tabs


def bud(t):
    return {x["name"]: d(x["amount_wan"]) for x in t.get("budget", [])}


def heji(t):
    b = bud(t)
    return b["基本支出"] + b["项目支出"] + b.get("其他事业发展性支出", 0) if "基本支出" in b else None


def goals(t):
    g = t["goals"]
    return list(g) if isinstance(g, list) else g["period"] + g["annual"]


# ---------------------------------------------------------------- typed by hand
HAND = {XF: {"基本支出": "2136.48", "项目支出": "6572.30", "其他事业发展性支出": "265.38", "财政拨款": "8862.95",
             "其他资金": "111.21", "财政专项资金": "1200.00", "市本级使用资金": "1016.00", "拟用于对下转移支付资金": "184.00"},
        J6: {"基本支出": "1468.35", "项目支出": "15432.68", "其他事业发展性支出": "394.45", "财政拨款": "17128.26",
             "其他资金": "167.22", "财政专项资金": "12650.00", "市本级使用资金": "11915.00", "拟用于对下转移支付资金": "735.00"},
        J5: {"基本支出": "1402.18", "项目支出": "14089.56", "其他事业发展性支出": "344.53", "财政拨款": "15679.84",
             "其他资金": "156.43", "财政专项资金": "11200.00", "市本级使用资金": "10573.00", "拟用于对下转移支付资金": "627.00"},
        TC: {"基本支出": "1875.36", "项目支出": "20486.74", "其他事业发展性支出": "556.55", "财政拨款": "22506.12",
             "其他资金": "412.53", "财政专项资金": "15800.00", "市本级使用资金": "14340.00", "拟用于对下转移支付资金": "1460.00"}}
TOT = {XF: d("8974.16"), J6: d("17295.48"), J5: d("15836.27"), TC: d("22918.65")}
PEOPLE_NEW = {XF: (72, 1), J6: (49, 1), J5: (46, 1), TC: (61, 2)}
TASKS = {
    XF: [("K", 12386900), ("K", 8650700), ("K", 4586700), ("O", 6380400), ("O", 3806200), ("O", 2356400), ("O", 2365200),
         ("O", 1840000), ("O", 1358900), ("O", 586600)],
    J6: [("K", 56845300), ("K", 12000600), ("K", 6472300), ("O", 18650700), ("O", 7350000), ("O", 4568800), ("O", 2136900),
         ("O", 1536700), ("O", 1268400), ("O", 986700)],
    J5: [("K", 52380600), ("K", 10865700), ("K", 5863400), ("O", 6270000), ("O", 3927300), ("O", 1874500), ("O", 1427300),
         ("O", 1136700), ("O", 924600)],
    TC: [("K", 68450300), ("K", 32600500), ("K", 18650200), ("O", 14600000), ("O", 4658700), ("O", 3865200), ("O", 2860700),
         ("O", 1806900), ("O", 1365500), ("O", 956600)],
}
ONLY_2026_TASK = "金融招商和金融机构引进奖励经费"
RENAMED = ("金融风险防范和处置经费", "地方金融风险监测预警和防范处置经费")
ONLY_2026_IND = "引进金融机构"
CHANGED = {"金融人才培训人均成本": ("≤600元/人", "≤650元/人"), "新增境内外上市企业": ("≥6家", "≥5家"),
           "贴息支持中小微企业": ("≥1000家", "≥1200家"), "举办银企对接活动": ("≥50场", "≥60场"),
           "地方金融监管平台升级完成时间": ("2025年10月31日前", "2026年10月31日前"), "带动企业新增融资": ("≥250亿元", "≥300亿元"),
           "普惠小微贷款余额增长率": ("≥10%", "≥12%"), "金融生态环境": ("逐步优化", "持续优化"), "企业满意度": ("≥90%", "≥91%")}
# look-alikes: (new slug, amount, other slug, its amount)
LOOKALIKE = [(XF, 12386900, "caizhengju_2026", 12386500), (XF, 8650700, "sifaju_2026", 8650000),
             (XF, 8650700, "gonganju_2026", 8650800), (XF, 2365200, "caizhengju_2026", 2365600),
             (XF, 586600, "tuanshiwei_2026", 586400), (XF, 4586700, "jiguanshiwu_2026", 4586300),
             (J6, 12000600, "kejiju_2026", 12000000), (J6, 1536700, "gonganju_2026", 1536000),
             (J6, 1536700, "linyeju_2026", 1536500), (J6, 6472300, "linyeju_2026", 6472000),
             (J6, 4568800, "kexie_2026", 4568600), (TC, 32600500, "shangwuju_2026", 32600000),
             (TC, 3865200, "wenguangluti_2026", 3865000), (TC, 3865200, "waishiju_2026", 3865400),
             (TC, 18650200, "shangwuju_2026", 18650000), (TC, 956600, "minzongju_2026", 956500)]
# the 44 东莞 2026 departments: 预算合计, 人员, 其他资金
DG = {"教育局": ("430784.80", 5268, "32272.44"), "公安局": ("317607.35", 7316, "8426.15"),
      "人力资源和社会保障局": ("203125.87", 486, "6383.72"), "交通运输局": ("146225.96", 186, "6355.45"),
      "水务局": ("135339.52", 356, "4487.33"), "住房和城乡建设局": ("128935.71", 286, "4417.45"),
      "城市管理和综合执法局": ("116260.44", 724, "4111.87"), "卫生健康局": ("108336.42", 312, "3524.36"),
      "医疗保障局": ("102919.76", 168, "1562.84"), "自然资源局": ("96273.10", 412, "4524.84"),
      "工业和信息化局": ("88652.47", 118, "1216.22"), "民政局": ("80780.35", 143, "2674.13"),
      "农业农村局": ("77300.53", 298, "3117.88"), "文化广电旅游体育局": ("68900.15", 628, "3467.37"),
      "生态环境局": ("67548.22", 268, "3445.47"), "商务局": ("64054.37", 142, "1735.81"),
      "市场监督管理局": ("63899.98", 1026, "2057.41"), "林业局": ("60239.81", 264, "2023.46"),
      "科学技术局": ("52187.28", 68, "300.00"), "应急管理局": ("49270.50", 215, "1435.24"),
      "发展和改革局": ("41974.29", 132, "528.46"), "政务服务和数据管理局": ("41963.41", 118, "451.33"),
      "司法局": ("41947.92", 326, "1384.74"), "退役军人事务局": ("41281.60", 78, "416.28"),
      "机关事务管理局": ("31642.12", 162, "433.67"), "财政局": ("29001.97", 352, "465.76"),
      "投资促进局": ("22918.65", 61, "412.53"), "体育局": ("22903.72", 94, "568.36"),
      "金融工作局": ("17295.48", 49, "167.22"), "残疾人联合会": ("17287.72", 58, "235.36"),
      "供销合作社": ("17169.42", 74, "434.24"), "人民防空办公室": ("15908.64", 64, "436.47"),
      "审计局": ("13247.29", 146, "203.38"), "气象局": ("12566.49", 92, "213.71"), "外事局": ("11769.95", 56, "187.31"),
      "统计局": ("9639.35", 86, "213.17"), "信访局": ("8974.16", 72, "111.21"), "科学技术协会": ("8962.57", 52, "119.28"),
      "妇女联合会": ("7245.03", 45, "84.18"), "档案局": ("6951.48", 47, "79.18"), "红十字会": ("5200.30", 41, "213.58"),
      "总工会": ("4198.90", 37, "0.00"), "民族宗教事务局": ("3867.45", 31, "55.18"), "共青团东莞市委员会": ("2946.83", 28, "70.18")}
BY_TOTAL = sorted(DG, key=lambda k: d(DG[k][0]), reverse=True)
BY_PEOPLE = sorted(DG, key=lambda k: DG[k][1])
BY_OTHER = sorted(DG, key=lambda k: d(DG[k][2]), reverse=True)
ALL44 = sum(d(v[0]) for v in DG.values())
XF_SUM = sum(a for _, a in TASKS[XF])
J6_SUM = sum(a for _, a in TASKS[J6])
TC_KEY = sum(a for k, a in TASKS[TC] if k == "K")
XF_KEY = sum(a for k, a in TASKS[XF] if k == "K")
TC_ZS = 68450300 + 32600500 + 18650200 + 14600000 + 4658700 + 3865200 + 2860700 + 956600

# hand answers: id -> (expect, yesno, first figure or None, followup_of or None)
H = """
001 ok - 12386900元 -
002 ok - 8650700元 001
003 ok - 32600500元 -
004 ok - 12000600元 -
005 ok - 52380600元 -
006 ok - 2356400元 -
007 ok - 3865200元 -
008 ok - 1536700元 -
009 ok - 14600000元 -
010 ok - 2365200元 -
011 ok - 4568800元 -
012 ok - ≥1500人次 -
013 ok - ≥4500人次 012
014 ok - ≥91% -
015 ok - ≥150个 -
016 ok - ≤10个工作日 -
017 ok - ≤25万元/场 -
018 ok - 2026年10月31日前 -
019 ok - ≥90亿元 -
020 ok - ≥80% -
021 ok - ≤600元/人 -
022 ok - ≤500万元/个 -
023 ok - 8974.16万元 -
024 ok - 8862.95万元 023
025 ok - 17295.48万元 -
026 ok - 1459.21万元 025
027 ok - 22918.65万元 -
028 ok - 15836.27万元 -
029 ok - #61 -
030 ok - 6572.30万元 -
031 ok - 735.00万元 -
032 ok - 1875.36万元 -
033 ok - 1200.00万元 -
034 ok - 394.45万元 -
035 ok - 75% -
036 ok - 120名 -
037 ok - 1200名 -
038 ok - 70家 -
039 ok - 65家 038
040 ok - 4800亿元 -
041 ok - 760亿元 -
042 ok - 180个 -
043 ok - 8个 -
044 ok - 3200家 -
045 ok - 2500条 -
046 ok - 12386900元 -
047 ok - 1268400元 -
048 ok - = -
049 ok - = -
050 ok - = -
051 ok - 及时 -
052 ok - ≤25万元/场 -
053 ok - 17295.48万元 -
054 ok - 12386900元 -
055 ok - ≥93% -
056 ok - #10 -
057 ok - 25624300元 056
058 ok - #19 -
059 ok - #9 -
060 ok - #9 -
061 ok - #44 -
062 ok - #19 -
063 ok - #40 -
064 ok - #3 -
065 ok - #3 -
066 ok - #3 -
067 ok - 44318000元 -
068 ok - 119701000元 -
069 ok - 33131.75万元 -
070 ok - 49188.29万元 -
071 ok - 113242.66万元 070
072 ok - 2895507.33万元 -
073 ok - 11181640.00元 -
074 ok - 146642200元 -
075 ok - 8708.78万元 -
076 ok - #182 -
077 ok - 72.45% -
078 ok - 12386900元 -
079 ok - 8650700元 078
080 ok 是 = 079
081 ok - #27 -
082 ok - #29 -
083 ok - 586400元 -
084 ok - 986700元 -
085 ok - #28 -
086 ok - #39 -
087 ok - 68450300元 -
088 ok - 22918.65万元 -
089 ok - 2946.83万元 -
090 ok - 500元 -
091 ok - 7.76万元 -
092 ok - 14.93万元 -
093 ok - 11.59万元 -
094 ok - 600元 -
095 ok - ≥150个 -
096 ok - ≥92% -
097 ok - 200元 -
098 ok - 10.92 -
099 ok - ≤10个工作日 -
100 ok - = -
101 ok - 持续优化 -
102 ok - ≥90亿元 -
103 ok - 1840000元 -
104 ok - 6472300元 -
105 ok - ≥85% -
106 ok - #2 -
107 ok - ≥300亿元 -
108 ok - 1460.00万元 -
109 ok - ≥91% -
110 ok 否 8974.16万元 -
111 ok 是 22918.65万元 -
112 ok 是 ≥91% -
113 ok 是 184.00万元 -
114 ok 是 500元 -
115 ok 否 ≥5家 -
116 ok 否 586400元 -
117 ok 否 412.53万元 -
118 ok 否 = -
119 ok 否 ≥3.2万件 -
120 ok - 1459.21万元 -
121 ok - 9.21% -
122 ok - 18650700元 -
123 ok - 4464700元 -
124 ok - 6472300元 -
125 ok - ≥5家 -
126 ok - 逐步优化 -
127 ok - #3 -
128 not_found - = -
129 ok - 200家 -
130 ok - 8974.16万元 -
131 ok - #9 -
132 ok - 3865200元 -
133 ok - ≤800元/人次 -
134 ok - 12000600元 -
135 ok - 22918.65万元 -
136 ok - 6572.30万元 -
137 ok - ≥91% -
138 ok - ≤25万元/场 -
139 ok - 1536700元 -
140 not_found - = -
141 ok - 8974.16万元 140
142 not_found - = -
143 not_found - = -
144 not_found - = -
145 not_found - = -
146 not_found - = -
147 not_found - = -
148 not_found - = -
149 not_found - = -
150 not_found - = -
151 not_found - = -
152 ok 否 ≥93% -
153 not_found - = -
154 not_found - = -
155 ok 否 ≥150个 -
156 ok_or_clarify - = -
157 ok 否 17295.48万元 -
158 not_found - = -
159 ok - ≥91% -
160 ok 否 68450300元 -
"""
HANDROWS = {}
for line in H.strip().splitlines():
    i, e, yn, f, fo = line.split()
    HANDROWS[f"b22-{i}"] = (e, None if yn == "-" else yn, None if f == "=" else f, None if fo == "-" else f"b22-{fo}")

# recipes (hand computations) that are not stored values
RECIPES = {
    W(TOT[J6] - TOT[J5]), W(TOT[J6] + TOT[J5]), W(TOT[XF] + TOT[J6] + TOT[TC]),
    W(TOT[XF] + TOT[J6] + TOT[TC] + d(DG["商务局"][0])), W(ALL44), Y(XF_SUM), Y(XF_KEY), Y(TC_KEY), Y(TC_ZS),
    f"{r2(d(J6_SUM) / 10)}元", W(d("2136.48") + d("6572.30")), N(72 + 49 + 61), Y(J6_SUM),
    f"{r2(d(J6_SUM) / (d('15432.68') * 10000) * 100)}%", f"{r2((TOT[J6] - TOT[J5]) / TOT[J5] * 100)}%",
    W(TOT[J6] - d(DG["残疾人联合会"][0])), W(TOT[TC] - d(DG["体育局"][0])), W(TOT[XF] - d(DG["科学技术协会"][0])),
    Y(32600500 - 32600000), Y(12000600 - 12000000), Y(586600 - 586400), str(r2(d("20486.74") / d("1875.36"))),
    Y(56845300 - 52380600), N(49 - 46), "200家", N(len(DG)), N(sum(v[1] < 100 for v in DG.values())),
    N(sum(20000 <= d(v[0]) <= 30000 for v in DG.values())), N(BY_TOTAL.index("投资促进局") + 1),
    N(BY_TOTAL.index("金融工作局") + 1), N(BY_OTHER.index("信访局") + 1), N(40), N(2), N(3), N(9),
}
FIRST_RECIPE = {
    "b22-026": W(TOT[J6] - TOT[J5]), "b22-057": Y(XF_KEY), "b22-061": N(44), "b22-062": N(sum(v[1] < 100 for v in DG.values())),
    "b22-065": N(sum(20000 <= d(v[0]) <= 30000 for v in DG.values())), "b22-067": Y(XF_SUM), "b22-068": Y(TC_KEY),
    "b22-069": W(TOT[J6] + TOT[J5]), "b22-070": W(TOT[XF] + TOT[J6] + TOT[TC]),
    "b22-071": W(TOT[XF] + TOT[J6] + TOT[TC] + d("64054.37")), "b22-072": W(ALL44), "b22-073": f"{r2(d(J6_SUM) / 10)}元",
    "b22-074": Y(TC_ZS), "b22-075": W(d("2136.48") + d("6572.30")), "b22-076": N(182),
    "b22-081": N(BY_TOTAL.index("投资促进局") + 1), "b22-082": N(BY_TOTAL.index("金融工作局") + 1),
    "b22-085": N(DG[BY_PEOPLE[0]][1]), "b22-086": N(BY_OTHER.index("信访局") + 1), "b22-089": W(DG[BY_TOTAL[-1]][0]),
    "b22-091": W(TOT[J6] - d("17287.72")), "b22-092": W(TOT[TC] - d("22903.72")), "b22-093": W(TOT[XF] - d("8962.57")),
    "b22-098": str(r2(d("20486.74") / d("1875.36"))), "b22-120": W(TOT[J6] - TOT[J5]),
    "b22-121": f"{r2((TOT[J6] - TOT[J5]) / TOT[J5] * 100)}%", "b22-123": Y(56845300 - 52380600),
}
NAMES = {
    "b22-046": ["信访事项受理办理和督查督办经费", "信访矛盾纠纷多元化解经费", "信访接待场所安全保卫经费"],
    "b22-047": ["金融人才培训和交流经费", "金融研究和政策评估经费"],
    "b22-048": ["重大招商项目落地奖励资金", "产业链精准招商和重大项目引进经费", "境内外招商推介活动经费", "镇街招商引资工作补助",
                "招商信息化和投资促进平台建设经费", "驻外招商联络处运行经费", "招商项目评估和产业研究经费", "招商队伍专业化培训经费"],
    "b22-049": ["科技金融贴息", "普惠金融和科技金融贴息资金", "地方金融风险监测预警和防范处置经费", "金融招商和金融机构引进奖励经费",
                "镇街金融工作补助", "金融信息化和地方金融监管平台建设经费", "金融服务实体经济对接活动经费", "金融人才培训和交流经费",
                "金融研究和政策评估经费"],
    "b22-050": ["律师参与接访", "化解信访积案", "镇街信访工作规范化建设", "信访积案化解率"],
    "b22-051": ["贴息资金拨付", "金融生态环境", "地方金融风险防控体系"],
    "b22-052": ["招商推介活动单场成本", "重大项目落地奖励上限"],
    "b22-053": ["金融工作局", "残疾人联合会", "供销合作社", "人民防空办公室", "审计局", "气象局", "外事局"],
    "b22-054": ["信访事项受理办理和督查督办经费", "信访矛盾纠纷多元化解经费", "信访信息化建设和网上信访平台运维经费"],
    "b22-055": ["企业满意度", "外商投资企业满意度"],
    "b22-064": ["信访积案化解率", "信访秩序", "信访工作法治化水平"],
    "b22-065": ["财政局", "投资促进局", "体育局"],
    "b22-100": ["成本指标", "产出指标", "效益指标", "满意度指标"], "b22-101": ["效益指标", "社会效益"],
    "b22-102": ["效益指标", "经济效益"], "b22-103": ["其他需完成的任务"], "b22-104": ["年度重点工作任务"],
    "b22-105": ["签约项目履约率", "重大项目落地率"], "b22-106": ["信访件受理回复时限", "网上信访平台升级完成时间"],
    "b22-107": ["带动企业新增融资"], "b22-108": ["镇街招商引资工作补助"], "b22-109": ["企业满意度", "金融机构满意度"],
    "b22-122": [ONLY_2026_TASK], "b22-124": [RENAMED[1]],
}
RANKED = {
    "b22-078": ["信访事项受理办理和督查督办经费"], "b22-079": ["信访矛盾纠纷多元化解经费"],
    "b22-083": ["团干部和青年骨干培训经费"], "b22-084": ["金融研究和政策评估经费", "金融人才培训和交流经费", "防范非法集资宣传教育经费"],
    "b22-085": ["共青团东莞市委员会", "民族宗教事务局", "总工会", "红十字会", "妇女联合会"], "b22-087": ["重大招商项目落地奖励资金"],
    "b22-088": ["投资促进局", "金融工作局", "信访局"], "b22-089": ["共青团东莞市委员会", "民族宗教事务局", "总工会"],
    "b22-160": ["重大招商项目落地奖励资金"],
}
RANK_FIGS = {"b22-084": ["986700元", "1268400元", "1536700元"], "b22-085": ["#28", "#31", "#37", "#41", "#45"],
             "b22-088": ["22918.65万元", "17295.48万元", "8974.16万元"], "b22-089": ["2946.83万元", "3867.45万元", "4198.90万元"]}
# absents that must be there (look-alikes, other year, other department)
MUST_ABSENT = {"b22-001": "12386500元", "b22-002": "8650000元", "b22-003": "32600000元", "b22-004": "12000000元",
               "b22-005": "56845300元", "b22-007": "3865400元", "b22-008": "1536000元", "b22-014": "≥93%", "b22-015": "≥200个",
               "b22-016": "≤15个工作日", "b22-018": "2025年10月31日前", "b22-019": "≥100亿元", "b22-021": "≤650元/人",
               "b22-023": "8962.57万元", "b22-025": "17287.72万元", "b22-027": "22903.72万元", "b22-083": "586600元",
               "b22-087": "32600000元", "b22-124": "5863400元", "b22-151": "32600000元", "b22-158": "26430800元",
               "b22-159": "≥92%", "b22-147": "≥8家", "b22-148": "18650700元"}
PROSE = {"b22-035": (XF, "75%"), "b22-036": (XF, "120名"), "b22-037": (XF, "1200名"), "b22-038": (J6, "70家"),
         "b22-039": (J5, "65家"), "b22-040": (J6, "4800亿元"), "b22-041": (J6, "760亿元"), "b22-042": (TC, "180个"),
         "b22-043": (TC, "8个"), "b22-044": (TC, "3200家"), "b22-045": (TC, "2500条")}


def atoms(t):
    out = {Y(x["amount_yuan"]) for x in t.get("tasks", [])} | {W(x["amount_wan"]) for x in t.get("budget", [])}
    out |= {W(x["amount_wan"]) for x in t.get("funds", []) if x.get("amount_wan") is not None}
    if heji(t) is not None:
        out.add(W(heji(t)))
    for i in t.get("indicators", []):
        out |= {i["annual_value"], i.get("period_value") or ""}
    out |= {f"#{v}" for v in (t.get("basic_info") or {}).values()}
    out |= {f"#{len(t.get('tasks', []))}", f"#{len(t.get('indicators', []))}"}
    return out - {""}


def check_tables(tabs):
    for s in NEW:
        t = tabs[s]
        b = bud(t)
        for k, v in HAND[s].items():
            if b.get(k) != d(v):
                err(f"{s} {k}: {b.get(k)} != hand {v}")
        if heji(t) != TOT[s] or b["财政拨款"] + b["其他资金"] != TOT[s]:
            err(f"{s}: 预算合计")
        bi = t["basic_info"]
        if (bi["财政供养人员数"], bi["下属二级单位数"]) != PEOPLE_NEW[s]:
            err(f"{s}: people")
        got = [("K" if x["section"] == "年度重点工作任务" else "O", x["amount_yuan"]) for x in t["tasks"]]
        if got != TASKS[s]:
            err(f"{s}: tasks {got}")
        if sum(x["amount_yuan"] for x in t["tasks"]) > b["项目支出"] * 10000:
            err(f"{s}: tasks exceed 项目支出")
        ind = t["indicators"]
        if not any(i["period_value"] != i["annual_value"] for i in ind):
            err(f"{s}: no period≠annual")
        if not any(i["level2"] == "经济成本指标" and "/" in i["annual_value"] for i in ind):
            err(f"{s}: no cost indicator")
        if not any(not any(c.isdigit() for c in i["annual_value"]) for i in ind):
            err(f"{s}: no qualitative")
        if not any("日前" in i["annual_value"] for i in ind):
            err(f"{s}: no date")
        if not 4 <= len(goals(t)) <= 5:
            err(f"{s}: goals")
    n5 = {x["name"] for x in tabs[J5]["tasks"]}
    n6 = {x["name"] for x in tabs[J6]["tasks"]}
    if n6 - n5 != {ONLY_2026_TASK, RENAMED[1]} or n5 - n6 != {RENAMED[0]}:
        err("金融局 task differences")
    i5 = {i["level3"]: i["annual_value"] for i in tabs[J5]["indicators"]}
    i6 = {i["level3"]: i["annual_value"] for i in tabs[J6]["indicators"]}
    if set(i6) - set(i5) != {ONLY_2026_IND} or set(i5) - set(i6):
        err("金融局 indicator differences")
    changed = {k: (i5[k], i6[k]) for k in i5 if i5[k] != i6[k]}
    if changed != CHANGED:
        err(f"金融局 changed indicators {changed}")
    for s, a, o, b in LOOKALIKE:
        if a not in [x["amount_yuan"] for x in tabs[s]["tasks"]] or b not in [x["amount_yuan"] for x in tabs[o]["tasks"]]:
            err(f"look-alike {s} {a} / {o} {b} missing")
        if a == b or abs(a - b) > 1000:
            err(f"look-alike {a} {b} not close")
    seen = {}
    for slug, t in tabs.items():
        for x in t.get("tasks", []):
            seen.setdefault(d(x["amount_yuan"]), []).append(slug)
    for s in NEW:
        for x in tabs[s]["tasks"]:
            if len(seen[d(x["amount_yuan"])]) != 1:
                err(f"{s}: amount {x['amount_yuan']} not unique {seen[d(x['amount_yuan'])]}")
    dg = [t for t in tabs.values() if t.get("kind", "department") == "department" and t["year"] == 2026
          and "东莞市" in t["department"]]
    stems = {}
    for t in dg:
        st = t["department"][3:] if t["department"].startswith("东莞市") else t["department"]
        stems[st] = (str(heji(t)), t["basic_info"]["财政供养人员数"], str(r2(bud(t)["其他资金"])))
    if stems != DG:
        err(f"东莞 2026 departments differ: {set(stems) ^ set(DG)} {[k for k in DG if stems.get(k) != DG[k]]}")


def check_rows(rows, tabs):
    allatoms = set().union(*(atoms(t) for t in tabs.values()))
    gtext = {s: "\n".join(goals(tabs[s])) for s in NEW}
    if [r["id"] for r in rows] != [f"b22-{n:03d}" for n in range(1, 161)]:
        err("ids")
    for c in CATS:
        if sum(r["category"] == c for r in rows) != 10:
            err(f"category {c} not 10")
    prev = None
    for r in rows:
        rid = r["id"]
        if list(r) != FIELDS:
            err(f"{rid}: fields")
        e, yn, first, fo = HANDROWS[rid]
        if r["expect"] != e:
            err(f"{rid}: expect {r['expect']} != {e}")
        if r["yesno"] != yn:
            err(f"{rid}: yesno {r['yesno']} != {yn}")
        if r["followup_of"] != fo or (fo and fo != prev):
            err(f"{rid}: followup_of {r['followup_of']} != {fo}")
        if (r["category"] == "followup") != bool(fo):
            err(f"{rid}: followup category")
        figs = r["figures"]
        if first is not None and (not figs or figs[0] != first):
            err(f"{rid}: first figure {figs[:1]} != {first}")
        if first is None and e == "ok" and yn is None and figs:
            err(f"{rid}: unexpected figures {figs}")
        if e in ("not_found", "ok_or_clarify") and figs:
            err(f"{rid}: figures on a {e} line")
        if rid in FIRST_RECIPE and (not figs or figs[0] != FIRST_RECIPE[rid]):
            err(f"{rid}: recipe {FIRST_RECIPE[rid]} != {figs[:1]}")
        for f in figs:
            if f not in allatoms and f not in RECIPES and not any(f in g for g in gtext.values()):
                err(f"{rid}: figure {f} is no stored value, goal phrase or recipe")
        if rid in PROSE:
            s, p = PROSE[rid]
            if figs[:1] != [p] or p not in gtext[s]:
                err(f"{rid}: prose {p} not in {s}'s goals")
        for a in r["absent"]:
            if a in figs:
                err(f"{rid}: absent {a} is a figure")
            if a not in allatoms and not any(a in g for g in gtext.values()):
                err(f"{rid}: absent {a} is no real value")
        if rid in MUST_ABSENT and MUST_ABSENT[rid] not in r["absent"]:
            err(f"{rid}: required absent {MUST_ABSENT[rid]} missing")
        if rid in NAMES and sorted(r["names"]) != sorted(NAMES[rid]):
            err(f"{rid}: names {r['names']} != {NAMES[rid]}")
        if rid in RANKED and r["names"][:len(RANKED[rid])] != RANKED[rid]:
            err(f"{rid}: ranking {r['names']} != {RANKED[rid]}")
        if rid in RANK_FIGS and figs != RANK_FIGS[rid]:
            err(f"{rid}: ranking figures {figs} != {RANK_FIGS[rid]}")
        prev = rid


def main() -> int:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else BLIND / "batch_22.jsonl"
    tabs = load()
    check_tables(tabs)
    rows = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]
    check_rows(rows, tabs)
    # sanity of the hand tables themselves
    if BY_TOTAL.index("投资促进局") + 1 != 27 or BY_TOTAL.index("金融工作局") + 1 != 29 or BY_OTHER.index("信访局") + 1 != 39:
        err("hand ranks")
    if BY_PEOPLE[:5] != RANKED["b22-085"]:
        err("hand people order")
    print(f"{len(ERR)} errors" + ("" if not ERR else ": " + ERR[0]))
    for m in ERR[1:40]:
        print(" ", m)
    return 1 if ERR else 0


if __name__ == "__main__":
    sys.exit(main())
