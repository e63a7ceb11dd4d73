"""Choosing the edits of findings and splicing them into a text.

What is applied, and in which order (as ruff does):

- only fixes whose applicability is ``"safe"`` (plus ``"unsafe"`` with ``unsafe=True``) and
  that have edits; ``"display"`` fixes are advice;
- a fix is all-or-nothing: if one of its edits cannot be applied (outside the text, in another
  file, on a masked notebook line, overlapping another of its own edits), none is;
- fixes are taken in order of their first edit (then rule code); a fix whose edits overlap or
  touch an edit of a fix already taken is left for the next round, after a re-check (the code
  has changed; the finding may be gone or have a new fix);
- the edits of one text are applied from the end backwards, so positions stay valid;
- a newline in an edit's content is written in the file's own newline style.

Edits are resolved to :class:`_Range` offsets by the caller (a Python text here, a notebook
cell in :mod:`~xentlint.fix.documents`), so the choosing and splicing are shared.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from ..findings import Edit, Finding, Position

APPLICABILITIES = ("safe", "unsafe")

_NEWLINE = re.compile(r"\r\n|\r|\n")  # libcst's (and the tokenizer's) line breaks


def is_applicable(finding: Finding, unsafe: bool = False) -> bool:
    """The finding has a fix with edits that ``--fix`` (``--unsafe-fixes``) would apply."""
    fix = finding.fix
    if fix is None or not fix.edits:
        return False
    return fix.applicability == "safe" or (unsafe and fix.applicability == "unsafe")


def is_hidden(finding: Finding, unsafe: bool = False) -> bool:
    """An unsafe fix with edits that only ``--unsafe-fixes`` would apply."""
    fix = finding.fix
    return (not unsafe and fix is not None and fix.applicability == "unsafe"
            and bool(fix.edits))


@dataclass(frozen=True, order=True)
class _Range:
    """One edit resolved to offsets: replace ``region``'s text from ``start`` to ``end``."""

    region: int  # 0 for a Python file, the cell index in a notebook
    start: int  # offset in the region's text
    end: int
    content: str = field(compare=False)


def _line_starts(text: str) -> list[int]:
    """Offsets where each line starts (line 1 at index 0), with libcst's line breaks."""
    return [0, *(match.end() for match in _NEWLINE.finditer(text))]


def _offset(text: str, starts: list[int], position: Position) -> int | None:
    """The offset of a 1-based (row, column) in ``text``, or ``None`` if it lies outside."""
    row = position.row
    if not 1 <= row <= len(starts) or position.column < 1:
        return None
    line_start = starts[row - 1]
    line_end = starts[row] if row < len(starts) else len(text)
    # The end of the line's content: before its line break.
    content_end = line_end
    if row < len(starts):
        content_end -= 2 if text.startswith("\r\n", line_end - 2) else 1
    offset = line_start + position.column - 1
    return offset if offset <= content_end else None


def _newline_of(text: str) -> str:
    match = _NEWLINE.search(text)
    return match.group() if match else "\n"


def _choose(findings: Iterable[Finding], unsafe: bool,
            resolve: Callable[[Finding, Edit], _Range | None],
            ) -> list[tuple[Finding, list[_Range]]]:
    """The fixes to apply in one round: applicable, complete, not overlapping each other."""
    candidates = []
    for finding in findings:
        if not is_applicable(finding, unsafe):
            continue
        ranges = []
        for edit in finding.fix.edits:  # type: ignore[union-attr]
            resolved = resolve(finding, edit) if edit.filename == finding.filename else None
            if resolved is None:
                break
            ranges.append(resolved)
        else:
            ranges.sort()
            if not any(_overlaps(a, b, touching=False) for a, b in itertools.pairwise(ranges)):
                candidates.append((finding, ranges))
    candidates.sort(key=lambda item: (item[1][0].region, item[1][0].start, item[0].code))
    chosen: list[tuple[Finding, list[_Range]]] = []
    taken: list[_Range] = []
    for finding, ranges in candidates:
        if any(_overlaps(a, b) for a in ranges for b in taken):
            continue
        chosen.append((finding, ranges))
        taken.extend(ranges)
    return chosen


def _overlaps(a: _Range, b: _Range, touching: bool = True) -> bool:
    """Same region and the ranges overlap, or touch when ``touching`` (edits of different fixes
    that touch are left for the next round, as ruff does: their order would be ambiguous; the
    edits of one fix may touch, but two insertions at one point are ambiguous too)."""
    if a.region != b.region:
        return False
    if touching or a.start == a.end == b.start == b.end:
        return a.start <= b.end and b.start <= a.end
    return a.start < b.end and b.start < a.end


def _splice(text: str, ranges: Iterable[_Range]) -> str:
    """``text`` with each range replaced, from the end backwards (ranges do not overlap)."""
    newline = _newline_of(text)
    for edit in sorted(ranges, key=lambda r: (r.start, r.end), reverse=True):
        content = _NEWLINE.sub(newline, edit.content)
        text = text[:edit.start] + content + text[edit.end:]
    return text


def apply_fixes(text: str, findings: Iterable[Finding],
                unsafe: bool = False) -> tuple[str, list[Finding]]:
    """``text`` with the fixes of ``findings`` applied, and the findings whose fix was applied.

    One round, no re-check: ``findings`` must be findings of ``text`` (as
    :func:`xentlint.check_source` returns them). Applied: fixes with applicability ``"safe"``,
    and ``"unsafe"`` ones when ``unsafe`` is true. A fix whose edits overlap an earlier fix's is
    skipped (check again and call again to apply it); so is a fix with an edit in another file
    or in a notebook cell. The result is not re-parsed; :func:`~xentlint.fix.fix_text` does
    that and iterates.
    """
    starts = _line_starts(text)

    def resolve(finding: Finding, edit: Edit) -> _Range | None:
        if edit.cell is not None or finding.cell is not None:
            return None
        start = _offset(text, starts, edit.span.start)
        end = _offset(text, starts, edit.span.end)
        if start is None or end is None or end < start:
            return None
        return _Range(0, start, end, edit.content)

    chosen = _choose(findings, unsafe, resolve)
    new_text = _splice(text, [r for _, ranges in chosen for r in ranges])
    return new_text, [finding for finding, _ in chosen]
