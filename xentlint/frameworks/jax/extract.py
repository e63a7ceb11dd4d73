"""JAX extractor: ``jax.numpy`` reductions and ``logsumexp`` through the shared mechanics of
hand-written cross-entropy. optax losses and flax models are the next rows of tables.py."""

from __future__ import annotations

from ...interp.api import Hooks
from ..shared.extract import array_hooks
from . import tables as JT


def hooks() -> Hooks:
    return array_hooks(JT.ARRAYS)
