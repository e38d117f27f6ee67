"""The typed meaning of a question: what it is about, in which scope, and what to do with it.

A ``Query`` is immutable and composes: targets (named items, each possibly with departments of
its own), a set with filters (超过300万的任务, 单位是%的指标), a scope (departments, years), an
attribute (amount, annual target …) and one operation. What the question said that no part of
the reading explains is kept in ``unexplained``: a reading that leaves words unexplained is
never answered with status ``ok``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from nlp.index import Entry
from nlp.lexicon import Attribute, Operation, SetKind, StatusWord
from nlp.numbers import Number


class Axis:
    """What varies between the operands of a comparison."""

    ITEMS = "items"  # 送温暖和劳模经费
    DEPARTMENTS = "departments"  # 卫健局和交通局的基本支出
    YEARS = "years"  # 比去年
    SECTIONS = "sections"  # 重点任务和其他任务


@dataclass(frozen=True)
class Target:
    """A named item; ``departments`` when the question named some for this item alone."""

    entry: Entry
    score: float
    start: int = -1
    end: int = -1
    departments: tuple[str, ...] = ()
    name_coverage: float = 1.0  # how much of its name the question said (1.0 when named whole)


@dataclass(frozen=True)
class Filter:
    """A condition on the members of a set: amount > 3000000, unit = %, name contains 信息化,
    period differs from annual, status red."""

    field: str  # amount / value / unit / name / differs / status
    op: str  # > ≥ < ≤ = contains
    value: object = None

    def describe(self) -> str:
        if self.field == "amount":
            words = {">": "超过", "≥": "不少于", "<": "低于", "≤": "不超过", "=": "等于"}[self.op]
            return f"金额{words} {_money_words(self.value)}"
        if self.field == "unit":
            return f"单位为“{self.value}”"
        words = "或".join(f"“{w}”" for w in str(self.value).split("|"))
        if self.field == "name":
            return f"名称含{words}"
        if self.field == "topic":
            return f"名称或内容涉及{words}"
        if self.field == "year_change":
            if str(self.value).startswith("moved"):
                return "调入重点任务" if self.value == "moved to key" else "调入其他任务"
            return "新增" if self.value == "added" else "不再安排"
        if self.field == "differs":
            return "年度指标值与实施周期指标值不同"
        if self.field == "op":
            return f"指标值带“{self.value}”"
        if self.field == "value":
            return f"目标值为{self.value}" if self.op == "=" else f"目标值{self.op}{self.value}"
        return str(self.value)


def name_words(filters) -> list[str]:
    """The words a name or topic filter asks for (带救助或帮扶的: both)."""
    return [w for f in filters if f.field in ("name", "topic") for w in str(f.value).split("|")]


def _money_words(value: object) -> str:
    amount = Decimal(str(value))
    if amount >= 10000 and amount % 10000 == 0:
        return f"{amount / 10000:,.0f} 万元"
    if amount >= 10000:
        return f"{amount / 10000:,.2f} 万元"
    return f"{amount:,.0f} 元"


@dataclass(frozen=True)
class SetSpec:
    """A set of things asked about as a whole: tasks (of a section), indicators (of a
    category), budget lines, projects, departments, goals."""

    kind: SetKind
    category: Entry | None = None  # indicators of this 一级 / 二级


@dataclass(frozen=True)
class Query:
    text: str
    normalized: str
    operation: Operation = Operation.VALUE
    attribute: Attribute | None = None
    targets: tuple[Target, ...] = ()
    alternatives: tuple[Target, ...] = ()  # close competitors of the first target
    elsewhere: tuple[Target, ...] = ()  # good matches outside the named departments / years
    departments: tuple[str, ...] = ()
    projects: tuple[str, ...] = ()  # project tables the question looks in (物业管理费支出项目的…)
    place: str | None = None  # a place named on its own (东莞的呢)
    place_only: bool = False  # the departments are the place's (湛江的…), none was named
    unknown_department: str | None = None
    years: tuple[int, ...] = ()
    yoy: bool = False  # 同比 / 比去年: against the year before
    set: SetSpec | None = None
    part: SetSpec | None = None  # a share's numerator set (占全部任务经费的多少, after 重点任务合计)
    filters: tuple[Filter, ...] = ()
    per_department: bool = False  # 哪个部门 / 各部门
    focus: tuple[str, ...] = ()  # 医保局排第几: the department whose place in the ranking is asked
    yes_no: bool = False  # 是不是最高的: whether the focus is first, 是/否 before the ranking
    measure: Entry | None = None  # what departments are ranked or compared by
    whole: Entry | None = None  # 财政专项资金里市本级: what the item asked is a part of
    descending: bool = True
    limit: int | None = None  # 前三
    nth: int | None = None  # 第二多
    ordinal: int | None = None  # 第二个 (in a follow-up: the second of the last list)
    threshold: Number | None = None  # what a yes/no question compares with
    numbers: tuple[Number, ...] = ()
    status: StatusWord | None = None
    axis: str | None = None
    ratio: bool = False  # 几倍
    followup: bool = False
    unexplained: tuple[str, ...] = ()
    content_words: tuple[str, ...] = ()  # runs of the question that name something
    too_long: bool = False
    notes: tuple[str, ...] = field(default=())

    @property
    def target(self) -> Target | None:
        return self.targets[0] if self.targets else None

    @property
    def entry(self) -> Entry | None:
        return self.targets[0].entry if self.targets else None

    @property
    def score(self) -> float:
        return self.targets[0].score if self.targets else 0.0

    def with_(self, **changes) -> Query:
        """A copy with ``changes`` (as ``dataclasses.replace``, without re-running the
        initializer: a question makes several copies, and the fields are all plain values)."""
        copy = object.__new__(Query)
        fields = dict(self.__dict__)
        for name, value in changes.items():
            if name not in fields:
                raise TypeError(f"Query has no field {name!r}")
            fields[name] = value
        object.__setattr__(copy, "__dict__", fields)
        return copy
