"""What every case shares: the :class:`Context` it runs in, the :class:`Outcome` it returns, the
registry (:func:`case`), and the textbook formulas and synthetic inputs that the cases repeat."""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from .. import activations as A
from .. import samples
from .losses import APIS, Api, LossFn

DTYPE = np.float32


def semantics_of(framework: object) -> str:
    """The reference semantics a framework's losses follow (its registry row's: "torch",
    "keras", "optax"; "keras" when it has none here)."""
    from ...frameworks import NAMES
    from ...frameworks import framework as row

    semantics = row(framework).semantics if isinstance(framework, str) and framework in NAMES else None
    return semantics if semantics in APIS else "keras"
#: Agreement needed between the fixed pairing and the intended loss (float32 arithmetic).
RTOL = 1e-5


@dataclass(frozen=True)
class Row:
    quantity: str
    written: float | None
    fixed: float | None = None
    intended: float | None = None


@dataclass(frozen=True)
class Outcome:
    code: str
    setup: str
    rows: tuple[Row, ...] = ()
    meaning: str = ""
    #: True: the fix reproduces the intended loss; False: it does not; None: nothing to compare
    reproduced: bool | None = None
    numbers: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class Context:
    facts: dict[str, object]
    loss: LossFn
    seed: int = 0
    n: int = 100_000

    @property
    def semantics(self) -> str:
        """The reference semantics of the finding's framework (its registry row): "torch" for a
        PyTorch finding, "optax" for a JAX one, "keras" otherwise (Keras, raw TensorFlow, or a
        hand-written loss in a file that says nothing)."""
        return semantics_of(self.facts.get("framework"))

    @property
    def api(self) -> Api:
        """What the finding's framework has: which losses exist, how they are called. A case
        decides on these properties; ``torch`` is left for PyTorch's own wording."""
        return APIS[self.semantics]

    @property
    def torch(self) -> bool:
        return self.semantics == "torch"

    def classes(self, default: int = 10) -> int:
        for key in ("units", "n_classes"):
            value = self.facts.get(key)
            if isinstance(value, int) and not isinstance(value, bool) and value > 0:
                return value
        return default

    def logits(self, c: int, scale: float = 1.0, n: int | None = None) -> np.ndarray:
        return samples.logits((n or self.n, c), DTYPE, scale, seed=self.seed)

    def labels(self, c: int, n: int | None = None) -> np.ndarray:
        return samples.indices((n or self.n,), c, seed=self.seed + 1)


CASES: dict[str, Callable[[Context], Outcome]] = {}
#: What ``xentlint verify --rule CODE`` runs: the facts of each canonical case.
CANONICAL: dict[str, tuple[dict[str, object], ...]] = {}
#: Rules whose consequence is a crash or a wrong decision, not a number: what to say instead.
NOT_NUMERIC: dict[str, str] = {
    "XL001": "a parse error has no numeric consequence: the file was not checked",
    "XL002": "a suppression that suppresses nothing has no numeric consequence",
    "XL304": "a wrong target dtype makes the loss raise on the first batch (torch 2.13): "
             "there is no value to compare",
    "XL305": "labels beyond the output units raise on the first batch (Keras on torch) or are "
             "silently never learned (JAX); 1-based labels shift every class: the fix is a "
             "relabelling, not a different loss value",
}


class _Unavailable(Exception):
    """Raised by :func:`_losses` when the framework has no loss for a pairing; :func:`case`
    turns it into :func:`_unavailable`, so that a case need not check every loss it runs."""

    def __init__(self, what: str) -> None:
        super().__init__(what)
        self.what = what


def case(code: str, *canonical: dict[str, object]) -> Callable:
    """Register the consequence of rule ``code`` and the facts of its canonical cases."""
    def register(function: Callable[[Context], Outcome]) -> Callable[[Context], Outcome]:
        @functools.wraps(function)
        def run(ctx: Context) -> Outcome:
            try:
                return function(ctx)
            except _Unavailable as missing:
                return _unavailable(ctx, code, missing.what)

        CASES[code] = run
        CANONICAL[code] = canonical
        return run
    return register


# --- helpers -------------------------------------------------------------------------------

def _close(a: float, b: float, rtol: float = RTOL) -> bool:
    return bool(np.isfinite(a) and np.isfinite(b) and abs(a - b) <= rtol * max(abs(b), 1e-6))


def _norm(g: np.ndarray) -> float:
    """Mean per-sample gradient norm."""
    return float(np.mean(np.linalg.norm(g.reshape(len(g), -1).astype(np.float64), axis=1)))


def _through_softmax(s: np.ndarray, g: np.ndarray) -> np.ndarray:
    """The gradient in the logits of a loss whose gradient in ``s = softmax(z)`` is ``g``."""
    return s * (g - np.sum(g * s, axis=-1, keepdims=True))


def _through_sigmoid(s: np.ndarray, g: np.ndarray) -> np.ndarray:
    return g * s * (1 - s)


def _cross_entropy(z: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The textbook softmax cross-entropy per sample, ``-log softmax(z)[y]``, and its gradient."""
    lp = A.log_softmax(z.astype(np.float64))
    onehot = samples.one_hot(y, z.shape[-1], np.float64)
    return -np.sum(onehot * lp, axis=-1), np.exp(lp) - onehot


def _binary_entropy(z: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The textbook sigmoid cross-entropy per sample (mean over the last axis) and gradient."""
    z64, y64 = z.astype(np.float64), y.astype(np.float64)
    loss = -(y64 * A.log_sigmoid(z64) + (1 - y64) * A.log_sigmoid(-z64))
    return loss.mean(axis=-1), (A.sigmoid(z64) - y64) / z.shape[-1]


def _family(ctx: Context, default: str) -> str:
    """The finding's loss as one of the three the losses compute: PyTorch's CrossEntropyLoss is
    the index loss, or the categorical one on float one-hot / multi-hot / probability targets;
    NLLLoss reads class indices."""
    family = ctx.facts.get("loss")
    if family == "cross_entropy":
        soft = (ctx.facts.get("labels") in ("onehot", "multihot")
                or ctx.facts.get("label_dtype") == "float")
        return "categorical" if soft else "sparse"
    if family == "nll":
        return "sparse"
    return family if family in ("sparse", "categorical", "binary") else default


#: Loss families outside the cross-entropy family that the rule cases compute, and why there is
#: nothing to compare for them.
OTHER_FAMILIES: dict[str, str] = {
    "regression": "a regression loss (mean squared or absolute error) is not in the reference, "
                  "which covers the cross-entropy family",
    "multilabel_margin": "MultiLabelMarginLoss is not in the reference, which covers the "
                         "cross-entropy family",
    "kld": "a KL-divergence pairing has its own case (XL106), not this rule's",
}
#: The rule cases that compute a loss of the finding's family.
LOSS_CASES = frozenset({"XL101", "XL102", "XL201", "XL202", "XL203", "XL204", "XL301", "XL302",
                        "XL303", "XL306", "XL501"})


def outside_the_reference(code: str, facts: dict[str, object]) -> str | None:
    """Why a finding's loss has nothing to compare numerically, or None."""
    family = facts.get("loss")
    if code in LOSS_CASES and isinstance(family, str) and family in OTHER_FAMILIES:
        return f"{OTHER_FAMILIES[family]}: nothing to compare numerically for {code}"
    return None


def _target(family: str, y: np.ndarray, c: int) -> np.ndarray:
    return samples.one_hot(y, c, DTYPE) if family == "categorical" else y


def _setup(ctx: Context, text: str) -> str:
    return f"{text}; seed {ctx.seed}, float32, losses through {ctx.loss.name}"


def _semantics(ctx: Context) -> str:
    """How a case that computes with the reference directly names its semantics."""
    return f"reference ({ctx.api.label} semantics)"


def _reference_setup(ctx: Context, text: str) -> str:
    """The setup line of a case that computes with the reference whatever ``--framework``."""
    return f"{text}; seed {ctx.seed}, float32, {_semantics(ctx)}"


def _unavailable(ctx: Context, code: str, what: str) -> Outcome:
    return Outcome(code, _setup(ctx, what),
                   meaning=f"{ctx.loss.name} has no loss for this pairing; rerun with "
                           "--framework reference")


# --- what the cases repeat: inputs, the losses as written and as fixed, their means ---------

def _losses(ctx: Context, what: str, *pairings: tuple[str, np.ndarray, np.ndarray, bool]
            ) -> list[tuple[np.ndarray, np.ndarray]]:
    """``ctx.loss`` on each ``(family, prediction, target, from_logits)``, in order; when the
    framework has no loss for one of them the case ends as :func:`_unavailable` for ``what``."""
    results = []
    for pairing in pairings:
        result = ctx.loss(*pairing)
        if result is None:
            raise _Unavailable(what)
        results.append(result)
    return results


def _means(*values: np.ndarray) -> tuple[float, ...]:
    """The mean of each per-sample array, as a float (the numbers a row and a meaning quote)."""
    return tuple(float(np.mean(v)) for v in values)


def _class_inputs(ctx: Context) -> tuple[int, np.ndarray, np.ndarray]:
    """The classes (at least 2), the standard-normal logits and the uniform class indices of a
    case over the finding's classes."""
    c = max(ctx.classes(), 2)
    return c, ctx.logits(c), ctx.labels(c)


def _binary_inputs(ctx: Context, units: int, n: int | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Standard-normal logits over ``units`` outputs and balanced 0/1 labels of the same shape."""
    z = ctx.logits(units, n=n)
    return z, samples.binary_labels(z.shape, DTYPE, seed=ctx.seed + 1)


def _k_hot(ctx: Context, k: int) -> tuple[int, np.ndarray]:
    """One sample with ``k`` true labels among the finding's classes (at least ``k + 1``)."""
    c = max(ctx.classes(), k + 1)
    y = np.zeros((1, c))
    y[0, :k] = 1
    return c, y


def _confidently_wrong(c: int) -> tuple[np.ndarray, float]:
    """One sample of class 0 with logit 0 there and 10 on class 1: its softmax, and the gradient
    norm the textbook cross-entropy gives it (what a mistaken loss should be compared with)."""
    wrong = np.zeros((1, c), DTYPE)
    wrong[0, 1] = 10
    return A.softmax(wrong), _norm(_cross_entropy(wrong, np.array([0]))[1])


def _optimise(loss_and_grad: Callable[[np.ndarray], tuple[float, np.ndarray]], z: np.ndarray,
              steps: int = 5000, lr: float = 0.05) -> tuple[float, np.ndarray]:
    """Adam on the logits themselves: the best any model could do with this pairing."""
    m = np.zeros_like(z)
    v = np.zeros_like(z)
    for t in range(1, steps + 1):
        _, g = loss_and_grad(z)
        m = 0.9 * m + 0.1 * g
        v = 0.999 * v + 0.001 * g * g
        z = z - lr * (m / (1 - 0.9 ** t)) / (np.sqrt(v / (1 - 0.999 ** t)) + 1e-8)
    return loss_and_grad(z)[0], z
