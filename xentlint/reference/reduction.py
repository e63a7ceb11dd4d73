"""Reductions, per framework: how per-sample losses become the number the optimiser sees.

PyTorch: ``mean`` divides by the number of elements, or, for losses with class weights or an
``ignore_index``, by the summed weight of the counted targets; ``batchmean`` (``kl_div``) by the
batch size. Keras: ``sum_over_batch_size`` (the default, also ``mean``) divides by the number of
per-sample losses, a mask (``ignore_class``) divides by the valid ones instead, and
``mean_with_sample_weight`` by the summed sample weights; a zero divisor gives 0, not NaN, and
the division is done in float32 even for float64 losses (``keras.ops.divide_no_nan`` promotes
with a Python float to floatx). optax returns per-example losses ("none"); "mean" and "sum" are
offered for convenience.
"""

from __future__ import annotations

import numpy as np

from .common import Result

DEFAULT = {"torch": "mean", "keras": "sum_over_batch_size", "optax": "none"}
ALLOWED = {
    "torch": ("none", "mean", "sum", "batchmean"),
    "keras": ("none", "sum", "mean", "sum_over_batch_size", "mean_with_sample_weight"),
    "optax": ("none", "mean", "sum"),
}


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


def reduce(loss: np.ndarray, local_grad: np.ndarray, *, reduction: str | None, semantics: str,
           denominator: float | np.ndarray | None = None, sample_weight: object | None = None,
           mask: np.ndarray | None = None, axis: int | None = None) -> Result:
    """Reduce per-sample ``loss``; ``local_grad[..., i, ...]`` is ``d loss_i / d prediction``,
    laid out like the prediction, whose class ``axis`` (if any) was summed away in ``loss``."""
    reduction = DEFAULT[semantics] if reduction is None else reduction
    if reduction not in ALLOWED[semantics]:
        raise ValueError(f"reduction {reduction!r} is not one of {ALLOWED[semantics]} ({semantics})")
    dtype = loss.dtype
    coef = np.ones_like(loss)
    value: np.ndarray
    if semantics == "keras":
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
