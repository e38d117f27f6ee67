"""Where an item sits: its section (年度重点工作任务 / 其他需完成的任务), its 一级 / 二级
category, or the department (and year) whose table has it."""

from __future__ import annotations

from nlp.answer import phrasing
from nlp.answer.base import Answer, Snapshot, Status
from nlp.answer.common import missing_here, not_found, settle, unique
from nlp.answer.scope import indicator_named, tables_for, task_named, value_of
from nlp.index import Kind
from nlp.query import Query


def answer(query: Query, snapshot: Snapshot) -> Answer:
    if query.entry is None:
        return not_found(query, snapshot, f"没有找到“{query.text}”所问的项目。")
    asks_department = "部门" in query.normalized or "单位" in query.normalized or \
        "谁" in query.normalized or "哪个局" in query.normalized
    lines: list[str] = []
    sources: list[str] = []
    seen = []
    for target in query.targets:  # 供销社的A跟残联的B分别属于哪类任务: each of them
        entry = target.entry
        tables = tables_for(snapshot.index, query, entry, target.departments)
        if not tables:
            return missing_here(query, snapshot, entry)
        seen += tables
        lines += [_line(stored, entry, asks_department) for stored in tables[:5]]
        sources += [phrasing.source_line(s, _place(s, entry)) for s in tables[:5]]
    return settle(query, Answer(query.text, "\n".join(lines + unique(sources)), Status.OK,
                                kind="where", items=[t.entry.name for t in query.targets],
                                departments=unique(s.table.department for s in seen),
                                years=unique(s.table.year for s in seen)))


def _line(stored, entry, asks_department: bool) -> str:
    place = _place(stored, entry)
    owner = stored.table.department
    value = value_of(stored, entry)
    shown = value.text.split("（")[0] if value is not None and entry.kind == Kind.INDICATOR \
        else value.short if value is not None else ""  # a target as printed: ≥90亿元
    figure = f"，{'年度指标值' if entry.kind == Kind.INDICATOR or not value.is_money else '金额'} " \
        f"{shown}" if value is not None and (value.number is not None or
                                             value.text not in ("", "未填写")) else ""
    if entry.kind == Kind.PROJECT:
        return (f"{entry.name}是{owner}的项目，实施单位：{stored.table.unit or '表中未填写'}"
                f"（{phrasing.where(stored)}）。")
    if asks_department:
        return f"{entry.name}是{owner}的：在{phrasing.where(stored)}表中的{place}{figure}。"
    return f"{entry.name}属于{place}（{phrasing.where(stored)}）{figure}。"


def _place(stored, entry) -> str:
    if entry.kind == Kind.TASK:
        return task_named(stored, entry.name).section
    if entry.kind == Kind.INDICATOR:
        indicator = indicator_named(stored, entry.name)
        return f"绩效指标 · 一级指标“{indicator.level1}” · 二级指标“{indicator.level2}”"
    if entry.kind in (Kind.BUDGET, Kind.FUND):
        return "预算整体情况"
    if entry.kind == Kind.BASIC:
        return "基本信息"
    if entry.kind == Kind.CATEGORY:
        return f"绩效指标 · {'一级指标' if entry.level1 == entry.name else '二级指标（属于' + entry.level1 + '）'}"
    return "全表"
