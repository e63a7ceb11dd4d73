"""XL5: how the loss is called."""

from __future__ import annotations

from collections.abc import Iterator

from ..facts import Facts
from ..findings import Finding
from . import Link, Reporter, check


@check("XL501")
def swapped_loss_arguments(facts: Facts, r: Reporter) -> Iterator[Finding]:
    for c in facts.loss_calls:
        if not (c.labels_slot_is_output and c.output_slot_is_labels):
            continue
        if c.loss.family == "regression":
            continue  # (a squared or absolute error is the same either way)
        if c.by_position and c.loss.spec.positional_order_changed and (
                facts.graph_apis or facts.legacy):
            continue  # an old version of the API took them in this order (or only by keyword)
        labels, output = r.text(c.output_slot), r.text(c.labels_slot)
        # (a loss written by hand takes what its own code reads, in no named order)
        takes = "" if c.loss.spec.handwritten else f": the loss takes {c.loss.spec.signature}"
        if c.through is not None:
            given = "the labels" if c.labels_known else "data that is not a model output"
            yield r.finding(
                "XL501", c.through.node,
                f"{r.quote(c.through)} passes the model output where {r.where(c.site)} reads "
                f"the labels (`{output}`) and {given} where it reads the prediction "
                f"(`{labels}`){takes}",
                [Link(c.site.node, "the loss, called with the parameters swapped")],
                subject=c, fix=f"Swap the arguments of this call{takes}")
            continue
        yield r.finding(
            "XL501", c.site.node,
            f"{r.quote(c.site)} passes the model output `{output}` where the labels go and "
            f"{'the labels ' if c.labels_known else ''}`{labels}` where the prediction goes"
            f"{takes}",
            [Link(c.labels_slot.node, "model output, in the labels slot"),
             Link(c.output_slot.node, f"{'labels' if c.labels_known else 'not a model output'}"
                                      f", in the prediction slot")],
            subject=c,
            fix=f"Swap the arguments{takes}",
            edits=[(c.labels_slot.node, r.code(c.output_slot.node)),
                   (c.output_slot.node, r.code(c.labels_slot.node))]
            if len(labels) < 60 and len(output) < 60 else [],
            applicability="unsafe")


@check("XL502")
def positional_loss_option(facts: Facts, r: Reporter) -> Iterator[Finding]:
    for p in facts.positional_options:
        meant = f", not `{p.meant}`" if p.meant else ""
        keywords = f"{p.alongside}, " if p.alongside else ""
        yield r.finding(
            "XL502", p.value.node,
            f"{r.quote(p.value)} is passed positionally to `{p.callee}`, whose parameter in that "
            f"position is `{p.parameter}`{meant}: {p.effect}",
            subject=p,
            fix=f"Pass it by keyword: `{keywords}{p.meant}={r.text(p.value)}`" if p.meant else
                "Pass loss options by keyword",
            edits=[(p.value.node, f"{keywords}{p.meant}={r.code(p.value.node)}")]
            if p.meant else [],
            applicability="unsafe")
