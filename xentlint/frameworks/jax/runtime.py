"""JAX at run time: which table row an optax loss function is (for the guard), and optax's own
losses for ``xentlint verify --framework jax``.

optax's losses are plain functions: the guard wraps them as any callable (``wrap`` has nothing
to add). jax and optax are imported only when a backend is built, never by the checker.
"""

from __future__ import annotations

from typing import Any

from ...facts import Expects
from ..specs import LossSpec
from . import tables as JT

# Packages whose frames stand between the user's code and the loss (transformations, optax).
CALL_MACHINERY = ("jax", "optax")


def loss_of(loss_fn: object) -> tuple[LossSpec, str, Expects | None] | None:
    """The row of an optax loss function, the name to report it by, and what it expects."""
    module, name = getattr(loss_fn, "__module__", None), getattr(loss_fn, "__name__", None)
    if not isinstance(module, str) or not module.startswith("optax") or not isinstance(name, str):
        return None
    spec = JT.LOSS_FUNCTIONS.get(f"optax.{name}")
    return (spec, f"optax.{name}", spec.expects) if spec is not None else None


def wrap(loss_fn: Any, watcher: Any) -> Any | None:
    """None: an optax loss is a function, which the guard wraps itself."""
    return None


class Backend:
    """optax's own losses: softmax_cross_entropy_with_integer_labels, softmax_cross_entropy and
    sigmoid_binary_cross_entropy (averaged over the last axis, as the torch backend), gradients
    through ``jax.grad``; optax has no cross-entropy on probabilities (``None``)."""

    def __init__(self) -> None:
        import jax
        import optax

        self.jax, self.optax = jax, optax
        self.name = f"optax {optax.__version__} (jax {jax.__version__})"

    def __call__(self, family: str, pred, target, from_logits: bool):  # noqa: ANN001
        import numpy as np

        if not from_logits:
            return None
        jax, jnp, optax = self.jax, self.jax.numpy, self.optax
        losses: dict[str, Any] = {
            "sparse": optax.softmax_cross_entropy_with_integer_labels,
            "categorical": optax.softmax_cross_entropy,
            "binary": lambda x, y: jnp.mean(optax.sigmoid_binary_cross_entropy(x, y), axis=-1),
        }
        loss, x, t = losses[family], jnp.asarray(pred), jnp.asarray(target)
        grad = jax.grad(lambda v: loss(v, t).sum())(x)
        return np.asarray(loss(x, t)), np.asarray(grad)
