"""The reference losses against optax (``semantics="optax"``), values and gradients through
``jax.grad``. Skipped when jax/optax are not installed."""

from __future__ import annotations

import numpy as np
import pytest

from xentlint import reference as R
from xentlint.reference.samples import indices, logits, one_hot, probabilities

optax = pytest.importorskip("optax")
jax = pytest.importorskip("jax")
jax.config.update("jax_enable_x64", True)
jnp = jax.numpy

DTYPES = [np.float32, np.float64]


def tolerances(dtype):
    if np.dtype(dtype) == np.float32:
        return {"rtol": 3e-5, "atol": 3e-6}
    return {"rtol": 1e-10, "atol": 1e-12}


def jax_run(fn, pred, *args, **kwargs):
    value = fn(jnp.asarray(pred), *args, **kwargs)
    grad = jax.grad(lambda p: fn(p, *args, **kwargs).sum())(jnp.asarray(pred))
    return np.asarray(value), np.asarray(grad)


def both_scales(shape, dtype):
    """Standard-normal and extreme (+-1e4) logits in one batch: one jax compilation per test."""
    return np.concatenate([logits(shape, dtype), logits(shape, dtype, "extreme", seed=5)])


def check(result, expected, dtype):
    tol = tolerances(dtype)
    np.testing.assert_allclose(result.value, expected[0], **tol)
    np.testing.assert_allclose(result.grad, expected[1], **tol)


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("shape", [(7, 5), (2, 3, 4)])
def test_softmax_cross_entropy_with_integer_labels(dtype, shape):
    z = both_scales(shape, dtype)
    y = indices(z.shape[:-1], shape[-1])
    expected = jax_run(optax.softmax_cross_entropy_with_integer_labels, z, jnp.asarray(y))
    check(R.sparse_cross_entropy(z, y, semantics="optax"), expected, dtype)


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("smoothing", [0.0, 0.1])
@pytest.mark.parametrize("soft", [False, True])
def test_softmax_cross_entropy(dtype, smoothing, soft):
    z = both_scales((6, 4), dtype)
    y = probabilities((12, 4), dtype) if soft else one_hot(indices((12,), 4), 4, dtype)
    labels = optax.smooth_labels(jnp.asarray(y), smoothing) if smoothing else jnp.asarray(y)
    expected = jax_run(optax.softmax_cross_entropy, z, labels)
    check(R.categorical_cross_entropy(z, y, semantics="optax", label_smoothing=smoothing),
          expected, dtype)


@pytest.mark.parametrize("dtype", DTYPES)
def test_sigmoid_binary_cross_entropy(dtype):
    z = both_scales((5, 3), dtype)
    y = np.random.default_rng(0).uniform(size=(10, 3)).astype(dtype)
    expected = jax_run(optax.sigmoid_binary_cross_entropy, z, jnp.asarray(y))
    check(R.binary_cross_entropy_with_logits(z, y, semantics="optax"), expected, dtype)


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("alpha,gamma", [(None, 2.0), (0.25, 2.0), (0.7, 1.5), (None, 0.0)])
def test_sigmoid_focal_loss(dtype, alpha, gamma):
    z = logits((6, 3), dtype, 4.0)
    y = np.random.default_rng(1).integers(0, 2, size=(6, 3)).astype(dtype)
    expected = jax_run(optax.sigmoid_focal_loss, z, jnp.asarray(y), alpha=alpha, gamma=gamma)
    check(R.sigmoid_focal_loss(z, y, semantics="optax", alpha=alpha, gamma=gamma), expected, dtype)


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("log_target", [False, True])
def test_kl_divergence(dtype, log_target):
    log_q = R.log_softmax(logits((5, 6), dtype))
    p = probabilities((5, 6), dtype)
    if log_target:
        expected = jax_run(optax.losses.kl_divergence_with_log_targets, log_q, jnp.log(jnp.asarray(p)))
        result = R.kl_div(log_q, np.log(p), semantics="optax", log_target=True)
    else:
        expected = jax_run(optax.losses.kl_divergence, log_q, jnp.asarray(p))
        result = R.kl_div(log_q, p, semantics="optax")
    check(result, expected, dtype)


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("shape", [(6, 1), (4,)])  # (N, 1) class indices; (N,) with N == C
def test_softmax_cross_entropy_broadcasts_integer_labels(dtype, shape):
    """optax multiplies labels and log-probabilities: integer labels of these shapes broadcast
    silently (XL301), and the reference broadcasts them the same way."""
    z = logits((6 if len(shape) == 2 else 4, 4), dtype)
    y = indices(shape, 4)
    expected = jax_run(optax.softmax_cross_entropy, z, jnp.asarray(y))
    check(R.categorical_cross_entropy(z, y, semantics="optax"), expected, dtype)


@pytest.mark.parametrize("dtype", DTYPES)
def test_sigmoid_binary_cross_entropy_broadcast(dtype):
    """(N, 1) logits against (N,) labels: an (N, N) loss, and the gradient of the (N, 1) input
    summed over the broadcast axis (XL303)."""
    z = logits((7, 1), dtype)
    y = np.random.default_rng(2).integers(0, 2, size=7).astype(dtype)
    expected = jax_run(optax.sigmoid_binary_cross_entropy, z, jnp.asarray(y))
    assert expected[0].shape == (7, 7) and expected[1].shape == (7, 1)
    check(R.binary_cross_entropy_with_logits(z, y, semantics="optax"), expected, dtype)
