"""The Keras analyzer on realistic code: what must be found, and the look-alikes that must not.

Every case is real libcst parsing of a complete file; the rule documents' own examples are
tested separately (test_rule_docs.py).
"""

from __future__ import annotations

import textwrap

import libcst as cst
import pytest

from xentlint.pipeline.analyze import analyze_module as analyze


def findings(source: str):
    return analyze(cst.parse_module(textwrap.dedent(source)), "train.py")


def codes(source: str) -> list[str]:
    return [f.code for f in findings(source)]


# --- precision: look-alikes that must stay silent ------------------------------------------

SILENT = {
    "softmax head with a probabilities loss": """
        import keras
        model = keras.Sequential([keras.layers.Dense(10, activation="softmax")])
        model.compile(loss="categorical_crossentropy")
    """,
    "logits head with from_logits=True": """
        import keras
        model = keras.Sequential([keras.layers.Dense(10)])
        model.compile(loss=keras.losses.CategoricalCrossentropy(from_logits=True))
    """,
    "softmax applied only at predict time": """
        import numpy as np
        import tensorflow as tf
        model = tf.keras.Sequential([tf.keras.layers.Dense(10)])
        model.compile(loss=tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True))
        probs = tf.nn.softmax(model.predict(x_test))
        classes = np.argmax(probs, axis=1)
        confident = probs > 0.9
    """,
    "loss picked in if/else on an unknown flag": """
        import keras
        model = keras.Sequential([keras.layers.Dense(10, activation="softmax")])
        if args.logits:
            loss = keras.losses.CategoricalCrossentropy(from_logits=True)
        else:
            loss = keras.losses.CategoricalCrossentropy()
        model.compile(loss=loss)
    """,
    "head picked in if/else on an unknown flag": """
        import keras
        activation = "softmax" if args.probs else None
        model = keras.Sequential([keras.layers.Dense(10, activation=activation)])
        model.compile(loss=keras.losses.CategoricalCrossentropy(from_logits=True))
    """,
    "sigmoid + BCE multi-label decoded by threshold": """
        import keras
        model = keras.Sequential([keras.layers.Dense(20, activation="sigmoid")])
        model.compile(loss="binary_crossentropy", metrics=["accuracy"])
        tags = model.predict(x) > 0.5
    """,
    "'accuracy' with BCE on a sigmoid head (Keras 3 resolves it from shapes)": """
        from tensorflow import keras
        model = keras.Sequential([keras.layers.Dense(1, activation="sigmoid")])
        model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy"])
    """,
    "a model that is rebuilt": """
        import keras
        model = keras.Sequential([keras.layers.Dense(10, activation="softmax")])
        model.compile(loss="categorical_crossentropy")
        model = keras.Sequential([keras.layers.Dense(10)])
        model.compile(loss=keras.losses.CategoricalCrossentropy(from_logits=True))
    """,
    "a model reassigned in a branch": """
        import keras
        model = keras.Sequential([keras.layers.Dense(10)])
        if pretrained:
            model = keras.models.load_model("m.keras")
        model.compile(loss="categorical_crossentropy")
    """,
    "a Dense(1) regression head with MSE": """
        import keras
        model = keras.Sequential([keras.layers.Dense(64, activation="relu"), keras.layers.Dense(1)])
        model.compile(optimizer="adam", loss="mse", metrics=["mae"])
        model.fit(x, y)
        print(model.predict(x) > 0.5)
    """,
    "a layer added conditionally keeps the final head": """
        import keras
        model = keras.Sequential()
        model.add(keras.layers.Dense(64, activation="relu"))
        if dropout:
            model.add(keras.layers.Dropout(0.5))
        model.add(keras.layers.Dense(10, activation="softmax"))
        model.compile(loss="categorical_crossentropy")
    """,
    "unknown custom layer at the end": """
        import keras
        model = keras.Sequential([keras.layers.Dense(10), MyHead()])
        model.compile(loss="categorical_crossentropy")
    """,
    "integer labels one-hot encoded before categorical CE": """
        import keras
        (x, y), _ = keras.datasets.mnist.load_data()
        y = keras.utils.to_categorical(y, 10)
        model = keras.Sequential([keras.layers.Dense(10, activation="softmax")])
        model.compile(loss="categorical_crossentropy")
        model.fit(x, y)
    """,
    "argmax of one-hot labels feeds a sparse loss": """
        import numpy as np
        import keras
        y = keras.utils.to_categorical(raw, 5)
        y_idx = np.argmax(y, axis=1)
        model = keras.Sequential([keras.layers.Dense(5, activation="softmax")])
        model.compile(loss="sparse_categorical_crossentropy")
        model.fit(x, y_idx)
    """,
    "two-unit softmax column thresholded": """
        import keras
        model = keras.Sequential([keras.layers.Dense(2, activation="softmax")])
        model.compile(loss="categorical_crossentropy")
        positive = model.predict(x)[:, 1] > 0.5
    """,
    "logits compared with 0": """
        import keras
        model = keras.Sequential([keras.layers.Dense(1)])
        model.compile(loss=keras.losses.BinaryCrossentropy(from_logits=True),
                      metrics=[keras.metrics.BinaryAccuracy(threshold=0.0)])
        labels = model.predict(x) > 0
    """,
    "labels shifted back to 0-based": """
        import keras
        (x, y), _ = keras.datasets.mnist.load_data()
        y = y + 1
        y = y - 1
        model = keras.Sequential([keras.layers.Dense(10, activation="softmax")])
        model.compile(loss="sparse_categorical_crossentropy")
        model.fit(x, y)
    """,
    "loss arguments in the right order": """
        import tensorflow as tf
        model = tf.keras.Sequential([tf.keras.layers.Dense(10)])
        loss_fn = tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True)
        for x, y in tf.data.Dataset.from_tensor_slices((xs, ys)).batch(32):
            with tf.GradientTape() as tape:
                logits = model(x, training=True)
                loss = loss_fn(y, logits)
    """,
    "label smoothing by keyword": """
        import keras
        loss = keras.losses.CategoricalCrossentropy(label_smoothing=0.1)
        other = keras.losses.CategoricalFocalCrossentropy(0.25)
        flag = keras.losses.SparseCategoricalCrossentropy(True)
    """,
    "fused log_softmax": """
        import tensorflow as tf
        log_probs = tf.nn.log_softmax(logits)
        loss = -tf.reduce_sum(y * log_probs, axis=-1)
    """,
    "multi-output model with a loss per output": """
        from tensorflow import keras
        inputs = keras.Input((64,))
        h = keras.layers.Dense(64, activation="relu")(inputs)
        age = keras.layers.Dense(1, name="age")(h)
        race = keras.layers.Dense(5, activation="softmax", name="race")(h)
        model = keras.Model(inputs, [age, race])
        model.compile(loss={"age": "mse", "race": "sparse_categorical_crossentropy"})
        model.compile(loss=["mse", keras.losses.SparseCategoricalCrossentropy()])
        model.fit(x, {"age": ages, "race": races})
    """,
    "applications model with include_top=False and a logits head": """
        import keras
        base = keras.applications.ResNet50(include_top=False, weights=None)
        inputs = keras.Input((224, 224, 3))
        x = base(inputs)
        x = keras.layers.GlobalAveragePooling2D()(x)
        outputs = keras.layers.Dense(5)(x)
        model = keras.Model(inputs, outputs)
        model.compile(loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True))
    """,
}


@pytest.mark.parametrize("source", SILENT.values(), ids=SILENT.keys())
def test_look_alike_stays_silent(source):
    assert codes(source) == []


# --- findings across spellings and program shapes -------------------------------------------

FOUND = {
    "tf.keras spelling": ("""
        import tensorflow as tf
        model = tf.keras.models.Sequential([tf.keras.layers.Dense(10, activation=tf.nn.softmax)])
        model.compile(loss=tf.keras.losses.CategoricalCrossentropy(from_logits=True))
    """, ["XL101"]),
    "tf_keras spelling with from-imports": ("""
        from tf_keras.layers import Dense, Activation
        from tf_keras.models import Sequential
        from tf_keras.losses import SparseCategoricalCrossentropy
        model = Sequential()
        model.add(Dense(10))
        model.add(Activation("softmax"))
        model.compile(loss=SparseCategoricalCrossentropy(from_logits=True))
    """, ["XL101"]),
    "Keras 2 module paths": ("""
        from keras.layers.core import Dense
        from keras.models import Sequential
        model = Sequential([Dense(3, activation="sigmoid")])
        model.compile(loss="categorical_crossentropy")
    """, ["XL202"]),
    "built in a function with a class-count argument": ("""
        import keras
        def build(num_classes=10):
            model = keras.Sequential([keras.layers.Dense(num_classes)])
            model.compile(loss="sparse_categorical_crossentropy")
            return model
        model = build()
    """, ["XL102"]),
    "subclassed model": ("""
        import keras
        class Classifier(keras.Model):
            def __init__(self):
                super().__init__()
                self.body = keras.layers.Dense(64, activation="relu")
                self.head = keras.layers.Dense(10, activation="softmax")
            def call(self, x):
                return self.head(self.body(x))
        model = Classifier()
        model.compile(loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True))
    """, ["XL101"]),
    "functional model with a Softmax layer": ("""
        from tensorflow import keras
        inputs = keras.Input(shape=(32,))
        x = keras.layers.Dense(10)(inputs)
        outputs = keras.layers.Softmax()(x)
        model = keras.Model(inputs, outputs)
        model.compile(loss=keras.losses.CategoricalCrossentropy(from_logits=True))
    """, ["XL101"]),
    "CIFAR-100 labels into a 10-unit head": ("""
        import keras
        (x, y), _ = keras.datasets.cifar100.load_data()
        model = keras.Sequential([keras.layers.Dense(10, activation="softmax")])
        model.compile(loss="sparse_categorical_crossentropy")
        model.fit(x, y)
    """, ["XL305"]),
    "1-based labels": ("""
        import keras
        (x, y), _ = keras.datasets.mnist.load_data()
        model = keras.Sequential([keras.layers.Dense(10, activation="softmax")])
        model.compile(loss="sparse_categorical_crossentropy")
        model.fit(x, y + 1)
    """, ["XL305"]),
    "directory dataset with categorical labels into sparse CE": ("""
        import keras
        train = keras.utils.image_dataset_from_directory("data/", label_mode="categorical")
        train = train.prefetch(2)
        model = keras.Sequential([keras.layers.Dense(4, activation="softmax")])
        model.compile(loss="sparse_categorical_crossentropy")
        model.fit(train, epochs=3)
    """, ["XL302"]),
    "directory dataset default int labels into categorical CE": ("""
        import tensorflow as tf
        train = tf.keras.preprocessing.image_dataset_from_directory("data/")
        model = tf.keras.Sequential([tf.keras.layers.Dense(4, activation="softmax")])
        model.compile(loss="categorical_crossentropy")
        model.fit(train)
    """, ["XL301"]),
    "np.eye one-hot into sparse CE": ("""
        import numpy as np
        import keras
        y_oh = np.eye(3)[y]
        model = keras.Sequential([keras.layers.Dense(3, activation="softmax")])
        model.compile(loss="sparse_categorical_crossentropy")
        model.fit(x, y_oh)
    """, ["XL302"]),
    "custom training loop with a softmax head": ("""
        import tensorflow as tf
        model = tf.keras.Sequential([tf.keras.layers.Dense(10, activation="softmax")])
        loss_fn = tf.keras.losses.CategoricalCrossentropy(from_logits=True)
        @tf.function
        def train_step(x, y):
            with tf.GradientTape() as tape:
                loss = loss_fn(y, model(x, training=True))
            return loss
    """, ["XL101"]),
    "multi-label decoded by argmax": ("""
        import numpy as np
        import keras
        model = keras.Sequential([keras.layers.Dense(20, activation="sigmoid")])
        model.compile(loss="binary_crossentropy")
        top = np.argmax(model.predict(x), axis=1)
    """, ["XL401"]),
    "AUC on a logits head": ("""
        import keras
        model = keras.Sequential([keras.layers.Dense(1)])
        model.compile(loss=keras.losses.BinaryCrossentropy(from_logits=True),
                      metrics=[keras.metrics.AUC()])
    """, ["XL403"]),
    "multi-output model, list of losses, one-hot labels for a sparse loss": ("""
        import keras
        inputs = keras.Input((64,))
        digit = keras.layers.Dense(10, activation="softmax")(inputs)
        box = keras.layers.Dense(4)(inputs)
        model = keras.Model(inputs, [digit, box])
        model.compile(loss=["sparse_categorical_crossentropy", "mse"])
        model.fit(x, [keras.utils.to_categorical(y, 10), boxes])
    """, ["XL302"]),
    "softmax over the batch axis in a model": ("""
        import keras
        inputs = keras.Input((16,))
        outputs = keras.layers.Softmax(axis=0)(keras.layers.Dense(4)(inputs))
        model = keras.Model(inputs, outputs)
    """, ["XL105"]),
}


@pytest.mark.parametrize("source, expected", FOUND.values(), ids=FOUND.keys())
def test_finding(source, expected):
    assert codes(source) == expected


# --- what a finding carries -----------------------------------------------------------------


def test_message_uses_the_users_names_and_lines():
    (finding,) = findings("""
        import keras
        from keras import layers

        net = keras.Sequential([
            layers.Dense(64, activation="relu"),
            layers.Dense(10, activation="softmax"),
        ])
        net.compile(loss=keras.losses.CategoricalCrossentropy(from_logits=True))
    """)
    assert finding.code == "XL101"
    assert finding.message.startswith(
        "`net` ends in `layers.Dense(10, activation=\"softmax\")` (line 7) but "
        "`keras.losses.CategoricalCrossentropy(from_logits=True)` (line 9) applies softmax again")
    assert (finding.span.start.row, finding.span.start.column) == (9, 18)
    assert finding.span.end.row == 9
    related_rows = sorted(r.span.start.row for r in finding.related)
    assert related_rows == [7, 9]  # the layer, and the compile() call that pairs them
    assert finding.fix is not None and finding.fix.applicability == "safe"
    (edit,) = finding.fix.edits
    assert edit.content == "False"
    assert (edit.span.start.row, edit.span.start.column) == (9, 67)


def test_duplicate_pairings_report_once():
    # compile() pairs head and loss, fit() pairs them again with labels: still one finding.
    assert codes("""
        import keras
        model = keras.Sequential([keras.layers.Dense(10, activation="softmax")])
        model.compile(loss=keras.losses.CategoricalCrossentropy(from_logits=True))
        model.fit(x, y)
        model.fit(x2, y2)
    """) == ["XL101"]


def test_analyzer_never_imports_the_analysed_code(tmp_path, monkeypatch):
    import sys

    before = set(sys.modules)
    codes("""
        import definitely_not_a_module_xyz
        from evil import payload
        payload.run()
    """)
    assert "definitely_not_a_module_xyz" not in set(sys.modules) - before
