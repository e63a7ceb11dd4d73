"""JAX knowledge as tables: so far the array helpers that a hand-written loss is made of."""

from __future__ import annotations

REDUCTION_FUNCTIONS = frozenset({"jax.numpy.sum", "jax.numpy.mean"})
LOGSUMEXP_FUNCTIONS = frozenset({"jax.nn.logsumexp", "jax.scipy.special.logsumexp"})
