"""Write tests/blind/tables/<slug>.json and <slug>.txt for the batch-5 tables.

The .txt imitates the copied text of the real Dongguan form (as the other tests/blind/tables/*.txt):
wrapped cells, amounts with thousands separators, page breaks that repeat a section heading.
Checks the budget identities with Decimal before writing anything.

    python3 tests/blind/batch5_tools/make_tables.py
"""

from __future__ import annotations

import json
import sys
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from tables_def import KEY, OTHER, TABLES  # noqa: E402

OUT = HERE.parent / "tables"

CATEGORY_ORDER = [
    ("成本指标", "经济成本指标"),
    ("成本指标", "社会成本指标"),
    ("成本指标", "生态环境成本指标"),
    ("产出指标", "数量指标"),
    ("产出指标", "质量指标"),
    ("产出指标", "时效指标"),
    ("效益指标", "经济效益"),
    ("效益指标", "社会效益"),
    ("效益指标", "生态效益"),
    ("效益指标", "可持续影响"),
    ("满意度指标", "服务对象满意度"),
]
# where the printed indicator table runs onto the next page (before this category)
PAGE_BREAK = {
    "shuiwuju_2026": ("产出指标", "质量指标"),
    "nongyenongcun_2026": ("产出指标", "时效指标"),
    "guangzhou_jiaoyuju_2026": ("效益指标", "社会效益"),
}


def check(t: dict) -> None:
    b = {name: Decimal(v) for name, v in t["budget"]}
    spend = b["基本支出"] + b["项目支出"] + b["其他事业发展性支出"]
    income = b["财政拨款"] + b["其他资金"]
    assert spend == income, (t["slug"], spend, income)
    assert b["财政专项资金"] == b["市本级使用资金"] + b["拟用于对下转移支付资金"], t["slug"]
    for v in b.values():
        assert v == v.quantize(Decimal("0.01")), v
    keys = [x for x in t["tasks"] if x["section"] == KEY]
    assert len(keys) == 2 and all(x["expected"] for x in keys), t["slug"]
    assert all(not x["expected"] for x in t["tasks"] if x["section"] == OTHER)
    names = [x["name"] for x in t["tasks"]]
    assert len(set(names)) == len(names)
    inames = [i["level3"] for i in t["indicators"]]
    assert len(set(inames)) == len(inames)
    for i in t["indicators"]:
        assert (i["level1"], i["level2"]) in CATEGORY_ORDER, i
    # indicators in print order
    order = [CATEGORY_ORDER.index((i["level1"], i["level2"])) for i in t["indicators"]]
    assert order == sorted(order), t["slug"]
    print(f"{t['slug']}: 预算合计 {spend} 万元 = 收入 {income} 万元; 专项 {b['财政专项资金']}")


def to_json(t: dict) -> dict:
    return {
        "department": t["department"],
        "year": t["year"],
        "basic_info": dict(t["basic_info"]),
        "budget": [{"name": n, "amount_wan": float(Decimal(v))} for n, v in t["budget"]],
        "goals": list(t["goals"]),
        "tasks": [dict(x) for x in t["tasks"]],
        "indicators": [dict(i) for i in t["indicators"]],
    }


def wrap(text: str, width: int) -> list[str]:
    return [text[i : i + width] for i in range(0, len(text), width)] or [""]


def money(v: str) -> str:
    return f"{Decimal(v):,.2f}"


def render(t: dict) -> str:
    b = dict(t["budget"])
    L: list[str] = []
    add = L.append
    add("")
    add(t["title"])
    add("")
    add(f"（{t['year']}年）")
    add("")
    add(f"部门名称 {t['department']}")
    add("")
    bi = t["basic_info"]
    add(f"基本信息 财政供养人员数 {bi['财政供养人员数']} 下属二级单位数 {bi['下属二级单位数']}")
    add("")
    add("预算整体情况")
    add("")
    add("部门预算支出 预算金额（万元） 收入来源 预算金额（万元）")
    add("")
    add(f"基本支出 {money(b['基本支出'])} 财政拨款 {money(b['财政拨款'])}")
    add("")
    add(f"项目支出 {money(b['项目支出'])} 其他资金 {money(b['其他资金'])}")
    add("")
    add("事业发展性支出 预算金额（万元） 按预算级次划分 预算金额（万元）")
    add("")
    add(f"财政专项资金 {money(b['财政专项资金'])} 市本级使用资金 {money(b['市本级使用资金'])}")
    add("")
    add("其他事业发展性")
    add("支出")
    add("")
    add(f"{money(b['其他事业发展性支出'])} 拟用于对下转移")
    add("支付资金")
    add("")
    add(money(b["拟用于对下转移支付资金"]))
    add("")
    add("总体绩效目标")
    add("")
    for g in t["goals"]:
        L.extend(wrap(g, 46))
    add("")
    add("年度重点工作任务")
    add("")
    add("名称 主要实施内容 拟投入的资金")
    add("（元）")
    add("")
    add("期望达到的目标（概述）")
    add("")
    keys = [x for x in t["tasks"] if x["section"] == KEY]
    others = [x for x in t["tasks"] if x["section"] == OTHER]
    for x in keys:
        L.extend(wrap(x["name"], 7))
        add("")
        lines = wrap(x["content"], 9)
        L.extend(lines[:3])
        if len(lines) > 3:
            add("")
            L.extend(lines[3:])
        add("")
        add(f"{x['amount_yuan']:,.2f}")
        add("")
        lines = wrap(x["expected"], 14)
        add(lines[0])
        if len(lines) > 1:
            add("")
            L.extend(lines[1:])
        add("")
    add("其他需完成的任务（可选填）")
    add("")
    add("名称 目标内容 拟投入的资金（元）")
    add("")
    for n, x in enumerate(others):
        if n == 5:
            L.extend(["", "", "", "", "其他需完成的任务（可选填）", ""])
        name = wrap(x["name"], 7)
        L.extend(name)
        if len(name) > 1:
            add("")
        L.extend(wrap(x["content"], 17))
        if n % 2 == 0:
            add("")
        add(str(x["amount_yuan"]))
        add("")
    add("绩效指标")
    add("")
    add("一级指标 二级指标 三级指标 实施周期指标值 年度指标值")
    add("")
    by_cat: dict[tuple[str, str], list[dict]] = {c: [] for c in CATEGORY_ORDER}
    for i in t["indicators"]:
        by_cat[(i["level1"], i["level2"])].append(i)

    def rows(items: list[dict]) -> list[str]:
        out = []
        for i in items:
            name = i["level3"]
            vals = f"{i['period_value']} {i['annual_value']}"
            if len(name) > 15:
                out.append(name[:14])
                out.append(f"{name[14:]} {vals}")
            else:
                out.append(f"{name} {vals}")
        return out

    def label(level2: str) -> list[str]:
        return ["生态环境成本指", "标"] if level2 == "生态环境成本指标" else [level2]

    brk = PAGE_BREAK[t["slug"]]
    level1s = []
    for l1, _ in CATEGORY_ORDER:
        if l1 not in level1s:
            level1s.append(l1)
    for l1 in level1s:
        cats = [c for c in CATEGORY_ORDER if c[0] == l1]
        first = True
        for cat in cats:
            items = by_cat[cat]
            if cat == brk:
                L.extend(["", "", "", "绩效指标", ""])
                add(f"{l1} {cat[1]}")
                add("")
                L.extend(rows(items))
                add("")
                first = False
                continue
            if first:
                if len(cats) == 1:
                    add(f"{l1} {cat[1]}")
                    add("")
                    L.extend(rows(items))
                    add("")
                    first = False
                    continue
                add(l1)
                add("")
                first = False
            if len(items) == 1:
                add(f"{cat[1]} {rows(items)[0]}" if len(rows(items)) == 1 else cat[1])
                if len(rows(items)) > 1:
                    L.extend(rows(items))
                add("")
            elif not items:
                L.extend(label(cat[1]))
                add("")
            else:
                L.extend(label(cat[1]))
                add("")
                L.extend(rows(items))
                add("")
    return "\n".join(L) + "\n"


def main() -> None:
    for t in TABLES:
        check(t)
    for t in TABLES:
        (OUT / f"{t['slug']}.json").write_text(
            json.dumps(to_json(t), ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        (OUT / f"{t['slug']}.txt").write_text(render(t), encoding="utf-8")
        print("wrote", t["slug"])


if __name__ == "__main__":
    main()
