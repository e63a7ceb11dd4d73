"""How a path is shown to the user: relative to the working directory when inside it.

Every report format and every error message goes through :func:`display_path`, so the same file
is always spelled the same way (formats.md: relative when inside the cwd, absolute otherwise,
always with ``/``). A name that is not valid UTF-8 (Python keeps its bytes as surrogate escapes)
is shown with each such byte as ``\\xNN``, so that every output format stays valid UTF-8 (JSON
included).
"""

from __future__ import annotations

import os
from pathlib import Path


def display_path(path: str | os.PathLike[str], cwd: str | os.PathLike[str] | None = None) -> str:
    absolute = Path(os.path.abspath(path))
    base = Path(os.path.abspath(cwd if cwd is not None else os.getcwd()))
    try:
        shown = absolute.relative_to(base).as_posix()
    except ValueError:
        shown = absolute.as_posix()
    return escape_name(shown)


def escape_name(name: str) -> str:
    """``name`` with the bytes that are not UTF-8 (surrogate escapes) written ``\\xNN``."""
    if name.isascii():
        return name
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def relative_parts(path: str | os.PathLike[str], root: str | os.PathLike[str]) -> tuple[str, ...]:
    """The components of ``path`` below ``root``; only its name when it lies outside ``root``.

    Config patterns are about the project's own layout, so directories above the project root
    (``/home/me/build/project``) never take part in matching.
    """
    absolute = Path(os.path.abspath(path))
    try:
        return absolute.relative_to(os.path.abspath(root)).parts
    except ValueError:
        return (absolute.name,)
