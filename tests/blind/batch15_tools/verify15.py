"""Second, independent check of tests/blind/batch_15.jsonl (0 errors required).

Written apart from gen_batch15.py / truth15.py: loads the tables itself (batches.json's list for batch_15);
checks the three new tables against values typed here by hand (budget lines, 预算合计, people, task amounts and
sections, the 2025/2026 task differences and the kind of rename, the shape the brief asks for, the look-alike
amounts); checks 预算合计 and 人员 of all 31 东莞 2026 departments against hand values; checks the schema;
accepts a figure only if it is a stored value of a table the question (chain) names or equals a recipe typed
here by hand; checks list members / ranking orders / yes-no answers / expectations / first figures / required
absents against hand lists; checks prose figures occur only in the goals of the named table; checks absent
strings are real values and not figures of the line.

`verify15.py FILE` checks a copy.
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
NEW = ["hongshizihui_2026", "hongshizihui_2025", "gongxiaoshe_2026"]


def load():
    bj = json.loads((BLIND / "batches.json").read_text(encoding="utf-8"))
    names = bj["batch_15.jsonl"]
    assert names == bj["batch_14.jsonl"] + NEW, "batches.json"
    from tests.fixtures.tables import FIXTURES
    tabs = {f.slug: dict(f.export) for f in FIXTURES}
    forms = json.loads((BLIND / "batch6_tools" / "forms6_truth.json").read_text(encoding="utf-8"))
    for n in names:
        if n.startswith("import:"):
            tabs[Path(n).stem] = forms[Path(n).stem]
        else:
            tabs[n] = json.loads((BLIND / "tables" / f"{n}.json").read_text(encoding="utf-8"))
    return tabs


def heji(t):
    b = {x["name"]: d(x["amount_wan"]) for x in t.get("budget", [])}
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


HH, HH5, GX = NEW
CL, FL = "canlian_2026", "fulian_2026"
ALIASES = [
    ("红会", [HH, HH5]), ("紅會", [HH, HH5]), ("红十字会", [HH, HH5]), ("紅十字會", [HH, HH5]), ("红十子会", [HH, HH5]),
    ("供销", [GX]), ("供消社", [GX]), ("供销合做社", [GX]),
    ("残联", [CL, "canlian_2025"]), ("妇联", [FL]), ("财政局", ["caizhengju_2026"]),
    ("气象", ["qixiangju_2026", "qixiangju_2025"]), ("审计", ["shenjiju_2026", "shenjiju_2025"]),
    ("林业", ["linyeju_2026"]), ("林叶局", ["linyeju_2026"]), ("应急", ["yingji_2026"]), ("應急", ["yingji_2026"]),
    ("水务", ["shuiwuju_2026"]), ("司法", ["sifaju_2026"]), ("统计", ["tongjiju_2026"]), ("民政", ["minzhengju_2026"]),
    ("生态环境", ["shengtai_2026"]), ("医保", ["yibaoju_2026"]), ("医宝局", ["yibaoju_2026"]),
    ("卫健", ["weijianju_2026", "weijianju_2025"]), ("衛健", ["weijianju_2026", "weijianju_2025"]),
    ("总工会", ["zonggonghui_2026", "zonggonghui_2025"]), ("商务", ["shangwuju_2026"]), ("公安", ["gonganju_2026"]),
    ("发改", ["fagaiju_2026", "fagaiju_2025"]), ("退役", ["tuiyijunren_2026"]), ("农业农村", ["nongyenongcun_2026"]),
    ("城管", ["chengguan_2026"]), ("住建", ["zhujianju_2026"]), ("交通局", ["jiaotongju_2026"]),
    ("文广", ["wenguangluti_2026"]), ("科技", ["kejiju_2026", "kejiju_2025"]), ("教育局", ["jiaoyuju_2026"]),
    ("自然资源", ["ziranziyuan_2026"]),
]

# ---------------------------------------------------------------- typed by hand
HAND = {HH: {"基本支出": "986.54", "项目支出": "4128.36", "其他事业发展性支出": "85.40", "财政拨款": "4986.72",
             "其他资金": "213.58", "财政专项资金": "2600.00", "市本级使用资金": "2280.00", "拟用于对下转移支付资金": "320.00"},
        HH5: {"基本支出": "942.18", "项目支出": "3765.42", "其他事业发展性支出": "78.60", "财政拨款": "4598.35",
              "其他资金": "187.85", "财政专项资金": "2300.00", "市本级使用资金": "2020.00", "拟用于对下转移支付资金": "280.00"},
        GX: {"基本支出": "2038.65", "项目支出": "14862.47", "其他事业发展性支出": "268.30", "财政拨款": "16735.18",
             "其他资金": "434.24", "财政专项资金": "8600.00", "市本级使用资金": "6920.00", "拟用于对下转移支付资金": "1680.00"}}
HH_T = [6420800, 8460300, 4658300, 3200000, 2485300, 1680400, 1536200, 2136200, 1358300, 986300]
HH5_T = [5862000, 7950000, 2800000, 2260000, 1450000, 1320000, 1960000, 1210000, 920000]
GX_T = [12386800, 24630500, 16800000, 5860300, 9740500, 3680400, 4860300, 2458300, 956300, 1365600]
HH_K = ["红十字应急救护培训普及经费", "人道救助和困难群众帮扶资金", "公共场所自动体外除颤器配置经费"]
HH5_K = ["红十字应急救护培训普及经费", "人道救助和困难群众帮扶资金"]
GX_K = ["农资商品储备和保供稳价补贴", "农产品冷链物流骨干网建设资金", "镇街基层供销社和为农服务中心建设补助"]
OLDN, NEWN = "无偿献血和造血干细胞捐献宣传动员经费", "造血干细胞捐献和无偿献血动员经费"
PEOPLE_NEW = {HH: 41, HH5: 40, GX: 74}
HH_TOT, HH5_TOT, GX_TOT = d("5200.30"), d("4786.20"), d("17169.42")
HH_SUM, HH5_SUM, GX_SUM = 32922100, 25732000, 82739000
CL_SUM = 127592400
# look-alikes: (new table, amount, other table, its amount)
LOOKALIKE = [(HH, 6420800, "weijianju_2026", 6420000), (HH, 6420800, "gonganju_2026", 6420500),
             (HH, 8460300, "tuiyijunren_2026", 8460000), (HH, 4658300, "shenjiju_2026", 4658000),
             (HH, 2485300, "linyeju_2026", 2485600), (HH, 1680400, "sifaju_2026", 1680000),
             (HH, 1536200, "gonganju_2026", 1536000), (HH, 986300, "caizhengju_2026", 986000),
             (GX, 12386800, "caizhengju_2026", 12386500), (GX, 24630500, "linyeju_2026", 24630000),
             (GX, 5860300, "fagaiju_2026", 5860500), (GX, 9740500, "jiaotongju_2026", 9740000),
             (GX, 3680400, "zhujianju_2026", 3680000), (GX, 2458300, "zhujianju_2026", 2458000),
             (GX, 956300, "yibaoju_2026", 956000), (GX, 1365600, "zhujianju_2026", 1365800)]
DG_TOTALS = {
    "教育局": d("430784.80"), "公安局": d("317607.35"), "人力资源和社会保障局": d("203125.87"),
    "交通运输局": d("146225.96"), "水务局": d("135339.52"), "住房和城乡建设局": d("128935.71"),
    "城市管理和综合执法局": d("116260.44"), "卫生健康局": d("108336.42"), "医疗保障局": d("102919.76"),
    "自然资源局": d("96273.10"), "民政局": d("80780.35"), "农业农村局": d("77300.53"),
    "文化广电旅游体育局": d("68900.15"), "生态环境局": d("67548.22"), "商务局": d("64054.37"),
    "市场监督管理局": d("63899.98"), "林业局": d("60239.81"), "科学技术局": d("52187.28"), "应急管理局": d("49270.50"),
    "发展和改革局": d("41974.29"), "司法局": d("41947.92"), "退役军人事务局": d("41281.60"), "财政局": d("29001.97"),
    "残疾人联合会": d("17287.72"), "供销合作社": d("17169.42"), "审计局": d("13247.29"), "气象局": d("12566.49"),
    "统计局": d("9639.35"), "妇女联合会": d("7245.03"), "红十字会": d("5200.30"), "总工会": d("4198.90"),
}
PEOPLE = {"教育局": 5268, "人力资源和社会保障局": 486, "交通运输局": 186, "水务局": 356, "住房和城乡建设局": 286,
          "城市管理和综合执法局": 724, "卫生健康局": 312, "医疗保障局": 168, "自然资源局": 412, "民政局": 143,
          "农业农村局": 298, "文化广电旅游体育局": 628, "生态环境局": 268, "商务局": 142, "市场监督管理局": 1026,
          "科学技术局": 68, "应急管理局": 215, "司法局": 326, "总工会": 37, "统计局": 86, "退役军人事务局": 78,
          "发展和改革局": 132, "公安局": 7316, "审计局": 146, "林业局": 264, "财政局": 352, "气象局": 92,
          "残疾人联合会": 58, "妇女联合会": 45, "红十字会": 41, "供销合作社": 74}
OTHER_FUNDS = {"总工会": d("0"), "妇女联合会": d("84.18"), "审计局": d("203.38"), "统计局": d("213.17"),
               "红十字会": d("213.58"), "气象局": d("213.71")}
ALL31 = sum(DG_TOTALS.values())
GA_OTHER = [96080000, 24300500, 8650800, 6420500, 5208000, 1806000, 1536000, 1250000]

RECIPES = {
    "b15-009": [PCT(9740500, GX_SUM)], "b15-027": [N(41), N(1)], "b15-035": [W(HH_TOT + HH5_TOT)],
    "b15-057": [N(10)], "b15-058": [N(20)], "b15-059": [N(1), N(2)], "b15-060": [N(6)], "b15-061": [N(31)],
    "b15-062": [N(4)], "b15-063": [N(3)], "b15-064": [N(8)], "b15-065": [Y(sum(GA_OTHER))], "b15-066": [N(5)],
    "b15-067": [N(19 + 17 + 19)], "b15-068": [Y(685000000 + 126800000)], "b15-069": [Y(GX_SUM)],
    "b15-070": [Y(HH_SUM)], "b15-071": [Y(HH5_SUM)], "b15-072": [Y(HH_SUM - HH5_SUM)],
    "b15-073": [PCT("125430.18", "430784.80")], "b15-074": [W(HH_TOT + GX_TOT)], "b15-075": [W(ALL31)],
    "b15-076": [Y(2485300 + 18725000)], "b15-077": [f"{r2(d(GX_SUM) / 10)}元"], "b15-078": [Y(298500000 + 56480000)],
    "b15-079": [f"{r2(d(844050600) / 9)}元"], "b15-083": [Y(CL_SUM)], "b15-088": [N(25)],
    "b15-091": [W(d("17287.72") - GX_TOT)], "b15-092": [Y(6420800 - 6420000)], "b15-093": [Y(12386800 - 12386500)],
    "b15-094": [R("14862.47", "5862.48")], "b15-095": [W(d("7160.85") - d("4986.72"))],
    "b15-096": [Y(486300000 - 153270000)], "b15-097": [N(74), N(298)], "b15-100": [Y(3680400 - 3680000)],
    "b15-112": [Y(865300)], "b15-116": [N(74), N(68)], "b15-121": [W(HH_TOT - HH5_TOT), PCT(HH_TOT - HH5_TOT, HH5_TOT)],
    "b15-122": [Y(1536200 - 1320000), PCT(1536200 - 1320000, 1320000)], "b15-125": [N(92 - 89)],
    "b15-126": [Y(6420800 - 5862000), PCT(6420800 - 5862000, 5862000)], "b15-129": [W(d("36867.83") - d("33158.60"))],
    "b15-130": [PCT(1950000 - 1800000, 1800000)], "b15-133": [N(40)],
}
PROSE_IDS = {}
NAMES = {
    "b15-047": GX_K,
    "b15-048": ["遗体和人体器官捐献工作经费", "造血干细胞捐献和无偿献血动员经费", "人道传播和红十字宣传经费", "红十字信息化建设经费",
                "“两癌”困难妇女救助经费", "智慧妇联信息化建设经费", "巾帼宣传和网上妇联建设经费", "妇女干部和执委培训经费"],
    "b15-049": ["红十字应急救护培训普及经费", "镇街红十字博爱家园建设补助", "红十字志愿服务和青少年工作经费",
                "人道传播和红十字宣传经费", "红十字信息化建设经费"],
    "b15-050": ["土地储备前期工作经费", "应急物资储备经费", "市级储备粮管理补贴资金", "备灾救灾物资储备经费", "农资商品储备和保供稳价补贴"],
    "b15-051": ["生态环境宣传教育经费", "禁毒宣传教育经费", "自然教育和林业宣传经费", "造血干细胞捐献和无偿献血动员经费"],
    "b15-052": ["医保基金结算准确率", "定点医药机构现场检查覆盖率", "医疗救助资金发放准确率", "困难群众参保资助覆盖率"],
    "b15-053": ["红十字应急救护培训普及经费", "人道救助和困难群众帮扶资金", "镇街红十字博爱家园建设补助", "备灾救灾物资储备经费"],
    "b15-054": ["城镇老旧小区改造补助资金", "保障性安居工程专项资金", "燃气管网安全改造经费"],
    "b15-055": ["统计信息化建设经费", "统计数据质量核查经费", "统计人员业务培训经费", "统计法治宣传经费"],
    "b15-056": ["审计局", "气象局", "残疾人联合会", "供销合作社"],
    "b15-059": ["总工会", "红十字会"], "b15-062": ["总工会", "统计局", "妇女联合会", "红十字会"],
    "b15-063": ["总工会", "妇女联合会", "红十字会"],
    "b15-101": ["成本指标", "产出指标", "效益指标", "满意度指标"], "b15-102": ["经济效益", "社会效益", "生态效益", "可持续影响"],
    "b15-103": ["智慧监测监控平台建成时间", "环境信访投诉按期办结率"], "b15-104": GX_K,
    "b15-105": ["年度重点工作任务", "其他需完成的任务"], "b15-106": ["效益指标", "经济效益"], "b15-107": ["再生资源回收利用量"],
    "b15-108": ["村（社区）法律顾问覆盖率", "法律援助案件质量评查优良案件比例", "人民调解成功率", "社区矫正对象再犯罪率"],
    "b15-109": HH5_K, "b15-110": ["预算绩效管理体系"],
    "b15-151": ["妇女联合会", "红十字会"], "b15-152": ["农业农村局", "红十字会"], "b15-153": ["发展和改革局", "供销合作社"],
    "b15-154": ["农资商品储备和保供稳价补贴"], "b15-156": ["备灾救灾物资储备经费"], "b15-157": ["水务局"],
    "b15-112": ["妇女干部和执委培训经费"], "b15-111": ["公共场所自动体外除颤器配置经费"],
}
RANKED = {
    "b15-080": (["农产品冷链物流骨干网建设资金"], ["24630500元"]),
    "b15-081": (["镇街基层供销社和为农服务中心建设补助"], ["16800000元"]),
    "b15-082": (["红十字信息化建设经费"], ["986300元"]),
    "b15-083": (["残疾人联合会"], ["127592400元"]),
    "b15-084": (["总工会", "红十字会", "妇女联合会"], ["4198.90万元", "5200.30万元", "7245.03万元"]),
    "b15-085": (["总工会", "红十字会"], ["#37", "#41"]),
    "b15-086": (["红十字信息化建设经费"], ["986300元"]),
    "b15-087": (list(OTHER_FUNDS)[:5], [W(v) for v in list(OTHER_FUNDS.values())[:5]]),
    "b15-088": (["供销合作社"], ["#25"]),
    "b15-089": (["公共图书馆运行经费"], ["26430000元"]),
    "b15-090": (["发展改革业务培训经费"], ["1150000元"]),
}
YESNO = {"b15-111": "是", "b15-112": "否", "b15-113": "是", "b15-114": "是", "b15-115": "否", "b15-116": "是",
         "b15-117": "是", "b15-118": "否", "b15-119": "是", "b15-120": "是", "b15-127": "是", "b15-158": "否"}
HAND_FIRST = {"b15-001": "6420800元", "b15-002": "2458300元", "b15-003": "5860300元", "b15-004": "8460300元",
              "b15-007": "1450000元", "b15-008": "9740500元", "b15-012": "≥12000人次", "b15-013": "≥9万立方米",
              "b15-015": "≤4小时", "b15-016": "≥1200人次", "b15-017": "≤350元/人", "b15-021": "≥300台",
              "b15-022": "≥900台", "b15-023": "5200.30万元", "b15-025": "187.85万元", "b15-028": "213.58万元",
              "b15-029": "7986.35万元", "b15-032": "17169.42万元", "b15-033": "5200.30万元", "b15-034": "4786.20万元",
              "b15-036": "6个", "b15-037": "850万元", "b15-038": "9.8万名", "b15-040": "3.2亿元", "b15-041": "420个",
              "b15-042": "10万人次", "b15-044": "420个", "b15-045": "4.2万人", "b15-046": "3.6万人",
              "b15-112": "865300元", "b15-114": "≤10万元/个", "b15-117": "≥92%", "b15-118": "9639.35万元",
              "b15-123": "1320000元", "b15-131": "5200.30万元", "b15-132": "24630500元", "b15-134": "4658300元",
              "b15-135": "1365600元", "b15-136": "2485300元", "b15-138": "9540600元", "b15-139": "12450000元",
              "b15-154": "12386800元", "b15-155": "5860500元", "b15-156": "2485300元", "b15-157": "≤2小时",
              "b15-158": "≥12亿元", "b15-160": "≥2000人"}
ABSENT = {"b15-001": ["6420000元", "6420500元"], "b15-003": ["5860500元"], "b15-007": ["1680400元"],
          "b15-015": ["≤2小时", "≤6小时"], "b15-025": ["213.58万元"], "b15-028": ["213.71万元"],
          "b15-032": ["17287.72万元"], "b15-040": ["≥12亿元"], "b15-042": ["11万人次"], "b15-082": ["986000元"],
          "b15-123": ["1536200元"], "b15-135": ["1365800元", "1365300元"], "b15-138": ["9540800元"],
          "b15-139": ["12450300元"], "b15-154": ["5860500元"], "b15-155": ["12386800元", "5860300元"],
          "b15-156": ["18725000元"], "b15-157": ["≤4小时"], "b15-160": ["4.2万人"]}
NOT_FOUND = {"b15-124", "b15-128", "b15-141", "b15-142", "b15-143", "b15-144", "b15-145", "b15-146", "b15-147",
             "b15-148", "b15-149", "b15-150", "b15-159"}
CLARIFY = set()
OK_OR_CLARIFY = {"b15-151", "b15-152", "b15-153"}
FORMATS = [re.compile(r"^\d+(\.\d+)?元$"), re.compile(r"^\d+\.\d{2}万元$"), re.compile(r"^\d+\.\d{2}%$"),
           re.compile(r"^\d+\.\d{2}$"), re.compile(r"^#\d+$")]


def check_tables(T, err):
    for slug, hand in HAND.items():
        b = {x["name"]: d(x["amount_wan"]) for x in T[slug]["budget"]}
        for k, v in hand.items():
            if b[k] != d(v):
                err(slug, f"{k} {b[k]} != {v}")
        if heji(T[slug]) != b["财政拨款"] + b["其他资金"] or b["财政专项资金"] != b["市本级使用资金"] + b["拟用于对下转移支付资金"]:
            err(slug, "identity")
        if T[slug]["basic_info"]["财政供养人员数"] != PEOPLE_NEW[slug]:
            err(slug, "people")
    if (heji(T[HH]), heji(T[HH5]), heji(T[GX])) != (HH_TOT, HH5_TOT, GX_TOT):
        err("tables", "预算合计")
    for slug, hand, tot, key in ((HH, HH_T, HH_SUM, HH_K), (HH5, HH5_T, HH5_SUM, HH5_K), (GX, GX_T, GX_SUM, GX_K)):
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
        if T[slug]["department"] not in ("东莞市红十字会", "东莞市供销合作社"):
            err(slug, "department name")
        if sum(x["amount_yuan"] for x in T[slug]["tasks"]) * Decimal("0.0001") > heji(T[slug]):
            err(slug, "tasks exceed the budget")
    n26 = {x["name"] for x in T[HH]["tasks"]}
    n25 = {x["name"] for x in T[HH5]["tasks"]}
    if n26 - n25 != {"公共场所自动体外除颤器配置经费", NEWN} or n25 - n26 != {OLDN}:
        err("hongshizihui", f"2026/2025 task differences {n26 - n25} / {n25 - n26}")
    # the rename is not one word replaced: the two halves swap order and 宣传 is dropped
    if not (OLDN.index("无偿献血") < OLDN.index("造血干细胞") and NEWN.index("无偿献血") > NEWN.index("造血干细胞")
            and "宣传" in OLDN and "宣传" not in NEWN and len(NEWN) < len(OLDN)):
        err("hongshizihui", "rename")
    shared = ["培训", "信息化", "宣传", "补助", "建设", "储备", "救助", "补贴"]
    names_new = " ".join(x["name"] for s in (HH, GX) for x in T[s]["tasks"])
    if [w for w in shared if w not in names_new]:
        err("tables", f"shared words missing {[w for w in shared if w not in names_new]}")
    amounts = {}
    for slug, t in T.items():
        for x in t.get("tasks", []):
            amounts.setdefault(x["amount_yuan"], []).append(slug)
    for slug, a, other, b in LOOKALIKE:
        if slug not in amounts.get(a, []) or other not in amounts.get(b, []) or a == b or abs(a - b) > 1000:
            err("look-alike", f"{slug} {a} / {other} {b}")
        if len(amounts[a]) != 1:
            err("look-alike", f"{a} not unique: {amounts[a]}")
    for a in (3200000, 16800000):
        if len(amounts.get(a, [])) != 1:
            err("tables", f"{a} not unique")
    dg = [t for t in T.values() if t["department"].startswith("东莞") and t["year"] == 2026
          and t.get("kind", "department") == "department" and t.get("budget")]
    if len(dg) != 31:
        err("DG", f"{len(dg)} tables")
    for t in dg:
        s = t["department"][3:]
        if s not in DG_TOTALS or heji(t) != DG_TOTALS[s] or t["basic_info"]["财政供养人员数"] != PEOPLE[s]:
            err("DG", t["department"])
        if s in OTHER_FUNDS and d({x["name"]: x["amount_wan"] for x in t["budget"]}["其他资金"]) != OTHER_FUNDS[s]:
            err("DG", f"{s} 其他资金")
    if sorted(DG_TOTALS, key=DG_TOTALS.get, reverse=True).index("供销合作社") != 24:
        err("DG", "供销合作社 is not 25th")


def main() -> int:
    T = load()
    errs = []
    err = lambda rid, m: errs.append(f"{rid}: {m}")  # noqa: E731
    check_tables(T, err)
    all_atoms = set().union(*(atoms(t) for t in T.values()))
    all_text = "\n".join(json.dumps(t, ensure_ascii=False) for t in T.values())
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else BLIND / "batch_15.jsonl"
    recs = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]
    if len(recs) != 160:
        err("file", f"{len(recs)} lines")
    byid = {r["id"]: r for r in recs}
    prev = None
    for n, r in enumerate(recs, 1):
        rid = r["id"]
        if list(r) != FIELDS or rid != f"b15-{n:03d}" or r["category"] not in CATS or r["expect"] not in EXPECTS:
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
