"""A question becomes a ``Query``.

Reading a question is done in steps, each explaining part of it:

1. marks: years, numbers, departments (and places), question words (``lexicon``), and item
   names, sub-terms and content words (``index``), all found on the normalized text;
2. overlaps settled: a word inside a whole item name is part of the name (the 支出 of
   基本支出), a sub-term inside a department name is not an item (科技 of 科技局);
3. the operation, attribute, set, filters and per-department flag, from the question words;
4. candidate items scored by how much of their name and how much of the question they explain,
   within the named departments and years first;
5. targets: the best candidate, and more when the operation or a conjunction asks for them;
6. what is left unexplained.

>>> parse("今年要表彰多少名劳模", index, today=date(2026, 12, 1)).entry.name
'表彰劳模数量'
"""

from __future__ import annotations

import operator
import re
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from functools import lru_cache

from nlp.deadlines import DEADLINE
from nlp.departments import Mention
from nlp.index import STRONG, WEAK, Entry, Hit, Index, Kind, Relation
from nlp.lexicon import (
    CHANGED_WORDS,
    MEASURE_UNITS,
    MEMBER_UNITS,
    MONEY_SAID,
    NOT_DEPARTMENTS,
    PER_ASKED,
    PER_UNIT_WORDS,
    PLACES,
    SYNONYMS,
    TIME_UNITS,
    UNITS,
    Attribute,
    Operation,
    Role,
    SetKind,
    StatusWord,
    Word,
    synonyms_in,
    words_of,
)
from nlp.normalize import normalize
from nlp.numbers import Number, find_numbers, to_decimal
from nlp.query import Axis, Filter, Query, SetSpec, Target, name_words
from nlp.terms import GENERIC_WORDS, MONEY_ENDINGS, STOP_WORDS, without_ending

MAX_QUESTION = 200  # characters; a longer text is not a question
MIN_SCORE = 0.45
AMBIGUITY_MARGIN = 0.08
MIN_QUESTION_COVERAGE = 0.6

RELATIVE_YEARS = {"今年": 0, "本年度": 0, "本年": 0, "当年": 0, "今年度": 0, "去年": -1, "上年": -1,
                  "上一年": -1, "上年度": -1, "去年度": -1, "前年": -2, "明年": 1, "下一年": 1,
                  "下年": 1, "明年度": 1}
YOY_WORDS = ("同比", "比去年", "较去年", "比上年", "较上年", "跟去年比", "和去年比", "与去年比",
             "和去年相比", "与去年相比", "跟去年相比", "较上一年", "比上一年", "年度变化", "两年")
_BASE_YEAR_RE = re.compile(r"(?:跟|和|与|比|较|同)(?:20)?\d{2}年度?(?:相?比|以来)?"
                           r"|(?:跟|和|与|同)(?:去年|上年|上一年|前年)(?:相)?比")
_YOY_RE = re.compile("|".join(sorted(YOY_WORDS, key=len, reverse=True)))
_YEAR_RE = re.compile(r"(?<!\d)(20\d{2})(?:年度|年|(?![万亿元千百块人个项家次%.]))(?!\d)|(?<!\d)(\d{2})年(?!度?\d)")
_CONJUNCTIONS = ("和", "与", "跟", "及", "、", "加", "+", "以及", "还是", "还有", "比", "同", "对比", "vs", "或",
                 "里", "中", "占")
_TOP_RE = re.compile(r"(?:前|top)(\d+|[一二两三四五六七八九十百]+)(?:名|个|项|家|位|条)?|"
                     r"最(?:高|多|大|贵|少|低|小)的(\d+|[两三四五六七八九十])(?:个|项|家|条|名)")
# 排得进全市前五十吗: getting into the first N, said around the place
_GETS_INTO = re.compile(r"(?:排得进|排不进|能排进|排进|进得了|进没进|挤进|进入|能进)(?=全市|全省|东莞|各部门|前)")
_TOP_ASKED = re.compile(r"最(?:高|多|大|少|低|小)|(?:排|数|是)第一|倒数第(?:\d+|[一二三四五六七八九十])|"
                        r"前(?:\d+|[一二两三四五六七八九十百]+)(?:名|位)?")  # 排得进全市前五十吗
_GROWTH = re.compile(r"增长|增幅|涨幅|降幅|涨了|降了|变化|同比")
_DEPARTMENTS_COUNTED = re.compile(r"[两二三四五六七八九几]家|[两二三四五六七八九]个部门")
# 救助站预算是不是全市最少的: a department's own line against every department of its city
_CITY_TOP_LINE = re.compile(r"(?:预算|人数|人员|编制|支出|拨款|其他资金).{0,4}全市(?:最(?:高|多|大|少|低|小)|倒数第|"
                            r"(?:倒数)?前(?:\d+|[一二两三四五六七八九十百]+))")
# 全市所有部门的部门预算合计: every department's line, one total (not 各部门 / 分别 / 哪个)
_ALL_TOGETHER = re.compile(r"^(?!.*(?:各|分别|每个|每家|哪|排)).*(?:所有|全部)(?:的)?部门的?[^，,。？?]*合计")
_CITY_WIDE = re.compile(r"全市|本市|我市|市直")  # the city whose tables most departments are
_AMONG_DEPARTMENTS = re.compile(r"(?:各|所有|全部|全市|这些)(?:个)?部门|部门(?:里|中|当中|之中|里面)"
                                r"|最(?:高|多|大|少|低|小)的(?:部门|单位)")
_RANK_RE = re.compile(r"(?:排|排名|排在|位列|位居|名列|算|能排)(?:全市|全省|东莞|各部门里?)?(?:倒数)?第?几(?:名|位)?|"
                      r"第几(?:名|位)|排名(?:多少|如何|怎么样)|排(?:多少|几)名|排第多少|倒数第几|"
                      r"(?<=[\u4e00-\u9fff])第几(?:名|位)?(?=[？?]?$)|"  # …，技师学院第几
                      r"(?:全市|东莞|各部门里?)(?:排)?第几")
_NTH_RE = re.compile(r"第(\d+|[一二三四五六七八九十])(多|高|大|少|低|小|名|位)|"
                     r"排(?:在|名)?第(\d+|[一二三四五六七八九十])()|倒数第(\d+|[一二三四五六七八九十])()")
# 要完成多少 / 计划完成 / 目标是完成: the target, not progress made.
_TARGET_ASKED = re.compile(r"(?:要|需|需要|计划|预计|目标|应|应当|得)(?:完成|达成|实现)")
_CAP_RE = re.compile(r"最(?:多|高|少|低)(?:能|可以|可)?[\u4e00-\u9fff]?多少")
_ORDINAL_ASKED = re.compile(r"第(?:\d+|[一二三四五六七八九十])(?:个|项|名|位|条)(?![\u4e00-\u9fff]{2})|"
                            r"倒数第(?:\d+|[一二三四五六七八九十])(?!方)")
_PLACE_ASKED = re.compile(r"^(?:那)?(?:倒数)?第(?:\d+|[一二三四五六七八九十])(?:个|名|位|多|少)?的?(?:是|是哪)?"
                          r"(?:谁|哪个|哪家|哪项|哪个部门|什么)?$")
_ORDINAL_RE = re.compile(r"第(\d+|[一二三四五六七八九十])(?:个|项|条|一个)?")
_TIMES_RE = re.compile(r"(?:几|多少)倍|倍数")
_DIFFERENT_RE = re.compile(r"(?:年度|今年).{0,6}(?:实施周期|周期).{0,4}(?:不一样|不同|不一致|有差|有区别)|"
                           r"(?:实施周期|周期).{0,6}(?:年度).{0,4}(?:不一样|不同|不一致)")
_UNIT_FILTER_RE = re.compile(r"(?:是|用|以)?百分比(?:的|表示|为单位|计|考核|衡量|来算)|(?<!二级)(?<!下属)(?<!所属)(?:单位|计量单位)(?:是|为|用)?(%|‰|(?![有共数几多])[\u4e00-\u9fff]{1,3}?)(?:的|$)|"
                             r"(?:以|用)(%|[\u4e00-\u9fff]{1,2})(?:为|作为)单位|百分比的|百分比类")
_WORD_SAID = r"(?:字样|[两二三四几]个?字|这[两二三四几]个字|字眼|这个词|[两二三四几]字)?"
_NAME_FILTER_RE = re.compile(
    r"(?:名称|名字)(?:里|中|上)?(?:带|含|包含|有|带有|含有)(?:“|\")?([\u4e00-\u9fffa-z0-9]{2,8}?)(?:”|\")?"
    + _WORD_SAID + r"(?:的|[?？]?$)"
    r"|(?:带|含|包含|带有|含有|涉及|关于|有关)(?:“|\")?([\u4e00-\u9fffa-z0-9]{2,8}?)(?:”|\")?"
    + _WORD_SAID + r"(?:的|相关的|有关的)"
    r"|(?:跟|和|与)(?:“|\")?([\u4e00-\u9fffa-z0-9]{2,8}?)(?:”|\")?(?:有关|相关)的"
    r"|([\u4e00-\u9fff]{2,6}?)(?:相关|有关)的?(?=经费|资金|任务|项目|指标|支出|的)")
_OP_SYMBOLS = {"小于等于": "≤", "≤": "≤", "<=": "≤", "大于等于": "≥", "≥": "≥", ">=": "≥",
               "小于": "<", "<": "<", "大于": ">", ">": ">"}
_OP_FILTER_RE = re.compile(r"(?:带|有|是|用)(?:“|\")?(小于等于|大于等于|小于|大于|≤|≥|<=|>=|<|>)"
                           r"(?:”|\")?(?:号|符号)?的")
_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
           "十": 10}
_WH = ("多少", "几", "什么", "哪", "怎么", "如何", "啥", "谁")

# Kinds of item an attribute is about (the multiplier of a candidate's score).
_KIND_FIT = {
    Attribute.AMOUNT: {Kind.TASK: 1.0, Kind.BUDGET: 1.0, Kind.FUND: 1.0, Kind.PROJECT: 1.0,
                       Kind.INDICATOR: 0.7, Kind.CATEGORY: 0.6, Kind.BASIC: 0.6, Kind.GOALS: 0.6},
    Attribute.ANNUAL: {Kind.INDICATOR: 1.0, Kind.TASK: 0.85, Kind.BUDGET: 0.7, Kind.CATEGORY: 0.9,
                       Kind.BASIC: 0.7, Kind.GOALS: 0.8},
    Attribute.PERIOD: {Kind.INDICATOR: 1.0, Kind.TASK: 0.8, Kind.BUDGET: 0.7, Kind.CATEGORY: 0.9,
                       Kind.BASIC: 0.7, Kind.GOALS: 0.8},
    Attribute.CONTENT: {Kind.TASK: 1.0, Kind.INDICATOR: 0.75, Kind.BUDGET: 0.7, Kind.CATEGORY: 0.7,
                        Kind.BASIC: 0.6, Kind.GOALS: 0.9},
    Attribute.EXPECTED: {Kind.TASK: 1.0, Kind.INDICATOR: 0.8, Kind.BUDGET: 0.7,
                         Kind.CATEGORY: 0.7, Kind.BASIC: 0.6, Kind.GOALS: 0.9},
}
_FUNDING_WORDS = ("经费", "资金", "费用", "预算", "拨款", "投入", "补助", "补贴", "笔钱", "安排", "拨了",
                  "给了", "花了", "花多少")
# Measures departments are ranked or compared by, when the question names no item.
_STAFF = (Kind.BASIC, "财政供养人员数")
_DEPARTMENT_MEASURES = (("预算", Kind.BUDGET, "部门预算合计"), ("钱", Kind.BUDGET, "部门预算合计"),
                        ("经费", Kind.BUDGET, "部门预算合计"), ("编制", *_STAFF),
                        ("人数", *_STAFF), ("人员", *_STAFF), ("人", *_STAFF),
                        ("单位", Kind.BASIC, "下属二级单位数"))


@dataclass
class Marks:
    """Everything found in the normalized question, before it is read."""

    text: str
    years: list[tuple[int, int, int]] = field(default_factory=list)  # start, end, year
    numbers: list[Number] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    places: list[tuple[int, int, str]] = field(default_factory=list)
    words: list[tuple[int, int, str, tuple[Word, ...]]] = field(default_factory=list)
    hits: list[Hit] = field(default_factory=list)
    content: set[int] | None = None  # positions that name something, once settled
    explained: tuple[Query, frozenset[int]] | None = None  # of the last query read

    def word_values(self, role: Role) -> list[tuple[int, int, object]]:
        return [(s, e, w.value) for s, e, _, meanings in self.words for w in meanings
                if w.role == role]

    def has(self, role: Role, *values: object) -> bool:
        return any(not values or v in values for _, _, v in self.word_values(role))


def parse(question: str, index: Index, today: date) -> Query:
    text = normalize(question or "")
    if len(text) > MAX_QUESTION:
        return Query(question, text[:MAX_QUESTION], too_long=True)
    text = _NOT_THAT.sub("", text) or text  # …，别跟科技局那个科普活动经费搞混了: not asked
    text = _ELDER.sub("第", text)  # 排老二的是哪项: the second
    marks = _marks(text, index, today)
    _named_in_filter(marks)
    _settle_overlaps(marks)
    _near_beside(marks, index)
    _shortened(marks, index)
    departments, unknown = _departments(marks, index)
    body = _unloaded_body(marks, bool(departments or unknown))
    if body:  # 公安局交警支队 / 东莞市气象台: a body whose own table is asked and not loaded
        departments, unknown = (), f"“{body}”"
    years = tuple(dict.fromkeys(y for _, _, y in marks.years))
    base_year = len(years) == 1 and _BASE_YEAR_RE.search(text)
    if base_year:  # 跟2023年比增长了多少: that year against this one
        years = tuple(sorted({years[0], today.year}))
    operation, extras = _operation(marks)
    attribute = _attribute(marks, operation)
    status = _status(marks)
    set_spec, category_hit = _set(marks, index, operation)
    part = None
    share_of = text.find("占")
    if operation in (Operation.SHARE, Operation.CHECK) and set_spec is not None and share_of >= 0 and \
            set_spec.kind in (SetKind.KEY_TASK, SetKind.OTHER_TASK) and any(
                start > share_of for start, _, kind in marks.word_values(Role.SET)
                if kind == SetKind.TASK):
        part, set_spec = set_spec, SetSpec(SetKind.TASK)  # 重点任务资金占全部任务资金的比重
    loaded_places = index.directory.places()
    place = next((p for _, _, p in marks.places if p in loaded_places), None)
    if place is None and _CITY_WIDE.search(text):  # 全市各部门, beside another city's tables
        place = index.directory.home_place()
    several = bool(_DEPARTMENTS_COUNTED.search(text))  # 两家…预算合计: the two together
    sum_said = any(w.role == Role.OPERATION and w.value == Operation.SUM and (several or not any(
        h.start <= s and e <= h.end and word in h.entry.key for h in marks.hits
        if h.relation in STRONG))  # not the 合计 of 部门预算合计 (but 预算加起来)
        for s, e, word, meanings in words_of(text) for w in meanings)
    if operation == Operation.VALUE and (len(departments) >= 2 or len(years) >= 2) and sum_said:
        # 应急局和市监局的部门预算加起来 / 港务局今年去年两年预算一共多少: added together
        operation = Operation.SUM
    if place and len(departments) > 1 and not _each_placed(marks, departments):
        there = tuple(d for d in departments if index.directory.place_of(d) == place)
        departments = there or departments  # 湛江有交通局的表吗: 湛江's of the two
    if place and departments and all(index.directory.place_of(d) != place for d in departments):
        # 湛江有应急管理局的表吗: the department in the place named, or none
        moved = tuple(m for m in (index.directory.in_place(d, place) for d in departments) if m)
        if not moved and not unknown:
            unknown = f"“{place}{index.directory.bare_name(departments[0])}”"
        departments = moved
    excluded = _excluded(marks)
    if excluded:  # 除了教育局，哪个部门…: the others
        departments = tuple(d for d in departments if d not in excluded)
        if not departments:
            departments = tuple(d for d in (index.directory.in_place_all(place) if place else
                                            index.departments()) if d not in excluded)
    focus: tuple[str, ...] = ()
    top_asked = operation == Operation.CHECK and _TOP_ASKED.search(text) and (
        _AMONG_DEPARTMENTS.search(text) or _CITY_TOP_LINE.search(text))  # 公安局预算是不是东莞各部门里最高的
    if (_RANK_RE.search(text) and operation in (Operation.VALUE, Operation.SORT) or top_asked) \
            and (len(departments) == 1 or len(departments) in (2, 3) and not top_asked and
                 re.search(r"各|分别|都", text)):  # …，交易中心和老干局各排第几
        # 医保局预算在东莞各部门里排第几: where one department stands among its place's
        focus, operation = departments, Operation.SORT
        extras["yes_no"] = bool(top_asked)
        home = place or index.directory.place_of(departments[0])
        departments = index.directory.in_place_all(home) if home else ()
        extras["per_department"] = True
    place_only = bool(place and not departments and not unknown)
    if place_only:  # 湛江的…: that city's tables only (湛江和东莞各是多少: both cities')
        named = dict.fromkeys(p for _, _, p in marks.places if p in loaded_places) or {place: None}
        departments = tuple(d for p in named for d in index.directory.in_place_all(p))
        if operation == Operation.VALUE and (sum_said or _ALL_TOGETHER.search(text)) and (
                _AMONG_DEPARTMENTS.search(text) or _CITY_WIDE.search(text)):
            operation = Operation.SUM  # 今年东莞所有部门预算加起来多少: all of them together
    query = Query(question, text, operation=operation, attribute=attribute, place=place,
                  place_only=place_only, part=part, focus=focus,
                  departments=departments, unknown_department=unknown, years=years, set=set_spec,
                  yoy=bool(base_year) or any(w in text for w in YOY_WORDS), status=status,
                  numbers=tuple(marks.numbers), **extras)
    content = marks.content = _content_positions(marks)
    candidates = _candidates(marks, index, query, content, category_hit)
    query = _choose_targets(query, marks, candidates, index)
    query = _sub_units(query, marks, index)
    query = _shape(query, marks, index)
    query = _part_first(query)
    query = _project_by_part(query, marks, index)
    query = _quantity_of_named(query, marks)
    query = _year_and_period(query, text, index)
    query = _changed_since(query, text)
    if query.operation == Operation.VALUE and len(query.targets) == 2 and _PLUS.search(text):
        query = query.with_(operation=Operation.SUM)  # A加B是多少: the two added
    if query.operation == Operation.SUM and not query.targets and query.set is None and \
            query.measure is None and _ONLY_ALTOGETHER.search(text) and not _ADDED_WORDS.search(text) \
            and (_COUNT_ASKED.search(text) or "累计" in text and  # 5G基站累计建了多少
                 not any(w in text for w in _MONEY_WORDS)):
        query = query.with_(operation=Operation.VALUE)  # 年鉴、手册一共多少册: a number to find
    if query.operation == Operation.SUM and not query.targets and query.set is None and \
            query.measure is None and len(query.departments) == 1 and "预算" in text and \
            not _ITEM_MONEY.search(text):
        query = query.with_(operation=Operation.VALUE)  # 中医院一共报了多少预算: its budget
    query = query.with_(unexplained=_unexplained(query, marks, content),
                        notes=_mismatches(query, marks, content) + _scope_notes(query, index) +
                        _typo_notes(query, marks),
                        followup=_looks_like_followup(query, marks, content),
                        content_words=_runs(marks.text, content))
    return _two_sides(query, index, today)


def _typo_notes(query: Query, marks: Marks) -> tuple[str, ...]:
    """老年大学游学经费 read as 老年大学办学经费 (one character off a whole name): a best guess
    that says how it was read — the character may be a slip or another word."""
    chosen = {id(t.entry) for t in query.targets}
    return tuple(dict.fromkeys(
        f"把“{marks.text[h.start:h.end]}”读作“{h.entry.name}”" for h in marks.hits
        if h.relation is Relation.TYPO and id(h.entry) in chosen and h.start >= 0 and
        marks.text[h.start:h.end] != h.entry.key))


def _sub_units(query: Query, marks: Marks, index: Index) -> Query:
    """城管局有几个单位: of a department named, its units are its 下属二级单位数 (全市…的单位 are
    departments)."""
    if query.set is None or query.set.kind is not SetKind.DEPARTMENT or not query.departments or \
            query.place_only or not any("单位" in w for _, _, w, m in marks.words
                                        if any(x.role == Role.SET for x in m)):
        return query
    entry = index.find(Kind.BASIC, "下属二级单位数")
    if entry is None:
        return query
    return query.with_(set=None, operation=Operation.VALUE, targets=(Target(entry, 1.0),),
                       alternatives=(), per_department=False)


# 按人少到人多排 / 由低到高: a ranking from the least (the thing ranked may stand between)
_LOW_TO_HIGH = re.compile(r"[少低小][^，,。？?多高大]{0,3}到[^，,。？?]{0,3}[多高大]")
_SIDE_JOINER = re.compile(r"[，,]?(?:和|与|跟|同|比)")
_SIDE_END = re.compile(r"[，,。;；？?]|哪个|哪项|哪一|谁|相差|差多少|差了|差距|差几|比一下|比比|比较|对比|"
                       r"分别|各是|各多少|多少|一样|是不是|多还是少|高还是低")
_MORE_OR_LESS = re.compile(r"(?:多|少|高|低)(?:了|出)?(?:多少|几)")
_SIDE_KINDS = frozenset({Kind.TASK, Kind.INDICATOR, Kind.BUDGET, Kind.BASIC, Kind.FUND})
_SURE_SIDE = 0.6  # a side read less surely than this is said to be a guess


def _two_sides(query: Query, index: Index, today: date) -> Query:
    """A和B差多少 / A比B多多少 that the whole question's reading leaves unsure (a word
    unexplained, one item found, a year's change no year asks for): each side read alone —
    when each names one item of the same kind of figure (money, or a target), those two are
    compared, each in its own department (宗教界人士培训费和妇联的干部培训费; a side naming no
    department is its item's only department, else the other side's: 和它那个…). A side read
    with little certainty leaves the answer a best guess that says how it was read."""
    unsure = bool(query.unexplained or query.notes or not query.targets) or \
        query.axis == Axis.YEARS and not query.yoy and len(query.years) < 2 or \
        len(query.departments) == 2 and len(query.targets) == 1 and \
        not set(query.departments) <= set(query.targets[0].entry.departments)
    # (国动办演练经费和人防办训练演练经费: two departments named, one item found, of one of them)
    if query.operation not in (Operation.DIFF, Operation.COMPARE) or len(query.targets) >= 2 or \
            not unsure or query.set is not None and not query.unexplained or len(query.years) > 1:
        return query
    text = query.normalized
    for joiner in _SIDE_JOINER.finditer(text):
        rest = text[joiner.end():]
        more = _MORE_OR_LESS.search(rest) if joiner.group().endswith("比") else None
        end = more or _SIDE_END.search(rest)
        left, right = text[:joiner.start()], rest[:end.start()] if end else rest
        if len(left) < 3 or len(right) < 3:
            continue
        a = _side(left, index, today)
        b = _side(right, index, today) if a is not None else None
        if a is None or b is None:
            continue
        if not b[1] and len(a[1]) == 1 and any(len(t.entry.departments) != 1 for t in b[0]):
            b = _side(a[1][0] + right, index, today)  # 和它那个…: the first side's department
        sides = _sided(a, b) if b is not None else None
        if sides is None:
            continue
        notes = tuple(f"把“{said}”读作“{t.entry.name}”，把握不大" for said, t in
                      zip((left, right), sides, strict=True) if t.score < _SURE_SIDE)
        return query.with_(targets=sides, alternatives=(), elsewhere=(), unexplained=(),
                           notes=notes, axis=Axis.ITEMS, measure=None,
                           departments=tuple(dict.fromkeys(d for t in sides for d in t.departments)))
    return query



def _side(text: str, index: Index, today: date):
    """One side of a comparison read alone as a question for its figure: (its items — the
    chosen one and its close rivals —, its departments), or None."""
    side = parse(text + "是多少", index, today)
    if not side.targets or side.unexplained or side.notes or side.set is not None or \
            side.operation is not Operation.VALUE or len(side.years) > 1 or \
            len(side.targets) > 1:
        return None
    found = [t for t in (*side.targets, *side.alternatives) if t.entry.kind in _SIDE_KINDS]
    return (found, side.departments) if found else None


def _money_figure(entry: Entry) -> bool:
    return entry.kind in (Kind.TASK, Kind.BUDGET, Kind.FUND) or entry.is_money


def _sided(a, b) -> tuple[Target, Target] | None:
    """The one item of each side whose figure is of the same kind (money with money, a
    target with a target), each given its department."""
    for money in (True, False):
        one = [t for t in a[0] if _money_figure(t.entry) == money]
        two = [t for t in b[0] if _money_figure(t.entry) == money]
        if len(one) != 1 or len(two) != 1 or one[0].entry is two[0].entry:
            continue
        sides = tuple(replace(t, departments=named or tuple(t.entry.departments))
                      for t, named in ((one[0], a[1]), (two[0], b[1])))
        if all(len(t.departments) == 1 for t in sides):
            return sides
    return None


_RANKINGS = frozenset({Operation.MAX, Operation.MIN, Operation.TOP, Operation.SORT})


def _scope_notes(query: Query, index: Index) -> tuple[str, ...]:
    """What a ranking across departments took in that the question did not say (the
    departments of every loaded city, none named); and, for 名字带信息化的项目 read as the
    tasks, the project tables that carry the name too."""
    if query.targets or query.focus:
        return ()
    notes = []
    places = index.directory.places()
    if query.operation in _RANKINGS and not query.place and not query.departments and \
            len(places) >= 2 and (query.set is None or query.set.kind is not SetKind.PROJECT):
        notes.append(f"比较的是已载入的{'、'.join(sorted(places))}所有部门；只看一个城市请写明，如“全市”")
    words = name_words(query.filters)
    if query.set is not None and query.set.kind is SetKind.TASK and words and \
            "项目" in query.normalized and not query.projects:
        tables = [p for d in (query.departments or index.departments())
                  for p in index.projects_of(d) if any(w in p for w in words)]
        if tables:
            notes.append(f"以上是任务；名称含“{'、'.join(words)}”的还有项目表：{'、'.join(tables[:3])}"
                         f"{'等' if len(tables) > 3 else ''}，如问的是项目表请写明“项目表”")
    return tuple(notes)


def _tasks_named(index: Index, words: list[str], departments: tuple[str, ...]) -> bool:
    """Whether a task (of the departments, or any) carries one of the words in its name."""
    return any(e.kind is Kind.TASK and e.places and any(w in e.key for w in words) and
               (not departments or e.in_scope(departments)) for e in index.entries)


_YEAR_OF_PERIOD = re.compile(r"(?:今年|年度|当年)(?:的)?(?:钱|资金|安排)?.{0,4}占(?:整个|全部|总的)?(?:实施)?周期")
_PERIOD_LESS_YEAR = re.compile(r"(?:实施)?周期(?:资金)?(?:总额|的钱|资金)?的?"
                               r"(?:扣掉|减去|去掉|除去|扣除|减掉)(?:今年|年度|当年)")
_LEFT_OVER = re.compile(r"(?:后面|以后|之后|剩下的)?(?:几年)?(?:还剩|剩下|剩余|还要|还需要?)")
# A加B / A加上B: 加 between two names (not 增加, 参加, 加快, 加强 …)
_PLUS = re.compile(r"(?<![增追参附更外添施])加上?(?![起在一大快强班工入油倍])(?=[\u4e00-\u9fff])")


def _year_and_period(query: Query, text: str, index: Index) -> Query:
    """A project's year against its period: 今年的钱占整个周期有三成吗 (the year's money over the
    period's), 周期总额扣掉今年的，后面还剩多少 (the period's less the year's)."""
    named = tuple(t.entry.name for t in query.targets if t.entry.kind == Kind.PROJECT)
    if not query.projects and len(named) != 1:
        return query
    if _YEAR_OF_PERIOD.search(text):
        names = ("年度资金总额", "实施周期资金总额")
        operation = query.operation if query.operation == Operation.CHECK else Operation.SHARE
    elif _PERIOD_LESS_YEAR.search(text):
        names, operation = ("实施周期资金总额", "年度资金总额"), Operation.DIFF
    else:
        return query
    lines = [index.find(Kind.FUND, name) for name in names]
    if any(line is None for line in lines):
        return query
    return query.with_(targets=tuple(Target(line, 1.0) for line in lines), set=None, axis="items",
                       operation=operation, projects=query.projects or named)


def _quantity_of_named(query: Query, marks: Marks) -> Query:
    """扶持文艺精品创作项目的指标是多少个: an indicator named (whole, or most of its name:
    商会规范化建设 for 开展商会规范化建设), and its unit asked — its target, not how many
    indicators there are."""
    if query.operation != Operation.COUNT or query.set is None or \
            query.set.kind != SetKind.INDICATOR or len(query.targets) != 1:
        return query
    target = query.targets[0]
    asked = _unit_of(_ASKED_UNIT.search(marks.text))
    if target.entry.kind != Kind.INDICATOR or target.name_coverage < 0.75 or asked is None or \
            asked not in target.entry.units:
        return query
    return query.with_(operation=Operation.VALUE, set=None)


_CHANGED_ASKED = re.compile(f"(?:哪些|哪几|哪个).{{0,14}}?(?:{CHANGED_WORDS})"
                            f"|(?:{CHANGED_WORDS})的(?:有)?(?:哪些|哪几)")
_LAST_YEAR = re.compile(r"去年|上年|上一年|前年|两年|(?:19|20)\d\d年?.{0,8}(?:19|20)\d\d")


def _changed_since(query: Query, text: str) -> Query:
    """交易中心哪些年度指标跟去年不一样: the members of both years whose figure changed — the
    set compared over the years, whatever word (年度指标, 任务) named it."""
    compared = query.operation in (Operation.DIFF, Operation.COMPARE, Operation.SHARE) and \
        query.axis is None and query.set is not None  # 哪些指标的年度指标值变了: no year said
    if query.targets or not _CHANGED_ASKED.search(text) or \
            not (_LAST_YEAR.search(text) or compared) or \
            query.set is not None and query.set.kind not in (SetKind.INDICATOR, SetKind.TASK,
                                                             SetKind.KEY_TASK, SetKind.OTHER_TASK):
        return query
    spec = query.set or SetSpec(SetKind.INDICATOR if "指标" in text else SetKind.TASK)
    return query.with_(set=spec, operation=Operation.DIFF, axis=Axis.YEARS, years=(),
                       unexplained=())


def _project_by_part(query: Query, marks: Marks, index: Index) -> Query:
    """数字底座项目哪些指标周期值跟年度值不同: a project named by a part of its name before
    项目 (城市数字底座与政务云扩容项目) — the rest is looked for in that project's table."""
    if query.projects:  # named already: its funds' lines, not the department budget's
        keys = {k for d in query.departments or {d for t in query.targets for d in
                                                 t.entry.departments}
                for k in index.keys_of(d) if k[1] in query.projects}
        targets = tuple(_fund_line(t, keys, index) for t in query.targets)
        return query.with_(targets=targets) if keys and targets != query.targets else query
    if any(t.entry.kind == Kind.PROJECT for t in query.targets) or "项目" not in marks.text:
        return query
    text = marks.text
    bounds = [m.end for m in marks.mentions] + [m.end() for m in _BEFORE_PART.finditer(text)]
    for match in re.finditer("项目", text):
        end = match.start()
        start = max((b for b in bounds if b <= end), default=0)
        part = text[start:end]  # all of what stands before 项目: 数字底座, not 平台建设 of
        if not 2 <= len(part) <= 12 or part in GENERIC_WORDS:  # 退役军人服务信息平台建设
            continue
        holders = {h.entry.id: h.entry for h in marks.hits
                   if h.entry.kind == Kind.PROJECT and part in h.entry.key}
        if len(holders) == 1:
            project = next(iter(holders.values()))
            keys = set(project.places)
            targets = tuple(_fund_line(t, keys, index) for t in query.targets)
            targets = tuple(t for t in targets if keys & set(t.entry.places))
            if query.targets and not targets:
                return query  # what is asked is not of that project
            departments = query.departments or tuple(project.departments)
            return query.with_(projects=(project.name,), targets=targets,
                               departments=departments)
    return query


_BEFORE_PART = re.compile(r"[的,，、。;；?？\s和与跟及]|那个|这个|今年|去年|\d{4}年")


def _fund_line(target: Target, keys: set, index: Index) -> Target:
    """财政拨款 of a project: its funds' line of that name, not the department budget's."""
    if keys & set(target.entry.places) or target.entry.kind != Kind.BUDGET:
        return target
    line = index.find(Kind.FUND, target.entry.name)
    return replace(target, entry=line) if line is not None and keys & set(line.places) else target


def _part_first(query: Query) -> Query:
    """A share is the part over the whole: the item said last before 占 is the part
    (财政专项资金里对下转移支付占几成, 基本支出占预算的比例)."""
    share_at = query.normalized.find("占")
    if query.operation != Operation.SHARE or share_at < 0 or len(query.targets) != 2 or \
            any(t.start < 0 for t in query.targets):
        return query
    before = [t for t in query.targets if t.start < share_at]
    if not before:
        return query
    part = max(before, key=lambda t: t.start)
    return query.with_(targets=(part, *(t for t in query.targets if t is not part)))


# ------------------------------------------------------------ 1. marks


_PER_UNIT_MEASURE = re.compile("|".join(PER_UNIT_WORDS))


def _marks(text: str, index: Index, today: date) -> Marks:
    marks = Marks(text)
    marks.years = _years(text, today)
    year_spans = [(s, e) for s, e, _ in marks.years]
    marks.numbers = [n for n in find_numbers(text) if not _overlaps(n.start, n.end, year_spans)]
    marks.mentions = index.directory.mentions(text)
    # (…的单位 are departments, but not 单位成本 / 单位GDP: a measure per unit)
    marks.words = [w for w in words_of(text) if not (w[2].endswith("单位") and
                                                     _PER_UNIT_MEASURE.match(text, w[1]))]
    # Common sub-terms count only within the departments named (any mention, before it is
    # known which of them the question is about; the candidates narrow it further).
    scope = index.scope(d for m in marks.mentions for d in m.departments)
    marks.hits = _hits(text, index, scope, [(m.start, m.end) for m in marks.mentions])
    ordinals = [(m.start(), m.end()) for m in _ORDINAL_ASKED.finditer(text)]
    if ordinals:  # 第三个呢: a place in a list, not the 第三 of 第三方评价
        marks.hits = [h for h in marks.hits if not _overlaps(h.start, h.end, ordinals)]
    taken = {i for m in marks.mentions for i in range(m.start, m.end)}
    marks.places = index.directory.standalone_places(text, taken)
    return marks


_PLACED_BODY = re.compile(r"([\u4e00-\u9fff]{2,3}?)市?([\u4e00-\u9fff]{2,10}?(?:气象台|台|站|中心|馆|院|园|所|学校|"
                          r"大队|支队|分局))"
                          r"(?=的|[\u4e00-\u9fff]{0,2}(?:预算|经费|资金|支出|指标|人员|任务))")
_SUB_UNIT = re.compile(r"[\u4e00-\u9fff]{1,6}?(?:支队|大队|中队|分局|分队|直属队|派出所|分中心)")


def _unloaded_body(marks: Marks, department_named: bool) -> str:
    """A body whose own table is asked and not loaded, that no item's name holds: a unit under a
    named department (公安局交警支队, 市监局松山湖分局), or, with no department named, one named
    with its city (东莞市气象台的基本支出)."""
    def in_a_name(word: str) -> bool:
        return any(word in h.entry.key for h in marks.hits if h.start >= 0)

    for mention in marks.mentions:
        match = _SUB_UNIT.match(marks.text, mention.end)
        if match and mention.departments and not in_a_name(match.group()) and \
                match.group()[0] not in "和与跟及、同" and \
                not any(m.start < match.end() and match.start() < m.end for m in marks.mentions
                        if m is not mention):  # 可园和交通执法支队: two departments
            return marks.text[mention.start:match.end()]
    if not department_named:
        match = _PLACED_BODY.search(marks.text)
        if match and match.group(1) in PLACES and not in_a_name(match.group(2)):
            return match.group()
    return ""


def _each_placed(marks: Marks, departments: tuple[str, ...]) -> bool:
    """Whether each mention carried its own place (广州和东莞教育局)."""
    return all(m.place for m in marks.mentions if set(m.departments) & set(departments))


_TABLES_COUNTED = re.compile(r"表(?:有|一共有|共有|一共)?(?:几|多少)张|(?:几|多少)张表")
_NOT_THAT = re.compile(r"[,，;；]?(?:别|不要|勿|不是问)(?:跟|和|与|同)?[^,，。;；?？]*?"
                       r"(?:搞混|混淆|弄混|弄错|搞错|混为一谈)了?[啊呀哦哈]?"
                       # …，不是民政局那个 / 别给我人防办那个: the look-alike not asked, at the end
                       r"|[,，;；](?:不是|别给我|不要)[^,，。;；?？]{1,16}?(?:那个|那笔|那项|的)[啊呀哦哈]?[?？。!！]?$")
_ASKED_WHETHER = re.compile(r"没有[?？]?$|(?<=[\u4e00-\u9fff])不[?？]?$")  # 过了1.5亿没有 / 能上线不
_ELDER = re.compile(r"(?:(?<=排)|(?<=^)|(?<=[,，]))老(?=[二三四五六七八九](?:的|是|呢|名|位|$))|(?<=排)老(?=几)")
_EXCEPT_RE = re.compile(r"除了|除去|除开|不算|不含|不包括|排除")


def _excluded(marks: Marks) -> set[str]:
    """The departments named right after 除了 / 不算 / 不包括 (除了教育局，…)."""
    ends = {m.end() for m in _EXCEPT_RE.finditer(marks.text)}
    return {d for m in marks.mentions if m.start in ends for d in m.departments}


def _years(text: str, today: date) -> list[tuple[int, int, int]]:
    found = []
    for match in _YEAR_RE.finditer(text):
        year = int(match.group(1)) if match.group(1) else 2000 + int(match.group(2))
        found.append((match.start(), match.end(), year))
    taken = [(s, e) for s, e, _ in found]
    for word, offset in sorted(RELATIVE_YEARS.items(), key=lambda kv: -len(kv[0])):
        start = text.find(word)
        while start >= 0:
            end = start + len(word)
            column = word.startswith("本") and re.match(r"度?的?(?:申请|预算|市财政|资金|安排)",
                                                         text[end:])
            if column:
                taken.append((start, end))  # 本年度申请…: the form's column, not a year
            elif not _overlaps(start, end, taken):
                found.append((start, end, today.year + offset))
                taken.append((start, end))
            start = text.find(word, end)
    return sorted(found)


def _hits(text: str, index: Index, scope: set[int] | None = None,
          departments: list[tuple[int, int]] = ()) -> list[Hit]:
    """Keys in the question and in its synonym variants (劳模 -> 劳动模范); a variant's hits
    only add evidence (no place in the question), and only whole substituted words count: an
    entry with no hit placed in the question is dropped (at a province's scale, a fifth of
    the hits: 资金 for every item whose text says 资金, to 送温暖的经费)."""
    hits = index.hits(text, scope)
    known = {(h.entry.id, h.key) for h in hits}
    variants = False  # whether a variant's unplaced evidence was added
    spans = [(s, e) for s, e, _, _ in words_of(text)]
    for word in synonyms_in(text):
        alternatives = SYNONYMS[word]
        # A word the question holds once, outside its question words, is where its variant's
        # hits stand (VOCs for 挥发性有机物 …); otherwise they only add evidence.
        start = text.find(word)
        end = start + len(word)
        placed = text.count(word) == 1 and not any(a <= start and end <= b for a, b in spans)
        last = text.rfind(word)
        for alternative in alternatives:
            variant = text.replace(word, alternative)
            inside = (start, start + len(alternative))
            # only what overlaps the substituted words is new (the rest was found in ``text``)
            changed = (start, len(variant) - (len(text) - last - len(word)))
            for hit in index.hits(variant, scope, changed):
                if (hit.entry.id, hit.key) in known:
                    continue
                if placed and hit.relation == Relation.SHORT and hit.key == alternative and \
                        hit.start == start:  # 统计局人员多少: 人员数, the everyday word, whole
                    hits.append(Hit(hit.entry, hit.relation, start, end, word))
                    known.add((hit.entry.id, hit.key))
                    continue
                if hit.relation not in WEAK:
                    continue
                placed_term = placed and hit.relation == Relation.TERM and \
                    inside[0] <= hit.start and hit.end <= inside[1]
                if placed_term and alternative in hit.entry.key:
                    # 辅警 for 警务辅助人员经费: the name holds the whole variant — its words
                    if (hit.entry.id, alternative) not in known:
                        hits.append(Hit(hit.entry, hit.relation, start, end, alternative))
                        known.add((hit.entry.id, alternative))
                elif placed_term and 2 * (hit.end - hit.start) >= len(alternative):
                    hits.append(Hit(hit.entry, hit.relation, start, end, word))
                elif alternative in hit.key:
                    hits.append(Hit(hit.entry, hit.relation, -1, -1, hit.key))
                    variants = True
                else:
                    continue
                known.add((hit.entry.id, hit.key))
    hits += _verbatim_holders(text, index, hits, known)
    if not any(h.relation in _WHOLE and h.entry.kind != Kind.CATEGORY for h in hits):
        hits += index.near_misses(text)
    hits += index.abbreviations(text, _unnamed_runs(text, hits, departments))
    if not variants:
        return [h for h in hits if h.entry.places]
    placed = {id(h.entry) for h in hits if h.start >= 0}
    return [h for h in hits if h.entry.places and id(h.entry) in placed]


_WHOLE = frozenset({Relation.NAME, Relation.ALIAS})


def _verbatim_holders(text: str, index: Index, hits: list[Hit], known: set) -> list[Hit]:
    """安全培训经费: a stretch made of two or more sub-terms too common to list every entry
    (安全, 培训) names the entries that hold the whole stretch — each of them, so that
    交通运输行业安全培训经费 and 建筑施工安全培训经费 are weighed, not one stand-in."""
    spans = set()
    term = Relation.TERM
    for h in hits:  # the question's own words, not a synonym's (培养 for 培训)
        if h.relation is term and h.start >= 0:
            spans.add((h.start, h.end, h.key))
    terms = sorted((t for t in spans if text[t[0]:t[1]] == t[2]), key=lambda t: (t[0], -t[1], t[2]))
    found: list[Hit] = []
    i = 0
    while i < len(terms):
        start, end, chain = terms[i][0], terms[i][1], [terms[i][2]]
        j = i + 1
        while j < len(terms) and terms[j][0] <= end:
            if terms[j][1] > end:
                end = terms[j][1]
                chain.append(terms[j][2])
            j += 1
        if len(chain) >= 2 and end - start >= 4:
            stretch = text[start:end]
            for entry in index.holding(stretch, chain):
                if stretch in entry.key:  # verbatim: the whole stretch is one piece of evidence
                    pieces = [(start, end, stretch)]
                else:  # the terms with words between them in the name: each its own
                    pieces = [t for t in terms[i:j] if t[2] in chain]
                for a, b, key in pieces:
                    if (entry.id, key) not in known or len(pieces) > 1:
                        found.append(Hit(entry, Relation.TERM, a, b, key, held=True))
                        known.add((entry.id, key))
        i = j
    return found


def _unnamed_runs(text: str, hits: list[Hit],
                  departments: list[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """Stretches of Chinese characters that no name or sub-term covers (where an abbreviation
    may stand), ignoring question words; departments and joiners (和, 比 …) bound them
    (科技局|高企培育|和…)."""
    covered = {i for h in hits if h.start >= 0 and h.relation in STRONG
               for i in range(h.start, h.end)}
    covered.update(i for start, end in departments for i in range(start, end))
    covered.update(i for i, ch in enumerate(text) if ch in "和与及跟比、")
    for start, end, _, meanings in words_of(text):
        if end - start >= 2 and not any(m.role == Role.FILLER for m in meanings):
            covered.update(range(start, end))
    runs, run_start = [], None
    for i, ch in enumerate(text + " "):
        inside = "\u4e00" <= ch <= "\u9fff" and i not in covered
        if inside and run_start is None:
            run_start = i
        elif not inside and run_start is not None:
            if i - run_start >= 3:
                runs.append((run_start, i))
            run_start = None
    return runs


def _overlaps(start: int, end: int, spans) -> bool:
    return any(start < b and a < end for a, b in spans)


def _inside(start: int, end: int, spans) -> bool:
    return any(a <= start and end <= b and (b - a) > (end - start) for a, b in spans)


# ------------------------------------------------------------ 2. overlaps


_JOINED = re.compile(r"[和与跟及、,，;；/是占]|还是|或者?|比|以及|同|加上?|超过|多于|少于|高于|低于|相当于|除以|等于|vs",
                     re.IGNORECASE)


def _in_another_name(mention: Mention, marks: Marks) -> bool:
    """A department's everyday name that, with the words right before or after it, stands
    verbatim in another department's item is part of that name, not the department:
    全媒体采编指挥中心能在五一前建成吗 (指挥中心 ends 全媒体采编指挥中心建成时间), 机关事务局消防管理
    经费多少 (消防 begins …消防管理经费's words), 消防安全宣传 (a sub-term 消防安全 holds it)."""
    start, end, text = mention.start, mention.end, marks.text
    if text[start:end] in mention.departments:
        return False  # named whole
    after_cjk = start > 0 and "\u4e00" <= text[start - 1] <= "\u9fff"
    for h in marks.hits:
        if h.relation is not Relation.TERM or h.start < 0:
            continue
        if after_cjk and h.end == start and h.start < start:
            stretch = text[h.start:end]  # the words before, then the name
        elif h.end > end and (h.start == end or start >= h.start):
            stretch = text[min(h.start, start):h.end]  # the name, then the words after
        else:
            continue
        if stretch in h.entry.key and not any(d in h.entry.departments for d in mention.departments):
            return True
    return False


def _settle_overlaps(marks: Marks) -> None:
    whole: list[tuple[int, int]] = []  # items named whole
    strong_hits: list[Hit] = []
    named_digits: set[tuple[int, int]] = set()  # 12345热线: bare digits of an item's name
    term_spans: set[tuple[int, int]] = set()  # where a task's or indicator's sub-term stands
    for h in marks.hits:  # one pass: at a province's scale a question has a hundred hits
        if h.start < 0:
            continue
        relation = h.relation
        if relation in STRONG:
            strong_hits.append(h)
            if relation is not Relation.SHORT and h.entry.kind != Kind.CATEGORY:
                whole.append((h.start, h.end))
        elif relation is Relation.TERM:
            if h.key.isdigit():
                named_digits.add((h.start, h.end))
            if h.end - h.start >= 4 and h.entry.kind in (Kind.TASK, Kind.INDICATOR):
                term_spans.add((h.start, h.end))
    # A department word inside an item's whole name is part of the name (工会服务活动数量),
    # and so is one after another department with item words but no 和/与/比 between them
    # (人防办2024年工会服务职工推广项目: 工会 is the item's, not 20 cities' 总工会).
    marks.mentions = [m for m in marks.mentions if not _inside(m.start, m.end, whole)
                      and not _in_another_name(m, marks)]
    kept: list[Mention] = []
    for mention in marks.mentions:
        between = marks.text[kept[-1].end:mention.start] if kept else ""
        if kept and between and not _JOINED.search(between):
            continue
        kept.append(mention)
    marks.mentions = kept
    departments = [(m.start, m.end) for m in marks.mentions]
    years = [(s, e) for s, e, _ in marks.years]
    # 12345热线: bare digits that are exactly a part of an item's name are the name's
    numbers_outside = [n for n in marks.numbers if not _overlaps(n.start, n.end, whole) and not (
        not n.unit and n.comparator is None and (n.start, n.end) in named_digits)]
    marks.numbers = numbers_outside
    set_words = [(w[0], w[1]) for w in marks.words
                 if any(m.role == Role.SET for m in w[3])]
    taken = departments + years
    beside: dict[tuple[int, int, Relation], bool] = {}  # many hits share a span
    # where strong hits stand and which entries stand there: at a province's scale one name
    # is held by hundreds of entries, so spans are compared, not hits with hits
    strong_at: dict[tuple[int, int], set[int]] = {}
    named_at: dict[tuple[int, int], set[int]] = {}
    for other in strong_hits:
        strong_at.setdefault((other.start, other.end), set()).add(other.entry.id)
        if other.relation in _WHOLE:
            named_at.setdefault((other.start, other.end), set()).add(other.entry.id)
    kept = []
    for hit in marks.hits:
        if hit.start >= 0 and hit.relation in WEAK:  # only the department/year rule applies
            if not taken:
                kept.append(hit)
                continue
            span = (hit.start, hit.end, hit.relation)
            if span not in beside:
                beside[span] = _overlaps(hit.start, hit.end, taken)
            if not beside[span]:
                kept.append(hit)
            continue
        if hit.relation in STRONG and hit.start >= 0 and _held_by_other(strong_at, hit, within=True):
            continue  # 效益指标 inside 社会效益指标
        if hit.relation == Relation.SHORT and hit.start >= 0 and _held_by_other(named_at, hit, within=False):
            continue  # 基本支出合计: 基本支出 named, 支出合计 is not 部门预算合计
        if hit.relation == Relation.SHORT and hit.start >= 0 and hit.entry.kind in (
                Kind.BASIC, Kind.BUDGET) and any(s <= hit.start and hit.end <= e and
                                                 e - s > hit.end - hit.start for s, e in term_spans):
            continue  # 从业人员培训人均成本: the 人员 of 从业人员 is no staff count
        if (hit.relation == Relation.SHORT or hit.relation == Relation.NAME and
                hit.entry.kind == Kind.BUDGET) and hit.start >= 0 and any(
                s <= hit.start and hit.end <= e and e - s > hit.end - hit.start
                for s, e in set_words):
            continue  # 部门预算的总体情况 is the whole budget, not 部门预算合计 alone; 项目支出
            # 绩效目标表 the project tables, not the 项目支出 line
        if hit.start >= 0 and _overlaps(hit.start, hit.end, taken) and \
                not (hit.relation in (Relation.NAME, Relation.ALIAS) and
                     not _inside(hit.start, hit.end, departments)):
            continue
        kept.append(hit)
    marks.hits = kept
    _words_in_names(marks)
    # Question words inside a whole name belong to the name (the 支出 of 基本支出); a one-
    # character filler inside any matched word belongs to that word (the 就 of 就业).
    names: list[tuple[int, int]] = []
    spans: set[tuple[int, int]] = set()
    for h in marks.hits:
        if h.start < 0:
            continue
        if h.end - h.start >= 2:
            spans.add((h.start, h.end))
        if h.relation not in WEAK and h.entry.kind != Kind.CATEGORY:  # strong, typo, abbreviation
            names.append((h.start, h.end))
    words = list(spans)
    marks.words = [w for w in marks.words if not _inside(w[0], w[1], names)
                   and not _overlaps(w[0], w[1], departments)
                   and not (w[1] - w[0] == 1 and _only_filler(w[3]) and _overlaps(w[0], w[1], words))
                   # 领导 of 领导干部: a filler inside a longer word of a name is the name's
                   and not (_only_filler(w[3]) and _inside(w[0], w[1], words))]
    # The longest question word wins: 指标 inside 年度指标 is not a set of indicators, and
    # 算哪 across 预算|哪个多 is neither.
    kept: list = []
    for word in sorted(marks.words, key=lambda w: w[0] - w[1]):  # longest first
        size = word[1] - word[0]
        if any(k[1] - k[0] > size and k[0] <= word[0] and word[1] <= k[1] for k in kept):
            continue  # inside a longer word
        if any(k[1] - k[0] > size and k[0] < word[1] and word[0] < k[1] and
               not _only_filler(k[3]) for k in kept):
            continue  # across the edge of a longer word that means something
        kept.append(word)
    marks.words = sorted(kept, key=lambda w: (w[0], w[0] - w[1]))


def _held_by_other(at: dict[tuple[int, int], set[int]], hit: Hit, within: bool) -> bool:
    """Whether an entry other than the hit's stands at a span of ``at`` that holds the hit's
    span and is longer (``within``), or that overlaps it."""
    start, end = hit.start, hit.end
    for (s, e), ids in at.items():
        where = s <= start and end <= e and e - s > end - start if within else s < end and start < e
        if where and (len(ids) > 1 or hit.entry.id not in ids):
            return True
    return False


def _only_filler(meanings: tuple[Word, ...]) -> bool:
    return all(m.role == Role.FILLER for m in meanings)


def _departments(marks: Marks, index: Index) -> tuple[tuple[str, ...], str | None]:
    named: list[str] = []
    unknown = None
    names = index.directory.names
    # 交通局和卫健局: a department loaded in several cities is the one of the city the other
    # departments named are in.
    pinned = {names[m.departments[0]].place for m in marks.mentions if len(m.departments) == 1
              and m.departments[0] in names}
    for mention in marks.mentions:
        departments = mention.departments
        if len(departments) > 1 and not mention.place and pinned:
            departments = tuple(d for d in departments if d in names and
                                names[d].place in pinned) or departments
        if departments:
            named += [d for d in departments if d not in named]
        elif unknown is None:
            unknown = mention.label
    loaded_places = index.directory.places()
    for _, _, place in marks.places:
        if place not in loaded_places and unknown is None and not named:
            unknown = f"{place}的部门"
    if not named and unknown is None:
        unknown = index.directory.unknown_name(_residual(marks))
        fixed = index.directory.near(unknown) if unknown else ()
        if fixed:  # 卫建局: one character off a loaded department's name (or a few: the items
            return fixed, None  # asked about decide which)
    return tuple(named), unknown


def _near_beside(marks: Marks, index: Index) -> None:
    """老干局预算比总工会多吗: a department name no dictionary knows, a shortening or one
    character off of exactly one loaded department, beside a department that is known — read
    as that department where it stands (alone it is read so by ``_departments``)."""
    if not marks.mentions:
        return
    named = {d for m in marks.mentions for d in m.departments}
    for start, end, name in index.directory.unknown_spans(_residual(marks)):
        for cut in range(len(name) - 2):  # 比科学局: the name may start after a joiner
            fixed = index.directory.near(name[cut:])
            if len(fixed) == 1 and fixed[0] not in named:
                marks.mentions.append(Mention(start + cut, end, index.directory.bare_name(fixed[0]),
                                              "", fixed, name[cut:]))
                named.add(fixed[0])
                break
    marks.mentions.sort(key=lambda m: m.start)


_NAMED_BY = re.compile(r"(?:名称|名字)(?:里|中|上)?(?:带|含|包含|有|带有|含有)|(?:带|含|包含|带有|含有)$")


def _named_in_filter(marks: Marks) -> None:
    """全市名字带图书馆的经费: a department's name inside a name filter is the filter's word, not
    the department (东莞图书馆)."""
    if not marks.mentions:
        return
    spans = []
    for match in _NAME_FILTER_RE.finditer(marks.text):
        group = 1 if match.group(1) else 2 if match.group(2) else 0
        if group and _NAMED_BY.search(marks.text[match.start():match.start(group)]):
            spans.append((match.start(group), match.end(group)))
    if spans:
        marks.mentions = [m for m in marks.mentions
                          if not any(a <= m.start and m.end <= b for a, b in spans)]


def _shortened(marks: Marks, index: Index) -> None:
    """社保中心 / 疾预控中心: a centre's, office's or institute's name no dictionary knows that
    shortens exactly one loaded department is that department, where it stands."""
    for start, end, said, department in index.directory.shortened(_residual(marks)):
        if not any(m.start < end and start < m.end for m in marks.mentions):
            marks.mentions.append(Mention(start, end, index.directory.bare_name(department), "",
                                          (department,), said))
    marks.mentions.sort(key=lambda m: m.start)


def _residual(marks: Marks, words: bool = True) -> str:
    """The question with every item name, department and (unless ``words`` is false) question
    word blanked out."""
    chars = list(marks.text)
    spans = [(h.start, h.end) for h in marks.hits if h.relation in STRONG and h.start >= 0]
    spans += [(m.start, m.end) for m in marks.mentions]
    if words:
        spans += [(s, e) for s, e, _, _ in marks.words if e - s >= 2]
    for start, end in spans:
        for i in range(start, end):
            chars[i] = " "
    return "".join(chars)


# ------------------------------------------------------------ 3. question words


def _operation(marks: Marks) -> tuple[Operation, dict]:
    """The operation and its details (top-k, nth, ratio, per department, threshold)."""
    text = marks.text
    ops = {v for _, _, v in marks.word_values(Role.OPERATION)}
    if _UNIT_FILTER_RE.search(text) or re.search(r"占了?(?:几|多少)(?:项|个|条|家|笔)", text):
        ops.discard(Operation.SHARE)  # 是百分比的指标: a unit; 重点任务占几项: a count
    if _CAP_RE.search(text):  # 一张最多补多少: a cap asked, not a ranking
        ops -= {Operation.MAX, Operation.MIN, Operation.DIFF}
        text = _CAP_RE.sub(" ", text)
    extras: dict = {}
    per = marks.has(Role.PER) or bool(re.search(r"哪(?:个|些|一个|家)(?:部门|单位|局)", text))
    if per and re.search(r"(?:各|所有|全部|每个)(?:个)?(?:部门|单位)(?:里|中|当中|之中|里面)", text) and \
            not re.search(r"哪(?:个|些|一个|家)(?:部门|单位|局)", text):
        per = False  # 全市各部门里单项任务…最大的是哪个: the departments are the scope
    if per and re.search(r"单项|单个任务|单笔|哪一?项|哪个任务|哪些任务|名(?:字|称)(?:里|中)?(?:带|含|包含|有)"
                         r"|带有?[“\"「]", text) and \
            not re.search(r"哪(?:个|些|一个|家)(?:部门|单位|局)", text):
        per = False  # 各部门单项任务资金最大的前三个 / 名字里带“康复”的经费: tasks, wherever they are
    extras["per_department"] = per
    top = _TOP_RE.search(text)
    nth = _NTH_RE.search(text)
    if top:
        extras["limit"] = _small_number(top.group(1) or top.group(2))
    if nth and (nth.group(2) or "") in "多高大少低小名位":
        extras["nth"] = _small_number(nth.group(1) or nth.group(3) or nth.group(5))
        extras["descending"] = (nth.group(2) or "多") in "多高大名位"
    if Operation.MIN in ops or any(w in text for w in ("从低到高", "从小到大", "从少到多", "升序",
                                                       "倒数")) or _LOW_TO_HIGH.search(text):
        extras["descending"] = False
    if top and re.search(r"最(?:少|低|小)", text):
        extras["descending"] = False
    wh = any(w in text for w in _WH)
    asks_times = bool(_TIMES_RE.search(text))
    if asks_times:
        extras["ratio"] = True
    if Operation.PROGRESS in ops and not _TARGET_ASKED.search(text):
        return Operation.PROGRESS, extras
    ranking = bool(top or extras.get("nth") or ops & {Operation.MAX, Operation.MIN,
                                                      Operation.SORT, Operation.AVERAGE})
    where = Operation.WHERE in ops or re.search(r"(?:归|是)哪(?:个|一个|些)?(?:部门|单位)", text) \
        or re.search(r"哪个(?:部门|单位)(?:的|管)", text)
    asks_yes_no = Operation.CHECK in ops or re.search(r"(?<![什怎那这多])么[?？]?$", text) or \
        re.search(r"(?<!有)没有[?？]?$", text) or \
        re.search(r"是[^是多几哪啥谁么]{2,30}吧[?？]?$", text) or \
        re.search(r"(?:能|会|可以|是|有|够)[^，,。?？不]{0,8}不[?？]?$", text) or \
        re.search(r"比[^，,。?？]{1,20}(?:还|更)(?:多|少|高|低|大|小)[?？]$", text)  # 7月前能上线不 / 比交通局还多？
    if where and not ranking and not ops & {Operation.SUM, Operation.COUNT}:
        if asks_yes_no and not wh and marks.word_values(Role.SET):
            return Operation.CHECK, extras  # 它属于重点任务吗: in that section or not
        return Operation.WHERE, extras
    if asks_yes_no and (not wh or _yes_no_with_wh(text)):
        return Operation.CHECK, extras
    if asks_times:
        return Operation.SHARE, extras
    growth = Operation.DIFF in ops or any(w in text for w in YOY_WORDS) or "增长率" in text
    if Operation.SHARE in ops and not re.search(r"占(?:用|地)", text) and not growth:
        return Operation.SHARE, extras
    if Operation.DIFF in ops and _PLANNED_CHANGE.search(text) and not _AGAINST.search(text):
        return Operation.VALUE, extras  # 单位GDP能耗今年要下降多少: the change aimed at
    if Operation.DIFF in ops or re.search(r"(?<!占)比(?![例重率])(?!.{0,12}比例).{1,12}(?:多(?!少)|(?<!多)少|高|低|大|小)", text):
        return Operation.DIFF, extras
    if Operation.COMPARE in ops or re.search(r"(?:谁|哪个|哪家|哪一个)(?:的)?.{0,8}(?:多|高|大|少|低|小)", text) \
            and len(marks.mentions) >= 2:
        return Operation.COMPARE, extras
    if top or extras.get("nth") or Operation.SORT in ops:
        return Operation.SORT if not (top or extras.get("nth")) else Operation.TOP, extras
    if Operation.MAX in ops:
        return Operation.MAX, extras
    if Operation.MIN in ops:
        return Operation.MIN, extras
    if Operation.AVERAGE in ops:
        return Operation.AVERAGE, extras
    if _MONEY_TOTAL.search(text) and (per or _AMONG_DEPARTMENTS.search(text) or
                                      len(marks.mentions) >= 2):
        return Operation.SUM, extras  # 东莞所有部门预算合计总数是多少: the money summed
    if Operation.COUNT in ops and Operation.SUM in ops and _COUNT_THEN_ASKED.search(text):
        return Operation.SUM, extras  # 几个重点任务加起来多少钱: the tasks' sum, not their number
    if Operation.COUNT in ops and not _count_is_quantity(marks):
        return Operation.COUNT, extras
    if Operation.SUM in ops and _ONLY_ALTOGETHER.search(text) and not _ADDED.search(text) and \
            _COUNT_ASKED.search(text) and not marks.word_values(Role.SET) and \
            len(marks.mentions) <= 1 and not _AMONG_DEPARTMENTS.search(text) and not per:
        return Operation.VALUE, extras  # 一共安排了多少个市重大项目: the number asked, not a sum
    if Operation.SUM in ops:
        return Operation.SUM, extras
    if Operation.LIST in ops or per and "哪些" in text:
        return Operation.LIST, extras
    return Operation.VALUE, extras


_TWO_ASKS = re.compile(r"(?:多少|几|是什么)[^，,；;]{0,4}[，,；;]")  # 有多少人员，下面有几个…
_PLANNED_CHANGE = re.compile(r"(?:要|目标|计划|力争|预计|要求|争取)(?:是|为)?(?:下降|降低|增长|提高|提升|减少|增加)"
                             r"(?:多少|几)")
_AGAINST = re.compile(r"比|同比|环比|较|相比|去年|上年|前年|往年|(?:19|20)\d\d")
_MONEY_TOTAL = re.compile(r"(?:预算|经费|资金|支出|拨款|合计|金额)的?(?:总数|总和|总计)")
_ONLY_ALTOGETHER = re.compile(r"(?:一共|总共|共计|总计|累计)")
_ITEM_MONEY = re.compile(r"任务|项目|经费|资金|补助|补贴|几项|各项")
_ADDED_WORDS = re.compile(r"加起来|加在一起|加一起|合计|相加|加总|合起来")
_ADDED = re.compile(f"{_ADDED_WORDS.pattern}|[和与及、]")
_COUNT_THEN_ASKED = re.compile(r"几(?:个|项|笔|类).{1,16}?多少(?:钱|资金|经费|万|元)")


def _yes_no_with_wh(text: str) -> bool:
    """有没有超过…的 / 是不是…最多: a yes/no frame around a wh-word."""
    return bool(re.search(r"^(?:请问)?(?:有没有|是不是|是否|有无)|吗[?？,，]|(?:有没有|有无|是否有)哪",
                          text)) or \
        text.rstrip("?？").endswith(("吗", "没有", "是不是", "对不对", "对吗")) or \
        bool(re.search(r"(?<![什怎那这多])么[?？]?$", text))


def _count_is_quantity(marks: Marks) -> bool:
    """多少个班 / 几场 with an item asks the item's target, not how many items there are."""
    asked = _unit_of(_ASKED_UNIT.search(marks.text))
    if asked and asked not in MEMBER_UNITS and asked not in ("万", "家") and any(
            h.relation in STRONG | {Relation.TERM} and h.entry.kind == Kind.INDICATOR
            for h in marks.hits):
        return True  # …的指标是多少张: the cards, not the indicators counted
    sets = marks.word_values(Role.SET)
    if sets or re.search(r"的(?:有|一共有|共有|总共有)?(?:几个|几项|多少个|多少项|几家|多少家)[?？]?$",
                         marks.text) \
            or re.search(r"(?:几|多少)个?(?:部门|单位)", marks.text):
        return False  # 满意度的有几个 / 有几个部门…: how many of them, not a target's number
    return any(h.relation in STRONG | {Relation.TERM, Relation.TYPO} and
               h.entry.kind in (Kind.INDICATOR, Kind.TASK) for h in marks.hits)


def _small_number(text: str) -> int:
    if text.isdigit():
        return int(text)
    if len(text) > 1:  # 五十, 二十五, 一百
        value = to_decimal(text)
        return int(value) if value else 1
    return _DIGITS.get(text, 1)


def _attribute(marks: Marks, operation: Operation) -> Attribute | None:
    """What of an item is asked: 实施周期 whenever said (unless the year's target is asked
    before it, both asked), else the last attribute word (送温暖活动的目标经费多少钱 asks money)."""
    found = sorted(marks.word_values(Role.ATTRIBUTE), key=lambda w: w[1])
    values = [v for _, _, v in found]
    if Attribute.ANNUAL in values and Attribute.PERIOD in values and \
            values.index(Attribute.ANNUAL) < values.index(Attribute.PERIOD) and \
            Attribute.AMOUNT not in values:
        return Attribute.ANNUAL  # 年度指标和实施周期指标分别是多少: both, the year's first
    if Attribute.PERIOD in values and Attribute.AMOUNT not in values and \
            re.search(r"年度(?:指标|目标)?值?[和与跟及、]", marks.text):
        return Attribute.ANNUAL  # 年度和实施周期各多少: the same, 年度 said bare
    for attribute in (Attribute.PERIOD, Attribute.CONTENT, Attribute.EXPECTED, Attribute.UNIT):
        if attribute in values:
            return attribute
    if found:  # 年度目标 vs 经费: the later word is what is asked
        return found[-1][2]
    if re.search("(?:多少|几)(?:个|场|人|名|家|所|次|班|项|张|宗|间|条|期|批|户|篇|件|万|公里|座|处|级|倍)",
                 marks.text):
        return Attribute.ANNUAL
    if _GIVEN_HOW_MUCH.search(marks.text) and not _CAP_RE.search(marks.text) and \
            not PER_ASKED.search(marks.text):  # (一年最多给多少: a standard's cap)
        return Attribute.AMOUNT
    return None


# 收储补偿款安排多少 / 那块一年给多少: money given, when no unit follows (安排多少人 is a count)
_GIVEN_HOW_MUCH = re.compile(r"(?:安排|给|拨|批)了?多少(?:钱)?(?:[?？。]|$)")


def _status(marks: Marks) -> StatusWord | None:
    found = [v for _, _, v in marks.word_values(Role.STATUS)]
    return found[0] if found else None


def _set(marks: Marks, index: Index, operation: Operation) -> tuple[SetSpec | None, Hit | None]:
    sets = sorted((s for s in marks.word_values(Role.SET)  # 审一个项目最多给多少: per project
                   if not re.search(r"(?:[一每单]个|每一个|每)$", marks.text[:s[0]])),
                  key=lambda s: (s[0] - s[1], s[0]))
    kinds = [v for _, _, v in sets]
    category = next((h for h in marks.hits if h.entry.kind == Kind.CATEGORY and
                     h.relation in STRONG and h.start >= 0), None)
    if category is not None and not _category_word(marks, category) and any(
            h.start <= category.start and category.end <= h.end and h.end - h.start >
            category.end - category.start and h.entry.kind in (Kind.TASK, Kind.INDICATOR)
            for h in marks.hits if h.relation in (Relation.TERM, Relation.NAME)):
        category = None  # 安全质量检查: a word of an item's name, not the 质量 category
    for kind in (SetKind.LEVEL1, SetKind.LEVEL2):
        if kind in kinds:  # 效益指标下面分哪几个二级指标: the 二级 of that 一级
            return SetSpec(kind, category.entry if category is not None else None), category
    if category is not None and (operation in (Operation.LIST, Operation.COUNT) or
                                 SetKind.INDICATOR in kinds or _category_word(marks, category)):
        return SetSpec(SetKind.INDICATOR, category.entry), category
    for kind in (SetKind.KEY_TASK, SetKind.OTHER_TASK, SetKind.TASK, SetKind.INDICATOR,
                 SetKind.PROJECT, SetKind.BUDGET, SetKind.GOAL, SetKind.DEPARTMENT):
        if kind in kinds:
            return SetSpec(kind), None
    return None, None


def _category_word(marks: Marks, hit: Hit) -> bool:
    """满意度类的 / 质量方面 / 成本指标: the word names the category as such."""
    after = marks.text[hit.end:hit.end + 2]
    return hit.relation == Relation.NAME or after[:1] in ("类", "方") or after == "指标"


# ------------------------------------------------------------ 4. candidates


_NAMED_KINDS = frozenset({Kind.TASK, Kind.INDICATOR, Kind.BUDGET, Kind.FUND})


def _words_in_names(marks: Marks) -> None:
    """住院费用基金支付比例: a question word that continues a matched part of an item's name
    verbatim (支付 + 比例 in …基金支付比例), or sits inside a longer part of an indicator's name
    (the 费用 of 住院费用), is part of the name, not an operation or attribute."""
    text = marks.text
    keep, added = [], []
    near = [h for h in marks.hits if h.start >= 0 and h.end - h.start >= 2 and
            h.entry.kind in _NAMED_KINDS]
    set_ends = {e for _, e, _, meanings in marks.words if any(m.role == Role.SET for m in meanings)}
    counted = bool(_COUNT_ASKED.search(text))
    for word in marks.words:
        s, e, _, meanings = word
        set_word = all(m.role == Role.SET for m in meanings)  # the 项目 of 重大项目前期研究
        if not set_word and not any(m.role in (Role.OPERATION, Role.ATTRIBUTE) for m in meanings):
            keep.append(word)
            continue
        named = None
        # 经费 of a task; 金额 of a budget line or fund
        money_of_task = any(m.role == Role.ATTRIBUTE for m in meanings)
        money_of_line = any(m.role == Role.ATTRIBUTE and m.value == Attribute.AMOUNT
                            for m in meanings)
        for hit in near:
            if not (s - 2 <= hit.end and hit.start <= e + 2) or set_word and not (
                    hit.entry.kind == Kind.INDICATOR and hit.start <= s and e <= hit.end):
                continue
            kind = hit.entry.kind
            money_word = money_of_task if kind == Kind.TASK else \
                money_of_line and kind in (Kind.BUDGET, Kind.FUND)
            if (s - 2 <= hit.end <= s or e <= hit.start <= e + 2) and not money_word:
                a, b = min(hit.start, s), max(hit.end, e)  # 外贸 稳 增长 in 外贸稳增长…
                if hit.entry.kind in (Kind.FUND, Kind.BUDGET) and a in set_ends:
                    continue  # 任务资金总额: the tasks' sum, not a project's 资金总额 line
                if b - a >= 4 and text[a:b] in hit.entry.key:
                    named = Hit(hit.entry, Relation.TERM, a, b, text[a:b])
                    break
            elif hit.entry.kind == Kind.INDICATOR and hit.relation == Relation.TERM and \
                    hit.start <= s and e <= hit.end and (
                        hit.end - hit.start >= e - s + 2 or set_word and counted and any(
                            h.entry is hit.entry and hit.end <= h.start <= hit.end + 2
                            for h in near)):  # 多少个重点项目|的绩效评价: the name goes on
                named = hit
                break
        if named is None:
            keep.append(word)
        elif named not in marks.hits:
            added.append(named)
    marks.words = keep
    marks.hits += added


def _content_positions(marks: Marks) -> set[int]:
    """Positions that name something: not question words, years, departments, numbers or
    punctuation."""
    skipped: set[int] = set()
    for start, end, _, _meanings in marks.words:
        skipped.update(range(start, end))
    for start, end, _ in marks.years:
        skipped.update(range(start, end))
    for mention in marks.mentions:
        skipped.update(range(mention.start, mention.end))
    unknown = re.search(r"[\u4e00-\u9fff]{2,6}?(?:局|委员会|厅)", marks.text)
    if unknown and any(unknown.group().endswith(w) for w in NOT_DEPARTMENTS):
        unknown = None  # 十五五规划实施开局: an everyday word
    if unknown and not marks.mentions:  # 火星局: a department name, if not a loaded one
        skipped.update(range(unknown.start(), unknown.end()))
    for start, end, _ in marks.places:
        skipped.update(range(start, end))
    for number in marks.numbers:
        skipped.update(range(number.start, number.end))
    for asked in _COUNT_ASKED.finditer(marks.text):  # 几座, 多少个: the quantity asked
        skipped.update(range(asked.start(), asked.end()))
    for deadline in DEADLINE.finditer(marks.text):  # 十月底前: a date said, as a number is
        skipped.update(range(deadline.start(), deadline.end()))
    text = marks.text
    return {i for i, ch in enumerate(text)
            if i not in skipped and ("\u4e00" <= ch <= "\u9fff" or ch.isalnum())}


@dataclass(slots=True)
class Candidate:
    entry: Entry
    score: float
    start: int
    end: int
    hits: list[Hit]
    in_scope: bool = True
    explains: frozenset[int] = frozenset()  # positions of the question it accounts for
    coverage: float = 0.0  # share of the question's content it explains
    name_coverage: float = 0.0
    exact: bool = False  # named whole (or by an alias / everyday word)
    named: frozenset[int] = frozenset()  # positions its name (not its text) accounts for
    fit: float = 1.0  # how well its kind, unit and head word fit what is asked
    kind_fit: float = 1.0  # the part of it that its kind and unit give


EVALUATED = 24  # candidates scored in full; more are ranked roughly first
REFINED = 16  # candidates whose evidence is refined by common substrings


def _candidates(marks: Marks, index: Index, query: Query, content: set[int],
                category_hit: Hit | None) -> list[Candidate]:
    by_entry: dict[int, list[Hit]] = {}
    scoped = _scope_entries(index, query)
    common: dict[tuple[str, Relation], bool] = {}  # many hits share a key
    weak = WEAK
    for hit in marks.hits:
        if hit.relation in weak and not hit.held and (scoped is None or hit.entry.id not in scoped):
            pair = (hit.key, hit.relation)
            is_common = common.get(pair)
            if is_common is None:
                is_common = common[pair] = index.is_common(*pair)
            if is_common:
                continue  # a common word only counts within the named departments
        group = by_entry.get(hit.entry.id)
        if group is None:
            by_entry[hit.entry.id] = [hit]
        else:
            group.append(hit)
    groups = list(by_entry.items())
    if len(groups) > EVALUATED:  # a province's tables: the likeliest ones are scored in full
        groups = _roughly_first(index, groups, query, sum(1 << i for i in content))
    candidates = []
    # Entries the question cannot tell apart (the same hits, kind, units and scope, names
    # differing only in characters the question lacks) score the same: scored once.
    scored: dict[tuple, Candidate | None] = {}
    # a table blanking the characters the question lacks, filled as names are read: not a
    # character class compiled per question (a dozen CJK characters take ~0.4 ms to compile)
    chars = _Blanks(query.normalized)
    signatures: dict[int, tuple] = {}
    for entry_id, hits in groups:
        entry = index.entries[entry_id]
        if category_hit is not None and entry is category_hit.entry and query.set is not None:
            continue
        signature = _signature(entry, hits, query, chars)
        if signature in scored:
            model = scored[signature]
            candidate = None if model is None else _like(model, entry, hits)
        else:
            candidate = scored[signature] = _evaluate(index, entry, hits, query, content)
        if candidate is not None:
            signatures[id(candidate)] = signature
            candidates.append(candidate)
    candidates.sort(key=lambda c: (-round(c.score, 6), -c.coverage, c.start, c.entry.id))
    refined_by: dict[tuple, Candidate] = {}
    refined = []
    for candidate in candidates[:REFINED]:
        signature = signatures[id(candidate)]
        model = refined_by.get(signature)
        if model is None:
            refined_by[signature] = model = _refine(candidate, index, query, content)
        refined.append(model if model.entry is candidate.entry else
                       _like(model, candidate.entry, candidate.hits))
    candidates = sorted(refined, key=lambda c: (-round(c.score, 6), -c.coverage, c.start, c.entry.id)) + \
        candidates[REFINED:]
    return [c for c in candidates if c.score >= 0.2]


def _roughly_first(index: Index, groups: list, query: Query, content: int) -> list:
    """The EVALUATED groups (entry id, hits) that a cheap first ranking puts first: a whole name,
    then in the question's scope, then roughly what the full score weighs — how much of the
    question the hits cover (positions as bits: ``content`` is a mask) and how much of the name,
    by rare sub-terms. One loop: at a province's scale it runs for a hundred entries a question."""
    entries = index.entries
    weights: dict[str, float] = {}
    term, strong_relations = Relation.TERM, STRONG
    scoped = bool(query.departments or query.years)
    whole = content.bit_count()
    ranked = []
    for n, (entry_id, hits) in enumerate(groups):
        entry = entries[entry_id]
        covered = 0
        strong = False
        named = 0.0
        key = entry.key
        for hit in hits:
            start = hit.start
            if start >= 0:
                covered |= (1 << hit.end) - (1 << start)
            relation = hit.relation
            if relation in strong_relations:
                strong = True
            elif relation is term and hit.key in key:
                sub = hit.key
                weight = weights.get(sub)
                if weight is None:
                    weight = weights[sub] = index.term_weight(sub, term)
                named += len(sub) * (1.0 if hit.held else weight)
        share = (covered & content).bit_count() / whole if content else 1.0
        ranked.append(((strong, _in_scope(entry, query) if scoped else True,
                        0.55 * min(named / len(key), 1.0) + 0.45 * share), n))
    ranked.sort(key=_FIRST, reverse=True)
    return [groups[n] for _, n in ranked[:EVALUATED]]


_FIRST = operator.itemgetter(0)


class _Blanks(dict):
    """A ``str.translate`` table that keeps the characters of ``text`` and blanks the rest."""

    def __init__(self, text: str):
        super().__init__()
        self.held = frozenset(text)

    def __missing__(self, code: int) -> int:
        kept = self[code] = code if chr(code) in self.held else 0
        return kept


def _signature(entry: Entry, hits: list[Hit], query: Query, blanks: _Blanks) -> tuple:
    """What an entry's score depends on: its hits, kind, units and scope, and its name with
    every character that neither the question nor a hit holds blanked out (交通送温暖活动经费 and
    民政送温暖活动经费 read the same to 送温暖的经费). ``blanks`` keeps the question's characters."""
    shown = []
    said = ""
    for hit in hits:
        shown.append((hit.relation, hit.start, hit.end, hit.key, hit.held))
        if hit.start < 0 or hit.relation in _NOT_VERBATIM:  # a variant's or a whole name's key
            said += hit.key
    key = entry.key
    if said:
        masked = "".join(ch if ch in blanks.held or ch in said else "\0" for ch in key)
    else:
        masked = key.translate(blanks)
    return (entry.kind, entry.money > 0, tuple(entry.units), entry.char_weights, masked,
            bool(_MONEY_HEAD.search(key)), bool(_MEASURE_OF.search(key)),
            _in_scope(entry, query), _table_fit(entry, query),
            tuple(shown))


_NOT_VERBATIM = frozenset({Relation.TYPO, Relation.ABBREVIATION})


def _like(model: Candidate, entry: Entry, hits: list[Hit]) -> Candidate:
    """A candidate scored as ``model`` (same signature) for another entry."""
    return Candidate(entry, model.score, model.start, model.end, hits, model.in_scope,
                     model.explains, model.coverage, model.name_coverage, model.exact,
                     model.named, model.fit, model.kind_fit)


def _evaluate(index: Index, entry: Entry, hits: list[Hit], query: Query,
              content: set[int]) -> Candidate | None:
    if not content and all(h.relation in WEAK for h in hits):
        return None  # parts of question words only (实施周期的呢, 钱 -> 经费): nothing named
    start = end = -1
    every = named = 0  # positions as bits
    exact = False
    for hit in hits:
        relation = hit.relation
        if relation in STRONG:
            exact = True
        if hit.start >= 0:
            if start < 0 or hit.start < start:
                start = hit.start
            if hit.end > end:
                end = hit.end
            bits = (1 << hit.end) - (1 << hit.start)
            every |= bits
            if relation != Relation.CONTENT:
                named |= bits
    explains = frozenset(i for i in content if every >> i & 1)
    candidate = Candidate(entry, 0.0, start, end, hits, _in_scope(entry, query), explains,
                          len(explains) / len(content) if content else 1.0)
    candidate.exact = exact
    candidate.named = frozenset(i for i in content if named >> i & 1) if named != every \
        else explains
    text = query.normalized
    candidate.kind_fit = _kind_fit(entry, query) * _unit_fit(entry, text)
    candidate.fit = candidate.kind_fit * _head_fit(entry, text) * _table_fit(entry, query)
    candidate.score = _entry_score(index, candidate, query, content) * candidate.fit
    return candidate


def _refine(candidate: Candidate, index: Index, query: Query, content: set[int]) -> Candidate:
    """Evidence from every stretch of the question that the name contains verbatim (家庭医生签约率
    in 重点人群家庭医生签约率), beyond the sub-terms jieba cut."""
    if candidate.exact:
        return candidate
    text, key = query.normalized, candidate.entry.key
    explained = set(candidate.explains)
    i = 0
    ordered = sorted(content)
    while i < len(ordered):
        position = ordered[i]
        length = 1
        while position + length < len(text) and text[position:position + length + 1] in key:
            length += 1
        if length >= 2 and text[position:position + length] in key:
            explained.update(range(position, position + length))
            i += length
        else:
            i += 1
    explained &= content
    if len(explained) == len(candidate.explains):
        return candidate
    candidate.named = candidate.named | (frozenset(explained) - candidate.explains)
    candidate.explains = frozenset(explained)
    candidate.coverage = len(explained) / len(content) if content else 1.0
    candidate.score = _entry_score(index, candidate, query, content) * candidate.fit
    return candidate


def _scope_entries(index: Index, query: Query) -> set[int] | None:
    """Entries of the named departments' tables (None when no department is named)."""
    return index.scope(query.departments) if query.departments else None


def _in_scope(entry: Entry, query: Query) -> bool:
    if not query.departments and not query.years:
        return True
    years = () if query.yoy else query.years
    return entry.in_scope(query.departments, years)


_THAT_ITEM = re.compile(r"[那这]一?项(?!指标|目标)")


def _kind_fit(entry: Entry, query: Query) -> float:
    attribute = query.attribute
    if query.set is not None and query.set.kind == SetKind.PROJECT and entry.kind == Kind.PROJECT:
        return 1.15  # 镇际联网路项目…: a project is what is named
    if query.set is not None and query.set.kind == SetKind.INDICATOR and \
            query.set.category is None and attribute in (None, Attribute.ANNUAL) and \
            entry.kind in (Kind.TASK, Kind.FUND):
        return 0.7  # 执法人员培训指标是多少: the indicator, not the 培训经费 task
    if attribute is None and entry.kind == Kind.INDICATOR and _THAT_ITEM.search(query.normalized):
        return 0.7  # 历史报刊数字化那项多少: 那项 is a task (its money), 这项指标 an indicator
    if attribute not in _KIND_FIT:
        return 1.0
    fit = _KIND_FIT[attribute].get(entry.kind, 1.0)
    if entry.kind == Kind.INDICATOR and attribute == Attribute.AMOUNT and entry.is_money and \
            not any(w in query.normalized for w in _FUNDING_WORDS):
        fit = 0.9  # 人均培训成本多少钱 asks a cost standard; 经费/资金 ask a task
        if any("/" in u for u in entry.units) and not PER_ASKED.search(query.normalized):
            fit = 0.8  # 公益林补偿的钱有多少: a sum, not the standard per 亩 (元/亩·年)
    elif entry.kind == Kind.INDICATOR and attribute == Attribute.AMOUNT and entry.units and \
            MONEY_SAID.search(query.normalized):
        fit = 0.55  # 整治河涌花了多少钱: money said, and this target is counted in 条
    return fit



# 一级/单位/一批 are words of their own, not "per one unit".
_UNIT_ALTERNATIVES = "|".join(map(re.escape, UNITS))
_ASKED_UNIT = re.compile(f"(?:多少|几)(?:万|亿)?({_UNIT_ALTERNATIVES})|(?:多少|几)(万)")  # 多少万人: 人


def _unit_of(asked: re.Match | None) -> str | None:
    """The unit a 多少 / 几 asks (人 of 多少万人; 万 alone when nothing follows)."""
    return next((g for g in asked.groups() if g), None) if asked else None
# 培训人次的指标是多少: the unit the target is counted in, named before the target asked
_TARGET_UNIT = re.compile(f"({_UNIT_ALTERNATIVES})(?=的?(?:指标|目标)值?(?:是|定的?|要求?|为)?(?:多少|几))")
_PER_UNIT = re.compile("(?:每|一|单)({})".format("|".join(
    re.escape(u) for u in UNITS if u not in ("位", "级", "批", "期", "门", "部", "届", "轮",
                                               "支", "队", "本", "起"))))


_SAID_UNIT = re.compile(f"\\d(?:\\.\\d+)?万?({_UNIT_ALTERNATIVES})(?![\u4e00-\u9fff]*/)")
_MONEY_HEAD = re.compile(r"(?:补助|补贴|资金|经费|奖励|津贴)$")


@lru_cache(maxsize=8)  # asked of each candidate of one question
def _units_asked(text: str) -> tuple[str | None, str | None, str | None]:
    """The unit after 每/一 (每个), the unit asked (多少个) and the unit of a number said
    (320公里), if any."""
    per, said = _PER_UNIT.search(text), _SAID_UNIT.search(text)
    asked = _ASKED_UNIT.search(text) or _TARGET_UNIT.search(text)
    return per and per.group(1), _unit_of(asked), said and said.group(1)


_HOW_LONG = re.compile(r"多久|多长时间|多少时间|几天|几个小时|几小时|几分钟")
_WHETHER_BY = re.compile(r"吗|么|是不是|能不能|能否|会不会|可不可以|有没有|没有[?？]?$|不[?？]?$")


@lru_cache(maxsize=8)
def _deadline_said(text: str) -> bool:
    """能在十月底前验收吗 / 上半年能修完不: whether a date is met is asked."""
    return DEADLINE.search(text) is not None and _WHETHER_BY.search(text) is not None


def _unit_fit(entry: Entry, text: str) -> float:
    """多少个班 / 几场: the unit asked fits an indicator counted in it, not a task's money;
    每个 / 一座 / 每吨 fit a standard per that unit (≤5万元/个)."""
    per, unit, said = _units_asked(text)
    if _HOW_LONG.search(text):  # 应急监测多久要到现场: a length of time, not the money
        if entry.kind == Kind.INDICATOR:
            return 1.1 if any(u.split("/")[0] in TIME_UNITS for u in entry.units) else 0.9
        return 0.85 if entry.kind in (Kind.TASK, Kind.BUDGET, Kind.FUND) else 1.0
    if entry.kind in (Kind.INDICATOR, Kind.TASK) and _deadline_said(text):
        # 上半年能修完吗: a date's target, not 45公里 — nor a task's money
        return 1.1 if entry.dates else 0.95 if entry.kind == Kind.INDICATOR else 0.85
    if per and entry.kind == Kind.INDICATOR and any(  # 每吨 fits 元/吨·年
            per in u.split("/")[-1].split("·") for u in entry.units if "/" in u):
        return 1.1
    if said and not per and entry.kind == Kind.INDICATOR and entry.units:
        # 要新建污水管网320公里: a length, not a cost per 公里 (≤380万元/公里)
        if any(u.split("/")[0].endswith(said) for u in entry.units):
            return 1.1
        if all("/" in u and said in u.split("/")[-1] for u in entry.units):
            return 0.85
    if unit is None and entry.kind == Kind.INDICATOR and _MONEY_HEAD.search(entry.key) and \
            entry.units and not entry.is_money and "多少" in text:
        return 0.8  # 优抚对象的抚恤补助一年多少: a 补助 is money, not its ≥1.2万人 indicator
    if unit is None or unit == "万":
        return 1.0
    if entry.kind == Kind.INDICATOR:
        if any(unit in u.split("/")[0] for u in entry.units) or unit in entry.key:
            return 1.1
        if entry.units and (unit in MEASURE_UNITS or unit in TIME_UNITS) and not any(
                unit in TIME_UNITS and u.split("/")[0] in TIME_UNITS for u in entry.units):
            return 0.9  # 几个工作日办完: a length of time, not the 件 of the same words' count
        # 多少棵 asks a number of things, not a price per thing (松材线虫病疫木除治单价 元/株)
        return 0.85 if entry.is_money else 1.0
    if entry.kind in (Kind.TASK, Kind.BUDGET, Kind.FUND):
        return 0.85
    return 1.0


def _table_fit(entry: Entry, query: Query) -> float:
    """住建局有没有加装电梯的补助: a department named and none of its projects — an item only
    in one of its project tables is a little less likely than one of its own table."""
    if not query.departments or query.projects or entry.kind not in (Kind.TASK, Kind.INDICATOR):
        return 1.0
    return 1.0 if _in_own_table(entry, query.departments) else 0.9


def _in_own_table(entry: Entry, departments: tuple[str, ...]) -> bool:
    """Whether one of the departments has the entry in its own (整体) table — looked up by key,
    not by scanning the entry's thousands of places at a province's scale."""
    places = entry.places
    return any((department, "", year) in places for department in departments
               for year in entry.departments.get(department, ()))


def _head_fit(entry: Entry, text: str) -> float:
    """A Chinese name's last word says what it is (补助 vs 标准, 经费 vs 率): a question that
    says it, or ends its words with the same character, leans to that name."""
    key = entry.key
    if len(key) < 3 or entry.kind not in (Kind.TASK, Kind.INDICATOR, Kind.FUND, Kind.PROJECT):
        return 1.0
    head = key[-2:]
    if head in text:
        return 1.05
    measure = _MEASURE_OF.search(key)
    if measure and len(key) - len(measure.group()) >= 4 and \
            key[measure.start() - 4:measure.start()] in text and \
            not PER_ASKED.search(text) and not _CAP_RE.search(text):
        return 0.85  # 博爱家园建设补助 said, not its 标准: the standard of what was asked
    last = key[-1]
    return 1.03 if last in text and last not in "数率" else 1.0


# A name that is a measure of something else (…补助标准, …覆盖率): its last word is the measure.
_MEASURE_OF = re.compile(r"(?:标准|覆盖率|完成率|执行率|比例|人数|次数|人均成本|单位成本|单价)$")


def _entry_score(index: Index, candidate: Candidate, query: Query, content: set[int]) -> float:
    entry, hits = candidate.entry, candidate.hits
    key = entry.key
    relations = {h.relation for h in hits}
    length_bonus = min(len(key), 30) / 3000
    if Relation.NAME in relations or Relation.ALIAS in relations:
        if entry.kind == Kind.CATEGORY and query.operation not in (Operation.LIST, Operation.COUNT):
            return 0.9
        return 1.0 + length_bonus
    if Relation.SHORT in relations:
        if entry.kind == Kind.CATEGORY:
            # 数量/质量/成本 alone are ordinary words; they name a category in a list question.
            return 0.95 if query.operation in (Operation.LIST, Operation.COUNT) else 0.55
        # An everyday word (总预算) is sure when it is all the question names.
        return 0.55 + 0.4 * candidate.coverage + length_bonus
    score = 0.0
    typos: list[Hit] = []
    terms: list[Hit] = []
    contents: list[Hit] = []
    for hit in hits:
        relation = hit.relation
        if relation == Relation.TERM:
            if hit.key != key:
                terms.append(hit)
        elif relation == Relation.CONTENT:
            contents.append(hit)
        elif relation == Relation.TYPO:
            (typos if hit.key == key else terms).append(hit)
        elif relation == Relation.ABBREVIATION and hit.key == key:
            typos.append(hit)
    if typos:
        score = 0.6 + 0.3 * _question_coverage(typos, content) ** 2
        if all(h.relation == Relation.TYPO and _edge_mismatch_inside(h, query.normalized)
               for h in typos):
            score *= 0.75
    if terms or len(candidate.explains) > sum(h.end - h.start for h in hits if h.start >= 0):
        name_coverage = _name_coverage(index, entry, terms, query.normalized, candidate.explains)
        candidate.name_coverage = name_coverage
        question_coverage = _coverage_with_name(candidate, content, query.normalized)
        term_score = 0.3 + 0.6 * (0.55 * name_coverage + 0.45 * question_coverage)
        if question_coverage < _minimum_coverage(query):
            term_score = min(term_score, MIN_SCORE - 0.05)
        score = max(score, term_score)
    if contents:
        rarity = max(index.term_weight(h.key, Relation.CONTENT) for h in contents)
        explained = _question_coverage(contents + terms, content)
        score = max(score, 0.2 + 0.45 * rarity * explained)
    return score


def _minimum_coverage(query: Query) -> float:
    """How much of the question one item must explain; less when the question names two
    (送温暖和劳模经费加起来, A比B多多少)."""
    return _minimum_coverage_of(query.operation, query.normalized)


@lru_cache(maxsize=8)  # asked of each candidate of one question
def _minimum_coverage_of(operation: Operation, text: str) -> float:
    if operation in (Operation.SUM, Operation.DIFF, Operation.COMPARE, Operation.SHARE) or \
            any(w in text for w in ("和", "与", "跟", "比", "加", "还是", "、")):
        return 0.3
    return MIN_QUESTION_COVERAGE


def _coverage_with_name(candidate: Candidate, content: set[int], question: str) -> float:
    """The share of the question explained, a left-over character that occurs in the name
    counting half (开多少个班 leans to 公益培训班次 rather than 公益培训费)."""
    if not content:
        return 1.0
    rest = content - candidate.explains
    half = sum(1 for i in rest if question[i] in candidate.entry.key)
    return (len(candidate.explains & content) + 0.5 * half) / len(content)


def _edge_mismatch_inside(hit: Hit, question: str) -> bool:
    """公益培训开|多少个班 is 公益培训 plus another word, not a typo of 公益培训费."""
    first_differs = question[hit.start] != hit.key[0]
    last_differs = question[hit.end - 1] != hit.key[-1]
    return (last_differs and hit.end < len(question)) or (first_differs and hit.start > 0)


def _question_coverage(hits: list[Hit], content: set[int], question: str = "",
                       name: str = "") -> float:
    """How much of what the question names these hits explain (1.0 = all of it); with
    ``name``, a remaining character that also occurs in the name counts half."""
    if not content:
        return 1.0
    covered = set()
    for hit in hits:
        covered.update(range(max(hit.start, 0), max(hit.end, 0)))
    explained = len(covered & content)
    if name:
        explained += 0.5 * sum(1 for i in content - covered if question[i] in name)
    return explained / len(content)


def _name_coverage(index: Index, entry: Entry, hits: list[Hit], question: str,
                   explains: frozenset[int]) -> float:
    """How much of the name the question covers: sub-terms weighted by how rare they are,
    other verbatim stretches fully; generic words count less (``char_weights``)."""
    key = entry.key
    if any(f"({hit.key})" in key for hit in hits):
        return 1.0  # 路面技术状况指数(PQI): the short name the name itself gives, said whole
    covered = [0.0] * len(key)
    for hit in hits:
        weight = 1.0 if hit.held else index.term_weight(hit.key, Relation.TERM) * \
            (0.85 if hit.relation == Relation.TYPO else 1.0)
        _mark(covered, key, hit.key, weight)
    for run in _runs_of(question, explains):
        if len(run) >= 3 and run in key:
            _mark(covered, key, run, 0.9)
    weights = entry.char_weights
    return sum(map(operator.mul, covered, weights)) / (sum(weights) or 1.0)


def _mark(covered: list[float], key: str, part: str, weight: float) -> None:
    start = key.find(part)
    while start >= 0:
        end = start + len(part)
        covered[start:end] = [c if c > weight else weight for c in covered[start:end]]
        start = key.find(part, start + 1)



# ------------------------------------------------------------ 5. targets


def _choose_targets(query: Query, marks: Marks, candidates: list[Candidate],
                    index: Index) -> Query:
    pair = _project_pair(query, marks, candidates)
    if pair is not None:
        return pair
    strong = [c for c in candidates if c.score >= MIN_SCORE]
    inside = _latest_names(query, [c for c in strong if c.in_scope], index)
    outside = [c for c in strong if not c.in_scope]
    if not inside:
        return query.with_(elsewhere=tuple(_target(c) for c in outside[:3]))
    first = _department_line(query, _head_final(marks, _fullest(inside)), inside)
    first = _money_item(query, first, inside)
    if first is not inside[0]:
        inside = [first, *(c for c in inside if c is not first)]
    per_department = _per_department(query, first, inside) or \
        _per_place(query, marks, first, inside, index)
    if per_department:
        return query.with_(targets=per_department)
    targets = [first] + _more_targets(query, marks, first, candidates) + \
        _other_years(query, first, inside)
    if len(targets) == 1:
        targets += _second_department_item(query, marks, first, candidates)
    targets.sort(key=_name_start)
    alternatives = _rivals(query, first, inside) if len(targets) == 1 else []
    dated = _when_asked(marks.text, [first, *alternatives]) if alternatives else None
    if dated is not None:  # 交易智慧监管系统啥时候上线: the 上线时间 indicator, not the money
        first, alternatives, targets = dated, [], [dated]
    pair = _joined_pair(query, marks, first, alternatives)
    if pair is not None:  # 培训和宣传两项经费加起来: each names one of the two, together all
        targets = sorted((replace(c, score=max(c.score, 0.7)) for c in (first, pair)),
                         key=lambda c: c.start)
        alternatives = []
    if first.exact and alternatives and query.operation == Operation.VALUE:
        # 人均培训成本 with no department: the same thing, named a little differently, in
        # other departments — each department's is listed, the one named exactly first.
        targets, alternatives = [first, *alternatives], []
    chosen = tuple(_target(c, _own_departments(c, marks, targets) if c.in_scope or c is first
                           else tuple(c.entry.departments)) for c in targets)
    # 今年人防办还有城市公用人防工程维护管理经费吗: 2025's name of the item chosen, not another
    outside = [c for c in outside if not _renamed_as(index, c.entry, first.entry, query)]
    return query.with_(targets=chosen, alternatives=tuple(_target(c) for c in alternatives[:5]),
                       elsewhere=tuple(_target(c) for c in outside[:3]
                                       if c.score > first.score + 0.05 or
                                       # 残联的人道救助资金: all of it said by another's item
                                       c.coverage >= 0.99 > first.coverage + 0.2
                                       and c.score >= first.score - 0.05))


_WHEN = re.compile(r"什么时候|啥时候|何时|几时|哪天|哪一天|几月|哪个月|什么时间|哪年")
_DATED = re.compile(r"(?:时间|日期|时限|节点)$")


def _when_asked(text: str, choices: list[Candidate]) -> Candidate | None:
    """When something happens asked, and exactly one of the choices is an indicator of when
    (…上线时间 / …完成时间): that one."""
    if not _WHEN.search(text):
        return None
    dated = [c for c in choices if c.entry.kind is Kind.INDICATOR and _DATED.search(c.entry.key)]
    return dated[0] if len(dated) == 1 else None


def _renamed_as(index: Index, other: Entry, entry: Entry, query: Query) -> bool:
    """Whether ``other`` is ``entry`` under its name in another year of the same department."""
    if other.kind != Kind.TASK or entry.kind != Kind.TASK:
        return False
    keys = [k for k in entry.places if (not query.departments or k[0] in query.departments)
            and (not query.years or k[2] in query.years) and k[0] in other.departments]
    return any(index.counterpart(other, key) is entry for key in keys[:4])


def _latest_names(query: Query, inside: list[Candidate], index: Index) -> list[Candidate]:
    """气象局的信息化经费, no year asked: 气象信息化建设经费 is 2025's name of 2026's 智慧气象
    信息化建设经费 — the old name gives way to the item as the latest table names it."""
    if query.years or len(inside) < 2:
        return inside
    dropped = set()
    for old in inside:
        departments = [d for d in old.entry.departments if not query.departments
                       or d in query.departments]
        for department in departments:
            years = index.department_years(department)
            if not years or years[-1] in old.entry.departments.get(department, ()):
                continue
            latest = index.counterpart(old.entry, (department, "", years[-1]))
            if latest is not None and latest is not old.entry and \
                    any(c.entry is latest for c in inside):
                dropped.add(id(old))
    return [c for c in inside if id(c) not in dropped] if dropped else inside


def _fullest(inside: list[Candidate]) -> list[Candidate]:
    """民警培训人均成本: the item that explains the whole question (民警…训练人均成本) goes before
    close ones that leave a word of it unexplained (教师培训人均成本, 社工培训人均成本)."""
    first = inside[0]
    if first.exact or first.coverage >= 0.99:
        return inside
    full = next((c for c in inside[1:6] if c.coverage >= 0.99 and c.coverage >= first.coverage + 0.2
                 and c.score >= first.score - 0.05 and c.entry.kind == first.entry.kind
                 and c.name_coverage >= 0.3), None)
    if full is None:
        return inside
    return [full, *(c for c in inside if c is not full)]


def _department_line(query: Query, first: Candidate, inside: list[Candidate]) -> Candidate:
    """应急局财政拨款多少: the department's own budget line, not the same-named fund line of one
    of its projects, unless a project is named."""
    if first.entry.kind != Kind.FUND or query.projects or \
            any(c.entry.kind == Kind.PROJECT and c.score >= 0.6 for c in inside):
        return first
    return next((c for c in inside[1:4] if c.entry.kind == Kind.BUDGET and
                 c.entry.key == first.entry.key), first)


def _head_final(marks: Marks, inside: list[Candidate]) -> Candidate:
    """医疗救助资金多少: a Chinese name ends with what the thing is, so the name that ends with
    the question's words (困难群众医疗救助资金) beats close ones that carry on past them into
    something else (医疗救助资金拨付, 医疗救助资金发放准确率)."""
    first = inside[0]
    runs = [r for r in _runs(marks.text, _content_of(marks)) if len(r) >= 4]
    if not runs or first.exact or any(first.entry.key.endswith(r) for r in runs):
        return first
    for other in inside[1:4]:
        if first.score - other.score > 0.05:
            break
        if other.entry.kind == first.entry.kind or other.entry.kind not in (Kind.TASK,
                                                                            Kind.INDICATOR):
            continue
        if any(other.entry.key.endswith(r) and r in first.entry.key for r in runs):
            return other
    return first


def _money_item(query: Query, first: Candidate, inside: list[Candidate]) -> Candidate:
    """侨联培训侨界青年骨干花多少: money asked — the task that explains the question as fully
    (侨界青年骨干培训经费), not the indicator of the same words counted in 人次."""
    if query.attribute != Attribute.AMOUNT or first.entry.kind != Kind.INDICATOR or \
            first.entry.is_money:
        return first
    task = next((c for c in inside if c.entry.kind == Kind.TASK and c.in_scope and
                 c.coverage >= first.coverage - 0.01 and c.score >= first.score - 0.1), None)
    return task or first


def _project_pair(query: Query, marks: Marks, candidates: list[Candidate]) -> Query | None:
    """水系连通工程年度要新建几座泵站: a project and an item of it, each naming part of the
    question, together all of it — the item, looked up in that project."""
    projects = [c for c in candidates[:REFINED] if c.entry.kind == Kind.PROJECT and c.score >= 0.35
                and c.in_scope]
    if not projects:
        return None
    content = _content_of(marks)
    for project in projects[:2]:
        keys = tuple(project.entry.places)
        inside = [c for c in candidates[:REFINED] if c is not project and c.score >= 0.35
                  and any(k in c.entry.places for k in keys) and c.entry.kind != Kind.CATEGORY
                  and len(c.explains - project.explains) >= 3 and _named(c)
                  and len(project.explains - c.explains) >= 2]
        spec = None if query.set is not None and query.set.kind == SetKind.PROJECT \
            else query.set  # 基本公卫补助资金那个项目: 项目 named the project
        whole = [c for c in inside if c.exact and c.entry.kind in (Kind.FUND, Kind.BUDGET)]
        spans = {(_name_start(c), c.end) for c in whole}
        if len(whole) >= 2 and len(spans) == len(whole):
            # 数字底座项目年度资金总额占实施周期资金总额: two of its lines, each named whole
            chosen = sorted(whole, key=_name_start)[:2]
            return query.with_(targets=tuple(replace(_target(c), score=max(c.score, 0.7))
                                             for c in chosen),
                               projects=(project.entry.name,), set=spec)
        for item in inside[:3]:
            union = project.explains | item.explains
            if content and len(union & content) / len(content) >= 0.8:
                target = _target(item)
                return query.with_(targets=(replace(target, score=max(item.score, 0.7)),),
                                   projects=(project.entry.name,), set=spec)
    return None


def _rivals(query: Query, first: Candidate, inside: list[Candidate]) -> list[Candidate]:
    """Other things that explain the question as well as the first: the question does not
    decide between them, so it is asked back. A whole name decides, unless no department is
    named and other departments have items that explain the question just as fully."""
    rivals = []
    named = {i for h in first.hits if h.relation in (Relation.TERM, Relation.TYPO, Relation.NAME)
             and h.start >= 0 for i in range(h.start, h.end)}
    for other in inside[1:]:
        if other.entry is first.entry or other.entry.kind == Kind.CATEGORY:
            continue
        if query.attribute == Attribute.AMOUNT and first.entry.kind == Kind.TASK and \
                other.entry.kind == Kind.INDICATOR and (not other.entry.is_money or all(
                    "/" in u for u in other.entry.units) and not PER_ASKED.search(query.normalized)
                    and other.named <= first.named):
            continue  # money asked: an indicator counted in 人次, or a price per thing (元/辆)
            # that names nothing the task does not, when no 每 / 单价 is said, is no rival
        if all(h.relation == Relation.CONTENT or h.key in GENERIC_WORDS for h in other.hits) and \
                other.explains <= named:
            continue  # its text mentions what the first one's name says
        if first.entry.kind == Kind.PROJECT and other.entry.kind == Kind.TASK and \
                query.departments and other.coverage >= first.coverage - 0.25 and \
                any(h.relation == Relation.TERM and h.start >= 0 and len(h.key) >= 4
                    for h in other.hits):
            rivals.append(other)  # 物业管理费: the project 物业管理费支出, or the department's
            continue  # own 物业管理经费 task — asked which
        if first.exact:
            elsewhere = not query.departments and not set(_departments_of(other.entry)) & \
                set(_departments_of(first.entry))
            if elsewhere and other.coverage >= 0.99 and other.score >= 0.6 and \
                    other.entry.kind == first.entry.kind:
                rivals.append(other)
            continue
        if other.coverage < first.coverage - 0.1:
            continue  # the first explains more of the question
        if other.named and other.named <= first.named and len(first.named - other.named) >= 2:
            continue  # 领导干部 names more than 干部: the first says all the other says, and more
        if _abbreviated_only(first) and other.entry.kind == first.entry.kind and \
                other.coverage >= first.coverage and _holds_verbatim(other, query.normalized):
            rivals.append(other)  # 安全培训经费: 安全生产培训经费 abbreviated, or 行业安全培训经费
            continue
        if _abbreviated(first) and _abbreviated(other) and other.entry.kind == first.entry.kind \
                and other.coverage >= first.coverage - 0.02 and first.score - other.score < 0.1:
            rivals.append(other)  # 城乡居民保险财政补贴: 城乡居民养老保险… or 城乡居民医疗保险…
            continue
        money_heads = _MONEY_HEAD.search(first.entry.key) and _MONEY_HEAD.search(other.entry.key)
        elsewhere = not query.departments and not set(_departments_of(other.entry)) & \
            set(_departments_of(first.entry))
        if _head_fit(first.entry, query.normalized) > _head_fit(other.entry, query.normalized) and \
                not (money_heads and elsewhere):
            continue  # the question says what the first is (低保标准 vs 低保金发放); 经费 and 补助
            # of two departments are the same kind of thing: no department named, no choice
        if first.score - other.score >= AMBIGUITY_MARGIN and \
                _holds_verbatim(first, query.normalized) and \
                not _holds_verbatim(other, query.normalized):
            continue  # 建消防站: 城市消防站建设经费 holds 消防站 as said, 镇街消防队站建设补助 apart
        if first.score - other.score < AMBIGUITY_MARGIN or (
                first.score - other.score < 0.2 and other.coverage >= first.coverage - 0.02
                and other.entry.kind == first.entry.kind and
                abs(other.kind_fit - first.kind_fit) < 0.01):
            rivals.append(other)
    return rivals


def _other_years(query: Query, first: Candidate, inside: list[Candidate]) -> list[Candidate]:
    """2022年和2026年各是多少, where the form renamed the indicator between the years
    (新建公交候车亭数量 → 新建改造公交候车亭): for each year the first does not have, the
    item of that year that explains the question nearly as well."""
    if len(query.years) < 2:
        return []
    def years_of(entry: Entry) -> set[int]:
        return entry.years_in(query.departments)
    missing = set(query.years) - years_of(first.entry)
    chosen: list[Candidate] = []
    for other in inside[1:]:
        if not missing:
            break
        found = years_of(other.entry) & missing
        if found and other.entry.kind == first.entry.kind and \
                other.coverage >= first.coverage - 0.1 and other.score >= first.score - 0.15 \
                and other.name_coverage >= 0.5:
            chosen.append(other)
            missing -= found
    return chosen


def _abbreviated(candidate: Candidate) -> bool:
    """The question names it by an abbreviation and by nothing stronger."""
    relations = {h.relation for h in candidate.hits if h.start >= 0}
    return Relation.ABBREVIATION in relations and not relations & STRONG


def _abbreviated_only(candidate: Candidate) -> bool:
    """Named only by an abbreviation (its characters in order, some left out)."""
    relations = {h.relation for h in candidate.hits if h.start >= 0}
    return Relation.ABBREVIATION in relations and not relations & (STRONG | {Relation.TYPO})


def _holds_verbatim(candidate: Candidate, question: str) -> bool:
    """The name holds a stretch of three or more characters of the question as it is."""
    return any(len(run) >= 3 and run in candidate.entry.key
               for run in _runs(question, set(candidate.explains)))


def _per_department(query: Query, first: Candidate, inside: list[Candidate]) -> tuple[Target, ...]:
    """卫健局信息化经费和民政局信息化经费: the same words name a different item in each of the
    named departments; each department's best match is its target."""
    if len(query.departments) < 2 or query.operation not in (
            Operation.DIFF, Operation.COMPARE, Operation.SHARE, Operation.CHECK, Operation.SUM,
            Operation.VALUE):
        return ()
    if set(query.departments) <= set(_departments_of(first.entry)):
        return ()
    targets = []
    for department in query.departments:
        best = next((c for c in inside if department in _departments_of(c.entry)
                     and c.coverage >= first.coverage - 0.25 and c.entry.kind == first.entry.kind),
                    None)
        if best is None:
            return ()
        targets.append(Target(best.entry, best.score, best.start, best.end, (department,)))
    return tuple(targets)


def _per_place(query: Query, marks: Marks, first: Candidate, inside: list[Candidate],
               index: Index) -> tuple[Target, ...]:
    """培训高素质农民的指标，湛江和东莞各是多少: each city's own item of those words."""
    places = list(dict.fromkeys(p for _, _, p in marks.places if p in index.directory.places()))
    if len(places) < 2 or not query.place_only:
        return ()
    targets = []
    for place in places:
        held = set(index.directory.in_place_all(place))
        best = next((c for c in inside if held & set(_departments_of(c.entry)) and
                     c.coverage >= first.coverage - 0.25 and c.entry.kind == first.entry.kind),
                    None)
        if best is None:
            return ()
        own = tuple(d for d in _departments_of(best.entry) if d in held)
        targets.append(Target(best.entry, best.score, best.start, best.end, own))
    return tuple(targets)


def _departments_of(entry: Entry) -> list[str]:
    return list(entry.departments)


def _more_targets(query: Query, marks: Marks, first: Candidate,
                  candidates: list[Candidate]) -> list[Candidate]:
    """Further items the question names next to the first (送温暖和劳模经费加起来): each must
    explain a part of the question the others leave, and be joined to them (和/与/加/比/里 …),
    or be inside a project the question names (东江与运河水系连通工程新建截污管网多长)."""
    wants_more = query.operation in (Operation.SUM, Operation.DIFF, Operation.COMPARE,
                                     Operation.SHARE, Operation.CHECK, Operation.VALUE,
                                     Operation.AVERAGE, Operation.LIST, Operation.MAX,
                                     Operation.MIN, Operation.SORT, Operation.WHERE)
    if not wants_more:
        return []
    binary = query.operation in (Operation.SHARE, Operation.DIFF, Operation.COMPARE,
                                 Operation.CHECK)
    explained = set(first.named or first.explains)
    spans = _occurrences(explained)
    chosen: list[Candidate] = []
    content = _content_of(marks)
    for candidate in candidates:
        if len(chosen) >= 3:
            break
        if candidate.entry is first.entry or candidate.start < 0:
            continue
        if not candidate.in_scope and not (binary and candidate.exact and
                                           len(candidate.entry.departments) == 1):
            continue  # A比市监局B: A, named whole, may be another department's
        if candidate.entry.kind == Kind.CATEGORY or any(c.entry is candidate.entry for c in chosen):
            continue
        # with two items joined (A比B), B's own text may name it too (路灯维护 → 城市照明…)
        fresh = (candidate.explains if binary else candidate.named or candidate.explains) - \
            explained
        remaining = content - explained
        if len(fresh) < 2 or not remaining:
            continue
        share = len(fresh) / len(remaining)
        whole = candidate.exact or any(  # 高企培育: the whole name, abbreviated
            h.relation in (Relation.TYPO, Relation.ABBREVIATION) and h.key == candidate.entry.key
            for h in candidate.hits)
        score = candidate.score if whole else \
            (0.3 + 0.6 * (0.55 * candidate.name_coverage + 0.45 * share)) * candidate.fit
        asked_apart = whole and candidate.entry.kind in (Kind.BASIC, Kind.BUDGET) and \
            len(re.findall(r"多少|几", marks.text)) >= 2 and any(
                re.search(r"[，,；;]", marks.text[min(a[1], b[1]):max(a[0], b[0])])
                for a in spans for b in _occurrences(fresh))  # 有多少人员，下面有几个二级单位
        if score < (MIN_SCORE if asked_apart else MIN_SCORE + 0.1) or share < 0.5 or \
                not whole and candidate.name_coverage < 0.2:
            continue  # a second item must be named, not merely touched by a common word
        own = _occurrences(fresh)
        inside_project = _named(candidate) and any(
            _in_project(c.entry, candidate.entry) for c in [first, *chosen])
        # 有没有加装电梯的补助 is one item: a yes/no question joins two by words (和, 比)
        near = binary and query.operation != Operation.CHECK
        if not inside_project and not asked_apart and not _links(marks.text, spans, own, near):
            continue
        chosen.append(replace(candidate, score=score, start=min(fresh), end=max(fresh) + 1))
        explained |= candidate.named or candidate.explains
        spans += own
    return chosen


def _named(candidate: Candidate) -> bool:
    """The question names most of the item's name, or a project's fund line by its name
    (实施周期资金总额 is in every project: with a project named, it is that project's)."""
    return candidate.name_coverage >= 0.4 or (candidate.exact and candidate.entry.kind == Kind.FUND)


def _occurrences(positions: set[int]) -> list[tuple[int, int]]:
    """Runs of positions as (start, end) spans."""
    spans: list[tuple[int, int]] = []
    for i in sorted(positions):
        if spans and spans[-1][1] == i:
            spans[-1] = (spans[-1][0], i + 1)
        else:
            spans.append((i, i + 1))
    return spans


def _in_project(a: Entry, b: Entry) -> bool:
    """One is a project and the other is in that project's tables."""
    project, other = (a, b) if a.kind == Kind.PROJECT else (b, a)
    return project.kind == Kind.PROJECT and other.kind != Kind.PROJECT and \
        any(k in other.places for k in project.places)


def _links(text: str, spans: list[tuple[int, int]], own: list[tuple[int, int]],
           binary: bool) -> bool:
    """Some occurrence of the new item is joined to some occurrence of those chosen."""
    for a_start, a_end in spans:
        for b_start, b_end in own:
            left_end, right_start = (a_end, b_start) if a_end <= b_start else (b_end, a_start)
            if right_start < left_end:
                continue
            between = text[left_end:right_start]
            if len(between) <= 14 and (any(w in between for w in _CONJUNCTIONS) or
                                       binary and len(between) <= 6 or _TWO_ASKS.search(between)):
                return True
    return False


def _content_of(marks: Marks) -> set[int]:
    """The positions that name something, as read once the marks are settled."""
    return marks.content if marks.content is not None else _content_positions(marks)


def _target(candidate: Candidate, departments: tuple[str, ...] = ()) -> Target:
    coverage = 1.0 if candidate.exact else candidate.name_coverage
    whole = [(h.start, h.end) for h in candidate.hits if h.start >= 0 and h.relation in _WHOLE]
    start, end = min(whole) if whole else (candidate.start, candidate.end)  # where it is named
    return Target(candidate.entry, candidate.score, start, end, departments, coverage)


def _spans_overlap(a: Candidate, b: Candidate) -> bool:
    return a.start >= 0 and b.start >= 0 and a.start < b.end and b.start < a.end


def _joined_pair(query: Query, marks: Marks, first: Candidate,
                 rivals: list[Candidate]) -> Candidate | None:
    """审计局培训和宣传两项经费加起来多少: two items of the named department that each explain
    one side of 和 / 与 / 、 and together the whole question are both asked, not a choice."""
    if query.operation not in (Operation.SUM, Operation.DIFF, Operation.COMPARE) or \
            not query.departments or len(rivals) < 1:
        return None
    content = _content_of(marks)
    if not content:
        return None
    for other in rivals[:3]:
        if other.entry.kind != first.entry.kind or not other.in_scope:
            continue
        a, b = first.named - other.named, other.named - first.named
        if len(a) < 2 or len(b) < 2:
            continue
        low, high = sorted((a, b), key=min)
        between = marks.text[max(low) + 1:min(high)]
        if re.fullmatch(r"[和与及、跟]|以及", between) and \
                len(first.explains | other.explains) / len(content) >= 0.8:
            return other
    return None


def _second_department_item(query: Query, marks: Marks, first: Candidate,
                            candidates: list[Candidate]) -> list[Candidate]:
    """发改局的投资审批信息化经费和统计局信息化经费哪个多: each department named with its own
    item — the second is the one of the second department that its words fit, looked for in
    that department alone (信息化经费 is common, but 统计局 has one)."""
    if query.operation not in (Operation.DIFF, Operation.COMPARE, Operation.SHARE,
                               Operation.SUM) or len(query.departments) != 2:
        return []
    mentions = sorted((m for m in marks.mentions if len(m.departments) == 1),
                      key=lambda m: m.start)
    if len(mentions) != 2 or not first.entry.in_scope(mentions[0].departments) or \
            first.start < mentions[0].end or first.start >= mentions[1].start:
        return []
    second_department = mentions[1].departments
    content = _content_of(marks)
    segment = {i for i in content if i >= mentions[1].end}
    if len(segment) < 2:
        return []
    fits = []
    for candidate in candidates:
        if candidate.entry is first.entry or candidate.entry.kind != first.entry.kind or \
                not candidate.entry.in_scope(second_department):
            continue
        covered = {i for h in candidate.hits if h.start >= 0
                   for i in range(h.start, h.end)} & segment
        if len(covered) / len(segment) >= 0.6:
            fits.append((len(covered), candidate, covered))
    best = max((f[0] for f in fits), default=0)
    top = [f for f in fits if f[0] == best]
    if len(top) != 1:
        return []  # none, or several of that department fit: not guessed
    _, candidate, covered = top[0]
    return [replace(candidate, start=min(covered), end=max(covered) + 1,
                    score=max(candidate.score, MIN_SCORE))]


def _name_start(candidate: Candidate) -> int:
    """Where its name stands in the question (商务局的招商引资专项经费), not where a word of its
    text does, nor an everyday word for it inside another name (the 资金总额 of 年度资金总额)."""
    whole = [h.start for h in candidate.hits if h.start >= 0 and h.relation in _WHOLE]
    if whole:
        return min(whole)
    return min((h.start for h in candidate.hits if h.start >= 0 and h.relation in STRONG),
               default=candidate.start)


def _own_departments(candidate: Candidate, marks: Marks,
                     targets: list[Candidate]) -> tuple[str, ...]:
    """The departments named right before this target (卫健局信息化经费和民政局信息化经费)."""
    if len(targets) < 2 or len(marks.mentions) < 2:
        return ()
    # where its name stands (商务局的招商引资专项经费), not where its text's words do
    start = _name_start(candidate)
    previous_end = max((t.end for t in targets if t.end <= start), default=-1)
    previous_end = max([previous_end] + [m.start for m in marks.mentions  # the nearest one
                                         if m.end <= start and m.departments])
    own = [m for m in marks.mentions if previous_end <= m.start and m.end <= start]
    departments: list[str] = []
    for mention in own:
        departments += [d for d in mention.departments if d not in departments]
    return tuple(departments)


# ------------------------------------------------------------ shape: filters, axis, measure


def _indicators_by_target(query: Query, marks: Marks) -> Query:
    """东莞哪个部门的培训人均成本是≤700元/人: the indicators named so (in part) whose target is
    the one printed — in every department, not the one indicator the words fit best."""
    if query.operation == Operation.WHERE and not query.targets and any(
            n.start == 0 and n.comparator in ("≤", "≥", "<", ">") and n.unit for n in marks.numbers):
        # ≤110元/吨·年这个标准是哪个部门的: the indicators whose target is printed so
        return query.with_(operation=Operation.LIST, set=SetSpec(SetKind.INDICATOR))
    target = query.targets[0] if len(query.targets) == 1 else None
    if query.operation != Operation.WHERE or target is None or \
            target.entry.kind != Kind.INDICATOR or target.name_coverage >= 1.0 or \
            not any(re.search(r"(?:是|为|等于)$", marks.text[:n.start]) for n in marks.numbers):
        return query
    run = max((r for r in _runs(marks.text, _content_of(marks)) if r in target.entry.key),
              key=len, default="")
    if len(run) < 2:
        return query
    return query.with_(operation=Operation.LIST, set=SetSpec(SetKind.INDICATOR), targets=(),
                       alternatives=(), filters=(Filter("name", "contains", run),))


def _where_between(query: Query, marks: Marks) -> Query:
    """是重点任务还是其他任务 / 算经济效益还是社会效益: where the item named belongs."""
    if "还是" in marks.text and query.targets and query.operation != Operation.WHERE and (
            len({v for _, _, v in marks.word_values(Role.SET)} & {SetKind.KEY_TASK,
                                                               SetKind.OTHER_TASK}) >= 1
            or sum(1 for h in marks.hits if h.entry.kind == Kind.CATEGORY and h.start >= 0) >= 2):
        return query.with_(operation=Operation.WHERE, set=None, targets=query.targets[:1])
    return query


def _shape(query: Query, marks: Marks, index: Index) -> Query:
    query = _indicators_by_target(query, marks)
    query = _where_between(query, marks)  # before a set word can take the item's place
    query = _settle_subject(query, marks)
    query = _within(query, marks, index)
    query = _where_between(query, marks)
    changes: dict = {}
    text = marks.text
    if query.set is not None and query.set.kind == SetKind.PROJECT and not any(
            index.projects_of(d) for d in (query.departments or index.departments())):
        changes["set"] = SetSpec(SetKind.TASK)  # 项目 where no project tables are loaded
        query = query.with_(set=changes["set"])
    filters = [*query.filters, *_filters(query, marks)]
    words = name_words(filters)
    if query.set is not None and query.set.kind == SetKind.PROJECT and words and \
            not query.projects and "项目表" not in text and (
                _tasks_named(index, words, query.departments) or not any(
                w in project for w in words
                for d in (query.departments or index.departments()) for project in index.projects_of(d))):
        # 全市名字带慰问的项目 / 带信息化的项目有几个: staff call budget items 项目 — the tasks
        # when any carries the name (the project tables that do are noted), else the tables
        changes["set"] = SetSpec(SetKind.TASK)
        query = query.with_(set=changes["set"])
    if filters and query.set is None and not query.targets and query.measure is None and \
            any(f.field == "amount" for f in filters) and not query.per_department and \
            query.operation in (Operation.VALUE, Operation.LIST, Operation.COUNT, Operation.CHECK):
        # 财政局哪些经费超过1000万元 / 不到100万的有哪几项: the tasks whose money passes
        changes["set"] = SetSpec(SetKind.TASK)
        if _ITEMS_ASKED.search(text):  # 有没有单笔超过五千万的经费: items, not the budget
            query = query.with_(set=changes["set"])
        if query.operation == Operation.VALUE:
            changes["operation"] = Operation.LIST
    if filters:
        changes["filters"] = tuple(filters)
        if query.attribute == Attribute.UNIT and any(f.field == "unit" for f in filters):
            changes["attribute"] = None  # 单位是%的指标: a filter, not the unit asked
    operation = query.operation
    if operation == Operation.CHECK:
        changes["threshold"] = next((n for n in marks.numbers), None)
    if query.ordinal is None:
        ordinal = _ORDINAL_RE.search(text)
        if ordinal and not query.targets and not _NTH_RE.search(text):
            changes["ordinal"] = _small_number(ordinal.group(1))
    if len(query.targets) >= 2 and query.operation == Operation.VALUE and \
            re.search(r"加上?|\+", text[query.targets[0].end:query.targets[-1].start]):
        changes["operation"] = Operation.SUM  # 基本支出加项目支出
        query = query.with_(operation=Operation.SUM)
    if query.operation == Operation.SUM and len(query.targets) == 1 and query.set is None and \
            query.targets[0].entry.kind == Kind.INDICATOR and len(query.years) < 2 and \
            not re.search(r"[两几各历]年", text):
        # 一共要新建几座泵站: the whole period's target, not a sum
        changes.update(operation=Operation.VALUE, attribute=Attribute.PERIOD)
        query = query.with_(operation=Operation.VALUE, attribute=Attribute.PERIOD)
    if (not query.targets or query.targets[0].name_coverage < 0.35 or len(query.departments) >= 2
            and all(t.score < 0.7 for t in query.targets)) and \
            query.set is None and (query.operation in (Operation.VALUE, Operation.LIST) or
                                   query.operation in (Operation.DIFF, Operation.COMPARE) and
                                   len(query.departments) == 2) and \
            _PEOPLE_ASKED.fullmatch(re.sub(r"\s+|[和与跟及、各有]|分别", "", _residual(marks))):
        # 残联多少人 / 人呢 (after 残联去年的预算) / 残联2025年人数是多少 / 总工会和科技局人数各
        # 多少 (not an indicator's …人数 that merely ends so): each department's 财政供养人员数
        people = index.find(*_STAFF)
        if people is not None:
            query = query.with_(targets=(Target(people, 1.0),))
            changes["targets"] = query.targets
    if len(query.departments) >= 2 and query.operation in (Operation.SORT, Operation.MAX,
                                                           Operation.MIN, Operation.TOP) and \
            _BY_MEASURE.search(text) and (not query.targets or query.targets[0].name_coverage < 0.5):
        # 残联、妇联、总工会按人数从多到少排: the departments, by their staff (not 参与人数)
        query = query.with_(targets=(), per_department=True, unexplained=())
        changes.update(targets=(), per_department=True)
    if query.operation == Operation.COMPARE and len(query.departments) >= 3 and \
            not query.targets:
        # 残联、妇联、总工会哪家人最多: three or more compared are ranked, every one named
        after = max((m.end for m in marks.mentions), default=0)
        least = re.search(r"少|低|小", text[after:])
        operation = Operation.MIN if least else Operation.MAX
        query = query.with_(operation=operation, per_department=True)
        changes.update(operation=operation, per_department=True)
    axis = _axis(query, marks)
    if axis is None and query.operation == Operation.DIFF and len(query.targets) == 1:
        axis = Axis.YEARS  # 增加了多少 with one item: against the year before
    if axis:
        changes["axis"] = axis
    about_departments = query.per_department or axis == Axis.DEPARTMENTS or (
        query.set is not None and query.set.kind == SetKind.DEPARTMENT) or (
        query.departments and not query.targets and query.set is None and
        (query.operation in (Operation.CHECK, Operation.COMPARE, Operation.DIFF) or
         query.operation in (Operation.SORT, Operation.MAX, Operation.MIN) and
         len(query.departments) >= 2 or  # 发改局、政数局、司法局三家预算从高到低排
         query.operation == Operation.SUM and axis == Axis.YEARS))  # 去年和今年的预算加一起
    if about_departments and query.measure is None:
        changes["measure"] = _department_measure(query, marks, index)
        if changes["measure"] is not None and query.operation == Operation.DIFF and \
                axis is None and len(query.departments) == 1 and not query.years and \
                _GROWTH.search(marks.text):
            # 粮储局预算增长率是多少: that line against the year before
            changes.update(targets=(Target(changes["measure"], 1.0),), axis=Axis.YEARS, yoy=True)
        if changes["measure"] is not None and query.operation in (
                Operation.SORT, Operation.MAX, Operation.MIN) and not query.per_department:
            changes["per_department"] = True  # the departments ranked by that line
        if changes["measure"] is not None and query.operation == Operation.SUM and \
                axis == Axis.YEARS and len(query.departments) == 1:
            # 市监局去年和今年的预算加一起: that line of each year, added
            changes["targets"] = (Target(changes["measure"], 1.0),)
    return query.with_(**changes)


_BY_MEASURE = re.compile(r"按(?:照)?(?:人数|人员|人头|编制|总?预算|部门预算)")
_PEOPLE_ASKED = re.compile(r"(?:\d{4}年|今年|去年|前年)*的?(?:人|人数|人员|人头)(?:呢|啊)?[?？]?")
_INSIDE = re.compile(r"^(?:的|里|里面|中|当中|之中|里的|中的|项目里|项目的|项目中|那个项目的?)$")


_PERIOD_MONEY = re.compile(r"(?:实施)?周期(?:内|里)?的?(?:总共|一共|总计|合计|共)?(?:要|需要|安排|投入|花)?了?"
                           r"(?:多少钱|多少资金|资金|经费|预算|的钱|多少)")


def _within(query: Query, marks: Marks, index: Index) -> Query:
    """What the question looks inside: a project named with something of it (物业管理费支出
    项目有没有其他资金 → 其他资金 within that project); a task's 财政拨款 / 其他资金 part
    (篮球联赛的钱里财政拨款); of 财政专项资金里市本级使用资金, the second."""
    targets = list(query.targets)
    if len(targets) == 1 and targets[0].entry.kind == Kind.PROJECT and \
            _PERIOD_MONEY.search(marks.text):  # 数字底座项目实施周期总共多少钱: that line of it
        line = index.find(Kind.FUND, "实施周期资金总额")
        project = targets[0]
        if line is not None and any(k in line.places for k in project.entry.places):
            return query.with_(targets=(replace(project, entry=line),),
                               projects=(project.entry.name,),
                               operation=Operation.VALUE if query.operation == Operation.SUM
                               else query.operation)
    if len(targets) < 2:
        return query
    changes: dict = {}
    projects = [t for t in targets if t.entry.kind == Kind.PROJECT]
    for project in projects:
        keys = tuple(project.entry.places)
        inside = [t for t in targets if t is not project
                  and any(k in t.entry.places for k in keys)]
        if inside:
            changes["projects"] = (project.entry.name,)
            targets = [t for t in targets if t is not project]
    first, second = targets[0], targets[-1] if len(targets) > 1 else None
    if second is not None and second.entry.kind == Kind.BUDGET and first.entry.kind == Kind.TASK \
            and second.entry.name in ("财政拨款", "其他资金"):
        changes["attribute"] = Attribute.FISCAL if second.entry.name == "财政拨款" else \
            Attribute.OTHER
        targets = [first]
    elif second is not None and second.start > first.end and query.operation in (
            Operation.VALUE, Operation.CHECK) and re.search(
            r"(?:里|中|当中|之中|里面)", marks.text[first.end:second.start]) and \
            not re.search(r"多少|几|是什么", marks.text[first.end:second.start]) and \
            second.entry.kind in (Kind.BUDGET, Kind.FUND):  # (A多少，其中B多少 asks both)
        targets = [second]  # 财政专项资金里市本级(使用资金): the part asked
        changes["whole"] = first.entry
    if len(targets) != len(query.targets):
        changes["targets"] = tuple(targets)
        changes["axis"] = None
    return query.with_(**changes) if changes else query


def _settle_subject(query: Query, marks: Marks) -> Query:
    moved = _SECTION_MOVED.search(marks.text)
    if moved and re.search(r"哪|什么|几", marks.text) and \
            (query.set is None or query.set.kind in (SetKind.TASK, SetKind.KEY_TASK, SetKind.OTHER_TASK)):
        # 哪项任务去年是重点任务、今年放到其他任务里了: tasks of both years whose section changed
        year = max(query.years) if query.years else None
        to = "key" if moved.group(1) == "重点" else "other"
        return query.with_(set=SetSpec(SetKind.TASK), targets=(), alternatives=(), unexplained=(),
                           operation=Operation.COUNT if query.operation == Operation.COUNT
                           else Operation.LIST,
                           filters=(Filter("year_change", "=", "moved to " + to),),
                           years=(year,) if year else ())
    change = _YEAR_CHANGE.search(marks.text)
    if change and (query.operation in (Operation.LIST, Operation.COUNT, Operation.VALUE) or
                   # 多了哪个新任务 (not 多了几个: a difference)
                   query.operation == Operation.DIFF and len(query.targets) < 2 and
                   re.search(r"哪|什么|新", change.group())) and \
            (query.set is None or query.set.kind in (SetKind.TASK, SetKind.KEY_TASK,
                                                     SetKind.OTHER_TASK, SetKind.INDICATOR)):
        # 民宗局今年去掉了哪项去年的经费 / 今年新增了哪些任务 (指标): members of one year not in
        # the other
        year = max(query.years) if query.years else None
        return query.with_(set=query.set or SetSpec(SetKind.TASK), targets=(), alternatives=(),
                           operation=Operation.COUNT if query.operation == Operation.COUNT
                           else Operation.LIST, unexplained=(),
                           filters=(Filter("year_change", "=", "added" if change.group(1) or
                                           change.group(2) else "dropped"),),
                           years=(year,) if year else ())
    whole = {h.entry.id: h.entry for h in marks.hits if h.relation in _WHOLE and h.start >= 0
             and h.entry.kind in (Kind.INDICATOR, Kind.TASK)}
    if len(whole) == 1 and query.per_department and query.set is not None and \
            query.set.kind in (SetKind.INDICATOR, SetKind.TASK, SetKind.KEY_TASK,
                               SetKind.OTHER_TASK) and \
            query.operation in (Operation.LIST, Operation.COUNT) and \
            not any(f.field in ("name", "topic") for f in query.filters):
        # 东莞哪些部门有“补助资金拨付”这个时效指标: the item named whole, in every department
        name = next(iter(whole.values())).name
        query = query.with_(filters=(*query.filters, Filter("name", "contains", name)),
                            targets=(), alternatives=())
    named = _NAME_FILTER_RE.search(marks.text)
    if query.set is None and named and (query.operation not in (Operation.VALUE, Operation.CHECK)
                                        or query.operation == Operation.VALUE and
                                        (named.group(1) or named.group(2)) and
                                        re.match(r"(?:经费|资金|任务|项目|支出)", marks.text[named.end():])):
        # 信息化相关经费哪家最多 / 带宣传两个字的经费: the tasks on a topic, or named with a word
        query = query.with_(set=SetSpec(SetKind.TASK), targets=(), alternatives=())
    if query.set is None and not query.targets and query.operation in (
            Operation.LIST, Operation.COUNT) and (re.search(r"指标值?(?:是|为|等于|要求)", marks.text)
                                                  or _DIFFERENT_RE.search(marks.text)):
        query = query.with_(set=SetSpec(SetKind.INDICATOR))  # 指标值是100%的有哪些
    topic = _topic_across(query, marks)
    if topic:  # 各部门的宣传经费哪个最多: every department's tasks on 宣传
        query = query.with_(set=SetSpec(SetKind.TASK), filters=(Filter("topic", "contains", topic),),
                            targets=(), alternatives=())
    if query.set is None and query.per_department and query.operation in (
            Operation.LIST, Operation.COUNT) and _ITEMS_LISTED.search(marks.text):
        # 东莞各部门的经费里，150万到160万之间的有哪些: the items, not the departments
        query = query.with_(set=SetSpec(SetKind.TASK), targets=(), alternatives=())
    if (query.set is None or query.set.kind in (SetKind.GOAL, SetKind.BUDGET)) and (
            query.per_department and query.operation in (Operation.LIST, Operation.COUNT) or
            _departments_counted(marks)):
        query = query.with_(set=SetSpec(SetKind.DEPARTMENT))  # 哪些部门…在10亿以上 / 几个部门
    return _settle_target(query, marks)


_HOW_MANY_DEPARTMENTS = re.compile(
    r"(?:几|多少)个?(?:部门|单位)|(?<!下属)(?<!二级)(?<!所属)(?:部门|单位)"
    r"(?:有|共有|一共有)(?:几|多少)(?:个|家)|的有(?:几|多少)家[?？]?$|" + _TABLES_COUNTED.pattern)


def _departments_counted(marks: Marks) -> bool:
    """几个部门 / 部门有几个 / …的有几家: departments counted — not 多少个部门业务系统, where
    部门 begins the words of an item's name (the systems are counted; 部门预算合计 is still
    the departments' own line)."""
    found = _HOW_MANY_DEPARTMENTS.search(marks.text)
    if found is None:
        return False
    at = marks.text.find("部门", found.start(), found.end())
    return at < 0 or not any(h.start == at and h.end > at + 2 and h.relation is Relation.TERM and
                             h.entry.kind in (Kind.TASK, Kind.INDICATOR) for h in marks.hits)


_ITEMS_ASKED = re.compile(r"单笔|单项|有没有[^，。？?]*的(?:经费|资金|项目|任务|支出|钱)")
_ITEMS_LISTED = re.compile(r"(?:经费|资金|补助|补贴)(?:里|中|当中|里面|之中)"
                           r"|(?:的|之间的?|以上的?|以下的?)(?:经费|资金|补助|补贴)(?:都|一共|共)?(?:有|是)?(?:哪些|哪几|几)")
_YEAR_CHANGE = re.compile(r"(新增|新加|新设|新上|新安排|多出|多了)了?(?:哪|什么|几)"
                          r"|(?:去掉|取消|砍掉|删掉|删除|没了|不再安排|停掉|拿掉)了?(?:哪|什么|几)"
                          r"|去年有今年没有|今年没有了"
                          r"|(?:哪|什么)(?:个|项|些|几项)?(?:是)?(新)(?:增|加)?的?(?:任务|项目|工作|经费|指标)")
# 今年放到其他任务里了 / 调整为重点任务 / 从重点挪到其他: a task moved between the sections
_SECTION_MOVED = re.compile(r"(?:放到|放进|调到|调入|调整到|调整为|调为|移到|移入|挪到|划到|划入|改到|改为|改成|"
                            r"变成|变为|归到|归入|转到|转为|转入|进了|到了)(?:年度)?(重点|其他|其它)")
_ACROSS_OPS = (Operation.MAX, Operation.MIN, Operation.TOP, Operation.SORT, Operation.SUM,
               Operation.AVERAGE, Operation.LIST, Operation.COUNT)


def _topic_across(query: Query, marks: Marks) -> str:
    """A word that only partly names one task, asked across departments (各部门的宣传经费,
    东莞各部门信息化建设经费加起来): the tasks whose names hold it, not the one that matched."""
    if query.set is not None or not query.targets or query.operation not in _ACROSS_OPS:
        return ""
    if not (query.per_department or query.place_only or len(query.departments) >= 2):
        return ""
    target = query.targets[0]
    if target.name_coverage >= 0.8 or target.entry.kind != Kind.TASK or len(query.targets) > 1:
        return ""  # the item named nearly whole: that item in each department
    content = _content_of(marks)
    run = next((r for r in _spans(content) if r[0] <= target.start < r[1]), None)
    if run is None:
        return ""
    word = re.sub(r"(?:类|方面|一类|这类|性)$", "", marks.text[run[0]:run[1]])
    word = without_ending(word, MONEY_ENDINGS, keep=2)  # 宣传经费 → 宣传, 宣传类 → 宣传
    return word if len(word) >= 2 else ""


def _settle_target(query: Query, marks: Marks) -> Query:
    """A category named as the target is a set (总工会的社会效益指标); a weak match does not
    override a set the question names (所有任务的资金合计); a share word inside the name is
    not a share (随迁子女…就读比例)."""
    targets = query.targets
    changes: dict = {}
    if targets and targets[0].entry.kind == Kind.CATEGORY:
        changes["set"] = SetSpec(SetKind.INDICATOR, targets[0].entry)
        targets = targets[1:]
    spec = changes.get("set") or query.set
    asks_value = query.operation == Operation.VALUE or query.operation == Operation.LIST and \
        re.search(r"[各分]别?是?多少", marks.text) and not re.search(r"哪些|哪几", marks.text)
    if spec is not None and spec.kind == SetKind.INDICATOR and spec.category is None and \
            asks_value and targets and all(t.entry.kind == Kind.INDICATOR for t in targets) and \
            max(t.score for t in targets) >= (0.6 if query.operation == Operation.VALUE else 0.9):
        # 住院费用基金支付比例今年的指标是多少 / 培训高素质农民的指标，湛江和东莞各是多少:
        # that indicator's target
        changes["set"] = spec = None
        changes["operation"] = Operation.VALUE
    if spec is not None and query.operation != Operation.CHECK:
        # A project named within a set (水系连通工程的绩效指标, 镇际联网路项目申请了多少) is
        # what the set is of, or what is asked; other weak matches give way to the set.
        share_at = marks.text.find("占") if query.operation == Operation.SHARE else -1
        kept = tuple(t for t in targets if t.score >= 0.8 or
                     t.entry.kind == Kind.PROJECT and t.score >= MIN_SCORE + 0.1 or
                     # 储备粮那笔补贴占它任务总额的百分之几: the part, named before 占
                     0 <= t.end <= share_at and t.score >= 0.6 and t.entry.kind == Kind.TASK)
        if len(kept) != len(targets):
            changes["alternatives"] = ()
        targets = kept
        named_project = targets[0] if targets else next(
            (t for t in query.elsewhere if t.entry.kind == Kind.PROJECT), None)
        if named_project is not None and named_project.entry.kind == Kind.PROJECT and \
                spec.kind == SetKind.PROJECT:
            changes["set"] = None  # 镇际联网路项目…: that project, not the list of projects
    if len(targets) != len(query.targets):
        changes["targets"] = targets
    if query.operation == Operation.SHARE and len(targets) == 1 and not query.ratio and \
            targets[0].entry.kind == Kind.INDICATOR and (
                any(w in targets[0].entry.key for w in ("比例", "占比", "比重", "百分比", "率"))
                or any(u in ("%", "‰") for u in targets[0].entry.units)):
        changes["operation"] = Operation.VALUE  # 按期办结的比例要求多少: the rate's target
    return query.with_(**changes) if changes else query


_BASIC_MEASURED = re.compile(r"二级单位|下属单位|所属单位|财政供养|供养人员|人员数|编制")
# 哪些部门没有对下转移支付资金 / 为零的部门: a department's line at nothing (not 有没有, a yes/no)
_DEPARTMENTS_COUNT_ASKED = re.compile(r"(?:几|多少)(?:个|家)(?:部门|单位)|(?:部门|单位)(?:有|共)?(?:几|多少)(?:个|家)")
_NONE_SAID = re.compile(r"(?<!有)没有(?!吗)|没安排|(?:为|是|等于)(?:零|0)(?:的|元)?")


def _filters(query: Query, marks: Marks):
    text = marks.text
    if _DIFFERENT_RE.search(text):
        yield Filter("differs", "!=")
    unit = _UNIT_FILTER_RE.search(text)
    if unit:
        yield Filter("unit", "=", unit.group(1) or unit.group(2) or "%")
    symbol = _OP_FILTER_RE.search(text)
    if symbol:  # 带小于等于号的指标
        yield Filter("op", "=", _OP_SYMBOLS[symbol.group(1)])
    name = _NAME_FILTER_RE.search(text) if not symbol else None
    if name and query.set is not None:
        field_name = "name" if name.group(1) or "字" in name.group(0) else "topic"  # 带X字样的
        word = next(g for g in name.groups() if g)
        words = [re.sub(r"(?<=..)(?:类|方面)$", "", w) for w in re.split(r"或|、|及", word) if w]
        yield Filter(field_name, "contains", "|".join(words))  # 带救助或帮扶的: either
    if query.operation == Operation.CHECK and query.targets:
        return
    if (query.per_department or _DEPARTMENTS_COUNT_ASKED.search(text)) and \
            _NONE_SAID.search(text) and not any(
            n.comparator for n in marks.numbers):
        yield Filter("amount", "=", Decimal(0))  # 有几个部门没有对下转移支付资金: those at 0.00
        return
    departments_measured = query.set is not None and query.set.kind == SetKind.DEPARTMENT and \
        _BASIC_MEASURED.search(text)
    for number in marks.numbers:
        if departments_measured and not number.is_money and not number.is_percent:
            # 下属二级单位超过2个的单位 / 是2个的单位有几家: the departments' own count
            yield Filter("value", number.comparator or "=", number.value)
            continue
        if query.set is not None and number.unit in MEMBER_UNITS and not number.is_money:
            continue  # 有两项以上吗: how many members, not an amount of each
        printed = query.set is not None and query.set.kind == SetKind.INDICATOR and (
            re.search(r"(?:是|为|等于|要求)$", marks.text[:number.start]) or number.start == 0)
        if printed and (number.comparator is None or number.text[:1] in "≤≥<>"):
            # (要求超过1000人次: a threshold said in words, not a target printed with its sign)
            yield Filter("value", "=", number.value)  # 指标值是100%的 / 是≤700元/人的
            if number.comparator and not symbol:
                yield Filter("op", "=", number.comparator)
            if number.is_percent and not unit:
                yield Filter("unit", "=", "%")
        elif not number.comparator and number.is_money and query.operation == Operation.CHECK \
                and query.set is not None and query.set.kind in (SetKind.TASK, SetKind.KEY_TASK,
                                                                 SetKind.OTHER_TASK):
            yield Filter("amount", "=", number.value)  # 是不是有一笔96万的任务
        elif number.comparator and not number.is_percent:
            field_name = "amount" if (number.is_money or number.value >= 10000 or
                                      query.set is not None and query.set.kind in
                                      (SetKind.TASK, SetKind.KEY_TASK, SetKind.OTHER_TASK,
                                       SetKind.PROJECT, SetKind.BUDGET)) else "value"
            yield Filter(field_name, number.comparator, number.value)
        elif number.comparator and number.is_percent:
            yield Filter("value", number.comparator, number.value)


def _axis(query: Query, marks: Marks) -> str | None:
    binary = query.operation in (Operation.DIFF, Operation.COMPARE, Operation.SHARE,
                                 Operation.SUM, Operation.CHECK)
    if len(query.targets) >= 2:
        return Axis.ITEMS
    if not binary and not query.ratio:
        return None
    if (query.yoy or len(query.years) == 2 and re.search(r"去年|上年", marks.text)) and \
            re.search(r"各(?!部门)|分别|各自", marks.text):
        return Axis.YEARS  # 红会和民宗局的预算合计各比去年涨了多少: each one's change
    if len({(m.start, m.end) for m in marks.mentions if m.departments}) >= 2 and \
            len({tuple(m.departments) for m in marks.mentions if m.departments}) >= 2:
        # two departments named (not one name loaded in two cities, nor one named twice:
        # 民政局的残疾人两项补贴占民政局任务总额的比重)
        return Axis.DEPARTMENTS
    if not query.yoy and len(query.years) < 2 and query.operation in (
            Operation.DIFF, Operation.COMPARE) and \
            len({d for m in marks.mentions for d in m.departments}) >= 2:
        return Axis.DEPARTMENTS  # 两个红会…相差多少: one name, two cities' departments
    sections = [v for _, _, v in marks.word_values(Role.SET)
                if v in (SetKind.KEY_TASK, SetKind.OTHER_TASK)]
    if len(set(sections)) >= 2:
        return Axis.SECTIONS
    if len(query.years) >= 2 or query.yoy:
        return Axis.YEARS
    return None


def _department_measure(query: Query, marks: Marks, index: Index) -> Entry | None:
    """What departments are compared or ranked by: the budget line or basic-info item named,
    else an everyday word (预算 → 部门预算合计, 人 → 财政供养人员数); none for a set (its count or
    total is the measure)."""
    entry = query.entry
    if entry is not None and entry.kind in (Kind.BUDGET, Kind.BASIC):
        return entry
    if entry is not None or query.set is not None and query.set.kind != SetKind.DEPARTMENT:
        return None
    named = [h.entry for h in marks.hits if h.relation in STRONG and h.start >= 0
             and h.entry.kind in (Kind.BUDGET, Kind.BASIC)]
    if len({e.id for e in named}) == 1:  # 有几个部门预算合计超过2亿: the line named
        return named[0]
    text = _residual(marks, words=False)
    for word, kind, name in _DEPARTMENT_MEASURES:
        if word in text:
            return index.find(kind, name)
    return None


# ------------------------------------------------------------ 6. what is left


def _sub_part(query: Query, chosen_hits: list[Hit]) -> set[tuple[int, int]]:
    """森林防火经费里扑火队伍培训花多少: the task is named whole, and four or more characters
    are only words of its text — a part of it the table gives no figure for. Those words' hits
    explain nothing (the answer is hedged) when an amount or target is asked."""
    if query.operation != Operation.VALUE or query.attribute in (Attribute.CONTENT,
                                                                  Attribute.EXPECTED):
        return set()
    named = {h.entry.id for h in chosen_hits
             if h.relation in (Relation.NAME, Relation.ALIAS, Relation.TYPO)}
    if not named:
        return set()
    others = [(h.start, h.end) for h in chosen_hits
              if h.relation != Relation.CONTENT and h.entry.id in named]
    spans = {(h.start, h.end) for h in chosen_hits if h.entry.id in named
             and h.relation == Relation.CONTENT and not any(
                 a <= h.start and h.end <= b for a, b in others)}
    positions = {i for a, b in spans for i in range(a, b)}
    return spans if any(b - a >= 4 for a, b in _spans(positions)) else set()


def _explained_positions(query: Query, marks: Marks) -> set[int]:
    """The positions the reading explains (read once per reading of the question)."""
    if marks.explained is None or marks.explained[0] is not query:
        marks.explained = (query, frozenset(_explained_by(query, marks)))
    return set(marks.explained[1])


def _explained_by(query: Query, marks: Marks) -> set[int]:
    covered: set[int] = set()
    for pattern in (_TOP_RE, _GETS_INTO, _SECTION_MOVED, _NTH_RE, _RANK_RE, _ORDINAL_RE, _TIMES_RE, _YOY_RE, _BASE_YEAR_RE,
                    _OP_FILTER_RE, _EXCEPT_RE, _DIFFERENT_RE, _TABLES_COUNTED, _PER_UNIT,
                    _YEAR_CHANGE, _ASKED_WHETHER, DEADLINE):
        for match in pattern.finditer(marks.text):
            covered.update(range(match.start(), match.end()))
    if query.projects and query.operation == Operation.DIFF and _PERIOD_LESS_YEAR.search(marks.text):
        for pattern in (_PERIOD_LESS_YEAR, _LEFT_OVER):  # 周期总额扣掉今年的，后面还剩多少
            for match in pattern.finditer(marks.text):
                covered.update(range(match.start(), match.end()))
    if any(f.field == "amount" and f.op == "=" and f.value == 0 for f in query.filters):
        for match in _NONE_SAID.finditer(marks.text):  # 没有对下转移支付资金: at 0.00
            covered.update(range(match.start(), match.end()))
    if query.operation == Operation.SUM and len(query.targets) == 2:  # A加B, both named whole
        first, second = (re.escape(t.entry.key) for t in query.targets)
        plus = re.search(f"{first}(加上?){second}", marks.text)
        if plus:
            covered.update(range(plus.start(1), plus.end(1)))
    # With rivals the question is asked back: what none of them explains is what is left.
    chosen = {t.entry.id for t in (*query.targets, *query.alternatives)}
    chosen_hits = [h for h in marks.hits if h.start >= 0 and h.entry.id in chosen]
    sub_part = _sub_part(query, chosen_hits)
    for hit in chosen_hits:
        if (hit.start, hit.end) not in sub_part:
            covered.update(range(hit.start, hit.end))
    if query.operation in (Operation.CHECK, Operation.DIFF, Operation.COMPARE) and \
            (len(query.targets) >= 2 or query.axis is not None):  # A的人比B还多？
        for match in _MORE_THAN.finditer(marks.text):
            covered.update(range(match.start(), match.end()))
    measure = query.measure
    if measure is not None and measure.kind in (Kind.BUDGET, Kind.BASIC):
        for word, _, name in _DEPARTMENT_MEASURES:  # 公路中心的人: the staff, said by 人
            at = marks.text.find(word) if name == measure.name else -1
            if at >= 0:
                covered.update(range(at, at + len(word)))
    category = query.set.category if query.set is not None else None
    named = {e for e in (category, query.measure, query.whole) if e is not None}
    if query.projects or named:
        for hit in marks.hits:
            if hit.entry.kind == Kind.PROJECT and hit.entry.name in query.projects or \
                    hit.entry in named and hit.start >= 0:
                covered.update(range(max(hit.start, 0), max(hit.end, 0)))
    for target in query.targets:  # 每吨每年 of a standard in 元/吨·年: said by its unit
        per = {part for u in target.entry.units if "/" in u
               for part in u.split("/")[-1].split("·") if part}
        for match in re.finditer(r"每(?:一)?([\u4e00-\u9fff])", marks.text):
            if match.group(1) in per:
                covered.update(range(match.start(), match.end()))
    for filter_ in query.filters:
        if filter_.field in ("name", "topic"):
            word = str(filter_.value).split("|")[0]
            # the whole phrase (名称里带“信息化”的), else the word itself
            match = next((m for m in _NAME_FILTER_RE.finditer(marks.text) if word in m.group(0)),
                         None)
            start = match.start() if match else marks.text.find(word)
            end = match.end() if match else start + len(word)
            if start >= 0:
                covered.update(range(start, end))
    return covered


_MORE_THAN = re.compile(r"比|(?:还|更)?(?:多|少|高|低|大|小)(?=[吗呢？?]|$)")
_COUNT_ASKED = re.compile(f"(?<![这那])(?:多少|几)(?:{_UNIT_ALTERNATIVES})(?=$|[?？。，,!！呢啊]|[\u4e00-\u9fff]{{2}})")
_QUANTITY_ASKED = re.compile(f"(?:多少|几)({_UNIT_ALTERNATIVES}|倍)?([\u4e00-\u9fff]{{0,4}})")
_MONEY_WORDS = ("钱", "元", "万", "经费", "资金", "预算", "费", "拨款", "补助", "补贴", "投入")


def _unexplained(query: Query, marks: Marks, content: set[int]) -> tuple[str, ...]:
    """Words of the question (two characters or more) that no part of the reading explains;
    characters of the chosen names count as explained (开多少个班 for 公益培训班次). A number
    of people or things asked of a money item (高龄津贴惠及多少老年人) is not explained by its
    amount."""
    if query.too_long:
        return ()
    covered = _explained_positions(query, marks)
    names = "".join(t.entry.key + "".join(t.entry.units) for t in (*query.targets,
                                                                     *query.alternatives))
    if query.set and query.set.category:
        names += query.set.category.key
    # A stretch all of whose characters are in the chosen names is explained (班 of 公益培训班次);
    # one with a character the names lack is not, whole (药品 is not 食品).
    left = {i for run in _spans(content - covered)
            if any(marks.text[j] not in names for j in range(*run)) for i in range(*run)}
    # A one-character filler next to an unexplained character may be part of its word
    # (the 地 of 地铁): the run is taken with it.
    in_years = {i for s, e, _ in marks.years for i in range(s, e)}  # the 年 of 今年 is the year's
    single = {i for s, e, _, meanings in marks.words if e - s == 1 and _only_filler(meanings)
              for i in range(s, e) if i not in covered and i not in in_years}
    fillers = "".join(marks.text[i] for i in single)
    left |= {i for i in single if i - 1 in left or i + 1 in left}
    left -= {i for m in _COUNT_ASKED.finditer(marks.text) for i in range(m.start(), m.end())}
    words = []
    text = marks.text
    for start, end in _spans(left):
        if end - start == 1 and "\u4e00" <= text[start] <= "\u9fff" and \
                text[start] not in "类等们性比和与及跟或" and start - 1 in covered \
                and start - 1 in content and start - 2 in content:
            words.append(text[start - 2:end])  # 消费券 is not 消费: the word goes on past the name
    for run in _runs(marks.text, left):
        core = run.strip(fillers)
        if len(core) >= 2 and (core in STOP_WORDS or core in GENERIC_WORDS):
            continue
        if len(run) >= 2 and core and not re.fullmatch(r"[a-z]{1,3}", core):
            words.append(run)
    entry = query.entry
    if entry is not None and entry.kind in (Kind.TASK, Kind.BUDGET, Kind.FUND) and \
            query.operation in (Operation.VALUE, Operation.CHECK, Operation.SUM):
        asked = _QUANTITY_ASKED.search(marks.text)
        noun = (asked.group(2) or "").lstrip("啊呀呢吧嘛呐哈了的") if asked else ""
        if asked and (asked.group(1) or noun) and \
                not any(w in asked.group() for w in _MONEY_WORDS):
            words.append(asked.group())
    return tuple(words)


_MEASURE_HEAD = re.compile(r"(?:率|比例|比重|占比|增幅|增速|指数)$")


def _mismatches(query: Query, marks: Marks, content: set[int]) -> tuple[str, ...]:
    """What the chosen item says differently from the question, though every word matched:
    another number in its name (12348热线 vs 12315热线接通率), or a rate of what was asked
    (社会消费品零售总额 vs 社会消费品零售总额增长率)."""
    entry = query.entry
    if entry is None and query.set is not None and query.operation in (
            Operation.LIST, Operation.COUNT) and not query.filters and query.threshold is None:
        unused = [n.text for n in marks.numbers if not n.text.isdigit() or len(n.text) > 1]
        if unused:  # 预算在5亿和7亿中间的: a number the reading did not use
            return (f"问题中的“{unused[0]}”没有用作筛选条件，以上是全部，请核对",)
    if entry is not None and query.set is None and query.threshold is None and \
            query.operation in (Operation.VALUE, Operation.WHERE):  # (a filter needs a set)
        spans = [(t.start, t.end) for t in query.targets]
        unused = [n.text for n in marks.numbers if (n.comparator or n.unit or n.is_money) and
                  not _overlaps(n.start, n.end, spans)]
        if unused:  # 哪个部门的培训人均成本是≤700元/人: the number says which, and was not read
            return (f"问题中的“{unused[0]}”没有用作条件，以上是按名称找到的，请核对",)
    if entry is None or query.targets[0].score >= 1.0 or len(query.targets) > 1:
        return ()
    text, notes = marks.text, []
    digits = re.findall(r"\d{3,}", entry.key)
    for match in re.finditer(r"(?<![\d.])\d{3,}(?![\d.])", text):
        glued = match.end() < len(text) and "\u4e00" <= text[match.end()] <= "\u9fff" and \
            not re.match(r"[万亿元千百人个项家次年]", text[match.end()])
        if glued and digits and match.group() not in digits:
            notes.append(f"问题中的“{match.group()}”与表中的“{entry.name}”不一致，请核对")
    if entry.kind == Kind.INDICATOR and not _MEASURE_HEAD.search(text):
        for run in _runs(text, content):
            at = entry.key.find(run)
            rest = entry.key[at + len(run):] if len(run) >= 4 and at >= 0 else ""
            if rest and _MEASURE_HEAD.search(rest) and rest not in text:
                notes.append(f"表中是“{entry.name}”，问的是“{run}”本身，请核对")
                break
    return tuple(notes)


def _spans(positions: set[int]) -> list[tuple[int, int]]:
    """Consecutive positions as (start, end) spans."""
    spans: list[tuple[int, int]] = []
    for i in sorted(positions):
        if spans and spans[-1][1] == i:
            spans[-1] = (spans[-1][0], i + 1)
        else:
            spans.append((i, i + 1))
    return spans


def _runs(text: str, positions: set[int]) -> tuple[str, ...]:
    """The stretches of ``text`` at ``positions``, in order."""
    return _runs_of(text, frozenset(positions))


@lru_cache(maxsize=256)  # the candidates of one question share their positions
def _runs_of(text: str, positions: frozenset[int]) -> tuple[str, ...]:
    runs, run = [], []
    for i in sorted(positions):
        if run and i != run[-1] + 1:
            runs.append(run)
            run = []
        run.append(i)
    if run:
        runs.append(run)
    return tuple("".join(text[i] for i in r) for r in runs)


def _looks_like_followup(query: Query, marks: Marks, content: set[int]) -> bool:
    """那去年呢？ / 科技局的呢？ / 它的年度目标是多少 / 第二个多少钱 / 其中最贵的是哪个."""
    text = marks.text.rstrip("?？!！。. ")
    if _PLACE_ASKED.match(text):
        return True  # 倒数第三是谁, after a ranking: a place in that list
    if marks.has(Role.FOLLOWUP) or query.ordinal or text.startswith(("那", "那么", "还有", "占")) \
            or text.endswith("呢"):
        return True  # 占全部任务经费的多少: a share of what was asked before
    left = content - _explained_positions(query, marks)
    if len(text) <= 10 and not query.departments and not query.place and not query.years and \
            query.operation in (Operation.SHARE, Operation.DIFF) and \
            re.search(r"^(?:那)?(?:\S{2,6})?(?:占|比)", text):
        return True  # 项目支出占多少 / 比科技局多几个: of what was asked just before
    if len(text) <= 10 and not any(t.score >= 0.7 for t in query.targets) and \
            query.set is None and not query.departments and len(left) <= 1:
        return True  # 平均每项多少钱？: nothing of its own to ask about (今天天气 is its own)
    if query.set is not None and not query.targets and not query.departments and \
            not query.place and not query.per_department and len(text) <= 10 and len(left) <= 1:
        return True  # 重点任务是哪几个, after 司法局一共几项任务: in the same department
    return not query.targets and query.set is None and not query.per_department and \
        query.measure is None and len(left) <= 1 and len(marks.text) <= 12


def money_threshold(number: Number) -> Decimal:
    """A number said with a money question (超过200万) as 元."""
    return number.value
