"""Which kind of answer a query gets: scope checks first, then one ordered rule list, with the
prose as the fallback for what the table's cells do not say."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from nlp.answer import (
    aggregate,
    check,
    compare,
    listing,
    overview,
    progress,
    prose,
    structure,
    value,
)
from nlp.answer.base import Answer, Snapshot, Status
from nlp.answer.common import better_elsewhere, missing_here, not_found
from nlp.answer.scope import tables_for, value_of
from nlp.index import Kind
from nlp.lexicon import GOALS_ASKED, Attribute
from nlp.lexicon import Operation as Op
from nlp.normalize import normalize
from nlp.numbers import find_numbers
from nlp.query import Query

# (what it is, when it applies, how it is answered) — the first rule that applies answers.
RULES = (
    ("progress", lambda q: q.operation is Op.PROGRESS or q.status is not None, progress.answer),
    ("renamed", lambda q: bool(q.targets) and q.entry.kind is Kind.TASK and
     compare.asks_renamed(q), compare.renamed),
    ("yes/no", lambda q: q.operation is Op.CHECK, check.answer),
    ("where", lambda q: q.operation is Op.WHERE and bool(q.targets), structure.answer),
    ("compare", lambda q: q.operation in (Op.DIFF, Op.COMPARE, Op.SHARE), compare.answer),
    ("aggregate", lambda q: q.operation in (Op.SUM, Op.AVERAGE, Op.MAX, Op.MIN, Op.TOP, Op.SORT),
     aggregate.answer),
    ("list", lambda q: q.set is not None and (q.operation in (Op.LIST, Op.COUNT) or not q.targets
                                              or q.entry.kind is Kind.PROJECT), listing.answer),
    ("value", lambda q: bool(q.targets), value.answer),
    # A department's overview answers a question about the department, not one asking an
    # item's target or text without naming the item (实施周期的呢 after an unanswered one).
    ("overview", lambda q: bool(q.departments) and not q.unexplained and
     q.attribute in (None, Attribute.AMOUNT), overview.answer),
)


def route(query: Query, snapshot: Snapshot, beside: Answer | None = None) -> Answer:
    """The answer to ``query``; ``beside`` is the answer to an earlier ask of the same message."""
    refusal = _out_of_scope(query, snapshot)
    if refusal is not None:
        return refusal
    same = prose.in_same_sentence(query, snapshot, beside) if beside is not None else None
    if same is not None:  # 森林公园达到多少个，湿地公园多少个: the sentence's other figure
        return same
    query = _renamed_asked(query)
    earlier = _by_later_name(query, snapshot)
    if earlier is not None:  # 评标专家管理和专家库建设经费2025年是多少: 2025 named it otherwise
        answer = _route(earlier, snapshot)
        if answer.status in (Status.OK, Status.LOW):
            answer.text += (f"\n（“{query.elsewhere[0].entry.name}”在 {query.years[0]} 年的表中名为"
                            f"“{earlier.entry.name}”。）")
        return answer
    renamed = _counterparts(query, snapshot)
    answer = _route(renamed, snapshot)
    said = {t.entry.name for t in query.targets} - {t.entry.name for t in renamed.targets}
    if said and renamed.entry is not None and answer.status in (Status.OK, Status.LOW) and \
            not renamed.years:  # 审计信息化建设经费 asked, 2026 calls it 大数据审计信息化建设经费
        answer.text += "\n（" + "、".join(f"“{n}”是往年表中的名称" for n in sorted(said)) + \
            f"，最新的表中为“{renamed.entry.name}”。）"
    return answer


def _route(query: Query, snapshot: Snapshot) -> Answer:
    searched: list[Answer | None] = []

    def prose_answer() -> Answer | None:  # the table's prose, searched once a question
        if not searched:
            searched.append(prose.answer(query, snapshot))
        return searched[0]

    rule = _structured(query)
    answer = rule[2](query, snapshot) if rule is not None else None
    if answer is not None and rule[0] == "value" and _asks_members_of_one(query) and \
            answer.status == Status.OK:
        # 养老床位建设补助具体给了哪几家养老院: a list asked of one item's figure
        answer.status = Status.LOW
        answer.text += "\n（表中没有列出这一项的明细，以上是该项本身的数据，请核对。）"
        return answer
    if answer is not None and _GOALS_SAID.search(query.normalized) and rule[0] != "progress":
        evidence = prose_answer()  # 目标里说…多少: the goals' figure, not a cell's
        if evidence is not None and evidence.kind == "prose figure":
            return _beside_indicator(query, snapshot, evidence)
    if answer is not None and rule[0] == "value" and answer.status in (Status.OK, Status.LOW) and \
            query.targets and all(t.entry.kind is Kind.INDICATOR and
                                  prose.may_beat_indicator(query, t.entry) for t in query.targets):
        evidence = prose_answer()  # 累计多少人 / 多少人次 of a target in 场 / 大概多少
        if evidence is not None and all(prose.beats_indicator(query, t.entry, evidence)
                                        for t in query.targets):
            return evidence
    if answer is not None and (rule[0] == "value" or rule[0] == "compare" and query.targets) and (
            answer.status in (Status.AMBIGUOUS, Status.LOW) or rule[0] == "compare"):
        # (多出多少张床位 of a task's money compared: the goals' figure in 张)
        unit = prose.unit_of_none(query, [t.entry for t in query.targets + query.alternatives])
        # 有多少字 / 设了多少个联络处: none of the items matched (or guessed) is counted in it
        evidence = prose_answer() if unit else None
        if evidence is not None and evidence.kind == "prose figure" and unit in evidence.headline:
            return evidence
    wider = _said_whole_in_prose(query) if answer is not None and rule[0] == "value" else ""
    if answer is not None and (answer.status == Status.OK and not _prose_may_answer(query, rule)
                               and not wider or rule[0] == "progress"):
        return answer  # progress is reported, never read from the table's text
    if answer is None and not query.targets and query.elsewhere and \
            query.elsewhere[0].name_coverage >= 1.0 and query.departments:
        # 气象局的森林防火经费: named whole, and only another department has it — said so, not
        # a sentence of this department that happens to share the words
        return missing_here(query, snapshot, query.elsewhere[0].entry)
    evidence = prose_answer()
    if evidence is not None and answer is not None and answer.status == Status.NOT_FOUND and \
            better_elsewhere(query) and not all(
                w.strip("的") in normalize(evidence.text)
                for w in query.unexplained or (query.elsewhere[0].entry.key,)):
        # 残联的人道救助资金: 红会's item, not a sentence of 残联's without 人道 (nor one
        # without the other department's whole name, when every word was placed)
        return answer
    if evidence is not None and answer is not None and _money_of_task(query, answer, evidence):
        return answer  # 诉前调解、多元解纷那块安排了多少: the task's money, not 2.4万件 of a goal
    if wider and evidence is not None and evidence.kind == "prose figure" and \
            wider in normalize(evidence.text):
        return evidence  # 自然教育活动: said whole in a goal's sentence, only partly in a name
    if evidence is not None and query.operation is Op.SUM and evidence.kind == "prose figure" \
            and evidence.status == Status.OK and any(re.search(r"多少|几", w) for w in query.unexplained):
        return evidence  # 累计数字化了多少画幅: a quantity the goals state, not a sum of money
    if evidence is not None and query.operation not in (Op.VALUE, Op.CHECK):
        evidence.status = Status.LOW  # a sentence states a fact; it computes nothing
        if answer is not None and answer.status != Status.NOT_FOUND and not (
                # 要引进几个世界500强企业投资项目: not the tasks counted, when a sentence
                # holds every word the cells left unexplained, and a figure
                answer.status == Status.LOW and evidence.kind == "prose figure" and
                query.operation is Op.COUNT and _holds_unexplained(query, evidence)):
            return answer
    if evidence is not None and (answer is None or answer.status == Status.NOT_FOUND or
                                 # a figure quoted beats a list the question did not ask for
                                 evidence.kind == "prose figure" and answer.status == Status.LOW
                                 and not query.targets and query.operation in (Op.VALUE, Op.COUNT) or
                                 evidence.status == Status.OK and answer.status == Status.LOW
                                 and not _indicator_asked(query) or
                                 # 在国外设了多少个联络处: the sentence holds the words the
                                 # cells left unexplained, and a figure
                                 evidence.kind == "prose figure" and answer.status == Status.LOW
                                 and _holds_unexplained(query, evidence) or
                                 evidence.status == Status.OK and (query.unexplained or query.notes)):
        return (_cell_and_sentence(query, answer, evidence) if answer is not None else None) or evidence
    if answer is not None:
        return answer
    if query.elsewhere and not query.targets:
        return missing_here(query, snapshot, query.elsewhere[0].entry)
    return not_found(query, snapshot, f"没有找到与“{query.text}”相关的数据。")


def _cell_and_sentence(query: Query, answer: Answer, evidence: Answer) -> Answer | None:
    """消防今年开展灭火救援联合演练多少场: an indicator's target (≥24场) and a sentence of the
    goals that names the same indicator with another figure (约26场) — both, each with its
    place, the target first unless a rough figure is asked (大概多少: the sentence's)."""
    if answer.kind != "indicator" or evidence.kind != "prose figure" or len(query.targets) != 1 or \
            answer.status not in (Status.OK, Status.LOW) or evidence.status != Status.OK or \
            prose.asks_rough(query):
        return None
    entry = query.targets[0].entry
    figure, _, clause = evidence.headline.partition("（")
    said = normalize(clause)
    if entry.kind is not Kind.INDICATOR or not (entry.key in said or len(entry.key) >= 5 and
                                                entry.key.endswith("率") and entry.key[:-1] in said):
        return None  # the sentence's figure is another clause's (下降5% names 下降率 too)
    if {n.value for n in find_numbers(figure)} & {n.value for n in find_numbers(answer.headline)}:
        # the same figure: the target, as sure as the sentence that names it whole says it is
        # (a name read through a character off stays a best guess)
        cell = [line for line in answer.text.splitlines() if not line.startswith("（问题中的")]
        read_otherwise = any("读作" in line or "当作" in line for line in cell)
        return replace(answer, text="\n".join([*cell, f"（表中文字也这样写：“{clause.rstrip('）')}”）"]),
                       status=answer.status if read_otherwise else evidence.status)
    cell = answer.text.splitlines()
    notes = [line for line in cell if line.startswith("（问题中的")]
    lines = [*(line for line in cell if line not in notes),
             f"另，表中文字写的是：{evidence.headline}", *evidence.body.splitlines(), *notes]
    status = Status.LOW if Status.LOW in (answer.status, evidence.status) else Status.OK
    return replace(answer, text="\n".join(lines), status=status)


def _money_of_task(query: Query, answer: Answer, evidence: Answer) -> bool:
    """Money asked (安排了多少) and a task's amount found: a sentence's figure in another unit
    answers something else."""
    return query.attribute is Attribute.AMOUNT and answer.status in (Status.OK, Status.LOW) and \
        answer.kind == "task" and bool(query.targets) and \
        all(t.entry.kind is Kind.TASK for t in query.targets) and \
        evidence.kind == "prose figure" and "元" not in evidence.headline


def _indicator_asked(query: Query) -> bool:
    """仲裁结案率的指标是多少: an indicator asked as one, and found — not a sentence's figure."""
    return "指标" in query.normalized and bool(query.targets) and \
        all(t.entry.kind is Kind.INDICATOR for t in query.targets)


def _renamed_asked(query: Query) -> Query:
    """…那项今年改名了，现在叫什么: the task named — found only in another year's table, or
    beside an indicator of like words — is the one whose name is asked."""
    if not compare.asks_renamed(query):
        return query
    if not query.targets and query.elsewhere and query.elsewhere[0].entry.kind is Kind.TASK:
        return query.with_(targets=query.elsewhere[:1], elsewhere=(), years=(), unexplained=())
    tasks = [t for t in (*query.targets, *query.alternatives) if t.entry.kind is Kind.TASK]
    if query.alternatives and len(tasks) == 1:
        return query.with_(targets=tuple(tasks), alternatives=())
    return query


def _holds_unexplained(query: Query, evidence: Answer) -> bool:
    """Every word the cells' reading left unexplained (without its question words) is in the
    sentence quoted."""
    text = normalize(evidence.text)
    words = [_ASKING_WORDS.sub("", w) for w in query.unexplained]
    words = [w for w in words if len(w) >= 2]
    # (a word of three or more characters said a little otherwise: 发养老金 / 发放基本养老金)
    return bool(words) and all(w in text or len(w) >= 3 and prose.mostly_in(w, text) for w in words)


_ASKING_WORDS = re.compile(r"^(?:的|了|在|要|是)+|(?:多少|几|的|了|吗|呢)+$|多少[\u4e00-\u9fff]?|几[\u4e00-\u9fff]?")


def _beside_indicator(query: Query, snapshot: Snapshot, evidence: Answer) -> Answer:
    """跟指标一样吗, of a goal's figure: 是/否 first, with the indicator's target beside the
    goal's figure (the prose and the cell may differ)."""
    entry = query.entry
    if len(query.targets) != 1 or entry.kind is not Kind.INDICATOR or query.operation is not Op.CHECK:
        return evidence
    tables = tables_for(snapshot.index, query, entry)
    value = value_of(tables[0], entry) if tables else None
    if value is None:
        return evidence
    target = value.text.split("（")[0]
    note = f"绩效指标“{entry.name}”：年度指标值 {target}"
    said = re.search(r"\d+(?:\.\d+)?", evidence.headline)
    same = said is not None and value.number is not None and \
        Decimal(said.group()) == value.number and value.op in (None, "=")
    evidence.text = f"{'是' if same else '否'}。目标里说 {evidence.headline.split('（')[0]}，{note}。\n" + \
        evidence.text
    return evidence


def _by_later_name(query: Query, snapshot: Snapshot) -> Query | None:
    """An item named whole by its name in another year, the one asked (a year only) naming it
    otherwise: the reading of that year's item, without the words its own name lacks."""
    if len(query.targets) != 1 or not query.elsewhere or len(query.years) != 1:
        return None
    said, found = query.elsewhere[0].entry, query.entry
    if query.elsewhere[0].score < 0.95 or said.kind is not found.kind:
        return None
    if not any(snapshot.index.counterpart(said, (d, "", query.years[0])) is found
               for d in found.departments):
        return None
    return query.with_(unexplained=(), elsewhere=())


def _counterparts(query: Query, snapshot: Snapshot) -> Query:
    """An item asked in a year whose table names it a little differently (文化惠民活动经费 in
    2026, 文化惠民活动 on the 2023 批复表): that table's item."""
    if not query.targets or query.yoy or len(query.years) > 1:
        return query
    index, targets = snapshot.index, []
    for target in query.targets:
        entry = target.entry
        departments = target.departments or query.departments or tuple(entry.departments)
        if query.years:
            wanted = [(d, y) for d in departments for y in query.years]
        else:  # no year asked: each department's latest table
            wanted = [(d, index.department_years(d)[-1]) for d in departments
                      if index.department_years(d)]
        if not all(entry.in_scope((d,), (y,)) for d, y in wanted):
            found = {c for c in (index.counterpart(entry, (d, "", y)) for d, y in wanted)
                     if c is not None and c is not entry}
            if len(found) == 1:
                target = replace(target, entry=found.pop())
        targets.append(target)
    if len({t.entry.id for t in targets}) < len({t.entry.id for t in query.targets}):
        return query  # a task's new and old names compared: each is itself, not the other
    return query.with_(targets=tuple(targets))


def _structured(query: Query):
    if not query.targets and query.set is None and not query.departments and \
            query.measure is None and not query.per_department:
        return None
    return next((rule for rule in RULES if rule[1](query)), None)


def _asks_members_of_one(query: Query) -> bool:
    """哪几家 / 有哪些 asked of one item that is no list (no set; not its text asked)."""
    return query.operation is Op.LIST and query.set is None and len(query.targets) == 1 and \
        query.attribute not in (Attribute.CONTENT, Attribute.EXPECTED) and \
        query.entry.kind in (Kind.TASK, Kind.INDICATOR) and not _BOTH_TARGETS.search(query.normalized)


_BOTH_TARGETS = re.compile(r"年度.{0,4}(?:和|与|跟|及|、).{0,2}(?:实施)?周期|(?:实施)?周期.{0,4}(?:和|与|跟|及|、).{0,2}年度")


_GOALS_SAID = re.compile(GOALS_ASKED.pattern + r"|目标上(?:说|提到|写|讲|提)|"
                         r"(?:局|委|办|会|院|社|校|队)(?:里|材料里|表里)?(?:说|提到|讲)")


def _said_whole_in_prose(query: Query) -> str:
    """The longest run of the question's words (four characters or more) that the item chosen
    by part of its name does not hold (自然教育活动 for 自然教育和林业宣传经费): a sentence
    that holds it whole may be what was asked."""
    target = query.targets[0] if len(query.targets) == 1 else None
    if target is None or target.name_coverage >= 0.6 or target.score >= 1.0:
        return ""
    runs = [r for r in query.content_words if len(r) >= 4 and r not in target.entry.key and
            not set(r) <= set(target.entry.key)]  # 公共场所监督检查: the name's words reordered
    return max(runs, key=len, default="")


def _prose_may_answer(query: Query, rule) -> bool:
    """The prose is searched when the cells leave part of the question unexplained, or when
    all the question named was a department."""
    if (query.unexplained or query.notes) and \
            query.operation in (Op.VALUE, Op.LIST, Op.COUNT, Op.SHARE, Op.CHECK, Op.SUM):
        return True
    return rule[0] == "overview"


def _out_of_scope(query: Query, snapshot: Snapshot) -> Answer | None:
    index = snapshot.index
    if query.too_long:
        return Answer(query.text, "问题太长了，请用一句话问一个问题（200 字以内），"
                      "例如：送温暖活动经费是多少？", Status.NOT_FOUND)
    if not any("\u4e00" <= ch <= "\u9fff" or ch.isalpha() for ch in query.normalized):
        return not_found(query, snapshot, "没有看懂这个问题。")
    if query.unknown_department and not query.departments:
        if query.operation is Op.CHECK and "表" in query.normalized:  # 湛江有应急管理局的表吗
            loaded = "、".join(index.directory.in_place_all(query.place)) if query.place else ""
            # …的表有吗？预算多少: a figure asked of it is not found
            status = Status.NOT_FOUND if re.search(r"多少|几", query.normalized) else Status.OK
            return Answer(query.text, f"否。还没有载入{query.unknown_department}的表。" +
                          (f"\n已载入{query.place}的：{loaded}。" if loaded else ""), status,
                          kind="check")
        return not_found(query, snapshot, f"没有找到部门{query.unknown_department}的数据。")
    if query.years:
        loaded = set(index.years())
        missing = [y for y in query.years if y not in loaded]
        if len(missing) == len(query.years) and not query.yoy:
            return not_found(query, snapshot, f"没有 {'、'.join(map(str, missing))} 年的数据。")
        having = [d for d in query.departments if set(query.years) & set(index.years_of(d))]
        if query.departments and not having and query.operation is not Op.CHECK:
            years = "、".join(map(str, query.years))
            return not_found(query, snapshot, f"没有{'、'.join(query.departments)} {years} 年的数据。")
    return None
