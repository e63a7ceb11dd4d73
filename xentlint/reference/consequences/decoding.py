"""XL4xx: decoding and metrics (argmax on multi-label outputs, a 0.5 threshold on a softmax,
probability metrics and decoders on logits)."""

from __future__ import annotations

import numpy as np

from .. import activations as A
from .. import samples
from ..binary import binary_cross_entropy, binary_cross_entropy_with_logits
from ..common import EPSILON
from .common import DTYPE, Context, Outcome, Row, _k_hot, _reference_setup, case


@case("XL401", {"activation": "sigmoid", "units": 10, "loss": "binary", "labels": "multihot",
                "op": "argmax"})
def argmax_on_multilabel(ctx: Context, k: int = 3) -> Outcome:
    c, t = _k_hot(ctx, k)
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
    if not ctx.api.metrics:  # torch, optax: a decoder, `logits > 0.5`, on a logits-loss model
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


