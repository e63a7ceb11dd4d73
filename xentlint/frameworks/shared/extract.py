"""The hooks of the shared mechanics: NumPy, pandas, scikit-learn and SciPy names, and the
operations every framework's values go through (calls of layers, models and losses; array
methods, subscripts, operators; iteration over datasets)."""

from __future__ import annotations

from ...interp.api import Hooks
from ...interp.values import Const
from . import arrays, decoding, labels, models
from . import tables as T
from .activations import SPELLINGS


def hooks() -> Hooks:
    h = Hooks()
    h.on(T.ONE_HOT_FUNCTIONS, labels.one_hot(T.ONE_HOT_FUNCTIONS))
    h.on(T.RANDOM_INTEGERS, labels.random_integers(T.RANDOM_INTEGERS))
    h.on(T.EYE_FUNCTIONS, labels.eye)
    h.on(T.SPLITTERS, labels.splitter)
    h.on(T.ENCODERS, labels.encoder)
    h.on(["builtins.len"], labels.length)
    h.on(["builtins.int"], labels.integer)
    h.on(T.PASSTHROUGH_ITERABLES, labels.passthrough_first)
    h.on(T.PASSTHROUGH_FUNCTIONS, arrays.passthrough)
    h.on(T.TRANSPOSE_FUNCTIONS, arrays.transpose)
    h.on(T.ARGMAX_FUNCTIONS, decoding.argmax)
    h.on(T.ROUND_FUNCTIONS, decoding.round_function)
    h.on(T.LOG_FUNCTIONS, decoding.log)
    h.on(T.REDUCTION_FUNCTIONS, decoding.reduction)
    h.on(T.LOGSUMEXP_FUNCTIONS, decoding.logsumexp)
    h.methods.append(arrays.methods)
    h.methods.append(labels.dataset_methods)
    h.attributes.append(arrays.attributes)
    h.binary.append(decoding.binary)
    h.negation.append(decoding.negation)
    h.comparisons.append(decoding.comparison)
    h.subscripts.append(arrays.subscripts)
    h.iteration.append(labels.iterate_dataset)
    h.callables.append(models.call_instance)
    h.callables.append(models.call_model_parts)
    h.dtypes.update(T.DTYPES)
    h.activations.update(SPELLINGS)
    h.constants.update({name: Const(None) for name in T.NEW_AXIS})
    return h
