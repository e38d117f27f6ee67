"""Second, independent check of tests/blind/batch_23.jsonl (0 errors required).

Written apart from gen_batch23.py / truth23.py: loads the tables itself (batches.json's list for batch_23, which must be
batch 22's list + the five new slugs); checks the five new tables against values typed here by hand (budget lines,
预算合计, people, task amounts and sections, the project's funds and indicators; the 港务局 2025/2026 differences — one
2026-only task, one rename, one 2026-only indicator, ten changed annual values, one of them qualitative —; the shape the
brief asks for; the look-alike amounts; every new amount unique); checks 预算合计, 人员 and 其他资金 of all 47 东莞 2026
departments against a typed table (the 44 older ones as in verify22.py, the three new typed from the definitions);
checks the schema and the chains; accepts a figure only if it is a stored value of some table, a goal phrase of a new
table, or a recipe computed here from the hand values; checks every line's expect / yes-no / first figure against a
hand table, list members and ranking orders against hand lists, and required absents.

`verify23.py FILE` checks a copy.
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
P = lambda x: f"{r2(x)}%"  # noqa: E731
N = lambda n: f"#{n}"  # noqa: E731
NEW = ["guoziwei_2026", "dangxiao_2026", "gangwuju_2026", "gangwuju_2025", "gangwu_hangdao_2026"]
GZ, DX, G6, G5, HD = NEW
ERR: list[str] = []


def err(m):
    ERR.append(m)


def load():
    bj = json.loads((BLIND / "batches.json").read_text(encoding="utf-8"))
    names = bj["batch_23.jsonl"]
    if names != bj["batch_22.jsonl"] + NEW or len(set(names)) != len(names):
        err("batches.json: batch_23 is not batch 22 + the five")
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
HAND = {GZ: {"基本支出": "2286.54", "项目支出": "9183.62", "其他事业发展性支出": "306.22", "财政拨款": "11538.15",
             "其他资金": "238.23", "财政专项资金": "7600.00", "市本级使用资金": "7600.00", "拟用于对下转移支付资金": "0.00"},
        DX: {"基本支出": "5386.27", "项目支出": "7465.32", "其他事业发展性支出": "400.25", "财政拨款": "12968.46",
             "其他资金": "283.38", "财政专项资金": "1850.00", "市本级使用资金": "1626.00", "拟用于对下转移支付资金": "224.00"},
        G6: {"基本支出": "3468.52", "项目支出": "24986.47", "其他事业发展性支出": "560.37", "财政拨款": "28327.14",
             "其他资金": "688.22", "财政专项资金": "9800.00", "市本级使用资金": "9130.00", "拟用于对下转移支付资金": "670.00"},
        G5: {"基本支出": "3326.18", "项目支出": "22648.35", "其他事业发展性支出": "512.64", "财政拨款": "25864.05",
             "其他资金": "623.12", "财政专项资金": "8600.00", "市本级使用资金": "7990.00", "拟用于对下转移支付资金": "610.00"}}
TOT = {GZ: d("11776.38"), DX: d("13251.84"), G6: d("29015.36"), G5: d("26487.17")}
PEOPLE_NEW = {GZ: (83, 1), DX: (126, 1), G6: (97, 2), G5: (93, 2)}
TASKS = {
    GZ: [("K", 38650200), ("K", 4568700), ("K", 4265600), ("O", 3128200), ("O", 2365300), ("O", 1268700), ("O", 1358100),
         ("O", 986400), ("O", 865700), ("O", 724600)],
    DX: [("K", 18650600), ("K", 6472600), ("K", 4586500), ("O", 9540300), ("O", 6380600), ("O", 2458700), ("O", 2240000),
         ("O", 1536900), ("O", 1286600), ("O", 758200)],
    G6: [("K", 68450600), ("K", 9680400), ("K", 21650300), ("O", 12386700), ("O", 6700000), ("O", 5680300), ("O", 3865300),
         ("O", 3480200), ("O", 3280400), ("O", 1860300)],
    G5: [("K", 61735400), ("K", 8963200), ("K", 17264800), ("O", 11652300), ("O", 6100000), ("O", 5236400), ("O", 2754600),
         ("O", 2986500), ("O", 1647900)],
}
FUNDS = {"实施周期资金总额": "26850.00", "年度资金总额": "6845.00", "财政拨款": "6520.00", "其他资金": "325.00"}
HD_IND = {"航道扩建疏浚里程": ("≥18公里", "≥6公里"), "完成疏浚工程量": ("≥960万立方米", "≥320万立方米"),
          "新建和调整航标": ("≥36座", "≥12座"), "改造提升公共码头泊位": ("≥6个", "≥2个"), "工程验收合格率": ("100%", "100%"),
          "航道设计底标高达标率": ("100%", "100%"), "一期疏浚工程完成时间": ("2026年12月31日前", "2026年12月31日前"),
          "航道疏浚单位成本": ("≤45元/立方米", "≤45元/立方米"), "新增港口通过能力": ("≥1800万吨", "≥600万吨"),
          "航道通航保障水平": ("明显提升", "明显提升"), "港航企业满意度": ("≥90%", "≥90%")}
ONLY_2026_TASK = "绿色港口和岸电设施建设补助"
RENAMED = ("港口危险货物安全监管经费", "港口安全生产和危险货物作业监管经费")
ONLY_2026_IND = "建成港口岸电设施"
CHANGED = {"航道疏浚维护单位成本": ("≤36元/立方米", "≤38元/立方米"), "航道维护疏浚量": ("≥420万立方米", "≥450万立方米"),
           "开展港口安全生产检查": ("≥280家次", "≥300家次"), "培训港航从业人员": ("≥2800人次", "≥3000人次"),
           "智慧港口综合监管平台上线时间": ("2025年12月31日前", "2026年9月30日前"), "港口货物吞吐量": ("≥1.8亿吨", "≥1.9亿吨"),
           "集装箱吞吐量": ("≥400万标箱", "≥420万标箱"), "靠港船舶岸电使用率": ("≥25%", "≥30%"),
           "港口安全发展水平": ("稳步提升", "持续提升"), "企业满意度": ("≥92%", "≥94%")}
# look-alikes: (new slug, amount, other slug, its amount)
LOOKALIKE = [(GZ, 4568700, "jinrongju_2026", 4568800), (GZ, 4568700, "kexie_2026", 4568600),
             (GZ, 986400, "jinrongju_2026", 986700), (GZ, 986400, "hongshizihui_2026", 986300),
             (GZ, 3128200, "gongxinju_2026", 3128400), (GZ, 3128200, "yingji_2026", 3128000),
             (GZ, 2365300, "xinfangju_2026", 2365200), (GZ, 1268700, "caizhengju_2026", 1268600),
             (GZ, 38650200, "yingji_2026", 38650000), (DX, 9540300, "jiguanshiwu_2026", 9540500),
             (DX, 18650600, "jinrongju_2026", 18650700), (DX, 18650600, "gongxinju_2026", 18650400),
             (DX, 4586500, "xinfangju_2026", 4586700), (DX, 6472600, "jinrongju_2026", 6472300),
             (G6, 68450600, "touchuju_2026", 68450300), (G6, 5680300, "shengtai_2026", 5680000),
             (G6, 21650300, "jiaotongju_2026", 21650000), (G6, 12386700, "xinfangju_2026", 12386900),
             (G6, 3865300, "touchuju_2026", 3865200), (G6, 3280400, "jiaotongju_2026", 3280000)]
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
      "总工会": ("4198.90", 37, "0.00"), "民族宗教事务局": ("3867.45", 31, "55.18"), "共青团东莞市委员会": ("2946.83", 28, "70.18"),
      # batch 23
      "人民政府国有资产监督管理委员会": ("11776.38", 83, "238.23"), "中共东莞市委党校": ("13251.84", 126, "283.38"),
      "港务管理局": ("29015.36", 97, "688.22")}
BY_TOTAL = sorted(DG, key=lambda k: d(DG[k][0]), reverse=True)
BY_PEOPLE = sorted(DG, key=lambda k: DG[k][1])
BY_OTHER = sorted(DG, key=lambda k: d(DG[k][2]), reverse=True)
ALL47 = sum(d(v[0]) for v in DG.values())
S = {s: sum(a for _, a in TASKS[s]) for s in TASKS}
KEYS = {s: sum(a for k, a in TASKS[s] if k == "K") for s in TASKS}

# hand answers: id -> (expect, yesno, first figure or None, followup_of or None)
H = """
001 ok - 4568700元 -
002 ok - 9540300元 -
003 ok - 68450600元 -
004 ok - 61735400元 003
005 ok - 6715200元 004
006 ok - 18650600元 -
007 ok - 986400元 -
008 ok - 8963200元 -
009 ok - 6700000元 -
010 ok - 3128200元 -
011 ok - 2365300元 -
012 ok - 5680300元 -
013 ok - ≥420万标箱 -
014 ok - ≥1300万标箱 013
015 ok - ≥400万标箱 014
016 ok - ≥96% -
017 ok - ≥102% -
018 ok - ≥94% -
019 ok - ≤45元/立方米 -
020 ok - ≤8万元/项 -
021 ok - 2026年10月31日前 -
022 ok - ≤8个工作日 -
023 ok - ≥6公里 -
024 ok - ≤18万元/户 -
025 ok - 11776.38万元 -
026 ok - 11538.15万元 025
027 ok - 7600.00万元 026
028 ok - 13251.84万元 -
029 ok - 29015.36万元 -
030 ok - 26487.17万元 -
031 ok - #126 -
032 ok - 2286.54万元 -
033 ok - 26850.00万元 -
034 ok - 9800.00万元 -
035 ok - = -
036 ok - 400.25万元 -
037 ok - 5200亿元 -
038 ok - 40户 -
039 ok - 7200人次 -
040 ok - 4.6万人 -
041 ok - 98条 -
042 ok - 15套 -
043 ok - 27公里 -
044 ok - 350万立方米 -
045 ok - 260户 -
046 ok - 22项 -
047 ok - 68450600元 -
048 ok - 986400元 -
049 ok - = -
050 ok - = -
051 ok - = -
052 ok - ≤3800元/人 -
053 ok - = -
054 ok - = -
055 ok - = -
056 ok - 4568700元 -
057 ok - #10 -
058 ok - 47484500元 057
059 ok - 81.61% 058
060 ok - #15 -
061 ok - #9 -
062 ok - #47 -
063 ok - #21 -
064 ok - #11 -
065 ok - #44 -
066 ok - #9 -
067 ok - #1 -
068 ok - #306 -
069 ok - 53911000元 -
070 ok - 34037000元 -
071 ok - 25028.22万元 -
072 ok - 55502.53万元 -
073 ok - 2949550.91万元 -
074 ok - 5818150.00元 -
075 ok - 54.84% -
076 ok - 5786.52万元 -
077 ok - 20005.00万元 -
078 ok - 175241.32万元 -
079 ok - 68450600元 -
080 ok - 21650300元 079
081 ok 是 = 080
082 ok - #26 -
083 ok - #34 -
084 ok - #37 -
085 ok - 18650600元 -
086 ok - 724600元 -
087 ok - 29015.36万元 -
088 ok - #21 -
089 ok - 6472600元 -
090 ok - #24 -
091 ok - 6.43万元 -
092 ok - 4.55万元 -
093 ok - 13.39万元 -
094 ok - 0.06万元 -
095 ok - 100元 -
096 ok - ≥94% -
097 ok - ≥96% -
098 ok - 300元 -
099 ok - 4270500元 -
100 ok - 7.20 -
101 ok - = -
102 ok - ≥30% -
103 ok - 2240000元 -
104 ok - 4265600元 -
105 ok - 2026年9月30日前 -
106 ok - ≥96% -
107 ok - 3865300元 -
108 ok - = -
109 ok - 7600.00万元 -
110 ok - ≥12套 -
111 ok 否 11776.38万元 -
112 ok 是 ≥96% -
113 ok 是 55.11% -
114 ok 否 325.00万元 -
115 ok 是 224.00万元 -
116 ok 否 25.49% -
117 ok 否 3128200元 -
118 ok 是 #126 -
119 ok 否 ≥420万标箱 -
120 ok 否 38650200元 -
121 ok - 2528.19万元 -
122 ok - 9.54% -
123 ok - 3865300元 -
124 ok - 9680400元 -
125 ok - 4385500元 -
126 ok - ≥92% -
127 ok - 稳步提升 -
128 ok - #4 -
129 not_found - = -
130 ok - 90条 -
131 ok - 11776.38万元 -
132 ok - 68450600元 -
133 ok - 13251.84万元 -
134 ok - 29015.36万元 -
135 ok - 4568700元 -
136 ok - 6845.00万元 -
137 ok - ≥96% -
138 ok - ≥420万标箱 -
139 ok - #10 -
140 ok - 3865300元 -
141 not_found - = -
142 not_found - = -
143 not_found - = -
144 not_found - = -
145 not_found - = -
146 not_found - = -
147 not_found - = -
148 not_found - = -
149 not_found - = -
150 not_found - = -
151 ok_or_clarify - = -
152 ok - ≥90% -
153 ok 否 ≥3000人次 -
154 ok 否 18650600元 -
155 not_found - = -
156 not_found - = -
157 ok 是 ≤3800元/人 -
158 not_found - = -
159 ok 否 11776.38万元 -
160 ok_or_clarify - = -
"""
HANDROWS = {}
for line in H.strip().splitlines():
    i, e, yn, f, fo = line.split()
    HANDROWS[f"b23-{i}"] = (e, None if yn == "-" else yn, None if f == "=" else f, None if fo == "-" else f"b23-{fo}")

FIRST_RECIPE = {
    "b23-005": Y(68450600 - 61735400), "b23-058": Y(KEYS[GZ]), "b23-059": P(d(KEYS[GZ]) / S[GZ] * 100),
    "b23-062": N(len(DG)), "b23-065": N(44), "b23-063": N(sum(v[1] < 100 for v in DG.values())), "b23-068": N(83 + 126 + 97),
    "b23-069": Y(S[DX]), "b23-070": Y(21650300 + 12386700), "b23-071": W(TOT[GZ] + TOT[DX]),
    "b23-072": W(TOT[G6] + TOT[G5]), "b23-073": W(ALL47), "b23-074": f"{r2(d(S[GZ]) / 10)}元",
    "b23-075": P(d(S[G6]) / (d("24986.47") * 10000) * 100), "b23-076": W(d("5386.27") + d("400.25")),
    "b23-077": W(d("26850.00") - d("6845.00")), "b23-078": W(TOT[G6] + d(DG["交通运输局"][0])),
    "b23-082": N(BY_TOTAL.index("港务管理局") + 1), "b23-083": N(BY_TOTAL.index("中共东莞市委党校") + 1),
    "b23-084": N(BY_TOTAL.index("人民政府国有资产监督管理委员会") + 1), "b23-088": N(BY_OTHER.index("港务管理局") + 1),
    "b23-090": N(BY_PEOPLE.index("中共东莞市委党校") + 1),
    "b23-091": W(TOT[GZ] - d(DG["外事局"][0])), "b23-092": W(TOT[DX] - d(DG["审计局"][0])),
    "b23-093": W(TOT[G6] - d(DG["财政局"][0])), "b23-094": W((d(68450600) - d("6845.00") * 10000) / 10000),
    "b23-095": Y(4568800 - 4568700), "b23-098": Y(21650300 - 21650000), "b23-099": Y(S[GZ] - S[DX]),
    "b23-100": str(r2(d("24986.47") / d("3468.52"))), "b23-113": P(d(KEYS[DX]) / S[DX] * 100),
    "b23-116": P(d("6845.00") / d("26850.00") * 100), "b23-121": W(TOT[G6] - TOT[G5]),
    "b23-122": P((TOT[G6] - TOT[G5]) / TOT[G5] * 100), "b23-125": Y(21650300 - 17264800), "b23-128": N(97 - 93),
}
RECIPES = set(FIRST_RECIPE.values()) | {W(TOT[GZ] + TOT[DX] + TOT[G6]), Y(S[GZ]), N(44), N(5), N(3), N(1), N(11), N(15), N(10)}
NAMES = {
    "b23-047": ["港口航道疏浚和维护经费", "智慧港口信息化建设经费", "港口岸线和码头管理经费"],
    "b23-048": ["国有企业负责人经营业绩考核和薪酬审核经费", "国资系统干部和企业经营管理人员培训经费", "国有企业违规经营投资责任追究经费"],
    "b23-049": ["现场教学基地建设和维护经费", "图书资料和数字图书馆维护经费"],
    "b23-050": ["开展港口安全生产检查", "集装箱吞吐量"],
    "b23-051": ["国资监管体系", "国有企业核心竞争力"],
    "b23-052": ["主体班次学员人均培训成本", "决策咨询课题单项经费上限"],
    "b23-053": ["中共东莞市委党校", "审计局", "气象局", "国有资产监督管理委员会", "外事局"],
    "b23-054": ["港口货物吞吐量", "集装箱吞吐量", "港口重大安全生产责任事故", "靠港船舶岸电使用率", "港口安全发展水平"],
    "b23-055": ["安全生产监管执法经费", "安全生产培训经费", "工业领域安全生产检查经费", "国有企业安全生产监督检查经费",
                "港口安全生产和危险货物作业监管经费"],
    "b23-056": ["国资国企在线监管系统建设和运维经费", "市属国有企业财务审计和资产评估监管经费", "国有企业安全生产监督检查经费"],
    "b23-058": ["市属国有企业改革发展专项资金", "国资国企在线监管系统建设和运维经费", "市属国有企业财务审计和资产评估监管经费"],
    "b23-101": ["成本指标", "产出指标", "效益指标", "满意度指标"], "b23-102": ["效益指标", "生态效益"],
    "b23-103": ["其他需完成的任务"], "b23-104": ["年度重点工作任务"],
    "b23-105": ["智慧港口综合监管平台上线时间", "港口经营许可办结时限"], "b23-106": ["培训学员满意度", "委托培训单位满意度"],
    "b23-107": [ONLY_2026_TASK, "其他需完成的任务"], "b23-108": ["港务管理局"], "b23-110": ["产出指标", "数量指标"],
    "b23-123": [ONLY_2026_TASK], "b23-124": [RENAMED[1]], "b23-008": [RENAMED[0]], "b23-035": ["东莞市港口航道事务中心"],
    "b23-152": ["监管企业满意度"], "b23-067": ["东莞港沙田港区进港航道扩建工程"],
}
RANKED = {
    "b23-079": ["港口航道疏浚和维护经费"], "b23-080": ["智慧港口信息化建设经费"], "b23-081": ["年度重点工作任务"],
    "b23-085": ["干部教育培训主体班次经费"], "b23-154": ["干部教育培训主体班次经费"],
    "b23-086": ["国有企业违规经营投资责任追究经费", "国资系统干部和企业经营管理人员培训经费", "国有企业负责人经营业绩考核和薪酬审核经费"],
    "b23-087": ["港务管理局", "中共东莞市委党校", "国有资产监督管理委员会"], "b23-089": ["党的创新理论研究和决策咨询经费"],
}
RANK_FIGS = {"b23-086": ["724600元", "865700元", "986400元"], "b23-087": ["29015.36万元", "13251.84万元", "11776.38万元"],
             "b23-047": ["68450600元", "21650300元", "12386700元"]}
MUST_ABSENT = {"b23-001": "4568800元", "b23-002": "9540500元", "b23-003": "68450300元", "b23-004": "68450600元",
               "b23-006": "18650700元", "b23-007": "986700元", "b23-008": "9680400元", "b23-010": "3128400元",
               "b23-015": "≥420万标箱", "b23-016": "≥95%", "b23-018": "≥91%", "b23-019": "≤38元/立方米",
               "b23-022": "≤10个工作日", "b23-025": "11769.95万元", "b23-028": "13247.29万元", "b23-124": "8963200元",
               "b23-129": "≥12套", "b23-133": "6951.48万元", "b23-141": "11776.38万元", "b23-148": "68450600元",
               "b23-152": "≥94%", "b23-155": "3128000元", "b23-156": "21650000元", "b23-158": "3865300元"}
PROSE = {"b23-037": (GZ, "5200亿元"), "b23-038": (GZ, "40户"), "b23-039": (DX, "7200人次"), "b23-040": (DX, "4.6万人"),
         "b23-041": (G6, "98条"), "b23-042": (G6, "15套"), "b23-043": (HD, "27公里"), "b23-044": (HD, "350万立方米"),
         "b23-045": (GZ, "260户"), "b23-046": (DX, "22项"), "b23-130": (G5, "90条")}
# figures on ok lines with no first figure expected
NO_FIGS = {"b23-035", "b23-049", "b23-050", "b23-051", "b23-053", "b23-054", "b23-055", "b23-081", "b23-101", "b23-108"}


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
    for s in NEW[:4]:
        t = tabs[s]
        b = bud(t)
        for k, v in HAND[s].items():
            if b.get(k) != d(v):
                err(f"{s} {k}: {b.get(k)} != hand {v}")
        if heji(t) != TOT[s] or b["财政拨款"] + b["其他资金"] != TOT[s]:
            err(f"{s}: 预算合计")
        if b["市本级使用资金"] + b["拟用于对下转移支付资金"] != b["财政专项资金"]:
            err(f"{s}: 财政专项资金")
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
    # 镇街 subsidies equal the 对下 lines
    for s, name in ((DX, "镇街党校分校教学补助"), (G6, "沿江镇街港口安全监管工作补助"), (G5, "沿江镇街港口安全监管工作补助")):
        (a,) = [x["amount_yuan"] for x in tabs[s]["tasks"] if x["name"] == name]
        if d(a) != bud(tabs[s])["拟用于对下转移支付资金"] * 10000:
            err(f"{s}: {name} != 对下")
    p = tabs[HD]
    if p.get("kind") != "project" or p["department"] != "东莞市港务管理局" or p["unit"] != "东莞市港口航道事务中心":
        err("project header")
    f = {x["name"]: d(x["amount_wan"]) for x in p["funds"]}
    if f != {k: d(v) for k, v in FUNDS.items()} or f["财政拨款"] + f["其他资金"] != f["年度资金总额"]:
        err(f"project funds {f}")
    pi = {i["level3"]: (i["period_value"], i["annual_value"]) for i in p["indicators"]}
    if pi != HD_IND:
        err(f"project indicators {pi}")
    if abs(d(68450600) - f["年度资金总额"] * 10000) != 600:
        err("project year money not 600元 from the 航道 task")
    if (len(p["goals"]["period"]), len(p["goals"]["annual"])) != (2, 2):
        err("project goals")
    n5 = {x["name"] for x in tabs[G5]["tasks"]}
    n6 = {x["name"] for x in tabs[G6]["tasks"]}
    if n6 - n5 != {ONLY_2026_TASK, RENAMED[1]} or n5 - n6 != {RENAMED[0]}:
        err("港务局 task differences")
    i5 = {i["level3"]: i["annual_value"] for i in tabs[G5]["indicators"]}
    i6 = {i["level3"]: i["annual_value"] for i in tabs[G6]["indicators"]}
    if set(i6) - set(i5) != {ONLY_2026_IND} or set(i5) - set(i6):
        err("港务局 indicator differences")
    changed = {k: (i5[k], i6[k]) for k in i5 if i5[k] != i6[k]}
    if changed != CHANGED:
        err(f"港务局 changed indicators {changed}")
    for s, a, o, b in LOOKALIKE:
        if a not in [x["amount_yuan"] for x in tabs[s]["tasks"]] or b not in [x["amount_yuan"] for x in tabs[o]["tasks"]]:
            err(f"look-alike {s} {a} / {o} {b} missing")
        if a == b or abs(a - b) > 1000:
            err(f"look-alike {a} {b} not close")
    seen = {}
    for slug, t in tabs.items():
        for x in t.get("tasks", []):
            seen.setdefault(d(x["amount_yuan"]), []).append(slug)
    for s in NEW[:4]:
        for x in tabs[s]["tasks"]:
            if len(seen[d(x["amount_yuan"])]) != 1:
                err(f"{s}: amount {x['amount_yuan']} not unique {seen[d(x['amount_yuan'])]}")
    funds = [d(x["amount_wan"]) for t in tabs.values() if t.get("kind") == "project" for x in t.get("funds", [])
             if x.get("amount_wan") is not None]
    for v in FUNDS.values():
        if funds.count(d(v)) != 1:
            err(f"project fund {v} not unique")
    dg = [t for t in tabs.values() if t.get("kind", "department") == "department" and t["year"] == 2026
          and "东莞市" in t["department"]]
    stems = {}
    for t in dg:
        st = t["department"][3:] if t["department"].startswith("东莞市") else t["department"]
        stems[st] = (str(heji(t)), t["basic_info"]["财政供养人员数"], str(r2(bud(t)["其他资金"])))
    if stems != DG:
        err(f"东莞 2026 departments differ: {set(stems) ^ set(DG)} {[k for k in DG if stems.get(k) != DG[k]]}")
    # counts over the departments, from the loaded tasks / indicators
    if sum("培训" in x["name"] for t in dg for x in t["tasks"]) != 44:
        err("培训 count")
    tr = max((x["amount_yuan"], x["name"]) for t in dg for x in t["tasks"] if "培训" in x["name"])
    if tr != (18650600, "干部教育培训主体班次经费"):
        err(f"largest 培训 {tr}")
    sc = sorted(x["name"] for t in dg for x in t["tasks"] if "安全生产" in x["name"])
    if sc != sorted(NAMES["b23-055"]):
        err(f"安全生产 items {sc}")
    px = {t["department"]: i["annual_value"] for t in dg for i in t["indicators"] if i["level3"] == "培训学员满意度"}
    if max(px.values()) != "≥96%" or list(px.values()).count("≥96%") != 1:
        err(f"培训学员满意度 {px}")


def check_rows(rows, tabs):
    allatoms = set().union(*(atoms(t) for t in tabs.values()))
    gtext = {s: "\n".join(goals(tabs[s])) for s in NEW}
    if [r["id"] for r in rows] != [f"b23-{n:03d}" for n in range(1, 161)]:
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
        if first is None and figs and (e != "ok" or rid in NO_FIGS or yn is None):
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
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else BLIND / "batch_23.jsonl"
    tabs = load()
    check_tables(tabs)
    rows = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]
    check_rows(rows, tabs)
    # sanity of the hand tables themselves
    if (BY_TOTAL.index("港务管理局") + 1, BY_TOTAL.index("中共东莞市委党校") + 1,
            BY_TOTAL.index("人民政府国有资产监督管理委员会") + 1) != (26, 34, 37):
        err("hand ranks")
    if len({v[1] for v in DG.values()}) != len(DG) - 1:  # 工信局 and 政数局 share 118 people; no other tie
        err("hand people ties")
    if BY_TOTAL[BY_TOTAL.index("港务管理局") - 1] != "机关事务管理局" or BY_TOTAL[BY_TOTAL.index("港务管理局") + 1] != "财政局":
        err("港务局 neighbours")
    print(f"{len(ERR)} errors" + ("" if not ERR else ": " + ERR[0]))
    for m in ERR[1:40]:
        print(" ", m)
    return 1 if ERR else 0


if __name__ == "__main__":
    sys.exit(main())
