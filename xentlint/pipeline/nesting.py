"""How deeply a source nests, measured with the tokenizer before libcst sees it.

libcst's native parser recurses once per level of nesting and per link of a chain: a chain of
8,000 ``and``s or 6,000 attributes overflows its stack and kills the process (no exception to
catch), 1,300 nested parentheses too, and well before that its time grows with the square of
the depth (a 2,900-deep subscript chain takes 10 s). CPython itself refuses some of these
(200 nested brackets, about 3,000 nested ``elif``), not all. A source deeper than
:data:`DEPTH_LIMIT` is therefore not parsed: it is one XL001 with the reason, found in one pass
of the stdlib tokenizer (about a fifth of what libcst takes to parse the same file).

The depth is an upper bound of the libcst tree's: within a bracket (or a statement), each
operator, ``.``, call or subscript, ``not``, ternary ``if``, ``lambda`` and adjacent string
adds a link; a ``,`` (or ``=``, or a ``:`` that does not end a ``lambda``) starts a new
expression; an opened bracket starts from the depth where it opens. The weights are the
measured costs (libcst 1.9, Python 3.11): a call, subscript, ternary or lambda costs about
twice an operator or an attribute; a bracket four times. At the limit the slowest kind parses
in about 3 s, and the nearest crash (6,000 attributes, 3,500 nested lambdas) is twice as deep.

Most files are nowhere near the limit, and a cheap bound proves it without the tokenizer pass
(which costs a quarter of libcst's parse): see :func:`_surely_shallow`.
"""

from __future__ import annotations

import ast
import io
import tokenize
import warnings
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import accumulate

DEPTH_LIMIT = 3000
BRACKET_LIMIT = 200  # CPython's own (Parser/tokenizer.c, MAXLEVEL): deeper is a syntax error

_BRACKET_COST = 4
_OPERATORS = frozenset({
    "+", "-", "*", "/", "//", "%", "**", "@", "<<", ">>", "&", "|", "^", "~", "<", ">", "<=",
    ">=", "==", "!=", ".",
})
_KEYWORD_COSTS = {"and": 1, "or": 1, "not": 1, "in": 1, "is": 1, "await": 1, "elif": 1,
                  "if": 2, "lambda": 2}
_TRAILER_COST = 2
_RESETS = frozenset({",", "=", ";", ":=", "+=", "-=", "*=", "/=", "//=", "%=", "**=", "@=",
                     "<<=", ">>=", "&=", "|=", "^=", "->"})
_OPENERS = {"(": ")", "[": "]", "{": "}"}
# Adjacent strings are one concatenation (f-strings are several tokens from Python 3.12).
_STRING_STARTS = frozenset({tokenize.STRING, getattr(tokenize, "FSTRING_START", tokenize.STRING)})
_STRING_ENDS = frozenset({tokenize.STRING, getattr(tokenize, "FSTRING_END", tokenize.STRING)})
_OPERAND_ENDS = frozenset({")", "]", "}"})
_STATEMENT_KEYWORDS = frozenset({"if", "elif", "while", "for", "with", "def", "class", "return",
                                 "yield", "else", "try", "except", "finally", "assert", "del",
                                 "import", "from", "raise", "global", "nonlocal", "pass",
                                 "break", "continue", "match", "case", "async", "await", "in",
                                 "and", "or", "not", "is", "lambda"})


@dataclass(frozen=True)
class TooDeep:
    """Where the source first goes past a limit, and the XL001 message that says so."""

    row: int
    column: int  # 1-based
    message: str


@dataclass
class _Frame:
    base: int  # the depth where the bracket opened
    chain: int = 0  # the links of the expression being read
    lambdas: int = 0  # lambdas whose ":" is still to come


def too_deep(text: str) -> TooDeep | None:
    """The first place ``text`` nests deeper than libcst can safely parse, or ``None``.

    Tokenizing stops at the first token error; what was read before it is measured (a syntax
    error is libcst's and CPython's to report, with their own words)."""
    if _surely_shallow(text):
        return None
    frames = [_Frame(0)]
    elifs: dict[int, int] = {}  # indentation column → elifs of the if statement there
    previous: tokenize.TokenInfo | None = None
    at_statement_start = True
    try:
        for token in tokenize.generate_tokens(io.StringIO(text).readline):
            kind, string = token.type, token.string
            if kind in (tokenize.COMMENT, tokenize.NL, tokenize.INDENT, tokenize.DEDENT):
                continue
            if kind in (tokenize.NEWLINE, tokenize.ENDMARKER):
                frames = [_Frame(0)]
                at_statement_start = True
                previous = None
                continue
            top = frames[-1]
            if at_statement_start:
                column = token.start[1]
                for deeper in [c for c in elifs if c > column]:
                    del elifs[deeper]
                if string == "elif":
                    elifs[column] = elifs.get(column, 0) + 1
                elif string != "else":
                    elifs.pop(column, None)
                top.base = sum(elifs.values())
                at_statement_start = False
            if kind == tokenize.OP and string in _OPENERS:
                if _is_operand_end(previous):
                    top.chain += _TRAILER_COST
                if len(frames) > BRACKET_LIMIT:
                    return TooDeep(*_start(token), "syntax error: too many nested parentheses "
                                   f"(more than {BRACKET_LIMIT}, the limit of Python's parser)")
                frames.append(_Frame(top.base + top.chain + _BRACKET_COST))
            elif kind == tokenize.OP and string in (")", "]", "}"):
                if len(frames) > 1:
                    frames.pop()
            elif kind == tokenize.OP and string in _RESETS:
                top.chain = 0
                if string == ";":
                    at_statement_start = True
            elif kind == tokenize.OP and string == ":":
                if top.lambdas:
                    top.lambdas -= 1
                else:
                    top.chain = 0
            elif kind == tokenize.OP and string in _OPERATORS:
                top.chain += 1
            elif kind == tokenize.NAME and string in _KEYWORD_COSTS:
                top.chain += _KEYWORD_COSTS[string]
                top.lambdas += string == "lambda"
            elif kind in _STRING_STARTS and previous is not None and previous.type in _STRING_ENDS:
                top.chain += 1
            depth = top.base + top.chain
            if depth > DEPTH_LIMIT:
                return TooDeep(*_start(token), f"too deeply nested to analyse: an expression "
                               f"or an `elif` chain goes more than {DEPTH_LIMIT} levels deep, "
                               "which the parser (libcst) cannot handle safely; the file is "
                               "not checked")
            previous = token
    except (SyntaxError, tokenize.TokenError) as error:
        # Python 3.12+ tokenizes with CPython's own tokenizer, which stops at 200 brackets.
        if "too many nested parentheses" in str(error):
            row, column = _error_position(error)
            return TooDeep(row, column, "syntax error: too many nested parentheses (more than "
                           f"{BRACKET_LIMIT}, the limit of Python's parser)")
    return None


# What a token adds to the depth, bounded on the raw text: each token that adds anything holds
# one of these characters (`==` its `=`; a string, adjacent to another, a quote) or words
# (`elif` is counted as `if` too), each counted as often as it occurs, comments and strings
# included, so the count can only be too high. A bracket adds at most its own cost and a call's.
_COST_CHARACTERS = tuple("+-*/%@&|^~<>=!.'\"")
_ONE_WORDS = tuple(word for word, cost in _KEYWORD_COSTS.items() if cost == 1)
_TWO_WORDS = tuple(word for word, cost in _KEYWORD_COSTS.items() if cost == 2)
_OPENER_COST = _BRACKET_COST + _TRAILER_COST


def _surely_shallow(text: str) -> bool:
    """Whether :func:`too_deep` would surely find nothing, proved without tokenizing.

    Where a statement starts, the chain is 0, no bracket is open and the base is at most the
    number of ``elif`` seen so far; each later token adds at most its cost. So no token of a
    stretch of lines that starts with a statement (the statement's first token is the line's
    first) goes deeper than the file's ``elif`` count plus the bound of the stretch's costs,
    nor inside more brackets than it opens. The stretches are those between the top-level
    statements, and only where one of them is over the limit, between all the statements in
    it (the stdlib ``ast`` finds them, at a tenth of libcst's time). Anything unusual (a syntax
    error, ``\\r`` line ends) is left to the tokenizer.
    """
    budget = DEPTH_LIMIT - text.count("elif")
    if _fits(text, budget):
        return True
    if "\r" in text:
        return False
    try:
        with warnings.catch_warnings():  # an invalid escape is not ours to warn about here
            warnings.simplefilter("ignore")
            tree = ast.parse(text)
    except Exception:  # noqa: BLE001 - a syntax error, too deep for CPython: the tokenizer's
        return False
    lines = text.split("\n")
    offsets = list(accumulate((len(line) + 1 for line in lines), initial=0))
    end = len(lines) + 1

    def stretches(rows: Iterable[int], first: int, last: int) -> Iterator[tuple[int, int]]:
        starts = sorted({first, *(r for r in rows if first < r < last)})
        return zip(starts, [*starts[1:], last])

    nested: list[int] | None = None
    for first, last in stretches(_starts(tree.body, lines, nested=False), 1, end):
        if _fits(text[offsets[first - 1]:offsets[last - 1]], budget):
            continue
        if nested is None:
            nested = list(_starts(tree.body, lines, nested=True))
        for start, stop in stretches(nested, first, last):
            if not _fits(text[offsets[start - 1]:offsets[stop - 1]], budget):
                return False
    return True


def _fits(text: str, budget: int) -> bool:
    openers = text.count("(") + text.count("[") + text.count("{")
    if openers >= BRACKET_LIMIT:
        return False
    cost = (_OPENER_COST * openers + sum(map(text.count, _COST_CHARACTERS))
            + sum(map(text.count, _ONE_WORDS)) + 2 * sum(map(text.count, _TWO_WORDS)))
    return cost <= budget


def _starts(body: list[ast.stmt], lines: list[str], *, nested: bool) -> Iterator[int]:
    """The rows, in no order, where a statement (or an ``except`` clause) of ``body`` starts
    its line.

    A walk with its own stack: an ``elif`` chain is as deep as it is long, and under a raised
    recursion limit CPython's parser builds trees deeper than Python code may recurse."""
    pending: list[ast.stmt | ast.excepthandler] = list(body)
    while pending:
        node = pending.pop()
        yield from _own_line(node, lines)
        if not nested:
            continue
        for field in ("body", "orelse", "finalbody", "handlers"):  # an except clause has a body
            pending.extend(getattr(node, field, []))
        for case in getattr(node, "cases", []):
            pending.extend(case.body)


def _own_line(node: ast.stmt | ast.excepthandler, lines: list[str]) -> Iterator[int]:
    # col_offset counts UTF-8 bytes: equal to characters over an indentation of blanks
    if not lines[node.lineno - 1][:node.col_offset].strip(" \t\f"):
        yield node.lineno


def _error_position(error: SyntaxError | tokenize.TokenError) -> tuple[int, int]:
    if isinstance(error, SyntaxError):
        return error.lineno or 1, error.offset or 1
    where = error.args[1] if len(error.args) > 1 else None
    if isinstance(where, tuple) and len(where) == 2:
        return int(where[0]), int(where[1]) + 1
    return 1, 1


def _is_operand_end(token: tokenize.TokenInfo | None) -> bool:
    """Whether a bracket after ``token`` is a call or a subscript (``f(``, ``a[``, ``g()(``)."""
    if token is None:
        return False
    if token.type == tokenize.NAME:
        return token.string not in _STATEMENT_KEYWORDS
    if token.type in (tokenize.NUMBER, tokenize.STRING):
        return True
    return token.type == tokenize.OP and token.string in _OPERAND_ENDS


def _start(token: tokenize.TokenInfo) -> tuple[int, int]:
    return token.start[0], token.start[1] + 1


__all__ = ["BRACKET_LIMIT", "DEPTH_LIMIT", "TooDeep", "too_deep"]
