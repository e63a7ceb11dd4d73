"""The numeric consequence of each rule: the pairing as written, as fixed and as intended.

One function per rule code, over the facts of a finding (``Finding.facts``: activation, units,
loss family, expects, framework, labels, n_classes...) and seeded synthetic inputs. Each returns
an :class:`Outcome`: a few rows of numbers, what they mean, and whether the fix reproduces the
intended loss. The losses as a framework computes them come from ``loss`` (a :class:`LossFn`:
the reference with the finding's framework semantics, Keras or torch, or the user's installed
torch/Keras, plugged in by ``xentlint.verify``); "intended" is always the textbook formula,
computed here independently. Each rule has canonical cases (:data:`CANONICAL`), one per
framework semantics where the rule covers both; ``xentlint verify --rule CODE`` prints them, and
the rule documents quote those numbers and no others (``tests/test_verify.py`` checks it).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

import numpy as np

from . import activations as A
from . import samples
from .binary import binary_cross_entropy, binary_cross_entropy_with_logits
from .categorical import categorical_cross_entropy, nll_loss, sparse_cross_entropy
from .common import EPSILON
from .divergence import kl_div

DTYPE = np.float32
#: Agreement needed between the fixed pairing and the intended loss (float32 arithmetic).
RTOL = 1e-5


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
    NLLLoss on ``log(p)`` stands in for the index one (as :class:`xentlint.verify.TorchLoss`),
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
        """"torch" for a PyTorch finding, "keras" otherwise (Keras, or a hand-written loss)."""
        return "torch" if self.facts.get("framework") == "torch" else "keras"

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
    "XL304": "a wrong target dtype makes the loss raise on the first batch (torch 2.13): "
             "there is no value to compare",
    "XL305": "labels beyond the output units raise on the first batch (Keras on torch) or are "
             "silently never learned (JAX); 1-based labels shift every class: the fix is a "
             "relabelling, not a different loss value",
}


def case(code: str, *canonical: dict[str, object]) -> Callable:
    def register(function: Callable[[Context], Outcome]) -> Callable[[Context], Outcome]:
        CASES[code] = function
        CANONICAL[code] = canonical
        return function
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
    return "reference (torch semantics)" if ctx.torch else "reference (Keras semantics)"


def _reference_setup(ctx: Context, text: str) -> str:
    """The setup line of a case that computes with the reference whatever ``--framework``."""
    return f"{text}; seed {ctx.seed}, float32, {_semantics(ctx)}"


def _unavailable(ctx: Context, code: str, what: str) -> Outcome:
    return Outcome(code, _setup(ctx, what),
                   meaning=f"{ctx.loss.name} has no loss for this pairing; rerun with "
                           "--framework reference")


# --- XL1: what the loss expects vs what the model emits ------------------------------------

@case("XL101", {"activation": "softmax", "units": 10, "loss": "sparse", "from_logits": True},
      {"activation": "sigmoid", "units": 1, "loss": "binary", "from_logits": True},
      {"activation": "softmax", "units": 10, "loss": "cross_entropy", "expects": "logits",
       "framework": "torch", "labels": "index"})
def probabilities_to_logits_loss(ctx: Context) -> Outcome:
    if ctx.facts.get("activation") == "sigmoid" or _family(ctx, "sparse") == "binary":
        return _double_sigmoid(ctx)
    c = max(ctx.classes(), 2)
    family = _family(ctx, "sparse")
    z, y = ctx.logits(c), ctx.labels(c)
    s = A.softmax(z)
    t = _target(family, y, c)
    written = ctx.loss(family, s, t, True)
    # Keras: from_logits=False on the probabilities; torch: the loss on the logits (no softmax)
    fixed = ctx.loss(family, z, t, True) if ctx.torch else ctx.loss(family, s, t, False)
    if written is None or fixed is None:
        return _unavailable(ctx, "XL101", f"{c} classes")
    intended, g_intended = _cross_entropy(z, y)
    # a perfect prediction: the one-hot probabilities of the right class
    perfect = samples.one_hot(np.arange(c), c, DTYPE)
    floor = float(np.mean(ctx.loss(family, perfect, _target(family, np.arange(c), c), True)[0]))
    if ctx.torch:  # a perfect prediction of the logits: one very large logit
        floor_fixed = float(np.mean(ctx.loss(family, (perfect * 100).astype(DTYPE),
                                             _target(family, np.arange(c), c), True)[0]))
    else:
        floor_fixed = float(np.mean(ctx.loss(family, perfect, _target(family, np.arange(c), c),
                                             False)[0]))
    g_written = _norm(_through_softmax(s, written[1]))
    g_fixed = _norm(fixed[1]) if ctx.torch else _norm(_through_softmax(s, fixed[1]))
    ratio = _norm(g_intended) / g_written
    lw, lf, li = float(np.mean(written[0])), float(np.mean(fixed[0])), float(np.mean(intended))
    api = "; nn.CrossEntropyLoss on the softmax output" if ctx.torch else ""
    return Outcome(
        "XL101",
        _setup(ctx, f"{c} classes, {ctx.n:,} samples, standard-normal logits, uniform "
                    f"labels{api}"),
        (Row("mean loss", lw, lf, li),
         Row("mean gradient norm (logits)", g_written, g_fixed, _norm(g_intended)),
         Row("loss of a perfect prediction", floor, floor_fixed, 0.0)),
        f"double softmax: loss floor {floor:.2f} for {c} classes "
        f"(= log(e + {c - 1}) - 1 = {math.log(math.e + c - 1) - 1:.4f}), "
        f"gradients {ratio:.1f}x smaller",
        _close(lf, li),
        {"loss_written": lw, "loss_fixed": lf, "loss_intended": li, "floor": floor,
         "gradient_ratio": ratio},
    )


def _double_sigmoid(ctx: Context) -> Outcome:
    units = ctx.classes(1)
    z = ctx.logits(units)
    y = samples.binary_labels(z.shape, DTYPE, seed=ctx.seed + 1)
    s = A.sigmoid(z)
    written = ctx.loss("binary", s, y, True)
    fixed = ctx.loss("binary", s, y, False)
    if written is None or fixed is None:
        return _unavailable(ctx, "XL101", f"{units} sigmoid unit(s)")
    intended, g_intended = _binary_entropy(z, y)
    ones = np.ones((2, units), DTYPE)
    perfect = ctx.loss("binary", np.array([[1.0], [0.0]], DTYPE) * ones,
                       np.array([[1.0], [0.0]], DTYPE) * ones, True)[0]
    g_written = _norm(_through_sigmoid(s, written[1]))
    ratio = _norm(g_intended) / g_written
    lw, lf, li = float(np.mean(written[0])), float(np.mean(fixed[0])), float(np.mean(intended))
    return Outcome(
        "XL101",
        _setup(ctx, f"{units} sigmoid unit(s), {ctx.n:,} samples, standard-normal logits, "
                    "balanced 0/1 labels"),
        (Row("mean loss", lw, lf, li),
         Row("mean gradient norm (logits)", g_written, _norm(_through_sigmoid(s, fixed[1])),
             _norm(g_intended)),
         Row("loss of a perfect positive", float(perfect[0]), None, 0.0),
         Row("loss of a perfect negative", float(perfect[1]), None, 0.0)),
        f"double sigmoid: a perfect prediction still costs {float(perfect[0]):.4f} (positive) "
        f"and {float(perfect[1]):.4f} (negative), gradients {ratio:.1f}x smaller",
        _close(lf, li),
        {"loss_written": lw, "loss_fixed": lf, "loss_intended": li,
         "perfect_positive": float(perfect[0]), "perfect_negative": float(perfect[1]),
         "gradient_ratio": ratio},
    )


@case("XL102", {"activation": "linear", "units": 1, "loss": "binary", "from_logits": False},
      {"activation": "linear", "units": 10, "loss": "categorical", "from_logits": False},
      {"activation": "linear", "units": 1, "loss": "binary", "expects": "probs",
       "framework": "torch"})
def logits_to_probability_loss(ctx: Context) -> Outcome:
    family = _family(ctx, "categorical")
    c = ctx.classes(1 if family == "binary" else 10)
    z = ctx.logits(c)
    if family == "binary":
        t = samples.binary_labels(z.shape, DTYPE, seed=ctx.seed + 1)
        intended, _ = _binary_entropy(z, t)
    else:
        y = ctx.labels(c)
        t = _target(family, y, c)
        intended, _ = _cross_entropy(z, y)
    fixed = ctx.loss(family, z, t, True)
    try:
        written = ctx.loss(family, z, t, False)
    except RuntimeError as error:  # torch's BCELoss refuses values outside [0, 1]
        if fixed is None:
            return _unavailable(ctx, "XL102", f"{c} linear unit(s)")
        lf, li = float(np.mean(fixed[0])), float(np.mean(intended))
        return Outcome(
            "XL102",
            _setup(ctx, f"{c} linear unit(s), {family} loss, {ctx.n:,} samples, standard-normal "
                        "raw outputs"),
            (Row("mean loss", None, lf, li),),
            f"the loss on the raw outputs raises RuntimeError: {error} (torch does not clip): "
            "the run stops at the first batch; the loss on logits gives the intended loss",
            _close(lf, li),
            {"loss_fixed": lf, "loss_intended": li},
        )
    if written is None or fixed is None:
        return _unavailable(ctx, "XL102", f"{c} linear unit(s)")
    clipped = float(-np.log(DTYPE(EPSILON)))
    dead = float(np.mean(np.all(written[1].reshape(len(z), -1) == 0, axis=1)))
    at_max = float(np.mean(np.isclose(written[0], clipped, rtol=1e-5)))
    lw, lf, li = float(np.mean(written[0])), float(np.mean(fixed[0])), float(np.mean(intended))
    return Outcome(
        "XL102",
        _setup(ctx, f"{c} linear unit(s), {family} loss, {ctx.n:,} samples, standard-normal "
                    "raw outputs"),
        (Row("mean loss", lw, lf, li),
         Row("share of samples with zero gradient", dead, float(np.mean(
             np.all(fixed[1].reshape(len(z), -1) == 0, axis=1))), 0.0),
         Row(f"share at the clipped loss {clipped:.2f}", at_max, None, None)),
        f"raw outputs clipped to [1e-7, 1 - 1e-7]: {dead:.1%} of the samples get no gradient, "
        f"{at_max:.1%} sit at the clipped loss {clipped:.2f}; mean loss {lw:.2f} instead of "
        f"{li:.2f}",
        _close(lf, li),
        {"loss_written": lw, "loss_fixed": lf, "loss_intended": li, "zero_gradient": dead,
         "at_clipped_max": at_max, "clipped_max": clipped},
    )


@case("XL103", {"activation": "linear", "units": 10, "loss": "nll", "framework": "torch"})
def nll_without_log_softmax(ctx: Context) -> Outcome:
    c = max(ctx.classes(), 2)
    z, y = ctx.logits(c), ctx.labels(c)
    intended, _g_intended = _cross_entropy(z, y)
    fixed = nll_loss(A.log_softmax(z), y, reduction="none")
    on_logits = nll_loss(z, y, reduction="none")
    s = A.softmax(z)
    on_probs = nll_loss(s, y, reduction="none")
    zero_share = float(np.mean(on_logits.grad == 0))
    # a confidently wrong sample: target logit 0, another logit 10
    wrong = np.zeros((1, c), DTYPE)
    wrong[0, 1] = 10
    sw = A.softmax(wrong)
    g_wrong = _norm(_through_softmax(sw, nll_loss(sw, np.array([0]), reduction="sum").grad))
    g_right = _norm(_cross_entropy(wrong, np.array([0]))[1])
    lf, li = float(np.mean(fixed.value)), float(np.mean(intended))
    return Outcome(
        "XL103",
        f"{c} classes, {ctx.n:,} samples, standard-normal logits, NLLLoss; seed {ctx.seed}, "
        "float32, reference (torch semantics)",
        (Row("mean loss", float(np.mean(on_logits.value)), lf, li),
         Row("mean loss on softmax probabilities", float(np.mean(on_probs.value)), lf, li),
         Row("min loss on probabilities", float(on_probs.value.min())),
         Row("max loss on probabilities", float(on_probs.value.max())),
         Row("gradient norm, confidently wrong sample (probabilities)", g_wrong, g_right, g_right)),
        f"on logits the loss is -z_y, unbounded, and {zero_share:.0%} of the gradient entries "
        f"(every wrong class) are exactly 0; on probabilities it is -p_y, always negative "
        f"(from {on_probs.value.min():.3f} to {on_probs.value.max():.4f}), and a confidently "
        f"wrong sample gets a gradient of {g_wrong:.2g} instead of {g_right:.2f}",
        _close(lf, li),
        {"loss_probabilities_min": float(on_probs.value.min()),
         "loss_probabilities_max": float(on_probs.value.max()),
         "gradient_wrong_probabilities": g_wrong, "gradient_wrong_intended": g_right},
    )


@case("XL104", {"activation": "softmax", "suggestion": "log_softmax"},
      {"activation": "sigmoid", "units": 1, "loss": "binary", "expects": "probs",
       "framework": "torch"})
def unstable_composition(ctx: Context) -> Outcome:
    """Float32, NumPy arithmetic (the textbook ``exp``/``log``), as a framework's unfused ops."""
    with np.errstate(divide="ignore", over="ignore", invalid="ignore"):
        def naive_log_softmax(gap: float) -> float:
            row = np.array([gap, 0.0], DTYPE)
            e = np.exp(row - row.max())
            return float(np.log(e / e.sum())[1])

        gap = next(g for g in np.arange(80, 200, 0.1, dtype=np.float64)
                   if naive_log_softmax(g) == -np.inf)

        def naive_log_sigmoid(x: float) -> float:
            return float(np.log(DTYPE(1) / (DTYPE(1) + np.exp(-DTYPE(x)))))

        x_sig = next(x for x in np.arange(-60, -200, -0.1) if naive_log_sigmoid(x) == -np.inf)
    if ctx.torch:
        return _torch_bce_on_sigmoid(ctx, float(gap), float(x_sig))
    x = np.array([[-20.0]], DTYPE)
    one = np.ones_like(x)
    stuck = binary_cross_entropy(A.sigmoid(x), one, semantics="keras", reduction="none")
    fused = binary_cross_entropy_with_logits(x, one, semantics="keras", reduction="none")
    g_stuck = abs(float(_through_sigmoid(A.sigmoid(x), stuck.grad)[0, 0]))  # exactly 0
    return Outcome(
        "XL104",
        _reference_setup(ctx, "two logits (log_softmax) or one (log_sigmoid), textbook "
                              "exp/log"),
        (Row("log(softmax) first -inf at logit gap", round(gap, 1), None, None),
         Row("log(sigmoid(x)) first -inf at x", round(float(x_sig), 1), None, None),
         Row("BCE(1, sigmoid(-20)): loss", float(stuck.value.ravel()[0]),
             float(fused.value.ravel()[0]), 20.0),
         Row("BCE(1, sigmoid(-20)): gradient", g_stuck, float(fused.grad.ravel()[0]), -1.0)),
        f"log(softmax) is -inf once two logits differ by {gap:.1f} (log_softmax stays finite); "
        f"log(sigmoid(x)) is -inf from x = {x_sig:.1f}; Keras's BCE on sigmoid(-20) is stuck at "
        f"{float(stuck.value.ravel()[0]):.2f} with gradient {g_stuck:g} (fused: 20, -1)",
        _close(float(fused.value.ravel()[0]), 20.0),
        {"log_softmax_gap": float(gap), "log_sigmoid_x": float(x_sig),
         "bce_stuck_loss": float(stuck.value.ravel()[0]), "bce_stuck_gradient": g_stuck},
    )


def _torch_bce_on_sigmoid(ctx: Context, gap: float, x_sig: float) -> Outcome:
    """``BCELoss(sigmoid(x))``: the float32 sigmoid rounds to 1.0, where BCELoss clamps the log at
    -100 and its gradient is 0; below, the gradient fades before the loss saturates."""
    xs = np.round(np.arange(0, 40, 0.1), 1).astype(DTYPE)
    x_one = float(xs[np.argmax(A.sigmoid(xs) == 1)])

    def bce(x: float, y: float) -> tuple[float, float, float, float]:
        """BCELoss on sigmoid(x) and BCEWithLogitsLoss on x: loss and gradient in x."""
        z, t = np.array([x], DTYPE), np.array([y], DTYPE)
        s = A.sigmoid(z)
        r = binary_cross_entropy(s, t, semantics="torch", reduction="none")
        f = binary_cross_entropy_with_logits(z, t, semantics="torch", reduction="none")
        return (float(r.value[0]), float(_through_sigmoid(s, r.grad)[0]), float(f.value[0]),
                float(f.grad[0]))

    l0, g0, f0, fg0 = bce(17.0, 0.0)
    _, g1, _, fg1 = bce(-30.0, 1.0)
    return Outcome(
        "XL104",
        f"float32, one logit; BCELoss on sigmoid(x) against BCEWithLogitsLoss on x; seed "
        f"{ctx.seed}, reference (torch semantics)",
        (Row("log(softmax) first -inf at logit gap", round(gap, 1), None, None),
         Row("log(sigmoid(x)) first -inf at x", round(x_sig, 1), None, None),
         Row("sigmoid(x) rounds to 1.0 from x", x_one, None, None),
         Row("BCELoss(sigmoid(17), 0): loss", l0, f0, f0),
         Row("BCELoss(sigmoid(17), 0): gradient", g0, fg0, fg0),
         Row("BCELoss(sigmoid(-30), 1): gradient", g1, fg1, fg1)),
        f"log(softmax) is -inf once two logits differ by {gap:.1f}, log(sigmoid(x)) from x = "
        f"{x_sig:.1f}; the float32 sigmoid is exactly 1.0 from x = {x_one:.1f}, where BCELoss "
        f"on a label 0 is stuck at {l0:g} (its clamp of -log(0)) with gradient {abs(g0):g} "
        f"(BCEWithLogitsLoss: {f0:g}, {fg0:g}); for a label 1 at x = -30 the gradient is "
        f"already {g1:.3g} instead of {fg1:g}",
        _close(f0, 17.0),
        {"log_softmax_gap": gap, "log_sigmoid_x": x_sig, "sigmoid_one_x": x_one,
         "bce_stuck_loss": l0, "bce_stuck_gradient": abs(g0), "bce_fading_gradient": g1},
    )


@case("XL105", {"activation": "softmax", "units": 10, "axis": 0})
def softmax_axis(ctx: Context) -> Outcome:
    if ctx.facts.get("loss") in ("cross_entropy", "nll") and ctx.facts.get("activation") not in (
            "softmax", "log_softmax"):
        return Outcome("XL105", "", meaning="the loss reads dim 1 of an (N, L, C) output as the "
                       "classes: it raises when L != C and is silently wrong when L == C; the "
                       "fix is a transpose, nothing to compare numerically")
    c, batch, batches = max(ctx.classes(), 2), 32, 1000
    z = samples.logits((batches, batch, c), DTYPE, seed=ctx.seed)
    wrong = A.softmax(z, axis=1)
    right = A.softmax(z, axis=2)
    sums = wrong.sum(axis=2)
    agree = float(np.mean(wrong.argmax(axis=2) == right.argmax(axis=2)))
    # one sample at a time: the softmax over a batch of one is 1.0 for every class (its log 0),
    # and the argmax picks the first class whatever the logits
    single = A.softmax(z.reshape(-1, 1, c), axis=1)
    agree_one = float(np.mean(single.argmax(axis=2).ravel() == right.argmax(axis=2).ravel()))
    return Outcome(
        "XL105",
        f"batches of {batch}, {c} classes, standard-normal logits, {batches:,} batches; then the "
        f"same samples one at a time; seed {ctx.seed}, float32",
        (Row("mean sum of a sample's outputs", float(sums.mean()), None, 1.0),
         Row("min sum", float(sums.min())),
         Row("max sum", float(sums.max())),
         Row("argmax agrees with the class-axis softmax", agree, None, 1.0),
         Row("the same, one sample at a time", agree_one, None, 1.0)),
        f"softmax over the batch: a sample's outputs sum to {sums.mean():.4f} on average "
        f"({c}/{batch}), from {sums.min():.2f} to {sums.max():.2f}; the argmax agrees with the "
        f"right softmax for {agree:.1%} of the samples, and for {agree_one:.1%} (chance) one "
        "sample at a time, where every output is 1.0",
        None,
        {"mean_sum": float(sums.mean()), "min_sum": float(sums.min()),
         "max_sum": float(sums.max()), "argmax_agreement": agree,
         "argmax_agreement_single": agree_one},
    )


@case("XL106", {"activation": "softmax", "units": 10, "loss": "kld", "framework": "torch"})
def kl_div_input(ctx: Context) -> Outcome:
    c = max(ctx.classes(), 2)
    zp = ctx.logits(c)
    zq = samples.logits((ctx.n, c), DTYPE, seed=ctx.seed + 7)
    p, q = A.softmax(zp), A.softmax(zq)
    true = float(kl_div(A.log_softmax(zq), p, reduction="batchmean").value)
    probs = float(kl_div(q, p, reduction="batchmean").value)
    self_probs = float(kl_div(q, q, reduction="batchmean").value)
    self_logs = float(kl_div(A.log_softmax(zq), q, reduction="batchmean").value)
    mean = float(kl_div(A.log_softmax(zq), p, reduction="mean").value)
    return Outcome(
        "XL106",
        _reference_setup(ctx, f"{c} classes, {ctx.n:,} samples, p and q softmax of "
                              "independent standard-normal logits, F.kl_div, "
                              "reduction='batchmean'"),
        (Row("kl_div(q, p)", probs, true, true),
         Row("kl_div(q, q) (must be 0)", self_probs, self_logs, 0.0),
         Row("reduction='mean' / 'batchmean'", mean / true, None, 1.0)),
        f"with probabilities kl_div returns {probs:.2f} where KL(p||q) = {true:.3f}, and "
        f"{self_probs:.2f} for a distribution against itself; reduction='mean' divides by "
        f"{true / mean:.0f} more",
        _close(self_logs + 1.0, 1.0, 1e-5) and _close(true, true),
        {"kl_true": true, "kl_with_probabilities": probs, "kl_self_probabilities": self_probs,
         "kl_self_log": self_logs, "mean_factor": true / mean},
    )


# --- XL2: mutually exclusive classes vs independent labels ---------------------------------

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


@case("XL201", {"activation": "softmax", "units": 10, "loss": "binary", "labels": "multihot"},
      {"activation": "softmax", "units": 10, "loss": "binary", "expects": "probs",
       "framework": "torch", "labels": "multihot"})
def softmax_with_binary_loss(ctx: Context, k: int = 3) -> Outcome:
    c = max(ctx.classes(), k + 1)
    y = np.zeros((1, c))
    y[0, :k] = 1
    semantics = ctx.semantics
    # Keras's binary_crossentropy averages over the labels; BCELoss's mean does too (N = 1)
    mean = "sum" if semantics == "keras" else "mean"

    def bce_of_softmax(z: np.ndarray) -> tuple[float, np.ndarray]:
        s = A.softmax(z)
        r = binary_cross_entropy(s, y, semantics=semantics, reduction=mean)
        return float(r.value), _through_softmax(s, r.grad)

    def bce_of_logits(x: np.ndarray) -> tuple[float, np.ndarray]:
        r = binary_cross_entropy_with_logits(x, y, semantics=semantics, reduction=mean)
        return float(r.value), r.grad

    floor, z = _optimise(bce_of_softmax, np.zeros((1, c)))
    s = A.softmax(z)
    fixed, _ = _optimise(bce_of_logits, np.zeros((1, c)), steps=500, lr=0.5)
    best = float(s[0, :k].max())
    api = "BCELoss" if ctx.torch else "Keras binary_crossentropy"
    return Outcome(
        "XL201",
        f"{c} labels of which {k} positive, the softmax logits optimised directly with Adam "
        f"for 5,000 steps (lr 0.05), {api}, float64, {_semantics(ctx)}",
        (Row("best output on a true label", best, 1.0, 1.0),
         Row("binary cross-entropy floor", floor, fixed, 0.0),
         Row("outputs above 0.5", float(np.sum(s > 0.5)), float(k), float(k))),
        f"softmax caps each of {k} true labels at 1/{k} = {1 / k:.4f}: a loss floor of "
        f"{floor:.3f} (= {k}/{c}·ln {k} = {k / c * math.log(k):.3f}) and no output above 0.5",
        None,
        {"best_output": best, "floor": floor, "analytic_floor": k / c * math.log(k)},
    )


@case("XL202", {"activation": "sigmoid", "units": 10, "loss": "categorical", "from_logits": False},
      {"activation": "log_sigmoid", "units": 10, "loss": "nll", "expects": "log-probs",
       "framework": "torch", "labels": "index"})
def sigmoid_with_categorical_loss(ctx: Context) -> Outcome:
    if ctx.facts.get("loss") == "nll" or ctx.facts.get("activation") == "log_sigmoid":
        return _nll_of_log_sigmoid(ctx)
    c = max(ctx.classes(), 2)
    z, y = ctx.logits(c), ctx.labels(c)
    s = A.sigmoid(z)
    t = samples.one_hot(y, c, DTYPE)
    sums = s.sum(axis=1)
    losses = [ctx.loss("categorical", (s / k).astype(DTYPE), t, False) for k in (1, 2, 100)]
    if any(r is None for r in losses):
        return _unavailable(ctx, "XL202", f"{c} sigmoid units")
    values = [float(np.mean(r[0])) for r in losses]
    return Outcome(
        "XL202",
        _setup(ctx, f"{c} sigmoid units, {ctx.n:,} samples, standard-normal logits, uniform "
                    "one-hot labels"),
        (Row("mean sum of a row's outputs", float(sums.mean()), None, 1.0),
         Row("min row sum", float(sums.min())),
         Row("max row sum", float(sums.max())),
         Row("loss on s", values[0]),
         Row("loss on s/2", values[1]),
         Row("loss on s/100", values[2])),
        f"the outputs of a row sum to {sums.mean():.1f} on average (from {sums.min():.1f} to "
        f"{sums.max():.1f}); the loss is the same ({values[0]:.4f}) for s, s/2 and s/100: "
        "nothing pins the scale",
        None,
        {"mean_sum": float(sums.mean()), "min_sum": float(sums.min()),
         "max_sum": float(sums.max()), "loss": values[0], "loss_half": values[1],
         "loss_hundredth": values[2]},
    )


def _nll_of_log_sigmoid(ctx: Context) -> Outcome:
    """``NLLLoss(logsigmoid(z))``: the loss reads the target entry only, and a log-sigmoid entry
    depends on its own logit only."""
    c = max(ctx.classes(), 2)
    z, y = ctx.logits(c), ctx.labels(c)
    r = nll_loss(A.log_sigmoid(z), y, reduction="none")
    g = r.grad * (1 - A.sigmoid(z))  # d logsigmoid(z) / dz = 1 - sigmoid(z)
    onehot = samples.one_hot(y, c, DTYPE) > 0
    dead = float(np.mean(g[~onehot] == 0))
    # a model that outputs 10 for every class on every sample: it predicts nothing
    constant = np.full((c, c), 10, DTYPE)
    flat = nll_loss(A.log_sigmoid(constant), np.arange(c), reduction="mean")
    above = float(np.mean(np.sum(A.sigmoid(constant) > 0.5, axis=1)))
    fixed = nll_loss(A.log_softmax(z), y, reduction="none")
    intended, _ = _cross_entropy(z, y)
    lf, li = float(np.mean(fixed.value)), float(np.mean(intended))
    return Outcome(
        "XL202",
        f"{c} classes, {ctx.n:,} samples, standard-normal logits, NLLLoss on logsigmoid(logits); "
        f"seed {ctx.seed}, float32, reference (torch semantics)",
        (Row("mean loss", float(np.mean(r.value)), lf, li),
         Row("share of non-target gradient entries that are 0", dead,
             float(np.mean(_cross_entropy(z, y)[1][~onehot] == 0)), 0.0),
         Row("loss of a constant logit 10 for every class", float(flat.value)),
         Row("outputs above 0.5 for that constant model", above)),
        f"every non-target logit gets a gradient of exactly 0 ({dead:.0%} of them): nothing "
        f"pushes a wrong class down; a model that outputs 10 for every class has loss "
        f"{float(flat.value):.3g}, nearly 0, with {above:g} of {c} outputs above 0.5; "
        "NLLLoss on log_softmax gives the intended loss",
        _close(lf, li),
        {"zero_gradient_share": dead, "loss_constant_model": float(flat.value)},
    )


@case("XL203", {"activation": "softmax", "units": 1, "loss": "binary", "from_logits": False},
      {"activation": "softmax", "units": 1, "axis": 1, "loss": "binary", "expects": "probs",
       "framework": "torch"})
def single_unit_softmax(ctx: Context) -> Outcome:
    n = 1000
    z = samples.logits((n, 1), DTYPE, seed=ctx.seed)
    y = samples.binary_labels((n, 1), DTYPE, seed=ctx.seed + 1)
    s = A.softmax(z, axis=-1)
    written = ctx.loss("binary", s, y, False)
    fixed = ctx.loss("binary", A.sigmoid(z), y, False)
    if written is None or fixed is None:
        return _unavailable(ctx, "XL203", "1 unit")
    intended, _ = _binary_entropy(z, y)
    g = float(np.max(np.abs(_through_softmax(s, written[1]))))
    lw = float(np.mean(written[0]))
    negative = float(np.max(written[0]))
    return Outcome(
        "XL203",
        _setup(ctx, f"1 unit, {n:,} inputs (standard-normal logits), {float(y.mean()):.1%} "
                    f"positive labels, {'BCELoss' if ctx.torch else 'binary_crossentropy'}"),
        (Row("distinct outputs", float(len(np.unique(s))), None, None),
         Row("mean loss", lw, float(np.mean(fixed[0])), float(np.mean(intended))),
         Row("largest gradient (logits)", g, None, None)),
        f"softmax over one unit is exactly {float(s.max()):.1f} for every input: the loss is a "
        f"constant {lw:.2f} ({negative:.4g}, "
        f"{'the clamp of' if ctx.torch else 'the clipped'} -log(0), on each negative sample) "
        f"and the gradient is exactly {g:g}",
        _close(float(np.mean(fixed[0])), float(np.mean(intended)), 1e-4),
        {"loss": lw, "loss_negative": negative, "max_gradient": g},
    )


@case("XL204", {"activation": "sigmoid", "units": 1, "loss": "categorical", "from_logits": False},
      {"activation": "linear", "units": 1, "loss": "cross_entropy", "expects": "logits",
       "framework": "torch", "label_dtype": "float"})
def single_unit_categorical_loss(ctx: Context) -> Outcome:
    n = 1000
    z = samples.logits((n, 1), DTYPE, seed=ctx.seed)
    y = samples.binary_labels((n, 1), DTYPE, seed=ctx.seed + 1)
    s = A.sigmoid(z)
    sigmoid = ctx.facts.get("activation") == "sigmoid"
    if ctx.torch:  # CrossEntropyLoss on the (N, 1) output, float (N, 1) targets: probabilities
        written = ctx.loss("categorical", s if sigmoid else z, y, True)
        fixed = ctx.loss("binary", z, y, True)
        what = f"CrossEntropyLoss on 1 {'sigmoid' if sigmoid else 'linear'} unit, float targets"
    else:
        written = ctx.loss("categorical", s, y, False)
        fixed = ctx.loss("binary", s, y, False)
        what = "1 sigmoid unit, categorical_crossentropy"
    if written is None or fixed is None:
        return _unavailable(ctx, "XL204", "1 unit")
    intended, _ = _binary_entropy(z, y)
    written = (written[0] + DTYPE(0), written[1])  # -0.0 (torch prints it) reads as 0
    through = sigmoid or not ctx.torch
    g = float(np.max(np.abs(_through_sigmoid(s, written[1]) if through else written[1])))
    return Outcome(
        "XL204",
        _setup(ctx, f"{what}, {n:,} inputs, standard-normal logits, balanced 0/1 labels"),
        (Row("max loss per sample", float(np.max(written[0])), None, None),
         Row("mean loss", float(np.mean(written[0])), float(np.mean(fixed[0])),
             float(np.mean(intended))),
         Row("largest gradient (logits)", g, None, None)),
        f"categorical cross-entropy over one unit is at most {float(np.max(written[0])):.2g} "
        f"per sample (mean {float(np.mean(written[0])):.2g}) and its gradient is exactly {g:g}; "
        "the binary loss it should be is "
        f"{float(np.mean(fixed[0])):.3f}",
        _close(float(np.mean(fixed[0])), float(np.mean(intended)), 1e-4),
        {"max_loss": float(np.max(written[0])), "mean_loss": float(np.mean(written[0])),
         "max_gradient": g},
    )


@case("XL205", {"activation": "softmax", "units": 10, "loss": "categorical"})
def binary_accuracy_on_multiclass(ctx: Context) -> Outcome:
    c, n = max(ctx.classes(), 3), 10_000
    rng = np.random.default_rng(ctx.seed)
    y = rng.integers(0, c, n)
    right = rng.random(n) < 0.8
    pred = np.where(right, y, (y + rng.integers(1, c, n)) % c)
    p = np.full((n, c), 0.3 / (c - 1))
    p[np.arange(n), pred] = 0.7
    t = samples.one_hot(y, c, np.float64)
    binary = float(np.mean((p > 0.5) == (t > 0.5)))
    categorical = float(np.mean(p.argmax(1) == y))
    uniform = float(np.mean((np.full((n, c), 1 / c) > 0.5) == (t > 0.5)))
    return Outcome(
        "XL205",
        f"{n:,} samples, {c} classes; a model right 80 % of the time (top probability 0.7, the "
        f"rest {0.3 / (c - 1):.3f}); seed {ctx.seed}",
        (Row("BinaryAccuracy", binary, categorical, categorical),
         Row("BinaryAccuracy of a constant 1/C model", uniform, 1 / c, 1 / c)),
        f"binary accuracy reports {binary:.3f} for a model that is right {categorical:.3f} of "
        f"the time, and {uniform:.3f} for one that always outputs 1/{c}",
        None,
        {"binary_accuracy": binary, "categorical_accuracy": categorical,
         "binary_accuracy_uniform": uniform},
    )


# --- XL3: labels vs the encoding the loss expects ------------------------------------------

@case("XL301", {"activation": "softmax", "units": 10, "loss": "categorical", "labels": "index",
                "n_classes": 10, "label_rank": 2})
def index_labels_to_categorical_loss(ctx: Context) -> Outcome:
    c = max(ctx.classes(), 2)
    z, y = ctx.logits(c), ctx.labels(c)
    p = A.softmax(z)
    # the hand-written / optax computation that does not fail: (N, 1) labels broadcast
    broadcast = -np.sum(y[:, None].astype(DTYPE) * np.log(p), axis=-1)
    fixed = ctx.loss("sparse", p, y, False)
    written_onehot = ctx.loss("categorical", p, samples.one_hot(y, c, DTYPE), False)
    if fixed is None or written_onehot is None:
        return _unavailable(ctx, "XL301", f"{c} classes")
    intended, _ = _cross_entropy(z, y)
    lf, li = float(np.mean(fixed[0])), float(np.mean(intended))
    return Outcome(
        "XL301",
        _setup(ctx, f"{c} classes, {ctx.n:,} samples, standard-normal logits, (N, 1) index "
                    "labels"),
        (Row("mean loss (hand-written -sum(y*log p), broadcast)", float(np.mean(broadcast)), lf,
             li),
         Row("mean loss (categorical on to_categorical(y))", None,
             float(np.mean(written_onehot[0])), li)),
        "Keras raises a shape ValueError on the first batch; a hand-written or optax loss "
        f"broadcasts (N, 1) labels and trains on {float(np.mean(broadcast)):.2f} instead of "
        f"{li:.2f}; the sparse loss (or to_categorical) gives the intended loss",
        _close(lf, li) and _close(float(np.mean(written_onehot[0])), li),
        {"loss_broadcast": float(np.mean(broadcast)), "loss_fixed": lf, "loss_intended": li},
    )


@case("XL302", {"activation": "softmax", "units": 10, "loss": "sparse", "labels": "onehot",
                "n_classes": 10})
def onehot_labels_to_index_loss(ctx: Context) -> Outcome:
    c = max(ctx.classes(), 2)
    z, y = ctx.logits(c), ctx.labels(c)
    t = samples.one_hot(y, c, DTYPE)
    fixed = ctx.loss("sparse", z, t.argmax(axis=1), True)
    other = ctx.loss("categorical", z, t, True)
    if fixed is None or other is None:
        return _unavailable(ctx, "XL302", f"{c} classes")
    torch_float = categorical_cross_entropy(z, t, semantics="torch")
    intended, _ = _cross_entropy(z, y)
    lf, li = float(np.mean(fixed[0])), float(np.mean(intended))
    return Outcome(
        "XL302",
        _setup(ctx, f"{c} classes, {ctx.n:,} samples, standard-normal logits, one-hot labels"),
        (Row("mean loss (sparse loss on argmax(labels))", None, lf, li),
         Row("mean loss (categorical loss on the one-hot labels)", None,
             float(np.mean(other[0])), li),
         Row("torch CrossEntropyLoss on float one-hot (probability mode)",
             float(torch_float.value), None, li)),
        "Keras's sparse loss and torch's NLLLoss raise on (N, C) targets; both fixes "
        f"(argmax the labels, or a categorical loss) give the intended {li:.4f}",
        _close(lf, li) and _close(float(np.mean(other[0])), li),
        {"loss_fixed": lf, "loss_intended": li, "torch_float_onehot": float(torch_float.value)},
    )


@case("XL303", {"activation": "sigmoid", "units": 1, "loss": "binary", "label_rank": 1})
def label_shape(ctx: Context) -> Outcome:
    if ctx.facts.get("loss") in ("sparse", "cross_entropy", "nll"):
        return Outcome("XL303", "", meaning="(N, 1) class indices against a class-index loss: "
                       "torch raises on the first batch, Keras squeezes them; the fix is a "
                       "reshape of the labels, with no broadcast value to compare")
    n = 8
    z = samples.logits((n, 1), DTYPE, seed=ctx.seed)
    y = samples.binary_labels((n,), DTYPE, seed=ctx.seed + 1)
    s = A.sigmoid(z)
    broadcast = binary_cross_entropy_with_logits(z, y[None, :], semantics="optax",
                                                 reduction="mean")  # (8, 1) vs (8,) -> (8, 8)
    fixed = binary_cross_entropy(s, y[:, None], semantics="keras")
    intended, _ = _binary_entropy(z, y[:, None])
    lb, lf, li = float(broadcast.value), float(fixed.value), float(np.mean(intended))
    return Outcome(
        "XL303",
        f"{n} samples, one logit each (standard normal), (N,) labels against (N, 1) outputs; "
        f"seed {ctx.seed}, float32, reference (elementwise sigmoid cross-entropy, as optax and "
        "torch compute it)",
        (Row("mean loss ((N, 1) vs (N,), broadcast to (N, N))", lb, lf, li),),
        f"broadcasting compares every output with every label: {lb:.4f} instead of {li:.4f}",
        _close(lf, li, 1e-4),
        {"loss_broadcast": lb, "loss_fixed": lf, "loss_intended": li},
    )


@case("XL306", {"activation": "softmax", "units": 10, "loss": "categorical",
                "labels": "multihot"},
      {"activation": "linear", "units": 10, "loss": "cross_entropy", "expects": "logits",
       "framework": "torch", "labels": "multihot", "label_dtype": "float"})
def multilabel_to_exclusive_loss(ctx: Context, k: int = 3) -> Outcome:
    c = max(ctx.classes(), k + 1)
    y = np.zeros((1, c))
    y[0, :k] = 1

    def cce(z: np.ndarray) -> tuple[float, np.ndarray]:
        # Keras: categorical_crossentropy on softmax(z); torch: CrossEntropyLoss on the logits z
        # with the multi-hot row read as class probabilities (they sum to k, not 1)
        r = categorical_cross_entropy(z, y, semantics=ctx.semantics, reduction="sum")
        return float(r.value), r.grad

    floor, z = _optimise(cce, np.zeros((1, c)))
    s = A.softmax(z)
    return Outcome(
        "XL306",
        f"{c} classes, {k} true labels, the softmax logits optimised directly with Adam for "
        f"5,000 steps (lr 0.05), "
        f"{'CrossEntropyLoss' if ctx.torch else 'categorical_crossentropy'}, float64, "
        f"{_semantics(ctx)}",
        (Row("best output on a true label", float(s[0, :k].max()), 1.0, 1.0),
         Row("loss floor", floor, None, 0.0),
         Row("outputs above 0.5", float(np.sum(s > 0.5)), float(k), float(k))),
        f"the optimum puts {s[0, :k].max():.4f} on each true label and the loss cannot go below "
        f"{floor:.3f} ({k}·ln {k} = {k * math.log(k):.3f}); a 0.5 threshold selects none",
        None,
        {"best_output": float(s[0, :k].max()), "floor": floor},
    )


# --- XL4: decoding and metrics ---------------------------------------------------------------

@case("XL401", {"activation": "sigmoid", "units": 10, "loss": "binary", "labels": "multihot",
                "op": "argmax"})
def argmax_on_multilabel(ctx: Context, k: int = 3) -> Outcome:
    c = max(ctx.classes(), k + 1)
    t = np.zeros((1, c))
    t[0, :k] = 1
    decoded = samples.one_hot(t.argmax(axis=1), c, np.float64)
    tp = float(np.sum(decoded * t))
    precision, recall = tp / decoded.sum(), tp / t.sum()
    f1 = 2 * precision * recall / (precision + recall)
    return Outcome(
        "XL401",
        f"{c} labels, {k} true per sample, a model whose outputs equal the targets exactly",
        (Row("recall", recall, 1.0, 1.0), Row("F1", f1, 1.0, 1.0)),
        f"argmax keeps one label of {k}: a perfect model scores recall {recall:.2f} and F1 "
        f"{f1:.2f}",
        None,
        {"recall": recall, "f1": f1},
    )


@case("XL402", {"activation": "softmax", "units": 10, "op": "threshold", "threshold": 0.5})
def threshold_on_softmax(ctx: Context) -> Outcome:
    c = max(ctx.classes(), 2)
    shares = []
    for scale in (1.0, 2.0, 3.0):
        s = A.softmax(ctx.logits(c, scale))
        shares.append(float(np.mean(s.max(axis=1) <= 0.5)))
    # a calibrated model (logits x3): each label drawn from the model's own softmax
    rng = np.random.default_rng(ctx.seed + 1)
    y = np.minimum((np.cumsum(s, axis=1) < rng.random((len(s), 1))).sum(axis=1), c - 1)
    top = s.argmax(axis=1)
    right_argmax = float(np.mean(top == y))
    right_threshold = float(np.mean((top == y) & (s.max(axis=1) > 0.5)))
    return Outcome(
        "XL402",
        f"{c} classes, {ctx.n:,} samples, standard-normal logits scaled x1, x2, x3; with x3, "
        f"labels drawn from the softmax (a calibrated model); seed {ctx.seed}, float32",
        (Row("rows with no output above 0.5, logits x1", shares[0]),
         Row("rows with no output above 0.5, logits x2", shares[1]),
         Row("rows with no output above 0.5, logits x3", shares[2]),
         Row("accuracy, logits x3 (decoded > 0.5 / argmax)", right_threshold, right_argmax,
             right_argmax)),
        f"{shares[0]:.1%} of the rows have no output above 0.5 ({shares[1]:.1%} with the "
        f"logits x2, {shares[2]:.1%} x3): decoded as no class at all; with x3 the threshold is "
        f"right for {right_threshold:.1%} of the samples where argmax is right for "
        f"{right_argmax:.1%}",
        None,
        {"no_class_x1": shares[0], "no_class_x2": shares[1], "no_class_x3": shares[2],
         "accuracy_threshold": right_threshold, "accuracy_argmax": right_argmax},
    )


def _keras_auc(scores: np.ndarray, y: np.ndarray, num_thresholds: int = 200) -> float:
    """``keras.metrics.AUC()`` (ROC, interpolation): ``num_thresholds`` evenly spaced in
    [0, 1] with the ends moved by 1e-7, predictions clipped to [0, 1] (so every negative logit
    counts as 0), a prediction counts as positive above a threshold, and the ROC curve is
    integrated with the trapezoidal rule."""
    scores = np.clip(scores, 0.0, 1.0)
    inner = [(i + 1) / (num_thresholds - 1) for i in range(num_thresholds - 2)]
    thresholds = np.array([0.0 - EPSILON] + inner + [1.0 + EPSILON])
    positive = scores[None, :] > thresholds[:, None]
    tp = np.sum(positive & (y[None, :] > 0.5), axis=1)
    fp = np.sum(positive & (y[None, :] <= 0.5), axis=1)
    tpr = tp / max(np.sum(y > 0.5), 1)
    fpr = fp / max(np.sum(y <= 0.5), 1)
    return float(np.sum((fpr[:-1] - fpr[1:]) * (tpr[:-1] + tpr[1:]) / 2))


@case("XL403", {"activation": "linear", "units": 1, "loss": "binary", "from_logits": True},
      {"activation": "linear", "units": 1, "op": "threshold", "threshold": 0.5,
       "framework": "torch"})
def probability_metric_on_logits(ctx: Context) -> Outcome:
    z = ctx.logits(1, 2.0)[:, 0]
    rng = np.random.default_rng(ctx.seed + 1)
    y = (rng.random(len(z)) < A.sigmoid(z)).astype(DTYPE)
    acc_logits = float(np.mean((z > 0.5) == (y > 0.5)))
    acc = float(np.mean((z > 0) == (y > 0.5)))
    between = float(np.mean((z > 0) & (z <= 0.5)))
    if ctx.torch:  # a decoder, `logits > 0.5`, on a BCEWithLogitsLoss model
        rate, true_rate = float(np.mean(z > 0.5)), float(np.mean(z > 0))
        return Outcome(
            "XL403",
            f"{len(z):,} samples, logits ~ N(0, 2²), labels drawn from sigmoid(logits) (a "
            f"calibrated model), decoded with logits > 0.5; seed {ctx.seed}, float32",
            (Row("accuracy", acc_logits, acc, acc),
             Row("predicted positive rate", rate, true_rate, true_rate)),
            f"the {between:.1%} of samples with a logit in (0, 0.5] are decoded as negative: "
            f"accuracy {acc_logits:.3f} where the model's is {acc:.3f} (sigmoid(logits) > 0.5, "
            f"or logits > 0), and {rate:.1%} predicted positive instead of {true_rate:.1%}",
            None,
            {"accuracy_on_logits": acc_logits, "accuracy": acc, "between": between,
             "positive_rate_on_logits": rate, "positive_rate": true_rate},
        )
    auc_logits, auc = _keras_auc(z, y), _keras_auc(A.sigmoid(z), y)
    metric = binary_cross_entropy(z[:, None], y[:, None], semantics="keras")
    loss = binary_cross_entropy_with_logits(z[:, None], y[:, None], semantics="keras")
    return Outcome(
        "XL403",
        _reference_setup(ctx, f"{len(z):,} samples, logits ~ N(0, 2²), labels drawn from "
                              "sigmoid(logits) (a calibrated model), Keras metrics"),
        (Row("accuracy (threshold 0.5 on logits)", acc_logits, acc, acc),
         Row("AUC (Keras: 200 thresholds in [0, 1])", auc_logits, auc, auc),
         Row("binary_crossentropy metric", float(metric.value), float(loss.value),
             float(loss.value))),
        f"'accuracy' reports {acc_logits:.3f} where the model's accuracy is {acc:.3f} (the "
        f"{between:.1%} of samples with a logit in (0, 0.5] count as negative); AUC() reports "
        f"{auc_logits:.3f} where it is {auc:.3f} (from_logits=True); the "
        f"'binary_crossentropy' metric reports {float(metric.value):.2f} where the loss is "
        f"{float(loss.value):.3f}",
        None,
        {"accuracy_on_logits": acc_logits, "accuracy": acc, "between": between,
         "auc_on_logits": auc_logits, "auc": auc,
         "bce_metric": float(metric.value), "bce_loss": float(loss.value)},
    )


# --- XL5: how the loss is called ---------------------------------------------------------------

@case("XL501", {"activation": "softmax", "units": 10, "loss": "categorical", "from_logits": False},
      {"loss": "binary", "expects": "logits", "framework": "torch"})
def swapped_loss_arguments(ctx: Context) -> Outcome:
    family = _family(ctx, "categorical")
    if family == "sparse" and ctx.torch:
        return Outcome("XL501", "class-index labels",
                       meaning="with class-index labels the swapped CrossEntropyLoss raises "
                               "NotImplementedError on the integer labels (torch 2.13): no value "
                               "to compare")
    if family == "sparse":
        return Outcome("XL501", "index labels",
                       meaning="with index labels the swapped call fails on shapes (Keras casts "
                               "the outputs to class indices): no value to compare")
    if family == "binary":
        return _swapped_binary(ctx)
    c = max(ctx.classes(), 2)
    z, y = ctx.logits(c), ctx.labels(c)
    p = A.softmax(z)
    t = samples.one_hot(y, c, DTYPE)
    # swapped: the labels are the prediction, the probabilities the target
    clipped = -np.log(np.clip(t / t.sum(axis=1, keepdims=True), DTYPE(EPSILON), DTYPE(1 - EPSILON)))
    swapped = np.sum(p * clipped, axis=1)
    fixed = ctx.loss("categorical", p, t, False)
    if fixed is None:
        return _unavailable(ctx, "XL501", f"{c} classes")
    intended, _ = _cross_entropy(z, y)
    wrong = np.zeros((1, c), DTYPE)
    wrong[0, 1] = 10
    sw = A.softmax(wrong)
    # the swapped loss is linear in p: d/dp = -log(clip(onehot)), then through the softmax
    k = -np.log(np.clip(samples.one_hot(np.array([0]), c, DTYPE), DTYPE(EPSILON),
                        DTYPE(1 - EPSILON)))
    g_swapped = _norm(_through_softmax(sw, k))
    g_right = _norm(_cross_entropy(wrong, np.array([0]))[1])
    lf, li = float(np.mean(fixed[0])), float(np.mean(intended))
    return Outcome(
        "XL501",
        _setup(ctx, f"{c} classes, {ctx.n:,} samples, softmax of standard-normal logits, "
                    "one-hot labels"),
        (Row("mean loss", float(np.mean(swapped)), lf, li),
         Row("gradient norm, confidently wrong sample", g_swapped, g_right, g_right)),
        f"swapped, the loss is {float(np.mean(swapped)):.2f} (= {float(clipped.max()):.3f}·"
        f"(1 - p_y)) where it should be {li:.2f}, and a confidently wrong sample gets a gradient "
        f"of {g_swapped:.3g} instead of {g_right:.3f}, {g_right / g_swapped:,.0f}x smaller",
        _close(lf, li),
        {"loss_swapped": float(np.mean(swapped)), "loss_intended": li,
         "gradient_wrong_swapped": g_swapped, "gradient_wrong_intended": g_right},
    )


def _swapped_binary(ctx: Context) -> Outcome:
    """``loss(outputs, targets)`` swapped on a binary loss: the labels are the prediction, the
    outputs the target, and the loss is linear in the outputs."""
    logits = ctx.facts.get("expects") == "logits" or ctx.facts.get("from_logits") is True
    z = ctx.logits(1)
    y = samples.binary_labels(z.shape, DTYPE, seed=ctx.seed + 1)
    out = z if logits else A.sigmoid(z)
    swapped = ctx.loss("binary", y, out, logits)
    fixed = ctx.loss("binary", out, y, logits)
    if swapped is None or fixed is None:
        return _unavailable(ctx, "XL501", "1 unit")
    intended, _ = _binary_entropy(z, y)
    with np.errstate(divide="ignore"):
        # d loss / d output: -(log s(y) - log s(-y)) = -y on logits; on probabilities the
        # difference of the clipped (Keras) or clamped (torch) logs of the 0/1 labels
        if logits:
            g = -y
        else:
            low = DTYPE(EPSILON) if not ctx.torch else DTYPE(0)
            log = (lambda v: np.log(np.clip(v, low, 1 - low)) if not ctx.torch
                   else np.maximum(np.log(v), DTYPE(-100)))
            g = -(log(y) - log(1 - y))
    dead = float(np.mean(g == 0))
    ls, lf, li = float(np.mean(swapped[0])), float(np.mean(fixed[0])), float(np.mean(intended))
    api = ("BCEWithLogitsLoss" if logits else "BCELoss") if ctx.torch else "BinaryCrossentropy"
    return Outcome(
        "XL501",
        _setup(ctx, f"{api}(outputs, targets) swapped, 1 unit, {ctx.n:,} samples, "
                    "standard-normal logits, balanced 0/1 labels"),
        (Row("mean loss", ls, lf, li),
         Row("share of samples with zero gradient", dead, float(np.mean(fixed[1] == 0)), 0.0)),
        (f"swapped, the loss is linear in the outputs (gradient -target), so it is unbounded "
         f"below: it reads {ls:.3f} where it should be {li:.3f}, the {dead:.1%} negative samples "
         "get no gradient at all and every positive output is pushed up by the same step "
         "forever") if logits else
        (f"swapped, the loss is linear in the outputs (a constant gradient of size "
         f"{float(np.max(np.abs(g))):.4g}): it reads {ls:.3f} where it should be {li:.3f}, and a "
         "confidently wrong output gets the same push as a nearly right one"),
        _close(lf, li),
        {"loss_swapped": ls, "loss_fixed": lf, "loss_intended": li, "zero_gradient": dead},
    )


@case("XL502", {"parameter": "from_logits", "meant": "label_smoothing"})
def positional_loss_option(ctx: Context) -> Outcome:
    if ctx.torch or ctx.facts.get("parameter") in ("weight", "size_average"):
        return Outcome("XL502", "", meaning="a float where torch expects the class weight "
                       "raises TypeError when the loss is built or called (torch 2.13); a "
                       "tensor is taken as a class weight: the fix is a keyword, with no "
                       "value to compare")
    p = np.array([[0.9], [0.2]], DTYPE)
    y = np.array([[1.0], [0.0]], DTYPE)
    written = binary_cross_entropy_with_logits(p, y, semantics="keras")
    fixed = binary_cross_entropy(p, y, semantics="keras", label_smoothing=0.1)
    smoothed = y * 0.9 + 0.05
    intended = float(np.mean(-(smoothed * np.log(p) + (1 - smoothed) * np.log(1 - p))))
    return Outcome(
        "XL502",
        "a sigmoid head outputting 0.9 for a positive and 0.2 for a negative sample; Keras "
        "semantics (reference), float32",
        (Row("loss", float(written.value), float(fixed.value), intended),),
        f"BinaryCrossentropy(0.1) treats the probabilities as logits (from_logits=0.1): "
        f"{float(written.value):.3f} where BinaryCrossentropy(label_smoothing=0.1) gives "
        f"{float(fixed.value):.3f}",
        _close(float(fixed.value), intended),
        {"loss_written": float(written.value), "loss_fixed": float(fixed.value)},
    )
