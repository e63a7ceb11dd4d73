"""How a path is shown to the user: relative to the working directory when inside it.

Every report format and every error message goes through :func:`display_path`, so the same file
is always spelled the same way (formats.md: relative when inside the cwd, absolute otherwise,
always with ``/``).
"""

from __future__ import annotations

import os
from pathlib import Path


def display_path(path: str | os.PathLike[str], cwd: str | os.PathLike[str] | None = None) -> str:
    absolute = Path(os.path.abspath(path))
    base = Path(os.path.abspath(cwd if cwd is not None else os.getcwd()))
    try:
        relative = absolute.relative_to(base)
    except ValueError:
        return absolute.as_posix()
    return relative.as_posix()


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
