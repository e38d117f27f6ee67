"""Sane ranges for money and values: what no real form holds is refused at preview, naming
the item, and the store never meets a number it cannot hold.

The readers check each amount cell as they read it; this is the guard on the whole table,
whatever reader produced it, and the store's own last check (a Decimal of 10^20 元 in 分 does
not fit SQLite's 64-bit integer and used to crash the commit with ``OverflowError``).

>>> check_table(table)  # doctest: +SKIP
Traceback (most recent call last):
...
data.errors.ValueOutOfRange: 其他需完成的任务“送温暖活动经费”的拟投入资金“100000000000000000000”元超出合理范围（0 至 10 万亿元）。
"""

from __future__ import annotations

from decimal import Decimal

from data.errors import ValueOutOfRange
from data.model import PerformanceTable

# The largest amount a form may hold: 10^13 元 (ten trillion), far above any budget.
MAX_AMOUNT_YUAN = Decimal(10) ** 13
YUAN_PER_WAN = Decimal(10_000)
RANGE_TEXT = "0 至 10 万亿元"


def amount_problem(amount: Decimal | None, factor: Decimal = Decimal(1)) -> str | None:
    """Why ``amount`` (in a unit worth ``factor`` 元) is no amount, or ``None`` when it is one.

    >>> amount_problem(Decimal("1950000")) is None, amount_problem(Decimal("-1"))
    (True, '不能为负数')
    """
    if amount is None:
        return None
    if not amount.is_finite():
        return "不是有限的数"
    if amount < 0:
        return "不能为负数"
    if amount * factor > MAX_AMOUNT_YUAN:
        return f"超出合理范围（{RANGE_TEXT}）"
    return None


def value_problem(number: Decimal | None) -> str | None:
    """Why an indicator's number is out of range (its unit may be anything, so only the size
    is bounded: at most 10^13 either way)."""
    if number is None:
        return None
    if not number.is_finite():
        return "不是有限的数"
    if abs(number) > MAX_AMOUNT_YUAN:
        return "超出合理范围（绝对值不超过 10 万亿）"
    return None


def check_table(table: PerformanceTable) -> None:
    """Raise ``ValueOutOfRange`` naming the first budget line, task or indicator whose number
    is out of range; nothing is stored then."""
    for line in table.budget:
        problem = amount_problem(line.amount_wan, YUAN_PER_WAN)
        if problem:
            raise ValueOutOfRange(f"预算整体情况“{line.name}”的金额“{_plain(line.amount_wan)}”万元"
                                  f"{problem}。")
    for task in table.tasks:
        problem = amount_problem(task.amount_yuan)
        if problem:
            raise ValueOutOfRange(f"{task.section}“{task.name}”的拟投入资金"
                                  f"“{_plain(task.amount_yuan)}”元{problem}。")
    for indicator in table.indicators:
        for label, value, parsed in (("实施周期指标值", indicator.period_value, indicator.period),
                                     ("年度指标值", indicator.annual_value, indicator.annual)):
            problem = value_problem(parsed.number)
            if problem:
                raise ValueOutOfRange(f"绩效指标“{indicator.level3}”的{label}“{value}”{problem}。")


def to_fen(amount: Decimal | None, fen_per_unit: Decimal, what: str = "金额") -> int | None:
    """``amount`` in integer 分 for the store; ``ValueOutOfRange`` instead of an overflow.

    >>> to_fen(Decimal("1666.42"), Decimal(1_000_000))
    1666420000
    """
    if amount is None:
        return None
    fen_per_yuan = Decimal(100)
    problem = amount_problem(abs(amount) if amount.is_finite() else amount,
                             fen_per_unit / fen_per_yuan)
    if problem:
        raise ValueOutOfRange(f"{what}“{_plain(amount)}”{problem}，未保存。")
    return int((amount * fen_per_unit).to_integral_value())


def _plain(number: Decimal | None) -> str:
    """The number as written, without an exponent when it is moderately sized."""
    if number is None:
        return ""
    if number.is_finite() and abs(number.adjusted()) < 40:
        return format(number, "f")
    return str(number)
