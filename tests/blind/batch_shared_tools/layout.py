"""The layout every blind batch from 7 on writes its tables in: tests/blind/tables/<slug>.json and
<slug>.txt (department tables as a PDF viewer's copied text of the real Dongguan forms, the layout
of the existing tests/blind/tables/*.txt; project tables imitating
tests/blind/tables/yingji_xinxihua_2026.txt). Each batch's make_tablesN.py passes its own table
definitions to write_tables.

Checks: 基本支出 + 项目支出 + 其他事业发展性支出 = 财政拨款 + 其他资金, 财政专项资金 = 市本级使用资金 +
拟用于对下转移支付资金; a project's 年度资金总额 = 财政拨款 + 其他资金.
"""

from __future__ import annotations

import json
import random
from decimal import Decimal
from pathlib import Path

TABLES = Path(__file__).resolve().parent.parent / "tables"

CATEGORY_ORDER = [
    ("成本指标", "经济成本指标"), ("成本指标", "社会成本指标"), ("成本指标", "生态环境成本指标"),
    ("产出指标", "数量指标"), ("产出指标", "质量指标"), ("产出指标", "时效指标"),
    ("效益指标", "经济效益"), ("效益指标", "社会效益"), ("效益指标", "生态效益"),
    ("效益指标", "可持续影响"),
    ("满意度指标", "服务对象满意度"),
]


def width(s: str) -> int:
    return sum(1 if ord(c) < 128 else 2 for c in s)


def wrap(text: str, limit: int) -> list[str]:
    lines, cur = [], ""
    for c in text:
        if cur and width(cur + c) > limit:
            lines.append(cur)
            cur = ""
        cur += c
    if cur:
        lines.append(cur)
    return lines


def chunk(text: str, n: int) -> list[str]:
    return [text[i:i + n] for i in range(0, len(text), n)]


def wan(amount: str) -> str:
    d = Decimal(amount)
    return f"{d:,.2f}"


def money_dec(amount: int) -> str:
    return f"{Decimal(amount):,.2f}"


def num(amount: str):
    """万元 string -> JSON number as the other blind tables carry it."""
    return float(Decimal(amount))


# ------------------------------------------------------------------------------------------
def check_department(slug: str, t: dict) -> None:
    b = {name: Decimal(v) for name, v in t["budget"]}
    spend = b["基本支出"] + b["项目支出"] + b["其他事业发展性支出"]
    income = b["财政拨款"] + b["其他资金"]
    assert spend == income, (slug, spend, income)
    assert b["财政专项资金"] == b["市本级使用资金"] + b["拟用于对下转移支付资金"], slug
    for task in t["tasks"]:
        assert isinstance(task["amount_yuan"], int)
    for i in t["indicators"]:
        assert (i["level1"], i["level2"]) in CATEGORY_ORDER, i
    print(f"{slug}: 预算合计 {spend} 万元 = 财政拨款 + 其他资金 ✓; tasks {len(t['tasks'])}, "
          f"indicators {len(t['indicators'])}, task sum {sum(x['amount_yuan'] for x in t['tasks'])} 元")


def department_json(t: dict) -> dict:
    return {
        "department": t["department"],
        "year": t["year"],
        "basic_info": dict(t["basic_info"]),
        "budget": [{"name": n, "amount_wan": num(v)} for n, v in t["budget"]],
        "goals": list(t["goals"]),
        "tasks": [dict(x) for x in t["tasks"]],
        "indicators": [dict(x) for x in t["indicators"]],
    }


def blanks(lines: list[str], rnd: random.Random, p: float = 0.25) -> str:
    """Join wrapped lines, now and then with an empty line between (as copied PDF text does)."""
    out = [lines[0]] if lines else []
    for line in lines[1:]:
        out.append(("\n\n" if rnd.random() < p else "\n") + line)
    return "".join(out)


def department_txt(slug: str, t: dict) -> str:
    rnd = random.Random(slug)
    b = dict(t["budget"])
    out = []
    out.append("\n东莞市部门整体预算绩效目标表\n\n")
    out.append(f"（{t['year']}年）\n\n")
    out.append(f"部门名称 {t['department']}\n\n")
    bi = t["basic_info"]
    out.append(f"基本信息 财政供养人员数 {bi['财政供养人员数']} 下属二级单位数 {bi['下属二级单位数']}\n\n")
    out.append("预算整体情况\n\n")
    out.append("部门预算支出 预算金额（万元） 收入来源 预算金额（万元）\n\n")
    out.append(f"基本支出 {wan(b['基本支出'])} 财政拨款 {wan(b['财政拨款'])}\n\n")
    out.append(f"项目支出 {wan(b['项目支出'])} 其他资金 {wan(b['其他资金'])}\n\n")
    out.append("事业发展性支出 预算金额（万元） 按预算级次划分 预算金额（万元）\n\n")
    out.append(f"财政专项资金 {wan(b['财政专项资金'])} 市本级使用资金 {wan(b['市本级使用资金'])}\n\n")
    out.append("其他事业发展性\n支出\n\n")
    out.append(f"{wan(b['其他事业发展性支出'])} 拟用于对下转移\n支付资金\n\n")
    out.append(f"{wan(b['拟用于对下转移支付资金'])}\n\n")
    out.append("总体绩效目标\n\n")
    goal_lines = []
    for g in t["goals"]:
        goal_lines.extend(wrap(g, 88))
    out.append("\n".join(goal_lines) + "\n\n")

    key = [x for x in t["tasks"] if x["section"] == "年度重点工作任务"]
    other = [x for x in t["tasks"] if x["section"] == "其他需完成的任务"]
    out.append("年度重点工作任务\n\n")
    out.append("名称 主要实施内容 拟投入的资金\n（元）\n\n期望达到的目标（概述）\n\n")
    for x in key:
        out.append("\n".join(chunk(x["name"], 7)) + "\n\n")
        out.append(blanks(wrap(x["content"], 17), rnd, 0.2) + "\n\n")
        out.append(money_dec(x["amount_yuan"]) + "\n\n")
        out.append(blanks(wrap(x["expected"], 28), rnd, 0.3) + "\n\n")
    out.append("其他需完成的任务（可选填）\n\n")
    out.append("名称 目标内容 拟投入的资金（元）\n\n")
    for n, x in enumerate(other):
        if n == 5:  # page break: the section header is printed again
            out.append("\n\n\n\n其他需完成的任务（可选填）\n\n")
        name = chunk(x["name"], 7)
        content = wrap(x["content"], 34)
        if len(name) == 1:
            out.append(name[0] + "\n")
        else:
            out.append("\n".join(name) + "\n\n")
        out.append(blanks(content, rnd, 0.15) + "\n")
        out.append(("\n" if rnd.random() < 0.5 else "") + str(x["amount_yuan"]) + "\n\n")

    out.append("绩效指标\n\n一级指标 二级指标 三级指标 实施周期指标值 年度指标值\n\n")
    printed = {(i["level1"], i["level2"]) for i in t["indicators"]} | set(map(tuple, t["empty_categories"]))
    cats = [c for c in CATEGORY_ORDER if c in printed]
    rows = {c: [i for i in t["indicators"] if (i["level1"], i["level2"]) == c] for c in cats}
    breaks = t.get("page_breaks", {("产出指标", "质量指标"), ("效益指标", "社会效益")})

    def row(i):
        name = i["level3"]
        if len(name) > 14:
            return name[:14] + "\n" + name[14:] + f" {i['period_value']} {i['annual_value']}"
        return f"{name} {i['period_value']} {i['annual_value']}"

    last_l1 = None
    for c in cats:
        l1, l2 = c
        rs = rows[c]
        l2_print = "\n".join(chunk(l2, 7))
        if c in breaks:
            out.append("\n\n\n绩效指标\n\n")
            out.append(f"{l1} {l2}\n\n")
            out.append("\n".join(row(i) for i in rs) + "\n\n")
            last_l1 = l1
            continue
        l2_count = len([x for x in cats if x[0] == l1])
        if l1 != last_l1:
            if l2_count == 1 and rs:
                if len(rs) == 1:
                    out.append(f"{l1} {l2} {row(rs[0])}\n\n")
                else:
                    out.append(f"{l1} {l2}\n\n" + "\n".join(row(i) for i in rs) + "\n\n")
                last_l1 = l1
                continue
            out.append(f"{l1}\n\n")
            last_l1 = l1
        if not rs:
            out.append(l2_print + "\n\n")
        elif len(rs) == 1:
            out.append(f"{l2} {row(rs[0])}\n\n")
        else:
            out.append(l2_print + "\n\n" + "\n".join(row(i) for i in rs) + "\n\n")
    return "".join(out)


# ------------------------------------------------------------------------------------------
PROJECT_ORDER = [("产出指标", "数量指标"), ("产出指标", "质量指标"), ("产出指标", "时效指标"),
                 ("成本指标", "经济成本指标"), ("效益指标", "经济效益"), ("效益指标", "社会效益"),
                 ("效益指标", "生态效益"), ("效益指标", "可持续影响"), ("满意度指标", "服务对象满意度")]


def check_project(slug: str, p: dict) -> None:
    f = {n: Decimal(v) for n, v in p["funds"]}
    assert f["年度资金总额"] == f["财政拨款"] + f["其他资金"], slug
    assert f["实施周期资金总额"] >= f["年度资金总额"], slug
    for i in p["indicators"]:
        assert (i["level1"], i["level2"]) in PROJECT_ORDER, i
    print(f"{slug}: 年度资金总额 {f['年度资金总额']} = 财政拨款 + 其他资金 ✓; indicators {len(p['indicators'])}")


def project_json(p: dict) -> dict:
    return {
        "kind": "project",
        "department": p["department"],
        "unit": p["unit"],
        "project": p["project"],
        "year": p["year"],
        "funds": [{"name": n, "amount_wan": num(v)} for n, v in p["funds"]],
        "goals": {"period": list(p["goals"]["period"]), "annual": list(p["goals"]["annual"])},
        "indicators": [dict(x) for x in p["indicators"]],
    }


def project_txt(slug: str, p: dict) -> str:
    f = dict(p["funds"])
    out = ["\n东莞市项目支出绩效目标表\n\n", f"（{p['year']}年度）\n\n", f"项目名称 {p['project']}\n\n",
           f"主管部门 {p['department']} 实施单位 {p['unit']}\n\n",
           f"项目资金（万元） 实施周期资金总额 {wan(f['实施周期资金总额'])}\n\n",
           f"年度资金总额 {wan(f['年度资金总额'])}\n\n",
           f"其中：财政拨款 {wan(f['财政拨款'])} 其他资金 {wan(f['其他资金'])}\n\n",
           "总体目标 实施周期总目标 年度目标\n\n"]
    period = [line for g in p["goals"]["period"] for line in wrap(g, 28)]
    annual = [line for g in p["goals"]["annual"] for line in wrap(g, 52)]
    out.append("\n".join(period) + "\n\n")
    out.append("\n".join(annual) + "\n\n")
    out.append("绩效指标\n\n一级指标 二级指标 三级指标 实施周期指标值 年度指标值\n\n")
    last_l1 = None
    for l1, l2 in PROJECT_ORDER:
        rs = [i for i in p["indicators"] if (i["level1"], i["level2"]) == (l1, l2)]
        if not rs:
            continue
        if l1 != last_l1:
            out.append(f"{l1}\n\n")
            last_l1 = l1
        out.append(f"{l2}\n\n")
        out.append("\n\n".join(f"{i['level3']} {i['period_value']} {i['annual_value']}" for i in rs) + "\n\n")
    return "".join(out).rstrip("\n") + "\n"


def write_tables(department_tables: dict, project_tables: dict | None = None) -> None:
    project_tables = project_tables or {}
    for slug, t in department_tables.items():
        check_department(slug, t)
        (TABLES / f"{slug}.json").write_text(
            json.dumps(department_json(t), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        (TABLES / f"{slug}.txt").write_text(department_txt(slug, t), encoding="utf-8")
    for slug, p in project_tables.items():
        check_project(slug, p)
        (TABLES / f"{slug}.json").write_text(
            json.dumps(project_json(p), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        (TABLES / f"{slug}.txt").write_text(project_txt(slug, p), encoding="utf-8")
    print("written:", ", ".join(list(department_tables) + list(project_tables)))


# ------------------------------------------------------------ what the tables are written with
# (each batch's tablesN_def.py once had its own copy)

KEY = "年度重点工作任务"
OTHER = "其他需完成的任务"


def ind(l1, l2, l3, period, annual=None):
    return {"level1": l1, "level2": l2, "level3": l3,
            "period_value": period, "annual_value": period if annual is None else annual}


def task(section, name, content, amount, expected=""):
    return {"section": section, "name": name, "content": content,
            "expected": expected, "amount_yuan": amount}


COST, OUT, BEN, SAT = "成本指标", "产出指标", "效益指标", "满意度指标"
