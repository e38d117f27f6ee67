"""Ground truth of the tables the blind batches are written against — one loader for every batch
(batches 6–12 each had a copy; each batch's `truthN.py` now names its tables and uses this).

- the five fixture tables: tests/fixtures/tables.py (FIXTURES[..].export)
- blind tables: tests/blind/tables/<slug>.json (the slugs a batch names)
- form fixtures: batch6_tools/forms6_truth.json, the reader's export of each form's .txt,
  checked by hand line by line against the .txt (tests/fixtures/forms/<name>.txt)

Each table becomes a dict: slug, kind ('department' | 'project'), form ('target' | 'approval'),
city, department, year, budget {name: Decimal 万元}, tasks [{name, section, amount (Decimal 元)}],
indicators, goals (list of str), text (all prose of the table, for phrase checks).
"""

from __future__ import annotations

import json
import sys
from decimal import Decimal, ROUND_HALF_UP
from pathlib import Path

BLIND = Path(__file__).resolve().parent.parent
ROOT = BLIND.parents[1]
sys.path.insert(0, str(ROOT))

# The blind tables each batch added, in order (a batch is written against its own and all before).
BATCH5 = ["weijianju_2025", "weijianju_2026", "jiaotongju_2026", "minzhengju_2026", "renshe_2026",
          "chengguan_2026", "ziranziyuan_2026", "shengtai_2026", "shuiwuju_2026",
          "nongyenongcun_2026", "guangzhou_jiaoyuju_2026"]
BATCH6 = ["yingji_2026", "shijianju_2026", "yingji_xinxihua_2026"]
BATCH7 = ["wenguangluti_2026", "yibaoju_2026"]
BATCH8 = ["sifaju_2026", "shangwuju_2026"]
BATCH9 = ["zhujianju_2026", "zhujian_jiuqu_2026"]
BATCH10 = ["tongjiju_2026", "tuiyijunren_2026"]
BATCH11 = ["fagaiju_2026", "fagaiju_2025", "gonganju_2026"]
BATCH12 = ["shenjiju_2026", "shenjiju_2025", "linyeju_2026"]
FORMS = ["dongguan_approval_2022", "dongguan_approval_2023_unseen", "project_approval_2019",
         "project_approval_2020_unseen", "project_target_2025_unseen", "project_target_2026",
         "zhanjiang_2024_unseen", "zhanjiang_2025"]


def D(x) -> Decimal:
    return Decimal(repr(x)) if isinstance(x, float) else Decimal(x)


def q2(x: Decimal) -> Decimal:
    return x.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def city_of(dept: str) -> str:
    for c in ("东莞", "湛江", "广州"):
        if dept.startswith(c):
            return c
    raise ValueError(dept)


def _dept(slug: str, d: dict, form: str = "target", text: str = "") -> dict:
    tasks = [{"name": t["name"], "section": t["section"], "amount": D(t["amount_yuan"]),
              "content": t.get("content", ""), "expected": t.get("expected", "")} for t in d["tasks"]]
    goals = list(d["goals"]) + list(d.get("period_goals") or [])
    prose = "\n".join(goals + [t["content"] + t["expected"] for t in tasks])
    return {
        "slug": slug, "kind": "department", "form": form, "department": d["department"],
        "city": city_of(d["department"]), "year": d["year"],
        "basic_info": dict(d.get("basic_info") or {}),
        "budget": {b["name"]: D(b["amount_wan"]) for b in d.get("budget", [])},
        "tasks": tasks, "indicators": list(d["indicators"]), "goals": goals,
        "text": (text.replace("\n", "") + "\n" + prose) if text else prose,
    }


def _project(slug: str, d: dict, form: str, text: str = "") -> dict:
    goals = list(d["goals"]["period"]) + list(d["goals"]["annual"])
    return {
        "slug": slug, "kind": "project", "form": form, "department": d["department"],
        "city": city_of(d["department"]), "year": d["year"], "project": d["project"],
        "unit": d.get("unit", ""), "funds": {f["name"]: D(f["amount_wan"]) for f in d["funds"]},
        "goals_period": list(d["goals"]["period"]), "goals_annual": list(d["goals"]["annual"]),
        "goals": goals, "indicators": list(d["indicators"]), "tasks": [], "budget": {},
        "text": (text.replace("\n", "") + "\n" + "\n".join(goals)) if text else "\n".join(goals),
    }


def load(slugs: list[str]) -> dict[str, dict]:
    """The five fixture tables, the blind tables ``slugs`` and the eight form fixtures."""
    from tests.fixtures.tables import FIXTURES

    out = {}
    for f in FIXTURES:
        out[f.slug] = _dept(f.slug, f.export)
    for slug in slugs:
        d = json.loads((BLIND / "tables" / f"{slug}.json").read_text(encoding="utf-8"))
        text = (BLIND / "tables" / f"{slug}.txt").read_text(encoding="utf-8")
        out[slug] = _project(slug, d, "target", text) if d.get("kind") == "project" else _dept(slug, d, "target", text)
    forms = json.loads((BLIND / "batch6_tools" / "forms6_truth.json").read_text(encoding="utf-8"))
    for slug in FORMS:
        d = forms[slug]
        text = (ROOT / "tests" / "fixtures" / "forms" / f"{slug}.txt").read_text(encoding="utf-8")
        form = "approval" if "approval" in slug else "target"
        out[slug] = _project(slug, d, form, text) if d["kind"] == "project" else _dept(slug, d, form, text)
    return out


def total(t: dict) -> Decimal:
    """部门预算合计 = 基本支出 + 项目支出 + 其他事业发展性支出."""
    b = t["budget"]
    return b["基本支出"] + b["项目支出"] + b.get("其他事业发展性支出", Decimal(0))


def dg2026(tables: dict) -> list[dict]:
    """The 东莞 2026 部门整体 tables ("今年东莞各部门")."""
    return [t for t in tables.values()
            if t["kind"] == "department" and t["city"] == "东莞" and t["year"] == 2026]


def task(t: dict, name: str) -> dict:
    (x,) = [x for x in t["tasks"] if x["name"] == name]
    return x


def indicator(t: dict, name: str) -> dict:
    (x,) = [x for x in t["indicators"] if x["level3"] == name]
    return x


def yuan(x: Decimal) -> str:
    x = D(x)
    if x == x.to_integral_value():
        return f"{int(x)}元"
    return f"{x.normalize()}元"


def yuan2(x: Decimal) -> str:
    return f"{q2(D(x))}元"


def wan(x: Decimal) -> str:
    return f"{q2(D(x))}万元"


def pct(x: Decimal) -> str:
    return f"{q2(D(x))}%"


def report(T: dict[str, dict]) -> None:
    """What `python truthN.py` prints: every table, then the 东莞 2026 departments by budget."""
    for slug, t in T.items():
        if t["kind"] == "department":
            tot = total(t) if t["budget"] else None
            print(f"{slug:32} {t['department']:14} {t['year']} 合计={tot} tasks={len(t['tasks'])} "
                  f"sum={sum(x['amount'] for x in t['tasks'])} ind={len(t['indicators'])} {t['basic_info']}")
        else:
            print(f"{slug:32} {t['department']:14} {t['year']} {t['project']} {t['funds']}")
    print()
    rows = sorted(dg2026(T), key=lambda t: -total(t))
    for t in rows:
        b = t["budget"]
        print(t["department"], total(t), b["财政拨款"], b["项目支出"], b["基本支出"], b.get("其他资金"),
              t["basic_info"].get("财政供养人员数"))
