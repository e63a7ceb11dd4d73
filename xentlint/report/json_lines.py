"""``--output-format json-lines``: one JSON object per line, the objects of the json format.

For tools that stream or ``grep`` findings: each line is complete on its own, and an empty run
prints nothing. With ``--statistics``, one object per rule.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from ..findings import Finding
from . import ReportOptions
from .escape import printable_json
from .json import finding_to_dict
from .statistics import statistics


def render(findings: Sequence[Finding], options: ReportOptions) -> str:
    if options.statistics:
        objects: list[dict[str, Any]] = [
            {"code": s.code, "name": s.name, "count": s.count, "fixable": s.fixable}
            for s in statistics(findings)
        ]
    else:
        objects = [finding_to_dict(f) for f in findings]
    return printable_json("\n".join(json.dumps(o, ensure_ascii=False) for o in objects))
