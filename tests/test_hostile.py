"""The fault suite: hostile and heavy files, forged buttons and a database held by another
process. Each case asserts the message, a time bound and that the database did not change.

The limits are small here (a 2 s parse timeout, 300 MB of memory) so that the suite stays fast;
the defaults are 60 s and 1 GiB.
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
import subprocess
import sys
import time
from dataclasses import replace
from decimal import Decimal
from functools import partial
from pathlib import Path

import pytest

from bot.handlers.errors import APOLOGY
from data.db import Store
from data.errors import (
    ImportRefused,
    ParseOutOfMemory,
    ParseTimeout,
    StoreBusy,
    ValueOutOfRange,
)
from data.importers import read_table
from data.importing import import_file, prepare_import
from data.progress import ReportError, report_value
from data.workers import ParseLimits, ParsePool
from tests import hostile_files as hostile
from tests.bot_harness import ADMIN, USER, Bot, started_bot
from tests.botapi import FakeBotApi
from tests.conftest import SEED, run_cli

LIMITS = ParseLimits(timeout=2, memory_mb=300, workers=2)


def dump(db_path: Path) -> list[str]:
    with sqlite3.connect(db_path) as conn:
        return list(conn.iterdump())


@pytest.fixture(scope="module")
def pool() -> ParsePool:
    with ParsePool(LIMITS) as parse_pool:
        yield parse_pool


@pytest.fixture
def seeded(db_path: Path) -> Store:
    store = Store(db_path)
    import_file(store, SEED, "test")
    yield store
    store.close()


def refusal(pool: ParsePool, store: Store, name: str, content: bytes) -> tuple[str, float]:
    """The Chinese refusal of an upload read in the pool, and how long it took."""
    started = time.perf_counter()
    with pytest.raises(ImportRefused) as refused:
        prepare_import(store, content, name, reader=partial(pool.run, read_table))
    return str(refused.value), time.perf_counter() - started


# --------------------------------------------------------------------------- refused files

REFUSED = {
    "a 200 MB shared string (bomb.xlsx)": (
        "bomb.xlsx", lambda: hostile.xlsx_shared_string_bomb(200),
        "Excel 文件解压后有 200 MB（上限 100 MB），文件过大或过于复杂。"),
    "a 20 MB shared string, 1,000 to 1 (ratio.xlsx)": (
        "ratio.xlsx", lambda: hostile.xlsx_shared_string_bomb(20), "压缩比异常"),
    "240,000 cells (cells.xlsx)": (
        "cells.xlsx", lambda: hostile.xlsx_many_cells(40_000),
        "Excel 文件的单元格超过 200,000 个，一张绩效目标表只有几千个。"),
    "250,000 shared strings (strings.xlsx)": (
        "strings.xlsx", lambda: hostile.xlsx_many_shared_strings(250_000),
        "Excel 文件的文字条目超过 200,000 条"),
    "a 100 x 100 ruled grid (dense.pdf)": (
        "dense.pdf", lambda: hostile.dense_pdf(1, 100),
        "PDF 第 1 页的表格线过密（101 条横线 × 101 条竖线），文件过大或过于复杂。"),
    "13 pages (pages.pdf)": (
        "pages.pdf", lambda: hostile.dense_pdf(13, 2), "这个 PDF 有 13 页，超过 12 页"),
    "12,000 characters on a page (chars.pdf)": (
        "chars.pdf", lambda: hostile.dense_pdf(1, 2, 2_400), "PDF 第 1 页有"),
    "25,000 lines of text (long.txt)": (
        "long.txt", lambda: ("部门名称 某局\n" + "一行文字\n" * 25_000).encode(),
        "文本超过 20,000 行，一张绩效目标表只有几百行。"),
    # Amount cells are checked by the readers, which name the line or cell; values are
    # checked at preview (data/ranges.py), which names the item.
    "a task amount of 10^20 元 in copied text (huge.txt)": (
        "huge.txt", lambda: hostile.text_with_task_amount("1" + "0" * 20),
        " 行：无法识别的金额“100000000000000000000”"),
    "a task amount of 1e20 in an XLSX number cell (huge.xlsx)": (
        "huge.xlsx", lambda: hostile.xlsx_form_with_task_amount(Decimal("1e20")),
        "单元格 E19：无法识别的金额“100000000000000000000”"),
    "a negative task amount (negative.xlsx)": (
        "negative.xlsx", lambda: hostile.xlsx_form_with_task_amount(Decimal(-1950000)),
        "单元格 E19：无法识别的金额“-1950000”"),
    "an indicator value of 10^20 (value.txt)": (
        "value.txt", lambda: hostile.seed_text().replace(
            "≥660人 ≥660人", "≥100000000000000000000人 ≥100000000000000000000人").encode(),
        "绩效指标“开展技能培训”的实施周期指标值“≥100000000000000000000人”超出合理范围"
        "（绝对值不超过 10 万亿）。"),
    "UTF-16 that does not decode (broken16.txt)": (
        "broken16.txt", lambda: hostile.utf16_without_bom() + b"A",  # cut mid-character
        "无法识别文本编码：文件像是不带 BOM 的 UTF-16 文本，但无法解码。"),
}


@pytest.mark.parametrize("case", sorted(REFUSED))
def test_a_hostile_file_is_refused_quickly_with_its_reason_and_nothing_changes(
        pool, seeded, db_path, case):
    name, make, message = REFUSED[case]
    content = make()
    before = dump(db_path)
    text, seconds = refusal(pool, seeded, name, content)
    assert message in text
    assert seconds < LIMITS.timeout
    assert dump(db_path) == before


# --------------------------------------------------------------------------- parsed in time

PARSED = {
    "80,000 blank lines after the table": lambda: hostile.padded_text(80_000),
    "20 MB of blank lines after the table": lambda: hostile.padded_text(20 * 1024 * 1024 - 20_000),
    "15,000 unnumbered lines in 总体绩效目标": lambda: hostile.unnumbered_goal_lines(15_000),
    "UTF-16 LE without BOM": hostile.utf16_without_bom,
    "UTF-16 BE without BOM": lambda: hostile.utf16_without_bom(big_endian=True),
    "UTF-32 without BOM": hostile.utf32_without_bom,
    "UTF-32 with its BOM": lambda: hostile.seed_text().encode("utf-32"),
    "UTF-16 with its BOM": lambda: hostile.seed_text().encode("utf-16"),
}


@pytest.mark.parametrize("case", sorted(PARSED))
def test_a_padded_or_oddly_encoded_table_is_read_within_the_limit(pool, store, case):
    expected = read_table(SEED.read_bytes(), SEED.name)
    started = time.perf_counter()
    table = pool.run(read_table, PARSED[case](), "table.txt")
    assert time.perf_counter() - started < LIMITS.timeout
    assert table.department == expected.department and table.year == expected.year
    assert table.tasks == expected.tasks and table.indicators == expected.indicators
    assert table.budget == expected.budget
    if "总体绩效目标" not in case:  # those lines join the first goal
        assert table.goals == expected.goals


# --------------------------------------------------------------------------- the limits


def test_a_parse_over_the_time_limit_is_killed_and_the_next_one_runs(pool):
    started = time.perf_counter()
    with pytest.raises(ParseTimeout) as timeout:
        pool.run(time.sleep, 30)
    assert str(timeout.value).startswith("文件过大或过于复杂，解析超时（2 秒）")
    assert time.perf_counter() - started < LIMITS.timeout + 2
    assert pool.run(read_table, SEED.read_bytes(), SEED.name).department == "东莞市总工会"


def test_a_parse_over_the_memory_limit_fails_in_its_worker_and_the_next_one_runs(pool):
    with pytest.raises(ParseOutOfMemory) as memory:
        pool.run(bytearray, 400 * 1024 * 1024)
    assert str(memory.value).startswith("文件过大或过于复杂，解析时超过内存上限（300 MB）")
    assert pool.run(read_table, SEED.read_bytes(), SEED.name).department == "东莞市总工会"


def test_the_command_line_kills_a_slow_parse_at_its_time_limit(tmp_path, db_path):
    run_cli("import", str(SEED), "--db", str(db_path))
    before = dump(db_path)
    slow = tmp_path / "slow.pdf"
    slow.write_bytes(hostile.dense_pdf(12, 43, 1500))  # about 15 s to parse in full
    started = time.perf_counter()
    result = run_cli("import", str(slow), "--db", str(db_path), "--parse-timeout", "1")
    assert result.returncode == 1
    assert result.stderr.startswith("错误：文件过大或过于复杂，解析超时（1 秒）")
    assert "Traceback" not in result.stdout + result.stderr
    assert time.perf_counter() - started < 12
    assert dump(db_path) == before


def test_the_command_line_reports_the_memory_limit(tmp_path, db_path):
    run_cli("import", str(SEED), "--db", str(db_path))
    before = dump(db_path)
    padded = tmp_path / "padded.txt"  # 20 MB: a parse needs several copies of it
    padded.write_bytes(hostile.padded_text(20 * 1024 * 1024 - 20_000))
    result = run_cli("import", str(padded), "--db", str(db_path), "--force",
                     env={"JIXIAO_PARSE_MEMORY_MB": "100"})  # less than the worker has mapped
    assert result.returncode == 1
    assert result.stderr.startswith("错误：文件过大或过于复杂，解析时超过内存上限（100 MB）")
    assert "Traceback" not in result.stdout + result.stderr
    assert dump(db_path) == before


def test_a_setting_that_is_not_a_number_is_a_one_line_error(db_path):
    result = run_cli("import", str(SEED), "--db", str(db_path),
                     env={"JIXIAO_PARSE_TIMEOUT": "abc"})
    assert result.returncode == 1
    assert result.stderr == "错误：JIXIAO_PARSE_TIMEOUT 应为正数，而不是“abc”。\n"


# --------------------------------------------------------------------------- sane ranges


def test_the_store_refuses_an_amount_it_cannot_hold_rather_than_overflow(seeded, db_path):
    table = read_table(SEED.read_bytes(), SEED.name)
    table.tasks = [replace(task, amount_yuan=Decimal("1e20")) for task in table.tasks]
    before = dump(db_path)
    with pytest.raises(ValueOutOfRange, match="超出合理范围"):
        seeded.import_table(table, source_name="huge.txt", sha256="x", imported_by="t")
    assert dump(db_path) == before


def test_a_reported_amount_out_of_range_is_refused_without_storing(seeded, db_path):
    before = dump(db_path)
    with pytest.raises(ReportError, match="完成值“100000000000000000000”超出合理范围"):
        report_value(seeded, "送温暖活动经费", "1" + "0" * 20, "t")
    assert dump(db_path) == before


def test_the_command_line_refuses_a_huge_amount_with_the_line_named(tmp_path, db_path):
    run_cli("import", str(SEED), "--db", str(db_path))
    before = dump(db_path)
    path = tmp_path / "huge.txt"
    path.write_bytes(hostile.text_with_task_amount("1" + "0" * 20))
    result = run_cli("import", str(path), "--db", str(db_path))
    assert result.returncode == 1
    assert result.stderr.startswith("错误：第 ")
    assert result.stderr.endswith(" 行：无法识别的金额“100000000000000000000”\n")
    assert "Traceback" not in result.stdout + result.stderr
    assert dump(db_path) == before


# --------------------------------------------------------------------------- a busy database


class HeldWriteLock:
    """Another process holding the database's write lock for ``seconds``."""

    SCRIPT = ("import sqlite3, sys, time\n"
              "conn = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
              "conn.execute('BEGIN IMMEDIATE')\n"
              "print('locked', flush=True)\n"
              "time.sleep(float(sys.argv[2]))\n")

    def __init__(self, db_path: Path, seconds: float = 40) -> None:
        self.process = subprocess.Popen([sys.executable, "-c", self.SCRIPT, str(db_path),
                                         str(seconds)], stdout=subprocess.PIPE, text=True)
        assert self.process.stdout.readline().strip() == "locked"

    def __enter__(self) -> HeldWriteLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.process.kill()
        self.process.wait()


def test_a_store_write_under_a_held_lock_is_store_busy_within_seconds(seeded, db_path):
    table = read_table(SEED.read_bytes(), SEED.name)
    before = dump(db_path)
    with HeldWriteLock(db_path):
        started = time.perf_counter()
        with pytest.raises(StoreBusy, match="数据正在更新，请稍后再试"):
            seeded.import_table(table, source_name="x", sha256="y", imported_by="t")
        assert time.perf_counter() - started < 8
        assert seeded.current("东莞市总工会", 2026) is not None  # reads go on meanwhile
    assert dump(db_path) == before


def test_the_command_line_says_the_data_is_being_updated(tmp_path, db_path):
    run_cli("import", str(SEED), "--db", str(db_path))
    changed = tmp_path / "changed.txt"
    changed.write_bytes(SEED.read_bytes().replace(b"1950000", b"2050000"))
    before = dump(db_path)
    with HeldWriteLock(db_path):
        result = run_cli("import", str(changed), "--db", str(db_path))
    assert result.returncode == 1
    assert result.stderr == "错误：数据正在更新，请稍后再试。\n"
    assert result.stdout == ""
    assert dump(db_path) == before


# --------------------------------------------------------------------------- in the bot


def run_bot(db_path: Path, scenario, **settings) -> None:
    store = Store(db_path)
    import_file(store, SEED, "test")

    async def main() -> None:
        async with FakeBotApi() as api, started_bot(api, store, **settings) as bot:
            await scenario(bot)

    try:
        asyncio.run(main())
    finally:
        store.close()


async def final_reply(bot: Bot, user: int, before: int) -> dict:
    """The bot's reply at index ``before`` once it is no longer 正在解析…."""
    await bot.api.wait_for_messages(user, before + 1, timeout=30)
    return await bot.api.wait_for(
        lambda: (m := bot.api.messages_to(user)[before]) and m["text"] != "正在解析…" and m,
        timeout=30)


def test_forged_buttons_are_answered_as_stale_and_logged_without_traceback(db_path, caplog):
    forged = ["imp:ok", "imp:", "imp:ok:", "imp:xx:abcdefgh", "junk", "pick:1:2", "pg:zz", ""]

    async def scenario(bot: Bot) -> None:
        message = await bot.say(USER, "送温暖活动经费是多少？")
        for data in forged:
            query_id = bot.api.press_forged_button(USER, message, data)
            await bot.api.wait_for(lambda q=query_id: bot.api.callback_answer(q))
            assert bot.api.callback_answer(query_id)["text"].startswith("按钮已失效"), data
        await bot.idle()
        assert APOLOGY not in bot.api.texts_to(USER)

    with caplog.at_level(logging.INFO):
        run_bot(db_path, scenario)
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR or r.exc_info]
    assert errors == []
    stale = [r for r in caplog.records if "not issued by this bot" in r.getMessage()]
    assert {r.levelno for r in stale} == {logging.INFO} and len(stale) >= 4


def test_a_hostile_upload_is_refused_in_chat_and_nothing_changes(db_path):
    async def scenario(bot: Bot) -> None:
        before = dump(db_path)
        bot.api.send_document(ADMIN, "bomb.xlsx", hostile.xlsx_shared_string_bomb(200))
        reply = await final_reply(bot, ADMIN, 0)
        assert reply["text"].startswith("Excel 文件解压后有 200 MB（上限 100 MB），文件过大或过于复杂。")
        assert reply["text"].endswith("未导入任何数据。")
        assert "reply_markup" not in reply
        assert dump(db_path) == before

    run_bot(db_path, scenario, parse_timeout=2.0, parse_memory_mb=300)


def test_an_upload_with_an_amount_out_of_range_is_refused_at_preview(db_path):
    async def scenario(bot: Bot) -> None:
        before = dump(db_path)
        bot.api.send_document(ADMIN, "huge.txt", hostile.text_with_task_amount("1" + "0" * 20))
        reply = await final_reply(bot, ADMIN, 0)
        assert reply["text"].startswith("第 ")
        assert " 行：无法识别的金额“100000000000000000000”\n未导入任何数据。" in reply["text"]
        assert "reply_markup" not in reply
        assert dump(db_path) == before

    run_bot(db_path, scenario, parse_timeout=2.0, parse_memory_mb=300)


def test_questions_are_answered_within_a_second_while_six_heavy_uploads_parse(db_path):
    slow = hostile.dense_pdf(12, 43, 1500)  # about 15 s each: every one hits the 2 s limit

    async def scenario(bot: Bot) -> None:
        before = dump(db_path)
        for number in range(6):
            bot.api.send_document(ADMIN, f"slow{number}.pdf", slow)
        await bot.api.wait_for_messages(ADMIN, 6, timeout=10)  # six 正在解析…
        latencies = []
        started = time.perf_counter()
        while time.perf_counter() - started < 5:
            asked = time.perf_counter()
            answer = await bot.say(USER, "送温暖活动经费是多少？")
            latencies.append(time.perf_counter() - asked)
            assert answer["text"].startswith("送温暖活动经费：1,950,000 元")
            await asyncio.sleep(0.05)
        replies = [await final_reply(bot, ADMIN, number) for number in range(6)]
        assert all(r["text"].startswith("文件过大或过于复杂，解析超时（2 秒）") for r in replies)
        assert max(latencies) < 1.0, latencies
        assert dump(db_path) == before

    run_bot(db_path, scenario, parse_timeout=2.0, parse_memory_mb=300, questions_per_minute=0)


def test_a_busy_database_is_a_message_for_users_not_an_apology(db_path):
    async def scenario(bot: Bot) -> None:
        with HeldWriteLock(db_path):
            # Not found, so it is logged for /unanswered: that write waits, the answer does not.
            answer = await bot.say(USER, "火星基地建设经费是多少？")
            assert APOLOGY not in answer["text"]
            # A write the admin asked for cannot wait: the admin is told to try again.
            bot.api.send_text(ADMIN, "/alias 送温暖 = 送温暖活动经费")
            [busy] = await bot.api.wait_for_messages(ADMIN, 1, timeout=15)
            assert busy["text"] == "数据正在更新，请稍后再试。"
        assert APOLOGY not in bot.api.texts_to(USER) + bot.api.texts_to(ADMIN)

    run_bot(db_path, scenario)


# --------------------------------------------------------------------------- bulk import


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    from tests.conftest import FIXTURES

    root = tmp_path / "tables"
    (root / "2025" / "pdf").mkdir(parents=True)
    (root / "2026").mkdir()
    (root / "2026" / "总工会.txt").write_bytes(SEED.read_bytes())
    (root / "2026" / "科技局.xlsx").write_bytes((FIXTURES / "kejiju_2026.xlsx").read_bytes())
    (root / "2025" / "科技局.xlsx").write_bytes((FIXTURES / "kejiju_2025.xlsx").read_bytes())
    (root / "2025" / "pdf" / "总工会.pdf").write_bytes(
        (FIXTURES / "zonggonghui_2025.pdf").read_bytes())
    (root / "说明.md").write_text("not a table", encoding="utf-8")  # not a table suffix
    return root


def test_bulk_import_of_a_folder_imports_each_table_and_sums_up(folder, db_path):
    result = run_cli("import", str(folder), "--db", str(db_path))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[-1].startswith("共 4 个文件：已导入 4 个，未变化 0 个，未导入 0 个（用时 ")
    assert sorted(line.split("：")[0] for line in lines[:-1]) == ["已导入"] * 4
    assert len(Store(db_path).current_versions()) == 4
    again = run_cli("import", str(folder), "--db", str(db_path))
    assert again.returncode == 0
    assert again.stdout.splitlines()[-1].startswith("共 4 个文件：已导入 0 个，未变化 4 个，未导入 0 个")
    forced = run_cli("import", str(folder / "2026"), "--db", str(db_path), "--force")
    assert forced.stdout.splitlines()[-1].startswith("共 2 个文件：已导入 2 个，未变化 0 个")


def test_a_refused_file_does_not_stop_a_bulk_import_and_exits_1(folder, tmp_path, db_path):
    (folder / "2026" / "坏表.xlsx").write_bytes(b"PK\x03\x04broken")
    (folder / "2026" / "huge.txt").write_bytes(hostile.text_with_task_amount("1" + "0" * 20))
    extra = tmp_path / "另一张.txt"
    extra.write_bytes(SEED.read_bytes().replace(b"1950000", b"2050000"))
    result = run_cli("import", str(folder), str(extra), str(tmp_path / "没有这个文件.pdf"),
                     "--db", str(db_path))
    assert result.returncode == 1
    assert "Traceback" not in result.stdout + result.stderr
    summary = result.stdout[result.stdout.index("共 "):].splitlines()
    assert summary[0].startswith("共 8 个文件：已导入 5 个，未变化 0 个，未导入 3 个")
    assert summary[1] == "未导入的文件："
    refused = "\n".join(summary[2:])
    assert "没有这个文件.pdf：找不到文件" in refused
    assert "坏表.xlsx：无法读取 Excel 文件" in refused
    assert "huge.txt：第 " in refused and "行：无法识别的金额“100000000000000000000”" in refused
    store = Store(db_path)
    assert len(store.current_versions()) == 4
    assert [v.version for v in store.versions("东莞市总工会", 2026)] == [1, 2]  # 另一张 after


def test_a_file_known_as_current_at_the_start_is_imported_if_replaced_during_the_run(
        tmp_path, db_path):
    run_cli("import", str(SEED), "--db", str(db_path))
    folder = tmp_path / "run"
    folder.mkdir()
    (folder / "a.txt").write_bytes(SEED.read_bytes())  # the current version's own file
    (folder / "b.txt").write_bytes(SEED.read_bytes().replace(b"1950000", b"2050000"))
    (folder / "c.txt").write_bytes(SEED.read_bytes())  # no longer current once b is in
    result = run_cli("import", str(folder), "--db", str(db_path))
    assert result.returncode == 0, result.stderr
    assert [line.split("：")[0] for line in result.stdout.splitlines()[:3]] == \
        ["未变化", "已导入", "已导入"]
    assert [v.version for v in Store(db_path).versions("东莞市总工会", 2026)] == [1, 2, 3]
