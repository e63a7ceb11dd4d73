"""``.gitignore`` matching in pure Python, so discovery behaves the same inside and outside git.

Implements the parts of gitignore(5) that decide which files a project considers its own:
comments, ``!`` negation, trailing ``/`` for directories, patterns anchored by a ``/``, ``**``,
nested ``.gitignore`` files (a deeper file overrides a shallower one; the last match wins) and
``.git/info/exclude``. The global ``core.excludesFile`` is deliberately not read: it is one
person's preference, not the project's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ..globs import compile_glob


@dataclass(frozen=True)
class IgnoreRule:
    regex: re.Pattern[str]
    negated: bool
    dir_only: bool
    anchored: bool
    """Matched against the path relative to the ``.gitignore`` directory, not just the name."""

    def matches(self, relative: str, is_dir: bool) -> bool:
        if self.dir_only and not is_dir:
            return False
        subject = relative if self.anchored else relative.rpartition("/")[2]
        return bool(self.regex.match(subject))


def parse_gitignore(text: str) -> tuple[IgnoreRule, ...]:
    rules = []
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        line = re.sub(r"(?<!\\)[ \t]+$", "", line)  # trailing blanks, unless escaped
        negated = line.startswith("!")
        if negated:
            line = line[1:]
        dir_only = line.endswith("/")
        line = line.rstrip("/")
        anchored = "/" in line
        line = line.lstrip("/")
        if line:
            rules.append(IgnoreRule(compile_glob(line), negated, dir_only, anchored))
    return tuple(rules)


class GitIgnore:
    """The ``.gitignore`` files of a tree, read once per directory."""

    def __init__(self) -> None:
        self._rules: dict[Path, tuple[IgnoreRule, ...]] = {}

    def rules(self, directory: Path) -> tuple[IgnoreRule, ...]:
        cached = self._rules.get(directory)
        if cached is None:
            cached = _read_rules(directory / ".gitignore")
            if (directory / ".git").is_dir():
                cached = _read_rules(directory / ".git" / "info" / "exclude") + cached
            self._rules[directory] = cached
        return cached

    def chain(self, directory: Path) -> tuple[Path, ...]:
        """Directories whose ignore files apply below ``directory``, outermost first.

        Inside a git work tree these go up to its top; outside one, only ``directory`` itself
        (reading ``.gitignore`` files of unrelated parent folders would surprise).
        """
        ancestors = (directory, *directory.parents)
        for depth, top in enumerate(ancestors):
            if (top / ".git").exists():
                return tuple(reversed(ancestors[: depth + 1]))
        return (directory,)

    def is_ignored(self, path: Path, is_dir: bool, chain: Sequence[Path]) -> bool:
        """Whether the ignore files of ``chain`` (``path``'s ancestors) exclude ``path``."""
        ignored = False
        for directory in chain:
            rules = self.rules(directory)
            if not rules:
                continue
            relative = path.relative_to(directory).as_posix()
            for rule in rules:
                if rule.matches(relative, is_dir):
                    ignored = not rule.negated
        return ignored

    def is_path_ignored(self, path: Path, is_dir: bool) -> bool:
        """Like git: ``path`` is ignored if it or any directory between it and the top is."""
        chain = self.chain(path.parent)
        for k, directory in enumerate(chain[1:], start=1):
            if self.is_ignored(directory, True, chain[:k]):
                return True
        return self.is_ignored(path, is_dir, chain)


def _read_rules(path: Path) -> tuple[IgnoreRule, ...]:
    try:
        return parse_gitignore(path.read_text(encoding="utf-8", errors="replace"))
    except OSError:
        return ()
