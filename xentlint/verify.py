"""``xentlint verify``: the numeric check behind a finding or a rule.

``verify PATH[:LINE]`` rebuilds each finding of a file from its facts (activation, units, loss,
labels), ``verify --rule XL101`` runs the rule's canonical case; both run the pairing as written,
as fixed and as intended on seeded synthetic inputs (:mod:`xentlint.reference.consequences`)
and print what the numbers mean. The reference follows the finding's framework
(``facts["framework"]``, or the file's imports when the facts do not say), with the semantics
of its registry row: torch semantics for PyTorch, optax semantics for JAX, TensorFlow semantics
for raw TensorFlow, Keras semantics otherwise; a loss outside the cross-entropy family
(regression, multi-label margin) has nothing to compare, and says why. ``--framework
torch|keras|jax|tf`` computes the framework losses with the installed framework (its runtime's
``Backend``: Keras on the torch backend, optax's own losses for JAX, ``tf.nn``'s for TensorFlow)
instead of the reference; they are imported lazily, never by the checker. Exit code 0
when every fix reproduces the intended loss (or the rule has nothing numeric to compare), 1
otherwise, 2 for a usage error.
"""

from __future__ import annotations

import json
import math
import os
import re
from dataclasses import asdict
from typing import Any

import click


def _with_backends() -> tuple[str, ...]:
    """The frameworks whose own losses ``--framework`` can compute with (a runtime backend)."""
    from .frameworks import REGISTRY

    return tuple(f.name for f in REGISTRY if f.runtime is not None)


FRAMEWORKS = ("reference", *_with_backends())


def loss_backend(framework: str):  # noqa: ANN201 - a LossFn
    """The losses ``--framework`` names: the reference, or an installed framework's own."""
    from .frameworks import framework as row
    from .reference.consequences import ReferenceLoss

    runtime = None if framework == "reference" else row(framework).load_runtime()
    if runtime is None:
        return ReferenceLoss()
    try:
        return runtime.Backend()
    except ImportError as error:
        raise click.UsageError(f"--framework {framework}: {error}") from error
    except RuntimeError as error:
        raise click.UsageError(str(error)) from error


# --- what to run ---------------------------------------------------------------------------

def outcome_for(code: str, facts: dict[str, object], backend, seed: int, samples: int):
    """The outcome of one case. With the reference, the finding's framework picks the semantics
    (its registry row's); an installed framework is used as it is."""
    from .reference import consequences as C

    if isinstance(backend, C.ReferenceLoss):
        backend = C.ReferenceLoss(C.semantics_of(facts.get("framework")))
    if code in C.CASES:
        reason = C.outside_the_reference(code, facts)
        if reason:
            return C.Outcome(code, "", meaning=reason)
        try:
            return C.CASES[code](C.Context(dict(facts), backend, seed, samples))
        except (RuntimeError, ValueError, IndexError) as error:
            if isinstance(backend, C.ReferenceLoss) and not isinstance(error, C.FrameworkRaises):
                raise
            # the framework refuses the pairing (torch's BCELoss on raw outputs...): that is the
            # consequence, and there is no number to compare
            first = str(error).strip().splitlines()[0] if str(error).strip() else ""
            kind = error.kind if isinstance(error, C.FrameworkRaises) else type(error).__name__
            return C.Outcome(code, f"losses through {backend.name}",
                             meaning=f"{backend.name} raises {kind}: {first}")
    reason = C.NOT_NUMERIC.get(code, "this rule has no numeric consequence to compute")
    return C.Outcome(code, "", meaning=reason)


def framework_of_file(path: str) -> str | None:
    """The framework whose semantics a finding follows when its facts do not say (a softmax
    over one unit, a decoder, a hand-written loss): the one the file imports, or the first of
    those it imports when they share their semantics; else None (a file that imports
    ``tensorflow`` may be Keras or raw TensorFlow code: Keras semantics, the default)."""
    from .frameworks import REGISTRY

    rows = [f for f in REGISTRY if f.semantics is not None]
    roots = "|".join(sorted({re.escape(root) for f in rows for root in f.roots}))
    pattern = re.compile(rf'(?m)(?:^|")[ \t]*(?:import|from)[ \t]+({roots})\b')
    try:
        with open(path, encoding="utf-8", errors="replace") as handle:
            found = {m.group(1) for m in pattern.finditer(handle.read())}
    except OSError:
        return None
    imported = [f for f in rows if f.roots & found]
    if len({f.semantics for f in imported}) == 1:
        return imported[0].name
    return None


def facts_of(finding) -> dict[str, object]:
    """A finding's facts, with its framework: a hand-written loss ("any") or a finding without
    a loss takes the framework that its file imports."""
    facts = dict(finding.facts)
    if facts.get("framework") in (None, "any"):
        framework = framework_of_file(finding.filename)
        if framework:
            facts["framework"] = framework
    return facts


def parse_target(target: str) -> tuple[str, int | None]:
    match = re.fullmatch(r"(.+?):(\d+)", target)
    if match and not os.path.exists(target):
        return match.group(1), int(match.group(2))
    return target, None


def findings_of(path: str, line: int | None) -> list:
    from . import check_paths

    found = check_paths([path])
    if line is not None:
        found = [f for f in found if f.span.start.row <= line <= f.span.end.row]
    return found


# --- output ----------------------------------------------------------------------------------

def _fmt(value: float | None) -> str:
    if value is None:
        return "-"
    if math.isnan(value):
        return "nan"
    if value == 0 or 1e-2 <= abs(value) < 1e5:
        return f"{value:.4f}".rstrip("0").rstrip(".") if value != int(value) else f"{value:g}"
    return f"{value:.3g}"


def render_text(entries: list[dict[str, Any]]) -> str:
    lines: list[str] = []
    for entry in entries:
        outcome = entry["outcome"]
        head = f"{outcome['code']} {entry['name']}"
        if entry.get("location"):
            head = f"{entry['location']}: {head}"
        lines.append(head)
        if outcome["setup"]:
            lines.append(f"  setup: {outcome['setup']}")
        rows = outcome["rows"]
        if rows:
            width = max(len(r["quantity"]) for r in rows)
            lines.append(f"  {'':{width}}  {'as written':>12}  {'as fixed':>12}  {'intended':>12}")
            for r in rows:
                lines.append(f"  {r['quantity']:{width}}  {_fmt(r['written']):>12}  "
                             f"{_fmt(r['fixed']):>12}  {_fmt(r['intended']):>12}")
        lines.append(f"  => {outcome['meaning']}")
        verdict = {True: "the fix reproduces the intended loss",
                   False: "the fix does NOT reproduce the intended loss",
                   None: "nothing to compare numerically"}[outcome["reproduced"]]
        lines.append(f"  {verdict}")
        edit = entry.get("edit")
        if edit:
            lines.append(f"  the {edit['applicability']} edit, applied to a copy of the file: "
                         + _edit_verdict(edit))
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def edit_proof(finding, facts: dict[str, object], backend, seed: int,
               samples: int) -> dict[str, Any] | None:
    """The finding's real edit checked in numbers (:func:`xentlint.fix.proof.prove`): the
    pairing of the file as it is and as the fix leaves it; None without an edit."""
    from .fix.proof import prove
    from .reference.consequences import ReferenceLoss

    if finding.fix is None or not finding.fix.edits or finding.cell is not None:
        return None
    path = finding.filename  # (as displayed: relative to the working directory)
    try:
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
    except (OSError, UnicodeDecodeError):
        return None
    loss = None if isinstance(backend, ReferenceLoss) else backend
    framework = facts.get("framework")
    proof = prove(text, finding, path, loss, framework if isinstance(framework, str) else None,
                  seed, min(samples, 100_000))
    return asdict(proof)


def _edit_verdict(edit: dict[str, Any]) -> str:
    if edit["reproduced"] is None:
        return f"nothing to compare ({edit['detail']})"
    numbers = (f"mean loss {_fmt(edit['written'])} as written, {_fmt(edit['fixed'])} as fixed, "
               f"{_fmt(edit['intended'])} intended")
    if edit["reproduced"]:
        return f"{numbers}: it reproduces the intended loss"
    return f"{numbers}: it does NOT reproduce the intended loss ({edit['detail']})"


@click.command("verify")
@click.argument("target", required=False, metavar="PATH[:LINE]")
@click.option("--rule", "rules", multiple=True, metavar="CODE",
              help="Run the canonical case of a rule (repeatable; ALL for every rule).")
@click.option("--output-format", type=click.Choice(["text", "json"]), default="text",
              show_default=True)
@click.option("--seed", type=int, default=0, show_default=True, help="Seed of the synthetic inputs.")
@click.option("--samples", type=click.IntRange(1, 10_000_000), default=100_000, show_default=True,
              help="Number of synthetic samples.")
@click.option("--framework", type=click.Choice(FRAMEWORKS), default="reference", show_default=True,
              help="Compute the framework losses with the reference or the installed framework.")
def verify_command(target: str | None, rules: tuple[str, ...], output_format: str, seed: int,
                   samples: int, framework: str) -> None:
    """Show in numbers what a finding (PATH[:LINE]) or a rule (--rule XL101) does to the loss
    and the gradients, and check that the fix gives the intended loss."""
    from .catalog import all_rules, expand_selector
    from .reference.consequences import CANONICAL

    if not target and not rules:
        raise click.UsageError("give a PATH[:LINE] or --rule CODE")
    backend = loss_backend(framework)
    catalog = all_rules()
    entries: list[dict[str, Any]] = []
    for selector in rules:
        try:
            codes = expand_selector(selector)
        except KeyError:
            raise click.UsageError(f"unknown rule {selector!r}") from None
        for code in codes:
            for facts in CANONICAL.get(code, ({},)):
                outcome = outcome_for(code, facts, backend, seed, samples)
                entries.append({"name": catalog[code].name, "location": None, "facts": facts,
                                "outcome": asdict(outcome)})
    if target:
        from .config import ConfigError
        from .pipeline.discover import DiscoveryError

        path, line = parse_target(target)
        try:
            found = findings_of(path, line)
        except (ConfigError, DiscoveryError) as error:
            raise click.UsageError(str(error)) from error
        for finding in found:
            where = f"{finding.filename}:{finding.span.start.row}:{finding.span.start.column}"
            if finding.cell is not None:
                where = f"{finding.filename}:cell {finding.cell}:{finding.span.start.row}"
            facts = facts_of(finding)
            outcome = outcome_for(finding.code, facts, backend, seed, samples)
            entries.append({"name": finding.name, "location": where, "facts": facts,
                            "outcome": asdict(outcome),
                            "edit": edit_proof(finding, facts, backend, seed, samples)})
    failed = any(e["outcome"]["reproduced"] is False or (e.get("edit") or {}).get("reproduced")
                 is False for e in entries)
    if output_format == "json":
        from .reference.consequences import ReferenceLoss

        name = "reference" if isinstance(backend, ReferenceLoss) else backend.name
        click.echo(json.dumps({"framework": name, "seed": seed, "samples": samples,
                               "results": entries, "ok": not failed}, indent=2, default=str))
    elif entries:
        click.echo(render_text(entries), nl=False)
    else:
        click.echo("no findings to verify")
    raise SystemExit(1 if failed else 0)
