"""What the server analyses: a snapshot of an open document, run through ``xentlint check``'s own
pipeline (:mod:`xentlint.pipeline.run`), and fixed by ``--fix``'s own machinery (:mod:`xentlint.fix`).

A text document is Python source (whatever its name: jupyterlab-lsp sends a notebook as one
virtual document of its joined cells). A notebook synced through ``notebookDocument/*`` is turned back into
notebook JSON, so the checker joins its code cells, masks magics and reports findings in cell
coordinates exactly as it does for a ``.ipynb`` file on disk; a finding's ``cell`` (1-based
among all cells, as formats.md says) names the cell document it belongs to.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass

from ..config import Settings
from ..findings import Finding
from ..pipeline import run
from ..pipeline.project import project_for
from ..pipeline.source import Source, cell_python

PYTHON_SUFFIXES = (".py", ".pyi", ".pyw", ".ipy")


@dataclass(frozen=True)
class Cell:
    """A notebook cell as the client synced it."""

    uri: str
    code: bool  # a code cell (markup cells are kept: cell numbers count every cell)
    language: str
    text: str
    version: int | None = None


@dataclass(frozen=True)
class Snapshot:
    """An open document (or notebook) at one version: what one analysis reads."""

    uri: str
    path: str
    """The file system path: for configuration, per-file-ignores and the names in findings."""
    text: str = ""
    version: int | None = None
    cells: tuple[Cell, ...] | None = None
    """``None`` for a text document."""

    @property
    def uris(self) -> tuple[str, ...]:
        """The documents diagnostics are published for (a notebook's code cells)."""
        if self.cells is None:
            return (self.uri,)
        return tuple(c.uri for c in self.cells if c.code)

    def uri_of(self, cell: int | None) -> str | None:
        """The document of a location: the cell's, in a notebook (``None``: no such cell)."""
        if self.cells is None:
            return self.uri
        if cell is None or not 1 <= cell <= len(self.cells):
            return None
        return self.cells[cell - 1].uri

    def cell_of(self, uri: str) -> int | None:
        """The 1-based index of the cell document ``uri`` (``None`` for a text document)."""
        for index, cell in enumerate(self.cells or (), start=1):
            if cell.uri == uri:
                return index
        return None

    def text_of(self, uri: str) -> str | None:
        if self.cells is None:
            return self.text if uri == self.uri else None
        index = self.cell_of(uri)
        return None if index is None else self.cells[index - 1].text

    def version_of(self, uri: str) -> int | None:
        if self.cells is None:
            return self.version
        index = self.cell_of(uri)
        return None if index is None else self.cells[index - 1].version

    def checked_text(self, uri: str) -> str | None:
        """The code of ``uri`` as the checker read it: a cell's as IPython runs it, magics
        masked and a common indentation or prompts removed (:meth:`column_shifts`); ``None``
        for a cell that is not Python (``%%bash``)."""
        text = self.text_of(uri)
        if self.cells is None or text is None:
            return text
        code = cell_python({"cell_type": "code", "source": text})
        return None if code is None else "\n".join(code.lines) + "\n"

    def column_shifts(self, uri: str) -> tuple[int, ...]:
        """The columns removed at the start of each line of :meth:`checked_text` (a row's
        column there is that much further right in the document); empty when none are."""
        text = self.text_of(uri)
        if self.cells is None or text is None:
            return ()
        code = cell_python({"cell_type": "code", "source": text})
        return () if code is None else code.shifts

    def notebook_json(self) -> bytes:
        """The notebook as ``.ipynb`` JSON: each cell's language in its metadata, so cells that
        are not Python are skipped as the checker skips them in a VS Code notebook."""
        cells = []
        for cell in self.cells or ():
            entry: dict[str, object] = {
                "cell_type": "code" if cell.code else "markdown",
                "metadata": {"vscode": {"languageId": cell.language}},
                "source": cell.text,
            }
            if cell.code:
                entry.update(execution_count=None, outputs=[])
            cells.append(entry)
        notebook = {"cells": cells, "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
        return (json.dumps(notebook, indent=1, ensure_ascii=False) + "\n").encode("utf-8")


def analyse(snapshot: Snapshot, settings: Settings) -> tuple[Finding, ...]:
    """The findings of ``snapshot``, as ``xentlint check`` reports them for the same file (an
    excluded file has none, as with ``--force-exclude``). What the project records from here
    on is this analysis's (:func:`.modules.reads`), none when the document is not analysed."""
    project = project_for(settings)
    if project is not None:
        project.begin()
    if settings.is_excluded(snapshot.path):
        return ()
    if snapshot.cells is None:
        return tuple(run.check_source(Source(snapshot.text), snapshot.path, settings))
    return tuple(run.check_bytes(snapshot.notebook_json(), snapshot.path, settings))


def fixed_texts(snapshot: Snapshot, settings: Settings) -> dict[str, str]:
    """The new text of each document that ``--fix`` (safe fixes, re-checked, repeated) would
    change; empty when nothing applies or the fix is refused."""
    from ..fix import FixRefused, fix_document, fix_text

    if settings.is_excluded(snapshot.path):
        return {}
    if snapshot.cells is None:
        try:
            new, applied, _ = fix_text(snapshot.text, snapshot.path, settings)
        except FixRefused:
            return {}
        return {snapshot.uri: new} if applied and new != snapshot.text else {}
    result = fix_document(snapshot.notebook_json(), snapshot.path, settings)
    if not result.changed:
        return {}
    fixed_cells = json.loads(result.fixed.decode("utf-8"))["cells"]
    changed = {}
    for cell, fixed in zip(snapshot.cells, fixed_cells, strict=True):
        source = fixed["source"]
        text = "".join(source) if isinstance(source, list) else source
        if text != cell.text:
            changed[cell.uri] = text
    return changed


def is_python(uri: str, language_id: str | None) -> bool:
    """Whether a text document is Python the server should check."""
    if language_id:
        return language_id.lower() == "python"
    return uri.lower().endswith(PYTHON_SUFFIXES)


def path_of(uri: str) -> str:
    """The file system path of a document URI (``untitled:`` ones: a name in the cwd)."""
    from pygls.uris import to_fs_path

    path = to_fs_path(uri) if uri.startswith("file:") else None
    if path:
        return path
    name = uri.rsplit("/", 1)[-1].rsplit(":", 1)[-1] or "untitled.py"
    return os.path.join(os.getcwd(), name)


__all__ = ["Cell", "Snapshot", "analyse", "fixed_texts", "is_python", "path_of"]
