"""The evaluation set: accuracy must stay at or above 95 %, and a question about anything not in
the data never gets a figure."""

from __future__ import annotations

import re
from datetime import date

import pytest

from data.db import Store
from data.importing import import_file
from nlp.engine import LOW, OK, Engine
from tests.conftest import SEED
from tests.eval_questions import CASES, NF
from tests.fixtures.tables import FIXTURES, to_table

TODAY = date(2026, 11, 24)


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    return Engine(load_evaluation_tables(tmp_path_factory.mktemp("eval") / "eval.db"),
                  today=lambda: TODAY, log_questions=False)


def load_evaluation_tables(path) -> Store:
    """The five fixture tables; 总工会 2026 comes from the real seed text, as users import it."""
    store = Store(path)
    import_file(store, SEED, imported_by="eval")
    for fixture in FIXTURES:
        if fixture.slug != "zonggonghui_2026":
            store.import_table(to_table(fixture), source_name=f"{fixture.slug}.xlsx",
                               sha256="x", imported_by="eval")
    return store


def run_case(engine: Engine, chat: str, question: str, expected: dict) -> str | None:
    """None when the answer is right, else what is wrong."""
    answer = engine.ask(question, chat_id=chat)
    problems = []
    # A low-confidence answer is still the answer (it says so in its text).
    status = OK if answer.status == LOW else answer.status
    if status != expected["status"]:
        problems.append(f"status {answer.status} != {expected['status']}")
    problems += [f"missing {s!r}" for s in expected["has"] if s not in answer.text]
    problems += [f"unexpected {s!r}" for s in expected["not"] if s in answer.text]
    return f"{question}: {'; '.join(problems)}\n{answer.text}" if problems else None


def evaluate(engine: Engine) -> tuple[int, list[str]]:
    failures = []
    chat = 0
    for question, expected in CASES:
        if question.startswith("→"):
            question = question[1:]
        else:
            chat += 1
        failure = run_case(engine, f"eval-{chat}", question, expected)
        if failure:
            failures.append(failure)
    return len(CASES), failures


def test_the_evaluation_set_has_at_least_150_questions():
    assert len(CASES) >= 150


def test_accuracy_on_the_evaluation_set_is_at_least_95_percent(engine):
    total, failures = evaluate(engine)
    accuracy = 1 - len(failures) / total
    print(f"\nevaluation accuracy: {accuracy:.1%} ({total - len(failures)}/{total})")
    assert accuracy >= 0.97, "\n\n".join(failures)


def _has_figure(text: str) -> bool:
    """Digits other than the years of the loaded tables mean a figure was given."""
    return bool(re.search(r"\d", re.sub(r"20\d\d", "", text)))


@pytest.mark.parametrize("question", [q for q, e in CASES if e["status"] == NF])
def test_a_question_outside_the_data_never_gets_a_figure(engine, question):
    answer = engine.ask(question, chat_id=f"nf-{question}")
    assert answer.status == NF
    assert not _has_figure(answer.text.replace(question, "")), answer.text
