"""The hooks of .pre-commit-hooks.yaml, run by the real pre-commit, offline.

A git repository holding this checkout (with a real commit) is the hook repository; a second one
is a user's project whose .pre-commit-config.yaml names it by path and commit, as a user names
the GitHub repository. pre-commit then does what it does for any user: clone the hook
repository, make a virtualenv and ``pip install .`` into it, and run the hook on the staged
files.

Offline: pip must not reach an index. Every wheel that the install needs comes from this
machine: the packages xentlint depends on are already installed here (``pip install -e
.[test]``), so each is packed back into a wheel from its installed files and RECORD, and the
build backend is the setuptools wheel that virtualenv (a dependency of pre-commit) ships. pip
gets ``PIP_NO_INDEX`` and ``PIP_FIND_LINKS`` pointing at that wheelhouse, and virtualenv its
embedded seed wheels with no update check, so nothing is downloaded and a missing wheel fails
the test instead of silently reaching the network.
"""

from __future__ import annotations

import base64
import csv
import hashlib
import importlib.util
import io
import os
import shutil
import subprocess
import sys
import zipfile
from importlib import metadata
from pathlib import Path

import pytest

import yaml
from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parent.parent
HOOK_REPOSITORY_FILES = ("pyproject.toml", "README.md", ".pre-commit-hooks.yaml", "xentlint",
                         "rules")

BUGGY = '''import keras
from keras import layers

model = keras.Sequential([layers.Dense(10, activation="softmax")])
model.compile(loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True))
'''
FIXED = BUGGY.replace("from_logits=True", "from_logits=False")


# --- a wheelhouse from what is installed ------------------------------------------------------


def _dependencies() -> list[str]:
    """The checkout's own ``[project] dependencies`` (what ``pip install .`` will ask for)."""
    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10
        import tomli as tomllib  # type: ignore[no-redef]

    return tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["dependencies"]


def _requirements_closure(requirements: list[str]) -> list[metadata.Distribution]:
    """The installed distributions that ``requirements`` need on this Python (markers
    evaluated), dependencies of dependencies included."""
    found: dict[str, metadata.Distribution] = {}
    pending = [Requirement(r) for r in requirements]
    while pending:
        requirement = pending.pop()
        if requirement.marker is not None and not requirement.marker.evaluate({"extra": ""}):
            continue
        key = requirement.name.lower().replace("_", "-")
        if key in found:
            continue
        found[key] = distribution = metadata.distribution(requirement.name)
        pending += [Requirement(r) for r in distribution.requires or []]
    return list(found.values())


def _record_hash(data: bytes) -> str:
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    return f"sha256={digest}"


def _wheel_from_installed(distribution: metadata.Distribution, directory: Path) -> Path:
    """Pack an installed distribution back into the wheel it was installed from (its files in
    site-packages, per RECORD; scripts and caches left out; a fresh RECORD)."""
    wheel_info = distribution.read_text("WHEEL")
    files = distribution.files
    assert wheel_info and files, f"{distribution.metadata['Name']} was not installed from a wheel"
    tags = [line.split(":", 1)[1].strip() for line in wheel_info.splitlines()
            if line.startswith("Tag:")]
    parts = ([".".join(dict.fromkeys(tag.split("-")[i] for tag in tags)) for i in range(3)])
    name = distribution.metadata["Name"].replace("-", "_")
    path = directory / f"{name}-{distribution.version}-{'-'.join(parts)}.whl"
    dist_info = next(f.parts[0] for f in files if f.parts[0].endswith(".dist-info"))
    record = io.StringIO()
    writer = csv.writer(record, lineterminator="\n")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as wheel:
        for file in files:
            relative = file.as_posix()
            if (relative.startswith("..") or "__pycache__" in file.parts
                    or relative in {f"{dist_info}/{n}" for n in ("RECORD", "INSTALLER",
                                                                  "REQUESTED", "direct_url.json")}):
                continue
            data = Path(str(distribution.locate_file(file))).read_bytes()
            wheel.writestr(relative, data)
            writer.writerow([relative, _record_hash(data), len(data)])
        writer.writerow([f"{dist_info}/RECORD", "", ""])
        wheel.writestr(f"{dist_info}/RECORD", record.getvalue())
    return path


def _setuptools_wheel(directory: Path) -> None:
    """The build backend: the setuptools wheel virtualenv embeds, else the installed one."""
    import virtualenv

    embedded = sorted((Path(virtualenv.__file__).parent / "seed" / "wheels" / "embed")
                      .glob("setuptools-*.whl"),
                      key=lambda p: tuple(int(x) for x in p.name.split("-")[1].split(".")
                                          if x.isdigit()))
    if embedded:
        shutil.copy(embedded[-1], directory)
    else:
        _wheel_from_installed(metadata.distribution("setuptools"), directory)


def _wheelhouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("wheelhouse")
    for distribution in _requirements_closure(_dependencies()):
        _wheel_from_installed(distribution, directory)
    _setuptools_wheel(directory)
    return directory


# --- the repositories -------------------------------------------------------------------------


def git(*args: str, cwd: Path) -> str:
    return subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True,
                          text=True).stdout.strip()


def _init(directory: Path) -> None:
    directory.mkdir()
    git("init", "-q", cwd=directory)
    git("config", "user.email", "test@example.com", cwd=directory)
    git("config", "user.name", "test", cwd=directory)
    git("config", "commit.gpgsign", "false", cwd=directory)


@pytest.fixture(scope="module")
def hook_repository(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """This checkout, as it is on disk, committed into a repository of its own."""
    if importlib.util.find_spec("pre_commit") is None:
        pytest.skip("pre-commit is not installed (it is in the test extra)")
    repository = tmp_path_factory.mktemp("hooks") / "xentlint"
    _init(repository)
    ignored = shutil.ignore_patterns("__pycache__", "*.pyc")
    for name in HOOK_REPOSITORY_FILES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, repository / name, ignore=ignored)
        else:
            shutil.copy(source, repository / name)
    git("add", "-A", cwd=repository)
    git("commit", "-q", "-m", "xentlint under test", cwd=repository)
    return repository, git("rev-parse", "HEAD", cwd=repository)


def test_the_readme_snippet_names_the_hooks_as_the_hook_file_defines_them() -> None:
    hooks = {hook["id"]: hook for hook in yaml.safe_load(
        (ROOT / ".pre-commit-hooks.yaml").read_text("utf-8"))}
    assert set(hooks) == {"xentlint", "xentlint-fix"}
    assert hooks["xentlint"]["entry"] == "xentlint --force-exclude"
    assert hooks["xentlint-fix"]["entry"] == "xentlint --force-exclude --fix"
    readme = (ROOT / "README.md").read_text("utf-8")
    snippet = readme.split("### pre-commit\n\n```yaml\n", 1)[1].split("```", 1)[0]
    config = yaml.safe_load(snippet.replace("# - id:", "- id:"))  # the commented alternative
    [repo] = config["repos"]
    assert repo["repo"] == "https://github.com/xentlint/xentlint"
    assert [hook["id"] for hook in repo["hooks"]] == ["xentlint", "xentlint-fix"]


@pytest.fixture
def pre_commit(tmp_path: Path, hook_repository: tuple[Path, str],
               tmp_path_factory: pytest.TempPathFactory):
    """``pre_commit(*args)`` in a new project that uses both hooks; returns (code, output)."""
    wheelhouse = _wheelhouse(tmp_path_factory)
    repository, rev = hook_repository
    project = tmp_path / "project"
    _init(project)
    (project / ".pre-commit-config.yaml").write_text(
        "repos:\n"
        f"  - repo: {repository.as_posix()}\n"
        f"    rev: {rev}\n"
        "    hooks:\n"
        "      - id: xentlint\n"
        "      - id: xentlint-fix\n")
    git("add", ".pre-commit-config.yaml", cwd=project)
    environment = {
        **os.environ,
        "PRE_COMMIT_HOME": str(tmp_path.parent / "pre-commit-home"),  # shared by this module
        "PIP_CONFIG_FILE": os.devnull,  # no machine or user pip configuration
        "PIP_NO_INDEX": "1",
        "PIP_FIND_LINKS": str(wheelhouse),
        "PIP_DISABLE_PIP_VERSION_CHECK": "1",
        "VIRTUALENV_NO_PERIODIC_UPDATE": "1",
        "VIRTUALENV_NO_DOWNLOAD": "1",
        "NO_COLOR": "1",
    }
    for variable in ("PYTHONPATH", "PIP_INDEX_URL", "PIP_EXTRA_INDEX_URL", "FORCE_COLOR"):
        environment.pop(variable, None)

    def run(*args: str) -> tuple[int, str]:
        result = subprocess.run([sys.executable, "-m", "pre_commit", *args, "--color", "never"],
                                cwd=project, env=environment, capture_output=True, text=True,
                                timeout=600)
        return result.returncode, result.stdout + result.stderr

    run.project = project  # type: ignore[attr-defined]
    return run


def test_the_hooks_fail_on_a_bug_pass_on_the_fix_and_fix_files(pre_commit) -> None:
    project = pre_commit.project
    train = project / "train.py"

    train.write_text(BUGGY)
    git("add", "train.py", cwd=project)
    code, output = pre_commit("run", "xentlint")
    assert code == 1, output
    assert "train.py:5:20: XL101 [*]" in output and "Failed" in output

    train.write_text(FIXED)
    git("add", "train.py", cwd=project)
    code, output = pre_commit("run", "xentlint")
    assert code == 0, output
    assert "Passed" in output

    train.write_text(BUGGY)
    git("add", "train.py", cwd=project)
    code, output = pre_commit("run", "xentlint-fix")
    assert code == 1, output
    assert "files were modified by this hook" in output
    assert train.read_text() == FIXED
    git("add", "train.py", cwd=project)
    code, output = pre_commit("run", "xentlint-fix")
    assert code == 0, output
