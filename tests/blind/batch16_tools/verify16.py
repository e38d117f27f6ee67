"""Second, independent check of tests/blind/batch_16.jsonl (0 errors required).

Written apart from gen_batch16.py / truth16.py: loads the tables itself (batches.json's list for batch_16);
checks the three new tables against values typed here by hand (budget lines, 预算合计, people, task amounts and
sections, the 2025/2026 differences — one task added, one dropped, indicator values changed —, the shape the
brief asks for, the look-alike amounts, 科协 and 科技局 being two departments); checks 预算合计 and 人员 of all
33 东莞 2026 departments against hand values; checks the schema; accepts a figure only if it is a stored value
of a table the question (chain) names or equals a recipe typed here by hand; checks list members / ranking
orders / yes-no answers / expectations / first figures / required absents against hand lists; checks prose
figures occur only in the goals of the named table; checks absent strings are real values and not figures of
the line.

`verify16.py FILE` checks a copy.
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
NEW = ["minzongju_2026", "minzongju_2025", "kexie_2026"]


def load():
    bj = json.loads((BLIND / "batches.json").read_text(encoding="utf-8"))
    names = bj["batch_16.jsonl"]
    assert names == bj["batch_15.jsonl"] + NEW, "batches.json"
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


MZ, MZ5, KX = NEW
KJ, KJ5 = "kejiju_2026", "kejiju_2025"
ALIASES = [
    ("民宗", [MZ, MZ5]), ("民棕", [MZ, MZ5]), ("少数民族", [MZ, MZ5]), ("少数名族", [MZ, MZ5]),
    ("科协", [KX]), ("科協", [KX]), ("科谐", [KX]),
    ("科技局", [KJ, KJ5]), ("科技侷", [KJ, KJ5]), ("科学技术局", [KJ, KJ5]),
    ("红会", ["hongshizihui_2026", "hongshizihui_2025"]), ("妇联", ["fulian_2026"]), ("总工会", ["zonggonghui_2026", "zonggonghui_2025"]),
    ("统计", ["tongjiju_2026"]), ("統計", ["tongjiju_2026"]), ("气象", ["qixiangju_2026", "qixiangju_2025"]),
    ("审计", ["shenjiju_2026", "shenjiju_2025"]), ("司法", ["sifaju_2026"]), ("商务", ["shangwuju_2026"]),
    ("民政", ["minzhengju_2026"]), ("卫健", ["weijianju_2026", "weijianju_2025"]), ("人社", ["renshe_2026"]),
    ("住建", ["zhujianju_2026"]), ("医保", ["yibaoju_2026"]), ("醫保", ["yibaoju_2026"]), ("公安", ["gonganju_2026"]),
    ("应急", ["yingji_2026", "yingji_xinxihua_2026"]), ("水务", ["shuiwuju_2026"]), ("水務", ["shuiwuju_2026"]),
    ("城管", ["chengguan_2026"]), ("发改", ["fagaiju_2026", "fagaiju_2025"]), ("财政局", ["caizhengju_2026"]),
    ("交通局", ["jiaotongju_2026"]), ("湛江交通", ["zhanjiang_2025"]), ("湛江市农业", ["zhanjiang_2024_unseen"]),
    ("文广", ["wenguangluti_2026"]), ("广州市教育局", ["guangzhou_jiaoyuju_2026"]),
]

# ---------------------------------------------------------------- typed by hand
HAND = {MZ: {"基本支出": "1126.38", "项目支出": "2538.64", "其他事业发展性支出": "202.43", "财政拨款": "3812.27",
             "其他资金": "55.18", "财政专项资金": "1500.00", "市本级使用资金": "1240.00", "拟用于对下转移支付资金": "260.00"},
        MZ5: {"基本支出": "1068.52", "项目支出": "2316.85", "其他事业发展性支出": "186.20", "财政拨款": "3521.35",
              "其他资金": "50.22", "财政专项资金": "1350.00", "市本级使用资金": "1130.00", "拟用于对下转移支付资金": "220.00"},
        KX: {"基本支出": "1486.27", "项目支出": "7236.84", "其他事业发展性支出": "239.46", "财政拨款": "8843.29",
             "其他资金": "119.28", "财政专项资金": "4200.00", "市本级使用资金": "3560.00", "拟用于对下转移支付资金": "640.00"}}
MZ_T = [4860600, 3680700, 2356300, 2600000, 1806800, 1358500, 956500, 2458600, 1536600, 865400]
MZ5_T = [4520000, 2180000, 2200000, 1650000, 1260000, 880000, 2050000, 1420000, 790000, 680000]
KX_T = [26430600, 3265800, 8500700, 6400000, 2136800, 1250600, 4568600, 3000500, 1860400, 1268300]
MZ_K = ["民族团结进步创建工作经费", "宗教活动场所安全隐患整治补助", "少数民族流动人口服务管理经费"]
MZ5_K = ["民族团结进步创建工作经费", "少数民族流动人口服务管理经费"]
KX_K = ["东莞科技馆运行和展教经费", "全国科普日和科技活动周经费", "院士工作站和学会创新驱动服务经费"]
ADDED, DROPPED = "宗教活动场所安全隐患整治补助", "民族宗教理论政策研究经费"
# indicators in both years whose annual value changed (2025 -> 2026)
CHANGED = {"民族宗教干部培训人均成本": ("≤550元/人", "≤600元/人"), "矛盾纠纷处置响应时间": ("≤48小时", "≤24小时"),
           "创建民族团结进步示范单位": ("≥12个", "≥15个"), "开展政策法规宣传活动": ("≥50场", "≥60场"),
           "少数民族群众满意度": ("≥90%", "≥92%"), "民族宗教工作长效机制": ("逐步健全", "持续健全"),
           "培训民族宗教干部和宗教界人士": ("≥700人次", "≥800人次"), "少数民族流动人口服务站点": ("≥33个", "≥35个"),
           "举办少数民族传统节庆活动": ("≥10场", "≥12场"), "宗教界人士满意度": ("≥88%", "≥90%")}
PEOPLE_NEW = {MZ: 31, MZ5: 30, KX: 52}
MZ_TOT, MZ5_TOT, KX_TOT = d("3867.45"), d("3571.57"), d("8962.57")
MZ_SUM, MZ5_SUM, KX_SUM = 22480000, 17630000, 58682300
KJ_TOT, KJ_PEOPLE = d("52187.28"), 68
# look-alikes: (new table, amount, other table, its amount)
LOOKALIKE = [(MZ, 4860600, "gongxiaoshe_2026", 4860300), (MZ, 4860600, "chengguan_2026", 4860000),
             (MZ, 3680700, "gongxiaoshe_2026", 3680400), (MZ, 2356300, "fulian_2026", 2356500),
             (MZ, 2356300, "shenjiju_2026", 2356000), (MZ, 1806800, "qixiangju_2026", 1806500),
             (MZ, 1806800, "fulian_2026", 1806300), (MZ, 1358500, "hongshizihui_2026", 1358300),
             (MZ, 956500, "gongxiaoshe_2026", 956300), (MZ, 2458600, "gongxiaoshe_2026", 2458300),
             (MZ, 1536600, "linyeju_2026", 1536500), (MZ, 865400, "fulian_2026", 865300),
             (KX, 26430600, "wenguangluti_2026", 26430000), (KX, 3265800, KJ, d("3265480.5")),
             (KX, 8500700, KJ, 8500000), (KX, 2136800, "nongyenongcun_2026", 2136500),
             (KX, 1250600, "gonganju_2026", 1250000), (KX, 4568600, "canlian_2026", 4568300),
             (KX, 3000500, "shenjiju_2025", 3000000), (KX, 1860400, "jiaotongju_2026", 1860000),
             (KX, 1268300, "shijianju_2026", 1268500)]
DG_TOTALS = {
    "教育局": d("430784.80"), "公安局": d("317607.35"), "人力资源和社会保障局": d("203125.87"),
    "交通运输局": d("146225.96"), "水务局": d("135339.52"), "住房和城乡建设局": d("128935.71"),
    "城市管理和综合执法局": d("116260.44"), "卫生健康局": d("108336.42"), "医疗保障局": d("102919.76"),
    "自然资源局": d("96273.10"), "民政局": d("80780.35"), "农业农村局": d("77300.53"),
    "文化广电旅游体育局": d("68900.15"), "生态环境局": d("67548.22"), "商务局": d("64054.37"),
    "市场监督管理局": d("63899.98"), "林业局": d("60239.81"), "科学技术局": d("52187.28"), "应急管理局": d("49270.50"),
    "发展和改革局": d("41974.29"), "司法局": d("41947.92"), "退役军人事务局": d("41281.60"), "财政局": d("29001.97"),
    "残疾人联合会": d("17287.72"), "供销合作社": d("17169.42"), "审计局": d("13247.29"), "气象局": d("12566.49"),
    "统计局": d("9639.35"), "科学技术协会": d("8962.57"), "妇女联合会": d("7245.03"), "红十字会": d("5200.30"),
    "总工会": d("4198.90"), "民族宗教事务局": d("3867.45"),
}
PEOPLE = {"教育局": 5268, "人力资源和社会保障局": 486, "交通运输局": 186, "水务局": 356, "住房和城乡建设局": 286,
          "城市管理和综合执法局": 724, "卫生健康局": 312, "医疗保障局": 168, "自然资源局": 412, "民政局": 143,
          "农业农村局": 298, "文化广电旅游体育局": 628, "生态环境局": 268, "商务局": 142, "市场监督管理局": 1026,
          "科学技术局": 68, "应急管理局": 215, "司法局": 326, "总工会": 37, "统计局": 86, "退役军人事务局": 78,
          "发展和改革局": 132, "公安局": 7316, "审计局": 146, "林业局": 264, "财政局": 352, "气象局": 92,
          "残疾人联合会": 58, "妇女联合会": 45, "红十字会": 41, "供销合作社": 74, "科学技术协会": 52,
          "民族宗教事务局": 31}
OTHER_FUNDS = {"总工会": d("0"), "民族宗教事务局": d("55.18"), "妇女联合会": d("84.18"), "科学技术协会": d("119.28")}
ALL33 = sum(DG_TOTALS.values())
ZHUAN_XIA = {MZ: d("260.00"), KX: d("640.00"), "hongshizihui_2026": d("320.00")}

RECIPES = {
    "b16-003": [PCT(26430600, d("7236.84") * 10000)], "b16-022": [N(2)],
    "b16-026": [W(MZ_TOT - MZ5_TOT), PCT(MZ_TOT - MZ5_TOT, MZ5_TOT)], "b16-029": [N(1), N(31)], "b16-030": [N(5)],
    "b16-031": [N(31), N(37), N(41)], "b16-058": [N(10), N(3)], "b16-060": [N(19)], "b16-061": [N(33)],
    "b16-062": [N(4)], "b16-063": [N(6)], "b16-064": [N(4)], "b16-065": [N(7)], "b16-066": [N(6 + 10)],
    "b16-067": [N(24)], "b16-085": [N(29)], "b16-068": [Y(MZ_SUM)], "b16-069": [Y(KX_SUM)], "b16-070": [Y(26430600 + 3265800 + 8500700)],
    "b16-071": [Y(956500 + 865400 + 865300)], "b16-072": [W(MZ_TOT + KX_TOT)], "b16-073": [W(ALL33)],
    "b16-074": [W(sum(ZHUAN_XIA.values()))], "b16-075": [Y(685000000 + 9740000)], "b16-076": [Y(d("3265800") + d("3265480.5"))],
    "b16-077": [Y(956800 + 892000)], "b16-078": [Y(1950000 + 1800000)],
    "b16-091": [W(KJ_TOT - KX_TOT)], "b16-092": [N(KJ_PEOPLE - 52), N(KJ_PEOPLE), N(52)],
    "b16-093": [W(d("4198.90") - MZ_TOT)], "b16-094": [Y(26430600 - 26430000)], "b16-095": [Y(865400 - 865300)],
    "b16-096": [Y(8500700 - 8500000)], "b16-097": [W(MZ_TOT - d("3865.42"))], "b16-098": [W(d("213.58") - d("55.18"))],
    "b16-099": [W(d("96418.25") - d("72368.90"))], "b16-100": [R(368500000, 215600000)],
    "b16-101": [W(d("9426.18") - d("8843.29"))], "b16-118": [N(52), N(45)],
    "b16-121": [Y(4860600 - 4520000), PCT(4860600 - 4520000, 4520000)],
    "b16-128": [W(d("5200.30") - d("4786.20")), W(MZ_TOT - MZ5_TOT)],
    "b16-129": [Y(d("3265480.5") - 3100000), PCT(d("3265480.5") - 3100000, 3100000)], "b16-130": [N(146 - 142)],
    "b16-154": [N(52)],
}
PROSE_IDS = {}
NAMES = {
    "b16-022": ["签约居民满意度", "群众就医满意度"], "b16-035": ["新能源公交车占比"],
    "b16-048": ["民族团结进步创建工作经费", "宗教活动场所安全隐患整治补助", "少数民族流动人口服务管理经费",
                "镇街民族宗教工作补助", "民族宗教事务信息化建设经费"],
    "b16-049": ["科技工作者服务和人才举荐经费", "科协系统干部和科普人员培训经费"],
    "b16-050": ["全国科普日和科技活动周经费", "镇街科普阵地建设补助", "科普信息化和数字科技馆建设经费",
                "基层科普行动计划奖补资金", "科协系统干部和科普人员培训经费"],
    "b16-051": ["创建民族团结进步示范单位", "整治宗教活动场所安全隐患"],
    "b16-052": ["慈善宣传活动经费", "统计法治宣传经费", "妇女干部和执委培训经费", "宗教界人士教育培训经费",
                "气象科普宣传经费", "审计法治宣传经费"],
    "b16-053": ["民族宗教事务局", "总工会"],
    "b16-054": ["基本公共卫生服务项目经费", "家庭医生签约服务补助"],
    "b16-055": ["文化惠民活动经费", "体育后备人才培养经费", "智慧文旅信息化建设经费"],
    "b16-056": ["科技馆观众满意度", "科技工作者满意度", "企业满意度", "科技特派员服务对象满意度"],
    "b16-057": ["科技特派员工作经费", "科普活动经费"],
    "b16-062": ["民族宗教事务局", "总工会", "红十字会", "妇女联合会"],
    "b16-070": KX_K, "b16-071": ["民族宗教干部业务培训经费", "宗教界人士教育培训经费", "妇女干部和执委培训经费"],
    "b16-102": ["社会效益", "可持续影响"], "b16-103": KX_K, "b16-104": ["矛盾纠纷处置响应时间", "补助资金拨付"],
    "b16-105": ["产出指标", "时效指标"], "b16-106": ["其他需完成的任务"], "b16-107": MZ5_K,
    "b16-108": ["科学技术局", "科学技术协会", "民族宗教事务局", "教育局", "农业农村局", "商务局"],
    "b16-109": ["统计数据质量抽查合格率", "普查数据差错率", "统计调查任务完成率"],
    "b16-110": ["社会效益", "生态效益", "可持续影响"], "b16-123": [ADDED], "b16-124": [DROPPED],
    "b16-128": ["红十字会", "民族宗教事务局"],
    "b16-155": ["总工会", "民族宗教事务局", "科学技术协会", "应急管理局", "商务局"],
    "b16-156": ["民族宗教干部业务培训经费", "宗教界人士教育培训经费"], "b16-157": ["科学技术局", "科学技术协会"],
    "b16-005": ["宗教活动场所安全隐患整治补助", "年度重点工作任务"], "b16-081": ["年度重点工作任务"],
}
RANKED = {
    "b16-079": (["民族团结进步创建工作经费"], ["4860600元"]),
    "b16-080": (["宗教活动场所安全隐患整治补助"], ["3680700元"]),
    "b16-082": (["科技工作者服务和人才举荐经费"], ["1250600元"]),
    "b16-083": (["民族宗教事务局", "总工会", "红十字会"], ["3867.45万元", "4198.90万元", "5200.30万元"]),
    "b16-084": (["民族宗教事务局"], ["#31"]),
    "b16-085": (["科学技术协会"], ["#29"]),
    "b16-086": (["慈善宣传活动经费"], ["860000元"]),
    "b16-087": (["妇女干部和执委培训经费"], ["865300元"]),
    "b16-088": (["污水管网建设与修复经费", "河涌综合整治工程经费", "供水管网改造经费"],
                ["358200000元", "286450000元", "92680000元"]),
    "b16-089": (list(OTHER_FUNDS)[:3], [W(v) for v in list(OTHER_FUNDS.values())[:3]]),
    "b16-090": (["高新技术企业培育"], ["185000000元"]),
}
YESNO = {"b16-018": "是", "b16-081": "是", "b16-111": "是", "b16-112": "否", "b16-113": "否", "b16-114": "是",
         "b16-115": "是", "b16-116": "否", "b16-117": "是", "b16-118": "是", "b16-119": "是", "b16-120": "是",
         "b16-158": "否", "b16-159": "否"}
HAND_FIRST = {"b16-001": "4860600元", "b16-002": "26430600元", "b16-004": "8500700元", "b16-005": "3680700元",
              "b16-006": "865400元", "b16-011": "2458600元", "b16-012": "≥300场", "b16-013": "≥200场",
              "b16-014": "≥80处", "b16-015": "≥45个", "b16-016": "≥120万人次", "b16-017": "≤24小时",
              "b16-018": "≤20万元/个", "b16-024": "3867.45万元", "b16-025": "3571.57万元", "b16-027": "1486.27万元",
              "b16-028": "8843.29万元", "b16-032": "1130.00万元", "b16-033": "4200.00万元", "b16-034": "11534.19万元",
              "b16-036": "48459.40万元", "b16-037": "260个", "b16-038": "230个", "b16-039": "1500万人次",
              "b16-040": "52万人", "b16-041": "368万元", "b16-043": "1.2亿条", "b16-044": "138个",
              "b16-047": "264.9万元", "b16-059": "865400元", "b16-113": "8962.57万元", "b16-116": "865400元",
              "b16-117": "1536000元", "b16-120": "3265480.5元", "b16-122": "≤100元/吨·年", "b16-127": "≤48小时",
              "b16-131": "1806800元", "b16-132": "8962.57万元", "b16-133": "3867.45万元", "b16-134": "8843.29万元",
              "b16-135": "3571.57万元", "b16-136": "3265480.5元", "b16-137": "2356300元", "b16-151": "3265800元",
              "b16-158": "≥80处", "b16-159": "8962.57万元"}
ABSENT = {"b16-001": ["4860300元", "4860000元"], "b16-002": ["26430000元"], "b16-004": ["8500000元"],
          "b16-006": ["865300元"], "b16-012": ["≥200场"], "b16-013": ["≥300场"], "b16-017": ["≤48小时"],
          "b16-027": ["2356.78万元", "48620.50万元"], "b16-028": ["51887.28万元"], "b16-037": ["≥15个"],
          "b16-039": ["≥120万人次"], "b16-087": ["865400元"], "b16-112": ["8500000元"], "b16-120": ["3265800元"],
          "b16-125": ["3680700元"], "b16-126": ["680000元"], "b16-132": ["52187.28万元"], "b16-136": ["3265800元"],
          "b16-137": ["2356500元", "2356000元"], "b16-141": ["48758.40万元"], "b16-151": ["3265480.5元"],
          "b16-152": ["185000000元"], "b16-153": ["8500700元"], "b16-154": ["#68"], "b16-159": ["52187.28万元"],
          "b16-160": ["2356300元"]}
NOT_FOUND = {"b16-125", "b16-126", "b16-141", "b16-142", "b16-143", "b16-144", "b16-145", "b16-146", "b16-147",
             "b16-148", "b16-149", "b16-150", "b16-152", "b16-153", "b16-160"}
CLARIFY = set()
OK_OR_CLARIFY = {"b16-155", "b16-156", "b16-157"}
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
    if (heji(T[MZ]), heji(T[MZ5]), heji(T[KX])) != (MZ_TOT, MZ5_TOT, KX_TOT):
        err("tables", "预算合计")
    for slug, hand, tot, key in ((MZ, MZ_T, MZ_SUM, MZ_K), (MZ5, MZ5_T, MZ5_SUM, MZ5_K), (KX, KX_T, KX_SUM, KX_K)):
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
    if {T[MZ]["department"], T[MZ5]["department"]} != {"东莞市民族宗教事务局"} or T[KX]["department"] != "东莞市科学技术协会":
        err("tables", "department names")
    if T[KJ]["department"] != "东莞市科学技术局" or T[KJ]["department"] == T[KX]["department"]:
        err("tables", "科技局 / 科协 not two departments")
    if heji(T[KJ]) != KJ_TOT or T[KJ]["basic_info"]["财政供养人员数"] != KJ_PEOPLE:
        err("tables", "科技局 hand values")
    kj = {i["level3"]: i["annual_value"] for i in T[KJ]["indicators"]}
    kx = {i["level3"]: i["annual_value"] for i in T[KX]["indicators"]}
    if (kj.get("举办科普活动"), kx.get("举办科普活动")) != ("≥200场", "≥300场"):
        err("tables", "举办科普活动 shared name")
    n26 = {x["name"] for x in T[MZ]["tasks"]}
    n25 = {x["name"] for x in T[MZ5]["tasks"]}
    if n26 - n25 != {ADDED} or n25 - n26 != {DROPPED}:
        err("minzongju", f"2026/2025 task differences {n26 - n25} / {n25 - n26}")
    i26 = {i["level3"]: i["annual_value"] for i in T[MZ]["indicators"]}
    i25 = {i["level3"]: i["annual_value"] for i in T[MZ5]["indicators"]}
    changed = {k: (i25[k], i26[k]) for k in set(i25) & set(i26) if i25[k] != i26[k]}
    if changed != CHANGED:
        err("minzongju", f"changed indicators {changed}")
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
    for a in (2600000, 6400000):
        if len(amounts.get(d(a), [])) != 1:
            err("tables", f"{a} not unique")
    dg = [t for t in T.values() if t["department"].startswith("东莞") and t["year"] == 2026
          and t.get("kind", "department") == "department" and t.get("budget")]
    if len(dg) != 33:
        err("DG", f"{len(dg)} tables")
    for t in dg:
        s = t["department"][3:]
        if s not in DG_TOTALS or heji(t) != DG_TOTALS[s] or t["basic_info"]["财政供养人员数"] != PEOPLE[s]:
            err("DG", t["department"])
        if s in OTHER_FUNDS and d({x["name"]: x["amount_wan"] for x in t["budget"]}["其他资金"]) != OTHER_FUNDS[s]:
            err("DG", f"{s} 其他资金")
    others = sorted(d({x["name"]: x["amount_wan"] for x in t["budget"]}["其他资金"]) for t in dg)
    if others[:4] != list(OTHER_FUNDS.values()):
        err("DG", "the four smallest 其他资金")
    order = sorted(DG_TOTALS, key=DG_TOTALS.get, reverse=True)
    if order.index("科学技术协会") != 28 or order[-1] != "民族宗教事务局" or min(PEOPLE, key=PEOPLE.get) != "民族宗教事务局":
        err("DG", "科协 29th / 民宗局 last / fewest people")


def main() -> int:
    T = load()
    errs = []
    err = lambda rid, m: errs.append(f"{rid}: {m}")  # noqa: E731
    check_tables(T, err)
    all_atoms = set().union(*(atoms(t) for t in T.values()))
    all_text = "\n".join(json.dumps(t, ensure_ascii=False) for t in T.values())
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else BLIND / "batch_16.jsonl"
    recs = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]
    if len(recs) != 160:
        err("file", f"{len(recs)} lines")
    byid = {r["id"]: r for r in recs}
    prev = None
    for n, r in enumerate(recs, 1):
        rid = r["id"]
        if list(r) != FIELDS or rid != f"b16-{n:03d}" or r["category"] not in CATS or r["expect"] not in EXPECTS:
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
