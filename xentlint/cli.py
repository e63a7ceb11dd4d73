"""The ``xentlint`` command: ``check`` (the default; command.py runs it), ``rules``,
``explain`` (or ``rule``, as in ruff), ``verify``, ``lsp``.

Exit codes (formats.md): 0 no findings (or ``--exit-zero``), 1 findings, 2 a usage, config or
internal error. Every expected error is one line on stderr, never a traceback. Heavy modules
(libcst, the analyzer) are imported inside the commands, so ``--version`` and ``--help`` start
fast.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import click

from .console import COLOR_CHOICES
from .report import FORMATS, STATISTICS_FORMATS

_CONTEXT: dict[str, Any] = {"help_option_names": ["-h", "--help"], "max_content_width": 100}
_STDIN = "-"


class UsageFailure(click.ClickException):
    """A bad argument, config or path: one line, exit code 2."""

    exit_code = 2


class _DefaultCheckGroup(click.Group):
    """A group where ``xentlint PATHS`` means ``xentlint check PATHS``, with one-line errors."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if not args or (args[0] not in self.commands
                        and args[0] not in (*_CONTEXT["help_option_names"], "--version")):
            args = ["check", *args]
        return super().parse_args(ctx, args)

    def main(self, args: Sequence[str] | None = None, prog_name: str | None = None,
             complete_var: str | None = None, standalone_mode: bool = True,
             **extra: Any) -> Any:
        try:
            code = super().main(args, prog_name or "xentlint", complete_var,
                                standalone_mode=False, **extra)
        except click.ClickException as error:
            click.echo(f"xentlint: error: {_one_line(error.format_message())}", err=True)
            code = 2
        except click.Abort:
            click.echo("xentlint: aborted", err=True)
            code = 130
        except BrokenPipeError:  # `xentlint | head`: the reader left; say nothing more
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            code = 1
        except Exception as error:  # noqa: BLE001 - a bug must still exit 2, not 1
            if os.environ.get("XENTLINT_DEBUG"):
                raise
            click.echo(f"xentlint: internal error: {type(error).__name__}: {error} (this is a "
                       "xentlint bug; XENTLINT_DEBUG=1 shows the traceback)", err=True)
            code = 2
        code = code if isinstance(code, int) else 0
        if standalone_mode:
            sys.exit(code)
        return code


def _one_line(message: str) -> str:
    return " ".join(message.split())


def _print_version(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    if value and not ctx.resilient_parsing:
        from . import __version__

        click.echo(f"xentlint {__version__}")
        ctx.exit()


@click.group(cls=_DefaultCheckGroup, context_settings=_CONTEXT)
@click.option("--version", is_flag=True, expose_value=False, is_eager=True,
              callback=_print_version, help="Show the version and exit.")
def cli() -> None:
    """Find mismatches between a model's last activation, its loss and its labels.

    `xentlint PATHS` is short for `xentlint check PATHS`.
    """


@cli.command(context_settings=_CONTEXT, short_help="Check files and notebooks (the default).")
@click.argument("paths", nargs=-1, type=click.Path(path_type=str))
@click.option("--select", multiple=True, metavar="CODES",
              help="Only these rules (comma-separated codes or prefixes such as XL1, or ALL).")
@click.option("--extend-select", multiple=True, metavar="CODES",
              help="These rules in addition to the selected ones.")
@click.option("--ignore", multiple=True, metavar="CODES", help="Not these rules.")
@click.option("--per-file-ignores", multiple=True, metavar="PATTERN:CODES",
              help="Rules not reported for the files a glob matches (`tests/*:XL5,XL3`); "
                   "replaces the config's per-file-ignores.")
@click.option("--output-format", type=click.Choice(list(FORMATS)), default="text",
              show_default=True, help="How findings are printed.")
@click.option("--show-evidence", "-v", is_flag=True,
              help="Print the chain of evidence and the fix advice under each finding.")
@click.option("--statistics", is_flag=True, help="Count findings by rule instead of listing them.")
@click.option("--exit-zero", is_flag=True,
              help="Exit with 0 whatever was found (even an internal error in a file).")
@click.option("--stdin-filename", metavar="PATH",
              help="The name to report for code read from stdin (with `-` or no PATHS).")
@click.option("--config", "config_file", metavar="FILE",
              type=click.Path(exists=True, dir_okay=False, path_type=str),
              help="Use this pyproject.toml (or TOML file) for every path.")
@click.option("--isolated", is_flag=True, help="Ignore every configuration file.")
@click.option("--force-exclude", is_flag=True,
              help="Apply excludes and .gitignore to paths named on the command line too.")
@click.option("--fix", is_flag=True,
              help="Apply the safe fixes ([*]), then report what remains. With `-`: print the "
                   "fixed source.")
@click.option("--unsafe-fixes", is_flag=True,
              help="Also apply (and mark [*]) fixes that change the computation.")
@click.option("--diff", is_flag=True,
              help="Print a unified diff of what --fix would change, write nothing; exit 1 if "
                   "there are changes.")
@click.option("--fix-only", is_flag=True,
              help="Apply the fixes and report only how many were applied; exit 0.")
@click.option("--show-fixes", is_flag=True,
              help="After --fix, list what was fixed, by file and rule.")
@click.option("--add-noqa", is_flag=True,
              help="Add a `# noqa: CODES` directive to every line with findings.")
@click.option("--watch", "-w", is_flag=True,
              help="Check again whenever a file changes (Ctrl-C to stop).")
@click.option("--quiet", "-q", is_flag=True,
              help="Print the findings, but nothing else (no summary, no warnings).")
@click.option("--silent", "-s", is_flag=True,
              help="Print nothing but the errors that stop the run; the exit code still says "
                   "whether anything was found.")
@click.option("--color", type=click.Choice(COLOR_CHOICES), default="auto", show_default=True,
              help="Colour the output; auto: on a terminal, unless NO_COLOR is set.")
@click.option("--jobs", "-j", type=click.IntRange(min=0), default=0, metavar="N",
              help="Check N files at once, each in a process of its own (default: one per "
                   "CPU core).")
@click.option("--no-cache", is_flag=True, help="Neither read nor write the cache of results.")
@click.option("--cache-dir", metavar="DIR", envvar="XENTLINT_CACHE_DIR",
              type=click.Path(file_okay=False, path_type=str),
              help="Where results are cached (default: .xentlint_cache in the project root; "
                   "env: XENTLINT_CACHE_DIR).")
def check(paths: tuple[str, ...], select: tuple[str, ...], extend_select: tuple[str, ...],
          ignore: tuple[str, ...], per_file_ignores: tuple[str, ...], output_format: str,
          show_evidence: bool, statistics: bool, exit_zero: bool, stdin_filename: str | None,
          config_file: str | None, isolated: bool, force_exclude: bool, fix: bool,
          unsafe_fixes: bool, diff: bool, fix_only: bool, show_fixes: bool, add_noqa: bool,
          watch: bool, quiet: bool, silent: bool, color: str, jobs: int, no_cache: bool,
          cache_dir: str | None) -> int:
    """Check Python files and notebooks under PATHS (default: the current directory)."""
    from . import command
    from .config import (
        ConfigError, ConfigResolver, Selection, parse_per_file_ignores, parse_selectors,
    )
    from .console import Console, color_of
    from .report import ReportOptions

    if config_file and isolated:
        raise UsageFailure("--config and --isolated cannot be used together")
    if statistics and output_format not in STATISTICS_FORMATS:
        raise UsageFailure(f"--statistics works with --output-format "
                           f"{', '.join(STATISTICS_FORMATS)}, not {output_format}")
    read_stdin = paths == (_STDIN,) or (not paths and stdin_filename is not None)
    if _STDIN in paths and not read_stdin:
        raise UsageFailure("'-' (stdin) cannot be combined with other paths")
    if add_noqa and (fix or diff or fix_only or read_stdin or watch):
        raise UsageFailure("--add-noqa works on files, and not with --fix, --diff, --fix-only "
                           "or --watch")
    if watch and read_stdin:
        raise UsageFailure("--watch cannot read from stdin")
    painted = color_of(color)
    console = Console(quiet=quiet, silent=silent, color=painted)
    try:
        overrides = Selection(
            select=parse_selectors(select, "--select") if select else None,
            extend_select=parse_selectors(extend_select, "--extend-select"),
            ignore=parse_selectors(ignore, "--ignore"),
        )
        ignores = (parse_per_file_ignores(per_file_ignores, "--per-file-ignores")
                   if per_file_ignores else None)
        request = command.Request(
            paths=paths, read_stdin=read_stdin, stdin_filename=stdin_filename,
            force_exclude=force_exclude, output_format=output_format,
            report=ReportOptions(show_evidence=show_evidence, statistics=statistics,
                                 color=painted, unsafe_fixes=unsafe_fixes,
                                 fixing=fix or fix_only, quiet=quiet),
            exit_zero=exit_zero, fix=fix, unsafe=unsafe_fixes, diff=diff, fix_only=fix_only,
            show_fixes=show_fixes, add_noqa=add_noqa, jobs=jobs, cache=not no_cache,
            cache_dir=cache_dir)

        def once() -> int:
            resolver = ConfigResolver(config_file, isolated=isolated, overrides=overrides,
                                      per_file_ignores=ignores)
            return command.run(request, resolver, console, cli.commands)

        if watch:
            from .watch import watch_paths

            def again() -> int:  # a config broken while watching is said, and watched
                try:
                    return once()
                except ConfigError as error:
                    console.error(str(error))
                    return 2

            return watch_paths(paths or (".",), again, console)
        return once()
    except ConfigError as error:
        raise UsageFailure(str(error)) from None


@cli.command(context_settings=_CONTEXT, short_help="List every rule.")
@click.option("--output-format", type=click.Choice(["text", "json"]), default="text",
              show_default=True)
def rules(output_format: str) -> int:
    """List every rule: code, name, severity, frameworks and summary."""
    import json

    from .catalog import all_rules

    catalog = list(all_rules().values())
    if output_format == "json":
        click.echo(json.dumps([
            {"code": r.code, "name": r.name, "severity": r.severity,
             "frameworks": list(r.framework_names), "summary": r.summary, "url": r.url}
            for r in catalog
        ], indent=2))
        return 0
    header = ("CODE", "NAME", "SEVERITY", "FRAMEWORKS", "SUMMARY")
    rows = [header] + [(r.code, r.name, r.severity, " ".join(r.framework_names) or "-",
                        r.summary) for r in catalog]
    widths = [max(len(row[i]) for row in rows) for i in range(len(header) - 1)]
    for *cells, summary in rows:
        click.echo("  ".join(cell.ljust(w) for cell, w in zip(cells, widths, strict=True))
                   + "  " + summary)
    return 0


@cli.command(context_settings=_CONTEXT, short_help="Print the documentation of a rule.")
@click.argument("code")
def explain(code: str) -> int:
    """Print the documentation of a rule (by code, such as XL101, or by name)."""
    import difflib

    from .catalog import all_rules

    catalog = all_rules()
    by_name = {r.name: r for r in catalog.values()}
    rule = catalog.get(code.strip().upper()) or by_name.get(code.strip().lower())
    if rule is None:
        close = difflib.get_close_matches(code.upper(), list(catalog), n=1)
        hint = f"did you mean {close[0]}? " if close else ""
        raise UsageFailure(f"unknown rule {code!r} ({hint}'xentlint rules' lists them all)")
    click.echo(rule.body.rstrip("\n"))
    return 0


@cli.command("rule", context_settings=_CONTEXT, short_help="The same as explain (ruff's name).")
@click.argument("code")
@click.pass_context
def rule(ctx: click.Context, code: str) -> int:
    """Print the documentation of a rule: the same as `xentlint explain CODE`."""
    return ctx.invoke(explain, code=code)


def _register_verify() -> None:
    from .verify import verify_command  # imports no numpy until it runs

    cli.add_command(verify_command)


_register_verify()


@cli.command(context_settings=_CONTEXT, short_help="Remove the caches of results.")
@click.argument("paths", nargs=-1, type=click.Path(exists=True, file_okay=False))
@click.option("--cache-dir", type=click.Path(file_okay=False), metavar="DIR",
              help="A cache kept elsewhere, removed too (env: XENTLINT_CACHE_DIR).")
def clean(paths: tuple[str, ...], cache_dir: str | None) -> int:
    """Remove every cache of results (`.xentlint_cache`) under PATHS (default: the current
    directory), and the one --cache-dir or XENTLINT_CACHE_DIR names. Only directories that
    xentlint made (they carry its CACHEDIR.TAG) are removed."""
    import shutil

    from .pipeline.cache import CACHE_DIR_VARIABLE, caches_under, is_cache

    found = [c for path in paths or (".",) for c in caches_under(Path(path))]
    elsewhere = cache_dir or os.environ.get(CACHE_DIR_VARIABLE)
    if elsewhere and is_cache(Path(elsewhere)):
        found.append(Path(elsewhere))
    for directory in dict.fromkeys(Path(os.path.abspath(c)) for c in found):
        click.echo(f"Removing cache at: {os.path.relpath(directory)}")
        shutil.rmtree(directory, ignore_errors=True)
    return 0


@cli.command(context_settings=_CONTEXT, short_help="Run the language server (LSP, stdio).")
@click.option("--stdio", is_flag=True, hidden=True,
              help="Accepted for clients that pass it; stdio is the only transport.")
def lsp(stdio: bool) -> int:
    """Run the language server: diagnostics, quick fixes and hovers in an editor (LSP, stdio).

    Needs the `lsp` extra: pip install 'xentlint[lsp]'.
    """
    try:
        from .lsp.server import serve  # pygls: imported only here, never by `check`
    except ImportError as error:
        raise UsageFailure(f"xentlint lsp needs the lsp extra ({error}): "
                           "pip install 'xentlint[lsp]'") from None
    serve()
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``xentlint`` script; returns the exit code."""
    return cli.main(args=list(argv) if argv is not None else None, prog_name="xentlint",
                    standalone_mode=False)


__all__ = ["cli", "main"]
