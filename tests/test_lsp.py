"""``xentlint lsp`` driven by a real LSP client (pygls's) over stdio, as an editor drives it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from lsp_session import REPO, Session, apply_edits, run
from lsprotocol import types

MNIST = (REPO / "fixtures" / "keras_project" / "train_mnist.py").read_text(encoding="utf-8")
BUG_LINE = next(i for i, line in enumerate(MNIST.splitlines()) if "# expect: XL101" in line)
DOCS = "https://github.com/xentlint/xentlint/blob/main/rules/XL101.md"


def _project(tmp_path: Path) -> Path:
    """A project folder (its name needs quoting in a URI, as real ones often do)."""
    root = tmp_path / "my project"
    root.mkdir()
    (root / "pyproject.toml").write_text("[tool.xentlint]\n", encoding="utf-8")
    (root / "train.py").write_text(MNIST, encoding="utf-8")
    return root


def _document(uri: str) -> types.TextDocumentIdentifier:
    return types.TextDocumentIdentifier(uri=uri)


async def _actions(session: Session, uri: str, range_: types.Range,
                   diagnostics: list[types.Diagnostic], only: list[str] | None = None,
                   ) -> list[types.CodeAction]:
    result = await session.client.text_document_code_action_async(types.CodeActionParams(
        text_document=_document(uri), range=range_,
        context=types.CodeActionContext(diagnostics=diagnostics, only=only)))
    return [a for a in result or [] if isinstance(a, types.CodeAction)]


def test_an_editor_session_from_a_bug_to_its_fix(tmp_path):
    """Open a buggy training script, see the finding with its evidence, hover it, fix it three
    ways (quick fix, ignore, fix all), pull, change the configuration, shut down cleanly."""
    root = _project(tmp_path)

    async def scenario() -> None:
        async with Session(root) as s:
            capabilities = s.result.capabilities
            assert capabilities.hover_provider
            assert capabilities.diagnostic_provider is not None
            assert "source.fixAll.xentlint" in capabilities.code_action_provider.code_action_kinds
            assert capabilities.notebook_document_sync is not None
            await s.until(lambda: any(r.method == types.WORKSPACE_DID_CHANGE_WATCHED_FILES
                                      for r in s.registrations))

            uri = s.open("train.py", MNIST)
            [diagnostic] = await s.diagnostics(uri, version=1)
            assert diagnostic.code == "XL101" and diagnostic.source == "xentlint"
            assert diagnostic.severity == types.DiagnosticSeverity.Error
            assert diagnostic.code_description.href == DOCS
            assert diagnostic.range.start.line == BUG_LINE
            assert "applies softmax again" in diagnostic.message
            related = {info.message: info.location for info in diagnostic.related_information}
            softmax = related["`softmax` applied here"]
            assert softmax.uri == uri
            assert 'activation="softmax"' in MNIST.splitlines()[softmax.range.start.line]

            hover = await s.client.text_document_hover_async(types.HoverParams(
                text_document=_document(uri), position=diagnostic.range.start))
            assert hover.contents.kind == types.MarkupKind.Markdown
            assert "**XL101**" in hover.contents.value
            assert "## Why is this bad?" in hover.contents.value and DOCS in hover.contents.value
            nothing = await s.client.text_document_hover_async(types.HoverParams(
                text_document=_document(uri), position=types.Position(line=0, character=0)))
            assert nothing is None

            # The quick fix, applied as the editor would: the diagnostic goes away.
            actions = await _actions(s, uri, diagnostic.range, [diagnostic])
            titles = [a.title for a in actions]
            assert "Ignore XL101 for this line" in titles
            [fix] = [a for a in actions if a.title.startswith("XL101: Set `from_logits=False`")]
            assert fix.kind == types.CodeActionKind.QuickFix and fix.is_preferred
            fixed = apply_edits(MNIST, list(fix.edit.changes[uri]))
            assert "SparseCategoricalCrossentropy(from_logits=False)" in fixed
            s.replace(uri, fixed, version=2)
            assert await s.diagnostics(uri, version=2) == []

            # "Ignore XL101 for this line": the bug stays, the diagnostic goes.
            s.replace(uri, MNIST, version=3)
            [diagnostic] = await s.diagnostics(uri, version=3)
            actions = await _actions(s, uri, diagnostic.range, [diagnostic])
            [ignore] = [a for a in actions if a.title == "Ignore XL101 for this line"]
            ignored = apply_edits(MNIST, list(ignore.edit.changes[uri]))
            assert ignored.splitlines()[BUG_LINE].endswith("# expect: XL101  # noqa: XL101")
            s.replace(uri, ignored, version=4)
            assert await s.diagnostics(uri, version=4) == []

            # Fix all (what codeActionsOnSave asks for), then save.
            s.replace(uri, MNIST, version=5)
            assert len(await s.diagnostics(uri, version=5)) == 1
            assert await _actions(s, uri, diagnostic.range, [], only=["quickfix"]) != []
            [fix_all] = await _actions(s, uri, diagnostic.range, [], only=["source.fixAll"])
            assert fix_all.kind == "source.fixAll.xentlint"
            assert fix_all.title == "Fix all safe xentlint findings"
            all_fixed = apply_edits(MNIST, list(fix_all.edit.changes[uri]))
            assert all_fixed == fixed
            s.replace(uri, all_fixed, version=6)
            assert await s.diagnostics(uri, version=6) == []
            published = len(s.published)
            s.client.text_document_did_save(types.DidSaveTextDocumentParams(
                text_document=_document(uri)))
            assert await s.diagnostics(uri, version=6, after=published) == []

            # An incremental edit: a line inserted above the bug moves its diagnostic down.
            s.replace(uri, MNIST, version=7)
            assert len(await s.diagnostics(uri, version=7)) == 1
            s.client.text_document_did_change(types.DidChangeTextDocumentParams(
                text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=8),
                content_changes=[types.TextDocumentContentChangePartial(
                    range=types.Range(start=types.Position(line=0, character=0),
                                      end=types.Position(line=0, character=0)),
                    text="# Trained nightly.\n")]))
            [moved] = await s.diagnostics(uri, version=8)
            assert moved.range.start.line == BUG_LINE + 1

            # Pull diagnostics answer as well; an unchanged document says so.
            report = await s.client.text_document_diagnostic_async(
                types.DocumentDiagnosticParams(text_document=_document(uri)))
            assert [d.code for d in report.items] == ["XL101"]
            again = await s.client.text_document_diagnostic_async(types.DocumentDiagnosticParams(
                text_document=_document(uri), previous_result_id=report.result_id))
            assert again.kind == "unchanged" and again.result_id == report.result_id

            # The workspace's configuration changes: the finding is ignored from now on.
            (root / "pyproject.toml").write_text('[tool.xentlint]\nignore = ["XL101"]\n',
                                                 encoding="utf-8")
            published = len(s.published)
            s.client.workspace_did_change_watched_files(types.DidChangeWatchedFilesParams(
                changes=[types.FileEvent(uri=s.uri("pyproject.toml"),
                                         type=types.FileChangeType.Changed)]))
            assert await s.diagnostics(uri, version=8, after=published) == []

            s.client.text_document_did_close(types.DidCloseTextDocumentParams(
                text_document=_document(uri)))
        assert s.exit_code == 0, s.stderr.decode()

    run(scenario())


def _rule_pair(code: str, shows: str) -> tuple[str, str]:
    """A rule document's bad example and the fixed form it shows, the one that ``shows``."""
    from xentlint.catalog import parse_rule_document

    text = (REPO / "rules" / f"{code}.md").read_text(encoding="utf-8")
    bad, fixed = next((b, f) for b, f in parse_rule_document(text).fixed_pairs()
                      if shows in f.source)
    return bad.source, fixed.source


def test_the_quick_fixes_are_the_edits_of_fix(tmp_path):
    """The edits --fix makes are the editor's quick fixes: a safe one (a sequence output's class
    axis moved at the loss call) is preferred and part of "fix all"; an unsafe one (a
    threshold on softmax decoded by argmax) says so and is left out of "fix all". Applied, each
    leaves the document its rule shows as fixed, and the diagnostic goes."""
    root = _project(tmp_path)
    cases = [("XL105", ".permute(0, 2, 1)", "seq.py", True),
             ("XL402", "np.argmax(preds, axis=-1)", "decode.py", False)]

    async def scenario() -> None:
        async with Session(root) as s:
            for code, shows, name, safe in cases:
                bad, expected = _rule_pair(code, shows)
                uri = s.open(name, bad)
                diagnostics = [d for d in await s.diagnostics(uri, version=1) if d.code == code]
                assert len(diagnostics) == 1, diagnostics
                actions = await _actions(s, uri, diagnostics[0].range, diagnostics)
                [fix] = [a for a in actions if a.title.startswith(f"{code}: ")
                         and a.kind == types.CodeActionKind.QuickFix]
                assert bool(fix.is_preferred) is safe
                assert ("(unsafe: changes what the code computes)" in fix.title) is not safe
                fixed = apply_edits(bad, list(fix.edit.changes[uri]))
                assert fixed == expected
                fix_all = await _actions(s, uri, diagnostics[0].range, [], only=["source.fixAll"])
                all_fixed = apply_edits(bad, [e for a in fix_all for e in a.edit.changes[uri]])
                assert all_fixed == (expected if safe else bad)
                s.replace(uri, fixed, version=2)
                assert code not in {d.code for d in await s.diagnostics(uri, version=2)}
        assert s.exit_code == 0, s.stderr.decode()

    run(scenario())


def _cell(notebook: str, index: int, text: str) -> types.TextDocumentItem:
    return types.TextDocumentItem(uri=f"{notebook}#cell{index}", language_id="python",
                                  version=1, text=text)


def test_a_notebook_is_checked_cell_by_cell(tmp_path):
    root = _project(tmp_path)
    model = ("%matplotlib inline\nimport keras\nfrom keras import layers\n\n"
             "model = keras.Sequential([\n    layers.Flatten(),\n"
             "    layers.Dense(10, activation=\"softmax\"),\n])\n")
    compile_ = ("model.compile(optimizer=\"adam\",\n"
                "              loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True))\n")

    async def scenario() -> None:
        async with Session(root) as s:
            notebook = s.uri("explore.ipynb")
            cells = [types.TextDocumentItem(uri=f"{notebook}#intro", language_id="markdown",
                                            version=1, text="# Fashion-MNIST (x, y)"),
                     _cell(notebook, 2, model), _cell(notebook, 3, compile_)]
            kinds = [types.NotebookCellKind.Markup, types.NotebookCellKind.Code,
                     types.NotebookCellKind.Code]
            s.client.notebook_document_did_open(types.DidOpenNotebookDocumentParams(
                notebook_document=types.NotebookDocument(
                    uri=notebook, notebook_type="jupyter-notebook", version=1,
                    cells=[types.NotebookCell(kind=k, document=c.uri)
                           for k, c in zip(kinds, cells, strict=True)]),
                cell_text_documents=cells))
            [diagnostic] = await s.diagnostics(cells[2].uri)
            assert diagnostic.code == "XL101"
            assert diagnostic.range.start.line == 1  # the loss, in cell 3's own lines
            assert "(cell 2, line 7)" in diagnostic.message  # cells count the markdown one
            [softmax] = [i.location for i in diagnostic.related_information
                         if i.message == "`softmax` applied here"]
            assert softmax.uri == cells[1].uri and softmax.range.start.line == 6
            assert await s.diagnostics(cells[1].uri) == []

            actions = await _actions(s, cells[2].uri, diagnostic.range, [diagnostic])
            [fix] = [a for a in actions if a.kind == types.CodeActionKind.QuickFix
                     and a.title.startswith("XL101")]
            fixed = apply_edits(compile_, list(fix.edit.changes[cells[2].uri]))
            assert "from_logits=False" in fixed
            [fix_all] = await _actions(s, cells[2].uri, diagnostic.range, [],
                                       only=["notebook.source.fixAll"])
            assert list(fix_all.edit.changes) == [cells[2].uri]

            published = len(s.published)
            s.client.notebook_document_did_change(types.DidChangeNotebookDocumentParams(
                notebook_document=types.VersionedNotebookDocumentIdentifier(uri=notebook,
                                                                            version=2),
                change=types.NotebookDocumentChangeEvent(
                    cells=types.NotebookDocumentCellChanges(text_content=[
                        types.NotebookDocumentCellContentChanges(
                            document=types.VersionedTextDocumentIdentifier(uri=cells[2].uri,
                                                                           version=2),
                            changes=[types.TextDocumentContentChangeWholeDocument(
                                text=fixed)])]))))
            assert await s.diagnostics(cells[2].uri, after=published) == []
        assert s.exit_code == 0, s.stderr.decode()

    run(scenario())


_MODELS = '''"""Model builders."""
from tensorflow import keras
from tensorflow.keras import layers


def build_model(num_classes, hidden=128):
    inputs = keras.Input(shape=(32,))
    x = layers.Dense(hidden, activation="relu")(inputs)
    outputs = layers.Dense(num_classes, activation="softmax")(x)
    return keras.Model(inputs, outputs, name="classifier")
'''
_TRAIN = '''import numpy as np
from tensorflow import keras

from models import build_model

model = build_model(num_classes=5)
model.compile(optimizer="adam",
              loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True))
model.fit(np.zeros((64, 32)), np.random.randint(0, 5, size=(64,)), epochs=2)
'''
_NO_HEAD = _MODELS.replace('activation="softmax"', "activation=None")


def test_an_imported_module_is_read_from_its_unsaved_buffer(tmp_path):
    """train.py imports models.py: editing models.py (unsaved) re-checks train.py against the
    buffer; closing it goes back to the file; a change on disk re-checks train.py too. A
    document that does not import models.py is not checked again."""
    root = _project(tmp_path)
    models = root / "models.py"
    models.write_text(_MODELS, encoding="utf-8")

    def codes(diagnostics: list[types.Diagnostic]) -> list[str]:
        return [str(d.code) for d in diagnostics]

    async def scenario() -> None:
        async with Session(root) as s:
            other = s.open("other.py", MNIST)
            train = s.open("train.py", _TRAIN)
            [diagnostic] = await s.diagnostics(train, version=1)
            assert diagnostic.code == "XL101" and "(models.py:9)" in diagnostic.message
            [softmax] = [i.location for i in diagnostic.related_information
                         if i.message == "`softmax` applied here"]
            assert softmax.uri == s.uri("models.py") and softmax.range.start.line == 8
            await s.diagnostics(other, version=1)

            # The head removed in the editor, not saved: train.py is right now.
            uri = s.open("models.py", _MODELS)
            assert await s.diagnostics(uri, version=1) == []
            published = len(s.published)
            s.replace(uri, _NO_HEAD, version=2)
            assert await s.diagnostics(train, after=published) == []
            assert models.read_text(encoding="utf-8") == _MODELS
            # Put back (an edit that moves the head down a line): the finding is back, its
            # evidence on the buffer's line.
            published = len(s.published)
            s.replace(uri, '"""Builders."""\n' + _MODELS, version=3)
            [diagnostic] = await s.diagnostics(train, after=published)
            assert "(models.py:10)" in diagnostic.message
            s.replace(uri, _NO_HEAD, version=4)
            assert await s.diagnostics(train, after=len(s.published)) == []

            # Closed without saving: the file, with its softmax, is what train.py imports.
            published = len(s.published)
            s.client.text_document_did_close(types.DidCloseTextDocumentParams(
                text_document=_document(uri)))
            assert codes(await s.diagnostics(train, after=published)) == ["XL101"]

            # Changed on disk (a closed module, seen by the watcher): train.py follows.
            assert "**/*.py" in [w["globPattern"] for r in s.registrations
                                 for w in r.register_options["watchers"]]
            models.write_text(_NO_HEAD, encoding="utf-8")
            published = len(s.published)
            s.client.workspace_did_change_watched_files(types.DidChangeWatchedFilesParams(
                changes=[types.FileEvent(uri=s.uri("models.py"),
                                         type=types.FileChangeType.Changed)]))
            assert await s.diagnostics(train, after=published) == []

            # Saved from the editor: the buffer and the file agree.
            s.open("models.py", _NO_HEAD)
            s.replace(uri, _MODELS, version=2)
            models.write_text(_MODELS, encoding="utf-8")
            published = len(s.published)
            s.client.text_document_did_save(types.DidSaveTextDocumentParams(
                text_document=_document(uri)))
            assert codes(await s.diagnostics(train, after=published)) == ["XL101"]
            assert [p.uri for p in s.published].count(other) == 1  # never read models.py
        assert s.exit_code == 0, s.stderr.decode()

    run(scenario())


_FAULTY_SERVER = """
import sys, time
from xentlint.lsp import server, documents

def analyse(self, snapshot, settings):
    if snapshot.uri.endswith("boom.py"):
        raise RuntimeError("injected failure")
    if "# slow" in snapshot.text:
        print("slow analysis started", file=sys.stderr, flush=True)
        time.sleep(1.5)
    return documents.analyse(snapshot, settings)

server.XentlintServer._analyse = analyse
sys.argv = ["xentlint", "lsp"]
from xentlint.cli import main
sys.exit(main())
"""


def test_a_failing_or_slow_analysis_never_stops_the_server(tmp_path):
    """An exception in one document is logged and gives no diagnostics; the server goes on. An
    analysis overtaken by an edit is dropped: the client only sees the newest version. A broken
    pyproject.toml is reported, not fatal."""
    root = _project(tmp_path)

    async def scenario() -> None:
        async with Session(root, command=[sys.executable, "-c", _FAULTY_SERVER]) as s:
            boom = s.open("boom.py", MNIST)
            assert await s.diagnostics(boom, version=1) == []
            await s.until(lambda: any("boom.py" in m.message for m in s.logs))
            assert "injected failure" in s.stderr.decode()

            uri = s.open("train.py", MNIST)
            assert [d.code for d in await s.diagnostics(uri, version=1)] == ["XL101"]

            slow = s.open("slow.py", MNIST + "# slow\n")
            await s.until(lambda: b"slow analysis started" in s.stderr)
            s.replace(slow, MNIST.replace("from_logits=True", "from_logits=False"), version=2)
            assert await s.diagnostics(slow, version=2) == []
            assert [p.version for p in s.published if p.uri == slow] == [2]

            # A broken configuration is said once; the documents are still checked.
            (root / "pyproject.toml").write_text('[tool.xentlint]\nignroe = ["XL101"]\n',
                                                 encoding="utf-8")
            published = len(s.published)
            s.client.workspace_did_change_configuration(
                types.DidChangeConfigurationParams(settings=None))
            assert [d.code for d in await s.diagnostics(uri, after=published)] == ["XL101"]
            [message] = s.messages
            assert message.type == types.MessageType.Error
            assert "unknown key 'ignroe' (did you mean 'ignore'?)" in message.message
        assert s.exit_code == 0, s.stderr.decode()

    run(scenario())


def test_a_client_that_pulls_gets_no_pushed_diagnostics(tmp_path):
    """...and columns in the code units it chose (UTF-8 here: `ä` is two, the emoji four)."""
    root = _project(tmp_path)
    line = MNIST.splitlines()[BUG_LINE]
    text = MNIST.replace(line, '    jit_compile="äuto😀" and "auto", ' + line.lstrip())

    async def scenario() -> None:
        async with Session(root, pull=True, encoding=types.PositionEncodingKind.Utf8) as s:
            assert s.result.capabilities.position_encoding == types.PositionEncodingKind.Utf8
            uri = s.open("train.py", text)
            report = await s.client.text_document_diagnostic_async(
                types.DocumentDiagnosticParams(text_document=_document(uri)))
            assert [d.code for d in report.items] == ["XL101"]
            column = text.splitlines()[BUG_LINE].index("keras.losses")
            assert report.items[0].range.start.character == column + 1 + 3
            s.replace(uri, text.replace("from_logits=True", "from_logits=False"), version=2)
            report = await s.client.text_document_diagnostic_async(
                types.DocumentDiagnosticParams(text_document=_document(uri),
                                               previous_result_id=report.result_id))
            assert report.kind == "full" and list(report.items) == []
            assert s.published == []
        assert s.exit_code == 0

    run(scenario())


def test_check_and_version_never_import_pygls(tmp_path):
    """The language server's dependencies stay out of the checker's start-up."""
    for argv in (["--version"], ["check", str(REPO / "fixtures"), "--exit-zero"],
                 [str(REPO / "fixtures" / "keras_project" / "train_mnist.py")]):
        code = ("import sys, runpy\n"
                f"sys.argv = ['xentlint', *{argv!r}]\n"
                "try:\n    runpy.run_module('xentlint', run_name='__main__')\n"
                "except SystemExit:\n    pass\n"
                "print('imported:', sorted(m for m in sys.modules\n"
                "      if m.split('.')[0] in ('pygls', 'lsprotocol', 'cattrs')"
                " or m == 'xentlint.lsp'))")
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                              cwd=tmp_path, timeout=120)
        assert done.stdout.splitlines()[-1] == "imported: []", (argv, done.stderr)


def test_lsp_help_and_a_missing_extra(tmp_path):
    done = subprocess.run([sys.executable, "-m", "xentlint", "lsp", "--help"],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and "language server" in done.stdout.lower()
    blocked = tmp_path / "blocked"
    blocked.mkdir()
    (blocked / "pygls.py").write_text("raise ImportError('pygls is not installed')\n")
    done = subprocess.run([sys.executable, "-m", "xentlint", "lsp"], capture_output=True,
                          text=True, timeout=60,
                          env={"PYTHONPATH": f"{blocked}:{REPO}", "PATH": ""})
    assert done.returncode == 2
    assert "pip install 'xentlint[lsp]'" in done.stderr


def test_lsp_is_a_command_and_a_misspelling_gets_a_hint(tmp_path):
    """`xentlint lsp` is never read as a path; `xentlint lps` (a missing path) points at it."""
    done = subprocess.run([sys.executable, "-m", "xentlint", "lps"], capture_output=True,
                          text=True, timeout=60, cwd=tmp_path,
                          env={**os.environ, "PYTHONPATH": str(REPO)})
    assert done.returncode == 2
    assert done.stderr == ("xentlint: error: lps: no such file or directory "
                           "(did you mean `lsp`?)\n")
