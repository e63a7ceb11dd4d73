"""torchmetrics' classification metrics: their ``task`` says how they decode predictions.

``Accuracy(task="multiclass", num_classes=C)`` (and ``MulticlassAccuracy``) takes the argmax
of each sample's scores: a multi-label sigmoid head's argmax is XL401's bug.
``task="multilabel"`` / ``"binary"`` threshold each score at ``threshold`` (0.5): a softmax's
probabilities so decoded are XL402's bug. Scores outside [0, 1] are logits to torchmetrics,
which applies the sigmoid itself, so raw scores are not decoded here (no XL403).
"""

from __future__ import annotations

from ...interp.api import Call, ExtractContext, Hooks
from ...interp.values import UNKNOWN, ApiObject, BoundMethod, Const, Tensor, Value
from ..shared.decoders import decode
from ..shared.values import const_float
from . import tables as KT


def metric(ctx: ExtractContext, call: Call) -> Value:
    """``torchmetrics.Accuracy(task="multilabel", num_labels=10)``: a metric of that task."""
    named = KT.TORCHMETRICS[call.qualname]  # (MultilabelAccuracy: the task is in the name)
    task = Const(named) if named else call.arg(KT.TORCHMETRICS_TASK.index,
                                               KT.TORCHMETRICS_TASK.name)
    threshold = call.kwargs.get("threshold", Const(0.5))
    return ApiObject(call.qualname, (("task", task if isinstance(task, Const) else UNKNOWN),
                                     ("threshold", threshold)))


def _task(value: Value) -> str | None:
    if isinstance(value, ApiObject) and value.qualname in KT.TORCHMETRICS:
        task = value.kwarg("task")
        return task.value if isinstance(task, Const) and isinstance(task.value, str) else None
    return None


def called(ctx: ExtractContext, func: Value, call: Call) -> Value | None:
    """``metric(preds, target)``: the metric reads ``preds`` as its task says."""
    task = _task(func)
    if task is None:
        return None
    _read(ctx, func, task, call)
    return UNKNOWN


def updated(ctx: ExtractContext, method: BoundMethod, call: Call) -> Value | None:
    """``metric.update(preds, target)``, ``metric.forward(preds, target)``."""
    task = _task(method.receiver)
    if task is None or method.name not in KT.TORCHMETRICS_READING:
        return None
    _read(ctx, method.receiver, task, call)
    return UNKNOWN


def _read(ctx: ExtractContext, metric_object: Value, task: str, call: Call) -> None:
    predictions = call.arg(0, "preds")
    if not isinstance(predictions, Tensor) or predictions.head is None:
        return
    if task == "multiclass":
        decode(ctx, predictions, "argmax", call.node)
    elif task in ("binary", "multilabel") and predictions.head.kind != "not-probs":
        assert isinstance(metric_object, ApiObject)
        decode(ctx, predictions, "threshold", call.node,
               const_float(metric_object.kwarg("threshold")))


def register(h: Hooks) -> None:
    h.on(KT.TORCHMETRICS, metric)
    h.callables.append(called)
    h.methods.append(updated)
