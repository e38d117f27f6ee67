"""Shared fixtures: real SQLite files in tmp_path, the bundled seed, and the CLI as a user runs it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from data.db import Store

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SEED = ROOT / "data" / "samples" / "dongguan_zonggonghui_2026.txt"


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "jixiao.db"


@pytest.fixture
def store(db_path: Path) -> Store:
    store = Store(db_path)
    yield store
    store.close()


@pytest.fixture
def all_tables(store: Store) -> Store:
    """The store with the five fixture tables (总工会, 科学技术局 2025/2026, 教育局 2026)."""
    from tests.fixtures.tables import FIXTURES, to_table

    for fixture in FIXTURES:
        store.import_table(to_table(fixture), source_name=f"{fixture.slug}.xlsx", sha256="x",
                           imported_by="t")
    return store


@pytest.fixture
def seed_bytes() -> bytes:
    return SEED.read_bytes()


@pytest.fixture
def seed_golden() -> dict:
    return json.loads((FIXTURES / "seed_golden.json").read_text(encoding="utf-8"))


def run_cli(*args: str, stdin: str | None = None, env: dict | None = None):
    """``python run_bot.py ARGS`` in a subprocess, exactly as a user runs it."""
    full_env = {k: v for k, v in os.environ.items() if k not in ("JIXIAO_DB", "TELEGRAM_BOT_TOKEN")}
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, str(ROOT / "run_bot.py"), *args],
        input=stdin, capture_output=True, text=True, env=full_env, cwd=ROOT, timeout=120,
    )


@pytest.fixture(scope="session")
def five_tables_engine(tmp_path_factory):
    """An engine over the five fixture tables (总工会 2026 from the real seed text), today =
    2026-11-24: shared by the parser and answer tests, which only read."""
    from datetime import date

    from nlp.engine import Engine
    from tests.test_engine_eval import load_evaluation_tables

    store = load_evaluation_tables(tmp_path_factory.mktemp("five") / "five.db")
    engine = Engine(store, today=lambda: date(2026, 11, 24), log_questions=False)
    engine.refresh()
    yield engine
    store.close()
