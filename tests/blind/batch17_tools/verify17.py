"""Second, independent check of tests/blind/batch_17.jsonl (0 errors required).

Written apart from gen_batch17.py / truth17.py: loads the tables itself (batches.json's list for batch_17);
checks the three new tables against values typed here by hand (budget lines, 预算合计, people, task amounts and
sections, the 2025/2026 differences — one task renamed by dropping its leading 城市, one indicator only in 2026,
eight indicators' annual values changed —, the shape the brief asks for, the look-alike amounts, 广州市红十字会
being another city's department with six task names shared with 东莞市红十字会); checks 预算合计, 人员, 其他资金
and 拟用于对下转移支付资金 of all 34 东莞 2026 departments against hand values; checks the schema; accepts a
figure only if it is a stored value of a table the question (chain) names or equals a recipe typed here by
hand; checks list members / ranking orders / yes-no answers / expectations / first figures / required absents
against hand lists; checks prose figures occur only in the goals of the named table; checks absent strings are
real values and not figures of the line.

`verify17.py FILE` checks a copy.
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
NEW = ["renfangban_2026", "renfangban_2025", "guangzhou_hongshizihui_2026"]


def load():
    bj = json.loads((BLIND / "batches.json").read_text(encoding="utf-8"))
    names = bj["batch_17.jsonl"]
    assert names == bj["batch_16.jsonl"] + NEW, "batches.json"
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


RF, RF5, GZ = NEW
HH, HH5 = "hongshizihui_2026", "hongshizihui_2025"
ALIASES = [
    ("人防", [RF, RF5]), ("人房", [RF, RF5]),
    ("广州红", [GZ]), ("广州市红", [GZ]), ("广州那个红", [GZ]), ("廣州紅", [GZ]), ("广洲红", [GZ]), ("广州红十子", [GZ]),
    ("红会", [HH, HH5, GZ]), ("红十字", [HH, HH5, GZ]), ("东莞红", [HH, HH5]),
    ("广州和东莞两个红会", [GZ, HH]), ("深圳红会", []),
    ("民宗", ["minzongju_2026", "minzongju_2025"]), ("残联", ["canlian_2026", "canlian_2025"]), ("殘聯", ["canlian_2026"]),
    ("审计", ["shenjiju_2026", "shenjiju_2025"]), ("审记", ["shenjiju_2026"]), ("財政", ["caizhengju_2026"]),
    ("财政局", ["caizhengju_2026"]), ("气象", ["qixiangju_2026", "qixiangju_2025"]), ("退役", ["tuiyijunren_2026"]),
    ("应急", ["yingji_2026"]), ("交通局", ["jiaotongju_2026"]), ("卫健", ["weijianju_2026", "weijianju_2025"]),
    ("生态环境", ["shengtai_2026"]), ("统计", ["tongjiju_2026"]), ("林业", ["linyeju_2026"]),
    ("湛江交通", ["zhanjiang_2025"]), ("湛江农业", ["zhanjiang_2024_unseen"]), ("自然资源", ["ziranziyuan_2026"]),
    ("城管", ["chengguan_2026"]), ("医保", ["yibaoju_2026"]), ("醫療保障", ["yibaoju_2026"]), ("文广", ["wenguangluti_2026"]),
    ("司法", ["sifaju_2026"]), ("商务", ["shangwuju_2026"]), ("住建", ["zhujianju_2026"]), ("公安", ["gonganju_2026"]),
    ("教育局", ["jiaoyuju_2026"]), ("市场监管", ["shijianju_2026"]), ("民政", ["minzhengju_2026"]),
    ("发改", ["fagaiju_2026", "fagaiju_2025"]), ("水物", ["shuiwuju_2026"]), ("供销", ["gongxiaoshe_2026"]),
    ("物业管理费", ["project_target_2026"]), ("广州市教育局", ["guangzhou_jiaoyuju_2026"]),
]

# ---------------------------------------------------------------- typed by hand
HAND = {RF: {"基本支出": "1856.42", "项目支出": "13648.30", "其他事业发展性支出": "403.92", "财政拨款": "15472.17",
             "其他资金": "436.47", "财政专项资金": "7800.00", "市本级使用资金": "6360.00", "拟用于对下转移支付资金": "1440.00"},
        RF5: {"基本支出": "1780.26", "项目支出": "12436.85", "其他事业发展性支出": "376.50", "财政拨款": "14186.03",
              "其他资金": "407.58", "财政专项资金": "7000.00", "市本级使用资金": "5820.00", "拟用于对下转移支付资金": "1180.00"},
        GZ: {"基本支出": "2654.38", "项目支出": "9486.52", "其他事业发展性支出": "312.60", "财政拨款": "11986.27",
             "其他资金": "467.23", "财政专项资金": "5800.00", "市本级使用资金": "4960.00", "拟用于对下转移支付资金": "840.00"}}
RF_T = [28460300, 9740300, 12386300, 14400000, 4568500, 3265600, 2458500, 1358700, 956700, 1806600]
RF5_T = [24650000, 8820000, 11580000, 11800000, 3850000, 2940000, 2160000, 1180000, 830000, 1620000]
GZ_T = [12806000, 15260000, 5236800, 8400000, 3186000, 1680900, 3526000, 1968000, 2186400, 1250800]
HH_T = {"红十字应急救护培训普及经费": 6420800, "人道救助和困难群众帮扶资金": 8460300, "遗体和人体器官捐献工作经费": 1680400,
        "人道传播和红十字宣传经费": 1358300, "公共场所自动体外除颤器配置经费": 4658300, "备灾救灾物资储备经费": 2485300}
RF_K = ["人防指挥信息系统建设经费", "人民防空警报设施建设和维护经费", "公用人防工程维护管理经费"]
RF5_K = ["人防指挥信息系统建设经费", "人民防空警报设施建设和维护经费", "城市公用人防工程维护管理经费"]
GZ_K = ["红十字应急救护培训普及经费", "人道救助和困难群众帮扶资金", "红十字水上救生和应急救援队伍建设经费"]
NEW_NAME, OLD_NAME = "公用人防工程维护管理经费", "城市公用人防工程维护管理经费"
ONLY_2026_IND = "人防指挥信息系统建设完成时间"
CHANGED = {"人防专业队伍训练人均成本": ("≤750元/人", "≤800元/人"), "维护防空警报器": ("≥360台", "≥386台"),
           "新建人防应急疏散基地": ("≥8个", "≥10个"), "开展人防专业队伍训练演练": ("≥20次", "≥24次"),
           "培训人防干部和专业队伍人员": ("≥1200人次", "≥1500人次"), "防空警报鸣响率": ("≥97%", "≥98%"),
           "人防工程长效管护机制": ("逐步健全", "持续健全"), "市民满意度": ("≥88%", "≥90%")}
SHARED = ["红十字应急救护培训普及经费", "人道救助和困难群众帮扶资金", "造血干细胞捐献和无偿献血动员经费",
          "遗体和人体器官捐献工作经费", "红十字志愿服务和青少年工作经费", "人道传播和红十字宣传经费"]
GZ_OWN = ["红十字水上救生和应急救援队伍建设经费", "区级红十字会工作补助", "红十字捐赠款物管理和信息公开平台经费",
          "粤港澳大湾区红十字交流合作经费"]
PEOPLE_NEW = {RF: 64, RF5: 62, GZ: 96}
RF_TOT, RF5_TOT, GZ_TOT, HH_TOT, HH5_TOT = d("15908.64"), d("14593.61"), d("12453.50"), d("5200.30"), d("4786.20")
RF_SUM, RF5_SUM, GZ_SUM = 79401500, 69430000, 55500900
# look-alikes: (new table, amount, other table, its amount)
LOOKALIKE = [(RF, 9740300, "gongxiaoshe_2026", 9740500), (RF, 9740300, "jiaotongju_2026", 9740000),
             (RF, 12386300, "caizhengju_2026", 12386500), (RF, 12386300, "gongxiaoshe_2026", 12386800),
             (RF, 12386300, "shenjiju_2026", 12386000), (RF, 28460300, "shengtai_2026", 28460000),
             (RF, 4568500, "canlian_2026", 4568300), (RF, 4568500, "kexie_2026", 4568600),
             (RF, 3265600, "kexie_2026", 3265800), (RF, 2458500, "minzongju_2026", 2458600),
             (RF, 1358700, "yibaoju_2026", 1358600), (RF, 956700, "minzongju_2026", 956500),
             (RF, 956700, "qixiangju_2026", 956800), (RF, 1806600, "qixiangju_2026", 1806500),
             (RF, 1806600, "minzongju_2026", 1806800), (GZ, 1680900, HH, 1680400),
             (GZ, 1250800, "kexie_2026", 1250600), (GZ, 1250800, "gonganju_2026", 1250000)]
DG_TOTALS = {
    "教育局": d("430784.80"), "公安局": d("317607.35"), "人力资源和社会保障局": d("203125.87"),
    "交通运输局": d("146225.96"), "水务局": d("135339.52"), "住房和城乡建设局": d("128935.71"),
    "城市管理和综合执法局": d("116260.44"), "卫生健康局": d("108336.42"), "医疗保障局": d("102919.76"),
    "自然资源局": d("96273.10"), "民政局": d("80780.35"), "农业农村局": d("77300.53"),
    "文化广电旅游体育局": d("68900.15"), "生态环境局": d("67548.22"), "商务局": d("64054.37"),
    "市场监督管理局": d("63899.98"), "林业局": d("60239.81"), "科学技术局": d("52187.28"), "应急管理局": d("49270.50"),
    "发展和改革局": d("41974.29"), "司法局": d("41947.92"), "退役军人事务局": d("41281.60"), "财政局": d("29001.97"),
    "残疾人联合会": d("17287.72"), "供销合作社": d("17169.42"), "人民防空办公室": d("15908.64"), "审计局": d("13247.29"),
    "气象局": d("12566.49"), "统计局": d("9639.35"), "科学技术协会": d("8962.57"), "妇女联合会": d("7245.03"),
    "红十字会": d("5200.30"), "总工会": d("4198.90"), "民族宗教事务局": d("3867.45"),
}
PEOPLE = {"教育局": 5268, "人力资源和社会保障局": 486, "交通运输局": 186, "水务局": 356, "住房和城乡建设局": 286,
          "城市管理和综合执法局": 724, "卫生健康局": 312, "医疗保障局": 168, "自然资源局": 412, "民政局": 143,
          "农业农村局": 298, "文化广电旅游体育局": 628, "生态环境局": 268, "商务局": 142, "市场监督管理局": 1026,
          "科学技术局": 68, "应急管理局": 215, "司法局": 326, "总工会": 37, "统计局": 86, "退役军人事务局": 78,
          "发展和改革局": 132, "公安局": 7316, "审计局": 146, "林业局": 264, "财政局": 352, "气象局": 92,
          "残疾人联合会": 58, "妇女联合会": 45, "红十字会": 41, "供销合作社": 74, "科学技术协会": 52,
          "民族宗教事务局": 31, "人民防空办公室": 64}
OTHER_FUNDS = {"教育局": "32272.44", "公安局": "8426.15", "人力资源和社会保障局": "6383.72", "交通运输局": "6355.45",
               "自然资源局": "4524.84", "水务局": "4487.33", "住房和城乡建设局": "4417.45", "城市管理和综合执法局": "4111.87",
               "卫生健康局": "3524.36", "文化广电旅游体育局": "3467.37", "生态环境局": "3445.47", "农业农村局": "3117.88",
               "民政局": "2674.13", "市场监督管理局": "2057.41", "林业局": "2023.46", "商务局": "1735.81",
               "医疗保障局": "1562.84", "应急管理局": "1435.24", "司法局": "1384.74", "发展和改革局": "528.46",
               "财政局": "465.76", "人民防空办公室": "436.47", "供销合作社": "434.24", "退役军人事务局": "416.28",
               "科学技术局": "300.00", "残疾人联合会": "235.36", "气象局": "213.71", "红十字会": "213.58",
               "统计局": "213.17", "审计局": "203.38", "科学技术协会": "119.28", "妇女联合会": "84.18",
               "民族宗教事务局": "55.18", "总工会": "0.00"}
XIA = {"总工会": 0, "科学技术局": 11820, "教育局": 42060, "卫生健康局": 21120, "交通运输局": 25800, "民政局": 27850,
       "人力资源和社会保障局": 42150, "城市管理和综合执法局": 17670, "自然资源局": 18350, "生态环境局": 13420, "水务局": 24160,
       "农业农村局": 15340, "应急管理局": 8750, "市场监督管理局": 5540, "文化广电旅游体育局": 7320, "医疗保障局": 25150,
       "司法局": 2750, "商务局": 7200, "住房和城乡建设局": 15200, "统计局": 550, "退役军人事务局": 7200,
       "发展和改革局": 8150, "公安局": 14250, "审计局": 350, "林业局": 8350, "财政局": 3200, "气象局": 650,
       "残疾人联合会": 2350, "妇女联合会": 380, "红十字会": 320, "供销合作社": 1680, "民族宗教事务局": 260,
       "科学技术协会": 640, "人民防空办公室": 1440}
ALL34 = sum(DG_TOTALS.values())
BY_TOTAL = sorted(DG_TOTALS, key=DG_TOTALS.get, reverse=True)
BY_PEOPLE = sorted(PEOPLE, key=PEOPLE.get)
BY_OTHER = sorted(OTHER_FUNDS, key=lambda k: d(OTHER_FUNDS[k]), reverse=True)

RECIPES = {
    "b17-025": [W(RF_TOT - RF5_TOT), PCT(RF_TOT - RF5_TOT, RF5_TOT)], "b17-028": [W(d("11986.27") + d("4986.72"))],
    "b17-029": [N(64), N(2)], "b17-058": [N(10), N(3)], "b17-059": [N(20)], "b17-060": [N(18)], "b17-061": [N(15)],
    "b17-062": [N(34)], "b17-063": [N(sum(v > 10000 for v in DG_TOTALS.values()))],
    "b17-064": [N(sum(v < 100 for v in PEOPLE.values()))], "b17-065": [N(7)], "b17-066": [N(8)], "b17-067": [N(2)],
    "b17-068": [N(4)], "b17-069": [Y(RF_SUM)], "b17-070": [Y(28460300 + 9740300 + 12386300)],
    "b17-071": [Y(15260000 + 12806000)], "b17-072": [W(GZ_TOT + HH_TOT)], "b17-073": [W(RF_TOT + d("3867.45"))],
    "b17-074": [W(ALL34)], "b17-075": [W(RF_TOT + RF5_TOT)], "b17-076": [W(sum(XIA.values()))],
    "b17-077": [Y(17200000 + 11650000 + 3960000 + 6200000 + 3000000 + 1186000 + 780000)], "b17-078": [Y(956800 + 865600)],
    "b17-083": [N(BY_TOTAL.index("人民防空办公室") + 1)], "b17-084": [N(BY_PEOPLE.index("人民防空办公室") + 1)],
    "b17-086": [N(BY_OTHER.index("人民防空办公室") + 1)],
    "b17-091": [W(GZ_TOT - HH_TOT)], "b17-092": [Y(15260000 - 8460300)], "b17-093": [N(7316 - 5268), N(7316), N(5268)],
    "b17-094": [W(d("1856.42") - d("1836.42"))], "b17-095": [Y(1680900 - 1680400)], "b17-096": [Y(9740500 - 9740300)],
    "b17-097": [W(d("13648.30") - d("1856.42"))], "b17-098": [R(d("9486.52"), d("2654.38"))],
    "b17-099": [W(d("108336.42") - d("102919.76"))], "b17-100": [Y(2356800 - 865800)], "b17-117": [N(86), N(92)],
    "b17-121": [Y(12386300 - 11580000), PCT(12386300 - 11580000, 11580000)],
    "b17-123": [W(RF_TOT - RF5_TOT), W(d("17287.72") - d("15911.11"))], "b17-126": [Y(6380200 - 5860000)],
    "b17-127": [PCT(14400000 - 11800000, 11800000)], "b17-129": [Y(9540800 - 7825000)],
    "b17-130": [PCT(d("41974.29") - d("38070.42"), d("38070.42")), W(d("41974.29") - d("38070.42"))],
    "b17-134": [W(RF5_TOT + d("3571.57"))], "b17-136": [N(96 - 41), N(96), N(41)],
}
PROSE_IDS = {}
NAMES = {
    "b17-004": [NEW_NAME, "年度重点工作任务"], "b17-007": ["东莞市红十字会", "广州市红十字会"],
    "b17-008": ["人防干部和专业人员培训经费", "民族宗教干部业务培训经费"],
    "b17-016": ["广州市红十字会", "东莞市红十字会"], "b17-018": ["广州市红十字会", "东莞市红十字会"],
    "b17-030": ["广州市红十字会", "东莞市红十字会"], "b17-043": ["广州市红十字会", "东莞市红十字会"],
    "b17-048": ["人防指挥信息系统建设经费", NEW_NAME, "镇街人防工作补助"],
    "b17-049": ["遗体和人体器官捐献工作经费", "人道传播和红十字宣传经费", "粤港澳大湾区红十字交流合作经费"],
    "b17-050": [NEW_NAME, "人防工程质量监督和安全检查经费", "人防工程易地建设费征收管理经费"],
    "b17-051": ["培训红十字救护员", "新建水上救生服务点", "遗体和器官捐献志愿登记人数"],
    "b17-052": ["城区110警情平均到场时间", "智慧新警务平台上线时间"],
    "b17-053": SHARED, "b17-054": GZ_OWN,
    "b17-055": ["人防指挥信息系统建设经费", NEW_NAME, "镇街人防工作补助", "人防应急疏散基地建设经费",
                "人防专业队伍训练和演练经费", "人防工程质量监督和安全检查经费", "人防干部和专业人员培训经费",
                "人防工程易地建设费征收管理经费"],
    "b17-056": ["药品耗材集中带量采购工作经费", "医保政策宣传经费"],
    "b17-057": ["文化市场综合执法经费", "文化旅游宣传推广经费", "非物质文化遗产保护传承经费", "文化体育从业人员培训经费"],
    "b17-070": RF_K, "b17-072": ["广州市红十字会", "东莞市红十字会"],
    "b17-101": ["社会效益", "可持续影响"], "b17-102": GZ_K,
    "b17-103": ["防空警报器维护单位成本", "人防专业队伍训练人均成本", "应急疏散基地建设补助标准"],
    "b17-104": ["其他需完成的任务"],
    "b17-105": ["科学技术局", "教育局", "农业农村局", "商务局", "民族宗教事务局", "科学技术协会", "人民防空办公室"],
    "b17-106": RF_K + ["安全生产监管执法经费", "综合应急救援队伍建设经费"],
    "b17-107": ["应急救护培训考核合格率", "救助资金发放准确率"], "b17-108": ["森林覆盖率", "林业有害生物成灾率"],
    "b17-109": ["国省道路面改造", "农村公路建设", "城乡客运补贴"], "b17-110": ["物业服务面积", "物业服务办公区数量"],
    "b17-121": [NEW_NAME, OLD_NAME], "b17-123": ["人民防空办公室", "残疾人联合会"], "b17-124": [OLD_NAME],
    "b17-125": [NEW_NAME], "b17-151": ["东莞市红十字会", "广州市红十字会"], "b17-152": ["东莞市红十字会", "广州市红十字会"],
    "b17-160": ["东莞市红十字会", "广州市红十字会"], "b17-081": ["镇街人防工作补助"],
}
RANKED = {
    "b17-079": (["人防指挥信息系统建设经费"], ["28460300元"]),
    "b17-080": (["镇街人防工作补助"], ["14400000元"]),
    "b17-082": (["粤港澳大湾区红十字交流合作经费"], ["1250800元"]),
    "b17-083": (["人民防空办公室"], ["#26"]),
    "b17-084": (["人民防空办公室"], ["#7"]),
    "b17-085": (["慈善宣传活动经费", "统计法治宣传经费", "气象科普宣传经费"], ["860000元", "865000元", "865600元"]),
    "b17-086": (["人民防空办公室"], ["#22"]),
    "b17-087": (["城镇老旧小区改造补助资金", "保障性安居工程专项资金"], ["265800000元", "186400000元"]),
    "b17-088": (["见义勇为人员奖励和救助资金"], ["1250000元"]),
    "b17-089": (["应急管理局", "人民防空办公室", "民族宗教事务局"], ["49270.50万元", "15908.64万元", "3867.45万元"]),
    "b17-090": (["人道救助和困难群众帮扶资金", "红十字应急救护培训普及经费", "红十字水上救生和应急救援队伍建设经费"],
                ["15260000元", "12806000元", "5236800元"]),
    "b17-155": (["人民防空办公室", "审计局", "气象局"], ["15908.64万元", "13247.29万元", "12566.49万元"]),
}
YESNO = {"b17-081": "否", "b17-111": "是", "b17-112": "否", "b17-113": "是", "b17-114": "是", "b17-115": "是",
         "b17-116": "否", "b17-117": "否", "b17-118": "是", "b17-119": "是", "b17-120": "否", "b17-159": "否"}
HAND_FIRST = {"b17-001": "9740300元", "b17-002": "5236800元", "b17-004": "12386300元", "b17-005": "1680900元",
              "b17-006": "1268600元", "b17-007": "6420800元", "b17-008": "956700元", "b17-009": "1806500元",
              "b17-010": "8460000元", "b17-011": "2940000元", "b17-012": "≥10个", "b17-013": "≥75000人次",
              "b17-014": "≥25000人次", "b17-015": "≤6000元/户", "b17-016": "≤3小时", "b17-018": "显著提升",
              "b17-020": "≥90%", "b17-021": "≥65000例", "b17-023": "15908.64万元", "b17-024": "14593.61万元",
              "b17-026": "11986.27万元", "b17-027": "4986.72万元", "b17-030": "2654.38万元", "b17-031": "1440.00万元",
              "b17-032": "12201.55万元", "b17-036": "4960.00万元", "b17-037": "460台", "b17-038": "1280万平方米",
              "b17-040": "1500万元", "b17-041": "850万元", "b17-042": "40万人", "b17-043": "45例", "b17-044": "85个",
              "b17-111": "4568500元", "b17-114": "15908.64万元", "b17-115": "12453.50万元", "b17-122": "≥360台",
              "b17-124": "11580000元", "b17-125": "12386300元", "b17-131": "15908.64万元", "b17-132": "8400000元",
              "b17-133": "12386300元", "b17-135": "≤15万元/个", "b17-137": "4658000元", "b17-140": "1836.42万元",
              "b17-153": "6420800元", "b17-154": "15260000元", "b17-158": "≥90%", "b17-159": "≥10个"}
ABSENT = {"b17-001": ["9740500元", "9740000元"], "b17-003": ["5236800元"],
          "b17-004": ["12386500元", "12386800元", "12386000元"], "b17-005": ["1680400元"], "b17-009": ["1806600元"],
          "b17-010": ["8460300元"], "b17-011": ["3265600元"], "b17-013": ["≥36000人次"], "b17-014": ["≥12000人次"],
          "b17-015": ["≤5000元/户"], "b17-020": ["≥85%"], "b17-023": ["15911.11万元"], "b17-026": ["4986.72万元"],
          "b17-036": ["2280.00万元"], "b17-037": ["≥386台"], "b17-042": ["15万人"], "b17-112": ["4658300元"],
          "b17-124": ["12386300元"], "b17-128": ["4786.20万元"], "b17-137": ["4658300元"], "b17-140": ["1856.42万元"],
          "b17-141": ["15908.64万元"], "b17-142": ["14593.61万元", "15908.64万元"], "b17-144": ["4658300元"],
          "b17-145": ["2485300元"], "b17-146": ["5200.30万元", "12453.50万元"], "b17-149": ["823190.17万元"],
          "b17-153": ["12806000元"], "b17-154": ["8460300元"], "b17-155": ["12453.50万元"], "b17-156": ["≤10万元/个"],
          "b17-157": ["18725000元"], "b17-158": ["≥92%"]}
NOT_FOUND = {"b17-003", "b17-128", "b17-141", "b17-142", "b17-143", "b17-144", "b17-145", "b17-146", "b17-147",
             "b17-148", "b17-149", "b17-150", "b17-156", "b17-157"}
CLARIFY = set()
OK_OR_CLARIFY = {"b17-151", "b17-152", "b17-160"}
FORMATS = [re.compile(r"^\d+(\.\d+)?元$"), re.compile(r"^\d+\.\d{2}万元$"), re.compile(r"^\d+\.\d{2}%$"),
           re.compile(r"^\d+\.\d{2}$"), re.compile(r"^#\d+$")]


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
    if (heji(T[RF]), heji(T[RF5]), heji(T[GZ]), heji(T[HH]), heji(T[HH5])) != (RF_TOT, RF5_TOT, GZ_TOT, HH_TOT, HH5_TOT):
        err("tables", "预算合计")
    for slug, hand, tot, key in ((RF, RF_T, RF_SUM, RF_K), (RF5, RF5_T, RF5_SUM, RF5_K), (GZ, GZ_T, GZ_SUM, GZ_K)):
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
    if {T[RF]["department"], T[RF5]["department"]} != {"东莞市人民防空办公室"} or T[GZ]["department"] != "广州市红十字会":
        err("tables", "department names")
    if T[HH]["department"] != "东莞市红十字会" or T[HH5]["department"] != "东莞市红十字会":
        err("tables", "东莞红会")
    if not (BLIND / "tables" / f"{GZ}.txt").read_text(encoding="utf-8").lstrip().startswith("广州市部门整体预算绩效目标表"):
        err(GZ, "copied text title is not 广州's")
    gz_names = [x["name"] for x in T[GZ]["tasks"]]
    hh = {x["name"]: x["amount_yuan"] for x in T[HH]["tasks"]}
    if [n for n in gz_names if n in hh] != SHARED or [n for n in gz_names if n not in hh] != GZ_OWN:
        err(GZ, "shared / own task names")
    for n, a in HH_T.items():
        if hh.get(n) != a:
            err(HH, f"{n} hand amount")
    for n in SHARED:
        if dict(zip(gz_names, GZ_T))[n] == hh[n]:
            err(GZ, f"{n} same amount as 东莞's")
    n26 = {x["name"] for x in T[RF]["tasks"]}
    n25 = {x["name"] for x in T[RF5]["tasks"]}
    if n26 - n25 != {NEW_NAME} or n25 - n26 != {OLD_NAME} or OLD_NAME != "城市" + NEW_NAME:
        err("renfangban", f"2026/2025 task differences {n26 - n25} / {n25 - n26}")
    i26 = {i["level3"]: i["annual_value"] for i in T[RF]["indicators"]}
    i25 = {i["level3"]: i["annual_value"] for i in T[RF5]["indicators"]}
    if set(i26) - set(i25) != {ONLY_2026_IND} or set(i25) - set(i26):
        err("renfangban", "indicator sets")
    changed = {k: (i25[k], i26[k]) for k in set(i25) & set(i26) if i25[k] != i26[k]}
    if changed != CHANGED:
        err("renfangban", f"changed indicators {changed}")
    amounts = {}
    for slug, t in T.items():
        for x in t.get("tasks", []):
            amounts.setdefault(d(x["amount_yuan"]), []).append(slug)
    for slug, a, other, b in LOOKALIKE:
        a, b = d(a), d(b)
        if slug not in amounts.get(a, []) or other not in amounts.get(b, []) or a == b or abs(a - b) > 1000:
            err("look-alike", f"{slug} {a} / {other} {b}")
        if len(amounts[a]) != 1:
            err("look-alike", f"{a} not unique: {amounts[a]}")
    for a in RF_T + GZ_T + RF5_T:
        if len(amounts[d(a)]) != 1:
            err("tables", f"{a} not unique")
    if d(14400000) != d(HAND[RF]["拟用于对下转移支付资金"]) * 10000 or d(8400000) != d(HAND[GZ]["拟用于对下转移支付资金"]) * 10000:
        err("tables", "镇街 / 区级 补助 = 对下")
    dg = [t for t in T.values() if t["department"].startswith("东莞") and t["year"] == 2026
          and t.get("kind", "department") == "department" and t.get("budget")]
    if len(dg) != 34:
        err("DG", f"{len(dg)} tables")
    for t in dg:
        s = t["department"][3:]
        b = bud(t)
        if (s not in DG_TOTALS or heji(t) != DG_TOTALS[s] or t["basic_info"]["财政供养人员数"] != PEOPLE[s]
                or b["其他资金"] != d(OTHER_FUNDS[s]) or b["拟用于对下转移支付资金"] != d(XIA[s])):
            err("DG", t["department"])
    gz = [t for t in T.values() if t["department"].startswith("广州") and t["year"] == 2026]
    if sorted(t["department"] for t in gz) != ["广州市教育局", "广州市红十字会"]:
        err("GZ", "广州 tables")
    if not (10000 < GZ_TOT < 16000 and PEOPLE_NEW[GZ] < 100 and d(OTHER_FUNDS["财政局"]) < d("467.23")):
        err("GZ", "the 广州 trap values no longer sit inside the 东莞 bands")
    if (BY_TOTAL.index("人民防空办公室"), BY_PEOPLE.index("人民防空办公室"), BY_OTHER.index("人民防空办公室")) != (25, 6, 21):
        err("DG", "人防办 26th by 预算合计 / 7th fewest people / 22nd by 其他资金")


def main() -> int:
    T = load()
    errs = []
    err = lambda rid, m: errs.append(f"{rid}: {m}")  # noqa: E731
    check_tables(T, err)
    all_atoms = set().union(*(atoms(t) for t in T.values()))
    all_text = "\n".join(json.dumps(t, ensure_ascii=False) for t in T.values())
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else BLIND / "batch_17.jsonl"
    recs = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]
    if len(recs) != 160:
        err("file", f"{len(recs)} lines")
    byid = {r["id"]: r for r in recs}
    prev = None
    for n, r in enumerate(recs, 1):
        rid = r["id"]
        if list(r) != FIELDS or rid != f"b17-{n:03d}" or r["category"] not in CATS or r["expect"] not in EXPECTS:
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
