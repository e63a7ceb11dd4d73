"""Where a module is on disk: the directories an import is looked for in, the module a name
finds in one of them, and the file that binds a module's names. Read by the project
(project.py) and by the cache, which asks the same questions again to tell whether a stored
result still holds."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from .values import ProjectModule

if TYPE_CHECKING:
    from .project import Overlay


def package_of(importer: Path, dots: int) -> Path:
    """The package a relative import with ``dots`` dots starts from."""
    parents = absolute(importer).parents
    return parents[min(dots, len(parents)) - 1]


def search_order(importer: Path | None, written: Iterable[str],
                 roots: tuple[Path, ...]) -> tuple[Path, ...]:
    """The directories an import of ``importer`` is looked for in, in order: its own (see
    below), those its code adds to ``sys.path`` (``written``), then the configured roots."""
    if importer is None:
        return roots
    added = (absolute(absolute(importer).parent / path) for path in written)
    return tuple(dict.fromkeys((*_importer_roots(importer), *(d for d in added if d.is_dir()),
                                *roots)))


def _importer_roots(importer: Path) -> tuple[Path, ...]:
    """Where a module's imports are looked for before the project's roots: its directory (a
    script's is on ``sys.path``), and the directory of the outermost package that holds it
    (each directory up to it has an ``__init__.py``): a module of a package imports it by its
    own name (``from pkg import load`` in pkg/train.py), found from where ``python -m
    pkg.train`` runs, whatever the cwd."""
    directory = absolute(importer).parent
    above = directory  # the first directory up that is no package
    while (above / "__init__.py").is_file() and above.parent != above:
        above = above.parent
    found = (directory,) if above == directory else (directory, above)
    return (*found, *_installed_roots(above))


PROJECT_FILES = ("pyproject.toml", "setup.py", "setup.cfg")


def _installed_roots(directory: Path) -> tuple[Path, ...]:
    """The roots of the project (the nearest directory up with a ``pyproject.toml``,
    ``setup.py`` or ``setup.cfg``) that holds ``directory``: itself and its ``src/``, where
    an installed package of a ``src/`` layout is imported from (``import pkg`` in a script at
    the top, pkg in src/pkg/), whatever the directory xentlint runs in."""
    for candidate in (directory, *directory.parents):
        if any((candidate / name).is_file() for name in PROJECT_FILES):
            return tuple(root for root in (candidate, candidate / "src") if root.is_dir())
    return ()


def find_module(directory: Path, name: str, overlay: Overlay | None = None) -> Path | None:
    """The module ``import name`` finds in ``directory``: a package (with an ``__init__.py``,
    else a namespace directory), else ``name.py`` (on disk, or only in the ``overlay``: a new
    module an editor has not saved yet); None when there is none."""
    file, package = directory / f"{name}.py", directory / name
    return (package if (package / "__init__.py").is_file()
            else file if file.is_file() or overlay and file in overlay
            else package if package.is_dir() and name.isidentifier()
            else None)


def module_code(module: Path) -> Path | None:
    """The file that binds the names of the module at ``module`` (ProjectModule.code)."""
    code = ProjectModule(module).code
    return absolute(code) if code is not None else None


def absolute(path: Path) -> Path:
    """An absolute, normalised path, without resolve()'s system calls for every part."""
    return Path(os.path.abspath(path))
