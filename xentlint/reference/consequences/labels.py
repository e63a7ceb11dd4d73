"""XL3xx: labels against the encoding the loss expects (class indices into a categorical
loss, one-hot rows into an index loss, (N,) labels against (N, 1) outputs, multi-hot rows into
an exclusive loss)."""

from __future__ import annotations

import math

import numpy as np

from .. import activations as A
from .. import samples
from ..binary import binary_cross_entropy, binary_cross_entropy_with_logits
from ..categorical import categorical_cross_entropy
from .common import (
    DTYPE,
    Context,
    Outcome,
    Row,
    _binary_entropy,
    _class_inputs,
    _close,
    _cross_entropy,
    _k_hot,
    _losses,
    _means,
    _optimise,
    _semantics,
    _setup,
    case,
)


@case("XL301", {"activation": "softmax", "units": 10, "loss": "categorical", "labels": "index",
                "n_classes": 10, "label_rank": 2})
def index_labels_to_categorical_loss(ctx: Context) -> Outcome:
    c, z, y = _class_inputs(ctx)
    p = A.softmax(z)
    # the hand-written / optax computation that does not fail: (N, 1) labels broadcast
    broadcast = -np.sum(y[:, None].astype(DTYPE) * np.log(p), axis=-1)
    fixed, fixed_onehot = _losses(ctx, f"{c} classes", ("sparse", p, y, False),
                                  ("categorical", p, samples.one_hot(y, c, DTYPE), False))
    intended, _ = _cross_entropy(z, y)
    lb, lf, lo, li = _means(broadcast, fixed[0], fixed_onehot[0], intended)
    return Outcome(
        "XL301",
        _setup(ctx, f"{c} classes, {ctx.n:,} samples, standard-normal logits, (N, 1) index "
                    "labels"),
        (Row("mean loss (hand-written -sum(y*log p), broadcast)", lb, lf, li),
         Row("mean loss (categorical on to_categorical(y))", None, lo, li)),
        "Keras raises a shape ValueError on the first batch; a hand-written or optax loss "
        f"broadcasts (N, 1) labels and trains on {lb:.2f} instead of {li:.2f}; the sparse loss "
        "(or to_categorical) gives the intended loss",
        _close(lf, li) and _close(lo, li),
        {"loss_broadcast": lb, "loss_fixed": lf, "loss_intended": li},
    )


@case("XL302", {"activation": "softmax", "units": 10, "loss": "sparse", "labels": "onehot",
                "n_classes": 10})
def onehot_labels_to_index_loss(ctx: Context) -> Outcome:
    c, z, y = _class_inputs(ctx)
    t = samples.one_hot(y, c, DTYPE)
    fixed, other = _losses(ctx, f"{c} classes", ("sparse", z, t.argmax(axis=1), True),
                           ("categorical", z, t, True))
    torch_float = categorical_cross_entropy(z, t, semantics="torch")
    intended, _ = _cross_entropy(z, y)
    lf, lo, li = _means(fixed[0], other[0], intended)
    return Outcome(
        "XL302",
        _setup(ctx, f"{c} classes, {ctx.n:,} samples, standard-normal logits, one-hot labels"),
        (Row("mean loss (sparse loss on argmax(labels))", None, lf, li),
         Row("mean loss (categorical loss on the one-hot labels)", None, lo, li),
         Row("torch CrossEntropyLoss on float one-hot (probability mode)",
             float(torch_float.value), None, li)),
        "Keras's sparse loss and torch's NLLLoss raise on (N, C) targets; both fixes "
        f"(argmax the labels, or a categorical loss) give the intended {li:.4f}",
        _close(lf, li) and _close(lo, li),
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
    c, y = _k_hot(ctx, k)

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


