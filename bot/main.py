"""``python run_bot.py`` with no command: the Telegram bot when a token is set, else the console."""

from __future__ import annotations

from bot.cli import open_store
from bot.config import Settings


def run_default(settings: Settings) -> int:
    store = open_store(settings)
    if settings.token:
        from bot.app import run_telegram  # only this path imports telegram

        return run_telegram(settings, store)
    from bot.console import run_console
    from nlp.engine import Engine

    return run_console(Engine(store, thresholds=settings.thresholds))
