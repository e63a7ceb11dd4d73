"""Real code nobody here wrote: the installed keras package's own source, and xentlint itself.

Every finding on these trees has been examined; the expectation lists them. A new finding is
either a real bug in that code (add it here, with why) or a false positive to fix.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

import xentlint

ROOT = Path(__file__).resolve().parent.parent

# Both are real, harmless mismatches in tests that only check other things:
# - callbacks/tensorboard_test.py compiles Dense(1, activation="sigmoid") with
#   BinaryCrossentropy(from_logits=True): a double sigmoid;
# - models/model_test.py returns the raw Dense(1) output under the name "output_b" and trains
#   it with "binary_crossentropy" (a probabilities loss) on 0/1 labels.
KERAS_FINDINGS = {("callbacks/tensorboard_test.py", "XL101"), ("models/model_test.py", "XL102")}


def _keras_source() -> Path | None:
    spec = importlib.util.find_spec("keras")  # locates the package without importing it
    if spec is None or spec.origin is None:
        return None
    return Path(spec.origin).parent


def test_keras_package_source():
    source = _keras_source()
    if source is None:
        pytest.skip("keras is not installed")
    findings = xentlint.check_paths([source])
    found = {(Path(f.filename).as_posix().split("keras/src/")[-1], f.code) for f in findings}
    assert found == KERAS_FINDINGS


def test_xentlint_own_source_and_tests():
    assert xentlint.check_paths([ROOT / "xentlint", ROOT / "tests"]) == []


def test_check_path_imports_no_framework(tmp_path):
    """The checker reads code, it never imports it, nor any heavy library of its own."""
    import subprocess
    import sys

    script = (
        "import sys, xentlint\n"
        f"findings = xentlint.check_paths([{str(ROOT / 'fixtures')!r}])\n"
        "assert findings, 'the fixtures have findings'\n"
        "heavy = [m for m in ('torch', 'numpy', 'keras', 'jax', 'tensorflow', 'pygls', 'lightning')\n"
        "         if m in sys.modules]\n"
        "print(','.join(heavy))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            check=True, cwd=tmp_path)
    assert result.stdout.strip() == ""
