"""``.gitignore`` matching in pure Python, so discovery behaves the same inside and outside git.

Implements the parts of gitignore(5) that decide which files a project considers its own:
comments, ``!`` negation, trailing ``/`` for directories, patterns anchored by a ``/``, ``**``,
nested ``.gitignore`` files (a deeper file overrides a shallower one; the last match wins) and
``.git/info/exclude``. The global ``core.excludesFile`` is deliberately not read: it is one
person's preference, not the project's.

The files are read as git reads them: bytes (undecodable ones kept as the same surrogate escapes
file names get), a UTF-8 BOM skipped, lines split at ``\n`` with a ``\r`` before it dropped,
trailing spaces dropped unless escaped. A line git can never match (``foo[]bar``, an unclosed
``[``) ignores nothing, as in git, and is reported once through ``warn``.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..globs import GlobError, compile_glob


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


def parse_gitignore(text: str, bad: Callable[[int, str, str], None] | None = None
                    ) -> tuple[IgnoreRule, ...]:
    """The rules of a ``.gitignore`` text; ``bad(line number, line, reason)`` is told of each
    line that can never match (it is dropped)."""
    rules = []
    for number, line in enumerate(text.removeprefix("\ufeff").split("\n"), start=1):
        line = line.removesuffix("\r")
        if not line or line.startswith("#"):
            continue
        pattern = re.sub(r"(?<!\\) +$", "", line)  # trailing spaces, unless escaped
        negated = pattern.startswith("!")
        if negated:
            pattern = pattern[1:]
        dir_only = pattern.endswith("/")
        pattern = pattern.rstrip("/")
        anchored = "/" in pattern
        pattern = pattern.lstrip("/")
        if not pattern:
            continue
        try:
            regex = compile_glob(pattern)
        except GlobError as error:
            if bad is not None:
                bad(number, line, str(error))
            continue
        rules.append(IgnoreRule(regex, negated, dir_only, anchored))
    return tuple(rules)


class GitIgnore:
    """The ``.gitignore`` files of a tree, read once per directory; ``warn`` is told once of
    each line that is dropped."""

    def __init__(self, warn: Callable[[str], None] | None = None) -> None:
        self._rules: dict[Path, tuple[IgnoreRule, ...]] = {}
        self._warn = warn

    def rules(self, directory: Path) -> tuple[IgnoreRule, ...]:
        cached = self._rules.get(directory)
        if cached is None:
            cached = self._read(directory / ".gitignore")
            if (directory / ".git").is_dir():
                cached = self._read(directory / ".git" / "info" / "exclude") + cached
            self._rules[directory] = cached
        return cached

    def _read(self, path: Path) -> tuple[IgnoreRule, ...]:
        try:
            data = path.read_bytes()
        except OSError:
            return ()

        def bad(number: int, line: str, reason: str) -> None:
            if self._warn is not None:
                from ..paths import display_path

                self._warn(f"{display_path(path)}:{number}: the pattern `{line}` can never match "
                           f"({reason}); it is skipped, as git skips it")

        return parse_gitignore(os.fsdecode(data), bad)

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
