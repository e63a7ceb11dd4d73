"""Keras metrics: the ``metrics=`` of ``compile()`` (strings, metric objects and functions, in
a list, or per output in a dict or a list of lists), metric objects called on predictions in
a training loop. Each becomes a :class:`Metric` of the pairing that trains the output it
reads; what it expects of the predictions is the rules' to judge."""

from __future__ import annotations

import libcst as cst

from ...facts import Metric
from ...interp.api import Call, ExtractContext
from ...interp.values import (
    UNKNOWN, ApiRef, BoundMethod, Const, Dict, MetricValue, Model, Seq, Value,
)
from ..shared.decoders import decode
from ..shared.values import const_flag, const_float
from . import tables as KK


def written_at(value: Value, node: cst.BaseExpression | None) -> cst.BaseExpression | None:
    """Where ``value`` is written: ``node``, or, for a string from a list or dict built
    elsewhere (``compile(**settings)``, ``metrics=METRICS``), the literal itself."""
    if node is None and isinstance(value, Const) and isinstance(value.node, cst.BaseExpression):
        return value.node
    return node


def as_metrics(ctx: ExtractContext, value: Value, node: cst.BaseExpression | None,
               one_output: bool = False) -> tuple[Metric, ...]:
    """``metrics=[...]``: each metric placed where it is written (in the list, or, for a list
    built elsewhere (``metrics=METRICS``), where its string was). ``one_output``: the model has
    one output, and metrics given per output (``{"digit": ["accuracy"]}``, ``[["accuracy"]]``)
    are all its own."""
    items = value.items if isinstance(value, Seq) else tuple(
        entry for _, entry in value.items) if isinstance(value, Dict) and one_output else None
    if items is None:
        return ()
    metrics: list[Metric] = []
    for item, element in zip(items, entry_nodes(node, len(items))):
        if one_output and isinstance(item, Seq):
            metrics += as_metrics(ctx, item, element)
            continue
        element = written_at(item, element)
        if isinstance(item, MetricValue):
            metrics.append(item.metric)
        elif isinstance(item, Const) and isinstance(item.value, str) and element is not None:
            name = KK.METRIC_STRINGS.get(item.value.lower())
            if name is not None:
                metrics.append(Metric(name, ctx.evidence(element),
                                      threshold=KK.STRING_METRIC_THRESHOLDS.get(name)))
        elif isinstance(item, ApiRef) and element is not None and item.qualname in KK.METRIC_FUNCTIONS:
            name = KK.METRIC_FUNCTIONS[item.qualname]
            metrics.append(Metric(name, ctx.evidence(element),
                                  threshold=KK.STRING_METRIC_THRESHOLDS.get(name)))
    return tuple(metrics)


def metric_class(ctx: ExtractContext, call: Call) -> Value:
    spec = KK.METRIC_CLASSES[call.qualname]
    index = {name: i for i, name in enumerate(spec.params)}
    from_logits = None
    if "from_logits" in index:
        from_logits = const_flag(call.arg(index["from_logits"], "from_logits", Const(False)))
    threshold = None
    if "threshold" in index:
        threshold = const_float(call.arg(index["threshold"], "threshold", Const(0.5)))
    elif "thresholds" in index:
        value = call.arg(index["thresholds"], "thresholds", Const(0.5))
        threshold = 0.5 if isinstance(value, Const) and value.value is None else const_float(value)
    return MetricValue(Metric(spec.name, ctx.evidence(call.node), from_logits, threshold))


def metric_called(ctx: ExtractContext, func: Value, call: Call) -> Value | None:
    """``auc(y, logits)`` in a training loop: the metric reads the predictions."""
    if not isinstance(func, MetricValue):
        return None
    decode(ctx, call.arg(1, "y_pred"), "metric", call.node, metric=func.metric)
    return UNKNOWN


def metric_methods(ctx: ExtractContext, method: BoundMethod, call: Call) -> Value | None:
    """``auc.update_state(y, logits)``: as :func:`metric_called`."""
    if isinstance(method.receiver, MetricValue) and method.name == "update_state":
        return metric_called(ctx, method.receiver, call)
    return None


def output_metrics(ctx: ExtractContext, model: Model, value: Value,
                    node: cst.BaseExpression | None) -> tuple[tuple[Metric, ...], ...]:
    """A multi-output model's metrics given per output (``{"churn": ["accuracy", AUC()]}``, or
    a list of lists in the order of the outputs): each output's own."""
    if not model.outputs or not (isinstance(value, Dict) or isinstance(value, Seq) and value.items
                                 and all(isinstance(item, Seq) for item in value.items)):
        return ()
    keyed = value.items if isinstance(value, Dict) else tuple(enumerate(value.items))
    measured = {key: as_metrics(ctx, entry if isinstance(entry, Seq) else Seq((entry,)), written)
                for (key, entry), written in zip(keyed, entry_nodes(node, len(keyed)))}
    return tuple(measured.get(name if isinstance(value, Dict) else index, ())
                 for index, (name, _) in enumerate(model.outputs))


def entry_nodes(node: cst.BaseExpression | None, count: int) -> list[cst.BaseExpression | None]:
    """The nodes of a list's or dict's entries, when ``node`` is that literal."""
    entries: list[cst.BaseExpression | None] = []
    if isinstance(node, (cst.List, cst.Tuple)):
        entries = [e.value for e in node.elements]
    elif isinstance(node, cst.Dict):
        entries = [e.value for e in node.elements if isinstance(e, cst.DictElement)]
    return entries if len(entries) == count else [None] * count
