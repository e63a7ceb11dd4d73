"""``--output-format json-lines``: one JSON object per line, the objects of the json format.

For tools that stream or ``grep`` findings: each line is complete on its own, and an empty run
prints nothing. With ``--statistics``, one object per rule.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from ..findings import Finding
from . import ReportOptions
from .escape import printable_json
from .json import objects


def render(findings: Sequence[Finding], options: ReportOptions) -> str:
    lines = (json.dumps(o, ensure_ascii=False) for o in objects(findings, options))
    return printable_json("\n".join(lines))
