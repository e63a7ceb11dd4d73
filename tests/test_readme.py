"""The README's example output is what `xentlint fixtures/` prints today."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_EXAMPLE = re.compile(r"`xentlint fixtures/` on the bundled project[^\n]*\n\n```text\n(.*?)```", re.S)


def test_readme_example_output_is_current():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    shown = _EXAMPLE.search(readme)
    assert shown, "the README has no example output block"
    env = {**os.environ, "NO_COLOR": "1"}
    env.pop("FORCE_COLOR", None)
    result = subprocess.run([sys.executable, "-m", "xentlint", "fixtures/"], cwd=ROOT, env=env,
                            capture_output=True, text=True)
    assert result.returncode == 1
    assert shown.group(1) == result.stdout, (
        "README example is stale; paste the output of `xentlint fixtures/`:\n" + result.stdout)
