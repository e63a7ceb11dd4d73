"""``python -m xentlint`` and the ``xentlint`` script: the command of cli.py.

``xentlint --version`` is answered here, before click and the commands are imported (they are
most of the start-up), with the same line click would print.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``xentlint`` script; returns the exit code."""
    if list(sys.argv[1:] if argv is None else argv) == ["--version"]:
        from ._version import __version__

        sys.stdout.write(f"xentlint {__version__}\n")
        sys.stdout.flush()
        return 0
    from .cli import main as run

    return run(argv)  # None: click reads sys.argv itself (and expands wildcards on Windows)


if __name__ == "__main__":
    sys.exit(main())
