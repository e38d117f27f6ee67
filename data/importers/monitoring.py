"""Read the progress forms — 项目支出绩效运行监控表 and 项目支出绩效自评表 — from XLSX, PDF or
copied text into a ``data.progress_forms.ProgressForm``.

The forms share their frame with the project target forms (title, （2026年1-6月） or
（2025年度）, 项目名称 / 主管部门 / 实施单位, a 项目资金（万元） block, 年度总体目标, 绩效指标) and
differ in their columns, which are found from the header rows by their words, never by
position: a funds header (年初预算数 / 调整后预算数 or 全年预算数 / 1–N月执行数 / 执行率 /
全年预计执行数 / 分值 / 得分 / 偏差原因) and an indicator header (一级 / 二级 / 三级指标, then
年度目标值 or 年度指标值, 1–N月实际完成值 or 完成值 or 执行情况, 全年预计完成值, 偏差原因分析,
完成目标可能性, 分值 or 权重, 得分, 备注, in any order). The period's last month comes from the
headers or the subtitle (``1-6月``); a 自评表 covers the year.

XLSX sheets and PDF pages become a grid as for the target tables (``xlsx.sheet_grid``,
``pdf.pdf_rows``) and share ``grid.Row`` / ``grid.Columns``. Copied text keeps no grid: each row
is a run of lines between blank lines, the 三级 name wrapped over the first lines, then a line
with the name's end and the row's values in the header's order (a blank cell leaves no trace in
copied text, so a row missing a value is listed as unreadable rather than guessed at), and
lines after it continue the row's 偏差原因.

A row that cannot be read (no 三级 name, a malformed amount) is recorded in
``ProgressForm.problems`` with its row number; the checks list it with their own.

>>> form = read_progress_form(path.read_bytes(), path.name)
>>> form.form, form.project, form.as_of
(<FormKind.MONITORING: 'monitoring'>, '产业工人建设经费', datetime.date(2026, 6, 30))
"""

from __future__ import annotations

import io
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from pathlib import Path

from data.errors import AmountError, FileTooLarge, ImportRefused, TableFormatError, UnitError
from data.importers.common import (
    LEVEL2_PARENTS,
    canonical_level1,
    canonical_level2,
    clean_cell,
    find_year,
    label_key,
    split_goals,
)
from data.importers.grid import Columns, Row, first_positions, is_full_width_note
from data.importers.kinds import detect_form
from data.model import FormKind
from data.progress_forms import (
    PROGRESS_FORMS,
    WAN,
    FundsLine,
    IndicatorLine,
    ProgressForm,
    period_months,
    without_code,
    without_points,
)
from data.values import read_amount, unit_in_header

logger = logging.getLogger(__name__)

# Front-matter labels, longest first where one begins another.
LABELS = (
    ("project", ("项目名称",)),
    ("department", ("主管部门及代码", "主管部门", "主管单位", "预算单位", "部门名称")),
    ("unit", ("项目实施单位", "项目执行单位", "实施单位", "执行单位")),
)
FUNDS_LABELS = ("项目资金", "预算执行情况", "资金情况", "项目预算执行情况", "年度预算数")
GOALS_LABELS = ("年度总体目标", "总体目标", "年度绩效目标", "年度目标")
TOTAL_LABELS = ("总分", "合计", "总计", "自评总分", "综合得分")
INDICATORS_LABEL = "绩效指标"
POSSIBILITIES = ("确定能", "有可能", "完全不可能", "不可能", "可能", "能")
_BLANKS = {"", "-", "—", "－", "/", "／", "——", "无"}
_LEVELS = {"一级指标": "level1", "二级指标": "level2", "三级指标": "level3"}
_MONEY_ROLES = ("initial", "adjusted", "executed", "expected")
_NUMBER_ROLES = ("points", "score")

NO_PROJECT = "没有找到“项目名称”，无法确定这是哪个项目的{form}。"
NO_DEPARTMENT = "没有找到“主管部门”，无法确定这是哪个部门的{form}。"
NO_YEAR = "没有找到{form}的年度（标题下方应有“（2026年1-6月）”或“（2025年度）”）。"
NO_PERIOD = "没有找到监控期间（如“1-6月执行数”“（2026年1-6月）”），无法确定进度截至哪一天。"
NO_INDICATORS = "没有找到“绩效指标”部分（一级指标、二级指标、三级指标、目标值和完成值各栏）。"
NO_FORM = "这个文件里没有找到项目支出绩效运行监控表或自评表（缺少“项目名称”“绩效指标”）。"
NO_UNIT = "“{header}”没有注明金额单位（元、万元或千元），无法确定资金数额，请在表头注明单位后再发送。"


# --------------------------------------------------------------------------- entry points


def read_progress_form(content: bytes, filename: str) -> ProgressForm:
    """A 运行监控表 or 自评表 from a file's bytes (PDF, XLSX or copied text). Raises
    ``ImportRefused`` with a Chinese message."""
    from data.importers import MAX_FILE_BYTES, detect_kind

    if len(content) > MAX_FILE_BYTES:
        raise FileTooLarge(f"文件太大（{len(content) / 1024 / 1024:.1f} MB）：单个文件不能超过 20 MB。")
    shape = detect_kind(content, filename)
    try:
        if shape == "pdf":
            from data.importers.pdf import pdf_rows

            return parse_progress_grid(pdf_rows(content))
        if shape == "xlsx":
            return parse_progress_grid(_xlsx_rows(content))
        from data.importers.text import decode_text

        return parse_progress_text(decode_text(content))
    except ImportRefused:
        raise
    except Exception as error:  # a reader tripped on input it was not built for
        logger.info("progress form reader (%s) failed on %s", shape, filename, exc_info=True)
        raise TableFormatError(f"无法解析文件“{filename}”：内容不符合运行监控表或自评表的格式。"
                               ) from error


def progress_form_kind(content: bytes, filename: str) -> FormKind | None:
    """``MONITORING`` or ``SELF_EVALUATION`` when the file's title says it is one (cheap: the
    first rows of an XLSX, the first page of a PDF, the first lines of text); else ``None``.
    Never raises."""
    suffix = Path(filename).suffix.lower()
    try:
        if content.startswith(b"%PDF"):
            head = _pdf_head(content)
        elif content.startswith(b"PK\x03\x04"):
            head = _xlsx_head(content)
        elif suffix in (".txt", ".text", "") and b"\x00" not in content[:4096]:
            from data.importers.text import decode_text

            chunk = content[:8192]
            cut = chunk.rfind(b"\n")
            head = decode_text(chunk[:cut] if cut > 0 else chunk).splitlines()
        else:
            return None
        kind = detect_form(line.strip() for line in head if line and line.strip())
    except Exception:  # anything unreadable is simply not a progress form
        return None
    return kind if kind in PROGRESS_FORMS else None


def _pdf_head(content: bytes) -> list[str]:
    """The first page's text lines. pypdfium2 (which pdfplumber itself requires) reads them in
    about 12 ms, pdfplumber's layout analysis in about 100: every uploaded PDF is sniffed."""
    try:
        import pypdfium2
    except ImportError:  # pragma: no cover - pdfplumber installs it
        import pdfplumber

        with pdfplumber.open(io.BytesIO(content)) as pdf:
            return (pdf.pages[0].extract_text() or "").splitlines() if pdf.pages else []
    document = pypdfium2.PdfDocument(content)
    try:
        if len(document) == 0:
            return []
        page = document[0]
        text = page.get_textpage().get_text_range()
        return text.splitlines()
    finally:
        document.close()


def _xlsx_head(content: bytes) -> list[str]:
    from openpyxl import load_workbook

    workbook = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    try:
        cells = []
        for sheet in workbook.worksheets:
            for row in sheet.iter_rows(max_row=12, max_col=12, values_only=True):
                cells += [str(value) for value in row if value is not None]
        return cells
    finally:
        workbook.close()


def _xlsx_rows(content: bytes) -> list[list[str]]:
    from openpyxl import load_workbook

    from data.importers.xlsx import CORRUPT_FILE, sheet_grid

    try:
        workbook = load_workbook(io.BytesIO(content), data_only=True)
    except Exception as error:
        raise TableFormatError(CORRUPT_FILE) from error
    try:
        for sheet in workbook.worksheets:
            grid = sheet_grid(sheet)
            keys = {label_key(text) for row in grid for text in row}
            if "项目名称" in keys or INDICATORS_LABEL in keys:
                return grid
    finally:
        workbook.close()
    raise TableFormatError(NO_FORM)


# --------------------------------------------------------------------------- words of the headers


def funds_role(key: str) -> str | None:
    """The column a funds header names: 全年预计执行数 → expected, 1-6月执行率 → rate, …"""
    if "预计" in key:
        return "expected"
    if "执行率" in key:
        return "rate"
    if "执行数" in key or key.endswith("执行金额"):
        return "executed"
    if "调整后" in key or "全年预算" in key:
        return "adjusted"
    if "年初预算" in key or key in ("预算数", "年度预算数"):
        return "initial"
    if key.startswith(("分值", "权重")):
        return "points"
    if key.startswith("得分"):
        return "score"
    if "原因" in key:
        return "reason"
    return None


def indicator_role(key: str) -> str | None:
    """The column an indicator header names (一级指标 → level1, 1-6月实际完成值 → actual, …)."""
    if key in _LEVELS:
        return _LEVELS[key]
    if "可能" in key:
        return "possibility"
    if "原因" in key:
        return "reason"
    if key.startswith("备注"):
        return "remark"
    if "预计" in key:
        return "expected"
    if key.startswith(("分值", "权重")):
        return "points"
    if key.startswith("得分"):
        return "score"
    if "实际" in key or "完成值" in key or "执行情况" in key or "完成情况" in key:
        return "actual"
    if "指标值" in key or "目标值" in key:
        return "target"
    return None


def goal_role(key: str) -> str | None:
    """A goals sub-header: 实际完成情况 / 1-6月实际完成情况 → achieved, 预期目标 → expected."""
    if len(key) > 16:
        return None
    if any(word in key for word in ("完成情况", "实际完成", "实际进展", "进展情况", "执行情况")):
        return "achieved"
    if "目标" in key:
        return "expected"
    return None


def label_of(key: str) -> tuple[str, str | None] | None:
    """``(field, value written in the label's own cell or None)`` for a front-matter label:
    ``项目名称``, ``实施单位（盖章）``, ``主管部门：东莞市总工会``."""
    for name, labels in LABELS:
        for label in labels:
            if not key.startswith(label):
                continue
            rest = key[len(label):]
            if not rest or re.fullmatch(r"[（(][^）)]*[）)]", rest):
                return name, None
            if rest[0] in "：:":
                return name, rest[1:]
    return None


def is_funds_label(key: str) -> bool:
    return key.startswith(FUNDS_LABELS)


def is_total(key: str) -> bool:
    return key.startswith(TOTAL_LABELS)


def fund_line_name(text: str) -> str:
    """``其中：当年财政拨款`` → ``当年财政拨款``; ``年度资金总额：`` → ``年度资金总额``."""
    name = clean_cell(text).strip().rstrip("：:").strip()
    return re.sub(r"^其中\s*[：:]?\s*", "", name)


def rate_text(text: str) -> str:
    """An 执行率 with two decimals, as the forms print it (a spreadsheet's 1 with a percent
    format reads as ``100%``: ``100.00%``); other text as it is, a dash as ``""``."""
    if blank(text):
        return ""
    match = re.fullmatch(r"(\d+(?:\.\d+)?)%", label_key(text))
    return f"{Decimal(match[1]):.2f}%" if match else clean_cell(text)


def blank(text: str) -> bool:
    return label_key(text) in _BLANKS


def level_names(level1: str, level2: str) -> tuple[str, str]:
    """一级 without its weight and canonical, 二级 canonical (aliases read as their name)."""
    level1 = without_points(level1)
    level1 = canonical_level1(level1) or level1
    level2 = canonical_level2(level2) or level2
    return level1, level2


# --------------------------------------------------------------------------- shared collector


@dataclass
class _Collector:
    """What both shapes gather, checked and assembled into the form at the end."""

    kind: FormKind
    title: str = ""
    year: int | None = None
    months: int | None = None
    fields: dict[str, str] = field(default_factory=dict)
    funds_factor: Decimal | None = None
    funds_header: str = ""
    funds: list[FundsLine] = field(default_factory=list)
    goals: list[str] = field(default_factory=list)
    achieved: list[str] = field(default_factory=list)
    indicators: list[IndicatorLine] = field(default_factory=list)
    indicators_seen: bool = False
    total_points: Decimal | None = None
    total_score: Decimal | None = None
    problems: list[str] = field(default_factory=list)
    last_level1: str = ""
    last_level2: str = ""

    def note_period(self, text: str) -> None:
        if self.months is None:
            self.months = period_months(text)

    def set_field(self, name: str, value: str) -> None:
        value = clean_cell(value)
        if name == "department":
            value = without_code(value)
        if value and name not in self.fields:
            self.fields[name] = value

    def money(self, text: str, line: int) -> Decimal | None:
        """An amount in the funds' unit, as 万元."""
        if blank(text):
            return None
        if self.funds_factor is None:
            raise UnitError(NO_UNIT.format(header=self.funds_header or "项目资金"))
        amount = read_amount(text, f"第 {line} 行", self.funds_factor)
        return None if amount is None else amount * self.funds_factor / WAN

    def number(self, text: str, line: int) -> Decimal | None:
        """A 分值 or 得分 cell (a non-negative number, or blank / a dash)."""
        if blank(text):
            return None
        return read_amount(text, f"第 {line} 行")

    def add_fund(self, name: str, values: dict[str, str], line: int) -> None:
        try:
            amounts = {role: self.money(values.get(role, ""), line) for role in _MONEY_ROLES}
            numbers = {role: self.number(values.get(role, ""), line) for role in _NUMBER_ROLES}
        except AmountError as error:
            self.problems.append(str(error))
            return
        self.funds.append(FundsLine(
            name=fund_line_name(name), rate=rate_text(values.get("rate", "")),
            reason="" if blank(values.get("reason", "")) else clean_cell(values.get("reason", "")),
            line=line, **amounts, **numbers))

    def add_indicator(self, values: dict[str, str], line: int) -> None:
        level1, level2 = level_names(values.get("level1", ""), values.get("level2", ""))
        if level1 and level1 != self.last_level1:
            self.last_level1, self.last_level2 = level1, ""
        level1 = level1 or self.last_level1
        level2 = level2 or self.last_level2
        if level2:
            self.last_level2 = level2
        level1 = level1 or LEVEL2_PARENTS.get(level2, "")
        level3 = clean_cell(values.get("level3", ""))
        target, actual = clean_cell(values.get("target", "")), clean_cell(values.get("actual", ""))
        if not level3:
            if target or actual:
                self.problems.append(f"第 {line} 行：无法读出三级指标名称"
                                     f"（年度目标值“{target}”，完成值“{actual}”）")
            return
        try:
            points = self.number(values.get("points", ""), line)
            score = self.number(values.get("score", ""), line)
        except AmountError as error:
            self.problems.append(str(error).replace("金额", "分值或得分"))
            points = score = None
        text = {role: "" if blank(values.get(role, "")) else clean_cell(values.get(role, ""))
                for role in ("expected", "reason", "possibility", "remark")}
        self.indicators.append(IndicatorLine(level1, level2, level3, target, actual,
                                             points=points, score=score, line=line, **text))

    def add_total(self, values: dict[str, str], line: int) -> None:
        try:
            self.total_points = self.number(values.get("points", ""), line)
            self.total_score = self.number(values.get("score", ""), line)
        except AmountError as error:
            self.problems.append(str(error).replace("金额", "总分"))

    def result(self) -> ProgressForm:
        label = self.kind.label
        if not self.fields.get("project"):
            raise TableFormatError(NO_PROJECT.format(form=label))
        if not self.fields.get("department"):
            raise TableFormatError(NO_DEPARTMENT.format(form=label))
        if self.year is None:
            raise TableFormatError(NO_YEAR.format(form=label))
        months = 12 if self.kind == FormKind.SELF_EVALUATION else self.months
        if months is None:
            raise TableFormatError(NO_PERIOD)
        if not self.indicators_seen:
            raise TableFormatError(NO_INDICATORS)
        return ProgressForm(
            form=self.kind, department=self.fields["department"], project=self.fields["project"],
            year=self.year, months=months, unit=self.fields.get("unit", ""), title=self.title,
            funds=self.funds, goals=split_goals(self.goals), achieved=split_goals(self.achieved),
            indicators=self.indicators, total_points=self.total_points,
            total_score=self.total_score, problems=self.problems)


def _front(collector: _Collector, texts: list[str]) -> None:
    """Title, year, period and labelled values from one row's cells (or one line's tokens)."""
    for position, text in enumerate(texts):
        key = label_key(text)
        following = texts[position + 1] if position + 1 < len(texts) else ""
        if not collector.title and ("监控表" in key or "自评表" in key):
            collector.title = clean_cell(text)
            collector.year = collector.year or find_year(text)
            collector.note_period(text)
        elif collector.year is None and re.fullmatch(r"[（(]?(?:19|20)\d{2}年.{0,12}", key):
            collector.year = find_year(key)
            collector.note_period(key)
        elif (found := label_of(key)) is not None:
            name, inline = found
            value = inline if inline is not None else following
            if value and label_of(label_key(value)) is None:
                collector.set_field(name, value)
        elif key.startswith(("单位：", "单位:", "金额单位")):
            collector.funds_factor = collector.funds_factor or unit_in_header(key)


# --------------------------------------------------------------------------- grid (XLSX, PDF)


def parse_progress_grid(rows: Sequence[Sequence[object]]) -> ProgressForm:
    """Read the form from rows of cells (merged cells filled, or blank after their first)."""
    head = [clean_cell(c) for row in rows[:20] for c in row if c and clean_cell(c)]
    kind = detect_form(head)
    if kind not in PROGRESS_FORMS:
        raise TableFormatError(NO_FORM)
    reader = _GridReader(_Collector(kind))
    for index, cells in enumerate(rows):
        reader.feed(Row.of(cells, index))
    return reader.collector.result()


@dataclass
class _GridReader:
    collector: _Collector
    section: str = "front"
    funds_columns: Columns | None = None
    goal_columns: Columns | None = None
    indicator_columns: Columns | None = None

    def feed(self, row: Row) -> None:
        if row.blank():
            return
        line = row.index + 1
        cells = row.distinct()
        keys = [label_key(text) for _, text in cells]
        collector = self.collector
        if self.section == "done":
            return
        columns = _indicator_header(row)
        if columns is not None:
            self.section, self.indicator_columns = "indicators", columns
            collector.indicators_seen = True
            for key in keys:
                collector.note_period(key)
            return
        if self.section == "indicators":
            self._indicator_row(row, keys, line)
            return
        funds = self._funds_header(row, cells)  # the funds may follow the goals or precede them
        if funds is not None:
            self.section, self.funds_columns = "funds", funds
            return
        if keys and keys[0] in GOALS_LABELS:
            self.section = "goals"
            row = row.without({i for i, k in enumerate(row.keys) if k == keys[0]})
            if row.blank():
                return
            cells = row.distinct()
        if self.section == "goals":
            self._goal_row(row, cells)
            return
        if self.section == "funds":
            self._fund_row(row, line)
            return
        _front(collector, [text for _, text in cells])

    # ---------------------------------------------------------------- funds

    def _funds_header(self, row: Row, cells: list[tuple[int, str]]) -> Columns | None:
        roles: dict[int, str] = {}
        for index, text in cells:
            key = label_key(text)
            if is_funds_label(key):
                factor = unit_in_header(key)
                self.collector.funds_header = clean_cell(text)
                if factor is not None:
                    self.collector.funds_factor = factor
                continue
            role = funds_role(key) if len(key) <= 16 else None  # not a sentence of a goal
            if role is None:
                return None
            roles[index] = role
        found = set(roles.values())
        if "executed" not in found or not found & {"initial", "adjusted"}:
            return None
        for key in (label_key(t) for _, t in cells):
            self.collector.note_period(key)
        return Columns(first_positions(roles))

    def _fund_row(self, row: Row, line: int) -> None:
        columns = self.funds_columns
        first = min(columns.starts.values())
        names = [text for index, text in row.distinct()
                 if index < first and not is_funds_label(label_key(text))]
        values = {role: columns.value(row, role) for role in columns.starts}
        if not names:
            if any(not blank(v) for v in values.values()):
                self.collector.problems.append(f"第 {line} 行：无法读出资金项目的名称")
            return
        self.collector.add_fund(names[0], values, line)

    # ---------------------------------------------------------------- goals

    def _goal_row(self, row: Row, cells: list[tuple[int, str]]) -> None:
        roles = {index: goal_role(label_key(text)) for index, text in cells}
        if all(roles.values()) and "expected" in roles.values():
            self.goal_columns = Columns(first_positions(roles))  # type: ignore[arg-type]
            return
        if self.goal_columns is None:
            for index, _ in cells:
                self.collector.goals.extend(row.raw[index].split("\n"))
            return
        for role, lines in (("expected", self.collector.goals),
                            ("achieved", self.collector.achieved)):
            found = self.goal_columns.cell(row, role)
            if found:
                lines.extend(row.raw[found[0]].split("\n"))

    # ---------------------------------------------------------------- indicators

    def _indicator_row(self, row: Row, keys: list[str], line: int) -> None:
        columns = self.indicator_columns
        if keys and is_total(keys[0]):
            self.collector.add_total({role: columns.value(row, role) for role in columns.starts},
                                     line)
            self.section = "done"
            return
        if is_full_width_note(row):
            return
        start = columns.starts["level1"]
        row = row.without({i for i in range(start)})  # the 绩效指标 label merged down column A
        if row.blank():
            return
        self.collector.add_indicator({role: columns.value(row, role) for role in columns.starts},
                                     line)


def _indicator_header(row: Row) -> Columns | None:
    roles: dict[int, str] = {}
    for index, text in row.distinct():
        key = label_key(text)
        if key == INDICATORS_LABEL:
            continue
        role = indicator_role(key)
        if role is None:
            return None
        roles[index] = role
    if not {"level1", "level2", "level3", "target", "actual"} <= set(roles.values()):
        return None
    return Columns(first_positions(roles))


# --------------------------------------------------------------------------- copied text


def parse_progress_text(text: str) -> ProgressForm:
    """Read the form from the text a PDF viewer copies out of it."""
    lines = [line.strip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    kind = detect_form(line for line in lines if line)
    if kind not in PROGRESS_FORMS:
        raise TableFormatError(NO_FORM)
    collector = _Collector(kind)
    section, funds_roles, indicator_roles, goal_roles = "front", [], [], []
    goal_runs: list[list[str]] = [[]]
    blocks: list[list[tuple[int, str]]] = [[]]
    for number, line in enumerate(lines, start=1):
        tokens = line.split()
        keys = [label_key(t) for t in tokens]
        if section != "indicators" and INDICATORS_LABEL in keys[:1] + keys[1:2] and (
                "一级指标" in keys):
            indicator_roles = [r for r in (indicator_role(k) for k in keys) if r]
            for key in keys:
                collector.note_period(key)
            section = "indicators"
            collector.indicators_seen = True
            continue
        if section == "indicators":
            if not line:
                blocks.append([])
            else:
                blocks[-1].append((number, line))
            continue
        if keys and is_funds_label(keys[0]) and any(funds_role(k) for k in keys[1:]):
            collector.funds_header = tokens[0]
            collector.funds_factor = unit_in_header(keys[0]) or collector.funds_factor
            funds_roles = [r for r in (funds_role(k) for k in keys[1:]) if r]
            for key in keys:
                collector.note_period(key)
            section = "funds"
            continue
        if keys and keys[0] in GOALS_LABELS:
            section = "goals"
            goal_roles = [goal_role(k) for k in keys[1:]]
            if not goal_roles or not all(goal_roles):  # goal text on the label's own line
                goal_roles = []
                goal_runs[-1].append(" ".join(tokens[1:]))
            continue
        if section == "goals":
            if not line:
                if goal_runs[-1]:
                    goal_runs.append([])
            else:
                goal_runs[-1].append(line)
            continue
        if section == "funds":
            if line:
                _text_fund(collector, tokens, funds_roles, number)
            continue
        _front(collector, tokens)
    runs = [run for run in goal_runs if run]
    if "achieved" in goal_roles and len(runs) >= 2:
        collector.goals, collector.achieved = runs[0], [ln for run in runs[1:] for ln in run]
    else:
        collector.goals = [ln for run in runs for ln in run]
    _text_indicators(collector, [b for b in blocks if b], indicator_roles)
    return collector.result()


def _amount_like(token: str) -> bool:
    return bool(re.fullmatch(r"[\d,，.]+%?|[—\-－/／]+", token))


def _text_fund(collector: _Collector, tokens: list[str], roles: list[str], number: int) -> None:
    """A funds line: the name, the values of the header's columns in order (a dash for an empty
    one), then the 偏差原因; a line without values continues the previous row's 偏差原因."""
    start = next((i for i, t in enumerate(tokens) if _amount_like(t)), len(tokens))
    if start == 0 or start == len(tokens):
        if collector.funds and start == len(tokens):
            last = collector.funds[-1]
            collector.funds[-1] = replace(last, reason=last.reason + "".join(tokens))
        elif start == 0:
            collector.problems.append(f"第 {number} 行：无法读出资金项目的名称")
        return
    name, values = "".join(tokens[:start]), tokens[start:]
    cells = [role for role in roles if role != "reason"]
    if len(values) < len(cells):
        collector.problems.append(f"第 {number} 行：“{name}”只读到 {len(values)} 个数，"
                                  f"表头有 {len(cells)} 栏")
        return
    found = dict(zip(cells, values, strict=False))
    found["reason"] = "".join(values[len(cells):])
    collector.add_fund(name, found, number)


def _text_indicators(collector: _Collector, blocks: list[list[tuple[int, str]]],
                     roles: list[str]) -> None:
    """Each block is a category name, an indicator row or the 总分 row."""
    after = roles[roles.index("level3") + 1:] if "level3" in roles else roles
    mandatory = [r for r in after if r not in ("reason", "possibility", "remark")]
    for block in blocks:
        tokens_of = [(number, line.split()) for number, line in block]
        first_key = label_key(tokens_of[0][1][0])
        if is_total(first_key):
            numbers = [t for t in tokens_of[0][1][1:] if _amount_like(t)]
            collector.add_total(dict(zip(("points", "score"), numbers, strict=False)),
                                tokens_of[0][0])
            return
        row_at = next((i for i, (_, tokens) in enumerate(tokens_of)
                       if len(tokens) > len(mandatory)), None)
        if row_at is None:
            _text_category(collector, "".join(line for _, line in block))
            continue
        number, tokens = tokens_of[row_at]
        name = "".join(line for _, line in block[:row_at]) + tokens[0]
        values = tokens[1:]
        found = dict(zip(mandatory, values, strict=False))
        if any(found[r] in POSSIBILITIES for r in mandatory):
            collector.problems.append(f"第 {number} 行：“{name}”缺少数值（复制的文字中空白的"
                                      f"单元格会丢失，请发送 Excel 或 PDF 文件）")
            continue
        rest = values[len(mandatory):]
        possibility = next((t for t in rest if t in POSSIBILITIES), "")
        if possibility:
            rest.remove(possibility)
        continuation = "".join(line for _, line in block[row_at + 1:])
        found |= {"possibility": possibility, "reason": "".join(rest) + continuation,
                  "level1": collector.last_level1, "level2": collector.last_level2,
                  "level3": name}
        collector.add_indicator(found, number)


def _text_category(collector: _Collector, text: str) -> None:
    """A block naming an 一级 or 二级 category (possibly wrapped over lines)."""
    name = without_points(label_key(text))
    if canonical_level1(name):
        collector.last_level1, collector.last_level2 = canonical_level1(name), ""
    elif canonical_level2(name):
        collector.last_level2 = canonical_level2(name)
    elif name:
        collector.last_level2 = name  # a 二级 name outside the framework's vocabulary
