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

With ``jobs``, files are checked by that many worker processes at once; the findings are the
same, in the same order, as with one. With a ``cache`` (cache.py), a file whose result is stored
and still holds is not checked again.

Only the checks enabled for a file run (``--select``, ``ignore``, ``per-file-ignores``); a
suppression directive that suppresses nothing is XL002 (suppress.py).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path

from ..config import Settings
from ..findings import Finding
from ..paths import display_path
from . import analyze, contain
from .cache import Cache
from .collector import fewer_collections
from .discover import NOTEBOOK_SUFFIX, SourcePath, describe_os_error
from .parse import (
    contained_failure, internal_error, is_internal_error, parse, parse_error, with_rule,
)
from .prefilter import worth_parsing
from .project import project_for
from .source import Source, SourceError, decode_python, notebook_source, remap_to_cells
from .suppress import UNUSED_SUPPRESSION, lines_of, may_have_directives, scan

MAX_SOURCE_CHARS = 1_000_000


Progress = Callable[[int, int], None]
"""Told (files done, files in all) as files are done."""


def check_files(sources: Iterable[SourcePath], *, contained: bool = False, jobs: int = 1,
                cache: Cache | None = None, progress: Progress | None = None) -> list[Finding]:
    """Findings of every file, sorted; ``contained``: each checked in a worker process
    (contain.py), ``jobs`` of them at once; ``cache``: results stored are reused."""
    def failed(job: contain.Job, failure: contain.Failure) -> list[Finding]:
        source: SourcePath = job[0]
        finding = contained_failure(display_path(source.path), failure.reason, failure.timed_out)
        return _filtered([finding], source.path, source.settings)

    sources = list(sources)
    results = [None if (hit := lookup(cache, source)) is None else hit[0]
               for source in sources]
    missing = [index for index, found in enumerate(results) if found is None]
    done = len(sources) - len(missing)

    def one_more() -> None:
        nonlocal done
        done += 1
        if progress is not None:
            progress(done, len(sources))

    if progress is not None:
        progress(done, len(sources))
    checked = contain.run_all(check_job, [(sources[i], cache) for i in missing], failed,
                              contained=contained, size=jobs, done=one_more)
    for result, index in zip(checked, missing):  # (checked first: it runs to its end)
        results[index] = result
    return sorted(once(f for found in results if found for f in found), key=Finding.sort_key)


def once(findings: Iterable[Finding]) -> list[Finding]:
    """The findings, less those reported at a call that ran another module's code whose
    mismatch that module's own finding reports where it is (``model = Lit(lr=1e-4)`` in
    train.py, when lit.py, checked too, pairs the sigmoid with a logits loss by itself)."""
    findings = list(findings)
    in_place = {(f.code, f.filename, f.span.start) for f in findings}
    return [f for f in findings if (place := f.mismatch_elsewhere) is None
            or (f.code, place.filename, place.span.start) not in in_place]


def lookup(cache: Cache | None, source: SourcePath) -> tuple[list[Finding], bytes] | None:
    """The stored findings of the file and the bytes they are for, or None (not stored, or
    no cache)."""
    if cache is None:
        return None
    keyed = _key(cache, source)
    found = None if keyed is None else cache.load(keyed[0], source.settings)
    return None if found is None or keyed is None else (found, keyed[1])


def _key(cache: Cache, source: SourcePath) -> tuple[str, bytes] | None:
    """The file's cache key and the bytes it is for (None: the file cannot be read)."""
    if source.problem is not None:
        return None
    try:
        data = source.path.read_bytes()
    except OSError:
        return None
    return cache.key(data, source.path, display_path(source.path), source.settings), data


def check_job(source: SourcePath, cache: Cache | None) -> list[Finding]:
    """Check one file (in a worker process) and store the result (never an internal error:
    it is a bug, to be seen again until fixed)."""
    keyed = None if cache is None else _key(cache, source)
    if cache is None or keyed is None:
        return check_path(source)
    project = project_for(source.settings)
    if project is not None:
        project.begin()  # what the analysis consults is this file's, none if not analysed
    findings = check_bytes(keyed[1], source.path, source.settings,
                           filename=display_path(source.path))
    if not any(is_internal_error(f) for f in findings):
        cache.store(keyed[0], source.settings, findings,
                    project.consulted() if project is not None else {})
    return findings


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
    if not worth_parsing(text):
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
    with fewer_collections():  # (a file the screen keeps from libcst allocates next to nothing)
        return _parse_and_check(source, path, filename, settings)


def _parse_and_check(source: Source, path: str | os.PathLike[str], filename: str,
                     settings: Settings) -> list[Finding]:
    try:
        module, text, errors = parse(source, filename)
    except Exception as error:  # noqa: BLE001 - libcst itself failed (deep nesting...)
        if os.environ.get("XENTLINT_DEBUG"):
            raise
        return [internal_error(filename, error, "parsing")]
    if module is None:
        return errors
    edits_apply = source.cells is not None or text == source.text
    codes = settings.enabled_for(path)
    try:
        findings = analyze.analyze_module(
            module, filename, settings.frameworks, codes, path=Path(path),
            project=project_for(settings), source=text)
    except Exception as error:  # noqa: BLE001 - one broken file must not stop the run
        if os.environ.get("XENTLINT_DEBUG"):
            raise
        return [*errors, internal_error(filename, error, "analysing")]
    if not edits_apply:  # (IPython lines masked in a script: fixes would be edits of that text)
        findings = [advice_only(f) for f in findings]
    if not may_have_directives(text):
        return [*errors, *(with_rule(f) for f in findings)]
    suppressions = scan(text)
    findings = [with_rule(f) for f in findings if not suppressions.suppresses(f)]
    if UNUSED_SUPPRESSION in codes:
        findings += suppressions.unused(filename, lines_of(text), codes)
    return [*errors, *findings]


def advice_only(finding: Finding) -> Finding:
    """The finding with its fix's advice and no edits."""
    if finding.fix is None or not finding.fix.edits:
        return finding
    return replace(finding, fix=replace(finding.fix, applicability="display", edits=()))


def _filtered(findings: list[Finding], path: str | os.PathLike[str],
              settings: Settings) -> list[Finding]:
    enabled = settings.enabled_for(path)
    return [f for f in findings if f.code in enabled]


__all__ = ["MAX_SOURCE_CHARS", "Progress", "check_bytes", "check_files", "check_job",
           "check_path", "check_source", "check_text", "lookup"]
