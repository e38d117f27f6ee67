"""The question engine's façade: a Chinese question in, an exact answer with its source out.

Pure and synchronous (no telegram): the console, ``run_bot.py ask`` and the bot's handlers all
call ``Engine.ask``. The work is done elsewhere: ``parser`` reads the question into a ``Query``,
``conversation`` completes follow-ups, ``answer.route`` picks the kind of answer, and ``live``
keeps the index in step with the store.

>>> engine = Engine(store)
>>> engine.ask("送温暖活动经费是多少？").text.splitlines()[0]
'送温暖活动经费：1,950,000 元（195.00 万元）'
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import date

from data import clock, digest
from data.db import Store
from data.status import DEFAULT_THRESHOLDS, Thresholds
from nlp.answer import phrasing
from nlp.answer.base import Answer, Choice, Snapshot, Status
from nlp.answer.common import unique
from nlp.answer.route import route
from nlp.conversation import (
    Conversations,
    added,
    between_again,
    goes_on,
    ranked,
    rescoped,
    restated,
    reyeared,
    split_asks,
)
from nlp.departments import Resolution
from nlp.index import Index, Kind
from nlp.live import LiveIndex
from nlp.parser import parse
from nlp.query import Query, Target
from nlp.tokenizer import Tokenizer

logger = logging.getLogger(__name__)

OK, NOT_FOUND, AMBIGUOUS, LOW, EMPTY = (Status.OK, Status.NOT_FOUND, Status.AMBIGUOUS,
                                        Status.LOW, Status.EMPTY)
EXAMPLES = phrasing.EXAMPLES
NO_TABLES = ("还没有载入任何绩效目标表。请管理员发送 PDF、XLSX 或 TXT 格式的绩效目标表给机器人"
             "（或在服务器上运行 python run_bot.py import 文件）。")

__all__ = ["AMBIGUOUS", "EMPTY", "LOW", "NOT_FOUND", "OK", "Answer", "Choice", "Engine"]


class Engine:
    """Answers questions from the store's current tables."""

    def __init__(self, store: Store, today: Callable[[], date] = clock.today,
                 tokenizer: Tokenizer | None = None, log_questions: bool = True,
                 thresholds: Thresholds = DEFAULT_THRESHOLDS) -> None:
        self.store = store
        self.today = today
        self.thresholds = thresholds
        self.log_questions = log_questions
        self.live = LiveIndex(store, tokenizer)
        self.conversations = Conversations()

    # ------------------------------------------------------------ the index

    @property
    def index(self) -> Index:
        self.refresh()
        return self.live.index

    def refresh(self) -> None:
        """Bring the index up to date with the store (waiting for it)."""
        self.live.sync(wait=True)

    def resolve_department(self, text: str) -> Resolution:
        """What a department name means (科技局, 东莞市总工会): the resolver questions use."""
        self.refresh()
        with self.live.lock:
            return self.live.index.directory.resolve(text)

    # ------------------------------------------------------------ questions

    def ask(self, question: str, chat_id: str = "default", user_id: str = "") -> Answer:
        """Answer one question in the conversation of ``chat_id`` (and log it if unanswered).
        A small change of the data is applied first; a large one continues in the background
        while this question is answered from the index as it stands."""
        self.live.sync(wait=self.live.generation < 0)
        with self.live.lock:
            answer = self._answer((question or "").strip(), str(chat_id))
        self.log_if_unanswered(answer, chat_id, user_id)
        return answer

    def ask_if_ready(self, question: str, chat_id: str = "default") -> Answer | None:
        """The answer at once when the index is current and free; ``None`` otherwise, so that
        a caller on an event loop runs :meth:`ask` in a worker thread instead. Nothing is
        logged here (that writes to the database): call :meth:`log_if_unanswered` off the loop."""
        if not self.live.is_current() or not self.live.lock.acquire(blocking=False):
            return None
        try:
            return self._answer((question or "").strip(), str(chat_id))
        finally:
            self.live.lock.release()

    def log_if_unanswered(self, answer: Answer, chat_id: str = "", user_id: str = "") -> None:
        """Keep not-found, ambiguous and low-confidence questions for review (/unanswered)."""
        if self.log_questions and answer.question and answer.status in (NOT_FOUND, LOW, AMBIGUOUS):
            self.store.log_question(answer.question, answer.status, answer.text, str(chat_id),
                                    str(user_id))

    def choose(self, ref: str, chat_id: str = "default") -> Answer:
        """Answer the last ambiguous question of ``chat_id`` with the chosen candidate."""
        self.refresh()
        with self.live.lock:
            index = self.live.index
            generation, _, entry_id = ref.partition(":")
            context = self.conversations.last(str(chat_id))
            if generation != str(self.live.generation) or not entry_id.isdigit() or \
                    int(entry_id) >= len(index.entries) or context is None:
                return Answer("", "数据已经更新，这个选项已失效，请重新提问。", NOT_FOUND)
            entry = index.entries[int(entry_id)]
            query = context.query.with_(targets=(Target(entry, 1.0),), alternatives=(),
                                        unexplained=())
            return self._reply(query, str(chat_id))

    def add_alias(self, alias: str, target: str, created_by: str = "") -> str:
        """``alias 送温暖 = 送温暖活动经费``: takes effect at once, kept in the database."""
        alias, target = alias.strip(), target.strip()
        if not alias or not target:
            return "用法：alias 别名 = 名称，例如 alias 送温暖 = 送温暖活动经费"
        known = {e.name for e in self.index.entries if e.places}
        if target not in known:
            return f"没有找到名称“{target}”，别名未添加。请使用表中的完整名称。"
        self.store.add_alias(alias, target, created_by)
        self.refresh()
        return f"已添加别名：“{alias}” → “{target}”。"

    # ------------------------------------------------------------ answering

    def _snapshot(self) -> Snapshot:
        return Snapshot(self.live.index, self.today(), self.thresholds, self._digest,
                        self.live.generation)

    def _digest(self, department: str, year: int, day: date):
        return digest.digest_for(self.store, department, year, day, self.thresholds)

    def _answer(self, question: str, chat_id: str, followup: bool = False,
                beside: Answer | None = None) -> Answer:
        if not question:
            return Answer(question, "请输入问题，例如：" + "、".join(EXAMPLES), EMPTY)
        if not self.live.index.tables:
            return Answer(question, NO_TABLES, NOT_FOUND)
        asks = split_asks(question)
        if len(asks) > 1 and parse(asks[0], self.live.index, self.today()).unknown_department:
            asks = [question]  # 侨联的表有吗？预算多少: a department not loaded, said once for all
        if len(asks) > 1:  # A多少？B呢: each answered, the second as a follow-up of the first
            answers = [self._answer(asks[0], chat_id)]
            first = self.conversations.last(chat_id)
            answers += [self._answer(ask, chat_id, followup=True, beside=answers[0])
                        for ask in asks[1:]]
            if first is not None:  # the message's subject is its first ask (其中… goes on from it)
                self.conversations.remember(chat_id, first.query, list(first.items), first.kind,
                                            first.sure)
            return _joined(question, answers)
        index = self.live.index
        context = self.conversations.last(chat_id)
        parsed = parse(question, index, self.today())
        if not parsed.followup and (followup or goes_on(context, parsed)):
            # 信访局财政专项资金多少，市本级用的是多少: a later ask of one message; 财政拨款多少
            # right after a question about one department
            parsed = parsed.with_(followup=True)
        scoped = rescoped(context, parsed, index)
        if scoped:  # 那培训那块呢: the new words, in the department asked before
            other = parse(scoped, index, self.today())
            if other.targets and not other.unexplained and \
                    all(t.entry.in_scope(other.departments) for t in other.targets):
                parsed = other.with_(text=question, followup=True)
        query = self.conversations.apply(chat_id, parsed, index)
        more = added(context, parsed)
        again = "" if more is not None else restated(context, parsed, query, index)
        year = "" if more is not None or again else reyeared(context, parsed)
        rank = "" if more is not None or again or year else ranked(context, parsed)
        pair = "" if more is not None or again or year or rank else between_again(context, parsed)
        if more is not None:  # 那再加上司法局呢: the sum before, with that department too
            query = more
        elif rank:  # 在全市排第几, after one department's budget line: that line ranked
            query = parse(rank, index, self.today()).with_(text=question, followup=True)
        elif again:  # 那财政局呢: the question before, asked of the new department
            other = parse(again, index, self.today())
            if other.targets and all(t.entry.in_scope(parsed.departments or other.departments)
                                     for t in other.targets) or other.focus:  # (its place)
                query = other.with_(text=question, followup=True)
        elif year:  # 今年呢, after a goal's figure: that year's goals
            query = parse(year, index, self.today()).with_(text=question, followup=True)
        elif pair:  # 人数差多少, after two departments' budgets compared: their staff
            query = parse(pair, index, self.today()).with_(text=question, followup=True)
        hedged = context is not None and not context.sure and query.followup and query.targets \
            and [t.entry.id for t in query.targets] == [t.entry.id for t in context.query.targets]
        return self._reply(query, chat_id, hedged, beside)

    def _reply(self, query: Query, chat_id: str, hedged: bool = False,
               beside: Answer | None = None) -> Answer:
        try:
            answer = route(query, self._snapshot(), beside)
        except Exception:  # a question must never end in a traceback
            logger.exception("answering %r failed", query.text)
            answer = Answer(query.text, "抱歉，这个问题暂时无法回答，请换个说法再试。", NOT_FOUND)
        if hedged and answer.status == OK and answer.kind != "prose figure":
            # 去年呢, after a best guess: still a guess (a sentence quoted is not that item)
            answer.status = LOW
            answer.text += "\n（沿用了上一问中把握不大的那一项，请核对。）"
        if answer.status in (OK, LOW):
            if answer.kind == "renamed":  # 多少钱, after 今年叫什么: the item as named now
                now = self.live.index.find(Kind.TASK, answer.items[0])
                if now is not None:
                    query = query.with_(targets=(Target(now, 1.0),), years=tuple(answer.years[-1:]))
            self.conversations.remember(chat_id, query, answer.items, answer.kind,
                                        sure=answer.status == OK)
        elif answer.status == NOT_FOUND and query.departments and query.years and \
                not query.unexplained:  # 团市委2025年预算 (no such year): 那今年的呢 goes on
            self.conversations.remember(chat_id, query, [], "not_found")
        elif answer.status == NOT_FOUND and answer.kind == "check" and answer.items:
            # 送温暖是科技局负责的吧 (否, 相近的是 总工会's): 花了多少 goes on with that item
            self.conversations.remember(chat_id, query, answer.items, "check", sure=False)
        elif answer.status == AMBIGUOUS:
            self.conversations.remember(chat_id, query.with_(targets=()), answer.items,
                                        "ambiguous")
        return answer


def _joined(question: str, answers: list[Answer]) -> Answer:
    """Several asks of one message answered in order: sure only when every one is; asked back
    when one of them must be chosen first."""
    chosen = next((a for a in answers if a.status == AMBIGUOUS), None)
    if chosen is not None:
        return chosen
    statuses = {a.status for a in answers}
    status = OK if statuses == {OK} else NOT_FOUND if statuses == {NOT_FOUND} else LOW
    # the same answer said once (改名了吧？新名字叫啥: the first, with its 是/否), as sure as
    # the least sure of its asks
    kept: dict = {}
    for answer in answers:
        kept.setdefault((answer.kind, tuple(answer.items), tuple(answer.departments),
                         tuple(answer.years)) if answer.kind and answer.items else answer.text, answer)
    answers = list(kept.values())
    if len(answers) == 1:
        return replace(answers[0], question=question, status=status)
    return Answer(question, "\n\n".join(a.text for a in answers), status, kind="several",
                  items=[i for a in answers for i in a.items],
                  departments=unique(d for a in answers for d in a.departments),
                  years=unique(y for a in answers for y in a.years))
