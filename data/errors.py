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
