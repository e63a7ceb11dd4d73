"""The reference losses against PyTorch 2.13 (CPU): values and gradients with respect to the
model output, over shapes, dtypes, reductions, weights, ignore_index, smoothing and extreme
logits."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from xentlint import reference as R
from xentlint.reference.samples import indices, logits, probabilities

torch = pytest.importorskip("torch")
F = torch.nn.functional

DTYPES = [np.float32, np.float64]
SCALES = ["normal", "extreme"]


def tolerances(dtype):
    if np.dtype(dtype) == np.float32:
        return {"rtol": 2e-5, "atol": 2e-6}
    return {"rtol": 1e-10, "atol": 1e-12}


def torch_run(fn, pred, *args, **kwargs):
    """Value and d value.sum() / d pred through torch."""
    t = torch.tensor(pred, requires_grad=True)
    value = fn(t, *args, **kwargs)
    value.sum().backward()
    return value.detach().numpy(), t.grad.numpy()


def check(result, expected, dtype):
    value, grad = expected
    tol = tolerances(dtype)
    assert np.asarray(result.value).shape == np.asarray(value).shape
    np.testing.assert_allclose(result.value, value, **tol)
    np.testing.assert_allclose(result.grad, grad, **tol)
    assert result.grad.dtype == np.dtype(dtype)


# (logits shape, class axis size): batched, spatial (N, C, d) and unbatched
SPARSE_SHAPES = [((8, 5), (8,)), ((4, 3, 6), (4, 6)), ((7,), ())]


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("scale", SCALES)
@pytest.mark.parametrize("shapes", SPARSE_SHAPES)
@pytest.mark.parametrize("reduction,weighted,ignore,smoothing", list(itertools.product(
    ["none", "mean", "sum"], [False, True], [None, 2], [0.0, 0.1])))
def test_cross_entropy_index(dtype, scale, shapes, reduction, weighted, ignore, smoothing):
    shape, tshape = shapes
    z = logits(shape, dtype, scale)
    n = shape[1] if len(shape) > 1 else shape[0]
    y = indices(tshape, n)
    if ignore is not None and y.ndim:
        y.flat[::3] = ignore
    w = np.linspace(0.5, 2.0, n).astype(dtype) if weighted else None
    kwargs = {"reduction": reduction, "label_smoothing": smoothing,
                  "ignore_index": -100 if ignore is None else ignore}
    expected = torch_run(F.cross_entropy, z, torch.tensor(y),
                         weight=None if w is None else torch.tensor(w), **kwargs)
    check(R.sparse_cross_entropy(z, y, weight=w, **kwargs), expected, dtype)


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("scale", SCALES)
@pytest.mark.parametrize("shape", [(6, 4), (3, 5, 2)])
@pytest.mark.parametrize("reduction,weighted,smoothing", list(itertools.product(
    ["none", "mean", "sum"], [False, True], [0.0, 0.2])))
def test_cross_entropy_probability_targets(dtype, scale, shape, reduction, weighted, smoothing):
    z = logits(shape, dtype, scale)
    q = probabilities(shape, dtype, axis=1)
    w = np.linspace(0.5, 2.0, shape[1]).astype(dtype) if weighted else None
    expected = torch_run(F.cross_entropy, z, torch.tensor(q), reduction=reduction,
                         label_smoothing=smoothing, weight=None if w is None else torch.tensor(w))
    check(R.categorical_cross_entropy(z, q, weight=w, reduction=reduction,
                                      label_smoothing=smoothing), expected, dtype)


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("reduction,weighted,ignore", list(itertools.product(
    ["none", "mean", "sum"], [False, True], [None, 1])))
def test_nll_loss(dtype, reduction, weighted, ignore):
    # NLL on log-probabilities, and on what XL103 is about: raw logits and probabilities.
    z = logits((9, 4), dtype)
    y = indices((9,), 4)
    if ignore is not None:
        y[::4] = ignore
    w = np.array([0.5, 1.0, 2.0, 3.0], dtype) if weighted else None
    kwargs = {"reduction": reduction, "ignore_index": -100 if ignore is None else ignore}
    for x in (R.log_softmax(z, axis=1), z, R.softmax(z, axis=1)):
        expected = torch_run(F.nll_loss, x, torch.tensor(y),
                             weight=None if w is None else torch.tensor(w), **kwargs)
        check(R.nll_loss(x, y, weight=w, **kwargs), expected, dtype)


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("shape", [(10,), (6, 3), (2, 3, 4)])
@pytest.mark.parametrize("reduction,weighted", list(itertools.product(["none", "mean", "sum"],
                                                                      [False, True])))
def test_binary_cross_entropy(dtype, shape, reduction, weighted):
    rng = np.random.default_rng(3)
    p = rng.uniform(0.001, 0.999, size=shape).astype(dtype)
    p.flat[:2] = [0.0, 1.0]  # torch clamps log(0) at -100; the gradient is (p-y)/1e-12
    y = rng.integers(0, 2, size=shape).astype(dtype)
    y.flat[:2] = [1.0, 0.0]
    w = rng.uniform(0.5, 2, size=shape).astype(dtype) if weighted else None
    expected = torch_run(F.binary_cross_entropy, p, torch.tensor(y), reduction=reduction,
                         weight=None if w is None else torch.tensor(w))
    check(R.binary_cross_entropy(p, y, weight=w, reduction=reduction), expected, dtype)


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("scale", SCALES)
@pytest.mark.parametrize("shape", [(10,), (6, 3), (2, 3, 4)])
@pytest.mark.parametrize("reduction,weighted,pos_weighted,soft", list(itertools.product(
    ["none", "mean", "sum"], [False, True], [False, True], [False, True])))
def test_bce_with_logits(dtype, scale, shape, reduction, weighted, pos_weighted, soft):
    rng = np.random.default_rng(4)
    z = logits(shape, dtype, scale)
    y = (rng.uniform(size=shape) if soft else rng.integers(0, 2, size=shape)).astype(dtype)
    w = rng.uniform(0.5, 2, size=shape).astype(dtype) if weighted else None
    pw = np.linspace(0.5, 3, shape[-1]).astype(dtype) if pos_weighted else None
    expected = torch_run(F.binary_cross_entropy_with_logits, z, torch.tensor(y),
                         reduction=reduction, weight=None if w is None else torch.tensor(w),
                         pos_weight=None if pw is None else torch.tensor(pw))
    check(R.binary_cross_entropy_with_logits(z, y, weight=w, pos_weight=pw, reduction=reduction),
          expected, dtype)


@pytest.mark.filterwarnings("ignore:reduction. 'mean' divides the total loss")
@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("reduction", ["none", "mean", "sum", "batchmean"])
@pytest.mark.parametrize("log_target", [False, True])
def test_kl_div(dtype, reduction, log_target):
    z = logits((5, 6), dtype)
    q = probabilities((5, 6), dtype)
    q[0, :3] = 0  # 0 * log 0 = 0
    q[0] /= q[0].sum()
    inputs = [R.log_softmax(z), R.softmax(z)]  # the right input, and what XL106 is about
    t = np.log(q) if log_target else q
    with np.errstate(divide="ignore"):
        for x in inputs:
            expected = torch_run(F.kl_div, x, torch.tensor(t), reduction=reduction,
                                 log_target=log_target)
            check(R.kl_div(x, t, reduction=reduction, log_target=log_target), expected, dtype)


def torchvision_sigmoid_focal_loss(inputs, targets, alpha=0.25, gamma=2.0, reduction="none"):
    """torchvision.ops.sigmoid_focal_loss (torchvision 0.2x), transcribed: torchvision is not a
    dependency of the tests."""
    p = torch.sigmoid(inputs)
    ce = F.binary_cross_entropy_with_logits(inputs, targets, reduction="none")
    p_t = p * targets + (1 - p) * (1 - targets)
    loss = ce * ((1 - p_t) ** gamma)
    if alpha >= 0:
        loss = (alpha * targets + (1 - alpha) * (1 - targets)) * loss
    return {"none": loss, "mean": loss.mean(), "sum": loss.sum()}[reduction]


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("reduction", ["none", "mean", "sum"])
@pytest.mark.parametrize("alpha,gamma", [(0.25, 2.0), (-1, 2.0), (0.5, 1.5), (0.25, 0.0)])
def test_sigmoid_focal_loss(dtype, reduction, alpha, gamma):
    rng = np.random.default_rng(5)
    z = (3 * rng.standard_normal((6, 4))).astype(dtype)
    y = rng.integers(0, 2, size=(6, 4)).astype(dtype)
    expected = torch_run(torchvision_sigmoid_focal_loss, z, torch.tensor(y), alpha=alpha,
                         gamma=gamma, reduction=reduction)
    check(R.sigmoid_focal_loss(z, y, alpha=alpha, gamma=gamma, reduction=reduction),
          expected, dtype)


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("scale", SCALES)
def test_activations(dtype, scale):
    z = logits((5, 7), dtype, scale)
    tol = tolerances(dtype)
    t = torch.tensor(z)
    np.testing.assert_allclose(R.softmax(z), torch.softmax(t, -1).numpy(), **tol)
    np.testing.assert_allclose(R.log_softmax(z, axis=0), torch.log_softmax(t, 0).numpy(), **tol)
    np.testing.assert_allclose(R.sigmoid(z), torch.sigmoid(t).numpy(), **tol)
    np.testing.assert_allclose(R.log_sigmoid(z), F.logsigmoid(t).numpy(), **tol)
    for out in (R.softmax(z), R.log_softmax(z), R.sigmoid(z), R.log_sigmoid(z)):
        assert out.dtype == np.dtype(dtype)


def test_out_of_range_target_raises_like_torch():
    z = logits((3, 4), np.float32)
    with pytest.raises(IndexError, match="Target 4 is out of bounds"):
        R.sparse_cross_entropy(z, np.array([0, 4, 1]))
    with pytest.raises(IndexError):
        F.cross_entropy(torch.tensor(z), torch.tensor([0, 4, 1]))
