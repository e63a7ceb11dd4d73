"""The default, human format (formats.md): one line per finding, then a summary.

``path:row:col: CODE [*] message`` (``path:cell N:row:col:`` in notebooks); with
``--show-evidence`` each finding is followed by its related locations and fix advice, indented.
"""

from __future__ import annotations

from collections.abc import Sequence

import click

from ..findings import Finding, Position
from ..fix import is_applicable, is_hidden
from . import ReportOptions
from .escape import printable
from .statistics import statistics

_INDENT = "    "
_STYLES: dict[str, dict[str, object]] = {
    "bold": {"bold": True}, "dim": {"dim": True}, "red": {"fg": "red"},
    "yellow": {"fg": "yellow"}, "cyan": {"fg": "cyan"}, "green": {"fg": "green"},
}


def render(findings: Sequence[Finding], options: ReportOptions) -> str:
    paint = painter(options.color)
    if options.statistics:
        lines = _statistics(findings)
    else:
        lines = []
        for finding in findings:
            lines.append(format_finding(finding, paint, unsafe_fixes=options.unsafe_fixes))
            if options.show_evidence:
                lines.extend(evidence(finding, paint))
    if not options.quiet:
        text = summary(findings, fixed=options.fixed, unsafe_fixes=options.unsafe_fixes,
                       fixing=options.fixing)
        lines.append(paint(text, "bold" if findings else "green"))
    return printable("\n".join(lines))


def location(filename: str, cell: int | None, position: Position) -> str:
    where = f"{filename}:cell {cell}" if cell is not None else filename
    return f"{where}:{position.row}:{position.column}"


def format_finding(finding: Finding, paint=lambda text, _style: text, *,
                   unsafe_fixes: bool = False) -> str:
    colour = "yellow" if finding.severity == "warning" else "red"
    marker = f" {paint('[*]', 'cyan')}" if is_applicable(finding, unsafe_fixes) else ""
    where = paint(location(finding.filename, finding.cell, finding.span.start), "bold")
    return f"{where}: {paint(finding.code, colour)}{marker} {finding.message}"


def summary(findings: Sequence[Finding], *, fixed: Sequence[Finding] = (),
            unsafe_fixes: bool = False, fixing: bool = False) -> str:
    """``Found 2 errors and 1 warning (1 fixable with --fix).`` or ``All checks passed!``

    After ``--fix`` (``fixed``: the findings fixed, ``findings``: those remaining):
    ``Found 3 errors (2 fixed, 1 remaining).``; unsafe fixes that ``--unsafe-fixes`` would
    apply are mentioned as ruff does: ``1 hidden fix can be enabled with the `--unsafe-fixes`
    option``.
    """
    everything = [*findings, *fixed]
    if not everything:
        return "All checks passed!"
    notes = []
    if fixed:
        notes.append(f"{len(fixed)} fixed, {len(findings)} remaining")
    elif not fixing:
        fixable = sum(is_applicable(f, unsafe_fixes) for f in findings)
        if fixable:
            notes.append(f"{fixable} fixable with --fix")
    hidden = sum(is_hidden(f, unsafe_fixes) for f in findings)
    if hidden:
        notes.append(f"{hidden} hidden fix{'' if hidden == 1 else 'es'} can be enabled with "
                     "the `--unsafe-fixes` option")
    tail = f" ({'; '.join(notes)})" if notes else ""
    return f"Found {counted(everything)}{tail}."


def counted(findings: Sequence[Finding]) -> str:
    """``2 errors and 1 warning``, by severity (``0 errors`` for none)."""
    warnings = sum(f.severity == "warning" for f in findings)
    errors = len(findings) - warnings
    parts = [_count(n, word) for n, word in ((errors, "error"), (warnings, "warning")) if n]
    return " and ".join(parts) or _count(0, "error")


def _count(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def evidence(finding: Finding, paint=lambda text, _style: text) -> list[str]:
    """The related locations and the fix advice of ``finding``, one indented line each."""
    lines = [f"{_INDENT}{paint(location(r.filename, r.cell, r.span.start), 'dim')}: {r.message}"
             for r in finding.related]
    if finding.fix is not None:
        lines.append(f"{_INDENT}{paint('help', 'cyan')}: {finding.fix.message}")
    return lines


def _statistics(findings: Sequence[Finding]) -> list[str]:
    rows = statistics(findings)
    if not rows:
        return []
    width = max(len(str(row.count)) for row in rows)
    code_width = max(len(row.code) for row in rows)
    any_fixable = any(row.fixable for row in rows)
    return [f"{row.count:>{width}}  {row.code:<{code_width}}  "
            f"{'[*] ' if row.fixable else '    ' if any_fixable else ''}{row.name}"
            for row in rows]


def painter(enabled: bool):
    """Colours through click (which leaves them out where the stream is not a terminal, unless
    forced)."""
    if not enabled:
        return lambda text, _style: text
    return lambda text, style: click.style(text, **_STYLES[style])  # type: ignore[arg-type]
