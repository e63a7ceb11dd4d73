"""Calls: library APIs go to the hooks; the analysed code's own functions and classes are run.

A function defined in the module runs at each call with its actual arguments (inlined, to a
fixed depth and a per-module budget, so fan-out cannot grow exponentially); constructing a
class runs ``__init__`` and lets the frameworks see a model in the instance.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

import libcst as cst

from ..facts import Labels
from .api import Call, MethodResult
from .branches import join_all
from .containers import call_container_method, changes_container, dict_view
from .decorators import generates_init, is_dataclass
from .names import small_statements
from .python_calls import PYTHON_CALLS, record, record_fields, string_method
from .statements import Return, exec_block, iterate, rebind, rebind_container, run_branches
from .uncalled import module_objects
from .values import (
    UNKNOWN, ApiRef, BoundMethod, Choice, ClassDef, Const, Dataset, Dict, Env, Function, Instance,
    LabelArray, LossValue, Model, Partial, Seq, Tail, Value,
)

if TYPE_CHECKING:
    from .interpreter import Interpreter

MAX_CALL_DEPTH = 6
# Calls inlined per module, at most: fan-out * depth can otherwise grow exponentially.
MAX_INLINED_CALLS = 2000


@dataclass(frozen=True)
class Default:
    """A parameter left to its default, which the caller evaluates (in the module's scope)."""

    node: cst.BaseExpression


def bind_arguments(params: cst.Parameters, args: tuple[Value, ...], kwargs: dict[str, Value],
                   self_value: Value | None, star_args: bool, defaults_known: bool,
                   leading: int = 0) -> dict[str, Value | Default]:
    """Each parameter's value for these arguments; the first one is ``self_value`` when the
    function is bound (a method, a classmethod).

    A parameter nobody passed takes its default only when the defaults are the arguments
    (``defaults_known``: a caller in this code); under ``f(*args, **kw)`` which parameter gets
    what is not known, but for the ``leading`` positional arguments before them
    (``step(state, *batch)``).
    """
    bound: dict[str, Value | Default] = {}
    positional = list(params.posonly_params) + list(params.params)
    if self_value is not None and positional:
        bound[positional[0].name.value] = self_value
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
    # *args and **kwargs: what is left of the arguments, when a caller here gave them all
    known = defaults_known and not star_args
    if isinstance(params.star_arg, cst.Param):
        bound[params.star_arg.name.value] = Seq(tuple(supplied)) if known else UNKNOWN
    if isinstance(params.star_kwarg, cst.Param):
        named = {param.name.value for param in [*positional, *params.kwonly_params]}
        bound[params.star_kwarg.name.value] = Dict(tuple(
            (key, value) for key, value in kwargs.items() if key not in named)) if known else UNKNOWN
    if star_args:
        for param in [*positional[leading:], *params.kwonly_params]:
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
    if interp.scope is not interp.main_scope:
        return _evaluate_call(interp, node, env)
    outer, interp.main_call = interp.main_call, node  # (what runs imported code, for reports)
    try:
        return _evaluate_call(interp, node, env)
    finally:
        interp.main_call = outer


def _evaluate_call(interp: Interpreter, node: cst.Call, env: Env) -> Value:
    func = interp.eval(node.func, env)
    args: list[Value] = []
    kwargs: dict[str, Value] = {}
    unpacked = True
    starred: list[Value] = []
    for arg in node.args:
        value = interp.eval(arg.value, env)
        if arg.keyword is not None:
            kwargs[arg.keyword.value] = value
        elif arg.star == "**":  # compile(**settings): its keywords, when they are known
            if isinstance(value, Dict) and all(isinstance(key, str) for key, _ in value.items):
                kwargs.update(value.items)
            else:
                unpacked = False
        elif arg.star == "*" and isinstance(value, Seq):
            args.extend(value.items)
            starred.append(value)
        elif arg.star == "*":
            starred.append(value)
            # Items not known (a list's last ones may be): the call has star arguments, so
            # no argument after this one has a known position; a stack of layers still ends
            # in the known ones.
            args.extend((UNKNOWN, *value.items) if isinstance(value, Tail) else (UNKNOWN,))
        elif arg.star == "":
            args.append(value)
    positions = all(isinstance(value, Seq) for value in starred)
    return call_value(interp, func, Call(node, tuple(args), kwargs, tuple(node.args),
                                         keywords_unpacked=unpacked, unpacked=tuple(starred),
                                         positions_unpacked=positions),
                      env)


def call_value(interp: Interpreter, func: Value, call: Call, env: Env) -> Value:
    """``func(...)``: a library API, a method, a function or class of the module, or a value
    that the frameworks know how to call (a layer, a model, a loss object)."""
    if isinstance(func, ApiRef) and func.qualname in PYTHON_CALLS:
        return PYTHON_CALLS[func.qualname](interp, replace(call, qualname=func.qualname))
    if isinstance(func, Partial):
        call = replace(call, args=(*func.args, *call.args), kwargs={**dict(func.kwargs),
                                                                   **call.kwargs},
                       arg_nodes=(*func.arg_nodes, *call.arg_nodes))
        return call_value(interp, func.func, call, env)
    if isinstance(func, ApiRef):
        handler = interp.hooks.function(func.qualname)
        if handler is None:
            return UNKNOWN
        return handler(interp.context, replace(call, qualname=func.qualname))
    if isinstance(func, BoundMethod) and changes_container(func.receiver, func.name):
        given = call.args[0] if func.name == "extend" and len(call.args) == 1 else None
        item = iterate(interp, given) if given is not None and not isinstance(
            given, (Seq, Tail)) else UNKNOWN
        returned, after = call_container_method(func.receiver, func.name, call, item)
        rebind_container(interp, func.receiver_node, func.receiver, after, env)
        return returned
    if isinstance(func, BoundMethod) and isinstance(func.receiver, Dict) and not call.args:
        view = dict_view(func.receiver, func.name)
        if view is not None:
            return view
    if (isinstance(func, BoundMethod) and isinstance(func.receiver, Const)
            and isinstance(func.receiver.value, str)):
        return string_method(func.receiver.value, func.name, call)
    if isinstance(func, BoundMethod):
        for hook in interp.hooks.methods:
            result = hook(interp.context, func, call)
            if result is None:
                continue
            if isinstance(result, MethodResult):
                if result.receiver is not None:
                    rebind(interp, func.receiver_node, result.receiver, env)
                return result.value
            return result
        return UNKNOWN
    if isinstance(func, Function) and isinstance(func.self_value, Model) and _is_forward(func):
        return call_value(interp, func.self_value, call, env)  # model.forward(x) is model(x)
    if isinstance(func, Function):
        interp.changed_arguments = ()
        result = call_function(interp, func, call.args, call.kwargs, call)
        changed: tuple[tuple[Value, Value], ...] = interp.changed_arguments
        for given, left in changed:  # the caller's name sees the change
            for arg in call.arg_nodes:
                if isinstance(arg.value, cst.Name) and interp.lookup(arg.value.value, env) is given:
                    rebind(interp, arg.value, left, env)
        interp.changed_arguments = ()
        return result
    if isinstance(func, ClassDef) and _is_named_tuple(func):
        return record(func.fields(), call)  # class Output(NamedTuple): logits: Tensor
    if isinstance(func, ClassDef):
        return construct(interp, func, call)
    fields = record_fields(func)
    if fields is not None:
        return record(fields, call)
    if isinstance(func, Choice):
        return _call_each(interp, func, call, env)
    for hook in interp.hooks.callables:
        result = hook(interp.context, func, call)
        if result is not None:
            return result
    return UNKNOWN


def _call_each(interp: Interpreter, choice: Choice, call: Call, env: Env) -> Value:
    """``MODELS[args.arch](num_classes)``: each entry called in a branch of its own; the
    result is what they all return alike (models whose heads end alike, one loss)."""
    results: list[Value] = []

    def branch(entry: Value) -> Callable[[Env], None]:
        return lambda branch_env: results.append(call_value(interp, entry, call, branch_env))

    run_branches(interp, env, [branch(entry) for entry in choice.items])
    return join_all(results) if results else UNKNOWN


def _is_forward(func: Function) -> bool:
    """A model's method that computes its output, called by its name (``model.forward(x)``)."""
    owner = func.self_value
    return (isinstance(owner, Model) and owner.forward is not None
            and isinstance(func.node, cst.FunctionDef) and func.node.name.value == owner.forward)


def call_function(interp: Interpreter, func: Function, args: tuple[Value, ...],
                  kwargs: dict[str, Value], call: Call | None,
                  defaults_known: bool = True) -> Value:
    """Run ``func`` on these arguments. Run on its own (nobody calls it here), its defaults
    are not its arguments: a caller elsewhere may pass anything (``num_labels=1``)."""
    node = func.node
    if node in interp.stack or len(interp.stack) >= MAX_CALL_DEPTH or interp.budget <= 0:
        return UNKNOWN
    interp.evaluated.add(node)
    interp.budget -= 1
    with interp.entered(interp.scope_of(func)):  # its own module's names and imports
        return _run(interp, func, args, kwargs, call, defaults_known)


def _run(interp: Interpreter, func: Function, args: tuple[Value, ...], kwargs: dict[str, Value],
         call: Call | None, defaults_known: bool) -> Value:
    node = func.node
    local: Env = dict(func.closure) if func.closure is not None else {}
    # Defaults are read where the function was defined: a nested function's default may name
    # its enclosing function's parameter.
    definition: Env = dict(func.closure) if func.closure is not None else interp.globals
    star_args = call is not None and call.has_star_args and not (
        call.positions_unpacked and call.keywords_unpacked)
    bound = bind_arguments(node.params, args, kwargs, func.self_value, star_args, defaults_known,
                           call.leading_positional if call is not None else 0)
    if (call is None and not defaults_known and func.self_value is None and func.closure is None
            and isinstance(node, cst.FunctionDef)):
        bound.update(module_objects(interp, node))
    for name, value in bound.items():
        local[name] = interp.eval(value.node, definition) if isinstance(value, Default) else value
    caller = call.node if call is not None and isinstance(call.node, cst.Call) else None
    try:
        return _run_body(interp, node, local, caller)
    finally:
        interp.changed_arguments = _changed_arguments(bound, local)
        declared = interp.declared_globals.get(node)
        if declared is None:
            declared = interp.declared_globals[node] = _declared_global(node)
        for name in declared:  # (`global model`: bound for the module's code)
            if name in local:
                interp.globals[name] = local[name]


def _declared_global(node: cst.FunctionDef | cst.Lambda) -> tuple[str, ...]:
    """The names a function's ``global`` statements make the module's."""
    if isinstance(node, cst.Lambda):
        return ()
    return tuple(item.name.value for small in small_statements(node.body)
                 if isinstance(small, cst.Global) for item in small.names)


def _changed_arguments(bound: dict[str, Value | Default], local: Env
                       ) -> tuple[tuple[Value, Value], ...]:
    """The models given as arguments that the function changed (``model.add(head)`` in a
    helper): (as given, as left). A list or dict given and left otherwise may have been changed
    in place (``layers.append(head)``) or only rebound (``layers = layers + [head]``): which,
    the values do not tell, so the caller's is no longer known."""
    changed: list[tuple[Value, Value]] = []
    for name, given in bound.items():
        left = local.get(name)
        if (isinstance(given, Model) and isinstance(left, Model) and left is not given
                and left.evidence == given.evidence):
            changed.append((given, left))
        elif isinstance(given, (Seq, Tail, Dict)) and left is not given:
            changed.append((given, UNKNOWN))
    return tuple(changed)


def _run_body(interp: Interpreter, node: cst.FunctionDef | cst.Lambda, local: Env,
              caller: cst.Call | None) -> Value:
    interp.stack.append(node)
    interp.callers.append(caller)
    if isinstance(node, cst.Lambda):
        try:
            return interp.eval(node.body, local)
        finally:
            interp.stack.pop()
            interp.callers.pop()
    interp.returns.append([])
    interp.yields.append([])
    interp.frames.append(local)
    try:
        exec_block(interp, node.body.body, local)
    except Return:
        pass
    finally:
        interp.stack.pop()
        interp.callers.pop()
        interp.frames.pop()
        returns = interp.returns.pop()
        yielded = interp.yields.pop()
    for stmt in node.body.body:  # a loss returned by a factory, a callback nobody calls here
        if isinstance(stmt, cst.FunctionDef):
            run_uncalled(interp, Function(stmt, closure=local, scope=interp.scope))
    if yielded:
        return _generator(join_all(yielded))
    return join_all(returns) if returns else Const(None)


def _generator(item: Value) -> Value:
    """What a generator function returns: one that yields ``(x, y)`` batches is a dataset of
    the labels ``y`` (``model.fit(batches(x, y))``, ``for xb, yb in batches(x, y)``)."""
    if isinstance(item, Seq) and len(item.items) == 2:
        labels = item.items[1]
        return Dataset(labels.labels if isinstance(labels, LabelArray) else Labels("unknown"))
    return UNKNOWN


def run_uncalled(interp: Interpreter, func: Function) -> None:
    """A function nobody called runs with unknown arguments, so what it builds and pairs is
    still checked; its defaults are not its arguments (a caller elsewhere may pass anything)."""
    if func.node not in interp.evaluated:
        call_function(interp, func, (), {}, None, defaults_known=False)


def construct(interp: Interpreter, cls: ClassDef, call: Call | None) -> Value:
    """An instance of a class defined here: ``__init__`` runs (with unknown arguments when
    nobody constructs it here), then the frameworks may see a model in it."""
    instance = interp.new_instance(cls)
    init = _initializer(cls)
    if isinstance(init, ClassDef):
        _bind_fields(init, instance, call)
        post_init = cls.method("__post_init__")  # (which the generated __init__ calls)
        if post_init is not None and _sets_attributes(post_init):
            call_function(interp, Function(post_init, instance), (), {}, None)
    elif init is not None:
        args, kwargs = (call.args, call.kwargs) if call is not None else ((), {})
        call_function(interp, Function(init, instance), args, kwargs, call,
                      defaults_known=call is not None)
    value: Value = instance
    for hook in interp.hooks.constructions:
        wrapped = hook(interp.context, cls, instance, call)
        if wrapped is not None:
            value = wrapped
            break
    interp.constructed.setdefault(cls.node, value)
    if call is not None and isinstance(call.node, cst.Call) and _handed_over(interp, cls, call):
        interp.handed.append((cls, value, call.node))
    return value


def _initializer(cls: ClassDef) -> cst.FunctionDef | ClassDef | None:
    """What builds an instance: the first ``__init__`` up the bases, where a dataclass's
    generated one (the dataclass itself is returned) takes the place of any it inherits
    (``@dataclass class Output(ModelOutput)`` binds its fields, never runs ``ModelOutput``'s)."""
    for stmt in cls.node.body.body:
        if isinstance(stmt, cst.FunctionDef) and stmt.name.value == "__init__":
            return stmt
    if is_dataclass(cls.node) and generates_init(cls.node):
        return cls
    for base in cls.bases:
        if isinstance(base, ClassDef) and (found := _initializer(base)) is not None:
            return found
    return None


def _sets_attributes(method: cst.FunctionDef) -> bool:
    """``self.num_labels = len(self.intents)`` in the method: what a ``__post_init__`` is run
    for (one that only checks its fields or fills items, as transformers' ``ModelOutput``'s,
    would cost much and tell nothing)."""
    params = method.params.params
    if not params:
        return False
    owner = params[0].name.value
    return any(isinstance(target, cst.Attribute) and isinstance(target.value, cst.Name)
               and target.value.value == owner
               for small in small_statements(method.body) for target in _targets(small))


def _targets(small: cst.BaseSmallStatement) -> list[cst.BaseExpression]:
    """What an assignment binds, each item of a tuple too."""
    targets: list[cst.BaseExpression]
    if isinstance(small, cst.Assign):
        targets = [target.target for target in small.targets]
    elif isinstance(small, (cst.AnnAssign, cst.AugAssign)):
        targets = [small.target]
    else:
        return []
    return targets + [e.value for t in targets if isinstance(t, cst.Tuple) for e in t.elements]


def _handed_over(interp: Interpreter, cls: ClassDef, call: Call) -> bool:
    """This module's code builds an object of an imported class with its models or losses
    (``Trainer(model, criterion)``, the class in trainer.py)."""
    return (interp.scope is interp.main_scope and cls.scope is not None
            and cls.scope.path != interp.main_scope.path
            and any(isinstance(arg, (Model, LossValue))
                    for arg in (*call.args, *call.kwargs.values())))


def _is_named_tuple(cls: ClassDef) -> bool:
    return any(isinstance(base, ApiRef) and base.qualname == "typing.NamedTuple"
               for base in cls.bases)


def _bind_fields(cls: ClassDef, instance: Instance, call: Call | None) -> None:
    """A dataclass built with arguments: ``TrainConfig(num_classes=12)`` has 12 classes, not
    the default (unknown when nobody builds it here or the arguments cannot be read)."""
    fields = cls.fields()
    if call is None or call.has_star_args:
        instance.attrs.update(dict.fromkeys(fields, UNKNOWN))
        return
    instance.attrs.update(zip(fields, call.args))
    instance.attrs.update((name, value) for name, value in call.kwargs.items() if name in fields)


def bound_method(method: cst.FunctionDef, owner: Value | None, cls: ClassDef) -> Function:
    """``owner.method``: bound to the instance, to the class (``@classmethod``), or to
    nothing (``@staticmethod``; and a plain method read from the class itself, ``owner``
    None: ``Base.__init__``, to which the call passes ``self``)."""
    decorators = {d.decorator.value for d in method.decorators if isinstance(d.decorator, cst.Name)}
    if "staticmethod" in decorators:
        return Function(method)
    return Function(method, cls if "classmethod" in decorators else owner)
