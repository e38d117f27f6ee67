"""Read the text of each cell of an upright page: blank cells are skipped, the ruling lines are
erased from the crop so they are not read as ``1`` or ``丨``, and the lines of text are joined
with line breaks (as a PDF cell's wrapped text is)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import cv2
import numpy as np

from data.importers.ocr.engine import TextLine, engine
from data.importers.ocr.geometry import Box, UprightPage, ink_mask, ruling_lines
from data.importers.ocr.text import normalise_line

# A cell holds text when it has at least this many dark pixels in blobs bigger than dust.
MIN_INK_PIXELS = 30
MIN_BLOB_PIXELS = 12
# Pixels added around a cell's paper region: text printed against a line still comes whole.
CROP_MARGIN = 4
# Ink blobs smaller than this, further than DUST_DISTANCE pixels from any bigger one, are dust.
DUST_PIXELS = 30
DUST_DISTANCE = 3
DUST_EXTENT = 10  # pixels: a speck is smaller than this across
PAD = 10  # white border around a crop: the detector needs some paper around text


@dataclass
class OcrCell:
    """One cell as read: where it is, its text (lines joined by ``\\n``), the lowest
    character confidence in it (1.0 when blank) and its picture (grey, for the preview)."""

    page: int
    box: Box
    text: str
    confidence: float
    crop: np.ndarray | None = None
    lines: list[tuple[str, float]] = field(default_factory=list)  # each line, its confidence

    @property
    def blank(self) -> bool:
        return not self.text


def read_cells(page: UprightPage, number: int) -> list[OcrCell]:
    """Every cell of the page, read; blank cells come back with empty text."""
    clean = _without_lines(page.image)
    ink = ink_mask(clean)
    reader = engine()
    cells = []
    for box in page.cells:
        crop_box = _grow(box, CROP_MARGIN, clean.shape)
        if not _has_text(ink[crop_box.y0 : crop_box.y1, crop_box.x0 : crop_box.x1]):
            cells.append(OcrCell(number, box, "", 1.0))
            continue
        crop = _without_dust(clean[crop_box.y0 : crop_box.y1, crop_box.x0 : crop_box.x1])
        padded = cv2.copyMakeBorder(crop, PAD, PAD, PAD, PAD, cv2.BORDER_CONSTANT, value=255)
        lines = _in_reading_order(reader.read(cv2.cvtColor(padded, cv2.COLOR_GRAY2BGR)))
        read = _lone_i_as_gong(
            [normalise_line(line.text, line.confidences) for line in _without_specks(lines)])
        text = "\n".join(t for t, _ in read if t)
        confidences = [c for _, confs in read for c in confs]
        lines_read = [(t, min(confs, default=0.0)) for t, confs in read if t]
        cells.append(OcrCell(number, box, text, min(confidences, default=0.0), crop, lines_read))
    return cells


def read_lines_above(page: UprightPage, number: int) -> list[OcrCell]:
    """The text lines above the table (title, year), each as a cell of its own."""
    bottom = page.table.y0 - 3
    if bottom < 20:
        return []
    region = _without_dust(page.image[:bottom, :])
    if not _has_text(ink_mask(region)):
        return []
    padded = cv2.copyMakeBorder(region, PAD, PAD, PAD, PAD, cv2.BORDER_CONSTANT, value=255)
    lines = []
    for line in _in_reading_order(engine().read(cv2.cvtColor(padded, cv2.COLOR_GRAY2BGR))):
        text, confidences = normalise_line(line.text, line.confidences)
        if not text:
            continue
        top, left, low, right = (max(0, v - PAD) for v in line.box)
        box = Box(left, top, right, low)
        crop = region[box.y0 : box.y1, box.x0 : box.x1]
        lines.append(OcrCell(number, box, text, min(confidences, default=0.0), crop))
    return lines


def _lone_i_as_gong(read: list[tuple[str, tuple[float, ...]]]
                    ) -> list[tuple[str, tuple[float, ...]]]:
    """A wrapped line holding only ``工。`` comes out as ``I``: in a Chinese cell it is 工."""
    if not any(re.search(r"[\u3400-\u9fff]", text) for text, _ in read):
        return read
    return [(re.sub(r"^I(?=[。，；、]?$)", "工", text), confidences)
            for text, confidences in read]


def _without_lines(image: np.ndarray) -> np.ndarray:
    """The page with its ruling lines painted white."""
    lines = ruling_lines(image)
    clean = image.copy()
    clean[lines > 0] = 255
    return clean


def _without_dust(crop: np.ndarray) -> np.ndarray:
    """The crop with specks that stand apart from the text painted white.

    A decimal point or a comma is as small as a speck of dust but sits right next to the
    characters of its line, so the ink is first grown by a few pixels: marks that then join
    the text stay, small groups on their own are dust (read as ``.``, ``,`` or ``¹``).
    """
    ink = ink_mask(crop, block=31)
    grown = cv2.dilate(ink, np.ones((2 * DUST_DISTANCE + 1,) * 2, np.uint8))
    count, labels, stats, _ = cv2.connectedComponentsWithStats(grown, connectivity=8)
    ink_per_group = np.bincount(labels[ink > 0], minlength=count)
    # Its extent without the growth: a speck is a dot, a thin “1” or “一” is long.
    extent = np.maximum(stats[:, cv2.CC_STAT_WIDTH], stats[:, cv2.CC_STAT_HEIGHT]) - 2 * DUST_DISTANCE
    small = (ink_per_group < DUST_PIXELS) & (extent < DUST_EXTENT)
    dust = np.nonzero(small[1:])[0] + 1
    if len(dust) == 0:
        return crop
    cleaned = crop.copy()
    cleaned[np.isin(labels, dust)] = 255
    return cleaned


def _has_text(ink: np.ndarray) -> bool:
    count, _labels, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    pixels = sum(int(stats[i, cv2.CC_STAT_AREA]) for i in range(1, count)
                 if stats[i, cv2.CC_STAT_AREA] >= MIN_BLOB_PIXELS)
    return pixels >= MIN_INK_PIXELS


def _grow(box: Box, margin: int, shape: tuple[int, ...]) -> Box:
    return Box(max(0, box.x0 - margin), max(0, box.y0 - margin),
               min(shape[1], box.x1 + margin), min(shape[0], box.y1 + margin))


def _without_specks(lines: list[TextLine]) -> list[TextLine]:
    """Drop a line of one or two characters much lower than the cell's other lines: dust
    that the detector took for a character."""
    tallest = max((line.box[2] - line.box[0] for line in lines), default=0)
    return [line for line in lines
            if len(line.text) > 2 or line.box[2] - line.box[0] >= 0.6 * tallest]


def _in_reading_order(lines: list[TextLine]) -> list[TextLine]:
    """Lines top to bottom; pieces of one printed line (same height) left to right, joined."""
    rows: list[list[TextLine]] = []
    for line in sorted(lines, key=lambda ln: (ln.box[0] + ln.box[2]) / 2):
        middle = (line.box[0] + line.box[2]) / 2
        if rows:
            last = rows[-1][-1]
            height = last.box[2] - last.box[0]
            if abs(middle - (last.box[0] + last.box[2]) / 2) < 0.5 * height:
                rows[-1].append(line)
                continue
        rows.append([line])
    joined = []
    for row in rows:
        row.sort(key=lambda ln: ln.box[1])
        text = "".join(ln.text for ln in row)
        confidences = tuple(c for ln in row for c in ln.confidences)
        box = (min(ln.box[0] for ln in row), row[0].box[1], max(ln.box[2] for ln in row),
               row[-1].box[3])
        joined.append(TextLine(text, confidences, box))
    return joined
