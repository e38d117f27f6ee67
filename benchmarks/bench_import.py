"""Import benchmark: the seed text, each PDF and XLSX fixture, each kind of the form family (PDF,
XLSX, text), and 100 tables into one database.

Targets (issue 2): text < 50 ms, PDF < 500 ms a page, 100 tables < 10 s in one process.
Run: ``python run_bot.py bench import`` or ``python benchmarks/bench_import.py``.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

import pdfplumber
from _common import ROOT, describe, synthetic_department, table_fixtures, timed  # noqa: I001

from data.db import Store
from data.importers import read_table
from data.importers.text import read_text
from data.importing import commit_import, prepare_import

SEED = ROOT / "data" / "samples" / "dongguan_zonggonghui_2026.txt"


def bench_full_import(path: Path, repeat: int) -> list[float]:
    """Read, validate and store (one transaction) into a fresh database, per run."""
    content = path.read_bytes()
    with tempfile.TemporaryDirectory() as folder:
        store = Store(Path(folder) / "bench.db")

        def once() -> None:
            commit_import(store, prepare_import(store, content, path.name), "bench")

        once()  # warm: imports, first write
        return timed(once, repeat)


def main() -> None:
    print(f"seed text, full import (read + validate + store): {describe(bench_full_import(SEED, 50))}")
    seed = SEED.read_bytes()
    print(f"seed text, read only: {describe(timed(lambda: read_text(seed), 200))}")

    for pdf in table_fixtures(".pdf"):
        with pdfplumber.open(pdf) as document:
            pages = len(document.pages)
        content = pdf.read_bytes()
        samples = timed(lambda c=content, n=pdf.name: read_table(c, n), 5)
        per_page = sorted(samples)[len(samples) // 2] / pages
        print(f"PDF {pdf.name} ({pages} pages): {describe(samples)}; {per_page:.0f} ms a page")

    for xlsx in table_fixtures(".xlsx"):
        content = xlsx.read_bytes()
        print(f"XLSX {xlsx.name}: {describe(timed(lambda c=content, n=xlsx.name: read_table(c, n), 10))}")

    bench_form_family()

    bases = [read_table(p.read_bytes(), p.name) for p in table_fixtures(".xlsx", 2026)]
    with tempfile.TemporaryDirectory() as folder:
        store = Store(Path(folder) / "hundred.db")
        start = time.perf_counter()
        for index in range(100):
            table = synthetic_department(bases[index % len(bases)], index, 2026)
            store.import_table(table, source_name=f"t{index}.xlsx", sha256="x", imported_by="bench")
        elapsed = time.perf_counter() - start
        indicators = store.db.execute("SELECT COUNT(*) FROM indicators").fetchone()[0]
    print(f"100 tables into one database: {elapsed:.2f} s ({elapsed * 10:.1f} ms a table, "
          f"{indicators} indicators)")

    texts = [SEED.read_bytes()] * 100
    with tempfile.TemporaryDirectory() as folder:
        store = Store(Path(folder) / "hundred_text.db")
        start = time.perf_counter()
        for index, content in enumerate(texts):
            preview = prepare_import(store, content, f"seed{index}.txt")
            preview.table = synthetic_department(preview.table, index, 2026)
            commit_import(store, preview, "bench")
        elapsed = time.perf_counter() - start
    print(f"100 text tables read + validated + stored: {elapsed:.2f} s")


def bench_form_family() -> None:
    """Each kind of the form family (tests/fixtures/forms) in its three shapes."""
    from tests.fixtures.forms.truth import SEEN

    folder = ROOT / "tests" / "fixtures" / "forms"
    for fixture in SEEN:
        for suffix, repeat in ((".pdf", 5), (".xlsx", 10), (".txt", 50)):
            path = folder / f"{fixture.slug}{suffix}"
            content = path.read_bytes()
            table = read_table(content, path.name)
            samples = timed(lambda c=content, n=path.name: read_table(c, n), repeat)
            print(f"{table.form.label} {path.name}: {describe(samples)}")


if __name__ == "__main__":
    main()
