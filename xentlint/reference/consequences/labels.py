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
                "n_classes": 10, "label_rank": 2},
      {"activation": "linear", "units": 10, "loss": "categorical", "expects": "logits",
       "labels": "index", "n_classes": 10, "label_rank": 2, "framework": "jax"})
def index_labels_to_categorical_loss(ctx: Context) -> Outcome:
    if "categorical" in ctx.api.broadcasts:
        return _broadcast_index_labels(ctx)
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


def _broadcast_index_labels(ctx: Context) -> Outcome:
    """Class indices to a one-hot loss that broadcasts them (optax's softmax_cross_entropy
    multiplies labels and log-probabilities): (N, 1) labels weight each sample's summed
    ``-log p`` over every class by its label; (N,) labels with N == C weight each sample's
    classes by the whole batch's labels; other shapes raise."""
    c, z, y = _class_inputs(ctx)
    batches = ctx.n // c
    square = z[:batches * c].reshape(batches, c, c)  # batches of N == C samples
    labels = y[:batches * c].reshape(batches, 1, c)
    if ctx.semantics == "tf":  # TensorFlow broadcasts 2-D labels only: one batch at a time
        parts = _losses(ctx, f"{c} classes", *(("categorical", b, t, True)
                                                 for b, t in zip(square, labels)))
        rows = np.concatenate([part[0] for part in parts])
    else:
        ((rows, _),) = _losses(ctx, f"{c} classes", ("categorical", square, labels, True))
    column, fixed, onehot, uniform = _losses(
        ctx, f"{c} classes",
        ("categorical", z, y[:, None], True),
        ("sparse", z, y, True),
        ("categorical", z, samples.one_hot(y, c, DTYPE), True),
        ("categorical", np.zeros_like(z), y[:, None], True))
    intended, _ = _cross_entropy(z, y)
    lc, lr, lf, lo, li, floor = _means(column[0], rows, fixed[0], onehot[0], intended,
                                       uniform[0])
    zero = float(np.mean(column[0] == 0))
    name = ctx.api.on_logits["categorical"]
    return Outcome(
        "XL301",
        _setup(ctx, f"{c} classes, {ctx.n:,} samples, standard-normal logits, integer labels to "
                    f"{name}: (N, 1), and (N,) in batches of N == C = {c}"),
        (Row("mean loss ((N, 1) labels, broadcast)", lc, lf, li),
         Row("mean loss ((N,) labels, N == C, broadcast)", lr, lf, li),
         Row("mean loss (on one_hot(labels))", None, lo, li),
         Row("mean loss of the uniform prediction ((N, 1) labels)", floor, None, None),
         Row("share of samples with a zero loss ((N, 1) labels)", zero,
             float(np.mean(fixed[0] == 0)), 0.0)),
        f"{name} broadcasts integer labels against the logits without a word: (N, 1) labels "
        f"train on {lc:.2f} instead of {li:.2f} (each sample's -log p summed over every class, "
        f"times its label: the uniform prediction is the minimum, {floor:.2f}, and the "
        f"{zero:.1%} of samples of class 0 count nothing), (N,) labels in a batch of N == C on "
        f"{lr:.2f}; other shapes raise; {ctx.api.on_logits['sparse']} (or one_hot(labels)) "
        "gives the intended loss",
        _close(lf, li) and _close(lo, li),
        {"loss_column": lc, "loss_square": lr, "loss_fixed": lf, "loss_onehot": lo,
         "loss_intended": li, "loss_uniform": floor, "zero_loss": zero},
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


#: What (N, 1) class indices do to a class-index loss, by semantics.
_INDEX_COLUMN = {
    "torch": "torch raises on the first batch, Keras squeezes them",
    "optax": "optax raises a ValueError (take_along_axis: indices and arr must have the same "
             "number of dimensions)",
    "tf": "tf.nn.sparse_softmax_cross_entropy_with_logits raises a ValueError (the labels' rank "
          "must be the logits' rank - 1), TF1's tf.losses.sparse_softmax_cross_entropy squeezes "
          "them",
}


@case("XL303", {"activation": "sigmoid", "units": 1, "loss": "binary", "label_rank": 1},
      {"activation": "linear", "units": 1, "loss": "binary", "expects": "logits",
       "label_rank": 1, "framework": "jax"})
def label_shape(ctx: Context) -> Outcome:
    if ctx.facts.get("loss") in ("sparse", "cross_entropy", "nll"):
        raises = _INDEX_COLUMN.get(ctx.semantics, _INDEX_COLUMN["torch"])
        return Outcome("XL303", "", meaning="(N, 1) class indices against a class-index loss: "
                       f"{raises}; the fix is a reshape of the labels, with no broadcast value "
                       "to compare")
    if "binary" in ctx.api.broadcasts:
        return _broadcast_binary_labels(ctx)
    n = 8
    if ctx.semantics == "tf":  # TensorFlow raises on the first batch: verify says so
        ctx.loss("binary", samples.logits((n, 1), DTYPE, seed=ctx.seed),
                 samples.binary_labels((n,), DTYPE, seed=ctx.seed + 1), True)
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


def _broadcast_binary_labels(ctx: Context, n: int = 1000) -> Outcome:
    """(N, 1) logits against (N,) labels in a binary loss that broadcasts them (optax): an
    (N, N) loss, every output against every label, through the framework's loss."""
    z = samples.logits((n, 1), DTYPE, seed=ctx.seed)
    y = samples.binary_labels((n,), DTYPE, seed=ctx.seed + 1)
    base = float(np.mean(y))
    perfect = ((2 * y[:, None] - 1) * 20).astype(DTYPE)  # each output sure of its own label
    rate = np.full_like(z, math.log(base / (1 - base)))  # every output at the positive rate
    written, fixed, perfect_written, perfect_fixed, at_rate = _losses(
        ctx, "1 unit", ("binary", z, y, True), ("binary", z, y[:, None], True),
        ("binary", perfect, y, True), ("binary", perfect, y[:, None], True),
        ("binary", rate, y, True))
    intended, g_intended = _binary_entropy(z, y[:, None])

    def away(g: np.ndarray) -> float:
        """The share of samples whose gradient pushes the output away from its own label."""
        return float(np.mean(np.sign(g) == -np.sign(g_intended)))

    wrong = away(written[1])
    lw, lf, li, pw, pf, lowest = _means(written[0], fixed[0], intended, perfect_written[0],
                                        perfect_fixed[0], at_rate[0])
    return Outcome(
        "XL303",
        _setup(ctx, f"{n:,} samples, one logit each (standard normal), (N,) labels against "
                    f"(N, 1) outputs, {ctx.api.on_logits['binary']}"),
        (Row("mean loss", lw, lf, li),
         Row("loss of a perfect model (logits +-20)", pw, pf, 0.0),
         Row("loss with every output at the positive rate", lowest, None, None),
         Row("share of samples pushed away from their label", wrong, away(fixed[1]), 0.0)),
        f"the loss broadcasts to (N, N) without a word, every output against every label: a "
        f"perfect model scores {pw:.2f}, and the lowest loss, {lowest:.4f}, is predicting the "
        f"positive rate {base:.3f} for every sample; the gradient pulls every output there, "
        f"away from its own label for {wrong:.1%} of the samples",
        _close(lf, li, 1e-4),
        {"loss_broadcast": lw, "loss_fixed": lf, "loss_intended": li, "perfect_broadcast": pw,
         "perfect_fixed": pf, "loss_at_positive_rate": lowest, "pushed_away": wrong,
         "positive_rate": base},
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
        f"{ctx.api.loss('categorical')}, float64, "
        f"{_semantics(ctx)}",
        (Row("best output on a true label", float(s[0, :k].max()), 1.0, 1.0),
         Row("loss floor", floor, None, 0.0),
         Row("outputs above 0.5", float(np.sum(s > 0.5)), float(k), float(k))),
        f"the optimum puts {s[0, :k].max():.4f} on each true label and the loss cannot go below "
        f"{floor:.3f} ({k}·ln {k} = {k * math.log(k):.3f}); a 0.5 threshold selects none",
        None,
        {"best_output": float(s[0, :k].max()), "floor": floor},
    )


