"""Output formats. Each is a module with ``render(findings, options) -> str``.

Formats are looked up by name in :data:`FORMATS` and imported only when used, so adding one
(sarif, github, gitlab) is a new module and one line here; the CLI's ``--output-format``
choices come from this table.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from dataclasses import dataclass

from ..findings import Finding

FORMATS: dict[str, str] = {
    "text": "xentlint.report.text",
    "json": "xentlint.report.json",
}


@dataclass(frozen=True)
class ReportOptions:
    show_evidence: bool = False
    """Text: print each finding's related locations (the chain of evidence) and fix advice."""
    statistics: bool = False
    """Counts by rule instead of the findings themselves."""
    color: bool = False
    unsafe_fixes: bool = False
    """Text: unsafe fixes count as fixable (``[*]``) instead of hidden (``--unsafe-fixes``)."""
    fixing: bool = False
    """Text: ``--fix`` ran, so the summary says what was fixed instead of what is fixable."""
    fixed: tuple[Finding, ...] = ()
    """Text: the findings whose fix ``--fix`` applied (the findings rendered are what remains)."""
    quiet: bool = False
    """Text: the findings only, without the summary line (``--quiet``)."""


def render(findings: Sequence[Finding], output_format: str = "text",
           options: ReportOptions | None = None) -> str:
    """The report for ``findings`` (already sorted) in ``output_format``, no final newline."""
    module = importlib.import_module(FORMATS[output_format])
    return module.render(findings, options or ReportOptions())


__all__ = ["FORMATS", "ReportOptions", "render"]
