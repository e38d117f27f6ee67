"""Read the form from an ``.xlsx`` workbook.

The first sheet that holds the form (a “部门名称” or “绩效指标” cell) is turned into a grid of
cell strings — merged ranges filled with their top-left value, numbers written exactly as they
print (1666.42, never 1666.4199999) — and handed to :func:`data.importers.grid.parse_grid`.

>>> from data.xlsx_form import write_form
>>> read_xlsx(write_form(None))
Traceback (most recent call last):
...
data.errors.TableFormatError: “部门名称”一栏是空的，请填上部门名称后再发送。
"""

from __future__ import annotations

import datetime as dt
import logging
from decimal import Decimal, InvalidOperation
from io import BytesIO

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from data.errors import TableFormatError
from data.importers.common import label_key
from data.importers.grid import FORM_MARKERS, parse_grid
from data.model import PerformanceTable
from data.values import format_plain, parse_amount

log = logging.getLogger(__name__)

# A form has a few hundred rows at most; cells far beyond are formatting left-overs.
MAX_ROWS = 5000
MAX_COLUMNS = 40

_OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # legacy .xls (and other OLE files)

CORRUPT_FILE = "无法读取 Excel 文件：文件已损坏或不是 .xlsx 格式。"
LEGACY_XLS = "这是旧版 .xls 文件，请在 Excel 里“另存为” .xlsx 格式后再发送。"
NO_FORM = "这个 Excel 文件里没有找到绩效目标表（缺少“部门名称”“项目名称”或“绩效指标”）。"



def read_xlsx(content: bytes) -> PerformanceTable:
    """The table in an ``.xlsx`` file; ``TableFormatError`` when it cannot be read or lacks it."""
    if content.startswith(_OLE_SIGNATURE):
        raise TableFormatError(LEGACY_XLS)
    try:
        workbook = load_workbook(BytesIO(content), read_only=False, data_only=True)
    except Exception as error:  # zipfile, XML and openpyxl errors all mean the same to a user
        log.info("could not open an Excel file", exc_info=True)
        raise TableFormatError(CORRUPT_FILE) from error
    try:
        for sheet in workbook.worksheets:
            grid = sheet_grid(sheet)
            if any(label_key(text) in FORM_MARKERS for row in grid for text in row):
                return parse_grid(grid, _cell_locator)
    finally:
        workbook.close()
    raise TableFormatError(NO_FORM)


def _cell_locator(row: int, column: int) -> str:
    return f"单元格 {get_column_letter(column + 1)}{row + 1}"


def sheet_grid(sheet: Worksheet) -> list[list[str]]:
    """The sheet's cells as strings, every merged range filled with its top-left value."""
    max_row = min(sheet.max_row, MAX_ROWS)
    max_col = min(sheet.max_column, MAX_COLUMNS)
    grid = [
        [cell_text(cell.value, cell.number_format) for cell in row]
        for row in sheet.iter_rows(min_row=1, max_row=max_row, min_col=1, max_col=max_col)
    ]
    for merged in sheet.merged_cells.ranges:
        top, left = merged.min_row - 1, merged.min_col - 1
        if top >= max_row or left >= max_col:
            continue
        value = grid[top][left]
        for r in range(top, min(merged.max_row, max_row)):
            for c in range(left, min(merged.max_col, max_col)):
                grid[r][c] = value
    return grid


def cell_text(value: object, number_format: str = "General") -> str:
    """A cell value as the text it stands for: 1666.42 -> ``1666.42``, 2094000 -> ``2094000``.

    Percent-formatted numbers keep their percent (0.9 -> ``90%``); dates print as ISO dates.
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, int | float | Decimal):
        number = exact_number(value)
        if number is None:
            return str(value)
        if "%" in (number_format or ""):
            return f"{format_plain(number * 100)}%"
        return format_plain(number)
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(" ")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return str(value)


def exact_number(value: int | float | Decimal) -> Decimal | None:
    """A number cell as an exact Decimal (floats through ``repr``), or None for inf/nan."""
    try:
        number = parse_amount(value)
    except (InvalidOperation, ValueError, OverflowError):
        return None  # inf, nan or a float too large for six decimals: print it as stored
    return number if number is not None and number.is_finite() else None
