"""Copied text of the 批复表 and the project forms (the 部门整体预算绩效目标表 is ``text.py``'s).

The layouts share what copied text keeps: a title and （2022年度）, label/value lines, a goals
block whose two columns (中期 / 年度, 实施周期 / 年度) come one after the other, and the 绩效指标
block. In a two-sided indicator block (二级/三级/指标值 printed once for the period and once for
the year) each row gives two lines, the period side first; their values pair up.
"""

from __future__ import annotations

import re
from decimal import Decimal

from data.errors import ImplausibleAmounts, TableFormatError
from data.importers.common import find_year, label_key, split_goals
from data.importers.project import fund_name
from data.importers.text import (
    KEY_TASKS,
    LineFinder,
    _money,
    _name_width,
    _parse_indicators,
    _split_name,
    _value_columns,
)
from data.model import BudgetLine, FormKind, Indicator, PerformanceTable, Task
from data.values import format_yuan, looks_like_amount_text, unit_in_header

YUAN, WAN = Decimal(1), Decimal(10_000)
_GOALS_HEADINGS = ("总体目标", "项目绩效目标")
_INDICATORS_HEADING = "绩效指标"
_TASKS_HEADING = "年度主要任务"
_TASK_HEADER = ("任务名称", "主要内容", "预算金额", "小计", "市财政拨款", "其他资金")
_TOTAL_NAMES = ("金额合计", "合计", "总计")
_BLANK_CELLS = ("-", "—", "－", "/", "／", "——")
_GOAL_START = re.compile(r"^\s*(?:[一二三四五六七八九十]+[、.．]|\d+[、.．](?!\d)|（[一二三四五六七八九十\d]+）)")
_FIRST_GOAL = re.compile(r"^\s*(?:一[、.．]|1[、.．](?!\d)|（[一1]）)")
_LABELS_PROJECT = ("项目名称",)
_LABELS_DEPARTMENT = ("主管部门", "预算单位", "部门（单位）名称", "部门名称")
_LABELS_UNIT = ("实施单位", "项目实施单位")


def parse_form_text(lines: list[str], kind: FormKind) -> PerformanceTable:
    """A 批复表 or project form from its copied lines."""
    where = LineFinder(lines)
    front, tasks, goals, indicators = _blocks(lines)
    title = next((ln for ln in front if "绩效目标" in ln and ln.endswith("表")), "")
    year = next((y for y in map(find_year, front[:12]) if y), None)
    if year is None:
        raise TableFormatError("没有找到表格年度（如“（2022年度）”），请检查表头。")
    labels = _labels(front, where)
    if not indicators:
        raise TableFormatError("没有找到“绩效指标”部分，无法导入。")
    table = PerformanceTable(department=labels.get("department", ""), year=year,
                             kind=kind.table_kind, form=kind, title=title)
    if not table.department:
        raise TableFormatError("没有找到部门名称（“部门（单位）名称”“主管部门”或“预算单位”）。")
    table.period_goals, table.goals = _two_goal_columns(goals)
    table.indicators, table.categories = _indicators(indicators)
    if not table.indicators:
        raise TableFormatError("“绩效指标”部分没有读到任何三级指标，无法导入。")
    if kind.table_kind.value == "project":
        table.project = labels.get("project", "")
        if not table.project:
            raise TableFormatError("没有找到“项目名称”，无法确定这是哪个项目的绩效目标表。")
        table.unit = labels.get("unit", "")
        table.budget = labels.get("funds", [])  # type: ignore[assignment]
    else:
        table.tasks = _approval_tasks(tasks, where)
    return table


def _blocks(lines: list[str]) -> tuple[list[str], list[str], list[str], list[str]]:
    """Front matter, tasks, goals and indicator lines (the heading words taken off)."""
    blocks: dict[str, list[str]] = {"front": [], "tasks": [], "goals": [], "indicators": []}
    current = "front"
    for line in lines:
        key = label_key(line)
        if current != "indicators" and key.startswith(_INDICATORS_HEADING) and (
                key == _INDICATORS_HEADING or "一级指标" in key):
            current = "indicators"
            line = line[len(_INDICATORS_HEADING):].strip()
        elif current in ("front", "tasks") and key.startswith(_GOALS_HEADINGS):
            current = "goals"
        elif current == "front" and key.startswith(_TASKS_HEADING):
            current = "tasks"
            line = line[len(_TASKS_HEADING):].strip()
        blocks[current].append(line)
    return blocks["front"], blocks["tasks"], blocks["goals"], blocks["indicators"]


def _labels(front: list[str], where: LineFinder) -> dict[str, object]:
    """Department, project, unit and funds from label/value tokens of the front matter."""
    found: dict[str, object] = {}
    funds: list[BudgetLine] = []
    funds_factor: Decimal | None = None
    for line in front:
        tokens = line.split()
        index = 0
        while index < len(tokens):
            token = tokens[index]
            key = label_key(token)
            following = tokens[index + 1] if index + 1 < len(tokens) else None
            for field_name, labels in (("project", _LABELS_PROJECT),
                                       ("department", _LABELS_DEPARTMENT),
                                       ("unit", _LABELS_UNIT)):
                value = _label_value(key, token, labels, following)
                if value is not None:
                    if field_name not in found:
                        found[field_name] = value[0]
                    index += value[1]
                    break
            else:
                if key.startswith(("项目资金", "资金情况")) and (
                        following is None or not looks_like_amount_text(following)):
                    funds_factor = unit_in_header(key) or funds_factor
                elif (name := fund_name(key)) and following and looks_like_amount_text(following):
                    factor = unit_in_header(key) or funds_factor
                    amount = _money(following, factor, token, where, WAN)
                    if not any(f.name == name for f in funds):
                        funds.append(BudgetLine(name, amount, "项目资金"))
                    index += 1
            index += 1
    found["funds"] = funds
    return found


def _label_value(key: str, token: str, labels: tuple[str, ...],
                 following: str | None) -> tuple[str, int] | None:
    """(value, tokens used) for a label token: ``预算单位：X`` inline, or ``项目名称 X``."""
    for label in labels:
        if key.startswith(label) and len(key) > len(label) and key[len(label)] in "：:":
            return re.split(r"[：:]", token, maxsplit=1)[1].strip(), 0
        if key == label and following is not None:
            return following, 1
    return None


def _two_goal_columns(lines: list[str]) -> tuple[list[str], list[str]]:
    """(period goals, annual goals) from the goals block: the first column's lines, then the
    second's. They part at a blank line between two runs of text, else where the numbering
    starts again at 一、, else after the first line shorter than the column's width."""
    body = [ln for ln in lines if not _is_goal_header(ln)]
    runs: list[list[str]] = [[]]
    for line in body:
        if not line:
            if runs[-1]:
                runs.append([])
        else:
            runs[-1].append(line)
    runs = [run for run in runs if run]
    if len(runs) == 2:
        return split_goals(runs[0]), split_goals(runs[1])
    flat = [line for run in runs for line in run]
    restarts = [i for i, line in enumerate(flat) if _FIRST_GOAL.match(line)]
    if len(restarts) >= 2:
        return split_goals(flat[:restarts[1]]), split_goals(flat[restarts[1]:])
    width = max((len(line) for line in flat), default=0)
    for index, line in enumerate(flat[:-1]):
        if len(line) < width and flat[index + 1] and not _GOAL_START.match(line):
            return split_goals(flat[:index + 1]), split_goals(flat[index + 1:])
    return [], split_goals(flat)


def _is_goal_header(line: str) -> bool:
    key = label_key(line)
    return key.startswith(_GOALS_HEADINGS) or (key.endswith("年度目标") and len(key) < 40)


def _indicators(lines: list[str]) -> tuple[list[Indicator], list[tuple[str, str]]]:
    """One-sided blocks read as the 目标表's; two-sided ones row by row, period line first."""
    header = " ".join(ln for ln in lines[:4] if "指标" in ln and "级指标" in ln)
    two_sides = label_key(header).count("二级指标") >= 2
    if not two_sides:
        return _parse_indicators(lines, single_value=_value_columns(lines) == 1)
    entries, categories = _parse_indicators(lines, single_value=True)
    indicators: list[Indicator] = []
    for period, annual in zip(entries[::2], entries[1::2], strict=False):
        if (period.level2, period.level3) == (annual.level2, annual.level3):
            indicators.append(Indicator(period.level1, period.level2, period.level3,
                                        period.annual_value, annual.annual_value))
        else:  # the two sides name different indicators: each keeps its own value
            indicators.append(Indicator(period.level1, period.level2, period.level3,
                                        period.annual_value, ""))
            indicators.append(Indicator(annual.level1, annual.level2, annual.level3, None,
                                        annual.annual_value))
    if len(entries) % 2:
        last = entries[-1]
        indicators.append(Indicator(last.level1, last.level2, last.level3, last.annual_value,
                                    ""))
    return indicators, categories


def _approval_tasks(lines: list[str], where: LineFinder) -> list[Task]:
    """Rows of name, content and three amounts (小计 市财政拨款 其他资金) in the header's unit;
    a 金额合计 row is checked against the tasks."""
    header = [ln for ln in lines if ln and _is_task_header(ln)]
    factor = unit_in_header("".join(header).replace(" ", ""))
    rows: list[tuple[list[str], list[Decimal | None]]] = []
    current: list[str] = []
    total: Decimal | None = None
    for line in lines:
        if not line or _is_task_header(line):
            continue
        tokens = line.split()
        if not any(looks_like_amount_text(t) for t in tokens):
            current.append(line)
            continue
        # The trailing run of amount cells; a dash there is a blank cell, kept in its place so
        # that no amount moves into its neighbour's column.
        cells = len(tokens)
        while cells > 0 and (looks_like_amount_text(tokens[cells - 1])
                             or tokens[cells - 1] in _BLANK_CELLS):
            cells -= 1
        words, amounts = tokens[:cells], tokens[cells:]
        values = [None if t in _BLANK_CELLS else _money(t, factor, "预算金额", where, YUAN)
                  for t in amounts]
        if words and label_key("".join(words)) in _TOTAL_NAMES:
            total = values[0]
            continue
        if words:
            current.append(" ".join(words))
        rows.append((current, values))
        current = []
    width = _name_width([segment for segment, _ in rows])
    tasks = []
    for segment, values in rows:
        name, content = _split_name(segment, width)
        values = (values + [None, None, None])[:3]
        tasks.append(Task(KEY_TASKS, name, content, "", *values))
    _check_total(tasks, total)
    return tasks


def _is_task_header(line: str) -> bool:
    key = label_key(line)
    for word in sorted((*_TASK_HEADER, "（万元）", "（元）"), key=len, reverse=True):
        key = key.replace(word, "")
    return key == ""


def _check_total(tasks: list[Task], total: Decimal | None) -> None:
    amounts = [t.amount_yuan for t in tasks if t.amount_yuan is not None]
    if not total or not amounts:
        return
    ratio = sum(amounts) / total
    if ratio > 10 or ratio < Decimal("0.1"):
        raise ImplausibleAmounts(
            f"任务金额对不上“金额合计”：各任务小计相加为 {format_yuan(sum(amounts))}，"
            f"而金额合计为 {format_yuan(total)}，可能是金额单位有误，未导入。"
        )


__all__ = ["parse_form_text"]
