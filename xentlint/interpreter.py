"""A small abstract interpreter over libcst: follows values through one module.

It executes statements in order with an environment of abstract values (values.py), inlines
calls to functions and classes defined in the module (with their actual arguments, to a fixed
depth), joins branches conservatively, and hands every call of a library API to the framework
handlers (extract/). The handlers record facts (facts.py); the interpreter itself knows nothing
about Keras or losses.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, fields, replace

import libcst as cst

from .facts import Evidence, Facts
from .names import ImportTable, canonical
from .recursion import deep_recursion
from .values import (
    UNKNOWN, ApiRef, BoundMethod, ClassDef, Const, Dict, Function, Instance, Model, Seq,
    Value, join,
)

MAX_CALL_DEPTH = 6
# Calls inlined per module, at most: fan-out * depth can otherwise grow exponentially.
MAX_INLINED_CALLS = 2000
# Expression nesting evaluated, at most: deeper (generated) expressions are unknown.
MAX_EXPRESSION_DEPTH = 120
_LABEL_WIDTH = 60

_BINOPS: dict[type, Callable] = {
    cst.Add: operator.add, cst.Subtract: operator.sub, cst.Multiply: operator.mul,
    cst.FloorDivide: operator.floordiv, cst.Divide: operator.truediv, cst.Power: operator.pow,
}
_BUILTINS = frozenset({"len", "range", "int", "float", "list", "tuple", "print", "round",
                       "zip", "enumerate", "sorted", "dict", "set", "str", "bool", "super",
                       "isinstance", "min", "max", "sum", "abs"})


@dataclass(frozen=True)
class Call:
    """A call as the handlers see it: evaluated arguments plus their nodes."""

    node: cst.Call
    args: tuple[Value, ...]
    kwargs: dict[str, Value] = field(hash=False)
    arg_nodes: tuple[cst.Arg, ...]
    qualname: str = ""  # the library API being called, when it is one

    def arg(self, index: int, name: str, default: Value = UNKNOWN) -> Value:
        """The argument for parameter ``name`` at position ``index``; its default only when
        no ``*args`` / ``**kwargs`` could be supplying it."""
        if name in self.kwargs:
            return self.kwargs[name]
        if 0 <= index < self._leading_positional:
            return self.args[index]
        if self.has_star_args:
            return UNKNOWN
        if 0 <= index < len(self.args):
            return self.args[index]
        return default

    def has(self, index: int, name: str) -> bool:
        return name in self.kwargs or 0 <= index < len(self.args) or self.has_star_args

    @property
    def _leading_positional(self) -> int:
        """Positional arguments before the first ``*`` / ``**``: their positions are sure."""
        count = 0
        for arg in self.arg_nodes:
            if arg.star:
                return count
            if arg.keyword is None:
                count += 1
        return len(self.args)

    def arg_node(self, index: int, name: str) -> cst.BaseExpression | None:
        positional = 0
        for arg in self.arg_nodes:
            if arg.keyword is not None:
                if arg.keyword.value == name:
                    return arg.value
            elif arg.star == "":
                if positional == index:
                    return arg.value
                positional += 1
        return None

    @property
    def has_star_args(self) -> bool:
        return any(a.star for a in self.arg_nodes)


@dataclass(frozen=True)
class MethodResult:
    """What a method handler returns: the call's value, and the receiver's new value if the
    method changed it (``model.compile`` returns None but configures ``model``)."""

    value: Value
    receiver: Value | None = None


FunctionHandler = Callable[["Interpreter", Call], Value]
MethodHandler = Callable[["Interpreter", Value, Call], "MethodResult | Value | None"]
AttributeHandler = Callable[["Interpreter", Value, str], "Value | None"]


@dataclass
class Handlers:
    """What the framework extractors contribute: functions by qualname, and hooks."""

    functions: dict[str, FunctionHandler] = field(default_factory=dict)
    prefixes: list[tuple[str, FunctionHandler]] = field(default_factory=list)
    methods: list[MethodHandler] = field(default_factory=list)
    attributes: list[AttributeHandler] = field(default_factory=list)
    class_bases: list[Callable[["Interpreter", ClassDef, Instance, "Call | None"], Value | None]] = field(
        default_factory=list)
    callables: list[Callable[["Interpreter", Value, Call], Value | None]] = field(default_factory=list)
    binary: list[Callable[["Interpreter", cst.CSTNode, cst.BaseBinaryOp, Value, Value], Value | None]] = field(
        default_factory=list)
    negation: list[Callable[["Interpreter", cst.UnaryOperation, Value], Value | None]] = field(
        default_factory=list)
    comparisons: list[Callable[["Interpreter", cst.Comparison, Value, str, Value], None]] = field(
        default_factory=list)
    subscripts: list[Callable[["Interpreter", Value, cst.Subscript, tuple[Value, ...]], Value | None]] = field(
        default_factory=list)
    iteration: list[Callable[["Interpreter", Value], Value | None]] = field(default_factory=list)
    # ``owner.attr = value`` on a library object: the owner's new value (``model.fc = ...``).
    attribute_assignments: list[Callable[["Interpreter", Value, str, Value], Value | None]] = field(
        default_factory=list)

    def on(self, names: Iterable[str], handler: FunctionHandler) -> None:
        """Call ``handler`` for every API named in ``names`` (a knowledge table's keys)."""
        for name in names:
            self.functions[name] = handler

    def extend(self, other: "Handlers") -> None:
        """Add another extractor's handlers: its functions, and every hook list (all fields but
        ``functions`` are lists, so a new kind of hook cannot be forgotten here)."""
        self.functions.update(other.functions)
        for hooks in fields(self):
            if hooks.name != "functions":
                getattr(self, hooks.name).extend(getattr(other, hooks.name))

    def function(self, qualname: str) -> FunctionHandler | None:
        handler = self.functions.get(qualname)
        if handler is not None:
            return handler
        for prefix, prefix_handler in self.prefixes:
            if qualname.startswith(prefix):
                return prefix_handler
        return None


class _Return(Exception):
    pass


class _ModuleNamespace:
    """The module's globals seen as an object with attributes, for the branch journals."""

    serial = -1  # older than every branch

    def __init__(self, names: dict[str, Value]) -> None:
        self.attrs = names


class _BranchEnv(dict):
    """A branch's copy of the environment that remembers which names the branch rebinds, so
    joining costs what the branches changed, not the size of the module."""

    def __init__(self, base: dict[str, Value]) -> None:
        super().__init__(base)
        self.changed: set[str] = set()

    def __setitem__(self, key: str, value: Value) -> None:
        self.changed.add(key)
        super().__setitem__(key, value)

    def pop(self, key: str, *default):
        self.changed.add(key)
        return super().pop(key, *default)


class Interpreter:
    def __init__(self, module: cst.Module, handlers: Handlers) -> None:
        self.module = module
        self.imports = ImportTable.of(module)
        self.handlers = handlers
        self.facts = Facts()
        self.globals: dict[str, Value] = {}
        self._stack: list[cst.FunctionDef] = []
        self._returns: list[list[Value]] = []
        self._evaluated: set[cst.FunctionDef] = set()
        self._constructed: dict[cst.ClassDef, Value] = {}  # the first value of each class
        # Branch journals: per open branch, the instances it wrote to (with their state before
        # it), and how many instances existed when it started (newer ones are its own).
        self._journals: list[tuple[dict[int, tuple[Instance, dict[str, Value]]], int]] = []
        self._created = 0
        # The module's globals as a namespace the branch journals can snapshot and restore.
        self._module_namespace = _ModuleNamespace(self.globals)
        self._budget = MAX_INLINED_CALLS
        self._depth = 0
        self._labels: dict[int, str] = {}

    # --- entry --------------------------------------------------------------------------

    def run(self) -> Facts:
        try:
            self.exec_block(self.module.body, self.globals)
        except _Return:  # a `return` at module level: libcst parses it, CPython would not
            pass
        self._run_uncalled(self.module.body)
        return self.facts

    def _run_uncalled(self, body: Iterable[cst.CSTNode]) -> None:
        """Functions nobody called here (library code, entry points) run with unknown arguments,
        so what they build and pair themselves is still checked."""
        for stmt in body:
            if isinstance(stmt, cst.FunctionDef) and stmt not in self._evaluated:
                self.call_function(Function(stmt), (), {}, None,
                                   defaults_known=False)
            elif isinstance(stmt, cst.ClassDef):
                cls = self.globals.get(stmt.name.value)
                if not isinstance(cls, ClassDef) or cls.node is not stmt:
                    continue
                instance = self._instance_for(cls)
                for item in stmt.body.body:
                    if isinstance(item, cst.FunctionDef) and item not in self._evaluated:
                        self.call_function(bound_method(item, instance, cls), (), {}, None,
                                           defaults_known=False)

    def _instance_for(self, cls: ClassDef) -> Value:
        """``self`` for running a method on its own: what constructing the class gave, or a new
        instance whose ``__init__`` ran with unknown arguments."""
        return self._constructed.get(cls.node) or self.construct(cls, None)

    # --- helpers for handlers -----------------------------------------------------------

    def evidence(self, node: cst.CSTNode) -> Evidence:
        return Evidence(node, self.label)

    def label(self, node: cst.CSTNode) -> str:
        key = id(node)
        if key not in self._labels:
            with deep_recursion():
                text = " ".join(self.module.code_for_node(node).split())
            if len(text) > _LABEL_WIDTH:
                text = text[: _LABEL_WIDTH - 3] + "..."
            self._labels[key] = text
        return self._labels[key]

    # --- statements ---------------------------------------------------------------------

    def exec_block(self, body: Iterable[cst.CSTNode], env: dict[str, Value]) -> None:
        for stmt in body:
            self.exec_stmt(stmt, env)

    def exec_stmt(self, stmt: cst.CSTNode, env: dict[str, Value]) -> None:
        if isinstance(stmt, cst.SimpleStatementLine):
            for small in stmt.body:
                self.exec_small(small, env)
        elif isinstance(stmt, cst.BaseSmallStatement):  # the body of `if x: y = 1`
            self.exec_small(stmt, env)
        elif isinstance(stmt, cst.FunctionDef):
            env[stmt.name.value] = Function(stmt)
        elif isinstance(stmt, cst.ClassDef):
            bases = tuple(self.eval(arg.value, env) for arg in stmt.bases)
            env[stmt.name.value] = ClassDef(stmt, bases)
        elif isinstance(stmt, cst.If):
            self.exec_if(stmt, env)
        elif isinstance(stmt, (cst.For, cst.While)):
            self.exec_loop(stmt, env)
        elif isinstance(stmt, cst.With):
            for item in stmt.items:
                value = self.eval(item.item, env)
                if item.asname is not None:
                    self.bind(item.asname.name, value, env)
            self.exec_block(stmt.body.body, env)
        elif isinstance(stmt, cst.Try):
            self.exec_try(stmt, env)
        elif isinstance(stmt, cst.Match):
            self.eval(stmt.subject, env)
            cases = [lambda e, c=c: self.exec_block(c.body.body, e) for c in stmt.cases]
            self.run_branches(env, [*cases, lambda e: None])
        elif isinstance(stmt, cst.IndentedBlock):
            self.exec_block(stmt.body, env)

    def exec_small(self, small: cst.BaseSmallStatement, env: dict[str, Value]) -> None:
        if isinstance(small, cst.Assign):
            value = self.eval(small.value, env)
            for target in small.targets:
                self.bind(target.target, value, env)
        elif isinstance(small, cst.AnnAssign):
            if small.value is not None:
                self.bind(small.target, self.eval(small.value, env), env)
        elif isinstance(small, cst.AugAssign):
            value = UNKNOWN
            if isinstance(small.target, cst.Name):
                value = self.binary(small, _aug_to_binary(small.operator),
                                    self.eval(small.target, env), self.eval(small.value, env))
            self.bind(small.target, value, env)
        elif isinstance(small, cst.Expr):
            self.eval(small.value, env)
        elif isinstance(small, cst.Return):
            value = self.eval(small.value, env) if small.value is not None else Const(None)
            if self._returns:
                self._returns[-1].append(value)
            raise _Return
        elif isinstance(small, cst.Del):
            for name in _names_in(small.target):
                env.pop(name, None)

    def exec_if(self, stmt: cst.If, env: dict[str, Value]) -> None:
        condition = self.eval(stmt.test, env)
        if _is_main_guard(stmt.test):
            self.exec_block(stmt.body.body, env)
            return
        if isinstance(condition, Const) and isinstance(condition.value, (bool, int)):
            chosen = stmt.body if condition.value else stmt.orelse
            if isinstance(chosen, cst.If):
                self.exec_if(chosen, env)
            elif chosen is not None:
                self.exec_block(chosen.body.body if isinstance(chosen, cst.Else) else chosen.body, env)
            return
        orelse = stmt.orelse

        def else_branch(branch_env: dict[str, Value]) -> None:
            if isinstance(orelse, cst.If):
                self.exec_if(orelse, branch_env)
            elif isinstance(orelse, cst.Else):
                self.exec_block(orelse.body.body, branch_env)

        self.run_branches(env, [lambda e: self.exec_block(stmt.body.body, e), else_branch])

    def exec_loop(self, stmt: cst.For | cst.While, env: dict[str, Value]) -> None:
        """The body runs once (or not at all): what it changes is joined with what it found."""
        if isinstance(stmt, cst.For):
            item = self.iterate(self.eval(stmt.iter, env))

            def body(branch_env: dict[str, Value]) -> None:
                self.bind(stmt.target, item, branch_env)
                self.exec_block(stmt.body.body, branch_env)
        else:
            self.eval(stmt.test, env)

            def body(branch_env: dict[str, Value]) -> None:
                self.exec_block(stmt.body.body, branch_env)
        branches = [body, lambda e: None]
        if stmt.orelse is not None:
            orelse = stmt.orelse
            branches.append(lambda e: self.exec_block(orelse.body.body, e))
        self.run_branches(env, branches)

    def exec_try(self, stmt: cst.Try, env: dict[str, Value]) -> None:
        def body(branch_env: dict[str, Value]) -> None:
            self.exec_block(stmt.body.body, branch_env)
            if stmt.orelse is not None:
                self.exec_block(stmt.orelse.body.body, branch_env)

        handlers = [lambda e, h=h: self.exec_block(h.body.body, e) for h in stmt.handlers]
        self.run_branches(env, [body, *handlers])
        if stmt.finalbody is not None:
            self.exec_block(stmt.finalbody.body.body, env)

    def run_branches(self, env: dict[str, Value],
                     branches: list[Callable[[dict[str, Value]], None]]) -> None:
        """Run each branch from the same state, then keep what all of them agree on.

        Names live in ``env``; attributes live on instances (``self.loss = ...``), so a branch
        journals the instances it writes to (their state before it), and those are restored
        between branches and joined at the end; instances a branch creates are its own.
        """
        envs: list[dict[str, Value]] = []
        before: dict[int, tuple[Instance, dict[str, Value]]] = {}
        after: list[dict[int, dict[str, Value]]] = []
        for branch in branches:
            journal: dict[int, tuple[Instance, dict[str, Value]]] = {}
            self._journals.append((journal, self._created))
            branch_env = _BranchEnv(env)
            try:
                branch(branch_env)
            except _Return:
                pass
            finally:
                self._journals.pop()
            envs.append(branch_env)
            after.append({key: dict(instance.attrs) for key, (instance, _) in journal.items()})
            for key, (instance, state) in journal.items():
                before.setdefault(key, (instance, state))
                instance.attrs.clear()
                instance.attrs.update(state)
        self.join_into(env, envs)
        for key, (instance, state) in before.items():
            self.touch(instance)
            states = [branch_after.get(key, state) for branch_after in after]
            instance.attrs.clear()
            self.join_into(instance.attrs, states)

    def touch(self, instance: Instance | _ModuleNamespace) -> None:
        """Journal ``instance``'s attributes before a branch first changes them."""
        if not self._journals:
            return
        journal, created_before = self._journals[-1]
        if instance.serial < created_before and id(instance) not in journal:
            journal[id(instance)] = (instance, dict(instance.attrs))

    @staticmethod
    def join_into(env: dict[str, Value], branches: list[dict[str, Value]]) -> None:
        """``env`` becomes the join of the branches (each started as a copy of ``env``)."""
        if all(isinstance(b, _BranchEnv) for b in branches):
            changed = set().union(*(b.changed for b in branches))
        else:
            missing = object()
            changed = {name for branch in branches for name, value in branch.items()
                       if env.get(name, missing) is not value}
            changed |= {name for name in env if any(name not in branch for branch in branches)}
        for name in changed:
            # A branch that did not bind the name cannot reach a later use of it (NameError):
            # join only the branches that bound it (a loop body that defines `output`).
            values = [b[name] for b in branches if name in b]
            if not values:
                env.pop(name, None)
                continue
            result = values[0]
            for value in values[1:]:
                result = join(result, value)
            env[name] = result

    def iterate(self, iterable: Value) -> Value:
        for hook in self.handlers.iteration:
            item = hook(self, iterable)
            if item is not None:
                return item
        if isinstance(iterable, Seq) and iterable.items:
            result = iterable.items[0]
            for item in iterable.items[1:]:
                result = join(result, item)
            return result
        return UNKNOWN

    def bind(self, target: cst.BaseExpression, value: Value, env: dict[str, Value]) -> None:
        if isinstance(target, cst.Name):
            if isinstance(value, Model) and value.name != target.value:
                value = value.renamed(target.value)
            env[target.value] = value
        elif isinstance(target, (cst.Tuple, cst.List)):
            elements = target.elements
            starred = any(isinstance(e, cst.StarredElement) for e in elements)
            if isinstance(value, Seq) and len(value.items) == len(elements) and not starred:
                for element, item in zip(elements, value.items):
                    self.bind(element.value, item, env)
            else:
                for element in elements:
                    self.bind(element.value, UNKNOWN, env)
        elif isinstance(target, cst.Attribute):
            owner = self.eval(target.value, env)
            instance = owner.instance if isinstance(owner, Model) else owner
            if isinstance(instance, Instance):
                if isinstance(value, Model):
                    value = value.renamed(self.label(target))
                self.touch(instance)
                instance.attrs[target.attr.value] = value
                return
            for hook in self.handlers.attribute_assignments:
                new_owner = hook(self, owner, target.attr.value, value)
                if new_owner is not None:
                    self.rebind(target.value, new_owner, env)
                    return
        elif isinstance(target, cst.StarredElement):
            self.bind(target.value, UNKNOWN, env)
        if isinstance(target, (cst.Subscript, cst.Attribute)):
            self._forget_replaced_part(target, env)

    def _forget_replaced_part(self, target: cst.Subscript | cst.Attribute, env: dict[str, Value]) -> None:
        """``model.classifier[6] = ...`` replaces a part of a library model we cannot follow:
        its head is no longer known (``model.fc = ...`` is handled by the framework hooks)."""
        base = target.value
        if isinstance(target, cst.Attribute) and isinstance(base, cst.Name):
            return
        while isinstance(base, (cst.Subscript, cst.Attribute)):
            base = base.value
        if isinstance(base, cst.Name):
            owner = self.lookup(base.value, env)
            if isinstance(owner, Model) and owner.instance is None and owner.head is not None:
                self.rebind(base, replace(owner, head=None), env)

    def rebind(self, node: cst.BaseExpression, value: Value, env: dict[str, Value]) -> None:
        """Give the expression a method was called on its new value (``model.compile``)."""
        if isinstance(node, cst.Name):
            if node.value not in env and node.value in self.globals:
                # A function changing a module-level model: journal it like an attribute, so a
                # branch of the function does not leak into its sibling branch.
                self.touch(self._module_namespace)
                self.globals[node.value] = value
            else:
                env[node.value] = value
        elif isinstance(node, cst.Attribute):
            self.bind(node, value, env)

    # --- expressions --------------------------------------------------------------------

    def eval(self, node: cst.BaseExpression | None, env: dict[str, Value]) -> Value:
        if node is None or self._depth >= MAX_EXPRESSION_DEPTH:
            return UNKNOWN
        method = getattr(self, "_eval_" + type(node).__name__, None)
        if method is None:
            return UNKNOWN
        self._depth += 1
        try:
            return method(node, env)
        finally:
            self._depth -= 1

    def lookup(self, name: str, env: dict[str, Value]) -> Value:
        if name in env:
            return env[name]
        if name in self.globals:
            return self.globals[name]
        qualname = self.imports.resolve(name)
        if qualname is not None:
            return ApiRef(qualname)
        if name in ("True", "False", "None"):
            return Const({"True": True, "False": False, "None": None}[name])
        if name in _BUILTINS:
            return ApiRef("builtins." + name)
        return UNKNOWN

    def _eval_Name(self, node: cst.Name, env: dict[str, Value]) -> Value:
        value = self.lookup(node.value, env)
        if isinstance(value, Const) and value.node is None:
            return Const(value.value, node)
        return value

    def _eval_Integer(self, node: cst.Integer, env: dict[str, Value]) -> Value:
        try:
            return Const(int(node.value.replace("_", ""), 0), node)
        except ValueError:  # 0777 and other forms int() refuses; or too many digits
            return _literal(node)

    def _eval_Float(self, node: cst.Float, env: dict[str, Value]) -> Value:
        return _literal(node)

    def _eval_SimpleString(self, node: cst.SimpleString, env: dict[str, Value]) -> Value:
        return _literal(node)

    def _eval_ConcatenatedString(self, node: cst.ConcatenatedString, env: dict[str, Value]) -> Value:
        return _literal(node)

    def _eval_Tuple(self, node: cst.Tuple, env: dict[str, Value]) -> Value:
        return self._sequence(node.elements, env)

    def _eval_List(self, node: cst.List, env: dict[str, Value]) -> Value:
        return self._sequence(node.elements, env)

    def _sequence(self, elements: Iterable[cst.BaseElement], env: dict[str, Value]) -> Value:
        items = []
        known = True
        for element in elements:
            value = self.eval(element.value, env)
            if isinstance(element, cst.StarredElement):
                if isinstance(value, Seq):
                    items.extend(value.items)
                else:
                    known = False
            else:
                items.append(value)
        return Seq(tuple(items)) if known else UNKNOWN

    def _eval_Dict(self, node: cst.Dict, env: dict[str, Value]) -> Value:
        items = []
        for element in node.elements:
            if not isinstance(element, cst.DictElement):
                return UNKNOWN
            key = self.eval(element.key, env)
            value = self.eval(element.value, env)
            if not isinstance(key, Const):
                return UNKNOWN
            items.append((key.value, value))
        return Dict(tuple(items))

    def _eval_Attribute(self, node: cst.Attribute, env: dict[str, Value]) -> Value:
        owner = self.eval(node.value, env)
        attr = node.attr.value
        if isinstance(owner, ApiRef):
            return ApiRef(canonical(f"{owner.qualname}.{attr}"))
        instance = owner.instance if isinstance(owner, Model) else owner
        if isinstance(instance, Instance):
            if attr in instance.attrs:
                return instance.attrs[attr]
            method = instance.cls.method(attr)
            if method is not None:
                return bound_method(method, owner, instance.cls)
        for hook in self.handlers.attributes:
            value = hook(self, owner, attr)
            if value is not None:
                return value
        if owner is UNKNOWN:
            return UNKNOWN
        return BoundMethod(owner, attr, node.value)

    def _eval_Call(self, node: cst.Call, env: dict[str, Value]) -> Value:
        func = self.eval(node.func, env)
        args: list[Value] = []
        kwargs: dict[str, Value] = {}
        for arg in node.args:
            value = self.eval(arg.value, env)
            if arg.keyword is not None:
                kwargs[arg.keyword.value] = value
            elif arg.star == "*" and isinstance(value, Seq):
                args.extend(value.items)
            elif arg.star == "":
                args.append(value)
        call = Call(node, tuple(args), kwargs, tuple(node.args))
        return self.call(func, call, env)

    def call(self, func: Value, call: Call, env: dict[str, Value]) -> Value:
        if isinstance(func, ApiRef):
            handler = self.handlers.function(func.qualname)
            return handler(self, replace(call, qualname=func.qualname)) if handler else UNKNOWN
        if isinstance(func, BoundMethod):
            for hook in self.handlers.methods:
                result = hook(self, func, call)
                if result is None:
                    continue
                if isinstance(result, MethodResult):
                    if result.receiver is not None:
                        self.rebind(func.receiver_node, result.receiver, env)
                    return result.value
                return result
            return UNKNOWN
        if isinstance(func, Function):
            return self.call_function(func, call.args, call.kwargs, call)
        if isinstance(func, ClassDef):
            return self.construct(func, call)
        for hook in self.handlers.callables:
            result = hook(self, func, call)
            if result is not None:
                return result
        return UNKNOWN

    def call_function(self, func: Function, args: tuple[Value, ...], kwargs: dict[str, Value],
                      call: Call | None, defaults_known: bool = True) -> Value:
        """Run ``func`` on these arguments. Run on its own (nobody calls it here), its defaults
        are not its arguments: a caller elsewhere may pass anything (``num_labels=1``)."""
        node = func.node
        if node in self._stack or len(self._stack) >= MAX_CALL_DEPTH or self._budget <= 0:
            return UNKNOWN
        self._evaluated.add(node)
        self._budget -= 1
        local: dict[str, Value] = {}
        params = node.params
        positional = list(params.posonly_params) + list(params.params)
        supplied = list(args)
        if func.self_value is not None and positional:
            local[positional[0].name.value] = func.self_value
            positional = positional[1:]
        for param in positional:
            name = param.name.value
            if supplied:
                local[name] = supplied.pop(0)
            elif name in kwargs:
                local[name] = kwargs[name]
            elif param.default is not None and defaults_known:
                local[name] = self.eval(param.default, self.globals)
            else:
                local[name] = UNKNOWN
        for param in params.kwonly_params:
            name = param.name.value
            if name in kwargs:
                local[name] = kwargs[name]
            elif param.default is not None and defaults_known:
                local[name] = self.eval(param.default, self.globals)
            else:
                local[name] = UNKNOWN
        for star in (params.star_arg, params.star_kwarg):
            if isinstance(star, cst.Param):
                local[star.name.value] = UNKNOWN
        if call is not None and call.has_star_args:
            # f(*args, **kw): which parameter gets what is not known.
            for param in [*positional, *params.kwonly_params]:
                if param.name.value not in kwargs:
                    local[param.name.value] = UNKNOWN
        self._stack.append(node)
        self._returns.append([])
        try:
            self.exec_block(node.body.body, local)
        except _Return:
            pass
        finally:
            self._stack.pop()
            returns = self._returns.pop()
        if not returns:
            return Const(None)
        result = returns[0]
        for value in returns[1:]:
            result = join(result, value)
        return result

    def new_instance(self, cls: ClassDef) -> Instance:
        instance = Instance(cls, serial=self._created)
        self._created += 1
        return instance

    def construct(self, cls: ClassDef, call: Call | None) -> Value:
        """An instance of a class defined here: ``__init__`` runs (with unknown arguments when
        nobody constructs it here), then the frameworks may see a model in it."""
        instance = self.new_instance(cls)
        init = cls.method("__init__")
        if init is not None:
            args, kwargs = (call.args, call.kwargs) if call is not None else ((), {})
            self.call_function(Function(init, instance), args, kwargs, call,
                               defaults_known=call is not None)
        value: Value = instance
        for hook in self.handlers.class_bases:
            wrapped = hook(self, cls, instance, call)
            if wrapped is not None:
                value = wrapped
                break
        self._constructed.setdefault(cls.node, value)
        return value

    def _eval_BinaryOperation(self, node: cst.BinaryOperation, env: dict[str, Value]) -> Value:
        left = self.eval(node.left, env)
        right = self.eval(node.right, env)
        return self.binary(node, node.operator, left, right)

    def binary(self, node: cst.CSTNode, operator_node: cst.BaseBinaryOp, left: Value,
               right: Value) -> Value:
        """``left <op> right`` (``node`` is the user's expression or augmented assignment)."""
        if isinstance(left, Const) and isinstance(right, Const):
            op = _BINOPS.get(type(operator_node))
            if op is not None and all(_small_number(v.value) for v in (left, right)) and not (
                    isinstance(operator_node, cst.Power) and abs(right.value) > 64):
                try:
                    return Const(op(left.value, right.value), node)
                except (ArithmeticError, ValueError, OverflowError):
                    return UNKNOWN
        for hook in self.handlers.binary:
            result = hook(self, node, operator_node, left, right)
            if result is not None:
                return result
        return UNKNOWN

    def _eval_UnaryOperation(self, node: cst.UnaryOperation, env: dict[str, Value]) -> Value:
        value = self.eval(node.expression, env)
        if isinstance(value, Const) and isinstance(value.value, (int, float)):
            if isinstance(node.operator, cst.Minus):
                return Const(-value.value, node)
            if isinstance(node.operator, cst.Plus):
                return value
        if isinstance(node.operator, cst.Not) and isinstance(value, Const):
            return Const(not value.value, node)
        if isinstance(node.operator, cst.Minus):
            for hook in self.handlers.negation:
                result = hook(self, node, value)
                if result is not None:
                    return result
            return value  # -sum(y * log(p)) keeps what the sum is
        return UNKNOWN

    def _eval_BooleanOperation(self, node: cst.BooleanOperation, env: dict[str, Value]) -> Value:
        self.eval(node.left, env)
        self.eval(node.right, env)
        return UNKNOWN

    def _eval_Comparison(self, node: cst.Comparison, env: dict[str, Value]) -> Value:
        left = self.eval(node.left, env)
        outcome: bool | None = True
        for target in node.comparisons:
            right = self.eval(target.comparator, env)
            op = type(target.operator).__name__
            for hook in self.handlers.comparisons:
                hook(self, node, left, op, right)
            result = _compare(op, left, right)
            outcome = None if result is None or outcome is None else outcome and result
            left = right
        # Constant comparisons decide branches: `if self.num_labels == 1:` with a known value.
        return Const(outcome, node) if outcome is not None else UNKNOWN

    def _eval_Subscript(self, node: cst.Subscript, env: dict[str, Value]) -> Value:
        value = self.eval(node.value, env)
        indices = []
        for element in node.slice:
            if isinstance(element.slice, cst.Index):
                indices.append(self.eval(element.slice.value, env))
            else:
                indices.append(Const(slice(None)))
        if isinstance(value, Seq) and len(indices) == 1 and isinstance(indices[0], Const):
            index = indices[0].value
            if isinstance(index, int) and -len(value.items) <= index < len(value.items):
                return value.items[index]
        if isinstance(value, Dict) and len(indices) == 1 and isinstance(indices[0], Const):
            return value.get(indices[0].value)
        for hook in self.handlers.subscripts:
            result = hook(self, value, node, tuple(indices))
            if result is not None:
                return result
        return UNKNOWN

    def _eval_IfExp(self, node: cst.IfExp, env: dict[str, Value]) -> Value:
        self.eval(node.test, env)
        return join(self.eval(node.body, env), self.eval(node.orelse, env))

    def _eval_NamedExpr(self, node: cst.NamedExpr, env: dict[str, Value]) -> Value:
        value = self.eval(node.value, env)
        self.bind(node.target, value, env)
        return value

    def _eval_Await(self, node: cst.Await, env: dict[str, Value]) -> Value:
        self.eval(node.expression, env)
        return UNKNOWN



_COMPARE: dict[str, Callable[[object, object], bool]] = {
    "Equal": operator.eq, "NotEqual": operator.ne, "LessThan": operator.lt,
    "LessThanEqual": operator.le, "GreaterThan": operator.gt, "GreaterThanEqual": operator.ge,
    "Is": operator.is_, "IsNot": operator.is_not,
}


def _compare(op: str, left: Value, right: Value) -> bool | None:
    """The value of ``left op right`` for two constants of a comparable kind, else None."""
    if not (isinstance(left, Const) and isinstance(right, Const) and op in _COMPARE):
        return None
    a, b = left.value, right.value
    if op in ("Is", "IsNot"):
        return _COMPARE[op](a, b) if a is None or b is None else None
    if not (isinstance(a, (int, float, str, bool)) and type(a) is type(b)
            or isinstance(a, (int, float)) and isinstance(b, (int, float))):
        return None
    try:
        return bool(_COMPARE[op](a, b))
    except TypeError:
        return None


def _small_number(value: object) -> bool:
    """Numbers worth folding: no bools, nothing huge (``10 ** 10 ** 10`` must not hang)."""
    return (isinstance(value, (int, float)) and not isinstance(value, bool)
            and abs(value) < 2 ** 63)


def bound_method(method: cst.FunctionDef, owner: Value, cls: ClassDef) -> Function:
    """``owner.method``: bound to the instance, to the class (``@classmethod``), or to
    nothing (``@staticmethod``)."""
    decorators = {d.decorator.value for d in method.decorators if isinstance(d.decorator, cst.Name)}
    if "staticmethod" in decorators:
        return Function(method)
    return Function(method, cls if "classmethod" in decorators else owner)


def _literal(node: cst.BaseExpression) -> Value:
    """A literal's value; unknown when Python would refuse it (bad escapes, huge numbers)."""
    try:
        value = node.evaluated_value
    except Exception:  # noqa: BLE001 - SyntaxError, ValueError...: not the analyser's error
        return UNKNOWN
    return Const(value, node) if isinstance(value, (str, int, float)) else UNKNOWN


def _aug_to_binary(op: cst.BaseAugOp) -> cst.BaseBinaryOp:
    mapping = {cst.AddAssign: cst.Add, cst.SubtractAssign: cst.Subtract,
               cst.MultiplyAssign: cst.Multiply, cst.DivideAssign: cst.Divide,
               cst.FloorDivideAssign: cst.FloorDivide, cst.PowerAssign: cst.Power}
    return mapping.get(type(op), cst.BitOr)()


def _names_in(target: cst.BaseExpression) -> list[str]:
    if isinstance(target, cst.Name):
        return [target.value]
    if isinstance(target, (cst.Tuple, cst.List)):
        return [n for e in target.elements for n in _names_in(e.value)]
    return []


def _is_main_guard(test: cst.BaseExpression) -> bool:
    return (isinstance(test, cst.Comparison) and isinstance(test.left, cst.Name)
            and test.left.value == "__name__")


__all__ = ["Call", "Handlers", "Interpreter", "MethodResult"]
