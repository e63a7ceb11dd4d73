"""Suppression directives, the ones that suppress nothing (XL002), and the edit that adds one
(:func:`suppression_edit`, an editor's "ignore for this line").

Recognised in comments only (found with the tokenizer, so ``"# noqa"`` inside a string does
nothing), anywhere in the comment (``# type: ignore  # noqa: XL101`` works):

- ``# noqa``: every finding on its line (a bare ``noqa`` serves other tools too, so xentlint
  never calls it unused);
- ``# noqa: XL101, XL2`` / ``# xentlint: ignore[XL101, XL2]``: those codes, or whole groups
  (``XL2``), on its line; ``# xentlint: ignore``: every code on its line. Other tools' codes in
  a ``noqa`` list (``# noqa: E501, XL101``) are allowed and left alone;
- ``# xentlint: noqa`` (the whole file) and ``# xentlint: noqa: XL101, XL2`` (those codes in the
  whole file), on a line of their own or not.

A line directive applies to a finding that starts on its line, or, for a statement spanning
several lines, to every finding inside the statement when written on the statement's first
line::

    model.compile(  # noqa: XL101
        loss=keras.losses.CategoricalCrossentropy(from_logits=True),
    )

Parsing is strict: a code that does not exist (``XL999``, ``XL1O1``, a bare ``XL``), and a
directive of ours that names no code, suppress nothing (they are never read as something
wider) and are reported as XL002, as is a code of a directive that was checked and matched no
finding. A ``noqa:`` list without a code of ours (``# noqa: GB_REGISTRY``, ``# noqa: see
below``) belongs to other tools: it suppresses nothing here and is not reported.
The fix removes the dead codes, or the directive (its comment, its line) when nothing is left.
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

# Line breaks as libcst and the fixer count them (a lone carriage return is one).
LINE_BREAK = re.compile(r"\r\n|\r|\n")

_FILE = re.compile(r"#\s*xentlint\s*:\s*noqa\b(?P<colon>\s*:\s*)?", re.IGNORECASE)
_IGNORE = re.compile(r"#\s*xentlint\s*:\s*ignore\b(?P<form>\s*[\[:])?", re.IGNORECASE)
_NOQA = re.compile(r"#\s*noqa\b(?P<colon>\s*:\s*)?", re.IGNORECASE)
# What every directive above starts with: a text without it holds no directive.
_ANY = re.compile(r"#\s*(?:xentlint|noqa)", re.IGNORECASE)
# A code of a list: ours (any word that starts with XL, so a typo is read whole), or another
# tool's (E501, F401: capitals then digits). A list goes on while its words are codes.
_CODE = re.compile(r"(?i:XL)[A-Za-z0-9]*|[A-Z]+[0-9]+[A-Z0-9]*")
_SEPARATOR = re.compile(r"\s*,\s*|\s+")
_GROUP = re.compile(r"XL\d")

Kind = Literal["noqa", "ignore", "file"]


def lines_of(text: str) -> list[str]:
    return LINE_BREAK.split(text)


@dataclass(frozen=True)
class Code:
    """One code of a directive, where it is written (columns in its line, 0-based)."""

    text: str
    start: int
    end: int

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
    kind: Kind
    codes: tuple[Code, ...] | None
    comment_start: int  # the whole comment it is written in
    comment_end: int
    malformed: str | None = None  # why it is no directive of any meaning (then it covers nothing)
    used: set[str] = field(default_factory=set)  # code texts (or "*") that suppressed something

    @property
    def scope(self) -> Literal["line", "file"]:
        return "file" if self.kind == "file" else "line"

    @property
    def bare_noqa(self) -> bool:
        """A bare ``noqa``: every code, for every tool; never ours to report."""
        return self.kind == "noqa" and self.codes is None and self.malformed is None

    def ours(self, code: Code) -> bool:
        """A code this tool must understand (a noqa list may also name other tools' codes)."""
        return self.kind != "noqa" or code.text.upper().startswith("XL")

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

    def suppresses(self, finding: Finding) -> bool:
        """Whether a directive covers ``finding`` (and remember which did)."""
        return bool(self._cover(finding, self._covering(finding)))

    def _covering(self, finding: Finding) -> list[Directive]:
        row = finding.span.start.row
        rows = sorted({row, self.statement_start.get(row, row)})
        return [d for r in rows for d in self.by_row.get(r, ())] + self.file

    @staticmethod
    def _cover(finding: Finding, directives: Iterable[Directive]) -> list[Directive]:
        covering = []
        for directive in directives:
            entries = directive.covers(finding.code)
            if entries:
                directive.used.update(entries)
                covering.append(directive)
        return covering

    def unused(self, filename: str, lines: list[str], checked: Iterable[str]) -> list[Finding]:
        """XL002 for each directive of ours that suppressed nothing or names what does not
        exist; ``checked``: the codes that ran on the file (a directive for a code that did not
        run may be right: it is not reported). Call it after every other finding went through
        :meth:`suppresses`. Only a directive in use can suppress an XL002 finding."""
        checked = set(checked)
        reported: dict[Directive, Finding] = {}
        for directive in [d for ds in self.by_row.values() for d in ds] + self.file:
            finding = _unused(directive, filename, lines, checked)
            if finding is not None:
                reported[directive] = finding
        return [f for f in reported.values()
                if not self._cover(f, [d for d in self._covering(f) if d not in reported])]


def _unused(directive: Directive, filename: str, lines: list[str],
            checked: set[str]) -> Finding | None:
    if directive.bare_noqa:
        return None
    line = lines[directive.row - 1] if directive.row - 1 < len(lines) else ""
    text = line[directive.start:directive.end].rstrip()
    span = Span.of(directive.row, directive.start + 1, directive.row, directive.start + len(text) + 1)
    if directive.malformed:
        return _finding(filename, span, f"`{text}` {directive.malformed}, so it suppresses nothing",
                        None)
    removal = _remove_directive(directive, filename, lines)
    if directive.codes is None:
        if directive.used:
            return None
        where = "in this file" if directive.scope == "file" else "on this line"
        return _finding(filename, span, f"`{text}` suppresses nothing {where}", removal)
    ours = [c for c in directive.codes if directive.ours(c)]
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


def _finding(filename: str, span: Span, message: str, edit: Edit | None) -> Finding:
    rule = catalog.rule(UNUSED_SUPPRESSION)
    fix = (Fix("Remove the dead suppression", "safe", (edit,)) if edit is not None else
           Fix("Name the codes it is for: `# noqa: XL101` or `# xentlint: ignore[XL101]`"))
    return Finding(UNUSED_SUPPRESSION, rule.name, rule.severity, message, filename, span,
                   fix=fix, url=rule.url)


def _remove_directive(directive: Directive, filename: str, lines: list[str]) -> Edit:
    """Remove the directive: with its comment (and the spaces before it) when it was all of
    the comment, with its line when the comment was all of the line; a reason written after it
    stays a comment, and another comment before or after it stays as it is."""
    row, line = directive.row, lines[directive.row - 1]
    before = line[directive.comment_start:directive.start]
    after = line[directive.end:directive.comment_end]
    if not before.strip() and not after.strip():
        if not line[:directive.comment_start].strip():
            if row < len(lines):
                return Edit(filename, Span.of(row, 1, row + 1, 1), "")
            return Edit(filename, Span.of(row, 1, row, len(line) + 1), "")
        start, end, replacement = directive.comment_start, directive.comment_end, ""
        start = len(line[:start].rstrip(" \t"))
    elif before.strip():  # another comment before it: drop it and the spaces before it
        start, end, replacement = directive.start, directive.end, ""
        start = directive.comment_start + len(before.rstrip(" \t"))
    else:  # another comment after it stays as it is; a reason after it stays a comment
        start, end = directive.start, directive.end + len(after) - len(after.lstrip())
        replacement = "" if after.lstrip().startswith("#") else "# "
    return Edit(filename, Span.of(row, start + 1, row, end + 1), replacement)


def _keep_codes(directive: Directive, filename: str, kept: list[Code]) -> Edit:
    """Rewrite the code list with only the codes that still serve."""
    assert directive.codes is not None
    first, last = directive.codes[0], directive.codes[-1]
    return Edit(filename, Span.of(directive.row, first.start + 1, directive.row, last.end + 1),
                ", ".join(c.text for c in kept))


# --- adding a directive (an editor's "ignore for this line") --------------------------------


def suppression_edit(text: str, finding: Finding) -> Edit | None:
    """An edit after which a line directive covers ``finding``: its code added to the line's
    ``# noqa:`` list (another tool's too) or ``# xentlint: ignore[...]``, else ``  # noqa: XL101``
    at the end of the line; on the statement's first line when the finding's own line cannot
    end in a comment (a backslash continuation, the inside of a string). Each candidate is
    checked: the code still parses and the directive is read as covering the finding.
    ``None`` when none does (a file that does not parse, XL002 on the directive itself).

    ``text`` is the code as checked (a notebook cell's code, with magics masked) and
    ``finding`` is in its coordinates; the edit applies as well to the unmasked cell.
    """
    import ast

    starts = [0, *(m.end() for m in LINE_BREAK.finditer(text))]
    lines = lines_of(text)
    statement_start: dict[int, int] = {}
    try:
        comments = {row: (column, comment)
                    for row, column, comment in _comments(text, statement_start)}
    except (tokenize.TokenError, SyntaxError):
        return None
    row = finding.span.start.row
    for candidate in dict.fromkeys((row, statement_start.get(row, row))):
        if not 1 <= candidate <= len(lines):
            continue
        edit = _directive_edit(lines[candidate - 1], candidate, comments.get(candidate),
                               finding)
        start = starts[candidate - 1] + edit.span.start.column - 1
        end = starts[candidate - 1] + edit.span.end.column - 1
        new_text = text[:start] + edit.content + text[end:]
        try:
            ast.parse(new_text)
        except (SyntaxError, ValueError, RecursionError, MemoryError):
            continue
        if scan(new_text).suppresses(finding):
            return edit
    return None


def _directive_edit(line: str, row: int, comment: tuple[int, str] | None,
                    finding: Finding) -> Edit:
    """Add ``finding.code`` to a code list of the line's comment, or a new ``# noqa``."""
    if comment is not None:
        column, text = comment
        lists = [d.codes for d in parse_comment(text, row, column)
                 if d.kind in ("noqa", "ignore") and d.codes and not d.malformed]
        for match in _NOQA.finditer(text):  # another tool's list: ``# noqa: E501``
            if match.group("colon"):
                codes = _code_list(text[match.end():], column + match.end())
                if codes:
                    lists.append(codes)
        if lists:
            end = lists[0][-1].end + 1
            return Edit(finding.filename, Span.of(row, end, row, end), f", {finding.code}")
    content_end = len(line.rstrip())
    return Edit(finding.filename, Span.of(row, content_end + 1, row, len(line) + 1),
                f"  # noqa: {finding.code}")


# --- parsing ---------------------------------------------------------------------------------


def _code_list(text: str, offset: int) -> tuple[Code, ...]:
    """The codes at the start of ``text`` (``offset``: its column), while words are codes."""
    codes = []
    position = 0
    while (match := _CODE.match(text, position)) is not None:
        if match.end() < len(text) and (text[match.end()].isalnum() or text[match.end()] == "_"):
            break  # a word that only starts like a code
        codes.append(Code(match.group(), offset + match.start(), offset + match.end()))
        separator = _SEPARATOR.match(text, match.end())
        if separator is None:
            break
        position = separator.end()
    return tuple(codes)


def _bracket_list(text: str, offset: int) -> tuple[Code, ...]:
    return tuple(Code(m.group(), offset + m.start(), offset + m.end())
                 for m in re.finditer(r"[^\s,]+", text))


def parse_comment(comment: str, row: int = 0, column: int = 0) -> list[Directive]:
    """The directives of one comment (``column``: where the comment starts in its line)."""
    found: list[Directive] = []
    comment_end = column + len(comment)

    def add(match: re.Match[str], end: int, kind: Kind, codes: tuple[Code, ...] | None,
            malformed: str | None = None) -> None:
        found.append(Directive(row, column + match.start(), end, kind, codes, column,
                               comment_end, malformed))

    for match in _FILE.finditer(comment):
        if match.group("colon"):
            codes = _code_list(comment[match.end():], column + match.end())
            end = codes[-1].end if codes else column + match.end()
            add(match, end, "file", codes or None, None if codes else "names no code")
        else:
            add(match, column + match.end(), "file", None)
    for match in _IGNORE.finditer(comment):
        form = (match.group("form") or "").strip()
        if form == "[":
            close = comment.find("]", match.end())
            if close == -1:
                add(match, comment_end, "ignore", None, "has no closing bracket")
                continue
            codes = _bracket_list(comment[match.end():close], column + match.end())
            add(match, column + close + 1, "ignore", codes or None,
                None if codes else "names no code")
        elif form == ":":
            add(match, comment_end, "ignore", None,
                "is not a directive (the codes go in brackets: `ignore[XL101]`)")
        else:
            add(match, column + match.end(), "ignore", None)
    for match in _NOQA.finditer(comment):
        if not match.group("colon"):
            add(match, column + match.end(), "noqa", None)
            continue
        codes = _code_list(comment[match.end():], column + match.end())
        # No code of ours (another tool's codes, or words): nothing of ours, nothing suppressed.
        if any(c.text.upper().startswith("XL") for c in codes):
            add(match, codes[-1].end, "noqa", codes)
    return found


def may_have_directives(text: str) -> bool:
    """False when ``text`` holds no directive at all (no ``#`` followed by ``noqa`` or
    ``xentlint``): then :func:`scan` would find none, and its tokenizer pass is saved."""
    return _ANY.search(text) is not None


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
        for row, line in enumerate(lines_of(text), start=1):
            if "#" in line:
                record(parse_comment(line[line.index("#"):], row, line.index("#")))
    return suppressions


def _comments(text: str, statement_start: dict[int, int]) -> Iterator[tuple[int, int, str]]:
    """(row, column, text) of each comment; fills ``statement_start`` for multi-line
    statements. Rows count line breaks as libcst does (``newline=None``: a lone CR too)."""
    first_row: int | None = None
    skip = (tokenize.NL, tokenize.COMMENT, tokenize.INDENT, tokenize.DEDENT, tokenize.ENCODING)
    for token in tokenize.generate_tokens(io.StringIO(text, newline=None).readline):
        if token.type == tokenize.COMMENT:
            yield token.start[0], token.start[1], token.string
        elif token.type in (tokenize.NEWLINE, tokenize.ENDMARKER):
            if first_row is not None:
                for row in range(first_row + 1, token.end[0] + 1):
                    statement_start[row] = first_row
            first_row = None
        elif token.type not in skip and first_row is None:
            first_row = token.start[0]


__all__ = ["Directive", "LINE_BREAK", "Suppressions", "UNUSED_SUPPRESSION", "lines_of",
           "may_have_directives", "parse_comment", "scan", "suppression_edit"]
