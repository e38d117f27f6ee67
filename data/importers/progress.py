"""Read a progress file (CSV or XLSX) into its data rows, before any checking.

A progress file has a header row with the columns ``部门, 年度, 名称, 截至日期, 完成值`` and
optionally ``备注``, in any order, in one of its first rows (a title above it is common). What
this module gives back is each data row as ``(row number, {column: cell})``: row numbers are the
ones a spreadsheet shows, cells are text (CSV) or typed values (XLSX: ``Decimal`` numbers, dates,
``"93%"`` for a percent-formatted number). Whether the rows make sense is for
``data.progress`` to decide.

The size limit and the spreadsheet cell reading are the table readers' (``data.importers``).

>>> rows = read_progress_rows(path.read_bytes(), path.name)
>>> rows[0]
(2, {'部门': '东莞市总工会', '年度': '2026', '名称': '产业工人建设经费', ...})
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from decimal import Decimal
from pathlib import Path

from data.errors import FileTooLarge, ImportRefused
from data.importers import MAX_FILE_BYTES
from data.values import normalize_width

REQUIRED_COLUMNS = ("部门", "年度", "名称", "截至日期", "完成值")
OPTIONAL_COLUMNS = ("备注",)
# Header spellings seen in practice, mapped to the canonical column.
COLUMN_ALIASES = {
    "部门名称": "部门", "单位": "部门", "单位名称": "部门", "年份": "年度", "年": "年度",
    "指标名称": "名称", "任务名称": "名称", "指标或任务": "名称", "三级指标": "名称", "项目": "名称",
    "截止日期": "截至日期", "截至": "截至日期", "日期": "截至日期", "统计截至日期": "截至日期",
    "完成情况": "完成值", "实际完成值": "完成值", "完成数": "完成值", "说明": "备注",
}
HEADER_SEARCH_ROWS = 10  # a title row or two above the header is common in spreadsheets

Row = tuple[int, dict[str, object]]
Grid = list[tuple[int, list[object]]]


class ProgressFileError(ImportRefused):
    """A progress file with bad rows; ``errors`` lists each as ``第 N 行：…``. Nothing stored."""

    def __init__(self, message: str, errors: list[str] | None = None) -> None:
        super().__init__(message)
        self.errors = errors or []


def compact(text: object) -> str:
    """Cell text without spaces, full-width forms folded: ``" 总 工会 "`` → ``总工会``."""
    return "".join(normalize_width(str(text)).split()) if text is not None else ""


def read_progress_rows(content: bytes, filename: str) -> list[Row]:
    """The data rows of a progress file. Raises ``ImportRefused`` (``ProgressFileError`` for a
    file that is not a progress file or has no rows)."""
    if len(content) > MAX_FILE_BYTES:
        raise FileTooLarge(f"文件太大（{len(content) / 1024 / 1024:.1f} MB）：单个文件不能超过 20 MB。")
    if not content:
        raise ProgressFileError(f"文件“{filename}”是空的。")
    suffix = Path(filename).suffix.lower()
    if content.startswith(b"PK\x03\x04"):
        grid = _xlsx_grid(content, filename)
    elif suffix in (".xlsx", ".xlsm"):
        raise ProgressFileError(f"无法读取 Excel 文件“{filename}”：文件已损坏或不是 .xlsx 格式。")
    elif suffix == ".xls":
        raise ProgressFileError("暂不支持旧版 .xls 文件：请在 Excel 中“另存为” .xlsx 或 CSV 后再发送。")
    else:
        grid = _csv_grid(content, filename)
    return _rows_under_header(grid, filename)


def looks_like_progress_file(content: bytes, filename: str) -> bool:
    """Cheap header sniffing, for routing an uploaded document: a CSV/XLSX whose first rows
    hold the 名称 and 完成值 columns (never raises)."""
    suffix = Path(filename).suffix.lower()
    try:
        if content.startswith(b"PK\x03\x04") and suffix in (".xlsx", ".xlsm", ""):
            grid = _xlsx_grid(content, filename)
        elif suffix in (".csv", ".tsv", ".txt") and not content.startswith(b"%PDF"):
            head = content[:8192]
            cut = head.rfind(b"\n")
            grid = _csv_grid(head[:cut] if cut > 0 else head, filename)
        else:
            return False
        return _find_header(grid) is not None
    except Exception:  # anything unreadable is simply not a progress file
        return False


# ---------------------------------------------------------------- CSV


def _decode(content: bytes, filename: str) -> str:
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return content.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ProgressFileError(f"无法识别文件“{filename}”的编码：请保存为 UTF-8 或 GBK 编码的 CSV。")


def _csv_grid(content: bytes, filename: str) -> Grid:
    if b"\x00" in content[:4096]:
        raise ProgressFileError(f"文件“{filename}”不是 CSV 文本文件。")
    text = _decode(content, filename)
    first_line = text.split("\n", 1)[0]
    delimiter = max(",\t;，", key=first_line.count)
    if delimiter == "，":  # a full-width comma typed by hand; csv needs one character anyway
        text = text.replace("，", ",")
        delimiter = ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    grid = []
    start = 1
    for cells in reader:
        grid.append((start, list(cells)))
        start = reader.line_num + 1
    return grid


# ---------------------------------------------------------------- XLSX


def _xlsx_grid(content: bytes, filename: str) -> Grid:
    import openpyxl  # only for XLSX uploads

    try:
        workbook = openpyxl.load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    except Exception as error:
        raise ProgressFileError(
            f"无法读取 Excel 文件“{filename}”：文件已损坏或不是 .xlsx 格式。") from error
    try:
        grids = [_sheet_grid(sheet) for sheet in workbook.worksheets]
    finally:
        workbook.close()
    # The first sheet that has the header (a workbook may start with a notes sheet).
    return next((grid for grid in grids if _find_header(grid) is not None),
                grids[0] if grids else [])


def _sheet_grid(sheet) -> Grid:
    return [(number, [cell_value(cell) for cell in row])
            for number, row in enumerate(sheet.iter_rows(), 1)]


def cell_value(cell) -> object:
    """A spreadsheet cell as progress checks want it: numbers exact (``Decimal``; 1666.42 never
    1666.4199…), a percent-formatted number with its ``%`` back (0.93 → ``"93%"``), a date cell
    as a ``date``, text as text."""
    from data.importers.xlsx import cell_text, exact_number

    value = getattr(cell, "value", None)
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, int | float | Decimal):
        number_format = getattr(cell, "number_format", "") or ""
        if "%" in number_format:
            return cell_text(value, number_format)
        number = exact_number(value)
        return number if number is not None else str(value)
    if isinstance(value, dt.datetime):
        return value.date()
    return value


# ---------------------------------------------------------------- the header


def _canonical_column(cell: object) -> str:
    name = compact(cell).strip("*＊:：")
    name = re.sub(r"[（(].*?[)）]$", "", name)  # 完成值（含单位） → 完成值
    return COLUMN_ALIASES.get(name, name)


def _find_header(grid: Grid) -> tuple[int, dict[str, int]] | None:
    for index, (_, cells) in enumerate(grid[:HEADER_SEARCH_ROWS]):
        columns: dict[str, int] = {}
        for position, cell in enumerate(cells):
            name = _canonical_column(cell)
            if name in REQUIRED_COLUMNS + OPTIONAL_COLUMNS and name not in columns:
                columns[name] = position
        if {"名称", "完成值"} <= columns.keys():
            return index, columns
    return None


def _rows_under_header(grid: Grid, filename: str) -> list[Row]:
    found = _find_header(grid)
    if found is None:
        raise ProgressFileError(
            f"文件“{filename}”不是进度文件：第一行应为表头 {'、'.join(REQUIRED_COLUMNS)}"
            f"（备注可选）。")
    index, columns = found
    missing = [c for c in REQUIRED_COLUMNS if c not in columns]
    if missing:
        raise ProgressFileError(f"进度文件“{filename}”缺少列：{'、'.join(missing)}。")
    rows = []
    for number, cells in grid[index + 1:]:
        row = {name: cells[pos] if pos < len(cells) else None for name, pos in columns.items()}
        if all(v is None or str(v).isspace() or v == "" for v in row.values()):
            continue  # blank lines, trailing empty spreadsheet rows
        rows.append((number, row))
    if not rows:
        raise ProgressFileError(f"进度文件“{filename}”只有表头，没有数据行。")
    return rows
