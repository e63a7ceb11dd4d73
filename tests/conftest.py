"""The one way tests analyse code: ``findings`` and ``codes`` run source text through
:func:`xentlint.check_source` exactly as ``xentlint check`` reads a file."""

from __future__ import annotations

import textwrap
from collections.abc import Callable

import pytest

import xentlint
from xentlint.config import Settings
from xentlint.findings import Finding

# tests/cases/ holds the analysed files themselves (tests/test_cases.py reads them), not tests.
collect_ignore_glob = ["cases/*"]


@pytest.fixture
def findings() -> Callable[..., list[Finding]]:
    """``findings(source, filename="case.py", settings=None)``: the findings of ``source``,
    dedented (``settings``: :class:`xentlint.config.Settings`, default every rule)."""

    def analyse(source: str, filename: str = "case.py", settings: Settings | None = None
                ) -> list[Finding]:
        return xentlint.check_source(textwrap.dedent(source), path=filename, settings=settings)

    return analyse


@pytest.fixture
def codes(findings) -> Callable[..., list[str]]:
    """``codes(source, filename="case.py", settings=None)``: the codes of ``findings(...)``, in
    report order."""

    def analyse(source: str, filename: str = "case.py", settings: Settings | None = None
                ) -> list[str]:
        return [f.code for f in findings(source, filename, settings)]

    return analyse
