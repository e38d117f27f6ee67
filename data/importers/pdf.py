"""Read the form from a PDF (as printed from Excel/WPS or converted by LibreOffice).

Every page's ruled tables are found with pdfplumber and laid on one grid for the whole
document: a cell goes to the column where its left edge sits, so a table that runs over
several pages keeps its columns, a merged cell leaves the columns it covers blank and a cell
merged down (一级/二级指标) is blank in the rows below it. Text above the first table (the title
and （2026年）) comes along as one-cell rows. The rows then go to
:func:`data.importers.grid.parse_grid`, which skips headings repeated at a page break.

A PDF whose table has no ruling lines is refused rather than guessed at (a wrong guess would
silently mix up columns); :func:`pdf_text` gives its text for the text reader instead.

>>> from pathlib import Path
>>> table = read_pdf(Path("tests/fixtures/zonggonghui_2026.pdf").read_bytes())  # doctest: +SKIP
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from io import BytesIO

import pdfplumber
from pdfplumber.page import Page
from pdfplumber.table import Table

from data.errors import ImageOnlyPdf, TableFormatError
from data.importers.common import TITLE_WORDS, label_key
from data.importers.grid import FORM_MARKERS, parse_grid
from data.importers.limits import check_pdf_page
from data.model import PerformanceTable

log = logging.getLogger(__name__)

MAX_PAGES = 40
# Cells whose left edges are this close (in points) are in the same column.
COLUMN_TOLERANCE = 3.0

RULED = {"vertical_strategy": "lines", "horizontal_strategy": "lines", "snap_tolerance": 3}

CORRUPT_FILE = "无法读取 PDF 文件：文件已损坏或不是 PDF 格式。"
ENCRYPTED = "这个 PDF 设置了密码或加密，无法读取，请发送未加密的 PDF 或 Excel 文件。"
NO_TEXT = "这个 PDF 里没有可读取的文字（可能是扫描件或图片），请发送 Excel 文件或可复制文字的 PDF。"
NO_TABLE = (
    "这个 PDF 里没有找到绩效目标表格（没有“部门名称”“绩效指标”等栏目），"
    "请确认发送的是绩效目标表（部门整体或项目支出）。"
)
UNRULED_TABLE = (
    "这个 PDF 里的表格没有表格线，无法可靠地分清各栏，"
    "请发送 Excel 文件，或把表格文字复制后直接发送。"
)
TOO_MANY_PAGES = "这个 PDF 有 {pages} 页，超过 {limit} 页，不像是一张绩效目标表。"

_PAGE_NUMBER = re.compile(r"^(第\s*\d+\s*页.*|-?\s*\d+\s*-?|\d+\s*/\s*\d+|page\s*\d+.*)$", re.I)
_MARKERS = (*FORM_MARKERS, *TITLE_WORDS)


def read_pdf(content: bytes) -> PerformanceTable:
    """The table in a PDF; ``TableFormatError`` when the PDF cannot be read or lacks the form."""
    return table_from_rows(pdf_rows(content))


def table_from_rows(rows: list[list[str]]) -> PerformanceTable:
    """The form in grid rows as this reader lays them out (the OCR reader lays out its cells
    the same way and comes through here too)."""
    return parse_grid(rows)


def pdf_rows(content: bytes) -> list[list[str]]:
    """The PDF's form as grid rows (cell texts with their line breaks), ready for parse_grid."""
    try:
        with pdfplumber.open(BytesIO(content)) as pdf:
            if len(pdf.pages) > MAX_PAGES:
                raise TableFormatError(TOO_MANY_PAGES.format(pages=len(pdf.pages), limit=MAX_PAGES))
            rows = _rows(pdf.pages)
            if rows is not None:
                return rows
            # Without ruling lines the columns can only be guessed from the text layout, and a
            # wrong guess silently mixes up cells; better to ask for a file that can be read.
            text = "\n".join(page.extract_text() or "" for page in pdf.pages)
    except TableFormatError:
        raise
    except Exception as error:  # pdfminer raises many types for damaged or encrypted files
        log.info("could not read a PDF", exc_info=True)
        raise TableFormatError(_failure_message(error)) from error
    if not text.strip():
        raise ImageOnlyPdf(NO_TEXT)  # a scan: read with OCR when the [ocr] extra is installed
    if any(marker in label_key(text) for marker in _MARKERS):
        raise TableFormatError(UNRULED_TABLE)
    raise TableFormatError(NO_TABLE)


def pdf_text(content: bytes) -> str:
    """The PDF's text, page after page (for the text reader when a PDF has no ruled table)."""
    try:
        with pdfplumber.open(BytesIO(content)) as pdf:
            return "\n".join(page.extract_text() or "" for page in pdf.pages[:MAX_PAGES])
    except Exception as error:
        raise TableFormatError(_failure_message(error)) from error


def _failure_message(error: Exception) -> str:
    chain: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and len(chain) < 5:
        chain.append(current)
        current = current.__cause__ or current.__context__
    names = " ".join(f"{type(e).__name__} {e}" for e in chain).lower()
    return ENCRYPTED if "password" in names or "encrypt" in names else CORRUPT_FILE


@dataclass
class _Cell:
    """A table cell where it starts, with its extent (a merged cell spans several rows)."""

    x0: float
    x1: float
    top: float
    bottom: float
    text: str
    column: int = 0


@dataclass
class _Line:
    """A printed row: the table cells that start in it, or one line of text outside tables."""

    page: int
    top: float
    cells: list[_Cell]
    outside: bool = False  # text outside the tables goes to the first column


def _rows(pages: list[Page]) -> list[list[str]] | None:
    """All rows of all tables on all pages on one column grid; None when there is no table."""
    lines: list[_Line] = []
    seen_table = False
    for number, page in enumerate(pages):
        check_pdf_page(page, number, len(pages))  # before the costly table finding
        tables = _find_tables(page)
        if not tables:
            continue
        if not seen_table:
            lines += _text_above(page, number, tables[0].bbox[1])
            seen_table = True
        for table in tables:
            for row, texts in zip(table.rows, table.extract(), strict=True):
                cells = [
                    _Cell(bbox[0], bbox[2], bbox[1], bbox[3], text or "")
                    for bbox, text in zip(row.cells, texts, strict=True)
                    if bbox is not None
                ]
                if cells:
                    lines.append(_Line(number, row.bbox[1], cells))
    if not seen_table:
        return None
    columns = _column_starts(c.x0 for line in lines if not line.outside for c in line.cells)
    grid: list[list[str]] = []
    for line in lines:
        row = [""] * len(columns)
        for cell in line.cells:
            cell.column = 0 if line.outside else _column_of(columns, cell.x0)
            text = row[cell.column]
            row[cell.column] = f"{text}\n{cell.text}" if text else cell.text
        grid.append(row)
    _join_cells_split_by_pages(lines, grid)
    return grid


def _find_tables(page: Page) -> list[Table]:
    """The page's ruled tables, top to bottom.

    At a page break the printed table is open: a cell merged down over the break has no
    border where the page cuts it, so pdfplumber would find no cell there at all. A second
    pass closes every table with lines along its top and bottom edges.
    """
    tables = page.find_tables(RULED)
    if tables:
        edges = sorted({round(y, 2) for t in tables for y in (t.bbox[1], t.bbox[3])})
        tables = page.find_tables({**RULED, "explicit_horizontal_lines": edges})
    tables = [t for t in tables if t.rows and len(t.columns) >= 2]
    return sorted(tables, key=lambda t: (t.bbox[1], t.bbox[0]))


def _join_cells_split_by_pages(lines: list[_Line], grid: list[list[str]]) -> None:
    """Give a merged cell cut by a page break its text in its first row.

    A cell merged down over a page break is printed as two cells, and its text sits in only
    one of them — often the one on the next page. The part above the break is then a blank
    cell starting a new group (say 产出指标), which filling down would wrongly take from the
    group before. In columns that do merge cells down, a blank cell reaching the bottom of a
    page whose column continues with text at the top of the next page gets that text, and
    the continuation becomes blank so that it is filled down. Breaks are handled last to
    first, so a cell running over three pages gets its text even from the third.
    """
    table_rows = [i for i, line in enumerate(lines) if not line.outside]
    by_page: dict[int, list[int]] = {}
    for index in table_rows:
        by_page.setdefault(lines[index].page, []).append(index)
    merged_columns = _columns_merged_down(lines, by_page)
    pages = sorted(by_page)
    for before, after in reversed(list(zip(pages, pages[1:], strict=False))):
        bottom = max(c.bottom for i in by_page[before] for c in lines[i].cells)
        first = by_page[after][0]
        for cell in lines[first].cells:
            if cell.column not in merged_columns or not grid[first][cell.column].strip():
                continue
            above = [
                (i, c)
                for i in by_page[before]
                for c in lines[i].cells
                if c.column == cell.column
                and abs(c.bottom - bottom) <= COLUMN_TOLERANCE
                and abs(c.x1 - cell.x1) <= COLUMN_TOLERANCE
            ]
            if above and not grid[above[-1][0]][cell.column].strip():
                grid[above[-1][0]][cell.column] = grid[first][cell.column]
                grid[first][cell.column] = ""


def _columns_merged_down(lines: list[_Line], by_page: dict[int, list[int]]) -> set[int]:
    """Columns in which some cell spans more than one row."""
    merged: set[int] = set()
    for indexes in by_page.values():
        tops = sorted({lines[i].top for i in indexes})
        for i in indexes:
            for cell in lines[i].cells:
                start = bisect_left(tops, cell.top + COLUMN_TOLERANCE)
                if start < len(tops) and tops[start] < cell.bottom - COLUMN_TOLERANCE:
                    merged.add(cell.column)
    return merged


def _text_above(page: Page, number: int, top: float) -> list[_Line]:
    """Text lines above the first table (title, year), each as a one-cell row."""
    if top <= 1:
        return []
    region = page.crop((0, 0, page.width, top), strict=False)
    lines = []
    for line in region.extract_text_lines():
        text = line["text"].strip()
        if text and not _PAGE_NUMBER.match(text):
            cell = _Cell(line["x0"], line["x1"], line["top"], line["bottom"], text)
            lines.append(_Line(number, line["top"], [cell], outside=True))
    return lines


def _column_starts(lefts: Iterable[float]) -> list[float]:
    """Left edges of the grid's columns: x positions clustered within COLUMN_TOLERANCE."""
    starts: list[float] = []
    for x in sorted(lefts):
        if not starts or x - starts[-1] > COLUMN_TOLERANCE:
            starts.append(x)
    return starts


def _column_of(starts: list[float], x: float) -> int:
    index = bisect_left(starts, x)
    if index == len(starts) or (index > 0 and x - starts[index - 1] < starts[index] - x):
        index -= 1
    return max(0, index)
