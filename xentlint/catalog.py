"""The rule catalog, read from the rule documents in ``rules/`` (shipped as ``xentlint.ruledocs``).

Each document starts with a small front matter block (``key: value`` lines between ``---``),
so the code, name, severity and summary live in exactly one place: the document that
`xentlint explain` prints and the README table is generated from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

DOCS_URL = "https://github.com/xentlint/xentlint/blob/main/rules/{code}.md"

_FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n", re.S)
# A rule for every framework (XL001, XL002) has examples without a framework tag; a `fixed`
# example is what `--fix` makes of the bad example before it (`fixed torch unsafe`: with
# `--unsafe-fixes`).
_EXAMPLE = re.compile(r"^```python[ \t]+(bad|good|fixed)(?:[ \t]+(?!unsafe\b)(\w+))?"
                      r"([ \t]+unsafe)?[^\n]*\n(.*?)^```", re.S | re.M)

README_TABLE_START = "<!-- rules-table:start -->"
README_TABLE_END = "<!-- rules-table:end -->"


@dataclass(frozen=True)
class Example:
    """A fenced example of a rule document: ``bad`` must yield exactly the rule, ``good`` nothing,
    ``fixed`` is exactly what ``--fix`` makes of the bad example before it (and is silent)."""

    kind: str  # "bad" | "good" | "fixed"
    framework: str  # "keras" | "torch" | "jax" | "tf"; "" in a rule of no framework
    source: str
    line: int  # line of the opening fence in the document
    unsafe: bool = False  # a fixed example made by an unsafe fix (`--unsafe-fixes`)


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    severity: str
    frameworks: tuple[str, ...]
    summary: str
    document: str

    @property
    def url(self) -> str:
        return DOCS_URL.format(code=self.code)

    @property
    def body(self) -> str:
        """The document without its front matter, as `xentlint explain` prints it."""
        return _FRONT_MATTER.sub("", self.document, count=1).lstrip("\n")

    @property
    def examples(self) -> tuple[Example, ...]:
        return tuple(
            Example(m.group(1), m.group(2) or "", m.group(4),
                    self.document.count("\n", 0, m.start()) + 1, bool(m.group(3)))
            for m in _EXAMPLE.finditer(self.document)
        )

    def fixed_pairs(self) -> tuple[tuple[Example, Example], ...]:
        """Each ``fixed`` example with the bad example it fixes: the last one before it."""
        pairs, bad = [], None
        for example in self.examples:
            if example.kind == "bad":
                bad = example
            elif example.kind == "fixed":
                if bad is None or bad.framework != example.framework:
                    raise ValueError(f"{self.code}: the fixed example at line {example.line} "
                                     f"follows no bad {example.framework} example")
                pairs.append((bad, example))
        return tuple(pairs)

    @property
    def framework_names(self) -> tuple[str, ...]:
        from .frameworks import by_tag

        return tuple(by_tag(tag).name for tag in self.frameworks)


def parse_rule_document(text: str) -> Rule:
    match = _FRONT_MATTER.match(text)
    if not match:
        raise ValueError("rule document has no front matter")
    meta = {}
    for line in match.group(1).splitlines():
        key, sep, value = line.partition(":")
        if sep:
            meta[key.strip()] = value.strip()
    return Rule(
        code=meta["code"],
        name=meta["name"],
        severity=meta["severity"],
        frameworks=tuple(meta.get("frameworks", "").split()),
        summary=meta.get("summary", ""),
        document=text,
    )


def _rule_documents():
    """The directory of the rule documents: the installed package data, or ``rules/`` of a checkout."""
    try:
        return resources.files("xentlint.ruledocs")
    except ModuleNotFoundError:  # running from a source tree that is not installed
        return Path(__file__).resolve().parent.parent / "rules"


@lru_cache(maxsize=None)
def all_rules() -> dict[str, Rule]:
    """Every rule of the catalog, by code, in code order."""
    rules = [
        parse_rule_document(entry.read_text(encoding="utf-8"))
        for entry in _rule_documents().iterdir()
        if entry.name.startswith("XL") and entry.name.endswith(".md")
    ]
    return {r.code: r for r in sorted(rules, key=lambda r: r.code)}


def rule(code: str) -> Rule:
    return all_rules()[code]


def expand_selector(selector: str) -> list[str]:
    """Codes matched by a selector: a full code (``XL101``), a prefix (``XL1``) or ``ALL``.

    Raises ``KeyError`` for a selector that matches no rule, so a typo never silently selects
    nothing.
    """
    selector = selector.strip().upper()
    codes = list(all_rules())
    matched = codes if selector == "ALL" else [c for c in codes if c.startswith(selector)]
    if not matched or not selector.startswith("XL") and selector != "ALL":
        raise KeyError(selector)
    return matched


def markdown_table(rules: dict[str, Rule] | None = None) -> str:
    """The README rule table: one row per rule, each code linking to its document in ``rules/``."""
    rows = [
        "| code | name | severity | frameworks | summary |",
        "|---|---|---|---|---|",
    ]
    for r in (rules if rules is not None else all_rules()).values():
        summary = r.summary.replace("|", "\\|")
        rows.append(
            f"| [{r.code}](rules/{r.code}.md) | {r.name} | {r.severity} | {' '.join(r.frameworks)} | {summary} |"
        )
    return "\n".join(rows) + "\n"


def replace_readme_table(readme: str, table: str) -> str:
    """``readme`` with the text between the rules-table markers replaced by ``table``."""
    start = readme.index(README_TABLE_START) + len(README_TABLE_START)
    end = readme.index(README_TABLE_END, start)
    return readme[:start] + "\n" + table + readme[end:]


def _main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(
        prog="python -m xentlint.catalog", description="Print or regenerate the README rule table."
    )
    parser.add_argument(
        "--write-readme",
        metavar="PATH",
        nargs="?",
        const="README.md",
        help="rewrite the table between the rules-table markers of PATH (default README.md)",
    )
    args = parser.parse_args(argv)
    table = markdown_table()
    if args.write_readme is None:
        print(table, end="")
        return 0
    readme = Path(args.write_readme)
    try:
        text = readme.read_text(encoding="utf-8")
    except OSError as exc:
        parser.error(f"cannot read {readme}: {exc.strerror}")
    try:
        updated = replace_readme_table(text, table)
    except ValueError:
        parser.error(f"{readme} has no {README_TABLE_START} ... {README_TABLE_END} markers")
    if updated != text:
        readme.write_text(updated, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(_main())
