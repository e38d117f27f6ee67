"""Parse files in worker processes, each parse under a wall-clock and a memory limit.

A file is read (bytes → table or progress rows) in a separate process, never in the bot's or
the CLI's own: a parse that runs past ``timeout`` seconds is killed, one that needs more than
``memory_mb`` (``RLIMIT_AS`` of the worker) fails inside the worker, and either way the caller
gets a Chinese refusal (``ParseTimeout`` / ``ParseOutOfMemory``) while its own memory and event
loop are untouched. The store is never opened in a worker: callers check the result against
the store themselves.

A small pool keeps ``workers`` processes (started on first use, from a fork server that has
already imported the readers, so a new worker costs milliseconds); each serves tasks one at a
time and is replaced after ``max_tasks_per_child`` tasks, after any failure and after every
kill. Waiting happens in the pool's own threads, so neither the event loop nor the default
thread pool is held while a parse runs.

>>> with ParsePool(ParseLimits(timeout=2, memory_mb=300)) as pool:
...     table = pool.run(read_table, content, "表.xlsx")
>>> await pool.arun(read_table, content, "表.xlsx")  # from a coroutine
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import multiprocessing
import os
import queue
import signal
import threading
import traceback
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any, TypeVar

from data.errors import JixiaoError, ParseFailed, ParseOutOfMemory, ParseTimeout

logger = logging.getLogger(__name__)

T = TypeVar("T")

DEFAULT_TIMEOUT_SECONDS = 60.0
DEFAULT_MEMORY_MB = 1024
DEFAULT_WORKERS = 2
WORKER_NICENESS = 10
MAX_TASKS_PER_CHILD = 500  # then a fresh process: whatever a long run fragmented is returned
# Imported once in the fork server, so that every worker starts with the readers loaded.
PRELOAD = ["data.importers", "data.importers.text", "data.importers.xlsx", "data.importers.pdf",
           "data.importing", "data.progress"]


@dataclass(frozen=True)
class ParseLimits:
    """How long and how much memory one parse may take, and how many run at once."""

    timeout: float = DEFAULT_TIMEOUT_SECONDS
    memory_mb: int = DEFAULT_MEMORY_MB
    workers: int = DEFAULT_WORKERS

    def timeout_error(self) -> ParseTimeout:
        return ParseTimeout(f"文件过大或过于复杂，解析超时（{_seconds(self.timeout)} 秒），"
                            f"已停止解析。请确认这是一张绩效目标表，或只保留表格所在的页面或工作表后重新发送。")

    def memory_error(self) -> ParseOutOfMemory:
        return ParseOutOfMemory(f"文件过大或过于复杂，解析时超过内存上限（{self.memory_mb} MB），"
                                f"已停止解析。请确认这是一张绩效目标表，或只保留表格所在的页面或工作表后重新发送。")


def _seconds(value: float) -> str:
    return f"{value:g}"


@dataclass
class _Task:
    function: Callable[..., Any]
    args: tuple
    future: Future


class ParsePool:
    """A few worker processes that run top-level functions (picklable by name) with limits."""

    def __init__(self, limits: ParseLimits | None = None,
                 max_tasks_per_child: int = MAX_TASKS_PER_CHILD) -> None:
        self.limits = limits or ParseLimits()
        self.max_tasks_per_child = max_tasks_per_child
        self._tasks: queue.SimpleQueue[_Task | None] = queue.SimpleQueue()
        self._threads: list[threading.Thread] = []
        self._workers: set[_Worker] = set()
        self._lock = threading.Lock()
        self._closed = False

    # ------------------------------------------------------------ public

    def submit(self, function: Callable[..., T], *args: Any) -> Future[T]:
        """Queue ``function(*args)`` for a worker; the future fails with ``ParseTimeout``,
        ``ParseOutOfMemory``, the function's own ``JixiaoError`` or ``ParseFailed``."""
        future: Future[T] = Future()
        with self._lock:
            if self._closed:
                raise RuntimeError("ParsePool is closed")
            if not self._threads:
                self._start_threads()
        self._tasks.put(_Task(function, args, future))
        return future

    def run(self, function: Callable[..., T], *args: Any) -> T:
        """``function(*args)`` in a worker, waited for."""
        return self.submit(function, *args).result()

    async def arun(self, function: Callable[..., T], *args: Any) -> T:
        """``function(*args)`` in a worker, awaited without holding any thread of the loop."""
        return await asyncio.wrap_future(self.submit(function, *args))

    def close(self) -> None:
        """Stop the workers (a parse under way is killed) and the pool's threads."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
            threads = list(self._threads)
        for _ in threads:
            self._tasks.put(None)
        with self._lock:
            workers = list(self._workers)
        for worker in workers:  # a parse under way ends now; its thread then retires it
            worker.interrupt()
        for thread in threads:
            thread.join(timeout=5)
        while True:  # tasks nobody will serve now
            try:
                task = self._tasks.get_nowait()
            except queue.Empty:
                break
            if task is not None and task.future.set_running_or_notify_cancel():
                task.future.set_exception(RuntimeError("ParsePool is closed"))

    def __enter__(self) -> ParsePool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def worker_pids(self) -> list[int]:
        """The live workers' process ids (benchmarks measure their memory)."""
        with self._lock:
            return [w.process.pid for w in self._workers if w.process.pid is not None]

    # ------------------------------------------------------------ threads: one per worker

    def _start_threads(self) -> None:
        for number in range(max(1, self.limits.workers)):
            thread = threading.Thread(target=self._serve, name=f"parse-worker-{number}",
                                      daemon=True)
            thread.start()
            self._threads.append(thread)

    def _serve(self) -> None:
        try:
            self._serve_tasks()
        except Exception as error:  # noqa: BLE001 - never a traceback on a user's terminal
            logger.error("parse pool thread failed: %r", error)
            logger.info("parse pool thread failure", exc_info=True)

    def _serve_tasks(self) -> None:
        worker: _Worker | None = None
        try:
            while (task := self._tasks.get()) is not None:
                if not task.future.set_running_or_notify_cancel():
                    continue  # cancelled while queued
                if self._closed:  # queued before close(): not started now
                    task.future.set_exception(RuntimeError("ParsePool is closed"))
                    continue
                if worker is None or worker.tasks >= self.max_tasks_per_child:
                    self._retire(worker)
                    worker = None
                    try:
                        worker = self._spawn()
                    except Exception as error:  # noqa: BLE001 - reported to the caller
                        logger.exception("could not start a parse worker")
                        task.future.set_exception(ParseFailed(f"无法启动解析进程：{error}"))
                        continue
                if not self._run(worker, task):
                    self._retire(worker)
                    worker = None
        finally:
            self._retire(worker)

    def _run(self, worker: _Worker, task: _Task) -> bool:
        """Run one task; False when the worker must not be used again."""
        worker.tasks += 1
        try:
            worker.connection.send((task.function, task.args))
        except (OSError, ValueError) as error:  # the worker died before taking it
            logger.info("parse worker %s unreachable: %s", worker.process.pid, error)
            task.future.set_exception(self.limits.memory_error())
            return False
        except Exception as error:  # noqa: BLE001 - an argument that cannot be pickled
            task.future.set_exception(error)
            return False
        try:
            ready = worker.connection.poll(self.limits.timeout)
        except (OSError, EOFError):
            ready = True  # closed: recv below reports it
        if not ready:
            logger.info("parse of %s killed after %ss", _describe(task), self.limits.timeout)
            worker.kill()
            task.future.set_exception(self.limits.timeout_error())
            return False
        try:
            status, payload = worker.connection.recv()
        except (EOFError, OSError):
            if self._closed:  # killed by close()
                task.future.set_exception(RuntimeError("ParsePool is closed"))
                return False
            worker.process.join(timeout=1)
            logger.info("parse worker %s ended without an answer (exit code %s) on %s",
                           worker.process.pid, worker.process.exitcode, _describe(task))
            task.future.set_exception(self.limits.memory_error())
            return False
        if self._closed:
            task.future.set_exception(RuntimeError("ParsePool is closed"))
            return False
        if status == "ok":
            task.future.set_result(payload)
            return True
        if status == "refused":
            task.future.set_exception(_rebuild(payload))
            return True
        if status == "memory":
            logger.info("parse of %s over the memory limit (%s MB)", _describe(task),
                        self.limits.memory_mb)
            task.future.set_exception(self.limits.memory_error())
            return False
        # One line where users may see it (the CLI's terminal), the traceback for JIXIAO_LOG_LEVEL=INFO.
        logger.error("parse of %s failed in the worker: %s", _describe(task),
                     payload.strip().splitlines()[-1])
        logger.info("the worker's traceback:\n%s", payload)
        task.future.set_exception(ParseFailed("解析文件时出错了，未导入任何数据。"))
        return False

    def _spawn(self) -> _Worker:
        context = _context()
        parent, child = context.Pipe(duplex=True)
        process = context.Process(target=_worker_main,
                                  args=(child, self.limits.memory_mb * 1024 * 1024),
                                  name="jixiao-parse", daemon=True)
        process.start()
        child.close()
        worker = _Worker(process, parent)
        with self._lock:
            self._workers.add(worker)
        return worker

    def _retire(self, worker: _Worker | None) -> None:
        if worker is None:
            return
        worker.stop()
        with self._lock:
            self._workers.discard(worker)


class _Worker:
    """One worker process and its end of the pipe; used by one serving thread at a time."""

    def __init__(self, process: multiprocessing.process.BaseProcess, connection: Connection):
        self.process = process
        self.connection = connection
        self.tasks = 0
        self._lock = threading.Lock()
        self._ended = False

    def interrupt(self) -> None:
        """Kill the process from another thread; its serving thread sees the pipe close and
        cleans up."""
        with contextlib.suppress(Exception):
            self.process.kill()

    def kill(self) -> None:
        with self._lock:
            if self._ended:
                return
            self._ended = True
        with contextlib.suppress(Exception):
            if self.process.is_alive():
                self.process.kill()
            self.process.join(timeout=5)
        with contextlib.suppress(OSError):
            self.connection.close()

    def stop(self) -> None:
        """Ask it to finish, then make sure it has."""
        with contextlib.suppress(OSError, ValueError):
            self.connection.send(None)
        self.process.join(timeout=2)
        self.kill()


def _describe(task: _Task) -> str:
    names = [a for a in task.args if isinstance(a, str)]
    name = getattr(task.function, "__name__", type(task.function).__name__)
    return f"{name}({', '.join(names[-1:])})"


# ---------------------------------------------------------------- the worker process

_CONTEXT: multiprocessing.context.BaseContext | None = None
_CONTEXT_LOCK = threading.Lock()


def _context() -> multiprocessing.context.BaseContext:
    """A fork server where the platform has one (a clean process with the readers imported,
    so workers never inherit the caller's threads and locks), else spawn."""
    global _CONTEXT
    with _CONTEXT_LOCK:
        if _CONTEXT is None:
            if "forkserver" in multiprocessing.get_all_start_methods():
                _CONTEXT = multiprocessing.get_context("forkserver")
                _CONTEXT.set_forkserver_preload(PRELOAD)
            else:
                _CONTEXT = multiprocessing.get_context("spawn")
        return _CONTEXT


def _worker_main(connection: Connection, memory_bytes: int) -> None:
    """Serve tasks until told to stop. Whatever ends the process ends it quietly: the parent
    reports a worker that stopped without an answer, and no traceback reaches a terminal."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C is the parent's to handle
    with contextlib.suppress(OSError, AttributeError):
        # Parsing is batch work: on a busy machine the scheduler serves the bot's answers first.
        os.nice(WORKER_NICENESS)
    try:
        _limit_memory(memory_bytes)
        _answer_tasks(connection)
    except MemoryError:  # even receiving the task did not fit
        with contextlib.suppress(BaseException):
            connection.send(("memory", None))
    except BaseException:  # noqa: BLE001, S110 - see above
        pass


def _answer_tasks(connection: Connection) -> None:
    """Tasks until told to stop; a MemoryError ends the process (its heap is spent)."""
    while True:
        try:
            message = connection.recv()
        except (EOFError, OSError):
            return
        if message is None:
            return
        function, args = message
        try:
            outcome = ("ok", function(*args))
        except MemoryError:
            _send(connection, ("memory", None))
            return
        except JixiaoError as error:
            # Readers turn any failure into their own refusal; one that ran out of memory
            # is reported as that, not as a damaged file.
            outcome = ("memory", None) if _caused_by_memory(error) else ("refused",
                                                                        _portable(error))
        except Exception:  # noqa: BLE001 - a reader bug: the traceback goes to the parent's log
            outcome = ("error", traceback.format_exc())
        if not _send(connection, outcome):
            return


def _send(connection: Connection, message: tuple) -> bool:
    try:
        connection.send(message)
        return True
    except MemoryError:  # pickling the result did not fit
        with contextlib.suppress(Exception):
            connection.send(("memory", None))
        return False
    except (OSError, ValueError):
        return False


def _limit_memory(memory_bytes: int) -> None:
    try:
        import resource
    except ImportError:  # not on this platform: only the time limit applies
        return
    if memory_bytes <= 0:
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    limit = memory_bytes if hard == resource.RLIM_INFINITY else min(memory_bytes, hard)
    try:
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (ValueError, OSError):
        logger.warning("could not limit the parse worker's memory to %s bytes", memory_bytes)


def _caused_by_memory(error: BaseException) -> bool:
    seen = 0
    current: BaseException | None = error
    while current is not None and seen < 10:
        if isinstance(current, MemoryError):
            return True
        current, seen = current.__cause__ or current.__context__, seen + 1
    return False


def _portable(error: JixiaoError) -> tuple[type, tuple, dict]:
    """An exception as (class, args, attributes): some carry more than their message
    (``ProgressFileError.errors``), which plain pickling would drop."""
    return type(error), error.args, dict(error.__dict__)


def _rebuild(payload: tuple[type, tuple, dict]) -> JixiaoError:
    cls, args, attributes = payload
    error = cls.__new__(cls)
    error.args = args
    error.__dict__.update(attributes)
    return error


def default_workers() -> int:
    """For a bulk import: one worker per processor (the main process only commits)."""
    return max(1, os.cpu_count() or 1)
