"""``--output-format grouped``: the findings under the name of their file (ruff's ``grouped``).

::

    src/train.py:
       9:5  XL201 `tagger` ends in ...
      31:12 XL101 [*] `criterion` ...

    Found 2 errors (1 fixable with --fix).

Rows are right-aligned and columns left-aligned within a file; a notebook finding shows its
cell (``cell 4:6:38``). ``--show-evidence`` adds the evidence under each finding.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import groupby

from ..findings import Finding
from ..fix import is_applicable
from . import ReportOptions, text
from .escape import printable

_INDENT = "  "


def render(findings: Sequence[Finding], options: ReportOptions) -> str:
    if options.statistics:
        return text.render(findings, options)
    paint = text.painter(options.color)
    lines: list[str] = []
    for filename, group in groupby(findings, key=lambda f: f.filename):
        members = list(group)
        rows = [f"cell {f.cell}:{f.span.start.row}" if f.cell is not None else str(f.span.start.row)
                for f in members]
        columns = [str(f.span.start.column) for f in members]
        row_width = max(map(len, rows))
        column_width = max(map(len, columns))
        lines.append(paint(f"{filename}:", "bold"))
        for finding, row, column in zip(members, rows, columns, strict=True):
            colour = "yellow" if finding.severity == "warning" else "red"
            marker = (f" {paint('[*]', 'cyan')}"
                      if is_applicable(finding, options.unsafe_fixes) else "")
            place = f"{row:>{row_width}}:{column:<{column_width}}"
            lines.append(f"{_INDENT}{paint(place, 'bold')} {paint(finding.code, colour)}{marker} "
                         f"{finding.message}")
            if options.show_evidence:
                lines.extend(_INDENT + line for line in text.evidence(finding, paint))
        lines.append("")
    if options.quiet:
        return printable("\n".join(lines[:-1]))
    summary = text.summary(findings, fixed=options.fixed, unsafe_fixes=options.unsafe_fixes,
                           fixing=options.fixing)
    lines.append(paint(summary, "bold" if findings else "green"))
    return printable("\n".join(lines))
