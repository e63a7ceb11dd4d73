"""``[tool.xentlint]`` settings: where they come from, what they mean, and strict validation.

Like ruff, every checked file takes its settings from the nearest ``pyproject.toml`` above it
that has a ``[tool.xentlint]`` table; ``--config FILE`` replaces that search and ``--isolated``
ignores every file. A typo in a config must never silently select nothing, so any unknown key,
unknown rule selector or wrong type raises :class:`ConfigError` with one line naming the file
and the key.
"""

from __future__ import annotations

import difflib
import os
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path
from typing import Any

from . import catalog
from .frameworks import NAMES as FRAMEWORKS
from .globs import GlobError, PathPattern, check_glob
from .paths import display_path, relative_parts

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on 3.10 only
    import tomli as tomllib

PARSE_ERROR = "XL001"
CACHE_DIR_NAME = ".xentlint_cache"  # the result cache's directory (pipeline/cache.py)

# Never checked when met while walking a directory (ruff's list, trimmed to what holds Python).
DEFAULT_EXCLUDE = (
    ".bzr", ".direnv", ".eggs", ".git", ".hg", ".ipynb_checkpoints", ".mypy_cache", ".nox",
    ".pants.d", ".pytest_cache", ".pytype", ".ruff_cache", ".svn", ".tox", ".venv",
    "__pycache__", "__pypackages__", "_build", "buck-out", "build", "dist", "node_modules",
    "site-packages", "venv", "*.egg-info", CACHE_DIR_NAME,
)

_KEYS = ("select", "extend-select", "ignore", "per-file-ignores", "exclude", "extend-exclude",
         "frameworks", "src", "follow-imports")


class ConfigError(Exception):
    """A settings problem, reported as one line and exit code 2."""


@dataclass(frozen=True)
class Selection:
    """One layer of rule selection (the config file, then the command line).

    ``select`` (when given) starts the layer from scratch; ``extend-select`` adds; ``ignore``
    removes. Inside a layer the more specific selector wins (``XL101`` over ``XL1``) and at equal
    specificity ``ignore`` wins, as in ruff.
    """

    select: tuple[str, ...] | None = None
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()


@dataclass(frozen=True)
class Settings:
    root: Path = field(default_factory=Path.cwd)
    """Directory that anchored patterns are relative to: the config file's directory."""
    config_file: Path | None = None
    selections: tuple[Selection, ...] = ()
    per_file_ignores: tuple[tuple[PathPattern, frozenset[str]], ...] = ()
    exclude: tuple[str, ...] = DEFAULT_EXCLUDE
    extend_exclude: tuple[str, ...] = ()
    frameworks: frozenset[str] | None = None
    """``None``: every framework the code imports."""
    src: tuple[Path, ...] = ()
    """Where the project's own modules are imported from, besides each file's directory (like
    ruff's ``src``); empty: the root and its ``src/``."""

    follow_imports: bool = True
    """Whether the project's own modules that a file imports are read (whole-program
    analysis); false: each file alone, what it imports from the project unknown."""

    @property
    def import_roots(self) -> tuple[Path, ...]:
        return self.src or (self.root, self.root / "src")

    @cached_property
    def enabled(self) -> frozenset[str]:
        return resolve_selection(self.selections)

    @cached_property
    def _exclude_patterns(self) -> tuple[PathPattern, ...]:
        return tuple(PathPattern(p) for p in (*self.exclude, *self.extend_exclude))

    def with_selection(self, selection: Selection) -> Settings:
        return replace(self, selections=(*self.selections, selection))

    def is_excluded(self, path: str | os.PathLike[str], *, entry_only: bool = False) -> bool:
        """Whether ``exclude``/``extend-exclude`` cover ``path`` (see :class:`PathPattern`)."""
        parts = relative_parts(path, self.root)
        return any(p.matches(parts, entry_only=entry_only) for p in self._exclude_patterns)

    def is_enabled(self, code: str, path: str | os.PathLike[str]) -> bool:
        """Whether ``code`` is reported for the file at ``path``: selection and per-file-ignores."""
        return code in self.enabled_for(path)

    def enabled_for(self, path: str | os.PathLike[str]) -> frozenset[str]:
        """The codes reported (and so the checks run) for the file at ``path``."""
        if not self.per_file_ignores:
            return self.enabled
        parts = relative_parts(path, self.root)
        ignored = {code for pattern, codes in self.per_file_ignores if pattern.matches(parts)
                   for code in codes}
        return self.enabled - ignored


def resolve_selection(layers: Iterable[Selection]) -> frozenset[str]:
    """The enabled codes after applying each layer in turn; every rule is on by default.

    XL001 (the file could not be parsed) is implied by every ``select``: a narrow selection must
    not turn "this file was not checked" into "All checks passed!". Only ``ignore`` removes it.
    """
    codes = list(catalog.all_rules())
    enabled = set(codes)
    for layer in layers:
        selectors = [(s, True) for s in layer.extend_select]
        if layer.select is not None:
            enabled = {PARSE_ERROR} & set(codes)
            selectors += [(s, True) for s in layer.select]
        selectors += [(s, False) for s in layer.ignore]
        for selector, on in sorted(selectors, key=lambda s: (_specificity(s[0]), not s[1])):
            matched = set(catalog.expand_selector(selector))
            enabled = enabled | matched if on else enabled - matched
    return frozenset(enabled)


def _specificity(selector: str) -> int:
    return 0 if selector.strip().upper() == "ALL" else len(selector.strip())


def parse_selectors(values: Iterable[str], where: str) -> tuple[str, ...]:
    """Validated, upper-cased selectors from strings that may hold comma-separated lists.

    An empty one (``--select ''``, ``--select ,``) is an error: it must not select nothing
    silently."""
    selectors = []
    for value in values:
        for item in value.split(","):
            item = item.strip().upper()
            if not item:
                raise ConfigError(f"{where}: empty rule selector in {value!r} (expected codes "
                                  "or prefixes such as XL101, XL1, or ALL)")
            try:
                catalog.expand_selector(item)
            except KeyError:
                raise ConfigError(f"{where}: unknown rule selector {item!r}"
                                  f"{_suggest(item, catalog.all_rules())}") from None
            selectors.append(item)
    return tuple(selectors)


# --- reading files -------------------------------------------------------------------------


def load_config_file(path: str | os.PathLike[str]) -> Settings:
    """Settings from ``pyproject.toml`` (its ``[tool.xentlint]`` table) or a plain TOML file.

    A ``pyproject.toml`` without the table gives the defaults, anchored at its directory.
    """
    path = Path(os.path.abspath(path))
    data = _read_toml(path)
    if path.name == "pyproject.toml":
        table = data.get("tool", {}).get("xentlint", {})
        section = "[tool.xentlint] "
    else:
        table, section = data, ""
    return settings_from_table(table, path, f"{display_path(path)}: {section}")


def find_project_config(directory: Path) -> Path | None:
    """The nearest ``pyproject.toml`` at or above ``directory`` with a ``[tool.xentlint]`` table."""
    for folder in (directory, *directory.parents):
        candidate = folder / "pyproject.toml"
        if candidate.is_file() and _has_table(candidate):
            return candidate
    return None


def _has_table(path: Path) -> bool:
    data = _read_toml(path)
    tool = data.get("tool")
    return isinstance(tool, dict) and "xentlint" in tool


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{display_path(path)}: invalid TOML: {error}") from None
    except UnicodeDecodeError as error:
        data = path.read_bytes()
        row = data.count(b"\n", 0, error.start) + 1
        column = error.start - (data.rfind(b"\n", 0, error.start) + 1) + 1
        raise ConfigError(f"{display_path(path)}: invalid TOML: not UTF-8 (byte "
                          f"0x{data[error.start]:02x} at line {row}, column {column})") from None
    except OSError as error:
        raise ConfigError(f"{display_path(path)}: cannot read: {error.strerror or error}") from None


def settings_from_table(table: Mapping[str, Any], path: Path, where: str) -> Settings:
    if not isinstance(table, Mapping):
        raise ConfigError(f"{where}must be a table, got {_describe(table)}")
    for key in table:
        if key not in _KEYS:
            hint = _suggest(key.replace("_", "-"), _KEYS)
            raise ConfigError(f"{where}unknown key {key!r}{hint}")

    def strings(key: str) -> tuple[str, ...] | None:
        value = table.get(key)
        if value is None:
            return None
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ConfigError(f"{where}{key}: expected a list of strings, got {_describe(value)}")
        return tuple(value)

    def selectors(key: str) -> tuple[str, ...] | None:
        value = strings(key)
        return None if value is None else parse_selectors(value, f"{where}{key}")

    def globs(key: str) -> tuple[str, ...] | None:
        patterns = strings(key)
        for pattern in patterns or ():
            _check_glob(pattern, f"{where}{key}")
        return patterns

    exclude = globs("exclude")
    frameworks = strings("frameworks")
    if frameworks is not None:
        for name in frameworks:
            if name not in FRAMEWORKS:
                raise ConfigError(f"{where}frameworks: unknown framework {name!r} "
                                  f"(expected some of {', '.join(FRAMEWORKS)})")

    follow_imports = table.get("follow-imports", True)
    if not isinstance(follow_imports, bool):
        raise ConfigError(f"{where}follow-imports: expected true or false, "
                          f"got {_describe(follow_imports)}")

    return Settings(
        root=path.parent,
        config_file=path,
        selections=(Selection(selectors("select"), selectors("extend-select") or (),
                              selectors("ignore") or ()),),
        per_file_ignores=_per_file_ignores(table.get("per-file-ignores"), where),
        exclude=DEFAULT_EXCLUDE if exclude is None else exclude,
        extend_exclude=globs("extend-exclude") or (),
        frameworks=None if frameworks is None else frozenset(frameworks),
        src=tuple(path.parent / entry for entry in strings("src") or ()),
        follow_imports=follow_imports,
    )


def _per_file_ignores(value: Any, where: str) -> tuple[tuple[PathPattern, frozenset[str]], ...]:
    if value is None:
        return ()
    key = "per-file-ignores"
    if not isinstance(value, Mapping):
        raise ConfigError(f"{where}{key}: expected a table of glob = [codes], "
                          f"got {_describe(value)}")
    entries = []
    for pattern, codes in value.items():
        if not isinstance(codes, list) or not all(isinstance(c, str) for c in codes):
            raise ConfigError(f"{where}{key}.{pattern!r}: expected a list of rule codes, "
                              f"got {_describe(codes)}")
        _check_glob(pattern, f"{where}{key}")
        selected = parse_selectors(codes, f"{where}{key}.{pattern!r}")
        expanded = frozenset(c for s in selected for c in catalog.expand_selector(s))
        entries.append((PathPattern(pattern), expanded))
    return tuple(entries)


def parse_per_file_ignores(values: Iterable[str], where: str
                           ) -> tuple[tuple[PathPattern, frozenset[str]], ...]:
    """``--per-file-ignores`` values: ``PATTERN:CODES`` pairs, comma-separated or repeated
    (``tests/*:XL5,XL3`` or ``a.py:XL1,b.py:XL2``: a code without its own pattern belongs to the
    pattern before it)."""
    entries: dict[str, set[str]] = {}
    for value in values:
        pattern: str | None = None
        for item in value.split(","):
            if ":" in item:
                pattern, _, item = item.rpartition(":")
                pattern = pattern.strip()
                if not pattern:
                    raise ConfigError(f"{where}: empty pattern in {value!r} (expected "
                                      "PATTERN:CODES, such as 'tests/*:XL5')")
                _check_glob(pattern, where)
            if pattern is None:
                raise ConfigError(f"{where}: expected PATTERN:CODES (such as 'tests/*:XL5'), "
                                  f"got {value!r}")
            selected = parse_selectors([item], f"{where} {pattern!r}")
            entries.setdefault(pattern, set()).update(
                c for s in selected for c in catalog.expand_selector(s))
    return tuple((PathPattern(p), frozenset(codes)) for p, codes in entries.items())


def _check_glob(pattern: str, where: str) -> None:
    try:
        check_glob(pattern)
    except GlobError as error:
        raise ConfigError(f"{where}: invalid pattern {pattern!r}: {error}") from None


def _describe(value: Any) -> str:
    kinds = {str: "a string", bool: "a boolean", int: "an integer", float: "a number",
             list: "a list", dict: "a table"}
    if isinstance(value, list) and value and not all(isinstance(v, str) for v in value):
        return "a list with non-string items"
    return kinds.get(type(value), type(value).__name__)


def _suggest(word: str, choices: Iterable[str]) -> str:
    close = difflib.get_close_matches(word, list(choices), n=1)
    return f" (did you mean {close[0]!r}?)" if close else ""


# --- which settings apply to which file ----------------------------------------------------


class ConfigResolver:
    """Settings for any path, found once per directory and cached.

    ``config_file`` (``--config``) applies to every path; ``isolated`` (``--isolated``) ignores
    all files; otherwise each path gets the nearest ``pyproject.toml`` with a
    ``[tool.xentlint]`` table, or the defaults. ``overrides`` (the command line) are layered on
    top of whichever settings apply; ``per_file_ignores`` (``--per-file-ignores``) replaces
    theirs, as in ruff.
    """

    def __init__(
        self,
        config_file: str | os.PathLike[str] | None = None,
        *,
        isolated: bool = False,
        overrides: Selection | None = None,
        per_file_ignores: tuple[tuple[PathPattern, frozenset[str]], ...] | None = None,
    ) -> None:
        self._overrides = overrides
        self._per_file_ignores = per_file_ignores
        self._fixed: Settings | None = None
        if isolated:
            self._fixed = self._finish(Settings())
        elif config_file is not None:
            self._fixed = self._finish(load_config_file(config_file))
        self._by_directory: dict[Path, Settings] = {}
        self._by_file: dict[Path, Settings] = {}

    @classmethod
    def fixed(cls, settings: Settings) -> ConfigResolver:
        """A resolver that gives ``settings`` for every path (the Python API)."""
        resolver = cls(isolated=True)
        resolver._fixed = settings
        return resolver

    def settings_for(self, path: str | os.PathLike[str], *, is_dir: bool = False) -> Settings:
        if self._fixed is not None:
            return self._fixed
        absolute = Path(os.path.abspath(path))
        directory = absolute if is_dir else absolute.parent
        cached = self._by_directory.get(directory)
        if cached is None:
            found = find_project_config(directory)
            if found is None:
                cached = self._finish(Settings())
            else:
                cached = self._by_file.get(found)
                if cached is None:
                    cached = self._by_file[found] = self._finish(load_config_file(found))
            self._by_directory[directory] = cached
        return cached

    def _finish(self, settings: Settings) -> Settings:
        if self._overrides is not None:
            settings = settings.with_selection(self._overrides)
        if self._per_file_ignores is not None:
            settings = replace(settings, per_file_ignores=self._per_file_ignores)
        return settings


__all__ = [
    "DEFAULT_EXCLUDE", "FRAMEWORKS", "ConfigError", "ConfigResolver", "Selection", "Settings",
    "find_project_config", "load_config_file", "parse_per_file_ignores", "parse_selectors",
    "resolve_selection",
]
