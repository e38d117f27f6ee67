"""Turn an uploaded file (PDF, XLSX, copied text, or — with the ``[ocr]`` extra — a scanned
PDF or a photo) into a ``PerformanceTable``.

The kind of file is decided by its bytes first and its name second, so a PDF renamed to
``.txt`` is still read as a PDF. Without the ``[ocr]`` extra a picture, or a picture renamed
to ``.pdf``, is refused as before; with it, pictures and image-only PDFs go through OCR
(``data.importers.ocr``), whose doubtful cells come back as ``ReadResult.flagged``.

Before a reader runs, ``data.importers.limits`` refuses what no real form comes near (an XLSX
bomb, a PDF page of ten thousand ruled cells, text of a million lines). The bot and the CLI
call these readers in a parse worker (``data.workers``), where a scan or photo asks for OCR's
time and memory (``allow_ocr``) before it is read.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from data.errors import (
    FileTooLarge,
    ImageOnlyPdf,
    ImportRefused,
    TableFormatError,
    UnsupportedFileType,
)
from data.flags import Flag
from data.importers import limits
from data.model import PerformanceTable

logger = logging.getLogger(__name__)

MAX_FILE_BYTES = 20 * 1024 * 1024  # Telegram's getFile limit; kept for every way in.
TEXT_SUFFIXES = {".txt", ".text", ""}
PDF_SUFFIXES = {".pdf"}
XLSX_SUFFIXES = {".xlsx", ".xlsm"}
IMAGE_SIGNATURES = (b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n")  # JPEG, PNG

Progress = Callable[[int, int], None]  # OCR: (page being read, pages in all), from 1


@dataclass
class ReadResult:
    """What a file holds, and the cells (of a scan or photo) that need a look before storing."""

    table: PerformanceTable
    flagged: list[Flag] = field(default_factory=list)
    ocr_pages: int = 0  # pages read with OCR (0 for a digital file)


# Time a parse may take per page read with OCR (measured: 10-25 s a page on 2 cores); in a
# parse worker, a scan or photo gets this times ``ocr_pages_expected`` on top of the time limit
# (``data.workers.allow_ocr``).
OCR_SECONDS_PER_PAGE = 120
PAGES_PER_PHOTO = 2  # a photo may show the pages side by side


def ocr_pages_expected(content: bytes, filename: str) -> int:
    """How many pages OCR would read (0 when the file needs none), for the parse time limit."""
    if not content or not ocr_available():
        return 0
    if content.startswith(IMAGE_SIGNATURES):
        return PAGES_PER_PHOTO
    if not content.startswith(b"%PDF"):
        return 0
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(content)
    except pdfium.PdfiumError:
        return 0
    try:
        pages = [document[i] for i in range(len(document))]
        if any(page.get_textpage().count_chars() for page in pages):
            return 0
        return len(pages)
    finally:
        document.close()


def ocr_available() -> bool:
    """True when the ``[ocr]`` extra is installed (scans and photos can be read)."""
    from data.importers.ocr import available

    return available()


def detect_kind(content: bytes, filename: str) -> str:
    """``"pdf"``, ``"xlsx"``, ``"text"`` or (with OCR) ``"image"``; raises ``ImportRefused``
    with a Chinese reason."""
    suffix = Path(filename).suffix.lower()
    if not content:
        raise TableFormatError(f"文件“{filename}”是空的，没有可导入的内容。")
    if content.startswith(b"%PDF"):
        return "pdf"
    if content.startswith(IMAGE_SIGNATURES) and ocr_available():
        from data.importers.ocr import image_decodes

        if image_decodes(content):  # a broken picture keeps the old "not supported" answer
            return "image"
    if content.startswith(b"PK\x03\x04"):
        if suffix in XLSX_SUFFIXES or suffix in TEXT_SUFFIXES:
            return "xlsx"
        raise UnsupportedFileType(
            f"不支持 {suffix or '该'} 格式的文件：请发送 PDF、XLSX 或 TXT 格式的绩效目标表。"
        )
    if suffix in PDF_SUFFIXES:
        raise TableFormatError(f"文件“{filename}”不是有效的 PDF 文件（可能已损坏）。")
    if suffix in XLSX_SUFFIXES:
        raise TableFormatError(f"无法读取 Excel 文件“{filename}”：文件已损坏或不是 .xlsx 格式。")
    if suffix == ".xls":
        raise UnsupportedFileType("暂不支持旧版 .xls 文件：请在 Excel 中“另存为” .xlsx 后再发送。")
    if suffix in TEXT_SUFFIXES:
        return "text"
    raise UnsupportedFileType(
        f"不支持 {suffix} 格式的文件：请发送 PDF、XLSX 或 TXT 格式的绩效目标表。"
    )


def read_table(content: bytes, filename: str) -> PerformanceTable:
    """Read one table from a file's bytes. Raises ``ImportRefused`` (Chinese message)."""
    return read_document(content, filename).table


def read_document(content: bytes, filename: str, progress: Progress | None = None) -> ReadResult:
    """Read one table, with the cells that need a look (scans and photos only).

    ``progress(page, pages)`` is called before each page that OCR reads. Raises
    ``ImportRefused`` (Chinese message).
    """
    if len(content) > MAX_FILE_BYTES:
        raise FileTooLarge(
            f"文件太大（{len(content) / 1024 / 1024:.1f} MB）：单个文件不能超过 20 MB。"
        )
    kind = detect_kind(content, filename)
    try:
        if kind == "image":
            return _read_scan(content, filename, "image", progress)
        content = _within_bounds(kind, content)
        try:
            return ReadResult(_READERS[kind]()(content))
        except ImageOnlyPdf:
            if not ocr_available():
                raise
            return _read_scan(content, filename, "pdf", progress)
    except (ImportRefused, MemoryError):  # a worker's memory limit is reported as such
        raise
    except Exception as error:  # a reader tripped on input it was not built for
        logger.info("reader %s failed on %s", kind, filename, exc_info=True)
        raise TableFormatError(
            f"无法解析文件“{filename}”：内容不符合绩效目标表的格式。"
        ) from error


def _read_scan(content: bytes, filename: str, kind: str, progress: Progress | None
               ) -> ReadResult:
    from data.importers.ocr import read_scan
    from data.workers import allow_ocr

    # In a parse worker: the time and memory OCR needs (elsewhere this does nothing).
    allow_ocr(max(1, ocr_pages_expected(content, filename)) * OCR_SECONDS_PER_PAGE)
    result = read_scan(content, kind, progress)
    return ReadResult(result.table, result.flagged, result.pages)


def _within_bounds(kind: str, content: bytes) -> bytes:
    """Refuse what no real form comes near before the reader spends on it (``limits``)."""
    if kind == "xlsx":
        limits.check_xlsx(content)
    elif kind == "text":
        return limits.prepare_text(content)
    return content  # a PDF is checked page by page as it is read


def _pdf_reader():
    from data.importers.pdf import read_pdf  # pdfplumber is slow to import; load on demand

    return read_pdf


def _xlsx_reader():
    from data.importers.xlsx import read_xlsx

    return read_xlsx


def _text_reader():
    from data.importers.text import read_text

    return read_text


_READERS = {"pdf": _pdf_reader, "xlsx": _xlsx_reader, "text": _text_reader}


def read_file_bytes(path: str | Path) -> bytes:
    """A file's bytes, refusing a missing file or one over the limit before reading it."""
    path = Path(path)
    if not path.is_file():
        raise ImportRefused(f"找不到文件：{path}")
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise FileTooLarge(f"文件太大（{size / 1024 / 1024:.1f} MB）：单个文件不能超过 20 MB。")
    return path.read_bytes()


def read_table_file(path: str | Path) -> PerformanceTable:
    """Read a table from a file on disk."""
    return read_table(read_file_bytes(path), Path(path).name)
