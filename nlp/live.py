"""The index kept in step with the store, one table at a time.

The store's generation rises on every change. ``sync`` compares the current versions with the
ones indexed and applies only the difference: a new or replaced table is loaded and planned
(cutting its names: the slow part) outside the lock, then swapped in under it, table by table,
so a question never waits on more than one table's update. Cuts are persisted in the store,
so a restart re-cuts nothing.
"""

from __future__ import annotations

import gc
import logging
import threading
import time

from data.db import Store, StoredTable
from nlp.index import Index, TableKey, plan_table
from nlp.terms import TermCutter
from nlp.tokenizer import Tokenizer

logger = logging.getLogger(__name__)

BACKGROUND_AFTER = 50  # tables: a larger change is applied by a background thread


class LiveIndex:
    def __init__(self, store: Store, tokenizer: Tokenizer | None = None) -> None:
        self.store = store
        self.index = Index()
        self.lock = threading.RLock()  # held while the index is read or changed
        self.cutter = TermCutter(tokenizer)
        self.generation = -1
        self._syncing = threading.Lock()
        self._loaded_cache = False
        self._background: threading.Thread | None = None
        self._warming = False
        self._warm_thread: threading.Thread | None = None

    def is_current(self) -> bool:
        return self.generation == self.store.generation() and self._background is None

    def sync(self, wait: bool = True) -> None:
        """Bring the index up to the store's generation. With ``wait=False`` a large change
        runs in the background and questions keep being answered from the index as it is."""
        generation = self.store.generation()
        if generation == self.generation:
            return
        if not wait:
            if self._background is None and self._syncing.acquire(blocking=False):
                self._syncing.release()
                changes = self._changes()
                if sum(map(len, changes)) <= BACKGROUND_AFTER:
                    self._apply(generation, *changes)
                    return
                thread = threading.Thread(target=self._run_background, args=(generation,),
                                          name="index-sync", daemon=True)
                self._background = thread
                thread.start()
            return
        background = self._background
        if background is not None:
            background.join()
        self._apply(generation, *self._changes())

    def _run_background(self, generation: int) -> None:
        try:
            self._apply(generation, *self._changes())
        except Exception:  # the next question tries again
            logger.exception("index update failed")
        finally:
            self._background = None

    def _changes(self) -> tuple[list[TableKey], list[int]]:
        indexed = self.index.version_ids
        wanted = {(department, project or "", year): vid
                  for vid, department, project, year in self.store.current_keys()}
        removed = [key for key, vid in indexed.items() if wanted.get(key) != vid]
        added = [vid for key, vid in wanted.items() if indexed.get(key) != vid]
        return removed, added

    def _apply(self, generation: int, removed: list[TableKey], added: list[int]) -> None:
        with self._syncing:
            started = time.perf_counter()
            if not self._loaded_cache:
                self.cutter.load(self.store.db.conn)
                self._loaded_cache = True
            # Loading thousands of tables makes objects fast enough to set off collections that
            # walk everything made so far: none while loading, the result frozen after.
            collecting = gc.isenabled()
            gc.disable()
            try:
                tables = self.store.load_versions(added) if added else []
                plans = [plan_table(stored, self.cutter) for stored in tables]
            finally:
                if collecting:
                    gc.enable()
            aliases = self.store.aliases()
            # One table at a time under the lock, and a pause between them: a lock released
            # and taken again at once would starve a waiting question (locks are not fair).
            for key in removed:
                with self.lock:
                    self.index.remove(key)
                time.sleep(0)
            for plan in plans:
                with self.lock:
                    self.index.add(plan)
                time.sleep(0)
            with self.lock:
                self.index.set_aliases(aliases)
                self.generation = generation
            # The index is long-lived: moved out of the collector's sight, a full collection
            # no longer walks a province's tables (it paused questions for 0.2-0.6 s).
            gc.freeze()
            saved = self.cutter.save(self.store.db.conn)
            logger.info("index: -%d +%d tables (%d new cuts) in %.2f s", len(removed),
                        len(tables), saved, time.perf_counter() - started)
        if not self._warming:  # after the first build, not before the first answer
            self._warming = True
            self._warm_thread = threading.Thread(target=self.cutter.warm, name="jieba-warm",
                                                 daemon=True)
            self._warm_thread.start()

    def wait_warm(self, timeout: float | None = None) -> None:
        """Wait until jieba has loaded in the background (it shares the interpreter with the
        questions answered meanwhile: a benchmark of steady answering waits for it first)."""
        if self._warm_thread is not None:
            self._warm_thread.join(timeout)

    def tables(self) -> list[StoredTable]:
        return list(self.index.tables.values())
