"""File discovery: suffixes, default excludes, environments, .gitignore, explicit paths."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from xentlint.config import ConfigResolver
from xentlint.pipeline.discover import DiscoveryError, discover
from xentlint.pipeline.gitignore import GitIgnore, parse_gitignore


def touch(root: Path, *names: str) -> None:
    for name in names:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x = 1\n")


def found(root: Path, *paths: str | Path, force_exclude: bool = False,
          resolver: ConfigResolver | None = None) -> list[str]:
    sources = discover(paths or (root,), resolver or ConfigResolver(isolated=True),
                       force_exclude=force_exclude)
    return sorted(s.path.relative_to(root).as_posix() for s in sources)


def test_python_files_and_notebooks_only(tmp_path: Path) -> None:
    touch(tmp_path, "a.py", "b.ipynb", "c.txt", "d.pyi", "pkg/e.py", "pkg/f.pyc")
    assert found(tmp_path) == ["a.py", "b.ipynb", "pkg/e.py"]


def test_default_excludes(tmp_path: Path) -> None:
    touch(tmp_path, "keep.py", ".git/hook.py", "__pycache__/m.py", "build/m.py", "dist/m.py",
          "node_modules/m.py", ".tox/m.py", ".nox/m.py", "lib/site-packages/m.py",
          "pkg.egg-info/m.py", ".ipynb_checkpoints/nb-checkpoint.ipynb", "src/build/m.py")
    assert found(tmp_path) == ["keep.py"]


def test_virtual_environments_are_skipped_by_marker(tmp_path: Path) -> None:
    touch(tmp_path, "keep.py", "myenv/pyvenv.cfg", "myenv/lib/m.py", "conda/conda-meta/x.py",
          "conda/lib/m.py")
    assert found(tmp_path) == ["keep.py"]


def test_config_excludes(tmp_path: Path) -> None:
    touch(tmp_path, "keep.py", "generated/m.py", "a/generated/m.py", "scratch/m.py",
          "src/scratch/m.py")
    (tmp_path / "pyproject.toml").write_text(
        '[tool.xentlint]\nextend-exclude = ["generated", "/scratch"]\n')
    assert found(tmp_path, resolver=ConfigResolver()) == ["keep.py", "src/scratch/m.py"]


def test_gitignore_outside_git(tmp_path: Path) -> None:
    touch(tmp_path, "keep.py", "out/m.py", "logs.py", "data/keep_me.py", "data/drop.py",
          "deep/a/tmp_x.py", "only_dir.py", "sub/local.py", "sub/other.py")
    (tmp_path / ".gitignore").write_text(
        "# comment\nout/\nlogs.py\ndata/*\n!data/keep_me.py\n**/tmp_*.py\nonly_dir.py/\n")
    (tmp_path / "sub" / ".gitignore").write_text("local.py\n")
    assert found(tmp_path) == ["data/keep_me.py", "keep.py", "only_dir.py", "sub/other.py"]


def test_gitignore_of_parent_directories_inside_a_git_work_tree(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "info").mkdir()
    (tmp_path / ".git" / "info" / "exclude").write_text("private.py\n")
    (tmp_path / ".gitignore").write_text("src/generated/\n")
    touch(tmp_path, "src/keep.py", "src/generated/m.py", "src/private.py")
    assert found(tmp_path, tmp_path / "src") == ["src/keep.py"]


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_agrees_with_git_check_ignore(tmp_path: Path) -> None:
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    names = ["a.py", "b/c.py", "b/d/e.py", "f/g.py", "h.py", "x/y/z.py", "x/keep.py"]
    touch(tmp_path, *names)
    (tmp_path / ".gitignore").write_text("/a.py\nb/**/e.py\nf\n*.py\n!*keep.py\n!b/c.py\n")
    done = subprocess.run(["git", "ls-files", "--others", "--exclude-standard"], cwd=tmp_path,
                          capture_output=True, text=True, check=True)
    expected = sorted(p for p in done.stdout.split() if p.endswith(".py"))
    assert found(tmp_path) == expected


def test_explicit_file_is_checked_even_when_excluded(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)  # the default settings are anchored at the working directory
    touch(tmp_path, "build/m.py", "ignored.py")
    (tmp_path / ".gitignore").write_text("ignored.py\n")
    assert found(tmp_path, tmp_path / "build" / "m.py", tmp_path / "ignored.py") == [
        "build/m.py", "ignored.py"]
    assert found(tmp_path, tmp_path / "build" / "m.py", tmp_path / "ignored.py",
                 force_exclude=True) == []


def test_explicit_file_without_suffix_is_checked(tmp_path: Path) -> None:
    touch(tmp_path, "script")
    assert found(tmp_path, tmp_path / "script") == ["script"]


def test_explicit_directory_is_walked_even_when_excluded(tmp_path: Path) -> None:
    touch(tmp_path, "build/m.py")
    assert found(tmp_path, tmp_path / "build") == ["build/m.py"]
    assert found(tmp_path, tmp_path / "build", force_exclude=True) == []


def test_missing_path_raises(tmp_path: Path) -> None:
    with pytest.raises(DiscoveryError, match="no such file or directory"):
        discover([tmp_path / "nope.py"], ConfigResolver(isolated=True))


def test_duplicates_are_removed(tmp_path: Path) -> None:
    touch(tmp_path, "a.py")
    assert found(tmp_path, tmp_path, tmp_path / "a.py", tmp_path) == ["a.py"]


def test_directory_named_like_a_python_file_is_walked(tmp_path: Path) -> None:
    (tmp_path / "x.py").mkdir()
    assert found(tmp_path) == []
    touch(tmp_path, "x.py/inner.py")
    assert found(tmp_path) == ["x.py/inner.py"]
    assert found(tmp_path, tmp_path / "x.py") == ["x.py/inner.py"]


def test_symlinked_directories_are_not_followed(tmp_path: Path) -> None:
    touch(tmp_path, "real/m.py")
    os.symlink(tmp_path / "real", tmp_path / "link")
    os.symlink(tmp_path, tmp_path / "real" / "loop")
    assert found(tmp_path) == ["real/m.py"]


def test_broken_symlinks_are_kept_to_be_reported(tmp_path: Path) -> None:
    os.symlink(tmp_path / "missing.py", tmp_path / "dangling.py")
    os.symlink(tmp_path / "missing.txt", tmp_path / "dangling.txt")
    assert found(tmp_path) == ["dangling.py"]


def test_each_file_gets_the_settings_of_its_project(tmp_path: Path) -> None:
    touch(tmp_path, "a.py", "sub/b.py")
    (tmp_path / "sub" / "pyproject.toml").write_text('[tool.xentlint]\nignore = ["XL1"]\n')
    sources = {s.path.name: s.settings for s in discover([tmp_path], ConfigResolver())}
    assert "XL101" in sources["a.py"].enabled
    assert "XL101" not in sources["b.py"].enabled


@pytest.mark.parametrize(("pattern", "path", "is_dir", "ignored"), [
    ("*.py", "a/b.py", False, True),
    ("/a.py", "a.py", False, True),
    ("/a.py", "sub/a.py", False, False),
    ("doc/", "doc", True, True),
    ("doc/", "doc", False, False),
    ("a/**/b.py", "a/x/y/b.py", False, True),
    ("a/**/b.py", "a/b.py", False, True),
    ("**/gen", "x/gen", True, True),
    ("\\#x.py", "#x.py", False, True),
    ("x.py\\ ", "x.py ", False, True),
    ("x?.py", "x1.py", False, True),
    ("x[0-9].py", "xa.py", False, False),
])
def test_gitignore_patterns(tmp_path: Path, pattern: str, path: str, is_dir: bool,
                            ignored: bool) -> None:
    (tmp_path / ".gitignore").write_text(pattern + "\n")
    assert GitIgnore().is_ignored(tmp_path / path, is_dir, (tmp_path,)) is ignored


def test_gitignore_parser_skips_comments_and_blank_lines() -> None:
    rules = parse_gitignore("# c\n\n   \n!keep\nx/\n")
    assert [(r.negated, r.dir_only) for r in rules] == [(True, False), (False, True)]
