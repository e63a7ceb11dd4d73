"""``xentlint.guard(loss_fn)``: a runtime check of what reaches a loss, for what static analysis
cannot see (data pipelines, dynamic models, notebooks run out of order).

The wrapper looks at the first few calls only (``batches``, 3 by default): probabilities where the
loss applies its own softmax/sigmoid (XL101), outputs outside [0, 1] where it expects
probabilities (XL102), anything but log-probabilities to an NLL loss and a negative NLL (XL103),
index labels to a one-hot loss (XL301), one-hot labels to an index loss (XL302), ``(N,)`` vs
``(N, 1)`` (XL303), class indices >= C, i.e. 1-based labels (XL305). Each rule warns once per
guard with :class:`XentlintWarning`. Values, gradients and the loss object's behaviour are never
changed: the wrapper passes the original arguments through and returns the original result.

The losses it knows are the frameworks' runtimes' (``loss_of``): torch and Keras loss objects and
functions, optax's loss functions. It reads concrete arrays: an optax loss called eagerly is
checked, one traced by ``jax.jit`` or ``jax.grad`` (abstract tracers, no values) is passed through
unchecked.

torch, Keras and NumPy are imported only when a guarded loss is called (or wrapped, for the
torch and Keras wrappers), never by the checker.
"""

from __future__ import annotations

import functools
import os
import sys
import types
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from types import FrameType
from typing import Any

from .frameworks.specs import Slot


class XentlintWarning(UserWarning):
    """A mismatch between a loss and what reaches it, seen at run time (a rule code first)."""


@dataclass(frozen=True)
class Expectation:
    """What a loss expects: ``prediction`` "logits" | "probabilities" | "log_probabilities" and
    ``target`` "index" | "onehot" | "binary" | "any"; ``order`` of its arguments: "torch"
    (prediction, target) or "keras" (target, prediction); where it takes them (its table row's
    slots, or the order's usual names)."""

    prediction: str
    target: str
    order: str = "torch"
    name: str = "the loss"
    multiclass: bool = True
    slots: tuple[Slot, Slot] | None = None  # (prediction, target)
    class_axis: int | None = None  # None: dim 1 in the torch order, the last axis in Keras's

    def axis(self, ndim: int) -> int:
        """The class axis of a prediction of ``ndim`` dimensions."""
        if ndim <= 1:
            return -1
        if self.class_axis is not None:
            return self.class_axis
        return 1 if self.order == "torch" else -1

    def arguments(self, args: tuple, kwargs: dict) -> tuple[Any, Any]:
        """The prediction and the target of a call."""
        prediction, target = self.slots or _ORDERS[self.order]
        return _argument(prediction, args, kwargs), _argument(target, args, kwargs)


def _argument(slot: Slot, args: tuple, kwargs: dict) -> Any:
    return kwargs.get(slot.name, args[slot.index] if len(args) > slot.index else None)


_ORDERS = {"torch": (Slot(0, "input"), Slot(1, "target")),
           "keras": (Slot(1, "y_pred"), Slot(0, "y_true"))}


# --- what does this loss expect? -------------------------------------------------------------

# How the analyzer's vocabulary reads at run time: what a loss family takes as targets, and
# what its prediction input is. Families outside these (KL divergence, regression) are not
# guarded.
_TARGETS: dict[str, str] = {"cross_entropy": "any", "nll": "index", "sparse": "index",
                            "categorical": "onehot", "binary": "binary"}
_PREDICTIONS = {"logits": "logits", "probs": "probabilities", "log-probs": "log_probabilities"}


def _runtimes() -> list[Any]:
    from .frameworks import REGISTRY

    return [runtime for runtime in (f.load_runtime() for f in REGISTRY) if runtime is not None]


def expectation_of(loss_fn: object) -> Expectation | None:
    """Read the expectation off a loss object or function that a framework's table knows."""
    for runtime in _runtimes():
        found = runtime.loss_of(loss_fn)
        if found is None:
            continue
        spec, name, expects = found
        target, prediction = _TARGETS.get(spec.family), _PREDICTIONS.get(expects)
        if target is None or prediction is None:
            return None
        order = "torch" if spec.prediction.index == 0 else "keras"
        return Expectation(prediction, target, order, name, spec.family != "binary",
                           (spec.prediction, spec.labels), _class_axis(spec.framework))
    return None


def _class_axis(framework: str) -> int:
    """Where a framework's losses read the classes: dim 1 with torch semantics, else last."""
    from .frameworks import NAMES
    from .frameworks import framework as row

    return 1 if framework in NAMES and row(framework).semantics == "torch" else -1


# --- the checks --------------------------------------------------------------------------------

def _numpy(x: Any):
    import numpy as np

    if hasattr(x, "detach"):  # torch (also Keras on torch)
        x = x.detach().cpu()
        if str(x.dtype) == "torch.bfloat16":
            x = x.float()
        return x.numpy()
    a = np.asarray(x)  # NumPy, jax arrays (a tracer raises: nothing to read)
    return a.astype(np.float32) if a.dtype.name == "bfloat16" else a  # jax's, through ml_dtypes


def _findings(expect: Expectation, pred: Any, target: Any) -> list[tuple[str, str]]:
    import numpy as np

    p, t = _numpy(pred), _numpy(target)
    out: list[tuple[str, str]] = []
    if p.size == 0 or not np.issubdtype(p.dtype, np.floating):
        return out
    finite = p[np.isfinite(p)]
    in_unit = finite.size > 0 and finite.min() >= 0 and finite.max() <= 1
    axis = expect.axis(p.ndim)
    classes = p.shape[axis] if p.ndim > 1 else 1
    rows_sum_to_one = (classes > 1 and in_unit and
                       bool(np.allclose(p.sum(axis=axis), 1.0, atol=1e-3)))
    if expect.prediction == "logits":
        if rows_sum_to_one:
            out.append(("XL101", (f"{expect.name} applies softmax itself, but its input rows are "
                                 "probabilities (in [0, 1], summing to 1): softmax is applied twice")))
        elif not expect.multiclass and in_unit and finite.size >= 16 and 0 < finite.min() \
                and finite.max() < 1:
            out.append(("XL101", (f"{expect.name} applies a sigmoid itself, but every input is "
                                 "strictly between 0 and 1: probabilities, sigmoid applied twice?")))
    elif expect.prediction == "probabilities" and finite.size and not in_unit:
        out.append(("XL102", (f"{expect.name} expects probabilities, but its input has values in "
                             f"[{finite.min():.3g}, {finite.max():.3g}]: logits? (use the "
                             "logits version of the loss)")))
    elif expect.prediction == "log_probabilities" and finite.size:
        if finite.max() > 1e-6:
            kind = "probabilities" if in_unit else "raw logits"
            out.append(("XL103", (f"{expect.name} expects log-probabilities (all <= 0), but its "
                                 f"input looks like {kind}: apply log_softmax first")))
        elif classes > 1 and not np.allclose(np.exp(p).sum(axis=axis), 1.0, atol=1e-3):
            out.append(("XL103", (f"{expect.name} expects log-probabilities, but exp(input) does "
                                 "not sum to 1 over the classes: apply log_softmax first")))
    out.extend(_target_findings(expect, p, t, axis, classes))
    return out


def _target_findings(expect: Expectation, p, t, axis: int, classes: int) -> list[tuple[str, str]]:
    import numpy as np

    out: list[tuple[str, str]] = []
    integer_valued = t.size > 0 and (np.issubdtype(t.dtype, np.integer) or
                                     (np.issubdtype(t.dtype, np.floating) and
                                      bool(np.all(np.mod(t, 1) == 0))))
    onehot = (t.shape == p.shape and p.ndim > 1 and classes > 1 and integer_valued
              and t.min() >= 0 and t.max() <= 1 and bool(np.all(t.sum(axis=axis) == 1)))
    if expect.target == "index" or (expect.target == "any" and np.issubdtype(t.dtype, np.integer)):
        if onehot:
            out.append(("XL302", (f"{expect.name} expects class indices, but the targets are "
                                 f"one-hot {tuple(t.shape)}: pass argmax(targets) instead")))
        elif p.ndim > 1 and t.ndim == p.ndim and t.shape[axis] == 1 and expect.order == "torch":
            out.append(("XL303", (f"{expect.name} expects targets of shape {_without(p.shape, axis)}"
                                 f", got {tuple(t.shape)}: squeeze the class axis")))
        elif integer_valued and t.size and t.max() >= classes > 1:
            hint = " (1-based labels? subtract 1)" if t.min() >= 1 else ""
            out.append(("XL305", (f"class index {int(t.max())} >= the {classes} outputs of the "
                                 f"model{hint}")))
    elif expect.target == "onehot" and classes > 1:
        if integer_valued and t.shape != p.shape and t.size == p.size // classes:
            out.append(("XL301", (f"{expect.name} expects one-hot targets {tuple(p.shape)}, but "
                                 f"the targets {tuple(t.shape)} are class indices: use the sparse "
                                 "loss or one-hot encode them")))
    elif expect.target == "binary" and t.shape != p.shape and t.size == p.size:
        out.append(("XL303", (f"{expect.name} gets predictions {tuple(p.shape)} and targets "
                             f"{tuple(t.shape)}: they broadcast to a matrix or fail; reshape "
                             "the targets to the predictions' shape")))
    return out


def _without(shape: tuple[int, ...], axis: int) -> tuple[int, ...]:
    axis %= len(shape)
    return tuple(d for i, d in enumerate(shape) if i != axis)


def _caller_level() -> int:
    """The stack level of the user's code that called the loss (past the guard and the
    frameworks' call machinery: torch's module calls, Keras's training step), so the warning
    points at the user's line."""
    folders = _machinery_folders()
    frame: FrameType | None = sys._getframe(1)
    level = 1
    while frame is not None and (frame.f_code.co_filename == __file__ or
                                 frame.f_code.co_filename.startswith(folders)):
        frame, level = frame.f_back, level + 1
    return level


def _machinery_folders() -> tuple[str, ...]:
    """The folders of the frameworks' runtimes (their guarded loss objects) and of the call
    machinery's packages that are imported, where they are installed (a user's project in a
    folder named ``jax`` or ``torch`` is not one of them)."""
    from . import frameworks

    packages = [frameworks, *(sys.modules.get(package) for runtime in _runtimes()
                              for package in runtime.CALL_MACHINERY)]
    return tuple(os.path.join(os.path.abspath(path), "") for module in packages
                 for path in getattr(module, "__path__", None) or ())


class _Watcher:
    """The state of one guard: how many calls were checked, which codes already warned."""

    def __init__(self, expect: Expectation | None, batches: int) -> None:
        self.expect = expect
        self.batches = batches
        self.calls = 0
        self.warned: set[str] = set()

    def before(self, args: tuple, kwargs: dict) -> None:
        if self.calls >= self.batches or self.expect is None:
            return
        self.calls += 1
        try:
            pred, target = self.expect.arguments(args, kwargs)
            found = _findings(self.expect, pred, target)
        except Exception:  # noqa: BLE001 - a guard must never break training
            return
        for code, message in found:
            self._warn(code, message)

    def after(self, value: Any) -> None:
        if self.calls > self.batches or self.expect is None:
            return
        if self.expect.prediction == "log_probabilities" and "XL103" not in self.warned:
            try:
                v = _numpy(value)
                if v.size and float(v.sum()) < 0:
                    self._warn("XL103", f"{self.expect.name} returned a negative loss "
                                        f"({float(v.sum()):.4g}): its input is not "
                                        "log-probabilities (apply log_softmax first)")
            except Exception:  # noqa: BLE001, S110 - a guard must never break training
                pass

    def _warn(self, code: str, message: str) -> None:
        if code in self.warned:
            return
        self.warned.add(code)
        warnings.warn(XentlintWarning(f"{code} {message}"), stacklevel=_caller_level())


# --- the wrappers ------------------------------------------------------------------------------

def guard(loss_fn: Callable, *, batches: int = 3, expects: str | None = None,
          target: str = "any", order: str | None = None) -> Callable:
    """Wrap a loss so that its first ``batches`` calls are checked.

    ``loss_fn``: a ``torch.nn`` loss module (returns a module), a Keras loss (returns a Keras
    loss), a torch/Keras loss function, or any callable, for which ``expects`` ("logits" |
    "probabilities" | "log_probabilities"), ``target`` ("index" | "onehot" | "binary" | "any")
    and ``order`` ("torch": (prediction, target); "keras": (target, prediction)) say what it
    takes; without ``expects``, an unknown callable is passed through unchecked.
    """
    expect = expectation_of(loss_fn)
    if expects is not None:
        expect = Expectation(expects, target, order or (expect.order if expect else "torch"),
                             getattr(loss_fn, "__name__", type(loss_fn).__name__),
                             target != "binary")
    watcher = _Watcher(expect, batches)
    for runtime in _runtimes():
        wrapped = runtime.wrap(loss_fn, watcher)
        if wrapped is not None:
            return wrapped

    @functools.wraps(loss_fn)
    def guarded(*args: Any, **kwargs: Any) -> Any:
        watcher.before(args, kwargs)
        value = loss_fn(*args, **kwargs)
        watcher.after(value)
        return value

    guarded.xentlint_guard = watcher  # type: ignore[attr-defined]
    return guarded


class _CallableModule(types.ModuleType):
    """``xentlint.guard`` is this module (``import xentlint.guard`` binds it there), so the
    module itself is callable: ``xentlint.guard(loss_fn)`` is :func:`guard`."""

    def __call__(self, loss_fn: Callable, **options: Any) -> Callable:
        return guard(loss_fn, **options)


sys.modules[__name__].__class__ = _CallableModule
