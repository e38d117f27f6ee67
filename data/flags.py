"""Cells that need a person's look before a table is stored (OCR results that are doubtful or
fail a cross-check), and corrections to them.

A ``Flag`` names the field it stands for (``FieldRef``), so a correction — ``/fix 2 ≥90%`` in
chat — changes exactly that field of the table that was read:

>>> from data.model import Indicator, PerformanceTable
>>> table = PerformanceTable("东莞市总工会", 2026,
...     indicators=[Indicator("产出指标", "数量指标", "帮扶困难职工数", "≥90人", "90人")])
>>> flag = Flag("绩效指标“帮扶困难职工数”的年度指标值", "90人", "缺少比较符号",
...             FieldRef("indicators", 0, "annual_value"))
>>> apply_fix(table, flag.field, "≥90人").indicators[0].annual_value
'≥90人'
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from decimal import Decimal

from data.errors import JixiaoError
from data.model import BudgetLine, PerformanceTable
from data.values import parse_amount


class BadCorrection(JixiaoError):
    """A correction that cannot stand for the field (``/fix 3 abc`` for an amount)."""


@dataclass(frozen=True)
class FieldRef:
    """A field of a ``PerformanceTable``: ``("indicators", 3, "annual_value")``,
    ``("budget", "基本支出")``, ``("basic_info", "财政供养人员数")``, ``("goals", 1)``,
    ``("tasks", 0, "amount_yuan")``, ``("department",)``, ``("year",)``."""

    part: str
    key: int | str | None = None
    attribute: str | None = None


@dataclass
class Flag:
    """One cell to look at: where it is on the form, what was read, why it is doubtful, the
    field it fills, its picture (PNG) and, once an admin has looked, the value to store."""

    where: str
    read: str
    reason: str
    field: FieldRef | None = None
    image: bytes | None = dataclasses.field(default=None, repr=False)
    resolved: bool = False

    def as_json(self) -> dict:
        return {"where": self.where, "read": self.read, "reason": self.reason}


def apply_fix(table: PerformanceTable, field: FieldRef, value: str) -> PerformanceTable:
    """The table with ``field`` set to ``value`` (as printed); raises ``BadCorrection``."""
    value = value.strip()
    part, key, attribute = field.part, field.key, field.attribute
    if part == "department":
        return dataclasses.replace(table, department=_text(value))
    if part == "year":
        return dataclasses.replace(table, year=_whole_number(value, "年度"))
    if part == "basic_info":
        info = dict(table.basic_info)
        info[str(key)] = _whole_number(value, str(key))
        return dataclasses.replace(table, basic_info=info)
    if part == "budget":
        amount = _amount(value)
        budget = [dataclasses.replace(line, amount_wan=amount) if line.name == key else line
                  for line in table.budget]
        if not any(line.name == key for line in budget):
            from data.importers.common import BUDGET_LABELS  # data.importers imports this module

            budget.append(BudgetLine(str(key), amount, BUDGET_LABELS.get(str(key), "")))
        return dataclasses.replace(table, budget=budget)
    if part == "goals":
        goals = list(table.goals)
        goals[int(key)] = _text(value)
        return dataclasses.replace(table, goals=goals)
    if part == "tasks":
        tasks = list(table.tasks)
        new = _amount(value) if attribute == "amount_yuan" else _text(value)
        tasks[int(key)] = dataclasses.replace(tasks[int(key)], **{attribute: new})
        return dataclasses.replace(table, tasks=tasks)
    if part == "indicators":
        indicators = list(table.indicators)
        indicators[int(key)] = dataclasses.replace(indicators[int(key)],
                                                   **{attribute: _text(value)})
        return dataclasses.replace(table, indicators=indicators)
    raise BadCorrection(f"无法修改这个单元格（{part}）。")


def _text(value: str) -> str:
    if not value:
        raise BadCorrection("改正的值不能为空。")
    return value


def _amount(value: str) -> Decimal:
    try:
        amount = parse_amount(value.replace("，", ","))
    except (ValueError, ArithmeticError):
        amount = None
    if amount is None:
        raise BadCorrection(f"“{value}”不是金额，请写数字，例如 1,666.42。")
    return amount


def _whole_number(value: str, name: str) -> int:
    digits = value.removesuffix("年").removesuffix("人").removesuffix("个").strip()
    if not digits.isdigit():
        raise BadCorrection(f"{name}应为整数，“{value}”无法识别。")
    return int(digits)
