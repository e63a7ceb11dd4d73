"""Inputs that once crashed or hung the analyzer, and code it must never run.

Each nasty input must finish quickly with the finding it contains (a crash would lose every
real finding of the file).
"""

from __future__ import annotations

import signal
import sys

import pytest

HEAD_AND_LOSS = """
import keras
model = keras.Sequential([keras.layers.Dense(10, activation="softmax")])
model.compile(loss=keras.losses.CategoricalCrossentropy(from_logits=True))
"""

NASTY = {
    "match statement": "def f(cmd):\n    match cmd:\n        case 'go':\n            import os\n        case _:\n            pass\n",
    "huge power": "x = 10 ** 10 ** 10\ny = 2 ** 100000 * 3\n",
    "long operator chain": "s = " + " + ".join(["'ab'"] * 3000) + "\n",
    "int of inf and nan": "a = int(1e400)\nb = int(1e400 - 1e400)\n",
    "star-args into a loss": "import keras\nl = keras.losses.CategoricalCrossentropy(*[0.1])\n",
    "mutual recursion": "def f(x):\n    return g(x)\ndef g(x):\n    return f(x)\nf(1)\n",
    "class instantiating itself": "class A:\n    def __init__(self):\n        self.a = A()\nA()\n",
    "exponential fan-out": "".join(
        f"def f{i}(x):\n" + "".join(f"    f{i + 1}(x)\n" for _ in range(12)) for i in range(7)
    ) + "def f7(x):\n    return x\nf0(1)\n",
}


class _Timeout(Exception):
    pass


@pytest.mark.parametrize("source", NASTY.values(), ids=NASTY.keys())
def test_nasty_input_finishes_with_its_findings(source, codes):
    def expire(*_):
        raise _Timeout

    previous = signal.signal(signal.SIGALRM, expire)
    signal.alarm(20)
    try:
        assert codes(source + HEAD_AND_LOSS) == ["XL101"]
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def test_analyzer_never_imports_the_analysed_code(codes):
    before = set(sys.modules)
    # compile() and loss make the file pass the prefilter, so it is parsed and analysed.
    codes("""
        import definitely_not_a_module_xyz
        from evil import payload
        payload.run()
        model = payload.build()
        model.compile(loss=payload.loss)
    """)
    assert "definitely_not_a_module_xyz" not in set(sys.modules) - before


def test_a_nested_function_sees_the_names_of_the_function_that_defines_it(codes):
    """A loss_fn closure reads the model of the training step around it."""
    assert codes("""
        import keras
        def train():
            model = keras.Sequential([keras.layers.Dense(10, activation="softmax")])
            def compute_loss(x, y):
                loss = keras.losses.SparseCategoricalCrossentropy(from_logits=True)
                return loss(y, model(x))
            return compute_loss
    """) == ["XL101"]


def test_class_attributes_are_read(codes):
    assert codes("""
        import torch.nn as nn
        class Net(nn.Module):
            num_classes = 1
            def __init__(self):
                super().__init__()
                self.fc = nn.Linear(64, self.num_classes)
            def forward(self, x):
                return self.fc(x)
        loss = nn.CrossEntropyLoss()(Net()(x), y)
    """) == ["XL204"]
