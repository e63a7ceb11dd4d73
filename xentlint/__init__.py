"""xentlint: finds mismatches between a model's last activation, its loss and its labels.

The public API is :func:`check_source` and :func:`check_paths`. Importing the package is kept
cheap (no libcst, no numpy) so that ``xentlint --version`` starts instantly; the checker is
imported on first use.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from ._version import __version__

if TYPE_CHECKING:
    from .config import Settings
    from .findings import Finding

__all__ = ["XentlintWarning", "__version__", "check_paths", "check_source", "guard"]


def __getattr__(name: str) -> Any:
    if name in ("guard", "XentlintWarning"):  # the runtime guard, imported on first use
        import importlib

        module = importlib.import_module(".guard", __name__)  # a callable module: guard(loss)
        return module if name == "guard" else module.XentlintWarning
    raise AttributeError(f"module 'xentlint' has no attribute {name!r}")


def check_source(text: str, path: str | os.PathLike[str] = "<stdin>",
                 settings: Settings | None = None) -> list[Finding]:
    """Findings for ``text``, reported as the file ``path`` (notebook JSON if it ends in
    ``.ipynb``). ``settings`` default to xentlint's defaults; no config file is read."""
    from .config import Settings
    from .pipeline.run import check_text

    return check_text(text, path, settings or Settings())


def check_paths(paths: Iterable[str | os.PathLike[str]] = (".",),
                config: str | os.PathLike[str] | Settings | None = None) -> list[Finding]:
    """Findings for the files under ``paths``, sorted, as ``xentlint check`` finds them.

    ``config``: ``None`` reads the nearest ``pyproject.toml`` of each file (like the CLI), a
    path reads that file for all of them, and :class:`~xentlint.config.Settings` are used as is.
    Raises :class:`~xentlint.config.ConfigError` or
    :class:`~xentlint.pipeline.discover.DiscoveryError` for a bad config or a missing path.
    """
    from .config import ConfigResolver, Settings
    from .pipeline.discover import discover
    from .pipeline.run import check_files

    if isinstance(config, Settings):
        resolver = ConfigResolver.fixed(config)
    else:
        resolver = ConfigResolver(config)
    return check_files(discover(paths, resolver))
