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


@pytest.mark.parametrize("framework", ["torch", "keras", "jax"])
def test_frameworks_agree_with_the_reference(framework):
    if framework == "jax":
        pytest.importorskip("jax")
        pytest.importorskip("optax")
    else:
        pytest.importorskip("torch")
    if framework == "keras":
        os.environ.setdefault("KERAS_BACKEND", "torch")
        keras = pytest.importorskip("keras")
        if keras.backend.backend() != "torch":
            pytest.skip("needs KERAS_BACKEND=torch")
    args = ["--samples", "20000"]
    for code in ("XL101", "XL102", "XL103", "XL203", "XL204", "XL301", "XL303", "XL501"):
        args += ["--rule", code]
    reference = run_json(*args)
    other = run_json(*args, "--framework", framework)
    name = {"jax": "optax"}.get(framework, framework)
    assert other["exit_code"] == 0 and other["framework"].lower().startswith(name)
    compared = 0
    for mine, theirs in zip(reference["results"], other["results"]):
        # the reference follows each case's framework (torch's BCELoss clamps log(0) at -100
        # where Keras clips at 1e-7...): compare the cases of this framework
        if consequences.semantics_of(mine["facts"].get("framework")) != \
                consequences.semantics_of(framework):
            continue
        compared += 1
        for key, value in mine["outcome"]["numbers"].items():
            assert theirs["outcome"]["numbers"][key] == pytest.approx(
                value, rel=2e-5, abs=1e-7, nan_ok=True), key
    assert compared >= 5


def test_rule_xl101_prints_the_optax_case():
    result = run("--rule", "XL101")
    assert result.exit_code == 0, result.output
    optax_case = result.output.split("\n\n")[-1]
    assert "optax.softmax_cross_entropy_with_integer_labels on the softmax output" in optax_case
    assert "reference (optax semantics)" in optax_case
    assert "loss floor 1.46 for 10 classes" in optax_case


def test_optax_cases_of_the_rules_that_name_jax():
    """Each rule whose catalog row names JAX and whose numbers differ under optax has an optax
    case (``framework: "jax"``), computed with optax semantics."""
    data = run_json("--rule", "ALL", "--samples", "5000")
    optax = {r["outcome"]["code"]: r["outcome"] for r in data["results"]
             if r["facts"].get("framework") == "jax"}
    assert {"XL101", "XL102", "XL103", "XL301", "XL303", "XL501"} <= set(optax)
    for code, outcome in optax.items():
        assert "optax" in outcome["setup"], code
    # hand-written -sum(y * log(p)) on raw outputs: the log of a negative output is NaN
    assert math.isnan(optax["XL102"]["numbers"]["loss_written"])
    assert optax["XL102"]["numbers"]["nan_share"] == pytest.approx(1 - 2 ** -10, abs=0.002)
    # (N, 1) integer labels: each sample's summed -log p times its label, minimal when uniform
    xl301 = optax["XL301"]["numbers"]
    assert xl301["loss_uniform"] < xl301["loss_column"] and xl301["loss_fixed"] < 3
    assert xl301["loss_uniform"] == pytest.approx(4.5 * 10 * math.log(10), rel=0.03)
    # (N, 1) against (N,): an (N, N) loss, whose best output is the positive rate
    xl303 = optax["XL303"]["numbers"]
    p = xl303["positive_rate"]
    entropy = -p * math.log(p) - (1 - p) * math.log(1 - p)
    assert xl303["loss_at_positive_rate"] == pytest.approx(entropy, rel=1e-4)
    assert math.isinf(optax["XL104"]["numbers"]["bce_loss"])
    assert math.isnan(optax["XL104"]["numbers"]["bce_gradient"])
    assert optax["XL501"]["numbers"]["negative_share"] > 0.4


def test_verify_a_jax_file_uses_optax_semantics(tmp_path):
    from xentlint import check_paths

    source = tmp_path / "train_jax.py"
    source.write_text(
        "import jax\n"
        "import jax.numpy as jnp\n"
        "import optax\n\n\n"
        "def predict(params, x):\n"
        "    return jax.nn.softmax(x @ params['w'] + params['b'])\n\n\n"
        "def loss_fn(params, x, y):\n"
        "    probs = predict(params, x)\n"
        "    return optax.softmax_cross_entropy_with_integer_labels(probs, y).mean()\n\n\n"
        "grad_fn = jax.jit(jax.grad(loss_fn))\n", encoding="utf-8")
    assert [f.code for f in check_paths([source])] == ["XL101"]
    data = run_json(str(source), "--samples", "5000")
    assert data["exit_code"] == 0
    (entry,) = data["results"]
    assert entry["facts"]["framework"] == "jax"
    outcome = entry["outcome"]
    assert "reference (optax semantics)" in outcome["setup"]
    assert ("optax.softmax_cross_entropy_with_integer_labels on the softmax output"
            in outcome["setup"])
    assert outcome["reproduced"] is True
    assert outcome["numbers"]["floor"] == pytest.approx(math.log(math.e + 9) - 1, rel=1e-5)


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
#
# The convention, followed by every rules/XL*.md: a *consequence figure* (a loss, a gradient, a
# share, an accuracy, a ratio: what the mistake does) is written in **bold** in the "Why is this
# bad?" section, and every number in bold there must appear in the output of
# `xentlint verify --rule CODE` (the reference, default seed and samples; the rule's canonical
# cases cover each framework semantics it has, Keras and torch). Plain numbers are reserved for
# the setup (class counts, seeds, sample sizes, steps), framework versions and formulas; text in
# `backticks` (code, and verbatim framework messages such as torch's
# `IndexError: Target 57 is out of bounds.`) is quoted, not computed, and exempt. No other
# figures: a training-run measurement that verify cannot reproduce is not quoted.

RULE_DOCS = sorted(path.stem for path in (REPO / "rules").glob("XL*.md"))
NUMBER = re.compile(r"-?\d+(?:,\d{3})*(?:\.\d+)?(?:e-?\d+)?")


def why_section(code: str) -> str:
    text = (REPO / "rules" / f"{code}.md").read_text(encoding="utf-8")
    return text.split("## Why is this bad?", 1)[1].split("\n## ", 1)[0]


def bold_numbers(code: str) -> list[tuple[str, str]]:
    """``(bold phrase, number)`` for every number in bold in "Why is this bad?", outside
    backticks."""
    text = re.sub(r"``.*?``|`[^`]*`", "", why_section(code), flags=re.DOTALL)
    found = []
    for phrase in re.findall(r"\*\*(.+?)\*\*", text, flags=re.DOTALL):
        for number in NUMBER.findall(phrase.replace("\u2212", "-")):
            found.append((phrase, number))
    return found


def printed(number: str, output: str) -> bool:
    """``number`` appears in ``output`` as a whole number (not as a piece of a longer one)."""
    return re.search(rf"(?<![\d.,]){re.escape(number)}(?!\d|[.,]\d)", output) is not None


_OUTPUT: dict[str, str] = {}


def verify_text(code: str) -> str:
    if code not in _OUTPUT:
        _OUTPUT[code] = run("--rule", code).output
    return _OUTPUT[code]


@pytest.mark.parametrize("code", RULE_DOCS)
def test_rule_documents_quote_verify(code):
    """Every **bold** number of a rule document's "Why is this bad?" is one that
    ``xentlint verify --rule CODE`` prints (see the convention above)."""
    numbers = bold_numbers(code)
    if code not in consequences.CASES:
        assert not numbers, f"{code}: verify computes nothing for this rule, yet {numbers}"
        return
    output = verify_text(code).replace("\u2212", "-")
    missing = [f"**{phrase}**" for phrase, number in numbers if not printed(number, output)]
    assert not missing, f"{code}: not in `xentlint verify --rule {code}`: {missing}"


def test_the_convention_catches_a_hand_typed_figure():
    output = verify_text("XL101")
    assert printed("1.4612", output) and printed("11.0", output)
    assert not printed("49.4", output) and not printed("1.46121", output)
    assert not printed("100", "100,000 samples") and printed("100", "stuck at 100 with")


def test_documents_cite_verify():
    cited = [code for code in consequences.CASES if "xentlint verify" in why_section(code)]
    assert len(cited) >= 18, cited
    quoted = [code for code in consequences.CASES if bold_numbers(code)]
    assert len(quoted) >= 18, quoted


def test_torch_findings_use_torch_semantics():
    data = run_json(str(REPO / "fixtures" / "torch_project"), "--samples", "5000")
    assert data["exit_code"] == 0
    by_code = {r["outcome"]["code"]: r["outcome"] for r in data["results"]}
    assert "reference (torch semantics)" in by_code["XL101"]["setup"]
    assert "CrossEntropyLoss" in by_code["XL101"]["setup"]
    assert by_code["XL101"]["numbers"]["floor"] == pytest.approx(math.log(math.e + 9) - 1, rel=1e-5)
    keras = run_json(str(FIXTURES), "--samples", "5000")
    assert not any("torch semantics" in r["outcome"]["setup"] for r in keras["results"])


@pytest.mark.parametrize("family", ["regression", "multilabel_margin", "kld"])
def test_families_outside_the_reference(family):
    from xentlint.verify import loss_backend, outcome_for

    outcome = outcome_for("XL101", {"activation": "softmax", "units": 10, "loss": family,
                                    "framework": "torch"}, loss_backend("reference"), 0, 1000)
    assert outcome.reproduced is None and not outcome.rows
    assert "nothing to compare numerically" in outcome.meaning


def test_torch_bce_on_raw_outputs_raises_in_the_reference():
    (outcome,) = [r["outcome"] for r in run_json("--rule", "XL102")["results"]
                  if r["facts"].get("framework") == "torch"]
    assert "RuntimeError: all elements of input should be between 0 and 1" in outcome["meaning"]
    assert outcome["reproduced"] is True
