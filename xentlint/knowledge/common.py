"""Framework-neutral knowledge: NumPy, pandas, scikit-learn and TensorFlow array helpers.

These decide how labels are encoded before they reach any framework, and how predictions are
decoded after it.
"""

from __future__ import annotations

# log(x): marks a tensor as "log of <head>" (hand-written cross-entropy, log(softmax(x))).
LOG_FUNCTIONS = frozenset({"numpy.log", "tensorflow.log", "keras.ops.log", "torch.log"})

ARGMAX_FUNCTIONS = frozenset({"numpy.argmax", "tensorflow.argmax", "keras.ops.argmax",
                              "torch.argmax"})
ROUND_FUNCTIONS = frozenset({"numpy.round", "numpy.around", "numpy.rint", "tensorflow.round",
                             "keras.ops.round", "builtins.round", "torch.round"})

# NumPy dtype spellings (``astype("int64")``, ``np.float32``, ``int``) -> canonical dtype.
NUMPY_DTYPES: dict[str, str] = {
    **{name: "int64" for name in ("int64", "int", "long", "int_", "intp", "i8")},
    **{name: "int32" for name in ("int32", "i4", "intc")},
    **{name: "uint8" for name in ("uint8", "u1", "ubyte")},
    **{name: "bool" for name in ("bool", "bool_")},
    **{name: "float" for name in ("float32", "float64", "float", "float16", "double", "single",
                                  "f4", "f8", "float_")},
}

# Functions and methods that keep what an array *is* (its encoding, or the head it came from).
PASSTHROUGH_FUNCTIONS = frozenset({
    "numpy.asarray", "numpy.array", "numpy.asanyarray", "numpy.squeeze", "numpy.ravel",
    "numpy.expand_dims", "numpy.reshape", "numpy.float32", "numpy.int64", "numpy.int32",
    "tensorflow.convert_to_tensor", "tensorflow.constant", "tensorflow.cast",
    "tensorflow.squeeze", "tensorflow.expand_dims", "tensorflow.reshape", "tensorflow.identity",
    "keras.ops.convert_to_tensor", "keras.ops.cast", "keras.ops.squeeze",
    "keras.ops.expand_dims", "keras.ops.reshape",
})
PASSTHROUGH_METHODS = frozenset({
    "astype", "reshape", "squeeze", "ravel", "flatten", "copy", "numpy", "to_numpy", "toarray",
    "todense", "view", "unsqueeze",
})
PASSTHROUGH_ATTRIBUTES = frozenset({"values"})
# Of those, the ones that leave a 1-D array: (N, 1) class indices become (N,).
FLATTENING = frozenset({"squeeze", "ravel", "flatten"})
# Of those, the ones after which the last axis is no longer the model's units.
RESHAPING = frozenset({"squeeze", "ravel", "flatten", "reshape", "expand_dims", "view",
                       "unsqueeze"})
TRANSPOSE_FUNCTIONS = frozenset({"numpy.transpose", "tensorflow.transpose", "keras.ops.transpose"})

# One-hot encoders: qualname -> (parameter with the class count: (position, name)) or None.
ONE_HOT_FUNCTIONS: dict[str, tuple[int, str] | None] = {
    "keras.utils.to_categorical": (1, "num_classes"),
    "tensorflow.one_hot": (1, "depth"),
    "keras.ops.one_hot": (1, "num_classes"),
    "pandas.get_dummies": None,
}
EYE_FUNCTIONS = frozenset({"numpy.eye", "numpy.identity"})

# scikit-learn encoders: class -> encoding of what transform()/fit_transform() return.
# LabelBinarizer is left out on purpose: one-hot for more than two classes, (N, 1) for two.
ENCODERS: dict[str, tuple[str, str]] = {  # class -> (encoding, dtype)
    "sklearn.preprocessing.LabelEncoder": ("index", "int64"),
    "sklearn.preprocessing.OneHotEncoder": ("onehot", "float"),
    "sklearn.preprocessing.MultiLabelBinarizer": ("multihot", "int64"),
}
ENCODER_METHODS = frozenset({"fit_transform", "transform"})

SPLITTERS = frozenset({"sklearn.model_selection.train_test_split"})

# Reductions: the sum or mean of a per-sample quantity is still that quantity (a loss term).
REDUCTION_FUNCTIONS = frozenset({
    "numpy.sum", "numpy.mean", "torch.sum", "torch.mean", "tensorflow.reduce_sum",
    "tensorflow.reduce_mean", "keras.ops.sum", "keras.ops.mean", "jax.numpy.sum",
    "jax.numpy.mean",
})
REDUCTION_METHODS = frozenset({"sum", "mean"})

# logsumexp: `-out[range(N), y] + logsumexp(out)` is cross-entropy on logits, written by hand.
LOGSUMEXP_FUNCTIONS = frozenset({"torch.logsumexp", "scipy.special.logsumexp",
                                 "jax.nn.logsumexp", "jax.scipy.special.logsumexp",
                                 "tensorflow.reduce_logsumexp", "keras.ops.logsumexp"})
