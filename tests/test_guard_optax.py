"""``xentlint.guard`` on optax's loss functions (through the JAX runtime's ``loss_of``): what
reaches them, checked on eager calls; values unchanged. Skipped without jax/optax."""

from __future__ import annotations

import warnings

import numpy as np
import pytest

from xentlint.guard import XentlintWarning, guard

jax = pytest.importorskip("jax")
optax = pytest.importorskip("optax")
jnp = jax.numpy


def warned(fn, *args) -> list[warnings.WarningMessage]:
    """The XentlintWarnings of one call, for their messages and where they point."""
    with warnings.catch_warnings(record=True) as record:
        warnings.simplefilter("always")
        fn(*args)
    return [w for w in record if issubclass(w.category, XentlintWarning)]


@pytest.fixture
def batch():
    z = jax.random.normal(jax.random.PRNGKey(0), (16, 5))
    y = jax.random.randint(jax.random.PRNGKey(1), (16,), 0, 5)
    return z, y


def test_softmax_output_to_an_optax_loss_warns_and_keeps_values(batch, guarded_call):
    z, y = batch
    loss = guard(optax.softmax_cross_entropy_with_integer_labels)
    assert loss.xentlint_guard.expect.name == "optax.softmax_cross_entropy_with_integer_labels"
    p = jax.nn.softmax(z)
    value, found = guarded_call(loss, p, y)
    assert found == ["XL101"]
    np.testing.assert_array_equal(value, optax.softmax_cross_entropy_with_integer_labels(p, y))
    (warning,) = warned(guard(optax.softmax_cross_entropy_with_integer_labels), p, y)
    assert "softmax is applied twice" in str(warning.message)
    assert warning.filename == __file__  # the warning points at the caller's line
    # on a sequence output (N, L, C) the classes are the last axis, as optax reads them
    seq = jax.nn.softmax(jax.random.normal(jax.random.PRNGKey(2), (4, 3, 6)))
    _, found = guarded_call(guard(optax.softmax_cross_entropy), seq,
                            jax.nn.one_hot(jnp.zeros((4, 3), int), 6))
    assert found == ["XL101"]


def test_integer_labels_to_softmax_cross_entropy(batch, guarded_call):
    z, y = batch
    # (N,) labels with N != C: optax raises, the guard says why first
    _, found = guarded_call(guard(optax.softmax_cross_entropy), z, y, fails=ValueError)
    assert found == ["XL301"]
    # (N, 1) labels broadcast silently: the guard is the only one to say so
    value, found = guarded_call(guard(optax.softmax_cross_entropy), z, y[:, None])
    assert found == ["XL301"]
    np.testing.assert_array_equal(value, optax.softmax_cross_entropy(z, y[:, None]))
    (warning,) = warned(guard(optax.softmax_cross_entropy), z, y[:, None])
    assert "(16, 1) are class indices" in str(warning.message)


def test_other_target_mismatches(batch, guarded_call):
    z, y = batch
    sparse = optax.softmax_cross_entropy_with_integer_labels
    onehot = jax.nn.one_hot(y, 5).astype(jnp.int32)
    _, found = guarded_call(guard(sparse), z, onehot, fails=ValueError)
    assert found == ["XL302"]
    _, found = guarded_call(guard(sparse), z, y + 1)  # 1-based: optax returns NaN there
    assert found == ["XL305"]
    labels = (y > 2).astype(jnp.float32)
    value, found = guarded_call(guard(optax.sigmoid_binary_cross_entropy), z[:, :1], labels)
    assert found == ["XL303"] and value.shape == (16, 16)  # broadcast, silently


def test_correct_calls_do_not_warn(batch, guarded_call):
    z, y = batch
    for fn, args in [(optax.softmax_cross_entropy_with_integer_labels, (z, y)),
                     (optax.softmax_cross_entropy, (z, jax.nn.one_hot(y, 5))),
                     (optax.softmax_cross_entropy, (z, jax.nn.softmax(z * 0.5))),
                     (optax.sigmoid_binary_cross_entropy, (z, (z > 0).astype(jnp.float32)))]:
        value, found = guarded_call(guard(fn), *args)
        assert found == [], fn
        np.testing.assert_array_equal(value, fn(*args))


def test_what_the_guard_does_not_check(batch, guarded_call):
    """Losses outside the cross-entropy family pass through; so do traced calls (jax.jit,
    jax.grad hand the loss abstract tracers, with no values to read)."""
    z, y = batch
    assert guard(optax.l2_loss).xentlint_guard.expect is None
    assert guard(optax.kl_divergence).xentlint_guard.expect is None
    loss = guard(optax.softmax_cross_entropy_with_integer_labels)
    traced = jax.jit(lambda v: loss(jax.nn.softmax(v), y).mean())
    value, found = guarded_call(traced, z)
    assert found == []
    assert float(value) == pytest.approx(float(
        optax.softmax_cross_entropy_with_integer_labels(jax.nn.softmax(z), y).mean()))


def test_jax_arrays_become_numpy():
    from xentlint.guard import _numpy

    x = jnp.arange(6, dtype=jnp.float32).reshape(2, 3) / 10
    assert isinstance(_numpy(x), np.ndarray)
    half = _numpy(x.astype(jnp.bfloat16))
    assert half.dtype == np.float32
    np.testing.assert_allclose(half, np.asarray(x), atol=1e-2)
