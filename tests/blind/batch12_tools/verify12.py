"""Second, independent check of tests/blind/batch_11.jsonl (0 errors required).

Written apart from gen_batch11.py / truth11.py: loads the tables itself (batches.json's list for
batch_11); checks the three new tables against values typed here by hand; checks the schema; accepts a
figure only if it is a stored value of a table the question (chain) names or equals a recipe typed
here by hand; checks list members / ranking orders / yes-no answers against hand lists; checks prose
figures occur only in the goals of the named table; checks absent strings are real values.

`verify11.py FILE` checks a copy (used by mutate11.py).
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


def load():
    names = json.loads((BLIND / "batches.json").read_text(encoding="utf-8"))["batch_11.jsonl"]
    prev = json.loads((BLIND / "batches.json").read_text(encoding="utf-8"))["batch_10.jsonl"]
    assert names == prev + ["fagaiju_2026", "fagaiju_2025", "gonganju_2026"], "batches.json"
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


FG, FG5, GA = "fagaiju_2026", "fagaiju_2025", "gonganju_2026"
ALIASES = [
    ("发改", [FG, FG5]), ("發改", [FG, FG5]), ("发该", [FG, FG5]), ("发展改革", [FG, FG5]), ("发展和改革", [FG, FG5]),
    ("储备粮", [FG, FG5]), ("对口帮扶", [FG, FG5]), ("十五五", [FG]), ("重大项目", [FG]), ("能耗", [FG]),
    ("公安", [GA]), ("公按", [GA]), ("警", [GA]), ("辅", [GA]), ("反诈", [GA]), ("电诈", [GA]), ("看守所", [GA]),
    ("见义勇为", [GA]), ("枫桥", [GA]), ("监控", [GA]),
    ("统计局", ["tongjiju_2026"]), ("自然资源", ["ziranziyuan_2026"]), ("科技", ["kejiju_2026", "kejiju_2025"]),
    ("医保", ["yibaoju_2026"]), ("市监", ["shijianju_2026"]), ("水务", ["shuiwuju_2026"]), ("城管", ["chengguan_2026"]),
    ("司法", ["sifaju_2026"]), ("应急", ["yingji_2026"]), ("商务", ["shangwuju_2026"]), ("民政", ["minzhengju_2026"]),
    ("生态环境", ["shengtai_2026"]), ("文广旅体", ["wenguangluti_2026"]), ("住建", ["zhujianju_2026"]),
    ("交通局", ["jiaotongju_2026"]), ("卫健", ["weijianju_2026", "weijianju_2025"]), ("衛健", ["weijianju_2026"]),
    ("农业农村", ["nongyenongcun_2026"]), ("总工会", ["zonggonghui_2026", "zonggonghui_2025"]),
    ("教育局", ["jiaoyuju_2026"]),
]

# ---------------------------------------------------------------- typed by hand
HAND = {FG: {"基本支出": "3842.66", "项目支出": "36867.83", "其他事业发展性支出": "1263.80", "财政拨款": "41445.83",
             "其他资金": "528.46", "财政专项资金": "30800.00", "市本级使用资金": "22650.00", "拟用于对下转移支付资金": "8150.00"},
        FG5: {"基本支出": "3716.42", "项目支出": "33158.60", "其他事业发展性支出": "1195.40", "财政拨款": "37584.22",
              "其他资金": "486.20", "财政专项资金": "27600.00", "市本级使用资金": "20450.00", "拟用于对下转移支付资金": "7150.00"},
        GA: {"基本支出": "186452.37", "项目支出": "124836.58", "其他事业发展性支出": "6318.40", "财政拨款": "309181.20",
             "其他资金": "8426.15", "财政专项资金": "92600.00", "市本级使用资金": "78350.00", "拟用于对下转移支付资金": "14250.00"}}
FG_T = [152060000, 48670000, 38560000, 6480000, 5860500, 4586000, 3480600, 3265000, 1358000, 1286800]
FG5_T = [138400000, 45200000, 36980000, 5600000, 5260000, 4350000, 3120000, 1245000, 1150000]
GA_T = [286540000, 168050000, 96080000, 24300500, 8650800, 6420500, 5208000, 1806000, 1536000, 1250000]
FG_K = ["对口帮扶协作专项资金", "重大项目前期工作经费", "市级储备粮管理补贴资金"]
GA_K = ["警务辅助人员经费", "智慧新警务信息化建设经费"]
PEOPLE_NEW = {FG: 132, FG5: 128, GA: 7316}
FG_TOT, FG5_TOT, GA_TOT = d("41974.29"), d("38070.42"), d("317607.35")
SF_TOT = d("9412.58") + d("31286.74") + d("1248.60")
# the 21 东莞 2026 departments of batch 10 (the 19 of verify10.py's hand list + 统计局, 退役军人事务局)
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
}
PEOPLE = {"教育局": 5268, "人力资源和社会保障局": 486, "交通运输局": 186, "水务局": 356, "住房和城乡建设局": 286,
          "城市管理和综合执法局": 724, "卫生健康局": 312, "医疗保障局": 168, "自然资源局": 412, "民政局": 143,
          "农业农村局": 298, "文化广电旅游体育局": 628, "生态环境局": 268, "商务局": 142, "市场监督管理局": 1026,
          "科学技术局": 68, "应急管理局": 215, "司法局": 326, "总工会": 37, "统计局": 86, "退役军人事务局": 78}
OTHERS_21 = sum(DG_TOTALS.values())
# every 东莞 2026 department task named with 信息化 (b11-062), typed from the tables by hand
INFO_HAND = {
    "自然资源局": "不动产登记信息化建设经费", "人力资源和社会保障局": "人社信息化建设经费", "农业农村局": "农业农村信息化建设经费",
    "医疗保障局": "医疗保障信息化建设经费", "卫生健康局": "卫生健康信息化建设经费", "商务局": "商务信息化建设经费",
    "市场监督管理局": "市场监管信息化建设经费", "应急管理局": "应急指挥信息化建设经费", "教育局": "教育信息化建设",
    "交通运输局": "智慧交通信息化建设经费", "住房和城乡建设局": "智慧住建信息化建设经费", "司法局": "智慧司法信息化建设经费",
    "城市管理和综合执法局": "智慧城管信息化建设经费", "文化广电旅游体育局": "智慧文旅信息化建设经费",
    "水务局": "智慧水务信息化建设经费", "民政局": "民政信息化建设经费", "生态环境局": "生态环境智慧监控信息化建设经费",
    "统计局": "统计信息化建设经费", "退役军人事务局": "退役军人服务保障信息化建设经费",
    "发展和改革局": "投资审批监管信息化建设经费", "公安局": "智慧新警务信息化建设经费",
}

RECIPES = {
    "b11-046": [PCT(286540000 + 168050000, sum(GA_T))],
    "b11-065": [Y(sum(GA_T))], "b11-066": [f"{r2(d(sum(GA_T)) / 10)}元"],
    "b11-067": [Y(152060000 + 48670000 + 38560000)], "b11-068": [PCT(152060000, sum(FG_T))],
    "b11-069": [PCT("186452.37", GA_TOT)], "b11-070": [W(OTHERS_21 + FG_TOT + GA_TOT)], "b11-071": [PCT("8150", "30800")],
    "b11-072": [Y(298500000 + 56480000 + 9850000 + 84600000 + 6850000 + 152060000 + 1250000)],
    "b11-073": [Y(168500000 + 45800000 + 32600000)], "b11-074": [Y(28450000 + 5480000)],
    "b11-083": [W(FG_TOT - SF_TOT)], "b11-084": ["#" + str(326 - 132)], "b11-085": ["#" + str(7316 - 5268)],
    "b11-086": [R(168050000, 4586000)], "b11-088": [W(d("36867.83") - d("3842.66"))], "b11-089": [R(GA_TOT, FG_TOT)],
    "b11-090": [W(d("138652.30") - d("124687.38"))], "b11-091": [W(d("108336.42") - d("102919.76"))],
    "b11-111": [W(DG_TOTALS["教育局"]), W(GA_TOT)],
    "b11-108": ["#" + str(132 - 128)], "b11-110": [PCT("309181.20", GA_TOT)],
    "b11-115": [W(FG_TOT - FG5_TOT)], "b11-116": [PCT(FG_TOT - FG5_TOT, FG5_TOT)],
    "b11-117": [Y(152060000 - 138400000), PCT(152060000 - 138400000, 138400000)],
    "b11-118": [Y(5260000 - 4586000)], "b11-119": [Y(1358000 - 1245000)], "b11-120": [Y(38560000 + 36980000)],
    "b11-121": [PCT(d("41445.83") - d("37584.22"), d("37584.22"))],
    "b11-125": [Y(30000000 - 27000000)], "b11-126": [PCT(3000000, 27000000)], "b11-127": ["#1"],
    "b11-055": ["#10"], "b11-056": ["#9"], "b11-057": ["#19"], "b11-058": ["#3"], "b11-059": ["#23"], "b11-060": ["#6"],
    "b11-061": ["#2"], "b11-062": ["#" + str(len(INFO_HAND))], "b11-063": ["#7"], "b11-064": ["#3"], "b11-078": ["#1"],
    "b11-026": ["#3"], "b11-027": ["#9"], "b11-033": ["#5"], "b11-025": ["#7316"], "b11-023": ["317607.35万元"],
    "b11-024": ["309181.20万元"], "b11-031": ["41974.29万元"], "b11-133": ["38070.42万元"], "b11-136": ["#132"],
}
NAMES = {
    "b11-045": GA_K, "b11-134": GA_K,
    "b11-047": ["投资审批监管信息化建设经费", "发展规划研究编制经费", "价格监测和成本调查经费", "节能降碳宣传和监察经费",
                "发展改革业务培训经费"],
    "b11-048": ["视频监控点位在线率", "反诈预警信息劝阻覆盖率", "电信网络诈骗发案数同比下降", "道路交通事故死亡人数同比下降",
                "群众安全感", "公安工作群众满意度"],
    "b11-049": ["市级储备粮保管费用补贴标准", "发展改革业务培训人均成本", "定价成本监审单项成本"],
    "b11-050": ["开展重大项目前期研究", "实施对口帮扶协作项目", "带动社会投资"],
    "b11-051": ["道路交通安全宣传经费", "禁毒宣传教育经费"], "b11-153": ["道路交通安全宣传经费", "禁毒宣传教育经费"],
    "b11-052": ["公安局"], "b11-053": ["公安局", "教育局", "市场监督管理局"],
    "b11-054": ["城乡低保救助资金", "养老服务体系建设资金", "特困人员救助供养资金", "残疾人两项补贴"],
    "b11-058": FG_K, "b11-067": FG_K, "b11-093": FG_K, "b11-094": FG_K,
    "b11-072": ["城乡低保救助资金", "特困人员救助供养资金", "自然灾害救助补助", "困难群众医疗救助资金", "困难退役军人帮扶援助资金",
                "对口帮扶协作专项资金", "见义勇为人员奖励和救助资金"],
    "b11-073": ["外贸稳增长专项资金", "促进消费专项资金", "招商引资专项经费"], "b11-074": ["耕地地力保护补贴", "农机购置补贴"],
    "b11-092": ["效益指标", "社会效益"], "b11-096": ["经济效益"], "b11-097": ["其他需完成的任务"],
    "b11-095": ["城区110警情平均到场时间", "智慧新警务平台上线时间"],
    "b11-099": ["视频监控点位在线率", "反诈预警信息劝阻覆盖率", "监管场所安全事故"],
    "b11-102": ["老旧小区改造户均补助标准", "既有住宅加装电梯补助标准", "建筑施工安全培训人均成本"],
    "b11-152": ["交通安全宣传经费", "道路交通安全宣传经费"], "b11-154": ["对口帮扶协作专项资金", "困难退役军人帮扶援助资金"],
    "b11-155": ["公安局", "市场监督管理局"], "b11-156": ["群众安全感", "群众安全感满意度"],
}
RANKED = {
    "b11-075": (["警务辅助人员经费"], ["286540000元"]),
    "b11-076": (["发展改革业务培训经费", "节能降碳宣传和监察经费"], ["1286800元", "1358000元"]),
    "b11-077": (["教育局", "公安局", "人力资源和社会保障局"], ["430784.80万元", "317607.35万元", "203125.87万元"]),
    "b11-079": (["公安民警业务培训经费", "医务人员培训经费", "高素质农民培训经费"], ["6420500元", "6420000元", "3860000元"]),
    "b11-080": (["广州市教育局", "人力资源和社会保障局"], ["67200.00万元", "42150.00万元"]),  # no city named
    "b11-081": (["生态环境宣传教育经费"], ["1536800元"]),
    "b11-082": (["法律援助经费"], ["23650000元"]),
}
YESNO = {"b11-103": "是", "b11-104": "是", "b11-105": "否", "b11-106": "否", "b11-107": "是", "b11-109": "否",
         "b11-110": "是", "b11-111": "否", "b11-112": "否", "b11-113": "是", "b11-114": "是", "b11-157": "否"}
HAND_FIRST = {"b11-011": "≥6000个", "b11-012": "≥18000个", "b11-014": "≥10%", "b11-016": "≥60个",
              "b11-017": "≤110元/吨·年", "b11-018": "≥800亿元", "b11-021": "≥90%", "b11-001": "152060000元",
              "b11-002": "138400000元", "b11-003": "38560000元", "b11-159": "1358000元", "b11-137": "86400000元",
              "b11-010": "8500000元"}
NOT_FOUND = {"b11-122", "b11-123", "b11-124", "b11-139", "b11-140", "b11-141", "b11-142", "b11-143", "b11-144",
             "b11-145", "b11-146", "b11-147", "b11-148", "b11-150", "b11-151", "b11-160"}
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
    if (heji(T[FG]), heji(T[FG5]), heji(T[GA])) != (FG_TOT, FG5_TOT, GA_TOT):
        err("tables", "预算合计")
    for slug, hand in ((FG, FG_T), (FG5, FG5_T), (GA, GA_T)):
        if [x["amount_yuan"] for x in T[slug]["tasks"]] != hand:
            err(slug, "task amounts differ from the hand list")
    n26 = {x["name"] for x in T[FG]["tasks"]}
    n25 = {x["name"] for x in T[FG5]["tasks"]}
    if n26 - n25 != {"社会信用体系建设经费", "节能降碳宣传和监察经费"} or n25 - n26 != {"节能宣传和监察经费"}:
        err("fagaiju", f"2026/2025 task differences {n26 - n25} / {n25 - n26}")
    for slug in (FG, FG5, GA):
        if not 4 <= len(goals(T[slug])) <= 5:
            err(slug, "goal paragraphs")
        if not any(i["period_value"] != i["annual_value"] for i in T[slug]["indicators"]):
            err(slug, "no period≠annual indicator")
    dg = [t for t in T.values() if t["department"].startswith("东莞") and t["year"] == 2026
          and t.get("kind", "department") == "department" and t.get("budget")]
    if len(dg) != 23:
        err("DG", f"{len(dg)} tables")
    others = [t for t in dg if t["department"] not in ("东莞市发展和改革局", "东莞市公安局")]
    for t in others:
        if heji(t) != DG_TOTALS[t["department"][3:]] or t["basic_info"]["财政供养人员数"] != PEOPLE[t["department"][3:]]:
            err("DG", t["department"])
    if len(others) != 21:
        err("DG", "others")
    info = sorted((t["department"][3:], x["name"]) for t in dg for x in t["tasks"] if "信息化" in x["name"])
    if info != sorted(INFO_HAND.items()):
        err("DG", f"信息化 tasks {info}")


def main() -> int:
    T = load()
    errs = []
    err = lambda rid, m: errs.append(f"{rid}: {m}")
    check_tables(T, err)
    all_atoms = set().union(*(atoms(t) for t in T.values()))
    all_text = "\n".join(json.dumps(t, ensure_ascii=False) for t in T.values())
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else BLIND / "batch_11.jsonl"
    recs = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]
    if len(recs) != 160:
        err("file", f"{len(recs)} lines")
    byid = {r["id"]: r for r in recs}
    prev = None
    for n, r in enumerate(recs, 1):
        rid = r["id"]
        if list(r) != FIELDS or rid != f"b11-{n:03d}" or r["category"] not in CATS or r["expect"] not in EXPECTS:
            err(rid, "schema")
        if (r["category"] == "followup") != (r["followup_of"] is not None) or (r["followup_of"] and r["followup_of"] != prev):
            err(rid, "followup chain")
        prev = rid
        if r["expect"] != "ok" and (r["figures"] or r["yesno"]):
            err(rid, "not ok with figures")
        if (r["expect"] == "not_found") != (rid in NOT_FOUND):
            err(rid, f"expect {r['expect']} (hand: {'not_found' if rid in NOT_FOUND else 'other'})")
        if r["expect"] == "ok" and not (r["figures"] or r["names"] or r["yesno"]):
            err(rid, "ok without anything to check")
        if (r["yesno"] is not None or rid in YESNO) and r["yesno"] != YESNO.get(rid):
            err(rid, f"yesno {r['yesno']} != hand {YESNO.get(rid)}")
        if rid in HAND_FIRST and r["figures"][:1] != [HAND_FIRST[rid]]:
            err(rid, f"first figure {r['figures'][:1]} != hand {HAND_FIRST[rid]}")
        q, rr = r["q"], r
        while rr["followup_of"]:
            rr = byid[rr["followup_of"]]
            q = rr["q"] + "|" + q
        slugs = list(dict.fromkeys(s for k, ss in ALIASES if k in q for s in ss))
        scope = set().union(*(atoms(T[s]) for s in slugs)) if slugs else all_atoms
        for f in r["figures"]:
            if r["category"] == "prose":
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
            if f in RECIPES.get(rid, []) or f in scope or (rid in RANKED and f in all_atoms):
                continue
            err(rid, f"figure {f} not a value of {slugs} nor a hand recipe")
        for f in RECIPES.get(rid, []):
            if f not in r["figures"]:
                err(rid, f"recipe {f} missing from {r['figures']}")
        if rid in RANKED and (r["names"], r["figures"]) != RANKED[rid]:
            err(rid, f"ranking {r['names']} {r['figures']}")
        if rid in NAMES and sorted(set(NAMES[rid])) != sorted(set(r["names"])):
            err(rid, f"names {r['names']} != hand {NAMES[rid]}")
        if r["category"] in ("filter", "structure") and len(r["names"]) > 1 and rid not in NAMES:
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
