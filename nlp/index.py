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
from weakref import WeakKeyDictionary

from data.db import StoredTable
from data.importers.common import LEVEL1_NAMES, LEVEL2_PARENTS
from data.model import BASIC_INFO_FIELDS, TableKind
from nlp.deadlines import target_date
from nlp.departments import DepartmentDirectory
from nlp.finder import Finder
from nlp.lexicon import ITEM_WORDS
from nlp.normalize import normalize, strip_punctuation
from nlp.terms import GENERIC_WORDS, TermCutter, without_ending

TableKey = tuple[str, str, int]  # (department, project, year)

COMPUTED_BUDGET_LINES = ("部门预算合计", "收入合计")
GOALS_NAME = "总体绩效目标"
# A sub-term naming more entries than this, with no department named, only supports names
# found otherwise (经费, 培训 across a province); within a named department it still counts.
COMMON_TERM = 40
# With departments named, a sub-term shared by more entries than this outside them only marks
# where the word is: the named departments' items are what the question is about.
COMMON_ELSEWHERE = 8


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
    departments: dict[str, dict[int, int]] = field(default_factory=dict)  # -> year -> count
    years: dict[int, int] = field(default_factory=dict)  # occurrences per year
    money: int = 0  # places where an indicator's target is in 元
    dates: int = 0  # places where an indicator's target is a date (2026年9月30日前)
    units: Counter[str] = field(default_factory=Counter)  # an indicator's target units

    @property
    def is_money(self) -> bool:
        return self.money > 0

    def __repr__(self) -> str:
        return f"Entry({self.kind}:{self.name})"

    def _place(self, key: TableKey, count: int) -> None:
        """Count one more (or, with -1, one fewer) occurrence in table ``key``."""
        department, _, year = key
        places, all_years = self.places, self.years
        places[key] = places.get(key, 0) + count
        years = self.departments.get(department)
        if years is None:
            years = self.departments[department] = {}
        years[year] = years.get(year, 0) + count
        all_years[year] = all_years.get(year, 0) + count
        if count < 0:
            if places[key] <= 0:
                del places[key]
            if all_years[year] <= 0:
                del all_years[year]
            if years[year] <= 0:
                del years[year]
                if not years:
                    del self.departments[department]

    def in_scope(self, departments: Iterable[str] = (), years: Iterable[int] = ()) -> bool:
        """Whether the entry is in a table of one of ``departments`` (any department when
        none is given) of one of ``years`` (any year when none is given)."""
        wanted = tuple(years)
        departments = tuple(departments)
        if not departments:
            return bool(self.places) and (not wanted or any(y in self.years for y in wanted))
        for department in departments:
            have = self.departments.get(department)
            if have and (not wanted or any(y in have for y in wanted)):
                return True
        return False

    def years_in(self, departments: Iterable[str] = ()) -> set[int]:
        """The years of its tables (of ``departments`` only, when given)."""
        named = tuple(departments)
        if not named:
            return set(self.years)
        return {y for d in named for y in self.departments.get(d, ())}


class KeyRefs:
    """What one key points to: entries by relation, each with the number of tables (or
    items) contributing it."""

    __slots__ = ("by_relation",)

    def __init__(self) -> None:
        self.by_relation: dict[Relation, dict[int, int]] = {}

    def __bool__(self) -> bool:
        return bool(self.by_relation)


@dataclass(slots=True, unsafe_hash=True)  # not frozen: made ~100 times a question, and a
class Hit:  # frozen dataclass costs four times as much to build; never changed once made
    entry: Entry
    relation: Relation
    start: int  # in the normalized question (-1: found on a synonym variant)
    end: int
    key: str
    held: bool = False  # one of a run of terms the name holds in order (not one stand-in)


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
    dated: bool = False
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


# One object per distinct item across all tables, per cutter (its cuts decide the terms).
_PLANNED: WeakKeyDictionary[TermCutter, dict[tuple, PlannedItem]] = WeakKeyDictionary()
_SPLIT: dict[str, tuple[str, ...]] = {}  # a paragraph's sentences (texts repeat across years)


def _planned(made: dict[tuple, PlannedItem], kind: Kind, name: str, cutter: TermCutter,
             text: str = "", money: bool = False, unit: str = "",
             dated: bool = False) -> PlannedItem:
    """The item with its sub-terms (and its text's content words), made once per distinct
    item: a province's tables repeat their names, and this is most of an index build."""
    cache_key = (kind, name, text, money, unit, dated)
    item = made.get(cache_key)
    if item is None:
        key = normalize(name)
        content = cutter.content_words(normalize(text)) if text else ()
        item = PlannedItem(kind, name, money=money, unit=unit, dated=dated,
                           terms=cutter.terms(key), content=content)
        if len(made) < 500_000:
            made[cache_key] = item
    return item


def _sentences(text: str) -> tuple[str, ...]:
    found = _SPLIT.get(text)
    if found is None:
        found = tuple(split_sentences(text))
        if len(_SPLIT) < 200_000:
            _SPLIT[text] = found
    return found


_FIXED: dict[tuple[Kind, str, str], PlannedItem] = {}


def _fixed(kind: Kind, name: str, level1: str = "") -> PlannedItem:
    """An item every table may have (a budget line, a category …), one object for all."""
    item = _FIXED.get((kind, name, level1))
    if item is None:
        item = _FIXED[(kind, name, level1)] = PlannedItem(kind, name, level1=level1)
    return item


def plan_table(stored: StoredTable, cutter: TermCutter) -> TablePlan:
    table = stored.table
    items: list[PlannedItem] = []
    sentences: list[tuple[str, str]] = []

    made = _PLANNED.get(cutter)
    if made is None:
        made = _PLANNED[cutter] = {}

    def named(kind: Kind, name: str, text: str = "", money: bool = False, unit: str = "",
              dated: bool = False) -> None:
        items.append(_planned(made, kind, name, cutter, text, money, unit, dated))

    if table.kind == TableKind.PROJECT:
        named(Kind.PROJECT, table.project, "".join(table.goals + table.period_goals))
        for line in table.budget:
            named(Kind.FUND, line.name)  # 本年度申请的 names 本年度申请市财政预算资金
    else:
        for task in table.tasks:
            named(Kind.TASK, task.name, task.content + task.expected)
            label = "主要实施内容" if task.section == "年度重点工作任务" else "目标内容"
            for sentence in _sentences(task.content):
                sentences.append((sentence, f"{task.name} · {label}"))
            for sentence in _sentences(task.expected):
                sentences.append((sentence, f"{task.name} · 期望达到的目标"))
        for line in table.budget:
            items.append(_fixed(Kind.BUDGET, line.name))
        for name in COMPUTED_BUDGET_LINES:
            items.append(_fixed(Kind.BUDGET, name))
        for name in BASIC_INFO_FIELDS:
            if name in table.basic_info:
                items.append(_fixed(Kind.BASIC, name))
    for indicator in table.indicators:
        unit = indicator.annual.unit
        named(Kind.INDICATOR, indicator.level3, money="元" in unit, unit=unit,
              dated=not unit and target_date(indicator.annual_value) is not None)
    categories = dict.fromkeys(table.categories + [(i.level1, i.level2) for i in table.indicators])
    for level1, level2 in categories:
        items.append(_fixed(Kind.CATEGORY, level1, level1))
        items.append(_fixed(Kind.CATEGORY, level2, level1))
    if table.goals or table.period_goals:
        items.append(_fixed(Kind.GOALS, GOALS_NAME))
    where = f"{table.project} · " if table.project else ""
    for number, goal in enumerate(table.goals, 1):
        label = "年度目标" if table.project else f"{GOALS_NAME}第{_chinese(number)}条"
        sentences += [(s, where + label) for s in _sentences(goal)]
    for goal in table.period_goals:
        sentences += [(s, where + "实施周期目标") for s in _sentences(goal)]
    # Each item once (a 一级 category is listed with each of its 二级 ones).
    unique = {(item.kind, item.name): item for item in items}
    return TablePlan(table.key, stored, tuple(unique.values()), tuple(sentences))


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
        self._keys: Finder[KeyRefs] = Finder()
        self._masked: dict[str, dict[int, int]] = {}  # name with one char masked -> entries
        self._masked_lengths: Counter[int] = Counter()
        # A name with one character wrong has its first half or its second half right: the
        # halves of each length say which windows of a question are worth masking at all.
        self._mask_heads: dict[int, set[str]] = {}
        self._mask_tails: dict[int, set[str]] = {}
        # (first character, a later one) -> names: where an abbreviation may point (基本公卫)
        self._by_pair: dict[tuple[str, str], set[int]] = {}
        self._plans: dict[TableKey, TablePlan] = {}
        self._entries_of: dict[TableKey, tuple[Entry, ...]] = {}
        self.sentences: list[Sentence] = []
        self._sentence_by_key: dict[str, Sentence] = {}
        self._pairs: dict[str, set[int]] = {}
        self._sentences_of: dict[TableKey, tuple[Sentence, ...]] = {}
        self._years: dict[str, Counter[int]] = {}  # department -> years of department tables
        self._all_years: Counter[int] = Counter()  # tables per year
        self._department_keys: dict[str, set[TableKey]] = {}
        self._latest: frozenset[TableKey] | None = None  # each table's latest year (cached)
        self._department_entries: dict[str, Counter[int]] = {}  # -> entry ids (refcounts)
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
            for later in set(key[1:]):
                self._by_pair.setdefault((key[0], later), set()).add(entry.id)
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
            refs = KeyRefs()
            self._keys.add(key, refs)
        entries = refs.by_relation.setdefault(relation, {})
        entries[entry.id] = entries.get(entry.id, 0) + count

    def _drop_key(self, key: str, entry: Entry, relation: Relation) -> None:
        refs = self._keys.get(key)
        entries = refs.by_relation.get(relation) if refs is not None else None
        if not entries or entry.id not in entries:
            return
        entries[entry.id] -= 1
        if entries[entry.id] <= 0:
            del entries[entry.id]
            if not entries:
                del refs.by_relation[relation]
                if not refs:
                    self._keys.remove(key)

    def _add_masks(self, entry: Entry) -> None:
        key = entry.key
        self._masked_lengths[len(key)] += 1
        half = len(key) // 2
        self._mask_heads.setdefault(len(key), set()).add(key[:half])
        self._mask_tails.setdefault(len(key), set()).add(key[half:])
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
        self._latest = None
        self.directory.add(table.department)
        self._all_years[table.year] += 1
        self._department_keys.setdefault(table.department, set()).add(key)
        if table.kind == TableKind.PROJECT:
            self._projects.setdefault(table.department, {}).setdefault(
                table.project, Counter())[table.year] += 1
        else:
            self._years.setdefault(table.department, Counter())[table.year] += 1
        entries = []
        by_kind_name = self._by_kind_name
        for item in plan.items:
            entry = by_kind_name.get((item.kind, item.name)) or \
                self.entry(item.kind, item.name, item.level1)
            entries.append(entry)
            if not entry.places:  # a name's sub-terms are the same in every table
                for term in item.terms:
                    self._add_key(term, entry, Relation.TERM)
            entry._place(key, 1)
            entry.money += item.money
            entry.dates += item.dated
            if item.unit:
                entry.units[item.unit] += 1
            for word in item.content:
                self._add_key(word, entry, Relation.CONTENT)
        self._entries_of[key] = tuple(dict.fromkeys(entries))
        self._department_entries.setdefault(table.department, Counter()).update(
            e.id for e in self._entries_of[key])
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
        self._latest = None
        self._all_years[table.year] -= 1
        if self._all_years[table.year] <= 0:
            del self._all_years[table.year]
        keys = self._department_keys[table.department]
        keys.discard(key)
        if not keys:
            del self._department_keys[table.department]
        held = self._department_entries[table.department]
        held.subtract(e.id for e in self._entries_of.get(key, ()))
        for entry_id in [i for i, n in held.items() if n <= 0]:
            del held[entry_id]
        if not held:
            del self._department_entries[table.department]
        for item in plan.items:
            entry = self.find(item.kind, item.name)
            if entry is None or key not in entry.places:
                continue
            entry._place(key, -1)
            entry.money -= item.money
            entry.dates -= item.dated
            if item.unit:
                entry.units[item.unit] -= 1
                if entry.units[item.unit] <= 0:
                    del entry.units[item.unit]
            if not entry.places:
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

    def hits(self, question: str, scope: set[int] | None = None,
             around: tuple[int, int] | None = None) -> list[Hit]:
        """Every key found in the normalized question (with ``around``, those overlapping that
        stretch). A weak key shared by many entries (经费, 培训 across a province) yields only
        the entries in ``scope`` (the named departments'), plus one standing for the rest,
        which marks where the word is."""
        found = []
        entries = self.entries
        common = COMMON_TERM if scope is None else COMMON_ELSEWHERE
        for match in self._keys.find(question, around):
            start, end, word = match.start, match.end, match.word
            for relation, held in match.value.by_relation.items():
                if relation in WEAK and len(held) > common:
                    if scope is None:
                        ids = ()
                    elif len(scope) < len(held):
                        ids = [i for i in scope if i in held]
                    else:
                        ids = [i for i in held if i in scope]
                    ids = ids or (next(iter(held)),)
                else:
                    ids = held
                found += [Hit(entries[i], relation, start, end, word) for i in ids]
        return found

    def holding(self, stretch: str, terms: Iterable[str], limit: int = 40) -> list[Entry]:
        """Entries whose name holds the sub-terms ``stretch`` is made of, in order (安全+培训 →
        交通运输行业安全培训经费, 建筑施工安全培训经费; 管网+改造 → 燃气管网安全改造经费),
        however common each term is on its own; none when more than ``limit`` do."""
        terms = list(terms)
        sets = []
        for term in terms:
            refs = self._keys.get(term)
            held = refs.by_relation.get(Relation.TERM) if refs is not None else None
            if held:
                sets.append(held)
        # names are cut differently (供水管|网), so any of the terms may lead to a holder:
        # the rarer ones are looked through, up to a few hundred names
        ids: set[int] = set()
        for held in sorted(sets, key=len):
            if len(ids) + len(held) > limit * 5:
                break
            ids.update(held)
        in_order = re.compile(".*?".join(map(re.escape, terms))).search
        entries = self.entries
        last = terms[-1]  # a plain substring test first: most names lack the last term
        found = [entry for entry in map(entries.__getitem__, ids)
                 if last in entry.key and in_order(entry.key) and entry.places]
        return found if len(found) <= limit else []

    def scope(self, departments: Iterable[str]) -> set[int] | None:
        """Entries of the departments' tables (None when none is named)."""
        named = [d for d in departments if d in self._department_entries]
        if not named:
            return None
        if len(named) == 1:
            return set(self._department_entries[named[0]])
        return set().union(*(self._department_entries[d] for d in named))

    def latest_keys(self) -> frozenset[TableKey]:
        """Each department's (and project's) latest year's table."""
        if self._latest is None:
            latest: dict[tuple[str, str], int] = {}
            for department, project, year in self.tables:
                latest[(department, project)] = max(year, latest.get((department, project), year))
            self._latest = frozenset((d, p, y) for (d, p), y in latest.items())
        return self._latest

    def keys_of(self, department: str) -> set[TableKey]:
        """The keys of a department's current tables (整体 and projects)."""
        return self._department_keys.get(department, set())

    def near_misses(self, question: str) -> list[Hit]:
        """Names found with exactly one character different (送温暧活动经费)."""
        found = []
        size = len(question)
        for length in self._masked_lengths:
            if length > size:
                continue
            half, heads, tails = length // 2, self._mask_heads[length], self._mask_tails[length]
            for start in range(size - length + 1):
                window = question[start:start + length]
                wrong_first = window[half:] in tails  # the wrong character in the first half
                wrong_second = window[:half] in heads
                if not (wrong_first or wrong_second):
                    continue
                for position in range(0 if wrong_first else half, length if wrong_second else half):
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
                    # the characters just beside it in the same stretch must not be foreign to
                    # the name (知识产权资|助 is not 知识产权质押融资…)
                    beside = question[max(begin - 1, start):begin] + \
                        question[begin + length:min(begin + length + 1, end)]
                    for entry_id in self._by_pair.get((part[0], part[1]), ()):
                        entry = self.entries[entry_id]
                        if entry.places and len(entry.key) <= 3 * length and \
                                part != entry.key and part not in entry.key and \
                                all(ch in entry.key for ch in beside) and \
                                _subsequence(part, entry.key):
                            found.append(Hit(entry, Relation.ABBREVIATION, begin, begin + length,
                                             entry.key))
                if found:
                    return found
        return found

    def frequency(self, key: str, relation: Relation) -> int:
        """How many entries a weak key points to."""
        refs = self._keys.get(key)
        held = refs.by_relation.get(relation) if refs is not None else None
        return len(held) if held else 1

    def is_common(self, key: str, relation: Relation) -> bool:
        return self.frequency(key, relation) > COMMON_TERM

    def term_weight(self, key: str, relation: Relation) -> float:
        """Rarer terms say more: a term shared by many items is a weak hint."""
        return 1.0 / (1.0 + 0.25 * (self.frequency(key, relation) - 1))

    def entries_of(self, key: TableKey) -> tuple[Entry, ...]:
        return self._entries_of.get(key, ())

    def counterpart(self, entry: Entry, key: TableKey) -> Entry | None:
        """The same item under a slightly different name in table ``key`` — 文化惠民活动经费 in
        2026 is 文化惠民活动 on the 2023 批复表: one name is the other with generic words (经费,
        资金, 项目 …) added or dropped at its end. Only when exactly one entry fits."""
        if key in entry.places:
            return entry
        if entry.kind != Kind.TASK:  # an indicator's 率 and 数 are different measures
            return None
        stem = without_ending(entry.key)
        others = [e for e in self._entries_of.get(key, ()) if e.kind == entry.kind and e is not entry]
        fits = [e for e in others if len(stem) >= 3 and without_ending(e.key) == stem]
        if not fits and len(stem) >= 5:  # 节能宣传和监察经费 → 节能降碳宣传和监察经费: a word put in
            fits = [e for e in others if _inserted(stem, without_ending(e.key))]
        if not fits and len(stem) >= 5:
            # 残疾人信息化管理系统建设经费 → 残疾人智慧服务信息化建设经费: a word replaced — the
            # department's tables never hold both, and most of the name is kept
            department = key[0]
            years = entry.departments.get(department, {})
            fits = [e for e in others if len(without_ending(e.key)) >= 5
                    and _dice(stem, without_ending(e.key)) >= 0.4
                    and not any(y in years for y in e.departments.get(department, {}))]
        if not fits and len(stem) >= 4:
            # 评标专家管理经费 → 评标专家管理和专家库建设经费: words put after a short name's stem
            department = key[0]
            years = entry.departments.get(department, {})
            fits = [e for e in others if _grown(stem, without_ending(e.key))
                    and not any(y in years for y in e.departments.get(department, {}))]
        return fits[0] if len(fits) == 1 else None

    def renamed_counterpart(self, entry: Entry, key: TableKey) -> Entry | None:
        """The item in table ``key`` that a question saying it was renamed (改名了) means: the
        counterpart above, or else the one task of that table that the entry's own years never
        hold (防火监督检查经费 → 火灾隐患排查整治和消防监督经费, names too unlike to pair
        otherwise); of several such, the one sharing clearly most of the name."""
        found = self.counterpart(entry, key)
        if found is not None or entry.kind != Kind.TASK:
            return found
        department = key[0]
        years = entry.departments.get(department, {})
        others = [e for e in self._entries_of.get(key, ()) if e.kind == entry.kind
                  and not any(y in years for y in e.departments.get(department, {}))]
        if len(others) == 1:
            return others[0]
        stem = without_ending(entry.key)
        scored = sorted(((_dice(stem, without_ending(e.key)), e.key, e) for e in others), reverse=True)
        if scored and scored[0][0] > 0 and (len(scored) == 1 or scored[0][0] >= scored[1][0] + 0.1):
            return scored[0][2]
        return None

    def unlike_renames(self, new_key: TableKey, old_key: TableKey) -> list[tuple[Entry, Entry]]:
        """Tasks of table ``new_key`` that are most likely renamings of tasks of ``old_key`` whose
        names are too unlike for ``counterpart``: of the tasks each table holds alone, a pair
        that is each other's clear best by shared character pairs (防火监督检查经费 →
        火灾隐患排查整治和消防监督经费, not the new 智慧消防物联网监测平台建设经费): (new, old)."""
        def alone(key: TableKey, other: TableKey) -> list[Entry]:
            return [e for e in self._entries_of.get(key, ()) if e.kind == Kind.TASK
                    and self.counterpart(e, other) is None]
        new, old = alone(new_key, old_key), alone(old_key, new_key)
        theme = _pairs(normalize(new_key[0]))  # 宗教 of 民族宗教事务局 is in most of its names

        def shared(one: Entry, other: Entry) -> float:
            a = _pairs(without_ending(one.key)) - theme
            b = _pairs(without_ending(other.key)) - theme
            return 2 * len(a & b) / (len(a) + len(b)) if a and b else 0.0
        pairs: list[tuple[Entry, Entry]] = []
        for before in old:
            scored = sorted(((shared(before, e), e.key, e) for e in new), reverse=True)
            if not scored or scored[0][0] <= 0 or len(scored) > 1 and scored[0][0] < scored[1][0] + 0.1:
                continue
            after = scored[0][2]
            back = max((shared(after, o) for o in old if o is not before), default=0.0)
            if scored[0][0] >= back + 0.1:
                pairs.append((after, before))
        return pairs

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
        return sorted(self._all_years)

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


def _grown(a: str, b: str) -> bool:
    """One stem begins the other (of four characters or more): words put after it."""
    short, long = sorted((a, b), key=len)
    return len(short) >= 4 and short != long and long.startswith(short)


def _inserted(one: str, other: str, most: int = 3) -> bool:
    """One name is the other with one word of at most ``most`` characters put in or taken out
    (节能宣传和监察 / 节能降碳宣传和监察)."""
    short, long = sorted((one, other), key=len)
    extra = len(long) - len(short)
    if not 0 < extra <= most:
        return False
    return any(long[:i] + long[i + extra:] == short for i in range(len(short) + 1))


def _dice(one: str, other: str) -> float:
    """How many two-character pieces two names share (0 … 1)."""
    a, b = _pairs(one), _pairs(other)
    return 2 * len(a & b) / (len(a) + len(b)) if a and b else 0.0


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
