"""An imported module read one statement at a time, as its names are asked for.

``from .models import build_model`` needs only the ``def build_model`` statement: the module is
indexed with the standard library's parser (ten times faster than libcst), and the statement
that binds a name is parsed with libcst and run the first time the name is read. Only names
that one statement binds once are read so (functions, classes, constants, ``x = f(...)``); a
name bound twice, in a branch or a loop, or changed by another top-level statement
(``model.add(...)``, ``register(model)``) depends on the order the module runs in, and is
unknown.
"""

from __future__ import annotations

import ast
from collections.abc import Callable
from typing import Any


class ModuleIndex:
    """Where each top-level name of a module is bound: the lines of its one statement."""

    def __init__(self, text: str, tree: ast.Module) -> None:
        self.lines = text.splitlines(keepends=True)
        self.statements: dict[str, tuple[int, int]] = {}  # name -> (first line, last line)
        changed: set[str] = set()  # names a statement other than their binding one touches
        seen: set[str] = set()
        for stmt in tree.body:
            names = _bound_names(stmt)
            if names is None:  # code that runs: every name it mentions may change
                changed |= {n.id for n in ast.walk(stmt) if isinstance(n, ast.Name)}
                continue
            changed |= names & seen  # bound twice
            seen |= names
            if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                first = min([stmt.lineno, *(d.lineno for d in stmt.decorator_list)])
            else:
                first = stmt.lineno
            for name in names:
                self.statements[name] = (first, stmt.end_lineno or stmt.lineno)
        for name in changed:
            self.statements.pop(name, None)

    def source(self, name: str) -> tuple[str, int] | None:
        """The text of the statement that binds ``name``, and its first line's number."""
        span = self.statements.get(name)
        if span is None:
            return None
        first, last = span
        return "".join(self.lines[first - 1:last]), first


def _bound_names(stmt: ast.stmt) -> set[str] | None:
    """The names a top-level statement binds; None for one that does more than bind."""
    if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        return {stmt.name}
    if isinstance(stmt, (ast.Import, ast.ImportFrom, ast.Pass)):
        return set()  # (imports are read from the module's import table)
    if isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant):
        return set()  # a docstring
    if isinstance(stmt, ast.Assign) and all(isinstance(t, ast.Name) for t in stmt.targets):
        return {t.id for t in stmt.targets if isinstance(t, ast.Name)}
    if isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name):
        return {stmt.target.id} if stmt.value is not None else set()
    if isinstance(stmt, ast.If) and _is_main_guard(stmt.test):
        return set()  # the script part: importing the module does not run it
    if isinstance(stmt, (ast.If, ast.Try)) and all(
            isinstance(s, (ast.Import, ast.ImportFrom, ast.Pass)) for s in ast.walk(stmt)
            if isinstance(s, ast.stmt) and s is not stmt):
        return set()  # `if TYPE_CHECKING: import ...`, `try: import x except ImportError: ...`
    return None


def _is_main_guard(test: ast.expr) -> bool:
    return (isinstance(test, ast.Compare) and isinstance(test.left, ast.Name)
            and test.left.id == "__name__")


class LazyNames(dict[str, Any]):
    """A module's top-level names, each computed the first time it is read (``load``), or a
    copy that reads through to another such dict (what one analysis changes stays in it)."""

    def __init__(self, pending: set[str], parent: LazyNames | None = None) -> None:
        super().__init__()
        self._pending = pending
        # Runs the statement binding a name; False: not now (it stays to be read).
        self.loader: Callable[[str], bool] | None = None
        self._parent = parent

    def _ensure(self, key: str) -> None:
        if key in self._pending and self.loader is not None:
            self._pending.discard(key)
            if not self.loader(key):
                self._pending.add(key)

    def __contains__(self, key: object) -> bool:
        if not isinstance(key, str):
            return False
        self._ensure(key)
        if dict.__contains__(self, key):
            return True
        return self._parent is not None and key in self._parent

    def __getitem__(self, key: str) -> Any:
        self._ensure(key)
        if dict.__contains__(self, key):
            return dict.__getitem__(self, key)
        if self._parent is not None:
            return self._parent[key]
        raise KeyError(key)

    def get(self, key: str, default: Any = None) -> Any:
        return self[key] if key in self else default

    def child(self) -> LazyNames:
        return LazyNames(set(), parent=self)
