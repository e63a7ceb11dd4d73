"""Seeded synthetic inputs: what ``xentlint verify`` and the verification tests feed the losses."""

from __future__ import annotations

import numpy as np
from numpy.typing import DTypeLike


def logits(shape: tuple[int, ...], dtype: DTypeLike = np.float32, scale: str | float = "normal",
           seed: int = 0) -> np.ndarray:
    """Standard-normal logits (times ``scale`` if a number), or with ``scale="extreme"`` a mix of
    -1e4, 0 and 1e4 plus noise: the range where a naive softmax overflows."""
    rng = np.random.default_rng(seed)
    z = rng.standard_normal(shape)
    if scale == "extreme":
        z = z + rng.choice([-1e4, 0.0, 1e4], size=shape)
    elif not isinstance(scale, str):
        z = z * scale
    return z.astype(dtype)


def indices(shape: tuple[int, ...], n_classes: int, seed: int = 1) -> np.ndarray:
    """Uniform class indices in ``[0, n_classes)``, int64 (what PyTorch's index losses take)."""
    return np.random.default_rng(seed).integers(0, n_classes, size=shape)


def one_hot(labels: np.ndarray, n_classes: int, dtype: DTypeLike = np.float32) -> np.ndarray:
    return (np.arange(n_classes) == np.asarray(labels)[..., None]).astype(dtype)


def probabilities(shape: tuple[int, ...], dtype: DTypeLike = np.float32, seed: int = 2,
                  axis: int = -1) -> np.ndarray:
    """Softmax of standard-normal logits along ``axis``: rows that sum to 1."""
    z = np.random.default_rng(seed).standard_normal(shape)
    e = np.exp(z - z.max(axis=axis, keepdims=True))
    return (e / e.sum(axis=axis, keepdims=True)).astype(dtype)


def binary_labels(shape: tuple[int, ...], dtype: DTypeLike = np.float32, seed: int = 3) -> np.ndarray:
    return np.random.default_rng(seed).integers(0, 2, size=shape).astype(dtype)
