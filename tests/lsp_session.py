"""A real LSP client (pygls's) driving ``xentlint lsp`` over stdio, for the LSP tests.

``Session`` starts the server as a subprocess of this interpreter, with this checkout first on
``PYTHONPATH``, records what the server sends (diagnostics, log messages, registrations) and
waits for it with timeouts, so a hang fails a test instead of stalling the suite.
"""

from __future__ import annotations

import asyncio
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from lsprotocol import types
from pygls.lsp.client import LanguageClient
from pygls.uris import from_fs_path

REPO = Path(__file__).resolve().parent.parent
TIMEOUT = 30.0


def capabilities(pull: bool = False, encoding: str = types.PositionEncodingKind.Utf16,
                 ) -> types.ClientCapabilities:
    """What an editor like VS Code declares (pull diagnostics only when ``pull``)."""
    return types.ClientCapabilities(
        general=types.GeneralClientCapabilities(position_encodings=[encoding]),
        workspace=types.WorkspaceClientCapabilities(
            did_change_watched_files=types.DidChangeWatchedFilesClientCapabilities(
                dynamic_registration=True),
            did_change_configuration=types.DidChangeConfigurationClientCapabilities(
                dynamic_registration=False)),
        text_document=types.TextDocumentClientCapabilities(
            synchronization=types.TextDocumentSyncClientCapabilities(did_save=True),
            publish_diagnostics=types.PublishDiagnosticsClientCapabilities(
                related_information=True, version_support=True, code_description_support=True),
            code_action=types.CodeActionClientCapabilities(
                code_action_literal_support=types.ClientCodeActionLiteralOptions(
                    code_action_kind=types.ClientCodeActionKindOptions(
                        value_set=[types.CodeActionKind.QuickFix,
                                   types.CodeActionKind.SourceFixAll]))),
            hover=types.HoverClientCapabilities(content_format=[types.MarkupKind.Markdown]),
            diagnostic=types.DiagnosticClientCapabilities() if pull else None),
        notebook_document=types.NotebookDocumentClientCapabilities(
            synchronization=types.NotebookDocumentSyncClientCapabilities()),
    )


class Session:
    """``async with Session(root) as s:`` an initialized client; shut down cleanly on exit."""

    def __init__(self, root: Path, *, pull: bool = False, command: list[str] | None = None,
                 encoding: str = types.PositionEncodingKind.Utf16):
        self.root = root
        self.pull = pull
        self.encoding = encoding
        self.command = command or [sys.executable, "-m", "xentlint", "lsp"]
        self.client = LanguageClient("xentlint-tests", "1")
        self.published: list[types.PublishDiagnosticsParams] = []
        self.logs: list[types.LogMessageParams] = []
        self.messages: list[types.ShowMessageParams] = []
        self.registrations: list[types.Registration] = []
        self.stderr = bytearray()
        self.result: types.InitializeResult | None = None
        self.exit_code: int | None = None
        self._arrived = asyncio.Event()
        self._register_handlers()

    def _register_handlers(self) -> None:
        client = self.client

        @client.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        def published(params: types.PublishDiagnosticsParams) -> None:
            self.published.append(params)
            self._arrived.set()

        @client.feature(types.WINDOW_LOG_MESSAGE)
        def log(params: types.LogMessageParams) -> None:
            self.logs.append(params)
            self._arrived.set()

        @client.feature(types.WINDOW_SHOW_MESSAGE)
        def show(params: types.ShowMessageParams) -> None:
            self.messages.append(params)
            self._arrived.set()

        @client.feature(types.CLIENT_REGISTER_CAPABILITY)
        def register(params: types.RegistrationParams) -> None:
            self.registrations.extend(params.registrations)
            self._arrived.set()

        @client.feature(types.WORKSPACE_DIAGNOSTIC_REFRESH)
        def refresh(params: None) -> None:
            self._arrived.set()

    async def __aenter__(self) -> Session:
        env = dict(os.environ, PYTHONPATH=os.pathsep.join(
            [str(REPO), *filter(None, [os.environ.get("PYTHONPATH")])]))
        await self.client.start_io(*self.command, cwd=str(self.root), env=env)
        server = self.client._server
        assert server is not None and server.stderr is not None
        self._stderr_task = asyncio.ensure_future(self._drain(server.stderr))
        self.result = await asyncio.wait_for(self.client.initialize_async(types.InitializeParams(
            process_id=os.getpid(), root_uri=from_fs_path(str(self.root)),
            capabilities=capabilities(self.pull, self.encoding),
            workspace_folders=[types.WorkspaceFolder(uri=from_fs_path(str(self.root)),
                                                     name=self.root.name)])), TIMEOUT)
        self.client.initialized(types.InitializedParams())
        return self

    async def _drain(self, stream: asyncio.StreamReader) -> None:
        while chunk := await stream.read(65536):
            self.stderr += chunk
            self._arrived.set()

    async def __aexit__(self, *exc: object) -> None:
        server = self.client._server
        try:
            if server is not None and server.returncode is None:
                await asyncio.wait_for(self.client.shutdown_async(None), TIMEOUT)
                self.client.exit(None)
                self.exit_code = await asyncio.wait_for(server.wait(), TIMEOUT)
        finally:
            if server is not None and server.returncode is None:
                server.kill()
            await asyncio.wait_for(self.client.stop(), TIMEOUT)
            await self._stderr_task

    # --- documents -------------------------------------------------------------------------

    def uri(self, name: str) -> str:
        return from_fs_path(str(self.root / name))

    def open(self, name: str, text: str, version: int = 1) -> str:
        uri = self.uri(name)
        self.client.text_document_did_open(types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(uri=uri, language_id="python", version=version,
                                                 text=text)))
        return uri

    def replace(self, uri: str, text: str, version: int) -> None:
        """A full-text change (what an editor sends when it does not sync incrementally)."""
        self.client.text_document_did_change(types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
            content_changes=[types.TextDocumentContentChangeWholeDocument(text=text)]))

    async def until(self, condition: Callable[[], Any], timeout: float = TIMEOUT) -> Any:
        """Wait until ``condition()`` is truthy (re-checked on each message); its value."""
        async def wait() -> Any:
            while not (value := condition()):
                self._arrived.clear()
                await self._arrived.wait()
            return value

        try:
            return await asyncio.wait_for(wait(), timeout)
        except asyncio.TimeoutError:
            raise AssertionError(f"timed out; server stderr:\n{self.stderr.decode()}") from None

    async def diagnostics(self, uri: str, version: int | None = None,
                          after: int = 0) -> list[types.Diagnostic]:
        """The diagnostics of the first publish for ``uri`` (at ``version``) that arrives
        after the first ``after`` publishes."""
        def found() -> types.PublishDiagnosticsParams | None:
            return next((p for p in self.published[after:]
                         if p.uri == uri and (version is None or p.version == version)), None)

        params = await self.until(found)
        return list(params.diagnostics)


def apply_edits(text: str, edits: list[types.TextEdit]) -> str:
    """``text`` with LSP text edits applied (ASCII text: columns are characters)."""
    lines = text.split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)

    def offset(position: types.Position) -> int:
        return starts[position.line] + position.character

    for edit in sorted(edits, key=lambda e: (e.range.start.line, e.range.start.character),
                       reverse=True):
        text = text[:offset(edit.range.start)] + edit.new_text + text[offset(edit.range.end):]
    return text


def run(coroutine: Any, timeout: float = 120.0) -> Any:
    """Run one test scenario on a fresh event loop, bounded in time."""
    return asyncio.run(asyncio.wait_for(coroutine, timeout))
