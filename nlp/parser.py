"""A question becomes a typed ``Query``: what it is about (scored candidates), which
department and year, which attribute, and which operation.

>>> parse("今年要表彰多少名劳模", catalog, today=date(2026, 11, 24)).best.name
'表彰劳模数量'
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

import ahocorasick

from data.model import KEY_TASKS, OTHER_TASKS
from nlp.catalog import (
    ALIAS,
    BASIC,
    BUDGET,
    CATEGORY,
    CONTENT,
    DEPARTMENT,
    GOALS,
    INDICATOR,
    NAME,
    SHORT,
    TASK,
    TERM,
    Catalog,
    Entry,
    Hit,
)
from nlp.normalize import normalize
from nlp.vocabulary import (
    ATTRIBUTE_WORDS,
    DEPARTMENT_SUFFIXES,
    OPERATION_WORDS,
    QUESTION_NOISE,
    RELATIVE_YEARS,
    SYNONYMS,
)

AMBIGUITY_MARGIN = 0.08
MIN_SCORE = 0.45
MIN_QUESTION_COVERAGE = 0.6
_FOLLOWUP_WORDS = ("那", "呢", "它", "其", "这个", "该项", "这项", "同样", "上面", "刚才", "这一项")
# Whole-group targets: words that ask about all tasks of a section, or all indicators.
_SECTION_WORDS = (
    ("重点工作任务", KEY_TASKS), ("年度重点工作", KEY_TASKS), ("重点任务", KEY_TASKS),
    ("重点工作", KEY_TASKS), ("其他需完成的任务", OTHER_TASKS), ("其他任务", OTHER_TASKS),
    ("工作任务", "tasks"), ("任务", "tasks"), ("项目", "tasks"),
    ("绩效指标", "indicators"), ("三级指标", "indicators"), ("指标", "indicators"),
    ("预算整体情况", "budget"), ("预算情况", "budget"), ("预算构成", "budget"),
)
_YEAR_RE = re.compile(r"(20\d{2})(?:年度|年)?|(?<!\d)(\d{2})年")
_UNKNOWN_DEPARTMENT_RE = re.compile(
    "([\u4e00-\u9fff]{1,10}?(?:" + "|".join(sorted(DEPARTMENT_SUFFIXES, key=len, reverse=True)) + "))"
)


@dataclass
class Candidate:
    entry: Entry
    score: float
    start: int = 0  # where in the question it was named (for the order of share/diff)


@dataclass
class Query:
    text: str
    normalized: str
    candidates: list[Candidate] = field(default_factory=list)
    departments: list[str] = field(default_factory=list)
    unknown_department: str | None = None
    years: list[int] = field(default_factory=list)
    attribute: str | None = None
    operation: str = "value"
    group: str | None = None  # KEY_TASKS / OTHER_TASKS / "tasks" / "indicators" / "budget"
    followup: bool = False

    @property
    def funding_words(self) -> set[str]:
        """Funding words present in the question (for telling 经费 from 多少钱)."""
        return {w for w in _FUNDING_WORDS if w in self.normalized}

    @property
    def best(self) -> Entry | None:
        return self.candidates[0].entry if self.candidates else None

    @property
    def best_score(self) -> float:
        return self.candidates[0].score if self.candidates else 0.0

    @property
    def year(self) -> int | None:
        return self.years[0] if self.years else None

    def is_close_call(self) -> bool:
        """Two different things scored almost the same and neither was named exactly."""
        if len(self.candidates) < 2:
            return False
        first, second = self.candidates[0], self.candidates[1]
        return first.score < 1.0 and first.score - second.score < AMBIGUITY_MARGIN


def parse(question: str, catalog: Catalog, today: date) -> Query:
    normalized = normalize(question)
    query = Query(text=question, normalized=normalized)
    hits = _accepted_hits(catalog, normalized)
    # What is left once the names are taken out says what is asked (amount, list, share …).
    asking = _blank(normalized, [h for h in hits if h.relation in (NAME, ALIAS, SHORT, "typo")])
    query.years, year_spans = _find_years(normalized, today)
    matches = _question_word_matches(asking)
    present = {word for _, _, word in matches}
    query.operation = _find_operation(present)
    query.attribute = _find_attribute(present, asking, query.operation)
    query.group = _find_group(present)
    keyword_spans = _keyword_spans(matches) + year_spans
    # A sub-term inside a question word (工作 in 重点工作任务, 经费) is not evidence of a name.
    hits = [h for h in hits if not (h.relation in (TERM, CONTENT) and _within(h, keyword_spans))]
    query.departments = _find_departments(catalog, hits)
    content = _content_positions(normalized, keyword_spans, hits, catalog)
    query.candidates = _score(catalog, hits, query, content)
    if not query.departments:
        query.unknown_department = _unknown_department(_blank(normalized, hits), catalog)
    query.followup = _looks_like_followup(_blank(asking, hits), query)
    return query


# ------------------------------------------------------------ hits


def _accepted_hits(catalog: Catalog, question: str) -> list[Hit]:
    """Hits on the question and its synonym variants, minus hits inside a longer name."""
    hits, common = catalog.hits(question)
    known = {(h.entry_id, h.key) for h in hits}
    for word, alternatives in SYNONYMS.items():
        if word in question:
            for alternative in alternatives:
                # Hits on a variant only add evidence; they have no place in the question
                # (start = end = -1), so they never blank out or shadow what was typed.
                for hit in catalog.hits(question.replace(word, alternative))[0]:
                    # Only keys that contain the whole substituted word count (劳动模范, not 劳动).
                    if hit.relation in (TERM, CONTENT) and alternative in hit.key \
                            and (hit.entry_id, hit.key) not in known:
                        known.add((hit.entry_id, hit.key))
                        hits.append(Hit(hit.entry_id, hit.relation, -1, -1, hit.key))
    if not any(h.relation in (NAME, ALIAS) and catalog.entries[h.entry_id].kind != DEPARTMENT
               for h in hits):
        hits.extend(catalog.near_misses(question))
    strong = [h for h in hits if h.relation in (NAME, ALIAS, SHORT)]
    hits = [h for h in hits if not _inside_longer(h, strong)]
    # Shared sub-terms count only for names that are candidates already.
    candidates = {h.entry_id for h in hits}
    for shared in common:
        probe = Hit(-1, TERM, shared.start, shared.end, shared.key)
        if _inside_longer(probe, strong):
            continue
        hits.extend(Hit(entry_id, relation, shared.start, shared.end, shared.key)
                    for entry_id, relation in shared.refs if entry_id in candidates)
    return hits


def _inside_longer(hit: Hit, strong: list[Hit]) -> bool:
    return any(
        other.entry_id != hit.entry_id and other.start <= hit.start and hit.end <= other.end
        and (other.end - other.start) > (hit.end - hit.start)
        for other in strong
    )


def _blank(question: str, hits: list[Hit]) -> str:
    """The question with the given hits blanked out (positions kept)."""
    chars = list(question)
    for hit in hits:
        for i in range(max(hit.start, 0), max(hit.end, 0)):
            chars[i] = "\u3000"
    return "".join(chars)


def _within(hit: Hit, spans: list[tuple[int, int]]) -> bool:
    return hit.start >= 0 and any(a <= hit.start and hit.end <= b for a, b in spans)


_KEYWORDS = (
    {w for words in ATTRIBUTE_WORDS.values() for w in words}
    | {w for words in OPERATION_WORDS.values() for w in words}
    | {w for w, _ in _SECTION_WORDS} | set(QUESTION_NOISE) | set(RELATIVE_YEARS) | {"百分"}
)


def _keyword_automaton() -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for word in _KEYWORDS:
        automaton.add_word(word, word)
    automaton.make_automaton()
    return automaton


# Every question word found in one pass, instead of a substring search per word.
_KEYWORD_AUTOMATON = _keyword_automaton()


def _question_word_matches(text: str) -> list[tuple[int, int, str]]:
    """(start, end, word) of every question word in ``text``, overlaps included."""
    return [(end - len(word) + 1, end + 1, word) for end, word in _KEYWORD_AUTOMATON.iter(text)]


def _keyword_spans(matches: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """Where question words (amount, list, 今年, 是多少 …) stand: longest first, then leftmost,
    without overlaps."""
    taken: set[int] = set()
    spans = []
    for start, end, _ in sorted(matches, key=lambda m: (m[0] - m[1], m[0])):
        if taken.isdisjoint(range(start, end)):
            spans.append((start, end))
            taken.update(range(start, end))
    return spans


def _content_positions(question: str, keyword_spans: list[tuple[int, int]], hits: list[Hit],
                       catalog: Catalog) -> set[int]:
    """Positions that name something: not question words, years, departments or punctuation."""
    skipped = set()
    for a, b in keyword_spans:
        skipped.update(range(a, b))
    for hit in hits:
        if hit.start >= 0 and catalog.entries[hit.entry_id].kind == DEPARTMENT:
            skipped.update(range(hit.start, hit.end))
    return {i for i, ch in enumerate(question)
            if i not in skipped and (ch.isdigit() or "\u4e00" <= ch <= "\u9fff")}


# ------------------------------------------------------------ question words


def _find_years(question: str, today: date) -> tuple[list[int], list[tuple[int, int]]]:
    """Explicit years (2025年, 25年) and 今年/去年/明年, with where they stand."""
    years, spans = [], []
    for match in _YEAR_RE.finditer(question):
        year = int(match.group(1)) if match.group(1) else 2000 + int(match.group(2))
        spans.append(match.span())
        if year not in years:
            years.append(year)
    for word, offset in sorted(RELATIVE_YEARS.items(), key=lambda kv: -len(kv[0])):
        position = question.find(word)
        if position >= 0:
            spans.append((position, position + len(word)))
            question = question.replace(word, "\u3000" * len(word))
            if today.year + offset not in years:
                years.append(today.year + offset)
    return years, spans


_OPERATION_SETS = {operation: frozenset(words) for operation, words in OPERATION_WORDS.items()}
_ATTRIBUTE_SETS = {attribute: frozenset(words) for attribute, words in ATTRIBUTE_WORDS.items()}
_SHARE_CONFIRMATIONS = frozenset({"比例", "比重", "占比", "百分", "多少", "几"})


def _find_operation(present: set[str]) -> str:
    for operation, words in _OPERATION_SETS.items():
        if not present.isdisjoint(words):
            # 占 alone (占用, 占地) asks no share; 占…比例 / 占多少 does.
            if operation == "share" and "占" in present and present.isdisjoint(
                _SHARE_CONFIRMATIONS
            ):
                continue
            return operation
    return "value"


# 多少名 / 几场 / 多少个班: a count with a measure word asks an indicator's target quantity.
_QUANTITY_RE = re.compile("(?:多少|几)(?:个|场|人|名|家|所|次|班|项|张|宗|间|条|期|批|户|篇|件|万)")


def _find_attribute(present: set[str], asking: str, operation: str) -> str | None:
    for attribute, words in _ATTRIBUTE_SETS.items():
        if not present.isdisjoint(words):
            return attribute
    if _QUANTITY_RE.search(asking):
        return "annual"
    if operation in ("sum", "max", "min", "share") and ("多少" in present or "钱" in present):
        return "amount"
    return None


def _find_group(present: set[str]) -> str | None:
    for word, group in _SECTION_WORDS:
        if word in present:
            return group
    return None


def _find_departments(catalog: Catalog, hits: list[Hit]) -> list[str]:
    departments = []
    for hit in sorted(hits, key=lambda h: h.start):
        entry = catalog.entries[hit.entry_id]
        if entry.kind == DEPARTMENT and entry.name not in departments:
            departments.append(entry.name)
    return departments


def _unknown_department(residual: str, catalog: Catalog) -> str | None:
    """A department-like name in what is left of the question (火星局) that is not loaded."""
    for match in _UNKNOWN_DEPARTMENT_RE.finditer(residual.replace("\u3000", " ")):
        name = match.group(1).strip()
        if len(name) >= 2 and not name.startswith(("哪个", "什么", "各", "本", "这个", "那个", "每个")):
            stem = name.lstrip("的")
            if len(stem) >= 2 and stem not in ("机关", "单位", "部门"):
                return stem
    return None


def _looks_like_followup(residual: str, query: Query) -> bool:
    """那去年呢？ / 科技局的呢？ / 它的年度目标是多少 — or a bare 2025年的 / 年度目标."""
    compact = residual.replace("\u3000", "")
    if any(word in compact for word in _FOLLOWUP_WORDS):
        return True
    return len(compact) <= 4 and bool(query.years or query.attribute)


# ------------------------------------------------------------ scoring

_FUNDING_WORDS = frozenset({"经费", "资金", "费用", "预算", "拨款", "投入"})
_KIND_FIT = {
    # attribute -> multiplier per kind: an amount question is about money things, etc.
    "amount": {TASK: 1.0, BUDGET: 1.0, INDICATOR: 0.7, CATEGORY: 0.6, BASIC: 0.6, GOALS: 0.6},
    "annual": {INDICATOR: 1.0, TASK: 0.85, BUDGET: 0.7, CATEGORY: 0.9, BASIC: 0.7, GOALS: 0.8},
    "period": {INDICATOR: 1.0, TASK: 0.8, BUDGET: 0.7, CATEGORY: 0.9, BASIC: 0.7, GOALS: 0.8},
    "content": {TASK: 1.0, INDICATOR: 0.75, BUDGET: 0.7, CATEGORY: 0.7, BASIC: 0.6, GOALS: 0.9},
    "expected": {TASK: 1.0, INDICATOR: 0.8, BUDGET: 0.7, CATEGORY: 0.7, BASIC: 0.6, GOALS: 0.9},
}


def _score(catalog: Catalog, hits: list[Hit], query: Query, content: set[int]) -> list[Candidate]:
    by_entry: dict[int, list[Hit]] = {}
    for hit in hits:
        if catalog.entries[hit.entry_id].kind != DEPARTMENT:
            by_entry.setdefault(hit.entry_id, []).append(hit)
    candidates = []
    for entry_id, entry_hits in by_entry.items():
        entry = catalog.entries[entry_id]
        score = _entry_score(catalog, entry, entry_hits, query, content)
        if entry.kind in (TASK, INDICATOR, BUDGET) and query.attribute in _KIND_FIT:
            fit = _KIND_FIT[query.attribute].get(entry.kind, 1.0)
            if (entry.kind == INDICATOR and query.attribute == "amount"
                    and entry.is_money and not query.funding_words):
                fit = 0.9  # 人均培训成本多少钱 asks a cost standard; 经费/资金 ask a task
            score *= fit
        if score >= 0.2:
            start = min((h.start for h in entry_hits if h.start >= 0), default=-1)
            candidates.append(Candidate(entry, round(score, 4), start))
    candidates.sort(key=lambda c: (-c.score, c.start, c.entry.id))
    return candidates


def _question_coverage(hits: list[Hit], content: set[int], question: str = "",
                       name: str = "") -> float:
    """How much of what the question names these hits explain (1.0 = all of it).

    With ``name``, a remaining character that also occurs in the name counts half: 开多少个班
    leans to 公益培训班次 rather than 公益培训费."""
    if not content:
        return 1.0
    covered = set()
    for hit in hits:
        covered.update(range(max(hit.start, 0), max(hit.end, 0)))
    explained = len(covered & content)
    if name:
        explained += 0.5 * sum(1 for i in content - covered if question[i] in name)
    return explained / len(content)


def _entry_score(catalog: Catalog, entry: Entry, hits: list[Hit], query: Query,
                 content: set[int]) -> float:
    relations = {h.relation for h in hits}
    length_bonus = min(len(entry.key), 30) / 3000
    if NAME in relations or ALIAS in relations:
        return 1.0 + length_bonus
    if SHORT in relations:
        if entry.kind == CATEGORY:
            # 数量/质量/成本 alone are ordinary words; they name a category in a list question.
            return 0.95 if query.operation in ("list", "count") else 0.55
        return 0.95 + length_bonus
    score = 0.0
    typo_names = [h for h in hits if h.relation == "typo" and h.key == entry.key]
    if typo_names:
        score = 0.6 + 0.3 * _question_coverage(typo_names, content) ** 2
        if all(_edge_mismatch_inside(h, query.normalized) for h in typo_names):
            score *= 0.75
    term_hits = [h for h in hits if h.relation in (TERM, "typo") and h.key != entry.key]
    if term_hits:
        name_coverage = _coverage(catalog, entry, term_hits)
        question_coverage = _question_coverage(term_hits, content, query.normalized, entry.key)
        term_score = 0.3 + 0.6 * (0.55 * name_coverage + 0.45 * question_coverage)
        if question_coverage < MIN_QUESTION_COVERAGE:
            # Most of what the question names is unexplained (暖心|行动): not this item.
            term_score = min(term_score, MIN_SCORE - 0.05)
        score = max(score, term_score)
    content_hits = [h for h in hits if h.relation == CONTENT]
    if content_hits:
        rarity = max(catalog.term_weight(h.key, CONTENT) for h in content_hits)
        explained = _question_coverage(content_hits + term_hits, content)
        score = max(score, 0.2 + 0.45 * rarity * explained)
    return score


def _edge_mismatch_inside(hit: Hit, question: str) -> bool:
    """公益培训开|多少个班 is 公益培训 plus another word, not a typo of 公益培训费: the differing
    character sits at the name's edge and the question goes on past it."""
    first_differs = question[hit.start] != hit.key[0]
    last_differs = question[hit.end - 1] != hit.key[-1]
    return (last_differs and hit.end < len(question)) or (first_differs and hit.start > 0)


def _coverage(catalog: Catalog, entry: Entry, term_hits: list[Hit]) -> float:
    """How much of the name the matched sub-terms cover, generic words counting less."""
    covered = [0.0] * len(entry.key)
    for hit in term_hits:
        weight = catalog.term_weight(hit.key, TERM) * (0.85 if hit.relation == "typo" else 1.0)
        start = entry.key.find(hit.key)
        while start >= 0:
            for i in range(start, start + len(hit.key)):
                covered[i] = max(covered[i], weight)
            start = entry.key.find(hit.key, start + 1)
    total = sum(entry.char_weights) or 1.0
    return sum(c * w for c, w in zip(covered, entry.char_weights, strict=True)) / total


