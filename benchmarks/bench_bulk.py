"""Bulk import benchmark: N generated table files (default 20,000: copied text, one in ten an
XLSX) imported with ``run_bot.py import FOLDER`` in one process, then the same folder again
(every file unchanged).

Target (issue 11): 20,000 table files in one run within a few minutes.
Run: ``python run_bot.py bench bulk`` or ``python benchmarks/bench_bulk.py [--files N]``.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from _common import ROOT, synthetic_department  # noqa: I001

from data.importers import read_table
from data.xlsx_form import write_form

SEED = ROOT / "data" / "samples" / "dongguan_zonggonghui_2026.txt"
XLSX_EVERY = 10  # one file in ten is a workbook; the rest copied text


def generate(folder: Path, count: int) -> tuple[int, int]:
    """``count`` tables of distinct departments over three years, in 20 city folders."""
    seed_text = SEED.read_text(encoding="utf-8")
    base = read_table(SEED.read_bytes(), SEED.name)
    texts = workbooks = 0
    for number in range(count):
        city = folder / f"city{number % 20:02d}"
        city.mkdir(exist_ok=True)
        year = 2024 + number % 3
        department = f"东莞市测试{number // 3}局"
        if number % XLSX_EVERY == 0:
            table = replace(synthetic_department(base, number // 3, year), department=department)
            (city / f"{number:05d}.xlsx").write_bytes(write_form(table))
            workbooks += 1
        else:
            text = (seed_text.replace("东莞市总工会", department)
                    .replace("（2026年）", f"（{year}年）")
                    .replace("1950000", str(1_950_000 + number)))
            (city / f"{number:05d}.txt").write_text(text, encoding="utf-8")
            texts += 1
    return texts, workbooks


def timed_import(folder: Path, db: Path) -> tuple[float, str]:
    started = time.perf_counter()
    result = subprocess.run([sys.executable, str(ROOT / "run_bot.py"), "import", str(folder),
                             "--db", str(db)], capture_output=True, text=True, cwd=ROOT)
    seconds = time.perf_counter() - started
    summary = next((line for line in reversed(result.stdout.splitlines())
                    if line.startswith("共 ")), result.stderr.strip()[-200:])
    return seconds, summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=20_000)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as workdir:
        folder = Path(workdir) / "tables"
        folder.mkdir()
        started = time.perf_counter()
        texts, workbooks = generate(folder, args.files)
        print(f"generated {texts:,} text and {workbooks:,} XLSX tables in "
              f"{time.perf_counter() - started:.0f} s", flush=True)
        db = Path(workdir) / "bulk.db"
        seconds, summary = timed_import(folder, db)
        print(f"bulk import of {args.files:,} files, one process: {seconds:.1f} s "
              f"({seconds / args.files * 1000:.1f} ms a file) — {summary}", flush=True)
        seconds, summary = timed_import(folder, db)
        print(f"the same folder again (all unchanged): {seconds:.1f} s — {summary}", flush=True)
    return 0


if __name__ == "__main__":
    script = sys.orig_argv[1] if len(sys.orig_argv) > 1 else ""
    run_directly = Path(script).resolve() == Path(__file__).resolve()
    code = main(sys.argv[1:])  # run_bot.py bench sets sys.argv to this file and its options
    if run_directly:
        sys.exit(code)
