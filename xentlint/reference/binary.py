"""Binary cross-entropy on probabilities and on logits (sigmoid outputs, multi-label heads).

PyTorch ``BCELoss`` clamps each log at -100 (a probability of exactly 0 costs 100, not inf) and
its gradient is ``(p - y) / max(p (1 - p), 1e-12)``, even where the clamp holds. Keras first clips
``p`` to ``[1e-7, 1 - 1e-7]`` (zero gradient outside), then averages over the last axis. On
logits all three frameworks compute ``-[pw * y * log s(x) + (1 - y) * log s(-x)]``.
"""

from __future__ import annotations

import numpy as np

from .activations import log_sigmoid, sigmoid
from .common import (
    TORCH_BCE_GRAD_EPS,
    TORCH_LOG_FLOOR,
    Result,
    as_float,
    check_semantics,
    keras_clip,
    smooth_binary,
    sum_to,
)
from .reduction import reduce


def _torch_bce(p: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    floor = p.dtype.type(TORCH_LOG_FLOOR)
    with np.errstate(divide="ignore"):
        loss = -(y * np.maximum(np.log(p), floor) + (1 - y) * np.maximum(np.log1p(-p), floor))
    grad = (p - y) / np.maximum((1 - p) * p, p.dtype.type(TORCH_BCE_GRAD_EPS))
    return loss.astype(p.dtype), grad.astype(p.dtype)


def _keras_mean(loss: np.ndarray, grad: np.ndarray, axis: int, reduction: str | None,
                sample_weight: object | None) -> Result:
    """Keras binary losses average the elementwise loss over ``axis`` (per sample), in float32
    even for float64 input (``keras.ops.mean`` computes in ``result_type(dtype, "float32")``,
    which Keras's promotion rules make float32)."""
    n = np.float32(loss.shape[axis])
    per_sample = (loss.astype(np.float32).mean(axis=axis, dtype=np.float32)).astype(loss.dtype)
    coef = reduce(per_sample, np.ones_like(per_sample), reduction=reduction, semantics="keras",
                  sample_weight=sample_weight)
    scale = (coef.grad.astype(np.float32) / n).astype(grad.dtype)
    return Result(coef.value, (grad * np.expand_dims(scale, axis)).astype(grad.dtype))


def binary_cross_entropy(input: object, target: object, *, semantics: str = "torch",
                         weight: object | None = None, reduction: str | None = None,
                         label_smoothing: float = 0.0, sample_weight: object | None = None,
                         axis: int = -1) -> Result:
    """``BCELoss`` / ``F.binary_cross_entropy`` (torch) or ``keras.losses.BinaryCrossentropy``
    (keras) on probabilities. ``weight`` (torch) rescales each element; ``label_smoothing``,
    ``sample_weight`` and ``axis`` are Keras's."""
    check_semantics(semantics, ("torch", "keras"))
    p = as_float(input)
    y = np.asarray(target).astype(p.dtype)
    if semantics == "torch":
        loss, grad = _torch_bce(p, y)
        if weight is not None:
            w = np.asarray(weight, dtype=p.dtype)
            loss, grad = loss * w, grad * w
        return reduce(loss, grad, reduction=reduction, semantics="torch")
    y = smooth_binary(y, label_smoothing)
    c, passes = keras_clip(p)
    loss, grad = _torch_bce(c, y)  # Keras on torch: clip, then torch's binary_cross_entropy
    return _keras_mean(loss, grad * passes, axis % p.ndim, reduction, sample_weight)


def binary_cross_entropy_with_logits(input: object, target: object, *, semantics: str = "torch",
                                     weight: object | None = None, pos_weight: object | None = None,
                                     reduction: str | None = None, label_smoothing: float = 0.0,
                                     sample_weight: object | None = None, axis: int = -1) -> Result:
    """``BCEWithLogitsLoss`` (torch: ``weight``, ``pos_weight``), ``BinaryCrossentropy(
    from_logits=True)`` (keras), ``optax.sigmoid_binary_cross_entropy`` (optax, elementwise)."""
    check_semantics(semantics)
    x = as_float(input)
    y = np.asarray(target).astype(x.dtype)
    if semantics == "keras":
        y = smooth_binary(y, label_smoothing)
    pw = np.asarray(1.0 if pos_weight is None else pos_weight, dtype=x.dtype)
    loss = -(pw * y * log_sigmoid(x) + (1 - y) * log_sigmoid(-x))
    # d/dx = sigmoid(x) (1 - y + pw y) - pw y, written without cancellation.
    grad = (1 - y) * sigmoid(x) - pw * y * sigmoid(-x)
    if weight is not None:
        w = np.asarray(weight, dtype=x.dtype)
        loss, grad = loss * w, grad * w
    loss, grad = loss.astype(x.dtype), grad.astype(x.dtype)
    if semantics == "keras":
        return _keras_mean(loss, grad, axis % x.ndim, reduction, sample_weight)
    result = reduce(loss, grad, reduction=reduction, semantics=semantics)
    return Result(result.value, sum_to(result.grad, x.shape))
