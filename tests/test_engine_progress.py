"""Questions about progress join the question engine: what was achieved, execution rates,
and which items are behind — read from the reports, judged by the status rules."""

from __future__ import annotations

from datetime import date

import pytest

from data.importing import import_file
from data.progress import import_progress_file
from nlp.engine import Engine
from tests.conftest import FIXTURES, SEED

MID_YEAR = date(2026, 6, 30)


@pytest.fixture
def engine(store) -> Engine:
    import_file(store, SEED, imported_by="test")
    import_progress_file(store, FIXTURES / "progress_zonggonghui_2026.csv", "张三",
                         today=date(2026, 7, 1))
    return Engine(store, today=lambda: MID_YEAR)


def test_what_an_indicator_has_achieved(engine):
    text = engine.ask("开展技能培训完成了多少").text
    assert "时间进度 49.6%" in text
    assert "开展技能培训：目标 ≥660人，已完成 200人（截至 2026-06-15），完成年度目标 30.3%，进度比 61.1%" in text
    assert "状态：偏慢" in text and "进度来源：张三（命令行导入）" in text


def test_a_task_execution_rate_shows_its_formula(engine):
    text = engine.ask("送温暖活动经费执行率").text
    assert "计算：执行率 = 已支出 500,000 元 ÷ 预算 1,950,000 元 = 25.6%" in text
    assert "状态：落后" in text


def test_which_indicators_are_behind_lists_red_and_yellow_indicators_only(engine):
    text = engine.ask("哪些指标进度落后").text
    lines = [line for line in text.splitlines() if line.startswith(("🔴", "🟡"))]
    assert [line.split("：")[0] for line in lines] == [
        "🔴 人均培训成本", "🔴 帮扶困难职工数", "🔴 镇级工人文化宫覆盖率", "🟡 开展技能培训",
        "🟡 举办职业技能大赛"]


def test_an_item_without_reports_says_so_without_a_figure_for_progress(engine):
    assert "公益培训费：目标 3,597,700 元，尚未填报进度" in engine.ask("公益培训费执行情况").text


def test_a_department_progress_question_gives_its_digest(engine):
    text = engine.ask("总工会的完成情况").text
    assert text.startswith("东莞市总工会 2026 年绩效进度（2026-06-30）")
    assert "🔴 落后 4 项 · 🟡 偏慢 3 项 · 预算执行 34.6%" in text


def test_target_questions_are_unchanged_by_progress_data(engine):
    assert engine.ask("送温暖活动经费是多少").text.startswith("送温暖活动经费：1,950,000 元")
