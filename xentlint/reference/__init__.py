"""Reference implementations of the cross-entropy family, in NumPy.

Each loss returns a :class:`Result`: the loss value and the analytic gradient of the (summed)
loss with respect to the model output, computed in the input's float dtype (float32 or float64)
with the exact semantics of the framework named by ``semantics`` ("torch", "keras", "optax").
They exist so that ``xentlint verify`` can show, in numbers, that a suggested fix is right; the
test suite checks them against the real frameworks and against high-precision arithmetic.

Argument order is always ``(prediction, target)``, whatever the framework's own order.
Only NumPy is imported: the static checker never imports this package.
"""

from __future__ import annotations

from .activations import log_sigmoid, log_softmax, logsumexp, sigmoid, softmax
from .binary import binary_cross_entropy, binary_cross_entropy_with_logits
from .categorical import categorical_cross_entropy, nll_loss, sparse_cross_entropy
from .common import EPSILON, Result
from .divergence import kl_div
from .focal import (
    binary_focal_cross_entropy,
    categorical_focal_cross_entropy,
    sigmoid_focal_loss,
)

__all__ = [
    "EPSILON",
    "Result",
    "binary_cross_entropy",
    "binary_cross_entropy_with_logits",
    "binary_focal_cross_entropy",
    "categorical_cross_entropy",
    "categorical_focal_cross_entropy",
    "kl_div",
    "log_sigmoid",
    "log_softmax",
    "logsumexp",
    "nll_loss",
    "sigmoid",
    "sigmoid_focal_loss",
    "softmax",
    "sparse_cross_entropy",
]
