"""Where the table is in a picture, and where its cells are.

A picture (a scanned page or a phone photo) may hold one or more printed pages of the form.
Each page's table is found as a large connected figure of dark lines, its four corners give a
perspective transform that makes it an upright rectangle (deskew and perspective correction in
one step), and the ruling lines of the upright table, found with long thin morphological
openings, enclose its cells: every region of paper surrounded by lines is one cell, so a merged
cell comes out as one cell spanning several rows or columns, as pdfplumber gives them.

Everything here is plain OpenCV/numpy on grey ``uint8`` images; no OCR.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

# A table is at least this share of the picture's area (a photo of two pages side by side
# still gives each well over this).
MIN_TABLE_AREA = 0.04
# Upright tables are drawn this many pixels wide at least (small photos are enlarged so that
# characters are about 24 px high) and at most (big scans are reduced).
MIN_TABLE_WIDTH = 1500
MAX_TABLE_WIDTH = 2400
# Room kept above the first table for the title and the year, as a share of the table width.
TITLE_ROOM = 0.16


@dataclass(frozen=True)
class Box:
    """An axis-aligned box in an upright page image (pixels)."""

    x0: int
    y0: int
    x1: int
    y1: int

    @property
    def width(self) -> int:
        return self.x1 - self.x0

    @property
    def height(self) -> int:
        return self.y1 - self.y0


@dataclass
class UprightPage:
    """One printed page's table made upright: the image and where the table sits in it."""

    image: np.ndarray  # grey
    table: Box
    cells: list[Box]


def to_grey(image: np.ndarray) -> np.ndarray:
    if image.ndim == 2:
        return image
    return cv2.cvtColor(image, cv2.COLOR_BGR2GRAY)


def ink_mask(grey: np.ndarray, block: int | None = None) -> np.ndarray:
    """Dark strokes as 255 on 0: a local threshold, so uneven light does not matter."""
    if block is None:
        block = max(15, (min(grey.shape) // 60) | 1)
    return cv2.adaptiveThreshold(grey, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV,
                                 block, 12)


def find_table_quads(grey: np.ndarray) -> list[np.ndarray]:
    """The corners (top-left, top-right, bottom-right, bottom-left) of each table, in reading
    order: pages side by side left to right, pages one above the other top to bottom."""
    mask = _line_mask_any_angle(grey)
    count, labels, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
    area = grey.shape[0] * grey.shape[1]
    candidates = []
    for label in range(1, count):
        x, y, w, h, _pixels = stats[label]
        if w * h < MIN_TABLE_AREA * area or w < grey.shape[1] * 0.15:
            continue
        points = np.column_stack(np.nonzero(labels[y : y + h, x : x + w] == label))[:, ::-1]
        quad = _corners(points + np.array([x, y]))
        candidates.append((Box(x, y, x + w, y + h), quad))
    # A frame around another (a sheet's edge against the desk) is not a table.
    tables = [(box, quad) for box, quad in candidates
              if not any(other is not box and _inside(other, box) for other, _ in candidates)]
    return [quad for _, quad in _reading_order(tables)]


def upright(grey: np.ndarray, quad: np.ndarray, title_room: bool) -> UprightPage:
    """The table of ``quad`` as an upright image (with room above it for the title when
    ``title_room``), and its cells."""
    top_w = np.linalg.norm(quad[1] - quad[0])
    bottom_w = np.linalg.norm(quad[2] - quad[3])
    left_h = np.linalg.norm(quad[3] - quad[0])
    right_h = np.linalg.norm(quad[2] - quad[1])
    source_w = (top_w + bottom_w) / 2
    width = int(min(MAX_TABLE_WIDTH, max(MIN_TABLE_WIDTH, source_w)))
    scale = width / source_w
    height = int((left_h + right_h) / 2 * scale)
    margin = 12
    above = int(width * TITLE_ROOM) if title_room else margin
    target = np.float32([[margin, above], [margin + width, above],
                         [margin + width, above + height], [margin, above + height]])
    transform = cv2.getPerspectiveTransform(quad.astype(np.float32), target)
    size = (width + 2 * margin, above + height + margin)
    image = cv2.warpPerspective(grey, transform, size, flags=cv2.INTER_CUBIC,
                                borderMode=cv2.BORDER_REPLICATE)
    image = _even_light(image)
    table = Box(margin, above, margin + width, above + height)
    return UprightPage(image=image, table=table, cells=find_cells(image, table))


def find_cells(image: np.ndarray, table: Box) -> list[Box]:
    """The regions enclosed by ruling lines inside ``table``, top to bottom, left to right."""
    lines = ruling_lines(image)
    # Close the table on all four sides: at a page break a cell merged down over the break
    # has no line where the page cuts it.
    cv2.rectangle(lines, (table.x0, table.y0), (table.x1 - 1, table.y1 - 1), 255, 3)
    paper = cv2.bitwise_not(lines)
    paper[: table.y0 + 1, :] = 0
    paper[table.y1 - 1 :, :] = 0
    paper[:, : table.x0 + 1] = 0
    paper[:, table.x1 - 1 :] = 0
    count, _labels, stats, _ = cv2.connectedComponentsWithStats(paper, connectivity=4)
    cells = []
    for label in range(1, count):
        x, y, w, h, pixels = stats[label]
        if w < 12 or h < 12 or pixels < 0.5 * w * h:
            continue
        cells.append(Box(int(x), int(y), int(x + w), int(y + h)))
    cells.sort(key=lambda c: (c.y0, c.x0))
    return cells


def ruling_lines(image: np.ndarray) -> np.ndarray:
    """Horizontal and vertical ruling lines of an upright table as a 255-on-0 mask."""
    ink = ink_mask(image)
    width = image.shape[1]
    long_h = max(40, width // 30)
    long_v = max(30, width // 55)
    horizontal = cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(
        cv2.MORPH_RECT, (long_h, 1)))
    vertical = cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(
        cv2.MORPH_RECT, (1, long_v)))
    # Bridge small breaks (noise, light) along each line, and thicken a little so that lines
    # meet at the crossings.
    horizontal = cv2.dilate(horizontal, cv2.getStructuringElement(cv2.MORPH_RECT, (15, 3)))
    vertical = cv2.dilate(vertical, cv2.getStructuringElement(cv2.MORPH_RECT, (3, 15)))
    return cv2.bitwise_or(horizontal, vertical)


def _line_mask_any_angle(grey: np.ndarray) -> np.ndarray:
    """Long strokes of a (possibly slanted) picture: ink with short openings in both
    directions, joined. Text becomes small specks; table lines stay connected."""
    ink = ink_mask(grey)
    span = max(25, min(grey.shape) // 40)
    horizontal = cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(
        cv2.MORPH_RECT, (span, 1)))
    vertical = cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(
        cv2.MORPH_RECT, (1, span)))
    lines = cv2.bitwise_or(horizontal, vertical)
    return cv2.dilate(lines, cv2.getStructuringElement(cv2.MORPH_RECT, (5, 5)))


def _corners(points: np.ndarray) -> np.ndarray:
    """The four extreme corners of a set of (x, y) points."""
    total = points.sum(axis=1)
    diff = points[:, 0] - points[:, 1]
    return np.float32([points[np.argmin(total)], points[np.argmax(diff)],
                       points[np.argmax(total)], points[np.argmin(diff)]])


def _inside(inner: Box, outer: Box) -> bool:
    return (outer.x0 <= inner.x0 and inner.x1 <= outer.x1 and outer.y0 <= inner.y0
            and inner.y1 <= outer.y1)


def _reading_order(tables: list[tuple[Box, np.ndarray]]) -> list[tuple[Box, np.ndarray]]:
    """Columns of pages left to right (pages overlapping horizontally share a column), each
    column top to bottom."""
    columns: list[list[tuple[Box, np.ndarray]]] = []
    for item in sorted(tables, key=lambda t: t[0].x0):
        box = item[0]
        for column in columns:
            first = column[0][0]
            overlap = min(first.x1, box.x1) - max(first.x0, box.x0)
            if overlap > 0.5 * min(first.width, box.width):
                column.append(item)
                break
        else:
            columns.append([item])
    return [item for column in columns for item in sorted(column, key=lambda t: t[0].y0)]


def _even_light(image: np.ndarray) -> np.ndarray:
    """Divide by the blurred background so that paper is white everywhere (photos)."""
    background = cv2.morphologyEx(image, cv2.MORPH_CLOSE, cv2.getStructuringElement(
        cv2.MORPH_RECT, (41, 41)))
    background = cv2.GaussianBlur(background, (0, 0), 15)
    even = image.astype(np.float32) / np.maximum(background.astype(np.float32), 1) * 245
    return np.clip(even, 0, 255).astype(np.uint8)
