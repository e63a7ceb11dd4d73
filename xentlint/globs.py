"""Glob patterns for ``exclude`` and ``per-file-ignores`` (and the pieces ``.gitignore`` shares).

One translation to regular expressions, so ``*``, ``?``, ``[...]`` and ``**`` mean the same
everywhere: ``*`` and ``?`` never cross a ``/``, ``**`` spans directories.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache


def translate(pattern: str) -> str:
    """Regex source (without anchors) for a ``/``-separated glob pattern."""
    out: list[str] = []
    i, n = 0, len(pattern)
    while i < n:
        c = pattern[i]
        if pattern.startswith("**", i):
            at_start = i == 0 or pattern[i - 1] == "/"
            after = pattern[i + 2 : i + 3]
            if at_start and after == "/":  # "**/" : zero or more directories
                out.append("(?:[^/]*/)*")
                i += 3
                continue
            out.append(".*")
            i += 2
            continue
        if c == "*":
            out.append("[^/]*")
        elif c == "?":
            out.append("[^/]")
        elif c == "[":
            end = pattern.find("]", i + 2 if pattern[i + 1 : i + 2] in ("!", "^") else i + 1)
            if end == -1:
                out.append(re.escape(c))
            else:
                body = pattern[i + 1 : end]
                if body[:1] in ("!", "^"):
                    body = "^" + body[1:]
                out.append("[" + body.replace("\\", "\\\\") + "]")
                i = end
        elif c == "\\" and i + 1 < n:
            i += 1
            out.append(re.escape(pattern[i]))
        else:
            out.append(re.escape(c))
        i += 1
    return "".join(out)


@lru_cache(maxsize=1024)
def compile_glob(pattern: str) -> re.Pattern[str]:
    return re.compile(translate(pattern) + r"\Z", re.DOTALL)


@dataclass(frozen=True)
class PathPattern:
    """A config glob, matched like ruff's ``exclude``.

    A pattern without ``/`` (``build``, ``*.egg-info``, ``test_*.py``) matches any single path
    component, so it excludes a directory wherever it is. A pattern with ``/`` (``src/legacy``,
    ``tests/**/*.py``) is anchored at the project root (the directory of the config file) and
    matches the path or any of its parent directories.
    """

    pattern: str

    def matches(self, parts: tuple[str, ...], *, entry_only: bool = False) -> bool:
        """Whether the path (components below the root) or a parent directory of it matches.

        ``entry_only`` tests the path itself and not its parents: a directory walk has vetted the
        parents already, and a directory named on the command line is entered on purpose.
        """
        if not parts:
            return False
        glob, anchored = _normalise(self.pattern)
        regex = compile_glob(glob)
        if not anchored:
            candidates = parts[-1:] if entry_only else parts
            return any(regex.match(part) for part in candidates)
        if entry_only:
            return bool(regex.match("/".join(parts)))
        return any(regex.match("/".join(parts[:k])) for k in range(1, len(parts) + 1))


@lru_cache(maxsize=1024)
def _normalise(pattern: str) -> tuple[str, bool]:
    """(glob, anchored): ``./x`` and ``/x`` are anchored like ``a/b``; a trailing ``/`` is not."""
    text = pattern.strip()
    if text.startswith("./"):
        text = text[2:]
    text = text.rstrip("/")
    return text.lstrip("/"), "/" in text
