"""Shared pieces: the result type, dtype handling, Keras's clipping and the semantics names."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

SEMANTICS = ("torch", "keras", "optax", "tf")

#: ``keras.backend.epsilon()``: Keras clips probabilities to ``[EPSILON, 1 - EPSILON]``.
EPSILON = 1e-7
#: TF1's ``tf.compat.v1.losses.log_loss`` adds ``epsilon`` (1e-7 by default) inside each log
#: instead of clipping: outputs outside [0, 1] give NaN, not a clipped loss.
TF_LOG_LOSS_EPSILON = 1e-7
#: PyTorch's ``binary_cross_entropy`` clamps each log at -100 and its backward pass divides by
#: ``max(p * (1 - p), 1e-12)`` (aten/src/ATen/native/Loss.cpp), a float constant even for
#: float64 inputs (so 9.99999996e-13 there, as measured).
TORCH_LOG_FLOOR = -100.0
TORCH_BCE_GRAD_EPS = float(np.float32(1e-12))


@dataclass(frozen=True)
class Result:
    """A loss value and ``d value.sum() / d prediction`` (same shape and dtype as the prediction)."""

    value: np.ndarray
    grad: np.ndarray

    def __float__(self) -> float:
        return float(np.sum(self.value))


def as_float(x: object) -> np.ndarray:
    """``x`` as a float array; float32/float64 keep their dtype (frameworks compute in it), other
    inputs become float64."""
    arr = np.asarray(x)
    if arr.dtype in (np.float32, np.float64):
        return arr
    if np.issubdtype(arr.dtype, np.floating):
        return arr.astype(np.float32)
    return arr.astype(np.float64)


def sum_to(grad: np.ndarray, shape: tuple[int, ...]) -> np.ndarray:
    """The gradient of an input of ``shape`` that broadcasting stretched to ``grad.shape``: summed
    over the axes broadcasting added or stretched (what autodiff does)."""
    if grad.shape == shape:
        return grad
    grad = grad.sum(axis=tuple(range(grad.ndim - len(shape))))
    stretched = tuple(i for i, d in enumerate(shape) if d == 1 and grad.shape[i] != 1)
    return grad.sum(axis=stretched, keepdims=True) if stretched else grad


def check_semantics(semantics: str, allowed: tuple[str, ...] = SEMANTICS) -> None:
    if semantics not in allowed:
        raise ValueError(f"semantics must be one of {allowed}, not {semantics!r}")


def keras_clip(p: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Keras's ``clip(p, eps, 1 - eps)`` in p's dtype, and where its gradient passes (``torch.clip``
    passes it on the closed interval, so a value exactly at a bound still learns)."""
    low = p.dtype.type(EPSILON)
    high = p.dtype.type(1.0 - EPSILON)
    return np.clip(p, low, high), ((p >= low) & (p <= high)).astype(p.dtype)


def class_axis(ndim: int, axis: int | None, semantics: str) -> int:
    """The class axis: PyTorch's losses use dim 1 (dim 0 for an unbatched 1-D input), Keras,
    optax and TensorFlow the last axis, unless ``axis`` is given."""
    if axis is None:
        axis = (1 if ndim >= 2 else 0) if semantics == "torch" else -1
    return axis % ndim


def smooth_categorical(target: np.ndarray, smoothing: float, n: int) -> np.ndarray:
    """``(1 - e) * y + e / n``: Keras categorical, optax ``smooth_labels``, PyTorch CE, TF1's
    ``softmax_cross_entropy``, with ``n`` the number of classes (Keras and TF1 take the size of
    the *last* axis, whatever ``axis``)."""
    if not smoothing:
        return target
    return target * (1.0 - smoothing) + smoothing / n


def smooth_binary(target: np.ndarray, smoothing: float) -> np.ndarray:
    """``(1 - e) * y + e / 2``: Keras binary losses and TF1's ``sigmoid_cross_entropy`` squeeze
    labels towards 0.5."""
    if not smoothing:
        return target
    return target * (1.0 - smoothing) + 0.5 * smoothing
