"""A question becomes a typed ``Query``: what it is about (scored candidates), which
department and year, which attribute, and which operation.

>>> parse("今年要表彰多少名劳模", catalog, today=date(2026, 11, 24)).best.name
'表彰劳模数量'
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

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
    RELATIVE_YEARS,
    SYNONYMS,
)

AMBIGUITY_MARGIN = 0.08
MIN_SCORE = 0.45
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
    query.years = _find_years(normalized, today)
    hits = _accepted_hits(catalog, normalized)
    residual = _residual(normalized, hits)
    query.operation = _find_operation(residual)
    query.attribute = _find_attribute(residual, query.operation)
    query.departments = _find_departments(catalog, hits)
    query.group = _find_group(residual)
    query.candidates = _score(catalog, hits, query)
    if not query.departments:
        query.unknown_department = _unknown_department(residual, catalog)
    query.followup = _looks_like_followup(residual, query)
    return query


# ------------------------------------------------------------ hits


def _accepted_hits(catalog: Catalog, question: str) -> list[Hit]:
    """Hits on the question and its synonym variants, minus hits inside a longer name."""
    hits = catalog.hits(question)
    known = {(h.entry_id, h.key) for h in hits}
    for word, alternatives in SYNONYMS.items():
        if word in question:
            for alternative in alternatives:
                # Hits on a variant only add evidence; they have no place in the question
                # (start = end = -1), so they never blank out or shadow what was typed.
                for hit in catalog.hits(question.replace(word, alternative)):
                    # Only keys that contain the whole substituted word count (劳动模范, not 劳动).
                    if hit.relation in (TERM, CONTENT) and alternative in hit.key \
                            and (hit.entry_id, hit.key) not in known:
                        known.add((hit.entry_id, hit.key))
                        hits.append(Hit(hit.entry_id, hit.relation, -1, -1, hit.key))
    if not any(h.relation in (NAME, ALIAS) and catalog.entries[h.entry_id].kind != DEPARTMENT
               for h in hits):
        hits.extend(catalog.near_misses(question))
    strong = [h for h in hits if h.relation in (NAME, ALIAS, SHORT)]
    return [h for h in hits if not _inside_longer(h, strong)]


def _inside_longer(hit: Hit, strong: list[Hit]) -> bool:
    return any(
        other.entry_id != hit.entry_id and other.start <= hit.start and hit.end <= other.end
        and (other.end - other.start) > (hit.end - hit.start)
        for other in strong
    )


def _residual(question: str, hits: list[Hit]) -> str:
    """The question with every name-like hit blanked out: what is left asks, not names."""
    chars = list(question)
    for hit in hits:
        if hit.relation in (NAME, ALIAS, SHORT, TERM, "typo"):
            for i in range(hit.start, hit.end):
                chars[i] = "\u3000"
    return "".join(chars)


# ------------------------------------------------------------ question words


def _find_years(question: str, today: date) -> list[int]:
    years = []
    for match in _YEAR_RE.finditer(question):
        year = int(match.group(1)) if match.group(1) else 2000 + int(match.group(2))
        if year not in years:
            years.append(year)
    for word, offset in sorted(RELATIVE_YEARS.items(), key=lambda kv: -len(kv[0])):
        if word in question and today.year + offset not in years:
            years.append(today.year + offset)
            question = question.replace(word, "")
    return years


def _find_operation(residual: str) -> str:
    for operation, words in OPERATION_WORDS.items():
        if any(word in residual for word in words):
            if operation == "share" and "占" in residual and not any(
                w in residual for w in ("比例", "比重", "占比", "百分", "多少", "几")
            ):
                continue
            return operation
    return "value"


def _find_attribute(residual: str, operation: str) -> str | None:
    for attribute, words in ATTRIBUTE_WORDS.items():
        if any(word in residual for word in words):
            return attribute
    if operation in ("sum", "max", "min", "share") and ("多少" in residual or "钱" in residual):
        return "amount"
    return None


def _find_group(residual: str) -> str | None:
    for word, group in _SECTION_WORDS:
        if word in residual:
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

_KIND_FIT = {
    # attribute -> multiplier per kind: an amount question is about money things, etc.
    "amount": {TASK: 1.0, BUDGET: 1.0, INDICATOR: 0.7, CATEGORY: 0.6, BASIC: 0.6, GOALS: 0.6},
    "annual": {INDICATOR: 1.0, TASK: 0.85, BUDGET: 0.7, CATEGORY: 0.9, BASIC: 0.7, GOALS: 0.8},
    "period": {INDICATOR: 1.0, TASK: 0.8, BUDGET: 0.7, CATEGORY: 0.9, BASIC: 0.7, GOALS: 0.8},
    "content": {TASK: 1.0, INDICATOR: 0.75, BUDGET: 0.7, CATEGORY: 0.7, BASIC: 0.6, GOALS: 0.9},
    "expected": {TASK: 1.0, INDICATOR: 0.8, BUDGET: 0.7, CATEGORY: 0.7, BASIC: 0.6, GOALS: 0.9},
}


def _score(catalog: Catalog, hits: list[Hit], query: Query) -> list[Candidate]:
    by_entry: dict[int, list[Hit]] = {}
    for hit in hits:
        entry = catalog.entries[hit.entry_id]
        if entry.kind != DEPARTMENT:
            by_entry.setdefault(hit.entry_id, []).append(hit)
    candidates = []
    for entry_id, entry_hits in by_entry.items():
        entry = catalog.entries[entry_id]
        score = _entry_score(catalog, entry, entry_hits, query)
        money_indicator = entry.kind == INDICATOR and query.attribute == "amount" \
            and _indicator_is_money(catalog, entry)
        if entry.kind in (TASK, INDICATOR, BUDGET) and query.attribute in _KIND_FIT \
                and not money_indicator:
            score *= _KIND_FIT[query.attribute].get(entry.kind, 1.0)
        if score >= 0.2:
            candidates.append(Candidate(entry, round(score, 4), min(h.start for h in entry_hits)))
    candidates.sort(key=lambda c: (-c.score, c.start, c.entry.id))
    return _dedupe_same_name(candidates)


def _entry_score(catalog: Catalog, entry: Entry, hits: list[Hit], query: Query) -> float:
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
        score = 0.9 + length_bonus
    term_hits = [h for h in hits if h.relation in (TERM, "typo") and h.key != entry.key]
    if term_hits:
        score = max(score, 0.3 + 0.6 * _coverage(catalog, entry, term_hits))
    content_hits = {h.key for h in hits if h.relation == CONTENT}
    if content_hits:
        best = max(catalog.term_weight(term, CONTENT) for term in content_hits)
        score = max(score, 0.3 + 0.3 * best + 0.05 * min(len(content_hits) - 1, 3))
    return score


def _coverage(catalog: Catalog, entry: Entry, term_hits: list[Hit]) -> float:
    covered = [0.0] * len(entry.key)
    for hit in term_hits:
        weight = catalog.term_weight(hit.key, TERM) * (0.85 if hit.relation == "typo" else 1.0)
        start = entry.key.find(hit.key)
        while start >= 0:
            for i in range(start, start + len(hit.key)):
                covered[i] = max(covered[i], weight)
            start = entry.key.find(hit.key, start + 1)
    total = sum(entry.char_weights)
    return sum(c * w for c, w in zip(covered, entry.char_weights, strict=True)) / total


def _indicator_is_money(catalog: Catalog, entry: Entry) -> bool:
    for department, year in entry.places:
        stored = catalog.tables.get((department, year))
        if stored:
            for indicator in stored.table.indicators:
                if indicator.level3 == entry.name and "元" in indicator.annual.unit:
                    return True
    return False


def _dedupe_same_name(candidates: list[Candidate]) -> list[Candidate]:
    """A category named like an indicator kind (满意度) should not crowd out the item."""
    seen = set()
    result = []
    for candidate in candidates:
        marker = (candidate.entry.kind, candidate.entry.name)
        if marker not in seen:
            seen.add(marker)
            result.append(candidate)
    return result
