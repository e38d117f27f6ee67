"""Project tables in the store: their own versions keyed by (department, project, year), and
the migration that brought them to databases made before."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from decimal import Decimal

import pytest
import sqlite_utils

from data import db as db_module
from data.db import Store
from data.errors import NotFoundError
from data.importers.text import read_text
from data.model import BudgetLine, FormKind, Indicator, PerformanceTable, TableKind, Task

PROJECT = PerformanceTable(
    department="东莞市交通运输局",
    year=2019,
    kind=TableKind.PROJECT,
    project="镇际联网路升级改造工程一期",
    form=FormKind.PROJECT_APPROVAL,
    period_goals=["新建或改造道路，共29个项目，规划里程169公里。"],
    goals=["完成3个项目补助尾款结算387万元。"],
    budget=[BudgetLine("中期市财政预算", Decimal("284500.00")),
            BudgetLine("本年度申请市财政预算资金", Decimal("919.00"))],
    indicators=[Indicator("预期产出指标", "数量指标", "镇街补助款完成结算项目数", "3", "3")],
)


def _import(store: Store, table: PerformanceTable, by: str = "tester"):
    return store.import_table(table, source_name="t.xlsx", sha256="abc", imported_by=by)


def test_a_project_table_loads_back_field_for_field(store):
    _import(store, PROJECT)
    [stored] = store.current_tables()
    assert stored.table == PROJECT
    assert stored.version.table_label == "东莞市交通运输局 · 镇际联网路升级改造工程一期 2019 年"
    assert (stored.version.kind, stored.version.form) == (TableKind.PROJECT,
                                                          FormKind.PROJECT_APPROVAL)


def test_project_and_department_tables_of_one_year_are_versioned_apart(store, seed_bytes):
    department = replace(read_text(seed_bytes), department="东莞市交通运输局", year=2019)
    _import(store, department)
    _import(store, PROJECT)
    second = _import(store, replace(PROJECT, goals=["改过的年度目标。"]))
    assert second.version == 2
    assert [v.version for v in store.versions("东莞市交通运输局", 2019)] == [1]
    assert [(v.project, v.version, v.is_current) for v in store.versions(
        "东莞市交通运输局", 2019, project=None)] == [
        ("", 1, True), (PROJECT.project, 1, False), (PROJECT.project, 2, True)]
    assert store.current("东莞市交通运输局", 2019).table.kind == TableKind.DEPARTMENT
    assert store.current("东莞市交通运输局", 2019, PROJECT.project).table.goals == ["改过的年度目标。"]
    assert [s.table.kind for s in store.current_tables(TableKind.DEPARTMENT)] == [
        TableKind.DEPARTMENT]
    assert [s.table.project for s in store.current_tables(TableKind.PROJECT)] == [PROJECT.project]
    assert len(store.current_tables()) == 2


def test_rollback_of_a_project_leaves_the_department_table_alone(store, seed_bytes):
    department = replace(read_text(seed_bytes), department="东莞市交通运输局", year=2019)
    _import(store, department)
    _import(store, PROJECT)
    _import(store, replace(PROJECT, goals=["改过的年度目标。"]))
    restored = store.rollback("东莞市交通运输局", 2019, project=PROJECT.project)
    assert restored.version == 1
    assert store.current("东莞市交通运输局", 2019, PROJECT.project).table.goals == PROJECT.goals
    assert store.current("东莞市交通运输局", 2019).version.version == 1
    with pytest.raises(NotFoundError, match="没有更早的版本"):
        store.rollback("东莞市交通运输局", 2019)
    with pytest.raises(NotFoundError, match="没有 东莞市交通运输局 · 别的项目 2019 年的数据"):
        store.rollback("东莞市交通运输局", 2019, project="别的项目")


def test_approval_task_parts_are_stored_exactly(store):
    table = PerformanceTable(
        department="东莞市交通运输局", year=2022, form=FormKind.DEPARTMENT_APPROVAL,
        tasks=[Task("年度重点工作任务", "镇际联网路建设", "…", "", Decimal("9190000"),
                    Decimal("9000000"), Decimal("190000.50"))],
    )
    _import(store, table)
    [stored] = store.current_tables()
    assert stored.table.tasks == table.tasks
    assert stored.table.form == FormKind.DEPARTMENT_APPROVAL


def test_a_database_made_before_project_tables_migrates_without_losing_anything(
        db_path, seed_bytes):
    old = sqlite_utils.Database(sqlite3.connect(db_path))
    for step in (1, 2, 3):  # the schema as it was
        db_module._STEPS[step](old)
        old.execute(f"PRAGMA user_version = {step}")
    table = read_text(seed_bytes)
    old["versions"].insert({
        "id": 1, "department": table.department, "year": table.year, "version": 1,
        "is_current": 1, "source_name": "seed.txt", "sha256": "abc",
        "imported_at": "2026-01-02T03:04:05+08:00", "imported_by": "alice", "warnings": "[]",
        "counts": "{}", "title": table.title, "basic_info": '{"财政供养人员数": 37, "下属二级单位数": 1}',
        "goals": '["一、目标。"]', "categories": "[]"})
    old["tasks"].insert({"version_id": 1, "position": 0, "section": "其他需完成的任务",
                         "name": "送温暖活动经费", "content": "慰问", "expected": "",
                         "amount_fen": 195000000})
    old.conn.commit()
    old.conn.close()

    store = Store(db_path)
    assert store.db.execute("PRAGMA user_version").fetchone() == (db_module.SCHEMA_VERSION,)
    [stored] = store.current_tables()
    assert stored.version.imported_by == "alice"
    assert (stored.table.kind, stored.table.project, stored.table.form) == (
        TableKind.DEPARTMENT, "", FormKind.DEPARTMENT_TARGET)
    assert stored.table.goals == ["一、目标。"]
    assert stored.table.tasks == [Task("其他需完成的任务", "送温暖活动经费", "慰问", "",
                                       Decimal("1950000"))]
    # The new key lets a project of the same department-year have its own version 1.
    _import(store, replace(PROJECT, department=table.department, year=table.year))
    assert store.import_table(table, source_name="s", sha256="x", imported_by="b").version == 2
    indexes = {tuple(i.columns): i.unique for i in store.db["versions"].indexes}
    assert indexes.get(("department", "project", "year", "version")) == 1
    assert ("department", "year", "version") not in indexes
    store.close()
