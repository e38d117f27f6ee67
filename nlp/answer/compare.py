"""Two figures set against each other: a difference (比…多多少, 同比增加), which is larger
(哪个多), a share (占…的比例) or a ratio (是…的几倍). The operands vary along one axis: two
items, two departments, two years, or the two task sections."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from nlp.answer import phrasing
from nlp.answer.aggregate import set_measure
from nlp.answer.base import Answer, Snapshot, Status
from nlp.answer.common import missing_here, not_found, settle, unique
from nlp.answer.scope import Value, budget_value, limited, set_label, tables_for, value_of
from nlp.index import Kind
from nlp.lexicon import CHANGED_WORDS, OF_WHOLE, PER_ASKED, Operation, SetKind
from nlp.query import Axis, Query, SetSpec, Target

_WHICH = ("哪", "什么", "哪些", "哪几")


_RENAME_ASKED = re.compile(r"(?:今年|现在|\d{4}年|新表里?)(?:改)?叫(?:什么|啥)|改名|改叫|改成(?:什么|啥)|更名|"
                           r"新名字|换了?(?:个)?名")


def asks_renamed(query: Query) -> bool:
    """去年那个…经费，今年叫什么 / 改名了吗."""
    return bool(_RENAME_ASKED.search(query.normalized))


def renamed(query: Query, snapshot: Snapshot) -> Answer:
    """A task of an earlier year asked by that name and what it is called now: the latest
    table's item (改名了吗 answered 是/否 first), its money and the change."""
    from nlp.answer import value
    from nlp.answer.scope import task_named

    index, entry = snapshot.index, query.entry
    department = next(iter(query.departments or tuple(entry.departments)), None)
    years = index.department_years(department) if department else []
    if not years:
        return value.answer(query, snapshot)
    latest = years[-1]
    before = [y for y in entry.departments.get(department, {}) if y < latest]
    now = None
    if not before and len(years) >= 2:  # asked by the new name (平安建设宣传那项改名了): the old one
        old = index.renamed_counterpart(entry, (department, "", years[-2]))
        if old is not None and old is not entry and old.kind is entry.kind:
            entry, now = old, entry
            before = [y for y in entry.departments.get(department, {}) if y < latest]
    now = now or index.renamed_counterpart(entry, (department, "", latest))
    if now is None or not before:
        return value.answer(query, snapshot)
    old_table, new_table = index.table(department, max(before)), index.table(department, latest)
    old_task, new_task = task_named(old_table, entry.name), task_named(new_table, now.name)
    if old_task is None or new_task is None:
        return value.answer(query, snapshot)
    same = now is entry
    asked = re.search(r"吗|吧|没有", query.normalized)  # 改名了吗 / 换了名字吧
    yes_no = "否。" if same and asked else "是。" if asked else ""
    name = f"{latest} 年仍叫“{now.name}”" if same else f"{latest} 年的表中改名为“{now.name}”"
    head = f"{yes_no}{name}：{phrasing.money_short(new_task.amount_yuan)}"
    change = new_task.amount_yuan - old_task.amount_yuan
    more = f"{'增加' if change > 0 else '减少'} {phrasing.money_short(abs(change))}" if change else "金额不变"
    if not re.search(r"变|增|减|差|比|涨|降|多了|少了", query.normalized):
        head += f"（{max(before)} 年叫“{old_task.name}”，{more}）"  # its old money not asked
    else:
        head += f"，比 {max(before)} 年的“{old_task.name}”（{phrasing.money_short(old_task.amount_yuan)}）" \
                f"{more}"
    lines = [head + "。", phrasing.source_line(new_table, new_task.section),
             phrasing.source_line(old_table, old_task.section)]
    return Answer(query.text, "\n".join(lines), Status.OK, kind="renamed",
                  items=[now.name, old_task.name], departments=[department],
                  years=[max(before), latest])


def answer(query: Query, snapshot: Snapshot) -> Answer:
    if query.set is not None and query.axis == Axis.YEARS and \
            any(w in query.normalized for w in _WHICH):
        return _new_members(query, snapshot)
    pairs = operands(query, snapshot)
    if isinstance(pairs, Answer):
        return pairs
    blocks = []
    for left, right in pairs:
        block = _one(query, left, right)
        if len(pairs) > 1:
            block = f"【{phrasing.where(left.stored)}】{block}"
        blocks.append(block)
    values = [v for pair in pairs for v in pair]
    result = Answer(query.text, "\n\n".join(blocks), Status.OK,
                    kind=str(query.operation), items=unique(v.label for v in values),
                    departments=unique(v.stored.table.department for v in values),
                    years=unique(v.stored.table.year for v in values))
    standards = [t.entry.name for t in query.targets
                 if t.entry.kind is Kind.INDICATOR and any("/" in u for u in t.entry.units)]
    if standards and not PER_ASKED.search(query.normalized) and query.axis == Axis.ITEMS:
        # 窗口外包…差多少: two standards per person compared, when their money may be meant
        result.status = Status.LOW
        result.text += (f"\n（比较的是“{'”“'.join(standards)}”这类单位标准，不是经费总额；"
                        "如问的是经费，请写出任务名称。）")
        return result
    return settle(query, result)


def operands(query: Query, snapshot: Snapshot) -> list[tuple[Value, Value]] | Answer:
    """The pairs to compare (one pair, or one per department for 比去年 without a department)."""
    index = snapshot.index
    axis = query.axis
    period = str(query.attribute) == "period"
    if query.operation == Operation.SHARE and len(query.targets) == 1 and \
            query.targets[0].entry.kind in (Kind.BUDGET, Kind.BASIC) and \
            _ALL_DEPARTMENTS.search(query.normalized[query.normalized.find("占") + 1:]):
        return _over_departments(query, snapshot)  # 残联占东莞各部门预算合计总和的比重
    if query.operation == Operation.SHARE and axis != Axis.DEPARTMENTS and len(query.targets) < 2:
        return _share_operands(query, snapshot)
    if query.operation == Operation.SHARE and axis is None and query.set is not None:
        return _items_of_set(query, snapshot)
    if query.operation == Operation.SHARE and len(query.targets) == 2 and \
            query.targets[0].entry is query.targets[1].entry:
        return _over_departments(query, snapshot)
    if axis == Axis.ITEMS:
        return _item_pairs(query, snapshot, period)
    if axis == Axis.DEPARTMENTS:
        if len(query.departments) < 2:
            return not_found(query, snapshot, "请说明要比较的两个部门。")
        values = []
        for department in query.departments[:2]:
            value = _department_value(query, snapshot, department, period)
            if value is None:
                return not_found(query, snapshot, f"{department}没有可比较的数据。")
            values.append(value)
        return [(values[0], values[1])]
    if axis == Axis.SECTIONS:
        tables = tables_for(index, query)
        if len(tables) != 1:
            return not_found(query, snapshot, "请指明是哪个部门的重点任务和其他任务。")
        key = set_measure(query.with_(set=SetSpec(SetKind.KEY_TASK)), snapshot, tables[0])
        other = set_measure(query.with_(set=SetSpec(SetKind.OTHER_TASK)), snapshot, tables[0])
        return [(key, other)]
    if axis == Axis.YEARS or query.yoy or query.entry is not None:
        return _year_pairs(query, snapshot, period)
    return not_found(query, snapshot, "没有看出要比较的两项，请写出两个项目、两个部门或两个年度。")


def _item_pairs(query: Query, snapshot: Snapshot, period: bool):
    """Two named items: in their own departments when named, else in every table that has
    both (基本支出占部门预算的比例, for each department)."""
    index = snapshot.index
    first, second = query.targets[0], query.targets[1]
    if not first.departments and not second.departments:
        both = [s for s in tables_for(index, query, first.entry)
                if s.table.key in second.entry.places]
        if both:
            both, _ = limited(query, both)
            pairs = [(value_of(s, first.entry, period), value_of(s, second.entry, period))
                     for s in both]
            # (not one item read twice: a renamed task's new name found as its old one)
            pairs = [(a, b) for a, b in pairs if a is not None and b is not None and a.label != b.label]
            if pairs:
                return pairs
    values = []
    seconds = _values_of(query, snapshot, second, period)
    for target in (first, second):
        found = _values_of(query, snapshot, target, period) if target is first else seconds
        if target is first and found and seconds and found[0].label == seconds[0].label and \
                found[0].stored is seconds[0].stored:
            found = []  # the new name read as the old one in the old year's table: not this
        if not found and len(query.years) == 1 and target is first and seconds:
            # 诉源治理这项比去年的诉调对接多了多少: the year said is the second item's; the first
            # (new this year) is taken from its latest table, both years shown
            found = _values_of(query.with_(years=()), snapshot, target, period)
        if not found:
            return missing_here(query, snapshot, target.entry)
        if len({v.stored.table.department for v in found}) > 1:
            return not_found(query, snapshot,
                             f"“{target.entry.name}”见于多个部门，请指明是哪个部门的。")
        values.append(found[0])
    return [(values[0], values[1])]


def _values_of(query: Query, snapshot: Snapshot, target: Target, period: bool) -> list[Value]:
    found = [value_of(s, target.entry, period)
             for s in tables_for(snapshot.index, query, target.entry, target.departments)]
    return [v for v in found if v is not None]


def _department_value(query: Query, snapshot: Snapshot, department: str,
                      period: bool) -> Value | None:
    tables = tables_for(snapshot.index, query, departments=(department,))
    if not tables:
        return None
    stored = tables[0]
    entry = query.entry or query.measure
    if entry is not None and entry.kind != Kind.CATEGORY:
        if query.entry is not None and query.entry.kind in (Kind.TASK, Kind.INDICATOR) and \
                stored.table.key not in query.entry.places:
            return None
        return value_of(stored, entry, period)
    return set_measure(query, snapshot, stored)


def _year_pairs(query: Query, snapshot: Snapshot, period: bool):
    index = snapshot.index
    entry = query.entry
    if entry is None:
        measure = query.measure
        departments = query.departments or tuple(index.departments())
        pairs = []
        for department in departments:
            years = _two_years(query, index.department_years(department))
            if years is None:
                continue
            old, new = (index.table(department, y) for y in years)
            if measure is not None:
                a, b = value_of(new, measure, period), value_of(old, measure, period)
            else:
                a, b = set_measure(query, snapshot, new), set_measure(query, snapshot, old)
            if a is not None and b is not None:
                pairs.append((a, b))
        return pairs or not_found(query, snapshot, "没有两个年度的数据可以比较。")
    pairs = []
    departments = query.departments or tuple(unique(d for d, _, _ in entry.places))
    for department in departments:
        entries = {y: entry for d, _, y in entry.places if d == department}
        for y in index.department_years(department):  # the same item named a little differently
            if y not in entries:
                other = index.counterpart(entry, (department, "", y))
                if other is not None:
                    entries[y] = other
        have = sorted(entries)
        if not have:
            continue  # 湛江市农业农村局, named with 东莞's: not where the item is
        years = _two_years(query, have)
        if years is None:
            if query.years and not set(query.years) & set(have):
                return missing_here(query, snapshot, entry)
            return not_found(query, snapshot,
                             f"{department}只有 {'、'.join(map(str, have))} 年的“{entry.name}”，"
                             "无法比较年度变化。")
        old, new = (index.table(department, y) for y in years)
        a, b = value_of(new, entries[years[1]], period), value_of(old, entries[years[0]], period)
        if a is not None and b is not None:
            pairs.append((a, b))
    return pairs or missing_here(query, snapshot, entry)


def _two_years(query: Query, have: list[int]) -> tuple[int, int] | None:
    if len(query.years) >= 2:
        years = sorted(y for y in query.years if y in have)
        return (years[0], years[-1]) if len(years) >= 2 else None
    if query.years:
        year = query.years[0]
        if year in have and year - 1 in have:
            return (year - 1, year)
        if year in have and year + 1 in have:
            return (year, year + 1)
        return None
    return (have[-2], have[-1]) if len(have) >= 2 else None


def _share_operands(query: Query, snapshot: Snapshot):
    """X 占 Y: Y is the second item, the set named (任务总经费), else 部门预算合计."""
    entry = query.entry
    if entry is None and query.set is None:
        return not_found(query, snapshot, "没有看出要计算哪一项的占比。")
    if entry is None and query.part is not None:
        return _part_of_set(query, snapshot)
    tables = tables_for(snapshot.index, query, entry)
    if not tables:
        return missing_here(query, snapshot, entry) if entry else \
            not_found(query, snapshot, "没有找到所问部门的表。")
    pairs = []
    for stored in tables[:5]:
        top = value_of(stored, entry) if entry else set_measure(
            query.with_(attribute=None, operation=Operation.SUM), snapshot, stored)
        if entry is not None and entry.kind == Kind.FUND and stored.table.project:
            # 老旧小区改造项目年度资金里财政拨款占多少: of the project's year's money
            period = any(w in query.normalized for w in ("实施周期", "中期", "周期"))
            lines = [b.name for b in stored.table.budget if b.amount_wan is not None]
            whole = next((n for n in lines if ("周期" in n or "中期" in n) == period and
                          "总额" in n), None)
            bottom = budget_value(stored, whole) if whole and whole != entry.name else None
        elif query.set is not None and entry is not None:
            bottom = set_measure(query.with_(operation=Operation.SUM), snapshot, stored)
            share_at = OF_WHOLE.search(query.normalized)
            if not query.followup and share_at and share_at.start() < query.targets[0].start:
                # 任务金额占项目支出: the set's sum over the line named after 占
                top, bottom = bottom, top
        elif entry is not None and entry.kind == Kind.INDICATOR:
            return not_found(query, snapshot, "指标值不能计算占比，请问金额或数量。")
        else:
            bottom = budget_value(stored, "部门预算合计")
        if top is not None and bottom is not None:
            pairs.append((top, bottom))
    return pairs or not_found(query, snapshot, "缺少计算占比所需的金额。")


_ALL_DEPARTMENTS = re.compile(r"(?:全部|所有|各|全市|全体)(?:的)?(?:部门|单位)")


def _over_departments(query: Query, snapshot: Snapshot):
    """占东莞全部部门预算的比例, after 财政局预算合计多少: the department's figure over the sum of
    every department of its city in the same year (a figure over itself is never an answer)."""
    entry = query.targets[0].entry
    if not _ALL_DEPARTMENTS.search(query.normalized) or entry.kind not in (Kind.BUDGET, Kind.BASIC):
        return not_found(query, snapshot, f"“{entry.name}”不能计算占它自己的比例，请说出占什么的比例。")
    index = snapshot.index
    tables = tables_for(index, query, entry)
    if not tables:
        return missing_here(query, snapshot, entry)
    part = value_of(tables[0], entry)
    department, year = tables[0].table.department, tables[0].table.year
    place = query.place or index.directory.place_of(department)
    others = [index.table(d, year) for d in index.directory.in_place_all(place)] if place else []
    values = [v for v in (value_of(s, entry) for s in others if s is not None) if v is not None]
    if part is None or len(values) < 2:
        return not_found(query, snapshot, "缺少计算占比所需的各部门数据。")
    total = sum((v.number for v in values), Decimal(0))
    whole = replace(part, label=f"{place} {year} 年 {len(values)} 个部门{entry.name}", number=total,
                    text=phrasing.money(total, part.wan) if part.is_money else f"{total}",
                    formula=f"计算：{len(values)} 个部门相加 = {phrasing.money_short(total, part.wan)}"
                    if part.is_money else "")
    return [(part, whole)]


def _items_of_set(query: Query, snapshot: Snapshot):
    """这两项占全部任务资金的比例: the named items' sum over the set's, in one table."""
    for stored in tables_for(snapshot.index, query)[:5]:
        parts = [value_of(stored, t.entry) for t in query.targets]
        if any(p is None or p.number is None for p in parts):
            continue
        bottom = set_measure(query.with_(operation=Operation.SUM, targets=()), snapshot, stored)
        if bottom is None:
            continue
        total = sum(p.number for p in parts)
        names = "、".join(p.label for p in parts)
        wan = all(p.wan for p in parts)
        formula = " + ".join(phrasing.money_short(p.number, wan) for p in parts)
        top = replace(parts[0], label=names, number=total,
                      text=phrasing.money(total, wan), formula=f"计算：{formula} = {phrasing.money_short(total, wan)}")
        return [(top, bottom)]
    return not_found(query, snapshot, "缺少计算占比所需的金额。")


def _part_of_set(query: Query, snapshot: Snapshot):
    """占全部任务经费的多少, after 重点任务经费合计: that part's total over the whole set's."""
    pairs = []
    for stored in tables_for(snapshot.index, query)[:5]:
        top = set_measure(query.with_(set=query.part, operation=Operation.SUM), snapshot, stored)
        bottom = set_measure(query.with_(operation=Operation.SUM, filters=()), snapshot, stored)
        if top is not None and bottom is not None:
            pairs.append((top, bottom))
    return pairs or not_found(query, snapshot, "缺少计算占比所需的金额。")


def _new_members(query: Query, snapshot: Snapshot) -> Answer:
    """今年比去年多了哪几项任务: the members of the later year not in the earlier one (and
    those dropped)."""
    from nlp.answer.scope import members

    index = snapshot.index
    departments = query.departments or tuple(index.departments())
    blocks = []
    for department in departments:
        years = _two_years(query, index.department_years(department))
        if years is None:
            if query.departments:
                blocks.append(f"{department}没有两个年度的表，无法比较。")
            continue
        old, new = (index.table(department, y) for y in years)
        before = {m.name: m for m in members(index, old, query.set, query.filters)}
        after = {m.name: m for m in members(index, new, query.set, query.filters)}
        if _VALUE_CHANGED.search(query.normalized) and not _MEMBERS_CHANGED.search(query.normalized):
            blocks.append(_changed(query, department, years, before, after, (new, old)))
            continue
        added = [m for name, m in after.items() if name not in before]
        dropped = [m for name, m in before.items() if name not in after]
        label = set_label(query.set)
        head = (f"{department} {years[1]} 年比 {years[0]} 年新增{label} {len(added)} 项" +
                ("：" + "、".join(m.name for m in added) if added else "。"))
        lines = [head] + [f"• {m.line}" for m in added]
        if dropped:
            lines.append(f"{years[0]} 年有、{years[1]} 年没有的：" + "、".join(m.name for m in dropped))
        lines += [phrasing.source_line(new, label), phrasing.source_line(old, label)]
        blocks.append("\n".join(lines))
    if not blocks:
        return not_found(query, snapshot, "没有两个年度的数据可以比较。")
    return settle(query, Answer(query.text, "\n\n".join(blocks), Status.OK, kind="diff",
                                departments=list(departments)))


# 哪些年度指标值变了 / 哪些任务的金额跟去年不一样: the members of both years whose figure
# changed (not those added or dropped, which 新增 / 去掉 / 多了哪几项 ask)
_VALUE_CHANGED = re.compile(CHANGED_WORDS)
_MEMBERS_CHANGED = re.compile(r"新增|增加了哪|去掉|取消|删|多了哪|少了哪|新加|没有了")


def _changed(query: Query, department: str, years: tuple[int, int], before: dict, after: dict,
             tables) -> str:
    """Each member of both years whose figure differs: the two figures side by side."""
    period = query.attribute is not None and str(query.attribute) == "period"

    def figure(member) -> str:
        if member.indicator is not None:
            value = member.indicator.period_value if period else member.indicator.annual_value
            return value or ""
        return phrasing.money_short(member.amount) if member.amount is not None else ""

    changed = [(before[name], m) for name, m in after.items()
               if name in before and figure(before[name]) != figure(m)]
    label = set_label(query.set)
    what = "实施周期指标值" if period else ("年度指标值" if query.set is not None and
                                        query.set.kind is SetKind.INDICATOR else "金额")
    head = f"{department}两年都有的{label}中，{years[1]} 年与 {years[0]} 年{what}不同的共 {len(changed)} 项"
    lines = [head + ("：" if changed else "。")]
    lines += phrasing.numbered([f"{m.name}：{years[0]} 年 {figure(old)}，{years[1]} 年 {figure(m)}"
                                for old, m in changed])
    only = [n for n in after if n not in before]
    if only:
        lines.append(f"只有 {years[1]} 年有的：" + "、".join(only))
    lines += [phrasing.source_line(t, label) for t in tables]
    return "\n".join(lines)


def _label(value: Value, others: Value) -> str:
    """An operand's name, with its department or year when that is what differs."""
    if value.stored.table.department != others.stored.table.department:
        return f"{value.stored.table.department}{value.label}"
    if value.stored.table.year != others.stored.table.year:
        return f"{value.stored.table.year} 年{value.label}"
    return value.label


def _one(query: Query, left: Value, right: Value) -> str:
    if left.number is None or right.number is None:
        return f"“{left.label}”或“{right.label}”没有可计算的数值。"
    if left.unit != right.unit:
        return (f"{left.label}（{left.short}）和{right.label}（{right.short}）单位不同，无法直接比较。\n"
                f"{left.source}\n{right.source}")
    a, b = _label(left, right), _label(right, left)
    sources = "\n".join(unique([left.source, right.source]))
    wan = left.wan and right.wan
    if query.ratio:
        if not right.number:
            return f"{b}为 0，无法计算倍数。"
        ratio = left.number / right.number
        return (f"{a}是{b}的 {phrasing.decimal(ratio)} 倍\n"
                f"计算：{_short(left, wan)} ÷ {_short(right, wan)} = {phrasing.decimal(ratio)}\n{sources}")
    if query.operation == Operation.SHARE:
        if not right.number:
            return f"{b}为 0，无法计算占比。"
        share = phrasing.percent(left.number, right.number)
        extra = "".join(f"\n其中{v.label}：{v.formula.removeprefix('计算：')}"
                        for v in (left, right) if v.formula.startswith("计算："))
        return (f"{a}占{b}的比例：{share}\n"
                f"计算：{a} {_short(left, wan)} ÷ {b} {_short(right, wan)} = {share}{extra}\n{sources}")
    difference = left.number - right.number
    if query.operation == Operation.COMPARE:
        if difference == 0:
            head = f"{a}与{b}相同：都是 {_short(left, wan)}"
        else:
            bigger, smaller = (left, right) if difference > 0 else (right, left)
            head = (f"{_label(bigger, smaller)}更多：{_short(bigger, wan)}，"
                    f"比{_label(smaller, bigger)}（{_short(smaller, wan)}）多 "
                    f"{_amount(abs(difference), left, wan)}")
        return f"{head}\n{sources}"
    head = change_words(left, right, wan)
    change = ""
    if right.number and difference:
        change = f"（{'+' if difference > 0 else '−'}{phrasing.percent(abs(difference), right.number)}）"
    return (f"{head}{change}\n"
            f"计算：{_short(left, wan)} − {_short(right, wan)} = "
            f"{'' if difference >= 0 else '−'}{_amount(abs(difference), left, wan)}\n{sources}")


def change_words(left: Value, right: Value, wan: bool) -> str:
    """``科技特派员工作经费 2026 年比 2025 年增加 700,000 元`` / ``A比B多 …`` / ``…相同``."""
    difference = left.number - right.number
    same_item = left.label == right.label
    years = left.stored.table.year != right.stored.table.year
    if years and same_item and left.stored.table.department == right.stored.table.department:
        up, down = ("提高", "降低") if left.op is not None else ("增加", "减少")
        subject = f"{left.label} {left.stored.table.year} 年比 {right.stored.table.year} 年"
        if not difference:
            return f"{subject}没有变化（都是 {_short(left, wan)}）"
        return (f"{subject}{up if difference > 0 else down} {_amount(abs(difference), left, wan)}"
                f"：{_short(left, wan)}，上年 {_short(right, wan)}")
    a, b = _label(left, right), _label(right, left)
    if not difference:
        return f"{a}与{b}相同（{_short(left, wan)}）"
    return f"{a}比{b}{'多' if difference > 0 else '少'} {_amount(abs(difference), left, wan)}"


def _short(value: Value, wan: bool) -> str:
    if value.is_money:
        return phrasing.money_short(value.number, value.wan)
    if value.op is not None:
        return value.text.split("（")[0]
    return value.short


def _amount(number: Decimal, like: Value, wan: bool) -> str:
    if like.is_money:
        return phrasing.money_short(number, wan)
    return f"{phrasing.number(number)}{'' if like.unit in ('%', '‰') else ' '}{like.unit}".rstrip()
