"""Where a notebook cell's code lies in the ``.ipynb`` file itself.

A finding in a notebook is located relative to its cell (formats.md), which is what a reader of
the notebook wants. A code-scanning service or a CI annotation, though, shows the *file* as it
is stored: JSON, the code inside the string literals of each cell's ``source``. For those
formats a cell position is mapped to the line and column, in the JSON text, of the same
character inside its string literal (a ``\\n`` or ``\\"`` escape counts as the characters it
stands for). nbformat writes one source line per JSON line, so the annotation lands on the line
that shows the flagged code.
"""

from __future__ import annotations

import json
from bisect import bisect_right
from dataclasses import dataclass

from ..findings import Position, Span

_DECODER = json.JSONDecoder()
_WHITESPACE = " \t\n\r"
# Values never needed to find the code: skipped at C speed (outputs hold large images).
_SKIPPED_KEYS = frozenset({"outputs", "metadata", "attachments", "prompt_number", "execution_count"})


def cell_prefix(cell: int | None, position: Position) -> str:
    """``cell 4, line 6: `` before the message of a notebook finding, whose position in the
    file shows no cell; empty outside notebooks."""
    return "" if cell is None else f"cell {cell}, line {position.row}: "


class NotebookLayoutError(Exception):
    """The file is not the notebook JSON the finding was computed from."""


@dataclass(frozen=True)
class _Literal:
    start: int
    """Offset in the document of the first character inside the quotes."""
    end: int
    """Offset of the closing quote."""
    text: str
    """The decoded value."""


class NotebookFile:
    """A notebook's JSON text with the string literals of every cell's source located."""

    def __init__(self, document: str) -> None:
        self.document = document
        try:
            tree, _ = _value(document, _skip(document, 0))
        except (ValueError, IndexError, RecursionError) as error:
            raise NotebookLayoutError(str(error)) from None
        self._cells = _cell_sources(tree)
        self._line_starts = [0]
        newline = document.find("\n")
        while newline != -1:
            self._line_starts.append(newline + 1)
            newline = document.find("\n", newline + 1)

    def cell_text(self, cell: int) -> str | None:
        """The source of ``cell`` (1-based among all cells), as the checker read it."""
        literals = self._literals(cell)
        return None if literals is None else "".join(literal.text for literal in literals)

    def position(self, cell: int, position: Position, *, end: bool = False) -> Position | None:
        """Where ``position`` of ``cell`` lies in the file (``end``: an exclusive end, which at
        the boundary of two literals stays in the first)."""
        found = self._locate(cell, position, end)
        return None if found is None else self._row_column(found[1])

    def span(self, cell: int, span: Span) -> Span | None:
        start = self.position(cell, span.start)
        stop = self.position(cell, span.end, end=True)
        if start is None or stop is None or stop < start:
            return None
        return Span(start, stop)

    def edit_span(self, cell: int, span: Span) -> Span | None:
        """The file span of an edit of ``cell``, when the edit lies inside one string literal
        (so that splicing its JSON-escaped content there is the same edit); else ``None``."""
        start = self._locate(cell, span.start, False)
        stop = self._locate(cell, span.end, True)
        if start is None or stop is None or start[0] != stop[0] or stop[1] < start[1]:
            return None
        return Span(self._row_column(start[1]), self._row_column(stop[1]))

    def _literals(self, cell: int) -> list[_Literal] | None:
        if not 1 <= cell <= len(self._cells):
            return None
        return self._cells[cell - 1]

    def _locate(self, cell: int, position: Position, end: bool) -> tuple[int, int] | None:
        """(index of the literal, document offset) of a cell position."""
        literals = self._literals(cell)
        if literals is None or position.column < 1:
            return None
        lines = "".join(literal.text for literal in literals).splitlines(keepends=True)
        if position.row == len(lines) + 1 and position.column == 1:
            offset = sum(len(line) for line in lines)
        elif 1 <= position.row <= len(lines):
            content = lines[position.row - 1].rstrip("\r\n")
            if position.column - 1 > len(content):
                return None
            offset = sum(len(line) for line in lines[:position.row - 1]) + position.column - 1
        else:
            return None
        for index, literal in enumerate(literals):
            size = len(literal.text)
            if offset < size or (offset == size and (end or index == len(literals) - 1)):
                return index, _raw_offset(self.document, literal, offset)
            offset -= size
        return None

    def _row_column(self, offset: int) -> Position:
        row = bisect_right(self._line_starts, offset)
        return Position(row, offset - self._line_starts[row - 1] + 1)


def _skip(document: str, i: int) -> int:
    while document[i] in _WHITESPACE:
        i += 1
    return i


def _value(document: str, i: int) -> tuple[object, int]:
    """The value at ``i`` (dicts and lists kept, strings as :class:`_Literal`, other scalars as
    decoded) and the offset after it."""
    char = document[i]
    if char == '"':
        text, end = json.decoder.scanstring(document, i + 1)  # type: ignore[attr-defined]
        return _Literal(i + 1, end - 1, text), end
    if char == "{":
        members: dict[str, object] = {}
        i = _skip(document, i + 1)
        if document[i] == "}":
            return members, i + 1
        while True:
            if document[i] != '"':
                raise ValueError(f"expected a key at offset {i}")
            key, i = json.decoder.scanstring(document, i + 1)  # type: ignore[attr-defined]
            i = _skip(document, i)
            if document[i] != ":":
                raise ValueError(f"expected ':' at offset {i}")
            i = _skip(document, i + 1)
            if key in _SKIPPED_KEYS:
                _, i = _DECODER.raw_decode(document, i)
                members[key] = None
            else:
                members[key], i = _value(document, i)
            i = _skip(document, i)
            if document[i] == "}":
                return members, i + 1
            if document[i] != ",":
                raise ValueError(f"expected ',' or '}}' at offset {i}")
            i = _skip(document, i + 1)
    if char == "[":
        items: list[object] = []
        i = _skip(document, i + 1)
        if document[i] == "]":
            return items, i + 1
        while True:
            item, i = _value(document, i)
            items.append(item)
            i = _skip(document, i)
            if document[i] == "]":
                return items, i + 1
            if document[i] != ",":
                raise ValueError(f"expected ',' or ']' at offset {i}")
            i = _skip(document, i + 1)
    return _DECODER.raw_decode(document, i)


def _cell_sources(tree: object) -> list[list[_Literal] | None]:
    """Each cell's source literals, in the order :func:`xentlint.pipeline.source.notebook_source`
    numbers the cells (nbformat 4 ``cells``, or nbformat 3 worksheets' cells and ``input``)."""
    if not isinstance(tree, dict):
        raise NotebookLayoutError("the top level is not a JSON object")
    if "cells" in tree:
        cells = tree["cells"]
    else:
        worksheets = tree.get("worksheets")
        cells = [c for ws in worksheets if isinstance(ws, dict)
                 for c in (ws.get("cells") or [])] if isinstance(worksheets, list) else None
    if not isinstance(cells, list):
        raise NotebookLayoutError("no 'cells' list")
    sources: list[list[_Literal] | None] = []
    for cell in cells:
        source = cell.get("source", cell.get("input")) if isinstance(cell, dict) else None
        if isinstance(source, _Literal):
            sources.append([source])
        elif isinstance(source, list) and all(isinstance(s, _Literal) for s in source):
            sources.append(list(source))
        else:
            sources.append(None)
    return sources


def _raw_offset(document: str, literal: _Literal, index: int) -> int:
    """The document offset of the ``index``-th decoded character of ``literal`` (its closing
    quote for ``index == len(literal.text)``)."""
    i, decoded = literal.start, 0
    while decoded < index and i < literal.end:
        if document[i] == "\\":
            if document[i + 1] == "u":
                high = int(document[i + 2:i + 6], 16)
                i += 6
                if 0xD800 <= high <= 0xDBFF and document[i:i + 2] == "\\u":
                    low = int(document[i + 2:i + 6], 16)
                    if 0xDC00 <= low <= 0xDFFF:  # a surrogate pair is one character
                        i += 6
            else:
                i += 2
        else:
            i += 1
        decoded += 1
    return i


__all__ = ["NotebookFile", "NotebookLayoutError", "cell_prefix"]
