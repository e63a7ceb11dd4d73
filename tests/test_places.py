"""Findings are placed without generating the whole module's code (checks/places.py): the
positions found from the text are libcst's own, node for node, and a node that is not in the
module is not placed there."""

from __future__ import annotations

import sys
from pathlib import Path

import libcst as cst
import pytest
from libcst.metadata import MetadataWrapper, PositionProvider

from xentlint.checks.places import _UNKNOWN, Places, _Text, _walk

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))

DUPLICATES = '''import torch.nn as nn
import torch.nn.functional as F

def f(x):
    y = F.softmax(x, dim=1)
    return nn.CrossEntropyLoss()(y, x)

def f(x):
    y = F.softmax(x, dim=1)
    return nn.CrossEntropyLoss()(y, x)

loss = nn.CrossEntropyLoss(
    # a comment inside brackets, indented as the block is
    weight=None)
if True:
    z = (1,
    # a comment at the block's indentation, inside brackets
         2)
x = 1; y = 2'''  # no newline at the end


def _sources() -> list[tuple[str, str]]:
    from lsp_latency import training_script

    files = sorted((REPO / "fixtures").rglob("*.py")) + sorted((REPO / "tests" / "cases").rglob(
        "*.py"))[::5]
    texts = [(p.name, p.read_text(encoding="utf-8")) for p in files]
    return [(name, text) for name, text in texts if _parses(text)] + [
        ("duplicates.py", DUPLICATES), ("duplicates-newline.py", DUPLICATES + "\n"),
        ("crlf.py", DUPLICATES.replace("\n", "\r\n")), ("train.py", training_script()),
        ("comments.py", "# only a comment\n\n# and another\n"), ("empty.py", ""),
        ("last-line.py", "import torch\nx = 1  # same\nif x:\n    y = 2  # same")]


def _parses(text: str) -> bool:
    try:
        cst.parse_module(text)
    except cst.ParserSyntaxError:
        return False
    return True


@pytest.mark.parametrize(("name", "text"), _sources(), ids=[n for n, _ in _sources()])
def test_every_node_is_placed_where_libcst_places_it(name: str, text: str) -> None:
    module = cst.parse_module(text)
    expected = MetadataWrapper(module, unsafe_skip_copy=True).resolve(PositionProvider)
    if "\r" in text:  # libcst's lines end at "\r" too: the text is not used
        assert Places(module, name, source=text)._text is None
        return
    placed = _Text(module, text)
    # what may be left to the module's positions: the module, the lines around its statements,
    # and the last statement when the text does not end with a newline (alone, it does)
    edges = [*module.header, *module.footer]
    if module.body and not module.has_trailing_newline:
        edges.append(module.body[-1])
    left = {id(module)} | {id(n) for edge in edges for n in _walk(edge)}
    for node, code_range in expected.items():
        found = placed.place(node)
        assert found == code_range or (found is _UNKNOWN and id(node) in left), (name, node)


def test_a_node_of_another_module_is_not_placed_here() -> None:
    module, other = cst.parse_module(DUPLICATES), cst.parse_module(DUPLICATES)
    places = Places(module, "a.py", source=DUPLICATES)
    foreign = other.body[-3]  # the same text, another tree
    assert places.locate(foreign) is None and not places.is_local(foreign)
    assert places.is_local(module.body[-3])


def test_the_whole_module_is_not_generated_for_a_finding() -> None:
    from lsp_latency import training_script

    text = training_script()
    module = cst.parse_module(text)
    places = Places(module, "train.py", source=text)
    loss = module.body[-2]  # the main function, with its loss and its fit loop
    places.locate(loss)
    for node in (loss, *module.body[1:4]):
        assert places.locate(node) is not None
    assert places._positions == {}  # the fallback (libcst's metadata for the module) never ran


def test_check_source_places_its_findings_from_the_text(monkeypatch) -> None:
    from lsp_latency import training_script

    import xentlint
    from xentlint.checks import places

    text = training_script()
    expected = xentlint.check_source(text, "train.py")

    class Unused:
        def __init__(self, *args: object, **kwargs: object) -> None:
            raise AssertionError("the whole module's positions were resolved")

    monkeypatch.setattr(places, "MetadataWrapper", Unused)
    found = xentlint.check_source(text, "train.py")
    assert [f.code for f in found] == ["XL101"] and found == expected
