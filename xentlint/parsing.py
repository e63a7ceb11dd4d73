"""libcst's parser, without the second check of what it built.

Every libcst node checks itself when it is made (``CSTNode.__post_init__`` runs
``_validate``): a guard for trees built by hand, which the parser's own trees, built from a
grammar it has already checked, pass by construction; libcst's own comment calls it a cost it
would rather not pay when parsing. It is about a sixth of a parse, and parsing is most of what
a check costs, so the checker's parses skip it. Syntax errors are still the parser's to find
(tests/test_parsing.py), and nodes made by hand (the fixes' edits) are checked as usual, except
in another thread while a parse runs: a check that finds bugs in code that builds trees, whose
output a fix parses again anyway.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

import libcst as cst
from libcst import CSTNode

_VALIDATING = CSTNode.__post_init__
_lock = threading.Lock()
_parses = 0  # parses running now, in any thread


def parse_module(text: str) -> cst.Module:
    """``libcst.parse_module(text)``, its nodes not checked again."""
    with _unchecked():
        return cst.parse_module(text)


def _made(node: CSTNode) -> None:
    """A node made during a parse: nothing to check."""


@contextmanager
def _unchecked() -> Iterator[None]:
    global _parses
    with _lock:
        if _parses == 0:
            CSTNode.__post_init__ = _made  # type: ignore[method-assign, assignment]
        _parses += 1
    try:
        yield
    finally:
        with _lock:
            _parses -= 1
            if _parses == 0:
                CSTNode.__post_init__ = _VALIDATING  # type: ignore[method-assign]
