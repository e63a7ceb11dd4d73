"""The project a checked file belongs to: its own modules, read when the file imports them.

One :class:`~xentlint.interp.project.Project` per import roots and framework setting, kept for
the whole run (a module imported by many files is parsed and summarised once; a file changed on
disk since is read again, which keeps a long-lived process such as the LSP server current).
:data:`OPEN_MODULES` is what that server has open: those texts are read instead of the files.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from .. import frameworks
from ..config import Settings
from ..interp.project import Project
from .source import SourceError, decode_python

# Packages the frameworks' tables read (labels from numpy, pandas, scikit-learn): never the
# user's own modules.
LIBRARIES = frozenset(root for row in frameworks.REGISTRY for root in row.roots) | frozenset({
    "numpy", "pandas", "sklearn", "scipy"})

_PROJECTS: dict[tuple[tuple[Path, ...], frozenset[str] | None], Project] = {}

OPEN_MODULES: dict[Path, tuple[tuple[int, int], str]] = {}
"""The language server's open modules (absolute path → a stamp that changes with each version,
the text), the :data:`~xentlint.interp.project.Overlay` of every project; empty in a ``check``
run. Changed in place, one entry at a time (an analysis may be running in another thread)."""


def project_for(settings: Settings) -> Project | None:
    """The project of files with these settings; None when imports are not followed."""
    if not settings.follow_imports:
        return None
    key = (settings.import_roots, settings.frameworks)
    project = _PROJECTS.get(key)
    if project is None:
        project = _PROJECTS[key] = Project(
            settings.import_roots, read_module, frameworks.SPELLINGS, frameworks.hooks_for,
            partial(frameworks.imported, allowed=settings.frameworks), LIBRARIES)
        project.overlay = OPEN_MODULES
    return project


def read_module(path: Path) -> str | None:
    """An imported module's text; None when it cannot be read or decoded (then what it binds
    is unknown, never an error of the importing file)."""
    try:
        return decode_python(path.read_bytes())
    except (OSError, SourceError):
        return None


__all__ = ["LIBRARIES", "OPEN_MODULES", "project_for", "read_module"]
