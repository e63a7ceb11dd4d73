"""Fuzzing with hypothesmith: any source ``ast.parse`` accepts is analysed without an internal
error and without an XL001 (bounded: a few seconds; ``FUZZ_EXAMPLES`` runs more)."""

from __future__ import annotations

import ast
import os
import warnings

import libcst as cst
import pytest

hypothesmith = pytest.importorskip("hypothesmith")
from hypothesis import HealthCheck, assume, given, settings  # noqa: E402

import xentlint  # noqa: E402
from xentlint.pipeline import parse  # noqa: E402

# "loss" makes every generated module pass the prefilter, so it is parsed and analysed; a
# comment changes nothing of what the code means.
PREFILTER_WORD = "\n# loss softmax compile\n"
EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "60"))
pytestmark = pytest.mark.filterwarnings("ignore::SyntaxWarning")  # hypothesmith's own compiles


def _accepted(source: str) -> bool:
    """CPython and libcst both parse it. What libcst's own parser refuses though CPython takes
    it (``try:\n pass\n\\\r\nexcept :\n pass\n``: a bare backslash line ending in
    ``\r\n``) is libcst's limit, reported as such (XL001 "cannot parse (libcst: ...)"); the
    tests are about what xentlint adds on top of the parse."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # SyntaxWarning: invalid escape sequences...
        try:
            ast.parse(source)
        except (SyntaxError, ValueError, RecursionError, MemoryError, OverflowError):
            return False
    try:
        cst.parse_module(source)
    except (cst.ParserSyntaxError, RecursionError, MemoryError):
        return False
    return True


@settings(max_examples=EXAMPLES, deadline=None, database=None,
          suppress_health_check=list(HealthCheck))
@given(source=hypothesmith.from_grammar())
def test_valid_python_is_analysed_without_xl001(source: str) -> None:
    assume(_accepted(source))
    for text in (source + PREFILTER_WORD, "import keras\nimport torch\n" + source
                 + PREFILTER_WORD if not source.lstrip().startswith("from __future__") else ""):
        if not text or not _accepted(text):
            continue
        findings = xentlint.check_source(text, "fuzz.py")
        problems = [f.message for f in findings if f.code == "XL001"]
        assert problems == [], (text, problems)
        assert not any(parse.is_internal_error(f) for f in findings)


@settings(max_examples=EXAMPLES * 2 // 3, deadline=None, database=None,
          suppress_health_check=list(HealthCheck))
@given(source=hypothesmith.from_node())
def test_valid_python_from_libcst_nodes_is_analysed_without_xl001(source: str) -> None:
    assume(_accepted(source))
    findings = xentlint.check_source(source + PREFILTER_WORD, "fuzz.py")
    assert [f.message for f in findings if f.code == "XL001"] == []
