"""A small abstract interpreter over libcst: follows values through one module.

It executes statements in order with an environment of abstract values (values.py), inlines
calls to functions and classes defined in the module (calls.py), joins branches conservatively
(branches.py), and hands every call of a library API to the framework hooks (api.py). The
hooks record facts (facts.py); the interpreter itself knows nothing about any framework.

:class:`Interpreter` is the state of one run; statements.py, expressions.py and calls.py are
its behaviour, as functions over that state.
"""

from __future__ import annotations

from collections.abc import Iterable

import libcst as cst

from ..facts import Dtype, Evidence, Fact, Facts
from . import calls, expressions, statements
from .api import Call, Hooks
from .branches import Branches, ModuleNamespace
from .names import ImportTable, Spellings, code_label
from .values import ClassDef, Function, Instance, Value


class Interpreter:
    def __init__(self, module: cst.Module, hooks: Hooks, spellings: Spellings,
                 imports: ImportTable | None = None) -> None:
        self.module = module
        self.hooks = hooks
        self.spellings = spellings
        self.imports = imports or ImportTable.of(module, spellings)
        self.context = _Context(self)
        self.facts = Facts()
        self.globals: dict[str, Value] = {}
        self.module_namespace = ModuleNamespace(self.globals)
        self.branches = Branches()
        self.stack: list[cst.FunctionDef | cst.Lambda] = []  # functions being run
        self.returns: list[list[Value]] = []  # what each of them returned so far
        self.evaluated: set[cst.FunctionDef | cst.Lambda] = set()
        self.constructed: dict[cst.ClassDef, Value] = {}  # the first value of each class
        self.budget = calls.MAX_INLINED_CALLS
        self.depth = 0  # expression nesting
        self._labels: dict[int, str] = {}

    def run(self) -> Facts:
        try:
            statements.exec_block(self, self.module.body, self.globals)
        except statements.Return:  # a `return` at module level: libcst parses it, CPython would not
            pass
        self._run_uncalled(self.module.body)
        return self.facts

    def _run_uncalled(self, body: Iterable[cst.CSTNode]) -> None:
        """Functions nobody called here (library code, entry points) run with unknown arguments,
        so what they build and pair themselves is still checked."""
        for stmt in body:
            if isinstance(stmt, cst.FunctionDef):
                calls.run_uncalled(self, Function(stmt))
            elif isinstance(stmt, cst.ClassDef):
                cls = self.globals.get(stmt.name.value)
                if not isinstance(cls, ClassDef) or cls.node is not stmt:
                    continue
                instance = self.constructed.get(cls.node) or calls.construct(self, cls, None)
                for item in stmt.body.body:
                    if isinstance(item, cst.FunctionDef):
                        calls.run_uncalled(self, calls.bound_method(item, instance, cls))

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
        self._interp.facts.record(fact)

    def retract(self, fact: Fact) -> None:
        self._interp.facts.retract(fact)

    def run_function(self, func: Function, args: tuple[Value, ...],
                     kwargs: dict[str, Value] | None = None, call: Call | None = None) -> Value:
        return calls.call_function(self._interp, func, args, kwargs or {}, call)

    def dtype_of(self, value: Value) -> Dtype | None:
        return self._interp.hooks.dtype_of(value)

    def activation_of(self, value: Value) -> str | None:
        return self._interp.hooks.activation_of(value)


__all__ = ["Interpreter"]
