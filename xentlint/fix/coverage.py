"""Which rule has which fix in which framework, as the code has it: the README's fix table.

The table is computed, never written by hand: each rule document's bad examples are checked
and the applicability of the fixes the checks attach is read off (``safe``, ``unsafe``, or
none), per framework; :data:`WHY_NOT` says why a rule has no edit where it has none. A test
keeps the README's copy current (``python -m xentlint.fix.coverage --write-readme``).
"""

from __future__ import annotations

import sys
from pathlib import Path

README_START = "<!-- fixes-table:start -->"
README_END = "<!-- fixes-table:end -->"

#: Why a rule offers no edit (where none of its examples has one).
WHY_NOT: dict[str, str] = {
    "XL001": "the file does not parse",
    "XL101": "the activation is fused into a layer that has no flag (tf.layers.dense)",
    "XL102": "the output has another activation (relu), or the loss is hand-written or TF1's",
    "XL103": "the model's own softmax, or a hand-written NLL, would have to change",
    "XL104": "the composition spans statements (a variable holds the probabilities)",
    "XL105": "the axis is not a literal, or an (N, L, C) output's targets are not (N, L) indices",
    "XL106": "the softmax is not written as the call's input (a variable, swapped arguments)",
    "XL201": "the activation is not written where the model is built",
    "XL202": "a log-sigmoid head trained with an NLL: the model and the loss must change",
    "XL203": "the activation is not written where the model is built",
    "XL204": "the labels are not yes/no answers the binary loss can take as they are",
    "XL205": "the metric has options the exclusive accuracy lacks (threshold)",
    "XL301": "(N, 1) labels or options the index loss lacks; a hand-written loss has no sparse form",
    "XL302": "NLLLoss has no one-hot form",
    "XL303": "the labels reach the loss through fit()",
    "XL305": ("the unit count is not a literal at the layer (a parameter, a config field); one "
              "unit on more classes: a multi-class model or binary labels is a decision"),
    "XL306": "the head is not written where the model is built, or MultiLabelMarginLoss",
    "XL401": "torch.max's values are used too",
    "XL402": "no loss says which framework decodes (the model is not trained here)",
    "XL403": "the threshold is not a literal, or the metric is not spelled as the file imports",
    "XL501": "an argument is too long to move",
    "XL502": "no keyword is known for the value",
}


def coverage() -> dict[str, dict[str, set[str]]]:
    """{code: {framework tag ("" for none): the applicabilities of its examples' edits, "none"
    for an example whose finding has no edit}}."""
    from .. import check_source
    from ..catalog import all_rules
    from ..frameworks import REGISTRY

    tags = {f.name: f.tag for f in REGISTRY}
    found: dict[str, dict[str, set[str]]] = {}
    for code, rule in all_rules().items():
        per = found.setdefault(code, {tag: set() for tag in rule.frameworks or ("",)})
        for example in rule.examples:
            if example.kind != "bad":
                continue
            tag = tags.get(example.framework, "")
            for finding in check_source(example.source, path="example.py"):
                if finding.code == code:
                    fix = finding.fix
                    per.setdefault(tag, set()).add(
                        fix.applicability if fix is not None and fix.edits else "none")
    return found


def markdown_table() -> str:
    from ..catalog import all_rules
    from ..frameworks import REGISTRY

    columns = [f.tag for f in REGISTRY]
    rows = ["| code | " + " | ".join(columns) + " | where there is no edit |",
            "|---|" + "---|" * len(columns) + "---|"]
    for code, per in coverage().items():
        if not all_rules()[code].frameworks:
            cells = [_cell(per.get("", set())) + " (any file)"] + [""] * (len(columns) - 1)
        else:
            cells = [_cell(per[tag]) if tag in per else "·" for tag in columns]
        missing = any(not kinds or "none" in kinds for kinds in per.values())
        why = WHY_NOT.get(code, "") if missing else ""
        rows.append(f"| [{code}](rules/{code}.md) | " + " | ".join(cells) + f" | {why} |")
    return "\n".join(rows) + "\n"


def _cell(kinds: set[str]) -> str:
    """``safe``, ``unsafe``, both, and ``none`` when (some of) the examples get no edit."""
    order = ("safe", "unsafe", "none")
    return ", ".join(k for k in order if k in kinds) or "none"


def _main(argv: list[str]) -> int:
    table = markdown_table()
    if "--write-readme" not in argv:
        sys.stdout.write(table)
        return 0
    readme = Path(__file__).resolve().parent.parent.parent / "README.md"
    text = readme.read_text(encoding="utf-8")
    start = text.index(README_START) + len(README_START)
    end = text.index(README_END, start)
    readme.write_text(text[:start] + "\n" + table + text[end:], encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(_main(sys.argv[1:]))
