"""The reference losses against high-precision arithmetic (mpmath, 50 digits): values and
gradients to a relative error of 1e-12 in float64, away from the clipping regions; gradients
of every loss also against central finite differences."""

from __future__ import annotations

import numpy as np
import pytest

from xentlint import reference as R
from xentlint.reference.samples import (
    binary_labels,
    indices,
    logits,
    one_hot,
    probabilities,
)

mpmath = pytest.importorskip("mpmath")
mp = mpmath.mp
mp.dps = 50
REL = 1e-12


def mp_array(x):
    return [mp.mpf(float(v)) for v in np.asarray(x, dtype=np.float64).ravel()]


def mp_value_grad(f, x):
    """``f(flat list of mpf) -> mpf``: its value and its gradient, by mpmath's high-precision
    differentiation, one coordinate at a time."""
    flat = mp_array(x)
    value = f(flat)
    grad = []
    for i in range(len(flat)):
        def partial(t, i=i):
            moved = list(flat)
            moved[i] = t
            return f(moved)
        grad.append(mp.diff(partial, flat[i]))
    return float(value), np.array([float(g) for g in grad]).reshape(np.shape(x))


def assert_close(result, expected, rel=REL):
    value, grad = expected
    assert abs(float(result.value) - value) <= rel * abs(value)
    scale = np.max(np.abs(grad))
    np.testing.assert_allclose(result.grad, grad, rtol=rel, atol=rel * scale)


# Keras averages binary losses over the last axis in float32, even for float64 input (its
# promotion rules): those are exact only to float32 precision, by Keras's own semantics.
KERAS_BINARY_REL = 2e-7


def rows(flat, shape):
    n = shape[-1]
    return [flat[i:i + n] for i in range(0, len(flat), n)]


def mp_log_softmax(row):
    total = mp.fsum(mp.exp(v) for v in row)
    return [v - mp.log(total) for v in row]


def mp_sigmoid(v):
    return 1 / (1 + mp.exp(-v))


# --- softmax family -------------------------------------------------------------------------

@pytest.mark.parametrize("smoothing,weighted", [(0.0, False), (0.1, False), (0.0, True),
                                                (0.2, True)])
def test_sparse_cross_entropy_torch(smoothing, weighted):
    z = logits((4, 5), np.float64, 3.0)
    y = indices((4,), 5)
    w = [0.5, 1.0, 1.5, 2.0, 2.5] if weighted else [1.0] * 5

    def f(flat):
        total, denominator = mp.mpf(0), mp.mpf(0)
        for row, t in zip(rows(flat, z.shape), y):
            lp = mp_log_softmax(row)
            nll = -w[t] * lp[t]
            smooth = -mp.fsum(w[c] * lp[c] for c in range(5))
            total += (1 - smoothing) * nll + smoothing / 5 * smooth
            denominator += w[t]
        return total / denominator

    result = R.sparse_cross_entropy(z, y, label_smoothing=smoothing,
                                    weight=np.array(w) if weighted else None)
    assert_close(result, mp_value_grad(f, z))


@pytest.mark.parametrize("semantics", ["keras", "optax", "torch"])
def test_categorical_soft_targets(semantics):
    z = logits((3, 4), np.float64, 2.0)
    q = probabilities((3, 4), np.float64)

    def f(flat):
        return mp.fsum(-mp.fsum(qc * lc for qc, lc in zip(qr, mp_log_softmax(row)))
                       for row, qr in zip(rows(flat, z.shape), q.tolist())) / 3

    result = R.categorical_cross_entropy(z, q, semantics=semantics, reduction="mean" if
                                         semantics != "keras" else "sum_over_batch_size")
    if semantics == "keras":  # Keras divides in float32: compare the sum
        result = R.categorical_cross_entropy(z, q, semantics="keras", reduction="sum")
        value, grad = mp_value_grad(f, z)
        assert_close(result, (value * 3, grad * 3))
    else:
        assert_close(result, mp_value_grad(f, z))


def test_keras_categorical_on_probabilities_away_from_clipping():
    p = probabilities((3, 4), np.float64) * 1.7  # unnormalised rows: Keras divides by the sum
    y = one_hot(indices((3,), 4), 4, np.float64)

    def f(flat):
        out = mp.mpf(0)
        for row, yr in zip(rows(flat, p.shape), y.tolist()):
            s = mp.fsum(row)
            out -= mp.fsum(yc * mp.log(v / s) for yc, v in zip(yr, row))
        return out

    assert_close(R.categorical_cross_entropy(p, y, from_logits=False, semantics="keras",
                                             reduction="sum"), mp_value_grad(f, p))


def test_nll_and_kl_div():
    x = logits((3, 4), np.float64)
    y = indices((3,), 4)

    def nll(flat):
        return -mp.fsum(row[t] for row, t in zip(rows(flat, x.shape), y)) / 3

    assert_close(R.nll_loss(x, y), mp_value_grad(nll, x))
    q = probabilities((3, 4), np.float64)

    def kl(flat):
        return mp.fsum(qc * (mp.log(qc) - v) for v, qc in zip(flat, q.ravel().tolist())) / 3

    assert_close(R.kl_div(x, q, reduction="batchmean"), mp_value_grad(kl, x))


# --- sigmoid family -------------------------------------------------------------------------

@pytest.mark.parametrize("pos_weight,weighted,soft", [(None, False, False), (3.0, False, False),
                                                      (0.5, True, True)])
def test_bce_with_logits(pos_weight, weighted, soft):
    z = logits((3, 4), np.float64, 4.0)
    y = (np.random.default_rng(0).uniform(size=(3, 4)) if soft
         else binary_labels((3, 4), np.float64))
    w = np.linspace(0.5, 2, 12).reshape(3, 4) if weighted else np.ones((3, 4))
    pw = 1.0 if pos_weight is None else pos_weight

    def f(flat):
        return mp.fsum(-wi * (pw * yi * mp.log(mp_sigmoid(v)) + (1 - yi) * mp.log(1 - mp_sigmoid(v)))
                       for v, yi, wi in zip(flat, y.ravel().tolist(), w.ravel().tolist())) / 12

    result = R.binary_cross_entropy_with_logits(z, y, pos_weight=pos_weight,
                                                weight=w if weighted else None)
    assert_close(result, mp_value_grad(f, z))


def test_bce_on_probabilities_away_from_the_clamp():
    p = np.random.default_rng(1).uniform(0.05, 0.95, size=(3, 4))
    y = binary_labels((3, 4), np.float64)

    def f(flat):
        return mp.fsum(-(yi * mp.log(v) + (1 - yi) * mp.log(1 - v))
                       for v, yi in zip(flat, y.ravel().tolist())) / 12

    assert_close(R.binary_cross_entropy(p, y), mp_value_grad(f, p))
    # Keras: the same, averaged per sample (in float32 for the mean), away from the clip
    value, grad = mp_value_grad(f, p)
    keras = R.binary_cross_entropy(p, y, semantics="keras", reduction="sum")
    assert_close(keras, (value * 3, grad * 3), rel=KERAS_BINARY_REL)


@pytest.mark.parametrize("alpha,gamma", [(0.25, 2.0), (None, 1.5), (0.6, 3.0)])
def test_sigmoid_focal_loss(alpha, gamma):
    z = logits((3, 4), np.float64, 3.0)
    y = binary_labels((3, 4), np.float64)

    def f(flat):
        out = mp.mpf(0)
        for v, yi in zip(flat, y.ravel().tolist()):
            p = mp_sigmoid(v)
            p_t = p * yi + (1 - p) * (1 - yi)
            term = -mp.log(p_t) * (1 - p_t) ** gamma
            if alpha is not None:
                term *= alpha * yi + (1 - alpha) * (1 - yi)
            out += term
        return out

    result = R.sigmoid_focal_loss(z, y, alpha=alpha, gamma=gamma, reduction="sum",
                                  semantics="optax" if alpha is None else "torch")
    assert_close(result, mp_value_grad(f, z))


def test_keras_focal_losses_away_from_clipping():
    z = logits((3, 4), np.float64)
    y = binary_labels((3, 4), np.float64)

    def binary(flat):
        out = mp.mpf(0)
        for v, yi in zip(flat, y.ravel().tolist()):
            p = mp_sigmoid(v)
            p_t = yi * p + (1 - yi) * (1 - p)
            out += (1 - p_t) ** 2 * -mp.log(p_t)
        return out / 4

    assert_close(R.binary_focal_cross_entropy(z, y, from_logits=True, reduction="sum"),
                 mp_value_grad(binary, z), rel=KERAS_BINARY_REL)
    t = one_hot(indices((3,), 4), 4, np.float64)

    def categorical(flat):
        out = mp.mpf(0)
        for row, tr in zip(rows(flat, z.shape), t.tolist()):
            lp = mp_log_softmax(row)
            out += mp.fsum(0.25 * (1 - mp.exp(l)) ** 2 * -tc * l for l, tc in zip(lp, tr))
        return out

    assert_close(R.categorical_focal_cross_entropy(z, t, from_logits=True, reduction="sum"),
                 mp_value_grad(categorical, z))


# --- every loss against finite differences --------------------------------------------------

def finite_difference(f, x, h=1e-6):
    grad = np.zeros_like(x)
    for i in np.ndindex(x.shape):
        up, down = x.copy(), x.copy()
        up[i] += h
        down[i] -= h
        grad[i] = (float(np.sum(f(up).value)) - float(np.sum(f(down).value))) / (2 * h)
    return grad


Z = logits((3, 4), np.float64, 2.0)
Y = indices((3,), 4)
Q = one_hot(Y, 4, np.float64)
B = binary_labels((3, 4), np.float64)
P = np.random.default_rng(5).uniform(0.05, 0.95, size=(3, 4))
CASES = {
    "sparse torch": lambda x: R.sparse_cross_entropy(x, Y, label_smoothing=0.1,
                                                     weight=np.array([1, 2, 3, 4.0])),
    "sparse keras probs": lambda x: R.sparse_cross_entropy(R.softmax(x), Y, from_logits=False,
                                                           semantics="keras", reduction="sum"),
    "categorical keras": lambda x: R.categorical_cross_entropy(x, Q, semantics="keras",
                                                               label_smoothing=0.1, reduction="sum"),
    "nll": lambda x: R.nll_loss(x, Y, weight=np.array([1, 2, 3, 4.0])),
    "kl keras": lambda x: R.kl_div(R.softmax(x), R.softmax(Z + 1), semantics="keras", reduction="sum"),
    "bce logits": lambda x: R.binary_cross_entropy_with_logits(x, B, pos_weight=2.0),
    "bce probs": lambda x: R.binary_cross_entropy(R.sigmoid(x), B),
    "categorical focal": lambda x: R.categorical_focal_cross_entropy(x, Q, from_logits=True,
                                                                     reduction="sum"),
    "sigmoid focal": lambda x: R.sigmoid_focal_loss(x, B, gamma=2.0, reduction="sum"),
}


def chained_grad(name, x):
    """The reference gradient of a case whose input goes through softmax/sigmoid first."""
    result = CASES[name](x)
    if name in ("sparse keras probs", "kl keras"):
        s = R.softmax(x)
        g = result.grad
        return s * (g - np.sum(g * s, axis=-1, keepdims=True))
    if name == "bce probs":
        s = R.sigmoid(x)
        return result.grad * s * (1 - s)
    return result.grad


@pytest.mark.parametrize("name", sorted(CASES))
def test_gradients_against_finite_differences(name):
    expected = finite_difference(CASES[name], Z)
    np.testing.assert_allclose(chained_grad(name, Z), expected, rtol=1e-6, atol=1e-8)
