"""The question index kept in step with the store one table at a time, on a small province
made by the scale benchmark's generator (benchmarks/scale_tables.py): several cities whose
departments share their names."""

from __future__ import annotations

import sys
import threading
import time
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from data.db import Store
from nlp.engine import Engine
from nlp.live import BACKGROUND_AFTER

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from scale_tables import CITIES, DEPARTMENTS, Slot, probes, slots, table  # noqa: E402

TODAY = date(2026, 12, 1)
EDUCATION = 1  # 教育局 in scale_tables.DEPARTMENTS


@pytest.fixture(scope="module")
def province(tmp_path_factory) -> Store:
    store = Store(tmp_path_factory.mktemp("province") / "p.db")
    for slot in slots(300):
        store.import_table(table(slot), source_name="gen", sha256="x", imported_by="test")
    for city in (0, 10):  # 广州 and 东莞: the same department in two cities
        store.import_table(table(Slot(city, EDUCATION, 2026)), source_name="gen", sha256="x",
                           imported_by="test")
    yield store
    store.close()


@pytest.fixture(scope="module")
def engine(province: Store) -> Engine:
    return Engine(province, today=lambda: TODAY, log_questions=False)


def test_the_mixed_question_set_is_answered_from_the_right_table(engine):
    wrong = []
    for number, probe in enumerate(probes(40)):
        answer = engine.ask(probe.question, chat_id=f"probe-{number}")
        right = (answer.status == "ok" and probe.expected in answer.text) if probe.expected \
            else answer.status != "ok"
        if not right:
            wrong.append((probe.question, probe.expected, answer.status, answer.text[:120]))
    assert not wrong, wrong


def test_a_place_is_part_of_the_department(engine):
    guangzhou, dongguan = (table(Slot(c, EDUCATION, 2026)) for c in (0, 10))
    task = guangzhou.tasks[0]
    for city, made in (("广州市", guangzhou), ("东莞市", dongguan)):
        answer = engine.ask(f"{city}教育局2026年{task.name}经费多少", chat_id=city)
        amount = next(t.amount_yuan for t in made.tasks if t.name == task.name)
        assert answer.status == "ok" and f"{amount:,.0f}" in answer.text, answer.text
    assert f"{task.amount_yuan:,.0f}" not in engine.ask(
        f"东莞市教育局2026年{task.name}经费多少", chat_id="dg").text
    refused = engine.ask(f"北京市教育局2026年{task.name}经费多少", chat_id="bj")
    assert refused.status == "not_found", refused.text


def test_one_more_table_is_answerable_at_once_and_a_rollback_takes_it_back(province, engine):
    made = table(Slot(len(CITIES) - 1, EDUCATION, 2025))
    task = made.tasks[0]
    question = f"{made.department}2025年{task.name}经费多少"
    assert f"{task.amount_yuan:,.0f}" not in engine.ask(question, chat_id="more").text

    def answered_within_a_second(amount) -> None:
        started = time.perf_counter()
        answer = engine.ask(question, chat_id="more")
        assert answer.status == "ok" and f"{amount:,.0f}" in answer.text, answer.text
        assert time.perf_counter() - started < 1.0

    province.import_table(made, source_name="gen", sha256="x", imported_by="test")
    answered_within_a_second(task.amount_yuan)
    changed = replace(made, tasks=[replace(task, amount_yuan=task.amount_yuan + 1000),
                                   *made.tasks[1:]])
    province.import_table(changed, source_name="gen", sha256="y", imported_by="test")
    answered_within_a_second(task.amount_yuan + 1000)
    assert engine.live.index.version_ids[made.key] == province.current(
        made.department, 2025).version.id
    province.rollback(made.department, 2025)
    answered_within_a_second(task.amount_yuan)


def test_questions_are_answered_while_many_tables_are_indexed_in_the_background(province,
                                                                                  engine):
    batch = slots(300 + BACKGROUND_AFTER * 4)[300:]
    engine.ask("总工会有几项任务", chat_id="warm")
    for slot in batch:
        province.import_table(table(slot), source_name="gen", sha256="x", imported_by="test")
    probe = probes(1)[0]
    longest, answered = 0.0, 0
    engine.ask(probe.question, chat_id="bg-start")  # starts the background update
    while not engine.live.is_current():
        began = time.perf_counter()
        answer = engine.ask(probe.question, chat_id=f"bg-{answered}")
        longest = max(longest, time.perf_counter() - began)
        answered += 1
        assert probe.expected in answer.text
    background = engine.live._background
    if isinstance(background, threading.Thread):
        background.join()
    assert answered > 0, "the update finished before any question was asked"
    assert longest < 0.5, f"a question waited {longest:.2f} s behind the update"
    assert all(engine.live.index.version_ids.get(table(s).key) for s in batch)


def test_a_department_word_inside_an_items_words_is_the_items(tmp_path):
    """汕头人民防空办公室2026年工会服务职工推广项目: 工会 after a department and before item
    words, with no 和/与/比 between, is part of the item — not every city's 总工会."""
    store = Store(tmp_path / "p.db")
    renfang = DEPARTMENTS.index("人民防空办公室")
    for slot in (Slot(3, renfang, 2026), *(Slot(c, DEPARTMENTS.index("总工会"), 2026)
                                          for c in range(4))):
        store.import_table(table(slot), source_name="gen", sha256="x", imported_by="test")
    made = table(Slot(3, renfang, 2026))
    task = next(t for t in made.tasks if "工会服务" in t.name)
    answer = Engine(store, today=lambda: TODAY, log_questions=False).ask(
        f"汕头人民防空办公室2026年{task.name.removeprefix('人防')}经费多少")
    assert answer.status == "ok" and f"{task.amount_yuan:,.0f}" in answer.text, answer.text
    assert answer.departments == [made.department] and "总工会" not in answer.text, answer.text
    store.close()


def test_jieba_loads_in_the_background_after_the_first_build_and_can_be_waited_for(engine):
    engine.refresh()
    engine.live.wait_warm(timeout=60)
    assert not any(t.name == "jieba-warm" and t.is_alive() for t in threading.enumerate())
    assert engine.live.cutter._tokenizer is not None  # loaded, not waiting for an upload
