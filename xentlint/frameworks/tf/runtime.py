"""Raw TensorFlow at run time: which table row a ``tf.nn`` or TF1 ``tf.compat.v1.losses``
function is (for the guard), and TensorFlow's own losses for ``xentlint verify --framework tf``.

TensorFlow's losses are plain functions: the guard wraps them as any callable (``wrap`` has
nothing to add), and reads eager tensors; a call traced by ``tf.function`` (symbolic tensors,
no values) is passed through unchecked. TensorFlow is imported only when a backend is built,
never by the checker or the guard.
"""

from __future__ import annotations

import re
from typing import Any

from ...facts import Expects
from ..specs import LossSpec
from . import tables as TT

# Packages whose frames stand between the user's code and the loss (tf.function, autograph).
CALL_MACHINERY = ("tensorflow",)

# Where TensorFlow defines its loss functions, and the namespace the tables know them by.
_MODULES = {"tensorflow.python.ops.nn_ops": "tensorflow.nn",
            "tensorflow.python.ops.nn_impl": "tensorflow.nn",
            "tensorflow.python.ops.losses.losses_impl": "tensorflow.losses"}
_SHOWN = {"tensorflow.nn.": "tf.nn.", "tensorflow.losses.": "tf.compat.v1.losses."}


def qualname_of(loss_fn: object) -> str | None:
    """The canonical name of a TensorFlow loss function (as its tables key it), or None.

    TF2's ``tf.nn.softmax_cross_entropy_with_logits`` is defined as ``..._v2`` (so are the
    sparse, sigmoid and weighted ones), TF1's ``tf.compat.v1.nn.softmax_cross_entropy_with_
    logits_v2`` as ``..._v2_helper``."""
    module, name = getattr(loss_fn, "__module__", None), getattr(loss_fn, "__name__", None)
    if not isinstance(module, str) or module not in _MODULES or not isinstance(name, str):
        return None
    name = name.removesuffix("_helper") if name.endswith("_v2_helper") else name.removesuffix("_v2")
    key = f"{_MODULES[module]}.{name}"
    return key if key in TT.LOSS_FUNCTIONS else None


def loss_of(loss_fn: object) -> tuple[LossSpec, str, Expects | None] | None:
    """The row of a TensorFlow loss function, the name to report it by, and what it expects."""
    key = qualname_of(loss_fn)
    if key is None:
        return None
    spec = TT.LOSS_FUNCTIONS[key]
    shown = next(short + key[len(long):] for long, short in _SHOWN.items() if key.startswith(long))
    return spec, shown, spec.expects


def wrap(loss_fn: Any, watcher: Any) -> Any | None:
    """None: a TensorFlow loss is a function, which the guard wraps itself."""
    return None


class Backend:
    """TensorFlow's own losses: ``tf.nn``'s sparse and softmax cross-entropies and its sigmoid
    cross-entropy on logits, TF1's ``log_loss`` on probabilities (both binary ones averaged
    over the last axis, as the torch backend), gradients through ``tf.GradientTape``;
    TensorFlow has no softmax cross-entropy on probabilities (``None``). Where TensorFlow
    refuses a pairing, verify reports its error by TensorFlow's class name."""

    def __init__(self) -> None:
        try:
            import tensorflow as tf
        except ImportError as error:
            raise ImportError("TensorFlow is not installed; install tensorflow-cpu "
                              "(pip install 'xentlint[tf]')") from error
        self.tf = tf
        self.name = f"TensorFlow {tf.__version__}"

    def __call__(self, family: str, pred, target, from_logits: bool):
        import numpy as np

        from ...reference.consequences import FrameworkRaises

        tf = self.tf
        if not from_logits and family != "binary":
            return None
        x = tf.constant(pred)
        try:
            with tf.GradientTape() as tape:
                tape.watch(x)
                value = self._loss(family, x, np.asarray(target), from_logits)
                total = tf.reduce_sum(value)
        except tf.errors.OpError as error:  # a class index out of range (on CPU)
            message = re.sub(r"^\{\{.*?\}\}\s*|\s*\[Op:.*$", "", error.message, flags=re.DOTALL)
            raise FrameworkRaises(message, type(error).__name__) from error
        return value.numpy(), tape.gradient(total, x).numpy()

    def _loss(self, family: str, x: Any, target: Any, from_logits: bool) -> Any:
        tf = self.tf
        if family == "sparse":
            return tf.nn.sparse_softmax_cross_entropy_with_logits(labels=target, logits=x)
        labels = target.astype(x.dtype.as_numpy_dtype)
        if family == "categorical":
            return tf.nn.softmax_cross_entropy_with_logits(labels=labels, logits=x)
        if from_logits:
            loss = tf.nn.sigmoid_cross_entropy_with_logits(labels=labels, logits=x)
        else:
            loss = tf.compat.v1.losses.log_loss(labels, x, reduction="none")
        return tf.reduce_mean(loss, axis=-1)
