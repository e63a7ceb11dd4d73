"""The documents a fix rewrites: how a file's bytes become text to edit, and back.

A ``.py`` file is decoded as the checker decodes it (UTF-8 BOM, PEP 263 coding line: the codec
:func:`~xentlint.source.decode_python_with_encoding` decoded it with) and re-encoded with the
same codec; the edits are spliced into the original text, so its line endings are kept.

Notebooks are supported: an edit (in cell coordinates) is applied to the ``source`` of its
cell in the notebook JSON, and the JSON is written back with the layout it had (indentation,
key order, ASCII escaping, final newline). The layout is found by re-serialising the original
notebook and comparing it byte for byte; when no layout reproduces it (hand-written JSON,
unusual number formatting), the notebook is left alone with a note, rather than reformatted.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ..findings import Edit, Finding, Position
from .edits import _choose, _Range, _splice, apply_fixes
from .refusal import FixRefused, _parse_problem


class _PythonDocument:
    """A ``.py`` file: text decoded as the checker decodes it, re-encoded the same way."""

    def __init__(self, data: bytes) -> None:
        from ..pipeline.source import decode_python_with_encoding

        self.text, self.encoding = decode_python_with_encoding(data)
        if self.text.encode(self.encoding) != data:
            raise FixRefused(f"its bytes do not survive decoding as {self.encoding} and "
                             "re-encoding unchanged")

    def apply(self, data: bytes, findings: Sequence[Finding],
              unsafe: bool) -> tuple[bytes, list[Finding]]:
        from ..pipeline.source import decode_python_with_encoding

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
    """How a notebook's JSON was serialised, so that it can be written back the same way."""

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
        from ..pipeline.source import _cells, cell_python

        notebook = json.loads(data.decode("utf-8-sig"))
        cells = _cells(notebook)
        texts: dict[int, str] = {}
        masked: dict[int, frozenset[int]] = {}

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
                code = cell_python(cells[index - 1])
                masked[index] = code.masked if code is not None else frozenset()
            return texts[index]

        def resolve(finding: Finding, edit: Edit) -> _Range | None:
            if edit.cell is None:
                return None
            text = cell_text(edit.cell)
            if text is None:
                return None
            lines = text.splitlines(keepends=True)  # as cell_python splits the cell
            starts = [0]
            for line in lines:
                starts.append(starts[-1] + len(line))
            start = _cell_offset(lines, starts, edit.span.start)
            end = _cell_offset(lines, starts, edit.span.end)
            if start is None or end is None or end < start:
                return None
            # Never edit a line that was masked (a magic shown to the parser as `pass`).
            if any(row - 1 in masked[edit.cell]
                   for row in range(edit.span.start.row, edit.span.end.row + 1)):
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
            python = cell_python(cell)
            problem = _parse_problem("".join(line + "\n" for line in python.lines)
                                     if python is not None else "")
            if problem is not None:
                codes = ", ".join(sorted({f.code for f, _ in chosen}))
                raise FixRefused(f"the fixes ({codes}) would produce code that does not parse "
                                 f"in cell {index} ({problem}); this is a xentlint bug")
        assert self.layout is not None
        return self.layout.dump(notebook), [finding for finding, _ in chosen]


def _cell_offset(lines: list[str], starts: list[int], position: Position) -> int | None:
    """The offset of a 1-based (row, column) in a cell's ``lines``, or ``None`` if outside."""
    row, column = position.row, position.column
    if column < 1:
        return None
    if row == len(lines) + 1 and column == 1:  # the end of a cell that ends in a newline
        return starts[-1]
    if not 1 <= row <= len(lines):
        return None
    content = lines[row - 1].rstrip("\r\n")
    return starts[row - 1] + column - 1 if column - 1 <= len(content) else None


def open_document(data: bytes, path: str) -> _PythonDocument | _NotebookDocument:
    """The document for a file's ``data``: a notebook by its suffix, else Python source."""
    from ..pipeline.discover import NOTEBOOK_SUFFIX

    return _NotebookDocument(data) if path.endswith(NOTEBOOK_SUFFIX) else _PythonDocument(data)
