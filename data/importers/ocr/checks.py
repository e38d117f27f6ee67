"""Trust in what was read: every value of the table is traced back to the cell it was read from,
then checked — the recogniser's confidence, the form's own arithmetic (the budget identity),
the two values of an indicator against each other, and the shape a value of its category
usually has (≥ for 数量指标, % for rates, ≤ or ≥ for 成本指标 …). A value that is doubtful or
fails a check becomes a ``Flag`` with the cell's picture; one that a check confirms (the
budget adds up, both values of a row read alike) is trusted even if a character was faint.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

import cv2

from data.flags import FieldRef, Flag
from data.importers.common import BUDGET_LABELS, LEVEL2_PARENTS, clean_cell, label_key
from data.importers.ocr.cells import OcrCell
from data.importers.ocr.scan_grid import LABELS, ScanGrid
from data.model import BASIC_INFO_FIELDS, PerformanceTable
from data.validate import INCOME, SPENDING, TOLERANCE_WAN
from data.values import parse_amount, parse_value

LABEL_KEYS = {label_key(label) for label in LABELS}

# Lowest character confidence that is trusted without a check, by kind of field.
FIGURE_CONFIDENCE = 0.97
NAME_CONFIDENCE = 0.95
TEXT_CONFIDENCE = 0.6
# A figure read alike in two places (实施周期 = 年度) or confirmed by the budget identity is
# trusted from this confidence up.
CONFIRMED_CONFIDENCE = 0.5

_RATE_NAME = re.compile(r"(率|满意度|占比|比例|比重)$")
_NUMBERISH = re.compile(r"^[\d,.，。\s]+$")
_AMOUNT_SHAPE = re.compile(r"^\d{1,3}(?:,\d{3})*(?:\.\d{1,2})?$|^\d+(?:\.\d{1,2})?$")
_UNIT_SHAPE = re.compile(r"^[\u3400-\u9fff%‰/·]*$")
_OPERATOR_WORDS = r"不少于|不低于|不超过|不高于|不多于|大于|小于|等于|高于|低于|多于|少于|超过|达到|以上|以下|以内"
_QUANTITY_CATEGORIES = {"数量指标"}
_COST_CATEGORIES = {name for name, parent in LEVEL2_PARENTS.items() if parent == "成本指标"}

LOW_CONFIDENCE = "识别把握不高（{:.0%}），请核对"
NO_OPERATOR = "缺少比较符号：{}的指标值通常写作“≥…”或“≤…”"
RARE_OPERATOR = "比较符号“{}”少见（{}通常为“{}”），请核对"
RATE_WITHOUT_PERCENT = "比率应带“%”"
ROW_MISMATCH = "实施周期指标值“{}”与年度指标值“{}”的比较符号或单位不一致"
PERIOD_BELOW_ANNUAL = "实施周期指标值“{}”小于年度指标值“{}”"
ODD_UNIT = "单位“{}”不像是单位"
NOT_A_VALUE = "读不出数值"
BUDGET_MISMATCH = "预算合计不一致：{} = {} 万元，而 {} = {} 万元"
AMOUNT_SHAPE = "金额的写法不对（逗号或小数点位置）"
NOT_STANDARD_CATEGORY = "不是标准的二级指标名称"
NO_AMOUNT = "读不出金额"
NO_VALUE = "没有读到数值"
NOT_READ = "没有读到这一栏（名称没有认出来），请填写它的金额"


@dataclass
class _Value:
    """A field of the table, the cell it was read from and what the checks found."""

    where: str
    read: str
    field: FieldRef
    cell: OcrCell | None
    confidence_needed: float
    reasons: list[str] = field(default_factory=list)
    confirmed: bool = False

    @property
    def confidence(self) -> float:
        return 1.0 if self.cell is None else self.cell.confidence


def flag_cells(table: PerformanceTable, grid: ScanGrid) -> list[Flag]:
    """The cells that need a look, in the order of the form."""
    locator = _Locator(grid)
    values = _values(table, locator)
    _check_indicators(table, values)
    _check_budget(table, values)
    _check_amount_shapes(values)
    flags = []
    for value in values:
        reasons = list(value.reasons)
        doubtful = value.confidence < value.confidence_needed
        if doubtful and not (value.confirmed and value.confidence >= CONFIRMED_CONFIDENCE):
            reasons.insert(0, LOW_CONFIDENCE.format(value.confidence))
        if reasons:
            flags.append(Flag(value.where, value.read, "；".join(dict.fromkeys(reasons)),
                              value.field, _png(value.cell)))
    return flags


# -- tracing values back to cells ---------------------------------------------------------------


class _Locator:
    """Finds the grid cell a value of the table came from, walking the grid in form order."""

    def __init__(self, grid: ScanGrid) -> None:
        self.grid = grid
        self.keys = [[clean_cell(text) for text in row] for row in grid.rows]

    def find(self, text: str, start: int = 0, by_label: bool = False) -> tuple[int, int] | None:
        target = label_key(text) if by_label else clean_cell(text)
        for r in range(start, len(self.keys)):
            for c, key in enumerate(self.keys[r]):
                if key and (label_key(key) if by_label else key) == target:
                    return r, c
        return None

    def cell(self, r: int, c: int) -> OcrCell | None:
        return self.grid.sources[r][c]

    def after(self, r: int, c: int) -> list[tuple[int, OcrCell]]:
        """Non-empty cells right of (r, c) in row r."""
        return [(col, cell) for col, cell in self.grid.cells_in_row(r)
                if col > c and self.keys[r][col]]

    def containing(self, text: str) -> OcrCell | None:
        probe = clean_cell(text)[:12]
        for r, row in enumerate(self.keys):
            for c, key in enumerate(row):
                if probe and probe in key:
                    return self.cell(r, c)
        return None


def _values(table: PerformanceTable, at: _Locator) -> list[_Value]:
    values: list[_Value] = []
    found = at.find("部门名称", by_label=True)
    if found:
        after = at.after(*found)
        values.append(_Value("部门名称", table.department, FieldRef("department"),
                             after[0][1] if after else None, NAME_CONFIDENCE))
    year_cell = next((cell for row in at.grid.sources for cell in row
                      if cell is not None and str(table.year) in cell.text), None)
    values.append(_Value("年度", str(table.year), FieldRef("year"), year_cell,
                         FIGURE_CONFIDENCE))
    for name in BASIC_INFO_FIELDS:
        value = _labelled(at, name, str(table.basic_info.get(name, "")), f"基本信息“{name}”",
                          FieldRef("basic_info", name))
        if name not in table.basic_info and (at.find(name, by_label=True)
                                             or at.find("基本信息", by_label=True)):
            value.reasons.append(NO_VALUE)  # the form prints it, but it was not read
        if name in table.basic_info or value.reasons:
            values.append(value)
    read_lines = {line.name for line in table.budget}
    if at.find("预算整体情况", by_label=True):  # the form prints every line: none may be lost
        for name in BUDGET_LABELS:
            if name not in read_lines:
                values.append(_Value(f"预算整体情况“{name}”（万元）", "", FieldRef("budget", name),
                                     None, FIGURE_CONFIDENCE, [NOT_READ]))
    for line in table.budget:
        value = _labelled(at, line.name, _printed(at, line.name),
                          f"预算整体情况“{line.name}”（万元）", FieldRef("budget", line.name))
        if line.amount_wan is None and value.read:
            value.reasons.append(NO_AMOUNT)  # something is printed there, but not a number
        if line.amount_wan is not None or value.read:
            values.append(value)
    for index, goal in enumerate(table.goals):
        cell = at.containing(goal)
        values.append(_Value(f"总体绩效目标第 {index + 1} 段", goal, FieldRef("goals", index),
                             _part_of(cell, goal), TEXT_CONFIDENCE))
    values += _task_values(table, at)
    values += _indicator_values(table, at)
    return values


def _labelled(at: _Locator, label: str, read: str, where: str, ref: FieldRef) -> _Value:
    cell = _value_cell(at, label)
    return _Value(where, read, ref, cell, FIGURE_CONFIDENCE)


def _value_cell(at: _Locator, label: str) -> OcrCell | None:
    """The cell right of a printed label, unless the next one is another label (blank value)."""
    found = at.find(label, by_label=True)
    after = at.after(*found) if found else []
    if not after or label_key(after[0][1].text) in LABEL_KEYS:
        return None
    return after[0][1]


def _printed(at: _Locator, label: str) -> str:
    cell = _value_cell(at, label)
    return clean_cell(cell.text) if cell else ""


def _task_values(table: PerformanceTable, at: _Locator) -> list[_Value]:
    values: list[_Value] = []
    row = 0
    for index, task in enumerate(table.tasks):
        found = at.find(task.name, row) if task.name else None
        if found is None:
            continue
        row = found[0] + 1
        cells = {clean_cell(cell.text): cell for _, cell in at.after(*found)}
        name = f"任务“{task.name}”"
        values.append(_Value(f"{name}的名称", task.name, FieldRef("tasks", index, "name"),
                             at.cell(*found), NAME_CONFIDENCE))
        for attribute, label in (("content", "内容"), ("expected", "期望达到的目标")):
            text = getattr(task, attribute)
            if text:
                values.append(_Value(f"{name}的{label}", text,
                                     FieldRef("tasks", index, attribute), cells.get(text),
                                     TEXT_CONFIDENCE))
        if task.amount_yuan is not None:
            amount = next((cell for text, cell in cells.items()
                           if _amount_or_none(text) == task.amount_yuan), None)
        else:  # the cell that looks most like an amount, if any
            amount = next((cell for text, cell in cells.items() if _NUMBERISH.match(text)), None)
        value = _Value(f"{name}的拟投入的资金（元）",
                       clean_cell(amount.text) if amount else "",
                       FieldRef("tasks", index, "amount_yuan"), amount, FIGURE_CONFIDENCE)
        if task.amount_yuan is None:
            value.reasons.append(NO_AMOUNT)
        values.append(value)
    return values


def _indicator_values(table: PerformanceTable, at: _Locator) -> list[_Value]:
    values: list[_Value] = []
    row = 0
    for index, indicator in enumerate(table.indicators):
        found = at.find(indicator.level3, row)
        if found is None:
            continue
        row = found[0] + 1
        name = f"绩效指标“{indicator.level3}”"
        values.append(_Value(f"{name}（三级指标名称）", indicator.level3,
                             FieldRef("indicators", index, "level3"), at.cell(*found),
                             NAME_CONFIDENCE))
        after = at.after(*found)
        for position, (attribute, label) in enumerate((("period_value", "实施周期指标值"),
                                                       ("annual_value", "年度指标值"))):
            text = getattr(indicator, attribute)
            cell = after[position][1] if position < len(after) else None
            value = _Value(f"{name}的{label}", text, FieldRef("indicators", index, attribute),
                           cell, FIGURE_CONFIDENCE)
            if not text:
                value.reasons.append(NO_VALUE)
            values.append(value)
    return values


def _part_of(cell: OcrCell | None, text: str) -> OcrCell | None:
    """The cell, with the confidence of the lines that make up ``text`` only (a goal is one
    paragraph of a cell that holds them all)."""
    if cell is None or not cell.lines:
        return cell
    key = clean_cell(text)
    confidences = [confidence for line, confidence in cell.lines if clean_cell(line) in key]
    if not confidences:
        return cell
    return OcrCell(cell.page, cell.box, cell.text, min(confidences), cell.crop, cell.lines)


# -- checks -------------------------------------------------------------------------------------


def _check_indicators(table: PerformanceTable, values: list[_Value]) -> None:
    by_field = {(v.field.part, v.field.key, v.field.attribute): v for v in values}
    for index, indicator in enumerate(table.indicators):
        period = by_field.get(("indicators", index, "period_value"))
        annual = by_field.get(("indicators", index, "annual_value"))
        for value in (period, annual):
            if value is not None:
                value.reasons += _shape_problems(indicator.level2, indicator.level3, value.read)
        if indicator.level2 and indicator.level2 not in LEVEL2_PARENTS:
            name = by_field.get(("indicators", index, "level3"))
            if name is not None:
                name.reasons.append(f"二级指标“{indicator.level2}”{NOT_STANDARD_CATEGORY}")
        if period is None or annual is None or not period.read or not annual.read:
            continue
        if period.read == annual.read:
            period.confirmed = annual.confirmed = True  # two reads of the same print agree
            continue
        p, a = parse_value(period.read), parse_value(annual.read)
        if p.qualitative or a.qualitative:
            continue
        if p.op != a.op or p.unit != a.unit:
            reason = ROW_MISMATCH.format(period.read, annual.read)
        elif p.op in ("≥", ">") and p.number < a.number:
            reason = PERIOD_BELOW_ANNUAL.format(period.read, annual.read)
        else:
            continue
        period.reasons.append(reason)
        annual.reasons.append(reason)


def _shape_problems(level2: str, level3: str, text: str) -> list[str]:
    """What is odd about an indicator value for its category."""
    if not text:
        return []
    value = parse_value(text)
    if value.qualitative:
        return [NOT_A_VALUE] if re.search(r"\d", text) else []
    problems = []
    if value.unit and not _UNIT_SHAPE.match(value.unit):
        problems.append(ODD_UNIT.format(value.unit))
    rate = _RATE_NAME.search(level3) is not None
    if rate and not value.is_rate:
        problems.append(RATE_WITHOUT_PERCENT)
    if not _has_operator(text):
        if not (value.is_rate and value.number == 100):
            problems.append(NO_OPERATOR.format(level2 or "这一类"))
    elif value.op in (">", "<", "="):
        expected = "≤" if level2 in _COST_CATEGORIES else "≥"
        problems.append(RARE_OPERATOR.format(value.op, level2 or "这一类", expected))
    elif level2 in _QUANTITY_CATEGORIES and value.op == "≤":
        problems.append(RARE_OPERATOR.format(value.op, level2, "≥"))
    return problems


def _has_operator(text: str) -> bool:
    """A printed comparison (≥, 不少于, 以上 …), not the ``=`` that a bare value parses to."""
    return text[:1] in "≥≤><=" or re.search(_OPERATOR_WORDS, text) is not None


def _check_budget(table: PerformanceTable, values: list[_Value]) -> None:
    """基本支出 + 项目支出 + 其他事业发展性支出 = 财政拨款 + 其他资金: when it holds, its figures
    are confirmed (one misread digit would break it); when not, all of them are flagged."""
    amounts = {line.name: line.amount_wan for line in table.budget}
    by_name = {v.field.key: v for v in values if v.field.part == "budget"}
    if any(amounts.get(name) is None for name in (*SPENDING[:2], INCOME[0])):
        return
    spending = sum((amounts.get(n) or Decimal(0) for n in SPENDING), Decimal(0))
    income = sum((amounts.get(n) or Decimal(0) for n in INCOME), Decimal(0))
    involved = [by_name[n] for n in (*SPENDING, *INCOME) if n in by_name]
    if abs(spending - income) <= TOLERANCE_WAN:
        for value in involved:
            value.confirmed = True
        return
    reason = BUDGET_MISMATCH.format(" + ".join(SPENDING), f"{spending:,.2f}", " + ".join(INCOME),
                                    f"{income:,.2f}")
    for value in involved:
        value.reasons.append(reason)


def _check_amount_shapes(values: list[_Value]) -> None:
    for value in values:
        amount = value.field.part == "budget" or value.field.attribute == "amount_yuan"
        if amount and value.read and not _AMOUNT_SHAPE.match(value.read):
            value.reasons.append(AMOUNT_SHAPE)


def _amount_or_none(text: str) -> Decimal | None:
    try:
        return parse_amount(text)
    except (ValueError, ArithmeticError):
        return None


def _png(cell: OcrCell | None) -> bytes | None:
    """The cell's picture as PNG, padded with paper to at most 8:1 (Telegram refuses photos
    much longer than wide, and a one-line cell of a wide column is)."""
    if cell is None or cell.crop is None or cell.crop.size == 0:
        return None
    crop = cell.crop
    height, width = crop.shape[:2]
    pad_y = max(0, (width // 8 - height + 1) // 2)
    pad_x = max(0, (height // 8 - width + 1) // 2)
    crop = cv2.copyMakeBorder(crop, pad_y, pad_y, pad_x, pad_x, cv2.BORDER_CONSTANT, value=255)
    ok, encoded = cv2.imencode(".png", crop)
    return encoded.tobytes() if ok else None
