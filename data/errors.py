"""Domain exceptions. Each carries a Chinese message meant for the user; the CLI and the bot
handlers are the only places that turn them into output."""


class JixiaoError(Exception):
    """Base class: ``str(error)`` is a complete Chinese sentence for the user."""


class ImportRefused(JixiaoError):
    """A file that cannot become a table; nothing was stored."""


class UnsupportedFileType(ImportRefused):
    """Not a PDF, XLSX or text file."""


class FileTooLarge(ImportRefused):
    """Over the 20 MB limit (Telegram's getFile limit, kept for every way in)."""


class TableFormatError(ImportRefused):
    """The file was read but is not a 部门整体预算绩效目标表 (or lacks a required part)."""


class ImageOnlyPdf(TableFormatError):
    """A PDF with pictures of pages and no text (a scan): only OCR can read it."""
class UnsupportedForm(TableFormatError):
    """A form of the 绩效目标 family that the readers do not read (运行监控表, 自评表)."""


class AmountError(TableFormatError):
    """An amount cell that is not a non-negative number within range; names the cell."""


class UnitError(TableFormatError):
    """A money column whose unit (元 / 万元 / 千元) the form does not say."""


class ImplausibleAmounts(TableFormatError):
    """Amounts that disagree by orders of magnitude: a unit was misread or mistyped."""


class NotFoundError(JixiaoError):
    """A department, year or version that is not in the store."""


class FileTooComplex(TableFormatError):
    """Within 20 MB but beyond what any real form holds (a decompression bomb, a million
    cells, a page of ten thousand ruled cells): refused before the reader spends on it."""


class ValueOutOfRange(ImportRefused):
    """An amount or value outside 0 … 10^13 元 (or a negative amount), with the cell named."""


class ParseLimitExceeded(ImportRefused):
    """Parsing took longer than its time limit or more memory than its limit; the worker
    process was stopped."""


class ParseTimeout(ParseLimitExceeded):
    """Over the wall-clock limit (``JIXIAO_PARSE_TIMEOUT``)."""


class ParseOutOfMemory(ParseLimitExceeded):
    """Over the memory limit (``JIXIAO_PARSE_MEMORY_MB``)."""


class ParseFailed(ImportRefused):
    """A worker failed on a file in a way no reader foresaw (logged with its traceback)."""


class StoreBusy(JixiaoError):
    """Another process held the database's write lock past the busy timeout and a retry."""

    def __init__(self, message: str = "数据正在更新，请稍后再试。") -> None:
        super().__init__(message)


class SettingsError(JixiaoError):
    """An environment variable or command-line flag with a value that cannot be used."""
