"""The LSP methods the server answers, each a thin handler over :class:`.server.XentlintServer`.

Requests that need findings (pull diagnostics, hover, code actions) wait for the analysis of
the document's current version (:meth:`.scheduler.Scheduler.current`), so they never answer
from a text the client no longer has.
"""

from __future__ import annotations

import uuid
from urllib.parse import unquote

from lsprotocol import types

from ..findings import Finding, Span
from . import actions, convert, documents, modules
from .server import CONFIG_FILE, XentlintServer, client_supports_pull


def register(server: XentlintServer) -> None:
    @server.feature(types.INITIALIZE)
    def initialize(ls: XentlintServer, params: types.InitializeParams) -> None:
        ls.pull = client_supports_pull(params.capabilities)

    @server.feature(types.INITIALIZED)
    async def initialized(ls: XentlintServer, params: types.InitializedParams) -> None:
        workspace = ls.client_capabilities.workspace
        watched = workspace.did_change_watched_files if workspace is not None else None
        if watched is not None and watched.dynamic_registration:
            options = types.DidChangeWatchedFilesRegistrationOptions(watchers=[
                types.FileSystemWatcher(glob_pattern=f"**/{CONFIG_FILE}"),
                types.FileSystemWatcher(glob_pattern="**/*.py")])  # (the modules imported)
            await ls.client_register_capability_async(types.RegistrationParams(registrations=[
                types.Registration(id=str(uuid.uuid4()),
                                   method=types.WORKSPACE_DID_CHANGE_WATCHED_FILES,
                                   register_options=options)]))

    @server.feature(types.SHUTDOWN)
    def shutdown(ls: XentlintServer, params: None) -> None:
        ls.scheduler.close()

    # --- text documents --------------------------------------------------------------------

    # (each also changes what the documents importing it read: :mod:`.modules`)

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: XentlintServer, params: types.DidOpenTextDocumentParams) -> None:
        document = params.text_document
        ls.changed(document.uri, delay=0)
        path = modules.opened(document.uri, document.language_id, document.text)
        ls.modules_changed([path], ls.unit_of(document.uri))

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: XentlintServer, params: types.DidChangeTextDocumentParams) -> None:
        uri = params.text_document.uri
        ls.changed(uri)
        document = ls.workspace.text_documents.get(unquote(uri))
        if document is not None:
            path = modules.opened(uri, document.language_id, document.source)
            ls.modules_changed([path], ls.unit_of(uri))

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE)
    def did_save(ls: XentlintServer, params: types.DidSaveTextDocumentParams) -> None:
        uri = params.text_document.uri
        if uri.endswith(f"/{CONFIG_FILE}"):
            ls.reload()
        else:
            ls.changed(uri, delay=0)
            path = modules.module_path(uri)
            ls.modules_changed([path if path is not None and modules.is_open(path) else None],
                               ls.unit_of(uri))

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: XentlintServer, params: types.DidCloseTextDocumentParams) -> None:
        uri = params.text_document.uri
        ls.closed(uri, [uri])
        ls.modules_changed([modules.closed(uri)])

    # --- notebooks -------------------------------------------------------------------------

    @server.feature(types.NOTEBOOK_DOCUMENT_DID_OPEN)
    def notebook_did_open(ls: XentlintServer,
                          params: types.DidOpenNotebookDocumentParams) -> None:
        ls.changed(params.notebook_document.uri, delay=0)

    @server.feature(types.NOTEBOOK_DOCUMENT_DID_CHANGE)
    def notebook_did_change(ls: XentlintServer,
                            params: types.DidChangeNotebookDocumentParams) -> None:
        ls.changed(params.notebook_document.uri)
        structure = params.change.cells.structure if params.change.cells else None
        if structure is not None and structure.did_close and not ls.pull:
            for cell in structure.did_close:  # removed cells: clear what they showed
                ls.text_document_publish_diagnostics(
                    types.PublishDiagnosticsParams(uri=cell.uri, diagnostics=[]))

    @server.feature(types.NOTEBOOK_DOCUMENT_DID_SAVE)
    def notebook_did_save(ls: XentlintServer,
                          params: types.DidSaveNotebookDocumentParams) -> None:
        ls.changed(params.notebook_document.uri, delay=0)

    @server.feature(types.NOTEBOOK_DOCUMENT_DID_CLOSE)
    def notebook_did_close(ls: XentlintServer,
                           params: types.DidCloseNotebookDocumentParams) -> None:
        ls.closed(params.notebook_document.uri, [c.uri for c in params.cell_text_documents])

    # --- configuration ---------------------------------------------------------------------

    @server.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
    def watched_files(ls: XentlintServer, params: types.DidChangeWatchedFilesParams) -> None:
        if any(change.uri.endswith(f"/{CONFIG_FILE}") for change in params.changes):
            ls.reload()
            return
        paths = [modules.module_path(change.uri) for change in params.changes]
        # (an open module is read from its buffer: what its file holds changes nothing)
        ls.modules_changed([p for p in paths if p is not None and not modules.is_open(p)])

    @server.feature(types.WORKSPACE_DID_CHANGE_CONFIGURATION)
    def configuration(ls: XentlintServer, params: types.DidChangeConfigurationParams) -> None:
        ls.reload()

    # --- requests --------------------------------------------------------------------------

    @server.feature(types.TEXT_DOCUMENT_DIAGNOSTIC,
                    types.DiagnosticOptions(identifier="xentlint", inter_file_dependencies=True,
                                            workspace_diagnostics=False))
    async def pull_diagnostics(ls: XentlintServer, params: types.DocumentDiagnosticParams,
                               ) -> types.DocumentDiagnosticReport:
        uri = params.text_document.uri
        analysis = await ls.scheduler.current(ls.unit_of(uri))
        if analysis is None:
            return types.RelatedFullDocumentDiagnosticReport(items=[])
        result_id = f"{analysis.result_id}:{uri}"
        if params.previous_result_id == result_id:
            return types.RelatedUnchangedDocumentDiagnosticReport(result_id=result_id)
        return types.RelatedFullDocumentDiagnosticReport(
            items=ls.diagnostics(analysis).get(uri, []), result_id=result_id)

    @server.feature(types.TEXT_DOCUMENT_HOVER)
    async def hover(ls: XentlintServer, params: types.HoverParams) -> types.Hover | None:
        uri = params.text_document.uri
        analysis = await ls.scheduler.current(ls.unit_of(uri))
        if analysis is None:
            return None
        snapshot = analysis.snapshot
        lines = ls.lines_for(snapshot)(uri)
        point = lines.from_lsp(params.position)
        cell = snapshot.cell_of(uri)
        found = [f for f in analysis.findings
                 if f.cell == cell and f.span.start <= point <= f.span.end]
        if not found:
            return None
        start = min(f.span.start for f in found)
        end = max(f.span.end for f in found)
        return types.Hover(
            contents=types.MarkupContent(kind=types.MarkupKind.Markdown,
                                         value=convert.hover_text(found)),
            range=lines.range(Span(start, end)))

    @server.feature(types.TEXT_DOCUMENT_CODE_ACTION,
                    types.CodeActionOptions(code_action_kinds=list(actions.KINDS),
                                            resolve_provider=False))
    async def code_action(ls: XentlintServer, params: types.CodeActionParams,
                          ) -> list[types.CodeAction] | None:
        uri = params.text_document.uri
        analysis = await ls.scheduler.current(ls.unit_of(uri))
        if analysis is None:
            return None
        snapshot = analysis.snapshot
        lines = ls.lines_for(snapshot)
        only = params.context.only
        result: list[types.CodeAction] = []
        if actions.wanted(types.CodeActionKind.QuickFix, only):
            def diagnostic(finding: Finding) -> types.Diagnostic:
                return convert.diagnostic(snapshot, finding, lines)

            result += await ls.scheduler.run_in_worker(
                actions.quick_fixes, snapshot, uri, analysis.findings,
                lines(uri).span(params.range), lines, diagnostic)
        # Fixing re-checks the document: only when asked for by kind (a source action, on
        # save), never for the lightbulb's unfiltered request after each keystroke.
        kinds = [k for k in (actions.FIX_ALL, actions.NOTEBOOK_FIX_ALL)
                 if only is not None and actions.wanted(k, only)
                 and (k == actions.FIX_ALL or snapshot.cells)]
        if kinds and actions.has_safe_fix(analysis.findings):
            fixed = await ls.scheduler.run_in_worker(documents.fixed_texts, snapshot,
                                                     analysis.settings)
            for kind in kinds:
                action = actions.fix_all(snapshot, uri, kind, fixed, lines)
                if action is not None:
                    result.append(action)
        return result or None


__all__ = ["register"]
