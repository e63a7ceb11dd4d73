"""The result cache (like ruff's): a file checked before is not checked again while nothing its
findings depend on has changed.

An entry is keyed by the build of xentlint (its version, and the stamps of its own source files,
so that an edited checkout never reads a stale result), the settings that reach the file (the
enabled codes after per-file-ignores, the frameworks, the import roots), the file's path (as
shown and on disk, and the working directory the paths are shown from) and a hash of its bytes.
It holds the findings, fixes and related locations included, and what the analysis consulted in
the project's other modules (interp/project.py ``Consulted``): each module read, by a hash of
its bytes, and each lookup of a module name, by what it found. An entry whose modules changed,
or whose lookups now find something else (a new ``utils.py`` next to the file), is a miss.

Layout: ``.xentlint_cache/`` in the project root (``--cache-dir``, ``XENTLINT_CACHE_DIR``), with
its own ``.gitignore`` (``*``) and a ``CACHEDIR.TAG``; entries under ``<version>/<xx>/``, one
JSON file each, written to a temporary file and renamed into place, so that two runs sharing the
cache never see half an entry. An entry that cannot be read or decoded is a miss and is written
again. Writing is best-effort: a cache that cannot be written only makes the next run slower.

Entries are JSON, never pickle: a cache directory is data, and reading it runs no code.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..config import CACHE_DIR_NAME, Settings
from ..findings import Edit, Finding, Fix, Related, Span
from ..interp.locate import find_module, module_code
from ..interp.project import Consulted, stamp

CACHE_DIR_VARIABLE = "XENTLINT_CACHE_DIR"
_FORMAT = 1  # the entry layout; part of every key
_TAG = ("Signature: 8a477f597d28d172789f06886806bc55\n"
        "# This file is a cache directory tag created by xentlint.\n"
        "# For information about cache directory tags see https://bford.info/cachedir/\n")


class _Uncacheable(Exception):
    """A result that the entry format cannot hold exactly (it is then not stored)."""


@dataclass
class Cache:
    """The cache of one run. ``directory`` None: each file's project root's
    ``.xentlint_cache``. Hashes of the modules consulted are remembered for the run."""

    directory: Path | None = None
    _hashes: dict[Path, tuple[tuple[int, int], str | None]] = field(
        default_factory=dict, repr=False)

    def __getstate__(self) -> dict[str, Any]:  # sent to worker processes without the memo
        return {"directory": self.directory, "_hashes": {}}

    def root(self, settings: Settings) -> Path:
        return self.directory or settings.root / CACHE_DIR_NAME

    def key(self, data: bytes, path: Path, filename: str, settings: Settings) -> str:
        """The entry's name for ``data``, the contents of ``path`` shown as ``filename``."""
        material = json.dumps([
            _FORMAT, build(), os.getcwd(), filename, os.path.abspath(path),
            sorted(settings.enabled_for(path)),
            None if settings.frameworks is None else sorted(settings.frameworks),
            [os.path.abspath(r) for r in settings.import_roots], settings.follow_imports,
        ])
        digest = hashlib.blake2b(material.encode("utf-8", "surrogateescape"), digest_size=16)
        digest.update(hashlib.blake2b(data, digest_size=16).digest())
        return digest.hexdigest()

    def load(self, key: str, settings: Settings) -> list[Finding] | None:
        """The findings stored under ``key``, if the modules they depend on are unchanged."""
        try:
            with open(self._entry(key, settings), encoding="utf-8") as handle:
                entry = json.load(handle)
            if not all(self._holds(item) for item in entry["consulted"]):
                return None
            return [_finding(f) for f in entry["findings"]]
        except (OSError, ValueError, KeyError, TypeError, IndexError, AttributeError,
                RecursionError):
            return None  # missing, half-written by an older version, corrupt: a miss

    def store(self, key: str, settings: Settings, findings: Iterable[Finding],
              consulted: Consulted) -> None:
        """Store the result of a check (nothing when it cannot be stored exactly)."""
        try:
            entry = {"consulted": [self._recorded(item) for item in consulted.items()],
                     "findings": [_plain(f) for f in findings]}
            # (ASCII: a file name that is not UTF-8 keeps its escapes, and round-trips)
            text = json.dumps(entry, separators=(",", ":"), allow_nan=True)
        except _Uncacheable:
            return
        target = self._entry(key, settings)
        try:
            _prepare(self.root(settings), target.parent)
            _write_atomically(target, text)
        except OSError:
            return

    def _entry(self, key: str, settings: Settings) -> Path:
        return self.root(settings) / _version() / key[:2] / f"{key[2:]}.json"

    # --- what the analysis consulted --------------------------------------------------

    def _hash(self, path: Path) -> str | None:
        """A hash of the file's bytes now (None: it cannot be read), remembered by stamp."""
        now = stamp(path)
        known = self._hashes.get(path)
        if known is None or known[0] != now:
            try:
                digest: str | None = hashlib.blake2b(path.read_bytes(), digest_size=16).hexdigest()
            except OSError:
                digest = None
            known = self._hashes[path] = (now, digest)
        return known[1]

    def _recorded(self, item: tuple[tuple[str, Path, str], object]) -> list[Any]:
        (kind, path, name), found = item
        if kind == "file":
            if stamp(path) != found:  # changed since it was read: what was read is unknown
                raise _Uncacheable(path)
            return [kind, str(path), name, self._hash(path)]
        return [kind, str(path), name, None if found is None else str(found)]

    def _holds(self, item: list[Any]) -> bool:
        kind, path_text, name, recorded = item
        path = Path(path_text)
        if kind == "file":
            return bool(self._hash(path) == recorded)
        found = find_module(path, name) if kind == "find" else module_code(path)
        return (None if found is None else str(found)) == recorded


# --- the build ------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def build() -> str:
    """xentlint's version, the Python and libcst versions, and the stamps of the package's
    source files (a checkout edited in place is a new build)."""
    import libcst._version

    from .. import __version__

    package = Path(__file__).resolve().parent.parent
    digest = hashlib.blake2b(digest_size=12)
    for directory, _subdirectories, files in sorted(os.walk(package)):
        for name in sorted(files):
            if name.endswith(".py"):
                status = os.stat(os.path.join(directory, name))
                digest.update(f"{directory}/{name}:{status.st_mtime_ns}:{status.st_size}\n"
                              .encode("utf-8", "surrogateescape"))
    return (f"{__version__}|{sys.version_info[0]}.{sys.version_info[1]}"
            f"|libcst {libcst._version.__version__}|{digest.hexdigest()}")


def _version() -> str:
    from .. import __version__

    return "".join(c if c.isalnum() or c in ".-+" else "_" for c in __version__)


# --- entries on disk ------------------------------------------------------------------------

def _prepare(root: Path, directory: Path) -> None:
    """The entry's directory; a new cache directory gets its ``.gitignore`` and tag first."""
    if not root.is_dir():
        root.mkdir(parents=True, exist_ok=True)
        for name, text in ((".gitignore", "# Created by xentlint automatically.\n*\n"),
                           ("CACHEDIR.TAG", _TAG)):
            if not (root / name).exists():
                _write_atomically(root / name, text)
    directory.mkdir(parents=True, exist_ok=True)


def _write_atomically(target: Path, text: str) -> None:
    handle = tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=target.parent,
                                         prefix=f".{target.name}.", suffix=".tmp", delete=False)
    try:
        with handle:
            handle.write(text)
        os.replace(handle.name, target)
    except BaseException:
        try:
            os.unlink(handle.name)
        except OSError:
            pass
        raise


# --- cleaning -------------------------------------------------------------------------------

def caches_under(root: Path) -> list[Path]:
    """The cache directories under ``root`` (itself included): those named
    :data:`CACHE_DIR_NAME` that carry xentlint's tag (a directory that only has the name is the
    user's); neither links nor virtual environments nor ``.git`` are entered."""
    from .discover import is_environment

    found = []
    for directory, children, _ in os.walk(root):
        here = Path(directory)
        if is_cache(here):
            found.append(here)
            children[:] = []
            continue
        children[:] = sorted(c for c in children if c != ".git"
                             and not (here / c).is_symlink() and not is_environment(here / c))
    return found


def is_cache(directory: Path) -> bool:
    """Whether ``directory`` is a cache xentlint made (by its tag, read as text)."""
    try:
        return (directory / "CACHEDIR.TAG").read_text(encoding="utf-8") == _TAG
    except (OSError, UnicodeDecodeError):
        return False


# --- findings as JSON, exactly ----------------------------------------------------------------

def _span(span: Span) -> list[int]:
    return [span.start.row, span.start.column, span.end.row, span.end.column]


def _plain(finding: Finding) -> dict[str, Any]:
    fix = finding.fix
    return {
        "code": finding.code, "name": finding.name, "severity": finding.severity,
        "message": finding.message, "filename": finding.filename, "span": _span(finding.span),
        "related": [[r.filename, _span(r.span), r.message, r.cell] for r in finding.related],
        "fix": None if fix is None else [fix.message, fix.applicability, [
            [e.filename, _span(e.span), e.content, e.cell] for e in fix.edits]],
        "cell": finding.cell, "url": finding.url,
        "context": [[name, _value(value)] for name, value in finding.context],
    }


def _value(value: object) -> Any:
    """A context value, tagged where JSON would lose its type (tuples, lists)."""
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, tuple):
        return {"tuple": [_value(v) for v in value]}
    if isinstance(value, list):
        return {"list": [_value(v) for v in value]}
    raise _Uncacheable(type(value).__name__)


def _span_of(values: list[Any]) -> Span:
    if len(values) != 4 or not all(type(v) is int for v in values):
        raise ValueError(f"not a span: {values!r}")
    return Span.of(*values)


def _finding(data: dict[str, Any]) -> Finding:
    fix = data["fix"]
    return Finding(
        code=data["code"], name=data["name"], severity=data["severity"],
        message=data["message"], filename=data["filename"], span=_span_of(data["span"]),
        related=tuple(Related(f, _span_of(s), m, c) for f, s, m, c in data["related"]),
        fix=None if fix is None else Fix(fix[0], fix[1], tuple(
            Edit(f, _span_of(s), text, c) for f, s, text, c in fix[2])),
        cell=data["cell"], url=data["url"],
        context=tuple((name, _from_value(value)) for name, value in data["context"]),
    )


def _from_value(value: Any) -> object:
    if isinstance(value, dict):
        if "tuple" in value:
            return tuple(_from_value(v) for v in value["tuple"])
        return [_from_value(v) for v in value["list"]]
    return value


__all__ = ["CACHE_DIR_NAME", "CACHE_DIR_VARIABLE", "Cache", "build", "caches_under", "is_cache"]
