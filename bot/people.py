"""People in chat: how a user is recorded (identifier and display name, see ``data.actors``)
and whom a refusal tells the user to ask."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from telegram import User
from telegram.error import TelegramError
from telegram.ext import Application

from bot.services import SERVICES_KEY, Services
from data.actors import chat_identifier

logger = logging.getLogger(__name__)

ANY_ADMIN = "本机器人的管理员"


@dataclass(frozen=True)
class Person:
    """``identifier`` goes into the records (stable), ``name`` is what people see."""

    identifier: str
    name: str


def display_name(user: User) -> str:
    """``王 小明`` (Telegram's full name), else ``@username``."""
    return user.full_name.strip() or (f"@{user.username}" if user.username else "Telegram 用户")


def person(user: User, svc: Services | None = None) -> Person:
    """Who ``user`` is for the records; an admin's name is also remembered for refusals."""
    name = display_name(user)
    if svc is not None and svc.is_admin(user.id):
        svc.admin_names[user.id] = name
    return Person(chat_identifier(user.id, user.username), name)


def admin_contact(svc: Services) -> str:
    """Whom to ask: ``JIXIAO_ADMIN_CONTACT``, else the admins' display names as last seen,
    else the names they imported under, else just "the admins"."""
    if svc.settings.admin_contact:
        return svc.settings.admin_contact
    names = [svc.admin_names[i] for i in sorted(svc.settings.admins) if i in svc.admin_names]
    if not names:
        stored = {v.imported_by.split()[0]: v.importer_name for v in svc.store.versions()
                  if v.importer_name}
        names = [stored[chat_identifier(i)] for i in sorted(svc.settings.admins)
                 if chat_identifier(i) in stored]
    return "、".join(dict.fromkeys(names)) or ANY_ADMIN


def ask_admin(svc: Services) -> str:
    """The sentence every refusal ends with."""
    contact = admin_contact(svc)
    return "如需使用，请联系本机器人的管理员。" if contact == ANY_ADMIN else f"如需使用，请联系管理员：{contact}。"


async def learn_admin_names(application: Application) -> None:
    """At start-up: the admins' names from Telegram (works for admins who have opened a chat
    with the bot; the others are learnt when they next write)."""
    svc: Services = application.bot_data[SERVICES_KEY]
    if svc.settings.admin_contact:
        return
    for admin_id in sorted(svc.settings.admins):
        try:
            chat = await application.bot.get_chat(admin_id)
        except TelegramError as error:
            logger.debug("admin %s not known to Telegram yet: %s", admin_id, error)
            continue
        name = " ".join(part for part in (chat.first_name, chat.last_name) if part)
        if name or chat.username:
            svc.admin_names[admin_id] = name or f"@{chat.username}"
