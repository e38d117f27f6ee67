"""Checks on a table that was read: problems worth a warning, not a refusal."""

from __future__ import annotations

from decimal import Decimal

from data.model import PerformanceTable

TOLERANCE_WAN = Decimal("0.01")
SPENDING = ("基本支出", "项目支出", "其他事业发展性支出")
INCOME = ("财政拨款", "其他资金")


def validate(table: PerformanceTable) -> list[str]:
    """Warnings in Chinese; an empty list when everything adds up.

    >>> validate(table)  # doctest: +SKIP
    ['预算合计不一致：基本支出 + 项目支出 + 其他事业发展性支出 = 4,197.90 万元，...']
    """
    warnings: list[str] = []
    warnings.extend(_check_totals(table))
    for field in ("财政供养人员数", "下属二级单位数"):
        if field not in table.basic_info:
            warnings.append(f"基本信息缺少“{field}”。")
    if not table.tasks:
        warnings.append("没有读到任何任务（年度重点工作任务 / 其他需完成的任务）。")
    for task in table.tasks:
        if task.amount_yuan is None:
            warnings.append(f"任务“{task.name}”没有拟投入的资金。")
    seen: set[str] = set()
    for indicator in table.indicators:
        if indicator.level3 in seen:
            warnings.append(f"三级指标“{indicator.level3}”出现了不止一次。")
        seen.add(indicator.level3)
        if not indicator.annual_value:
            warnings.append(f"三级指标“{indicator.level3}”没有年度指标值。")
    return warnings


def _check_totals(table: PerformanceTable) -> list[str]:
    amounts = {line.name: line.amount_wan for line in table.budget}
    missing = [name for name in SPENDING[:2] + INCOME[:1] if amounts.get(name) is None]
    if missing:
        return [f"预算整体情况缺少：{'、'.join(missing)}，无法核对合计。"]
    spending = sum((amounts.get(name) or Decimal(0) for name in SPENDING), Decimal(0))
    income = sum((amounts.get(name) or Decimal(0) for name in INCOME), Decimal(0))
    if abs(spending - income) > TOLERANCE_WAN:
        return [
            f"预算合计不一致：{' + '.join(SPENDING)} = {spending:,.2f} 万元，"
            f"而 {' + '.join(INCOME)} = {income:,.2f} 万元，相差 {abs(spending - income):,.2f} 万元。"
        ]
    return []
