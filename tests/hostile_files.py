"""Hostile and heavy files, generated: what a careless or malicious upload looks like.

Shared by the fault suite (tests/test_hostile.py) and ``run_bot.py bench uploads``. Every
generator is deterministic and needs nothing beyond the standard library (and openpyxl for a
real form carrying a huge amount).
"""

from __future__ import annotations

import io
import zipfile
import zlib
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "samples" / "dongguan_zonggonghui_2026.txt"

# ---------------------------------------------------------------- copied text


def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


def padded_text(blank_lines: int) -> bytes:
    """The seed table followed by ``blank_lines`` empty lines (quadratic before: 80 s)."""
    return SEED.read_bytes() + b"\n" * blank_lines


def unnumbered_goal_lines(lines: int) -> bytes:
    """The seed with ``lines`` lines of unnumbered text in 总体绩效目标 (each line re-cleaned the
    whole growing paragraph before: 20,000 lines took minutes)."""
    text = seed_text()
    heading = text.index("总体绩效目标") + len("总体绩效目标")
    pad = "这是一段没有编号的说明文字，用来把总体目标拉长\n" * lines
    return (text[:heading] + "\n" + pad + text[heading:]).encode("utf-8")


def text_with_task_amount(amount: str) -> bytes:
    """The seed with 送温暖活动经费's 1950000 replaced by ``amount`` (e.g. 10^20)."""
    return seed_text().replace("1950000", amount).encode("utf-8")


def utf16_without_bom(big_endian: bool = False) -> bytes:
    return seed_text().encode("utf-16-be" if big_endian else "utf-16-le")


def utf32_without_bom() -> bytes:
    return seed_text().encode("utf-32-le")


# ---------------------------------------------------------------- XLSX (hand-written parts)

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
    "</Types>")
_ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
    "</Relationships>")
_WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>')
_WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
    "</Relationships>")
_SHEET_HEAD = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
               '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
               "<sheetData>")
_SHEET_TAIL = "</sheetData></worksheet>"
_SST_HEAD = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
             '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">')


def _xlsx(write_sheet, write_strings) -> bytes:
    """A minimal workbook whose sheet and shared strings are streamed in by the callbacks
    (so a generator never holds a large part in memory)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _ROOT_RELS)
        archive.writestr("xl/workbook.xml", _WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as part:
            part.write(_SHEET_HEAD.encode())
            write_sheet(part)
            part.write(_SHEET_TAIL.encode())
        with archive.open("xl/sharedStrings.xml", "w", force_zip64=True) as part:
            part.write(_SST_HEAD.encode())
            write_strings(part)
            part.write(b"</sst>")
    return buffer.getvalue()


def xlsx_shared_string_bomb(megabytes: int) -> bytes:
    """One cell whose shared string is ``megabytes`` MB of the same character: about a
    thousand to one compressed (the 1 MB file that cost 2.2 GB)."""
    def sheet(part) -> None:
        part.write(b'<row r="1"><c r="A1" t="s"><v>0</v></c></row>')

    def strings(part) -> None:
        part.write(b"<si><t>")
        block = "部".encode() * (1024 * 1024 // 3)
        for _ in range(megabytes):
            part.write(block)
        part.write(b"</t></si>")

    return _xlsx(sheet, strings)


def xlsx_many_cells(rows: int, columns: int = 6) -> bytes:
    """A sheet of ``rows`` × ``columns`` numbers (1,048,576 × 6 cost 72 s and 2.5 GB)."""
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"

    def sheet(part) -> None:
        for row in range(1, rows + 1):
            cells = "".join(f'<c r="{letters[c]}{row}"><v>{row * 7 + c}</v></c>'
                            for c in range(columns))
            part.write(f'<row r="{row}">{cells}</row>'.encode())

    return _xlsx(sheet, lambda part: None)


def xlsx_many_shared_strings(count: int) -> bytes:
    """``count`` distinct shared strings, none used (7 million cost 37 s and 1.1 GB)."""
    def strings(part) -> None:
        for number in range(count):
            part.write(f"<si><t>文字{number}</t></si>".encode())

    return _xlsx(lambda part: part.write(b'<row r="1"><c r="A1"><v>1</v></c></row>'), strings)


def xlsx_form_with_task_amount(amount: Decimal) -> bytes:
    """The real 总工会 2026 form as XLSX, with one task's amount replaced (a number cell)."""
    from data.importers import read_table
    from data.xlsx_form import write_form

    table = read_table(SEED.read_bytes(), SEED.name)
    table.tasks = [replace(task, amount_yuan=amount) if task.name == "送温暖活动经费" else task
                   for task in table.tasks]
    return write_form(table)


# ---------------------------------------------------------------- PDF (hand-written)


def dense_pdf(pages: int, lines: int, text_per_page: int = 0) -> bytes:
    """``pages`` pages, each a ruled grid of ``lines`` × ``lines`` cells (a 0.3 MB 40-page
    PDF like this took 225 s), optionally with some text in the cells."""
    objects: list[bytes] = [b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    contents = []
    for _ in range(pages):
        ops = [b"0.2 w"]
        for i in range(lines + 1):
            y = 20 + i * 760.0 / lines
            x = 20 + i * 560.0 / lines
            ops.append(b"20 %.2f m 580 %.2f l S" % (y, y))
            ops.append(b"%.2f 20 m %.2f 780 l S" % (x, x))
        for t in range(text_per_page):
            x = 22 + (t % lines) * 560.0 / lines
            y = 22 + (t // lines % lines) * 760.0 / lines
            ops.append(b"BT /F1 4 Tf %.2f %.2f Td (c%d) Tj ET" % (x, y, t))
        stream = zlib.compress(b"\n".join(ops), 9)
        objects.append(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream)
                       + stream + b"\nendstream")
        contents.append(len(objects))
    pages_id = len(objects) + pages + 1
    kids = []
    for content in contents:
        objects.append(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 600 800] /Contents %d 0 R"
                       b" /Resources << /Font << /F1 1 0 R >> >> >>" % (pages_id, content))
        kids.append(len(objects))
    objects.append(b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids)
                   + b"] /Count %d >>" % pages)
    objects.append(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id)
    catalog = len(objects)
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += (b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(objects) + 1, catalog, xref))
    return bytes(out)


# ---------------------------------------------------------------- the catalogue

def catalogue() -> dict[str, tuple[str, bytes]]:
    """Every hostile file of the audit, by name: (file name, content). Sizes are the audit's
    where that stays quick to generate, else as large as the point needs."""
    return {
        "80,000 blank lines after a table": ("padded.txt", padded_text(80_000)),
        "20 MB of blank lines": ("blank20mb.txt", padded_text(20 * 1024 * 1024 - 20_000)),
        "15,000 unnumbered goal lines": ("goals.txt", unnumbered_goal_lines(15_000)),
        "XLSX with one 1 GB shared string": ("bomb.xlsx", xlsx_shared_string_bomb(1024)),
        "XLSX 1,048,576 rows x 6 columns": ("rows.xlsx", xlsx_many_cells(1_048_576)),
        "XLSX 7 million shared strings": ("strings.xlsx", xlsx_many_shared_strings(7_000_000)),
        "PDF 40 pages of a 100 x 100 grid": ("dense.pdf", dense_pdf(40, 100)),
        "PDF 20 pages of a 60 x 60 grid": ("dense20.pdf", dense_pdf(20, 60)),
        "task amount 10^20 in copied text": ("huge.txt", text_with_task_amount("1" + "0" * 20)),
        "task amount 1e20 in an XLSX cell": ("huge.xlsx",
                                             xlsx_form_with_task_amount(Decimal("1e20"))),
        "UTF-16 without BOM": ("utf16.txt", utf16_without_bom()),
        "UTF-32 without BOM": ("utf32.txt", utf32_without_bom()),
    }
