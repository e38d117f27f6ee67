"""Chat text: the one text layer between plain answers and what a chat or a console shows,
and the Chinese texts of the upload flow.

The contract with the question engine: **the first line of ``Answer.text`` is the headline**
(the figure asked for); the lines after it explain and give the source. In Telegram the
headline is bold and the rest normal weight (``headline_html``); the console and
``run_bot.py ask`` print the same text plain (``headline_plain``). Answers may contain ``<``,
``>`` and ``&``, so every piece is escaped here and nowhere else. Long texts are paged by
``bot.paging`` (one message, 上一页 / 下一页), not split into several messages.
"""

from __future__ import annotations

import html

from data.db import VersionInfo
from data.importing import Preview

TELEGRAM_TEXT_LIMIT = 4096  # characters a message shows, counted in UTF-16 units
COUNT_LABELS = {"budget": "预算金额", "goals": "总体目标", "tasks": "任务", "indicators": "绩效指标"}
# Characters of change lines and of warnings in an import preview: with the rest of it (about
# 300 characters) a preview stays within one screen-sized message of 1,500 characters.
PREVIEW_DIFF_BUDGET = 850
PREVIEW_WARNING_BUDGET = 300


def escape(text: str) -> str:
    return html.escape(text, quote=False)


def bold(text: str) -> str:
    """``<b>…</b>`` around escaped ``text`` (nothing for an empty line)."""
    return f"<b>{escape(text)}</b>" if text.strip() else escape(text)


def split_headline(text: str) -> tuple[str, list[str]]:
    """The headline (first non-empty line) and the lines after it."""
    lines = text.strip("\n").split("\n")
    return lines[0], lines[1:]


def headline_html(text: str) -> str:
    """A plain answer as Telegram HTML: the headline bold, the rest escaped.

    >>> headline_html("送温暖活动经费：1,950,000 元\n来源：<表>")
    '<b>送温暖活动经费：1,950,000 元</b>\n来源：&lt;表&gt;'
    """
    headline, rest = split_headline(text)
    return "\n".join([bold(headline), *map(escape, rest)])


def headline_plain(text: str) -> str:
    """The same answer for the console and ``run_bot.py ask``: plain text, as it is."""
    return text


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def split_text(text: str, limit: int = TELEGRAM_TEXT_LIMIT) -> list[str]:
    """``text`` in pieces of at most ``limit`` UTF-16 units, cut at line ends when possible.

    >>> split_text("一\\n二\\n三", limit=3)
    ['一\\n二', '三']
    """
    pieces: list[str] = []
    current = ""
    for line in text.split("\n"):
        candidate = f"{current}\n{line}" if current else line
        if utf16_len(candidate) <= limit:
            current = candidate
            continue
        if current:
            pieces.append(current)
        while utf16_len(line) > limit:  # a single line longer than a message: cut it hard
            cut = _prefix_within(line, limit)
            pieces.append(line[:cut])
            line = line[cut:]
        current = line
    if current.strip():
        pieces.append(current)
    return [piece for piece in pieces if piece.strip()] or ["（没有内容）"]


def _prefix_within(text: str, limit: int) -> int:
    """How many characters of ``text`` fit in ``limit`` UTF-16 units."""
    units = 0
    for index, ch in enumerate(text):
        units += 2 if ord(ch) > 0xFFFF else 1
        if units > limit:
            return max(index, 1)
    return len(text)


def html_chunks(text: str, limit: int = TELEGRAM_TEXT_LIMIT) -> list[str]:
    """Plain ``text`` as escaped HTML messages, each within Telegram's limit."""
    return [escape(piece) for piece in split_text(text, limit)]


# --------------------------------------------------------------------------- upload flow


def preview_text(preview: Preview, known_years: list[int]) -> str:
    """The import preview (HTML): what the file holds and what would change.

    ``known_years`` are the years of this department already stored (to say 新部门 / 新年度).
    """
    table = preview.table
    counts = "，".join(f"{preview.count_label(k)} {v} 项" for k, v in preview.counts().items())
    lines = [
        f"<b>导入预览</b>：{escape(preview.source_name)}",
        f"部门：{escape(table.department)}",
    ]
    if table.project:
        lines.append(f"项目：{escape(table.project)}")
    if table.unit:
        lines.append(f"实施单位：{escape(table.unit)}")
    lines += [f"年度：{table.year} 年", f"内容：{counts}"]
    who = escape(f"{table.department} · {table.project}" if table.project else table.department)
    if preview.current is None:
        if known_years:
            years = "、".join(map(str, sorted(known_years)))
            lines.append(f"新年度：{who}已有 {years} 年的数据，还没有 {table.year} 年的。")
        elif table.project:
            lines.append(f"新项目：还没有{who}的数据。")
        else:
            lines.append(f"新部门：还没有{who}的数据。")
    else:
        info = preview.current.version
        lines.append(f"与当前版本（第 {info.version} 版，{info.date} 导入）相比：")
        changes = preview.diff.lines() if preview.diff else []
        if preview.current.version.sha256 == preview.sha256:
            lines.append("• 与当前版本是同一个文件，没有变化。")
        elif not changes:
            lines.append("• 内容没有变化。")
        lines += _capped_bullets(changes, PREVIEW_DIFF_BUDGET, "处变化")
    lines.append(f"表格：{escape(table.form.label)}")
    if preview.warnings:
        lines.append("请注意：")
        lines += _capped_bullets(preview.warnings, PREVIEW_WARNING_BUDGET, "条提示")
    lines.append("确认导入后会成为新的当前版本（旧版本保留，可用 /rollback 恢复）。")
    return "\n".join(lines)


def unchanged_text(preview: Preview) -> str:
    """A table whose content equals the current version's (HTML): reported, not imported."""
    info = preview.current.version if preview.current else None
    table = preview.table
    which = f"当前版本（第 {info.version} 版，{info.date} 导入）" if info else "当前版本"
    return (f"<b>没有变化，未导入</b>：{escape(preview.source_name)}\n"
            f"与{escape(table.department)} {table.year} 年的{which}内容相同，没有新增版本。\n"
            "如果要改数据，请修改文件后重新发送。")


def _capped_bullets(items: list[str], budget: int, unit: str) -> list[str]:
    shown: list[str] = []
    used = 0
    for item in items:
        used += len(item) + 3
        if used > budget:
            shown.append(f"• ……另有 {len(items) - len(shown)} {unit}")
            break
        shown.append(f"• {escape(item)}")
    return shown


def imported_text(info: VersionInfo) -> str:
    when = info.imported_at[:16].replace("T", " ")
    return (f"已导入：{escape(info.table_label)}，第 {info.version} 版"
            f"（{when} 导入）。\n现在就可以提问了。")
