"""`xentlint --version` and `xentlint check` never import the heavy optional packages: not in
the command's process, nor in the worker processes that check the files (``-X importtime``
reports the imports of both: the workers are forked with the flag)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
HEAVY = ("numpy", "torch", "keras", "jax", "jaxlib", "optax", "flax", "tensorflow", "pygls",
         "lsprotocol")


def imported(*args: str, cwd: Path) -> set[str]:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(
        [str(REPO), *filter(None, [os.environ.get("PYTHONPATH")])]))
    done = subprocess.run([sys.executable, "-X", "importtime", "-m", "xentlint", *args],
                          cwd=cwd, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode in (0, 1), done.stderr[-2000:]
    names = {line.rsplit("|", 1)[1].strip() for line in done.stderr.splitlines()
             if line.startswith("import time:") and "|" in line}
    assert "xentlint" in names  # (the report is read right)
    return {name.split(".")[0] for name in names}


@pytest.mark.parametrize("args", [
    ["--version"],
    ["check", "fixtures", "--no-cache", "--jobs", "2"],
    ["check", "fixtures", "--jobs", "2"],  # (filling the cache)
    ["check", "fixtures", "--output-format", "sarif", "--show-evidence"],
    ["fixtures/keras_project/train_mnist.py", "--fix", "--diff"],
], ids=["version", "check", "check-cached", "sarif", "diff"])
def test_no_heavy_package_is_imported(args, tmp_path):
    project = tmp_path / "project"
    (project / "fixtures").parent.mkdir()
    import shutil

    shutil.copytree(REPO / "fixtures", project / "fixtures")
    found = imported(*args, cwd=project)
    assert sorted(found & set(HEAVY)) == []
    if args == ["--version"]:  # answered before the command line is parsed (test_startup.py)
        assert sorted(found & {"libcst", "click"}) == []
