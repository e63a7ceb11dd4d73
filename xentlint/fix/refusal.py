"""Why a file must be left alone: :class:`FixRefused`, and the check that fixed code parses.

Refusals (one line on stderr, file untouched): the fixed code would not parse (a xentlint bug);
the fixed text cannot be encoded in the file's encoding; the file's bytes do not survive
decoding and re-encoding unchanged; a notebook whose JSON layout cannot be reproduced exactly;
the file changed on disk while it was being fixed.
"""

from __future__ import annotations


class FixRefused(Exception):
    """A file that must not be rewritten; the message says why, in one line."""


def _parse_problem(text: str) -> str | None:
    """Why libcst cannot parse ``text`` (one line), or ``None`` when it can."""
    import libcst as cst

    from ..pipeline.nesting import too_deep
    from ..recursion import deep_recursion

    deep = too_deep(text)
    if deep is not None:
        return f"line {deep.row}: {deep.message}"
    try:
        with deep_recursion():
            cst.parse_module(text)
    except cst.ParserSyntaxError as error:
        first = (error.message or "syntax error").splitlines()[0]
        return f"line {error.raw_line}: {first}"
    except (RecursionError, MemoryError) as error:  # pragma: no cover - absurd nesting
        return type(error).__name__
    return None
