"""The rules: one small function per code, over the facts of a module.

A check yields findings through a ``Reporter``, which turns nodes into positions (lazily: a
module without findings never pays for position metadata) and fills in the catalog data.
Checks are registered with ``@check("XL101")`` and live in one module per rule group.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

import libcst as cst
from libcst.metadata import MetadataWrapper, PositionProvider

from ..facts import Facts, Head, Labels, Loss, Training
from ..findings import Edit, Finding, Fix, Related, Span
from ..recursion import deep_recursion

CheckFunction = Callable[[Facts, "Reporter"], Iterator[Finding]]
CHECKS: dict[str, CheckFunction] = {}


def check(code: str) -> Callable[[CheckFunction], CheckFunction]:
    def register(function: CheckFunction) -> CheckFunction:
        CHECKS[code] = function
        return function
    return register


@dataclass(frozen=True)
class Link:
    """A related location of a finding: a node and what it contributes."""

    node: cst.CSTNode
    message: str


class Reporter:
    def __init__(self, module: cst.Module, filename: str) -> None:
        self.module = module
        self.filename = filename
        self._positions = None

    def span(self, node: cst.CSTNode) -> Span:
        if self._positions is None:
            wrapper = MetadataWrapper(self.module, unsafe_skip_copy=True)
            with deep_recursion():  # libcst's code generation recurses once per nesting level
                self._positions = wrapper.resolve(PositionProvider)
        code_range = self._positions[node]
        return Span.of(code_range.start.line, code_range.start.column + 1,
                       code_range.end.line, code_range.end.column + 1)

    def line(self, node: cst.CSTNode) -> int:
        return self.span(node).start.row

    # Phrases in the user's own names.

    def head(self, head: Head) -> str:
        where = f"`{head.evidence.label}` (line {self.line(head.evidence.node)})"
        if head.model and not head.inline:
            return f"`{head.model}` ends in {where}"
        return where

    def output(self, head: Head) -> str:
        """The head as an object of a sentence: "the output of `model`, which ends in ..."."""
        where = f"`{head.evidence.label}` (line {self.line(head.evidence.node)})"
        if head.model and not head.inline:
            return f"the output of `{head.model}`, which ends in {where}"
        return where

    def loss(self, loss: Loss) -> str:
        return f"`{loss.evidence.label}` (line {self.line(loss.evidence.node)})"

    def labels(self, labels: Labels) -> str:
        if labels.evidence is None:
            return "the labels"
        return f"the labels from `{labels.evidence.label}` (line {self.line(labels.evidence.node)})"

    def finding(self, code: str, node: cst.CSTNode, message: str, links: Iterable[Link | None] = (),
                subject: object = None, fix: str | None = None,
                edits: Iterable[tuple[cst.CSTNode, str]] = (),
                applicability: str = "display") -> Finding:
        from .. import catalog

        rule = catalog.rule(code)
        edit_list = tuple(Edit(self.filename, self.span(n), text) for n, text in edits)
        fix_value = None
        if fix is not None:
            fix_value = Fix(fix, applicability if edit_list else "display", edit_list)
        related = tuple(Related(self.filename, self.span(link.node), link.message)
                        for link in links if link is not None and link.node is not node)
        return Finding(code, rule.name, rule.severity, message, self.filename, self.span(node),
                       related, fix_value, None, rule.url, context_of(subject))


def context_of(subject: object) -> tuple[tuple[str, object], ...]:
    """The plain facts behind a finding (head, loss, labels, decoder), for tools that rebuild
    the pairing numerically (``xentlint verify``) without re-reading the code."""
    items: dict[str, object] = {}
    head = subject if isinstance(subject, Head) else (
        getattr(subject, "head", None) or getattr(subject, "inner", None))
    if isinstance(head, Head):
        items.update(activation=head.activation, units=head.units, axis=head.axis)
    loss = getattr(subject, "loss", None)
    if isinstance(loss, Loss):
        items.update(loss=loss.family, expects=loss.expects, framework=loss.framework,
                     loss_axis=loss.axis)
    labels = getattr(subject, "labels", None)
    if isinstance(labels, Labels):
        items.update(labels=labels.encoding, n_classes=labels.n_classes,
                     one_based=labels.one_based, label_rank=labels.rank, label_dtype=labels.dtype)
    for name in ("op", "threshold", "parameter", "meant", "suggestion"):
        value = getattr(subject, name, None)
        if isinstance(value, (str, int, float)):
            items[name] = value
    return tuple(items.items())


def trainings_by_head(facts: Facts) -> dict[cst.CSTNode, Training]:
    """How each head is trained, by the node of its activation: a PyTorch model is not
    compiled, so decoders find its loss and labels through the training loop's pairing."""
    found: dict[cst.CSTNode, Training] = {}
    for t in facts.trainings:
        if t.head is not None:
            known = found.get(t.head.evidence.node)
            if known is None or known.labels is None:
                found[t.head.evidence.node] = t
    return found


def run_checks(facts: Facts, reporter: Reporter, codes: Iterable[str] | None = None) -> list[Finding]:
    """Every registered check over the facts; one finding per code and position."""
    from . import calls, decoding, exclusivity, labels, outputs  # noqa: F401 - registration

    selected = set(codes) if codes is not None else None
    findings: dict[tuple[str, Span], Finding] = {}
    for code, function in CHECKS.items():
        if selected is not None and code not in selected:
            continue
        for finding in function(facts, reporter):
            findings.setdefault((finding.code, finding.span), finding)
    return sorted(findings.values(), key=Finding.sort_key)
