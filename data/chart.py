"""A PNG chart of a digest: completion of each quantity indicator and task against time progress.

Each bar is the share reached so far — of the annual target for a quantity indicator, of the
amount for a task (execution rate) — colored by status, with a vertical line at time progress.
Rates, caps, standards and qualitative indicators are judged against the target directly, not
against time, so they are counted in a footnote instead (the text digest lists them).

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
from functools import lru_cache
from pathlib import Path

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties, fontManager
from matplotlib.patches import Patch

from data.digest import Digest, ItemStatus
from data.status import QUANTITY, TASK, Status, percent

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
          Status.BLUE: "#3a87d6"}
CHARTED_RULES = (QUANTITY, TASK)
MAX_AXIS = 2.0  # bars beyond 200 % are clipped; their label still tells the value


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


def _font(size: float) -> FontProperties:
    path = find_cjk_font()
    return FontProperties(fname=str(path), size=size) if path else FontProperties(size=size)


def charted_items(digest: Digest) -> list[ItemStatus]:
    """The items drawn: reported quantity indicators and tasks."""
    return [item for item in digest.items
            if item.rule in CHARTED_RULES and item.completion is not None]


def digest_chart_png(digest: Digest) -> bytes:
    """The chart of one digest as PNG bytes."""
    items = charted_items(digest)
    label_font, small_font, title_font = _font(10), _font(8.5), _font(13)
    height = 2.2 + 0.42 * max(len(items), 3)
    figure = Figure(figsize=(9, height), dpi=110)
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    progress = float(digest.time_progress)
    names = [item.name for item in items][::-1]  # the first item at the top
    values = [float(item.completion) for item in items][::-1]
    colors = [COLORS[item.status] for item in items][::-1]
    positions = range(len(items))
    axes.barh(list(positions), [min(v, MAX_AXIS) for v in values], color=colors, height=0.62)
    axes.set_yticks(list(positions))
    axes.set_yticklabels(names, fontproperties=label_font)
    limit = min(max([1.05, progress + 0.1, *[v + 0.18 for v in values]]), MAX_AXIS + 0.2)
    axes.set_xlim(0, limit)
    axes.set_ylim(-0.7, max(len(items), 1) - 0.3)
    axes.xaxis.set_major_formatter(lambda x, _pos: f"{x:.0%}")
    for position, value in zip(positions, values, strict=True):
        axes.text(min(value, MAX_AXIS) + 0.01, position, f"{value:.1%}", va="center",
                  fontproperties=small_font)
    axes.axvline(progress, color="#333333", linestyle="--", linewidth=1.2)
    axes.text(progress, 1.0, f" 时间进度 {percent(digest.time_progress)}",
              transform=axes.get_xaxis_transform(), va="bottom", ha="center",
              fontproperties=small_font)
    if not items:
        axes.text(0.5, 0.5, "暂无已填报的数量指标或任务支出", transform=axes.transAxes,
                  ha="center", va="center", fontproperties=label_font, color="#666666")
    axes.set_xlabel("完成度（数量指标：占年度目标；任务：预算执行率）", fontproperties=label_font)
    axes.set_title(f"{digest.department} {digest.year} 年绩效进度（{digest.date.isoformat()}）",
                   fontproperties=title_font, pad=18)
    axes.spines[["top", "right"]].set_visible(False)
    figure.text(0.01, 0.012, _footnote(digest, items), fontproperties=small_font,
                color="#555555")
    figure.tight_layout(rect=(0, 0.045, 1, 1))
    # Below the axes, beside the footnote, so that no bar can run into it.
    figure.legend(handles=[Patch(color=COLORS[s], label=s.label) for s in COLORS],
                  prop=small_font, loc="lower right", ncol=len(COLORS), frameon=False,
                  borderaxespad=0.2)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return buffer.getvalue()


def _footnote(digest: Digest, items: list[ItemStatus]) -> str:
    no_data = len(digest.by_status(Status.NO_DATA))
    direct = [i for i in digest.items if i.rule not in CHARTED_RULES and i.actual is not None]
    behind = sum(1 for i in direct if i.status in (Status.RED, Status.YELLOW))
    parts = [f"图中 {len(items)} 项"]
    if direct:
        parts.append(f"比率、上限及定性指标 {len(direct)} 项未绘出（其中落后或偏慢 {behind} 项）")
    if no_data:
        parts.append(f"未填报 {no_data} 项")
    return "；".join(parts) + "。详见文字摘要。"
