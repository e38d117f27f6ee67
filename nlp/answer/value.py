"""One named item's figure: a task's money or text, an indicator's target, a budget line, a
basic-info count, the goals — in every table in scope, each with its source."""

from __future__ import annotations

import re

from data.db import StoredTable
from nlp.answer import phrasing, prose
from nlp.answer.base import Answer, Snapshot, Status
from nlp.answer.common import (
    ambiguous,
    better_elsewhere,
    missing_here,
    not_found,
    settle,
    slips,
    unique,
)
from nlp.answer.scope import budget_value, indicator_named, limited, tables_for, task_named
from nlp.index import Entry, Kind
from nlp.lexicon import Attribute
from nlp.query import Query

_EXISTS_AND_HOW_MUCH = re.compile(r"(?:有没有|是否有|有无).+(?:有的话|如果有)")
UNSURE = 0.7  # below this, a match that leaves words unexplained is not offered as the answer


def answer(query: Query, snapshot: Snapshot) -> Answer:
    mistyped = bool(slips(query))  # 智慧梁库: one character of the name typed wrong
    if query.unexplained and query.score < UNSURE and query.targets[0].name_coverage < 0.4 and \
            not mistyped:
        return _closest(query, snapshot)  # only generic words of the name were said
    if query.unexplained and query.targets[0].name_coverage < 0.9 and not mistyped and any(
            _foreign(snapshot, query, w) for w in query.unexplained):
        return _closest(query, snapshot)  # 地铁建设经费: a word no table uses anywhere
    if better_elsewhere(query):  # 卫健局2025年的健康宣传教育经费: named exactly, not there
        return missing_here(query, snapshot, query.elsewhere[0].entry)
    if query.alternatives:
        return ambiguous(query, snapshot, [query.targets[0], *query.alternatives])
    blocks: list[str] = []
    tables_seen: list[StoredTable] = []
    for target in query.targets:
        tables = tables_for(snapshot.index, query, target.entry, target.departments)
        if not tables:
            return missing_here(query, snapshot, target.entry)
        tables, note = limited(query, tables)
        if target.entry.kind in (Kind.BUDGET, Kind.FUND) and all(
                budget_value(s, target.entry.name) is None for s in tables):
            where = "、".join(phrasing.where(s) for s in tables[:3])
            return not_found(query, snapshot, f"{where}的表中没有填写“{target.entry.name}”"
                             "（这类表可能没有预算整体情况）。")
        tables_seen += tables
        for stored in tables:
            lines = describe(stored, target.entry, query.attribute, asks_money(query))
            if len(tables) > 1 or len(query.targets) > 1:
                lines[0] = f"【{phrasing.where(stored)}】{lines[0]}"
            blocks.append("\n".join(lines))
        if note:
            blocks.append(note)
    stale = [] if query.years else _older_than_latest(snapshot, tables_seen)
    if stale:
        blocks.append("（" + "；".join(stale) + "，请核对。）")
    entry = query.targets[0].entry
    extra = prose.disagreement(query, snapshot, tables_seen) if entry.kind == Kind.INDICATOR else ""
    if extra:
        blocks.append(extra)
    if _EXISTS_AND_HOW_MUCH.search(query.normalized) and len(query.targets) == 1:
        blocks[0] = "是。" + blocks[0]  # 有没有安排…的钱，有的话多少: 是, then the figure
    result = Answer(query.text, "\n\n".join(blocks), Status.OK, kind=str(entry.kind),
                    items=[t.entry.name for t in query.targets],
                    departments=unique(s.table.department for s in tables_seen),
                    years=unique(s.table.year for s in tables_seen), score=query.score)
    if stale:
        result.status = Status.LOW
        return result
    elsewhere = _said_elsewhere(query, snapshot, tables_seen)
    if elsewhere:
        result.status = Status.LOW
        result.text += "\n" + elsewhere
        return result
    return settle(query, result)


def _said_elsewhere(query: Query, snapshot: Snapshot, tables: list[StoredTable]) -> str:
    """挽回经济损失的目标, no department named: 司法局's 为受援人挽回经济损失 is one reading, but
    公安局's and 市监局's goals say the same words of their own work — the answer says where
    else, and is not sure."""
    target = query.targets[0]
    if query.departments or len(query.targets) != 1 or target.name_coverage >= 1.0 or \
            target.entry.kind not in (Kind.TASK, Kind.INDICATOR):
        return ""
    key = target.entry.key
    stretch = max((w for w in query.content_words if len(w) >= 4 and w in key), key=len,
                  default="")
    if not stretch:
        return ""
    index = snapshot.index
    latest = index.latest_keys()
    answered = {s.table.department for s in tables}
    found: dict[str, str] = {}
    pairs = {stretch[i:i + 2] for i in range(len(stretch) - 1)}
    for sentence_id in sorted(index.sentences_with(pairs)):
        sentence = index.sentences[sentence_id]
        if stretch not in sentence.key:
            continue
        for table_key, place in sentence.places.items():
            department = table_key[0]
            if table_key in latest and department not in answered and department not in found:
                found[department] = f"{index.tables[table_key].table.label} · {place}：“{sentence.text}”"
    if not found:
        return ""
    lines = [f"（“{stretch}”也写在其他部门的表中，如问的是它们，请说出部门名称：）",
             *list(found.values())[:3]]
    return "\n".join(lines)


def _older_than_latest(snapshot: Snapshot, tables: list[StoredTable]) -> list[str]:
    """Notes for figures found only in a department's older table, when no year was asked
    (人均体育场地面积 on the 2023 批复表, while 2026's table has no such indicator)."""
    notes = []
    for stored in tables:
        table = stored.table
        years = snapshot.index.department_years(table.department)
        if table.project or not years or table.year >= years[-1]:
            continue
        notes.append(f"{table.department} {years[-1]} 年的表中没有这一项，以上是 {table.year} 年表中的数据")
    return notes


def asks_money(query: Query) -> bool:
    return any(w in query.normalized for w in ("预算", "资金", "钱", "经费", "申请", "多少万"))


def describe(stored: StoredTable, entry: Entry, attribute: Attribute | None,
             money: bool = False) -> list[str]:
    """The lines that answer for ``entry`` in one table (the figure first, then the source)."""
    table = stored.table
    if entry.kind == Kind.TASK:
        task = task_named(stored, entry.name)
        label = phrasing.content_label(task)
        if attribute in (Attribute.FISCAL, Attribute.OTHER):
            part = task.fiscal_yuan if attribute == Attribute.FISCAL else task.other_yuan
            word = "市财政拨款" if attribute == Attribute.FISCAL else "其他资金"
            total = phrasing.money(task.amount_yuan) if task.amount_yuan is not None else "未填写"
            lines = [f"{task.name}的{word}：{phrasing.money(part) if part is not None else '表中未分列'}",
                     f"小计 {total}"]
        elif attribute == Attribute.CONTENT:
            lines = [f"{task.name}的{label}：{task.content or '未填写'}"]
        elif attribute == Attribute.EXPECTED:
            lines = [f"{task.name}的期望达到的目标：{task.expected or '（该任务没有单独填写期望目标）'}"]
            if not task.expected and task.content:
                lines.append(f"{label}：{task.content}")
        else:
            amount = phrasing.money(task.amount_yuan) if task.amount_yuan is not None else "未填写金额"
            lines = [f"{task.name}：{amount}"]
            if task.content:
                lines.append(f"{label}：{task.content}")
        return lines + [phrasing.source_line(stored, task.section)]
    if entry.kind == Kind.INDICATOR:
        indicator = indicator_named(stored, entry.name)
        lines = phrasing.indicator_lines(indicator, period_first=attribute == Attribute.PERIOD)
        if attribute == Attribute.UNIT:
            unit = indicator.annual.unit or "（无单位，定性指标）"
            lines.insert(0, f"{indicator.level3}的计量单位：{unit}")
        return lines + [phrasing.source_line(stored, "绩效指标")]
    if entry.kind in (Kind.BUDGET, Kind.FUND):
        value = budget_value(stored, entry.name)
        lines = [f"{entry.name}：{value.text if value else '表中未填写'}"]
        if value and value.formula:
            lines.append(value.formula)
        return lines + [phrasing.source_line(stored, value.section if value else "预算整体情况")]
    if entry.kind == Kind.BASIC:
        count = table.basic_info.get(entry.name)
        unit = "人" if entry.name == "财政供养人员数" else "个"
        return [f"{entry.name}：{count:,} {unit}", phrasing.source_line(stored, "基本信息")]
    if entry.kind == Kind.GOALS:
        goals = table.goals
        head = f"总体绩效目标（共 {len(goals)} 条）：" if not table.project else "项目目标："
        lines = [head, *goals]
        if table.period_goals:
            lines += ["实施周期目标：", *table.period_goals]
        return lines + [phrasing.source_line(stored, "总体绩效目标")]
    if entry.kind == Kind.PROJECT and attribute == Attribute.IMPLEMENTER:
        return [f"{table.project}的实施单位：{table.unit or '表中未填写'}（主管部门 {table.department}）",
                phrasing.source_line(stored, "项目基本信息")]
    if entry.kind == Kind.PROJECT and attribute in (Attribute.PERIOD, Attribute.EXPECTED) and \
            (table.period_goals or table.goals) and not money:
        period = attribute == Attribute.PERIOD
        goals = (table.period_goals if period else table.goals) or table.goals
        head = "实施周期目标" if period and table.period_goals else "年度目标"
        lines = [f"{table.project}的{head}：" + "；".join(goals)]
        other = table.goals if period else table.period_goals
        if other:
            lines.append(("年度目标：" if period else "实施周期目标：") + "；".join(other))
        return lines + [phrasing.source_line(stored, "项目绩效目标")]
    if entry.kind == Kind.PROJECT:
        # This year's money first: 年度资金总额 / 本年度申请 before the whole period's.
        first = ("中期", "实施周期", "总额") if attribute == Attribute.PERIOD else ("年度", "本年", "当年")
        lines_of_money = sorted((b for b in table.budget if b.amount_wan is not None),
                                key=lambda b: not any(w in b.name for w in first))
        funds = "；".join(f"{b.name} {b.amount_wan:,.2f} 万元" for b in lines_of_money) or "未填写资金"
        lines = [f"{table.project}（{table.department}）：{funds}"]
        if table.unit:
            lines.append(f"实施单位：{table.unit}")
        if table.goals:
            lines.append("年度目标：" + "；".join(table.goals))
        if attribute in (Attribute.ANNUAL, Attribute.PERIOD):
            lines.append(f"绩效指标 {len(table.indicators)} 项：")
            lines += phrasing.numbered([phrasing.indicator_brief(i) for i in table.indicators])
        else:
            lines.append(f"绩效指标 {len(table.indicators)} 项。")
        return lines + [phrasing.source_line(stored, "项目支出绩效目标表")]
    return [entry.name, phrasing.source_line(stored, "全表")]


def _foreign(snapshot: Snapshot, query: Query, word: str) -> bool:
    """A word naming what the item is (right beside the matched name: 地铁|建设经费) that no
    table says: none of its character pairs occurs in any table's text, nor in any name."""
    core = word.strip("的了吗呢啊")
    target = query.targets[0]
    at = query.normalized.find(core)
    beside = at >= 0 and target.start >= 0 and (
        0 <= target.start - (at + len(core)) <= 1 or 0 <= at - target.end <= 1)
    if len(core) < 2 or not beside or not re.fullmatch(r"[\u4e00-\u9fff]+", core) or \
            _ASKING.search(core):
        return False
    pairs = [core[i:i + 2] for i in range(len(core) - 1)]
    index = snapshot.index
    return all(index.pair_frequency(p) == 0 for p in pairs) and not index.hits(core)


_ASKING = re.compile(r"多|几|超过|低于|高于|不少于|不超过|哪|什么|怎么|那|这|财政|拨款|资金|经费")


def _closest(query: Query, snapshot: Snapshot) -> Answer:
    """Part of the question names nothing in the tables (地铁建设经费): say so, with the closest
    names, and give no figure."""
    words = "、".join(f"“{w}”" for w in query.unexplained)
    names = unique(t.entry.name for t in (*query.targets, *query.alternatives))[:5]
    scope = "、".join(query.departments) or "已载入的表"
    text = (f"{scope}中没有找到与{words}对应的项目。\n"
            f"最接近的是：{'、'.join(names)}。如果问的是其中一项，请说出它的名称。")
    return Answer(query.text, text, Status.NOT_FOUND, items=names,
                  departments=list(query.departments))
