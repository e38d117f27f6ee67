"""Did-you-mean under a refused /report: the three closest items of that department as
buttons; pressing one stores the same value for that item."""

from __future__ import annotations

import asyncio
from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import ContextTypes

from bot.formatting import escape
from bot.paging import EXPIRED
from bot.people import Person, person
from bot.services import Services, services
from data.errors import JixiaoError
from data.model import PerformanceTable
from data.progress import UnknownItem, tracked_items
from data.suggest import closest

PREFIX = "rep:"
SUGGESTIONS = 3


@dataclass(frozen=True)
class Offer:
    """A refused report and the items it may have meant, as (department, name)."""

    user_id: int
    value: str
    as_of: date | None
    items: list[tuple[str, str]]


def closest_items(svc: Services, error: UnknownItem, as_of: date | None
                  ) -> list[tuple[str, str]]:
    """The items (department, name) nearest to the unknown name, in the departments searched:
    each department's table of the report's year, else its latest."""
    by_department: dict[str, list[PerformanceTable]] = defaultdict(list)
    for stored in svc.store.current_tables():
        if not error.departments or stored.table.department in error.departments:
            by_department[stored.table.department].append(stored.table)
    chosen = []
    for tables in by_department.values():
        same_year = [t for t in tables if as_of is not None and t.year == as_of.year]
        chosen.append(same_year[0] if same_year else max(tables, key=lambda t: t.year))
    items = [(table.department, item.name)
             for table in chosen for item in tracked_items(table)]
    names = closest(error.name, [name for _, name in items], SUGGESTIONS)
    return [next(item for item in items if item[1] == name) for name in names]


def offer_text_and_buttons(svc: Services, error: UnknownItem, user_id: int, value: str,
                           as_of: date | None) -> tuple[str, InlineKeyboardMarkup | None]:
    """The refusal (HTML) with what to do next, and a button per close item."""
    items = closest_items(svc, error, as_of)
    if not items:
        return escape(f"{error}\n请用 /items 或 /indicators 查看这个部门的任务和指标名称。"), None
    token = svc.suggestions.add(Offer(user_id, value, as_of, items))
    several = len({department for department, _ in items}) > 1
    buttons = [[InlineKeyboardButton(f"{name}（{department}）" if several else name,
                                     callback_data=f"{PREFIX}{token}:{number}")]
               for number, (department, name) in enumerate(items)]
    text = f"{error}\n您是不是要填报下面的某一项？点一下即按 {value} 记录。"
    return escape(text), InlineKeyboardMarkup(buttons)


async def pick_report_item(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A did-you-mean button: store the offered value for that item, in place of the offer."""
    from bot.handlers.progress import report_item  # progress imports this module

    query, svc = update.callback_query, services(context)
    token, _, number = (query.data or "").removeprefix(PREFIX).partition(":")
    offer = svc.suggestions.get(token)
    if offer is None or not number.isdigit() or int(number) >= len(offer.items):
        await query.answer(EXPIRED, show_alert=True)
        return
    if query.from_user.id != offer.user_id:
        await query.answer("只有发送这条 /report 的管理员可以选择。", show_alert=True)
        return
    svc.suggestions.pop(token)  # before any await: a double press stores once
    await query.answer()
    department, name = offer.items[int(number)]
    who: Person = person(query.from_user, svc)
    try:
        text = await asyncio.to_thread(report_item, svc, department, name, offer.value,
                                       offer.as_of, who)
    except JixiaoError as error:
        text = str(error)
    await query.edit_message_text(escape(text), reply_markup=None)
