"""``--add-noqa``: a ``# noqa: XL101`` for each line with findings, as ruff's ``--add-noqa``.

The directive goes where the suppression parser looks for it (pipeline/suppress.py): on the
line a finding starts on, or, when that line cannot take a comment (it ends inside a
multi-line string, or continues with a backslash), on the first line of its statement. A line
that already has a ``# noqa: ...`` list gets the new codes added to it; otherwise the directive
is appended after the code (and after any comment already there). XL001 (a file that does not
parse) and XL002 (a dead directive) are never suppressed this way. The edits are applied like
fixes (documents.py: encoding, line endings and notebook JSON kept; the result must parse).
"""

from __future__ import annotations

import io
import re
import tokenize
from collections.abc import Iterable

from ..findings import Edit, Finding, Fix, Span
from ..pipeline.suppress import lines_of, scan
from .documents import open_document

NOT_SUPPRESSIBLE = frozenset({"XL001", "XL002"})
# A `# noqa: CODES` list (ours or other tools'), to add codes to.
_NOQA_LIST = re.compile(r"#\s*noqa\s*:\s*[A-Za-z]+\d[A-Za-z0-9]*"
                        r"(?:(?:\s*,\s*|\s+)[A-Za-z]+\d[A-Za-z0-9]*)*\b", re.IGNORECASE)
_FSTRING_START = getattr(tokenize, "FSTRING_START", -1)
_FSTRING_END = getattr(tokenize, "FSTRING_END", -1)


def noqa_edits(text: str, findings: Iterable[tuple[int, Finding]], filename: str
               ) -> tuple[list[Edit], list[Finding]]:
    """(edits, the findings no directive can be written for) for ``findings`` at their row in
    ``text`` (Python source; a notebook's joined code)."""
    lines = lines_of(text)
    statement_start = scan(text).statement_start
    unfit, comments = _read(text, lines)
    by_row: dict[int, set[str]] = {}
    skipped = []
    for row, finding in findings:
        if finding.code in NOT_SUPPRESSIBLE:
            continue
        target = row if row not in unfit else statement_start.get(row, row)
        if target in unfit or not 1 <= target <= len(lines):
            skipped.append(finding)
            continue
        by_row.setdefault(target, set()).add(finding.code)
    edits = []
    for row, codes in sorted(by_row.items()):
        ordered = ", ".join(sorted(codes))
        column, comment = comments.get(row, (0, ""))
        listed = _NOQA_LIST.search(comment)
        if listed is not None:
            end = column + listed.end()
            edits.append(Edit(filename, Span.of(row, end + 1, row, end + 1), f", {ordered}"))
        else:
            line = lines[row - 1]
            end = len(line.rstrip(" \t"))
            edits.append(Edit(filename, Span.of(row, end + 1, row, len(line) + 1),
                              f"  # noqa: {ordered}"))
    return edits, skipped


def add_noqa(data: bytes, path: str, filename: str, findings: Iterable[Finding]
             ) -> tuple[bytes, int, list[Finding]]:
    """(the file's new bytes, directives added, the findings that cannot have one: their line
    ends inside a string or a backslash continuation) for the ``findings`` of its ``data``.

    Raises :class:`~xentlint.fix.FixRefused` when the result would not parse (documents.py).
    """
    from ..pipeline.discover import NOTEBOOK_SUFFIX
    from ..pipeline.source import Source, decode_python, notebook_source, remap_to_cells

    source = notebook_source(data) if path.endswith(NOTEBOOK_SUFFIX) else Source(
        decode_python(data))
    if source is None:
        return data, 0, []
    cells = source.cells
    rows = []
    for finding in findings:
        row = finding.span.start.row
        if cells is not None:
            if finding.cell not in cells.cells:
                continue
            row += cells.starts[cells.cells.index(finding.cell)] - 1
        rows.append((row, finding))
    edits, skipped = noqa_edits(source.text, rows, filename)
    if not edits:
        return data, 0, skipped
    carrier = Finding("XL002", "add-noqa", "warning", "add noqa directives", filename,
                      edits[0].span, fix=Fix("Add noqa directives", "safe", tuple(edits)))
    if cells is not None:
        carrier = remap_to_cells(carrier, cells)
    new, applied = open_document(data, path).apply(data, [carrier], False)
    return (new, len(edits), skipped) if applied else (data, 0, skipped)


def _read(text: str, lines: list[str]) -> tuple[set[int], dict[int, tuple[int, str]]]:
    """(rows whose end cannot take a comment: inside a multi-line string, or a backslash
    continuation; row → (column, text) of its comment), rows as libcst counts them (a lone CR
    breaks a line)."""
    comments: dict[int, tuple[int, str]] = {}
    rows = {i for i, line in enumerate(lines, 1) if line.rstrip(" \t").endswith("\\")}
    fstrings: list[int] = []  # rows where the f-strings being read start (Python 3.12+)
    try:
        for token in tokenize.generate_tokens(io.StringIO(text, newline=None).readline):
            if token.type == tokenize.COMMENT:
                comments[token.start[0]] = (token.start[1], token.string)
            elif token.type == tokenize.STRING:
                rows.update(range(token.start[0], token.end[0]))
            elif token.type == _FSTRING_START:
                fstrings.append(token.start[0])
            elif token.type == _FSTRING_END and fstrings:
                rows.update(range(fstrings.pop(), token.end[0]))
    except (tokenize.TokenError, SyntaxError):
        return set(range(1, len(lines) + 1)), {}  # cannot tell: add nothing
    return rows, comments


__all__ = ["NOT_SUPPRESSIBLE", "add_noqa", "noqa_edits"]
