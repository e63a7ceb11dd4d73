"""Room for libcst's recursive walks over deeply nested (usually generated) code."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def deep_recursion(limit: int | None = None) -> Iterator[None]:
    """libcst's code generation recurses once per nesting level: a 3,000-term expression is
    3,000 levels deep. CPython 3.11+ runs such pure-Python recursion without the C stack;
    3.10 uses the C stack for every frame, so it gets a smaller allowance."""
    if limit is None:
        limit = 30_000 if sys.version_info >= (3, 11) else 8_000
    previous = sys.getrecursionlimit()
    sys.setrecursionlimit(max(previous, limit))
    try:
        yield
    finally:
        sys.setrecursionlimit(previous)
