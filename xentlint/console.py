"""Where the command line's words go: the report on stdout, warnings and errors on stderr.

``-q``/``--quiet`` keeps the findings and drops the rest (summary lines, warnings);
``-s``/``--silent`` prints nothing but the errors that stop a run (its exit code still says
whether anything was found). Colour is click's: ``--color always|never|auto``; ``auto``
paints on a terminal unless ``NO_COLOR`` is set (no-color.org), and ``FORCE_COLOR`` forces it.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass

import click

COLOR_CHOICES = ("auto", "always", "never")


def color_of(mode: str) -> bool:
    """Whether to paint, for ``--color`` ``mode``."""
    if mode == "always":
        return True
    if mode == "never" or os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return sys.stdout.isatty()


@dataclass(frozen=True)
class Console:
    quiet: bool = False
    silent: bool = False
    color: bool = False

    def report(self, text: str, *, err: bool = False) -> None:
        """The report (or a diff, a fixed source): everything but ``--silent`` prints it."""
        if not self.silent and text:
            click.echo(text, err=err, color=self.color)

    def note(self, text: str, *, err: bool = False) -> None:
        """A summary line (``Fixed 2 errors.``): not with ``--quiet`` or ``--silent``."""
        if not self.quiet and not self.silent and text:
            click.echo(text, err=err, color=self.color)

    def warn(self, message: str) -> None:
        if not self.quiet and not self.silent:
            click.echo(f"{self._paint('xentlint: warning:', 'yellow')} {message}", err=True,
                       color=self.color)

    def error(self, message: str) -> None:
        """An error the run goes on after (a missing path): printed even with ``--silent``."""
        click.echo(f"{self._paint('xentlint: error:', 'red')} {message}", err=True,
                   color=self.color)

    def _paint(self, text: str, colour: str) -> str:
        return click.style(text, fg=colour) if self.color else text


__all__ = ["COLOR_CHOICES", "Console", "color_of"]
