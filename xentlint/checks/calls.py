"""XL5: how the loss is called."""

from __future__ import annotations

from collections.abc import Iterator

from ..facts import Facts
from ..findings import Finding
from . import Link, Reporter, check


@check("XL501")
def swapped_loss_arguments(facts: Facts, r: Reporter) -> Iterator[Finding]:
    for c in facts.loss_calls:
        if not (c.first_is_output and c.second_is_labels):
            continue
        yield r.finding(
            "XL501", c.site.node,
            f"`{c.site.label}` passes the model output `{c.first.label}` first and the labels "
            f"`{c.second.label}` second, but the loss takes (y_true, y_pred)",
            [Link(c.first.node, "model output, passed as y_true"),
             Link(c.second.node, "labels, passed as y_pred")],
            subject=c,
            fix=f"Swap the arguments: pass `{c.second.label}` first",
            edits=[(c.first.node, c.second.label), (c.second.node, c.first.label)]
            if len(c.first.label) < 60 and len(c.second.label) < 60 else [],
            applicability="unsafe")


@check("XL502")
def positional_loss_option(facts: Facts, r: Reporter) -> Iterator[Finding]:
    for p in facts.positional_options:
        yield r.finding(
            "XL502", p.value.node,
            f"`{p.value.label}` is passed positionally to `{p.callee}`, whose first parameter "
            f"here is `{p.parameter}`, not `{p.meant}`: the loss silently changes meaning",
            subject=p,
            fix=f"Pass it by keyword: `{p.meant}={p.value.label}`",
            edits=[(p.value.node, f"{p.meant}={p.value.label}")], applicability="unsafe")
