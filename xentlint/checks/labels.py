"""XL3: labels vs the encoding the loss expects."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import libcst as cst

from ..facts import INDEX_FAMILIES, INTEGER_DTYPES, Facts, Head, Labels, Pairing
from ..findings import Finding
from . import Link, Reporter, check, fixers, pairing_links, pairings, refit


def _where(t: Pairing) -> cst.CSTNode:
    """Where a labels finding is reported, as the loss's row says: at the loss (a compile()
    holds the fix), or at the call that meets the labels (one loss object serves many
    calls)."""
    return t.site.node if t.loss.spec.labels_reported_at == "call" else t.loss.evidence.node


def _one_encoding(facts: Facts, t: Pairing) -> bool:
    """Every pairing of this loss with known labels has labels of this encoding: another loss
    for them breaks none of the others (a model fit on class indices and evaluated on one-hot
    rows needs one of the two changed, not its loss)."""
    node, encoding = t.loss.evidence.node, t.labels.encoding if t.labels else None
    return all(other.labels is None or other.labels.encoding in ("unknown", encoding)
               for other in pairings(facts) if other.loss.evidence.node is node)


@check("XL301")
def index_labels_to_categorical_loss(facts: Facts, r: Reporter) -> Iterator[Finding]:
    for t in pairings(facts, handwritten=True):
        labels, loss = t.labels, t.loss
        if labels is None or labels.encoding not in ("index", "binary") or loss.family != "categorical":
            continue
        if t.head is not None and t.head.units == 1:
            continue  # XL204 reports the single unit
        if loss.spec.handwritten and (labels.encoding != "index" or t.head is None
                                 or t.head.units is None or t.head.units < 2):
            continue  # `y * log(p)` is also the positive term of a binary cross-entropy
        what = "class indices" if labels.encoding == "index" else "0/1 class labels"
        # the index loss takes (N,) labels; (N, 1) ones only when it squeezes them
        # (float ones may have been changed on the way: smoothed, mixed)
        edits, applicability = fixers.rename_loss(r, t, "index") if labels.encoding == "index" \
            and (labels.rank == 1 or loss.spec.squeezes_index_column) \
            and labels.dtype != "float" and _one_encoding(facts, t) else fixers.NONE
        yield r.finding(
            "XL301", loss.evidence.node,
            f"{r.labels(labels)} are {what}, but {r.loss(loss)} expects one-hot (or probability) "
            f"targets with one column per class",
            pairing_links(t, what),
            subject=t,
            fix=f"Use {loss.spec.index_form or 'a loss for class indices'} for integer labels (or "
                f"one-hot encode them)", edits=edits, applicability=applicability)


@check("XL302")
def onehot_labels_to_index_loss(facts: Facts, r: Reporter) -> Iterator[Finding]:
    for t in pairings(facts):
        labels, loss = t.labels, t.loss
        if labels is None or labels.encoding != "onehot":
            continue
        # The cross_entropy family takes float probabilities (a float one-hot is right), but
        # not integer one-hot rows; the nll and sparse families take class indices only.
        integer_onehot = loss.family == "cross_entropy" and labels.dtype in INTEGER_DTYPES
        if not (loss.family in ("sparse", "nll") or integer_onehot):
            continue
        # float one-hot rows are the same targets to a loss that reads probabilities
        edits, applicability = fixers.cast_targets(r, t, "float", "safe") if integer_onehot \
            else fixers.rename_loss(r, t, "onehot") if _one_encoding(facts, t) else fixers.NONE
        yield r.finding(
            "XL302", _where(t),
            f"{r.labels(labels)} are one-hot, but {r.loss(loss)} expects integer class indices",
            pairing_links(t, "one-hot labels"),
            subject=t,
            fix=f"Pass the class indices (`argmax` of the one-hot rows), or use "
                f"{loss.spec.onehot_form or 'a loss for one-hot targets'}",
            edits=edits, applicability=applicability)


@check("XL303")
def label_shape(facts: Facts, r: Reporter) -> Iterator[Finding]:
    for t in pairings(facts):
        labels, head, loss = t.labels, t.head, t.loss
        if labels is None:
            continue
        if (labels.rank == 1 and head is not None and head.units == 1
                and loss.family in ("binary", "regression") and not loss.reconciles_rank):
            mismatch = loss.spec.mismatched_targets or (
                "broadcast" if loss.family == "regression" else "raise")
            effect = ("broadcasts them to an (N, N) matrix and silently averages the wrong pairs"
                      if mismatch == "broadcast" else "raises a shape error")
            yield r.finding(
                "XL303", _where(t),
                f"{r.labels(labels)} have shape (N,), but {r.output(head)} has shape (N, 1): "
                f"{r.loss(loss)} {effect}",
                pairing_links(t, "(N,) labels"),
                subject=t,
                fix="Reshape the labels to (N, 1) (`y.reshape(-1, 1)`, `y[:, None]`) or "
                    "squeeze the output", **fixers.as_args(fixers.reshape_targets(r, t, "[:, None]")))
        elif (labels.rank == 1 and head is not None
              and (labels.encoding == "binary"
                   # (class indices: a loss that compares shapes as given raises on them; two
                   # classes are 0/1 labels whatever the loss, and so may be a table's column
                   # of numbers not known here)
                   or labels.encoding == "index" and (not loss.reconciles_rank
                                                      or labels.n_classes in (2, None)))
              and head.model is not None and not head.inline  # (a model's own width)
              and head.units is not None and head.units >= 2 and loss.family == "binary"):
            # (a loss that makes the labels (N, 1) first raises on (N, 1) against (N, k) too)
            what = "one 0/1 label" if labels.encoding == "binary" or labels.n_classes == 2 \
                else "one class index" if labels.n_classes else "one value"
            effect = ("makes them (N, 1) and raises a shape error (older versions may instead "
                      "compare each label with every output, silently)" if loss.reconciles_rank
                      else "raises a shape error")
            yield r.finding(
                "XL303", _where(t),
                f"{r.labels(labels)} are {what} per sample, shape (N,), but "
                f"{r.output(head)} has shape (N, {head.units}): {r.loss(loss)} {effect}",
                pairing_links(t, "(N,) labels"),
                subject=t,
                fix=f"For one yes/no decision, end the model in one unit; for {head.units} "
                    f"labels per sample, give (N, {head.units}) targets")
        elif (labels.rank == 2 and labels.encoding == "index"
              and (labels.dtype != "float" or head is None or head.units != 1)
              and loss.family in INDEX_FAMILIES and not loss.spec.squeezes_index_column):
            # (float (N, 1) targets are probabilities of one class to CrossEntropyLoss: XL204
            # on one unit; against more, a shape error all the same)
            yield r.finding(
                "XL303", _where(t),
                f"{r.labels(labels)} are class indices of shape (N, 1), but {r.loss(loss)} "
                f"expects shape (N,): it raises a shape error",
                pairing_links(t, "(N, 1) class indices"),
                subject=t, fix="Squeeze the targets to (N,) (`y.squeeze(1)`, `y[:, 0]`)",
                **fixers.as_args(fixers.reshape_targets(r, t, "[:, 0]")))
        elif labels.transposed and loss.family in ("categorical", "binary", "cross_entropy"):
            yield r.finding(
                "XL303", _where(t),
                f"{r.labels(labels)} are transposed to (classes, samples), but {r.loss(t.loss)} "
                f"compares them with (samples, classes) outputs",
                pairing_links(t, "transposed labels"),
                subject=t,
                fix="Pass the labels as (samples, classes): drop the transpose",
                **fixers.as_args(refit.untransposed(r, t)))


@check("XL304")
def label_dtype(facts: Facts, r: Reporter) -> Iterator[Finding]:
    for t in pairings(facts):
        labels, loss = t.labels, t.loss
        if labels is None or labels.dtype is None or not loss.spec.strict_target_dtype:
            continue
        error = loss.spec.integer_target_errors.get(labels.dtype)
        if loss.family == "binary" and labels.dtype in INTEGER_DTYPES:
            if error is None:
                continue  # it takes integer targets as they are
            problem = (f"are {labels.dtype}, but {r.loss(loss)} needs float targets (it raises "
                       f"\"{error}\")")
            fix = "Convert the targets with `.float()`"
            # (class indices for a head of several units need one-hot rows, not a cast)
            indices = labels.encoding == "index" and t.head is not None and (t.head.units or 1) > 1
            edits, applicability = fixers.NONE if indices else fixers.cast_targets(
                r, t, "float", "safe")
        elif loss.family in ("cross_entropy", "nll") and labels.encoding != "onehot" and (
                labels.dtype == "int32"  # integers can only be class indices here
                # (float (N, C) rows are probabilities; class indices of a shape not known
                # (y[mask]) are no such rows)
                or labels.dtype == "float" and (labels.rank == 1 or labels.rank is None
                                                and labels.encoding == "index")):
            problem = (f"are class indices stored as {labels.dtype}, but {r.loss(loss)} needs "
                       f"int64 (`long`) class indices and raises on {labels.dtype}")
            fix = "Convert the targets with `.long()`"
            # a float index may not be a whole number: truncating it changes the target
            edits, applicability = fixers.cast_targets(
                r, t, "long", "unsafe" if labels.dtype == "float" else "safe")
        else:
            continue
        if labels.dtype_evidence is not None:  # (y.astype(float)): where the dtype was set
            labels = replace(labels, evidence=labels.dtype_evidence)
        yield r.finding(
            "XL304", _where(t), f"{r.labels(labels)} {problem}",
            pairing_links(replace(t, labels=labels), f"{labels.dtype} targets"), subject=t,
            fix=fix, edits=edits, applicability=applicability)


@check("XL305")
def class_count_mismatch(facts: Facts, r: Reporter) -> Iterator[Finding]:
    # Heads also trained on labels of other classes, or of classes not known: extra units may
    # be theirs (a GAN discriminator's K + 1st class, "fake", from labels made apart).
    # (a loss called on labels not known counts; a compile() before any labels does not)
    counts: dict[cst.CSTNode, set[int | None]] = {}
    for p in pairings(facts, handwritten=True):
        if p.head is not None and (p.labels is not None
                                   or p.loss.spec.labels_reported_at == "call"):
            counts.setdefault(p.head.evidence.node, set()).add(
                p.labels.n_classes if p.labels is not None else None)
    for t in pairings(facts, handwritten=True):
        labels, head, loss = t.labels, t.head, t.loss
        if labels is None or head is None or head.units is None:
            continue
        if loss.spec.handwritten and not (labels.encoding in ("onehot", "multihot")
                                          and head.units > 1 and labels.n_classes != 1):
            continue  # (rows times the outputs, written out: only their widths can be judged)
        if head.units == 1 and loss.family == "binary":
            yield from _classes_on_one_binary_unit(t, labels, head, r)
            continue
        if labels.n_classes is None:
            continue
        # (one-hot or multi-hot rows given to a binary loss are one column per output; label
        # columns named in a list, whichever they are, to any loss that reads rows)
        named = labels.encoding == "unknown" and labels.rank == 2
        columns = (labels.encoding in ("onehot", "multihot") or named) and (
            loss.family == "binary" or named and loss.family in ("categorical", "cross_entropy"))
        if not (labels.encoding in ("index", "onehot") and loss.exclusive or columns):
            continue
        n, units = labels.n_classes, head.units
        links = _class_count_links(t, labels)
        expected = n + 1 if labels.one_based else n  # 1-based labels leave unit 0 unused
        if (labels.one_based and labels.evidence is not None and labels.encoding == "index"
                and loss.family in INDEX_FAMILIES and units == n):
            yield r.finding(
                "XL305", labels.evidence.node,
                f"{r.quote(labels.evidence)} gives class indices 1..{n}, but "
                f"{r.output(head)} has units for 0..{n - 1}: class {n} is out of range",
                links, subject=t, fix="Keep the labels 0-based",
                **fixers.as_args(refit.zero_based(r, labels)))
        elif units > 1 and (units < expected or units > expected and not labels.drawn
                            and counts[head.evidence.node] == {n}):
            yield r.finding(
                "XL305", head.evidence.node,
                f"{r.head(head)}: {units} output units, but {r.labels(labels)} carry {n} "
                f"classes",
                links, subject=t, fix=f"Give the output layer {expected} units (one per class)",
                **fixers.as_args(refit.head_units(r, head, expected)))


def _class_count_links(t: Pairing, labels: Labels) -> list[Link | None]:
    """The pairing's chain, led by where the class count comes from when that is elsewhere."""
    links = pairing_links(t, f"{labels.n_classes} classes")
    source = labels.n_evidence or labels.evidence
    if source is not None and source is not labels.evidence:
        links.insert(0, Link(source.node, f"{labels.n_classes} classes"))
    return links


def _classes_on_one_binary_unit(t: Pairing, labels: Labels, head: Head,
                                r: Reporter) -> Iterator[Finding]:
    """One sigmoid unit (a yes/no answer) trained on labels of more than two classes: class
    indices above 1, or one-hot rows (one column per class, which broadcast against it)."""
    loss = t.loss
    if labels.encoding == "index" and labels.n_classes is not None and labels.n_classes > 2:
        yield r.finding(
            "XL305", head.evidence.node,
            f"{r.head(head)}: one output unit for a yes/no answer, but {r.labels(labels)} "
            f"carry {labels.n_classes} classes: {r.loss(loss)} reads every class above 1 as an "
            f"impossible probability",
            _class_count_links(t, labels), subject=t,
            fix=f"Give the output layer {labels.n_classes} units with softmax and a categorical "
                f"loss for class indices (or make the labels binary)")
    elif labels.encoding == "onehot" and labels.rank in (None, 2):
        columns = (f"{labels.n_classes} columns, one per class" if labels.n_classes
                   else "one column per class")
        yield r.finding(
            "XL305", head.evidence.node,
            f"{r.head(head)}: one output unit for a yes/no answer, but {r.labels(labels)} are "
            f"one-hot rows ({columns}): {r.loss(loss)} compares every column with that one "
            f"probability",
            pairing_links(t, "one-hot labels"), subject=t,
            fix="Give the output layer one unit per class with softmax and a categorical loss, "
                "or train the single unit on 0/1 labels")


@check("XL306")
def multilabel_targets_to_exclusive_loss(facts: Facts, r: Reporter) -> Iterator[Finding]:
    for t in pairings(facts):
        labels, loss = t.labels, t.loss
        if labels is None or labels.encoding != "multihot":
            continue
        if loss.exclusive or loss.family == "multilabel_margin":
            expects = ("expects each sample's class indices, padded with -1, not 0/1 columns"
                       if loss.family == "multilabel_margin" else "is for mutually exclusive classes")
            yield r.finding(
                "XL306", _where(t),
                f"{r.labels(labels)} are multi-hot (several classes per sample), but "
                f"{r.loss(loss)} {expects}",
                pairing_links(t, "multi-hot targets"),
                subject=t,
                fix=f"Use {loss.spec.multilabel_form} for multi-label targets",
                **fixers.as_args(fixers.multilabel_loss(r, t)))
        elif (t.head is not None and t.head.kind == "exclusive" and t.head.units != 1
              and loss.family not in ("binary", "other")):  # with a binary loss: XL201
            yield r.finding(
                "XL306", t.head.evidence.node,
                f"{r.labels(labels)} are multi-hot (several classes per sample), but "
                f"{r.head(t.head)}: its outputs sum to 1, so k positives can each reach at "
                f"most 1/k whatever {r.loss(loss)} asks",
                pairing_links(t, "multi-hot targets"),
                subject=t,
                fix="Use sigmoid outputs with a binary cross-entropy for multi-label targets",
                **fixers.as_args(fixers.swap_activation(r, t.head, "sigmoid")))
