"""The command-line contract of import / export / versions / rollback, and refused files."""

from __future__ import annotations

import io
import json
import sqlite3
import zipfile
from pathlib import Path

import openpyxl
import pytest

from tests.conftest import FIXTURES, SEED, run_cli


def dump(db_path: Path) -> list[str]:
    if not db_path.exists():
        return []
    with sqlite3.connect(db_path) as conn:
        return list(conn.iterdump())


def test_import_prints_department_year_version_and_counts(db_path):
    result = run_cli("import", str(SEED), "--db", str(db_path))
    assert result.returncode == 0, result.stderr
    assert "东莞市总工会 2026 年，第 1 版" in result.stdout
    assert "预算金额 7 项，总体目标 4 项，任务 5 项，绩效指标 20 项" in result.stdout


def test_export_of_the_seed_equals_the_golden_json(db_path, seed_golden):
    run_cli("import", str(SEED), "--db", str(db_path))
    result = run_cli("export", "--db", str(db_path))
    assert json.loads(result.stdout) == [seed_golden]


def test_jixiao_db_environment_variable_chooses_the_database(db_path):
    run_cli("import", str(SEED), env={"JIXIAO_DB": str(db_path)})
    assert db_path.exists()
    assert json.loads(run_cli("export", env={"JIXIAO_DB": str(db_path)}).stdout)[0]["year"] == 2026


def test_versions_and_rollback(db_path):
    run_cli("import", str(SEED), "--db", str(db_path), "--by", "alice")
    second = run_cli("import", str(SEED), "--db", str(db_path), "--force")
    assert "第 2 版" in second.stdout and "无变化" in second.stdout
    versions = run_cli("versions", "--db", str(db_path)).stdout.splitlines()
    assert len(versions) == 2 and versions[1].startswith("当前")
    result = run_cli("rollback", "东莞市总工会", "2026", "--db", str(db_path))
    assert result.returncode == 0 and "第 1 版" in result.stdout
    assert run_cli("versions", "--db", str(db_path)).stdout.splitlines()[0].startswith("当前")


def test_importing_the_current_versions_own_file_again_creates_no_version(db_path):
    run_cli("import", str(SEED), "--db", str(db_path))
    before = dump(db_path)
    again = run_cli("import", str(SEED), "--db", str(db_path))
    assert again.returncode == 0, again.stderr
    assert again.stdout.startswith("未变化：东莞市总工会 2026 年的当前版本（第 1 版，")
    assert "--force" in again.stdout
    assert dump(db_path) == before


def test_rollback_of_an_unknown_department_is_a_clear_error(db_path):
    result = run_cli("rollback", "火星局", "2026", "--db", str(db_path))
    assert result.returncode == 1
    assert "没有 火星局 2026 年的数据" in result.stderr
    assert "Traceback" not in result.stderr


def _xlsx_without_a_table() -> bytes:
    book = openpyxl.Workbook()
    book.active.append(["姓名", "电话"])
    book.active.append(["张三", "123"])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _pdf_without_a_table() -> bytes:
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure

    figure = Figure()
    figure.text(0.1, 0.5, "Quarterly newsletter")
    buffer = io.BytesIO()
    figure.savefig(buffer, format="pdf")
    return buffer.getvalue()


def _docx() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    return buffer.getvalue()


BAD_FILES = {
    "empty.txt": (b"", "是空的"),
    "junk.txt": (bytes(range(256)) * 40, "不是文本"),
    "junk.bin": (b"\x00\x01\x02garbage", "不支持"),
    "notes.txt": ("这是一份会议纪要，没有任何表格。\n".encode(), "部门名称"),
    "not_a_table.xlsx": (_xlsx_without_a_table(), "没有找到"),
    "not_a_table.pdf": (_pdf_without_a_table(), "没有找到"),
    "broken.pdf": (b"%PDF-1.4\n1 0 obj <<", "PDF"),
    "broken.xlsx": (b"PK\x03\x04broken", "Excel"),
    "fake.pdf": (b"hello, not a pdf", "不是有效的 PDF"),
    "picture.png": (b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "不支持"),
    "report.docx": (_docx(), "不支持"),
    "old.xls": (b"\xd0\xcf\x11\xe0" + b"\x00" * 64, ".xls"),
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_a_refused_file_gives_a_chinese_message_and_leaves_the_database_as_it_was(
    tmp_path, db_path, name
):
    run_cli("import", str(SEED), "--db", str(db_path))
    before = dump(db_path)
    content, message = BAD_FILES[name]
    path = tmp_path / name
    path.write_bytes(content)
    result = run_cli("import", str(path), "--db", str(db_path))
    assert result.returncode == 1
    assert message in result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert dump(db_path) == before


def test_a_file_over_20_mb_is_refused_before_reading(tmp_path, db_path):
    run_cli("import", str(SEED), "--db", str(db_path))
    before = dump(db_path)
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(20 * 1024 * 1024 + 1)
    result = run_cli("import", str(path), "--db", str(db_path))
    assert result.returncode == 1 and "20 MB" in result.stderr
    assert dump(db_path) == before


def test_a_missing_file_is_a_clear_error(db_path):
    result = run_cli("import", "/nonexistent/table.pdf", "--db", str(db_path))
    assert result.returncode == 1 and "找不到文件" in result.stderr


@pytest.mark.parametrize("name", ["kejiju_2026.pdf", "jiaoyuju_2026.xlsx", "zonggonghui_2026.pdf",
                                  "zonggonghui_2026_text_amounts.xlsx"])
def test_pdf_and_xlsx_import_through_the_command_line_export_exactly(db_path, name):
    from tests.fixtures.tables import BY_SLUG

    result = run_cli("import", str(FIXTURES / name), "--db", str(db_path))
    assert result.returncode == 0, result.stderr
    slug = name.rsplit(".", 1)[0].removesuffix("_text_amounts")
    assert json.loads(run_cli("export", "--db", str(db_path)).stdout) == [BY_SLUG[slug].export]


def test_totals_that_do_not_add_up_are_imported_with_a_warning(db_path):
    result = run_cli("import", str(FIXTURES / "kejiju_2025.xlsx"), "--db", str(db_path))
    assert result.returncode == 0
    assert "警告：预算合计不一致" in result.stdout and "相差 1.00 万元" in result.stdout


def test_the_same_department_year_from_another_shape_is_a_new_version_with_its_changes(db_path):
    run_cli("import", str(SEED), "--db", str(db_path))
    result = run_cli("import", str(FIXTURES / "zonggonghui_2025.xlsx"), "--db", str(db_path))
    assert "东莞市总工会 2025 年，第 1 版" in result.stdout  # another year: its own history
    changed = SEED.read_text(encoding="utf-8").replace("1950000", "2000000")
    path = db_path.parent / "changed.txt"
    path.write_text(changed, encoding="utf-8")
    result = run_cli("import", str(path), "--db", str(db_path))
    assert "第 2 版" in result.stdout
    assert "任务 送温暖活动经费 金额：1,950,000 元 → 2,000,000 元" in result.stdout
