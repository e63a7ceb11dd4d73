"""Calls: library APIs go to the hooks; the analysed code's own functions and classes are run.

A function defined in the module runs at each call with its actual arguments (inlined, to a
fixed depth and a per-module budget, so fan-out cannot grow exponentially); constructing a
class runs ``__init__`` and lets the frameworks see a model in the instance.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

import libcst as cst

from .api import Call, MethodResult
from .branches import join_all
from .statements import Return, exec_block, rebind
from .values import UNKNOWN, ApiRef, BoundMethod, ClassDef, Const, Function, Seq, Value

if TYPE_CHECKING:
    from .interpreter import Interpreter

Env = dict[str, Value]

MAX_CALL_DEPTH = 6
# Calls inlined per module, at most: fan-out * depth can otherwise grow exponentially.
MAX_INLINED_CALLS = 2000


@dataclass(frozen=True)
class Default:
    """A parameter left to its default, which the caller evaluates (in the module's scope)."""

    node: cst.BaseExpression


def bind_arguments(params: cst.Parameters, args: tuple[Value, ...], kwargs: dict[str, Value],
                   has_self: bool, star_args: bool, defaults_known: bool
                   ) -> dict[str, Value | Default]:
    """Each parameter's value for these arguments (``self`` excluded when ``has_self``).

    A parameter nobody passed takes its default only when the defaults are the arguments
    (``defaults_known``: a caller in this code); under ``f(*args, **kw)`` which parameter gets
    what is not known.
    """
    bound: dict[str, Value | Default] = {}
    positional = list(params.posonly_params) + list(params.params)
    if has_self and positional:
        positional = positional[1:]
    supplied = list(args)
    for param in positional:
        name = param.name.value
        if supplied:
            bound[name] = supplied.pop(0)
        else:
            bound[name] = _passed_or_default(param, kwargs, defaults_known)
    for param in params.kwonly_params:
        bound[param.name.value] = _passed_or_default(param, kwargs, defaults_known)
    for star in (params.star_arg, params.star_kwarg):
        if isinstance(star, cst.Param):
            bound[star.name.value] = UNKNOWN
    if star_args:
        for param in [*positional, *params.kwonly_params]:
            if param.name.value not in kwargs:
                bound[param.name.value] = UNKNOWN
    return bound


def _passed_or_default(param: cst.Param, kwargs: dict[str, Value],
                       defaults_known: bool) -> Value | Default:
    name = param.name.value
    if name in kwargs:
        return kwargs[name]
    if param.default is not None and defaults_known:
        return Default(param.default)
    return UNKNOWN


def evaluate_call(interp: Interpreter, node: cst.Call, env: Env) -> Value:
    func = interp.eval(node.func, env)
    args: list[Value] = []
    kwargs: dict[str, Value] = {}
    for arg in node.args:
        value = interp.eval(arg.value, env)
        if arg.keyword is not None:
            kwargs[arg.keyword.value] = value
        elif arg.star == "*" and isinstance(value, Seq):
            args.extend(value.items)
        elif arg.star == "":
            args.append(value)
    return call(interp, func, Call(node, tuple(args), kwargs, tuple(node.args)), env)


def call(interp: Interpreter, func: Value, the_call: Call, env: Env) -> Value:
    if isinstance(func, ApiRef):
        handler = interp.hooks.function(func.qualname)
        if handler is None:
            return UNKNOWN
        return handler(interp.context, replace(the_call, qualname=func.qualname))
    if isinstance(func, BoundMethod):
        for hook in interp.hooks.methods:
            result = hook(interp.context, func, the_call)
            if result is None:
                continue
            if isinstance(result, MethodResult):
                if result.receiver is not None:
                    rebind(interp, func.receiver_node, result.receiver, env)
                return result.value
            return result
        return UNKNOWN
    if isinstance(func, Function):
        return call_function(interp, func, the_call.args, the_call.kwargs, the_call)
    if isinstance(func, ClassDef):
        return construct(interp, func, the_call)
    for hook in interp.hooks.callables:
        result = hook(interp.context, func, the_call)
        if result is not None:
            return result
    return UNKNOWN


def call_function(interp: Interpreter, func: Function, args: tuple[Value, ...],
                  kwargs: dict[str, Value], the_call: Call | None,
                  defaults_known: bool = True) -> Value:
    """Run ``func`` on these arguments. Run on its own (nobody calls it here), its defaults
    are not its arguments: a caller elsewhere may pass anything (``num_labels=1``)."""
    node = func.node
    if node in interp.stack or len(interp.stack) >= MAX_CALL_DEPTH or interp.budget <= 0:
        return UNKNOWN
    interp.evaluated.add(node)
    interp.budget -= 1
    has_self = func.self_value is not None
    local: Env = {}
    positional = list(node.params.posonly_params) + list(node.params.params)
    if has_self and positional:
        local[positional[0].name.value] = func.self_value  # type: ignore[assignment]
    star_args = the_call is not None and the_call.has_star_args
    for name, value in bind_arguments(node.params, args, kwargs, has_self, star_args,
                                      defaults_known).items():
        local[name] = interp.eval(value.node, interp.globals) if isinstance(value, Default) else value
    interp.stack.append(node)
    interp.returns.append([])
    try:
        exec_block(interp, node.body.body, local)
    except Return:
        pass
    finally:
        interp.stack.pop()
        returns = interp.returns.pop()
    return join_all(returns) if returns else Const(None)


def construct(interp: Interpreter, cls: ClassDef, the_call: Call | None) -> Value:
    """An instance of a class defined here: ``__init__`` runs (with unknown arguments when
    nobody constructs it here), then the frameworks may see a model in it."""
    instance = interp.new_instance(cls)
    init = cls.method("__init__")
    if init is not None:
        args, kwargs = (the_call.args, the_call.kwargs) if the_call is not None else ((), {})
        call_function(interp, Function(init, instance), args, kwargs, the_call,
                      defaults_known=the_call is not None)
    value: Value = instance
    for hook in interp.hooks.constructions:
        wrapped = hook(interp.context, cls, instance, the_call)
        if wrapped is not None:
            value = wrapped
            break
    interp.constructed.setdefault(cls.node, value)
    return value


def bound_method(method: cst.FunctionDef, owner: Value, cls: ClassDef) -> Function:
    """``owner.method``: bound to the instance, to the class (``@classmethod``), or to
    nothing (``@staticmethod``)."""
    decorators = {d.decorator.value for d in method.decorators if isinstance(d.decorator, cst.Name)}
    if "staticmethod" in decorators:
        return Function(method)
    return Function(method, cls if "classmethod" in decorators else owner)
