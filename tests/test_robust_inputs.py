"""Issue 15: no input a user's files or settings contain stops the run.

One test for each input of the issue: what git and Python accept must be checked or skipped
with one clear XL001, in bounded time, while the other files' findings are still reported.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

import xentlint
from xentlint.cli import cli
from xentlint.config import Settings
from xentlint.pipeline import contain, nesting, parse, run
from xentlint.pipeline.discover import SourcePath

BUG = ("import keras\n"
       "model = keras.Sequential([keras.layers.Dense(10, activation='softmax')])\n"
       "model.compile(loss=keras.losses.CategoricalCrossentropy(from_logits=True))\n")
HEAD = "import keras\nmodel.compile(loss='mse')\n"  # passes the prefilter, no finding
REPO = Path(__file__).resolve().parent.parent


def cli_run(*args: str, input: str | bytes | None = None):
    return CliRunner().invoke(cli, list(args), input=input)


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    for name in ("FORCE_COLOR", "NO_COLOR", "XENTLINT_DEBUG", contain.TIME_LIMIT_VARIABLE):
        monkeypatch.delenv(name, raising=False)
    (tmp_path / "bug.py").write_text(BUG)
    return tmp_path


def codes(text: str) -> list[tuple[str, str]]:
    return [(f.code, f.message) for f in xentlint.check_source(text, "t.py")]


# --- settings -------------------------------------------------------------------------------


def test_a_config_that_is_not_utf8_is_one_line(project: Path) -> None:
    (project / "cp1252.toml").write_bytes(b'select = ["XL1"]\n# caf\xe9\n')
    result = cli_run("--config", "cp1252.toml", "bug.py")
    assert result.exit_code == 2
    assert result.stderr == ("xentlint: error: cp1252.toml: invalid TOML: not UTF-8 (byte 0xe9 "
                             "at line 2, column 6)\n")


@pytest.mark.parametrize("value", [",", "", " , XL1"])
def test_an_empty_selector_is_an_error_not_silence(project: Path, value: str) -> None:
    result = cli_run("--select", value, "bug.py")
    assert result.exit_code == 2
    assert result.stderr.startswith("xentlint: error: --select: empty rule selector")
    assert "All checks passed" not in result.output


@pytest.mark.parametrize("directive", ["# noqa: XL1O1", "# noqa: XL",
                                       "# xentlint: ignore[XL1O1]", "# noqa:XL10"])
def test_a_typo_in_a_directive_never_widens_it(directive: str) -> None:
    found = codes(BUG.rstrip("\n") + f"  {directive}\n")
    assert [c for c, _ in found] == ["XL101", "XL002"]
    assert "unknown" in found[1][1]


# --- pathological but valid sources ----------------------------------------------------------

PATHOLOGICAL = {
    "8,000 chained and": "x = " + " and ".join(["a"] * 8000),
    "1,300 nested parentheses": "x = " + "(" * 1300 + "1" + ")" * 1300,
    "1,200 nested calls": "x = " + "f(" * 1200 + "1" + ")" * 1200,
    "6,000 chained attributes": "x = a" + ".b" * 6000,
    "10,000 unary operators": "x = " + "-" * 10000 + "1",
    "5,001-piece implicit concatenation": "x = (" + " ".join(["'a'"] * 5001) + ")",
    "2,900-deep subscript chain": "x = a" + "[0]" * 2900,
    "40 KB one-line expression": "x = " + " + ".join(["a"] * 10000),
    "1,100 nested calls": "x = " + "f(" * 1100 + "1" + ")" * 1100,
}


@pytest.mark.parametrize("source", PATHOLOGICAL.values(), ids=PATHOLOGICAL.keys())
def test_pathological_sources_are_one_clear_xl001_in_bounded_time(source: str) -> None:
    start = time.monotonic()
    found = codes(HEAD + source + "\n")
    assert time.monotonic() - start < 5
    ((code, message),) = found
    assert code == "XL001"
    assert ("too deeply nested to analyse" in message
            or message.startswith("syntax error: too many nested parentheses")), message
    assert "internal error" not in message


@pytest.mark.parametrize(("what", "source"), [
    ("a 3,000-term string concatenation", "s = " + " + ".join(["'ab'"] * 3000)),
    ("1,500 chained attributes", "x = a" + ".b" * 1500),
    ("150 nested calls", "x = " + "f(" * 150 + "1" + ")" * 150),
    ("a 2,000-piece implicit concatenation", "x = (" + " ".join(["'a'"] * 2000) + ")"),
])
def test_long_but_parseable_sources_are_analysed(what: str, source: str) -> None:
    assert [c for c, _ in codes(source + "\n" + BUG)] == ["XL101"], what


def test_a_400_branch_elif_chain_is_analysed_and_exit_zero_means_zero(project: Path) -> None:
    chain = ("def f(x):\n    if x == 0:\n        return 0\n"
             + "".join(f"    elif x == {i}:\n        return {i}\n" for i in range(1, 400)))
    (project / "chain.py").write_text(BUG + chain)
    assert [c for c, _ in codes(BUG + chain)] == ["XL101"]
    (project / "elif2900.py").write_text(
        BUG + "if x == 0:\n    y = 0\n" + "".join(f"elif x == {i}:\n    y = {i}\n"
                                                 for i in range(1, 2900)))
    result = cli_run("chain.py", "elif2900.py", "--exit-zero")
    assert result.exit_code == 0
    assert result.stdout.count("XL101") == 2 and "XL001" not in result.stdout


def test_the_depth_pre_check_reads_what_libcst_reads() -> None:
    assert nesting.too_deep("x = " + " + ".join(["a"] * 2999) + "\n") is None
    deep = nesting.too_deep("y = 1\nx = " + " + ".join(["a"] * 3002) + "\n")
    assert deep is not None and deep.row == 2
    assert nesting.too_deep("x = [" + ", ".join(["a.b.c"] * 5000) + "]\n") is None  # flat
    assert nesting.too_deep("x = " + "lambda: " * 1600 + "1\n") is not None
    assert nesting.too_deep("def f(:\n" + "x = (" * 10) is None  # a syntax error: libcst's


# --- containment ----------------------------------------------------------------------------


def test_a_file_that_crashes_the_parser_is_an_xl001_and_the_run_goes_on(
        project: Path, monkeypatch) -> None:
    """With the pre-check out of the way, libcst really crashes (SIGSEGV) on 8,000 chained
    ``and``s: the worker dies, the file is an internal-error XL001, and the other file is
    checked as usual."""
    monkeypatch.setattr(parse, "too_deep", lambda text: None)  # the worker is forked: it sees this
    crash = project / "crash.py"
    crash.write_text(HEAD + PATHOLOGICAL["8,000 chained and"] + "\n")
    settings = Settings()
    start = time.monotonic()
    found = run.check_files([SourcePath(crash, settings), SourcePath(project / "bug.py", settings)],
                            contained=True)
    assert time.monotonic() - start < 60
    assert [(f.filename, f.code) for f in found] == [("bug.py", "XL101"), ("crash.py", "XL001")]
    assert found[1].message.startswith("internal error while checking this file: its process "
                                       "was killed by SIGSEGV")
    assert parse.is_internal_error(found[1])


def test_a_file_past_the_time_limit_is_an_xl001_and_the_run_goes_on(
        project: Path, monkeypatch) -> None:
    from xentlint.pipeline import analyze

    original = analyze.analyze_module

    def slow(module, filename, *args, **kwargs):
        if filename.endswith("slow.py"):
            time.sleep(30)
        return original(module, filename, *args, **kwargs)

    monkeypatch.setattr(analyze, "analyze_module", slow)
    monkeypatch.setenv(contain.TIME_LIMIT_VARIABLE, "1.5")
    (project / "slow.py").write_text(HEAD)
    start = time.monotonic()
    result = cli_run("slow.py", "bug.py")
    assert time.monotonic() - start < 20
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines[0].startswith("bug.py:3:20: XL101")
    assert lines[1] == ("slow.py:1:1: XL001 not checked: checking it took longer than 1.5 s (the "
                        "per-file time limit; the XENTLINT_FILE_TIMEOUT variable sets it)")


def test_workers_run_in_order_and_replace_the_dead() -> None:
    failures: list[contain.Failure] = []

    def failed(job, failure):
        failures.append(failure)
        return None

    with contain.Workers(_crash_or_double, failed, size=2, limit=2.0) as workers:
        results = list(workers.map([(1,), (-1,), (2,), (0,), (3,)]))
    assert results == [2, None, 4, None, 6]
    assert [f.reason for f in failures] == ["was killed by SIGSEGV", "took longer than 2 s"]
    assert failures[1].timed_out


def _crash_or_double(value: int) -> int:
    if value < 0:
        import ctypes

        ctypes.string_at(0)  # a segmentation fault, as a native crash in libcst
    if value == 0:
        time.sleep(60)
    return value * 2


def test_a_crashing_and_a_deep_file_next_to_a_bug_in_a_real_run(project: Path) -> None:
    """The issue's acceptance test, through the console script: a parser-crashing file (8,000
    chained ands, 1,300 nested parentheses) next to a buggy one, in bounded time."""
    (project / "ands.py").write_text(HEAD + PATHOLOGICAL["8,000 chained and"] + "\n")
    (project / "parens.py").write_text(HEAD + PATHOLOGICAL["1,300 nested parentheses"] + "\n")
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    start = time.monotonic()
    done = subprocess.run([sys.executable, "-m", "xentlint", ".", "--output-format", "json"],
                          cwd=project, capture_output=True, text=True, env=env, timeout=120)
    assert time.monotonic() - start < 60
    assert done.returncode == 1, done.stderr
    found = [(f["filename"], f["code"]) for f in json.loads(done.stdout)]
    assert found == [("ands.py", "XL001"), ("bug.py", "XL101"), ("parens.py", "XL001")]


# --- files and names ------------------------------------------------------------------------


def test_a_non_utf8_file_name_is_escaped_in_text_and_json(project: Path) -> None:
    name = b"caf\xe9.py".decode("utf-8", "surrogateescape")
    try:
        (project / name).write_text(BUG)
    except (OSError, UnicodeEncodeError):
        pytest.skip("the file system does not take non-UTF-8 names")
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    done = subprocess.run([sys.executable, "-m", "xentlint", name, "--output-format", "json"],
                          cwd=project, capture_output=True, env=env, timeout=120)
    (finding,) = json.loads(done.stdout.decode("utf-8"))  # valid UTF-8, valid JSON
    assert finding["filename"] == "caf\\xe9.py"
    text = subprocess.run([sys.executable, "-m", "xentlint", name], cwd=project,
                          capture_output=True, env=env, timeout=120)
    assert text.stdout.decode("utf-8").startswith("caf\\xe9.py:3:20: XL101")


def test_a_missing_path_is_reported_and_the_others_are_checked(project: Path) -> None:
    result = cli_run("missing/", "bug.py")
    assert result.exit_code == 2
    assert result.stderr == "xentlint: error: missing: no such file or directory\n"
    assert result.stdout.startswith("bug.py:3:20: XL101")
    only_missing = cli_run("missing.py")
    assert only_missing.exit_code == 2 and only_missing.stdout == ""


def test_a_missing_path_named_like_a_command_or_a_rule_gets_a_hint(project: Path) -> None:
    result = cli_run("explian", "XL101")
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        "xentlint: error: explian: no such file or directory (did you mean `explain`?)",
        "xentlint: error: XL101: no such file or directory (to read the rule: "
        "`xentlint explain XL101`)",
    ]


def test_rule_is_an_alias_of_explain(project: Path) -> None:
    rule, explain = cli_run("rule", "XL101"), cli_run("explain", "XL101")
    assert rule.exit_code == explain.exit_code == 0
    assert rule.stdout == explain.stdout and rule.stdout.startswith("# XL101")
    assert cli_run("rule", "XL999").exit_code == 2


def test_except_star_bodies_are_analysed() -> None:
    text = ("import keras\ntry:\n    pass\nexcept* ValueError:\n"
            "    model = keras.Sequential([keras.layers.Dense(10, activation='softmax')])\n"
            "    model.compile(loss=keras.losses.CategoricalCrossentropy(from_logits=True))\n")
    assert [c for c, _ in codes(text)] == ["XL101"]
