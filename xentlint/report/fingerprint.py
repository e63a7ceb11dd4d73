"""Fingerprints that follow a finding across runs and unrelated edits (sarif, gitlab).

Code scanning and GitLab's Code Quality widget match an alert of one run to the next by its
fingerprint: if it changed when a line was inserted above it, a dismissed alert would come back
and a merge request would show fixed-and-new pairs for code nobody touched. So a fingerprint
hashes what identifies the bug, never where it is: the path, the rule code, the flagged source
text with its whitespace removed (reformatting is not a new bug) and the occurrence index among
the findings of that file with the same code and text (two identical mistakes in one file stay
two alerts). Where the source cannot be read (a deleted file), the message with its line and
cell numbers removed stands in for the text.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from collections.abc import Sequence

from ..findings import Finding
from .sources import SourceFiles

VERSION = "v1"
"""Part of every hash: a change of what is hashed must change every fingerprint at once."""

_WHITESPACE = re.compile(r"\s+")
_NUMBERED = re.compile(r"\b(line|lines|cell|column) \d+")


def fingerprints(findings: Sequence[Finding], sources: SourceFiles,
                 paths: Sequence[str] | None = None) -> list[str]:
    """One hex fingerprint per finding, in order (``paths``: the path each format reports,
    default the finding's filename)."""
    basis = []
    for finding in findings:
        text = sources.flagged_text(finding.filename, finding.cell, finding.span)
        normalised = _WHITESPACE.sub("", text) if text is not None else ""
        if not normalised:
            normalised = "message:" + _NUMBERED.sub(r"\1", finding.message)
        basis.append(normalised)
    order = sorted(range(len(findings)), key=lambda i: findings[i].sort_key())
    seen: Counter[tuple[str, str, str]] = Counter()
    result = [""] * len(findings)
    for i in order:
        path = paths[i] if paths is not None else findings[i].filename
        key = (path, findings[i].code, basis[i])
        occurrence = seen[key]
        seen[key] += 1
        payload = json.dumps([VERSION, *key, occurrence], ensure_ascii=True)
        result[i] = hashlib.sha256(payload.encode("ascii")).hexdigest()
    return result


__all__ = ["VERSION", "fingerprints"]
