"""Unified diffs of fixes, for ``--diff``: ones that ``patch -p0`` and ``git apply`` accept."""

from __future__ import annotations

import difflib


def unified_diff(old: str, new: str, filename: str) -> str:
    """A unified diff that ``patch -p0`` and ``git apply -p0`` accept (``\\ No newline at end of
    file`` where a side does not end in a newline; line endings kept as they are)."""
    lines = []
    for line in difflib.unified_diff(old.splitlines(keepends=True), new.splitlines(keepends=True),
                                     fromfile=filename, tofile=filename, n=3):
        if line.startswith(("---", "+++")):
            line = line.rstrip("\n") + "\n"
        lines.append(line)
        if not line.endswith(("\n", "\r")):
            lines.append("\n\\ No newline at end of file\n")
    return "".join(lines)


def _diff_text(data: bytes, filename: str) -> str:
    """A file's bytes as the text to diff: a notebook's JSON, or Python decoded as checked."""
    if filename.endswith(".ipynb"):
        return data.decode("utf-8-sig", errors="replace")
    from ..pipeline.source import SourceError, decode_python

    try:
        return decode_python(data)
    except SourceError:  # pragma: no cover - a file that decoded once decodes again
        return data.decode("utf-8", errors="replace")
