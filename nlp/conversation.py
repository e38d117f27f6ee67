"""Follow-ups: 那去年呢？/ 交通局的呢？/ 它的实施周期指标值 / 第二个多少钱 / 其中最贵的是哪个.

Per chat, what was asked last (its query and the names its answer listed) is kept for 30
minutes; a question that looks like a follow-up and lacks a target, a set or a scope takes
them from there.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, replace

from nlp.index import Index, Kind
from nlp.lexicon import GOALS_ASKED, OF_WHOLE, RANK_ASKED, Attribute, Operation, SetKind
from nlp.query import Query, SetSpec, Target
from nlp.terms import GENERIC_WORDS

CONTEXT_SECONDS = 30 * 60
MAX_LISTED = 30  # 这几项加起来: every item the last answer listed, up to this many
MAX_CHATS = 10_000


@dataclass(frozen=True)
class Context:
    query: Query
    items: tuple[str, ...]  # what the answer named or listed, in order
    at: float
    kind: str = ""  # the kind of answer it got ("prose figure": quoted from a sentence)
    sure: bool = True  # answered ok (not a hedged best guess)


_HOW_MUCH_MORE = re.compile(r"^(?:那)?(?:多|少|高|低|差|相差|差了)(?:了)?(?:多少|几)(?:个|人|项|名|家|万|元|块)?"
                            r"[呢啊吧?？]*$")
_SECTION_ASKED = re.compile(r"^(?:那|那么|其中)?(重点|其他|其它)的?(?:任务|工作任务|那些)?(?:呢|有|是|一共|共|占了?)?"
                            r"(?:几|多少|哪)")
_TASK_SETS = (SetKind.TASK, SetKind.KEY_TASK, SetKind.OTHER_TASK)
_BOTH = ("这两项", "这两个", "两个", "两项", "两家", "两边", "两者", "二者", "这俩", "这几项", "这些", "它们", "两笔")


class Conversations:
    def __init__(self, clock=None) -> None:
        self._contexts: dict[str, list[Context]] = {}  # the last few questions of each chat
        self._clock = clock or time.monotonic

    def remember(self, chat_id: str, query: Query, items: list[str], kind: str = "",
                 sure: bool = True) -> None:
        history = self._contexts.setdefault(chat_id, [])
        history.append(Context(query, tuple(items), self._clock(), kind, sure))
        del history[:-3]
        if len(self._contexts) > MAX_CHATS:  # forget the oldest conversations
            for key in sorted(self._contexts, key=lambda k: self._contexts[k][-1].at)[:1000]:
                del self._contexts[key]

    def history(self, chat_id: str) -> list[Context]:
        now = self._clock()
        return [c for c in self._contexts.get(chat_id, []) if now - c.at <= CONTEXT_SECONDS]

    def last(self, chat_id: str) -> Context | None:
        history = self.history(chat_id)
        return history[-1] if history else None

    def apply(self, chat_id: str, query: Query, index: Index) -> Query:
        """``query`` completed from the chat's last question when it is a follow-up."""
        context = self.last(chat_id)
        section = _SECTION_ASKED.match(query.normalized)
        if context is not None and section and context.query.set is not None and \
                context.query.set.kind in _TASK_SETS and not query.departments:
            # 重点的有几项, after 民宗局一共几项任务: the key tasks of the same table
            before = context.query
            kind = SetKind.KEY_TASK if section.group(1) == "重点" else SetKind.OTHER_TASK
            return query.with_(set=SetSpec(kind), targets=(), alternatives=(), unexplained=(),
                               departments=before.departments, years=query.years or before.years,
                               filters=before.filters, followup=True)
        renamed = _renamed_pair(query, context, index) if context is not None else None
        if renamed is not None:  # 这项跟去年比多了多少, after 改名了，现在叫什么: new against old
            return renamed
        against = _against_another(query, context.query, index) if context is not None else None
        if against is not None:  # 跟交通局公路养护那笔比，差多少: the item before, against that one
            return against
        if context is None or not query.followup:
            return query
        before = context.query
        counted = _counted_instead(query, before, index)
        if counted is not None:  # 要审几户, after 每户平均成本多少: the 户 counted, not the cost
            return query.with_(targets=(Target(counted, 0.8),), departments=before.departments,
                               years=before.years, projects=before.projects, unexplained=(),
                               alternatives=(), followup=True)
        if _asks_its_target(query, before):  # 绩效指标里年度定的多少, after a goal's figure
            return query.with_(set=None, targets=before.targets, operation=Operation.VALUE,
                               departments=before.departments, years=before.years,
                               unexplained=(), alternatives=(), followup=True)
        lookalike = _lookalike_asked(query, context)
        if lookalike is not None:  # 花了多少, after 年鉴编纂是地方志办负责的吧 (否: 档案局's)
            return query.with_(targets=(Target(lookalike, 1.0),), departments=(),
                               years=before.years, unexplained=(), alternatives=(),
                               followup=True)
        whole = _period_whole(query, before, index)
        if whole is not None:  # 今年这部分占整个周期的百分之多少, after the year's line
            return query.with_(targets=(Target(before.entry, 1.0), Target(whole, 1.0)),
                               departments=before.departments, years=before.years,
                               projects=before.projects, unexplained=(), alternatives=(),
                               operation=Operation.SHARE, axis="items")
        swapped = _other_period_line(query, before, index)
        if swapped is not None:  # 年度的呢, after 实施周期资金总额是多少: the year's line
            return query.with_(targets=(Target(swapped, 1.0),), departments=before.departments,
                               years=before.years, projects=before.projects, unexplained=(),
                               alternatives=(), operation=before.operation)
        changes: dict = {}
        if _HOW_MUCH_MORE.match(query.normalized) and (before.axis or before.yoy) and \
                before.operation in (Operation.CHECK, Operation.COMPARE, Operation.DIFF):
            # 多几个, after 发改局今年的人是不是比去年多: the difference of the same two
            return query.with_(operation=Operation.DIFF, targets=before.targets,
                               measure=before.measure, set=before.set, filters=before.filters,
                               departments=before.departments, years=before.years,
                               axis=before.axis, yoy=before.yoy, attribute=before.attribute,
                               unexplained=(), alternatives=())
        if query.departments and len(before.departments) == 2 and before.axis == "departments" \
                and not query.targets and query.set is None and "比" in query.normalized:
            # 那跟生态环境局比呢, after 商务局和市监局谁的预算多: the first against the new one
            first = before.departments[0]
            return query.with_(departments=(first, *(d for d in query.departments if d != first)),
                               operation=before.operation, measure=before.measure,
                               set=before.set, targets=before.targets, axis="departments",
                               attribute=before.attribute, unexplained=(),
                               years=query.years or before.years)
        pool = [query.targets[0], *query.alternatives] if query.targets else []
        if len(pool) >= 2 and before.departments and before.entry is not None and \
                query.departments in ((), before.departments):
            # 那每户补助标准呢, after 住建局老旧小区改造补助: that department's, and of them the
            # one about the same thing as before
            inside = [t for t in pool if t.entry.in_scope(before.departments)]
            same = [t for t in inside if t.entry.kind == before.entry.kind]
            inside = same or inside  # 那污水管网呢, after a task's money: the task
            related = [t for t in inside if _related(t.entry.key, before.entry.key)]
            chosen = related if len(related) == 1 else related or inside
            own = [t for t in chosen if not before.projects and any(
                (department, "", year) in t.entry.places for department in before.departments
                for year in t.entry.departments.get(department, ()))]  # its own table
            chosen = own if len(own) == 1 else chosen
            if chosen:
                query = query.with_(targets=chosen[:1], alternatives=tuple(chosen[1:]))
        if query.alternatives and query.targets and before.entry is not None:
            # 那应急物资储备呢, after a task's money: of the readings, the one of that kind
            same = [t for t in (query.targets[0], *query.alternatives)
                    if t.entry.kind == before.entry.kind]
            if len(same) == 1:
                query = query.with_(targets=(same[0],), alternatives=())
        both = _both(query, self.history(chat_id), index)
        if both and query.operation == Operation.SHARE and query.set is not None:
            # 这两项占全部任务资金多大比例: their sum over the set's
            return query.with_(targets=both, unexplained=(), alternatives=(), axis=None,
                               departments=query.departments or before.departments)
        if both:  # 这两项加起来: what the last answers named
            return query.with_(targets=both, departments=(), unexplained=(), alternatives=(),
                               axis="items" if len(both) >= 2 else None)
        place = query.ordinal or (query.nth if query.operation in (Operation.VALUE,
                                                                   Operation.TOP) else None)
        if place and (before.operation in (Operation.MAX, Operation.MIN) or
                      before.operation == Operation.TOP and before.nth) and not query.targets:
            # 第二呢 / 排老二的是哪项, after 哪项任务钱最多 (or after 第二呢): the same ranking
            descending = before.descending if before.operation == Operation.TOP else \
                before.operation == Operation.MAX
            return query.with_(operation=Operation.TOP, nth=place,
                               descending=descending, set=before.set,
                               filters=before.filters, measure=before.measure,
                               departments=query.departments or before.departments,
                               years=query.years or before.years, attribute=before.attribute,
                               per_department=before.per_department, unexplained=())
        if query.ordinal and context.items:
            picked = _entry_named(index, context.items[query.ordinal - 1]
                                  if query.ordinal <= len(context.items) else "")
            if picked is not None:
                changes["targets"] = (Target(picked, 1.0),)
                changes["unexplained"] = ()
        pronoun = bool(re.search(r"它|其(?![中他它])|该项|这项|这一项|这个指标|这个任务|这个项目",
                                 query.normalized))
        if pronoun and not query.targets and "targets" not in changes and (
                query.set is not None and query.operation == Operation.CHECK or
                query.operation == Operation.WHERE):
            # 它属于重点任务吗, after 第二个呢: the one item the last answer named
            ranked = before.operation in (Operation.TOP, Operation.MAX, Operation.MIN)
            place = (before.nth or 1) - 1 if ranked else 0
            named = _entry_named(index, context.items[place]) \
                if (ranked or len(context.items) == 1) and place < len(context.items) else None
            picked = named or (before.entry if before.entry is not None and
                               len(before.targets) == 1 else None)
            if picked is not None:
                changes["targets"] = (Target(picked, 1.0),)
                changes["unexplained"] = ()
        sure_target = any(t.score >= 0.6 for t in query.targets) and not pronoun or \
            any(t.score >= 0.9 for t in query.targets) or (  # 那它的其他资金呢: 它 is the department
            # 那林业局宣传的钱呢, after 水务局节水宣传教育经费: the new department's own item
            query.departments and query.targets and before.entry is not None and
            not before.entry.in_scope(query.departments) and
            query.targets[0].entry.in_scope(query.departments) and not query.alternatives)
        own_subject = sure_target or query.set is not None or query.measure is not None
        share_of_named = query.operation == Operation.SHARE and len(query.targets) == 1 and \
            before.targets and OF_WHOLE.search(query.normalized[:query.targets[0].start + 1])
        share_of_set = query.operation == Operation.SHARE and len(query.targets) == 1 and \
            not before.targets and before.set is not None and query.set is None and \
            before.operation is Operation.SUM and query.targets[0].entry.kind is Kind.BUDGET and \
            OF_WHOLE.search(query.normalized[:query.targets[0].start + 1])
        if share_of_named:
            # 占预算合计的比例呢 / 占它项目支出多大比例: what was asked before, over what is
            # named now
            changes["targets"] = (before.targets[0], query.targets[0])
            changes["axis"] = "items"
        elif share_of_set:  # 占它项目支出多大比例, after 急救中心的任务一共多少: that sum, over it
            changes["set"] = before.set
            changes["filters"] = before.filters
            changes["followup"] = False  # read whole now: the set's sum over the line after 占
        elif not own_subject and "targets" not in changes:
            changes["targets"] = before.targets
            changes["set"] = before.set
            changes["filters"] = before.filters or query.filters
            changes["measure"] = before.measure
            changes["unexplained"] = ()
            changes["alternatives"] = ()
            if query.operation == Operation.VALUE and before.operation not in (
                    Operation.CHECK, Operation.WHERE):
                changes["operation"] = before.operation
                if len(before.targets) >= 2 and before.axis == "items":
                    # 统计局呢, after 档案局项目支出是基本支出的几倍: the same two lines there
                    changes.update(axis=before.axis, ratio=before.ratio)
                if before.set is not None and re.search(r"分别|各是|各自|都是", query.normalized):
                    changes["operation"] = Operation.LIST  # 分别是多少, after 有几个: each one
        elif query.operation == Operation.SHARE and not query.targets:
            if before.targets and before.operation == Operation.SUM and len(before.targets) > 1 \
                    and query.set is not None:
                # 占全部任务资金的多少, after 培训和宣传两项加起来: their sum over the set's
                changes["targets"] = before.targets
                changes["axis"] = None
            elif before.targets:  # 占全部任务金额的比例: the item asked before, of the set now named
                changes["targets"] = before.targets[:1]
            elif before.set is not None:
                changes["part"] = before.set
        if query.operation in (Operation.MAX, Operation.MIN, Operation.TOP, Operation.SORT,
                               Operation.LIST, Operation.SUM) and query.set is None and \
                not query.targets and before.set is not None:
            changes["set"] = before.set
        if query.place and before.departments and (not query.departments or query.place_only):
            moved = tuple(d for d in (index.directory.in_place(b, query.place)
                                      for b in before.departments) if d)
            if moved:  # 东莞的呢: the same department in that place
                changes["departments"] = moved
                changes["place_only"] = False
        elif not query.departments and not query.unknown_department:
            changes["departments"] = before.departments
            if not query.years:
                changes["years"] = before.years
            if not query.projects and before.projects:  # 本年度申请的呢: in the same project
                changes["projects"] = before.projects
            elif not query.projects and before.entry is not None and \
                    before.entry.kind == Kind.PROJECT and query.targets and \
                    query.targets[0].entry.kind in (Kind.BUDGET, Kind.FUND):
                changes["projects"] = (before.entry.name,)  # 其中财政拨款, after a project
        if query.attribute is None and before.attribute is not None and not query.set:
            changes["attribute"] = before.attribute
        if own_subject and query.operation == Operation.VALUE and before.operation in (
                Operation.DIFF, Operation.COMPARE) and before.axis in ("years", "departments") \
                and not query.departments:
            # 项目支出呢, after 预算合计比去年多多少 / 人员呢, after 两家谁的预算高: the same
            # question of the new item
            changes.update(operation=before.operation, axis=before.axis, yoy=before.yoy)
            if before.axis == "departments" and len(query.targets) == 1:
                changes.update(measure=query.targets[0].entry, targets=(),
                               departments=before.departments)
        if query.operation == Operation.DIFF and not query.years and not query.axis:
            changes["axis"] = "years"
            changes["yoy"] = True
        elif query.operation in (Operation.DIFF, Operation.COMPARE) and len(query.years) == 1 and \
                len(before.years) == 1 and before.years != query.years:
            # 今年比那时候多了多少, after 2023年…是多少: the two years
            changes.update(years=tuple(sorted({*query.years, *before.years})), axis="years")
        if query.operation == Operation.SUM and query.axis == "years" and not query.years:
            # 两年加起来呢, after 那红会呢 → 去年呢: the years the chat has just asked about
            seen = sorted({y for c in self.history(chat_id)[-2:]
                           for y in c.query.years or _latest_year(index, c.query.departments)})
            if len(seen) >= 2:
                changes["years"] = tuple(seen[-2:])
        result = query.with_(**changes)
        return result.with_(targets=_in_scope(result, index)) if result.targets else result


_ASK_END = re.compile(r"(?<=[?？])(?=[^?？!！。\s]{2,})")


_COMMA_ASKS = re.compile(r"^(.{3,}?(?:多少|几)[^，,；;、]{0,12})(?:[，,；;]"
                         r"((?:其中)?.{2,}?(?:多少|几).{0,6}|[^，,；;]{2,14}呢[?？]?)|"
                         r"、((?:多少|几)[^，,；;、]{1,8}))$")  # 有几项任务、几个绩效指标


_OWN_ASK = re.compile(r"多少|几|吗|呢|什么|哪|是不是|有没有|对吧|对不对")


def split_asks(question: str) -> list[str]:
    """科协财政拨款多少？其他资金呢 / 人防办一共几项任务，重点任务占几项 → two asks, the second
    a follow-up of the first; one ask when no ？ (or no comma between two how-many asks) stands
    inside the message."""
    parts = [p.strip() for p in _ASK_END.split(question) if p.strip()]
    if len(parts) == 1:
        two = _COMMA_ASKS.match(question.strip())
        parts = [two.group(1), two.group(2) or two.group(3)] if two else parts
    if any(GOALS_ASKED.search(p) and not _OWN_ASK.search(p) for p in parts[1:]):
        return [question]  # 启动几个项目？目标里写的那个数: where to read it, not a second ask
    if len(parts) > 1 and GOALS_ASKED.search(parts[0]):  # 总体目标里，A多少个？B办多少场？
        parts = [parts[0], *(p if GOALS_ASKED.search(p) else "总体目标里" + p for p in parts[1:])]
    return parts if 1 < len(parts) <= 3 and all(len(p) >= 3 for p in parts) else [question]


def restated(context: Context | None, query: Query, applied: Query, index: Index) -> str:
    """那财政局呢, after 气象局的培训经费多少, when the item asked before is not the new
    department's: the question before, with the new department in place of the old one (to be
    read again: 财政局的培训经费多少 finds 财政局's own 培训 item)."""
    if context is None or not query.followup or not query.departments or query.targets or \
            query.set is not None:
        return ""
    if context.kind != "ambiguous" and not context.query.focus and (
            # 东莞红会呢, after a question asked back: asked again; 那文广旅体局呢, after a
            # department's place in a ranking: that department's place
            not applied.targets or all(t.entry.in_scope(query.departments)
                                       for t in applied.targets)):
        return ""
    new = _new_words(query)
    before = context.query.normalized
    mentions = [m for m in index.directory.mentions(before) if m.departments]
    if len(mentions) != 1 or not new or len(new) > 12:
        return ""
    mention = mentions[0]
    return before[:mention.start] + new + before[mention.end:]


_RANK_FILLER = re.compile(r"[那呢吗啊的，,。？?\s]|(?:在|于)?(?:全市|东莞|各部门|所有部门|里|中)+|那么|这个|这")


def ranked(context: Context | None, query: Query) -> str:
    """在全市排第几, after 社科联今年预算总额是多少: the same line of the same department,
    ranked — the question to read again; 那总预算在全市排第几 / 那人数呢，排第几 (a department's
    own line named, after a question about one department or one department's place): that
    line of that department, ranked."""
    if context is None or query.departments and not query.place_only or query.set is not None:
        return ""
    before = context.query
    if not RANK_ASKED.search(query.normalized):
        # 那人数呢, right after 血站预算在全市排第几: the same department's place by that line
        rest = _RANK_FILLER.sub("", query.normalized)
        if len(before.focus) == 1 and before.operation is Operation.SORT and \
                0 < len(rest) <= 6 and (query.normalized.startswith("那") or
                                        re.search(r"呢[?？]?$", query.normalized)):
            return f"{before.focus[0]}{rest}在全市排第几"
        return ""
    own = [t.entry for t in query.targets if t.entry.kind in (Kind.BUDGET, Kind.BASIC)]
    if query.targets and (len(own) != 1 or len(query.targets) != 1):
        return ""
    line = before.measure or (before.entry if len(before.targets) == 1 else None)
    departments = before.focus or before.departments
    rest = _RANK_FILLER.sub("", RANK_ASKED.sub("", query.normalized))
    if not own and rest and len(departments) == 1:
        return departments[0] + query.normalized  # 那人数呢，排第几: what it names, of that one
    if own:
        name = own[0].name
    elif line is None and all(t.entry.kind is Kind.BUDGET for t in before.targets):
        name = "部门预算合计"  # after its overview or several of its lines: the whole budget
    elif line is not None and line.kind is Kind.BUDGET:
        name = line.name
    else:
        return ""
    if len(departments) != 1:
        return ""
    years = "".join(f"{y}年" for y in before.years[:1])
    return f"{departments[0]}{years}{name}{query.normalized}"


def between_again(context: Context | None, query: Query) -> str:
    """人数差多少 / 那财政供养人员差多少人, right after two departments compared by a line: the
    same two departments compared by what is named now — the question to read again."""
    if context is None or query.departments or query.place or query.years or query.yoy or \
            query.operation not in (Operation.DIFF, Operation.COMPARE):
        return ""
    before = context.query
    if before.axis != "departments" or len(before.departments) != 2 or \
            before.operation not in (Operation.DIFF, Operation.COMPARE):
        return ""
    first, second = before.departments
    return f"{first}和{second}{re.sub(r'^(?:那么?|还有)', '', query.normalized)}"


def goes_on(context: Context | None, query: Query) -> bool:
    """人均成本卡在多少 / 财政拨款和其他资金各是多少, right after a question about one department,
    naming none: items several departments (or every one) have — read as that department's."""
    if context is None or len(context.query.departments) != 1 or query.departments or \
            query.place or query.per_department:
        return False
    if query.set is not None:  # 绩效指标里年度定的多少, after a goal's figure of one indicator
        before = context.query  # 在全部任务里占多大比重, after a set's sum: that sum's share
        return _asks_its_target(query, before) or query.operation == Operation.SHARE and \
            not query.targets and before.set is not None and \
            before.operation in (Operation.SUM, Operation.COUNT, Operation.LIST)
    if query.alternatives and len(query.normalized) <= 12:
        return True
    first = query.targets[0].entry if query.targets else None
    if first is not None and len(query.normalized) <= 14 and \
            first.in_scope(context.query.departments) and len(first.departments) > 1:
        return True  # 全年接待观众大概多少, after 美术馆…: its own, not every museum's
    return bool(query.targets) and all(t.entry.kind in (Kind.BUDGET, Kind.BASIC, Kind.FUND)
                                       for t in query.targets)


_ADD_MORE = re.compile(r"^(?:那|那么)?再?(?:加上|算上|加)")


def added(context: Context | None, query: Query) -> Query | None:
    """那再加上司法局呢, after a sum over departments: the same sum with that department too."""
    if context is None or not query.departments or query.targets or query.set is not None or \
            not _ADD_MORE.match(query.normalized):
        return None
    before = context.query
    if before.operation != Operation.SUM or not before.departments:
        return None
    more = tuple(d for d in query.departments if d not in before.departments)
    return before.with_(departments=before.departments + more, text=query.text, followup=True) \
        if more else None


_YEAR_WORDS = re.compile(r"(?:20)?\d{2}年度?|今年|去年|前年|明年|本年度?|上年度?|上一年")


# 去年 / 去年定的是多少 / 去年那张表里写的是多少: only another year asked
_YEAR_ONLY = re.compile(f"(?:{_YEAR_WORDS.pattern})(?:那张表里|的表里|表里|那年)?"
                        r"(?:定|写|说|要求|规定|计划)?的?(?:是|为|有没有|有)?(?:多少|几)?[个家人项名]?")


def reyeared(context: Context | None, query: Query) -> str:
    """去年呢, after a figure quoted from the goals (累计约4.2万人): the question before, asked of
    that year — read again, so that the same sentence of that year's table answers; after a
    question asked back (which of two items), the same question of that year, asked back again
    (not the department's overview); 25年的有吗, after a year not loaded: that year's."""
    if context is None or context.kind not in ("prose figure", "ambiguous", "not_found") or \
            not query.followup or \
            len(query.years) != 1 or query.targets or query.departments or query.set is not None \
            or _new_words(query) and not _YEAR_ONLY.fullmatch(_new_words(query)):
        return ""
    before, year = context.query.normalized, f"{query.years[0]}年"
    first = _YEAR_WORDS.search(before)
    if first is None:
        return year + before
    # where the year stood (社保中心2024年预算多少 → 社保中心2025年预算多少), any other left out
    return before[:first.start()] + year + _YEAR_WORDS.sub("", before[first.end():])


def _new_words(query: Query) -> str:
    """What a follow-up adds: 那财政局呢 → 财政局, 那培训那块呢 → 培训那块."""
    return re.sub(r"^(?:那么?|还有)|(?:的)?(?:呢|吗|啊)?[?？。]*$", "", query.normalized)


def rescoped(context: Context | None, query: Query, index: Index) -> str:
    """那培训那块呢, after 残联的康复救助那笔钱: the new words, asked of the department (and
    year) before — when read alone they name another department's item, or nothing."""
    if context is None or not query.followup or query.departments or query.place or \
            len(context.query.departments) != 1 or not query.content_words:
        return ""
    before = context.query
    kind = before.entry.kind if before.entry is not None else None
    if any(t.entry.in_scope(before.departments) and kind in (None, t.entry.kind)
           for t in query.targets):
        return ""  # already the department's, and the same kind of thing as before
    department = before.departments[0]
    years = "".join(f"{y}年" for y in before.years[:1]) if not query.years else ""
    words = _new_words(query)
    asked_money = before.attribute == Attribute.AMOUNT or \
        before.entry is not None and before.entry.kind == Kind.TASK
    money = "的经费" if asked_money and query.attribute is None else ""
    return f"{index.directory.bare_name(department)}{years}{words}{money}"


_COMPARED_WITH = re.compile(r"^(?:那|那么)?(?:跟|和|与|同|比)")


# 跟去年旧名称那项比多了多少 / 比原来那个名字的多多少: the old name of the task just renamed
_OLD_NAME_SAID = re.compile(r"(?:旧|原|老|以前的?|原来的?|改名前的?)(?:名称|名字|那项|那个)|去年那(?:项|个)")


def _renamed_pair(query: Query, context: Context, index: Index) -> Query | None:
    """A year-on-year follow-up of a renamed task's answer: its new name this year against its
    old name the year before (the two names the answer gave, new first)."""
    if context.kind != "renamed" or len(context.items) != 2 or not (
            query.yoy and not query.targets or _OLD_NAME_SAID.search(query.normalized)):
        return None
    new, old = (index.find(Kind.TASK, name) for name in context.items)
    departments = context.query.departments or tuple(new.departments) if new else ()
    if new is None or old is None or len(departments) != 1:
        return None
    if new is old or not old.in_scope(departments):
        return None
    # no year named: each name is read in its own latest table (the new this year, the old the
    # year before)
    return query.with_(targets=(Target(new, 1.0), Target(old, 1.0)), operation=Operation.DIFF,
                       departments=departments, years=(), yoy=False, axis="items",
                       unexplained=(), alternatives=())


def _against_another(query: Query, before: Query, index: Index) -> Query | None:
    """跟交通局公路养护那笔比，差多少 / 比侨联那个帮扶慰问经费少多少, right after one item's figure:
    that item against the one named now (another department's, in the city of the first)."""
    if query.operation not in (Operation.DIFF, Operation.COMPARE) or len(query.targets) != 1 or \
            len(before.targets) != 1 or before.entry is None or not before.departments or \
            not _COMPARED_WITH.match(query.normalized):
        return None
    other = query.targets[0]
    if other.entry is before.entry or other.entry.kind is not before.entry.kind:
        return None
    place = index.directory.place_of(before.departments[0])
    held = [d for d in (query.departments or tuple(other.entry.departments))
            if d in other.entry.departments]
    held = [d for d in held if index.directory.place_of(d) == place] or held
    if len(held) != 1 or held[0] in before.departments:
        return None
    first = Target(before.entry, 1.0, departments=before.departments[:1])
    return query.with_(targets=(first, Target(other.entry, other.score, departments=(held[0],))),
                       departments=(before.departments[0], held[0]), years=before.years,
                       axis="items", unexplained=(), alternatives=(), followup=True)


def _both(query: Query, history: list[Context], index: Index) -> tuple[Target, ...]:
    """The items 这两项 / 两个 / 它们 refer to: those the last answer listed, else the items of the
    last two questions (each in its own department)."""
    if not any(w in query.normalized for w in _BOTH) or not history or \
            any(t.score >= 0.9 for t in query.targets):
        return ()
    last = history[-1]
    entries = [e for e in (_entry_named(index, name) for name in last.items) if e is not None]
    if len(entries) >= 2:
        return tuple(Target(e, 1.0, departments=last.query.departments)
                     for e in entries[:MAX_LISTED])
    if len(history) >= 2 and history[-2].query.targets and last.query.targets and not (
            history[-2].query.targets[0].entry is last.query.targets[0].entry and
            history[-2].query.departments == last.query.departments and
            history[-2].query.years == last.query.years):
        # (one item of one table asked twice is not two items: never added to itself)
        earlier, later = history[-2].query, last.query
        return (Target(earlier.targets[0].entry, 1.0, departments=earlier.departments),
                Target(later.targets[0].entry, 1.0, departments=later.departments))
    return ()


def _related(name: str, other: str) -> bool:
    """The names share a word that is not a generic one (老旧小区 in both)."""
    pairs = {name[i:i + 2] for i in range(len(name) - 1)}
    return any(p in other and p not in GENERIC_WORDS for p in pairs)


def _in_scope(query: Query, index: Index) -> tuple[Target, ...]:
    """其他资金呢 (a project's fund line and a budget line share the name), asked of 市监局:
    the entry of that name the departments now in scope have; 其中财政拨款多少, asked of a
    project: the project's fund line."""
    if query.projects:
        targets = []
        for target in query.targets:
            fund = index.find(Kind.FUND, target.entry.name) if target.entry.kind == Kind.BUDGET \
                else None
            if fund is not None and any(k[1] in query.projects for k in fund.places):
                target = replace(target, entry=fund)
            targets.append(target)
        return tuple(targets)
    if not query.departments:
        return query.targets
    targets = []
    for target in query.targets:
        entry = target.entry
        if not entry.in_scope(target.departments or query.departments):
            entry = next((e for e in (index.find(kind, entry.name) for kind in Kind)
                          if e is not None and e.in_scope(target.departments or query.departments)),
                         entry)
        targets.append(replace(target, entry=entry))
    return tuple(targets)


_PERIOD_ASKED = re.compile(r"^(?:那)?(年度|实施周期|周期|中期)(?:的)?(?:呢|是多少|多少)?[?？]?$")
_PERIOD_WORDS = ("实施周期", "中期", "年度")
_THIS_YEAR_ASKED = re.compile(r"^(?:那|那么)?(?:今年|本年度?|当年)(?:的)?(?:安排|投入|资金|预算|拨)?了?"
                              r"(?:呢|是多少|多少|有多少)?(?:钱|资金)?[?？]?$")


def _other_period_line(query: Query, before: Query, index: Index):
    """The same money line of the other period (年度资金总额 for 实施周期资金总额)."""
    asked = _PERIOD_ASKED.match(query.normalized)
    entry = before.entry
    if entry is None or entry.kind not in (Kind.FUND, Kind.BUDGET):
        return None
    if asked:
        word = "实施周期" if asked.group(1) == "周期" else asked.group(1)
    elif _THIS_YEAR_ASKED.match(query.normalized) and "实施周期" in entry.name:
        word = "年度"  # 那今年安排多少, after a project's 实施周期资金总额: the year's line
    else:
        return None
    return _line_of_period(entry, word, index)


def _line_of_period(entry, word: str, index: Index):
    """The same money line of the period ``word`` (实施周期资金总额 for 年度资金总额)."""
    for said in _PERIOD_WORDS:
        if said in entry.name and said != word:
            for kind in (entry.kind, Kind.FUND, Kind.BUDGET):
                other = index.find(kind, entry.name.replace(said, word))
                if other is not None and other.places:
                    return other
    return None


_HOW_MANY_OF = re.compile(r"(?:多少|几)([\u4e00-\u9fff])[?？呢啊]*$")


def _counted_instead(query: Query, before: Query, index: Index):
    """要审几户, after 国企财务审计每户平均成本多少 (≤18万元/户): the department's indicator counted
    in 户 whose name shares most with the question and the one before, not the cost per 户."""
    asked = _HOW_MANY_OF.search(query.normalized)
    entry = before.entry
    if not asked or query.targets or entry is None or entry.kind != Kind.INDICATOR or \
            not any(u.endswith("/" + asked.group(1)) for u in entry.units):
        return None
    unit = asked.group(1)
    keys = [k for k in entry.places if not before.departments or k[0] in before.departments]
    pool = {e.id: e for k in keys for e in index.entries_of(k)
            if e.kind == Kind.INDICATOR and e is not entry and unit in e.units}
    words = query.normalized + entry.key
    pairs = {words[i:i + 2] for i in range(len(words) - 1)}
    scored = sorted(((sum(e.key[i:i + 2] in pairs for i in range(len(e.key) - 1)), e.name, e)
                     for e in pool.values()), reverse=True)
    if not scored or scored[0][0] == 0 or len(scored) > 1 and scored[1][0] == scored[0][0]:
        return None
    return scored[0][2]


_OF_PERIOD = re.compile(r"占(?:整个|全部|总的)?(?:实施)?周期")


_ITS_TARGET = re.compile(r"指标(?:里|中|上|值)?.{0,6}(?:定的|定了|写的|要求|是)?.{0,2}(?:多少|几)")
_MONEY_ONLY = re.compile(r"^(?:那|那么)?(?:花了|用了|安排了?|给了|拨了|投了|投入了?|是)?"
                         r"(?:多少钱?|多少万|几多钱)[?？呢啊吧]*$")


def _asks_its_target(query: Query, before: Query) -> bool:
    """绩效指标里年度定的多少, right after a question whose reading was one indicator (a goal's
    rough figure of it was the answer): that indicator's target is asked."""
    return query.set is not None and query.set.kind is SetKind.INDICATOR and \
        query.set.category is None and not query.filters and not query.targets and \
        len(before.targets) == 1 and before.entry.kind is Kind.INDICATOR and \
        bool(_ITS_TARGET.search(query.normalized))


def _lookalike_asked(query: Query, context: Context):
    """The item another department has, when the last answer said 否 — not in the department
    named, but 相近的是 that item — and only its money is asked now."""
    before = context.query
    if query.targets or query.departments or before.targets or not before.elsewhere or \
            before.operation != Operation.CHECK or not _MONEY_ONLY.match(query.normalized):
        return None
    entry = before.elsewhere[0].entry
    return entry if entry.name in context.items else None


def _period_whole(query: Query, before: Query, index: Index):
    """The 实施周期 line a year's line is a share of (今年这部分占整个周期的百分之多少)."""
    entry = before.entry
    if entry is None or entry.kind not in (Kind.FUND, Kind.BUDGET) or "年度" not in entry.name \
            or not _OF_PERIOD.search(query.normalized):
        return None
    return _line_of_period(entry, "实施周期", index)


def _latest_year(index: Index, departments: tuple[str, ...]) -> tuple[int, ...]:
    """The year a question that names none is about: its department's latest."""
    years = index.department_years(departments[0]) if len(departments) == 1 else []
    return tuple(years[-1:])


def _entry_named(index: Index, name: str):
    for kind in (Kind.TASK, Kind.INDICATOR, Kind.BUDGET, Kind.PROJECT, Kind.FUND, Kind.BASIC):
        entry = index.find(kind, name)
        if entry is not None and entry.places:
            return entry
    return None
