"""The rule documents in ``rules/`` against the catalog (../shared/spec/rules.md), and their examples.

Every bad example must yield exactly its own code, every good example nothing: the examples are
the rule tests. A framework's examples are tests once its registry row says its rules are
implemented (``rules_implemented``); examples of the others are only parsed.
"""

from __future__ import annotations

import re
from pathlib import Path

import libcst
import pytest

from xentlint import frameworks
from xentlint.catalog import (
    README_TABLE_END,
    README_TABLE_START,
    markdown_table,
    parse_rule_document,
)

IMPLEMENTED_FRAMEWORKS = {f.name for f in frameworks.REGISTRY if f.rules_implemented}

REPO = Path(__file__).resolve().parent.parent
RULES_DIR = REPO / "rules"
SPEC = REPO.parent / "shared" / "spec" / "rules.md"
README = REPO / "README.md"

SECTIONS = ("## What it does", "## Why is this bad?", "## Example", "## Use instead", "## Fix safety")
KNOWN_FRAMEWORKS = set(frameworks.NAMES)

DOCS = {
    rule.code: rule
    for rule in sorted(
        (parse_rule_document(path.read_text(encoding="utf-8")) for path in RULES_DIR.glob("XL*.md")),
        key=lambda r: r.code,
    )
}


def _spec_rules() -> dict[str, dict[str, str]]:
    """The rows of every table of the catalog, by code: {column header: cell}."""
    rows: dict[str, dict[str, str]] = {}
    header: list[str] | None = None
    for line in SPEC.read_text(encoding="utf-8").splitlines():
        if not line.startswith("|"):
            header = None
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if cells[0] == "code":
            header = cells
        elif header and re.fullmatch(r"XL\d{3}", cells[0]):
            rows[cells[0]] = dict(zip(header, cells))
    return rows


SPEC_RULES = _spec_rules() if SPEC.exists() else {}
needs_spec = pytest.mark.skipif(not SPEC.exists(), reason=f"{SPEC} not present")


@needs_spec
def test_spec_parsed():
    assert "XL001" in SPEC_RULES and "XL101" in SPEC_RULES
    assert all(code in SPEC_RULES for code in DOCS), "a document without a catalog entry"


@needs_spec
@pytest.mark.parametrize("code", sorted(SPEC_RULES))
def test_document_matches_catalog(code):
    assert code in DOCS, f"rules/{code}.md is missing"
    spec, rule = SPEC_RULES[code], DOCS[code]
    assert rule.name == spec["name"]
    assert rule.severity == spec["sev"]
    assert rule.frameworks == tuple(spec.get("fw", "").split())


@pytest.mark.parametrize("code", sorted(DOCS))
def test_document_shape(code):
    rule = DOCS[code]
    assert rule.summary, "front matter has no summary"
    body = rule.body
    assert body.startswith(f"# {code} · {rule.name}\n")
    positions = [body.find(f"\n{section}\n") for section in SECTIONS]
    assert all(p >= 0 for p in positions), f"missing sections: {[s for s, p in zip(SECTIONS, positions) if p < 0]}"
    assert positions == sorted(positions), "sections out of order"


@pytest.mark.parametrize("code", sorted(DOCS))
def test_examples_cover_implemented_frameworks(code):
    rule = DOCS[code]
    for example in rule.examples:
        if not example.framework:  # a rule of no framework in particular (XL002)
            assert not rule.frameworks, f"line {example.line}: an example without its framework"
            libcst.parse_module(example.source)
            continue
        assert example.framework in KNOWN_FRAMEWORKS, f"line {example.line}: unknown framework tag"
        assert example.framework in rule.framework_names, (
            f"line {example.line}: a {example.framework} example for a rule that does not cover it"
        )
        libcst.parse_module(example.source)
    for framework in set(rule.framework_names) & IMPLEMENTED_FRAMEWORKS:
        kinds = [e.kind for e in rule.examples if e.framework == framework]
        assert "bad" in kinds, f"no bad {framework} example"
        assert "good" in kinds, f"no good {framework} example"


def _examples(kind: str):
    params = []
    for code, rule in DOCS.items():
        numbered = [e for e in rule.examples if e.kind == kind
                    and (e.framework in IMPLEMENTED_FRAMEWORKS or not e.framework)]
        for i, example in enumerate(numbered, 1):
            params.append(pytest.param(code, example, id=f"{code}-{kind}-{i}"))
    return params


@pytest.mark.parametrize(("code", "example"), _examples("bad"))
def test_bad_example_yields_its_code(code, example, codes):
    found = codes(example.source, "example.py")
    assert set(found) == {code}, f"rules/{code}.md line {example.line}: got {found}"


@pytest.mark.parametrize(("code", "example"), _examples("good"))
def test_good_example_yields_nothing(code, example, codes):
    found = codes(example.source, "example.py")
    assert found == [], f"rules/{code}.md line {example.line}: got {found}"


def test_readme_rule_table_is_current():
    if not README.exists():
        pytest.skip("README.md not written yet")
    text = README.read_text(encoding="utf-8")
    assert README_TABLE_START in text and README_TABLE_END in text, "README has no rules-table markers"
    current = text.split(README_TABLE_START, 1)[1].split(README_TABLE_END, 1)[0]
    assert current.strip() == markdown_table(DOCS).strip(), (
        "README rule table is stale: run `python -m xentlint.catalog --write-readme`"
    )
