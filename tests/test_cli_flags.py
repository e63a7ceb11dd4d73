"""The command line flags a ruff user expects, each through the CLI: --show-fixes,
--per-file-ignores, -q/--quiet, -s/--silent, --color, --watch, --add-noqa, and --fix on files
that are read-only or changed by another run."""

from __future__ import annotations

import fcntl
import json
import os
import signal
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from xentlint import fix
from xentlint.cli import check as check_command
from xentlint.cli import cli
from xentlint.config import ConfigResolver
from xentlint.console import Console
from xentlint.pipeline.discover import discover
from xentlint.watch import watch_paths

REPO = Path(__file__).resolve().parent.parent
README = REPO / "README.md"
BUG = ("import keras\n"
       "model = keras.Sequential([keras.layers.Dense(10, activation='softmax')])\n"
       "model.compile(loss=keras.losses.CategoricalCrossentropy(from_logits=True))\n")
FIXED = BUG.replace("from_logits=True", "from_logits=False")
WARNING = ("import keras\n"
           "model = keras.Sequential([keras.layers.Dense(10, activation='softmax')])\n"
           "model.compile(loss='sparse_categorical_crossentropy')\n"
           "probs = model.predict(x)\n"
           "y = probs > 0.5\n")


def cli_run(*args: str, input: str | bytes | None = None):
    return CliRunner().invoke(cli, list(args), input=input)


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    for name in ("FORCE_COLOR", "NO_COLOR", "XENTLINT_DEBUG"):
        monkeypatch.delenv(name, raising=False)
    (tmp_path / "bug.py").write_text(BUG)
    return tmp_path


def test_show_fixes_lists_what_was_fixed(project: Path) -> None:
    (project / "also.py").write_text(BUG)
    result = cli_run(".", "--fix", "--show-fixes")
    assert result.exit_code == 0
    assert result.stdout.splitlines() == [
        "Found 2 errors (2 fixed, 0 remaining).",
        "Fixed 2 errors:",
        "- also.py:",
        "    1 × XL101 (probabilities-to-logits-loss)",
        "- bug.py:",
        "    1 × XL101 (probabilities-to-logits-loss)",
    ]
    assert (project / "bug.py").read_text() == FIXED
    assert "Fixed" not in cli_run(".", "--show-fixes").stdout  # nothing is fixed without --fix


def test_show_fixes_with_fix_only(project: Path) -> None:
    result = cli_run("bug.py", "--fix-only", "--show-fixes")
    assert result.exit_code == 0
    assert result.stdout == ("Fixed 1 error:\n- bug.py:\n"
                             "    1 × XL101 (probabilities-to-logits-loss)\n")


def test_per_file_ignores_on_the_command_line_replace_the_config(project: Path) -> None:
    (project / "pyproject.toml").write_text(
        '[tool.xentlint]\nper-file-ignores = { "bug.py" = ["XL1"] }\n')
    assert cli_run("bug.py").exit_code == 0  # the config's
    replaced = cli_run("bug.py", "--per-file-ignores", "other.py:XL1")
    assert replaced.exit_code == 1 and "XL101" in replaced.stdout
    assert cli_run("bug.py", "--per-file-ignores", "b*.py:XL2,XL101").exit_code == 0
    assert cli_run("bug.py", "--per-file-ignores", "x.py:XL2,bug.py:XL1").exit_code == 0
    bad = cli_run("bug.py", "--per-file-ignores", "bug[.py:XL1")
    assert bad.exit_code == 2
    assert bad.stderr == ("xentlint: error: --per-file-ignores: invalid pattern 'bug[.py': the "
                          "`[` at position 4 is never closed\n")
    assert cli_run("bug.py", "--per-file-ignores", "XL1").exit_code == 2
    assert cli_run("bug.py", "--per-file-ignores", "bug.py:XL9").exit_code == 2


def test_quiet_prints_the_findings_only(project: Path) -> None:
    (project / ".gitignore").write_text("foo[]bar\n")
    result = cli_run(".", "-q")
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [line for line in cli_run(".").stdout.splitlines()
                                          if line.startswith("bug.py")]
    assert result.stderr == ""  # the .gitignore warning too
    (project / "bug.py").write_text(FIXED)
    clean = cli_run(".", "--quiet")
    assert clean.exit_code == 0 and clean.output == ""
    json_run = cli_run(".", "-q", "--output-format", "json")
    assert json.loads(json_run.stdout) == []


def test_quiet_drops_the_summary_of_concise_and_grouped_too(project: Path) -> None:
    (project / "also.py").write_text(WARNING)
    for output_format in ("concise", "grouped"):
        full = cli_run(".", "--output-format", output_format).stdout
        assert full.splitlines()[-1].startswith("Found 1 error and 1 warning")
        quiet = cli_run(".", "-q", "--output-format", output_format)
        assert quiet.exit_code == 1
        assert quiet.stdout == full[:full.rindex("Found")].rstrip("\n") + "\n"
        assert "also.py" in quiet.stdout and "bug.py" in quiet.stdout
    (project / "also.py").unlink()
    (project / "bug.py").write_text(FIXED)
    assert cli_run(".", "-q", "--output-format", "grouped").output == ""


def test_quiet_with_fix_and_diff(project: Path) -> None:
    diff = cli_run("bug.py", "--diff", "-q")
    assert diff.exit_code == 1 and diff.stdout.startswith("--- bug.py")
    assert "Would fix" not in diff.output
    fixed = cli_run("bug.py", "--fix", "-q")
    assert fixed.exit_code == 0 and fixed.output == ""


def test_silent_prints_nothing_but_keeps_the_exit_code(project: Path) -> None:
    result = cli_run("bug.py", "-s")
    assert result.exit_code == 1 and result.output == ""
    assert cli_run("bug.py", "--silent", "--output-format", "json").output == ""
    assert cli_run("bug.py", "-s", "--diff").output == ""
    missing = cli_run("bug.py", "missing.py", "-s")  # an error is still said
    assert missing.exit_code == 2 and "missing.py" in missing.stderr
    fixed = cli_run("-", "--fix", "-s", "--stdin-filename", "t.py", input=BUG)
    assert fixed.stdout == FIXED  # the fixed source is the output, not a report


def test_color_choices_and_no_color(project: Path, monkeypatch) -> None:
    red = "\033[31mXL101\033[0m"
    assert red in cli_run("bug.py", "--color", "always").stdout
    assert "\033[" not in cli_run("bug.py", "--color", "never").stdout
    assert "\033[" not in cli_run("bug.py").stdout  # auto, not a terminal
    monkeypatch.setenv("FORCE_COLOR", "1")
    assert red in cli_run("bug.py", "--color", "auto").stdout
    assert "\033[" not in cli_run("bug.py", "--color", "never").stdout
    monkeypatch.setenv("NO_COLOR", "1")
    assert "\033[" not in cli_run("bug.py").stdout
    assert red in cli_run("bug.py", "--color", "always").stdout
    assert cli_run("bug.py", "--color", "sometimes").exit_code == 2


# --- --add-noqa ------------------------------------------------------------------------------


def test_add_noqa_suppresses_every_current_finding(project: Path) -> None:
    (project / "warn.py").write_text(WARNING + "z = 1  # noqa: E501\n")
    (project / "multi.py").write_text(
        'import keras\ndoc = """\ncompile\n"""\n'
        "model = keras.Sequential([keras.layers.Dense(10, activation='softmax')])\n"
        "model.compile(\n    loss=keras.losses.CategoricalCrossentropy(from_logits=True),\n)\n")
    result = cli_run(".", "--add-noqa")
    assert result.exit_code == 0, result.output
    assert result.stdout == "Added 3 noqa directives.\n"
    assert (project / "bug.py").read_text() == BUG.replace(
        "from_logits=True))\n", "from_logits=True))  # noqa: XL101\n")
    assert "y = probs > 0.5  # noqa: XL402\n" in (project / "warn.py").read_text()
    assert "    loss=keras.losses.CategoricalCrossentropy(from_logits=True),  # noqa: XL101\n" in (
        project / "multi.py").read_text()
    after = cli_run(".")
    assert after.exit_code == 0, after.output
    assert cli_run(".", "--add-noqa").stdout == "Added 0 noqa directives.\n"


def test_add_noqa_extends_an_existing_list_and_avoids_strings(project: Path) -> None:
    (project / "bug.py").write_text(BUG.rstrip("\n") + "  # noqa: E501\n")
    (project / "string.py").write_text(
        "import keras\nmodel = keras.Sequential([keras.layers.Dense(10, activation='softmax')])\n"
        "model.compile(loss=keras.losses.CategoricalCrossentropy(from_logits=True), name='''a\n"
        "b''')\n")
    result = cli_run(".", "--add-noqa")
    assert result.stdout == "Added 1 noqa directive.\n"
    assert (project / "bug.py").read_text().endswith("  # noqa: E501, XL101\n")
    assert result.stderr == ("xentlint: warning: string.py:3: no noqa directive for XL101: its "
                             "line ends inside a string or a backslash continuation\n")
    assert "noqa" not in (project / "string.py").read_text()  # never inside the string
    assert cli_run(".").stdout.startswith("string.py:3")


def test_add_noqa_in_a_notebook_and_refusals(project: Path) -> None:
    cells = [{"cell_type": "code", "metadata": {}, "outputs": [], "execution_count": None,
              "source": ["    " + line for line in BUG.splitlines(keepends=True)]}]
    (project / "nb.ipynb").write_text(json.dumps({"cells": cells, "metadata": {},
                                                  "nbformat": 4, "nbformat_minor": 5}, indent=1))
    (project / "bug.py").unlink()
    assert cli_run(".", "--add-noqa").stdout == "Added 1 noqa directive.\n"
    source = json.loads((project / "nb.ipynb").read_text())["cells"][0]["source"]
    assert source[-1] == "    " + BUG.splitlines()[-1] + "  # noqa: XL101\n"
    assert cli_run(".").exit_code == 0
    assert cli_run("-", "--add-noqa", input=BUG).exit_code == 2
    assert cli_run(".", "--add-noqa", "--fix").exit_code == 2


# --- --fix: read-only files and concurrent runs --------------------------------------------


def test_fix_refuses_a_read_only_file_with_a_clear_message(project: Path) -> None:
    path = project / "bug.py"
    path.chmod(0o444)
    try:
        result = cli_run("bug.py", "--fix")
        assert result.exit_code == 1
        assert result.stderr == ("xentlint: error: not fixing bug.py: it is read-only (mode "
                                 "0444); make it writable to let --fix rewrite it\n")
        assert path.read_text() == BUG and stat.S_IMODE(path.stat().st_mode) == 0o444
    finally:
        path.chmod(0o644)


def test_a_change_by_another_run_is_kept_and_the_fix_still_applied(
        project: Path, monkeypatch) -> None:
    """Another run (or an editor) writes the file between this run's read and write: the
    write is refused, the file is read and fixed again, and both changes survive."""
    path = project / "bug.py"
    original = fix._fix_one
    calls = []

    def racing(source, unsafe):
        result = original(source, unsafe)
        if not calls:
            path.write_text("# the other run's change\n" + BUG)
        calls.append(source)
        return result

    monkeypatch.setattr(fix, "_fix_one", racing)
    sources = discover([path], ConfigResolver(isolated=True))
    (result,) = fix.fix_files(sources)
    assert len(calls) == 2 and result.refused is None
    assert path.read_text() == "# the other run's change\n" + FIXED


def test_the_write_waits_for_another_runs_lock(project: Path) -> None:
    path = project / "bug.py"
    holder = os.open(path, os.O_RDONLY)
    fcntl.flock(holder, fcntl.LOCK_EX)
    writer = threading.Thread(target=fix.write_file, args=(path, FIXED.encode(), BUG.encode()))
    writer.start()
    time.sleep(0.3)
    assert writer.is_alive() and path.read_text() == BUG  # waiting for the lock
    os.close(holder)
    writer.join(timeout=10)
    assert path.read_text() == FIXED


def test_two_fix_runs_at_once_lose_nothing(project: Path) -> None:
    for i in range(12):
        (project / f"m{i}.py").write_text(BUG)
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    runs = [subprocess.Popen([sys.executable, "-m", "xentlint", ".", "--fix", "-q"],
                             cwd=project, env=env, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE) for _ in range(2)]
    for process in runs:
        process.wait(timeout=120)
        assert process.returncode == 0, process.stderr.read()  # type: ignore[union-attr]
    assert all((project / f"m{i}.py").read_text() == FIXED for i in range(12))
    assert not list(project.glob(".*.xentlint-tmp"))


# --- --watch ---------------------------------------------------------------------------------


@pytest.mark.parametrize("backend", ["poll", "watchfiles"])
def test_watch_runs_again_after_a_change(project: Path, backend: str) -> None:
    if backend == "watchfiles":
        pytest.importorskip("watchfiles")
    runs: list[float] = []

    def once() -> int:
        runs.append(time.monotonic())
        return 0

    def edit() -> None:
        time.sleep(0.6)
        (project / "notes.txt").write_text("ignored")  # does not matter
        (project / "bug.py").write_text(FIXED)

    threading.Thread(target=edit).start()
    deadline = time.monotonic() + 20
    code = watch_paths(["."], once, Console(quiet=True), backend=backend, interval=0.1,
                       stop=lambda: len(runs) >= 2 or time.monotonic() > deadline)
    assert code == 0 and len(runs) == 2


def test_watch_through_the_cli_until_ctrl_c(project: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    process = subprocess.Popen([sys.executable, "-m", "xentlint", "--watch", "."], cwd=project,
                               env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True)
    try:
        assert _read_until(process, "Found 1 error")
        time.sleep(1)  # the watcher starts after the first run
        (project / "bug.py").write_text(FIXED)
        assert _read_until(process, "All checks passed!")
        (project / "pyproject.toml").write_text('[tool.xentlint]\nselect = ["XL9"]\n')
        time.sleep(3)
        assert process.poll() is None  # a broken config is said, and the watch goes on
    finally:
        process.send_signal(signal.SIGINT)
        process.wait(timeout=20)
    assert process.returncode == 0
    errors = process.stderr.read()  # type: ignore[union-attr]
    assert "changed: checking again" in errors
    assert ("xentlint: error: pyproject.toml: [tool.xentlint] select: unknown rule selector"
            in errors)
    assert cli_run("-", "--watch", input=BUG).exit_code == 2


def _read_until(process: subprocess.Popen, text: str, timeout: float = 30) -> bool:
    result: list[bool] = []

    def read() -> None:
        for line in process.stdout:  # type: ignore[union-attr]
            if text in line:
                result.append(True)
                return

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    reader.join(timeout)
    return bool(result)


def test_the_pre_commit_snippet_names_the_release_tag_and_the_hook() -> None:
    """Releases are tagged v + the version (README): the snippet's rev is the current one."""
    import re

    from xentlint._version import __version__ as version  # pyproject.toml reads it from there
    text = README.read_text(encoding="utf-8")
    snippet = text.split("### pre-commit", 1)[1].split("```", 2)[1]
    rev = re.search(r"^\s*rev: (\S+)$", snippet, re.M)
    # the hook in use, and the one offered in a comment (`# - id: xentlint-fix  # or: ...`)
    hook_ids = re.findall(r"^\s*(?:# )?- id: (\S+)(?:\s+#.*)?$", snippet, re.M)
    assert rev is not None and hook_ids
    assert rev.group(1) == f"v{version}"
    hooks = (REPO / ".pre-commit-hooks.yaml").read_text()
    assert all(f"- id: {hook_id}\n" in hooks for hook_id in hook_ids), hook_ids
    assert "entry: xentlint --force-exclude" in hooks


def test_the_readme_lists_every_option_of_check() -> None:
    usage = README.read_text(encoding="utf-8").split("## Usage", 1)[1].split("\n## ", 1)[0]
    missing = [opt for param in check_command.params for opt in param.opts
               if opt.startswith("--") and opt not in usage]
    assert missing == []
