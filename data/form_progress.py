"""A 运行监控表 or 自评表 as progress reports: checked against the project's target table,
previewed, then stored in one transaction.

**Whose form.** The 主管部门 must be a loaded department (a short name is enough, as in
progress files) — a reporter's own — and the 项目名称 names the project. Its target table is
the loaded project table of that name (same department, project and year), or, when none is
loaded, one made from the form itself (``ProgressForm.target_table``: its 年度目标值 as the
annual targets), stored as a new project table version in the same transaction as the reports.

**What is reported**, as of the end of the form's period (``ProgressForm.as_of``):

- the money executed (年度资金总额's 执行数, 万元 → 元) for the project's funds item, with
  全年预计执行数, 执行率 and 偏差原因 as notes, and a 自评表's 分值 / 得分;
- each 三级指标's actual value (1–N月实际完成值, 实际完成值) for the indicator of that name,
  checked against its target's unit as a progress file's 完成值 is; a qualitative target's
  value is 达成 when the form repeats the target (逐步提高 → 逐步提高) or says so
  (达成预期指标), and a 自评表's 得分 tells 达成 / 部分达成 / 未达成 otherwise. 全年预计完成值,
  偏差原因分析, 完成目标可能性 and 备注 go into the note, 分值 / 得分 beside the value;
- a 自评表's 总分 (``self_evaluations``).

A report belongs to its department-year, so the money also counts for the department table's
task of the project's name and an indicator's value for its indicator of the same name
(``data.progress.reports``); such a value must fit that target's unit too.

**Refusals.** A department or project that cannot be identified, or a period that ends after
today, refuses the file; rows whose names cannot be read, that name no indicator of the
project's table, or whose values do not fit are all listed with their row numbers, and nothing
is stored (as for a progress file).
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from data.db import Store, StoredTable, now_iso
from data.errors import NotFoundError
from data.importers.monitoring import read_progress_form
from data.model import FormKind, PerformanceTable, TableKind
from data.progress import (
    INDICATOR,
    TASK,
    WAN,
    ItemIndex,
    ProgressFileError,
    ProgressPreview,
    ProgressReport,
    RowProblem,
    TrackedItem,
    compact,
    departments,
    find_item,
    match_department,
    not_reporters_department,
    parse_reported,
    refusal,
    store_reports,
    tracked_items,
)
from data.progress_forms import ProgressForm, wan_text
from data.status import GRADES, percent
from data.values import format_plain

# How forms write that a qualitative target was met (or not).
ACHIEVED = frozenset({"达成", "已达成", "达成预期指标", "达成预期目标", "达到预期", "已完成", "完成",
                      "达到", "已达到", "实现", "已实现", "是", "达标"})
PARTLY = frozenset({"部分达成", "基本达成", "部分完成", "基本完成", "部分实现", "基本实现"})
MISSED = frozenset({"未达成", "未完成", "未达到", "未实现", "否", "不达标"})


@dataclass
class FormCheck:
    """A form checked against the store: its reports, and the project table they are for
    (``new_table``: made from the form, to be stored with them)."""

    form: ProgressForm
    department: str
    table: PerformanceTable
    new_table: bool
    reports: list[ProgressReport] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    version: int | None = None  # the loaded project table's version

    @property
    def project(self) -> str:
        return self.table.project

    def header(self) -> list[str]:
        """What the preview says first: the form, the project and its table, the money."""
        form = self.form
        lines = [f"表格：{form.form.label}（{form.year} 年{form.period}，截至 "
                 f"{form.as_of.isoformat()}）"]
        table = f"{self.department} · {self.project} {form.year} 年"
        lines.append(f"项目：{table}（" + ("新建项目表，年度目标取自本表" if self.new_table
                                          else f"已载入的项目表第 {self.version} 版") + "）")
        funds = next((r for r in self.reports if r.kind == TASK), None)
        budget = _funds_item(self.table)
        if funds is not None and budget is not None and budget.amount_yuan:
            share = funds.number / budget.amount_yuan
            lines.append(f"资金：已执行 {wan_text(funds.number / WAN)} / 预算 "
                         f"{wan_text(budget.amount_yuan / WAN)}（执行率 {percent(share, 2)}）")
        if form.form == FormKind.SELF_EVALUATION and form.total_score is not None:
            points = "" if form.total_points is None else f" / {format_plain(form.total_points)}"
            lines.append(f"自评总分：{format_plain(form.total_score)}{points}")
        return lines


# ---------------------------------------------------------------- the checks


def check_form(store: Store, form: ProgressForm, today: date,
               allowed: frozenset[str] | None = None, source_name: str = "") -> FormCheck:
    """The form's reports against the store. Raises ``ProgressFileError`` for a department or
    project that cannot be identified or a period after today; row problems are ``errors``."""
    label = form.form.label
    department = _department(store, form, allowed, label)
    if form.as_of > today:
        raise ProgressFileError(f"{label}“{source_name}”截至 {form.as_of.isoformat()}"
                                f"（{form.year} 年{form.period}），晚于今天（{today.isoformat()}），"
                                f"未导入任何数据。")
    stored, warnings = _project_table(store, department, form)
    if stored is None:
        table = form.target_table()
        table.department = department
        check = FormCheck(form, department, table, new_table=True, warnings=warnings)
    else:
        check = FormCheck(form, department, stored.table, new_table=False, warnings=warnings,
                          version=stored.version.version)
    check.errors.extend(form.problems)
    own = store.current(department, form.year)
    counterparts = None if own is None else ItemIndex(tracked_items(own.table))
    _check_funds(check)  # money is money: the department's task of this name takes it as is
    _check_indicators(check, counterparts)
    return check


def _department(store: Store, form: ProgressForm, allowed: frozenset[str] | None,
                label: str) -> str:
    try:
        department = match_department(departments(store), form.department)
    except NotFoundError as error:
        raise ProgressFileError(f"无法确定{label}的主管部门“{form.department}”：{error}"
                                f"未导入任何数据。") from None
    if allowed is not None and department not in allowed:
        raise ProgressFileError(f"{not_reporters_department(allowed, department)}。未导入任何数据。")
    return department


def _project_table(store: Store, department: str, form: ProgressForm
                   ) -> tuple[StoredTable | None, list[str]]:
    """The loaded project table of the form's project (same department and year), if any; a
    warning names loaded projects whose names are close, as a new table will be made."""
    wanted = compact(form.project)
    candidates = [info for info in store.current_versions(TableKind.PROJECT)
                  if info.department == department and info.year == form.year]
    for info in candidates:
        if compact(info.project) == wanted:
            return store.load(info), []
    close = [info.project for info in candidates
             if wanted in compact(info.project) or compact(info.project) in wanted]
    if not close:
        return None, []
    return None, [f"没有名为“{form.project}”的项目表，将按本表新建；已有相近的项目表："
                  f"{'、'.join(close)}。如是同一项目，请把项目名称改成一致后重新发送。"]


def _funds_item(table: PerformanceTable) -> TrackedItem | None:
    return next((item for item in tracked_items(table) if item.kind == TASK), None)


def _check_funds(check: FormCheck) -> None:
    form, total = check.form, check.form.total_funds
    if total is None:
        check.warnings.append("本表没有“项目资金”，项目资金的执行情况未记入。")
        return
    where = f"第 {total.line} 行"
    if total.executed is None:
        check.warnings.append(f"{where}：{total.name}没有执行数，项目资金的执行情况未记入。")
        return
    item = _funds_item(check.table)
    if item is None or not item.amount_yuan:
        check.errors.append(f"{where}：项目表“{check.project}”没有年度资金总额，无法记入资金执行情况")
        return
    try:
        text, number, _ = parse_reported(item, wan_text(total.executed).replace(",", ""))
    except RowProblem as problem:
        check.errors.append(f"{where}：{problem}")
        return
    budget = total.budget
    if not check.new_table and budget is not None and budget * WAN != item.amount_yuan:
        check.warnings.append(
            f"{where}：本表的预算为 {wan_text(budget)}，项目表为 {wan_text(item.amount_yuan / WAN)}："
            f"执行率按项目表计算；如预算已调整，请先导入新的项目绩效目标表。")
    if number > item.amount_yuan:
        check.warnings.append(f"{where}：已执行 {wan_text(total.executed)}，超过预算 "
                              f"{wan_text(item.amount_yuan / WAN)}")
    notes = []
    if total.expected is not None:
        notes.append(f"全年预计执行 {wan_text(total.expected)}")
    if total.rate:
        notes.append(f"本表执行率 {total.rate}")
    if total.reason:
        notes.append(f"偏差原因：{total.reason}")
    if form.achieved:
        notes.append(f"完成情况：{''.join(form.achieved)}")
    check.reports.append(_report(check, item, text, number, None, "；".join(notes),
                                 total.points, total.score))


def _check_indicators(check: FormCheck, counterparts: ItemIndex | None) -> None:
    form, table = check.form, check.table
    index = ItemIndex(item for item in tracked_items(table) if item.kind == INDICATOR)
    seen: dict[str, int] = {}
    for line in form.indicators:
        where = f"第 {line.line} 行"
        try:
            item = find_item(index, line.level3, table.label)
        except RowProblem as problem:
            check.errors.append(f"{where}：{problem}")
            continue
        if item.name in seen:
            check.errors.append(f"{where}：与第 {seen[item.name]} 行重复（{item.name}）")
            continue
        seen[item.name] = line.line
        if not line.actual:
            check.warnings.append(f"{where}：“{item.name}”没有填写完成值，未记入。")
            continue
        value = _graded(item, line.actual, line.target, line.points, line.score)
        try:
            text, number, grade = parse_reported(item, value)
            _check_counterpart(counterparts, item, value)
        except RowProblem as problem:
            check.errors.append(f"{where}：{problem}")
            continue
        if (not check.new_table and line.target
                and compact(line.target) != compact(item.target.text)):
            check.warnings.append(f"{where}：本表“{item.name}”的年度目标值为 {line.target}，"
                                  f"项目表为 {item.target.text}，按项目表判断。")
        notes = [f"{label}{value}" for label, value in (
            ("全年预计 ", line.expected), ("偏差原因：", line.reason),
            ("完成目标可能性：", line.possibility), ("备注：", line.remark)) if value]
        check.reports.append(_report(check, item, text, number, grade, "；".join(notes),
                                     line.points, line.score))


def _graded(item: TrackedItem, actual: str, printed_target: str, points: Decimal | None,
            score: Decimal | None) -> str:
    """The value to report: a qualitative target's 达成 / 部分达成 / 未达成 from what the form
    says (the target repeated, a word, or a 自评表's score against its points); else as is."""
    if not item.target.qualitative:
        return actual
    said = compact(actual)
    if said in GRADES:
        return said
    if said in ACHIEVED or said in (compact(item.target.text), compact(printed_target)):
        return "达成"
    if said in PARTLY:
        return "部分达成"
    if said in MISSED:
        return "未达成"
    if points and score is not None:
        return "达成" if score >= points else ("未达成" if score == 0 else "部分达成")
    return actual  # parse_reported says what a qualitative target needs


def _check_counterpart(counterparts: ItemIndex | None, item: TrackedItem, value: str) -> None:
    """The department table's indicator of the same name takes the same value: it must fit."""
    if counterparts is None:
        return
    key = compact(item.name)
    for other in counterparts.matches(key):
        if other.kind == INDICATOR and compact(other.name) == key:
            try:
                parse_reported(other, value)
            except RowProblem as problem:
                raise RowProblem(f"{problem}（部门整体表中的同名指标）") from None


def _report(check: FormCheck, item: TrackedItem, text: str, number: Decimal | None,
            grade: str | None, note: str, points: Decimal | None,
            score: Decimal | None) -> ProgressReport:
    form = check.form
    return ProgressReport(
        id=None, department=check.department, year=form.year, kind=item.kind, name=item.name,
        as_of=form.as_of, value_text=text, number=number, grade=grade, note=note,
        project=check.project, form=form.form.value, points=points, score=score)


# ---------------------------------------------------------------- preview and commit


def preview_form(store: Store, content: bytes, source_name: str, today: date,
                 allowed: Collection[str] | None = None, form: ProgressForm | None = None
                 ) -> ProgressPreview:
    """Read (unless ``form`` was read already, in a parse worker) and check a form; raises
    ``ProgressFileError`` listing every bad row."""
    if form is None:
        form = read_progress_form(content, source_name)
    allowed = None if allowed is None else frozenset(allowed)
    check = check_form(store, form, today, allowed, source_name)
    if check.errors:
        raise refusal(f"{form.form.label}“{source_name}”有 {len(check.errors)} 处错误，"
                       f"未导入任何数据：", check.errors)
    return ProgressPreview(source_name, hashlib.sha256(content).hexdigest(), check.reports,
                           check.warnings, [], allowed, form_check=check, header=check.header())


def commit_form(store: Store, preview: ProgressPreview, reporter: str, today: date, *,
                reporter_name: str = "") -> list[ProgressReport]:
    """Store a previewed form in one transaction, after checking it again: the project table
    made from the form (when none is loaded), the reports, a 自评表's 总分."""
    form = preview.form_check.form
    with store.transaction() as db:
        check = check_form(store, form, today, preview.departments, preview.source_name)
        if check.errors:
            raise refusal(f"绩效目标表在预览后已变更，{form.form.label}“{preview.source_name}”"
                           f"未导入：", check.errors)
        if check.new_table:
            store.import_table(check.table, source_name=preview.source_name,
                               sha256=preview.sha256, imported_by=reporter,
                               importer_name=reporter_name,
                               warnings=[f"由{form.form.label}生成：年度目标值取自本表"])
        batch = uuid.uuid4().hex
        stored = store_reports(store, check.reports, reporter, preview.source_name, reporter_name,
                         batch=batch)
        if form.form == FormKind.SELF_EVALUATION and form.total_score is not None:
            db["self_evaluations"].insert({
                "department": check.department, "year": form.year, "project": check.project,
                "as_of": form.as_of.isoformat(),
                "points": None if form.total_points is None else format_plain(form.total_points),
                "score": format_plain(form.total_score), "source_name": preview.source_name,
                "reporter": reporter, "reporter_name": reporter_name, "imported_at": now_iso(),
                "batch": batch})
    return stored


def self_evaluation_total(store: Store, department: str, year: int, project: str
                          ) -> tuple[Decimal | None, Decimal] | None:
    """The latest 自评表 总分 of a project: ``(points, score)``, or ``None``."""
    row = store.db.execute(
        "SELECT points, score FROM self_evaluations WHERE department = ? AND year = ? AND "
        "project = ? ORDER BY as_of DESC, imported_at DESC, id DESC LIMIT 1",
        [department, year, project]).fetchone()
    if row is None:
        return None
    return (None if row[0] is None else Decimal(row[0])), Decimal(row[1])
