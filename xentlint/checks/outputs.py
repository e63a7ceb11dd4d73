"""XL1: what the loss expects vs what the model emits."""

from __future__ import annotations

from collections.abc import Iterator

from ..facts import EXCLUSIVE, INDEPENDENT, LOG_PROBS, NOT_PROBS, Facts, Head
from ..knowledge.activations import POSITIVE
from ..findings import Finding
from . import Link, Reporter, check

_APPLIES = {"categorical": "softmax", "sparse": "softmax", "cross_entropy": "softmax",
            "binary": "sigmoid"}


def _emits(head: Head) -> str:
    if head.kind == LOG_PROBS:
        return "log-probabilities"
    if head.activation == "linear":
        return "raw logits (no activation)"
    return f"`{head.activation}` outputs, which are not probabilities"


@check("XL101")
def probabilities_to_logits_loss(facts: Facts, r: Reporter) -> Iterator[Finding]:
    for t in facts.trainings:
        head, loss = t.head, t.loss
        if head is None or head.kind not in (EXCLUSIVE, INDEPENDENT) or not loss.expects_logits:
            continue
        applies = _APPLIES.get(loss.family, "its own activation")
        edits = [(loss.logits_flag, "False")] if loss.logits_flag is not None else []
        if loss.framework == "torch":
            fix = (f"Remove the final {head.activation} from the model (`{loss.name}` applies "
                   f"{applies} itself); apply it only where probabilities are reported")
        else:
            fix = (f"Set `from_logits=False` to match the {head.activation} output, or drop the "
                   f"{head.activation} from the model and keep `from_logits=True`")
        yield r.finding(
            "XL101", loss.evidence.node,
            f"{r.head(head)} but {r.loss(loss)} applies {applies} again: the loss expects "
            f"logits and gets probabilities",
            [Link(head.evidence.node, f"`{head.activation}` applied here"),
             Link(loss.evidence.node, "loss expects logits"),
             Link(t.site.node, "paired here")],
            subject=t, fix=fix, edits=edits, applicability="safe")


@check("XL102")
def logits_to_probability_loss(facts: Facts, r: Reporter) -> Iterator[Finding]:
    for t in [*facts.trainings, *facts.handwritten]:
        head, loss = t.head, t.loss
        if head is None or head.kind not in (NOT_PROBS, LOG_PROBS) or not loss.expects_probs:
            continue
        if loss.handwritten and head.activation in POSITIVE:
            continue  # log of a positive rate (a Poisson NLL) is fine
        if loss.handwritten:
            message = (f"hand-written cross-entropy `{loss.evidence.label}` (line "
                       f"{r.line(loss.evidence.node)}) takes the log of {r.output(head)}: "
                       f"{_emits(head)}")
            fix = "Take `log_softmax` of the logits, or use a cross-entropy loss with `from_logits=True`"
        elif loss.framework == "torch":
            message = (f"{r.head(head)}, which emits {_emits(head)}, but {r.loss(loss)} expects "
                       f"probabilities")
            fix = "Use `BCEWithLogitsLoss` / `binary_cross_entropy_with_logits` on the raw outputs"
        else:
            message = (f"{r.head(head)}, which emits {_emits(head)}, but {r.loss(loss)} expects "
                       f"probabilities (from_logits=False)")
            fix = "Pass `from_logits=True` to the loss (keep the model's raw outputs)"
        yield r.finding(
            "XL102", loss.evidence.node, message,
            [Link(head.evidence.node, f"output is {_emits(head)}"),
             Link(loss.evidence.node, "loss expects probabilities"), Link(t.site.node, "paired here")],
            subject=t,
            fix=fix)


@check("XL103")
def nll_without_log_softmax(facts: Facts, r: Reporter) -> Iterator[Finding]:
    for t in [*facts.trainings, *facts.handwritten]:
        head, loss = t.head, t.loss
        if head is None or loss.family != "nll" or head.kind == LOG_PROBS:
            continue
        if head.kind == NOT_PROBS:
            what = (f"{_emits(head)}: NLL only negates the picked entry, so the loss is "
                    f"unbounded below and training diverges")
            fix = "Use `CrossEntropyLoss` / `F.cross_entropy` on the logits (it applies log_softmax)"
        else:
            what = (f"`{head.activation}` probabilities: NLL negates them, so the loss is negative, "
                    f"bounded in [-1, 0], and confidently wrong samples get almost no gradient")
            fix = f"Use `log_{head.activation}` instead of `{head.activation}`" if head.activation in (
                "softmax",) else "Use `log_softmax` (or `CrossEntropyLoss` on the logits)"
        yield r.finding(
            "XL103", loss.evidence.node,
            f"{r.loss(loss)} expects log-probabilities, but {r.head(head)}, which gives {what}",
            [Link(head.evidence.node, "not log-probabilities"), Link(t.site.node, "paired here")],
            subject=t, fix=fix)


@check("XL104")
def unstable_probability_composition(facts: Facts, r: Reporter) -> Iterator[Finding]:
    for c in facts.compositions:
        yield r.finding(
            "XL104", c.outer.node,
            f"`{c.outer.label}` takes the log of `{c.inner.evidence.label}`: it underflows to "
            f"-inf for confident predictions; use the fused `{c.suggestion}`",
            [Link(c.inner.evidence.node, f"`{c.inner.activation}` applied here")],
            subject=c,
            fix=f"Use `{c.suggestion}` on the logits")
    for t in facts.trainings:
        head, loss = t.head, t.loss
        if (head is None or not head.inline or not loss.expects_probs
                or head.activation not in ("softmax", "sigmoid")
                or _APPLIES.get(loss.family) != head.activation):
            continue
        yield r.finding(
            "XL104", head.evidence.node,
            f"`{head.evidence.label}` is applied inline and then fed to {r.loss(loss)}; the loss "
            f"clips probabilities, so pass the logits with `from_logits=True` instead",
            [Link(loss.evidence.node, "loss on probabilities")],
            subject=t,
            fix="Pass the logits and set `from_logits=True` on the loss")


@check("XL106")
def kl_div_input(facts: Facts, r: Reporter) -> Iterator[Finding]:
    for t in facts.trainings:
        head, loss = t.head, t.loss
        if head is None or loss.family != "kld" or loss.framework != "torch" or head.kind == LOG_PROBS:
            continue
        what = "probabilities" if head.kind in (EXCLUSIVE, INDEPENDENT) else _emits(head)
        reduction = ""
        if loss.reduction in (None, "mean"):
            reduction = ("; also, reduction='mean' averages over every element, which is the KL "
                         "divergence divided by the number of classes: use reduction='batchmean'")
        yield r.finding(
            "XL106", loss.evidence.node,
            f"{r.loss(loss)} takes log-probabilities as its input, but gets {r.output(head)}: "
            f"{what}; the result is not the KL divergence (it can be negative and is not 0 at "
            f"equality){reduction}",
            [Link(head.evidence.node, "not log-probabilities"), Link(t.site.node, "paired here")],
            subject=t, fix="Pass `log_softmax(...)` as the input and probabilities as the target")


@check("XL105")
def softmax_axis(facts: Facts, r: Reporter) -> Iterator[Finding]:
    for site in facts.activations:
        head = site.head
        if head.activation in ("softmax", "log_softmax") and head.axis is None and site.input_rank == 3:
            yield r.finding(
                "XL105", head.evidence.node,
                f"`{head.evidence.label}` has no `dim` and gets a 3-D sequence output: PyTorch's "
                f"implicit dim is then 0, the batch axis, not the classes",
                subject=site, fix="Pass the class axis explicitly: `dim=-1`")
            continue
        if head.activation in ("softmax", "log_softmax") and head.axis == 0 and site.batch_axis_known:
            yield r.finding(
                "XL105", head.evidence.node,
                f"`{head.evidence.label}` normalises over axis 0, the batch axis: each class "
                f"column sums to 1 across the batch instead of each sample across its classes",
                subject=site,
                fix="Use the class axis (`axis=-1`)")
    for t in facts.trainings:
        if t.output_rank == 3 and t.loss.family in ("cross_entropy", "nll"):
            yield r.finding(
                "XL105", t.site.node,
                f"`{t.site.label}`: cross-entropy reads axis 1 as the classes, but the output is "
                f"an (N, L, C) sequence, so axis 1 is the sequence axis",
                [Link(t.head.evidence.node, "(N, L, C) output")] if t.head else [],
                subject=t,
                fix="Flatten to (N*L, C) with `.view(-1, C)` (and the targets with `.view(-1)`), "
                    "or move the class axis: `.permute(0, 2, 1)`")
        if t.loss.axis == 0 and t.loss.family in ("categorical", "binary") and t.head is not None:
            yield r.finding(
                "XL105", t.loss.evidence.node,
                f"{r.loss(t.loss)} reduces over axis 0, the batch axis of {r.output(t.head)}",
                [Link(t.head.evidence.node, "batch-first output")],
                subject=t,
                fix="Use the class axis (`axis=-1`)")
