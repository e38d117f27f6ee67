"""The cells read from the pages of a scan, laid on one grid of rows and columns — the same grid
the PDF reader gives for a digital PDF: a cell goes to the column where its left edge sits
(positions compared as shares of the table's width, so pages photographed at different sizes
still agree), a merged cell fills only its first row and column, and text above the first
table (title, year) comes as one-cell rows. Each grid position keeps the ``OcrCell`` it came
from, so that a value of the table that was read can be traced back to its picture.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from data.importers.common import (
    BUDGET_HEADINGS,
    BUDGET_LABELS,
    GOALS_HEADING,
    INDICATOR_COLUMNS,
    INDICATORS_HEADING,
    KEY_TASK_COLUMNS,
    LEVEL1_NAMES,
    LEVEL2_NAMES,
    OTHER_TASK_COLUMNS,
    label_key,
)
from data.importers.department import BASIC_INFO_HEADING, BUDGET_HEADING, DEPARTMENT_LABEL
from data.importers.ocr.cells import OcrCell
from data.importers.ocr.geometry import Box
from data.model import BASIC_INFO_FIELDS, FORM_LABELS, KEY_TASKS, OTHER_TASKS

# Left edges closer than this share of the table width are one column.
COLUMN_TOLERANCE = 0.012
ROW_TOLERANCE = 10  # pixels between the tops of cells of one row

# Printed labels of the form: a cell read within one or two characters of one of these is that
# label (a label is never a value someone filled in, so nothing is lost).
LABELS = tuple(dict.fromkeys((
    DEPARTMENT_LABEL, BASIC_INFO_HEADING, BUDGET_HEADING, *BASIC_INFO_FIELDS, *BUDGET_LABELS,
    *BUDGET_HEADINGS, GOALS_HEADING, INDICATORS_HEADING, *INDICATOR_COLUMNS, *KEY_TASK_COLUMNS,
    *OTHER_TASK_COLUMNS, KEY_TASKS, OTHER_TASKS, f"{OTHER_TASKS}（可选填）", *LEVEL1_NAMES,
    *LEVEL2_NAMES,
)))
TITLES = tuple(FORM_LABELS.values())


@dataclass
class PageCells:
    """One upright page: the table's box, its cells as read, and text lines above it."""

    table: Box
    cells: list[OcrCell]
    lines_above: list[OcrCell] = field(default_factory=list)


@dataclass
class ScanGrid:
    """Rows of cell texts for the grid parser, and the cell behind each non-empty text."""

    rows: list[list[str]]
    sources: list[list[OcrCell | None]]

    def cells_in_row(self, row: int) -> list[tuple[int, OcrCell]]:
        return [(c, cell) for c, cell in enumerate(self.sources[row]) if cell is not None]


def build_grid(pages: list[PageCells]) -> ScanGrid:
    for page in pages:
        for cell in page.cells:
            cell.text = snap_label(cell.text)
        for line in page.lines_above:
            line.text = snap_title(line.text)
    starts = _column_starts([_relative_x(cell.box.x0, page.table)
                             for page in pages for cell in page.cells])
    rows: list[list[str]] = []
    sources: list[list[OcrCell | None]] = []
    page_rows: list[list[int]] = []  # grid row indexes of each page's table rows
    for line in pages[0].lines_above if pages else []:
        rows.append([line.text] + [""] * (len(starts) - 1))
        sources.append([line] + [None] * (len(starts) - 1))
    for page in pages:
        indexes = []
        for group in _rows_of(page.cells):
            row: list[str] = [""] * len(starts)
            source: list[OcrCell | None] = [None] * len(starts)
            for cell in group:
                column = _column_of(starts, _relative_x(cell.box.x0, page.table))
                if source[column] is None:
                    row[column], source[column] = cell.text, cell
                elif cell.text:
                    row[column] = f"{row[column]}\n{cell.text}" if row[column] else cell.text
            indexes.append(len(rows))
            rows.append(row)
            sources.append(source)
        page_rows.append(indexes)
    grid = ScanGrid(rows, sources)
    _join_cells_split_by_pages(grid, pages, page_rows)
    return grid


def snap_label(text: str) -> str:
    """A cell's text, or the printed label it was meant to be (``下星二级单位数`` ->
    ``下属二级单位数``)."""
    key = label_key(text)
    if len(key) < 4 or key in LABELS:
        return text
    ranked = sorted((edit_distance(key, label), label) for label in LABELS)
    (distance, best), runner_up = ranked[0], ranked[1][0]
    allowed = 1 if len(best) < 6 else 2
    # Two characters off only when no other label is as close (下星一级单位数 -> 下属二级单位数).
    return best if distance <= allowed and (distance == 1 or runner_up > distance) else text


def snap_title(text: str) -> str:
    """A title line with the form's name in it spelled as printed (``部门整体预算绩效目标表``):
    the closest window of the line, one character off at most, becomes the name."""
    key = label_key(text)
    if any(title in key for title in TITLES):
        return text
    best: tuple[int, int, int, int, str] | None = None  # distance, off, start, length, title
    for title in TITLES:
        for length in (len(title), len(title) - 1, len(title) + 1):
            for start in range(0, max(1, len(key) - length + 1)):
                distance = edit_distance(key[start : start + length], title)
                candidate = (distance, abs(length - len(title)), start, length, title)
                if distance <= 1 and (best is None or candidate < best):
                    best = candidate
    if best is None:
        return text
    _, _, start, length, title = best
    return key[:start] + title + key[start + length :]


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance."""
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def _relative_x(x: int, table: Box) -> float:
    return (x - table.x0) / max(1, table.width)


def _column_starts(lefts: list[float]) -> list[float]:
    starts: list[float] = []
    for x in sorted(lefts):
        if not starts or x - starts[-1] > COLUMN_TOLERANCE:
            starts.append(x)
    return starts or [0.0]


def _column_of(starts: list[float], x: float) -> int:
    return min(range(len(starts)), key=lambda i: abs(starts[i] - x))


def _rows_of(cells: list[OcrCell]) -> list[list[OcrCell]]:
    """Cells grouped by the row they start in, top to bottom, each row left to right."""
    groups: list[list[OcrCell]] = []
    for cell in sorted(cells, key=lambda c: c.box.y0):
        if groups and cell.box.y0 - groups[-1][0].box.y0 <= ROW_TOLERANCE:
            groups[-1].append(cell)
        else:
            groups.append([cell])
    return [sorted(group, key=lambda c: c.box.x0) for group in groups]


def _join_cells_split_by_pages(grid: ScanGrid, pages: list[PageCells],
                               page_rows: list[list[int]]) -> None:
    """Give a cell merged down over a page break its text in its first row (see the PDF
    reader): the blank part above the break takes the text printed below it, and the part
    below becomes blank, to be filled down by the grid parser."""
    merged = _columns_merged_down(grid, page_rows)
    for number in range(len(pages) - 2, -1, -1):
        before, after = page_rows[number], page_rows[number + 1]
        if not before or not after:
            continue
        bottom = pages[number].table.y1
        first = after[0]
        for column, cell in grid.cells_in_row(first):
            if column not in merged or not grid.rows[first][column].strip():
                continue
            for index in reversed(before):
                above = grid.sources[index][column]
                if above is None:
                    continue
                if abs(above.box.y1 - bottom) <= 14 and not grid.rows[index][column].strip():
                    grid.rows[index][column] = grid.rows[first][column]
                    grid.sources[index][column] = cell
                    grid.rows[first][column] = ""
                    grid.sources[first][column] = None
                break


def _columns_merged_down(grid: ScanGrid, page_rows: list[list[int]]) -> set[int]:
    merged: set[int] = set()
    for indexes in page_rows:
        tops = sorted({cell.box.y0 for i in indexes for _, cell in grid.cells_in_row(i)})
        for i in indexes:
            for column, cell in grid.cells_in_row(i):
                if any(cell.box.y0 + ROW_TOLERANCE < top < cell.box.y1 - ROW_TOLERANCE
                       for top in tops):
                    merged.add(column)
    return merged
