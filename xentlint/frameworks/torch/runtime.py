"""PyTorch at run time: which table row a loss object or function is (for the guard), a
guarded loss module, and torch's own losses for ``xentlint verify --framework torch``.

torch is imported only when a guarded loss is wrapped or a backend is built, never by the
checker.
"""

from __future__ import annotations

from typing import Any

from ...facts import Expects
from ..shared.runtime import is_instance
from ..specs import LossSpec
from . import tables as KT

# Packages whose frames stand between the user's code and the loss (module call machinery).
CALL_MACHINERY = ("torch",)


def loss_of(loss_fn: object) -> tuple[LossSpec, str, Expects | None] | None:
    """The row of a torch loss module or function, the name to report it by, and what it
    expects."""
    for spec in KT.LOSS_CLASSES.values():
        if is_instance(loss_fn, "torch.nn", spec.api):
            return spec, f"nn.{spec.api}", spec.expects
    module, name = getattr(loss_fn, "__module__", ""), getattr(loss_fn, "__name__", "")
    function = KT.LOSS_FUNCTIONS.get(f"{module}.{name}") if module == "torch.nn.functional" else None
    if function is not None:
        return function, f"F.{name}", function.expects
    return None


def wrap(loss_fn: Any, watcher: Any) -> Any | None:
    """A torch loss module guarded by ``watcher`` (still a module), or None for others."""
    if not is_instance(loss_fn, "torch.nn", "Module"):
        return None
    import torch

    class GuardedLoss(torch.nn.Module):
        """The loss module, checked on its first calls; ``.loss`` is the original."""

        def __init__(self) -> None:
            super().__init__()
            self.loss = loss_fn
            self.xentlint_guard = watcher

        def forward(self, *args: Any, **kwargs: Any) -> Any:
            watcher.before(args, kwargs)
            value = self.loss(*args, **kwargs)
            watcher.after(value)
            return value

    return GuardedLoss()


class Backend:
    """PyTorch's own losses: CrossEntropyLoss on logits, BCEWithLogitsLoss, BCELoss; torch has
    no cross-entropy on probabilities, so NLLLoss on ``log(p)`` stands in for the index one."""

    def __init__(self) -> None:
        import torch

        self.torch = torch
        self.name = f"torch {torch.__version__.split('+')[0]}"

    def __call__(self, family: str, pred, target, from_logits: bool):  # noqa: ANN001
        import numpy as np

        torch, F = self.torch, self.torch.nn.functional
        x = torch.tensor(pred, requires_grad=True)
        t = torch.tensor(target)
        if family in ("sparse", "categorical") and from_logits:
            value = F.cross_entropy(x, t if family == "sparse" else t.float(), reduction="none")
        elif family == "binary" and from_logits:
            value = F.binary_cross_entropy_with_logits(x, t.to(x.dtype), reduction="none").mean(-1)
        elif family == "binary":
            value = F.binary_cross_entropy(x, t.to(x.dtype), reduction="none").mean(-1)
        elif family == "sparse":
            value = F.nll_loss(torch.log(x), t, reduction="none")
        else:
            return None  # Keras's renormalising categorical loss has no torch counterpart
        value.sum().backward()
        return value.detach().numpy(), np.asarray(x.grad.numpy())
