"""Bounds checked before a reader spends time or memory on a file: what no real form comes near.

A real 绩效目标表 is a few pages, a few hundred rows and a few thousand cells. The 20 MB upload
limit bounds the *compressed* file only: a 1 MB XLSX can hold a 1 GB shared string, a
0.3 MB PDF forty pages of ten thousand ruled cells each, and 20 MB of copied text eighty
thousand blank lines. Each check here costs a fraction of what the reader would, and refuses
with a Chinese message (``FileTooComplex``) saying what was too much.

- XLSX: the zip directory's sizes and compression ratios, then the cells and shared strings
  counted while streaming the sheet XML through zlib (bounded, since the sizes were checked),
  all before openpyxl sees the file. openpyxl's ``read_only`` mode has no merged cells, which
  the reader needs; within these bounds its normal mode costs at most a few seconds and about
  100 MB (measured: 200,000 cells, 3.1 s, +92 MB).
- PDF: the number of pages, then per page (before table finding) the characters, the ruling
  edges and the grid they span — pdfplumber's table finder grows with the product of
  horizontal and vertical lines (a 100 × 100 grid: 3.4 s a pass).
- Text: UTF-16/32 without a byte-order mark is recognised (or refused in those words), runs of
  blank lines are folded to one (they carry no more meaning than one), and the lines are
  counted.

The worker process's time and memory limits (``data.workers``) stay the backstop for whatever
these checks cannot foresee.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from typing import TYPE_CHECKING

from data.errors import FileTooComplex, TableFormatError

if TYPE_CHECKING:
    from pdfplumber.page import Page

# ---------------------------------------------------------------- XLSX

XLSX_MAX_ENTRIES = 2_000  # parts in the zip: a workbook has a dozen or two
XLSX_MAX_UNCOMPRESSED = 100 * 1024 * 1024  # all parts together
XLSX_MAX_PART = 32 * 1024 * 1024  # one XML part (a 200,000-cell sheet is about 10 MB)
XLSX_MAX_RATIO = 100  # uncompressed ÷ compressed, for parts over XLSX_RATIO_FROM bytes
XLSX_RATIO_FROM = 1024 * 1024
XLSX_MAX_CELLS = 200_000  # every sheet together; a form has a few thousand at most
XLSX_MAX_SHARED_STRINGS = 200_000

TOO_COMPLEX_HINT = "这不像是一张绩效目标表，请只保留绩效目标表所在的工作表（或页面）后再发送。"

_CELL_TAG = re.compile(rb"<(?:\w+:)?c[\s>/]")
_SHARED_STRING_TAG = re.compile(rb"<(?:\w+:)?si[\s>/]")
_CHUNK = 1024 * 1024


def check_xlsx(content: bytes) -> None:
    """Refuse an XLSX (or any zip) that would cost far more to open than a form does.

    Raises ``FileTooComplex``; a file that is not a readable zip passes, for the reader to
    refuse in its own words.
    """
    try:
        archive = zipfile.ZipFile(io.BytesIO(content))
    except (zipfile.BadZipFile, OSError, ValueError):
        return
    with archive:
        entries = archive.infolist()
        if len(entries) > XLSX_MAX_ENTRIES:
            raise FileTooComplex(f"Excel 文件内部有 {len(entries):,} 个部件，远超正常工作簿。"
                                 f"{TOO_COMPLEX_HINT}")
        total = sum(entry.file_size for entry in entries)
        if total > XLSX_MAX_UNCOMPRESSED:
            raise FileTooComplex(f"Excel 文件解压后有 {_mb(total)}（上限 {_mb(XLSX_MAX_UNCOMPRESSED)}），"
                                 f"文件过大或过于复杂。{TOO_COMPLEX_HINT}")
        for entry in entries:
            _check_entry(entry)
        cells = strings = 0
        for entry in entries:
            name = entry.filename.lower()
            if name.startswith("xl/worksheets/") and name.endswith(".xml"):
                cells += _count(archive, entry, _CELL_TAG, XLSX_MAX_CELLS - cells)
                if cells > XLSX_MAX_CELLS:
                    raise FileTooComplex(
                        f"Excel 文件的单元格超过 {XLSX_MAX_CELLS:,} 个，一张绩效目标表只有几千个。"
                        f"{TOO_COMPLEX_HINT}")
            elif name == "xl/sharedstrings.xml":
                strings = _count(archive, entry, _SHARED_STRING_TAG, XLSX_MAX_SHARED_STRINGS)
                if strings > XLSX_MAX_SHARED_STRINGS:
                    raise FileTooComplex(
                        f"Excel 文件的文字条目超过 {XLSX_MAX_SHARED_STRINGS:,} 条，"
                        f"一张绩效目标表只有几百条。{TOO_COMPLEX_HINT}")


def _check_entry(entry: zipfile.ZipInfo) -> None:
    if entry.file_size > XLSX_MAX_PART and not entry.filename.lower().startswith("xl/media/"):
        raise FileTooComplex(f"Excel 文件中的“{entry.filename}”解压后有 {_mb(entry.file_size)}"
                             f"（上限 {_mb(XLSX_MAX_PART)}），文件过大或过于复杂。{TOO_COMPLEX_HINT}")
    if entry.file_size > XLSX_RATIO_FROM and (
            entry.compress_size == 0 or entry.file_size / entry.compress_size > XLSX_MAX_RATIO):
        ratio = entry.file_size / max(entry.compress_size, 1)
        raise FileTooComplex(f"Excel 文件中的“{entry.filename}”压缩比异常（{ratio:,.0f} 倍，"
                             f"正常文件不超过 {XLSX_MAX_RATIO} 倍），可能是“压缩炸弹”，未读取。")


def _count(archive: zipfile.ZipFile, entry: zipfile.ZipInfo, tag: re.Pattern[bytes],
           limit: int) -> int:
    """Occurrences of ``tag`` in a part, streamed (the part is never held whole); stops soon
    after passing ``limit``. zipfile never yields more than the declared size."""
    count = 0
    tail = b""
    try:
        with archive.open(entry) as part:
            while chunk := part.read(_CHUNK):
                block = tail + chunk
                # A tag split across two chunks is counted once: only whole tags before the
                # last few bytes are counted now, the rest carried over.
                cut = max(0, len(block) - 8)
                count += len(tag.findall(block, 0, cut))
                tail = block[cut:]
                if count > limit:
                    return count
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError,
            ValueError, OSError):
        return count  # a damaged part: the reader refuses the file in its own words
    return count + len(tag.findall(tail))


def _mb(size: int) -> str:
    return f"{size / 1024 / 1024:,.0f} MB" if size >= 10 * 1024 * 1024 else \
        f"{size / 1024 / 1024:,.1f} MB"


# ---------------------------------------------------------------- PDF

PDF_MAX_PAGES = 12  # a form is a few pages
PDF_MAX_PAGE_CHARS = 10_000  # a dense page of a form has 1,500 (pdfminer: ~0.1 s)
PDF_MAX_PAGE_EDGES = 5_000  # ruling lines and rectangle sides (each cell border drawn apart)
PDF_MAX_PAGE_GRID = 2_000  # distinct horizontal × vertical line positions (rows × columns)
_SNAP = 3.0  # points, as the table finder snaps lines


def check_pdf_page(page: Page, number: int, pages: int) -> None:
    """Refuse a PDF with too many pages, or a page too dense to look for tables on."""
    if pages > PDF_MAX_PAGES:
        raise FileTooComplex(f"这个 PDF 有 {pages} 页，超过 {PDF_MAX_PAGES} 页，"
                             f"不像是一张绩效目标表。请只发送绩效目标表所在的页面。")
    chars = len(page.chars)
    if chars > PDF_MAX_PAGE_CHARS:
        raise FileTooComplex(f"PDF 第 {number + 1} 页有 {chars:,} 个字符（上限 "
                             f"{PDF_MAX_PAGE_CHARS:,}），文件过大或过于复杂。{TOO_COMPLEX_HINT}")
    edges = page.edges
    if len(edges) > PDF_MAX_PAGE_EDGES:
        raise FileTooComplex(f"PDF 第 {number + 1} 页有 {len(edges):,} 条表格线（上限 "
                             f"{PDF_MAX_PAGE_EDGES:,}），文件过大或过于复杂。{TOO_COMPLEX_HINT}")
    rows = {round(edge["top"] / _SNAP) for edge in edges if edge["orientation"] == "h"}
    columns = {round(edge["x0"] / _SNAP) for edge in edges if edge["orientation"] == "v"}
    if len(rows) * len(columns) > PDF_MAX_PAGE_GRID:
        raise FileTooComplex(f"PDF 第 {number + 1} 页的表格线过密（{len(rows)} 条横线 × "
                             f"{len(columns)} 条竖线），文件过大或过于复杂。{TOO_COMPLEX_HINT}")


# ---------------------------------------------------------------- text

TEXT_MAX_LINES = 20_000  # non-blank lines; a copied form has a few hundred
# Whitespace from one line break to the last of a run (ASCII only: safe inside UTF-8 and GBK).
# One character class, no repeated group: the regex engine keeps no state per repetition.
_BLANK_RUN = re.compile(rb"\n[ \t\r\f\v\n]*\n")
_NON_BLANK_LINE = re.compile(rb"^[ \t\r\f\v]*[^\s]", re.MULTILINE)  # one match a line
_UTF32_BOMS = ((b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"))
_ENCODING_NAMES = {"utf-32-le": "UTF-32", "utf-32-be": "UTF-32", "utf-16-le": "UTF-16",
                   "utf-16-be": "UTF-16"}
_UTF16_32_HINT = "请在记事本或 WPS 中“另存为” UTF-8 编码的文本后再发送。"


def prepare_text(content: bytes) -> bytes:
    """Copied text ready for the text reader: UTF-16/32 without a BOM as UTF-8, blank-line
    runs folded to one blank line, and no more than ``TEXT_MAX_LINES`` lines.

    >>> prepare_text("部门名称\\n\\n\\n\\n东莞市总工会".encode("utf-16-le")).decode()
    '部门名称\\n\\n东莞市总工会'
    """
    content = _utf16_32_as_utf8(content)
    content = _BLANK_RUN.sub(b"\n\n", content)
    for lines, _ in enumerate(_NON_BLANK_LINE.finditer(content), 1):
        if lines > TEXT_MAX_LINES:
            raise FileTooComplex(f"文本超过 {TEXT_MAX_LINES:,} 行，一张绩效目标表只有几百行。"
                                 f"请只复制绩效目标表的内容后再发送。")
    return content


def _utf16_32_as_utf8(content: bytes) -> bytes:
    """UTF-32 (with a BOM or without) and BOM-less UTF-16 re-encoded as UTF-8 (the text reader
    knows UTF-16 with its BOM); other text unchanged. Text with the NUL pattern of UTF-16/32
    that does not decode is refused by name."""
    head = content[:4096]
    for bom, encoding in _UTF32_BOMS:  # before UTF-16's: FF FE starts both little-endian BOMs
        if content.startswith(bom):
            try:
                return content[len(bom):].decode(encoding).encode("utf-8")
            except UnicodeDecodeError:
                raise TableFormatError(f"无法识别文本编码：文件以 UTF-32 的 BOM 开头，但无法解码。"
                                       f"{_UTF16_32_HINT}") from None
    if b"\x00" not in head or content.startswith((b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf")):
        return content
    candidates = [encoding for encoding, width in (("utf-32-le", 4), ("utf-32-be", 4),
                                                  ("utf-16-le", 2), ("utf-16-be", 2))
                  if _nul_pattern(head, encoding, width)]
    if not candidates:
        return content  # NUL bytes at random: binary, refused by the text reader
    for encoding in candidates:
        try:
            text = content.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _looks_like_text(text):
            return text.encode("utf-8")
    names = "、".join(dict.fromkeys(_ENCODING_NAMES[c] for c in candidates))
    raise TableFormatError(f"无法识别文本编码：文件像是不带 BOM 的 {names} 文本，但无法解码。"
                           f"{_UTF16_32_HINT}")


def _nul_pattern(head: bytes, encoding: str, width: int) -> bool:
    """Whether NUL bytes sit where ``encoding`` puts them for ASCII and CJK text: the high
    bytes of each code unit (for UTF-32, the top two bytes of every unit)."""
    usable = len(head) - len(head) % width
    if usable < width * 4:
        return False
    units = [head[i:i + width] for i in range(0, usable, width)]
    if width == 4:
        high = (lambda u: u[2:]) if encoding.endswith("le") else (lambda u: u[:2])
        characters = sum(1 for u in units if u != b"\x00\x00\x00\x00")
        return (characters >= 0.5 * len(units)
                and sum(1 for u in units if high(u) == b"\x00\x00") >= 0.9 * len(units))
    high_index = 1 if encoding.endswith("le") else 0
    nul_high = sum(1 for u in units if u[high_index] == 0)
    nul_low = sum(1 for u in units if u[1 - high_index] == 0)
    # ASCII (digits, line breaks) has NUL high bytes; a NUL low byte is rare in either text.
    return nul_high >= 0.05 * len(units) and nul_low <= 0.02 * len(units)


def _looks_like_text(text: str) -> bool:
    if not text:
        return False
    controls = sum(1 for ch in text[:20_000] if ord(ch) < 32 and ch not in "\n\r\t\f")
    return controls <= max(3, len(text[:20_000]) // 100)


# ---------------------------------------------------------------- progress files

PROGRESS_MAX_ROWS = 20_000  # one report per item and date: a department reports hundreds


def check_progress_rows(rows: list) -> None:
    """Refuse a progress file with more rows than any report (checking each row against the
    store happens in the bot's own process, so its size is bounded here)."""
    if len(rows) > PROGRESS_MAX_ROWS:
        raise FileTooComplex(f"进度文件有 {len(rows):,} 行数据，超过 {PROGRESS_MAX_ROWS:,} 行。"
                             f"请按部门或日期拆分后再发送。")
