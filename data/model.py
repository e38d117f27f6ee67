"""The one table model that every reader (text, PDF, XLSX, OCR) produces.

A ``PerformanceTable`` is one target table for one year, with every value kept exactly as
printed plus its parsed form. Money is ``Decimal`` (万元 for the budget overview and a project's
funds, 元 for tasks), never a float.

Two kinds of table share the model (``TableKind``):

- a **department** table (部门整体 目标表 / 批复表): budget overview, goals, tasks, indicators;
- a **project** table (项目支出 目标表 / 批复表): one project of a department, its funds (in
  ``budget``, 万元), its period and annual goals, its indicators; no tasks.

A table is identified by ``key`` = (department, project, year); ``project`` is ``""`` for a
department table.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from data.values import ParsedValue, parse_value

# Section names as printed on the official form.
KEY_TASKS = "年度重点工作任务"
OTHER_TASKS = "其他需完成的任务"
TASK_SECTIONS = (KEY_TASKS, OTHER_TASKS)

BASIC_INFO_FIELDS = ("财政供养人员数", "下属二级单位数")


class TableKind(StrEnum):
    """What a table is about: a whole department, or one of its projects."""

    DEPARTMENT = "department"
    PROJECT = "project"


class FormKind(StrEnum):
    """The printed form a file holds (detected from its title and labels)."""

    DEPARTMENT_TARGET = "department_target"
    DEPARTMENT_APPROVAL = "department_approval"
    PROJECT_TARGET = "project_target"
    PROJECT_APPROVAL = "project_approval"
    MONITORING = "monitoring"
    SELF_EVALUATION = "self_evaluation"

    @property
    def label(self) -> str:
        return FORM_LABELS[self]

    @property
    def table_kind(self) -> TableKind:
        return TableKind.PROJECT if self in _PROJECT_FORMS else TableKind.DEPARTMENT


FORM_LABELS = {
    FormKind.DEPARTMENT_TARGET: "部门整体预算绩效目标表",
    FormKind.DEPARTMENT_APPROVAL: "部门整体支出绩效目标批复表",
    FormKind.PROJECT_TARGET: "项目支出绩效目标表",
    FormKind.PROJECT_APPROVAL: "项目支出绩效目标批复表",
    FormKind.MONITORING: "项目支出绩效运行监控表",
    FormKind.SELF_EVALUATION: "项目支出绩效自评表",
}
_PROJECT_FORMS = frozenset({FormKind.PROJECT_TARGET, FormKind.PROJECT_APPROVAL,
                            FormKind.MONITORING, FormKind.SELF_EVALUATION})


@dataclass(frozen=True)
class BudgetLine:
    """One amount of 预算整体情况, in 万元 (``None`` when the cell is blank)."""

    name: str
    amount_wan: Decimal | None
    group: str = ""  # 部门预算支出 / 收入来源 / 事业发展性支出 / 按预算级次划分


@dataclass(frozen=True)
class Task:
    """A row of 年度重点工作任务 or 其他需完成的任务; ``amount_yuan`` in 元.

    A 批复表 prints a task's money as 小计 / 市财政拨款 / 其他资金 (in 万元): ``amount_yuan`` is
    the 小计, ``fiscal_yuan`` and ``other_yuan`` its two parts, all converted to 元.
    """

    section: str
    name: str
    content: str
    expected: str
    amount_yuan: Decimal | None
    fiscal_yuan: Decimal | None = None
    other_yuan: Decimal | None = None


@dataclass(frozen=True)
class Indicator:
    """A 三级指标 with its two printed values (实施周期指标值, 年度指标值).

    ``period_value`` is ``None`` when the form has no period column at all (a single 指标值
    column, which is the annual value), and ``""`` when it has one and the cell is blank.
    """

    level1: str
    level2: str
    level3: str
    period_value: str | None
    annual_value: str

    @property
    def period(self) -> ParsedValue:
        return parse_value(self.period_value)

    @property
    def annual(self) -> ParsedValue:
        return parse_value(self.annual_value)


@dataclass
class PerformanceTable:
    """One department-year (or one project-year of a department), as read from any source."""

    department: str
    year: int
    kind: TableKind = TableKind.DEPARTMENT
    project: str = ""  # 项目名称 of a project table
    unit: str = ""  # 实施单位 of a project table (else empty)
    form: FormKind = FormKind.DEPARTMENT_TARGET
    # 中期 / 实施周期 goals (批复表 and project tables); ``goals`` are the annual ones.
    period_goals: list[str] = field(default_factory=list)
    basic_info: dict[str, int] = field(default_factory=dict)
    budget: list[BudgetLine] = field(default_factory=list)
    goals: list[str] = field(default_factory=list)
    tasks: list[Task] = field(default_factory=list)
    indicators: list[Indicator] = field(default_factory=list)
    # Every (一级, 二级) category printed, including empty ones such as 社会成本指标.
    categories: list[tuple[str, str]] = field(default_factory=list)
    title: str = ""

    @property
    def key(self) -> tuple[str, str, int]:
        """(department, project, year): what a version belongs to."""
        return (self.department, self.project, self.year)

    @property
    def label(self) -> str:
        """``东莞市总工会 2026 年`` or ``东莞市交通运输局 · 镇际联网路项目 2026 年``."""
        who = f"{self.department} · {self.project}" if self.project else self.department
        return f"{who} {self.year} 年"

    def budget_amount(self, name: str) -> Decimal | None:
        for line in self.budget:
            if line.name == name:
                return line.amount_wan
        return None

    def to_export(self) -> dict:
        """The JSON shape of ``run_bot.py export`` (values as printed).

        A department table keeps the original shape plus ``"kind": "department"`` (and, from a
        批复表, ``period_goals`` and each task's ``fiscal_yuan`` / ``other_yuan``); a project
        table is ``{"kind": "project", "department", "unit", "project", "year", "funds",
        "goals": {"period", "annual"}, "indicators"}``.
        """
        indicators = [
            {
                "level1": i.level1,
                "level2": i.level2,
                "level3": i.level3,
                "period_value": i.period_value,
                "annual_value": i.annual_value,
            }
            for i in self.indicators
        ]
        if self.kind == TableKind.PROJECT:
            return {
                "kind": TableKind.PROJECT.value,
                "department": self.department,
                "unit": self.unit,
                "project": self.project,
                "year": self.year,
                "funds": [
                    {"name": b.name, "amount_wan": decimal_to_json(b.amount_wan)}
                    for b in self.budget
                    if b.amount_wan is not None
                ],
                "goals": {"period": list(self.period_goals), "annual": list(self.goals)},
                "indicators": indicators,
            }
        exported = {
            "kind": TableKind.DEPARTMENT.value,
            "department": self.department,
            "year": self.year,
            "basic_info": dict(self.basic_info),
            "budget": [
                {"name": b.name, "amount_wan": decimal_to_json(b.amount_wan)}
                for b in self.budget
                if b.amount_wan is not None
            ],
            "goals": list(self.goals),
            "tasks": [_task_export(t) for t in self.tasks],
            "indicators": indicators,
        }
        if self.period_goals:
            exported["period_goals"] = list(self.period_goals)
        return exported


def _task_export(task: Task) -> dict:
    exported = {
        "section": task.section,
        "name": task.name,
        "content": task.content,
        "expected": task.expected,
        "amount_yuan": decimal_to_json(task.amount_yuan),
    }
    if task.fiscal_yuan is not None or task.other_yuan is not None:
        exported["fiscal_yuan"] = decimal_to_json(task.fiscal_yuan)
        exported["other_yuan"] = decimal_to_json(task.other_yuan)
    return exported


def decimal_to_json(value: Decimal | None) -> int | float | None:
    """An exact Decimal as the JSON number that prints the same (1950000, 1666.42)."""
    if value is None:
        return None
    if value == value.to_integral_value():
        return int(value)
    return float(value)  # two-decimal amounts round-trip exactly through repr
