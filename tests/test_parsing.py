"""The checker's parse (xentlint/parsing.py) skips libcst's second check of the nodes its parser
builds: the trees are the same as libcst's, syntax errors are still found, and nodes made by
hand are checked again as soon as no parse runs, in any thread."""

from __future__ import annotations

import threading
from pathlib import Path

import libcst as cst
import pytest

from xentlint import parsing

REPO = Path(__file__).resolve().parent.parent
SOURCES = sorted((REPO / "tests" / "cases").rglob("*.py")) + sorted((REPO / "xentlint").rglob("*.py"))


def _invalid_node() -> None:
    cst.Name("not a name")  # libcst's check refuses it (CSTValidationError)


def test_the_trees_are_libcsts():
    for path in SOURCES:
        text = path.read_text(encoding="utf-8")
        try:
            expected = cst.parse_module(text)
        except cst.ParserSyntaxError:  # (the cases of XL001)
            with pytest.raises(cst.ParserSyntaxError):
                parsing.parse_module(text)
            continue
        assert parsing.parse_module(text).deep_equals(expected), path


@pytest.mark.parametrize("text", [
    "def f(a=1, b): pass\n", "f(**a, *b)\n", "x = (a for a in b, c)\n", "del f()\n",
    "f() = 1\n", "print 'a'\n", "a = 1 +\n", "class A(x for x in y): pass\n",
])
def test_syntax_errors_are_still_found(text):
    with pytest.raises(cst.ParserSyntaxError):
        parsing.parse_module(text)
    with pytest.raises(cst.CSTValidationError):  # (and the check is back after a failed parse)
        _invalid_node()


def test_nodes_made_by_hand_are_checked_outside_a_parse():
    parsing.parse_module("x = 1\n")
    with pytest.raises(cst.CSTValidationError):
        _invalid_node()


def test_parses_in_several_threads_leave_the_check_on():
    text = (REPO / "xentlint" / "interp" / "interpreter.py").read_text(encoding="utf-8")
    start = threading.Barrier(4)

    def parse_often() -> None:
        start.wait()
        for _ in range(5):
            parsing.parse_module(text)

    threads = [threading.Thread(target=parse_often) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    with pytest.raises(cst.CSTValidationError):
        _invalid_node()
