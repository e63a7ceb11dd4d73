"""The per-file pipeline: read → prefilter → parse → analyze → suppress → filter → sort.

Nothing a file contains can stop the run: every way a file can fail to be checked becomes one
XL001 finding for that file (parse.py), and the other files are checked as usual:

- cannot read / decode / contains NUL bytes / broken notebook JSON → XL001 at the spot;
- larger than :data:`MAX_SOURCE_CHARS` → XL001 "too large" (libcst needs ~2 s per MB of real
  code, a 10 MB file a minute: an absurd wait for what is almost always generated data);
- a syntax error, code nested too deeply for the parser, or an exception inside the analyzer
  → XL001 (parse.py, nesting.py);
- with ``contained`` (the command line), each file is checked in a worker process: a native
  crash or a run past the per-file time limit → XL001 (contain.py).

Only the checks enabled for a file run (``--select``, ``ignore``, ``per-file-ignores``); a
suppression directive that suppresses nothing is XL002 (suppress.py).
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from ..config import Settings
from ..findings import Finding
from ..paths import display_path
from . import analyze, contain
from .discover import NOTEBOOK_SUFFIX, SourcePath, describe_os_error
from .parse import contained_failure, internal_error, parse, parse_error, with_rule
from .prefilter import mentions_api
from .project import project_for
from .source import Source, SourceError, decode_python, notebook_source, remap_to_cells
from .suppress import UNUSED_SUPPRESSION, lines_of, scan

MAX_SOURCE_CHARS = 1_000_000


def check_files(sources: Iterable[SourcePath], *, contained: bool = False) -> list[Finding]:
    """Findings of every file; ``contained``: each checked in a worker process (contain.py)."""
    def failed(job: contain.Job, failure: contain.Failure) -> list[Finding]:
        source: SourcePath = job[0]
        finding = contained_failure(display_path(source.path), failure.reason, failure.timed_out)
        return _filtered([finding], source.path, source.settings)

    findings: list[Finding] = []
    for found in contain.run_all(check_path, [(s,) for s in sources], failed,
                                 contained=contained):
        findings.extend(found)
    return sorted(findings, key=Finding.sort_key)


def check_path(source: SourcePath) -> list[Finding]:
    """Findings for one discovered file (never raises for anything the file contains)."""
    filename = display_path(source.path)
    if source.problem is not None:
        return _filtered([parse_error(filename, source.problem)], source.path, source.settings)
    try:
        data = source.path.read_bytes()
    except OSError as error:
        message = f"cannot read: {describe_os_error(source.path, error)}"
        return _filtered([parse_error(filename, message)], source.path, source.settings)
    return check_bytes(data, source.path, source.settings, filename=filename)


def check_bytes(data: bytes, path: str | os.PathLike[str], settings: Settings,
                *, filename: str | None = None, contained: bool = False) -> list[Finding]:
    """Findings for the contents of ``path`` (a ``.ipynb`` path means notebook JSON);
    ``contained``: checked in a worker process (contain.py)."""
    filename = filename or display_path(path)
    if contained:
        def failed(_job: contain.Job, failure: contain.Failure) -> list[Finding]:
            finding = contained_failure(filename, failure.reason, failure.timed_out)
            return _filtered([finding], path, settings)

        return next(contain.run_all(_check_bytes, [(data, path, settings, filename)], failed))
    try:
        if str(path).endswith(NOTEBOOK_SUFFIX):
            source = notebook_source(data)
            if source is None:  # a notebook whose kernel is not Python
                return []
        else:
            source = Source(decode_python(data))
    except SourceError as error:
        return _filtered([parse_error(filename, error.message, error.row, error.column)],
                         path, settings)
    return check_source(source, path, settings, filename=filename)


def _check_bytes(data: bytes, path: str | os.PathLike[str], settings: Settings,
                 filename: str) -> list[Finding]:
    return check_bytes(data, path, settings, filename=filename)


def check_text(text: str, path: str | os.PathLike[str], settings: Settings) -> list[Finding]:
    """Findings for already-decoded text (notebook JSON when ``path`` ends in ``.ipynb``)."""
    if str(path).endswith(NOTEBOOK_SUFFIX):
        return check_bytes(text.encode("utf-8"), path, settings)
    return check_source(Source(text), path, settings)


def check_source(source: Source, path: str | os.PathLike[str], settings: Settings,
                 *, filename: str | None = None) -> list[Finding]:
    filename = filename or display_path(path)
    findings = _analyze(source, path, filename, settings)
    findings = _filtered(findings, path, settings)
    if source.cells is not None:
        findings = [remap_to_cells(f, source.cells) for f in findings]
    return sorted(findings, key=Finding.sort_key)


def _screen(text: str, filename: str) -> list[Finding] | None:
    """What to report instead of parsing (``[]``: nothing to check), or ``None`` to parse."""
    nul = text.find("\0")
    if nul != -1:
        row = text.count("\n", 0, nul) + 1
        column = nul - (text.rfind("\n", 0, nul) + 1) + 1
        return [parse_error(filename, "source contains a null byte; is this a binary file?",
                            row, column)]
    if not mentions_api(text):
        return []
    if len(text) > MAX_SOURCE_CHARS:
        size, limit = len(text) / 1e6, MAX_SOURCE_CHARS / 1e6
        return [parse_error(filename, f"file too large to analyse ({size:.1f} MB of code, "
                                      f"limit {limit:.0f} MB); exclude it or split it")]
    return None


def _analyze(source: Source, path: str | os.PathLike[str], filename: str,
             settings: Settings) -> list[Finding]:
    screened = _screen(source.text, filename)
    if screened is not None:
        return screened
    try:
        module, text, errors = parse(source, filename)
    except Exception as error:  # noqa: BLE001 - libcst itself failed (deep nesting...)
        if os.environ.get("XENTLINT_DEBUG"):
            raise
        return [internal_error(filename, error, "parsing")]
    if module is None:
        return errors
    codes = settings.enabled_for(path)
    try:
        findings = analyze.analyze_module(
            module, filename, settings.frameworks, codes, path=Path(path),
            project=project_for(settings))
    except Exception as error:  # noqa: BLE001 - one broken file must not stop the run
        if os.environ.get("XENTLINT_DEBUG"):
            raise
        return [*errors, internal_error(filename, error, "analysing")]
    suppressions = scan(text)
    findings = [with_rule(f) for f in findings if not suppressions.suppresses(f)]
    if UNUSED_SUPPRESSION in codes:
        findings += suppressions.unused(filename, lines_of(text), codes)
    return [*errors, *findings]


def _filtered(findings: list[Finding], path: str | os.PathLike[str],
              settings: Settings) -> list[Finding]:
    enabled = settings.enabled_for(path)
    return [f for f in findings if f.code in enabled]


__all__ = ["MAX_SOURCE_CHARS", "check_bytes", "check_files", "check_path", "check_source",
           "check_text"]
