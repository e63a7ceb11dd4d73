"""``xentlint verify``: the rule cases, the findings of the fixtures, the frameworks, the exit
codes, and the numbers the rule documents quote."""

from __future__ import annotations

import json
import math
import os
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from xentlint.reference import consequences
from xentlint.verify import verify_command

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "fixtures" / "keras_project"


def run(*args: str):
    return CliRunner().invoke(verify_command, list(args), catch_exceptions=False)


def run_json(*args: str) -> dict:
    result = run(*args, "--output-format", "json")
    data = json.loads(result.output)
    data["exit_code"] = result.exit_code
    return data


def test_rule_xl101_prints_its_table():
    result = run("--rule", "XL101")
    assert result.exit_code == 0, result.output
    assert "double softmax: loss floor 1.46 for 10 classes" in result.output
    assert "gradients 11.0x smaller" in result.output
    assert "as written" in result.output and "intended" in result.output
    assert "the fix reproduces the intended loss" in result.output


def test_rule_xl101_json_numbers():
    data = run_json("--rule", "XL101")
    assert data["exit_code"] == 0 and data["ok"]
    softmax = data["results"][0]["outcome"]["numbers"]
    assert softmax["floor"] == pytest.approx(math.log(math.e + 9) - 1, rel=1e-5)
    assert softmax["gradient_ratio"] == pytest.approx(11.0, abs=0.1)
    assert softmax["loss_fixed"] == pytest.approx(softmax["loss_intended"], rel=1e-5)
    sigmoid = data["results"][1]["outcome"]["numbers"]
    assert sigmoid["perfect_positive"] == pytest.approx(-math.log(1 / (1 + math.exp(-1))), rel=1e-5)
    assert sigmoid["perfect_negative"] == pytest.approx(math.log(2), rel=1e-5)


def test_every_rule_runs_and_says_what_it_can():
    data = run_json("--rule", "ALL", "--samples", "5000")
    assert data["exit_code"] == 0, [r["outcome"] for r in data["results"]
                                    if r["outcome"]["reproduced"] is False]
    codes = {r["outcome"]["code"] for r in data["results"]}
    from xentlint.catalog import all_rules
    assert codes == set(all_rules())
    for r in data["results"]:
        outcome = r["outcome"]
        assert outcome["meaning"]
        if outcome["code"] in consequences.NOT_NUMERIC:
            assert outcome["reproduced"] is None and not outcome["rows"]


def test_fixture_finding_by_line():
    result = run(f"{FIXTURES / 'train_mnist.py'}:22")
    assert result.exit_code == 0, result.output
    assert "XL101 probabilities-to-logits-loss" in result.output
    assert "loss floor 1.46 for 10 classes" in result.output
    assert result.output.count("XL1") == 1


def test_fixture_findings_all_verified():
    from xentlint import check_paths

    findings = check_paths([FIXTURES])
    data = run_json(str(FIXTURES), "--samples", "5000")
    assert data["exit_code"] == 0
    assert [r["outcome"]["code"] for r in data["results"]] == [f.code for f in findings]
    by_code = {r["outcome"]["code"]: r for r in data["results"]}
    assert by_code["XL001"]["outcome"]["reproduced"] is None
    # the facts of the finding shape the case: 20 tags in train_tags.py, 3 units in legacy_keras2
    assert "20 labels" in by_code["XL201"]["outcome"]["setup"]
    assert "3 sigmoid units" in by_code["XL202"]["outcome"]["setup"]
    assert by_code["XL101"]["outcome"]["reproduced"] is True


def test_line_without_findings(tmp_path):
    result = run(f"{FIXTURES / 'train_mnist.py'}:1")
    assert result.exit_code == 0
    assert "no findings" in result.output


def test_usage_errors():
    assert run().exit_code == 2
    assert run("--rule", "XL999").exit_code == 2
    assert run("does/not/exist.py").exit_code == 2


def test_exit_code_1_when_the_fix_does_not_reproduce(monkeypatch):
    monkeypatch.setitem(consequences.CASES, "XL101",
                        lambda ctx: consequences.Outcome("XL101", "s", meaning="m", reproduced=False))
    result = run("--rule", "XL101")
    assert result.exit_code == 1
    assert "does NOT reproduce" in result.output


@pytest.mark.parametrize("framework", ["torch", "keras"])
def test_frameworks_agree_with_the_reference(framework):
    pytest.importorskip("torch")
    if framework == "keras":
        os.environ.setdefault("KERAS_BACKEND", "torch")
        keras = pytest.importorskip("keras")
        if keras.backend.backend() != "torch":
            pytest.skip("needs KERAS_BACKEND=torch")
    args = ["--rule", "XL101", "--rule", "XL203", "--rule", "XL303", "--samples", "20000"]
    reference = run_json(*args)
    other = run_json(*args, "--framework", framework)
    assert other["exit_code"] == 0 and other["framework"].lower().startswith(framework)
    for mine, theirs in zip(reference["results"], other["results"]):
        if mine["outcome"]["code"] == "XL203" and framework == "torch":
            continue  # torch's BCELoss clamps log(0) at -100 where Keras clips at 1e-7
        for key, value in mine["outcome"]["numbers"].items():
            assert theirs["outcome"]["numbers"][key] == pytest.approx(value, rel=2e-5, abs=1e-7), key


def test_xl403_numbers_are_keras_metrics():
    os.environ.setdefault("KERAS_BACKEND", "torch")
    keras = pytest.importorskip("keras")
    import numpy as np

    from xentlint.reference import activations, samples
    numbers = run_json("--rule", "XL403")["results"][0]["outcome"]["numbers"]
    z = samples.logits((100_000, 1), np.float32, 2.0, seed=0)[:, 0]
    y = (np.random.default_rng(1).random(len(z)) < activations.sigmoid(z)).astype("float32")
    for metric, key in ((keras.metrics.AUC(), "auc_on_logits"),
                        (keras.metrics.AUC(from_logits=True), "auc"),
                        (keras.metrics.BinaryAccuracy(), "accuracy_on_logits")):
        metric.update_state(y[:, None], z[:, None])
        assert float(metric.result()) == pytest.approx(numbers[key], abs=2e-4), key


# --- the rule documents quote verify's numbers -----------------------------------------------

def why_section(code: str) -> str:
    text = (REPO / "rules" / f"{code}.md").read_text(encoding="utf-8")
    return text.split("## Why is this bad?", 1)[1].split("\n## ", 1)[0]


def verify_text(code: str) -> str:
    return run("--rule", code).output


def verify_cited(code: str) -> list[str]:
    """The paragraphs of "Why is this bad?" that cite ``xentlint verify``, with the bullet lists
    that follow them (other paragraphs quote measurements with their own stated setup)."""
    blocks, source = [], False
    for block in re.split(r"\n\s*\n", why_section(code)):
        if not block.lstrip().startswith("- "):
            source = "xentlint verify" in block
        if source:
            blocks.append(block)
    return blocks


@pytest.mark.parametrize("code", sorted(consequences.CASES))
def test_rule_documents_quote_verify(code):
    """Every **bold** number that a document attributes to ``xentlint verify`` is one that
    ``xentlint verify --rule CODE`` prints."""
    cited = verify_cited(code)
    if not cited:
        pytest.skip(f"{code}'s document cites no verify numbers")
    output = verify_text(code)
    for phrase in re.findall(r"\*\*([^*]+)\*\*", "\n".join(cited)):
        for number in re.findall(r"-?\d[\d,]*\.?\d*(?:e-?\d+)?", phrase.replace("−", "-")):
            assert number.rstrip(".") in output, f"{code}: **{phrase}** is not in verify's output"


def test_documents_cite_verify():
    cited = [code for code in consequences.CASES if verify_cited(code)]
    assert len(cited) >= 18, cited
