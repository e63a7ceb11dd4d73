"""bench/run.py --quick: the smoke run CI may do. It runs every measure on a tiny corpus and
writes its table and results.json; no time is ever asserted (shared/spec/bench.md)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def test_the_quick_benchmark_runs_and_reports(tmp_path):
    corpus = tmp_path / "transformers"
    for path in sorted((REPO / "fixtures").rglob("*.py")):
        target = corpus / path.relative_to(REPO / "fixtures")
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, target)
    results = tmp_path / "results.json"
    env = {k: v for k, v in os.environ.items() if k != "XENTLINT_CACHE_DIR"}
    done = subprocess.run(
        [sys.executable, str(REPO / "bench" / "run.py"), "--quick", "--no-torchfix",
         "--corpus-dir", str(tmp_path / "cache"), "--transformers", str(corpus),
         "--json", str(results)],
        capture_output=True, text=True, timeout=600, cwd=tmp_path, env=env)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "| measure | median | min | max |" in done.stdout
    report = json.loads(results.read_text())
    measures = [row["measure"] for row in report["rows"]]
    for expected in ("libcst parse floor", "ast.parse floor", "cold check", "warm check",
                     "one file edited", "xentlint --version", "check_source in-process",
                     "scaling 4x"):
        assert any(m.startswith(expected) for m in measures), (expected, measures)
    cold = next(r for r in report["rows"] if r["measure"].startswith("cold check"))
    assert cold["runs"] == 3 and cold["codes"] == [0] and cold["ratio"] > 0
    assert report["findings"][next(iter(report["findings"]))]["XL101"] >= 1
    assert report["machine"]["nproc"] >= 1 and report["quick"] is True
