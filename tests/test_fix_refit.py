"""The edits beyond the loss: the head's width, the labels' base and layout, a metric, the
decoder; and the loss's binary form. Each is exact where it is offered, and not offered where the
code around it would not fit it."""

from __future__ import annotations

import textwrap

import pytest

import xentlint
from xentlint.fix import fix_text


def fixed(source: str, unsafe: bool = True) -> str:
    return fix_text(textwrap.dedent(source), "case.py", unsafe=unsafe)[0]


def applicability(source: str, code: str) -> set[str]:
    return {f.fix.applicability for f in xentlint.check_source(textwrap.dedent(source), "case.py")
            if f.code == code and f.fix is not None}


KERAS_METRICS = """\
    import tensorflow as tf

    inputs = tf.keras.Input(shape=(64,))
    outputs = tf.keras.layers.Dense(5, activation="softmax")(inputs)
    model = tf.keras.Model(inputs, outputs)
    model.compile(optimizer="adam", loss="LOSS", metrics=[METRIC])
"""


@pytest.mark.parametrize(("loss", "metric", "edited", "kind"), [
    ("sparse_categorical_crossentropy", 'tf.keras.metrics.BinaryAccuracy(name="acc")',
     'tf.keras.metrics.SparseCategoricalAccuracy(name="acc")', "safe"),  # the name stays
    ("categorical_crossentropy", "tf.keras.metrics.BinaryAccuracy()",
     "tf.keras.metrics.CategoricalAccuracy()", "unsafe"),  # the history's key changes
    ("categorical_crossentropy", "tf.keras.metrics.binary_accuracy",
     "tf.keras.metrics.categorical_accuracy", "unsafe"),
    ("categorical_crossentropy", "'binary_accuracy'", "'accuracy'", "unsafe"),
    ("categorical_crossentropy", "tf.keras.metrics.BinaryAccuracy(threshold=0.3)", None, "display"),
])
def test_binary_accuracy_becomes_the_accuracy_of_the_loss(loss, metric, edited, kind):
    source = textwrap.dedent(KERAS_METRICS).replace("LOSS", loss).replace("METRIC", metric)
    assert applicability(source, "XL205") == {kind}
    assert fixed(source) == (source if edited is None else source.replace(metric, edited))


TORCH_ONE_LOGIT = """\
    import torch
    from torch import nn

    model = nn.Sequential(nn.Linear(30, 16), nn.ReLU(), nn.Linear(16, 1))
    x = torch.randn(256, 30)
    y = LABELS
    criterion = nn.CrossEntropyLoss()
    loss = criterion(model(x), y)
"""


@pytest.mark.parametrize(("labels", "expected"), [
    ("torch.randint(0, 2, (256, 1)).float()", "criterion(model(x), y)"),
    ("torch.randint(0, 2, (256, 1))", "criterion(model(x), y.float())"),  # cast at the call
    ("torch.randint(0, 2, (256,)).float()", None),  # (N,) against (N, 1): BCE raises
    ("torch.randint(0, 5, (256, 1)).float()", None),  # five classes: the model needs units
])
def test_cross_entropy_on_one_logit_becomes_bce_with_float_targets(labels, expected):
    source = textwrap.dedent(TORCH_ONE_LOGIT).replace("LABELS", labels)
    if expected is None:
        assert "BCEWithLogitsLoss" not in fixed(source)
        return
    assert fixed(source) == source.replace("nn.CrossEntropyLoss()", "nn.BCEWithLogitsLoss()") \
        .replace("criterion(model(x), y)", expected)
    assert fixed(source, unsafe=False) == source or "XL303" in {
        f.code for f in xentlint.check_source(source, "case.py")}


def test_a_softmax_head_on_multi_hot_targets_under_mse_becomes_sigmoid():
    source = textwrap.dedent("""\
        from sklearn.datasets import make_multilabel_classification
        from keras.models import Sequential
        from keras.layers import Dense, Activation

        X, Y = make_multilabel_classification(n_samples=1000, n_features=20, n_classes=3)
        model = Sequential()
        model.add(Dense(3))
        model.add(Activation("softmax"))
        model.compile(loss="mean_squared_error", optimizer="sgd")
        model.fit(X, Y, epochs=20)
    """)
    assert applicability(source, "XL306") == {"unsafe"}
    after = fixed(source)
    assert after == source.replace('Activation("softmax")', 'Activation("sigmoid")')
    assert "XL306" not in {f.code for f in xentlint.check_source(after, "case.py")}


TORCH_MULTILABEL = """\
    import torch
    from torch import nn

    model = nn.Sequential(nn.Linear(2048, 512), nn.ReLU(), nn.Linear(512, 20))
    criterion = nn.BCEWithLogitsLoss()


    def train_step(features, targets):
        loss = criterion(model(features), targets)
        loss.backward()


    def predict(features):
        outputs = model(features)
        DECODE
"""


@pytest.mark.parametrize(("decode", "expected"), [
    ("_, predicted = torch.max(outputs, 1)\n    return predicted",
     "predicted = outputs > 0\n    return predicted"),
    ("return outputs.argmax(dim=1).numpy()", "return (outputs > 0).numpy()"),
    ("values, predicted = torch.max(outputs, 1)\n    return values, predicted", None),
    ("return outputs.argmax(dim=1) == 3", None),  # a class index is compared: no threshold fits
])
def test_argmax_of_a_multi_label_model_becomes_a_threshold(decode, expected):
    source = textwrap.dedent(TORCH_MULTILABEL).replace("DECODE", decode)
    assert fixed(source) == source.replace(decode, expected or decode)


KERAS_SOFTMAX = """\
    import numpy as np
    from tensorflow import keras

    (x_train, y_train), (x_test, y_test) = keras.datasets.fashion_mnist.load_data()
    model = keras.Sequential([keras.layers.Flatten(), keras.layers.Dense(10, activation="softmax")])
    model.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
    model.fit(x_train / 255.0, y_train, epochs=5)
    preds = model.predict(x_test / 255.0)
    DECODE
"""


@pytest.mark.parametrize(("decode", "expected"), [
    ("predicted = preds > 0.5", "predicted = np.argmax(preds, axis=-1)"),
    ("predicted = (preds > 0.5).astype(int)", "predicted = np.argmax(preds, axis=-1).astype(int)"),
    ("predicted = np.round(preds)", "predicted = np.argmax(preds, axis=-1)"),
    ("hits = ((preds > 0.5) == y_test).mean()", None),  # inside another expression
])
def test_a_threshold_on_softmax_becomes_argmax(decode, expected):
    source = textwrap.dedent(KERAS_SOFTMAX).replace("DECODE", decode)
    assert fixed(source) == source.replace(decode, expected or decode)


def test_a_threshold_on_softmax_needs_an_import_to_spell_argmax():
    source = textwrap.dedent(KERAS_SOFTMAX).replace("import numpy as np\n", "").replace(
        "DECODE", "predicted = preds > 0.5")
    assert fixed(source) == source


@pytest.mark.parametrize(("extra", "kind"), [("", "safe"), ("print(Y.shape)\n", "unsafe")])
def test_transposed_labels_lose_the_transpose(extra, kind):
    source = textwrap.dedent("""\
        import numpy as np
        from tensorflow import keras

        y = np.random.randint(0, 3, 100)
        Y = keras.utils.to_categorical(y, 3).T
        model = keras.Sequential([keras.layers.Dense(3, activation="softmax")])
        model.compile(optimizer="adam", loss="categorical_crossentropy")
        model.fit(np.random.rand(100, 4), Y)
    """) + extra
    assert applicability(source, "XL303") == {kind}
    assert fixed(source) == source.replace("(y, 3).T", "(y, 3)")


@pytest.mark.parametrize(("units", "expected"), [
    ("layers.Dense(10, activation='softmax')", "layers.Dense(100, activation='softmax')"),
    ("layers.Dense(units=10, activation='softmax')", "layers.Dense(units=100, activation='softmax')"),
    ("layers.Dense(N, activation='softmax')", None),  # set elsewhere: left to the user
])
def test_the_head_gets_as_many_units_as_the_labels_have_classes(units, expected):
    source = textwrap.dedent("""\
        import keras
        from keras import layers

        N = 10
        (x_train, y_train), _ = keras.datasets.cifar100.load_data()
        model = keras.Sequential([layers.Flatten(), HEAD])
        model.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
        model.fit(x_train, y_train)
    """).replace("HEAD", units)
    assert applicability(source, "XL305") == {"unsafe" if expected else "display"}
    assert fixed(source) == source.replace(units, expected or units)


def test_one_based_labels_passed_to_fit_are_kept_zero_based():
    source = textwrap.dedent("""\
        import keras
        (x, y), _ = keras.datasets.mnist.load_data()
        model = keras.Sequential([keras.layers.Dense(10, activation="softmax")])
        model.compile(loss="sparse_categorical_crossentropy")
        model.fit(x, y + 1)
    """)
    assert fixed(source, unsafe=False) == source
    assert fixed(source) == source.replace("y + 1", "y")


def test_tf1_losses_keep_the_files_compat_spelling_and_rename_the_labels_keyword():
    source = textwrap.dedent("""\
        import tensorflow as tf

        x = tf.compat.v1.placeholder(tf.float32, [None, 784])
        y = tf.compat.v1.placeholder(tf.int64, [None])
        y_onehot = tf.one_hot(y, 10)
        logits = tf.compat.v1.layers.dense(x, 10)
        loss = tf.compat.v1.losses.sparse_softmax_cross_entropy(labels=y_onehot, logits=logits)
    """)
    assert fixed(source, unsafe=False) == source.replace(
        "tf.compat.v1.losses.sparse_softmax_cross_entropy(labels=",
        "tf.compat.v1.losses.softmax_cross_entropy(onehot_labels=")


def test_a_sequence_output_gets_its_class_axis_moved_only_for_index_targets():
    source = textwrap.dedent("""\
        import torch
        from torch import nn



        class Tagger(nn.Module):
            def __init__(self):
                super().__init__()
                self.lstm = nn.LSTM(32, 64, batch_first=True)
                self.fc = nn.Linear(64, 17)

            def forward(self, tokens):
                out, _ = self.lstm(tokens)
                return self.fc(out)


        model = Tagger()
        criterion = nn.CrossEntropyLoss()
        tokens = torch.randn(8, 50, 32)
        tags = TAGS
        loss = criterion(model(tokens), tags)
    """)
    index = source.replace("TAGS", "torch.randint(0, 17, (8, 50))")
    assert fixed(index, unsafe=False) == index.replace("model(tokens), tags",
                                                       "model(tokens).permute(0, 2, 1), tags")
    probabilities = source.replace("TAGS", "torch.rand(8, 50, 17).softmax(-1)")
    assert applicability(probabilities, "XL105") == {"display"}
    assert fixed(probabilities) == probabilities


@pytest.mark.parametrize(("loss", "expected"), [
    ("F.kl_div(F.softmax(student, dim=1), F.softmax(teacher, dim=1))",
     'F.kl_div(F.log_softmax(student, dim=1), F.softmax(teacher, dim=1), reduction="batchmean")'),
    ("F.kl_div(F.softmax(student, dim=1), F.softmax(teacher, dim=1), reduction='mean')",
     "F.kl_div(F.log_softmax(student, dim=1), F.softmax(teacher, dim=1), reduction='batchmean')"),
    ("F.kl_div(F.softmax(student, dim=1), F.softmax(teacher, dim=1), reduction='sum')",
     "F.kl_div(F.log_softmax(student, dim=1), F.softmax(teacher, dim=1), reduction='sum')"),
])
def test_kl_div_gets_log_probabilities_and_the_divergence_itself(loss, expected):
    from xentlint.fix.proof import prove

    source = textwrap.dedent("""\
        import torch
        import torch.nn.functional as F

        student, teacher = torch.randn(64, 10), torch.randn(64, 10)
        loss = LOSS
    """).replace("LOSS", loss)
    assert fixed(source, unsafe=False) == source.replace(loss, expected)
    [finding] = [f for f in xentlint.check_source(source, "case.py") if f.code == "XL106"]
    proof = prove(source, finding, "case.py", samples=4000)
    assert proof.reproduced is True, proof
    assert proof.written is not None and proof.written < 0  # softmax as the input: negative
