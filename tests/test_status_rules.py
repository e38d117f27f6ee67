"""The status rules at every threshold edge, and the time progress they are measured against."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from fractions import Fraction

import pytest

from data.status import (
    Status,
    ThresholdError,
    Thresholds,
    judge_indicator,
    judge_task,
    round_ratio,
    rule_for,
    time_progress,
)
from data.values import parse_value

R, Y, G, B, N = Status.RED, Status.YELLOW, Status.GREEN, Status.BLUE, Status.NO_DATA
HALF, FULL = Fraction(1, 2), Fraction(1)


@pytest.mark.parametrize(
    ("day", "year", "expected"),
    [
        (date(2026, 1, 1), 2026, Fraction(1, 365)),
        (date(2026, 6, 30), 2026, Fraction(181, 365)),
        (date(2026, 7, 2), 2026, Fraction(183, 365)),
        (date(2026, 12, 31), 2026, Fraction(1)),
        (date(2024, 6, 30), 2024, Fraction(182, 366)),  # leap year
        (date(2024, 12, 31), 2024, Fraction(1)),
        (date(2025, 12, 31), 2026, Fraction(0)),  # before the year
        (date(2027, 1, 1), 2026, Fraction(1)),  # the year is over
    ],
)
def test_time_progress_is_the_share_of_the_year_elapsed_including_the_date(day, year, expected):
    assert time_progress(day, year) == expected


def test_time_progress_of_30_june_2026_rounds_to_0_4959():
    assert round_ratio(time_progress(date(2026, 6, 30), 2026)) == Decimal("0.4959")


@pytest.mark.parametrize(
    ("target", "rule"),
    [
        ("≥660人", "quantity"), ("≥700万人次", "quantity"), ("16场", "quantity"),
        (">3000宗", "quantity"), ("≥10亿元", "quantity"), ("≥90%", "rate"), ("100%", "rate"),
        ("≥1150元/生/年", "standard"), ("≤600元/人", "cap"), ("≤5个工作日", "cap"),
        ("<5%", "cap"), ("及时", "qualitative"), ("逐步提高", "qualitative"),
    ],
)
def test_each_target_is_judged_by_the_rule_its_value_calls_for(target, rule):
    assert rule_for(parse_value(target)) == rule


@pytest.mark.parametrize(
    ("target", "actual", "progress", "expected"),
    [
        # quantity, half the year gone: expected to date = 50 of 100
        ("≥100人", "29", HALF, (R, "0.5800")),
        ("≥100人", "29.99", HALF, (R, "0.5998")),
        ("≥100人", "30", HALF, (Y, "0.6000")),  # 60 % exactly is yellow
        ("≥100人", "39.99", HALF, (Y, "0.7998")),
        ("≥100人", "40", HALF, (G, "0.8000")),  # 80 % exactly is green
        ("≥100人", "59.99", HALF, (G, "1.1998")),
        ("≥100人", "60", HALF, (B, "1.2000")),  # 120 % exactly is blue
        ("≥100人", "0", HALF, (R, "0.0000")),
        # quantity at year end: reaching the annual target is green or blue, never red/yellow
        ("≥100人", "99", FULL, (G, "0.9900")),
        ("≥100人", "100", FULL, (G, "1.0000")),
        ("≥100人", "119", FULL, (G, "1.1900")),
        ("≥100人", "120", FULL, (B, "1.2000")),
        ("≥100人", "79", FULL, (Y, "0.7900")),
        ("≥100人", "100", Fraction(1, 365), (B, "365.0000")),
        ("≥700万人次", "4200000", Fraction(181, 365), (B, "1.2099")),
        (">100场", "100", FULL, (G, "1.0000")),
        ("16场", "16", HALF, (B, "2.0000")),
        # rates: compared directly, not pro-rated; = means 达到
        ("≥90%", "89.9", HALF, (R, "0.9989")),
        ("≥90%", "90", HALF, (G, "1.0000")),
        (">90%", "90", FULL, (R, "1.0000")),
        (">90%", "90.1", FULL, (G, "1.0011")),
        ("100%", "99.9", FULL, (R, "0.9990")),
        ("100%", "100", Fraction(1, 365), (G, "1.0000")),
        # standards (≥ per unit): direct
        ("≥1150元/生/年", "1149", HALF, (R, "0.9991")),
        ("≥1150元/生/年", "1150", HALF, (G, "1.0000")),
        # caps
        ("≤600元/人", "600", HALF, (G, "1.0000")),
        ("≤600元/人", "600.01", HALF, (R, "1.0000")),
        ("≤600元/人", "650", HALF, (R, "1.0833")),
        ("<5个工作日", "5", HALF, (R, "1.0000")),
        ("<5个工作日", "4.9", HALF, (G, "0.9800")),
        # qualitative
        ("及时", "达成", HALF, (G, None)),
        ("逐步提高", "部分达成", HALF, (Y, None)),
        ("有效提升", "未达成", FULL, (R, None)),
        # no report
        ("≥660人", None, HALF, (N, None)),
        ("及时", None, HALF, (N, None)),
    ],
)
def test_indicator_status_at_every_edge(target, actual, progress, expected):
    value = Decimal(actual) if actual and actual[0].isdigit() else actual
    judgement = judge_indicator(parse_value(target), value, progress)
    assert (judgement.status, _ratio(judgement.ratio)) == expected


@pytest.mark.parametrize(
    ("amount", "spent", "progress", "expected"),
    [
        # half the year gone: 1000 budgeted, 500 spent would be on time
        ("1000", "299", HALF, (R, "0.5980")),
        ("1000", "300", HALF, (Y, "0.6000")),  # 60 % exactly is yellow
        ("1000", "399.9", HALF, (Y, "0.7998")),
        ("1000", "400", HALF, (G, "0.8000")),  # 80 % exactly is green
        ("1000", "1000", HALF, (G, "2.0000")),  # spending ahead is never blue
        ("1000", "0", HALF, (R, "0.0000")),
        ("1950000", "500000", Fraction(181, 365), (R, "0.5171")),
        ("1000", None, HALF, (N, None)),
        (None, "100", HALF, (N, None)),  # nothing budgeted
    ],
)
def test_task_status_at_every_edge(amount, spent, progress, expected):
    judgement = judge_task(amount and Decimal(amount), spent and Decimal(spent), progress)
    assert (judgement.status, _ratio(judgement.ratio)) == expected


def test_task_completion_is_the_execution_rate():
    judgement = judge_task(Decimal(2_094_000), Decimal(700_000), Fraction(181, 365))
    assert round_ratio(judgement.completion) == Decimal("0.3343")


@pytest.mark.parametrize(
    ("thresholds", "actual", "expected"),
    [
        (Thresholds(quantity_yellow=Decimal("0.5")), "25", Y),
        (Thresholds(quantity_yellow=Decimal("0.5")), "24", R),
        (Thresholds(quantity_green=Decimal("0.9")), "44", Y),
        (Thresholds(quantity_green=Decimal("0.9")), "45", G),
        (Thresholds(quantity_blue=Decimal("1.5")), "74", G),
        (Thresholds(quantity_blue=Decimal("1.5")), "75", B),
    ],
)
def test_thresholds_are_configurable(thresholds, actual, expected):
    judgement = judge_indicator(parse_value("≥100人"), Decimal(actual), HALF, thresholds)
    assert judgement.status == expected


def test_task_thresholds_are_configurable():
    thresholds = Thresholds(task_yellow=Decimal("0.4"), task_green=Decimal("0.5"))
    assert judge_task(Decimal(100), Decimal(20), HALF, thresholds).status == Y
    assert judge_task(Decimal(100), Decimal(25), HALF, thresholds).status == G


@pytest.mark.parametrize(
    "values",
    [
        {"quantity_yellow": Decimal("0.9")},  # above green
        {"quantity_blue": Decimal("0.7")},  # below green
        {"quantity_yellow": Decimal(0)},
        {"task_yellow": Decimal("0.8")},  # equal to green
    ],
)
def test_thresholds_that_do_not_rise_are_refused_with_a_chinese_message(values):
    with pytest.raises(ThresholdError, match="阈值须满足"):
        Thresholds(**values)


def _ratio(value: Fraction | None) -> str | None:
    rounded = round_ratio(value)
    return None if rounded is None else str(rounded)


def test_thresholds_come_from_a_setting_as_shares_or_percentages():
    from data.status import parse_thresholds

    assert parse_thresholds("") == Thresholds()
    assert parse_thresholds("quantity_green=75%, task_yellow=0.5") == Thresholds(
        quantity_green=Decimal("0.75"), task_yellow=Decimal("0.5"))
    with pytest.raises(ThresholdError, match="未知的阈值"):
        parse_thresholds("green=0.8")
    with pytest.raises(ThresholdError, match="黄色 < 绿色"):
        parse_thresholds("quantity_yellow=0.9")


def test_the_digest_command_uses_the_thresholds_setting(tmp_path):
    from tests.conftest import FIXTURES, SEED, run_cli

    db = str(tmp_path / "t.db")
    run_cli("import", str(SEED), "--db", db)
    run_cli("progress", str(FIXTURES / "progress_zonggonghui_2026.csv"), "--db", db)
    args = ("digest", "--db", db, "--date", "2026-06-30", "--department", "总工会", "--json")

    def status_of(name: str, env: dict) -> str:
        items = json.loads(run_cli(*args, env=env).stdout)["items"]
        return next(item["status"] for item in items if item["name"] == name)

    assert status_of("开展技能培训", {}) == "yellow"  # ratio 61.1 %
    assert status_of("开展技能培训", {"JIXIAO_THRESHOLDS": "quantity_yellow=0.65"}) == "red"
    broken = run_cli(*args, env={"JIXIAO_THRESHOLDS": "quantity_yellow=abc"})
    assert broken.returncode == 1 and "不是数字" in broken.stderr
