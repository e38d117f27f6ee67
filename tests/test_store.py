"""The versioned store: versions, rollback, exact money, one transaction per import."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest

from data.db import Store
from data.errors import NotFoundError
from data.importers.text import read_text


def _import(store: Store, table, by: str = "tester"):
    return store.import_table(table, source_name="seed.txt", sha256="abc", imported_by=by)


def test_a_stored_table_loads_back_field_for_field(store, seed_bytes, seed_golden):
    _import(store, read_text(seed_bytes))
    [stored] = store.current_tables()
    assert stored.table.to_export() == seed_golden
    assert stored.table.categories == read_text(seed_bytes).categories


def test_money_is_stored_as_integer_fen(store, seed_bytes):
    _import(store, read_text(seed_bytes))
    fen = store.db.execute("SELECT amount_fen FROM tasks WHERE name = '送温暖活动经费'").fetchone()
    assert fen == (195000000,)
    wan = store.db.execute("SELECT amount_fen FROM budget_lines WHERE name = '基本支出'").fetchone()
    assert wan == (1666420000,)
    [stored] = store.current_tables()
    assert stored.table.budget_amount("基本支出") == Decimal("1666.42")


def test_reimport_adds_a_version_and_keeps_the_old_one(store, seed_bytes):
    table = read_text(seed_bytes)
    first = _import(store, table, by="alice")
    changed = replace(table, tasks=[replace(t, amount_yuan=Decimal(1)) for t in table.tasks])
    second = _import(store, changed, by="bob")
    assert (first.version, second.version) == (1, 2)
    versions = store.versions("东莞市总工会", 2026)
    assert [(v.version, v.is_current, v.imported_by) for v in versions] == [
        (1, False, "alice"), (2, True, "bob")]
    assert store.current("东莞市总工会", 2026).table.tasks[0].amount_yuan == Decimal(1)


def test_rollback_restores_the_previous_version_and_can_go_forward_again(store, seed_bytes):
    table = read_text(seed_bytes)
    _import(store, table)
    _import(store, replace(table, goals=["一、改过的目标。"]))
    restored = store.rollback("东莞市总工会", 2026)
    assert restored.version == 1
    assert store.current("东莞市总工会", 2026).table.goals == table.goals
    assert store.rollback("东莞市总工会", 2026, to_version=2).version == 2
    with pytest.raises(NotFoundError, match="没有第 7 版"):
        store.rollback("东莞市总工会", 2026, to_version=7)
    with pytest.raises(NotFoundError, match="没有"):
        store.rollback("东莞市科学技术局", 2026)


def test_generation_rises_on_every_change(store, seed_bytes):
    start = store.generation()
    _import(store, read_text(seed_bytes))
    store.add_alias("送温暖", "送温暖活动经费")
    assert store.generation() == start + 2


def test_a_failing_import_leaves_nothing_behind(store, seed_bytes):
    table = read_text(seed_bytes)
    broken = replace(table, indicators=[*table.indicators, None])  # fails mid-transaction
    with pytest.raises(AttributeError):
        _import(store, broken)
    assert store.is_empty()
    assert store.db.execute("SELECT COUNT(*) FROM tasks").fetchone() == (0,)


def test_the_database_uses_wal(db_path, store):
    assert store.db.execute("PRAGMA journal_mode").fetchone() == ("wal",)


def test_aliases_and_unanswered_questions_are_kept(store):
    store.add_alias("送温暖", "送温暖活动经费", created_by="admin")
    store.log_question("火星预算是多少", "not_found", "没有找到")
    store.log_question("火星预算是多少", "not_found", "没有找到")
    assert store.aliases() == {"送温暖": "送温暖活动经费"}
    [row] = store.unanswered()
    assert (row["question"], row["count"]) == ("火星预算是多少", 2)


def test_imports_and_reads_from_many_threads_never_see_half_a_version(store, seed_bytes):
    from concurrent.futures import ThreadPoolExecutor

    table = read_text(seed_bytes)
    _import(store, table)

    def write(n: int) -> int:
        return _import(store, replace(table, goals=[f"一、第 {n} 次修改。"])).version

    def read(_: int) -> tuple[int, int]:
        [stored] = store.current_tables()
        return len(stored.table.tasks), len(stored.table.indicators)

    with ThreadPoolExecutor(max_workers=8) as pool:
        writes = pool.map(write, range(20))
        reads = list(pool.map(read, range(200)))
    assert sorted(writes) == list(range(2, 22))
    assert set(reads) == {(5, 20)}
    assert [v.is_current for v in store.versions()].count(True) == 1
