"""Sums, averages, extremes, top-k and rankings: of named items (送温暖和劳模经费加起来), of a
set's members (交通局任务平均每项多少钱, 任务经费最高的三项), across departments (哪个部门基本
支出最多, 各部门预算合计从高到低) and across years (两年加起来). Every result shows its parts."""

from __future__ import annotations

import re
from decimal import Decimal

from nlp.answer import phrasing
from nlp.answer.base import Answer, Snapshot, Status
from nlp.answer.common import not_found, settle, unique
from nlp.answer.scope import Value, members, set_label, tables_for, value_of
from nlp.index import Entry, Kind
from nlp.lexicon import Operation, SetKind
from nlp.query import Axis, Query

_WORDS = {Operation.MAX: "最多", Operation.MIN: "最少"}


def answer(query: Query, snapshot: Snapshot) -> Answer:
    if len(query.targets) >= 2 and query.operation in (Operation.SUM, Operation.AVERAGE):
        return _items(query, snapshot)
    if len(query.targets) >= 2 and query.operation in (Operation.MAX, Operation.MIN,
                                                       Operation.SORT):
        return _ranked_items(query, snapshot)
    if _across_departments(query):
        return _departments(query, snapshot)
    if query.targets and query.set is None and query.operation in (Operation.SUM,
                                                                   Operation.AVERAGE):
        return _years(query, snapshot)
    return _members(query, snapshot)


def _part_of(value: Value) -> str:
    """What a department's figure is made of, in brackets (a budget total's three lines)."""
    if value.formula.startswith("计算："):
        return f"（{value.formula.removeprefix('计算：')}）"
    return value.formula


_EACH_TABLE = re.compile(r"分别|各是|各自|各多少|每年|逐年")
_ALL_TOGETHER = re.compile(r"加起来|加在一起|加一起|合起来|相加|一共|总共|[两三四几多]年|累计|共计")
# 两年加起来 / 2025和2026年一共 / 历年累计: one item's figures of several years added
_SEVERAL_YEARS = re.compile(r"[两三四五几多]年|历年|各年|每年|这些年|近年|往年|累计|跨年|年度合计")


def _across_departments(query: Query) -> bool:
    if query.set is not None and query.set.kind == SetKind.DEPARTMENT:
        return True
    if query.per_department:
        return True
    if query.axis == Axis.DEPARTMENTS and (query.measure is not None or query.entry is not None):
        return True
    entry = query.entry
    return entry is not None and entry.kind in (Kind.BUDGET, Kind.BASIC) and \
        query.operation in (Operation.MAX, Operation.MIN, Operation.TOP, Operation.SORT,
                            Operation.AVERAGE)


# ------------------------------------------------------------ named items


def _values(query: Query, snapshot: Snapshot, entry: Entry,
            departments: tuple[str, ...] = ()) -> list[Value]:
    period = str(query.attribute) == "period"
    found = []
    for stored in tables_for(snapshot.index, query, entry, departments):
        value = value_of(stored, entry, period)
        if value is not None:
            found.append(value)
    return found


def _items(query: Query, snapshot: Snapshot) -> Answer:
    parts: list[Value] = []
    for target in query.targets:
        values = _values(query, snapshot, target.entry, target.departments)
        if not values:
            return not_found(query, snapshot, f"没有找到“{target.entry.name}”在所问范围内的数据。")
        if len({v.stored.table.department for v in values}) > 1 and not target.departments \
                and not query.departments:
            return not_found(query, snapshot, f"“{target.entry.name}”见于多个部门，请指明部门。")
        parts += values
    names = unique(t.entry.name for t in query.targets)
    departments = unique(v.stored.table.department for v in parts)
    label = " 与 ".join(names) if len(names) > 1 or len(departments) < 2 else \
        f"{'、'.join(departments)}的{names[0]}"  # 两家加起来呢: one line of two departments
    if len(query.targets) >= 2 and not any(t.departments for t in query.targets) and \
            len(departments) > 1:
        return _per_department_totals(query, parts, label)
    return _total(query, parts, label)


def _ranked_items(query: Query, snapshot: Snapshot) -> Answer:
    """A、B、C哪个最多: the items named, each in its department, in order."""
    values: list[Value] = []
    for target in query.targets:
        found = _values(query, snapshot, target.entry, target.departments)
        if len({v.stored.table.department for v in found}) > 1 and not target.departments \
                and not query.departments:
            return not_found(query, snapshot, f"“{target.entry.name}”见于多个部门，请指明部门。")
        values += [v for v in found[:1] if v.number is not None]
    if len(values) < 2 or len({v.unit for v in values}) > 1:
        return not_found(query, snapshot, "这几项没有可以比较的同一单位的数值。")
    least = query.operation == Operation.MIN or not query.descending
    ordered = sorted(values, key=lambda v: v.number, reverse=not least)
    first = ordered[0]
    word = "最少" if least else "最多"
    lines = [f"{first.label}{word}：{first.text}（{first.stored.table.department}）"]
    lines += phrasing.numbered([f"{v.label} {v.short}（{phrasing.where(v.stored)}）" for v in ordered])
    lines += unique(v.source for v in ordered)
    return settle(query, Answer(query.text, "\n".join(lines), Status.OK, kind="ranking",
                                items=[v.label for v in ordered],
                                departments=unique(v.stored.table.department for v in ordered),
                                years=unique(v.stored.table.year for v in ordered)))


def _per_department_totals(query: Query, parts: list[Value], label: str) -> Answer:
    """交通局基本支出加其他事业发展性支出, with 交通局 loaded in two cities: each department's
    own sum, of the departments that have every item asked — never one across them."""
    wanted = {t.entry.name for t in query.targets}
    by_department: dict[str, list[Value]] = {}
    for value in parts:
        by_department.setdefault(value.stored.table.department, []).append(value)
    complete = {d: values for d, values in by_department.items()
                if {v.label for v in values} >= wanted}
    if not complete:
        return Answer(query.text, f"{label}不在同一个部门的表中，无法相加；请指明部门。",
                      Status.NOT_FOUND)
    answers = [_total(query, values, label) for values in complete.values()]
    if len(answers) == 1:
        answer = answers[0]
        missing = [d for d in by_department if d not in complete]
        if missing:
            answer.text += f"\n（{'、'.join(missing)}的表中没有其中全部各项，未计入。）"
        return answer
    text = "\n\n".join(f"【{a.departments[0]}】" + a.text for a in answers)
    return settle(query, Answer(query.text, text, Status.OK, kind="sum",
                                items=unique(i for a in answers for i in a.items),
                                departments=list(complete),
                                years=unique(y for a in answers for y in a.years)))


def _years(query: Query, snapshot: Snapshot) -> Answer:
    """One item over several years (两年加起来)."""
    entry = query.entry
    stored_all = [snapshot.index.tables[k] for k in entry.places
                  if not query.departments or k[0] in query.departments]
    if query.years:
        stored_all = [s for s in stored_all if s.table.year in query.years]
    elif not _SEVERAL_YEARS.search(query.normalized):  # 一共多少 of one item: this year's
        latest = max((s.table.year for s in stored_all), default=0)
        stored_all = [s for s in stored_all if s.table.year == latest]
    # a project's 一共 over its one table is its whole period's money (实施周期资金总额)
    period = str(query.attribute) == "period" or entry.kind == Kind.PROJECT and len(stored_all) == 1
    values = [v for v in (value_of(s, entry, period)
                          for s in sorted(stored_all, key=lambda s: s.table.year)) if v is not None]
    departments = unique(v.stored.table.department for v in values)
    if len(departments) > 1 and len(query.departments) >= 2 and len(values) == len(departments):
        # 两个红会今年预算合计加在一起: the departments named, one figure each, added
        return _total(query, values, f"{'、'.join(departments)}的{entry.name}")
    if len(departments) > 1:
        return not_found(query, snapshot, f"“{entry.name}”见于多个部门，请指明部门。")
    if len(values) == 1 and not period:  # 今年…一共多少: its own figure, not a sum of one
        from nlp.answer import value
        return value.answer(query.with_(operation=Operation.VALUE), snapshot)
    return _total(query, values, f"{entry.name}（{'、'.join(str(v.stored.table.year) for v in values)} 年）")


def _total(query: Query, parts: list[Value], label: str) -> Answer:
    numbers = [p for p in parts if p.number is not None]
    if not numbers or len({p.unit for p in numbers}) > 1:
        return Answer(query.text, "这些项目的单位不同或没有金额，无法相加。", Status.NOT_FOUND)
    total = sum((p.number for p in numbers), Decimal(0))
    wan = all(p.wan for p in numbers)
    average = query.operation == Operation.AVERAGE
    result = total / len(numbers) if average else total
    shown = _show(result, numbers[0], wan, exact=not average)
    word = "平均" if average else "总计" if label.endswith("合计") else "合计"
    lines = [f"{label}{word}：{shown}",
             f"计算：{' + '.join(_short(p, wan) for p in numbers)} = {_show_short(total, numbers[0], wan)}"
             + (f"；÷ {len(numbers)} = {_show_short(result, numbers[0], wan, exact=False)}" if average else "")]
    lines += [f"{p.label}（{phrasing.where(p.stored)}）：{_short(p, wan)}"
              + (p.formula if p.formula.startswith("（") else "") for p in numbers]
    lines += unique(p.source for p in numbers)
    return settle(query, Answer(query.text, "\n".join(lines), Status.OK, kind="sum",
                                items=unique(p.label for p in numbers),
                                departments=unique(p.stored.table.department for p in numbers),
                                years=unique(p.stored.table.year for p in numbers)))


def _short(value: Value, wan: bool) -> str:
    if value.is_money:
        return phrasing.money_short(value.number, wan)
    return value.short


def _show(number: Decimal, like: Value, wan: bool, exact: bool = True) -> str:
    if like.is_money:
        if exact:
            return phrasing.money(number, wan)
        return (f"{phrasing.decimal(number / 10000)} 万元（{phrasing.decimal(number)} 元）" if wan
                else f"{phrasing.decimal(number)} 元（{phrasing.decimal(number / 10000)} 万元）")
    return f"{phrasing.decimal(number) if not exact else phrasing.number(number)} {like.unit}".rstrip()


def _show_short(number: Decimal, like: Value, wan: bool, exact: bool = True) -> str:
    if like.is_money:
        if exact:
            return phrasing.money_short(number, wan)
        return f"{phrasing.decimal(number / 10000)} 万元" if wan else f"{phrasing.decimal(number)} 元"
    return f"{phrasing.decimal(number) if not exact else phrasing.number(number)} {like.unit}".rstrip()


# ------------------------------------------------------------ across departments


def department_values(query: Query, snapshot: Snapshot) -> list[Value]:
    """The measure of each department in scope (its latest year unless years are named)."""
    index = snapshot.index
    measure = query.measure or query.entry
    tables = tables_for(index, query)
    values = []
    for stored in tables:
        if measure is not None and measure.kind in (Kind.BUDGET, Kind.BASIC, Kind.FUND,
                                                    Kind.TASK, Kind.INDICATOR):
            value = value_of(stored, measure)
        else:
            value = set_measure(query, snapshot, stored)
        if value is None or value.number is None or query.filters and not value.number:
            continue  # a department without such items is not one of those added or ranked
        values.append(value)
    return values


_MONEY_OF_SET = re.compile(r"(?:任务|项目)的?(?:总额|金额|总金额|的钱|资金|经费)")


def set_measure(query: Query, snapshot: Snapshot, stored) -> Value | None:
    """A set as one figure of a table: the number of its members, or their money when the
    question asks for money."""
    spec = query.set
    if spec is None or spec.kind == SetKind.DEPARTMENT:
        from nlp.answer.scope import budget_value

        return budget_value(stored, "部门预算合计")
    found = members(snapshot.index, stored, spec, query.filters)
    label = set_label(spec)
    topic = next((f for f in query.filters if f.field in ("name", "topic")), None)
    if topic is not None:
        label = f"{topic.describe().replace('名称或内容涉及', '名称含')}的{label}"
    if str(query.attribute) == "amount" or query.operation == Operation.SUM or \
            _MONEY_OF_SET.search(query.normalized):  # 任务总额 / 任务的钱: money, not a count
        total = sum((m.amount for m in found if m.amount is not None), Decimal(0))
        # With a filter the few members say what the figure is made of (教育信息化建设).
        which = f"（{'、'.join(m.name for m in found)}）" if query.filters and 0 < len(found) <= 3 \
            else ""
        return Value(f"{label}金额", total, "元", phrasing.money(total) + which, stored, label,
                     formula=which)
    return Value(f"{label}数", Decimal(len(found)), "项", f"{len(found)} 项", stored, label)


def _departments(query: Query, snapshot: Snapshot) -> Answer:
    values = department_values(query, snapshot)
    if not values:
        return not_found(query, snapshot, "没有找到可以比较的部门数据。")
    label = values[0].label
    operation = query.operation
    if operation in (Operation.SUM, Operation.AVERAGE):
        return _total(query, values, f"{len(values)} 个部门的{label}")
    ordered = sorted(values, key=lambda v: v.number, reverse=query.descending
                     if operation in (Operation.TOP, Operation.SORT) else operation != Operation.MIN)
    scope = f"{'、'.join(map(str, unique(v.stored.table.year for v in values)))} 年"
    if query.nth and not query.focus:
        chosen = ordered[min(query.nth, len(ordered)) - 1]
        word = "多" if query.descending else "少"
        head = f"{scope}{label}第 {query.nth} {word}的部门：{chosen.stored.table.department}，{chosen.text}"
    elif operation in (Operation.MAX, Operation.MIN):
        chosen = ordered[0]
        head = (f"{scope}{label}{_WORDS[operation]}的部门：{chosen.stored.table.department}，"
                f"{chosen.text}")
    elif query.focus:
        direction = "从高到低" if query.descending else "从低到高"
        place = next((i for i, v in enumerate(ordered, 1)
                      if v.stored.table.department in query.focus), None)
        if place is None:
            return not_found(query, snapshot, f"{'、'.join(query.focus)}没有可以排名的{label}。")
        chosen = ordered[place - 1]
        head = (f"{scope} {len(ordered)} 个部门{label}（{direction}）中，" + "；".join(
            f"{v.stored.table.department}排第 {i}：{v.text}" for i, v in enumerate(ordered, 1)
            if v.stored.table.department in query.focus))  # 交易中心和老干局各排第几: each
        if query.yes_no and len(ordered) < 2:
            return not_found(query, snapshot, f"只有{chosen.stored.table.department}有{label}，"
                             "无法和其他部门比较。")
        if query.yes_no and query.limit and not query.nth:  # 排得进全市前五十吗: within the first N
            first_n = f"{'前' if query.descending else '倒数前'} {query.limit} 名以内"
            head = f"是。{head}，在{first_n}" if place <= query.limit else f"否。{head}，不在{first_n}"
        elif query.yes_no:  # 是不是最高的 / 是不是倒数第二: 是/否 first, and which one is, when not
            wanted = query.nth or 1
            first = ordered[min(wanted, len(ordered)) - 1]
            which = ("最高" if query.descending else "最低") if wanted == 1 else \
                f"{'' if query.descending else '倒数'}第 {wanted} "
            head = f"是。{head}" if place == wanted else \
                f"否。{head}；{which}的是{first.stored.table.department}：{first.text}"
    else:
        count = query.limit or len(ordered)
        ordered_shown = ordered[:count]
        direction = "从高到低" if query.descending else "从低到高"
        first = ordered_shown[0]
        head = (f"{scope}各部门{label}（{direction}）：第一是{first.stored.table.department}，"
                f"{first.short}")
        ordered = ordered_shown
    lines = [head] + phrasing.numbered([f"{v.stored.table.department} {v.short}{_part_of(v)}"
                                        for v in ordered])
    lines.append(f"（比较了 {len(values)} 个部门。）")
    return settle(query, Answer(query.text, "\n".join(lines), Status.OK, kind="ranking",
                                items=[label], departments=[v.stored.table.department for v in ordered],
                                years=unique(v.stored.table.year for v in values)))


# ------------------------------------------------------------ members of a set


def _per_table(query: Query, priced: list, label: str, wan: bool, average: bool) -> Answer:
    """One figure per table — each one's total, or each one's average and then all of them
    together — with every table's source."""
    tables = list({id(s): s for s, _ in priced}.values())
    lines = []
    for stored in tables:
        parts = [m.amount for s, m in priced if s is stored]
        total = sum(parts, Decimal(0))
        if average:
            lines.append(f"{phrasing.where(stored)}{label}平均每项：{phrasing.decimal(total / len(parts))} 元"
                         f"（计算：{phrasing.money_short(total)} ÷ {len(parts)} 项）")
        else:
            lines.append(f"{phrasing.where(stored)}{label}资金合计："
                         f"{phrasing.money(total, wan)}（共 {len(parts)} 项）")
    if average:
        total = sum((m.amount for _, m in priced), Decimal(0))
        lines.append(f"合起来：{phrasing.money_short(total)} ÷ {len(priced)} 项 = "
                     f"{phrasing.decimal(total / len(priced))} 元")
    lines += unique(phrasing.source_line(s, label) for s in tables)[:6]
    return settle(query, Answer(query.text, "\n".join(lines), Status.OK, kind="tasks",
                                departments=unique(s.table.department for s, _ in priced),
                                years=unique(s.table.year for s, _ in priced)))


def _members(query: Query, snapshot: Snapshot) -> Answer:
    spec = query.set
    tables = tables_for(snapshot.index, query, projects=spec is not None and
                        spec.kind == SetKind.PROJECT)
    pool = [(stored, m) for stored in tables
            for m in members(snapshot.index, stored, spec, query.filters)]
    if spec is not None and spec.kind == SetKind.PROJECT:  # found by its own table and its
        seen: set = set()  # department's: once
        pool = [(s, m) for s, m in pool
                if m.stored.table.key not in seen and not seen.add(m.stored.table.key)]
    priced = [(s, m) for s, m in pool if m.amount is not None]
    label = set_label(spec)
    if not priced:
        return not_found(query, snapshot, f"没有找到可以计算的{label}金额。")
    several = len({s.table.department for s, _ in priced}) > 1
    # one department's items among many searched: that department, not every one searched
    scope = "、".join(unique(phrasing.where(s) for s, _ in priced)) if not several else \
        f"{'、'.join(map(str, unique(s.table.year for s in tables)))} 年 {len(tables)} 个部门"
    operation = query.operation
    wan = all(m.wan for _, m in priced)

    def line(stored, member, full: bool = False) -> str:
        owner = f"（{stored.table.department}）" if several else ""
        amount = phrasing.money(member.amount, wan) if full else \
            phrasing.money_short(member.amount, wan)
        return f"{member.name} {amount}{owner}"

    by_table = {id(s): s for s, _ in priced}
    if operation == Operation.SUM and len(by_table) > 1 and _EACH_TABLE.search(query.normalized) \
            or operation == Operation.SUM and len({s.table.year for s, _ in priced}) > 1 and \
            not _ALL_TOGETHER.search(query.normalized):
        # 今年和去年的任务资金合计分别是多少: one total per table, not the years added
        return _per_table(query, priced, label, wan, average=False)
    if operation == Operation.AVERAGE and len(by_table) > 1 and \
            not _ALL_TOGETHER.search(query.normalized):
        # 妇联和总工会的任务平均每项多少钱: each department's average, then all together
        return _per_table(query, priced, label, wan, average=True)
    if operation in (Operation.SUM, Operation.AVERAGE):
        total = sum((m.amount for _, m in priced), Decimal(0))
        if operation == Operation.AVERAGE:
            average = total / len(priced)
            head = (f"{scope}{label}平均每项：{phrasing.decimal(average)} 元"
                    f"（{phrasing.decimal(average / 10000)} 万元）")
            formula = f"计算：{phrasing.money_short(total)} ÷ {len(priced)} 项 = {phrasing.decimal(average)} 元"
        else:
            head = f"{scope}{label}资金合计：{phrasing.money(total, wan)}（共 {len(priced)} 项）"
            formula = (f"计算：{' + '.join(phrasing.number(m.amount) if not wan else f'{m.amount / 10000:,.2f}' for _, m in priced)}"
                       f" = {phrasing.money_short(total, wan)}")
        lines = [head, formula] + phrasing.numbered([line(s, m) for s, m in priced])
        ordered = priced
    else:
        ascending = operation == Operation.MIN or not query.descending
        ordered = sorted(priced, key=lambda sm: sm[1].amount, reverse=not ascending)
        if operation in (Operation.MAX, Operation.MIN):
            stored, chosen = ordered[0]
            word = "最少" if ascending else "最多"
            head = f"{scope}{label}中资金{word}的是：{line(stored, chosen, full=True)}"
            lines = [head]
        else:
            count = query.nth or query.limit or len(ordered)
            if query.nth:
                stored, chosen = ordered[min(query.nth, len(ordered)) - 1]
                head = (f"{scope}{label}中资金第 {query.nth} {'少' if ascending else '多'}的是："
                        f"{line(stored, chosen, full=True)}")
                lines = [head]
            else:
                shown = ordered[:count]
                direction = "从低到高" if ascending else "从高到低"
                head = f"{scope}{label}按金额{direction}" + (f"前 {count} 项" if query.limit else "") + \
                    f"：{line(*shown[0])}"
                lines = [head] + phrasing.numbered([line(s, m) for s, m in shown])
    cited = [(s, m) for s, m in priced if any(m.name in line for line in lines[:12])] or priced
    lines += unique(phrasing.source_line(s, label) for s, _ in cited)[:6]
    return settle(query, Answer(query.text, "\n".join(lines), Status.OK, kind="tasks",
                                items=[m.name for _, m in ordered],  # 它 / 第二个: in the order given
                                departments=unique(s.table.department for s, _ in priced),
                                years=unique(s.table.year for s, _ in priced)))
