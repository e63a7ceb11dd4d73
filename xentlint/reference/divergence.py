"""KL divergence: PyTorch ``kl_div`` (input in log space!), optax and Keras variants.

``F.kl_div(input, target)`` computes ``target * (log(target) - input)`` elementwise (0 where
``target == 0``); it is KL(target || exp(input)) only if ``input`` holds log-probabilities, and
its ``reduction="mean"`` divides by every element (N * C): ``"batchmean"`` is the divergence.
optax's ``kl_divergence(log_predictions, targets)`` sums over the class axis. Keras's
``KLDivergence`` takes probabilities and clips both to ``[1e-7, 1]``.
"""

from __future__ import annotations

import numpy as np

from .common import EPSILON, Result, as_float, check_semantics
from .reduction import reduce


def kl_div(input: object, target: object, *, semantics: str = "torch",
           reduction: str | None = None, log_target: bool = False, axis: int = -1,
           sample_weight: object | None = None) -> Result:
    """``input``: log-probabilities (torch, optax) or probabilities (keras); ``target``:
    probabilities, or log-probabilities with ``log_target`` (torch, optax
    ``kl_divergence_with_log_targets``)."""
    check_semantics(semantics, ("torch", "keras", "optax"))
    x = as_float(input)
    t = np.asarray(target).astype(x.dtype)
    if semantics == "keras":
        low = x.dtype.type(EPSILON)
        tc = np.clip(t, low, 1)
        pc = np.clip(x, low, 1)
        loss = np.sum(tc * np.log(tc / pc), axis=axis)
        grad = -tc / pc * ((x >= low) & (x <= 1))
        return reduce(loss.astype(x.dtype), grad.astype(x.dtype), reduction=reduction,
                      semantics="keras", sample_weight=sample_weight, axis=axis % x.ndim)
    if log_target:
        p = np.exp(t)
        with np.errstate(invalid="ignore"):  # exp(-inf) * (-inf - x) is NaN in torch too
            loss = p * (t - x)
    else:
        p = t
        with np.errstate(divide="ignore", invalid="ignore"):
            loss = np.where(t == 0, 0, t * np.log(np.where(t == 0, 1, t))) - t * x
    grad = -p
    loss, grad = loss.astype(x.dtype), grad.astype(x.dtype)
    if semantics == "optax":
        return reduce(np.sum(loss, axis=axis), grad, reduction=reduction, semantics="optax",
                      axis=axis % x.ndim)
    return reduce(loss, grad, reduction=reduction, semantics="torch")
