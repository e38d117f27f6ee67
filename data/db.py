"""The versioned SQLite store (sqlite-utils, WAL).

Every import of a department-year adds a version and makes it current; earlier versions stay
and can be made current again (rollback). Money is stored as integer 分, indicator numbers as
exact decimal text. A ``generation`` counter in ``meta`` rises on every change of the data, so
readers (the question engine's dictionary, caches) know when to rebuild.

>>> store = Store(":memory:")
>>> info = store.import_table(table, source_name="seed.txt", sha256="…", imported_by="cli")
>>> info.version
1
"""

from __future__ import annotations

import json
import logging
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import sqlite_utils

from data.actors import shown_name, source_text
from data.clock import now_iso
from data.errors import NotFoundError, StoreBusy
from data.model import BudgetLine, FormKind, Indicator, PerformanceTable, TableKind, Task
from data.ranges import to_fen

logger = logging.getLogger(__name__)

FEN_PER_WAN = Decimal(1_000_000)
FEN_PER_YUAN = Decimal(100)
SCHEMA_VERSION = 7
# How long a statement waits for another connection's write lock, and the pauses before the
# write transaction is tried again: a commit takes milliseconds, so a lock held longer than
# this is another process at work (a bulk import, a backup) and the caller hears
# ``StoreBusy`` (数据正在更新，请稍后再试) instead of waiting on.
BUSY_TIMEOUT_SECONDS = 2.0
BEGIN_RETRY_PAUSES = (0.25,)


class NothingToRollBack(NotFoundError):
    """The current version is the first: there is no earlier one to make current."""

    def __init__(self, department: str, year: int, current: int) -> None:
        super().__init__(f"{department} {year} 年的当前版本是第 {current} 版，没有更早的版本可恢复。")
        self.department, self.year, self.current = department, year, current


def version_label(department: str, year: int, version: int, project: str = "") -> str:
    """``东莞市总工会 2026 第 3 版``: how a version is named for people (and in Datasette)."""
    who = f"{department} · {project}" if project else department
    return f"{who} {year} 第 {version} 版"


@dataclass(frozen=True)
class VersionInfo:
    """One stored version of a table: a department-year, or a project of a department-year."""

    id: int
    department: str
    year: int
    version: int
    is_current: bool
    source_name: str
    sha256: str
    imported_at: str
    imported_by: str
    warnings: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    importer_name: str = ""  # the importer's display name at the time (Telegram full name)
    project: str = ""
    kind: TableKind = TableKind.DEPARTMENT
    form: FormKind = FormKind.DEPARTMENT_TARGET

    @property
    def date(self) -> str:
        return self.imported_at[:10]

    @property
    def key(self) -> tuple[str, str, int]:
        return (self.department, self.project, self.year)

    @property
    def table_label(self) -> str:
        """``东莞市总工会 2026 年`` or ``东莞市交通运输局 · 镇际联网路项目 2026 年``."""
        who = f"{self.department} · {self.project}" if self.project else self.department
        return f"{who} {self.year} 年"

    @property
    def label(self) -> str:
        """``东莞市总工会 2026 第 3 版``: the label stored with the version (Datasette)."""
        return version_label(self.department, self.year, self.version, self.project)

    @property
    def importer(self) -> str:
        """Who imported it, for people: a display name or ``""`` (never ``telegram:1001``)."""
        return shown_name(self.imported_by, self.importer_name)

    @property
    def source(self) -> str:
        """``王小明（聊天上传）`` / ``命令行导入``."""
        return source_text(self.imported_by, self.importer_name)


@dataclass
class StoredTable:
    table: PerformanceTable
    version: VersionInfo


class Store:
    """All persistent state: table versions, aliases, the question log (and later progress)."""

    def __init__(self, path: str | Path, busy_timeout: float = BUSY_TIMEOUT_SECONDS) -> None:
        self.path = str(path)
        self.busy_timeout = busy_timeout
        self._local = threading.local()
        self._connections: list[sqlite_utils.Database] = []
        self._connections_lock = threading.Lock()
        self._columns: dict[str, list[str]] = {}
        # An in-memory database exists only in its one connection; a file gets one connection
        # per thread (the bot works from a thread pool), so one thread's import transaction
        # never interleaves with another's reads: WAL gives each a consistent snapshot.
        self._shared = self._connect() if self.path == ":memory:" else None
        if self._shared is None:
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
            self.db.enable_wal()
        migrate(self.db)

    @property
    def db(self) -> sqlite_utils.Database:
        """This thread's connection."""
        if self._shared is not None:
            return self._shared
        db = getattr(self._local, "db", None)
        if db is None:
            db = self._local.db = self._connect()
        return db

    def _connect(self) -> sqlite_utils.Database:
        conn = sqlite3.connect(self.path, check_same_thread=False, timeout=self.busy_timeout,
                               factory=_Connection)
        db = sqlite_utils.Database(conn)
        db.execute("PRAGMA foreign_keys = ON")
        # With WAL, NORMAL syncs at checkpoints rather than every commit: a crash of the
        # program loses nothing, a power cut at most the last commits, never consistency.
        db.execute("PRAGMA synchronous = NORMAL")
        with self._connections_lock:
            self._connections.append(db)
        return db

    def close(self) -> None:
        with self._connections_lock:
            for db in self._connections:
                db.close()
            self._connections.clear()
        self._local = threading.local()

    @contextmanager
    def transaction(self) -> Iterator[sqlite_utils.Database]:
        """One write transaction. ``BEGIN IMMEDIATE`` takes the write lock up front (waiting
        up to the busy timeout), because a deferred transaction that reads and then writes
        cannot upgrade in WAL mode once another connection has committed meanwhile."""
        db = self.db
        if db.conn.in_transaction:  # nested: a savepoint inside the caller's transaction
            with db.atomic():
                yield db
            return
        _begin_immediate(db.conn)
        try:
            with db.atomic():
                yield db
        except BaseException:
            if db.conn.in_transaction:
                db.conn.execute("ROLLBACK")
            raise
        db.conn.execute("COMMIT")

    # ------------------------------------------------------------ generation

    def generation(self) -> int:
        row = self.db.execute("SELECT value FROM meta WHERE key = 'generation'").fetchone()
        return int(row[0]) if row else 0

    def _bump_generation(self) -> None:
        self.db.execute(
            "INSERT INTO meta (key, value) VALUES ('generation', '1') ON CONFLICT(key) "
            "DO UPDATE SET value = CAST(value AS INTEGER) + 1"
        )

    # ------------------------------------------------------------ tables

    def is_empty(self) -> bool:
        return self.db["versions"].count == 0

    def import_table(
        self,
        table: PerformanceTable,
        *,
        source_name: str,
        sha256: str,
        imported_by: str,
        warnings: list[str] | None = None,
        importer_name: str = "",
    ) -> VersionInfo:
        """Store ``table`` as the new current version of its key (department, project, year),
        in one transaction. ``imported_by`` identifies the importer (``telegram:1001``, ``cli``);
        ``importer_name`` is the name people see (see ``data.actors``)."""
        key = [table.department, table.project, table.year]
        with self.transaction() as db:
            previous = db.execute(
                "SELECT COALESCE(MAX(version), 0) FROM versions "
                "WHERE department = ? AND project = ? AND year = ?", key,
            ).fetchone()[0]
            db.execute(
                "UPDATE versions SET is_current = 0 "
                "WHERE department = ? AND project = ? AND year = ?", key,
            )
            counts = {"budget": len(table.budget), "goals": len(table.goals),
                      "tasks": len(table.tasks), "indicators": len(table.indicators)}
            version_id = db["versions"].insert(
                {
                    "department": table.department,
                    "year": table.year,
                    "version": previous + 1,
                    "is_current": 1,
                    "source_name": source_name,
                    "sha256": sha256,
                    "imported_at": now_iso(),
                    "imported_by": imported_by,
                    "importer_name": importer_name,
                    "label": version_label(table.department, table.year, previous + 1,
                                           table.project),
                    "warnings": json.dumps(warnings or [], ensure_ascii=False),
                    "counts": json.dumps(counts),
                    "title": table.title,
                    "basic_info": json.dumps(table.basic_info, ensure_ascii=False),
                    "goals": json.dumps(table.goals, ensure_ascii=False),
                    "categories": json.dumps(table.categories, ensure_ascii=False),
                    "kind": table.kind.value,
                    "project": table.project,
                    "form": table.form.value,
                    "unit_name": table.unit,
                    "period_goals": json.dumps(table.period_goals, ensure_ascii=False),
                }
            ).last_pk
            db["budget_lines"].insert_all(
                {"version_id": version_id, "position": i, "name": b.name, "grp": b.group,
                 "amount_fen": _to_fen(b.amount_wan, FEN_PER_WAN)}
                for i, b in enumerate(table.budget)
            )
            db["tasks"].insert_all(
                {"version_id": version_id, "position": i, "section": t.section, "name": t.name,
                 "content": t.content, "expected": t.expected,
                 "amount_fen": _to_fen(t.amount_yuan, FEN_PER_YUAN),
                 "fiscal_fen": _to_fen(t.fiscal_yuan, FEN_PER_YUAN),
                 "other_fen": _to_fen(t.other_yuan, FEN_PER_YUAN)}
                for i, t in enumerate(table.tasks)
            )
            db["indicators"].insert_all(
                _indicator_row(version_id, i, ind) for i, ind in enumerate(table.indicators)
            )
            self._bump_generation()
        return self.version_by_id(version_id)

    def version_by_id(self, version_id: int) -> VersionInfo:
        row = self.db.execute("SELECT * FROM versions WHERE id = ?", [version_id]).fetchone()
        if row is None:
            raise NotFoundError(f"没有编号为 {version_id} 的版本。")
        return _version_info(self._row_dict("versions", row))

    def versions(
        self, department: str | None = None, year: int | None = None, project: str | None = ""
    ) -> list[VersionInfo]:
        """Versions, by department, project and year, oldest first.

        ``project`` is ``""`` (the default) for the department tables only, a project's name
        for that project's tables, or ``None`` for every table.
        """
        where, params = [], []
        if department:
            where.append("department = ?")
            params.append(department)
        if year:
            where.append("year = ?")
            params.append(year)
        if project is not None:
            where.append("project = ?")
            params.append(project)
        sql = "SELECT * FROM versions"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY department, project, year, version"
        return [_version_info(self._row_dict("versions", row)) for row in self.db.execute(sql, params)]

    def current_versions(self, kind: TableKind | None = None) -> list[VersionInfo]:
        """The current version of every table (of one kind, when ``kind`` is given)."""
        return [v for v in self.versions(project=None)
                if v.is_current and (kind is None or v.kind == kind)]

    def current_tables(self, kind: TableKind | None = None) -> list[StoredTable]:
        """Every table's current version, fully loaded, by department, project and year;
        only department (or project) tables when ``kind`` is given."""
        return self.load_versions([info.id for info in self.current_versions(kind)])

    def load_versions(self, version_ids: list[int]) -> list[StoredTable]:
        """Several versions fully loaded with a few queries per batch (not per table), in the
        order given: what the question index reads at start-up and after imports."""
        loaded: list[StoredTable] = []
        for start in range(0, len(version_ids), 500):
            chunk = version_ids[start:start + 500]
            marks = ",".join("?" * len(chunk))
            rows = {row["id"]: row for row in (
                self._row_dict("versions", r) for r in
                self.db.execute(f"SELECT * FROM versions WHERE id IN ({marks})", chunk))}
            budget: dict[int, list[BudgetLine]] = {}
            for vid, name, grp, fen in self.db.execute(
                    f"SELECT version_id, name, grp, amount_fen FROM budget_lines WHERE version_id "
                    f"IN ({marks}) ORDER BY version_id, position", chunk):
                budget.setdefault(vid, []).append(BudgetLine(name, _from_fen(fen, FEN_PER_WAN), grp))
            tasks: dict[int, list[Task]] = {}
            for vid, section, name, content, expected, fen, fiscal, other in self.db.execute(
                    f"SELECT version_id, section, name, content, expected, amount_fen, fiscal_fen, "
                    f"other_fen FROM tasks WHERE version_id IN ({marks}) "
                    f"ORDER BY version_id, position", chunk):
                tasks.setdefault(vid, []).append(Task(
                    section, name, content, expected, _from_fen(fen, FEN_PER_YUAN),
                    _from_fen(fiscal, FEN_PER_YUAN), _from_fen(other, FEN_PER_YUAN)))
            indicators: dict[int, list[Indicator]] = {}
            for vid, *values in self.db.execute(
                    f"SELECT version_id, level1, level2, level3, period_value, annual_value FROM "
                    f"indicators WHERE version_id IN ({marks}) ORDER BY version_id, position",
                    chunk):
                indicators.setdefault(vid, []).append(Indicator(*values))
            for vid in chunk:
                row = rows.get(vid)
                if row is None:
                    continue
                info = _version_info(row)
                table = PerformanceTable(
                    department=info.department, year=info.year, kind=info.kind,
                    project=info.project, unit=row.get("unit_name") or "", form=info.form,
                    period_goals=json.loads(row.get("period_goals") or "[]"),
                    title=row["title"] or "", basic_info=json.loads(row["basic_info"]),
                    goals=json.loads(row["goals"]),
                    categories=[tuple(pair) for pair in json.loads(row["categories"])],
                    budget=budget.get(vid, []), tasks=tasks.get(vid, []),
                    indicators=indicators.get(vid, []))
                loaded.append(StoredTable(table, info))
        return loaded

    def current(self, department: str, year: int, project: str = "") -> StoredTable | None:
        for info in self.versions(department, year, project):
            if info.is_current:
                return self.load(info)
        return None

    def load(self, info: VersionInfo) -> StoredTable:
        return self.load_versions([info.id])[0]

    def rollback(self, department: str, year: int, to_version: int | None = None,
                 project: str = "") -> VersionInfo:
        """Make an earlier version current: ``to_version``, or the one before the current."""
        versions = self.versions(department, year, project)
        who = f"{department} · {project}" if project else department
        if not versions:
            raise NotFoundError(f"没有 {who} {year} 年的数据。")
        current = next((v for v in versions if v.is_current), versions[-1])
        if to_version is None:
            earlier = [v for v in versions if v.version < current.version]
            if not earlier:
                raise NothingToRollBack(department, year, current.version)
            target = earlier[-1]
        else:
            target = next((v for v in versions if v.version == to_version), None)
            if target is None:
                raise NotFoundError(f"{who} {year} 年没有第 {to_version} 版。")
        with self.transaction() as db:
            db.execute(
                "UPDATE versions SET is_current = (id = ?) "
                "WHERE department = ? AND project = ? AND year = ?",
                [target.id, department, project, year],
            )
            self._bump_generation()
        return self.version_by_id(target.id)

    # ------------------------------------------------------------ aliases and question log

    def add_alias(self, alias: str, target: str, created_by: str = "") -> None:
        with self.transaction() as db:
            db["aliases"].upsert(
                {"alias": alias, "target": target, "created_at": now_iso(), "created_by": created_by},
                pk="alias",
            )
            self._bump_generation()

    def remove_alias(self, alias: str) -> bool:
        with self.transaction() as db:
            removed = db.execute("DELETE FROM aliases WHERE alias = ?", [alias]).rowcount
            if removed:
                self._bump_generation()
        return bool(removed)

    def aliases(self) -> dict[str, str]:
        return dict(self.db.execute("SELECT alias, target FROM aliases ORDER BY alias").fetchall())

    def log_question(self, question: str, status: str, answer: str, chat_id: str = "",
                     user_id: str = "") -> None:
        with self.transaction() as db:
            db["question_log"].insert({"asked_at": now_iso(), "chat_id": str(chat_id),
                                       "user_id": str(user_id), "question": question,
                                       "status": status, "answer": answer})

    def unanswered(self, limit: int = 20) -> list[dict]:
        """Recent questions answered with not-found or low confidence, newest first."""
        return [
            dict(zip(("asked_at", "question", "status", "count"), row, strict=True))
            for row in self.db.execute(
                "SELECT MAX(asked_at), question, status, COUNT(*) FROM question_log "
                "GROUP BY question ORDER BY MAX(id) DESC LIMIT ?", [limit])
        ]

    def _row_dict(self, table: str, row: tuple) -> dict:
        columns = self._columns.get(table)
        if columns is None:  # the schema is fixed once migrated
            columns = self._columns[table] = [c.name for c in self.db[table].columns]
        return dict(zip(columns, row, strict=True))

    def current_keys(self) -> list[tuple[int, str, str, int]]:
        """(version id, department, project, year) of every current table: what the question
        index compares with what it holds, cheaply at any size."""
        return [tuple(row) for row in self.db.execute(
            "SELECT id, department, project, year FROM versions WHERE is_current = 1")]


def _to_fen(amount: Decimal | None, per_unit: Decimal) -> int | None:
    return to_fen(amount, per_unit)  # ValueOutOfRange rather than an OverflowError


def _is_busy(error: sqlite3.Error) -> bool:
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)
    return "locked" in str(error) or "busy" in str(error)


class _Connection(sqlite3.Connection):
    """A connection whose "database is locked" is ``StoreBusy``, a domain error with its
    Chinese message, wherever the statement came from (sqlite-utils runs everything through
    ``execute``)."""

    def execute(self, *args, **kwargs):  # noqa: ANN002, ANN003, ANN201
        try:
            return super().execute(*args, **kwargs)
        except sqlite3.OperationalError as error:
            if _is_busy(error):
                raise StoreBusy() from error
            raise

    def executemany(self, *args, **kwargs):  # noqa: ANN002, ANN003, ANN201
        try:
            return super().executemany(*args, **kwargs)
        except sqlite3.OperationalError as error:
            if _is_busy(error):
                raise StoreBusy() from error
            raise


def _begin_immediate(conn: sqlite3.Connection) -> None:
    """Take the write lock, trying again after short pauses: each try already waits up to the
    busy timeout inside SQLite, the pauses cover a lock refused at once (WAL recovery)."""
    for pause in (*BEGIN_RETRY_PAUSES, None):
        try:
            conn.execute("BEGIN IMMEDIATE")
            return
        except StoreBusy:
            if pause is None:
                logger.info("database still locked by another connection; giving up")
                raise
            time.sleep(pause)


def _from_fen(fen: int | None, per_unit: Decimal) -> Decimal | None:
    if fen is None:
        return None
    value = Decimal(fen) / per_unit
    return value.quantize(Decimal("0.01")) if value != value.to_integral_value() else value.quantize(
        Decimal(1))


def _indicator_row(version_id: int, position: int, indicator: Indicator) -> dict:
    row = {"version_id": version_id, "position": position, "level1": indicator.level1,
           "level2": indicator.level2, "level3": indicator.level3,
           "period_value": indicator.period_value, "annual_value": indicator.annual_value}
    for prefix, parsed in (("period", indicator.period), ("annual", indicator.annual)):
        row[f"{prefix}_op"] = parsed.op
        row[f"{prefix}_number"] = None if parsed.number is None else str(parsed.number)
        # The same number as a REAL, for people filtering and sorting in Datasette or Excel;
        # the text column stays the exact value the answers use.
        row[f"{prefix}_number_real"] = None if parsed.number is None else float(parsed.number)
        row[f"{prefix}_unit"] = parsed.unit
    return row


def _version_info(row: dict) -> VersionInfo:
    return VersionInfo(
        id=row["id"], department=row["department"], year=row["year"], version=row["version"],
        is_current=bool(row["is_current"]), source_name=row["source_name"], sha256=row["sha256"],
        imported_at=row["imported_at"], imported_by=row["imported_by"],
        warnings=json.loads(row["warnings"] or "[]"), counts=json.loads(row["counts"] or "{}"),
        importer_name=row.get("importer_name") or "",
        project=row["project"] or "", kind=TableKind(row["kind"] or TableKind.DEPARTMENT),
        form=FormKind(row["form"] or FormKind.DEPARTMENT_TARGET),
    )


# ---------------------------------------------------------------- schema


def migrate(db: sqlite_utils.Database) -> None:
    """Bring the schema to ``SCHEMA_VERSION`` in explicit steps (PRAGMA user_version), then
    make the views and triggers match their definitions below."""
    current = db.execute("PRAGMA user_version").fetchone()[0]
    if current < SCHEMA_VERSION:
        # A step may rebuild a table (sqlite-utils ``transform``: copy, drop, rename), which
        # SQLite refuses while a view names the table; the views come back below.
        with db.atomic():
            _drop_derived(db)
    for step in range(current + 1, SCHEMA_VERSION + 1):
        with db.atomic():
            _STEPS[step](db)
            db.execute(f"PRAGMA user_version = {step}")
    with db.atomic():
        _refresh_derived(db)


def _step_1_tables(db: sqlite_utils.Database) -> None:
    db["meta"].create({"key": str, "value": str}, pk="key")
    db["versions"].create(
        {"id": int, "department": str, "year": int, "version": int, "is_current": int,
         "source_name": str, "sha256": str, "imported_at": str, "imported_by": str,
         "warnings": str, "counts": str, "title": str, "basic_info": str, "goals": str,
         "categories": str},
        pk="id",
    )
    db["versions"].create_index(["department", "year", "version"], unique=True)
    db["budget_lines"].create(
        {"version_id": int, "position": int, "name": str, "grp": str, "amount_fen": int},
        pk=("version_id", "position"), foreign_keys=[("version_id", "versions", "id")],
    )
    db["tasks"].create(
        {"version_id": int, "position": int, "section": str, "name": str, "content": str,
         "expected": str, "amount_fen": int},
        pk=("version_id", "position"), foreign_keys=[("version_id", "versions", "id")],
    )
    db["indicators"].create(
        {"version_id": int, "position": int, "level1": str, "level2": str, "level3": str,
         "period_value": str, "annual_value": str, "period_op": str, "period_number": str,
         "period_unit": str, "annual_op": str, "annual_number": str, "annual_unit": str},
        pk=("version_id", "position"), foreign_keys=[("version_id", "versions", "id")],
    )


def _step_2_questions(db: sqlite_utils.Database) -> None:
    db["aliases"].create({"alias": str, "target": str, "created_at": str, "created_by": str},
                         pk="alias")
    db["question_log"].create(
        {"id": int, "asked_at": str, "chat_id": str, "user_id": str, "question": str,
         "status": str, "answer": str},
        pk="id",
    )


def _step_3_progress(db: sqlite_utils.Database) -> None:
    # Every report is kept; the latest per item (by as_of, then imported_at, then id) counts.
    # Task money is integer 分; indicator numbers exact decimal text in the target's unit.
    db["progress_reports"].create(
        {"id": int, "department": str, "year": int, "kind": str, "name": str, "as_of": str,
         "value_text": str, "number": str, "amount_fen": int, "grade": str, "note": str,
         "source_name": str, "reporter": str, "imported_at": str, "batch": str},
        pk="id",
    )
    db["progress_reports"].create_index(["department", "year", "name", "as_of"])
    # Scheduled digests; last_sent_for is the period key (2026-06-30, 2026-W27, 2026-06) of the
    # last digest sent, so a digest is claimed once and never sent twice.
    db["subscriptions"].create(
        {"id": int, "chat_id": int, "frequency": str, "time": str, "department": str,
         "created_at": str, "created_by": str, "last_sent_at": str, "last_sent_for": str,
         "active": int},
        pk="id", not_null={"chat_id", "frequency", "time", "created_at", "active"},
    )
    db["subscriptions"].create_index(["chat_id"])


def _step_5_people_readable(db: sqlite_utils.Database) -> None:
    """What people need to read the database themselves (Datasette, Excel): display names,
    a label per version, numbers as numbers, progress linked to the item it reports on."""
    versions = db["versions"]
    versions.add_column("importer_name", str)
    versions.add_column("label", str)
    db.execute("UPDATE versions SET importer_name = '', "
               "label = department || CASE WHEN project <> '' THEN ' · ' || project ELSE '' END "
               "|| ' ' || year || ' 第 ' || version || ' 版'")
    for prefix in ("period", "annual"):
        db["indicators"].add_column(f"{prefix}_number_real", float)
        db.execute(f"UPDATE indicators SET {prefix}_number_real = CAST({prefix}_number AS REAL) "
                   f"WHERE {prefix}_number IS NOT NULL")
    reports = db["progress_reports"]
    reports.add_column("reporter_name", str)
    reports.add_column("number_real", float)
    reports.add_column("version_id", int, fk="versions", fk_col="id")
    reports.add_column("item_position", int)
    db.execute(f"UPDATE progress_reports SET {_PROGRESS_LINK_SET_V5}")


def _step_4_projects(db: sqlite_utils.Database) -> None:
    # Project tables (项目支出 目标表 / 批复表) are versioned like department tables, keyed by
    # (department, project, year); a department table has project ''. Existing rows are all
    # department tables read from the 部门整体预算绩效目标表.
    versions = db["versions"]
    versions.add_column("kind", str, not_null_default=TableKind.DEPARTMENT.value)
    versions.add_column("project", str, not_null_default="")
    versions.add_column("form", str, not_null_default=FormKind.DEPARTMENT_TARGET.value)
    versions.add_column("unit_name", str, not_null_default="")
    versions.add_column("period_goals", str, not_null_default="[]")
    for index in versions.indexes:
        if index.unique and index.columns == ["department", "year", "version"]:
            db.execute(f"DROP INDEX [{index.name}]")
    versions.create_index(["department", "project", "year", "version"], unique=True)
    # A 批复表 task's 市财政拨款 and 其他资金, in 分 like its amount.
    db["tasks"].add_column("fiscal_fen", int)
    db["tasks"].add_column("other_fen", int)


def _step_6_outbox(db: sqlite_utils.Database) -> None:
    # Scheduled digests go out through an outbox (data/outbox.py): one row per message of a
    # digest (an envelope), pending -> sending -> sent (or failed once its period is over or
    # the chat refuses), with attempts, the last error and when to try next. Times are ISO
    # strings in Asia/Shanghai, so they compare as text.
    db["outbox"].create(
        {"id": int, "envelope": str, "subscription_id": int, "chat_id": int, "period": str,
         "position": int, "kind": str, "text": str, "markup": str, "photo": bytes,
         "filename": str, "status": str, "attempts": int, "last_error": str,
         "created_at": str, "next_attempt_at": str, "expires_at": str, "sent_at": str,
         "message_id": int},
        pk="id",
        not_null={"envelope", "chat_id", "position", "kind", "status", "attempts",
                  "created_at", "next_attempt_at", "expires_at"},
        defaults={"attempts": 0},
    )
    db["outbox"].create_index(["envelope", "position"], unique=True)
    db["outbox"].create_index(["status", "next_attempt_at"])
    db["outbox"].create_index(["subscription_id"])


def _step_7_project_progress(db: sqlite_utils.Database) -> None:
    # Progress can belong to a project table (from a 运行监控表 or 自评表): ``project`` is its
    # name, '' for the department table's own items, as in ``versions``. ``form`` says which
    # printed form a report was read from ('' for progress files and chat); a 自评表's 分值 and
    # 得分 are kept beside the value, as exact decimal text, and its 总分 once per form.
    reports = db["progress_reports"]
    reports.add_column("project", str, not_null_default="")
    reports.add_column("form", str, not_null_default="")
    reports.add_column("points", str)
    reports.add_column("score", str)
    reports.create_index(["department", "year", "project", "kind", "name", "as_of"])
    db["self_evaluations"].create(
        {"id": int, "department": str, "year": int, "project": str, "as_of": str,
         "points": str, "score": str, "source_name": str, "reporter": str,
         "reporter_name": str, "imported_at": str, "batch": str},
        pk="id", not_null={"department", "year", "project", "as_of"},
    )
    db["self_evaluations"].create_index(["department", "year", "project"])


_STEPS = {1: _step_1_tables, 2: _step_2_questions, 3: _step_3_progress,
          4: _step_4_projects, 5: _step_5_people_readable, 6: _step_6_outbox,
          7: _step_7_project_progress}


# ---------------------------------------------------------------- views and triggers
#
# Views for people (Datasette, `run_bot.py export --csv`): the current version of every
# department-year, amounts in 元 and 万元 as numbers (from the exact integer 分 columns), one row
# per line of the form. They are re-created whenever their text here changes, so a schema step
# that adds a column (e.g. ``versions.project``) only needs ``v.project,`` added below.

_VERSION_COLUMNS = ("v.version, v.id AS version_id, v.label AS version_label, "
                    "v.source_name, v.imported_at")


def _money(column: str) -> str:
    """``amount_yuan`` (an integer when whole) and ``amount_wan`` from integer 分."""
    return (f"CASE WHEN {column} % 100 = 0 THEN {column} / 100 ELSE {column} / 100.0 END "
            f"AS amount_yuan, ROUND({column} / 1000000.0, 6) AS amount_wan")


# The names a project table gives its year's funds, in order of preference (see
# ``data.progress.annual_funds``): the project's funds item is measured against the first found.
ANNUAL_FUND_NAMES = ("年度资金总额", "本年度申请市财政预算资金", "年度资金", "本年度资金", "总额")


def _annual_funds_rank(column: str) -> str:
    """SQL ranking a project's budget lines like ``data.progress.annual_funds``: the named
    totals first, then lines of the year, then any but the multi-year ones."""
    named = " ".join(f"WHEN {column} = '{name}' THEN {rank}"
                     for rank, name in enumerate(ANNUAL_FUND_NAMES))
    later = len(ANNUAL_FUND_NAMES)
    return (f"CASE {named} WHEN ({column} LIKE '%年度%' OR {column} LIKE '%本年%') AND "
            f"{column} NOT LIKE '%实施周期%' AND {column} NOT LIKE '%中期%' THEN {later} "
            f"WHEN {column} LIKE '%实施周期%' OR {column} LIKE '%中期%' THEN {later + 2} "
            f"ELSE {later + 1} END")


def _yuan_of(fen: str) -> str:
    return f"CASE WHEN {fen} % 100 = 0 THEN {fen} / 100 ELSE {fen} / 100.0 END"


# Every item of every current table that progress can be reported for: tasks and indicators
# (each name once), and a project table's funds item, named after the project and measured
# against its year's funds (in 元).
_TRACKED_ITEMS = f"""
    SELECT v.id AS version_id, v.department, v.project, v.year, 'task' AS kind, t.name,
           MIN(t.position) AS item_position, {_yuan_of("t.amount_fen")} AS target
    FROM versions v JOIN tasks t ON t.version_id = v.id
    WHERE v.is_current = 1 GROUP BY v.id, t.name
    UNION ALL
    SELECT v.id, v.department, v.project, v.year, 'indicator', i.level3, MIN(i.position),
           i.annual_value
    FROM versions v JOIN indicators i ON i.version_id = v.id
    WHERE v.is_current = 1 GROUP BY v.id, i.level3
    UNION ALL
    SELECT v.id, v.department, v.project, v.year, 'task', v.project, NULL,
           (SELECT {_yuan_of("b.amount_fen")} FROM budget_lines b
            WHERE b.version_id = v.id AND b.amount_fen IS NOT NULL
            ORDER BY {_annual_funds_rank("b.name")}, b.position LIMIT 1)
    FROM versions v
    WHERE v.is_current = 1 AND v.project <> ''
      AND EXISTS (SELECT 1 FROM budget_lines b WHERE b.version_id = v.id
                  AND b.amount_fen IS NOT NULL)"""

VIEWS: dict[str, str] = {
    "current_budget": f"""
        SELECT v.department, v.project, v.year, b.grp AS category, b.position, b.name,
               {_money("b.amount_fen")}, {_VERSION_COLUMNS}
        FROM versions v JOIN budget_lines b ON b.version_id = v.id
        WHERE v.is_current = 1""",
    "current_tasks": f"""
        SELECT v.department, v.project, v.year, t.section, t.position, t.name, t.content, t.expected,
               {_money("t.amount_fen")}, {_VERSION_COLUMNS}
        FROM versions v JOIN tasks t ON t.version_id = v.id
        WHERE v.is_current = 1""",
    "current_indicators": f"""
        SELECT v.department, v.project, v.year, i.level1 AS category, i.level2 AS subcategory, i.position,
               i.level3 AS name, i.annual_value, i.annual_op, i.annual_number_real AS annual_number,
               i.annual_unit, i.period_value, i.period_op, i.period_number_real AS period_number,
               i.period_unit, {_VERSION_COLUMNS}
        FROM versions v JOIN indicators i ON i.version_id = v.id
        WHERE v.is_current = 1""",
    # Per item of every current table (department or project), the report that counts (latest
    # 截至日期, then import) beside its target. The same target is reported once and seen in
    # both tables: a department item counts its projects' reports of the same kind and name
    # (the project's funds for the task of the project's name), a project item the department's
    # reports of its name; one project never sees another's.
    "current_progress": f"""
        WITH items AS ({_TRACKED_ITEMS}),
        ranked AS (
            SELECT it.*, p.id AS report_id,
                   ROW_NUMBER() OVER (PARTITION BY it.version_id, it.kind, it.name
                                      ORDER BY p.as_of DESC, p.imported_at DESC, p.id DESC) AS rank
            FROM items it JOIN progress_reports p
              ON p.department = it.department AND p.year = it.year AND p.kind = it.kind
             AND p.name = it.name AND (it.project = '' OR p.project IN ('', it.project)))
        SELECT r.department, r.project, r.year,
               CASE r.kind WHEN 'task' THEN '任务' ELSE '指标' END AS kind,
               r.name, p.as_of, p.value_text AS value, p.number_real AS number,
               {_yuan_of("p.amount_fen")} AS amount_yuan,
               ROUND(p.amount_fen / 1000000.0, 6) AS amount_wan, p.grade, r.target,
               r.item_position, p.note,
               CASE WHEN COALESCE(p.reporter_name, '') <> '' THEN p.reporter_name
                    WHEN p.reporter LIKE 'telegram:%' OR p.reporter IN ('', 'cli', 'sample')
                    THEN '' ELSE p.reporter END AS reporter,
               CASE WHEN p.reporter LIKE 'telegram:%' THEN '聊天上传'
                    WHEN p.reporter = 'sample' THEN '示例数据' ELSE '命令行导入' END AS channel,
               p.source_name, p.id AS report_id, p.imported_at AS reported_at,
               CASE p.form WHEN 'monitoring' THEN '项目支出绩效运行监控表'
                           WHEN 'self_evaluation' THEN '项目支出绩效自评表' ELSE '' END AS form,
               p.project AS reported_for, CAST(p.points AS REAL) AS points,
               CAST(p.score AS REAL) AS score,
               v.version, v.id AS version_id, v.label AS version_label, v.imported_at
        FROM ranked r JOIN progress_reports p ON p.id = r.report_id
                      JOIN versions v ON v.id = r.version_id
        WHERE r.rank = 1""",
}

# Every writer of progress reports (file import, /report, the forms) gets the link to the item
# and the numeric value without knowing about them: the database fills them in, against the
# current version of the report's own table (the department's, or its project's).
_PROGRESS_LINK_SET = """
    number_real = CAST(number AS REAL),
    version_id = (SELECT v.id FROM versions v WHERE v.department = progress_reports.department
                  AND v.year = progress_reports.year AND v.is_current = 1
                  AND v.project = progress_reports.project),
    item_position = CASE kind
        WHEN 'task' THEN (SELECT t.position FROM tasks t JOIN versions v ON t.version_id = v.id
                          WHERE v.department = progress_reports.department
                            AND v.year = progress_reports.year AND v.is_current = 1
                            AND v.project = progress_reports.project
                            AND t.name = progress_reports.name ORDER BY t.position LIMIT 1)
        ELSE (SELECT i.position FROM indicators i JOIN versions v ON i.version_id = v.id
              WHERE v.department = progress_reports.department
                AND v.year = progress_reports.year AND v.is_current = 1
                AND v.project = progress_reports.project
                AND i.level3 = progress_reports.name ORDER BY i.position LIMIT 1) END"""
# What step 5 ran, before reports could belong to a project (the column came in step 7).
_PROGRESS_LINK_SET_V5 = """
    number_real = CAST(number AS REAL),
    version_id = (SELECT v.id FROM versions v WHERE v.department = progress_reports.department
                  AND v.year = progress_reports.year AND v.is_current = 1 AND v.project = ''),
    item_position = CASE kind
        WHEN 'task' THEN (SELECT t.position FROM tasks t JOIN versions v ON t.version_id = v.id
                          WHERE v.department = progress_reports.department
                            AND v.year = progress_reports.year AND v.is_current = 1
                            AND v.project = '' AND t.name = progress_reports.name ORDER BY t.position LIMIT 1)
        ELSE (SELECT i.position FROM indicators i JOIN versions v ON i.version_id = v.id
              WHERE v.department = progress_reports.department
                AND v.year = progress_reports.year AND v.is_current = 1
                AND v.project = '' AND i.level3 = progress_reports.name ORDER BY i.position LIMIT 1) END"""

TRIGGERS: dict[str, str] = {
    "progress_reports_link": f"""
        CREATE TRIGGER progress_reports_link AFTER INSERT ON progress_reports
        WHEN NEW.version_id IS NULL
        BEGIN
            UPDATE progress_reports SET {_PROGRESS_LINK_SET} WHERE id = NEW.id;
        END""",
}


def _drop_derived(db: sqlite_utils.Database) -> None:
    for name in VIEWS:
        db.execute(f"DROP VIEW IF EXISTS {name}")
    for name in TRIGGERS:
        db.execute(f"DROP TRIGGER IF EXISTS {name}")


def _refresh_derived(db: sqlite_utils.Database) -> None:
    """Create or replace the views and triggers whose definition differs from the stored one."""
    stored = {(kind, name): sql for kind, name, sql in db.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE type IN ('view', 'trigger')")}
    for name, select in VIEWS.items():
        sql = f"CREATE VIEW {name} AS {select}"
        if stored.get(("view", name)) != sql:
            db.execute(f"DROP VIEW IF EXISTS {name}")
            db.execute(sql)
    for name, sql in TRIGGERS.items():
        sql = sql.strip()
        if stored.get(("trigger", name)) != sql:
            db.execute(f"DROP TRIGGER IF EXISTS {name}")
            db.execute(sql)
