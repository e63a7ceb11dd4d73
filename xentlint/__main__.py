"""``python -m xentlint``: the same as the ``xentlint`` command."""

import sys

from .cli import main

if __name__ == "__main__":
    sys.exit(main())
