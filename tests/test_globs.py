"""Patterns as git reads them: ``.gitignore`` lines (bad ones skipped with one warning, as git
skips them), config globs (a bad one is a ConfigError naming the key and the pattern), POSIX
classes, and discovery that never raises on any line or glob hypothesis writes."""

from __future__ import annotations

import json
import shutil
import subprocess
import warnings
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from xentlint.cli import cli
from xentlint.config import ConfigError, ConfigResolver
from xentlint.globs import GlobError, PathPattern, compile_glob, translate
from xentlint.pipeline.discover import discover
from xentlint.pipeline.gitignore import GitIgnore, parse_gitignore

FAST = settings(max_examples=150, deadline=None, database=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture])
BUG = ("import keras\nmodel = keras.Sequential([keras.layers.Dense(10, activation='softmax')])\n"
       "model.compile(loss=keras.losses.CategoricalCrossentropy(from_logits=True))\n")

# Pattern, names, and whether git 2.39 ignores each (checked by test_agrees_with_git below).
GIT_CASES = [
    ("[z-a].tmp", {"z.tmp": True, "a.tmp": False, "[z-a].tmp": False}),
    ("foo[]bar", {"foo]bar": False, "foobar": False, "foo[]bar": False}),
    ("[[:alpha:]]x.py", {"ax.py": True, "1x.py": False, ":x.py": False, "[x.py": False}),
    ("[[:bogus:]]x", {"ax": False, "bx": False}),
    ("[z-ab].py", {"b.py": True, "c.py": False, "z.py": True}),
    ("[!z-a].py", {"b.py": True, "z.py": False}),
    ("[]a].py", {"].py": True, "a.py": True, "b.py": False}),
    ("x\\", {"x": False, "x\\": False}),
    ("a**b", {"ab": True, "axb": True}),
    ("[a-]x", {"ax": True, "-x": True, "bx": False}),
    ("foo[bar", {"foo[bar": False, "foob": False}),
    ("[[:alpha:]-z]", {"a": True, "-": True, "z": True, "1": False}),
    ("[[:alpha]x", {"ax": True, "[x": True, ":x": True, "x": False, "hx": True, "bx": False}),
    ("[\\]]x", {"]x": True, "\\x": False}),
    ("[a-c-e]", {"b": True, "-": True, "e": True, "d": False}),
    ("[[:space:]]x", {" x": True, "ax": False}),
    ("[^a]x", {"bx": True, "ax": False, "^x": True}),
    ("[a\\-z]x", {"bx": False, "-x": True, "zx": True}),
    ("[[.a.]]x", {"a]x": True, "ax": False}),
    ("x[*]", {"x*": True, "xa": False}),
    ("[[:digit:][:upper:]]", {"7": True, "Q": True, "q": False}),
    ("[[:punct:]]", {"!": True, "a": False, "_": True}),
]


def _ignored(pattern: str, name: str, tmp_path: Path) -> bool:
    (tmp_path / ".gitignore").write_text(pattern + "\n")
    return GitIgnore().is_ignored(tmp_path / name, False, (tmp_path,))


@pytest.mark.parametrize(("pattern", "names"), GIT_CASES, ids=[p for p, _ in GIT_CASES])
def test_matches_as_git_does(tmp_path: Path, pattern: str, names: dict[str, bool]) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no FutureWarning from `re` on `[[`
        assert {name: _ignored(pattern, name, tmp_path) for name in names} == names


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_agrees_with_git(tmp_path: Path) -> None:
    """The table above is git's answer (git check-ignore --no-index), not ours."""
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    for pattern, names in GIT_CASES:
        (tmp_path / ".gitignore").write_text(pattern + "\n")
        for name, expected in names.items():
            done = subprocess.run(["git", "check-ignore", "-q", "--no-index", "--", f"./{name}"],
                                  cwd=tmp_path, capture_output=True)
            assert (done.returncode == 0) is expected, (pattern, name)


def test_a_line_git_never_matches_is_skipped_with_one_warning(tmp_path: Path) -> None:
    (tmp_path / ".gitignore").write_text("foo[]bar\n[[:bogus:]]\nskip.py\nend\\\n")
    (tmp_path / "skip.py").write_text("x = 1\n")
    (tmp_path / "keep.py").write_text("x = 1\n")
    warned: list[str] = []
    sources = discover([tmp_path], ConfigResolver(isolated=True), warn=warned.append)
    assert [s.path.name for s in sources] == ["keep.py"]
    assert len(warned) == 3
    assert warned[0].endswith(".gitignore:1: the pattern `foo[]bar` can never match (the `[` "
                              "at position 4 is never closed); it is skipped, as git skips it")
    assert "`[:bogus:]` is not a character class" in warned[1]
    assert "lone backslash" in warned[2]


def test_gitignore_is_read_as_git_reads_it() -> None:
    """Split at \\n only (a form feed is part of a name), CRLF and a BOM dropped, trailing
    spaces but not tabs dropped, bytes that are not UTF-8 kept as file names keep them."""
    rules = parse_gitignore("\ufeffa.py\r\nb\x0cc.py\nd.py\t\ne.py  \n\udcff.py\n")
    assert [r.regex.pattern for r in rules] == [
        translate(p) + r"\Z" for p in ("a.py", "b\x0cc.py", "d.py\t", "e.py", "\udcff.py")]


def test_non_utf8_gitignore_matches_the_same_bytes_in_file_names(tmp_path: Path) -> None:
    (tmp_path / ".gitignore").write_bytes(b"caf\xe9.py\n")
    name = b"caf\xe9.py".decode("utf-8", "surrogateescape")
    try:
        (tmp_path / name).write_text("x = 1\n")
    except (OSError, UnicodeEncodeError):
        pytest.skip("the file system does not take non-UTF-8 names")
    assert discover([tmp_path], ConfigResolver(isolated=True)) == []


def test_the_cli_warns_once_and_checks_the_rest(tmp_path: Path, monkeypatch) -> None:
    """The pre-commit hook passes --force-exclude: a bad .gitignore line must not block it."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".gitignore").write_text("[z-a].tmp\nfoo[]bar\n")
    (tmp_path / "bug.py").write_text(BUG)
    result = CliRunner().invoke(cli, ["--force-exclude", "bug.py", "."])
    assert result.exit_code == 1, result.output
    assert result.stderr.count("warning:") == 1
    assert "`foo[]bar` can never match" in result.stderr
    assert result.stdout.startswith("bug.py:3:20: XL101")


@pytest.mark.parametrize(("pattern", "reason"), [
    ("a[z-a]", "the range `z-a` is reversed"),
    ("foo[", "the `[` at position 4 is never closed"),
    ("x[[:nope:]]", "`[:nope:]` is not a character class"),
    ("end\\", "it ends with a lone backslash"),
])
@pytest.mark.parametrize("key", ["exclude", "extend-exclude", "per-file-ignores"])
def test_a_bad_config_glob_is_a_config_error_with_key_and_pattern(
        tmp_path: Path, monkeypatch, pattern: str, reason: str, key: str) -> None:
    monkeypatch.chdir(tmp_path)
    quoted = json.dumps(pattern)
    value = f"{{ {quoted} = ['XL1'] }}" if key == "per-file-ignores" else f"[{quoted}]"
    (tmp_path / "pyproject.toml").write_text(f"[tool.xentlint]\n{key} = {value}\n")
    with pytest.raises(ConfigError) as error:
        ConfigResolver().settings_for(tmp_path / "a.py")
    assert str(error.value).startswith(f"pyproject.toml: [tool.xentlint] {key}: invalid "
                                       f"pattern {pattern!r}: {reason}")


def test_config_globs_take_posix_classes() -> None:
    assert PathPattern("[[:digit:]]*.py").matches(("7up.py",))
    assert not PathPattern("[[:digit:]]*.py").matches(("seven.py",))
    with pytest.raises(GlobError):
        compile_glob("[z-a]", strict=True)
    assert compile_glob("[z-a]").match("z")  # git's reading, for .gitignore


_GLOB_ALPHABET = st.sampled_from(list("ab/.*?[]!^-:\\ z") + ["[:alpha:]", "[:x:]", "**", "\udcff"])
_GLOBS = st.lists(_GLOB_ALPHABET, max_size=12).map("".join)


@FAST
@given(lines=st.lists(st.one_of(_GLOBS, st.text(max_size=12)), max_size=6))
def test_discovery_never_raises_on_any_gitignore(tmp_path_factory, lines: list[str]) -> None:
    root = tmp_path_factory.mktemp("ignore")
    (root / "sub").mkdir()
    for name in ("a.py", "sub/b.py", "[x].py"):
        (root / name).write_text("x = 1\n")
    (root / ".gitignore").write_bytes("\n".join(lines).encode("utf-8", "surrogateescape"))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        found = discover([root], ConfigResolver(isolated=True), warn=lambda _: None)
        discover([root / "a.py"], ConfigResolver(isolated=True), force_exclude=True)
    assert {s.path.name for s in found} <= {"a.py", "b.py", "[x].py"}


@FAST
@given(patterns=st.lists(st.one_of(_GLOBS, st.text(max_size=10)), min_size=1, max_size=4))
def test_discovery_never_raises_on_any_config_glob(tmp_path_factory, patterns: list[str]) -> None:
    """A glob is accepted or a ConfigError; nothing else escapes."""
    root = tmp_path_factory.mktemp("config")
    (root / "a.py").write_text("x = 1\n")
    if any("\udcff" in p for p in patterns):
        patterns = [p.replace("\udcff", "\u00ff") for p in patterns]  # TOML is UTF-8
    table = ", ".join(f"{json.dumps(p)} = ['XL1']" for p in patterns)
    (root / "pyproject.toml").write_text(
        f"[tool.xentlint]\nextend-exclude = {json.dumps(patterns)}\n"
        f"per-file-ignores = {{ {table} }}\n", encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        try:
            resolver = ConfigResolver()
            sources = discover([root], resolver)
            for source in sources:
                source.settings.enabled_for(source.path)
        except ConfigError as error:
            assert "invalid pattern" in str(error) or "invalid TOML" in str(error)
