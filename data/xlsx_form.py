"""The official 部门整体预算绩效目标表 as an Excel workbook (the bot's /template and /export).

The sheet follows the printed form: the title and （YYYY年） above a bordered table with
部门名称, 基本信息, the 预算整体情况 block (its label merged down the left), 总体绩效目标,
年度重点工作任务, 其他需完成的任务（可选填） and 绩效指标 (一级/二级 cells merged down over
their rows). Page setup is A4 portrait, one page wide, so a PDF conversion gives the form as
people print it.

>>> content = write_form(None)            # a blank template to fill in
>>> content[:2]
b'PK'
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from io import BytesIO

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.worksheet import Worksheet

from data.importers.common import (
    GOALS_HEADING,
    INDICATOR_COLUMNS,
    INDICATORS_HEADING,
    KEY_TASK_COLUMNS,
    OTHER_TASK_COLUMNS,
    STANDARD_CATEGORIES,
)
from data.model import BASIC_INFO_FIELDS, KEY_TASKS, OTHER_TASKS, PerformanceTable, Task

DEFAULT_TITLE = "东莞市部门整体预算绩效目标表"
SHEET_TITLE = "部门整体预算绩效目标表"
OTHER_TASKS_HEADING = f"{OTHER_TASKS}（可选填）"
BUDGET_HEADING = "预算整体情况"
AMOUNT_HEADING = "预算金额（万元）"

# Five columns carry every part of the form; widths in Excel character units.
COLUMN_WIDTHS = (14, 15, 24, 16, 27)
LAST_COLUMN = len(COLUMN_WIDTHS)

# 预算整体情况, row by row: (left label, right label, is a sub-header row whose labels head
# columns rather than amounts).
BUDGET_LAYOUT: tuple[tuple[str, str, bool], ...] = (
    ("部门预算支出", "收入来源", True),
    ("基本支出", "财政拨款", False),
    ("项目支出", "其他资金", False),
    ("事业发展性支出", "按预算级次划分", True),
    ("财政专项资金", "市本级使用资金", False),
    ("其他事业发展性支出", "拟用于对下转移支付资金", False),
)

# The 一级/二级 categories printed on a blank form.
TEMPLATE_CATEGORIES = STANDARD_CATEGORIES
TEMPLATE_TASK_ROWS = 3
TEMPLATE_ROWS_PER_CATEGORY = 2

AMOUNT_FORMAT = "#,##0.00"

_FONT_NAME = "宋体"
_FONT_SIZE = 10.5
_TEXT_FONT = Font(name=_FONT_NAME, size=_FONT_SIZE)
_BOLD_FONT = Font(name=_FONT_NAME, size=_FONT_SIZE, bold=True)
_TITLE_FONT = Font(name=_FONT_NAME, size=16, bold=True)
_YEAR_FONT = Font(name=_FONT_NAME, size=12)
_THIN = Side(style="thin", color="000000")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
_LEFT = Alignment(horizontal="left", vertical="center", wrap_text=True)
_LEFT_TOP = Alignment(horizontal="left", vertical="top", wrap_text=True)
_RIGHT = Alignment(horizontal="right", vertical="center", wrap_text=True)

# Row heights are set explicitly because spreadsheet programs do not grow a row for wrapped
# text in merged cells; the estimate assumes a CJK character is two column units wide.
_LINE_HEIGHT = 15.0
_ROW_PADDING = 6.0
_MIN_ROW_HEIGHT = 21.0


def write_form(table: PerformanceTable | None, *, amounts_as_text: bool = False) -> bytes:
    """The form as ``.xlsx`` bytes; ``None`` gives a blank template with every heading.

    Amounts are numbers formatted ``#,##0.00``; ``amounts_as_text=True`` writes them as text
    with thousands separators instead (``"1,666.42"``, ``"7,200,000.00"``), the way many
    departments type them.
    """
    return _workbook_bytes([(SHEET_TITLE, table)], amounts_as_text=amounts_as_text)


def write_workbook(tables: Sequence[PerformanceTable], *, amounts_as_text: bool = False) -> bytes:
    """Several tables in one ``.xlsx``, one form per sheet named ``部门 年度`` (the bot's /export).

    Each sheet is the same form ``write_form`` writes, so any one sheet reads back on its own.

    >>> write_workbook([])[:2]                  # no tables: a workbook with a blank form
    b'PK'
    """
    if not tables:
        return write_form(None, amounts_as_text=amounts_as_text)
    titles: list[str] = []
    for table in tables:
        titles.append(_unique_sheet_title(f"{table.department} {table.year}", titles))
    return _workbook_bytes(list(zip(titles, tables, strict=True)), amounts_as_text=amounts_as_text)


def _workbook_bytes(
    sheets: Sequence[tuple[str, PerformanceTable | None]], *, amounts_as_text: bool
) -> bytes:
    workbook = Workbook()
    workbook.properties.creator = "jixiao-bot"
    workbook.remove(workbook.active)
    for title, table in sheets:
        sheet = workbook.create_sheet(title)
        _FormWriter(sheet, amounts_as_text=amounts_as_text).write(table)
    buffer = BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


_SHEET_TITLE_LIMIT = 31  # Excel refuses longer sheet names
_SHEET_TITLE_FORBIDDEN = str.maketrans({ch: "_" for ch in "[]:*?/\\"})


def _unique_sheet_title(wanted: str, taken: Sequence[str]) -> str:
    """``wanted`` made a legal Excel sheet name that is not in ``taken`` (case-insensitive)."""
    base = wanted.translate(_SHEET_TITLE_FORBIDDEN).strip("'") or "Sheet"
    title = base[-_SHEET_TITLE_LIMIT:]  # keep the year at the end when a name is too long
    taken_lower = {t.lower() for t in taken}
    number = 2
    while title.lower() in taken_lower:
        suffix = f" ({number})"
        title = base[-(_SHEET_TITLE_LIMIT - len(suffix)):] + suffix
        number += 1
    return title


def text_width(text: str) -> float:
    """Width of one line of ``text`` in column units (CJK and full-width characters count 2)."""
    return sum(2.0 if unicodedata.east_asian_width(ch) in "WF" else 1.1 for ch in text)


def format_amount_text(amount: Decimal) -> str:
    """An amount as departments type it: ``1,666.42``, ``7,200,000.00``."""
    return f"{amount:,.2f}"


def ordered_categories(table: PerformanceTable) -> list[tuple[str, str]]:
    """The (一级, 二级) categories in print order: the table's own list, then any category an
    indicator uses that the list lacks; the standard categories when the table has none."""
    seen = list(table.categories) + [(i.level1, i.level2) for i in table.indicators]
    ordered = list(dict.fromkeys(seen))
    return ordered or list(TEMPLATE_CATEGORIES)


@dataclass
class _RowNeed:
    """The lines each row needs, and vertical merges that may need more than their rows."""

    lines: dict[int, int] = field(default_factory=dict)
    fixed: dict[int, float] = field(default_factory=dict)
    vertical: list[tuple[int, int, int]] = field(default_factory=list)  # first, last, lines


class _FormWriter:
    """Writes one form top to bottom, keeping the next free row in ``self.row``."""

    def __init__(self, sheet: Worksheet, *, amounts_as_text: bool) -> None:
        self.sheet = sheet
        self.amounts_as_text = amounts_as_text
        self.row = 1
        self.needs = _RowNeed()

    # -- the parts of the form -------------------------------------------------------------

    def write(self, table: PerformanceTable | None) -> None:
        self._write_title(table)
        self._write_department(table)
        self._write_basic_info(table)
        self._write_budget(table)
        self._write_goals(table)
        self._write_tasks(table)
        self._write_indicators(table)
        self._apply_row_heights()
        self._apply_page_setup()

    def _write_title(self, table: PerformanceTable | None) -> None:
        title = (table.title if table and table.title else "") or DEFAULT_TITLE
        year = f"（{table.year}年）" if table else "（    年）"
        self._put(self.row, 1, title, font=_TITLE_FONT, align=_CENTER, border=False)
        self._merge(self.row, 1, self.row, LAST_COLUMN, border=False)
        self.needs.fixed[self.row] = 36.0
        self._put(self.row + 1, 1, year, font=_YEAR_FONT, align=_CENTER, border=False)
        self._merge(self.row + 1, 1, self.row + 1, LAST_COLUMN, border=False)
        self.needs.fixed[self.row + 1] = 24.0
        self.row += 2

    def _write_department(self, table: PerformanceTable | None) -> None:
        self._label(self.row, 1, "部门名称")
        self._text(self.row, 2, table.department if table else "", last_col=LAST_COLUMN)
        self.row += 1

    def _write_basic_info(self, table: PerformanceTable | None) -> None:
        info = table.basic_info if table else {}
        self._label(self.row, 1, "基本信息")
        for offset, name in enumerate(BASIC_INFO_FIELDS):
            column = 2 + 2 * offset
            self._label(self.row, column, name)
            value = info.get(name)
            self._put(self.row, column + 1, value, align=_CENTER)
        self.row += 1

    def _write_budget(self, table: PerformanceTable | None) -> None:
        amounts = {line.name: line.amount_wan for line in table.budget} if table else {}
        first = self.row
        for left, right, is_header in BUDGET_LAYOUT:
            for column, label in ((2, left), (4, right)):
                self._label(self.row, column, label)
                if is_header:
                    self._label(self.row, column + 1, AMOUNT_HEADING)
                else:
                    self._amount(self.row, column + 1, amounts.get(label))
            self.row += 1
        self._label(first, 1, BUDGET_HEADING)
        self._merge(first, 1, self.row - 1, 1)

    def _write_goals(self, table: PerformanceTable | None) -> None:
        self._heading(GOALS_HEADING)
        goals = "\n".join(table.goals) if table else ""
        self._put(self.row, 1, goals, align=_LEFT_TOP)
        self._merge(self.row, 1, self.row, LAST_COLUMN)
        self._need(self.row, goals, 1, LAST_COLUMN, minimum=4)
        self.row += 1

    def _write_tasks(self, table: PerformanceTable | None) -> None:
        tasks = table.tasks if table else []
        key = [t for t in tasks if t.section == KEY_TASKS]
        other = [t for t in tasks if t.section == OTHER_TASKS]

        self._heading(KEY_TASKS)
        name, content, amount, expected = KEY_TASK_COLUMNS
        self._header_row(((name, 1, 1), (content, 2, 3), (amount, 4, 4), (expected, 5, 5)))
        for task in _rows_or_blank(key, table):
            self._text(self.row, 1, task.name if task else "", align=_CENTER)
            self._text(self.row, 2, task.content if task else "", last_col=3)
            self._amount(self.row, 4, task.amount_yuan if task else None)
            self._text(self.row, 5, task.expected if task else "")
            self.row += 1

        self._heading(OTHER_TASKS_HEADING)
        name, content, amount = OTHER_TASK_COLUMNS
        self._header_row(((name, 1, 1), (content, 2, 4), (amount, 5, 5)))
        for task in _rows_or_blank(other, table):
            self._text(self.row, 1, task.name if task else "", align=_CENTER)
            self._text(self.row, 2, task.content if task else "", last_col=4)
            self._amount(self.row, 5, task.amount_yuan if task else None)
            self.row += 1

    def _write_indicators(self, table: PerformanceTable | None) -> None:
        self._heading(INDICATORS_HEADING)
        self._header_row(tuple((name, i + 1, i + 1) for i, name in enumerate(INDICATOR_COLUMNS)))

        # One printed row per indicator; an empty category still gets one row, as on the form.
        rows: list[tuple[str, str, tuple[str, str, str]]] = []
        if table is None:
            for level1, level2 in TEMPLATE_CATEGORIES:
                rows += [(level1, level2, ("", "", ""))] * TEMPLATE_ROWS_PER_CATEGORY
        else:
            for level1, level2 in ordered_categories(table):
                members = [
                    (i.level3, i.period_value, i.annual_value)
                    for i in table.indicators
                    if (i.level1, i.level2) == (level1, level2)
                ]
                rows += [(level1, level2, values) for values in members or [("", "", "")]]

        first = self.row
        for level1, level2, (level3, period, annual) in rows:
            self._label(self.row, 1, level1, bold=False)
            self._label(self.row, 2, level2, bold=False)
            self._text(self.row, 3, level3)
            self._text(self.row, 4, period, align=_CENTER)
            self._text(self.row, 5, annual, align=_CENTER)
            self.row += 1
        self._merge_runs(first, 1, [r[0] for r in rows])
        self._merge_runs(first, 2, [(r[0], r[1]) for r in rows])

    # -- cells -----------------------------------------------------------------------------

    def _put(
        self,
        row: int,
        column: int,
        value: object,
        *,
        font: Font = _TEXT_FONT,
        align: Alignment = _LEFT,
        border: bool = True,
        number_format: str | None = None,
    ) -> Cell:
        cell = self.sheet.cell(row=row, column=column)
        cell.value = value
        if isinstance(value, str) and value.startswith("="):
            cell.data_type = "s"  # printed text such as "=100%" is never a formula
        cell.font = font
        cell.alignment = align
        if border:
            cell.border = _BORDER
        if number_format:
            cell.number_format = number_format
        return cell

    def _label(self, row: int, column: int, text: str, *, bold: bool = True) -> None:
        self._put(row, column, text, font=_BOLD_FONT if bold else _TEXT_FONT, align=_CENTER)
        self._need(row, text, column, column)

    def _text(
        self,
        row: int,
        column: int,
        text: str,
        *,
        last_col: int | None = None,
        align: Alignment = _LEFT,
    ) -> None:
        self._put(row, column, text, align=align)
        if last_col and last_col > column:
            self._merge(row, column, row, last_col)
        self._need(row, text, column, last_col or column)

    def _amount(self, row: int, column: int, amount: Decimal | None) -> None:
        if amount is None:
            self._put(row, column, None, align=_RIGHT)
        elif self.amounts_as_text:
            text = format_amount_text(amount)
            self._put(row, column, text, align=_RIGHT)
            self._need(row, text, column, column)
        else:
            number: int | float = (
                int(amount) if amount == amount.to_integral_value() else float(amount)
            )
            self._put(row, column, number, align=_RIGHT, number_format=AMOUNT_FORMAT)

    def _heading(self, text: str) -> None:
        self._put(self.row, 1, text, font=_BOLD_FONT, align=_CENTER)
        self._merge(self.row, 1, self.row, LAST_COLUMN)
        self.row += 1

    def _header_row(self, spans: Iterable[tuple[str, int, int]]) -> None:
        for text, first, last in spans:
            self._label(self.row, first, text)
            if last > first:
                self._merge(self.row, first, self.row, last)
                self._need(self.row, text, first, last)
        self.row += 1

    def _merge(
        self, first_row: int, first_col: int, last_row: int, last_col: int, *, border: bool = True
    ) -> None:
        # Border every covered cell, so the merged area prints with its full frame.
        if border:
            for r in range(first_row, last_row + 1):
                for c in range(first_col, last_col + 1):
                    self.sheet.cell(row=r, column=c).border = _BORDER
        if (first_row, first_col) != (last_row, last_col):
            self.sheet.merge_cells(
                start_row=first_row, start_column=first_col, end_row=last_row, end_column=last_col
            )

    def _merge_runs(self, first_row: int, column: int, keys: Sequence[object]) -> None:
        """Merge ``column`` down over each run of equal ``keys`` (一级 or 二级 cells)."""
        start = 0
        for index in range(1, len(keys) + 1):
            if index == len(keys) or keys[index] != keys[start]:
                if index - 1 > start:
                    top = first_row + start
                    self._merge(top, column, first_row + index - 1, column)
                    text = str(self.sheet.cell(row=top, column=column).value or "")
                    lines = _line_count(text, COLUMN_WIDTHS[column - 1])
                    self.needs.vertical.append((top, first_row + index - 1, lines))
                start = index

    # -- layout ----------------------------------------------------------------------------

    def _need(self, row: int, text: str, first_col: int, last_col: int, minimum: int = 1) -> None:
        width = sum(COLUMN_WIDTHS[first_col - 1 : last_col])
        lines = max(minimum, _line_count(text or "", width))
        self.needs.lines[row] = max(self.needs.lines.get(row, 1), lines)

    def _apply_row_heights(self) -> None:
        heights: dict[int, float] = {}
        for row in range(1, self.row):
            if row in self.needs.fixed:
                heights[row] = self.needs.fixed[row]
            else:
                lines = self.needs.lines.get(row, 1)
                heights[row] = max(_MIN_ROW_HEIGHT, lines * _LINE_HEIGHT + _ROW_PADDING)
        for first, last, lines in self.needs.vertical:
            wanted = lines * _LINE_HEIGHT + _ROW_PADDING
            have = sum(heights[r] for r in range(first, last + 1))
            if have < wanted:
                heights[last] += wanted - have
        for row, height in heights.items():
            self.sheet.row_dimensions[row].height = round(height, 1)

    def _apply_page_setup(self) -> None:
        sheet = self.sheet
        for index, width in enumerate(COLUMN_WIDTHS, start=1):
            sheet.column_dimensions[get_column_letter(index)].width = width
        sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
        sheet.page_setup.orientation = sheet.ORIENTATION_PORTRAIT
        sheet.page_setup.fitToWidth = 1
        sheet.page_setup.fitToHeight = 0  # as many pages tall as the table needs
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
        sheet.print_options.horizontalCentered = True
        sheet.page_margins = PageMargins(left=0.6, right=0.6, top=0.7, bottom=0.8, footer=0.4)
        sheet.oddFooter.center.text = "第 &P 页，共 &N 页"
        sheet.oddFooter.center.size = 9
        sheet.print_area = f"A1:{get_column_letter(LAST_COLUMN)}{self.row - 1}"


def _rows_or_blank(tasks: list[Task], table: PerformanceTable | None) -> list[Task | None]:
    """The task rows to print: the tasks, or empty rows to fill in on a template."""
    if tasks:
        return list(tasks)
    return [None] * (TEMPLATE_TASK_ROWS if table is None else 1)


def _line_count(text: str, width: float) -> int:
    capacity = max(1.0, width - 1.5)
    return sum(max(1, math.ceil(text_width(part) / capacity)) for part in text.split("\n"))
