"""Helpers shared by the benchmark scripts (run as scripts, so they put the repo on sys.path)."""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from data.model import PerformanceTable  # noqa: E402

# Prefixes that make synthetic departments' item names differ the way real ones do.
_WORDS = ("城建", "水务", "交通", "文旅", "卫健", "民政", "应急", "农业", "林业", "商务", "统计", "审计",
          "司法", "人防", "档案", "气象", "海事", "港务", "园林", "环卫")


def table_fixtures(suffix: str, year: int | None = None) -> list[Path]:
    """The form fixtures (tests/fixtures/tables.py), not progress or broken files."""
    from tests.fixtures.tables import FIXTURES

    folder = ROOT / "tests" / "fixtures"
    return [folder / f"{f.slug}{suffix}" for f in sorted(FIXTURES, key=lambda f: f.slug)
            if year is None or f.export["year"] == year]


def timed(function: Callable[[], object], repeat: int) -> list[float]:
    """Wall-clock milliseconds of each of ``repeat`` calls."""
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def describe(samples: list[float]) -> str:
    ordered = sorted(samples)
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
    return (f"median {statistics.median(ordered):.2f} ms, p99 {p99:.2f} ms, "
            f"min {ordered[0]:.2f} ms (n={len(ordered)})")


def synthetic_department(base: PerformanceTable, index: int, year: int) -> PerformanceTable:
    """A department made from a real table: its own name and item names, the same shape."""
    word = _WORDS[index % len(_WORDS)] + _WORDS[(index // len(_WORDS)) % len(_WORDS)]
    return replace(
        base,
        department=f"东莞市{word}{index}局",
        year=year,
        tasks=[replace(t, name=f"{word}{t.name}") for t in base.tasks],
        indicators=[replace(i, level3=f"{word}{i.level3}") if n % 2 else i
                    for n, i in enumerate(base.indicators)],
    )
