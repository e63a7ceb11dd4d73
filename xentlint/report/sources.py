"""The files a report points into, each read once: the flagged code (what a fingerprint hashes)
and, in a notebook, where a cell position lies in the stored ``.ipynb`` (what code scanning and
CI annotations show).

Only the formats that need them read files (sarif, github, gitlab). Code read from stdin is not
on disk: the CLI hands it over as ``contents``. A file that cannot be read, or no longer matches
the findings, yields ``None`` and each format falls back as its docstring says.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..findings import Span
from .notebook_file import NotebookFile, NotebookLayoutError

_NOTEBOOK_SUFFIX = ".ipynb"


class SourceFiles:
    def __init__(self, contents: Iterable[tuple[str, bytes]] = ()) -> None:
        self._contents = dict(contents)
        self._python: dict[str, list[str] | None] = {}
        self._notebooks: dict[str, NotebookFile | None] = {}

    def flagged_text(self, filename: str, cell: int | None, span: Span) -> str | None:
        """The source text under ``span`` (in ``cell`` of a notebook), or ``None``."""
        if cell is not None:
            notebook = self._notebook(filename)
            text = None if notebook is None else notebook.cell_text(cell)
            lines = None if text is None else text.splitlines(keepends=True)
        elif filename.endswith(_NOTEBOOK_SUFFIX):
            return None  # a finding on the notebook file itself (invalid JSON): no code
        else:
            lines = self._lines(filename)
        return None if lines is None else _extract(lines, span)

    def file_span(self, filename: str, cell: int | None, span: Span) -> Span | None:
        """Where ``span`` lies in the file as stored: itself outside notebook cells, the
        position inside the notebook's JSON for a cell (``None`` when it cannot be mapped)."""
        if cell is None:
            return span
        notebook = self._notebook(filename)
        return None if notebook is None else notebook.span(cell, span)

    def edit_span(self, filename: str, cell: int | None, span: Span) -> Span | None:
        """Like :meth:`file_span` for a fix edit, which in a notebook must stay inside one JSON
        string literal to be expressed as a replacement of the file's text."""
        if cell is None:
            return span
        notebook = self._notebook(filename)
        return None if notebook is None else notebook.edit_span(cell, span)

    def _read(self, filename: str) -> bytes | None:
        if filename in self._contents:
            return self._contents[filename]
        try:
            with open(filename, "rb") as stream:
                return stream.read()
        except (OSError, ValueError):  # ValueError: a NUL in a name that is not a real path
            return None

    def _lines(self, filename: str) -> list[str] | None:
        if filename not in self._python:
            from ..pipeline.source import SourceError, decode_python

            data = self._read(filename)
            try:
                text = None if data is None else decode_python(data)
            except SourceError:
                text = None
            self._python[filename] = None if text is None else text.splitlines(keepends=True)
        return self._python[filename]

    def _notebook(self, filename: str) -> NotebookFile | None:
        if filename not in self._notebooks:
            data = self._read(filename)
            try:
                notebook = None if data is None else NotebookFile(data.decode("utf-8-sig"))
            except (UnicodeDecodeError, NotebookLayoutError):
                notebook = None
            self._notebooks[filename] = notebook
        return self._notebooks[filename]


def _extract(lines: list[str], span: Span) -> str | None:
    """The text from ``span.start`` to ``span.end`` (exclusive), or ``None`` if out of range."""
    def offset(row: int, column: int) -> int | None:
        if row == len(lines) + 1 and column == 1:
            return len(text)
        if not 1 <= row <= len(lines) or column < 1:
            return None
        if column - 1 > len(lines[row - 1].rstrip("\r\n")):
            return None
        return starts[row - 1] + column - 1

    text = "".join(lines)
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line))
    start = offset(span.start.row, span.start.column)
    end = offset(span.end.row, span.end.column)
    if start is None or end is None or end < start:
        return None
    return text[start:end]


__all__ = ["SourceFiles"]
