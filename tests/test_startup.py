"""`xentlint --version` starts fast and tells the truth: the version comes from
``xentlint/_version.py`` (no package metadata is read), the script's entry point answers it
before click and the commands are imported, and what it prints is the version of the
installed distribution, for the editable install and for a wheel built from this tree."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from importlib.metadata import version
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def _env(*paths: Path) -> dict[str, str]:
    return dict(os.environ, PYTHONPATH=os.pathsep.join(
        [*map(str, paths), str(REPO), *filter(None, [os.environ.get("PYTHONPATH")])]))


def test_version_is_the_installed_distributions() -> None:
    done = subprocess.run([sys.executable, "-m", "xentlint", "--version"], env=_env(),
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"xentlint {version('xentlint')}\n"


def test_version_is_answered_before_click_and_the_commands() -> None:
    code = ("import sys\nfrom xentlint.__main__ import main\nsys.argv = ['xentlint', '--version']\n"
            "code = main()\nprint(code, sorted(m for m in ('click', 'libcst', 'xentlint.cli', "
            "'xentlint.config', 'importlib.metadata') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], env=_env(), capture_output=True,
                          text=True, timeout=60)
    assert done.stdout.splitlines() == [f"xentlint {version('xentlint')}", "0 []"], done.stderr


def test_any_other_arguments_go_to_click(capsys) -> None:
    from xentlint.__main__ import main

    assert main(["--version", "--help"]) == 0  # click's eager --version, as before
    assert main(["rules", "--output-format", "json"]) == 0
    assert '"code": "XL101"' in capsys.readouterr().out


def test_a_wheel_says_its_own_version(tmp_path: Path) -> None:
    """The wheel is built offline from a copy of this tree (the build reads _version.py),
    unpacked, and its console script is run the way the installed script runs it."""
    source = tmp_path / "source"
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(REPO / name, source / name)
    for name in ("xentlint", "rules"):
        shutil.copytree(REPO / name, source / name,
                        ignore=shutil.ignore_patterns("__pycache__"))
    wheels = tmp_path / "wheels"
    build = ("import sys\nfrom setuptools import build_meta\n"
             "print(build_meta.build_wheel(sys.argv[1]))")
    built = subprocess.run([sys.executable, "-c", build, str(wheels)], cwd=source,
                           capture_output=True, text=True, timeout=300)
    assert built.returncode == 0, built.stderr[-3000:]
    wheel = wheels / built.stdout.strip().splitlines()[-1]
    unpacked = tmp_path / "site"
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(unpacked)
    from xentlint._version import __version__

    assert wheel.name.startswith(f"xentlint-{__version__}-")
    script = ("import sys\nfrom importlib.metadata import distribution\n"
              "dist = distribution('xentlint')\n"
              "assert str(dist.locate_file('xentlint')).startswith(sys.argv[1]), dist\n"
              "(entry,) = [e for e in dist.entry_points if e.name == 'xentlint']\n"
              "print(entry.value)\nprint('metadata', dist.version)\n"
              "sys.argv = ['xentlint', '--version']\nsys.exit(entry.load()())")
    done = subprocess.run([sys.executable, "-c", script, str(unpacked)],
                          env=_env(unpacked), capture_output=True, text=True, timeout=60,
                          cwd=tmp_path)
    assert done.returncode == 0, done.stderr[-3000:]
    entry, metadata, printed = done.stdout.splitlines()
    assert entry == "xentlint.__main__:main"
    assert metadata == f"metadata {__version__}"
    assert printed == f"xentlint {__version__}"
