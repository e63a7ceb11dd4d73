"""``xentlint.guard``: warnings on the first batches, once per rule code, values unchanged;
one real torch training step and one real Keras training step."""

from __future__ import annotations

import os

os.environ.setdefault("KERAS_BACKEND", "torch")

import warnings

import numpy as np
import pytest

from xentlint.guard import XentlintWarning, guard

torch = pytest.importorskip("torch")
F = torch.nn.functional


def codes(record) -> list[str]:
    return [str(w.message).split()[0] for w in record if issubclass(w.category, XentlintWarning)]


def test_torch_training_step_warns_once_and_keeps_values():
    torch.manual_seed(0)
    model = torch.nn.Sequential(torch.nn.Linear(4, 3), torch.nn.Softmax(dim=1))
    criterion = guard(torch.nn.CrossEntropyLoss())
    assert isinstance(criterion, torch.nn.Module)
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    x, y = torch.randn(16, 4), torch.randint(0, 3, (16,))
    with warnings.catch_warnings(record=True) as record:
        warnings.simplefilter("always")
        for _ in range(2):  # a second batch: the rule warns once
            optimizer.zero_grad()
            loss = criterion(model(x), y)
            loss.backward()
            optimizer.step()
    assert codes(record) == ["XL101"]
    assert "softmax is applied twice" in str(record[0].message)
    with torch.no_grad():
        out = model(x)
    assert criterion(out, y).item() == torch.nn.CrossEntropyLoss()(out, y).item()


def test_keras_training_step_warns_and_keeps_values():
    keras = pytest.importorskip("keras")
    if keras.backend.backend() != "torch":
        pytest.skip("needs KERAS_BACKEND=torch")
    keras.utils.set_random_seed(0)
    model = keras.Sequential([keras.Input((4,)), keras.layers.Dense(3, activation="softmax")])
    inner = keras.losses.SparseCategoricalCrossentropy(from_logits=True)
    loss = guard(inner)
    assert isinstance(loss, keras.losses.Loss)
    model.compile(optimizer="sgd", loss=loss)
    x = np.random.default_rng(0).standard_normal((16, 4)).astype("float32")
    y = np.random.default_rng(1).integers(0, 3, 16)
    with warnings.catch_warnings(record=True) as record:
        warnings.simplefilter("always")
        model.train_on_batch(x, y)
    assert codes(record) == ["XL101"]
    p = model.predict(x, verbose=0)
    assert float(loss(y, p)) == pytest.approx(float(inner(y, p)), rel=1e-6)


def test_keras_probability_loss_on_logits(guarded_call):
    keras = pytest.importorskip("keras")
    loss = guard(keras.losses.CategoricalCrossentropy())
    y = np.eye(3, dtype="float32")[[0, 1, 2, 0]]
    logits = np.array([[2.0, -1, 0.5], [0, 3, -2], [1, 1, 4], [-3, 0, 0]], "float32")
    _, found = guarded_call(loss, y, logits)
    assert found == ["XL102"]
    _, found = guarded_call(loss, np.array([0, 1, 2, 0]), keras.ops.softmax(logits),
                            fails=ValueError)
    assert found == ["XL301"]


def test_nll_on_probabilities_and_negative_loss(guarded_call):
    z = torch.randn(8, 5)
    y = torch.randint(0, 5, (8,))
    nll = guard(F.nll_loss)
    value, found = guarded_call(nll, z.softmax(1), y)
    assert found == ["XL103"]
    assert value.item() == F.nll_loss(z.softmax(1), y).item()
    _, found = guarded_call(guard(torch.nn.NLLLoss()), z.log_softmax(1), y)
    assert found == []


def test_targets(guarded_call):
    z = torch.randn(6, 4)
    ce = guard(torch.nn.CrossEntropyLoss())
    _, found = guarded_call(ce, z, F.one_hot(torch.randint(0, 4, (6,)), 4), fails=RuntimeError)
    assert found == ["XL302"]
    ce = guard(torch.nn.CrossEntropyLoss())
    _, found = guarded_call(ce, z, torch.randint(0, 4, (6, 1)), fails=RuntimeError)
    assert found == ["XL303"]
    ce = guard(torch.nn.CrossEntropyLoss())
    # torch fails too; the guard says why first
    with pytest.raises(IndexError), warnings.catch_warnings(record=True) as record:
        warnings.simplefilter("always")
        ce(z, torch.tensor([1, 2, 3, 4, 4, 1]))
    assert codes(record) == ["XL305"] and "1-based" in str(record[0].message)
    bce = guard(torch.nn.BCEWithLogitsLoss())
    with warnings.catch_warnings(record=True) as record:
        warnings.simplefilter("always")
        try:
            bce(torch.randn(6, 1), torch.randint(0, 2, (6,)).float())
        except ValueError:
            pass  # torch refuses the shapes
    assert codes(record) == ["XL303"]


def test_plain_callable_and_batches_limit(guarded_call):
    def my_loss(pred, target):
        return float(np.mean(-np.log(np.take_along_axis(pred, target[:, None], 1))))

    guarded = guard(my_loss, expects="probabilities", target="index", batches=1)
    logits = np.array([[2.0, -1.0], [0.5, 3.0]])
    with warnings.catch_warnings(record=True) as record:
        warnings.simplefilter("always")
        np.seterr(all="ignore")
        guarded(logits, np.array([0, 1]))
    assert codes(record) == ["XL102"]
    unknown = guard(lambda a, b: 0.0)  # nothing known about it: passed through unchecked
    assert guarded_call(unknown, logits, np.array([0, 1])) == (0.0, [])


def test_clean_pairings_do_not_warn(guarded_call):
    z = torch.randn(32, 5)
    y = torch.randint(0, 5, (32,))
    for fn, args in [(torch.nn.CrossEntropyLoss(), (z, y)),
                     (torch.nn.BCEWithLogitsLoss(), (z, torch.rand(32, 5))),
                     (torch.nn.BCELoss(), (z.sigmoid(), torch.rand(32, 5))),
                     (F.cross_entropy, (z, z.softmax(1)))]:
        _, found = guarded_call(guard(fn), *args)
        assert found == [], fn


def test_public_spelling_and_lazy_imports():
    import subprocess
    import sys

    import xentlint
    assert callable(xentlint.guard) and xentlint.XentlintWarning is XentlintWarning
    with warnings.catch_warnings(record=True) as record:
        warnings.simplefilter("always")
        with pytest.raises(RuntimeError):  # torch refuses values outside [0, 1], after the warning
            xentlint.guard(torch.nn.BCELoss())(torch.randn(8, 3), torch.rand(8, 3))
    assert codes(record) == ["XL102"]
    assert record[0].filename == __file__  # the warning points at the caller's line
    probe = ("import sys, xentlint, xentlint.guard; "
             "print(sorted(m for m in ('numpy', 'torch', 'keras', 'jax', 'tensorflow') "
             "if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_the_guard_reads_the_tables_without_the_checker() -> None:
    """The guard runs in the user's training process: it reads the frameworks' loss tables,
    but never imports libcst (the checker)."""
    import subprocess
    import sys

    code = ("import sys, torch, xentlint\n"
            "guarded = xentlint.guard(torch.nn.CrossEntropyLoss())\n"
            "assert guarded.xentlint_guard.expect.name == 'nn.CrossEntropyLoss'\n"
            "print('libcst' in sys.modules)\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"
