"""Framework-neutral knowledge: NumPy, pandas, scikit-learn and SciPy.

These decide how labels are encoded before they reach any framework, and how predictions are
decoded after it. Each framework's own spellings of the same operations (``torch.argmax``,
``tf.one_hot``) are rows of its own tables, handled by the same mechanics.
"""

from __future__ import annotations

from ...facts import Dtype, Encoding
from ..specs import ArrayApi, OneHot, RandomIntegers, Slot

# NumPy dtype spellings (``astype("int64")``, ``np.float32``, ``int``) -> canonical dtype.
NUMPY_DTYPES: dict[str, Dtype] = {
    **{name: "int64" for name in ("int64", "int", "long", "int_", "intp", "i8")},
    **{name: "int32" for name in ("int32", "i4", "intc")},
    **{name: "uint8" for name in ("uint8", "u1", "ubyte")},
    **{name: "bool" for name in ("bool", "bool_")},
    **{name: "float" for name in ("float32", "float64", "float", "float16", "double", "single",
                                  "f4", "f8", "float_")},
}
# NumPy's names and the builtins that name a dtype.
DTYPES: dict[str, Dtype] = {
    **{f"numpy.{name}": dtype for name, dtype in NUMPY_DTYPES.items()},
    **{f"builtins.{name}": dtype for name, dtype in NUMPY_DTYPES.items()
       if name in ("int", "float", "bool")},
}

# Methods that keep what an array *is* (its encoding, or the head it came from).
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

# The name of the number of decimals in every library's round (numpy, jax.numpy, keras.ops and
# torch: decimals; Python's round: ndigits): a nonzero one rounds for display, not to classes.
ROUND_DECIMALS = ("decimals", "ndigits")

# NumPy's (and pandas', SciPy's) spellings of the array operations.
ARRAYS = ArrayApi(
    log=frozenset({"numpy.log"}),
    exp=frozenset({"numpy.exp"}),
    argmax=frozenset({"numpy.argmax"}),
    round=frozenset({"numpy.round", "numpy.around", "numpy.rint", "builtins.round"}),
    passthrough=frozenset({
        "numpy.asarray", "numpy.array", "numpy.asanyarray", "numpy.squeeze", "numpy.ravel",
        "numpy.expand_dims", "numpy.reshape", "numpy.float32", "numpy.int64", "numpy.int32",
    }),
    transpose=frozenset({"numpy.transpose"}),
    clip=frozenset({"numpy.clip"}),
    # Reductions: the sum or mean of a per-sample quantity is still that quantity.
    reduction=frozenset({"numpy.sum", "numpy.mean"}),
    # `-out[range(N), y] + logsumexp(out)` is cross-entropy on logits, written by hand.
    logsumexp=frozenset({"scipy.special.logsumexp"}),
    one_hot={"pandas.get_dummies": OneHot(Slot(0, "data"), None)},
    random_integers={"numpy.random.randint": RandomIntegers(
        (Slot(2, "size"),), low=Slot(0, "low"), high=Slot(1, "high"))},
    new_axis=frozenset({"numpy.newaxis"}),  # x[:, np.newaxis] is x[:, None]
)
EYE_FUNCTIONS = frozenset({"numpy.eye", "numpy.identity"})

# scikit-learn encoders: class -> encoding and dtype of what transform()/fit_transform() return.
# LabelBinarizer is left out on purpose: one-hot for more than two classes, (N, 1) for two.
ENCODERS: dict[str, tuple[Encoding, Dtype]] = {
    "sklearn.preprocessing.LabelEncoder": ("index", "int64"),
    "sklearn.preprocessing.OneHotEncoder": ("onehot", "float"),
    "sklearn.preprocessing.MultiLabelBinarizer": ("multihot", "int64"),
}
ENCODER_METHODS = frozenset({"fit_transform", "transform"})

SPLITTERS = frozenset({"sklearn.model_selection.train_test_split"})

# Reductions as methods: ``term.mean()``.
REDUCTION_METHODS = frozenset({"sum", "mean"})

# Dataset methods that keep what a dataset yields (tf.data, which Keras' loaders return too).
DATASET_METHODS = frozenset({"batch", "shuffle", "prefetch", "cache", "repeat", "take", "skip",
                             "unbatch", "padded_batch", "with_options", "rebatch",
                             # TF1 iterators over it, which yield what it yields
                             "make_one_shot_iterator", "make_initializable_iterator",
                             "as_numpy_iterator"})
# An iterator's next batch.
DATASET_NEXT = frozenset({"get_next"})

# Iterables that yield what they wrap: progress bars.
PASSTHROUGH_ITERABLES = frozenset({"tqdm.tqdm", "tqdm.auto.tqdm", "tqdm.notebook.tqdm"})
