"""Second, independent check of tests/blind/batch_06.jsonl (0 errors required).

Written apart from gen_batch6.py / truth6.py: it loads the tables itself, and
- checks the schema (fields, ids, categories, expect, follow-up chains, figure formats);
- accepts a figure only if it is a stored value of a table the question names (task amount,
  budget line or 预算合计, project fund, indicator value, basic-info count) or equals a recipe
  typed here by hand from the printed tables (sums, differences, ratios, percentages, counts);
- checks the member lists of list questions against lists typed here by hand (order for rankings);
- checks every prose figure occurs in the table's copied text (line breaks removed);
- checks every name occurs among the tables' words and every absent string is a real
  look-alike value that is not among the question's figures.
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
        "compare", "structure", "yesno", "yoy", "typo", "not_found", "trap", "followup", "project", "city"}
EXPECTS = {"ok", "not_found", "clarify", "ok_or_clarify"}
FIELDS = ["id", "q", "category", "expect", "figures", "names", "yesno", "absent", "followup_of", "note"]


# ------------------------------------------------------------------ tables, loaded here
def dec(v) -> Decimal:
    return Decimal(str(v))


def load_tables() -> dict:
    batches = json.loads((BLIND / "batches.json").read_text(encoding="utf-8"))
    names = batches["batch_06.jsonl"]
    tabs = {}
    from tests.fixtures.tables import FIXTURES
    for f in FIXTURES:
        tabs[f.slug] = dict(f.export, _text="")
    forms = json.loads((HERE / "forms6_truth.json").read_text(encoding="utf-8"))
    for n in names:
        if n.startswith("import:"):
            rel = n[len("import:"):]
            slug = Path(rel).stem
            text = (ROOT / "tests" / "fixtures" / rel).read_text(encoding="utf-8")
            tabs[slug] = dict(forms[slug], _text=text.replace("\n", ""))
        else:
            d = json.loads((BLIND / "tables" / f"{n}.json").read_text(encoding="utf-8"))
            text = (BLIND / "tables" / f"{n}.txt").read_text(encoding="utf-8")
            tabs[n] = dict(d, _text=text.replace("\n", ""))
    return tabs


def fmt_yuan(x: Decimal) -> str:
    x = dec(x)
    return f"{int(x)}元" if x == int(x) else f"{x.normalize()}元"


def r2(x: Decimal) -> Decimal:
    return dec(x).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def fmt_wan(x) -> str:
    return f"{r2(x)}万元"


def heji(t) -> Decimal | None:
    b = {x["name"]: dec(x["amount_wan"]) for x in t.get("budget", [])}
    if "基本支出" not in b:
        return None
    return b["基本支出"] + b["项目支出"] + b.get("其他事业发展性支出", Decimal(0))


def atoms(t) -> set[str]:
    out = set()
    for x in t.get("tasks", []):
        out.add(fmt_yuan(x["amount_yuan"]))
    for x in t.get("budget", []):
        out.add(fmt_wan(x["amount_wan"]))
    for x in t.get("funds", []):
        out.add(fmt_wan(x["amount_wan"]))
    if heji(t) is not None:
        out.add(fmt_wan(heji(t)))
    for i in t.get("indicators", []):
        out.add(i["annual_value"])
        if i.get("period_value"):
            out.add(i["period_value"])
    for v in (t.get("basic_info") or {}).values():
        out.add(f"#{v}")
    return out


def vocab(t) -> set[str]:
    out = {t["department"], t["department"][3:], t.get("project", ""), t.get("unit", "")}
    for x in t.get("tasks", []):
        out.add(x["name"])
    for i in t.get("indicators", []):
        out.update([i["level1"], i["level2"], i["level3"]])
    return {w for w in out if w}


# which tables a question names (aliases as staff write them, typos included)
ALIASES = [
    ("应急指挥信息化平台", ["yingji_xinxihua_2026", "yingji_2026"]), ("应急指挥平台", ["yingji_xinxihua_2026"]),
    ("应急", ["yingji_2026"]), ("应机", ["yingji_2026"]),
    ("市监", ["shijianju_2026"]), ("市场监", ["shijianju_2026"]),
    ("卫健", ["weijianju_2026", "weijianju_2025"]), ("水务", ["shuiwuju_2026"]),
    ("民政", ["minzhengju_2026"]), ("民证", ["minzhengju_2026"]), ("生态环境", ["shengtai_2026"]),
    ("总工会", ["zonggonghui_2026", "zonggonghui_2025"]), ("科技局", ["kejiju_2026", "kejiju_2025"]),
    ("城管", ["chengguan_2026"]), ("自然资源", ["ziranziyuan_2026"]), ("自燃资源", ["ziranziyuan_2026"]),
    ("人社", ["renshe_2026"]), ("人设", ["renshe_2026"]), ("水物", ["shuiwuju_2026"]),
    ("农业农村", ["nongyenongcun_2026"]), ("教育局", ["jiaoyuju_2026"]),
    ("镇际联网路", ["project_approval_2019"]), ("基本公共卫生服务补助", ["project_target_2025_unseen"]),
    ("湛江交通", ["zhanjiang_2025"]), ("湛江市交通", ["zhanjiang_2025"]), ("湛江农业", ["zhanjiang_2024_unseen"]),
    ("东莞交通", ["jiaotongju_2026"]), ("交通局", ["jiaotongju_2026"]),
    ("广州", ["guangzhou_jiaoyuju_2026"]), ("东莞教育", ["jiaoyuju_2026"]),
    ("物业管理费", ["project_target_2026"]), ("东江与运河", ["project_approval_2020_unseen"]),
]


def named(q: str) -> list[str]:
    out = []
    for key, slugs in ALIASES:
        if key in q:
            out += slugs
    return out


# ------------------------------------------------------------------ hand-typed expectations
# derived figures, typed from the printed tables
def pct(a, b):
    return f"{r2(dec(a) * 100 / dec(b))}%"


DG_TOTALS = {  # 预算合计 of the 14 东莞 2026 部门整体 tables, 万元, as printed (基本+项目+其他事业发展性)
    "教育局": dec("125430.18") + dec("286754.62") + dec("18600"),
    "人力资源和社会保障局": dec("12386.54") + dec("186420.73") + dec("4318.60"),
    "交通运输局": dec("5428.66") + dec("138652.30") + dec("2145.00"),
    "水务局": dec("8236.54") + dec("124687.38") + dec("2415.60"),
    "城市管理和综合执法局": dec("15832.09") + dec("97468.35") + dec("2960.00"),
    "卫生健康局": dec("8652.37") + dec("96418.25") + dec("3265.80"),
    "自然资源局": dec("9876.43") + dec("84532.17") + dec("1864.50"),
    "民政局": dec("6824.15") + dec("72368.90") + dec("1587.30"),
    "农业农村局": dec("6518.27") + dec("68945.36") + dec("1836.90"),
    "生态环境局": dec("7245.18") + dec("58930.64") + dec("1372.40"),
    "市场监督管理局": dec("23458.63") + dec("38264.95") + dec("2176.40"),
    "科学技术局": dec("2356.78") + dec("48620.50") + dec("1210"),
    "应急管理局": dec("5386.72") + dec("42615.48") + dec("1268.30"),
    "总工会": dec("1666.42") + dec("2180.04") + dec("352.44"),
}
Y_TASKS = [38650000, 126480000, 24360000, 18725000, 15940000, 9850000, 6472500, 3128000, 2365800]

RECIPES = {
    "b6-003": [fmt_yuan(24360000 + 18725000)],
    "b6-049": [fmt_yuan(1426000 + 1268500)],
    "b6-069": [fmt_yuan(sum(Y_TASKS))],
    "b6-070": [fmt_yuan(685000000 + 126800000 + 58300000 + 21650000 + 3280000 + 9740000 + 1860000 + 7420000)],
    "b6-071": [fmt_yuan(38650000 + 126480000)],
    "b6-072": [fmt_yuan(298500000 + 132600000)],
    "b6-073": [fmt_wan(DG_TOTALS["应急管理局"] + DG_TOTALS["市场监督管理局"])],
    "b6-074": [f"{r2(dec(sum(Y_TASKS)) / 9)}元"],
    "b6-075": [pct("8236.54", DG_TOTALS["水务局"])],
    "b6-076": [pct(38650000 + 126480000, sum(Y_TASKS))],
    "b6-077": [f"{r2(dec(92400000 + 67850000 + 41275000 + 28460000 + 15930000 + 5680000 + 1536800) / 7)}元"],
    "b6-078": [fmt_wan(sum(DG_TOTALS.values()))],
    "b6-091": [fmt_wan(DG_TOTALS["市场监督管理局"] - DG_TOTALS["应急管理局"])],
    "b6-094": [fmt_yuan(15940000 - 12380000)],
    "b6-096": [fmt_yuan(2146500 - 1268500)],
    "b6-097": ["#" + str(486 - 143)],
    "b6-095": [fmt_wan(DG_TOTALS["水务局"] - DG_TOTALS["生态环境局"])],
    "b6-098": [str(r2(dec(486300000) / dec(153270000)))],
    "b6-099": [str(r2(dec("42615.48") / dec("5386.72")))],
    "b6-100": [fmt_yuan(412650000 - 86400000)],
    "b6-121": [fmt_yuan(86400000 - 79800000)],
    "b6-122": [pct(86400000 - 79800000, 79800000)],
    "b6-123": [fmt_wan((dec("8652.37") + dec("96418.25") + dec("3265.80"))
                       - (dec("8315.62") + dec("91206.48") + dec("3102.50")))],
    "b6-124": [pct(1950000 - 1800000, 1800000)],
    "b6-125": [fmt_yuan(185000000 - 172000000)],
    "b6-126": ["#" + str(312 - 305)],
    "b6-129": ["#" + str(6 - 4)],
    "b6-130": [pct(dec("96418.25") - dec("91206.48"), dec("91206.48"))],
    "b6-177": [fmt_wan(dec("286453.72") + dec("512386.45") + dec("24350") - DG_TOTALS["教育局"])],
    "b6-086": ["#" + str(sorted(DG_TOTALS, key=lambda k: -DG_TOTALS[k]).index("应急管理局") + 1)],
    "b6-065": ["#" + str(len(DG_TOTALS))],
}

# counts, computed here from the loaded tables (independent code path)
COUNTS = {
    "b6-058": lambda T: len(T["yingji_2026"]["tasks"]),
    "b6-060": lambda T: len(T["shijianju_2026"]["indicators"]),
    "b6-061": lambda T: len(T["yingji_2026"]["indicators"]),
    "b6-062": lambda T: len(T["chengguan_2026"]["tasks"]),
    "b6-063": lambda T: sum(1 for x in T["yingji_2026"]["indicators"] if x["level2"] == "数量指标"),
    "b6-064": lambda T: len(T["jiaoyuju_2026"]["indicators"]),
    "b6-066": lambda T: len(T["yingji_xinxihua_2026"]["indicators"]),
    "b6-067": lambda T: sum(1 for x in T["ziranziyuan_2026"]["indicators"] if x["level2"] == "质量指标"),
    "b6-068": lambda T: len(T["zhanjiang_2024_unseen"]["indicators"]),
    "b6-178": lambda T: len(T["zhanjiang_2025"]["tasks"]),
    "b6-085": lambda T: 1026,
    "b6-030": lambda T: T["yingji_2026"]["basic_info"]["财政供养人员数"],
    "b6-031": lambda T: T["ziranziyuan_2026"]["basic_info"]["财政供养人员数"],
}

# member lists, typed by hand from the printed tables
NAMES = {
    "b6-047": ["安全生产监管执法经费", "综合应急救援队伍建设经费", "森林防火经费", "应急物资储备经费", "应急指挥信息化建设经费"],
    "b6-048": ["食品安全宣传经费", "执法人员业务培训经费"],
    "b6-050": ["食品安全抽检监测经费", "特种设备安全监管经费", "市场监管信息化建设经费"],
    "b6-051": ["就业创业补贴资金", "职业技能提升行动经费", "城乡居民养老保险财政补贴", "高层次人才引进培养经费"],
    "b6-052": ["河涌综合整治数量", "新建及修复污水管网长度", "公共供水管网漏损率", "城市生活污水集中收集率"],
    "b6-053": ["安全生产执法检查", "开展应急救援联合演练", "安全生产培训", "公众防灾减灾知识知晓率"],
    "b6-054": ["生态环境智慧监控信息化建设经费", "生态环境执法能力建设经费", "生态环境宣传教育经费"],
    "b6-055": ["救援队伍到场时间", "受灾群众救助资金发放", "应急指挥信息化平台上线时间"],
    "b6-056": ["教育局", "人力资源和社会保障局", "交通运输局", "水务局", "城市管理和综合执法局", "卫生健康局"],
    "b6-057": ["城乡低保救助资金", "养老服务体系建设资金", "特困人员救助供养资金", "残疾人两项补贴"],
    "b6-059": ["安全生产监管执法经费", "综合应急救援队伍建设经费"],
    "b6-079": ["综合应急救援队伍建设经费"],
    "b6-080": ["安全生产监管执法经费"],
    "b6-081": ["环卫工人关爱慰问经费"],
    "b6-082": ["乡村振兴示范带建设资金", "高标准农田建设资金", "耕地地力保护补贴"],
    "b6-083": ["总工会"],
    "b6-084": ["教育局", "市场监督管理局", "城市管理和综合执法局"],
    "b6-085": ["市场监督管理局"],
    "b6-087": ["总工会", "市场监督管理局", "应急管理局"],
    "b6-088": ["公办中小学学位建设", "教育局"],
    "b6-089": ["教育局", "人力资源和社会保障局"],
    "b6-090": ["教育信息化建设", "教育局"],
    "b6-101": ["安全生产监管执法经费", "综合应急救援队伍建设经费"],
    "b6-103": ["安全生产培训人均成本", "应急救援队伍建设补助标准"],
    "b6-102": ["公办中小学学位建设", "学前教育提质扩容", "学生资助", "教师队伍建设", "教育信息化建设"],
    "b6-106": ["农户满意度", "培训学员满意度"],
    "b6-108": ["补贴资金拨付", "劳动保障监察举报投诉案件按期结案率", "人社一体化信息平台上线时间"],
    "b6-109": ["农村生活污水治理率", "化肥农药使用量"],
    "b6-110": ["重大事故隐患整改率", "应急物资储备完好率", "灾害预警信息发布覆盖率"],
}
# ranking figures, typed by hand
RANK_FIGS = {
    "b6-082": ["152600000元", "95600000元", "28450000元"],
    "b6-083": ["4198.90万元"],
    "b6-084": ["125430.18万元", "23458.63万元", "15832.09万元"],
    "b6-087": ["2180.04万元", "38264.95万元", "42615.48万元"],
    "b6-088": ["1200000000元"],
    "b6-089": ["32272.44万元", "6383.72万元"],
    "b6-090": ["76450000.5元"],
}

FORMATS = [
    ("yuan", re.compile(r"^\d+(\.\d+)?元$")),
    ("wan", re.compile(r"^\d+\.\d{2}万元$")),
    ("pct", re.compile(r"^\d+\.\d{2}%$")),
    ("ratio", re.compile(r"^\d+\.\d{2}$")),
    ("count", re.compile(r"^#\d+$")),
]


def main() -> int:
    T = load_tables()
    errors: list[str] = []

    def err(rid, msg):
        errors.append(f"{rid}: {msg}")

    # forms: the checked export must agree with the form text
    for slug, t in T.items():
        if not t.get("_text"):
            continue
        txt = t["_text"]
        for x in t.get("tasks", []):
            if x["name"] not in txt:
                err(slug, f"task {x['name']} not in text")
        for i in t.get("indicators", []):
            if i["level3"] not in txt and i["level3"].replace("", "") not in txt:
                err(slug, f"indicator {i['level3']} not in text")
            if i["annual_value"] not in txt:
                err(slug, f"value {i['annual_value']} not in text")
        goals = t["goals"] if isinstance(t["goals"], list) else t["goals"]["period"] + t["goals"]["annual"]
        for g in goals + list(t.get("period_goals") or []):
            if g not in txt:
                err(slug, f"goal not in text: {g[:20]}")

    all_atoms = set().union(*(atoms(t) for t in T.values()))
    all_vocab = set().union(*(vocab(t) for t in T.values())) | {"东莞", "广州", "湛江"}
    all_text = "\n".join(t.get("_text", "") for t in T.values()) + "\n" + "\n".join(
        g for t in T.values() for g in (t["goals"] if isinstance(t["goals"], list) else []))

    lines = (BLIND / "batch_06.jsonl").read_text(encoding="utf-8").splitlines()
    prev = None
    for n, line in enumerate(lines, 1):
        r = json.loads(line)
        rid = r.get("id")
        if list(r) != FIELDS:
            err(rid, f"fields {list(r)}")
        if rid != f"b6-{n:03d}":
            err(rid, "id out of sequence")
        if r["category"] not in CATS:
            err(rid, "category")
        if r["expect"] not in EXPECTS:
            err(rid, "expect")
        if (r["category"] == "followup") != (r["followup_of"] is not None):
            err(rid, "followup category / followup_of mismatch")
        if r["followup_of"] is not None and r["followup_of"] != prev:
            err(rid, "followup_of is not the preceding line")
        if r["expect"] == "not_found" and (r["figures"] or r["yesno"]):
            err(rid, "not_found with figures or yes/no")
        if r["category"] == "yesno" and r["yesno"] not in ("是", "否"):
            err(rid, "yesno missing")
        if r["yesno"] not in (None, "是", "否"):
            err(rid, "yesno value")
        if not r["note"] and r["category"] in ("not_found", "trap"):
            err(rid, "trap without note")
        prev = rid

        # the tables the question (or its chain) names
        chain_q = r["q"]
        k = n  # 1-based line number of the current record
        rr = r
        while rr["followup_of"]:
            k -= 1
            rr = json.loads(lines[k - 1])
            chain_q = rr["q"] + "|" + chain_q
        slugs = named(chain_q)
        scope_atoms = set().union(*(atoms(T[s]) for s in slugs)) if slugs else all_atoms

        recipe = RECIPES.get(rid)
        if rid in COUNTS:
            recipe = (recipe or []) + [f"#{COUNTS[rid](T)}"]
        for f in r["figures"]:
            if r["category"] == "prose" or (r["category"] in ("city", "project") and f in ("12座", "3000路", "400家")):
                if f not in all_text:
                    err(rid, f"prose {f} not in any table text")
                continue
            kinds = [k2 for k2, rx in FORMATS if rx.match(f)]
            is_value = any(f == i["annual_value"] or f == i.get("period_value")
                           for t in T.values() for i in t.get("indicators", []))
            if not kinds and not is_value:
                err(rid, f"figure format {f!r}")
            if f in scope_atoms:
                continue
            if recipe and f in recipe:
                continue
            if rid in RANK_FIGS and f in RANK_FIGS[rid] and f in all_atoms:
                continue
            err(rid, f"figure {f} neither a value of {slugs or 'any table'} nor a hand recipe")
        # a named task / indicator binds the figures: the first figure must be a value of it
        scoped = [T[s] for s in slugs] if slugs else list(T.values())
        if r["figures"] and r["names"] and r["category"] not in ("prose", "ranking", "compare", "aggregate", "yoy"):
            own = set()
            for t in scoped:
                for x in t.get("tasks", []):
                    if x["name"] in r["names"]:
                        own.add(fmt_yuan(x["amount_yuan"]))
                for i in t.get("indicators", []):
                    if i["level3"] in r["names"]:
                        own.update([i["annual_value"], i.get("period_value")])
            if own and r["expect"] == "ok" and r["figures"][0] not in own:
                err(rid, f"first figure {r['figures'][0]} is no value of the named {r['names']}")
        if recipe:
            for f in recipe:
                if f not in r["figures"]:
                    err(rid, f"hand recipe {f} missing from figures {r['figures']}")
        if rid in RANK_FIGS and RANK_FIGS[rid] != r["figures"]:
            err(rid, f"ranking figures {r['figures']} != {RANK_FIGS[rid]}")
        if rid in NAMES and NAMES[rid] != r["names"]:
            err(rid, f"names {r['names']} != hand list {NAMES[rid]}")
        for nm in r["names"]:
            if nm not in all_vocab and not any(nm in v for v in all_vocab):
                err(rid, f"name {nm} not a word of the tables")
        for a in r["absent"]:
            if a in r["figures"]:
                err(rid, f"absent {a} among figures")
            if a not in all_atoms and a not in all_text:
                err(rid, f"absent {a} is no value of any table")

    for e in errors:
        print(e)
    print(f"{len(lines)} questions checked, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
