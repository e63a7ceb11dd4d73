"""Every fix, proven on its rule document: the ``fixed`` example after a bad one is exactly what
``--fix`` (``--unsafe-fixes`` for an unsafe fix) makes of it, a second ``--fix`` changes nothing,
the fixed code no longer has the finding, and the pairing it leaves computes the intended loss:
through the reference, and through torch, Keras (torch backend) and optax where installed."""

from __future__ import annotations

import math
import os
from pathlib import Path

import pytest

import xentlint
from xentlint import frameworks
from xentlint.catalog import parse_rule_document
from xentlint.fix import fix_text
from xentlint.fix.proof import prove

RULES = Path(__file__).resolve().parent.parent / "rules"
DOCS = {rule.code: rule for rule in (parse_rule_document(p.read_text(encoding="utf-8"))
                                     for p in sorted(RULES.glob("XL*.md")))}
IMPLEMENTED = {f.name for f in frameworks.REGISTRY if f.rules_implemented}


def _pairs():
    params = []
    for code, rule in DOCS.items():
        for i, (bad, fixed) in enumerate(rule.fixed_pairs(), 1):
            if fixed.framework in IMPLEMENTED or not fixed.framework:
                params.append(pytest.param(code, bad, fixed, id=f"{code}-{fixed.framework}-{i}"))
    return params


def _findings(code, source):
    return [f for f in xentlint.check_source(source, path="example.py") if f.code == code]


@pytest.mark.parametrize(("code", "bad", "fixed"), _pairs())
def test_fixed_example_is_what_fix_makes(code, bad, fixed, codes):
    assert {f.fix.applicability for f in _findings(code, bad.source)} == {
        "unsafe" if fixed.unsafe else "safe"}
    assert fix_text(bad.source, "example.py", unsafe=fixed.unsafe)[0] == fixed.source
    if fixed.unsafe:  # not without --unsafe-fixes
        assert fix_text(bad.source, "example.py")[0] == bad.source
    assert fix_text(fixed.source, "example.py", unsafe=True)[0] == fixed.source  # idempotent
    assert code not in codes(fixed.source, "example.py")


def test_every_bad_example_with_an_edit_shows_its_fixed_form():
    missing = []
    for code, rule in DOCS.items():
        shown = {bad.line for bad, _ in rule.fixed_pairs()}
        for example in rule.examples:
            if example.kind != "bad" or example.framework not in IMPLEMENTED | {""}:
                continue
            found = [f for f in xentlint.check_source(example.source, path="example.py")
                     if f.code == code and f.fix is not None and f.fix.edits]
            if found and example.line not in shown:
                missing.append(f"rules/{code}.md line {example.line}")
    assert missing == []


def test_a_fixed_example_must_follow_a_bad_one_of_its_framework():
    text = (RULES / "XL104.md").read_text(encoding="utf-8")
    broken = text.replace("```python fixed torch", "```python fixed jax", 1)
    with pytest.raises(ValueError, match="follows no bad jax example"):
        parse_rule_document(broken).fixed_pairs()


# Fixes that change no loss, kept out of the numeric proof (each has its textual tests above).
NO_LOSS_CHANGE = {
    ("XL002", ""): "removes a dead suppression directive: no computation changes",
    ("XL205", "keras"): "swaps a metric: the loss and its gradients stay the same",
    **{(code, framework): "changes a decoder or a metric, not the loss (`xentlint verify`)"
       for code, frameworks in (("XL401", ("keras", "torch", "jax")),
                                ("XL402", ("keras", "torch", "jax")),
                                ("XL403", ("keras", "torch", "jax", "tf")))
       for framework in frameworks},
}

# Fixes of a loss whose numbers the proof cannot compute yet, and why.
NOT_COMPUTED: dict[tuple[str, str], str] = {}


# Computed through the reference whatever the backend: the KL divergence (the backends compute
# cross-entropies; tests/test_reference_torch.py checks the reference's kl_div against torch);
# through jax itself (jax.nn), not optax: the fused log-ops of XL104.
THROUGH = {("XL106", "torch"): "the reference", ("XL104", "jax"): "jax"}


def test_every_fix_kept_out_of_the_proof_has_its_textual_test():
    shown = {(code, p.values[2].framework) for p in _pairs() for code in [p.values[0]]}
    assert {k for k in NO_LOSS_CHANGE if k[1] in IMPLEMENTED | {""}} <= shown
    assert set(NOT_COMPUTED) <= shown
    for code, bad, fixed in (p.values for p in _pairs()):
        if (code, fixed.framework) in NO_LOSS_CHANGE:
            for finding in _findings(code, bad.source):
                assert prove(bad.source, finding).reproduced is None


@pytest.mark.parametrize(("code", "bad", "fixed"), _pairs())
def test_the_fix_gives_the_intended_loss(code, bad, fixed):
    for finding in _findings(code, bad.source):
        proof = prove(bad.source, finding)
        if (code, fixed.framework) in {**NOT_COMPUTED, **NO_LOSS_CHANGE}:
            assert proof.reproduced is not False, proof
        else:
            assert proof.reproduced is True, proof
            assert proof.fixed == pytest.approx(proof.intended, rel=1e-5)
            if code == "XL104" and "extreme logits" in proof.detail:  # what the fix is for
                assert proof.written is not None and not math.isfinite(proof.written), proof


def _backend(framework):
    from xentlint.verify import loss_backend

    if framework == "jax":
        pytest.importorskip("optax")
    elif framework == "keras":
        pytest.importorskip("torch")
        os.environ.setdefault("KERAS_BACKEND", "torch")
        keras = pytest.importorskip("keras")
        if keras.backend.backend() != "torch":
            pytest.skip("needs KERAS_BACKEND=torch")
    else:
        pytest.importorskip("torch")
    return loss_backend(framework)


@pytest.mark.parametrize(("code", "bad", "fixed"), [
    p for p in _pairs() if p.values[2].framework in ("torch", "keras", "jax")])
def test_the_fix_gives_the_intended_loss_through_the_framework(code, bad, fixed):
    backend = _backend(fixed.framework)
    for finding in _findings(code, bad.source):
        proof = prove(bad.source, finding, loss=backend, samples=4000)
        if (code, fixed.framework) in {**NOT_COMPUTED, **NO_LOSS_CHANGE}:
            assert proof.reproduced is not False, proof
        else:
            assert proof.reproduced is True, proof
            through = THROUGH.get((code, fixed.framework), backend.name.split()[0].lower())
            assert f"through {through}" in proof.detail.lower()


def test_readme_fix_table_is_current():
    from xentlint.fix.coverage import README_END, README_START, markdown_table

    text = (RULES.parent / "README.md").read_text(encoding="utf-8")
    current = text.split(README_START, 1)[1].split(README_END, 1)[0]
    assert current.strip() == markdown_table().strip(), (
        "README fix table is stale: run `python -m xentlint.fix.coverage --write-readme`")
