"""The version of xentlint: the one place it is written (pyproject.toml reads it at build time,
so the wheel's metadata and ``xentlint --version`` cannot disagree, and answering
``--version`` reads no package metadata)."""

__version__ = "0.1.0"
