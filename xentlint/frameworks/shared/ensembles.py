"""Predictions averaged: test-time augmentation, folds and ensembles decode the mean of outputs
of one kind (``(p1 + p2) / 2``, ``np.mean([m.predict(x) for m in models], axis=0)``,
``torch.stack(outs).mean(0)``, ``probs += model.predict(x) / k`` from zeros), which is an
output of that kind: the decoders judge it as they judge each of them. Outputs of different
kinds (a softmax's and a sigmoid's, probabilities and raw scores) make nothing known.
"""

from __future__ import annotations

from dataclasses import replace

import libcst as cst

from ...interp.api import Call, ExtractContext
from ...interp.values import (
    UNKNOWN, Scalar, Seq, Tail, Tensor, Unknown, Value, Weights, item_kinds,
)
from . import decoding, scores
from .decoders import is_prediction
from .values import axis_argument, const_float, const_int, kept_axis


def combined(ctx: ExtractContext, node: cst.CSTNode, operator: cst.BaseBinaryOp, left: Value,
             right: Value) -> Value | None:
    """The binary-operator hook: a sum of outputs, or an output's share of an average."""
    if isinstance(operator, cst.Add):
        return summed(left, right)
    if isinstance(operator, cst.Divide):
        return weighted(operator, left, right)
    if isinstance(operator, cst.Multiply):
        return weighted(operator, left, right) or weighted(operator, right, left)
    return None


def reduction(ctx: ExtractContext, call: Call) -> Value:
    """``np.mean(outputs, axis=0)``, or what a reduction of a loss term is (decoding.py)."""
    outputs = call.args[0] if call.args else UNKNOWN
    pooled = pooled_over_time(outputs, call, 1) if call.qualname.endswith(".mean") else None
    return (mean_over_outputs(outputs, call, axis_at=1) or pooled
            or scores.summed(ctx, outputs, call, 1) or decoding.reduction(ctx, call))


def pooled_over_time(output: Value, call: Call, axis_at: int) -> Tensor | None:
    """``softmax(z, -1).mean(dim=1)`` of (N, T, C) frame outputs: the mean over an axis
    between the batch and the classes (a clip's frames, TSN's segments) of distributions is a
    distribution over the same classes, of one axis fewer (over the classes themselves it
    would be the constant 1/C: not what code means)."""
    axis = const_int(axis_argument(call, axis_at))
    if not (is_prediction(output) and isinstance(output, Tensor) and output.head is not None
            and output.head.kind == "exclusive" and output.head.axis == -1):
        return None
    rank = output.rank
    if axis is None or axis < 1 or rank is not None and axis >= rank - 1 or kept_axis(call):
        return None
    return replace(output, rank=rank - 1 if rank is not None else None, mixture=True)


def python_sum(ctx: ExtractContext, call: Call) -> Value:
    """``sum(torch.softmax(m(x), -1) for m in models)``, ``sum(member_probs)``: the sum of
    outputs alike is an output of their kind (an average's numerator)."""
    outputs = call.args[0] if len(call.args) == 1 and not call.kwargs else UNKNOWN
    return _mixture(outputs) or UNKNOWN


def summed(left: Value, right: Value) -> Tensor | None:
    """``p1 + p2`` of outputs alike, or an output added to zeros (an accumulator)."""
    if alike(left, right):
        assert isinstance(left, Tensor)
        return replace(left, mixture=True)
    for total, output in ((left, right), (right, left)):
        if isinstance(total, Weights) and total.filled is not None and is_prediction(output):
            assert isinstance(output, Tensor)
            return replace(output, mixture=True)
    return None


def weighted(operator: cst.BaseBinaryOp, output: Value, factor: Value) -> Tensor | None:
    """``p / 2``, ``p / n_folds``, ``p / len(models)``, ``p / kf.get_n_splits()``, ``0.5 *
    p``: an output's share of an average."""
    number = const_float(factor)
    scalar = isinstance(factor, (Scalar, Unknown)) or isinstance(factor, Weights) and (
        factor.shape in ((), (1,)))  # (T = tf.Variable(1.0), torch.ones(1): a temperature)
    if scalar and isinstance(operator, cst.Divide):
        number = 1.0  # (a count: len(models), a number not known here)
    if not is_prediction(output) or number is None:
        return None
    assert isinstance(output, Tensor)
    if isinstance(operator, cst.Divide) and number >= 1:
        return output
    if isinstance(operator, cst.Multiply) and 0 < number <= 1:
        return output
    return None


def mean_over_outputs(outputs: Value, call: Call, axis_at: int) -> Tensor | None:
    """The mean (or sum) along axis 0 of a list of outputs alike, or of their stack:
    ``np.mean(preds, axis=0)`` (``axis_at``: where the axis is), ``torch.stack(preds).mean(0)``."""
    if const_int(axis_argument(call, axis_at)) != 0:
        return None
    return _mixture(outputs)


def _mixture(outputs: Value) -> Tensor | None:
    """What outputs alike make together (their sum or mean): an output of their kind."""
    if not isinstance(outputs, (Seq, Tail)) or not alike_outputs(outputs):
        return None
    first = (item_kinds(outputs) or ())[0]
    assert isinstance(first, Tensor)
    return replace(first, mixture=True)


def alike_outputs(outputs: Seq | Tail) -> bool:
    """A list whose every item is an output, all of one kind."""
    kinds = item_kinds(outputs) or ()
    return bool(kinds) and all(alike(kinds[0], kind) for kind in kinds)


def alike(a: Value, b: Value) -> bool:
    """Two outputs of one kind: the same activation over as many units, laid out alike."""
    if not (is_prediction(a) and is_prediction(b)):
        return False
    assert isinstance(a, Tensor) and isinstance(b, Tensor)
    return _kind(a) == _kind(b)


def _kind(output: Tensor) -> tuple[object, ...]:
    head = output.head
    assert head is not None
    return (head.kind, head.activation, head.units, head.axis, output.row, output.column,
            output.rank)
