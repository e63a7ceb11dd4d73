"""Python's lists and dicts changed in place: ``layers.append(head)``, ``layers += [...]``,
``del layers[-1]``, ``config["loss"] = ...``, ``config.update(...)``.

A stack of layers is often built as a list before it becomes a model
(``nn.Sequential(*layers)``, ``keras.Sequential(layers)``), and settings as a dict before they
reach ``compile``; a list or dict kept as it was written, while the code appended a softmax to
it or replaced its loss, would be read wrong. So every change is followed where its result is
known, and the container becomes unknown where it is not. A loop that appends leaves a list
whose last items are still known (:class:`Tail`), which is what a stack's head needs.
"""

from __future__ import annotations

from typing import TypeGuard

from .api import Call
from .values import (
    UNKNOWN, Const, Dict, Numbering, Scalar, Seq, Tail, Value, const_int, item_kinds, kinds_union,
)

ListValue = Seq | Tail
Container = Seq | Tail | Dict

# The methods that change a list or a dict in place.
_LIST_CHANGING = frozenset({"append", "extend", "insert", "pop", "remove", "clear", "sort",
                            "reverse"})
_DICT_CHANGING = frozenset({"update", "pop", "popitem", "setdefault", "clear"})
CHANGING_METHODS = _LIST_CHANGING | _DICT_CHANGING


def numbering(pair: Value) -> Numbering | None:
    """The dict made of ``(key, place)`` pairs, the place an ``enumerate`` count."""
    if isinstance(pair, Seq) and len(pair.items) == 2 and isinstance(pair.items[1], Scalar):
        return Numbering()
    return None


def changes_container(receiver: Value, name: str) -> TypeGuard[Container]:
    """``receiver.name(...)`` changes a list or dict the interpreter knows."""
    if isinstance(receiver, Dict):
        return name in _DICT_CHANGING
    return isinstance(receiver, (Seq, Tail)) and name in _LIST_CHANGING


def dict_view(receiver: Dict, name: str) -> Value | None:
    """``heads.items()``, ``.keys()``, ``.values()`` of a dict known entry by entry (a
    ``nn.ModuleDict`` of heads, a dict of losses): what a loop or a comprehension goes through."""
    if name == "items":
        return Seq(tuple(Seq((Const(key), value)) for key, value in receiver.items))
    if name == "keys":
        return Seq(tuple(Const(key) for key, _ in receiver.items))
    if name == "values":
        return Seq(tuple(value for _, value in receiver.items))
    return None


def call_container_method(receiver: Container, name: str, call: Call,
                          item: Value = UNKNOWN) -> tuple[Value, Value]:
    """``receiver.name(...)``: (what the call returns, the list or dict after it); ``item``:
    what one item of the argument of ``extend`` is, when it is not a list (an array)."""
    if isinstance(receiver, Dict):
        return _call_dict_method(receiver, name, call)
    if call.kwargs or call.has_star_args:
        return UNKNOWN, UNKNOWN
    args = call.args
    if name == "append" and len(args) == 1:
        return Const(None), _with_items(receiver, (*receiver.items, args[0]), (args[0],))
    if name == "extend" and len(args) == 1:
        return Const(None), concatenate(receiver, args[0], item)
    if name == "clear" and not args:
        return Const(None), Seq(())
    if name == "reverse" and not args and isinstance(receiver, Seq):
        return Const(None), Seq(receiver.items[::-1])
    if name == "pop":
        return _pop(receiver, args)
    if name == "insert" and len(args) == 2 and isinstance(receiver, Seq):
        index = const_int(args[0])
        if index is not None:
            items = list(receiver.items)
            items.insert(index, args[1])
            return Const(None), Seq(tuple(items))
    return (UNKNOWN if name == "pop" else Const(None)), UNKNOWN


def _call_dict_method(receiver: Dict, name: str, call: Call) -> tuple[Value, Value]:
    if call.has_star_args:
        return UNKNOWN, UNKNOWN
    args = call.args
    if name == "update" and len(args) <= 1:
        given = args[0] if args else Dict(())
        if not isinstance(given, Dict):
            return Const(None), UNKNOWN
        return Const(None), receiver.updated([*given.items, *call.kwargs.items()])
    if name == "clear" and not args:
        return Const(None), Dict(())
    key = args[0] if args and not call.kwargs else None
    if not (isinstance(key, Const) and len(args) <= 2):
        return UNKNOWN, UNKNOWN
    present = any(k == key.value for k, _ in receiver.items)
    if name == "pop":
        found = receiver.get(key.value) if present else args[1] if len(args) == 2 else UNKNOWN
        return found, receiver.without(key.value)
    if name == "setdefault":
        if present:
            return receiver.get(key.value), receiver
        default = args[1] if len(args) == 2 else Const(None)
        return default, receiver.updated([(key.value, default)])
    return UNKNOWN, UNKNOWN


def _pop(receiver: ListValue, args: tuple[Value, ...]) -> tuple[Value, Value]:
    index = const_int(args[0]) if args else -1
    if index is None or not receiver.items:
        return UNKNOWN, UNKNOWN
    if isinstance(receiver, Tail) and index >= 0:
        return UNKNOWN, UNKNOWN
    removed = _removed(receiver, index)
    if removed is None:
        return UNKNOWN, UNKNOWN
    return receiver.items[index], removed


def concatenate(left: Value, right: Value, item: Value = UNKNOWN) -> Value:
    """``left + right`` on lists (also ``left += right``, ``left.extend(right)``; ``item``: what
    one item of ``right`` is, when it is not a list)."""
    if not isinstance(left, (Seq, Tail)):
        return UNKNOWN
    if isinstance(right, Seq):
        return _with_items(left, (*left.items, *right.items), right.items)
    if isinstance(right, Tail):
        return Tail(right.items, kinds_union(item_kinds(left), right.each))
    if item is not UNKNOWN:  # preds.extend(probs): a row of the array each
        return Tail((), kinds_union(item_kinds(left), (item,)))
    return Tail(())  # a list still, of which nothing is known


def delete_item(receiver: Container, indices: tuple[Value, ...]) -> Value:
    """``del receiver[i]``: the list without its item ``i``, the dict without its key."""
    if isinstance(receiver, Dict):
        key = indices[0] if len(indices) == 1 else None
        if not isinstance(key, Const):
            return UNKNOWN
        return receiver.without(key.value)
    index = const_int(indices[0]) if len(indices) == 1 else None
    if index is None or (isinstance(receiver, Tail) and index >= 0):
        return UNKNOWN
    return _removed(receiver, index) or UNKNOWN


def set_item(receiver: Container, indices: tuple[Value, ...], value: Value) -> Value:
    """``receiver[i] = value``: the list with item ``i`` replaced, the dict with key ``i``."""
    if isinstance(receiver, Dict):
        key = indices[0] if len(indices) == 1 else None
        if not isinstance(key, Const):
            return UNKNOWN
        return receiver.updated([(key.value, value)])
    index = const_int(indices[0]) if len(indices) == 1 else None
    if index is None or not -len(receiver.items) <= index < len(receiver.items) or (
            isinstance(receiver, Tail) and index >= 0):
        return UNKNOWN
    items = list(receiver.items)
    items[index] = value
    return _with_items(receiver, tuple(items), (value,))


def _removed(receiver: ListValue, index: int) -> ListValue | None:
    if not -len(receiver.items) <= index < len(receiver.items):
        return None
    items = list(receiver.items)
    del items[index]
    return _with_items(receiver, tuple(items))


def _with_items(receiver: ListValue, items: tuple[Value, ...],
                added: tuple[Value, ...] = ()) -> ListValue:
    """``receiver`` holding ``items`` now, of which ``added`` may be new values."""
    if isinstance(receiver, Seq):
        return Seq(items)
    return Tail(items, kinds_union(receiver.each, added))


def every_item(value: Value) -> Value | None:
    """What each item of a list of length not known is, when that is one value (the outputs
    of ``[head(h) for head in self.heads]``, a head per task made in a loop); else None."""
    if not isinstance(value, Tail) or value.each is None or len(value.each) != 1:
        return None
    return value.each[0] if all(item == value.each[0] for item in value.items) else None
