"""``--output-format sarif``: SARIF 2.1.0 (formats.md), for GitHub code scanning
(``github/codeql-action/upload-sarif``) and any SARIF viewer.

One run. ``tool.driver`` lists every rule of the catalog (id, name, descriptions, help from its
document, ``helpUri``, default level). Each result has its rule, level, message, the primary
location, ``relatedLocations`` for the evidence chain (the message's ``(line N)`` references
become links to them), ``fixes`` with the edits of an automatic fix (safe or unsafe, as
``properties.applicability``), and ``partialFingerprints["xentlint/v1"]``, stable across
unrelated edits (:mod:`.fingerprint`; the upload action adds its own line hash next to it).

Paths: a relative URI against ``%SRCROOT%``, the working directory (run xentlint from the
repository root for code scanning), or a ``file://`` URI outside it; a file name that is not
UTF-8 is spelled with ``\\xNN`` escapes as in every format, then percent-encoded.

Notebooks: a region points into the ``.ipynb`` file as stored (:mod:`.notebook_file`), which is
what code scanning shows, so the alert lands on the JSON line that holds the code; the message
names the cell, and ``properties`` carries ``cell`` and ``cellRegion`` (the position within the
cell that the text and json formats print). A region that cannot be mapped (the file changed
since the check) is left out: the result then points at the file. A notebook fix is given only
when each edit stays within one JSON string, where splicing its escaped text is the same edit.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from urllib.parse import quote

from .. import catalog
from ..findings import Finding, Span
from . import ReportOptions
from .escape import printable, printable_json
from .fingerprint import VERSION, fingerprints
from .notebook_file import cell_prefix
from .sources import SourceFiles

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://github.com/xentlint/xentlint"
SOURCE_ROOT = "%SRCROOT%"
FINGERPRINT_KEY = f"xentlint/{VERSION}"
_LEVEL = {"error": "error", "warning": "warning"}
# `[text](` would read as an embedded link (SARIF 3.11.6): such brackets are escaped.
_LINK_LIKE = re.compile(r"\[([^\[\]]*)\](?=\()")
_WHAT_IT_DOES = re.compile(r"^## What it does\n\n(.*?)(?:\n\n|\Z)", re.S | re.M)


def render(findings: Sequence[Finding], options: ReportOptions) -> str:
    from .. import __version__

    rules = catalog.all_rules()
    index = {code: i for i, code in enumerate(rules)}
    sources = SourceFiles(options.contents)
    prints = fingerprints(findings, sources)
    run: dict[str, Any] = {
        "tool": {"driver": {"name": "xentlint", "version": __version__,
                            "informationUri": INFORMATION_URI,
                            "rules": [_rule(rule) for rule in rules.values()]}},
        "originalUriBaseIds": {SOURCE_ROOT: {"uri": _file_uri(Path.cwd().as_posix(),
                                                              directory=True)}},
        "columnKind": "unicodeCodePoints",
        "results": [_result(f, index, sources, fp) for f, fp in zip(findings, prints, strict=True)],
    }
    log = {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}
    return printable_json(json.dumps(log, indent=2, ensure_ascii=False))


def _rule(rule: catalog.Rule) -> dict[str, Any]:
    found = _WHAT_IT_DOES.search(rule.body)
    full = " ".join(found.group(1).split()) if found else rule.summary
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": full, "markdown": full},
        "helpUri": rule.url,
        "help": {"text": f"{rule.summary} See {rule.url}", "markdown": rule.body},
        "defaultConfiguration": {"level": _LEVEL.get(rule.severity, "error")},
        "properties": {"tags": ["correctness"], "precision": "very-high"},
    }


def _result(finding: Finding, index: dict[str, int], sources: SourceFiles,
            fingerprint: str) -> dict[str, Any]:
    result: dict[str, Any] = {"ruleId": finding.code}
    if finding.code in index:
        result["ruleIndex"] = index[finding.code]
    result["level"] = _LEVEL.get(finding.severity, "error")
    related = [(i, link) for i, link in enumerate(finding.related, start=1)]
    message = _LINK_LIKE.sub(r"\\[\1\\]", finding.message)
    for i, link in related:
        if link.filename == finding.filename:
            where = (f"cell {link.cell}, line {link.span.start.row}" if link.cell is not None
                     else f"line {link.span.start.row}")
            message = message.replace(f"({where})", f"([{where}]({i}))", 1)
    result["message"] = {"text": cell_prefix(finding.cell, finding.span.start) + message}
    result["locations"] = [_location(finding.filename, finding.cell, finding.span, sources)]
    if related:
        result["relatedLocations"] = [
            {"id": i, **_location(link.filename, link.cell, link.span, sources),
             "message": {"text": cell_prefix(link.cell, link.span.start) + link.message}}
            for i, link in related
        ]
    fix = _fix(finding, sources)
    if fix is not None:
        result["fixes"] = [fix]
    result["partialFingerprints"] = {FINGERPRINT_KEY: fingerprint}
    if finding.cell is not None:
        result["properties"] = {"cell": finding.cell, "cellRegion": _region(finding.span)}
    return result


def _location(filename: str, cell: int | None, span: Span,
              sources: SourceFiles) -> dict[str, Any]:
    physical: dict[str, Any] = {"artifactLocation": _artifact(filename)}
    in_file = sources.file_span(filename, cell, span)
    if in_file is not None:
        physical["region"] = _region(in_file)
    return {"physicalLocation": physical}


def _fix(finding: Finding, sources: SourceFiles) -> dict[str, Any] | None:
    fix = finding.fix
    if fix is None or not fix.edits:
        return None
    changes: dict[str, list[dict[str, Any]]] = {}
    for edit in fix.edits:
        span = sources.edit_span(edit.filename, edit.cell, edit.span)
        if span is None:
            return None  # part of a fix would be a wrong fix
        content = edit.content if edit.cell is None else json.dumps(edit.content)[1:-1]
        changes.setdefault(edit.filename, []).append(
            {"deletedRegion": _region(span), "insertedContent": {"text": content}})
    return {
        "description": {"text": fix.message},
        "artifactChanges": [{"artifactLocation": _artifact(name), "replacements": replacements}
                            for name, replacements in changes.items()],
        "properties": {"applicability": fix.applicability},
    }


def _region(span: Span) -> dict[str, int]:
    return {"startLine": span.start.row, "startColumn": span.start.column,
            "endLine": span.end.row, "endColumn": span.end.column}


def _artifact(filename: str) -> dict[str, str]:
    """Display paths use ``/``: absolute ones (``/x``, ``C:/x``) are outside the working
    directory."""
    if filename.startswith("/") or re.match(r"[A-Za-z]:/", filename):
        return {"uri": _file_uri(filename)}
    return {"uri": quote(printable(filename), safe="/"), "uriBaseId": SOURCE_ROOT}


def _file_uri(path: str, *, directory: bool = False) -> str:
    if not path.startswith("/"):
        path = "/" + path  # C:/x -> file:///C:/x
    if directory and not path.endswith("/"):
        path += "/"
    return "file://" + quote(printable(path), safe="/:")
