"""The family of 绩效目标 forms: every fixture in tests/fixtures/forms reads to its ground truth
in all three shapes, the form kind is detected and reported, unsupported kinds are named, and
malformed amounts or misread units stop the import with the database unchanged."""

from __future__ import annotations

import io
import json
import time
from pathlib import Path

import pdfplumber
import pytest
from openpyxl import load_workbook

from data.db import Store
from data.errors import AmountError, ImplausibleAmounts, UnitError, UnsupportedForm
from data.importers import read_table
from data.importers.kinds import detect_form
from data.importers.text import read_text
from data.importing import prepare_import
from data.model import FormKind, TableKind
from tests.conftest import SEED, run_cli
from tests.fixtures.forms.accuracy import field_accuracy
from tests.fixtures.forms.render import wrap, write_text, write_xlsx
from tests.fixtures.forms.truth import ALL, BY_SLUG, FormFixture
from tests.test_cli_import import dump

FORMS = Path(__file__).parent / "fixtures" / "forms"
SHAPES = ("xlsx", "pdf", "txt")
KINDS = {
    "dongguan_approval": FormKind.DEPARTMENT_APPROVAL,
    "project_target": FormKind.PROJECT_TARGET,
    "project_approval": FormKind.PROJECT_APPROVAL,
    "zhanjiang": FormKind.DEPARTMENT_TARGET,
}


def read(fixture: FormFixture, shape: str):
    path = FORMS / f"{fixture.slug}.{shape}"
    return read_table(path.read_bytes(), path.name)


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("fixture", ALL, ids=[f.slug for f in ALL])
def test_every_form_fixture_reads_to_its_ground_truth(fixture: FormFixture, shape: str) -> None:
    table = read(fixture, shape)
    assert table.to_export() == fixture.export
    assert table.form == KINDS[fixture.layout]
    assert table.kind == table.form.table_kind


@pytest.mark.parametrize("fixture", ALL, ids=[f.slug for f in ALL])
def test_committed_fixtures_are_what_the_generator_writes(fixture: FormFixture) -> None:
    assert (FORMS / f"{fixture.slug}.txt").read_text(encoding="utf-8") == write_text(fixture)
    written = load_workbook(io.BytesIO(write_xlsx(fixture))).active
    committed = load_workbook(FORMS / f"{fixture.slug}.xlsx").active
    assert [[c.value for c in row] for row in written.iter_rows()] == [
        [c.value for c in row] for row in committed.iter_rows()]
    assert sorted(map(str, written.merged_cells.ranges)) == sorted(
        map(str, committed.merged_cells.ranges))


def test_field_accuracy_counts_every_printed_field() -> None:
    truth = BY_SLUG["zhanjiang_2025"].export
    assert field_accuracy(truth, truth) == (65, 65)  # 3 + 4 budget + 3 goals + 15 + 40
    damaged = json.loads(json.dumps(truth))
    damaged["tasks"][0]["amount_yuan"] = 3800  # 10,000 times too small
    del damaged["indicators"][-1]
    assert field_accuracy(damaged, truth) == (65 - 1 - 5, 65)


@pytest.mark.parametrize(
    ("lines", "kind"),
    [
        (["东莞市部门整体预算绩效目标表", "（2026年）", "部门名称 东莞市总工会"], FormKind.DEPARTMENT_TARGET),
        (["湛江市市级部门整体预算绩效目标表"], FormKind.DEPARTMENT_TARGET),
        (["东莞市部门（单位）整体支出绩效目标批复表"], FormKind.DEPARTMENT_APPROVAL),
        (["项目支出绩效目标表", "项目名称", "物业管理费支出"], FormKind.PROJECT_TARGET),
        (["东莞市财政项目支出绩效目标批复表"], FormKind.PROJECT_APPROVAL),
        (["2026年项目支出绩效运行监控表"], FormKind.MONITORING),
        (["项目支出绩效自评表"], FormKind.SELF_EVALUATION),
        (["（2022年度）", "部门（单位）名称", "东莞市交通运输局"], FormKind.DEPARTMENT_APPROVAL),
        (["（2026年度）", "项目名称", "物业管理费支出"], FormKind.PROJECT_TARGET),
        (["会议安排表", "会议名称"], None),
    ],
)
def test_the_form_kind_comes_from_title_and_labels(lines: list[str], kind) -> None:
    assert detect_form(lines) == kind


MONITORING_TEXT = """2026年项目支出绩效运行监控表
项目名称 物业管理费支出
主管部门 东莞市机关事务管理局
绩效指标 一级指标 二级指标 三级指标 年度指标值 1-6月执行情况 偏差原因
产出指标 数量指标 物业服务面积 ≥18万平方米 18万平方米
"""
SUPPORTED = "部门整体预算绩效目标表、部门整体支出绩效目标批复表、项目支出绩效目标表、项目支出绩效目标批复表"


def test_a_progress_form_given_as_a_table_says_where_it_goes() -> None:
    with pytest.raises(UnsupportedForm) as refused:
        read_table(MONITORING_TEXT.encode(), "监控.txt")
    assert str(refused.value) == (
        "这是“项目支出绩效运行监控表”，是进度而不是绩效目标表：请用 run_bot.py progress 导入"
        f"（在聊天中直接发送即可）。绩效目标表目前支持：{SUPPORTED}。")


def test_an_unsupported_kind_in_a_workbook_is_named_too() -> None:
    content = write_xlsx(BY_SLUG["project_target_2026"])
    book = load_workbook(io.BytesIO(content))
    book.active["A1"] = "东莞市项目支出绩效自评表"
    buffer = io.BytesIO()
    book.save(buffer)
    with pytest.raises(UnsupportedForm, match="这是“项目支出绩效自评表”，是进度而不是绩效目标表："):
        read_table(buffer.getvalue(), "自评.xlsx")


# ------------------------------------------------------------------------------ malformed amounts


def _seed_with(amount: str) -> bytes:
    return SEED.read_text(encoding="utf-8").replace("\n2094000\n", f"\n{amount}\n").encode()


@pytest.mark.parametrize("amount", ["-1950000", "1e20", "12三4"])
def test_a_malformed_amount_in_copied_text_stops_the_import_naming_its_line(amount: str) -> None:
    line = SEED.read_text(encoding="utf-8").split("\n").index("2094000") + 1
    with pytest.raises(AmountError) as refused:
        read_text(_seed_with(amount))
    assert str(refused.value) == f"第 {line} 行：无法识别的金额“{amount}”"


def _xlsx_with(slug: str, value: object, column: str = "E") -> tuple[bytes, str]:
    """The fixture workbook with its first task's amount cell set to ``value``."""
    book = load_workbook(FORMS / f"{slug}.xlsx")
    sheet = book.active
    row = next(r for r in range(1, sheet.max_row + 1)
               if sheet[f"B{r}"].value == BY_SLUG[slug].export["tasks"][0]["name"])
    sheet[f"{column}{row}"] = value
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue(), f"{column}{row}"


@pytest.mark.parametrize(("value", "printed"), [(-1950000, "-1950000"), (1e20, None),
                                                ("12三4", "12三4"), ("1,9五0", "1,9五0")])
def test_a_malformed_amount_in_a_workbook_stops_the_import_naming_its_cell(
        value: object, printed: str | None) -> None:
    content, cell = _xlsx_with("zhanjiang_2025", value)
    with pytest.raises(AmountError, match=f"^单元格 {cell}：无法识别的金额“") as refused:
        read_table(content, "湛江.xlsx")
    if printed:
        assert str(refused.value) == f"单元格 {cell}：无法识别的金额“{printed}”"


@pytest.mark.parametrize("amount", ["-1950000", "1e20", "12三4"])
def test_a_refused_amount_leaves_the_database_byte_identical(db_path, amount, tmp_path) -> None:
    run_cli("import", str(SEED), "--db", str(db_path))
    before = dump(db_path)
    bad_text = tmp_path / "bad.txt"
    bad_text.write_bytes(_seed_with(amount))
    bad_xlsx = tmp_path / "bad.xlsx"
    bad_xlsx.write_bytes(_xlsx_with("dongguan_approval_2022", amount, "F")[0])
    for path in (bad_text, bad_xlsx):
        result = run_cli("import", str(path), "--db", str(db_path))
        assert result.returncode == 1
        assert "无法识别的金额" in result.stderr
        assert dump(db_path) == before


# ------------------------------------------------------------------------------ units


def _zhanjiang_header(header: str) -> bytes:
    book = load_workbook(FORMS / "zhanjiang_2025.xlsx")
    sheet = book.active
    cell = next(c for row in sheet.iter_rows() for c in row if c.value == "拟投入资金（万元）")
    cell.value = header
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def test_zhanjiang_tasks_in_wan_are_stored_in_yuan(store: Store) -> None:
    preview = prepare_import(store, (FORMS / "zhanjiang_2025.xlsx").read_bytes(), "湛江.xlsx")
    assert [t.amount_yuan for t in preview.table.tasks] == [38000000, 21500000, 6300000]
    assert preview.warnings == []


def test_a_zhanjiang_table_whose_tasks_would_be_10000_times_off_is_refused(db_path) -> None:
    store = Store(db_path)
    before = dump(db_path)
    with pytest.raises(ImplausibleAmounts) as refused:
        prepare_import(store, _zhanjiang_header("拟投入资金（元）"), "湛江.xlsx")
    assert "任务金额合计只有 0.6580 万元（6,580 元），而项目支出为 6,580.00 万元，相差 10,000 倍" \
        in str(refused.value)
    assert dump(db_path) == before
    store.close()


def test_a_money_column_without_a_unit_is_an_error_not_a_guess() -> None:
    with pytest.raises(UnitError, match="“拟投入资金”一栏没有注明金额单位"):
        read_table(_zhanjiang_header("拟投入资金"), "湛江.xlsx")


def test_a_unit_stated_as_thousand_yuan_is_converted() -> None:
    table = read_table(_zhanjiang_header("拟投入资金（千元）"), "湛江.xlsx")
    assert [t.amount_yuan for t in table.tasks] == [3800000, 2150000, 630000]


# ------------------------------------------------------------------------------ copied text


def test_a_level3_named_like_its_level2_is_kept_by_the_text_reader() -> None:
    text = SEED.read_text(encoding="utf-8")
    head, _, tail = text.partition("服务对象满意度\n")
    table = read_text((head + "服务对象满意度\n\n服务对象满意度 ≥90% ≥90%\n\n" + tail).encode())
    assert [(i.level2, i.level3, i.annual_value) for i in table.indicators
            if i.level3 == "服务对象满意度"] == [("服务对象满意度", "服务对象满意度", "≥90%")]


# ------------------------------------------------------------------------------ CLI and store


def test_cli_import_says_which_form_it_read_and_export_gives_the_project_shape(db_path) -> None:
    result = run_cli("import", str(FORMS / "project_approval_2019.pdf"), "--db", str(db_path))
    assert result.returncode == 0, result.stderr
    assert "已导入：东莞市交通运输局 · 镇际联网路升级改造工程一期 2019 年，第 1 版" in result.stdout
    assert "表格：项目支出绩效目标批复表" in result.stdout
    assert "资金 2 项，中期（实施周期）目标 1 项，年度目标 1 项，绩效指标 7 项" in result.stdout
    run_cli("import", str(FORMS / "dongguan_approval_2022.txt"), "--db", str(db_path))
    exported = json.loads(run_cli("export", "--db", str(db_path)).stdout)
    assert exported == [BY_SLUG["dongguan_approval_2022"].export,
                        BY_SLUG["project_approval_2019"].export]


def test_cli_versions_and_rollback_take_a_project(db_path) -> None:
    path = str(FORMS / "project_target_2026.xlsx")
    run_cli("import", path, "--db", str(db_path))
    run_cli("import", path, "--db", str(db_path), "--force")  # the same file: a version anyway
    listed = run_cli("versions", "--db", str(db_path), "--project", "物业管理费支出").stdout
    assert [line.strip().split("  ")[0] for line in listed.splitlines()] == [
        "东莞市机关事务管理局 · 物业管理费支出 2026 年 第 1 版",
        "当前 东莞市机关事务管理局 · 物业管理费支出 2026 年 第 2 版"]
    result = run_cli("rollback", "东莞市机关事务管理局", "2026", "--project", "物业管理费支出",
                     "--db", str(db_path))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("已恢复：东莞市机关事务管理局 · 物业管理费支出 2026 年第 1 版")
    store = Store(db_path)
    [stored] = store.current_tables(TableKind.PROJECT)
    assert stored.version.version == 1
    store.close()


# ------------------------------------------------------------------------------ speed


def _best(reader, content: bytes, runs: int = 3) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        reader(content)
        best = min(best, time.perf_counter() - start)
    return best


def test_the_seed_text_reads_in_under_50_ms() -> None:
    assert _best(read_text, SEED.read_bytes(), 5) < 0.05


@pytest.mark.parametrize("fixture", ALL, ids=[f.slug for f in ALL])
def test_a_one_page_form_pdf_reads_in_under_half_a_second(fixture: FormFixture) -> None:
    path = FORMS / f"{fixture.slug}.pdf"
    with pdfplumber.open(path) as pdf:
        assert len(pdf.pages) == 1
    assert _best(lambda c: read_table(c, path.name), path.read_bytes()) < 0.5


def test_the_chat_preview_says_which_form_and_project_it_read(store: Store) -> None:
    from bot.formatting import preview_text

    content = (FORMS / "project_approval_2019.xlsx").read_bytes()
    preview = prepare_import(store, content, "批复表.xlsx")
    assert preview_text(preview, known_years=[]).split("\n") == [
        "<b>导入预览</b>：批复表.xlsx",
        "部门：东莞市交通运输局",
        "项目：镇际联网路升级改造工程一期",
        "年度：2019 年",
        "内容：资金 2 项，中期（实施周期）目标 1 项，年度目标 1 项，绩效指标 7 项",
        "新项目：还没有东莞市交通运输局 · 镇际联网路升级改造工程一期的数据。",
        "表格：项目支出绩效目标批复表",
        "确认导入后会成为新的当前版本（旧版本保留，可用 /rollback 恢复）。",
    ]


@pytest.mark.parametrize("fixture", ALL, ids=[f.slug for f in ALL])
def test_a_form_read_right_imports_without_warnings(store: Store, fixture: FormFixture) -> None:
    path = FORMS / f"{fixture.slug}.txt"
    assert prepare_import(store, path.read_bytes(), path.name).warnings == []


def test_what_is_not_read_is_reported_as_a_warning(store: Store) -> None:
    text = (FORMS / "dongguan_approval_2022.txt").read_text(encoding="utf-8")
    damaged = text.replace("6,580.00 6,580.00 0.00", "— 6,580.00 0.00")
    preview = prepare_import(store, damaged.encode(), "批复表.txt")
    assert preview.warnings == [
        "任务“镇际联网路升级改造”没有拟投入的资金。",
    ]
    assert preview.table.tasks[0].fiscal_yuan == 65800000


def test_a_dash_for_an_amount_in_copied_text_stays_with_its_task() -> None:
    table = read_text(_seed_with("—"))
    assert [(t.name, t.amount_yuan) for t in table.tasks[1:3]] == [
        ("劳模专项工作经费", None), ("送温暖活动经费", 1950000)]
    assert len(table.tasks) == 5


@pytest.mark.parametrize("slug", ["zhanjiang_2024_unseen", "project_approval_2020_unseen"])
def test_values_copied_on_a_line_of_their_own_read_the_same(slug: str) -> None:
    fixture = BY_SLUG[slug]
    lines = write_text(fixture).split("\n")
    start = next(i for i, line in enumerate(lines) if line.startswith("绩效指标"))
    names = {wrap(i["level3"], 20)[-1] for i in fixture.export["indicators"]}
    copied = lines[:start] + [
        "\n".join(line.rsplit(" ", 1)) if line.rsplit(" ", 1)[0] in names else line
        for line in lines[start:]]
    assert read_text("\n".join(copied).encode()).to_export() == fixture.export
