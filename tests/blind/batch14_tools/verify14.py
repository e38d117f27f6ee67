"""Second, independent check of tests/blind/batch_14.jsonl (0 errors required).

Written apart from gen_batch14.py / truth14.py: loads the tables itself (batches.json's list for
batch_14); checks the three new tables against values typed here by hand (budget lines, 预算合计, people,
task amounts and sections, the 2025/2026 task differences, the shape the brief asks for); checks 预算合计
and 人员 of the 27 other 东莞 2026 departments against hand values; checks the schema; accepts a figure
only if it is a stored value of a table the question (chain) names or equals a recipe typed here by hand;
checks list members / ranking orders / yes-no answers / expectations against hand lists; checks prose
figures occur only in the goals of the named table; checks absent strings are real values.

`verify14.py FILE` checks a copy.
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
d = lambda v: Decimal(str(v))
r2 = lambda x: d(x).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
Y = lambda x: f"{int(d(x))}元" if d(x) == int(d(x)) else f"{d(x).normalize()}元"
W = lambda x: f"{r2(x)}万元"
PCT = lambda a, b: f"{r2(d(a) * 100 / d(b))}%"
R = lambda a, b: str(r2(d(a) / d(b)))
N = lambda n: f"#{n}"


def load():
    bj = json.loads((BLIND / "batches.json").read_text(encoding="utf-8"))
    names = bj["batch_14.jsonl"]
    assert names == bj["batch_13.jsonl"] + ["canlian_2026", "canlian_2025", "fulian_2026"], "batches.json"
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


CL, CL5, FL = "canlian_2026", "canlian_2025", "fulian_2026"
ALIASES = [
    ("残联", [CL, CL5]), ("殘聯", [CL, CL5]), ("残连", [CL, CL5]), ("残疾人联合会", [CL, CL5]), ("殘疾人聯合會", [CL, CL5]),
    ("妇联", [FL]), ("婦聯", [FL]), ("妇连", [FL]), ("妇女联合会", [FL]), ("婦女聯合會", [FL]),
    ("财政局", ["caizhengju_2026"]), ("气象", ["qixiangju_2026", "qixiangju_2025"]), ("审计", ["shenjiju_2026", "shenjiju_2025"]),
    ("林业", ["linyeju_2026"]), ("应急", ["yingji_2026"]), ("水务", ["shuiwuju_2026"]), ("司法", ["sifaju_2026"]),
    ("统计", ["tongjiju_2026"]), ("民政", ["minzhengju_2026"]), ("生态环境", ["shengtai_2026"]), ("市监", ["shijianju_2026"]),
    ("医保", ["yibaoju_2026"]), ("卫健", ["weijianju_2026", "weijianju_2025"]), ("衛健", ["weijianju_2026", "weijianju_2025"]),
    ("总工会", ["zonggonghui_2026", "zonggonghui_2025"]), ("商务", ["shangwuju_2026"]), ("公安", ["gonganju_2026"]),
    ("发改", ["fagaiju_2026", "fagaiju_2025"]), ("退役", ["tuiyijunren_2026"]), ("湛江交通", ["zhanjiang_2025"]),
    ("农业农村", ["nongyenongcun_2026"]), ("人社", ["renshe_2026"]), ("城管", ["chengguan_2026"]), ("住建", ["zhujianju_2026"]),
    ("交通局", ["jiaotongju_2026"]), ("文广", ["wenguangluti_2026"]), ("科技", ["kejiju_2026", "kejiju_2025"]),
    ("教育局", ["jiaoyuju_2026"]),
]

# ---------------------------------------------------------------- typed by hand
HAND = {CL: {"基本支出": "1836.42", "项目支出": "15264.80", "其他事业发展性支出": "186.50", "财政拨款": "17052.36",
             "其他资金": "235.36", "财政专项资金": "9800.00", "市本级使用资金": "7450.00", "拟用于对下转移支付资金": "2350.00"},
        CL5: {"基本支出": "1752.36", "项目支出": "13986.45", "其他事业发展性支出": "172.30", "财政拨款": "15698.65",
              "其他资金": "212.46", "财政专项资金": "9000.00", "市本级使用资金": "6900.00", "拟用于对下转移支付资金": "2100.00"},
        FL: {"基本支出": "1286.35", "项目支出": "5862.48", "其他事业发展性支出": "96.20", "财政拨款": "7160.85",
             "其他资金": "84.18", "财政专项资金": "3200.00", "市本级使用资金": "2820.00", "拟用于对下转移支付资金": "380.00"}}
CL_T = [38650600, 24360500, 9650400, 23500000, 12450300, 6380200, 4568300, 3806400, 2860400, 1365300]
CL5_T = [35800000, 22180000, 8960000, 21000000, 11600000, 5860000, 3980000, 3520000, 1215000]
FL_T = [12560500, 6850400, 5230600, 3800000, 2356500, 1950600, 1806300, 1286300, 865300]
CL_K = ["残疾儿童康复救助经费", "残疾人就业补贴和创业扶持资金", "残疾人辅助器具适配补贴"]
FL_K = ["巾帼创业就业扶持资金", "妇女儿童维权和信访服务经费", "家庭教育指导服务经费"]
PEOPLE_NEW = {CL: 58, CL5: 56, FL: 45}
CL_TOT, CL5_TOT, FL_TOT = d("17287.72"), d("15911.11"), d("7245.03")
CL_SUM, CL5_SUM, FL_SUM = 127592400, 114115000, 36706500
DG_TOTALS = {
    "教育局": d("125430.18") + d("286754.62") + d("18600"),
    "人力资源和社会保障局": d("12386.54") + d("186420.73") + d("4318.60"),
    "交通运输局": d("5428.66") + d("138652.30") + d("2145.00"),
    "水务局": d("8236.54") + d("124687.38") + d("2415.60"),
    "住房和城乡建设局": d("7856.34") + d("118642.57") + d("2436.80"),
    "城市管理和综合执法局": d("15832.09") + d("97468.35") + d("2960.00"),
    "卫生健康局": d("8652.37") + d("96418.25") + d("3265.80"),
    "医疗保障局": d("4127.86") + d("97865.40") + d("926.50"),
    "自然资源局": d("9876.43") + d("84532.17") + d("1864.50"),
    "民政局": d("6824.15") + d("72368.90") + d("1587.30"),
    "农业农村局": d("6518.27") + d("68945.36") + d("1836.90"),
    "文化广电旅游体育局": d("14286.35") + d("52748.60") + d("1865.20"),
    "生态环境局": d("7245.18") + d("58930.64") + d("1372.40"),
    "商务局": d("3865.42") + d("58736.15") + d("1452.80"),
    "市场监督管理局": d("23458.63") + d("38264.95") + d("2176.40"),
    "科学技术局": d("2356.78") + d("48620.50") + d("1210"),
    "应急管理局": d("5386.72") + d("42615.48") + d("1268.30"),
    "司法局": d("9412.58") + d("31286.74") + d("1248.60"),
    "总工会": d("1666.42") + d("2180.04") + d("352.44"),
    "统计局": d("2468.35") + d("6852.40") + d("318.60"),
    "退役军人事务局": d("2186.54") + d("38452.76") + d("642.30"),
    "发展和改革局": d("3842.66") + d("36867.83") + d("1263.80"),
    "公安局": d("186452.37") + d("124836.58") + d("6318.40"),
    "审计局": d("13247.29"),
    "林业局": d("60239.81"),
    "财政局": d("29001.97"),
    "气象局": d("12566.49"),
    "残疾人联合会": d("1836.42") + d("15264.80") + d("186.50"),
    "妇女联合会": d("1286.35") + d("5862.48") + d("96.20"),
}
PEOPLE = {"教育局": 5268, "人力资源和社会保障局": 486, "交通运输局": 186, "水务局": 356, "住房和城乡建设局": 286,
          "城市管理和综合执法局": 724, "卫生健康局": 312, "医疗保障局": 168, "自然资源局": 412, "民政局": 143,
          "农业农村局": 298, "文化广电旅游体育局": 628, "生态环境局": 268, "商务局": 142, "市场监督管理局": 1026,
          "科学技术局": 68, "应急管理局": 215, "司法局": 326, "总工会": 37, "统计局": 86, "退役军人事务局": 78,
          "发展和改革局": 132, "公安局": 7316, "审计局": 146, "林业局": 264, "财政局": 352, "气象局": 92,
          "残疾人联合会": 58, "妇女联合会": 45}
ALL29 = sum(DG_TOTALS.values())
MZ_SUM = 298500000 + 132600000 + 56480000 + 41730000 + 68920000 + 24300000 + 4650000 + 860000 + 12800000
CG_SUM = 486300000 + 153270000 + 36540000 + 31200000 + 22800000 + 17450000 + 4860000 + 2146500 + 960000
ZGH_SUM = 7200000 + 2094000 + 1950000 + 2490000 + 3597700

RECIPES = {
    "b14-003": [Y(38650600 + 3806400)], "b14-028": [N(56)], "b14-029": [N(326), N(4)],
    "b14-032": [PCT("7160.85", FL_TOT)], "b14-035": [N(168)], "b14-037": [N(5268)],
    "b14-059": [N(10)], "b14-060": [N(17), N(20)], "b14-061": [N(12 - 10)], "b14-062": [N(7)], "b14-063": [N(6), N(5)],
    "b14-064": [N(29)], "b14-065": [N(5)], "b14-066": [N(10)], "b14-067": [N(12)], "b14-068": [N(3)],
    "b14-069": [Y(CL_SUM)], "b14-070": [Y(12560500 + 6850400 + 5230600)], "b14-071": [PCT(24641500, FL_SUM)],
    "b14-072": [PCT("1836.42", CL_TOT)], "b14-073": [f"{r2(d(FL_SUM) / 9)}元", f"{r2(d(ZGH_SUM) / 5)}元"],
    "b14-074": [PCT(650, 6800)], "b14-075": [W(CL_TOT + FL_TOT)], "b14-076": [W(CL_TOT + FL_TOT + d("4198.90"))],
    "b14-077": [PCT(CL_TOT, ALL29)], "b14-078": [PCT(68920000, MZ_SUM)], "b14-079": [Y(CG_SUM)],
    "b14-087": [N(24)], "b14-091": [N(45 - 37)], "b14-092": [Y(4568300 - 4568000)], "b14-094": [Y(24360500 - 24360000)],
    "b14-095": [W(d("15264.80") - d("5862.48"))], "b14-099": [N(356), N(286)], "b14-114": [N(58), N(86)],
    "b14-116": [PCT(38650600 + 24360500 + 9650400, CL_SUM)],
    "b14-120": [W(CL_TOT - CL5_TOT), PCT(CL_TOT - CL5_TOT, CL5_TOT)], "b14-122": [Y(4568300 - 3980000)],
    "b14-126": [PCT(d("2486.37") - d("2398.64"), "2398.64")], "b14-128": [W(d("13247.29") - d("12388.41"))],
    "b14-115": [W(min(DG_TOTALS.values()))], "b14-133": [N(45 + 86)], "b14-134": [Y(CL5_SUM)], "b14-137": [N(58 + 45)], "b14-160": [Y(2356800 - 2356500)],
}
PROSE_IDS = {"b14-159": ["42家"]}
NAMES = {
    "b14-049": ["残疾儿童康复救助经费", "残疾人就业补贴和创业扶持资金", "镇街残疾人康复服务补助", "残疾人托养服务专项经费"],
    "b14-050": ["“两癌”困难妇女救助经费", "智慧妇联信息化建设经费", "巾帼宣传和网上妇联建设经费", "妇女干部和执委培训经费"],
    "b14-051": ["见义勇为人员奖励和救助资金", "困难妇女儿童救助资金", "“两癌”困难妇女救助经费"],
    "b14-052": ["除治松材线虫病疫木", "新建改造森林防火通道", "新建改造森林公园和湿地公园", "森林公园年接待游客", "森林覆盖率"],
    "b14-053": ["总工会", "妇女联合会", "统计局"], "b14-054": ["总工会", "残疾人联合会", "妇女联合会"],
    "b14-055": ["审计局", "气象局", "残疾人联合会"], "b14-056": ["智慧妇联信息化建设经费"],
    "b14-057": ["安全生产培训经费", "防灾减灾宣传教育经费"], "b14-058": ["森林公园和湿地公园建设补助"],
    "b14-070": FL_K, "b14-100": ["其他需完成的任务"], "b14-101": ["效益指标", "经济效益"], "b14-102": ["产出指标", "时效指标"],
    "b14-103": ["妇女干部培训人均成本", "“两癌”困难妇女救助标准", "妇女儿童之家建设补助标准"],
    "b14-104": ["产出指标", "时效指标"], "b14-105": FL_K,
    "b14-106": ["残疾人家庭生活质量", "残疾人就业创业带动人数", "助残服务体系"],
    "b14-107": ["残疾人联合会", "其他需完成的任务"], "b14-108": ["其他需完成的任务"], "b14-109": ["效益指标", "社会效益"],
    "b14-119": ["其他需完成的任务"], "b14-151": ["民政局"],
    "b14-153": ["残疾儿童康复救助经费", "镇街残疾人康复服务补助", "精神障碍患者社区康复服务经费"],
    "b14-154": ["退役军人事务局", "残疾人联合会"],
    "b14-155": ["残疾人及亲属满意度", "辅助器具适配服务满意度", "托养机构服务满意度"],
    "b14-158": ["妇女联合会", "镇街妇女儿童之家建设补助"], "b14-115": ["总工会"],
}
RANKED = {
    "b14-080": (["残疾儿童康复救助经费", "镇街残疾人康复服务补助", "精神障碍患者社区康复服务经费"],
                ["38650600元", "23500000元", "2860400元"]),
    "b14-081": (["残疾儿童康复救助经费", "残疾人就业补贴和创业扶持资金", "镇街残疾人康复服务补助"],
                ["38650600元", "24360500元", "23500000元"]),
    "b14-082": (["总工会", "妇女联合会", "统计局"], ["4198.90万元", "7245.03万元", "9639.35万元"]),
    "b14-083": (["妇女干部和执委培训经费"], ["865300元"]),
    "b14-084": (["总工会", "妇女联合会"], ["#37", "#45"]),
    "b14-085": (["慈善宣传活动经费"], ["860000元"]),
    "b14-086": (["残疾人联合会", "妇女联合会", "总工会"], ["#58", "#45", "#37"]),
    "b14-088": (["外贸稳增长专项资金"], ["168500000元"]),
    "b14-089": (["见义勇为人员奖励和救助资金"], ["1250000元"]),
}
YESNO = {"b14-110": "是", "b14-111": "是", "b14-112": "是", "b14-113": "否", "b14-114": "是", "b14-115": "否",
         "b14-116": "是", "b14-117": "是", "b14-118": "是", "b14-119": "否", "b14-125": "否", "b14-150": "否"}
HAND_FIRST = {"b14-001": "38650600元", "b14-002": "3806400元", "b14-004": "9650400元", "b14-005": "5230600元",
              "b14-006": "1950600元", "b14-007": "12450300元", "b14-008": "6850000元", "b14-013": "≥3200人",
              "b14-014": "≥9600人", "b14-015": "≥360个", "b14-017": "≤650元/人", "b14-018": "≤1500元/人",
              "b14-025": "7245.03万元", "b14-026": "17287.72万元", "b14-027": "15911.11万元", "b14-039": "1500户",
              "b14-041": "3200家", "b14-048": "850名", "b14-093": "7245.18万元", "b14-096": "≤650元/人",
              "b14-098": "41974.29万元", "b14-110": "60239.81万元", "b14-113": "865300元", "b14-115": "7245.03万元",
              "b14-121": "35800000元", "b14-123": "3980000元", "b14-130": "17287.72万元", "b14-132": "12450300元",
              "b14-135": "12560500元", "b14-150": "6850400元", "b14-151": "68920000元", "b14-156": "1806300元",
              "b14-157": "865000元", "b14-158": "3800000元", "b14-159": "≥3200人"}
ABSENT = {"b14-001": ["38650000元"], "b14-025": ["7245.18万元"], "b14-039": ["≥120个"], "b14-041": ["≥3200人"],
          "b14-156": ["1806000元", "1806500元"], "b14-157": ["865300元", "865800元"], "b14-158": ["3500000元"],
          "b14-135": ["12560000元"]}
NOT_FOUND = {"b14-124", "b14-127", "b14-140", "b14-141", "b14-142", "b14-143", "b14-144", "b14-145", "b14-146",
             "b14-147", "b14-148", "b14-149", "b14-152"}
CLARIFY = set()
OK_OR_CLARIFY = {"b14-153", "b14-154", "b14-155"}
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
    if (heji(T[CL]), heji(T[CL5]), heji(T[FL])) != (CL_TOT, CL5_TOT, FL_TOT):
        err("tables", "预算合计")
    for slug, hand, tot, key in ((CL, CL_T, CL_SUM, CL_K), (CL5, CL5_T, CL5_SUM, CL_K), (FL, FL_T, FL_SUM, FL_K)):
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
        if {x["department"] for x in [T[slug]]} - {"东莞市残疾人联合会", "东莞市妇女联合会"}:
            err(slug, "department name")
    n26 = {x["name"] for x in T[CL]["tasks"]}
    n25 = {x["name"] for x in T[CL5]["tasks"]}
    if n26 - n25 != {"精神障碍患者社区康复服务经费", "残疾人智慧服务信息化建设经费"} or n25 - n26 != {"残疾人信息化管理系统建设经费"}:
        err("canlian", f"2026/2025 task differences {n26 - n25} / {n25 - n26}")
    shared = ["培训", "信息化", "宣传", "补助", "建设", "专项", "康复", "救助"]
    names_new = " ".join(x["name"] for s in (CL, FL) for x in T[s]["tasks"])
    if [w for w in shared if w not in names_new]:
        err("tables", f"shared words missing {[w for w in shared if w not in names_new]}")
    # look-alikes: 3800000 only in 妇联; each look-alike pair a few hundred 元 apart
    if [x for t in T.values() for x in t.get("tasks", []) if x["amount_yuan"] == 3800000] != [T[FL]["tasks"][3]]:
        err("tables", "3800000 not unique")
    dg = [t for t in T.values() if t["department"].startswith("东莞") and t["year"] == 2026
          and t.get("kind", "department") == "department" and t.get("budget")]
    if len(dg) != 29:
        err("DG", f"{len(dg)} tables")
    for t in dg:
        s = t["department"][3:]
        if s not in DG_TOTALS or heji(t) != DG_TOTALS[s] or t["basic_info"]["财政供养人员数"] != PEOPLE[s]:
            err("DG", t["department"])


def main() -> int:
    T = load()
    errs = []
    err = lambda rid, m: errs.append(f"{rid}: {m}")
    check_tables(T, err)
    all_atoms = set().union(*(atoms(t) for t in T.values()))
    all_text = "\n".join(json.dumps(t, ensure_ascii=False) for t in T.values())
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else BLIND / "batch_14.jsonl"
    recs = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]
    if len(recs) != 160:
        err("file", f"{len(recs)} lines")
    byid = {r["id"]: r for r in recs}
    prev = None
    for n, r in enumerate(recs, 1):
        rid = r["id"]
        if list(r) != FIELDS or rid != f"b14-{n:03d}" or r["category"] not in CATS or r["expect"] not in EXPECTS:
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
