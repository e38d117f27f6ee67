"""Import many table files in one run: parsed in parallel by worker processes, each stored in
its own transaction by this process, in file order, whatever the others do.

A scan or photo read with OCR whose cells are flagged is refused (its outcome lists them)
unless ``accept_flagged``, as ``run_bot.py import FILE`` stops with exit code 3 for one.

>>> with ParsePool(ParseLimits(workers=2)) as pool:
...     for outcome in import_files(store, collect_files(["表格/"]), pool, "cli"):
...         print(outcome.path, outcome.status)
"""

from __future__ import annotations

import hashlib
import logging
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from data.db import Store, VersionInfo
from data.errors import ImportRefused, JixiaoError, StoreBusy
from data.flags import Flag
from data.importers import ReadResult, read_document, read_file_bytes
from data.importing import UnconfirmedCells, commit_preview, preview_of
from data.workers import ParsePool

logger = logging.getLogger(__name__)

TABLE_SUFFIXES = (".txt", ".pdf", ".xlsx")  # what a folder is searched for (a scan is a .pdf)
TASKS_PER_WORKER = 4  # files read ahead per worker: keeps every worker busy, memory bounded


class Status(StrEnum):
    IMPORTED = "imported"
    UNCHANGED = "unchanged"  # equal to the current version: no new version
    REFUSED = "refused"


@dataclass(frozen=True)
class FileOutcome:
    path: Path
    status: Status
    reason: str = ""  # why it was refused (a Chinese sentence)
    version: VersionInfo | None = None  # the version created, or the current one if unchanged
    # OCR'd cells that need a look: why the file was refused, or (``accept_flagged``) what was
    # imported as read.
    flagged: tuple[Flag, ...] = ()


def collect_files(paths: Iterable[str | Path]) -> tuple[list[Path], list[FileOutcome]]:
    """The files to import — each file named, and every .txt/.pdf/.xlsx under each folder
    named (recursively, sorted, hidden files skipped) — and an outcome for each path that
    does not exist."""
    files: list[Path] = []
    missing: list[FileOutcome] = []
    seen: set[Path] = set()
    for given in paths:
        path = Path(given)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file()
                           and p.suffix.lower() in TABLE_SUFFIXES
                           and not any(part.startswith(".") for part in p.relative_to(path).parts))
        elif path.is_file():
            found = [path]
        else:
            missing.append(FileOutcome(path, Status.REFUSED, f"找不到文件：{path}"))
            continue
        for file in found:
            key = file.resolve()
            if key not in seen:
                seen.add(key)
                files.append(file)
    return files, missing


def import_files(store: Store, files: list[Path], pool: ParsePool, imported_by: str, *,
                 force: bool = False, accept_flagged: bool = False) -> Iterator[FileOutcome]:
    """Import each file (one transaction each) and yield its outcome, in the order given.

    Files are parsed ahead by the pool's workers; this process only checks and stores, so a
    refused file (unreadable, over a limit, out of range) is one outcome and the next file
    goes on. A file equal to its table's current version is ``UNCHANGED`` unless ``force``;
    one whose sha256 is a current version's is known so without parsing it (a second run over
    the same folder). A scan with flagged cells is ``REFUSED`` with them unless
    ``accept_flagged``. ``StoreBusy`` (another process holding the database) ends the run:
    every later file would meet it too.
    """
    window = max(1, pool.limits.workers) * TASKS_PER_WORKER
    current_files = {} if force else {v.sha256: v for v in store.current_versions()}
    pending: deque[_Pending] = deque()
    try:
        for path in files:
            try:
                content = read_file_bytes(path)
            except ImportRefused as error:
                pending.append(_Pending(path, b"", "", error))
                continue
            sha256 = hashlib.sha256(content).hexdigest()
            known = current_files.get(sha256)
            parse = known if known is not None else pool.submit(read_document, content,
                                                                   path.name)
            pending.append(_Pending(path, content, sha256, parse))
            while len(pending) >= window:
                yield _finish(store, pool, pending.popleft(), imported_by, force, accept_flagged)
        while pending:
            yield _finish(store, pool, pending.popleft(), imported_by, force, accept_flagged)
    finally:
        for item in pending:  # the run was stopped: parses not waited for are dropped
            if isinstance(item.parse, Future):
                item.parse.cancel()


@dataclass
class _Pending:
    """A file read and on its way: parsing, refused already, or known by its sha256."""

    path: Path
    content: bytes
    sha256: str
    parse: Future[ReadResult] | ImportRefused | VersionInfo


def _finish(store: Store, pool: ParsePool, item: _Pending, imported_by: str,
            force: bool, accept_flagged: bool) -> FileOutcome:
    path, content = item.path, item.content
    try:
        if isinstance(item.parse, ImportRefused):
            raise item.parse
        if isinstance(item.parse, VersionInfo):  # was current when the run started
            known = item.parse
            current = _current_version(store, known.department, known.year, known.project)
            if current is not None and current.sha256 == item.sha256:
                return FileOutcome(path, Status.UNCHANGED, version=current)
            read = pool.run(read_document, content, path.name)  # replaced during this run
        else:
            read = item.parse.result()
        table = read.table
        if not force:  # the current version's own file: one query, no preview
            current = _current_version(store, table.department, table.year, table.project)
            if current is not None and current.sha256 == item.sha256:
                return FileOutcome(path, Status.UNCHANGED, version=current)
        if read.flagged and not accept_flagged:
            raise UnconfirmedCells(read.flagged)
        preview = preview_of(store, read, content, path.name)
        result = commit_preview(store, preview, imported_by, skip_unchanged=not force,
                                accept_flagged=accept_flagged)
    except StoreBusy:
        raise
    except UnconfirmedCells as error:
        return FileOutcome(path, Status.REFUSED, str(error), flagged=tuple(error.flagged))
    except JixiaoError as error:
        return FileOutcome(path, Status.REFUSED, str(error))
    except Exception as error:  # noqa: BLE001 - one file's surprise must not end the run
        logger.info("import of %s failed", path, exc_info=True)
        return FileOutcome(path, Status.REFUSED, f"导入时出错（{type(error).__name__}），"
                                                 f"未导入任何数据。")
    return FileOutcome(path, Status.IMPORTED if result.created else Status.UNCHANGED,
                       version=result.version,
                       flagged=tuple(result.preview.unresolved()) if result.created else ())


def _current_version(store: Store, department: str, year: int, project: str
                     ) -> VersionInfo | None:
    return next((v for v in store.versions(department, year, project) if v.is_current), None)
