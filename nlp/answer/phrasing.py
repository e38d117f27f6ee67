"""All the Chinese wording of answers in one place: sources, money, values, lists.

Figures are formatted with ``data/values.py`` only, so the chat, ``ask`` and the digests
print money and percentages the same way.
"""

from __future__ import annotations

from decimal import Decimal

from data.db import StoredTable
from data.model import KEY_TASKS, Indicator, Task
from data.values import (
    format_decimal,
    format_money,
    format_money_short,
    format_number,
    format_percent,
)

EXAMPLES = ("送温暖活动经费是多少？", "今年要表彰多少名劳模？", "成本指标有哪些？")
MAX_DEPARTMENTS = 5
MAX_LIST_LINES = 30


def where(stored: StoredTable) -> str:
    """``东莞市总工会 2026 年`` or ``东莞市交通运输局 · 镇际联网路项目 2026 年``."""
    return stored.table.label


def source_line(stored: StoredTable, section: str) -> str:
    info = stored.version
    return f"来源：{where(stored)} · {section} · 第 {info.version} 版（{info.date} 导入）"


def money(yuan: Decimal, wan_first: bool = False) -> str:
    return format_money(yuan, wan_first)


def money_short(yuan: Decimal, wan_first: bool = False) -> str:
    return format_money_short(yuan, wan_first)


def percent(numerator: Decimal, denominator: Decimal) -> str:
    return format_percent(numerator, denominator)


def number(value: Decimal) -> str:
    return format_number(value)


def decimal(value: Decimal, places: int = 2) -> str:
    return format_decimal(value, places)


def content_label(task: Task) -> str:
    return "主要实施内容" if task.section == KEY_TASKS else "目标内容"


def indicator_value(indicator: Indicator, period: bool = False) -> str:
    """``≥22人（不少于 22 人）``: the printed value and its words."""
    printed = indicator.period_value if period else indicator.annual_value
    parsed = indicator.period if period else indicator.annual
    if not printed:
        return "未填写"
    return printed if parsed.qualitative else f"{printed}（{parsed.describe()}）"


def indicator_lines(indicator: Indicator, period_first: bool = False) -> list[str]:
    """``表彰劳模数量：年度指标值 ≥22人（不少于 22 人）``, the period value, the category."""
    annual = f"年度指标值 {indicator_value(indicator)}"
    period = f"实施周期指标值 {indicator_value(indicator, period=True)}" \
        if indicator.period_value else ""
    first, second = (period, annual) if period_first and period else (annual, period)
    lines = [f"{indicator.level3}：{first}"]
    if second:
        same = indicator.period_value == indicator.annual_value
        lines.append(f"（实施周期指标值相同：{indicator.period_value}）" if same and not period_first
                     else second)
    lines.append(f"类别：{indicator.level1} / {indicator.level2}")
    return lines


def indicator_brief(indicator: Indicator) -> str:
    if indicator.period_value and indicator.period_value != indicator.annual_value:
        return (f"{indicator.level3}：年度 {indicator.annual_value}，"
                f"实施周期 {indicator.period_value}")
    return f"{indicator.level3}：{indicator.annual_value or '未填写'}"


def task_brief(task: Task) -> str:
    amount = money_short(task.amount_yuan) if task.amount_yuan is not None else "未填写金额"
    return f"{task.name} {amount}"


def numbered(lines: list[str], limit: int = MAX_LIST_LINES) -> list[str]:
    shown = [f"{i}. {line}" for i, line in enumerate(lines[:limit], 1)]
    if len(lines) > limit:
        shown.append(f"……共 {len(lines)} 项，只列出前 {limit} 项。")
    return shown


def more_departments_note(rest: int, example: str) -> str:
    return f"……另有 {rest} 个部门也有此项，请在问题中指明部门，例如“{example}的…”。"


def unexplained_note(words: tuple[str, ...]) -> str:
    quoted = "、".join(f"“{w}”" for w in words)
    return f"（问题中的{quoted}没有对应到表中的内容，以上是最接近的结果，请核对；如不是您要找的，请换个说法或写出表中的名称。）"


def not_found_text(reason: str, loaded: str) -> str:
    return (f"{reason}\n已载入的数据：{loaded}。\n"
            f"可以这样问：{'、'.join(EXAMPLES)}")
