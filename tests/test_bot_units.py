"""The bot's plain helpers: message splitting and escaping, the question limiter, pending
imports, department names, the export workbook."""

from __future__ import annotations

import io
from pathlib import Path

import openpyxl
import pytest

from bot.formatting import html_chunks, split_text, utf16_len
from bot.pending import PendingImports
from bot.ratelimit import SlidingWindowLimiter
from bot.views import resolve_department, split_year
from data.db import Store
from data.xlsx_form import write_workbook
from nlp.engine import Engine
from tests.fixtures.tables import FIXTURES, to_table


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_split_text_cuts_at_line_ends_within_the_limit() -> None:
    text = "\n".join(f"第 {n} 行：" + "预算" * 20 for n in range(300))
    pieces = split_text(text)
    assert len(pieces) > 1
    assert all(utf16_len(p) <= 4096 for p in pieces)
    assert "\n".join(pieces) == text


def test_split_text_cuts_an_overlong_line_and_counts_utf16_units() -> None:
    line = "𠀀" * 3000  # outside the BMP: two UTF-16 units each
    pieces = split_text(line)
    assert [utf16_len(p) for p in pieces] == [4096, 1904]
    assert "".join(pieces) == line


def test_html_chunks_escape_after_splitting() -> None:
    assert html_chunks("≥90% <b>劳模</b> & 津贴") == ["≥90% &lt;b&gt;劳模&lt;/b&gt; &amp; 津贴"]
    assert html_chunks("") == ["（没有内容）"]


def test_sliding_window_refuses_then_recovers_and_says_so_once() -> None:
    clock = Clock()
    limiter = SlidingWindowLimiter(2, 60.0, clock=clock)
    assert limiter.acquire(1).allowed and limiter.acquire(1).allowed
    clock.now = 10.0
    first, second = limiter.acquire(1), limiter.acquire(1)
    assert (first.allowed, first.first_refusal, first.retry_after) == (False, True, 50.0)
    assert (second.allowed, second.first_refusal) == (False, False)
    assert limiter.acquire(2).allowed  # per key
    clock.now = 60.0
    assert limiter.acquire(1).allowed
    assert SlidingWindowLimiter(0).acquire(1).allowed  # 0 = no limit


def test_pending_imports_expire_and_pop_once() -> None:
    clock = Clock()
    pending = PendingImports(ttl=60, clock=clock)
    token = pending.add(preview=None, user_id=7, chat_id=7, message_id=3)
    assert len(token) >= 8 and len(f"imp:ok:{token}".encode()) <= 64
    assert pending.get(token).user_id == 7
    clock.now = 61
    assert pending.get(token) is None  # expired, but the expiry job can still pop it
    assert pending.pop(token).message_id == 3
    assert pending.pop(token) is None


@pytest.fixture
def catalog(tmp_path: Path):
    store = Store(tmp_path / "units.db")
    for fixture in FIXTURES:
        store.import_table(to_table(fixture), source_name=fixture.slug, sha256="x",
                           imported_by="t")
    yield Engine(store).index
    store.close()


@pytest.mark.parametrize(
    ("name", "department"),
    [("科技局", "东莞市科学技术局"), ("东莞市科学技术局", "东莞市科学技术局"), ("总工会", "东莞市总工会"),
     ("教育", "东莞市教育局"), ("东莞市", None), ("水务局", None), ("", None)],
)
def test_resolve_department_takes_everyday_names(catalog, name: str, department: str | None) -> None:
    assert resolve_department(name, catalog) == department


def test_split_year() -> None:
    assert split_year("科技局 2025") == ("科技局", 2025)
    assert split_year("2026年 总工会") == ("总工会", 2026)
    assert split_year("成本指标") == ("成本指标", None)


def test_write_workbook_has_one_named_sheet_per_table() -> None:
    tables = [to_table(f) for f in FIXTURES]
    workbook = openpyxl.load_workbook(io.BytesIO(write_workbook(tables)))
    assert workbook.sheetnames == [f"{t.department} {t.year}" for t in tables]


def test_reporters_and_delivery_settings_come_from_the_environment(monkeypatch) -> None:
    from bot.config import Settings

    monkeypatch.setenv("JIXIAO_REPORTERS", "123:东莞市总工会, 456:科技局，123:教育局|总工会, x:1")
    monkeypatch.setenv("JIXIAO_DIGEST_RETRY", "30s,2m,1h")
    monkeypatch.setenv("JIXIAO_SEND_TIMEOUT", "12.5")
    settings = Settings.from_env(db=":memory:")
    assert dict(settings.reporters) == {123: ("东莞市总工会", "教育局", "总工会"), 456: ("科技局",)}
    assert (settings.digest_retry, settings.send_timeout) == ((30.0, 120.0, 3600.0), 12.5)
    monkeypatch.delenv("JIXIAO_DIGEST_RETRY")
    assert Settings.from_env(db=":memory:").digest_retry == (60.0, 300.0, 900.0, 3600.0)
