"""Sequences padded to one length (``pad_sequences``): of class numbers, a tagger's targets,
(N, L) class indices, the padding value a class of its own when no tag has it."""

from __future__ import annotations

from dataclasses import replace

import libcst as cst

from ...facts import Dtype, Labels
from ...interp.api import Call, ExtractContext
from ...interp.values import UNKNOWN, Const, LabelArray, Seq, Tail, Value
from ..shared.listed import list_labels
from ..shared.values import const_int


def padded(ctx: ExtractContext, call: Call) -> Value:
    """``pad_sequences([[tag2idx[t] for t in s] for s in tags], maxlen=75)``: (N, L) integers,
    int32 unless ``dtype=`` says, where the sequences are written as numbers (sequences of
    one-hot rows padded are one-hot rows: ``to_categorical`` of each)."""
    sequences = call.arg(0, "sequences")
    node = call.arg_node(0, "sequences")
    numbers = isinstance(sequences, Seq) and all(
        isinstance(item, Seq) and all(const_int(entry) is not None for entry in item.items)
        for item in sequences.items)
    if not (numbers or _numbers_per_sequence(node)):
        return UNKNOWN
    dtype = ctx.dtype_of(call.kwargs.get("dtype", Const("int32")))
    evidence = ctx.evidence(call.node)
    known = list_labels(sequences, evidence) if isinstance(sequences, (Seq, Tail)) else None
    if known is None or known.labels.encoding != "index" or known.labels.n_classes is None:
        return LabelArray(Labels("index", evidence, dtype=dtype))
    return LabelArray(_padded_with(known.labels, call.kwargs.get("value", Const(0)), dtype))


def _padded_with(labels: Labels, value: Value, dtype: Dtype | None) -> Labels:
    """Class numbers of the sequences (``tag2idx`` from 1) padded with ``value`` (0 unless
    given): one class more when the padding is a number none of them is (0 before 1..C)."""
    number = value.value if isinstance(value, Const) else None
    count = labels.n_classes
    if (count is None or not isinstance(number, (int, float)) or number != int(number)
            or number < 0):
        return replace(labels, n_classes=None, n_evidence=None, dtype=dtype, rank=None)
    low, high = (1, count) if labels.one_based else (0, count - 1)
    low, high = min(low, int(number)), max(high, int(number))
    return replace(labels, n_classes=high if low == 1 else high + 1, one_based=low == 1,
                   dtype=dtype, rank=None)


def _numbers_per_sequence(node: cst.BaseExpression | None) -> bool:
    """``[[tag2idx[t] for t in s] for s in sentences]``: a number looked up for each token."""
    if not (isinstance(node, cst.ListComp) and isinstance(node.elt, cst.ListComp)):
        return False
    token = node.elt.elt
    return isinstance(token, (cst.Subscript, cst.Name, cst.Integer)) or (
        isinstance(token, cst.Call) and isinstance(token.func, cst.Attribute)
        and token.func.attr.value == "get")
