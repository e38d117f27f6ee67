"""Numbers in a (normalized) question, with their multipliers, units and comparison words.

``normalize`` has already turned 一百五十万 into 1500000 and 二〇二五 into 2025; what is left here:
digits with 万/亿/千 (300万, 1.2亿, 三万), percentages (30%, 百分之30 → "100分之30"), fractions
(四分之一), and the words that make a number a threshold (超过150万, 5000以上, 不到500万).

>>> [(n.value, n.comparator, n.unit) for n in find_numbers("超过300万的任务")]
[(Decimal('3000000'), '>', '')]
>>> [(n.value, n.is_percent) for n in find_numbers("占比超过四分之一吗")]
[(Decimal('25'), True)]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation

from nlp.lexicon import UNITS
from nlp.normalize import chinese_to_int

# Comparison words before or after a number, to one symbol. 以上/以下 are inclusive in Chinese
# usage (660人以上 = ≥660).
_BEFORE = {
    "超过": ">", "大于": ">", "高于": ">", "多于": ">", "超出": ">", "过了": ">", "过": ">", "逾": ">",
    "超没超过": ">", "过没过": ">", "达没达到": "≥",
    "不少于": "≥", "不低于": "≥", "至少": "≥", "大于等于": "≥", "起码": "≥", "达到": "≥",
    "少于": "<", "低于": "<", "小于": "<", "不到": "<", "不足": "<", "未满": "<", "没到": "<",
    "没超过": "≤", "不超过": "≤", "不高于": "≤", "不多于": "≤", "最多": "≤", "小于等于": "≤",
    "≥": "≥", ">=": "≥", "≤": "≤", "<=": "≤", ">": ">", "<": "<", "=": "=", "等于": "=",
}
_AFTER = {"以上": "≥", "及以上": "≥", "或以上": "≥", "以下": "≤", "及以下": "≤", "或以下": "≤",
          "以内": "≤", "之内": "≤", "多": ">", "出头": ">"}
_MULTIPLIERS = {"亿": Decimal(100_000_000), "千万": Decimal(10_000_000), "百万": Decimal(1_000_000),
                "万": Decimal(10_000), "千": Decimal(1_000)}
_CHINESE_DIGIT = "一二两三四五六七八九十"
# Money and the measure words of units.txt that may follow a number in a question.
_UNITS = ("万元", "元", "块钱", "块", "%", "元/人", "元/个", *UNITS)

_BEFORE_RE = "|".join(sorted(map(re.escape, _BEFORE), key=len, reverse=True))
_AFTER_RE = "|".join(sorted(map(re.escape, _AFTER), key=len, reverse=True))
_UNIT_RE = "|".join(sorted(map(re.escape, _UNITS), key=len, reverse=True))
_NUMBER_RE = re.compile(
    rf"(?P<before>{_BEFORE_RE})?"
    rf"(?:(?P<den>\d+|[{_CHINESE_DIGIT}百]+)分之(?P<num>\d+(?:\.\d+)?|[{_CHINESE_DIGIT}百]+)"
    rf"|(?P<digits>\d+(?:\.\d+)?|[一二两三四五六七八九](?=[万亿千]))"
    rf"(?P<mult>亿|千万|百万|万|千)?(?P<unit>{_UNIT_RE})?)"
    rf"(?P<after>{_AFTER_RE})?"
)
_CHINESE_COUNT_RE = re.compile(
    rf"(?P<before>{_BEFORE_RE})?(?P<cn>[{_CHINESE_DIGIT}百]+)"
    rf"(?P<unit>{'|'.join(map(re.escape, UNITS))})(?P<after>{_AFTER_RE})?")
_WORDS_NOT_COUNTS = frozenset({"一起", "一道", "一下", "一头", "一度"})  # 加在一起多少
_TENTHS_RE = re.compile(rf"(?P<before>{_BEFORE_RE})?(?P<n>\d(?:\.\d+)?|[一二两三四五六七八九])成"
                        rf"(?![本员果立效交都为熟长就功绩])"
                        rf"(?:(?P<half>[一二三四五六七八九])(?![{_CHINESE_DIGIT}百千万亿个项人家元件次]))?"
                        rf"(?P<after>{_AFTER_RE})?")
_HALF_RE = re.compile(rf"(?P<before>{_BEFORE_RE})?(?:一半|半数)(?P<after>{_AFTER_RE})?")
_ZERO_RE = re.compile(r"(?:是|为|等于|到|成)(零)(?=吗|么|嘛|呢|了|的|？|\?|$|，|,)")
_YEAR_LIKE = re.compile(r"^(?:19|20)\d{2}$")


@dataclass(frozen=True, slots=True)
class Number:
    """A number the question mentions: ``value`` with its multiplier applied; a percentage or
    fraction as percent points (四分之一 -> 25, is_percent)."""

    start: int
    end: int
    text: str
    value: Decimal
    unit: str = ""  # 元, 人, % … as written (万 already applied)
    comparator: str | None = None  # > ≥ < ≤ =
    is_percent: bool = False
    multiplied: bool = False  # 300万: a multiplier was written (money, most likely)

    @property
    def is_money(self) -> bool:
        return self.unit in ("元", "万元", "块", "块钱") or (self.multiplied and not self.unit)


def to_decimal(text: str) -> Decimal | None:
    if not text:
        return None
    if text == "百":
        return Decimal(100)
    if text[0].isdigit():
        try:
            return Decimal(text)
        except InvalidOperation:
            return None
    value = chinese_to_int(text.replace("两", "二"))
    return None if value is None else Decimal(value)


def find_numbers(text: str) -> list[Number]:
    """Every number in ``text`` (normalized), left to right; years are not numbers here."""
    numbers = []
    for match in _NUMBER_RE.finditer(text):
        if match["den"]:
            denominator, numerator = to_decimal(match["den"]), to_decimal(match["num"])
            if not denominator or numerator is None:
                continue
            value = (numerator / denominator * 100).normalize()
            numbers.append(Number(match.start(), match.end(), match.group(), _plain(value), "%",
                                  _comparator(match), is_percent=True))
            continue
        digits = match["digits"]
        value = to_decimal(digits)
        if value is None:
            continue
        unit = match["unit"] or ""
        if _YEAR_LIKE.match(digits) and text[match.end("digits"):].startswith("年"):
            continue
        multiplier = match["mult"]
        if multiplier:
            value *= _MULTIPLIERS[multiplier]
        if unit == "万元":
            value *= _MULTIPLIERS["万"]
            unit = "元"
        numbers.append(Number(match.start(), match.end(), match.group(), _plain(value), unit,
                              _comparator(match), is_percent=unit == "%",
                              multiplied=bool(multiplier) or match["unit"] == "万元"))
    for match in _ZERO_RE.finditer(text):  # 其他资金是零吗 (零 alone, not 零星 or 零售)
        numbers.append(Number(match.start(1), match.end(1), "零", Decimal(0), ""))
    for match in _TENTHS_RE.finditer(text):  # 超过五成 / 占三成 / 九成五: tenths, as percent
        tenths = to_decimal(match["n"])
        if tenths is not None and match["half"]:  # 九成五: 95 %
            tenths += to_decimal(match["half"]) / 10
        if tenths is not None and not _overlapped(match, [n for n in numbers if n.unit or n.multiplied]):
            numbers = [n for n in numbers if not _overlapped(match, [n])]
            numbers.append(Number(match.start(), match.end(), match.group(),
                                  _plain(tenths * 10), "%", _comparator(match), is_percent=True))
    for match in _HALF_RE.finditer(text):  # 超过一半: 50 percent
        if match["before"] or match["after"]:
            numbers.append(Number(match.start(), match.end(), match.group(), Decimal(50), "%",
                                  _comparator(match), is_percent=True))
    for match in _DURATION_RE.finditer(text):  # 一刻钟 / 半小时以内: minutes
        if not _overlapped(match, numbers):
            numbers.append(Number(match.start(), match.end(), match.group(),
                                  Decimal(_DURATIONS[match["d"]]), "分钟", _comparator(match)))
    for match in _AT_LEAST_RE.finditer(text):  # 人数上千 / 过万 / 上百万的任务: at least that
        if _overlapped(match, numbers):
            continue
        value = _ROUND[match["m"]] * (_ROUND[match["m2"]] if match["m2"] else 1)
        numbers.append(Number(match.start(), match.end(), match.group(), _plain(Decimal(value)),
                              match["unit"] or "", "≥",
                              multiplied=match["m"] in "万亿" and match["unit"] != "人" or
                              bool(match["m2"])))
    taken = [(n.start, n.end) for n in numbers]
    for match in _CHINESE_COUNT_RE.finditer(text):  # 两项以上, 超过三个 (not 这一项, 一个部门)
        if not (match["before"] or match["after"]) or \
                any(a < match.end() and match.start() < b for a, b in taken) or \
                match["cn"] + match["unit"] in _WORDS_NOT_COUNTS:
            continue
        value = chinese_to_int(match["cn"])
        if value is not None:
            numbers.append(Number(match.start(), match.end(), match.group(), Decimal(value),
                                  match["unit"], _comparator(match)))
    return _ranges(text, sorted(numbers, key=lambda n: n.start))


_DURATIONS = {"一个半小时": 90, "半个小时": 30, "半小时": 30, "一刻钟": 15, "三刻钟": 45}
_DURATION_RE = re.compile(rf"(?P<before>{_BEFORE_RE})?(?P<d>{'|'.join(_DURATIONS)})(?P<after>{_AFTER_RE})?")
_ROUND = {"百": 100, "千": 1_000, "万": 10_000, "亿": 100_000_000}
_AT_LEAST_RE = re.compile(r"(?:上|过|破)(?P<m>百|千|万|亿)(?P<m2>万|亿)?(?P<unit>元|人次|人|个|家|项)?")
def _overlapped(match: re.Match, numbers: list[Number]) -> bool:
    """Whether the match overlaps a number already read."""
    return any(n.start < match.end() and match.start() < n.end for n in numbers)


_RANGE_JOIN = re.compile(r"^(?:到|至|-|~|—|－)$")


def _ranges(text: str, numbers: list[Number]) -> list[Number]:
    """5亿到7亿之间 / 介于300万和500万 / 5到7亿: the first is the lower bound, the second the
    upper (and 5 of 5到7亿 is in 亿 too)."""
    for i in range(len(numbers) - 1):
        low, high = numbers[i], numbers[i + 1]
        between = text[low.end:high.start]
        if low.comparator or high.comparator or not (
                _RANGE_JOIN.match(between) or between in ("和", "与") and
                text[max(0, low.start - 2):low.start].endswith("介于")):
            continue
        if not text[high.end:high.end + 2].startswith(("之间", "以内", "范围")) and \
                not text[max(0, low.start - 2):low.start].endswith(("介于", "在")):
            continue
        value, multiplied = low.value, low.multiplied
        if not low.multiplied and not low.unit and high.multiplied and low.value:
            scale = high.value / _plain_digits(high.text)
            value, multiplied = _plain(low.value * scale), True
        numbers[i] = replace(low, value=value, comparator="≥", multiplied=multiplied,
                             unit=low.unit or high.unit, is_percent=low.is_percent or high.is_percent)
        numbers[i + 1] = replace(high, comparator="≤")
    return numbers


def _plain_digits(text: str) -> Decimal:
    digits = re.search(r"\d+(?:\.\d+)?", text)
    return Decimal(digits.group()) if digits and Decimal(digits.group()) else Decimal(1)


def _comparator(match: re.Match) -> str | None:
    if match["before"]:
        return _BEFORE[match["before"]]
    if match["after"]:
        return _AFTER[match["after"]]
    return None


def _plain(value: Decimal) -> Decimal:
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.normalize()
