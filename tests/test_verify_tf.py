"""``xentlint verify`` on raw TensorFlow: TF findings follow TensorFlow semantics, ``--framework
tf`` computes them with TensorFlow itself (skipped without it, the ``tf`` extra), and neither
``xentlint check`` nor ``--version`` imports TensorFlow."""

from __future__ import annotations

import os

# Keras runs on torch in the tests: importing TensorFlow first must not make it pick TensorFlow.
os.environ.setdefault("KERAS_BACKEND", "torch")

import json
import math
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner

from xentlint.catalog import parse_rule_document
from xentlint.frameworks.tf import tables as TT
from xentlint.reference import consequences as C
from xentlint.reference import tf_losses
from xentlint.verify import loss_backend, outcome_for, verify_command

REPO = Path(__file__).resolve().parent.parent


def run_json(*args: str) -> dict:
    result = CliRunner().invoke(verify_command, [*args, "--output-format", "json"],
                                catch_exceptions=False)
    data = json.loads(result.output)
    data["exit_code"] = result.exit_code
    return data


def tf_example(code: str, index: int = 0) -> str:
    """The source of a rule document's ``index``-th bad TF example."""
    rule = parse_rule_document((REPO / "rules" / f"{code}.md").read_text(encoding="utf-8"))
    return [e for e in rule.examples if e.kind == "bad" and e.framework == "tf"][index].source


@pytest.fixture
def tf1_graph(tmp_path) -> Path:
    """rules/XL101.md's TF1 graph: a softmax head fed to tf.losses.softmax_cross_entropy."""
    path = tmp_path / "tf1_graph.py"
    path.write_text(tf_example("XL101"), encoding="utf-8")
    return path


def test_every_tf_cross_entropy_row_has_a_reference():
    rows = {key for key, spec in TT.LOSS_FUNCTIONS.items()
            if spec.family in ("categorical", "sparse", "binary")}
    assert len(rows) == 9 and rows == set(tf_losses.LOSSES)


def test_a_tf_finding_follows_tensorflow_semantics(tf1_graph):
    data = run_json(str(tf1_graph), "--samples", "5000")
    assert data["exit_code"] == 0 and data["framework"] == "reference"
    (entry,) = data["results"]
    assert entry["facts"]["framework"] == "tf"
    outcome = entry["outcome"]
    assert outcome["code"] == "XL101" and outcome["reproduced"] is True
    assert "reference (TensorFlow semantics)" in outcome["setup"]
    assert "tf.nn.softmax_cross_entropy_with_logits on the softmax output" in outcome["setup"]
    assert outcome["numbers"]["floor"] == pytest.approx(math.log(math.e + 2) - 1, rel=1e-5)


def test_reference_semantics_of_a_tf_finding_differ_from_keras():
    """TF1's log_loss adds 1e-7 inside its logs where Keras clips: raw outputs give NaN."""
    facts = {"activation": "linear", "units": 1, "loss": "binary", "expects": "probs"}
    keras = outcome_for("XL102", facts, loss_backend("reference"), 0, 2000)
    tf = outcome_for("XL102", {**facts, "framework": "tf"}, loss_backend("reference"), 0, 2000)
    assert math.isfinite(keras.numbers["loss_written"])
    assert math.isnan(tf.numbers["loss_written"]) and tf.numbers["nan_share"] > 0.5
    assert "log_loss adds 1e-7 inside its logs" in tf.meaning


def test_every_case_runs_for_a_tf_finding():
    """Every rule's cases, and a swapped index loss, as TF findings: TensorFlow semantics."""
    reference = loss_backend("reference")
    for code, facts in [*tf_cases(), ("XL501", {"loss": "sparse", "framework": "tf"})]:
        outcome = outcome_for(code, facts, reference, 0, 2000)
        assert outcome.meaning and outcome.reproduced is not False, (code, facts)
        if code != "XL502":  # a positional from_logits: Keras's losses only, Keras's numbers
            assert "Keras semantics" not in outcome.setup + outcome.meaning, (code, facts)


def test_framework_tf_without_tensorflow(monkeypatch):
    monkeypatch.setitem(sys.modules, "tensorflow", None)  # `import tensorflow` raises
    result = CliRunner().invoke(verify_command, ["--rule", "XL101", "--framework", "tf"])
    assert result.exit_code == 2
    assert "TensorFlow is not installed" in result.output
    assert "pip install 'xentlint[tf]'" in result.output


def test_check_and_version_never_import_tensorflow(tf1_graph):
    heavy = "('tensorflow', 'keras', 'torch', 'jax', 'optax', 'numpy')"
    for argv, shows in ((["xentlint", "check", str(tf1_graph)], "XL101"),
                        (["xentlint", "--version"], "xentlint")):
        code = (f"import sys, runpy; sys.argv = {argv!r}\n"
                "try:\n    runpy.run_module('xentlint', run_name='__main__')\n"
                "except SystemExit:\n    pass\n"
                f"print([m for m in {heavy} if m in sys.modules])")
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                              timeout=120, check=False)
        assert shows in done.stdout, (argv, done.stdout, done.stderr)
        assert done.stdout.splitlines()[-1] == "[]", (argv, done.stdout, done.stderr)


# --- with TensorFlow installed -----------------------------------------------------------------

def tf_cases() -> list[tuple[str, dict[str, object]]]:
    """Every canonical case, as a TF finding (``framework: "tf"``), once."""
    cases: dict[str, tuple[str, dict[str, object]]] = {}
    for code, canonical in sorted(C.CANONICAL.items()):
        for facts in canonical:
            facts = {**facts, "framework": "tf"}
            cases.setdefault(f"{code}{sorted(facts.items())}", (code, facts))
    return list(cases.values())


def test_tensorflow_agrees_with_the_reference():
    pytest.importorskip("tensorflow")
    reference, tensorflow = loss_backend("reference"), loss_backend("tf")
    assert tensorflow.name.startswith("TensorFlow 2.")
    compared = 0
    for code, facts in tf_cases():
        mine = outcome_for(code, facts, reference, 0, 5000)
        theirs = outcome_for(code, facts, tensorflow, 0, 5000)
        assert mine.reproduced == theirs.reproduced, (code, facts)
        assert mine.meaning.replace("reference (TensorFlow semantics)", tensorflow.name) \
            == theirs.meaning, (code, facts)
        assert mine.numbers.keys() == theirs.numbers.keys(), (code, facts)
        for key, value in mine.numbers.items():
            assert theirs.numbers[key] == pytest.approx(value, rel=2e-5, abs=1e-7,
                                                        nan_ok=True), (code, key)
        compared += bool(mine.numbers)
    assert compared >= 15


def test_verify_a_tf_example_with_tensorflow(tf1_graph):
    pytest.importorskip("tensorflow")
    reference = run_json(str(tf1_graph), "--samples", "5000")
    tensorflow = run_json(str(tf1_graph), "--samples", "5000", "--framework", "tf")
    assert tensorflow["exit_code"] == 0 and tensorflow["framework"].startswith("TensorFlow 2.")
    (mine,), (theirs,) = reference["results"], tensorflow["results"]
    assert "losses through TensorFlow 2." in theirs["outcome"]["setup"]
    assert theirs["outcome"]["reproduced"] is True
    for key, value in mine["outcome"]["numbers"].items():
        assert theirs["outcome"]["numbers"][key] == pytest.approx(value, rel=2e-5), key


def test_tensorflow_refusals_are_reported_by_their_class():
    pytest.importorskip("tensorflow")
    facts = {"activation": "sigmoid", "units": 1, "loss": "binary", "label_rank": 1,
             "framework": "tf"}
    outcome = outcome_for("XL303", facts, loss_backend("tf"), 0, 100)
    assert outcome.reproduced is None
    assert "raises ValueError: `logits` and `labels` must have the same shape" in outcome.meaning
    with pytest.raises(C.FrameworkRaises) as raised:
        loss_backend("tf")("sparse", C.Context({}, loss_backend("reference")).logits(3, n=4),
                           np.array([0, 1, 2, 3]), True)
    assert raised.value.kind == "InvalidArgumentError"
    assert str(raised.value) == ("Received a label value of 3 which is outside the valid range "
                                 "of [0, 3).  Label values: 0 1 2 3")
