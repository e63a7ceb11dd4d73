"""Glob patterns for ``exclude``, ``per-file-ignores`` and ``.gitignore``, matched as git does.

One translation to regular expressions, with git's own rules (wildmatch, ``WM_PATHNAME``):
``*`` and ``?`` never cross a ``/``; ``**`` spans directories only as a whole path component
(``**/x``, ``x/**``, ``a/**/b``), elsewhere it is a plain ``*``; a bracket expression
(``[a-z]``, ``[!0-9]``, ``[]x]``, ``[[:alpha:]]``) never matches ``/``, its first ``]`` is a
member, each range also holds its first character (git's ``[z-a]`` matches ``z``), and POSIX
classes are ASCII as in git.

A pattern git can never match (an unclosed ``[``, an unknown POSIX class, a trailing
backslash) raises :class:`GlobError`, and so does, for the config's patterns only
(``strict``), a reversed range: git drops such ``.gitignore`` lines silently, but a typo in the
config must never silently match nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

# wildmatch's POSIX classes, ASCII only (git's ctype is locale-independent).
_POSIX_CLASSES: dict[str, tuple[tuple[str, str], ...]] = {
    "alnum": (("0", "9"), ("A", "Z"), ("a", "z")),
    "alpha": (("A", "Z"), ("a", "z")),
    "blank": ((" ", " "), ("\t", "\t")),
    "cntrl": (("\x00", "\x1f"), ("\x7f", "\x7f")),
    "digit": (("0", "9"),),
    "graph": (("!", "~"),),
    "lower": (("a", "z"),),
    "print": ((" ", "~"),),
    "punct": (("!", "/"), (":", "@"), ("[", "`"), ("{", "~")),
    "space": (("\t", "\n"), ("\r", "\r"), (" ", " ")),
    "upper": (("A", "Z"),),
    "xdigit": (("0", "9"), ("A", "F"), ("a", "f")),
}


class GlobError(ValueError):
    """A pattern that cannot match as written; the message says why, in a few words."""


def translate(pattern: str, *, strict: bool = False) -> str:
    """Regex source (without anchors) for a ``/``-separated glob pattern.

    Raises :class:`GlobError` for a pattern that can never match (and, when ``strict``, for a
    reversed range).
    """
    out: list[str] = []
    i, n = 0, len(pattern)
    while i < n:
        c = pattern[i]
        if c == "*":
            end = i
            while end < n and pattern[end] == "*":
                end += 1
            whole = (i == 0 or pattern[i - 1] == "/") and (
                end == n or pattern[end] == "/" or pattern.startswith("\\/", end))
            if end - i >= 2 and whole:
                if end < n:  # "**/": zero or more directories
                    out.append("(?:.*/)?")
                    end += 2 if pattern[end] == "\\" else 1
                else:
                    out.append(".*")
            else:
                out.append("[^/]*")
            i = end
            continue
        if c == "?":
            out.append("[^/]")
        elif c == "[":
            piece, i = _bracket(pattern, i, strict)
            out.append(piece)
            continue
        elif c == "\\":
            if i + 1 == n:
                raise GlobError("it ends with a lone backslash")
            i += 1
            out.append(re.escape(pattern[i]))
        else:
            out.append(re.escape(c))
        i += 1
    return "".join(out)


def _bracket(pattern: str, start: int, strict: bool) -> tuple[str, int]:
    """(regex, index after the expression) for the bracket expression at ``start``."""
    i = start + 1
    negated = pattern[i : i + 1] in ("!", "^")
    if negated:
        i += 1
    ranges: list[tuple[str, str]] = []
    previous: str | None = None  # a member that may start a range
    first = True
    while True:
        if i >= len(pattern):
            raise GlobError(f"the `[` at position {start + 1} is never closed")
        c = pattern[i]
        if c == "]" and not first:
            break
        first = False
        if c == "\\":
            i += 1
            if i >= len(pattern):
                raise GlobError(f"the `[` at position {start + 1} is never closed")
            previous = pattern[i]
            ranges.append((previous, previous))
        elif (c == "-" and previous is not None and i + 1 < len(pattern)
              and pattern[i + 1] != "]"):
            i += 1
            if pattern[i] == "\\":
                i += 1
                if i >= len(pattern):
                    raise GlobError(f"the `[` at position {start + 1} is never closed")
            low, high = previous, pattern[i]
            if low <= high:
                ranges.append((low, high))
            elif strict:
                raise GlobError(f"the range `{low}-{high}` is reversed")
            previous = None
        elif c == "[" and pattern[i + 1 : i + 2] == ":":
            close = pattern.find("]", i + 2)
            if close == -1:
                raise GlobError(f"the `[` at position {start + 1} is never closed")
            name = pattern[i + 2 : close]
            if not name.endswith(":"):  # no ":]": the "[" is a member like any other
                previous = "["
                ranges.append(("[", "["))
                i += 1
                continue
            if name[:-1] not in _POSIX_CLASSES:
                raise GlobError(f"`[:{name}]` is not a character class (alnum, alpha, blank, "
                                "cntrl, digit, graph, lower, print, punct, space, upper, xdigit)")
            ranges.extend(_POSIX_CLASSES[name[:-1]])
            previous = None
            i = close
        else:
            previous = c
            ranges.append((c, c))
        i += 1
    body = "".join(re.escape(low) if low == high else f"{re.escape(low)}-{re.escape(high)}"
                   for low, high in ranges)
    if negated:
        return f"[^/{body}]", i + 1
    return (f"(?!/)[{body}]" if body else "(?!)"), i + 1


@lru_cache(maxsize=1024)
def compile_glob(pattern: str, strict: bool = False) -> re.Pattern[str]:
    """The compiled pattern (see :func:`translate`); raises :class:`GlobError`."""
    return re.compile(translate(pattern, strict=strict) + r"\Z", re.DOTALL)


def check_glob(pattern: str) -> None:
    """Raise :class:`GlobError` if a config pattern is not valid (see :class:`PathPattern`)."""
    compile_glob(_normalise(pattern)[0], strict=True)


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
        regex = compile_glob(glob, strict=True)
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
