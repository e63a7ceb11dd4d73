"""The framework losses a case runs the pairing through: the :class:`LossFn` protocol and the
reference's stand-in for Keras and PyTorch (``xentlint.verify`` plugs in the installed ones)."""

from __future__ import annotations

from typing import Protocol

import numpy as np

from ..binary import binary_cross_entropy, binary_cross_entropy_with_logits
from ..categorical import categorical_cross_entropy, nll_loss, sparse_cross_entropy


class LossFn(Protocol):
    """``(family, prediction, target, from_logits) -> (per-sample loss, d sum / d prediction)``
    for family "sparse" | "categorical" | "binary" (class indices, one-hot or probability rows,
    0/1 per unit), or ``None`` where the framework has no such loss."""

    name: str

    def __call__(self, family: str, pred: np.ndarray, target: np.ndarray,
                 from_logits: bool) -> tuple[np.ndarray, np.ndarray] | None: ...


class FrameworkRaises(RuntimeError):
    """The framework refuses the pairing (the reference says so with the framework's message)."""


#: What the reference stands for, by semantics.
TORCH_APIS = ("torch: CrossEntropyLoss on logits (class indices or probability rows), NLLLoss on "
              "log(p), BCEWithLogitsLoss, BCELoss")


class ReferenceLoss:
    """The reference with one framework's semantics: what a Keras (``semantics="keras"``) or a
    PyTorch (``"torch"``) user's loss computes. PyTorch has no cross-entropy on probabilities:
    NLLLoss on ``log(p)`` stands in for the index one (as :class:`xentlint.frameworks.torch.runtime.Backend`),
    and a categorical loss on probabilities does not exist (``None``)."""

    def __init__(self, semantics: str = "keras") -> None:
        self.semantics = semantics
        self.name = f"reference ({'torch' if semantics == 'torch' else 'Keras'} semantics)"

    def __call__(self, family: str, pred: np.ndarray, target: np.ndarray,
                 from_logits: bool) -> tuple[np.ndarray, np.ndarray] | None:
        if self.semantics == "torch":
            return self._torch(family, pred, target, from_logits)
        if family == "sparse":
            r = sparse_cross_entropy(pred, target, from_logits=from_logits, semantics="keras",
                                     reduction="none")
        elif family == "categorical":
            r = categorical_cross_entropy(pred, target, from_logits=from_logits, semantics="keras",
                                          reduction="none")
        else:
            fn = binary_cross_entropy_with_logits if from_logits else binary_cross_entropy
            r = fn(pred, target, semantics="keras", reduction="none")
        return np.asarray(r.value), r.grad

    @staticmethod
    def _torch(family: str, pred: np.ndarray, target: np.ndarray,
               from_logits: bool) -> tuple[np.ndarray, np.ndarray] | None:
        if family == "sparse" and from_logits:
            r = sparse_cross_entropy(pred, target, semantics="torch", reduction="none")
        elif family == "categorical" and from_logits:
            r = categorical_cross_entropy(pred, target, semantics="torch", reduction="none")
        elif family == "sparse":  # NLLLoss(log(p)): d/dp = d/dlog(p) / p
            with np.errstate(divide="ignore", invalid="ignore"):
                r = nll_loss(np.log(pred), target, reduction="none")
                return np.asarray(r.value), (r.grad / pred).astype(pred.dtype)
        elif family == "binary":
            if not from_logits and (np.any(pred < 0) or np.any(pred > 1)):
                raise FrameworkRaises("all elements of input should be between 0 and 1")
            fn = binary_cross_entropy_with_logits if from_logits else binary_cross_entropy
            r = fn(pred, target, semantics="torch", reduction="none")
            units = pred.shape[-1]
            return np.asarray(r.value).mean(axis=-1), (r.grad / pred.dtype.type(units))
        else:
            return None
        return np.asarray(r.value), r.grad

