"""The bundled fixtures project: exactly the findings its ``# expect: XLnnn`` comments announce.

Each bug in fixtures/ carries the comment on the line where xentlint must report it; every
other line (the correct look-alikes) must stay silent.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import xentlint

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
_EXPECT = re.compile(r"# expect: (XL\d{3})")


def _expected() -> set[tuple[str, int | None, int, str]]:
    expected = set()
    for path in sorted(FIXTURES.rglob("*.py")):
        for row, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            for code in _EXPECT.findall(line):
                expected.add((path.name, None, row, code))
    for path in sorted(FIXTURES.rglob("*.ipynb")):
        cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
        for index, cell in enumerate(cells, 1):
            for row, line in enumerate("".join(cell["source"]).splitlines(), 1):
                for code in _EXPECT.findall(line):
                    expected.add((path.name, index, row, code))
    return expected


def test_fixtures_yield_exactly_the_announced_findings():
    findings = xentlint.check_paths([FIXTURES])
    found = {(Path(f.filename).name, f.cell, f.span.start.row, f.code) for f in findings}
    assert found == _expected()


def test_fixtures_cover_every_keras_rule_family():
    codes = {code for *_, code in _expected()}
    assert {"XL001", "XL101", "XL102", "XL104", "XL2", "XL3", "XL4", "XL5"} <= codes | {
        c[:3] for c in codes}
