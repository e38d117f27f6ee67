"""Read, check and store a table file: the one import path for the CLI and the bot.

Reading and checking happen before the store is touched, so a refused file changes nothing;
storing is one transaction. The bot and the CLI read in a parse worker (``read_upload`` /
``read_document`` through ``data.workers.ParsePool``, under time and memory limits) and check
the result here against the store (``preview_of``). A scan or photo may come with flagged cells (``Preview.flagged``):
they are confirmed or corrected (``confirm_flag`` / ``correct_flag``) before the preview can be
stored, unless the caller accepts them as read (``accept_flagged``), which records them as
warnings of the version.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from data.db import Store, StoredTable, VersionInfo
from data.diff import TableDiff, diff_tables
from data.errors import JixiaoError
from data.flags import Flag, apply_fix
from data.importers import Progress, ReadResult, limits, read_document, read_file_bytes
from data.model import PerformanceTable, TableKind
from data.progress_forms import ProgressForm
from data.ranges import check_table
from data.validate import check_plausible, validate

COUNT_LABELS = {"budget": "预算金额", "funds": "资金", "goals": "总体目标",
                "period_goals": "中期（实施周期）目标", "annual_goals": "年度目标", "tasks": "任务",
                "indicators": "绩效指标"}

# Reads a file's bytes instead of ``read_document``: typically the same in a worker process with
# time and memory limits, ``partial(pool.run, read_document, progress=...)``
# (``data.workers.ParsePool``). A reader that gives a bare table (``read_table``) works too.
Reader = Callable[[bytes, str], ReadResult | PerformanceTable]


class UnconfirmedCells(JixiaoError):
    """Flagged cells of a scan that nobody has confirmed or corrected yet."""

    def __init__(self, flagged: list[Flag]) -> None:
        super().__init__(f"有 {len(flagged)} 个单元格的识别结果需要核对，未导入任何数据。")
        self.flagged = flagged


@dataclass
class Preview:
    """A file read and checked but not yet stored (what the bot shows before 确认导入)."""

    table: PerformanceTable
    source_name: str
    sha256: str
    warnings: list[str]
    current: StoredTable | None
    diff: TableDiff | None = None
    flagged: list[Flag] = field(default_factory=list)

    def unresolved(self) -> list[Flag]:
        """Flagged cells not yet confirmed or corrected."""
        return [flag for flag in self.flagged if not flag.resolved]

    def as_json(self) -> dict:
        """What would be stored, as one ``export`` element, plus ``flagged``."""
        return preview_json(ReadResult(self.table, self.flagged))

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


def read_upload(content: bytes, filename: str, tables: bool = True,
                progress: Progress | None = None) -> ReadResult | ProgressRows | ProgressForm | None:
    """What an uploaded document holds, read without the store (this runs in a worker
    process): a progress file's rows or a 运行监控表 / 自评表 when its header or title says
    so, else a table with the cells that need a look (``progress(page, pages)`` while OCR
    reads a scan or photo). ``tables=False`` (the sender may not import tables): a table is
    not read at all, and the answer is None."""
    from data.progress import looks_like_progress_file

    if content.startswith(b"PK\x03\x04"):
        limits.check_xlsx(content)  # the progress sniffing opens the workbook too
    if looks_like_progress_file(content, filename):
        return read_progress_file(content, filename)
    if not tables:
        return None
    return read_document(content, filename, progress)


def read_progress_file(content: bytes, filename: str) -> ProgressRows | ProgressForm:
    """A progress file's rows, or a progress form as read (in a worker process), refused
    beyond what any report holds."""
    from data.importers.monitoring import progress_form_kind, read_progress_form
    from data.progress import read_progress_rows

    if content.startswith(b"PK\x03\x04"):
        limits.check_xlsx(content)
    if progress_form_kind(content, filename) is not None:
        return read_progress_form(content, filename)
    rows = read_progress_rows(content, filename)
    limits.check_progress_rows(rows)
    return ProgressRows(rows)


def prepare_import(store: Store, content: bytes, filename: str,
                   progress: Progress | None = None, *, reader: Reader | None = None
                   ) -> Preview:
    """Read and validate ``content``; raises ``ImportRefused`` with a Chinese message.

    ``progress(page, pages)`` is called while OCR reads a scan or photo; ``reader`` reads
    instead of ``read_document`` (e.g. in a parse worker, with its own progress).
    """
    if reader is None:
        read = read_document(content, filename, progress)
    else:
        read = reader(content, filename)
    if isinstance(read, PerformanceTable):
        read = ReadResult(read)
    return preview_of(store, read, content, filename)


def preview_of(store: Store, read: ReadResult, content: bytes, filename: str) -> Preview:
    """The preview of a file already read (``read_document``, in this process or a worker).
    Amounts and values out of range are refused here (``ValueOutOfRange``), before anything
    is shown or stored, and so are implausible ones (``check_plausible``)."""
    check_table(read.table)
    check_plausible(read.table)
    preview = Preview(
        table=read.table,
        source_name=Path(filename).name,
        sha256=hashlib.sha256(content).hexdigest(),
        warnings=[],
        current=None,
        flagged=read.flagged,
    )
    return _with_checks(store, preview)


def preview_json(read: ReadResult) -> dict:
    """``run_bot.py import FILE --preview``: the table as one ``export`` element, plus the
    cells that need a look, ``{"where", "read", "reason"}`` each."""
    return {**read.table.to_export(), "flagged": [flag.as_json() for flag in read.flagged]}


def confirm_flag(preview: Preview, index: int) -> Preview:
    """The flagged cell ``index`` (from 0) is right as read."""
    preview.flagged[index].resolved = True
    return preview


def correct_flag(store: Store, preview: Preview, index: int, value: str) -> Preview:
    """The flagged cell ``index`` (from 0) holds ``value``; raises ``BadCorrection``."""
    flag = preview.flagged[index]
    if flag.field is None:
        raise UnconfirmedCells([flag])
    table = apply_fix(preview.table, flag.field, value)
    check_table(table)  # a corrected value must be in range like any other
    preview.table = table
    flag.read, flag.resolved = value.strip(), True
    return _with_checks(store, preview)


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
                  importer_name: str = "", accept_flagged: bool = False) -> ImportResult:
    """Store a previewed table as the new current version. ``imported_by`` identifies the
    importer, ``importer_name`` is the name people see (``data.actors``). Raises
    ``UnconfirmedCells`` while flagged cells are open, unless ``accept_flagged`` (they are then
    recorded as warnings of the version)."""
    open_flags = preview.unresolved()
    if open_flags and not accept_flagged:
        raise UnconfirmedCells(open_flags)
    warnings = preview.warnings + [f"未经核对的识别结果：{flag.where}“{flag.read}”（{flag.reason}）"
                                   for flag in open_flags]
    version = store.import_table(preview.table, source_name=preview.source_name,
                                 sha256=preview.sha256, imported_by=imported_by,
                                 warnings=warnings, importer_name=importer_name)
    return ImportResult(preview, version,
                        store.versions(version.department, version.year, version.project))


def import_file(store: Store, path: str | Path, imported_by: str,
                accept_flagged: bool = False, progress: Progress | None = None, *,
                reader: Reader | None = None, skip_unchanged: bool = False) -> ImportResult:
    """Read, check and store one file. With ``skip_unchanged``, a file whose content equals
    the current version (``is_unchanged``) stores nothing: ``ImportResult.created`` is False.
    Flagged cells of a scan stop the import (``UnconfirmedCells``) unless ``accept_flagged``.
    """
    content = read_file_bytes(path)
    preview = prepare_import(store, content, Path(path).name, progress, reader=reader)
    return commit_preview(store, preview, imported_by, skip_unchanged=skip_unchanged,
                          accept_flagged=accept_flagged)


def commit_preview(store: Store, preview: Preview, imported_by: str, *,
                   skip_unchanged: bool = False, accept_flagged: bool = False) -> ImportResult:
    """``commit_import``, or with ``skip_unchanged`` nothing for content equal to the current
    version's (checked inside the write transaction, so two importers agree)."""
    if not skip_unchanged:
        return commit_import(store, preview, imported_by, accept_flagged=accept_flagged)
    with store.transaction():
        if is_unchanged(store, preview):
            table = preview.table
            current = store.current(table.department, table.year, table.project)
            return ImportResult(preview, current.version,
                                store.versions(table.department, table.year, table.project),
                                created=False)
        return commit_import(store, preview, imported_by, accept_flagged=accept_flagged)


def _with_checks(store: Store, preview: Preview) -> Preview:
    """The preview with its warnings and its diff against the current version (again)."""
    table = preview.table
    preview.current = store.current(table.department, table.year, table.project)
    preview.warnings = validate(table)
    preview.diff = diff_tables(preview.current.table, table) if preview.current else None
    return preview


SAMPLES_DIR = Path(__file__).parent / "samples"


def import_samples_if_empty(store: Store) -> list[ImportResult]:
    """Load the bundled sample tables into an empty store, so a new user can ask at once."""
    if not store.is_empty():
        return []
    return [import_file(store, path, imported_by="sample")
            for path in sorted(SAMPLES_DIR.iterdir()) if path.suffix in (".txt", ".xlsx", ".pdf")]
