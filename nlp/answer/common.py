"""Answers every kind shares: not found, not in the named department, which one did you
mean, and the rule that an answer leaving part of the question unexplained is not ``ok``."""

from __future__ import annotations

import re
from collections.abc import Iterable

from nlp.answer import phrasing
from nlp.answer.base import Answer, Choice, Snapshot, Status
from nlp.index import Entry, Kind
from nlp.lexicon import MONEY_SAID, PER_ASKED
from nlp.query import Query, Target

LOW_CONFIDENCE = 0.6
_KIND_LABELS = {Kind.TASK: "任务", Kind.BUDGET: "预算", Kind.INDICATOR: "指标", Kind.CATEGORY: "类别",
                Kind.BASIC: "基本信息", Kind.GOALS: "目标", Kind.FUND: "项目资金", Kind.PROJECT: "项目"}


def unique(values: Iterable) -> list:
    return list(dict.fromkeys(values))


def not_found(query: Query, snapshot: Snapshot, reason: str) -> Answer:
    return Answer(query.text, phrasing.not_found_text(reason, snapshot.index.loaded_summary()),
                  Status.NOT_FOUND)


def where_it_is(entry: Entry, limit: int = 6) -> str:
    places = list(entry.places)[:limit]
    return "；".join(f"{d}{' · ' + p if p else ''} {y} 年" for d, p, y in places)


def missing_here(query: Query, snapshot: Snapshot, entry: Entry) -> Answer:
    """The item exists, but not in the departments or years the question named."""
    scope = "、".join(query.departments) or "已载入的部门"
    years = f" {'、'.join(map(str, query.years))} 年" if query.years else ""
    text = (f"{scope}{years}的表中没有“{entry.name}”。\n"
            f"“{entry.name}”见于：{where_it_is(entry)}。")
    return Answer(query.text, text, Status.NOT_FOUND, kind=str(entry.kind), items=[entry.name])


def choice_label(entry: Entry, named: tuple[str, ...] = ()) -> str:
    """消防安全培训经费（任务 · 东莞市消防救援支队）: the departments named in the question
    when it holds the item there, else all that hold it."""
    kind = _KIND_LABELS.get(entry.kind, "")
    held = unique(d for d, _, _ in entry.places)
    departments = [d for d in held if d in named] or held
    owner = departments[0] if len(departments) == 1 else f"{len(departments)} 个部门"
    return f"{entry.name}（{kind} · {owner}）" if kind else entry.name


def ambiguous(query: Query, snapshot: Snapshot, targets: list[Target]) -> Answer:
    choices = [Choice(choice_label(t.entry, query.departments),
                      f"{snapshot.generation}:{t.entry.id}")
               for t in targets[:5]]
    lines = [f"“{query.text}”可能指以下几项，请选择或说得更具体一些："]
    lines += [f"{i}. {c.label}" for i, c in enumerate(choices, 1)]
    return Answer(query.text, "\n".join(lines), Status.AMBIGUOUS,
                  items=[t.entry.name for t in targets[:5]], choices=choices,
                  score=targets[0].score if targets else 0.0)


def better_elsewhere(query: Query) -> bool:
    """The question names an item exactly, but where it is not (another year or department):
    what matched in scope is a poor stand-in."""
    if not query.elsewhere or not query.targets:
        return False
    outside, inside = query.elsewhere[0], query.targets[0]
    named_whole = outside.score >= 0.95 or outside.name_coverage >= 1.0 and \
        outside.score >= 0.9 and _pairs_shared(outside.entry.key, inside.entry.key) < 0.5
    if named_whole and inside.score < 0.8 and outside.score - inside.score >= 0.25:
        # (the whole name said, a little off in kind — and the item here shares little of
        # it: 红会's 备灾救灾物资储备经费 stands for 应急物资储备经费, 卫健局's 公共卫生应急能力
        # 建设经费 does not for 公共卫生实验室检测能力提升经费)
        return True
    # 残联的人道救助资金: the words left unexplained here are in another department's item
    return bool(query.unexplained) and outside.score >= inside.score - 0.05 and all(
        w.strip("的") in outside.entry.key for w in query.unexplained)


def slip(question: str, word: str, name: str) -> tuple[str, str] | None:
    """The stretch of ``name`` that ``word`` types with one character wrong, read where the
    question has it: the question's run around that character matches the name on both sides
    of it, three characters or more (储备梁轮换 for 储备粮轮换, 信息化见设经费 for 信息化建设经费);
    (what the question says, what the name says), or None when there is none or several. A word put before a name (供水|管网 beside 污水管网)
    is no slip: the wrong character must have the name's characters on both sides."""
    core = word.strip("的了吗呢啊")
    at = question.find(core)
    if len(core) < 2 or at < 0:
        return None
    found = set()
    for p in range(at, at + len(core)):
        for j, ch in enumerate(name):
            if ch == question[p] or not "\u4e00" <= question[p] <= "\u9fff":
                continue
            left = 0
            while left < min(p, j) and question[p - 1 - left] == name[j - 1 - left]:
                left += 1
            right = 0
            while p + right + 1 < len(question) and j + right + 1 < len(name) and \
                    question[p + right + 1] == name[j + right + 1]:
                right += 1
            if left and right and left + right >= 2 and p - left <= at and \
                    p + right + 1 >= at + len(core):
                found.add((question[p - left:p + right + 1], name[j - left:j + right + 1]))
    return found.pop() if len(found) == 1 else None


def slips(query: Query) -> dict[str, str]:
    """If every word left unexplained is a slip of the one item chosen: what the question says
    -> what the name says there; else empty."""
    if len(query.targets) != 1 or query.alternatives or not query.unexplained:
        return {}
    name = query.targets[0].entry.key
    read = [slip(query.normalized, w, name) for w in query.unexplained]
    return dict(read) if all(read) else {}


def _pairs_shared(name: str, other: str) -> float:
    """The share of ``name``'s character pairs that ``other`` holds."""
    pairs = {name[i:i + 2] for i in range(len(name) - 1)}
    return sum(1 for p in pairs if p in other) / (len(pairs) or 1)


def _standard_for_a_sum(query: Query, answer: Answer) -> bool:
    """Money asked (的钱是多少), not per anything, and the answer a standard per person / per
    thing (元/人次)."""
    target = query.targets[0] if len(query.targets) == 1 else None
    return target is not None and answer.kind == "indicator" and \
        target.entry.kind is Kind.INDICATOR and target.entry.is_money and \
        any("/" in u for u in target.entry.units) and \
        MONEY_SAID.search(query.normalized) is not None and not PER_ASKED.search(query.normalized) \
        and not _CAP_SAID.search(query.normalized)


_CAP_SAID = re.compile(r"上限|最多|最高|封顶|单项|单个|一项|一个|一次|标准|限额")  # 奖励上限多少万


def _by_its_text_only(query: Query) -> bool:
    """The item was found by words of its text (主要实施内容 / 目标内容), none of its name: a
    content match scores at most 0.65, a name matched by its terms has a name coverage."""
    target = query.targets[0] if query.targets else None
    return target is not None and target.entry.kind in (Kind.TASK, Kind.INDICATOR) and \
        target.name_coverage == 0 and target.score <= CONTENT_ONLY_SCORE


CONTENT_ONLY_SCORE = 0.65


def settle(query: Query, answer: Answer) -> Answer:
    """An answer that left salient words of the question unexplained, or matched only weakly,
    says so and is not ``ok``."""
    if answer.status != Status.OK:
        return answer
    read = slips(query)
    if read:
        answer.status = Status.LOW
        answer.text += "\n（" + "、".join(f"把“{w}”当作“{s}”" for w, s in read.items()) + \
            "来理解，请核对。）"
    elif query.unexplained:
        answer.status = Status.LOW
        answer.text += "\n" + phrasing.unexplained_note(query.unexplained)
    elif query.notes:
        answer.status = Status.LOW
        answer.text += "\n" + "\n".join(f"（{note}）" for note in query.notes)
    elif _standard_for_a_sum(query, answer):
        answer.status = Status.LOW  # 请专家参与执法的钱是多少: ≤1500元/人次 is no sum of money
        answer.text += (f"\n（“{query.targets[0].entry.name}”是单位标准，不是经费总额；"
                        "如问的是一项经费，请说出任务名称。）")
    elif _by_its_text_only(query):
        answer.status = Status.LOW  # 报社预算多少: 南方工报社 in a task's text, not its name
        answer.text += (f"\n（问题中的词语只出现在“{query.targets[0].entry.name}”的内容里，不在名称里；"
                        "如果不是您要找的，请说出表中的名称。）")
    elif query.targets and query.score < LOW_CONFIDENCE:
        answer.status = Status.LOW
        answer.text += (f"\n（按问题中的词语匹配到“{query.targets[0].entry.name}”，把握不大；"
                        "如果不是您要找的，请说出表中的完整名称。）")
    return answer
