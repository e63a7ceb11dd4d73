"""Python's own functions, as the interpreter reads them: those that change what is called
(``getattr(nn, "CrossEntropyLoss")``, ``functools.partial``), what is iterated (``enumerate``,
``zip``, ``next(iter(loader))``), or that build the containers and defaults that configs and
registries are made of (``dict``, ``OrderedDict``, ``sorted``, ``dataclasses.field``)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from operator import attrgetter
from typing import TYPE_CHECKING

from .api import Call
from .values import (
    UNKNOWN, ApiObject, ApiRef, Const, Dict, LabelArray, Model, Numbering, Partial, Seq, Tail,
    Tensor, Value, Weights, item_kinds, kinds_union,
)

if TYPE_CHECKING:
    from .interpreter import Interpreter


def _getattr(interp: Interpreter, call: Call) -> Value:
    """``getattr(nn, "CrossEntropyLoss")``: the attribute, when its name is a constant."""
    name = call.args[1] if len(call.args) > 1 else UNKNOWN
    if (not (isinstance(name, Const) and isinstance(name.value, str)) or len(call.args) > 2
            or call.has_star_args):
        return UNKNOWN
    from .expressions import attribute

    return attribute(interp, call.args[0], name.value, call.arg_nodes[0].value, call.node)


def _dict(interp: Interpreter, call: Call) -> Value:
    """``dict(loss="mse", metrics=[...])``, ``dict(defaults, loss=...)``."""
    base = call.args[0] if call.args else Dict(())
    if isinstance(base, Numbering) and len(call.args) == 1 and not call.kwargs:
        return base
    if len(call.args) > 1 or not isinstance(base, Dict) or any(
            arg.star == "*" for arg in call.arg_nodes):
        return UNKNOWN
    return base.updated(call.kwargs.items())


def _ordered_dict(interp: Interpreter, call: Call) -> Value:
    """``OrderedDict([("fc", nn.Linear(...)), ("out", nn.LogSoftmax(dim=1))])``: a dict, in
    order (``nn.Sequential(OrderedDict(...))`` stacks its values)."""
    if not call.args:
        return _dict(interp, call)
    pairs = call.args[0]
    if len(call.args) > 1 or call.kwargs or not isinstance(pairs, Seq) or not all(
            isinstance(pair, Seq) and len(pair.items) == 2 and isinstance(pair.items[0], Const)
            for pair in pairs.items):
        return _dict(interp, call)
    return Dict(()).updated((pair.items[0].value, pair.items[1])  # type: ignore[attr-defined]
                            for pair in pairs.items)


def _partial(interp: Interpreter, call: Call) -> Value:
    if not call.args or call.has_star_args:
        return UNKNOWN
    return Partial(call.args[0], call.args[1:], tuple(call.kwargs.items()), call.arg_nodes[1:])


# Python's own functions that change what is called, or what is iterated.
def _iterator(interp: Interpreter, call: Call) -> Value:
    """``enumerate(loader)``, ``zip(x, y)``, ``iter(loader)``: what they go through (their items
    are read by :func:`statements.iterate`)."""
    args = call.args
    if call.qualname == "builtins.zip" and len(call.arg_nodes) == 1 and call.unpacked:
        transposed = columns(call.unpacked[0])  # images, labels = zip(*batch)
        if transposed is not UNKNOWN:
            return transposed
    if call.qualname == "builtins.enumerate" and set(call.kwargs) == {"start"}:
        args = (*args, call.kwargs["start"])  # enumerate(classes, start=1)
    elif call.kwargs:
        return UNKNOWN
    if call.has_star_args or not args:
        return UNKNOWN
    if call.qualname == "builtins.iter":
        return args[0]
    return ApiObject(call.qualname, tuple((str(i), arg) for i, arg in enumerate(args)))


def _next(interp: Interpreter, call: Call) -> Value:
    """``images, labels = next(iter(loader))``: one item."""
    from .statements import iterate

    return iterate(interp, call.args[0]) if len(call.args) == 1 and not call.kwargs else UNKNOWN


_SEQUENCE_TYPES = frozenset({"builtins.tuple", "builtins.list"})


def _isinstance(interp: Interpreter, call: Call) -> Value:
    """``isinstance(p.predictions, tuple)`` of an array (a model's output, labels): False, so
    ``x[0] if isinstance(x, tuple) else x`` keeps the array (the Hugging Face metrics idiom)."""
    if len(call.args) != 2 or call.kwargs:
        return UNKNOWN
    value, kinds = call.args
    named = kinds.items if isinstance(kinds, Seq) else (kinds,)
    if isinstance(value, (Tensor, LabelArray, Weights)) and named and all(
            isinstance(kind, ApiRef) and kind.qualname in _SEQUENCE_TYPES for kind in named):
        return Const(False)
    return UNKNOWN


MAX_CHARACTERS = 256  # list("abc...z"): a string longer than this, its items not known


def _sequence(interp: Interpreter, call: Call) -> Value:
    """``list(items)``, ``tuple(items)``: the same items; ``list("abcdefghij")``: its
    characters (an alphabet numbered for labels)."""
    given = call.args[0] if len(call.args) == 1 and not call.kwargs else UNKNOWN
    if isinstance(given, Const) and isinstance(given.value, str) and (
            len(given.value) <= MAX_CHARACTERS):
        return Seq(tuple(Const(character) for character in given.value))
    return given if isinstance(given, (Seq, Tail)) else UNKNOWN


def _sorted(interp: Interpreter, call: Call) -> Value:
    """``sorted(["dog", "cat"])``: the names written, in order; ``sorted(os.listdir(root))``:
    a list, of items not known (``classes.index(name)`` in it is a position)."""
    given = call.args[0] if len(call.args) == 1 else UNKNOWN
    items = given.items if isinstance(given, Seq) else ()
    names: list[Const] = [item for item in items if isinstance(item, Const)]
    if names and len(names) == len(items) and not call.kwargs and len(
            {type(item.value) for item in names}) == 1 and type(names[0].value) in (str, int):
        return Seq(tuple(sorted(names, key=attrgetter("value"))))
    return Tail(()) if call.args and not call.has_star_args else UNKNOWN


def _field(interp: Interpreter, call: Call) -> Value:
    """A dataclass field's default: ``field(default=6)``, or what ``field(default_factory=
    ModelConfig)`` makes, called with nothing as for each instance built without it."""
    if "default" in call.kwargs:
        return call.kwargs["default"]
    factory = call.kwargs.get("default_factory")
    if factory is None or call.args:
        return UNKNOWN
    from .calls import call_value

    return call_value(interp, factory, replace(call, qualname="", args=(), kwargs={},
                                               arg_nodes=()), interp.globals)


def _copied(interp: Interpreter, call: Call) -> Value:
    """``copy.deepcopy(model)`` (a federated client's, a mean teacher's): a model of the same
    layers, its own object (what is set on the copy is the copy's); a value that cannot change
    is itself."""
    if len(call.args) != 1 or call.has_star_args:
        return UNKNOWN
    given = call.args[0]
    if isinstance(given, Model) and given.instance is not None:
        copied = interp.new_instance(given.instance.cls)
        copied.attrs.update(given.instance.attrs)
        return replace(given, instance=copied)
    return given if isinstance(given, (Model, Const, Tensor, LabelArray, Weights)) else UNKNOWN


RECORD_TYPE = "collections.namedtuple"


def _namedtuple(interp: Interpreter, call: Call) -> Value:
    """``namedtuple("Output", ["logits", "features"])`` (or ``"logits features"``): a type of
    tuples whose items are read by name too (see :func:`record`)."""
    fields = call.arg(1, "field_names")
    if isinstance(fields, Const) and isinstance(fields.value, str):
        names = fields.value.replace(",", " ").split()
    elif isinstance(fields, Seq) and all(isinstance(f, Const) and isinstance(f.value, str)
                                         for f in fields.items):
        names = [f.value for f in fields.items]  # type: ignore[attr-defined]
    else:
        return UNKNOWN
    return ApiObject(RECORD_TYPE, (("fields", Seq(tuple(Const(name) for name in names))),))


def record(names: tuple[str, ...], call: Call) -> Value:
    """``Output(logits=z, features=h)`` of a named tuple type (``namedtuple``, a
    ``typing.NamedTuple`` class): its items in order, each also read by its name (a field
    not given is its default, not known here)."""
    if call.has_star_args or not call.keywords_unpacked:
        return UNKNOWN
    items = [*call.args[:len(names)], *[UNKNOWN] * (len(names) - len(call.args))]
    for index, name in enumerate(names):
        items[index] = call.kwargs.get(name, items[index])
    return Seq(tuple(items), names=names)


def record_fields(value: Value) -> tuple[str, ...] | None:
    """The field names of a ``namedtuple`` type; None for any other value."""
    if not (isinstance(value, ApiObject) and value.qualname == RECORD_TYPE):
        return None
    fields = value.kwarg("fields")
    return tuple(f.value for f in fields.items) if isinstance(fields, Seq) else None  # type: ignore[attr-defined]


PYTHON_CALLS: dict[str, Callable[[Interpreter, Call], Value]] = {
    RECORD_TYPE: _namedtuple,
    "builtins.getattr": _getattr, "functools.partial": _partial, "builtins.dict": _dict,
    "collections.OrderedDict": _ordered_dict, "builtins.enumerate": _iterator,
    "builtins.zip": _iterator, "builtins.iter": _iterator, "builtins.next": _next,
    "builtins.isinstance": _isinstance, "builtins.sorted": _sorted, "dataclasses.field": _field,
    "copy.deepcopy": _copied, "copy.copy": _copied,
    **dict.fromkeys(_SEQUENCE_TYPES, _sequence),
}


_STRING_METHODS: dict[str, Callable[[str], str]] = {
    name: getattr(str, name) for name in ("lower", "upper", "casefold", "strip", "lstrip",
                                          "rstrip", "title", "capitalize")}


def string_method(text: str, name: str, call: Call) -> Value:
    """``name.lower()`` of a known string (a factory normalising the name it is given)."""
    method = _STRING_METHODS.get(name)
    if method is None or call.args or call.kwargs or call.has_star_args:
        return UNKNOWN
    return Const(method(text))


def membership(op: str, left: Value, right: Value) -> bool | None:
    """``name in ("cce", "categorical")``: a constant among constants written out."""
    if not (isinstance(left, Const) and isinstance(right, Seq)):
        return None
    values = [item.value for item in right.items if isinstance(item, Const)]
    if len(values) != len(right.items) or not all(
            isinstance(v, (int, float, str)) or v is None for v in (left.value, *values)):
        return None
    return (left.value in values) == (op == "In")


def columns(rows: Value) -> Value:
    """``zip(*rows)``: the columns of a list of rows of one width (``images, labels =
    zip(*batch)`` in a collate function), each a list like the rows: known item by item, or
    only in what every item can be."""
    kinds = item_kinds(rows) if isinstance(rows, (Seq, Tail)) else None
    if not kinds or not all(isinstance(kind, Seq) for kind in kinds):
        return UNKNOWN
    widths = {len(kind.items) for kind in kinds if isinstance(kind, Seq)}
    if len(widths) != 1:
        return UNKNOWN
    width = widths.pop()
    if isinstance(rows, Seq):
        return Seq(tuple(Seq(tuple(row.items[i] for row in rows.items if isinstance(row, Seq)))
                         for i in range(width)))
    found = [kinds_union(tuple(kind.items[i] for kind in kinds if isinstance(kind, Seq)))
             for i in range(width)]
    return Seq(tuple(UNKNOWN if column is None else
                     Tail.repeating(column) if len(column) == 1 else Tail((), column)
                     for column in found))
