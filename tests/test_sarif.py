"""``--output-format sarif``: valid SARIF 2.1.0 (the OASIS schema, vendored in tests/data), the
catalog as rules, locations, evidence, fixes that are the real fixes, notebook regions inside
the stored .ipynb, and fingerprints that survive unrelated edits."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from xentlint import catalog
from xentlint.cli import cli

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = json.loads((ROOT / "tests" / "data" / "sarif-schema-2.1.0.json").read_text("utf-8"))

BUGGY = '''import keras
from keras import layers

model = keras.Sequential([layers.Dense(10, activation="softmax")])
model.compile(loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True))

other = keras.Sequential([layers.Dense(10, activation="softmax")])
other.compile(loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True))
'''


def sarif(*args: str, input: bytes | None = None) -> dict:
    result = CliRunner().invoke(cli, ["--output-format", "sarif", *args], input=input)
    assert result.exit_code in (0, 1), result.output
    log = json.loads(result.stdout)
    jsonschema.validate(log, SCHEMA)
    return log


def results(log: dict) -> list[dict]:
    [run] = log["runs"]
    return run["results"]


def plain(message: str) -> str:
    """A SARIF message as text: embedded links ``[text](id)`` become their text (3.11.6)."""
    unlinked = re.sub(r"(?<!\\)\[((?:[^\]\\]|\\.)*)\]\(\d+\)", r"\1", message)
    return unlinked.replace("\\[", "[").replace("\\]", "]")


def offset(text: str, line: int, column: int) -> int:
    lines = text.split("\n")
    return sum(len(row) + 1 for row in lines[:line - 1]) + column - 1


def region_text(text: str, region: dict) -> str:
    return text[offset(text, region["startLine"], region["startColumn"]):
                offset(text, region["endLine"], region["endColumn"])]


def apply_fixes(text: str, uri: str, log: dict) -> str:
    """``text`` with every SARIF replacement for ``uri`` applied, last first."""
    replacements = [r for result in results(log) for fix in result.get("fixes", [])
                    for change in fix["artifactChanges"] if change["artifactLocation"]["uri"] == uri
                    for r in change["replacements"]]
    spans = sorted(((offset(text, r["deletedRegion"]["startLine"], r["deletedRegion"]["startColumn"]),
                     offset(text, r["deletedRegion"]["endLine"], r["deletedRegion"]["endColumn"]),
                     r["insertedContent"]["text"]) for r in replacements), reverse=True)
    for start, end, content in spans:
        text = text[:start] + content + text[end:]
    return text


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def notebook(*sources: str) -> str:
    """A notebook as Jupyter writes it: a markdown cell first, then code cells, one JSON string
    per source line, indent 1."""
    cells = [{"cell_type": "markdown", "metadata": {}, "source": ["# Training\n"]}]
    cells += [{"cell_type": "code", "execution_count": None, "metadata": {}, "outputs": [],
               "source": source.splitlines(keepends=True)} for source in sources]
    document = {"cells": cells, "metadata": {"kernelspec": {"language": "python"}},
                "nbformat": 4, "nbformat_minor": 5}
    return json.dumps(document, indent=1, ensure_ascii=False) + "\n"


def test_the_fixtures_give_valid_sarif_with_the_catalog_and_every_finding(monkeypatch):
    monkeypatch.chdir(ROOT)
    log = sarif("fixtures/")
    as_json = json.loads(CliRunner().invoke(cli, ["--output-format", "json", "fixtures/"]).stdout)
    assert log["version"] == "2.1.0"
    [run] = log["runs"]
    driver = run["tool"]["driver"]
    assert driver["name"] == "xentlint" and driver["informationUri"].startswith("https://")
    assert driver["version"]
    rules = catalog.all_rules()
    assert [r["id"] for r in driver["rules"]] == list(rules)
    for entry in driver["rules"]:
        rule = rules[entry["id"]]
        assert entry["name"] == rule.name and entry["helpUri"] == rule.url
        assert entry["shortDescription"]["text"] == rule.summary
        assert entry["fullDescription"]["text"] and entry["help"]["markdown"] == rule.body
        assert entry["defaultConfiguration"]["level"] == rule.severity
    assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"] == ROOT.as_uri() + "/"
    assert len(run["results"]) == len(as_json) == 18
    for result, finding in zip(run["results"], as_json, strict=True):
        assert driver["rules"][result["ruleIndex"]]["id"] == result["ruleId"] == finding["code"]
        assert result["level"] == finding["severity"]
        location = result["locations"][0]["physicalLocation"]
        assert location["artifactLocation"] == {"uri": finding["filename"],
                                                "uriBaseId": "%SRCROOT%"}
        assert len(result.get("relatedLocations", [])) == len(finding["related"])
        assert len(result["partialFingerprints"]["xentlint/v1"]) == 64
        if finding["cell"] is None:
            assert location["region"] == {
                "startLine": finding["location"]["row"],
                "startColumn": finding["location"]["column"],
                "endLine": finding["end_location"]["row"],
                "endColumn": finding["end_location"]["column"]}
            assert plain(result["message"]["text"]) == finding["message"]
        else:  # the region is the flagged code inside the stored notebook's JSON
            raw = (ROOT / finding["filename"]).read_text("utf-8")
            cell = json.loads(raw)["cells"][finding["cell"] - 1]
            line = "".join(cell["source"]).splitlines()[finding["location"]["row"] - 1]
            flagged = line[finding["location"]["column"] - 1:finding["end_location"]["column"] - 1]
            assert json.loads('"' + region_text(raw, location["region"]) + '"') == flagged
            assert result["properties"]["cell"] == finding["cell"]
            assert result["message"]["text"].startswith(
                f"cell {finding['cell']}, line {finding['location']['row']}: ")


def test_an_empty_run_is_a_valid_log_with_the_rules(project: Path) -> None:
    (project / "ok.py").write_text("x = 1\n")
    log = sarif("ok.py")
    assert results(log) == []
    assert len(log["runs"][0]["tool"]["driver"]["rules"]) == len(catalog.all_rules())


def test_evidence_is_related_locations_linked_from_the_message(project: Path) -> None:
    (project / "train.py").write_text(BUGGY)
    first = results(sarif("train.py"))[0]
    assert first["ruleId"] == "XL101" and first["level"] == "error"
    assert "([line 4](1))" in first["message"]["text"]
    assert "([line 5](2))" in first["message"]["text"]
    related = first["relatedLocations"]
    assert [r["id"] for r in related] == [1, 2]
    assert related[0]["message"]["text"] == "`softmax` applied here"
    softmax = region_text(BUGGY, related[0]["physicalLocation"]["region"])
    assert softmax == 'layers.Dense(10, activation="softmax")'


def test_fixes_are_the_edits_that_fix_applies(project: Path) -> None:
    (project / "train.py").write_text(BUGGY)
    log = sarif("train.py")
    assert all(r["fixes"][0]["properties"]["applicability"] == "safe" for r in results(log))
    fixed_by_sarif = apply_fixes(BUGGY, "train.py", log)
    assert CliRunner().invoke(cli, ["--fix", "train.py"]).exit_code == 0
    assert fixed_by_sarif == (project / "train.py").read_text() != BUGGY


def test_notebook_fixes_replace_inside_the_stored_json(project: Path) -> None:
    cell = BUGGY.split("\n\nother")[0] + "\n"
    document = notebook("import numpy as np\n", cell)
    (project / "nb.ipynb").write_text(document, encoding="utf-8")
    log = sarif("nb.ipynb")
    [result] = results(log)
    assert result["properties"] == {"cell": 3, "cellRegion": {
        "startLine": 5, "startColumn": 20, "endLine": 5, "endColumn": 80}}
    region = result["locations"][0]["physicalLocation"]["region"]
    assert region_text(document, region) == (
        "keras.losses.SparseCategoricalCrossentropy(from_logits=True)")
    fixed_by_sarif = apply_fixes(document, "nb.ipynb", log)
    assert CliRunner().invoke(cli, ["--fix", "nb.ipynb"]).exit_code == 0
    fixed = (project / "nb.ipynb").read_text("utf-8")
    assert fixed != document
    assert json.loads(fixed_by_sarif) == json.loads(fixed)


def fingerprints(log: dict) -> list[str]:
    return [r["partialFingerprints"]["xentlint/v1"] for r in results(log)]


def test_fingerprints_survive_unrelated_edits_and_tell_twins_apart(project: Path) -> None:
    path = project / "train.py"
    path.write_text(BUGGY)
    before = fingerprints(sarif("train.py"))
    assert len(before) == 2 and before[0] != before[1]  # the same mistake twice: two alerts
    path.write_text('"""Training."""\n\nimport os\n\n\n' + BUGGY.replace(
        "from_logits=True))\n\nother", "from_logits = True))  # oops\n\nother"))
    moved = sarif("train.py")
    assert [r["locations"][0]["physicalLocation"]["region"]["startLine"]
            for r in results(moved)] == [10, 13]
    assert fingerprints(moved) == before
    path.write_text(BUGGY.replace("SparseCategoricalCrossentropy", "CategoricalCrossentropy"))
    assert set(fingerprints(sarif("train.py"))).isdisjoint(before)


def test_code_from_stdin_is_fingerprinted_from_stdin(project: Path) -> None:
    (project / "train.py").write_text(BUGGY)
    on_disk = fingerprints(sarif("train.py"))
    (project / "train.py").unlink()
    from_stdin = sarif("-", "--stdin-filename", "train.py", input=BUGGY.encode())
    assert fingerprints(from_stdin) == on_disk


def test_paths_outside_the_working_directory_are_file_uris(project: Path, monkeypatch) -> None:
    inside = project / "work"
    inside.mkdir()
    (project / "train 1.py").write_text(BUGGY)
    monkeypatch.chdir(inside)
    [first, _] = results(sarif(str(project / "train 1.py")))
    uri = first["locations"][0]["physicalLocation"]["artifactLocation"]
    assert uri == {"uri": (project / "train 1.py").as_uri()}
    assert "%20" in uri["uri"]


@pytest.mark.parametrize("layout", [
    {"indent": 1, "ensure_ascii": False, "lines": True},
    {"indent": None, "ensure_ascii": True, "lines": False},
    {"indent": 2, "ensure_ascii": True, "lines": True},
])
def test_cell_positions_map_into_any_notebook_layout(layout: dict) -> None:
    from xentlint.findings import Span
    from xentlint.report.notebook_file import NotebookFile

    code = 'x = "é 😀 \\\\ \\"q\\"\\t"; loss = f(x)\nprint("done")\n'
    source = code.splitlines(keepends=True) if layout["lines"] else code
    document = json.dumps({"cells": [{"cell_type": "markdown", "source": "# t"},
                                     {"cell_type": "code", "source": source}]},
                          indent=layout["indent"], ensure_ascii=layout["ensure_ascii"])
    stored = NotebookFile(document)
    assert stored.cell_text(2) == code
    column = code.index("loss") + 1
    for span, expected in [(Span.of(1, column, 1, column + 11), "loss = f(x)"),
                           (Span.of(1, 1, 1, column - 1), code[:column - 2]),
                           (Span.of(2, 1, 2, 14), 'print("done")'),
                           (Span.of(1, column, 2, 6), "loss = f(x)\nprint")]:
        where = stored.span(2, span)
        assert where is not None
        raw = region_text(document, {"startLine": where.start.row,
                                     "startColumn": where.start.column,
                                     "endLine": where.end.row, "endColumn": where.end.column})
        assert "".join(json.loads('["' + raw + '"]')) == expected  # across strings of a list
    assert stored.span(3, Span.of(1, 1, 1, 2)) is None  # no such cell
    assert stored.span(2, Span.of(9, 1, 9, 2)) is None  # no such line
    # An edit across two JSON strings cannot be one replacement of the file's text.
    assert (stored.edit_span(2, Span.of(1, column, 2, 6)) is None) is layout["lines"]


def test_a_position_that_no_longer_exists_points_at_the_file(project: Path) -> None:
    from xentlint.findings import Finding, Span
    from xentlint.report import render

    (project / "nb.ipynb").write_text(notebook("import keras\n"), encoding="utf-8")
    finding = Finding("XL101", "probabilities-to-logits-loss", "error", "m", "nb.ipynb",
                      Span.of(3, 1, 3, 4), cell=7)
    log = json.loads(render([finding], "sarif"))
    jsonschema.validate(log, SCHEMA)
    [result] = results(log)
    assert "region" not in result["locations"][0]["physicalLocation"]
    assert result["properties"]["cell"] == 7
    assert render([finding], "github") == (
        "::error title=xentlint (XL101),file=nb.ipynb::cell 7, line 3: m")
    assert json.loads(render([finding], "gitlab"))[0]["location"]["lines"] == {"begin": 1,
                                                                              "end": 1}
