"""The rules: one small function per code, over the facts of a module.

A check yields findings through a ``Reporter``, which turns nodes into positions (lazily: a
module without findings never pays for position metadata) and fills in the catalog data.
Checks are registered with ``@check("XL101")`` and live in one module per rule group.
"""

from __future__ import annotations

import posixpath
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass

import libcst as cst

from ..facts import Decoding, Evidence, Facts, Head, Labels, Loss, Pairing, UnstableComposition
from ..findings import Edit, Finding, Fix, Related, Span, mismatch_here
from ..interp.names import ImportTable, code_label, dotted_name
from ..recursion import deep_recursion
from .places import Modules, Places

CheckFunction = Callable[[Facts, "Reporter"], Iterator[Finding]]
FOREIGN = "<another module>"  # where evidence no module of this analysis holds would be
CHECKS: dict[str, CheckFunction] = {}
# The codes the pipeline reports itself, by the stage that does: a file that does not parse,
# a suppression directive that suppresses nothing.
PIPELINE_CODES: dict[str, str] = {"XL001": "xentlint.pipeline.parse",
                                  "XL002": "xentlint.pipeline.suppress"}


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
    """Turns nodes into positions and the user's own words, for the findings of one module.

    Evidence may lie in an imported module of the project: it is named with its file
    (``models.py:14``), and a finding whose own place is there is reported in this module where
    its pieces meet (the pairing site, else the call here that ran the imported code with
    arguments of this module, else the first link here); one with nothing here (``crit = make()``
    building a wrong loss in its own module) is that module's own, and is dropped. A mismatch
    reached from two places here (``compile`` and ``fit``) is reported once.
    """

    def __init__(self, module: cst.Module, filename: str, others: Modules | None = None,
                 entries: Mapping[cst.CSTNode, cst.CSTNode] | None = None,
                 imports: ImportTable | None = None, source: str | None = None) -> None:
        self.module = module
        self.filename = filename
        self.places = Places(module, filename, others, source)  # source: the module's text
        self.entries = entries or {}  # Facts.entries: the calls here that ran imported code
        self.imports = imports  # how this module names what it imports (for the fixes' edits)
        self._texts: dict[int, str] = {}
        # A finding reported here whose mismatch is in another module: that place (the finding
        # is kept with it, so that its id is not reused by another one while this lives).
        self._origins: dict[int, tuple[Finding, tuple[str, Span]]] = {}

    def text(self, evidence: Evidence) -> str:
        """The user's spelling of a piece of evidence, e.g. ``Dense(10, activation='softmax')``
        (computed only for the evidence of a finding: generating code is not free)."""
        key = id(evidence.node)
        if key not in self._texts:
            self._texts[key] = code_label(self.module, evidence.node)
        return self._texts[key]

    def code(self, node: cst.CSTNode) -> str:
        """The whole code of ``node``, as written (an edit's text is built from it)."""
        with deep_recursion():
            return self.module.code_for_node(node)

    def qualname(self, node: cst.CSTNode) -> str | None:
        """The canonical name of a ``a.b.c`` expression through this module's imports."""
        dotted = dotted_name(node) if isinstance(node, cst.BaseExpression) else None
        if dotted is None or self.imports is None:
            return None
        first, _, rest = dotted.partition(".")
        full = self.imports.aliases.get(first)
        if full is None or full.startswith("."):
            return None
        return self.imports.spellings.canonical(f"{full}.{rest}" if rest else full)

    def spell(self, target: str, prefer: str | None = None) -> str | None:
        """``target`` (a real qualified name: ``a.nn.functional.logsigmoid``) as this module
        can name it through its imports (``F.logsigmoid``): ``prefer`` when it is one of the
        ways, else the shortest; None when no import reaches it (an edit never adds one)."""
        if self.imports is None:
            return None
        parts, canonical = target.split("."), self.imports.spellings.canonical(target)
        found = []
        for local, full in self.imports.aliases.items():
            if full.startswith("."):
                continue
            for k in range(len(parts) + 1):  # local + the last k parts of the target
                spelled = ".".join([local, *parts[len(parts) - k:]])
                written = ".".join([full, *parts[len(parts) - k:]])
                if written == target or (written.endswith("." + target) and  # a re-export
                                         self.imports.spellings.canonical(written) == canonical):
                    found.append(spelled)
        if prefer in found:
            return prefer
        return min(found, key=lambda s: (len(s), s)) if found else None

    def _edit_span(self, target: cst.CSTNode | tuple[cst.CSTNode, cst.CSTNode]) -> Span:
        """A node's span, or for ``(a, b)`` the text from the end of ``a`` to the end of ``b``
        (``(a, a)``: an insertion after ``a``)."""
        if isinstance(target, tuple):
            return Span(self.span(target[0]).end, self.span(target[1]).end)
        return self.span(target)

    def located(self, node: cst.CSTNode) -> tuple[str, Span]:
        found = self.places.locate(node)
        return found if found is not None else (FOREIGN, Span.of(1, 1, 1, 1))

    def span(self, node: cst.CSTNode) -> Span:
        return self.located(node)[1]

    def line(self, node: cst.CSTNode) -> int:
        return self.span(node).start.row

    def place(self, node: cst.CSTNode) -> str:
        """``line 12`` in this module, ``models.py:12`` in another beside it (``nets/heads.py:12``
        below it; elsewhere, as the run names files)."""
        filename, span = self.located(node)
        if filename == self.filename:
            return f"line {span.start.row}"
        here = posixpath.dirname(self.filename)
        if here and filename.startswith(here + "/"):
            filename = filename[len(here) + 1:]
        return f"{filename}:{span.start.row}"

    # Phrases in the user's own names.

    def where(self, evidence: Evidence) -> str:
        """```code` (line N)``: a piece of evidence in a sentence."""
        return f"`{self.text(evidence)}` ({self.place(evidence.node)})"

    def quote(self, evidence: Evidence) -> str:
        """```code```, with where it is when that is another module (``engine.py:12``): the
        subject of a message reported here for code elsewhere."""
        if self.places.is_local(evidence.node):
            return f"`{self.text(evidence)}`"
        return f"`{self.text(evidence)}` ({self.place(evidence.node)})"

    def head(self, head: Head) -> str:
        if head.model and not head.inline:
            return f"`{head.model}` ends in {self._ending(head)}"
        return self.where(head.evidence)

    def _ending(self, head: Head) -> str:
        """"`nn.Softmax(dim=1)` (line 4)", and where alike models of other branches end."""
        here = self.place(head.evidence.node)
        others = sorted({self.place(alt.node) for alt in head.alternatives} - {here})
        if not head.alternatives:
            return self.where(head.evidence)
        if not others:
            return f"`{self.text(head.evidence)}` ({here}, in every branch)"
        return (f"`{self.text(head.evidence)}` ({here}; in "
                f"{'the other branch' if len(head.alternatives) == 1 else 'the others'}: "
                f"{', '.join(others)})")

    def head_gives(self, head: Head) -> str:
        """The head as a clause that goes on with what it gives: "`model` ends in ..., which
        gives" or, for an activation applied in the code, "`F.softmax(x, dim=1)` (line 5) gives"."""
        if head.model and not head.inline:
            return f"{self.head(head)}, which gives"
        return f"{self.where(head.evidence)} gives"

    def output(self, head: Head) -> str:
        """The head as an object of a sentence: "the output of `model`, which ends in ..."."""
        if head.model and not head.inline:
            return f"the output of `{head.model}`, which ends in {self._ending(head)}"
        return self.where(head.evidence)

    def loss(self, loss: Loss) -> str:
        """The loss as written, and which one it is when what is written does not say
        (```LOSSES[cfg["loss"]]()``` (losses.py:14, `NLLLoss`))."""
        api, text = loss.spec.api, self.text(loss.evidence)
        if loss.spec.handwritten or api.lower() in text.lower():
            return self.where(loss.evidence)
        return f"`{text}` ({self.place(loss.evidence.node)}, `{api}`)"

    def labels(self, labels: Labels) -> str:
        if labels.evidence is None:
            return "the labels"
        return f"the labels from {self.where(labels.evidence)}"

    def finding(self, code: str, node: cst.CSTNode, message: str, links: Iterable[Link | None] = (),
                subject: object = None, fix: str | None = None,
                edits: Iterable[tuple[cst.CSTNode | tuple[cst.CSTNode, cst.CSTNode], str]] = (),
                applicability: str = "display") -> Finding:
        from .. import catalog

        rule = catalog.rule(code)
        chain = [link for link in links if link is not None and link.node is not node]
        original = node
        if not self.places.is_local(node):
            # Reported here: where the pairing is made, else the call of this module that ran
            # the imported code with its arguments, else the first link in this module.
            site = getattr(subject, "site", None)
            candidates = [Link(site.node, "paired here")] if site is not None else []
            # (a log of a softmax written there is that module's own, whatever it is given)
            if not isinstance(subject, UnstableComposition):
                candidates += [Link(self.entries[n], "calls the code")
                               for n in (node, *(link.node for link in chain))
                               if n in self.entries and self._passes_arguments(self.entries[n])]
            candidates += chain
            anchor = next((link for link in candidates if self.places.is_local(link.node)), None)
            if anchor is not None:
                chain = [Link(node, mismatch_here(code)),
                         *(link for link in chain if link.node is not anchor.node)]
                node = anchor.node
        # (A fix with an edit in another module is left to that module's own run of --fix: a
        # fix is all or nothing.)
        edits = list(edits)
        nodes = [x for n, _ in edits for x in (n if isinstance(n, tuple) else (n,))]
        edit_list = tuple(Edit(self.filename, self._edit_span(n), text) for n, text in edits
                          ) if all(self.places.is_local(x) for x in nodes) else ()
        fix_value = None
        if fix is not None:
            fix_value = Fix(fix, applicability if edit_list else "display", edit_list)
        related = tuple(Related(*self.located(link.node), link.message) for link in chain)
        filename, span = self.located(node)
        finding = Finding(code, rule.name, rule.severity, message, filename, span,
                          related, fix_value, None, rule.url, context_of(subject))
        if node is not original:
            self._origins[id(finding)] = (finding, self.located(original))
        return finding

    def place_of_mismatch(self, finding: Finding) -> tuple[str, Span]:
        """Where a finding's mismatch is: its own place, or the other module's place of one
        reported here."""
        kept = self._origins.get(id(finding))
        return kept[1] if kept is not None else (finding.filename, finding.span)

    def _passes_arguments(self, call: cst.CSTNode) -> bool:
        """The call here that ran imported code gives it something of this module: arguments,
        or an object of this module whose method it is (``make()``, ``losses.make()``: no)."""
        if not isinstance(call, cst.Call):
            return True
        root: cst.BaseExpression = call
        while isinstance(root, (cst.Attribute, cst.Call)):  # Builder().build(): the same
            if isinstance(root, cst.Call) and root.args:
                return True
            root = root.value if isinstance(root, cst.Attribute) else root.func
        if not isinstance(root, cst.Name):
            return True
        return self.imports is None or self.imports.resolve(root.value) is None


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
        items.update(loss=loss.family, expects=loss.expects, framework=loss.spec.framework,
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


def pairings(facts: Facts, handwritten: bool = False) -> list[Pairing]:
    """What training pairs; with ``handwritten``, also the hand-written losses (which only some
    rules can judge: ``y * log(p)`` is also the positive term of a binary cross-entropy)."""
    return [*facts.pairings, *facts.handwritten] if handwritten else facts.pairings


def head_place(facts: Facts, t: Pairing) -> cst.CSTNode:
    """Where a mismatch of a head and its loss is reported: at the loss (a compile() holds the
    fix), or, for a loss object called on predictions, at the call when the activation is
    applied there (``criterion(F.softmax(out, 1), y)``) or the object serves heads of other
    kinds (each call is its own mistake)."""
    if t.loss.spec.labels_reported_at == "call" and (
            (t.head is not None and t.head.inline) or shares_loss(facts, t)):
        return t.site.node
    return t.loss.evidence.node


def shares_loss(facts: Facts, t: Pairing) -> bool:
    """Another pairing uses ``t``'s loss object with a head of another kind (``loss_fn`` for a
    logits model and for a softmax one): an edit of the loss would break that use."""
    node = t.loss.evidence.node
    kind = t.head.kind if t.head is not None else None
    return any(p is not t and p.loss.evidence.node is node and p.head is not None
               and p.head.kind != kind for p in pairings(facts, handwritten=True))


def training_of(facts: Facts) -> Callable[[Decoding], tuple[Loss | None, Labels | None]]:
    """How the model that a decoder reads was trained: from compile() (the decoding carries
    it), or from the training loop's pairing of the model's own head (a model trained in a
    loop is never compiled)."""
    by_head: dict[cst.CSTNode, Pairing] = {}
    for p in facts.pairings:
        if p.head is not None:
            known = by_head.get(p.head.evidence.node)
            if known is None or _knowing(p.labels) > _knowing(known.labels):
                by_head[p.head.evidence.node] = p

    def trained_with(d: Decoding) -> tuple[Loss | None, Labels | None]:
        pairing = by_head.get(d.trained_head.evidence.node)
        loss = d.loss or (pairing.loss if pairing else None)
        paired = pairing.labels if pairing else None
        found = d.labels if _knowing(d.labels) >= _knowing(paired) else paired
        return loss, found

    return trained_with


def _knowing(labels: Labels | None) -> int:
    """How much is known of labels: none (0), labels of an encoding not known (1: a training
    step run on no data), their encoding (2)."""
    return 0 if labels is None else 1 if labels.encoding == "unknown" else 2


def pairing_links(p: Pairing, labels_role: str) -> list[Link | None]:
    """The chain of evidence of a pairing: its labels, the model output, where they meet."""
    links: list[Link | None] = []
    if p.labels is not None and p.labels.evidence is not None:
        links.append(Link(p.labels.evidence.node, labels_role))
    if p.head is not None:
        links.append(Link(p.head.evidence.node, "model output"))
        links += [Link(alt.node, "model output (another branch)") for alt in p.head.alternatives]
    links.append(Link(p.site.node, "paired here"))
    return links


def run_checks(facts: Facts, reporter: Reporter, codes: Iterable[str] | None = None) -> list[Finding]:
    """Every registered check over the facts; one finding per code and position."""
    from . import calls, decoding, exclusivity, labels, outputs  # noqa: F401 - registration

    selected = set(codes) if codes is not None else None
    findings: dict[tuple[str, str, Span], Finding] = {}
    for code, function in CHECKS.items():
        if selected is not None and code not in selected:
            continue
        for finding in function(facts, reporter):
            if finding.filename == reporter.filename:  # (not: a finding only of another module)
                findings.setdefault((finding.code, *reporter.place_of_mismatch(finding)), finding)
    return sorted(findings.values(), key=Finding.sort_key)
