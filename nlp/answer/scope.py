"""Which tables a question is about, and the values of things in them.

Scope: the named departments (else every department that has the item), the named years (else
each department's latest). Values: a task's money, a budget line (with 部门预算合计 and 收入合计
computed), a fund, an indicator's target, a basic-info count, or a set's count or total, each
as a ``Value`` that can be added, compared and divided whatever it is.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from data.db import StoredTable
from data.model import KEY_TASKS, OTHER_TASKS, Indicator, TableKind, Task
from nlp.answer import phrasing
from nlp.index import COMPUTED_BUDGET_LINES, Entry, Index, Kind, TableKey
from nlp.lexicon import SetKind
from nlp.query import Filter, Query, SetSpec

SPENDING_LINES = ("基本支出", "项目支出", "其他事业发展性支出")
INCOME_LINES = ("财政拨款", "其他资金")
BASIC_UNITS = {"财政供养人员数": "人", "下属二级单位数": "个"}


@dataclass(frozen=True)
class Value:
    """One figure of one table: money in 元 (``wan`` when the table prints it in 万元), an
    indicator's target number with its unit, or a count."""

    label: str
    number: Decimal | None
    unit: str  # 元 / % / 人 / 项 …
    text: str  # as shown: 1,950,000 元（195.00 万元） / ≥22人（不少于 22 人）
    stored: StoredTable
    section: str
    wan: bool = False
    op: str | None = None
    formula: str = ""

    @property
    def is_money(self) -> bool:
        return self.unit == "元"

    @property
    def short(self) -> str:
        if self.number is None:
            return self.text
        if self.is_money:
            return phrasing.money_short(self.number, self.wan)
        if self.op is not None:
            return self.text.split("（")[0]
        return f"{phrasing.number(self.number)} {self.unit}".rstrip()

    @property
    def source(self) -> str:
        return phrasing.source_line(self.stored, self.section)


# ------------------------------------------------------------ tables


def latest_only(keys: Iterable[TableKey]) -> list[TableKey]:
    """Each (department, project)'s latest year."""
    latest: dict[tuple[str, str], int] = {}
    for department, project, year in keys:
        latest[(department, project)] = max(year, latest.get((department, project), year))
    return [(d, p, y) for (d, p), y in latest.items()]


def tables_for(index: Index, query: Query, entry: Entry | None = None,
               departments: tuple[str, ...] = (), years: tuple[int, ...] = (),
               projects: bool = False) -> list[StoredTable]:
    """Tables in scope: those of ``departments`` (else the query's, else all), in ``years``
    (else the query's, else each one's latest); only the tables holding ``entry`` when given;
    department (整体) tables only unless ``projects`` — or the projects the question named."""
    departments = departments or query.departments
    years = years or query.years
    if departments:  # a department's own tables, not a scan of the province's
        keys: Iterable[TableKey] = [k for d in departments for k in index.keys_of(d)
                                    if entry is None or k in entry.places]
    else:
        keys = entry.places if entry is not None else index.tables
    chosen = [k for k in keys if (not departments or k[0] in departments)
              and (projects or entry is not None or not k[1] or k[1] in query.projects)
              and (not query.projects or k[1] in query.projects)]
    chosen = [k for k in chosen if k[2] in years] if years else latest_only(chosen)
    if not years and entry is None and chosen and (not departments or query.per_department or
                                                   query.place_only or len(departments) > 2):
        # 预算合计在一个亿以下的部门有多少个, no year said: this year's tables, not a table of
        # 2024 that is some department's latest
        newest = max(k[2] for k in chosen if not k[1]) if any(not k[1] for k in chosen) else 0
        chosen = [k for k in chosen if k[2] == newest or k[1]]  # a project keeps its own years
    order = {d: i for i, d in enumerate(departments)}
    chosen.sort(key=lambda k: (order.get(k[0], 999), k[0], k[1], -k[2]))
    return [index.tables[k] for k in chosen if k in index.tables]


def limited(query: Query, tables: list[StoredTable],
            limit: int = phrasing.MAX_DEPARTMENTS) -> tuple[list[StoredTable], str]:
    """At most ``limit`` departments when none was named, with a note saying how many more."""
    departments = list(dict.fromkeys(s.table.department for s in tables))
    if query.departments or len(departments) <= limit:
        return tables, ""
    kept = set(departments[:limit])
    note = phrasing.more_departments_note(len(departments) - limit, departments[limit])
    return [s for s in tables if s.table.department in kept], note


# ------------------------------------------------------------ values of items


def task_named(stored: StoredTable, name: str) -> Task | None:
    return next((t for t in stored.table.tasks if t.name == name), None)


def indicator_named(stored: StoredTable, name: str) -> Indicator | None:
    return next((i for i in stored.table.indicators if i.level3 == name), None)


def budget_value(stored: StoredTable, name: str) -> Value | None:
    """A budget line (万元), computing 部门预算合计 / 收入合计 with their formula."""
    table = stored.table
    if name in COMPUTED_BUDGET_LINES:
        parts = SPENDING_LINES if name == "部门预算合计" else INCOME_LINES
        present = [(p, table.budget_amount(p)) for p in parts if table.budget_amount(p) is not None]
        if not present:
            return None
        total = sum((a for _, a in present), Decimal(0))
        formula = f"计算：{' + '.join(f'{p} {a:,.2f} 万元' for p, a in present)} = {total:,.2f} 万元"
        return Value(name, total * 10000, "元", phrasing.money(total * 10000, True), stored,
                     "预算整体情况", wan=True, formula=formula)
    amount = table.budget_amount(name)
    if amount is None:
        if any(line.name == name for line in table.budget):
            return Value(name, None, "元", "表中未填写", stored, "预算整体情况", wan=True)
        return None
    section = "项目资金" if table.kind == TableKind.PROJECT else "预算整体情况"
    return Value(name, amount * 10000, "元", phrasing.money(amount * 10000, True), stored,
                 section, wan=True)


def value_of(stored: StoredTable, entry: Entry, period: bool = False) -> Value | None:
    """The figure of ``entry`` in ``stored`` (None when the table does not have it)."""
    table = stored.table
    if entry.kind == Kind.TASK:
        task = task_named(stored, entry.name)
        if task is None:
            return None
        if task.amount_yuan is None:
            return Value(task.name, None, "元", "未填写金额", stored, task.section)
        return Value(task.name, task.amount_yuan, "元", phrasing.money(task.amount_yuan),
                     stored, task.section)
    if entry.kind in (Kind.BUDGET, Kind.FUND):
        return budget_value(stored, entry.name)
    if entry.kind == Kind.INDICATOR:
        indicator = indicator_named(stored, entry.name)
        if indicator is None:
            return None
        parsed = indicator.period if period else indicator.annual
        printed = indicator.period_value if period else indicator.annual_value
        return Value(indicator.level3, parsed.number, parsed.unit,
                     phrasing.indicator_value(indicator, period), stored, "绩效指标",
                     op=parsed.op if not parsed.qualitative else None) if printed else \
            Value(indicator.level3, None, "", "未填写", stored, "绩效指标")
    if entry.kind == Kind.BASIC:
        count = table.basic_info.get(entry.name)
        if count is None:
            return None
        unit = BASIC_UNITS.get(entry.name, "")
        return Value(entry.name, Decimal(count), unit, f"{phrasing.number(Decimal(count))} {unit}",
                     stored, "基本信息")
    if entry.kind == Kind.PROJECT:
        # a project's figure is its year's money (年度资金总额); the whole period's when asked
        lines = [b for b in table.budget if b.amount_wan is not None]
        wanted = ("实施周期", "中期") if period else ("年度",)
        first = next((b for b in lines if any(w in b.name for w in wanted)),
                     lines[0] if lines else None)
        if first is None:
            return None
        return Value(table.project, first.amount_wan * 10000, "元",
                     phrasing.money(first.amount_wan * 10000, True), stored, "项目资金", wan=True,
                     formula="" if len(lines) == 1 else f"（{first.name}）")
    return None


# ------------------------------------------------------------ sets


@dataclass(frozen=True)
class Member:
    """One member of a set in one table: a task, an indicator, a budget line or a project."""

    name: str
    stored: StoredTable
    task: Task | None = None
    indicator: Indicator | None = None
    amount: Decimal | None = None  # 元
    wan: bool = False

    @property
    def line(self) -> str:
        if self.indicator is not None:
            return phrasing.indicator_brief(self.indicator)
        if self.amount is None:
            return f"{self.name} 未填写金额"
        return f"{self.name} {phrasing.money_short(self.amount, self.wan)}"


def section_of(kind: SetKind) -> str | None:
    return {SetKind.KEY_TASK: KEY_TASKS, SetKind.OTHER_TASK: OTHER_TASKS}.get(kind)


def set_label(spec: SetSpec | None) -> str:
    if spec is None:
        return "任务"
    if spec.category is not None:
        return spec.category.name
    return {SetKind.KEY_TASK: KEY_TASKS, SetKind.OTHER_TASK: OTHER_TASKS, SetKind.TASK: "任务",
            SetKind.INDICATOR: "绩效指标", SetKind.BUDGET: "预算整体情况", SetKind.PROJECT: "项目",
            SetKind.GOAL: "总体绩效目标", SetKind.DEPARTMENT: "部门"}.get(spec.kind, "任务")


def members(index: Index, stored: StoredTable, spec: SetSpec | None,
            filters: tuple[Filter, ...] = ()) -> list[Member]:
    """The members of ``spec`` in one table that pass every filter (table order)."""
    table = stored.table
    kind = spec.kind if spec is not None else SetKind.TASK
    found: list[Member] = []
    if kind in (SetKind.TASK, SetKind.KEY_TASK, SetKind.OTHER_TASK):
        section = section_of(kind)
        found = [Member(t.name, stored, task=t, amount=t.amount_yuan) for t in table.tasks
                 if section is None or t.section == section]
    elif kind == SetKind.INDICATOR:
        category = spec.category if spec is not None else None
        found = [Member(i.level3, stored, indicator=i) for i in table.indicators
                 if category is None or in_category(category.name, i)]
    elif kind == SetKind.BUDGET:
        found = [Member(b.name, stored, amount=None if b.amount_wan is None else
                        b.amount_wan * 10000, wan=True) for b in table.budget]
    elif kind == SetKind.PROJECT:
        found = []
        own = table.project  # a project's own table: that project; a department's: all
        for (department, project, year), other in index.tables.items():
            if project and department == table.department and year == table.year and \
                    (not own or project == own):
                lines = [b for b in other.table.budget if b.amount_wan is not None]
                # the year's money (年度资金总额) when the form has it, else its first line
                line = next((b for b in lines if b.name == "年度资金总额"), lines[0] if lines else None)
                found.append(Member(project, other, amount=None if line is None else
                                    line.amount_wan * 10000, wan=True))
    elif kind == SetKind.GOAL:
        found = [Member(goal, stored) for goal in table.goals]
    return [m for m in found if all(passes(m, f) for f in filters)]


def same_category(a: str, b: str) -> bool:
    """可持续影响指标 is the 可持续影响 a form prints (with or without 指标)."""
    return a == b or a.removesuffix("指标") == b.removesuffix("指标")


def in_category(name: str, indicator: Indicator) -> bool:
    return same_category(name, indicator.level1) or same_category(name, indicator.level2)


def passes(member: Member, filter_: Filter) -> bool:
    if filter_.field == "amount":
        return member.amount is not None and compare(member.amount, filter_.op,
                                                     Decimal(str(filter_.value)))
    indicator = member.indicator
    if filter_.field == "unit":
        if indicator is None:
            return False
        unit = str(filter_.value)
        return indicator.annual.unit == unit or (unit == "%" and indicator.annual_value.endswith("%"))
    if filter_.field == "differs":
        return indicator is not None and bool(indicator.period_value) and \
            indicator.period_value != indicator.annual_value
    if filter_.field == "value":
        if indicator is None or indicator.annual.qualitative:
            return member.amount is not None and compare(member.amount, filter_.op,
                                                         Decimal(str(filter_.value)))
        return compare(indicator.annual.number, filter_.op, Decimal(str(filter_.value)))
    if filter_.field == "op":  # 带≤号的: the comparator printed with the annual value
        return indicator is not None and not indicator.annual.qualitative and \
            (indicator.annual.op or "=") == filter_.value
    if filter_.field in ("name", "topic"):
        # 带“信息化”的 / 信息化相关的: what the item is called says what it is about; its text
        # mentions much else (a school-building task mentions 信息化 in passing).
        # 名称带“医疗设备”的: the name holds the words as said (not 医疗康复设备)
        literal = filter_.field == "name"
        return any(topic in member.name if literal else _names_topic(member.name, topic)
                   for topic in str(filter_.value).split("|"))
    return True


def _names_topic(name: str, topic: str) -> bool:
    if topic in name:
        return True
    # 安全培训 in 安全生产培训经费: a four-character topic, its halves in order
    at = name.find(topic[:2]) if len(topic) >= 4 else -1
    return at >= 0 and topic[2:] in name[at + 2:]


def compare(left: Decimal, op: str, right: Decimal) -> bool:
    return {">": left > right, "≥": left >= right, "<": left < right, "≤": left <= right,
            "=": left == right}[op]
