#!/usr/bin/env python3
"""绩效问答机器人 entry point: ``python run_bot.py [command]`` (see ``--help``)."""

import sys

from bot.logging_setup import configure_logging

if __name__ == "__main__":
    configure_logging()
    from bot.cli import run

    sys.exit(run())
