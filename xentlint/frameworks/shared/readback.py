"""Whether the value a loss gets is a TensorFlow op's output as the op made it (``probs =
tf.nn.softmax(x)``, then ``loss(y, probs)``, or ``loss(y, forward(x))`` of a plain function
that returns it): traced into a graph, a Keras loss reads that op's logits back."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import libcst as cst

from ...interp.api import ExtractContext


def as_made(ctx: ExtractContext, node: cst.BaseExpression, made: cst.CSTNode) -> bool:
    """Whether ``node`` is the value ``made`` computes, no other op in between: ``made``
    itself, a name of the running function that only ``name = made`` binds, or a call of a
    plain function of the module whose every ``return`` gives ``made`` so (``forward(x)``
    that returns ``tf.nn.softmax(...)``: traced, the op is the same; a ``@tf.function`` of
    its own would hide it behind a call op)."""
    if node is made:
        return True
    running = ctx.running()
    if isinstance(node, cst.Call):
        return _returns_made(ctx.running_module(), node.func, made)
    if not isinstance(node, cst.Name) or not running or not isinstance(running[-1],
                                                                         cst.FunctionDef):
        return False
    return _bound_only_to(running[-1], node.value, made)


def _bound_only_to(function: cst.FunctionDef, name: str, made: cst.CSTNode) -> bool:
    bindings = _Bindings(name)
    function.body.visit(bindings)
    return bool(bindings.values) and all(value is made for value in bindings.values)


def _returns_made(module: cst.Module, callee: cst.BaseExpression, made: cst.CSTNode) -> bool:
    name = callee.value if isinstance(callee, cst.Name) else (
        callee.attr.value if isinstance(callee, cst.Attribute) else None)
    for function in [*_functions_named(module.body, name),  # (or an object called: its
                     *_functions_named(module.body, "__call__")]:  # __call__, a tf.Module's)
        returned = _returned(function)
        if not function.decorators and returned and all(
                value is made or isinstance(value, cst.Name) and _bound_only_to(
                    function, value.value, made) for value in returned):
            return True
    return False


def _returned(function: cst.FunctionDef) -> list[cst.BaseExpression | None]:
    """What each ``return`` of a function gives (not those of the functions inside it)."""
    found: list[cst.BaseExpression | None] = []
    pending: list[cst.CSTNode] = list(function.body.children)
    while pending:
        node = pending.pop()
        if isinstance(node, cst.Return):
            found.append(node.value)
        elif not isinstance(node, (cst.FunctionDef, cst.Lambda, cst.ClassDef)):
            pending.extend(node.children)
    return found


def _functions_named(body: Sequence[cst.CSTNode], name: str | None) -> Iterator[cst.FunctionDef]:
    """The module's functions and its classes' methods of that name."""
    for stmt in body:
        if isinstance(stmt, cst.FunctionDef) and stmt.name.value == name:
            yield stmt
        elif isinstance(stmt, cst.ClassDef):
            yield from _functions_named(stmt.body.body, name)


class _Bindings(cst.CSTVisitor):
    """The values assigned to a name in a function's body (not in the functions inside it);
    bound any other way (``+=``, a ``for`` target, a tuple), a value that is not known here."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.values: list[cst.CSTNode | None] = []

    def visit_FunctionDef(self, node: cst.FunctionDef) -> bool:
        return False

    def visit_Lambda(self, node: cst.Lambda) -> bool:
        return False

    def visit_Assign(self, node: cst.Assign) -> None:
        for target in node.targets:
            if isinstance(target.target, cst.Name) and target.target.value == self.name:
                self.values.append(node.value)

    def visit_AnnAssign(self, node: cst.AnnAssign) -> None:
        if isinstance(node.target, cst.Name) and node.target.value == self.name:
            self.values.append(node.value)

    def visit_AssignTarget(self, node: cst.AssignTarget) -> None:
        if not isinstance(node.target, cst.Name) and any(
                n.value == self.name for n in names_in(node.target)):
            self.values.append(None)

    def visit_AugAssign(self, node: cst.AugAssign) -> None:
        self._other(node.target)

    def visit_For(self, node: cst.For) -> None:
        self._other(node.target)

    def visit_AsName(self, node: cst.AsName) -> None:
        self._other(node.name)

    def visit_NamedExpr(self, node: cst.NamedExpr) -> None:
        self._other(node.target)

    def _other(self, target: cst.CSTNode) -> None:
        if isinstance(target, cst.BaseExpression) and any(
                n.value == self.name for n in names_in(target)):
            self.values.append(None)


def names_in(target: cst.BaseExpression) -> list[cst.Name]:
    """The names an assignment's target binds (``a``, ``(a, b)``, ``[a, *b]``)."""
    if isinstance(target, cst.Name):
        return [target]
    if isinstance(target, (cst.Tuple, cst.List)):
        return [n for element in target.elements for n in names_in(element.value)]
    return []
