"""Inline suppression: which comments count, and which findings they cover."""

from __future__ import annotations

import json

import pytest

from xentlint import check_source
from xentlint.pipeline import analyze as analysis
from xentlint.findings import Finding, Span
from xentlint.pipeline.suppress import parse_comment, scan


@pytest.mark.parametrize(("comment", "expected"), [
    ("# noqa", None),
    ("#noqa", None),
    ("# NOQA", None),
    ("# noqa: XL101", ("XL101",)),
    ("# noqa:XL101,XL2", ("XL101", "XL2")),
    ("# noqa: XL101 XL102 because reasons", ("XL101", "XL102")),
    ("# noqa: E501", False),
    ("# noqa: E501, XL101", ("XL101",)),
    ("# xentlint: ignore", None),
    ("# xentlint:ignore[xl101, XL2]", ("XL101", "XL2")),
    ("# type: ignore  # xentlint: ignore[XL3]", ("XL3",)),
    ("# xentlint: ignore[XL1]  # noqa: XL2", ("XL1", "XL2")),
    ("# just a comment about noqa-ish things", False),
    ("# xentlint: ignored", False),
])
def test_parse_comment(comment: str, expected) -> None:
    assert parse_comment(comment) == expected


def finding(code: str, row: int) -> Finding:
    return Finding(code=code, name="", severity="", message="m", filename="t.py",
                   span=Span.of(row, 1, row, 2))


def test_comments_inside_strings_do_not_count() -> None:
    suppressions = scan('a = "# noqa"\nb = """\n# xentlint: ignore\n"""\n')
    assert not suppressions.by_row


def test_multi_line_statement_first_line_covers_the_statement() -> None:
    text = ("model.compile(  # noqa: XL101\n"
            "    loss='x',\n"
            "    metrics=['y'],\n"
            ")\n"
            "other(  \n"
            "    1,  # noqa: XL2\n"
            ")\n")
    suppressions = scan(text)
    assert suppressions.suppresses(finding("XL101", 1))
    assert suppressions.suppresses(finding("XL101", 3))
    assert not suppressions.suppresses(finding("XL102", 2))
    assert suppressions.suppresses(finding("XL201", 6))  # its own line
    assert not suppressions.suppresses(finding("XL201", 5))  # not upwards
    assert not suppressions.suppresses(finding("XL201", 7))  # nor to later lines


def test_compound_statement_header_is_its_own_statement() -> None:
    suppressions = scan("def f():  # noqa\n    return loss(x)\n")
    assert suppressions.suppresses(finding("XL101", 1))
    assert not suppressions.suppresses(finding("XL101", 2))


@pytest.fixture
def two_findings(monkeypatch: pytest.MonkeyPatch) -> None:
    """The analyzer reports XL101 on line 2 and XL201 on line 3 of any file."""

    def analyze(module, filename, frameworks=None, codes=None):
        return [Finding("XL101", "", "", "first", filename, Span.of(2, 1, 2, 5)),
                Finding("XL201", "", "", "second", filename, Span.of(3, 1, 3, 5))]

    monkeypatch.setattr(analysis, "analyze_module", analyze)


def codes(findings: list[Finding]) -> list[str]:
    return [f.code for f in findings]


def test_end_to_end_suppression(two_findings) -> None:
    assert codes(check_source("import keras\nloss = 1\nloss = 2\n", "t.py")) == ["XL101", "XL201"]
    assert codes(check_source("import keras\nloss = 1  # noqa\nloss = 2\n", "t.py")) == ["XL201"]
    assert codes(check_source(
        "import keras\nloss = 1  # noqa: XL2\nloss = 2  # xentlint: ignore[XL2]\n", "t.py",
    )) == ["XL101"]
    assert codes(check_source("import keras\nloss = (1,  # xentlint: ignore\n2)\n", "t.py")) == []


def test_suppression_in_notebooks_uses_cell_coordinates(two_findings) -> None:
    nb = {"cells": [{"cell_type": "code", "source": "import keras\n"},
                    {"cell_type": "code", "source": "loss = 1  # noqa: XL101\nloss = 2\n"}]}
    findings = check_source(json.dumps(nb), "nb.ipynb")
    assert [(f.code, f.cell, f.span.start.row) for f in findings] == [("XL201", 2, 2)]


def test_parse_errors_cannot_be_suppressed_inline() -> None:
    findings = check_source("import keras\nloss = (  # noqa\n", "t.py")
    assert codes(findings) == ["XL001"]
