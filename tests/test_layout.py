"""The shape of the code base, as the design promises it: a rule can be found in one place, a
framework is a package and a registry row, no module or class grows past what a reader can
hold, and the package list of pyproject.toml ships every package."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

import pytest

from xentlint import catalog, frameworks
from xentlint.checks import CHECKS, PIPELINE_CODES, run_checks  # noqa: F401 - registers checks
from xentlint.facts import Facts
from xentlint.reference.consequences import CASES, NOT_NUMERIC

REPO = Path(__file__).resolve().parent.parent
PACKAGE = REPO / "xentlint"
CASES_DIR = REPO / "tests" / "cases"

# Every way a framework is named: the registry's names and import roots, and how prose names
# them.
FRAMEWORK_WORDS = sorted({
    *frameworks.NAMES, *(root for f in frameworks.REGISTRY for root in f.roots),
    "Keras", "PyTorch", "TensorFlow", "JAX", "optax", "flax", "Lightning",
}, key=len, reverse=True)
_FRAMEWORK_WORD = re.compile(r"(?<![\w.])(" + "|".join(map(re.escape, FRAMEWORK_WORDS)) + r")(?![\w])",
                             re.IGNORECASE)


def _python_files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*.py") if "__pycache__" not in p.parts)


def test_no_check_mentions_a_framework():
    """Checks read a loss's table row, never the name of its framework: the words a framework
    needs come from its tables."""
    run_checks(Facts(), None)  # type: ignore[arg-type] - imports every check module
    found = []
    for path in _python_files(PACKAGE / "checks"):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            for match in _FRAMEWORK_WORD.finditer(line):
                found.append(f"{path.relative_to(REPO)}:{number}: {match.group(0)!r}")
    assert found == [], "\n".join(found)


def test_the_framework_word_pattern_finds_what_it_must():
    assert _FRAMEWORK_WORD.search("if loss.framework == 'torch':")
    assert _FRAMEWORK_WORD.search("Keras silently renormalises them")
    assert _FRAMEWORK_WORD.search("PyTorch's implicit dim")
    assert not _FRAMEWORK_WORD.search("loss.spec.framework, facts.torch_like, self.jaxpr")


@pytest.mark.parametrize("code", sorted(catalog.all_rules()))
def test_each_code_has_its_document_check_verify_case_and_cases(code):
    assert (REPO / "rules" / f"{code}.md").exists(), f"rules/{code}.md is missing"
    assert code in CHECKS or code in PIPELINE_CODES, f"no check reports {code}"
    assert code in CASES or code in NOT_NUMERIC, f"{code} has no verify case and is not listed as not numeric"
    folder = CASES_DIR / code
    assert folder.is_dir() and any(folder.glob("*.py")), f"tests/cases/{code}/ is missing or empty"


def test_pipeline_codes_name_real_stages():
    import importlib

    for code, stage in PIPELINE_CODES.items():
        assert importlib.import_module(stage).__doc__, f"{code}: {stage}"


def test_no_file_over_500_lines_and_no_class_over_300():
    too_long = []
    for path in _python_files(PACKAGE):
        text = path.read_text(encoding="utf-8")
        if text.count("\n") > 500:
            too_long.append(f"{path.relative_to(REPO)}: {text.count(chr(10))} lines")
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.ClassDef) and node.end_lineno - node.lineno + 1 > 300:
                too_long.append(f"{path.relative_to(REPO)}: class {node.name}")
    assert too_long == []


def test_every_framework_is_a_package_with_an_extractor():
    for row in (frameworks.SHARED, *frameworks.REGISTRY):
        hooks = row.hooks()
        assert hooks.functions or hooks.methods, f"{row.name}: an extractor with no hooks"
    all_of_them = frameworks.hooks_for(frozenset(frameworks.NAMES))  # no name claimed twice
    assert "torch.nn.CrossEntropyLoss" in all_of_them.functions
    assert {f.tag for f in frameworks.REGISTRY} == {"K", "T", "J", "TF"}


def test_pyproject_ships_every_package():
    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10
        import tomli as tomllib  # type: ignore[no-redef]

    listed = set(tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    packages = {".".join(p.parent.relative_to(REPO).parts) for p in PACKAGE.rglob("__init__.py")
                if "__pycache__" not in p.parts}
    assert packages <= listed, f"missing from pyproject.toml: {sorted(packages - listed)}"


def test_the_package_type_checks():
    """mypy with strict equality: a misspelled vocabulary word is a type error."""
    result = subprocess.run([sys.executable, "-m", "mypy"], cwd=REPO, capture_output=True,
                            text=True, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr


def _loss_rows():
    from xentlint.frameworks.keras import tables as keras_tables
    from xentlint.frameworks.shared import decoding
    from xentlint.frameworks.torch import tables as torch_tables

    rows = [*keras_tables.LOSS_CLASSES.values(), *keras_tables.LOSS_FUNCTIONS.values(),
            *torch_tables.LOSS_CLASSES.values(), *torch_tables.LOSS_FUNCTIONS.values(),
            decoding.HANDWRITTEN_CROSS_ENTROPY, decoding.HANDWRITTEN_NLL]
    rows += [keras_tables.string_loss(name) for name in keras_tables.LOSS_STRINGS]
    return rows


def test_every_loss_row_has_the_words_its_rules_need():
    """A rule takes its advice from the loss's row: a row it can fire on must carry the words."""
    for spec in _loss_rows():
        assert spec.labels.index != spec.prediction.index, spec.api
        if spec.expects == "probs" and spec.logits_flag is None:
            assert spec.logits_form, f"{spec.api}: XL102 and XL104 need what to use on logits"
        if spec.family == "nll":
            assert spec.logits_form, f"{spec.api}: XL103 needs the loss that takes logits"
        for trap in spec.traps:
            assert spec.option_position(trap.parameter) is not None, (spec.api, trap.parameter)
