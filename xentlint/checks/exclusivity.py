"""XL2: mutually exclusive classes vs independent labels."""

from __future__ import annotations

from collections.abc import Iterator

import libcst as cst

from ..facts import INDEX_FAMILIES, Facts, Head, LegacySpelling, Metric, Pairing
from ..findings import Finding
from . import Link, Reporter, check, fixers, head_place, pairings, refit, training_of


# (why a softmax fails independent labels: the one explanation of XL201)
_COMPETING = ("softmax makes the labels compete, so k positives can each reach at most 1/k and "
              "never pass the 0.5 threshold")


@check("XL201")
def softmax_with_binary_loss(facts: Facts, r: Reporter) -> Iterator[Finding]:
    reported: set[cst.CSTNode] = set()
    for t in pairings(facts, handwritten=True):
        head, labels = t.head, t.labels
        if (head is None or head.kind != "exclusive" or t.loss.family != "binary"
                or labels is None or labels.encoding != "multihot" or head.units == 1):
            continue
        reported.add(head.evidence.node)
        edits, applicability = fixers.swap_activation(r, head, "sigmoid")
        yield r.finding(
            "XL201", head.evidence.node,
            f"{r.head(head)} but is trained with {r.loss(t.loss)} on multi-label targets "
            f"({r.labels(labels)}): {_COMPETING}",
            [Link(t.loss.evidence.node, "binary loss: independent labels"),
             Link(labels.evidence.node, "multi-hot targets") if labels.evidence else None,
             Link(t.site.node, "paired here")],
            subject=t,
            fix="Use `activation='sigmoid'` for independent labels", edits=edits,
            applicability=applicability)
    yield from _thresholded_as_independent(facts, r, reported)


def _thresholded_as_independent(facts: Facts, r: Reporter, reported: set[cst.CSTNode]
                                ) -> Iterator[Finding]:
    """Labels not known, but the softmax head trained with a binary loss is decoded by a
    threshold on each output (and never by argmax): multi-label intent, which the softmax
    defeats (with one-hot labels the threshold would be XL402's, which a binary loss leaves
    to this rule)."""
    trained_with = training_of(facts)
    argmaxed = {d.trained_head.evidence.node for d in facts.decodings if d.op == "argmax"}
    for d in facts.decodings:
        head = d.trained_head
        # (a threshold for each class is multi-label decoding whatever the numbers)
        decides_labels = d.per_class or d.threshold is not None and 0 < d.threshold <= 0.5
        if (d.op != "threshold" or not d.whole or head.kind != "exclusive" or head.units is None
                or head.units <= 2 or not decides_labels
                or head.evidence.node in reported | argmaxed):
            continue
        loss, labels = trained_with(d)
        if loss is None or loss.family != "binary" or labels is not None and labels.encoding in (
                "onehot", "index", "binary", "multihot"):
            continue
        reported.add(head.evidence.node)
        edits, applicability = fixers.swap_activation(r, head, "sigmoid")
        yield r.finding(
            "XL201", head.evidence.node,
            f"{r.head(head)} but is trained with {r.loss(loss)} and decoded by a threshold on "
            f"each output ({r.quote(d.evidence)}, {r.place(d.evidence.node)}), as independent "
            f"labels: {_COMPETING}",
            [Link(loss.evidence.node, "binary loss: independent labels"),
             Link(d.evidence.node, "each output thresholded")],
            subject=d,
            fix="Use `activation='sigmoid'` for independent labels (or, for one class per "
                "sample, categorical cross-entropy and argmax)", edits=edits,
            applicability=applicability)


@check("XL202")
def sigmoid_with_categorical_loss(facts: Facts, r: Reporter) -> Iterator[Finding]:
    for t in pairings(facts, handwritten=True):
        head, loss = t.head, t.loss
        # (a width not known here is wrong all the same: one unit is XL204's constant loss)
        if head is None or (head.units is not None and head.units < 2) or not loss.exclusive:
            continue
        if (loss.spec.handwritten and loss.family != "nll"
                and (t.labels is None or t.labels.encoding != "onehot")):
            continue  # `y * log(p)` on multi-hot labels is half of a binary cross-entropy
        independent_probs = head.kind == "independent" and loss.expects == "probs"
        independent_log_probs = head.activation == "log_sigmoid" and loss.expects == "log-probs"
        if not (independent_probs or independent_log_probs):
            continue
        # (a width not known may be one: softmax there is XL203's constant output)
        edits, applicability = fixers.swap_activation(r, head, "softmax") \
            if independent_probs and head.units is not None else fixers.NONE
        yield r.finding(
            "XL202", head_place(facts, t),
            f"{r.head(head)}: {f'{head.units} ' if head.units else ''}independent probabilities, "
            f"but {r.loss(loss)} "
            f"treats them as one distribution over exclusive classes: {loss.spec.unnormalised}",
            [Link(head.evidence.node, "sigmoid: independent probabilities"),
             Link(t.site.node, "paired here")],
            subject=t,
            fix="Use softmax (log_softmax) for exclusive classes, or a binary cross-entropy for "
                "multi-label targets", edits=edits, applicability=applicability)


@check("XL203")
def single_unit_softmax(facts: Facts, r: Reporter) -> Iterator[Finding]:
    heads = [site.head for site in facts.activations if site.head.axis == -1]
    # Axis 1 (or an implicit axis) is the class axis of an (N, C) output, but also the time
    # axis of attention scores (N, T, 1): only a head that is trained counts there.
    heads += [t.head for t in pairings(facts) if t.head is not None and t.head.axis in (1, None)]
    # (a head in another module is reported where this one trains it)
    trained_at = {t.head.evidence.node: t.site.node for t in pairings(facts) if t.head}
    for head in heads:
        if head.activation == "softmax" and head.units == 1:
            edits, applicability = fixers.swap_activation(r, head, "sigmoid")
            elsewhere = not r.places.is_local(head.evidence.node)
            site = trained_at.get(head.evidence.node) if elsewhere else None
            yield r.finding(
                "XL203", head.evidence.node,
                f"{r.where(head.evidence) if elsewhere else f'`{r.text(head.evidence)}`'} takes "
                f"softmax over a single unit: the output is always 1.0 whatever the input, and a "
                f"loss computed on it has no gradient",
                [Link(site, "trained here")] if site is not None else [],
                subject=head,
                fix="For a binary problem use one unit with a sigmoid and binary cross-entropy "
                    "(or two units with softmax)", edits=edits, applicability=applicability)


@check("XL204")
def single_unit_categorical_loss(facts: Facts, r: Reporter) -> Iterator[Finding]:
    for t in pairings(facts):
        head, loss = t.head, t.loss
        if head is None or head.units != 1 or not loss.exclusive:
            continue
        edits, applicability = fixers.binary_loss(r, t)
        labels = t.labels
        out_of_range = loss.spec.out_of_range
        if loss.family in INDEX_FAMILIES and (loss.family != "cross_entropy" or (
                labels is not None and labels.encoding in ("index", "binary")
                and labels.dtype != "float")):  # (float: read as probabilities, below)
            effect = f"class 0 costs nothing and any other class {out_of_range}"
        elif loss.family == "cross_entropy" and labels is None:  # (either kind of target)
            effect = (f"on class indices, class 0 costs nothing and any other class "
                      f"{out_of_range}; on probabilities, the loss is constantly 0")
        else:
            effect = "the loss is constantly 0"
        yield r.finding(
            "XL204", head_place(facts, t),
            f"{r.loss(loss)} is a categorical cross-entropy on a single output unit "
            f"({r.head(head)}): the class axis has one entry, so {effect}",
            [Link(head.evidence.node, "single output unit"), Link(t.site.node, "paired here")],
            subject=t,
            fix="Use binary cross-entropy for a single-unit output", edits=edits,
            applicability=applicability)


@check("XL205")
def binary_accuracy_on_multiclass(facts: Facts, r: Reporter) -> Iterator[Finding]:
    # (a metric spelled "acc" keeps that key in every version: a history's "acc" may be its)
    spelled_acc = any(_spelling(r, metric) == "acc" for t in pairings(facts)
                      for metric in t.metrics)
    multilabel = {t.head.evidence.node for t in pairings(facts) if t.head is not None
                  and t.labels is not None and t.labels.encoding == "multihot"}
    for t in pairings(facts):
        head = t.head
        if head is None or head.kind != "exclusive" or head.units is None or head.units <= 2:
            continue
        if head.evidence.node in multilabel:
            continue  # binary accuracy fits multi-hot labels; the softmax is XL201's
        for metric in t.metrics:
            if metric.name == "binary_accuracy":
                yield r.finding(
                    "XL205", metric.evidence.node,
                    f"`{r.text(metric.evidence)}` measures binary accuracy on {r.output(head)}, "
                    f"{_counted_apart(head)}",
                    [Link(head.evidence.node, f"softmax over {head.units} classes")],
                    subject=t,
                    fix="Use `'accuracy'` (or `CategoricalAccuracy()` / "
                        "`SparseCategoricalAccuracy()`)",
                    **fixers.as_args(refit.exclusive_accuracy(r, metric.evidence.node, t)))
            elif (metric.name == "accuracy" and t.loss.family == "binary"
                  and (t.labels is None or t.labels.encoding != "multihot")):
                # (the history's old key shows the version of a metric spelled "accuracy")
                by_key = _spelling(r, metric) == "accuracy" and not spelled_acc
                shown = [s for s in facts.legacy if s.kind != "accuracy key" or by_key]
                legacy = min(shown, key=lambda s: r.span(s.evidence.node).start, default=None)
                if legacy is not None:
                    yield _accuracy_chosen_by_binary_loss(r, t, head, metric, legacy)
    for d in facts.decodings:  # a metric object given the predictions by hand (update_state)
        head = d.head
        if (d.op != "metric" or d.metric is None or d.metric.name != "binary_accuracy"
                or head.kind != "exclusive" or head.units is None or head.units <= 2):
            continue
        given = ("computes binary accuracy on" if d.metric.evidence.node is d.evidence.node
                 else f"gives {r.where(d.metric.evidence)}")
        yield r.finding(
            "XL205", d.evidence.node,
            f"{r.quote(d.evidence)} {given} {r.output(head)}, {_counted_apart(head)}",
            [Link(d.metric.evidence.node, "binary accuracy"),
             Link(head.evidence.node, f"softmax over {head.units} classes")],
            subject=d,
            fix="Use `CategoricalAccuracy()` (one-hot labels) or `SparseCategoricalAccuracy()`")


def _counted_apart(head: Head) -> str:
    """Why binary accuracy on this softmax is inflated (the one explanation of XL205)."""
    return (f"a {head.units}-class softmax: every one of the {head.units} outputs counts as a "
            f"separate yes/no guess, so the reported accuracy is inflated")


def _spelling(r: Reporter, metric: Metric) -> str:
    """How a metric given as a string is written (``"acc"``, ``'accuracy'``), unquoted."""
    return r.text(metric.evidence).strip("'\"")


def _accuracy_chosen_by_binary_loss(r: Reporter, t: Pairing, head: Head, metric: Metric,
                                    legacy: LegacySpelling) -> Finding:
    """In the old version a legacy spelling shows, ``"accuracy"`` was chosen by the loss:
    binary accuracy under a binary cross-entropy, whatever the output's width."""
    edits, applicability = refit.categorical_accuracy(r, metric.evidence.node)
    where = r.place(legacy.evidence.node)
    version = (f"up to {legacy.version}, the last version that accepts "
               f"`{r.text(legacy.evidence)}=` ({where}), so the one this program runs on"
               if legacy.kind == "keyword" else
               f"under {legacy.version}, which `{r.text(legacy.evidence)}` ({where}) "
               f"shows this program runs on" if legacy.kind == "call" else
               f"up to {legacy.version}, the last version that keeps it in the history as "
               f"{r.text(legacy.evidence)} ({where}), so the one this program runs on")
    return r.finding(
        "XL205", metric.evidence.node,
        f"`{r.text(metric.evidence)}` with {r.loss(t.loss)} is binary accuracy {version}; on "
        f"{r.output(head)}, {_counted_apart(head)}",
        [Link(head.evidence.node, f"softmax over {head.units} classes"),
         Link(t.loss.evidence.node, "binary loss: `accuracy` means binary accuracy"),
         Link(legacy.evidence.node, f"only up to {legacy.version}")],
        subject=t,
        fix="Use `'categorical_accuracy'` (and `categorical_crossentropy` for one-hot labels "
            "of exclusive classes)",
        edits=edits, applicability=applicability)
