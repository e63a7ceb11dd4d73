"""Predictions decoded into classes: argmax (the classes predicted, which self-training fits
another model to), thresholds (``p > 0.5``, ``p.gt(0.5)``), rounding, and metrics that read
predictions. Each framework registers its own spellings (``torch.argmax``, ``tf.round``) with
these handlers; the decoders are recorded as :class:`Decoding` facts for the checks."""

from __future__ import annotations

from collections.abc import Mapping

import libcst as cst

from ...facts import DecodeOp, Decoding, Labels, Metric
from ...interp.api import Call, ExtractContext, FunctionHandler
from ...interp.values import (
    UNKNOWN, Const, LabelArray, Scalar, Seq, Tail, Tensor, Value, Weights,
)
from ..specs import MetricFunction
from . import tables as T
from .values import axis_argument, const_float, const_int, kept_axis, model_loss


def decode(ctx: ExtractContext, value: Value, op: DecodeOp, node: cst.CSTNode,
           threshold: float | None = None, metric: Metric | None = None,
           per_class: bool = False) -> None:
    """Record a decoder applied to predictions: a model's, or a graph's head (``tf.matmul(x,
    W) + b``), whose training the checks find through the pairing of that head."""
    if not isinstance(value, Tensor) or value.head is None:
        return
    model = value.model
    ctx.record(Decoding(
        head=value.head, op=op, evidence=ctx.evidence(node), loss=model_loss(model),
        labels=model.labels if model is not None else None, threshold=threshold,
        whole=not value.column, model_head=model.head if model is not None else None,
        activated=value.activated,
        metric=metric, per_class=per_class,
    ))


def metric_function_handler(table: Mapping[str, MetricFunction]) -> FunctionHandler:
    """``binary_accuracy(y, logits)``, ``tf.metrics.auc(labels=y, predictions=logits)``: the
    metric reads the predictions."""

    def handler(ctx: ExtractContext, call: Call) -> Value:
        spec = table[call.qualname]
        threshold = (const_float(call.arg(spec.threshold.index, spec.threshold.name, Const(0.5)))
                     if spec.threshold is not None else None)
        metric = Metric(spec.name, ctx.evidence(call.node), threshold=threshold,
                        options=spec.options)
        decode(ctx, call.arg(spec.predictions.index, spec.predictions.name), "metric",
               call.node, metric=metric)
        return UNKNOWN

    return handler


def argmax(ctx: ExtractContext, call: Call) -> Value:
    value = call.arg(0, "a") if call.args else call.arg(0, "x")
    return argmax_of(ctx, value, call, axis_at=1)


def argmax_of(ctx: ExtractContext, value: Value, call: Call, axis_at: int = 0) -> Value:
    """``argmax`` of one-hot labels is class indices; of predictions, a decoder, unless it is
    taken over the batch axis (``scores.argmax(dim=0)``: the best sample for each class).
    ``axis_at``: where the call gives the axis by position."""
    if isinstance(value, LabelArray) and value.labels.encoding == "onehot":
        current = value.labels
        return LabelArray(Labels("index", ctx.evidence(call.node), current.n_classes,
                                 n_evidence=current.n_evidence, rank=1))
    if const_int(axis_argument(call, axis_at)) == 0 and not (isinstance(value, Tensor) and value.row):
        return UNKNOWN
    decode(ctx, value, "argmax", call.node)
    every_entry = not call.kwargs.keys() - T.KEEPDIMS and len(call.args) == axis_at  # (no axis)
    if every_entry and not is_prediction(value):
        return Scalar()  # np.bincount(window).argmax(): one integer (a window's majority class)
    if every_entry:
        return UNKNOWN
    if value is UNKNOWN or isinstance(value, Weights):
        return _positions(ctx, value, call, axis_at)
    return predicted_classes(ctx, value, call)


def predicted_classes(ctx: ExtractContext, value: Value, call: Call) -> Value:
    """The class each sample is predicted, as indices of the classes of the head (pseudo-labels
    that self-training fits another model to); not of a multi-label head, whose argmax is
    XL401's bug, nor of one unit. ``keepdim=True`` keeps the class axis, of length 1."""
    if not (is_prediction(value) and isinstance(value, Tensor) and value.head is not None
            and value.head.kind != "independent" and (value.head.units or 0) >= 2):
        return UNKNOWN
    head = value.head
    kept = kept_axis(call)
    # (kept: a trailing axis of 1 that no index loss takes, (N, 1) as far as it goes)
    rank = value.rank - (not kept) if value.rank else 2 if kept else None
    return LabelArray(Labels("index", ctx.evidence(call.node), head.units, n_evidence=head.evidence,
                             rank=rank, dtype="int64"))


def _positions(ctx: ExtractContext, value: Value, call: Call, axis_at: int) -> Value:
    """The argmax along a row of an array that is no prediction known here (a loaded teacher's
    ``predict()``, ``np.random.rand(n, 5)``): integer indices, which a loss reads as class
    indices, below the row's length when it is known."""
    width = value.shape[-1] if isinstance(value, Weights) and value.shape else None
    axis = const_int(axis_argument(call, axis_at))
    rank = len(value.shape) if isinstance(value, Weights) else None
    if rank is not None and axis not in (-1, rank - 1):
        width = None
    return LabelArray(Labels("index", ctx.evidence(call.node), width, drawn=True, dtype="int64",
                             rank=rank - (not kept_axis(call)) if rank else None))


def greater_function(ctx: ExtractContext, call: Call) -> Value:
    """``torch.gt(probs, 0.5)``, ``np.greater(p, 0.5)``: a threshold decoder."""
    return greater_of(ctx, call.arg(0, "input"), call, bound_at=1)


def greater_of(ctx: ExtractContext, value: Value, call: Call, bound_at: int = 0) -> Value:
    """``probs.gt(0.5)``, ``probs.ge(0.5)``: ``probs > 0.5`` spelled as a method."""
    threshold = const_float(call.arg(bound_at, "other"))
    if threshold is not None:
        decode(ctx, value, "threshold", call.node, threshold)
    return UNKNOWN


def round_function(ctx: ExtractContext, call: Call) -> Value:
    return round_of(ctx, call.args[0] if call.args else UNKNOWN, call, decimals_at=1)


def round_of(ctx: ExtractContext, value: Value, call: Call, decimals_at: int = 0) -> Value:
    """``round(p)`` decodes probabilities into 0/1; ``round(p, 3)`` only shortens them for
    display (``decimals_at``: the position of the number of decimals in the call)."""
    if not _display_rounding(call, decimals_at):
        decode(ctx, value, "round", call.node)
    return UNKNOWN


def _display_rounding(call: Call, position: int) -> bool:
    """A number of decimals is given, and it is not a literal 0 (a name, a string, are not)."""
    given = [call.kwargs[name] for name in T.ROUND_DECIMALS if name in call.kwargs]
    if not given and position < len(call.args):
        given = [call.args[position]]
    if not given:
        return False
    decimals = given[0]
    if isinstance(decimals, Const) and (decimals.value is None or isinstance(decimals.value, str)):
        return False  # round(p, None) rounds to integers; tf.round(x, "name") has no decimals
    return const_int(decimals) != 0


def max_over_classes(ctx: ExtractContext, value: Value, call: Call) -> Value:
    """``_, predicted = torch.max(outputs, 1)``: the argmax decoder of countless tutorials."""
    decode(ctx, value, "argmax", call.node)
    return Seq((UNKNOWN, predicted_classes(ctx, value, call)), names=("values", "indices"))


_THRESHOLD_OPS = frozenset({"GreaterThan", "GreaterThanEqual", "LessThan", "LessThanEqual"})


def comparison(ctx: ExtractContext, node: cst.Comparison, left: Value, op: str,
               right: Value) -> None:
    """``preds > 0.5``: a threshold decoder (observed; what the comparison gives is not
    answered here)."""
    if op not in _THRESHOLD_OPS:
        return None
    tensor, bound = (left, right) if isinstance(left, Tensor) else (right, left)
    if not isinstance(tensor, Tensor):
        return None
    threshold = const_float(bound)
    if threshold is not None:
        decode(ctx, tensor, "threshold", node, threshold)
    elif len(node.comparisons) == 1:
        bound_node = node.comparisons[0].comparator if tensor is left else node.left
        if _per_class(bound, bound_node):  # probs > thresholds: one for each class
            decode(ctx, tensor, "threshold", node, _highest(bound, bound_node), per_class=True)
    return None


def _per_class(bound: Value, node: cst.BaseExpression) -> bool:
    """Thresholds one for each class: numbers between 0 and 1 written out (``[0.3] * 14``),
    an array of them, or a name for them (a vector searched for on validation data)."""
    if isinstance(bound, (Seq, Tail)):
        each = bound.each if isinstance(bound, Tail) and bound.each is not None else ()
        return bool(bound.items) and all(
            (number := const_float(item)) is not None and 0 <= number <= 1
            for item in (*bound.items, *each))
    if isinstance(bound, (LabelArray, Weights)):
        return isinstance(bound, Weights) or bound.labels.dtype == "float"
    return bound is UNKNOWN and isinstance(node, (cst.Name, cst.Attribute))


def _highest(bound: Value, node: cst.BaseExpression) -> float | None:
    """The highest of per-class thresholds written out (in a list, or an array made of one:
    ``np.array([0.5, 0.3])``); None when not known."""
    if isinstance(node, cst.Call) and len(node.args) >= 1:
        node = node.args[0].value
    numbers = [_number(e.value) for e in node.elements] if isinstance(
        node, (cst.List, cst.Tuple)) else []
    if isinstance(bound, (Seq, Tail)):
        numbers = [const_float(item) for item in bound.items]
    known = [n for n in numbers if n is not None]
    return max(known) if known and len(known) == len(numbers) else None


def _number(node: cst.BaseExpression) -> float | None:
    if isinstance(node, (cst.Float, cst.Integer)):
        return float(node.evaluated_value)
    return None


def counted(ctx: ExtractContext, node: cst.BaseExpression | None) -> None:
    """``(probs > 0.5).any(dim=1)``, ``(probs > 0.5).sum(1) == 0``: a threshold on a softmax
    whose outcome is counted or tested over the classes (a confidence gate, rows given no
    class) decodes no classes, which the comparison alone would have (XL402). (Positives of
    a sigmoid or logits head counted are decoded all the same.)"""
    if not isinstance(node, cst.Comparison):
        return
    for found in ctx.decodings_at(node):
        if found.op == "threshold" and found.head.kind == "exclusive":
            ctx.retract(found)


def is_prediction(value: Value) -> bool:
    """A model's output itself: not a log of it, not an entry picked from it."""
    return (isinstance(value, Tensor) and value.head is not None and value.log_of is None
            and value.picked is None)
