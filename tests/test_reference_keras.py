"""The reference losses against Keras 3 on the torch backend: values and gradients with
respect to the model output (``semantics="keras"``: clipping to [1e-7, 1 - 1e-7], the row
renormalisation of the categorical losses, label smoothing, ignore_class, reductions)."""

from __future__ import annotations

import os

os.environ.setdefault("KERAS_BACKEND", "torch")

import itertools

import numpy as np
import pytest

from xentlint import reference as R
from xentlint.reference.samples import indices, logits, one_hot, probabilities

torch = pytest.importorskip("torch")
keras = pytest.importorskip("keras")
if keras.backend.backend() != "torch":
    pytest.skip("these tests need KERAS_BACKEND=torch", allow_module_level=True)

DTYPES = [np.float32, np.float64]
REDUCTIONS = ["sum_over_batch_size", "sum", None, "mean_with_sample_weight"]


def tolerances(dtype):
    if np.dtype(dtype) == np.float32:
        return {"rtol": 3e-5, "atol": 3e-6}
    return {"rtol": 1e-10, "atol": 1e-12}


def keras_run(loss, y_true, y_pred, sample_weight=None):
    t = torch.tensor(y_pred, requires_grad=True)
    value = loss(torch.tensor(y_true), t, sample_weight=sample_weight)
    value.sum().backward()
    return value.detach().numpy(), t.grad.numpy()


def check(result, expected, dtype):
    value, grad = expected
    tol = tolerances(dtype)
    np.testing.assert_allclose(np.asarray(result.value), value, **tol)
    np.testing.assert_allclose(result.grad, grad, **tol)
    assert result.grad.dtype == np.dtype(dtype)


def keras_reduction(reduction):
    return "none" if reduction is None else reduction


def weights_for(n, weighted, dtype):
    return np.linspace(0.2, 1.5, n).astype(dtype) if weighted else None


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("from_logits,scale", [(True, "normal"), (True, "extreme"),
                                               (False, "probs"), (False, "raw")])
@pytest.mark.parametrize("reduction,weighted,ignore", list(itertools.product(
    REDUCTIONS, [False, True], [None, 3])))
def test_sparse_categorical(dtype, from_logits, scale, reduction, weighted, ignore):
    shape = (8, 5)
    if scale == "probs":
        pred = probabilities(shape, dtype)
        pred[0] = [1, 0, 0, 0, 0]  # a saturated row: the clip bites
    elif scale == "raw":  # what XL102 is about: logits to a probability loss
        pred = logits(shape, dtype)
    else:
        pred = logits(shape, dtype, scale)
    y = indices((8,), 5)
    if ignore is not None:
        y[::3] = ignore
    sw = weights_for(8, weighted, dtype)
    loss = keras.losses.SparseCategoricalCrossentropy(
        from_logits=from_logits, ignore_class=ignore, reduction=reduction, dtype=np.dtype(dtype).name)
    expected = keras_run(loss, y, pred, None if sw is None else torch.tensor(sw))
    result = R.sparse_cross_entropy(pred, y, semantics="keras", from_logits=from_logits,
                                    ignore_index=ignore, reduction=keras_reduction(reduction),
                                    sample_weight=sw)
    check(result, expected, dtype)


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("from_logits,scale", [(True, "normal"), (True, "extreme"),
                                               (False, "probs"), (False, "raw")])
@pytest.mark.parametrize("shape,axis", [((6, 4), -1), ((3, 4, 5), 1)])
@pytest.mark.parametrize("reduction,smoothing", list(itertools.product(REDUCTIONS[:3], [0.0, 0.1])))
def test_categorical(dtype, from_logits, scale, shape, axis, reduction, smoothing):
    if scale == "probs":
        pred = probabilities(shape, dtype, axis=axis)
    elif scale == "raw":
        pred = logits(shape, dtype)
    else:
        pred = logits(shape, dtype, scale)
    y = np.moveaxis(one_hot(indices(np.moveaxis(pred, axis, -1).shape[:-1], shape[axis]),
                            shape[axis], dtype), -1, axis)
    loss = keras.losses.CategoricalCrossentropy(from_logits=from_logits, label_smoothing=smoothing,
                                                axis=axis, reduction=reduction,
                                                dtype=np.dtype(dtype).name)
    expected = keras_run(loss, y, pred)
    result = R.categorical_cross_entropy(pred, y, semantics="keras", from_logits=from_logits,
                                         label_smoothing=smoothing, axis=axis,
                                         reduction=keras_reduction(reduction))
    check(result, expected, dtype)


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("from_logits,scale", [(True, "normal"), (True, "extreme"),
                                               (False, "probs"), (False, "raw")])
@pytest.mark.parametrize("shape", [(10, 1), (6, 3)])
@pytest.mark.parametrize("reduction,smoothing,weighted", list(itertools.product(
    REDUCTIONS, [0.0, 0.2], [False, True])))
def test_binary(dtype, from_logits, scale, shape, reduction, smoothing, weighted):
    rng = np.random.default_rng(7)
    if scale == "probs":
        pred = rng.uniform(0, 1, size=shape).astype(dtype)
        pred.flat[:3] = [0.0, 1.0, 1e-9]
    elif scale == "raw":
        pred = logits(shape, dtype)
    else:
        pred = logits(shape, dtype, scale)
    y = rng.integers(0, 2, size=shape).astype(dtype)
    sw = weights_for(shape[0], weighted, dtype)
    loss = keras.losses.BinaryCrossentropy(from_logits=from_logits, label_smoothing=smoothing,
                                           reduction=reduction, dtype=np.dtype(dtype).name)
    expected = keras_run(loss, y, pred, None if sw is None else torch.tensor(sw))
    fn = R.binary_cross_entropy_with_logits if from_logits else R.binary_cross_entropy
    result = fn(pred, y, semantics="keras", label_smoothing=smoothing,
                reduction=keras_reduction(reduction), sample_weight=sw)
    check(result, expected, dtype)


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("from_logits", [True, False])
@pytest.mark.parametrize("gamma,alpha,balance,smoothing", [
    (2.0, 0.25, False, 0.0), (2.0, 0.25, True, 0.0), (3.0, 0.6, True, 0.1), (0.0, 0.25, False, 0.0),
    (1.5, 0.25, True, 0.0)])
def test_binary_focal(dtype, from_logits, gamma, alpha, balance, smoothing):
    rng = np.random.default_rng(8)
    pred = (logits((6, 3), dtype, 3.0) if from_logits
            else rng.uniform(0.01, 0.99, size=(6, 3)).astype(dtype))
    y = rng.integers(0, 2, size=(6, 3)).astype(dtype)
    loss = keras.losses.BinaryFocalCrossentropy(
        apply_class_balancing=balance, alpha=alpha, gamma=gamma, from_logits=from_logits,
        label_smoothing=smoothing, dtype=np.dtype(dtype).name)
    result = R.binary_focal_cross_entropy(pred, y, from_logits=from_logits, gamma=gamma, alpha=alpha,
                                          apply_class_balancing=balance, label_smoothing=smoothing)
    check(result, keras_run(loss, y, pred), dtype)


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("from_logits", [True, False])
@pytest.mark.parametrize("gamma,alpha,smoothing", [
    (2.0, 0.25, 0.0), (3.0, [0.1, 0.2, 0.3, 0.4], 0.1), (0.0, 1.0, 0.0), (1.5, 0.5, 0.0)])
def test_categorical_focal(dtype, from_logits, gamma, alpha, smoothing):
    if isinstance(alpha, list) and dtype == np.float64:
        pytest.skip("Keras turns a float64 loss into float32 when alpha is a list (its promotion "
                    "rules); the reference stays in float64")
    pred = logits((6, 4), dtype, 2.0) if from_logits else probabilities((6, 4), dtype)
    y = one_hot(indices((6,), 4), 4, dtype)
    loss = keras.losses.CategoricalFocalCrossentropy(alpha=alpha, gamma=gamma,
                                                     from_logits=from_logits,
                                                     label_smoothing=smoothing,
                                                     dtype=np.dtype(dtype).name)
    result = R.categorical_focal_cross_entropy(pred, y, from_logits=from_logits, alpha=alpha,
                                               gamma=gamma, label_smoothing=smoothing)
    check(result, keras_run(loss, y, pred), dtype)


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("reduction", REDUCTIONS[:3])
def test_kl_divergence(dtype, reduction):
    p = probabilities((5, 6), dtype, seed=3)
    q = probabilities((5, 6), dtype)
    q[0, 0] = 0.0
    loss = keras.losses.KLDivergence(reduction=reduction, dtype=np.dtype(dtype).name)
    check(R.kl_div(p, q, semantics="keras", reduction=keras_reduction(reduction)),
          keras_run(loss, q, p), dtype)
