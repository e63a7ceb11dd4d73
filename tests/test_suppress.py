"""Inline suppression: which comments count, which findings they cover, and the directives that
suppress nothing (XL002) with their fix."""

from __future__ import annotations

import json

import pytest

from xentlint import check_source
from xentlint.config import Selection, Settings
from xentlint.findings import Finding, Span
from xentlint.fix import fix_text
from xentlint.pipeline import analyze as analysis
from xentlint.pipeline.suppress import parse_comment, scan


def summary(comment: str) -> list[tuple[str, tuple[str, ...] | None, bool]]:
    """(scope, codes or None for every code, malformed) of each directive of a comment."""
    return [(d.scope, None if d.codes is None else tuple(c.text for c in d.codes),
             bool(d.malformed)) for d in parse_comment(comment) if not d.bare_noqa]


@pytest.mark.parametrize(("comment", "expected"), [
    ("# noqa: XL101", [("line", ("XL101",), False)]),
    ("# noqa:XL101,XL2", [("line", ("XL101", "XL2"), False)]),
    ("# noqa: XL101 XL102 because reasons", [("line", ("XL101", "XL102"), False)]),
    ("# noqa: E501", []),  # another tool's
    ("# noqa: E501, XL101", [("line", ("E501", "XL101"), False)]),
    ("# xentlint: ignore", [("line", None, False)]),
    ("# xentlint:ignore[xl101, XL2]", [("line", ("xl101", "XL2"), False)]),
    ("# type: ignore  # xentlint: ignore[XL3]", [("line", ("XL3",), False)]),
    ("# xentlint: ignore[XL1]  # noqa: XL2", [("line", ("XL1",), False), ("line", ("XL2",), False)]),
    ("# just a comment about noqa-ish things", []),
    ("# xentlint: ignored", []),
    ("# xentlint: noqa", [("file", None, False)]),
    ("# xentlint: noqa: XL101, XL3", [("file", ("XL101", "XL3"), False)]),
    ("# noqa: XL", [("line", ("XL",), False)]),  # an unknown code: never a blanket
    ("# noqa: softmax is intended", []),  # names no code: no directive of ours, no blanket
    ("# noqa:", []),
    ("# noqa: GB_REGISTRY", []),
    ("# xentlint: ignore[]", [("line", None, True)]),
    ("# xentlint: ignore [XL101]", [("line", ("XL101",), False)]),
    ("# xentlint: ignore: XL101", [("line", None, True)]),  # not a form: never a blanket
    ("# xentlint: ignore[XL101", [("line", None, True)]),
    ("# noqa: XL1O1", [("line", ("XL1O1",), False)]),  # one unknown code, not the XL1 group
    ("# noqa: XL101 py3 compat", [("line", ("XL101",), False)]),  # lower-case words end a list
])
def test_parse_comment(comment: str, expected) -> None:
    assert summary(comment) == expected


def test_a_bare_noqa_is_every_code_and_never_ours_to_report() -> None:
    (directive,) = parse_comment("# noqa")
    assert directive.codes is None and directive.bare_noqa
    assert directive.covers("XL101") == ["*"]


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


@pytest.mark.parametrize("comment", ["# noqa: XL1O1", "# noqa: XL", "# noqa: XL10",
                                     "# noqa: because", "# xentlint: ignore[XL999]",
                                     "# xentlint: ignore[]", "# xentlint: ignore: XL101",
                                     "# xentlint: ignore[E501]"])
def test_a_typo_never_widens_a_suppression(comment: str) -> None:
    suppressions = scan(f"loss = 1  {comment}\n")
    assert not any(suppressions.suppresses(finding(code, 1)) for code in ("XL101", "XL102", "XL201"))


def test_file_level_directives_cover_every_line() -> None:
    suppressions = scan("import keras\n# xentlint: noqa: XL101\nloss = 1\n")
    assert suppressions.suppresses(finding("XL101", 3))
    assert not suppressions.suppresses(finding("XL102", 3))
    assert scan("# xentlint: noqa\nx = 1\n").suppresses(finding("XL306", 2))


@pytest.fixture
def two_findings(monkeypatch: pytest.MonkeyPatch) -> None:
    """The analyzer reports XL101 on line 2 and XL201 on line 3 of any file."""

    def analyze(module, filename, frameworks=None, codes=None, **options):
        return [Finding("XL101", "", "", "first", filename, Span.of(2, 1, 2, 5)),
                Finding("XL201", "", "", "second", filename, Span.of(3, 1, 3, 5))]

    monkeypatch.setattr(analysis, "analyze_module", analyze)


def codes(findings: list[Finding]) -> list[str]:
    return [f.code for f in findings]


def test_end_to_end_suppression(two_findings) -> None:
    assert codes(check_source("import keras\nloss = 1\nloss = 2\n", "t.py")) == ["XL101", "XL201"]
    assert codes(check_source("import keras\nloss = 1  # noqa\nloss = 2\n", "t.py")) == ["XL201"]
    assert codes(check_source(
        "import keras\nloss = 1  # noqa: XL1\nloss = 2  # xentlint: ignore[XL2]\n", "t.py",
    )) == []
    assert codes(check_source("import keras\nloss = (1,  # xentlint: ignore\n2)\n", "t.py")) == []


def test_suppression_in_notebooks_uses_cell_coordinates(two_findings) -> None:
    nb = {"cells": [{"cell_type": "code", "source": "import keras\n"},
                    {"cell_type": "code", "source": "loss = 1  # noqa: XL101\nloss = 2\n"}]}
    findings = check_source(json.dumps(nb), "nb.ipynb")
    assert [(f.code, f.cell, f.span.start.row) for f in findings] == [("XL201", 2, 2)]


def test_parse_errors_cannot_be_suppressed_inline() -> None:
    findings = check_source("import keras\nloss = (  # noqa\n", "t.py")
    assert codes(findings) == ["XL001"]


# --- XL002: directives that suppress nothing -------------------------------------------------

HEAD = ("import keras\n"
        "model = keras.Sequential([keras.layers.Dense(10, activation='softmax')])\n")


def xl002(text: str, settings: Settings | None = None) -> list[tuple[int, str]]:
    return [(f.span.start.row, f.message) for f in check_source(text, "t.py", settings)
            if f.code == "XL002"]


def test_an_unused_code_is_reported_at_its_directive() -> None:
    text = HEAD + "model.compile(loss='sparse_categorical_crossentropy')  # noqa: XL101\n"
    (found,) = [f for f in check_source(text, "t.py") if f.code == "XL002"]
    assert found.message == "`# noqa: XL101` suppresses nothing (unused: `XL101`)"
    assert (found.span.start.row, found.span.start.column) == (3, 56)
    assert found.severity == "warning" and found.fixable


def test_unknown_and_unused_codes_are_named_and_a_used_one_stays() -> None:
    text = HEAD + ("model.compile(loss=keras.losses.CategoricalCrossentropy(from_logits=True))"
                   "  # noqa: XL101, XL305, XL9O9\n")
    assert xl002(text) == [(3, "`# noqa: XL101, XL305, XL9O9`: part of it suppresses nothing "
                               "(unused: `XL305`; unknown: `XL9O9`)")]


def test_what_is_never_reported() -> None:
    text = HEAD + ("model.compile(loss='sparse_categorical_crossentropy')  # noqa\n"
                   "x = 1  # noqa: E501, W291\n")
    assert xl002(text) == []


def test_a_directive_of_ours_that_names_no_code_is_reported_without_an_edit() -> None:
    assert xl002(HEAD + "y = 2  # noqa: softmax is intended here\n") == []  # not ours
    text = HEAD + "y = 2  # xentlint: ignore[]\n"
    (found,) = [f for f in check_source(text, "t.py") if f.code == "XL002"]
    assert found.message == "`# xentlint: ignore[]` names no code, so it suppresses nothing"
    assert found.fix is not None and found.fix.edits == ()
    assert xl002(HEAD + "y = 2  # xentlint: ignore: XL101\n") == [
        (3, "`# xentlint: ignore: XL101` is not a directive (the codes go in brackets: "
            "`ignore[XL101]`), so it suppresses nothing")]
    assert xl002(HEAD + "y = 2  # xentlint: ignore[E501]\n") == [
        (3, "`# xentlint: ignore[E501]` suppresses nothing (unknown: `E501`)")]


def test_a_code_that_did_not_run_is_not_reported() -> None:
    text = HEAD + "model.compile(loss='sparse_categorical_crossentropy')  # noqa: XL101\n"
    only_labels = Settings().with_selection(Selection(select=("XL3", "XL002")))
    assert xl002(text, only_labels) == []
    assert xl002(text, Settings().with_selection(Selection(ignore=("XL002",)))) == []


def test_blanket_and_file_level_directives() -> None:
    assert xl002(HEAD + "x = 1  # xentlint: ignore\n") == [
        (3, "`# xentlint: ignore` suppresses nothing on this line")]
    assert xl002("# xentlint: noqa\n" + HEAD) == [
        (1, "`# xentlint: noqa` suppresses nothing in this file")]
    assert xl002(HEAD + "x = 1  # noqa: XL\n") == [
        (3, "`# noqa: XL` suppresses nothing (unknown: `XL`)")]
    # Two blanket directives on one clean line do not hide each other.
    assert len(xl002(HEAD + "x = 1  # xentlint: ignore  # xentlint: ignore\n")) == 2


def test_an_xl002_finding_can_itself_be_suppressed() -> None:
    text = "# xentlint: noqa: XL002\n" + HEAD + "x = 1  # noqa: XL101\n"
    assert xl002(text) == []


@pytest.mark.parametrize(("line", "fixed"), [
    ("x = 1  # noqa: XL101\n", "x = 1\n"),
    ("x = 1  # noqa: E501, XL101\n", "x = 1  # noqa: E501\n"),
    ("x = 1  # noqa: XL101 because reasons\n", "x = 1  # because reasons\n"),
    ("x = 1  # type: ignore  # xentlint: ignore\n", "x = 1  # type: ignore\n"),
    ("x = 1  # xentlint: ignore[XL1O1, XL101]\n", "x = 1\n"),
    ("# xentlint: noqa: XL305\n", ""),
    ("x = 1  # noqa: XL101 py3 compat\n", "x = 1  # py3 compat\n"),
    ("x = 1  # xentlint: ignore  # noqa: E501\n", "x = 1  # noqa: E501\n"),
    ("# noqa: XL101  # xentlint: noqa: XL305\n", ""),  # two dead directives, over two rounds
    ("x = 1  # xentlint: noqa: XL305  see the issue\n", "x = 1  # see the issue\n"),
])
def test_the_fix_removes_the_dead_codes_or_the_directive(line: str, fixed: str) -> None:
    text = HEAD + line + "y = 2\n"
    result, applied, remaining = fix_text(text, "t.py")
    assert result == HEAD + fixed + "y = 2\n"
    assert {f.code for f in applied} == {"XL002"} and remaining == []
    assert fix_text(result, "t.py")[0] == result  # idempotent


def test_the_fix_keeps_a_directive_in_use_on_the_same_line() -> None:
    text = ("import keras\n"
            "# noqa: XL101  # xentlint: noqa: XL101\n"
            "model = keras.Sequential([keras.layers.Dense(3, activation='softmax')])\n"
            "model.compile(loss=keras.losses.CategoricalCrossentropy(from_logits=True))\n")
    result, applied, remaining = fix_text(text, "t.py")
    assert result == text.replace("# noqa: XL101  # xentlint", "# xentlint")
    assert [f.code for f in applied] == ["XL002"] and remaining == []


def test_lines_are_counted_as_libcst_counts_them() -> None:
    """A lone carriage return is a line break: XL002 points at the right line, and its fix
    deletes that line's directive, not the code after the CR."""
    text = "import keras\rx = 1  # noqa: XL101\nloss = 2\n"
    assert xl002(text) == [(2, "`# noqa: XL101` suppresses nothing (unused: `XL101`)")]
    assert fix_text(text, "t.py")[0] == "import keras\rx = 1\nloss = 2\n"


def test_xl002_in_a_notebook_points_at_the_cell() -> None:
    nb = {"cells": [{"cell_type": "markdown", "source": "# Train"},
                    {"cell_type": "code", "source": HEAD},
                    {"cell_type": "code", "source": "x = 1\ny = 2  # noqa: XL101\n"}]}
    (found,) = [f for f in check_source(json.dumps(nb), "nb.ipynb") if f.code == "XL002"]
    assert (found.cell, found.span.start.row, found.span.start.column) == (3, 2, 8)


def test_the_documented_bad_example_is_fixed_into_the_documented_good_one() -> None:
    from pathlib import Path

    from xentlint.catalog import parse_rule_document

    document = Path(__file__).resolve().parent.parent / "rules" / "XL002.md"
    rule = parse_rule_document(document.read_text(encoding="utf-8"))
    bad = next(e for e in rule.examples if e.kind == "bad")
    good = next(e for e in rule.examples if e.kind == "good")
    fixed, applied, remaining = fix_text(bad.source, "example.py")
    assert fixed == good.source
    assert [f.code for f in applied] == ["XL002", "XL002"] and remaining == []
