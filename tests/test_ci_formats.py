"""The CI and terminal formats besides text, json and sarif: github (workflow commands and their
escapes), gitlab (Code Quality, stable fingerprints), junit, json-lines, concise, grouped; and a
file name that is not UTF-8 in every format."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest
from click.testing import CliRunner

from xentlint.cli import cli
from xentlint.findings import Finding, Related, Span
from xentlint.pipeline import analyze as analysis
from xentlint.report import FORMATS

ROOT = Path(__file__).resolve().parent.parent

BUGGY = '''import keras
from keras import layers

model = keras.Sequential([layers.Dense(10, activation="softmax")])
model.compile(loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True))

other = keras.Sequential([layers.Dense(10, activation="softmax")])
other.compile(loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True))
'''
BROKEN = "import keras\nmodel.compile(loss=\n"


def run(*args: str, input: bytes | None = None):
    return CliRunner().invoke(cli, list(args), input=input)


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("CI_PROJECT_DIR", raising=False)
    return tmp_path


# --- github --------------------------------------------------------------------------------

_COMMAND = re.compile(r"::(error|warning) ([^:]*)::(.*)")


def runner_unescape(text: str, *, property: bool = False) -> str:
    """What the Actions runner does to a command's data (and properties), in its order."""
    pairs = [("%0D", "\r"), ("%0A", "\n")] + ([("%3A", ":"), ("%2C", ",")] if property else [])
    for escaped, char in [*pairs, ("%25", "%")]:
        text = text.replace(escaped, char)
    return text


def parse_command(line: str) -> tuple[str, dict[str, str], str]:
    match = _COMMAND.fullmatch(line)
    assert match, line
    properties = dict(item.split("=", 1) for item in match.group(2).split(","))
    return (match.group(1), {k: runner_unescape(v, property=True) for k, v in properties.items()},
            runner_unescape(match.group(3)))


def test_github_workflow_command_as_formats_md_shows_it(project: Path) -> None:
    (project / "train.py").write_text(BUGGY)
    result = run("--output-format", "github", "train.py")
    assert result.exit_code == 1
    first, second = result.stdout.splitlines()
    assert first.startswith("::error title=xentlint (XL101),file=train.py,line=5,col=20,"
                            "endLine=5,endColumn=80::`model` ends in ")
    level, properties, message = parse_command(second)
    assert (level, properties["line"], properties["title"]) == ("error", "8", "xentlint (XL101)")
    assert message.startswith("`other` ends in `layers.Dense(10")


def test_github_escapes_everything_the_runner_unescapes(project: Path, monkeypatch) -> None:
    message = "100% sure, a: b\r\nsecond line with a literal %0A and %25"

    def analyze(module, filename, frameworks=None, codes=None, **options):
        return [Finding("XL104", "", "", message, filename, Span.of(2, 1, 2, 5)),
                Finding("XL101", "", "", "plain", filename, Span.of(1, 1, 1, 2))]

    monkeypatch.setattr(analysis, "analyze_module", analyze)
    name = "we,ird: 50%.py"
    (project / name).write_text("import keras\nloss = 1\n")
    lines = run("--output-format", "github", name).stdout.splitlines()
    assert len(lines) == 2  # no raw line break got through
    level, properties, text = parse_command(lines[1])
    assert level == "warning"  # XL104 is a warning rule
    assert properties == {"title": "xentlint (XL104)", "file": name, "line": "2", "col": "1",
                          "endLine": "2", "endColumn": "5"}
    assert text == message
    assert "file=we%2Cird%3A 50%25.py," in lines[1]
    assert "::100%25 sure, a: b%0D%0Asecond line with a literal %250A and %2525" in lines[1]


def test_github_prints_nothing_for_a_clean_run(project: Path) -> None:
    (project / "ok.py").write_text("x = 1\n")
    result = run("--output-format", "github", "ok.py")
    assert (result.exit_code, result.stdout) == (0, "")


def test_github_places_a_notebook_finding_on_its_line_of_the_ipynb() -> None:
    lines = subprocess.run([sys.executable, "-m", "xentlint", "--output-format", "github",
                            "fixtures/keras_project/explore.ipynb"], cwd=ROOT,
                           capture_output=True, text=True).stdout.splitlines()
    [line] = lines
    _, properties, message = parse_command(line)
    stored = (ROOT / properties["file"]).read_text("utf-8").splitlines()[int(properties["line"]) - 1]
    flagged = stored[int(properties["col"]) - 1:int(properties["endColumn"]) - 1]
    assert flagged == '\\"sparse_categorical_crossentropy\\"'
    assert message.startswith("cell 4, line 6: `model` ends in")


# --- gitlab --------------------------------------------------------------------------------


def gitlab(*args: str) -> list[dict]:
    result = run("--output-format", "gitlab", *args)
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)


def test_gitlab_code_quality_fields(monkeypatch) -> None:
    monkeypatch.chdir(ROOT)
    monkeypatch.delenv("CI_PROJECT_DIR", raising=False)
    issues = gitlab("fixtures/")
    findings = json.loads(run("--output-format", "json", "fixtures/").stdout)
    assert len(issues) == len(findings) == 18
    for issue, finding in zip(issues, findings, strict=True):
        assert set(issue) == {"description", "check_name", "fingerprint", "severity", "location"}
        assert issue["check_name"] == finding["code"]
        assert issue["description"].startswith(f"{finding['code']}: ")
        assert issue["severity"] == {"error": "major", "warning": "minor"}[finding["severity"]]
        assert issue["location"]["path"] == finding["filename"]
        if finding["cell"] is None:
            assert issue["location"]["lines"] == {"begin": finding["location"]["row"],
                                                  "end": finding["end_location"]["row"]}
    assert {i["severity"] for i in issues} == {"major", "minor"}
    assert len({i["fingerprint"] for i in issues}) == len(issues)


def test_gitlab_fingerprints_survive_unrelated_edits(project: Path) -> None:
    path = project / "train.py"
    path.write_text(BUGGY)
    before = gitlab("train.py")
    assert len(before) == 2
    assert before[0]["fingerprint"] != before[1]["fingerprint"]  # identical twins stay two
    path.write_text("# header\nimport os\n\n\n" + BUGGY.replace("(from_logits=True)",
                                                                   "( from_logits=True )"))
    after = gitlab("train.py")
    assert [i["location"]["lines"]["begin"] for i in after] == [9, 12]
    assert [i["fingerprint"] for i in after] == [i["fingerprint"] for i in before]
    (project / "copy.py").write_text(BUGGY)  # the same code in another file is another issue
    assert {i["fingerprint"] for i in gitlab("copy.py")}.isdisjoint(
        i["fingerprint"] for i in before)


def test_gitlab_paths_are_relative_to_the_project_dir(project: Path, monkeypatch) -> None:
    (project / "src").mkdir()
    (project / "src" / "train.py").write_text(BUGGY)
    monkeypatch.chdir(project / "src")
    assert gitlab("train.py")[0]["location"]["path"] == "train.py"
    monkeypatch.setenv("CI_PROJECT_DIR", str(project))
    assert gitlab("train.py")[0]["location"]["path"] == "src/train.py"


# --- junit ---------------------------------------------------------------------------------


def junit(*args: str) -> ElementTree.Element:
    return ElementTree.fromstring(run("--output-format", "junit", *args).stdout)


def test_junit_one_test_case_per_checked_file(project: Path) -> None:
    (project / "clean.py").write_text("import keras\nmodel.compile(loss='mse')\n")
    (project / "train.py").write_text(BUGGY)
    (project / "broken.py").write_text(BROKEN)
    (project / "notes.py").write_text("x = 1\n")  # checked, nothing to parse: passes
    root = junit(".")
    assert root.tag == "testsuites"
    [suite] = root
    assert (suite.get("tests"), suite.get("failures"), suite.get("errors")) == ("4", "2", "0")
    assert (root.get("tests"), root.get("failures")) == ("4", "2")
    cases = {case.get("name"): case for case in suite.iter("testcase")}
    assert list(cases) == ["broken.py", "clean.py", "notes.py", "train.py"]
    assert len(cases["clean.py"]) == 0 and len(cases["notes.py"]) == 0
    [failure] = cases["train.py"]
    assert failure.tag == "failure"
    assert failure.get("message") == "2 findings: XL101"
    body = failure.text or ""
    assert body.count("XL101 [*]") == 2 and "train.py:5:20: XL101" in body
    assert "train.py:4:27: `softmax` applied here" in body  # the evidence, for the dashboard
    [broken] = cases["broken.py"]
    assert broken.get("message") == "1 finding: XL001" and broken.get("type") == "XL001"


def test_junit_after_fix_shows_the_fixed_file_passing(project: Path) -> None:
    (project / "train.py").write_text(BUGGY)
    result = run("--output-format", "junit", "--fix", "train.py")
    assert result.exit_code == 0
    [suite] = ElementTree.fromstring(result.stdout)
    assert suite.get("failures") == "0"
    assert [c.get("name") for c in suite.iter("testcase")] == ["train.py"]


# --- json-lines, concise, grouped, statistics ------------------------------------------------


def test_json_lines_are_the_json_objects_one_per_line(project: Path) -> None:
    (project / "train.py").write_text(BUGGY)
    (project / "broken.py").write_text(BROKEN)
    lines = run("--output-format", "json-lines", ".").stdout.splitlines()
    assert [json.loads(line) for line in lines] == json.loads(
        run("--output-format", "json", ".").stdout)
    assert len(lines) == 3
    (project / "ok.py").write_text("x = 1\n")
    assert run("--output-format", "json-lines", "ok.py").stdout == ""


def test_concise_never_shows_evidence(project: Path) -> None:
    (project / "train.py").write_text(BUGGY)
    concise = run("--output-format", "concise", "-v", "train.py").stdout
    assert concise == run("train.py").stdout
    assert "applied here" not in concise and len(concise.splitlines()) == 3


def test_grouped_lists_findings_under_their_file(project: Path, monkeypatch) -> None:
    def analyze(module, filename, frameworks=None, codes=None, **options):
        return [Finding("XL101", "", "", "twice", filename, Span.of(9, 5, 9, 6),
                        related=(Related(filename, Span.of(1, 1, 1, 2), "here"),)),
                Finding("XL104", "", "", "log of softmax", filename, Span.of(12, 13, 12, 14))]

    monkeypatch.setattr(analysis, "analyze_module", analyze)
    for name in ("b.py", "a.py"):
        (project / name).write_text("import keras\nmodel.compile(loss='mse')\n" + "x = 1\n" * 10)
    assert run("--output-format", "grouped", ".").stdout == (
        "a.py:\n"
        "   9:5  XL101 twice\n"
        "  12:13 XL104 log of softmax\n"
        "\n"
        "b.py:\n"
        "   9:5  XL101 twice\n"
        "  12:13 XL104 log of softmax\n"
        "\n"
        "Found 2 errors and 2 warnings.\n")
    shown = run("--output-format", "grouped", "-v", "a.py").stdout.splitlines()
    assert shown[1:3] == ["   9:5  XL101 twice", "      a.py:1:1: here"]


def test_statistics_only_in_formats_that_can_show_counts(project: Path) -> None:
    (project / "train.py").write_text(BUGGY)
    for output_format in ("sarif", "github", "gitlab", "junit"):
        result = run("--statistics", "--output-format", output_format, "train.py")
        assert result.exit_code == 2
        assert "--statistics works with --output-format" in result.stderr
    lines = run("--statistics", "--output-format", "json-lines", "train.py").stdout.splitlines()
    assert [json.loads(line) for line in lines] == [
        {"code": "XL101", "name": "probabilities-to-logits-loss", "count": 2, "fixable": True}]


# --- file names that are not UTF-8 -----------------------------------------------------------


@pytest.mark.parametrize("output_format", sorted(FORMATS))
def test_a_file_name_that_is_not_utf8_never_breaks_the_output(tmp_path: Path,
                                                              output_format: str) -> None:
    try:
        (tmp_path / os.fsdecode(b"bad\xff name.py")).write_text(BUGGY)
    except (OSError, UnicodeError):
        pytest.skip("this file system only takes UTF-8 names")
    (tmp_path / os.fsdecode(b"broken\xfe.py")).write_text(BROKEN)
    result = subprocess.run([sys.executable, "-m", "xentlint", "--output-format", output_format,
                             "-v", "."], cwd=tmp_path, capture_output=True)
    assert result.returncode == 1, result.stderr
    output = result.stdout.decode("utf-8")  # strict: one stray byte fails here
    escaped = ("%5Cxff", "%5Cxfe") if output_format == "sarif" else ("\\xff", "\\xfe")
    assert all(spelling in output for spelling in escaped)
    if output_format in ("json", "gitlab", "sarif"):
        json.loads(output)
    elif output_format == "json-lines":
        [json.loads(line) for line in output.splitlines()]
    elif output_format == "junit":
        names = [c.get("name") for c in ElementTree.fromstring(output).iter("testcase")]
        assert names == ["bad\\xff name.py", "broken\\xfe.py"]


# --- the README's CI snippets ------------------------------------------------------------------


def _readme_yaml(after: str) -> dict:
    import yaml

    readme = (ROOT / "README.md").read_text("utf-8")
    return yaml.safe_load(readme.split(after, 1)[1].split("```yaml\n", 1)[1].split("```", 1)[0])


def _run_line(command: str, project: Path) -> tuple[int, str]:
    """Run a README ``xentlint ... > FILE`` line in ``project``; (exit code, FILE's text)."""
    arguments, target = command.split(" > ")
    words = arguments.split()
    assert words[0] == "xentlint"
    result = run(*words[1:])
    (project / target).write_text(result.stdout)
    return result.exit_code, result.stdout


def test_the_readme_github_workflow_uploads_what_xentlint_writes(project: Path) -> None:
    workflow = _readme_yaml("#### GitHub code scanning")
    [job] = workflow["jobs"].values()
    assert job["permissions"]["security-events"] == "write"
    steps = job["steps"]
    [check] = [s["run"] for s in steps if s.get("run", "").startswith("xentlint")]
    [upload] = [s for s in steps if s.get("uses", "").startswith("github/codeql-action/upload")]
    (project / "train.py").write_text(BUGGY)
    code, output = _run_line(check, project)
    assert code == 0  # --exit-zero: the upload step runs; code scanning reports the alerts
    assert upload["with"]["sarif_file"] == check.split(" > ")[1]
    assert len(json.loads(output)["runs"][0]["results"]) == 2


def test_the_readme_gitlab_job_writes_the_report_it_declares(project: Path) -> None:
    job = _readme_yaml("#### GitLab CI")["xentlint"]
    [check] = [line for line in job["script"] if line.startswith("xentlint")]
    assert job["artifacts"]["when"] == "always"  # findings fail the job; keep the report
    (project / "train.py").write_text(BUGGY)
    code, output = _run_line(check, project)
    assert code == 1
    assert job["artifacts"]["reports"]["codequality"] == check.split(" > ")[1]
    assert [issue["check_name"] for issue in json.loads(output)] == ["XL101", "XL101"]
