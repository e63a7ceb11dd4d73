"""The command line: routing, options, output, exit codes, and a real subprocess run."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import xentlint
from xentlint.pipeline import analyze as analysis
from xentlint.cli import cli, main
from xentlint.findings import Edit, Finding, Fix, Related, Span

CLEAN = "import keras\nmodel.compile(loss='mse')\n"
BROKEN = "import keras\nmodel.compile(loss='mse'\n"


def run(*args: str, input: str | bytes | None = None):
    return CliRunner().invoke(cli, list(args), input=input)


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    monkeypatch.delenv("NO_COLOR", raising=False)
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "good.py").write_text(CLEAN)
    return tmp_path


@pytest.fixture
def fake_finding(monkeypatch: pytest.MonkeyPatch) -> Finding:
    """Make the analyzer report one XL101 with evidence and a safe fix on line 2 of each file."""

    def analyze(module, filename, frameworks=None, codes=None, **options):
        return [Finding(
            code="XL101", name="", severity="", message="`loss` applies softmax twice",
            filename=filename, span=Span.of(2, 1, 2, 8),
            related=(Related(filename, Span.of(1, 1, 1, 7), "softmax applied here"),),
            fix=Fix("Set from_logits=False", "safe",
                    (Edit(filename, Span.of(2, 1, 2, 8), "loss"),)),
        )]

    monkeypatch.setattr(analysis, "analyze_module", analyze)


def test_clean_project_passes(project: Path) -> None:
    result = run("src")
    assert result.exit_code == 0, result.output
    assert result.stdout == "All checks passed!\n"


def test_no_arguments_checks_the_current_directory(project: Path) -> None:
    (project / "bad.py").write_text(BROKEN)
    result = run()
    assert result.exit_code == 1
    assert result.stdout.startswith("bad.py:2:14: XL001 ")


def test_check_subcommand_and_default_command_agree(project: Path) -> None:
    (project / "src" / "bad.py").write_text(BROKEN)
    default, explicit = run("src"), run("check", "src")
    assert default.exit_code == explicit.exit_code == 1
    assert default.stdout == explicit.stdout
    assert "src/bad.py:" in default.stdout


def test_text_line_format_and_summary(project: Path) -> None:
    (project / "src" / "bad.py").write_text(BROKEN)
    lines = run("src").stdout.splitlines()
    assert lines == [
        "src/bad.py:2:14: XL001 syntax error: '(' was never closed",
        "Found 1 error.",
    ]


def test_summary_counts_errors_warnings_and_fixable(project: Path, fake_finding) -> None:
    (project / "src" / "other.py").write_text(CLEAN)
    result = run("src")
    assert result.exit_code == 1
    assert "src/good.py:2:1: XL101 [*] `loss` applies softmax twice" in result.stdout
    assert result.stdout.splitlines()[-1] == "Found 2 errors (2 fixable with --fix)."


def test_show_evidence_prints_related_locations_indented(project: Path, fake_finding) -> None:
    lines = run("src/good.py", "-v").stdout.splitlines()
    assert lines[:3] == [
        "src/good.py:2:1: XL101 [*] `loss` applies softmax twice",
        "    src/good.py:1:1: softmax applied here",
        "    help: Set from_logits=False",
    ]


def test_statistics(project: Path, fake_finding) -> None:
    (project / "src" / "bad.py").write_text(BROKEN)
    (project / "src" / "other.py").write_text(CLEAN)
    lines = run("src", "--statistics").stdout.splitlines()
    assert lines[0] == "2  XL101  [*] probabilities-to-logits-loss"
    assert lines[1] == "1  XL001      parse-error"
    assert lines[-1] == "Found 3 errors (2 fixable with --fix)."
    stats = json.loads(run("src", "--statistics", "--output-format", "json").stdout)
    assert stats[0] == {"code": "XL101", "name": "probabilities-to-logits-loss", "count": 2,
                        "fixable": True}


def test_exit_zero(project: Path) -> None:
    (project / "bad.py").write_text(BROKEN)
    result = run("bad.py", "--exit-zero")
    assert result.exit_code == 0
    assert "XL001" in result.stdout


@pytest.mark.parametrize("option", ["--select", "--ignore", "--extend-select"])
def test_bad_selector_is_one_line_exit_2(project: Path, option: str) -> None:
    result = run("src", option, "XL101,XL999")
    assert result.exit_code == 2
    assert result.stderr == f"xentlint: error: {option}: unknown rule selector 'XL999'\n"
    assert result.stdout == ""


def test_select_ignore_prefixes(project: Path, fake_finding) -> None:
    assert run("src", "--ignore", "XL1").exit_code == 0
    assert run("src", "--select", "XL2").exit_code == 0
    assert run("src", "--select", "xl2", "--extend-select", "XL101").exit_code == 1
    assert run("src", "--ignore", "XL1", "--extend-select", "XL101").exit_code == 1


def test_unknown_option_is_one_line_exit_2(project: Path) -> None:
    result = run("--selct", "XL1", "src")
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith("xentlint: error: No such option '--selct'")


def test_missing_path_exit_2(project: Path) -> None:
    result = run("src", "nope.py")
    assert result.exit_code == 2
    assert result.stderr == "xentlint: error: nope.py: no such file or directory\n"


def test_bad_output_format_exit_2(project: Path) -> None:
    result = run("src", "--output-format", "xml")
    assert result.exit_code == 2
    assert "xml" in result.stderr and result.stderr.count("\n") == 1


def test_config_and_isolated_conflict(project: Path) -> None:
    (project / "pyproject.toml").write_text("[tool.xentlint]\n")
    result = run("src", "--config", "pyproject.toml", "--isolated")
    assert result.exit_code == 2
    assert "cannot be used together" in result.stderr


def test_version(project: Path) -> None:
    result = run("--version")
    assert result.exit_code == 0
    assert result.stdout == f"xentlint {xentlint.__version__}\n"
    assert xentlint.__version__[0].isdigit()


def test_stdin_with_filename(project: Path) -> None:
    result = run("-", "--stdin-filename", "pkg/train.py", input=BROKEN)
    assert result.exit_code == 1
    assert result.stdout.startswith("pkg/train.py:2:14: XL001 ")
    result = run("--stdin-filename", "train.py", input=CLEAN)
    assert result.exit_code == 0


def test_stdin_notebook(project: Path) -> None:
    notebook = {"cells": [{"cell_type": "markdown", "source": "hi"},
                          {"cell_type": "code", "source": ["import keras\n", "loss = (\n"]}]}
    result = run("-", "--stdin-filename", "nb.ipynb", input=json.dumps(notebook))
    assert result.exit_code == 1
    assert result.stdout.startswith("nb.ipynb:cell 2:2:8: XL001 ")


def test_stdin_cannot_mix_with_paths(project: Path) -> None:
    result = run("-", "src", input="")
    assert result.exit_code == 2


def test_internal_error_in_one_file_reports_and_exits_2(project: Path, monkeypatch) -> None:
    """... and 0 with --exit-zero, which means 0 whatever was found."""
    def analyze(module, filename, frameworks=None, codes=None, **options):
        if filename.endswith("boom.py"):
            raise KeyError("oops")
        return []

    monkeypatch.setattr(analysis, "analyze_module", analyze)
    (project / "src" / "boom.py").write_text(CLEAN)
    (project / "src" / "bad.py").write_text(BROKEN)
    assert run("src", "--exit-zero").exit_code == 0
    result = run("src")
    assert result.exit_code == 2
    assert ("src/boom.py:1:1: XL001 internal error while analysing this file (KeyError"
            in result.stdout)
    assert "xentlint bug" in result.stdout
    assert "src/bad.py:2:14: XL001 syntax error" in result.stdout  # the run went on


def test_unexpected_exception_exits_2_without_traceback(project: Path, monkeypatch) -> None:
    from xentlint import report

    def broken(*_args, **_kwargs):
        raise RuntimeError("bug")

    monkeypatch.setattr(report, "render", broken)
    result = run("src")
    assert result.exit_code == 2
    assert result.stderr.startswith("xentlint: internal error: RuntimeError: bug")
    assert "Traceback" not in result.output


def test_colour_only_when_forced_and_not_disabled(project: Path, monkeypatch) -> None:
    (project / "bad.py").write_text(BROKEN)
    assert "\033[" not in run("bad.py").stdout  # not a terminal
    monkeypatch.setenv("FORCE_COLOR", "1")
    assert "\033[31mXL001\033[0m" in run("bad.py").stdout
    monkeypatch.setenv("NO_COLOR", "1")
    assert "\033[" not in run("bad.py").stdout


def test_rules_table_and_json(project: Path) -> None:
    result = run("rules")
    assert result.exit_code == 0
    header, *rows = result.stdout.splitlines()
    assert header.split()[:4] == ["CODE", "NAME", "SEVERITY", "FRAMEWORKS"]
    xl101 = next(r for r in rows if r.startswith("XL101"))
    assert "probabilities-to-logits-loss" in xl101 and "keras torch jax tf" in xl101
    rules = json.loads(run("rules", "--output-format", "json").stdout)
    by_code = {r["code"]: r for r in rules}
    assert by_code["XL001"]["frameworks"] == []
    assert by_code["XL101"]["severity"] == "error"
    assert set(by_code["XL101"]) == {"code", "name", "severity", "frameworks", "summary", "url"}


def test_explain(project: Path) -> None:
    result = run("explain", "xl101")
    assert result.exit_code == 0
    assert result.stdout.startswith("# XL101")
    assert "---" not in result.stdout.splitlines()[0]
    assert run("explain", "probabilities-to-logits-loss").stdout == result.stdout
    missing = run("explain", "XL999")
    assert missing.exit_code == 2
    assert missing.stderr.startswith("xentlint: error: unknown rule 'XL999'")


def test_main_returns_exit_code(project: Path, capsys) -> None:
    assert main(["src"]) == 0
    assert main(["--no-such-option"]) == 2
    assert capsys.readouterr().err.startswith("xentlint: error:")


def test_console_script_in_a_subprocess(project: Path) -> None:
    script = shutil.which("xentlint")
    if script is None:
        pytest.skip("the xentlint console script is not installed")
    (project / "src" / "bad.py").write_text(BROKEN)
    env = {k: v for k, v in os.environ.items() if k not in ("FORCE_COLOR", "NO_COLOR")}
    done = subprocess.run([script, "src", "--output-format", "json"], capture_output=True,
                          text=True, cwd=project, env=env, timeout=120)
    assert done.returncode == 1, done.stderr
    assert [f["filename"] for f in json.loads(done.stdout)] == ["src/bad.py"]
    version = subprocess.run([script, "--version"], capture_output=True, text=True, timeout=60)
    assert version.stdout.strip() == f"xentlint {xentlint.__version__}"


def test_python_m_xentlint_does_not_import_libcst_for_version() -> None:
    code = ("import sys, runpy; sys.argv = ['xentlint', '--version']\n"
            "try:\n    runpy.run_module('xentlint', run_name='__main__')\n"
            "except SystemExit:\n    pass\n"
            "print('libcst' in sys.modules, 'numpy' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60)
    assert done.stdout.splitlines()[-1] == "False False", done.stderr
