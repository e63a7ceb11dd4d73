"""Branches: run each from the same state, then keep what all of them agree on.

Names live in environments (dicts); attributes live on instances (``self.loss = ...``) and on
the module namespace (a function rebinding a module-level model). A branch journals the
instances it writes to (their state before it); those are restored between branches and joined
at the end. Instances a branch creates are its own. The join of two values (:func:`join`) is
what both say: equal values survive, a model keeps what agrees, lists keep their common end and
every value an item can be, numbers become one of them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from ..facts import Head, Loss
from .values import (
    UNKNOWN, BoundMethod, Choice, Const, Instance, LabelArray, LossValue, Model, OneOf, Seq, Tail,
    Tensor, Value, Weights, is_number, item_kinds, kinds_union,
)


class ModuleNamespace:
    """The module's globals seen as an object with attributes, for the branch journals."""

    serial = -1  # older than every branch

    def __init__(self, names: dict[str, Value]) -> None:
        self.attrs = names


class BranchEnv(dict[str, Value]):
    """A branch's copy of the environment that remembers which names the branch rebinds, so
    joining costs what the branches changed, not the size of the module."""

    def __init__(self, base: dict[str, Value]) -> None:
        super().__init__(base)
        self.changed: set[str] = set()

    def __setitem__(self, key: str, value: Value) -> None:
        self.changed.add(key)
        super().__setitem__(key, value)

    def pop(self, key: str, *default: Any) -> Any:
        self.changed.add(key)
        return super().pop(key, *default)


Owner = Instance | ModuleNamespace
Journal = dict[int, tuple[Owner, dict[str, Value]]]


class Branches:
    """The open branches' journals, and the creation counter that tells a branch's own
    instances from older ones."""

    def __init__(self) -> None:
        self._journals: list[tuple[Journal, int]] = []
        self.created = 0

    def new_serial(self) -> int:
        serial = self.created
        self.created += 1
        return serial

    def touch(self, owner: Owner) -> None:
        """Journal ``owner``'s attributes before the current branch first changes them."""
        if not self._journals:
            return
        journal, created_before = self._journals[-1]
        if owner.serial < created_before and id(owner) not in journal:
            journal[id(owner)] = (owner, dict(owner.attrs))

    def run(self, env: dict[str, Value], branches: list[Callable[[dict[str, Value]], None]],
            stop: type[BaseException]) -> None:
        """Run each branch on a copy of ``env`` (``stop``: how a branch ends early, a
        ``return``), then join names and journaled attributes into ``env``."""
        envs: list[dict[str, Value]] = []
        before: Journal = {}
        after: list[dict[int, dict[str, Value]]] = []
        for branch in branches:
            journal: Journal = {}
            self._journals.append((journal, self.created))
            branch_env = BranchEnv(env)
            try:
                branch(branch_env)
            except stop:
                pass
            finally:
                self._journals.pop()
            envs.append(branch_env)
            after.append({key: dict(owner.attrs) for key, (owner, _) in journal.items()})
            for key, (owner, state) in journal.items():
                before.setdefault(key, (owner, state))
                owner.attrs.clear()
                owner.attrs.update(state)
        join_into(env, envs)
        for key, (owner, state) in before.items():
            self.touch(owner)
            states = [branch_after.get(key, state) for branch_after in after]
            owner.attrs.clear()
            join_into(owner.attrs, states)


def join_into(env: dict[str, Value], branches: list[dict[str, Value]]) -> None:
    """``env`` becomes the join of the branches (each started as a copy of ``env``)."""
    if all(isinstance(b, BranchEnv) for b in branches):
        changed = set().union(*(b.changed for b in branches))  # type: ignore[attr-defined]
    else:
        missing = object()
        changed = {name for branch in branches for name, value in branch.items()
                   if env.get(name, missing) is not value}
        changed |= {name for name in env if any(name not in branch for branch in branches)}
    for name in changed:
        # A branch that did not bind the name cannot reach a later use of it (NameError):
        # join only the branches that bound it (a loop body that defines `output`).
        values = [b[name] for b in branches if name in b]
        if values:
            env[name] = join_all(values)
        else:
            env.pop(name, None)


def join_all(values: list[Value]) -> Value:
    """The join of one or more values: what all of them agree on."""
    result = values[0]
    for value in values[1:]:
        result = join(result, value)
    return result


def _configured(loss: Loss) -> tuple[object, ...]:
    return (loss.spec, loss.expects, loss.axis, loss.reconciles_rank, loss.reduction)


MAX_CHOICES = 8  # one of more numbers than this: which, not known


def one_of(*values: Value) -> OneOf | None:
    """The numbers (or rows of numbers) that values written in different branches can be
    (``1`` here, ``0`` there; ``[1, 0]`` here, ``[0, 1]`` there): one of them; None unless each
    is one written out or one of some, all alike."""
    choices: list[Const | Seq] = []
    for value in values:
        for choice in value.values if isinstance(value, OneOf) else (value,):
            if not (isinstance(choice, Const) and is_number(choice)
                    or isinstance(choice, Seq) and _number_row(choice)):
                return None
            if choice not in choices:
                choices.append(choice)
    alike = len({len(c.items) if isinstance(c, Seq) else -1 for c in choices}) == 1
    return OneOf(tuple(choices)) if alike and 1 < len(choices) <= MAX_CHOICES else None


def _number_row(value: Seq) -> bool:
    """A row of two or more numbers written out; a list of one number is a list that
    branches appended to, which joins item by item."""
    return len(value.items) > 1 and all(
        isinstance(item, Const) and is_number(item) for item in value.items)


def join(a: Value, b: Value) -> Value:
    """The value of a name after two branches: equal values survive, a model keeps what agrees."""
    if a is b or a == b:
        return a
    for value, other in ((a, b), (b, a)):
        if (isinstance(value, Tensor) and value.head is not None and isinstance(other, Const)
                and other.value is None):
            return value  # (an aux head `... if self.training else None`: None reaches no loss)
    if isinstance(a, Model) and isinstance(b, Model) and a.evidence == b.evidence and (
            _class_of(a) is _class_of(b)):
        return replace(
            a,
            head=a.head if a.head == b.head else None,
            loss=a.loss if a.loss == b.loss else UNKNOWN,
            metrics=a.metrics if a.metrics == b.metrics else (),
            labels=a.labels if a.labels == b.labels else None,
            outputs=a.outputs if a.outputs == b.outputs else (),
            rank=a.rank if a.rank == b.rank else None,
            rest=a.rest if a.rest == b.rest else None,
        )
    if isinstance(a, Model) and isinstance(b, Model):
        return _alike_models(a, b)
    if isinstance(a, LossValue) and isinstance(b, LossValue):
        # Losses of one kind configured alike (`CrossEntropyLoss()` or with label smoothing):
        # the first stands for both, its flag not to be edited alone (the other's would stay).
        if _configured(a.loss) != _configured(b.loss):
            return UNKNOWN
        return replace(a, loss=replace(a.loss, logits_flag=None)) if a.loss.logits_flag else a
    if isinstance(a, Tensor) and isinstance(b, Tensor):
        return _alike_outputs(a, b)
    numbers = one_of(a, b)
    if numbers is not None:
        return numbers
    if isinstance(a, Seq) and isinstance(b, Seq) and len(a.items) == len(b.items):
        return Seq(tuple(join(x, y) for x, y in zip(a.items, b.items)))
    filled = (_filled_rows(a, b) or _filled_rows(b, a) or _accumulated(a, b)
              or _accumulated(b, a))
    if filled is not None:
        return filled
    if isinstance(a, (Seq, Tail)) and isinstance(b, (Seq, Tail)):
        # a list a loop appended to, or not
        return Tail(_common_suffix(a.items, b.items), kinds_union(item_kinds(a), item_kinds(b)))
    return UNKNOWN


def _alike_models(a: Model, b: Model) -> Value:
    """Models each branch builds (``small() if fast else big()``, ``if args.cnn: ... else:
    ...``): one model when their heads end alike (the same activation over the same axis) and
    nothing else tells them apart, standing for both; the other branch's head is kept as an
    alternative, so that a fix edits every branch's model or none. Models of user classes
    whose heads their forward makes when called stay a :func:`choice` of both."""
    if a.head is None and b.head is None and a.instance is not None and b.instance is not None:
        return choice(a, b)  # (their outputs are made when called: by each class's forward)
    head = _alike_head(a.head, b.head)
    apart: dict[str, Any] = {"evidence": a.evidence, "head": None, "instance": None, "name": None}
    if head is None or replace(a, **apart) != replace(b, **apart):  # (compiled, trained apart)
        return UNKNOWN
    return replace(a, head=head, instance=a.instance if a.instance is b.instance else None)


def choice(*values: Value) -> Value:
    """One of these models (or methods, functions, classes), which not known: each is used in
    a branch of its own where it is called (``MODELS[args.arch](10)``, then ``model(x)``)."""
    items: list[Value] = []
    for value in values:
        for item in value.items if isinstance(value, Choice) else (value,):
            if item not in items:
                items.append(item)
    return Choice(tuple(items)) if len(items) <= MAX_CHOICES else UNKNOWN


def either(values: list[Value]) -> Value:
    """What one of ``values`` is, which not known: what they agree on, else each in its branch
    where it is used (the methods of models chosen by a key)."""
    joined = join_all(values)
    if joined is not UNKNOWN or not all(isinstance(v, (BoundMethod, Model)) for v in values):
        return joined
    return choice(*values)


def _class_of(model: Model) -> object:
    return model.instance.cls.node if model.instance is not None else None


def _alike_outputs(a: Tensor, b: Tensor) -> Value:
    """The outputs of such models, or of two heads ending alike (``self.fc_a(h) if task == "a"
    else self.fc_b(h)`` then a softmax each)."""
    head = _alike_head(a.head, b.head)
    apart: dict[str, Any] = {"head": None, "model": None, "activated": None}  # (each's input)
    if head is None or replace(a, **apart) != replace(b, **apart):
        return UNKNOWN
    model = a.model if a.model == b.model else join(a.model, b.model) if (
        a.model is not None and b.model is not None) else None
    if not isinstance(model, Model):
        model = None  # (models chosen by a key, the heads of a list: what they all give)
    return replace(a, head=head, model=model,
                   activated=a.activated if a.activated == b.activated else None)


def _alike_head(first: Head | None, second: Head | None) -> Head | None:
    """One head for two that end alike (the width kept where it agrees)."""
    if first is None or second is None or (first.activation, first.kind, first.axis, first.inline
                                           ) != (second.activation, second.kind, second.axis,
                                                 second.inline):
        return None
    others = [e for e in (second.evidence, *second.alternatives)
              if e != first.evidence and e not in first.alternatives]  # (one head, made twice)
    return replace(first, units=first.units if first.units == second.units else None,
                   alternatives=(*first.alternatives, *dict.fromkeys(others)))


def _filled_rows(before: Value, after: Value) -> LabelArray | None:
    """``Y = np.zeros((n, C))`` then ``for i, label in enumerate(y): Y[i, label] = 1``: the
    loop that fills the rows runs (rows it never filled would be no labels at all), so the
    array is the rows it made, one-hot or multi-hot of that width; ``for tag in tags:
    target[tag] = 1``: one sample's row of every tag it has (none: a row of zeros)."""
    if isinstance(before, LabelArray) and before.filled and isinstance(after, LabelArray) and (
            after.labels.encoding in ("onehot", "multihot") and before.labels.rank == 1
            and after.labels.rank == 1 and after.labels.n_classes is None):
        return after  # (zeros of a length not known, marked)
    if not (isinstance(before, Weights) and isinstance(after, LabelArray)):
        return None
    labels = after.labels
    if labels.encoding not in ("onehot", "multihot") or labels.rank != len(before.shape) or (
            before.shape[-1] != labels.n_classes):
        return None
    return after


def _accumulated(before: Value, after: Value) -> Tensor | None:
    """``probs = np.zeros((n, C))`` then ``for m in models: probs += m.predict(x) / k``, or
    ``outputs[t] = decoder(x)`` step by step: the loop that adds outputs to the zeros, or
    writes them into it, runs, so the array is what they add up to or are."""
    if (isinstance(before, Weights) and before.filled is not None and isinstance(after, Tensor)
            and after.head is not None):
        return after
    return None


def _common_suffix(a: tuple[Value, ...], b: tuple[Value, ...]) -> tuple[Value, ...]:
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return a[len(a) - n:]
