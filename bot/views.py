"""Plain-text views of the store for the chat commands (/departments, /items, /indicators,
/versions, /unanswered). Synchronous: handlers call them with ``asyncio.to_thread``."""

from __future__ import annotations

import re
from collections import defaultdict

from data.db import Store, StoredTable, VersionInfo
from data.model import TASK_SECTIONS, Indicator, TableKind
from nlp import answers
from nlp.catalog import Catalog
from nlp.normalize import normalize, strip_punctuation

NO_DATA = "还没有载入任何绩效目标表。管理员可以在私聊中发送 PDF、XLSX 或 TXT 文件导入。"
_YEAR = re.compile(r"(?<!\d)(20\d{2})(?:\s*年)?(?!\d)")


def split_year(text: str) -> tuple[str, int | None]:
    """``科技局 2025`` -> (``科技局``, 2025); a year may be anywhere in the text."""
    match = _YEAR.search(text)
    if not match:
        return text.strip(), None
    rest = (text[: match.start()] + text[match.end():]).strip()
    return rest, int(match.group(1))


def resolve_department(name: str, catalog: Catalog) -> str | None:
    """The loaded department ``name`` means: full name, everyday form (科技局, 总工会) or a
    unique part of either; None when it matches no department or more than one."""
    key = strip_punctuation(normalize(name))
    if not key:
        return None
    forms = {dept: {strip_punctuation(normalize(dept))} | {strip_punctuation(f) for f in fs}
             for dept, fs in catalog.department_forms.items()}
    for department in catalog.departments():
        forms.setdefault(department, {strip_punctuation(normalize(department))})
    exact = [d for d, fs in forms.items() if key in fs]
    if len(exact) == 1:
        return exact[0]
    partial = [d for d, fs in forms.items() if any(key in f or f in key for f in fs)]
    return partial[0] if len(partial) == 1 else None


def unknown_department_text(name: str, catalog: Catalog) -> str:
    return (f"没有找到部门“{name}”。已载入的部门：{'、'.join(catalog.departments())}。\n"
            "可以写全称，也可以写简称，例如“科技局”“总工会”。")


def latest_tables(catalog: Catalog, department: str | None, year: int | None) -> list[StoredTable]:
    """One table per department: ``year`` if given, else the latest."""
    chosen = []
    for dept in catalog.departments():
        if department and dept != department:
            continue
        years = catalog.department_years[dept]
        wanted = year if year is not None else max(years)
        if wanted in years:
            chosen.append(catalog.tables[(dept, wanted)])
    return chosen


def departments_text(store: Store) -> str:
    """Every department with its years, each year's current version and import date."""
    by_department: dict[str, list[VersionInfo]] = defaultdict(list)
    projects: dict[str, list[VersionInfo]] = defaultdict(list)
    for info in store.current_versions():
        (projects if info.kind == TableKind.PROJECT else by_department)[info.department].append(
            info)
    if not by_department and not projects:
        return NO_DATA
    names = list(dict.fromkeys([*by_department, *projects]))
    lines = [f"已载入 {len(names)} 个部门："]
    for department in names:
        years = "；".join(f"{i.year} 年（第 {i.version} 版，{i.date} 导入）"
                         for i in by_department.get(department, []))
        lines.append(f"• {department}：{years or '（只有项目表）'}")
        for info in projects.get(department, []):
            lines.append(f"  – 项目：{info.project} {info.year} 年（第 {info.version} 版，"
                         f"{info.date} 导入）")
    lines.append("查看某部门的任务和预算：/items 部门名称（可用简称，如 /items 总工会）")
    return "\n".join(lines)


def items_text(catalog: Catalog, department: str | None = None, year: int | None = None) -> str:
    """Tasks (by section, with amounts) and budget lines of each chosen department's table."""
    tables = latest_tables(catalog, department, year)
    if not tables:
        return _no_table_text(catalog, department, year)
    return "\n\n".join(_items_block(stored) for stored in tables)


def _items_block(stored: StoredTable) -> str:
    table = stored.table
    lines = [f"【{table.department} {table.year} 年】", f"任务（共 {len(table.tasks)} 项）："]
    number = 0
    for section in TASK_SECTIONS:
        tasks = [t for t in table.tasks if t.section == section]
        if not tasks:
            continue
        lines.append(f"{section}：")
        for task in tasks:
            number += 1
            amount = answers.plain_money(task.amount_yuan, "元") \
                if task.amount_yuan is not None else "未填写金额"
            lines.append(f"{number}. {task.name} {amount}")
    lines.append("预算项目：")
    lines += [f"• {answers.budget_amount_text(b.name, b.amount_wan)}" for b in table.budget]
    lines.append(answers.source_line(stored, "任务与预算"))
    return "\n".join(lines)


def indicators_text(catalog: Catalog, department: str | None = None,
                    year: int | None = None) -> str:
    """Every indicator, grouped by 一级 / 二级 category, per chosen table."""
    tables = latest_tables(catalog, department, year)
    if not tables:
        return _no_table_text(catalog, department, year)
    return "\n\n".join(_indicators_block(stored) for stored in tables)


def _indicators_block(stored: StoredTable) -> str:
    table = stored.table
    lines = [f"【{table.department} {table.year} 年】绩效指标共 {len(table.indicators)} 项"]
    groups: dict[tuple[str, str], list[Indicator]] = defaultdict(list)
    for indicator in table.indicators:
        groups[(indicator.level1, indicator.level2)].append(indicator)
    number = 0
    for (level1, level2), members in groups.items():
        lines.append(f"{level1} / {level2}：")
        for indicator in members:
            number += 1
            value = indicator.annual_value
            if indicator.period_value and indicator.period_value != indicator.annual_value:
                value = f"年度 {indicator.annual_value}，实施周期 {indicator.period_value}"
            lines.append(f"{number}. {indicator.level3}：{value}")
    lines.append(answers.source_line(stored, "绩效指标"))
    return "\n".join(lines)


def _no_table_text(catalog: Catalog, department: str | None, year: int | None) -> str:
    if not catalog.tables:
        return NO_DATA
    where = department or "已载入的部门"
    return f"没有{where} {year} 年的数据。已载入：{catalog.loaded_summary()}。"


def versions_text(store: Store, department: str | None = None, year: int | None = None) -> str:
    """Every stored version, grouped by department-year, the current one marked."""
    versions = store.versions(department, year, project=None)
    if not versions:
        return "没有找到任何版本。" if department or year else NO_DATA
    lines: list[str] = []
    last = None
    for info in versions:
        if info.key != last:
            last = info.key
            lines.append(f"【{info.label}】")
        mark = "（当前）" if info.is_current else ""
        when = info.imported_at[:16].replace("T", " ")
        lines.append(f"第 {info.version} 版{mark} {when} · {info.source_name} · "
                     f"导入人 {info.imported_by}")
    lines.append("恢复旧版本：/rollback 部门 年度 [版本号]")
    return "\n".join(lines)


def unanswered_text(store: Store, limit: int = 20) -> str:
    rows = store.unanswered(limit)
    if not rows:
        return "最近没有未答上的问题。"
    status_labels = {"not_found": "没找到", "low_confidence": "把握不大", "ambiguous": "有歧义"}
    lines = [f"最近没有答上的问题（最多 {limit} 条，新的在前）："]
    for row in rows:
        label = status_labels.get(row["status"], row["status"])
        lines.append(f"• {row['asked_at'][:16].replace('T', ' ')}  {row['question']}"
                     f"（{label}，{row['count']} 次）")
    lines.append("可以用 /alias 别名 = 名称 让机器人认识新的说法。")
    return "\n".join(lines)
