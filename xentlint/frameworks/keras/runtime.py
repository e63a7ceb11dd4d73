"""Keras at run time: which table row a loss object or function is (for the guard), a guarded
Keras loss, and Keras's own losses for ``xentlint verify --framework keras``.

Keras is imported only when a guarded loss is wrapped or a backend is built, never by the
checker.
"""

from __future__ import annotations

import os
from typing import Any

from ...facts import Expects
from ..shared.runtime import is_instance
from ..specs import LossSpec
from . import tables as KK

# Packages whose frames stand between the user's code and the loss (the training step).
CALL_MACHINERY = ("keras", "optree")


def loss_of(loss_fn: object) -> tuple[LossSpec, str, Expects | None] | None:
    """The row of a Keras loss object or function, the name to report it by, and what it
    expects (a loss object's ``from_logits``; a function's default)."""
    if is_instance(loss_fn, "keras", "losses.Loss"):
        name = type(loss_fn).__name__
        spec = KK.LOSS_CLASSES.get(f"keras.losses.{name}")
        if spec is None:
            return None
        options = getattr(loss_fn, "_fn_kwargs", {}) or {}
        return spec, name, spec.expects_with(bool(options.get("from_logits")))
    if getattr(loss_fn, "__module__", "").startswith("keras"):
        name = getattr(loss_fn, "__name__", "")
        spec = KK.LOSS_FUNCTIONS.get(f"keras.losses.{name}")
        if spec is not None:
            return spec, name, spec.expects
    return None


def wrap(loss_fn: Any, watcher: Any) -> Any | None:
    """A Keras loss guarded by ``watcher`` (still a Keras loss), or None for others."""
    if not is_instance(loss_fn, "keras", "losses.Loss"):
        return None
    import keras

    class GuardedLoss(keras.losses.Loss):
        """The Keras loss, checked on its first calls: same per-sample values, same reduction
        and dtype, so the reduced loss is the original's."""

        def __init__(self) -> None:
            super().__init__(name=loss_fn.name, reduction=loss_fn.reduction, dtype=loss_fn.dtype)
            self.loss = loss_fn
            self.xentlint_guard = watcher

        def call(self, y_true: Any, y_pred: Any) -> Any:
            watcher.before((y_true, y_pred), {})
            value = self.loss.call(y_true, y_pred)
            watcher.after(value)
            return value

        def get_config(self) -> dict:
            return self.loss.get_config()

    return GuardedLoss()


class Backend:
    """Keras 3's loss classes, on the torch backend (for the gradients)."""

    def __init__(self) -> None:
        os.environ.setdefault("KERAS_BACKEND", "torch")
        import keras

        if keras.backend.backend() != "torch":
            raise RuntimeError("--framework keras needs KERAS_BACKEND=torch")
        import torch

        self.keras, self.torch = keras, torch
        self.name = f"Keras {keras.__version__} (torch backend)"

    def __call__(self, family: str, pred, target, from_logits: bool):  # noqa: ANN001
        import warnings

        losses = self.keras.losses
        cls = {"sparse": losses.SparseCategoricalCrossentropy,
               "categorical": losses.CategoricalCrossentropy,
               "binary": losses.BinaryCrossentropy}[family]
        x = self.torch.tensor(pred, requires_grad=True)
        with warnings.catch_warnings():  # Keras's SyntaxWarning for a 1-unit categorical loss
            warnings.simplefilter("ignore")
            value = cls(from_logits=from_logits, reduction=None)(self.torch.tensor(target), x)
        value.sum().backward()
        assert x.grad is not None
        return value.detach().numpy(), x.grad.numpy()
