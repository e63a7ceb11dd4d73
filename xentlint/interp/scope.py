"""A module's namespace: where the code of one module looks its names up.

The module being checked has one; so has every project module it imports (project.py). A
function keeps the scope it was defined in, so ``build_model()`` imported from ``models.py``
reads ``models.py``'s names and imports when it runs, wherever it is called from.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import libcst as cst

from .branches import ModuleNamespace
from .lazy import LazyNames

if TYPE_CHECKING:
    from .names import ImportTable
    from .values import Value


class Scope:
    """A module's top-level names (``globals``) and its imports."""

    def __init__(self, module: cst.Module, names: dict[str, Value], imports: ImportTable,
                 path: Path | None) -> None:
        self.module = module
        self.globals = names
        self.imports = imports
        self.path = path  # None: code with no file (stdin)
        self.namespace = ModuleNamespace(names)  # the globals as an owner, for branch journals

    def copy(self) -> Scope:
        """The same module with its own names: what one analysis changes in an imported
        module (a helper rebinding its module-level model) stays in that analysis."""
        names = self.globals.child() if isinstance(self.globals, LazyNames) else dict(self.globals)
        return Scope(self.module, names, self.imports, self.path)

    def __repr__(self) -> str:
        return f"Scope({self.path})"
