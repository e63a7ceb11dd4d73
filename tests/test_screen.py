"""The cheap decisions before and after libcst never change a finding.

Two screens keep work off files: the prefilter (a file that mentions no word of the frameworks'
APIs is not parsed) and, after the analysis, the directive screen (a file with no ``# noqa`` or
``# xentlint`` anywhere is not tokenized for suppression directives). The prefilter defines what
is checked; the directive screen must be invisible: the findings with and without it are the
same on every corpus at hand (the test cases, the test projects, the fixtures and, where it is
present, the real-world development split)."""

from __future__ import annotations

from pathlib import Path

import pytest

from xentlint.config import ConfigResolver
from xentlint.pipeline import run, suppress
from xentlint.pipeline.discover import discover

REPO = Path(__file__).resolve().parent.parent
# ../shared beside the project (or beside the folder of its worktrees)
REALWORLD = next((p / "shared" / "realworld-dev" for p in (REPO.parent, REPO.parent.parent)
                  if (p / "shared" / "realworld-dev").is_dir()),
                 REPO.parent / "shared" / "realworld-dev")
CORPORA = {"cases": REPO / "tests" / "cases", "projects": REPO / "tests" / "projects",
           "fixtures": REPO / "fixtures", "realworld-dev": REALWORLD}


@pytest.mark.parametrize("corpus", list(CORPORA))
def test_the_directive_screen_changes_no_finding(corpus, monkeypatch):
    root = CORPORA[corpus]
    if not root.is_dir():
        pytest.skip(f"{root} is not present")
    sources = discover([root], ConfigResolver(isolated=True))
    screened = run.check_files(sources)
    monkeypatch.setattr(run, "may_have_directives", lambda text: True)
    assert run.check_files(sources) == screened
    if corpus == "cases":
        assert any(f.code == "XL002" for f in screened)  # (directives were read)


def _texts() -> list[str]:
    texts = []
    for root in CORPORA.values():
        if root.is_dir():
            texts += [p.read_text(encoding="utf-8", errors="replace")
                      for p in sorted(root.rglob("*.py"))]
    return texts


def test_a_text_with_a_directive_is_never_screened_out():
    tricky = ["x = 1  # NoQA", "x = 1  #noqa:XL101", "# xentlint: noqa", "#\tXENTLINT :ignore",
              "x = 1  # type: ignore  # noqa: E501, XL101", "# xentlint: ignore[XL101]",
              "s = '''\n# noqa\n'''", "x = 1 # xentlint:noqa:XL1\r\n"]
    for text in [*tricky, *_texts()]:
        found = suppress.scan(text)
        if found.file or found.by_row:
            assert suppress.may_have_directives(text), text[:200]
    assert not suppress.may_have_directives("model.compile(loss='mse')  # not a directive\n")
