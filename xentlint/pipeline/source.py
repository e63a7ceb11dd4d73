"""From bytes on disk to the text that is parsed, exactly as Python would read it.

Python files: a UTF-8 BOM, else a PEP 263 coding line, else UTF-8 (``tokenize.detect_encoding``,
the interpreter's own rule), so a latin-1 file with ``# -*- coding: latin-1 -*-`` parses and one
without it is reported instead of being decoded wrongly.

Notebooks: the code cells joined in order, each read as IPython reads it (ipython.py), and a
:class:`CellMap` to put findings back into cell coordinates.
"""

from __future__ import annotations

import io
import json
import re
import tokenize
from bisect import bisect_right
from dataclasses import dataclass, replace
from typing import Any

from ..findings import Finding, Position, Span
from .ipython import PYTHON_CELL_MAGICS, CellCode, cell_code


class SourceError(Exception):
    """The file cannot be turned into Python text; reported as XL001 at ``row``:``column``."""

    def __init__(self, message: str, row: int = 1, column: int = 1) -> None:
        super().__init__(message)
        self.message = message
        self.row = row
        self.column = column


@dataclass(frozen=True)
class CellMap:
    """Where each cell of a notebook starts in the joined text.

    ``starts[k]`` is the joined-text row (1-based) of the first line of the cell whose index
    among *all* cells of the notebook (markdown included, 1-based) is ``cells[k]``.
    """

    starts: tuple[int, ...]
    cells: tuple[int, ...]
    shifts: tuple[tuple[int, int], ...] = ()
    """(joined-text row, columns) for each line whose start IPython removes (the cell's common
    indentation, a prompt): a column there is that much further right in the cell."""

    def locate(self, row: int) -> tuple[int, int]:
        """(cell index, row within the cell) of a joined-text row."""
        k = max(bisect_right(self.starts, row) - 1, 0)
        return self.cells[k], row - self.starts[k] + 1

    def rows_of(self, cell: int, total_rows: int) -> range:
        """The joined-text rows of ``cell`` (``total_rows``: rows of the joined text)."""
        k = self.cells.index(cell)
        end = self.starts[k + 1] if k + 1 < len(self.starts) else total_rows + 1
        return range(self.starts[k], end)

    def span_in_cell(self, span: Span) -> tuple[int, Span]:
        """The cell of ``span``'s start and the span relative to it (an end row past the cell
        keeps the same offset, so the span stays well-formed)."""
        cell, row = self.locate(span.start.row)
        offset = span.start.row - row
        shift = dict(self.shifts)
        return cell, Span(Position(row, span.start.column + shift.get(span.start.row, 0)),
                          Position(span.end.row - offset,
                                   span.end.column + shift.get(span.end.row, 0)))


@dataclass(frozen=True)
class Source:
    text: str
    cells: CellMap | None = None
    """``None`` for a Python file."""


# --- Python files --------------------------------------------------------------------------


def decode_python(data: bytes) -> str:
    """Decode source bytes the way the interpreter does, or raise :class:`SourceError`."""
    return decode_python_with_encoding(data)[0]


def decode_python_with_encoding(data: bytes) -> tuple[str, str]:
    """(text, encoding) of source bytes, decoded as :func:`decode_python` does.

    The encoding is the codec name that turns the text back into the same bytes:
    ``"utf-8-sig"`` when the file starts with a UTF-8 BOM (the BOM is not part of the text and
    is written back by encoding), the PEP 263 coding line's codec (normalised by
    :func:`tokenize.detect_encoding`, ``"iso-8859-1"`` for latin-1), else ``"utf-8"``.
    """
    try:
        encoding, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
    except SyntaxError as error:
        if not error.msg.startswith("invalid or missing encoding declaration"):
            message = error.msg
            if message.startswith("encoding problem"):
                message = "a UTF-8 BOM, but the coding line names another encoding"
            raise SourceError(f"cannot decode: {message}", error.lineno or 1) from None
        encoding = "utf-8"  # non-UTF-8 bytes in the first two lines: say where, below
    try:
        return data.decode(encoding), encoding
    except UnicodeDecodeError as error:
        row, column = _byte_position(data, error.start)
        declared = "UTF-8 (no coding line)" if encoding == "utf-8" else f"{encoding} (coding line)"
        hint = ""
        if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
            hint = "; the file looks like UTF-16: save it as UTF-8"
        raise SourceError(f"cannot decode as {declared}: invalid byte 0x{data[error.start]:02x}"
                          f"{hint}", row, column) from None
    except LookupError as error:  # pragma: no cover - detect_encoding already rejects these
        raise SourceError(f"cannot decode: {error}") from None


def _byte_position(data: bytes, offset: int) -> tuple[int, int]:
    line_start = data.rfind(b"\n", 0, offset) + 1
    row = data.count(b"\n", 0, offset) + 1
    column = len(data[line_start:offset].decode("utf-8", errors="replace")) + 1
    return row, column


# --- notebooks -----------------------------------------------------------------------------

def notebook_source(data: bytes) -> Source | None:
    """The Python code of a notebook, or ``None`` when its kernel is not Python.

    Each code cell as IPython runs it (ipython.py: common indentation and prompts removed,
    magics, shell lines and automagics masked). Skipped: markdown and raw cells, cells marked
    as another language, and cell magics other than :data:`PYTHON_CELL_MAGICS`.
    """
    try:
        notebook = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise SourceError("invalid notebook: the file is not UTF-8 JSON") from None
    except json.JSONDecodeError as error:
        raise SourceError(f"invalid notebook: {error.msg}", error.lineno, error.colno) from None
    if not isinstance(notebook, dict):
        raise SourceError("invalid notebook: the top level is not a JSON object")
    if not _is_python_notebook(notebook):
        return None
    cells = _cells(notebook)

    lines: list[str] = []
    starts: list[int] = []
    indices: list[int] = []
    shifts: list[tuple[int, int]] = []
    for index, cell in enumerate(cells, start=1):
        code = cell_python(cell)
        if code is None or not code.lines:
            continue
        starts.append(len(lines) + 1)
        indices.append(index)
        shifts.extend((len(lines) + 1 + i, shift) for i, shift in enumerate(code.shifts) if shift)
        lines.extend(code.lines)
    text = "".join(line + "\n" for line in lines)
    return Source(text, CellMap(tuple(starts), tuple(indices), tuple(shifts)))


def _is_python_notebook(notebook: dict[str, Any]) -> bool:
    metadata = notebook.get("metadata")
    if not isinstance(metadata, dict):
        return True
    for section, key in (("kernelspec", "language"), ("language_info", "name")):
        value = metadata.get(section, {})
        language = value.get(key) if isinstance(value, dict) else None
        if isinstance(language, str) and language:
            return language.lower() == "python"
    return True


def _cells(notebook: dict[str, Any]) -> list[Any]:
    if "cells" in notebook:  # nbformat 4
        cells = notebook["cells"]
    else:  # nbformat 3: cells inside worksheets
        worksheets = notebook.get("worksheets")
        if not isinstance(worksheets, list):
            raise SourceError("invalid notebook: no 'cells' list")
        cells = [c for ws in worksheets if isinstance(ws, dict)
                 for c in (ws.get("cells") or [])]
    if not isinstance(cells, list):
        raise SourceError("invalid notebook: 'cells' is not a list")
    return cells


def cell_python(cell: Any) -> CellCode | None:
    """A code cell's Python (ipython.py), or ``None`` when the cell is not Python code."""
    if not isinstance(cell, dict) or cell.get("cell_type") != "code":
        return None
    metadata = cell.get("metadata")
    if isinstance(metadata, dict):
        vscode = metadata.get("vscode")
        language = vscode.get("languageId") if isinstance(vscode, dict) else None
        if isinstance(language, str) and language != "python":
            return None
    source = cell.get("source", cell.get("input", ""))
    if isinstance(source, list):
        source = "".join(s for s in source if isinstance(s, str))
    if not isinstance(source, str):
        return None
    return cell_code(source)


_LINE_REFERENCE = re.compile(r"\(line (\d+)(?=[,)])")  # (line 14) and (line 14, `NLLLoss`)


def remap_to_cells(finding: Finding, cells: CellMap) -> Finding:
    """``finding`` (in joined-text coordinates) with its span, related locations and fix edits
    moved into the coordinates of their cells (formats.md "Notebooks").

    Messages name lines as ``(line N)`` (or ``(line N, `what`)``); those become ``(cell C,
    line n)``, since a notebook's joined-text line numbers mean nothing to its reader.
    """

    def words(text: str) -> str:
        return _LINE_REFERENCE.sub(lambda m: "(cell {}, line {}".format(
            *cells.locate(int(m.group(1)))), text)

    cell, span = cells.span_in_cell(finding.span)
    related = []
    for link in finding.related:
        if link.filename == finding.filename and link.cell is None:
            link_cell, link_span = cells.span_in_cell(link.span)
            link = replace(link, cell=link_cell, span=link_span, message=words(link.message))
        related.append(link)
    fix = finding.fix
    if fix is not None:
        edits = []
        for edit in fix.edits:
            if edit.filename == finding.filename and edit.cell is None:
                edit_cell, edit_span = cells.span_in_cell(edit.span)
                edit = replace(edit, cell=edit_cell, span=edit_span)
            edits.append(edit)
        fix = replace(fix, message=words(fix.message), edits=tuple(edits))
    return replace(finding, cell=cell, span=span, message=words(finding.message),
                   related=tuple(related), fix=fix)


__all__ = ["CellMap", "PYTHON_CELL_MAGICS", "Source", "SourceError", "cell_python", "decode_python",
           "decode_python_with_encoding", "notebook_source", "remap_to_cells"]
