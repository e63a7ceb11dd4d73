"""``xentlint.guard`` on TensorFlow's loss functions (through the TF runtime's ``loss_of``):
``tf.nn``'s and TF1's ``tf.compat.v1.losses``, under every spelling; what reaches them is
checked on eager calls, values unchanged, traced calls passed through. Skipped without
TensorFlow (the ``tf`` extra)."""

from __future__ import annotations

import os

# Keras runs on torch in the tests: importing TensorFlow first must not make it pick TensorFlow.
os.environ.setdefault("KERAS_BACKEND", "torch")

import warnings

import numpy as np
import pytest

from xentlint.frameworks.tf import runtime
from xentlint.guard import XentlintWarning, guard

tf = pytest.importorskip("tensorflow")
v1 = tf.compat.v1


def call(fn, **kwargs) -> tuple[object, list[str], list[warnings.WarningMessage]]:
    """A guarded TF loss called with keywords (as TF code calls them): value, codes, warnings."""
    with warnings.catch_warnings(record=True) as record:
        warnings.simplefilter("always")
        value = fn(**kwargs)
    found = [w for w in record if issubclass(w.category, XentlintWarning)]
    return value, [str(w.message).split()[0] for w in found], found


@pytest.fixture
def batch():
    rng = np.random.default_rng(0)
    z = rng.normal(size=(16, 5)).astype(np.float32)
    y = rng.integers(0, 5, 16)
    return z, y, np.eye(5, dtype=np.float32)[y]


def test_every_spelling_is_its_row():
    names = {
        tf.nn.softmax_cross_entropy_with_logits: "tf.nn.softmax_cross_entropy_with_logits",
        v1.nn.softmax_cross_entropy_with_logits: "tf.nn.softmax_cross_entropy_with_logits",
        v1.nn.softmax_cross_entropy_with_logits_v2: "tf.nn.softmax_cross_entropy_with_logits_v2",
        tf.nn.sparse_softmax_cross_entropy_with_logits:
            "tf.nn.sparse_softmax_cross_entropy_with_logits",
        v1.nn.sparse_softmax_cross_entropy_with_logits:
            "tf.nn.sparse_softmax_cross_entropy_with_logits",
        tf.nn.sigmoid_cross_entropy_with_logits: "tf.nn.sigmoid_cross_entropy_with_logits",
        v1.nn.sigmoid_cross_entropy_with_logits: "tf.nn.sigmoid_cross_entropy_with_logits",
        tf.nn.weighted_cross_entropy_with_logits: "tf.nn.weighted_cross_entropy_with_logits",
        v1.losses.softmax_cross_entropy: "tf.compat.v1.losses.softmax_cross_entropy",
        v1.losses.sparse_softmax_cross_entropy: "tf.compat.v1.losses.sparse_softmax_cross_entropy",
        v1.losses.sigmoid_cross_entropy: "tf.compat.v1.losses.sigmoid_cross_entropy",
        v1.losses.log_loss: "tf.compat.v1.losses.log_loss",
        v1.losses.mean_squared_error: "tf.compat.v1.losses.mean_squared_error",
    }
    for fn, name in names.items():
        found = runtime.loss_of(fn)
        assert found is not None and found[1] == name, fn
    assert runtime.loss_of(tf.nn.softmax) is None
    assert runtime.loss_of(tf.keras.losses.categorical_crossentropy) is None  # Keras's row
    assert guard(v1.losses.mean_squared_error).xentlint_guard.expect is None  # not guarded


def test_softmax_output_to_a_tf_loss_warns_and_keeps_values(batch):
    z, y, onehot = batch
    p = tf.nn.softmax(z)
    loss = guard(tf.nn.sparse_softmax_cross_entropy_with_logits)
    value, found, (warning,) = call(loss, labels=y, logits=p)
    assert found == ["XL101"] and "softmax is applied twice" in str(warning.message)
    assert warning.filename == __file__  # the warning points at the caller's line
    np.testing.assert_array_equal(value, tf.nn.sparse_softmax_cross_entropy_with_logits(
        labels=y, logits=p))
    # TF1's loss, positional (onehot_labels, logits), as TF1 code calls it
    with warnings.catch_warnings(record=True) as record:
        warnings.simplefilter("always")
        guard(v1.losses.softmax_cross_entropy)(onehot, p)
    assert [str(w.message).split()[0] for w in record
            if issubclass(w.category, XentlintWarning)] == ["XL101"]


def test_label_mismatches(batch):
    z, y, onehot = batch
    # (N, 1) class indices broadcast silently in tf.nn's softmax loss: only the guard says so
    column = y[:, None].astype(np.float32)
    value, found, _ = call(guard(tf.nn.softmax_cross_entropy_with_logits), labels=column,
                           logits=z)
    assert found == ["XL301"]
    np.testing.assert_array_equal(value, tf.nn.softmax_cross_entropy_with_logits(
        labels=column, logits=z))
    # one-hot rows to the index loss: TF raises, the guard says why first
    with pytest.raises((ValueError, tf.errors.InvalidArgumentError)):
        call(guard(tf.nn.sparse_softmax_cross_entropy_with_logits), labels=onehot.astype(int),
             logits=z)
    # 1-based labels: TF raises on the index equal to C (on CPU); the guard names the cause
    with warnings.catch_warnings(record=True) as record:
        warnings.simplefilter("always")
        with pytest.raises(tf.errors.InvalidArgumentError):
            guard(tf.nn.sparse_softmax_cross_entropy_with_logits)(labels=y + 1, logits=z)
    assert [str(w.message).split()[0] for w in record
            if issubclass(w.category, XentlintWarning)] == ["XL305"]


def test_log_loss_on_logits(batch):
    z, _, _ = batch
    labels = (z[:, :1] > 0).astype(np.float32)
    value, found, (warning,) = call(guard(v1.losses.log_loss), labels=labels,
                                    predictions=z[:, :1])
    assert found == ["XL102"] and "expects probabilities" in str(warning.message)
    assert np.isnan(float(value))  # TF's own answer: NaN, which the guard does not change


def test_correct_calls_do_not_warn(batch):
    z, y, onehot = batch
    binary = (z > 0).astype(np.float32)
    for fn, kwargs in [
        (tf.nn.sparse_softmax_cross_entropy_with_logits, {"labels": y, "logits": z}),
        (tf.nn.softmax_cross_entropy_with_logits, {"labels": onehot, "logits": z}),
        (tf.nn.sigmoid_cross_entropy_with_logits, {"labels": binary, "logits": z}),
        (tf.nn.weighted_cross_entropy_with_logits, {"labels": binary, "logits": z, "pos_weight": 2.0}),
        (v1.losses.sparse_softmax_cross_entropy, {"labels": y[:, None], "logits": z}),
        (v1.losses.log_loss, {"labels": binary, "predictions": tf.sigmoid(z)}),
    ]:
        value, found, _ = call(guard(fn), **kwargs)
        assert found == [], fn
        np.testing.assert_array_equal(value, fn(**kwargs))


def test_traced_calls_pass_through(batch):
    """Inside ``tf.function`` the loss gets symbolic tensors (no values): unchecked."""
    z, y, _ = batch
    loss = guard(tf.nn.sparse_softmax_cross_entropy_with_logits)
    traced = tf.function(lambda v: tf.reduce_mean(loss(labels=y, logits=tf.nn.softmax(v))))
    value, found, _ = call(traced, v=tf.constant(z))
    assert found == []
    assert float(value) == pytest.approx(float(tf.reduce_mean(
        tf.nn.sparse_softmax_cross_entropy_with_logits(labels=y, logits=tf.nn.softmax(z)))))
