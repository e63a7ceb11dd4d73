"""The project a checked file belongs to: its own modules, read when the file imports them.

One :class:`~xentlint.interp.project.Project` per import roots and framework setting, kept for
the whole run (a module imported by many files is parsed and summarised once; a file changed on
disk since is read again, which keeps a long-lived process such as the LSP server current).
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
    return project


def read_module(path: Path) -> str | None:
    """An imported module's text; None when it cannot be read or decoded (then what it binds
    is unknown, never an error of the importing file)."""
    try:
        return decode_python(path.read_bytes())
    except (OSError, SourceError):
        return None


__all__ = ["LIBRARIES", "project_for", "read_module"]
