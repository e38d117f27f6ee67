"""Hostile and heavy uploads: each of the audit's files read under the default limits (60 s,
1 GiB), with its time and the worker's peak RSS — and, with the ``[ocr]`` extra, the scan and
the photo of the OCR fixtures (their own limits: 120 s a page more, 3 GiB); then questions
answered while six heavy uploads parse, through the whole HTTP path with the bot in its own process (p50 / p99 / max,
and the peak RSS of the bot process and of its parse workers).

Targets (issue 10): each hostile file refused or parsed within its limit; the bot process never
above its limit + 200 MB; p99 < 1 s for questions during six concurrent heavy uploads.
Run: ``python run_bot.py bench uploads`` or ``python benchmarks/bench_uploads.py``.
"""

from __future__ import annotations

import argparse
import contextlib
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from telegram.ext import AIORateLimiter  # noqa: E402

from bot.app import build_application  # noqa: E402
from bot.config import Settings  # noqa: E402
from data.db import Store  # noqa: E402
from data.importers import ReadResult, ocr_available  # noqa: E402
from data.importing import import_file, read_upload  # noqa: E402
from data.workers import ParseLimits, ParsePool  # noqa: E402
from nlp.engine import Engine  # noqa: E402
from tests import hostile_files as hostile  # noqa: E402
from tests.botapi import FakeBotApi  # noqa: E402

TOKEN = "424243:BENCH"
ADMIN = 1001
FIRST_USER = 20_000
BASELINE_SECONDS = 10
QUESTIONS = ("送温暖活动经费是多少？", "今年要表彰多少名劳模？", "成本指标有哪些？", "基本支出是多少")


def peak_rss_mb(pid: int, field: str = "VmHWM") -> int | None:
    """VmHWM: the most resident memory the process has had, in MB (VmPeak: the most address
    space, what the worker's RLIMIT_AS limits)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(f"{field}:"):
                return int(line.split()[1]) // 1024
    except OSError:
        return None
    return None


def descendants(pid: int) -> set[int]:
    """Every process below ``pid`` (the fork server and its parse workers)."""
    found: set[int] = set()
    stack = [pid]
    while stack:
        parent = stack.pop()
        for task in Path(f"/proc/{parent}/task").glob("*"):
            with contextlib.suppress(OSError):
                for child in (task / "children").read_text().split():
                    if int(child) not in found:
                        found.add(int(child))
                        stack.append(int(child))
    return found


# ---------------------------------------------------------------- each hostile file


def each_file() -> None:
    limits = ParseLimits()
    print(f"each hostile file, read in a worker (limits {limits.timeout:g} s, "
          f"{limits.memory_mb} MB; OCR {limits.ocr_memory_mb} MB):", flush=True)
    files = dict(hostile.catalogue())
    if ocr_available():
        scans = ROOT / "tests" / "fixtures" / "scans"
        files["scan, 2 pages (OCR)"] = ("scan.pdf",
                                        (scans / "zonggonghui_2026_scan.pdf").read_bytes())
        files["photo of 2 pages (OCR)"] = ("photo.jpg",
                                           (scans / "zonggonghui_2026_photo.jpg").read_bytes())
    for label, (name, content) in files.items():
        with ParsePool(replace(limits, workers=1)) as pool:
            pool.run(len, b"")  # the worker is up: its peak is this file's alone
            [pid] = pool.worker_pids()
            peak = PeakWatcher(pid)
            started = time.perf_counter()
            try:
                outcome = pool.run(read_upload, content, name)
                result = f"read ({_what(outcome)})"
            except Exception as error:  # noqa: BLE001 - the refusal is the figure
                result = f"refused: {str(error)[:48]}…"
            seconds = time.perf_counter() - started
            peak.stop()
        peak_text = f"{peak.mb} MB" if peak.mb else "(worker ended)"
        print(f"  {label:36} {len(content) / 1024 / 1024:6.2f} MB  {seconds:6.2f} s  "
              f"worker peak {peak_text:>8} (address space {peak.address_mb:,} MB)  {result}",
              flush=True)


def _what(outcome: object) -> str:
    if isinstance(outcome, ReadResult):
        flagged = f", {len(outcome.flagged)} flagged" if outcome.flagged else ""
        return f"{outcome.table.department}{flagged}"
    return type(outcome).__name__


class PeakWatcher:
    """The largest VmHWM of a process, sampled until ``stop()`` (a worker that ran OCR is
    replaced at the end of its parse, so its peak must be read while it lives)."""

    def __init__(self, pid: int) -> None:
        self.pid, self.mb, self.address_mb = pid, 0, 0
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)
        self._thread.start()

    def _watch(self) -> None:
        while not self._done.is_set():
            self.mb = max(self.mb, peak_rss_mb(self.pid) or 0)
            self.address_mb = max(self.address_mb, peak_rss_mb(self.pid, "VmPeak") or 0)
            time.sleep(0.05)

    def stop(self) -> None:
        self._done.set()
        self._thread.join()


# ---------------------------------------------------------------- questions during uploads


def heavy_files() -> list[tuple[str, bytes]]:
    """Six uploads that keep the workers busy for seconds each, all within the limits."""
    pdf = hostile.dense_pdf(12, 43, 1500)  # about 15 s: twelve pages at the per-page limits
    padded = hostile.padded_text(20 * 1024 * 1024 - 20_000)  # 20 MB of copied text
    cells = hostile.xlsx_many_cells(31_000)  # 186,000 cells, just under the cell limit
    return [("dense1.pdf", pdf), ("dense2.pdf", pdf), ("padded1.txt", padded),
            ("padded2.txt", padded), ("cells1.xlsx", cells), ("cells2.xlsx", cells)]


def serve_bot(api_url: str, file_url: str, workdir: str) -> None:
    """Child process: the real bot with the default parse limits, until SIGTERM."""
    db = Path(workdir) / "bench.db"
    store = Store(db)
    if store.is_empty():
        import_file(store, hostile.SEED, imported_by="bench")
    settings = Settings(token=TOKEN, db_path=db, db_is_default=False, api_url=api_url,
                        file_url=file_url, admins=frozenset({ADMIN}), questions_per_minute=0)
    application = build_application(
        settings, store, Engine(store, log_questions=False),
        rate_limiter=AIORateLimiter(overall_max_rate=0, group_max_rate=0))
    application.run_polling(poll_interval=0, timeout=1, close_loop=True)


def questions_during_uploads(users: int) -> None:
    files = heavy_files()
    with tempfile.TemporaryDirectory() as workdir, FakeBotApi(TOKEN) as api:
        # Started with -c, not as this script: the parse workers' fork server imports the
        # main script, and this one imports the whole bot (a deployment's run_bot.py does not).
        serve = (f"import sys; sys.path[:0] = [{str(ROOT)!r}, {str(Path(__file__).parent)!r}]; "
                 f"from bench_uploads import serve_bot; serve_bot(*sys.argv[1:])")
        child = subprocess.Popen([sys.executable, "-c", serve, api.base_url,
                                  api.base_file_url, workdir])
        try:
            api.wait_for_sync(lambda: api.get_updates_calls > 0, timeout=60)
            api.send_text(FIRST_USER - 1, QUESTIONS[0])  # warm: the index is built
            api.wait_for_messages_sync(FIRST_USER - 1, 1, timeout=60)
            quiet_until = time.perf_counter() + BASELINE_SECONDS
            baseline = ask_until(api, users, lambda: time.perf_counter() > quiet_until)
            started = time.perf_counter()
            for name, content in files:
                api.send_document(ADMIN, name, content)
            peaks = {"bot": 0, "workers": 0}
            done = threading.Event()

            def watch_memory() -> None:
                while not done.is_set():
                    peaks["bot"] = max(peaks["bot"], peak_rss_mb(child.pid) or 0)
                    for pid in descendants(child.pid):
                        peaks["workers"] = max(peaks["workers"], peak_rss_mb(pid) or 0)
                    time.sleep(0.2)

            watcher = threading.Thread(target=watch_memory, daemon=True)
            watcher.start()
            latencies = ask_until(api, users, lambda: uploads_done(api, len(files)))
            uploads_seconds = time.perf_counter() - started
            done.set()
            watcher.join()
        finally:
            child.send_signal(signal.SIGTERM)
            try:
                child.wait(30)
            except subprocess.TimeoutExpired:
                child.kill()
    print(f"answers with no upload: {_describe(baseline)} ({users} users, {BASELINE_SECONDS} s)")
    p99 = _p99(latencies)
    print(f"answers while 6 heavy uploads parse: {_describe(latencies)} ({users} users; the "
          f"uploads took {uploads_seconds:.0f} s; target p99 < 1 s: "
          f"{'ok' if p99 < 1 else 'missed'})")
    print(f"  peak RSS: bot process {peaks['bot']} MB (limit + 200 MB = "
          f"{ParseLimits().memory_mb + 200} MB), largest parse worker {peaks['workers']} MB")
    for text in api.texts_to(ADMIN):
        print(f"  upload reply: {text.splitlines()[0][:70]}")


def _p99(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]


def _describe(samples: list[float]) -> str:
    return (f"p50 {statistics.median(samples) * 1000:.0f} ms, p99 {_p99(samples) * 1000:.0f} ms, "
            f"max {max(samples) * 1000:.0f} ms (n={len(samples)})")


def uploads_done(api: FakeBotApi, count: int) -> bool:
    texts = api.texts_to(ADMIN)
    return len(texts) >= count and all(t != "正在解析…" for t in texts[:count])


def ask_until(api: FakeBotApi, users: int, finished) -> list[float]:
    """Closed loop of ``users``, each with one question in flight, until ``finished()``."""
    asked: dict[int, float] = {}
    latencies: list[float] = []
    seen = len(api.sent)
    for number in range(users):
        user = FIRST_USER + number
        asked[user] = time.time()
        api.send_text(user, QUESTIONS[number % len(QUESTIONS)])
    while not finished():
        known = seen
        with contextlib.suppress(TimeoutError):
            api.wait_for_sync(lambda known=known: len(api.sent) > known, timeout=1)
        calls = api.sent
        new, seen = calls[seen:], len(calls)
        for call in new:
            user = call.params.get("chat_id")
            if call.method != "sendMessage" or user not in asked:
                continue
            latencies.append(call.at - asked[user])
            asked[user] = time.time()
            api.send_text(user, QUESTIONS[len(latencies) % len(QUESTIONS)])
    return latencies


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=10)
    parser.add_argument("--skip-files", action="store_true", help="only the six uploads")
    args = parser.parse_args(argv)
    if not args.skip_files:
        each_file()
    questions_during_uploads(args.users)
    return 0


if __name__ == "__main__":
    script = sys.orig_argv[1] if len(sys.orig_argv) > 1 else ""
    run_directly = Path(script).resolve() == Path(__file__).resolve()
    code = main(sys.argv[1:])  # run_bot.py bench sets sys.argv to this file and its options
    if run_directly:
        sys.exit(code)
