"""XL1: what the loss expects vs what the model emits."""

from __future__ import annotations

from collections.abc import Iterator

import libcst as cst

from ..facts import Facts, Head
from ..findings import Finding
from ..frameworks.shared.activations import POSITIVE
from . import Link, Reporter, check, fixers, head_place, pairings, shares_loss


def _emits(head: Head) -> str:
    if head.kind == "log-probs":
        return "log-probabilities"
    if head.activation == "linear":
        return "raw logits (no activation)"
    return f"`{head.activation}` outputs (not probabilities)"


def _emitting(r: Reporter, head: Head) -> str:
    """"`model` ends in ..., which emits" or, for a tensor of the code, "`x @ W` (line 3) gives"."""
    if head.model and not head.inline:
        return f"{r.head(head)}, which emits"
    return f"{r.where(head.evidence)} gives"


@check("XL101")
def probabilities_to_logits_loss(facts: Facts, r: Reporter) -> Iterator[Finding]:
    for t in pairings(facts):
        head, loss = t.head, t.loss
        if head is None or head.kind not in ("exclusive", "independent") or loss.expects != "logits":
            continue
        applies = loss.spec.applies or "its own activation"
        edits, applicability = ([(loss.logits_flag, "False")], fixers.flag_safety(
            loss.logits_flag)) if loss.logits_flag is not None else fixers.drop_activation(r, t)
        if loss.logits_flag is not None and shares_loss(facts, t):
            edits, applicability = fixers.NONE  # the loss also serves a logits head
        if loss.spec.logits_flag is not None:
            fix = (f"Set `{loss.spec.logits_flag}=False` to match the {head.activation} output, "
                   f"or drop the {head.activation} from the model and keep "
                   f"`{loss.spec.logits_flag}=True`")
        elif head.inline:
            fix = (f"Pass what the {head.activation} is applied to (the logits) to "
                   f"`{loss.spec.api}`, which applies {applies} itself")
        elif edits and isinstance(loss.evidence.node, cst.Call) \
                and edits[0][0] is loss.evidence.node.func:  # the loss's probability form
            fix = (f"Use `{edits[0][1]}`, which takes the {head.activation} output as it is, or "
                   f"remove the final {head.activation} from the model and keep "
                   f"`{loss.spec.api}` (more stable)")
        else:
            fix = (f"Remove the final {head.activation} from the model (`{loss.spec.api}` applies "
                   f"{applies} itself); apply it only where probabilities are reported")
        subject = (r.head(head) if head.model and not head.inline
                   else f"{r.head_gives(head)} probabilities,")
        yield r.finding(
            "XL101", head_place(facts, t),
            f"{subject} but {r.loss(loss)} applies {applies} "
            f"{'again' if applies == head.activation else f'on top of the {head.activation}'}: "
            f"the loss expects logits and gets probabilities",
            [Link(head.evidence.node, f"`{head.activation}` applied here"),
             *(Link(alt.node, f"`{head.activation}` applied here (another branch)")
               for alt in head.alternatives),
             Link(loss.evidence.node, "loss expects logits"),
             Link(t.site.node, "paired here")],
            subject=t, fix=fix, edits=edits, applicability=applicability)


@check("XL102")
def logits_to_probability_loss(facts: Facts, r: Reporter) -> Iterator[Finding]:
    for t in pairings(facts, handwritten=True):
        head, loss = t.head, t.loss
        if head is None or head.kind not in ("not-probs", "log-probs") or loss.expects != "probs":
            continue
        if loss.spec.handwritten and loss.family != "binary" and head.activation in POSITIVE \
                and not (t.labels is not None and t.labels.encoding == "onehot"):
            continue  # log of a positive rate (a Poisson NLL of counts) is fine; of a relu
            # against one-hot rows, a cross-entropy on no probabilities; log(1 - rate) is not
        if head.units == 1 and loss.exclusive:
            continue  # XL204 says what is wrong: logits or not, one unit has one class
        flag = loss.spec.logits_flag
        if loss.spec.handwritten:
            message = (f"hand-written cross-entropy `{r.text(loss.evidence)}` (line "
                       f"{r.line(loss.evidence.node)}) takes the log of {r.output(head)}: "
                       f"{_emits(head)}")
            fix = f"Take `log_{loss.spec.applies}` of the logits, or use {loss.spec.logits_form}"
        elif flag is None:
            message = (f"{_emitting(r, head)} {_emits(head)}, but {r.loss(loss)} expects "
                       f"probabilities")
            fix = f"Use {loss.spec.logits_form} on the raw outputs"
        else:
            message = (f"{_emitting(r, head)} {_emits(head)}, but {r.loss(loss)} expects "
                       f"probabilities ({flag}=False)")
            fix = f"Pass `{flag}=True` to the loss (keep the model's raw outputs)"
        edits, applicability = fixers.probabilities_to_logits(r, t)
        if shares_loss(facts, t):
            edits, applicability = fixers.NONE  # the loss also serves a probability head
        if t.by_place:
            message += (" (the losses of a list go to the outputs in their order: is it the "
                        "order of the outputs?)")
            applicability = "unsafe" if edits else applicability
        yield r.finding(
            "XL102", head_place(facts, t), message,
            [Link(head.evidence.node, f"output is {_emits(head)}"),
             Link(loss.evidence.node, "loss expects probabilities"), Link(t.site.node, "paired here")],
            subject=t,
            fix=fix, edits=edits, applicability=applicability)


@check("XL103")
def nll_without_log_softmax(facts: Facts, r: Reporter) -> Iterator[Finding]:
    for t in pairings(facts, handwritten=True):
        head, loss = t.head, t.loss
        if head is None or loss.family != "nll" or head.kind == "log-probs":
            continue
        if head.kind == "not-probs":
            what = (f"{_emits(head)}: NLL only negates the picked entry, so the loss is "
                    f"unbounded below and training diverges")
            fix = f"Use {loss.spec.logits_form} on the logits (it applies log_softmax)"
            edits, applicability = fixers.rename_loss(r, t, "logits") \
                if head.activation == "linear" else fixers.NONE
        else:
            what = (f"`{head.activation}` probabilities: NLL negates them, so the loss is negative, "
                    f"bounded in [-1, 0], and confidently wrong samples get almost no gradient")
            fix = f"Use `log_{head.activation}` instead of `{head.activation}`" if head.activation in (
                "softmax",) else f"Use `log_softmax` (or {loss.spec.logits_form} on the logits)"
            edits, applicability = fixers.log_inline(r, t) \
                if head.activation == "softmax" else fixers.NONE
        yield r.finding(
            "XL103", head_place(facts, t),
            f"{r.loss(loss)} expects log-probabilities, but {r.head_gives(head)} {what}",
            [Link(head.evidence.node, "not log-probabilities"), Link(t.site.node, "paired here")],
            subject=t, fix=fix, edits=edits, applicability=applicability)


@check("XL104")
def unstable_probability_composition(facts: Facts, r: Reporter) -> Iterator[Finding]:
    for c in facts.compositions:
        edits, applicability = fixers.fused_log(r, c)
        if c.inner.inline:
            what, fix = f"`{r.text(c.inner.evidence)}`", f"Use `{c.suggestion}` on the logits"
        else:  # the log of a model's output (trained on: an NLL loss, y * log(p))
            what = r.output(c.inner)
            fix = (f"End the model without its `{c.inner.activation}` and use "
                   f"`{c.suggestion}` (or a loss on logits) on its output")
        yield r.finding(
            "XL104", c.outer.node,
            f"{r.quote(c.outer)} takes the log of {what}: it underflows to "
            f"-inf for confident predictions; use the fused `{c.suggestion}`",
            [Link(c.inner.evidence.node, f"`{c.inner.activation}` applied here")],
            subject=c, fix=fix, edits=edits, applicability=applicability)
    # (an activation paired where it is applied: one applied to probabilities, XL101's)
    applied_again = {id(p.site.node) for p in pairings(facts) if p.loss.expects == "logits"}
    for t in pairings(facts):
        head, loss = t.head, t.loss
        if (head is None or not head.inline or loss.expects != "probs"
                or head.activation not in ("softmax", "sigmoid")
                or loss.spec.applies != head.activation
                or id(head.evidence.node) in applied_again
                or t.fed_op_output):  # (traced: the loss reads the op's logits back)
            continue
        edits, applicability = fixers.logits_loss(r, t)
        yield r.finding(
            "XL104", head.evidence.node,
            f"`{r.text(head.evidence)}` makes probabilities that are then fed to {r.loss(loss)}; "
            f"the loss clips them, so pass the logits {loss.spec.on_logits} instead",
            [Link(loss.evidence.node, "loss on probabilities")],
            subject=t,
            fix=f"Pass the logits and set `{loss.spec.logits_flag}=True` on the loss"
            if loss.spec.logits_flag else f"Pass the logits to {loss.spec.logits_form}",
            edits=edits, applicability=applicability)


@check("XL106")
def kl_div_input(facts: Facts, r: Reporter) -> Iterator[Finding]:
    for t in pairings(facts):
        head, loss = t.head, t.loss
        if head is None or loss.family != "kld" or loss.expects != "log-probs":
            continue
        # (what the target is, where that is not what the loss reads it as)
        target = ("log-probabilities" if t.target_kind == "log-probs" and not loss.log_targets
                  else "probabilities" if t.target_kind in ("exclusive", "independent")
                  and loss.log_targets else None)
        if head.kind == "log-probs":
            if target is not None:  # the input is right, the target read as the other kind
                effect = ("reads its target as probabilities: the result is NaN"
                          if target == "log-probabilities" else "reads its target as "
                          "log-probabilities: the result is not the KL divergence")
                yield r.finding(
                    "XL106", t.site.node,
                    f"`{r.text(t.site)}` gets {target} as its target, but {effect}",
                    [Link(t.site.node, f"{target} as the target")], subject=t,
                    fix="Give the target as the loss reads it: probabilities, or "
                        "log-probabilities with `log_target=True`")
            continue
        what = "probabilities" if head.kind in ("exclusive", "independent") else _emits(head)
        reduction = ""
        if loss.reduction in (None, "mean"):
            reduction = ("; also, reduction='mean' averages over every element, which is the KL "
                         "divergence divided by the number of classes: use reduction='batchmean'")
        swapped = ""
        if target is not None:
            swapped = (f"; and its target is {target}, which it reads as "
                       f"{'probabilities' if target == 'log-probabilities' else 'log-probabilities'}"
                       f": the arguments look swapped")
        # a softmax applied inline at the call becomes log_softmax there (not when the target
        # is read wrong too: the input fixed alone would make the result NaN)
        edits, applicability = fixers.log_inline(r, t) \
            if head.activation == "softmax" and target is None else fixers.NONE
        if edits:  # with the divergence itself: reduction='batchmean'
            edits = [*edits, *fixers.batchmean(r, t)]
        yield r.finding(
            "XL106", head_place(facts, t),
            f"{r.loss(loss)} takes log-probabilities as its input, but gets {r.output(head)}: "
            f"{what}; the result is not the KL divergence (it can be negative and is not 0 at "
            f"equality){swapped}{reduction}",
            [Link(head.evidence.node, "not log-probabilities"), Link(t.site.node, "paired here")],
            subject=t, fix="Pass `log_softmax(...)` as the input and probabilities as the target",
            edits=edits, applicability=applicability)


@check("XL105")
def softmax_axis(facts: Facts, r: Reporter) -> Iterator[Finding]:
    for site in facts.activations:
        head = site.head
        if head.activation not in ("softmax", "log_softmax"):
            continue
        if head.axis is None and site.implicit_axis is not None and site.input_rank == 3:
            yield r.finding(
                "XL105", head.evidence.node,
                f"`{r.text(head.evidence)}` has no `{site.axis_parameter}` and gets a 3-D "
                f"sequence output: {site.implicit_axis} is then 0, the batch axis, not the classes",
                subject=site, fix=f"Pass the class axis explicitly: `{site.axis_parameter}=-1`",
                **fixers.as_args(fixers.class_axis(r, head, site.axis_parameter)))
        elif head.units == 1:
            continue  # one score per position, normalised over them: attention, a ranking
        elif head.axis == 0 and site.batch_axis_known:
            sums = "sums" if head.activation == "softmax" else "sums, exponentiated,"
            yield r.finding(
                "XL105", head.evidence.node,
                f"`{r.text(head.evidence)}` normalises over axis 0, the batch axis: each class "
                f"column {sums} to 1 across the batch instead of each sample across its classes",
                subject=site,
                fix=f"Use the class axis (`{site.axis_parameter}=-1`)",
                **fixers.as_args(fixers.class_axis(r, head, site.axis_parameter)))
        elif (head.axis in (1, -2) and site.input_rank == 3 and site.batch_axis_known
              and (head.units is not None or site.of_output)):
            yield r.finding(
                "XL105", head.evidence.node,
                f"`{r.text(head.evidence)}` normalises over axis {head.axis} of a 3-D sequence "
                f"output whose classes are last ((N, L, C): the sequence axis; time-major, the "
                f"batch): each class sums to 1 across it instead of each step across its "
                f"classes",
                subject=site,
                fix=f"Use the class axis (`{site.axis_parameter}=-1`)",
                **fixers.as_args(fixers.class_axis(r, head, site.axis_parameter)))
    for t in pairings(facts):
        if t.output_rank == 3 and t.loss.family in ("cross_entropy", "nll"):
            moved = fixers.sequence_classes(r, t)
            yield r.finding(
                "XL105", t.site.node,
                f"`{r.text(t.site)}`: cross-entropy reads axis 1 as the classes, but the output is "
                f"a 3-D sequence with the classes last ((N, L, C), or (L, N, C) without "
                f"batch_first), so axis 1 is not the classes",
                [Link(t.head.evidence.node, "3-D output, classes last")] if t.head else [],
                subject=t,
                fix="Move the class axis to dimension 1 at the loss call: `.permute(0, 2, 1)`"
                if moved[0] else "Flatten to (N*L, C) with `.view(-1, C)` (and the targets with "
                                 "`.view(-1)`), or move the class axis: `.permute(0, 2, 1)`",
                **fixers.as_args(moved))
        if t.loss.axis == 0 and t.loss.family in ("categorical", "binary") and t.head is not None:
            yield r.finding(
                "XL105", t.loss.evidence.node,
                f"{r.loss(t.loss)} reduces over axis 0, the batch axis of {r.output(t.head)}",
                [Link(t.head.evidence.node, "batch-first output")],
                subject=t,
                fix="Use the class axis (`axis=-1`)", **fixers.as_args(fixers.loss_axis(r, t)))
