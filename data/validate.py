"""Checks on a table that was read: problems worth a warning, and figures so far apart that a
unit must have been misread, which refuse the import (``check_plausible``)."""

from __future__ import annotations

from decimal import Decimal

from data.errors import ImplausibleAmounts
from data.model import BASIC_INFO_FIELDS, FormKind, PerformanceTable, TableKind
from data.values import format_number

TOLERANCE_WAN = Decimal("0.01")
SPENDING = ("基本支出", "项目支出", "其他事业发展性支出")
INCOME = ("财政拨款", "其他资金")
YUAN_PER_WAN = Decimal(10_000)
# Tasks above this many times the whole budget, or below the 项目支出 by more than this many
# times, cannot both be right: one of the units is wrong (10,000× is 元 read as 万元).
TIMES_ABOVE = Decimal(10)
TIMES_BELOW = Decimal(1000)


def validate(table: PerformanceTable) -> list[str]:
    """Warnings in Chinese; an empty list when everything adds up.

    >>> validate(table)  # doctest: +SKIP
    ['预算合计不一致：基本支出 + 项目支出 + 其他事业发展性支出 = 4,197.90 万元，...']
    """
    if table.kind == TableKind.PROJECT:
        return _project_warnings(table) + _indicator_warnings(table)
    warnings: list[str] = []
    if table.budget:
        warnings.extend(_check_totals(table))
    if table.basic_info:  # forms without a 基本信息 block (批复表, 湛江) are not warned about
        for field in BASIC_INFO_FIELDS:
            if field not in table.basic_info:
                warnings.append(f"基本信息缺少“{field}”。")
    if table.form == FormKind.DEPARTMENT_APPROVAL and not table.period_goals:
        warnings.append("没有读到中期目标。")
    if not table.goals:
        warnings.append("没有读到总体（年度）绩效目标。")
    if not table.tasks:
        warnings.append("没有读到任何任务（年度重点工作任务 / 其他需完成的任务）。")
    for task in table.tasks:
        if task.amount_yuan is None:
            warnings.append(f"任务“{task.name}”没有拟投入的资金。")
        elif task.fiscal_yuan is not None and task.other_yuan is not None \
                and task.fiscal_yuan + task.other_yuan != task.amount_yuan:
            warnings.append(
                f"任务“{task.name}”的小计 {format_number(task.amount_yuan)} 元不等于市财政拨款 "
                f"{format_number(task.fiscal_yuan)} 元 + 其他资金 {format_number(task.other_yuan)} 元。")
    warnings.extend(_task_budget_warnings(table))
    return warnings + _indicator_warnings(table)


def check_plausible(table: PerformanceTable) -> None:
    """Refuse (``ImplausibleAmounts``, with the figures) a department table whose tasks and
    budget disagree by orders of magnitude: a unit was misread or mistyped, and storing either
    figure could be 10,000 times wrong."""
    tasks_wan, whole, projects = _task_and_budget(table)
    if tasks_wan is None or not whole:
        return
    if tasks_wan > whole * TIMES_ABOVE:
        raise ImplausibleAmounts(
            f"金额单位可能有误，未导入：任务金额合计 {tasks_wan:,.2f} 万元，是部门预算总额 "
            f"{whole:,.2f} 万元的 {tasks_wan / whole:,.0f} 倍。请核对“拟投入的资金”一栏的单位"
            f"（元 / 万元）与填写的金额。")
    reference = projects or whole
    if tasks_wan * TIMES_BELOW < reference:
        label = "项目支出" if projects else "部门预算总额"
        times = f"{reference / tasks_wan:,.0f} 倍" if tasks_wan else "无穷倍"
        raise ImplausibleAmounts(
            f"金额单位可能有误，未导入：任务金额合计只有 {tasks_wan:,.4f} 万元"
            f"（{format_number(tasks_wan * YUAN_PER_WAN)} 元），而{label}为 {reference:,.2f} 万元，"
            f"相差 {times}。请核对“拟投入的资金”一栏的单位（元 / 万元）与填写的金额。")


def _task_and_budget(table: PerformanceTable
                     ) -> tuple[Decimal | None, Decimal | None, Decimal | None]:
    """(tasks in 万元, the whole budget in 万元, 项目支出 in 万元), each None when not printed."""
    amounts = [t.amount_yuan for t in table.tasks if t.amount_yuan is not None]
    if table.kind == TableKind.PROJECT or not amounts:
        return None, None, None
    budget = {line.name: line.amount_wan for line in table.budget if line.amount_wan is not None}
    spending = [budget[name] for name in SPENDING if name in budget]
    income = [budget[name] for name in INCOME if name in budget]
    whole = sum(spending) if spending else (sum(income) if income else None)
    return sum(amounts) / YUAN_PER_WAN, whole, budget.get("项目支出")


def _task_budget_warnings(table: PerformanceTable) -> list[str]:
    tasks_wan, whole, _ = _task_and_budget(table)
    if tasks_wan is None or not whole or tasks_wan <= whole + TOLERANCE_WAN:
        return []
    return [f"任务金额合计 {tasks_wan:,.2f} 万元超过了部门预算总额 {whole:,.2f} 万元。"]


def _project_warnings(table: PerformanceTable) -> list[str]:
    warnings = []
    if not any(line.amount_wan is not None for line in table.budget):
        warnings.append("没有读到项目资金（万元）。")
    if not table.period_goals:
        warnings.append("没有读到实施周期（中期）目标。")
    if not table.goals:
        warnings.append("没有读到年度目标。")
    return warnings


def _indicator_warnings(table: PerformanceTable) -> list[str]:
    warnings: list[str] = []
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
