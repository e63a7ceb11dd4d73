"""Parsing, and XL001: every way a file can fail to be checked is one finding for that file.

- a syntax error → XL001 with CPython's own message and position (plus a hint for Python 2);
- code nested deeper than libcst can parse safely → XL001 with the reason (nesting.py), before
  libcst sees it;
- an exception inside the analyzer → XL001 "internal error", which is a xentlint bug.

A notebook is parsed cell by cell in spirit: a cell that does not parse is reported and
blanked, and the rest of the notebook is still analysed. A notebook exported as a script
(Colab's "Download .py" keeps ``!pip install ...`` and ``%matplotlib inline``) is reported once,
at its first IPython line, and analysed with those lines masked as in a cell (ipython.py); its
findings offer no edits, since the text they were found in is not the file's.
"""

from __future__ import annotations

import ast
import re
from dataclasses import replace

import libcst as cst

from .. import catalog
from ..config import PARSE_ERROR
from ..findings import Finding, Span
from ..parsing import parse_module
from .ipython import cell_code
from .nesting import too_deep
from .source import CellMap, Source

INTERNAL_ERROR = "internal error"
BUG_REPORTS = "https://github.com/xentlint/xentlint/issues"

# `print x`, `exec "code"`, `print >>f, x`, backquotes, `<>`: Python 2 statements and operators.
_PYTHON2 = re.compile(r"^\s*(?:print\s+[^\s(=]|exec\s+[\"'])|`|<>")


def parse(source: Source, filename: str) -> tuple[cst.Module | None, str, list[Finding]]:
    """(module or ``None``, the text parsed, XL001 findings).

    In a notebook each cell is a unit of its own (IPython runs them one by one): a cell that
    does not parse is reported and blanked, and the others are parsed without it.
    """
    text, cells = source.text, source.cells
    errors: list[Finding] = []
    while True:
        deep = too_deep(text)
        if deep is None:
            try:
                return parse_module(text), text, errors
            except cst.ParserSyntaxError as error:
                masked = ipython_masked(text) if cells is None and not errors else None
                if masked is not None:
                    text, row = masked
                    errors.append(parse_error(
                        filename, "syntax error: IPython shell escapes or magics are not Python "
                        "(a notebook exported as a script?); the rest was checked without them",
                        row, 1))
                    continue
                if cells is None:  # (IPython lines masked or not: the file's own error)
                    return None, source.text, [syntax_error(filename, source.text, error)]
                broken = _broken_cells(text, cells, filename)
                blamed = None if broken else syntax_error(filename, text, error)
        else:
            blamed = parse_error(filename, deep.message, deep.row, deep.column)
            if cells is None:
                return None, text, [blamed]
            broken = []
        if blamed is not None:  # libcst (or the depth) alone objects: blame the cell it points at
            rows = cells.rows_of(cells.locate(blamed.span.start.row)[0], text.count("\n"))
            broken = [(blamed, rows)]
        lines = text.split("\n")
        if all(not lines[r - 1].strip() for _, rows in broken for r in rows):
            return None, text, [*errors, *(f for f, _ in broken)]  # nothing left to blank
        for found, rows in broken:
            errors.append(found)
            for r in rows:
                lines[r - 1] = ""
        text = "\n".join(lines)


def ipython_masked(text: str) -> tuple[str, int] | None:
    """The text with its IPython lines (``!pip install x``, ``%matplotlib inline``) masked as
    in a notebook cell, and the first one's row; None when it has none, or when reading it as a
    cell would move columns (a prompt or indentation removed) or count lines otherwise."""
    code = cell_code(text)
    lines = text.split("\n")
    if (code is None or not code.masked or any(code.shifts)
            or len(code.lines) != len(lines) - (1 if text.endswith("\n") else 0)):
        return None
    for index in code.masked:
        lines[index] = code.lines[index]
    return "\n".join(lines), min(code.masked) + 1


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
    return with_rule(Finding(
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


def contained_failure(filename: str, reason: str, timed_out: bool) -> Finding:
    """XL001 for a file whose worker process died or overran the per-file time limit
    (contain.py); a death is a xentlint bug, an overrun is not."""
    if timed_out:
        return parse_error(filename, f"not checked: checking it {reason} (the per-file time "
                                     "limit; the XENTLINT_FILE_TIMEOUT variable sets it)")
    return parse_error(
        filename,
        f"{INTERNAL_ERROR} while checking this file: its process {reason} (most likely the "
        f"parser, libcst, on deeply nested code), so it is not checked; this is a xentlint "
        f"bug, please report it at {BUG_REPORTS}",
    )


def is_internal_error(finding: Finding) -> bool:
    return finding.code == PARSE_ERROR and finding.message.startswith(INTERNAL_ERROR)


def with_rule(finding: Finding) -> Finding:
    """The catalog's name, severity and documentation link for the finding's code."""
    try:
        rule = catalog.rule(finding.code)
    except KeyError:
        return finding
    return replace(finding, name=rule.name, severity=rule.severity, url=rule.url)
