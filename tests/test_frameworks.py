"""The framework registry at work: which extractors run on a file, what ``frameworks = [...]``
means, and that ``--select`` runs only the selected checks."""

from __future__ import annotations

import libcst as cst
import pytest

from xentlint import check_source, checks, frameworks
from xentlint.config import Selection, Settings
from xentlint.interp.names import ImportTable
from xentlint.pipeline.parse import is_internal_error

KERAS_XL101 = """\
import keras
model = keras.Sequential([keras.layers.Dense(10, activation="softmax")])
model.compile(loss=keras.losses.CategoricalCrossentropy(from_logits=True))
"""
TORCH_XL101 = """\
import torch.nn as nn
model = nn.Sequential(nn.Linear(20, 10), nn.Softmax(dim=1))
loss = nn.CrossEntropyLoss()(model(x), y)
"""
RAW_TF_XL104 = """\
import tensorflow as tf
probs = tf.nn.softmax(logits)
loss = -tf.reduce_sum(y * tf.math.log(probs))
"""


def imported(source: str) -> frozenset[str]:
    roots = ImportTable.of(cst.parse_module(source), frameworks.SPELLINGS).roots()
    return frameworks.imported(roots)


@pytest.mark.parametrize(("source", "expected"), [
    ("from tensorflow import keras\n", {"keras", "tf"}),
    ("import tf_keras as keras\n", {"keras", "tf"}),  # Keras requires TensorFlow's names
    ("import keras\n", {"keras", "tf"}),
    ("import torch.nn as nn\n", {"torch"}),
    ("import lightning as L\n", {"torch"}),
    ("from pytorch_lightning import LightningModule\n", {"torch"}),
    ("import optax\nimport jax.numpy as jnp\n", {"jax"}),
    ("import numpy as np\nfrom sklearn.preprocessing import LabelEncoder\n", set()),
    ("def f():\n    import torch\n", {"torch"}),  # imports inside functions count
])
def test_the_frameworks_a_file_imports(source: str, expected: set[str]) -> None:
    assert imported(source) == expected


def test_by_default_every_imported_framework_runs(codes) -> None:
    assert codes(KERAS_XL101) == ["XL101"]
    assert codes(TORCH_XL101) == ["XL101"]
    assert codes(RAW_TF_XL104) == ["XL104"]


@pytest.mark.parametrize(("allowed", "source", "expected"), [
    ({"torch"}, KERAS_XL101, []),
    ({"keras"}, KERAS_XL101, ["XL101"]),
    ({"keras"}, TORCH_XL101, []),
    ({"torch"}, TORCH_XL101, ["XL101"]),
    ({"tf"}, RAW_TF_XL104, ["XL104"]),  # raw TensorFlow without the Keras extractor
    ({"tf"}, KERAS_XL101, []),
    ({"keras"}, RAW_TF_XL104, ["XL104"]),  # Keras code uses TensorFlow's ops as its own
])
def test_the_frameworks_setting_limits_the_extractors(allowed, source, expected, codes) -> None:
    assert codes(source, "train.py", Settings(frameworks=frozenset(allowed))) == expected


def test_hooks_compose_in_registry_order_and_refuse_a_name_claimed_twice() -> None:
    from xentlint.interp.api import Hooks

    hooks = frameworks.hooks_for(frozenset({"keras", "torch"}))
    assert "keras.layers.Dense" in hooks.functions and "torch.nn.Linear" in hooks.functions
    assert "tensorflow.nn.softmax" not in hooks.functions  # raw TensorFlow was not asked for
    first, second = Hooks(), Hooks()
    first.on(["a.b"], lambda ctx, call: None)  # type: ignore[arg-type, return-value]
    second.on(["a.b"], lambda ctx, call: None)  # type: ignore[arg-type, return-value]
    with pytest.raises(ValueError, match="claimed twice"):
        first.extend(second)


def test_select_runs_only_the_selected_checks(monkeypatch: pytest.MonkeyPatch) -> None:
    """A broken XL301 check is an internal error only when XL301 runs."""

    def broken(facts, reporter):
        raise RuntimeError("XL301 ran")

    monkeypatch.setitem(checks.CHECKS, "XL301", broken)
    selected = Settings().with_selection(Selection(select=("XL101",)))
    assert [f.code for f in check_source(KERAS_XL101, "train.py", selected)] == ["XL101"]
    everything = check_source(KERAS_XL101, "train.py")
    assert any(is_internal_error(f) for f in everything)


def test_per_file_ignores_keep_a_check_from_running(monkeypatch: pytest.MonkeyPatch,
                                                    tmp_path) -> None:
    from xentlint.config import load_config_file

    def broken(facts, reporter):
        raise RuntimeError("XL101 ran")

    monkeypatch.setitem(checks.CHECKS, "XL101", broken)
    config = tmp_path / "pyproject.toml"
    config.write_text('[tool.xentlint.per-file-ignores]\n"train.py" = ["XL101"]\n')
    settings = load_config_file(config)
    assert check_source(KERAS_XL101, tmp_path / "train.py", settings) == []
