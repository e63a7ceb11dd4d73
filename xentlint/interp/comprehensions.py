"""Comprehensions: what they iterate, and the list, dict or generator they make.

Where an item is known (a prediction's rows, a model's outputs) the element runs once, in a
scope of its own; over items not known it runs only when it builds nothing of the analysed
code's (a lookup, a library call, a number chosen by a condition), so that
``[label2id[name] for name in names]`` is a vector of class indices while
``[Layer(config) for _ in range(n)]`` costs nothing.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

import libcst as cst

from .containers import numbering
from .values import (
    UNKNOWN, ApiObject, ApiRef, BoundMethod, Const, Dict, Env, Function, LabelArray, Layer, Model,
    OneOf, Seq, Tail, Tensor, Value, const_int, is_number,
)

if TYPE_CHECKING:
    from .interpreter import Interpreter


class _Scope(dict[str, Value]):
    """A comprehension's own names over the enclosing ones: read through, written here (a
    copy of a module's names for each comprehension was most of what they cost)."""

    def __init__(self, outer: Env) -> None:
        super().__init__()
        self.outer = outer

    def __contains__(self, key: object) -> bool:
        return dict.__contains__(self, key) or key in self.outer

    def __missing__(self, key: str) -> Value:
        return self.outer[key]

    def get(self, key: str, default: Any = None) -> Any:
        return self[key] if key in self else default


def comprehension(interp: Interpreter,
                   node: cst.ListComp | cst.SetComp | cst.GeneratorExp | cst.DictComp,
                   env: Env) -> Value:
    """``[np.argmax(row) for row in scores]``: what it iterates is evaluated; where an item is
    known (a prediction's rows, a model's outputs), the element runs once, its names bound to
    it, in a scope of its own (what it decodes or pairs is seen). Over items not known
    (``range(n)``, a config's list) the element runs only where it looks a value up or calls
    a library's or a helper function (:func:`_looks_up`); objects of the code's classes it
    would build as the code does elsewhere (``[Layer(config) for _ in range(n)]``), at a cost.
    The list it makes is then of items not known (``[Block(n) for n in sizes]``)."""
    from .expressions import evaluate
    from .statements import bind, iterate

    first = evaluate(interp, node.for_in.iter, env)  # (what the outermost clause iterates)
    if isinstance(node, cst.DictComp):
        written = _dict_written_out(interp, node, env, first)
        if written is not None:
            return written
    if isinstance(node, cst.ListComp):
        parts = _parts_written_out(interp, node, env, first)
        if parts is not None:
            return parts
    local = _Scope(env)
    clause: cst.CompFor | None = node.for_in
    known = False
    while clause is not None:
        iterable = first if clause is node.for_in else evaluate(interp, clause.iter, local)
        item = iterate(interp, iterable)
        # (a list written out is known, its items alike or not: ["cat.1.jpg", "dog.1.jpg"])
        known = known or item is not UNKNOWN or isinstance(iterable, Seq) and bool(
            iterable.items)
        bind(interp, clause.target, item, local)
        clause = clause.inner_for_in
    made: Value = Tail(()) if isinstance(node, cst.ListComp) else UNKNOWN
    if isinstance(node, cst.ListComp) and isinstance(node.elt, (cst.List, cst.Tuple)) \
            and len(node.elt.elements) == 1:
        made = Tail.repeating((Seq((UNKNOWN,)),))  # [[c] for c in y]: sets of one label each
    if not known:
        if isinstance(node, cst.DictComp) and _building_an_item(interp):
            # item = {k: v[i] for k, v in self.encodings.items()}; item["labels"] = ...: the
            # keys it adds by name are known (what the comprehension made is not)
            return Dict(())
        if isinstance(node, cst.DictComp) and _applies_a_part(node.value):
            # {task: self.head(h) for task in self.tasks}: whatever the keys, the outputs alike
            each = evaluate(interp, node.value, local)
            return Dict((), each) if isinstance(each, Tensor) and each.head is not None else made
        if isinstance(node, cst.DictComp) or not _looks_up(interp, node.elt, local):
            return made
        element = evaluate(interp, node.elt, local)
        return _labels_of_each(element, isinstance(node, cst.ListComp)) or made
    clause = node.for_in
    while clause is not None:
        for condition in clause.ifs:
            evaluate(interp, condition.test, local)
        clause = clause.inner_for_in
    if isinstance(node, cst.DictComp):
        return numbering(Seq((evaluate(interp, node.key, local),
                              evaluate(interp, node.value, local)))) or made
    element = evaluate(interp, node.elt, local)  # (dict((c, i) for i, c in enumerate(chars)))
    pairs = numbering(element) if isinstance(node, cst.GeneratorExp) else None
    return pairs or _labels_of_each(element, isinstance(node, cst.ListComp)) or made


def _applies_a_part(element: cst.BaseExpression) -> bool:
    """``self.head(h)``, ``head(h)``: a part of a model (not a function of the items) applied."""
    return isinstance(element, cst.Call) and isinstance(element.func, (cst.Name, cst.Attribute))


def _building_an_item(interp: Interpreter) -> bool:
    """A data set's ``__getitem__`` is running (the innermost function)."""
    return bool(interp.stack) and isinstance(interp.stack[-1], cst.FunctionDef) and (
        interp.stack[-1].name.value == "__getitem__")


MAX_WRITTEN_OUT = 32  # a dict comprehension over more known items: its items not computed


def _dict_written_out(interp: Interpreter, node: cst.DictComp, env: Env,
                      iterable: Value) -> Dict | None:
    """``{c: i for i, c in enumerate(["cat", "dog"], start=1)}`` over a list written out: the
    dict itself (a label map whose class numbers are known)."""
    from .expressions import evaluate
    from .statements import bind

    clause = node.for_in
    if clause.inner_for_in is not None or clause.ifs or clause.asynchronous is not None:
        return None
    items = known_items(iterable)
    if items is None or len(items) > MAX_WRITTEN_OUT:
        return None
    entries: list[tuple[Any, Value]] = []
    for item in items:
        local = _Scope(env)
        bind(interp, clause.target, item, local)
        key = evaluate(interp, node.key, local)
        if not isinstance(key, Const):
            return None
        entries.append((key.value, evaluate(interp, node.value, local)))
    return Dict(()).updated(entries)


MAX_PARTS = 8  # a list comprehension over more known items: its parts not made one by one


def _parts_written_out(interp: Interpreter, node: cst.ListComp, env: Env,
                       iterable: Value) -> Seq | None:
    """``[layers.Dense(n, activation="softmax") for n in (3, 5)]``, ``[head(h) for head in
    heads]`` over a few items written out: the layers, models or outputs it makes, each (a
    multi-task model's heads); None when it makes anything else (labels: see above)."""
    from .expressions import evaluate
    from .statements import bind

    clause = node.for_in
    if clause.inner_for_in is not None or clause.ifs or clause.asynchronous is not None:
        return None
    items = _small_range(interp, clause.iter, env) or known_items(iterable)
    if not items or len(items) > MAX_PARTS:
        return None
    made: list[Value] = []
    for item in items:
        local = _Scope(env)
        bind(interp, clause.target, item, local)
        part = evaluate(interp, node.elt, local)
        if not isinstance(part, (Layer, Model, Tensor)) or isinstance(part, Tensor) and (
                part.head is None):
            return None
        made.append(part)
    return Seq(tuple(made))


def _small_range(interp: Interpreter, node: cst.BaseExpression, env: Env) -> list[Value] | None:
    """``range(N_DIGITS)`` of a known count, a few: its numbers."""
    from .expressions import evaluate

    if not (isinstance(node, cst.Call) and isinstance(node.func, cst.Name)
            and node.func.value == "range" and len(node.args) == 1 and not node.args[0].star):
        return None
    count = const_int(evaluate(interp, node.args[0].value, env))
    if count is None or not 0 < count <= MAX_PARTS:
        return None
    return [Const(i) for i in range(count)]


def known_items(iterable: Value) -> list[Value] | None:
    """The items of a list written out, or of ``enumerate`` / ``zip`` over such lists; a dict's
    keys (``for name in TASKS``)."""
    if isinstance(iterable, Seq):
        return list(iterable.items)
    if isinstance(iterable, Dict) and iterable.each is None:
        return [Const(key) for key, _ in iterable.items]
    if not isinstance(iterable, ApiObject):
        return None
    parts = [value for _, value in iterable.kwargs]
    if iterable.qualname == "builtins.enumerate" and isinstance(parts[0], Seq):
        start = const_int(parts[1]) if len(parts) > 1 else 0
        if start is None:
            return None
        return [Seq((Const(start + i), item)) for i, item in enumerate(parts[0].items)]
    lists = [part for part in parts if isinstance(part, Seq)]
    if iterable.qualname == "builtins.zip" and lists and len(lists) == len(parts) and len(
            {len(part.items) for part in lists}) == 1:
        return [Seq(tuple(part.items[i] for part in lists)) for i in range(len(lists[0].items))]
    return None


_SPLITS = frozenset({"split", "rsplit", "partition", "rpartition"})  # str's, into fields


def _looks_up(interp: Interpreter, element: cst.BaseExpression, env: Env) -> bool:
    """An element that only looks a value up (``label2id[name]``, ``CLASSES.index(name)``) or
    calls a library function (``to_categorical(chunk, 10)``): run even over items not known,
    as it builds nothing of the analysed code's; or a number chosen by a condition
    (``1 if name.startswith("dog") else 0``)."""
    from .expressions import evaluate

    if isinstance(element, cst.IfExp):
        return all(isinstance(side, (cst.Integer, cst.Float))
                   for side in (element.body, element.orelse))
    if isinstance(element, cst.ListComp):  # [[tag2idx[t] for t in s] for s in sentences]
        return _looks_up(interp, element.elt, env)
    if isinstance(element, (cst.Tuple, cst.List)) and element.elements:
        # (path, 1.0 if "dog" in path else 0.0): a sample and its label, each read or looked up
        return all(isinstance(item.value, (cst.Name, cst.Attribute, cst.SimpleString,
                                           cst.Integer, cst.Float))
                   or _looks_up(interp, item.value, env) for item in element.elements)
    if isinstance(element, cst.Subscript):
        value = element.value  # (line.split(",")[0]: a field of a line of text)
        return isinstance(value, (cst.Name, cst.Attribute)) or isinstance(value, cst.Call) and (
            isinstance(value.func, cst.Attribute) and value.func.attr.value in _SPLITS)
    if not isinstance(element, cst.Call):
        return False
    if isinstance(element.func, cst.Call):  # Dense(4, "softmax", name=f"t{i}")(x): a layer's
        return _looks_up(interp, element.func, env)
    if (isinstance(element.func, cst.Attribute) and element.func.attr.value == "index"
            and len(element.args) == 1):
        return True
    if not isinstance(element.func, (cst.Name, cst.Attribute)):
        return False
    func = evaluate(interp, element.func, env)
    # (or a helper function of the code's, [member_probs(z) for z in member_logits]: what
    # each item gives; not a class, whose objects the code builds elsewhere; a model applied
    # again and again, [model(x).softmax(-1) for _ in range(30)]: dropout samples; members'
    # parameters, [net.apply(p, x) for p in members])
    receiver = func.receiver if isinstance(func, BoundMethod) else None
    return isinstance(func, (ApiRef, Model)) or isinstance(func, Function) and (
        func.self_value is None) or isinstance(receiver, Model) or isinstance(
        receiver, Tensor) and receiver.head is not None


def _labels_of_each(element: Value, listed: bool) -> Value | None:
    """``[label2id[name] for name in names]``: one sample's label each, a vector of them;
    ``[1 if "dog" in f else 0 for f in files]``, ``[int(f[0]) for f in files]``: a list of
    those numbers (what an array made of it holds);
    ``[to_categorical(chunk, 10) for chunk in chunks]``: a list of such label arrays;
    ``[[tag2idx[t] for t in s] for s in sents]``: a list of such lists (sequences);
    ``[m.predict(x) for m in folds]``: a list of those outputs (to average, or to join)."""
    if isinstance(element, LabelArray) and element.labels.rank == 0:
        return LabelArray(replace(element.labels, rank=1))
    if isinstance(element, Tensor) and element.head is not None:
        return Tail.repeating((element,))  # (a generator's too: sum(p(x) for p in models))
    if listed and isinstance(element, (Layer, Model)):
        return Tail.repeating((element,))  # [nn.Linear(h, c) for _ in range(n_tasks)]: heads
    if isinstance(element, LabelArray) and listed or listed and is_number(element):
        return Tail.repeating((element,))
    if listed and isinstance(element, Tail) and element.each:
        return Tail.repeating((element,))  # [[tag2idx[t] for t in s] for s in sents]: sequences
    if listed and isinstance(element, OneOf) and all(
            isinstance(row, Seq) for row in element.values):
        return Tail.repeating((element,))  # [row for ...]: rows, one of these each
    if listed and isinstance(element, Seq) and any(
            isinstance(item, LabelArray) or is_number(item) for item in element.items):
        return Tail.repeating((element,))  # [(path, label) for ...]: pairs, read back by [i]
    return None
