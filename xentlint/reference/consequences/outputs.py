"""XL1xx: what the loss expects against what the model emits (probabilities into a loss on
logits, logits into a loss on probabilities, NLLLoss without log_softmax, log of a softmax,
a softmax over the batch, kl_div on probabilities)."""

from __future__ import annotations

import math

import numpy as np

from .. import activations as A
from .. import samples
from ..binary import binary_cross_entropy, binary_cross_entropy_with_logits
from ..categorical import nll_loss
from ..common import EPSILON
from ..divergence import kl_div
from .common import (
    DTYPE,
    Context,
    Outcome,
    Row,
    _binary_entropy,
    _binary_inputs,
    _class_inputs,
    _close,
    _confidently_wrong,
    _cross_entropy,
    _family,
    _losses,
    _means,
    _norm,
    _reference_setup,
    _setup,
    _target,
    _through_sigmoid,
    _through_softmax,
    case,
)


@case("XL101", {"activation": "softmax", "units": 10, "loss": "sparse", "from_logits": True},
      {"activation": "sigmoid", "units": 1, "loss": "binary", "from_logits": True},
      {"activation": "softmax", "units": 10, "loss": "cross_entropy", "expects": "logits",
       "framework": "torch", "labels": "index"},
      {"activation": "softmax", "units": 10, "loss": "sparse", "expects": "logits",
       "framework": "jax"})
def probabilities_to_logits_loss(ctx: Context) -> Outcome:
    family = _family(ctx, "sparse")
    if ctx.facts.get("activation") == "sigmoid" or family == "binary":
        return _double_sigmoid(ctx)
    c, z, y = _class_inputs(ctx)
    s = A.softmax(z)
    t = _target(family, y, c)
    # Keras: from_logits=False on the probabilities; a framework without a loss of this family
    # on probabilities (torch, optax): the same loss on the logits, the softmax dropped
    on_logits = family not in ctx.api.on_probabilities

    def as_fixed(p: np.ndarray, logits: np.ndarray, target: np.ndarray) -> tuple:
        return (family, logits, target, True) if on_logits else (family, p, target, False)

    written, fixed = _losses(ctx, f"{c} classes", (family, s, t, True), as_fixed(s, z, t))
    intended, g_intended = _cross_entropy(z, y)
    # a perfect prediction: the one-hot probabilities of the right class (one very large logit)
    perfect = samples.one_hot(np.arange(c), c, DTYPE)
    t_perfect = _target(family, np.arange(c), c)
    floor_written, floor_as_fixed = _losses(ctx, f"{c} classes", (family, perfect, t_perfect, True),
                                            as_fixed(perfect, (perfect * 100).astype(DTYPE),
                                                     t_perfect))
    floor, floor_fixed = _means(floor_written[0], floor_as_fixed[0])
    g_written = _norm(_through_softmax(s, written[1]))
    g_fixed = _norm(fixed[1]) if on_logits else _norm(_through_softmax(s, fixed[1]))
    ratio = _norm(g_intended) / g_written
    lw, lf, li = _means(written[0], fixed[0], intended)
    namespace = "nn." if ctx.torch else ""
    api = f"; {namespace}{ctx.api.on_logits[family]} on the softmax output" if on_logits else ""
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
    z, y = _binary_inputs(ctx, units)
    s = A.sigmoid(z)
    # the fix: the loss on probabilities (Keras's flag, torch's BCELoss), or on the logits
    on_logits = "binary" not in ctx.api.on_probabilities
    written, fixed = _losses(ctx, f"{units} sigmoid unit(s)", ("binary", s, y, True),
                             ("binary", z if on_logits else s, y, on_logits))
    intended, g_intended = _binary_entropy(z, y)
    ones = np.ones((2, units), DTYPE)
    (perfect_pair,) = _losses(ctx, f"{units} sigmoid unit(s)",
                              ("binary", np.array([[1.0], [0.0]], DTYPE) * ones,
                               np.array([[1.0], [0.0]], DTYPE) * ones, True))
    perfect = perfect_pair[0]
    g_written = _norm(_through_sigmoid(s, written[1]))
    ratio = _norm(g_intended) / g_written
    lw, lf, li = _means(written[0], fixed[0], intended)
    return Outcome(
        "XL101",
        _setup(ctx, f"{units} sigmoid unit(s), {ctx.n:,} samples, standard-normal logits, "
                    "balanced 0/1 labels"),
        (Row("mean loss", lw, lf, li),
         Row("mean gradient norm (logits)", g_written,
             _norm(fixed[1] if on_logits else _through_sigmoid(s, fixed[1])), _norm(g_intended)),
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
       "framework": "torch"},
      {"activation": "linear", "units": 10, "loss": "categorical", "expects": "probs",
       "framework": "jax"})
def logits_to_probability_loss(ctx: Context) -> Outcome:
    family = _family(ctx, "categorical")
    c = ctx.classes(1 if family == "binary" else 10)
    if family == "binary":
        z, t = _binary_inputs(ctx, c)
        intended, g_intended = _binary_entropy(z, t)
    else:
        z, y = ctx.logits(c), ctx.labels(c)
        t = _target(family, y, c)
        intended, g_intended = _cross_entropy(z, y)
    what = f"{c} linear unit(s)"
    if family not in ctx.api.on_probabilities:
        return _log_of_raw_outputs(ctx, family, what, z, t, intended, g_intended)
    setup = _setup(ctx, f"{what}, {family} loss, {ctx.n:,} samples, standard-normal raw outputs")
    try:
        written, fixed = _losses(ctx, what, (family, z, t, False), (family, z, t, True))
    except RuntimeError as error:  # torch's BCELoss refuses values outside [0, 1]
        (fixed,) = _losses(ctx, what, (family, z, t, True))
        lf, li = _means(fixed[0], intended)
        return Outcome(
            "XL102", setup, (Row("mean loss", None, lf, li),),
            f"the loss on the raw outputs raises RuntimeError: {error} (torch does not clip): "
            "the run stops at the first batch; the loss on logits gives the intended loss",
            _close(lf, li),
            {"loss_fixed": lf, "loss_intended": li},
        )
    if ctx.semantics == "tf":
        return _log_loss_on_raw_outputs(setup, written, fixed, intended)
    clipped = float(-np.log(DTYPE(EPSILON)))
    dead = float(np.mean(np.all(written[1].reshape(len(z), -1) == 0, axis=1)))
    at_max = float(np.mean(np.isclose(written[0], clipped, rtol=1e-5)))
    lw, lf, li = _means(written[0], fixed[0], intended)
    return Outcome(
        "XL102", setup,
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


def _log_loss_on_raw_outputs(setup: str, written: tuple, fixed: tuple,
                             intended: np.ndarray) -> Outcome:
    """TF1's ``log_loss`` on raw outputs: ``log(p + 1e-7)`` and ``log(1 - p + 1e-7)`` are NaN
    outside [0, 1], and it neither clips nor clamps."""
    nan = float(np.mean(np.isnan(written[0])))
    lw, lf, li = _means(written[0], fixed[0], intended)
    return Outcome(
        "XL102", setup,
        (Row("mean loss", lw, lf, li),
         Row("share of samples with a NaN loss", nan, float(np.mean(np.isnan(fixed[0]))), 0.0)),
        f"log_loss adds 1e-7 inside its logs and neither clips nor clamps: {nan:.1%} of the "
        "samples (every output outside [0, 1]) have a NaN loss, so the mean loss is NaN from the "
        "first batch; the loss on logits gives the intended loss",
        _close(lf, li),
        {"loss_written": lw, "loss_fixed": lf, "loss_intended": li, "nan_share": nan},
    )


def _log_of_raw_outputs(ctx: Context, family: str, what: str, z: np.ndarray, t: np.ndarray,
                        intended: np.ndarray, g_intended: np.ndarray) -> Outcome:
    """``-sum(y * log(p))`` written by hand on raw outputs: the framework has no such loss on
    probabilities (optax has none at all). The log of a negative output is NaN, and so is
    ``0 * log`` of it: one negative output anywhere in a row makes the row's loss NaN."""
    binary = family == "binary"
    y = samples.one_hot(t, z.shape[-1], DTYPE) if family == "sparse" else t
    with np.errstate(divide="ignore", invalid="ignore"):
        if binary:
            written = -np.mean(y * np.log(z) + (1 - y) * np.log(1 - z), axis=-1)
            grad = -(y / z - (1 - y) / (1 - z)) / DTYPE(z.shape[-1])
        else:
            written = -np.sum(y * np.log(z), axis=-1)
            grad = -y / z
    (fixed,) = _losses(ctx, what, (family, z, t, True))
    labelled = np.ones(z.shape, bool) if binary else y > 0  # the outputs a label pulls on

    def wrong_way(g: np.ndarray) -> float:
        return float(np.mean(np.sign(g[labelled]) == -np.sign(g_intended[labelled])))

    nan, wrong = float(np.mean(np.isnan(written))), wrong_way(grad)
    lw, lf, li = _means(written, fixed[0], intended)
    return Outcome(
        "XL102",
        _setup(ctx, f"{what}, hand-written -sum(y * log(p)), {ctx.n:,} samples, "
                    "standard-normal raw outputs"),
        (Row("mean loss", lw, lf, li),
         Row("share of samples with a NaN loss", nan, float(np.mean(np.isnan(fixed[0]))), 0.0),
         Row("share of labelled outputs pushed the wrong way", wrong, wrong_way(fixed[1]), 0.0)),
        f"the log of a raw output: {nan:.1%} of the samples have a NaN loss (the log of a "
        f"negative number is NaN, and 0·NaN too), so the mean loss is NaN from the first batch, "
        f"and the gradient, still finite, pushes {wrong:.1%} of the labelled outputs the wrong "
        f"way; {ctx.api.on_logits[family]} on the raw outputs gives the intended loss",
        _close(lf, li),
        {"loss_written": lw, "loss_fixed": lf, "loss_intended": li, "nan_share": nan,
         "wrong_way": wrong},
    )


@case("XL103", {"activation": "linear", "units": 10, "loss": "nll", "framework": "torch"},
      {"activation": "linear", "units": 10, "loss": "nll", "expects": "log-probs",
       "framework": "jax"})
def nll_without_log_softmax(ctx: Context) -> Outcome:
    """NLLLoss, or where the framework has none (optax), the same ``-out[range(N), y]`` written
    by hand, whose fix is the framework's loss on logits."""
    c, z, y = _class_inputs(ctx)
    on_logits = nll_loss(z, y, reduction="none")
    s = A.softmax(z)
    on_probs = nll_loss(s, y, reduction="none")
    what = f"{c} classes, {ctx.n:,} samples, standard-normal logits"
    if ctx.api.nll:
        fixed = nll_loss(A.log_softmax(z), y, reduction="none").value
        setup, fix = _reference_setup(ctx, f"{what}, {ctx.api.nll}"), ""
    else:
        (fixed_pair,) = _losses(ctx, f"{c} classes", ("sparse", z, y, True))
        fixed = fixed_pair[0]
        setup = _setup(ctx, f"{what}, hand-written -out[range(N), y]")
        fix = f"; {ctx.api.on_logits['sparse']} on the logits gives the intended loss"
    intended, _ = _cross_entropy(z, y)
    zero_share = float(np.mean(on_logits.grad == 0))
    sw, g_right = _confidently_wrong(c)
    g_wrong = _norm(_through_softmax(sw, nll_loss(sw, np.array([0]), reduction="sum").grad))
    lw, lp, lf, li = _means(on_logits.value, on_probs.value, fixed, intended)
    return Outcome(
        "XL103",
        setup,
        (Row("mean loss", lw, lf, li),
         Row("mean loss on softmax probabilities", lp, lf, li),
         Row("min loss on probabilities", float(on_probs.value.min())),
         Row("max loss on probabilities", float(on_probs.value.max())),
         Row("gradient norm, confidently wrong sample (probabilities)", g_wrong, g_right, g_right)),
        f"on logits the loss is -z_y, unbounded, and {zero_share:.0%} of the gradient entries "
        f"(every wrong class) are exactly 0; on probabilities it is -p_y, always negative "
        f"(from {on_probs.value.min():.3f} to {on_probs.value.max():.4f}), and a confidently "
        f"wrong sample gets a gradient of {g_wrong:.2g} instead of {g_right:.2f}{fix}",
        _close(lf, li),
        {"loss_probabilities_min": float(on_probs.value.min()),
         "loss_probabilities_max": float(on_probs.value.max()),
         "gradient_wrong_probabilities": g_wrong, "gradient_wrong_intended": g_right},
    )


@case("XL104", {"activation": "softmax", "suggestion": "log_softmax"},
      {"activation": "sigmoid", "units": 1, "loss": "binary", "expects": "probs",
       "framework": "torch"},
      {"activation": "sigmoid", "suggestion": "log_sigmoid", "framework": "jax"})
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
    if "binary" not in ctx.api.on_probabilities:  # optax: a binary loss on sigmoid() by hand
        return _handwritten_bce_on_sigmoid(ctx, float(gap), float(x_sig))
    if ctx.torch:
        return _torch_bce_on_sigmoid(ctx, float(gap), float(x_sig))
    x = np.array([[-20.0]], DTYPE)
    one = np.ones_like(x)
    # Keras clips sigmoid(-20) to 1e-7 (a zero gradient); TF1's log_loss adds 1e-7 to it
    semantics = "tf" if ctx.semantics == "tf" else "keras"
    stuck = binary_cross_entropy(A.sigmoid(x), one, semantics=semantics, reduction="none")
    fused = binary_cross_entropy_with_logits(x, one, semantics=semantics, reduction="none")
    g_stuck = abs(float(_through_sigmoid(A.sigmoid(x), stuck.grad)[0, 0]))
    name = "TF1's log_loss" if semantics == "tf" else "Keras's BCE"
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
        f"log(sigmoid(x)) is -inf from x = {x_sig:.1f}; {name} on sigmoid(-20) is stuck at "
        f"{float(stuck.value.ravel()[0]):.2f} with gradient {g_stuck:g} (fused: 20, -1)",
        _close(float(fused.value.ravel()[0]), 20.0),
        {"log_softmax_gap": float(gap), "log_sigmoid_x": float(x_sig),
         "bce_stuck_loss": float(stuck.value.ravel()[0]), "bce_stuck_gradient": g_stuck},
    )


def _float32_limits(gap: float, x_sig: float) -> tuple[float, tuple[Row, ...], str]:
    """Where the textbook compositions break in float32: the logit from which the sigmoid is
    exactly 1.0 (step 0.1), the rows that say it and the opening of the sentence."""
    xs = np.round(np.arange(0, 40, 0.1), 1).astype(DTYPE)
    x_one = float(xs[np.argmax(A.sigmoid(xs) == 1)])
    rows = (Row("log(softmax) first -inf at logit gap", round(gap, 1), None, None),
            Row("log(sigmoid(x)) first -inf at x", round(x_sig, 1), None, None),
            Row("sigmoid(x) rounds to 1.0 from x", x_one, None, None))
    text = (f"log(softmax) is -inf once two logits differ by {gap:.1f}, log(sigmoid(x)) from "
            f"x = {x_sig:.1f}; the float32 sigmoid is exactly 1.0 from x = {x_one:.1f}, where")
    return x_one, rows, text


def _handwritten_bce_on_sigmoid(ctx: Context, gap: float, x_sig: float) -> Outcome:
    """``-(y log s + (1 - y) log(1 - s))`` on ``s = sigmoid(x)`` written by hand (the framework
    has no binary loss on probabilities): where the float32 sigmoid is 1.0, ``log(1 - s)`` is
    -inf, and the gradient that autodiff takes through it, ``inf * s (1 - s) = inf * 0``, NaN."""
    x_one, limits, opening = _float32_limits(gap, x_sig)
    z, t = np.array([17.0], DTYPE), np.array([0.0], DTYPE)
    s = A.sigmoid(z)
    with np.errstate(divide="ignore", invalid="ignore"):
        loss = float(-(t * np.log(s) + (1 - t) * np.log(1 - s))[0])
        grad = float((-(t / s - (1 - t) / (1 - s)) * (s * (1 - s)))[0])  # the chain rule
    fused = binary_cross_entropy_with_logits(z, t, semantics=ctx.semantics, reduction="none")
    f0, fg0 = float(fused.value[0]), float(fused.grad[0])
    name = ctx.api.on_logits["binary"]
    return Outcome(
        "XL104",
        _reference_setup(ctx, f"one logit; a hand-written binary cross-entropy on sigmoid(x) "
                              f"against {name} on x"),
        (*limits,
         Row("hand-written BCE(sigmoid(17), 0): loss", loss, f0, f0),
         Row("hand-written BCE(sigmoid(17), 0): gradient", grad, fg0, fg0)),
        f"{opening} a hand-written binary cross-entropy on a label 0 is {loss:g} with a {grad:g} gradient "
        f"({name}: {f0:g}, {fg0:g}): one such sample makes the whole update {grad:g}",
        _close(f0, 17.0),
        {"log_softmax_gap": gap, "log_sigmoid_x": x_sig, "sigmoid_one_x": x_one,
         "bce_loss": loss, "bce_gradient": grad},
    )


def _torch_bce_on_sigmoid(ctx: Context, gap: float, x_sig: float) -> Outcome:
    """``BCELoss(sigmoid(x))``: the float32 sigmoid rounds to 1.0, where BCELoss clamps the log at
    -100 and its gradient is 0; below, the gradient fades before the loss saturates."""
    x_one, limits, opening = _float32_limits(gap, x_sig)

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
        (*limits,
         Row("BCELoss(sigmoid(17), 0): loss", l0, f0, f0),
         Row("BCELoss(sigmoid(17), 0): gradient", g0, fg0, fg0),
         Row("BCELoss(sigmoid(-30), 1): gradient", g1, fg1, fg1)),
        f"{opening} BCELoss on a label 0 is stuck at {l0:g} (its clamp of -log(0)) with gradient {abs(g0):g} "
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


