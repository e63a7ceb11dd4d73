"""Focal losses: Keras binary/categorical focal cross-entropy, torchvision/optax sigmoid focal.

The focal factor ``(1 - p_t) ** gamma`` down-weights easy examples. Keras computes it on the
(clipped) probabilities, after a sigmoid/softmax when ``from_logits``, so it saturates like the
plain Keras losses. ``torchvision.ops.sigmoid_focal_loss`` (alpha=0.25, alpha < 0 switches it
off) and ``optax.sigmoid_focal_loss`` (alpha=None) start from logits; here ``1 - p_t`` is formed
in log space, as optax does, so it stays exact where float32 ``1 - sigmoid(x)`` rounds to 0.
"""

from __future__ import annotations

import numpy as np

from .activations import log_sigmoid, sigmoid, softmax
from .binary import _keras_mean, _torch_bce
from .common import (
    Result,
    as_float,
    check_semantics,
    keras_clip,
    smooth_binary,
    smooth_categorical,
)
from .reduction import reduce


def _power_derivative(u: np.ndarray, gamma: float) -> np.ndarray:
    """``gamma * u ** (gamma - 1)``, 0 for gamma == 0 (no 0 * inf at u == 0)."""
    if gamma == 0:
        return np.zeros_like(u)
    with np.errstate(divide="ignore"):
        return gamma * np.power(u, gamma - 1)


def binary_focal_cross_entropy(input: object, target: object, *, from_logits: bool = False,
                               gamma: float = 2.0, alpha: float = 0.25,
                               apply_class_balancing: bool = False, label_smoothing: float = 0.0,
                               axis: int = -1, reduction: str | None = None,
                               sample_weight: object | None = None) -> Result:
    """``keras.losses.BinaryFocalCrossentropy``."""
    x = as_float(input)
    y = smooth_binary(np.asarray(target).astype(x.dtype), label_smoothing)
    p = sigmoid(x) if from_logits else x
    c, passes = keras_clip(p)
    bce, dbce = _torch_bce(c, y)
    dbce = dbce * passes
    u = 1 - (y * p + (1 - y) * (1 - p))  # 1 - p_t, on the unclipped probability
    factor = np.power(u, gamma)
    dfactor = _power_derivative(u, gamma) * (1 - 2 * y)
    balance = y * alpha + (1 - y) * (1 - alpha) if apply_class_balancing else 1
    loss = balance * factor * bce
    grad = balance * (factor * dbce + bce * dfactor)
    if from_logits:
        grad = grad * p * (1 - p)
    return _keras_mean(loss.astype(x.dtype), grad.astype(x.dtype), axis % x.ndim, reduction,
                       sample_weight)


def categorical_focal_cross_entropy(input: object, target: object, *, from_logits: bool = False,
                                    alpha: object = 0.25, gamma: float = 2.0,
                                    label_smoothing: float = 0.0, axis: int = -1,
                                    reduction: str | None = None,
                                    sample_weight: object | None = None) -> Result:
    """``keras.losses.CategoricalFocalCrossentropy`` (``alpha`` a scalar or one per class; with
    a list, Keras 3.15 computes a float64 loss in float32, this stays in float64)."""
    x = np.moveaxis(as_float(input), axis, -1)
    y = np.asarray(target).astype(x.dtype)
    y = smooth_categorical(np.moveaxis(y, axis, -1), label_smoothing, y.shape[-1])
    a = np.asarray(alpha, dtype=x.dtype)
    p = softmax(x, axis=-1) if from_logits else x
    total = np.sum(p, axis=-1, keepdims=True)
    o = p / total
    c, passes = keras_clip(o)
    log_c = np.log(c)
    factor = np.power(1 - c, gamma)
    loss = np.sum(a * factor * (-y * log_c), axis=-1)
    g = passes * a * (_power_derivative(1 - c, gamma) * y * log_c - factor * y / c)
    grad = (g - np.sum(g * o, axis=-1, keepdims=True)) / total
    if from_logits:
        grad = p * (grad - np.sum(grad * p, axis=-1, keepdims=True))
    result = reduce(loss.astype(x.dtype), grad.astype(x.dtype), reduction=reduction,
                    semantics="keras", sample_weight=sample_weight, axis=-1)
    return Result(result.value, np.moveaxis(result.grad, -1, axis))


def sigmoid_focal_loss(input: object, target: object, *, semantics: str = "torch",
                       alpha: float | None = 0.25, gamma: float = 2.0,
                       reduction: str | None = "none") -> Result:
    """``torchvision.ops.sigmoid_focal_loss`` (torch; reduction "none" by default) or
    ``optax.sigmoid_focal_loss`` (pass ``alpha=None`` for optax's default)."""
    check_semantics(semantics, ("torch", "optax"))
    x = as_float(input)
    y = np.asarray(target).astype(x.dtype)
    ce = -(y * log_sigmoid(x) + (1 - y) * log_sigmoid(-x))
    dce = (1 - y) * sigmoid(x) - y * sigmoid(-x)
    # 1 - p_t = (1 - y) sigmoid(x) + y sigmoid(-x), in log space.
    with np.errstate(divide="ignore"):
        log_u = np.logaddexp(np.log(1 - y) + log_sigmoid(x), np.log(y) + log_sigmoid(-x))
    u = np.exp(log_u)
    factor = np.exp(gamma * log_u)
    du = (1 - 2 * y) * sigmoid(x) * sigmoid(-x)
    loss = ce * factor
    grad = dce * factor + ce * _power_derivative(u, gamma) * du
    if alpha is not None and alpha >= 0:
        balance = alpha * y + (1 - alpha) * (1 - y)
        loss, grad = balance * loss, balance * grad
    return reduce(loss.astype(x.dtype), grad.astype(x.dtype), reduction=reduction,
                  semantics=semantics)
