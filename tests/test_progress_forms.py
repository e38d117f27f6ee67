"""The progress forms — 项目支出绩效运行监控表 and 自评表 — read from XLSX, PDF and copied text:
every fixture in tests/fixtures/forms reads to its ground truth, field for field."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from data.importers.monitoring import progress_form_kind, read_progress_form
from data.model import FormKind
from tests.fixtures.forms.accuracy import progress_accuracy
from tests.fixtures.forms.progress_render import write_progress_text, write_progress_xlsx
from tests.fixtures.forms.progress_truth import ALL, BY_SLUG, ProgressFixture

FORMS = Path(__file__).parent / "fixtures" / "forms"
SHAPES = ("xlsx", "pdf", "txt")


def path_of(slug: str, shape: str) -> Path:
    return FORMS / f"{slug}.{shape}"


def read(fixture: ProgressFixture, shape: str):
    path = path_of(fixture.slug, shape)
    return read_progress_form(path.read_bytes(), path.name)


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("fixture", ALL, ids=[f.slug for f in ALL])
def test_every_progress_form_reads_to_its_ground_truth(fixture: ProgressFixture, shape: str):
    form = read(fixture, shape)
    assert form.to_export() == fixture.export
    assert form.problems == []
    assert progress_accuracy(form.to_export(), fixture.export)[0] == progress_accuracy(
        fixture.export, fixture.export)[1]


@pytest.mark.parametrize("fixture", ALL, ids=[f.slug for f in ALL])
def test_committed_progress_fixtures_are_what_the_generator_writes(fixture: ProgressFixture):
    assert path_of(fixture.slug, "txt").read_text(encoding="utf-8") == write_progress_text(fixture)
    written = load_workbook(io.BytesIO(write_progress_xlsx(fixture))).active
    committed = load_workbook(path_of(fixture.slug, "xlsx")).active
    assert [[c.value for c in row] for row in written.iter_rows()] == [
        [c.value for c in row] for row in committed.iter_rows()]
    assert sorted(map(str, written.merged_cells.ranges)) == sorted(
        map(str, committed.merged_cells.ranges))


@pytest.mark.parametrize(
    ("slug", "as_of", "period"),
    [("monitoring_2026_h1", "2026-06-30", "1-6月"),
     ("monitoring_2026_m7_unseen", "2026-07-31", "1-7月"),
     ("self_evaluation_2025", "2025-12-31", "全年")],
)
def test_a_form_reports_as_of_the_end_of_its_period(slug: str, as_of: str, period: str):
    form = read(BY_SLUG[slug], "xlsx")
    assert (form.as_of.isoformat(), form.period) == (as_of, period)


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize(
    ("slug", "kind"),
    [("monitoring_2026_h1", FormKind.MONITORING),
     ("monitoring_2026_m7_unseen", FormKind.MONITORING),
     ("self_evaluation_2025", FormKind.SELF_EVALUATION),
     ("self_evaluation_2025_unseen", FormKind.SELF_EVALUATION)],
)
def test_the_kind_of_a_progress_form_is_told_from_its_first_lines(slug, kind, shape):
    path = path_of(slug, shape)
    assert progress_form_kind(path.read_bytes(), path.name) == kind


@pytest.mark.parametrize("name", ["project_target_2026.xlsx", "project_target_2026.pdf",
                                  "project_target_2026.txt", "zhanjiang_2025.pdf"])
def test_a_target_form_is_not_a_progress_form(name: str):
    assert progress_form_kind((FORMS / name).read_bytes(), name) is None


def test_the_field_accuracy_of_the_progress_fixtures_counts_every_field():
    truth = BY_SLUG["monitoring_2026_h1"].export
    assert progress_accuracy(truth, truth) == (101, 101)
    damaged = json.loads(json.dumps(truth))
    damaged["funds"][0]["executed_wan"] = 2864  # 万元 read as 千元
    del damaged["indicators"][-1]
    assert progress_accuracy(damaged, truth) == (101 - 1 - 9, 101)


def _text_with(fixture: ProgressFixture, old: str, new: str) -> bytes:
    text = write_progress_text(fixture)
    assert old in text
    return text.replace(old, new, 1).encode()


def test_a_row_whose_name_cannot_be_read_is_recorded_with_its_row_number():
    fixture = BY_SLUG["monitoring_2026_h1"]
    workbook = load_workbook(path_of(fixture.slug, "xlsx"))
    sheet = workbook.active
    row = next(r for r in sheet.iter_rows() if r[3].value == "开展专项技能培训人数")
    row[3].value = None
    buffer = io.BytesIO()
    workbook.save(buffer)
    form = read_progress_form(buffer.getvalue(), "监控表.xlsx")
    assert form.problems == [f"第 {row[3].row} 行：无法读出三级指标名称（年度目标值“≥600人”，"
                             f"完成值“260人”）"]
    assert len(form.indicators) == 7


def test_a_copied_row_missing_a_value_is_recorded_not_guessed():
    content = _text_with(BY_SLUG["monitoring_2026_h1"], "开展专项技能培训人数 ≥600人 260人 620人",
                         "开展专项技能培训人数 ≥600人 620人")
    form = read_progress_form(content, "监控表.txt")
    assert form.problems == ["第 38 行：“开展专项技能培训人数”缺少数值（复制的文字中空白的单元格会丢失，"
                             "请发送 Excel 或 PDF 文件）"]


def test_a_malformed_amount_is_recorded_with_its_row():
    content = _text_with(BY_SLUG["monitoring_2026_h1"], "其中：财政拨款 720.00 720.00 286.40",
                         "其中：财政拨款 720.00 720.00 28x6.40")
    form = read_progress_form(content, "监控表.txt")
    assert form.problems == ["第 16 行：无法识别的金额“28x6.40”"]


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [("项目名称 产业工人建设经费", "项目 产业工人建设经费",
      "没有找到“项目名称”，无法确定这是哪个项目的项目支出绩效运行监控表。"),
     ("主管部门 东莞市总工会 ", "", "没有找到“主管部门”，无法确定这是哪个部门的项目支出绩效运行监控表。"),
     ("（2026年1-6月）", "", "没有找到项目支出绩效运行监控表的年度（标题下方应有“（2026年1-6月）”或“（2025年度）”）。"),
     ("项目资金（万元）", "项目资金", "“项目资金”没有注明金额单位（元、万元或千元），无法确定资金数额，请在表头注明单位后再发送。")],
)
def test_a_form_missing_what_identifies_it_is_refused(old: str, new: str, message: str):
    content = _text_with(BY_SLUG["monitoring_2026_h1"], old, new)
    with pytest.raises(Exception) as refused:
        read_progress_form(content, "监控表.txt")
    assert str(refused.value) == message
