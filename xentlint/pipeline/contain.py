"""Containment: each file is checked in a worker process, so that nothing it makes the parser
or the analyzer do can take the run down.

nesting.py keeps libcst away from what is known to crash it; this is for the rest. A worker
that dies (a native crash: SIGSEGV, SIGBUS, an abort) or runs past the per-file time limit is
replaced, its file gets one XL001, and the other files are checked as usual.

:class:`Workers` is a pool of one or more supervised worker processes running any picklable
module-level function on a sequence of jobs, each result in the order of the jobs; the CLI
runs the checks and the fixes through it. The workers are forked where the platform allows it
(Linux: no start-up cost, the parent's imports are shared), spawned elsewhere.

A worker keeps what it has read of the project between files (pipeline/project.py), so its
memory grows with the modules it has met: past :data:`WORKER_MEMORY_LIMIT` bytes of resident
memory it retires after its current job and a fresh one takes its place (what a file's check
finds never depends on what was read before, so only time is spent).
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
import threading
import time
import warnings
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Any, Generic, TypeVar

TIME_LIMIT_VARIABLE = "XENTLINT_FILE_TIMEOUT"
DEFAULT_TIME_LIMIT = 60.0
"""Seconds one file may take (parse, analysis, fixes); ``XENTLINT_FILE_TIMEOUT`` changes it
(0: no limit). A file of real code takes well under a second; the largest accepted (1 MB of
code) a few seconds."""

WORKER_MEMORY_LIMIT = 300_000_000
"""Resident bytes past which a worker is replaced after its job (Linux; elsewhere never)."""

Result = TypeVar("Result")
Job = tuple[Any, ...]
"""The arguments of one call of the function."""


@dataclass(frozen=True)
class Failure:
    """Why a job has no result: its worker died (``signal``/``exit code``) or overran."""

    reason: str
    timed_out: bool = False


def time_limit() -> float | None:
    """The per-file time limit in seconds (``None``: none), from the environment."""
    value = os.environ.get(TIME_LIMIT_VARIABLE, "").strip()
    if not value:
        return DEFAULT_TIME_LIMIT
    try:
        seconds = float(value)
    except ValueError:
        return DEFAULT_TIME_LIMIT
    return seconds if seconds > 0 else None


def _context() -> Any:
    if sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def _resident_bytes() -> int | None:
    """This process' resident memory now (None where /proc does not say)."""
    try:
        with open("/proc/self/statm", "rb") as handle:
            return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return None


def _serve(connection: Connection, memory_limit: int | None, parent: int | None) -> None:
    """A worker's loop: run each job sent, send back ("ok", result, retiring) or ("error",
    text, retiring); ``retiring``: past ``memory_limit``, it ends after this reply."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    if parent is not None:
        _end_with(parent)
    while True:
        try:
            job = connection.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        function, args = job
        try:
            reply: tuple[str, Any] = ("ok", function(*args))
        except BaseException as error:  # noqa: BLE001 - reported to the parent as the job's failure
            reply = ("error", f"{type(error).__name__}: {error}")
        resident = _resident_bytes() if memory_limit is not None else None
        retiring = resident is not None and memory_limit is not None and resident > memory_limit
        try:
            connection.send((*reply, retiring))
        except Exception as error:  # noqa: BLE001 - a result that cannot be sent
            connection.send(("error", f"{type(error).__name__}: {error}", retiring))
        if retiring:
            return


def _end_with(parent: int) -> None:
    """Linux: the kernel kills this worker when its parent dies. A parent killed outright
    (SIGKILL, a hook's timeout) cannot stop its workers, which would otherwise run on until
    their current file ends. The signal is tied to the thread that forked, so a parent asks
    for it only from its main thread (``parent``: its pid; None: not asked)."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):  # not Linux's C library
        return
    if os.getppid() != parent:  # it died before the kernel was asked
        os._exit(1)


_PR_SET_PDEATHSIG = 1  # <linux/prctl.h>


class _Worker:
    def __init__(self, context: Any, memory_limit: int | None) -> None:
        self.connection, child = context.Pipe(duplex=True)
        forked_here = (sys.platform.startswith("linux")
                       and threading.current_thread() is threading.main_thread())
        parent = os.getpid() if forked_here else None
        self.process = context.Process(target=_serve, args=(child, memory_limit, parent),
                                       daemon=True)
        with warnings.catch_warnings():
            # A process that imported JAX (a test run, the guard) warns that fork() and its
            # threads may deadlock; the worker runs none of their code, only the checker's.
            warnings.filterwarnings("ignore", r"os\.fork\(\) was called", RuntimeWarning)
            warnings.filterwarnings("ignore", r"This process .* is multi-threaded",
                                    DeprecationWarning)
            self.process.start()
        child.close()
        self.job: int | None = None  # index of the job it runs
        self.deadline: float | None = None

    def send(self, index: int, function: Callable[..., Any], args: tuple[Any, ...],
             limit: float | None) -> None:
        self.job = index
        self.deadline = None if limit is None else time.monotonic() + limit
        self.connection.send((function, args))

    def stop(self, kill: bool = False) -> None:
        try:
            if kill:
                self.process.kill()
            else:
                self.connection.send(None)
        except (OSError, ValueError):
            pass
        self.process.join(timeout=None if kill else 5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()
        self.connection.close()

    def death(self) -> str:
        """Why the process ended: the signal that killed it, or its exit code."""
        self.process.join(timeout=5)
        code = self.process.exitcode
        if code is not None and code < 0:
            try:
                name = signal.Signals(-code).name
            except ValueError:
                name = f"signal {-code}"
            return f"was killed by {name}"
        return f"exited with code {code}"


class Workers(Generic[Result]):
    """Run ``function(*job)`` for every job in worker processes (``size`` of them).

    ``failed(job, failure)`` makes the result of a job whose worker died, overran ``limit``
    seconds or raised; the pool goes on with a new worker. A worker past ``memory_limit``
    resident bytes is replaced after its job (None: never). Use as a context manager.
    """

    def __init__(self, function: Callable[..., Result],
                 failed: Callable[[Job, Failure], Result], *, size: int = 1,
                 limit: float | None = None, memory_limit: int | None = None) -> None:
        self._function = function
        self._failed = failed
        self._size = max(1, size)
        self._limit = limit
        self._memory_limit = memory_limit
        self._context = _context()
        self._idle: list[_Worker] = []

    def __enter__(self) -> Workers[Result]:
        return self

    def __exit__(self, *_: object) -> None:
        for worker in self._idle:
            worker.stop()
        self._idle = []

    def map(self, jobs: Iterable[Job], done: Callable[[], None] | None = None
            ) -> Iterator[Result]:
        """The results, in the order of ``jobs`` (each as soon as it and those before are
        done); ``done`` is told as each job ends, in whatever order.

        Each worker takes the jobs of one contiguous share of the list, then helps the others
        from the far end of theirs: files next to each other (one package) read the same
        modules of the project, which a worker then reads once instead of every worker."""
        pending = list(jobs)
        shares = _shares(len(pending), self._size)
        results: dict[int, Result] = {}
        busy: dict[_Worker, int] = {}  # worker -> its share
        owners: dict[int, _Worker] = {}  # share -> the idle worker that has been taking it
        free = list(range(len(shares)))
        next_result = 0
        try:
            while next_result < len(pending):
                while free and (index := _take(shares, free[0])) is not None:
                    share = free.pop(0)
                    worker = (owners.pop(share, None) or
                              (self._idle.pop() if self._idle
                               else _Worker(self._context, self._memory_limit)))
                    worker.send(index, self._function, pending[index], self._limit)
                    busy[worker] = share
                for worker in self._wait(list(busy)):
                    share = busy.pop(worker)
                    free.append(share)
                    index = worker.job
                    assert index is not None
                    results[index] = self._collect(worker, pending[index])
                    if worker in self._idle:  # (not retired nor dead: it keeps its share)
                        self._idle.remove(worker)
                        owners[share] = worker
                    if done is not None:
                        done()
                while next_result in results:
                    yield results.pop(next_result)
                    next_result += 1
        finally:
            for worker in busy:
                worker.stop(kill=True)
            self._idle.extend(owners.values())

    def _wait(self, busy: list[_Worker]) -> list[_Worker]:
        """The workers that replied, died or overran (at least one)."""
        deadlines = [w.deadline for w in busy if w.deadline is not None]
        timeout = None if not deadlines else max(0.0, min(deadlines) - time.monotonic())
        ready = wait([w.connection for w in busy], timeout)
        now = time.monotonic()
        return [w for w in busy if w.connection in ready
                or w.deadline is not None and now >= w.deadline]

    def _collect(self, worker: _Worker, job: Job) -> Result:
        if not worker.connection.poll():
            if worker.deadline is not None and time.monotonic() >= worker.deadline:
                worker.stop(kill=True)
                return self._failed(job, Failure(f"took longer than {self._limit:g} s",
                                                 timed_out=True))
        try:
            status, value, retiring = worker.connection.recv()
        except (EOFError, OSError):
            reason = worker.death()
            worker.stop(kill=True)
            return self._failed(job, Failure(reason))
        if retiring:
            worker.stop()
        else:
            self._idle.append(worker)
        if status == "ok":
            return value
        return self._failed(job, Failure(f"raised {value}"))


def _shares(count: int, size: int) -> list[deque[int]]:
    """``range(count)`` cut into ``size`` contiguous shares (none empty)."""
    size = max(1, min(size, count))
    bounds = [count * part // size for part in range(size + 1)]
    return [deque(range(bounds[part], bounds[part + 1])) for part in range(size)]


def _take(shares: list[deque[int]], share: int) -> int | None:
    """The next job of ``share``; when it has none, the last of the longest other share."""
    if shares and shares[share]:
        return shares[share].popleft()
    longest = max(shares, key=len, default=None)
    return longest.pop() if longest else None


def run_all(function: Callable[..., Result], jobs: Iterable[Job],
            failed: Callable[[Job, Failure], Result], *, contained: bool = True,
            size: int = 1, done: Callable[[], None] | None = None) -> Iterator[Result]:
    """``function(*job)`` for each job, in order: in ``size`` workers when ``contained``
    (unless ``XENTLINT_DEBUG`` is set: then in this process, so that a traceback shows), else
    here; ``done`` is told as each job ends."""
    if not contained or os.environ.get("XENTLINT_DEBUG"):
        for job in jobs:
            result = function(*job)
            if done is not None:
                done()
            yield result
        return
    with Workers(function, failed, size=size, limit=time_limit(),
                 memory_limit=WORKER_MEMORY_LIMIT) as workers:
        yield from workers.map(jobs, done)


__all__ = ["DEFAULT_TIME_LIMIT", "Failure", "Job", "TIME_LIMIT_VARIABLE", "WORKER_MEMORY_LIMIT",
           "Workers", "run_all", "time_limit"]
