"""Yes/no questions: 是 or 否 first, then the figures. A threshold (送温暖经费超过200万了吗), an
equality (准点率目标是不是95%), a comparison of two (高龄津贴比特困供养资金多吗, 今年比去年高吗),
existence (卫健局有没有健康宣传的经费) and membership (低保资金是重点任务吗)."""

from __future__ import annotations

import re
from decimal import Decimal

from nlp.answer import compare, phrasing
from nlp.answer.base import Answer, Snapshot, Status
from nlp.answer.common import better_elsewhere, missing_here, not_found, settle, unique, where_it_is
from nlp.answer.scope import Value, budget_value, in_category, section_of, tables_for, value_of
from nlp.answer.scope import compare as holds
from nlp.deadlines import asked_deadline, target_date
from nlp.index import Entry, Kind, Relation
from nlp.lexicon import MEMBER_UNITS, SetKind
from nlp.normalize import normalize
from nlp.query import Operation, Query, SetSpec
from nlp.terms import MONEY_ENDINGS, without_ending

_SYMBOLS = {">": "超过", "≥": "达到", "<": "低于", "≤": "不超过", "=": "等于"}
_NOT_SYMBOLS = {">": "没有超过", "≥": "没有达到", "<": "没有低于", "≤": "超过", "=": "不等于"}
_EQUAL = re.compile(r"一样|相同|相等|一致|同样|持平|对得上|对上|对不上|吻合|相符|等于")
_CHANGE = re.compile(r"变化|变动|调整|改变|变了|有区别|不同")
_BALANCE = re.compile(r"对得上|对不上|对上|平衡|吻合|相符|一致|相等|等于|勾稽|配平")
_SPENDING = re.compile(r"支出|花")
_INCOME = re.compile(r"收入|财政拨款|其他资金|来源|拨款")
_MORE = re.compile(r"(?:多|高|大|超过|贵|长)(?:吗|么|不|没有|\?|$)|更(?:多|高|大)|超过了")
_LESS = re.compile(r"(?:少|低|小|便宜|短)(?:吗|么|不|没有|\?|$)|更(?:少|低|小)|不到|低于")


def answer(query: Query, snapshot: Snapshot) -> Answer:
    held = _held_by_several(query, snapshot)
    if held:  # 区域医疗中心主体工程年底前能完工吗, two hospitals' indicator: each one's 是/否
        return _each_department(query, snapshot, held)
    return _answer(query, snapshot)


def _held_by_several(query: Query, snapshot: Snapshot) -> tuple[str, ...]:
    """The departments whose tables hold the one item asked, when the question names none."""
    if query.departments or len(query.targets) != 1 or query.axis is not None:
        return ()
    entry = query.targets[0].entry
    if entry.kind not in (Kind.INDICATOR, Kind.TASK):
        return ()
    years = query.years or ()
    held = tuple(d for d, by_year in entry.departments.items()
                 if not years or any(y in by_year for y in years))
    return held if 1 < len(held) <= 5 else ()


def _each_department(query: Query, snapshot: Snapshot, departments: tuple[str, ...]) -> Answer:
    answers = [_answer(query.with_(departments=(d,)), snapshot) for d in departments]
    heads = {a.headline[:1] for a in answers}
    same = len(heads) == 1 and heads <= {"是", "否"}
    head = f"{answers[0].headline[:1]}（{len(answers)} 个部门都有这一项）。" if same else "各部门不同："
    lines = [head] + [f"【{d}】{a.text}" for d, a in zip(departments, answers, strict=True)]
    sure = same and all(a.status == Status.OK for a in answers)
    return Answer(query.text, "\n".join(lines), Status.OK if sure else Status.LOW, kind="check",
                  items=[i for a in answers for i in a.items], departments=list(departments))


def _answer(query: Query, snapshot: Snapshot) -> Answer:
    if not query.targets and query.departments and len(query.departments) <= 3 and \
            re.search(r"有.{0,12}的?表", query.normalized):  # 湛江有交通局的表吗
        index = snapshot.index
        lines = [f"是。已载入{d}的表（{'、'.join(map(str, index.years_of(d)))} 年）。"
                 for d in query.departments]
        return Answer(query.text, "\n".join(lines), Status.OK, kind="check",
                      departments=list(query.departments))
    if _asks_balance(query):
        return _balance(query, snapshot)
    weak = not query.targets or query.score < 0.7 and query.targets[0].name_coverage < 0.5
    if weak and query.departments and query.threshold is None and \
            query.unexplained and query.axis is None and \
            not (query.elsewhere and query.elsewhere[0].score >= 0.9):
        return _not_listed(query, snapshot)  # 文广旅体局有没有博物馆建设经费
    if not query.targets and query.measure is not None and query.departments:
        if query.axis is not None:  # 民政局预算比城管局多吗
            return _pair(query, snapshot)
        return _measure_threshold(query, snapshot)
    if not query.targets and query.part is not None and query.threshold is not None and \
            query.threshold.is_percent:
        return _share_threshold(query, snapshot)  # 重点任务的钱占全部任务一半以上了吗
    if not query.targets and query.set is not None and _counts(query):
        return _set_count(query, snapshot)
    if not query.targets and query.set is not None and (query.filters or query.set.category):
        return _set_exists(query, snapshot)  # 有没有超过1000万的任务 / 有没有生态效益指标
    if not query.targets or better_elsewhere(query):
        if query.elsewhere:
            return _absent(query.with_(targets=()), snapshot)
        return not_found(query, snapshot, f"没有找到与“{query.text}”相关的数据。")
    if query.threshold is not None and query.threshold.is_percent and "占" in query.normalized \
            and len(query.targets) == 2:
        return _share_threshold(query, snapshot)  # 财政拨款占预算合计98%以上吗
    if query.axis is not None and (len(query.targets) >= 2 or query.axis != "items"):
        return _pair(query, snapshot)
    asked = asked_deadline(query.normalized, query.years[0] if query.years else snapshot.today.year)
    if asked is not None:  # 是不是9月底前上线: of the readings, the indicator that prints a date
        dated = _dated(query, snapshot)
        if dated is not None:
            return _by_deadline(query, dated, asked)
    entry = query.entry
    tables = tables_for(snapshot.index, query, entry)
    if not tables:
        return _absent(query, snapshot)
    both = _period_against_annual(query, tables)
    if both is not None:
        return both
    extreme = _EXTREME.search(query.normalized)
    across = _ACROSS_SET.search(query.normalized)
    if extreme and across and entry.kind == Kind.TASK:  # 是不是全市培训经费里最少的
        return _extreme_across(query, snapshot, across.group(1), extreme.group(1) in "多高大")
    if extreme and query.set is not None and entry.kind == Kind.TASK and \
            query.set.kind in (SetKind.KEY_TASK, SetKind.OTHER_TASK, SetKind.TASK):
        return _extreme_in_set(query, snapshot, tables[0], extreme.group(1) in "多高大")
    if query.set is not None and query.set.kind in (SetKind.KEY_TASK, SetKind.OTHER_TASK,
                                                     SetKind.INDICATOR) and query.threshold is None:
        return _membership(query, snapshot, tables)
    period = str(query.attribute) == "period"
    value = value_of(tables[0], entry, period)
    if value is not None and value.number is not None and entry.name == "财政拨款" and \
            _ALL_OF.search(query.normalized):
        return _all_fiscal(query, snapshot, tables[0], value, entry.kind)
    if query.threshold is None and value is not None and entry.kind == Kind.INDICATOR:
        words = _qualitative(query, value)
        if words is not None:
            return words
    if query.threshold is not None and query.threshold.is_percent and (
            "占" in query.normalized or entry.kind is Kind.BUDGET):
        # (八成以上靠财政拨款: a line of money against a percentage is its share of the budget)
        return _share_threshold(query, snapshot)
    if query.threshold is None or value is None or value.number is None:
        answer = _exists(query, tables, value)
        if asked is not None and answer.status == Status.OK:  # 国庆前能花完吗, no date printed
            answer.status = Status.LOW  # (not 是 first: only that the item exists is known)
            answer.text = f"无法判断：表中没有写明它的完成或上线时间（问的是“{asked[0]}”）。\n" + \
                answer.text.removeprefix("是。")
        return answer
    checked = _threshold(query, value)
    if entry.kind == Kind.INDICATOR and not period and checked.text.startswith("否"):
        whole = value_of(tables[0], entry, True)  # 今年要完成36卷…对吧: 36 is the period's
        if whole is not None and whole.number == query.threshold.value and whole.text != value.text:
            head, _, rest = checked.text.partition("\n")
            checked.text = (f"{head}\n{_asked(query.threshold)}是整个实施周期的指标值"
                            f"（{whole.text.split('（')[0]}），不是今年的。\n{rest}")
    alike = _look_alikes(query, snapshot, entry)
    if alike and checked.status == Status.OK:  # 不动产一般登记…: 不动产登记中心's 一般登记办理时限 too
        checked.status = Status.LOW
        checked.text += "\n（没有指明部门；" + "；".join(alike) + "，请核对问的是哪个部门的。）"
    return checked


def _look_alikes(query: Query, snapshot: Snapshot, entry: Entry) -> list[str]:
    """No department named: another department's item of the same kind whose name is part of
    this one's (一般登记办理时限 in 不动产一般登记办理时限), with its figure."""
    if query.departments or entry.kind is not Kind.INDICATOR:
        return []
    index, found = snapshot.index, []
    mine = set(entry.departments)
    named_inside = {h.entry.id: h.entry for h in index.hits(entry.key) if h.relation is Relation.NAME}
    for other in named_inside.values():  # the names the name holds, looked up, not scanned
        if other.kind is entry.kind and other is not entry and len(other.key) >= 5 and \
                other.places and not mine & set(other.departments):
            for table in tables_for(index, query, other)[:2]:
                value = value_of(table, other, False)
                if value is not None:
                    found.append(f"{phrasing.where(table)}的“{other.name}”为 {value.text.split('（')[0]}")
    return found[:3]


def _share_threshold(query: Query, snapshot: Snapshot) -> Answer:
    """财政拨款是不是占到预算的95%以上: the share, worked out, against the percentage asked."""
    pairs = compare.operands(query.with_(operation=Operation.SHARE), snapshot)
    if isinstance(pairs, Answer):
        return pairs
    part, whole = pairs[0]
    if part.number is None or not whole.number:
        return not_found(query, snapshot, "缺少计算占比所需的金额。")
    number = query.threshold
    share = part.number / whole.number * 100
    comparator = number.comparator or "≥"
    flag = holds(share, comparator, number.value)
    percent = phrasing.percent(part.number, whole.number)
    asked = _asked(number)
    lines = [f"{_yes(flag)}。{part.label}占{whole.label}的 {percent}，"
             f"{(_SYMBOLS if flag else _NOT_SYMBOLS)[comparator]}{' ' * asked[:1].isdigit()}{asked}。",
             f"计算：{part.label} {_short(part)} ÷ {whole.label} {_short(whole)} = {percent}",
             *unique([part.source, whole.source])]
    return settle(query, Answer(query.text, "\n".join(lines), Status.OK, kind="check",
                                items=[part.label, whole.label],
                                departments=[part.stored.table.department],
                                years=[part.stored.table.year]))


def _asks_balance(query: Query) -> bool:
    """收支平衡吗 / 三项支出加起来和财政拨款加其他资金对得上吗: spending against income."""
    text = query.normalized
    if not _BALANCE.search(text) or any(t.entry.kind not in (Kind.BUDGET, Kind.FUND)
                                        for t in query.targets):
        return False
    return "收支" in text or bool(_SPENDING.search(text) and _INCOME.search(text))


def _balance(query: Query, snapshot: Snapshot) -> Answer:
    tables = [s for s in tables_for(snapshot.index, query) if not s.table.project]
    if not tables:
        return not_found(query, snapshot, "没有找到这个部门的预算整体情况。")
    lines: list[str] = []
    for stored in tables[:phrasing.MAX_DEPARTMENTS]:
        spending = budget_value(stored, "部门预算合计")
        income = budget_value(stored, "收入合计")
        if spending is None or income is None:
            lines.append(f"{phrasing.where(stored)}：预算整体情况缺少支出或收入，无法核对。")
            continue
        same = spending.number == income.number
        verdict = "是，收支相等" if same else \
            f"否，相差 {phrasing.money_short(abs(spending.number - income.number), True)}"
        lines += [f"{verdict}。（{phrasing.where(stored)}）",
                  f"支出：{spending.formula.removeprefix('计算：')}",
                  f"收入：{income.formula.removeprefix('计算：')}",
                  spending.source]
    return settle(query, Answer(query.text, "\n".join(lines), Status.OK, kind="check",
                                items=["部门预算合计", "收入合计"],
                                departments=unique(s.table.department for s in tables),
                                years=unique(s.table.year for s in tables)))


_IS_IT = re.compile(r"是不是|是否|是.{0,12}[吗吧嘛]")


_ALL_OF = re.compile(r"全是|都是|全部是|全部来自|全都是|全靠|全由")


def _all_fiscal(query: Query, snapshot: Snapshot, stored, fiscal: Value, kind: Kind) -> Answer:
    """钱是不是全是财政拨款: yes only when its 其他资金 is nothing."""
    line = snapshot.index.find(kind, "其他资金")
    other = value_of(stored, line, False) if line is not None else None
    if other is None or other.number is None:
        return _exists(query, [stored], fiscal)
    flag = other.number == 0
    head = f"{_yes(flag)}。财政拨款 {_short(fiscal)}，其他资金 {_short(other)}" + \
        ("，全部是财政拨款。" if flag else "，不全是财政拨款。")
    return settle(query, Answer(query.text, "\n".join([head, fiscal.source]), Status.OK,
                                kind="check", items=[fiscal.label],
                                departments=[stored.table.department], years=[stored.table.year]))


def _yes(flag: bool) -> str:
    return "是" if flag else "否"


def _threshold(query: Query, value: Value) -> Answer:
    number = query.threshold
    if number.unit and not number.is_money and not number.is_percent and "/" in value.unit and \
            not value.unit.split("/")[0].endswith(number.unit):
        # 要新建污水管网320公里，对吗 against ≤380万元/公里: not the same measure — no 是/否
        lines = [f"{value.label}的目标是 {value.text}，单位与问题中的“{number.text}”不同，无法直接比较。",
                 value.source,
                 "（问题中的数字可能说的是另一项指标，请核对或写出指标名称。）"]
        return Answer(query.text, "\n".join(lines), Status.LOW, kind="check", items=[value.label],
                      departments=[value.stored.table.department], years=[value.stored.table.year])
    limit = _limit(query, number, value)
    comparator = number.comparator or "="
    if value.op is not None and number.text[:1] in "≥≤><" and _IS_IT.search(query.normalized):
        # 指标是不是≥120个: the printed target quoted (≥140个) — the same, or not
        flag = value.op == comparator and value.number == limit
        lines = [f"{_yes(flag)}。{value.label}的目标是 {value.text}，{'就是' if flag else '不是'} "
                 f"{number.text}。", value.source]
        return settle(query, Answer(query.text, "\n".join(lines), Status.OK, kind="check",
                                    items=[value.label], departments=[value.stored.table.department],
                                    years=[value.stored.table.year]))
    if value.op in ("≥", ">") and comparator == "=" and _REACHED.search(query.normalized):
        # 要求到99.9%了吗 of ≥99.99%: the target reaches the number asked
        comparator = "≥"
        flag = holds(value.number, comparator, limit)
    elif value.op is not None and comparator == "=":
        # 目标是不是95%: the target as printed (≥90%) against the number asked.
        flag = value.number == limit and (value.op in ("=", "≥", "≤"))
    else:
        flag = holds(value.number, comparator, limit)
    asked = _asked(number)
    # a target as printed, with its exact figure (≥12亿元（不少于 1,200,000,000 元）)
    shown = value.text if value.op is not None and value.text else _short(value)
    head = f"{_yes(flag)}。{value.label}{'' if value.op is None else '的目标'}是 {shown}"
    words = _SYMBOLS[comparator] if flag else _NOT_SYMBOLS[comparator]
    head += f"，{words} {asked}。" if comparator != "=" else \
        f"，{'就是' if flag else '不是'} {asked}。"
    lines = [head, value.source]
    return settle(query, Answer(query.text, "\n".join(lines), Status.OK, kind="check",
                                items=[value.label], departments=[value.stored.table.department],
                                years=[value.stored.table.year]))


def _asked(number) -> str:
    """The figure the question compares with, without its comparison word (超过200万 → 200万;
    两千万, read as 20000000, shown 20,000,000)."""
    text = _bare_asked(number)
    return f"{int(text):,}" if re.fullmatch(r"\d{5,}", text) else text


def _bare_asked(number) -> str:
    return re.sub(r"(?:以内|之内)$", "", _without_word(number))


def _without_word(number) -> str:
    return re.sub(r"^(?:超没超过|过没过|达没达到|不超过|不高于|不多于|最多|至多|超过|大于|高于|多于|不少于|不低于|至少|少于|低于|小于|不到|不足|达到|达|到|过了|过)", "",
                  number.text)


_MINUTES = {"分钟": 1, "小时": 60, "天": 1440}
_REACHED = re.compile(r"(?:达到|到)了?\d")  # 要求到99.9%了吗: at least that


def _measure_threshold(query: Query, snapshot: Snapshot) -> Answer:
    """城管局预算超过10亿了吗: a department's figure against the number asked; naming no one
    department of several (东莞今年预算超过6个亿没有), asked which, with those that pass."""
    tables = tables_for(snapshot.index, query)
    departments = unique(s.table.department for s in tables)
    if len(departments) > 1 and query.threshold is not None:
        return _which_department(query, tables, departments)
    value = value_of(tables[0], query.measure) if tables else None
    if value is None or value.number is None:
        return not_found(query, snapshot, f"没有找到{query.measure.name}的数据。")
    if query.threshold is None:
        return _exists(query.with_(targets=()), tables, value)
    return _threshold(query, value)


def _limit(query: Query, number, value: Value) -> Decimal:
    """The number asked, in the figure's terms: 6个亿 said as 6 with 万 against money, an hour
    against a target in minutes (1小时以内 of ≤10分钟)."""
    limit = number.value
    if value.is_money and not number.is_money and limit < 10000 and "万" in query.normalized:
        limit *= 10000
    if number.unit in _MINUTES and value.unit in _MINUTES:
        limit = limit * _MINUTES[number.unit] / _MINUTES[value.unit]
    return limit


def _which_department(query: Query, tables, departments: list[str]) -> Answer:
    number = query.threshold
    comparator = number.comparator or "≥"
    passing = [(s, v) for s in tables for v in [value_of(s, query.measure)]
               if v is not None and v.number is not None and
               holds(v.number, comparator, _limit(query, number, v))]
    lines = [f"没有说是哪个部门。{len(departments)} 个部门中{query.measure.name}{_SYMBOLS[comparator]} "
             f"{_asked(number)}的有 {len(passing)} 个" + ("：" if passing else "。")]
    lines += phrasing.numbered([f"{s.table.department} {_short(v)}" for s, v in passing[:10]])
    if len(passing) > 10:
        lines.append(f"……等共 {len(passing)} 个")
    lines.append("（如问的是其中一个部门，请写出部门名称。）")
    return Answer(query.text, "\n".join(lines), Status.LOW, kind="check",
                  departments=[s.table.department for s, _ in passing])


def _short(value: Value) -> str:
    if value.is_money:
        return phrasing.money(value.number, value.wan)
    return value.text


def _exists(query: Query, tables, value: Value | None) -> Answer:
    """有没有X: 是 with its figure; a money line that is 0 (其他资金 0.00 万元) is 否."""
    stored = tables[0]
    name = value.label if value is not None else query.entry.name
    if value is not None and value.is_money and value.number == 0:
        text = f"否。{phrasing.where(stored)}的“{name}”为 {_short(value)}"
    else:
        text = f"是。{phrasing.where(stored)}有“{name}”"
        if value is not None and value.number is not None:
            text += f"：{_short(value)}"
        elif value is not None and value.text and value.text != "未填写":
            text += f"：{value.text}"
    lines = [text + "。", phrasing.source_line(stored, value.section if value else "全表")]
    return settle(query, Answer(query.text, "\n".join(lines), Status.OK, kind="check",
                                items=[name], departments=[stored.table.department],
                                years=[stored.table.year]))


def _qualitative(query: Query, value: Value) -> Answer | None:
    """要求及时吗 / 是不是有效提升: a target in words, against the words asked."""
    if value.number is not None or not value.text or value.text == "未填写":
        return None
    printed = value.text.split("（")[0]
    flag = printed in query.normalized
    head = f"{_yes(flag)}。{value.label}的目标是“{printed}”。"
    return settle(query, Answer(query.text, f"{head}\n{value.source}", Status.OK, kind="check",
                                items=[value.label], departments=[value.stored.table.department],
                                years=[value.stored.table.year]))


def _period_against_annual(query: Query, tables) -> Answer | None:
    """年度指标和实施周期指标一样吗: one indicator's two values."""
    if "周期" not in query.normalized or query.entry.kind != Kind.INDICATOR:
        return None
    stored = tables[0]
    indicator = next(i for i in stored.table.indicators if i.level3 == query.entry.name)
    if not indicator.period_value:
        return None
    same = indicator.period_value == indicator.annual_value
    asks_same = bool(_EQUAL.search(query.normalized))
    flag = same if asks_same else not same
    head = (f"{_yes(flag)}。{indicator.level3}：年度指标值 {indicator.annual_value}，"
            f"实施周期指标值 {indicator.period_value}，两者{'相同' if same else '不同'}。")
    return Answer(query.text, f"{head}\n{phrasing.source_line(stored, '绩效指标')}", Status.OK,
                  kind="check", items=[indicator.level3], departments=[stored.table.department],
                  years=[stored.table.year])


def _absent(query: Query, snapshot: Snapshot) -> Answer:
    """The item exists, but not where the question looks: 否, and where it is."""
    entry = query.entry or query.elsewhere[0].entry
    if query.entry is None and query.elsewhere and query.elsewhere[0].score < 0.9:
        return missing_here(query, snapshot, entry)
    scope = "、".join(query.departments) or "已载入的部门"
    years = f" {'、'.join(map(str, query.years))} 年" if query.years else ""
    text = (f"否。{scope}{years}的表中没有“{entry.name}”。\n"
            f"“{entry.name}”见于：{where_it_is(entry)}。")
    return Answer(query.text, text, Status.OK, kind="check", items=[entry.name],
                  departments=list(query.departments), years=list(query.years))


def _membership(query: Query, snapshot: Snapshot, tables) -> Answer:
    stored = tables[0]
    entry = query.entry
    spec = query.set
    if entry.kind == Kind.TASK and spec.kind in (SetKind.KEY_TASK, SetKind.OTHER_TASK):
        task = next(t for t in stored.table.tasks if t.name == entry.name)
        flag = task.section == section_of(spec.kind)
        money = f"，金额 {phrasing.money(task.amount_yuan)}" if task.amount_yuan is not None else ""
        head = f"{_yes(flag)}。“{entry.name}”属于{task.section}{money}。"  # 有多少，算重点任务吗
        return Answer(query.text, f"{head}\n{phrasing.source_line(stored, task.section)}",
                      Status.OK, kind="check", items=[entry.name],
                      departments=[stored.table.department], years=[stored.table.year])
    if entry.kind == Kind.INDICATOR and spec.category is not None:
        indicator = next(i for i in stored.table.indicators if i.level3 == entry.name)
        flag = in_category(spec.category.name, indicator)
        head = f"{_yes(flag)}。“{entry.name}”属于{indicator.level1} / {indicator.level2}。"
        return Answer(query.text, f"{head}\n{phrasing.source_line(stored, '绩效指标')}",
                      Status.OK, kind="check", items=[entry.name],
                      departments=[stored.table.department], years=[stored.table.year])
    value = value_of(stored, entry)
    return _exists(query, tables, value)


def _not_listed(query: Query, snapshot: Snapshot) -> Answer:
    """有没有X, where no task or indicator of the department's table is X: 否 — unless the
    table's text mentions it (then the sentence, to be checked), with where X is instead."""
    tables = [s for s in tables_for(snapshot.index, query) if not s.table.project]
    if not tables:
        return not_found(query, snapshot, "没有找到所问部门的表。")
    word = _core(query.unexplained[0])
    money = str(query.attribute) == "amount"
    mentioned = []
    for stored in tables:
        table = stored.table
        items = [t.name + (t.content or "") + (t.expected or "") for t in table.tasks]
        items += [i.level3 for i in table.indicators]
        if any(word in normalize(text) for text in items):
            return not_found(query, snapshot, f"{phrasing.where(stored)}的表中没有单列“{word}”这一项，"
                             "但任务或指标的文字提到了它，请问得具体一些。")
        goals = [g for g in (*table.goals, *table.period_goals) if word in normalize(g)]
        if goals and not money:
            return not_found(query, snapshot, f"{phrasing.where(stored)}的总体绩效目标提到了“{word}”，"
                             "但没有单列这一项，请问得具体一些。")
        mentioned += goals
    where = "、".join(phrasing.where(s) for s in tables)
    if mentioned:  # a goal mentions it, but no task pays for it
        lines = [f"否。{where}的任务中没有“{word}”的经费（没有单列这一项）。",
                 f"总体绩效目标中提到：“{mentioned[0]}”"]
    else:
        lines = [f"否。{where}的表中没有“{word}”的任务或指标（任务、绩效指标和总体绩效目标中都"
                 "没有提到）。"]
    if query.elsewhere:
        entry = query.elsewhere[0].entry
        lines.append(f"相近的是“{entry.name}”，见于：{where_it_is(entry)}。")
    lines += unique(phrasing.source_line(s, "全表") for s in tables)
    # 有指标吗，多少张: the figure asked is not in the tables — a not-found that says 否; so is
    # an item only another department has (妇联有没有残疾儿童康复救助的钱)
    asked_figure = re.search(r"多少|几", query.normalized) or query.elsewhere and \
        without_ending(query.elsewhere[0].entry.key) in word  # named whole
    status = Status.NOT_FOUND if asked_figure else Status.OK
    return Answer(query.text, "\n".join(lines), status, kind="check",
                  items=[query.elsewhere[0].entry.name] if query.elsewhere else [],
                  departments=unique(s.table.department for s in tables),
                  years=unique(s.table.year for s in tables))


def _core(word: str) -> str:
    """博物馆建设 → 博物馆, 医疗救助的 → 医疗救助: what the question asks about."""
    word = word.strip("的了吗呢啊").removeprefix("有")
    return without_ending(word, (*MONEY_ENDINGS, "建设", "工作"), keep=2)


def _set_exists(query: Query, snapshot: Snapshot) -> Answer:
    """有没有超过1000万的任务: 是/否 and the members."""
    from nlp.answer.scope import members

    tables = tables_for(snapshot.index, query)
    amounts = [f for f in query.filters if f.field == "amount"]
    if _SUMMED.search(query.normalized) and len(amounts) == len(query.filters) == 1 and tables:
        return _total_against(query, snapshot, tables, amounts[0])
    if _EVERY.search(query.normalized) and query.filters:
        return _every_member(query, snapshot, tables)
    found = [(s, m) for s in tables for m in members(snapshot.index, s, query.set, query.filters)]
    head = f"{_yes(bool(found))}。" + (f"共 {len(found)} 项：" if found else "没有符合条件的项目。")
    lines = [head] + phrasing.numbered([f"{m.line}（{s.table.department}）" for s, m in found])
    amount = next((f for f in query.filters if f.field == "amount"), None)
    if not found and amount is not None and amount.op == "=" and query.set is not None and \
            query.set.kind in (SetKind.KEY_TASK, SetKind.OTHER_TASK):
        # 3865300元那笔…算重点任务吗: 否 — it is a task of the other section
        other = [(s, m) for s in tables for m in members(snapshot.index, s, SetSpec(SetKind.TASK),
                                                         query.filters) if m.task is not None]
        if other:
            s, m = other[0]
            lines = [f"否。{m.line}（{s.table.department}）属于{m.task.section}。"]
            if m.task.content:
                lines.append(f"{phrasing.content_label(m.task)}：{m.task.content}")
            lines.append(phrasing.source_line(s, m.task.section))
            return Answer(query.text, "\n".join(lines), Status.OK, kind="check", items=[m.name],
                          departments=[s.table.department], years=[s.table.year])
    if not found and amount is not None:  # 有没有超过2亿的: 否, and the one that comes closest
        near = [(s, m) for s in tables for m in members(snapshot.index, s, query.set)
                if m.amount is not None]
        if near and amount.op == "=":
            s, m = min(near, key=lambda pair: abs(pair[1].amount - amount.value))
            lines.append(f"金额最接近的一项：{m.line}（{s.table.department}）")
            alike = [(s2, m2) for s2, m2 in near if m2 is not m and _same_digits(m2.amount, amount.value)]
            lines += [f"数字相同、单位不同的一项：{m2.line}（{s2.table.department}），请核对单位"
                      for s2, m2 in alike[:2]]  # 865万 asked, 865,600 元 in the table
        elif near:
            most = amount.op in (">", "≥")
            s, m = (max if most else min)(near, key=lambda pair: pair[1].amount)
            word = "最多" if most else "最少"
            lines[0] = f"否。没有符合条件的项目；{word}的一项：{m.line}（{s.table.department}）"
    lines += unique(phrasing.source_line(s, "任务与指标") for s in tables[:3])
    # (九院今年预算超过10个亿没有, 九院 read nowhere: a best guess that says so)
    return settle(query, Answer(query.text, "\n".join(lines), Status.OK, kind="check",
                                items=[m.name for _, m in found],
                                departments=unique(s.table.department for s in tables)))


_EVERY = re.compile(r"所有|全部|每一?[项个笔]|都")


_SUMMED = re.compile(r"加起来|加在一起|合计|一共|总共|总额|总和|总计")


def _total_against(query: Query, snapshot: Snapshot, tables, amount) -> Answer:
    """所有任务加起来有没有超过2000万: the members' total, against the amount asked, in
    each table."""
    from nlp.answer.scope import members, set_label

    label = set_label(query.set)
    lines = []
    for stored in tables[:phrasing.MAX_DEPARTMENTS]:
        found = [m for m in members(snapshot.index, stored, query.set) if m.amount is not None]
        total = sum((m.amount for m in found), Decimal(0))
        flag = holds(total, amount.op, amount.value)
        lines.append(f"{_yes(flag)}。{phrasing.where(stored)}{label}合计 {phrasing.money(total)}"
                     f"（共 {len(found)} 项），问的是{amount.describe()}。")
        if found:
            lines.append("计算：" + " + ".join(phrasing.number(m.amount) for m in found) +
                         f" = {phrasing.number(total)} 元")
        lines.append(phrasing.source_line(stored, label))
    return settle(query, Answer(query.text, "\n".join(lines), Status.OK, kind="check",
                                departments=unique(s.table.department for s in tables),
                                years=unique(s.table.year for s in tables)))


def _dated(query: Query, snapshot: Snapshot) -> Value | None:
    """The first reading (the target, then its rivals) that is an indicator printing a date."""
    for target in (*query.targets, *query.alternatives):
        if target.entry.kind != Kind.INDICATOR:
            continue
        tables = tables_for(snapshot.index, query, target.entry)
        value = value_of(tables[0], target.entry) if tables else None
        if value is not None and target_date(value.text) is not None:
            return value
    task = query.targets[0].entry if query.targets else None
    if task is not None and task.kind is Kind.TASK:
        # 智慧监管平台国庆前能上线吗, read as 劳动保障监察智慧监管平台建设经费: the date of that
        # task's table's indicator that names the same thing (智慧监管平台上线时间)
        index = snapshot.index
        for stored in tables_for(index, query, task)[:1]:
            for indicator in stored.table.indicators:
                if target_date(indicator.annual_value) is None or \
                        _shared_run(indicator.level3, query.normalized) < 4 or \
                        not _done_said(indicator.level3, query.normalized):
                    continue
                entry = index.find(Kind.INDICATOR, indicator.level3)
                value = value_of(stored, entry) if entry is not None else None
                if value is not None:
                    return value
    return None


def _done_said(name: str, text: str) -> bool:
    """The question says what the dated indicator dates (上线 of 智慧监管平台上线时间), not another
    thing (花完 of a task's money)."""
    verb = re.sub(r"(?:时间|日期|时限)$", "", normalize(name))[-2:]
    return len(verb) == 2 and verb in text


def _shared_run(name: str, text: str) -> int:
    """The longest stretch of ``name`` that ``text`` holds as it is."""
    key = normalize(name)
    return max((j - i for i in range(len(key)) for j in range(i + 1, len(key) + 1)
                if key[i:j] in text), default=0)


def _by_deadline(query: Query, value: Value, asked) -> Answer:
    """是不是年底前上线: the date the target prints against the deadline asked."""
    said, deadline = asked
    flag = target_date(value.text) <= deadline
    lines = [f"{_yes(flag)}。{value.label}的目标是 {value.text}，"
             f"{'在' if flag else '不在'}“{said}”（{deadline.month}月{deadline.day}日）之内。",
             value.source]
    return settle(query, Answer(query.text, "\n".join(lines), Status.OK, kind="check",
                                items=[value.label], departments=[value.stored.table.department],
                                years=[value.stored.table.year]))


def _every_member(query: Query, snapshot: Snapshot, tables) -> Answer:
    """是不是所有任务都在一千万以下: 是 only when no member fails — those that do, listed."""
    from nlp.answer.scope import members

    every = [(s, m) for s in tables for m in members(snapshot.index, s, query.set)]
    passing_ids = {(s.table.key, m.name) for s in tables
                   for m in members(snapshot.index, s, query.set, query.filters)}
    failing = [(s, m) for s, m in every if (s.table.key, m.name) not in passing_ids]
    condition = "、".join(f.describe() for f in query.filters)
    if failing:
        head = f"否。共 {len(every)} 项，其中 {len(failing)} 项不符合“{condition}”："
    else:
        head = f"是。共 {len(every)} 项，都符合“{condition}”。"
    lines = [head] + phrasing.numbered([f"{m.line}（{s.table.department}）" for s, m in failing])
    lines += unique(phrasing.source_line(s, "任务与指标") for s in tables[:3])
    return Answer(query.text, "\n".join(lines), Status.OK, kind="check",
                  items=[m.name for _, m in failing], departments=unique(s.table.department
                                                                          for s in tables))


_EXTREME = re.compile(r"最([多高大少低小])")


def _extreme_in_set(query: Query, snapshot: Snapshot, stored, most: bool) -> Answer:
    """预警经费是不是三项重点任务里最少的: the set's members in that table, and where the item
    stands — 是/否 first, then the one that is."""
    from nlp.answer.scope import members, set_label

    priced = [m for m in members(snapshot.index, stored, query.set) if m.amount is not None]
    mine = next((m for m in priced if m.name == query.entry.name), None)
    if mine is None or len(priced) < 2:
        return not_found(query, snapshot, f"“{query.entry.name}”不在{set_label(query.set)}中，无法比较。")
    first = (max if most else min)(priced, key=lambda m: m.amount)
    word = "最多" if most else "最少"
    flag = first.amount == mine.amount
    label = f"{phrasing.where(stored)}{set_label(query.set)}（{len(priced)} 项）"
    head = f"{_yes(flag)}。{mine.line}" + ("" if flag else f"；{word}的是{first.line}")
    lines = [head, f"{label}按金额：" + "、".join(m.line for m in sorted(
        priced, key=lambda m: m.amount, reverse=most)),
             phrasing.source_line(stored, set_label(query.set))]
    return Answer(query.text, "\n".join(lines), Status.OK, kind="check",
                  items=[m.name for m in priced], departments=[stored.table.department],
                  years=[stored.table.year])


# 全市培训经费里 / 全市带招商的任务里 / 各部门名字里带宣传的经费中: the word the set is named by
_ACROSS_SET = re.compile(r"(?:全市|各部门|所有部门|全部部门)(?:的)?(?:名字里|名称里)?(?:带|含|包含|有)?“?"
                         r"([\u4e00-\u9fff]{2,4}?)”?(?:的)?(?:经费|任务|项目|资金|支出)?"
                         r"(?:里|中|当中|之中|(?=最))")


def _extreme_across(query: Query, snapshot: Snapshot, word: str, most: bool) -> Answer:
    """信访局的干部培训经费是不是全市培训经费里最少的: every task of this year's tables whose
    name holds the word, and where the item stands — 是/否 first, then the one that is."""
    index = snapshot.index
    home = index.directory.home_place()
    tables = [s for s in tables_for(index, query.with_(departments=(), years=()))
              if home is None or index.directory.place_of(s.table.department) in (home, None)]
    every = word in ("任务", "经费", "项目", "资金", "支出")  # 全市任务里: all of them
    pool = [(s, t) for s in tables for t in s.table.tasks
            if (every or word in t.name) and t.amount_yuan is not None]
    mine = [(s, t) for s, t in pool if t.name == query.entry.name and
            (not query.departments or s.table.department in query.departments)]
    if not mine:
        return not_found(query, snapshot, f"“{query.entry.name}”不在名称含“{word}”的任务中，无法比较。")
    own, task = mine[0]
    best_stored, best = (max if most else min)(pool, key=lambda p: p[1].amount_yuan)
    flag = best.amount_yuan == task.amount_yuan
    word_most = "最多" if most else "最少"
    head = f"{_yes(flag)}。{task.name} {phrasing.money_short(task.amount_yuan)}（{own.table.department}）"
    if not flag:
        head += f"；{word_most}的是{best.name} {phrasing.money_short(best.amount_yuan)}" \
                f"（{best_stored.table.department}）"
    years = unique(s.table.year for s, _ in pool)
    departments = unique(s.table.department for s, _ in pool)
    named = "" if every else f"名称含“{word}”的"
    lines = [head + "。", f"（比较了 {'、'.join(map(str, years))} 年 {len(departments)} 个部门{named}"
                        f" {len(pool)} 项任务。）",
             phrasing.source_line(own, "任务")]
    if not flag:
        lines.append(phrasing.source_line(best_stored, "任务"))
    return Answer(query.text, "\n".join(lines), Status.OK, kind="check",
                  items=[task.name, best.name], departments=departments, years=years)


def _same_digits(amount: Decimal, asked: Decimal) -> bool:
    """865,600 元 against 865万: the same figures, a power of ten apart (within 1 %)."""
    if not amount or not asked:
        return False
    return any(abs(amount * factor - asked) <= asked / 100 or abs(amount - asked * factor) <= amount / 100
               for factor in (Decimal(10), Decimal(100), Decimal(1000), Decimal(10000)))


def _counts(query: Query) -> bool:
    """重点任务有两项以上吗 / 指标超过20个吗: a number of members, not an amount."""
    number = query.threshold
    return number is not None and not number.is_money and not number.is_percent and \
        number.unit in MEMBER_UNITS


def _set_count(query: Query, snapshot: Snapshot) -> Answer:
    """The number of members of the set in each table against the number asked."""
    from nlp.answer.scope import members, set_label

    tables = tables_for(snapshot.index, query)
    if not tables:
        return not_found(query, snapshot, "没有找到所问部门的表。")
    number = query.threshold
    comparator = number.comparator or "="
    label = set_label(query.set)
    lines = []
    for stored in tables[:phrasing.MAX_DEPARTMENTS]:
        found = members(snapshot.index, stored, query.set, query.filters)
        flag = holds(Decimal(len(found)), comparator, number.value)
        lines.append(f"{_yes(flag)}。{phrasing.where(stored)}{label}共 {len(found)} 项"
                     f"（问的是{number.text}）：" + "、".join(m.name for m in found))
        lines.append(phrasing.source_line(stored, label))
    return settle(query, Answer(query.text, "\n".join(lines), Status.OK, kind="check",
                                departments=unique(s.table.department for s in tables),
                                years=unique(s.table.year for s in tables)))


def _pair(query: Query, snapshot: Snapshot) -> Answer:
    pairs = compare.operands(query, snapshot)
    if isinstance(pairs, Answer):
        return pairs
    left, right = pairs[0]
    if left.number is None or right.number is None or left.unit != right.unit:
        return Answer(query.text, f"{left.label}（{left.short}）和{right.label}（{right.short}）"
                      "无法直接比较。", Status.LOW)
    text = query.normalized
    if _CHANGE.search(text):
        flag = left.number != right.number or left.op != right.op
        head = f"{_yes(flag)}。{compare.change_words(left, right, left.wan and right.wan)}。"
        lines = [head] + unique([left.source, right.source])
        return settle(query, Answer(query.text, "\n".join(lines), Status.OK, kind="check",
                                    items=unique([left.label, right.label]),
                                    departments=unique([left.stored.table.department,
                                                        right.stored.table.department]),
                                    years=unique([left.stored.table.year, right.stored.table.year])))
    if _EQUAL.search(text) or not (_MORE.search(text) or _LESS.search(text) or "比" in text):
        # 一样吗 / 对得上吗, and a pair asked with no direction at all: the same or not
        flag = left.number == right.number and left.op == right.op
        relation = "相同" if flag else "不同"
    elif _LESS.search(text) and not _MORE.search(text):
        flag = left.number < right.number
        relation = "更少" if flag else "不更少"
    else:
        flag = left.number > right.number
        relation = "更多" if flag else "不更多"
    a, b = compare._label(left, right), compare._label(right, left)
    head = f"{_yes(flag)}。{a}是 {compare._short(left, left.wan)}，{b}是 {compare._short(right, right.wan)}"
    if relation in ("相同", "不同"):
        head += f"，两者{relation}。"
    else:
        difference = abs(left.number - right.number)
        bigger = a if left.number > right.number else b
        head += "，两者相同。" if not difference else \
            f"，{bigger}多 {compare._amount(difference, left, left.wan and right.wan)}。"
    lines = [head] + unique([left.source, right.source])
    return settle(query, Answer(query.text, "\n".join(lines), Status.OK, kind="check",
                                items=unique([left.label, right.label]),
                                departments=unique([left.stored.table.department,
                                                    right.stored.table.department]),
                                years=unique([left.stored.table.year, right.stored.table.year])))
