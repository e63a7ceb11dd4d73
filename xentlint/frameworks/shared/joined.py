"""Arrays joined as more samples: label arrays concatenated or stacked (``np.concatenate``,
``torch.cat``, ``np.hstack`` of class indices, ``np.vstack`` of one-hot rows) and a model's
outputs gathered batch by batch (``all_logits.append(model(x))`` then ``torch.cat``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Literal, TypeVar

import libcst as cst

from ...interp.api import Call, ExtractContext, FunctionHandler
from ...interp.values import (
    UNKNOWN, Const, LabelArray, Seq, Tail, Tensor, Value, Weights, item_kinds,
)
from ..specs import Slot
from . import decoders, ensembles
from .listed import stacked
from .values import const_int

Agreed = TypeVar("Agreed")


def concatenation_handler(table: Mapping[str, tuple[Slot, Slot, int | None]]) -> FunctionHandler:
    """``np.concatenate([y_a, y_b])``, ``torch.cat(...)``: label arrays joined along axis 0
    are more samples of what each is, when they all agree (encoding, classes, dtype, rank)."""

    def handler(ctx: ExtractContext, call: Call) -> Value:
        arrays_slot, axis_slot, default_axis = table[call.qualname]
        axis = const_int(call.arg(axis_slot.index, axis_slot.name,
                                  Const(default_axis) if default_axis is not None else UNKNOWN))
        if axis != 0:
            return UNKNOWN
        return _joined(ctx, call, call.arg(arrays_slot.index, arrays_slot.name), None)

    return handler


def stack_handler(table: Mapping[str, Literal["vectors", "matrices"]]) -> FunctionHandler:
    """``np.hstack([y_a, y_b])`` of class indices, ``np.vstack([Y_a, Y_b])`` of one-hot rows:
    more samples, where the arrays are what the function joins along axis 0 (hstack puts
    one-hot rows side by side, vstack stacks index vectors into rows)."""

    def handler(ctx: ExtractContext, call: Call) -> Value:
        return _joined(ctx, call, call.arg(0, "tup"), table[call.qualname])

    return handler


def new_axis_handler(table: Mapping[str, tuple[Slot, Slot, int]]) -> FunctionHandler:
    """``torch.stack(labels)``, ``np.stack(rows)``: label arrays stacked along a new first
    axis, when they all agree, are one sample each of what they are: one more axis."""

    def handler(ctx: ExtractContext, call: Call) -> Value:
        arrays_slot, axis_slot, default_axis = table[call.qualname]
        if const_int(call.arg(axis_slot.index, axis_slot.name, Const(default_axis))) != 0:
            return UNKNOWN
        parts = call.arg(arrays_slot.index, arrays_slot.name)
        if isinstance(parts, (Seq, Tail)) and ensembles.alike_outputs(parts):
            return parts  # (outputs to average: their mean along axis 0 is one of them)
        if not isinstance(_joined(ctx, call, parts, None), LabelArray):
            return UNKNOWN  # (a model's outputs stacked are not its output)
        # (each sample's labels: where they were made, the evidence)
        sample = next(kind for kind in _kinds(parts) or () if isinstance(kind, LabelArray))
        return LabelArray(stacked(sample.labels))

    return handler


def _joined(ctx: ExtractContext, call: Call, parts: Value,
            joins: Literal["vectors", "matrices"] | None) -> Value:
    """Label arrays joined as more samples: what they all are, when they agree (and are what
    ``joins`` joins along axis 0, when it matters); a model's outputs for batch after batch
    (``torch.cat(all_logits)``): its output for all of them."""
    batches = gathered_predictions(parts, rows=False)
    if batches is not None:
        return batches
    filled = _filled_vectors(ctx, call, parts)
    if filled is not None:
        return filled
    kinds = _kinds(parts)
    if not kinds:
        return UNKNOWN
    found = [part.labels for part in kinds if isinstance(part, LabelArray)]
    if len(found) != len(kinds) or len({(f.encoding, f.one_based, f.transposed)
                                        for f in found}) != 1:
        return UNKNOWN
    # (what the parts do not all say is not known of the whole: `y_lab.argmax(1)` of 10
    # classes joined with pseudo-labels picked by a mask, of a count not known)
    count = _agreed({f.n_classes for f in found})
    found[0] = replace(found[0], n_classes=count, rank=_agreed({f.rank for f in found}),
                       n_evidence=found[0].n_evidence if count is not None else None,
                       dtype=_agreed({f.dtype for f in found}),
                       # (every class of one part that has them all: all of them, not fewer)
                       drawn=all(f.drawn for f in found),
                       columns_presumed=any(f.columns_presumed for f in found))
    rank = found[0].rank
    if joins is not None and (rank is None or (rank == 1) != (joins == "vectors")):
        return UNKNOWN
    return LabelArray(replace(found[0], evidence=ctx.evidence(call.node)))


def _filled_vectors(ctx: ExtractContext, call: Call, parts: Value) -> Weights | None:
    """``torch.cat([torch.ones(n_pos), torch.zeros(n_neg)])`` (a link predictor's edge
    labels): ones and zeros joined, one vector of 0/1 targets where a loss takes it."""
    items = parts.items if isinstance(parts, Seq) else ()
    vectors = [item for item in items if isinstance(item, Weights) and item.filled is not None
               and len(item.shape) == 1]
    if not items or len(vectors) != len(items):
        return None
    lengths = [vector.shape[0] for vector in vectors]
    total = None if None in lengths else sum(n for n in lengths if n is not None)
    dtypes = {vector.dtype for vector in vectors}
    return Weights((total,), filled=ctx.evidence(call.node),
                   dtype=dtypes.pop() if len(dtypes) == 1 else None)


def _agreed(values: set[Agreed | None]) -> Agreed | None:
    """The one value every part has; None (not known of the whole) when they differ."""
    return next(iter(values)) if len(values) == 1 else None


def _kinds(parts: Value) -> tuple[Value, ...] | None:
    """What the arrays joined can be: a list's items, what every item appended or made by a
    comprehension can be, or the one last item of a list otherwise not known."""
    if isinstance(parts, Tail) and parts.each is None:
        return parts.items if len(parts.items) == 1 else None
    return item_kinds(parts) if isinstance(parts, (Seq, Tail)) else None


def gathered_predictions(parts: Value, rows: bool) -> Tensor | None:
    """A list of one model's outputs, every item alike: for each batch (``all_logits.append(
    model(x))``) or each sample's row (``preds.extend(probs)``), as ``rows`` says. Joined
    (batches) or stacked (rows), they are its output for every sample."""
    kinds = item_kinds(parts) if isinstance(parts, (Seq, Tail)) else None
    if not kinds or not all(decoders.is_prediction(kind) for kind in kinds):
        return None
    first = kinds[0]
    assert isinstance(first, Tensor)
    if any(kind != first for kind in kinds) or first.row != rows:
        return None
    return replace(first, row=False)


def written_into(ctx: ExtractContext, owner: Value, node: cst.Subscript,
                 indices: tuple[Value, ...], value: Value) -> Value | None:
    """``outputs[t] = decoder(x)`` into ``torch.zeros(T, N, V)`` (a sequence model's loop,
    step by step): the buffer holds that model's outputs, of the buffer's rank, when its last
    axis is as wide as they are (the loop that writes them runs: branches.py)."""
    if not (isinstance(owner, Weights) and owner.filled is not None and owner.shape
            and isinstance(value, Tensor) and decoders.is_prediction(value)):
        return None
    head = value.head
    if head is None or head.units is None or owner.shape[-1] != head.units:
        return None
    return replace(value, rank=len(owner.shape), row=False)
