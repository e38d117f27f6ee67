"""A department named with nothing else: its budget total, counts and what can be asked."""

from __future__ import annotations

from nlp.answer import phrasing
from nlp.answer.base import Answer, Snapshot, Status
from nlp.answer.common import not_found, unique
from nlp.answer.scope import budget_value, limited, tables_for
from nlp.query import Query


def answer(query: Query, snapshot: Snapshot) -> Answer:
    tables, note = limited(query, tables_for(snapshot.index, query))
    if not tables:
        return not_found(query, snapshot, "没有找到所问部门的表。")
    blocks = []
    for stored in tables:
        table = stored.table
        total = budget_value(stored, "部门预算合计")
        projects = snapshot.index.projects_of(table.department)
        lines = [f"{phrasing.where(stored)}：部门预算合计 "
                 f"{total.text if total else '未填写'}",
                 f"任务 {len(table.tasks)} 项；绩效指标 {len(table.indicators)} 项；"
                 f"总体目标 {len(table.goals)} 条" + (f"；项目 {len(projects)} 个" if projects else "")
                 + "。"]
        if table.tasks:
            lines.append("可以继续问：" + "、".join(t.name for t in table.tasks[:3]) +
                         " 的金额，或某项指标的目标。")
        lines.append(phrasing.source_line(stored, "全表"))
        blocks.append("\n".join(lines))
    if note:
        blocks.append(note)
    return Answer(query.text, "\n\n".join(blocks), Status.OK, kind="department",
                  departments=unique(s.table.department for s in tables),
                  years=unique(s.table.year for s in tables))



