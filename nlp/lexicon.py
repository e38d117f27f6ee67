"""The words questions are read with, loaded from ``nlp/dictionaries/*.txt``.

Every question word has a role (what kind of meaning it carries) and a value; the parser reads
a question by which roles are present. The dictionaries are plain text so that a new way of
asking is one line, not code:

- ``question_words.txt``: operations, attributes, sets, per-department, status, follow-up, filler;
- ``item_words.txt``: everyday words for budget lines, basic info, goals and categories;
- ``synonyms.txt``: a question word and the words it may stand for inside names;
- ``departments.txt`` and ``places.txt``: department names and places (see ``departments.py``).

>>> [w.value for w in QUESTION_WORDS.get("一共")]
[<Operation.SUM: 'sum'>]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from pathlib import Path

from nlp.finder import Finder
from nlp.normalize import normalize

DICTIONARIES = Path(__file__).resolve().parent / "dictionaries"


class Role(StrEnum):
    OPERATION = "operation"
    ATTRIBUTE = "attribute"
    SET = "set"
    PER = "per"
    STATUS = "status"
    FOLLOWUP = "followup"
    FILLER = "filler"


class Operation(StrEnum):
    VALUE = "value"
    LIST = "list"
    COUNT = "count"
    SUM = "sum"
    AVERAGE = "average"
    MAX = "max"
    MIN = "min"
    TOP = "top"
    SORT = "sort"
    DIFF = "diff"
    SHARE = "share"
    COMPARE = "compare"
    CHECK = "check"
    WHERE = "where"
    PROGRESS = "progress"


class Attribute(StrEnum):
    AMOUNT = "amount"
    ANNUAL = "annual"
    PERIOD = "period"
    CONTENT = "content"
    EXPECTED = "expected"
    UNIT = "unit"
    FISCAL = "fiscal"  # a 批复表 task's 市财政拨款 part
    OTHER = "other"  # … and its 其他资金 part
    IMPLEMENTER = "implementer"  # a project's 实施单位


class SetKind(StrEnum):
    TASK = "task"
    KEY_TASK = "key_task"
    OTHER_TASK = "other_task"
    INDICATOR = "indicator"
    BUDGET = "budget"
    PROJECT = "project"
    DEPARTMENT = "department"
    CATEGORY = "category"
    LEVEL1 = "level1"  # the 一级指标 (categories) of a table
    LEVEL2 = "level2"  # the 二级指标 (of one 一级, when named)
    GOAL = "goal"


class StatusWord(StrEnum):
    BEHIND = "behind"  # red or yellow
    RED = "red"
    YELLOW = "yellow"
    GREEN = "green"
    BLUE = "blue"
    NONE = "none"


_VALUE_TYPES = {Role.OPERATION: Operation, Role.ATTRIBUTE: Attribute, Role.SET: SetKind,
                Role.STATUS: StatusWord}


@dataclass(frozen=True, slots=True)
class Word:
    role: Role
    value: object  # Operation / Attribute / SetKind / StatusWord / "department" / "-"


def _lines(name: str) -> list[list[str]]:
    """The ``a | b | c`` lines of a dictionary file, comments and blanks skipped."""
    rows = []
    for line in (DICTIONARIES / name).read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            rows.append([part.strip() for part in line.split("|")])
    return rows


def _question_words() -> Finder[tuple[Word, ...]]:
    finder: Finder[tuple[Word, ...]] = Finder()
    for role_name, value_name, words in _lines("question_words.txt"):
        role = Role(role_name)
        kind = _VALUE_TYPES.get(role)
        value = kind(value_name) if kind else value_name
        for word in words.split():
            key = normalize(word)
            existing = finder.get(key) or ()
            finder.add(key, (*existing, Word(role, value)))
    return finder


@dataclass(frozen=True, slots=True)
class ItemWord:
    kind: str  # budget / basic_info / goals / category
    name: str  # the canonical name in the table


def _item_words() -> dict[str, tuple[ItemWord, ...]]:
    words: dict[str, tuple[ItemWord, ...]] = {}
    for kind, name, everyday in _lines("item_words.txt"):
        for word in everyday.split():
            key = normalize(word)
            words[key] = (*words.get(key, ()), ItemWord(kind, name))
    return words


def _synonyms() -> dict[str, tuple[str, ...]]:
    return {normalize(word): tuple(normalize(w) for w in alternatives.split())
            for word, alternatives in _lines("synonyms.txt")}


def _departments() -> dict[str, str]:
    """Everyday name -> canonical department name (without place)."""
    names: dict[str, str] = {}
    for canonical, everyday in _lines("departments.txt"):
        for word in (canonical, *everyday.split()):
            names[normalize(word)] = canonical
    return names


def _places() -> dict[str, str]:
    """Place name (without 省/市/区/县/镇) -> level."""
    return {normalize(name): level for level, names in _lines("places.txt") for name in names.split()}


def _units() -> tuple[str, ...]:
    """Measure words and units (units.txt), longest first (平方公里 before 公里)."""
    words = {w for _, words in _lines("units.txt") for w in words.split()}
    return tuple(sorted(words, key=lambda w: (-len(w), w)))


def _confusables() -> dict[str, str]:
    """Character -> the first character of its group (confusables.txt)."""
    return {ch: group[0] for _, groups in _lines("confusables.txt") for group in groups.split()
            for ch in group}


CONFUSABLES = _confusables()
NOT_DEPARTMENTS = frozenset(w for kind, words in _lines("not_departments.txt") for w in words.split()
                            if kind == "not_department")
PARK_KINDS = tuple(sorted((w for kind, words in _lines("not_departments.txt") for w in words.split()
                           if kind == "park_kind"), key=len, reverse=True))
NOT_SHORT_FORMS = frozenset(w for kind, words in _lines("not_departments.txt") for w in words.split()
                            if kind == "not_a_short_form")
NOT_STATIONS = frozenset(w for kind, words in _lines("not_departments.txt") for w in words.split()
                         if kind == "not_a_station")
PEOPLE_NOUNS = tuple(w for kind, words in _lines("counted.txt") for w in words.split() if kind == "people")
FIGURE_KINDS = tuple(w for kind, words in _lines("counted.txt") for w in words.split()
                     if kind == "figure_kind")
PER_UNIT_WORDS = tuple(w for kind, words in _lines("counted.txt") for w in words.split()
                       if kind == "per_unit")
GENERIC_STEM_WORDS = frozenset(w for kind, words in _lines("not_departments.txt") for w in words.split()
                               if kind == "generic_stem")
QUESTION_WORDS = _question_words()
ITEM_WORDS = _item_words()
SYNONYMS = _synonyms()
DEPARTMENT_NAMES = _departments()
PLACES = _places()
UNITS = _units()
MEMBER_UNITS = frozenset(w for kind, words in _lines("units.txt") if kind == "member"
                         for w in words.split())
MEASURE_UNITS = frozenset(w for kind, words in _lines("units.txt") if kind == "measure"
                          for w in words.split())
TIME_UNITS = frozenset(w for kind, words in _lines("units.txt") if kind == "time"
                       for w in words.split())


# 整治河涌花了多少钱 / 请专家的钱是多少: money said in so many words
MONEY_SAID = re.compile(r"钱|经费|资金|预算|多少万|几万|万元|拨款")

# 总体目标里… / 目标里写的: the goals' prose is asked, not a cell (nor a task's own text)
GOALS_ASKED = re.compile(r"总体(?:绩效)?目标|(?<!指标)目标(?:里|中|当中|里面)|[（(](?:绩效)?目标[）)]|"
                         r"(?:按|照|按照|根据)目标")

# 每 / 人均 / 标准: a figure per unit asked (a standard such as ≤9.6万元/人/年), not a sum
PER_ASKED = re.compile(r"每|标准|人均|单价|单位|平均|[一单]个|[一单]人|[一每]亩|一[天日]|/")

# 占 / 相当于项目支出的百分之多少: what follows is the whole a share is taken of
OF_WHOLE = re.compile(r"占|相当于")

# 排第几 / 排名: a place in a ranking asked
RANK_ASKED = re.compile(r"(?<![安编])排(?:在|名)?(?:第几|多少|几)|第几名|排名(?:多少|第几|怎么样|如何)?")  # not 安排多少

# 变了 / 不一样: a figure asked as changed (between two years, or from a target)
CHANGED_WORDS = r"变了|变化|不一样|不同|调整了?|改了|有变|变动"

def _synonym_order() -> Finder[int]:
    """The words of synonyms.txt, each with its place in the file."""
    finder: Finder[int] = Finder()
    for order, word in enumerate(SYNONYMS):
        finder.add(word, order)
    return finder


_SYNONYM_ORDER = _synonym_order()


@lru_cache(maxsize=32)
def synonyms_in(text: str) -> tuple[str, ...]:
    """The words of synonyms.txt that ``text`` holds, in the file's order (one pass over the
    text rather than a test of every word)."""
    found = {m.value: m.word for m in _SYNONYM_ORDER.find(text)}
    return tuple(found[order] for order in sorted(found))


@lru_cache(maxsize=32)  # one question's text is looked at by several steps
def words_of(text: str) -> tuple[tuple[int, int, str, tuple[Word, ...]], ...]:
    """Every question word in normalized ``text``: (start, end, word, meanings)."""
    return tuple((m.start, m.end, m.word, m.value) for m in QUESTION_WORDS.find(text))
