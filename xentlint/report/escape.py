"""Text every format can write: file names that are not UTF-8 never make an output invalid.

On POSIX a file name is bytes; Python decodes the bytes that are not UTF-8 into lone surrogates
(``surrogateescape``), which no UTF-8 output can hold: written as they are, they would make a
JSON, SARIF or XML report undecodable. Each format passes its text through :func:`printable`
(or a JSON document through :func:`printable_json`), which spells such a byte ``\\xff``, as
Python's ``backslashreplace`` does; SARIF percent-encodes that spelling in its URIs (a URI of
the raw bytes would be valid too, but consumers that expect UTF-8 reject it: JavaScript's
``decodeURIComponent`` throws on ``%FF``).
"""

from __future__ import annotations

import re

_SURROGATE = re.compile("[\ud800-\udfff]")


def _spell(char: str) -> str:
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8 (surrogateescape)
        return f"\\x{code - 0xDC00:02x}"
    return f"\\u{code:04x}"


def printable(text: str) -> str:
    """``text`` with every lone surrogate spelled as its escape (``\\xff``)."""
    if text.isascii():
        return text
    return _SURROGATE.sub(lambda m: _spell(m.group(0)), text)


def printable_json(document: str) -> str:
    """A JSON document (``ensure_ascii=False``) with lone surrogates spelled as in
    :func:`printable`: inside a JSON string the backslash of the escape is itself escaped."""
    if document.isascii():
        return document
    return _SURROGATE.sub(lambda m: "\\" + _spell(m.group(0)), document)


__all__ = ["printable", "printable_json"]
