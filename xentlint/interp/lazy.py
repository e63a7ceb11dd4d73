"""An imported module read one statement at a time, as its names are asked for.

``from .models import build_model`` needs only the ``def build_model`` statement: the module is
indexed with the standard library's parser (ten times faster than libcst), and the statements
that make a name are parsed with libcst and run the first time the name is read. Most names are
made by the one statement that binds them (functions, classes, constants, ``x = f(...)``). A
name that later top-level statements change (``encoder.fit(CLASSES)``, ``MODELS["mlp"] = MLP``,
a class registered by a decorator of the module that writes into ``MODELS``, a second binding,
a branch or a loop) is made by the module's statements up to the last of them, run in the
module's order, so that each reads the others as they stand at that point
(``encoder.fit(CLASSES)`` sees ``CLASSES`` before a later ``CLASSES.append``); each statement
runs once, whichever name asks for it first. A name needing more than :data:`MAX_SLICE`
statements is unknown.
"""

from __future__ import annotations

import ast
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import libcst as cst

from .names import ImportTable

if TYPE_CHECKING:
    from .spellings import Spellings

MAX_SLICE = 64  # statements that make one name (a registry of 60 decorated classes is read)
MAX_STATEMENT_CHARS = 20_000  # a statement read alone (a class of a library's size is not)

Span = tuple[int, int]  # a top-level statement's first and last line
Function = ast.FunctionDef | ast.AsyncFunctionDef


class ModuleIndex:
    """Which top-level statements make each name of a module, in the order they run."""

    def __init__(self, text: str, tree: ast.Module) -> None:
        self.lines = text.splitlines(keepends=True)
        self.slices: dict[str, list[Span]] = {}  # name -> the statements that make it
        helpers: dict[str, Function] = {}  # the top-level functions (decorators among them)
        imported: set[str] = set()  # (a registry imported and filled here: MODELS["a"] = A)
        for stmt in tree.body:
            made = _bound_names(stmt)
            changed: set[str] = set()
            if made is None:  # code that runs: every name it mentions may change
                touched = {n.id for n in ast.walk(stmt) if isinstance(n, ast.Name)}
                made = {n.id for n in ast.walk(stmt)
                        if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)}
                changed = _items_set(stmt) & imported
            else:
                touched = _registered_into(stmt, helpers)
            if isinstance(stmt, ast.ImportFrom):
                imported.update(alias.asname or alias.name for alias in stmt.names)
            if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)):
                helpers[stmt.name] = stmt  # (what it reads: only when it decorates)
            span = _span(stmt)
            for name in made | changed | {t for t in touched if t in self.slices}:
                if span not in (spans := self.slices.setdefault(name, [])):
                    spans.append(span)
        for name in [n for n, spans in self.slices.items() if len(spans) > MAX_SLICE]:
            del self.slices[name]
        # (every statement that makes a name, in the order the module runs them)
        self.order = sorted({span for spans in self.slices.values() for span in spans})

    def text(self, span: Span) -> str:
        first, last = span
        return "".join(self.lines[first - 1:last])


class ModuleSource:
    """A module's text, indexed, its imports, and the statements of it read so far (its
    standard-library tree is not kept: it is larger than the text many times over)."""

    def __init__(self, text: str, tree: ast.Module, spellings: Spellings) -> None:
        self.index = ModuleIndex(text, tree)
        self.imports = ImportTable.of_ast(tree, spellings)
        self.snippets: list[tuple[cst.Module, int]] = []  # (statement, lines before it)
        self.ran: set[int] = set()  # the first lines of the statements run (each runs once)
        # The first lines of the statements running, innermost last: a changed name read
        # meanwhile is made only of the statements before (as the module stands there).
        self.running: list[int] = []

    def make(self, name: str, run: Callable[[str, int], None]) -> bool:
        """Have ``run`` (text, first line) run the statements that make ``name`` that have not
        run: the one that binds it, or, for a name that later statements change, every
        statement up to the last of them, in order; read while a statement runs, only those
        before it (``encoder.fit(CLASSES)`` sees ``CLASSES`` as it stands there). False:
        made only in part (the rest when it is read again)."""
        spans = self.index.slices.get(name, [])
        if not spans:
            return True
        if len(spans) == 1:
            self._run_once(spans[0], run)
            return True
        if any(len(self.index.text(span)) > MAX_STATEMENT_CHARS for span in spans):
            return True  # (a class of a library's size changes it: unknown, not known in part)
        limit = self.running[-1] if self.running else None
        for span in self.index.order:
            if span[0] > spans[-1][0] or limit is not None and span[0] >= limit:
                break
            self._run_once(span, run)
        return limit is None or spans[-1][0] < limit

    def _run_once(self, span: Span, run: Callable[[str, int], None]) -> None:
        text = self.index.text(span)
        if span[0] not in self.ran and len(text) <= MAX_STATEMENT_CHARS:
            self.ran.add(span[0])  # (a class of a library's size is not run: unknown)
            self.running.append(span[0])
            try:
                run(text, span[0])
            finally:
                self.running.pop()

    @classmethod
    def of(cls, text: str, spellings: Spellings) -> ModuleSource | None:
        if "\0" in text:
            return None
        try:
            return cls(text, ast.parse(text), spellings)
        except (SyntaxError, ValueError, RecursionError, MemoryError):
            return None


def _span(stmt: ast.stmt) -> Span:
    first = stmt.lineno
    if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        first = min([first, *(d.lineno for d in stmt.decorator_list)])
    return first, stmt.end_lineno or stmt.lineno


def _items_set(stmt: ast.stmt) -> set[str]:
    """The names whose items a statement sets (``MODELS["mlp"] = MLP``)."""
    targets = stmt.targets if isinstance(stmt, ast.Assign) else []
    return {t.value.id for t in targets
            if isinstance(t, ast.Subscript) and isinstance(t.value, ast.Name)}


def _registered_into(stmt: ast.stmt, helpers: dict[str, Function]) -> set[str]:
    """What a definition's decorators may change: the names that a decorator of the module
    reads (``MODELS`` in ``def register(name): ... MODELS[name] = cls``), or the object whose
    method decorates (``@REGISTRY.register()``)."""
    if not isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        return set()
    touched: set[str] = set()
    for decorator in stmt.decorator_list:
        root = decorator.func if isinstance(decorator, ast.Call) else decorator
        while isinstance(root, (ast.Attribute, ast.Call)):
            root = root.value if isinstance(root, ast.Attribute) else root.func
        if isinstance(root, ast.Name):
            helper = helpers.get(root.id)
            touched |= (_free_names(helper) if helper is not None
                        else {root.id} if root is not decorator else set())
    return touched


def _free_names(function: Function) -> set[str]:
    """The names a function's body reads that it does not bind itself (the module's)."""
    nodes = list(ast.walk(function))
    local = {a.arg for n in nodes if isinstance(n, ast.arguments)
             for a in (*n.posonlyargs, *n.args, *n.kwonlyargs, n.vararg, n.kwarg) if a}
    local |= {n.id for n in nodes if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)}
    local -= {name for n in nodes if isinstance(n, ast.Global) for name in n.names}
    return {n.id for n in nodes if isinstance(n, ast.Name)} - local


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
        self.on_set: Callable[[str, Any], None] | None = None  # told of each name rebound

    def __setitem__(self, key: str, value: Any) -> None:
        super().__setitem__(key, value)
        if self.on_set is not None:
            self.on_set(key, value)

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
