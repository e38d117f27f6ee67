"""Printed values of the form, parsed exactly: amounts (``1,666.42``) and indicator values
(``≥660人``, ``≤5万元/个``, ``100%``, ``及时``).

>>> parse_value("≤5万元/个")
ParsedValue(text='≤5万元/个', op='≤', number=Decimal('50000'), unit='元/个')
>>> parse_value("及时").qualitative
True
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from functools import lru_cache

# Comparison words and symbols as they appear in tables, mapped to one canonical symbol.
_OPERATORS = {
    "≥": "≥", "≧": "≥", ">=": "≥", "＞＝": "≥", "不少于": "≥", "不低于": "≥", "大于等于": "≥",
    "大于或等于": "≥", "≤": "≤", "≦": "≤", "<=": "≤", "＜＝": "≤", "不超过": "≤", "不高于": "≤",
    "不多于": "≤", "小于等于": "≤", "小于或等于": "≤", "低于或等于": "≤", "＞": ">", ">": ">",
    "大于": ">", "高于": ">", "多于": ">", "超过": ">", "＜": "<", "<": "<", "小于": "<",
    "低于": "<", "少于": "<", "=": "=", "＝": "=", "等于": "=", "达到": "=",
}
# Trailing words that carry the comparison instead: 660人以上, 5万元以内.
_SUFFIX_OPERATORS = {"以上": "≥", "及以上": "≥", "以下": "≤", "及以下": "≤", "以内": "≤"}

_MULTIPLIERS = {"千万": Decimal(10_000_000), "亿": Decimal(100_000_000), "万": Decimal(10_000),
                "千": Decimal(1_000)}

_OP_PATTERN = "|".join(sorted((re.escape(k) for k in _OPERATORS), key=len, reverse=True))
_SUFFIX_PATTERN = "|".join(sorted(_SUFFIX_OPERATORS, key=len, reverse=True))
_VALUE_RE = re.compile(
    rf"^(?P<op>{_OP_PATTERN})?\s*(?P<num>[+-]?\d[\d,]*(?:\.\d+)?)\s*(?P<unit>[^\d\s]*?)"
    rf"\s*(?P<suffix>{_SUFFIX_PATTERN})?$"
)
_AMOUNT_RE = re.compile(r"^[+-]?\d[\d,]*(?:\.\d+)?$")

OPERATOR_WORDS = {"≥": "不少于", "≤": "不超过", ">": "多于", "<": "少于", "=": "达到"}
# For rates the natural words are 不低于 / 不高于.
RATE_OPERATOR_WORDS = {"≥": "不低于", "≤": "不高于", ">": "高于", "<": "低于", "=": "达到"}


@dataclass(frozen=True)
class ParsedValue:
    """An indicator value: ``op`` in ≥ ≤ > < =, ``number`` with 万/亿 applied, or qualitative."""

    text: str
    op: str | None = None
    number: Decimal | None = None
    unit: str = ""

    @property
    def qualitative(self) -> bool:
        return self.number is None

    @property
    def is_rate(self) -> bool:
        return self.unit in ("%", "‰")

    def describe(self) -> str:
        """Words for the comparison: ``≥660人`` -> ``不少于 660 人``; qualitative as printed."""
        if self.qualitative:
            return self.text
        words = (RATE_OPERATOR_WORDS if self.is_rate else OPERATOR_WORDS)[self.op or "="]
        number = format_number(self.number)
        if self.is_rate:
            return f"{words} {number}{self.unit}"
        return f"{words} {number} {self.unit}".rstrip()

    def as_json(self) -> dict:
        return {
            "op": self.op,
            "number": None if self.number is None else format_plain(self.number),
            "unit": self.unit,
            "qualitative": self.qualitative,
        }


def normalize_width(text: str) -> str:
    """Full-width digits, letters and signs to ASCII (NFKC), keeping 《》（） meaning intact."""
    return unicodedata.normalize("NFKC", text)


@lru_cache(maxsize=65536)
def parse_value(text: str) -> ParsedValue:
    """Parse a printed indicator value; anything that is not a number is qualitative.
    (Cached: a province's tables print the same few thousand values over and over.)"""
    printed = (text or "").strip()
    compact = re.sub(r"\s+", "", normalize_width(printed))
    match = _VALUE_RE.match(compact)
    if not match:
        return ParsedValue(text=printed)
    try:
        number = Decimal(match["num"].replace(",", ""))
    except InvalidOperation:
        return ParsedValue(text=printed)
    unit = match["unit"] or ""
    for prefix, factor in _MULTIPLIERS.items():
        if unit.startswith(prefix):
            number *= factor
            unit = unit[len(prefix):]
            break
    op = _OPERATORS.get(match["op"] or "") or _SUFFIX_OPERATORS.get(match["suffix"] or "") or "="
    return ParsedValue(text=printed, op=op, number=_normalize_decimal(number), unit=unit)


def parse_amount(text: str | int | float | Decimal | None) -> Decimal | None:
    """An amount cell (``1,666.42``, ``7,200,000.00``, ``2094000``) as an exact Decimal.

    Blank cells give ``None``; a float from a spreadsheet goes through ``repr`` so that
    1666.42 stays 1666.42.
    """
    if text is None:
        return None
    if isinstance(text, Decimal):
        return text
    if isinstance(text, bool):
        return None
    if isinstance(text, int):
        return Decimal(text)
    if isinstance(text, float):
        return Decimal(repr(text)).quantize(Decimal("0.000001")).normalize()
    compact = re.sub(r"\s+", "", normalize_width(str(text)))
    compact = compact.replace("，", ",")
    if not compact or not _AMOUNT_RE.match(compact):
        return None
    return Decimal(compact.replace(",", ""))


# ---------------------------------------------------------------- amount cells of a form

# Money units a column header may name, as a factor to 元.
MONEY_UNITS = {"元": Decimal(1), "千元": Decimal(1_000), "万元": Decimal(10_000),
               "亿元": Decimal(100_000_000)}
_UNIT_IN_HEADER = re.compile(r"[（(]\s*(?:单位\s*[:：]\s*)?(亿元|万元|千元|元)\s*[）)]|"
                             r"(?:金额)?单位\s*[:：]\s*(亿元|万元|千元|元)")
# The largest amount a form may hold: 10^13 元 (ten trillion), far above any budget.
MAX_AMOUNT_YUAN = Decimal(10) ** 13
# Cells that mean "nothing here" rather than a number.
_BLANK_AMOUNTS = {"", "-", "—", "－", "/", "／", "无", "——"}
# Text that is meant as an amount (digits with separators, signs, exponents or numerals mixed
# in) rather than words: such a cell must parse, or the import stops.
_AMOUNT_LIKE = re.compile(r"^[+\-−－]?[\d,，.．零〇一二三四五六七八九十百千万亿eE+\-]*\d[\d,，.．"
                          r"零〇一二三四五六七八九十百千万亿eE+\-]*$")


def unit_in_header(text: str) -> Decimal | None:
    """The money unit a header names, as a factor to 元: ``拟投入的资金（万元）`` -> 10000.

    >>> unit_in_header("预算金额（万元）"), unit_in_header("拟投入的资金（元）"), unit_in_header("名称")
    (Decimal('10000'), Decimal('1'), None)
    """
    match = _UNIT_IN_HEADER.search(normalize_width(text or "").replace(" ", ""))
    if not match:
        return None
    return MONEY_UNITS[match.group(1) or match.group(2)]


def looks_like_amount_text(text: str) -> bool:
    """True for text written as a number, even a malformed one (``-1950000``, ``1e20``,
    ``12三4``), as opposed to words; a blank or dash is not."""
    compact = re.sub(r"\s+", "", str(text or ""))
    return compact not in _BLANK_AMOUNTS and bool(_AMOUNT_LIKE.match(compact))


def read_amount(value: object, where: str | Callable[[], str],
                factor: Decimal = Decimal(1)) -> Decimal | None:
    """An amount cell in the unit ``factor`` (to 元), checked: a blank or dash is ``None``; a
    non-negative number up to 10^13 元 is returned as printed (in its own unit); anything else
    raises ``AmountError`` naming ``where`` (``第 12 行`` or ``单元格 D12``).

    >>> read_amount("1,950,000", "第 3 行")
    Decimal('1950000')
    >>> read_amount("-1950000", "第 3 行")
    Traceback (most recent call last):
    ...
    data.errors.AmountError: 第 3 行：无法识别的金额“-1950000”
    """
    from data.errors import AmountError  # values stays importable without the error module

    if value is None or (isinstance(value, str) and value.strip() in _BLANK_AMOUNTS):
        return None
    try:
        amount = parse_amount(value)  # type: ignore[arg-type]
    except (InvalidOperation, ValueError, OverflowError):
        amount = None
    printed = _printed(value)
    if amount is None or not amount.is_finite() or amount < 0 or amount * factor > MAX_AMOUNT_YUAN:
        place = where() if callable(where) else where  # found only when needed (text search)
        raise AmountError(f"{place}：无法识别的金额“{printed}”")
    return amount


def _printed(value: object) -> str:
    if isinstance(value, float):
        return repr(value) if abs(value) >= 1e16 else format(value, "f").rstrip("0").rstrip(".")
    return str(value).strip()


def looks_like_amount(text: str) -> bool:
    return parse_amount(text) is not None


def _normalize_decimal(number: Decimal) -> Decimal:
    # 5万 parsed as 5 * 10000 gives Decimal('50000'); keep fractional digits only when needed.
    if number == number.to_integral_value():
        return number.quantize(Decimal(1))
    return number.normalize()


def format_plain(number: Decimal) -> str:
    """A Decimal without exponent or trailing zeros: 50000, 0.5, 1666.42."""
    if number == number.to_integral_value():
        return str(number.quantize(Decimal(1)))
    return format(number.normalize(), "f")


def format_number(number: Decimal) -> str:
    """Thousands separators, no needless decimals: 7000000 -> 7,000,000; 93.5 -> 93.5."""
    if number == number.to_integral_value():
        return f"{int(number):,}"
    plain = format_plain(number)
    whole, _, frac = plain.partition(".")
    return f"{int(whole):,}.{frac}" if whole.lstrip("-").isdigit() else plain


def format_yuan(amount: Decimal, *, wan: bool = True) -> str:
    """Money in 元, with its 万元 form unless ``wan=False``: ``1,950,000 元（195.00 万元）`` /
    ``1,950,000 元``; cents are kept when present (``1,234.56 元``)."""
    yuan = format_number(amount) if amount == amount.to_integral_value() else f"{amount:,.2f}"
    return f"{yuan} 元（{amount / 10000:,.2f} 万元）" if wan else f"{yuan} 元"


def format_wan(amount: Decimal) -> str:
    """Money in 万元 with its 元 form: ``1,666.42 万元（16,664,200 元）``."""
    yuan = amount * 10000
    yuan_text = format_number(yuan) if yuan == yuan.to_integral_value() else f"{yuan:,.2f}"
    return f"{amount:,.2f} 万元（{yuan_text} 元）"


def format_money(yuan: Decimal, wan_first: bool = False) -> str:
    """Money in both units, in the order the table prints it: tasks in 元
    (``1,950,000 元（195.00 万元）``), budget lines and funds in 万元 (``1,666.42 万元（16,664,200 元）``)."""
    return format_wan(yuan / 10000) if wan_first else format_yuan(yuan)


def format_money_short(yuan: Decimal, wan_first: bool = False) -> str:
    """One unit only, for formulas and lists: ``1,950,000 元`` / ``1,666.42 万元``."""
    if wan_first:
        return f"{yuan / 10000:,.2f} 万元"
    if yuan == yuan.to_integral_value():
        return f"{format_number(yuan)} 元"
    return f"{yuan:,.2f} 元"


def format_percent(numerator: Decimal, denominator: Decimal, places: int = 2) -> str:
    """``numerator / denominator`` as a percentage rounded half up: ``39.69%``."""
    value = (numerator / denominator * 100).quantize(Decimal(1).scaleb(-places),
                                                     rounding=ROUND_HALF_UP)
    return f"{value}%"


def format_decimal(value: Decimal, places: int = 2) -> str:
    """A computed number (an average, a ratio) to ``places`` decimals, half up, with separators."""
    rounded = value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    whole, _, fraction = f"{rounded:f}".partition(".")
    sign = "-" if whole.startswith("-") else ""
    text = f"{sign}{int(whole.lstrip('-')):,}"
    return f"{text}.{fraction}" if fraction else text


# Magnitudes for short lines on a phone: 35000人 reads better as 3.5万人.
SCALES = ((Decimal(100_000_000), "亿"), (Decimal(10_000), "万"))


def scale_for(number: Decimal | None, unit: str = "") -> tuple[Decimal, str]:
    """The magnitude a number is best read in: ``(10000, "万")`` from 10,000 up, ``(10^8,
    "亿")`` from 10^8; rates (``%``) and small numbers keep ``(1, "")``."""
    if number is None or unit in ("%", "‰"):
        return Decimal(1), ""
    for factor, word in SCALES:
        if abs(number) >= factor:
            return factor, word
    return Decimal(1), ""


def format_scaled(number: Decimal, unit: str = "", scale: tuple[Decimal, str] | None = None
                  ) -> str:
    """A number with its unit in a readable magnitude, at most two decimals: 35000人 →
    ``3.5万人``, 17331700元 → ``1,733.17万元``, 650元/人 → ``650元/人``. ``scale`` forces the
    magnitude of another figure, so a pair reads alike (``0.5万人 / 目标 ≥8万人``).

    >>> format_scaled(Decimal(35000), "人")
    '3.5万人'
    """
    factor, word = scale or scale_for(number, unit)
    value = (number / factor).quantize(Decimal("0.01")).normalize()
    return f"{format_number(value)}{word}{unit}"
