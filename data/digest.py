"""Progress digests: every item of a department-year judged at a date, as text or JSON, and the
subscriptions that send them on a schedule.

Which table: for each department, the current table of the digest date's year; if it has none,
its latest earlier year (that year is over, so its time progress is 100 %). A department with
only later years is left out. Only reports whose 截至日期 is on or before the digest date count,
so a digest of a past date shows what was known then.

JSON item fields: ``target`` is the printed 年度指标值 (``≥660人``) or, for a task, its amount as
``1,950,000 元``; ``actual`` is the value as reported (tasks: ``1,200,000 元``), or ``null``;
``ratio`` is the rule's ratio (see ``data.status``) rounded to 4 places, or ``null``.

>>> for digest in build_digest(store, date(2026, 6, 30), "总工会"):
...     print(digest.text())
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from fractions import Fraction

from data.db import Store, now_iso
from data.errors import JixiaoError, NotFoundError
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
from data.values import format_yuan

ATTENTION = (Status.RED, Status.YELLOW)
SUMMARY_ORDER = (Status.GREEN, Status.BLUE, Status.NO_DATA)


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

    def as_json(self) -> dict:
        return {"name": self.name, "kind": self.kind, "target": self.target,
                "actual": self.actual, "ratio": None if self.ratio is None else float(self.ratio),
                "status": str(self.status)}

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


@dataclass
class Digest:
    department: str
    year: int
    date: date
    time_progress: Fraction
    items: list[ItemStatus]
    total_amount: Decimal = Decimal(0)  # sum of task amounts, 元
    total_spent: Decimal = Decimal(0)  # sum of the latest reported spending, 元

    @property
    def budget_execution(self) -> Fraction | None:
        if not self.total_amount:
            return None
        return Fraction(self.total_spent) / Fraction(self.total_amount)

    def by_status(self, status: Status) -> list[ItemStatus]:
        return [item for item in self.items if item.status == status]

    def as_json(self) -> dict:
        return {"department": self.department, "year": self.year,
                "date": self.date.isoformat(),
                "time_progress": float(round_ratio(self.time_progress)),
                "items": [item.as_json() for item in self.items]}

    def text(self) -> str:
        """The digest for people: header figures, red and yellow items with their figures,
        then counts (and names) of the others."""
        day = self.date.timetuple().tm_yday if self.date.year == self.year else None
        progress = percent(self.time_progress)
        lines = [f"{self.department} {self.year} 年绩效进度（{self.date.isoformat()}）",
                 f"时间进度：{progress}" + (f"（全年第 {day} 天）" if day else "")]
        if self.total_amount:
            lines.append(
                f"预算执行：已支出 {format_yuan(self.total_spent)}，占任务资金 "
                f"{format_yuan(self.total_amount)}的 {percent(self.budget_execution)}")
        attention = [item for status in ATTENTION for item in self.by_status(status)]
        if attention:
            counts = "，".join(f"{s.label} {len(self.by_status(s))} 项" for s in ATTENTION
                              if self.by_status(s))
            lines.append(f"需关注（{counts}）：")
            lines += [f"  {item.describe()}" for item in attention]
        else:
            lines.append("需关注：无落后或偏慢的项目。")
        for status in SUMMARY_ORDER:
            items = self.by_status(status)
            if items:
                lines.append(f"{STATUS_MARKS[status]} {status.label} {len(items)} 项："
                             + _brief_names(items))
        return "\n".join(lines)


def _brief_names(items: list[ItemStatus], limit: int = 12) -> str:
    names = "，".join(item.name for item in items[:limit])  # names may contain 、
    return names + (f" 等 {len(items)} 项" if len(items) > limit else "")


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
        names = sorted({info.department for info in store.current_versions()})
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
    years = [info.year for info in store.current_versions() if info.department == department]
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
            completion=round_ratio(judgement.completion), report=report))
    return Digest(department, year, day, progress, items, total_amount, total_spent)


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
    """Mark the current period as sent, atomically; ``False`` if it was already claimed (so
    two workers, or a restart, never send the same digest twice). Call before sending."""
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

