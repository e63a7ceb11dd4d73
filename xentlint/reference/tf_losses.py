"""TensorFlow's cross-entropy losses by their own names: ``tf.nn``'s and TF1's
``tf.compat.v1.losses``, over the reference's "tf" semantics.

Each takes the prediction first (the reference's order) under TensorFlow's keyword names, so a
call written with keywords reads the same here and in TensorFlow. :data:`LOSSES` maps the
canonical names of the TensorFlow tables (``frameworks/tf/tables.py``) to them. The TF1 losses
differ from ``tf.nn``'s: they check that the labels' shape is the logits' (no broadcasting),
squeeze ``(N, 1)`` class indices, take ``weights`` and ``label_smoothing``, and reduce in
float32, by default by the number of non-zero weights (:data:`TF1_DEFAULT`).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from .binary import binary_cross_entropy, binary_cross_entropy_with_logits
from .categorical import categorical_cross_entropy, sparse_cross_entropy
from .common import TF_LOG_LOSS_EPSILON, Result
from .reduction import TF1_DEFAULT

# --- tf.nn: per example, in the logits' dtype -------------------------------------------------


def softmax_cross_entropy_with_logits(logits: object, labels: object, *, axis: int = -1) -> Result:
    """``tf.nn.softmax_cross_entropy_with_logits`` (and ``_v2``): labels broadcast against the
    logits; the gradient is ``softmax - labels``."""
    return categorical_cross_entropy(logits, labels, semantics="tf", axis=axis)


def sparse_softmax_cross_entropy_with_logits(logits: object, labels: object) -> Result:
    """``tf.nn.sparse_softmax_cross_entropy_with_logits``: integer labels of one dimension fewer
    than the logits, each in [0, C) (IndexError otherwise, as TF on CPU)."""
    return sparse_cross_entropy(logits, labels, semantics="tf")


def sigmoid_cross_entropy_with_logits(logits: object, labels: object) -> Result:
    """``tf.nn.sigmoid_cross_entropy_with_logits``: elementwise, labels of the logits' shape."""
    return binary_cross_entropy_with_logits(logits, labels, semantics="tf")


def weighted_cross_entropy_with_logits(logits: object, labels: object,
                                       pos_weight: object) -> Result:
    """``tf.nn.weighted_cross_entropy_with_logits``: the positive term weighed by
    ``pos_weight``."""
    return binary_cross_entropy_with_logits(logits, labels, semantics="tf", pos_weight=pos_weight)


# --- TF1's tf.losses: weights, smoothing, a float32 reduction ----------------------------------


def _compatible(logits: np.ndarray, labels: np.ndarray) -> None:
    """``assert_is_compatible_with``: TF1's losses do not broadcast the labels."""
    if logits.shape != labels.shape:
        raise ValueError(f"Shapes {logits.shape} and {labels.shape} are incompatible")


def softmax_cross_entropy(logits: object, onehot_labels: object, *, weights: object = 1.0,
                          label_smoothing: float = 0.0, reduction: str = TF1_DEFAULT) -> Result:
    """``tf.compat.v1.losses.softmax_cross_entropy``: labels smoothed towards ``1 / C``."""
    _compatible(np.asarray(logits), np.asarray(onehot_labels))
    return categorical_cross_entropy(logits, onehot_labels, semantics="tf",
                                     label_smoothing=label_smoothing, sample_weight=weights,
                                     reduction=reduction)


def sparse_softmax_cross_entropy(logits: object, labels: object, *, weights: object = 1.0,
                                 reduction: str = TF1_DEFAULT) -> Result:
    """``tf.compat.v1.losses.sparse_softmax_cross_entropy``: ``(N, 1)`` labels are squeezed to
    ``(N,)``, and then weights of one dimension more than the labels."""
    z, t, w = np.asarray(logits), np.asarray(labels), np.asarray(weights)
    if t.ndim == z.ndim and t.shape[-1:] == (1,):
        t = t[..., 0]
    if w.ndim and w.ndim == t.ndim + 1 and w.shape[-1] == 1:
        w = w[..., 0]
    return sparse_cross_entropy(z, t, semantics="tf", sample_weight=w, reduction=reduction)


def sigmoid_cross_entropy(logits: object, multi_class_labels: object, *, weights: object = 1.0,
                          label_smoothing: float = 0.0, reduction: str = TF1_DEFAULT) -> Result:
    """``tf.compat.v1.losses.sigmoid_cross_entropy``: labels smoothed towards 1/2."""
    return binary_cross_entropy_with_logits(logits, multi_class_labels, semantics="tf",
                                            label_smoothing=label_smoothing,
                                            sample_weight=weights, reduction=reduction)


def log_loss(predictions: object, labels: object, *, weights: object = 1.0,
             epsilon: float = TF_LOG_LOSS_EPSILON, reduction: str = TF1_DEFAULT) -> Result:
    """``tf.compat.v1.losses.log_loss``: ``-y log(p + eps) - (1 - y) log(1 - p + eps)`` in
    float32, NaN for outputs outside ``[-eps, 1 + eps]``."""
    return binary_cross_entropy(predictions, labels, semantics="tf", epsilon=epsilon,
                                sample_weight=weights, reduction=reduction)


#: The reference of each cross-entropy loss of the TensorFlow tables, by canonical name.
LOSSES: dict[str, Callable[..., Result]] = {
    "tensorflow.nn.softmax_cross_entropy_with_logits": softmax_cross_entropy_with_logits,
    "tensorflow.nn.softmax_cross_entropy_with_logits_v2": softmax_cross_entropy_with_logits,
    "tensorflow.nn.sparse_softmax_cross_entropy_with_logits":
        sparse_softmax_cross_entropy_with_logits,
    "tensorflow.nn.sigmoid_cross_entropy_with_logits": sigmoid_cross_entropy_with_logits,
    "tensorflow.nn.weighted_cross_entropy_with_logits": weighted_cross_entropy_with_logits,
    "tensorflow.losses.softmax_cross_entropy": softmax_cross_entropy,
    "tensorflow.losses.sparse_softmax_cross_entropy": sparse_softmax_cross_entropy,
    "tensorflow.losses.sigmoid_cross_entropy": sigmoid_cross_entropy,
    "tensorflow.losses.log_loss": log_loss,
}
