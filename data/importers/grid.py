"""The form as a grid of cell strings -> ``PerformanceTable``; shared by the XLSX and PDF readers.

Rows are lists of cell texts (``None`` or ``""`` for an empty cell). A merged cell may be filled
into every cell it covers (as the XLSX reader does) or only into its first cell with the rest
left blank (as PDF extraction gives it): 一级/二级 cells are filled down when blank, and the
columns of each section are found from its header row, never from fixed positions.

>>> rows = [["东莞市部门整体预算绩效目标表"], ["（2026年）"], ["部门名称", "东莞市总工会"],
...         ["绩效指标"], ["一级指标", "二级指标", "三级指标", "实施周期指标值", "年度指标值"],
...         ["产出指标", "数量指标", "开展技能培训", "≥660人", "≥660人"]]
>>> table = parse_grid(rows)
>>> (table.department, table.year, table.indicators[0].annual_value)
('东莞市总工会', 2026, '≥660人')
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from data.errors import TableFormatError
from data.importers.common import (
    BUDGET_HEADINGS,
    BUDGET_LABELS,
    GOALS_HEADING,
    INDICATOR_COLUMNS,
    INDICATORS_HEADING,
    LEVEL2_PARENTS,
    TITLE_WORDS,
    canonical_level1,
    canonical_level2,
    clean_cell,
    find_year,
    label_key,
    parse_count,
    split_goals,
)
from data.model import (
    BASIC_INFO_FIELDS,
    KEY_TASKS,
    OTHER_TASKS,
    BudgetLine,
    Indicator,
    PerformanceTable,
    Task,
)
from data.values import parse_amount

DEPARTMENT_LABEL = "部门名称"
BASIC_INFO_HEADING = "基本信息"
BUDGET_HEADING = "预算整体情况"

# Sections of the form, in the order they are printed.
_BUDGET = "budget"
_GOALS = "goals"
_INDICATORS = "indicators"
_TASK_SECTIONS = (KEY_TASKS, OTHER_TASKS)

# Roles of the columns, keyed by their printed header (compared with ``label_key``).
_LEVEL_ROLES = dict(zip(map(label_key, INDICATOR_COLUMNS), INDICATOR_COLUMNS, strict=True))
_TASK_ROLE_PREFIXES = (
    ("名称", "name"),
    ("主要实施内容", "content"),
    ("目标内容", "content"),
    ("拟投入的资金", "amount"),
    ("期望达到的目标", "expected"),
)
_BUDGET_KEYS = {label_key(name) for name in (*BUDGET_LABELS, *BUDGET_HEADINGS, BUDGET_HEADING)}
_YEAR_ONLY = re.compile(r"^（?(?:19|20)\d{2}年度?）?$")
_LABEL_SEPARATORS = "：:"

MISSING_DEPARTMENT = "没有找到“部门名称”，这不是部门整体预算绩效目标表。"
BLANK_DEPARTMENT = "“部门名称”一栏是空的，请填上部门名称后再发送。"
MISSING_YEAR = "没有找到表格的年度（标题下方应有“（2026年）”这样的年度）。"
MISSING_INDICATORS = "没有找到“绩效指标”部分。"


def parse_grid(rows: Sequence[Sequence[object]]) -> PerformanceTable:
    """Read the form from rows of cells; raises ``TableFormatError`` when it is not the form.

    Department, year and the 绩效指标 section are required; every other part may be missing
    or blank (a blank budget amount gives ``BudgetLine(amount_wan=None)``).
    """
    parser = _GridParser()
    for row in rows:
        parser.feed(row)
    return parser.result()


def _section_of(key: str) -> str | None:
    """The section a heading cell opens (``key`` as given by ``label_key``)."""
    if key == label_key(GOALS_HEADING):
        return _GOALS
    if key == KEY_TASKS:
        return KEY_TASKS
    if key.startswith(OTHER_TASKS) and key[len(OTHER_TASKS) :] in ("", "（可选填）", "（选填）"):
        return OTHER_TASKS
    if key == INDICATORS_HEADING:
        return _INDICATORS
    if key == BUDGET_HEADING:
        return _BUDGET
    return None


def _task_role(key: str) -> str | None:
    for prefix, role in _TASK_ROLE_PREFIXES:
        if key == prefix or (prefix != "名称" and key.startswith(prefix)):
            return role
    return None


def _split_label(key: str, label: str) -> str | None:
    """The value written in the label's own cell (``部门名称：东莞市总工会``), if any."""
    if key.startswith(label) and len(key) > len(label) and key[len(label)] in _LABEL_SEPARATORS:
        return key[len(label) + 1 :]
    return None


@dataclass
class _Row:
    """One grid row: the raw text of each cell (wrapping kept), its cleaned text and its key."""

    raw: list[str]
    text: list[str]
    keys: list[str]

    @classmethod
    def of(cls, cells: Sequence[object]) -> _Row:
        raw = ["" if c is None else str(c).replace("\r\n", "\n").replace("\r", "\n") for c in cells]
        text = [clean_cell(c) for c in raw]
        return cls(raw=raw, text=text, keys=[label_key(t) for t in text])

    def blank(self) -> bool:
        return not any(self.keys)

    def without(self, columns: set[int]) -> _Row:
        keep = [i not in columns for i in range(len(self.raw))]
        return _Row(
            raw=[v if k else "" for v, k in zip(self.raw, keep, strict=True)],
            text=[v if k else "" for v, k in zip(self.text, keep, strict=True)],
            keys=[v if k else "" for v, k in zip(self.keys, keep, strict=True)],
        )

    def value_after(self, index: int) -> tuple[int, str] | None:
        """The first non-empty cell right of ``index`` that is not a copy of the label itself."""
        for j in range(index + 1, len(self.keys)):
            if self.keys[j] and self.keys[j] != self.keys[index]:
                return j, self.text[j]
        return None


@dataclass
class _Columns:
    """Where each role of a section's header starts; a role spans until the next role."""

    starts: dict[str, int]

    def value(self, row: _Row, role: str) -> str:
        start = self.starts.get(role)
        if start is None:
            return ""
        ends = [s for s in self.starts.values() if s > start]
        end = min(ends) if ends else len(row.text)
        for j in range(start, min(end, len(row.text))):
            if row.text[j]:
                return row.text[j]
        return ""


@dataclass
class _GridParser:
    """Reads rows one at a time; ``section`` is the part of the form being read."""

    title: str = ""
    year: int | None = None
    department: str | None = None
    department_label_seen: bool = False
    basic_info: dict[str, int] = field(default_factory=dict)
    budget: list[BudgetLine] = field(default_factory=list)
    goal_lines: list[str] = field(default_factory=list)
    tasks: list[Task] = field(default_factory=list)
    indicators: list[Indicator] = field(default_factory=list)
    categories: list[tuple[str, str]] = field(default_factory=list)
    section: str | None = None
    columns: _Columns | None = None
    indicators_seen: bool = False
    last_level1: str = ""
    last_level2: str = ""

    # -- dispatch ----------------------------------------------------------------------------

    def feed(self, cells: Sequence[object]) -> None:
        row = _Row.of(cells)
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
            self._read_goal_lines(row)
        elif self.section in _TASK_SECTIONS:
            self._read_task(row)
        elif self.section == _INDICATORS:
            self._read_indicator(row)

    def result(self) -> PerformanceTable:
        if not self.department:
            raise TableFormatError(
                BLANK_DEPARTMENT if self.department_label_seen else MISSING_DEPARTMENT
            )
        if self.year is None:
            raise TableFormatError(MISSING_YEAR)
        if not self.indicators_seen:
            raise TableFormatError(MISSING_INDICATORS)
        return PerformanceTable(
            department=self.department,
            year=self.year,
            basic_info=dict(self.basic_info),
            budget=list(self.budget),
            goals=split_goals(self.goal_lines),
            tasks=list(self.tasks),
            indicators=list(self.indicators),
            categories=list(self.categories),
            title=self.title,
        )

    # -- title, 部门名称, 基本信息, 预算整体情况 ------------------------------------------------

    def _read_front_matter(self, row: _Row) -> bool:
        """Title, year, department, basic info and budget cells; True when the row is used up."""
        used = False
        for index, key in enumerate(row.keys):
            if not key:
                continue
            if not self.title and any(word in key for word in TITLE_WORDS):
                self.title = row.text[index]
                self.year = self.year or find_year(row.text[index])
                used = True
            elif self.year is None and _YEAR_ONLY.match(key):
                self.year = find_year(key)
                used = True
            elif key == DEPARTMENT_LABEL or _split_label(key, DEPARTMENT_LABEL) is not None:
                used = True
                self._read_department(row, index)
            elif key == BASIC_INFO_HEADING:
                used = True
            elif any(key == f or _split_label(key, f) is not None for f in BASIC_INFO_FIELDS):
                used = True
                self._read_basic_info(row, index)
            elif key in _BUDGET_KEYS:
                used = True
                if key == BUDGET_HEADING:
                    self.section = _BUDGET
                if key in BUDGET_LABELS:
                    self._read_budget_line(row, index)
        return used and not any(_section_of(k) not in (None, _BUDGET) for k in row.keys)

    def _read_department(self, row: _Row, index: int) -> None:
        self.department_label_seen = True
        if self.department:
            return
        if _split_label(row.keys[index], DEPARTMENT_LABEL) is not None:
            self.department = re.split(r"[：:]", row.text[index], maxsplit=1)[1].strip()
            return
        found = row.value_after(index)
        if found and not _is_label(row.keys[found[0]]):
            self.department = found[1]

    def _read_basic_info(self, row: _Row, index: int) -> None:
        key = row.keys[index]
        for name in BASIC_INFO_FIELDS:
            inline = _split_label(key, name)
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

    def _read_budget_line(self, row: _Row, index: int) -> None:
        name = row.keys[index]
        if any(line.name == name for line in self.budget):
            return
        found = row.value_after(index)
        amount = None
        if found and not _is_label(row.keys[found[0]]):
            amount = parse_amount(found[1])
        self.budget.append(BudgetLine(name=name, amount_wan=amount, group=BUDGET_LABELS[name]))

    # -- sections ----------------------------------------------------------------------------

    def _enter_section(self, row: _Row) -> _Row | None:
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

    def _read_header(self, row: _Row) -> bool:
        """A column-header row (first or repeated after a page break) sets the columns."""
        keys = [k for k in row.keys if k]
        level_roles = {i: _LEVEL_ROLES[k] for i, k in enumerate(row.keys) if k in _LEVEL_ROLES}
        if len(set(level_roles.values())) >= 3 and len(level_roles) == len(keys):
            if self.section != _INDICATORS:
                self.section = _INDICATORS
                self.indicators_seen = True
            self.columns = _Columns(starts=_first_positions(level_roles))
            return True
        task_roles = {i: r for i, k in enumerate(row.keys) if k and (r := _task_role(k))}
        roles = set(task_roles.values())
        if len(roles) >= 2 and "name" in roles and len(task_roles) == len(keys):
            if self.section not in _TASK_SECTIONS:
                self.section = KEY_TASKS if "expected" in task_roles.values() else OTHER_TASKS
            self.columns = _Columns(starts=_first_positions(task_roles))
            return True
        return False

    def _read_goal_lines(self, row: _Row) -> None:
        previous = None
        for raw, key in zip(row.raw, row.keys, strict=True):
            if key and key != previous:  # merged cells filled across repeat the same text
                self.goal_lines.extend(raw.split("\n"))
            previous = key or previous

    def _read_task(self, row: _Row) -> None:
        if self.columns is None:
            return
        name = self.columns.value(row, "name")
        content = self.columns.value(row, "content")
        amount_text = self.columns.value(row, "amount")
        expected = self.columns.value(row, "expected") if self.section == KEY_TASKS else ""
        if not (name or content or amount_text or expected):
            return
        self.tasks.append(
            Task(
                section=self.section or KEY_TASKS,
                name=name,
                content=content,
                expected=expected,
                amount_yuan=parse_amount(amount_text),
            )
        )

    def _read_indicator(self, row: _Row) -> None:
        if self.columns is None:
            return
        level1_col, level2_col, level3_col, period_col, annual_col = INDICATOR_COLUMNS
        values = {role: self.columns.value(row, role) for role in INDICATOR_COLUMNS}
        level1, level2 = values[level1_col], values[level2_col]
        level3, period, annual = values[level3_col], values[period_col], values[annual_col]
        if _is_full_width_note(row) or not (level2 or level3 or period or annual):
            return  # a note across the whole table, or a row with nothing but a merged 一级
        if level1:
            level1 = canonical_level1(level1) or level1
            if level1 != self.last_level1:
                self.last_level2 = ""
        if level2:
            level2 = canonical_level2(level2) or level2
            parent = LEVEL2_PARENTS.get(level2)
            if not level1 and parent and canonical_level1(self.last_level1):
                # A filled-down 一级 that cannot hold this 二级 (数量指标 under 成本指标)
                # means the 一级 cell's text was lost, e.g. at a page break: trust the 二级.
                level1 = parent if parent != self.last_level1 else ""
        level2 = level2 or self.last_level2
        level1 = level1 or self.last_level1 or LEVEL2_PARENTS.get(level2, "")
        self.last_level1, self.last_level2 = level1, level2
        if (level1, level2) not in self.categories:
            self.categories.append((level1, level2))
        if level3:
            self.indicators.append(Indicator(level1, level2, level3, period, annual))


def _is_label(key: str) -> bool:
    """A printed label of the form (so not a value someone filled in)."""
    return (
        key in _BUDGET_KEYS
        or key in (DEPARTMENT_LABEL, BASIC_INFO_HEADING, *BASIC_INFO_FIELDS)
        or _section_of(key) is not None
    )


def _is_full_width_note(row: _Row) -> bool:
    """One text filled into three or more cells: a merged note row, not an indicator."""
    filled = [k for k in row.keys if k]
    return len(filled) >= 3 and len(set(filled)) == 1


def _first_positions(roles: dict[int, str]) -> dict[str, int]:
    starts: dict[str, int] = {}
    for index in sorted(roles):
        starts.setdefault(roles[index], index)
    return starts
