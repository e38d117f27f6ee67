"""The progress forms of the 绩效 family as read, and what they report.

Two printed forms carry a project's progress, both about **one project** of a department:

- the **项目支出绩效运行监控表** (mid-year monitoring, also 绩效目标执行监控表): the funds
  (年初预算数 / 调整后预算数 / 1–N月执行数 / 执行率 / 全年预计执行数) and per 三级指标 its
  年度目标值, 1–N月实际完成值, 全年预计完成值, 偏差原因分析 and 完成目标可能性;
- the **项目支出绩效自评表** (year end): the funds (年初预算数 / 全年预算数 / 全年执行数 with its
  分值, 执行率 and 得分), per 三级指标 its 年度指标值, 实际完成值, 分值, 得分 and 偏差原因, and 总分.

The readers (``data.importers.monitoring``: XLSX, PDF, copied text) give a ``ProgressForm``;
:func:`check_form` turns it into progress reports against the project's target table — the
loaded project table of that name, or one made from the form itself (its 年度目标值 as the
annual targets) when none is loaded — checking every row before anything is stored.

A 监控表 reports as of the end of its period (1–6月 → 30 June of the form's year), a 自评表 as
of 31 December. The money executed (万元, stored in 元) is reported for the project's funds
item, whose name is the project's; an indicator's actual value for the indicator. Because a
report belongs to its department-year, the money also counts for the department table's task
of the project's name, and an indicator's value for the department table's indicator of the same
name: the same target, reported once, seen in both (``data.progress.reports``).

>>> form = read_progress_form(path.read_bytes(), path.name)
>>> check = check_form(store, form, today=date(2026, 7, 1))
>>> [r.name for r in check.reports][:2]
['产业工人建设经费', '举办职业技能大赛']
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from data.importers.kinds import PROGRESS_FORMS
from data.model import (
    BudgetLine,
    FormKind,
    Indicator,
    PerformanceTable,
    TableKind,
    decimal_to_json,
)

__all__ = ["PROGRESS_FORMS", "FundsLine", "IndicatorLine", "ProgressForm", "period_months",
           "wan_text", "without_code", "without_points"]
from data.values import normalize_width

TOTAL_FUNDS = "年度资金总额"  # the name a project table gives its year's total funds
WAN = Decimal(10_000)


@dataclass(frozen=True)
class FundsLine:
    """One row of 项目资金（万元）: amounts in 万元 (``None`` for a blank or a dash), the 执行率
    as printed, a 自评表's 分值 and 得分, and the row's 偏差原因. ``line`` is its row number."""

    name: str
    initial: Decimal | None = None  # 年初预算数
    adjusted: Decimal | None = None  # 调整后预算数 / 全年预算数
    executed: Decimal | None = None  # 1–N月执行数 / 全年执行数
    rate: str = ""  # 执行率, as printed (39.78%)
    expected: Decimal | None = None  # 全年预计执行数
    points: Decimal | None = None  # 分值 / 权重
    score: Decimal | None = None  # 得分
    reason: str = ""
    line: int = 0

    @property
    def budget(self) -> Decimal | None:
        """What the money is measured against: the adjusted budget, else the initial one."""
        return self.adjusted if self.adjusted is not None else self.initial


@dataclass(frozen=True)
class IndicatorLine:
    """One 三级指标 row: its target and actual value as printed, the monitoring columns
    (全年预计完成值, 偏差原因分析, 完成目标可能性, 备注) or a 自评表's 分值 and 得分."""

    level1: str
    level2: str
    level3: str
    target: str
    actual: str
    expected: str = ""
    reason: str = ""
    possibility: str = ""
    remark: str = ""
    points: Decimal | None = None
    score: Decimal | None = None
    line: int = 0


@dataclass
class ProgressForm:
    """A 运行监控表 or 自评表 as read from any of the three shapes."""

    form: FormKind
    department: str
    project: str
    year: int
    months: int  # the period is months 1..N of the year; 12 for a 自评表
    unit: str = ""  # 实施单位
    title: str = ""
    funds: list[FundsLine] = field(default_factory=list)
    goals: list[str] = field(default_factory=list)  # 年度总体目标: 预期目标
    achieved: list[str] = field(default_factory=list)  # 实际完成情况 (or 1–N月 progress)
    indicators: list[IndicatorLine] = field(default_factory=list)
    total_points: Decimal | None = None  # 总分: the points there are
    total_score: Decimal | None = None  # and the points scored
    # Rows that could not be read, as ``第 N 行：…``: listed with the checks' own problems.
    problems: list[str] = field(default_factory=list)

    @property
    def as_of(self) -> date:
        """The end of the period: 1–6月 of 2026 → 2026-06-30; a 自评表 → 31 December."""
        return date(self.year, self.months, calendar.monthrange(self.year, self.months)[1])

    @property
    def period(self) -> str:
        """``1-6月`` / ``全年``."""
        return "全年" if self.months == 12 and self.form == FormKind.SELF_EVALUATION \
            else f"1-{self.months}月"

    @property
    def total_funds(self) -> FundsLine | None:
        """The first funds row: 年度资金总额 (or 总额), the whole project's money."""
        return self.funds[0] if self.funds else None

    def target_table(self) -> PerformanceTable:
        """The project table the form implies when none is loaded: its funds (the adjusted
        budget, else the initial one; the first row named 年度资金总额), its 预期目标 and its
        indicators with the 年度目标值 as the annual target."""
        table = PerformanceTable(department=self.department, year=self.year,
                                 kind=TableKind.PROJECT, project=self.project, unit=self.unit,
                                 form=self.form, title=self.title)
        for position, line in enumerate(self.funds):
            name = TOTAL_FUNDS if position == 0 else line.name
            table.budget.append(BudgetLine(name, line.budget, "项目资金"))
        table.goals = list(self.goals)
        seen: set[str] = set()
        for line in self.indicators:
            if line.level3 and line.level3 not in seen:
                seen.add(line.level3)
                table.indicators.append(Indicator(line.level1, line.level2, line.level3, None,
                                                  line.target))
                if (line.level1, line.level2) not in table.categories:
                    table.categories.append((line.level1, line.level2))
        return table

    def to_export(self) -> dict:
        """Everything read, as JSON (amounts in 万元 as numbers): the ground truth of the
        fixtures is written in this shape. Only the columns of the form's kind appear."""
        monitoring = self.form == FormKind.MONITORING
        funds = []
        for line in self.funds:
            entry = {"name": line.name, "initial_wan": decimal_to_json(line.initial),
                     "adjusted_wan": decimal_to_json(line.adjusted),
                     "executed_wan": decimal_to_json(line.executed), "rate": line.rate}
            if monitoring:
                entry |= {"expected_wan": decimal_to_json(line.expected), "reason": line.reason}
            else:
                entry |= {"points": decimal_to_json(line.points),
                          "score": decimal_to_json(line.score)}
            funds.append(entry)
        indicators = []
        for line in self.indicators:
            entry = {"level1": line.level1, "level2": line.level2, "level3": line.level3,
                     "target": line.target, "actual": line.actual}
            if monitoring:
                entry |= {"expected": line.expected, "reason": line.reason,
                          "possibility": line.possibility, "remark": line.remark}
            else:
                entry |= {"points": decimal_to_json(line.points),
                          "score": decimal_to_json(line.score), "reason": line.reason}
            indicators.append(entry)
        exported = {"form": self.form.value, "department": self.department,
                    "project": self.project, "unit": self.unit, "year": self.year,
                    "months": self.months, "funds": funds,
                    "goals": {"expected": list(self.goals), "achieved": list(self.achieved)},
                    "indicators": indicators}
        if not monitoring:
            exported["total"] = {"points": decimal_to_json(self.total_points),
                                 "score": decimal_to_json(self.total_score)}
        return exported


_POINTS = re.compile(r"[（(]\s*\d+(?:\.\d+)?\s*分\s*[)）]$")
_CODE = re.compile(r"^[\[【(（]?\d{3,}[\]】)）]?\s*[-－—_:：.、]?\s*")


def without_points(name: str) -> str:
    """``产出指标（50分）`` → ``产出指标``: the weight some 自评表 print beside a 一级指标."""
    return _POINTS.sub("", name).strip()


def without_code(name: str) -> str:
    """``118001-东莞市机关事务管理局`` → ``东莞市机关事务管理局`` (主管部门及代码)."""
    return _CODE.sub("", name).strip()


def period_months(text: str) -> int | None:
    """The last month of a period written ``1-6月`` / ``1—7月`` / ``1至6月``, else ``None``."""
    match = re.search(r"(\d{1,2})\s*[-－—–~～至到]\s*(\d{1,2})\s*月", normalize_width(text or ""))
    if not match or int(match[1]) != 1 or not 1 <= int(match[2]) <= 12:
        return None
    return int(match[2])


def wan_text(amount: Decimal) -> str:
    """``286.4`` → ``286.40万元``: 万元 with two decimals, as the forms print them."""
    return f"{amount:,.2f}万元"
