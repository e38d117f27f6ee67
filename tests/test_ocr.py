"""Scanned PDFs and phone photos of the printed form (the ``[ocr]`` extra).

The pictures in tests/fixtures/scans/ are made from the seed's PDF form by make_scans.py (a
200 dpi skewed noisy scan; both pages photographed on a desk), with one "≥" smudged away. Each
picture is read once per test module (``readings``; the engine is created once per process);
the command-line and chat tests then get those results through ``read_before``, so that OCR's
20-odd seconds a page are spent once.
"""

from __future__ import annotations

import copy
import json
import time
from pathlib import Path

import pytest

from data.errors import UnsupportedFileType
from data.flags import BadCorrection, FieldRef, Flag, apply_fix
from data.importers import ReadResult, read_document
from data.importing import (
    UnconfirmedCells,
    commit_import,
    confirm_flag,
    correct_flag,
    preview_of,
)
from tests.conftest import FIXTURES, SEED
from tests.fixtures.tables import ZONGGONGHUI_2026
from tests.fixtures.truth import compare

pytest.importorskip("rapidocr", reason="the [ocr] extra is not installed")

SCANS = FIXTURES / "scans"
PICTURES = {"scan": SCANS / "zonggonghui_2026_scan.pdf", "photo": SCANS / "zonggonghui_2026_photo.jpg"}
SMUDGED = "绩效指标“帮扶困难职工数”的年度指标值"
SECONDS_PER_PAGE = 60  # the target is 30 on an idle 2-core machine; CI shares its cores


@pytest.fixture(scope="module")
def readings() -> dict[str, tuple[ReadResult, list[tuple[int, int]], float]]:
    """Each picture read once: the result, the progress calls and the seconds a page."""
    results = {}
    for name, path in PICTURES.items():
        calls: list[tuple[int, int]] = []
        started = time.perf_counter()
        result = read_document(path.read_bytes(), path.name,
                               lambda page, pages, calls=calls: calls.append((page, pages)))
        seconds = (time.perf_counter() - started) / max(1, result.ocr_pages)
        results[name] = (result, calls, seconds)
    return results


@pytest.fixture
def read_before(readings, monkeypatch):
    """OCR answers with the results of ``readings`` (same bytes, same result), page by page.

    The CLI and the bot read files in parse workers (``data.workers``): for these tests the
    workers are forked from this process, so that they see the replay, rather than started from
    the fork server; and they get no address-space limit, since a fork starts with this
    process's (the OCR engine's included). ``test_a_scan_read_in_a_parse_worker_…`` reads in a
    real worker, limits and all."""
    import multiprocessing

    from data import workers
    from data.importers import ocr

    monkeypatch.setattr(workers, "_context", lambda: multiprocessing.get_context("fork"))
    monkeypatch.setattr(workers, "_limit_memory", lambda memory_bytes: None)

    by_content = {path.read_bytes(): readings[name][0] for name, path in PICTURES.items()}

    def read_scan(content, kind, progress=None):
        result = copy.deepcopy(by_content[content])
        for page in range(1, result.ocr_pages + 1):
            if progress:
                progress(page, result.ocr_pages)
        return ocr.ScanResult(result.table, result.flagged, result.ocr_pages)

    monkeypatch.setattr(ocr, "read_scan", read_scan)


@pytest.mark.parametrize("name", sorted(PICTURES))
def test_a_scan_or_photo_of_the_seed_reads_at_least_98_percent_of_fields_right(readings, name):
    result = readings[name][0]
    found = compare(ZONGGONGHUI_2026, result.table.to_export(), result.flagged)
    assert found["right"] / found["fields"] >= 0.98, found["wrong"]


@pytest.mark.parametrize("name", sorted(PICTURES))
def test_every_wrong_figure_is_flagged_so_every_unflagged_figure_is_right(readings, name):
    result = readings[name][0]
    found = compare(ZONGGONGHUI_2026, result.table.to_export(), result.flagged)
    assert found["wrong_figures_unflagged"] == []
    assert SMUDGED in {flag.where for flag in result.flagged}


@pytest.mark.parametrize("name", sorted(PICTURES))
def test_the_smudged_value_is_flagged_with_its_picture_and_the_value_read(readings, name):
    flag = next(f for f in readings[name][0].flagged if f.where == SMUDGED)
    assert flag.read == "90人"
    assert "缺少比较符号" in flag.reason
    assert flag.image.startswith(b"\x89PNG")
    assert flag.field == FieldRef("indicators", 12, "annual_value")


@pytest.mark.parametrize("name", sorted(PICTURES))
def test_progress_is_reported_page_by_page_within_the_time_limit(readings, name):
    _, calls, seconds = readings[name]
    assert calls == [(1, 2), (2, 2)]
    assert seconds < SECONDS_PER_PAGE


def test_preview_prints_one_export_element_with_flagged_and_stores_nothing(read_before, db_path,
                                                                           capsys):
    from bot.cli import run

    assert run(["import", str(PICTURES["scan"]), "--preview", "--db", str(db_path)]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert set(printed) == {*ZONGGONGHUI_2026, "flagged"}
    assert any(f["where"] == SMUDGED and f["read"] == "90人" for f in printed["flagged"])
    assert all(set(f) == {"where", "read", "reason"} for f in printed["flagged"])
    assert not db_path.exists()


def test_import_with_flagged_cells_stops_with_exit_code_3_and_the_list(read_before, db_path, capsys):
    from bot.cli import run

    assert run(["import", str(PICTURES["scan"]), "--db", str(db_path)]) == 3
    captured = capsys.readouterr()
    assert SMUDGED in captured.out and "读作“90人”" in captured.out
    assert "--accept-flagged" in captured.err
    assert not db_path.exists()


def test_accept_flagged_stores_the_values_as_read_and_records_them(read_before, db_path, capsys):
    from bot.cli import run
    from data.db import Store

    assert run(["import", str(PICTURES["scan"]), "--db", str(db_path), "--accept-flagged"]) == 0
    assert "未经核对" in capsys.readouterr().out
    version = Store(db_path).versions()[0]
    assert any(SMUDGED in warning for warning in version.warnings)


def test_a_correction_changes_that_field_and_unlocks_the_import(readings, store):
    result = readings["scan"][0]
    content = PICTURES["scan"].read_bytes()
    preview = preview_of(store, copy.deepcopy(result), content, "scan.pdf")
    with pytest.raises(UnconfirmedCells):
        commit_import(store, preview, "admin")
    index = next(i for i, f in enumerate(preview.flagged) if f.where == SMUDGED)
    correct_flag(store, preview, index, "≥90人")
    for i in range(len(preview.flagged)):
        if not preview.flagged[i].resolved:
            confirm_flag(preview, i)
    commit_import(store, preview, "admin")
    stored = store.current("东莞市总工会", 2026).table
    assert stored.indicators[12].annual_value == "≥90人"


def test_a_digital_file_previews_with_nothing_flagged(capsys):
    from bot.cli import run

    assert run(["import", str(FIXTURES / "kejiju_2026.xlsx"), "--preview"]) == 0
    assert json.loads(capsys.readouterr().out)["flagged"] == []
    assert run(["import", str(SEED), "--preview"]) == 0
    assert json.loads(capsys.readouterr().out)["flagged"] == []


def test_without_the_ocr_extra_a_photo_gets_the_unsupported_type_message(monkeypatch):
    monkeypatch.setattr("data.importers.ocr_available", lambda: False)
    content = PICTURES["photo"].read_bytes()
    with pytest.raises(UnsupportedFileType, match="不支持 .jpg"):
        read_document(content, "photo.jpg")


def test_a_broken_picture_is_refused_as_before():
    with pytest.raises(UnsupportedFileType, match="不支持 .jpg 格式的文件"):
        read_document(b"\xff\xd8\xff\xe0" + b"\x00" * 100, "photo.jpg")


# -- pure pieces ----------------------------------------------------------------------------


@pytest.mark.parametrize(("read", "expected"), [
    ("开展公益培训项目(2026年投入财政资金94.87万元,工会资金264.9万元)",
     "开展公益培训项目（2026年投入财政资金94.87万元，工会资金264.9万元）"),
    ("≧90%", "≥90%"),
    ("1,666.42", "1,666.42"),
    (".1,666.42", "1,666.42"),
    ("≥6000人.", "≥6000人"),
    ('实施东莞市总工会"关爱工伤职工"两个社工项目', "实施东莞市总工会“关爱工伤职工”两个社工项目"),
    ("劳模奖金、津贴发放及时率", "劳模奖金、津贴发放及时率"),
    ("支持和帮扶职I。", "支持和帮扶职工。"),
    ("精神；，落实《关于", "精神；落实《关于"),
    ("慰问工会困难职工【农民工）、困难劳模代表", "慰问工会困难职工（农民工）、困难劳模代表"),
    ("推进公共文化服务。+", "推进公共文化服务。"),
    ("“科技创新+先进制造”", "“科技创新+先进制造”"),
    ("APP II期", "APP II期"),
])
def test_recognised_text_is_written_as_the_form_prints_it(read, expected):
    from data.importers.ocr.text import normalise_line

    assert normalise_line(read)[0] == expected


@pytest.mark.parametrize(("read", "expected"), [
    ("下星二级单位数", "下属二级单位数"),
    ("下星一级单位数", "下属二级单位数"),  # two off, and no other label as close
    ("财政供养入员数", "财政供养人员数"),
    ("其他事业发展性支岀", "其他事业发展性支出"),
    ("送温暖活动经费", "送温暖活动经费"),  # not a label: kept as read
    ("名秤", "名秤"),  # too short to correct safely
])
def test_a_misread_printed_label_is_snapped_to_the_form_vocabulary(read, expected):
    from data.importers.ocr.scan_grid import snap_label

    assert snap_label(read) == expected


@pytest.mark.parametrize(("read", "expected"), [
    ("东莞市部门整体预算绩效目标表", "东莞市部门整体预算绩效目标表"),
    ("东莞市部门整体预算绩效目表", "东莞市部门整体预算绩效目标表"),
    ("东莞市部门整休预算绩效目标表", "东莞市部门整体预算绩效目标表"),
    ("（2026年）", "（2026年）"),
])
def test_a_misread_title_keeps_the_rest_of_its_line(read, expected):
    from data.importers.ocr.scan_grid import snap_title

    assert snap_title(read) == expected


@pytest.mark.parametrize(("level2", "level3", "value", "problem"), [
    ("数量指标", "开展技能培训", "≥660人", None),
    ("数量指标", "开展技能培训", "660人", "缺少比较符号"),
    ("数量指标", "新发展工会会员数量", ">80000人", "比较符号“>”少见"),
    ("数量指标", "开展技能培训", "≤660人", "比较符号“≤”少见"),
    ("时效指标", "劳模奖金、津贴发放及时率", "100%", None),
    ("质量指标", "镇级工人文化宫覆盖率", "≥50", "比率应带“%”"),
    ("经济成本指标", "人均培训成本", "≤600元/人", None),
    ("经济成本指标", "小学生均公用经费标准", "≥1150元/生/年", None),
    ("服务对象满意度", "职工满意度", "%06", "读不出数值"),
    ("社会效益", "企业技术创新能力", "有效提升", None),
])
def test_indicator_values_are_checked_against_the_usual_shape_of_their_category(
    level2, level3, value, problem
):
    from data.importers.ocr.checks import _shape_problems

    problems = _shape_problems(level2, level3, value)
    assert (problems == []) if problem is None else any(problem in p for p in problems)


def test_a_correction_must_fit_its_field(all_tables):
    table = all_tables.current("东莞市总工会", 2026).table
    assert apply_fix(table, FieldRef("budget", "基本支出"), "1,666.43").budget[0].amount_wan \
        == __import__("decimal").Decimal("1666.43")
    assert apply_fix(table, FieldRef("basic_info", "财政供养人员数"), "38").basic_info[
        "财政供养人员数"] == 38
    with pytest.raises(BadCorrection):
        apply_fix(table, FieldRef("tasks", 0, "amount_yuan"), "七百万")


def test_a_flag_as_json_has_where_read_and_reason_only():
    flag = Flag("年度", "2O26", "识别把握不高", FieldRef("year"), b"png")
    assert flag.as_json() == {"where": "年度", "read": "2O26", "reason": "识别把握不高"}


def test_the_scan_fixtures_exist_and_are_pictures():
    assert PICTURES["scan"].read_bytes().startswith(b"%PDF")
    assert PICTURES["photo"].read_bytes().startswith(b"\xff\xd8\xff")
    assert Path(FIXTURES / "make_scans.py").exists()


# -- in chat ----------------------------------------------------------------------------------


def test_in_chat_flagged_cells_come_with_pictures_and_import_is_offered_once_checked(
    readings, read_before, tmp_path
):
    from bot.handlers.admin import UNCHANGED_AT_CONFIRM
    from tests.bot_harness import ADMIN, buttons
    from tests.test_bot_e2e import run_bot

    content = PICTURES["scan"].read_bytes()
    flagged = readings["scan"][0].flagged
    smudged = next(i for i, f in enumerate(flagged) if f.where == SMUDGED)

    async def scenario(bot) -> None:
        bot.api.send_document(ADMIN, "扫描件.pdf", content)
        # The preview, the list of flagged cells and one picture per cell.
        messages = await bot.api.wait_for_messages(ADMIN, 2 + len(flagged), timeout=120)
        preview, listing, *pictures = messages
        assert preview["text"].startswith("导入预览：扫描件.pdf\n部门：东莞市总工会")
        assert "reply_markup" not in preview  # no 确认导入 yet
        assert listing["text"].startswith(f"有 {len(flagged)} 处识别结果需要核对")
        assert f"{smudged + 1}. {SMUDGED}：读作“90人”" in listing["text"]
        assert [label for label, _ in buttons(listing)] == ["全部无误", "取消"]
        assert all("photo" in p for p in pictures)
        assert pictures[smudged]["caption"].startswith(
            f"待核对 {smudged + 1}/{len(flagged)}：{SMUDGED}\n读作：90人")

        before = len(bot.api.messages_to(ADMIN))
        bot.api.send_text(ADMIN, "≥90人", reply_to=pictures[smudged])
        [fixed] = (await bot.api.wait_for_messages(ADMIN, before + 1))[before:]
        assert fixed["text"].startswith(f"已改正第 {smudged + 1} 处：{SMUDGED} 改为“≥90人”。还有")
        assert len(bot.store.versions()) == 1  # nothing stored yet

        other = next(i for i, f in enumerate(flagged) if "帮扶困难职工数" not in f.where)
        before = len(bot.api.messages_to(ADMIN))
        bot.api.send_text(ADMIN, f"/fix {other + 1} 对")
        [confirmed] = (await bot.api.wait_for_messages(ADMIN, before + 1))[before:]
        assert confirmed["text"].startswith(f"已确认第 {other + 1} 处：")
        before = len(bot.api.messages_to(ADMIN))
        bot.api.send_text(ADMIN, "/fix 帮扶困难职工数 实施周期指标值 ≥90人")
        [by_place] = (await bot.api.wait_for_messages(ADMIN, before + 1))[before:]
        assert by_place["text"].startswith("已改正第 ") and "实施周期指标值 改为“≥90人”" in \
            by_place["text"]

        bot.api.press_button(ADMIN, listing, buttons(listing)[0][1])  # 全部无误
        checked = await bot.api.wait_for(
            lambda: (m := bot.api.messages_to(ADMIN)[-1])["text"].startswith("（已核对）") and m)
        assert [label for label, _ in buttons(checked)] == ["确认导入", "取消"]
        bot.api.press_button(ADMIN, checked, buttons(checked)[0][1])
        # Corrected, the scan holds exactly the seed that the bot already has: nothing new.
        done = await bot.api.wait_for(
            lambda: (m := bot.api.messages_to(ADMIN)[-1])["text"] == UNCHANGED_AT_CONFIRM and m)
        assert "reply_markup" not in done
        assert [v.version for v in bot.store.versions()] == [1]

    run_bot(tmp_path, scenario)


def test_fix_without_a_pending_scan_says_so(tmp_path):
    from tests.bot_harness import ADMIN
    from tests.test_bot_e2e import run_bot

    async def scenario(bot) -> None:
        assert (await bot.say(ADMIN, "/fix 1 ≥90人"))["text"] == \
            "没有待核对的单元格（预览已确认、取消或过期）。"
        assert (await bot.say(ADMIN, "/fix"))["text"].startswith("用法：/fix 序号 值")

    run_bot(tmp_path, scenario)


def test_the_pages_ocr_will_read_are_known_before_reading_for_the_time_limit():
    from data.importers import ocr_pages_expected

    assert ocr_pages_expected(PICTURES["scan"].read_bytes(), "scan.pdf") == 2
    assert ocr_pages_expected(PICTURES["photo"].read_bytes(), "photo.jpg") == 2
    assert ocr_pages_expected((FIXTURES / "zonggonghui_2026.pdf").read_bytes(), "a.pdf") == 0
    assert ocr_pages_expected(SEED.read_bytes(), SEED.name) == 0


def test_no_name_or_value_of_the_fixture_tables_is_taken_for_a_label():
    from data.importers.ocr.scan_grid import snap_label
    from tests.fixtures.tables import FIXTURES as TABLES

    texts = {text for fixture in TABLES for text in (
        *[i[k] for i in fixture.export["indicators"] for k in ("level3", "period_value")],
        *[t[k] for t in fixture.export["tasks"] for k in ("name", "content", "expected")],
        fixture.export["department"])}
    assert {text for text in texts if snap_label(text) != text} == set()


# -- in a parse worker ------------------------------------------------------------------------


def test_a_scan_read_in_a_parse_worker_gets_time_per_page_and_keeps_its_flags(readings):
    """The real worker (fork server, limits): a 5 s time limit, which OCR's two pages need far
    more than, is extended by OCR_SECONDS_PER_PAGE a page from inside the worker; each page's
    progress comes back over the pipe while it reads; the flags (pictures included) survive the
    trip; and the worker that ran OCR is replaced afterwards."""
    from data.workers import ParseLimits, ParsePool

    calls: list[tuple[int, int]] = []
    content = PICTURES["scan"].read_bytes()
    with ParsePool(ParseLimits(timeout=5, workers=1)) as pool:
        result = pool.run(read_document, content, "scan.pdf",
                          progress=lambda page, pages: calls.append((page, pages)))
        ocr_worker = set(pool.worker_pids())
        assert pool.run(len, b"abc") == 3
        assert set(pool.worker_pids()).isdisjoint(ocr_worker)
    expected = readings["scan"][0]
    assert calls == [(1, 2), (2, 2)]
    assert result.ocr_pages == 2
    assert result.table.to_export() == expected.table.to_export()
    assert [(f.where, f.read, f.reason, f.field) for f in result.flagged] == \
        [(f.where, f.read, f.reason, f.field) for f in expected.flagged]
    assert all(f.image.startswith(b"\x89PNG") for f in result.flagged)


def test_ocr_over_its_memory_limit_is_refused_as_too_big_not_as_unreadable():
    """onnxruntime's failed allocation (std::bad_alloc, not a MemoryError) under the worker's
    address-space limit is reported as the memory limit: 1024 MB is not enough for OCR, which is
    why scans and photos get ``ocr_memory_mb`` (default 3072)."""
    from data.errors import ParseOutOfMemory
    from data.workers import ParseLimits, ParsePool

    with ParsePool(ParseLimits(timeout=60, workers=1, ocr_memory_mb=1024)) as pool, \
            pytest.raises(ParseOutOfMemory) as refused:
        pool.run(read_document, PICTURES["photo"].read_bytes(), "photo.jpg")
    assert str(refused.value).startswith("文件过大或过于复杂，解析时超过内存上限（1024 MB）")


def test_bulk_import_leaves_out_a_scan_with_flagged_cells_unless_they_are_accepted(
        readings, read_before, tmp_path, db_path, capsys):
    """As ``import FILE`` of one scan stops with exit code 3, a bulk import refuses the scan
    with its flagged cells listed (the other files go in) and exits with 3 when nothing else
    was refused; ``--accept-flagged`` imports it as read."""
    from bot.cli import run
    from data.db import Store

    folder = tmp_path / "tables"
    folder.mkdir()
    (folder / "扫描件.pdf").write_bytes(PICTURES["scan"].read_bytes())
    (folder / "科技局.xlsx").write_bytes((FIXTURES / "kejiju_2026.xlsx").read_bytes())
    flagged = readings["scan"][0].flagged
    assert run(["import", str(folder), "--db", str(db_path)]) == 3
    captured = capsys.readouterr()
    summary = captured.out[captured.out.index("共 "):].splitlines()
    assert summary[0].startswith("共 2 个文件：已导入 1 个，未变化 0 个，未导入 1 个")
    assert summary[1] == "未导入的文件："
    assert summary[2].endswith("扫描件.pdf：" + str(UnconfirmedCells(flagged)))
    assert any(line.startswith("    ") and SMUDGED in line and "读作“90人”" in line
               for line in summary[3:])
    assert "--accept-flagged" in captured.err
    assert [v.department for v in Store(db_path).current_versions()] == ["东莞市科学技术局"]

    (folder / "坏表.xlsx").write_bytes(b"PK\x03\x04broken")  # any other refusal: exit code 1
    assert run(["import", str(folder), "--db", str(db_path)]) == 1
    capsys.readouterr()

    assert run(["import", str(folder), "--db", str(db_path), "--accept-flagged"]) == 1
    lines = capsys.readouterr().out.splitlines()
    imported = next(line for line in lines if line.startswith("已导入：") and "扫描件.pdf" in line)
    assert imported.endswith("个未经核对的单元格）")
    version = Store(db_path).current("东莞市总工会", 2026).version
    assert any(SMUDGED in warning for warning in version.warnings)
