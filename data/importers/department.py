"""Grid parser of the 部门整体 forms: the 部门整体预算绩效目标表 (东莞's, and 湛江's with its own
headings and a single 指标值 column) and the 部门（单位）整体支出绩效目标批复表 (tasks as 小计 /
市财政拨款 / 其他资金, 中期 and 年度 goals, indicators printed for both).

Every money column takes its unit from its header (``拟投入的资金（元）``, ``预算金额（万元）``);
tasks are stored in 元 and the budget overview in 万元, whatever the form printed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from data.errors import ImplausibleAmounts, TableFormatError
from data.importers.common import (
    BUDGET_HEADINGS,
    BUDGET_LABELS,
    GOALS_HEADING,
    INDICATORS_HEADING,
    find_year,
    label_key,
    parse_count,
)
from data.importers.grid import (
    MISSING_INDICATORS,
    MISSING_YEAR,
    AmountColumn,
    Columns,
    GoalReader,
    IndicatorReader,
    Locator,
    Row,
    base_table,
    first_positions,
    goal_header,
    indicator_header,
    read_money,
    split_label,
    year_of,
)
from data.model import (
    BASIC_INFO_FIELDS,
    KEY_TASKS,
    OTHER_TASKS,
    BudgetLine,
    FormKind,
    PerformanceTable,
    Task,
)
from data.values import format_yuan, unit_in_header

DEPARTMENT_LABEL = "部门名称"
DEPARTMENT_LABELS = ("部门名称", "部门（单位）名称", "单位名称")
BASIC_INFO_HEADING = "基本信息"
BUDGET_HEADING = "预算整体情况"
# Headings of the budget overview block; the unit may be in the heading itself.
BUDGET_SECTION_WORDS = ("预算整体情况", "预算安排情况", "部门预算安排")
YUAN, WAN = Decimal(1), Decimal(10_000)

# Sections of the form, in the order they are printed.
_BUDGET = "budget"
_GOALS = "goals"
_INDICATORS = "indicators"
_TASK_SECTIONS = (KEY_TASKS, OTHER_TASKS)
_GOAL_HEADINGS = (GOALS_HEADING, "总体目标", "年度绩效目标", "部门整体绩效目标", "年度总体目标")
# 年度主要任务 (批复表, 湛江) is the same part of the form as 年度重点工作任务: stored as such, so
# answers and listings group it with the key tasks.
_KEY_TASK_HEADINGS = (KEY_TASKS, "年度主要任务", "年度重点任务")
_INDICATOR_HEADINGS = (INDICATORS_HEADING, "年度绩效指标", "绩效指标表")
_TOTAL_NAMES = ("金额合计", "合计", "总计")

# Roles of task columns, keyed by the start of their printed header.
_TASK_ROLE_PREFIXES = (
    ("名称", "name"),
    ("任务名称", "name"),
    ("主要实施内容", "content"),
    ("主要内容", "content"),
    ("目标内容", "content"),
    ("拟投入的资金", "amount"),
    ("拟投入资金", "amount"),
    ("预算金额", "amount"),
    ("小计", "amount"),
    ("市财政拨款", "fiscal"),
    ("财政拨款", "fiscal"),
    ("其他资金", "other"),
    ("期望达到的目标", "expected"),
)
_MONEY_ROLES = ("amount", "fiscal", "other")
_BUDGET_KEYS = {label_key(name) for name in (*BUDGET_LABELS, *BUDGET_HEADINGS, BUDGET_HEADING)}

MISSING_DEPARTMENT = "没有找到“部门名称”，这不是部门整体预算绩效目标表。"
BLANK_DEPARTMENT = "“部门名称”一栏是空的，请填上部门名称后再发送。"


def parse_department_grid(rows: Sequence[Sequence[object]], kind: FormKind,
                          where: Locator) -> PerformanceTable:
    """Read a 部门整体 form; department, year and the 绩效指标 section are required, every
    other part may be missing or blank (a blank budget amount gives ``amount_wan=None``)."""
    parser = _DepartmentParser(kind=kind, where=where)
    for index, row in enumerate(rows):
        parser.feed(Row.of(row, index))
    return parser.result()


def _section_of(key: str) -> str | None:
    """The section a heading cell opens (``key`` as given by ``label_key``)."""
    if key in _GOAL_HEADINGS:
        return _GOALS
    if key in _KEY_TASK_HEADINGS:
        return KEY_TASKS
    if key.startswith(OTHER_TASKS) and key[len(OTHER_TASKS) :] in ("", "（可选填）", "（选填）"):
        return OTHER_TASKS
    if key in _INDICATOR_HEADINGS:
        return _INDICATORS
    if key == BUDGET_HEADING or _budget_heading(key):
        return _BUDGET
    return None


def _budget_heading(key: str) -> bool:
    return any(key.startswith(word) for word in BUDGET_SECTION_WORDS) and len(key) <= 16


def _task_role(key: str) -> str | None:
    for prefix, role in _TASK_ROLE_PREFIXES:
        if key == prefix or (prefix not in ("名称", "小计") and key.startswith(prefix)):
            return role
    return None


@dataclass
class _DepartmentParser:
    """Reads rows one at a time; ``section`` is the part of the form being read."""

    kind: FormKind
    where: Locator
    title: str = ""
    year: int | None = None
    department: str | None = None
    department_label_seen: bool = False
    basic_info: dict[str, int] = field(default_factory=dict)
    budget: list[BudgetLine] = field(default_factory=list)
    budget_factor: Decimal | None = None
    goals: GoalReader = field(default_factory=GoalReader)
    tasks: list[Task] = field(default_factory=list)
    task_totals: dict[str, Decimal | None] = field(default_factory=dict)
    indicators: IndicatorReader = field(default_factory=IndicatorReader)
    section: str | None = None
    columns: Columns | None = None
    money: AmountColumn | None = None
    indicators_seen: bool = False

    # -- dispatch ----------------------------------------------------------------------------

    def feed(self, row: Row) -> None:
        if row.blank():
            return
        if self.section in (None, _BUDGET) and self._read_front_matter(row):
            return
        row = self._enter_section(row)
        if row is None:
            return
        if self._read_header(row):
            return
        if self.section == _GOALS:
            self.goals.read(row)
        elif self.section in _TASK_SECTIONS:
            self._read_task(row)
        elif self.section == _INDICATORS:
            self.indicators.read(row)

    def result(self) -> PerformanceTable:
        if not self.department:
            raise TableFormatError(
                BLANK_DEPARTMENT if self.department_label_seen else MISSING_DEPARTMENT
            )
        if self.year is None:
            raise TableFormatError(MISSING_YEAR)
        if not self.indicators_seen:
            raise TableFormatError(MISSING_INDICATORS)
        table = base_table(self.kind, self.department, self.year, self.title)
        period_goals, goals = self.goals.result()
        table.period_goals, table.goals = period_goals, goals
        table.basic_info = dict(self.basic_info)
        table.budget = list(self.budget)
        table.tasks = list(self.tasks)
        table.indicators = list(self.indicators.indicators)
        table.categories = list(self.indicators.categories)
        _check_task_totals(table.tasks, self.task_totals)
        return table

    # -- title, 部门名称, 基本信息, 预算整体情况 ------------------------------------------------

    def _read_front_matter(self, row: Row) -> bool:
        """Title, year, department, basic info and budget cells; True when the row is used up."""
        used = False
        for index, key in enumerate(row.keys):
            if not key:
                continue
            if not self.title and "绩效目标" in key and key.endswith(("表", "批复表")):
                self.title = row.text[index]
                self.year = self.year or find_year(row.text[index])
                used = True
            elif self.year is None and year_of(key):
                self.year = find_year(key)
                used = True
            elif _department_label(key):
                used = True
                self._read_department(row, index)
            elif key == BASIC_INFO_HEADING:
                used = True
            elif any(key == f or split_label(key, f) is not None for f in BASIC_INFO_FIELDS):
                used = True
                self._read_basic_info(row, index)
            elif key in _BUDGET_KEYS or _budget_heading(key):
                used = True
                factor = unit_in_header(key)
                if factor is not None:
                    self.budget_factor = factor
                if key == BUDGET_HEADING or _budget_heading(key):
                    self.section = _BUDGET
                if key in BUDGET_LABELS:
                    self._read_budget_line(row, index)
        return used and not any(_section_of(k) not in (None, _BUDGET) for k in row.keys)

    def _read_department(self, row: Row, index: int) -> None:
        self.department_label_seen = True
        if self.department:
            return
        inline = _department_label(row.keys[index])
        if inline is not True:
            self.department = re.split(r"[：:]", row.text[index], maxsplit=1)[1].strip()
            return
        found = row.value_after(index)
        if found and not _is_label(row.keys[found[0]]):
            self.department = found[1]

    def _read_basic_info(self, row: Row, index: int) -> None:
        key = row.keys[index]
        for name in BASIC_INFO_FIELDS:
            inline = split_label(key, name)
            if key != name and inline is None:
                continue
            if name in self.basic_info:
                return
            if inline is not None:
                value = parse_count(inline)
            else:
                found = row.value_after(index)
                labelled = found is not None and _is_label(row.keys[found[0]])
                value = parse_count(found[1]) if found and not labelled else None
            if value is not None:
                self.basic_info[name] = value
            return

    def _read_budget_line(self, row: Row, index: int) -> None:
        name = row.keys[index]
        if any(line.name == name for line in self.budget):
            return
        found = row.value_after(index)
        amount = None
        if found and not _is_label(row.keys[found[0]]):
            column = AmountColumn("预算金额", self.budget_factor)
            amount = read_money(found[1], column, self.where(row.index, found[0]), WAN)
        self.budget.append(BudgetLine(name=name, amount_wan=amount, group=BUDGET_LABELS[name]))

    # -- sections ----------------------------------------------------------------------------

    def _enter_section(self, row: Row) -> Row | None:
        """Switch section at a heading; the row without its heading cells, or None if empty.

        A heading repeated at the top of a new page (or filled down a merged label column)
        leaves the current section and its columns as they are.
        """
        headings = {i: s for i, k in enumerate(row.keys) if (s := _section_of(k))}
        if not headings:
            return row
        section = next(iter(headings.values()))
        if section != self.section:
            self.section = section
            self.columns = None
        if section == _INDICATORS:
            self.indicators_seen = True
        rest = row.without(set(headings))
        return None if rest.blank() else rest

    def _read_header(self, row: Row) -> bool:
        """A column-header row (first or repeated after a page break) sets the columns."""
        layout = indicator_header(row)
        if layout is not None:
            if self.section != _INDICATORS:
                self.section = _INDICATORS
                self.indicators_seen = True
            self.indicators.layout = layout
            return True
        if self.section == _GOALS:
            columns = goal_header(row)
            if columns is not None:
                self.goals.columns = columns
                return True
        keys = [k for k in row.keys if k]
        task_roles = {i: r for i, k in enumerate(row.keys) if k and (r := _task_role(k))}
        roles = set(task_roles.values())
        complete = len(task_roles) == len(keys)
        if complete and len(roles) >= 2 and ("name" in roles or roles <= set(_MONEY_ROLES)):
            if self.section not in _TASK_SECTIONS:
                self.section = KEY_TASKS if "expected" in roles else OTHER_TASKS
            self._set_task_columns(row, task_roles)
            return True
        return False

    def _set_task_columns(self, row: Row, task_roles: dict[int, str]) -> None:
        """Columns from a task header; a second header row (小计 / 市财政拨款 / 其他资金 under
        预算金额（万元）) adds its roles and keeps the unit of the row above."""
        starts = first_positions(task_roles)
        if self.columns is not None and ("name" not in starts
                                         or set(starts) < set(self.columns.starts)):
            starts = {**self.columns.starts, **starts}
        if set(_MONEY_ROLES) & set(starts) and "amount" in starts and "fiscal" in starts:
            # 预算金额（万元） spans 小计 / 市财政拨款 / 其他资金: its start is the 小计 column.
            starts["amount"] = min(starts[r] for r in _MONEY_ROLES if r in starts)
        self.columns = Columns(starts)
        headers = [row.text[i] for i, r in task_roles.items() if r in _MONEY_ROLES]
        factor = next((f for h in headers if (f := unit_in_header(h)) is not None), None)
        if factor is not None or self.money is None:
            header = headers[0] if headers else "拟投入的资金"
            self.money = AmountColumn(header, factor if factor is not None else
                                      (self.money.factor if self.money else None))

    def _read_task(self, row: Row) -> None:
        if self.columns is None:
            return
        name = self.columns.value(row, "name")
        content = self.columns.value(row, "content")
        expected = self.columns.value(row, "expected") if self.section == KEY_TASKS else ""
        money = {role: self.columns.cell(row, role) for role in _MONEY_ROLES}
        if not (name or content or expected or any(money.values())):
            return
        amounts = {role: self._money(row, cell) for role, cell in money.items()}
        if label_key(name) in _TOTAL_NAMES or label_key(content) in _TOTAL_NAMES:
            self.task_totals = amounts
            return
        self.tasks.append(
            Task(
                section=self.section or KEY_TASKS,
                name=name,
                content=content,
                expected=expected,
                amount_yuan=amounts["amount"],
                fiscal_yuan=amounts["fiscal"],
                other_yuan=amounts["other"],
            )
        )

    def _money(self, row: Row, cell: tuple[int, str] | None) -> Decimal | None:
        if cell is None:
            return None
        column = self.money or AmountColumn("拟投入的资金", None)
        return read_money(cell[1], column, self.where(row.index, cell[0]), YUAN)


def _check_task_totals(tasks: list[Task], totals: dict[str, Decimal | None]) -> None:
    """A 金额合计 row that the tasks miss by orders of magnitude means a misread unit."""
    total = totals.get("amount")
    amounts = [t.amount_yuan for t in tasks if t.amount_yuan is not None]
    if not total or not amounts:
        return
    ratio = sum(amounts) / total
    if ratio > 10 or ratio < Decimal("0.1"):
        raise ImplausibleAmounts(
            f"任务金额对不上“金额合计”：各任务小计相加为 {format_yuan(sum(amounts))}，"
            f"而金额合计为 {format_yuan(total)}，相差约 {_times(ratio)} 倍，"
            f"可能是金额单位有误，未导入。"
        )


def _times(ratio: Decimal) -> str:
    factor = ratio if ratio >= 1 else 1 / ratio
    return f"{factor:,.0f}"


def _department_label(key: str) -> bool | str | None:
    """True for a bare 部门名称 label, the inline value for ``部门名称：X``, else None."""
    for label in DEPARTMENT_LABELS:
        if key == label:
            return True
        inline = split_label(key, label)
        if inline is not None:
            return inline
    return None


def _is_label(key: str) -> bool:
    """A printed label of the form (so not a value someone filled in)."""
    return (
        key in _BUDGET_KEYS
        or _department_label(key) is not None
        or key in (BASIC_INFO_HEADING, *BASIC_INFO_FIELDS)
        or _section_of(key) is not None
    )
