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
    entry = query.entry
    if entry is None:
        return not_found(query, snapshot, f"没有找到“{query.text}”所问的项目。")
    tables = tables_for(snapshot.index, query, entry)
    if not tables:
        return missing_here(query, snapshot, entry)
    asks_department = "部门" in query.normalized or "单位" in query.normalized or \
        "谁" in query.normalized or "哪个局" in query.normalized
    departments = unique(s.table.department for s in tables)
    lines = []
    for stored in tables[:5]:
        place = _place(stored, entry)
        owner = stored.table.department
        value = value_of(stored, entry)
        figure = f"，{'金额' if value and value.is_money else '年度指标值'} {value.short}" \
            if value is not None and (value.number is not None or value.text not in ("", "未填写")) \
            else ""
        if entry.kind == Kind.PROJECT:
            lines.append(f"{entry.name}是{owner}的项目，实施单位：{stored.table.unit or '表中未填写'}"
                         f"（{phrasing.where(stored)}）。")
        elif asks_department:
            lines.append(f"{entry.name}是{owner}的：在{phrasing.where(stored)}表中的{place}{figure}。")
        else:
            lines.append(f"{entry.name}属于{place}（{phrasing.where(stored)}）{figure}。")
    lines += unique(phrasing.source_line(s, _place(s, entry)) for s in tables[:5])
    return settle(query, Answer(query.text, "\n".join(lines), Status.OK, kind="where",
                                items=[entry.name], departments=departments,
                                years=unique(s.table.year for s in tables)))


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
