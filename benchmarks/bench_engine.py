"""Question-engine benchmark: per-question latency (p50/p99) with the seed only and with
100 departments x 3 years, and cold start to the first answer in a new process.

Targets (issue 3): p99 < 5 ms at 300 tables; cold start < 1.5 s (jieba's cache in data/.cache).
Run: ``python run_bot.py bench engine`` or ``python benchmarks/bench_engine.py``.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from _common import ROOT, describe, synthetic_department, table_fixtures, timed  # noqa: I001

from data.db import Store
from data.importers import read_table
from data.importing import import_file
from nlp.engine import Engine
from tests.eval_questions import CASES

SEED = ROOT / "data" / "samples" / "dongguan_zonggonghui_2026.txt"
QUESTIONS = [q.lstrip("→") for q, _ in CASES]


def latency(store: Store, label: str) -> None:
    start = time.perf_counter()
    engine = Engine(store, today=lambda: date(2026, 11, 24), log_questions=False)
    engine.refresh()
    print(f"{label}: index built in {(time.perf_counter() - start) * 1000:.0f} ms "
          f"({len(engine.index.entries)} names)")
    # jieba loads in a background thread after the first build (cold start is measured below,
    # separately): steady answering is measured once it is done, not while it holds the CPU
    engine.live.wait_warm()
    for question in QUESTIONS:  # warm caches once
        engine.ask(question, chat_id="warm")
    samples = []
    for round_number in range(5):
        for number, question in enumerate(QUESTIONS):
            samples += timed(lambda q=question, c=f"{round_number}-{number}": engine.ask(q, c), 1)
    print(f"{label}: per question {describe(samples)}")


def cold_start(db_path: Path) -> None:
    runs = []
    for _ in range(5):
        start = time.perf_counter()
        subprocess.run([sys.executable, str(ROOT / "run_bot.py"), "ask", "送温暖活动经费是多少？",
                        "--db", str(db_path)], check=True, capture_output=True)
        runs.append(time.perf_counter() - start)
    print(f"cold start to first answer (new process, `run_bot.py ask`): median "
          f"{statistics.median(runs):.2f} s, min {min(runs):.2f} s (n={len(runs)})")


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        seed_db = Path(folder) / "seed.db"
        store = Store(seed_db)
        import_file(store, SEED, "bench")
        latency(store, "seed only (1 table)")
        cold_start(seed_db)

        big = Store(Path(folder) / "big.db")
        bases = [read_table(p.read_bytes(), p.name) for p in table_fixtures(".xlsx", 2026)]
        for index in range(100):
            for year in (2024, 2025, 2026):
                table = synthetic_department(bases[index % len(bases)], index, year)
                big.import_table(table, source_name="bench", sha256="x", imported_by="bench")
        import_file(big, SEED, "bench")
        latency(big, "100 departments x 3 years (301 tables)")


if __name__ == "__main__":
    main()
