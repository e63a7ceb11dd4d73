"""A small abstract interpreter over libcst: follows values through one module.

It executes statements in order with an environment of abstract values (values.py), inlines
calls to functions and classes defined in the module (calls.py), joins branches conservatively
(branches.py), and hands every call of a library API to the framework hooks (api.py). The
hooks record facts (facts.py); the interpreter itself knows nothing about any framework.

:class:`Interpreter` is the state of one run; statements.py, expressions.py and calls.py are
its behaviour, as functions over that state.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

import libcst as cst

from ..facts import Decoding, Dtype, Evidence, Fact, Facts
from . import calls, expressions, statements
from .api import Call, Hooks
from .branches import Branches, ModuleNamespace
from .lazy import LazyNames
from .names import ImportTable, Spellings, code_label
from .scope import Scope
from .values import ClassDef, Env, Function, Instance, Model, ProjectModule, Value

if TYPE_CHECKING:
    from .project import Project

# Methods that libraries call right after __init__, before any other (Ray Tune's Trainable,
# Lightning's modules): what they set on the object is there for the others.
SETUP_METHODS = frozenset({"setup"})


class Interpreter:
    def __init__(self, module: cst.Module, hooks: Hooks, spellings: Spellings,
                 imports: ImportTable | None = None, *, project: Project | None = None,
                 path: Path | None = None, active: frozenset[str] = frozenset(),
                 names: dict[str, Value] | None = None) -> None:
        self.module = module
        self.hooks = hooks
        self.spellings = spellings
        self.project = project  # the user's other modules (None: this module alone)
        self.active = active  # the frameworks whose hooks run (imports of project modules add)
        imports = imports or ImportTable.of(module, spellings)
        # (names: a module read lazily binds its names as they are read; lazy.py)
        self.main_scope = Scope(module, {} if names is None else names, imports, path)
        self.lazy_module = names is not None  # an imported module, read for its names
        self.scope = self.main_scope  # the module whose code is running
        self._copies: dict[Scope, Scope] = {}
        self.main_call: cst.Call | None = None  # the call of this module being evaluated
        self.reached: set[Path] = set()  # the project modules this run has read
        # Names of project modules this code changed (``config.NUM_CLASSES = 6``, an imported
        # ``CFG["model"]["act"] = None``): what the modules' own code reads of them here.
        self.overrides: dict[tuple[Path, str], Value] = {}
        # The models (and lists, dicts) the function call just run changed in its arguments.
        self.changed_arguments: tuple[tuple[Value, Value], ...] = ()
        self.context = _Context(self)
        self.facts = Facts()
        self.branches = Branches()
        self.stack: list[cst.FunctionDef | cst.Lambda] = []  # functions being run
        self.frames: list[Env] = []  # the names of each of those that is a def, as it runs
        self.callers: list[cst.Call | None] = []  # the call that ran each (None: nobody's)
        self.loops: list[cst.For] = []  # the for loops whose bodies are running
        # The names each function's `global` statements declare (read once per function).
        self.declared_globals: dict[cst.FunctionDef | cst.Lambda, tuple[str, ...]] = {}
        self.returns: list[list[Value]] = []  # what each of them returned so far
        self.yields: list[list[Value]] = []  # and yielded, for the generators among them
        self.evaluated: set[cst.FunctionDef | cst.Lambda] = set()
        self.constructed: dict[cst.ClassDef, Value] = {}  # the first value of each class
        # Objects of imported classes this module built with its models or losses, and where.
        self.handed: list[tuple[ClassDef, Value, cst.Call]] = []
        self.budget = calls.MAX_INLINED_CALLS
        self.depth = 0  # expression nesting
        self._labels: dict[int, str] = {}

    def run(self) -> Facts:
        self.run_top_level()
        self._run_uncalled(self.module.body)
        self._run_handed()
        return self.facts

    def run_top_level(self) -> None:
        """The module's statements in order (what importing it would run)."""
        try:
            statements.exec_block(self, self.module.body, self.globals)
        except statements.Return:  # a `return` at module level: libcst parses it, CPython would not
            pass

    # --- the module whose code runs --------------------------------------------------------

    @property
    def globals(self) -> dict[str, Value]:
        return self.scope.globals

    @property
    def imports(self) -> ImportTable:
        return self.scope.imports

    @property
    def module_namespace(self) -> ModuleNamespace:
        return self.scope.namespace

    def scope_of(self, func: Function) -> Scope:
        """Where ``func``'s names are read: the module it was defined in (this analysis's own
        copy of an imported module's names)."""
        scope = func.scope
        if scope is None and self.project is not None:
            scope = self.project.definition_scope(func.node)
        if scope is None or scope is self.main_scope:
            return self.main_scope
        copy = self._copies.get(scope)
        if copy is None:
            copy = self._copies[scope] = scope.copy()
            self._copies[copy] = copy
            if isinstance(copy.globals, LazyNames) and scope.path is not None:
                # (one module object: what the importer changed in it, its code sees, and
                # what its code changes, the importer sees)
                for (path, name), value in self.overrides.items():
                    if path == scope.path:
                        dict.__setitem__(copy.globals, name, value)
                copy.globals.on_set = partial(self._changed, scope.path)
        return copy

    def _changed(self, path: Path, name: str, value: Value) -> None:
        self.overrides[(path, name)] = value

    def set_override(self, path: Path, name: str, value: Value) -> None:
        """``config.NUM_CLASSES = 6``, ``data.encoder.fit(...)``: a name of a project module
        changed here, for this analysis (read so by that module's code too)."""
        self.overrides[(path, name)] = value
        for copy in self._copies.values():
            if copy.path == path and isinstance(copy.globals, LazyNames):
                dict.__setitem__(copy.globals, name, value)

    @contextmanager
    def entered(self, scope: Scope) -> Iterator[None]:
        outer, self.scope = self.scope, scope
        try:
            yield
        finally:
            self.scope = outer

    def project_value(self, qualname: str) -> Value | None:
        """What an import names in the user's own modules (None: not theirs)."""
        if self.project is None:
            return None
        return self._activated(self.project.lookup(qualname, self.scope.path, self))

    def override(self, name: str, value: Value) -> None:
        """A name this module imports from one of the project's was changed in place: the
        module's own code sees the change too (it is one object)."""
        target = self.imports.resolve(name)
        module_name, _, attr = (target or "").rpartition(".")
        if self.project is None or not module_name.strip(".") or not attr:
            return
        module = self.project.lookup(module_name, self.scope.path, self)
        if isinstance(module, ProjectModule):
            self.set_override(module.path, attr, value)

    def project_member(self, module: ProjectModule, name: str) -> Value | None:
        assert self.project is not None
        return self._activated(self.project.member(module, name, self))

    def library(self, qualname: str) -> Value:
        """An installed package's name, re-exported by one of the user's modules."""
        return expressions.api(self, self.spellings.canonical(qualname))

    def _activated(self, found: Value | None) -> Value | None:
        """The frameworks the modules just read import run here too (in the checked module;
        a module read for its names keeps its own, so what it binds depends only on it)."""
        assert self.project is not None
        if not self.lazy_module and not self.project.frameworks_used <= self.active:
            self.active |= self.project.frameworks_used
            self.hooks = self.project.hooks_for(self.active)
        return found

    def _run_uncalled(self, body: Iterable[cst.CSTNode]) -> None:
        """Functions nobody called here (library code, entry points) run with unknown arguments,
        so what they build and pair themselves is still checked."""
        for stmt in body:
            if isinstance(stmt, cst.FunctionDef):
                final = self.globals.get(stmt.name.value)
                if isinstance(final, Function) and final.node is not stmt:
                    continue  # (defined again before any call: a stale first version)
                calls.run_uncalled(self, Function(stmt))
            elif isinstance(stmt, cst.ClassDef):
                cls = self.globals.get(stmt.name.value)
                if not isinstance(cls, ClassDef) or cls.node is not stmt:
                    continue
                self._run_methods(cls, self.constructed.get(cls.node)
                                  or calls.construct(self, cls, None))

    def _run_methods(self, cls: ClassDef, owner: Value) -> None:
        """Each method of ``cls`` nobody called here, on ``owner`` as it was before any of
        them ran: in what order code elsewhere calls them is not known (``to_inference()``
        wrapping the model in a softmax, after training, trains nothing)."""
        instance = owner.instance if isinstance(owner, Model) else owner
        methods = [item for item in cls.node.body.body if isinstance(item, cst.FunctionDef)]
        for method in methods:  # (what a library calls right after __init__: it stays)
            if method.name.value in SETUP_METHODS:
                calls.run_uncalled(self, calls.bound_method(method, owner, cls))
        kept = dict(instance.attrs) if isinstance(instance, Instance) else None
        for method in methods:
            calls.run_uncalled(self, calls.bound_method(method, owner, cls))
            if isinstance(instance, Instance) and kept is not None:
                instance.attrs.clear()
                instance.attrs.update(kept)

    def _run_handed(self) -> None:
        """The methods nobody called here of an object of an imported class that this module
        built with its models or losses (``Trainer(model, criterion)``, its ``step`` run by
        code elsewhere) run on that object, as the class's own module cannot: reported at
        the object's construction."""
        for cls, instance, call in self.handed:
            outer, self.main_call = self.main_call, call
            try:
                self._run_methods(cls, instance)
            finally:
                self.main_call = outer

    # --- what the behaviour modules share --------------------------------------------------

    def eval(self, node: cst.BaseExpression | None, env: dict[str, Value]) -> Value:
        return expressions.evaluate(self, node, env)

    def lookup(self, name: str, env: dict[str, Value]) -> Value:
        return expressions.lookup(self, name, env)

    def binary(self, node: cst.CSTNode, operator: cst.BaseBinaryOp, left: Value,
               right: Value) -> Value:
        return expressions.binary(self, node, operator, left, right)

    def new_instance(self, cls: ClassDef) -> Instance:
        return Instance(cls, serial=self.branches.new_serial())

    def label(self, node: cst.CSTNode) -> str:
        """The user's spelling of ``node`` (a model bound to ``self.encoder`` is named so)."""
        key = id(node)
        if key not in self._labels:
            self._labels[key] = code_label(self.module, node)
        return self._labels[key]


class _Context:
    """The :class:`~xentlint.interp.api.ExtractContext` of an interpreter run."""

    def __init__(self, interp: Interpreter) -> None:
        self._interp = interp

    def evidence(self, node: cst.CSTNode) -> Evidence:
        return Evidence(node)

    def record(self, fact: Fact) -> None:
        interp = self._interp
        foreign = interp.scope is not interp.main_scope
        interp.facts.record(fact, interp.main_call if foreign else None)

    def retract(self, fact: Fact) -> None:
        self._interp.facts.retract(fact)

    def decodings_at(self, node: cst.CSTNode) -> tuple[Decoding, ...]:
        return tuple(d for d in self._interp.facts.decodings if d.evidence.node is node)

    def run_function(self, func: Function, args: tuple[Value, ...],
                     kwargs: dict[str, Value] | None = None, call: Call | None = None) -> Value:
        return calls.call_function(self._interp, func, args, kwargs or {}, call)

    def construct(self, cls: ClassDef, call: Call | None) -> Value:
        return calls.construct(self._interp, cls, call)

    def caller(self) -> cst.Call | None:
        callers = self._interp.callers
        return callers[-1] if callers else None

    def running(self) -> tuple[cst.FunctionDef | cst.Lambda, ...]:
        return tuple(self._interp.stack)

    def arguments(self) -> dict[str, Value]:
        interp = self._interp
        node = interp.stack[-1] if interp.stack else None
        if not isinstance(node, cst.FunctionDef) or not interp.frames:
            return {}
        frame, params = interp.frames[-1], node.params
        names = [p.name.value for p in (*params.posonly_params, *params.params,
                                        *params.kwonly_params)]
        return {name: frame[name] for name in names if name in frame}

    def running_module(self) -> cst.Module:
        return self._interp.scope.module

    def loops(self) -> tuple[cst.For, ...]:
        return tuple(self._interp.loops)

    def dtype_of(self, value: Value) -> Dtype | None:
        return self._interp.hooks.dtype_of(value)

    def activation_of(self, value: Value) -> str | None:
        return self._interp.hooks.activation_of(value)

    def binary(self, node: cst.CSTNode, operator: cst.BaseBinaryOp, left: Value,
               right: Value) -> Value:
        return self._interp.binary(node, operator, left, right)


__all__ = ["Interpreter"]
