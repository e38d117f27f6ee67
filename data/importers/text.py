"""Reader for the text a PDF viewer copies out of the form (the seed file is exactly that).

Copied text loses the grid: a cell's text wraps over several lines, a label and its value can
land on different lines, page breaks repeat section headings, and empty categories are just a
name on a line. The reader therefore works section by section (the headings are reliable) and,
inside each section, uses what the form guarantees: budget labels come from a fixed vocabulary,
every task row ends with its amount, and every indicator row ends with its two values.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from decimal import Decimal

from data.errors import TableFormatError, UnitError
from data.importers.common import (
    BUDGET_HEADINGS,
    BUDGET_LABELS,
    LEVEL2_PARENTS,
    canonical_level1,
    canonical_level2,
    clean_cell,
    find_year,
    is_category_prefix,
    label_key,
    parent_fits,
    split_goals,
)
from data.importers.kinds import detect_form, require_supported
from data.model import (
    KEY_TASKS,
    OTHER_TASKS,
    BudgetLine,
    FormKind,
    Indicator,
    PerformanceTable,
    Task,
)
from data.values import (
    looks_like_amount_text,
    parse_value,
    read_amount,
    unit_in_header,
)

# Section headings, in form order, as they start a line.
_SECTIONS = {
    "预算整体情况": "budget",
    "预算安排情况": "budget",
    "总体绩效目标": "goals",
    "年度绩效目标": "goals",
    KEY_TASKS: "key_tasks",
    "年度主要任务": "key_tasks",
    OTHER_TASKS: "other_tasks",
    "绩效指标": "indicators",
}
_TASK_HEADER_WORDS = (
    "任务名称",
    "名称",
    "主要实施内容",
    "主要内容",
    "拟投入的资金（元）",
    "拟投入的资金（万元）",
    "拟投入资金（元）",
    "拟投入资金（万元）",
    "拟投入的资金",
    "拟投入资金",
    "（元）",
    "（万元）",
    "期望达到的目标（概述）",
    "期望达到的目标",
    "目标内容",
    "（概述）",
)
_INDICATOR_HEADER_WORDS = (
    "一级指标",
    "二级指标",
    "三级指标",
    "实施周期指标值",
    "年度指标值",
    "中期指标值",
    "计划指标值（或计划水平）",
    "指标值（或计划水平）",
    "实施周期",
    "指标值",
)
DEPARTMENT_LABELS = ("部门名称", "部门（单位）名称")
YUAN, WAN = Decimal(1), Decimal(10_000)

# Values that are words, not numbers (及时, 有效提升 …): the vocabulary of the form's
# qualitative targets, plus the verbs such targets end with.
_QUALITATIVE_WORDS = {
    "及时",
    "是",
    "否",
    "有",
    "无",
    "好",
    "良好",
    "较好",
    "优良",
    "优秀",
    "合格",
    "达标",
    "达到",
    "完成",
    "按时完成",
    "按期完成",
    "全部完成",
    "准时",
    "长期",
    "中长期",
    "持续",
    "规范",
    "符合",
    "满意",
    "基本满意",
    "有效",
    "明显",
    "显著",
    "效果明显",
    "效果显著",
}
_QUALITATIVE_ENDINGS = re.compile(
    r"(提升|提高|改善|完善|健全|增强|加强|降低|减少|增加|下降|上升|扩大|缓解|减轻|"
    r"改进|优化|明显|显著|及时|达标|合格|有效|稳定|推进|落实|到位|保障|规范|完成|达成)$"
)
# Deadlines: 2026年12月31日前, 2026年底, 12月底前.
_DEADLINE = re.compile(r"^(\d{4}年)?(\d{1,2}月)?(\d{1,2}日)?(前|以前|之前|底|底前|内|以内)?$")
_AMOUNT_LINE = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$")
_TERMINAL_PUNCTUATION = ("。", "；", ";", "！", "!")
# Comparison words a value may start with (a name hardly does).
_OPERATOR_WORDS = ("达到", "不低于", "不少于", "不超过", "不高于", "不多于", "大于", "小于", "低于",
                   "高于", "控制在")


def decode_text(content: bytes) -> str:
    """UTF-8 (with or without BOM), else GB18030 (a superset of GBK and GB2312)."""
    if content.startswith(b"\xef\xbb\xbf"):
        return content[3:].decode("utf-8")
    if content.startswith((b"\xff\xfe", b"\xfe\xff")):
        return content.decode("utf-16")
    try:
        return content.decode("utf-8")
    except UnicodeDecodeError:
        return content.decode("gb18030")


def read_text(content: bytes) -> PerformanceTable:
    """Read copied text (bytes in any of the encodings above) into a table."""
    if _looks_binary_bytes(content):
        raise TableFormatError(_NOT_TEXT)
    try:
        text = decode_text(content)
    except UnicodeDecodeError as error:
        raise TableFormatError("无法识别文本编码：请使用 UTF-8 或 GBK 编码的文本文件。") from error
    if _looks_binary(text):
        raise TableFormatError(
            "文件内容不是文本（可能是损坏的文件或图片），请发送 PDF、XLSX 或 TXT 格式的绩效目标表。"
        )
    return parse_text(text)


def parse_text(text: str) -> PerformanceTable:
    """Parse the copied text of one form of the 绩效目标 family (the kind from its title)."""
    lines = [line.strip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    kind = require_supported(detect_form(line for line in lines if line))
    if kind != FormKind.DEPARTMENT_TARGET:
        from data.importers.text_forms import parse_form_text

        return parse_form_text(lines, kind)
    where = LineFinder(lines)
    header, sections = _split_sections(lines)

    department = _find_department(header + sections.get("budget", []))
    if not department:
        raise TableFormatError("没有找到“部门名称”，这不是部门整体预算绩效目标表。")
    year = next((y for y in map(find_year, _title_lines(header)) if y), None)
    if year is None:
        raise TableFormatError("没有找到表格年度（如“（2026年）”），请检查表头。")
    if "indicators" not in sections:
        raise TableFormatError("没有找到“绩效指标”部分，无法导入。")

    table = PerformanceTable(
        department=department,
        year=year,
        title=next((ln for ln in header if "绩效目标表" in ln), ""),
    )
    table.basic_info = _parse_basic_info(" ".join(header))
    table.budget = _parse_budget(sections.get("budget", []), where)
    table.goals = split_goals(sections.get("goals", []))
    table.tasks = _parse_key_tasks(sections.get("key_tasks", []), where) + _parse_other_tasks(
        sections.get("other_tasks", []), where
    )
    single = _value_columns(sections["indicators"]) == 1
    table.indicators, table.categories = _parse_indicators(sections["indicators"],
                                                           single_value=single)
    if not table.indicators:
        raise TableFormatError("“绩效指标”部分没有读到任何三级指标，无法导入。")
    return table


_NOT_TEXT = "文件内容不是文本（可能是损坏的文件或图片），请发送 PDF、XLSX 或 TXT 格式的绩效目标表。"


def _looks_binary_bytes(content: bytes) -> bool:
    if content.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False  # UTF-16 has NUL bytes by nature
    return b"\x00" in content[:8192]


def _looks_binary(text: str) -> bool:
    if "\x00" in text:
        return True
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\r\t\f")
    return controls > max(3, len(text) // 100)


def _split_sections(lines: list[str]) -> tuple[list[str], dict[str, list[str]]]:
    """Lines before the first section heading, and each section's lines (headings removed).

    A heading repeated at a page break continues its section instead of starting a new one.
    """
    header: list[str] = []
    sections: dict[str, list[str]] = {}
    current: list[str] = header
    for line in lines:
        section = _section_of(line)
        if section is None:
            current.append(line)
            continue
        current = sections.setdefault(section, [])
        rest = line[len(_heading_text(line)) :].strip()
        if rest:
            current.append(rest)
        current.append("")  # a heading ends a paragraph
    return header, sections


def _section_of(line: str) -> str | None:
    key = label_key(line)
    for heading, section in _SECTIONS.items():
        if key == heading or (key.startswith(heading) and _is_heading_suffix(key[len(heading) :])):
            return section
    return None


def _is_heading_suffix(rest: str) -> bool:
    # 其他需完成的任务（可选填）, or a heading that shares its line with the column headers.
    return rest in ("（可选填）", "(可选填)") or rest.startswith(
        ("名称", "任务名称", "一级指标", "部门预算支出", "（万元）", "（元）", "（千元）")
    )


def _heading_text(line: str) -> str:
    for heading in _SECTIONS:
        if line.startswith(heading):
            for suffix in ("（可选填）", "(可选填)"):
                if line[len(heading) :].startswith(suffix):
                    return heading + suffix
            return heading
    return ""


def _title_lines(header: list[str]) -> Iterable[str]:
    """Lines that may carry the year: the title block, before 部门名称 and 基本信息."""
    for line in header:
        if line.startswith(("部门名称", "部门（单位）名称", "基本信息")):
            break
        yield line


@dataclass
class LineFinder:
    """Line numbers for messages: where a cell's text first appears."""

    lines: list[str]

    def __call__(self, text: str) -> str:
        for number, line in enumerate(self.lines, start=1):
            if text in line.split() or line == text:
                return f"第 {number} 行"
        for number, line in enumerate(self.lines, start=1):
            if text in line:
                return f"第 {number} 行"
        return "文本中"


def _find_department(lines: list[str]) -> str:
    for index, line in enumerate(lines):
        label = next((lb for lb in DEPARTMENT_LABELS if label_key(line).startswith(lb)), None)
        if label is not None:
            name = label_key(line)[len(label) :].strip(" ：:\t")
            if not name:  # the value landed on the next non-empty line
                name = next((ln for ln in lines[index + 1 :] if ln), "")
            return clean_cell(name.split("基本信息")[0])
    return ""


def _parse_basic_info(text: str) -> dict[str, int]:
    info: dict[str, int] = {}
    for field in ("财政供养人员数", "下属二级单位数"):
        match = re.search(rf"{field}\s*[:：]?\s*(\d+)", text)
        if match:
            info[field] = int(match.group(1))
    return info


# ---------------------------------------------------------------- budget overview (万元)

_BUDGET_WORDS = sorted(list(BUDGET_LABELS) + list(BUDGET_HEADINGS), key=len, reverse=True)


def _parse_budget(lines: list[str], where: LineFinder) -> list[BudgetLine]:
    """Label/amount pairs in reading order; a label followed by another label is blank.

    Wrapped labels (``其他事业发展性\\n支出``) are rejoined by segmenting the running text on the
    known labels, so a blank label next to a wrapped one (市本级使用资金) stays separate. The
    amounts' unit is the one the block's headers name (``预算金额（万元）``); the budget is kept
    in 万元.
    """
    items: list[str | object] = []  # label strings and amount Decimals, in order
    text_run = ""
    factor = unit_in_header(" ".join(lines))
    for token in " ".join(lines).split():
        if not looks_like_amount_text(token):
            text_run += token
            continue
        amount = _money(token, factor, "预算金额", where, WAN)
        items.extend(_segment_labels(text_run))
        text_run = ""
        items.append(amount)
    items.extend(_segment_labels(text_run))

    budget: list[BudgetLine] = []
    for index, item in enumerate(items):
        if not isinstance(item, str) or item in BUDGET_HEADINGS:
            continue
        following = items[index + 1] if index + 1 < len(items) else None
        amount = None if isinstance(following, str) or following is None else following
        if item in BUDGET_LABELS or amount is not None:
            budget.append(
                BudgetLine(name=item, amount_wan=amount, group=BUDGET_LABELS.get(item, ""))
            )
    return budget


def _segment_labels(text: str) -> list[str]:
    """Split run-together text into known labels; unknown stretches stay whole."""
    parts: list[str] = []
    unknown = ""
    position = 0
    while position < len(text):
        word = next((w for w in _BUDGET_WORDS if text.startswith(w, position)), None)
        if word is None:
            unknown += text[position]
            position += 1
            continue
        if unknown:
            parts.append(unknown)
            unknown = ""
        parts.append(word)
        position += len(word)
    if unknown:
        parts.append(unknown)
    return parts


# ---------------------------------------------------------------- tasks (元)


def _money(token: str, factor: Decimal | None, header: str, where: LineFinder,
           to: Decimal) -> Decimal | None:
    """An amount token in the unit ``to``; malformed or unit-less amounts stop the import."""
    def place() -> str:
        return where(token)

    if factor is None:
        if read_amount(token, place) is None:
            return None
        raise UnitError(f"“{header}”一栏没有注明金额单位（元、万元或千元），无法确定金额，"
                        f"请在表头注明单位后再发送。")
    amount = read_amount(token, place, factor)
    if amount is None:
        return None
    return amount if factor == to else amount * factor / to


def _task_unit(lines: list[str]) -> Decimal | None:
    """The unit the task header names (``拟投入的资金`` / ``（元）`` wrapped over two lines)."""
    header = " ".join(line for line in lines if line and _is_header_line(line, _TASK_HEADER_WORDS))
    return unit_in_header(header.replace(" ", ""))


def _task_lines(lines: list[str]) -> list[tuple[str, bool]]:
    """Non-empty lines with a flag 'a blank line came before', column headers removed.

    A trailing amount on a text line (``关爱。 2094000``) is split onto a line of its own.
    """
    result: list[tuple[str, bool]] = []
    blank_before = False
    for line in lines:
        if not line:
            blank_before = True
            continue
        if _is_header_line(line, _TASK_HEADER_WORDS):
            continue
        tokens = line.split()
        if len(tokens) > 1 and _is_amount_line(tokens[-1]):
            result.append((" ".join(tokens[:-1]), blank_before))
            result.append((tokens[-1], False))
        else:
            result.append((line, blank_before))
        blank_before = False
    return result


def _is_header_line(line: str, words: tuple[str, ...]) -> bool:
    key = label_key(line)
    for word in sorted(words, key=len, reverse=True):
        key = key.replace(word, "")
    return key == ""


def _is_amount_line(line: str) -> bool:
    """A line that is an amount cell: a number, or text written as one that must then parse
    (``-1950000``, ``1e20``, ``12三4``), so that it is never taken for a task's text."""
    compact = line.replace(" ", "")
    # A dash is a blank amount cell: it keeps its row's place, so that the next row's amount
    # is never taken for this one's.
    return bool(_AMOUNT_LINE.match(compact)) or looks_like_amount_text(compact) or \
        compact in ("-", "—", "－", "——")


def _rows_by_amount(lines: list[tuple[str, bool]], factor: Decimal | None, where: LineFinder
                    ) -> tuple[list[list[str]], list, list[str]]:
    """Text between amount lines, the amounts (in 元), and what follows the last amount."""
    segments: list[list[str]] = []
    amounts = []
    current: list[str] = []
    for line, _blank in lines:
        if _is_amount_line(line):
            segments.append(current)
            amounts.append(_money(line.replace(" ", ""), factor, "拟投入的资金", where, YUAN))
            current = []
        else:
            current.append(line)
    return segments, amounts, current


def _name_width(segments: list[list[str]]) -> int:
    """The name column's width in characters: the longest first line of a row."""
    firsts = [len(seg[0].split()[0]) for seg in segments if seg]
    return max(firsts, default=0)


def _split_name(segment: list[str], width: int) -> tuple[str, str]:
    """A row's name (its first line, plus continuation lines while the name kept wrapping)."""
    if not segment:
        return "", ""
    first, *rest = segment
    tokens = first.split(maxsplit=1)
    name_lines = [tokens[0]]
    content_lines = [tokens[1]] if len(tokens) > 1 else []
    if not content_lines:
        # A name line filled to the column width wrapped; a shorter line ended the name.
        while (
            rest
            and len(name_lines[-1]) >= width
            and len(rest[0]) <= width
            and not rest[0].endswith(_TERMINAL_PUNCTUATION)
        ):
            name_lines.append(rest.pop(0))
    return clean_cell("\n".join(name_lines)), clean_cell("\n".join(content_lines + rest))


def _parse_other_tasks(lines: list[str], where: LineFinder) -> list[Task]:
    segments, amounts, trailing = _rows_by_amount(_task_lines(lines), _task_unit(lines), where)
    if trailing:  # a last row without an amount
        segments.append(trailing)
        amounts.append(None)
    width = _name_width(segments)
    tasks = []
    for segment, amount in zip(segments, amounts, strict=True):
        name, content = _split_name(segment, width)
        if name:
            tasks.append(Task(OTHER_TASKS, name, content, "", amount))
    return tasks


def _parse_key_tasks(lines: list[str], where: LineFinder) -> list[Task]:
    """Rows of name, content, amount, expected goal: the expected goal of one row and the name
    of the next share a segment; they part after the sentence that ends the goal."""
    segments, amounts, trailing = _rows_by_amount(_task_lines(lines), _task_unit(lines), where)
    if not segments:
        return []
    width = _name_width(segments[:1])
    # The last expected goal stands alone after the last amount: its lines show the column's
    # width (every line but the last fills it).
    goal_width = max((len(line) for line in trailing), default=0)
    heads = [segments[0]]
    expectations = []
    for segment in segments[1:]:
        cut = _end_of_expectation(segment, width, goal_width)
        expectations.append(segment[:cut])
        heads.append(segment[cut:])
    expectations.append(trailing)
    tasks = []
    for head, amount, expected in zip(heads, amounts, expectations, strict=True):
        name, content = _split_name(head, width)
        if name:
            tasks.append(Task(KEY_TASKS, name, content, clean_cell("\n".join(expected)), amount))
    return tasks


def _end_of_expectation(segment: list[str], name_width: int, goal_width: int) -> int:
    """Where one row's expected goal ends and the next row's name begins.

    The sentence that ends the goal says it best; without one, the column widths do: goal
    lines fill ``goal_width`` but the last, so the first shorter line is either the goal's last
    line (the next line is then a name line, at most ``name_width`` long) or already the next
    name (the next line is then wider content)."""
    for index in range(1, len(segment)):
        if (
            segment[index - 1].endswith(_TERMINAL_PUNCTUATION)
            and len(segment[index]) <= max(name_width, 1) + 2
        ):
            return index
    for index in range(1, len(segment)):
        if segment[index - 1].endswith(_TERMINAL_PUNCTUATION):
            return index
    for index, line in enumerate(segment):
        if len(line) < goal_width:
            following = segment[index + 1] if index + 1 < len(segment) else ""
            return index + 1 if len(following) <= name_width else index
    return len(segment) // 2


# ---------------------------------------------------------------- indicators


def _is_value_token(token: str) -> bool:
    if not parse_value(token).qualitative:
        return True
    if token[:1] in "≥≤><=＞＜≧≦＝±":
        return True
    if token.startswith(_OPERATOR_WORDS) and len(token) <= 12:  # 达到Ⅳ类, 不低于去年
        return True
    if token[:1].isdigit() and _DEADLINE.match(token):
        return True
    return token in _QUALITATIVE_WORDS or (
        len(token) <= 6 and bool(_QUALITATIVE_ENDINGS.search(token))
    )


def _split_values(tokens: list[str]) -> tuple[list[str], list[str]]:
    """(name tokens, value tokens): the last one or two tokens when they read as values."""
    # A row's two values are usually the same printed text (实施周期 = 年度): that alone marks
    # them as values, whatever words a qualitative target uses.
    if len(tokens) >= 3 and (_is_value_token(tokens[-1]) or tokens[-1] == tokens[-2]):
        return tokens[:-2], tokens[-2:]
    if len(tokens) == 2 and _is_value_token(tokens[-1]):
        if _is_value_token(tokens[0]) and not parse_value(tokens[0]).qualitative:
            return [], tokens  # a wrapped name's values on a line of their own
        return tokens[:1], tokens[1:]
    return tokens, []


def _join_value_lines(lines: list[str]) -> list[str]:
    """Some viewers copy one cell per line (name / ≥660人 / ≥660人): put values back on their
    name's line, so both layouts read alike."""
    joined: list[str] = []
    previous: int | None = None  # the last non-blank line, kept rather than searched for
    for line in lines:
        tokens = line.split()
        if tokens and previous is not None and all(_is_value_token(t) for t in tokens) \
                and _waits_for_values(joined[previous], len(tokens)):
            joined[previous] += " " + line
            del joined[previous + 1:]  # the blank lines between name and value
        else:
            joined.append(line)
            if line:
                previous = len(joined) - 1
    return joined


def _waits_for_values(line: str, count: int) -> bool:
    """A name line that has fewer than two values yet and room for ``count`` more."""
    tokens = [t for t in line.split() if not _is_category(t)]
    if not tokens or _is_header_line(line, _INDICATOR_HEADER_WORDS):
        return False
    values = 0
    for token in reversed(tokens):
        if not _is_value_token(token):
            break
        values += 1
    return values < len(tokens) and values + count <= 2


def _is_category(token: str) -> bool:
    return bool(canonical_level1(token) or canonical_level2(token))


# A 三级指标 name wrapped over lines is a few dozen characters; text that runs on for this
# many characters without a value is not a name.
MAX_PENDING_NAME = 500


def _value_columns(lines: list[str]) -> int:
    """How many 指标值 columns the indicator header prints (1: a single 指标值 column)."""
    header = " ".join(line for line in lines if line and _is_header_line(
        line, _INDICATOR_HEADER_WORDS))
    return max(1, label_key(header).count("指标值")) if header else 2


def _split_single_value(tokens: list[str]) -> tuple[list[str], list[str]]:
    """(name tokens, [value]) of a row with one value: names have no spaces, so a line of two
    or more tokens ends with its value, whatever words it uses (达到Ⅳ类)."""
    if len(tokens) >= 2:
        return tokens[:-1], tokens[-1:]
    return tokens, []


def _parse_indicators(lines: list[str], single_value: bool = False
                      ) -> tuple[list[Indicator], list[tuple[str, str]]]:
    """Indicator rows under their 一级 / 二级 lines. With ``single_value`` every row has one
    value, the annual one (a single 指标值 column: the period value is ``None``)."""
    indicators: list[Indicator] = []
    categories: list[tuple[str, str]] = []
    level1 = level2 = ""
    pending = ""  # a wrapped fragment waiting for the rest of its name
    category_line = False  # the previous line held only a 二级 name

    def enter_level2(printed: str) -> None:
        nonlocal level1, level2
        level2 = canonical_level2(printed) or label_key(printed)
        level1 = level1 or LEVEL2_PARENTS.get(level2, "")
        if (level1, level2) not in categories:
            categories.append((level1, level2))

    def is_row(rest: list[str]) -> bool:
        """True when ``rest`` (the tokens after a category name) are just the row's values:
        the category name is then the 三级 name (服务对象满意度 under 服务对象满意度)."""
        if not rest:
            return False
        if single_value:
            return len(rest) == 1
        return len(rest) <= 2 and all(_is_value_token(t) for t in rest)

    split = _split_single_value if single_value else _split_values
    pending_name = ""  # a name line that may be followed by its value alone on a line
    last_line_was_indicator = False
    for line in (lines if single_value else _join_value_lines(lines)):
        if not line:
            last_line_was_indicator = False
            continue
        if _is_header_line(line, _INDICATOR_HEADER_WORDS):
            continue
        tokens = line.split()
        if category_line and level2 and len(tokens) == 1:
            longer = canonical_level2(level2 + tokens[0])
            if longer and longer != level2:  # 服务对象满意度 / 指标 wrapped
                categories.remove((level1, level2))
                level2 = ""
                enter_level2(longer)
                continue
        category_line = False
        if single_value and pending_name and len(tokens) == 1 and _is_value_token(tokens[0]):
            # One cell per line: the value under its name.
            tokens, pending = [pending_name, tokens[0]], ""
        pending_name = ""
        if pending:
            joined = pending + tokens[0]
            if canonical_level1(joined) or canonical_level2(joined) or not _is_category(tokens[0]):
                tokens[0] = joined
            pending = ""
        while tokens and _is_category(tokens[0]) and not is_row(tokens[1:]):
            if canonical_level1(tokens[0]):
                level1, level2 = tokens.pop(0), ""
            elif canonical_level2(tokens[0]):
                name = canonical_level2(tokens[0]) or ""
                if level1 and not parent_fits(level1, name):
                    level1 = LEVEL2_PARENTS[name]  # a 二级 printed without its 一级 at a page break
                enter_level2(tokens.pop(0))
                category_line = not tokens
            else:
                break
        if not tokens:
            last_line_was_indicator = False
            continue
        name_tokens, values = split(tokens)
        if not values:
            fragment = "".join(tokens)
            previous = indicators[-1] if indicators else None
            if (
                previous
                and last_line_was_indicator
                and not is_category_prefix(fragment)
                and len(fragment) < len(previous.level3)
                and not single_value
            ):
                # The rest of the previous name: top-aligned cells print it after the values.
                indicators[-1] = replace(previous, level3=previous.level3 + fragment)
            else:
                # A wrapped category (生态环境成本指 / 标) or the first part of the next name.
                # Text running on past any name's length is not one: dropped, or every
                # further line would copy it again (quadratic in a padded file).
                pending = fragment if len(fragment) <= MAX_PENDING_NAME else ""
                pending_name = "" if is_category_prefix(fragment) else pending
            last_line_was_indicator = False
            continue
        if not name_tokens:
            continue  # stray values without a name cannot be placed
        if not level2:
            raise TableFormatError(
                f"绩效指标“{''.join(name_tokens)}”前没有二级指标，无法确定类别。"
            )
        name = clean_cell("".join(name_tokens))
        if single_value:
            period, annual = None, values[0]
        else:
            period, annual = (values[0], values[1]) if len(values) == 2 else ("", values[0])
        indicators.append(Indicator(level1, level2, name, period, annual))
        last_line_was_indicator = True
    return indicators, categories
