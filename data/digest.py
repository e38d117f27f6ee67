"""Progress digests: every item of a department-year judged at a date — as a short text for a
phone, as JSON, as an overview of all departments — and the subscriptions that send them.

Which table: for each department, the current table of the digest date's year; if it has none,
its latest earlier year (that year is over, so its time progress is 100 %). A department with
only later years is left out. Only reports whose 截至日期 is on or before the digest date count,
so a digest of a past date shows what was known then.

**No false comfort.** After the first quarter, a department with no report at all is a risk
(``未填报`` is not ``正常``), and so is money executed far below time progress (the whole
department's spending judged like a task: below the red band). Both count in the overview's
headline and in the department's line; a figure older than 30 days says how old it is.

JSON item fields: ``target`` is the printed 年度指标值 (``≥660人``) or, for a task, its amount as
``1,950,000 元``; ``actual`` is the value as reported (tasks: ``1,200,000 元``), or ``null``;
``ratio`` is the rule's ratio (see ``data.status``) rounded to 4 places, or ``null``; ``unit``
the target's unit and ``as_of`` the report's 截至日期 (added fields).

>>> for digest in build_digest(store, date(2026, 6, 30), "总工会"):
...     print(digest.text())
>>> print(Overview.of(build_digest(store, date(2026, 12, 1))).text())
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from fractions import Fraction

from data.db import Store, now_iso
from data.errors import JixiaoError, NotFoundError
from data.model import TableKind
from data.progress import (
    TASK,
    ProgressReport,
    latest_reports,
    resolve_department,
    tracked_items,
)
from data.status import (
    CAP,
    DEFAULT_THRESHOLDS,
    QUALITATIVE,
    QUANTITY,
    RATE,
    STANDARD,
    STATUS_MARKS,
    Status,
    Thresholds,
    judge_indicator,
    judge_task,
    percent,
    round_ratio,
    rule_for,
    time_progress,
)
from data.status import (
    TASK as TASK_RULE,
)
from data.values import ParsedValue, format_scaled, scale_for

ATTENTION = (Status.RED, Status.YELLOW)
SUMMARY_ORDER = (Status.GREEN, Status.BLUE, Status.NO_DATA)
STALE_DAYS = 30  # a figure older than this says how old it is
SUMMARY_NAMES = 3  # names shown on the one-line summary of the green, blue and unreported
GRADE_SCORES = {"未达成": 0.0, "部分达成": 0.5, "达成": 1.0}
UNREPORTED, FUNDS_BEHIND = "未填报", "资金执行严重滞后"


@dataclass(frozen=True)
class ItemStatus:
    """One indicator or task judged at a date (what the question engine answers from).

    ``rule`` is quantity / rate / standard / cap / qualitative / task; ``completion`` is the
    share of the annual target (quantity) or of the amount (task, = execution rate)."""

    name: str
    kind: str  # "indicator" | "task"
    rule: str
    target: str
    actual: str | None
    ratio: Decimal | None
    status: Status
    as_of: date | None = None
    completion: Decimal | None = None
    report: ProgressReport | None = field(default=None, repr=False, compare=False)
    # The parsed 年度指标值 of an indicator, the amount (元) of a task: for short lines.
    goal: ParsedValue | None = field(default=None, repr=False, compare=False)
    amount: Decimal | None = field(default=None, repr=False, compare=False)
    # The project table the item belongs to; None for the department table's own items.
    project: str | None = None

    @property
    def unit(self) -> str:
        return "元" if self.kind == TASK else (self.goal.unit if self.goal else "")

    def as_json(self) -> dict:
        data = {"name": self.name, "kind": self.kind, "target": self.target,
                "actual": self.actual, "ratio": None if self.ratio is None else float(self.ratio),
                "status": str(self.status), "unit": self.unit,
                "as_of": None if self.as_of is None else self.as_of.isoformat()}
        if self.project is not None:  # absent for the department table's own items
            data["project"] = self.project
        return data

    def describe(self) -> str:
        """One Chinese line with the figures, e.g. for 哪些指标进度落后."""
        mark = f"{STATUS_MARKS[self.status]} {self.name}"
        if self.actual is None:
            return f"{mark}：目标 {self.target}，尚未填报进度"
        since = f"（截至 {self.as_of.isoformat()}）" if self.as_of else ""
        verdict = {Status.GREEN: "达标", Status.RED: "未达标"}
        if self.rule == TASK_RULE:
            return (f"{mark}：预算 {self.target}，已支出 {self.actual}{since}，"
                    f"执行率 {percent(self.completion)}，进度比 {percent(self.ratio)}")
        if self.rule == QUALITATIVE:
            return f"{mark}：目标 {self.target}，填报 {self.actual}{since}"
        if self.rule == CAP:
            within = "未超出" if self.status == Status.GREEN else "超出上限"
            return f"{mark}：上限 {self.target}，实际 {self.actual}{since}，{within}"
        if self.rule in (RATE, STANDARD):
            return (f"{mark}：目标 {self.target}，实际 {self.actual}{since}，"
                    f"{verdict.get(self.status, '')}")
        return (f"{mark}：目标 {self.target}，已完成 {self.actual}{since}，"
                f"完成年度目标 {percent(self.completion)}，进度比 {percent(self.ratio)}")

    # ------------------------------------------------------------ short forms for a phone

    def brief(self) -> str:
        """One short line in plain words, values in the target's own unit:
        ``🔴 帮扶困难职工数：20人 / 目标 ≥90人（完成 22.2%）``."""
        return f"{STATUS_MARKS[self.status]} {self.name}：{self.figures()}"

    def figures(self) -> str:
        """What was reached against what was set, in the target's unit and magnitude."""
        if self.kind == TASK:
            if self.amount is None:
                return self.actual or "未填报"
            scale = scale_for(self.amount, "元")
            budget = format_scaled(self.amount, "元", scale)
            if self.report is None or self.report.number is None:
                return f"未填报（预算 {budget}）"
            spent = format_scaled(self.report.number, "元", scale)
            return f"已支出 {spent} / {budget}（{percent(self.completion, 0)}）"
        goal = self.goal
        if goal is None or goal.qualitative or self.report is None or self.report.number is None:
            reached = self.actual or "未填报"
            return f"{reached} / 目标 {self.target}"
        scale = scale_for(goal.number, goal.unit)
        reached = format_scaled(self.report.number, goal.unit, scale)
        target = format_scaled(goal.number, goal.unit, scale)
        if self.rule == CAP:
            if self.status == Status.RED:
                return f"{reached}，超过上限 {target}"
            return f"{reached} / 上限 {target}"
        wanted = f"目标 {'' if goal.op in (None, '=') else goal.op}{target}"
        if self.rule == QUANTITY:
            return f"{reached} / {wanted}（完成 {percent(self.completion, 0)}）"
        missed = "，未达标" if self.status == Status.RED else ""
        return f"{reached} / {wanted}{missed}"

    def age_note(self, day: date) -> str | None:
        """``数据截至 6月30日，已 5 个月未更新`` when the figure is older than 30 days."""
        if self.as_of is None or (day - self.as_of).days <= STALE_DAYS:
            return None
        return f"数据截至 {month_day(self.as_of, day)}，已 {age_text(self.as_of, day)}未更新"

    @property
    def score(self) -> float:
        """How well the item is doing, for ordering worst first: the share of what the time
        (or the target) asks; lower is worse."""
        if self.rule == QUALITATIVE:
            return GRADE_SCORES.get(self.actual or "", 1.0)
        if self.ratio is None:
            return 1.0
        if self.rule == CAP:  # over the cap: ratio > 1 is worse
            return float(1 / self.ratio) if self.ratio else 1.0
        return float(self.ratio)


def month_day(day: date, today: date) -> str:
    """``6月30日`` (the same year as ``today``), else ``2025年12月31日``."""
    if day.year == today.year:
        return f"{day.month}月{day.day}日"
    return f"{day.year}年{day.month}月{day.day}日"


def age_text(since: date, today: date) -> str:
    """Whole months between two dates (``5 个月``), or days under a month (``31 天``)."""
    months = (today.year - since.year) * 12 + today.month - since.month
    if today.day < since.day:
        months -= 1
    return f"{months} 个月" if months >= 1 else f"{(today - since).days} 天"


def worst_first(items: list[ItemStatus]) -> list[ItemStatus]:
    """Red before yellow, each from the furthest behind."""
    rank = {Status.RED: 0, Status.YELLOW: 1, Status.NO_DATA: 2, Status.GREEN: 3, Status.BLUE: 4}
    return sorted(items, key=lambda item: (rank[item.status], item.score))


@dataclass
class Digest:
    department: str
    year: int
    date: date
    time_progress: Fraction
    items: list[ItemStatus]
    total_amount: Decimal = Decimal(0)  # sum of task amounts, 元
    total_spent: Decimal = Decimal(0)  # sum of the latest reported spending, 元
    thresholds: Thresholds = field(default=DEFAULT_THRESHOLDS, repr=False)

    @property
    def budget_execution(self) -> Fraction | None:
        if not self.total_amount:
            return None
        return Fraction(self.total_spent) / Fraction(self.total_amount)

    def by_status(self, status: Status) -> list[ItemStatus]:
        return [item for item in self.items if item.status == status]

    def attention(self) -> list[ItemStatus]:
        """The red and yellow items, worst first."""
        return worst_first([item for item in self.items if item.status in ATTENTION])

    # ------------------------------------------------------------ risks

    @property
    def past_first_quarter(self) -> bool:
        """After 31 March of the table's year: silence or idle money is no longer early."""
        return self.date > date(self.year, 3, 31)

    @property
    def reported(self) -> bool:
        return any(item.report is not None for item in self.items)

    @property
    def unreported(self) -> bool:
        """Nothing reported at all although the first quarter is over."""
        return self.past_first_quarter and not self.reported

    @property
    def funds_status(self) -> Status | None:
        """The whole department's spending judged like a task (spent ÷ task amounts against
        time progress); ``None`` when there is nothing to judge (no amounts, nothing reported
        at all, or no spending reported in the first quarter)."""
        spent_reported = any(item.kind == TASK and item.report is not None
                             for item in self.items)
        if not self.total_amount or not self.reported:
            return None
        if not spent_reported and not self.past_first_quarter:
            return None
        return judge_task(self.total_amount, self.total_spent, self.time_progress,
                          self.thresholds).status

    def risks(self) -> list[str]:
        """``未填报`` and/or ``资金执行严重滞后``: what makes a department a risk beyond its items."""
        if self.unreported:
            return [UNREPORTED]
        return [FUNDS_BEHIND] if self.funds_status == Status.RED else []

    @property
    def level(self) -> Status:
        """The department as a whole: red (red items or a risk), yellow, no_data (nothing
        reported yet, in the first quarter) or green."""
        if self.by_status(Status.RED) or self.risks():
            return Status.RED
        if self.by_status(Status.YELLOW) or self.funds_status == Status.YELLOW:
            return Status.YELLOW
        if not self.reported:
            return Status.NO_DATA
        return Status.GREEN

    # ------------------------------------------------------------ output

    def as_json(self) -> dict:
        execution = self.budget_execution
        return {"department": self.department, "year": self.year,
                "date": self.date.isoformat(),
                "time_progress": float(round_ratio(self.time_progress)),
                "items": [item.as_json() for item in self.items],
                "level": str(self.level), "risks": self.risks(),
                "budget_execution": None if execution is None else float(round_ratio(execution))}

    def title(self) -> str:
        return f"{self.department} {self.year} 年绩效进度（{self.date.isoformat()}）"

    def time_line(self) -> str:
        day = self.date.timetuple().tm_yday if self.date.year == self.year else None
        return f"时间进度 {percent(self.time_progress)}" + (f"（全年第 {day} 天）" if day else "")

    def counts_text(self) -> str:
        """``🔴 落后 4 项 · 🟡 偏慢 3 项 · 预算执行 34.6%``"""
        parts = [f"{STATUS_MARKS[s]} {s.label} {len(self.by_status(s))} 项" for s in ATTENTION]
        if self.budget_execution is not None:
            parts.append(f"预算执行 {percent(self.budget_execution)}")
        return " · ".join(parts)

    def headline(self) -> list[str]:
        """The lines a leader reads first (bold in chat): the counts, then any risk."""
        lines = [self.counts_text()]
        if self.unreported:
            lines.append(f"⚠️ 未填报：时间进度已过 {percent(self.time_progress)}，还没有任何进度")
        elif FUNDS_BEHIND in self.risks():
            lines.append(f"⚠️ {FUNDS_BEHIND}：已支出 {format_scaled(self.total_spent, '元')}，"
                         f"仅占 {format_scaled(self.total_amount, '元')}的 "
                         f"{percent(self.budget_execution)}")
        return lines

    def item_lines(self) -> list[str]:
        """Red and yellow items worst first, one short line each (with the age of an old
        figure under it), then one line each for the others."""
        lines = []
        for item in self.attention():
            lines.append(item.brief())
            note = item.age_note(self.date)
            if note:
                lines.append(f"　　{note}")
        if not lines:
            lines.append("没有落后或偏慢的项目。" if self.reported else "还没有填报任何进度。")
        for status in SUMMARY_ORDER:
            items = self.by_status(status)
            if items:
                stale = sum(1 for item in items if item.age_note(self.date))
                old = f"（{stale} 项数据超过 {STALE_DAYS} 天未更新）" if stale else ""
                lines.append(f"{STATUS_MARKS[status]} {status.label} {len(items)} 项："
                             f"{_brief_names(items)}{old}")
        return lines

    def text(self) -> str:
        """The digest for people (the CLI, chat, questions): title, time progress, the
        headline, then the items."""
        return "\n".join([self.title(), self.time_line(), *self.headline(), *self.item_lines()])


def _brief_names(items: list[ItemStatus], limit: int = SUMMARY_NAMES) -> str:
    names = "，".join(item.name for item in items[:limit])  # names may contain 、
    return names + (f" 等 {len(items)} 项" if len(items) > limit else "")


# ---------------------------------------------------------------- the overview


@dataclass
class Overview:
    """Every department at one date, worst first: what a busy leader reads in ten seconds.

    ``time_progress`` is the date's year's; departments whose table is of an earlier year
    (over, 100 %) are judged against their own."""

    date: date
    time_progress: Fraction
    digests: list[Digest]

    @classmethod
    def of(cls, digests: list[Digest]) -> Overview:
        if not digests:
            raise NotFoundError("没有可汇总的部门。")
        day = digests[0].date
        return cls(day, time_progress(day, day.year), sorted(digests, key=_worst_department))

    @property
    def total_amount(self) -> Decimal:
        return sum((d.total_amount for d in self.digests), Decimal(0))

    @property
    def total_spent(self) -> Decimal:
        return sum((d.total_spent for d in self.digests), Decimal(0))

    @property
    def budget_execution(self) -> Fraction | None:
        amount = self.total_amount
        return Fraction(self.total_spent) / Fraction(amount) if amount else None

    def count(self, status: Status) -> int:
        return sum(len(d.by_status(status)) for d in self.digests)

    def at_risk(self, risk: str) -> list[Digest]:
        return [d for d in self.digests if risk in d.risks()]

    def title(self) -> str:
        day = self.date.timetuple().tm_yday
        return (f"绩效进度总览（{self.date.isoformat()}）· 时间进度 "
                f"{percent(self.time_progress)}（全年第 {day} 天）")

    def headline(self) -> list[str]:
        """``28 个部门：🔴 11 项落后 · 🟡 3 项偏慢 · 预算执行 34.6%（时间进度 91.8%）``, then
        the departments at risk."""
        parts = [f"{STATUS_MARKS[s]} {self.count(s)} 项{s.label}" for s in ATTENTION]
        if self.budget_execution is not None:
            parts.append(f"预算执行 {percent(self.budget_execution)}"
                         f"（时间进度 {percent(self.time_progress)}）")
        lines = [f"{len(self.digests)} 个部门：" + " · ".join(parts)]
        risks = [f"{len(self.at_risk(risk))} 个部门{risk}" for risk in (UNREPORTED, FUNDS_BEHIND)
                 if self.at_risk(risk)]
        if risks:
            lines.append("⚠️ " + " · ".join(risks))
        return lines

    def department_lines(self, digests: list[Digest] | None = None) -> list[str]:
        """One short line per department (all, or the ones given), worst first."""
        return [department_line(digest) for digest in (self.digests if digests is None
                                                         else digests)]

    def text(self) -> str:
        return "\n".join([self.title(), *self.headline(), *self.department_lines()])


def department_line(digest: Digest) -> str:
    """``🔴 东莞市总工会：落后 4 · 偏慢 3 · 执行 34.6%``; a risk comes first
    (``🔴 东莞市教育局：未填报``)."""
    if digest.unreported:
        parts = [UNREPORTED]
    elif not digest.reported:
        parts = ["尚未填报"]
    else:
        parts = [f"{s.label} {len(digest.by_status(s))}" for s in ATTENTION if digest.by_status(s)]
        if digest.budget_execution is not None:
            behind = "（严重滞后）" if FUNDS_BEHIND in digest.risks() else ""
            parts.append(f"执行 {percent(digest.budget_execution)}{behind}")
        if digest.level == Status.GREEN:
            parts.insert(0, "正常")
    return f"{STATUS_MARKS[digest.level]} {digest.department}：" + " · ".join(parts)


def _worst_department(digest: Digest) -> tuple:
    rank = {Status.RED: 0, Status.YELLOW: 1, Status.NO_DATA: 2, Status.GREEN: 3}
    execution = digest.budget_execution
    return (rank[digest.level], not digest.unreported, -len(digest.by_status(Status.RED)),
            -len(digest.by_status(Status.YELLOW)),
            float(execution / digest.time_progress) if execution is not None
            and digest.time_progress else 1.0, digest.department)


# ---------------------------------------------------------------- building


def latest_status(
    store: Store,
    department: str,
    year: int,
    date: date,
    thresholds: Thresholds = DEFAULT_THRESHOLDS,
) -> list[ItemStatus]:
    """Every task and indicator of the current table, judged at ``date`` with the latest
    report on or before it (tasks first, then indicators, in form order)."""
    return digest_for(store, department, year, date, thresholds).items


def build_digest(
    store: Store,
    date: date,
    department: str | None = None,
    thresholds: Thresholds = DEFAULT_THRESHOLDS,
) -> list[Digest]:
    """One digest per department (all, or the one ``department`` names — a unique part of the
    name is enough), each for the table chosen as the module docstring says."""
    if department:
        names = [resolve_department(store, department)]
    else:
        names = sorted({info.department
                        for info in store.current_versions(TableKind.DEPARTMENT)})
        if not names:
            raise NotFoundError("数据库中还没有任何绩效目标表。")
    digests = []
    for name in names:
        year = digest_year(store, name, date)
        if year is not None:
            digests.append(digest_for(store, name, year, date, thresholds))
    if not digests:
        raise NotFoundError(f"{date.year} 年及以前没有{department or '任何部门'}的绩效目标表。")
    return digests


def digest_year(store: Store, department: str, day: date) -> int | None:
    """The date's year if the department has a table for it, else its latest earlier year."""
    years = [info.year for info in store.current_versions(TableKind.DEPARTMENT)
             if info.department == department]
    eligible = [year for year in years if year <= day.year]
    return max(eligible) if eligible else None


def digest_for(store: Store, department: str, year: int, day: date,
               thresholds: Thresholds = DEFAULT_THRESHOLDS) -> Digest:
    """The digest of one department-year at ``day`` (latest reports on or before it)."""
    stored = store.current(department, year)
    if stored is None:
        raise NotFoundError(f"没有{department} {year} 年的绩效目标表。")
    progress = time_progress(day, year)
    latest = latest_reports(store, department, year, until=day)
    items, total_amount, total_spent = [], Decimal(0), Decimal(0)
    for item in tracked_items(stored.table):
        report = latest.get((item.kind, item.name))
        if item.kind == TASK:
            spent = None if report is None else report.number
            judgement = judge_task(item.amount_yuan, spent, progress, thresholds)
            rule = TASK_RULE
            total_amount += item.amount_yuan or 0
            total_spent += spent or 0
        else:
            judgement = judge_indicator(item.target, None if report is None else report.actual,
                                        progress, thresholds)
            rule = rule_for(item.target)
        items.append(ItemStatus(
            name=item.name, kind=item.kind, rule=rule, target=item.target_text,
            actual=None if report is None else report.display,
            ratio=round_ratio(judgement.ratio), status=judgement.status,
            as_of=None if report is None else report.as_of,
            completion=round_ratio(judgement.completion), report=report,
            goal=item.target, amount=item.amount_yuan))
    return Digest(department, year, day, progress, items, total_amount, total_spent, thresholds)


def digests_json(digests: list[Digest]) -> dict | list[dict]:
    """One object for one department, a list when several are included."""
    if len(digests) == 1:
        return digests[0].as_json()
    return [digest.as_json() for digest in digests]


# ---------------------------------------------------------------- subscriptions

FREQUENCIES = ("daily", "weekly", "monthly")
FREQUENCY_WORDS = {"daily": "每天", "weekly": "每周一", "monthly": "每月 1 日"}
_FREQUENCY_ALIASES = {"每天": "daily", "每日": "daily", "天": "daily", "日": "daily",
                      "每周": "weekly", "周": "weekly", "每星期": "weekly",
                      "每月": "monthly", "月": "monthly"}


class SubscriptionError(JixiaoError):
    """A subscription request that cannot be stored (bad frequency, time or department)."""


@dataclass(frozen=True)
class Subscription:
    """A scheduled digest: ``daily`` at ``time``, ``weekly`` on Mondays, ``monthly`` on the 1st
    (Asia/Shanghai); ``department`` ``None`` means every department."""

    id: int
    chat_id: int
    frequency: str
    time: str
    department: str | None
    created_at: str
    created_by: str
    last_sent_at: str | None
    last_sent_for: str | None
    active: bool

    def describe(self) -> str:
        scope = self.department or "全部部门"
        return f"{FREQUENCY_WORDS[self.frequency]} {self.time} 发送{scope}的进度摘要"


def parse_frequency(text: str) -> str:
    word = (text or "").strip().lower()
    frequency = word if word in FREQUENCIES else _FREQUENCY_ALIASES.get(word)
    if frequency is None:
        raise SubscriptionError(f"无法识别频率“{text}”：请用 daily / weekly / monthly（每天 / 每周 / 每月）。")
    return frequency


def parse_time(text: str) -> str:
    match = re.fullmatch(r"(\d{1,2})[:：](\d{2})", (text or "").strip())
    if not match or int(match[1]) > 23 or int(match[2]) > 59:
        raise SubscriptionError(f"无法识别时间“{text}”：请用 24 小时制 HH:MM，例如 09:00。")
    return f"{int(match[1]):02d}:{match[2]}"


def subscribe(store: Store, chat_id: int, frequency: str, time: str = "09:00",
              department: str | None = None, created_by: str = "") -> Subscription:
    """Add (or replace) a chat's subscription for one department or all of them."""
    frequency, time = parse_frequency(frequency), parse_time(time)
    full = resolve_department(store, department) if department else None
    with store.transaction() as db:
        db.execute("UPDATE subscriptions SET active = 0 WHERE chat_id = ? AND active = 1 AND "
                   "department IS ?", [chat_id, full])
        row_id = db["subscriptions"].insert({
            "chat_id": chat_id, "frequency": frequency, "time": time, "department": full,
            "created_at": now_iso(), "created_by": created_by, "last_sent_at": None,
            "last_sent_for": None, "active": 1}).last_pk
    return _subscription(store, row_id)


def unsubscribe(store: Store, chat_id: int, department: str | None = None) -> int:
    """Stop a chat's subscriptions (one department's, or all); returns how many stopped."""
    with store.transaction() as db:
        if department:
            full = resolve_department(store, department)
            cursor = db.execute("UPDATE subscriptions SET active = 0 WHERE chat_id = ? AND "
                                "active = 1 AND department = ?", [chat_id, full])
        else:
            cursor = db.execute("UPDATE subscriptions SET active = 0 WHERE chat_id = ? AND "
                                "active = 1", [chat_id])
        return cursor.rowcount


def subscriptions(store: Store, chat_id: int | None = None) -> list[Subscription]:
    """Active subscriptions (of one chat), oldest first."""
    sql = "SELECT id FROM subscriptions WHERE active = 1"
    params: list[object] = []
    if chat_id is not None:
        sql += " AND chat_id = ?"
        params.append(chat_id)
    return [_subscription(store, row[0]) for row in store.db.execute(sql + " ORDER BY id", params)]


def period_key(frequency: str, moment: datetime) -> str:
    """The period a send belongs to: ``2026-06-30`` (daily), ``2026-W27`` (weekly),
    ``2026-06`` (monthly)."""
    if frequency == "daily":
        return moment.date().isoformat()
    if frequency == "weekly":
        iso = moment.isocalendar()
        return f"{iso.year}-W{iso.week:02d}"
    return f"{moment.year}-{moment.month:02d}"


def period_end(frequency: str, moment: datetime) -> datetime:
    """When the period of ``moment`` ends (the next one starts): the next midnight (daily),
    the next Monday (weekly), the next 1st (monthly), Asia/Shanghai. A digest not delivered by
    then is given up: the next period brings a fresh one."""
    day = moment.date()
    if frequency == "daily":
        start = day + timedelta(days=1)
    elif frequency == "weekly":
        start = day + timedelta(days=7 - moment.weekday())
    else:
        start = (day.replace(day=28) + timedelta(days=4)).replace(day=1)
    return datetime(start.year, start.month, start.day, tzinfo=moment.tzinfo)


def scheduled_moment(subscription: Subscription, now: datetime) -> datetime:
    """When the current period's digest is due (today / this Monday / the 1st, at ``time``)."""
    hour, minute = (int(part) for part in subscription.time.split(":"))
    day = now.date()
    if subscription.frequency == "weekly":
        day -= timedelta(days=now.weekday())
    elif subscription.frequency == "monthly":
        day = day.replace(day=1)
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=now.tzinfo)


def due_subscriptions(store: Store, now: datetime) -> list[Subscription]:
    """Subscriptions whose digest for the current period is due and not yet sent, at ``now``
    (timezone-aware, Asia/Shanghai: the scheduler's clock). A send
    missed while the bot was down is made up later in the same period; a subscription made
    after this period's moment starts with the next period."""
    due = []
    for subscription in subscriptions(store):
        moment = scheduled_moment(subscription, now)
        created = datetime.fromisoformat(subscription.created_at)
        if (now >= moment and created <= moment
                and subscription.last_sent_for != period_key(subscription.frequency, now)):
            due.append(subscription)
    return due


def claim_send(store: Store, subscription: Subscription, now: datetime) -> bool:
    """Mark the current period as claimed, atomically; ``False`` if it was already claimed (so
    two workers, or a restart, never queue the same digest twice). ``data.outbox`` claims and
    queues the digest's messages in one transaction; the outbox then delivers them."""
    key = period_key(subscription.frequency, now)
    with store.transaction() as db:
        cursor = db.execute(
            "UPDATE subscriptions SET last_sent_for = ?, last_sent_at = ? WHERE id = ? AND "
            "active = 1 AND (last_sent_for IS NULL OR last_sent_for != ?)",
            [key, now.isoformat(timespec="seconds"), subscription.id, key])
        return cursor.rowcount == 1


def _subscription(store: Store, row_id: int) -> Subscription:
    row = store.db["subscriptions"].get(row_id)
    return Subscription(
        id=row["id"], chat_id=row["chat_id"], frequency=row["frequency"], time=row["time"],
        department=row["department"], created_at=row["created_at"],
        created_by=row["created_by"] or "", last_sent_at=row["last_sent_at"],
        last_sent_for=row["last_sent_for"], active=bool(row["active"]))

