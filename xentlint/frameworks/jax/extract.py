"""JAX extractor: ``jax.numpy`` reductions and ``logsumexp`` through the shared mechanics of
hand-written cross-entropy. optax losses and flax models are the next rows of tables.py."""

from __future__ import annotations

from ...interp.api import Hooks
from ..shared import decoding
from . import tables as JT


def hooks() -> Hooks:
    h = Hooks()
    h.on(JT.REDUCTION_FUNCTIONS, decoding.reduction)
    h.on(JT.LOGSUMEXP_FUNCTIONS, decoding.logsumexp)
    return h
