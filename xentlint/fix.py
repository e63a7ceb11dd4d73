"""Applying the fixes of findings: ``xentlint check --fix``, ``--unsafe-fixes`` and ``--diff``.

Three layers, each usable on its own:

- :func:`apply_fixes` — text in, text out: applies the edits of the fixes that may be applied
  (``safe``; ``unsafe`` too when asked) to one Python source text;
- :func:`fix_document` — one file's bytes in, bytes out: decodes them as the checker does,
  checks, applies, re-checks and applies what became applicable, up to :data:`MAX_ROUNDS`
  rounds, verifying after each round that the code still parses;
- :func:`fix_files` — discovered files in, files rewritten (or diffs) out.

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

Writing a file (:func:`write_file`) keeps its encoding (UTF-8 BOM, PEP 263 coding line: the
codec :func:`~xentlint.source.decode_python_with_encoding` decoded it with), its line endings
(edits are spliced into the original text), its permission bits, and writes atomically (a
temporary file in the same directory, then :func:`os.replace`). A symbolic link is kept: the
file it points to is rewritten. A file with several hard links is rewritten in place (replacing
it would silently split the links). A file that changed on disk since it was read is not
written.

Refusals (one line on stderr, file untouched): the fixed code would not parse (a xentlint bug);
the fixed text cannot be encoded in the file's encoding; the file's bytes do not survive
decoding and re-encoding unchanged; a notebook whose JSON layout cannot be reproduced exactly.

Notebooks are supported: an edit (in cell coordinates) is applied to the ``source`` of its
cell in the notebook JSON, and the JSON is written back with the layout it had (indentation,
key order, ASCII escaping, final newline). The layout is found by re-serialising the original
notebook and comparing it byte for byte; when no layout reproduces it (hand-written JSON,
unusual number formatting), the notebook is left alone with a note, rather than reformatted.
"""

from __future__ import annotations

import difflib
import itertools
import json
import os
import re
import stat
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .findings import Edit, Finding, Position

MAX_ROUNDS = 5
"""Check → fix rounds per file (ruff re-checks until nothing changes; 5 is plenty here)."""

APPLICABILITIES = ("safe", "unsafe")

_NEWLINE = re.compile(r"\r\n|\r|\n")  # libcst's (and the tokenizer's) line breaks


class FixRefused(Exception):
    """A file that must not be rewritten; the message says why, in one line."""


# --- choosing the fixes ----------------------------------------------------------------------


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


# --- Python text -----------------------------------------------------------------------------


def apply_fixes(text: str, findings: Iterable[Finding],
                unsafe: bool = False) -> tuple[str, list[Finding]]:
    """``text`` with the fixes of ``findings`` applied, and the findings whose fix was applied.

    One round, no re-check: ``findings`` must be findings of ``text`` (as
    :func:`xentlint.check_source` returns them). Applied: fixes with applicability ``"safe"``,
    and ``"unsafe"`` ones when ``unsafe`` is true. A fix whose edits overlap an earlier fix's is
    skipped (check again and call again to apply it); so is a fix with an edit in another file
    or in a notebook cell. The result is not re-parsed; :func:`fix_text` does that and iterates.
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


def _parse_problem(text: str) -> str | None:
    """Why libcst cannot parse ``text`` (one line), or ``None`` when it can."""
    import libcst as cst

    from .recursion import deep_recursion

    try:
        with deep_recursion():
            cst.parse_module(text)
    except cst.ParserSyntaxError as error:
        first = (error.message or "syntax error").splitlines()[0]
        return f"line {error.raw_line}: {first}"
    except (RecursionError, MemoryError) as error:  # pragma: no cover - absurd nesting
        return type(error).__name__
    return None


# --- documents: a Python file or a notebook ---------------------------------------------------


class _PythonDocument:
    """A ``.py`` file: text decoded as the checker decodes it, re-encoded the same way."""

    def __init__(self, data: bytes) -> None:
        from .source import decode_python_with_encoding

        self.text, self.encoding = decode_python_with_encoding(data)
        if self.text.encode(self.encoding) != data:
            raise FixRefused(f"its bytes do not survive decoding as {self.encoding} and "
                             "re-encoding unchanged")

    def apply(self, data: bytes, findings: Sequence[Finding],
              unsafe: bool) -> tuple[bytes, list[Finding]]:
        from .source import decode_python_with_encoding

        text, _ = decode_python_with_encoding(data)
        new_text, applied = apply_fixes(text, findings, unsafe)
        if not applied or new_text == text:
            return data, applied
        problem = _parse_problem(new_text)
        if problem is not None:
            codes = ", ".join(sorted({f.code for f in applied}))
            raise FixRefused(f"the fixes ({codes}) would produce code that does not parse "
                             f"({problem}); this is a xentlint bug")
        try:
            return new_text.encode(self.encoding), applied
        except UnicodeEncodeError as error:
            raise FixRefused(f"the fixed code has {error.object[error.start]!r}, which its "
                             f"encoding ({self.encoding}) cannot represent") from None


@dataclass(frozen=True)
class _JsonLayout:
    indent: int | str | None
    ensure_ascii: bool
    separators: tuple[str, str] | None
    bom: bool
    tail: str

    def dump(self, notebook: Any) -> bytes:
        text = json.dumps(notebook, indent=self.indent, ensure_ascii=self.ensure_ascii,
                          separators=self.separators) + self.tail
        return ("\ufeff" if self.bom else "").encode("utf-8") + text.encode("utf-8")


def _json_layout(data: bytes, notebook: Any) -> _JsonLayout | None:
    """A serialisation that reproduces ``data`` byte for byte, or ``None``."""
    bom = data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    body = text.rstrip()
    tail = text[len(body):]
    for indent in (1, 2, 4, None, 3, "\t"):
        separators_options: tuple[tuple[str, str] | None, ...] = (
            (None, (",", ":")) if indent is None else (None, (", ", ": ")))
        for separators in separators_options:
            for ensure_ascii in (False, True):
                layout = _JsonLayout(indent, ensure_ascii, separators, bom, tail)
                if layout.dump(notebook) == data:
                    return layout
    return None


class _NotebookDocument:
    """A ``.ipynb``: edits go into the ``source`` of their cell; the JSON keeps its layout."""

    def __init__(self, data: bytes) -> None:
        try:
            notebook = json.loads(data.decode("utf-8-sig"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            raise FixRefused("it is not valid notebook JSON") from None
        self.layout = _json_layout(data, notebook)
        if self.layout is None:
            raise FixRefused("its JSON layout cannot be reproduced exactly, and a fix must not "
                             "reformat the notebook; apply the fix by hand")

    def apply(self, data: bytes, findings: Sequence[Finding],
              unsafe: bool) -> tuple[bytes, list[Finding]]:
        from .source import _cells, _python_code

        notebook = json.loads(data.decode("utf-8-sig"))
        cells = _cells(notebook)
        texts: dict[int, str] = {}
        masked: dict[int, list[str]] = {}

        def cell_text(index: int) -> str | None:
            if index not in texts:
                if not 1 <= index <= len(cells) or not isinstance(cells[index - 1], dict):
                    return None
                source = cells[index - 1].get("source", cells[index - 1].get("input", ""))
                if isinstance(source, list) and all(isinstance(s, str) for s in source):
                    source = "".join(source)
                if not isinstance(source, str):
                    return None
                texts[index] = source
                masked[index] = _python_code(cells[index - 1])
            return texts[index]

        def resolve(finding: Finding, edit: Edit) -> _Range | None:
            if edit.cell is None:
                return None
            text = cell_text(edit.cell)
            if text is None:
                return None
            lines = text.splitlines(keepends=True)  # as _python_code splits the cell
            starts = [0]
            for line in lines:
                starts.append(starts[-1] + len(line))
            start = _cell_offset(lines, starts, edit.span.start)
            end = _cell_offset(lines, starts, edit.span.end)
            if start is None or end is None or end < start:
                return None
            # Never edit a line that was masked (a magic shown to the parser as `pass`).
            for row in range(edit.span.start.row, edit.span.end.row + 1):
                original = lines[row - 1].rstrip("\r\n") if row <= len(lines) else ""
                shown = masked[edit.cell]
                if row > len(shown) or shown[row - 1] != original:
                    return None
            return _Range(edit.cell, start, end, edit.content)

        chosen = _choose(findings, unsafe, resolve)
        if not chosen:
            return data, []
        by_cell: dict[int, list[_Range]] = {}
        for _, ranges in chosen:
            for r in ranges:
                by_cell.setdefault(r.region, []).append(r)
        for index, ranges in by_cell.items():
            new_source = _splice(texts[index], ranges)
            cell = cells[index - 1]
            key = "source" if "source" in cell or "input" not in cell else "input"
            if isinstance(cell.get(key), list):
                cell[key] = new_source.splitlines(keepends=True)
            else:
                cell[key] = new_source
            code = "".join(line + "\n" for line in _python_code(cell))
            problem = _parse_problem(code)
            if problem is not None:
                codes = ", ".join(sorted({f.code for f, _ in chosen}))
                raise FixRefused(f"the fixes ({codes}) would produce code that does not parse "
                                 f"in cell {index} ({problem}); this is a xentlint bug")
        assert self.layout is not None
        return self.layout.dump(notebook), [finding for finding, _ in chosen]


def _cell_offset(lines: list[str], starts: list[int], position: Position) -> int | None:
    row, column = position.row, position.column
    if column < 1:
        return None
    if row == len(lines) + 1 and column == 1:  # the end of a cell that ends in a newline
        return starts[-1]
    if not 1 <= row <= len(lines):
        return None
    content = lines[row - 1].rstrip("\r\n")
    return starts[row - 1] + column - 1 if column - 1 <= len(content) else None


# --- one file --------------------------------------------------------------------------------


@dataclass
class FixResult:
    """What fixing one file (or stdin) came to."""

    filename: str
    original: bytes
    fixed: bytes
    applied: list[Finding]
    """The findings whose fix was applied, over all rounds."""
    remaining: list[Finding]
    """The findings of the fixed code (of the original code when the file was refused)."""
    refused: str | None = None
    """Why the file was not fixed (one line), or ``None``."""

    @property
    def changed(self) -> bool:
        return self.fixed != self.original

    def diff(self) -> str:
        """A unified diff from the original to the fixed file (empty when unchanged)."""
        if not self.changed:
            return ""
        return unified_diff(_diff_text(self.original, self.filename),
                            _diff_text(self.fixed, self.filename), self.filename)


def _diff_text(data: bytes, filename: str) -> str:
    if filename.endswith(".ipynb"):
        return data.decode("utf-8-sig", errors="replace")
    from .source import SourceError, decode_python

    try:
        return decode_python(data)
    except SourceError:  # pragma: no cover - a file that decoded once decodes again
        return data.decode("utf-8", errors="replace")


def unified_diff(old: str, new: str, filename: str) -> str:
    """A unified diff that ``patch -p0`` and ``git apply -p0`` accept (``\\ No newline at end of
    file`` where a side does not end in a newline; line endings kept as they are)."""
    lines = []
    for line in difflib.unified_diff(old.splitlines(keepends=True), new.splitlines(keepends=True),
                                     fromfile=filename, tofile=filename, n=3):
        if line.startswith(("---", "+++")):
            line = line.rstrip("\n") + "\n"
        lines.append(line)
        if not line.endswith(("\n", "\r")):
            lines.append("\n\\ No newline at end of file\n")
    return "".join(lines)


def fix_document(data: bytes, path: str | os.PathLike[str], settings: Any, *,
                 filename: str | None = None, unsafe: bool = False) -> FixResult:
    """Check ``data`` (the contents of ``path``), apply the fixes, re-check, repeat.

    Up to :data:`MAX_ROUNDS` rounds; stops when a round applies nothing or produces a text seen
    before. If a round is refused (the code would not parse, cannot be encoded...), nothing of
    the file is changed and ``refused`` says why.
    """
    from . import engine
    from .discover import NOTEBOOK_SUFFIX
    from .paths import display_path

    filename = filename or display_path(path)
    findings = engine.check_bytes(data, path, settings, filename=filename)
    result = FixResult(filename, data, data, [], findings)
    if not any(is_applicable(f, unsafe) for f in findings):
        return result
    try:
        document: _PythonDocument | _NotebookDocument = (
            _NotebookDocument(data) if str(path).endswith(NOTEBOOK_SUFFIX)
            else _PythonDocument(data))
        fixed, applied, remaining = _rounds(
            data, findings, lambda current, found: document.apply(current, found, unsafe),
            lambda current: engine.check_bytes(current, path, settings, filename=filename),
            unsafe)
    except FixRefused as refusal:
        result.refused = str(refusal)
        return result
    return FixResult(filename, data, fixed, applied, remaining)


def _rounds(content: Any, findings: list[Finding],
            apply: Callable[[Any, list[Finding]], tuple[Any, list[Finding]]],
            check: Callable[[Any], list[Finding]],
            unsafe: bool) -> tuple[Any, list[Finding], list[Finding]]:
    """Apply, re-check, repeat: (final content, findings fixed, findings remaining)."""
    seen, applied = {content}, []
    for _ in range(MAX_ROUNDS):
        if not any(is_applicable(f, unsafe) for f in findings):
            break
        new, round_applied = apply(content, findings)
        if not round_applied or new in seen:
            break
        applied.extend(round_applied)
        seen.add(new)
        content = new
        findings = check(content)
    return content, applied, findings


def fix_text(text: str, path: str | os.PathLike[str] = "<stdin>", settings: Any = None, *,
             unsafe: bool = False) -> tuple[str, list[Finding], list[Finding]]:
    """(fixed text, findings fixed, findings remaining) for the Python source ``text`` reported
    as ``path``: check, apply, re-check and repeat as ``--fix`` does (not for notebooks: use
    :func:`fix_document` with the notebook's bytes).

    Raises :class:`FixRefused` when the fixed code would not parse.
    """
    from . import engine
    from .config import Settings
    from .source import Source

    settings = settings or Settings()

    def apply(current: str, found: list[Finding]) -> tuple[str, list[Finding]]:
        new, applied = apply_fixes(current, found, unsafe)
        if applied and new != current:
            problem = _parse_problem(new)
            if problem is not None:
                raise FixRefused(f"the fixes would produce code that does not parse ({problem})")
        return new, applied

    findings = engine.check_source(Source(text), path, settings)
    return _rounds(text, findings, apply,
                   lambda current: engine.check_source(Source(current), path, settings), unsafe)


# --- writing ---------------------------------------------------------------------------------


def write_file(path: str | os.PathLike[str], data: bytes, expected: bytes) -> None:
    """Replace the contents of ``path`` (``expected`` when it was read) with ``data``.

    Raises :class:`FixRefused` if the file changed meanwhile, ``OSError`` if it cannot be
    written. See the module documentation for what is kept.
    """
    target = Path(os.path.realpath(path))  # a symbolic link is kept; its target is rewritten
    info = os.stat(target)
    with open(target, "rb") as handle:
        if handle.read() != expected:
            raise FixRefused("the file changed while it was being fixed")
    if info.st_nlink > 1:  # os.replace would split the hard links: rewrite in place
        with open(target, "r+b") as handle:
            handle.write(data)
            handle.truncate()
            handle.flush()
            os.fsync(handle.fileno())
        return
    descriptor, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.",
                                             suffix=".xentlint-tmp")
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, stat.S_IMODE(info.st_mode))
        if hasattr(os, "chown"):
            try:
                os.chown(temporary, info.st_uid, info.st_gid)
            except OSError:  # not permitted for another user's file: keep ours
                pass
        os.replace(temporary, target)
    except BaseException:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        raise


# --- many files ------------------------------------------------------------------------------


def fix_files(sources: Iterable[Any], *, unsafe: bool = False, write: bool = True,
              on_refusal: Callable[[str, str], None] | None = None) -> list[FixResult]:
    """Fix every discovered file (:class:`~xentlint.discover.SourcePath`); write the changed
    ones when ``write``. ``on_refusal(filename, reason)`` is told of each file left alone."""
    from . import engine
    from .paths import display_path

    results = []
    for source in sources:
        filename = display_path(source.path)
        data = None
        if source.problem is None:
            try:
                data = source.path.read_bytes()
            except OSError:
                data = None
        if data is None:  # engine reports why (XL001)
            results.append(FixResult(filename, b"", b"", [], engine.check_path(source)))
            continue
        result = fix_document(data, source.path, source.settings, filename=filename,
                              unsafe=unsafe)
        if write and result.changed:
            try:
                write_file(source.path, result.fixed, result.original)
            except (FixRefused, OSError) as error:
                reason = str(error) if isinstance(error, FixRefused) else (
                    f"cannot write it: {(error.strerror or str(error)).lower()}")
                result = FixResult(filename, data, data, [],
                                   engine.check_bytes(data, source.path, source.settings,
                                                      filename=filename), reason)
        if result.refused is not None and on_refusal is not None:
            on_refusal(filename, result.refused)
        results.append(result)
    return results


__all__ = ["MAX_ROUNDS", "FixRefused", "FixResult", "apply_fixes", "fix_document", "fix_files",
           "fix_text", "is_applicable", "is_hidden", "unified_diff", "write_file"]
