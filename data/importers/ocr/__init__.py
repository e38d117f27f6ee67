"""Scanned PDFs and photos of the printed form, read offline with OCR.

``read_scan(content, kind, progress)`` is a pure function of the file's bytes: the pages are
rendered (image-only PDF) or decoded (JPEG/PNG), each printed page's table is made upright and
cut into its cells (``geometry``), every cell is read (``cells``, rapidocr without the angle
classifier), the cells are laid on one grid (``scan_grid``) and handed to the digital PDF
reader's ``table_from_rows`` (the same grid parser as the PDF and XLSX readers). The values are then checked (``checks``): what is doubtful
comes back as ``Flag``\\ s with the cell's picture, never stored silently.

The only state is the OCR engine, created once per process on first use (``engine``); the
parse worker that calls this keeps it between uploads.

>>> result = read_scan(Path("photo.jpg").read_bytes(), "image")  # doctest: +SKIP
>>> result.table.department, [flag.where for flag in result.flagged]  # doctest: +SKIP
('东莞市总工会', ['绩效指标“帮扶困难职工数”的年度指标值'])
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from data.errors import TableFormatError
from data.flags import Flag
from data.importers.grid import MISSING_INDICATORS
from data.model import PerformanceTable

logger = logging.getLogger(__name__)

Progress = Callable[[int, int], None]  # (page being read, pages in all), from 1

MAX_PAGES = 20
RENDER_DPI = 200
MAX_PIXELS = 40_000_000  # a 7000 x 5700 photo; bigger ones are reduced first

BAD_IMAGE = "图片文件已损坏或格式不支持：请发送清晰的 JPEG 或 PNG 照片，或 PDF、XLSX、TXT 格式的绩效目标表。"
NO_TABLE_IN_PICTURE = (
    "图片里没有找到带表格线的绩效目标表：请把整张表格拍全、拍正（表格线清楚），"
    "或发送 Excel 文件、可复制文字的 PDF。"
)
PART_OF_THE_FORM = (
    "照片里只有表格的一部分（没有找到“绩效指标”部分）：请把各页并排放好拍成一张照片，"
    "或把各页扫描成一个 PDF 后发送。"
)
TOO_MANY_PAGES = "这个扫描件有 {pages} 页，超过 {limit} 页，不像是一张绩效目标表。"


@dataclass
class ScanResult:
    """A table read from pictures, the cells that need a look, and the pages read."""

    table: PerformanceTable
    flagged: list[Flag] = field(default_factory=list)
    pages: int = 0


def available() -> bool:
    """True when the ``[ocr]`` extra (rapidocr, onnxruntime) is installed."""
    from data.importers.ocr.engine import available as engine_available

    return engine_available()


def read_scan(content: bytes, kind: str, progress: Progress | None = None) -> ScanResult:
    """Read the form from an image-only PDF (``kind="pdf"``) or a photo (``"image"``).

    Raises ``TableFormatError`` with a Chinese message when no table can be found or read.
    """
    return _read(content, kind, progress)


def _read(content: bytes, kind: str, progress: Progress | None) -> ScanResult:
    from data.importers.ocr.cells import read_cells, read_lines_above
    from data.importers.ocr.checks import flag_cells
    from data.importers.ocr.geometry import find_table_quads, to_grey, upright
    from data.importers.ocr.scan_grid import PageCells, build_grid

    images = _pdf_pages(content) if kind == "pdf" else [_decode_image(content)]
    tables = [(image, quad) for image in images for quad in find_table_quads(image)]
    if not tables:
        raise TableFormatError(NO_TABLE_IN_PICTURE)
    pages = []
    for number, (image, quad) in enumerate(tables):
        if progress:
            progress(number + 1, len(tables))
        page = upright(to_grey(image), quad, title_room=number == 0)
        above = read_lines_above(page, number) if number == 0 else []
        pages.append(PageCells(page.table, read_cells(page, number), above))
    grid = build_grid(pages)
    from data.importers.pdf import table_from_rows  # the digital PDF reader's way from rows

    try:
        table = table_from_rows(grid.rows)
    except TableFormatError as error:
        if kind == "image" and str(error) == MISSING_INDICATORS:
            raise TableFormatError(PART_OF_THE_FORM) from error
        raise
    return ScanResult(table=table, flagged=flag_cells(table, grid), pages=len(pages))


def _pdf_pages(content: bytes) -> list[np.ndarray]:
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(content)
    except pdfium.PdfiumError as error:
        raise TableFormatError("无法读取 PDF 文件：文件已损坏或不是 PDF 格式。") from error
    try:
        if len(document) > MAX_PAGES:
            raise TableFormatError(TOO_MANY_PAGES.format(pages=len(document), limit=MAX_PAGES))
        pages = []
        for index in range(len(document)):
            bitmap = document[index].render(scale=RENDER_DPI / 72, grayscale=True)
            array = bitmap.to_numpy()
            pages.append(np.ascontiguousarray(array[:, :, 0] if array.ndim == 3 else array))
        return pages
    finally:
        document.close()


def image_decodes(content: bytes) -> bool:
    """True when the bytes are a picture OpenCV can read (JPEG, PNG …)."""
    import cv2

    image = cv2.imdecode(np.frombuffer(content, np.uint8), cv2.IMREAD_REDUCED_GRAYSCALE_8)
    return image is not None and image.size > 0


def _decode_image(content: bytes) -> np.ndarray:
    import cv2

    image = cv2.imdecode(np.frombuffer(content, np.uint8), cv2.IMREAD_GRAYSCALE)
    if image is None or image.size == 0:
        raise TableFormatError(BAD_IMAGE)
    pixels = image.shape[0] * image.shape[1]
    if pixels > MAX_PIXELS:
        scale = (MAX_PIXELS / pixels) ** 0.5
        image = cv2.resize(image, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    return image
