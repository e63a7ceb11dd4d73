"""Expressions: what a node evaluates to, as an abstract value.

Literals and arithmetic on small constants fold; names resolve to the environment, the module,
an import (``ApiRef``) or a builtin; everything a framework gives meaning to (calls, operators
on tensors, subscripts of labels) goes through the hooks. Anything else is ``UNKNOWN``.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

import libcst as cst

from .branches import MAX_CHOICES, either, join, join_all
from .classes import class_method, super_attribute, super_call
from .comprehensions import comprehension
from .containers import CHANGING_METHODS, concatenate
from .decorators import decorator_names
from .project import MAX_STAR_IMPORTS
from .python_calls import membership
from .values import (
    UNKNOWN, ApiRef, BoundMethod, Choice, ClassDef, Const, Dict, Env, Function, Instance, Mapping,
    Model, OneOf, Partial, ProjectModule, Scalar, Seq, Tail, Tensor, Value, literal,
)

if TYPE_CHECKING:
    from .interpreter import Interpreter

# Expression nesting evaluated, at most: deeper (generated) expressions are unknown.
MAX_EXPRESSION_DEPTH = 120

_BINOPS: dict[type, Callable[[object, object], object]] = {
    cst.Add: operator.add, cst.Subtract: operator.sub, cst.Multiply: operator.mul,
    cst.FloorDivide: operator.floordiv, cst.Divide: operator.truediv, cst.Power: operator.pow,
}
_BUILTINS = frozenset({"len", "range", "int", "float", "list", "tuple", "print", "round",
                       "zip", "enumerate", "sorted", "dict", "set", "str", "bool", "super",
                       "isinstance", "min", "max", "sum", "abs", "getattr", "iter", "next", "vars"})
_COMPARE: dict[str, Callable[[Any, Any], Any]] = {
    "Equal": operator.eq, "NotEqual": operator.ne, "LessThan": operator.lt,
    "LessThanEqual": operator.le, "GreaterThan": operator.gt, "GreaterThanEqual": operator.ge,
    "Is": operator.is_, "IsNot": operator.is_not,
}


def evaluate(interp: Interpreter, node: cst.BaseExpression | None, env: Env) -> Value:
    if node is None or interp.depth >= MAX_EXPRESSION_DEPTH:
        return UNKNOWN
    evaluator = _EVALUATORS.get(type(node))
    if evaluator is None:
        return UNKNOWN
    interp.depth += 1
    try:
        return evaluator(interp, node, env)
    finally:
        interp.depth -= 1


def lookup(interp: Interpreter, name: str, env: Env) -> Value:
    if name in env:
        return env[name]
    if name in interp.globals:
        return interp.globals[name]
    qualname = interp.imports.resolve(name)
    if qualname is not None:
        return api(interp, qualname)
    if name in ("True", "False", "None"):
        return Const({"True": True, "False": False, "None": None}[name])
    if name in _BUILTINS:
        return ApiRef("builtins." + name)
    for source in interp.imports.star_sources(MAX_STAR_IMPORTS):  # from config import *
        found = interp.project_value(f"{source}.{name}")
        if found is not None and found is not UNKNOWN:
            return found
    return _star_imported_api(interp, name)


def _star_imported_api(interp: Interpreter, name: str) -> Value:
    """``Dense`` after ``from keras.layers import *``: an API the frameworks' tables know by
    that name in a library imported whole (the last such import first, as Python binds them).
    A name no table knows there stays unknown: which library binds it is not read."""
    for source in reversed(interp.imports.stars):
        if source.startswith("."):
            continue
        module = interp.imports.spellings.star_exported(source, name)
        if module is not None:
            return api(interp, module)  # (fastai's `nn`: torch.nn)
        qualname = interp.imports.spellings.canonical(f"{source}.{name}")
        if interp.hooks.knows(qualname):
            return api(interp, qualname)
    return UNKNOWN


def api(interp: Interpreter, qualname: str) -> Value:
    """What an import names: one of the user's modules or what it binds (project.py), a
    constant the frameworks know (``numpy.newaxis``), or a library reference."""
    constant = interp.hooks.constants.get(qualname)
    if constant is not None:
        return constant
    found = interp.project_value(qualname)
    if found is not None:
        return found
    return UNKNOWN if qualname.startswith(".") else ApiRef(qualname)


def _name(interp: Interpreter, node: cst.Name, env: Env) -> Value:
    value = lookup(interp, node.value, env)
    if isinstance(value, Const) and value.node is None:
        return Const(value.value, node)
    return value


def _integer(interp: Interpreter, node: cst.Integer, env: Env) -> Value:
    try:
        return Const(int(node.value.replace("_", ""), 0), node)
    except ValueError:  # 0777 and other forms int() refuses; or too many digits
        return literal(node)


def _literal(interp: Interpreter, node: cst.BaseExpression, env: Env) -> Value:
    return literal(node)


def _formatted(interp: Interpreter, node: cst.FormattedString | cst.ConcatenatedString,
               env: Env) -> Value:
    """``f"loss {log_loss(y, probs):.3f}"``: its fields run as any expression does (what they
    compute is checked); the text is not known."""
    if isinstance(node, cst.ConcatenatedString):  # ("a" f"{b}"): each side, then the whole
        sides = [evaluate(interp, side, env) for side in (node.left, node.right)]
        return literal(node) if all(isinstance(side, Const) for side in sides) else UNKNOWN
    for part in node.parts:
        if isinstance(part, cst.FormattedStringExpression):
            evaluate(interp, part.expression, env)
    return UNKNOWN


def _sequence(interp: Interpreter, node: cst.Tuple | cst.List, env: Env) -> Value:
    return sequence(interp, node.elements, env)


def sequence(interp: Interpreter, elements: Iterable[cst.BaseElement], env: Env) -> Value:
    """A list or tuple display; after a starred part of unknown length (``[*hidden, head]``),
    only the items after it are known."""
    items: list[Value] = []
    known = True
    for element in elements:
        value = evaluate(interp, element.value, env)
        if isinstance(element, cst.StarredElement):
            if isinstance(value, Seq):
                items.extend(value.items)
            else:
                known = False
                items = list(value.items) if isinstance(value, Tail) else []
        else:
            items.append(value)
    return Seq(tuple(items)) if known else Tail(tuple(items))


def _dict(interp: Interpreter, node: cst.Dict, env: Env) -> Value:
    """A dict literal: by constant keys (``Dict``), or by key values (``Mapping``); a known
    dict unpacked into it (``{**defaults, "loss": ...}``) gives its items."""
    pairs: list[tuple[Value, Value]] = []
    for element in node.elements:
        if isinstance(element, cst.StarredDictElement):
            unpacked = evaluate(interp, element.value, env)
            if not isinstance(unpacked, Dict):
                return UNKNOWN
            pairs += [(Const(key), value) for key, value in unpacked.items]
        elif isinstance(element, cst.DictElement):
            pairs.append((evaluate(interp, element.key, env), evaluate(interp, element.value, env)))
    if all(isinstance(key, Const) for key, _ in pairs):
        return Dict(()).updated((key.value, value)  # type: ignore[attr-defined]
                                for key, value in pairs)
    return Mapping(tuple(pairs))


_PROPERTIES = frozenset({"property", "cached_property"})


def _is_property(method: cst.FunctionDef) -> bool:
    """``@property``, ``@functools.cached_property``: read as an attribute, the method runs."""
    return bool(decorator_names(method) & _PROPERTIES)


def _attribute(interp: Interpreter, node: cst.Attribute, env: Env) -> Value:
    if (call := super_call(node.value)) is not None:
        found = super_attribute(interp, call, node.attr.value, env)
        if found is not None:
            return found
    return attribute(interp, evaluate(interp, node.value, env), node.attr.value, node.value, node)


def attribute(interp: Interpreter, owner: Value, attr: str, owner_node: cst.BaseExpression,
              node: cst.BaseExpression) -> Value:
    """``owner.attr`` (also ``getattr(owner, "attr")``: ``node`` is the whole expression)."""
    from .calls import bound_method, call_function

    if isinstance(owner, ApiRef):
        return api(interp, interp.spellings.canonical(f"{owner.qualname}.{attr}"))
    if isinstance(owner, ProjectModule):
        return interp.project_member(owner, attr) or UNKNOWN
    if isinstance(owner, Choice):  # `model.to(device)` of a model chosen by a key: each's
        return either([attribute(interp, item, attr, owner_node, node) for item in owner.items])
    instance = owner.instance if isinstance(owner, Model) else owner
    if isinstance(instance, Instance):
        if attr in instance.attrs:
            return instance.attrs[attr]
        method = instance.cls.method(attr)
        if method is not None and _is_property(method):  # `self.criterion`: what it returns
            return call_function(interp, Function(method, owner), (), {}, None)
        if method is not None:
            return bound_method(method, owner, instance.cls)
        class_attribute = instance.cls.attribute(attr)
        if class_attribute is not None:
            return class_attribute
    elif isinstance(owner, ClassDef):
        class_attribute = owner.attribute(attr) or class_method(owner, attr)
        if class_attribute is not None:
            return class_attribute
    if isinstance(owner, Seq) and attr in owner.names:  # a named tuple's field
        return owner.items[owner.names.index(attr)]
    if isinstance(owner, Dict) and not hasattr(dict, attr) and (
            field := owner.get(attr)) is not UNKNOWN:
        return field  # out.logits of outputs read by name (a ModelOutput, a record)
    if attr == "__name__" and isinstance(owner, (ClassDef, Function)) and isinstance(
            owner.node, (cst.ClassDef, cst.FunctionDef)):
        return Const(owner.node.name.value)  # REGISTRY[cls.__name__] = cls
    for hook in interp.hooks.attributes:
        value = hook(interp.context, owner, attr, node)
        if value is not None:
            return value
    if owner is UNKNOWN:
        return UNKNOWN
    return BoundMethod(owner, attr, owner_node)


def _binary_operation(interp: Interpreter, node: cst.BinaryOperation, env: Env) -> Value:
    left = evaluate(interp, node.left, env)
    right = evaluate(interp, node.right, env)
    return binary(interp, node, node.operator, left, right)


def binary(interp: Interpreter, node: cst.CSTNode, operator_node: cst.BaseBinaryOp, left: Value,
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
    if isinstance(operator_node, cst.Add) and isinstance(left, (Seq, Tail)) and isinstance(
            right, (Seq, Tail)):
        return concatenate(left, right)
    if isinstance(operator_node, (cst.Add, cst.Subtract, cst.Multiply)) and all(
            isinstance(side, Scalar) or isinstance(side, Const) and type(side.value) is int
            for side in (left, right)) and Scalar() in (left, right):
        return Scalar()  # i + 1: another sample's index
    if isinstance(operator_node, cst.Multiply):
        for items, count in ((left, right), (right, left)):
            if isinstance(items, Seq) and items.items and not isinstance(count, (Seq, Tail)):
                # [0] * n: that list again and again (how often not known: its end is known)
                return Tail.repeating(items.items)
    for hook in interp.hooks.binary:
        result = hook(interp.context, node, operator_node, left, right)
        if result is not None:
            return result
    return UNKNOWN


def _unary_operation(interp: Interpreter, node: cst.UnaryOperation, env: Env) -> Value:
    value = evaluate(interp, node.expression, env)
    if isinstance(value, Const) and isinstance(value.value, (int, float)):
        if isinstance(node.operator, cst.Minus):
            return Const(-value.value, node)
        if isinstance(node.operator, cst.Plus):
            return value
    if isinstance(node.operator, cst.Not) and isinstance(value, Const):
        return Const(not value.value, node)
    if isinstance(node.operator, cst.Minus):
        for hook in interp.hooks.negation:
            result = hook(interp.context, node, value)
            if result is not None:
                return result
        return value  # -sum(y * log(p)) keeps what the sum is
    return UNKNOWN


def _boolean_operation(interp: Interpreter, node: cst.BooleanOperation, env: Env) -> Value:
    """``a and b`` / ``a or b``: known when what decides is known (``pred.shape[1] > 1``);
    the right side runs only where Python would run it."""
    left = evaluate(interp, node.left, env)
    decided = _truth(left)
    if decided is None:
        _maybe(interp, [node.right], env)
        return UNKNOWN
    if decided == isinstance(node.operator, cst.Or):
        return left  # True or ..., False and ...: the right side never runs
    right = evaluate(interp, node.right, env)
    return right if _truth(right) is not None else UNKNOWN


def _truth(value: Value) -> bool | None:
    """The truth of a known flag or number (None: not known)."""
    if isinstance(value, Const) and isinstance(value.value, (bool, int, float)):
        return bool(value.value)
    return None


def _comparison(interp: Interpreter, node: cst.Comparison, env: Env) -> Value:
    left = evaluate(interp, node.left, env)
    outcome: bool | None = True
    answer: Value | None = None
    for target in node.comparisons:
        right = evaluate(interp, target.comparator, env)
        op = type(target.operator).__name__
        for hook in interp.hooks.comparisons:  # each observes (a threshold decoder)
            said = hook(interp.context, node, left, op, right)
            answer = said if answer is None else answer
        result = membership(op, left, right) if op in ("In", "NotIn") else _compare(op, left, right)
        outcome = None if result is None or outcome is None else outcome and result
        left = right
    # Constant comparisons decide branches: `if self.num_labels == 1:` with a known value.
    if outcome is not None:
        return Const(outcome, node)
    # An array compared elementwise (`y == 3`): what the hooks say it is (a chain never is).
    return answer if answer is not None and len(node.comparisons) == 1 else UNKNOWN


def subscript_indices(interp: Interpreter, node: cst.Subscript, env: Env) -> list[Value]:
    """The values of ``node``'s indices; a slice is ``Const(slice(...))``, ``:`` is
    ``slice(None)`` and a bound not known is ``...`` (``1:`` is ``slice(1, None)``)."""
    return [evaluate(interp, element.slice.value, env) if isinstance(element.slice, cst.Index)
            else Const(_slice(interp, element.slice, env)) for element in node.slice]


def _slice(interp: Interpreter, node: cst.BaseSlice, env: Env) -> slice:
    assert isinstance(node, cst.Slice)
    bounds = []
    for part in (node.lower, node.upper, node.step):
        value = evaluate(interp, part, env) if part is not None else Const(None)
        bounds.append(value.value if isinstance(value, Const) and (
            value.value is None or type(value.value) is int)
            else value if isinstance(value, Scalar) else ...)  # (x[i:i + 64]: near sample i)
    return slice(*bounds)


def _subscript(interp: Interpreter, node: cst.Subscript, env: Env) -> Value:
    indices = subscript_indices(interp, node, env)
    if (isinstance(node.value, cst.Attribute) and node.value.attr.value == "__dict__"
            and len(indices) == 1 and isinstance(indices[0], Const)
            and isinstance(indices[0].value, str)):  # models.__dict__[args.arch]: that name
        owner = node.value.value
        return attribute(interp, evaluate(interp, owner, env), indices[0].value, owner, node)
    value = evaluate(interp, node.value, env)
    if isinstance(value, Seq) and len(indices) == 1 and isinstance(indices[0], Const):
        index = indices[0].value
        if isinstance(index, int) and -len(value.items) <= index < len(value.items):
            return value.items[index]
    if isinstance(value, Seq) and len(indices) == 1 and value.items and (
            isinstance(indices[0], Scalar) or indices[0] is UNKNOWN):
        agreed = join_all(list(value.items))  # preds[task]: any of them, what they agree on
        if isinstance(agreed, Tensor):
            return agreed
    if isinstance(value, Dict) and len(indices) == 1 and isinstance(indices[0], Const):
        return value.get(indices[0].value)
    if isinstance(value, Tail) and len(indices) == 1 and value.each:
        # labels[:split], samples[i]: some items of a list whose every item is one of `each`
        index = indices[0]
        if isinstance(index, Const) and isinstance(index.value, slice):
            return Tail((), value.each)
        last = index.value if isinstance(index, Const) and isinstance(index.value, int) else 0
        return value.items[last] if -len(value.items) <= last < 0 else join_all(
            list(value.each))
    if isinstance(value, Dict) and len(indices) == 1 and value.items:
        entries = [entry for _, entry in value.items]  # a registry, the key not known
        agreed = join_all(entries)
        if agreed is not UNKNOWN and not isinstance(agreed, OneOf):  # (numbers: a label map)
            return agreed
        if 1 < len(entries) <= MAX_CHOICES and all(
                isinstance(entry, (Function, ClassDef, Partial)) for entry in entries):
            return Choice(tuple(entries))  # (what each makes, called)
    for hook in interp.hooks.subscripts:
        result = hook(interp.context, value, node, tuple(indices))
        if result is not None:
            return result
    return UNKNOWN


def _if_expression(interp: Interpreter, node: cst.IfExp, env: Env) -> Value:
    decided = _truth(evaluate(interp, node.test, env))
    if decided is not None:  # only the side Python runs
        return evaluate(interp, node.body if decided else node.orelse, env)
    values = _maybe(interp, [node.body, node.orelse], env)
    return join(values[0], values[1])


def _maybe(interp: Interpreter, nodes: list[cst.BaseExpression], env: Env) -> list[Value]:
    """Expressions of which one, or none, runs (``a and b``, ``b if c else d``): their values.
    Where one changes a list or dict in place (``serving and layers.append(head)``), each runs
    as a branch, so that what it changes is known only where every branch agrees."""
    if not any(_changes_containers(node) for node in nodes):
        return [evaluate(interp, node, env) for node in nodes]
    from .statements import run_branches

    values: list[Value] = []

    def branch(node: cst.BaseExpression) -> Callable[[Env], None]:
        return lambda branch_env: values.append(evaluate(interp, node, branch_env))

    branches = [branch(node) for node in nodes]
    if len(nodes) == 1:
        branches.append(lambda branch_env: None)  # (the right side of `a and b` may not run)
    run_branches(interp, env, branches)
    return values


def _changes_containers(node: cst.CSTNode) -> bool:
    """``node`` is a call of a list or dict method that changes it (``layers.append(head)``),
    or an ``and``/``or``/``if else`` of one (a walk of every subexpression cost more than the
    rest of these expressions' evaluation)."""
    if isinstance(node, cst.Call):
        return isinstance(node.func, cst.Attribute) and node.func.attr.value in CHANGING_METHODS
    if isinstance(node, cst.BooleanOperation):
        return _changes_containers(node.left) or _changes_containers(node.right)
    if isinstance(node, cst.IfExp):
        return _changes_containers(node.body) or _changes_containers(node.orelse)
    return False


def _lambda(interp: Interpreter, node: cst.Lambda, env: Env) -> Value:
    """``lambda batch: loss_fn(model, batch)``: a function, run where it is called."""
    return Function(node, closure=None if env is interp.globals else env, scope=interp.scope)


def _named_expression(interp: Interpreter, node: cst.NamedExpr, env: Env) -> Value:
    from .statements import bind

    value = evaluate(interp, node.value, env)
    bind(interp, node.target, value, env)
    return value


def _await(interp: Interpreter, node: cst.Await, env: Env) -> Value:
    evaluate(interp, node.expression, env)
    return UNKNOWN


def _call(interp: Interpreter, node: cst.Call, env: Env) -> Value:
    from .calls import evaluate_call
    return evaluate_call(interp, node, env)


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


def _yield(interp: Interpreter, node: cst.Yield, env: Env) -> Value:
    """``yield x, y`` in a generator function: what it yields is kept for its caller; what
    ``yield`` itself evaluates to (a value sent in) is not known."""
    if node.value is not None and not isinstance(node.value, cst.From):
        value = evaluate(interp, node.value, env)
        if interp.yields:
            interp.yields[-1].append(value)
    return UNKNOWN


_EVALUATORS: dict[type, Callable[..., Value]] = {
    cst.Name: _name, cst.Integer: _integer, cst.Float: _literal, cst.SimpleString: _literal,
    cst.ConcatenatedString: _formatted, cst.FormattedString: _formatted, cst.Tuple: _sequence,
    cst.List: _sequence, cst.Dict: _dict, cst.Attribute: _attribute, cst.Call: _call,
    cst.BinaryOperation: _binary_operation, cst.UnaryOperation: _unary_operation,
    cst.BooleanOperation: _boolean_operation, cst.Comparison: _comparison,
    cst.Subscript: _subscript, cst.IfExp: _if_expression, cst.NamedExpr: _named_expression,
    cst.Await: _await, cst.Lambda: _lambda, cst.ListComp: comprehension,
    cst.SetComp: comprehension, cst.GeneratorExp: comprehension, cst.DictComp: comprehension,
    cst.Yield: _yield,
}
