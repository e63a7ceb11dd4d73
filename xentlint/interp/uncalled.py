"""What a function that nobody calls is run on: a snippet's ``def train(model, loader,
criterion)`` whose call is elsewhere (another cell, another answer) trains the objects the
module names so, when nothing else in the module uses them; an object the module calls or
hands to other code (``bce(model(x), y)``, ``step(state, batch)``) belongs to that use, and
the function may be meant for another."""

from __future__ import annotations

from typing import TYPE_CHECKING

import libcst as cst

from .values import ApiObject, Env, LossValue, Model

if TYPE_CHECKING:
    from .interpreter import Interpreter


def module_objects(interp: Interpreter, node: cst.FunctionDef) -> Env:
    """The parameters of ``node`` (run uncalled) without a default that are named as one of
    the module's models, losses or library objects, none of which the module uses
    elsewhere: those objects."""
    if interp.scope is not interp.main_scope:
        return {}
    found: Env = {}
    for param in node.params.params:
        value = interp.globals.get(param.name.value) if param.default is None else None
        if isinstance(value, (Model, LossValue, ApiObject)):
            found[param.name.value] = value
    if not found or _used_elsewhere(interp.main_scope.module, node, set(found)):
        return {}
    return found


def _used_elsewhere(module: cst.Module, function: cst.FunctionDef, names: set[str]) -> bool:
    """One of ``names`` is called or given to a call outside ``function``."""
    uses = _Uses(function, names)
    module.visit(uses)
    return uses.found


class _Uses(cst.CSTVisitor):
    """A call of one of ``names`` (the module's), or with one as an argument, outside
    ``function``; inside another function whose parameter is so named, the name is that
    parameter (``def predict(model, x)`` beside ``def fit(model, x, y)``)."""

    def __init__(self, function: cst.FunctionDef, names: set[str]) -> None:
        self.function = function
        self.names = [names]  # the module's names each enclosing function does not shadow
        self.found = False

    def visit_FunctionDef(self, node: cst.FunctionDef) -> bool:
        if node is self.function:
            return False
        self.names.append(self.names[-1] - _parameters(node.params))
        return not self.found

    def leave_FunctionDef(self, original_node: cst.FunctionDef) -> None:
        if original_node is not self.function:
            self.names.pop()

    def visit_Call(self, node: cst.Call) -> bool:
        used = [node.func, *(arg.value for arg in node.args)]
        if any(isinstance(value, cst.Name) and value.value in self.names[-1] for value in used):
            self.found = True
        return not self.found


def _parameters(params: cst.Parameters) -> set[str]:
    stars = [p for p in (params.star_arg, params.star_kwarg) if isinstance(p, cst.Param)]
    return {param.name.value for param in (
        *params.posonly_params, *params.params, *params.kwonly_params, *stars)}
