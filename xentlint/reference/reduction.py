"""Reductions, per framework: how per-sample losses become the number the optimiser sees.

PyTorch: ``mean`` divides by the number of elements, or, for losses with class weights or an
``ignore_index``, by the summed weight of the counted targets; ``batchmean`` (``kl_div``) by the
batch size. Keras: ``sum_over_batch_size`` (the default, also ``mean``) divides by the number of
per-sample losses, a mask (``ignore_class``) divides by the valid ones instead, and
``mean_with_sample_weight`` by the summed sample weights; a zero divisor gives 0, not NaN, and
the division is done in float32 even for float64 losses (``keras.ops.divide_no_nan`` promotes
with a Python float to floatx). optax returns per-example losses ("none"); "mean" and "sum" are
offered for convenience. TensorFlow: ``tf.nn``'s losses are per example, in the input's dtype
(``reduction=None``, no reduction step at all); TF1's ``tf.compat.v1.losses`` weigh them and
reduce with ``compute_weighted_loss``, by default ``weighted_sum_by_nonzero_weights``
(:data:`TF1_DEFAULT`: divided by the number of non-zero weights, the number of losses for a
non-zero scalar weight), always in float32 (the result is cast back to the losses' dtype, so
float64 losses keep float32 precision, even with ``"none"``), a zero divisor giving 0
(``div_no_nan``). The TF reductions are named by their ``tf.compat.v1.losses.Reduction`` values;
"sum" and "mean" (of the losses) are offered as for optax.
"""

from __future__ import annotations

import numpy as np

from .common import Result

DEFAULT = {"torch": "mean", "keras": "sum_over_batch_size", "optax": "none"}
TF1_DEFAULT = "weighted_sum_by_nonzero_weights"
ALLOWED = {
    "torch": ("none", "mean", "sum", "batchmean"),
    "keras": ("none", "sum", "mean", "sum_over_batch_size", "mean_with_sample_weight"),
    "optax": ("none", "mean", "sum"),
    "tf": ("none", "weighted_sum", "weighted_mean", "weighted_sum_over_batch_size", TF1_DEFAULT,
           "sum", "mean"),
}
_TF_ALIASES = {"sum": "weighted_sum", "mean": "weighted_sum_over_batch_size"}


def _keras_weight(loss: np.ndarray, reduction: str, sample_weight: object | None,
                  mask: np.ndarray | None) -> np.ndarray | None:
    """Sample weights merged with the mask (keras/src/losses/loss.py, ``apply_mask``)."""
    dtype = loss.dtype
    weight = None
    if sample_weight is not None:
        weight = np.asarray(sample_weight, dtype=dtype)
        if weight.ndim == loss.ndim + 1 and weight.shape[-1] == 1:
            weight = weight[..., 0]
        elif loss.ndim == weight.ndim + 1 and loss.shape[-1] == 1:
            weight = weight[..., None]
        weight = np.broadcast_to(weight, loss.shape)
    if mask is not None:
        if reduction in ("mean", "sum_over_batch_size"):
            valid = mask.sum()
            scale = dtype.type(mask.size / valid) if valid else dtype.type(0)
            float_mask = np.where(mask, scale, 0).astype(dtype)
        else:
            float_mask = mask.astype(dtype)
        weight = float_mask if weight is None else weight * float_mask
    return weight


def _tf_weights(weights: object | None, shape: tuple[int, ...]) -> np.ndarray:
    """TF1's ``weights`` as float32, broadcast to the losses: a scalar, or of the losses' rank
    with each dimension 1 or the loss's (``assert_broadcastable``); else ValueError."""
    w = np.asarray(1.0 if weights is None else weights, dtype=np.float32)
    if w.ndim and (w.ndim != len(shape) or any(d not in (1, n) for d, n in zip(w.shape, shape))):
        raise ValueError(f"weights can not be broadcast to values: weights.shape={w.shape}, "
                         f"values.shape={shape}")
    return np.broadcast_to(w, shape)


def _tf_reduce(loss: np.ndarray, reduction: str, weights: object | None
               ) -> tuple[np.ndarray, np.ndarray]:
    """TF1's ``compute_weighted_loss``: the value, and d value / d loss (both float32)."""
    losses = loss.astype(np.float32)
    w = _tf_weights(weights, losses.shape)
    weighted = losses * w
    if reduction == "none":
        return weighted, w
    total = weighted.sum(dtype=np.float32)
    if reduction == "weighted_sum":
        return np.asarray(total), w
    if reduction == "weighted_mean":
        n = np.float32(w.sum(dtype=np.float32))
    elif reduction == "weighted_sum_over_batch_size" or (
            np.ndim(weights) == 0 and (weights is None or float(weights) != 0)):  # type: ignore[arg-type]
        n = np.float32(losses.size)
    else:  # the non-zero weights, broadcast to the losses
        n = np.float32(np.count_nonzero(w))
    if not n:
        return np.asarray(np.float32(0)), np.zeros_like(w)
    return np.asarray(total / n), w / n


def reduce(loss: np.ndarray, local_grad: np.ndarray, *, reduction: str | None, semantics: str,
           denominator: float | np.ndarray | None = None, sample_weight: object | None = None,
           mask: np.ndarray | None = None, axis: int | None = None) -> Result:
    """Reduce per-sample ``loss``; ``local_grad[..., i, ...]`` is ``d loss_i / d prediction``,
    laid out like the prediction, whose class ``axis`` (if any) was summed away in ``loss``."""
    if semantics == "tf" and reduction is None:  # a tf.nn loss: per example, no weights
        if sample_weight is not None:
            raise ValueError("tf.nn's losses take no weights (TF1's tf.losses do)")
        return Result(np.asarray(loss), local_grad)
    reduction = DEFAULT[semantics] if reduction is None else reduction
    if reduction not in ALLOWED[semantics]:
        raise ValueError(f"reduction {reduction!r} is not one of {ALLOWED[semantics]} ({semantics})")
    dtype = loss.dtype
    coef = np.ones_like(loss)
    value: np.ndarray
    if semantics == "tf":
        value, coef = _tf_reduce(loss, _TF_ALIASES.get(reduction, reduction), sample_weight)
        value = value.astype(dtype)
    elif semantics == "keras":
        weight = _keras_weight(loss, reduction, sample_weight, mask)
        if weight is not None:
            coef = weight.astype(dtype)
        weighted = (coef * loss).astype(dtype)
        if reduction == "none" or loss.ndim == 0:
            value = weighted
        elif reduction == "sum":
            value = np.asarray(weighted.sum(dtype=dtype))
        else:
            n = np.sum(weight) if reduction == "mean_with_sample_weight" and weight is not None \
                else loss.size
            n = np.float32(n)
            total = np.float32(weighted.sum(dtype=dtype))
            value = np.asarray(total / n if n else np.float32(0))
            coef = coef * (np.float32(1) / n if n else np.float32(0))
    else:
        if reduction == "none":
            value = loss
        elif reduction == "sum":
            value = np.asarray(loss.sum(dtype=dtype))
        else:
            if reduction == "batchmean":
                n = loss.shape[0] if loss.ndim else 1
            else:
                n = loss.size if denominator is None else denominator
            n = np.asarray(n, dtype=dtype)
            with np.errstate(divide="ignore", invalid="ignore"):  # torch: 0 / 0 is NaN
                value = np.asarray(loss.sum(dtype=dtype) / n)
                coef = coef / n
    if axis is not None:
        coef = np.expand_dims(coef, axis)
    return Result(np.asarray(value), (local_grad * coef).astype(local_grad.dtype))
