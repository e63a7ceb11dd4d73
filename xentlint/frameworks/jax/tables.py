"""JAX knowledge as tables: so far the array helpers that a hand-written loss is made of."""

from __future__ import annotations

from ..specs import ArrayApi

ARRAYS = ArrayApi(
    reduction=frozenset({"jax.numpy.sum", "jax.numpy.mean"}),
    logsumexp=frozenset({"jax.nn.logsumexp", "jax.scipy.special.logsumexp"}),
)
