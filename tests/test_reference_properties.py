"""Properties of the reference losses, for any logits hypothesis finds (float64, |z| <= 1e4):
softmax rows sum to 1, cross-entropy >= entropy, KL >= 0 and 0 at equality, invariance to a
constant added to the logits, gradients of softmax losses summing to 0 over the classes."""

from __future__ import annotations

import numpy as np
import pytest

from xentlint import reference as R

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

FAST = settings(max_examples=60, deadline=None, database=None)  # no .hypothesis/ in the repo
finite = st.floats(-1e4, 1e4, allow_nan=False, allow_infinity=False)
moderate = st.floats(-30, 30, allow_nan=False, allow_infinity=False)
shapes = hnp.array_shapes(min_dims=2, max_dims=3, min_side=2, max_side=6)


def arrays(elements=finite, shape=shapes):
    return hnp.arrays(np.float64, shape, elements=elements)


@FAST
@given(arrays())
def test_softmax_rows_sum_to_one(z):
    s = R.softmax(z, axis=-1)
    assert np.all((s >= 0) & (s <= 1))
    np.testing.assert_allclose(s.sum(axis=-1), 1.0, rtol=1e-12)
    np.testing.assert_allclose(np.exp(R.log_softmax(z, axis=-1)), s, rtol=1e-9, atol=1e-300)


@FAST
@given(arrays(moderate), arrays(moderate))
def test_cross_entropy_is_at_least_the_entropy(z, t):
    if z.shape != t.shape:
        t = np.resize(t, z.shape)
    q = R.softmax(t)
    ce = R.categorical_cross_entropy(z, q, semantics="optax").value
    entropy = -np.sum(q * R.log_softmax(t), axis=-1)
    assert np.all(ce >= entropy - 1e-9 * np.maximum(1, np.abs(entropy)))


@FAST
@given(arrays(moderate), arrays(moderate))
def test_kl_is_nonnegative_and_zero_at_equality(z, t):
    if z.shape != t.shape:
        t = np.resize(t, z.shape)
    kl = R.kl_div(R.log_softmax(z), R.softmax(t), semantics="optax").value
    assert np.all(kl >= -1e-9)
    same = R.kl_div(R.log_softmax(t), R.log_softmax(t), semantics="optax", log_target=True).value
    np.testing.assert_allclose(same, 0.0, atol=1e-12)


@FAST
@given(arrays(), st.floats(-1e3, 1e3), st.integers(0, 2**31 - 1))
def test_invariant_to_a_constant_added_to_the_logits(z, c, seed):
    y = np.random.default_rng(seed).integers(0, z.shape[-1], size=z.shape[:-1])
    a = R.sparse_cross_entropy(z, y, semantics="keras", reduction="none")
    b = R.sparse_cross_entropy(z + c, y, semantics="keras", reduction="none")
    scale = 1e-12 * (np.abs(z).max() + abs(c) + 1)
    np.testing.assert_allclose(a.value, b.value, rtol=1e-9, atol=scale * 10)
    np.testing.assert_allclose(a.grad, b.grad, atol=1e-9)


@FAST
@given(arrays(), st.integers(0, 2**31 - 1), st.floats(0, 1))
def test_softmax_gradients_sum_to_zero_over_the_classes(z, seed, smoothing):
    y = np.random.default_rng(seed).integers(0, z.shape[1], size=(z.shape[0],) + z.shape[2:])
    g = R.sparse_cross_entropy(z, y, label_smoothing=smoothing).grad
    np.testing.assert_allclose(g.sum(axis=1), 0.0, atol=1e-12)
    assert np.all(np.isfinite(g))


@FAST
@given(arrays(st.floats(-15, 15)), st.integers(0, 2**31 - 1))
def test_logits_loss_equals_probability_loss_away_from_the_clamp(z, seed):
    # (beyond |z| ~ 15, 1 - sigmoid(z) loses digits: what XL104 is about)
    y = np.random.default_rng(seed).integers(0, 2, size=z.shape).astype(np.float64)
    a = R.binary_cross_entropy_with_logits(z, y, reduction="none").value
    b = R.binary_cross_entropy(R.sigmoid(z), y, reduction="none").value
    np.testing.assert_allclose(a, b, rtol=1e-6, atol=1e-9)
