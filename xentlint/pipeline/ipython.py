"""A notebook cell read as IPython reads it: its cell transforms, then the Python it runs.

IPython (``IPython.core.inputtransformer2`` and the single-line prefilter) accepts cells that
are not Python; so does xentlint, in the same order:

1. common indentation: when the first non-blank line is indented, that indentation is removed
   from every line that starts with it (a cell pasted from inside a function);
2. prompts: ``>>> ``/``... `` (when the first line has ``>>>``) and ``In [1]: ``/``...: ``
   are removed from every line;
3. cell magics: ``%%time`` and ``%%capture`` run their body as Python (the magic line is
   masked); any other (``%%bash``, ``%%writefile``...) makes the cell not Python;
4. ``%time stmt`` / ``%timeit -n1 stmt`` run the statement: it stays, without the magic;
   ``%run model.py`` (``-i`` aside) runs a script in the notebook's names: read as
   ``from model import *`` (the script found as an import would be); other
   line magics, shell escapes and help (``%pip ...``, ``!ls``, ``x = !ls``, ``t = %timeit f()``,
   ``obj?``), each with the lines it continues with a trailing backslash, are masked;
5. automagics: a cell of one line such as ``ls ./data/`` or ``pip install x`` (a magic or an
   alias named without its ``%``), which is not Python, is masked.

A masked line becomes ``pass`` at the indentation of the line it starts on, so line numbers
and enclosing blocks stay valid. What was removed in steps 1 and 2 is kept per line (``shifts``),
so that a finding's column (and a fix) points into the cell as written.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass

# Cell magics whose body is plain Python that runs as written.
PYTHON_CELL_MAGICS = frozenset({"time", "capture"})

# IPython's line magics and default aliases (POSIX), which automagic runs without their "%".
AUTOMAGICS = frozenset({
    "aimport", "alias", "alias_magic", "autoawait", "autocall", "automagic", "autoreload",
    "autosave", "bookmark", "cat", "cd", "clear", "code_wrap", "colors", "conda", "config",
    "connect_info", "cp", "debug", "dhist", "dirs", "doctest_mode", "ed", "edit", "env", "gui",
    "hist", "history", "killbgscripts", "ldir", "less", "lf", "lk", "ll", "load", "load_ext",
    "loadpy", "logoff", "logon", "logstart", "logstate", "logstop", "ls", "lsmagic", "lx",
    "macro", "magic", "mamba", "man", "matplotlib", "micromamba", "mkdir", "more", "mv",
    "notebook", "page", "pastebin", "pdb", "pdef", "pdoc", "pfile", "pinfo", "pinfo2", "pip",
    "popd", "pprint", "precision", "prun", "psearch", "psource", "pushd", "pwd", "pycat",
    "pylab", "qtconsole", "quickref", "recall", "rehashx", "reload_ext", "rep", "rerun",
    "reset", "reset_selective", "rm", "rmdir", "run", "save", "sc", "set_env", "store", "sx",
    "system", "tb", "time", "timeit", "unalias", "unload_ext", "uv", "who", "who_ls", "whos",
    "xdel", "xmode",
})

_INDENT = re.compile(r"[ \t]+")
_CLASSIC_FIRST = re.compile(r">>>(?: |$)")
_CLASSIC = re.compile(r"(?:>>>|\.\.\.)(?: |$)")
_IPYTHON_PROMPT = re.compile(r"In \[\d+\]: |\s*\.{3,}: ?")
# ``%name``/``!cmd`` at a line start; not ``% x`` or ``!= y``, which continue a bracketed line.
_SHELL_OR_MAGIC = re.compile(r"^\s*(?:!(?!=)|%{1,2}[A-Za-z_]|\?)")
_ASSIGNED_MAGIC = re.compile(r"^\s*[\w.\[\], ]+=\s*(?:!|%{1,2})[A-Za-z_]")
_HELP = re.compile(r"^\s*[\w.]+\s*\?{1,2}\s*$")
# ``% timeit f()``: IPython also takes a space after the ``%`` of a line magic at a statement's
# start (a ``%`` that continues a bracketed line is the modulo operator).
_SPACED_MAGIC = re.compile(r"^\s*%\s+([A-Za-z_]\w*)")
_AUTOMAGIC = re.compile(r"\s*([A-Za-z_]\w*)(?:\s+(?![=,])|$)")
# ``%time f()``, ``%timeit -n1 -r1 f()``: the statement after the magic runs (once or more).
_TIMED = re.compile(r"^(\s*)%\s*(time|timeit)\s+(\S.*?)\s*$")
_RUN = re.compile(r"^(\s*)%run\s+(?:-i\s+)?((?:\w+/)*\w+)\.py\s*$")


@dataclass(frozen=True)
class CellCode:
    """The Python of one cell, a line for each of its lines."""

    lines: tuple[str, ...]
    shifts: tuple[int, ...]
    """Columns removed at the start of each line (indentation, prompt)."""
    masked: frozenset[int]
    """0-based indices of the lines replaced by ``pass``."""


def cell_code(source: str) -> CellCode | None:
    """The Python IPython runs for a code cell's ``source``; ``None`` for a cell magic that is
    not Python (``%%bash``)."""
    lines = source.splitlines()
    shifts = [0] * len(lines)
    _strip_common_indent(lines, shifts)
    _strip_prompts(lines, shifts)
    indents: dict[int, str] = {}  # masked line → the indentation its `pass` gets
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is not None and lines[first].lstrip().startswith("%%"):
        words = lines[first].strip()[2:].split(maxsplit=1)
        if not words or words[0] not in PYTHON_CELL_MAGICS:
            return None
        indents[first] = _indentation(lines[first])
    continued: str | None = None  # the indentation of the magic a backslash continues
    depth = 0  # brackets open before this line (roughly: brackets in strings count too)
    for index, line in enumerate(lines):
        timed = (_timed_statement(line) or _run_script(line) if continued is None
                 and index not in indents and depth == 0 else None)
        if timed is not None:  # %timeit -n1 build_model(): the call runs
            lines[index], removed = timed
            shifts[index] += removed
            continue
        if continued is not None:
            indents[index] = continued
        elif index in indents or (_SHELL_OR_MAGIC.match(line) or _ASSIGNED_MAGIC.match(line)
                                  or _HELP.match(line) or _spaced_magic(line, depth)):
            indents[index] = _indentation(line)
        else:
            depth = max(0, depth + sum(line.count(c) for c in "([{")
                        - sum(line.count(c) for c in ")]}"))
            continue
        continued = indents[index] if line.rstrip().endswith("\\") else None
    if first is not None and _is_automagic(lines, set(indents)):
        indents[first] = _indentation(lines[first])
    code = tuple(indents[i] + "pass" if i in indents else line for i, line in enumerate(lines))
    return CellCode(code, tuple(shifts), frozenset(indents))


def _timed_statement(line: str) -> tuple[str, int] | None:
    """``%time stmt`` / ``%timeit -n1 -r1 stmt``: the statement the magic runs, at the line's
    indentation, and how many columns were removed before it (None: not such a line)."""
    match = _TIMED.match(line)
    if match is None or line.rstrip().endswith("\\"):
        return None
    indent, statement = match.group(1), match.group(3)
    if match.group(2) == "timeit":
        while statement.startswith("-"):  # options: -n1, -r 3, -q, -o
            option, _, rest = statement.partition(" ")
            statement = rest.lstrip()
            if option in ("-n", "-r", "-p") and statement.split(" ", 1)[0].isdigit():
                statement = statement.partition(" ")[2].lstrip()
    try:
        if not statement or len(ast.parse(statement).body) != 1:
            return None
    except SyntaxError:
        return None
    return indent + statement, len(line) - len(indent) - len(statement)


def _run_script(line: str) -> tuple[str, int] | None:
    """``%run utils/model.py``: ``from utils.model import *`` (None: not such a line)."""
    match = _RUN.match(line)
    if match is None:
        return None
    return f"{match.group(1)}from {match.group(2).replace('/', '.')} import *", 0


def _spaced_magic(line: str, depth: int) -> bool:
    match = _SPACED_MAGIC.match(line)
    return depth == 0 and match is not None and match.group(1) in AUTOMAGICS


def _strip_common_indent(lines: list[str], shifts: list[int]) -> None:
    first = next((line for line in lines if line.strip()), "")
    match = _INDENT.match(first)
    if match is None:
        return
    indent = match.group()
    for i, line in enumerate(lines):
        if line.startswith(indent):
            lines[i] = line[len(indent):]
            shifts[i] += len(indent)


def _strip_prompts(lines: list[str], shifts: list[int]) -> None:
    content = [i for i, line in enumerate(lines) if line.strip()]
    if not content:
        return
    first, second = content[0], content[1] if len(content) > 1 else None
    for initial, prompt in ((_CLASSIC_FIRST, _CLASSIC), (_IPYTHON_PROMPT, _IPYTHON_PROMPT)):
        if initial.match(lines[first]) or second is not None and prompt.match(lines[second]):
            for i, line in enumerate(lines):
                match = prompt.match(line)
                if match is not None:
                    lines[i] = line[match.end():]
                    shifts[i] += match.end()


def _is_automagic(lines: list[str], masked: set[int]) -> bool:
    """A one-line cell that runs a magic without its ``%`` (``ls ./data/``), not Python."""
    content = [i for i, line in enumerate(lines) if line.strip()]
    if len(content) != 1 or content[0] in masked:
        return False
    line = lines[content[0]]
    match = _AUTOMAGIC.match(line)
    if match is None or match.group(1) not in AUTOMAGICS:
        return False
    try:
        ast.parse(line.strip())
    except SyntaxError:
        return True
    except (ValueError, RecursionError, MemoryError):
        return False
    return False


def _indentation(line: str) -> str:
    return line[: len(line) - len(line.lstrip(" \t"))]


__all__ = ["AUTOMAGICS", "CellCode", "PYTHON_CELL_MAGICS", "cell_code"]
