"""Scale benchmark: a province's tables (benchmarks/scale_tables.py) at growing sizes.

Per size it prints: load time (tables into the store), cold index build, restart to the first
answer (a new ``run_bot.py ask`` process), that process's peak RSS, p50/p99 of a mixed question
set, recall of that set, one more table imported until answerable, the longest a question waited
while 500 more tables were indexed in the background, and the p50 of an SQLite FTS5 trigram
peer on the same questions.

Targets (issue 11, 20,000 tables on 2 cores): cold start to first answer ≤ 10 s, one more table
answerable ≤ 1 s, p50 ≤ 2 ms, p99 ≤ 10 ms, RSS ≤ 1 GB, no question waits > 100 ms behind an index
update, recall within 2 points of the same questions at 100 tables.
Run: ``python run_bot.py bench scale [--tables 100 1000 20000]``.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import date
from pathlib import Path

from _common import ROOT  # noqa: I001
from scale_tables import CITIES, Probe, probes, slots, table

from data.db import Store
from nlp.engine import Engine, Status

TODAY = date(2026, 12, 1)
ROUNDS = 5
BACKGROUND_TABLES = 500


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bench scale")
    parser.add_argument("--tables", type=int, nargs="+", default=[100, 1000, 5000, 20000])
    parser.add_argument("--questions", type=int, default=60)
    args = parser.parse_args(argv)
    sizes = sorted(set(args.tables))
    questions = probes(args.questions)
    order = slots(max(sizes) + 1 + BACKGROUND_TABLES * len(sizes))
    print(f"{len(questions)} questions ({sum(1 for q in questions if not q.expected)} about "
          f"places not loaded); sizes {', '.join(f'{s:,}' for s in sizes)}", flush=True)
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "scale.db"
        store = Store(db)
        loaded = 0
        for size in sizes:
            started = time.perf_counter()
            for slot in order[loaded:size]:
                store.import_table(table(slot), source_name="bench", sha256="x",
                                   imported_by="bench")
            load = time.perf_counter() - started
            loaded = size
            row = measure(store, db, size, load, questions, order)
            loaded += 1 + BACKGROUND_TABLES  # measure() imported these
            rows.append(row)
            print_row(row)
        store.close()
    print()
    print("| tables | load | cold build | restart to first answer | RSS | p50 / p99 | recall | "
          "one more table | longest wait (500 in background) | FTS5 peer p50 |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for row in rows:
        print(f"| {row['size']:,} | {row['load']:.1f} s | {row['build']:.2f} s | "
              f"{row['restart']:.2f} s | {row['rss']:.0f} MB | {row['p50']:.2f} / {row['p99']:.2f} ms"
              f" | {row['recall']:.1%} | {row['one_more']:.2f} s | {row['wait']:.0f} ms | "
              f"{row['fts']:.2f} ms |")
    return 0


def measure(store: Store, db: Path, size: int, load: float, questions: list[Probe],
            order) -> dict:
    started = time.perf_counter()
    engine = Engine(store, today=lambda: TODAY, log_questions=False)
    engine.refresh()
    build = time.perf_counter() - started
    restart, rss = first_answer(db, questions[0].question)
    samples, right = [], 0
    for round_number in range(ROUNDS):
        for number, probe in enumerate(questions):
            began = time.perf_counter()
            answer = engine.ask(probe.question, chat_id=f"{round_number}-{number}")
            samples.append((time.perf_counter() - began) * 1000)
            if round_number == 0:
                right += correct(answer, probe)
    ordered = sorted(samples)
    one_more = next_table(store, engine, order[size])
    wait = waits_behind_update(store, engine, order[size + 1:size + 1 + BACKGROUND_TABLES],
                               questions)
    return {"size": size, "load": load, "build": build, "restart": restart, "rss": rss,
            "p50": statistics.median(ordered),
            "p99": ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))],
            "recall": right / len(questions), "one_more": one_more, "wait": wait,
            "fts": fts_peer(store, questions)}


def correct(answer, probe: Probe) -> bool:
    if not probe.expected:
        return answer.status != Status.OK
    return answer.status == Status.OK and probe.expected in answer.text


def first_answer(db: Path, question: str) -> tuple[float, float]:
    """A new process answering one question, as after a restart: seconds and peak RSS (MB)."""
    started = time.perf_counter()
    result = subprocess.run([sys.executable, "-c", _RSS_WRAPPER, question, str(db)],
                            capture_output=True, text=True, cwd=ROOT)
    seconds = time.perf_counter() - started
    lines = result.stdout.strip().splitlines()
    rss = float(lines[-1]) if lines and lines[-1].replace(".", "").isdigit() else float("nan")
    if result.returncode != 0:
        print(result.stderr[-500:], file=sys.stderr)
    return seconds, rss


# Runs run_bot.py ask in this process, then prints its peak RSS in MB on the last line.
_RSS_WRAPPER = """
import resource, runpy, sys
question, db = sys.argv[1], sys.argv[2]
sys.argv = ["run_bot.py", "ask", question, "--db", db]
try:
    runpy.run_path("run_bot.py", run_name="__main__")
except SystemExit:
    pass
print()
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""


def next_table(store: Store, engine: Engine, slot) -> float:
    """Seconds from one more table's commit until a question about it is answered from it."""
    made = table(slot)
    if made.project:
        line = next(b for b in made.budget if b.amount_wan is not None)
        question, expected = (f"{made.department}{made.project}{made.year}年{line.name}是多少",
                              f"{line.amount_wan:,.2f}")
    else:
        task = made.tasks[0]
        question, expected = (f"{made.department}{made.year}年{task.name}经费多少",
                              f"{task.amount_yuan:,.0f}")
    store.import_table(made, source_name="bench", sha256="x", imported_by="bench")
    started = time.perf_counter()
    while time.perf_counter() - started < 120:
        answer = engine.ask(question, chat_id="one-more")
        if answer.status == Status.OK and expected in answer.text:
            break
        time.sleep(0.005)
    return time.perf_counter() - started


def waits_behind_update(store: Store, engine: Engine, batch, questions: list[Probe]) -> float:
    """Import ``batch`` tables, let the engine index them in the background, and ask questions
    meanwhile: the longest any one of them took (ms)."""
    for slot in batch:
        store.import_table(table(slot), source_name="bench", sha256="x", imported_by="bench")
    longest = 0.0
    number = 0
    engine.ask(questions[0].question, chat_id="wait-start")  # starts the background update
    while not engine.live.is_current():
        began = time.perf_counter()
        engine.ask(questions[number % len(questions)].question, chat_id=f"wait-{number}")
        longest = max(longest, (time.perf_counter() - began) * 1000)
        number += 1
    background = engine.live._background
    if isinstance(background, threading.Thread):
        background.join()
    return longest


def fts_peer(store: Store, questions: list[Probe]) -> float:
    """The same questions as name lookups in SQLite FTS5 (trigram): the item's words as asked,
    within the department as asked (a city and short name matched as text): the p50 in ms."""
    peer = sqlite3.connect(":memory:")
    peer.execute("CREATE VIRTUAL TABLE items USING fts5(name, department, year UNINDEXED, "
                 "value UNINDEXED, tokenize='trigram')")
    current = "JOIN versions v ON v.id = {0}.version_id WHERE v.is_current = 1"
    peer.executemany("INSERT INTO items VALUES (?, ?, ?, ?)", store.db.execute(
        "SELECT t.name, v.department, v.year, t.amount_fen FROM tasks t "
        + current.format("t") + " UNION ALL "
        "SELECT i.level3, v.department, v.year, i.annual_value FROM indicators i "
        + current.format("i") + " UNION ALL "
        "SELECT b.name, v.department || v.project, v.year, b.amount_fen FROM budget_lines b "
        + current.format("b")).fetchall())
    samples = []
    for probe in questions:
        terms = [f'name:"{probe.words}"'] if len(probe.words) >= 3 else []
        terms += [f'department:"{part}"' for part in _parts(probe.place)]
        if not terms:
            continue
        for _ in range(ROUNDS):
            began = time.perf_counter()
            peer.execute("SELECT department, year, value FROM items WHERE items MATCH ? LIMIT 20",
                         [" AND ".join(terms)]).fetchall()
            samples.append((time.perf_counter() - began) * 1000)
    peer.close()
    return statistics.median(samples)


def _parts(place: str) -> list[str]:
    """A department as asked, in pieces a trigram index can match (广州 教育局)."""
    city = next((c for c in CITIES if place.startswith(c)), "")
    rest = place.removeprefix(city).removeprefix("市")
    return [p for p in (city + "市" if city else "", rest) if len(p) >= 3]


def print_row(row: dict) -> None:
    print(f"{row['size']:>6,} tables: load {row['load']:.1f} s, cold build {row['build']:.2f} s, "
          f"restart to first answer {row['restart']:.2f} s ({row['rss']:.0f} MB), "
          f"p50 {row['p50']:.2f} ms, p99 {row['p99']:.2f} ms, recall {row['recall']:.1%}, "
          f"one more table {row['one_more']:.2f} s, longest wait {row['wait']:.0f} ms, "
          f"FTS5 peer p50 {row['fts']:.2f} ms", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
