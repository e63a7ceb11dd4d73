"""Raw TensorFlow extractor: ``tf.nn`` and TF1 ``tf.losses`` losses, activations, graph-mode
heads (``tf.layers.dense``, ``tf.matmul(x, W) + b``), placeholders and ``tf.data`` datasets,
all through the shared mechanics (tables.py says where each API takes its arguments)."""

from __future__ import annotations

from ...facts import Labels
from ...interp.api import Call, ExtractContext, Hooks
from ...interp.values import LabelArray, Seq, Value
from ..shared import labels
from ..shared.extract import array_hooks
from ..shared.losses import loss_function_handler
from ..shared.models import layer_handler
from . import tables as TT


def _placeholder(ctx: ExtractContext, call: Call) -> Value:
    """``tf.placeholder(tf.float32, [None, 10])``: what a TF1 graph is fed, labels among it
    (their encoding unknown until something says; inputs are never read as labels by a rule
    that needs an encoding)."""
    shape = call.arg(1, "shape")
    rank = len(shape.items) if isinstance(shape, Seq) else None
    return LabelArray(Labels("unknown", ctx.evidence(call.node), rank=rank,
                             dtype=ctx.dtype_of(call.arg(0, "dtype"))))


def hooks() -> Hooks:
    h = array_hooks(TT.ARRAYS)
    h.on(TT.LOSS_FUNCTIONS, loss_function_handler(TT.LOSS_FUNCTIONS))
    h.on(TT.LAYERS, layer_handler(TT.LAYERS))
    h.on(TT.PAIR_DATASETS, labels.dataset_of_pair)
    h.on(TT.PLACEHOLDERS, _placeholder)
    h.dtypes.update(TT.DTYPES)
    return h
