"""Progress reports: reading CSV/XLSX files, refusing bad ones whole, single chat reports, and
which report counts."""

from __future__ import annotations

import io
import sqlite3
import time
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from data.db import Store
from data.digest import build_digest
from data.errors import NotFoundError
from data.importing import import_file
from data.model import Indicator, PerformanceTable, Task
from data.progress import (
    ProgressFileError,
    ReportError,
    commit_progress,
    import_progress_file,
    latest_reports,
    looks_like_progress_file,
    preview_progress,
    report_value,
    reports,
)
from tests.conftest import FIXTURES, SEED, run_cli

GOOD_CSV = FIXTURES / "progress_zonggonghui_2026.csv"
GOOD_XLSX = FIXTURES / "progress_zonggonghui_2026.xlsx"
GBK_CSV = FIXTURES / "progress_zonggonghui_2026_gbk.csv"
ERRORS_CSV = FIXTURES / "progress_errors.csv"
TODAY = date(2026, 11, 24)
ZGH = "东莞市总工会"


@pytest.fixture
def seeded(store: Store) -> Store:
    import_file(store, SEED, imported_by="test")
    return store


def summary(store: Store) -> list[tuple]:
    return [(r.name, r.as_of.isoformat(), r.display, r.note)
            for r in reports(store, ZGH, 2026)]


def dump(path: Path) -> list[str]:
    with sqlite3.connect(path) as conn:
        return list(conn.iterdump())


EXPECTED_REPORTS = [
    ("开展技能培训", "2026-03-31", "150人", "第一季度"),
    ("表彰劳模数量", "2026-05-01", "22人", "五一表彰"),
    ("开展技能培训", "2026-06-15", "200人", ""),
    ("人均培训成本", "2026-06-15", "650元/人", ""),
    ("产业工人建设经费", "2026-06-30", "3,600,000 元", "上半年拨付"),
    ("劳模专项工作经费", "2026-06-30", "700,000 元", ""),
    ("送温暖活动经费", "2026-06-30", "500,000 元", "春节慰问已支出"),
    ("工会服务职工推广项目", "2026-06-30", "1,200,000 元", ""),
    ("镇级工人文化宫覆盖率", "2026-06-30", "45%", ""),
    ("劳模奖金、津贴发放及时率", "2026-06-30", "100%", ""),
    ("职工满意度", "2026-06-30", "93%", "问卷调查"),
    ("工会服务活动参与人数", "2026-06-30", "420万人次", ""),
    ("举办职业技能大赛", "2026-06-30", "6场", ""),
    ("公益培训班次", "2026-06-30", "350班次", ""),
    ("新发展工会会员数量", "2026-06-30", "3.5万人", ""),
    ("帮扶困难职工数", "2026-06-30", "20人", ""),
]


@pytest.mark.parametrize("path", [GOOD_CSV, GOOD_XLSX, GBK_CSV], ids=lambda p: p.name)
def test_a_good_progress_file_stores_every_row(seeded, path):
    result = import_progress_file(seeded, path, reporter="tester", today=TODAY)
    assert result.preview.counts() == {(ZGH, 2026): 16}
    assert summary(seeded) == EXPECTED_REPORTS
    assert {(r.reporter, r.source_name) for r in reports(seeded, ZGH, 2026)} == {
        ("tester", path.name)}


def test_values_are_stored_exactly_in_the_targets_unit(seeded):
    import_progress_file(seeded, GOOD_CSV, reporter="t", today=TODAY)
    latest = latest_reports(seeded, ZGH, 2026)
    assert {name: report.actual for (_, name), report in latest.items()
            if name in ("送温暖活动经费", "工会服务活动参与人数", "新发展工会会员数量",
                        "人均培训成本", "职工满意度")} == {
        "送温暖活动经费": Decimal("500000"),
        "工会服务活动参与人数": Decimal("4200000"),
        "新发展工会会员数量": Decimal("35000"),
        "人均培训成本": Decimal("650"),
        "职工满意度": Decimal("93"),
    }


@pytest.mark.parametrize(
    ("value", "expected"),
    [("1,200,000", Decimal("1200000")), ("1200000元", Decimal("1200000")),
     ("120万元", Decimal("1200000")), ("1,234.56", Decimal("1234.56")),
     ("１２０万元", Decimal("1200000"))],
)
def test_task_spending_is_read_as_exact_yuan(seeded, value, expected):
    report = report_value(seeded, "送温暖活动经费", value, reporter="t", as_of=date(2026, 6, 30),
                          today=TODAY)
    assert report.number == expected


def test_every_kind_of_bad_row_is_listed_with_its_row_number_and_nothing_is_stored(seeded):
    before = dump(Path(seeded.path))
    with pytest.raises(ProgressFileError) as refused:
        preview_progress(seeded, ERRORS_CSV.read_bytes(), ERRORS_CSV.name, today=TODAY)
    assert refused.value.errors == [
        "第 3 行：找不到指标或任务“不存在的指标”（东莞市总工会 2026 年）",
        "第 4 行：找不到部门“东莞市卫生健康局”。已有的部门：东莞市总工会",
        "第 5 行：没有东莞市总工会 2027 年的绩效目标表",
        "第 6 行：单位不符：“举办职业技能大赛”的目标是 ≥16场（单位 场），完成值“6人”的单位是 人",
        "第 7 行：无法识别完成值“很好”，应填写数值，例如 90%",
        "第 8 行：无法识别截至日期“2026-13-01”（应为 2026-06-30 这样的日期）",
        "第 9 行：单位不符：任务“送温暖活动经费”的完成值是已支出金额（元），“100人”的单位是 人",
        "第 10 行：截至日期 2025-12-31 不在 2026 年度内",
        "第 11 行：完成值“93”缺少单位 %（目标 ≥90%）",
        "第 12 行：与第 2 行重复（开展技能培训，截至 2026-06-30）",
        "第 13 行：完成值“≥300班次”应为实际完成数，不要带比较符号",
        "第 14 行：无法识别年度“二〇二六”",
    ]
    assert str(refused.value).startswith("进度文件“progress_errors.csv”有 12 处错误，未导入任何数据：")
    assert dump(Path(seeded.path)) == before


def test_the_cli_refuses_a_bad_file_with_exit_1_and_leaves_the_database_unchanged(db_path):
    run_cli("import", str(SEED), "--db", str(db_path))
    before = dump(db_path)
    result = run_cli("progress", str(ERRORS_CSV), "--db", str(db_path))
    assert result.returncode == 1
    assert result.stdout == ""
    assert "错误：进度文件“progress_errors.csv”有 12 处错误" in result.stderr
    assert "第 6 行：单位不符" in result.stderr
    assert dump(db_path) == before


def test_the_cli_prints_the_count_per_department_year_and_each_item(db_path):
    run_cli("import", str(SEED), "--db", str(db_path))
    result = run_cli("progress", str(GOOD_CSV), "--db", str(db_path))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[:4] == [
        "已导入进度文件“progress_zonggonghui_2026.csv”：共 16 条",
        "东莞市总工会 2026 年：16 条进度",
        "  - 产业工人建设经费：3,600,000 元（截至 2026-06-30）；上半年拨付",
        "  - 劳模专项工作经费：700,000 元（截至 2026-06-30）",
    ]
    assert len(lines) == 18


@pytest.mark.parametrize(
    ("rows", "today", "expected"),
    [
        ([["总工会", "2026", "开展技能培训", "2026/6/30", "200人", ""]], TODAY, []),
        ([["东莞市总工会", "2026年", "开展技能培训", "2026年6月30日", "200", ""]], TODAY, []),
        ([["东莞市总工会", "2026", "技能培训", "20260630", "200人", ""]], TODAY, []),
        ([["东莞市总工会", "2026", "开展技能培训", "2026-07-01", "200人", ""]],
         date(2026, 6, 30), ["第 2 行：截至日期 2026-07-01 晚于今天（2026-06-30）"]),
        ([["东莞市总工会", "2026", "培训", "2026-06-30", "200人", ""]], TODAY,
         ["第 2 行：“培训”对应多个指标或任务：公益培训费、人均培训成本、开展技能培训、"
          "公益培训班次（东莞市总工会 2026 年），请写全称"]),
        ([["", "2026", "开展技能培训", "2026-06-30", "200人", ""]], TODAY, ["第 2 行：部门为空"]),
        ([["东莞市总工会", "2026", "开展技能培训", "2026-06-30", "", ""]], TODAY,
         ["第 2 行：完成值为空"]),
        ([["东莞市总工会", "2026", "开展技能培训", "2026-06-30", "-5人", ""]], TODAY,
         ["第 2 行：完成值“-5人”不能为负数"]),
        ([["东莞市总工会", "2026", "开展技能培训", "2026-06-30", "达成", ""]], TODAY,
         ["第 2 行：“开展技能培训”是数值指标（目标 ≥660人），请填写数值，例如 660人"]),
        ([["东莞市总工会", "2026", "送温暖活动经费", "2026-06-30", "1.234元", ""]], TODAY,
         ["第 2 行：金额“1.234元”最多精确到分（两位小数）"]),
        ([["东莞市总工会", "2026", "送温暖活动经费", "2026-06-30", "20000000000000", ""]],
         TODAY, ["第 2 行：完成值“20000000000000”超出合理范围（应在 0 至 10^13 之间）"]),
        ([["东莞市总工会", "2026", "开展技能培训", "2026-06-30", "1000000亿人", ""]], TODAY,
         ["第 2 行：完成值“1000000亿人”超出合理范围（应在 0 至 10^13 之间）"]),
    ],
)
def test_rows_are_checked_one_by_one(seeded, rows, today, expected):
    content = _csv([["部门", "年度", "名称", "截至日期", "完成值", "备注"], *rows])
    try:
        preview_progress(seeded, content, "p.csv", today=today)
        errors = []
    except ProgressFileError as error:
        errors = error.errors
    assert errors == expected


def test_short_names_resolve_to_the_full_department_and_item(seeded):
    content = _csv([["部门", "年度", "名称", "截至日期", "完成值"],
                    ["总工会", "2026", "技能培训", "2026-06-30", "200人"]])
    preview = preview_progress(seeded, content, "p.csv", today=TODAY)
    assert [(r.department, r.name) for r in preview.reports] == [(ZGH, "开展技能培训")]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "文件“p.csv”是空的。"),
        ("部门,年度,名称,完成值\n东莞市总工会,2026,开展技能培训,200人\n".encode(),
         "进度文件“p.csv”缺少列：截至日期。"),
        ("部门,年度,名称,截至日期,完成值\n".encode(), "进度文件“p.csv”只有表头，没有数据行。"),
        (b"a,b,c\n1,2,3\n", "文件“p.csv”不是进度文件：第一行应为表头 部门、年度、名称、"
                                     "截至日期、完成值（备注可选）。"),
    ],
)
def test_files_that_are_not_progress_files_are_refused(seeded, content, message):
    with pytest.raises(ProgressFileError) as refused:
        preview_progress(seeded, content, "p.csv", today=TODAY)
    assert str(refused.value) == message


def test_a_bad_xlsx_row_is_reported_with_the_spreadsheet_row_number(seeded, tmp_path):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["2026 年进度"])
    sheet.append([])
    sheet.append(["名称", "完成值", "截至日期", "部门", "年度"])
    sheet.append(["开展技能培训", "200人", datetime(2026, 6, 30), ZGH, 2026])
    sheet.append(["举办职业技能大赛", "6人", datetime(2026, 6, 30), ZGH, 2026])
    buffer = io.BytesIO()
    workbook.save(buffer)
    with pytest.raises(ProgressFileError) as refused:
        preview_progress(seeded, buffer.getvalue(), "p.xlsx", today=TODAY)
    assert refused.value.errors == [
        "第 5 行：单位不符：“举办职业技能大赛”的目标是 ≥16场（单位 场），完成值“6人”的单位是 人"]


def test_a_huge_number_cell_is_refused_with_its_row_and_nothing_overflows(seeded):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["部门", "年度", "名称", "截至日期", "完成值"])
    sheet.append([ZGH, 2026, "送温暖活动经费", datetime(2026, 6, 30), 1e20])
    sheet.append([ZGH, 2026, "开展技能培训", datetime(2026, 6, 30), 200])
    buffer = io.BytesIO()
    workbook.save(buffer)
    with pytest.raises(ProgressFileError) as refused:
        preview_progress(seeded, buffer.getvalue(), "p.xlsx", today=TODAY)
    assert refused.value.errors == ["第 2 行：完成值“1E+20”超出合理范围（应在 0 至 10^13 之间）"]


def big_table_store(store: Store, items: int) -> Store:
    """A department whose table has ``items`` tasks and as many indicators."""
    table = PerformanceTable(department="东莞市大表局", year=2026)
    table.tasks = [Task("年度重点工作任务", f"任务{n}号经费", "", "", Decimal(100000))
                   for n in range(items)]
    table.indicators = [Indicator("产出指标", "数量指标", f"指标{n}号人数", "≥100人", "≥100人")
                        for n in range(items)]
    store.import_table(table, source_name="big.xlsx", sha256="x", imported_by="t")
    return store


def test_checking_a_file_costs_rows_plus_items_not_rows_times_items(store):
    """Issue 10 measured 51 s for 2,000 rows against 4,400 items; a dictionary per table
    makes it a fraction of a second (the bound leaves room for a busy machine)."""
    big_table_store(store, 2200)
    rows = [["大表局", "2026", f"指标{n}号人数", "2026-06-30", "50人"] for n in range(2000)]
    started = time.perf_counter()
    preview = preview_progress(store, _csv([["部门", "年度", "名称", "截至日期", "完成值"], *rows]),
                               "p.csv", today=TODAY)
    assert (len(preview.reports), preview.reports[-1].name) == (2000, "指标1999号人数")
    assert time.perf_counter() - started < 3


def test_a_file_of_unknown_names_is_refused_quickly_with_a_bounded_message(store):
    big_table_store(store, 2200)
    rows = [["大表局", "2026", f"未知名称{n}", "2026-06-30", "1人"] for n in range(40_000)]
    started = time.perf_counter()
    with pytest.raises(ProgressFileError) as refused:
        preview_progress(store, _csv([["部门", "年度", "名称", "截至日期", "完成值"], *rows]),
                         "p.csv", today=TODAY)
    assert time.perf_counter() - started < 5
    assert len(refused.value.errors) == 40_000
    lines = str(refused.value).splitlines()
    assert (len(lines), lines[-1]) == (202, "……另有 39800 处错误未列出。")


def test_a_preview_stores_nothing_until_committed(seeded):
    preview = preview_progress(seeded, GOOD_CSV.read_bytes(), GOOD_CSV.name, today=TODAY)
    assert reports(seeded, ZGH, 2026) == []
    result = commit_progress(seeded, preview, reporter="tg:7", today=TODAY)
    assert len(result.reports) == 16
    assert len(reports(seeded, ZGH, 2026)) == 16


def test_overspending_is_stored_with_a_warning(seeded):
    content = _csv([["部门", "年度", "名称", "截至日期", "完成值"],
                    [ZGH, "2026", "送温暖活动经费", "2026-06-30", "2000000"]])
    preview = preview_progress(seeded, content, "p.csv", today=TODAY)
    assert preview.warnings == ["第 2 行：送温暖活动经费已支出 2,000,000 元，超过拟投入资金 1,950,000 元"]


def test_the_latest_report_counts_by_as_of_date_then_import_time(seeded):
    def report(value: str, day: int) -> None:
        report_value(seeded, "开展技能培训", value, reporter="t", as_of=date(2026, 6, day),
                     today=TODAY)

    report("300人", 20)
    report("250人", 10)  # imported later but older data: does not count
    assert latest_reports(seeded, ZGH, 2026)[("indicator", "开展技能培训")].value_text == "300人"
    report("320人", 20)  # same date, imported later: counts
    assert latest_reports(seeded, ZGH, 2026)[("indicator", "开展技能培训")].value_text == "320人"
    # a digest of an earlier date uses what was known then
    assert latest_reports(seeded, ZGH, 2026, until=date(2026, 6, 15))[
        ("indicator", "开展技能培训")].value_text == "250人"
    assert [r.value_text for r in reports(seeded, ZGH, 2026, "开展技能培训")] == [
        "250人", "300人", "320人"]


def test_report_value_takes_the_latest_year_of_the_department(all_tables):
    report = report_value(all_tables, "开展技能培训", "320人", reporter="tg:1", today=TODAY)
    assert (report.department, report.year, report.as_of, report.reporter, report.source_name) == (
        ZGH, 2026, TODAY, "tg:1", "chat")
    earlier = report_value(all_tables, "开展技能培训", "600人", reporter="tg:1", year=2025,
                           today=TODAY)
    assert (earlier.year, earlier.as_of) == (2025, date(2025, 12, 31))


def test_report_value_asks_which_department_when_several_have_the_item(all_tables):
    with pytest.raises(ReportError) as ambiguous:
        report_value(all_tables, "补助资金拨付", "达成", reporter="t", today=TODAY)
    assert str(ambiguous.value) == (
        "“补助资金拨付”在多个部门都有：东莞市教育局 2026 年、东莞市科学技术局 2026 年。请注明部门。")
    report = report_value(all_tables, "补助资金拨付", "达成", reporter="t", department="科技局",
                          today=TODAY)
    assert (report.department, report.grade) == ("东莞市科学技术局", "达成")


@pytest.mark.parametrize(
    ("name", "value", "department", "message"),
    [
        ("补助资金拨付", "及时", "科学技术局",
         "“补助资金拨付”是定性指标（目标 及时），完成值应填写达成、部分达成或未达成，而不是“及时”。"),
        ("带动企业研发投入", "3亿人", "科学技术局",
         "单位不符：“带动企业研发投入”的目标是 ≥10亿元（单位 元），完成值“3亿人”的单位是 人。"),
        ("不存在的指标", "1人", "总工会", "找不到指标或任务“不存在的指标”（东莞市总工会 2026 年）。"),
    ],
)
def test_report_value_explains_what_is_wrong_in_chinese(all_tables, name, value, department,
                                                        message):
    with pytest.raises(ReportError) as refused:
        report_value(all_tables, name, value, reporter="t", department=department, today=TODAY)
    assert str(refused.value) == message


def test_report_value_with_an_unknown_department_names_the_known_ones(seeded):
    with pytest.raises(NotFoundError, match="找不到部门“财政局”。已有的部门：东莞市总工会。"):
        report_value(seeded, "开展技能培训", "1人", reporter="t", department="财政局")


def test_billions_are_applied_to_money_indicators(all_tables):
    report = report_value(all_tables, "带动企业研发投入", "3.5亿元", reporter="t",
                          department="科学技术局", as_of=date(2026, 6, 30), today=TODAY)
    assert report.number == Decimal("350000000")
    digest = build_digest(all_tables, date(2026, 6, 30), "科学技术局")[0]
    item = next(i for i in digest.items if i.name == "带动企业研发投入")
    assert (item.actual, item.ratio, item.status) == ("3.5亿元", Decimal("0.7058"), "yellow")


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        (GOOD_CSV, True), (GOOD_XLSX, True), (GBK_CSV, True), (ERRORS_CSV, True),
        (SEED, False), (FIXTURES / "zonggonghui_2026.xlsx", False),
        (FIXTURES / "zonggonghui_2026.pdf", False), (FIXTURES / "corrupt.xlsx", False),
    ],
    ids=lambda value: value.name if isinstance(value, Path) else str(value),
)
def test_progress_files_are_recognised_by_their_header(path, expected):
    assert looks_like_progress_file(path.read_bytes(), path.name) is expected


def _csv(rows: list[list[str]]) -> bytes:
    return "\n".join(",".join(row) for row in rows).encode("utf-8")
