"""Read, check and store a table file: the one import path for the CLI and the bot.

Reading and checking happen before the store is touched, so a refused file changes nothing;
storing is one transaction.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from data.db import Store, StoredTable, VersionInfo
from data.diff import TableDiff, diff_tables
from data.importers import limits, read_file_bytes, read_table
from data.model import PerformanceTable, TableKind
from data.ranges import check_table
from data.validate import check_plausible, validate

COUNT_LABELS = {"budget": "预算金额", "funds": "资金", "goals": "总体目标",
                "period_goals": "中期（实施周期）目标", "annual_goals": "年度目标", "tasks": "任务",
                "indicators": "绩效指标"}

# Reads a file's bytes into a table: ``read_table`` itself, or the same in a worker process
# with time and memory limits (``data.workers.ParsePool``).
Reader = Callable[[bytes, str], PerformanceTable]


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
    version: VersionInfo  # the new version, or the current one when nothing was created
    history: list[VersionInfo] = field(default_factory=list)
    created: bool = True  # False: the file equals the current version (``is_unchanged``)


@dataclass
class ProgressRows:
    """A progress file's rows as read, not yet checked against the store's tables."""

    rows: list[tuple[int, dict[str, object]]]


def read_upload(content: bytes, filename: str) -> PerformanceTable | ProgressRows:
    """What an uploaded document holds, read without the store (this runs in a worker
    process): a progress file's rows when its header says so, else a table."""
    from data.progress import looks_like_progress_file

    if content.startswith(b"PK\x03\x04"):
        limits.check_xlsx(content)  # the progress sniffing opens the workbook too
    if looks_like_progress_file(content, filename):
        return read_progress_file(content, filename)
    return read_table(content, filename)


def read_progress_file(content: bytes, filename: str) -> ProgressRows:
    """A progress file's rows (in a worker process), refused beyond what any report holds."""
    from data.progress import read_progress_rows

    if content.startswith(b"PK\x03\x04"):
        limits.check_xlsx(content)
    rows = read_progress_rows(content, filename)
    limits.check_progress_rows(rows)
    return ProgressRows(rows)


def prepare_import(store: Store, content: bytes, filename: str, reader: Reader = read_table
                   ) -> Preview:
    """Read and validate ``content``; raises ``ImportRefused`` with a Chinese message."""
    return preview_table(store, reader(content, filename), content, filename)


def preview_table(store: Store, table: PerformanceTable, content: bytes, filename: str
                  ) -> Preview:
    """Check a table read from ``content`` and compare it with the current version. Amounts
    and values out of range are refused here (``ValueOutOfRange``), before anything is shown
    or stored, and so are implausible ones (``check_plausible``)."""
    check_table(table)
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


def import_file(store: Store, path: str | Path, imported_by: str, *, reader: Reader = read_table,
                skip_unchanged: bool = False) -> ImportResult:
    """Read, check and store one file. With ``skip_unchanged``, a file whose content equals
    the current version (``is_unchanged``) stores nothing: ``ImportResult.created`` is False.
    """
    content = read_file_bytes(path)
    preview = prepare_import(store, content, Path(path).name, reader)
    return commit_preview(store, preview, imported_by, skip_unchanged=skip_unchanged)


def commit_preview(store: Store, preview: Preview, imported_by: str, *,
                   skip_unchanged: bool = False) -> ImportResult:
    """``commit_import``, or with ``skip_unchanged`` nothing for content equal to the current
    version's (checked inside the write transaction, so two importers agree)."""
    if not skip_unchanged:
        return commit_import(store, preview, imported_by)
    with store.transaction():
        if is_unchanged(store, preview):
            table = preview.table
            current = store.current(table.department, table.year, table.project)
            return ImportResult(preview, current.version,
                                store.versions(table.department, table.year, table.project),
                                created=False)
        return commit_import(store, preview, imported_by)


SAMPLES_DIR = Path(__file__).parent / "samples"


def import_samples_if_empty(store: Store) -> list[ImportResult]:
    """Load the bundled sample tables into an empty store, so a new user can ask at once."""
    if not store.is_empty():
        return []
    return [import_file(store, path, imported_by="sample")
            for path in sorted(SAMPLES_DIR.iterdir()) if path.suffix in (".txt", ".xlsx", ".pdf")]
