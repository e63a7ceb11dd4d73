"""``--fix``, ``--unsafe-fixes``, ``--diff``, ``--fix-only`` and the ``xentlint.fix`` API.

Real files in tmp_path, the real analyzer and libcst; the CLI through click's CliRunner and once
as a real subprocess. Where a test needs a fix the analyzer does not make (overlaps, broken
edits), it wraps the real ``analysis.analyze`` and changes its findings.
"""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

import xentlint
from xentlint import fix
from xentlint.pipeline import analyze as analysis
from xentlint.cli import cli
from xentlint.findings import Edit, Finding, Fix, Span

# A realistic Keras script with XL101: a softmax head and CategoricalCrossentropy(from_logits=True).
KERAS_XL101 = '''\
"""Fashion-MNIST: a small dense classifier."""
import numpy as np
import keras
from keras import layers

NUM_CLASSES = 10

(x_train, y_train), (x_test, y_test) = keras.datasets.fashion_mnist.load_data()
x_train = x_train.astype("float32") / 255.0
y_train = keras.utils.to_categorical(y_train, NUM_CLASSES)

model = keras.Sequential([
    layers.Input(shape=(28, 28)),
    layers.Flatten(),
    layers.Dense(256, activation="relu"),
    layers.Dropout(0.3),
    layers.Dense(NUM_CLASSES, activation="softmax"),
])
model.compile(
    optimizer=keras.optimizers.Adam(1e-3),
    loss=keras.losses.CategoricalCrossentropy(from_logits=True),
    metrics=["accuracy"],
)
model.fit(x_train, y_train, epochs=10, batch_size=128, validation_split=0.1)
predicted = np.argmax(model.predict(x_test), axis=-1)
'''
BUG = "CategoricalCrossentropy(from_logits=True)"
FIXED = "CategoricalCrossentropy(from_logits=False)"

# XL501 (swapped arguments) and XL502 (positional option): unsafe fixes.
UNSAFE = '''\
import tensorflow as tf

model = tf.keras.Sequential([tf.keras.layers.Dense(64, activation="relu"),
                             tf.keras.layers.Dense(5)])
loss_fn = tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True)
smoothed = tf.keras.losses.BinaryCrossentropy(0.1)
optimizer = tf.keras.optimizers.Adam(1e-3)
dataset = tf.data.Dataset.from_tensor_slices((features, labels)).batch(32)


@tf.function
def train_step(x, y):
    with tf.GradientTape() as tape:
        logits = model(x, training=True)
        loss = loss_fn(logits, y)
    grads = tape.gradient(loss, model.trainable_variables)
    optimizer.apply_gradients(zip(grads, model.trainable_variables))
    return loss


for x_batch, y_batch in dataset:
    train_step(x_batch, y_batch)
'''


def run(*args: str, input: str | bytes | None = None):
    return CliRunner().invoke(cli, list(args), input=input)


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    monkeypatch.delenv("NO_COLOR", raising=False)
    return tmp_path


def write(path: Path, text: str, encoding: str = "utf-8", newline: str = "\n") -> bytes:
    data = text.replace("\n", newline).encode(encoding)
    path.write_bytes(data)
    return data


# --- the API -------------------------------------------------------------------------------


def test_apply_fixes_changes_only_the_edit() -> None:
    findings = xentlint.check_source(KERAS_XL101, path="train.py")
    assert [f.code for f in findings] == ["XL101"]
    new_text, applied = fix.apply_fixes(KERAS_XL101, findings)
    assert applied == findings
    assert new_text == KERAS_XL101.replace(BUG, FIXED)
    assert xentlint.check_source(new_text, path="train.py") == []


def test_apply_fixes_skips_unsafe_unless_asked() -> None:
    findings = xentlint.check_source(UNSAFE, path="loop.py")
    assert {f.code: f.fix.applicability for f in findings} == {"XL501": "unsafe",
                                                                "XL502": "unsafe"}
    assert fix.apply_fixes(UNSAFE, findings) == (UNSAFE, [])
    new_text, applied = fix.apply_fixes(UNSAFE, findings, unsafe=True)
    assert sorted(f.code for f in applied) == ["XL501", "XL502"]
    assert "loss_fn(y, logits)" in new_text
    assert "BinaryCrossentropy(label_smoothing=0.1)" in new_text


def test_fix_text_iterates_and_reports_what_remains() -> None:
    text, applied, remaining = fix.fix_text(KERAS_XL101, "train.py")
    assert text == KERAS_XL101.replace(BUG, FIXED)
    assert [f.code for f in applied] == ["XL101"] and remaining == []


def _finding(code: str, *edits: tuple[tuple[int, int, int, int], str],
             applicability: str = "safe") -> Finding:
    return Finding(code=code, name="", severity="error", message="m", filename="f.py",
                   span=Span.of(1, 1, 1, 2),
                   fix=Fix("fix it", applicability,
                           tuple(Edit("f.py", Span.of(*where), content)
                                 for where, content in edits)))


def test_overlapping_fixes_first_wins_and_a_fix_is_all_or_nothing() -> None:
    text = "a = foo(bar)\nb = 2\n"
    first = _finding("XL101", ((1, 5, 1, 13), "baz(qux)"))
    overlapping = _finding("XL102", ((1, 9, 1, 12), "zzz"))
    separate = _finding("XL103", ((2, 5, 2, 6), "3"))
    incomplete = _finding("XL104", ((2, 1, 2, 2), "c"), ((9, 1, 9, 2), "x"))  # line 9: none
    new_text, applied = fix.apply_fixes(text, [overlapping, separate, first, incomplete])
    assert new_text == "a = baz(qux)\nb = 3\n"
    assert applied == [first, separate]


def test_edits_of_one_fix_are_applied_from_the_end_and_keep_crlf() -> None:
    text = "x = f(a, b)\r\ny = 1\r\n"
    swap = _finding("XL501", ((1, 7, 1, 8), "b"), ((1, 10, 1, 11), "a"))
    insert = _finding("XL502", ((2, 5, 2, 6), "(1 +\n 0)"))
    new_text, applied = fix.apply_fixes(text, [swap, insert])
    assert new_text == "x = f(b, a)\r\ny = (1 +\r\n 0)\r\n"
    assert len(applied) == 2


def test_display_fixes_and_fixes_in_other_files_are_not_applied() -> None:
    text = "x = 1\n"
    display = _finding("XL101", ((1, 5, 1, 6), "2"), applicability="display")
    elsewhere = replace(_finding("XL102"), fix=Fix("m", "safe",
                                                   (Edit("other.py", Span.of(1, 5, 1, 6), "2"),)))
    assert fix.apply_fixes(text, [display, elsewhere]) == (text, [])


# --- the CLI: --fix ------------------------------------------------------------------------


def test_fix_rewrites_only_the_edit_and_is_idempotent(project: Path) -> None:
    path = project / "train.py"
    original = write(path, KERAS_XL101)
    result = run("check", "--fix", "train.py")
    assert result.exit_code == 0, result.output
    assert result.stdout == "Found 1 error (1 fixed, 0 remaining).\n"
    assert path.read_bytes() == original.replace(BUG.encode(), FIXED.encode())

    before = path.read_bytes()
    again = run("check", "--fix", "train.py")
    assert again.exit_code == 0
    assert again.stdout == "All checks passed!\n"
    assert path.read_bytes() == before


def test_a_notebook_exported_as_a_script_is_checked_but_never_rewritten(project: Path) -> None:
    """The text the findings come from has its IPython lines masked: no edit of it is applied
    to the file, whose `!pip` line would be lost."""
    path = project / "train.py"
    original = write(path, "!pip install -q keras\n" + KERAS_XL101)
    result = run("check", "--fix", "--unsafe-fixes", "train.py")
    assert result.exit_code == 1
    assert [line.split()[1] for line in result.stdout.splitlines()[:-1]] == ["XL001", "XL101"]
    assert path.read_bytes() == original
    diff = run("check", "--diff", "train.py")
    assert diff.exit_code == 0 and diff.stdout == ""


def test_fix_reports_the_remaining_findings(project: Path) -> None:
    write(project / "train.py", KERAS_XL101)
    write(project / "loop.py", UNSAFE)
    result = run("check", "--fix", ".")
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert [line.split()[1] for line in lines[:-1]] == ["XL502", "XL501"]  # loop.py
    assert lines[-1] == ("Found 3 errors (1 fixed, 2 remaining; 2 hidden fixes can be enabled "
                         "with the `--unsafe-fixes` option).")


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_fix_keeps_line_endings(project: Path, newline: str) -> None:
    path = project / "train.py"
    original = write(path, KERAS_XL101, newline=newline)
    assert run("check", "--fix", "train.py").exit_code == 0
    assert path.read_bytes() == original.replace(BUG.encode(), FIXED.encode())


def test_fix_keeps_a_latin1_coding_line_encoding(project: Path) -> None:
    path = project / "train.py"
    text = "# -*- coding: latin-1 -*-\n# Données d'entraînement: café\n" + KERAS_XL101
    original = write(path, text, encoding="latin-1")
    assert b"\xe9" in original
    assert run("check", "--fix", "train.py").exit_code == 0
    assert path.read_bytes() == original.replace(BUG.encode(), FIXED.encode())


def test_fix_keeps_a_utf8_bom(project: Path) -> None:
    path = project / "train.py"
    original = b"\xef\xbb\xbf" + ("# naïve\n" + KERAS_XL101).encode("utf-8")
    path.write_bytes(original)
    assert run("check", "--fix", "train.py").exit_code == 0
    fixed = path.read_bytes()
    assert fixed.startswith(b"\xef\xbb\xbf") and not fixed.startswith(b"\xef\xbb\xbf" * 2)
    assert fixed == original.replace(BUG.encode(), FIXED.encode())


def test_fix_keeps_permissions_and_leaves_no_temporary_file(project: Path) -> None:
    path = project / "train.py"
    write(path, KERAS_XL101)
    os.chmod(path, 0o751)
    assert run("check", "--fix", "train.py").exit_code == 0
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o751
    assert sorted(p.name for p in project.iterdir()) == ["train.py"]


def test_fix_through_a_symlink_rewrites_the_target_and_keeps_the_link(project: Path) -> None:
    (project / "real").mkdir()
    target = project / "real" / "train.py"
    original = write(target, KERAS_XL101)
    link = project / "link.py"
    link.symlink_to(Path("real") / "train.py")
    assert run("check", "--fix", "link.py").exit_code == 0
    assert link.is_symlink() and os.readlink(link) == os.path.join("real", "train.py")
    assert target.read_bytes() == original.replace(BUG.encode(), FIXED.encode())


def test_fix_keeps_hard_links_shared(project: Path) -> None:
    path = project / "train.py"
    write(path, KERAS_XL101)
    os.link(path, project / "copy.txt")
    assert run("check", "--fix", "train.py").exit_code == 0
    assert (project / "copy.txt").read_bytes() == path.read_bytes()
    assert FIXED.encode() in path.read_bytes()


def test_fix_refuses_an_edit_that_breaks_the_code(project: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    real = analysis.analyze_module

    def broken(module, filename, frameworks=None, codes=None, **options):
        findings = real(module, filename, frameworks, **options)
        return [replace(f, fix=replace(f.fix, edits=tuple(replace(e, content="False((")
                                                            for e in f.fix.edits)))
                if f.fix else f for f in findings]

    monkeypatch.setattr(analysis, "analyze_module", broken)
    path = project / "train.py"
    original = write(path, KERAS_XL101)
    result = run("check", "--fix", "train.py")
    assert result.exit_code == 1
    assert path.read_bytes() == original
    errors = result.stderr.splitlines()
    assert len(errors) == 1
    assert errors[0].startswith("xentlint: error: not fixing train.py: the fixes (XL101) would "
                                "produce code that does not parse")
    assert "XL101 [*]" in result.stdout  # still reported, still fixable by hand


def test_fix_refuses_content_the_encoding_cannot_hold(project: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    real = analysis.analyze_module

    def greek(module, filename, frameworks=None, codes=None, **options):
        return [replace(f, fix=replace(f.fix, edits=(replace(f.fix.edits[0], content="Falseα"),)))
                for f in real(module, filename, frameworks, **options)]

    monkeypatch.setattr(analysis, "analyze_module", greek)
    path = project / "train.py"
    original = write(path, "# -*- coding: latin-1 -*-\n" + KERAS_XL101, encoding="latin-1")
    result = run("check", "--fix", "train.py")
    assert path.read_bytes() == original
    assert "encoding (iso-8859-1) cannot represent" in result.stderr


def test_overlapping_fixes_are_applied_over_several_rounds(
        project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each `True` gets a fix that also rewrites the character on each side of it: the fixes of
    `(True,True)` touch at the comma, so the second is applied in the next round."""

    def analyze(module, filename, frameworks=None, codes=None, **options):
        findings = []
        for row, line in enumerate(module.code.split("\n"), start=1):
            column = line.find("True")
            while column != -1:
                span = Span.of(row, column, row, column + 6)  # one char each side, 1-based
                content = line[column - 1] + "False" + line[column + 4]
                findings.append(Finding("XL101", "", "error", "true", filename, span,
                                        fix=Fix("f", "safe", (Edit(filename, span, content),))))
                column = line.find("True", column + 1)
        return findings

    monkeypatch.setattr(analysis, "analyze_module", analyze)
    path = project / "flags.py"
    write(path, "loss = (True,True)\n")
    result = run("check", "--fix", "flags.py")
    assert path.read_text() == "loss = (False,False)\n"
    assert result.stdout.splitlines()[-1] == "Found 2 errors (2 fixed, 0 remaining)."


def test_unsafe_fixes_only_with_the_option(project: Path) -> None:
    path = project / "loop.py"
    original = write(path, UNSAFE)
    plain = run("check", "loop.py")
    assert "[*]" not in plain.stdout
    assert plain.stdout.splitlines()[-1] == (
        "Found 2 errors (2 hidden fixes can be enabled with the `--unsafe-fixes` option).")
    assert run("check", "--fix", "loop.py").exit_code == 1
    assert path.read_bytes() == original

    marked = run("check", "--unsafe-fixes", "loop.py")
    assert marked.stdout.count("[*]") == 2
    assert marked.stdout.splitlines()[-1] == "Found 2 errors (2 fixable with --fix)."
    result = run("check", "--fix", "--unsafe-fixes", "loop.py")
    assert result.exit_code == 0, result.output
    assert path.read_text() == (UNSAFE.replace("loss_fn(logits, y)", "loss_fn(y, logits)")
                                .replace("(0.1)", "(label_smoothing=0.1)"))


def test_fix_only_reports_the_count_and_exits_zero(project: Path) -> None:
    write(project / "train.py", KERAS_XL101)
    write(project / "loop.py", UNSAFE)
    result = run("check", "--fix-only", ".")
    assert result.exit_code == 0
    assert result.stdout == "Fixed 1 error.\n"


def test_fix_with_json_output_lists_what_remains(project: Path) -> None:
    write(project / "train.py", KERAS_XL101)
    write(project / "loop.py", UNSAFE)
    result = run("check", "--fix", "--output-format", "json", ".")
    assert sorted(f["code"] for f in json.loads(result.stdout)) == ["XL501", "XL502"]


# --- --diff ----------------------------------------------------------------------------------


def test_diff_counts_the_fixes_by_severity(project: Path) -> None:
    """A warning's fix is counted as a warning (XL104 is one), as the check's summary does."""
    write(project / "train.py", (
        "import torch\nimport torch.nn as nn\n\nmodel = nn.Linear(30, 1)\n"
        "criterion = nn.BCELoss()\nx = torch.randn(64, 30)\ny = torch.rand(64, 1).round()\n"
        "loss = criterion(model(x).sigmoid(), y)\n"))
    result = run("check", "--diff", "train.py")
    assert result.stderr == "Would fix 1 warning.\n"
    assert "BCEWithLogitsLoss" in result.stdout


def _nothing_fixed_in(project: Path, case: str) -> Path:
    """The XL101 test case ``case`` copied here: even ``--unsafe-fixes`` changes nothing."""
    path = project / "case.py"
    original = write(path, (Path(__file__).parent / "cases" / "XL101" / case).read_text())
    result = run("check", "--diff", "--unsafe-fixes", "case.py")
    assert result.stderr == "No errors would be fixed.\n"
    assert path.read_bytes() == original
    return path


def test_an_activation_kept_for_other_uses_is_not_edited_away(project: Path) -> None:
    """``p = torch.sigmoid(z)`` read by the loss and by a focal term: neither dropping the
    sigmoid (the focal term changes) nor the probability form of the loss (what XL104 warns
    about) is the fix; the advice says what to pass instead."""
    _nothing_fixed_in(project, "sigmoid_kept_for_a_focal_term_then_logits_loss.py")
    [finding] = json.loads(run("check", "--output-format", "json", "case.py").stdout)
    assert finding["fix"]["message"].startswith("Pass what the sigmoid is applied to")


def test_a_layer_added_by_add_module_is_not_cut_out_of_its_call(project: Path) -> None:
    """Removing the last argument of ``net.add_module("softmax", nn.Softmax(dim=1))`` would
    leave a call that raises; only a stack built by the library's own call loses its layer."""
    _nothing_fixed_in(project, "softmax_added_to_sequential_by_add_module.py")


def test_diff_prints_a_valid_patch_and_changes_nothing(project: Path) -> None:
    path = project / "train.py"
    original = write(path, KERAS_XL101)
    result = run("check", "--diff", "train.py")
    assert result.exit_code == 1
    assert path.read_bytes() == original
    assert result.stderr == "Would fix 1 error.\n"
    diff = result.stdout
    assert diff.startswith("--- train.py\n+++ train.py\n@@ -18,7 +18,7 @@\n")
    assert f"-    loss=keras.losses.{BUG},\n+    loss=keras.losses.{FIXED},\n" in diff
    if shutil.which("patch"):
        (project / "fix.patch").write_text(diff)
        subprocess.run(["patch", "-p0", "-s", "-i", "fix.patch"], check=True, cwd=project)
        assert path.read_bytes() == original.replace(BUG.encode(), FIXED.encode())

    clean = run("check", "--diff", "train.py")
    assert clean.exit_code == 0 and clean.stdout == ""


def test_diff_of_a_file_without_final_newline(project: Path) -> None:
    path = project / "train.py"
    head = KERAS_XL101[:KERAS_XL101.index("model.compile(")]
    text = head + f"model.compile(loss=keras.losses.{BUG})"
    original = write(path, text)
    result = run("check", "--diff", "train.py")
    assert result.exit_code == 1
    assert result.stdout.endswith(f"+model.compile(loss=keras.losses.{FIXED})\n"
                                  "\\ No newline at end of file\n")
    assert path.read_bytes() == original
    if shutil.which("patch"):
        (project / "fix.patch").write_text(result.stdout)
        subprocess.run(["patch", "-p0", "-s", "-i", "fix.patch"], check=True, cwd=project)
        assert path.read_bytes() == original.replace(BUG.encode(), FIXED.encode())


def test_diff_with_unsafe_fixes(project: Path) -> None:
    path = project / "loop.py"
    original = write(path, UNSAFE)
    assert run("check", "--diff", "loop.py").stdout == ""
    result = run("check", "--diff", "--unsafe-fixes", "loop.py")
    assert result.exit_code == 1
    assert "+        loss = loss_fn(y, logits)\n" in result.stdout
    assert result.stderr == "Would fix 2 errors.\n"
    assert path.read_bytes() == original


# --- stdin -----------------------------------------------------------------------------------


def test_fix_from_stdin_prints_the_fixed_source(project: Path) -> None:
    result = run("check", "--fix", "-", input=KERAS_XL101.encode())
    assert result.exit_code == 0
    assert result.stdout == KERAS_XL101.replace(BUG, FIXED)
    assert result.stderr == "Found 1 error (1 fixed, 0 remaining).\n"

    untouched = run("check", "--fix", "--stdin-filename", "loop.py", input=UNSAFE.encode())
    assert untouched.exit_code == 1
    assert untouched.stdout == UNSAFE
    assert "XL501" in untouched.stderr


def test_diff_from_stdin(project: Path) -> None:
    result = run("check", "--diff", "--stdin-filename", "train.py", input=KERAS_XL101.encode())
    assert result.exit_code == 1
    assert result.stdout.startswith("--- train.py\n+++ train.py\n")


# --- notebooks -------------------------------------------------------------------------------


def _notebook(**dump_options) -> str:
    notebook = {
        "cells": [
            {"cell_type": "markdown", "metadata": {}, "source": ["# Fashion-MNIST — training\n"]},
            {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
             "source": ["%matplotlib inline\n", "import keras\n", "from keras import layers"]},
            {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [],
             "source": ["model = keras.Sequential([\n",
                        "    layers.Dense(10, activation=\"softmax\"),\n", "])\n",
                        f"model.compile(loss=keras.losses.{BUG})"]},
        ],
        "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python",
                                    "name": "python3"}},
        "nbformat": 4, "nbformat_minor": 5,
    }
    return json.dumps(notebook, **dump_options) + "\n"


@pytest.mark.parametrize("options", [{"indent": 1, "ensure_ascii": False},
                                     {"indent": 2, "ensure_ascii": True}])
def test_fix_in_a_notebook_edits_the_cell_and_keeps_the_json_layout(project: Path,
                                                                    options) -> None:
    path = project / "explore.ipynb"
    original = _notebook(**options).encode("utf-8")
    path.write_bytes(original)
    result = run("check", "--fix", "explore.ipynb")
    assert result.exit_code == 0, result.output
    assert path.read_bytes() == original.replace(BUG.encode(), FIXED.encode())
    assert run("check", "explore.ipynb").stdout == "All checks passed!\n"


def test_a_notebook_whose_json_layout_cannot_be_kept_is_left_alone(project: Path) -> None:
    path = project / "explore.ipynb"
    original = _notebook(indent=1).replace('"nbformat": 4', '"nbformat":   4').encode()
    path.write_bytes(original)
    result = run("check", "--fix", "explore.ipynb")
    assert path.read_bytes() == original
    assert result.exit_code == 1
    assert result.stderr == ("xentlint: error: not fixing explore.ipynb: its JSON layout cannot "
                             "be reproduced exactly, and a fix must not reformat the notebook; "
                             "apply the fix by hand\n")


# --- a real process --------------------------------------------------------------------------


def test_fix_in_a_real_subprocess(tmp_path: Path) -> None:
    path = tmp_path / "train.py"
    original = write(path, KERAS_XL101, newline="\r\n")
    os.chmod(path, 0o751)
    repo = str(Path(__file__).resolve().parents[1])  # this source tree, installed or not
    env = {**os.environ, "NO_COLOR": "1",
           "PYTHONPATH": os.pathsep.join(filter(None, [repo, os.environ.get("PYTHONPATH")]))}
    env.pop("FORCE_COLOR", None)
    command = [sys.executable, "-m", "xentlint", "check", "--fix", "train.py"]

    def xentlint_fix() -> subprocess.CompletedProcess[str]:
        return subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, env=env,
                              check=False, timeout=120)

    done = xentlint_fix()
    assert done.returncode == 0, done.stderr
    assert done.stdout == "Found 1 error (1 fixed, 0 remaining).\n"
    assert path.read_bytes() == original.replace(BUG.encode(), FIXED.encode())
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o751

    again = xentlint_fix()
    assert again.returncode == 0 and again.stdout == "All checks passed!\n"
    assert path.read_bytes() == original.replace(BUG.encode(), FIXED.encode())


# --- details -------------------------------------------------------------------------------


def test_edits_of_one_fix_may_touch_but_two_insertions_at_one_point_are_refused() -> None:
    text = "x = ab\n"
    touching = _finding("XL501", ((1, 5, 1, 6), "A"), ((1, 6, 1, 7), "B"))
    assert fix.apply_fixes(text, [touching]) == ("x = AB\n", [touching])
    ambiguous = _finding("XL502", ((1, 5, 1, 5), "1"), ((1, 5, 1, 5), "2"))
    assert fix.apply_fixes(text, [ambiguous]) == (text, [])


def test_a_file_changed_since_it_was_read_is_not_written(tmp_path: Path) -> None:
    path = tmp_path / "train.py"
    path.write_text("x = 2\n")
    with pytest.raises(fix.FixRefused, match="changed while it was being fixed"):
        fix.write_file(path, b"x = 3\n", expected=b"x = 1\n")
    assert path.read_text() == "x = 2\n"
    fix.write_file(path, b"x = 3\n", expected=b"x = 2\n")
    assert path.read_text() == "x = 3\n"


def test_a_notebook_edit_on_a_masked_magic_line_is_not_applied(
        project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The parser sees `%matplotlib inline` as `pass`: an edit there would corrupt the magic."""

    def analyze(module, filename, frameworks=None, codes=None, **options):
        span = Span.of(1, 1, 1, 5)  # the `pass` standing for the magic, in the joined text
        return [Finding("XL101", "", "error", "m", filename, span,
                        fix=Fix("f", "safe", (Edit(filename, span, "fail"),)))]

    monkeypatch.setattr(analysis, "analyze_module", analyze)
    path = project / "explore.ipynb"
    original = _notebook(indent=1).encode()
    path.write_bytes(original)
    result = run("check", "--fix", "explore.ipynb")
    assert path.read_bytes() == original
    assert result.stdout.splitlines() == ["explore.ipynb:cell 2:1:1: XL101 [*] m", "Found 1 error."]


def test_a_loss_object_that_also_serves_another_head_is_not_edited(project: Path) -> None:
    """``loss_fn`` with ``from_logits=True`` is right for the student's logits and wrong for the
    teacher's softmax: setting ``from_logits=False`` on it would move the mismatch, not fix it."""
    _nothing_fixed_in(project, "loss_object_shared_by_a_logits_and_a_softmax_model.py")
