"""Everything a question can name, indexed for matching: departments, years, tasks, budget
lines, indicators, categories, basic info and goals, across every loaded table.

Names are found on the question's raw (normalized) text with an Aho-Corasick automaton, so a
name that jieba would cut apart (``劳模奖金、津贴发放及时率``) is still found whole; jieba supplies
the sub-terms (``送温暖``) that let a partial name point to its item, and content words
(``粤工惠``) that point to the task whose content names them.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

import ahocorasick

from data.db import StoredTable
from data.importers.common import LEVEL1_NAMES, LEVEL2_PARENTS
from data.model import BASIC_INFO_FIELDS
from nlp.normalize import normalize, strip_punctuation
from nlp.tokenizer import Tokenizer
from nlp.vocabulary import (
    BASIC_INFO_SYNONYMS,
    BUDGET_SYNONYMS,
    CATEGORY_SHORT_NAMES,
    DEPARTMENT_SUFFIXES,
    GENERIC_NAME_WORDS,
    GOALS_WORDS,
)

# Kinds of things a question can be about.
TASK, BUDGET, INDICATOR, CATEGORY, BASIC, GOALS, DEPARTMENT = (
    "task", "budget", "indicator", "category", "basic_info", "goals", "department")
ITEM_KINDS = (TASK, BUDGET, INDICATOR)
COMPUTED_BUDGET_LINES = ("部门预算合计", "收入合计")

COMMON_KEY_LIMIT = 24  # a sub-term naming more entries than this only supports other evidence
# How a key relates to what it names; the weight is how sure a hit on it makes us.
NAME, ALIAS, TERM, CONTENT, SHORT = "name", "alias", "term", "content", "short"
_STOP_TERMS = frozenset({"的", "和", "与", "及", "等", "为", "对", "在", "以上", "以下", "通过", "提供",
                         "开展", "进行", "全市", "职工", "工作", "同时", "一体化", "全方位", "相关"})


@dataclass
class Entry:
    """One nameable thing (same name across departments and years is one entry)."""

    id: int
    kind: str
    name: str
    # Where it exists: (department, year) pairs, in catalog order.
    places: list[tuple[str, int]] = field(default_factory=list)
    key: str = ""
    # For name-coverage scoring: weight of each character of the normalized name.
    char_weights: list[float] = field(default_factory=list)
    level1: str = ""  # categories: the 一级 of a 二级 (or itself)
    is_money: bool = False  # indicators whose target is in 元 (人均培训成本 ≤600元/人)


@dataclass(frozen=True)
class CommonHit:
    """A key shared by more than ``COMMON_KEY_LIMIT`` names: (entry id, relation) pairs."""

    key: str
    start: int
    end: int
    refs: frozenset[tuple[int, str]]


@dataclass(frozen=True)
class Hit:
    entry_id: int
    relation: str
    start: int  # in the normalized question
    end: int  # exclusive
    key: str


class Catalog:
    """Built once per store generation from every current table."""

    def __init__(self, tables: list[StoredTable], tokenizer: Tokenizer,
                 aliases: dict[str, str] | None = None) -> None:
        self.tables = {(s.table.department, s.table.year): s for s in tables}
        self.tokenizer = tokenizer
        self.entries: list[Entry] = []
        self._by_kind_name: dict[tuple[str, str], Entry] = {}
        self.department_years: dict[str, list[int]] = defaultdict(list)
        self.department_forms: dict[str, set[str]] = defaultdict(set)
        self._keys: dict[str, list[tuple[int, str]]] = defaultdict(list)
        self._masked: dict[str, set[tuple[int, str]]] = defaultdict(set)
        # How many entries a sub-term (or a content word) points to, by relation.
        self.document_frequency: dict[tuple[str, str], int] = defaultdict(int)

        for stored in tables:
            self._add_table(stored)
        for years in self.department_years.values():
            years.sort()
        self._add_fixed_entries()
        self._add_aliases(aliases or {})
        self._masked_lengths = sorted({len(key) for key in self._masked})
        self._automaton = self._build_automaton()
        tokenizer.set_data_words(self._dictionary_words())

    # ------------------------------------------------------------ building

    def entry(self, kind: str, name: str) -> Entry:
        existing = self._by_kind_name.get((kind, name))
        if existing:
            return existing
        entry = Entry(id=len(self.entries), kind=kind, name=name, key=normalize(name))
        entry.char_weights = self._char_weights(entry.key)
        self.entries.append(entry)
        self._by_kind_name[(kind, name)] = entry
        self._add_key(entry.key, entry.id, NAME)
        bare = strip_punctuation(entry.key)
        if bare != entry.key:
            self._add_key(bare, entry.id, NAME)
        return entry

    def find(self, kind: str, name: str) -> Entry | None:
        return self._by_kind_name.get((kind, name))

    def _place(self, entry: Entry, department: str, year: int) -> None:
        if (department, year) not in entry.places:
            entry.places.append((department, year))

    def _add_table(self, stored: StoredTable) -> None:
        table = stored.table
        department, year = table.department, table.year
        self.department_years[department].append(year)
        dept = self.entry(DEPARTMENT, department)
        self._place(dept, department, year)
        for form in department_short_forms(department, self.tokenizer):
            self.department_forms[department].add(form)
            self._add_key(form, dept.id, SHORT)
        for task in table.tasks:
            entry = self.entry(TASK, task.name)
            self._place(entry, department, year)
            self._add_terms(entry)
            self._add_content_terms(entry, task.content + task.expected)
        for line in table.budget:
            entry = self.entry(BUDGET, line.name)
            self._place(entry, department, year)
        for name in COMPUTED_BUDGET_LINES:
            self._place(self.entry(BUDGET, name), department, year)
        for indicator in table.indicators:
            entry = self.entry(INDICATOR, indicator.level3)
            self._place(entry, department, year)
            self._add_terms(entry)
            entry.is_money = entry.is_money or "元" in indicator.annual.unit
        for level1, level2 in table.categories + [(i.level1, i.level2) for i in table.indicators]:
            for name, parent in ((level1, level1), (level2, level1)):
                entry = self.entry(CATEGORY, name)
                entry.level1 = parent
                self._place(entry, department, year)
        for name in BASIC_INFO_FIELDS:
            if name in table.basic_info:
                self._place(self.entry(BASIC, name), department, year)
        if table.goals:
            self._place(self.entry(GOALS, "总体绩效目标"), department, year)

    def _add_fixed_entries(self) -> None:
        """Everyday words for categories, budget lines, basic info and goals."""
        for short, name in CATEGORY_SHORT_NAMES.items():
            entry = self.find(CATEGORY, name) or self.find(CATEGORY, name + "指标")
            if entry is None and name in LEVEL1_NAMES + tuple(LEVEL2_PARENTS):
                entry = self.entry(CATEGORY, name)
                entry.level1 = LEVEL2_PARENTS.get(name, name)
            if entry is not None:
                self._add_key(normalize(short), entry.id, SHORT)
        for word, name in BUDGET_SYNONYMS.items():
            entry = self.find(BUDGET, name)
            if entry is not None:
                self._add_key(normalize(word), entry.id, SHORT)
        for word, name in BASIC_INFO_SYNONYMS.items():
            entry = self.find(BASIC, name)
            if entry is not None:
                self._add_key(normalize(word), entry.id, SHORT)
        goals = self.find(GOALS, "总体绩效目标")
        if goals is not None:
            for word in GOALS_WORDS:
                self._add_key(normalize(word), goals.id, SHORT)

    def _add_aliases(self, aliases: dict[str, str]) -> None:
        """Admin aliases: ``送温暖 = 送温暖活动经费`` (the target may be any kind of name)."""
        by_name: dict[str, list[Entry]] = defaultdict(list)
        for entry in self.entries:
            by_name[entry.key].append(entry)
        for alias, target in aliases.items():
            for entry in by_name.get(normalize(target), []):
                self._add_key(normalize(alias), entry.id, ALIAS)

    def _add_terms(self, entry: Entry) -> None:
        """Sub-terms of a name (送温暖, 劳模, 津贴 …) so a partial name finds its item."""
        for term in self.tokenizer.cut_for_search(entry.key):
            if len(term) >= 2 and term != entry.key and term not in _STOP_TERMS:
                self._add_key(term, entry.id, TERM)
        # A one-character mistake (送温暧) still finds the name.
        if len(entry.key) >= 3:
            for position in range(len(entry.key)):
                masked = entry.key[:position] + "\0" + entry.key[position + 1:]
                self._masked[masked].add((entry.id, entry.key))

    def _add_content_terms(self, entry: Entry, content: str) -> None:
        for term in set(self.tokenizer.cut(normalize(content))):
            if len(term) >= 2 and term not in _STOP_TERMS and not term.isdigit():
                self._add_key(term, entry.id, CONTENT)

    def _add_key(self, key: str, entry_id: int, relation: str) -> None:
        if not key:
            return
        refs = self._keys[key]
        if (entry_id, relation) not in refs:
            refs.append((entry_id, relation))
            if relation in (TERM, CONTENT):
                self.document_frequency[(key, relation)] += 1

    def _char_weights(self, key: str) -> list[float]:
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
        for word in GENERIC_NAME_WORDS:
            start = key.find(word)
            while start >= 0:
                for i in range(start, start + len(word)):
                    weights[i] = 0.35
                start = key.find(word, start + 1)
        return weights

    def _build_automaton(self) -> ahocorasick.Automaton:
        automaton = ahocorasick.Automaton()
        for key, refs in self._keys.items():
            weak = {(i, r) for i, r in refs if r in (TERM, CONTENT)}
            shared = frozenset(weak) if len(weak) > COMMON_KEY_LIMIT else None
            automaton.add_word(key, (key, tuple(refs), shared))
        automaton.make_automaton()
        return automaton

    def _dictionary_words(self) -> set[str]:
        words = set()
        for key, refs in self._keys.items():
            if any(relation != CONTENT for _, relation in refs):
                words.add(key)
        return words

    # ------------------------------------------------------------ lookups

    def hits(self, question: str) -> tuple[list[Hit], list[CommonHit]]:
        """Every key found in the normalized question.

        A key shared by many names (经费, 培训) is returned once as a ``CommonHit`` instead of
        one hit per name: it adds to the score of names found otherwise, but never makes a
        name a candidate on its own, which keeps a question fast with hundreds of tables."""
        found: list[Hit] = []
        common: list[CommonHit] = []
        for end, (key, refs, shared) in self._automaton.iter(question):
            start = end - len(key) + 1
            if shared is not None:
                common.append(CommonHit(key, start, end + 1, shared))
                found.extend(Hit(i, r, start, end + 1, key) for i, r in refs if r not in (TERM, CONTENT))
                continue
            for entry_id, relation in refs:
                found.append(Hit(entry_id, relation, start, end + 1, key))
        return found, common

    def near_misses(self, question: str) -> list[Hit]:
        """Names found with exactly one character different (送温暧活动经费)."""
        found = []
        for length in self._masked_lengths:
            if length > len(question):
                break
            for start in range(len(question) - length + 1):
                window = question[start:start + length]
                for position in range(length):
                    masked = window[:position] + "\0" + window[position + 1:]
                    for entry_id, key in self._masked.get(masked, ()):
                        if key != window:
                            found.append(Hit(entry_id, "typo", start, start + length, key))
        return found

    def term_weight(self, term: str, relation: str) -> float:
        """Rarer terms say more: a term shared by many items is a weak hint."""
        frequency = self.document_frequency.get((term, relation), 1)
        return 1.0 / (1.0 + 0.25 * (frequency - 1))

    def departments(self) -> list[str]:
        return sorted(self.department_years)

    def years(self) -> list[int]:
        return sorted({y for years in self.department_years.values() for y in years})

    def loaded_summary(self, limit: int = 8) -> str:
        """``东莞市总工会（2025、2026 年）；东莞市科学技术局（2026 年）`` — with many departments,
        the first ``limit`` and how many more."""
        departments = self.departments()
        text = "；".join(
            f"{dept}（{'、'.join(map(str, self.department_years[dept]))} 年）"
            for dept in departments[:limit]
        )
        if len(departments) > limit:
            text += f"；等共 {len(departments)} 个部门"
        return text


_ADMIN_PREFIX = re.compile(r"^(?:[\u4e00-\u9fff]{2,3}?(?:省|市|县|区))+")


def department_short_forms(name: str, tokenizer: Tokenizer) -> set[str]:
    """Everyday names of a department: 东莞市科学技术局 -> 科学技术局, 科技局;
    东莞市人力资源和社会保障局 -> 人社局; 东莞市总工会 -> 总工会."""
    key = normalize(name)
    forms = {key}
    bare = _ADMIN_PREFIX.sub("", key)
    if len(bare) >= 2:
        forms.add(bare)
    suffix = next((s for s in DEPARTMENT_SUFFIXES if bare.endswith(s) and len(bare) > len(s)), "")
    if suffix:
        words = [w for w in tokenizer.cut(bare[: -len(suffix)]) if w not in ("和", "与", "及")]
        if len(words) == 1 and len(words[0]) == 4:  # 科学技术 -> 科学 + 技术
            words = [words[0][:2], words[0][2:]]
        if len(words) >= 2 and all(len(w) >= 2 for w in words):
            forms.add("".join(w[0] for w in words) + suffix)
    return {form for form in forms if len(form) >= 2}
