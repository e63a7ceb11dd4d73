"""Raw TensorFlow knowledge as tables, keyed by canonical qualified name.

``tf.compat.v1.*`` and ``tf.math.*`` fold into ``tensorflow.*`` before lookup (the registry's
spellings). Keras (``tf.keras``) is its own framework; this is TensorFlow outside it.
"""

from __future__ import annotations

from ..specs import ActivationFunction, ArrayApi, OneHot, Slot

_AXIS = Slot(1, "axis")
_INPUTS = ("x", "logits")

ARRAYS = ArrayApi(
    # Activation functions (callable on tensors, or passed as ``activation=`` to a Keras layer).
    activations={
        f"tensorflow.{name}": ActivationFunction(activation, _INPUTS, _AXIS)
        for name, activation in (
            ("nn.softmax", "softmax"), ("softmax", "softmax"), ("nn.log_softmax", "log_softmax"),
            ("sigmoid", "sigmoid"), ("nn.sigmoid", "sigmoid"), ("log_sigmoid", "log_sigmoid"),
            ("nn.relu", "relu"), ("nn.tanh", "tanh"), ("tanh", "tanh"),
        )
    },
    log=frozenset({"tensorflow.log"}),
    argmax=frozenset({"tensorflow.argmax"}),
    round=frozenset({"tensorflow.round"}),
    passthrough=frozenset({
        "tensorflow.convert_to_tensor", "tensorflow.constant", "tensorflow.cast",
        "tensorflow.squeeze", "tensorflow.expand_dims", "tensorflow.reshape",
        "tensorflow.identity",
    }),
    transpose=frozenset({"tensorflow.transpose"}),
    reduction=frozenset({"tensorflow.reduce_sum", "tensorflow.reduce_mean"}),
    logsumexp=frozenset({"tensorflow.reduce_logsumexp"}),
    one_hot={"tensorflow.one_hot": OneHot(Slot(0, "indices"), Slot(1, "depth"))},
    new_axis=frozenset({"tensorflow.newaxis"}),
)

# tf.data: datasets of (x, y) pairs.
PAIR_DATASETS = frozenset({"tensorflow.data.Dataset.from_tensor_slices",
                           "tensorflow.data.Dataset.from_tensors"})
