"""The fixes on whole projects: ``--diff`` is a patch git applies, ``--fix --unsafe-fixes`` on the
bundled fixtures leaves only findings without an edit, and ``xentlint verify`` checks the real
edit of a file in numbers."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import xentlint

ROOT = Path(__file__).resolve().parent.parent


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "NO_COLOR": "1", "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "xentlint", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=300, check=False)


@pytest.fixture
def project(tmp_path):
    shutil.copytree(ROOT / "fixtures", tmp_path / "fixtures")
    return tmp_path


def test_fix_with_unsafe_fixes_leaves_only_findings_without_an_edit(project):
    before = xentlint.check_paths([project / "fixtures"])
    assert sum(1 for f in before if f.fix is not None and f.fix.edits) >= 10
    result = _run("--fix", "--unsafe-fixes", "fixtures", cwd=project)
    assert result.returncode == 1, result.stderr  # findings without a fix remain
    after = xentlint.check_paths([project / "fixtures"])
    assert after and all(f.fix is None or not f.fix.edits for f in after), [
        (f.filename, f.code) for f in after if f.fix is not None and f.fix.edits]
    assert len(after) < len(before)


def test_diff_output_applies_with_git_apply(project):
    git = shutil.which("git")
    if git is None:
        pytest.skip("git is not installed")
    diff = _run("--diff", "--unsafe-fixes", "fixtures", cwd=project)
    assert diff.returncode == 1 and diff.stdout.startswith("--- fixtures/")
    fixed = project / "fixed"
    shutil.copytree(project / "fixtures", fixed / "fixtures")
    assert _run("--fix", "--unsafe-fixes", "fixtures", cwd=fixed).returncode == 1
    (project / "fixes.patch").write_text(diff.stdout, encoding="utf-8")
    subprocess.run([git, "init", "-q"], cwd=project, check=True)
    subprocess.run([git, "apply", "-p0", "fixes.patch"], cwd=project, check=True)
    for path in sorted((fixed / "fixtures").rglob("*")):
        if path.is_file():
            mine = project / path.relative_to(fixed)
            assert mine.read_bytes() == path.read_bytes(), path


def test_verify_checks_the_real_edit(tmp_path):
    from xentlint.catalog import rule

    bad = next(e for e in rule("XL104").examples if e.kind == "bad" and "BCELoss" in e.source)
    (tmp_path / "train.py").write_text(bad.source, encoding="utf-8")
    result = _run("verify", "train.py", cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "the safe edit, applied to a copy of the file: " in result.stdout
    assert "it reproduces the intended loss" in result.stdout


def test_an_edit_that_misses_is_not_proven():
    """The proof computes the pairing the fixed file really has: an edit that leaves the double
    softmax in place (here: only the loss's reduction spelled out) does not reproduce."""
    from xentlint.findings import Edit, Fix, Span
    from xentlint.fix.proof import prove

    source = ("import torch\nfrom torch import nn\n\nmodel = nn.Sequential(nn.Linear(4, 3), "
              "nn.Softmax(dim=1))\ncriterion = nn.CrossEntropyLoss()\nx = torch.randn(8, 4)\n"
              "y = torch.randint(0, 3, (8,))\nloss = criterion(model(x), y)\n")
    (finding,) = xentlint.check_source(source, path="t.py")
    wrong = Edit("t.py", Span.of(5, 13, 5, 34), "nn.CrossEntropyLoss(reduction='mean')")
    broken = finding.__class__(**{**finding.__dict__, "fix": Fix("no-op", "unsafe", (wrong,))})
    proof = prove(source, broken, "t.py")
    assert proof.reproduced is False and proof.fixed == pytest.approx(proof.written)


def test_verify_proves_the_edits_of_the_fixtures_across_modules():
    """A finding whose model is built in another module (models.py): the copy is analysed with
    the project's modules, as `xentlint check` reads it."""
    result = _run("verify", "fixtures/", cwd=ROOT)
    assert result.returncode == 0, result.stdout
    edits = [line for line in result.stdout.splitlines() if " edit, applied to a copy" in line]
    assert len(edits) >= 10 and not any("does NOT" in line for line in edits)
    multifile = _run("verify", "fixtures/multifile_project/shapes/train.py", cwd=ROOT)
    assert "safe edit, applied to a copy of the file: mean loss" in multifile.stdout
    assert "it reproduces the intended loss" in multifile.stdout.splitlines()[-1]
