"""Progress reports: what has been achieved or spent so far, per indicator and task.

A progress file (CSV in UTF-8, UTF-8 with BOM or GBK, or XLSX) has a header row with the
columns ``部门, 年度, 名称, 截至日期, 完成值`` and optionally ``备注``, in any order. ``名称`` is a
三级指标 or a task of that department-year's *current* table. ``完成值`` is

- for a task: money spent to date in 元 (``1,200,000``, ``1200000元``, ``120万元``);
- for a numeric indicator: the value with the target's unit (``200人``, ``93%``, ``650元/人``,
  ``350万人次``; 万/亿 are applied; a bare number is read in the target's unit, except for
  rates, which need their ``%``);
- for a qualitative indicator (及时, 逐步提高…): 达成, 部分达成 or 未达成.

Every row is checked before anything is stored; a file with any bad row is refused whole, with
each problem listed by row number. Every report is kept with its 截至日期 (``as_of``), import
time, reporter and source; the latest per item (by ``as_of``, then import time) counts.

>>> preview = preview_progress(store, path.read_bytes(), path.name)
>>> result = commit_progress(store, preview, reporter="cli")
>>> report_value(store, "开展技能培训", "320人", reporter="tg:42")
"""

from __future__ import annotations

import csv
import hashlib
import io
import logging
import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from data import clock
from data.actors import source_text
from data.db import FEN_PER_YUAN, Store, StoredTable, now_iso
from data.errors import FileTooLarge, ImportRefused, JixiaoError, NotFoundError
from data.model import PerformanceTable
from data.ranges import to_fen, value_problem
from data.status import GRADES
from data.values import ParsedValue, format_number, format_plain, normalize_width, parse_value

logger = logging.getLogger(__name__)

MAX_FILE_BYTES = 20 * 1024 * 1024  # as for tables: Telegram's getFile limit
INDICATOR, TASK = "indicator", "task"
KIND_LABELS = {INDICATOR: "指标", TASK: "任务"}

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


class ProgressFileError(ImportRefused):
    """A progress file with bad rows; ``errors`` lists each as ``第 N 行：…``. Nothing stored."""

    def __init__(self, message: str, errors: list[str] | None = None) -> None:
        super().__init__(message)
        self.errors = errors or []


class ReportError(JixiaoError):
    """A single reported value (from chat) that cannot be stored."""


class UnknownItem(ReportError):
    """No single indicator or task of that name in the tables searched (``departments``)."""

    def __init__(self, message: str, name: str, departments: list[str]) -> None:
        super().__init__(message)
        self.name, self.departments = name, departments


class _RowProblem(Exception):
    """One problem of one row or value; the message is Chinese, without the row number."""


# ---------------------------------------------------------------- model


@dataclass(frozen=True)
class TrackedItem:
    """An indicator or task of a current table that progress can be reported for."""

    kind: str  # INDICATOR | TASK
    name: str
    target: ParsedValue | None = None  # indicators: the parsed 年度指标值
    amount_yuan: Decimal | None = None  # tasks

    @property
    def target_text(self) -> str:
        """As printed: ``≥660人``; a task's amount as ``1,950,000 元``."""
        if self.kind == TASK:
            return "—" if self.amount_yuan is None else yuan_text(self.amount_yuan)
        return self.target.text


@dataclass(frozen=True)
class ProgressReport:
    """One stored report. ``number`` is in the target's unit (元 for tasks), ``grade`` one of
    达成 / 部分达成 / 未达成 for qualitative indicators."""

    id: int | None
    department: str
    year: int
    kind: str
    name: str
    as_of: date
    value_text: str
    number: Decimal | None
    grade: str | None
    note: str = ""
    reporter: str = ""
    source_name: str = ""
    imported_at: str = ""
    reporter_name: str = ""  # display name at the time (see data.actors)

    @property
    def source(self) -> str:
        """Who reported it and how, for people: ``王小明（聊天上传）`` / ``命令行导入``."""
        return source_text(self.reporter, self.reporter_name)

    @property
    def actual(self) -> Decimal | str:
        return self.grade if self.grade is not None else self.number

    @property
    def display(self) -> str:
        """The value for people: tasks as ``1,200,000 元``, indicators as reported."""
        if self.kind == TASK and self.number is not None:
            return yuan_text(self.number)
        return self.value_text

    def describe(self) -> str:
        return (f"{self.department} {self.year} 年 · {self.name}：{self.display}"
                f"（截至 {self.as_of.isoformat()}）")


@dataclass
class ProgressPreview:
    """A progress file read and checked but not stored (what the bot shows before 确认)."""

    source_name: str
    sha256: str
    reports: list[ProgressReport]
    warnings: list[str] = field(default_factory=list)
    # The rows as read, so that commit can check them again against the store.
    rows: list[tuple[int, dict[str, object]]] = field(default_factory=list, repr=False)

    def counts(self) -> dict[tuple[str, int], int]:
        """Reports per (department, year), in file order."""
        counts: dict[tuple[str, int], int] = {}
        for report in self.reports:
            key = (report.department, report.year)
            counts[key] = counts.get(key, 0) + 1
        return counts

    def lines(self) -> list[str]:
        """Chinese summary: one line per department-year, then one per report."""
        lines = [f"{department} {year} 年：{count} 条进度"
                 for (department, year), count in self.counts().items()]
        lines += [f"  - {r.name}：{r.display}（截至 {r.as_of.isoformat()}）"
                  + (f"；{r.note}" if r.note else "") for r in self.reports]
        lines += [f"注意：{warning}" for warning in self.warnings]
        return lines


@dataclass
class ProgressImportResult:
    preview: ProgressPreview
    reports: list[ProgressReport]


# ---------------------------------------------------------------- formatting helpers


def yuan_text(amount: Decimal) -> str:
    """``1950000`` → ``1,950,000 元``; cents kept when present."""
    text = format_number(amount) if amount == amount.to_integral_value() else f"{amount:,.2f}"
    return f"{text} 元"


def _compact(text: object) -> str:
    return re.sub(r"\s+", "", normalize_width(str(text))) if text is not None else ""


# ---------------------------------------------------------------- tables and items


def tracked_items(table: PerformanceTable) -> list[TrackedItem]:
    """Tasks (form order) then indicators (form order). A 三级指标 printed twice is listed once."""
    items = [TrackedItem(TASK, t.name, amount_yuan=t.amount_yuan) for t in table.tasks]
    seen: set[str] = set()
    for indicator in table.indicators:
        if indicator.level3 not in seen:
            seen.add(indicator.level3)
            items.append(TrackedItem(INDICATOR, indicator.level3, target=indicator.annual))
    return items


def departments(store: Store) -> list[str]:
    return sorted({info.department for info in store.current_versions()})


def resolve_department(store: Store, text: str) -> str:
    """The full department name for ``text`` (东莞市总工会, 总工会, 科技局, 卫健委): the same
    resolver as questions."""
    from nlp.departments import DepartmentDirectory

    names = departments(store)
    if not names:
        raise NotFoundError("数据库中还没有任何绩效目标表。")
    found = DepartmentDirectory(names).resolve(text).departments
    if len(found) == 1:
        return found[0]
    if found:
        raise NotFoundError(f"部门“{text}”不唯一，可能是：{'、'.join(found)}。请写全称。")
    raise NotFoundError(f"找不到部门“{text}”。已有的部门：{'、'.join(names)}。")


def find_item(items: Iterable[TrackedItem], name: str, where: str) -> TrackedItem:
    """The item called ``name`` (exact, else a unique part of one name); ``where`` names the
    department-year for the message."""
    return ItemIndex(items).find(name, where)


class ItemIndex:
    """One table's items, found by name without scanning them all: exact names through a
    dictionary, parts of names only among the items that hold the name's rarest character.
    Built once per table, so checking a file costs rows + items, not rows × items (2,000 rows
    against a 4,400-item table took 51 s)."""

    def __init__(self, items: Iterable[TrackedItem]) -> None:
        self.items = list(items)
        self._names = [_compact(item.name) for item in self.items]
        self._exact: dict[str, list[int]] = {}
        self._by_character: dict[str, list[int]] = {}
        for position, compact in enumerate(self._names):
            self._exact.setdefault(compact, []).append(position)
            for character in set(compact):
                self._by_character.setdefault(character, []).append(position)

    def find(self, name: str, where: str) -> TrackedItem:
        wanted = _compact(name)
        if not wanted:
            raise _RowProblem("名称为空")
        exact = self._exact.get(wanted, [])
        if len(exact) == 1:
            return self.items[exact[0]]
        if len(exact) > 1:  # a task and an indicator with the same name
            raise _RowProblem(f"“{name}”既是任务又是指标（{where}），无法区分")
        rarest = min((self._by_character.get(c, []) for c in set(wanted)), key=len)
        partial = [self.items[p] for p in rarest if wanted in self._names[p]]  # in table order
        if len(partial) == 1:
            return partial[0]
        if partial:
            names = "、".join(i.name for i in partial[:8])
            raise _RowProblem(f"“{name}”对应多个指标或任务：{names}（{where}），请写全称")
        raise _RowProblem(f"找不到指标或任务“{name}”（{where}）")


# ---------------------------------------------------------------- values


def parse_reported(item: TrackedItem, text: object) -> tuple[str, Decimal | None, str | None]:
    """Check a reported value against its item: ``(value_text, number, grade)``.

    Raises ``_RowProblem`` with a Chinese reason (单位不符, 无法识别…)."""
    if isinstance(text, bool):
        raise _RowProblem(f"无法识别完成值“{text}”")
    if isinstance(text, int | float | Decimal):  # a number cell of a spreadsheet
        value_text = format_plain(Decimal(repr(text)) if isinstance(text, float) else
                                  Decimal(text))
    else:
        value_text = re.sub(r"\s+", "", str(text or "").strip())
    if not value_text:
        raise _RowProblem("完成值为空")
    if item.kind == TASK:
        return value_text, _parse_money(item, value_text), None
    target = item.target
    if target.qualitative:
        grade = normalize_width(value_text)
        if grade not in GRADES:
            raise _RowProblem(f"“{item.name}”是定性指标（目标 {target.text}），完成值应填写"
                              f"达成、部分达成或未达成，而不是“{value_text}”")
        return grade, None, grade
    if value_text in GRADES:
        raise _RowProblem(f"“{item.name}”是数值指标（目标 {target.text}），请填写数值，"
                          f"例如 {_example(target)}")
    try:
        parsed = _parse_number(value_text)
    except _RowProblem as problem:
        if str(problem).startswith("无法识别"):
            raise _RowProblem(f"{problem}，应填写数值，例如 {_example(target)}") from None
        raise
    if not parsed.unit and target.is_rate:
        raise _RowProblem(f"完成值“{value_text}”缺少单位 {target.unit}（目标 {target.text}）")
    if parsed.unit and parsed.unit != target.unit:
        raise _RowProblem(f"单位不符：“{item.name}”的目标是 {target.text}（单位 "
                          f"{target.unit or '无'}），完成值“{value_text}”的单位是 {parsed.unit}")
    return value_text, parsed.number, None


def _parse_number(value_text: str) -> ParsedValue:
    parsed = parse_value(value_text)
    if parsed.qualitative:
        raise _RowProblem(f"无法识别完成值“{value_text}”")
    if parsed.op not in (None, "=") or re.match(r"^\D*[≥≤<>]", normalize_width(value_text)):
        raise _RowProblem(f"完成值“{value_text}”应为实际完成数，不要带比较符号")
    if parsed.number < 0:
        raise _RowProblem(f"完成值“{value_text}”不能为负数")
    if problem := value_problem(parsed.number):
        raise _RowProblem(f"完成值“{value_text}”{problem}")
    return parsed


def _parse_money(item: TrackedItem, value_text: str) -> Decimal:
    if item.amount_yuan is None:
        raise _RowProblem(f"任务“{item.name}”没有拟投入资金，无法填报支出")
    parsed = _parse_number(value_text)
    if parsed.unit not in ("", "元"):
        raise _RowProblem(f"单位不符：任务“{item.name}”的完成值是已支出金额（元），"
                          f"“{value_text}”的单位是 {parsed.unit}")
    amount = parsed.number
    if amount != amount.quantize(Decimal("0.01")):
        raise _RowProblem(f"金额“{value_text}”最多精确到分（两位小数）")
    return amount


def _example(target: ParsedValue) -> str:
    return f"{format_plain(target.number)}{target.unit}"


_DATE_RES = (
    re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$"),
    re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日?$"),
    re.compile(r"^(\d{4})(\d{2})(\d{2})$"),
)
EXCEL_EPOCH = date(1899, 12, 30)


def parse_as_of(value: object) -> date:
    """``2026-06-30``, ``2026/6/30``, ``2026年6月30日``, ``20260630``, a spreadsheet date."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool) and 20000 < value < 80000:
        return EXCEL_EPOCH + timedelta(days=int(value))  # a date cell stored as a serial number
    text = _compact(value)
    text = re.sub(r"(00:00(:00)?)$", "", text)  # "2026-06-30 00:00:00" from a text export
    for pattern in _DATE_RES:
        match = pattern.match(text)
        if match:
            try:
                return date(*(int(part) for part in match.groups()))
            except ValueError:
                break
    raise _RowProblem(f"无法识别截至日期“{value if value is not None else ''}”"
                      f"（应为 2026-06-30 这样的日期）")


def parse_year(value: object) -> int:
    if isinstance(value, int | float) and not isinstance(value, bool) and value == int(value):
        return int(value)
    match = re.fullmatch(r"(\d{4})(?:年度?)?", _compact(value))
    if not match:
        raise _RowProblem(f"无法识别年度“{value if value is not None else ''}”")
    return int(match[1])




# ---------------------------------------------------------------- reading files


def read_progress_rows(content: bytes, filename: str) -> list[tuple[int, dict[str, object]]]:
    """The data rows of a progress file as ``(row number, {column: cell})``; row numbers are
    what a spreadsheet shows (the header is a row). Raises ``ImportRefused``."""
    if len(content) > MAX_FILE_BYTES:
        raise FileTooLarge(f"文件太大（{len(content) / 1024 / 1024:.1f} MB）：单个文件不能超过 20 MB。")
    if not content:
        raise ProgressFileError(f"文件“{filename}”是空的。")
    if content.startswith(b"PK\x03\x04"):
        grid = _xlsx_grid(content, filename)
    elif Path(filename).suffix.lower() in (".xlsx", ".xlsm"):
        raise ProgressFileError(f"无法读取 Excel 文件“{filename}”：文件已损坏或不是 .xlsx 格式。")
    elif Path(filename).suffix.lower() == ".xls":
        raise ProgressFileError("暂不支持旧版 .xls 文件：请在 Excel 中“另存为” .xlsx 或 CSV 后再发送。")
    else:
        grid = _csv_grid(content, filename)
    return _rows_under_header(grid, filename)


def _decode(content: bytes, filename: str) -> str:
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return content.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ProgressFileError(f"无法识别文件“{filename}”的编码：请保存为 UTF-8 或 GBK 编码的 CSV。")


def _csv_grid(content: bytes, filename: str) -> list[tuple[int, list[object]]]:
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


def _xlsx_grid(content: bytes, filename: str) -> list[tuple[int, list[object]]]:
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
    return next((grid for grid in grids if _find_header(grid) is not None), grids[0] if grids
                else [])


def _sheet_grid(sheet) -> list[tuple[int, list[object]]]:
    grid = []
    for number, row in enumerate(sheet.iter_rows(), 1):
        grid.append((number, [_cell_value(cell) for cell in row]))
    return grid


def _cell_value(cell) -> object:
    value = getattr(cell, "value", None)
    # 93% typed into Excel is stored as 0.93 with a percent format: give it back its "%".
    if (isinstance(value, int | float) and not isinstance(value, bool)
            and "%" in (getattr(cell, "number_format", "") or "")):
        return f"{format_plain(Decimal(repr(value)) * 100)}%"
    return value


def _canonical_column(cell: object) -> str:
    name = _compact(cell).strip("*＊:：")
    name = re.sub(r"[（(].*?[)）]$", "", name)  # 完成值（含单位） → 完成值
    return COLUMN_ALIASES.get(name, name)


def _find_header(grid: list[tuple[int, list[object]]]) -> tuple[int, dict[str, int]] | None:
    for index, (_, cells) in enumerate(grid[:HEADER_SEARCH_ROWS]):
        columns = {}
        for position, cell in enumerate(cells):
            name = _canonical_column(cell)
            if name in REQUIRED_COLUMNS + OPTIONAL_COLUMNS and name not in columns:
                columns[name] = position
        if {"名称", "完成值"} <= columns.keys():
            return index, columns
    return None


def _rows_under_header(grid, filename: str) -> list[tuple[int, dict[str, object]]]:
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
        if all(_compact(v) == "" for v in row.values()):
            continue  # blank lines, trailing empty spreadsheet rows
        rows.append((number, row))
    if not rows:
        raise ProgressFileError(f"进度文件“{filename}”只有表头，没有数据行。")
    return rows


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


# ---------------------------------------------------------------- checking rows


def _check_rows(
    store: Store, rows: list[tuple[int, dict[str, object]]], today: date
) -> tuple[list[ProgressReport], list[str], list[str]]:
    """``(reports, errors, warnings)`` for the rows against the store's current tables."""
    tables: dict[tuple[str, int], StoredTable | None] = {}
    resolved: dict[str, str | NotFoundError] = {}  # a file repeats its department on every row
    indexes: dict[tuple[str, int], ItemIndex] = {}
    reports, errors, warnings = [], [], []
    seen: dict[tuple, int] = {}
    for number, row in rows:
        try:
            text = _compact(row.get("部门"))
            if not text:
                raise NotFoundError("部门为空")
            if text not in resolved:
                try:
                    resolved[text] = resolve_department(store, str(row.get("部门")))
                except NotFoundError as error:
                    resolved[text] = error
            if isinstance(resolved[text], NotFoundError):
                raise resolved[text]
            department = resolved[text]
        except NotFoundError as error:
            errors.append(f"第 {number} 行：{str(error).rstrip('。')}")
            continue
        try:
            year = parse_year(row.get("年度"))
            key = (department, year)
            if key not in tables:
                tables[key] = store.current(department, year)
            stored = tables[key]
            if stored is None:
                raise _RowProblem(f"没有{department} {year} 年的绩效目标表")
            where = f"{department} {year} 年"
            if key not in indexes:
                indexes[key] = ItemIndex(tracked_items(stored.table))
            item = indexes[key].find(str(row.get("名称") or ""), where)
            as_of = _check_date(parse_as_of(row.get("截至日期")), year, today)
            value_text, number_value, grade = parse_reported(item, row.get("完成值"))
        except _RowProblem as problem:
            errors.append(f"第 {number} 行：{problem}")
            continue
        identity = (department, year, item.kind, item.name, as_of)
        if identity in seen:
            errors.append(f"第 {number} 行：与第 {seen[identity]} 行重复"
                          f"（{item.name}，截至 {as_of.isoformat()}）")
            continue
        seen[identity] = number
        if item.kind == TASK and number_value > item.amount_yuan:
            warnings.append(f"第 {number} 行：{item.name}已支出 {yuan_text(number_value)}，"
                            f"超过拟投入资金 {yuan_text(item.amount_yuan)}")
        reports.append(ProgressReport(
            id=None, department=department, year=year, kind=item.kind, name=item.name,
            as_of=as_of, value_text=value_text, number=number_value, grade=grade,
            note=str(row.get("备注") or "").strip()))
    return reports, errors, warnings


def _check_date(as_of: date, year: int, today: date) -> date:
    if as_of.year != year:
        raise _RowProblem(f"截至日期 {as_of.isoformat()} 不在 {year} 年度内")
    if as_of > today:
        raise _RowProblem(f"截至日期 {as_of.isoformat()} 晚于今天（{today.isoformat()}）")
    return as_of


# ---------------------------------------------------------------- public API: files


def preview_progress(
    store: Store, content: bytes, filename: str, today: date | None = None,
    rows: list[tuple[int, dict[str, object]]] | None = None,
) -> ProgressPreview:
    """Read and check a progress file; raises ``ProgressFileError`` listing every bad row.
    ``rows`` are the file's rows when already read (in a worker process)."""
    source_name = Path(filename).name
    if rows is None:
        rows = read_progress_rows(content, source_name)
    reports, errors, warnings = _check_rows(store, rows, today or clock.today())
    if errors:
        raise ProgressFileError(
            f"进度文件“{source_name}”有 {len(errors)} 处错误，未导入任何数据：\n"
            + "\n".join(errors), errors)
    return ProgressPreview(source_name, hashlib.sha256(content).hexdigest(), reports, warnings,
                           rows)


def commit_progress(
    store: Store, preview: ProgressPreview, reporter: str, today: date | None = None,
    reporter_name: str = "",
) -> ProgressImportResult:
    """Store a previewed file in one transaction, after checking it again (a table may have
    changed since the preview)."""
    reports, errors, _ = _check_rows(store, preview.rows, today or clock.today())
    if errors:
        raise ProgressFileError(
            f"绩效目标表在预览后已变更，进度文件“{preview.source_name}”未导入：\n"
            + "\n".join(errors), errors)
    stored = _insert(store, reports, reporter=reporter, source_name=preview.source_name,
                     reporter_name=reporter_name)
    return ProgressImportResult(preview, stored)


def import_progress_file(store: Store, path: str | Path, reporter: str,
                         today: date | None = None) -> ProgressImportResult:
    path = Path(path)
    try:
        content = path.read_bytes()
    except OSError as error:
        raise ImportRefused(f"无法读取文件“{path}”：{error.strerror or error}。") from error
    return commit_progress(store, preview_progress(store, content, path.name, today), reporter,
                           today)


# ---------------------------------------------------------------- public API: one value


def report_value(
    store: Store,
    name: str,
    value_text: str,
    reporter: str,
    department: str | None = None,
    year: int | None = None,
    as_of: date | None = None,
    note: str = "",
    today: date | None = None,
    reporter_name: str = "",
) -> ProgressReport:
    """Store one value reported from chat (``/report 开展技能培训 320人``).

    The department-year is the one whose current table has ``name``; when several departments
    have it, ``department`` must say which (a part of the name is enough); when one department
    has it in several years, the latest year is taken (or the year of ``as_of``). ``as_of``
    defaults to today, or 31 December for a year that is over."""
    today = today or clock.today()
    stored_tables = store.current_tables()
    if department:
        full = resolve_department(store, department)
        stored_tables = [s for s in stored_tables if s.table.department == full]
    if year is not None:
        stored_tables = [s for s in stored_tables if s.table.year == year]
    if not stored_tables:
        scope = f"{department or ''}{f' {year} 年' if year else ''}".strip()
        raise NotFoundError(f"没有{scope or '任何'}的绩效目标表。")
    candidates: dict[tuple[str, int], TrackedItem] = {}
    problems = []
    for stored in stored_tables:
        table = stored.table
        try:
            candidates[(table.department, table.year)] = find_item(
                tracked_items(table), name, f"{table.department} {table.year} 年")
        except _RowProblem as problem:
            problems.append((table.department, str(problem)))
    if not candidates:
        departments = sorted({dept for dept, _ in problems})
        if len(departments) == 1:  # tables are by year: the latest one's
            raise UnknownItem(problems[-1][1] + "。", name, departments)
        raise UnknownItem(f"找不到指标或任务“{name}”。", name, departments)
    if year is None and as_of is not None and any(y == as_of.year for _, y in candidates):
        candidates = {k: v for k, v in candidates.items() if k[1] == as_of.year}
    latest: dict[str, int] = {}
    for dept, y in candidates:
        latest[dept] = max(latest.get(dept, y), y)
    if len(latest) > 1:
        options = "、".join(f"{d} {y} 年" for d, y in sorted(latest.items()))
        raise ReportError(f"“{name}”在多个部门都有：{options}。请注明部门。")
    [(dept, y)] = latest.items()
    item = candidates[(dept, y)]
    if as_of is None:
        as_of = min(today, date(y, 12, 31))
    try:
        _check_date(as_of, y, today)
        text, number, grade = parse_reported(item, value_text)
    except _RowProblem as problem:
        raise ReportError(f"{problem}。") from None
    report = ProgressReport(id=None, department=dept, year=y, kind=item.kind, name=item.name,
                            as_of=as_of, value_text=text, number=number, grade=grade,
                            note=note.strip())
    return _insert(store, [report], reporter=reporter, source_name="chat",
                   reporter_name=reporter_name)[0]


# ---------------------------------------------------------------- storage


def _insert(store: Store, reports: list[ProgressReport], reporter: str,
            source_name: str, reporter_name: str = "") -> list[ProgressReport]:
    imported_at = now_iso()
    batch = uuid.uuid4().hex
    stored = []
    with store.transaction() as db:
        for r in reports:
            row = {
                "department": r.department, "year": r.year, "kind": r.kind, "name": r.name,
                "as_of": r.as_of.isoformat(), "value_text": r.value_text,
                "number": None if r.kind == TASK or r.number is None else format_plain(r.number),
                "amount_fen": (to_fen(r.number, FEN_PER_YUAN, "完成值") if r.kind == TASK
                               else None),
                "grade": r.grade, "note": r.note, "source_name": source_name,
                "reporter": reporter, "imported_at": imported_at, "batch": batch,
                "reporter_name": reporter_name,
            }
            row_id = db["progress_reports"].insert(row).last_pk
            stored.append(_report_from_row({**row, "id": row_id}))
    logger.info("stored %d progress reports from %s by %s", len(stored), source_name, reporter)
    return stored


def _report_from_row(row: dict) -> ProgressReport:
    if row["kind"] == TASK:
        number = (Decimal(row["amount_fen"]) / FEN_PER_YUAN).normalize()
        number = number.quantize(Decimal(1)) if number == number.to_integral_value() else number
    else:
        number = None if row["number"] is None else Decimal(row["number"])
    return ProgressReport(
        id=row["id"], department=row["department"], year=row["year"], kind=row["kind"],
        name=row["name"], as_of=date.fromisoformat(row["as_of"]), value_text=row["value_text"],
        number=number, grade=row["grade"], note=row["note"] or "", reporter=row["reporter"],
        source_name=row["source_name"], imported_at=row["imported_at"],
        reporter_name=row.get("reporter_name") or "")


def reports(store: Store, department: str, year: int, name: str | None = None,
            until: date | None = None) -> list[ProgressReport]:
    """Every report of a department-year (or one item), oldest first by 截至日期 then import."""
    sql = "SELECT * FROM progress_reports WHERE department = ? AND year = ?"
    params: list[object] = [department, year]
    if name is not None:
        sql += " AND name = ?"
        params.append(name)
    if until is not None:
        sql += " AND as_of <= ?"
        params.append(until.isoformat())
    sql += " ORDER BY as_of, imported_at, id"
    cursor = store.db.execute(sql, params)
    columns = [d[0] for d in cursor.description]
    return [_report_from_row(dict(zip(columns, row, strict=True))) for row in cursor]


def latest_reports(store: Store, department: str, year: int,
                   until: date | None = None) -> dict[tuple[str, str], ProgressReport]:
    """The report that counts per ``(kind, name)``: latest 截至日期 (up to ``until``), then
    latest import."""
    return {(r.kind, r.name): r for r in reports(store, department, year, until=until)}
