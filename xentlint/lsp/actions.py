"""Code actions: the quick fix of a finding, "Ignore XL101 for this line", and "Fix all".

- *quick fix*: a finding's own fix edits (``--fix``'s; an unsafe one says so in its title and
  is never preferred);
- *ignore*: a ``# noqa: XL101`` directive added to the line, or the code added to one there
  (:func:`xentlint.pipeline.suppress.suppression_edit`);
- ``source.fixAll.xentlint``: every safe fix, re-checked and repeated as ``--fix`` does
  (:func:`~xentlint.lsp.documents.fixed_texts`); in a notebook cell, that cell's part of it,
  and ``notebook.source.fixAll.xentlint`` for every cell.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from lsprotocol import types

from ..findings import Finding, Position, Span
from ..fix import is_applicable
from ..pipeline.suppress import suppression_edit
from .convert import LinesOf, location
from .documents import Snapshot

FIX_ALL = f"{types.CodeActionKind.SourceFixAll.value}.xentlint"
NOTEBOOK_FIX_ALL = f"notebook.{FIX_ALL}"
KINDS = (types.CodeActionKind.QuickFix, FIX_ALL, NOTEBOOK_FIX_ALL)


def wanted(kind: str, only: Sequence[str] | None) -> bool:
    """Whether the client asked for actions of ``kind`` (``only`` holds kinds or parents)."""
    return only is None or any(kind == o or kind.startswith(f"{o}.") for o in only)


def overlaps(a: Span, b: Span) -> bool:
    """Spans that share a character, or where one is empty and touches the other."""
    return a.start <= b.end and b.start <= a.end


def quick_fixes(snapshot: Snapshot, uri: str, findings: Sequence[Finding], requested: Span,
                lines_of_uri: LinesOf,
                diagnostic: Callable[[Finding], types.Diagnostic]) -> list[types.CodeAction]:
    """The quick fix and the ignore action of each finding of ``uri`` under ``requested``."""
    cell = snapshot.cell_of(uri)
    actions = []
    for finding in findings:
        if finding.cell != cell or not overlaps(finding.span, requested):
            continue
        fix = _fix_action(snapshot, finding, lines_of_uri, diagnostic)
        if fix is not None:
            actions.append(fix)
        ignore = _ignore_action(snapshot, uri, finding, lines_of_uri, diagnostic)
        if ignore is not None:
            actions.append(ignore)
    return actions


def _fix_action(snapshot: Snapshot, finding: Finding, lines_of_uri: LinesOf,
                diagnostic: Callable[[Finding], types.Diagnostic]) -> types.CodeAction | None:
    if not is_applicable(finding, unsafe=True) or finding.fix is None:
        return None
    changes: dict[str, list[types.TextEdit]] = {}
    for edit in finding.fix.edits:
        uri, here = location(snapshot, finding, edit.filename, edit.cell)
        if uri is None or not here:
            return None  # all or nothing, as --fix applies a fix
        changes.setdefault(uri, []).append(types.TextEdit(
            range=lines_of_uri(uri).range(edit.span), new_text=edit.content))
    safe = finding.fix.applicability == "safe"
    title = finding.fix.message if safe else (
        f"{finding.fix.message} (unsafe: changes what the code computes)")
    return types.CodeAction(title=f"{finding.code}: {title}", kind=types.CodeActionKind.QuickFix,
                            diagnostics=[diagnostic(finding)], is_preferred=safe,
                            edit=types.WorkspaceEdit(changes=changes))


def _ignore_action(snapshot: Snapshot, uri: str, finding: Finding, lines_of_uri: LinesOf,
                   diagnostic: Callable[[Finding], types.Diagnostic],
                   ) -> types.CodeAction | None:
    text = snapshot.checked_text(uri)
    if text is None:
        return None
    edit = suppression_edit(text, finding)  # reads the finding's rows only
    if edit is None:
        return None
    span = _shifted(edit.span, snapshot.column_shifts(uri))
    text_edit = types.TextEdit(range=lines_of_uri(uri).range(span), new_text=edit.content)
    return types.CodeAction(title=f"Ignore {finding.code} for this line",
                            kind=types.CodeActionKind.QuickFix,
                            diagnostics=[diagnostic(finding)],
                            edit=types.WorkspaceEdit(changes={uri: [text_edit]}))


def _shifted(span: Span, shifts: Sequence[int]) -> Span:
    """``span`` of the checked text in the document: each end moved right by what the checker
    removed at the start of its line (a cell's common indentation, a prompt)."""
    def moved(position: Position) -> Position:
        row = position.row
        shift = shifts[row - 1] if 1 <= row <= len(shifts) else 0
        return Position(row, position.column + shift)

    return Span(moved(span.start), moved(span.end))


def has_safe_fix(findings: Sequence[Finding]) -> bool:
    return any(is_applicable(f) for f in findings)


def fix_all(snapshot: Snapshot, uri: str, kind: str, fixed: dict[str, str],
            lines_of_uri: LinesOf) -> types.CodeAction | None:
    """The fix-all action from the fixed texts (one minimal edit per changed document): for
    ``uri`` only, or every cell of a notebook with :data:`NOTEBOOK_FIX_ALL`."""
    changes = {}
    for target, new in fixed.items():
        if kind != NOTEBOOK_FIX_ALL and target != uri:
            continue
        old = snapshot.text_of(target)
        if old is None or old == new:
            continue
        span, content = _minimal_edit(old, new)
        changes[target] = [types.TextEdit(range=lines_of_uri(target).range(span),
                                          new_text=content)]
    if not changes:
        return None
    return types.CodeAction(title="Fix all safe xentlint findings", kind=kind,
                            edit=types.WorkspaceEdit(changes=changes))


def _minimal_edit(old: str, new: str) -> tuple[Span, str]:
    """One replacement turning ``old`` into ``new``: what lies between their common prefix and
    suffix (so the editor keeps the cursor and the undo step small)."""
    prefix = 0
    limit = min(len(old), len(new))
    while prefix < limit and old[prefix] == new[prefix]:
        prefix += 1
    suffix = 0
    while (suffix < limit - prefix
           and old[len(old) - 1 - suffix] == new[len(new) - 1 - suffix]):
        suffix += 1
    # Whole words: `True` -> `False`, not `Tru` -> `Fals`.
    while prefix and _word(old[prefix - 1]) and (_word(old, prefix) or _word(new, prefix)):
        prefix -= 1
    while suffix and _word(old[len(old) - suffix]) and (
            _word(old, len(old) - suffix - 1) or _word(new, len(new) - suffix - 1)):
        suffix -= 1
    return (Span(_position(old, prefix), _position(old, len(old) - suffix)),
            new[prefix:len(new) - suffix])


def _word(text: str, index: int = 0) -> bool:
    return 0 <= index < len(text) and (text[index].isalnum() or text[index] == "_")


def _position(text: str, offset: int) -> Position:
    """The 1-based row and column of ``offset`` (libcst's line breaks: CRLF, CR, LF)."""
    from ..pipeline.suppress import LINE_BREAK

    row, start = 1, 0
    for match in LINE_BREAK.finditer(text, 0, offset):
        row, start = row + 1, match.end()
    return Position(row, offset - start + 1)


__all__ = ["FIX_ALL", "KINDS", "NOTEBOOK_FIX_ALL", "fix_all", "has_safe_fix", "overlaps",
           "quick_fixes", "wanted"]
