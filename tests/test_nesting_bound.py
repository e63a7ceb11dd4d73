"""The nesting guard's cheap bound (pipeline/nesting.py, ``_surely_shallow``) only ever skips
the tokenizer pass where that pass finds nothing: ``too_deep`` says the same with the bound and
without it, on the inputs of test_robust_inputs.py, on sources built to fool a bound that reads
lines instead of tokens, on random sources around the limit, and on real code."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

from xentlint.pipeline import nesting

from test_robust_inputs import PATHOLOGICAL

REPO = Path(__file__).resolve().parent.parent
CORPUS = Path.home() / ".cache" / "xentlint-bench" / "sample-transformers-200-seed0"


def exact(text: str) -> nesting.TooDeep | None:
    """The tokenizer pass alone."""
    original = nesting._surely_shallow
    nesting._surely_shallow = lambda text: False
    try:
        return nesting.too_deep(text)
    finally:
        nesting._surely_shallow = original


def same(text: str) -> bool:
    """Whether the bound's answer is the tokenizer's (and the bound never proves a deep file
    shallow)."""
    deep = exact(text)
    return nesting.too_deep(text) == deep and not (deep and nesting._surely_shallow(text))


LONG = {
    "a 3,000-term string concatenation": "s = " + " + ".join(["'ab'"] * 3000),
    "1,500 chained attributes": "x = a" + ".b" * 1500,
    "150 nested calls": "x = " + "f(" * 150 + "1" + ")" * 150,
    "2,000-piece implicit concatenation": "x = (" + " ".join(["'a'"] * 2000) + ")",
    "2,900 elifs": "if x == 0:\n    y = 0\n" + "".join(f"elif x == {i}:\n    y = {i}\n"
                                                  for i in range(1, 2900)),
    "3,100 elifs": "if x == 0:\n    y = 0\n" + "".join(f"elif x == {i}:\n    y = {i}\n"
                                                  for i in range(1, 3100)),
}
# Deep logical lines spread over many physical lines, whose lines look like statements.
FOOLS = {
    "a chain, one link a line": "x = (a\n" + "".join("    .b\n" for _ in range(3100)) + ")\n",
    "a chain, its lines at column 0": "x = (a\n" + "".join(".b\n" for _ in range(3100)) + ")\n",
    "a chain through a docstring of statements": (
        "x = (a\n" + "".join(".b\n" for _ in range(1600))
        + '+ """\ndef f():\n    pass\nclass C: pass\n"""\n'
        + "".join(".b\n" for _ in range(1600)) + ")\n"),
    "a chain after a backslash": "if a: \\\n    x = (a\n" + ".b\n" * 3100 + ")\n",
    "a chain in a decorator": "@d(a\n" + ".b\n" * 3100 + ")\ndef f():\n    pass\n",
    "a chain in an except clause": ("try:\n    pass\nexcept (a\n" + ".b\n" * 3100
                                    + "):\n    pass\n"),
    "199 brackets over lines": "x = " + "(\n" * 199 + "1" + ")\n" * 199,
    "elifs and a chain": ("if x == 0:\n    y = 0\n"
                          + "".join(f"elif x == {i}:\n    y = {i}\n" for i in range(1, 2950))
                          + "else:\n    y = a" + ".b" * 60 + "\n"),
    "a deep statement among shallow ones": ("import os\n" * 50 + "def f():\n    return 1\n"
                                            + "x = a" + ".b" * 3100 + "\n" + "y = 2\n" * 50),
}


@pytest.mark.parametrize("source", [*PATHOLOGICAL.values(), *LONG.values(), *FOOLS.values()],
                         ids=[*PATHOLOGICAL, *LONG, *FOOLS])
def test_the_bound_answers_as_the_tokenizer(source: str) -> None:
    assert same(source + "\n")


@pytest.mark.parametrize("limit", [1000, 1100, 2000, 5000])
def test_the_bound_answers_under_any_recursion_limit(limit: int) -> None:
    # A raised limit (a test runner, a notebook, a library may set one) lets CPython's parser
    # build a tree of 3,100 nested elifs; the bound then walks it without recursing.
    previous = sys.getrecursionlimit()
    sys.setrecursionlimit(limit)
    try:
        assert all(same(source + "\n") for source in LONG.values())
    finally:
        sys.setrecursionlimit(previous)


def test_the_bound_skips_the_tokenizer_on_ordinary_code() -> None:
    files = sorted((REPO / "xentlint").rglob("*.py")) + sorted((REPO / "tests").glob("*.py"))
    assert all(nesting._surely_shallow(p.read_text(encoding="utf-8")) for p in files)
    assert not nesting._surely_shallow(FOOLS["a chain, one link a line"])
    assert not nesting._surely_shallow(PATHOLOGICAL["8,000 chained and"])


def _expression(rng: random.Random, budget: int) -> str:
    """A random expression spending about ``budget`` levels, broken over lines in brackets."""
    if budget <= 1:
        return rng.choice(["a", "1", "'s'", "b.c"])
    kind = rng.randrange(6)
    if kind == 0:
        return f"({_expression(rng, budget - 4)}\n)"
    if kind == 1:
        return f"f({_expression(rng, budget - 6)}, x)"
    if kind == 2:
        return "a" + "\n.b" * rng.randrange(budget // 2, budget + 1)
    if kind == 3:
        return " and ".join([_expression(rng, budget // 3)] * 3)
    if kind == 4:
        return f"[{_expression(rng, budget // 2)},\n {_expression(rng, budget // 2)}]"
    return f"(lambda: {_expression(rng, budget - 2)})"


def test_random_sources_around_the_limit() -> None:
    rng = random.Random(13)
    deep = 0
    for _ in range(60):
        statements = [f"x{i} = ({_expression(rng, rng.randrange(1500, 4500))})"
                      for i in range(rng.randrange(1, 4))]
        source = "\n".join(statements) + "\n"
        assert same(source), source[:200]
        deep += exact(source) is not None
    assert 10 < deep < 50, deep  # around the limit: both answers are exercised


@pytest.mark.skipif(not CORPUS.is_dir(), reason="the benchmark's transformers sample is absent")
def test_real_code() -> None:
    for path in sorted(CORPUS.rglob("*.py"))[:60]:
        assert same(path.read_text(encoding="utf-8", errors="replace")), path
