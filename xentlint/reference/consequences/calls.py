"""XL5xx: how the loss is called (prediction and target swapped, an option passed by
position)."""

from __future__ import annotations

import numpy as np

from .. import activations as A
from .. import samples
from ..binary import binary_cross_entropy, binary_cross_entropy_with_logits
from ..common import EPSILON
from .common import (
    DTYPE, Context, Outcome, Row, _binary_entropy, _binary_inputs, _class_inputs, _close,
    _confidently_wrong, _cross_entropy, _family, _losses, _means, _norm, _setup, _through_softmax,
    case,
)

#: What a swapped call of an index loss does, by semantics: it never computes a value.
_SWAPPED_INDEX = {
    "torch": ("class-index labels",
              "with class-index labels the swapped CrossEntropyLoss raises NotImplementedError on "
              "the integer labels (torch 2.13): no value to compare"),
    "keras": ("index labels",
              "with index labels the swapped call fails on shapes (Keras casts the outputs to "
              "class indices): no value to compare"),
    "optax": ("class-index labels",
              "with class-index labels the swapped softmax_cross_entropy_with_integer_labels "
              "raises TypeError on the integer labels (optax 0.2.8: `Expected the input to have "
              "a dtype that is a subdtype of <class 'numpy.floating'>`): no value to compare"),
    "tf": ("class-index labels",
           "with class-index labels the swapped tf.nn.sparse_softmax_cross_entropy_with_logits "
           "raises ValueError on their shapes (TF 2.21: `labels.shape.rank` must equal "
           "`logits.shape.rank - 1`): no value to compare"),
}


@case("XL501", {"activation": "softmax", "units": 10, "loss": "categorical", "from_logits": False},
      {"loss": "binary", "expects": "logits", "framework": "torch"},
      {"activation": "linear", "units": 10, "loss": "categorical", "expects": "logits",
       "framework": "jax"})
def swapped_loss_arguments(ctx: Context) -> Outcome:
    family = _family(ctx, "categorical")
    if family == "sparse":
        setup, meaning = _SWAPPED_INDEX[ctx.semantics]
        return Outcome("XL501", setup, meaning=meaning)
    if family == "binary":
        return _swapped_binary(ctx)
    if "categorical" not in ctx.api.on_probabilities:
        return _swapped_categorical_logits(ctx)
    c, z, y = _class_inputs(ctx)
    p = A.softmax(z)
    t = samples.one_hot(y, c, DTYPE)
    # swapped: the labels are the prediction, the probabilities the target
    clipped = -np.log(np.clip(t / t.sum(axis=1, keepdims=True), DTYPE(EPSILON), DTYPE(1 - EPSILON)))
    swapped = np.sum(p * clipped, axis=1)
    (fixed,) = _losses(ctx, f"{c} classes", ("categorical", p, t, False))
    intended, _ = _cross_entropy(z, y)
    sw, g_right = _confidently_wrong(c)
    # the swapped loss is linear in p: d/dp = -log(clip(onehot)), then through the softmax
    k = -np.log(np.clip(samples.one_hot(np.array([0]), c, DTYPE), DTYPE(EPSILON),
                        DTYPE(1 - EPSILON)))
    g_swapped = _norm(_through_softmax(sw, k))
    ls, lf, li = _means(swapped, fixed[0], intended)
    return Outcome(
        "XL501",
        _setup(ctx, f"{c} classes, {ctx.n:,} samples, softmax of standard-normal logits, "
                    "one-hot labels"),
        (Row("mean loss", ls, lf, li),
         Row("gradient norm, confidently wrong sample", g_swapped, g_right, g_right)),
        f"swapped, the loss is {ls:.2f} (= {float(clipped.max()):.3f}·"
        f"(1 - p_y)) where it should be {li:.2f}, and a confidently wrong sample gets a gradient "
        f"of {g_swapped:.3g} instead of {g_right:.3f}, {g_right / g_swapped:,.0f}x smaller",
        _close(lf, li),
        {"loss_swapped": ls, "loss_intended": li,
         "gradient_wrong_swapped": g_swapped, "gradient_wrong_intended": g_right},
    )


def _swapped_categorical_logits(ctx: Context) -> Outcome:
    """``loss(labels, logits)`` swapped on a categorical loss on logits (optax's
    softmax_cross_entropy, torch's CrossEntropyLoss on probability rows): the one-hot labels are
    read as logits, the model's logits as the target weights, so the loss is linear in them,
    ``-sum(z * log_softmax(onehot))``, unbounded below, with the same gradient for every sample."""
    c, z, y = _class_inputs(ctx)
    t = samples.one_hot(y, c, DTYPE)
    swapped, fixed = _losses(ctx, f"{c} classes", ("categorical", t, z, True),
                             ("categorical", z, t, True))
    intended, _ = _cross_entropy(z, y)
    weights = -A.log_softmax(t[:1])[0]  # d loss / d z: the same for every sample of a class
    w_true, w_other = float(weights[y[0]]), float(np.max(np.delete(weights, y[0])))
    _, g_right = _confidently_wrong(c)
    right = np.zeros((1, c), DTYPE)
    right[0, 0] = 10
    g_sure = _norm(_cross_entropy(right, np.array([0]))[1])
    g_swapped = _norm(weights[None, :])
    negative = float(np.mean(swapped[0] < 0))
    ls, lf, li = _means(swapped[0], fixed[0], intended)
    name = ctx.api.on_logits["categorical"]
    return Outcome(
        "XL501",
        _setup(ctx, f"{name}(labels, logits) swapped, {c} classes, {ctx.n:,} samples, "
                    "standard-normal logits, one-hot labels"),
        (Row("mean loss", ls, lf, li),
         Row("share of samples with a negative loss", negative, float(np.mean(fixed[0] < 0)),
             0.0),
         Row("gradient norm, confidently wrong sample", g_swapped, g_right, g_right),
         Row("gradient norm, confidently right sample", g_swapped, g_sure, g_sure)),
        f"swapped, the loss is linear in the outputs (weights {w_true:.4f} on the true class, "
        f"{w_other:.4f} on the others): it reads {ls:.2f} where it "
        f"should be {li:.2f}, is negative for {negative:.1%} of the samples and unbounded below, "
        f"and every sample gets the same gradient (norm {g_swapped:.3f}), confidently wrong "
        f"({g_right:.3f} intended) or right ({g_sure:.2g})",
        _close(lf, li),
        {"loss_swapped": ls, "loss_intended": li, "negative_share": negative,
         "gradient_swapped": g_swapped, "gradient_wrong_intended": g_right,
         "gradient_right_intended": g_sure},
    )


def _swapped_binary(ctx: Context) -> Outcome:
    """``loss(outputs, targets)`` swapped on a binary loss: the labels are the prediction, the
    outputs the target, and the loss is linear in the outputs."""
    logits = (ctx.facts.get("expects") == "logits" or ctx.facts.get("from_logits") is True
              or "binary" not in ctx.api.on_probabilities)
    z, y = _binary_inputs(ctx, 1)
    out = z if logits else A.sigmoid(z)
    swapped, fixed = _losses(ctx, "1 unit", ("binary", y, out, logits), ("binary", out, y, logits))
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
    ls, lf, li = _means(swapped[0], fixed[0], intended)
    api = "BinaryCrossentropy" if ctx.semantics == "keras" else (  # Keras's class, either way
        ctx.api.on_logits["binary"] if logits else ctx.api.on_probabilities["binary"])
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
