"""Second, independent check of tests/blind/batch_21.jsonl (0 errors required).

Written apart from gen_batch21.py / truth21.py: loads the tables itself (batches.json's list for batch_21);
checks the four new tables against values typed here by hand (政数局's and 机关事务局 2025/2026's budget lines,
预算合计, people, task amounts and sections; the project's funds, goals and indicators; the 机关事务局 2025/2026
differences — one 2026 task absent in 2025, one task renamed, one indicator only in 2026, twelve indicators' annual
values changed, one of them a qualitative wording —, the shape the brief asks for, the look-alike amounts, the project's
年度资金总额 next to 政数局's own 政务云 task, the 物业 task next to the loaded 物业管理费支出 project); checks 预算合计,
人员, 其他资金 and 拟用于对下转移支付资金 of all 39 东莞 2026 departments against hand values (batch 19's 37 typed
again + the two new); checks the schema; accepts a figure only if it is a stored value of a table the question (chain)
names or equals a recipe typed here by hand; checks list members / ranking orders / yes-no answers / expectations /
first figures / required absents against hand lists; checks prose figures occur only in the goals of the named table;
checks absent strings are real values and not figures of the line.

`verify21.py FILE` checks a copy.
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
NEW = ["zhengshuju_2026", "zhengshu_dizuo_2026", "jiguanshiwu_2026", "jiguanshiwu_2025"]


def load():
    bj = json.loads((BLIND / "batches.json").read_text(encoding="utf-8"))
    names = bj["batch_21.jsonl"]
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
    out |= {W(x["amount_wan"]) for x in t.get("funds", []) if x["amount_wan"] is not None}
    if heji(t) is not None:
        out.add(W(heji(t)))
    for i in t.get("indicators", []):
        out |= {i["annual_value"], i.get("period_value") or ""}
    out |= {f"#{v}" for v in (t.get("basic_info") or {}).values()}
    return out


def goals(t):
    g = t["goals"]
    return list(g) if isinstance(g, list) else g["period"] + g["annual"]


ZS, DZ, J6, J5 = NEW
WY = "project_target_2026"
FG, SF, KX, CZ, QX = "fagaiju_2026", "sifaju_2026", "kexie_2026", "caizhengju_2026", "qixiangju_2026"
ALIASES = [
    ("政数", [ZS, DZ]), ("政數", [ZS, DZ]), ("正数", [ZS, DZ]), ("政务服务和数", [ZS, DZ]), ("政务服务数据局", [ZS, DZ]),
    ("政务服务差评", [ZS]), ("数字底座", [DZ]), ("数字底坐", [DZ]), ("机关事务", [J6, J5, WY]), ("機關事務", [J6, J5]),
    ("机关事物", [J6]), ("机关运行", [J6, J5]), ("发改", [FG]), ("司法", [SF]), ("科协", [KX]), ("财政局", [CZ]),
    ("气象", [QX]), ("深圳", []), ("广州", []), ("国资委", []),
]

# ---------------------------------------------------------------- typed by hand
HAND = {ZS: {"基本支出": "3286.45", "项目支出": "37824.36", "其他事业发展性支出": "852.60", "财政拨款": "41512.08",
             "其他资金": "451.33", "财政专项资金": "16800.00", "市本级使用资金": "16380.00", "拟用于对下转移支付资金": "420.00"},
        J6: {"基本支出": "5862.34", "项目支出": "24316.58", "其他事业发展性支出": "1463.20", "财政拨款": "31208.45",
             "其他资金": "433.67", "财政专项资金": "6800.00", "市本级使用资金": "6800.00", "拟用于对下转移支付资金": "0.00"},
        J5: {"基本支出": "5638.17", "项目支出": "22954.36", "其他事业发展性支出": "1386.50", "财政拨款": "29562.41",
             "其他资金": "416.62", "财政专项资金": "6200.00", "市本级使用资金": "6200.00", "拟用于对下转移支付资金": "0.00"}}
PEOPLE_NEW = {ZS: (118, 3), J6: (162, 4), J5: (158, 4)}
DZ_FUNDS = {"实施周期资金总额": "28960.00", "年度资金总额": "9650.00", "财政拨款": "9120.00", "其他资金": "530.00"}
DZ_IND = {"政务云计算资源扩容": ("≥9万核", "≥3万核"), "迁移上云业务系统": ("≥420个", "≥140个"),
          "接入物联感知终端": ("≥30万个", "≥10万个"), "汇聚数据资源": ("≥600亿条", "≥200亿条"),
          "政务云平台可用率": ("≥99.95%", "≥99.95%"), "数据质量抽检合格率": ("≥98%", "≥98%"),
          "政务云二期扩容完成时间": ("2026年10月31日前", "2026年10月31日前"),
          "政务云计算资源扩容单位成本": ("≤0.15万元/核", "≤0.15万元/核"), "部门业务系统上云率": ("≥95%", "≥85%"),
          "城市数字底座运营机制": ("逐步完善", "逐步完善"), "使用单位满意度": ("≥92%", "≥92%")}
ZS_T = [96480000, 38650400, 26430800, 15936300, 8650500, 4568400, 4200000, 2458400, 1806200, 956200]
J6_T = [18460400, 12860300, 9540500, 6380300, 5264300, 4586300, 3602400, 2136600, 1358400, 865500]
J5_T = [16820000, 12150000, 9326000, 5920000, 3748000, 3450000, 1980000, 1265000, 792000]
ZS_K = ["政务云资源租用和运维经费", "一体化政务服务平台运营经费", "12345政务服务便民热线运行经费"]
J_K = ["市直机关办公用房维修改造经费", "机关食堂运营和膳食保障经费", "公务用车运行维护和保障经费"]
ONLY_2026_TASK = "公务用车新能源更新经费"
RENAMED = ("机关事务信息化建设经费", "智慧机关事务管理平台建设经费")
ONLY_2026_IND = "更新新能源公务用车"
CHANGED = {"公务用车单车年均运行维护费用": ("≤3万元/辆", "≤2.8万元/辆"), "后勤服务人员培训人均成本": ("≤450元/人", "≤500元/人"),
           "维修改造办公用房面积": ("≥6万平方米", "≥8万平方米"), "保障公务用车": ("≥430辆", "≥420辆"),
           "提供机关食堂就餐服务": ("≥140万人次", "≥150万人次"), "培训后勤服务人员": ("≥700人次", "≥800人次"),
           "开展公共机构能源审计": ("≥25家", "≥30家"), "办公用房维修改造完成时间": ("2025年11月30日前", "2026年11月30日前"),
           "机关运行保障水平": ("有所提升", "持续提升"), "公共机构人均综合能耗下降率": ("≥1.2%", "≥1.5%"),
           "服务对象满意度": ("≥90%", "≥92%"), "就餐人员满意度": ("≥88%", "≥90%")}
ZS_TOT, J6_TOT, J5_TOT = d("41963.41"), d("31642.12"), d("29979.03")
ZS_SUM, J6_SUM, J5_SUM = 200137200, 65055000, 55451000
# look-alikes: (new table, amount, other table, its amount)
LOOKALIKE = [(ZS, 26430800, KX, 26430600), (ZS, 26430800, "wenguangluti_2026", 26430000),
             (ZS, 38650400, "yingji_2026", 38650000), (ZS, 8650500, CZ, 8650600), (ZS, 8650500, "waishiju_2026", 8650300),
             (ZS, 8650500, "gonganju_2026", 8650800), (ZS, 2458400, "gongxiaoshe_2026", 2458300),
             (ZS, 2458400, "renfangban_2026", 2458500), (ZS, 4568400, "renfangban_2026", 4568500),
             (ZS, 4568400, "canlian_2026", 4568300), (ZS, 4568400, KX, 4568600), (J6, 9540500, QX, 9540800),
             (J6, 9540500, "linyeju_2026", 9540600), (J6, 9540500, "nongyenongcun_2026", 9540000),
             (J6, 12860300, "wenguangluti_2026", 12860000), (J6, 1358400, FG, 1358000),
             (J6, 6380300, "danganju_2026", 6380500), (J6, 6380300, SF, 6380000), (J6, 6380300, "canlian_2026", 6380200),
             (J6, 865500, "danganju_2026", 865200)]
DG_TOTALS = {
    "教育局": d("430784.80"), "公安局": d("317607.35"), "人力资源和社会保障局": d("203125.87"),
    "交通运输局": d("146225.96"), "水务局": d("135339.52"), "住房和城乡建设局": d("128935.71"),
    "城市管理和综合执法局": d("116260.44"), "卫生健康局": d("108336.42"), "医疗保障局": d("102919.76"),
    "自然资源局": d("96273.10"), "民政局": d("80780.35"), "农业农村局": d("77300.53"),
    "文化广电旅游体育局": d("68900.15"), "生态环境局": d("67548.22"), "商务局": d("64054.37"),
    "市场监督管理局": d("63899.98"), "林业局": d("60239.81"), "科学技术局": d("52187.28"), "应急管理局": d("49270.50"),
    "发展和改革局": d("41974.29"), "司法局": d("41947.92"), "退役军人事务局": d("41281.60"), "财政局": d("29001.97"),
    "体育局": d("22903.72"), "政务服务和数据管理局": d("41963.41"), "机关事务管理局": d("31642.12"),
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
          "民族宗教事务局": 31, "人民防空办公室": 64, "档案局": 47, "外事局": 56, "体育局": 94,
          "政务服务和数据管理局": 118, "机关事务管理局": 162}
OTHER_FUNDS = {"教育局": "32272.44", "公安局": "8426.15", "人力资源和社会保障局": "6383.72", "交通运输局": "6355.45",
               "自然资源局": "4524.84", "水务局": "4487.33", "住房和城乡建设局": "4417.45", "城市管理和综合执法局": "4111.87",
               "卫生健康局": "3524.36", "文化广电旅游体育局": "3467.37", "生态环境局": "3445.47", "农业农村局": "3117.88",
               "民政局": "2674.13", "市场监督管理局": "2057.41", "林业局": "2023.46", "商务局": "1735.81",
               "医疗保障局": "1562.84", "应急管理局": "1435.24", "司法局": "1384.74", "发展和改革局": "528.46",
               "财政局": "465.76", "人民防空办公室": "436.47", "供销合作社": "434.24", "退役军人事务局": "416.28",
               "科学技术局": "300.00", "残疾人联合会": "235.36", "气象局": "213.71", "红十字会": "213.58",
               "统计局": "213.17", "审计局": "203.38", "外事局": "187.31", "科学技术协会": "119.28", "妇女联合会": "84.18",
               "档案局": "79.18", "民族宗教事务局": "55.18", "总工会": "0.00", "体育局": "568.36",
               "政务服务和数据管理局": "451.33", "机关事务管理局": "433.67"}
XIA = {"总工会": 0, "科学技术局": 11820, "教育局": 42060, "卫生健康局": 21120, "交通运输局": 25800, "民政局": 27850,
       "人力资源和社会保障局": 42150, "城市管理和综合执法局": 17670, "自然资源局": 18350, "生态环境局": 13420, "水务局": 24160,
       "农业农村局": 15340, "应急管理局": 8750, "市场监督管理局": 5540, "文化广电旅游体育局": 7320, "医疗保障局": 25150,
       "司法局": 2750, "商务局": 7200, "住房和城乡建设局": 15200, "统计局": 550, "退役军人事务局": 7200,
       "发展和改革局": 8150, "公安局": 14250, "审计局": 350, "林业局": 8350, "财政局": 3200, "气象局": 650,
       "残疾人联合会": 2350, "妇女联合会": 380, "红十字会": 320, "供销合作社": 1680, "民族宗教事务局": 260,
       "科学技术协会": 640, "人民防空办公室": 1440, "档案局": 360, "外事局": 230, "体育局": 580,
       "政务服务和数据管理局": 420, "机关事务管理局": 0}
ALL39 = sum(DG_TOTALS.values())
BY_TOTAL = sorted(DG_TOTALS, key=DG_TOTALS.get, reverse=True)
BY_PEOPLE = sorted(PEOPLE, key=PEOPLE.get)
BY_OTHER = sorted(OTHER_FUNDS, key=lambda k: d(OTHER_FUNDS[k]), reverse=True)

RECIPES = {
    "b21-024": [N(118), N(3)], "b21-027": [W(J6_TOT - J5_TOT)], "b21-030": [PCT(9650, 28960)],
    "b21-055": ["3680000元", "3602400元"],
    "b21-057": [N(10), N(3)], "b21-058": [N(10), N(3)], "b21-059": [Y(18460400 + 12860300 + 9540500)], "b21-060": [N(9)],
    "b21-061": [N(19)], "b21-062": [N(11)], "b21-063": [N(39)],
    "b21-064": [N(sum(100 <= v <= 200 for v in PEOPLE.values()))], "b21-065": [N(1)], "b21-066": [N(1)],
    "b21-067": [N(sum(40000 <= v <= 50000 for v in DG_TOTALS.values()))],
    "b21-068": [Y(ZS_SUM)], "b21-069": [Y(J6_SUM)], "b21-070": [W(ZS_TOT + J6_TOT)],
    "b21-071": [W(ZS_TOT + J6_TOT + d("41947.92"))], "b21-072": [PCT(d("41512.08"), ZS_TOT)], "b21-073": [Y(956200 + 1806200)],
    "b21-074": [W(d(28960) - d(9650))], "b21-075": [W(ALL39)], "b21-076": [f"{r2(d(J6_SUM) / 10)}元"],
    "b21-077": [PCT(26430800, ZS_SUM)], "b21-078": [W(J6_TOT + J5_TOT)],
    "b21-083": [N(BY_TOTAL.index("政务服务和数据管理局") + 1)], "b21-084": [N(BY_TOTAL.index("机关事务管理局") + 1)],
    "b21-087": [N(BY_PEOPLE.index("政务服务和数据管理局") + 1)], "b21-090": [N(BY_OTHER.index("机关事务管理局") + 1)],
    "b21-091": [W(d("41974.29") - ZS_TOT)], "b21-092": [Y(26430800 - 26430600)],
    "b21-093": [W(d(3602400) / 10000 - d(360))], "b21-094": [W(d(9650) - d(96480000) / 10000)],
    "b21-095": [N(352 - 162), N(352), N(162)], "b21-097": [R(d("24316.58"), d("5862.34"))], "b21-098": [R(ZS_TOT, J6_TOT)],
    "b21-099": [Y(8650600 - 8650500)], "b21-100": [Y(9540800 - 9540500)], "b21-120": [N(162), N(118)],
    "b21-121": [W(J6_TOT - J5_TOT), PCT(J6_TOT - J5_TOT, J5_TOT)], "b21-122": [Y(12860300 - 12150000)],
    "b21-123": [Y(4586300 - 3748000)], "b21-125": [N(162 - 158), N(162), N(158)],
    "b21-129": [PCT(d("31208.45") - d("29562.41"), d("29562.41"))], "b21-136": [Y(J5_SUM)], "b21-137": [N(118)],
}
PROSE_IDS = {"b21-156": ["42万平方米"]}
NAMES = {
    "b21-047": ["政务云资源租用和运维经费", "一体化政务服务平台运营经费", "12345政务服务便民热线运行经费", "政务数据共享和开放平台建设经费"],
    "b21-048": ["市直机关办公用房维修改造经费", "机关食堂运营和膳食保障经费", "公务用车运行维护和保障经费",
                "市直机关安全保卫和消防管理经费", "公务用车新能源更新经费"],
    "b21-049": ["公共机构节能降耗和能耗监测经费", "机关后勤服务人员培训经费"],
    "b21-050": ["政务信息化项目评审和监理经费", "镇街政务服务中心标准化建设补助", "政务服务自助终端运维经费"],
    "b21-051": ["上云部门业务系统", "共享交换数据量", "开放公共数据集", "镇街政务服务中心标准化建设", "政务服务事项“一网通办”率"],
    "b21-052": ["政务云计算资源扩容", "迁移上云业务系统", "接入物联感知终端", "汇聚数据资源", "部门业务系统上云率"],
    "b21-053": ["机关运行保障水平", "机关事务管理制度体系"],
    "b21-054": ["政务云资源租用和运维经费", "一体化政务服务平台运营经费", "12345政务服务便民热线运行经费", "政务数据共享和开放平台建设经费",
                "电子政务外网和网络安全保障经费", "政务信息化项目评审和监理经费", "镇街政务服务中心标准化建设补助",
                "政务服务自助终端运维经费", "政务服务好差评和营商环境评估经费", "政务服务窗口人员培训经费"],
    "b21-055": ["物业管理行业监管经费", "市直机关集中办公区物业管理经费"],
    "b21-056": ["办事群众满意度", "企业满意度"],
    "b21-059": J_K,
    "b21-064": ["交通运输局", "医疗保障局", "民政局", "商务局", "发展和改革局", "审计局", "政务服务和数据管理局", "机关事务管理局"],
    "b21-065": ["城市数字底座与政务云扩容项目"], "b21-066": ["物业管理费支出"],
    "b21-067": ["应急管理局", "发展和改革局", "政务服务和数据管理局", "司法局", "退役军人事务局"],
    "b21-081": ["一体化政务服务平台运营经费"],
    "b21-101": ["其他需完成的任务"], "b21-102": ZS_K, "b21-103": J_K, "b21-104": ["时效指标"], "b21-105": ["质量指标"],
    "b21-106": ["政务云计算资源扩容单位成本"], "b21-107": ["机关运行保障水平", "公共机构人均综合能耗下降率", "机关事务管理制度体系"],
    "b21-108": ["一体化政务服务平台升级完成时间", "数据共享需求响应时间"], "b21-109": ["效益指标", "生态效益"],
    "b21-110": ["东莞市政务数据中心", "政务服务和数据管理局"],
    "b21-123": list(RENAMED), "b21-124": [ONLY_2026_TASK],
    "b21-151": ["市直机关集中办公区物业管理经费", "物业管理费支出"],
    "b21-152": ["政务云资源租用和运维经费", "城市数字底座与政务云扩容项目"],
    "b21-153": ["政务服务和数据管理局", "自然资源局"],
}
RANKED = {
    "b21-079": (["政务云资源租用和运维经费"], ["96480000元"]),
    "b21-080": (["一体化政务服务平台运营经费"], ["38650400元"]),
    "b21-082": (["机关后勤服务人员培训经费"], ["865500元"]),
    "b21-083": (["政务服务和数据管理局"], ["#21"]),
    "b21-084": (["机关事务管理局"], ["#24"]),
    "b21-085": (["发展和改革局", "政务服务和数据管理局", "司法局"], ["41974.29万元", "41963.41万元", "41947.92万元"]),
    "b21-086": (["档案业务人员培训经费"], ["865200元"]),
    "b21-087": (["政务服务和数据管理局"], ["#16"]),
    "b21-088": (["一体化政务服务平台运营经费"], ["38650400元"]),
    "b21-089": (["城镇污水管网提质增效项目", "城镇老旧小区改造项目", "城市数字底座与政务云扩容项目", "应急指挥信息化平台建设项目",
                 "物业管理费支出"], ["28650.00万元", "12880.00万元", "9650.00万元", "1620.00万元", "360.00万元"]),
    "b21-090": (["机关事务管理局"], ["#26"]),
}
YESNO = {"b21-034": "否", "b21-081": "是", "b21-111": "是", "b21-112": "否", "b21-113": "是", "b21-114": "是",
         "b21-115": "否", "b21-116": "否", "b21-117": "是", "b21-118": "否", "b21-119": "是", "b21-120": "是",
         "b21-126": "是", "b21-159": "否"}
HAND_FIRST = {"b21-001": "26430800元", "b21-002": "38650400元", "b21-003": "96480000元", "b21-004": "9540500元",
              "b21-005": "12860300元", "b21-006": "8650500元", "b21-007": "2458400元", "b21-008": "16820000元",
              "b21-009": "1358400元", "b21-010": "4568400元", "b21-011": "6380300元",
              "b21-012": "≥93%", "b21-013": "≥1600人次", "b21-014": "≤600元/人", "b21-015": "≥500个", "b21-016": "≥96%",
              "b21-017": "≤30分钟", "b21-018": "≥8万平方米", "b21-019": "≤500元/人", "b21-020": "≥99.95%",
              "b21-021": "≥140个", "b21-022": "≥1.5%", "b21-023": "41963.41万元", "b21-024": "#118", "b21-025": "31208.45万元",
              "b21-026": "29979.03万元", "b21-027": "1663.09万元", "b21-028": "28960.00万元", "b21-029": "9650.00万元",
              "b21-030": "33.32%", "b21-031": "37824.36万元", "b21-032": "5862.34万元", "b21-033": "420.00万元",
              "b21-034": "0.00万元", "b21-035": "9120.00万元", "b21-036": "120项", "b21-037": "260项", "b21-038": "65%",
              "b21-039": "97%", "b21-040": "860个", "b21-041": "4200个", "b21-042": "1650辆", "b21-043": "1700辆",
              "b21-044": "1.1万人次", "b21-045": "12万核", "b21-046": "93%", "b21-106": "≤0.15万元/核",
              "b21-111": "41963.41万元", "b21-113": "31642.12万元", "b21-114": "26430800元", "b21-115": "≥800人次",
              "b21-116": "≥95%", "b21-117": "5264300元", "b21-118": "530.00万元", "b21-119": "≥92%",
              "b21-124": "5264300元", "b21-126": "≥92%", "b21-127": "有所提升", "b21-128": "3450000元",
              "b21-131": "26430800元", "b21-132": "31642.12万元", "b21-133": "96480000元", "b21-134": "9540500元",
              "b21-135": "9650.00万元", "b21-138": "38650400元", "b21-139": "12860300元", "b21-140": "≥96%",
              "b21-154": "≥92%", "b21-155": "≥12处", "b21-156": "42万平方米", "b21-157": "≥92%", "b21-159": "≥140个"}
ABSENT = {"b21-001": ["26430600元", "26430000元"], "b21-002": ["38650000元"], "b21-003": ["9650.00万元"],
          "b21-004": ["9326000元", "9540800元"], "b21-005": ["12860000元"], "b21-006": ["8650600元"],
          "b21-008": ["18460400元"], "b21-009": ["1358000元"], "b21-010": ["4568500元"], "b21-012": ["≥95%"],
          "b21-016": ["≥95%"], "b21-018": ["≥6万平方米"], "b21-019": ["≤450元/人"], "b21-020": ["≥99.9%"],
          "b21-021": ["≥120个"], "b21-022": ["≥1.2%"], "b21-023": ["41974.29万元", "41947.92万元"], "b21-025": ["29562.41万元"],
          "b21-026": ["31642.12万元"], "b21-029": ["96480000元"], "b21-031": ["9650.00万元"], "b21-035": ["41512.08万元"],
          "b21-040": ["≥120个"], "b21-041": ["≥500个"], "b21-042": ["1700辆"], "b21-043": ["1650辆"], "b21-045": ["≥9万核"],
          "b21-046": ["85%"], "b21-055": ["360.00万元"], "b21-086": ["865500元"], "b21-128": ["3602400元", "360.00万元"],
          "b21-130": ["≥60辆"], "b21-132": ["29979.03万元"], "b21-140": ["≥95%"], "b21-141": ["41963.41万元"],
          "b21-144": ["29979.03万元", "31642.12万元"], "b21-147": ["9650.00万元"], "b21-150": ["360.00万元"],
          "b21-154": ["≥90%"], "b21-155": ["5处"], "b21-156": ["≥18万平方米", "38万平方米"], "b21-157": ["≥85%", "≥90%"],
          "b21-158": ["5264300元"], "b21-160": ["26430800元"]}
NOT_FOUND = {"b21-130", "b21-141", "b21-142", "b21-143", "b21-144", "b21-145", "b21-146", "b21-147", "b21-148",
             "b21-149", "b21-150", "b21-158", "b21-160"}
CLARIFY = set()
OK_OR_CLARIFY = {"b21-151", "b21-152", "b21-153"}


def check_tables(T, err):
    for slug, hand in HAND.items():
        b = bud(T[slug])
        for k, v in hand.items():
            if b[k] != d(v):
                err(slug, f"{k} {b[k]} != {v}")
        if heji(T[slug]) != b["财政拨款"] + b["其他资金"] or b["财政专项资金"] != b["市本级使用资金"] + b["拟用于对下转移支付资金"]:
            err(slug, "identity")
        bi = T[slug]["basic_info"]
        if (bi["财政供养人员数"], bi["下属二级单位数"]) != PEOPLE_NEW[slug]:
            err(slug, "people / units")
    if (heji(T[ZS]), heji(T[J6]), heji(T[J5])) != (ZS_TOT, J6_TOT, J5_TOT):
        err("tables", "预算合计")
    for slug, hand, tot, key in ((ZS, ZS_T, ZS_SUM, ZS_K), (J6, J6_T, J6_SUM, J_K), (J5, J5_T, J5_SUM, J_K)):
        if [x["amount_yuan"] for x in T[slug]["tasks"]] != hand or sum(hand) != tot:
            err(slug, "task amounts differ from the hand list")
        if [x["name"] for x in T[slug]["tasks"] if x["section"] == "年度重点工作任务"] != key:
            err(slug, "key tasks")
        if sum(hand) * Decimal("0.0001") > heji(T[slug]):
            err(slug, "tasks exceed the budget")
    for slug in (ZS, J6, DZ):
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
        if not any("约" in g for g in goals(T[slug])) or not any("累计" in g for g in goals(T[slug])):
            err(slug, "no cumulative / approximate goal figure")
        if not any(re.search(r"\d{4}年\d+月\d+日前", i["annual_value"]) for i in ind):
            err(slug, "no date indicator")
    # the project
    p = T[DZ]
    if (p.get("kind"), p["department"], p["project"], p["unit"], p["year"]) != (
            "project", "东莞市政务服务和数据管理局", "城市数字底座与政务云扩容项目", "东莞市政务数据中心", 2026):
        err(DZ, "identity of the project")
    f = {x["name"]: d(x["amount_wan"]) for x in p["funds"]}
    if f != {k: d(v) for k, v in DZ_FUNDS.items()} or f["年度资金总额"] != f["财政拨款"] + f["其他资金"]:
        err(DZ, f"funds {f}")
    if {i["level3"]: (i["period_value"], i["annual_value"]) for i in p["indicators"]} != DZ_IND:
        err(DZ, "indicators")
    if len(p["goals"]["period"]) != 2 or len(p["goals"]["annual"]) != 2:
        err(DZ, "goals")
    gap = f["年度资金总额"] * 10000 - d(96480000)
    if not 0 < gap <= 100000:
        err(DZ, "政务云 task look-alike")
    wy = {x["name"]: d(x["amount_wan"]) for x in T[WY]["funds"]}
    if (T[WY]["department"], T[WY]["project"], wy["年度资金总额"]) != ("东莞市机关事务管理局", "物业管理费支出", d(360)) \
            or not 0 < d(3602400) - wy["年度资金总额"] * 10000 <= 10000:
        err(WY, "物业 look-alike")
    if not (BLIND / "tables" / f"{DZ}.txt").read_text(encoding="utf-8").lstrip().startswith("东莞市项目支出绩效目标表"):
        err(DZ, "copied text title")
    for slug in (ZS, J6, J5):
        if not (BLIND / "tables" / f"{slug}.txt").read_text(encoding="utf-8").lstrip().startswith("东莞市部门整体预算绩效目标表"):
            err(slug, "copied text title")
    if (T[ZS]["department"], T[J6]["department"], T[J5]["department"], T[J5]["year"]) != (
            "东莞市政务服务和数据管理局", "东莞市机关事务管理局", "东莞市机关事务管理局", 2025):
        err("tables", "department names")
    n26 = [x["name"] for x in T[J6]["tasks"]]
    n25 = [x["name"] for x in T[J5]["tasks"]]
    if set(n26) - set(n25) != {ONLY_2026_TASK, RENAMED[1]} or set(n25) - set(n26) != {RENAMED[0]}:
        err("jiguan", f"2026/2025 task differences {set(n26) - set(n25)} / {set(n25) - set(n26)}")
    i26 = {i["level3"]: i["annual_value"] for i in T[J6]["indicators"]}
    i25 = {i["level3"]: i["annual_value"] for i in T[J5]["indicators"]}
    if set(i26) - set(i25) != {ONLY_2026_IND} or set(i25) - set(i26):
        err("jiguan", "indicator sets")
    changed = {k: (i25[k], i26[k]) for k in set(i25) & set(i26) if i25[k] != i26[k]}
    if changed != CHANGED:
        err("jiguan", f"changed indicators {changed}")
    if re.search(r"\d", i26["机关运行保障水平"] + i25["机关运行保障水平"]):
        err("jiguan", "机关运行保障水平 is no longer qualitative")
    amounts = {}
    for slug, t in T.items():
        for x in t.get("tasks", []):
            amounts.setdefault(d(x["amount_yuan"]), []).append((slug, x["name"]))
    for slug, a, other, b in LOOKALIKE:
        a, b = d(a), d(b)
        if slug not in [s for s, _ in amounts.get(a, [])] or other not in [s for s, _ in amounts.get(b, [])] \
                or a == b or abs(a - b) > 1000:
            err("look-alike", f"{slug} {a} / {other} {b}")
    for a in ZS_T + J6_T + J5_T:
        if len(amounts[d(a)]) != 1:
            err("tables", f"{a} not unique: {amounts[d(a)]}")
    if d(4200000) != d(HAND[ZS]["拟用于对下转移支付资金"]) * 10000:
        err("tables", "镇街政务服务中心标准化建设补助 = 对下")
    # indicator names shared with other departments, other values
    shared = {"办事群众满意度": ("ziranziyuan_2026", "≥95%", "≥96%"), "企业满意度": ("yingji_2026", "≥85%", "≥92%")}
    for name, (other, v_other, v_zs) in shared.items():
        io = {i["level3"]: i["annual_value"] for i in T[other]["indicators"]}
        iz = {i["level3"]: i["annual_value"] for i in T[ZS]["indicators"]}
        if (io.get(name), iz.get(name)) != (v_other, v_zs):
            err("tables", f"shared indicator {name}")
    iy = {i["level3"]: i["annual_value"] for i in T["yingji_xinxihua_2026"]["indicators"]}
    if iy.get("使用单位满意度") != "≥90%":
        err("tables", "使用单位满意度 of the 应急 project")
    dg = [t for t in T.values() if t["department"].startswith("东莞") and t["year"] == 2026
          and t.get("kind", "department") == "department" and t.get("budget")]
    if len(dg) != 39:
        err("DG", f"{len(dg)} tables")
    for t in dg:
        s = t["department"][3:]
        b = bud(t)
        if (s not in DG_TOTALS or heji(t) != DG_TOTALS[s] or t["basic_info"]["财政供养人员数"] != PEOPLE[s]
                or b["其他资金"] != d(OTHER_FUNDS[s]) or b["拟用于对下转移支付资金"] != d(XIA[s])):
            err("DG", t["department"])
    if (BY_TOTAL.index("政务服务和数据管理局"), BY_TOTAL.index("机关事务管理局"), BY_PEOPLE.index("政务服务和数据管理局"),
            BY_OTHER.index("机关事务管理局"), len(set(PEOPLE.values()))) != (20, 23, 15, 25, 39):
        err("DG", "ranks: 政数局 21st / 机关事务局 24th by 预算合计, 政数局 16th fewest people, 机关事务局 26th by 其他资金")
    zw = sorted(x["name"] for t in dg for x in t["tasks"] if "政务" in x["name"])
    if zw != sorted(NAMES["b21-054"]):
        err("DG", f"政务 items {zw}")
    wy_items = sorted((x["name"], x["amount_yuan"]) for t in dg for x in t["tasks"] if "物业" in x["name"])
    if wy_items != [("市直机关集中办公区物业管理经费", 3602400), ("物业管理行业监管经费", 3680000)]:
        err("DG", f"物业 items {wy_items}")
    px = sorted((x["amount_yuan"], x["name"]) for t in dg for x in t["tasks"] if "培训" in x["name"])
    if px[0] != (865200, "档案业务人员培训经费") or [a for a, _ in px].index(865500) != 3:
        err("DG", "培训 least")
    pl = max((x["amount_yuan"], x["name"]) for t in dg for x in t["tasks"] if "平台" in x["name"])
    if pl != (38650400, "一体化政务服务平台运营经费"):
        err("DG", "平台 largest")
    pj = sorted(((t["project"], [d(x["amount_wan"]) for x in t["funds"] if x["name"] == "年度资金总额"][0])
                 for t in T.values() if t.get("kind") == "project" and t["department"].startswith("东莞")
                 and t["year"] == 2026), key=lambda x: -x[1])
    if [p for p, _ in pj] != RANKED["b21-089"][0] or [W(v) for _, v in pj] != RANKED["b21-089"][1]:
        err("DG", f"2026 projects {pj}")
    if sorted(k for k, v in PEOPLE.items() if 100 <= v <= 200) != sorted(NAMES["b21-064"]):
        err("DG", "100–200 people")
    if sorted(k for k, v in DG_TOTALS.items() if 40000 <= v <= 50000) != sorted(NAMES["b21-067"]):
        err("DG", "4亿–5亿 band")


FORMATS = [re.compile(r"^\d+(\.\d+)?元$"), re.compile(r"^\d+\.\d{2}万元$"), re.compile(r"^\d+\.\d{2}%$"),
           re.compile(r"^\d+\.\d{2}$"), re.compile(r"^#\d+$")]


def main() -> int:
    T = load()
    errs = []
    err = lambda rid, m: errs.append(f"{rid}: {m}")  # noqa: E731
    check_tables(T, err)
    all_atoms = set().union(*(atoms(t) for t in T.values()))
    all_text = "\n".join(json.dumps(t, ensure_ascii=False) for t in T.values())
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else BLIND / "batch_21.jsonl"
    recs = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]
    if len(recs) != 160:
        err("file", f"{len(recs)} lines")
    byid = {r["id"]: r for r in recs}
    prev = None
    for n, r in enumerate(recs, 1):
        rid = r["id"]
        if list(r) != FIELDS or rid != f"b21-{n:03d}" or r["category"] not in CATS or r["expect"] not in EXPECTS:
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
