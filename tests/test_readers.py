"""The XLSX and PDF readers (and the form writer) against the generated fixtures.

Every fixture in ``tests/fixtures/tables.py`` was written by ``make_fixtures.py`` as XLSX and,
through LibreOffice, as PDF; each file must read back as exactly that table.
"""

from __future__ import annotations

import re
import time
from decimal import Decimal
from pathlib import Path

import pdfplumber
import pytest
from openpyxl import load_workbook

from data.errors import TableFormatError
from data.importers.common import BUDGET_LABELS, INDICATOR_COLUMNS
from data.importers.grid import parse_grid
from data.importers.pdf import read_pdf
from data.importers.xlsx import cell_text, read_xlsx, sheet_grid
from data.model import BudgetLine, PerformanceTable
from data.xlsx_form import TEMPLATE_CATEGORIES, write_form
from tests.fixtures.tables import BY_SLUG, FIXTURES, Fixture, categories, to_table

FIXTURE_DIR = Path(__file__).parent / "fixtures"
CHINESE = re.compile(r"[\u4e00-\u9fff]")
IDS = [fixture.slug for fixture in FIXTURES]
TEXT_AMOUNT_FIXTURES = [f for f in FIXTURES if f.text_amounts]
PDF_FIXTURES = [f for f in FIXTURES if f.pdf]


def fixture_bytes(name: str) -> bytes:
    return (FIXTURE_DIR / name).read_bytes()


def assert_reads_as(table: PerformanceTable, fixture: Fixture) -> None:
    assert table.to_export() == fixture.export
    assert table.categories == categories(fixture)


@pytest.mark.parametrize("fixture", FIXTURES, ids=IDS)
def test_each_xlsx_fixture_reads_as_its_table(fixture: Fixture) -> None:
    assert_reads_as(read_xlsx(fixture_bytes(f"{fixture.slug}.xlsx")), fixture)


@pytest.mark.parametrize("fixture", PDF_FIXTURES, ids=[f.slug for f in PDF_FIXTURES])
def test_each_pdf_fixture_reads_as_its_table(fixture: Fixture) -> None:
    assert_reads_as(read_pdf(fixture_bytes(f"{fixture.slug}.pdf")), fixture)


@pytest.mark.parametrize(
    "fixture", TEXT_AMOUNT_FIXTURES, ids=[f.slug for f in TEXT_AMOUNT_FIXTURES]
)
def test_amounts_typed_as_text_read_the_same_as_numbers(fixture: Fixture) -> None:
    as_text = read_xlsx(fixture_bytes(f"{fixture.slug}_text_amounts.xlsx"))
    as_numbers = read_xlsx(fixture_bytes(f"{fixture.slug}.xlsx"))
    assert as_text.to_export() == as_numbers.to_export() == fixture.export
    assert as_text.budget == as_numbers.budget


def test_text_amount_fixture_really_stores_text_with_thousands_separators() -> None:
    sheet = load_workbook(FIXTURE_DIR / "zonggonghui_2026_text_amounts.xlsx").active
    values = {cell.value for row in sheet.iter_rows() for cell in row}
    assert {"1,666.42", "4,198.90", "7,200,000.00", "2,094,000.00"} <= values


@pytest.mark.parametrize("fixture", FIXTURES, ids=IDS)
@pytest.mark.parametrize("amounts_as_text", [False, True], ids=["numbers", "text"])
def test_written_form_reads_back_as_the_same_table(fixture: Fixture, amounts_as_text: bool) -> None:
    content = write_form(to_table(fixture), amounts_as_text=amounts_as_text)
    assert_reads_as(read_xlsx(content), fixture)


def test_long_table_pdf_runs_over_several_pages_and_keeps_every_indicator() -> None:
    fixture = BY_SLUG["jiaoyuju_2026"]
    content = fixture_bytes("jiaoyuju_2026.pdf")
    with pdfplumber.open(FIXTURE_DIR / "jiaoyuju_2026.pdf") as pdf:
        assert len(pdf.pages) >= 2
    table = read_pdf(content)
    assert len(fixture.export["indicators"]) >= 45
    assert [i.level3 for i in table.indicators] == [
        i["level3"] for i in fixture.export["indicators"]
    ]


def test_merged_level_cells_are_filled_down_in_the_pdf() -> None:
    table = read_pdf(fixture_bytes("jiaoyuju_2026.pdf"))
    quantity = [i for i in table.indicators if i.level2 == "数量指标"]
    assert len(quantity) == 20
    assert {i.level1 for i in quantity} == {"产出指标"}
    first = table.indicators[0]
    assert (first.level1, first.level2) == ("成本指标", "经济成本指标")


@pytest.mark.parametrize("fixture", FIXTURES, ids=IDS)
def test_merged_cells_left_blank_are_filled_down(fixture: Fixture) -> None:
    # openpyxl leaves every cell but the first of a merged range empty: the PDF's situation.
    sheet = load_workbook(FIXTURE_DIR / f"{fixture.slug}.xlsx").active
    grid = [[cell_text(c.value, c.number_format) for c in row] for row in sheet.iter_rows()]
    assert sum(1 for row in grid if row[0] == "" and row[2]) > 10  # 一级 blank below merges
    assert_reads_as(parse_grid(grid), fixture)


def test_headings_repeated_at_a_page_break_are_skipped() -> None:
    fixture = BY_SLUG["zonggonghui_2026"]
    grid = sheet_grid(load_workbook(FIXTURE_DIR / "zonggonghui_2026.xlsx").active)
    other_heading = next(i for i, row in enumerate(grid) if row[0].startswith("其他需完成的任务"))
    header = next(i for i, row in enumerate(grid) if row[:3] == list(INDICATOR_COLUMNS[:3]))
    first_social = next(i for i, row in enumerate(grid) if row[1] == "社会效益")
    # As printed over pages: the heading (and column header) again at the top of a page.
    grid.insert(first_social, list(grid[header]))
    grid.insert(first_social, ["绩效指标", "", "", "", ""])
    grid.insert(other_heading + 3, ["其他需完成的任务（可选填）"] + [""] * 4)
    assert_reads_as(parse_grid(grid), fixture)


def test_a_blank_budget_amount_is_kept_as_none_with_its_group() -> None:
    table = read_pdf(fixture_bytes("zonggonghui_2026.pdf"))
    assert table.budget[5] == BudgetLine("市本级使用资金", None, "按预算级次划分")
    assert [line.name for line in table.budget] == [
        "基本支出", "财政拨款", "项目支出", "其他资金",
        "财政专项资金", "市本级使用资金", "其他事业发展性支出", "拟用于对下转移支付资金",
    ]  # fmt: skip
    assert all(line.group == BUDGET_LABELS[line.name] for line in table.budget)
    assert table.budget_amount("基本支出") == Decimal("1666.42")


@pytest.mark.parametrize(
    ("value", "number_format", "expected"),
    [
        (1666.42, "#,##0.00", "1666.42"),
        (2094000, "General", "2094000"),
        (2094000.0, "General", "2094000"),
        (0.1 + 0.2, "General", "0.3"),
        (0.9, "0%", "90%"),
        ("≥90%", "General", "≥90%"),
        (None, "General", ""),
    ],
)
def test_spreadsheet_values_become_the_text_they_print_as(
    value: object, number_format: str, expected: str
) -> None:
    assert cell_text(value, number_format) == expected


def test_blank_template_is_refused_for_its_missing_department() -> None:
    with pytest.raises(TableFormatError, match="部门名称"):
        read_xlsx(write_form(None))


def test_template_with_department_and_year_reads_with_empty_categories() -> None:
    content = write_form(PerformanceTable(department="东莞市测试局", year=2027))
    table = read_xlsx(content)
    assert (table.department, table.year) == ("东莞市测试局", 2027)
    assert (table.tasks, table.indicators) == ([], [])
    assert table.categories == list(TEMPLATE_CATEGORIES)


@pytest.mark.parametrize(
    ("reader", "name"),
    [
        (read_xlsx, "not_a_table.xlsx"),
        (read_xlsx, "corrupt.xlsx"),
        (read_xlsx, "zonggonghui_2026.pdf"),
        (read_pdf, "not_a_table.pdf"),
        (read_pdf, "corrupt.pdf"),
        (read_pdf, "zonggonghui_2026.xlsx"),
    ],
    ids=lambda v: v if isinstance(v, str) else v.__name__,
)
def test_files_that_are_not_the_form_are_refused_in_chinese(reader, name: str) -> None:
    with pytest.raises(TableFormatError) as refused:
        reader(fixture_bytes(name))
    assert CHINESE.search(str(refused.value))
    assert "Traceback" not in str(refused.value)


def test_a_pdf_without_ruling_lines_is_refused_rather_than_guessed() -> None:
    with pytest.raises(TableFormatError, match="没有表格线"):
        read_pdf(fixture_bytes("no_ruling_lines.pdf"))


def test_legacy_xls_files_are_told_to_be_saved_as_xlsx() -> None:
    with pytest.raises(TableFormatError, match="xlsx"):
        read_xlsx(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512)


def test_fixture_budgets_balance_except_the_deliberately_unbalanced_one() -> None:
    def gap(fixture: Fixture) -> Decimal:
        amounts = {b["name"]: Decimal(repr(b["amount_wan"])) for b in fixture.export["budget"]}
        spent = amounts["基本支出"] + amounts["项目支出"] + amounts["其他事业发展性支出"]
        return amounts["财政拨款"] + amounts["其他资金"] - spent

    assert {f.slug: gap(f) for f in FIXTURES if gap(f)} == {"kejiju_2025": Decimal("1.00")}


@pytest.mark.parametrize("fixture", PDF_FIXTURES, ids=[f.slug for f in PDF_FIXTURES])
def test_pdf_reading_takes_under_half_a_second_per_page(fixture: Fixture) -> None:
    content = fixture_bytes(f"{fixture.slug}.pdf")
    with pdfplumber.open(FIXTURE_DIR / f"{fixture.slug}.pdf") as pdf:
        pages = len(pdf.pages)
    best = min(_timed(read_pdf, content) for _ in range(2))
    assert best / pages < 0.5


def _timed(reader, content: bytes) -> float:
    start = time.perf_counter()
    reader(content)
    return time.perf_counter() - start
