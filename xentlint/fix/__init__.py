"""Applying the fixes of findings: ``xentlint check --fix``, ``--unsafe-fixes`` and ``--diff``.

Three layers, each usable on its own:

- :func:`apply_fixes` — text in, text out: applies the edits of the fixes that may be applied
  (``safe``; ``unsafe`` too when asked) to one Python source text (:mod:`.edits` says which
  and in which order);
- :func:`fix_document` — one file's bytes in, bytes out: decodes them as the checker does
  (:mod:`.documents`), checks, applies, re-checks and applies what became applicable, up to
  :data:`MAX_ROUNDS` rounds, verifying after each round that the code still parses;
- :func:`fix_files` — discovered files in, files rewritten (:mod:`.write`) or diffs
  (:mod:`.diff`) out.

A file that must not be rewritten raises :class:`FixRefused` (:mod:`.refusal` lists why).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from ..findings import Finding
from .diff import _diff_text, unified_diff
from .documents import open_document
from .edits import APPLICABILITIES, apply_fixes, is_applicable, is_hidden
from .refusal import FixRefused, _parse_problem
from .write import write_file

MAX_ROUNDS = 5
"""Check → fix rounds per file (ruff re-checks until nothing changes; 5 is plenty here)."""


@dataclass
class FixResult:
    """What fixing one file (or stdin) came to."""

    filename: str
    original: bytes
    fixed: bytes
    applied: list[Finding]
    """The findings whose fix was applied, over all rounds."""
    remaining: list[Finding]
    """The findings of the fixed code (of the original code when the file was refused)."""
    refused: str | None = None
    """Why the file was not fixed (one line), or ``None``."""

    @property
    def changed(self) -> bool:
        return self.fixed != self.original

    def diff(self) -> str:
        """A unified diff from the original to the fixed file (empty when unchanged)."""
        if not self.changed:
            return ""
        return unified_diff(_diff_text(self.original, self.filename),
                            _diff_text(self.fixed, self.filename), self.filename)


def fix_document(data: bytes, path: str | os.PathLike[str], settings: Any, *,
                 filename: str | None = None, unsafe: bool = False) -> FixResult:
    """Check ``data`` (the contents of ``path``), apply the fixes, re-check, repeat.

    Up to :data:`MAX_ROUNDS` rounds; stops when a round applies nothing or produces a text seen
    before. If a round is refused (the code would not parse, cannot be encoded...), nothing of
    the file is changed and ``refused`` says why.
    """
    from ..paths import display_path
    from ..pipeline import run

    filename = filename or display_path(path)
    findings = run.check_bytes(data, path, settings, filename=filename)
    result = FixResult(filename, data, data, [], findings)
    if not any(is_applicable(f, unsafe) for f in findings):
        return result
    try:
        document = open_document(data, str(path))
        fixed, applied, remaining = _rounds(
            data, findings, lambda current, found: document.apply(current, found, unsafe),
            lambda current: run.check_bytes(current, path, settings, filename=filename),
            unsafe)
    except FixRefused as refusal:
        result.refused = str(refusal)
        return result
    return FixResult(filename, data, fixed, applied, remaining)


def _rounds(content: Any, findings: list[Finding],
            apply: Callable[[Any, list[Finding]], tuple[Any, list[Finding]]],
            check: Callable[[Any], list[Finding]],
            unsafe: bool) -> tuple[Any, list[Finding], list[Finding]]:
    """Apply, re-check, repeat: (final content, findings fixed, findings remaining)."""
    seen, applied = {content}, []
    for _ in range(MAX_ROUNDS):
        if not any(is_applicable(f, unsafe) for f in findings):
            break
        new, round_applied = apply(content, findings)
        if not round_applied or new in seen:
            break
        applied.extend(round_applied)
        seen.add(new)
        content = new
        findings = check(content)
    return content, applied, findings


def fix_text(text: str, path: str | os.PathLike[str] = "<stdin>", settings: Any = None, *,
             unsafe: bool = False) -> tuple[str, list[Finding], list[Finding]]:
    """(fixed text, findings fixed, findings remaining) for the Python source ``text`` reported
    as ``path``: check, apply, re-check and repeat as ``--fix`` does (not for notebooks: use
    :func:`fix_document` with the notebook's bytes).

    Raises :class:`FixRefused` when the fixed code would not parse.
    """
    from ..config import Settings
    from ..pipeline import run
    from ..pipeline.source import Source

    settings = settings or Settings()

    def apply(current: str, found: list[Finding]) -> tuple[str, list[Finding]]:
        new, applied = apply_fixes(current, found, unsafe)
        if applied and new != current:
            problem = _parse_problem(new)
            if problem is not None:
                raise FixRefused(f"the fixes would produce code that does not parse ({problem})")
        return new, applied

    findings = run.check_source(Source(text), path, settings)
    return _rounds(text, findings, apply,
                   lambda current: run.check_source(Source(current), path, settings), unsafe)


def fix_files(sources: Iterable[Any], *, unsafe: bool = False, write: bool = True,
              on_refusal: Callable[[str, str], None] | None = None,
              contained: bool = False, jobs: int = 1, cache: Any = None) -> list[FixResult]:
    """Fix every discovered file (:class:`~xentlint.discover.SourcePath`); write the changed
    ones when ``write``. ``on_refusal(filename, reason)`` is told of each file left alone.
    ``contained``: each file is checked and fixed in a worker process (pipeline/contain.py),
    ``jobs`` at once; the files are written here. With a ``cache`` (pipeline/cache.py), a file
    whose stored findings have no fix to apply is not checked again (fixing stores nothing).

    A file is written only if it still holds what was read (write.py), under a lock: when
    another run (a second ``--fix``, an editor) changed it meanwhile, it is read and fixed
    again, up to :data:`WRITE_ATTEMPTS` times, so that no applied fix is lost.
    """
    from ..paths import display_path
    from ..pipeline import contain
    from ..pipeline.parse import contained_failure

    def failed(job: contain.Job, failure: contain.Failure) -> FixResult:
        source = job[0]
        finding = contained_failure(display_path(source.path), failure.reason,
                                    failure.timed_out)
        kept = [finding] if finding.code in source.settings.enabled_for(source.path) else []
        return FixResult(finding.filename, b"", b"", [], kept)

    sources = list(sources)
    stored: list[FixResult | None] = [_unfixable(cache, source, unsafe) for source in sources]
    pending = [(source, unsafe) for source, known in zip(sources, stored) if known is None]
    fixed = contain.run_all(_fix_one, pending, failed, contained=contained, size=jobs)
    results = []
    for source, known in zip(sources, stored):
        result = known if known is not None else next(fixed)
        if write and result.changed:
            result = _write(source, result, unsafe, failed, contained)
        if result.refused is not None and on_refusal is not None:
            on_refusal(result.filename, result.refused)
        results.append(result)
    next(fixed, None)  # (the workers stop when the jobs are done)
    return results


WRITE_ATTEMPTS = 3


def _unfixable(cache: Any, source: Any, unsafe: bool) -> FixResult | None:
    """The result of a file whose cached findings have no fix to apply (None: fix it)."""
    from ..paths import display_path
    from ..pipeline.run import lookup

    hit = lookup(cache, source)
    if hit is None or any(is_applicable(f, unsafe) for f in hit[0]):
        return None
    found, data = hit
    return FixResult(display_path(source.path), data, data, [], found)


def _fix_one(source: Any, unsafe: bool) -> FixResult:
    """Check and fix one discovered file (in a worker process, with the command line)."""
    from ..paths import display_path
    from ..pipeline import run

    filename = display_path(source.path)
    data = None
    if source.problem is None:
        try:
            data = source.path.read_bytes()
        except OSError:
            data = None
    if data is None:  # the pipeline reports why (XL001)
        return FixResult(filename, b"", b"", [], run.check_path(source))
    return fix_document(data, source.path, source.settings, filename=filename, unsafe=unsafe)


def _write(source: Any, result: FixResult, unsafe: bool, failed: Any,
           contained: bool) -> FixResult:
    """Write ``result``; on a concurrent change, fix what the file holds now and try again."""
    from ..pipeline import contain, run
    from .write import FileChanged

    for _ in range(WRITE_ATTEMPTS):
        try:
            write_file(source.path, result.fixed, result.original)
            return result
        except FileChanged:
            (result,) = contain.run_all(_fix_one, [(source, unsafe)], failed,
                                        contained=contained)
            if not result.changed or result.refused is not None:
                return result
        except (FixRefused, OSError) as error:
            reason = str(error) if isinstance(error, FixRefused) else (
                f"cannot write it: {(error.strerror or str(error)).lower()}")
            return FixResult(result.filename, result.original, result.original, [],
                             run.check_bytes(result.original, source.path, source.settings,
                                             filename=result.filename), reason)
    return FixResult(result.filename, result.original, result.original, [], result.remaining,
                     "it kept changing while it was being fixed")


__all__ = ["APPLICABILITIES", "MAX_ROUNDS", "WRITE_ATTEMPTS", "FixRefused", "FixResult",
           "apply_fixes", "fix_document", "fix_files", "fix_text", "is_applicable", "is_hidden",
           "unified_diff", "write_file"]
