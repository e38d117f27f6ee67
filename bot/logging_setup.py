"""One logging configuration: our modules at INFO, chatty libraries quietened."""

import logging
import os


def configure_logging() -> None:
    level = os.environ.get("JIXIAO_LOG_LEVEL", "WARNING").upper()
    logging.basicConfig(format="%(asctime)s %(levelname)s %(name)s: %(message)s", level=level)
    for noisy in ("httpx", "httpcore", "apscheduler", "jieba", "pdfminer", "telegram.ext"):
        logging.getLogger(noisy).setLevel(max(logging.WARNING, logging.getLogger().level))
