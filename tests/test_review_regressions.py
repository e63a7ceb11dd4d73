"""Regressions from code review: each case once crashed, misfired or was missed."""

from __future__ import annotations

import textwrap

import libcst as cst
import pytest

from xentlint.pipeline.analyze import analyze_module as analyze


def findings(source: str):
    return analyze(cst.parse_module(textwrap.dedent(source)), "case.py")


def codes(source: str) -> list[str]:
    return [f.code for f in findings(source)]


CASES = {
    "augmented assignment shifts labels (y += 1)": ("""
        from keras.datasets import mnist
        from keras import Sequential
        from keras.layers import Dense
        (x, y), _ = mnist.load_data()
        y += 1
        model = Sequential([Dense(10, activation="softmax")])
        model.compile(loss="sparse_categorical_crossentropy")
        model.fit(x, y)
    """, ["XL305"]),
    "Dense(10, **cfg): the activation may come from cfg": ("""
        import keras
        cfg = load_config()
        model = keras.Sequential([keras.layers.Dense(10, **cfg)])
        model.compile(loss="categorical_crossentropy")
    """, []),
    "resnet18(**cfg): the class count may come from cfg": ("""
        import torch, torchvision
        from torch import nn
        model = torchvision.models.resnet18(**cfg)
        loader = torch.utils.data.DataLoader(torchvision.datasets.CIFAR10("data"), batch_size=32)
        for x, y in loader:
            loss = nn.CrossEntropyLoss()(model(x), y)
    """, []),
    "keyword-only default under build(**cfg)": ("""
        import keras
        def build(*, classes=10):
            model = keras.Sequential([keras.layers.Dense(classes, activation="softmax")])
            model.compile(loss="sparse_categorical_crossentropy")
            return model
        (x, y), _ = keras.datasets.cifar100.load_data()
        model = build(**cfg)
        model.fit(x, y)
    """, []),
    "a function's branch changing a module-level model": ("""
        import keras
        from keras import layers
        model = keras.Sequential([layers.Dense(10)])
        def configure(probs):
            if probs:
                model.add(layers.Activation("softmax"))
                model.compile(loss="categorical_crossentropy")
            else:
                model.compile(loss=keras.losses.CategoricalCrossentropy(from_logits=True))
    """, []),
    "torchvision classifier replaced by index": ("""
        import torch, torchvision
        from torch import nn
        model = torchvision.models.vgg16(weights="DEFAULT")
        model.classifier[6] = nn.Linear(4096, 10)
        loader = torch.utils.data.DataLoader(torchvision.datasets.CIFAR10("data"), batch_size=32)
        for x, y in loader:
            loss = nn.CrossEntropyLoss()(model(x), y)
    """, []),
    "Dataset.__getitem__ returning one label of an array": ("""
        import torch
        from torch import nn
        from torch.utils.data import DataLoader, Dataset
        from sklearn.preprocessing import LabelEncoder
        class Rows(Dataset):
            def __init__(self, features, labels):
                self.x = features
                self.y = LabelEncoder().fit_transform(labels)
            def __getitem__(self, i):
                return torch.tensor(self.x[i]), self.y[i]
        model = nn.Linear(8, 3)
        for xb, yb in DataLoader(Rows(features, labels), batch_size=4):
            loss = nn.CrossEntropyLoss()(model(xb), yb)
    """, []),
    "one-hot sequence targets moved to (N, C, L)": ("""
        import torch.nn as nn
        import torch.nn.functional as F
        y = torch.randint(0, 5, (8, 20))
        target = F.one_hot(y, 5).float().permute(0, 2, 1)
        loss = nn.CrossEntropyLoss()(logits_ncl, target)
    """, []),
    "a bug in a function past the call-depth limit": ("""
        import keras
        def f7():
            model = keras.Sequential([keras.layers.Dense(10, activation="softmax")])
            model.compile(loss=keras.losses.CategoricalCrossentropy(from_logits=True))
        def f6(): f7()
        def f5(): f6()
        def f4(): f5()
        def f3(): f4()
        def f2(): f3()
        def f1(): f2()
        def f0(): f1()
        f0()
    """, ["XL101"]),
    "a staticmethod helper called through an instance": ("""
        import torch.nn as nn
        class Trainer:
            @staticmethod
            def loss(out, y):
                return nn.NLLLoss()(out, y)
            def step(self, x, y):
                return self.loss(model(x), y)
        model = nn.Sequential(nn.Linear(4, 3))
        Trainer().step(x, torch.tensor([0, 1, 2]))
    """, ["XL103"]),
    "hand-written NLL plus a regulariser": ("""
        import torch
        from torch import nn
        model = nn.Sequential(nn.Linear(4, 3))
        y = torch.tensor([0, 1, 2])
        out = model(x)
        loss = -out[range(3), y].mean() + 0.01 * penalty
    """, ["XL103"]),
    "module-level return and odd literals do not lose the file": ("""
        import keras
        s = "\\N{no such name}" "a"
        n = 1234567890123456789012345678901234567890 ** 2
        model = keras.Sequential([keras.layers.Dense(10, activation="softmax")])
        model.compile(loss=keras.losses.CategoricalCrossentropy(from_logits=True))
        return
    """, ["XL101"]),
}


@pytest.mark.parametrize("source, expected", CASES.values(), ids=CASES.keys())
def test_case(source, expected):
    assert codes(source) == expected


def test_positional_number_with_nothing_to_suggest():
    (finding,) = findings("""
        import keras
        loss = keras.losses.SparseCategoricalCrossentropy(0.1)
    """)
    assert finding.code == "XL502"
    assert "alpha" not in finding.message and "label_smoothing" not in finding.message
    assert finding.fix is not None and finding.fix.edits == ()
