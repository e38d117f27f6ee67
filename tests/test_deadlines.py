"""Deadlines said in questions and dates printed by targets (nlp/deadlines.py)."""

from datetime import date

import pytest

from nlp.deadlines import asked_deadline, target_date


@pytest.mark.parametrize(("question", "said", "when"), [
    ("一张图平台是不是年底前上线", "年底前", date(2026, 12, 31)),
    ("是不是年内完成", "年内", date(2026, 12, 31)),
    ("是不是9月底之前完成", "9月底之前", date(2026, 9, 30)),
    ("能不能6月30日前上线", "6月30日前", date(2026, 6, 30)),
    ("9月前能上线吗", "9月前", date(2026, 8, 31)),
    ("九月份之前能上线吗", "九月份之前", date(2026, 8, 31)),
    ("是不是上半年之前", "上半年之前", date(2026, 6, 30)),
    ("智慧管养平台上半年能上线吗", "上半年", date(2026, 6, 30)),  # 上半年 alone is a deadline
    ("清明节前能上线不", "清明节前", date(2026, 4, 4)),  # a holiday of a fixed date
    ("国庆前完成吗", "国庆前", date(2026, 9, 30)),
    ("宣传片七一前能上线吗", "七一前", date(2026, 6, 30)),
    ("人才大数据平台暑假结束前能上线吗", "暑假结束前", date(2026, 8, 31)),
    ("春季集中免疫六一前能完成吗", "六一前", date(2026, 5, 31)),
    ("2025年十二月底前完成了吗", "2025年十二月底前", date(2025, 12, 31)),
    ("2月30日前", None, None),  # no such day
])
def test_a_deadline_is_read_with_its_date(question, said, when):
    found = asked_deadline(question, 2026)
    assert (found == (said, when)) if said else found is None


@pytest.mark.parametrize(("printed", "when"), [
    ("2026年9月30日前", date(2026, 9, 30)),
    ("2026年6月底前", date(2026, 6, 30)),
    ("2026年底前", date(2026, 12, 31)),
    ("≥95%", None),
    ("2026年13月1日前", None),
])
def test_a_targets_printed_date_is_read(printed, when):
    assert target_date(printed) == when
