"""Findings in LSP terms: positions, diagnostics and hover text.

xentlint counts rows from 1 and columns in code points from 1, with libcst's line breaks (a
lone CR is one); LSP counts both from 0, columns in the code units the client negotiated
(UTF-16 unless it offered UTF-8 or UTF-32).
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable

from lsprotocol import types

from .. import catalog
from ..findings import Finding, Position, Related, Span
from ..pipeline.suppress import lines_of
from .documents import Snapshot

SOURCE = "xentlint"

_SEVERITY = {"error": types.DiagnosticSeverity.Error,
             "warning": types.DiagnosticSeverity.Warning}
_SECTION = re.compile(r"^## (.+)$", re.M)
_HOVER_SECTIONS = ("What it does", "Why is this bad?")


def units(text: str, encoding: str) -> int:
    """Length of ``text`` in the code units of ``encoding`` (an LSP position encoding)."""
    if encoding == types.PositionEncodingKind.Utf8:
        return len(text.encode("utf-8"))
    if encoding == types.PositionEncodingKind.Utf32:
        return len(text)
    return len(text) + sum(1 for c in text if ord(c) > 0xFFFF)


class Lines:
    """One document's lines, for converting positions both ways."""

    def __init__(self, text: str | None, encoding: str) -> None:
        self.lines = lines_of(text) if text is not None else None
        self.encoding = encoding

    def position(self, position: Position) -> types.Position:
        line, column = position.row - 1, position.column - 1
        if self.lines is None or not 0 <= line < len(self.lines):
            return types.Position(line=max(line, 0), character=max(column, 0))
        return types.Position(line=line, character=units(self.lines[line][:column],
                                                         self.encoding))

    def range(self, span: Span) -> types.Range:
        return types.Range(start=self.position(span.start), end=self.position(span.end))

    def from_lsp(self, position: types.Position) -> Position:
        """The xentlint position of an LSP one (a column past the line's end: its end)."""
        if self.lines is None or position.line >= len(self.lines):
            return Position(position.line + 1, position.character + 1)
        line = self.lines[position.line]
        count = column = 0
        while column < len(line) and count < position.character:
            count += units(line[column], self.encoding)
            column += 1
        return Position(position.line + 1, column + 1)

    def span(self, range_: types.Range) -> Span:
        return Span(self.from_lsp(range_.start), self.from_lsp(range_.end))


LinesOf = Callable[[str], Lines]
"""The lines of a document by URI (any open document, or a file on disk)."""


def location(snapshot: Snapshot, finding: Finding, filename: str, cell: int | None,
             ) -> tuple[str | None, bool]:
    """(URI, in this snapshot) of a location reported in ``filename`` / ``cell``."""
    if filename == finding.filename:
        return snapshot.uri_of(cell), True
    from pygls.uris import from_fs_path

    return from_fs_path(os.path.abspath(filename)), False


def diagnostic(snapshot: Snapshot, finding: Finding, lines_of_uri: LinesOf) -> types.Diagnostic:
    uri, _ = location(snapshot, finding, finding.filename, finding.cell)
    lines = lines_of_uri(uri or snapshot.uri)
    related = [info for link in finding.related
               if (info := _related(snapshot, finding, link, lines_of_uri)) is not None]
    return types.Diagnostic(
        range=lines.range(finding.span),
        message=finding.message,
        severity=_SEVERITY.get(finding.severity, types.DiagnosticSeverity.Error),
        code=finding.code,
        code_description=types.CodeDescription(href=finding.url) if finding.url else None,
        source=SOURCE,
        related_information=related or None,
        data={"fixable": finding.fixable},
    )


def _related(snapshot: Snapshot, finding: Finding, link: Related,
             lines_of_uri: LinesOf) -> types.DiagnosticRelatedInformation | None:
    uri, _ = location(snapshot, finding, link.filename, link.cell)
    if uri is None:
        return None
    return types.DiagnosticRelatedInformation(
        location=types.Location(uri=uri, range=lines_of_uri(uri).range(link.span)),
        message=link.message)


def hover_text(findings: list[Finding]) -> str:
    """Markdown for the findings under the cursor: each one's message and fix, then its rule's
    explanation ("What it does", "Why is this bad?") and a link to the whole document."""
    parts = []
    for finding in findings:
        lines = [f"**{finding.code}** `{finding.name}` ({finding.severity})", "",
                 finding.message]
        if finding.fix is not None:
            lines += ["", f"*Fix{' [*]' if finding.fixable else ''}:* {finding.fix.message}"]
        try:
            rule = catalog.rule(finding.code)
        except KeyError:
            rule = None
        if rule is not None:
            lines += ["", *_explanation(rule.body)]
        if finding.url:
            lines += ["", f"[{finding.code} documentation]({finding.url})"]
        parts.append("\n".join(lines))
    return "\n\n---\n\n".join(parts)


def _explanation(body: str) -> list[str]:
    """The explaining sections of a rule document (not its long examples)."""
    headings = list(_SECTION.finditer(body))
    kept = []
    for index, heading in enumerate(headings):
        if heading.group(1).strip() in _HOVER_SECTIONS:
            end = headings[index + 1].start() if index + 1 < len(headings) else len(body)
            kept.append(body[heading.start():end].strip())
    return ["\n\n".join(kept)] if kept else [body.strip()]


__all__ = ["Lines", "LinesOf", "SOURCE", "diagnostic", "hover_text", "location", "units"]
