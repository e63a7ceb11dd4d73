"""Every file under ``tests/cases/XLnnn/`` yields exactly the findings its comments announce.

One real-looking Python file a case, in the folder of the rule it is about (ruff's layout of one
fixture folder a code). Its first line is a docstring saying what it is: ``Bug: ...`` for a
case with findings, ``Look-alike: ... must stay silent.`` for correct code resembling the
rule's mistake. A finding is announced by a trailing ``# expect: XL101`` on the line where it
starts (several: ``# expect: XL101, XL305``); a finding without its comment fails, and so does a
comment without its finding. A ``# xfail: reason`` line after the docstring marks a known miss.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from xentlint.catalog import all_rules

CASES = Path(__file__).resolve().parent / "cases"
_EXPECT = re.compile(r"#\s*expect:\s*(XL\d{3}(?:\s*,\s*XL\d{3})*)\s*$")
_XFAIL = re.compile(r"^#\s*xfail:\s*(.+?)\s*$", re.M)
_DOCSTRING = re.compile(r'"""(Bug: .+\.|Look-alike: .+ must stay silent\.)"""')
PATHS = sorted(CASES.glob("XL*/*.py"))


def _announced(text: str) -> set[tuple[int, str]]:
    """The (row, code) pairs of the ``# expect:`` comments."""
    announced = set()
    for row, line in enumerate(text.splitlines(), 1):
        if match := _EXPECT.search(line):
            announced |= {(row, code.strip()) for code in match.group(1).split(",")}
    return announced


def _case(path: Path):
    known_miss = _XFAIL.search(path.read_text(encoding="utf-8"))
    marks = [pytest.mark.xfail(strict=True, reason=known_miss.group(1))] if known_miss else []
    return pytest.param(path, id=f"{path.parent.name}/{path.stem}", marks=marks)


@pytest.mark.parametrize("path", [_case(path) for path in PATHS])
def test_case_yields_exactly_the_announced_findings(path, findings):
    text = path.read_text(encoding="utf-8")
    found = {(f.span.start.row, f.code) for f in findings(text, path.name)}
    assert found == _announced(text)


@pytest.mark.parametrize("path", PATHS, ids=[f"{p.parent.name}/{p.stem}" for p in PATHS])
def test_case_says_what_it_is(path):
    text = path.read_text(encoding="utf-8")
    first_line = text.split("\n", 1)[0]
    assert _DOCSTRING.fullmatch(first_line), "the first line is not a one-sentence docstring"
    assert first_line.startswith('"""Bug: ') == bool(_announced(text)), (
        "a Bug: case announces its findings, a Look-alike: case none")


def test_every_folder_is_a_code_of_the_catalog():
    folders = {p.name for p in CASES.iterdir() if p.is_dir()}
    assert folders - set(all_rules()) == set()


def test_every_code_of_the_catalog_has_cases():
    assert [code for code in all_rules() if not any((CASES / code).glob("*.py"))] == []
