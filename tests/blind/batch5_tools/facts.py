"""Load every table batch 5 is written against, as plain dicts with Decimal amounts.

- the five fixture tables (tests/fixtures/tables.py; needs the worktree's venv for its imports)
- the blind tables listed for batch_05 in tests/blind/batches.json (tests/blind/tables/<slug>.json)
- the form files (import:forms/...) are read from their .txt by hand: only the facts the
  questions use are written down in FORMS below (each value is checked to occur in the .txt).

    .venv/bin/python tests/blind/batch5_tools/facts.py     # prints a summary
"""

from __future__ import annotations

import json
import sys
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
BLIND = HERE.parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))

from tests.fixtures.tables import FIXTURES  # noqa: E402

NEW = ["shuiwuju_2026", "nongyenongcun_2026", "guangzhou_jiaoyuju_2026"]
KEY = "年度重点工作任务"
OTHER = "其他需完成的任务"


def D(x) -> Decimal:
    return Decimal(str(x))


def _norm(t: dict, slug: str, source: str) -> dict:
    return {
        "slug": slug,
        "source": source,
        "department": t["department"],
        "year": t["year"],
        "basic_info": dict(t.get("basic_info", {})),
        "budget": {b["name"]: D(b["amount_wan"]) for b in t.get("budget", [])},
        "goals": list(t["goals"]),
        "tasks": [dict(x, amount=D(x["amount_yuan"])) for x in t["tasks"]],
        "indicators": [dict(i) for i in t["indicators"]],
    }


def batch_slugs() -> list[str]:
    batches = json.loads((BLIND / "batches.json").read_text(encoding="utf-8"))
    return batches["batch_05.jsonl"]


def load() -> dict[str, dict]:
    tables: dict[str, dict] = {}
    for f in FIXTURES:
        tables[f.slug] = _norm(f.export, f.slug, "fixture")
    for slug in batch_slugs():
        if slug.startswith("import:"):
            continue
        t = json.loads((BLIND / "tables" / f"{slug}.json").read_text(encoding="utf-8"))
        tables[slug] = _norm(t, slug, "blind")
    return tables


# Facts from the form files, copied from their .txt (万元 where the form prints 万元).
FORMS = {
    "zhanjiang_2024_unseen": {
        "department": "湛江市农业农村局",
        "year": 2024,
        "tasks_wan": {
            "高标准农田建设": "5200.00",
            "特色产业发展": "1860.00",
            "动物疫病防控": "980.00",
            "农业技术推广": "370.00",
        },
        "indicators": {
            "新建高标准农田面积": "≥12万亩",
            "培训高素质农民人次": "≥3000人次",
            "应免畜禽免疫密度": "≥90%",
            "高标准农田亩均投入": "≤3000元/亩",
            "农业总产值增长率": "≥4.5%",
            "农户满意度": "≥90%",
        },
        "budget": {
            "基本支出": "3120.40",
            "项目支出": "8410.00",
            "财政拨款": "11230.40",
            "其他资金": "300.00",
        },
    },
    "zhanjiang_2025": {
        "department": "湛江市交通运输局",
        "year": 2025,
        "tasks_wan": {
            "国省道路面改造": "3800.00",
            "农村公路建设": "2150.00",
            "城乡客运补贴": "630.00",
        },
        "indicators": {"新改建农村公路里程": "≥120公里", "危桥改造数量": "15座"},
        "budget": {
            "基本支出": "2345.67",
            "项目支出": "6580.00",
            "财政拨款": "8925.67",
            "其他资金": "0.00",
        },
    },
    "project_approval_2020_unseen": {
        "department": "东莞市水务局",
        "year": 2020,
        "project": "东江与运河水系连通工程",
        "funds": {"中期市财政预算": "126800.50", "本年度申请市财政预算资金": "35640.25"},
        "indicators": {
            "新建截污管网长度": ("45公里", "12公里"),
            "受益人口": ("≥120万人", "≥40万人"),
            "新建泵站数量": ("3座", "1座"),
        },
    },
    "project_approval_2019": {
        "department": "东莞市交通运输局",
        "year": 2019,
        "project": "镇际联网路升级改造工程一期",
        "funds": {"中期市财政预算": "284500.00", "本年度申请市财政预算资金": "919.00"},
    },
    "project_target_2025_unseen": {
        "department": "东莞市卫生健康局",
        "year": 2025,
        "project": "基本公共卫生服务补助资金",
        "unit": "东莞市疾病预防控制中心",
        "funds": {
            "实施周期资金总额": "15600.50",
            "年度资金总额": "5200.18",
            "财政拨款": "4800.00",
            "其他资金": "400.18",
        },
        "indicators": {"65岁及以上老年人健康管理率": ("≥65%", "≥62%")},
    },
    "project_target_2026": {
        "department": "东莞市机关事务管理局",
        "year": 2026,
        "project": "物业管理费支出",
        "funds": {"实施周期资金总额": "1080.00", "年度资金总额": "360.00"},
        "indicators": {
            "物业服务单价": ("≤20元/平方米·月", "≤20元/平方米·月"),
            "物业服务办公区数量": ("5处", "5处"),
        },
    },
}


def form_text(name: str) -> str:
    return (ROOT / "tests" / "fixtures" / "forms" / f"{name}.txt").read_text(encoding="utf-8")


# ---------------------------------------------------------------------------------------------
# formatting (tests/blind/README.md "Schema")


def q2(x: Decimal) -> Decimal:
    return x.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def yuan(x: Decimal) -> str:
    x = D(x)
    if x == x.to_integral_value():
        return f"{int(x)}元"
    return f"{x.normalize():f}元"


def wan(x: Decimal) -> str:
    return f"{q2(D(x)):f}万元"


def pct(a: Decimal, b: Decimal) -> str:
    return f"{q2(D(a) * 100 / D(b)):f}%"


def ratio(a: Decimal, b: Decimal) -> str:
    return f"{q2(D(a) / D(b)):f}"


def avg_yuan(total: Decimal, n: int) -> str:
    return f"{q2(D(total) / n):f}元"


def count(n: int) -> str:
    return f"#{n}"


# ---------------------------------------------------------------------------------------------
# lookups


def total(t: dict) -> Decimal:
    b = t["budget"]
    return b["基本支出"] + b["项目支出"] + b["其他事业发展性支出"]


def task(t: dict, name: str) -> dict:
    hits = [x for x in t["tasks"] if x["name"] == name]
    assert len(hits) == 1, (t["slug"], name)
    return hits[0]


def amount(t: dict, name: str) -> Decimal:
    return task(t, name)["amount"]


def indicator(t: dict, name: str) -> dict:
    hits = [i for i in t["indicators"] if i["level3"] == name]
    assert len(hits) == 1, (t["slug"], name)
    return hits[0]


def dongguan_2026(tables: dict) -> list[dict]:
    return [
        t
        for t in tables.values()
        if t["department"].startswith("东莞市") and t["year"] == 2026 and "基本支出" in t["budget"]
    ]


def stem(dept: str) -> str:
    for p in ("东莞市", "广州市", "湛江市"):
        if dept.startswith(p):
            return dept[len(p) :]
    return dept


if __name__ == "__main__":
    tabs = load()
    for s, t in tabs.items():
        print(
            f"{s:26} {t['department']:16} {t['year']} 合计 {total(t) if '基本支出' in t['budget'] else '-'}"
            f" 任务 {len(t['tasks'])} 指标 {len(t['indicators'])}"
        )
    print("东莞 2026:", [stem(t["department"]) for t in dongguan_2026(tabs)])
