"""``--output-format github``: GitHub Actions workflow commands, one per finding (formats.md).

``::error title=xentlint (XL101),file=src/train.py,line=31,col=12,endLine=31,endColumn=40::...``
(``warning`` for warning rules): the runner turns each line into an annotation on the pull
request's diff. Escaped as the runner unescapes (``%`` first, then ``\\r`` and ``\\n``; in a
property also ``:`` and ``,``, which would end it), so any message or file name arrives intact.

A notebook finding is placed on the line of the ``.ipynb`` file that holds its code (a diff
shows the file's JSON), and its message starts with the cell: ``cell 4, line 6: ...``. When that line
cannot be found (the file changed since the check), the annotation names the file only.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..findings import Finding
from . import ReportOptions
from .escape import printable
from .notebook_file import cell_prefix
from .sources import SourceFiles


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render(findings: Sequence[Finding], options: ReportOptions) -> str:
    sources = SourceFiles(options.contents)
    return "\n".join(command(f, sources) for f in findings)


def command(finding: Finding, sources: SourceFiles) -> str:
    """The workflow command that annotates ``finding``."""
    properties = [("title", f"xentlint ({finding.code})"), ("file", finding.filename)]
    span = sources.file_span(finding.filename, finding.cell, finding.span)
    if span is not None:
        properties += [("line", str(span.start.row)), ("col", str(span.start.column)),
                       ("endLine", str(span.end.row)), ("endColumn", str(span.end.column))]
    level = "warning" if finding.severity == "warning" else "error"
    listed = ",".join(f"{key}={escape_property(printable(value))}" for key, value in properties)
    message = cell_prefix(finding.cell, finding.span.start) + finding.message
    return f"::{level} {listed}::{escape_data(printable(message))}"
