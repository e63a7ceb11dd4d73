"""The reference's TensorFlow semantics (``xentlint.reference.tf_losses``) against TensorFlow
itself, loss by loss of the TF tables: values, gradients and dtypes on random logits and labels
of several shapes, TF1's weights, smoothing and reductions, and the edge cases the reference
documents. Skipped without TensorFlow (the ``tf`` extra)."""

from __future__ import annotations

import os

# Keras runs on torch in the tests: importing TensorFlow first must not make it pick TensorFlow.
os.environ.setdefault("KERAS_BACKEND", "torch")

import math

import numpy as np
import pytest

from xentlint.frameworks.tf import tables as TT
from xentlint.reference import tf_losses as R
from xentlint.reference.reduction import ALLOWED

tf = pytest.importorskip("tensorflow")
v1 = tf.compat.v1

# The TensorFlow function of each row (TF2's tf.nn where it has one, TF1's spelling otherwise).
TF_FUNCTIONS = {
    "tensorflow.nn.softmax_cross_entropy_with_logits": tf.nn.softmax_cross_entropy_with_logits,
    "tensorflow.nn.softmax_cross_entropy_with_logits_v2": v1.nn.softmax_cross_entropy_with_logits_v2,
    "tensorflow.nn.sparse_softmax_cross_entropy_with_logits":
        tf.nn.sparse_softmax_cross_entropy_with_logits,
    "tensorflow.nn.sigmoid_cross_entropy_with_logits": tf.nn.sigmoid_cross_entropy_with_logits,
    "tensorflow.nn.weighted_cross_entropy_with_logits": tf.nn.weighted_cross_entropy_with_logits,
    "tensorflow.losses.softmax_cross_entropy": v1.losses.softmax_cross_entropy,
    "tensorflow.losses.sparse_softmax_cross_entropy": v1.losses.sparse_softmax_cross_entropy,
    "tensorflow.losses.sigmoid_cross_entropy": v1.losses.sigmoid_cross_entropy,
    "tensorflow.losses.log_loss": v1.losses.log_loss,
}
REDUCTIONS = [r for r in ALLOWED["tf"] if r not in ("sum", "mean")]
SHAPES = [(16, 5), (4, 3, 7), (6,)]


def with_tf(key: str, prediction: np.ndarray, **kwargs):
    """TensorFlow's value and ``d sum(value) / d prediction`` (the prediction passed under the
    row's own keyword)."""
    x = tf.constant(prediction)
    with tf.GradientTape() as tape:
        tape.watch(x)
        value = TF_FUNCTIONS[key](**{TT.LOSS_FUNCTIONS[key].prediction.name: x}, **kwargs)
        total = tf.reduce_sum(value)
    return value.numpy(), tape.gradient(total, x).numpy()


def agree(key: str, prediction: np.ndarray, rtol: float = 2e-6, **kwargs) -> None:
    mine = R.LOSSES[key](prediction, **kwargs)
    value, grad = with_tf(key, prediction, **kwargs)
    assert mine.value.dtype == value.dtype and mine.grad.dtype == grad.dtype, key
    assert mine.value.shape == value.shape and mine.grad.shape == grad.shape, key
    np.testing.assert_allclose(mine.value, value, rtol=rtol, atol=1e-6, equal_nan=True)
    np.testing.assert_allclose(mine.grad, grad, rtol=rtol, atol=1e-6, equal_nan=True)


def inputs(shape: tuple[int, ...], dtype, seed: int = 0):
    rng = np.random.default_rng(seed)
    z = (rng.normal(size=shape) * 3).astype(dtype)
    c = shape[-1]
    index = rng.integers(0, c, size=shape[:-1])
    onehot = np.eye(c, dtype=dtype)[index]
    binary = (rng.random(shape) < 0.5).astype(dtype)
    return z, index, onehot, binary


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
@pytest.mark.parametrize("shape", SHAPES)
def test_tf_nn_losses(shape, dtype):
    z, index, onehot, binary = inputs(shape, dtype)
    soft = np.random.default_rng(1).dirichlet(np.ones(shape[-1]), size=shape[:-1]).astype(dtype)
    multihot = np.maximum(onehot, binary)  # rows summing to more than 1
    for key in ("tensorflow.nn.softmax_cross_entropy_with_logits",
                "tensorflow.nn.softmax_cross_entropy_with_logits_v2"):
        for labels in (onehot, soft, multihot):
            agree(key, z, labels=labels)
        if len(shape) > 1:
            agree(key, z, labels=multihot, axis=0)
    agree("tensorflow.nn.sparse_softmax_cross_entropy_with_logits", z, labels=index)
    zero = z.copy()
    zero.flat[:3] = 0  # where TF's weighted loss has its own gradient
    soft_binary = binary.copy()
    soft_binary.flat[3:6] = 0.3
    agree("tensorflow.nn.sigmoid_cross_entropy_with_logits", zero, labels=soft_binary)
    for pos_weight in (0.5, 1.0, 3.0):
        agree("tensorflow.nn.weighted_cross_entropy_with_logits", zero, labels=soft_binary,
              pos_weight=pos_weight)


@pytest.mark.parametrize("reduction", REDUCTIONS)
@pytest.mark.parametrize("dtype", [np.float32, np.float64])
@pytest.mark.parametrize("shape", SHAPES[:2])
def test_tf1_losses(shape, dtype, reduction):
    z, index, onehot, binary = inputs(shape, dtype, seed=2)
    rng = np.random.default_rng(3)
    per_sample = rng.random(shape[:-1]).astype(np.float32)
    per_sample.flat[0] = 0  # a zero weight: not counted by weighted_sum_by_nonzero_weights
    p = (1 / (1 + np.exp(-z))).astype(dtype)
    p.flat[:2] = (0, 1)  # log_loss adds epsilon: no infinity at 0 or 1
    for weights in (1.0, 2.5, 0.0, per_sample):
        column = weights if np.ndim(weights) == 0 else weights[..., None]
        agree("tensorflow.losses.softmax_cross_entropy", z, onehot_labels=onehot, weights=weights,
              label_smoothing=0.1, reduction=reduction)
        agree("tensorflow.losses.sparse_softmax_cross_entropy", z, labels=index, weights=weights,
              reduction=reduction)
        # (N, 1) class indices and weights are squeezed
        agree("tensorflow.losses.sparse_softmax_cross_entropy", z, labels=index[..., None],
              weights=column, reduction=reduction)
        agree("tensorflow.losses.sigmoid_cross_entropy", z, multi_class_labels=binary,
              weights=column, label_smoothing=0.2, reduction=reduction)
        agree("tensorflow.losses.log_loss", p, labels=binary, weights=column, reduction=reduction)
        agree("tensorflow.losses.log_loss", p, labels=binary, weights=column, epsilon=1e-3,
              reduction=reduction)


def test_tf1_defaults_and_float32_rounding():
    """TF1's default reduction divides by the non-zero weights; it reduces in float32, so a
    float64 loss comes back with float32 precision; log_loss is float32 whatever its input."""
    z, index, _, binary = inputs((8, 4), np.float64, seed=4)
    weights = np.array([0, 1, 2, 0, 1, 1, 0, 3], np.float32)
    mine = R.sparse_softmax_cross_entropy(z, index, weights=weights)
    per_example = R.sparse_softmax_cross_entropy_with_logits(z, index).value
    assert float(mine.value) == pytest.approx(float(np.sum(per_example * weights) / 5), rel=1e-6)
    assert mine.value.dtype == np.float64 and float(mine.value) == float(np.float32(mine.value))
    agree("tensorflow.losses.sparse_softmax_cross_entropy", z, labels=index, weights=weights)
    assert R.log_loss(z.clip(0, 1), binary).value.dtype == np.float32


def test_edge_cases():
    z, index, onehot, binary = inputs((8, 4), np.float32, seed=5)
    # huge logits stay finite
    big = (z * 1e4).astype(np.float32)
    agree("tensorflow.nn.softmax_cross_entropy_with_logits", big, labels=onehot, rtol=1e-5)
    agree("tensorflow.nn.sparse_softmax_cross_entropy_with_logits", big, labels=index, rtol=1e-5)
    agree("tensorflow.nn.sigmoid_cross_entropy_with_logits", big, labels=binary, rtol=1e-5)
    # (N, 1) labels broadcast in tf.nn's softmax loss (silently), (N,) when N == C too
    agree("tensorflow.nn.softmax_cross_entropy_with_logits", z, labels=index[:, None] * 1.0)
    agree("tensorflow.nn.softmax_cross_entropy_with_logits", z[:4], labels=index[:4] * 1.0)
    # the gradient of tf.nn's softmax loss is softmax - labels, whatever the labels' sum
    doubled = R.softmax_cross_entropy_with_logits(z, 2 * onehot)
    s = np.exp(z) / np.exp(z).sum(-1, keepdims=True)
    np.testing.assert_allclose(doubled.grad, s - 2 * onehot, rtol=1e-5, atol=1e-7)
    # TF's weighted loss has gradient 1 - y at exactly 0 (relu and abs), not sigmoid(0)...
    at_zero = R.weighted_cross_entropy_with_logits(np.zeros(2, np.float32),
                                                   np.array([0.0, 1.0], np.float32), 2.0)
    np.testing.assert_array_equal(at_zero.grad, [1.0, 0.0])
    np.testing.assert_allclose(at_zero.value, [math.log(2), 2 * math.log(2)], rtol=1e-6)
    # log_loss on raw outputs: NaN outside [-eps, 1 + eps], with a finite gradient
    raw = np.array([[2.0], [-1.0], [0.5]], np.float32)
    ones = np.ones_like(raw)
    agree("tensorflow.losses.log_loss", raw, labels=ones, reduction="none")
    nan = R.log_loss(raw, ones, reduction="none")
    assert np.isnan(nan.value[0, 0]) and np.isnan(nan.value[1, 0]) and np.isfinite(nan.grad).all()
    assert math.isnan(float(R.log_loss(raw, ones).value))


def test_what_tensorflow_refuses():
    z, index, _onehot, binary = inputs((8, 4), np.float32, seed=6)
    cases = [
        ("tensorflow.nn.sparse_softmax_cross_entropy_with_logits", {"labels": index + 1}),
        ("tensorflow.nn.sparse_softmax_cross_entropy_with_logits", {"labels": index[:, None]}),
        ("tensorflow.nn.sigmoid_cross_entropy_with_logits", {"labels": binary[:, 0]}),
        ("tensorflow.losses.softmax_cross_entropy", {"onehot_labels": index[:, None] * 1.0}),
        ("tensorflow.losses.log_loss", {"labels": binary[:, :1]}),
    ]
    for key, kwargs in cases:
        with pytest.raises((ValueError, IndexError, TypeError)):
            R.LOSSES[key](z, **kwargs)
        with pytest.raises((ValueError, tf.errors.InvalidArgumentError)):
            with_tf(key, z, **kwargs)
    with pytest.raises(IndexError, match="Received a label value of 4 which is outside the "
                                         r"valid range of \[0, 4\)"):
        R.sparse_softmax_cross_entropy_with_logits(z, np.full(8, 4))
    with pytest.raises(ValueError, match="logits and labels must be broadcastable"):
        R.softmax_cross_entropy_with_logits(np.zeros((2, 4, 4), np.float32),
                                            np.zeros((2, 1, 4), np.float32))


_READ_BACK = """
import numpy as np
import tensorflow as tf
import keras

logits = tf.constant([[100.0, 0.0, 0.0]])
labels = tf.constant([1])
exact = float(tf.nn.sparse_softmax_cross_entropy_with_logits(labels, logits)[0])
loss = keras.losses.sparse_categorical_crossentropy

def direct(x, y):
    return loss(y, tf.nn.softmax(x))[0]

def through_a_reshape(x, y):
    return loss(y, tf.reshape(tf.nn.softmax(x), [-1, 3]))[0]

print(exact, float(direct(logits, labels)), float(tf.function(direct)(logits, labels)),
      float(tf.function(through_a_reshape)(logits, labels)))
"""


def test_keras_reads_the_logits_back_from_a_softmax_op_only_when_traced():
    """What XL104 keeps quiet about (facts.TracedFunction, LossSpec.reads_graph_logits): on
    TensorFlow, a Keras cross-entropy given a Softmax op's output in a traced function computes
    the loss on the op's logits (exact: 100); eagerly, or through another op, it clips the
    probabilities (about 16.1)."""
    import subprocess
    import sys

    env = {**os.environ, "KERAS_BACKEND": "tensorflow", "TF_CPP_MIN_LOG_LEVEL": "3"}
    out = subprocess.run([sys.executable, "-c", _READ_BACK], env=env, capture_output=True,
                         text=True, check=True, timeout=300).stdout.split()
    exact, eager, traced, reshaped = map(float, out)
    assert exact == pytest.approx(100.0)
    assert traced == pytest.approx(exact, rel=1e-5)
    assert eager == pytest.approx(reshaped, rel=1e-5) and eager < 20
