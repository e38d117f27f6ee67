"""The form as a grid of cell strings -> ``PerformanceTable``; shared by the XLSX and PDF readers.

Rows are lists of cell texts (``None`` or ``""`` for an empty cell). A merged cell may be filled
into every cell it covers (as the XLSX reader does) or only into its first cell with the rest
left blank (as PDF extraction gives it): 一级/二级 cells are filled down when blank, and the
columns of each section are found from its header row, never from fixed positions.

:func:`parse_grid` finds the form's kind from its title and labels (``data.importers.kinds``)
and hands the rows to that kind's parser (``department.py``, ``project.py``); this module holds
what they share: rows and columns, the 绩效指标 block, goal columns, and amount cells checked
with their unit from the column header.

>>> rows = [["东莞市部门整体预算绩效目标表"], ["（2026年）"], ["部门名称", "东莞市总工会"],
...         ["绩效指标"], ["一级指标", "二级指标", "三级指标", "实施周期指标值", "年度指标值"],
...         ["产出指标", "数量指标", "开展技能培训", "≥660人", "≥660人"]]
>>> table = parse_grid(rows)
>>> (table.department, table.year, table.indicators[0].annual_value)
('东莞市总工会', 2026, '≥660人')
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from data.errors import UnitError
from data.importers.common import (
    LEVEL2_PARENTS,
    canonical_level1,
    canonical_level2,
    clean_cell,
    label_key,
    parent_fits,
    split_goals,
)
from data.importers.kinds import detect_form, require_supported
from data.model import FormKind, Indicator, PerformanceTable, TableKind
from data.values import read_amount

# Cells that show a sheet or page holds a form of the family.
FORM_MARKERS = frozenset({"部门名称", "部门（单位）名称", "项目名称", "绩效指标"})
# Where a cell is, for messages: (row index, column index) -> ``第 12 行`` / ``单元格 D12``.
Locator = Callable[[int, int], str]
_YEAR_ONLY = re.compile(r"^（?(?:19|20)\d{2}年度?）?$")
_LABEL_SEPARATORS = "：:"

MISSING_YEAR = "没有找到表格的年度（标题下方应有“（2026年）”这样的年度）。"
MISSING_INDICATORS = "没有找到“绩效指标”部分。"
NO_UNIT = "“{header}”一栏没有注明金额单位（元、万元或千元），无法确定金额，请在表头注明单位后再发送。"


def row_locator(row: int, column: int) -> str:
    return f"第 {row + 1} 行"


def parse_grid(rows: Sequence[Sequence[object]], where: Locator = row_locator) -> PerformanceTable:
    """Read the form from rows of cells; raises ``TableFormatError`` when it is not one of the
    supported forms (``UnsupportedForm`` naming the kind for 运行监控表 and 自评表)."""
    kind = require_supported(detect_form(_head_cells(rows)))
    if kind.table_kind == TableKind.PROJECT:
        from data.importers.project import parse_project_grid

        return parse_project_grid(rows, kind, where)
    from data.importers.department import parse_department_grid

    return parse_department_grid(rows, kind, where)


def _head_cells(rows: Sequence[Sequence[object]]):
    for row in rows[:20]:
        previous = None
        for cell in row:
            text = clean_cell(cell)
            if text and text != previous:
                yield text
            previous = text


# ---------------------------------------------------------------------------- rows and columns


@dataclass
class Row:
    """One grid row: the raw text of each cell (wrapping kept), its cleaned text and its key;
    ``index`` is its position in the grid (for messages)."""

    raw: list[str]
    text: list[str]
    keys: list[str]
    index: int = 0

    @classmethod
    def of(cls, cells: Sequence[object], index: int = 0) -> Row:
        raw = ["" if c is None else str(c).replace("\r\n", "\n").replace("\r", "\n") for c in cells]
        text = [clean_cell(c) for c in raw]
        return cls(raw=raw, text=text, keys=[label_key(t) for t in text], index=index)

    def blank(self) -> bool:
        return not any(self.keys)

    def without(self, columns: set[int]) -> Row:
        keep = [i not in columns for i in range(len(self.raw))]
        return Row(
            raw=[v if k else "" for v, k in zip(self.raw, keep, strict=True)],
            text=[v if k else "" for v, k in zip(self.text, keep, strict=True)],
            keys=[v if k else "" for v, k in zip(self.keys, keep, strict=True)],
            index=self.index,
        )

    def value_after(self, index: int) -> tuple[int, str] | None:
        """The first non-empty cell right of ``index`` that is not a copy of the label itself."""
        for j in range(index + 1, len(self.keys)):
            if self.keys[j] and self.keys[j] != self.keys[index]:
                return j, self.text[j]
        return None

    def distinct(self) -> list[tuple[int, str]]:
        """(column, text) of each filled cell, a merged cell filled across counted once."""
        cells, previous = [], None
        for index, key in enumerate(self.keys):
            if key and key != previous:
                cells.append((index, self.text[index]))
            previous = key
        return cells


@dataclass
class Columns:
    """Where each role of a section's header starts; a role spans until the next role."""

    starts: dict[str, int]

    def cell(self, row: Row, role: str) -> tuple[int, str] | None:
        start = self.starts.get(role)
        if start is None:
            return None
        ends = [s for s in self.starts.values() if s > start]
        end = min(ends) if ends else len(row.text)
        for j in range(start, min(end, len(row.text))):
            if row.text[j]:
                return j, row.text[j]
        return None

    def value(self, row: Row, role: str) -> str:
        found = self.cell(row, role)
        return found[1] if found else ""


def first_positions(roles: dict[int, str]) -> dict[str, int]:
    starts: dict[str, int] = {}
    for index in sorted(roles):
        starts.setdefault(roles[index], index)
    return starts


def split_label(key: str, label: str) -> str | None:
    """The value written in the label's own cell (``部门名称：东莞市总工会``), if any."""
    if key.startswith(label) and len(key) > len(label) and key[len(label)] in _LABEL_SEPARATORS:
        return key[len(label) + 1 :]
    return None


def year_of(key: str) -> bool:
    return bool(_YEAR_ONLY.match(key))


def is_full_width_note(row: Row) -> bool:
    """One text filled into three or more cells: a merged note row, not an indicator."""
    filled = [k for k in row.keys if k]
    return len(filled) >= 3 and len(set(filled)) == 1


# ---------------------------------------------------------------------------- amounts


@dataclass
class AmountColumn:
    """A money column: its printed header and its unit as a factor to 元 (``None``: unknown)."""

    header: str
    factor: Decimal | None


def read_money(text: str, column: AmountColumn, where: str, to: Decimal) -> Decimal | None:
    """An amount cell in ``column``, converted to the unit ``to`` (1 for 元, 10000 for 万元).

    A malformed cell stops the import naming ``where``; a filled cell in a column whose unit
    the form does not say stops it too (a guessed unit would store a wrong figure)."""
    factor = column.factor
    if factor is None:
        if read_amount(text, where) is None:
            return None
        raise UnitError(NO_UNIT.format(header=column.header))
    amount = read_amount(text, where, factor)
    if amount is None:
        return None
    return amount if factor == to else amount * factor / to


# ---------------------------------------------------------------------------- 绩效指标

# Header words of the indicator block and the role of their column.
_LEVEL_HEADERS = {"一级指标": "level1", "二级指标": "level2", "三级指标": "level3"}
_VALUE_WORD = "指标值"


@dataclass
class IndicatorLayout:
    """The indicator columns: one side (level1..3 with a period and/or annual value) or two
    sides (二级/三级/value printed once for the period and once for the year)."""

    columns: Columns
    two_sides: bool
    has_period: bool


def indicator_header(row: Row) -> IndicatorLayout | None:
    """The layout if ``row`` is the indicator header (一级指标 二级指标 三级指标 … 指标值)."""
    roles: dict[int, str] = {}
    values: list[tuple[int, str]] = []
    seen_value = False
    previous = None
    for index, key in enumerate(row.keys):
        if not key:
            continue
        if key == previous:  # a merged header filled across (三级指标 over two columns)
            continue
        previous = key
        if key in _LEVEL_HEADERS:
            role = _LEVEL_HEADERS[key]
            roles[index] = f"{role}b" if seen_value and role != "level1" else role
        elif _VALUE_WORD in key:
            values.append((index, key))
            seen_value = True
        else:
            return None
    if len({r for r in roles.values() if not r.endswith("b")}) < 3 or not values:
        return None
    if len(values) == 1:
        index, key = values[0]
        period_only = ("实施周期" in key or "中期" in key) and "年度" not in key
        # A single 指标值 column holds the year's value; an explicit period-only one is kept
        # as the period value.
        roles[index] = "period" if period_only else "annual"
        has_period = period_only
    else:
        for (index, key), default in zip(values, ("period", "annual"), strict=False):
            role = "annual" if "年度" in key else ("period" if "周期" in key or "中期" in key
                                                   else default)
            roles[index] = role
        has_period = True
    two_sides = any(r.endswith("b") for r in roles.values())
    return IndicatorLayout(Columns(first_positions(roles)), two_sides, has_period)


@dataclass
class IndicatorReader:
    """Reads indicator rows under a header; 一级/二级 are filled down (per side)."""

    layout: IndicatorLayout | None = None
    indicators: list[Indicator] = field(default_factory=list)
    categories: list[tuple[str, str]] = field(default_factory=list)
    last_level1: str = ""
    last_level2: dict[str, str] = field(default_factory=dict)

    def read(self, row: Row) -> None:
        if self.layout is None:
            return
        columns = self.layout.columns
        values = {role: columns.value(row, role) for role in columns.starts}
        if is_full_width_note(row):
            return
        level1 = values.get("level1", "")
        sides = [("", values.get("level2", ""), values.get("level3", ""))]
        if self.layout.two_sides:
            sides.append(("b", values.get("level2b", ""), values.get("level3b", "")))
        period = values.get("period", "") if self.layout.has_period else None
        annual = values.get("annual", "")
        if not any(level2 or level3 for _, level2, level3 in sides) and not (period or annual):
            return  # a row with nothing but a merged 一级
        if level1:
            level1 = canonical_level1(level1) or level1
            if level1 != self.last_level1:
                self.last_level2 = {}
        names = []
        for side, level2, level3 in sides:
            level2, level1 = self._level2(side, level2, level1)
            names.append((level2, level3))
        level1 = level1 or self.last_level1 or LEVEL2_PARENTS.get(names[0][0], "")
        self.last_level1 = level1
        (level2, level3), *others = names
        if (level1, level2) not in self.categories:
            self.categories.append((level1, level2))
        other2, other3 = others[0] if others else (level2, level3)
        if not level3 or (other3 and (other2, other3) != (level2, level3)):
            # Two sides naming different indicators: each keeps its own value.
            if level3:
                self.indicators.append(Indicator(level1, level2, level3, period, ""))
            if other3:
                if (level1, other2) not in self.categories:
                    self.categories.append((level1, other2))
                self.indicators.append(Indicator(level1, other2, other3, None, annual))
            return
        self.indicators.append(Indicator(level1, level2, level3, period, annual))

    def _level2(self, side: str, level2: str, level1: str) -> tuple[str, str]:
        """This side's 二级 (filled down when blank) and the row's 一级 (corrected when a
        filled-down 一级 cannot hold the 二级, e.g. after a page break lost the 一级 cell)."""
        if level2:
            level2 = canonical_level2(level2) or level2
            parent = LEVEL2_PARENTS.get(level2)
            if (not level1 and parent and canonical_level1(self.last_level1)
                    and not parent_fits(self.last_level1, level2)):
                level1 = parent
        level2 = level2 or self.last_level2.get(side, "")
        self.last_level2[side] = level2
        return level2, level1


# ---------------------------------------------------------------------------- goals

_PERIOD_GOAL_WORDS = ("实施周期", "中期", "长期", "总目标")
_ANNUAL_GOAL_WORDS = ("年度目标", "年度绩效目标", "本年度目标")


def goal_header(row: Row) -> Columns | None:
    """Columns of a goals header row (中期目标（2022年—2024年） | 年度目标), if it is one."""
    roles: dict[int, str] = {}
    for index, text in row.distinct():
        key = label_key(text)
        if any(word in key for word in _ANNUAL_GOAL_WORDS) and len(key) <= 12:
            roles[index] = "annual"
        elif any(word in key for word in _PERIOD_GOAL_WORDS) and "目标" in key and len(key) <= 30:
            roles[index] = "period"
        else:
            return None
    if set(roles.values()) != {"period", "annual"}:
        return None
    return Columns(first_positions(roles))


@dataclass
class GoalReader:
    """Goal paragraphs: one column (all annual), or period and annual columns after a header."""

    columns: Columns | None = None
    period_lines: list[str] = field(default_factory=list)
    annual_lines: list[str] = field(default_factory=list)

    def read(self, row: Row) -> None:
        if self.columns is None:
            for _, text in row.distinct():
                index = row.text.index(text)
                self.annual_lines.extend(row.raw[index].split("\n"))
            return
        for role, lines in (("period", self.period_lines), ("annual", self.annual_lines)):
            found = self.columns.cell(row, role)
            if found:
                lines.extend(row.raw[found[0]].split("\n"))

    def result(self) -> tuple[list[str], list[str]]:
        return split_goals(self.period_lines), split_goals(self.annual_lines)


def base_table(kind: FormKind, department: str, year: int, title: str) -> PerformanceTable:
    return PerformanceTable(department=department, year=year, kind=kind.table_kind, form=kind,
                            title=title)
