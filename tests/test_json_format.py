"""``--output-format json``: every field name and type of formats.md."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from xentlint.pipeline import analyze as analysis
from xentlint.cli import cli
from xentlint.findings import Edit, Finding, Fix, Related, Span

TOP_LEVEL = {"code", "name", "severity", "message", "filename", "location", "end_location",
             "cell", "related", "fix", "url"}


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "src").mkdir()
    return tmp_path


def run_json(*args: str) -> tuple[int, list[dict]]:
    result = CliRunner().invoke(cli, ["--output-format", "json", *args])
    return result.exit_code, json.loads(result.stdout)


def assert_location(value: dict) -> None:
    assert set(value) == {"row", "column"}
    assert all(type(v) is int and v >= 1 for v in value.values())


def assert_finding_shape(item: dict) -> None:
    assert set(item) == TOP_LEVEL
    for key in ("code", "name", "severity", "message", "filename", "url"):
        assert isinstance(item[key], str) and item[key], key
    assert item["severity"] in ("error", "warning")
    assert item["url"].startswith("https://") and item["url"].endswith(f"{item['code']}.md")
    assert_location(item["location"])
    assert_location(item["end_location"])
    assert item["cell"] is None or type(item["cell"]) is int
    assert isinstance(item["related"], list)
    for link in item["related"]:
        assert set(link) == {"filename", "location", "end_location", "message", "cell"}
        assert_location(link["location"])
        assert_location(link["end_location"])
    assert item["fix"] is None or set(item["fix"]) == {"applicability", "message", "edits"}


def test_empty_run_prints_an_empty_array(project: Path) -> None:
    (project / "src" / "ok.py").write_text("x = 1\n")
    result = CliRunner().invoke(cli, ["--output-format", "json", "src"])
    assert result.exit_code == 0
    assert result.stdout == "[]\n"


def test_parse_error_fields(project: Path) -> None:
    (project / "src" / "bad.py").write_text("import keras\nmodel.compile(loss=\n")
    code, items = run_json("src")
    assert code == 1
    [item] = items
    assert_finding_shape(item)
    assert item["code"] == "XL001" and item["name"] == "parse-error"
    assert item["filename"] == "src/bad.py"
    assert item["location"] == {"row": 2, "column": 14}
    assert item["end_location"] == {"row": 2, "column": 15}
    assert item["cell"] is None and item["related"] == [] and item["fix"] is None


def test_full_finding_with_related_and_fix(project: Path, monkeypatch) -> None:
    def analyze(module, filename, frameworks=None, codes=None, **options):
        return [Finding(
            code="XL101", name="", severity="", message="double softmax", filename=filename,
            span=Span.of(3, 12, 3, 40),
            related=(Related("src/model.py", Span.of(12, 9, 12, 46), "softmax applied here"),),
            fix=Fix("Remove the final softmax", "safe",
                    (Edit("src/model.py", Span.of(12, 9, 12, 46), ""),)),
        )]

    monkeypatch.setattr(analysis, "analyze_module", analyze)
    (project / "src" / "train.py").write_text("import keras\n\nmodel.compile(loss='x')\n")
    code, [item] = run_json("src")
    assert code == 1
    assert_finding_shape(item)
    assert item == {
        "code": "XL101",
        "name": "probabilities-to-logits-loss",
        "severity": "error",
        "message": "double softmax",
        "filename": "src/train.py",
        "location": {"row": 3, "column": 12},
        "end_location": {"row": 3, "column": 40},
        "cell": None,
        "related": [{"filename": "src/model.py", "location": {"row": 12, "column": 9},
                     "end_location": {"row": 12, "column": 46},
                     "message": "softmax applied here", "cell": None}],
        "fix": {"applicability": "safe", "message": "Remove the final softmax",
                "edits": [{"filename": "src/model.py", "content": "",
                           "location": {"row": 12, "column": 9},
                           "end_location": {"row": 12, "column": 46}, "cell": None}]},
        "url": "https://github.com/xentlint/xentlint/blob/main/rules/XL101.md",
    }


def test_notebook_findings_carry_the_cell(project: Path, monkeypatch) -> None:
    def analyze(module, filename, frameworks=None, codes=None, **options):
        return [Finding("XL101", "", "", "m", filename, Span.of(3, 1, 3, 5),
                        related=(Related(filename, Span.of(1, 1, 1, 5), "here"),))]

    monkeypatch.setattr(analysis, "analyze_module", analyze)
    cells = [{"cell_type": "markdown", "source": "# t"},
             {"cell_type": "code", "source": "import keras\nx = 1\n"},
             {"cell_type": "code", "source": "loss = 1\n"}]
    (project / "nb.ipynb").write_text(json.dumps({"cells": cells}))
    _, [item] = run_json("nb.ipynb")
    assert_finding_shape(item)
    assert (item["cell"], item["location"]) == (3, {"row": 1, "column": 1})
    assert (item["related"][0]["cell"], item["related"][0]["location"]) == (
        2, {"row": 1, "column": 1})


def test_findings_are_sorted_by_file_then_position(project: Path) -> None:
    for name in ("b.py", "a.py"):
        (project / "src" / name).write_text("import keras\nloss = (\n")
    (project / "src" / "a2.py").write_text("loss = 1\n\n\n)\n")
    _, items = run_json("src")
    assert [i["filename"] for i in items] == ["src/a.py", "src/a2.py", "src/b.py"]
