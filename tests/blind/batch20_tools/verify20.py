"""Second, independent check of tests/blind/batch_20.jsonl (0 errors required).

Written apart from gen_batch20.py / truth20.py: loads the tables itself (batches.json's list for batch_20); checks
the three new tables against values typed here by hand (budget lines, 预算合计, people, task amounts and sections of
市监局 2025, 工信局 and 团市委; 市监局 2026's amounts; the 2025/2026 differences — one 2026 task absent in 2025, one
task renamed, one indicator only in 2026, seven indicators' annual values changed, one of them qualitative —; the
shape the brief asks for; the look-alike amounts (≤ 1000 元 apart, never equal); every new amount unique; the
indicator names shared with other departments and their values); checks 预算合计, 人员, 其他资金 and
拟用于对下转移支付资金 of all 39 东莞 2026 departments against hand values; checks the schema; accepts a figure only if
it is a stored value of a table the question (chain) names or equals a recipe typed here by hand; checks list
members / ranking orders / yes-no answers / expectations / first figures / required absents against hand lists;
checks prose figures occur only in the goals of the named table; checks absent strings are real values and not
figures of the line.

`verify20.py FILE` checks a copy.
"""

from __future__ import annotations

import json
import re
import sys
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
BLIND = HERE.parent
ROOT = BLIND.parents[1]
sys.path.insert(0, str(ROOT))
CATS = {"item_money", "indicator", "overview", "prose", "filter", "count", "aggregate", "ranking",
        "compare", "structure", "yesno", "yoy", "typo", "not_found", "trap", "followup"}
EXPECTS = {"ok", "not_found", "clarify", "ok_or_clarify"}
FIELDS = ["id", "q", "category", "expect", "figures", "names", "yesno", "absent", "followup_of", "note"]
d = lambda v: Decimal(str(v))  # noqa: E731
r2 = lambda x: d(x).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)  # noqa: E731
Y = lambda x: f"{int(d(x))}元" if d(x) == int(d(x)) else f"{d(x).normalize()}元"  # noqa: E731
W = lambda x: f"{r2(x)}万元"  # noqa: E731
PCT = lambda a, b: f"{r2(d(a) * 100 / d(b))}%"  # noqa: E731
R = lambda a, b: str(r2(d(a) / d(b)))  # noqa: E731
N = lambda n: f"#{n}"  # noqa: E731
NEW = ["shijianju_2025", "gongxinju_2026", "tuanshiwei_2026"]


def load():
    bj = json.loads((BLIND / "batches.json").read_text(encoding="utf-8"))
    names = bj["batch_20.jsonl"]
    assert names == bj["batch_19.jsonl"] + NEW, "batches.json"
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


def atoms(t):
    out = {Y(x["amount_yuan"]) for x in t.get("tasks", [])} | {W(x["amount_wan"]) for x in t.get("budget", [])}
    out |= {W(x["amount_wan"]) for x in t.get("funds", [])}
    if heji(t) is not None:
        out.add(W(heji(t)))
    for i in t.get("indicators", []):
        out |= {i["annual_value"], i.get("period_value") or ""}
    out |= {f"#{v}" for v in (t.get("basic_info") or {}).values()}
    return out


def goals(t):
    g = t["goals"]
    return list(g) if isinstance(g, list) else g["period"] + g["annual"]


def stem(name):
    return name if name.startswith("共青团") else name[3:]


S5, GX, TW = NEW
S6 = "shijianju_2026"
KJ, SW, SF, TJ, HH = "kejiju_2026", "shangwuju_2026", "sifaju_2026", "tongjiju_2026", "hongshizihui_2026"
ALIASES = [
    ("工信", [GX]), ("工性", [GX]), ("团市委", [TW]), ("團市委", [TW]), ("团市伟", [TW]), ("共青团", [TW]),
    ("市监", [S5, S6]), ("市场监管", [S5, S6]), ("市場監管", [S5, S6]), ("科技局", [KJ]), ("商务", [SW]),
    ("司法", [SF]), ("妇联", ["fulian_2026"]), ("民宗", ["minzongju_2026"]), ("红十字", [HH]), ("统计局", [TJ]),
    ("深圳", []), ("广州", []), ("国资委", []), ("青年联合会", []),
]

# ---------------------------------------------------------------- typed by hand
HAND = {S5: {"基本支出": "22865.40", "项目支出": "35126.58", "其他事业发展性支出": "2058.30", "财政拨款": "58112.87",
             "其他资金": "1937.41", "财政专项资金": "22600.00", "市本级使用资金": "17480.00", "拟用于对下转移支付资金": "5120.00"},
        GX: {"基本支出": "3186.45", "项目支出": "82964.30", "其他事业发展性支出": "2501.72", "财政拨款": "87436.25",
             "其他资金": "1216.22", "财政专项资金": "62000.00", "市本级使用资金": "55880.00", "拟用于对下转移支付资金": "6120.00"},
        TW: {"基本支出": "986.42", "项目支出": "1745.36", "其他事业发展性支出": "215.05", "财政拨款": "2876.65",
             "其他资金": "70.18", "财政专项资金": "860.00", "市本级使用资金": "788.00", "拟用于对下转移支付资金": "72.00"}}
PEOPLE_NEW = {S5: 1012, GX: 118, TW: 28}
S5_T = [43650000, 78600000, 13820000, 9100000, 7260000, 4986000, 1318000, 1152000]
S6_T = [46820000, 85300000, 14650000, 12380000, 9600000, 7815000, 5264000, 1426000, 1268500]
GX_T = [268450000, 185000400, 96320500, 62450300, 61200000, 18650400, 4580300, 3128400, 1358400, 2136300]
TW_T = [2365400, 3480400, 2136600, 2186500, 1536300, 1806700, 965400, 720000, 586400]
S5_K = ["食品安全抽检监测经费", "知识产权资助奖励经费"]
GX_K = ["工业企业技术改造资助经费", "专精特新企业培育奖励经费", "先进制造业集群培育专项资金"]
TW_K = ["青少年思想引领和宣传教育经费", "青年就业创业扶持经费", "志愿服务体系建设经费"]
ONLY_2026_TASK = "市场监管信息化建设经费"
RENAMED = ("消费者权益保护和12315热线运行经费", "消费维权和12315热线运行经费")
ONLY_2026_IND = "智慧市场监管平台上线时间"
CHANGED = {"食品安全抽检单批次成本": ("≤1500元/批次", "≤1600元/批次"), "食品安全抽检监测": ("≥2.6万批次", "≥2.8万批次"),
           "发明专利授权量": ("≥1.1万件", "≥1.2万件"), "知识产权质押融资登记金额": ("≥70亿元", "≥80亿元"),
           "特种设备安全形势": ("持续稳定", "总体平稳"), "食品安全抽检合格率": ("≥96%", "≥97%"),
           "消费者满意度": ("≥83%", "≥85%")}
S5_TOT, S6_TOT, GX_TOT, TW_TOT = d("60050.28"), d("63899.98"), d("88652.47"), d("2946.83")
GX_SUM, TW_SUM = 703275000, 15783700
LOOKALIKE = [(GX, 185000400, KJ, 185000000), (GX, 4580300, TJ, 4580000), (GX, 4580300, "danganju_2026", 4580000),
             (GX, 2136300, SW, 2136000), (GX, 18650400, SW, 18650000), (GX, 3128400, "yingji_2026", 3128000),
             (GX, 1358400, "fagaiju_2026", 1358000), (TW, 3480400, SF, 3480000), (TW, 3480400, "fagaiju_2026", 3480600),
             (TW, 2136600, HH, 2136200), (TW, 1806700, "renfangban_2026", 1806600),
             (TW, 2365400, "tuiyijunren_2026", 2365000), (TW, 2365400, "yingji_2026", 2365800),
             (TW, 2186500, "guangzhou_hongshizihui_2026", 2186400)]
DG_TOTALS = {
    "教育局": d("430784.80"), "公安局": d("317607.35"), "人力资源和社会保障局": d("203125.87"),
    "交通运输局": d("146225.96"), "水务局": d("135339.52"), "住房和城乡建设局": d("128935.71"),
    "城市管理和综合执法局": d("116260.44"), "卫生健康局": d("108336.42"), "医疗保障局": d("102919.76"),
    "自然资源局": d("96273.10"), "民政局": d("80780.35"), "农业农村局": d("77300.53"),
    "文化广电旅游体育局": d("68900.15"), "生态环境局": d("67548.22"), "商务局": d("64054.37"),
    "市场监督管理局": d("63899.98"), "林业局": d("60239.81"), "科学技术局": d("52187.28"), "应急管理局": d("49270.50"),
    "发展和改革局": d("41974.29"), "司法局": d("41947.92"), "退役军人事务局": d("41281.60"), "财政局": d("29001.97"),
    "体育局": d("22903.72"),
    "残疾人联合会": d("17287.72"), "供销合作社": d("17169.42"), "人民防空办公室": d("15908.64"), "审计局": d("13247.29"),
    "气象局": d("12566.49"), "外事局": d("11769.95"), "统计局": d("9639.35"), "科学技术协会": d("8962.57"),
    "妇女联合会": d("7245.03"), "档案局": d("6951.48"), "红十字会": d("5200.30"), "总工会": d("4198.90"),
    "民族宗教事务局": d("3867.45"),
    "工业和信息化局": d("88652.47"), "共青团东莞市委员会": d("2946.83"),
}
PEOPLE = {"教育局": 5268, "人力资源和社会保障局": 486, "交通运输局": 186, "水务局": 356, "住房和城乡建设局": 286,
          "城市管理和综合执法局": 724, "卫生健康局": 312, "医疗保障局": 168, "自然资源局": 412, "民政局": 143,
          "农业农村局": 298, "文化广电旅游体育局": 628, "生态环境局": 268, "商务局": 142, "市场监督管理局": 1026,
          "科学技术局": 68, "应急管理局": 215, "司法局": 326, "总工会": 37, "统计局": 86, "退役军人事务局": 78,
          "发展和改革局": 132, "公安局": 7316, "审计局": 146, "林业局": 264, "财政局": 352, "气象局": 92,
          "残疾人联合会": 58, "妇女联合会": 45, "红十字会": 41, "供销合作社": 74, "科学技术协会": 52,
          "民族宗教事务局": 31, "人民防空办公室": 64, "档案局": 47, "外事局": 56, "体育局": 94,
          "工业和信息化局": 118, "共青团东莞市委员会": 28}
OTHER_FUNDS = {"教育局": "32272.44", "公安局": "8426.15", "人力资源和社会保障局": "6383.72", "交通运输局": "6355.45",
               "自然资源局": "4524.84", "水务局": "4487.33", "住房和城乡建设局": "4417.45", "城市管理和综合执法局": "4111.87",
               "卫生健康局": "3524.36", "文化广电旅游体育局": "3467.37", "生态环境局": "3445.47", "农业农村局": "3117.88",
               "民政局": "2674.13", "市场监督管理局": "2057.41", "林业局": "2023.46", "商务局": "1735.81",
               "医疗保障局": "1562.84", "应急管理局": "1435.24", "司法局": "1384.74", "发展和改革局": "528.46",
               "财政局": "465.76", "人民防空办公室": "436.47", "供销合作社": "434.24", "退役军人事务局": "416.28",
               "科学技术局": "300.00", "残疾人联合会": "235.36", "气象局": "213.71", "红十字会": "213.58",
               "统计局": "213.17", "审计局": "203.38", "外事局": "187.31", "科学技术协会": "119.28", "妇女联合会": "84.18",
               "档案局": "79.18", "民族宗教事务局": "55.18", "总工会": "0.00", "体育局": "568.36",
               "工业和信息化局": "1216.22", "共青团东莞市委员会": "70.18"}
XIA = {"总工会": 0, "科学技术局": 11820, "教育局": 42060, "卫生健康局": 21120, "交通运输局": 25800, "民政局": 27850,
       "人力资源和社会保障局": 42150, "城市管理和综合执法局": 17670, "自然资源局": 18350, "生态环境局": 13420, "水务局": 24160,
       "农业农村局": 15340, "应急管理局": 8750, "市场监督管理局": 5540, "文化广电旅游体育局": 7320, "医疗保障局": 25150,
       "司法局": 2750, "商务局": 7200, "住房和城乡建设局": 15200, "统计局": 550, "退役军人事务局": 7200,
       "发展和改革局": 8150, "公安局": 14250, "审计局": 350, "林业局": 8350, "财政局": 3200, "气象局": 650,
       "残疾人联合会": 2350, "妇女联合会": 380, "红十字会": 320, "供销合作社": 1680, "民族宗教事务局": 260,
       "科学技术协会": 640, "人民防空办公室": 1440, "档案局": 360, "外事局": 230, "体育局": 580,
       "工业和信息化局": 6120, "共青团东莞市委员会": 72}
ALL39 = sum(DG_TOTALS.values())
BY_TOTAL = sorted(DG_TOTALS, key=DG_TOTALS.get, reverse=True)
BY_PEOPLE = sorted(PEOPLE, key=PEOPLE.get)
TWN = "共青团东莞市委员会"

RECIPES = {
    "b20-026": [N(28)], "b20-031": [N(3)], "b20-032": [N(1012)], "b20-112": [N(28)], "b20-133": [N(28)],
    "b20-025": [W(GX_TOT + TW_TOT)], "b20-035": [PCT(d("70.18"), TW_TOT)], "b20-057": [N(10), N(3)],
    "b20-058": [Y(268450000 + 185000400 + 96320500)], "b20-059": [N(15)], "b20-060": [N(8)], "b20-061": [N(39)],
    "b20-062": [N(sum(v < 100 for v in PEOPLE.values()))], "b20-063": [N(10)], "b20-064": [N(6)], "b20-065": [N(35)],
    "b20-066": [N(21)], "b20-067": [N(5)], "b20-068": [Y(GX_SUM)], "b20-069": [Y(TW_SUM)], "b20-070": [PCT(TW_TOT, GX_TOT)],
    "b20-071": [Y(268450000 + 185000400)], "b20-072": [W(ALL39)], "b20-073": [f"{r2(d(TW_SUM) / 9)}元"],
    "b20-074": [PCT(d("82964.30"), GX_TOT)], "b20-075": [W(S5_TOT + S6_TOT)], "b20-076": [W(d("788.00") + d("72.00"))],
    "b20-077": [Y(2136300 + 586400)], "b20-082": [N(BY_TOTAL.index("工业和信息化局") + 1)], "b20-087": [N(11)],
    "b20-088": [N(BY_PEOPLE.index("工业和信息化局") + 1)], "b20-090": [W(GX_TOT - S6_TOT)], "b20-091": [Y(300)],
    "b20-092": [Y(400)], "b20-093": [Y(400)], "b20-094": [W(d("7245.03") - TW_TOT)], "b20-095": [N(3), N(28), N(31)],
    "b20-096": [R(d("87436.25"), d("2876.65"))], "b20-097": [Y(400)], "b20-098": [Y(300)],
    "b20-099": [W(GX_TOT - d("52187.28"))], "b20-120": [W(S6_TOT - S5_TOT), PCT(S6_TOT - S5_TOT, S5_TOT)],
    "b20-121": [N(14), N(1026), N(1012)], "b20-122": [Y(46820000 - 43650000)], "b20-123": [PCT(85300000 - 78600000, 78600000)],
    "b20-124": [Y(5264000 - 4986000)], "b20-129": [W(d("61842.57") - d("58112.87")),
                                                   PCT(d("61842.57") - d("58112.87"), d("58112.87"))],
}
PROSE_IDS = {"b20-139": ["3.2万个"]}
NAMES = {
    "b20-010": [RENAMED[1]], "b20-024": [TWN],
    "b20-047": GX_K[:2], "b20-048": TW_K + ["市青少年宫运行经费"],
    "b20-049": ["青年人才联谊交流活动经费", "镇街共青团工作补助", "团干部和青年骨干培训经费"],
    "b20-050": ["工业和信息化统计监测经费", "工业领域安全生产检查经费", "工业节能和绿色制造宣传经费", "企业经营管理人才培训经费"],
    "b20-051": ["市青少年宫运行经费", "红十字志愿服务和青少年工作经费", "青少年体育训练和后备人才培养经费",
                "青少年思想引领和宣传教育经费", "青少年科技创新大赛和科技教育经费", "青少年权益保护和心理健康服务经费"],
    "b20-052": ["支持工业企业技术改造项目", "推动规上工业企业数字化转型", "带动工业投资"],
    "b20-053": ["培训学员满意度", "服务青年满意度"], "b20-054": ["总工会", "民族宗教事务局", TWN],
    "b20-055": ["资助资金拨付", "产业集群竞争力", "制造业高质量发展"],
    "b20-056": ["食品安全抽检单批次成本", "高价值专利培育资助标准"], "b20-058": GX_K,
    "b20-067": GX_K + ["工业互联网和数字化转型补助", "镇街工业园区升级改造补助"],
    "b20-077": ["企业经营管理人才培训经费", "团干部和青年骨干培训经费"],
    "b20-100": ["年度重点工作任务"], "b20-101": ["其他需完成的任务"], "b20-102": ["满意度指标", "服务对象满意度"],
    "b20-103": ["效益指标", "生态效益"], "b20-104": ["效益指标", "社会效益"], "b20-105": ["经济效益"],
    "b20-106": ["效益指标", "社会效益"], "b20-107": ["产出指标", "时效指标"], "b20-108": TW_K,
    "b20-109": ["专精特新企业认定奖励标准", "数字化转型诊断服务单位成本"], "b20-113": [ONLY_2026_TASK],
    "b20-124": list(RENAMED), "b20-125": [ONLY_2026_TASK], "b20-141": [TWN],
    "b20-152": ["科学技术局", "应急管理局", "商务局", "工业和信息化局"],
}
RANKED = {
    "b20-078": (["工业企业技术改造资助经费"], ["268450000元"]),
    "b20-079": (["专精特新企业培育奖励经费"], ["185000400元"]),
    "b20-080": (["专精特新企业培育奖励经费"], ["185000400元"]),
    "b20-081": (["团干部和青年骨干培训经费"], ["586400元"]),
    "b20-082": (["工业和信息化局"], ["#11"]),
    "b20-083": ([TWN], ["2946.83万元"]),
    "b20-084": ([TWN], ["#28"]),
    "b20-085": (["团干部和青年骨干培训经费"], ["586400元"]),
    "b20-086": (["工业和信息化局", "商务局", "市场监督管理局"], ["88652.47万元", "64054.37万元", "63899.98万元"]),
    "b20-087": (["工业和信息化局"], ["#11"]),
    "b20-088": (["工业和信息化局"], ["#17"]),
    "b20-089": (["青年就业创业扶持经费", "青少年思想引领和宣传教育经费", "志愿服务体系建设经费"],
                ["3480400元", "2365400元", "2136600元"]),
}
YESNO = {"b20-080": "是", "b20-110": "是", "b20-111": "是", "b20-112": "否", "b20-113": "否", "b20-114": "是",
         "b20-115": "是", "b20-116": "是", "b20-117": "是", "b20-118": "是", "b20-119": "是", "b20-156": "否",
         "b20-159": "否"}
HAND_FIRST = {"b20-001": "268450000元", "b20-002": "3480400元", "b20-003": "185000400元", "b20-004": "43650000元",
              "b20-005": "1806700元", "b20-006": "4580300元", "b20-007": "2186500元", "b20-008": "18650400元",
              "b20-009": "4986000元", "b20-010": "5264000元", "b20-011": "586400元", "b20-012": "≥1200个",
              "b20-013": "≥3万人", "b20-014": "≥9万人", "b20-015": "≥92%", "b20-016": "≥96%", "b20-017": "≤400元/人",
              "b20-018": "≤3万元/家", "b20-019": "2026年6月30日前", "b20-020": "≥80%", "b20-021": "≥5%", "b20-022": "≥83%",
              "b20-023": "88652.47万元", "b20-024": "2946.83万元", "b20-026": "#28", "b20-027": "60050.28万元",
              "b20-028": "2876.65万元", "b20-029": "82964.30万元", "b20-030": "2946.83万元", "b20-031": "#3",
              "b20-032": "#1012", "b20-033": "6120.00万元", "b20-034": "70.18万元", "b20-036": "210万人",
              "b20-037": "3.2万个", "b20-038": "620亿元", "b20-039": "220个", "b20-040": "1.8万人次", "b20-041": "1个工作日",
              "b20-042": "0.5个工作日", "b20-043": "160家", "b20-044": "6000名", "b20-045": "15.6万台", "b20-046": "1.45万家",
              "b20-110": "88652.47万元", "b20-112": "#28", "b20-114": "≥92%", "b20-115": "61200000元", "b20-116": "≥95%",
              "b20-119": "2026年8月31日前", "b20-125": "12380000元", "b20-126": "≥1.1万件", "b20-127": "持续稳定",
              "b20-130": "88652.47万元", "b20-131": "3480400元", "b20-132": "60050.28万元", "b20-133": "#28",
              "b20-134": "268450000元", "b20-135": "2136600元", "b20-136": "185000400元", "b20-137": "1268500元",
              "b20-138": "≥95%", "b20-139": "3.2万个", "b20-151": "≥99%", "b20-153": "≥95%", "b20-156": "≥3万人",
              "b20-157": "1268500元", "b20-158": "2365400元", "b20-159": "≥500亿元"}
ABSENT = {"b20-002": ["3480000元", "3480600元"], "b20-003": ["185000000元"], "b20-004": ["46820000元"],
          "b20-005": ["1806600元"], "b20-006": ["4580000元"], "b20-007": ["2186400元"], "b20-008": ["18650000元"],
          "b20-009": ["5264000元"], "b20-010": ["4986000元"], "b20-016": ["≥97%"], "b20-019": ["2026年9月30日前"],
          "b20-022": ["≥85%"], "b20-027": ["63899.98万元"], "b20-036": ["≥3万人"], "b20-038": ["≥500亿元"],
          "b20-041": ["0.5个工作日"], "b20-043": ["≥30家"], "b20-113": ["12380000元"], "b20-128": ["88652.47万元"],
          "b20-131": ["3480600元"], "b20-132": ["63899.98万元"], "b20-135": ["2136200元"], "b20-136": ["185000000元"],
          "b20-137": ["1152000元"], "b20-140": ["2946.83万元"], "b20-142": ["268450000元"],
          "b20-143": ["60050.28万元", "63899.98万元"], "b20-144": ["88652.47万元"], "b20-145": ["2946.83万元"],
          "b20-150": ["2026年9月30日前"], "b20-151": ["100%"], "b20-153": ["≥92%"], "b20-154": ["2136000元"],
          "b20-155": ["2136200元"], "b20-157": ["1152000元"], "b20-158": ["2365000元", "2365800元"],
          "b20-160": ["12380000元"]}
NOT_FOUND = {"b20-128", "b20-140", "b20-142", "b20-143", "b20-144", "b20-145", "b20-146", "b20-147", "b20-148",
             "b20-149", "b20-150", "b20-154", "b20-155", "b20-160"}
CLARIFY = set()
OK_OR_CLARIFY = {"b20-152"}


def check_tables(T, err):
    for slug, hand in HAND.items():
        b = bud(T[slug])
        for k, v in hand.items():
            if b[k] != d(v):
                err(slug, f"{k} {b[k]} != {v}")
        if heji(T[slug]) != b["财政拨款"] + b["其他资金"] or b["财政专项资金"] != b["市本级使用资金"] + b["拟用于对下转移支付资金"]:
            err(slug, "identity")
        if T[slug]["basic_info"]["财政供养人员数"] != PEOPLE_NEW[slug]:
            err(slug, "people")
    if (heji(T[S5]), heji(T[S6]), heji(T[GX]), heji(T[TW])) != (S5_TOT, S6_TOT, GX_TOT, TW_TOT):
        err("tables", "预算合计")
    for slug, hand, key in ((S5, S5_T, S5_K), (S6, S6_T, None), (GX, GX_T, GX_K), (TW, TW_T, TW_K)):
        if [x["amount_yuan"] for x in T[slug]["tasks"]] != hand:
            err(slug, "task amounts differ from the hand list")
        if key and [x["name"] for x in T[slug]["tasks"] if x["section"] == "年度重点工作任务"] != key:
            err(slug, "key tasks")
    if (sum(GX_T), sum(TW_T)) != (GX_SUM, TW_SUM):
        err("tables", "task sums")
    for slug in NEW:
        if not 4 <= len(goals(T[slug])) <= 5:
            err(slug, "goal paragraphs")
        ind = T[slug]["indicators"]
        if not any(i["period_value"] != i["annual_value"] for i in ind):
            err(slug, "no period≠annual indicator")
        if not any(i["level2"] == "经济成本指标" and i["annual_value"].startswith("≤") and "/" in i["annual_value"]
                   for i in ind):
            err(slug, "no cost indicator")
        if not any(not re.search(r"\d", i["annual_value"]) for i in ind):
            err(slug, "no qualitative indicator")
        if not any(w in g for g in goals(T[slug]) for w in ("累计", "约")):
            err(slug, "no cumulative / approximate goal figure")
        if sum(x["amount_yuan"] for x in T[slug]["tasks"]) * Decimal("0.0001") > bud(T[slug])["项目支出"]:
            err(slug, "tasks exceed 项目支出")
        if not (BLIND / "tables" / f"{slug}.txt").read_text(encoding="utf-8").lstrip().startswith("东莞市部门整体预算绩效目标表"):
            err(slug, "copied text title")
    if (T[S5]["department"], T[S5]["year"], T[GX]["department"], T[TW]["department"]) != (
            "东莞市市场监督管理局", 2025, "东莞市工业和信息化局", TWN):
        err("tables", "department names")
    n26 = [x["name"] for x in T[S6]["tasks"]]
    n25 = [x["name"] for x in T[S5]["tasks"]]
    if set(n26) - set(n25) != {ONLY_2026_TASK, RENAMED[1]} or set(n25) - set(n26) != {RENAMED[0]}:
        err("shijianju", "2026/2025 task differences")
    i26 = {i["level3"]: i["annual_value"] for i in T[S6]["indicators"]}
    i25 = {i["level3"]: i["annual_value"] for i in T[S5]["indicators"]}
    if set(i26) - set(i25) != {ONLY_2026_IND} or set(i25) - set(i26):
        err("shijianju", "indicator sets")
    if {k: (i25[k], i26[k]) for k in set(i25) & set(i26) if i25[k] != i26[k]} != CHANGED:
        err("shijianju", "changed indicators")
    amounts = {}
    for slug, t in T.items():
        for x in t.get("tasks", []):
            amounts.setdefault(d(x["amount_yuan"]), []).append(slug)
    for slug, a, other, b in LOOKALIKE:
        a, b = d(a), d(b)
        if slug not in amounts.get(a, []) or other not in amounts.get(b, []) or a == b or abs(a - b) > 1000:
            err("look-alike", f"{slug} {a} / {other} {b}")
    for a in S5_T + GX_T + TW_T:
        if len(amounts[d(a)]) != 1:
            err("tables", f"{a} not unique: {amounts[d(a)]}")
    if d(61200000) != d(HAND[GX]["拟用于对下转移支付资金"]) * 10000 or d(720000) != d(HAND[TW]["拟用于对下转移支付资金"]) * 10000:
        err("tables", "镇街补助 = 对下")
    shared = {}
    for name in ("补助资金审核准确率", "企业满意度", "培训学员满意度"):
        shared[name] = sorted((stem(t["department"]), i["annual_value"]) for t in T.values()
                              if t["department"].startswith("东莞") and t["year"] == 2026
                              for i in t.get("indicators", []) if i["level3"] == name)
    if shared != {"补助资金审核准确率": [("商务局", "100%"), ("工业和信息化局", "≥99%")],
                  "企业满意度": [("商务局", "≥90%"), ("工业和信息化局", "≥92%"), ("应急管理局", "≥85%"), ("科学技术局", "≥90%")],
                  "培训学员满意度": [("农业农村局", "≥92%"), ("档案局", "≥90%"), ("红十字会", "≥90%")]}:
        err("tables", f"shared indicator names {shared}")
    if [i["annual_value"] for i in T[TW]["indicators"] if i["level3"] == "培训学员满意度"] != ["≥95%"]:
        err("tables", "团市委 培训学员满意度")
    dg = [t for t in T.values() if "东莞" in t["department"] and t["year"] == 2026
          and t.get("kind", "department") == "department" and t.get("budget")]
    if len(dg) != 39:
        err("DG", f"{len(dg)} tables")
    for t in dg:
        s = stem(t["department"])
        b = bud(t)
        if (s not in DG_TOTALS or heji(t) != DG_TOTALS[s] or t["basic_info"]["财政供养人员数"] != PEOPLE[s]
                or b["其他资金"] != d(OTHER_FUNDS[s]) or b["拟用于对下转移支付资金"] != d(XIA[s])):
            err("DG", t["department"])
    if (BY_TOTAL.index("工业和信息化局"), BY_TOTAL[-1], BY_PEOPLE[0], BY_PEOPLE.index("工业和信息化局"),
            len(set(PEOPLE.values()))) != (10, TWN, TWN, 16, 39):
        err("DG", "工信局 11th by 预算合计, 团市委 last and fewest, 工信局 17th fewest, no tie")
    xm = sorted(dg, key=lambda t: -bud(t)["项目支出"])
    if [stem(t["department"]) for t in xm].index("工业和信息化局") != 10:
        err("DG", "工信局 11th by 项目支出")
    qsn = sorted(x["name"] for t in dg for x in t["tasks"] if "青少年" in x["name"])
    if qsn != sorted(NAMES["b20-051"]):
        err("DG", f"青少年 items {qsn}")
    tr = sorted((x["amount_yuan"], x["name"]) for t in dg for x in t["tasks"] if "培训" in x["name"])
    if len(tr) != 35 or tr[0] != (586400, "团干部和青年骨干培训经费") or tr[1][0] <= 586400:
        err("DG", f"培训 items {len(tr)} {tr[:2]}")
    if sorted(stem(t["department"]) for t in dg if heji(t) < 5000) != sorted(NAMES["b20-054"]):
        err("DG", "under 5000万")


FORMATS = [re.compile(r"^\d+(\.\d+)?元$"), re.compile(r"^\d+\.\d{2}万元$"), re.compile(r"^\d+\.\d{2}%$"),
           re.compile(r"^\d+\.\d{2}$"), re.compile(r"^#\d+$")]


def main() -> int:
    T = load()
    errs = []
    err = lambda rid, m: errs.append(f"{rid}: {m}")  # noqa: E731
    check_tables(T, err)
    all_atoms = set().union(*(atoms(t) for t in T.values()))
    all_text = "\n".join(json.dumps(t, ensure_ascii=False) for t in T.values())
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else BLIND / "batch_20.jsonl"
    recs = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]
    if len(recs) != 160:
        err("file", f"{len(recs)} lines")
    byid = {r["id"]: r for r in recs}
    prev = None
    for n, r in enumerate(recs, 1):
        rid = r["id"]
        if list(r) != FIELDS or rid != f"b20-{n:03d}" or r["category"] not in CATS or r["expect"] not in EXPECTS:
            err(rid, "schema")
        if (r["category"] == "followup") != (r["followup_of"] is not None) or (r["followup_of"] and r["followup_of"] != prev):
            err(rid, "followup chain")
        prev = rid
        if r["expect"] != "ok" and (r["figures"] or r["yesno"]):
            err(rid, "not ok with figures")
        hand_expect = ("not_found" if rid in NOT_FOUND else "clarify" if rid in CLARIFY
                       else "ok_or_clarify" if rid in OK_OR_CLARIFY else "ok")
        if r["expect"] != hand_expect:
            err(rid, f"expect {r['expect']} (hand: {hand_expect})")
        if r["expect"] == "ok" and not (r["figures"] or r["names"] or r["yesno"]):
            err(rid, "ok without anything to check")
        if (r["yesno"] is not None or rid in YESNO) and r["yesno"] != YESNO.get(rid):
            err(rid, f"yesno {r['yesno']} != hand {YESNO.get(rid)}")
        if rid in HAND_FIRST and r["figures"][:1] != [HAND_FIRST[rid]]:
            err(rid, f"first figure {r['figures'][:1]} != hand {HAND_FIRST[rid]}")
        for a in ABSENT.get(rid, []):
            if a not in r["absent"]:
                err(rid, f"absent {a} missing")
        q, rr = r["q"], r
        while rr["followup_of"]:
            rr = byid[rr["followup_of"]]
            q = rr["q"] + "|" + q
        slugs = list(dict.fromkeys(s for k, ss in ALIASES if k in q for s in ss))
        scope = set().union(*(atoms(T[s]) for s in slugs)) if slugs else all_atoms
        for f in r["figures"]:
            if (r["category"] == "prose" or f in PROSE_IDS.get(rid, [])
                    or (r["category"] == "followup" and byid[r["followup_of"]]["category"] == "prose")):
                ok = [s for s in slugs if any(f in g for g in goals(T[s]))]
                if not ok:
                    err(rid, f"prose {f} not in goals of {slugs}")
                for s in ok:
                    rest = json.dumps([T[s].get("tasks", []), T[s]["indicators"]], ensure_ascii=False)
                    if f in rest:
                        err(rid, f"prose {f} also outside the goals of {s}")
                continue
            if not any(x.match(f) for x in FORMATS) and f not in all_atoms:
                err(rid, f"format {f}")
            if f in RECIPES.get(rid, []) or (not f.startswith("#") and f in scope) or (rid in RANKED and f in all_atoms):
                continue
            err(rid, f"figure {f} not a value of {slugs} nor a hand recipe")
        for f in RECIPES.get(rid, []):
            if f not in r["figures"]:
                err(rid, f"recipe {f} missing from {r['figures']}")
        if rid in RANKED and (r["names"], r["figures"]) != RANKED[rid]:
            err(rid, f"ranking {r['names']} {r['figures']}")
        if rid in NAMES and sorted(set(NAMES[rid])) != sorted(set(r["names"])):
            err(rid, f"names {r['names']} != hand {NAMES[rid]}")
        if (r["category"] in ("filter", "structure") or r["expect"] == "ok_or_clarify") and r["names"] and rid not in NAMES:
            err(rid, "list without hand list")
        for nm in r["names"]:
            if nm not in all_text:
                err(rid, f"name {nm} not in tables")
        for a in r["absent"]:
            if a in r["figures"] or (a not in all_atoms and a not in all_text):
                err(rid, f"absent {a}")
    for e in errs:
        print(e)
    print(f"{len(recs)} questions checked, {len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
