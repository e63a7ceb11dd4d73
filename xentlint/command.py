"""What ``xentlint check`` does with its options (cli.py declares them): check, fix, add noqa
directives; for files, notebooks or stdin.

Files are checked in worker processes (pipeline/contain.py), ``--jobs`` of them at once (one
per core by default), so a file that crashes the parser or runs past the time limit is one XL001
and the run goes on. Results are cached (pipeline/cache.py) unless ``--no-cache``: a check
reads and writes the cache, a fix reads it (a file stored without a fix to apply is left as it
is), stdin never uses it. A long check shows its progress on stderr when that is a terminal.

A path that does not exist is reported and the others are checked; the exit code is then 2.
Exit codes otherwise: 0 nothing found (or ``--exit-zero``, whatever was found), 1 findings, 2 an
internal error in a file.
"""

from __future__ import annotations

import difflib
import os
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from . import report
from .console import Console
from .findings import Finding
from .report import ReportOptions

if TYPE_CHECKING:
    from .pipeline.cache import Cache

STDIN = "-"


@dataclass(frozen=True)
class Request:
    """One run of ``xentlint check``."""

    paths: tuple[str, ...]
    read_stdin: bool
    stdin_filename: str | None
    force_exclude: bool
    output_format: str
    report: ReportOptions
    exit_zero: bool = False
    fix: bool = False
    unsafe: bool = False
    diff: bool = False
    fix_only: bool = False
    show_fixes: bool = False
    add_noqa: bool = False
    jobs: int = 0
    """Worker processes; 0: one per available core."""
    cache: bool = True
    cache_dir: str | None = None
    """``--cache-dir`` (or ``XENTLINT_CACHE_DIR``); None: each project root's own."""


class Paths:
    """The files of a run: missing paths are reported (with a hint when one is the name of a
    command or a rule) and remembered for the exit code."""

    def __init__(self, request: Request, resolver: Any, console: Console,
                 commands: Iterable[str]) -> None:
        self._request = request
        self._resolver = resolver
        self._console = console
        self._commands = sorted(commands)
        self.missing = 0

    def discover(self) -> list[Any]:
        from .pipeline.discover import discover

        self.missing = 0
        paths = self._request.paths or (".",)
        return discover(paths, self._resolver, force_exclude=self._request.force_exclude,
                        missing=self._report_missing, warn=self._console.warn)

    @property
    def none_exist(self) -> bool:
        return self.missing == len(self._request.paths or (".",))

    def _report_missing(self, raw: str, message: str) -> None:
        self.missing += 1
        self._console.error(message + _hint(raw, self._commands))


def _hint(raw: str, commands: Sequence[str]) -> str:
    """`` (did you mean `explain`?)`` for a missing path that reads like a command or a rule."""
    from .catalog import all_rules

    if "/" in raw or os.sep in raw or "." in raw:
        return ""
    if raw.upper() in all_rules():
        return f" (to read the rule: `xentlint explain {raw.upper()}`)"
    close = difflib.get_close_matches(raw.lower(), commands, n=1, cutoff=0.6)
    return f" (did you mean `{close[0]}`?)" if close else ""


def run(request: Request, resolver: Any, console: Console, commands: Iterable[str]) -> int:
    """The exit code of one run."""
    paths = Paths(request, resolver, console, commands)
    if request.add_noqa:
        return _add_noqa(request, paths, console)
    if request.fix or request.diff or request.fix_only:
        return _fix(request, resolver, paths, console)
    return _check(request, resolver, paths, console)


def jobs_of(request: Request) -> int:
    if request.jobs > 0:
        return request.jobs
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def cache_of(request: Request) -> Cache | None:
    """The run's result cache (a new one each run: what it remembers of files is for one run)."""
    if not request.cache:
        return None
    from pathlib import Path

    from .pipeline.cache import Cache

    return Cache(Path(os.path.abspath(request.cache_dir)) if request.cache_dir else None)


def _checked_files(request: Request, sources: list[Any], console: Console) -> list[Finding]:
    """check_files with the run's workers, cache and progress line."""
    from .pipeline import run
    from .progress import ProgressLine

    line = (ProgressLine() if not console.quiet and not console.silent
            and ProgressLine.wanted() else None)
    try:
        return run.check_files(sources, contained=True, jobs=jobs_of(request),
                               cache=cache_of(request), progress=line)
    finally:
        if line is not None:
            line.close()


def _exit(request: Request, paths: Paths, findings: Sequence[Finding], *,
          changed: bool | None = None) -> int:
    from .pipeline import parse

    if paths.missing:
        return 2
    if request.exit_zero:
        return 0
    if any(parse.is_internal_error(f) for f in findings):
        return 2
    if changed is not None:
        return 1 if changed else 0
    return 1 if findings else 0


def _stdin(request: Request, resolver: Any) -> tuple[str, Any, bytes, bool]:
    """The code on stdin: (its name, its settings, its bytes, whether --force-exclude
    excludes it)."""
    name = request.stdin_filename or STDIN
    settings = resolver.settings_for(name)
    excluded = (request.force_exclude and request.stdin_filename is not None
                and settings.is_excluded(name))
    return name, settings, sys.stdin.buffer.read(), excluded


def _check(request: Request, resolver: Any, paths: Paths, console: Console) -> int:
    """Check and report; the report knows every checked file (junit) and stdin's contents
    (fingerprints). A report with nothing to say (an empty format) prints nothing."""
    from .paths import display_path
    from .pipeline import run

    checked: tuple[str, ...]
    contents: tuple[tuple[str, bytes], ...] = ()
    if request.read_stdin:
        name, settings, data, excluded = _stdin(request, resolver)
        findings = [] if excluded else run.check_bytes(data, name, settings, contained=True)
        checked = () if excluded else (display_path(name),)
        contents = tuple((shown, data) for shown in checked)
    else:
        sources = paths.discover()
        if paths.none_exist:
            return 2
        findings = _checked_files(request, sources, console)
        checked = tuple(display_path(s.path) for s in sources)
    options = replace(request.report, checked=checked, contents=contents)
    console.report(report.render(findings, request.output_format, options))
    return _exit(request, paths, findings)


def _fix(request: Request, resolver: Any, paths: Paths, console: Console) -> int:
    """``--fix`` / ``--diff`` / ``--fix-only`` (ruff's semantics).

    ``--diff``: the diff on stdout, ``Would fix N errors.`` on stderr, exit 1 when something
    would change. ``--fix``: files rewritten, then the report of what remains with
    ``(M fixed, K remaining)``. ``--fix-only``: ``Fixed N errors.``, exit 0. From stdin: the
    fixed source on stdout (unchanged when nothing applies), the report on stderr.
    """
    from .fix import FixResult, fix_files

    def refused(filename: str, reason: str) -> None:
        console.error(f"not fixing {filename}: {reason}")

    results: list[FixResult]
    excluded = False
    if request.read_stdin:
        name, settings, data, excluded = _stdin(request, resolver)
        if excluded:
            results = [FixResult(name, data, data, [], [])]
        else:
            results = [_fix_contained(data, name, settings, request.unsafe)]
        if results[0].refused is not None:
            refused(results[0].filename, results[0].refused)
    else:
        sources = paths.discover()
        if paths.none_exist:
            return 2
        results = fix_files(sources, unsafe=request.unsafe, write=not request.diff,
                            on_refusal=refused, contained=True, jobs=jobs_of(request),
                            cache=cache_of(request))

    applied = [f for r in results for f in r.applied]
    remaining = sorted((f for r in results for f in r.remaining), key=Finding.sort_key)
    from .report.text import counted

    count = counted(applied)
    if request.diff:
        console.report("".join(result.diff() for result in results).rstrip("\n"))
        console.note(f"Would fix {count}." if applied else "No errors would be fixed.", err=True)
        return _exit(request, paths, remaining, changed=any(r.changed for r in results))
    if request.read_stdin:  # the fixed source is the output, not a report: even with --silent
        sys.stdout.flush()
        sys.stdout.buffer.write(results[0].fixed)
        sys.stdout.buffer.flush()
    if request.fix_only and not request.show_fixes:
        console.note(f"Fixed {count}." if applied else "No errors fixed.",
                     err=request.read_stdin)
    elif not request.fix_only:
        options = replace(request.report, fixed=tuple(applied), fixing=True,
                          checked=() if excluded else tuple(r.filename for r in results),
                          contents=tuple((r.filename, r.fixed) for r in results
                                         if request.read_stdin))
        console.report(report.render(remaining, request.output_format, options),
                       err=request.read_stdin)
    if request.show_fixes:
        console.note(fixes_summary(applied), err=request.read_stdin)
    if request.fix_only:
        return _exit(request, paths, [f for f in remaining if _internal(f)])
    return _exit(request, paths, remaining)


def _fix_contained(data: bytes, name: str, settings: Any, unsafe: bool) -> Any:
    """``fix_document`` for stdin, in a worker process (pipeline/contain.py)."""
    from .fix import FixResult
    from .pipeline import contain
    from .pipeline.parse import contained_failure

    def failed(_job: contain.Job, failure: contain.Failure) -> FixResult:
        finding = contained_failure(name, failure.reason, failure.timed_out)
        return FixResult(name, data, data, [], [finding])

    return next(contain.run_all(_fix_stdin, [(data, name, settings, unsafe)], failed))


def _fix_stdin(data: bytes, name: str, settings: Any, unsafe: bool) -> Any:
    from .fix import fix_document

    return fix_document(data, name, settings, unsafe=unsafe)


def _internal(finding: Finding) -> bool:
    from .pipeline import parse

    return parse.is_internal_error(finding)


def fixes_summary(applied: Sequence[Finding]) -> str:
    """``--show-fixes``: what was fixed, by file and rule (ruff's layout)."""
    if not applied:
        return "No errors fixed."
    from collections import Counter

    from .report.text import counted

    lines = [f"Fixed {counted(applied)}:"]
    by_file: dict[str, Counter[tuple[str, str]]] = {}
    for finding in applied:
        by_file.setdefault(finding.filename, Counter())[(finding.code, finding.name)] += 1
    for filename in sorted(by_file):
        lines.append(f"- {filename}:")
        for (code, name), n in sorted(by_file[filename].items()):
            lines.append(f"    {n} × {code} ({name})")
    return "\n".join(lines)


def _add_noqa(request: Request, paths: Paths, console: Console) -> int:
    """``--add-noqa``: a directive for every line with findings; ``Added N noqa directives.``"""
    from .fix import FixRefused, write_file
    from .fix.noqa import add_noqa
    from .paths import display_path

    sources = paths.discover()
    if paths.none_exist:
        return 2
    findings = _checked_files(request, sources, console)
    by_file: dict[str, list[Finding]] = {}
    for finding in findings:
        by_file.setdefault(finding.filename, []).append(finding)
    added = 0
    for source in sources:
        filename = display_path(source.path)
        found = by_file.get(filename)
        if not found:
            continue
        try:
            data = source.path.read_bytes()
            new, count, skipped = add_noqa(data, str(source.path), filename, found)
            if count:
                write_file(source.path, new, data)
                added += count
            for finding in skipped:
                where = f"cell {finding.cell}:" if finding.cell is not None else ""
                console.warn(f"{filename}:{where}{finding.span.start.row}: no noqa directive for "
                             f"{finding.code}: its line ends inside a string or a backslash "
                             "continuation")
        except (FixRefused, OSError) as error:
            reason = str(error) if isinstance(error, FixRefused) else (
                (error.strerror or str(error)).lower())
            console.error(f"not adding noqa directives to {filename}: {reason}")
        except Exception as error:  # noqa: BLE001 - a source that cannot be decoded, ...
            console.error(f"not adding noqa directives to {filename}: {error}")
    console.note(f"Added {added} noqa directive{'' if added == 1 else 's'}.")
    return 2 if paths.missing else 0


__all__ = ["Paths", "Request", "STDIN", "cache_of", "fixes_summary", "jobs_of", "run"]
