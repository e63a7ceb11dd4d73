"""Categorical, sparse (class-index) and negative log-likelihood losses.

The softmax losses are written as ``-sum_c a_c log softmax(z)_c`` with per-class target weights
``a`` (one-hot or soft labels, label smoothing and class weights folded in), whose gradient is
``softmax(z) * sum(a) - a``. Keras on probabilities first divides each row by its sum and clips
it to ``[1e-7, 1 - 1e-7]``. PyTorch's weighted mean divides by the summed weight of the targets
that count (not by N), for the smoothing term as well; ``ignore_index`` targets count nowhere.
TensorFlow's softmax losses take logits only; its kernel's gradient is ``softmax(z) - a``, right
only where the target weights sum to 1 (soft or multi-hot labels that do not get another one),
and ``tf.nn.softmax_cross_entropy_with_logits`` broadcasts its labels against the logits.
"""

from __future__ import annotations

import numpy as np

from .activations import log_softmax, logsumexp, softmax
from .common import (
    Result,
    as_float,
    check_semantics,
    class_axis,
    keras_clip,
    smooth_categorical,
)
from .reduction import reduce


def _softmax_terms(z: np.ndarray, a: np.ndarray,
                   tf: bool = False) -> tuple[np.ndarray, np.ndarray]:
    """Loss ``-sum(a * log_softmax(z))`` over the last axis and its gradient in ``z`` (TF's
    kernel: ``softmax(z) - a``, whatever ``sum(a)``)."""
    loss = -np.sum(a * log_softmax(z, axis=-1), axis=-1)
    total = 1 if tf else np.sum(a, axis=-1, keepdims=True)
    grad = softmax(z, axis=-1) * total - a
    return loss.astype(z.dtype), grad.astype(z.dtype)


def _keras_probability_terms(p: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Keras's ``-sum(y * log(clip(p / sum(p))))`` over the last axis and its gradient in ``p``."""
    total = np.sum(p, axis=-1, keepdims=True)
    with np.errstate(divide="ignore", invalid="ignore"):
        o = p / total
        c, passes = keras_clip(o)
        loss = -np.sum(y * np.log(c), axis=-1)
        g = passes * (-y / c)
        grad = (g - np.sum(g * o, axis=-1, keepdims=True)) / total
    return loss.astype(p.dtype), grad.astype(p.dtype)


def _last(x: np.ndarray, axis: int) -> np.ndarray:
    return np.moveaxis(x, axis, -1)


def _back(result: Result, axis: int) -> Result:
    return Result(result.value, np.moveaxis(result.grad, -1, axis))


def _class_weight(weight: object | None, n: int, dtype: np.dtype) -> np.ndarray:
    return np.ones(n, dtype) if weight is None else np.asarray(weight, dtype=dtype)


def categorical_cross_entropy(input: object, target: object, *, from_logits: bool = True,
                              semantics: str = "torch", weight: object | None = None,
                              label_smoothing: float = 0.0, axis: int | None = None,
                              reduction: str | None = None,
                              sample_weight: object | None = None) -> Result:
    """Cross-entropy with one-hot or soft targets: ``F.cross_entropy`` with probability targets
    (torch; logits only; class ``weight``), ``keras.losses.CategoricalCrossentropy`` (keras,
    logits or probabilities), ``optax.softmax_cross_entropy`` (optax; smoothing as
    ``optax.smooth_labels``; labels broadcast against the logits, as optax multiplies them),
    ``tf.nn.softmax_cross_entropy_with_logits`` (tf; labels broadcast; smoothing and weights as
    TF1's ``tf.losses.softmax_cross_entropy``, with a TF1 ``reduction``)."""
    check_semantics(semantics)
    if not from_logits and semantics != "keras":
        raise ValueError(f"{semantics} has no categorical cross-entropy on probabilities")
    x = as_float(input)
    ax = class_axis(x.ndim, axis, semantics)
    z = _last(x, ax)
    y = np.asarray(target).astype(x.dtype)
    if semantics == "tf":
        y = _tf_broadcast(y, x, ax)
    elif semantics == "optax":  # optax broadcasts the labels: (N, 1) class indices, (N,) if N == C
        y = np.broadcast_to(y, x.shape)
    n = y.shape[-1] if semantics in ("keras", "tf") else y.shape[ax]  # the last axis, always
    y = smooth_categorical(_last(y, ax), label_smoothing, n)
    if from_logits:
        a = y * _class_weight(weight, z.shape[-1], x.dtype)
        loss, grad = _softmax_terms(z, a, tf=semantics == "tf")
    else:
        loss, grad = _keras_probability_terms(z, y)
    return _back(reduce(loss, grad, reduction=reduction, semantics=semantics,
                        sample_weight=sample_weight, axis=-1), ax)


def _tf_broadcast(y: np.ndarray, x: np.ndarray, ax: int) -> np.ndarray:
    """TensorFlow's labels against its logits: both flattened to rows of classes first, then
    broadcast as 2-D arrays (so (N, 1) labels broadcast, (B, 1, C) against (B, N, C) raise)."""
    rows = _last(x, ax).reshape(-1, x.shape[ax])
    labels = _last(y, ax) if y.ndim == x.ndim else y
    flat = labels.reshape(-1, labels.shape[-1]) if labels.ndim > 1 else labels
    try:
        np.broadcast_shapes(flat.shape, rows.shape)
    except ValueError:
        raise ValueError(f"logits and labels must be broadcastable: logits_size={list(rows.shape)} "
                         f"labels_size={list(flat.shape)}") from None
    return np.moveaxis(np.broadcast_to(flat, rows.shape).reshape(_last(x, ax).shape), -1, ax)


def _index_target(target: object, z: np.ndarray, ax: int, ignore: int | None,
                  keras: bool, tf: bool = False) -> tuple[np.ndarray, np.ndarray]:
    """Class indices laid out like ``z`` without its class axis, and the mask of counted ones."""
    t = np.asarray(target)
    if keras and t.ndim == z.ndim and t.shape[ax] == 1:  # Keras squeezes (N, 1) labels
        t = np.squeeze(t, axis=ax)
    if tf and not np.issubdtype(t.dtype, np.integer):
        raise TypeError(f"Value for attr 'Tlabels' of {t.dtype} is not in the list of allowed "
                        "values: int32, int64")
    if tf and t.ndim != z.ndim - 1:
        raise ValueError("`labels.shape.rank` must equal `logits.shape.rank - 1`. Received: "
                         f"labels.shape={t.shape} of rank {t.ndim} and logits.shape={z.shape} "
                         f"of rank {z.ndim}")
    t = t.astype(np.int64)
    mask = np.ones(t.shape, bool) if ignore is None else t != ignore
    n = z.shape[ax]
    bad = mask & ((t < 0) | (t >= n))
    if bad.any() and tf:  # on CPU; a GPU gives NaN instead
        raise IndexError(f"Received a label value of {int(t[bad].flat[0])} which is outside the "
                         f"valid range of [0, {n}).")
    if bad.any():
        raise IndexError(f"Target {int(t[bad].flat[0])} is out of bounds.")
    return np.where(mask, t, 0), mask


def sparse_cross_entropy(input: object, target: object, *, from_logits: bool = True,
                         semantics: str = "torch", weight: object | None = None,
                         ignore_index: int | None = -100, label_smoothing: float = 0.0,
                         axis: int | None = None, reduction: str | None = None,
                         sample_weight: object | None = None) -> Result:
    """Cross-entropy with class-index targets: ``nn.CrossEntropyLoss`` (torch: ``weight``,
    ``ignore_index``, ``label_smoothing``), ``SparseCategoricalCrossentropy`` (keras:
    ``from_logits``, ``ignore_index`` is Keras's ``ignore_class``, default none),
    ``optax.softmax_cross_entropy_with_integer_labels`` (optax),
    ``tf.nn.sparse_softmax_cross_entropy_with_logits`` (tf: labels of one dimension fewer than
    the logits, each in [0, C); weights as TF1's ``tf.losses.sparse_softmax_cross_entropy``,
    with a TF1 ``reduction``)."""
    check_semantics(semantics)
    x = as_float(input)
    ax = class_axis(x.ndim, axis, semantics)
    keras = semantics == "keras"
    if keras and ignore_index == -100:
        ignore_index = None  # the torch default is not Keras's
    if semantics in ("optax", "tf"):
        ignore_index = None
    if not from_logits and not keras:
        raise ValueError(f"{semantics} has no sparse cross-entropy on probabilities")
    t, mask = _index_target(target, x, ax, ignore_index, keras, tf=semantics == "tf")
    z = _last(x, ax)
    n = z.shape[-1]
    onehot = (np.arange(n) == t[..., None]).astype(x.dtype)
    w = _class_weight(weight if semantics == "torch" else None, n, x.dtype)
    m = mask[..., None].astype(x.dtype)
    if from_logits:
        eps = label_smoothing if semantics == "torch" else 0.0  # the others have none
        a = m * ((1 - eps) * onehot * w + (eps / n) * w)
        loss, grad = _softmax_terms(np.where(m > 0, z, 0).astype(x.dtype), a)
        if semantics == "optax":  # logsumexp(z) - z[y], as optax writes it (it rounds at 1e4)
            loss = (logsumexp(z, axis=-1) - np.sum(onehot * z, axis=-1)).astype(x.dtype)
    else:
        loss, grad = _keras_probability_terms(np.where(m > 0, z, 1).astype(x.dtype), onehot)
        loss, grad = np.where(mask, loss, 0).astype(x.dtype), (grad * m).astype(x.dtype)
    if semantics == "torch":
        denominator = np.sum(w[t] * mask, dtype=x.dtype)
        result = reduce(loss, grad, reduction=reduction, semantics="torch",
                        denominator=denominator, axis=-1)
    else:
        result = reduce(loss, grad, reduction=reduction, semantics=semantics,
                        sample_weight=sample_weight,
                        mask=mask if ignore_index is not None else None, axis=-1)
    return _back(result, ax)


def nll_loss(input: object, target: object, *, weight: object | None = None,
             ignore_index: int = -100, reduction: str = "mean", axis: int | None = None) -> Result:
    """``nn.NLLLoss``: ``-weight[y] * input[y]``, trusting that ``input`` is log-probabilities
    (it is not checked: probabilities give a negative loss, logits an unbounded one)."""
    x = as_float(input)
    ax = class_axis(x.ndim, axis, "torch")
    t, mask = _index_target(target, x, ax, ignore_index, keras=False)
    z = _last(x, ax)
    n = z.shape[-1]
    w = _class_weight(weight, n, x.dtype)
    a = mask[..., None] * (np.arange(n) == t[..., None]) * w
    loss = -np.sum(a * z, axis=-1).astype(x.dtype)
    denominator = np.sum(w[t] * mask, dtype=x.dtype)
    return _back(reduce(loss, (-a).astype(x.dtype), reduction=reduction, semantics="torch",
                        denominator=denominator, axis=-1), ax)
