"""The ``xentlint`` command: ``check`` (the default), ``rules``, ``explain``, ``verify``, ``lsp``.

Exit codes (formats.md): 0 no findings (or ``--exit-zero``), 1 findings, 2 a usage, config or
internal error. Every expected error is one line on stderr, never a traceback. Heavy modules
(libcst, the analyzer) are imported inside the commands, so ``--version`` and ``--help`` start
fast.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from typing import Any

import click

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
@click.option("--output-format", type=click.Choice(list(FORMATS)), default="text",
              show_default=True, help="How findings are printed.")
@click.option("--show-evidence", "-v", is_flag=True,
              help="Print the chain of evidence and the fix advice under each finding.")
@click.option("--statistics", is_flag=True, help="Count findings by rule instead of listing them.")
@click.option("--exit-zero", is_flag=True, help="Exit with 0 even when there are findings.")
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
def check(paths: tuple[str, ...], select: tuple[str, ...], extend_select: tuple[str, ...],
          ignore: tuple[str, ...], output_format: str, show_evidence: bool, statistics: bool,
          exit_zero: bool, stdin_filename: str | None, config_file: str | None, isolated: bool,
          force_exclude: bool, fix: bool, unsafe_fixes: bool, diff: bool, fix_only: bool) -> int:
    """Check Python files and notebooks under PATHS (default: the current directory)."""
    from .config import ConfigError, ConfigResolver, Selection, parse_selectors
    from .paths import display_path
    from .pipeline import parse, run
    from .pipeline.discover import DiscoveryError, discover
    from .report import ReportOptions, render

    if config_file and isolated:
        raise UsageFailure("--config and --isolated cannot be used together")
    if statistics and output_format not in STATISTICS_FORMATS:
        raise UsageFailure(f"--statistics works with --output-format "
                           f"{', '.join(STATISTICS_FORMATS)}, not {output_format}")
    read_stdin = paths == (_STDIN,) or (not paths and stdin_filename is not None)
    if _STDIN in paths and not read_stdin:
        raise UsageFailure("'-' (stdin) cannot be combined with other paths")
    try:
        overrides = Selection(
            select=parse_selectors(select, "--select") if select else None,
            extend_select=parse_selectors(extend_select, "--extend-select"),
            ignore=parse_selectors(ignore, "--ignore"),
        )
        resolver = ConfigResolver(config_file, isolated=isolated, overrides=overrides)
        if fix or diff or fix_only:
            return _fix(paths, resolver, read_stdin=read_stdin, stdin_filename=stdin_filename,
                        force_exclude=force_exclude, unsafe=unsafe_fixes, diff=diff,
                        fix_only=fix_only, output_format=output_format,
                        options=ReportOptions(show_evidence=show_evidence, statistics=statistics,
                                              color=_use_color(), unsafe_fixes=unsafe_fixes,
                                              fixing=True),
                        exit_zero=exit_zero)
        if read_stdin:
            name = stdin_filename or _STDIN
            settings = resolver.settings_for(name)
            data = sys.stdin.buffer.read()
            excluded = force_exclude and stdin_filename is not None and settings.is_excluded(name)
            findings = [] if excluded else run.check_bytes(data, name, settings)
            checked: tuple[str, ...] = () if excluded else (display_path(name),)
            contents = tuple((shown, data) for shown in checked)
        else:
            sources = discover(paths or (".",), resolver, force_exclude=force_exclude)
            findings = run.check_files(sources)
            checked, contents = tuple(display_path(s.path) for s in sources), ()
    except (ConfigError, DiscoveryError) as error:
        raise UsageFailure(str(error)) from None

    color = _use_color()
    options = ReportOptions(show_evidence=show_evidence, statistics=statistics, color=color,
                            unsafe_fixes=unsafe_fixes, checked=checked, contents=contents)
    _echo(render(findings, output_format, options), color=color)
    if any(parse.is_internal_error(f) for f in findings):
        return 2
    return 1 if findings and not exit_zero else 0


def _fix(paths: tuple[str, ...], resolver: Any, *, read_stdin: bool, stdin_filename: str | None,
         force_exclude: bool, unsafe: bool, diff: bool, fix_only: bool, output_format: str,
         options: Any, exit_zero: bool) -> int:
    """``--fix`` / ``--diff`` / ``--fix-only`` (ruff's semantics).

    ``--diff``: the diff on stdout, ``Would fix N errors.`` on stderr, exit 1 when something
    would change. ``--fix``: files rewritten, then the report of what remains with
    ``(M fixed, K remaining)``. ``--fix-only``: ``Fixed N errors.``, exit 0. From stdin: the
    fixed source on stdout (unchanged when nothing applies), the report on stderr.
    """
    from dataclasses import replace

    from .findings import Finding
    from .fix import FixResult, fix_document, fix_files
    from .pipeline import parse
    from .pipeline.discover import discover
    from .report import render

    def refused(filename: str, reason: str) -> None:
        click.echo(f"xentlint: error: not fixing {filename}: {reason}", err=True)

    results: list[FixResult]
    excluded = False
    if read_stdin:
        name = stdin_filename or _STDIN
        settings = resolver.settings_for(name)
        data = sys.stdin.buffer.read()
        excluded = force_exclude and stdin_filename is not None and settings.is_excluded(name)
        if excluded:
            results = [FixResult(name, data, data, [], [])]
        else:
            results = [fix_document(data, name, settings, unsafe=unsafe)]
        if results[0].refused is not None:
            refused(results[0].filename, results[0].refused)
    else:
        sources = discover(paths or (".",), resolver, force_exclude=force_exclude)
        results = fix_files(sources, unsafe=unsafe, write=not diff, on_refusal=refused)

    applied = [f for r in results for f in r.applied]
    remaining: list[Finding] = sorted((f for r in results for f in r.remaining),
                                      key=Finding.sort_key)
    internal = any(parse.is_internal_error(f) for f in remaining)
    count = f"{len(applied)} error{'' if len(applied) == 1 else 's'}"
    if diff:
        out = sys.stdout
        for result in results:
            out.write(result.diff())
        out.flush()
        click.echo(f"Would fix {count}." if applied else "No errors would be fixed.", err=True)
        return 2 if internal else (1 if any(r.changed for r in results) else 0)
    if read_stdin:
        stdout = sys.stdout.buffer
        stdout.write(results[0].fixed)
        stdout.flush()
    fixed_note = f"Fixed {count}." if applied else "No errors fixed."
    checked = () if excluded else tuple(r.filename for r in results)
    report = (fixed_note if fix_only
              else render(remaining, output_format,
                          replace(options, fixed=tuple(applied), checked=checked,
                                  contents=tuple((r.filename, r.fixed) for r in results))))
    _echo(report, err=read_stdin, color=options.color)
    if internal:
        return 2
    return 1 if remaining and not exit_zero and not fix_only else 0


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


def _register_verify() -> None:
    from .verify import verify_command  # imports no numpy until it runs

    cli.add_command(verify_command)


_register_verify()


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


def _echo(report: str, *, err: bool = False, color: bool = False) -> None:
    """Print a report; an empty one (a format with nothing to list) prints nothing at all."""
    if report:
        click.echo(report, err=err, color=color)


def _use_color() -> bool:
    """Colour only on a terminal; NO_COLOR (no-color.org) turns it off, FORCE_COLOR on."""
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return sys.stdout.isatty()


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``xentlint`` script; returns the exit code."""
    return cli.main(args=list(argv) if argv is not None else None, prog_name="xentlint",
                    standalone_mode=False)


__all__ = ["cli", "main"]
