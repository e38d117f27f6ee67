"""Everything a question can name, across every current table, updatable one table at a time.

An ``Entry`` is one nameable thing (a task, an indicator, a budget line, a category …); the same
name in several departments and years is one entry with several places, so a province's 20,000
tables whose names repeat stay small. Keys (names, everyday words, sub-terms, content words,
aliases) point to entries with a relation saying how sure a hit on them makes us. Prose (the
总体绩效目标 and every task's text) is split into sentences, indexed by character pairs.

Adding or dropping a table costs time in proportion to that table: ``plan_table`` does the
expensive part (cutting names, splitting sentences) without touching the index, ``add`` and
``remove`` apply it.

>>> index = Index()
>>> index.add(plan_table(stored, cutter))
>>> [h.entry.name for h in index.hits("送温暖活动经费")][:1]
['送温暖活动经费']
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum

from data.db import StoredTable
from data.importers.common import LEVEL1_NAMES, LEVEL2_PARENTS
from data.model import BASIC_INFO_FIELDS, TableKind
from nlp.departments import DepartmentDirectory
from nlp.finder import Finder
from nlp.lexicon import ITEM_WORDS
from nlp.normalize import normalize, strip_punctuation
from nlp.terms import GENERIC_WORDS, TermCutter

TableKey = tuple[str, str, int]  # (department, project, year)

COMPUTED_BUDGET_LINES = ("部门预算合计", "收入合计")
GOALS_NAME = "总体绩效目标"
# A sub-term naming more entries than this, with no department named, only supports names
# found otherwise (经费, 培训 across a province); within a named department it still counts.
COMMON_TERM = 40


class Kind(StrEnum):
    TASK = "task"
    INDICATOR = "indicator"
    BUDGET = "budget"
    FUND = "fund"  # a project table's funds (万元)
    BASIC = "basic_info"
    GOALS = "goals"
    CATEGORY = "category"
    PROJECT = "project"


class Relation(StrEnum):
    NAME = "name"  # the whole name
    ALIAS = "alias"  # an admin's alias
    SHORT = "short"  # an everyday word for a fixed item (总预算 -> 部门预算合计)
    TERM = "term"  # a sub-term of the name (送温暖)
    CONTENT = "content"  # a word of the item's text (粤工惠)
    TYPO = "typo"  # the whole name with one character different
    ABBREVIATION = "abbreviation"  # the name's characters in order, some left out (基本公卫)


STRONG = frozenset({Relation.NAME, Relation.ALIAS, Relation.SHORT})
WEAK = frozenset({Relation.TERM, Relation.CONTENT})


@dataclass(eq=False)
class Entry:
    id: int
    kind: Kind
    name: str
    key: str  # normalized name
    char_weights: tuple[float, ...]
    level1: str = ""  # a category's 一级 (itself for a 一级)
    places: dict[TableKey, int] = field(default_factory=dict)  # table -> refcount
    money: int = 0  # places where an indicator's target is in 元
    units: Counter[str] = field(default_factory=Counter)  # an indicator's target units

    @property
    def is_money(self) -> bool:
        return self.money > 0

    def __repr__(self) -> str:
        return f"Entry({self.kind}:{self.name})"


@dataclass(frozen=True, slots=True)
class Hit:
    entry: Entry
    relation: Relation
    start: int  # in the normalized question (-1: found on a synonym variant)
    end: int
    key: str


@dataclass(eq=False)
class Sentence:
    """One sentence of prose, with every (table, place in the table) it is printed at."""

    id: int
    text: str
    key: str  # normalized
    places: dict[TableKey, str] = field(default_factory=dict)  # table -> 总体绩效目标第四条 …


@dataclass(frozen=True)
class PlannedItem:
    kind: Kind
    name: str
    level1: str = ""
    money: bool = False
    unit: str = ""
    terms: tuple[str, ...] = ()
    content: tuple[str, ...] = ()


@dataclass(frozen=True)
class TablePlan:
    """What one table adds to the index, prepared without touching it."""

    key: TableKey
    stored: StoredTable
    items: tuple[PlannedItem, ...]
    sentences: tuple[tuple[str, str], ...]  # (sentence, where)


_SENTENCE_END = re.compile(r"(?<=[。；;！？!?])|(?=[一二三四五六七八九十]+、)|(?=\d+[、.．](?!\d))")
_CJK_PAIR = re.compile(r"[\u4e00-\u9fff0-9a-z]{2}")


def split_sentences(text: str) -> list[str]:
    """Sentences (and numbered clauses) of a paragraph, without blank ones."""
    parts = [p.strip(" ，,；;") for p in _SENTENCE_END.split(text or "")]
    return [p for p in parts if len(p) >= 4]


def plan_table(stored: StoredTable, cutter: TermCutter) -> TablePlan:
    table = stored.table
    items: list[PlannedItem] = []
    sentences: list[tuple[str, str]] = []

    def named(kind: Kind, name: str, **extra) -> None:
        key = normalize(name)
        items.append(PlannedItem(kind, name, terms=cutter.terms(key), **extra))

    if table.kind == TableKind.PROJECT:
        named(Kind.PROJECT, table.project)
        for line in table.budget:
            items.append(PlannedItem(Kind.FUND, line.name))
    else:
        for task in table.tasks:
            text = normalize(task.content + task.expected)
            named(Kind.TASK, task.name, content=cutter.content_words(text))
            label = "主要实施内容" if task.section == "年度重点工作任务" else "目标内容"
            for sentence in split_sentences(task.content):
                sentences.append((sentence, f"{task.name} · {label}"))
            for sentence in split_sentences(task.expected):
                sentences.append((sentence, f"{task.name} · 期望达到的目标"))
        for line in table.budget:
            items.append(PlannedItem(Kind.BUDGET, line.name))
        for name in COMPUTED_BUDGET_LINES:
            items.append(PlannedItem(Kind.BUDGET, name))
        for name in BASIC_INFO_FIELDS:
            if name in table.basic_info:
                items.append(PlannedItem(Kind.BASIC, name))
    for indicator in table.indicators:
        named(Kind.INDICATOR, indicator.level3, money="元" in indicator.annual.unit,
              unit=indicator.annual.unit)
    categories = dict.fromkeys(table.categories + [(i.level1, i.level2) for i in table.indicators])
    for level1, level2 in categories:
        items.append(PlannedItem(Kind.CATEGORY, level1, level1=level1))
        items.append(PlannedItem(Kind.CATEGORY, level2, level1=level1))
    if table.goals or table.period_goals:
        items.append(PlannedItem(Kind.GOALS, GOALS_NAME))
    where = f"{table.project} · " if table.project else ""
    for number, goal in enumerate(table.goals, 1):
        label = "年度目标" if table.project else f"{GOALS_NAME}第{_chinese(number)}条"
        sentences += [(s, where + label) for s in split_sentences(goal)]
    for goal in table.period_goals:
        sentences += [(s, where + "实施周期目标") for s in split_sentences(goal)]
    return TablePlan(table.key, stored, tuple(items), tuple(sentences))


def _chinese(number: int) -> str:
    digits = "零一二三四五六七八九"
    if number < 10:
        return digits[number]
    tens, ones = divmod(number, 10)
    return ("" if tens == 1 else digits[tens]) + "十" + (digits[ones] if ones else "")


class Index:
    """The searchable view of every current table (see the module docstring)."""

    def __init__(self) -> None:
        self.tables: dict[TableKey, StoredTable] = {}
        self.version_ids: dict[TableKey, int] = {}
        self.directory = DepartmentDirectory()
        self.entries: list[Entry] = []
        self._by_kind_name: dict[tuple[Kind, str], Entry] = {}
        # key -> {(entry id, relation): number of tables contributing it}
        self._keys: Finder[dict[tuple[int, Relation], int]] = Finder()
        self._frequency: Counter[tuple[str, Relation]] = Counter()  # entries per weak key
        self._masked: dict[str, dict[int, int]] = {}  # name with one char masked -> entries
        self._masked_lengths: Counter[int] = Counter()
        self._by_first: dict[str, set[int]] = {}  # first character -> names (abbreviations)
        self._plans: dict[TableKey, TablePlan] = {}
        self._entries_of: dict[TableKey, tuple[Entry, ...]] = {}
        self.sentences: list[Sentence] = []
        self._sentence_by_key: dict[str, Sentence] = {}
        self._pairs: dict[str, set[int]] = {}
        self._sentences_of: dict[TableKey, tuple[Sentence, ...]] = {}
        self._years: dict[str, Counter[int]] = {}  # department -> years of department tables
        self._projects: dict[str, dict[str, Counter[int]]] = {}
        self._aliases: dict[str, list[str]] = {}  # normalized target -> aliases
        self._add_fixed_entries()

    # ------------------------------------------------------------ entries and keys

    def entry(self, kind: Kind, name: str, level1: str = "") -> Entry:
        existing = self._by_kind_name.get((kind, name))
        if existing is not None:
            return existing
        key = normalize(name)
        entry = Entry(len(self.entries), kind, name, key, _char_weights(key), level1=level1)
        self.entries.append(entry)
        self._by_kind_name[(kind, name)] = entry
        self._add_key(key, entry, Relation.NAME)
        bare = strip_punctuation(key)
        if bare != key:
            self._add_key(bare, entry, Relation.NAME)
        if kind in (Kind.TASK, Kind.INDICATOR, Kind.PROJECT) and len(key) >= 3:
            self._add_masks(entry)
            self._by_first.setdefault(key[0], set()).add(entry.id)
        for alias in self._aliases.get(key, ()):
            self._add_key(alias, entry, Relation.ALIAS)
        return entry

    def find(self, kind: Kind, name: str) -> Entry | None:
        return self._by_kind_name.get((kind, name))

    def _add_fixed_entries(self) -> None:
        """Everyday words for budget lines, basic info, goals and categories."""
        for word, items in ITEM_WORDS.items():
            for item in items:
                kind = Kind(item.kind)
                level1 = LEVEL2_PARENTS.get(item.name, item.name) if kind == Kind.CATEGORY else ""
                entry = self.entry(kind, item.name, level1)
                if word != entry.key:
                    self._add_key(word, entry, Relation.SHORT)

    def _add_key(self, key: str, entry: Entry, relation: Relation, count: int = 1) -> None:
        refs = self._keys.get(key)
        if refs is None:
            refs = {}
            self._keys.add(key, refs)
        ref = (entry.id, relation)
        if ref not in refs and relation in WEAK:
            self._frequency[(key, relation)] += 1
        refs[ref] = refs.get(ref, 0) + count

    def _drop_key(self, key: str, entry: Entry, relation: Relation) -> None:
        refs = self._keys.get(key)
        ref = (entry.id, relation)
        if refs is None or ref not in refs:
            return
        refs[ref] -= 1
        if refs[ref] <= 0:
            del refs[ref]
            if relation in WEAK:
                self._frequency[(key, relation)] -= 1
                if self._frequency[(key, relation)] <= 0:
                    del self._frequency[(key, relation)]
            if not refs:
                self._keys.remove(key)

    def _add_masks(self, entry: Entry) -> None:
        key = entry.key
        self._masked_lengths[len(key)] += 1
        for position in range(len(key)):
            masked = key[:position] + "\0" + key[position + 1:]
            self._masked.setdefault(masked, {})[entry.id] = 1

    # ------------------------------------------------------------ tables

    def add(self, plan: TablePlan) -> None:
        """Add one table (replacing the version of the same key, if any)."""
        if plan.key in self._plans:
            self.remove(plan.key)
        stored = plan.stored
        table = stored.table
        key = plan.key
        self.tables[key] = stored
        self.version_ids[key] = stored.version.id
        self._plans[key] = plan
        self.directory.add(table.department)
        if table.kind == TableKind.PROJECT:
            self._projects.setdefault(table.department, {}).setdefault(
                table.project, Counter())[table.year] += 1
        else:
            self._years.setdefault(table.department, Counter())[table.year] += 1
        entries = []
        for item in plan.items:
            entry = self.entry(item.kind, item.name, item.level1)
            entries.append(entry)
            entry.places[key] = entry.places.get(key, 0) + 1
            entry.money += item.money
            if item.unit:
                entry.units[item.unit] += 1
            for term in item.terms:
                self._add_key(term, entry, Relation.TERM)
            for word in item.content:
                self._add_key(word, entry, Relation.CONTENT)
        self._entries_of[key] = tuple(dict.fromkeys(entries))
        sentences = []
        for text, where in plan.sentences:
            sentence = self._sentence(text)
            sentence.places[key] = where
            sentences.append(sentence)
        self._sentences_of[key] = tuple(sentences)

    def remove(self, key: TableKey) -> None:
        plan = self._plans.pop(key, None)
        if plan is None:
            return
        table = plan.stored.table
        del self.tables[key]
        del self.version_ids[key]
        for item in plan.items:
            entry = self.find(item.kind, item.name)
            if entry is None:
                continue
            entry.places[key] = entry.places.get(key, 1) - 1
            if entry.places[key] <= 0:
                del entry.places[key]
            entry.money -= item.money
            if item.unit:
                entry.units[item.unit] -= 1
                if entry.units[item.unit] <= 0:
                    del entry.units[item.unit]
            for term in item.terms:
                self._drop_key(term, entry, Relation.TERM)
            for word in item.content:
                self._drop_key(word, entry, Relation.CONTENT)
        self._entries_of.pop(key, None)
        for sentence in self._sentences_of.pop(key, ()):
            sentence.places.pop(key, None)
            if not sentence.places:
                self._drop_sentence(sentence)
        if table.kind == TableKind.PROJECT:
            years = self._projects[table.department][table.project]
            years[table.year] -= 1
            if years[table.year] <= 0:
                del years[table.year]
            if not years:
                del self._projects[table.department][table.project]
            if not self._projects[table.department]:
                del self._projects[table.department]
        else:
            years = self._years[table.department]
            years[table.year] -= 1
            if years[table.year] <= 0:
                del years[table.year]
            if not years:
                del self._years[table.department]
        if table.department not in self._years and table.department not in self._projects:
            self.directory.remove(table.department)

    def set_aliases(self, aliases: dict[str, str]) -> None:
        """Replace the admins' aliases (alias -> any name in the tables)."""
        by_key: dict[str, list[Entry]] = {}
        for entry in self.entries:
            by_key.setdefault(entry.key, []).append(entry)
        for target, keys in self._aliases.items():
            for entry in by_key.get(target, []):
                for alias in keys:
                    self._drop_key(alias, entry, Relation.ALIAS)
        self._aliases = {}
        for alias, target in aliases.items():
            self._aliases.setdefault(normalize(target), []).append(normalize(alias))
        for target, keys in self._aliases.items():
            for entry in by_key.get(target, []):
                for alias in keys:
                    self._add_key(alias, entry, Relation.ALIAS)

    # ------------------------------------------------------------ prose

    def _sentence(self, text: str) -> Sentence:
        key = normalize(text)
        sentence = self._sentence_by_key.get(key)
        if sentence is None:
            sentence = Sentence(len(self.sentences), text, key)
            self.sentences.append(sentence)
            self._sentence_by_key[key] = sentence
            for pair in _pairs(key):
                self._pairs.setdefault(pair, set()).add(sentence.id)
        return sentence

    def _drop_sentence(self, sentence: Sentence) -> None:
        self._sentence_by_key.pop(sentence.key, None)
        for pair in _pairs(sentence.key):
            ids = self._pairs.get(pair)
            if ids is not None:
                ids.discard(sentence.id)
                if not ids:
                    del self._pairs[pair]

    def sentences_in(self, keys: Iterable[TableKey]) -> Iterator[Sentence]:
        for key in keys:
            yield from self._sentences_of.get(key, ())

    def sentences_with(self, pairs: Iterable[str], limit: int = 5000) -> set[int]:
        """Sentences holding any of the rarer character pairs (common pairs skipped)."""
        found: set[int] = set()
        for pair in pairs:
            ids = self._pairs.get(pair)
            if ids and len(ids) <= limit:
                found |= ids
        return found

    def pair_frequency(self, pair: str) -> int:
        return len(self._pairs.get(pair, ()))

    # ------------------------------------------------------------ lookups

    def hits(self, question: str) -> list[Hit]:
        """Every key found in the normalized question, weak keys of common words included."""
        found = []
        entries = self.entries
        for match in self._keys.find(question):
            for (entry_id, relation), _ in match.value.items():
                found.append(Hit(entries[entry_id], relation, match.start, match.end, match.word))
        return found

    def near_misses(self, question: str) -> list[Hit]:
        """Names found with exactly one character different (送温暧活动经费)."""
        found = []
        size = len(question)
        for length in self._masked_lengths:
            if length > size:
                continue
            for start in range(size - length + 1):
                window = question[start:start + length]
                for position in range(length):
                    masked = window[:position] + "\0" + window[position + 1:]
                    for entry_id in self._masked.get(masked, ()):
                        entry = self.entries[entry_id]
                        if entry.key != window and entry.places:
                            found.append(Hit(entry, Relation.TYPO, start, start + length,
                                             entry.key))
        return found

    def abbreviations(self, question: str, spans: list[tuple[int, int]]) -> list[Hit]:
        """Names a stretch of the question abbreviates: its characters appear in the name in
        order, the first at the name's start, and the name is not much longer (计生特扶金 ->
        计划生育家庭特别扶助金, 基本公卫 -> 基本公共卫生服务项目经费)."""
        found = []
        for start, end in spans:
            for length in range(min(end - start, 8), 2, -1):
                for begin in range(start, end - length + 1):
                    part = question[begin:begin + length]
                    for entry_id in self._by_first.get(part[0], ()):
                        entry = self.entries[entry_id]
                        if entry.places and len(entry.key) <= 3 * length and \
                                part != entry.key and part not in entry.key and \
                                _subsequence(part, entry.key):
                            found.append(Hit(entry, Relation.ABBREVIATION, begin, begin + length,
                                             entry.key))
                if found:
                    return found
        return found

    def frequency(self, key: str, relation: Relation) -> int:
        """How many entries a weak key points to."""
        return self._frequency.get((key, relation), 1)

    def is_common(self, key: str, relation: Relation) -> bool:
        return self.frequency(key, relation) > COMMON_TERM

    def term_weight(self, key: str, relation: Relation) -> float:
        """Rarer terms say more: a term shared by many items is a weak hint."""
        return 1.0 / (1.0 + 0.25 * (self.frequency(key, relation) - 1))

    def entries_of(self, key: TableKey) -> tuple[Entry, ...]:
        return self._entries_of.get(key, ())

    # ------------------------------------------------------------ departments and years

    def departments(self) -> list[str]:
        return sorted(set(self._years) | set(self._projects))

    def years_of(self, department: str) -> list[int]:
        years = set(self._years.get(department, ()))
        for project_years in self._projects.get(department, {}).values():
            years |= set(project_years)
        return sorted(years)

    def department_years(self, department: str) -> list[int]:
        """Years of the department's own (整体) tables."""
        return sorted(self._years.get(department, ()))

    def projects_of(self, department: str) -> dict[str, list[int]]:
        return {name: sorted(years) for name, years in self._projects.get(department, {}).items()}

    def years(self) -> list[int]:
        found: set[int] = set()
        for years in self._years.values():
            found |= set(years)
        for projects in self._projects.values():
            for years in projects.values():
                found |= set(years)
        return sorted(found)

    def table(self, department: str, year: int, project: str = "") -> StoredTable | None:
        return self.tables.get((department, project, year))

    def loaded_summary(self, limit: int = 8) -> str:
        """``东莞市总工会（2025、2026 年）；…`` — with many departments, the first few and a count."""
        departments = self.departments()
        text = "；".join(f"{d}（{'、'.join(map(str, self.years_of(d)))} 年）"
                        for d in departments[:limit])
        if len(departments) > limit:
            text += f"；等共 {len(departments)} 个部门"
        return text


def _subsequence(short: str, full: str) -> bool:
    characters = iter(full)
    return all(character in characters for character in short)


def _pairs(key: str) -> set[str]:
    return {key[i:i + 2] for i in range(len(key) - 1) if _CJK_PAIR.fullmatch(key[i:i + 2])}


def _char_weights(key: str) -> tuple[float, ...]:
    """Generic words, digits and bracketed remarks say little; punctuation nothing."""
    weights = [1.0 if ch.isalpha() else 0.35 if ch.isdigit() else 0.0 for ch in key]
    depth = 0
    for i, ch in enumerate(key):
        if ch in "(（":
            depth += 1
        elif ch in ")）":
            depth = max(depth - 1, 0)
        elif depth and weights[i]:
            weights[i] = 0.2
    for word in GENERIC_WORDS:
        start = key.find(word)
        while start >= 0:
            for i in range(start, start + len(word)):
                weights[i] = min(weights[i], 0.35)
            start = key.find(word, start + 1)
    return tuple(weights)


__all__ = ["COMPUTED_BUDGET_LINES", "GOALS_NAME", "LEVEL1_NAMES", "Entry", "Hit", "Index", "Kind",
           "Relation", "Sentence", "TableKey", "TablePlan", "plan_table", "split_sentences"]
