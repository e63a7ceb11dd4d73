"""Inline suppression comments.

Recognised in comments only (found with the tokenizer, so ``"# noqa"`` inside a string does
nothing), anywhere in the comment (``# type: ignore  # noqa: XL101`` works):

- ``# xentlint: ignore`` / ``# noqa``: every finding;
- ``# xentlint: ignore[XL101, XL2]`` / ``# noqa: XL101, XL2``: those codes or code prefixes.
  Codes of other tools (``# noqa: E501, XL101``) are allowed and ignored.

A comment applies to a finding that starts on its line, or, for a statement spanning several
lines, to every finding inside the statement when written on the statement's first line::

    model.compile(  # noqa: XL101
        loss=keras.losses.CategoricalCrossentropy(from_logits=True),
    )
"""

from __future__ import annotations

import io
import re
import tokenize
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Literal

from ..findings import Finding

ALL = None  # a blanket suppression

_XENTLINT = re.compile(r"#\s*xentlint\s*:\s*ignore\b(?:\[([^\]]*)\])?", re.IGNORECASE)
_NOQA = re.compile(r"#\s*noqa\b(?:\s*:\s*([A-Z]+[0-9]+(?:(?:\s*,\s*|\s+)[A-Z]+[0-9]+)*))?",
                   re.IGNORECASE)


@dataclass(frozen=True)
class Suppressions:
    by_row: Mapping[int, tuple[str, ...] | None] = field(default_factory=dict)
    """Row → suppressed code prefixes, or ``None`` for all codes."""
    statement_start: Mapping[int, int] = field(default_factory=dict)
    """Row of a continuation line → first row of its statement."""

    def suppresses(self, finding: Finding) -> bool:
        row = finding.span.start.row
        rows = {row, self.statement_start.get(row, row)}
        return any(_covers(self.by_row[r], finding.code) for r in rows if r in self.by_row)


def _covers(codes: tuple[str, ...] | None, code: str) -> bool:
    return codes is ALL or any(code.startswith(prefix) for prefix in codes)


def parse_comment(comment: str) -> tuple[str, ...] | Literal[False] | None:
    """The codes a comment suppresses, ``None`` for all, ``False`` when it suppresses nothing."""
    found: list[str] = []
    for pattern in (_XENTLINT, _NOQA):
        for match in pattern.finditer(comment):
            listed = [c.strip().upper() for c in re.split(r"[\s,]+", match.group(1) or "")]
            listed = [c for c in listed if c]
            if not listed:
                return ALL
            found.extend(c for c in listed if c.startswith("XL"))
    return tuple(found) if found else False


def scan(text: str) -> Suppressions:
    """The suppression comments of a module that parsed."""
    by_row: dict[int, tuple[str, ...] | None] = {}
    statement_start: dict[int, int] = {}
    try:
        for row, comment in _comments(text, statement_start):
            codes = parse_comment(comment)
            if codes is not False:
                by_row[row] = codes  # one comment per line: the tokenizer yields at most one
    except (tokenize.TokenError, SyntaxError):
        # Newer syntax than this interpreter tokenizes: fall back to a line scan (a "#" in a
        # string may then count as a comment; line-level only).
        by_row.clear()
        statement_start.clear()
        for row, line in enumerate(text.splitlines(), start=1):
            if "#" in line:
                codes = parse_comment(line[line.index("#"):])
                if codes is not False:
                    by_row[row] = codes
    return Suppressions(by_row, statement_start)


def _comments(text: str, statement_start: dict[int, int]) -> Iterator[tuple[int, str]]:
    """(row, text) of each comment; fills ``statement_start`` for multi-line statements."""
    first_row: int | None = None
    skip = (tokenize.NL, tokenize.COMMENT, tokenize.INDENT, tokenize.DEDENT, tokenize.ENCODING)
    for token in tokenize.generate_tokens(io.StringIO(text).readline):
        if token.type == tokenize.COMMENT:
            yield token.start[0], token.string
        elif token.type in (tokenize.NEWLINE, tokenize.ENDMARKER):
            if first_row is not None:
                for row in range(first_row + 1, token.end[0] + 1):
                    statement_start[row] = first_row
            first_row = None
        elif token.type not in skip and first_row is None:
            first_row = token.start[0]


__all__ = ["Suppressions", "parse_comment", "scan"]
