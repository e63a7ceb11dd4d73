"""The collector runs rarely during an analysis, and the process's thresholds are back after."""

from __future__ import annotations

import gc
import weakref

from xentlint import check_source
from xentlint.pipeline.collector import ANALYSIS_THRESHOLDS, fewer_collections


class _Node:
    def __init__(self) -> None:
        self.me = self  # (a cycle: only the collector frees it)


def test_thresholds_are_raised_inside_and_restored_after_even_nested():
    before = gc.get_threshold()
    with fewer_collections():
        assert gc.get_threshold()[0] >= ANALYSIS_THRESHOLDS[0]
        with fewer_collections():
            assert gc.get_threshold()[0] >= ANALYSIS_THRESHOLDS[0]
        assert gc.get_threshold()[0] >= ANALYSIS_THRESHOLDS[0]
    assert gc.get_threshold() == before


def test_the_cycles_made_during_the_block_are_freed_at_its_end():
    with fewer_collections():
        cycle = weakref.ref(_Node())
        assert cycle() is not None  # (not scanned yet)
    assert cycle() is None


def test_an_error_inside_restores_the_thresholds():
    before = gc.get_threshold()
    try:
        with fewer_collections():
            raise ValueError
    except ValueError:
        pass
    assert gc.get_threshold() == before


def test_check_source_leaves_the_thresholds_as_they_were():
    before = gc.get_threshold()
    check_source("import torch\nloss = torch.nn.CrossEntropyLoss()\n", "train.py")
    assert gc.get_threshold() == before
