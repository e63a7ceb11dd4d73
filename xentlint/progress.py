"""The progress line of a long run: ``Checking files: 1204/2860`` on stderr, rewritten in place.

Only on a terminal (never in CI, a pipe or a file), and only once a run has lasted
:data:`DELAY` seconds, so a quick check never flickers; at most :data:`INTERVAL` apart; erased
when the run ends, so the report that follows starts on a clean line.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import TextIO

DELAY = 0.25
INTERVAL = 0.1
_ERASE = "\r\x1b[2K"


class ProgressLine:
    """Told ``(done, total)`` as files are done (a ``run.Progress``)."""

    def __init__(self, stream: TextIO | None = None, *, delay: float = DELAY,
                 interval: float = INTERVAL,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self._stream = stream if stream is not None else sys.stderr
        self._clock = clock
        self._start = clock() + delay
        self._interval = interval
        self._shown_at: float | None = None

    @staticmethod
    def wanted(stream: TextIO | None = None) -> bool:
        """Whether ``stream`` (default stderr) is a terminal."""
        stream = stream if stream is not None else sys.stderr
        try:
            return stream.isatty()
        except (AttributeError, ValueError):  # closed, or not a real file
            return False

    def __call__(self, done: int, total: int) -> None:
        now = self._clock()
        if done >= total or now < self._start:
            return
        if self._shown_at is not None and now - self._shown_at < self._interval:
            return
        self._shown_at = now
        self._write(f"{_ERASE}Checking files: {done}/{total}")

    def close(self) -> None:
        """Erase the line (if it was ever shown)."""
        if self._shown_at is not None:
            self._shown_at = None
            self._write(_ERASE)

    def _write(self, text: str) -> None:
        try:
            self._stream.write(text)
            self._stream.flush()
        except (OSError, ValueError):
            pass


__all__ = ["DELAY", "INTERVAL", "ProgressLine"]
