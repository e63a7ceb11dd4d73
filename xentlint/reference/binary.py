"""Binary cross-entropy on probabilities and on logits (sigmoid outputs, multi-label heads).

PyTorch ``BCELoss`` clamps each log at -100 (a probability of exactly 0 costs 100, not inf) and
its gradient is ``(p - y) / max(p (1 - p), 1e-12)``, even where the clamp holds. Keras first clips
``p`` to ``[1e-7, 1 - 1e-7]`` (zero gradient outside), then averages over the last axis. TF1's
``log_loss`` neither clamps nor clips: it computes ``-y log(p + eps) - (1 - y) log(1 - p + eps)``
in float32, NaN for an output outside ``[-eps, 1 + eps]``. On logits all four compute
``-[pw * y * log s(x) + (1 - y) * log s(-x)]``, elementwise for TensorFlow (which requires the
labels' shape to be the logits') and optax (which broadcasts them).
"""

from __future__ import annotations

import numpy as np

from .activations import log_sigmoid, sigmoid
from .common import (
    TF_LOG_LOSS_EPSILON,
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


def _same_shape(x: np.ndarray, y: np.ndarray, what: str) -> None:
    """TensorFlow's binary losses require the labels' shape to be the prediction's."""
    if x.shape != y.shape:
        raise ValueError(f"`{what}` and `labels` must have the same shape, received "
                         f"({x.shape} vs {y.shape}).")


def _tf_log_loss(input: object, target: object, epsilon: float, reduction: str | None,
                 sample_weight: object | None) -> Result:
    """``tf.compat.v1.losses.log_loss``: both cast to float32, ``epsilon`` inside the logs; the
    gradient (``-y / (p + eps) + (1 - y) / (1 - p + eps)``) is finite where the loss is NaN."""
    p = as_float(input)
    x, y = p.astype(np.float32), np.asarray(target).astype(np.float32)
    _same_shape(x, y, "predictions")
    eps = np.float32(epsilon)
    with np.errstate(divide="ignore", invalid="ignore"):
        loss = -(y * np.log(x + eps)) - (1 - y) * np.log(1 - x + eps)
        grad = -(y * (1 / (x + eps))) + (1 - y) * (1 / (1 - x + eps))
    result = reduce(loss, grad, reduction=reduction, semantics="tf", sample_weight=sample_weight)
    return Result(result.value, result.grad.astype(p.dtype))


def binary_cross_entropy(input: object, target: object, *, semantics: str = "torch",
                         weight: object | None = None, reduction: str | None = None,
                         label_smoothing: float = 0.0, sample_weight: object | None = None,
                         axis: int = -1, epsilon: float = TF_LOG_LOSS_EPSILON) -> Result:
    """``BCELoss`` / ``F.binary_cross_entropy`` (torch), ``keras.losses.BinaryCrossentropy``
    (keras) or ``tf.compat.v1.losses.log_loss`` (tf: elementwise, float32, ``epsilon``; its
    ``weights`` are ``sample_weight``, with a TF1 ``reduction``) on probabilities. ``weight``
    (torch) rescales each element; ``label_smoothing``, ``sample_weight`` and ``axis`` are
    Keras's."""
    check_semantics(semantics, ("torch", "keras", "tf"))
    if semantics == "tf":
        return _tf_log_loss(input, target, epsilon, reduction, sample_weight)
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
    from_logits=True)`` (keras), ``optax.sigmoid_binary_cross_entropy`` (optax, elementwise),
    ``tf.nn.sigmoid_cross_entropy_with_logits`` and, with ``pos_weight``,
    ``weighted_cross_entropy_with_logits`` (tf, elementwise; smoothing and weights as TF1's
    ``tf.losses.sigmoid_cross_entropy``, with a TF1 ``reduction``)."""
    check_semantics(semantics)
    x = as_float(input)
    y = np.asarray(target).astype(x.dtype)
    if semantics in ("keras", "tf"):
        y = smooth_binary(y, label_smoothing)
    if semantics == "tf":
        return _tf_with_logits(x, y, pos_weight, reduction, sample_weight)
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


def _tf_with_logits(x: np.ndarray, y: np.ndarray, pos_weight: object | None,
                    reduction: str | None, sample_weight: object | None) -> Result:
    """TensorFlow's formulas: ``max(x, 0) - x y + log1p(exp(-|x|))`` (sigmoid, whose gradient
    is ``s(x) - y``), and ``(1 - y) x + l (log1p(exp(-|x|)) + relu(-x))`` with ``l = 1 + (pw - 1)
    y`` (weighted), whose gradient at exactly ``x = 0`` is ``1 - y``: TF's relu and abs have a
    zero gradient there."""
    _same_shape(x, y, "logits")
    softplus = np.log1p(np.exp(-np.abs(x)))
    if pos_weight is None:
        loss = np.maximum(x, 0) - x * y + softplus
        grad = sigmoid(x) - y
    else:
        log_weight = 1 + (np.asarray(pos_weight, dtype=x.dtype) - 1) * y
        loss = (1 - y) * x + log_weight * (softplus + np.maximum(-x, 0))
        grad = np.where(x == 0, 1 - y, (1 - y) - log_weight * sigmoid(-x))
    return reduce(loss.astype(x.dtype), grad.astype(x.dtype), reduction=reduction,
                  semantics="tf", sample_weight=sample_weight)
