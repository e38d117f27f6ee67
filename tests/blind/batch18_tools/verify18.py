"""Second, independent check of tests/blind/batch_18.jsonl (0 errors required).

Written apart from gen_batch18.py / truth18.py: loads the tables itself (batches.json's list for batch_18);
checks the three new tables against values typed here by hand (budget lines, 预算合计, people, task amounts and
sections, the 2025/2026 differences — one 2026 key task absent in 2025, one indicator only in 2026, seven
indicators' annual values changed, one of them a qualitative wording —, the shape the brief asks for, the
look-alike amounts, the tie 4580000 with 统计局); checks 预算合计, 人员, 其他资金 and 拟用于对下转移支付资金 of all
36 东莞 2026 departments against hand values; checks the schema; accepts a
figure only if it is a stored value of a table the question (chain) names or equals a recipe typed here by
hand; checks list members / ranking orders / yes-no answers / expectations / first figures / required absents
against hand lists; checks prose figures occur only in the goals of the named table; checks absent strings are
real values and not figures of the line.

`verify18.py FILE` checks a copy.
"""

from __future__ import annotations

import json
import re
import sys
from decimal import Decimal, ROUND_HALF_UP
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
NEW = ["danganju_2026", "danganju_2025", "waishiju_2026"]


def load():
    bj = json.loads((BLIND / "batches.json").read_text(encoding="utf-8"))
    names = bj["batch_18.jsonl"]
    assert names == bj["batch_17.jsonl"] + NEW, "batches.json"
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


DA, DA5, WS = NEW
ST = "tongjiju_2026"
ALIASES = [
    ("档案", [DA, DA5]), ("檔案", [DA, DA5]), ("当案", [DA, DA5]), ("外事", [WS]), ("外办", [WS]), ("外是", [WS]),
    ("人防", ["renfangban_2026", "renfangban_2025"]), ("统计", [ST]), ("統計", [ST]), ("商务", ["shangwuju_2026"]),
    ("商物", ["shangwuju_2026"]), ("财政局", ["caizhengju_2026"]), ("司法", ["sifaju_2026"]), ("妇联", ["fulian_2026"]),
    ("科协", ["kexie_2026"]), ("供销", ["gongxiaoshe_2026"]), ("医保", ["yibaoju_2026"]),
    ("审计", ["shenjiju_2026", "shenjiju_2025"]), ("气象", ["qixiangju_2026", "qixiangju_2025"]),
    ("发改", ["fagaiju_2026", "fagaiju_2025"]), ("退役", ["tuiyijunren_2026"]), ("住建", ["zhujianju_2026"]),
    ("科技局", ["kejiju_2026", "kejiju_2025"]), ("总工会", ["zonggonghui_2026"]), ("湛江交通", ["zhanjiang_2025"]),
    ("應急", ["yingji_2026"]), ("卫健", ["weijianju_2026"]), ("交通局", ["jiaotongju_2026"]), ("民宗", ["minzongju_2026"]),
    ("培训学员满意度", []), ("深圳", []), ("广州市外办", []), ("信访", []), ("侨务", []),
]

# ---------------------------------------------------------------- typed by hand
HAND = {DA: {"基本支出": "1386.54", "项目支出": "5326.18", "其他事业发展性支出": "238.76", "财政拨款": "6872.30",
             "其他资金": "79.18", "财政专项资金": "2600.00", "市本级使用资金": "2240.00", "拟用于对下转移支付资金": "360.00"},
        DA5: {"基本支出": "1312.40", "项目支出": "4865.36", "其他事业发展性支出": "220.15", "财政拨款": "6325.47",
              "其他资金": "72.44", "财政专项资金": "2300.00", "市本级使用资金": "2010.00", "拟用于对下转移支付资金": "290.00"},
        WS: {"基本支出": "1628.35", "项目支出": "9865.20", "其他事业发展性支出": "276.40", "财政拨款": "11582.64",
             "其他资金": "187.31", "财政专项资金": "4600.00", "市本级使用资金": "4370.00", "拟用于对下转移支付资金": "230.00"}}
DA_T = [15936400, 6380500, 4580000, 3600000, 2485800, 1860800, 1268200, 1536400, 865200, 986500]
DA5_T = [5620000, 3920000, 2900000, 2230000, 1580000, 1120000, 1380000, 760000, 840000]
WS_T = [8650300, 5862400, 2356200, 2300000, 2136400, 1250400, 956400, 1806400, 3865400, 2458200]
DA_K = ["档案馆新馆布展和配套设施建设经费", "馆藏档案数字化加工经费", "数字档案馆信息化建设经费"]
DA5_K = ["馆藏档案数字化加工经费", "数字档案馆信息化建设经费"]
WS_K = ["重大外事活动和来访接待经费", "国际友好城市交流合作经费", "涉外安全和领事保护经费"]
ONLY_2026_TASK = "档案馆新馆布展和配套设施建设经费"
ONLY_2026_IND = "新馆布展完成时间"
CHANGED = {"档案数字化加工单位成本": ("≤1.3元/画幅", "≤1.2元/画幅"), "完成馆藏档案数字化": ("≥800万画幅", "≥1000万画幅"),
           "接收进馆档案": ("≥2.5万卷", "≥3万卷"), "举办档案展览": ("≥5场", "≥6场"),
           "档案查阅利用服务人次": ("≥5万人次", "≥6万人次"), "档案资源体系": ("逐步完善", "更加完善"),
           "查档群众满意度": ("≥93%", "≥95%")}
PEOPLE_NEW = {DA: 47, DA5: 45, WS: 56}
DA_TOT, DA5_TOT, WS_TOT = d("6951.48"), d("6397.91"), d("11769.95")
DA_SUM, DA5_SUM, WS_SUM = 39499800, 20350000, 31642100
TIE = 4580000  # 数字档案馆信息化建设经费 = 统计局 统计信息化建设经费
# look-alikes: (new table, amount, other table, its amount)
LOOKALIKE = [(DA, 6380500, "sifaju_2026", 6380000), (DA, 6380500, "canlian_2026", 6380200),
             (DA, 15936400, "caizhengju_2026", 15936000), (DA, 2485800, "linyeju_2026", 2485600),
             (DA, 1860800, "kexie_2026", 1860400), (DA, 1268200, "kexie_2026", 1268300),
             (DA, 1536400, "hongshizihui_2026", 1536200), (DA, 865200, "fulian_2026", 865300),
             (DA, 986500, "caizhengju_2026", 986000), (WS, 8650300, "sifaju_2026", 8650000),
             (WS, 8650300, "caizhengju_2026", 8650600), (WS, 8650300, "gonganju_2026", 8650800),
             (WS, 5862400, "hongshizihui_2025", 5862000), (WS, 2356200, "shenjiju_2026", 2356000),
             (WS, 2356200, "minzongju_2026", 2356300), (WS, 2136400, "shangwuju_2026", 2136000),
             (WS, 1250400, "guangzhou_hongshizihui_2026", 1250800), (WS, 1250400, "kexie_2026", 1250600),
             (WS, 956400, "gongxiaoshe_2026", 956300), (WS, 1806400, "qixiangju_2026", 1806500),
             (WS, 1806400, "fulian_2026", 1806300), (WS, 3865400, "wenguangluti_2026", 3865000),
             (WS, 2458200, "zhujianju_2026", 2458000), (WS, 2458200, "gongxiaoshe_2026", 2458300)]
DG_TOTALS = {
    "教育局": d("430784.80"), "公安局": d("317607.35"), "人力资源和社会保障局": d("203125.87"),
    "交通运输局": d("146225.96"), "水务局": d("135339.52"), "住房和城乡建设局": d("128935.71"),
    "城市管理和综合执法局": d("116260.44"), "卫生健康局": d("108336.42"), "医疗保障局": d("102919.76"),
    "自然资源局": d("96273.10"), "民政局": d("80780.35"), "农业农村局": d("77300.53"),
    "文化广电旅游体育局": d("68900.15"), "生态环境局": d("67548.22"), "商务局": d("64054.37"),
    "市场监督管理局": d("63899.98"), "林业局": d("60239.81"), "科学技术局": d("52187.28"), "应急管理局": d("49270.50"),
    "发展和改革局": d("41974.29"), "司法局": d("41947.92"), "退役军人事务局": d("41281.60"), "财政局": d("29001.97"),
    "残疾人联合会": d("17287.72"), "供销合作社": d("17169.42"), "人民防空办公室": d("15908.64"), "审计局": d("13247.29"),
    "气象局": d("12566.49"), "外事局": d("11769.95"), "统计局": d("9639.35"), "科学技术协会": d("8962.57"),
    "妇女联合会": d("7245.03"), "档案局": d("6951.48"), "红十字会": d("5200.30"), "总工会": d("4198.90"),
    "民族宗教事务局": d("3867.45"),
}
PEOPLE = {"教育局": 5268, "人力资源和社会保障局": 486, "交通运输局": 186, "水务局": 356, "住房和城乡建设局": 286,
          "城市管理和综合执法局": 724, "卫生健康局": 312, "医疗保障局": 168, "自然资源局": 412, "民政局": 143,
          "农业农村局": 298, "文化广电旅游体育局": 628, "生态环境局": 268, "商务局": 142, "市场监督管理局": 1026,
          "科学技术局": 68, "应急管理局": 215, "司法局": 326, "总工会": 37, "统计局": 86, "退役军人事务局": 78,
          "发展和改革局": 132, "公安局": 7316, "审计局": 146, "林业局": 264, "财政局": 352, "气象局": 92,
          "残疾人联合会": 58, "妇女联合会": 45, "红十字会": 41, "供销合作社": 74, "科学技术协会": 52,
          "民族宗教事务局": 31, "人民防空办公室": 64, "档案局": 47, "外事局": 56}
OTHER_FUNDS = {"教育局": "32272.44", "公安局": "8426.15", "人力资源和社会保障局": "6383.72", "交通运输局": "6355.45",
               "自然资源局": "4524.84", "水务局": "4487.33", "住房和城乡建设局": "4417.45", "城市管理和综合执法局": "4111.87",
               "卫生健康局": "3524.36", "文化广电旅游体育局": "3467.37", "生态环境局": "3445.47", "农业农村局": "3117.88",
               "民政局": "2674.13", "市场监督管理局": "2057.41", "林业局": "2023.46", "商务局": "1735.81",
               "医疗保障局": "1562.84", "应急管理局": "1435.24", "司法局": "1384.74", "发展和改革局": "528.46",
               "财政局": "465.76", "人民防空办公室": "436.47", "供销合作社": "434.24", "退役军人事务局": "416.28",
               "科学技术局": "300.00", "残疾人联合会": "235.36", "气象局": "213.71", "红十字会": "213.58",
               "统计局": "213.17", "审计局": "203.38", "外事局": "187.31", "科学技术协会": "119.28", "妇女联合会": "84.18",
               "档案局": "79.18", "民族宗教事务局": "55.18", "总工会": "0.00"}
XIA = {"总工会": 0, "科学技术局": 11820, "教育局": 42060, "卫生健康局": 21120, "交通运输局": 25800, "民政局": 27850,
       "人力资源和社会保障局": 42150, "城市管理和综合执法局": 17670, "自然资源局": 18350, "生态环境局": 13420, "水务局": 24160,
       "农业农村局": 15340, "应急管理局": 8750, "市场监督管理局": 5540, "文化广电旅游体育局": 7320, "医疗保障局": 25150,
       "司法局": 2750, "商务局": 7200, "住房和城乡建设局": 15200, "统计局": 550, "退役军人事务局": 7200,
       "发展和改革局": 8150, "公安局": 14250, "审计局": 350, "林业局": 8350, "财政局": 3200, "气象局": 650,
       "残疾人联合会": 2350, "妇女联合会": 380, "红十字会": 320, "供销合作社": 1680, "民族宗教事务局": 260,
       "科学技术协会": 640, "人民防空办公室": 1440, "档案局": 360, "外事局": 230}
ALL36 = sum(DG_TOTALS.values())
BY_TOTAL = sorted(DG_TOTALS, key=DG_TOTALS.get, reverse=True)
BY_PEOPLE = sorted(PEOPLE, key=PEOPLE.get)

RECIPES = {
    "b18-025": [W(DA_TOT + WS_TOT)], "b18-026": [PCT(d("11582.64"), WS_TOT)], "b18-031": [W(DA_TOT - DA5_TOT)],
    "b18-032": [N(326), N(4)], "b18-058": [N(10), N(3)], "b18-059": [N(18), N(20)], "b18-060": [N(7), N(6)],
    "b18-061": [N(36)], "b18-062": [N(sum(v < 50 for v in PEOPLE.values()))],
    "b18-063": [N(sum(v < 10000 for v in DG_TOTALS.values()))], "b18-064": [N(4)], "b18-065": [N(1)],
    "b18-066": [N(4)], "b18-067": [N(5)], "b18-068": [Y(DA_SUM)], "b18-069": [Y(8650300 + 5862400 + 2356200)],
    "b18-070": [Y(8650300 + 5862400 + 2356200 + 2300000)], "b18-071": [f"{r2(d(WS_SUM) / 10)}元"],
    "b18-072": [W(d("6872.30") + d("15472.17"))], "b18-073": [W(ALL36)], "b18-074": [N(47 + 86 + 31)],
    "b18-075": [Y(956400 + 865200)], "b18-076": [Y(2458000 + 3680000)], "b18-077": [W(d("13247.29") + d("12388.41"))],
    "b18-078": [Y(30000000 + 27000000)],
    "b18-083": [N(BY_TOTAL.index("档案局") + 1)], "b18-084": [N(BY_PEOPLE.index("外事局") + 1)],
    "b18-092": [W(WS_TOT - DA_TOT)], "b18-093": [R(d("5326.18"), d("1386.54")), R(d("6852.40"), d("2468.35"))],
    "b18-094": [Y(8650300 - 8650000)], "b18-095": [Y(2136400 - 2136000)], "b18-096": [N(52 - 47), N(47), N(52)],
    "b18-097": [PCT(d("9865.20"), WS_TOT)], "b18-098": [Y(21360000 - 18650000)],
    "b18-099": [W(d("146225.96") - d("108336.42"))], "b18-100": [N(45 - 37), N(45), N(37)],
    "b18-117": [N(56), N(64)], "b18-121": [W(DA_TOT - DA5_TOT), PCT(DA_TOT - DA5_TOT, DA5_TOT)],
    "b18-122": [Y(6380500 - 5620000)], "b18-126": [W(DA_TOT - DA5_TOT), W(d("15908.64") - d("14593.61"))],
    "b18-128": [N(146 - 142), N(146), N(142)],
    "b18-129": [PCT(d("12566.49") - d("11534.19"), d("11534.19")), W(d("12566.49") - d("11534.19"))],
    "b18-130": [W(d("41974.29") - d("38070.42")), PCT(d("41974.29") - d("38070.42"), d("38070.42"))],
}
PROSE_IDS = {}
DA_NAMES = ["档案馆新馆布展和配套设施建设经费", "馆藏档案数字化加工经费", "数字档案馆信息化建设经费", "镇街档案规范化建设补助",
            "档案安全保管和库房运行维护经费", "档案资源征集和抢救保护经费", "东莞年鉴编纂出版经费",
            "档案开放利用和编研展览经费", "档案业务人员培训经费", "档案执法检查和宣传经费"]
NAMES = {
    "b18-004": ["档案馆新馆布展和配套设施建设经费", "年度重点工作任务"],
    "b18-048": DA_NAMES[:5], "b18-049": ["粤港澳大湾区对外交流合作经费", "外事干部和涉外人员培训经费"],
    "b18-050": ["镇街档案规范化建设补助"],
    "b18-051": ["因公出国（境）审批合规率", "外事翻译准确率", "服务企业满意度", "来访团组满意度"],
    "b18-052": ["完成馆藏档案数字化", "指导镇街档案室规范化建设"],
    "b18-053": ["档案业务人员培训经费", "妇女干部和执委培训经费", "宗教界人士教育培训经费"],
    "b18-054": ["重大外事活动和来访接待经费", "镇街外事工作补助", "外事翻译和国际会议服务经费", "外事干部和涉外人员培训经费",
                "外事信息化和涉外数据库建设经费"],
    "b18-055": [n for n in DA_NAMES if "档案" in n] + ["城建档案数字化经费", "财政票据和会计档案管理经费"],
    "b18-056": ["统计月报发布", "普查登记完成时间"], "b18-057": ["外贸稳增长专项资金"], "b18-069": WS_K,
    "b18-101": DA_K,
    "b18-102": ["来访外宾接待人均成本", "外事干部培训人均成本", "会计人员继续教育人均成本", "第三方绩效评价单项费用",
                "财政投资评审单项成本"],
    "b18-103": ["服务企业满意度", "来访团组满意度", "参保群众满意度", "定点医药机构满意度"],
    "b18-104": ["新馆布展完成时间", "查档申请办结时限"], "b18-105": ["其他需完成的任务"], "b18-106": ["外事工作协调机制"],
    "b18-107": ["档案数字化成果质检合格率", "馆藏档案安全保管率", "因公出国（境）审批合规率", "外事翻译准确率"],
    "b18-108": ["经济效益", "社会效益", "可持续影响"], "b18-109": ["补助资金拨付", "商务综合服务平台上线时间", "进口整体通关时间"],
    "b18-110": ["国省道路面改造", "农村公路建设", "城乡客运补贴"],
    "b18-091": ["数字档案馆信息化建设经费", "统计信息化建设经费"], "b18-114": ["数字档案馆信息化建设经费", "统计信息化建设经费"],
    "b18-123": [ONLY_2026_TASK], "b18-151": ["馆藏档案数字化加工经费", "城建档案数字化经费"],
    "b18-153": ["财政票据和会计档案管理经费"], "b18-155": ["统计局", "档案局"],
    "b18-157": ["东莞市档案局", "东莞市农业农村局", "东莞市红十字会", "广州市红十字会"],
}
RANKED = {
    "b18-079": (["档案馆新馆布展和配套设施建设经费"], ["15936400元"]),
    "b18-080": (["数字档案馆信息化建设经费"], ["4580000元"]),
    "b18-081": (["数字档案馆信息化建设经费"], ["4580000元"]),
    "b18-082": (["外事干部和涉外人员培训经费"], ["956400元"]),
    "b18-083": (["档案局"], ["#33"]),
    "b18-084": (["外事局"], ["#7"]),
    "b18-085": (["数字档案馆信息化建设经费", "统计信息化建设经费"], ["4580000元"]),
    "b18-086": (["民族宗教事务局", "总工会", "红十字会"], ["3867.45万元", "4198.90万元", "5200.30万元"]),
    "b18-087": (["人民防空办公室", "审计局", "外事局", "档案局"], ["15908.64万元", "13247.29万元", "11769.95万元", "6951.48万元"]),
    "b18-088": (["档案业务人员培训经费"], ["865200元"]),
    "b18-089": (["基本公共卫生服务项目经费"], ["412650000元"]),
    "b18-090": (["商务政策宣传经费"], ["1356800元"]),
}
YESNO = {"b18-081": "是", "b18-111": "是", "b18-112": "是", "b18-113": "否", "b18-114": "是", "b18-115": "否",
         "b18-116": "是", "b18-117": "否", "b18-118": "否", "b18-119": "是", "b18-120": "是", "b18-123": "否",
         "b18-154": "否", "b18-156": "否", "b18-159": "是"}
HAND_FIRST = {"b18-001": "6380500元", "b18-002": "8650300元", "b18-003": "2136400元", "b18-004": "15936400元",
              "b18-005": "2356200元", "b18-006": "2458200元", "b18-007": "1806400元", "b18-008": "6850000元",
              "b18-009": "2458000元", "b18-010": "8650000元", "b18-011": "1806500元", "b18-012": "≥1000万画幅",
              "b18-013": "≥6个", "b18-014": "≥95%", "b18-015": "≤2小时", "b18-016": "≤800元/人", "b18-017": "≥500张",
              "b18-018": "≥3000人次", "b18-019": "≤450元/人", "b18-020": "2026年10月31日前", "b18-021": "≤30小时",
              "b18-022": "≥3200个", "b18-023": "6951.48万元", "b18-024": "11769.95万元", "b18-026": "11582.64万元",
              "b18-027": "187.31万元", "b18-028": "360.00万元", "b18-029": "2240.00万元", "b18-030": "6397.91万元",
              "b18-033": "1286.35万元", "b18-034": "4198.90万元", "b18-035": "48459.40万元", "b18-036": "8600.00万元",
              "b18-037": "4.6万平方米", "b18-038": "150批次", "b18-039": "36个", "b18-040": "1.2亿画幅",
              "b18-041": "7万人次", "b18-042": "6.2万人次", "b18-043": "3.2万人", "b18-044": "1120亿元", "b18-045": "8万吨",
              "b18-046": "96.5%", "b18-047": "4200名", "b18-050": "3600000元", "b18-057": "168500000元",
              "b18-105": "2300000元", "b18-106": "持续健全", "b18-111": "15936400元", "b18-112": "15936400元",
              "b18-113": "11769.95万元", "b18-114": "4580000元", "b18-115": "≥500张", "b18-116": "865200元",
              "b18-119": "≤500元/人", "b18-120": "2026年12月31日前", "b18-124": "逐步完善", "b18-125": "≥93%",
              "b18-131": "6951.48万元", "b18-132": "5862400元", "b18-133": "6380500元", "b18-134": "6397.91万元",
              "b18-135": "2300000元", "b18-136": "1268200元", "b18-137": "38650000元", "b18-138": "21360000元",
              "b18-139": "45800000元", "b18-140": "23650000元", "b18-153": "986000元", "b18-154": "≥1000万画幅",
              "b18-156": "≥120批次", "b18-158": "1250400元", "b18-159": "3600000元"}
ABSENT = {"b18-001": ["6380000元", "6380200元", "5620000元"], "b18-002": ["8650000元", "8650800元"],
          "b18-004": ["15936000元"], "b18-005": ["2356000元", "2356300元"], "b18-006": ["2458000元"],
          "b18-007": ["1806500元"], "b18-009": ["6380500元", "2458200元"], "b18-010": ["8650300元"],
          "b18-011": ["1806400元"], "b18-014": ["≥93%"], "b18-017": ["600张"], "b18-023": ["6397.91万元"],
          "b18-030": ["6951.48万元"], "b18-035": ["51887.28万元"], "b18-038": ["≥120批次"], "b18-039": ["≥6个"],
          "b18-040": ["≥1000万画幅"], "b18-041": ["≥6万人次"], "b18-042": ["≥5万人次"], "b18-085": ["4560000元"],
          "b18-088": ["865300元"], "b18-127": ["6397.91万元"], "b18-132": ["5862000元"], "b18-134": ["6951.48万元"],
          "b18-141": ["6397.91万元", "6951.48万元"], "b18-144": ["15936400元"], "b18-145": ["2026年10月31日前"],
          "b18-146": ["11769.95万元"], "b18-147": ["6380500元"], "b18-149": ["9865.20万元"], "b18-152": ["2136000元"],
          "b18-153": ["986500元"], "b18-158": ["1250800元"]}
NOT_FOUND = {"b18-127", "b18-141", "b18-142", "b18-143", "b18-144", "b18-145", "b18-146", "b18-147", "b18-148",
             "b18-149", "b18-150", "b18-152", "b18-160"}
CLARIFY = set()
OK_OR_CLARIFY = {"b18-151", "b18-157"}


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
    if (heji(T[DA]), heji(T[DA5]), heji(T[WS])) != (DA_TOT, DA5_TOT, WS_TOT):
        err("tables", "预算合计")
    for slug, hand, tot, key in ((DA, DA_T, DA_SUM, DA_K), (DA5, DA5_T, DA5_SUM, DA5_K), (WS, WS_T, WS_SUM, WS_K)):
        if [x["amount_yuan"] for x in T[slug]["tasks"]] != hand or sum(hand) != tot:
            err(slug, "task amounts differ from the hand list")
        if [x["name"] for x in T[slug]["tasks"] if x["section"] == "年度重点工作任务"] != key:
            err(slug, "key tasks")
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
        if sum(x["amount_yuan"] for x in T[slug]["tasks"]) * Decimal("0.0001") > heji(T[slug]):
            err(slug, "tasks exceed the budget")
    if {T[DA]["department"], T[DA5]["department"]} != {"东莞市档案局"} or T[WS]["department"] != "东莞市外事局":
        err("tables", "department names")
    for slug in NEW:
        if not (BLIND / "tables" / f"{slug}.txt").read_text(encoding="utf-8").lstrip().startswith("东莞市部门整体预算绩效目标表"):
            err(slug, "copied text title")
    n26 = [x["name"] for x in T[DA]["tasks"]]
    n25 = [x["name"] for x in T[DA5]["tasks"]]
    if set(n26) - set(n25) != {ONLY_2026_TASK} or set(n25) - set(n26) or n26 != DA_NAMES:
        err("danganju", f"2026/2025 task differences {set(n26) - set(n25)} / {set(n25) - set(n26)}")
    i26 = {i["level3"]: i["annual_value"] for i in T[DA]["indicators"]}
    i25 = {i["level3"]: i["annual_value"] for i in T[DA5]["indicators"]}
    if set(i26) - set(i25) != {ONLY_2026_IND} or set(i25) - set(i26):
        err("danganju", "indicator sets")
    changed = {k: (i25[k], i26[k]) for k in set(i25) & set(i26) if i25[k] != i26[k]}
    if changed != CHANGED:
        err("danganju", f"changed indicators {changed}")
    if re.search(r"\d", i26["档案资源体系"] + i25["档案资源体系"]):
        err("danganju", "档案资源体系 is no longer qualitative")
    amounts = {}
    for slug, t in T.items():
        for x in t.get("tasks", []):
            amounts.setdefault(d(x["amount_yuan"]), []).append((slug, x["name"]))
    for slug, a, other, b in LOOKALIKE:
        a, b = d(a), d(b)
        if slug not in [s for s, _ in amounts.get(a, [])] or other not in [s for s, _ in amounts.get(b, [])] \
                or a == b or abs(a - b) > 1000:
            err("look-alike", f"{slug} {a} / {other} {b}")
    for a in DA_T + WS_T + DA5_T:
        if a != TIE and len(amounts[d(a)]) != 1:
            err("tables", f"{a} not unique: {amounts[d(a)]}")
    if sorted(amounts[d(TIE)]) != [(DA, "数字档案馆信息化建设经费"), (ST, "统计信息化建设经费")]:
        err("tables", f"the tie {amounts[d(TIE)]}")
    if d(3600000) != d(HAND[DA]["拟用于对下转移支付资金"]) * 10000 or d(2300000) != d(HAND[WS]["拟用于对下转移支付资金"]) * 10000 \
            or d(2900000) != d(HAND[DA5]["拟用于对下转移支付资金"]) * 10000:
        err("tables", "镇街 补助 = 对下")
    dg = [t for t in T.values() if t["department"].startswith("东莞") and t["year"] == 2026
          and t.get("kind", "department") == "department" and t.get("budget")]
    if len(dg) != 36:
        err("DG", f"{len(dg)} tables")
    for t in dg:
        s = t["department"][3:]
        b = bud(t)
        if (s not in DG_TOTALS or heji(t) != DG_TOTALS[s] or t["basic_info"]["财政供养人员数"] != PEOPLE[s]
                or b["其他资金"] != d(OTHER_FUNDS[s]) or b["拟用于对下转移支付资金"] != d(XIA[s])):
            err("DG", t["department"])
    if (BY_TOTAL.index("档案局"), BY_TOTAL.index("外事局"), BY_PEOPLE.index("档案局"), BY_PEOPLE.index("外事局")) != (32, 28, 4, 6):
        err("DG", "档案局 33rd / 外事局 29th by 预算合计, 5th / 7th fewest people")
    tr = sorted((d(x["amount_yuan"]), x["name"]) for t in dg for x in t["tasks"] if "培训" in x["name"])
    if tr[:3] != [(d(865200), "档案业务人员培训经费"), (d(865300), "妇女干部和执委培训经费"), (d(865400), "宗教界人士教育培训经费")] \
            or tr[3][0] < 900000:
        err("DG", f"least 培训 items {tr[:4]}")
    if any(("外事" in x["name"]) != (t["department"] == "东莞市外事局" and "外事" in x["name"]) for t in dg for x in t["tasks"]):
        err("DG", "外事 in another department's item")
    dang = sorted(x["name"] for t in dg for x in t["tasks"] if "档案" in x["name"])
    if dang != sorted(NAMES["b18-055"]):
        err("DG", f"档案 items {dang}")
    five = sorted(t["department"][3:] for t in dg if any(i["level2"] == "经济成本指标" and i["annual_value"] == "≤500元/人"
                                                          for i in t["indicators"]))
    if five != sorted(NAMES["b18-155"]):
        err("DG", f"≤500元/人 departments {five}")
    sat = sorted(t["department"] for t in T.values() if t["year"] == 2026
                 and any(i["level3"] == "培训学员满意度" for i in t.get("indicators", [])))
    if sat != sorted(NAMES["b18-157"]):
        err("tables", f"培训学员满意度 tables {sat}")


FORMATS = [re.compile(r"^\d+(\.\d+)?元$"), re.compile(r"^\d+\.\d{2}万元$"), re.compile(r"^\d+\.\d{2}%$"),
           re.compile(r"^\d+\.\d{2}$"), re.compile(r"^#\d+$")]


def main() -> int:
    T = load()
    errs = []
    err = lambda rid, m: errs.append(f"{rid}: {m}")  # noqa: E731
    check_tables(T, err)
    all_atoms = set().union(*(atoms(t) for t in T.values()))
    all_text = "\n".join(json.dumps(t, ensure_ascii=False) for t in T.values())
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else BLIND / "batch_18.jsonl"
    recs = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]
    if len(recs) != 160:
        err("file", f"{len(recs)} lines")
    byid = {r["id"]: r for r in recs}
    prev = None
    for n, r in enumerate(recs, 1):
        rid = r["id"]
        if list(r) != FIELDS or rid != f"b18-{n:03d}" or r["category"] not in CATS or r["expect"] not in EXPECTS:
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
                    rest = json.dumps([T[s]["tasks"], T[s]["indicators"]], ensure_ascii=False)
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
