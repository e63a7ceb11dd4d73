"""Output formats. Each is a module with ``render(findings, options) -> str``.

Formats are looked up by name in :data:`FORMATS` and imported only when used, so adding one is
a new module and one line here; the CLI's ``--output-format`` choices come from this table.
Every format renders the same findings, and none lets a file name that is not UTF-8 make its
output invalid (:mod:`.escape`).
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from dataclasses import dataclass

from ..findings import Finding

FORMATS: dict[str, str] = {
    "text": "xentlint.report.text",
    "concise": "xentlint.report.concise",
    "grouped": "xentlint.report.grouped",
    "json": "xentlint.report.json",
    "json-lines": "xentlint.report.json_lines",
    "junit": "xentlint.report.junit",
    "github": "xentlint.report.github",
    "gitlab": "xentlint.report.gitlab",
    "sarif": "xentlint.report.sarif",
}

STATISTICS_FORMATS = ("text", "concise", "grouped", "json", "json-lines")
"""The formats that can print ``--statistics`` (counts are not findings: no file, no line)."""


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
    checked: tuple[str, ...] = ()
    """JUnit: every file checked (display paths), so a clean file is a passing test case."""
    contents: tuple[tuple[str, bytes], ...] = ()
    """Files whose contents are not on disk (stdin), by display path: what sarif, github and
    gitlab read for fingerprints and notebook positions."""
    quiet: bool = False
    """Text, concise, grouped: the findings only, without the summary line (``--quiet``)."""


def render(findings: Sequence[Finding], output_format: str = "text",
           options: ReportOptions | None = None) -> str:
    """The report for ``findings`` (already sorted) in ``output_format``, no final newline."""
    module = importlib.import_module(FORMATS[output_format])
    return module.render(findings, options or ReportOptions())


__all__ = ["FORMATS", "STATISTICS_FORMATS", "ReportOptions", "render"]
