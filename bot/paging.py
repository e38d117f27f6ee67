"""Lists longer than one screen: ONE message whose 上一页 / 下一页 buttons edit it in place.

Every list the bot shows goes through here (/items, /indicators, /versions, long answers, …),
so a request is answered by one message whatever the size of the data. A list is a
:class:`Listing` of :class:`Chapter` s — e.g. one per department. With several chapters that do
not fit on one screen together, the first screen is an index: one line and one button per
chapter; a chapter's pages have 上一页 / 下一页 and a button back to the index.

>>> listing = Listing.single(Chapter("成本指标共 40 项", [f"{n}. 指标" for n in range(1, 41)]))
>>> [len(page) for page in paginate(listing.chapters[0].lines, budget=PAGE_CHARS)]
[15, 15, 10]

The pure part (``first_screen``, ``render``) knows no Telegram objects; ``reply_listing``,
``show_listing`` and ``turn_page`` are the chat side. Pages live in memory under a short token
(callback data ``pg:<token>:<chapter>:<page>``, under 64 bytes) for ``PAGES_TTL_SECONDS``;
a button of an older list answers ``EXPIRED``.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.error import BadRequest, TelegramError
from telegram.ext import ContextTypes

from bot.expiring import ExpiringStore
from bot.formatting import bold, escape, split_headline

logger = logging.getLogger(__name__)

PAGE_LINES = 15  # lines of a list on one screen of a phone
PAGE_CHARS = 1500  # characters of a whole message, as the user sees it
PREFIX = "pg:"
INDEX = -1  # the chapter number of the index screens
PAGES_TTL_SECONDS = 24 * 60 * 60
MAX_LISTINGS = 500  # lists kept at once (a list is a few kilobytes)
EXPIRED = "按钮已失效：这个列表已过期，请重新发送命令。"
PREVIOUS, NEXT = "‹ 上一页", "下一页 ›"
WIDE_BUTTON = 10  # characters that fit half a phone's width: longer buttons get a row each


@dataclass(frozen=True)
class Chapter:
    """One list: ``heading`` (bold, first line of each page), ``lines`` (paged), ``footer``
    (after the lines of every page, e.g. the source). ``button`` and ``summary`` are its button
    and its line on the index; ``preface`` is plain text above the heading."""

    heading: str
    lines: Sequence[str]
    footer: Sequence[str] = ()
    button: str = ""
    summary: str = ""
    preface: str = ""


@dataclass(frozen=True)
class Listing:
    """Chapters, and the index shown first when there are several (``heading`` in bold, then
    ``intro``, one ``summary`` line per chapter, then ``outro``). ``extra_rows`` are buttons kept
    under every screen: rows of (label, callback data)."""

    chapters: Sequence[Chapter]
    heading: str = ""
    intro: Sequence[str] = ()
    outro: Sequence[str] = ()
    index_button: str = "↩ 返回列表"
    extra_rows: Sequence[Sequence[tuple[str, str]]] = field(default_factory=tuple)

    @classmethod
    def single(cls, chapter: Chapter, **options) -> Listing:
        return cls([chapter], **options)

    @classmethod
    def from_text(cls, text: str, preface: str = "", **options) -> Listing:
        """A plain text (an answer, a message) as a list: its first line is the bold
        headline (the contract with the engine, see ``bot.formatting``), the rest is paged."""
        headline, rest = split_headline(text)
        return cls.single(Chapter(headline, rest, preface=preface), **options)

    @property
    def has_index(self) -> bool:
        return len(self.chapters) > 1 and not _fits_together(self.chapters)


@dataclass(frozen=True)
class Screen:
    """What one message shows: HTML text and the buttons as rows of (label, screen key)."""

    html: str
    navigation: list[list[tuple[str, tuple[int, int]]]]

    @property
    def has_buttons(self) -> bool:
        return any(self.navigation)


# --------------------------------------------------------------------------- pure part


def visible_len(lines: Sequence[str]) -> int:
    """Characters of ``lines`` joined by line ends (what the user sees)."""
    return sum(len(line) for line in lines) + max(len(lines) - 1, 0)


def paginate(lines: Sequence[str], budget: int, max_lines: int = PAGE_LINES) -> list[list[str]]:
    """``lines`` in pages of at most ``max_lines`` lines and ``budget`` characters; a line
    longer than a page is cut. Blank lines never start or end a page."""
    pages: list[list[str]] = []
    page: list[str] = []
    used = 0
    for line in lines:
        for piece in _cut(line, max(budget, 20)):
            cost = len(piece) + 1
            if page and (len(page) >= max_lines or used + cost > budget):
                pages.append(page)
                page, used = [], 0
            if not page and not piece.strip():
                continue
            page.append(piece)
            used += cost
    if page:
        pages.append(page)
    pages = [_trim_blank(p) for p in pages]
    return [p for p in pages if p] or [[]]


def _cut(line: str, width: int) -> list[str]:
    return [line[i:i + width] for i in range(0, len(line), width)] or [""]


def _trim_blank(page: list[str]) -> list[str]:
    while page and not page[-1].strip():
        page.pop()
    return page


def _chapter_budget(chapter: Chapter) -> int:
    fixed = [chapter.preface, chapter.heading, *chapter.footer, "（第 99/99 页）"]
    return PAGE_CHARS - visible_len([line for line in fixed if line]) - 2


def chapter_pages(chapter: Chapter) -> list[list[str]]:
    return paginate(chapter.lines, _chapter_budget(chapter))


def _fits_together(chapters: Sequence[Chapter]) -> bool:
    lines = _together_lines(chapters)
    return len(lines) <= PAGE_LINES + 2 * len(chapters) and visible_len(lines) <= PAGE_CHARS


def _together_lines(chapters: Sequence[Chapter]) -> list[str]:
    lines: list[str] = []
    for chapter in chapters:
        if lines:
            lines.append("")
        lines += [chapter.heading, *chapter.lines, *chapter.footer]
    return lines


def _index_entries(listing: Listing) -> list[list[int]]:
    """Chapter numbers per index page."""
    fixed = [listing.heading, *listing.intro, *listing.outro, "（第 99/99 页）"]
    budget = PAGE_CHARS - visible_len([line for line in fixed if line]) - 2
    per_page = paginate([f"{n}\t{c.summary or c.heading}" for n, c in enumerate(listing.chapters)],
                        budget)
    return [[int(entry.split("\t", 1)[0]) for entry in page] for page in per_page]


def first_screen(listing: Listing) -> tuple[int, int]:
    return (INDEX, 0) if listing.has_index else (0, 0)


def render(listing: Listing, key: tuple[int, int]) -> Screen:
    """The screen ``key`` = (chapter, page), or (``INDEX``, page); out-of-range keys are
    clamped (a list is never edited into an error)."""
    chapter_number, page_number = key
    if chapter_number == INDEX and listing.has_index:
        return _render_index(listing, page_number)
    if len(listing.chapters) > 1 and not listing.has_index:
        return Screen(_together_html(listing.chapters), [])
    chapter_number = min(max(chapter_number, 0), len(listing.chapters) - 1)
    chapter = listing.chapters[chapter_number]
    pages = chapter_pages(chapter)
    page_number = min(max(page_number, 0), len(pages) - 1)
    html = [escape(chapter.preface)] if chapter.preface and page_number == 0 else []
    html += [bold(chapter.heading), *map(escape, pages[page_number]), *map(escape, chapter.footer)]
    if len(pages) > 1:
        html.append(f"（第 {page_number + 1}/{len(pages)} 页）")
    row: list[tuple[str, tuple[int, int]]] = []
    if page_number > 0:
        row.append((PREVIOUS, (chapter_number, page_number - 1)))
    if listing.has_index:
        row.append((listing.index_button, (INDEX, _index_page_of(listing, chapter_number))))
    if page_number < len(pages) - 1:
        row.append((NEXT, (chapter_number, page_number + 1)))
    return Screen("\n".join(html), [row] if row else [])


def _together_html(chapters: Sequence[Chapter]) -> str:
    blocks = []
    for chapter in chapters:
        lines = [bold(chapter.heading), *map(escape, chapter.lines), *map(escape, chapter.footer)]
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def _index_page_of(listing: Listing, chapter_number: int) -> int:
    pages = _index_entries(listing)
    return next((n for n, page in enumerate(pages) if chapter_number in page), 0)


def _render_index(listing: Listing, page_number: int) -> Screen:
    pages = _index_entries(listing)
    page_number = min(max(page_number, 0), len(pages) - 1)
    numbers = pages[page_number]
    html = [bold(listing.heading)] if listing.heading else []
    html += [*map(escape, listing.intro)]
    html += [escape(listing.chapters[n].summary or listing.chapters[n].heading) for n in numbers]
    html += [*map(escape, listing.outro)]
    if len(pages) > 1:
        html.append(f"（第 {page_number + 1}/{len(pages)} 页）")
    buttons = [(listing.chapters[n].button or str(n + 1), (n, 0)) for n in numbers]
    width = 1 if any(len(label) > WIDE_BUTTON for label, _ in buttons) else 2
    rows = [buttons[i:i + width] for i in range(0, len(buttons), width)]
    row: list[tuple[str, tuple[int, int]]] = []
    if page_number > 0:
        row.append((PREVIOUS, (INDEX, page_number - 1)))
    if page_number < len(pages) - 1:
        row.append((NEXT, (INDEX, page_number + 1)))
    return Screen("\n".join(html), rows + ([row] if row else []))


def callback_data(token: str, key: tuple[int, int]) -> str:
    chapter, page = key
    return f"{PREFIX}{token}:{'i' if chapter == INDEX else chapter}:{page}"


def parse_callback_data(data: str) -> tuple[str, tuple[int, int]] | None:
    """``pg:AbCd1234:3:0`` → ``("AbCd1234", (3, 0))``; None for anything the bot did not make."""
    parts = data.removeprefix(PREFIX).split(":")
    if len(parts) != 3 or not parts[2].isdigit() or not (parts[1] == "i" or parts[1].isdigit()):
        return None
    return parts[0], (INDEX if parts[1] == "i" else int(parts[1]), int(parts[2]))


# --------------------------------------------------------------------------- chat side


def _keyboard(listing: Listing, screen: Screen, token: str | None) -> InlineKeyboardMarkup | None:
    rows = []
    if token is not None:
        rows = [[InlineKeyboardButton(label, callback_data=callback_data(token, key))
                 for label, key in row] for row in screen.navigation if row]
    rows += [[InlineKeyboardButton(label, callback_data=data) for label, data in row]
             for row in listing.extra_rows if row]
    return InlineKeyboardMarkup(rows) if rows else None


def _store(context: ContextTypes.DEFAULT_TYPE) -> ExpiringStore[Listing]:
    from bot.services import services  # services imports the engine; keep this module light

    return services(context).pages


def _prepare(context: ContextTypes.DEFAULT_TYPE, listing: Listing
             ) -> tuple[str, InlineKeyboardMarkup | None]:
    screen = render(listing, first_screen(listing))
    token = _store(context).add(listing) if screen.has_buttons else None
    return screen.html, _keyboard(listing, screen, token)


async def reply_listing(message: Message, context: ContextTypes.DEFAULT_TYPE,
                        listing: Listing) -> Message:
    """Answer ``message`` with the first screen of ``listing``: one message."""
    html, keyboard = _prepare(context, listing)
    return await message.reply_text(html, reply_markup=keyboard)


async def send_listing(context: ContextTypes.DEFAULT_TYPE, chat_id: int,
                       listing: Listing) -> Message:
    """Send the first screen of ``listing`` to a chat (for jobs, which have no message)."""
    html, keyboard = _prepare(context, listing)
    return await context.bot.send_message(chat_id, html, reply_markup=keyboard)


async def show_listing(message: Message, context: ContextTypes.DEFAULT_TYPE,
                       listing: Listing) -> None:
    """Turn a bot ``message`` (e.g. a list of choices) into the first screen of ``listing``."""
    html, keyboard = _prepare(context, listing)
    try:
        await message.edit_text(html, reply_markup=keyboard)
    except TelegramError:  # too old or deleted: say it anew
        logger.info("could not edit message %s; replying instead", message.message_id)
        await message.reply_text(html, reply_markup=keyboard)


async def turn_page(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A 上一页 / 下一页 / index / chapter button: the same message shows that screen."""
    query = update.callback_query
    parsed = parse_callback_data(query.data or "")
    listing = _store(context).get(parsed[0]) if parsed else None
    if parsed is None or listing is None or not isinstance(query.message, Message):
        logger.info("expired or unknown page button %r", query.data)
        await query.answer(EXPIRED, show_alert=True)
        if isinstance(query.message, Message):
            with contextlib.suppress(TelegramError):  # already without buttons
                await query.message.edit_reply_markup(reply_markup=None)
        return
    await query.answer()
    token, key = parsed
    screen = render(listing, key)
    try:
        await query.message.edit_text(screen.html, reply_markup=_keyboard(listing, screen, token))
    except BadRequest as error:  # the same screen pressed twice: nothing to change
        if "not modified" not in str(error).lower():
            raise
