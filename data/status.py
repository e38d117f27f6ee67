"""Status rules: is an indicator or a task on track at a given date?

Everything here is pure and exact (``Fraction`` / ``Decimal``), so a ratio of exactly 60 % is
60 %, never 59.999…%.

**Time progress** is the share of the year elapsed *including* the digest date:
``day_of_year / days_in_year``. 1 January is 1/365, 30 June 2026 is 181/365 = 0.4959, 2 July
2026 is 183/365 = 0.5014, 31 December is 1. A date after the year gives 1 (the year is over), a
date before it 0.

**Rules** (``Thresholds`` holds the bands; the defaults are below):

- *quantity* (≥, > or a bare target such as ``≥660人``, ``16场``, ``≥10亿元``):
  ratio = actual ÷ (annual target × time progress); red < 60 % ≤ yellow < 80 % ≤ green < 120 % ≤
  blue. Once the annual target itself is reached the item is green or blue, never red/yellow.
- *rate* (unit % or ‰, e.g. 满意度 ≥90%, 及时率 100%): compared with the target directly, not
  pro-rated: met → green, not met → red. ``=`` reads as 达到 (reach): ``100%`` is met only by
  100 %. ratio = actual ÷ target.
- *standard* (≥ on a per-unit value such as ``≥1150元/生/年``): a standard is not accumulated
  over the year, so it is compared directly like a rate. ratio = actual ÷ target.
- *cap* (≤ or <, e.g. 人均培训成本 ≤600元/人, ≤5个工作日): within → green, over → red.
  ratio = actual ÷ cap.
- *qualitative* (及时, 逐步提高…): 达成 → green, 部分达成 → yellow, 未达成 → red; no ratio.
- *task* (money, 元): execution rate = spent ÷ amount; ratio = execution rate ÷ time progress;
  red < 60 % ≤ yellow < 80 % ≤ green. (No blue: spending ahead of time is not an achievement.)
- no report → ``no_data``.

>>> from data.values import parse_value
>>> judge_indicator(parse_value("≥660人"), Decimal(396), Fraction(1, 1))
Judgement(status=<Status.YELLOW: 'yellow'>, ratio=Fraction(3, 5), completion=Fraction(3, 5))
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from fractions import Fraction

from data.errors import JixiaoError
from data.values import ParsedValue

GRADES = ("达成", "部分达成", "未达成")


class Status(StrEnum):
    RED = "red"
    YELLOW = "yellow"
    GREEN = "green"
    BLUE = "blue"
    NO_DATA = "no_data"

    @property
    def label(self) -> str:
        return STATUS_LABELS[self]


STATUS_LABELS = {Status.RED: "落后", Status.YELLOW: "偏慢", Status.GREEN: "正常",
                 Status.BLUE: "超前", Status.NO_DATA: "未填报"}
STATUS_MARKS = {Status.RED: "🔴", Status.YELLOW: "🟡", Status.GREEN: "🟢", Status.BLUE: "🔵",
                Status.NO_DATA: "⚪"}

# Rule names, one per way of judging (see the module docstring).
QUANTITY, RATE, STANDARD, CAP, QUALITATIVE, TASK = (
    "quantity", "rate", "standard", "cap", "qualitative", "task")


class ThresholdError(JixiaoError):
    """Thresholds that do not rise (yellow < green < blue)."""


@dataclass(frozen=True)
class Thresholds:
    """Lower bounds of the bands, as shares (0.6 = 60 %). A ratio equal to a bound belongs to
    the upper band: exactly 60 % is yellow, 80 % green, 120 % blue."""

    quantity_yellow: Decimal = Decimal("0.6")
    quantity_green: Decimal = Decimal("0.8")
    quantity_blue: Decimal = Decimal("1.2")
    task_yellow: Decimal = Decimal("0.6")
    task_green: Decimal = Decimal("0.8")

    def __post_init__(self) -> None:
        if not (0 < self.quantity_yellow < self.quantity_green < self.quantity_blue):
            raise ThresholdError(
                "数量指标的阈值须满足 0 < 黄色 < 绿色 < 蓝色（例如 60%、80%、120%）。")
        if not (0 < self.task_yellow < self.task_green):
            raise ThresholdError("任务资金的阈值须满足 0 < 黄色 < 绿色（例如 60%、80%）。")


DEFAULT_THRESHOLDS = Thresholds()


def parse_thresholds(text: str) -> Thresholds:
    """``quantity_yellow=0.5, task_green=75%`` — the named bounds change, the rest keep their
    defaults (shares or percentages). Raises ``ThresholdError`` with a Chinese message.

    >>> parse_thresholds("quantity_green=75%").quantity_green
    Decimal('0.75')
    """
    changes: dict[str, Decimal] = {}
    names = set(Thresholds.__dataclass_fields__)
    for part in filter(None, (p.strip() for p in (text or "").replace("，", ",").split(","))):
        name, _, value = (piece.strip() for piece in part.partition("="))
        if name not in names:
            raise ThresholdError(f"未知的阈值“{name}”：可用 {'、'.join(sorted(names))}。")
        try:
            number = Decimal(value.rstrip("%"))
        except ArithmeticError as error:
            raise ThresholdError(f"阈值“{part}”不是数字。") from error
        changes[name] = number / 100 if value.endswith("%") else number
    return dataclasses.replace(DEFAULT_THRESHOLDS, **changes)


@dataclass(frozen=True)
class Judgement:
    """``ratio`` as defined by the rule; ``completion`` = share of the annual target (quantity)
    or of the amount (task), else ``None``."""

    status: Status
    ratio: Fraction | None = None
    completion: Fraction | None = None


def days_in_year(year: int) -> int:
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    return 366 if leap else 365


def time_progress(day: date, year: int) -> Fraction:
    """Share of ``year`` elapsed at the end of ``day``: 2026-06-30 → 181/365."""
    if day.year < year:
        return Fraction(0)
    if day.year > year:
        return Fraction(1)
    return Fraction(day.timetuple().tm_yday, days_in_year(year))


def rule_for(target: ParsedValue) -> str:
    """Which rule judges an indicator with this annual target."""
    if target.qualitative:
        return QUALITATIVE
    if target.op in ("≤", "<"):
        return CAP
    if target.is_rate:
        return RATE
    if "/" in target.unit:
        return STANDARD
    return QUANTITY


def target_met(target: ParsedValue, actual: Decimal) -> bool:
    """Whether ``actual`` satisfies the printed comparison (``=`` is 达到, i.e. at least)."""
    number = target.number
    return {"≥": actual >= number, ">": actual > number, "=": actual >= number,
            "≤": actual <= number, "<": actual < number}[target.op or "="]


def judge_indicator(
    target: ParsedValue,
    actual: Decimal | str | None,
    progress: Fraction,
    thresholds: Thresholds = DEFAULT_THRESHOLDS,
) -> Judgement:
    """Judge an indicator: ``actual`` is a number in the target's unit, a grade (达成 / 部分达成
    / 未达成) for a qualitative target, or ``None`` when nothing was reported."""
    if actual is None:
        return Judgement(Status.NO_DATA)
    rule = rule_for(target)
    if rule == QUALITATIVE:
        if not isinstance(actual, str) or actual not in GRADES:
            raise ValueError(f"qualitative target {target.text!r} needs a grade, got {actual!r}")
        return Judgement({"达成": Status.GREEN, "部分达成": Status.YELLOW,
                          "未达成": Status.RED}[actual])
    if isinstance(actual, str):
        raise ValueError(f"numeric target {target.text!r} needs a number, got {actual!r}")
    value = Fraction(actual)
    goal = Fraction(target.number)
    share = value / goal if goal else None
    if rule in (RATE, STANDARD, CAP):
        return Judgement(Status.GREEN if target_met(target, actual) else Status.RED, share)
    expected = goal * progress
    ratio = value / expected if expected else None
    if target_met(target, actual):
        # The annual target is reached: green or blue, whatever the pro-rated ratio says.
        blue = ratio is None or ratio >= Fraction(thresholds.quantity_blue)
        return Judgement(Status.BLUE if blue else Status.GREEN, ratio, share)
    if ratio is None:  # target 0 not met cannot happen; nothing expected yet (before the year)
        return Judgement(Status.GREEN, None, share)
    return Judgement(_band(ratio, thresholds.quantity_yellow, thresholds.quantity_green,
                           thresholds.quantity_blue), ratio, share)


def judge_task(
    amount: Decimal | None,
    spent: Decimal | None,
    progress: Fraction,
    thresholds: Thresholds = DEFAULT_THRESHOLDS,
) -> Judgement:
    """Judge a task's spending: execution rate = spent ÷ amount, ratio = rate ÷ time progress."""
    if spent is None:
        return Judgement(Status.NO_DATA)
    if not amount:
        return Judgement(Status.NO_DATA)  # nothing budgeted: spending cannot be judged
    execution = Fraction(spent) / Fraction(amount)
    if not progress:
        return Judgement(Status.GREEN, None, execution)
    ratio = execution / progress
    return Judgement(_band(ratio, thresholds.task_yellow, thresholds.task_green, None), ratio,
                     execution)


def _band(ratio: Fraction, yellow: Decimal, green: Decimal, blue: Decimal | None) -> Status:
    if ratio < Fraction(yellow):
        return Status.RED
    if ratio < Fraction(green):
        return Status.YELLOW
    if blue is not None and ratio >= Fraction(blue):
        return Status.BLUE
    return Status.GREEN


def round_ratio(value: Fraction | None, places: int = 4) -> Decimal | None:
    """A ratio as a Decimal rounded half-up to ``places`` (0.61111… → 0.6111)."""
    if value is None:
        return None
    exact = Decimal(value.numerator) / Decimal(value.denominator)
    return exact.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def percent(value: Fraction | Decimal | None, places: int = 1) -> str:
    """``Fraction(181, 365)`` → ``49.6%``; ``None`` → ``—``."""
    if value is None:
        return "—"
    share = round_ratio(Fraction(value) * 100, places)
    return f"{share}%"
