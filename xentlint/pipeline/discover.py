"""Which files to check: ``.py`` and ``.ipynb`` under the given paths.

Walking a directory skips what is not the project's own code: ``.gitignore``d paths, virtual
environments (any directory holding ``pyvenv.cfg`` or ``conda-meta``), the default excludes
(``.git``, ``__pycache__``, ``build``, ``dist``, ``site-packages``, ``*.egg-info``, ...) and the
config's ``exclude``/``extend-exclude``. Symbolic links to directories are not followed (no
loops, no checking a tree twice).

A path named on the command line is always checked, excluded or not (so pre-commit and editors
can check any file), unless ``--force-exclude``. What happens with odd paths:

- a path that does not exist: :class:`DiscoveryError`; the command line reports it and checks
  the other paths (exit code 2 at the end);
- a directory, even one named ``x.py``: it is walked like any directory;
- a broken symbolic link ending in ``.py``/``.ipynb`` (named or met in a walk): kept, so that
  reading it reports XL001 "broken symbolic link" instead of silently checking less;
- a directory that cannot be listed: a :class:`SourcePath` carrying ``problem``, reported as
  XL001 on that directory.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from ..config import ConfigResolver, Settings
from ..paths import display_path
from .gitignore import GitIgnore

PYTHON_SUFFIX = ".py"
NOTEBOOK_SUFFIX = ".ipynb"
_SUFFIXES = (PYTHON_SUFFIX, NOTEBOOK_SUFFIX)
_ENVIRONMENT_MARKERS = ("pyvenv.cfg", "conda-meta")


class DiscoveryError(Exception):
    """A path on the command line that cannot be checked at all (exit code 2)."""


@dataclass(frozen=True)
class SourcePath:
    path: Path
    """Absolute, symbolic links not resolved (the user's spelling of the path is kept)."""
    settings: Settings
    problem: str | None = None
    """Why the path cannot be read at all (then it is reported as XL001)."""


def discover(
    paths: Iterable[str | os.PathLike[str]],
    resolver: ConfigResolver,
    *,
    force_exclude: bool = False,
    missing: Callable[[str, str], None] | None = None,
    warn: Callable[[str], None] | None = None,
) -> list[SourcePath]:
    """Files to check under ``paths``, each with the settings that apply to it, once each.

    A path that does not exist raises :class:`DiscoveryError`, or, with ``missing``, is told
    to it (``missing(path as given, message)``) and the other paths are still discovered.
    ``warn`` is told of each ``.gitignore`` line that is skipped.
    """
    absolute = []
    for raw in paths:
        path = Path(os.path.abspath(raw))
        if not os.path.lexists(path):
            message = f"{display_path(path)}: no such file or directory"
            if missing is None:
                raise DiscoveryError(message)
            missing(os.fspath(raw), message)
            continue
        absolute.append(path)

    walker = _Walker(resolver, warn)
    found: dict[Path, SourcePath] = {}
    for path in absolute:
        is_dir = path.is_dir()
        if force_exclude and walker.is_excluded_path(path, is_dir):
            continue
        if is_dir:
            for source in walker.walk(path):
                found.setdefault(source.path, source)
        else:
            found.setdefault(path, SourcePath(path, resolver.settings_for(path)))
    return list(found.values())


def is_environment(directory: Path) -> bool:
    """A virtual environment or conda environment: never the project's own code."""
    return any((directory / marker).exists() for marker in _ENVIRONMENT_MARKERS)


class _Walker:
    def __init__(self, resolver: ConfigResolver, warn: Callable[[str], None] | None) -> None:
        self._resolver = resolver
        self._gitignore = GitIgnore(warn)

    def is_excluded_path(self, path: Path, is_dir: bool) -> bool:
        """``--force-exclude`` for a named path: the path or one of its parents is excluded."""
        if self._resolver.settings_for(path).is_excluded(path):
            return True
        if any(is_environment(d) for d in ((path, *path.parents) if is_dir else path.parents)):
            return True
        return self._gitignore.is_path_ignored(path, is_dir)

    def walk(self, top: Path) -> Iterable[SourcePath]:
        stack = [(top, self._gitignore.chain(top))]
        while stack:
            directory, chain = stack.pop()
            try:
                with os.scandir(directory) as scan:
                    entries = sorted(scan, key=lambda e: e.name)
            except OSError as error:
                problem = f"cannot list directory: {describe_os_error(directory, error)}"
                yield SourcePath(directory, self._resolver.settings_for(directory), problem)
                continue
            subdirectories = []
            for entry in entries:
                path = directory / entry.name
                is_dir = entry.is_dir(follow_symlinks=False)
                if is_dir:
                    if self._skip(path, True, chain) or is_environment(path):
                        continue
                    subdirectories.append((path, (*chain, path)))
                elif path.suffix in _SUFFIXES and (entry.is_file() or entry.is_symlink()):
                    if entry.is_symlink() and path.is_dir():
                        continue  # a link to a directory named x.py: not followed, like all links
                    if not self._skip(path, False, chain):
                        yield SourcePath(path, self._resolver.settings_for(path))
            stack.extend(reversed(subdirectories))

    def _skip(self, path: Path, is_dir: bool, chain: tuple[Path, ...]) -> bool:
        # The settings of the directory being walked decide, not those of a nested project.
        return (self._resolver.settings_for(path).is_excluded(path, entry_only=True)
                or self._gitignore.is_ignored(path, is_dir, chain))


def describe_os_error(path: Path, error: OSError) -> str:
    """``permission denied``, ``broken symbolic link (...)``: the reason, in a message's words."""
    if isinstance(error, FileNotFoundError) and path.is_symlink():
        return f"broken symbolic link (its target {os.readlink(path)!r} does not exist)"
    return (error.strerror or str(error)).lower()


__all__ = ["NOTEBOOK_SUFFIX", "PYTHON_SUFFIX", "DiscoveryError", "SourcePath", "describe_os_error",
           "discover", "is_environment"]
