"""Parse files in worker processes, each parse under a wall-clock and a memory limit.

A file is read (bytes → table or progress rows) in a separate process, never in the bot's or
the CLI's own: a parse that runs past ``timeout`` seconds is killed, one that needs more than
``memory_mb`` (``RLIMIT_AS`` of the worker) fails inside the worker, and either way the caller
gets a Chinese refusal (``ParseTimeout`` / ``ParseOutOfMemory``) while its own memory and event
loop are untouched. The store is never opened in a worker: callers check the result against
the store themselves.

A scan or photo read with OCR needs far more of both: the reader says so from inside the worker
(``allow_ocr(seconds)``) as soon as it knows that pictures are to be read, and that parse then
gets ``seconds`` more time and ``ocr_memory_mb`` of address space (onnxruntime's peak is about
2 GB of it, far above what any digital file needs); its worker is replaced afterwards, so the
next parse runs under the ordinary limit again. A parse may also report its progress
(``progress(page, pages)``): the messages come back over the same pipe while it runs and are
handed to the caller's callback from the pool's thread.

A small pool keeps ``workers`` processes (started on first use, from a fork server that has
already imported the readers, so a new worker costs milliseconds); each serves tasks one at a
time and is replaced after ``max_tasks_per_child`` tasks, after any failure and after every
kill. Waiting happens in the pool's own threads, so neither the event loop nor the default
thread pool is held while a parse runs.

>>> with ParsePool(ParseLimits(timeout=2, memory_mb=300)) as pool:
...     table = pool.run(read_table, content, "表.xlsx")
>>> await pool.arun(read_table, content, "表.xlsx")  # from a coroutine
>>> pool.run(read_document, content, "扫描件.pdf", progress=lambda page, pages: ...)
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
import time
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
# A parse that reads pictures (OCR): onnxruntime's detector maps up to about 2.0 GB of address
# space on the 2-page fixtures (peak RSS about 1.1 GB); 1024 MB fails with std::bad_alloc.
DEFAULT_OCR_MEMORY_MB = 3072
DEFAULT_WORKERS = 2
WORKER_NICENESS = 10
MAX_TASKS_PER_CHILD = 500  # then a fresh process: whatever a long run fragmented is returned
# Imported once in the fork server, so that every worker starts with the readers loaded.
# OCR's libraries (onnxruntime, OpenCV) are not among them: they would add their address space
# to every worker's, and a worker imports them the first time it reads a picture.
PRELOAD = ["data.importers", "data.importers.text", "data.importers.xlsx", "data.importers.pdf",
           "data.importers.monitoring", "data.importing", "data.progress"]
# What a C++ library (onnxruntime, OpenCV) says when an allocation fails under RLIMIT_AS.
_OUT_OF_MEMORY_WORDS = ("bad_alloc", "Insufficient memory", "Failed to allocate")

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class ParseLimits:
    """How long and how much memory one parse may take, and how many run at once."""

    timeout: float = DEFAULT_TIMEOUT_SECONDS
    memory_mb: int = DEFAULT_MEMORY_MB
    workers: int = DEFAULT_WORKERS
    ocr_memory_mb: int = DEFAULT_OCR_MEMORY_MB  # while a parse reads pictures (``allow_ocr``)

    def timeout_error(self, seconds: float | None = None) -> ParseTimeout:
        """Over ``seconds`` (the time limit, plus what an OCR parse was allowed)."""
        seconds = self.timeout if seconds is None else seconds
        return ParseTimeout(f"文件过大或过于复杂，解析超时（{_seconds(seconds)} 秒），"
                            f"已停止解析。请确认这是一张绩效目标表，或只保留表格所在的页面或工作表后重新发送。")

    def memory_error(self, ocr: bool = False) -> ParseOutOfMemory:
        """Over the memory limit (the OCR one for a parse that read pictures)."""
        megabytes = self.ocr_memory_mb if ocr else self.memory_mb
        return ParseOutOfMemory(f"文件过大或过于复杂，解析时超过内存上限（{megabytes} MB），"
                                f"已停止解析。请确认这是一张绩效目标表，或只保留表格所在的页面或工作表后重新发送。")


def _seconds(value: float) -> str:
    return f"{value:g}"


@dataclass
class _Task:
    function: Callable[..., Any]
    args: tuple
    future: Future
    progress: Progress | None = None  # called from the pool's thread


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

    def submit(self, function: Callable[..., T], *args: Any,
               progress: Progress | None = None) -> Future[T]:
        """Queue ``function(*args)`` for a worker; the future fails with ``ParseTimeout``,
        ``ParseOutOfMemory``, the function's own ``JixiaoError`` or ``ParseFailed``.

        With ``progress``, the function is called as ``function(*args, progress=...)`` and
        each ``progress(page, pages)`` it makes in the worker reaches ``progress`` here, called
        from the pool's thread (so it must be thread-safe; its errors are only logged)."""
        future: Future[T] = Future()
        with self._lock:
            if self._closed:
                raise RuntimeError("ParsePool is closed")
            if not self._threads:
                self._start_threads()
        self._tasks.put(_Task(function, args, future, progress))
        return future

    def run(self, function: Callable[..., T], *args: Any, progress: Progress | None = None
            ) -> T:
        """``function(*args)`` in a worker, waited for."""
        return self.submit(function, *args, progress=progress).result()

    async def arun(self, function: Callable[..., T], *args: Any,
                   progress: Progress | None = None) -> T:
        """``function(*args)`` in a worker, awaited without holding any thread of the loop."""
        return await asyncio.wrap_future(self.submit(function, *args, progress=progress))

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
            worker.connection.send((task.function, task.args, task.progress is not None))
        except (OSError, ValueError) as error:  # the worker died before taking it
            logger.info("parse worker %s unreachable: %s", worker.process.pid, error)
            task.future.set_exception(self.limits.memory_error())
            return False
        except Exception as error:  # noqa: BLE001 - an argument that cannot be pickled
            task.future.set_exception(error)
            return False
        allowed = self.limits.timeout
        deadline = time.monotonic() + allowed
        ocr = False  # the parse reads pictures: more time, the OCR memory limit, a new worker
        while True:
            try:
                ready = worker.connection.poll(max(0.0, deadline - time.monotonic()))
            except (OSError, EOFError):
                ready = True  # closed: recv below reports it
            if not ready:
                logger.info("parse of %s killed after %ss", _describe(task), allowed)
                worker.kill()
                task.future.set_exception(self.limits.timeout_error(allowed))
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
                task.future.set_exception(self.limits.memory_error(ocr))
                return False
            if status == "progress":
                _tell(task, payload)
            elif status == "ocr":  # asked from inside the worker (``allow_ocr``)
                ocr = True
                allowed += payload
                deadline += payload
            else:
                break
        if self._closed:
            task.future.set_exception(RuntimeError("ParsePool is closed"))
            return False
        if status == "ok":
            task.future.set_result(payload)
            return not ocr
        if status == "refused":
            task.future.set_exception(_rebuild(payload))
            return not ocr
        if status == "memory":
            logger.info("parse of %s over the memory limit (%s MB)", _describe(task),
                        self.limits.ocr_memory_mb if ocr else self.limits.memory_mb)
            task.future.set_exception(self.limits.memory_error(ocr))
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
                                  args=(child, self.limits.memory_mb * 1024 * 1024,
                                        self.limits.ocr_memory_mb * 1024 * 1024),
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


def _tell(task: _Task, payload: tuple[int, int]) -> None:
    """A progress message from the worker, handed to the caller's callback."""
    if task.progress is None:
        return
    try:
        task.progress(*payload)
    except Exception:  # noqa: BLE001 - cosmetic: the parse goes on
        logger.info("progress callback of %s failed", _describe(task), exc_info=True)


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


# In a worker process: the pipe to the pool, and the address space allowed to an OCR parse.
_PARENT: Connection | None = None
_OCR_MEMORY_BYTES = 0


def allow_ocr(seconds: float) -> None:
    """Called by a reader inside a parse worker when it is about to read pictures with OCR:
    the parse under way gets ``seconds`` more than the time limit and the OCR memory limit,
    and its worker is replaced once it ends. Outside a worker it does nothing."""
    if _PARENT is None:
        return
    if _OCR_MEMORY_BYTES:
        _limit_memory(_OCR_MEMORY_BYTES)
    with contextlib.suppress(OSError, ValueError):
        _PARENT.send(("ocr", float(seconds)))


def _report_progress(page: int, pages: int) -> None:
    """``progress`` as a function run in a worker sees it: a message to the pool."""
    if _PARENT is not None:
        with contextlib.suppress(OSError, ValueError):
            _PARENT.send(("progress", (int(page), int(pages))))


def _worker_main(connection: Connection, memory_bytes: int, ocr_memory_bytes: int = 0) -> None:
    """Serve tasks until told to stop. Whatever ends the process ends it quietly: the parent
    reports a worker that stopped without an answer, and no traceback reaches a terminal."""
    global _PARENT, _OCR_MEMORY_BYTES
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C is the parent's to handle
    with contextlib.suppress(OSError, AttributeError):
        # Parsing is batch work: on a busy machine the scheduler serves the bot's answers first.
        os.nice(WORKER_NICENESS)
    _PARENT, _OCR_MEMORY_BYTES = connection, ocr_memory_bytes
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
        function, args, wants_progress = message
        keywords = {"progress": _report_progress} if wants_progress else {}
        try:
            outcome = ("ok", function(*args, **keywords))
        except MemoryError:
            _send(connection, ("memory", None))
            return
        except JixiaoError as error:
            # Readers turn any failure into their own refusal; one that ran out of memory
            # is reported as that, not as a damaged file.
            outcome = ("memory", None) if _caused_by_memory(error) else ("refused",
                                                                        _portable(error))
        except Exception as error:  # noqa: BLE001 - a reader bug: the traceback goes to the log
            outcome = ("memory", None) if _caused_by_memory(error) else (
                "error", traceback.format_exc())
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
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    limit = memory_bytes if hard == resource.RLIM_INFINITY else min(memory_bytes, hard)
    try:
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (ValueError, OSError):
        logger.warning("could not limit the parse worker's memory to %s bytes", memory_bytes)


def _caused_by_memory(error: BaseException) -> bool:
    """A MemoryError, or a C++ library's failed allocation (onnxruntime's ``std::bad_alloc``
    comes as a RuntimeException), anywhere in the chain."""
    seen = 0
    current: BaseException | None = error
    while current is not None and seen < 10:
        if isinstance(current, MemoryError) or any(
                word in str(current) for word in _OUT_OF_MEMORY_WORDS):
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
