"""Progress against the targets: one item's latest report and status, the items behind
(or of any status: 哪些指标没达标 / 还没填报), or a department's whole digest."""

from __future__ import annotations

from data.digest import ATTENTION
from data.status import Status as Light
from data.status import percent
from nlp.answer import phrasing
from nlp.answer.base import Answer, Snapshot, Status
from nlp.answer.common import missing_here, not_found, unique
from nlp.answer.scope import limited, tables_for
from nlp.index import Kind
from nlp.lexicon import SetKind, StatusWord
from nlp.query import Query

_LIGHTS = {StatusWord.BEHIND: ATTENTION, StatusWord.RED: (Light.RED,), StatusWord.YELLOW: (Light.YELLOW,),
           StatusWord.GREEN: (Light.GREEN,), StatusWord.BLUE: (Light.BLUE,),
           StatusWord.NONE: (Light.NO_DATA,)}
_STATUS_WORDS = {StatusWord.BEHIND: "进度落后或偏慢", StatusWord.RED: "进度落后（未达标）", StatusWord.YELLOW: "进度偏慢",
                 StatusWord.GREEN: "进度正常", StatusWord.BLUE: "进度超前",
                 StatusWord.NONE: "尚未填报进度"}


def answer(query: Query, snapshot: Snapshot) -> Answer:
    if snapshot.digest is None:
        return not_found(query, snapshot, "进度数据暂时无法读取。")
    entry = query.entry if query.entry is not None and \
        query.entry.kind in (Kind.TASK, Kind.INDICATOR) else None
    project = query.entry if query.entry is not None and query.entry.kind == Kind.PROJECT \
        else None
    tables = tables_for(snapshot.index, query, entry or project)
    if entry is not None and not tables:
        return missing_here(query, snapshot, entry)
    if not tables:
        return not_found(query, snapshot, "没有找到所问部门的表。")
    tables, note = limited(query, tables)
    # One digest per department and year: a project's item of the same name as the
    # department's is one target, reported once.
    tables = [s for n, s in enumerate(tables)
              if all(t.table.department != s.table.department or t.table.year != s.table.year
                     for t in tables[:n])]
    day = snapshot.today
    blocks = []
    reported = False
    for stored in tables:
        table = stored.table
        report = snapshot.digest(table.department, table.year, day)
        reported = reported or report.reported
        head = (f"{phrasing.where(stored)}（截至 {day.isoformat()}，时间进度 "
                f"{percent(report.time_progress)}）")
        if entry is not None:
            item = next((s for s in report.items if s.name == entry.name), None)
            if item is None:
                continue
            lines = [item.describe().split(" ", 1)[1], head]
            if item.kind == "task" and item.actual is not None:
                lines.append(f"计算：执行率 = 已支出 {item.actual} ÷ 预算 {item.target} = "
                             f"{percent(item.completion)}；按时间进度应完成 "
                             f"{percent(report.time_progress)}")
            if item.actual is not None:
                lines.append(f"状态：{item.status.label}")
                if item.report is not None:
                    lines.append(f"进度来源：{item.report.source}")
        elif query.status is not None:
            lights = _LIGHTS[query.status]
            chosen = [i for light in lights for i in report.by_status(light)
                      if _kind_asked(query, i.kind)]
            lines = [f"{_STATUS_WORDS[query.status]}的项目共 {len(chosen)} 项：" if chosen else
                     f"没有{_STATUS_WORDS[query.status]}的项目。", head]
            lines += [i.describe() for i in chosen]
        else:
            lines = report.text().splitlines()
        lines.append(phrasing.source_line(stored, "绩效指标与任务"))
        blocks.append("\n".join(line for line in lines if line))
    if not blocks:
        return not_found(query, snapshot, "没有找到所问项目的进度。")
    if note:
        blocks.append(note)
    no_report = entry is not None and all("尚未填报进度" in b.split("\n", 1)[0] for b in blocks)
    if not reported and (project is not None or entry is None and query.status is None):
        # 老旧小区改造项目现在完成了多少 / 残联今年的钱花了多少了: nothing reported yet, no
        # figure to give (not a 0 % spent)
        no_report = True
    return Answer(query.text, "\n\n".join(blocks), Status.NOT_FOUND if no_report else Status.OK,
                  kind="progress",
                  items=[entry.name] if entry else [],
                  departments=unique(s.table.department for s in tables),
                  years=unique(s.table.year for s in tables), score=query.score)


def _kind_asked(query: Query, kind: str) -> bool:
    """哪些指标… asks indicators, 哪些任务… tasks; otherwise both."""
    spec = query.set
    if spec is None:
        return True
    if spec.kind == SetKind.INDICATOR:
        return kind == "indicator"
    if spec.kind in (SetKind.TASK, SetKind.KEY_TASK, SetKind.OTHER_TASK):
        return kind == "task"
    return True
