"""Raw TensorFlow extractor: ``tf.nn`` activations, array helpers and ``tf.data`` datasets,
all through the shared mechanics (tables.py says where each API takes its arguments)."""

from __future__ import annotations

from ...interp.api import Hooks
from ...interp.values import Const
from ..shared import arrays, decoding, labels
from ..shared.activations import activation_function
from . import tables as TT


def hooks() -> Hooks:
    h = Hooks()
    h.on(TT.ACTIVATION_FUNCTIONS, activation_function(TT.ACTIVATION_FUNCTIONS))
    h.on(TT.LOG_FUNCTIONS, decoding.log)
    h.on(TT.ARGMAX_FUNCTIONS, decoding.argmax)
    h.on(TT.ROUND_FUNCTIONS, decoding.round_function)
    h.on(TT.PASSTHROUGH_FUNCTIONS, arrays.passthrough)
    h.on(TT.TRANSPOSE_FUNCTIONS, arrays.transpose)
    h.on(TT.ONE_HOT_FUNCTIONS, labels.one_hot(TT.ONE_HOT_FUNCTIONS))
    h.on(TT.REDUCTION_FUNCTIONS, decoding.reduction)
    h.on(TT.LOGSUMEXP_FUNCTIONS, decoding.logsumexp)
    h.on(TT.PAIR_DATASETS, labels.dataset_of_pair)
    h.activations.update({name: spec.activation for name, spec in TT.ACTIVATION_FUNCTIONS.items()})
    h.constants.update({name: Const(None) for name in TT.NEW_AXIS})
    return h
