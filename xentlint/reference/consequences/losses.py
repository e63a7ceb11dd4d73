"""The framework losses a case runs the pairing through: the :class:`LossFn` protocol, the
reference's stand-in for Keras, PyTorch, optax and TensorFlow (``xentlint.verify`` plugs in the
installed ones), and what a case must know of each framework's losses besides their numbers
(:data:`APIS`)."""

from __future__ import annotations

from dataclasses import dataclass
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
    """The framework refuses the pairing (the reference says so with the framework's message;
    ``kind``: the class of the framework's error)."""

    def __init__(self, message: str, kind: str = "RuntimeError") -> None:
        super().__init__(message)
        self.kind = kind


@dataclass(frozen=True)
class Api:
    """The losses of one framework semantics, as the cases need them: which exist, how they are
    called. A finding's consequence depends on these properties, not on the framework's name."""

    label: str  # how a setup line names the semantics: "reference (torch semantics)"
    #: its cross-entropies on probabilities, by family (torch: BCELoss only; optax: none, every
    #: loss takes logits and has no from_logits flag, so a fix feeds it logits)
    on_probabilities: dict[str, str]
    on_logits: dict[str, str]  # its cross-entropies on logits, by family
    nll: str | None = None  # its loss on log-probabilities; None: an NLL is written by hand
    metrics: bool = False  # it has probability metrics (Keras's "accuracy", AUC) to misuse
    #: the families whose loss broadcasts mismatched label shapes silently (no error)
    broadcasts: tuple[str, ...] = ()

    def loss(self, family: str) -> str:
        """The loss of ``family`` a user of this framework writes: the one on probabilities if it
        has one, else the one on logits."""
        return self.on_probabilities.get(family) or self.on_logits[family]


APIS: dict[str, Api] = {
    "keras": Api("Keras",
                 {"sparse": "sparse_categorical_crossentropy",
                  "categorical": "categorical_crossentropy", "binary": "binary_crossentropy"},
                 {"sparse": "SparseCategoricalCrossentropy(from_logits=True)",
                  "categorical": "CategoricalCrossentropy(from_logits=True)",
                  "binary": "BinaryCrossentropy(from_logits=True)"},
                 metrics=True),
    "torch": Api("torch", {"binary": "BCELoss"},
                 {"sparse": "CrossEntropyLoss", "categorical": "CrossEntropyLoss",
                  "binary": "BCEWithLogitsLoss"},
                 nll="NLLLoss"),
    "optax": Api("optax", {},
                 {"sparse": "optax.softmax_cross_entropy_with_integer_labels",
                  "categorical": "optax.softmax_cross_entropy",
                  "binary": "optax.sigmoid_binary_cross_entropy"},
                 broadcasts=("categorical", "binary")),
    # raw TensorFlow: tf.nn's losses on logits, TF1's log_loss on probabilities; the softmax
    # loss broadcasts its labels, the others raise on a shape that is not the logits'
    "tf": Api("TensorFlow", {"binary": "tf.compat.v1.losses.log_loss"},
              {"sparse": "tf.nn.sparse_softmax_cross_entropy_with_logits",
               "categorical": "tf.nn.softmax_cross_entropy_with_logits",
               "binary": "tf.nn.sigmoid_cross_entropy_with_logits"},
              broadcasts=("categorical",)),
}


#: What the reference stands for, by semantics.
TORCH_APIS = ("torch: CrossEntropyLoss on logits (class indices or probability rows), NLLLoss on "
              "log(p), BCEWithLogitsLoss, BCELoss")


class ReferenceLoss:
    """The reference with one framework's semantics: what a Keras (``semantics="keras"``), a
    PyTorch (``"torch"``) or an optax (``"optax"``) user's loss computes. PyTorch has no
    cross-entropy on probabilities: NLLLoss on ``log(p)`` stands in for the index one (as
    :class:`xentlint.frameworks.torch.runtime.Backend`), and a categorical loss on probabilities
    does not exist (``None``). optax has no loss on probabilities at all (``None``); its
    binary loss is elementwise, averaged over the last axis here (as the torch one).
    TensorFlow (``"tf"``): ``tf.nn``'s losses on logits, TF1's ``log_loss`` on probabilities
    (binary, averaged over the last axis), no softmax loss on probabilities (``None``); where
    TensorFlow raises (a label shape, a class index), :class:`FrameworkRaises` says so."""

    def __init__(self, semantics: str = "keras") -> None:
        self.semantics = semantics
        self.name = f"reference ({APIS[semantics].label} semantics)"

    def __call__(self, family: str, pred: np.ndarray, target: np.ndarray,
                 from_logits: bool) -> tuple[np.ndarray, np.ndarray] | None:
        if self.semantics == "torch":
            return self._torch(family, pred, target, from_logits)
        if self.semantics == "optax":
            return self._optax(family, pred, target, from_logits)
        if self.semantics == "tf":
            return self._tf(family, pred, target, from_logits)
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
            return _unit_mean(r.value, r.grad)
        else:
            return None
        return np.asarray(r.value), r.grad

    @staticmethod
    def _optax(family: str, pred: np.ndarray, target: np.ndarray,
               from_logits: bool) -> tuple[np.ndarray, np.ndarray] | None:
        if not from_logits:
            return None  # no optax loss takes probabilities
        if family == "sparse":
            r = sparse_cross_entropy(pred, target, semantics="optax", reduction="none")
        elif family == "categorical":
            r = categorical_cross_entropy(pred, target, semantics="optax", reduction="none")
        else:  # elementwise, broadcast: (N, 1) logits against (N,) labels give (N, N)
            r = binary_cross_entropy_with_logits(pred, target, semantics="optax", reduction="none")
            return _unit_mean(r.value, r.grad)
        return np.asarray(r.value), r.grad


    @staticmethod
    def _tf(family: str, pred: np.ndarray, target: np.ndarray,
            from_logits: bool) -> tuple[np.ndarray, np.ndarray] | None:
        from .. import tf_losses as T

        if not from_logits and family != "binary":
            return None  # TensorFlow's softmax losses take logits only
        try:
            if family == "sparse":
                r = T.sparse_softmax_cross_entropy_with_logits(pred, target)
            elif family == "categorical":
                r = T.softmax_cross_entropy_with_logits(pred, target)
            else:
                r = (T.sigmoid_cross_entropy_with_logits(pred, target) if from_logits else
                     T.log_loss(pred, target, reduction="none"))
                return _unit_mean(r.value, r.grad)
        except IndexError as error:  # a class index out of range: TF raises on CPU
            raise FrameworkRaises(str(error), "InvalidArgumentError") from error
        except (ValueError, TypeError) as error:
            raise FrameworkRaises(str(error), type(error).__name__) from error
        return np.asarray(r.value), r.grad


def _unit_mean(value: np.ndarray, grad: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """An elementwise binary loss averaged over its last axis, and the gradient of that."""
    units = value.shape[-1]
    return np.asarray(value).mean(axis=-1), (grad / grad.dtype.type(units))
