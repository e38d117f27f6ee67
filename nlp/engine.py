"""The question engine: a Chinese question in, an exact answer with its source out.

Pure and synchronous (no telegram): the console, ``run_bot.py ask`` and the bot's handlers all
call ``Engine.ask``. It never guesses: a figure is only ever read from a stored table; when two
candidates are equally likely it offers both; when nothing matches it says what is loaded.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from data import clock, digest
from data.db import Store, StoredTable
from data.model import KEY_TASKS, OTHER_TASKS, Indicator, TableKind, Task
from data.status import DEFAULT_THRESHOLDS, Status, Thresholds, percent
from data.values import format_number
from nlp import answers
from nlp.catalog import (
    BASIC,
    BUDGET,
    CATEGORY,
    COMPUTED_BUDGET_LINES,
    DEPARTMENT,
    GOALS,
    INDICATOR,
    TASK,
    Catalog,
    Entry,
)
from nlp.parser import MIN_SCORE, Candidate, Query, parse
from nlp.tokenizer import Tokenizer

CONTEXT_SECONDS = 30 * 60
LOW_CONFIDENCE = 0.6
MAX_CHOICES = 5
MAX_DEPARTMENTS = 5
EXAMPLES = ("送温暖活动经费是多少？", "今年要表彰多少名劳模？", "成本指标有哪些？")

OK, NOT_FOUND, AMBIGUOUS, LOW, EMPTY = "ok", "not_found", "ambiguous", "low_confidence", "empty"


@dataclass(frozen=True)
class Choice:
    """A candidate offered when the question is ambiguous; ``ref`` fits in callback data."""

    label: str
    ref: str


@dataclass
class Answer:
    question: str
    text: str
    status: str = OK
    kind: str | None = None
    items: list[str] = field(default_factory=list)
    departments: list[str] = field(default_factory=list)
    years: list[int] = field(default_factory=list)
    choices: list[Choice] = field(default_factory=list)
    score: float = 0.0

    def as_json(self) -> dict:
        return {"question": self.question, "answer": self.text, "status": self.status,
                "kind": self.kind, "items": self.items, "departments": self.departments,
                "years": self.years, "choices": [c.label for c in self.choices]}


@dataclass
class _Context:
    """What a chat asked last, for 那去年呢？ / 科技局的呢？ / 它的年度目标是多少."""

    query: Query
    entries: list[Entry]
    at: float


class Engine:
    """Answers questions from the store's current tables; rebuilds its index on data change."""

    def __init__(self, store: Store, today: Callable[[], date] = clock.today,
                 tokenizer: Tokenizer | None = None, log_questions: bool = True,
                 thresholds: Thresholds = DEFAULT_THRESHOLDS) -> None:
        self.store = store
        self.thresholds = thresholds
        self.today = today
        self.tokenizer = tokenizer or Tokenizer()
        self.log_questions = log_questions
        self._generation = -1
        self._catalog: Catalog | None = None
        self._contexts: dict[str, _Context] = {}
        self._lock = threading.RLock()

    # ------------------------------------------------------------ public API

    @property
    def catalog(self) -> Catalog:
        self.refresh()
        assert self._catalog is not None
        return self._catalog

    def refresh(self) -> None:
        """Rebuild the index when the store has changed since the last build."""
        generation = self.store.generation()
        if generation == self._generation and self._catalog is not None:
            return
        with self._lock:
            if generation != self._generation or self._catalog is None:
                # Project tables wait for the new question engine (being rewritten).
                self._catalog = Catalog(self.store.current_tables(TableKind.DEPARTMENT),
                                        self.tokenizer,
                                        self.store.aliases())
                self._generation = generation

    def ask(self, question: str, chat_id: str = "default", user_id: str = "") -> Answer:
        """Answer one question in the conversation of ``chat_id`` (and log it if unanswered)."""
        with self._lock:
            self.refresh()
            answer = self._answer((question or "").strip(), str(chat_id))
        self.log_if_unanswered(answer, chat_id, user_id)
        return answer

    def ask_if_ready(self, question: str, chat_id: str = "default") -> Answer | None:
        """The answer at once when the index is current and no other thread is using it;
        ``None`` when the index must be rebuilt first (or is busy), so that a caller on an
        event loop can run :meth:`ask` in a worker thread instead. Nothing is logged here:
        call :meth:`log_if_unanswered` (it writes to the database) off the loop."""
        if not self._lock.acquire(blocking=False):
            return None
        try:
            if self._catalog is None or self.store.generation() != self._generation:
                return None
            return self._answer((question or "").strip(), str(chat_id))
        finally:
            self._lock.release()

    def log_if_unanswered(self, answer: Answer, chat_id: str = "", user_id: str = "") -> None:
        """Keep not-found, ambiguous and low-confidence questions for review (/unanswered)."""
        if self.log_questions and answer.question and answer.status in (NOT_FOUND, LOW, AMBIGUOUS):
            self.store.log_question(answer.question, answer.status, answer.text, str(chat_id),
                                    str(user_id))

    def choose(self, ref: str, chat_id: str = "default") -> Answer:
        """Answer the last ambiguous question of ``chat_id`` with the chosen candidate."""
        with self._lock:
            catalog = self.catalog
            generation, _, entry_id = ref.partition(":")
            context = self._contexts.get(str(chat_id))
            if generation != str(self._generation) or not entry_id.isdigit() or \
                    int(entry_id) >= len(catalog.entries):
                return Answer("", "数据已经更新，这个选项已失效，请重新提问。", NOT_FOUND)
            entry = catalog.entries[int(entry_id)]
            query = context.query if context else Query(text=entry.name, normalized=entry.name)
            query.candidates = [Candidate(entry, 1.0)]
            return self._dispatch(query, str(chat_id))

    def add_alias(self, alias: str, target: str, created_by: str = "") -> str:
        """``alias 送温暖 = 送温暖活动经费``: takes effect at once, kept in the database."""
        alias, target = alias.strip(), target.strip()
        if not alias or not target:
            return "用法：alias 别名 = 名称，例如 alias 送温暖 = 送温暖活动经费"
        known = {e.name for e in self.catalog.entries}
        if target not in known:
            return f"没有找到名称“{target}”，别名未添加。请使用表中的完整名称。"
        self.store.add_alias(alias, target, created_by)
        self.refresh()
        return f"已添加别名：“{alias}” → “{target}”。"

    # ------------------------------------------------------------ dispatch

    def _answer(self, question: str, chat_id: str) -> Answer:
        """Callers make sure the index is current (``ask`` refreshes it, ``ask_if_ready``
        checks it), so the store's generation is read once per question."""
        catalog = self._catalog
        if not question:
            return Answer(question, "请输入问题，例如：" + "、".join(EXAMPLES), EMPTY)
        if not catalog.tables:
            return Answer(question, "还没有载入任何绩效目标表。请管理员发送 PDF、XLSX 或 TXT 格式的"
                          "绩效目标表给机器人（或在服务器上运行 python run_bot.py import 文件）。",
                          NOT_FOUND)
        query = parse(question, catalog, self.today())
        self._apply_context(query, chat_id)
        refusal = self._check_scope(query)
        if refusal:
            return refusal
        return self._dispatch(query, chat_id)

    def _apply_context(self, query: Query, chat_id: str) -> None:
        context = self._contexts.get(chat_id)
        if context is None or time.monotonic() - context.at > CONTEXT_SECONDS:
            return
        has_target = query.best_score >= MIN_SCORE or query.group is not None
        if has_target or not query.followup:
            return
        query.candidates = [Candidate(entry, 1.0) for entry in context.entries]
        query.group = query.group or context.query.group
        if query.operation == "value":
            query.operation = context.query.operation
        if not query.departments and not any(e.kind == DEPARTMENT for e in context.entries):
            query.departments = list(context.query.departments)
        if not query.years and not query.departments:
            query.years = list(context.query.years)
        query.attribute = query.attribute or context.query.attribute

    def _remember(self, query: Query, entries: list[Entry], chat_id: str) -> None:
        self._contexts[chat_id] = _Context(query, entries, time.monotonic())
        if len(self._contexts) > 10_000:  # forget the oldest conversations
            oldest = sorted(self._contexts, key=lambda k: self._contexts[k].at)[:1000]
            for key in oldest:
                del self._contexts[key]

    def _check_scope(self, query: Query) -> Answer | None:
        catalog = self._catalog
        if query.unknown_department and not query.departments:
            return self._not_found(query, f"没有找到部门“{query.unknown_department}”的数据。")
        if query.years:
            loaded = catalog.years()
            missing = [y for y in query.years if y not in loaded]
            if missing and len(missing) == len(query.years):
                return self._not_found(query, f"没有 {'、'.join(map(str, missing))} 年的数据。")
        for department in query.departments:
            if query.years and not set(query.years) & set(catalog.department_years[department]):
                years = "、".join(map(str, query.years))
                return self._not_found(query, f"没有{department} {years} 年的数据。")
        return None

    def _dispatch(self, query: Query, chat_id: str) -> Answer:
        strong = [c for c in query.candidates if c.score >= MIN_SCORE]
        best = strong[0].entry if strong else None
        operation = query.operation

        if operation == "progress":
            item = best if best is not None and best.kind in (TASK, INDICATOR) else None
            if item is None and query.is_close_call() and len(strong) > 1:
                return self._ambiguous(query, strong, chat_id)
            return self._remembered(self._progress(query, item), query,
                                    [item] if item else [], chat_id)

        if operation == "share" and best is not None and best.kind in (TASK, BUDGET):
            return self._remembered(self._share(query, strong), query, [best], chat_id)
        if operation == "diff" and best and best.kind in (TASK, BUDGET, INDICATOR):
            return self._remembered(self._diff(query, best), query, [best], chat_id)
        if operation in ("sum", "max", "min") and (query.group or not best or
                                                   best.kind in (CATEGORY, DEPARTMENT)):
            return self._remembered(self._aggregate(query), query, [], chat_id)
        if best is None or (best.kind == DEPARTMENT):
            if query.group:
                return self._remembered(self._list_group(query), query, [], chat_id)
            if query.departments:
                return self._remembered(self._overview(query), query, [], chat_id)
            return self._not_found(query, f"没有找到与“{query.text}”相关的数据。")
        if query.group and operation in ("list", "count") and query.best_score < 0.9:
            return self._remembered(self._list_group(query), query, [], chat_id)
        if query.is_close_call() and len(strong) > 1 and strong[1].entry.kind != CATEGORY:
            return self._ambiguous(query, strong, chat_id)
        if best.kind == CATEGORY:
            return self._remembered(self._list_category(query, best), query, [best], chat_id)
        if query.group in ("tasks", KEY_TASKS, OTHER_TASKS, "indicators") and \
                operation in ("list", "count") and query.best_score < 1.0:
            return self._remembered(self._list_group(query), query, [], chat_id)
        answer = self._value(query, best)
        if answer.status == OK and query.best_score < LOW_CONFIDENCE:
            answer.status = LOW
            answer.text += (f"\n（按问题中的词语匹配到“{best.name}”，把握不大；"
                            "如果不是您要找的，请说出表中的完整名称。）")
        return self._remembered(answer, query, [best], chat_id)

    def _remembered(self, answer: Answer, query: Query, entries: list[Entry],
                    chat_id: str) -> Answer:
        if answer.status in (OK, LOW):
            self._remember(query, [e for e in entries if e is not None], chat_id)
        return answer

    # ------------------------------------------------------------ scope

    def _tables_for(self, query: Query, entry: Entry | None = None) -> list[StoredTable]:
        """The tables a question is about: its departments (else every one that has the
        entry) and its years (else each department's latest)."""
        catalog = self._catalog
        places = entry.places if entry is not None else [
            (d, y) for d, years in catalog.department_years.items() for y in years]
        if query.departments:
            places = [p for p in places if p[0] in query.departments]
        if query.years:
            places = [p for p in places if p[1] in query.years]
        else:
            latest: dict[str, int] = {}
            for department, year in places:
                latest[department] = max(year, latest.get(department, year))
            places = [(d, y) for d, y in places if latest[d] == y]
        order = {d: i for i, d in enumerate(query.departments)}
        places = sorted(set(places), key=lambda p: (order.get(p[0], 99), p[0], -p[1]))
        return [catalog.tables[p] for p in places if p in catalog.tables]

    def _limited(self, query: Query, tables: list[StoredTable]) -> tuple[list[StoredTable], str]:
        """At most ``MAX_DEPARTMENTS`` departments when none was named, with a note saying
        how many more have it: a wall of a hundred departments helps nobody in a chat."""
        departments = _unique(s.table.department for s in tables)
        if query.departments or len(departments) <= MAX_DEPARTMENTS:
            return tables, ""
        kept = set(departments[:MAX_DEPARTMENTS])
        rest = len(departments) - MAX_DEPARTMENTS
        note = (f"……另有 {rest} 个部门也有此项，请在问题中指明部门，"
                f"例如“{departments[MAX_DEPARTMENTS]}的…”。")
        return [s for s in tables if s.table.department in kept], note

    def _missing_here(self, query: Query, entry: Entry) -> Answer:
        where = "、".join(query.departments) or "已载入的部门"
        years = f" {'、'.join(map(str, query.years))} 年" if query.years else ""
        have = "；".join(f"{d} {y} 年" for d, y in entry.places[:6])
        return Answer(query.text, f"{where}{years}的表中没有“{entry.name}”。\n"
                      f"“{entry.name}”见于：{have}。", NOT_FOUND, kind=entry.kind,
                      items=[entry.name])

    # ------------------------------------------------------------ answers

    def _value(self, query: Query, entry: Entry) -> Answer:
        tables, note = self._limited(query, self._tables_for(query, entry))
        if not tables:
            return self._missing_here(query, entry)
        blocks = []
        for stored in tables:
            lines = self._describe(stored, entry, query.attribute)
            if len(tables) > 1:
                lines[0] = f"【{stored.table.department} {stored.table.year} 年】" + lines[0]
            blocks.append("\n".join(lines))
        blocks += [note] if note else []
        return Answer(query.text, "\n\n".join(blocks), OK, kind=entry.kind, items=[entry.name],
                      departments=_unique(s.table.department for s in tables),
                      years=_unique(s.table.year for s in tables), score=query.best_score)

    def _describe(self, stored: StoredTable, entry: Entry, attribute: str | None) -> list[str]:
        table = stored.table
        if entry.kind == TASK:
            task = next(t for t in table.tasks if t.name == entry.name)
            return answers.task_text(task, attribute) + [answers.source_line(stored, task.section)]
        if entry.kind == INDICATOR:
            indicator = next(i for i in table.indicators if i.level3 == entry.name)
            return answers.indicator_text(indicator, attribute) + [
                answers.source_line(stored, "绩效指标")]
        if entry.kind == BUDGET:
            amount, formula = self._budget_amount(stored, entry.name)
            lines = [answers.budget_amount_text(entry.name, amount)]
            if formula:
                lines.append(formula)
            return lines + [answers.source_line(stored, "预算整体情况")]
        if entry.kind == BASIC:
            value = table.basic_info.get(entry.name)
            unit = "人" if entry.name == "财政供养人员数" else "个"
            return [f"{entry.name}：{format_number(Decimal(value))} {unit}",
                    answers.source_line(stored, "基本信息")]
        if entry.kind == GOALS:
            return ["总体绩效目标：", *table.goals, answers.source_line(stored, "总体绩效目标")]
        return [entry.name]

    def _budget_amount(self, stored: StoredTable, name: str) -> tuple[Decimal | None, str]:
        """A budget line's amount (万元), computing 部门预算合计 / 收入合计 with their formula."""
        table = stored.table
        if name not in COMPUTED_BUDGET_LINES:
            return table.budget_amount(name), ""
        parts = answers.SPENDING_LINES if name == "部门预算合计" else answers.INCOME_LINES
        present = [(p, table.budget_amount(p)) for p in parts if table.budget_amount(p) is not None]
        total = sum((amount for _, amount in present), Decimal(0))
        formula = f"计算：{' + '.join(f'{p} {a:,.2f}' for p, a in present)} = {total:,.2f} 万元"
        return total, formula

    def _money_of(self, stored: StoredTable, entry: Entry) -> tuple[Decimal | None, str, str]:
        """(amount, unit, formula) for anything with money: tasks in 元, budget in 万元."""
        if entry.kind == TASK:
            task = next((t for t in stored.table.tasks if t.name == entry.name), None)
            return (task.amount_yuan if task else None), "元", ""
        if entry.kind == BUDGET:
            amount, formula = self._budget_amount(stored, entry.name)
            return amount, "万元", formula
        if entry.kind == INDICATOR:
            indicator = next((i for i in stored.table.indicators if i.level3 == entry.name), None)
            if indicator and not indicator.annual.qualitative:
                return indicator.annual.number, indicator.annual.unit, ""
        return None, "", ""

    def _share(self, query: Query, strong: list[Candidate]) -> Answer:
        money = [c for c in strong if c.entry.kind in (TASK, BUDGET)]
        if not money:
            return self._not_found(query, "只能计算金额的占比（任务或预算金额），没有找到可计算的金额。")
        ordered = sorted(money, key=lambda c: c.start if c.start >= 0 else 999)
        numerator = ordered[0].entry
        denominator = ordered[1].entry if len(ordered) > 1 else self._catalog.find(
            BUDGET, "部门预算合计")
        blocks = []
        for stored in self._limited(query, self._tables_for(query, numerator))[0]:
            top, top_unit, _ = self._money_of(stored, numerator)
            bottom, bottom_unit, formula = self._money_of(stored, denominator)
            if top is None or not bottom:
                blocks.append(f"{stored.table.department} {stored.table.year} 年：缺少"
                              f"“{numerator.name}”或“{denominator.name}”的金额，无法计算。")
                continue
            top_yuan = top * 10000 if top_unit == "万元" else top
            bottom_yuan = bottom * 10000 if bottom_unit == "万元" else bottom
            lines = [f"{numerator.name}占{denominator.name}的比例：{answers.percent(top_yuan, bottom_yuan)}",
                     f"计算：{numerator.name} {answers.plain_money(top, top_unit)} ÷ "
                     f"{denominator.name} {answers.plain_money(bottom, bottom_unit)} = "
                     f"{answers.percent(top_yuan, bottom_yuan)}"]
            if formula:
                lines.append(f"其中{denominator.name}：{formula.removeprefix('计算：')}")
            lines.append(answers.source_line(stored, "预算整体情况"))
            blocks.append("\n".join(lines))
        if not blocks:
            return self._missing_here(query, numerator)
        return Answer(query.text, "\n\n".join(blocks), OK, kind="share",
                      items=[numerator.name, denominator.name], score=query.best_score)

    def _diff(self, query: Query, entry: Entry) -> Answer:
        catalog = self._catalog
        departments = query.departments or _unique(d for d, _ in entry.places)
        blocks = []
        for department in departments:
            years = sorted(y for d, y in entry.places if d == department)
            if query.years and len(query.years) >= 2:
                years = sorted(y for y in query.years if y in years)
            elif query.years:  # 比去年 / 2025年相比: that year and the one next to it
                year = query.years[0]
                pair = [y for y in (year - 1, year) if y in years]
                years = pair if len(pair) == 2 else [y for y in (year, year + 1) if y in years]
            else:
                years = years[-2:]
            if len(years) < 2:
                have = "、".join(str(y) for d, y in entry.places if d == department)
                blocks.append(f"{department}只有 {have} 年的“{entry.name}”，无法比较年度变化。")
                continue
            old_year, new_year = years[0], years[-1]
            old_stored = catalog.tables[(department, old_year)]
            new_stored = catalog.tables[(department, new_year)]
            if entry.kind == INDICATOR:
                old = next(i for i in old_stored.table.indicators if i.level3 == entry.name)
                new = next(i for i in new_stored.table.indicators if i.level3 == entry.name)
                blocks.append(
                    f"{entry.name}（{department}）：{new_year} 年 {new.annual_value}，"
                    f"{old_year} 年 {old.annual_value}"
                    + (f"；{_indicator_change(new, old)}" if _indicator_change(new, old) else "")
                    + f"\n{answers.source_line(new_stored, '绩效指标')}"
                    + f"\n{answers.source_line(old_stored, '绩效指标')}")
                continue
            new_amount, unit, _ = self._money_of(new_stored, entry)
            old_amount, _, _ = self._money_of(old_stored, entry)
            if new_amount is None or old_amount is None:
                blocks.append(f"{department}的“{entry.name}”有一年没有填写金额，无法比较。")
                continue
            section = "预算整体情况" if entry.kind == BUDGET else next(
                t.section for t in new_stored.table.tasks if t.name == entry.name)
            blocks.append(
                f"{entry.name}（{department}）：{new_year} 年 {answers.plain_money(new_amount, unit)}，"
                f"{old_year} 年 {answers.plain_money(old_amount, unit)}，"
                f"{answers.signed_change(new_amount, old_amount, unit)}\n"
                f"计算：{answers.plain_money(new_amount, unit)} − "
                f"{answers.plain_money(old_amount, unit)} = "
                f"{answers.plain_money(new_amount - old_amount, unit)}\n"
                f"{answers.source_line(new_stored, section)}\n"
                f"{answers.source_line(old_stored, section)}")
        return Answer(query.text, "\n\n".join(blocks), OK, kind="diff", items=[entry.name],
                      departments=departments, score=query.best_score)

    def _progress(self, query: Query, entry: Entry | None) -> Answer:
        """Progress against targets: one item's latest report and status, or the items that
        are behind (落后/滞后), or the department's whole digest."""
        day = self.today()
        tables, note = self._limited(query, self._tables_for(query, entry))
        if entry is not None and not tables:
            return self._missing_here(query, entry)
        blocks = []
        for stored in tables:
            table = stored.table
            report = digest.digest_for(self.store, table.department, table.year, day,
                                       self.thresholds)
            head = (f"{table.department} {table.year} 年（截至 {day.isoformat()}，"
                    f"时间进度 {percent(report.time_progress)}）")
            if entry is not None:
                status = next(s for s in report.items if s.name == entry.name)
                lines = [head, status.describe().split(" ", 1)[1]]
                if status.kind == "task" and status.actual is not None:
                    lines.append(f"计算：执行率 = 已支出 {status.actual} ÷ 预算 {status.target} = "
                                 f"{percent(status.completion)}；进度比 = 执行率 ÷ 时间进度 = "
                                 f"{percent(status.ratio)}")
                if status.actual is not None:
                    lines.append(f"状态：{status.status.label}")
                    reporter = status.report.reporter if status.report else ""
                    lines.append(f"进度来源：{reporter} 填报" if reporter else "")
            elif any(w in query.normalized for w in ("落后", "滞后", "偏慢")):
                behind = [item for s in digest.ATTENTION for item in report.by_status(s)
                          if _kind_asked(query.group, item.kind)]
                lines = [f"{head}进度落后的项目："] + (
                    [item.describe() for item in behind] or ["没有落后或偏慢的项目。"])
                missing = len(report.by_status(Status.NO_DATA))
                if missing:
                    lines.append(f"另有 {missing} 项尚未填报进度。")
            else:
                lines = [report.text()]
            lines.append(answers.source_line(stored, "绩效指标与任务"))
            blocks.append("\n".join(line for line in lines if line))
        blocks += [note] if note else []
        return Answer(query.text, "\n\n".join(blocks), OK, kind="progress",
                      items=[entry.name] if entry else [],
                      departments=_unique(s.table.department for s in tables),
                      years=_unique(s.table.year for s in tables), score=query.best_score)

    def _aggregate(self, query: Query) -> Answer:
        tables, note = self._limited(query, self._tables_for(query))
        blocks = []
        for stored in tables:
            tasks = _tasks_in_group(stored.table.tasks, query.group)
            priced = [t for t in tasks if t.amount_yuan is not None]
            if not priced:
                continue
            label = _group_label(query.group)
            head = f"【{stored.table.department} {stored.table.year} 年】" if len(tables) > 1 else ""
            if query.operation == "sum":
                total = sum((t.amount_yuan for t in priced), Decimal(0))
                parts = " + ".join(format_number(t.amount_yuan) for t in priced)
                lines = [f"{head}{label}资金合计：{answers.money(total, '元')}（共 {len(priced)} 项）",
                         f"计算：{parts} = {format_number(total)} 元"]
                lines += [f"{i}. {t.name} {answers.plain_money(t.amount_yuan, '元')}"
                          for i, t in enumerate(priced, 1)]
            else:
                pick = max if query.operation == "max" else min
                chosen = pick(priced, key=lambda t: t.amount_yuan)
                word = "最多" if query.operation == "max" else "最少"
                lines = [f"{head}{label}中资金{word}的是：{chosen.name}，"
                         f"{answers.money(chosen.amount_yuan, '元')}"]
            lines.append(answers.source_line(stored, _group_label(query.group)))
            blocks.append("\n".join(lines))
        if not blocks:
            return self._not_found(query, "没有找到可以计算的任务金额。")
        blocks += [note] if note else []
        return Answer(query.text, "\n\n".join(blocks), OK, kind="tasks",
                      departments=_unique(s.table.department for s in tables))

    def _list_category(self, query: Query, entry: Entry) -> Answer:
        tables, note = self._limited(query, self._tables_for(query, entry))
        if not tables:
            return self._missing_here(query, entry)
        blocks = []
        names: list[str] = []
        for stored in tables:
            table = stored.table
            is_level1 = entry.name == entry.level1
            indicators = [i for i in table.indicators
                          if (i.level1 if is_level1 else i.level2) == entry.name]
            lines = [f"{entry.name}（{table.department} {table.year} 年）共 {len(indicators)} 项"
                     + ("：" if indicators else "。")]
            if query.operation == "count":
                lines[0] = lines[0].rstrip("：。") + "。"
            subgroups = [l2 for l1, l2 in table.categories if l1 == entry.name] if is_level1 \
                else [entry.name]
            number = 0
            for level2 in subgroups:
                members = [i for i in indicators if i.level2 == level2]
                if is_level1:
                    lines.append(f"{level2}：" + ("" if members else "（无）"))
                for indicator in members:
                    number += 1
                    names.append(indicator.level3)
                    lines.append(f"{number}. {_indicator_line(indicator)}")
            lines.append(answers.source_line(stored, "绩效指标"))
            blocks.append("\n".join(lines))
        blocks += [note] if note else []
        return Answer(query.text, "\n\n".join(blocks), OK, kind=CATEGORY, items=names,
                      departments=_unique(s.table.department for s in tables),
                      years=_unique(s.table.year for s in tables))

    def _list_group(self, query: Query) -> Answer:
        tables, note = self._limited(query, self._tables_for(query))
        blocks = []
        names: list[str] = []
        for stored in tables:
            table = stored.table
            head = f"（{table.department} {table.year} 年）"
            if query.group == "indicators":
                lines = [f"绩效指标{head}共 {len(table.indicators)} 项："]
                for number, indicator in enumerate(table.indicators, 1):
                    names.append(indicator.level3)
                    lines.append(f"{number}. [{indicator.level2}] {_indicator_line(indicator)}")
                section = "绩效指标"
            elif query.group == "budget":
                lines = [f"预算整体情况{head}（万元）："]
                lines += [answers.budget_amount_text(b.name, b.amount_wan) for b in table.budget]
                section = "预算整体情况"
            else:
                tasks = _tasks_in_group(table.tasks, query.group)
                label = _group_label(query.group)
                lines = [f"{label}{head}共 {len(tasks)} 项："]
                for number, task in enumerate(tasks, 1):
                    names.append(task.name)
                    amount = answers.plain_money(task.amount_yuan, "元") \
                        if task.amount_yuan is not None else "未填写金额"
                    lines.append(f"{number}. {task.name} {amount}")
                section = label
            if query.operation == "count":
                lines = lines[:1]
                lines[0] = lines[0].rstrip("：") + "。"
            lines.append(answers.source_line(stored, section))
            blocks.append("\n".join(lines))
        blocks += [note] if note else []
        return Answer(query.text, "\n\n".join(blocks), OK, kind=query.group, items=names,
                      departments=_unique(s.table.department for s in tables),
                      years=_unique(s.table.year for s in tables))

    def _overview(self, query: Query) -> Answer:
        blocks = []
        for stored in self._limited(query, self._tables_for(query))[0]:
            table = stored.table
            total, _ = self._budget_amount(stored, "部门预算合计")
            blocks.append("\n".join([
                f"{table.department} {table.year} 年：",
                f"部门预算合计 {total:,.2f} 万元；任务 {len(table.tasks)} 项；"
                f"绩效指标 {len(table.indicators)} 项；总体目标 {len(table.goals)} 条。",
                "可以继续问：" + "、".join(t.name for t in table.tasks[:3]) + " 的金额，或某项指标的目标。",
                answers.source_line(stored, "全表")]))
        return Answer(query.text, "\n\n".join(blocks), OK, kind=DEPARTMENT,
                      departments=list(query.departments))

    def _ambiguous(self, query: Query, strong: list[Candidate], chat_id: str) -> Answer:
        top = strong[0].score
        close = [c for c in strong if top - c.score < AMBIGUITY_WINDOW][:MAX_CHOICES]
        choices = [Choice(_choice_label(c.entry), f"{self._generation}:{c.entry.id}") for c in close]
        lines = [f"“{query.text}”可能指以下几项，请选择或说得更具体一些："]
        lines += [f"{i}. {choice.label}" for i, choice in enumerate(choices, 1)]
        self._remember(query, [close[0].entry], chat_id)
        return Answer(query.text, "\n".join(lines), AMBIGUOUS, items=[c.entry.name for c in close],
                      choices=choices, score=top)

    def _not_found(self, query: Query, reason: str) -> Answer:
        catalog = self._catalog
        text = (f"{reason}\n已载入的数据：{catalog.loaded_summary()}。\n"
                f"可以这样问：{'、'.join(EXAMPLES)}")
        return Answer(query.text, text, NOT_FOUND)


AMBIGUITY_WINDOW = 0.12
_KIND_LABELS = {TASK: "任务", BUDGET: "预算", INDICATOR: "指标", CATEGORY: "类别", BASIC: "基本信息",
                GOALS: "目标"}


def _choice_label(entry: Entry) -> str:
    return f"{entry.name}（{_KIND_LABELS.get(entry.kind, '')}）"


def _indicator_line(indicator: Indicator) -> str:
    if indicator.period_value and indicator.period_value != indicator.annual_value:
        return (f"{indicator.level3}：年度 {indicator.annual_value}，"
                f"实施周期 {indicator.period_value}")
    return f"{indicator.level3}：{indicator.annual_value}"


def _indicator_change(new: Indicator, old: Indicator) -> str:
    a, b = new.annual, old.annual
    if a.qualitative or b.qualitative or a.unit != b.unit or a.number == b.number:
        return "" if a.text != b.text else "没有变化"
    change = a.number - b.number
    word = "提高" if change > 0 else "降低"
    return f"目标{word} {format_number(abs(change))}{'' if a.is_rate else ' '}{a.unit}".rstrip()


def _kind_asked(group: str | None, kind: str) -> bool:
    """哪些指标… asks indicators, 哪些任务… tasks; otherwise both."""
    if group == "indicators":
        return kind == "indicator"
    if group in ("tasks", KEY_TASKS, OTHER_TASKS):
        return kind == "task"
    return True


def _tasks_in_group(tasks: list[Task], group: str | None) -> list[Task]:
    if group in (KEY_TASKS, OTHER_TASKS):
        return [t for t in tasks if t.section == group]
    return list(tasks)


def _group_label(group: str | None) -> str:
    return group if group in (KEY_TASKS, OTHER_TASKS) else "全部任务"


def _unique(values) -> list:
    result = []
    for value in values:
        if value not in result:
            result.append(value)
    return result
