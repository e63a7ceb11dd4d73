"""Every kind of bad input gives one XL001 (or a documented skip) and the run goes on."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from xentlint.pipeline import analyze as analysis
from xentlint.pipeline import run
from xentlint.cli import cli
from xentlint.findings import Finding, Span

API = "import keras\nmodel.compile(loss='mse')\n"


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A directory with one good file on which the (fake) analyzer reports XL101."""
    monkeypatch.chdir(tmp_path)

    def analyze(module, filename, frameworks=None, codes=None, **options):
        if filename.endswith("good.py"):
            return [Finding("XL101", "", "", "found", filename, Span.of(1, 1, 1, 2))]
        return []

    monkeypatch.setattr(analysis, "analyze_module", analyze)
    (tmp_path / "good.py").write_text(API)
    return tmp_path


def check(*args: str) -> tuple[int, list[str]]:
    result = CliRunner().invoke(cli, [*args, "."])
    return result.exit_code, result.stdout.splitlines()[:-1]


def assert_only(project: Path, expected: str | None) -> None:
    """The run reports ``expected`` (a line prefix) plus the good file's finding, nothing else."""
    code, lines = check()
    assert code == 1
    assert lines[-1] == "good.py:1:1: XL101 found" or lines[0] == "good.py:1:1: XL101 found"
    others = [line for line in lines if not line.startswith("good.py:")]
    if expected is None:
        assert others == []
    else:
        assert len(others) == 1 and others[0].startswith(expected), others


def test_syntax_error(project: Path) -> None:
    (project / "bad.py").write_text(API + "def f(:\n    pass\n")
    assert_only(project, "bad.py:3:7: XL001 syntax error: invalid syntax")


def test_python2_code(project: Path) -> None:
    (project / "old.py").write_text("loss = 1\nprint 'x'\n")
    assert_only(project, "old.py:2:1: XL001 syntax error: Missing parentheses in call to 'print'")
    _, lines = check()
    assert lines[1].endswith("(Python 2 syntax? xentlint checks Python 3 code)")


def test_python2_backquotes(project: Path) -> None:
    (project / "old.py").write_text("loss = 1\ns = `loss`\n")
    assert_only(project, "old.py:2:5: XL001 syntax error: invalid syntax")
    assert "Python 2 syntax?" in check()[1][1]


def test_null_bytes(project: Path) -> None:
    (project / "nul.py").write_bytes(b"loss = 1\nx = '\x00'\n")
    assert_only(project, "nul.py:2:6: XL001 source contains a null byte")


def test_non_utf8_without_coding_line(project: Path) -> None:
    (project / "latin.py").write_bytes("loss = 'café'\n".encode("latin-1"))
    assert_only(project, "latin.py:1:12: XL001 cannot decode as UTF-8 (no coding line)")


def test_latin1_with_coding_line_parses(project: Path) -> None:
    (project / "latin.py").write_bytes(
        "# -*- coding: latin-1 -*-\nloss = 'café'\n".encode("latin-1"))
    assert_only(project, None)


def test_bom(project: Path) -> None:
    (project / "bom.py").write_bytes(b"\xef\xbb\xbf" + API.encode())
    assert_only(project, None)


def test_empty_file(project: Path) -> None:
    (project / "empty.py").write_bytes(b"")
    (project / "empty.ipynb").write_bytes(b'{"cells": []}')
    assert_only(project, None)


def test_ten_megabyte_file_is_reported_fast(project: Path) -> None:
    line = "loss = model.evaluate(x, y)  # a long generated line of code\n"
    (project / "huge.py").write_text(line * (10_000_000 // len(line)))
    started = time.monotonic()
    assert_only(project,
                "huge.py:1:1: XL001 file too large to analyse (10.0 MB of code, limit 1 MB)")
    assert time.monotonic() - started < 10


def test_ten_megabyte_file_without_api_words_is_skipped(project: Path) -> None:
    (project / "data.py").write_text("DATA = [\n" + "    1234567,\n" * 800_000 + "]\n")
    assert_only(project, None)


def test_just_under_the_size_limit_is_parsed(project: Path) -> None:
    assert run.MAX_SOURCE_CHARS == 1_000_000
    line = "loss = 1\n"
    (project / "big.py").write_text(line * (run.MAX_SOURCE_CHARS // len(line)))
    assert_only(project, None)


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0,
                    reason="root can read a file with mode 000")
def test_unreadable_file(project: Path) -> None:
    path = project / "secret.py"
    path.write_text(API)
    path.chmod(0)
    try:
        assert_only(project, "secret.py:1:1: XL001 cannot read: permission denied")
    finally:
        path.chmod(0o644)


def test_unreadable_file_simulated(project: Path, monkeypatch) -> None:
    path = project / "secret.py"
    path.write_text(API)
    read_bytes = Path.read_bytes

    def deny(self: Path) -> bytes:
        if self.name == "secret.py":
            raise PermissionError(13, "Permission denied", str(self))
        return read_bytes(self)

    monkeypatch.setattr(Path, "read_bytes", deny)
    assert_only(project, "secret.py:1:1: XL001 cannot read: permission denied")


def test_unlistable_directory_simulated(project: Path, monkeypatch) -> None:
    (project / "locked").mkdir()
    scandir = os.scandir

    def deny(path):
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return scandir(path)

    monkeypatch.setattr(os, "scandir", deny)
    assert_only(project, "locked:1:1: XL001 cannot list directory: permission denied")


def test_broken_symlink(project: Path) -> None:
    os.symlink(project / "gone.py", project / "link.py")
    assert_only(project, "link.py:1:1: XL001 cannot read: broken symbolic link")
    result = CliRunner().invoke(cli, ["link.py"])  # named explicitly: the same finding
    assert result.exit_code == 1 and "broken symbolic link" in result.stdout


def test_directory_named_like_a_python_file(project: Path) -> None:
    (project / "x.py").mkdir()
    assert_only(project, None)
    result = CliRunner().invoke(cli, ["x.py"])
    assert result.exit_code == 0 and result.stdout == "All checks passed!\n"


def test_invalid_notebook(project: Path) -> None:
    (project / "nb.ipynb").write_text('{"cells": [')
    assert_only(project, "nb.ipynb:1:12: XL001 invalid notebook: Expecting value")


def test_notebook_cell_errors_do_not_hide_other_cells(project: Path, monkeypatch) -> None:
    import json

    log = project / "analysed.txt"  # the analysis runs in a worker process: it writes here

    def analyze(module, filename, frameworks=None, codes=None, **options):
        with log.open("a") as handle:
            handle.write(module.code + "\0")
        return []

    monkeypatch.setattr(analysis, "analyze_module", analyze)
    cells = [{"cell_type": "code", "source": s}
             for s in ("import keras\n", "model.compile(loss=(\n", "print 'x'\n", "y = 2\n")]
    (project / "nb.ipynb").write_text(json.dumps({"cells": cells}))
    code, lines = check()
    assert code == 1
    assert lines == [
        "nb.ipynb:cell 2:1:20: XL001 syntax error: '(' was never closed",
        "nb.ipynb:cell 3:1:1: XL001 syntax error: Missing parentheses in call to 'print'. Did "
        "you mean print(...)? (Python 2 syntax? xentlint checks Python 3 code)",
    ]
    seen = log.read_text().split("\0")
    notebook_module = next(code for code in seen if "keras" in code and "y = 2" in code)
    assert "compile" not in notebook_module  # the broken cells were blanked, the rest analysed
