"""The per-file pipeline: read → prefilter → parse → analyze → suppress → filter → sort.

Nothing a file contains can stop the run: every way a file can fail to be checked becomes one
XL001 finding for that file, and the other files are checked as usual.

- cannot read / decode / contains NUL bytes / broken notebook JSON → XL001 at the spot;
- a syntax error → XL001 with CPython's own message and position (plus a hint for Python 2);
- larger than :data:`MAX_SOURCE_CHARS` → XL001 "too large" (libcst needs ~2 s per MB of real
  code, a 10 MB file a minute: an absurd wait for what is almost always generated data);
- an exception inside the analyzer → XL001 "internal error", which is a xentlint bug.

A notebook is checked cell by cell in spirit: a cell that does not parse is reported and masked,
and the rest of the notebook is still analysed.
"""

from __future__ import annotations

import ast
import os
import re
from collections.abc import Iterable
from dataclasses import replace

import libcst as cst

from . import analysis, catalog
from .config import PARSE_ERROR, Settings
from .discover import NOTEBOOK_SUFFIX, SourcePath, describe_os_error
from .findings import Finding, Span
from .paths import display_path
from .source import CellMap, Source, SourceError, decode_python, notebook_source, remap_to_cells
from .suppress import scan

# The prefilter: a file that mentions none of these words (case-insensitive) cannot hold a
# head, a loss or a decoder that any rule looks at, so it is not parsed at all. Each word is a
# substring of the API names it stands for: "loss" (every *Loss class, loss=, compute_loss),
# "entropy" (crossentropy, cross_entropy), "softmax"/"sigmoid" (and log_softmax, logsigmoid,
# optax's softmax_cross_entropy), "logits" (from_logits, *_with_logits), "nll", "kl_div",
# "compile"/"predict"/"argmax" (Keras training and decoding), "probs"/"log(" (hand-written
# cross-entropy). Consequence: a syntax error in a file that mentions none of them is not
# reported; xentlint is not a syntax checker.
API_WORDS = (
    "loss", "entropy", "softmax", "sigmoid", "logits", "nll", "kl_div", "compile", "predict",
    "argmax", "probs", "log(",
)

MAX_SOURCE_CHARS = 1_000_000
INTERNAL_ERROR = "internal error"
BUG_REPORTS = "https://github.com/xentlint/xentlint/issues"

# `print x`, `exec "code"`, `print >>f, x`, backquotes, `<>`: Python 2 statements and operators.
_PYTHON2 = re.compile(r"^\s*(?:print\s+[^\s(=]|exec\s+[\"'])|`|<>")


def mentions_api(text: str) -> bool:
    lowered = text.lower()
    return any(word in lowered for word in API_WORDS)


def check_files(sources: Iterable[SourcePath]) -> list[Finding]:
    findings: list[Finding] = []
    for source in sources:
        findings.extend(check_path(source))
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
                *, filename: str | None = None) -> list[Finding]:
    """Findings for the contents of ``path`` (a ``.ipynb`` path means notebook JSON)."""
    filename = filename or display_path(path)
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


def check_text(text: str, path: str | os.PathLike[str], settings: Settings) -> list[Finding]:
    """Findings for already-decoded text (notebook JSON when ``path`` ends in ``.ipynb``)."""
    if str(path).endswith(NOTEBOOK_SUFFIX):
        return check_bytes(text.encode("utf-8"), path, settings)
    return check_source(Source(text), path, settings)


def check_source(source: Source, path: str | os.PathLike[str], settings: Settings,
                 *, filename: str | None = None) -> list[Finding]:
    filename = filename or display_path(path)
    findings = _analyze(source, filename, settings)
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


def _analyze(source: Source, filename: str, settings: Settings) -> list[Finding]:
    screened = _screen(source.text, filename)
    if screened is not None:
        return screened
    try:
        module, text, errors = _parse(source, filename)
    except Exception as error:  # noqa: BLE001 - libcst itself failed (deep nesting...)
        if os.environ.get("XENTLINT_DEBUG"):
            raise
        return [internal_error(filename, error, "parsing")]
    if module is None:
        return errors
    try:
        findings = analysis.analyze(module, filename, settings.frameworks)
    except Exception as error:  # noqa: BLE001 - one broken file must not stop the run
        if os.environ.get("XENTLINT_DEBUG"):
            raise
        return [*errors, internal_error(filename, error, "analysing")]
    suppressions = scan(text)
    findings = [_with_rule(f) for f in findings if not suppressions.suppresses(f)]
    return [*errors, *findings]


def _parse(source: Source, filename: str) -> tuple[cst.Module | None, str, list[Finding]]:
    """(module or ``None``, the text parsed, XL001 findings).

    In a notebook each cell is a unit of its own (IPython runs them one by one): a cell that
    does not parse is reported and blanked, and the others are parsed without it.
    """
    text, cells = source.text, source.cells
    errors: list[Finding] = []
    while True:
        try:
            return cst.parse_module(text), text, errors
        except cst.ParserSyntaxError as error:
            if cells is None:
                return None, text, [syntax_error(filename, text, error)]
            broken = _broken_cells(text, cells, filename)
            if not broken:  # only libcst objects: blame the cell it points at
                found = syntax_error(filename, text, error)
                rows = cells.rows_of(cells.locate(found.span.start.row)[0], text.count("\n"))
                broken = [(found, rows)]
            lines = text.split("\n")
            if all(not lines[r - 1].strip() for _, rows in broken for r in rows):
                return None, text, [*errors, *(f for f, _ in broken)]  # nothing left to blank
            for found, rows in broken:
                errors.append(found)
                for r in rows:
                    lines[r - 1] = ""
            text = "\n".join(lines)


def _broken_cells(text: str, cells: CellMap, filename: str) -> list[tuple[Finding, range]]:
    """Cells that CPython cannot compile on their own, each with its XL001 and joined rows."""
    lines = text.split("\n")
    broken = []
    for cell in cells.cells:
        rows = cells.rows_of(cell, len(lines) - 1)
        cell_lines = lines[rows.start - 1 : rows.stop - 1]
        try:
            ast.parse("\n".join(cell_lines) + "\n")
        except SyntaxError as error:
            broken.append((_from_syntax_error(filename, cell_lines, error, rows.start - 1), rows))
        except (ValueError, RecursionError, MemoryError):
            continue
    return broken


def syntax_error(filename: str, text: str, error: cst.ParserSyntaxError) -> Finding:
    """XL001 for text libcst cannot parse, with CPython's message and position when it has one
    (its wording is the one users know from running their code), else libcst's."""
    try:
        ast.parse(text)
    except SyntaxError as python_error:
        return _from_syntax_error(filename, text.split("\n"), python_error)
    except (ValueError, RecursionError, MemoryError):
        pass
    # CPython accepts it: syntax newer than libcst supports.
    match = re.search(r"error at (\d+):(\d+)", error.message)
    row, column = (int(match[1]), int(match[2]) + 1) if match else (error.raw_line, 1)
    first = error.message.splitlines()[0] if error.message else "syntax error"
    return parse_error(filename, f"cannot parse (libcst: {first})", row, column)


def _from_syntax_error(filename: str, lines: list[str], error: SyntaxError,
                       row_shift: int = 0) -> Finding:
    row = error.lineno or 1
    column = error.offset or 1
    line = lines[row - 1] if 0 < row <= len(lines) else ""
    message = f"syntax error: {error.msg}"
    if _PYTHON2.search(line) or "Missing parentheses in call to" in error.msg:
        message += " (Python 2 syntax? xentlint checks Python 3 code)"
    end_row = error.end_lineno or row
    end_column = error.end_offset if error.end_offset and (end_row, error.end_offset) > (
        row, column) else column + 1
    return parse_error(filename, message,
                       span=Span.of(row + row_shift, column, end_row + row_shift, end_column))


def parse_error(filename: str, message: str, row: int = 1, column: int = 1,
                *, span: Span | None = None) -> Finding:
    return _with_rule(Finding(
        code=PARSE_ERROR, name="", severity="error", message=message, filename=filename,
        span=span or Span.of(row, column, row, column + 1),
    ))


def internal_error(filename: str, error: BaseException, stage: str) -> Finding:
    return parse_error(
        filename,
        f"{INTERNAL_ERROR} while {stage} this file ({type(error).__name__}: {error}); this is "
        f"a xentlint bug, please report it at {BUG_REPORTS} (XENTLINT_DEBUG=1 shows the "
        f"traceback)",
    )


def is_internal_error(finding: Finding) -> bool:
    return finding.code == PARSE_ERROR and finding.message.startswith(INTERNAL_ERROR)


def _with_rule(finding: Finding) -> Finding:
    """The catalog's name, severity and documentation link for the finding's code."""
    try:
        rule = catalog.rule(finding.code)
    except KeyError:
        return finding
    return replace(finding, name=rule.name, severity=rule.severity, url=rule.url)


def _filtered(findings: list[Finding], path: str | os.PathLike[str],
              settings: Settings) -> list[Finding]:
    return [f for f in findings if settings.is_enabled(f.code, path)]


__all__ = ["API_WORDS", "MAX_SOURCE_CHARS", "check_bytes", "check_files", "check_path",
           "check_source", "check_text", "internal_error", "is_internal_error", "mentions_api",
           "parse_error", "syntax_error"]
