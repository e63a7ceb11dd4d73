"""``--statistics``: how many findings of each rule, most frequent first (like ruff)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from ..findings import Finding


@dataclass(frozen=True)
class Statistic:
    code: str
    name: str
    count: int
    fixable: bool


def statistics(findings: Sequence[Finding]) -> list[Statistic]:
    counts = Counter(f.code for f in findings)
    names = {f.code: f.name for f in findings}
    fixable = {f.code for f in findings if f.fixable}
    return [Statistic(code, names[code], count, code in fixable)
            for code, count in sorted(counts.items(), key=lambda item: (-item[1], item[0]))]
