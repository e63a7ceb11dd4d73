"""``--output-format junit``: a JUnit XML report, what CI dashboards read (GitLab's test
report, Jenkins, Azure Pipelines...).

One ``<testcase>`` per checked file (a clean file is a passing test, so the dashboard shows what
was checked, not only what failed), in one ``<testsuite name="xentlint">``. A file with findings
has one ``<failure>`` (dashboards keep only the first of several): its ``message`` counts the
findings and names their codes, its text lists each finding as the text format prints it, with
its evidence and fix advice.

Characters XML cannot hold (control characters, a file name that is not UTF-8) are written as
``\\xNN`` escapes, so the report always parses.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..findings import Finding
from . import ReportOptions, text
from .escape import printable

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_ATTRIBUTE_ESCAPES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\n": "&#10;",
                      "\r": "&#13;", "\t": "&#9;"}


def render(findings: Sequence[Finding], options: ReportOptions) -> str:
    by_file: dict[str, list[Finding]] = {}
    for finding in findings:
        by_file.setdefault(finding.filename, []).append(finding)
    files = sorted({*options.checked, *by_file})
    failing = sum(1 for name in files if by_file.get(name))
    counts = f'tests="{len(files)}" failures="{failing}" errors="0"'
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             f'<testsuites name="xentlint" {counts}>',
             f'  <testsuite name="xentlint" {counts} skipped="0">']
    for name in files:
        attributes = f'name="{_attribute(name)}" classname="xentlint" file="{_attribute(name)}"'
        found = by_file.get(name)
        if not found:
            lines.append(f"    <testcase {attributes}/>")
            continue
        codes = ", ".join(dict.fromkeys(f.code for f in found))
        count = f"{len(found)} finding{'' if len(found) == 1 else 's'}"
        body = "\n".join(line for f in found
                         for line in (text.format_finding(f, unsafe_fixes=options.unsafe_fixes),
                                      *text.evidence(f)))
        lines += [f"    <testcase {attributes}>",
                  f'      <failure message="{_attribute(f"{count}: {codes}")}" '
                  f'type="{_attribute(codes)}">{_text(body)}</failure>',
                  "    </testcase>"]
    lines += ["  </testsuite>", "</testsuites>"]
    return "\n".join(lines)


def _clean(value: str) -> str:
    return _NOT_XML.sub(lambda m: f"\\x{ord(m.group(0)):02x}" if ord(m.group(0)) < 0x100
                        else f"\\u{ord(m.group(0)):04x}", printable(value))


def _text(value: str) -> str:
    return _clean(value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _attribute(value: str) -> str:
    return "".join(_ATTRIBUTE_ESCAPES.get(c, c) for c in _clean(value))
