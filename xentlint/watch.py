"""``--watch``: check again whenever a file that matters changes, until Ctrl-C.

What matters: ``.py`` and ``.ipynb`` files, ``pyproject.toml`` and ``.gitignore`` under the
watched paths. With the optional ``watchfiles`` package (``pip install "xentlint[watch]"``) the
operating system reports the changes; without it the paths are polled twice a second (the
modification time and size of each file that matters).
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from .config import CACHE_DIR_NAME, DEFAULT_EXCLUDE
from .console import Console

SUFFIXES = (".py", ".ipynb")
NAMES = ("pyproject.toml", ".gitignore")
POLL_INTERVAL = 0.5
_SKIPPED_DIRECTORIES = frozenset(d for d in DEFAULT_EXCLUDE if "*" not in d)


def matters(path: str) -> bool:
    """Whether a change to ``path`` can change what a check reports (the result cache's own
    files, its ``.gitignore`` included, never do)."""
    name = os.path.basename(path)
    if CACHE_DIR_NAME in Path(path).parts:
        return False
    return name.endswith(SUFFIXES) or name in NAMES


def watch_paths(paths: Sequence[str], run: Callable[[], int], console: Console, *,
                backend: str | None = None, stop: Callable[[], bool] | None = None,
                interval: float = POLL_INTERVAL) -> int:
    """Run ``run`` now and after each change under ``paths``, until Ctrl-C (exit code 0) or
    ``stop()`` (tests). ``backend``: ``"watchfiles"`` or ``"poll"`` (default: watchfiles when
    it is installed)."""
    console.note("Watching for file changes (Ctrl-C to stop).", err=True)
    existing = [p for p in paths if os.path.exists(p)]
    try:
        watched = changes(existing, backend, stop, interval)  # (polling starts from now)
        run()
        for changed in watched:
            console.note(f"[{time.strftime('%H:%M:%S')}] {changed} changed: checking again.",
                         err=True)
            run()
    except KeyboardInterrupt:
        pass
    return 0


def changes(paths: Sequence[str], backend: str | None, stop: Callable[[], bool] | None,
            interval: float) -> Iterator[str]:
    """The name of a changed file, each time files that matter change (polling compares with
    the files as they are when this is called)."""
    if not paths:
        return iter(())
    if backend is None:
        try:
            import watchfiles  # noqa: F401 - optional
        except ImportError:
            backend = "poll"
        else:
            backend = "watchfiles"
    if backend == "watchfiles":
        return _watchfiles(paths, stop)
    return _poll(_snapshot(paths), paths, stop, interval)


def _watchfiles(paths: Sequence[str], stop: Callable[[], bool] | None) -> Iterator[str]:
    import threading

    import watchfiles

    event = threading.Event()
    for batch in watchfiles.watch(*paths, watch_filter=lambda _change, path: matters(path),
                                  stop_event=event, raise_interrupt=False,
                                  yield_on_timeout=stop is not None, rust_timeout=200):
        if stop is not None and stop():
            event.set()
            return
        if batch:
            yield _display(sorted(path for _, path in batch)[0])


def _poll(before: dict[str, tuple[int, int]], paths: Sequence[str],
          stop: Callable[[], bool] | None, interval: float) -> Iterator[str]:
    while stop is None or not stop():
        time.sleep(interval)
        now = _snapshot(paths)
        if now != before:
            changed = sorted(set(now.items()) ^ set(before.items()))
            before = now
            yield _display(changed[0][0])


def _snapshot(paths: Sequence[str]) -> dict[str, tuple[int, int]]:
    """(modification time, size) of every file that matters under ``paths``."""
    found: dict[str, tuple[int, int]] = {}

    def add(path: str) -> None:
        try:
            info = os.stat(path)
        except OSError:
            return
        found[path] = (info.st_mtime_ns, info.st_size)

    for root in paths:
        if os.path.isfile(root):
            add(root)
            continue
        for directory, subdirectories, files in os.walk(root):
            subdirectories[:] = [d for d in subdirectories if d not in _SKIPPED_DIRECTORIES]
            for name in files:
                if matters(name):
                    add(os.path.join(directory, name))
    return found


def _display(path: str) -> str:
    from .paths import display_path

    return display_path(Path(path))


__all__ = ["NAMES", "POLL_INTERVAL", "SUFFIXES", "changes", "matters", "watch_paths"]
