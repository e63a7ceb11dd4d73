"""The numbers behind an edit: what the pairing computes in the file as it is and as the fix
leaves it, against the loss that was intended.

:func:`prove` applies one finding's fix to the text (unsafe ones too), analyses both texts as
``xentlint check`` does, takes the pairings at the finding's place (its loss call, its model
output) and computes each on seeded synthetic inputs: standard-normal logits of the finding's
width, labels of its task (class indices, or 0/1 per unit for a binary or multi-label one),
the activation the pairing's output ends in, the labels as the pairing encodes them, and the
loss as its row says (what it expects, its family) through a :class:`LossFn`: the reference
with the framework's semantics, or the installed framework (``xentlint verify --framework``).
A hand-written loss is computed from its formula. "Intended" is the textbook cross-entropy of
the task on the logits. Used by ``xentlint verify PATH`` and by the tests of every fix.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from ..facts import INTEGER_DTYPES
from ..findings import Finding

#: Agreement needed between the fixed pairing and the intended loss (float32 arithmetic).
RTOL = 1e-5


@dataclass(frozen=True)
class Proof:
    code: str
    applicability: str
    written: float | None  # mean loss of the pairing as the file has it (None: not computed)
    fixed: float | None  # ... as the fix leaves it
    intended: float | None
    reproduced: bool | None  # None: nothing to compute (no pairing at the place, or no edit)
    detail: str  # what was computed, or why nothing


def prove(text: str, finding: Finding, path: str = "example.py", loss=None,
          framework: str | None = None, seed: int = 0, samples: int = 20_000) -> Proof:
    """Apply ``finding``'s fix to ``text`` and compare the pairing it leaves with the intended
    loss (``loss``: a :class:`~xentlint.reference.consequences.LossFn`; default the reference
    with the semantics of ``framework`` or of the finding's loss)."""
    from ..reference.consequences import ReferenceLoss, semantics_of
    from .edits import apply_fixes
    from .inline import prove_inline

    fix = finding.fix
    applicability = fix.applicability if fix is not None else "display"
    if finding.code in _NOT_A_LOSS:
        return Proof(finding.code, applicability, None, None, None, None, _NOT_A_LOSS[finding.code])
    new_text, applied = apply_fixes(text, [finding], unsafe=True)
    if not applied or new_text == text:
        return Proof(finding.code, applicability, None, None, None, None, "no edit to check")
    inline = prove_inline(text, new_text, finding, loss, seed, samples)
    if inline is not None:  # an edit of one expression: its own numbers
        return inline
    facts = dict(finding.facts)
    rows = _anchor_rows(finding)
    shift = _shift(finding, rows)
    before = _pairings_at(text, path, rows)
    after = _pairings_at(new_text, path, tuple(r + shift for r in rows))
    if framework is None:  # the finding's loss, else the pairing's there
        named = [f.get("framework") for f in (facts, *after)]
        framework = next((str(f) for f in named if f and f != "any"), None)
    semantics = semantics_of(framework)
    loss = loss if loss is not None else ReferenceLoss(semantics)
    task = _task(facts, before, classes=finding.code == "XL305")
    if not after:
        return Proof(finding.code, applicability, None, None, None, None,
                     "the fixed file has no pairing at this place to compute")
    inputs = _inputs(task, seed, samples)
    intended = _intended(task, inputs)
    strict = semantics == "torch"
    fixed = [_checked(p, task, inputs, loss, strict) for p in after]
    written = [_checked(p, task, inputs, loss, strict) for p in before]
    first = next((v for v in written if isinstance(v, float)), None)
    values = [v for v in fixed if isinstance(v, float)]
    problems = [v for v in fixed if isinstance(v, str)]
    if problems or not values:  # (a form the proof does not model is no verdict)
        modelled = not problems or any(_UNMODELLED not in p for p in problems)
        return Proof(finding.code, applicability, first, values[0] if values else None, intended,
                     False if modelled else None,
                     "the fixed pairing " + (problems[0] if problems else "computes nothing"))
    ok = all(_close(v, intended) for v in values)
    through = "the reference (torch semantics)" if task.divergence else loss.name
    what = f"{task.describe()}, {samples:,} samples, seed {seed}, losses through {through}"
    return Proof(finding.code, applicability, first, values[0], intended, ok, what)


_NOT_A_LOSS = {"XL001": "a parse error has no numeric consequence",
               "XL002": "a suppression directive has no numeric consequence",
               **{code: "the fix changes a metric or a decision, not the loss (its numbers: "
                        f"`xentlint verify --rule {code}`)"
                  for code in ("XL205", "XL401", "XL402", "XL403")}}


@dataclass(frozen=True)
class _Task:
    binary: bool
    width: int  # classes, or binary units
    fixed_width: bool = False  # the width is the labels': a pairing must have as many units
    divergence: bool = False  # a KL divergence to a target distribution

    def describe(self) -> str:
        if self.divergence:
            return f"KL divergence to a softmax target over {self.width} classes"
        return (f"{self.width} binary unit(s), 0/1 labels" if self.binary
                else f"{self.width} classes, uniform labels")


def _task(facts: dict[str, object], pairings: Sequence[dict[str, object]],
          classes: bool = False) -> _Task:
    """What the model is meant to learn: a multi-label task when the labels are multi-hot, a
    binary one when the finding's loss is binary or its output has one unit, else exclusive
    classes: as many as the output has units (``classes``: as the labels carry, for a fix of
    the class count)."""
    known = [facts, *pairings]
    family = next((f.get("loss") for f in known if f.get("loss")), None)
    units = next((f.get("units") for f in known if isinstance(f.get("units"), int)), None)
    n = next((f.get("n_classes") for f in known if isinstance(f.get("n_classes"), int)), None)
    if any(f.get("labels") == "multihot" for f in known):
        width = units if isinstance(units, int) else n if isinstance(n, int) else 4
        return _Task(True, width, fixed_width=classes)
    if family == "binary" or units == 1:
        return _Task(True, units if isinstance(units, int) else 1)
    if family == "kld":
        return _Task(False, max(units if isinstance(units, int) else 10, 2), divergence=True)
    if classes and isinstance(n, int):
        return _Task(False, max(n, 2), fixed_width=True)
    width = units if isinstance(units, int) else n if isinstance(n, int) else 10
    return _Task(False, max(width, 2))


def _inputs(task: _Task, seed: int, n: int) -> tuple[np.ndarray, np.ndarray]:
    from ..reference import samples

    z = samples.logits((n, task.width), np.float32, seed=seed)
    if task.divergence:  # the target: another model's softmax (a teacher's)
        from ..reference import activations as A

        teacher = samples.logits((n, task.width), np.float32, seed=seed + 1)
        return z, np.asarray(A.softmax(teacher, -1), np.float32)
    if task.binary:
        return z, samples.binary_labels(z.shape, np.float32, seed=seed + 1)
    return z, samples.indices((n,), task.width, seed=seed + 1)


def _intended(task: _Task, inputs: tuple[np.ndarray, np.ndarray]) -> float:
    from ..reference import activations as A

    z, y = inputs[0].astype(np.float64), inputs[1]
    if task.divergence:
        q = y.astype(np.float64)
        return float(np.mean(np.sum(q * (np.log(q) - A.log_softmax(z)), axis=-1)))
    if task.binary:
        return float(np.mean(-(y * A.log_sigmoid(z) + (1 - y) * A.log_sigmoid(-z))))
    return float(np.mean(-A.log_softmax(z)[np.arange(len(y)), y]))


_UNMODELLED = "not modelled here"
_ACTIVATIONS = ("softmax", "sigmoid", "linear", "log_softmax", "log_sigmoid")


def _checked(p: dict[str, object], task: _Task, inputs: tuple[np.ndarray, np.ndarray],
             loss, strict: bool) -> float | str:
    """What the pairing computes, where its layout fits the task: the output as wide as the
    labels have classes (a fix of the class count), 0-based class indices, the classes on the
    axis the loss reads them from, labels laid out as the outputs."""
    units = p.get("units")
    if task.fixed_width and isinstance(units, int) and units != task.width:
        return f"has {units} output units for {task.width} classes"
    if task.fixed_width and p.get("one_based") and p.get("loss") in _INDEX_LOSSES:
        return f"gets class indices 1..{task.width}, which have no unit for class {task.width}"
    if p.get("output_rank") == 3 and p.get("loss") in ("cross_entropy", "nll"):
        return "reads the sequence axis of an (N, L, C) output as its classes"
    if p.get("labels_transposed"):
        return "compares labels laid out (classes, samples) with (samples, classes) outputs"
    return _computed(p, task, inputs, loss, strict)


_INDEX_LOSSES = ("sparse", "cross_entropy", "nll")


def _computed(p: dict[str, object], task: _Task, inputs: tuple[np.ndarray, np.ndarray],
              loss, strict: bool) -> float | str:
    """The mean loss the pairing computes, or what keeps it from computing one."""
    from ..reference import activations as A
    from ..reference import samples

    z, y = inputs
    activation, family, expects = p.get("activation"), p.get("loss"), p.get("expects")
    if activation not in _ACTIVATIONS:
        return f"ends in {activation or 'an unknown output'}"
    if p.get("loss_axis") not in (-1, None):
        return f"reduces over axis {p.get('loss_axis')}, which is {_UNMODELLED}"
    # the axis it normalises: the classes (-1, or 1 of an (N, C) output; PyTorch's implicit
    # dim of a 2-D input is 1), or 0: across the batch
    axis = 0 if p.get("axis") == 0 else -1
    pred = {"softmax": lambda x: A.softmax(x, axis), "sigmoid": A.sigmoid, "linear": lambda x: x,
            "log_softmax": lambda x: A.log_softmax(x, axis),
            "log_sigmoid": A.log_sigmoid}[str(activation)](z)
    pred = np.asarray(pred, np.float32)
    encoding, dtype = p.get("labels"), p.get("label_dtype")
    if family == "kld" or task.divergence:
        return _divergence(p, pred, inputs[1], task)
    if family not in ("sparse", "categorical", "cross_entropy", "nll", "binary"):
        return f"is a {family} loss, which is {_UNMODELLED}"
    if task.binary != (family == "binary"):
        return f"is a {family} loss for a {'binary' if task.binary else 'multi-class'} task"
    if strict and dtype is not None and (
            (family == "binary" and dtype in INTEGER_DTYPES)
            or (family in ("cross_entropy", "nll") and encoding != "onehot"
                and dtype in ("int32", "float"))):
        return f"raises on {dtype} targets"
    if family == "binary":
        target, name = y, "binary"
    elif encoding == "onehot" or (encoding in (None, "unknown") and family == "categorical"):
        if family in ("sparse", "nll") or (strict and dtype in INTEGER_DTYPES):
            return "gets one-hot targets where class indices go"
        target, name = samples.one_hot(y, task.width, np.float32), "categorical"
    else:
        if family == "categorical":
            return "gets class indices where one-hot targets go"
        target, name = y, "sparse"
    if p.get("framework") == "any" or expects == "log-probs":
        return _by_formula(pred, target, name, expects)
    try:
        result = loss(name, pred, target, expects == "logits")
    except (RuntimeError, ValueError) as error:  # the framework refuses the pairing
        return f"raises: {str(error).strip().splitlines()[0] if str(error).strip() else error}"
    if result is None:
        return f"has no {name} loss on {'logits' if expects == 'logits' else 'probabilities'}"
    return float(np.mean(result[0]))


def _divergence(p: dict[str, object], pred: np.ndarray, target: np.ndarray,
                task: _Task) -> float | str:
    """PyTorch's ``kl_div(input, target)`` per sample, through the reference (which the test
    suite checks against torch): ``reduction='mean'`` (the default) averages over the classes
    too, the divergence divided by C; the others are read per sample."""
    from ..reference.divergence import kl_div

    if not task.divergence or p.get("loss") != "kld":
        return f"is a {p.get('loss')} loss for {task.describe()}"
    if p.get("expects") != "log-probs":
        return f"is a KL divergence on {p.get('expects')}, which is {_UNMODELLED}"
    elementwise = np.asarray(kl_div(pred, target, semantics="torch", reduction="none").value)
    per_sample = float(np.mean(np.sum(elementwise.astype(np.float64), axis=-1)))
    return per_sample / task.width if p.get("reduction") in (None, "mean") else per_sample


def _by_formula(pred: np.ndarray, target: np.ndarray, name: str,
                expects: object) -> float | str:
    """A hand-written loss or an NLL: minus the log-probability of the target."""
    from ..reference import samples

    lp = pred.astype(np.float64)
    if expects == "probs":
        with np.errstate(divide="ignore"):
            lp = np.log(lp)
    if name == "binary":  # -(y log p + (1 - y) log(1 - p)), averaged over the units
        if expects != "probs":
            return f"is a hand-written binary loss on {expects}, which is {_UNMODELLED}"
        p = pred.astype(np.float64)
        with np.errstate(divide="ignore"):
            terms = target * np.log(p) + (1 - target) * np.log1p(-p)
        return float(np.mean(-np.mean(terms, axis=-1)))
    onehot = target if name == "categorical" else samples.one_hot(target, pred.shape[-1])
    return float(np.mean(-np.sum(onehot * lp, axis=-1)))


def _close(a: float, b: float) -> bool:
    return bool(np.isfinite(a) and np.isfinite(b) and abs(a - b) <= RTOL * max(abs(b), 1e-6))


def _anchor_rows(finding: Finding) -> tuple[int, ...]:
    """The rows where the finding's pairing is: the finding's own and where it is paired."""
    rows = {finding.span.start.row}
    rows |= {r.span.start.row for r in finding.related
             if r.filename == finding.filename and r.message == "paired here"}
    return tuple(sorted(rows))


def _shift(finding: Finding, rows: tuple[int, ...]) -> int:
    """How many lines the fix adds above the first anchor row (negative: removes)."""
    shift = 0
    for edit in finding.fix.edits if finding.fix is not None else ():
        if edit.span.end.row < rows[0]:
            shift += edit.content.count("\n") - (edit.span.end.row - edit.span.start.row)
    return shift


def _pairings_at(text: str, path: str, rows: tuple[int, ...]) -> list[dict[str, object]]:
    """The facts of the pairings whose call or model output spans one of ``rows``."""
    from pathlib import Path

    import libcst as cst

    from .. import frameworks
    from ..checks import context_of
    from ..checks.places import Places
    from ..config import Settings
    from ..interp.interpreter import Interpreter
    from ..interp.names import ImportTable
    from ..pipeline.project import project_for

    module = cst.parse_module(text)
    imports = ImportTable.of(module, frameworks.SPELLINGS)
    active = frameworks.imported(imports.roots())
    project = project_for(Settings())  # the user's modules next to the file, as check reads them
    if project is not None:
        project.begin()
    facts = Interpreter(module, frameworks.hooks_for(active), frameworks.SPELLINGS, imports,
                        project=project, path=Path(path), active=active).run().connect()
    places = Places(module, path)
    found: list[dict[str, object]] = []
    for p in [*facts.pairings, *facts.handwritten]:
        nodes = [p.site.node, *([p.head.evidence.node] if p.head is not None else [])]
        spans = [places.locate(n) for n in nodes]
        if any(s is not None and s[1].start.row <= row <= s[1].end.row
               for s in spans for row in rows):
            context = {**dict(context_of(p)), "output_rank": p.output_rank,
                       "reduction": p.loss.reduction,
                       "labels_transposed": p.labels is not None and p.labels.transposed}
            if context not in found:
                found.append(context)
    # an output the analysis lost track of says nothing when the same call has a known one
    known = [f for f in found if f.get("activation") is not None]
    return known or found


__all__ = ["RTOL", "Proof", "prove"]
