"""Deadlines said in a question (年底前, 9月底前, 6月30日前, 上半年) and the dates an indicator's
target prints (2026年9月30日前), so that 是不是年底前上线 compares two dates.

>>> from datetime import date
>>> asked_deadline("一张图平台是不是年底前上线", 2026)
('年底前', datetime.date(2026, 12, 31))
>>> asked_deadline("是不是9月底之前完成", 2026)
('9月底之前', datetime.date(2026, 9, 30))
>>> asked_deadline("智慧管养平台上半年能上线吗", 2026)
('上半年', datetime.date(2026, 6, 30))
>>> asked_deadline("网上祭扫平台清明节前能上线不", 2026)
('清明节前', datetime.date(2026, 4, 4))
>>> target_date("2026年9月30日前")
datetime.date(2026, 9, 30)
"""

from __future__ import annotations

import calendar
import re
from datetime import date

_MONTHS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
           "十": 10, "十一": 11, "十二": 12}
_MONTH = r"(\d{1,2}|十[一二]?|[一二三四五六七八九])月"

_BEFORE = r"(?:之前|以前|前)"
# Holidays of a fixed date said as deadlines (清明 falls on 4 April or a day after: before it
# is read as by 4 April); 开学前 is before the autumn term (1 September).
_HOLIDAYS = {"清明节": (4, 4), "清明": (4, 4), "五一": (4, 30), "劳动节": (4, 30), "国庆节": (9, 30),
             "国庆": (9, 30), "十一": (9, 30), "元旦": (12, 31), "秋季开学": (8, 31), "开学": (8, 31),
             "儿童节": (5, 31), "六一": (5, 31), "建党节": (6, 30), "七一": (6, 30), "建军节": (7, 31),
             "八一": (7, 31), "暑假结束": (8, 31), "暑假": (6, 30), "寒假": (1, 31)}
DEADLINE = re.compile(
    r"(?:(?:20)?(\d{2})年)?(?:"
    rf"(年底|年末|年中|上半年|下半年)(?:{_BEFORE})?|(年内)|"
    rf"{_MONTH}份?(?:(底|末)|(\d{{1,2}})[日号])?{_BEFORE}|"
    rf"({'|'.join(sorted(_HOLIDAYS, key=len, reverse=True))}){_BEFORE})")


def _month(text: str) -> int:
    return int(text) if text.isdigit() else _MONTHS.get(text, 0)


def asked_deadline(text: str, year: int) -> tuple[str, date] | None:
    """The deadline the question says, as said and as a date (the year asked, else ``year``)."""
    match = DEADLINE.search(text)
    if match is None:
        return None
    short_year, part, within, month, end, day, holiday = match.groups()
    year = 2000 + int(short_year) if short_year else year
    part = part or within
    if holiday:
        when = date(year, *_HOLIDAYS[holiday])
    elif part:
        when = date(year, 6, 30) if part in ("年中", "上半年") else date(year, 12, 31)
    else:
        number = _month(month)
        if not 1 <= number <= 12:
            return None
        if day:
            try:
                when = date(year, number, int(day))
            except ValueError:
                return None
        elif end:
            when = date(year, number, calendar.monthrange(year, number)[1])
        else:  # 9月前: before September begins
            when = date.fromordinal(date(year, number, 1).toordinal() - 1)
    return match.group(), when


_PRINTED = re.compile(r"(\d{4})年(?:(\d{1,2})月(?:(\d{1,2})日|(底|末))?|(底|末))")


def target_date(value: str) -> date | None:
    """The date a target prints (2026年9月30日前, 2026年6月底前, 2026年底前)."""
    match = _PRINTED.search(value or "")
    if match is None:
        return None
    year, month, day, month_end, year_end = match.groups()
    year = int(year)
    if month is None:
        return date(year, 12, 31) if year_end else None
    number = int(month)
    if not 1 <= number <= 12:
        return None
    if day:
        try:
            return date(year, number, int(day))
        except ValueError:
            return None
    return date(year, number, calendar.monthrange(year, number)[1])
