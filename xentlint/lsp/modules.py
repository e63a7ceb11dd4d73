"""The user's modules as the editor has them: what other documents import, and who imports them.

An open Python file is read from its buffer, not the disk, wherever another document imports
it (``from models import build`` in ``train.py`` sees the unsaved ``models.py``, as pyright
does): the buffers are :data:`~xentlint.pipeline.project.OPEN_MODULES`, each with a stamp that
changes with each edit, so the project reads it again; closed, the file is read from the disk
again. A notebook, or a document that is not a ``.py`` file on disk, is never imported.

:func:`reads` is what an analysis read of the user's other modules, transitively (the files,
and where a module was looked for in vain): when one of those changes, in a buffer or on
disk, the document is checked again.
"""

from __future__ import annotations

import itertools
import os
from pathlib import Path
from urllib.parse import urlsplit

from ..config import Settings
from ..pipeline.project import OPEN_MODULES, project_for
from .documents import path_of

_VERSIONS = itertools.count(2)  # stamps (-n, size): never a file's, nor a missing one's (-1)


def module_path(uri: str, language_id: str | None = None) -> Path | None:
    """The file a document is as a module others import; None when it cannot be one."""
    parts = urlsplit(uri)
    if parts.scheme != "file" or parts.fragment or parts.query:
        return None  # (a notebook's cell, an untitled buffer)
    if language_id and language_id.lower() != "python":
        return None
    path = path_of(uri)
    return Path(os.path.abspath(path)) if path.endswith(".py") else None


def opened(uri: str, language_id: str | None, text: str) -> Path | None:
    """The document is open with ``text`` (opened or edited): what imports it reads that."""
    path = module_path(uri, language_id)
    if path is not None:
        OPEN_MODULES[path] = ((-next(_VERSIONS), len(text)), text)
    return path


def closed(uri: str) -> Path | None:
    """The document is closed: what imports it reads the file again (None: it was not open)."""
    path = module_path(uri)
    return path if path is not None and OPEN_MODULES.pop(path, None) is not None else None


def is_open(path: Path) -> bool:
    return path in OPEN_MODULES


def reads(settings: Settings) -> frozenset[Path]:
    """What the analysis just run with ``settings`` read of the user's other modules: each
    module's file, and the files whose absence a lookup relied on (``utils.py`` created next
    to the document changes what ``import utils`` finds); none when imports are not followed."""
    project = project_for(settings)
    found: set[Path] = set()
    for kind, path, name in project.consulted() if project is not None else ():
        if kind == "file":
            found.add(path)
        elif kind == "find":  # (a namespace directory found is overtaken by a new file too)
            found |= {path / f"{name}.py", path / name / "__init__.py"}
    return frozenset(found)


__all__ = ["closed", "is_open", "module_path", "opened", "reads"]
