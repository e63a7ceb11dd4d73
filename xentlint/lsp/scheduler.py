"""When analyses run: debounced, off the event loop, one at a time, superseded by newer edits.

Each open document (or notebook) is a *unit* with a generation, bumped by every edit and by a
configuration reload. An edit schedules an analysis after :data:`DEBOUNCE` seconds of quiet, so
a burst of changes is analysed once; a newer edit cancels a scheduled analysis that has not
started, and the result of one already running in the worker thread is dropped when it comes
back for an old generation (Python cannot interrupt the thread; the worker is single, so a
stale analysis only delays the next one, never races it). A result is published only for the
generation that is still current, so the client never sees diagnostics of a text it no longer
has. An exception inside an analysis is logged and gives no diagnostics; the server goes on.
Each analysis keeps what it read of other modules (:meth:`Scheduler.readers`: the units to
check again when one of them changes).
"""

from __future__ import annotations

import asyncio
import itertools
import logging
import traceback
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from ..config import Settings
from ..findings import Finding
from .documents import Snapshot

DEBOUNCE = 0.025
"""Seconds of quiet after an edit before it is analysed (a burst of changes is one analysis)."""

LOGGER = logging.getLogger("xentlint.lsp")
T = TypeVar("T")


@dataclass(frozen=True)
class Analysis:
    """The findings of one snapshot, at the generation they were computed for."""

    snapshot: Snapshot
    settings: Settings
    generation: int
    findings: tuple[Finding, ...]
    result_id: str
    reads: frozenset[Path] = frozenset()
    """The files of the user's other modules it read (:func:`.modules.reads`)."""


@dataclass
class _Unit:
    generation: int = 0
    task: asyncio.Task[bool] | None = None
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    result: Analysis | None = None


class Scheduler:
    """Runs ``analyse(snapshot, settings)`` for units; ``snapshot_of(key)`` reads a unit's
    current snapshot and settings on the event loop (``None`` once it is closed) and
    ``publish(analysis)`` is called, on the event loop, with each current result;
    ``reads(settings)``, right after each analysis, says what it read of other modules."""

    def __init__(self, snapshot_of: Callable[[str], tuple[Snapshot, Settings] | None],
                 analyse: Callable[[Snapshot, Settings], tuple[Finding, ...]],
                 publish: Callable[[Analysis], None], log_error: Callable[[str], None],
                 debounce: float = DEBOUNCE,
                 reads: Callable[[Settings], frozenset[Path]] | None = None) -> None:
        self._snapshot_of = snapshot_of
        self._analyse = analyse
        self._reads = reads
        self._publish = publish
        self._log_error = log_error
        self.debounce = debounce
        self._units: dict[str, _Unit] = {}
        self._ids = itertools.count(1)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="xentlint")

    def touch(self, key: str) -> None:
        """The unit changed (an edit, a reload): results computed before are stale."""
        self._units.setdefault(key, _Unit()).generation += 1

    def schedule(self, key: str, delay: float | None = None, publish: bool = True) -> None:
        """Analyse the unit after ``delay`` (default: the debounce), replacing what was
        scheduled and has not started."""
        unit = self._units.setdefault(key, _Unit())
        if unit.task is not None and not unit.task.done():
            unit.task.cancel()
        wait = self.debounce if delay is None else delay
        unit.task = asyncio.ensure_future(self._run(key, wait, publish))

    def keys(self) -> list[str]:
        return list(self._units)

    def readers(self, path: Path) -> list[str]:
        """The units whose current analysis read ``path``, and those not analysed at their
        current generation yet (what they read is not known: the one running may have read
        the old text)."""
        return [key for key, unit in self._units.items()
                if unit.result is None or unit.result.generation != unit.generation
                or path in unit.result.reads]

    def forget(self, key: str) -> None:
        unit = self._units.pop(key, None)
        if unit is not None and unit.task is not None:
            unit.task.cancel()

    async def current(self, key: str) -> Analysis | None:
        """The analysis of the unit's current generation, computing it now if needed."""
        while True:
            unit = self._units.get(key)
            if unit is None:
                self.touch(key)
                continue
            if unit.result is not None and unit.result.generation == unit.generation:
                return unit.result
            if not await self._run(key, 0, publish=False):
                return None

    async def run_in_worker(self, function: Callable[..., T], *args: Any) -> T:
        """``function(*args)`` on the analysis worker (code actions that re-check and fix)."""
        return await asyncio.get_running_loop().run_in_executor(self._executor, function, *args)

    async def _run(self, key: str, delay: float, publish: bool) -> bool:
        """Analyse the unit's current generation; False when it is closed."""
        if delay:
            await asyncio.sleep(delay)
        unit = self._units.get(key)
        if unit is None:
            return False
        async with unit.lock:
            if unit.result is not None and unit.result.generation == unit.generation:
                if publish:
                    self._publish(unit.result)
                return True
            current = self._snapshot_of(key)
            if current is None:
                if self._units.get(key) is unit:
                    del self._units[key]
                return False
            snapshot, settings = current
            generation = unit.generation
            done = await self.run_in_worker(self._safe_analyse, snapshot, settings)
            if self._units.get(key) is not unit or unit.generation != generation:
                return True  # superseded while it ran: a newer analysis follows
            if done is None:
                self._log_error(f"xentlint: analysing {snapshot.uri} failed (see the server "
                                "log); no diagnostics for it")
                done = ((), frozenset())
            unit.result = Analysis(snapshot, settings, generation, done[0],
                                   str(next(self._ids)), done[1])
            if publish:
                self._publish(unit.result)
            return True

    def _safe_analyse(self, snapshot: Snapshot, settings: Settings,
                      ) -> tuple[tuple[Finding, ...], frozenset[Path]] | None:
        try:
            findings = self._analyse(snapshot, settings)
            return findings, self._reads(settings) if self._reads is not None else frozenset()
        except Exception:  # noqa: BLE001 - one document must never stop the server
            LOGGER.error("analysing %s failed:\n%s", snapshot.uri, traceback.format_exc())
            return None

    def close(self) -> None:
        for unit in self._units.values():
            if unit.task is not None:
                unit.task.cancel()
        self._executor.shutdown(wait=False, cancel_futures=True)


__all__ = ["Analysis", "DEBOUNCE", "Scheduler"]
