"""Grid parser of the 项目支出 forms: the 项目支出绩效目标表 (项目名称, 主管部门, 实施单位,
项目资金（万元）, 实施周期 and 年度 goals, indicators with 实施周期 and 年度 values) and the
项目支出绩效目标批复表 (预算单位, 中期 / 本年度 funds with their unit in the label, 中期滚动
and 年度 goals, indicators printed for both).

Funds go to ``budget`` in 万元 (``BudgetLine(name, amount_wan)``) under their printed name,
without ``其中：`` and the unit: ``中期市财政预算（万元）`` -> ``中期市财政预算``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from data.errors import TableFormatError
from data.importers.common import INDICATORS_HEADING, find_year
from data.importers.grid import (
    MISSING_INDICATORS,
    MISSING_YEAR,
    AmountColumn,
    GoalReader,
    IndicatorReader,
    Locator,
    Row,
    base_table,
    goal_header,
    indicator_header,
    read_money,
    split_label,
    year_of,
)
from data.model import BudgetLine, FormKind, PerformanceTable
from data.values import looks_like_amount_text, unit_in_header

PROJECT_LABELS = ("项目名称",)
DEPARTMENT_LABELS = ("主管部门", "预算单位", "主管部门及代码", "部门名称")
UNIT_LABELS = ("实施单位", "项目实施单位")
GOALS_HEADINGS = ("总体目标", "项目绩效目标", "绩效目标")
FUNDS_HEADING_WORDS = ("项目资金", "资金情况", "项目预算")
WAN = Decimal(10_000)
# Printed fund labels end with one of these (after the unit and 其中： are taken off).
_FUND_ENDINGS = ("资金总额", "资金", "预算", "金额", "总额", "拨款")
_UNIT_SUFFIX = re.compile(r"[（(](?:单位[:：])?(?:亿元|万元|千元|元)[）)]$")

MISSING_PROJECT = "没有找到“项目名称”，无法确定这是哪个项目的绩效目标表。"
MISSING_DEPARTMENT = "没有找到项目的主管部门（“主管部门”或“预算单位”）。"


def parse_project_grid(rows: Sequence[Sequence[object]], kind: FormKind,
                       where: Locator) -> PerformanceTable:
    parser = _ProjectParser(kind=kind, where=where)
    for index, row in enumerate(rows):
        parser.feed(Row.of(row, index))
    return parser.result()


def fund_name(key: str) -> str | None:
    """The fund a label names (``其中：财政拨款`` -> ``财政拨款``), or ``None``."""
    name = _UNIT_SUFFIX.sub("", key)
    for prefix in ("其中：", "其中:", "其中"):
        if name.startswith(prefix):
            name = name[len(prefix):]
    if not name or len(name) > 20 or not name.endswith(_FUND_ENDINGS):
        return None
    return name


@dataclass
class _ProjectParser:
    kind: FormKind
    where: Locator
    title: str = ""
    year: int | None = None
    project: str = ""
    department: str = ""
    unit: str = ""
    funds: list[BudgetLine] = field(default_factory=list)
    funds_factor: Decimal | None = None
    goals: GoalReader = field(default_factory=GoalReader)
    indicators: IndicatorReader = field(default_factory=IndicatorReader)
    section: str | None = None
    indicators_seen: bool = False

    def feed(self, row: Row) -> None:
        if row.blank():
            return
        row = self._enter_section(row)
        if row is None:
            return
        layout = indicator_header(row)
        if layout is not None:
            self.section, self.indicators_seen = "indicators", True
            self.indicators.layout = layout
            return
        if self.section == "indicators":
            self.indicators.read(row)
            return
        if self.section == "goals":
            columns = goal_header(row)
            if columns is not None:
                self.goals.columns = columns
            else:
                self.goals.read(row)
            return
        self._read_front_matter(row)

    def result(self) -> PerformanceTable:
        if not self.project:
            raise TableFormatError(MISSING_PROJECT)
        if not self.department:
            raise TableFormatError(MISSING_DEPARTMENT)
        if self.year is None:
            raise TableFormatError(MISSING_YEAR)
        if not self.indicators_seen:
            raise TableFormatError(MISSING_INDICATORS)
        table = base_table(self.kind, self.department, self.year, self.title)
        table.project, table.unit = self.project, self.unit
        table.budget = list(self.funds)
        table.period_goals, table.goals = self.goals.result()
        table.indicators = list(self.indicators.indicators)
        table.categories = list(self.indicators.categories)
        return table

    def _enter_section(self, row: Row) -> Row | None:
        found = {}
        for index, key in enumerate(row.keys):
            if key in GOALS_HEADINGS:
                found[index] = "goals"
            elif key == INDICATORS_HEADING:
                found[index] = "indicators"
        if not found:
            return row
        self.section = next(iter(found.values()))
        if self.section == "indicators":
            self.indicators_seen = True
        rest = row.without(set(found))
        return None if rest.blank() else rest

    def _read_front_matter(self, row: Row) -> None:
        cells = row.distinct()
        for position, (index, text) in enumerate(cells):
            key = row.keys[index]
            following = cells[position + 1] if position + 1 < len(cells) else None
            if not self.title and "绩效目标" in key and key.endswith("表"):
                self.title = text
                self.year = self.year or find_year(text)
            elif self.year is None and year_of(key):
                self.year = find_year(key)
            elif (value := _labelled(key, text, PROJECT_LABELS, following)) is not None:
                self.project = self.project or value
            elif (value := _labelled(key, text, DEPARTMENT_LABELS, following)) is not None:
                self.department = self.department or value
            elif (value := _labelled(key, text, UNIT_LABELS, following)) is not None:
                self.unit = self.unit or value
            elif any(key.startswith(word) for word in FUNDS_HEADING_WORDS) and (
                    following is None or not looks_like_amount_text(following[1])):
                factor = unit_in_header(key)
                if factor is not None:
                    self.funds_factor = factor
            elif (name := fund_name(key)) is not None and following is not None \
                    and looks_like_amount_text(following[1]):
                self._read_fund(row, name, key, following)

    def _read_fund(self, row: Row, name: str, key: str, value: tuple[int, str]) -> None:
        if any(line.name == name for line in self.funds):
            return
        factor = unit_in_header(key)
        column = AmountColumn(key, factor if factor is not None else self.funds_factor)
        amount = read_money(value[1], column, self.where(row.index, value[0]), WAN)
        self.funds.append(BudgetLine(name, amount, "项目资金"))


def _labelled(key: str, text: str, labels: tuple[str, ...],
              following: tuple[int, str] | None) -> str | None:
    """The value of a label cell (``预算单位：东莞市交通运输局``, or the next cell)."""
    for label in labels:
        inline = split_label(key, label)
        if inline is not None:
            return re.split(r"[：:]", text, maxsplit=1)[1].strip()
        if key == label and following is not None:
            return following[1]
    return None
