"""What every reader shares once the cells are read: the form's vocabulary and the small
cleaning steps (joining wrapped cell text, finding the year, splitting goal paragraphs)."""

from __future__ import annotations

import re

from data.values import normalize_width

# 一级指标 and the 二级指标 that belong to each, as the 财政部 indicator framework prints them.
# Older forms (东莞's 批复表) print 预期产出指标 and 效果指标 instead.
LEVEL1_NAMES = ("成本指标", "产出指标", "效益指标", "满意度指标", "预期产出指标", "效果指标")
# A 二级's printed parent may be any 一级 of its family (数量指标 under 预期产出指标).
LEVEL1_FAMILY = {
    "产出指标": ("产出指标", "预期产出指标"),
    "成本指标": ("成本指标",),
    "效益指标": ("效益指标", "效果指标"),
    "满意度指标": ("满意度指标", "效果指标"),
}
LEVEL2_PARENTS = {
    "经济成本指标": "成本指标",
    "社会成本指标": "成本指标",
    "生态环境成本指标": "成本指标",
    "数量指标": "产出指标",
    "质量指标": "产出指标",
    "时效指标": "产出指标",
    "经济效益": "效益指标",
    "社会效益": "效益指标",
    "生态效益": "效益指标",
    "可持续影响": "效益指标",
    "经济效益指标": "效益指标",
    "社会效益指标": "效益指标",
    "生态效益指标": "效益指标",
    "可持续影响指标": "效益指标",
    "服务对象满意度": "满意度指标",
    "服务对象满意度指标": "满意度指标",
    "预算控制指标": "产出指标",
    "社会、经济、生态效益指标": "效益指标",
    "社会经济生态效益指标": "效益指标",
}
LEVEL2_NAMES = tuple(LEVEL2_PARENTS)
# 二级 names printed with an alias in brackets, and the name they stand for.
LEVEL2_ALIASES = {
    "数量指标（或建筑规模指标）": "数量指标",
    "时效指标（工期指标）": "时效指标",
    "时效指标（工期指标、形象进度指标）": "时效指标",
    "时效指标（形象进度指标）": "时效指标",
    "预算（或投资规模）控制指标": "预算控制指标",
    "预算控制指标（或投资规模控制指标）": "预算控制指标",
}

# The (一级, 二级) categories of a blank form, in the order the 财政部 framework prints them.
STANDARD_CATEGORIES: tuple[tuple[str, str], ...] = (
    ("成本指标", "经济成本指标"),
    ("成本指标", "社会成本指标"),
    ("成本指标", "生态环境成本指标"),
    ("产出指标", "数量指标"),
    ("产出指标", "质量指标"),
    ("产出指标", "时效指标"),
    ("效益指标", "经济效益"),
    ("效益指标", "社会效益"),
    ("效益指标", "生态效益"),
    ("效益指标", "可持续影响"),
    ("满意度指标", "服务对象满意度"),
)

# Labels of 预算整体情况 (amounts in 万元) and the column each sits under.
BUDGET_LABELS = {
    "基本支出": "部门预算支出",
    "项目支出": "部门预算支出",
    "财政拨款": "收入来源",
    "其他资金": "收入来源",
    "财政专项资金": "事业发展性支出",
    "其他事业发展性支出": "事业发展性支出",
    "市本级使用资金": "按预算级次划分",
    "拟用于对下转移支付资金": "按预算级次划分",
}
# Column headings inside 预算整体情况 that are not amounts.
BUDGET_HEADINGS = ("部门预算支出", "收入来源", "事业发展性支出", "按预算级次划分", "预算金额（万元）",
                   "预算金额(万元)")

# Section and column headings of the form.
TITLE_WORDS = ("部门整体预算绩效目标表", "绩效目标表", "绩效目标批复表", "绩效目标申报表")
GOALS_HEADING = "总体绩效目标"
INDICATORS_HEADING = "绩效指标"
INDICATOR_COLUMNS = ("一级指标", "二级指标", "三级指标", "实施周期指标值", "年度指标值")
KEY_TASK_COLUMNS = ("名称", "主要实施内容", "拟投入的资金（元）", "期望达到的目标（概述）")
OTHER_TASK_COLUMNS = ("名称", "目标内容", "拟投入的资金（元）")

_CJK = r"\u3000-\u303f\u3400-\u9fff\uff00-\uffef“”‘’、，。；：！？（）《》【】"
_SPACE_BETWEEN_CJK = re.compile(rf"(?<=[{_CJK}])\s+|\s+(?=[{_CJK}])")
# A line break inside a cell is the column's wrapping, not a space: it goes, except between
# two Latin letters, where it separated words.
_WRAP_BREAK = re.compile(r"(?<![A-Za-z])[ \t]*\n\s*|[ \t]*\n\s*(?![A-Za-z])")


def clean_cell(text: object) -> str:
    """Cell text with its wrapping removed: ``产业工人建设经\\n费`` -> ``产业工人建设经费``.

    Line breaks next to Chinese characters disappear; between two Latin words they become one
    space, so ``APP\\nservice`` stays readable.
    """
    if text is None:
        return ""
    value = str(text).replace("\r", "\n").replace("\u00a0", " ").strip()
    value = _WRAP_BREAK.sub("", value)
    value = _SPACE_BETWEEN_CJK.sub("", value)
    return re.sub(r"\s+", " ", value)


def label_key(text: str) -> str:
    """A label compared without spaces, width or bracket differences."""
    return re.sub(r"\s+", "", normalize_width(text or "")).replace("(", "（").replace(")", "）")


def canonical_level1(text: str) -> str | None:
    key = label_key(text)
    return key if key in LEVEL1_NAMES else None


def canonical_level2(text: str) -> str | None:
    """The 二级 name ``text`` stands for: itself, or the name its alias means
    (``数量指标（或建筑规模指标）`` -> ``数量指标``); ``None`` for other text."""
    key = label_key(text)
    key = LEVEL2_ALIASES.get(key, key)
    return key if key in LEVEL2_PARENTS else None


def parent_fits(level1: str, level2: str) -> bool:
    """Whether the printed 一级 ``level1`` can hold the 二级 ``level2`` (unknown names fit)."""
    parent = LEVEL2_PARENTS.get(level2)
    if parent is None or level1 not in LEVEL1_NAMES:
        return True
    return level1 in LEVEL1_FAMILY.get(parent, (parent,))


def is_category_prefix(text: str) -> bool:
    """True when ``text`` could be the first part of a wrapped category name (生态环境成本指)."""
    key = label_key(text)
    names = LEVEL1_NAMES + LEVEL2_NAMES + tuple(LEVEL2_ALIASES)
    return bool(key) and any(name.startswith(key) and name != key for name in names)


_YEAR_RE = re.compile(r"((?:19|20)\d{2})\s*年")


def find_year(text: str) -> int | None:
    """The form's year from its title line: ``（2026年）`` -> 2026."""
    match = _YEAR_RE.search(normalize_width(text or ""))
    return int(match.group(1)) if match else None


_GOAL_START = re.compile(r"^\s*(?:[一二三四五六七八九十]+[、.．]|\d+[、.．](?!\d)|（[一二三四五六七八九十\d]+）)")


def split_goals(lines: list[str]) -> list[str]:
    """Join wrapped lines into numbered paragraphs (一、… 二、…); unnumbered text is one goal."""
    # Each paragraph's lines are collected and cleaned once: re-cleaning the growing paragraph
    # at every line was quadratic (20,000 unnumbered lines took minutes).
    paragraphs: list[list[str]] = []
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        if _GOAL_START.match(line) or not paragraphs:
            paragraphs.append([line])
        else:
            paragraphs[-1].append(line)
    return [clean_cell("\n".join(paragraph)) for paragraph in paragraphs]


def parse_count(text: object) -> int | None:
    """A whole-number cell such as 财政供养人员数 (``37``, ``37人``, 37.0)."""
    if text is None:
        return None
    if isinstance(text, int | float):
        return int(text)
    match = re.search(r"\d+", normalize_width(str(text)).replace(",", ""))
    return int(match.group()) if match else None
