"""The database as people open it (Datasette, Excel): views of the current versions, numbers as
numbers, a label per version, progress linked to its item, display names; and the migration
that brings an older database there."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
import sqlite_utils

from data import db as store_module
from data.actors import Channel, channel_of, chat_identifier, shown_name, source_text
from data.db import Store
from data.importing import import_file, is_unchanged, prepare_import
from data.progress import report_value
from tests.conftest import SEED

VIEWS = ("current_budget", "current_tasks", "current_indicators", "current_progress")


@pytest.fixture
def seeded(store: Store) -> Store:
    import_file(store, SEED, "telegram:1001 @wang")
    return store


def rows(store: Store, sql: str, params: list | None = None) -> list[dict]:
    return list(store.db.query(sql, params or []))


def test_the_four_views_exist_and_have_the_columns_people_need(seeded: Store) -> None:
    columns = {view: [c.name for c in seeded.db[view].columns] for view in VIEWS}
    common = {"department", "year", "name", "version", "version_label", "imported_at"}
    for view in VIEWS:
        assert common <= set(columns[view]), view
    assert {"section", "amount_yuan", "amount_wan"} <= set(columns["current_tasks"])
    assert {"category", "amount_yuan", "amount_wan"} <= set(columns["current_budget"])
    assert {"category", "subcategory", "annual_value", "annual_number", "annual_unit"} <= set(
        columns["current_indicators"])
    assert {"value", "number", "target", "reporter", "channel", "as_of"} <= set(
        columns["current_progress"])


def test_task_amounts_are_numbers_in_yuan_and_wan(seeded: Store) -> None:
    assert rows(seeded, "SELECT name, amount_yuan, amount_wan, version_label FROM current_tasks "
                        "WHERE name = '送温暖活动经费'") == [
        {"name": "送温暖活动经费", "amount_yuan": 1950000, "amount_wan": 195.0,
         "version_label": "东莞市总工会 2026 第 1 版"}]
    assert rows(seeded, "SELECT amount_yuan, amount_wan, typeof(amount_wan) AS t "
                        "FROM current_budget WHERE name = '基本支出'") == [
        {"amount_yuan": 16664200, "amount_wan": 1666.42, "t": "real"}]


def test_indicator_numbers_are_real_and_the_exact_text_stays(seeded: Store) -> None:
    [row] = rows(seeded, "SELECT annual_value, annual_op, annual_number, annual_unit, "
                         "typeof(annual_number) AS t FROM current_indicators "
                         "WHERE name = '表彰劳模数量'")
    assert row == {"annual_value": "≥22人", "annual_op": "≥", "annual_number": 22.0,
                   "annual_unit": "人", "t": "real"}
    exact = seeded.db.execute("SELECT annual_number FROM indicators WHERE level3 = '表彰劳模数量'")
    assert exact.fetchone() == ("22",)


def test_only_the_current_version_is_in_the_views(seeded: Store) -> None:
    import_file(seeded, SEED, "cli")
    assert {r["version"] for r in rows(seeded, "SELECT version FROM current_tasks")} == {2}
    seeded.rollback("东莞市总工会", 2026)
    assert {r["version"] for r in rows(seeded, "SELECT version FROM current_tasks")} == {1}


def test_every_version_has_a_human_label(seeded: Store) -> None:
    second = import_file(seeded, SEED, "cli").version
    assert second.label == "东莞市总工会 2026 第 2 版"
    labels = [r["label"] for r in rows(seeded, "SELECT label FROM versions ORDER BY id")]
    assert labels == ["东莞市总工会 2026 第 1 版", "东莞市总工会 2026 第 2 版"]


def test_a_progress_report_is_linked_to_its_item_and_shown_against_its_target(
        seeded: Store) -> None:
    report_value(seeded, "开展技能培训", "320人", "telegram:1001 @wang", today=date(2026, 6, 30),
                 reporter_name="王小明")
    [raw] = rows(seeded, "SELECT version_id, item_position, number_real FROM progress_reports")
    [item] = rows(seeded, "SELECT position FROM indicators WHERE level3 = '开展技能培训'")
    assert raw == {"version_id": 1, "item_position": item["position"], "number_real": 320.0}
    [current] = rows(seeded, "SELECT kind, name, value, number, target, reporter, channel, "
                             "version_label FROM current_progress")
    assert current == {"kind": "指标", "name": "开展技能培训", "value": "320人", "number": 320.0,
                       "target": "≥660人", "reporter": "王小明", "channel": "聊天上传",
                       "version_label": "东莞市总工会 2026 第 1 版"}


def test_current_progress_keeps_only_the_report_that_counts(seeded: Store) -> None:
    for value, day in (("100人", date(2026, 3, 31)), ("320人", date(2026, 6, 30)),
                       ("200人", date(2026, 5, 31))):
        report_value(seeded, "开展技能培训", value, "cli", as_of=day, today=date(2026, 7, 1))
    report_value(seeded, "送温暖活动经费", "800000", "张三", today=date(2026, 7, 1))
    assert rows(seeded, "SELECT name, value, amount_yuan, amount_wan, target, reporter, channel "
                        "FROM current_progress ORDER BY name") == [
        {"name": "开展技能培训", "value": "320人", "amount_yuan": None, "amount_wan": None,
         "target": "≥660人", "reporter": "", "channel": "命令行导入"},
        {"name": "送温暖活动经费", "value": "800000", "amount_yuan": 800000, "amount_wan": 80.0,
         "target": 1950000, "reporter": "张三", "channel": "命令行导入"}]


def test_display_names_are_stored_with_the_version(store: Store) -> None:
    preview = prepare_import(store, SEED.read_bytes(), SEED.name)
    from data.importing import commit_import

    info = commit_import(store, preview, "telegram:1001 @wang", importer_name="王小明").version
    assert (info.imported_by, info.importer, info.source) == (
        "telegram:1001 @wang", "王小明", "王小明（聊天上传）")
    assert store.versions()[0].importer_name == "王小明"


@pytest.mark.parametrize(
    ("identifier", "name", "shown", "source"),
    [
        ("telegram:1001 @wang", "王小明", "王小明", "王小明（聊天上传）"),
        ("telegram:1001", "", "", "聊天上传"),
        ("cli", "", "", "命令行导入"),
        ("张三", "", "张三", "张三（命令行导入）"),
        ("sample", "", "", "示例数据"),
    ],
)
def test_people_never_see_an_internal_identifier(identifier, name, shown, source) -> None:
    assert (shown_name(identifier, name), source_text(identifier, name)) == (shown, source)


def test_chat_identifiers_are_told_apart_from_command_line_names() -> None:
    assert chat_identifier(1001, "wang") == "telegram:1001 @wang"
    assert [channel_of(i) for i in ("telegram:7", "cli", "sample", "李四")] == [
        Channel.CHAT, Channel.CLI, Channel.SAMPLE, Channel.CLI]


def test_the_same_content_again_is_unchanged_whatever_the_file(seeded: Store) -> None:
    same_file = prepare_import(seeded, SEED.read_bytes(), "again.txt")
    assert is_unchanged(seeded, same_file)
    other_bytes = SEED.read_bytes().replace(b"\n", b"\r\n")  # another file, the same data
    assert is_unchanged(seeded, prepare_import(seeded, other_bytes, "crlf.txt"))
    changed = SEED.read_bytes().replace(b"1950000", b"2050000")
    assert not is_unchanged(seeded, prepare_import(seeded, changed, "changed.txt"))


def test_a_version_3_database_is_migrated_with_labels_numbers_and_links(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    db = sqlite_utils.Database(sqlite3.connect(path))
    for step in (1, 2, 3):
        store_module._STEPS[step](db)
    db.execute("PRAGMA user_version = 3")
    db["versions"].insert({"id": 1, "department": "东莞市总工会", "year": 2026, "version": 2,
                           "is_current": 1, "source_name": "a.txt", "sha256": "x",
                           "imported_at": "2026-01-01T00:00:00+08:00",
                           "imported_by": "telegram:1001", "warnings": "[]", "counts": "{}",
                           "title": "东莞市部门整体预算绩效目标表", "basic_info": "{}", "goals": "[]",
                           "categories": "[]"})
    db["indicators"].insert({"version_id": 1, "position": 0, "level1": "产出指标",
                             "level2": "数量指标", "level3": "开展技能培训", "period_value": "",
                             "annual_value": "≥660人", "annual_op": "≥", "annual_number": "660",
                             "annual_unit": "人"})
    db["progress_reports"].insert({"id": 1, "department": "东莞市总工会", "year": 2026,
                                   "kind": "indicator", "name": "开展技能培训",
                                   "as_of": "2026-06-30", "value_text": "320人", "number": "320",
                                   "reporter": "telegram:1001", "imported_at": "x"})
    db.conn.commit()
    db.conn.close()

    store = Store(path)
    try:
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == store_module.SCHEMA_VERSION
        assert store.versions()[0].label == "东莞市总工会 2026 第 2 版"
        assert rows(store, "SELECT annual_number FROM current_indicators") == [
            {"annual_number": 660.0}]
        assert rows(store, "SELECT version_id, item_position, number_real FROM progress_reports"
                    ) == [{"version_id": 1, "item_position": 0, "number_real": 320.0}]
    finally:
        store.close()


def test_a_later_step_may_rebuild_a_table_the_views_read(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "jixiao.db"
    Store(path).close()

    def step_5_rebuild_tasks(db: sqlite_utils.Database) -> None:
        # SQLite's recipe for changing a table: copy, drop, rename (refused while views name it)
        db.execute("CREATE TABLE tasks_new AS SELECT * FROM tasks")
        db.execute("DROP TABLE tasks")
        db.execute("ALTER TABLE tasks_new RENAME TO tasks")

    monkeypatch.setitem(store_module._STEPS, store_module.SCHEMA_VERSION + 1,
                        step_5_rebuild_tasks)
    monkeypatch.setattr(store_module, "SCHEMA_VERSION", store_module.SCHEMA_VERSION + 1)
    store = Store(path)
    try:
        import_file(store, SEED, "cli")
        assert rows(store, "SELECT COUNT(*) AS n FROM current_tasks") == [{"n": 5}]
    finally:
        store.close()
