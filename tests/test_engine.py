"""Question-engine behaviours beyond single answers: aliases, the learning log, follow-ups,
data refresh, and the ``ask`` command-line contract."""

from __future__ import annotations

import json
from datetime import date

import pytest

from data.importing import import_file
from nlp import conversation
from nlp.engine import AMBIGUOUS, NOT_FOUND, OK, Engine
from tests.conftest import SEED, run_cli
from tests.fixtures.tables import BY_SLUG, to_table

TODAY = date(2026, 11, 24)


@pytest.fixture
def engine(store) -> Engine:
    import_file(store, SEED, imported_by="test")
    return Engine(store, today=lambda: TODAY)


def test_an_alias_takes_effect_at_once_and_is_stored(engine, store):
    assert engine.ask("暖心行动多少钱").status == NOT_FOUND
    message = engine.add_alias("暖心行动", "送温暖活动经费", created_by="admin")
    assert message == "已添加别名：“暖心行动” → “送温暖活动经费”。"
    assert "1,950,000 元" in engine.ask("暖心行动多少钱").text
    assert store.aliases() == {"暖心行动": "送温暖活动经费"}
    assert "1,950,000 元" in Engine(store, today=lambda: TODAY).ask("暖心行动多少钱").text


def test_an_alias_to_an_unknown_name_is_refused(engine, store):
    assert "没有找到名称“火星计划”" in engine.add_alias("火星", "火星计划")
    assert store.aliases() == {}


def test_not_found_and_ambiguous_questions_are_logged_for_review(engine, store):
    engine.ask("火星局的预算", chat_id="c1", user_id="u1")
    engine.ask("劳模", chat_id="c1", user_id="u1")
    engine.ask("送温暖活动经费是多少", chat_id="c1", user_id="u1")
    logged = {row["question"]: row["status"] for row in store.unanswered()}
    assert logged == {"火星局的预算": NOT_FOUND, "劳模": AMBIGUOUS}


def test_a_follow_up_uses_the_previous_item_of_the_same_chat_only(engine):
    engine.ask("表彰劳模数量", chat_id="a")
    assert "≥22人" in engine.ask("它的年度目标是多少", chat_id="a").text
    assert engine.ask("它的年度目标是多少", chat_id="b").status == NOT_FOUND


def test_a_follow_up_expires(engine, monkeypatch):
    clock = [1000.0]
    monkeypatch.setattr(conversation.time, "monotonic", lambda: clock[0])
    engine.conversations = conversation.Conversations()
    engine.ask("表彰劳模数量", chat_id="a")
    clock[0] += conversation.CONTEXT_SECONDS + 1
    assert engine.ask("它的年度目标是多少", chat_id="a").status == NOT_FOUND


def test_choosing_a_candidate_answers_the_question_with_it(engine):
    answer = engine.ask("劳模", chat_id="a")
    assert answer.status == AMBIGUOUS
    chosen = next(c for c in answer.choices if c.label.startswith("劳模专项工作经费"))
    assert len(f"pick:{chosen.ref}".encode()) <= 64
    assert "2,094,000 元" in engine.choose(chosen.ref, chat_id="a").text


def test_a_stale_choice_after_new_data_is_refused_politely(engine, store):
    answer = engine.ask("劳模", chat_id="a")
    store.import_table(to_table(BY_SLUG["kejiju_2026"]), source_name="k.xlsx", sha256="x",
                       imported_by="t")
    assert "已失效" in engine.choose(answer.choices[0].ref, chat_id="a").text


def test_new_data_is_answered_without_a_restart(engine, store):
    assert engine.ask("科技创新券补助").status == NOT_FOUND
    store.import_table(to_table(BY_SLUG["kejiju_2026"]), source_name="k.xlsx", sha256="x",
                       imported_by="t")
    assert "30,000,000 元" in engine.ask("科技创新券补助").text


def test_an_empty_store_says_how_to_load_data(store):
    answer = Engine(store, today=lambda: TODAY).ask("送温暖活动经费")
    assert answer.status == NOT_FOUND and "import" in answer.text


@pytest.mark.parametrize("question", ["", "   ", "\t", "？", "🙂🙂", "a" * 5000, "送温暖" * 500,
                                      "\x00\x01", "SELECT * FROM tasks; --"])
def test_strange_input_never_crashes(engine, question):
    answer = engine.ask(question)
    assert answer.status in (OK, NOT_FOUND, AMBIGUOUS, "empty", "low_confidence")
    assert answer.text


def test_ask_prints_one_answer(db_path):
    run_cli("import", str(SEED), "--db", str(db_path))
    result = run_cli("ask", "送温暖活动经费是多少？", "--db", str(db_path))
    assert result.returncode == 0
    assert result.stdout.startswith("送温暖活动经费：1,950,000 元（195.00 万元）")


def test_ask_json_answers_every_line_in_order_with_follow_ups(db_path):
    run_cli("import", str(SEED), "--db", str(db_path))
    stdin = "送温暖活动经费是多少？\n\n它的内容是什么\n今天天气怎么样\n"
    result = run_cli("ask", "--db", str(db_path), "--json", stdin=stdin)
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [row["question"] for row in rows] == ["送温暖活动经费是多少？", "", "它的内容是什么",
                                                 "今天天气怎么样"]
    assert "1,950,000 元" in rows[0]["answer"] and rows[0]["status"] == OK
    assert rows[1]["status"] == "empty"
    assert "慰问工会困难职工" in rows[2]["answer"]
    assert rows[3]["status"] == NOT_FOUND


def test_the_console_chat_answers_follow_ups_and_takes_aliases(db_path):
    run_cli("import", str(SEED), "--db", str(db_path))
    stdin = "送温暖\n那它的内容呢\nalias 暖心 = 送温暖活动经费\n暖心多少钱\nquit\n"
    result = run_cli("--db", str(db_path), stdin=stdin)
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("1,950,000 元") == 2
    assert "目标内容：慰问工会困难职工" in result.stdout
    assert "已添加别名" in result.stdout


def test_the_default_database_gets_the_sample_so_a_new_user_can_ask(tmp_path, monkeypatch):
    from bot import config
    from bot.cli import open_store

    monkeypatch.setattr(config, "DEFAULT_DB_PATH", tmp_path / "default.db")
    settings = config.Settings.from_env()
    assert settings.db_is_default
    store = open_store(settings)
    assert [v.department for v in store.current_versions()] == ["东莞市总工会"]


def test_ask_if_ready_answers_at_once_only_from_a_current_index(engine, store):
    assert engine.ask_if_ready("送温暖活动经费") is None  # built lazily: nothing yet
    engine.refresh()
    assert engine.ask_if_ready("送温暖活动经费") is not None
    store.add_alias("暖心", "送温暖活动经费")  # new data: the index must be rebuilt first
    assert engine.ask_if_ready("暖心多少钱") is None
    assert "1,950,000 元" in engine.ask("暖心多少钱").text
    assert "1,950,000 元" in engine.ask_if_ready("暖心多少钱").text


def test_ask_if_ready_logs_nothing_until_asked_to(engine, store):
    engine.refresh()
    answer = engine.ask_if_ready("火星局的预算")
    assert store.unanswered() == []
    engine.log_if_unanswered(answer, "c", "u")
    assert [row["question"] for row in store.unanswered()] == ["火星局的预算"]
