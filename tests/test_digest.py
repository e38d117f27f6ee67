"""Digests (text, JSON, CLI), the status API for the question engine, the chart, and the
subscriptions that schedule digests."""

from __future__ import annotations

import io
import json
import struct
from datetime import date, datetime, timedelta
from decimal import Decimal

import openpyxl
import pytest
from matplotlib.text import Text

from data.chart import (
    charted_items,
    digest_chart_figure,
    digest_chart_png,
    find_cjk_font,
    overview_chart_figure,
    overview_chart_png,
)
from data.clock import TIMEZONE
from data.db import Store
from data.digest import (
    ItemStatus,
    Overview,
    SubscriptionError,
    build_digest,
    claim_send,
    due_subscriptions,
    latest_status,
    period_key,
    subscribe,
    subscriptions,
    unsubscribe,
)
from data.digest_xlsx import digest_workbook
from data.errors import NotFoundError
from data.importing import import_file
from data.model import Indicator, PerformanceTable, Task
from data.progress import import_progress_file, report_value
from data.status import Status
from tests.conftest import FIXTURES, SEED, run_cli
from tests.fixtures import departments28

GOOD_CSV = FIXTURES / "progress_zonggonghui_2026.csv"
TODAY = date(2026, 11, 24)
JUNE_30 = date(2026, 6, 30)
DEC_1 = date(2026, 12, 1)
ZGH = "东莞市总工会"


@pytest.fixture
def seeded(store: Store) -> Store:
    import_file(store, SEED, imported_by="test")
    import_progress_file(store, GOOD_CSV, reporter="test", today=TODAY)
    return store


@pytest.fixture
def small(store: Store) -> Store:
    """A department with two tasks and one indicator of each kind."""
    table = PerformanceTable(department="东莞市测试局", year=2026)
    table.tasks = [Task("年度重点工作任务", "培训经费", "", "", Decimal("100000")),
                   Task("年度重点工作任务", "宣传经费", "", "", Decimal("50000.50"))]
    table.indicators = [
        Indicator("产出指标", "数量指标", "培训人数", "≥1000人", "≥1000人"),
        Indicator("产出指标", "时效指标", "资金拨付", "及时", "及时"),
        Indicator("成本指标", "经济成本指标", "人均成本", "≤500元/人", "≤500元/人"),
        Indicator("满意度指标", "服务对象满意度", "满意度", "≥90%", "≥90%"),
    ]
    store.import_table(table, source_name="small.txt", sha256="x", imported_by="t")
    for name, value in [("培训经费", "3万元"), ("培训人数", "600人"), ("资金拨付", "部分达成"),
                        ("满意度", "89.5%")]:
        report_value(store, name, value, reporter="t", as_of=JUNE_30, today=TODAY)
    return store


def test_the_json_of_a_small_digest_is_exactly_this(small):
    [digest] = build_digest(small, JUNE_30)
    assert digest.as_json() == {
        "department": "东莞市测试局",
        "year": 2026,
        "date": "2026-06-30",
        "time_progress": 0.4959,
        "items": [
            {"name": "培训经费", "kind": "task", "target": "100,000 元", "actual": "30,000 元",
             "ratio": 0.605, "status": "yellow", "unit": "元", "as_of": "2026-06-30"},
            {"name": "宣传经费", "kind": "task", "target": "50,000.50 元", "actual": None,
             "ratio": None, "status": "no_data", "unit": "元", "as_of": None},
            {"name": "培训人数", "kind": "indicator", "target": "≥1000人", "actual": "600人",
             "ratio": 1.2099, "status": "blue", "unit": "人", "as_of": "2026-06-30"},
            {"name": "资金拨付", "kind": "indicator", "target": "及时", "actual": "部分达成",
             "ratio": None, "status": "yellow", "unit": "", "as_of": "2026-06-30"},
            {"name": "人均成本", "kind": "indicator", "target": "≤500元/人", "actual": None,
             "ratio": None, "status": "no_data", "unit": "元/人", "as_of": None},
            {"name": "满意度", "kind": "indicator", "target": "≥90%", "actual": "89.5%",
             "ratio": 0.9944, "status": "red", "unit": "%", "as_of": "2026-06-30"},
        ],
        "level": "red",
        "risks": ["资金执行严重滞后"],
        "budget_execution": 0.2,
    }


def test_the_existing_json_fields_keep_their_shape(small):
    """``digest --json`` only gains fields: every field it had keeps its name and type."""
    [digest] = build_digest(small, JUNE_30)
    data = digest.as_json()
    assert {"department", "year", "date", "time_progress", "items"} <= data.keys()
    assert all({"name", "kind", "target", "actual", "ratio", "status"} <= item.keys()
               for item in data["items"])


def test_the_text_digest_of_the_seed_on_30_june_lists_what_is_behind_first(seeded):
    [digest] = build_digest(seeded, JUNE_30, "总工会")
    assert digest.text() == "\n".join([
        "东莞市总工会 2026 年绩效进度（2026-06-30）",
        "时间进度 49.6%（全年第 181 天）",
        "🔴 落后 4 项 · 🟡 偏慢 3 项 · 预算执行 34.6%",
        "🔴 帮扶困难职工数：20人 / 目标 ≥90人（完成 22%）",
        "🔴 送温暖活动经费：已支出 50万元 / 195万元（26%）",
        "🔴 镇级工人文化宫覆盖率：45% / 目标 ≥50%，未达标",
        "🔴 人均培训成本：650元/人，超过上限 600元/人",
        "🟡 开展技能培训：200人 / 目标 ≥660人（完成 30%）",
        "🟡 劳模专项工作经费：已支出 70万元 / 209.4万元（33%）",
        "🟡 举办职业技能大赛：6场 / 目标 ≥16场（完成 38%）",
        "🟢 正常 6 项：产业工人建设经费，工会服务职工推广项目，公益培训班次 等 6 项",
        "🔵 超前 2 项：表彰劳模数量，工会服务活动参与人数（1 项数据超过 30 天未更新）",
        "⚪ 未填报 10 项：公益培训费，求学圆梦行动补贴标准，职业技能竞赛补贴标准 等 10 项",
    ])


def test_on_1_december_old_figures_say_their_age_and_idle_money_is_a_risk(seeded):
    [digest] = build_digest(seeded, DEC_1, "总工会")
    lines = digest.text().splitlines()
    assert lines[:6] == [
        "东莞市总工会 2026 年绩效进度（2026-12-01）",
        "时间进度 91.8%（全年第 335 天）",
        "🔴 落后 11 项 · 🟡 偏慢 1 项 · 预算执行 34.6%",
        "⚠️ 资金执行严重滞后：已支出 600万元，仅占 1,733.17万元的 34.6%",
        "🔴 帮扶困难职工数：20人 / 目标 ≥90人（完成 22%）",
        "　　数据截至 6月30日，已 5 个月未更新",
    ]
    assert "🔴 新发展工会会员数量：3.5万人 / 目标 ≥8万人（完成 44%）" in lines
    assert digest.risks() == ["资金执行严重滞后"]
    assert all(len(line) <= 40 for line in lines if line.startswith(("🔴", "🟡")))


@pytest.mark.parametrize(
    ("since", "today", "expected"),
    [(date(2026, 6, 30), DEC_1, "数据截至 6月30日，已 5 个月未更新"),
     (date(2026, 10, 31), DEC_1, "数据截至 10月31日，已 1 个月未更新"),
     (date(2026, 11, 1), DEC_1, None),
     (date(2025, 12, 31), date(2026, 3, 1), "数据截至 2025年12月31日，已 2 个月未更新")],
)
def test_a_figure_older_than_30_days_says_how_old_it_is(since, today, expected):
    item = ItemStatus("x", "indicator", "quantity", "≥1人", "1人", None, Status.GREEN, since)
    assert item.age_note(today) == expected


def test_the_cli_json_digest_on_30_june_shows_exactly_which_items_are_behind(db_path):
    run_cli("import", str(SEED), "--db", str(db_path))
    assert run_cli("progress", str(GOOD_CSV), "--db", str(db_path)).returncode == 0
    result = run_cli("digest", "--db", str(db_path), "--date", "2026-06-30", "--json")
    assert result.returncode == 0, result.stderr
    digest = json.loads(result.stdout)
    assert (digest["department"], digest["year"], digest["date"], digest["time_progress"]) == (
        ZGH, 2026, "2026-06-30", 0.4959)
    behind = {item["name"]: (item["status"], item["ratio"]) for item in digest["items"]
              if item["status"] in ("red", "yellow")}
    assert behind == {
        "送温暖活动经费": ("red", 0.5171),
        "人均培训成本": ("red", 1.0833),
        "帮扶困难职工数": ("red", 0.4481),
        "镇级工人文化宫覆盖率": ("red", 0.9),
        "劳模专项工作经费": ("yellow", 0.6741),
        "开展技能培训": ("yellow", 0.6111),
        "举办职业技能大赛": ("yellow", 0.7562),
    }


def test_the_cli_text_digest_prints_the_department_and_time_progress(db_path):
    run_cli("import", str(SEED), "--db", str(db_path))
    result = run_cli("digest", "--db", str(db_path), "--date", "2026-07-02", "--department",
                     "总工会")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[:4] == [
        "东莞市总工会 2026 年绩效进度（2026-07-02）",
        "时间进度 50.1%（全年第 183 天）",
        "🔴 落后 0 项 · 🟡 偏慢 0 项 · 预算执行 0.0%",
        "⚠️ 未填报：时间进度已过 50.1%，还没有任何进度",
    ]


def test_without_department_several_departments_give_a_json_list(db_path, all_tables):
    all_tables.close()
    result = run_cli("digest", "--db", str(db_path), "--date", "2026-06-30", "--json")
    assert [(d["department"], d["year"]) for d in json.loads(result.stdout)] == [
        ("东莞市总工会", 2026), ("东莞市教育局", 2026), ("东莞市科学技术局", 2026)]
    one = run_cli("digest", "--db", str(db_path), "--date", "2026-06-30", "--json",
                  "--department", "教育局")
    assert json.loads(one.stdout)["department"] == "东莞市教育局"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--department", "东莞市"], "错误：部门“东莞市”不唯一，可能是：东莞市总工会、东莞市教育局、"
                                     "东莞市科学技术局。请写全称。\n"),
        (["--department", "财政局"], "错误：找不到部门“财政局”。已有的部门：东莞市总工会、东莞市教育局、"
                                     "东莞市科学技术局。\n"),
        (["--date", "2026-13-01"], "错误：无法识别日期“2026-13-01”，请用 YYYY-MM-DD。\n"),
    ],
)
def test_the_cli_digest_refuses_bad_arguments_in_chinese(db_path, all_tables, args, message):
    all_tables.close()
    result = run_cli("digest", "--db", str(db_path), *args)
    assert (result.returncode, result.stderr) == (1, message)


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        # the date's year when the department has it, else its latest earlier year
        (date(2025, 6, 30), [("东莞市总工会", 2025, "0.4959"), ("东莞市科学技术局", 2025, "0.4959")]),
        (date(2027, 3, 1), [("东莞市总工会", 2026, "1.0000"), ("东莞市教育局", 2026, "1.0000"),
                            ("东莞市科学技术局", 2026, "1.0000")]),
    ],
)
def test_each_department_gets_the_table_of_the_dates_year_or_its_latest_earlier_one(
        all_tables, day, expected):
    assert [(d.department, d.year, str(round(Decimal(d.time_progress.numerator)
                                              / d.time_progress.denominator, 4)))
            for d in build_digest(all_tables, day)] == expected


def test_a_digest_before_any_table_is_refused(all_tables):
    with pytest.raises(NotFoundError, match="2024 年及以前没有任何部门的绩效目标表"):
        build_digest(all_tables, date(2024, 6, 30))


def test_latest_status_answers_how_much_is_done_and_the_execution_rate(seeded):
    statuses = {item.name: item for item in latest_status(seeded, ZGH, 2026, JUNE_30)}
    training = statuses["开展技能培训"]
    assert (training.kind, training.rule, training.target, training.actual, training.as_of,
            training.completion, training.ratio, training.status) == (
        "indicator", "quantity", "≥660人", "200人", date(2026, 6, 15), Decimal("0.3030"),
        Decimal("0.6111"), "yellow")
    warmth = statuses["送温暖活动经费"]
    assert (warmth.kind, warmth.target, warmth.actual, warmth.completion, warmth.status) == (
        "task", "1,950,000 元", "500,000 元", Decimal("0.2564"), "red")
    assert warmth.report.note == "春节慰问已支出"


def test_a_digest_of_an_earlier_date_ignores_later_reports(seeded):
    statuses = {item.name: item for item in latest_status(seeded, ZGH, 2026, date(2026, 4, 1))}
    assert (statuses["开展技能培训"].actual, statuses["送温暖活动经费"].status) == ("150人", "no_data")


def test_the_chart_is_a_png_drawn_with_a_cjk_font(seeded):
    assert find_cjk_font() is not None, "install fonts-wqy-microhei (make fonts)"
    png = digest_chart_png(build_digest(seeded, JUNE_30)[0])
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", png[16:24])
    assert (width, height) >= (900, 500)
    assert len(png) > 20_000


def test_a_chart_without_reports_is_still_drawn(store):
    import_file(store, SEED, imported_by="t")
    assert digest_chart_png(build_digest(store, JUNE_30)[0])[:4] == b"\x89PNG"


# ---------------------------------------------------------------- subscriptions


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=TIMEZONE)


@pytest.mark.parametrize(
    ("frequency", "moment", "expected"),
    [("daily", "2026-06-30 09:00", "2026-06-30"), ("weekly", "2026-06-30 09:00", "2026-W27"),
     ("monthly", "2026-06-30 09:00", "2026-06"), ("weekly", "2027-01-01 09:00", "2026-W53")],
)
def test_each_send_belongs_to_a_period(frequency, moment, expected):
    assert period_key(frequency, at(moment)) == expected


def test_a_subscription_is_due_once_per_period_and_never_sent_twice(seeded):
    subscription = subscribe(seeded, 42, "每周", "9:30", "总工会", created_by="tg:1")
    _set_created(seeded, subscription.id, "2026-06-01T08:00:00+08:00")
    assert (subscription.frequency, subscription.time, subscription.department) == (
        "weekly", "09:30", ZGH)
    monday = at("2026-06-29 09:30")
    assert due_subscriptions(seeded, monday - timedelta(minutes=1)) == []
    [due] = due_subscriptions(seeded, monday)
    assert claim_send(seeded, due, monday) is True
    assert claim_send(seeded, due, monday) is False  # a second worker or a restart
    assert due_subscriptions(seeded, at("2026-07-01 10:00")) == []  # later the same week
    assert [s.id for s in due_subscriptions(seeded, at("2026-07-07 08:00"))] == [subscription.id]


def test_a_new_subscription_starts_with_the_next_period(seeded):
    subscription = subscribe(seeded, 42, "daily", "09:00")
    _set_created(seeded, subscription.id, "2026-06-30T10:00:00+08:00")
    assert due_subscriptions(seeded, at("2026-06-30 23:59")) == []
    assert [s.id for s in due_subscriptions(seeded, at("2026-07-01 09:00"))] == [subscription.id]


def test_subscribing_again_replaces_and_unsubscribe_stops(seeded):
    subscribe(seeded, 42, "daily", "09:00", "总工会")
    subscribe(seeded, 42, "monthly", "08:00", "总工会")
    subscribe(seeded, 42, "daily", "18:00")
    assert [s.describe() for s in subscriptions(seeded, 42)] == [
        "每月 1 日 08:00 发送东莞市总工会的进度摘要", "每天 18:00 发送全部部门的进度摘要"]
    assert unsubscribe(seeded, 42) == 2
    assert subscriptions(seeded, 42) == []


@pytest.mark.parametrize(
    ("frequency", "time", "message"),
    [("hourly", "09:00", "无法识别频率“hourly”"), ("daily", "25:00", "无法识别时间“25:00”")],
)
def test_bad_subscriptions_are_refused_in_chinese(seeded, frequency, time, message):
    with pytest.raises(SubscriptionError, match=message):
        subscribe(seeded, 42, frequency, time)


def _set_created(store: Store, subscription_id: int, created_at: str) -> None:
    with store.transaction() as db:
        db.execute("UPDATE subscriptions SET created_at = ? WHERE id = ?",
                   [created_at, subscription_id])


# ---------------------------------------------------------------- the overview


@pytest.fixture
def city(store: Store) -> Store:
    departments28.load(store)
    return store


def test_the_overview_of_28_departments_puts_the_silent_and_the_idle_first(city):
    overview = Overview.of(build_digest(city, DEC_1))
    assert overview.headline() == [
        "28 个部门：🔴 28 项落后 · 🟡 24 项偏慢 · 预算执行 52.1%（时间进度 91.8%）",
        "⚠️ 4 个部门未填报 · 8 个部门资金执行严重滞后"]
    lines = overview.department_lines()
    assert lines[:4] == ["🔴 东莞市农业农村局：未填报", "🔴 东莞市发展和改革局：未填报",
                         "🔴 东莞市市场监督管理局：未填报", "🔴 东莞市财政局：未填报"]
    assert lines[4] == "🔴 东莞市医疗保障局：落后 7 · 执行 30.0%（严重滞后）"
    # spent 0 元 at 91.8 % of the year is a risk, never 正常
    assert "🔴 东莞市商务局：执行 0.0%（严重滞后）" in lines
    assert lines[12] == "🟡 东莞市卫生健康局：偏慢 6 · 执行 65.0%"
    assert lines[-1] == "🟢 东莞市退役军人事务局：正常 · 执行 90.0%"
    assert all(len(line) <= 40 for line in lines)


def test_silence_is_not_a_risk_in_the_first_quarter(city):
    overview = Overview.of(build_digest(city, date(2026, 3, 31)))
    assert overview.headline() == [
        "28 个部门：🔴 0 项落后 · 🟡 0 项偏慢 · 预算执行 0.0%（时间进度 24.7%）"]
    assert set(overview.department_lines()) == {f"⚪ {name}：尚未填报"
                                                for name in departments28.NAMES}


def test_the_json_of_a_silent_department_says_it_is_a_risk(city):
    [digest] = build_digest(city, DEC_1, "财政局")
    data = digest.as_json()
    assert (data["level"], data["risks"], data["budget_execution"]) == ("red", ["未填报"], 0.0)
    assert {item["status"] for item in data["items"]} == {"no_data"}


# ---------------------------------------------------------------- charts


def text_sizes(figure) -> list[float]:
    return [text.get_fontsize() for text in figure.findobj(Text) if text.get_text().strip()]


def test_a_department_chart_draws_every_red_and_yellow_item_worst_first_for_a_phone(seeded):
    [digest] = build_digest(seeded, DEC_1, "总工会")
    drawn = charted_items(digest)
    assert drawn[:len(digest.attention())] == digest.attention()
    assert {i.name for i in digest.items if i.status in ("red", "yellow")} <= {
        i.name for i in drawn}
    assert [i.name for i in drawn[:3]] == ["帮扶困难职工数", "送温暖活动经费", "开展技能培训"]
    figure = digest_chart_figure(digest)
    assert min(text_sizes(figure)) >= 10
    titles = [t.get_text() for t in figure.texts]
    assert titles[:3] == ["东莞市总工会 2026 年", "2026-12-01 · 落后 11 项 · 偏慢 1 项",
                          "预算执行 34.6% · 时间进度 91.8%"]
    png = digest_chart_png(digest)
    width, height = struct.unpack(">II", png[16:24])
    assert width == 1080 and height > 2 * width  # portrait, as a phone holds it


def test_the_overview_chart_has_one_bar_per_department_against_time_progress(city):
    overview = Overview.of(build_digest(city, DEC_1))
    figure = overview_chart_figure(overview)
    labels = [t.get_text() for t in figure.findobj(Text)]
    assert all(name in labels for name in departments28.NAMES)
    assert "时间进度 91.8%" in labels and min(text_sizes(figure)) >= 10
    width, height = struct.unpack(">II", overview_chart_png(overview)[16:24])
    assert width == 1080 and height + width <= 10_000  # within Telegram's photo limits


# ---------------------------------------------------------------- XLSX


def test_the_digest_exports_as_a_flat_workbook(seeded):
    workbook = openpyxl.load_workbook(io.BytesIO(digest_workbook(build_digest(seeded, DEC_1))))
    rows = list(workbook.active.iter_rows(values_only=True))
    assert rows[0] == ("部门", "名称", "目标", "实际", "单位", "比率", "状态", "截至日期", "填报人")
    assert rows[1] == (ZGH, "帮扶困难职工数", "≥90人", 20, "人", 0.2421, "落后",
                       datetime(2026, 6, 30), "test")
    assert rows[2] == (ZGH, "送温暖活动经费", 1950000, 500000, "元", 0.2794, "落后",
                       datetime(2026, 6, 30), "test")
    assert (ZGH, "职工满意度", "≥90%", 93, "%", 1.0333, "正常", datetime(2026, 6, 30),
            "test") in rows
    assert (ZGH, "公益培训费", 3597700, None, "元", None, "未填报", None, None) in rows
    assert len(rows) == 1 + 25


def test_the_cli_writes_the_digest_as_xlsx(db_path, all_tables):
    all_tables.close()
    target = db_path.parent / "进度.xlsx"
    result = run_cli("digest", "--db", str(db_path), "--date", "2026-12-01", "--xlsx",
                     str(target))
    assert (result.returncode, result.stdout) == (0, f"已导出进度摘要：{target}（3 个部门，113 项）\n")
    sheet = openpyxl.load_workbook(target).active
    assert sheet.max_row == 114 and sheet["A1"].value == "部门"
