"""Independent check of tests/blind/batch_05.jsonl (does not use facts.py or gen_batch.py).

- schema: exact keys, ids b5-001… in order, categories and expects from the README's list
- follow-up chains: followup_of is the immediately preceding line; category followup ⇔ followup_of
- every figure has one of the documented formats, and is recomputed here from the raw tables
  (blind JSON, fixture dicts, the form .txt files) by an expression written separately per id
- not_found lines have no figures; yesno only where asked and only 是/否
- names, indicator values and prose phrases occur in the tables' text; absent strings occur in the
  tables too (they are other tables' values) but are never among the line's figures

    .venv/bin/python tests/blind/batch5_tools/verify_batch.py
"""

from __future__ import annotations

import json
import re
import sys
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
BLIND = HERE.parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))
from tests.fixtures.tables import FIXTURES  # noqa: E402

ERRORS: list[str] = []


def err(msg: str) -> None:
    ERRORS.append(msg)


# ---------------------------------------------------------------------------------------------
# raw tables
RAW: dict[str, dict] = {f.slug: f.export for f in FIXTURES}
SET = json.loads((BLIND / "batches.json").read_text(encoding="utf-8"))["batch_05.jsonl"]
expected_set = json.loads((BLIND / "batches.json").read_text(encoding="utf-8"))[
    "batch_04.jsonl"
] + ["shuiwuju_2026", "nongyenongcun_2026", "guangzhou_jiaoyuju_2026"]
if expected_set != SET:
    err("batches.json: batch_05 is not batch_04 + the three new slugs")
FORM_TEXT = {}
for s in SET:
    if s.startswith("import:"):
        path = ROOT / "tests" / "fixtures" / s[len("import:") :]
        FORM_TEXT[path.stem] = path.read_text(encoding="utf-8")
    else:
        RAW[s] = json.loads((BLIND / "tables" / f"{s}.json").read_text(encoding="utf-8"))
TXT = {
    s: (BLIND / "tables" / f"{s}.txt").read_text(encoding="utf-8")
    for s in SET
    if not s.startswith("import:")
}

ALIAS = {
    "sw": "shuiwuju_2026",
    "ny": "nongyenongcun_2026",
    "gz": "guangzhou_jiaoyuju_2026",
    "jy": "jiaoyuju_2026",
    "wj": "weijianju_2026",
    "wj5": "weijianju_2025",
    "zgh": "zonggonghui_2026",
    "zgh5": "zonggonghui_2025",
    "kj": "kejiju_2026",
    "kj5": "kejiju_2025",
    "mz": "minzhengju_2026",
    "rs": "renshe_2026",
    "cg": "chengguan_2026",
    "zr": "ziranziyuan_2026",
    "st": "shengtai_2026",
    "jt": "jiaotongju_2026",
}


def R(a: str) -> dict:
    return RAW[ALIAS[a]]


def N(x) -> Decimal:
    return Decimal(repr(x)) if isinstance(x, float) else Decimal(x)


def tk(a, name):
    hit = [t for t in R(a)["tasks"] if t["name"] == name]
    assert len(hit) == 1, (a, name)
    return N(hit[0]["amount_yuan"])


def bl(a, line):
    return N({b["name"]: b["amount_wan"] for b in R(a)["budget"]}[line])


def tot(a):
    return bl(a, "基本支出") + bl(a, "项目支出") + bl(a, "其他事业发展性支出")


def ind(a, name, which="a"):
    hit = [i for i in R(a)["indicators"] if i["level3"] == name]
    assert len(hit) == 1, (a, name)
    return hit[0]["annual_value" if which == "a" else "period_value"]


def tasks(a, lo=None, hi=None, strict=True):
    out = []
    for t in R(a)["tasks"]:
        v = N(t["amount_yuan"])
        if lo is not None and (v <= lo if strict else v < lo):
            continue
        if hi is not None and (v >= hi if strict else v > hi):
            continue
        out.append(t)
    return sorted(out, key=lambda t: -N(t["amount_yuan"]))


def dg():
    return [
        a
        for a, s in ALIAS.items()
        if R(a)["year"] == 2026 and R(a)["department"].startswith("东莞市")
    ]


def h2(x: Decimal) -> Decimal:
    return x.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def fy(x):
    x = N(x)
    s = format(x, "f")
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return s + "元"


def fw(x):
    return format(h2(N(x)), "f") + "万元"


def fp(a, b):
    return format(h2(N(a) * 100 / N(b)), "f") + "%"


def fr(a, b):
    return format(h2(N(a) / N(b)), "f")


def fc(n):
    return "#" + str(n)


def favg(total, n):
    return format(h2(N(total) / n), "f") + "元"


def form_wan(stem, label):
    """the 万元 amount printed after label in a form's text"""
    m = re.search(re.escape(label) + r"[^\d\n]*([\d,]+\.\d\d)", FORM_TEXT[stem])
    assert m, (stem, label)
    return Decimal(m.group(1).replace(",", ""))


def form_task_wan(stem, name):
    """湛江 forms: the amount printed a few lines after the task name"""
    text = FORM_TEXT[stem]
    i = text.index("\n" + name + "\n")
    m = re.search(r"\n([\d,]+\.\d\d)\n", text[i:])
    return Decimal(m.group(1).replace(",", ""))


def form_ind(stem, name, which=-1):
    """the value(s) printed after an indicator name in a form's text"""
    vals = []
    for m in re.finditer(
        "^" + re.escape(name) + r" (\S+)(?: (\S+))?$", FORM_TEXT[stem], flags=re.M
    ):
        vals.extend(v for v in m.groups() if v)
    assert vals, (stem, name)
    return vals[which]


# ---------------------------------------------------------------------------------------------
# the expected figures, per id (written independently of gen_batch.py)
sw_tot_tasks = sum(N(t["amount_yuan"]) for t in R("sw")["tasks"])
S = {
    "b5-001": lambda: [fy(tk("sw", "河涌综合整治工程经费"))],
    "b5-002": lambda: [fy(tk("sw", "污水管网建设与修复经费"))],
    "b5-003": lambda: [fy(tk("sw", "河涌综合整治工程经费") + tk("sw", "污水管网建设与修复经费"))],
    "b5-004": lambda: [fy(tk("rs", "博士后工作资助经费"))],
    "b5-005": lambda: [fy(tk("gz", "学生资助"))],
    "b5-006": lambda: [fy(tk("ny", "农机购置补贴"))],
    "b5-007": lambda: [fy(tk("zgh", "送温暖活动经费"))],
    "b5-008": lambda: [fy(tk("cg", "环卫工人关爱慰问经费"))],
    "b5-009": lambda: [],
    "b5-010": lambda: [fy(tk("cg", "执法人员业务培训经费")), fy(tk("sw", "水务执法人员培训经费"))],
    "b5-011": lambda: [fy(tk("zr", "测绘地理信息服务经费"))],
    "b5-012": lambda: [fy(tk("gz", "教师队伍建设"))],
    "b5-013": lambda: [fy(tk("jy", "教师队伍建设"))],
    "b5-014": lambda: [fy(tk("jy", "学前教育提质扩容"))],
    "b5-015": lambda: [ind("sw", "公共供水管网漏损率")],
    "b5-016": lambda: [ind("ny", "建设高标准农田面积")],
    "b5-017": lambda: [ind("ny", "建设高标准农田面积", "p")],
    "b5-018": lambda: [ind("wj", "免费产前筛查例数", "p")],
    "b5-019": lambda: [ind("gz", "教师培训人均成本")],
    "b5-020": lambda: [ind("sw", "雨污分流改造小区平均补助")],
    "b5-021": lambda: [ind("kj", "发放科技创新券")],
    "b5-022": lambda: [ind("jt", "公交准点率")],
    "b5-023": lambda: [ind("st", "智慧监测监控平台建成时间")],
    "b5-024": lambda: [ind("mz", "养老机构护理型床位占比")],
    "b5-025": lambda: [ind("gz", "建设智慧校园实验校")],
    "b5-026": lambda: [fw(tot("gz"))],
    "b5-027": lambda: [fw(tot("jy"))],
    "b5-028": lambda: [fw(tot("gz") - tot("jy"))],
    "b5-029": lambda: [fw(tot("sw"))],
    "b5-030": lambda: [fw(tot("ny"))],
    "b5-031": lambda: [fw(bl("gz", "财政拨款"))],
    "b5-032": lambda: [fc(R("cg")["basic_info"]["财政供养人员数"])],
    "b5-033": lambda: [fw(bl("zr", "基本支出"))],
    "b5-034": lambda: [fw(bl("sw", "项目支出")), fw(bl("sw", "基本支出"))],
    "b5-035": lambda: [fw(bl("jt", "其他资金"))],
    "b5-036": lambda: [fw(bl("rs", "财政专项资金"))],
    # prose: phrase, table — checked to be in the goals below
    "b5-037": lambda: ["86公里"],
    "b5-038": lambda: ["200名"],
    "b5-039": lambda: ["2处"],
    "b5-040": lambda: ["36家"],
    "b5-041": lambda: ["1200个"],
    "b5-042": lambda: ["8.6万吨"],
    "b5-043": lambda: ["12座"],
    "b5-044": lambda: [],
    "b5-045": lambda: ["264.9万元"],
    "b5-046": lambda: ["860万千瓦时"],
    "b5-047": lambda: [],
    "b5-048": lambda: [fy(t["amount_yuan"]) for t in tasks("sw", lo=50_000_000)],
    "b5-049": lambda: [fy(t["amount_yuan"]) for t in tasks("cg", hi=5_000_000)],
    "b5-050": lambda: [fy(t["amount_yuan"]) for t in tasks("gz", lo=100_000_000, strict=False)],
    "b5-051": lambda: [
        fy(v)
        for v in sorted(
            (
                N(t["amount_yuan"])
                for a in dg()
                for t in R(a)["tasks"]
                if N(t["amount_yuan"]) > 300_000_000
            ),
            reverse=True,
        )
    ],
    "b5-052": lambda: [fy(t["amount_yuan"]) for t in R("rs")["tasks"] if "补贴" in t["name"]],
    "b5-053": lambda: [
        i["annual_value"] for i in R("sw")["indicators"] if i["annual_value"] != i["period_value"]
    ],
    "b5-054": lambda: [],
    "b5-055": lambda: [fy(t["amount_yuan"]) for t in tasks("ny", lo=10_000_000)],
    "b5-056": lambda: [fy(sum(N(t["amount_yuan"]) for t in tasks("ny", lo=10_000_000)))],
    "b5-057": lambda: [
        fy(t["amount_yuan"]) for t in tasks("zr", lo=10_000_000, hi=30_000_000, strict=False)
    ],
    "b5-058": lambda: [fy(t["amount_yuan"]) for t in tasks("mz", lo=50_000_000)],
    "b5-059": lambda: [fc(len(R("sw")["tasks"]))],
    "b5-060": lambda: [fc(len(R("sw")["indicators"]))],
    "b5-061": lambda: [],
    "b5-062": lambda: [fc(len(R("kj")["indicators"]))],
    "b5-063": lambda: [fc(len(R("ny")["indicators"]))],
    "b5-064": lambda: [fc(len([i for i in R("jy")["indicators"] if i["level2"] == "数量指标"]))],
    "b5-065": lambda: [fc(len([t for t in R("mz")["tasks"] if t["section"].startswith("其他")]))],
    "b5-066": lambda: [fc(len(dg()))],
    "b5-067": lambda: [fc(len([i for i in R("rs")["indicators"] if i["level1"] == "效益指标"]))],
    "b5-068": lambda: [fc(len([i for i in R("st")["indicators"] if i["level1"] == "成本指标"]))],
    "b5-069": lambda: [fc(len(tasks("sw", lo=100_000_000)))],
    "b5-070": lambda: [fy(sw_tot_tasks)],
    "b5-071": lambda: [
        fy(sum(N(t["amount_yuan"]) for t in R("ny")["tasks"] if t["section"] == "年度重点工作任务"))
    ],
    "b5-072": lambda: [
        fy(sum(N(t["amount_yuan"]) for t in R("gz")["tasks"] if t["section"] != "年度重点工作任务"))
    ],
    "b5-073": lambda: [fy(tk("mz", "高龄津贴") + tk("mz", "残疾人两项补贴"))],
    "b5-074": lambda: [
        favg(sum(N(t["amount_yuan"]) for t in R("cg")["tasks"]), len(R("cg")["tasks"]))
    ],
    "b5-075": lambda: [fp(bl("wj", "项目支出"), tot("wj"))],
    "b5-076": lambda: [fw(bl("jt", "基本支出") + bl("jt", "其他事业发展性支出"))],
    "b5-077": lambda: [fw(sum(tot(a) for a in dg()))],
    "b5-078": lambda: [fp(bl("kj", "财政拨款"), bl("kj", "财政拨款") + bl("kj", "其他资金"))],
    "b5-079": lambda: [fw(bl("sw", "项目支出") + bl("ny", "项目支出"))],
    "b5-080": lambda: [fw(v) for v in sorted((tot(a) for a in dg()), reverse=True)[:3]],
    "b5-081": lambda: [fy(tasks("sw")[0]["amount_yuan"])],
    "b5-082": lambda: [fy(t["amount_yuan"]) for t in tasks("ny")],
    "b5-083": lambda: [fy(tasks("gz")[-1]["amount_yuan"])],
    "b5-084": lambda: [fw(max(bl(a, "项目支出") for a in dg()))],
    "b5-085": lambda: [
        fc(n)
        for n in sorted((R(a)["basic_info"]["财政供养人员数"] for a in dg()), reverse=True)[:3]
    ],
    "b5-086": lambda: [fw(min(bl(a, "基本支出") for a in dg()))],
    "b5-087": lambda: [fy(t["amount_yuan"]) for t in tasks("mz")[:3]],
    "b5-088": lambda: [fy(max(N(t["amount_yuan"]) for a in dg() for t in R(a)["tasks"]))],
    "b5-089": lambda: [fw(v) for v in sorted((bl(a, "其他资金") for a in dg()), reverse=True)[:2]],
    "b5-090": lambda: [fw(tot("sw") - tot("ny"))],
    "b5-091": lambda: [
        fy(tk("gz", "学生资助") - tk("jy", "学生资助")),
        fy(tk("gz", "学生资助")),
        fy(tk("jy", "学生资助")),
    ],
    "b5-092": lambda: [fy(tk("cg", "生活垃圾无害化处理经费") - tk("cg", "市容环境卫生保洁经费"))],
    "b5-093": lambda: [fr(tk("rs", "就业创业补贴资金"), tk("rs", "职业技能提升行动经费"))],
    "b5-094": lambda: [fw(bl("sw", "项目支出") - bl("st", "项目支出"))],
    "b5-095": lambda: [ind("jy", "教师培训人均成本"), ind("gz", "教师培训人均成本")],
    "b5-096": lambda: [fy(tk("st", "生态环境宣传教育经费") - tk("sw", "节水宣传教育经费"))],
    "b5-097": lambda: [fw(bl("jt", "项目支出") - bl("wj", "项目支出"))],
    "b5-098": lambda: [
        fr(R("gz")["basic_info"]["财政供养人员数"], R("jy")["basic_info"]["财政供养人员数"])
    ],
    "b5-099": lambda: [fw(bl("zr", "财政拨款") - bl("st", "财政拨款"))],
    "b5-100": lambda: [],
    "b5-101": lambda: ["25条"],
    "b5-102": lambda: [],
    "b5-103": lambda: [
        i["annual_value"] for i in R("jt")["indicators"] if i["level2"] == "时效指标"
    ],
    "b5-104": lambda: ["68000人次"],
    "b5-105": lambda: [fc(len(R("cg")["goals"]))],
    "b5-106": lambda: [ind("sw", "防洪排涝长效机制")],
    "b5-107": lambda: [ind("zr", "土地节约集约利用水平")],
    "b5-108": lambda: [fy(tk("ny", "高标准农田建设资金"))],
    "b5-109": lambda: [],
    "b5-110": lambda: [],
    "b5-111": lambda: [fy(tk("sw", "防汛防旱应急保障经费"))],
    "b5-112": lambda: [fy(tk("mz", "高龄津贴"))],
    "b5-113": lambda: [],
    "b5-114": lambda: [],
    "b5-115": lambda: [ind("cg", "路灯亮灯率")],
    "b5-116": lambda: [fw(tot("sw"))],
    "b5-117": lambda: [ind("jt", "公交运营线路数")],
    "b5-118": lambda: [],
    "b5-119": lambda: [fy(tk("wj", "健康宣传教育经费"))],
    "b5-120": lambda: [fy(tk("rs", "技工院校学生资助经费"))],
    "b5-121": lambda: [fw(tot("wj"))],
    "b5-122": lambda: [fw(tot("wj") - tot("wj5"))],
    "b5-123": lambda: [
        fy(tk("zgh", "送温暖活动经费") - tk("zgh5", "送温暖活动经费")),
        fp(
            tk("zgh", "送温暖活动经费") - tk("zgh5", "送温暖活动经费"), tk("zgh5", "送温暖活动经费")
        ),
    ],
    "b5-124": lambda: [
        fy(tk("kj", "科技创新券补助") - tk("kj5", "科技创新券补助")),
        fp(tk("kj", "科技创新券补助") - tk("kj5", "科技创新券补助"), tk("kj5", "科技创新券补助")),
    ],
    "b5-125": lambda: [],
    "b5-126": lambda: [],
    "b5-127": lambda: [fy(tk("wj", "家庭医生签约服务补助") - tk("wj5", "家庭医生签约服务补助"))],
    "b5-128": lambda: [fp(tot("zgh") - tot("zgh5"), tot("zgh5"))],
    "b5-129": lambda: [],
    "b5-130": lambda: [fw(tot("kj") - tot("kj5"))],
    "b5-131": lambda: [ind("wj5", "居民健康素养水平"), ind("wj", "居民健康素养水平")],
    "b5-132": lambda: [],
    "b5-133": lambda: [fy(tk("sw", "河涌综合整治工程经费"))],
    "b5-134": lambda: [fy(tk("ny", "高标准农田建设资金"))],
    "b5-135": lambda: [fy(tk("gz", "学生资助"))],
    "b5-136": lambda: [fy(tk("sw", "污水管网建设与修复经费"))],
    "b5-137": lambda: [fy(tk("rs", "就业创业补贴资金"))],
    "b5-138": lambda: [fy(tk("zr", "地质灾害防治经费"))],
    "b5-139": lambda: [fy(tk("cg", "生活垃圾无害化处理经费"))],
    "b5-140": lambda: [fy(tk("wj", "家庭医生签约服务补助"))],
    "b5-141": lambda: [fy(tk("mz", "高龄津贴"))],
    "b5-142": lambda: [fy(tk("kj", "科普活动经费"))],
    **{f"b5-{n:03d}": (lambda: []) for n in range(143, 162)},
    "b5-162": lambda: [ind("jy", "建设智慧校园示范学校")],
    "b5-163": lambda: [
        fw(form_wan("project_approval_2020_unseen", "本年度申请市财政预算资金（万元）"))
    ],
    "b5-164": lambda: [fw(form_wan("project_approval_2020_unseen", "中期市财政预算（万元）"))],
    "b5-165": lambda: [form_ind("project_approval_2020_unseen", "新建截污管网长度", -1)],
    "b5-166": lambda: [fw(form_wan("project_target_2026", "年度资金总额"))],
    "b5-167": lambda: [form_ind("project_target_2026", "物业服务单价", -1)],
    "b5-168": lambda: [],
    "b5-169": lambda: [
        re.search(
            r"65岁及以上老年人健康管理率 (\S+) (\S+)", FORM_TEXT["project_target_2025_unseen"]
        ).group(2)
    ],
    "b5-170": lambda: [fw(form_wan("project_approval_2019", "本年度申请市财政预算资金（万元）"))],
    "b5-171": lambda: [form_ind("project_approval_2020_unseen", "受益人口", -1)],
    "b5-172": lambda: [fw(form_wan("project_target_2025_unseen", "其中：财政拨款"))],
    "b5-173": lambda: [fy(tk("jy", "学生资助")), fy(tk("gz", "学生资助"))],
    "b5-174": lambda: [fw(tot("gz")), fw(tot("jy"))],
    "b5-175": lambda: [
        fy(tk("ny", "高标准农田建设资金")),
        fy(form_task_wan("zhanjiang_2024_unseen", "高标准农田建设") * 10000),
    ],
    "b5-176": lambda: [fy(form_task_wan("zhanjiang_2024_unseen", "动物疫病防控") * 10000)],
    "b5-177": lambda: [ind("ny", "高标准农田亩均投入")],
    "b5-178": lambda: [form_ind("zhanjiang_2024_unseen", "高标准农田亩均投入")],
    "b5-179": lambda: [ind("jy", "普惠性幼儿园覆盖率")],
    "b5-180": lambda: [ind("gz", "新增公办幼儿园学位数")],
    "b5-181": lambda: [
        form_ind("zhanjiang_2024_unseen", "培训高素质农民人次"),
        ind("ny", "培训高素质农民"),
    ],
    "b5-182": lambda: [
        fc(R("jy")["basic_info"]["财政供养人员数"]),
        fc(R("gz")["basic_info"]["财政供养人员数"]),
    ],
    "b5-183": lambda: [form_ind("zhanjiang_2025", "新改建农村公路里程")],
}
# prose lines: (table, phrase) — phrase must be in that table's goals
PROSE = {
    "b5-037": ("sw", "86公里"),
    "b5-038": ("rs", "200名"),
    "b5-039": ("mz", "2处"),
    "b5-040": ("wj", "36家"),
    "b5-041": ("sw", "1200个"),
    "b5-042": ("ny", "8.6万吨"),
    "b5-043": ("jt", "12座"),
    "b5-045": ("zgh", "264.9万元"),
    "b5-046": ("cg", "860万千瓦时"),
    "b5-104": ("gz", "68000人次"),
}
PROSE_NAMES = {"b5-044": ("ny", ["莞香", "麻涌香蕉", "厚街荔枝"]), "b5-047": ("gz", ["护校安园"])}

CATS = [
    "item_money",
    "indicator",
    "overview",
    "prose",
    "filter",
    "count",
    "aggregate",
    "ranking",
    "compare",
    "structure",
    "yesno",
    "yoy",
    "typo",
    "not_found",
    "trap",
    "followup",
    "project",
    "city",
]
EXPECTS = {"ok", "not_found", "clarify", "ok_or_clarify"}
KEYS = [
    "id",
    "q",
    "category",
    "expect",
    "figures",
    "names",
    "yesno",
    "absent",
    "followup_of",
    "note",
]

FMT = [
    ("yuan", re.compile(r"^-?\d+(\.\d+)?元$")),
    ("wan", re.compile(r"^-?\d+\.\d\d万元$")),
    ("pct", re.compile(r"^-?\d+\.\d\d%$")),
    ("ratio", re.compile(r"^\d+\.\d\d$")),
    ("count", re.compile(r"^#\d+$")),
]

# all the text of every table in the set (for names, printed values, absent strings)
CORPUS = (
    "\n".join(json.dumps(t, ensure_ascii=False) for t in RAW.values())
    + "\n".join(FORM_TEXT.values())
    + "\n".join(TXT.values())
)
EXTRA_NAMES = {"东莞", "广州", "湛江"}


def main() -> int:
    rows = [
        json.loads(line)
        for line in (BLIND / "batch_05.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    prev = None
    for n, r in enumerate(rows, 1):
        rid = r.get("id")
        if list(r.keys()) != KEYS:
            err(f"{rid}: keys {list(r.keys())}")
        if rid != f"b5-{n:03d}":
            err(f"{rid}: expected id b5-{n:03d}")
        if r["category"] not in CATS:
            err(f"{rid}: category {r['category']}")
        if r["expect"] not in EXPECTS:
            err(f"{rid}: expect {r['expect']}")
        if not r["q"].strip() or not r["note"].strip():
            err(f"{rid}: empty q or note")
        # follow-ups
        if r["followup_of"] is not None and (prev is None or r["followup_of"] != prev["id"]):
            err(f"{rid}: followup_of {r['followup_of']} is not the preceding line")
        if (r["category"] == "followup") != (r["followup_of"] is not None):
            err(f"{rid}: category followup ⇔ followup_of broken")
        # yes/no
        if r["yesno"] is not None and r["yesno"] not in ("是", "否"):
            err(f"{rid}: yesno {r['yesno']}")
        if (r["yesno"] is not None) != (r["category"] == "yesno"):
            err(f"{rid}: yesno set outside yesno category or missing in it")
        # not_found
        if r["expect"] == "not_found" and (r["figures"] or r["names"]):
            err(f"{rid}: not_found with figures/names")
        if r["expect"] == "clarify" and r["figures"]:
            err(f"{rid}: clarify with figures")
        # figures: format or printed in tables
        for f in r["figures"]:
            kind = next((k for k, rx in FMT if rx.match(f)), None)
            if kind is None and f not in CORPUS:
                err(
                    f"{rid}: figure {f!r} has no documented format and is not printed in the tables"
                )
            # 元 with decimals: an average (exactly two) or an amount's own decimals (no trailing 0)
            if kind == "yuan" and "." in f and not re.search(r"\.\d\d元$", f) and f.endswith("0元"):
                err(f"{rid}: figure {f!r} has trailing zeros")
        # recompute
        spec = S.get(rid)
        if spec is None:
            err(f"{rid}: no independent spec")
        else:
            try:
                want = spec()
            except Exception as e:  # noqa: BLE001
                err(f"{rid}: spec failed: {e!r}")
                want = None
            if want is not None and want != r["figures"]:
                err(f"{rid}: figures {r['figures']} != recomputed {want}")
        # prose phrases in the goals
        if rid in PROSE:
            a, ph = PROSE[rid]
            if ph not in "".join(R(a)["goals"]):
                err(f"{rid}: {ph} not in {a} goals")
            if ph not in r["figures"]:
                err(f"{rid}: prose phrase not among figures")
        if rid in PROSE_NAMES:
            a, phs = PROSE_NAMES[rid]
            for ph in phs:
                if ph not in "".join(R(a)["goals"]):
                    err(f"{rid}: {ph} not in {a} goals")
            if r["names"] != phs:
                err(f"{rid}: names {r['names']} != {phs}")
        if r["category"] == "prose" and rid not in PROSE and rid not in PROSE_NAMES:
            err(f"{rid}: prose line without a checked phrase")
        # names occur in the tables
        for nm in r["names"]:
            if nm not in CORPUS and nm not in EXTRA_NAMES:
                err(f"{rid}: name {nm!r} not in any table")
        # absent strings: a real value of some table, never among figures
        for ab in r["absent"]:
            if ab in r["figures"]:
                err(f"{rid}: absent {ab!r} is also a figure")
            raw = ab
            m = re.match(r"^(\d+)元$", ab)
            if m:
                v = Decimal(m.group(1))
                found = any(
                    N(t["amount_yuan"]) == v
                    for t in (x for tb in RAW.values() for x in tb["tasks"])
                )
                if not found:
                    err(f"{rid}: absent {ab!r} is no task amount")
                continue
            m = re.match(r"^(\d+\.\d\d)万元$", ab)
            if m:
                v = Decimal(m.group(1))
                totals = {
                    h2(
                        sum(
                            N(b["amount_wan"])
                            for b in tb["budget"]
                            if b["name"] in ("基本支出", "项目支出", "其他事业发展性支出")
                        )
                    )
                    for tb in RAW.values()
                }
                lines = {h2(N(b["amount_wan"])) for tb in RAW.values() for b in tb["budget"]}
                zj = form_wan("zhanjiang_2024_unseen", "基本支出") + form_wan(
                    "zhanjiang_2024_unseen", "项目支出"
                )
                if v not in totals | lines | {zj}:
                    err(f"{rid}: absent {ab!r} is no budget figure")
                continue
            if raw not in CORPUS:
                err(f"{rid}: absent {ab!r} not in any table")
        prev = r

    # counts
    from collections import Counter

    cats = Counter(r["category"] for r in rows)
    for c in CATS:
        if not 8 <= cats[c] <= 13:
            err(f"category {c}: {cats[c]} lines (want about 10)")
    if not 170 <= len(rows) <= 195:
        err(f"{len(rows)} lines (want about 180)")
    for e in ERRORS:
        print("ERROR", e)
    print(f"{len(rows)} lines checked, {len(ERRORS)} errors")
    return 1 if ERRORS else 0


if __name__ == "__main__":
    sys.exit(main())
