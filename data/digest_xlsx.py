"""The digest as a flat XLSX, for people who live in Excel: one row per item, one header row.

Columns: 部门, 名称, 目标, 实际, 单位, 比率, 状态, 截至日期, 填报人 — department, item, target
(a task's amount in 元 as a number; an indicator's 年度指标值 as printed, ``≥660人``), actual
(a number in the unit, or 达成 / 部分达成 / 未达成), unit, ratio (the status rule's ratio, as a
percentage), status, as-of date and reporter. Departments come worst first and items as in the
digest (red and yellow worst first, then the others), so the sheet reads like the chat; the
header has filters for any other order.

>>> Path("进度.xlsx").write_bytes(digest_workbook(build_digest(store, date(2026, 12, 1))))
"""

from __future__ import annotations

import io
from decimal import Decimal

from openpyxl import Workbook
from openpyxl.styles import Font

from data.digest import SUMMARY_ORDER, Digest, ItemStatus, Overview
from data.progress import TASK

HEADERS = ("部门", "名称", "目标", "实际", "单位", "比率", "状态", "截至日期", "填报人")
WIDTHS = (22, 28, 16, 14, 8, 9, 8, 12, 16)


def digest_rows(digests: list[Digest]) -> list[tuple]:
    """The sheet's data rows (without the header)."""
    rows = []
    for digest in Overview.of(digests).digests:
        items = digest.attention() + [i for s in SUMMARY_ORDER for i in digest.by_status(s)]
        rows += [_row(digest, item) for item in items]
    return rows


def digest_workbook(digests: list[Digest]) -> bytes:
    """The digests (one or all departments) as XLSX bytes."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = f"进度 {digests[0].date.isoformat()}" if digests else "进度"
    sheet.append(HEADERS)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in digest_rows(digests):
        sheet.append(row)
    for number, width in enumerate(WIDTHS):
        sheet.column_dimensions[chr(ord("A") + number)].width = width
    for row in sheet.iter_rows(min_row=2):
        row[2].number_format = row[3].number_format = "#,##0.##"
        row[5].number_format = "0.0%"
        row[7].number_format = "yyyy-mm-dd"
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _row(digest: Digest, item: ItemStatus) -> tuple:
    report = item.report
    if item.kind == TASK:
        target: object = item.amount
    else:
        target = item.target
    if report is None:
        actual: object = None
    elif report.grade is not None:
        actual = report.grade
    else:
        actual = report.number
    return (digest.department, item.name, _number(target), _number(actual), item.unit,
            None if item.ratio is None else float(item.ratio), item.status.label,
            item.as_of, "" if report is None else report.reporter_display)


def _number(value: object) -> object:
    """Whole numbers as ``int`` (Excel shows 1950000, not 1950000.0); others unchanged."""
    if isinstance(value, Decimal) and value == value.to_integral_value():
        return int(value)
    return value
