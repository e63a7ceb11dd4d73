"""Raw TensorFlow extractor: ``tf.nn`` activations, array helpers and ``tf.data`` datasets,
all through the shared mechanics (tables.py says where each API takes its arguments)."""

from __future__ import annotations

from ...interp.api import Hooks
from ..shared import labels
from ..shared.extract import array_hooks
from . import tables as TT


def hooks() -> Hooks:
    h = array_hooks(TT.ARRAYS)
    h.on(TT.PAIR_DATASETS, labels.dataset_of_pair)
    return h
