"""Views of the store for the chat commands (/departments, /items, /indicators, /versions,
/unanswered), as ``bot.paging.Listing`` s: plain text lines, a bold heading per list (the figure
asked for: how many, how much), one chapter per department-year with a button on the index when
several are shown. Synchronous: handlers call them with ``asyncio.to_thread``."""

from __future__ import annotations

import re
from collections import defaultdict

from bot.paging import Chapter, Listing
from data.db import Store, StoredTable, VersionInfo
from data.model import TASK_SECTIONS, Indicator, TableKind
from nlp.answer import phrasing
from nlp.index import Index

NO_DATA = "还没有载入任何绩效目标表。管理员可以在私聊中发送 PDF、XLSX 或 TXT 文件导入。"
_YEAR = re.compile(r"(?<!\d)(20\d{2})(?:\s*年)?(?!\d)")


def split_year(text: str) -> tuple[str, int | None]:
    """``科技局 2025`` -> (``科技局``, 2025); a year may be anywhere in the text."""
    match = _YEAR.search(text)
    if not match:
        return text.strip(), None
    rest = (text[: match.start()] + text[match.end():]).strip()
    return rest, int(match.group(1))


def resolve_department(name: str, index: Index) -> str | None:
    """The loaded department ``name`` means (full name, everyday name such as 科技局 or 卫健委,
    or a unique part): the same resolver as questions; None when it is none or several."""
    found = index.directory.resolve(name).departments
    return found[0] if len(found) == 1 else None


def unknown_department_text(name: str, index: Index) -> str:
    return (f"没有找到部门“{name}”。已载入的部门：{'、'.join(index.departments())}。\n"
            "可以写全称，也可以写简称，例如“科技局”“总工会”。")


def latest_tables(index: Index, department: str | None, year: int | None) -> list[StoredTable]:
    """One table per department: ``year`` if given, else the latest."""
    chosen = []
    for dept in index.departments():
        if department and dept != department:
            continue
        years = index.department_years(dept)
        wanted = year if year is not None else (max(years) if years else None)
        stored = index.table(dept, wanted) if wanted is not None else None
        if stored is not None:
            chosen.append(stored)
    return chosen


def short_name(department: str, index: Index) -> str:
    """The name without its city for a button: 科学技术局 for 东莞市科学技术局."""
    return index.directory.bare_name(department)


def departments_listing(store: Store) -> Listing:
    """Every department with its years, each year's current version and import date."""
    by_department: dict[str, list[VersionInfo]] = defaultdict(list)
    projects: dict[str, list[VersionInfo]] = defaultdict(list)
    for info in store.current_versions():
        (projects if info.kind == TableKind.PROJECT else by_department)[info.department].append(
            info)
    if not by_department and not projects:
        return Listing.from_text(NO_DATA)
    names = list(dict.fromkeys([*by_department, *projects]))
    lines = []
    for department in names:
        years = "；".join(f"{i.year} 年（第 {i.version} 版，{i.date} 导入）"
                         for i in by_department.get(department, []))
        lines.append(f"• {department}：{years or '（只有项目表）'}")
        for info in projects.get(department, []):
            lines.append(f"  – 项目：{info.project} {info.year} 年（第 {info.version} 版，"
                         f"{info.date} 导入）")
    return Listing.single(Chapter(
        f"已载入 {len(names)} 个部门", lines,
        footer=["查看某部门的任务和预算：/items 部门名称（可用简称，如 /items 总工会）"]))


def items_listing(index: Index, department: str | None = None,
                  year: int | None = None) -> Listing:
    """Tasks (by section, with amounts) and budget lines of each chosen department's table."""
    tables = latest_tables(index, department, year)
    if not tables:
        return Listing.from_text(_no_table_text(index, department, year))
    one_year = len({s.table.year for s in tables}) == 1
    return Listing(
        [_items_chapter(stored, index, one_year) for stored in tables],
        heading=f"{len(tables)} 个部门的任务和预算（{_years_text(tables)}）",
        intro=["选择部门查看："], outro=["也可以直接发送 /items 部门名称，例如 /items 科技局"],
        index_button="↩ 全部部门")


def _years_text(tables: list[StoredTable]) -> str:
    years = sorted({s.table.year for s in tables})
    return f"{'、'.join(map(str, years))} 年" if len(years) <= 3 else "各部门最新年度"


def _items_chapter(stored: StoredTable, index: Index, one_year: bool = True) -> Chapter:
    table = stored.table
    lines = ["任务："]
    number = 0
    for section in TASK_SECTIONS:
        tasks = [t for t in table.tasks if t.section == section]
        if not tasks:
            continue
        lines.append(f"{section}：")
        for task in tasks:
            number += 1
            amount = phrasing.money_short(task.amount_yuan) \
                if task.amount_yuan is not None else "未填写金额"
            lines.append(f"{number}. {task.name} {amount}")
    lines.append("预算项目：")
    lines += [f"• {b.name}：" + (phrasing.money(b.amount_wan * 10000, True)
                                 if b.amount_wan is not None else "表中未填写")
              for b in table.budget]
    priced = [t.amount_yuan for t in table.tasks if t.amount_yuan is not None]
    total = (f"，资金合计 {phrasing.money_short(sum(priced), True)}"
             if priced else "")
    name = f"{table.department} {table.year} 年"
    return Chapter(f"【{name}】任务 {len(table.tasks)} 项{total}", lines,
                   footer=[phrasing.source_line(stored, "任务与预算")],
                   button=short_name(table.department, index),
                   summary=f"• {table.department if one_year else name}：任务 {len(table.tasks)} 项"
                           f"{total}")


def indicators_listing(index: Index, department: str | None = None,
                       year: int | None = None) -> Listing:
    """Every indicator, grouped by 一级 / 二级 category, per chosen table."""
    tables = latest_tables(index, department, year)
    if not tables:
        return Listing.from_text(_no_table_text(index, department, year))
    one_year = len({s.table.year for s in tables}) == 1
    return Listing(
        [_indicators_chapter(stored, index, one_year) for stored in tables],
        heading=f"{len(tables)} 个部门的绩效指标（{_years_text(tables)}）",
        intro=["选择部门查看："],
        outro=["也可以直接发送 /indicators 部门名称 或 /indicators 成本指标"],
        index_button="↩ 全部部门")


def _indicators_chapter(stored: StoredTable, index: Index, one_year: bool = True
                        ) -> Chapter:
    table = stored.table
    groups: dict[tuple[str, str], list[Indicator]] = defaultdict(list)
    for indicator in table.indicators:
        groups[(indicator.level1, indicator.level2)].append(indicator)
    lines = []
    number = 0
    for (level1, level2), members in groups.items():
        lines.append(f"{level1} / {level2}：")
        for indicator in members:
            number += 1
            value = indicator.annual_value
            if indicator.period_value and indicator.period_value != indicator.annual_value:
                value = f"年度 {indicator.annual_value}，实施周期 {indicator.period_value}"
            lines.append(f"{number}. {indicator.level3}：{value}")
    name = f"{table.department} {table.year} 年"
    return Chapter(f"【{name}】绩效指标共 {len(table.indicators)} 项", lines,
                   footer=[phrasing.source_line(stored, "绩效指标")],
                   button=short_name(table.department, index),
                   summary=f"• {table.department if one_year else name}："
                           f"绩效指标 {len(table.indicators)} 项")


def _no_table_text(index: Index, department: str | None, year: int | None) -> str:
    if not index.tables:
        return NO_DATA
    where = department or "已载入的部门"
    return f"没有{where} {year} 年的数据。已载入：{index.loaded_summary()}。"


def rollback_hint(department: str, year: int) -> str:
    return (f"恢复旧版本：/rollback {department} {year}（恢复上一版），"
            f"或在后面写版本号，如 /rollback {department} {year} 1")


def version_line(info: VersionInfo) -> str:
    """``第 2 版（当前） 2026-06-30 10:00 · 总工会.xlsx · 导入人 王小明（聊天上传）``."""
    mark = "（当前）" if info.is_current else ""
    when = info.imported_at[:16].replace("T", " ")
    who = f"导入人 {info.source}" if info.importer else info.source
    return f"第 {info.version} 版{mark} {when} · {info.source_name} · {who}"


def versions_listing(store: Store, index: Index, department: str | None = None,
                     year: int | None = None) -> Listing:
    """Every stored version, one chapter per department-year, the current one marked."""
    versions = store.versions(department, year, project=None)
    if not versions:
        return Listing.from_text("没有找到任何版本。" if department or year else NO_DATA)
    by_table: dict[tuple[str, str, int], list[VersionInfo]] = defaultdict(list)
    for info in versions:
        by_table[info.key].append(info)
    chapters = []
    for (dept, project, y), infos in by_table.items():
        current = next((i.version for i in infos if i.is_current), infos[-1].version)
        label = infos[-1].table_label
        chapters.append(Chapter(
            f"【{label}】", [version_line(i) for i in infos],
            footer=[rollback_hint(short_name(dept, index), y)] if not project else [],
            button=f"{short_name(dept, index)}{' · ' + project if project else ''} {y}",
            summary=f"• {label}：{len(infos)} 个版本，当前第 {current} 版"))
    return Listing(chapters, heading=f"{len(chapters)} 个部门年度的导入版本",
                   intro=["选择部门年度查看："], index_button="↩ 全部部门年度")


def unanswered_listing(store: Store, limit: int = 20) -> Listing:
    rows = store.unanswered(limit)
    if not rows:
        return Listing.from_text("最近没有未答上的问题。")
    status_labels = {"not_found": "没找到", "low_confidence": "把握不大", "ambiguous": "有歧义"}
    lines = []
    for row in rows:
        label = status_labels.get(row["status"], row["status"])
        lines.append(f"• {row['asked_at'][:16].replace('T', ' ')}  {row['question']}"
                     f"（{label}，{row['count']} 次）")
    return Listing.single(Chapter(
        f"最近没有答上的问题 {len(rows)} 个（新的在前）", lines,
        footer=["可以用 /alias 别名 = 名称 让机器人认识新的说法。"]))
