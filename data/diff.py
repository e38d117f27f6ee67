"""What changed between two versions of a department-year, for the import preview."""

from __future__ import annotations

from dataclasses import dataclass, field

from data.model import PerformanceTable
from data.values import format_number


@dataclass
class TableDiff:
    """Changes from ``old`` to ``new``, each as a short Chinese line."""

    budget: list[str] = field(default_factory=list)
    tasks: list[str] = field(default_factory=list)
    indicators: list[str] = field(default_factory=list)
    goals_changed: bool = False

    @property
    def empty(self) -> bool:
        return not (self.budget or self.tasks or self.indicators or self.goals_changed)

    def lines(self) -> list[str]:
        result = self.budget + self.tasks + self.indicators
        if self.goals_changed:
            result.append("总体绩效目标有修改")
        return result


def diff_tables(old: PerformanceTable, new: PerformanceTable) -> TableDiff:
    diff = TableDiff()
    old_budget = {b.name: b.amount_wan for b in old.budget}
    for line in new.budget:
        if line.name not in old_budget:
            diff.budget.append(f"新增预算项 {line.name}：{_wan(line.amount_wan)}")
        elif old_budget[line.name] != line.amount_wan:
            diff.budget.append(
                f"{line.name}：{_wan(old_budget[line.name])} → {_wan(line.amount_wan)}"
            )
    for name in old_budget.keys() - {b.name for b in new.budget}:
        diff.budget.append(f"删除预算项 {name}")

    old_tasks = {t.name: t for t in old.tasks}
    new_tasks = {t.name: t for t in new.tasks}
    for name, task in new_tasks.items():
        before = old_tasks.get(name)
        if before is None:
            diff.tasks.append(f"新增任务 {name}：{_yuan(task.amount_yuan)}")
        elif before.amount_yuan != task.amount_yuan:
            diff.tasks.append(
                f"任务 {name} 金额：{_yuan(before.amount_yuan)} → {_yuan(task.amount_yuan)}"
            )
        elif (before.content, before.expected) != (task.content, task.expected):
            diff.tasks.append(f"任务 {name} 的内容有修改")
    diff.tasks.extend(f"删除任务 {name}" for name in old_tasks if name not in new_tasks)

    old_ind = {i.level3: i for i in old.indicators}
    new_ind = {i.level3: i for i in new.indicators}
    for name, ind in new_ind.items():
        before = old_ind.get(name)
        if before is None:
            diff.indicators.append(f"新增指标 {name}：{ind.annual_value}")
        elif (before.period_value, before.annual_value) != (ind.period_value, ind.annual_value):
            diff.indicators.append(
                f"指标 {name}：{_pair(before.period_value, before.annual_value)} → "
                f"{_pair(ind.period_value, ind.annual_value)}"
            )
    diff.indicators.extend(f"删除指标 {name}" for name in old_ind if name not in new_ind)
    diff.goals_changed = old.goals != new.goals
    return diff


def _pair(period: str, annual: str) -> str:
    return annual if period == annual else f"实施周期 {period}，年度 {annual}"


def _wan(amount) -> str:
    return "空" if amount is None else f"{amount:,.2f} 万元"


def _yuan(amount) -> str:
    return "空" if amount is None else f"{format_number(amount)} 元"
