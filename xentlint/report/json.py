"""``--output-format json``: ruff-compatible field names (formats.md).

Beyond formats.md, each related location and fix edit also carries ``cell`` (``null`` outside
notebooks), since in a notebook its row is relative to that cell.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from ..findings import Edit, Finding, Related, Span
from . import ReportOptions
from .escape import printable_json
from .statistics import statistics


def render(findings: Sequence[Finding], options: ReportOptions) -> str:
    return printable_json(json.dumps(objects(findings, options), indent=2, ensure_ascii=False))


def objects(findings: Sequence[Finding], options: ReportOptions) -> list[dict[str, Any]]:
    """What the JSON formats list: the findings, or the counts by rule (``--statistics``)."""
    if options.statistics:
        return [{"code": s.code, "name": s.name, "count": s.count, "fixable": s.fixable}
                for s in statistics(findings)]
    return [finding_to_dict(f) for f in findings]


def finding_to_dict(finding: Finding) -> dict[str, Any]:
    return {
        "code": finding.code,
        "name": finding.name,
        "severity": finding.severity,
        "message": finding.message,
        "filename": finding.filename,
        **_span(finding.span),
        "cell": finding.cell,
        "related": [_related(r) for r in finding.related],
        "fix": None if finding.fix is None else {
            "applicability": finding.fix.applicability,
            "message": finding.fix.message,
            "edits": [_edit(e) for e in finding.fix.edits],
        },
        "url": finding.url,
    }


def _span(span: Span) -> dict[str, dict[str, int]]:
    return {
        "location": {"row": span.start.row, "column": span.start.column},
        "end_location": {"row": span.end.row, "column": span.end.column},
    }


def _related(related: Related) -> dict[str, Any]:
    return {"filename": related.filename, **_span(related.span), "message": related.message,
            "cell": related.cell}


def _edit(edit: Edit) -> dict[str, Any]:
    return {"filename": edit.filename, "content": edit.content, **_span(edit.span),
            "cell": edit.cell}
