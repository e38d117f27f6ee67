"""Bring a question and every name to one comparable form: simplified characters, ASCII digits
and letters, Chinese numerals as digits, no spaces or punctuation noise.

>>> normalize("送溫暖活動經費是多少？")
'送温暖活动经费是多少?'
>>> normalize("二〇二五年表彰劳模二十二人")
'2025年表彰劳模22人'
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import opencc

_T2S = opencc.OpenCC("t2s")

_DIGITS = {"零": 0, "〇": 0, "○": 0, "Ｏ": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
           "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_UNITS = {"十": 10, "百": 100, "千": 1000}
_BIG_UNITS = {"万": 10_000, "亿": 100_000_000}
_NUMERAL_CHARS = "".join(_DIGITS) + "".join(_UNITS) + "".join(_BIG_UNITS)
# A run of numerals; a lone 一/万 etc. inside words (一线职工, 万人) is left alone unless the run
# is clearly a number: a digit-by-digit year (二〇二五), or it contains 十/百/千.
_NUMERAL_RUN = re.compile(f"[{_NUMERAL_CHARS}]+")
_YEAR_DIGITS = re.compile("[零〇○一二三四五六七八九]{4}(?=年)")
# 一点五亿, 三点二万, 零点八: a decimal written in words (not 一点 "a little": digits must follow)
_DECIMAL = re.compile("([零一二两三四五六七八九十]{1,3})点([零一二三四五六七八九]{1,3})(?=[万亿倍%个人元]|$)")


def _decimal(match: re.Match) -> str:
    whole = chinese_to_int(match.group(1))
    fraction = "".join(str(_DIGITS[ch]) for ch in match.group(2))
    return match.group() if whole is None else f"{whole}.{fraction}"


def chinese_to_int(text: str) -> int | None:
    """``二十二`` -> 22, ``一百零五`` -> 105, ``三万`` -> 30000, ``二〇二五`` -> 2025."""
    if not text or any(ch not in _NUMERAL_CHARS for ch in text):
        return None
    if all(ch in _DIGITS for ch in text):  # digit by digit: 二〇二五
        return int("".join(str(_DIGITS[ch]) for ch in text))
    total = section = number = 0
    for ch in text:
        if ch in _DIGITS:
            number = _DIGITS[ch]
        elif ch in _UNITS:
            section += (number or 1) * _UNITS[ch]
            number = 0
        else:
            total += (section + number) * _BIG_UNITS[ch]
            section = number = 0
    return total + section + number


def _replace_numerals(text: str) -> str:
    text = _YEAR_DIGITS.sub(lambda m: str(chinese_to_int(m.group())), text)
    text = _DECIMAL.sub(_decimal, text)  # 一点五亿 → 1.5亿

    def convert(match: re.Match) -> str:
        run = match.group()
        # A lone 百/千/万 is a word (百分比, 千方百计), not a number; 十 alone is ten when it
        # counts something (十项, 前十, 十%), not inside a word (红十字会, 十分重要).
        if not any(ch in _UNITS for ch in run) or (len(run) == 1 and run != "十"):
            return run
        if run == "十" and not _counted_ten(text, match.start()):
            return run
        value = chinese_to_int(run)
        return run if value is None else str(value)

    return _NUMERAL_RUN.sub(convert, text)


_COUNTED_AFTER = set("个项家名人位条次年月日天岁件万亿元块倍%％多余来几座所场户亩吨米公")
_COUNTED_BEFORE = set("第前后排约近超过逾共有是为达")


def _counted_ten(text: str, at: int) -> bool:
    """Whether a lone 十 at ``at`` is the number ten."""
    after = text[at + 1:at + 2]
    before = text[at - 1:at] if at else ""
    return not after or not "\u4e00" <= after <= "\u9fff" or after in _COUNTED_AFTER or \
        before in _COUNTED_BEFORE


# 上亿的 / 上千万的: more than that (上千万 has become 上10000000 by then)
_ABOVE = re.compile(r"(?<![\d两一二三四五六七八九十])上(亿|10000000|1000000)(?![\d元])")


# 一、二类桥梁: numerals listed before the kind they count, as typed without the 、
_NUMERALS_LISTED = re.compile(r"(?<=[一二三四五六七八九十])、(?=[一二三四五六七八九十][类级档等星])")


@lru_cache(maxsize=65536)
def normalize(text: str) -> str:
    """The comparable form of a question or a name (see the module docstring)."""
    value = unicodedata.normalize("NFKC", text or "")
    value = _T2S.convert(value)
    value = _replace_numerals(value)
    value = value.lower()
    value = re.sub(r"[\s\u200b]+", "", value)
    value = re.sub(r"(?<=[\d两一二三四五六七八九十])个(?=亿|万)", "", value)  # 1个亿 (colloquial)
    value = _NUMERALS_LISTED.sub("", value)  # 一、二类桥梁 as typed 一二类桥梁
    value = _ABOVE.sub(lambda m: "超过" + ("1亿" if m.group(1) == "亿" else m.group(1)), value)
    return value.replace("“", "").replace("”", "").replace("‘", "").replace("’", "")


def strip_punctuation(text: str) -> str:
    """Only letters, digits and CJK characters (for comparing names without 、（）)."""
    return "".join(ch for ch in text if ch.isalnum())
