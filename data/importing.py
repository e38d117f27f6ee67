"""Read, check and store a table file: the one import path for the CLI and the bot.

Reading and checking happen before the store is touched, so a refused file changes nothing;
storing is one transaction.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from data.db import Store, StoredTable, VersionInfo
from data.diff import TableDiff, diff_tables
from data.importers import read_file_bytes, read_table
from data.model import PerformanceTable, TableKind
from data.validate import check_plausible, validate

COUNT_LABELS = {"budget": "预算金额", "funds": "资金", "goals": "总体目标",
                "period_goals": "中期（实施周期）目标", "annual_goals": "年度目标", "tasks": "任务",
                "indicators": "绩效指标"}


@dataclass
class Preview:
    """A file read and checked but not yet stored (what the bot shows before 确认导入)."""

    table: PerformanceTable
    source_name: str
    sha256: str
    warnings: list[str]
    current: StoredTable | None
    diff: TableDiff | None = None

    def counts(self) -> dict[str, int]:
        table = self.table
        budget = sum(1 for b in table.budget if b.amount_wan is not None)
        if table.kind == TableKind.PROJECT:
            return {"funds": budget, "period_goals": len(table.period_goals),
                    "annual_goals": len(table.goals), "indicators": len(table.indicators)}
        if table.period_goals:  # a 批复表: 中期 and 年度 goals, tasks, no budget overview
            return {"period_goals": len(table.period_goals), "annual_goals": len(table.goals),
                    "tasks": len(table.tasks), "indicators": len(table.indicators)}
        return {"budget": budget, "goals": len(table.goals), "tasks": len(table.tasks),
                "indicators": len(table.indicators)}

    @staticmethod
    def count_label(key: str) -> str:
        return COUNT_LABELS[key]


@dataclass
class ImportResult:
    preview: Preview
    version: VersionInfo
    history: list[VersionInfo] = field(default_factory=list)


def prepare_import(store: Store, content: bytes, filename: str) -> Preview:
    """Read and validate ``content``; raises ``ImportRefused`` with a Chinese message."""
    table = read_table(content, filename)
    check_plausible(table)
    current = store.current(table.department, table.year, table.project)
    return Preview(
        table=table,
        source_name=Path(filename).name,
        sha256=hashlib.sha256(content).hexdigest(),
        warnings=validate(table),
        current=current,
        diff=diff_tables(current.table, table) if current else None,
    )


def is_unchanged(store: Store, preview: Preview) -> bool:
    """Whether the department-year's current version already holds exactly this content: the
    same file, or the same data read from another file (a re-saved workbook, a PDF of it).
    Importing it again would only add an identical version, so the chat upload refuses it.

    >>> is_unchanged(store, prepare_import(store, same_bytes, "again.xlsx"))
    True
    """
    table = preview.table
    current = store.current(table.department, table.year, table.project)
    if current is None:
        return False
    return (current.version.sha256 == preview.sha256
            or current.table.to_export() == preview.table.to_export())


def commit_import(store: Store, preview: Preview, imported_by: str,
                  importer_name: str = "") -> ImportResult:
    """Store a previewed table as the new current version. ``imported_by`` identifies the
    importer, ``importer_name`` is the name people see (``data.actors``)."""
    version = store.import_table(preview.table, source_name=preview.source_name,
                                 sha256=preview.sha256, imported_by=imported_by,
                                 warnings=preview.warnings, importer_name=importer_name)
    return ImportResult(preview, version,
                        store.versions(version.department, version.year, version.project))


def import_file(store: Store, path: str | Path, imported_by: str) -> ImportResult:
    content = read_file_bytes(path)
    return commit_import(store, prepare_import(store, content, Path(path).name), imported_by)


SAMPLES_DIR = Path(__file__).parent / "samples"


def import_samples_if_empty(store: Store) -> list[ImportResult]:
    """Load the bundled sample tables into an empty store, so a new user can ask at once."""
    if not store.is_empty():
        return []
    return [import_file(store, path, imported_by="sample")
            for path in sorted(SAMPLES_DIR.iterdir()) if path.suffix in (".txt", ".xlsx", ".pdf")]
