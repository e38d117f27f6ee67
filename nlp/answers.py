"""Chinese answer text: figures exactly as the table has them, with their source."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from data.db import StoredTable
from data.model import Indicator, Task
from data.values import format_number, format_wan, format_yuan

SPENDING_LINES = ("基本支出", "项目支出", "其他事业发展性支出")
INCOME_LINES = ("财政拨款", "其他资金")


def source_line(stored: StoredTable, section: str) -> str:
    info = stored.version
    return (f"来源：{info.department} {info.year} 年 · {section} · 第 {info.version} 版"
            f"（{info.date} 导入）")


def indicator_text(indicator: Indicator, attribute: str | None) -> list[str]:
    """``表彰劳模数量：年度指标值 ≥22人（不少于 22 人）`` plus the period value."""
    annual = f"年度指标值 {indicator.annual_value}（{indicator.annual.describe()}）" \
        if not indicator.annual.qualitative else f"年度指标值 {indicator.annual_value}"
    period = f"实施周期指标值 {indicator.period_value}" if indicator.period_value else ""
    if period and not indicator.period.qualitative:
        period += f"（{indicator.period.describe()}）"
    if attribute == "period" and period:
        first, second = period, annual
    else:
        first, second = annual, period
    lines = [f"{indicator.level3}：{first}"]
    if second:
        lines.append(second if indicator.period_value != indicator.annual_value or
                     attribute == "period" else f"（实施周期指标值相同：{indicator.period_value}）")
    lines.append(f"类别：{indicator.level1} / {indicator.level2}")
    return lines


def task_text(task: Task, attribute: str | None) -> list[str]:
    amount = format_yuan(task.amount_yuan) if task.amount_yuan is not None else "未填写"
    if attribute == "content":
        return [f"{task.name}的{_content_label(task)}：{task.content or '未填写'}"]
    if attribute == "expected":
        text = task.expected or "（该任务没有单独填写期望目标）"
        lines = [f"{task.name}的期望达到的目标：{text}"]
        if not task.expected and task.content:
            lines.append(f"{_content_label(task)}：{task.content}")
        return lines
    lines = [f"{task.name}：{amount}"]
    if attribute is None and task.content:
        lines.append(f"{_content_label(task)}：{task.content}")
    return lines


def _content_label(task: Task) -> str:
    return "主要实施内容" if task.section == "年度重点工作任务" else "目标内容"


def budget_amount_text(name: str, amount: Decimal | None) -> str:
    return f"{name}：{format_wan(amount)}" if amount is not None else f"{name}：表中未填写"


def percent(numerator: Decimal, denominator: Decimal) -> str:
    value = (numerator / denominator * 100).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return f"{value}%"


def money(amount: Decimal, unit: str) -> str:
    return format_wan(amount) if unit == "万元" else format_yuan(amount)


def plain_money(amount: Decimal, unit: str) -> str:
    """Short form for formulas: ``1,666.42 万元`` / ``1,950,000 元``."""
    if unit == "万元":
        return f"{amount:,.2f} 万元"
    return f"{format_number(amount)} 元" if amount == amount.to_integral_value() \
        else f"{amount:,.2f} 元"


def signed_change(new: Decimal, old: Decimal, unit: str) -> str:
    change = new - old
    if change == 0:
        return "没有变化"
    word = "增加" if change > 0 else "减少"
    text = f"{word} {plain_money(abs(change), unit)}"
    if old:
        text += f"（{'+' if change > 0 else '−'}{percent(abs(change), old)}）"
    return text
