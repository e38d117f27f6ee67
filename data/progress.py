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

import hashlib
import logging
import re
import uuid
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from data import clock
from data.actors import channel_of, shown_name, source_text
from data.db import ANNUAL_FUND_NAMES, FEN_PER_YUAN, Store, StoredTable, now_iso
from data.errors import JixiaoError, NotFoundError
from data.importers import read_file_bytes
from data.importers.monitoring import progress_form_kind
from data.importers.progress import (  # re-exported: the upload flow routes files with them
    ProgressFileError,
    compact,
    looks_like_progress_file,
    read_progress_rows,
)
from data.model import PerformanceTable, TableKind
from data.ranges import to_fen
from data.status import GRADES
from data.values import ParsedValue, format_plain, format_yuan, normalize_width, parse_value

if TYPE_CHECKING:
    from data.form_progress import FormCheck
    from data.progress_forms import ProgressForm

__all__ = ["ProgressFileError", "looks_like_progress_file", "read_progress_rows"]

logger = logging.getLogger(__name__)

INDICATOR, TASK = "indicator", "task"
WAN = Decimal(10_000)
KIND_LABELS = {INDICATOR: "指标", TASK: "任务"}
# Values beyond this are typing slips or hostile files, and 10^13 元 in 分 still fits SQLite's
# 64-bit integers with room to spare.
MAX_VALUE = Decimal(10) ** 13
MAX_MESSAGE_ERRORS = 200  # rows named in a refusal's message (``errors`` keeps them all)


class ReportError(JixiaoError):
    """A single reported value (from chat) that cannot be stored."""


class UnknownItem(ReportError):
    """No single indicator or task of that name in the tables searched (``departments``)."""

    def __init__(self, message: str, name: str, departments: list[str]) -> None:
        super().__init__(message)
        self.name, self.departments = name, departments


class NotReportersDepartment(ReportError):
    """A reporter reporting for a department that is not theirs."""


class RowProblem(Exception):
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
    # The project table the report belongs to ('' for the department table's own items), the
    # printed form it was read from ('' for files and chat) and a 自评表's 分值 and 得分.
    project: str = ""
    form: str = ""
    points: Decimal | None = None
    score: Decimal | None = None

    @property
    def source(self) -> str:
        """Who reported it and how, for people: ``王小明（聊天上传）`` / ``命令行导入``."""
        return source_text(self.reporter, self.reporter_name)

    @property
    def reporter_display(self) -> str:
        """Who reported it, as a name for a column of names (the XLSX export): the display
        name, else a name given on the command line, else how it came in (命令行导入)."""
        return shown_name(self.reporter, self.reporter_name) or channel_of(self.reporter).label

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
        who = f"{self.department} · {self.project}" if self.project else self.department
        return (f"{who} {self.year} 年 · {self.name}：{self.display}"
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
    # A reporter's preview: the departments the rows may belong to (None: any, for admins).
    departments: frozenset[str] | None = None
    # A 运行监控表 or 自评表: what was read and checked (commit checks the form again), and the
    # lines that say which form, project, period and funds it is about.
    form_check: FormCheck | None = field(default=None, repr=False)
    header: list[str] = field(default_factory=list)

    def counts(self) -> dict[tuple[str, int], int]:
        """Reports per (department, year), in file order."""
        counts: dict[tuple[str, int], int] = {}
        for report in self.reports:
            key = (report.department, report.year)
            counts[key] = counts.get(key, 0) + 1
        return counts

    def lines(self) -> list[str]:
        """Chinese summary: one line per department-year, then one per report."""
        lines = list(self.header)
        lines += [f"{department} {year} 年：{count} 条进度"
                  for (department, year), count in self.counts().items()]
        lines += [f"  - {r.name}：{r.display}（截至 {r.as_of.isoformat()}）"
                  + (f"；{r.note}" if r.note else "") for r in self.reports]
        lines += [f"注意：{warning}" for warning in self.warnings]
        return lines


@dataclass
class ProgressImportResult:
    preview: ProgressPreview
    reports: list[ProgressReport]


# ---------------------------------------------------------------- helpers


def yuan_text(amount: Decimal) -> str:
    """``1950000`` → ``1,950,000 元``; cents kept when present."""
    return format_yuan(amount, wan=False)


_compact = compact


# ---------------------------------------------------------------- tables and items


def tracked_items(table: PerformanceTable) -> list[TrackedItem]:
    """Tasks (form order) then indicators (form order). A 三级指标 printed twice is listed once.
    A project table's first item is its funds: a task named after the project, its amount the
    year's funds (``annual_funds``) in 元."""
    items = [TrackedItem(TASK, t.name, amount_yuan=t.amount_yuan) for t in table.tasks]
    if table.kind == TableKind.PROJECT and (funds := annual_funds(table)) is not None:
        items.append(TrackedItem(TASK, table.project, amount_yuan=funds * WAN))
    seen: set[str] = set()
    for indicator in table.indicators:
        if indicator.level3 not in seen:
            seen.add(indicator.level3)
            items.append(TrackedItem(INDICATOR, indicator.level3, target=indicator.annual))
    return items


def annual_funds(table: PerformanceTable) -> Decimal | None:
    """A project table's funds for its year, in 万元: 年度资金总额 (目标表, and tables made from a
    运行监控表 or 自评表), else 本年度申请市财政预算资金 (批复表), else the first line of the year,
    else the first that is not for the whole period (the view ``current_progress`` ranks them
    alike)."""
    lines = [b for b in table.budget if b.amount_wan is not None]
    for name in ANNUAL_FUND_NAMES:
        found = next((b for b in lines if b.name == name), None)
        if found is not None:
            return found.amount_wan
    whole_period = ("实施周期", "中期")
    for wanted in (lambda n: ("年度" in n or "本年" in n) and not any(w in n for w in whole_period),
                   lambda n: not any(w in n for w in whole_period), lambda n: True):
        found = next((b for b in lines if wanted(b.name)), None)
        if found is not None:
            return found.amount_wan
    return None


def departments(store: Store) -> list[str]:
    """Every department with a current table (its own, or only a project's)."""
    return sorted({info.department for info in store.current_versions()})


def resolve_department(store: Store, text: str) -> str:
    """The loaded department ``text`` means (东莞市总工会, 总工会, 科技局, 卫健委): the same
    resolver as questions. Progress, digests, subscriptions and reporters all resolve loosely
    written department names here."""
    return match_department(departments(store), text)


def match_department(names: Sequence[str], text: str, directory=None) -> str:
    """``text`` among ``names`` (``directory``: a ``DepartmentDirectory`` of them, when one is
    at hand); raises ``NotFoundError`` naming them."""
    from nlp.departments import DepartmentDirectory

    if not names:
        raise NotFoundError("数据库中还没有任何绩效目标表。")
    found = (directory or DepartmentDirectory(names)).resolve(text).departments
    if len(found) == 1:
        return found[0]
    if found:
        raise NotFoundError(f"部门“{text}”不唯一，可能是：{'、'.join(found)}。请写全称。")
    raise NotFoundError(f"找不到部门“{text}”。已有的部门：{'、'.join(names)}。")


class ItemIndex:
    """The tracked items of one table, found by name without scanning them all: exact names in
    a dictionary, parts of names through the items holding each pair of characters (so
    checking a file costs rows + items, not rows × items), answers remembered per name."""

    def __init__(self, items: Iterable[TrackedItem]) -> None:
        self.items = list(items)
        self._keys = [_compact(item.name) for item in self.items]
        self._exact: dict[str, list[int]] = {}
        self._by_piece: dict[str, list[int]] = {}
        for position, key in enumerate(self._keys):
            self._exact.setdefault(key, []).append(position)
            for piece in _pieces(key) | set(key):  # pairs, and characters for 1-letter parts
                self._by_piece.setdefault(piece, []).append(position)
        self._found: dict[str, list[int]] = {}

    def matches(self, wanted: str) -> list[TrackedItem]:
        """Exact matches, else the items whose name contains ``wanted`` (form order)."""
        found = self._found.get(wanted)
        if found is None:
            found = self._found[wanted] = self._exact.get(wanted) or self._containing(wanted)
        return [self.items[position] for position in found]

    def _containing(self, wanted: str) -> list[int]:
        # A name containing ``wanted`` holds each of its pieces: the rarest piece's items are
        # the only candidates.
        fewest: list[int] | None = None
        pieces = (wanted[i:i + 2] for i in range(len(wanted) - 1)) if len(wanted) > 1 else (
            wanted,)
        for piece in pieces:  # lazily: an unknown name usually fails at its first pair
            holders = self._by_piece.get(piece)
            if not holders:
                return []
            if fewest is None or len(holders) < len(fewest):
                fewest = holders
        return [p for p in fewest or () if wanted in self._keys[p]]


def _pieces(key: str) -> set[str]:
    """The pairs of neighbouring characters of a name (its one character when that is all)."""
    return {key[i:i + 2] for i in range(len(key) - 1)} or {key}


def find_item(items: Iterable[TrackedItem] | ItemIndex, name: str, where: str) -> TrackedItem:
    """The item called ``name`` (exact, else a unique part of one name); ``where`` names the
    department-year for the message."""
    index = items if isinstance(items, ItemIndex) else ItemIndex(items)
    wanted = _compact(name)
    if not wanted:
        raise RowProblem("名称为空")
    found = index.matches(wanted)
    exact = [item for item in found if _compact(item.name) == wanted]
    if len(exact) == 1:
        return exact[0]
    if len(exact) > 1:  # a task and an indicator with the same name
        raise RowProblem(f"“{name}”既是任务又是指标（{where}），无法区分")
    if len(found) == 1:
        return found[0]
    if found:
        names = "、".join(i.name for i in found[:8])
        raise RowProblem(f"“{name}”对应多个指标或任务：{names}（{where}），请写全称")
    raise RowProblem(f"找不到指标或任务“{name}”（{where}）")


# ---------------------------------------------------------------- values


def parse_reported(item: TrackedItem, text: object) -> tuple[str, Decimal | None, str | None]:
    """Check a reported value against its item: ``(value_text, number, grade)``.

    Raises ``RowProblem`` with a Chinese reason (单位不符, 无法识别…)."""
    if isinstance(text, bool):
        raise RowProblem(f"无法识别完成值“{text}”")
    if isinstance(text, int | float | Decimal):  # a number cell of a spreadsheet
        number = Decimal(repr(text)) if isinstance(text, float) else Decimal(text)
        if not number.is_finite() or abs(number) > MAX_VALUE:
            raise RowProblem(_out_of_range(str(text)))
        value_text = format_plain(number)
    else:
        value_text = re.sub(r"\s+", "", str(text or "").strip())
    if not value_text:
        raise RowProblem("完成值为空")
    if item.kind == TASK:
        return value_text, _parse_money(item, value_text), None
    target = item.target
    if target.qualitative:
        grade = normalize_width(value_text)
        if grade not in GRADES:
            raise RowProblem(f"“{item.name}”是定性指标（目标 {target.text}），完成值应填写"
                              f"达成、部分达成或未达成，而不是“{value_text}”")
        return grade, None, grade
    if value_text in GRADES:
        raise RowProblem(f"“{item.name}”是数值指标（目标 {target.text}），请填写数值，"
                          f"例如 {_example(target)}")
    try:
        parsed = _parse_number(value_text)
    except RowProblem as problem:
        if str(problem).startswith("无法识别"):
            raise RowProblem(f"{problem}，应填写数值，例如 {_example(target)}") from None
        raise
    if not parsed.unit and target.is_rate:
        raise RowProblem(f"完成值“{value_text}”缺少单位 {target.unit}（目标 {target.text}）")
    if parsed.unit and parsed.unit != target.unit:
        raise RowProblem(f"单位不符：“{item.name}”的目标是 {target.text}（单位 "
                          f"{target.unit or '无'}），完成值“{value_text}”的单位是 {parsed.unit}")
    return value_text, parsed.number, None


def _parse_number(value_text: str) -> ParsedValue:
    parsed = parse_value(value_text)
    if parsed.qualitative:
        raise RowProblem(f"无法识别完成值“{value_text}”")
    if parsed.op not in (None, "=") or re.match(r"^\D*[≥≤<>]", normalize_width(value_text)):
        raise RowProblem(f"完成值“{value_text}”应为实际完成数，不要带比较符号")
    if parsed.number < 0:
        raise RowProblem(f"完成值“{value_text}”不能为负数")
    if parsed.number > MAX_VALUE:
        raise RowProblem(_out_of_range(value_text))
    return parsed


def _out_of_range(value_text: str) -> str:
    return f"完成值“{value_text}”超出合理范围（应在 0 至 10^13 之间）"


def _parse_money(item: TrackedItem, value_text: str) -> Decimal:
    if item.amount_yuan is None:
        raise RowProblem(f"任务“{item.name}”没有拟投入资金，无法填报支出")
    parsed = _parse_number(value_text)
    if parsed.unit not in ("", "元"):
        raise RowProblem(f"单位不符：任务“{item.name}”的完成值是已支出金额（元），"
                          f"“{value_text}”的单位是 {parsed.unit}")
    amount = parsed.number
    if amount != amount.quantize(Decimal("0.01")):
        raise RowProblem(f"金额“{value_text}”最多精确到分（两位小数）")
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
    if (isinstance(value, int | float | Decimal) and not isinstance(value, bool)
            and 20000 < value < 80000):
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
    raise RowProblem(f"无法识别截至日期“{value if value is not None else ''}”"
                      f"（应为 2026-06-30 这样的日期）")


def parse_year(value: object) -> int:
    if (isinstance(value, int | float | Decimal) and not isinstance(value, bool)
            and 1000 <= value <= 9999 and value == int(value)):
        return int(value)
    match = re.fullmatch(r"(\d{4})(?:年度?)?", _compact(value))
    if not match:
        raise RowProblem(f"无法识别年度“{value if value is not None else ''}”")
    return int(match[1])


# ---------------------------------------------------------------- checking rows


def _check_rows(
    store: Store, rows: list[tuple[int, dict[str, object]]], today: date,
    allowed: frozenset[str] | None = None,
) -> tuple[list[ProgressReport], list[str], list[str]]:
    """``(reports, errors, warnings)`` for the rows against the store's current tables;
    ``allowed`` are a reporter's departments (``None``: any). Linear in rows + items: the
    department list, each table and its item index are built once, names looked up in them."""
    from nlp.departments import DepartmentDirectory

    names = departments(store)
    directory = DepartmentDirectory(names)  # built once, not per row
    resolved: dict[str, str | NotFoundError] = {}  # a file repeats its department on every row
    indexes: dict[tuple[str, int], ItemIndex | None] = {}
    reports, errors, warnings = [], [], []
    seen: dict[tuple, int] = {}
    for number, row in rows:
        try:
            department = _row_department(names, directory, resolved, row.get("部门"))
            if allowed is not None and department not in allowed:
                raise RowProblem(not_reporters_department(allowed, department))
            year = parse_year(row.get("年度"))
            if (department, year) not in indexes:
                stored = store.current(department, year)
                indexes[(department, year)] = (
                    None if stored is None else ItemIndex(tracked_items(stored.table)))
            index = indexes[(department, year)]
            if index is None:
                raise RowProblem(f"没有{department} {year} 年的绩效目标表")
            item = find_item(index, str(row.get("名称") or ""), f"{department} {year} 年")
            as_of = _check_date(parse_as_of(row.get("截至日期")), year, today)
            value_text, number_value, grade = parse_reported(item, row.get("完成值"))
        except RowProblem as problem:
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


def _row_department(names: list[str], directory, resolved: dict[str, str | NotFoundError],
                    cell: object) -> str:
    text = _compact(cell)
    if not text:
        raise RowProblem("部门为空")
    if text not in resolved:
        try:
            resolved[text] = match_department(names, str(cell), directory)
        except NotFoundError as error:
            resolved[text] = error
    found = resolved[text]
    if isinstance(found, NotFoundError):
        raise RowProblem(str(found).rstrip("。"))
    return found


def not_reporters_department(allowed: Collection[str], department: str) -> str:
    """The refusal for a reporter reporting another department's progress."""
    own = "、".join(sorted(allowed)) or "（没有已载入的部门）"
    return f"您只能填报{own}的进度，不能填报{department}的"


def refusal(head: str, errors: list[str]) -> ProgressFileError:
    """A whole file refused: ``head``, then its problems (the first 200 in the message)."""
    shown = errors[:MAX_MESSAGE_ERRORS]
    more = (f"\n……另有 {len(errors) - len(shown)} 处错误未列出。"
            if len(errors) > len(shown) else "")
    return ProgressFileError(head + "\n" + "\n".join(shown) + more, errors)


def _check_date(as_of: date, year: int, today: date) -> date:
    if as_of.year != year:
        raise RowProblem(f"截至日期 {as_of.isoformat()} 不在 {year} 年度内")
    if as_of > today:
        raise RowProblem(f"截至日期 {as_of.isoformat()} 晚于今天（{today.isoformat()}）")
    return as_of


# ---------------------------------------------------------------- public API: files


def preview_progress(
    store: Store, content: bytes, filename: str, today: date | None = None,
    departments: Collection[str] | None = None,
    rows: list[tuple[int, dict[str, object]]] | None = None,
    form: ProgressForm | None = None,
) -> ProgressPreview:
    """Read and check a progress file or a 运行监控表 / 自评表; raises ``ProgressFileError``
    listing every bad row. ``departments``: a reporter's own departments, the only ones the
    rows may report for; ``rows`` or ``form``: what the file holds when already read (in a
    worker process, ``data.importing.read_progress_file``)."""
    source_name = Path(filename).name
    allowed = None if departments is None else frozenset(departments)
    if form is not None or (rows is None and progress_form_kind(content, source_name)):
        from data.form_progress import preview_form

        return preview_form(store, content, source_name, today or clock.today(), allowed,
                            form=form)
    if rows is None:
        rows = read_progress_rows(content, source_name)
    reports, errors, warnings = _check_rows(store, rows, today or clock.today(), allowed)
    if errors:
        raise refusal(f"进度文件“{source_name}”有 {len(errors)} 处错误，未导入任何数据：", errors)
    return ProgressPreview(source_name, hashlib.sha256(content).hexdigest(), reports, warnings,
                           rows, allowed)


def commit_progress(
    store: Store, preview: ProgressPreview, reporter: str, today: date | None = None,
    *, reporter_name: str = "",
) -> ProgressImportResult:
    """Store a previewed file in one transaction, after checking it again (a table may have
    changed since the preview). ``reporter`` is who is accountable (``telegram:42 @li``,
    ``cli``), ``reporter_name`` how people know them (their display name)."""
    if preview.form_check is not None:
        from data.form_progress import commit_form

        return ProgressImportResult(preview, commit_form(
            store, preview, reporter, today or clock.today(), reporter_name=reporter_name))
    reports, errors, _ = _check_rows(store, preview.rows, today or clock.today(),
                                     preview.departments)
    if errors:
        raise refusal(f"绩效目标表在预览后已变更，进度文件“{preview.source_name}”未导入：", errors)
    stored = store_reports(store, reports, reporter=reporter, source_name=preview.source_name,
                     reporter_name=reporter_name)
    return ProgressImportResult(preview, stored)


def import_progress_file(store: Store, path: str | Path, reporter: str,
                         today: date | None = None, *, reporter_name: str = ""
                         ) -> ProgressImportResult:
    path = Path(path)
    content = read_file_bytes(path)  # refuses a missing file or one over the size limit
    return commit_progress(store, preview_progress(store, content, path.name, today), reporter,
                           today, reporter_name=reporter_name)


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
    *,
    departments: Collection[str] | None = None,
    reporter_name: str = "",
) -> ProgressReport:
    """Store one value reported from chat (``/report 开展技能培训 320人``).

    The department-year is the one whose current table has ``name``; when several departments
    have it, ``department`` must say which (a part of the name is enough); when one department
    has it in several years, the latest year is taken (or the year of ``as_of``). ``as_of``
    defaults to today, or 31 December for a year that is over. ``departments`` are a
    reporter's own departments: only their items can be reported (``None``: any)."""
    today = today or clock.today()
    stored_tables = store.current_tables(TableKind.DEPARTMENT)
    if department:
        full = resolve_department(store, department)
        if departments is not None and full not in departments:
            raise NotReportersDepartment(not_reporters_department(departments, full) + "。")
        stored_tables = [s for s in stored_tables if s.table.department == full]
    elif departments is not None:
        own = [s for s in stored_tables if s.table.department in departments]
        if not _has_item(own, name) and (others := _departments_with(stored_tables, name)):
            raise NotReportersDepartment(
                f"“{name}”是{'、'.join(others)}的指标或任务；"
                f"{not_reporters_department(departments, others[0])}。")
        stored_tables = own
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
        except RowProblem as problem:
            problems.append((table.department, str(problem)))
    if not candidates:
        searched = sorted({dept for dept, _ in problems})
        if len(searched) == 1:  # tables are by year: the latest one's
            raise UnknownItem(problems[-1][1] + "。", name, searched)
        raise UnknownItem(f"找不到指标或任务“{name}”。", name, searched)
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
    except RowProblem as problem:
        raise ReportError(f"{problem}。") from None
    report = ProgressReport(id=None, department=dept, year=y, kind=item.kind, name=item.name,
                            as_of=as_of, value_text=text, number=number, grade=grade,
                            note=note.strip())
    return store_reports(store, [report], reporter=reporter, source_name="chat",
                   reporter_name=reporter_name)[0]


def _departments_with(stored_tables: list[StoredTable], name: str) -> list[str]:
    """The departments whose tables have an item called ``name`` (or a unique part of one)."""
    return sorted({s.table.department for s in stored_tables if _has_item([s], name)})


def _has_item(stored_tables: list[StoredTable], name: str) -> bool:
    for stored in stored_tables:
        try:
            find_item(tracked_items(stored.table), name, "")
            return True
        except RowProblem:
            continue
    return False


# ---------------------------------------------------------------- storage


def store_reports(store: Store, reports: list[ProgressReport], reporter: str,
                  source_name: str, reporter_name: str = "", batch: str | None = None
                  ) -> list[ProgressReport]:
    """Store reports in one transaction (a savepoint inside the caller's, if any)."""
    imported_at = now_iso()
    batch = batch or uuid.uuid4().hex
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
                "reporter_name": reporter_name, "project": r.project, "form": r.form,
                "points": None if r.points is None else format_plain(r.points),
                "score": None if r.score is None else format_plain(r.score),
            }
            row_id = db["progress_reports"].insert(row).last_pk
            stored.append(_report_from_row({**row, "id": row_id}))
    logger.info("stored %d progress reports from %s by %s", len(stored), source_name, reporter)
    return stored


def _decimal(text: str | None) -> Decimal | None:
    return None if text is None else Decimal(text)


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
        reporter_name=row.get("reporter_name") or "", project=row.get("project") or "",
        form=row.get("form") or "", points=_decimal(row.get("points")),
        score=_decimal(row.get("score")))


def reports(store: Store, department: str, year: int, name: str | None = None,
            until: date | None = None, project: str | None = None) -> list[ProgressReport]:
    """Every report of a department-year (or one item), oldest first by 截至日期 then import.

    The same target is reported once and seen in both tables: with ``project`` ``None`` (the
    department's view) the reports of its projects count too, for the department's items of
    the same kind and name; with a project's name, that project's reports and the department's
    own (never another project's)."""
    sql = "SELECT * FROM progress_reports WHERE department = ? AND year = ?"
    params: list[object] = [department, year]
    if project is not None:
        sql += " AND project IN ('', ?)"
        params.append(project)
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


def latest_reports(store: Store, department: str, year: int, until: date | None = None,
                   project: str | None = None) -> dict[tuple[str, str], ProgressReport]:
    """The report that counts per ``(kind, name)``: latest 截至日期 (up to ``until``), then
    latest import; for the department table (``project`` ``None``) or one of its projects, as
    ``reports`` says."""
    return {(r.kind, r.name): r
            for r in reports(store, department, year, until=until, project=project)}
