"""``--output-format gitlab``: a GitLab Code Quality report (formats.md).

An array of ``{description, check_name, fingerprint, severity, location: {path, lines: {begin,
end}}}``: ``severity`` is ``major`` for errors and ``minor`` for warnings, ``fingerprint`` is
stable across runs and unrelated edits (:mod:`.fingerprint`), which is how the merge request
widget tells new findings from fixed ones. Paths are relative to ``$CI_PROJECT_DIR`` when it is
set (GitLab resolves them against the repository root), else as every format prints them.

A notebook finding's lines are those of the ``.ipynb`` file that hold its code, and its
description names the cell; when they cannot be found (the file changed since the check), the
report points at line 1 of the notebook.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from typing import Any

from ..findings import Finding
from ..paths import display_path
from . import ReportOptions
from .escape import printable_json
from .fingerprint import fingerprints
from .notebook_file import cell_prefix
from .sources import SourceFiles

SEVERITY = {"error": "major", "warning": "minor"}


def render(findings: Sequence[Finding], options: ReportOptions) -> str:
    sources = SourceFiles(options.contents)
    project = os.environ.get("CI_PROJECT_DIR")
    paths = [display_path(f.filename, project) if project and f.filename != "-" else f.filename
             for f in findings]
    issues: list[dict[str, Any]] = []
    for finding, path, fingerprint in zip(findings, paths, fingerprints(findings, sources, paths),
                                          strict=True):
        span = sources.file_span(finding.filename, finding.cell, finding.span)
        begin, end = (1, 1) if span is None else (span.start.row, span.end.row)
        if span is not None and end > begin and span.end.column == 1:
            end -= 1  # the span ends at the start of a line: that line is not part of it
        issues.append({
            "description": f"{finding.code}: {cell_prefix(finding.cell, finding.span.start)}"
                           f"{finding.message}",
            "check_name": finding.code,
            "fingerprint": fingerprint,
            "severity": SEVERITY.get(finding.severity, "major"),
            "location": {"path": path, "lines": {"begin": begin, "end": end}},
        })
    return printable_json(json.dumps(issues, indent=2, ensure_ascii=False))
