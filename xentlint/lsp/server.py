"""The language server (pygls): documents in, diagnostics, code actions and hovers out.

Diagnostics are pushed (``textDocument/publishDiagnostics``) after open, change (debounced, see
:mod:`.scheduler`) and save, unless the client pulls them (``textDocument/diagnostic``, which is
always answered): a client that declares pull support gets no pushes, so it never shows each
finding twice. Configuration is the nearest ``pyproject.toml`` of each document, as for
``xentlint check``; it is read again, and every open document re-checked, when a
``pyproject.toml`` changes (a watcher is registered where the client allows it), is saved in
the editor, or the client sends ``workspace/didChangeConfiguration``.

Modules other documents import are read from their buffers while open (:mod:`.modules`); when
one changes (edited, saved, opened, closed, or changed on disk: a watcher for ``*.py`` is
registered too), the open documents whose last analysis read it are checked again, debounced.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import unquote

from lsprotocol import types
from pygls.lsp.server import LanguageServer

from ..config import ConfigError, ConfigResolver, Settings
from ..findings import Finding
from . import convert, documents, modules
from .documents import Cell, Snapshot
from .scheduler import LOGGER, Analysis, Scheduler

CONFIG_FILE = "pyproject.toml"


class XentlintServer(LanguageServer):
    """The server's state: the scheduler, the configuration and what the client supports."""

    def __init__(self) -> None:
        from .. import __version__

        super().__init__(
            "xentlint", __version__,
            text_document_sync_kind=types.TextDocumentSyncKind.Incremental,
            notebook_document_sync=types.NotebookDocumentSyncOptions(
                notebook_selector=[types.NotebookDocumentFilterWithNotebook(notebook="*")],
                save=True),
        )
        self.pull = False
        self.resolver = ConfigResolver()
        self._config_errors: set[str] = set()
        self.scheduler = Scheduler(self.snapshot_of, self._analyse, self.publish,
                                   self.log_error, reads=modules.reads)

    def _analyse(self, snapshot: Snapshot, settings: Settings) -> tuple[Finding, ...]:
        # Looked up at each call, so a test can replace the analysis to inject a failure.
        return documents.analyse(snapshot, settings)

    # --- documents and settings ---------------------------------------------------------

    def unit_of(self, uri: str) -> str:
        """The unit a document belongs to: its notebook, for a cell."""
        notebook = self.workspace.get_notebook_document(cell_uri=uri)
        return notebook.uri if notebook is not None else uri

    def snapshot_of(self, key: str) -> tuple[Snapshot, Settings] | None:
        workspace = self.workspace
        notebook = workspace.get_notebook_document(notebook_uri=key)
        if notebook is not None:
            cells = []
            for cell in notebook.cells:
                doc = workspace.text_documents.get(unquote(cell.document))
                cells.append(Cell(cell.document, cell.kind == types.NotebookCellKind.Code,
                                  (doc.language_id or "python") if doc else "markdown",
                                  doc.source if doc else "", doc.version if doc else None))
            snapshot = Snapshot(key, documents.path_of(key), version=notebook.version,
                                cells=tuple(cells))
        else:
            doc = workspace.text_documents.get(unquote(key))  # pygls keys them unquoted
            if doc is None or not documents.is_python(key, doc.language_id):
                return None
            snapshot = Snapshot(key, documents.path_of(key), doc.source, doc.version)
        return snapshot, self.settings_for(snapshot.path)

    def settings_for(self, path: str) -> Settings:
        try:
            return self.resolver.settings_for(path)
        except ConfigError as error:
            message = f"xentlint: {error}; checking with the default settings"
            if message not in self._config_errors:  # once per distinct problem
                self._config_errors.add(message)
                self.window_show_message(types.ShowMessageParams(types.MessageType.Error,
                                                                 message))
            return Settings(root=Path(path).parent)

    def reload(self) -> None:
        """Read the configuration again and re-check every open document."""
        self.resolver = ConfigResolver()
        self._config_errors.clear()
        self._recheck(self.scheduler.keys(), delay=0)

    def _recheck(self, keys: Iterable[str], delay: float | None = None) -> None:
        """New generations of these documents: analysed after ``delay`` (push), or pulled
        again by the client, asked once (pull)."""
        keys = list(keys)
        for key in keys:
            self.scheduler.touch(key)
            if not self.pull:
                self.scheduler.schedule(key, delay)
        if keys and self.pull and self._refresh_support():
            self.workspace_diagnostic_refresh(None)

    def _refresh_support(self) -> bool:
        workspace = self.client_capabilities.workspace
        diagnostics = workspace.diagnostics if workspace is not None else None
        return bool(diagnostics is not None and diagnostics.refresh_support)

    def changed(self, uri: str, delay: float | None = None) -> None:
        """A document or notebook changed: a new generation, analysed after ``delay``."""
        key = self.unit_of(uri)
        self.scheduler.touch(key)
        if not self.pull:
            self.scheduler.schedule(key, delay)

    def modules_changed(self, paths: Iterable[Path | None], changed: str | None = None) -> None:
        """The modules at ``paths`` changed (their buffers or files; None: not a module):
        check again the open documents that read one, but ``changed`` (re-checked already)."""
        self._recheck(dict.fromkeys(key for path in paths if path is not None
                                    for key in self.scheduler.readers(path) if key != changed))

    def closed(self, key: str, uris: list[str]) -> None:
        self.scheduler.forget(key)
        if not self.pull:
            for uri in uris:
                self.text_document_publish_diagnostics(
                    types.PublishDiagnosticsParams(uri=uri, diagnostics=[]))

    # --- results ---------------------------------------------------------------------------

    def lines_for(self, snapshot: Snapshot) -> convert.LinesOf:
        """Lines of the documents as analysed (others: as open in the editor, or on disk)."""
        negotiated = self.workspace.position_encoding or types.PositionEncodingKind.Utf16
        encoding = getattr(negotiated, "value", negotiated)  # the enum's str() is its name
        cache: dict[str, convert.Lines] = {}

        def lines(uri: str) -> convert.Lines:
            if uri not in cache:
                text = snapshot.text_of(uri)
                if text is None:
                    text = _other_text(self, uri)
                cache[uri] = convert.Lines(text, encoding)
            return cache[uri]

        return lines

    def diagnostics(self, analysis: Analysis) -> dict[str, list[types.Diagnostic]]:
        """The diagnostics of each document of the analysis (an empty list clears)."""
        snapshot = analysis.snapshot
        lines = self.lines_for(snapshot)
        by_uri: dict[str, list[types.Diagnostic]] = {uri: [] for uri in snapshot.uris}
        for finding in analysis.findings:
            uri = snapshot.uri_of(finding.cell)
            if uri is not None:
                by_uri.setdefault(uri, []).append(convert.diagnostic(snapshot, finding, lines))
        return by_uri

    def publish(self, analysis: Analysis) -> None:
        if self.pull:
            return
        for uri, items in self.diagnostics(analysis).items():
            self.text_document_publish_diagnostics(types.PublishDiagnosticsParams(
                uri=uri, diagnostics=items, version=analysis.snapshot.version_of(uri)))

    def log_error(self, message: str) -> None:
        LOGGER.error("%s", message)
        self.window_log_message(types.LogMessageParams(types.MessageType.Error, message))


def _other_text(server: XentlintServer, uri: str) -> str | None:
    doc = server.workspace.text_documents.get(unquote(uri))
    if doc is not None:
        return doc.source
    path = documents.path_of(uri) if uri.startswith("file:") else None
    try:
        return Path(path).read_text(encoding="utf-8") if path else None
    except (OSError, UnicodeDecodeError):
        return None


def create_server() -> XentlintServer:
    """The server with every feature registered (:mod:`.features`)."""
    from .features import register

    server = XentlintServer()
    register(server)
    return server


def serve() -> None:
    """``xentlint lsp``: serve over stdin/stdout until the client says exit."""
    logging.basicConfig(level=os.environ.get("XENTLINT_LSP_LOG", "WARNING").upper(),
                        format="%(asctime)s %(name)s %(levelname)s %(message)s")
    server = create_server()
    try:
        server.start_io()
    finally:
        server.scheduler.close()


def client_supports_pull(capabilities: types.ClientCapabilities) -> bool:
    document = capabilities.text_document
    return document is not None and document.diagnostic is not None


__all__ = ["CONFIG_FILE", "XentlintServer", "client_supports_pull", "create_server", "serve"]
