"""Stable softmax, log-softmax, sigmoid and log-sigmoid (no overflow at logits of +-1e4)."""

from __future__ import annotations

import numpy as np

from .common import as_float


def logsumexp(x: object, axis: int = -1, keepdims: bool = False) -> np.ndarray:
    x = as_float(x)
    m = np.max(x, axis=axis, keepdims=True)
    m = np.where(np.isfinite(m), m, 0).astype(x.dtype)
    out = np.log(np.sum(np.exp(x - m), axis=axis, keepdims=True)) + m
    return out if keepdims else np.squeeze(out, axis=axis)


def log_softmax(x: object, axis: int = -1) -> np.ndarray:
    """``(x - max) - log(sum(exp(x - max)))``: shifting first keeps it exact where ``x`` is
    large (``x - logsumexp(x)`` loses the low digits of a logit of 1e4 in float32)."""
    x = as_float(x)
    shifted = x - np.max(x, axis=axis, keepdims=True)
    return shifted - np.log(np.sum(np.exp(shifted), axis=axis, keepdims=True))


def softmax(x: object, axis: int = -1) -> np.ndarray:
    x = as_float(x)
    e = np.exp(x - np.max(x, axis=axis, keepdims=True))
    return e / np.sum(e, axis=axis, keepdims=True)


def sigmoid(x: object) -> np.ndarray:
    """``1 / (1 + exp(-x))`` through ``exp(-|x|)``, which never overflows."""
    x = as_float(x)
    e = np.exp(-np.abs(x))
    return np.where(x >= 0, 1.0 / (1.0 + e), e / (1.0 + e)).astype(x.dtype)


def log_sigmoid(x: object) -> np.ndarray:
    """``-softplus(-x) = min(x, 0) - log1p(exp(-|x|))``."""
    x = as_float(x)
    return (np.minimum(x, 0) - np.log1p(np.exp(-np.abs(x)))).astype(x.dtype)
