"""Turn an uploaded file (PDF, XLSX or copied text) into a ``PerformanceTable``.

The kind of file is decided by its bytes first and its name second, so a PDF renamed to
``.txt`` is still read as a PDF, and a picture renamed to ``.pdf`` is refused.
"""

from __future__ import annotations

import logging
from pathlib import Path

from data.errors import FileTooLarge, ImportRefused, TableFormatError, UnsupportedFileType
from data.importers import limits
from data.model import PerformanceTable

logger = logging.getLogger(__name__)

MAX_FILE_BYTES = 20 * 1024 * 1024  # Telegram's getFile limit; kept for every way in.
TEXT_SUFFIXES = {".txt", ".text", ""}
PDF_SUFFIXES = {".pdf"}
XLSX_SUFFIXES = {".xlsx", ".xlsm"}


def detect_kind(content: bytes, filename: str) -> str:
    """``"pdf"``, ``"xlsx"`` or ``"text"``; raises ``ImportRefused`` with a Chinese reason."""
    suffix = Path(filename).suffix.lower()
    if not content:
        raise TableFormatError(f"文件“{filename}”是空的，没有可导入的内容。")
    if content.startswith(b"%PDF"):
        return "pdf"
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
    if len(content) > MAX_FILE_BYTES:
        raise FileTooLarge(
            f"文件太大（{len(content) / 1024 / 1024:.1f} MB）：单个文件不能超过 20 MB。"
        )
    kind = detect_kind(content, filename)
    try:
        content = _within_bounds(kind, content)
        return _READERS[kind]()(content)
    except (ImportRefused, MemoryError):  # a worker's memory limit is reported as such
        raise
    except Exception as error:  # a reader tripped on input it was not built for
        logger.info("reader %s failed on %s", kind, filename, exc_info=True)
        raise TableFormatError(
            f"无法解析文件“{filename}”：内容不符合绩效目标表的格式。"
        ) from error


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
