"""XL4: decoding and metrics vs the task."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..facts import EXCLUSIVE_FAMILIES, Facts, Head, Loss, Metric
from ..findings import Finding
from . import Link, Reporter, check, fixers, pairings, refit, training_of


@check("XL401")
def argmax_on_multilabel(facts: Facts, r: Reporter) -> Iterator[Finding]:
    trained_with = training_of(facts)
    # Outputs also trained with a loss for exclusive classes (a flag chooses the loss): argmax
    # may be what that branch decodes.
    exclusive = {p.head.evidence.node for p in facts.pairings
                 if p.head is not None and p.loss.family in EXCLUSIVE_FAMILIES}
    # Outputs whose labels are also all decoded, by a threshold: an argmax next to that is the
    # top label shown on purpose (``probs.max(-1)`` for display).
    thresholded = {d.trained_head.evidence.node for d in facts.decodings
                   if d.op == "threshold" and d.whole}
    for d in facts.decodings:
        head, (loss, labels) = d.head, trained_with(d)
        if d.op != "argmax" or not d.whole or loss is None or loss.family != "binary":
            continue
        if d.trained_head.evidence.node in exclusive | thresholded:
            continue
        multi_hot = labels is not None and labels.encoding == "multihot"
        # (two units on labels not known are mostly two exclusive classes one-hot encoded,
        # the binary problem written as two columns: multi-label from three)
        if not (head.units is not None and head.units >= 3 or multi_hot):
            continue
        if not (head.kind == "independent" or head.kind == "not-probs" and loss.expects == "logits"):
            continue
        if labels is not None and labels.encoding in ("index", "onehot"):
            continue
        trained = (f"{r.head(head)} and is trained with {r.loss(loss)}"
                   if head.model and not head.inline
                   else f"{r.where(head.evidence)}, of a model trained with {r.loss(loss)}")
        yield r.finding(
            "XL401", d.evidence.node,
            f"{r.quote(d.evidence)} decodes a multi-label model by argmax ({trained}): every "
            f"label but the top one is thrown away",
            [Link(head.evidence.node, "independent outputs"),
             Link(loss.evidence.node, "multi-label loss")],
            subject=d,
            fix="Threshold each output (`probs > 0.5`, `logits > 0`) to get every predicted "
                "label",
            **fixers.as_args(refit.threshold_decoder(
                r, d.evidence.node, probabilities=head.kind == "independent")))


@check("XL402")
def threshold_on_softmax(facts: Facts, r: Reporter) -> Iterator[Finding]:
    trained_with = training_of(facts)
    for d in facts.decodings:
        head = d.head
        if d.op not in ("threshold", "round") or head.kind != "exclusive" or not d.whole:
            continue
        if d.model_head is None and trained_with(d)[0] is None:
            continue  # a softmax in a graph that no loss trains: attention weights, not classes
        if d.op == "threshold" and (d.threshold is None or not 0 < d.threshold <= 0.5):
            # `probs > 0.9` filters confident predictions; 0.5 is the label decision (and one
            # below, from multi-label code, gives several); `p < 0` is no decision of classes
            continue
        if head.units is None or head.units <= 2:
            continue
        loss = trained_with(d)[0]
        if loss is not None and loss.family == "binary":
            continue  # trained for independent labels: the softmax is the mistake (XL201)
        outcome = ("no class at all (no probability above 0.5)" if d.op == "round"
                   or d.threshold == 0.5 else "several classes, or none")
        yield r.finding(
            "XL402", d.evidence.node,
            f"{r.quote(d.evidence)} thresholds {r.output(head)}, {_a(head.units)}-class "
            f"softmax: a sample can get {outcome}",
            [Link(head.evidence.node, "exclusive classes")],
            subject=d,
            fix="Decode exclusive classes with `argmax` over the class axis",
            **fixers.as_args(refit.argmax_decoder(
                r, d.evidence.node, head, loss.spec.framework if loss is not None else None)))


def _trained_on_logits(r: Reporter, head: Head, loss: Loss) -> str:
    """"`model` ends in ... and is trained on logits by ...", or, for scores not from a named
    model, "`x @ W` (line 3) gives raw scores, trained as logits by ..."."""
    if head.model and not head.inline:
        return f"{r.head(head)} and is trained on logits by {r.loss(loss)}"
    return f"{r.where(head.evidence)} gives raw scores, trained as logits by {r.loss(loss)}"


def _a(number: int) -> str:
    """``a 10``, ``an 8``, ``an 11``: the article as the number is read aloud."""
    spoken_with_vowel = str(number).startswith("8") or str(number) in ("11", "18")
    return f"{'an' if spoken_with_vowel else 'a'} {number}"


_PROBABILITY_METRICS = {
    "binary_crossentropy": "computes cross-entropy as if the outputs were probabilities",
    "categorical_crossentropy": "computes cross-entropy as if the outputs were probabilities",
    "sparse_categorical_crossentropy": "computes cross-entropy as if the outputs were probabilities",
    "auc": "sweeps thresholds over [0, 1], but logits are unbounded",
    "log_loss": "clips the outputs into (0, 1) as if they were probabilities",
    "brier_score": "takes probabilities and raises on anything outside [0, 1]",
}
# (each thresholds a probability at 0.5 unless told otherwise)
_THRESHOLD_METRICS = ("binary_accuracy", "precision", "recall", "true_positives",
                      "false_positives", "true_negatives", "false_negatives")
_ONE_THRESHOLD = ("accuracy", "binary_accuracy")  # (BinaryAccuracy's keyword: `threshold=`)


def _metric_problem(metric: Metric, head: Head) -> str | None:
    """What goes wrong when ``metric`` reads the logits of ``head`` (None: nothing)."""
    if metric.name == "accuracy" and head.units == 1:
        return "resolves to binary accuracy, which thresholds the logits at 0.5 instead of 0"
    if metric.name in _THRESHOLD_METRICS and metric.threshold not in (None, 0.0):
        return f"thresholds the logits at {metric.threshold:g} instead of 0"
    if metric.name in _PROBABILITY_METRICS and metric.from_logits is not True:
        return _PROBABILITY_METRICS[metric.name]
    return None


def _metric_fix(r: Reporter, metric: Metric) -> dict[str, Any]:
    if not metric.options:
        return {"fix": "Give the metric probabilities (a sigmoid of the logits)"}
    option, value = ("from_logits", "True") if metric.name in _PROBABILITY_METRICS \
        else ("threshold" if metric.name in _ONE_THRESHOLD else "thresholds", "0.0")
    return {"fix": "Use the metric's `from_logits=True` / `threshold=0.0`, or a sigmoid before it",
            **fixers.as_args(fixers.metric_on_logits(r, metric.evidence.node, option, value))}


@check("XL403")
def probability_metric_on_logits(facts: Facts, r: Reporter) -> Iterator[Finding]:
    for t in pairings(facts):
        head, loss = t.head, t.loss
        if head is None or head.kind != "not-probs" or loss.expects != "logits":
            continue
        for metric in t.metrics:
            problem = _metric_problem(metric, head)
            if problem is None:
                continue
            yield r.finding(
                "XL403", metric.evidence.node,
                f"`{r.text(metric.evidence)}` {problem}: {_trained_on_logits(r, head, loss)}",
                [Link(head.evidence.node, "logits output"), Link(loss.evidence.node, "trained on logits")],
                subject=t, **_metric_fix(r, metric))
    trained_with = training_of(facts)
    for d in facts.decodings:
        head, (trained_loss, _) = d.head, trained_with(d)
        if head.kind != "not-probs" or trained_loss is None or trained_loss.expects != "logits":
            continue
        if d.op == "metric" and d.metric is not None:
            problem = _metric_problem(d.metric, head)
            if problem is not None:
                given = ("computes its metric on logits" if d.metric.evidence.node is d.evidence.node
                         else f"gives {r.where(d.metric.evidence)} logits")
                yield r.finding(
                    "XL403", d.evidence.node,
                    f"{r.quote(d.evidence)} {given}: "
                    f"{_trained_on_logits(r, head, trained_loss)}; the metric {problem}",
                    [Link(d.metric.evidence.node, "metric expects probabilities"),
                     Link(head.evidence.node, "logits output"),
                     Link(trained_loss.evidence.node, "trained on logits")],
                    subject=d, **_metric_fix(r, d.metric))
            continue
        if d.op == "threshold" and d.threshold in (None, 0.0):
            continue
        if d.op not in ("threshold", "round"):
            continue
        yield r.finding(
            "XL403", d.evidence.node,
            f"{r.quote(d.evidence)} applies a probability threshold to logits: "
            f"{_trained_on_logits(r, head, trained_loss)}, so the decision boundary is 0",
            [Link(head.evidence.node, "logits output"),
             Link(trained_loss.evidence.node, "trained on logits")],
            subject=d,
            fix="Compare the logits with 0, or apply sigmoid first",
            **fixers.as_args(fixers.logit_threshold(r, d.evidence.node, d.threshold)))
