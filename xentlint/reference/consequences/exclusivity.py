"""XL2xx: mutually exclusive classes against independent labels (a softmax under a binary
loss, sigmoids under a categorical one, a softmax or a categorical loss over one unit, binary
accuracy on a multi-class model)."""

from __future__ import annotations

import math

import numpy as np

from .. import activations as A
from .. import samples
from ..binary import binary_cross_entropy, binary_cross_entropy_with_logits
from ..categorical import nll_loss
from .common import (
    DTYPE,
    Context,
    Outcome,
    Row,
    _binary_entropy,
    _binary_inputs,
    _class_inputs,
    _close,
    _cross_entropy,
    _k_hot,
    _losses,
    _means,
    _optimise,
    _reference_setup,
    _semantics,
    _setup,
    _through_sigmoid,
    _through_softmax,
    case,
)


@case("XL201", {"activation": "softmax", "units": 10, "loss": "binary", "labels": "multihot"},
      {"activation": "softmax", "units": 10, "loss": "binary", "expects": "probs",
       "framework": "torch", "labels": "multihot"},
      {"activation": "softmax", "units": 10, "loss": "binary", "expects": "logits",
       "framework": "jax", "labels": "multihot"})
def softmax_with_binary_loss(ctx: Context, k: int = 3) -> Outcome:
    c, y = _k_hot(ctx, k)
    semantics = ctx.semantics
    # Keras's binary_crossentropy averages over the labels; BCELoss's mean does too (N = 1)
    mean = "sum" if semantics == "keras" else "mean"
    # without a binary loss on probabilities (optax), the softmax output goes to the one on
    # logits, which applies its own sigmoid on top
    on_probabilities = "binary" in ctx.api.on_probabilities
    bce = binary_cross_entropy if on_probabilities else binary_cross_entropy_with_logits

    def bce_of_softmax(z: np.ndarray) -> tuple[float, np.ndarray]:
        s = A.softmax(z)
        r = bce(s, y, semantics=semantics, reduction=mean)
        return float(r.value), _through_softmax(s, r.grad)

    def bce_of_logits(x: np.ndarray) -> tuple[float, np.ndarray]:
        r = binary_cross_entropy_with_logits(x, y, semantics=semantics, reduction=mean)
        return float(r.value), r.grad

    floor, z = _optimise(bce_of_softmax, np.zeros((1, c)))
    s = A.softmax(z)
    fixed, _ = _optimise(bce_of_logits, np.zeros((1, c)), steps=500, lr=0.5)
    best = float(s[0, :k].max())
    if on_probabilities:
        api = {"torch": "BCELoss", "keras": "Keras binary_crossentropy"}.get(
            semantics, ctx.api.loss("binary"))
        analytic = k / c * math.log(k)
        formula, extra = f"{k}/{c}·ln {k}", ""
    else:  # the sigmoid of 1/k on each positive, of 0 on each negative
        api = f"{ctx.api.on_logits['binary']} on the softmax outputs"
        analytic = (k * math.log1p(math.exp(-1 / k)) + (c - k) * math.log(2)) / c
        formula = f"({k}·ln(1 + e^(-1/{k})) + {c - k}·ln 2)/{c}"
        extra = "; the loss applies its own sigmoid on top, so a negative costs at least ln 2"
    return Outcome(
        "XL201",
        f"{c} labels of which {k} positive, the softmax logits optimised directly with Adam "
        f"for 5,000 steps (lr 0.05), {api}, float64, {_semantics(ctx)}",
        (Row("best output on a true label", best, 1.0, 1.0),
         Row("binary cross-entropy floor", floor, fixed, 0.0),
         Row("outputs above 0.5", float(np.sum(s > 0.5)), float(k), float(k))),
        f"softmax caps each of {k} true labels at 1/{k} = {1 / k:.4f}: a loss floor of "
        f"{floor:.3f} (= {formula} = {analytic:.3f}) and no output above 0.5{extra}",
        None,
        {"best_output": best, "floor": floor, "analytic_floor": analytic},
    )


@case("XL202", {"activation": "sigmoid", "units": 10, "loss": "categorical", "from_logits": False},
      {"activation": "log_sigmoid", "units": 10, "loss": "nll", "expects": "log-probs",
       "framework": "torch", "labels": "index"})
def sigmoid_with_categorical_loss(ctx: Context) -> Outcome:
    # without a categorical loss on probabilities (torch, optax), -sum(y * log(s)) is written by
    # hand: the NLL of log(sigmoid), which reads the target entry only
    if (ctx.facts.get("loss") == "nll" or ctx.facts.get("activation") == "log_sigmoid"
            or "categorical" not in ctx.api.on_probabilities):
        return _nll_of_log_sigmoid(ctx)
    c, z, y = _class_inputs(ctx)
    s = A.sigmoid(z)
    t = samples.one_hot(y, c, DTYPE)
    sums = s.sum(axis=1)
    losses = _losses(ctx, f"{c} sigmoid units",
                     *[("categorical", (s / k).astype(DTYPE), t, False) for k in (1, 2, 100)])
    values = _means(*(r[0] for r in losses))
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
    """``NLLLoss(logsigmoid(z))``, or the same written by hand (``-sum(y * log(sigmoid(z)))``):
    the loss reads the target entry only, and a log-sigmoid entry depends on its own logit
    only."""
    c, z, y = _class_inputs(ctx)
    nll = ctx.facts.get("loss") == "nll"
    if nll and ctx.api.nll:
        fixed = nll_loss(A.log_softmax(z), y, reduction="none").value
        written = f"{ctx.api.nll} on logsigmoid(logits)"
        fix = f"{ctx.api.nll} on log_softmax"
    else:  # written by hand: the fix is the framework's loss on logits
        (fixed_pair,) = _losses(ctx, f"{c} sigmoid units", ("sparse", z, y, True))
        fixed = fixed_pair[0]
        written = ("hand-written -out[range(N), y] on logsigmoid(logits)" if nll
                   else "hand-written -sum(y * log(sigmoid(logits)))")
        fix = f"{ctx.api.on_logits['sparse']} on the logits"
    what = f"{c} classes, {ctx.n:,} samples, standard-normal logits, {written}"
    r = nll_loss(A.log_sigmoid(z), y, reduction="none")
    g = r.grad * (1 - A.sigmoid(z))  # d logsigmoid(z) / dz = 1 - sigmoid(z)
    onehot = samples.one_hot(y, c, DTYPE) > 0
    dead = float(np.mean(g[~onehot] == 0))
    # a model that outputs 10 for every class on every sample: it predicts nothing
    constant = np.full((c, c), 10, DTYPE)
    flat = nll_loss(A.log_sigmoid(constant), np.arange(c), reduction="mean")
    above = float(np.mean(np.sum(A.sigmoid(constant) > 0.5, axis=1)))
    intended, _ = _cross_entropy(z, y)
    lf, li = _means(fixed, intended)
    return Outcome(
        "XL202",
        _reference_setup(ctx, what) if nll and ctx.api.nll else _setup(ctx, what),
        (Row("mean loss", float(np.mean(r.value)), lf, li),
         Row("share of non-target gradient entries that are 0", dead,
             float(np.mean(_cross_entropy(z, y)[1][~onehot] == 0)), 0.0),
         Row("loss of a constant logit 10 for every class", float(flat.value)),
         Row("outputs above 0.5 for that constant model", above)),
        f"every non-target logit gets a gradient of exactly 0 ({dead:.0%} of them): nothing "
        f"pushes a wrong class down; a model that outputs 10 for every class has loss "
        f"{float(flat.value):.3g}, nearly 0, with {above:g} of {c} outputs above 0.5; "
        f"{fix} gives the intended loss",
        _close(lf, li),
        {"zero_gradient_share": dead, "loss_constant_model": float(flat.value)},
    )


@case("XL203", {"activation": "softmax", "units": 1, "loss": "binary", "from_logits": False},
      {"activation": "softmax", "units": 1, "axis": 1, "loss": "binary", "expects": "probs",
       "framework": "torch"})
def single_unit_softmax(ctx: Context) -> Outcome:
    n = 1000
    z, y = _binary_inputs(ctx, 1, n)
    s = A.softmax(z, axis=-1)
    # the framework's binary loss: on probabilities, or (optax) on logits, its sigmoid on top
    on_probabilities = "binary" in ctx.api.on_probabilities
    written, fixed = _losses(ctx, "1 unit", ("binary", s, y, not on_probabilities),
                             ("binary", A.sigmoid(z), y, False) if on_probabilities
                             else ("binary", z, y, True))
    intended, _ = _binary_entropy(z, y)
    g = float(np.max(np.abs(_through_softmax(s, written[1]))))
    lw, lf, li = _means(written[0], fixed[0], intended)
    negative = float(np.max(written[0]))
    cost = ({"torch": "the clamp of -log(0)", "tf": "-log(0 + 1e-7)"}.get(
        ctx.semantics, "the clipped -log(0)") if on_probabilities else "-log(1 - sigmoid(1))")
    return Outcome(
        "XL203",
        _setup(ctx, f"1 unit, {n:,} inputs (standard-normal logits), {float(y.mean()):.1%} "
                    f"positive labels, {ctx.api.loss('binary')}"),
        (Row("distinct outputs", float(len(np.unique(s))), None, None),
         Row("mean loss", lw, lf, li),
         Row("largest gradient (logits)", g, None, None)),
        f"softmax over one unit is exactly {float(s.max()):.1f} for every input: the loss is a "
        f"constant {lw:.2f} ({negative:.4g}, {cost}, on each negative sample) "
        f"and the gradient is exactly {g:g}",
        _close(lf, li, 1e-4),
        {"loss": lw, "loss_negative": negative, "max_gradient": g},
    )


@case("XL204", {"activation": "sigmoid", "units": 1, "loss": "categorical", "from_logits": False},
      {"activation": "linear", "units": 1, "loss": "cross_entropy", "expects": "logits",
       "framework": "torch", "label_dtype": "float"})
def single_unit_categorical_loss(ctx: Context) -> Outcome:
    n = 1000
    z, y = _binary_inputs(ctx, 1, n)
    s = A.sigmoid(z)
    sigmoid = ctx.facts.get("activation") == "sigmoid"
    on_logits = "categorical" not in ctx.api.on_probabilities
    if on_logits:  # torch's CrossEntropyLoss, optax's softmax_cross_entropy on the (N, 1) output
        name = ctx.api.on_logits["categorical"]
        what = f"{name} on 1 {'sigmoid' if sigmoid else 'linear'} unit, float targets"
        pairings = ("categorical", s if sigmoid else z, y, True), ("binary", z, y, True)
    else:
        what = "1 sigmoid unit, categorical_crossentropy"
        pairings = ("categorical", s, y, False), ("binary", s, y, False)
    written, fixed = _losses(ctx, "1 unit", *pairings)
    intended, _ = _binary_entropy(z, y)
    loss = written[0] + DTYPE(0)  # -0.0 (torch prints it) reads as 0
    through = sigmoid or not on_logits
    g = float(np.max(np.abs(_through_sigmoid(s, written[1]) if through else written[1])))
    worst = float(np.max(loss))
    lw, lf, li = _means(loss, fixed[0], intended)
    return Outcome(
        "XL204",
        _setup(ctx, f"{what}, {n:,} inputs, standard-normal logits, balanced 0/1 labels"),
        (Row("max loss per sample", worst, None, None),
         Row("mean loss", lw, lf, li),
         Row("largest gradient (logits)", g, None, None)),
        (f"categorical cross-entropy over one unit is exactly 0 for every sample, yet "
         f"TensorFlow's gradient (its kernel's softmax - labels, 1 - y here) is up to {g:g}: "
         "it pushes the output of every negative sample down forever, and nothing else; the "
         f"binary loss it should be is {lf:.3f}") if ctx.semantics == "tf" and g else
        f"categorical cross-entropy over one unit is at most {worst:.2g} per sample (mean "
        f"{lw:.2g}) and its gradient is exactly {g:g}; the binary loss it should be is {lf:.3f}",
        _close(lf, li, 1e-4),
        {"max_loss": worst, "mean_loss": lw, "max_gradient": g},
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


