"""The one table model that every reader (text, PDF, XLSX) produces.

A ``PerformanceTable`` is one department's 部门整体预算绩效目标表 for one year, with every value
kept exactly as printed plus its parsed form. Money is ``Decimal`` (万元 for the budget overview,
元 for tasks), never a float.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from data.values import ParsedValue, parse_value

# Section names as printed on the official form.
KEY_TASKS = "年度重点工作任务"
OTHER_TASKS = "其他需完成的任务"
TASK_SECTIONS = (KEY_TASKS, OTHER_TASKS)

BASIC_INFO_FIELDS = ("财政供养人员数", "下属二级单位数")


@dataclass(frozen=True)
class BudgetLine:
    """One amount of 预算整体情况, in 万元 (``None`` when the cell is blank)."""

    name: str
    amount_wan: Decimal | None
    group: str = ""  # 部门预算支出 / 收入来源 / 事业发展性支出 / 按预算级次划分


@dataclass(frozen=True)
class Task:
    """A row of 年度重点工作任务 or 其他需完成的任务; ``amount_yuan`` in 元."""

    section: str
    name: str
    content: str
    expected: str
    amount_yuan: Decimal | None


@dataclass(frozen=True)
class Indicator:
    """A 三级指标 with its two printed values (实施周期指标值, 年度指标值)."""

    level1: str
    level2: str
    level3: str
    period_value: str
    annual_value: str

    @property
    def period(self) -> ParsedValue:
        return parse_value(self.period_value)

    @property
    def annual(self) -> ParsedValue:
        return parse_value(self.annual_value)


@dataclass
class PerformanceTable:
    """One department-year, as read from any source."""

    department: str
    year: int
    basic_info: dict[str, int] = field(default_factory=dict)
    budget: list[BudgetLine] = field(default_factory=list)
    goals: list[str] = field(default_factory=list)
    tasks: list[Task] = field(default_factory=list)
    indicators: list[Indicator] = field(default_factory=list)
    # Every (一级, 二级) category printed, including empty ones such as 社会成本指标.
    categories: list[tuple[str, str]] = field(default_factory=list)
    title: str = ""

    def budget_amount(self, name: str) -> Decimal | None:
        for line in self.budget:
            if line.name == name:
                return line.amount_wan
        return None

    def to_export(self) -> dict:
        """The JSON shape of ``run_bot.py export`` (values as printed)."""
        return {
            "department": self.department,
            "year": self.year,
            "basic_info": dict(self.basic_info),
            "budget": [
                {"name": b.name, "amount_wan": decimal_to_json(b.amount_wan)}
                for b in self.budget
                if b.amount_wan is not None
            ],
            "goals": list(self.goals),
            "tasks": [
                {
                    "section": t.section,
                    "name": t.name,
                    "content": t.content,
                    "expected": t.expected,
                    "amount_yuan": decimal_to_json(t.amount_yuan),
                }
                for t in self.tasks
            ],
            "indicators": [
                {
                    "level1": i.level1,
                    "level2": i.level2,
                    "level3": i.level3,
                    "period_value": i.period_value,
                    "annual_value": i.annual_value,
                }
                for i in self.indicators
            ],
        }


def decimal_to_json(value: Decimal | None) -> int | float | None:
    """An exact Decimal as the JSON number that prints the same (1950000, 1666.42)."""
    if value is None:
        return None
    if value == value.to_integral_value():
        return int(value)
    return float(value)  # two-decimal amounts round-trip exactly through repr
