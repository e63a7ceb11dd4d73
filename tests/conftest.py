"""The one way tests analyse code: ``findings`` and ``codes`` run source text through
:func:`xentlint.check_source` exactly as ``xentlint check`` reads a file; ``guarded_call`` calls
a guarded loss as the guard's tests do."""

from __future__ import annotations

import textwrap
import warnings
from collections.abc import Callable
from typing import Any

import pytest

import xentlint
from xentlint.config import Settings
from xentlint.findings import Finding

# tests/cases/ holds the analysed files themselves (tests/test_cases.py reads them), not tests.
collect_ignore_glob = ["cases/*"]


@pytest.fixture(autouse=True)
def _own_result_cache(tmp_path_factory: pytest.TempPathFactory,
                      monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test's command-line runs (in-process and subprocesses) cache their results in a
    directory of the test's own: never in the repository, never from another test (many tests
    replace the analyzer with a stub). tests/test_cache.py tests the default place."""
    monkeypatch.setenv("XENTLINT_CACHE_DIR", str(tmp_path_factory.mktemp("xentlint_cache")))


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


@pytest.fixture
def guarded_call() -> Callable[..., tuple[Any, list[str]]]:
    """``guarded_call(fn, *args, fails=None)``: call a guarded loss, recording the rule codes of
    its XentlintWarnings; returns the value (None with ``fails``: the error the framework itself
    raises after the guard has warned, which the guard never hides) and the codes."""
    from xentlint.guard import XentlintWarning

    def call(fn: Callable, *args: Any, fails: type[BaseException] | None = None
             ) -> tuple[Any, list[str]]:
        value = None
        with warnings.catch_warnings(record=True) as record:
            warnings.simplefilter("always")
            if fails is None:
                value = fn(*args)
            else:
                with pytest.raises(fails):
                    fn(*args)
        return value, [str(w.message).split()[0] for w in record
                       if issubclass(w.category, XentlintWarning)]

    return call
