"""Every row of the label-source tables, at work: a loader or data set of known class count
meets a head one unit too wide (reported) and a head of the right width (silent).

A new source is one row of a table; these tests pick it up without an edit.
"""

from __future__ import annotations

import pytest

from xentlint import check_source
from xentlint.frameworks.shared import tables as shared
from xentlint.frameworks.tf import tables as tf_tables


def codes(source: str) -> list[str]:
    return sorted(f.code for f in check_source(source, "train.py"))


def _keras_fit(load: str, units: int, loss: str) -> str:
    return (f"{load}\n"
            "from tensorflow import keras\n"
            f"model = keras.Sequential([keras.layers.Dense({units}, activation='softmax')])\n"
            f"model.compile(optimizer='adam', loss='{loss}')\n"
            "model.fit(data, labels)\n")


SKLEARN = sorted(shared.DATASETS.items())


@pytest.mark.parametrize(("qualname", "row"), SKLEARN, ids=[q for q, _ in SKLEARN])
def test_each_scikit_learn_dataset_row(qualname: str, row) -> None:
    module, name = qualname.rsplit(".", 1)
    if row.returns == "pair":
        load = f"from {module} import {name}\ndata, labels = {name}()"
    else:
        load = f"from {module} import {name}\nbunch = {name}()\ndata, labels = bunch.data, bunch.target"
    if row.encoding == "multihot":
        assert codes(_keras_fit(load, 4, "categorical_crossentropy")) == ["XL306"]
        return
    n = row.n_classes
    if n is None or n == 2:  # class indices of a count not known, or two: not one-hot
        assert codes(_keras_fit(load, 3, "categorical_crossentropy")) == ["XL301"]
        return
    right = n + 1 if row.one_based else n  # 1-based labels need unit n
    assert codes(_keras_fit(load, right + 1, "sparse_categorical_crossentropy")) == ["XL305"]
    assert codes(_keras_fit(load, right, "sparse_categorical_crossentropy")) == []


def test_a_class_count_argument_overrides_the_rows_default() -> None:
    load = ("from sklearn.datasets import make_classification\n"
            "data, labels = make_classification(n_samples=100, n_classes=5, n_informative=4)")
    assert codes(_keras_fit(load, 5, "sparse_categorical_crossentropy")) == []
    assert codes(_keras_fit(load, 2, "sparse_categorical_crossentropy")) == ["XL305"]
    # fetch_20newsgroups(categories=[...]): as many classes as categories
    load = ("from sklearn.datasets import fetch_20newsgroups\n"
            "news = fetch_20newsgroups(categories=['sci.space', 'rec.autos', 'talk.politics.misc'])\n"
            "data, labels = news.data, news.target")
    assert codes(_keras_fit(load, 3, "sparse_categorical_crossentropy")) == []
    assert codes(_keras_fit(load, 20, "sparse_categorical_crossentropy")) == ["XL305"]


TFDS = sorted(tf_tables.TFDS_CLASSES.items())


@pytest.mark.parametrize(("name", "n"), TFDS, ids=[name for name, _ in TFDS])
def test_each_tensorflow_datasets_row(name: str, n: int) -> None:
    source = (
        "import tensorflow as tf\nimport tensorflow_datasets as tfds\n"
        f"train = tfds.load('{name}', split='train', as_supervised=True).batch(32)\n"
        f"model = tf.keras.Sequential([tf.keras.layers.Dense({{units}})])\n"
        "model.compile(loss=tf.keras.losses.{loss}(from_logits=True))\n"
        "model.fit(train)\n")
    if n == 2:
        assert codes(source.format(units=2, loss="CategoricalCrossentropy")) == ["XL301"]
        return
    assert codes(source.format(units=n + 1, loss="SparseCategoricalCrossentropy")) == ["XL305"]
    assert codes(source.format(units=n, loss="SparseCategoricalCrossentropy")) == []


HF = sorted((key, column, n) for key, columns in shared.HF_LABELS.items()
            for column, n in columns.items())


@pytest.mark.parametrize(("key", "column", "n"), HF, ids=[f"{k}-{c}" for k, c, _ in HF])
def test_each_hugging_face_dataset_row(key: str, column: str, n: int) -> None:
    path, _, config = key.partition(":")
    arguments = f"'{path}', '{config}'" if config else f"'{path}'"
    source = (
        "import torch\nfrom torch import nn\nfrom datasets import load_dataset\n"
        "from torch.utils.data import DataLoader\n"
        f"data = load_dataset({arguments}, split='train')\n"
        "data.set_format('torch')\n"
        "head = nn.Linear(16, {units})\n"
        "criterion = nn.{loss}()\n"
        "for batch in DataLoader(data, batch_size=8):\n"
        f"    loss = criterion(head(batch['features']), batch['{column}'])\n")
    if n == 2:  # 0/1 int64 labels: a binary loss needs them as floats
        assert codes(source.format(units=1, loss="BCEWithLogitsLoss")) == ["XL304"]
        return
    assert codes(source.format(units=n + 1, loss="CrossEntropyLoss")) == ["XL305"]
    assert codes(source.format(units=n, loss="CrossEntropyLoss")) == []


def test_an_unknown_hugging_face_dataset_claims_nothing() -> None:
    source = (
        "from torch import nn\nfrom datasets import load_dataset\n"
        "from torch.utils.data import DataLoader\n"
        "data = load_dataset('someone/tagged-posts', split='train')\n"
        "head = nn.Linear(16, 5)\n"
        "for batch in DataLoader(data, batch_size=8):\n"
        "    loss = nn.BCEWithLogitsLoss()(head(batch['features']), batch['labels'])\n")
    assert codes(source) == []
