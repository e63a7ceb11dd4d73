"""The benchmark's corpora (shared/spec/bench.md), fetched and built once, cached outside the repo.

- ``transformers`` 5.23.0: the PyPI wheel (``pip download --no-deps``), unpacked; or a tree
  already unpacked (``--transformers DIR``);
- the installed ``keras`` and ``torch`` packages' own sources (found without importing them);
- the fixed, seeded 200-file sample of transformers that TorchFix and xentlint both check;
- the scaling series: a base set of files repeated 1×, 2×, 4× under distinct paths;
- a working copy for the warm and one-file-edit runs (the original is never written).

Copies are hard links where the file system allows it (a tree of 4× transformers costs no
space); a file the benchmark edits is always a real copy.
"""

from __future__ import annotations

import importlib.util
import os
import random
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

TRANSFORMERS_VERSION = "5.23.0"
CACHE_VARIABLE = "XENTLINT_BENCH_DIR"


def cache_dir(given: str | None) -> Path:
    """``--corpus-dir``, else ``$XENTLINT_BENCH_DIR``, else ``~/.cache/xentlint-bench``."""
    chosen = given or os.environ.get(CACHE_VARIABLE) or Path.home() / ".cache" / "xentlint-bench"
    path = Path(chosen).expanduser().resolve()
    path.mkdir(parents=True, exist_ok=True)
    return path


def python_files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*.py") if "__pycache__" not in p.parts)


def transformers(cache: Path, given: str | None, *, download: bool) -> Path | None:
    """The unpacked ``transformers`` package: ``given``, else the cached one, else fetched with
    ``pip download`` (when ``download``); None when there is none."""
    if given:
        return Path(given).resolve()
    target = cache / f"transformers-{TRANSFORMERS_VERSION}"
    package = target / "transformers"
    if package.is_dir():
        return package
    if not download:
        return None
    wheels = cache / "wheels"
    wheels.mkdir(exist_ok=True)
    subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:",
                    "--disable-pip-version-check", "-d", str(wheels),
                    f"transformers=={TRANSFORMERS_VERSION}"], check=True)
    (wheel,) = wheels.glob(f"transformers-{TRANSFORMERS_VERSION}-*.whl")
    partial = target.with_name(target.name + ".partial")
    shutil.rmtree(partial, ignore_errors=True)
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(partial, [n for n in archive.namelist()
                                     if n.startswith("transformers/")])
    partial.rename(target)
    return package


def installed(name: str) -> Path | None:
    """The source directory of an installed package, found without importing it."""
    try:
        spec = importlib.util.find_spec(name)
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))).resolve()


def _link(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.link(source, target)
    except OSError:
        shutil.copyfile(source, target)


def tree(cache: Path, name: str, files: list[tuple[Path, Path]]) -> Path:
    """A directory ``name`` holding each ``(source file, relative path)``; built once."""
    root = cache / name
    done = root / ".complete"
    if done.exists():
        return root
    shutil.rmtree(root, ignore_errors=True)
    for source, relative in files:
        _link(source, root / relative)
    done.write_text(f"{len(files)} files\n")
    return root


def sample(cache: Path, corpus: Path, size: int, seed: int = 0, label: str = "sample") -> Path:
    """A fixed, seeded sample of ``size`` of the corpus' files (their relative paths kept)."""
    files = python_files(corpus)
    chosen = sorted(random.Random(seed).sample(files, min(size, len(files))))
    return tree(cache, f"{label}-{corpus.name}-{len(chosen)}-seed{seed}",
                [(f, f.relative_to(corpus)) for f in chosen])


def scaled(cache: Path, base: Path, factor: int) -> Path:
    """``base`` repeated ``factor`` times under distinct directories (copy1/, copy2/, ...)."""
    files = python_files(base)
    return tree(cache, f"scale-{base.name}-{factor}x",
                [(f, Path(f"copy{k + 1}") / base.name / f.relative_to(base))
                 for k in range(factor) for f in files])


def working_copy(cache: Path, corpus: Path, edited: Path) -> tuple[Path, Path]:
    """A copy of ``corpus`` to check with a cache and edit (``edited``: the file, relative,
    that will be edited, a real copy): (its root, the edited file)."""
    root = tree(cache, f"work-{corpus.name}-{len(python_files(corpus))}",
                [(f, f.relative_to(corpus)) for f in python_files(corpus)])
    target = root / edited
    data = (corpus / edited).read_bytes()
    target.unlink()
    target.write_bytes(data)
    return root, target


__all__ = ["CACHE_VARIABLE", "TRANSFORMERS_VERSION", "cache_dir", "installed", "python_files",
           "sample", "scaled", "transformers", "tree", "working_copy"]
