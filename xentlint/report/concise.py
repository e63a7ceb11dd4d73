"""``--output-format concise``: one line per finding, then the summary (ruff's ``concise``).

The text format without the evidence, whatever ``--show-evidence`` says: the form to grep, or
to read in an editor's quickfix list.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ..findings import Finding
from . import ReportOptions, text


def render(findings: Sequence[Finding], options: ReportOptions) -> str:
    return text.render(findings, replace(options, show_evidence=False))
