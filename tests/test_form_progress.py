"""Progress from the 运行监控表 and 自评表: checked against the project's target table (loaded,
or made from the form), stored in one transaction as of the period's end, seen by the project
and by the department table's items of the same name, and refused whole with row numbers."""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from data.db import Store
from data.digest import build_digest
from data.form_progress import self_evaluation_total
from data.importing import import_file
from data.model import FormKind, Indicator, PerformanceTable, TableKind
from data.progress import (
    ProgressFileError,
    commit_progress,
    latest_reports,
    preview_progress,
    reports,
)
from data.values import parse_value
from tests.conftest import SEED, run_cli
from tests.fixtures.forms.progress_render import write_progress_text
from tests.fixtures.forms.progress_truth import ALL, BY_SLUG, ProgressFixture
from tests.fixtures.tables import ZONGGONGHUI_2025, Fixture, to_table

FORMS = Path(__file__).parent / "fixtures" / "forms"
TODAY = date(2026, 8, 15)
ZGH = "东莞市总工会"
CHANYE = "产业工人建设经费"


def dump(path: Path) -> list[str]:
    with sqlite3.connect(path) as conn:
        return list(conn.iterdump())


def upload(store: Store, name: str, content: bytes | None = None, today: date = TODAY,
           departments=None):
    content = (FORMS / name).read_bytes() if content is None else content
    return preview_progress(store, content, name, today=today, departments=departments)


def commit(store: Store, name: str, content: bytes | None = None, today: date = TODAY):
    return commit_progress(store, upload(store, name, content, today), "cli", today=today,
                           reporter_name="张三")


def text_with(fixture: ProgressFixture, *changes: tuple[str, str]) -> bytes:
    text = write_progress_text(fixture)
    for old, new in changes:
        assert old in text
        text = text.replace(old, new, 1)
    return text.encode()


@pytest.fixture
def city(store: Store) -> Store:
    """总工会 2026 (the seed) and 2025, and the two project target forms of the fixtures."""
    import_file(store, SEED, imported_by="test")
    store.import_table(to_table(Fixture("zgh2025", ZONGGONGHUI_2025, ())), source_name="x",
                       sha256="x", imported_by="test")
    for name in ("project_target_2026.xlsx", "project_target_2025_unseen.xlsx"):
        import_file(store, FORMS / name, imported_by="test")
    return store


def summary(items) -> list[tuple]:
    return [(r.project, r.kind, r.name, r.as_of.isoformat(), r.display, r.grade, r.note)
            for r in items]


# ---------------------------------------------------------------- a 运行监控表


def test_a_monitoring_form_without_a_loaded_project_table_makes_one_from_its_targets(city):
    preview = upload(city, "monitoring_2026_h1.xlsx")
    assert preview.lines()[:4] == [
        "表格：项目支出绩效运行监控表（2026 年1-6月，截至 2026-06-30）",
        "项目：东莞市总工会 · 产业工人建设经费 2026 年（新建项目表，年度目标取自本表）",
        "资金：已执行 286.40万元 / 预算 720.00万元（执行率 39.78%）",
        "东莞市总工会 2026 年：9 条进度"]
    assert city.versions(ZGH, 2026, CHANYE) == []
    commit_progress(city, preview, "cli", today=TODAY)
    [info] = city.versions(ZGH, 2026, CHANYE)
    assert (info.version, info.kind, info.form, info.source_name) == (
        1, TableKind.PROJECT, FormKind.MONITORING, "monitoring_2026_h1.xlsx")
    table = city.load(info).table
    assert [(b.name, b.amount_wan) for b in table.budget] == [
        ("年度资金总额", Decimal(720)), ("财政拨款", Decimal(720)), ("其他资金", Decimal(0))]
    assert [(i.level3, i.annual_value) for i in table.indicators][:3] == [
        ("举办职业技能大赛", "≥16场"), ("开展专项技能培训人数", "≥600人"), ("职工提升学历人数", "≥6000人")]
    assert table.goals == BY_SLUG["monitoring_2026_h1"].export["goals"]["expected"]


def test_a_monitoring_form_stores_each_row_as_of_the_end_of_its_period(city):
    commit(city, "monitoring_2026_h1.pdf")
    stored = [r for r in reports(city, ZGH, 2026) if r.project]
    assert summary(stored) == [
        (CHANYE, "task", CHANYE, "2026-06-30", "2,864,000 元", None,
         "全年预计执行 720.00万元；本表执行率 39.78%；偏差原因：职业技能竞赛补助和学历提升补贴集中在下半年拨付；"
         "完成情况：完成上半年学历提升补贴审核发放2150人，举办市级职业技能竞赛7场，开展专项技能培训260人。"),
        (CHANYE, "indicator", "举办职业技能大赛", "2026-06-30", "7场", None,
         "全年预计 16场；偏差原因：竞赛集中安排在第三季度；完成目标可能性：确定能"),
        (CHANYE, "indicator", "开展专项技能培训人数", "2026-06-30", "260人", None,
         "全年预计 620人；完成目标可能性：确定能"),
        (CHANYE, "indicator", "职工提升学历人数", "2026-06-30", "2150人", None,
         "全年预计 6000人；偏差原因：学历提升补贴按学期集中审核发放；完成目标可能性：有可能"),
        (CHANYE, "indicator", "培训考核合格率", "2026-06-30", "93.5%", None,
         "全年预计 ≥90%；完成目标可能性：确定能"),
        (CHANYE, "indicator", "补贴发放及时率", "2026-06-30", "100%", None,
         "全年预计 100%；完成目标可能性：确定能"),
        (CHANYE, "indicator", "求学圆梦行动补贴标准", "2026-06-30", "1000元/人", None,
         "全年预计 1000元/人；完成目标可能性：确定能"),
        (CHANYE, "indicator", "产业工人队伍素质", "2026-06-30", "达成", "达成",
         "全年预计 逐步提高；完成目标可能性：确定能"),
        (CHANYE, "indicator", "参训职工满意度", "2026-06-30", "95%", None,
         "全年预计 ≥90%；完成目标可能性：确定能"),
    ]
    assert {(r.form, r.reporter_name) for r in stored} == {("monitoring", "张三")}


def test_the_money_and_same_named_indicators_count_for_the_department_table_too(city):
    commit(city, "monitoring_2026_h1.txt")
    department = latest_reports(city, ZGH, 2026)
    assert department[("task", CHANYE)].number == Decimal(2864000)
    assert department[("indicator", "举办职业技能大赛")].display == "7场"
    assert department[("indicator", "职工提升学历人数")].display == "2150人"
    seen = list(city.db.query(
        "SELECT project, kind, name, value, target, report_id FROM current_progress "
        "WHERE name IN ('举办职业技能大赛', ?) ORDER BY project, kind", [CHANYE]))
    assert [(r["project"], r["kind"], r["name"], r["value"], r["target"]) for r in seen] == [
        ("", "任务", CHANYE, "286.40万元", 7200000),
        ("", "指标", "举办职业技能大赛", "7场", "≥16场"),
        (CHANYE, "任务", CHANYE, "286.40万元", 7200000),
        (CHANYE, "指标", "举办职业技能大赛", "7场", "≥16场")]
    assert seen[0]["report_id"] == seen[2]["report_id"]  # one report, seen in both tables


def test_a_progress_file_row_for_the_department_task_is_seen_by_its_project(city):
    commit(city, "monitoring_2026_h1.xlsx")
    csv = f"部门,年度,名称,截至日期,完成值\n总工会,2026,{CHANYE},2026-07-31,3600000\n".encode()
    commit_progress(city, preview_progress(city, csv, "p.csv", today=TODAY), "cli", today=TODAY)
    project = latest_reports(city, ZGH, 2026, project=CHANYE)
    assert (project[("task", CHANYE)].number, project[("task", CHANYE)].project) == (
        Decimal(3600000), "")


def test_a_project_never_sees_another_projects_reports(city):
    other = PerformanceTable(department="东莞市机关事务管理局", year=2026, kind=TableKind.PROJECT,
                             project="公务用车运行维护费",
                             indicators=[Indicator("满意度指标", "服务对象满意度", "服务对象满意度",
                                                   None, "≥90%")])
    city.import_table(other, source_name="x", sha256="y", imported_by="test")
    commit(city, "monitoring_2026_m7_unseen.xlsx")
    assert ("indicator", "服务对象满意度") in latest_reports(
        city, "东莞市机关事务管理局", 2026, project="物业管理费支出")
    assert latest_reports(city, "东莞市机关事务管理局", 2026, project="公务用车运行维护费") == {}


def test_a_form_for_a_loaded_project_table_reports_against_it(city):
    preview = upload(city, "monitoring_2026_m7_unseen.txt")
    assert preview.lines()[:3] == [
        "表格：项目支出绩效运行监控表（2026 年1-7月，截至 2026-07-31）",
        "项目：东莞市机关事务管理局 · 物业管理费支出 2026 年（已载入的项目表第 1 版）",
        "资金：已执行 205.32万元 / 预算 360.00万元（执行率 57.03%）"]
    assert preview.warnings == []
    commit_progress(city, preview, "cli", today=TODAY)
    assert len(city.versions("东莞市机关事务管理局", 2026, "物业管理费支出")) == 1
    stored = reports(city, "东莞市机关事务管理局", 2026)
    assert [(r.name, r.display) for r in stored][-2:] == [
        ("办公环境安全事故发生数", "0起"), ("服务对象满意度", "88.5%")]
    assert stored[-1].note == ("全年预计 ≥90%；偏差原因：部分办公区空调维修响应较慢，已督促物业公司整改；"
                               "完成目标可能性：有可能")


def test_the_same_form_again_finds_the_table_it_made(city):
    commit(city, "monitoring_2026_h1.xlsx")
    preview = upload(city, "monitoring_2026_h1.xlsx")
    assert preview.header[1] == "项目：东莞市总工会 · 产业工人建设经费 2026 年（已载入的项目表第 1 版）"


# ---------------------------------------------------------------- a 自评表


def test_a_self_evaluation_keeps_the_scores_and_its_total(city):
    preview = upload(city, "self_evaluation_2025.xlsx")
    assert preview.header == [
        "表格：项目支出绩效自评表（2025 年全年，截至 2025-12-31）",
        "项目：东莞市总工会 · 送温暖活动经费 2025 年（新建项目表，年度目标取自本表）",
        "资金：已执行 183.26万元 / 预算 185.00万元（执行率 99.06%）",
        "自评总分：99.51 / 100"]
    result = commit_progress(city, preview, "cli", today=TODAY)
    assert [(r.name, r.display, r.grade, r.points, r.score) for r in result.reports] == [
        ("送温暖活动经费", "1,832,600 元", None, Decimal(10), Decimal("9.91")),
        ("慰问困难职工户数", "3126户", None, Decimal(20), Decimal(20)),
        ("帮扶困难职工数", "96人", None, Decimal(10), Decimal("9.6")),
        ("慰问资金发放准确率", "100%", None, Decimal(10), Decimal(10)),
        ("春节慰问完成时间", "达成", "达成", Decimal(10), Decimal(10)),
        ("户均慰问标准", "480元/户", None, Decimal(10), Decimal(10)),
        ("困难职工生活改善情况", "达成", "达成", Decimal(15), Decimal(15)),
        ("慰问对象满意度", "96.2%", None, Decimal(15), Decimal(15))]
    assert {r.as_of for r in result.reports} == {date(2025, 12, 31)}
    assert self_evaluation_total(city, ZGH, 2025, "送温暖活动经费") == (Decimal(100),
                                                                         Decimal("99.51"))
    # 帮扶困难职工数 is also the department table's indicator: 96 of ≥100 people in 2025.
    assert latest_reports(city, ZGH, 2025)[("indicator", "帮扶困难职工数")].display == "96人"


def test_a_self_evaluation_says_when_its_budget_differs_from_the_project_table(city):
    preview = upload(city, "self_evaluation_2025_unseen.pdf")
    assert preview.warnings == [
        "第 8 行：本表的预算为 5,380.18万元，项目表为 5,200.18万元：执行率按项目表计算；"
        "如预算已调整，请先导入新的项目绩效目标表。",
        "第 8 行：已执行 5,212.60万元，超过预算 5,200.18万元"]
    assert preview.header[3] == "自评总分：99.39 / 100"


def test_a_qualitative_value_is_graded_by_the_score_when_the_words_do_not_say():
    fixture = BY_SLUG["self_evaluation_2025"]
    content = text_with(fixture, ("困难职工生活改善情况 明显改善 明显改善 15 15",
                                  "困难职工生活改善情况 明显改善 有所改善 15 9"))
    store = Store(":memory:")
    store.import_table(to_table(Fixture("zgh2025", ZONGGONGHUI_2025, ())), source_name="x",
                       sha256="x", imported_by="test")
    preview = preview_progress(store, content, "自评.txt", today=TODAY)
    [graded] = [r for r in preview.reports if r.name == "困难职工生活改善情况"]
    assert (graded.grade, graded.score) == ("部分达成", Decimal(9))


# ---------------------------------------------------------------- every figure right


@pytest.mark.parametrize("shape", ["xlsx", "pdf", "txt"])
@pytest.mark.parametrize("fixture", ALL, ids=[f.slug for f in ALL])
def test_every_progress_fixture_imports_with_every_figure_right(city, fixture, shape):
    result = commit(city, f"{fixture.slug}.{shape}")
    export = fixture.export
    funds, *indicators = result.reports
    assert funds.number == Decimal(str(export["funds"][0]["executed_wan"])) * 10000
    assert [(r.name, r.value_text) for r in indicators] == [
        (i["level3"], "达成" if parse_value(i["target"]).qualitative else i["actual"])
        for i in export["indicators"]]  # every qualitative target of the fixtures was met
    if "total" in export:
        total = self_evaluation_total(city, export["department"], export["year"],
                                      export["project"])
        assert total == (Decimal(str(export["total"]["points"])),
                         Decimal(str(export["total"]["score"])))


# ---------------------------------------------------------------- refusals


def test_rows_that_do_not_fit_are_listed_with_their_rows_and_nothing_is_stored(city, db_path):
    fixture = BY_SLUG["monitoring_2026_m7_unseen"]
    content = text_with(fixture, ("物业服务办公区数量 5处 5处", "物业服务办公区数 5处 5幢"),
                        ("设备故障响应时间 ≤30分钟 25分钟", "设备故障响应时间 ≤30分钟 25小时"))
    before = dump(db_path)
    with pytest.raises(ProgressFileError) as refused:
        upload(city, "监控表.txt", content)
    assert refused.value.errors == [
        "第 29 行：单位不符：“物业服务办公区数量”的目标是 5处（单位 处），完成值“5幢”的单位是 幢",
        "第 37 行：单位不符：“设备故障响应时间”的目标是 ≤30分钟（单位 分钟），完成值“25小时”的单位是 小时"]
    assert str(refused.value).startswith("项目支出绩效运行监控表“监控表.txt”有 2 处错误，未导入任何数据：")
    assert dump(db_path) == before


def test_an_indicator_missing_from_the_loaded_project_table_is_listed(city, db_path):
    content = text_with(BY_SLUG["monitoring_2026_m7_unseen"],
                        ("物业服务面积 ≥18万平方米", "绿化养护面积 ≥18万平方米"))
    before = dump(db_path)
    with pytest.raises(ProgressFileError) as refused:
        upload(city, "监控表.txt", content)
    assert refused.value.errors == [
        "第 27 行：找不到指标或任务“绿化养护面积”（东莞市机关事务管理局 · 物业管理费支出 2026 年）"]
    assert dump(db_path) == before


def test_a_value_must_fit_the_department_tables_indicator_of_the_same_name(city, db_path):
    content = text_with(BY_SLUG["monitoring_2026_h1"], ("举办职业技能大赛 ≥16场 7场 16场",
                                                        "举办职业技能大赛 ≥16次 7次 16次"))
    before = dump(db_path)
    with pytest.raises(ProgressFileError) as refused:
        upload(city, "监控表.txt", content)
    assert refused.value.errors == [
        "第 36 行：单位不符：“举办职业技能大赛”的目标是 ≥16场（单位 场），完成值“7次”的单位是 次"
        "（部门整体表中的同名指标）"]
    assert dump(db_path) == before


def test_a_department_that_cannot_be_identified_refuses_the_file(city, db_path):
    content = text_with(BY_SLUG["monitoring_2026_h1"], ("主管部门 东莞市总工会", "主管部门 东莞市档案局"))
    before = dump(db_path)
    with pytest.raises(ProgressFileError) as refused:
        upload(city, "监控表.txt", content)
    assert str(refused.value).startswith(
        "无法确定项目支出绩效运行监控表的主管部门“东莞市档案局”：找不到部门“东莞市档案局”。")
    assert str(refused.value).endswith("未导入任何数据。")
    assert dump(db_path) == before


def test_a_reporter_may_send_only_their_own_departments_forms(city):
    with pytest.raises(ProgressFileError, match="您只能填报东莞市卫生健康局的进度，不能填报东莞市总工会的"):
        upload(city, "monitoring_2026_h1.xlsx", departments={"东莞市卫生健康局"})
    assert upload(city, "monitoring_2026_h1.xlsx", departments={ZGH}).reports


def test_a_form_whose_period_has_not_ended_yet_is_refused(city):
    with pytest.raises(ProgressFileError) as refused:
        upload(city, "monitoring_2026_h1.xlsx", today=date(2026, 6, 20))
    assert str(refused.value) == ("项目支出绩效运行监控表“monitoring_2026_h1.xlsx”截至 2026-06-30"
                                  "（2026 年1-6月），晚于今天（2026-06-20），未导入任何数据。")


def test_a_table_changed_after_the_preview_refuses_the_commit(city, db_path):
    preview = upload(city, "monitoring_2026_m7_unseen.xlsx")
    changed = city.current("东莞市机关事务管理局", 2026, "物业管理费支出").table
    changed.indicators = changed.indicators[1:]  # 物业服务面积 is gone
    city.import_table(changed, source_name="v2", sha256="z", imported_by="test")
    before = dump(db_path)
    with pytest.raises(ProgressFileError, match="绩效目标表在预览后已变更"):
        commit_progress(city, preview, "cli", today=TODAY)
    assert dump(db_path) == before


# ---------------------------------------------------------------- digests


def test_the_digest_of_30_june_shows_the_projects_execution_and_its_indicators(city):
    commit(city, "monitoring_2026_h1.xlsx")
    [digest] = build_digest(city, date(2026, 6, 30), "总工会")
    lines = digest.text().splitlines()
    assert "🟢 产业工人建设经费 · 资金：已执行 286.40万元 / 720.00万元（39.78%）" in lines
    assert "🟡 产业工人建设经费 · 职工提升学历人数：2,150人 / 目标 ≥6,000人（完成 36%）" in lines
    items = {(i.get("project"), i["name"]): i for i in digest.as_json()["items"]}
    assert items[(CHANYE, CHANYE)] == {
        "name": CHANYE, "kind": "task", "target": "7,200,000 元", "actual": "2,864,000 元",
        "ratio": 0.8021, "status": "green", "unit": "元", "as_of": "2026-06-30",
        "project": CHANYE}
    assert [items[(CHANYE, i["level3"])]["actual"] for i in
            BY_SLUG["monitoring_2026_h1"].export["indicators"]] == [
        "7场", "260人", "2150人", "93.5%", "100%", "1000元/人", "达成", "95%"]
    # The department's task and indicators of the same names are the project's, shown once.
    assert (None, CHANYE) not in items and (None, "举办职业技能大赛") not in items
    assert (None, "开展技能培训") in items
    assert digest.total_amount == Decimal(7200000 + 2094000 + 1950000 + 2490000 + 3597700)


def test_a_department_known_only_by_its_project_gets_a_digest(city):
    commit(city, "monitoring_2026_m7_unseen.xlsx")
    digests = {d.department: d for d in build_digest(city, date(2026, 8, 1))}
    assert set(digests) == {ZGH, "东莞市机关事务管理局", "东莞市卫生健康局"}
    items = digests["东莞市机关事务管理局"].as_json()["items"]
    assert {i["project"] for i in items} == {"物业管理费支出"} and len(items) == 8


def test_the_cli_imports_a_monitoring_form_and_its_digest_marks_the_project(db_path):
    Store(db_path).close()
    import_file(Store(db_path), SEED, imported_by="test")
    result = run_cli("progress", str(FORMS / "monitoring_2026_h1.xlsx"), "--db", str(db_path),
                     "--by", "张三")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[:4] == [
        "已导入进度文件“monitoring_2026_h1.xlsx”：共 9 条",
        "表格：项目支出绩效运行监控表（2026 年1-6月，截至 2026-06-30）",
        "项目：东莞市总工会 · 产业工人建设经费 2026 年（新建项目表，年度目标取自本表）",
        "资金：已执行 286.40万元 / 预算 720.00万元（执行率 39.78%）"]
    digest = json.loads(run_cli("digest", "--db", str(db_path), "--date", "2026-06-30",
                                "--department", "总工会", "--json").stdout)
    marked = [i["name"] for i in digest["items"] if i.get("project") == CHANYE]
    assert marked[:3] == [CHANYE, "举办职业技能大赛", "开展专项技能培训人数"] and len(marked) == 9
    assert all("project" not in i for i in digest["items"] if i["name"] == "送温暖活动经费")


def test_a_question_about_an_item_in_both_tables_answers_once(city):
    """举办职业技能大赛 is the department's indicator and the 产业工人建设经费 project's: one
    report, one answer, in the words of the digest (no ratio to the time progress)."""
    from nlp.engine import Engine

    commit(city, "monitoring_2026_h1.txt")
    answer = Engine(city, today=lambda: TODAY, log_questions=False).ask("举办职业技能大赛完成了多少")
    assert answer.status == "ok", answer.text
    assert answer.text.count("7场") == 1, answer.text
    assert "比为" not in answer.text
