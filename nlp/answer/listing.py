"""Lists and counts of a set: tasks (of a section), indicators (of a category), budget lines,
projects, goals or departments, with filters (超过300万, 单位是%, 名称带“信息化”)."""

from __future__ import annotations

import re
from collections import Counter
from decimal import Decimal

from data.db import StoredTable
from data.model import KEY_TASKS, OTHER_TASKS
from nlp.answer import phrasing
from nlp.answer.base import Answer, Snapshot, Status
from nlp.answer.common import not_found, settle, unique
from nlp.answer.scope import (
    Member,
    budget_value,
    limited,
    members,
    same_category,
    set_label,
    tables_for,
)
from nlp.index import COMPUTED_BUDGET_LINES, Kind
from nlp.lexicon import Operation, Role, SetKind, words_of
from nlp.query import Query, name_words


def answer(query: Query, snapshot: Snapshot) -> Answer:
    spec = query.set
    if spec is not None and spec.kind == SetKind.DEPARTMENT:
        return _departments(query, snapshot)
    if spec is not None and spec.kind == SetKind.PROJECT:
        return _projects(query, snapshot)
    if spec is not None and spec.kind in (SetKind.LEVEL1, SetKind.LEVEL2):
        return _categories(query, snapshot)
    change = next((f for f in query.filters if f.field == "year_change"), None)
    if change is not None and str(change.value).startswith("moved"):
        return _moved(query, snapshot, change.value == "moved to key")
    if change is not None:
        return _year_changes(query, snapshot, change.value == "added")
    named = [w.strip("的") for w in query.unexplained if len(w.strip("的")) >= 3]
    if query.operation is Operation.VALUE and spec is not None and spec.category is None and \
            spec.kind is SetKind.INDICATOR and not query.filters and named and \
            _ONE_TARGET_ASKED.search(query.normalized):
        # 卫健局医院床位数指标是多少: one target asked by a name no indicator has — not them all
        scope = "、".join(query.departments) or "已载入的表"
        words = "、".join(f"“{w}”" for w in named)
        return not_found(query, snapshot, f"{scope}的绩效指标中没有与{words}对应的一项。")
    project = query.entry if query.entry is not None and query.entry.kind == Kind.PROJECT \
        else None
    tables = tables_for(snapshot.index, query, project)
    if not tables:
        return not_found(query, snapshot, "没有找到符合条件的表。")
    # 有几个，分别是什么: the count, and each one with its figure
    counting = query.operation == Operation.COUNT and not _EACH_ASKED.search(query.normalized)
    label = _label(query)
    if len({s.table.department for s in tables}) > 1 and (
            not query.departments or query.place_only or query.per_department
            or counting and _asks_together(query)):
        # 东莞各部门…: one list across the place's departments, its total first
        return _across(query, snapshot, tables, label, counting)
    tables, note = limited(query, tables)
    blocks = []
    names: list[str] = []
    for stored in tables:
        found = members(snapshot.index, stored, spec, query.filters)
        names += [m.name for m in found]
        blocks.append("\n".join(_block(stored, found, label, counting, spec)))
    if note:
        blocks.append(note)
    return settle(query, Answer(query.text, "\n\n".join(blocks), Status.OK,
                                kind=str(spec.kind if spec else SetKind.TASK), items=names,
                                departments=unique(s.table.department for s in tables),
                                years=unique(s.table.year for s in tables)))


_ONE_TARGET_ASKED = re.compile(r"指标值?(?:是|定了?|定的|要求|为)?(?:多少|几)")
_EACH_ASKED = re.compile(r"分别是|各是(?:什么|哪些)|分别为|都是什么|都有哪些|分别是哪些")


def _projects(query: Query, snapshot: Snapshot) -> Answer:
    """交通局有哪些项目: each department's project tables, with their years and funds."""
    index = snapshot.index
    departments = query.departments or tuple(index.departments())
    words = name_words(query.filters)
    lines: list[str] = []
    names: list[str] = []
    shown = [d for d in departments if index.projects_of(d)]
    for department in shown:
        projects = index.projects_of(department)
        wanted = {name: [y for y in years if not query.years or y in query.years]
                  for name, years in projects.items()}
        wanted = {name: years for name, years in wanted.items() if years and (
            not words or any(w in name for w in words))}  # 名字带航道的项目表
        if not wanted:
            continue
        lines.append(f"【{department}】项目 {len(wanted)} 个：")
        for number, (name, years) in enumerate(wanted.items(), 1):
            stored = index.table(department, years[-1], name)
            funds = "；".join(f"{b.name} {b.amount_wan:,.2f} 万元" for b in stored.table.budget
                             if b.amount_wan is not None)[:80]
            lines.append(f"{number}. {name}（{'、'.join(map(str, years))} 年）{funds}")
            names.append(name)
    if not names:
        scope = "、".join(departments) if query.departments else "已载入的部门"
        named = f"名称含“{'、'.join(words)}”的" if words else ""
        return not_found(query, snapshot, f"{scope}还没有载入{named}项目支出绩效目标表。")
    shown = [d for d in shown if any(d == line[1:-1].split("】")[0] for line in lines)]
    total = len(names)
    head = f"{'、'.join(shown) if len(shown) <= 3 else f'{len(shown)} 个部门'}共有项目 {total} 个："
    return settle(query, Answer(query.text, "\n".join([head, *lines]), Status.OK, kind="projects",
                                items=names, departments=shown))


def _categories(query: Query, snapshot: Snapshot) -> Answer:
    """城管局的一级指标有哪些 / 效益指标下面分哪几个二级指标: the categories printed on the form."""
    spec = query.set
    project = query.entry if query.entry is not None and query.entry.kind == Kind.PROJECT \
        else None
    tables, note = limited(query, tables_for(snapshot.index, query, project))
    if not tables:
        return not_found(query, snapshot, "没有找到所问部门的表。")
    blocks, names = [], []
    for stored in tables:
        pairs = list(dict.fromkeys(stored.table.categories +
                                   [(i.level1, i.level2) for i in stored.table.indicators]))
        if spec.kind == SetKind.LEVEL1:
            found = list(dict.fromkeys(l1 for l1, _ in pairs))
            label = "一级指标"
        else:
            parent = spec.category.level1 if spec.category is not None else None
            found = list(dict.fromkeys(l2 for l1, l2 in pairs if parent in (None, l1)))
            label = f"{parent}下的二级指标" if parent else "二级指标"
        names += found
        counts = {name: sum(1 for i in stored.table.indicators if name in (i.level1, i.level2))
                  for name in found}
        lines = [f"{label}（{phrasing.where(stored)}）共 {len(found)} 个：" + "、".join(found)]
        lines += [f"• {name}：{counts[name]} 项三级指标" for name in found]
        lines.append(phrasing.source_line(stored, "绩效指标"))
        blocks.append("\n".join(lines))
    if note:
        blocks.append(note)
    return settle(query, Answer(query.text, "\n\n".join(blocks), Status.OK, kind="categories",
                                items=names, departments=unique(s.table.department for s in tables),
                                years=unique(s.table.year for s in tables)))


def _asks_together(query: Query) -> bool:
    """红会、妇联、残联三家一共有多少条指标: a word of adding up (or 总数) is said — the
    departments' total first, then each one's."""
    return "总数" in query.normalized or any(
        meaning.role == Role.OPERATION and meaning.value == Operation.SUM
        for _, _, _, meanings in words_of(query.normalized) for meaning in meanings)


def _year_changes(query: Query, snapshot: Snapshot, added: bool) -> Answer:
    """今年新增了哪些任务 / 今年去掉了哪项去年的经费: each department's tasks of one year that
    its table of the year before does not hold — a task renamed between the years (the same
    item under a slightly different name) is neither, and is said to be renamed."""
    index = snapshot.index
    departments = query.departments or tuple(index.departments())
    year = query.years[0] if query.years else snapshot.today.year
    blocks: list[str] = []
    names: list[str] = []
    compared = []
    kind = Kind.INDICATOR if query.set is not None and query.set.kind is SetKind.INDICATOR \
        else Kind.TASK
    label = set_label(query.set)
    for department in departments:
        this, last = (department, "", year), (department, "", year - 1)
        if this not in index.tables or last not in index.tables:
            continue
        compared.append(department)
        new, old = (this, last) if added else (last, this)
        found = members(index, index.tables[new], query.set, ())
        gone, renamed, unlike = [], [], []
        # (a pair of unlike names, one in each year alone, that are clearly each other's best)
        pairs = index.unlike_renames(this, last) if kind is Kind.TASK else {}
        later = {after.id: before for after, before in pairs}
        earlier = {before.id: after for after, before in pairs}
        for member in found:
            entry = index.find(kind, member.name)
            other = index.counterpart(entry, old) if entry is not None else None
            if other is None and entry is not None and (entry.id in later if added else entry.id in earlier):
                other = later[entry.id] if added else earlier[entry.id]
                unlike.append((other.name, member.name) if added else (member.name, other.name))
            elif other is None:
                gone.append(member)
            elif other is not entry:
                renamed.append((other.name, member.name) if added else (member.name, other.name))
        if not gone and not renamed and not unlike and len(departments) > 1:
            continue
        head = (f"{department} {year} 年比 {year - 1} 年新增的{label}" if added else
                f"{department} {year - 1} 年有、{year} 年不再安排的{label}")
        lines = [f"{head}共 {len(gone)} 项" + ("：" if gone else "。")]
        lines += phrasing.numbered([m.line for m in gone])
        lines += [f"（“{a}”在 {year} 年的表中改名为“{b}”，不算新增或去掉。）" for a, b in renamed]
        lines += [f"（{year - 1} 年的“{a}”在 {year} 年的表中不见了，看来改名为“{b}”（名称变化较大，请核对），"
                  "不算新增或去掉。）" for a, b in unlike]
        lines.append(phrasing.source_line(index.tables[new], label))
        lines.append(phrasing.source_line(index.tables[old], label))
        blocks.append("\n".join(lines))
        names += [m.name for m in gone]
    return _over_two_years(query, snapshot, year, compared, blocks, names,
                           f"没有{'新增' if added else '去掉'}的{label}")


def _moved(query: Query, snapshot: Snapshot, to_key: bool) -> Answer:
    """哪项任务去年是重点任务、今年放到其他任务里了: each department's tasks held in both years
    (under the same name or a counterpart) whose section changed that way."""
    index = snapshot.index
    departments = query.departments or tuple(index.departments())
    year = query.years[0] if query.years else snapshot.today.year
    came, left = (KEY_TASKS, OTHER_TASKS) if to_key else (OTHER_TASKS, KEY_TASKS)
    blocks: list[str] = []
    names: list[str] = []
    compared = []
    for department in departments:
        this, last = (department, "", year), (department, "", year - 1)
        if this not in index.tables or last not in index.tables:
            continue
        compared.append(department)
        before = {t.name: t for t in index.tables[last].table.tasks}
        moved = []
        for task in index.tables[this].table.tasks:
            entry = index.find(Kind.TASK, task.name)
            other = index.counterpart(entry, last) if entry is not None else None
            old = before.get(other.name) if other is not None else None
            if task.section == came and old is not None and old.section == left:
                moved.append(task)
        if not moved:
            continue
        lines = [f"{department} {year - 1} 年在“{left}”、{year} 年调入“{came}”的任务共 {len(moved)} 项："]
        lines += phrasing.numbered([f"{t.name} {phrasing.money_short(t.amount_yuan)}" for t in moved])
        lines.append(phrasing.source_line(index.tables[this], came))
        lines.append(phrasing.source_line(index.tables[last], left))
        blocks.append("\n".join(lines))
        names += [t.name for t in moved]
    return _over_two_years(query, snapshot, year, compared, blocks, names,
                           f"没有从“{left}”调入“{came}”的任务")


def _over_two_years(query: Query, snapshot: Snapshot, year: int, compared: list[str],
                    blocks: list[str], names: list[str], nothing: str) -> Answer:
    """The answer of a comparison of each department's tables of ``year`` and the year before:
    its blocks, or what was compared and that nothing was found, or that there was nothing
    to compare."""
    if not compared:
        return not_found(query, snapshot, f"没有 {year - 1} 年和 {year} 年两年的表可以比较。")
    if not blocks:
        return Answer(query.text, f"比较了 {len(compared)} 个部门 {year - 1} 年和 {year} 年的表，"
                      f"{nothing}。", Status.OK, kind="list")
    return settle(query, Answer(query.text, "\n\n".join(blocks), Status.OK, kind="list",
                                items=names, departments=compared, years=[year - 1, year]))


def _label(query: Query) -> str:
    label = set_label(query.set)
    conditions = [f.describe() for f in query.filters]
    return f"{'、'.join(conditions)}的{label}" if conditions else label


def _block(stored: StoredTable, found: list[Member], label: str, counting: bool,
           spec) -> list[str]:
    unit = "条" if spec is not None and spec.kind == SetKind.GOAL else "项"
    head = f"{label}（{phrasing.where(stored)}）共 {len(found)} {unit}"
    if counting:
        lines = [head + "。"]
        if found and len(found) <= 12:
            lines.append("分别是：" + "、".join(m.name for m in found))
    else:
        lines = [head + ("：" if found else "。")] + _lines(stored, found, spec)
    return lines + [phrasing.source_line(stored, _section_name(spec))]


def _lines(stored: StoredTable, found: list[Member], spec) -> list[str]:
    """Members as numbered lines; a 一级 category's members under each of its 二级, the empty
    ones included (社会成本指标：（无）)."""
    if spec is not None and spec.kind == SetKind.GOAL:
        return [m.name for m in found]
    if spec is not None and spec.kind == SetKind.BUDGET:
        return phrasing.numbered([m.line for m in found]) + _budget_totals(stored)
    category = spec.category if spec is not None else None
    if category is None or category.level1 != category.name:
        return phrasing.numbered([m.line for m in found])
    lines: list[str] = []
    number = 0
    subgroups = [l2 for l1, l2 in stored.table.categories if same_category(l1, category.name)]
    subgroups += [m.indicator.level2 for m in found if m.indicator.level2 not in subgroups]
    for level2 in subgroups:
        inside = [m for m in found if m.indicator.level2 == level2]
        lines.append(f"{level2}：" + ("" if inside else "（无）"))
        for member in inside:
            number += 1
            lines.append(f"{number}. {member.line}")
    return lines


def _budget_totals(stored: StoredTable) -> list[str]:
    """部门预算合计 and 收入合计 with the sums they are made of."""
    totals = [budget_value(stored, name) for name in COMPUTED_BUDGET_LINES]
    return [f"{v.label}：{v.short}（{v.formula.removeprefix('计算：')}）" for v in totals
            if v is not None and v.formula]


def _section_name(spec) -> str:
    if spec is None or spec.kind in (SetKind.TASK,):
        return "年度重点工作任务与其他需完成的任务"
    return set_label(spec) if spec.category is None else "绩效指标"


def _across(query: Query, snapshot: Snapshot, tables: list[StoredTable], label: str,
            counting: bool) -> Answer:
    """No department named and several have the set: the total first, then each department."""
    per_table = [(stored, members(snapshot.index, stored, query.set, query.filters))
                 for stored in tables]
    if query.filters or query.set is None or query.set.category is None:
        per_table = [(s, found) for s, found in per_table if found or counting]
    total = sum(len(found) for _, found in per_table)
    years = unique(s.table.year for s in tables)
    scope = f"{'、'.join(map(str, years))} 年 {len(tables)} 个部门"
    lines = [f"{scope}{label}共 {total} 项" + ("：" if not counting and total else "。")]
    names = [m.name for _, found in per_table for m in found]
    # A filtered list is what was asked: all of it when it is short (8 信息化 tasks in 8
    # departments); a whole set across many departments is cut to the first few.
    short = query.filters and total <= 3 * phrasing.MAX_DEPARTMENTS
    shown = per_table if counting or short else per_table[:phrasing.MAX_DEPARTMENTS]
    for stored, found in shown:
        if counting:
            lines.append(f"{phrasing.where(stored)}：{len(found)} 项")
        else:
            lines.append(f"【{phrasing.where(stored)}】{len(found)} 项")
            lines += _lines(stored, found, query.set)
    if len(shown) < len(per_table):
        rest = per_table[len(shown)][0].table.department
        lines.append(phrasing.more_departments_note(len(per_table) - len(shown), rest))
    if per_table:
        lines.append("来源：" + "；".join(f"{phrasing.where(s)} 第 {s.version.version} 版"
                                         for s, _ in per_table[:8]) + ("等" if len(per_table) > 8 else ""))
    return settle(query, Answer(query.text, "\n".join(lines), Status.OK, kind="list",
                                items=names, departments=unique(s.table.department for s, _ in per_table),
                                years=years))


def _departments(query: Query, snapshot: Snapshot) -> Answer:
    """The departments loaded (in the years asked), or those whose measure passes the filters
    (哪些部门预算合计在10亿以上)."""
    index = snapshot.index
    measure = query.measure or query.entry
    amounts = [f for f in query.filters if f.field in ("amount", "value")]
    if measure is not None and amounts:
        return _departments_by_measure(query, snapshot, amounts)
    whole = "整体" in query.normalized  # 报了部门整体绩效目标表: not project tables only
    years_of = index.department_years if whole else index.years_of
    departments = [d for d in query.departments or index.departments()
                   if years_of(d) and (not query.years or set(query.years) & set(years_of(d)))]
    year_text = f"{'、'.join(map(str, query.years))} 年" if query.years else "目前"
    place = f"{query.place}" if query.place else ""
    if re.search(r"几张|多少张", query.normalized):  # 湛江的表有几张: tables, not departments
        tables = [(d, y, p) for d in departments for (d2, p, y) in index.tables
                  if d2 == d and (not query.years or y in query.years)]
        lines = [f"{year_text}已载入{place}的表共 {len(tables)} 张（{len(departments)} 个部门）："]
        lines += [f"{d} {y} 年" + (f" · {p}" if p else "") for d, y, p in sorted(tables)]
        return Answer(query.text, "\n".join(lines), Status.OK, kind="departments",
                      items=departments, departments=departments)
    lines = [f"{year_text}已载入{place} {len(departments)} 个部门的{'部门整体' if whole else ''}表" +
             ("：" if query.operation != Operation.COUNT else "。")]
    lines += [f"{d}（{'、'.join(map(str, index.years_of(d)))} 年）" for d in departments]
    answer = Answer(query.text, "\n".join(lines), Status.OK, kind="departments",
                    items=departments, departments=departments)
    if query.numbers and answer.status == Status.OK:
        # 下属二级单位超过2个的单位有几家, the condition not read: every department is no answer
        answer.status = Status.LOW
        answer.text += "\n（问题中的条件“" + "”“".join(n.text for n in query.numbers) + \
            "”没有用上，以上是全部已载入的部门，请换个说法。）"
        return answer
    return settle(query, answer)


def _by_city(snapshot: Snapshot, departments: list[str], query: Query) -> str:
    """（东莞市 16 个、广州市 1 个）: a count over several cities' departments, none named,
    said city by city — the city asked about may be only one of them."""
    if query.departments or query.place:
        return ""
    places = Counter(snapshot.index.directory.place_of(d) or "" for d in departments)
    if len(places) < 2:
        return ""
    return "（" + "、".join(f"{p + '市' if p else '其他'} {n} 个"
                           for p, n in sorted(places.items(), key=lambda kv: -kv[1])) + "）"


def _measure_condition(label: str, filter_) -> str:
    """财政供养人员数少于 50: a count compared, said with the measure's name."""
    words = {">": "超过", "≥": "不少于", "<": "少于", "≤": "不超过", "=": "等于"}.get(filter_.op, filter_.op)
    return f"{label}{words} {phrasing.number(Decimal(str(filter_.value)))} "


def _departments_by_measure(query: Query, snapshot: Snapshot, filters) -> Answer:
    from nlp.answer.aggregate import department_values
    from nlp.answer.scope import compare

    values = department_values(query.with_(filters=()), snapshot)
    if not values:
        return not_found(query, snapshot, "没有找到可以比较的部门数据。")
    label = values[0].label
    chosen = [v for v in values if all(
        compare(v.number, f.op, Decimal(str(f.value))) for f in filters)]
    chosen.sort(key=lambda v: v.number, reverse=True)
    condition = "、".join(f.describe().replace("金额", label) if f.field == "amount" else
                          _measure_condition(label, f) for f in filters)
    years = unique(v.stored.table.year for v in values)
    head = f"{'、'.join(map(str, years))} 年{condition}的部门共 {len(chosen)} 个" + \
        _by_city(snapshot, [v.stored.table.department for v in chosen], query) + \
        ("：" if chosen else "。")
    lines = [head] + phrasing.numbered([f"{v.stored.table.department} {v.short}" for v in chosen])
    lines.append(f"（比较了 {len(values)} 个部门。）")
    return settle(query, Answer(query.text, "\n".join(lines), Status.OK, kind="departments",
                                items=[v.stored.table.department for v in chosen],
                                departments=[v.stored.table.department for v in chosen],
                                years=years))
