"""The language server's parts on their own: positions, the ignore edit, edits, notebooks."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from lsprotocol import types

import xentlint
from xentlint.config import Settings
from xentlint.findings import Position, Span
from xentlint.lsp import convert, documents, modules
from xentlint.lsp.actions import _minimal_edit, wanted
from xentlint.pipeline.suppress import scan, suppression_edit

TRAIN = textwrap.dedent("""\
    import keras
    from keras import layers

    model = keras.Sequential([layers.Dense(10, activation="softmax")])
    model.compile(loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True){comment}
    """)


def _apply(text: str, span: Span, content: str) -> str:
    lines = text.split("\n")
    row = span.start.row - 1
    line = lines[row]
    lines[row] = line[:span.start.column - 1] + content + line[span.end.column - 1:]
    return "\n".join(lines)


@pytest.mark.parametrize(("comment", "expected"), [
    (")", ")  # noqa: XL101"),
    (")  # tuned by hand", ")  # tuned by hand  # noqa: XL101"),
    (")  # noqa: E501", ")  # noqa: E501, XL101"),
    (")  # noqa: XL2", ")  # noqa: XL2, XL101"),
    (")  # xentlint: ignore[XL203]", ")  # xentlint: ignore[XL203, XL101]"),
])
def test_ignoring_a_finding_adds_or_extends_a_directive(comment, expected):
    source = TRAIN.format(comment=comment)
    [finding] = [f for f in xentlint.check_source(source) if f.code == "XL101"]
    edit = suppression_edit(source, finding)
    fixed = _apply(source, edit.span, edit.content)
    assert fixed.splitlines()[4].endswith(expected)
    assert [f.code for f in xentlint.check_source(fixed)
            if f.code in ("XL101", "XL002")] == (["XL002"] if "XL2" in expected
                                                   or "XL203" in expected else [])


def test_a_line_that_cannot_end_in_a_comment_gets_it_on_the_statement_start():
    source = TRAIN.format(comment=" \\\n    , optimizer='adam')").replace(
        "model.compile(loss=", "model.compile(\n    loss=")
    [finding] = [f for f in xentlint.check_source(source) if f.code == "XL101"]
    assert finding.span.start.row == 6
    edit = suppression_edit(source, finding)
    assert edit.span.start.row == 5 and edit.content == "  # noqa: XL101"
    assert scan(_apply(source, edit.span, edit.content)).suppresses(finding)
    assert xentlint.check_source(_apply(source, edit.span, edit.content)) == []


def test_no_ignore_edit_for_a_file_that_does_not_parse():
    source = "import torch.nn as nn\nprint nn.CrossEntropyLoss()\n"
    [finding] = xentlint.check_source(source)
    assert finding.code == "XL001"
    assert suppression_edit(source, finding) is None


def test_positions_in_utf16_and_back():
    text = 'loss = "😀é"; y = softmax(x)\n'
    lines = convert.Lines(text, types.PositionEncodingKind.Utf16)
    # the column after `"😀é"; ` is 14 code points in, 15 UTF-16 units (the emoji is two)
    assert lines.position(Position(1, 15)) == types.Position(line=0, character=15)
    assert lines.from_lsp(types.Position(line=0, character=15)) == Position(1, 15)
    assert convert.Lines(text, types.PositionEncodingKind.Utf8).position(
        Position(1, 15)).character == 18
    assert convert.Lines(text, types.PositionEncodingKind.Utf32).position(
        Position(1, 15)).character == 14
    assert lines.from_lsp(types.Position(line=0, character=999)) == Position(1, 28)


def test_a_fix_is_one_minimal_edit_of_whole_words():
    assert _minimal_edit("f(from_logits=True)\n", "f(from_logits=False)\n") == (
        Span.of(1, 15, 1, 19), "False")
    assert _minimal_edit("a\r\nb = 1\r\n", "a\r\nb = 2\r\n") == (Span.of(2, 5, 2, 6), "2")


def test_requested_kinds_match_their_children_only():
    assert wanted("source.fixAll.xentlint", ["source"])
    assert wanted("source.fixAll.xentlint", ["source.fixAll"])
    assert not wanted("source.fixAll.xentlint", ["source.fix"])
    assert not wanted("notebook.source.fixAll.xentlint", ["source"])
    assert wanted("quickfix", None)


def _notebook(*cells: tuple[bool, str, str]) -> documents.Snapshot:
    return documents.Snapshot("file:///p/nb.ipynb", "/p/nb.ipynb", cells=tuple(
        documents.Cell(f"cell{i}", code, language, text)
        for i, (code, language, text) in enumerate(cells, start=1)))


def test_a_synced_notebook_is_checked_and_fixed_like_the_file():
    snapshot = _notebook(
        (False, "markdown", "# Notes (x, y)"),
        (True, "python", "!pip install keras\nimport keras\nfrom keras import layers\n"),
        (True, "r", "library(keras)"),
        (True, "python", 'model = keras.Sequential([layers.Dense(3, activation="softmax")])\n'
                         'model.compile(loss=keras.losses.CategoricalCrossentropy('
                         'from_logits=True))\n'))
    [finding] = documents.analyse(snapshot, Settings())
    assert (finding.code, finding.cell, finding.span.start.row) == ("XL101", 4, 2)
    assert snapshot.uri_of(finding.cell) == "cell4" and snapshot.uris == ("cell2", "cell3",
                                                                          "cell4")
    fixed = documents.fixed_texts(snapshot, Settings())
    assert list(fixed) == ["cell4"] and "from_logits=False" in fixed["cell4"]
    assert snapshot.checked_text("cell2").startswith("pass\nimport keras")


def test_ignoring_a_finding_in_an_indented_or_prompted_cell_edits_the_cell_as_written():
    """The checker reads a cell as IPython runs it (common indentation, prompts removed): the
    directive still goes at the end of the line the editor shows."""
    from xentlint.lsp.actions import quick_fixes

    head = 'model = keras.Sequential([layers.Dense(3, activation="softmax")])'
    loss = "model.compile(loss=keras.losses.CategoricalCrossentropy(from_logits=True))"
    for cell in (f"    import keras\n    from keras import layers\n    {head}\n    {loss}\n",
                 f">>> import keras\n>>> from keras import layers\n>>> {head}\n>>> {loss}\n"):
        snapshot = _notebook((True, "python", cell))
        [finding] = documents.analyse(snapshot, Settings())
        assert (finding.code, finding.span.start.row) == ("XL101", 4)
        lines = convert.Lines(cell, types.PositionEncodingKind.Utf16)
        actions = quick_fixes(snapshot, "cell1", [finding], finding.span, lambda _uri: lines,
                              lambda _finding: types.Diagnostic(range=lines.range(finding.span),
                                                                message=""))
        [ignore] = [a for a in actions if a.title == "Ignore XL101 for this line"]
        [edit] = ignore.edit.changes["cell1"]
        assert (edit.range.start.line, edit.range.start.character) == (3, len(cell.split("\n")[3]))
        new = cell.split("\n")
        new[3] += edit.new_text
        ignored = _notebook((True, "python", "\n".join(new)))
        assert documents.analyse(ignored, Settings()) == ()


def test_an_excluded_document_has_no_findings(tmp_path):
    settings = Settings(root=tmp_path, extend_exclude=("generated/",))
    source = TRAIN.format(comment=")")
    snapshot = documents.Snapshot("file:///x", str(tmp_path / "generated" / "t.py"), source)
    assert documents.analyse(snapshot, settings) == ()
    assert documents.fixed_texts(snapshot, settings) == {}
    kept = documents.Snapshot("file:///y", str(tmp_path / "t.py"), source)
    assert [f.code for f in documents.analyse(kept, settings)] == ["XL101"]


def test_documents_the_server_checks():
    assert documents.is_python("file:///a/b.py", "python")
    assert documents.is_python("file:///a/.virtual_documents/nb.ipynb", "python")
    assert not documents.is_python("file:///a/pyproject.toml", "toml")
    assert documents.is_python("file:///a/b.py", None)
    assert documents.path_of("file:///tmp/a%20b/c.py") == "/tmp/a b/c.py"
    assert documents.path_of("untitled:Untitled-1").endswith("Untitled-1")


_HEADS = {"models.py": "import factory\n\nbuild = factory.make\n",
          "factory.py": "from torch import nn\n\nimport layers\n\nHEAD = layers.HEAD\n\n\n"
                        "def make(classes):\n"
                        "    return nn.Sequential(nn.Linear(64, classes), HEAD)\n",
          "layers.py": "from torch import nn\n\nHEAD = nn.Softmax(dim=1)\n"}
_USES = ("import torch\nfrom torch import nn\n\nimport helpers\nfrom models import build\n\n"
         "helpers.seed(0)\nmodel = build(10)\ncriterion = nn.CrossEntropyLoss()\n"
         "for images, labels in loader:\n    loss = criterion(model(images), labels)\n")


def test_an_analysis_says_what_it_read_of_other_modules(tmp_path):
    """Transitively (layers.py through models.py and factory.py), and where a module was
    looked for in vain (a helpers.py created would be read)."""
    for name, text in _HEADS.items():
        (tmp_path / name).write_text(text)
    settings = Settings(root=tmp_path)
    snapshot = documents.Snapshot("file:///t", str(tmp_path / "train.py"), _USES)
    assert [f.code for f in documents.analyse(snapshot, settings)] == ["XL101"]
    read = modules.reads(settings)
    assert {tmp_path / name for name in _HEADS} | {tmp_path / "helpers.py"} <= read
    assert tmp_path / "train.py" not in read
    alone = documents.Snapshot("file:///u", str(tmp_path / "u.py"), "print('no framework')\n")
    assert documents.analyse(alone, settings) == () and modules.reads(settings) == frozenset()
    alone = Settings(root=tmp_path, follow_imports=False)  # (each file checked alone)
    assert documents.analyse(snapshot, alone) == () and modules.reads(alone) == frozenset()


def test_an_open_module_is_read_from_its_buffer_until_closed(tmp_path):
    for name, text in _HEADS.items():
        (tmp_path / name).write_text(text)
    settings = Settings(root=tmp_path)
    snapshot = documents.Snapshot("file:///t", str(tmp_path / "train.py"), _USES)
    uri = (tmp_path / "layers.py").as_uri()
    try:
        for text, codes in [("from torch import nn\n\nHEAD = nn.Identity()\n", []),
                            (_HEADS["layers.py"], ["XL101"]),
                            ("from torch import nn\n\nHEAD = nn.Tanh()\n", [])]:
            assert modules.opened(uri, "python", text) == tmp_path / "layers.py"
            assert [f.code for f in documents.analyse(snapshot, settings)] == codes
        assert modules.closed(uri) == tmp_path / "layers.py"
        assert [f.code for f in documents.analyse(snapshot, settings)] == ["XL101"]
        assert modules.closed(uri) is None  # (not open)
    finally:
        modules.closed(uri)


def test_a_new_module_only_in_a_buffer_is_found(tmp_path):
    for name, text in _HEADS.items():
        if name != "layers.py":  # (layers.py is not on disk: only in the editor, unsaved)
            (tmp_path / name).write_text(text)
    settings = Settings(root=tmp_path)
    snapshot = documents.Snapshot("file:///t", str(tmp_path / "train.py"), _USES)
    uri = (tmp_path / "layers.py").as_uri()
    assert [f.code for f in documents.analyse(snapshot, settings)] == []
    assert tmp_path / "layers.py" in modules.reads(settings)  # (where it was looked for)
    try:
        modules.opened(uri, "python", _HEADS["layers.py"])
        assert [f.code for f in documents.analyse(snapshot, settings)] == ["XL101"]
    finally:
        modules.closed(uri)
    assert [f.code for f in documents.analyse(snapshot, settings)] == []


def test_which_documents_are_modules_others_import():
    assert modules.module_path("file:///a/b%20c/models.py") == Path("/a/b c/models.py")
    for uri, language in [("file:///a/nb.ipynb#cell2", "python"),  # a notebook's cell
                          ("vscode-notebook-cell:/a/nb.ipynb#W0sZmlsZQ%3D%3D", "python"),
                          ("untitled:Untitled-1", "python"),
                          ("file:///a/pyproject.toml", "toml"),
                          ("file:///a/notes.py", "markdown"),
                          ("file:///a/nb.ipynb", None)]:
        assert modules.module_path(uri, language) is None, uri


def test_the_readme_editor_snippets_are_well_formed():
    """Each editor's snippet parses in its own format and starts `xentlint lsp`."""
    import json
    import re
    import sys
    from pathlib import Path

    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover
        import tomli as tomllib

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Editors"):readme.index("### Latency")]
    blocks = re.findall(r"```(\w+)\n(.*?)```", section, re.S)
    assert [kind for kind, _ in blocks] == ["json", "lua", "toml", "json", "json"]
    vscode, lua, helix, zed, jupyter = (body for _, body in blocks)
    vscode = json.loads(vscode)
    assert (vscode["glspc.server.command"], vscode["glspc.server.commandArguments"]) == (
        "xentlint", ["lsp"])
    assert "source.fixAll.xentlint" in vscode["[python]"]["editor.codeActionsOnSave"]
    assert "cmd = { 'xentlint', 'lsp' }" in lua and "vim.lsp.enable('xentlint')" in lua
    helix = tomllib.loads(helix)
    assert helix["language-server"]["xentlint"] == {"command": "xentlint", "args": ["lsp"]}
    assert "xentlint" in helix["language"][0]["language-servers"]
    zed = json.loads(zed)
    assert zed["lsp"]["pylsp"]["binary"] == {"path": "xentlint", "arguments": ["lsp"]}
    server = json.loads(jupyter)["LanguageServerManager"]["language_servers"]["xentlint"]
    assert server["argv"] == ["xentlint", "lsp"] and server["version"] == 2
