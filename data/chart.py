"""PNG charts of digests, laid out for a phone held upright.

**A department's chart** draws every red and yellow item, worst first (then, while there is
room, a few of the others), each as its name above a bar: the share reached of the annual target
(quantity), of the amount (task: execution rate), of the target (rates, standards), 100 % for a
cap kept (less when it is exceeded), 0 / 50 / 100 % for 未达成 / 部分达成 / 达成. A dashed line
marks time progress (what quantities and money should have reached), a dotted one the target.
The title names the department, the date and the headline counts.

**The overview chart** draws every department's budget execution (spent ÷ task amounts)
against time progress, worst first, as in the overview text.

Both are 1080 px wide (2.7 in at 400 dpi) and every text is at least 10 pt at that size, so a
phone showing the picture full width shows the labels at 10 pt; the height grows with the rows.

Chinese needs a CJK font: ``make`` installs Debian's ``fonts-wqy-microhei`` where it can; any
of the fonts in ``CJK_FONT_FILES`` / ``CJK_FONT_NAMES`` (or one fontconfig knows for zh) works.
Without one the chart is still drawn, with a logged warning (the labels then show boxes).

Rendering uses matplotlib's object API with the Agg canvas: no pyplot state, safe in a worker
thread.
"""

from __future__ import annotations

import io
import logging
import shutil
import subprocess
from dataclasses import dataclass
from fractions import Fraction
from functools import lru_cache
from pathlib import Path

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties, fontManager
from matplotlib.patches import Patch

from data.digest import ATTENTION, GRADE_SCORES, Digest, ItemStatus, Overview, worst_first
from data.status import CAP, QUALITATIVE, QUANTITY, TASK, Status, percent

logger = logging.getLogger(__name__)

CJK_FONT_FILES = (
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",  # Debian/Ubuntu fonts-wqy-microhei
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",  # Debian fonts-noto-cjk
    "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",  # Arch, Alpine
    "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc",  # Fedora
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/System/Library/Fonts/PingFang.ttc",  # macOS
    "C:/Windows/Fonts/msyh.ttc",  # Windows: Microsoft YaHei
    "C:/Windows/Fonts/simhei.ttf",
)
CJK_FONT_NAMES = ("WenQuanYi Micro Hei", "Noto Sans CJK SC", "Source Han Sans SC",
                  "Noto Sans CJK JP", "WenQuanYi Zen Hei", "Microsoft YaHei", "SimHei",
                  "PingFang SC")

COLORS = {Status.RED: "#d9534f", Status.YELLOW: "#f0ad4e", Status.GREEN: "#5cb85c",
          Status.BLUE: "#3a87d6", Status.NO_DATA: "#b0b0b0"}
ITEM_LEGEND = {s: s.label for s in (Status.RED, Status.YELLOW, Status.GREEN, Status.BLUE)}
FUNDS_LEGEND = {Status.RED: "严重滞后", Status.YELLOW: "偏慢", Status.GREEN: "正常",
                Status.NO_DATA: "未填报"}
CHARTED_RULES = (QUANTITY, TASK)  # judged against time progress: the bar is the completion
WIDTH_PX = 1080
DPI = 400
WIDTH_IN = WIDTH_PX / DPI  # 2.7 in: a phone's width, so points here are points there
TEXT_PT, TITLE_PT = 10, 12  # nothing smaller than 10 pt
MIN_ROWS = 8  # a chart with few red and yellow items is filled up with the others
MAX_AXIS = 1.2  # bars beyond 120 % are cut; their label tells the value
LINE_IN = 0.19  # height of one 10 pt text line, inches
BAR_IN, GAP_IN = 0.17, 0.11
TOP_IN, BOTTOM_IN = 0.34, 0.36  # room for the reference-line labels and the legend
WRAP = 17  # full-width characters per label line at 10 pt in the chart's width
NO_LINE_START = "，。；：、）》”’！？%"  # punctuation stays at the end of the line before


@lru_cache(maxsize=1)
def find_cjk_font() -> Path | None:
    """A font file with Chinese glyphs: a known path, a font matplotlib knows by name, or one
    fontconfig lists for ``:lang=zh``; ``None`` if there is none."""
    for candidate in CJK_FONT_FILES:
        if Path(candidate).is_file():
            return Path(candidate)
    for entry in fontManager.ttflist:
        if entry.name in CJK_FONT_NAMES and Path(entry.fname).is_file():
            return Path(entry.fname)
    fc_list = shutil.which("fc-list")
    if fc_list:
        try:
            output = subprocess.run([fc_list, ":lang=zh", "file"], capture_output=True,
                                    text=True, timeout=10).stdout
        except (OSError, subprocess.SubprocessError):
            output = ""
        for line in sorted(output.splitlines()):
            path = Path(line.strip().rstrip(":"))
            if path.suffix.lower() in (".ttf", ".ttc", ".otf") and path.is_file():
                return path
    logger.warning("no CJK font found: Chinese labels in charts will not render "
                   "(install fonts-wqy-microhei or fonts-noto-cjk)")
    return None


def _font(size: float, bold: bool = False) -> FontProperties:
    path = find_cjk_font()
    weight = "bold" if bold else "normal"
    if path:
        return FontProperties(fname=str(path), size=size, weight=weight)
    return FontProperties(size=size, weight=weight)


@dataclass(frozen=True)
class Bar:
    """One row of a chart: a label above a bar of ``share`` (0 = none, 1 = the target)."""

    label: str
    share: float
    status: Status
    value: str  # printed at the bar's end


# ---------------------------------------------------------------- what is drawn


def charted_items(digest: Digest) -> list[ItemStatus]:
    """The items a department's chart draws, top to bottom: every red and yellow item worst
    first, then reported others (furthest behind first) up to ``MIN_ROWS`` rows."""
    attention = digest.attention()
    others = worst_first([item for item in digest.items
                          if item.status in (Status.GREEN, Status.BLUE)])
    return attention + others[:max(0, MIN_ROWS - len(attention))]


def item_bar(item: ItemStatus) -> Bar:
    if item.rule == QUALITATIVE:
        return Bar(item.name, GRADE_SCORES.get(item.actual or "", 0.0), item.status,
                   item.actual or "")
    if item.rule == CAP:
        ratio = float(item.ratio or 0)
        over = ratio > 1
        return Bar(item.name, 1 / ratio if over else 1.0, item.status,
                   f"超上限 {ratio - 1:.1%}" if over else "未超上限")
    share = float((item.completion if item.rule in CHARTED_RULES else item.ratio) or 0)
    return Bar(item.name, share, item.status, f"{share:.1%}")


def department_bar(digest: Digest) -> Bar:
    execution = digest.budget_execution
    if not digest.reported or execution is None:
        return Bar(digest.department, 0.0, Status.NO_DATA,
                   "未填报" if digest.reported or digest.unreported else "尚未填报")
    status = digest.funds_status or Status.GREEN
    return Bar(digest.department, float(execution), status, f"{float(execution):.1%}")


# ---------------------------------------------------------------- the charts


def digest_chart_figure(digest: Digest) -> Figure:
    """A department's chart (see the module docstring) as a matplotlib figure."""
    items = charted_items(digest)
    counts = " · ".join(f"{s.label} {len(digest.by_status(s))} 项" for s in ATTENTION)
    execution = ("" if digest.budget_execution is None
                 else f"预算执行 {percent(digest.budget_execution)} · ")
    title = [f"{digest.department} {digest.year} 年",
             f"{digest.date.isoformat()} · {counts}",
             f"{execution}时间进度 {percent(digest.time_progress)}"]
    if not items:
        empty = "还没有填报任何进度" if not digest.reported else "没有可绘出的项目"
        return _bars_figure(title, [], digest.time_progress, empty, _footnote(digest, items))
    return _bars_figure(title, [item_bar(item) for item in items], digest.time_progress,
                        "", _footnote(digest, items))


def overview_chart_figure(overview: Overview) -> Figure:
    """Every department's budget execution against time progress, worst first."""
    counts = " · ".join(f"{s.label} {overview.count(s)} 项" for s in ATTENTION)
    execution = ("" if overview.budget_execution is None
                 else f"整体执行 {percent(overview.budget_execution)} · ")
    title = [f"{len(overview.digests)} 个部门预算执行",
             f"{overview.date.isoformat()} · {counts}",
             f"{execution}时间进度 {percent(overview.time_progress)}"]
    bars = [department_bar(digest) for digest in overview.digests]
    note = "条形为各部门已支出 ÷ 任务资金；虚线为时间进度。"
    return _bars_figure(title, bars, overview.time_progress, "", note, target_line=False,
                        legend=FUNDS_LEGEND)


def digest_chart_png(digest: Digest) -> bytes:
    """The chart of one department's digest as PNG bytes."""
    return _png(digest_chart_figure(digest))


def overview_chart_png(overview: Overview) -> bytes:
    """The overview's chart of departments as PNG bytes."""
    return _png(overview_chart_figure(overview))


def _png(figure: Figure) -> bytes:
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=DPI)
    return buffer.getvalue()


def _bars_figure(title: list[str], bars: list[Bar], progress: Fraction, empty: str,
                 footnote: str, target_line: bool = True,
                 legend: dict[Status, str] = ITEM_LEGEND) -> Figure:
    """Rows of ``label`` over a bar, top to bottom, on a phone-width figure whose y axis is in
    inches from the top, so every row keeps its size however many there are."""
    labels = [_wrap(bar.label) for bar in bars]
    title_in = 0.08 + (LINE_IN + 0.05) + LINE_IN * (len(title) - 1) + 0.1
    notes = _wrap(footnote)
    rows_in = sum(LINE_IN * len(lines) + BAR_IN + GAP_IN for lines in labels) or 0.6
    legend_in = BOTTOM_IN + LINE_IN * len(notes) + 0.06
    height = title_in + TOP_IN + rows_in + legend_in
    figure = Figure(figsize=(WIDTH_IN, height), dpi=DPI)
    FigureCanvasAgg(figure)
    text_font, title_font = _font(TEXT_PT), _font(TITLE_PT, bold=True)

    y = height - 0.08  # inches from the bottom, going down
    for number, line in enumerate(title):
        figure.text(0.04, y / height, line, va="top", ha="left",
                    fontproperties=title_font if number == 0 else text_font)
        y -= LINE_IN + (0.05 if number == 0 else 0)
    top = y - 0.1 - TOP_IN  # where the first row starts

    axes = figure.add_axes((0.04, legend_in / height, 0.92, (top + TOP_IN - legend_in) / height))
    axes.set_xlim(0, MAX_AXIS + 0.02)
    axes.set_ylim(legend_in, top + TOP_IN)
    axes.axis("off")
    row_top = top
    for bar, lines in zip(bars, labels, strict=True):
        label_top = row_top
        axes.text(0, label_top, "\n".join(lines), va="top", ha="left", fontproperties=text_font,
                  linespacing=1.05)
        bar_top = label_top - LINE_IN * len(lines)
        width = min(max(bar.share, 0.0), MAX_AXIS)
        axes.barh(bar_top - BAR_IN / 2, MAX_AXIS, height=BAR_IN, left=0, color="#eeeeee")
        axes.barh(bar_top - BAR_IN / 2, width, height=BAR_IN, left=0, color=COLORS[bar.status])
        inside = width > MAX_AXIS - 0.3
        axes.text(width - 0.02 if inside else width + 0.02, bar_top - BAR_IN / 2, bar.value,
                  va="center", ha="right" if inside else "left", fontproperties=text_font,
                  color="white" if inside else "#222222")
        row_top = bar_top - BAR_IN - GAP_IN
    if not bars:
        axes.text(0.6, top - 0.3, empty, ha="center", va="center", fontproperties=text_font,
                  color="#666666")
    share = float(progress)
    axes.plot([share, share], [row_top + GAP_IN, top + 0.02], color="#333333",
              linestyle="--", linewidth=0.8)
    axes.text(share, top + 0.04, f"时间进度 {float(progress):.1%}", ha="center", va="bottom",
              fontproperties=text_font)
    if target_line:
        axes.plot([1, 1], [row_top + GAP_IN, top + 0.02], color="#777777", linestyle=":",
                  linewidth=0.8)
    # The legend and the footnote under the rows.
    figure.legend(handles=[Patch(color=COLORS[s], label=label) for s, label in legend.items()],
                  prop=text_font, loc="lower left", ncol=len(legend), frameon=False,
                  bbox_to_anchor=(0.02, (LINE_IN * len(notes) + 0.02) / height),
                  handlelength=0.9, columnspacing=0.9, handletextpad=0.3, borderaxespad=0)
    figure.text(0.04, 0.03 / height, "\n".join(notes), va="bottom", ha="left",
                fontproperties=text_font, color="#555555", linespacing=1.05)
    return figure




def _wrap(text: str, width: float = WRAP) -> list[str]:
    """Lines of at most ``width`` full-width characters (Latin letters and digits count about
    half)."""
    lines, line, used = [], "", 0.0
    for character in text:
        size = 0.55 if ord(character) < 0x2E80 else 1.0
        if used + size > width and line and character not in NO_LINE_START:
            lines.append(line)
            line, used = "", 0.0
        line += character
        used += size
    return [*lines, line] if line else lines or [""]


def _footnote(digest: Digest, items: list[ItemStatus]) -> str:
    drawn = {id(item) for item in items}
    left_out = [i for i in digest.items if id(i) not in drawn and i.status != Status.NO_DATA]
    parts = [f"图中 {len(items)} 项"]
    if left_out:
        parts.append(f"另有正常或超前 {len(left_out)} 项未绘出")
    no_data = len(digest.by_status(Status.NO_DATA))
    if no_data:
        parts.append(f"未填报 {no_data} 项")
    return "；".join(parts) + "。虚线为时间进度，点线为目标。"
