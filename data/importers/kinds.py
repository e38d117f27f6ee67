"""Which form of the 绩效目标 family a file holds, from its first cells or lines.

The words come from ``forms.txt`` beside this module: title words first (``项目支出绩效目标批复表``
→ ``FormKind.PROJECT_APPROVAL``), then label words for a file whose title was cut off
(``项目名称`` → a project table). A 批复 in the title makes a target form an approval form.

>>> detect_form(["东莞市财政项目支出绩效目标批复表", "（2019年度）", "预算单位：东莞市交通运输局"])
<FormKind.PROJECT_APPROVAL: 'project_approval'>
>>> detect_form(["部门名称", "东莞市总工会"])
<FormKind.DEPARTMENT_TARGET: 'department_target'>
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from pathlib import Path

from data.errors import UnsupportedForm
from data.importers.common import label_key
from data.model import FORM_LABELS, FormKind

FORMS_FILE = Path(__file__).parent / "forms.txt"
SUPPORTED = (FormKind.DEPARTMENT_TARGET, FormKind.DEPARTMENT_APPROVAL, FormKind.PROJECT_TARGET,
             FormKind.PROJECT_APPROVAL)
# How many leading cells or lines may hold the title and the first labels.
HEAD_CELLS = 60


@cache
def vocabulary() -> tuple[tuple[tuple[str, FormKind], ...], tuple[tuple[str, FormKind], ...]]:
    """(title words, label words) as (key, kind) pairs, in file order."""
    titles: list[tuple[str, FormKind]] = []
    labels: list[tuple[str, FormKind]] = []
    for line in FORMS_FILE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        role, kind, word = line.split(maxsplit=2)
        (titles if role == "title" else labels).append((label_key(word), FormKind(kind)))
    return tuple(titles), tuple(labels)


def detect_form(cells: Iterable[str]) -> FormKind | None:
    """The form named by the first cells (title, labels); ``None`` when nothing tells."""
    head = [label_key(c) for c in _first(cells, HEAD_CELLS) if c and c.strip()]
    titles, labels = vocabulary()
    for cell in head:
        for word, kind in titles:
            if word in cell:
                return kind
    for word, kind in labels:
        if any(cell == word or cell.startswith(word) for cell in head):
            return kind
    return None


def require_supported(kind: FormKind | None) -> FormKind:
    """``kind`` when the readers read it; the 部门整体 target form when nothing told;
    ``UnsupportedForm`` (这是“XX表”，目前支持：…) for the others."""
    if kind is None:
        return FormKind.DEPARTMENT_TARGET
    if kind not in SUPPORTED:
        raise UnsupportedForm(unsupported_message(kind))
    return kind


def unsupported_message(kind: FormKind) -> str:
    supported = "、".join(FORM_LABELS[k] for k in SUPPORTED)
    return f"这是“{FORM_LABELS[kind]}”，目前支持：{supported}。"


def _first(cells: Iterable[str], limit: int) -> list[str]:
    result = []
    for cell in cells:
        result.append(cell)
        if len(result) >= limit:
            break
    return result
