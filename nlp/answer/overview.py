"""A department named with nothing else: its budget total, counts and what can be asked."""

from __future__ import annotations

from decimal import Decimal

from nlp.answer import phrasing
from nlp.answer.base import Answer, Snapshot, Status
from nlp.answer.common import not_found, unique
from nlp.answer.scope import budget_value, limited, tables_for
from nlp.lexicon import RANK_ASKED
from nlp.query import Query


def answer(query: Query, snapshot: Snapshot) -> Answer:
    tables, note = limited(query, tables_for(snapshot.index, query))
    if not tables:
        return not_found(query, snapshot, "没有找到所问部门的表。")
    if query.place_only and len({s.table.department for s in tables}) > 1:
        return _place_summary(query, tables)
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





def _place_summary(query: Query, tables) -> Answer:
    """全市各部门情况 (a place's departments, none named): the place's total and its largest and
    smallest budgets — not each department's overview; 在全市排第几 with no department named
    asks which one."""
    valued = [(s, v) for s in tables if (v := budget_value(s, "部门预算合计")) is not None
              and v.number is not None]
    if not valued:
        return Answer(query.text, "请写明是哪个部门，例如“科技局预算在全市排第几”。", Status.LOW,
                      kind="department")
    total = sum((v.number for _, v in valued), Decimal(0))
    most = max(valued, key=lambda pair: pair[1].number)
    least = min(valued, key=lambda pair: pair[1].number)
    years = "、".join(map(str, unique(s.table.year for s, _ in valued)))
    lines = [f"{query.place}市 {years} 年已载入 {len(valued)} 个部门的表，部门预算合计总计 "
             f"{phrasing.money(total, wan_first=True)}。",
             f"最多的是{most[0].table.department}（{most[1].short}），"
             f"最少的是{least[0].table.department}（{least[1].short}）。"]
    asks_rank = bool(RANK_ASKED.search(query.normalized))
    lines.append("问某个部门的排名，请写明部门，例如“科技局预算在全市排第几”。" if asks_rank else
                 "问某个部门，请写出部门名称。")
    return Answer(query.text, "\n".join(lines), Status.LOW if asks_rank else Status.OK,
                  kind="department", departments=unique(s.table.department for s, _ in valued),
                  years=unique(s.table.year for s, _ in valued))

