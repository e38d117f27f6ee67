"""Settings, read in one place from the environment and command-line flags."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from data.errors import SettingsError
from data.status import DEFAULT_THRESHOLDS, Thresholds, parse_thresholds
from data.workers import (
    DEFAULT_MEMORY_MB,
    DEFAULT_OCR_MEMORY_MB,
    DEFAULT_TIMEOUT_SECONDS,
    DEFAULT_WORKERS,
    ParseLimits,
)

DEFAULT_DB_PATH = Path(__file__).resolve().parent.parent / "data" / "jixiao.db"
TELEGRAM_API_URL = "https://api.telegram.org/bot"
TELEGRAM_FILE_URL = "https://api.telegram.org/file/bot"


def resolve_db_path(cli_value: str | None = None) -> tuple[Path, bool]:
    """The database path and whether it is the default one: ``--db``, else ``JIXIAO_DB``,
    else ``data/jixiao.db`` (git-ignored)."""
    if cli_value:
        return Path(cli_value), False
    if os.environ.get("JIXIAO_DB"):
        return Path(os.environ["JIXIAO_DB"]), False
    return DEFAULT_DB_PATH, True


def _id_set(value: str | None) -> frozenset[int]:
    ids = set()
    for part in (value or "").replace(";", ",").split(","):
        part = part.strip()
        if part.lstrip("-").isdigit():
            ids.add(int(part))
    return frozenset(ids)


def _reporters(value: str | None) -> dict[int, tuple[str, ...]]:
    """``123:东莞市总工会,456:科技局`` → ``{123: ("东莞市总工会",), 456: ("科技局",)}``. A user
    reporting for several departments is listed once per department, or with them joined by
    ``|`` (``123:总工会|科技局``). Department names may be loose; they are resolved against the
    loaded tables when used."""
    reporters: dict[int, tuple[str, ...]] = {}
    for part in re.split(r"[,，;；]", value or ""):
        user, _, names = (piece.strip() for piece in part.partition(":"))
        if not user.lstrip("-").isdigit():
            continue
        departments = tuple(n.strip() for n in re.split(r"[|｜/、]", names) if n.strip())
        if departments:
            known = reporters.get(int(user), ())
            reporters[int(user)] = known + tuple(d for d in departments if d not in known)
    return reporters


def _seconds_list(value: str | None, default: tuple[float, ...]) -> tuple[float, ...]:
    """``1m,5m,15m,60m`` (or seconds: ``0.2,0.5``) → seconds."""
    units = {"s": 1, "m": 60, "h": 3600}
    delays = []
    for part in (value or "").replace("，", ",").split(","):
        match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([smh]?)\s*", part)
        if match:
            delays.append(float(match[1]) * units[match[2] or "s"])
    return tuple(delays) or default


@dataclass(frozen=True)
class Settings:
    token: str | None
    db_path: Path
    db_is_default: bool
    api_url: str = TELEGRAM_API_URL
    file_url: str = TELEGRAM_FILE_URL
    admins: frozenset[int] = field(default_factory=frozenset)
    allowed_chats: frozenset[int] = field(default_factory=frozenset)
    webhook_url: str | None = None
    webhook_port: int = 8443
    questions_per_minute: int = 20
    thresholds: Thresholds = DEFAULT_THRESHOLDS  # status bands of progress digests
    admin_contact: str = ""  # whom refusals name ("请联系…"); else the admins' display names
    # Telegram user id -> the departments (as written in JIXIAO_REPORTERS) they report for.
    reporters: Mapping[int, tuple[str, ...]] = field(default_factory=dict)
    # Scheduled digests: the waits before each retry of a failed send (the last one repeats
    # until the period ends), and how long one send may take before it counts as failed.
    digest_retry: tuple[float, ...] = (60.0, 300.0, 900.0, 3600.0)
    send_timeout: float = 30.0
    # Each upload is parsed in a worker process, killed past this many seconds or megabytes.
    parse_timeout: float = DEFAULT_TIMEOUT_SECONDS
    parse_memory_mb: int = DEFAULT_MEMORY_MB
    parse_workers: int = DEFAULT_WORKERS
    # A scan or photo read with OCR: this much memory, and OCR_SECONDS_PER_PAGE a page more.
    ocr_memory_mb: int = DEFAULT_OCR_MEMORY_MB

    @property
    def parse_limits(self) -> ParseLimits:
        return ParseLimits(self.parse_timeout, self.parse_memory_mb, self.parse_workers,
                           self.ocr_memory_mb)

    @classmethod
    def from_env(cls, db: str | None = None, *, parse_timeout: float | None = None,
                 parse_memory_mb: int | None = None) -> Settings:
        """Settings from the environment; ``--db``, ``--parse-timeout`` and
        ``--parse-memory-mb`` given on the command line win. ``SettingsError`` for a value that
        cannot be used."""
        db_path, is_default = resolve_db_path(db)
        env = os.environ
        return cls(
            token=env.get("TELEGRAM_BOT_TOKEN") or None,
            db_path=db_path,
            db_is_default=is_default,
            api_url=env.get("TELEGRAM_API_URL") or TELEGRAM_API_URL,
            file_url=env.get("TELEGRAM_FILE_URL") or TELEGRAM_FILE_URL,
            admins=_id_set(env.get("JIXIAO_ADMINS")),
            allowed_chats=_id_set(env.get("JIXIAO_ALLOWED_CHATS")),
            webhook_url=env.get("JIXIAO_WEBHOOK_URL") or None,
            webhook_port=int(env.get("JIXIAO_WEBHOOK_PORT") or 8443),
            questions_per_minute=int(env.get("JIXIAO_QUESTIONS_PER_MINUTE") or 20),
            thresholds=parse_thresholds(env.get("JIXIAO_THRESHOLDS", "")),
            admin_contact=(env.get("JIXIAO_ADMIN_CONTACT") or "").strip(),
            reporters=_reporters(env.get("JIXIAO_REPORTERS")),
            digest_retry=_seconds_list(env.get("JIXIAO_DIGEST_RETRY"), cls.digest_retry),
            send_timeout=float(env.get("JIXIAO_SEND_TIMEOUT") or cls.send_timeout),
            parse_timeout=_positive(parse_timeout, "--parse-timeout", "JIXIAO_PARSE_TIMEOUT",
                                    DEFAULT_TIMEOUT_SECONDS),
            parse_memory_mb=int(_positive(parse_memory_mb, "--parse-memory-mb",
                                          "JIXIAO_PARSE_MEMORY_MB", DEFAULT_MEMORY_MB)),
            parse_workers=int(_positive(None, "", "JIXIAO_PARSE_WORKERS", DEFAULT_WORKERS)),
            ocr_memory_mb=int(_positive(None, "", "JIXIAO_OCR_MEMORY_MB", DEFAULT_OCR_MEMORY_MB)),
        )


def _positive(flag: object, flag_name: str, variable: str, default: float) -> float:
    """A positive number: the command-line flag's, else the environment variable's, else
    ``default``."""
    value, name = (flag, flag_name) if flag is not None else (os.environ.get(variable), variable)
    if value is None or (isinstance(value, str) and not value.strip()):
        return default
    try:
        number = float(value)
    except (TypeError, ValueError):
        number = float("nan")
    if not number > 0 or number == float("inf"):
        raise SettingsError(f"{name} 应为正数，而不是“{value}”。")
    return number
