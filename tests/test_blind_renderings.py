"""A blind table rendered as a real XLSX and PDF, read back through ``run_bot.py import`` and
``export`` field for field.

The blind tables (tests/blind/tables/) are otherwise only read as copied PDF text. Here one is
written the way ``tests/fixtures/make_fixtures.py`` writes the fixtures: the form writer's
``.xlsx`` in the seed's layout (every standard 一级/二级 category printed, the empty ones as blank
rows) and LibreOffice's PDF of that workbook. The export must equal the table's JSON, compared
as tests/blind/batch_shared_tools/reader_check.py compares the copied texts (every budget line
in 万元, task amount in 元, section, name, content, both indicator values, the goals).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from data.importers.common import STANDARD_CATEGORIES
from data.xlsx_form import write_form
from tests.blind.batch_shared_tools.reader_check import diff, norm
from tests.conftest import run_cli
from tests.fixtures.make_fixtures import convert_to_pdf
from tests.fixtures.tables import Fixture, to_table

TABLES = Path(__file__).resolve().parent / "blind" / "tables"
# 审计局 2025: seven tasks over both sections, indicators whose 实施周期 value differs from the
# annual one, every budget line non-zero; two printed pages.
SLUG = "shenjiju_2025"


def blind_fixture(slug: str) -> Fixture:
    """The blind table as a fixture printed in the seed's layout."""
    truth = json.loads((TABLES / f"{slug}.json").read_text(encoding="utf-8"))
    used = {(i["level1"], i["level2"]) for i in truth["indicators"]}
    empty = tuple(category for category in STANDARD_CATEGORIES if category not in used)
    return Fixture(slug, truth, empty)


def render(fixture: Fixture, suffix: str, out_dir: Path) -> Path:
    xlsx = out_dir / f"{fixture.slug}.xlsx"
    xlsx.write_bytes(write_form(to_table(fixture)))
    if suffix == "xlsx":
        return xlsx
    if shutil.which("soffice") is None:
        pytest.skip("the PDF rendering needs LibreOffice: apt-get install libreoffice-calc")
    pdf_dir = out_dir / "pdf"
    pdf_dir.mkdir()
    return convert_to_pdf([xlsx], pdf_dir)[0]


@pytest.mark.parametrize("suffix", ["xlsx", "pdf"])
def test_a_blind_table_rendered_as_a_real_file_imports_field_for_field(
    suffix: str, tmp_path: Path
) -> None:
    fixture = blind_fixture(SLUG)
    path = render(fixture, suffix, tmp_path)
    assert path.suffix == f".{suffix}" and path.stat().st_size > 0
    db = tmp_path / "jixiao.db"
    imported = run_cli("import", str(path), "--db", str(db))
    assert imported.returncode == 0, imported.stdout + imported.stderr
    exported = run_cli("export", "--db", str(db))
    assert exported.returncode == 0, exported.stderr
    tables = json.loads(exported.stdout)
    assert len(tables) == 1
    got = dict(tables[0])
    assert got.pop("kind") == "department"
    assert diff(norm(fixture.export), norm(got)) == []
