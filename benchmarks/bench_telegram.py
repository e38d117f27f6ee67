"""Telegram benchmark: questions per second through the whole HTTP path on loopback.

50 users in a closed loop (each asks, waits for the answer, asks again) talk to the REAL
application from ``bot.app.build_application`` (real engine, real SQLite store with the seed)
through the fake Bot API server of ``tests/botapi.py``; then the same harness drives a trivial
echo bot built with the same settings. Prints both rates and their ratio (target >= 0.9).

The outgoing rate limiter is set to limit nothing and the per-user question limit is off: this
measures the pipeline, not Telegram's flood limits.

Run: ``python benchmarks/bench_telegram.py [--users 50] [--questions 20]`` or
``python run_bot.py bench telegram``.
"""

from __future__ import annotations

import argparse
import contextlib
import html
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from telegram import Update  # noqa: E402
from telegram.constants import ParseMode  # noqa: E402
from telegram.ext import (  # noqa: E402
    AIORateLimiter,
    Application,
    ContextTypes,
    Defaults,
    MessageHandler,
    filters,
)

from bot.app import CONCURRENT_UPDATES, CONNECTION_POOL_SIZE, build_application  # noqa: E402
from bot.config import Settings  # noqa: E402
from data.clock import TIMEZONE  # noqa: E402
from data.db import Store  # noqa: E402
from data.importing import import_file  # noqa: E402
from nlp.engine import Engine  # noqa: E402
from tests.botapi import FakeBotApi  # noqa: E402

TOKEN = "424242:BENCH"
SEED = ROOT / "data" / "samples" / "dongguan_zonggonghui_2026.txt"
QUESTIONS = (
    "送温暖活动经费是多少？",
    "今年要表彰多少名劳模？",
    "成本指标有哪些？",
    "公益培训费是多少",
    "职工满意度目标是多少",
    "产业工人建设经费",
    "基本支出是多少",
    "工会服务职工推广项目的金额",
)
TIME_LIMIT_SECONDS = 120.0
FIRST_USER = 10_000


@dataclass
class Result:
    answered: int
    seconds: float

    @property
    def qps(self) -> float:
        return self.answered / self.seconds if self.seconds else 0.0


def unlimited_rate_limiter() -> AIORateLimiter:
    return AIORateLimiter(overall_max_rate=0, group_max_rate=0)  # 0 disables each limit


def echo_application(api_url: str, file_url: str) -> Application:
    """The baseline: same builder settings as the real bot, a handler that only echoes."""

    async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await update.effective_message.reply_text(html.escape(update.effective_message.text))

    application = (
        Application.builder().token(TOKEN).base_url(api_url).base_file_url(file_url)
        .defaults(Defaults(tzinfo=TIMEZONE, parse_mode=ParseMode.HTML))
        .rate_limiter(unlimited_rate_limiter()).concurrent_updates(CONCURRENT_UPDATES)
        .connection_pool_size(CONNECTION_POOL_SIZE).build()
    )
    application.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, echo))
    return application


def jixiao_application(api_url: str, file_url: str, workdir: Path) -> Application:
    store = Store(workdir / "bench.db")
    if store.is_empty():
        import_file(store, SEED, imported_by="bench")
    settings = Settings(token=TOKEN, db_path=workdir / "bench.db", db_is_default=False,
                        api_url=api_url, file_url=file_url, questions_per_minute=0)
    engine = Engine(store, log_questions=False)
    return build_application(settings, store, engine, rate_limiter=unlimited_rate_limiter())


def drive(api: FakeBotApi, users: int, per_user: int, first_user: int) -> Result:
    """Closed loop: every user keeps one question in flight until it has asked ``per_user``."""
    sent = {first_user + n: 0 for n in range(users)}
    answered = dict.fromkeys(sent, 0)
    seen = len(api.sent)
    start = time.perf_counter()
    for user in sent:
        api.send_text(user, QUESTIONS[user % len(QUESTIONS)])
        sent[user] = 1
    total, done = users * per_user, 0
    deadline = start + TIME_LIMIT_SECONDS
    while done < total:
        remaining = deadline - time.perf_counter()
        if remaining <= 0:
            break
        known = seen
        with contextlib.suppress(TimeoutError):
            api.wait_for_sync(lambda known=known: len(api.sent) > known, timeout=remaining)
        calls = api.sent
        new, seen = calls[seen:], len(calls)
        for call in new:
            user = call.params.get("chat_id")
            if call.method != "sendMessage" or call.error or user not in answered:
                continue
            answered[user] += 1
            done += 1
            if sent[user] < per_user:
                api.send_text(user, QUESTIONS[(user + sent[user]) % len(QUESTIONS)])
                sent[user] += 1
    return Result(done, time.perf_counter() - start)


def serve_bot(kind: str, api_url: str, file_url: str, workdir: str) -> None:
    """Child process: one bot, polling the harness's server until SIGTERM."""
    application = (
        jixiao_application(api_url, file_url, Path(workdir)) if kind == "jixiao"
        else echo_application(api_url, file_url)
    )
    application.run_polling(poll_interval=0, timeout=1, close_loop=True)


def measure(kind: str, users: int, per_user: int, workdir: str) -> Result:
    """The bot in its own process (its own GIL, like a real deployment), the server and the
    simulated users in this one."""
    with FakeBotApi(TOKEN) as api:
        child = subprocess.Popen(
            [sys.executable, __file__, "--serve", kind, api.base_url, api.base_file_url, workdir]
        )
        try:
            api.wait_for_sync(lambda: api.get_updates_calls > 0, timeout=60)
            warm = drive(api, users, 1, FIRST_USER + 500_000)
            if warm.answered != users:
                raise RuntimeError(f"{kind}: warm-up questions went unanswered")
            return drive(api, users, per_user, FIRST_USER)
        finally:
            child.send_signal(signal.SIGTERM)
            try:
                child.wait(20)
            except subprocess.TimeoutExpired:
                child.kill()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--questions", type=int, default=20, help="questions per user")
    parser.add_argument("--rounds", type=int, default=4, help="measurements of each bot")
    parser.add_argument("--serve", nargs=4, metavar=("KIND", "API", "FILES", "DIR"),
                        help=argparse.SUPPRESS)  # internal: the child process
    args = parser.parse_args(argv)
    if args.serve:
        serve_bot(*args.serve)
        return 0
    total = args.users * args.questions
    print(f"{args.users} concurrent users x {args.questions} questions = {total} per bot and "
          f"round; loopback HTTP; bot in its own process; concurrent_updates="
          f"{CONCURRENT_UPDATES}, connection pool {CONNECTION_POOL_SIZE}; "
          f"sniffio installed: {_has_sniffio()}", flush=True)
    results: dict[str, list[Result]] = {"jixiao": [], "echo": []}
    with tempfile.TemporaryDirectory() as workdir:
        # Alternating which bot goes first, and taking medians, keeps the order of the runs
        # and passing load on a small machine out of the comparison.
        for number in range(args.rounds):
            order = ("jixiao", "echo") if number % 2 == 0 else ("echo", "jixiao")
            for kind in order:
                results[kind].append(measure(kind, args.users, args.questions, workdir))
            print(f"  round {number + 1}: " + ", ".join(
                f"{kind} {results[kind][-1].qps:.1f}/s" for kind in ("jixiao", "echo")), flush=True)
    bot = statistics.median(r.qps for r in results["jixiao"])
    echo = statistics.median(r.qps for r in results["echo"])
    print(f"  jixiao bot : median {bot:7.1f} questions/s")
    print(f"  echo bot   : median {echo:7.1f} questions/s")
    ratio = bot / echo if echo else 0.0
    print(f"  ratio bot/echo: {ratio:.2f} (target >= 0.90: {'ok' if ratio >= 0.9 else 'below'})")
    if any(r.answered != total for runs in results.values() for r in runs):
        print("  WARNING: not every question was answered within the time limit")
        return 1
    return 0


def _has_sniffio() -> str:
    try:
        import sniffio  # noqa: F401
    except ImportError:
        return "no"
    return "yes"


if __name__ == "__main__":
    # ``run_bot.py bench telegram`` runs this file with runpy, which sets sys.argv[0] to this
    # file but leaves the caller's arguments: those are not ours, and exiting would end the
    # caller too. The interpreter's original command line tells the two apart.
    script = sys.orig_argv[1] if len(sys.orig_argv) > 1 else ""
    run_directly = Path(script).resolve() == Path(__file__).resolve()
    code = main(sys.argv[1:] if run_directly else [])
    if run_directly:
        sys.exit(code)
