"""Suppression directives, and the ones that suppress nothing (XL002).

Recognised in comments only (found with the tokenizer, so ``"# noqa"`` inside a string does
nothing), anywhere in the comment (``# type: ignore  # noqa: XL101`` works):

- ``# noqa``: every finding on its line (a blanket ``noqa`` serves other tools too, so xentlint
  never calls it unused);
- ``# noqa: XL101, XL2`` / ``# xentlint: ignore[XL101, XL2]``: those codes, or whole groups
  (``XL2``), on its line; ``# xentlint: ignore``: every code on its line. Codes of other tools
  (``# noqa: E501, XL101``) are allowed and left alone;
- ``# xentlint: noqa`` (the whole file) and ``# xentlint: noqa: XL101, XL2`` (those codes in the
  whole file), on a line of their own or not.

A line directive applies to a finding that starts on its line, or, for a statement spanning
several lines, to every finding inside the statement when written on the statement's first
line::

    model.compile(  # noqa: XL101
        loss=keras.losses.CategoricalCrossentropy(from_logits=True),
    )

Parsing is strict: a code that does not exist (``XL999``, ``XL1O1``, a bare ``XL``) suppresses
nothing (it is never read as a wider prefix) and is reported as XL002, as is a directive code
that was checked and matched no finding. The fix removes the dead codes, or the directive.
"""

from __future__ import annotations

import io
import re
import tokenize
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Literal

from .. import catalog
from ..findings import Edit, Finding, Fix, Span

UNUSED_SUPPRESSION = "XL002"

_NOQA = re.compile(r"#\s*noqa\b(?P<colon>\s*:\s*)?", re.IGNORECASE)
_IGNORE = re.compile(r"#\s*xentlint\s*:\s*ignore\b(?:\[(?P<list>[^\]]*)\])?", re.IGNORECASE)
_FILE = re.compile(r"#\s*xentlint\s*:\s*noqa\b(?P<colon>\s*:\s*)?", re.IGNORECASE)
# A code-like word (E501, XL101, XL1O1): a code list goes on while its words look like codes.
_CODE_WORD = re.compile(r"[A-Za-z]+[0-9][A-Za-z0-9]*")
_SEPARATOR = re.compile(r"\s*,\s*|\s+")
_GROUP = re.compile(r"XL\d")


@dataclass(frozen=True)
class Code:
    """One code of a directive, where it is written (columns in the line, 0-based)."""

    text: str
    start: int
    end: int

    @property
    def ours(self) -> bool:
        return self.text.upper().startswith("XL")

    def selects(self) -> frozenset[str]:
        """The catalog codes it names: itself, or its group (``XL2``); empty when unknown."""
        selector = self.text.upper()
        if selector in catalog.all_rules():
            return frozenset({selector})
        if _GROUP.fullmatch(selector):
            return frozenset(c for c in catalog.all_rules() if c.startswith(selector))
        return frozenset()


@dataclass(eq=False)
class Directive:
    """A suppression directive: where it is, what it names (``codes is None``: every code)."""

    row: int
    start: int  # columns of the directive in its line, 0-based, end exclusive
    end: int
    scope: Literal["line", "file"]
    codes: tuple[Code, ...] | None
    comment_start: int  # where the whole comment starts (a directive alone is removed with it)
    comment_end: int
    blanket_noqa: bool = False  # a bare noqa, which serves other tools too: never reported
    malformed: bool = False  # ours, but names no code: a bare XL, empty brackets
    used: set[str] = field(default_factory=set)  # code texts (or "*") that suppressed something

    def covers(self, code: str) -> list[str]:
        """The entries of this directive that cover ``code`` ("*" for a blanket one)."""
        if self.malformed:
            return []
        if self.codes is None:
            return ["*"]
        return [c.text for c in self.codes if code in c.selects()]


@dataclass
class Suppressions:
    by_row: dict[int, list[Directive]] = field(default_factory=dict)
    """Row → the line directives written there."""
    statement_start: dict[int, int] = field(default_factory=dict)
    """Row of a continuation line → first row of its statement."""
    file: list[Directive] = field(default_factory=list)
    """The file-level directives."""

    def suppresses(self, finding: Finding, exclude: Directive | None = None) -> bool:
        """Whether a directive (but ``exclude``) covers ``finding``; remember which did."""
        row = finding.span.start.row
        rows = {row, self.statement_start.get(row, row)}
        directives = [d for r in sorted(rows) for d in self.by_row.get(r, ())] + self.file
        covered = False
        for directive in directives:
            if directive is exclude:
                continue
            entries = directive.covers(finding.code)
            directive.used.update(entries)
            covered = covered or bool(entries)
        return covered

    def unused(self, filename: str, lines: list[str], checked: Iterable[str]) -> list[Finding]:
        """XL002 for each directive of ours that suppressed nothing, or names a code that does
        not exist; ``checked``: the codes that ran on the file (a directive for a code that did
        not run may be right: it is not reported). Call it after every other finding went
        through :meth:`suppresses`; an XL002 finding can be suppressed by another directive."""
        checked = set(checked)
        found = []
        for directive in [d for ds in self.by_row.values() for d in ds] + self.file:
            finding = _unused(directive, filename, lines, checked)
            if finding is not None:
                found.append((directive, finding))
        kept = [(d, f) for d, f in found if not self.suppresses(f, exclude=d)]
        # A blanket directive that suppressed another XL002 after all is not unused.
        return [f for d, f in kept if not (d.codes is None and d.used)]


def _unused(directive: Directive, filename: str, lines: list[str],
            checked: set[str]) -> Finding | None:
    if directive.blanket_noqa:
        return None
    line = lines[directive.row - 1] if directive.row - 1 < len(lines) else ""
    text = line[directive.start:directive.end].rstrip()
    span = Span.of(directive.row, directive.start + 1, directive.row, directive.start + len(text) + 1)
    removal = _remove_directive(directive, filename, lines)
    if directive.codes is None:
        if directive.used:
            return None
        if directive.malformed:
            return _finding(filename, span, f"`{text}` names no code, so it suppresses nothing",
                            removal)
        where = "in this file" if directive.scope == "file" else "on this line"
        return _finding(filename, span, f"`{text}` suppresses nothing {where}", removal)
    ours = [c for c in directive.codes if c.ours]
    unknown = [c for c in ours if not c.selects()]
    # A code that did not run may be right; one that would cover XL002 itself cannot be judged.
    unused = [c for c in ours if c.selects() and c.text not in directive.used
              and c.selects() & checked and UNUSED_SUPPRESSION not in c.selects()]
    if not unknown and not unused:
        return None
    parts = []
    if unused:
        parts.append("unused: " + ", ".join(f"`{c.text}`" for c in unused))
    if unknown:
        parts.append("unknown: " + ", ".join(f"`{c.text}`" for c in unknown))
    dead = {id(c) for c in (*unused, *unknown)}
    kept = [c for c in directive.codes if id(c) not in dead]
    if not kept:
        return _finding(filename, span, f"`{text}` suppresses nothing ({'; '.join(parts)})",
                        removal)
    return _finding(filename, span, f"`{text}`: part of it suppresses nothing ({'; '.join(parts)})",
                    _keep_codes(directive, filename, kept))


def _finding(filename: str, span: Span, message: str, edit: Edit) -> Finding:
    rule = catalog.rule(UNUSED_SUPPRESSION)
    return Finding(UNUSED_SUPPRESSION, rule.name, rule.severity, message, filename, span,
                   fix=Fix("Remove the dead suppression", "safe", (edit,)), url=rule.url)


def _remove_directive(directive: Directive, filename: str, lines: list[str]) -> Edit:
    """Remove the directive; with the comment and the spaces before it when it was all of it,
    and with its line when the comment was all of the line."""
    row = directive.row
    line = lines[row - 1]
    if not line[:directive.comment_start].strip() and directive.comment_end >= len(line.rstrip()):
        if row < len(lines):
            return Edit(filename, Span.of(row, 1, row + 1, 1), "")
        return Edit(filename, Span.of(row, 1, row, len(line) + 1), "")
    before = line[directive.comment_start:directive.start].strip()
    after = line[directive.end:directive.comment_end].strip()
    if after and not before:  # a reason after the codes: the comment stays a comment
        start, end, replacement = directive.start, directive.end, "#"
    elif before.strip("#").strip() or after:  # another directive before it (type: ignore)
        start, end = directive.start, directive.end
        while start > directive.comment_start and line[start - 1] in " \t":
            start -= 1
        replacement = ""
    else:
        start, end = directive.comment_start, directive.comment_end
        while start > 0 and line[start - 1] in " \t":
            start -= 1
        replacement = ""
    return Edit(filename, Span.of(row, start + 1, row, end + 1), replacement)


def _keep_codes(directive: Directive, filename: str, kept: list[Code]) -> Edit:
    """Rewrite the code list with only the codes that still serve."""
    assert directive.codes is not None
    first, last = directive.codes[0], directive.codes[-1]
    text = ", ".join(c.text for c in kept)
    return Edit(filename, Span.of(directive.row, first.start + 1, directive.row, last.end + 1),
                text)


# --- parsing ---------------------------------------------------------------------------------


def _code_list(text: str, offset: int) -> tuple[Code, ...]:
    """The codes at the start of ``text`` (``offset``: its column), while they look like codes."""
    codes = []
    position = 0
    while True:
        match = _CODE_WORD.match(text, position)
        if match is None or (match.end() < len(text) and (text[match.end()].isalnum()
                                                          or text[match.end()] == "_")):
            break
        codes.append(Code(match.group(), offset + match.start(), offset + match.end()))
        separator = _SEPARATOR.match(text, match.end())
        if separator is None or separator.end() == match.end():
            break
        position = separator.end()
    return tuple(codes)


def _bracket_list(text: str, offset: int) -> tuple[Code, ...]:
    return tuple(Code(m.group(), offset + m.start(), offset + m.end())
                 for m in re.finditer(r"[^\s,]+", text))


def parse_comment(comment: str, row: int = 0, column: int = 0) -> list[Directive]:
    """The directives of one comment (``column``: where the comment starts in its line)."""
    found: list[Directive] = []
    end_of_comment = column + len(comment)

    def add(match: re.Match[str], end: int, scope: Literal["line", "file"],
            codes: tuple[Code, ...] | None, blanket_noqa: bool = False,
            malformed: bool = False) -> None:
        found.append(Directive(row, column + match.start(), end, scope, codes, column,
                               end_of_comment, blanket_noqa=blanket_noqa, malformed=malformed))

    for match in _FILE.finditer(comment):
        if match.group("colon"):
            codes = _code_list(comment[match.end():], column + match.end())
            end = codes[-1].end if codes else column + match.end()
            add(match, end, "file", codes or None, malformed=not codes)
        else:
            add(match, column + match.end(), "file", None)
    for match in _IGNORE.finditer(comment):
        listed = match.group("list")
        if listed is None:
            add(match, column + match.end(), "line", None)
        else:
            codes = _bracket_list(listed, column + match.start("list"))
            add(match, column + match.end(), "line", codes or None, malformed=not codes)
    for match in _NOQA.finditer(comment):
        if not match.group("colon"):
            add(match, column + match.end(), "line", None, blanket_noqa=True)
            continue
        codes = _code_list(comment[match.end():], column + match.end())
        if codes:
            if any(c.ours for c in codes):  # else another tool's codes only
                add(match, codes[-1].end, "line", codes)
            continue
        word = re.match(r"\w*", comment[match.end():])
        if word is not None and word.group().upper().startswith("XL"):  # a bare XL
            add(match, column + match.end() + word.end(), "line", None, malformed=True)
    return found


def scan(text: str) -> Suppressions:
    """The suppression directives of a module that parsed."""
    suppressions = Suppressions()

    def record(directives: list[Directive]) -> None:
        for directive in directives:
            if directive.scope == "file":
                suppressions.file.append(directive)
            else:
                suppressions.by_row.setdefault(directive.row, []).append(directive)

    try:
        for row, column, comment in _comments(text, suppressions.statement_start):
            record(parse_comment(comment, row, column))
    except (tokenize.TokenError, SyntaxError):
        # Newer syntax than this interpreter tokenizes: fall back to a line scan (a "#" in a
        # string may then count as a comment; line-level only).
        suppressions = Suppressions()
        for row, line in enumerate(text.splitlines(), start=1):
            if "#" in line:
                record(parse_comment(line[line.index("#"):], row, line.index("#")))
    return suppressions


def _comments(text: str, statement_start: dict[int, int]) -> Iterator[tuple[int, int, str]]:
    """(row, column, text) of each comment; fills ``statement_start`` for multi-line
    statements."""
    first_row: int | None = None
    skip = (tokenize.NL, tokenize.COMMENT, tokenize.INDENT, tokenize.DEDENT, tokenize.ENCODING)
    for token in tokenize.generate_tokens(io.StringIO(text).readline):
        if token.type == tokenize.COMMENT:
            yield token.start[0], token.start[1], token.string
        elif token.type in (tokenize.NEWLINE, tokenize.ENDMARKER):
            if first_row is not None:
                for row in range(first_row + 1, token.end[0] + 1):
                    statement_start[row] = first_row
            first_row = None
        elif token.type not in skip and first_row is None:
            first_row = token.start[0]


__all__ = ["Directive", "Suppressions", "UNUSED_SUPPRESSION", "parse_comment", "scan"]
