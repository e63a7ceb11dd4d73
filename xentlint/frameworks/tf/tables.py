"""Raw TensorFlow knowledge as tables, keyed by canonical qualified name.

``tf.compat.v1.*`` and ``tf.math.*`` fold into ``tensorflow.*`` before lookup (the registry's
spellings). Keras (``tf.keras``) is its own framework; this is TensorFlow outside it.
"""

from __future__ import annotations

from ..specs import ActivationFunction, OneHot, Slot

_AXIS = Slot(1, "axis")
_INPUTS = ("x", "logits")
# Activation functions (callable on tensors, or passed as ``activation=`` to a Keras layer).
ACTIVATION_FUNCTIONS: dict[str, ActivationFunction] = {
    f"tensorflow.{name}": ActivationFunction(activation, _INPUTS, _AXIS)
    for name, activation in (
        ("nn.softmax", "softmax"), ("softmax", "softmax"), ("nn.log_softmax", "log_softmax"),
        ("sigmoid", "sigmoid"), ("nn.sigmoid", "sigmoid"), ("log_sigmoid", "log_sigmoid"),
        ("nn.relu", "relu"), ("nn.tanh", "tanh"), ("tanh", "tanh"),
    )
}

LOG_FUNCTIONS = frozenset({"tensorflow.log"})
ARGMAX_FUNCTIONS = frozenset({"tensorflow.argmax"})
ROUND_FUNCTIONS = frozenset({"tensorflow.round"})
PASSTHROUGH_FUNCTIONS = frozenset({
    "tensorflow.convert_to_tensor", "tensorflow.constant", "tensorflow.cast",
    "tensorflow.squeeze", "tensorflow.expand_dims", "tensorflow.reshape", "tensorflow.identity",
})
TRANSPOSE_FUNCTIONS = frozenset({"tensorflow.transpose"})
ONE_HOT_FUNCTIONS: dict[str, OneHot] = {
    "tensorflow.one_hot": OneHot(Slot(0, "indices"), Slot(1, "depth")),
}
REDUCTION_FUNCTIONS = frozenset({"tensorflow.reduce_sum", "tensorflow.reduce_mean"})
LOGSUMEXP_FUNCTIONS = frozenset({"tensorflow.reduce_logsumexp"})
NEW_AXIS = frozenset({"tensorflow.newaxis"})

# tf.data: datasets of (x, y) pairs.
PAIR_DATASETS = frozenset({"tensorflow.data.Dataset.from_tensor_slices",
                           "tensorflow.data.Dataset.from_tensors"})
