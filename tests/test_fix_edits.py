"""The edits of the fixes in the user's own spelling: import aliases, a loss object used once,
a call's layout, the options a renamed loss must share; and no edit where it cannot be exact."""

from __future__ import annotations

import textwrap

import pytest

from xentlint.fix import fix_text

TORCH_LOOP = """
    model = nn.Sequential(nn.Linear(30, 16), nn.ReLU(), nn.Linear(16, 1))
    x = torch.randn(256, 30)
    y = torch.randint(0, 2, (256, 1)).float()
"""


def fixed(source: str, unsafe: bool = False) -> str:
    return fix_text(textwrap.dedent(source), "case.py", unsafe=unsafe)[0]


@pytest.mark.parametrize(("imports", "call", "expected"), [
    ("import torch\nimport torch.nn.functional as F", "torch.log(torch.sigmoid(z))",
     "F.logsigmoid(z)"),
    ("import torch", "torch.log(torch.sigmoid(z))", "torch.nn.functional.logsigmoid(z)"),
    ("import torch\nfrom torch.nn import functional as fn", "torch.log(fn.softmax(z, dim=1))",
     "fn.log_softmax(z, dim=1)"),
    ("import tensorflow as tf", "tf.math.log(tf.sigmoid(z))", "tf.math.log_sigmoid(z)"),
    ("import tensorflow as tf", "tf.math.log(tf.nn.softmax(z))", "tf.nn.log_softmax(z)"),
    ("import jax\nimport jax.numpy as jnp", "jnp.log(jax.nn.sigmoid(z))", "jax.nn.log_sigmoid(z)"),
    ("import keras", "keras.ops.log(keras.ops.softmax(z))", "keras.ops.log_softmax(z)"),
])
def test_fused_log_in_the_files_own_spelling(imports, call, expected):
    source = f"{imports}\n\n\ndef f(z):\n    return {call}\n"
    assert fixed(source) == source.replace(call, expected)


def test_a_name_no_import_reaches_gets_no_edit():
    source = ("from torch import log, sigmoid\n\n\ndef f(z):\n    return log(sigmoid(z))\n")
    assert fixed(source) == source


def test_bce_on_an_inline_sigmoid_becomes_the_logits_loss():
    source = "import torch\nfrom torch.nn import BCELoss\nfrom torch import nn\n" + \
        textwrap.dedent(TORCH_LOOP) + \
        "criterion = BCELoss()\nloss = criterion(torch.sigmoid(model(x)), y)\n"
    assert fixed(source) == source.replace("BCELoss()", "nn.BCEWithLogitsLoss()").replace(
        "torch.sigmoid(model(x))", "model(x)")


def test_a_loss_object_used_twice_is_not_rewritten():
    source = "import torch\nfrom torch import nn\n" + textwrap.dedent(TORCH_LOOP) + \
        "criterion = nn.BCELoss()\nloss = criterion(torch.sigmoid(model(x)), y)\n" \
        "other = criterion(torch.rand(256, 1), y)\n"
    assert fixed(source) == source


KERAS_RAW = """
    import tensorflow as tf

    model = tf.keras.Sequential([tf.keras.layers.Dense(64, activation="relu"),
                                 tf.keras.layers.Dense(10)])
"""


def test_a_loss_string_becomes_the_class_in_the_files_spelling():
    source = textwrap.dedent(KERAS_RAW) + 'model.compile(optimizer="adam", loss="categorical_crossentropy")\n'
    assert fixed(source) == source.replace(
        '"categorical_crossentropy"', "tf.keras.losses.CategoricalCrossentropy(from_logits=True)")


def test_a_keyword_is_added_in_the_calls_layout():
    source = textwrap.dedent(KERAS_RAW) + textwrap.dedent("""\
        model.compile(
            optimizer="adam",
            loss=tf.keras.losses.CategoricalCrossentropy(
                label_smoothing=0.1,
            ),
        )
    """)
    assert fixed(source) == source.replace("label_smoothing=0.1,",
                                           "label_smoothing=0.1, from_logits=True,")


@pytest.mark.parametrize(("loss", "edited"), [
    ('"categorical_crossentropy"', '"sparse_categorical_crossentropy"'),
    ("tf.keras.losses.CategoricalCrossentropy()", "tf.keras.losses.SparseCategoricalCrossentropy()"),
    ("tf.keras.losses.CategoricalCrossentropy(label_smoothing=0.1)", None),  # not in the sparse one
])
def test_index_labels_switch_to_the_sparse_loss(loss, edited):
    source = textwrap.dedent("""\
        import tensorflow as tf

        (x_train, y_train), _ = tf.keras.datasets.cifar10.load_data()
        model = tf.keras.Sequential([tf.keras.layers.Flatten(),
                                     tf.keras.layers.Dense(10, activation="softmax")])
        model.compile(optimizer="adam", loss=LOSS)
        model.fit(x_train, y_train)
    """).replace("LOSS", loss)
    assert fixed(source) == (source if edited is None else source.replace(loss, edited))


def test_unsafe_edits_wait_for_unsafe_fixes():
    source = textwrap.dedent("""\
        import torch
        from torch import nn
        import torch.nn.functional as F


        class Net(nn.Module):
            def __init__(self):
                super().__init__()
                self.fc = nn.Linear(20, 5)

            def forward(self, x):
                return F.softmax(self.fc(x), dim=1)


        model = Net()
        criterion = nn.CrossEntropyLoss()
        x, y = torch.randn(64, 20), torch.randint(0, 5, (64,))
        loss = criterion(model(x), y)
    """)
    assert fixed(source) == source
    assert fixed(source, unsafe=True) == source.replace("F.softmax(self.fc(x), dim=1)",
                                                        "self.fc(x)")


def test_the_alike_heads_of_every_branch_are_edited_together():
    source = textwrap.dedent("""\
        import sys
        import torch
        from torch import nn
        from sklearn.preprocessing import MultiLabelBinarizer
        from tensorflow import keras

        if sys.argv[1] == "small":
            model = nn.Sequential(nn.Linear(20, 5), nn.Softmax(dim=1))
        else:
            model = nn.Sequential(nn.Linear(20, 64), nn.ReLU(), nn.Linear(64, 5), nn.Softmax(dim=1))
        x, y = torch.randn(64, 20), torch.randint(0, 5, (64,))
        loss = nn.CrossEntropyLoss()(model(x), y)
        net = (keras.Sequential([keras.layers.Dense(3, activation="softmax")]) if sys.argv[2]
               else keras.Sequential([keras.layers.Dense(8), keras.layers.Dense(3, activation="softmax")]))
        net.compile(loss="binary_crossentropy")
        net.fit(x.numpy(), MultiLabelBinarizer().fit_transform(tags))
    """)
    assert fixed(source, unsafe=True) == source.replace(", nn.Softmax(dim=1)", "").replace(
        'activation="softmax"', 'activation="sigmoid"')


def test_a_softmax_applied_at_the_loss_call_is_dropped_safely():
    source = "import torch\nfrom torch import nn\n" + textwrap.dedent(TORCH_LOOP).replace(
        "nn.Linear(16, 1)", "nn.Linear(16, 4)").replace(
        "torch.randint(0, 2, (256, 1)).float()", "torch.randint(0, 4, (256,))") + \
        "loss = nn.CrossEntropyLoss()(torch.softmax(model(x), dim=-1), y)\n"
    assert fixed(source) == source.replace("torch.softmax(model(x), dim=-1)", "model(x)")


def test_tensor_methods_keep_their_form():
    source = textwrap.dedent("""\
        import torch
        from torch import nn

        model = nn.Sequential(nn.Linear(30, 16), nn.ReLU(), nn.Linear(16, 4))
        x = torch.randn(256, 30)
        y = torch.randint(0, 4, (256,))
        loss = nn.NLLLoss()(torch.log(model(x).softmax(dim=1)), y)
        other = nn.NLLLoss()(model(x).softmax(dim=1).log(), y)
    """)
    assert fixed(source) == source.replace("torch.log(model(x).softmax(dim=1))",
                                           "model(x).log_softmax(dim=1)").replace(
        "model(x).softmax(dim=1).log()", "model(x).log_softmax(dim=1)")


@pytest.mark.parametrize(("code", "method"), [
    ("x.softmax(dim=1)", True), ("x.softmax(-1)", True), ("x.sigmoid()", True),
    ("self.softmax(x)", False), ("self.act(x, dim=1)", False), ("F.softmax(x, dim=1)", False),
])
def test_a_tensor_method_is_not_a_user_attribute_called_on_a_tensor(code, method):
    import libcst as cst

    from xentlint import frameworks
    from xentlint.checks import Reporter
    from xentlint.checks.rewrite import tensor_method
    from xentlint.interp.names import ImportTable

    module = cst.parse_module(f"import torch.nn.functional as F\ny = {code}\n")
    reporter = Reporter(module, "case.py", imports=ImportTable.of(module, frameworks.SPELLINGS))
    call = module.body[1].body[0].value
    assert tensor_method(reporter, call) is method


@pytest.mark.parametrize("flag", ["args.from_logits", "cfg.loss.from_logits"])
def test_a_logits_flag_read_from_an_option_is_set_only_as_an_unsafe_fix(flag: str) -> None:
    """``from_logits=args.from_logits``: setting it to a literal cuts the option loose (the
    fix changes what the program does when run with the flag), so it is not safe."""
    source = textwrap.dedent(f"""\
        import argparse
        from types import SimpleNamespace
        from tensorflow import keras
        parser = argparse.ArgumentParser()
        parser.add_argument("--from-logits", action="store_true")
        args = parser.parse_args()
        cfg = SimpleNamespace(loss=SimpleNamespace(from_logits=False))
        model = keras.Sequential([keras.layers.Dense(1)])
        model.compile(loss=keras.losses.BinaryCrossentropy(from_logits={flag}))
        """)
    assert fixed(source) == source
    assert f"from_logits={flag}" not in fixed(source, unsafe=True)
    assert "from_logits=True" in fixed(source, unsafe=True)
