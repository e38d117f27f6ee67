"""Second, independent check of tests/blind/batch_19.jsonl (0 errors required).

Written apart from gen_batch19.py / truth19.py: loads the tables itself (batches.json's list for batch_19);
checks the three new tables against values typed here by hand (司法局 2025's and 体育局's budget lines, 预算合计,
people, task amounts and sections; the project's funds, goals and indicators; the 司法局 2025/2026 differences — one
2026 task absent in 2025, one task renamed, one indicator only in 2026, eight indicators' annual values changed, one
of them a qualitative wording —, the shape the brief asks for, the look-alike amounts with 文广旅体局 and the
project's 年度资金总额 next to 水务局's 河涌 item); checks 预算合计, 人员, 其他资金 and 拟用于对下转移支付资金 of all
37 东莞 2026 departments against hand values; checks the schema; accepts a
figure only if it is a stored value of a table the question (chain) names or equals a recipe typed here by
hand; checks list members / ranking orders / yes-no answers / expectations / first figures / required absents
against hand lists; checks prose figures occur only in the goals of the named table; checks absent strings are
real values and not figures of the line.

`verify19.py FILE` checks a copy.
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
NEW = ["sifaju_2025", "shuiwu_wushui_2026", "tiyuju_2026"]


def load():
    bj = json.loads((BLIND / "batches.json").read_text(encoding="utf-8"))
    names = bj["batch_19.jsonl"]
    assert names == bj["batch_18.jsonl"] + NEW, "batches.json"
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


S5, P, TY = NEW
S6, WG, SW = "sifaju_2026", "wenguangluti_2026", "shuiwuju_2026"
ST, QX = "tongjiju_2026", "qixiangju_2026"
ALIASES = [
    ("体育局", [TY]), ("體育局", [TY]), ("体育句", [TY]), ("文广", [WG]), ("文廣", [WG]),
    ("司法", [S5, S6]), ("司法侷", [S5, S6]), ("提质增效", [P]), ("提值增效", [P]), ("提質增效", [P]), ("污水", [P, SW]),
    ("水务", [SW, P]), ("水勿", [SW]), ("统计", [ST]), ("气象", [QX, "qixiangju_2025"]), ("氣象", [QX]),
    ("民政", ["minzhengju_2026"]), ("交通", ["jiaotongju_2026"]), ("妇联", ["fulian_2026"]), ("城管", ["chengguan_2026"]),
    ("住建", ["zhujianju_2026", "zhujian_jiuqu_2026"]), ("老旧小区", ["zhujian_jiuqu_2026"]),
    ("应急指挥", ["yingji_xinxihua_2026"]), ("人社", ["renshe_2026"]), ("档案", ["danganju_2026"]),
    ("民宗", ["minzongju_2026"]), ("外事", ["waishiju_2026"]), ("人防", ["renfangban_2026"]), ("公安", ["gonganju_2026"]),
    ("卫健", ["weijianju_2026", "weijianju_2025"]), ("衛健", ["weijianju_2026"]), ("审计", ["shenjiju_2026", "shenjiju_2025"]),
    ("審計", ["shenjiju_2025"]), ("财政局", ["caizhengju_2026"]), ("林业", ["linyeju_2026"]), ("科协", ["kexie_2026"]),
    ("医保", ["yibaoju_2026"]), ("生态", ["shengtai_2026"]), ("深圳", []), ("广州", []), ("湛江", []), ("机关事务", []),
    ("城市更新", []),
]

# ---------------------------------------------------------------- typed by hand
HAND = {S5: {"基本支出": "9086.35", "项目支出": "28754.62", "其他事业发展性支出": "1186.40", "财政拨款": "37730.85",
             "其他资金": "1296.52", "财政专项资金": "11800.00", "市本级使用资金": "9300.00", "拟用于对下转移支付资金": "2500.00"},
        TY: {"基本支出": "2864.52", "项目支出": "19386.40", "其他事业发展性支出": "652.80", "财政拨款": "22335.36",
             "其他资金": "568.36", "财政专项资金": "9600.00", "市本级使用资金": "9020.00", "拟用于对下转移支付资金": "580.00"}}
P_FUNDS = {"实施周期资金总额": "86400.00", "年度资金总额": "28650.00", "财政拨款": "26380.00", "其他资金": "2270.00"}
P_IND = {"新建城镇污水管网": ("≥540公里", "≥180公里"), "修复破损污水管网": ("≥360公里", "≥120公里"),
         "完成住宅小区雨污分流改造": ("≥450个", "≥150个"), "管网工程验收合格率": ("100%", "100%"),
         "管道闭水试验一次合格率": ("≥95%", "≥95%"), "年度管网工程完工时间": ("2026年12月31日前", "2026年12月31日前"),
         "新建污水管网单位成本": ("≤380万元/公里", "≤380万元/公里"), "项目片区污水集中收集率": ("≥85%", "≥78%"),
         "污水处理厂进水BOD浓度": ("≥100mg/L", "≥90mg/L"), "管网长效运维机制": ("逐步健全", "逐步健全"),
         "片区居民满意度": ("≥90%", "≥90%")}
S5_T = [21860000, 16920000, 8120000, 5960000, 4600000, 3150000, 2185000, 1520000, 1136000]
S6_T = [23650000, 18460000, 8650000, 6380000, 12830000, 5200000, 3480000, 2356800, 1680000, 1268000]
TY_T = [21600400, 15380600, 9860300, 7865400, 5800000, 4265300, 3264800, 2136700, 1568400, 1286700]
S5_K = ["法律援助经费", "公共法律服务体系建设经费"]
TY_K = ["全民健身设施建设经费", "体育赛事活动举办经费", "青少年体育训练和后备人才培养经费"]
ONLY_2026_TASK = "智慧司法信息化建设经费"
RENAMED = ("普法宣传教育经费", "法治宣传教育经费")
ONLY_2026_IND = "智慧司法平台上线时间"
CHANGED = {"办理法律援助案件": ("≥1.5万件", "≥1.6万件"), "调解矛盾纠纷": ("≥3.2万宗", "≥3.5万宗"),
           "开展法治宣传活动": ("≥450场", "≥500场"), "培训司法行政人员": ("≥1200人次", "≥1500人次"),
           "为受援人挽回经济损失": ("≥2.8亿元", "≥3亿元"), "矛盾纠纷化解率": ("≥95%", "≥96%"),
           "公民法治素养": ("有所提高", "逐步提高"), "法律援助受援人满意度": ("≥93%", "≥95%")}
PEOPLE_NEW = {S5: 321, TY: 94}
S5_TOT, S6_TOT, TY_TOT, WG_TOT = d("39027.37"), d("41947.92"), d("22903.72"), d("68900.15")
S5_SUM, S6_SUM, TY_SUM = 65451000, 83954800, 73028600
# look-alikes: (new table, amount, other table, its amount)
LOOKALIKE = [(TY, 21600400, WG, 21600000), (TY, 21600400, "linyeju_2026", 21600800), (TY, 15380600, WG, 15380000),
             (TY, 9860300, WG, 9860000), (TY, 4265300, WG, 4265000), (TY, 1286700, WG, 1286500),
             (TY, 1286700, "fagaiju_2026", 1286800), (TY, 2136700, "kexie_2026", 2136800),
             (TY, 2136700, "nongyenongcun_2026", 2136500)]
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
}
PEOPLE = {"教育局": 5268, "人力资源和社会保障局": 486, "交通运输局": 186, "水务局": 356, "住房和城乡建设局": 286,
          "城市管理和综合执法局": 724, "卫生健康局": 312, "医疗保障局": 168, "自然资源局": 412, "民政局": 143,
          "农业农村局": 298, "文化广电旅游体育局": 628, "生态环境局": 268, "商务局": 142, "市场监督管理局": 1026,
          "科学技术局": 68, "应急管理局": 215, "司法局": 326, "总工会": 37, "统计局": 86, "退役军人事务局": 78,
          "发展和改革局": 132, "公安局": 7316, "审计局": 146, "林业局": 264, "财政局": 352, "气象局": 92,
          "残疾人联合会": 58, "妇女联合会": 45, "红十字会": 41, "供销合作社": 74, "科学技术协会": 52,
          "民族宗教事务局": 31, "人民防空办公室": 64, "档案局": 47, "外事局": 56, "体育局": 94}
OTHER_FUNDS = {"教育局": "32272.44", "公安局": "8426.15", "人力资源和社会保障局": "6383.72", "交通运输局": "6355.45",
               "自然资源局": "4524.84", "水务局": "4487.33", "住房和城乡建设局": "4417.45", "城市管理和综合执法局": "4111.87",
               "卫生健康局": "3524.36", "文化广电旅游体育局": "3467.37", "生态环境局": "3445.47", "农业农村局": "3117.88",
               "民政局": "2674.13", "市场监督管理局": "2057.41", "林业局": "2023.46", "商务局": "1735.81",
               "医疗保障局": "1562.84", "应急管理局": "1435.24", "司法局": "1384.74", "发展和改革局": "528.46",
               "财政局": "465.76", "人民防空办公室": "436.47", "供销合作社": "434.24", "退役军人事务局": "416.28",
               "科学技术局": "300.00", "残疾人联合会": "235.36", "气象局": "213.71", "红十字会": "213.58",
               "统计局": "213.17", "审计局": "203.38", "外事局": "187.31", "科学技术协会": "119.28", "妇女联合会": "84.18",
               "档案局": "79.18", "民族宗教事务局": "55.18", "总工会": "0.00", "体育局": "568.36"}
XIA = {"总工会": 0, "科学技术局": 11820, "教育局": 42060, "卫生健康局": 21120, "交通运输局": 25800, "民政局": 27850,
       "人力资源和社会保障局": 42150, "城市管理和综合执法局": 17670, "自然资源局": 18350, "生态环境局": 13420, "水务局": 24160,
       "农业农村局": 15340, "应急管理局": 8750, "市场监督管理局": 5540, "文化广电旅游体育局": 7320, "医疗保障局": 25150,
       "司法局": 2750, "商务局": 7200, "住房和城乡建设局": 15200, "统计局": 550, "退役军人事务局": 7200,
       "发展和改革局": 8150, "公安局": 14250, "审计局": 350, "林业局": 8350, "财政局": 3200, "气象局": 650,
       "残疾人联合会": 2350, "妇女联合会": 380, "红十字会": 320, "供销合作社": 1680, "民族宗教事务局": 260,
       "科学技术协会": 640, "人民防空办公室": 1440, "档案局": 360, "外事局": 230, "体育局": 580}
ALL37 = sum(DG_TOTALS.values())
BY_TOTAL = sorted(DG_TOTALS, key=DG_TOTALS.get, reverse=True)
BY_PEOPLE = sorted(PEOPLE, key=PEOPLE.get)

RECIPES = {
    "b19-025": [N(724)], "b19-027": [W(S6_TOT - S5_TOT)], "b19-028": [N(94), N(3), N(628), N(11)],
    "b19-031": [PCT(28650, 86400)], "b19-058": [N(10), N(3)], "b19-059": [Y(21600400 + 15380600 + 9860300)],
    "b19-060": [N(21)], "b19-061": [N(11)], "b19-062": [N(1)], "b19-063": [N(2)], "b19-064": [N(2)], "b19-065": [N(37)],
    "b19-066": [N(sum(v < 100 for v in PEOPLE.values()))], "b19-067": [N(22)], "b19-068": [N(7)],
    "b19-069": [Y(TY_SUM)], "b19-070": [Y(S5_SUM)], "b19-071": [Y(58300000 + 21650000)], "b19-072": [W(d(86400) - d(28650))],
    "b19-073": [W(TY_TOT + WG_TOT)], "b19-074": [W(ALL37)], "b19-075": [Y(1286700 + 1286500)],
    "b19-076": [Y(6500000 + 3482000)], "b19-077": [f"{r2(d(S6_SUM) / 10)}元"], "b19-078": [Y(26430600 + 3265800 + 8500700)],
    "b19-083": [N(BY_TOTAL.index("体育局") + 1)], "b19-084": [N(BY_PEOPLE.index("体育局") + 1)],
    "b19-091": [Y(21600400 - 21600000)], "b19-092": [Y(15380600 - 15380000)], "b19-093": [N(628 - 94), N(628), N(94)],
    "b19-094": [W(d(35820) - d(28650))], "b19-095": [R(d("19386.40"), d("2864.52"))], "b19-096": [PCT(TY_TOT, WG_TOT)],
    "b19-097": [Y(9860300 - 9860000)], "b19-098": [PCT(d("78106.22"), d("80780.35"))], "b19-099": [N(92 - 86), N(92), N(86)],
    "b19-100": [W(d("29001.97") - d("13247.29"))], "b19-115": [N(64)], "b19-117": [N(94), N(86)],
    "b19-121": [W(S6_TOT - S5_TOT), PCT(S6_TOT - S5_TOT, S5_TOT)], "b19-122": [Y(23650000 - 21860000)],
    "b19-123": [Y(2356800 - 2185000)], "b19-124": [N(326 - 321), N(326), N(321)], "b19-127": [N(92 - 89), N(92), N(89)],
    "b19-128": [PCT(d("40563.18") - d("37730.85"), d("37730.85"))],
    "b19-130": [Y(412650000 - 389200000), PCT(412650000 - 389200000, 389200000)],
}
PROSE_IDS = {}
NAMES = {
    "b19-006": ["法治宣传教育经费"], "b19-014": ["体育局", "文化广电旅游体育局"],
    "b19-032": ["东莞市水务工程建设管理中心", "水务局"],
    "b19-048": ["全民健身设施建设经费", "体育赛事活动举办经费", "文化惠民活动经费", "社区体育公园建设经费", "文旅消费促进补助",
                "公共图书馆运行经费", "体育后备人才培养经费"],
    "b19-049": ["公共体育场馆免费低收费开放补助", "智慧体育服务平台建设经费", "国民体质监测和科学健身指导经费"],
    "b19-050": ["反电信网络诈骗预警劝阻经费", "公安民警业务培训经费", "派出所规范化建设补助", "道路交通安全宣传经费",
                "禁毒宣传教育经费", "见义勇为人员奖励和救助资金"],
    "b19-051": ["新建城镇污水管网", "修复破损污水管网", "完成住宅小区雨污分流改造", "项目片区污水集中收集率", "污水处理厂进水BOD浓度"],
    "b19-052": ["社区体育公园建设经费", "体育后备人才培养经费", "文化体育从业人员培训经费", "体育赛事活动举办经费",
                "青少年体育训练和后备人才培养经费", "市体育中心场馆运行维护经费", "公共体育场馆免费低收费开放补助",
                "智慧体育服务平台建设经费", "体育彩票公益宣传和销售管理经费", "社会体育指导员和体育社会组织培训经费"],
    "b19-053": ["执法人员业务培训经费", "文化体育从业人员培训经费", "司法行政人员培训经费", "统计人员业务培训经费",
                "发展改革业务培训经费", "审计业务培训经费", "会计人员继续教育培训经费", "科协系统干部和科普人员培训经费",
                "社会体育指导员和体育社会组织培训经费"],
    "b19-054": ["财政局", "体育局"],
    "b19-055": ["开展突发公共卫生事件应急演练", "免费产前筛查例数", "居民健康素养水平"],
    "b19-056": ["公交线路运营补贴", "农村公路提质改造工程"],
    "b19-057": ["城镇老旧小区改造补助资金", "既有住宅加装电梯补助", "建筑节能与绿色建筑补助"],
    "b19-059": TY_K, "b19-062": ["城镇污水管网提质增效项目"], "b19-063": ["城镇污水管网提质增效项目", "东江与运河水系连通工程"],
    "b19-101": TY_K, "b19-102": ["健身群众满意度", "参赛运动员满意度", "群众文化活动满意度", "游客满意度", "服务对象满意度"],
    "b19-103": ["年度管网工程完工时间"], "b19-104": ["项目片区污水集中收集率", "污水处理厂进水BOD浓度", "管网长效运维机制"],
    "b19-105": ["参保群众满意度", "定点医药机构满意度"], "b19-106": ["智慧监测监控平台建成时间", "环境信访投诉按期办结率"],
    "b19-107": ["其他需完成的任务"], "b19-108": ["智慧体育服务平台上线时间", "文旅消费券补助资金拨付", "智慧文旅服务平台上线时间"],
    "b19-109": ["林长制责任体系"], "b19-110": ["统计信息化建设经费", "统计数据质量核查经费", "统计人员业务培训经费", "统计法治宣传经费"],
    "b19-114": [ONLY_2026_TASK], "b19-119": ["健康宣传教育经费"], "b19-123": list(RENAMED), "b19-125": [ONLY_2026_TASK],
    "b19-151": ["青少年体育训练和后备人才培养经费"], "b19-153": ["东莞市体育局", "东莞市文化广电旅游体育局"],
    "b19-154": ["污水管网建设与修复经费", "城镇污水管网提质增效项目"],
}
RANKED = {
    "b19-079": (["全民健身设施建设经费"], ["21600400元"]),
    "b19-080": (["体育赛事活动举办经费"], ["15380600元"]),
    "b19-081": (["体育赛事活动举办经费"], ["15380600元"]),
    "b19-082": (["社会体育指导员和体育社会组织培训经费"], ["1286700元"]),
    "b19-083": (["体育局"], ["#24"]),
    "b19-084": (["体育局"], ["#15"]),
    "b19-085": (["社区体育公园建设经费"], ["21600000元"]),
    "b19-086": (["文化广电旅游体育局", "司法局", "体育局"], ["14286.35万元", "9412.58万元", "2864.52万元"]),
    "b19-087": (["城镇污水管网提质增效项目"], ["28650.00万元"]),
    "b19-088": (["基本公共卫生服务项目经费"], ["412650000元"]),
    "b19-089": (["林业有害生物防治经费"], ["46320500元"]),
    "b19-090": (["教育局", "公安局", "人力资源和社会保障局"], ["32272.44万元", "8426.15万元", "6383.72万元"]),
}
YESNO = {"b19-081": "是", "b19-111": "是", "b19-112": "是", "b19-113": "否", "b19-114": "否", "b19-115": "是",
         "b19-116": "是", "b19-117": "是", "b19-118": "是", "b19-119": "否", "b19-120": "是", "b19-156": "否",
         "b19-157": "否"}
HAND_FIRST = {"b19-001": "21600400元", "b19-002": "15380600元", "b19-003": "28650.00万元", "b19-004": "41730000元",
              "b19-005": "2185000元", "b19-006": "2356800元", "b19-007": "5800000元", "b19-008": "5200000元",
              "b19-009": "21600000元", "b19-010": "358200000元", "b19-011": "7420000元", "b19-012": "1950600元",
              "b19-013": "≥30项", "b19-014": "≥44%", "b19-015": "≥2500人次", "b19-016": "≤600元/人",
              "b19-017": "≤380万元/公里", "b19-018": "≥90mg/L", "b19-019": "≥90%", "b19-020": "有所提高",
              "b19-021": "≥75%", "b19-022": "≥8000个", "b19-023": "≥85%", "b19-024": "22903.72万元",
              "b19-026": "39027.37万元", "b19-029": "86400.00万元", "b19-030": "28650.00万元", "b19-033": "52748.60万元",
              "b19-034": "2468.35万元", "b19-035": "12880.00万元", "b19-036": "6383.72万元", "b19-037": "260个",
              "b19-038": "2.9平方米", "b19-039": "4.6万平方米", "b19-040": "30片", "b19-041": "400个", "b19-042": "5800名",
              "b19-043": "6500名", "b19-044": "150处", "b19-045": "2.8平方米", "b19-046": "80宗", "b19-047": "460台",
              "b19-103": "2026年12月31日前", "b19-107": "5800000元", "b19-111": "2026年9月30日前", "b19-112": "21600400元",
              "b19-113": "22903.72万元", "b19-116": "≥150个", "b19-118": "5800000元", "b19-120": "2026年11月30日前",
              "b19-126": "≥1.6万件", "b19-131": "21600400元", "b19-132": "39027.37万元", "b19-133": "26380.00万元",
              "b19-134": "9540800元", "b19-135": "8120000元", "b19-136": "1186000元", "b19-137": "86400.00万元",
              "b19-138": "9860000元", "b19-139": "92680000元", "b19-140": "6420000元", "b19-151": "9860300元",
              "b19-156": "≥180公里", "b19-157": "≥50个", "b19-158": "23650000元"}
ABSENT = {"b19-001": ["21600000元"], "b19-002": ["15380000元"], "b19-003": ["286450000元", "358200000元"],
          "b19-006": ["2185000元"], "b19-008": ["4600000元"], "b19-009": ["21600400元"], "b19-010": ["28650.00万元"],
          "b19-013": ["≥25项"], "b19-017": ["≤350万元/公里"], "b19-020": ["逐步提高"], "b19-021": ["≥78%"],
          "b19-023": ["≥90%"], "b19-024": ["68900.15万元"], "b19-026": ["41947.92万元"], "b19-033": ["19386.40万元"],
          "b19-037": ["≥50个"], "b19-042": ["6500名"], "b19-043": ["5800名"], "b19-082": ["1286500元"],
          "b19-085": ["21600400元"], "b19-114": ["12830000元"], "b19-129": ["39027.37万元", "41947.92万元"],
          "b19-131": ["21600000元"], "b19-132": ["41947.92万元"], "b19-135": ["8650000元"], "b19-136": ["1268800元"],
          "b19-138": ["9860300元"], "b19-141": ["22903.72万元"], "b19-142": ["28650.00万元"], "b19-143": ["22903.72万元"],
          "b19-144": ["21860000元", "23650000元"], "b19-146": ["28650.00万元"], "b19-147": ["21600400元"],
          "b19-148": ["360.00万元"], "b19-151": ["15380000元"], "b19-152": ["9860000元", "9860300元"],
          "b19-155": ["2026年11月30日前"], "b19-158": ["21860000元"], "b19-159": ["2026年10月31日前"], "b19-160": ["≥88%"]}
NOT_FOUND = {"b19-129", "b19-141", "b19-142", "b19-143", "b19-144", "b19-145", "b19-146", "b19-147", "b19-148",
             "b19-149", "b19-150", "b19-152", "b19-155", "b19-159", "b19-160"}
CLARIFY = set()
OK_OR_CLARIFY = {"b19-153", "b19-154"}


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
    if (heji(T[S5]), heji(T[S6]), heji(T[TY]), heji(T[WG])) != (S5_TOT, S6_TOT, TY_TOT, WG_TOT):
        err("tables", "预算合计")
    for slug, hand, tot, key in ((S5, S5_T, S5_SUM, S5_K), (TY, TY_T, TY_SUM, TY_K), (S6, S6_T, S6_SUM, None)):
        if [x["amount_yuan"] for x in T[slug]["tasks"]] != hand or sum(hand) != tot:
            err(slug, "task amounts differ from the hand list")
        if key and [x["name"] for x in T[slug]["tasks"] if x["section"] == "年度重点工作任务"] != key:
            err(slug, "key tasks")
    for slug in (S5, TY, P):
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
    for slug in (S5, TY):
        if sum(x["amount_yuan"] for x in T[slug]["tasks"]) * Decimal("0.0001") > heji(T[slug]):
            err(slug, "tasks exceed the budget")
    # the project
    p = T[P]
    if (p.get("kind"), p["department"], p["project"], p["unit"], p["year"]) != (
            "project", "东莞市水务局", "城镇污水管网提质增效项目", "东莞市水务工程建设管理中心", 2026):
        err(P, "identity of the project")
    f = {x["name"]: d(x["amount_wan"]) for x in p["funds"]}
    if f != {k: d(v) for k, v in P_FUNDS.items()} or f["年度资金总额"] != f["财政拨款"] + f["其他资金"]:
        err(P, f"funds {f}")
    if {i["level3"]: (i["period_value"], i["annual_value"]) for i in p["indicators"]} != P_IND:
        err(P, "indicators")
    if len(p["goals"]["period"]) != 2 or len(p["goals"]["annual"]) != 2:
        err(P, "goals")
    if d(286450000) == f["年度资金总额"] * 10000 or abs(d(286450000) - f["年度资金总额"] * 10000) > 100000:
        err(P, "河涌 look-alike")
    if not (BLIND / "tables" / f"{P}.txt").read_text(encoding="utf-8").lstrip().startswith("东莞市项目支出绩效目标表"):
        err(P, "copied text title")
    sw_projects = sorted((t["project"], t["year"]) for t in T.values() if t.get("kind") == "project"
                         and t["department"] == "东莞市水务局")
    if sw_projects != [("东江与运河水系连通工程", 2020), ("城镇污水管网提质增效项目", 2026)]:
        err("tables", f"水务局 projects {sw_projects}")
    if T[S5]["department"] != "东莞市司法局" or T[S5]["year"] != 2025 or T[TY]["department"] != "东莞市体育局":
        err("tables", "department names")
    for slug in (S5, TY):
        if not (BLIND / "tables" / f"{slug}.txt").read_text(encoding="utf-8").lstrip().startswith("东莞市部门整体预算绩效目标表"):
            err(slug, "copied text title")
    n26 = [x["name"] for x in T[S6]["tasks"]]
    n25 = [x["name"] for x in T[S5]["tasks"]]
    if set(n26) - set(n25) != {ONLY_2026_TASK, RENAMED[1]} or set(n25) - set(n26) != {RENAMED[0]}:
        err("sifaju", f"2026/2025 task differences {set(n26) - set(n25)} / {set(n25) - set(n26)}")
    i26 = {i["level3"]: i["annual_value"] for i in T[S6]["indicators"]}
    i25 = {i["level3"]: i["annual_value"] for i in T[S5]["indicators"]}
    if set(i26) - set(i25) != {ONLY_2026_IND} or set(i25) - set(i26):
        err("sifaju", "indicator sets")
    changed = {k: (i25[k], i26[k]) for k in set(i25) & set(i26) if i25[k] != i26[k]}
    if changed != CHANGED:
        err("sifaju", f"changed indicators {changed}")
    if re.search(r"\d", i26["公民法治素养"] + i25["公民法治素养"]):
        err("sifaju", "公民法治素养 is no longer qualitative")
    amounts = {}
    for slug, t in T.items():
        for x in t.get("tasks", []):
            amounts.setdefault(d(x["amount_yuan"]), []).append((slug, x["name"]))
    for slug, a, other, b in LOOKALIKE:
        a, b = d(a), d(b)
        if slug not in [s for s, _ in amounts.get(a, [])] or other not in [s for s, _ in amounts.get(b, [])] \
                or a == b or abs(a - b) > 1000:
            err("look-alike", f"{slug} {a} / {other} {b}")
    for a in S5_T + TY_T:
        if len(amounts[d(a)]) != 1:
            err("tables", f"{a} not unique: {amounts[d(a)]}")
    if d(5800000) != d(HAND[TY]["拟用于对下转移支付资金"]) * 10000:
        err("tables", "镇街全民健身工作补助 = 对下")
    # same indicator names in 体育局 and 文广旅体局, other values
    ity = {i["level3"]: i["annual_value"] for i in T[TY]["indicators"]}
    iwg = {i["level3"]: i["annual_value"] for i in T[WG]["indicators"]}
    if {k: (ity[k], iwg[k]) for k in set(ity) & set(iwg)} != {"承办省级以上体育赛事": ("≥30项", "≥25项"),
                                                             "经常参加体育锻炼人数比例": ("≥44%", "≥43%")}:
        err("tables", "体育局 / 文广旅体局 shared indicators")
    dg = [t for t in T.values() if t["department"].startswith("东莞") and t["year"] == 2026
          and t.get("kind", "department") == "department" and t.get("budget")]
    if len(dg) != 37:
        err("DG", f"{len(dg)} tables")
    for t in dg:
        s = t["department"][3:]
        b = bud(t)
        if (s not in DG_TOTALS or heji(t) != DG_TOTALS[s] or t["basic_info"]["财政供养人员数"] != PEOPLE[s]
                or b["其他资金"] != d(OTHER_FUNDS[s]) or b["拟用于对下转移支付资金"] != d(XIA[s])):
            err("DG", t["department"])
    if (BY_TOTAL.index("体育局"), BY_PEOPLE.index("体育局"), len(set(PEOPLE.values()))) != (23, 14, 37):
        err("DG", "体育局 24th by 预算合计, 15th fewest people, no tie")
    tiyu = sorted(x["name"] for t in dg for x in t["tasks"] if "体育" in x["name"])
    if tiyu != sorted(NAMES["b19-052"]):
        err("DG", f"体育 items {tiyu}")
    band = sorted(x["name"] for t in dg for x in t["tasks"] if "培训" in x["name"] and 1250000 <= x["amount_yuan"] <= 1300000)
    if band != sorted(NAMES["b19-053"]):
        err("DG", f"培训 band {band}")
    if sorted(t["department"][3:] for t in dg if 20000 <= heji(t) <= 30000) != sorted(NAMES["b19-054"]):
        err("DG", "2亿–3亿 band")


FORMATS = [re.compile(r"^\d+(\.\d+)?元$"), re.compile(r"^\d+\.\d{2}万元$"), re.compile(r"^\d+\.\d{2}%$"),
           re.compile(r"^\d+\.\d{2}$"), re.compile(r"^#\d+$")]


def main() -> int:
    T = load()
    errs = []
    err = lambda rid, m: errs.append(f"{rid}: {m}")  # noqa: E731
    check_tables(T, err)
    all_atoms = set().union(*(atoms(t) for t in T.values()))
    all_text = "\n".join(json.dumps(t, ensure_ascii=False) for t in T.values())
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else BLIND / "batch_19.jsonl"
    recs = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]
    if len(recs) != 160:
        err("file", f"{len(recs)} lines")
    byid = {r["id"]: r for r in recs}
    prev = None
    for n, r in enumerate(recs, 1):
        rid = r["id"]
        if list(r) != FIELDS or rid != f"b19-{n:03d}" or r["category"] not in CATS or r["expect"] not in EXPECTS:
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
